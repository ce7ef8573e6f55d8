//! What scripts do with `set` and `frozenset`: the constructors, the methods, the operators
//! (`| & - ^` and their in-place forms, the subset comparisons, `==`) and membership. Each bulk
//! operation builds its result in the order CPython 3.11's `setobject.c` does (which set it
//! iterates, whether it copies first), so the results print alike.

use std::rc::Rc;

use super::Value;
use super::args::exactly_one;
use super::exception::{ExcKind, PyErr, PyResult, type_error};
use super::hash;
use super::set::PySet;
use crate::bytecode::{BinOp, CmpOp};
use crate::vm::Vm;

/// The set behind a `set` or `frozenset` value.
pub fn any_set(value: &Value) -> Option<&Rc<PySet>> {
    match value {
        Value::Set(set) | Value::FrozenSet(set) => Some(set),
        _ => None,
    }
}

/// Wraps a table as a `set` (or a `frozenset` when `frozen`).
pub fn set_value(set: PySet, frozen: bool) -> Value {
    if frozen {
        Value::FrozenSet(Rc::new(set))
    } else {
        Value::Set(Rc::new(set))
    }
}

/// Calls `each` on every item of `iterable`.
fn for_each(
    vm: &mut Vm,
    iterable: &Value,
    mut each: impl FnMut(&mut Vm, Value) -> PyResult<()>,
) -> PyResult<()> {
    if super::generator::is_iterable_generator(iterable) {
        return super::generator::for_each(vm, iterable, &mut |vm, item| {
            each(vm, item)?;
            Ok(true)
        });
    }
    let iterator = crate::ops::get_iter(vm, iterable.clone())?;
    while let Some(item) = crate::ops::for_iter_next(vm, &iterator)? {
        each(vm, item)?;
    }
    Ok(())
}

/// A key to look up in a set, with its hash: a `set` is looked up as the equal frozenset,
/// as CPython's `in`, `remove` and `discard` do.
fn member_key(vm: &mut Vm, key: &Value) -> PyResult<(Value, i64)> {
    if let Value::Set(set) = key {
        let frozen = copy_of(vm, set)?;
        let hash = frozen.frozen_hash();
        return Ok((Value::FrozenSet(Rc::new(frozen)), hash));
    }
    let hash = hash::hash_value(vm, key)?;
    Ok((key.clone(), hash))
}

/// `key in set`.
pub fn set_contains(vm: &mut Vm, set: &PySet, key: &Value) -> PyResult<bool> {
    let (key, hash) = member_key(vm, key)?;
    set.contains_hashed(vm, &key, hash)
}

/// CPython's `set_update_internal`: adds every item of `other`, with fast paths for sets
/// (merging tables) and dicts (stored hashes).
pub fn update_from(vm: &mut Vm, set: &PySet, other: &Value) -> PyResult<()> {
    match other {
        Value::Set(source) | Value::FrozenSet(source) => set.merge(vm, source),
        Value::Dict(dict) => {
            let entries = dict.entries_snapshot();
            set.reserve_for(entries.len())?;
            for (hash, key, _) in entries {
                set.add_hashed(vm, key, hash)?;
            }
            Ok(())
        }
        _ => for_each(vm, other, |vm, item| set.add(vm, item).map(drop)),
    }
}

/// A new table holding the items of `iterable` (CPython's `make_new_set`).
pub fn set_from(vm: &mut Vm, iterable: &Value) -> PyResult<PySet> {
    let set = PySet::new();
    update_from(vm, &set, iterable)?;
    Ok(set)
}

fn copy_of(vm: &mut Vm, set: &PySet) -> PyResult<PySet> {
    let copy = PySet::new();
    copy.merge(vm, set)?;
    Ok(copy)
}

