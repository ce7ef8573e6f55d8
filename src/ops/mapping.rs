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
    if let Value::Dict(source) = &mapping {
        return dict_methods::merge_dict(vm, target, source);
    }
    match mapping_entries(vm, &mapping)? {
        Some(entries) => {
            for (key, value) in entries {
                target.insert(vm, key, value)?;
            }
            Ok(())
        }
        None => Err(type_error(format!(
            "'{}' object is not a mapping",
            mapping.type_name()
        ))),
    }
}

/// `DICT_MERGE`: adds the `**mapping` of a call to `f` (`callee_name` is `f`) to the keyword
/// dict, refusing non-mappings, non-string keys and keys already present.
pub fn dict_merge(
    vm: &mut Vm,
    dict: &Value,
    mapping: Value,
    callee_name: impl Fn() -> String,
) -> PyResult<()> {
    let target = target_dict(dict, "DICT_MERGE")?;
    let Some(entries) = mapping_entries(vm, &mapping)? else {
        return Err(type_error(format!(
            "{}() argument after ** must be a mapping, not {}",
            callee_name(),
            mapping.type_name()
        )));
    };
    for (key, value) in entries {
        let Value::Str(name) = &key else {
            return Err(type_error("keywords must be strings"));
        };
        if target.contains(vm, &key)? {
            return Err(multiple_values(&callee_name(), name.as_str()));
        }
        target.insert(vm, key, value)?;
    }
    Ok(())
}

/// The `(key, value)` pairs of a `**` argument as CPython's `dict_merge` reads them: a dict's
/// (or a dict subclass's that keeps dict iteration) entries as they are, without `__getitem__`
/// or `__missing__`; any other object with `keys()` through `keys()` and `obj[key]`. `None` when
/// the object has no `keys` (not a mapping).
pub(crate) fn mapping_entries(
    vm: &mut Vm,
    mapping: &Value,
) -> PyResult<Option<Vec<(Value, Value)>>> {
    if let Some(source) = crate::runtime::dict_methods::dict_entries_of(mapping) {
        return Ok(Some(source.items_snapshot()));
    }
    if !matches!(mapping, Value::Instance(_)) {
        return Ok(None);
    }
    let keys_name = crate::runtime::intern::intern("keys");
    let keys_method = match super::load_attr(vm, mapping.clone(), &keys_name) {
        Ok(method) => method,
        Err(err) if err.kind() == crate::runtime::ExcKind::AttributeError => return Ok(None),
        Err(err) => return Err(err),
    };
    let keys = crate::vm::reentry::call_from_native(vm, &keys_method, &[])?;
    let mut entries = Vec::new();
    for key in super::collect_iterable(vm, &keys)? {
        let value = super::subscript(vm, 0, mapping.clone(), key.clone())?;
        entries.push((key, value));
    }
    Ok(Some(entries))
}

fn multiple_values(callee_name: &str, name: &str) -> PyErr {
    type_error(format!(
        "{callee_name}() got multiple values for keyword argument '{name}'"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vm() -> Vm {
        Vm::new(
            crate::engine::ENGINES[0],
            Vec::new(),
            crate::vm::Output::Captured(Vec::new()),
        )
    }

    fn repr(value: &Value) -> String {
        crate::runtime::format::repr_plain(value)
    }

    #[test]
    fn literals_keep_source_order_and_first_keys() {
        let mut vm = vm();
        let items = vec![
            Value::Int(1),
            Value::str("a"),
            Value::str("k"),
            Value::Int(2),
            Value::float(1.0),
            Value::str("b"),
        ];
        let dict = build_map(&mut vm, items).expect("hashable keys");
        assert_eq!(repr(&dict), "{1: 'b', 'k': 2}");
        let set = build_set(
            &mut vm,
            vec![
                Value::Int(5),
                Value::Int(3),
                Value::Int(1000),
                Value::Int(7),
            ],
        )
        .expect("hashable items");
        assert_eq!(repr(&set), "{1000, 3, 5, 7}");
        set_add(&mut vm, &set, Value::Int(8)).expect("add");
        set_update(&mut vm, &set, Value::list(vec![Value::Int(0)])).expect("update");
        assert_eq!(repr(&set), "{0, 3, 5, 7, 1000, 8}");
        map_add(&mut vm, &dict, Value::Int(1), Value::None).expect("add");
        assert_eq!(repr(&dict), "{1: None, 'k': 2}");
        let unhashable = build_set(&mut vm, vec![Value::list(Vec::new())]);
        assert_eq!(
            unhashable.err().map(|e| e.summary()).as_deref(),
            Some("TypeError: unhashable type: 'list'")
        );
    }

    #[test]
    fn merging_keyword_mappings_reports_cpython_errors() {
        let mut vm = vm();
        let target = new_dict();
        let source = build_map(&mut vm, vec![Value::str("a"), Value::Int(1)]).expect("map");
        dict_merge(&mut vm, &target, source.clone(), || "f".to_string()).expect("first merge");
        let again = dict_merge(&mut vm, &target, source.clone(), || "f".to_string());
        assert_eq!(
            again.err().map(|e| e.summary()).as_deref(),
            Some("TypeError: f() got multiple values for keyword argument 'a'")
        );
        let not_mapping = dict_merge(&mut vm, &target, Value::Int(3), || "f".to_string());
        assert_eq!(
            not_mapping.err().map(|e| e.summary()).as_deref(),
            Some("TypeError: f() argument after ** must be a mapping, not int")
        );
        let int_key = build_map(&mut vm, vec![Value::Int(1), Value::Int(1)]).expect("map");
        let bad_key = dict_merge(&mut vm, &target, int_key, || "f".to_string());
        assert_eq!(
            bad_key.err().map(|e| e.summary()).as_deref(),
            Some("TypeError: keywords must be strings")
        );
        dict_update(&mut vm, &target, source).expect("{**m} overwrites");
        let not_mapping = dict_update(&mut vm, &target, Value::Int(3));
        assert_eq!(
            not_mapping.err().map(|e| e.summary()).as_deref(),
            Some("TypeError: 'int' object is not a mapping")
        );
        assert_eq!(repr(&target), "{'a': 1}");
    }

    #[test]
    fn reversed_dict_iteration_walks_backwards() {
        let mut vm = vm();
        let dict = build_map(
            &mut vm,
            vec![
                Value::Int(1),
                Value::Int(10),
                Value::Int(2),
                Value::Int(20),
                Value::Int(3),
                Value::Int(30),
            ],
        )
        .expect("map");
        if let Value::Dict(d) = &dict {
            d.remove(&mut vm, &Value::Int(2)).expect("remove");
        }
        let iterator = crate::runtime::dict::reversed_view_iter(&dict).expect("a dict");
        let items = crate::ops::collect_iterable(&mut vm, &iterator).expect("iterates");
        assert_eq!(repr(&Value::list(items)), "[3, 1]");
        assert!(crate::runtime::dict::reversed_view_iter(&Value::Int(1)).is_none());
        assert_eq!(
            repr(&iterator).split(' ').next(),
            Some("<dict_reversekeyiterator")
        );
    }
}
