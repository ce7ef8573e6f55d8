//! The container, iteration and conversion protocols of instances, the slow paths behind
//! subscripts (`__getitem__`, `__setitem__`, `__delitem__`), `iter`/`next`, `in`
//! (`__contains__`, else iteration) and the numeric conversions; re-exported by `protocol`.
//! Subclasses of built-in types fall back on the wrapped built-in value.

use super::dunder::Dunder;
use super::exception::type_error;
use super::protocol::{
    call_dunder, call_method, dunder_class, find_dunder, index_value, native_of,
};
use super::{ExcKind, PyErr, PyResult, Value};
use crate::vm::Vm;
use crate::vm::call::{ReturnAction, defer_call};

/// `container[key]` for an instance: `__getitem__`, else the wrapped value's item (with
/// `__missing__` for a dict subclass's absent key).
pub fn instance_getitem(vm: &mut Vm, container: &Value, key: Value) -> PyResult<Value> {
    if let Some(result) = call_dunder(vm, container, Dunder::GetItem, std::slice::from_ref(&key))? {
        return Ok(result);
    }
    match native_of(container) {
        Some(Value::Dict(dict)) => match dict.get(vm, &key)? {
            Some(value) => Ok(value),
            None => {
                match call_dunder(vm, container, Dunder::Missing, std::slice::from_ref(&key))? {
                    Some(value) => Ok(value),
                    None => Err(super::dict_methods::key_error(vm, &key)),
                }
            }
        },
        Some(native) => crate::ops::subscript(vm, 0, native.clone(), key),
        None => Err(type_error(format!(
            "'{}' object is not subscriptable",
            container.type_name()
        ))),
    }
}

/// Whether `value` is a mapping by CPython's `PyMapping_Check` as its callers here use it: a
/// dict, or an instance with `__getitem__` or wrapping a dict (`__prepare__`'s result,
/// `exec`'s locals, the right operand of bytes `%`).
pub fn is_mapping(value: &Value) -> bool {
    match value {
        Value::Dict(_) => true,
        Value::Instance(instance) => {
            find_dunder(&instance.class, Dunder::GetItem).is_some()
                || matches!(native_of(value), Some(Value::Dict(_)))
        }
        _ => false,
    }
}

/// `container[key] = value` for an instance.
pub fn instance_setitem(vm: &mut Vm, container: &Value, key: Value, value: Value) -> PyResult<()> {
    if let Some(class) = dunder_class(container)
        && let Some(method) = find_dunder(class, Dunder::SetItem)
    {
        call_method(vm, &method, container, &[key, value])?;
        return Ok(());
    }
    match native_of(container) {
        Some(native) => crate::ops::store_subscript(vm, native.clone(), key, value),
        None => Err(type_error(format!(
            "'{}' object does not support item assignment",
            container.type_name()
        ))),
    }
}

/// `del container[key]` for an instance.
pub fn instance_delitem(vm: &mut Vm, container: &Value, key: Value) -> PyResult<()> {
    if call_dunder(vm, container, Dunder::DelItem, std::slice::from_ref(&key))?.is_some() {
        return Ok(());
    }
    match native_of(container) {
        Some(native) => crate::ops::delete_subscript(vm, native.clone(), key),
        None => Err(type_error(format!(
            "'{}' object doesn't support item deletion",
            container.type_name()
        ))),
    }
}

/// Whether `value` is an iterator: a built-in one, or an instance whose class has `__next__`.
pub fn is_iterator(value: &Value) -> bool {
    match value {
        Value::Iter(_) => true,
        Value::Instance(instance) => find_dunder(&instance.class, Dunder::Next).is_some(),
        _ => super::generator::is_iterable_generator(value),
    }
}

/// Whether an instance can be iterated (`__iter__`, `__getitem__` or a wrapped iterable).
pub fn instance_is_iterable(value: &Value) -> bool {
    let Some(class) = dunder_class(value) else {
        return false;
    };
    find_dunder(class, Dunder::Iter).is_some()
        || find_dunder(class, Dunder::GetItem).is_some()
        || native_of(value).is_some_and(crate::ops::is_iterable)
}

/// `iter(instance)`: `__iter__` (whose result must be an iterator), else the sequence
/// protocol over `__getitem__`, else the wrapped value's iterator.
pub fn instance_iter(vm: &mut Vm, value: Value) -> PyResult<Value> {
    let Some(class) = dunder_class(&value) else {
        return crate::ops::get_iter(vm, value);
    };
    let class = class.clone();
    if let Some(method) = find_dunder(&class, Dunder::Iter) {
        if matches!(method, Value::None) {
            return Err(not_iterable(&value));
        }
        let iterator = call_method(vm, &method, &value, &[])?;
        if !is_iterator(&iterator) {
            return Err(type_error(format!(
                "iter() returned non-iterator of type '{}'",
                iterator.type_name()
            )));
        }
        return Ok(iterator);
    }
    if find_dunder(&class, Dunder::GetItem).is_some() {
        return Ok(super::builtins_iter::sequence_iterator(value));
    }
    match native_of(&value) {
        Some(native) => crate::ops::get_iter(vm, native.clone()),
        None => Err(not_iterable(&value)),
    }
}

