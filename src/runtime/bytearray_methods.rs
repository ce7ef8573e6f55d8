//! The methods only `bytearray` has: `append`, `extend`, `pop`, `insert`, `remove`, `clear`,
//! `copy`, `reverse` (the shared ones are in `bytes_methods`).

use super::bytes::{byte_value, data_of};
use super::exception::{type_error, value_error};
use super::{ExcKind, PyErr, PyResult, Value, args};
use crate::vm::Vm;

use super::bytes_methods::positional;

fn buffer(this: &Value) -> PyResult<&std::cell::RefCell<Vec<u8>>> {
    super::bytes::bytearray_of(this).ok_or_else(|| {
        type_error(format!(
            "descriptor requires a 'bytearray' object but received a '{}'",
            this.type_name()
        ))
    })
}

pub(super) fn append(vm: &mut Vm, this: &Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let args = positional("append", args, kw, 1)?;
    let [item] = args else {
        return Err(type_error(format!(
            "bytearray.append() takes exactly one argument ({} given)",
            args.len()
        )));
    };
    let byte = byte_value(vm, item)?;
    buffer(this)?.borrow_mut().push(byte);
    Ok(Value::None)
}

pub(super) fn extend(vm: &mut Vm, this: &Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let args = positional("extend", args, kw, 1)?;
    let [source] = args else {
        return Err(type_error(format!(
            "bytearray.extend() takes exactly one argument ({} given)",
            args.len()
        )));
    };
    let data = match data_of(source) {
        Some(data) => data,
        None => {
            if !crate::ops::is_iterable(source) {
                return Err(type_error(format!(
                    "can't extend bytearray with {}",
                    source.type_name()
                )));
            }
            let items = crate::ops::collect_iterable(vm, source)?;
            items
                .iter()
                .map(|item| byte_value(vm, item))
                .collect::<PyResult<Vec<u8>>>()?
        }
    };
    buffer(this)?.borrow_mut().extend_from_slice(&data);
    Ok(Value::None)
}

pub(super) fn pop(_vm: &mut Vm, this: &Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let args = positional("pop", args, kw, 1)?;
    let mut data = buffer(this)?.borrow_mut();
    if data.is_empty() {
        return Err(PyErr::new(ExcKind::IndexError, "pop from empty bytearray"));
    }
    let index = match args.first() {
        Some(Value::Int(i)) => *i,
        Some(other) => {
            return Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                other.type_name()
            )));
        }
        None => -1,
    };
    let len = data.len() as i64;
    let at = if index < 0 { index + len } else { index };
    if at < 0 || at >= len {
        return Err(PyErr::new(ExcKind::IndexError, "pop index out of range"));
    }
    Ok(Value::Int(i64::from(data.remove(at as usize))))
}

pub(super) fn insert(vm: &mut Vm, this: &Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let args = positional("insert", args, kw, 2)?;
    let [index, item] = args else {
        return Err(type_error(format!(
            "insert expected 2 arguments, got {}",
            args.len()
        )));
    };
    let index = args::to_index(index)?;
    let byte = byte_value(vm, item)?;
    let mut data = buffer(this)?.borrow_mut();
    let len = data.len() as i64;
    let at = if index < 0 {
        (index + len).max(0)
    } else {
        index.min(len)
    };
    data.insert(at as usize, byte);
    Ok(Value::None)
}

pub(super) fn remove(vm: &mut Vm, this: &Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let args = positional("remove", args, kw, 1)?;
    let [item] = args else {
        return Err(type_error(format!(
            "bytearray.remove() takes exactly one argument ({} given)",
            args.len()
        )));
    };
    let byte = byte_value(vm, item)?;
    let mut data = buffer(this)?.borrow_mut();
    match data.iter().position(|b| *b == byte) {
        Some(at) => {
            data.remove(at);
            Ok(Value::None)
        }
        None => Err(value_error("value not found in bytearray")),
    }
}

pub(super) fn clear(_vm: &mut Vm, this: &Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    positional("clear", args, kw, 0)?;
    buffer(this)?.borrow_mut().clear();
    Ok(Value::None)
}

pub(super) fn copy(_vm: &mut Vm, this: &Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    positional("copy", args, kw, 0)?;
    let data = buffer(this)?.borrow().clone();
    Ok(super::bytes::new_bytearray(data))
}

pub(super) fn reverse(_vm: &mut Vm, this: &Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    positional("reverse", args, kw, 0)?;
    buffer(this)?.borrow_mut().reverse();
    Ok(Value::None)
}