/// `a & b` / `a.intersection(b)` for one `other`.
fn intersection(vm: &mut Vm, set: &PySet, other: &Value) -> PyResult<PySet> {
    let result = PySet::new();
    if let Some(other_set) = any_set(other) {
        if std::ptr::eq(set, &**other_set) {
            return copy_of(vm, set);
        }
        // Walk the smaller set, probing the larger.
        let (small, large) = smaller_first(set, other_set);
        for (hash, key) in small.entries_snapshot() {
            if large.contains_hashed(vm, &key, hash)? {
                result.add_hashed(vm, key, hash)?;
            }
        }
        return Ok(result);
    }
    for_each(vm, other, |vm, key| {
        let hash = hash::hash_value(vm, &key)?;
        if set.contains_hashed(vm, &key, hash)? {
            result.add_hashed(vm, key, hash)?;
        }
        Ok(())
    })?;
    Ok(result)
}

/// Removes every item of `other` from `set` (CPython's `set_difference_update_internal`).
fn difference_update_with(vm: &mut Vm, set: &PySet, other: &Value) -> PyResult<()> {
    if let Some(other_set) = any_set(other) {
        if std::ptr::eq(set, &**other_set) {
            set.clear();
            return Ok(());
        }
        for (hash, key) in other_set.entries_snapshot() {
            set.discard_hashed(vm, &key, hash)?;
        }
    } else {
        for_each(vm, other, |vm, key| {
            let (key, hash) = member_key(vm, &key)?;
            set.discard_hashed(vm, &key, hash).map(drop)
        })?;
    }
    set.purge_dummies()
}

/// `a - b` / `a.difference(b)` for one `other`.
fn difference(vm: &mut Vm, set: &PySet, other: &Value) -> PyResult<PySet> {
    let other_len = match other {
        Value::Set(s) | Value::FrozenSet(s) => Some(s.len()),
        Value::Dict(d) => Some(d.len()),
        _ => None,
    };
    match other_len {
        Some(other_len) if (set.len() >> 2) <= other_len => {}
        _ => {
            let result = copy_of(vm, set)?;
            difference_update_with(vm, &result, other)?;
            return Ok(result);
        }
    }
    let result = PySet::new();
    for (hash, key) in set.entries_snapshot() {
        let present = match other {
            Value::Dict(d) => d.contains_hashed(vm, &key, hash)?,
            Value::Set(s) | Value::FrozenSet(s) => s.contains_hashed(vm, &key, hash)?,
            _ => false,
        };
        if !present {
            result.add_hashed(vm, key, hash)?;
        }
    }
    Ok(result)
}

/// `a ^= b` / `a.symmetric_difference_update(b)`.
fn symmetric_difference_update_with(vm: &mut Vm, set: &PySet, other: &Value) -> PyResult<()> {
    let entries: Vec<(i64, Value)> = match other {
        Value::Set(s) | Value::FrozenSet(s) if std::ptr::eq(&**s, set) => {
            set.clear();
            return Ok(());
        }
        Value::Set(s) | Value::FrozenSet(s) => s.entries_snapshot(),
        Value::Dict(d) => d
            .entries_snapshot()
            .into_iter()
            .map(|(hash, key, _)| (hash, key))
            .collect(),
        _ => set_from(vm, other)?.entries_snapshot(),
    };
    toggle_entries(vm, set, entries)
}

/// Removes each key present in `set` and adds each absent one.
fn toggle_entries(vm: &mut Vm, set: &PySet, entries: Vec<(i64, Value)>) -> PyResult<()> {
    for (hash, key) in entries {
        if !set.discard_hashed(vm, &key, hash)? {
            set.add_hashed(vm, key, hash)?;
        }
    }
    Ok(())
}

/// `a ^ b` / `a.symmetric_difference(b)`: a copy of `other` updated with `set`.
fn symmetric_difference(vm: &mut Vm, set: &PySet, other: &Value) -> PyResult<PySet> {
    let result = set_from(vm, other)?;
    toggle_entries(vm, &result, set.entries_snapshot())?;
    Ok(result)
}

/// `set <= other`.
fn is_subset(vm: &mut Vm, set: &PySet, other: &Value) -> PyResult<bool> {
    match any_set(other) {
        Some(other_set) => subset_of(vm, set, other_set),
        None => {
            let temporary = set_from(vm, other)?;
            subset_of(vm, set, &temporary)
        }
    }
}

