//! `__index__` where built-in operations take an integer: a user instance standing for an
//! index (a subscript, a slice bound, `range(...)`'s arguments, `bin`/`oct`/`hex`, a repeat
//! count) is converted through its `__index__`, or, for an instance of an `int` subclass,
//! through the int it wraps. Values that are not convertible are passed through unchanged, so
//! the operation reports its own TypeError for them as CPython words it.

use std::rc::Rc;

use super::dunder::Dunder;
use super::exception::type_error;
use super::protocol::{call_dunder, native_of};
use super::slice::PySlice;
use super::{PyResult, Value};
use crate::vm::Vm;

fn is_int(value: &Value) -> bool {
    matches!(value, Value::Int(_) | Value::Bool(_) | Value::BigInt(_))
}

/// The int an instance stands for as an index: its `__index__` result (which must be an int),
/// or the int it wraps; `None` for anything else.
pub fn try_index(vm: &mut Vm, value: &Value) -> PyResult<Option<Value>> {
    if !matches!(value, Value::Instance(_)) {
        return Ok(None);
    }
    if let Some(result) = call_dunder(vm, value, Dunder::Index, &[])? {
        if !is_int(&result) {
            return Err(type_error(format!(
                "__index__ returned non-int (type {})",
                result.type_name()
            )));
        }
        return Ok(Some(result));
    }
    Ok(native_of(value).filter(|n| is_int(n)).cloned())
}

/// `value` converted by `try_index` when it can be, else unchanged.
pub fn as_index(vm: &mut Vm, value: &Value) -> PyResult<Value> {
    Ok(try_index(vm, value)?.unwrap_or_else(|| value.clone()))
}

/// Arguments with every convertible instance replaced by its int (`range(Idx(3))`).
pub fn index_args(vm: &mut Vm, args: &[Value]) -> PyResult<Vec<Value>> {
    args.iter().map(|a| as_index(vm, a)).collect()
}

/// Whether any argument is an instance (and so may need `index_args`).
pub fn any_instance(args: &[Value]) -> bool {
    args.iter().any(|a| matches!(a, Value::Instance(_)))
}

/// A subscript key for a built-in sequence: an index-like instance becomes its int, a slice
/// with index-like bounds a slice of ints; other keys are returned as they are.
#[inline(always)]
pub fn sequence_key(vm: &mut Vm, key: Value) -> PyResult<Value> {
    match &key {
        Value::Int(_) => Ok(key),
        Value::Instance(_) | Value::Slice(_) => converted_key(vm, key),
        _ => Ok(key),
    }
}

/// `sequence_key` for the keys that may need converting.
#[inline(never)]
fn converted_key(vm: &mut Vm, key: Value) -> PyResult<Value> {
    match &key {
        Value::Instance(_) => as_index(vm, &key),
        Value::Slice(slice)
            if [&slice.start, &slice.stop, &slice.step]
                .iter()
                .any(|v| matches!(v, Value::Instance(_))) =>
        {
            Ok(Value::Slice(Rc::new(PySlice {
                start: as_index(vm, &slice.start)?,
                stop: as_index(vm, &slice.stop)?,
                step: as_index(vm, &slice.step)?,
            })))
        }
        _ => Ok(key),
    }
}
