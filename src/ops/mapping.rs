//! Dict and set opcodes: building literals (`BUILD_MAP`, `BUILD_SET`), the additions made by
//! comprehensions (`MAP_ADD`, `SET_ADD`), unpacking into literals (`DICT_UPDATE`,
//! `SET_UPDATE`) and gathering `**kwargs` for a call (`DICT_MERGE`).

use std::rc::Rc;

use crate::runtime::dict::PyDict;
use crate::runtime::exception::{PyErr, type_error};
use crate::runtime::set::PySet;
use crate::runtime::{PyResult, Value, dict_methods, set_methods};
use crate::vm::Vm;

/// An empty dict.
pub fn new_dict() -> Value {
    Value::Dict(Rc::new(PyDict::new()))
}

fn target_dict<'a>(dict: &'a Value, opcode: &str) -> PyResult<&'a PyDict> {
    match dict {
        Value::Dict(dict) => Ok(dict),
        other => Err(type_error(format!(
            "{opcode} expects a dict, not {}",
            other.type_name()
        ))),
    }
}

fn target_set<'a>(set: &'a Value, opcode: &str) -> PyResult<&'a PySet> {
    match set {
        Value::Set(set) => Ok(set),
        other => Err(type_error(format!(
            "{opcode} expects a set, not {}",
            other.type_name()
        ))),
    }
}

/// `BUILD_MAP n`: `items` is `[k1, v1, k2, v2, ...]` in source order; a later duplicate key
/// replaces the value and keeps the first key object.
pub fn build_map(vm: &mut Vm, items: Vec<Value>) -> PyResult<Value> {
    let dict = PyDict::new();
    let mut items = items.into_iter();
    while let (Some(key), Some(value)) = (items.next(), items.next()) {
        dict.insert(vm, key, value)?;
    }
    Ok(Value::Dict(Rc::new(dict)))
}

/// `BUILD_SET n`: `items` in source order.
pub fn build_set(vm: &mut Vm, items: Vec<Value>) -> PyResult<Value> {
    let set = PySet::new();
    for item in items {
        set.add(vm, item)?;
    }
    Ok(Value::Set(Rc::new(set)))
}

/// `MAP_ADD`: `dict[key] = value`.
pub fn map_add(vm: &mut Vm, dict: &Value, key: Value, value: Value) -> PyResult<()> {
    target_dict(dict, "MAP_ADD")?.insert(vm, key, value)
}

/// `SET_ADD`: `set.add(item)`.
pub fn set_add(vm: &mut Vm, set: &Value, item: Value) -> PyResult<()> {
    target_set(set, "SET_ADD")?.add(vm, item).map(drop)
}

/// `SET_UPDATE`: `{*iterable}`.
pub fn set_update(vm: &mut Vm, set: &Value, iterable: Value) -> PyResult<()> {
    set_methods::update_from(vm, target_set(set, "SET_UPDATE")?, &iterable)
}

/// `DICT_UPDATE`: `{**mapping}`; `TypeError: 'int' object is not a mapping` otherwise.
pub fn dict_update(vm: &mut Vm, dict: &Value, mapping: Value) -> PyResult<()> {
    let target = target_dict(dict, "DICT_UPDATE")?;
    match &mapping {
        Value::Dict(source) => dict_methods::merge_dict(vm, target, source),
        other => Err(type_error(format!(
            "'{}' object is not a mapping",
            other.type_name()
        ))),
    }
}

/// `DICT_MERGE`: adds the `**mapping` of a call to `f` (`callee_name` is `f`) to the keyword
/// dict, refusing non-mappings, non-string keys and keys already present.
pub fn dict_merge(vm: &mut Vm, dict: &Value, mapping: Value, callee_name: &str) -> PyResult<()> {
    let target = target_dict(dict, "DICT_MERGE")?;
    let Value::Dict(source) = &mapping else {
        return Err(type_error(format!(
            "{callee_name}() argument after ** must be a mapping, not {}",
            mapping.type_name()
        )));
    };
    for (hash, key, value) in source.entries_snapshot() {
        let Value::Str(name) = &key else {
            return Err(type_error("keywords must be strings"));
        };
        if target.contains_hashed(vm, &key, hash)? {
            return Err(multiple_values(callee_name, name.as_str()));
        }
        target.insert_hashed(vm, key, hash, value)?;
    }
    Ok(())
}

fn multiple_values(callee_name: &str, name: &str) -> PyErr {
    type_error(format!(
        "{callee_name}() got multiple values for keyword argument '{name}'"
    ))
}