fn subset_of(vm: &mut Vm, set: &PySet, other_set: &PySet) -> PyResult<bool> {
    if set.len() > other_set.len() {
        return Ok(false);
    }
    for (hash, key) in set.entries_snapshot() {
        if !other_set.contains_hashed(vm, &key, hash)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `set >= other`.
fn is_superset(vm: &mut Vm, set: &PySet, other: &Value) -> PyResult<bool> {
    if let Some(other_set) = any_set(other) {
        return subset_of(vm, other_set, set);
    }
    let mut all = true;
    let iterator = crate::ops::get_iter(vm, other.clone())?;
    while let Some(item) = crate::ops::for_iter_next(vm, &iterator)? {
        if !set_contains(vm, set, &item)? {
            all = false;
            break;
        }
    }
    Ok(all)
}

/// `(a, b)` if `b` is the larger, else `(b, a)`: the set to walk and the one to probe.
fn smaller_first<'s>(a: &'s PySet, b: &'s PySet) -> (&'s PySet, &'s PySet) {
    if b.len() > a.len() { (a, b) } else { (b, a) }
}

fn is_disjoint(vm: &mut Vm, set: &PySet, other: &Value) -> PyResult<bool> {
    if let Some(other_set) = any_set(other) {
        let (small, large) = smaller_first(set, other_set);
        for (hash, key) in small.entries_snapshot() {
            if large.contains_hashed(vm, &key, hash)? {
                return Ok(false);
            }
        }
        return Ok(true);
    }
    let iterator = crate::ops::get_iter(vm, other.clone())?;
    while let Some(item) = crate::ops::for_iter_next(vm, &iterator)? {
        if set_contains(vm, set, &item)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `a == b` for two sets or frozensets.
pub fn sets_equal(vm: &mut Vm, a: &Rc<PySet>, b: &Rc<PySet>) -> PyResult<bool> {
    if Rc::ptr_eq(a, b) {
        return Ok(true);
    }
    if a.len() != b.len() {
        return Ok(false);
    }
    // Frozensets nest: comparing members may recurse as deep as the nesting.
    vm.enter_nested(" in comparison")?;
    let result = subset_of(vm, a, b);
    vm.leave_frame();
    result
}

/// The ordering comparisons of two sets (subset / superset).
pub fn compare_sets(vm: &mut Vm, op: CmpOp, a: &Rc<PySet>, b: &Rc<PySet>) -> PyResult<bool> {
    match op {
        CmpOp::Eq => sets_equal(vm, a, b),
        CmpOp::Ne => sets_equal(vm, a, b).map(|equal| !equal),
        CmpOp::Le => subset_of(vm, a, b),
        CmpOp::Ge => subset_of(vm, b, a),
        CmpOp::Lt => Ok(a.len() < b.len() && subset_of(vm, a, b)?),
        CmpOp::Gt => Ok(a.len() > b.len() && subset_of(vm, b, a)?),
    }
}

/// `a op b` (and `a op= b`) when both operands are sets or frozensets; `None` for operators
/// sets do not define. The result has the left operand's type; in-place forms on a `set`
/// change it and return it.
pub fn set_binary_op(
    vm: &mut Vm,
    op: BinOp,
    inplace: bool,
    a: &Value,
    b: &Value,
) -> Option<PyResult<Value>> {
    let (left, _) = (any_set(a)?, any_set(b)?);
    let frozen = matches!(a, Value::FrozenSet(_));
    let result = (|| {
        if inplace && !frozen {
            match op {
                BinOp::Or => update_from(vm, left, b)?,
                BinOp::And => left.take_contents(intersection(vm, left, b)?),
                BinOp::Subtract => difference_update_with(vm, left, b)?,
                BinOp::Xor => symmetric_difference_update_with(vm, left, b)?,
                _ => return Ok(None),
            }
            return Ok(Some(a.clone()));
        }
        let set = match op {
            BinOp::Or => {
                let result = copy_of(vm, left)?;
                if !a.is(b) {
                    update_from(vm, &result, b)?;
                }
                result
            }
            BinOp::And => intersection(vm, left, b)?,
            BinOp::Subtract => difference(vm, left, b)?,
            BinOp::Xor => symmetric_difference(vm, left, b)?,
            _ => return Ok(None),
        };
        Ok(Some(set_value(set, frozen)))
    })();
    result.transpose()
}

// ----- the methods -----

fn receiver(this: &Value) -> PyResult<&Rc<PySet>> {
    any_set(this).ok_or_else(|| {
        type_error(format!(
            "descriptor requires a 'set' object but received a '{}'",
            this.type_name()
        ))
    })
}

fn is_frozen(this: &Value) -> bool {
    matches!(this, Value::FrozenSet(_))
}

fn owner(this: &Value) -> &'static str {
    if is_frozen(this) { "frozenset" } else { "set" }
}

pub fn add(vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let key = exactly_one("set.add", args)?;
    receiver(this)?.add(vm, key.clone())?;
    Ok(Value::None)
}

/// `KeyError` for `key` (printed as the key's repr, computed only if it is printed).
pub fn key_error(_vm: &mut Vm, key: &Value) -> PyErr {
    PyErr::with_args(ExcKind::KeyError, "", Value::tuple(vec![key.clone()]))
}

pub fn remove(vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let key = exactly_one("set.remove", args)?;
    let (lookup, hash) = member_key(vm, key)?;
    if receiver(this)?.discard_hashed(vm, &lookup, hash)? {
        Ok(Value::None)
    } else {
        Err(key_error(vm, key))
    }
}

pub fn discard(vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let key = exactly_one("set.discard", args)?;
    let (lookup, hash) = member_key(vm, key)?;
    receiver(this)?.discard_hashed(vm, &lookup, hash)?;
    Ok(Value::None)
}

pub fn pop(_vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    super::args::no_arguments("set.pop", args)?;
    receiver(this)?.pop().ok_or_else(|| {
        PyErr::with_args(
            ExcKind::KeyError,
            "'pop from an empty set'",
            Value::str("pop from an empty set"),
        )
    })
}

pub fn clear(_vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    super::args::no_arguments("set.clear", args)?;
    receiver(this)?.clear();
    Ok(Value::None)
}

pub fn copy(vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    super::args::no_arguments(&format!("{}.copy", owner(this)), args)?;
    if is_frozen(this) {
        return Ok(this.clone());
    }
    Ok(set_value(copy_of(vm, receiver(this)?)?, false))
}

pub fn update(vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let set = receiver(this)?;
    for other in args {
        update_from(vm, set, other)?;
    }
    Ok(Value::None)
}

pub fn union(vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let set = receiver(this)?;
    let result = copy_of(vm, set)?;
    for other in args {
        if !other.is(this) {
            update_from(vm, &result, other)?;
        }
    }
    Ok(set_value(result, is_frozen(this)))
}

fn intersection_of_all(vm: &mut Vm, this: &Value, args: &[Value]) -> PyResult<PySet> {
    let set = receiver(this)?;
    let Some((first, rest)) = args.split_first() else {
        return copy_of(vm, set);
    };
    let mut result = intersection(vm, set, first)?;
    for other in rest {
        result = intersection(vm, &result, other)?;
    }
    Ok(result)
}

pub fn intersection_method(
    vm: &mut Vm,
    this: &Value,
    args: &[Value],
    _kw: &[Value],
) -> PyResult<Value> {
    let result = intersection_of_all(vm, this, args)?;
    Ok(set_value(result, is_frozen(this)))
}

pub fn intersection_update(
    vm: &mut Vm,
    this: &Value,
    args: &[Value],
    _kw: &[Value],
) -> PyResult<Value> {
    let result = intersection_of_all(vm, this, args)?;
    receiver(this)?.take_contents(result);
    Ok(Value::None)
}

pub fn difference_method(
    vm: &mut Vm,
    this: &Value,
    args: &[Value],
    _kw: &[Value],
) -> PyResult<Value> {
    let set = receiver(this)?;
    let Some((first, rest)) = args.split_first() else {
        return Ok(set_value(copy_of(vm, set)?, is_frozen(this)));
    };
    let result = difference(vm, set, first)?;
    for other in rest {
        difference_update_with(vm, &result, other)?;
    }
    Ok(set_value(result, is_frozen(this)))
}

pub fn difference_update(
    vm: &mut Vm,
    this: &Value,
    args: &[Value],
    _kw: &[Value],
) -> PyResult<Value> {
    let set = receiver(this)?;
    for other in args {
        difference_update_with(vm, set, other)?;
    }
    Ok(Value::None)
}

pub fn symmetric_difference_method(
    vm: &mut Vm,
    this: &Value,
    args: &[Value],
    _kw: &[Value],
) -> PyResult<Value> {
    let other = exactly_one(&format!("{}.symmetric_difference", owner(this)), args)?;
    let result = symmetric_difference(vm, receiver(this)?, other)?;
    Ok(set_value(result, is_frozen(this)))
}

pub fn symmetric_difference_update(
    vm: &mut Vm,
    this: &Value,
    args: &[Value],
    _kw: &[Value],
) -> PyResult<Value> {
    let other = exactly_one("set.symmetric_difference_update", args)?;
    symmetric_difference_update_with(vm, receiver(this)?, other)?;
    Ok(Value::None)
}

pub fn issubset(vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let other = exactly_one(&format!("{}.issubset", owner(this)), args)?;
    Ok(Value::bool(is_subset(vm, receiver(this)?, other)?))
}

pub fn issuperset(vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let other = exactly_one(&format!("{}.issuperset", owner(this)), args)?;
    Ok(Value::bool(is_superset(vm, receiver(this)?, other)?))
}

pub fn isdisjoint(vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let other = exactly_one(&format!("{}.isdisjoint", owner(this)), args)?;
    Ok(Value::bool(is_disjoint(vm, receiver(this)?, other)?))
}

// ----- the constructors -----

fn constructor_argument<'a>(
    name: &str,
    args: &'a [Value],
    kwnames: &[Value],
) -> PyResult<Option<&'a Value>> {
    if !kwnames.is_empty() {
        return Err(type_error(format!("{name}() takes no keyword arguments")));
    }
    match args {
        [] => Ok(None),
        [x] => Ok(Some(x)),
        _ => Err(type_error(format!(
            "{name} expected at most 1 argument, got {}",
            args.len()
        ))),
    }
}

