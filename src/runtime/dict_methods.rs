//! What scripts do with a `dict` beyond subscripting: the `dict()` constructor and
//! `dict.fromkeys`, the methods (`get`, `setdefault`, `pop`, `popitem`, `update`, `keys`,
//! `values`, `items`, `copy`, `clear`), `|` / `|=`, and the set operators of the key and item
//! views. Errors are worded as CPython 3.11 words them.

use std::rc::Rc;

use super::Value;
use super::args::no_arguments;
use super::dict::{DictView, PyDict, ViewKind};
use super::exception::{ExcKind, PyErr, PyResult, type_error};
use super::set_methods;
use crate::bytecode::{BinOp, CmpOp};
use crate::vm::Vm;

fn receiver(this: &Value) -> PyResult<&Rc<PyDict>> {
    match this {
        Value::Dict(dict) => Ok(dict),
        other => Err(type_error(format!(
            "descriptor requires a 'dict' object but received a '{}'",
            other.type_name()
        ))),
    }
}

/// `KeyError` for a missing key: the message is the key's repr.
pub fn key_error(vm: &mut Vm, key: &Value) -> PyErr {
    set_methods::key_error(vm, key)
}

/// `name expected at least 1 argument, got 0` / `... at most 2 arguments, got 3`.
fn one_or_two<'a>(name: &str, args: &'a [Value]) -> PyResult<(&'a Value, Option<&'a Value>)> {
    match args {
        [key] => Ok((key, None)),
        [key, default] => Ok((key, Some(default))),
        [] => Err(type_error(format!(
            "{name} expected at least 1 argument, got 0"
        ))),
        _ => Err(type_error(format!(
            "{name} expected at most 2 arguments, got {}",
            args.len()
        ))),
    }
}

/// Adds the pairs of an iterable of 2-item iterables (CPython's `PyDict_MergeFromSeq2`).
fn merge_pairs(vm: &mut Vm, dict: &PyDict, pairs: &Value) -> PyResult<()> {
    let iterator = crate::ops::get_iter(vm, pairs.clone())?;
    let mut index = 0usize;
    while let Some(element) = crate::ops::for_iter_next(vm, &iterator)? {
        let items = match &element {
            Value::Tuple(t) => t.to_vec(),
            Value::List(l) => l.borrow().clone(),
            Value::Str(_) | Value::Range(_) | Value::Iter(_) | Value::Set(_) | Value::Dict(_) => {
                crate::ops::collect_iterable(vm, &element)?
            }
            Value::FrozenSet(_) | Value::DictView(_) => crate::ops::collect_iterable(vm, &element)?,
            _ => {
                return Err(type_error(format!(
                    "cannot convert dictionary update sequence element #{index} to a sequence"
                )));
            }
        };
        let [key, value] = <[Value; 2]>::try_from(items).map_err(|items| {
            PyErr::new(
                ExcKind::ValueError,
                format!(
                    "dictionary update sequence element #{index} has length {}; 2 is required",
                    items.len()
                ),
            )
        })?;
        dict.insert(vm, key, value)?;
        index += 1;
    }
    Ok(())
}

/// Adds every entry of the dict `source` to `dict` (later values win).
pub fn merge_dict(vm: &mut Vm, dict: &PyDict, source: &PyDict) -> PyResult<()> {
    if std::ptr::eq(dict, source) {
        return Ok(());
    }
    for (hash, key, value) in source.entries_snapshot() {
        dict.insert_hashed(vm, key, hash, value)?;
    }
    Ok(())
}

/// `dict.update(arg)`'s positional argument: a mapping or an iterable of pairs.
pub fn update_from_arg(vm: &mut Vm, dict: &PyDict, arg: &Value) -> PyResult<()> {
    if let Some(source) = dict_entries_of(arg) {
        return merge_dict(vm, dict, source);
    }
    // An object with `keys()` is a mapping: `obj[key]` for each of its keys (CPython's
    // `PyDict_Merge`); anything else is a sequence of pairs.
    if matches!(arg, Value::Instance(_))
        && let Some(entries) = crate::ops::mapping::mapping_entries(vm, arg)?
    {
        for (key, value) in entries {
            dict.insert(vm, key, value)?;
        }
        return Ok(());
    }
    merge_pairs(vm, dict, arg)
}