fn not_iterable(value: &Value) -> PyErr {
    type_error(format!("'{}' object is not iterable", value.type_name()))
}

/// The next item of an instance used as an iterator (`__next__`); `None` when it raised
/// StopIteration.
pub fn instance_next(vm: &mut Vm, iterator: &Value) -> PyResult<Option<Value>> {
    match call_dunder(vm, iterator, Dunder::Next, &[]) {
        Ok(Some(item)) => Ok(Some(item)),
        Ok(None) => Err(type_error(format!(
            "'{}' object is not an iterator",
            iterator.type_name()
        ))),
        Err(err) if err.kind() == ExcKind::StopIteration => Ok(None),
        Err(err) => Err(err),
    }
}

/// `item in container` for an instance: `__contains__`, else iteration, else the wrapped
/// value's membership.
pub fn instance_contains(vm: &mut Vm, container: &Value, item: &Value) -> PyResult<bool> {
    if let Some(result) = call_dunder(vm, container, Dunder::Contains, std::slice::from_ref(item))?
    {
        return crate::ops::truthy_vm(vm, &result);
    }
    let Some(class) = dunder_class(container) else {
        return Ok(false);
    };
    if find_dunder(class, Dunder::Iter).is_some() || find_dunder(class, Dunder::GetItem).is_some() {
        let iterator = instance_iter(vm, container.clone())?;
        while let Some(candidate) = crate::ops::for_iter_next(vm, &iterator)? {
            if crate::ops::identical_or_equal(vm, &candidate, item)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    match native_of(container) {
        Some(native) => {
            let found = crate::ops::contains_op(vm, 0, item.clone(), native.clone())?;
            crate::ops::truthy_vm(vm, &found)
        }
        None => Err(type_error(format!(
            "argument of type '{}' is not iterable",
            container.type_name()
        ))),
    }
}

/// A unary operator on an instance: its dunder, else the operator on the wrapped value.
pub fn instance_unary(
    vm: &mut Vm,
    which: Dunder,
    value: Value,
    builtin: fn(&mut Vm, Value) -> PyResult<Value>,
    symbol: &str,
) -> PyResult<Value> {
    if let Some(result) = call_dunder(vm, &value, which, &[])? {
        return Ok(result);
    }
    match native_of(&value) {
        Some(native) => builtin(vm, native.clone()),
        None => Err(type_error(format!(
            "bad operand type for {symbol}: '{}'",
            value.type_name()
        ))),
    }
}

/// A unary operator's opcode on an instance: a Python dunder is entered by the engine as a
/// frame (the deferral marker is returned, see `vm::call::DeferredCall`); `None` when the class
/// has no Python function for it (the caller runs `instance_unary`).
pub fn unary_opcode(vm: &mut Vm, which: Dunder, value: &Value) -> Option<PyErr> {
    let Value::Instance(instance) = value else {
        return None;
    };
    let Some(Value::Function(func)) = find_dunder(&instance.class, which) else {
        return None;
    };
    Some(defer_call(
        vm,
        func,
        [value.clone(), Value::Null],
        1,
        ReturnAction::PushResult,
    ))
}

/// `int(instance)` (`__int__`, then `__index__`) or `float(instance)` (`__float__`, then
/// `__index__`), else the conversion of the wrapped value.
pub fn instance_number(vm: &mut Vm, value: &Value, float: bool) -> PyResult<Value> {
    let (which, kind) = if float {
        (Dunder::Float, "float")
    } else {
        (Dunder::Int, "int")
    };
    if let Some(result) = call_dunder(vm, value, which, &[])? {
        let ok = if float {
            matches!(result, Value::Float(_))
        } else {
            matches!(result, Value::Int(_) | Value::BigInt(_) | Value::Bool(_))
        };
        if !ok {
            return Err(type_error(format!(
                "{}.__{kind}__ returned non-{kind} (type {})",
                value.type_name(),
                result.type_name()
            )));
        }
        return Ok(result);
    }
    if let Value::Instance(instance) = value
        && find_dunder(&instance.class, Dunder::Index).is_some()
    {
        let index = index_value(vm, value)?;
        return Ok(if float {
            Value::float(index as f64)
        } else {
            Value::Int(index)
        });
    }
    let constructor = super::types::builtin_type(if float { "float" } else { "int" }).constructor;
    match (native_of(value), constructor) {
        (Some(native), Some(constructor)) => {
            (constructor.call)(vm, std::slice::from_ref(native), &[])
        }
        _ if float => Err(type_error(format!(
            "float() argument must be a string or a real number, not '{}'",
            value.type_name()
        ))),
        _ => Err(type_error(format!(
            "int() argument must be a string, a bytes-like object or a real number, not '{}'",
            value.type_name()
        ))),
    }
}