/// `set()` / `set(iterable)`.
pub fn builtin_set(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let set = match constructor_argument("set", args, kwnames)? {
        None => PySet::new(),
        Some(iterable) => set_from(vm, iterable)?,
    };
    Ok(set_value(set, false))
}

/// `frozenset()` / `frozenset(iterable)` (a frozenset argument is returned as is).
pub fn builtin_frozenset(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    match constructor_argument("frozenset", args, kwnames)? {
        None => Ok(set_value(PySet::new(), true)),
        Some(frozen @ Value::FrozenSet(_)) => Ok(frozen.clone()),
        Some(iterable) => Ok(set_value(set_from(vm, iterable)?, true)),
    }
}

/// The frozenset of a set display's constant items, built at compile time: CPython compiles
/// `{1, 2, 3}` to `BUILD_SET 0; LOAD_CONST frozenset({1, 2, 3}); SET_UPDATE 1`, and the set
/// then takes the frozenset's table order, not the display's. CPython's constant merging also
/// rebuilds every frozenset constant from its own iteration order once, so this does too.
/// Constants hash and compare without
/// running Python code, so a scratch VM (never running code) suffices; `None` if the items
/// cannot form a frozenset, in which case the display is compiled item by item.
pub fn frozenset_of_constants(items: Vec<Value>) -> Option<Value> {
    let mut scratch = Vm::new(
        crate::engine::ENGINES[0],
        Vec::new(),
        crate::vm::Output::Captured(Vec::new()),
    );
    let first = set_from(&mut scratch, &Value::tuple(items)).ok()?;
    let merged = set_from(&mut scratch, &Value::tuple(first.keys_snapshot())).ok()?;
    Some(set_value(merged, true))
}