/// The dict whose entries merging `value` takes as they are: a dict, or an instance of a `dict`
/// subclass that keeps `dict`'s iteration (CPython's `dict_merge` fast path: no `keys()`,
/// `__getitem__` or `__missing__` is called).
pub fn dict_entries_of(value: &Value) -> Option<&PyDict> {
    match value {
        Value::Dict(source) => Some(source),
        Value::Instance(instance)
            if let Value::Dict(source) = &instance.native
                && super::protocol::find_dunder(&instance.class, super::dunder::Dunder::Iter)
                    .is_none() =>
        {
            Some(source)
        }
        _ => None,
    }
}

/// Adds keyword arguments (the trailing `kwnames.len()` entries of `args`).
fn update_from_keywords(
    vm: &mut Vm,
    dict: &PyDict,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<()> {
    let values = &args[args.len() - kwnames.len()..];
    for (name, value) in kwnames.iter().zip(values) {
        dict.insert(vm, name.clone(), value.clone())?;
    }
    Ok(())
}

/// `dict(...)`: empty, from a mapping or iterable of pairs, and/or from keywords.
pub fn builtin_dict(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let positional = &args[..args.len() - kwnames.len()];
    if positional.len() > 1 {
        return Err(type_error(format!(
            "dict expected at most 1 argument, got {}",
            positional.len()
        )));
    }
    let dict = PyDict::new();
    if let Some(arg) = positional.first() {
        update_from_arg(vm, &dict, arg)?;
    }
    update_from_keywords(vm, &dict, args, kwnames)?;
    Ok(Value::Dict(Rc::new(dict)))
}

/// `dict.fromkeys(iterable, value=None)`, called on the `dict` builtin.
pub fn fromkeys(vm: &mut Vm, _this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (iterable, value) = one_or_two("fromkeys", args)?;
    let value = value.cloned().unwrap_or(Value::None);
    let dict = PyDict::new();
    let iterator = crate::ops::get_iter(vm, iterable.clone())?;
    while let Some(key) = crate::ops::for_iter_next(vm, &iterator)? {
        dict.insert(vm, key, value.clone())?;
    }
    Ok(Value::Dict(Rc::new(dict)))
}

pub fn get(vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (key, default) = one_or_two("get", args)?;
    let found = receiver(this)?.get(vm, key)?;
    Ok(found.unwrap_or_else(|| default.cloned().unwrap_or(Value::None)))
}

pub fn setdefault(vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (key, default) = one_or_two("setdefault", args)?;
    let dict = receiver(this)?;
    let hash = super::hash::hash_value(vm, key)?;
    if let Some(found) = dict.get_hashed(vm, key, hash)? {
        return Ok(found);
    }
    let value = default.cloned().unwrap_or(Value::None);
    dict.insert_hashed(vm, key.clone(), hash, value.clone())?;
    Ok(value)
}

pub fn pop(vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (key, default) = one_or_two("pop", args)?;
    match receiver(this)?.remove(vm, key)? {
        Some((_, value)) => Ok(value),
        None => match default {
            Some(default) => Ok(default.clone()),
            None => Err(key_error(vm, key)),
        },
    }
}

pub fn popitem(_vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    no_arguments("dict.popitem", args)?;
    match receiver(this)?.pop_last() {
        Some((key, value)) => Ok(Value::tuple(vec![key, value])),
        None => Err(PyErr::with_args(
            ExcKind::KeyError,
            "'popitem(): dictionary is empty'",
            Value::str("popitem(): dictionary is empty"),
        )),
    }
}

pub fn update(vm: &mut Vm, this: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let dict = receiver(this)?;
    let positional = &args[..args.len() - kwnames.len()];
    match positional {
        [] => {}
        [arg] => update_from_arg(vm, dict, arg)?,
        _ => {
            return Err(type_error(format!(
                "update expected at most 1 argument, got {}",
                positional.len()
            )));
        }
    }
    update_from_keywords(vm, dict, args, kwnames)?;
    Ok(Value::None)
}

fn view(this: &Value, args: &[Value], name: &str, kind: ViewKind) -> PyResult<Value> {
    no_arguments(name, args)?;
    Ok(Value::DictView(Rc::new(DictView {
        dict: receiver(this)?.clone(),
        kind,
    })))
}

pub fn keys(_vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    view(this, args, "dict.keys", ViewKind::Keys)
}

pub fn values(_vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    view(this, args, "dict.values", ViewKind::Values)
}

pub fn items(_vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    view(this, args, "dict.items", ViewKind::Items)
}

pub fn copy(_vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    no_arguments("dict.copy", args)?;
    Ok(Value::Dict(Rc::new(receiver(this)?.copy()?)))
}

pub fn clear(_vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    no_arguments("dict.clear", args)?;
    receiver(this)?.clear();
    Ok(Value::None)
}

/// `key in view`.
pub fn view_contains(vm: &mut Vm, view: &DictView, item: &Value) -> PyResult<bool> {
    match view.kind {
        ViewKind::Keys => view.dict.contains(vm, item),
        ViewKind::Items => {
            let Value::Tuple(pair) = item else {
                return Ok(false);
            };
            let [key, value] = pair.as_slice() else {
                return Ok(false);
            };
            match view.dict.get(vm, key)? {
                Some(found) => crate::ops::identical_or_equal(vm, &found, value),
                None => Ok(false),
            }
        }
        ViewKind::Values => {
            for (_, value) in view.dict.items_snapshot() {
                if crate::ops::identical_or_equal(vm, &value, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
    }
}

fn is_set_like_view(value: &Value) -> bool {
    matches!(value, Value::DictView(v) if v.kind != ViewKind::Values)
}

/// `a op b` where `a` or `b` is a dict (`|`, `|=`) or a keys/items view (`& | - ^`, whose
/// result is a set); `None` when neither applies.
pub fn mapping_binary_op(
    vm: &mut Vm,
    op: BinOp,
    inplace: bool,
    a: &Value,
    b: &Value,
) -> Option<PyResult<Value>> {
    match (op, a, b) {
        (BinOp::Or, Value::Dict(dict), other) if inplace => {
            Some(update_from_arg(vm, dict, other).map(|()| a.clone()))
        }
        (BinOp::Or, Value::Dict(x), Value::Dict(y)) => Some((|| {
            let result = x.copy()?;
            merge_dict(vm, &result, y)?;
            Ok(Value::Dict(Rc::new(result)))
        })()),
        (BinOp::And | BinOp::Or | BinOp::Subtract | BinOp::Xor, _, _)
            if is_set_like_view(a) || is_set_like_view(b) =>
        {
            if !crate::ops::is_iterable(a) || !crate::ops::is_iterable(b) {
                return None;
            }
            Some(view_set_op(vm, op, a, b))
        }
        _ => None,
    }
}

/// CPython's `dictviews_*`: the left operand made a set (a keys view through its dict), then
/// updated in place with the right; `&` and `^` of two items views have their own algorithms.
fn view_set_op(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    match (op, a, b) {
        (BinOp::And, _, _) => return view_intersection(vm, a, b),
        (BinOp::Xor, Value::DictView(x), Value::DictView(y))
            if x.kind == ViewKind::Items && y.kind == ViewKind::Items =>
        {
            return items_symmetric_difference(vm, &x.dict, &y.dict);
        }
        _ => {}
    }
    let left = match a {
        Value::DictView(view) if view.kind == ViewKind::Keys => Value::Dict(view.dict.clone()),
        other => other.clone(),
    };
    let method = match op {
        BinOp::Or => set_methods::update,
        BinOp::Subtract => set_methods::difference_update,
        _ => set_methods::symmetric_difference_update,
    };
    let result = set_methods::set_value(set_methods::set_from(vm, &left)?, false);
    method(vm, &result, std::slice::from_ref(b), &[])?;
    Ok(result)
}

/// CPython's `_PyDictView_Intersect`: iterate the smaller operand, keep what the view holds
/// (or let a larger plain set do the work).
fn view_intersection(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let (mut view, mut other) = match a {
        Value::DictView(v) if v.kind != ViewKind::Values => (v.clone(), b.clone()),
        _ => match b {
            Value::DictView(v) => (v.clone(), a.clone()),
            _ => return Err(type_error("unsupported operand")),
        },
    };
    let len_view = view.dict.len();
    if let Value::Set(set) = &other
        && len_view <= set.len()
    {
        return set_methods::intersection_method(vm, &other, &[Value::DictView(view.clone())], &[]);
    }
    if let Value::DictView(other_view) = &other
        && other_view.kind != ViewKind::Values
        && other_view.dict.len() > len_view
    {
        let smaller = Value::DictView(view);
        view = other_view.clone();
        other = smaller;
    }
    let result = super::set::PySet::new();
    let iterator = crate::ops::get_iter(vm, other)?;
    while let Some(item) = crate::ops::for_iter_next(vm, &iterator)? {
        if view_contains(vm, &view, &item)? {
            result.add(vm, item)?;
        }
    }
    Ok(set_methods::set_value(result, false))
}

/// CPython's `dictitems_xor`: the pairs of `second` not equal in `first`, then what is left of
/// `first`.
fn items_symmetric_difference(vm: &mut Vm, first: &PyDict, second: &PyDict) -> PyResult<Value> {
    let remaining = Rc::new(first.copy()?);
    let result = super::set::PySet::new();
    for (hash, key, value) in second.entries_snapshot() {
        let equal = match remaining.get_hashed(vm, &key, hash)? {
            Some(mine) => mine.is(&value) || crate::ops::values_equal(vm, &mine, &value)?,
            None => false,
        };
        if equal {
            remaining.remove_hashed(vm, &key, hash)?;
        } else {
            result.add(vm, Value::tuple(vec![key, value]))?;
        }
    }
    let rest = Value::DictView(Rc::new(DictView {
        dict: remaining,
        kind: ViewKind::Items,
    }));
    set_methods::update_from(vm, &result, &rest)?;
    Ok(set_methods::set_value(result, false))
}

/// Whether a value is set-like for view comparisons: a set, frozenset, keys or items view.
fn is_set_like(value: &Value) -> bool {
    set_methods::any_set(value).is_some() || is_set_like_view(value)
}

/// Every item of `a` is `in` `b` (CPython's `all_contained_in`).
fn all_contained_in(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    let iterator = crate::ops::get_iter(vm, a.clone())?;
    while let Some(item) = crate::ops::for_iter_next(vm, &iterator)? {
        let found = match b {
            Value::DictView(view) => view_contains(vm, view, &item)?,
            Value::Set(set) | Value::FrozenSet(set) => set_methods::set_contains(vm, set, &item)?,
            _ => false,
        };
        if !found {
            return Ok(false);
        }
    }
    Ok(true)
}

/// A comparison with a keys or items view on either side (CPython's `dictview_richcompare`,
/// reflected when the view is on the right); `None` when it does not apply.
pub fn view_compare(vm: &mut Vm, op: CmpOp, a: &Value, b: &Value) -> Option<PyResult<bool>> {
    let (view, other, op) = if is_set_like_view(a) && is_set_like(b) {
        (a, b, op)
    } else if is_set_like_view(b) && is_set_like(a) {
        (b, a, swapped(op))
    } else {
        return None;
    };
    let length = |value: &Value| match value {
        Value::DictView(v) => v.dict.len(),
        Value::Set(s) | Value::FrozenSet(s) => s.len(),
        _ => 0,
    };
    let (len_view, len_other) = (length(view), length(other));
    let result = match op {
        CmpOp::Eq | CmpOp::Ne if len_view != len_other => Ok(op == CmpOp::Ne),
        CmpOp::Eq => all_contained_in(vm, view, other),
        CmpOp::Ne => all_contained_in(vm, view, other).map(|equal| !equal),
        CmpOp::Lt if len_view < len_other => all_contained_in(vm, view, other),
        CmpOp::Le if len_view <= len_other => all_contained_in(vm, view, other),
        CmpOp::Gt if len_view > len_other => all_contained_in(vm, other, view),
        CmpOp::Ge if len_view >= len_other => all_contained_in(vm, other, view),
        _ => Ok(false),
    };
    Some(result)
}

/// The comparison that `b op' a` performs for `a op b` (`<` becomes `>`).
fn swapped(op: CmpOp) -> CmpOp {
    match op {
        CmpOp::Lt => CmpOp::Gt,
        CmpOp::Le => CmpOp::Ge,
        CmpOp::Gt => CmpOp::Lt,
        CmpOp::Ge => CmpOp::Le,
        same => same,
    }
}

/// `view.isdisjoint(other)` for keys and items views.
pub fn view_isdisjoint(
    vm: &mut Vm,
    this: &Value,
    args: &[Value],
    _kw: &[Value],
) -> PyResult<Value> {
    let Value::DictView(view) = this else {
        return Err(type_error("isdisjoint() requires a dict view"));
    };
    let other = super::args::exactly_one(&format!("{}.isdisjoint", view.type_name()), args)?;
    if this.is(other) {
        return Ok(Value::bool(view.dict.is_empty()));
    }
    let (container, walked) = if is_set_like(other) {
        let len_other = match other {
            Value::DictView(v) => v.dict.len(),
            Value::Set(s) | Value::FrozenSet(s) => s.len(),
            _ => 0,
        };
        if len_other > view.dict.len() {
            (other.clone(), this.clone())
        } else {
            (this.clone(), other.clone())
        }
    } else {
        (this.clone(), other.clone())
    };
    let iterator = crate::ops::get_iter(vm, walked)?;
    while let Some(item) = crate::ops::for_iter_next(vm, &iterator)? {
        if crate::ops::contains_op(vm, 0, item, container.clone())
            .map(|v| crate::ops::truthy(&v))?
        {
            return Ok(Value::bool(false));
        }
    }
    Ok(Value::bool(true))
}
