//! Container opcodes: building lists and tuples, subscripting, item assignment, unpacking and
//! iteration (`GET_ITER`, `FOR_ITER`).

use std::cell::RefCell;
use std::rc::Rc;

use crate::runtime::alloc;
use crate::runtime::dict::{DictIter, ViewKind};
use crate::runtime::exception::{index_error, memory_error, type_error, value_error};
use crate::runtime::object::{PyIter, normalize_index};
use crate::runtime::set::SetIter;
use crate::runtime::slice::{self, PySlice};
use crate::runtime::{PyResult, Value, generator, protocol};
use crate::vm::Vm;

/// `BUILD_LIST n`.
pub fn build_list(_vm: &mut Vm, items: Vec<Value>) -> PyResult<Value> {
    Ok(Value::list(items))
}

/// `BUILD_TUPLE n`.
pub fn build_tuple(_vm: &mut Vm, items: Vec<Value>) -> PyResult<Value> {
    Ok(Value::tuple(items))
}

/// An index operand as an i64; `kind` names the container for the TypeError.
fn index_of(key: &Value, kind: &str) -> PyResult<i64> {
    match key {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(**b as i64),
        Value::BigInt(_) => Err(index_error("cannot fit 'int' into an index-sized integer")),
        other if kind == "string" => Err(type_error(format!(
            "string indices must be integers, not '{}'",
            other.type_name()
        ))),
        other => Err(type_error(format!(
            "{kind} indices must be integers or slices, not {}",
            other.type_name()
        ))),
    }
}

/// `BINARY_SUBSCR`: `container[key]`. A list indexed by an in-range int is handled inline,
/// taking the list's `Rc` out of the value so releasing it is a plain decrement rather than the
/// out-of-line drop glue of `Value` (which cost 4.5% of `perf/lists.py`).
#[inline(always)]
pub fn subscript(vm: &mut Vm, arg: u32, container: Value, key: Value) -> PyResult<Value> {
    match (container, key) {
        (Value::List(list), Value::Int(i)) => {
            let item = {
                let items = list.borrow();
                normalize_index(i, items.len()).map(|at| items[at].clone())
            };
            match item {
                Some(item) => Ok(item),
                None => Err(index_error("list index out of range")),
            }
        }
        (container, key) => subscript_general(vm, arg, container, key),
    }
}

/// `Class[key]`: a class's `__class_getitem__` (implicitly a class method), or for the built-in
/// generic classes a `types.GenericAlias` (`list[int]`).
fn class_getitem(
    vm: &mut Vm,
    ty: &std::rc::Rc<crate::runtime::types::PyType>,
    key: Value,
) -> PyResult<Value> {
    if let Some(meta) = &ty.metaclass
        && let Some(hook) = protocol::find_dunder(meta, crate::runtime::dunder::Dunder::GetItem)
    {
        return protocol::call_method(vm, &hook, &Value::Type(ty.clone()), &[key]);
    }
    let name = crate::runtime::intern::intern("__class_getitem__");
    if ty.is_user_class()
        && let Some(hook) = ty.lookup(&name)
    {
        let hook = match hook {
            Value::Native(native) => match &*native {
                crate::runtime::descriptors::NativeObject::ClassMethod(f) => f.clone(),
                _ => Value::Native(native.clone()),
            },
            other => other,
        };
        return vm.call(&hook, vec![Value::Type(ty.clone()), key]);
    }
    const GENERIC: &[&str] = &["list", "dict", "tuple", "set", "frozenset", "type"];
    if !ty.is_user_class() && GENERIC.contains(&&*ty.name) {
        let module = vm.import_module("_generic_alias")?;
        let alias = super::load_attr(vm, module, &crate::runtime::intern::intern("GenericAlias"))?;
        return vm.call(&alias, vec![Value::Type(ty.clone()), key]);
    }
    Err(type_error(format!(
        "type '{}' is not subscriptable",
        ty.name
    )))
}

#[inline(never)]
fn subscript_general(vm: &mut Vm, _arg: u32, container: Value, key: Value) -> PyResult<Value> {
    match (&container, &key) {
        (Value::Str(s), Value::Int(i)) => return s.index(*i),
        (Value::Tuple(items), Value::Int(i)) => {
            return normalize_index(*i, items.len())
                .map(|at| items[at].clone())
                .ok_or_else(|| index_error("tuple index out of range"));
        }
        (Value::Instance(_), _) => return protocol::instance_getitem(vm, &container, key),
        (Value::Type(ty), _) => return class_getitem(vm, ty, key),
        (Value::Native(_), _) if let Some(deque) = crate::runtime::deque::deque_of(&container) => {
            return crate::runtime::deque::get_item(deque, &key);
        }
        (Value::Native(_), _) if crate::runtime::bytes::kind_of(&container).is_some() => {
            let key = crate::runtime::indexing::sequence_key(vm, key)?;
            return crate::runtime::bytes::get_item(vm, &container, key);
        }
        _ => {}
    }
    let key = match container {
        Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Range(_) => {
            crate::runtime::indexing::sequence_key(vm, key)?
        }
        _ => key,
    };
    if let Value::Slice(slice) = &key {
        return subscript_slice(&container, slice);
    }
    match &container {
        Value::List(list) => {
            let i = index_of(&key, "list")?;
            let items = list.borrow();
            normalize_index(i, items.len())
                .map(|at| items[at].clone())
                .ok_or_else(|| index_error("list index out of range"))
        }
        Value::Tuple(items) => {
            let i = index_of(&key, "tuple")?;
            normalize_index(i, items.len())
                .map(|at| items[at].clone())
                .ok_or_else(|| index_error("tuple index out of range"))
        }
        Value::Str(s) => s.index(index_of(&key, "string")?),
        Value::Dict(dict) => match dict.get(vm, &key)? {
            Some(value) => Ok(value),
            None => Err(crate::runtime::dict_methods::key_error(vm, &key)),
        },
        Value::Range(r) => {
            // Any int indexes a range; one beyond i128 is beyond every (capped) range's length.
            let i = match &key {
                Value::BigInt(big) => num_traits::ToPrimitive::to_i128(&**big),
                _ => Some(i128::from(index_of(&key, "range")?)),
            };
            i.and_then(|i| r.get(i))
                .map(crate::runtime::int::from_i128)
                .ok_or_else(|| index_error("range object index out of range"))
        }
        other => Err(type_error(format!(
            "'{}' object is not subscriptable",
            other.type_name()
        ))),
    }
}

/// `container[slice]` for the sliceable built-in types.
fn subscript_slice(container: &Value, slice: &PySlice) -> PyResult<Value> {
    match container {
        Value::List(list) => {
            let items = slice::slice_items(&list.borrow(), slice)?;
            Ok(Value::list(items))
        }
        Value::Tuple(items) => {
            let range = slice.resolve(items.len())?;
            if range.step == 1 && range.count == items.len() {
                return Ok(container.clone());
            }
            Ok(Value::tuple(slice::slice_items(items, slice)?))
        }
        Value::Str(text) => slice::slice_str(text, slice),
        Value::Range(range) => slice::slice_range(range, slice),
        other => Err(type_error(format!(
            "'{}' object is not subscriptable",
            other.type_name()
        ))),
    }
}

/// `BUILD_SLICE 2|3`: `items` is `[start, stop]` or `[start, stop, step]`.
pub fn build_slice(_vm: &mut Vm, items: Vec<Value>) -> PyResult<Value> {
    let mut items = items.into_iter();
    let (start, stop, step) = (items.next(), items.next(), items.next());
    match (start, stop, items.next()) {
        (Some(start), Some(stop), None) => {
            Ok(slice::new_slice(start, stop, step.unwrap_or(Value::None)))
        }
        _ => Err(type_error("BUILD_SLICE takes 2 or 3 items")),
    }
}

/// `STORE_SUBSCR`: `container[key] = value`, with the same inline fast path as `subscript`.
#[inline(always)]
pub fn store_subscript(vm: &mut Vm, container: Value, key: Value, value: Value) -> PyResult<()> {
    match (container, key) {
        (Value::List(list), Value::Int(i)) => {
            let old = {
                let mut items = list.borrow_mut();
                normalize_index(i, items.len()).map(|at| std::mem::replace(&mut items[at], value))
            };
            match old {
                Some(old) => {
                    crate::runtime::value::discard(old);
                    Ok(())
                }
                None => Err(index_error("list assignment index out of range")),
            }
        }
        (container, key) => store_subscript_general(vm, container, key, value),
    }
}

#[inline(never)]
fn store_subscript_general(
    vm: &mut Vm,
    container: Value,
    key: Value,
    value: Value,
) -> PyResult<()> {
    let key = match container {
        Value::List(_) => crate::runtime::indexing::sequence_key(vm, key)?,
        _ => key,
    };
    match &container {
        Value::Instance(_) => protocol::instance_setitem(vm, &container, key, value),
        Value::Type(ty) if ty.metaclass.is_some() => {
            protocol::instance_setitem(vm, &container, key, value)
        }
        Value::List(list) if matches!(key, Value::Slice(_)) => {
            let Value::Slice(slice) = &key else {
                return Ok(());
            };
            // Collected before the list is borrowed: the iterable may run Python code, or be
            // the list itself (`a[:] = a`).
            // The slice is checked first, as CPython unpacks it before looking at the value.
            let len = list.borrow().len();
            let extended = slice.resolve(len)?.step != 1;
            if !is_iterable(&value) {
                return Err(type_error(if extended {
                    "must assign iterable to extended slice"
                } else {
                    "can only assign an iterable"
                }));
            }
            let values = collect_iterable(vm, &value)?;
            slice::assign_list_slice(list, slice, values)
        }
        Value::List(list) => {
            let i = index_of(&key, "list")?;
            let mut items = list.borrow_mut();
            let at = normalize_index(i, items.len())
                .ok_or_else(|| index_error("list assignment index out of range"))?;
            let old = std::mem::replace(&mut items[at], value);
            drop(items);
            drop(old);
            Ok(())
        }
        Value::Dict(dict) => dict.insert(vm, key, value),
        Value::Native(_) if let Some(deque) = crate::runtime::deque::deque_of(&container) => {
            crate::runtime::deque::set_item(deque, &key, value)
        }
        Value::Native(_) if crate::runtime::bytes::bytearray_of(&container).is_some() => {
            let key = crate::runtime::indexing::sequence_key(vm, key)?;
            crate::runtime::bytes::set_item(vm, &container, key, value)
        }
        other => Err(type_error(format!(
            "'{}' object does not support item assignment",
            other.type_name()
        ))),
    }
}

/// `DELETE_SUBSCR`: `del container[key]`.
pub fn delete_subscript(vm: &mut Vm, container: Value, key: Value) -> PyResult<()> {
    let key = match container {
        Value::List(_) => crate::runtime::indexing::sequence_key(vm, key)?,
        _ => key,
    };
    match (&container, &key) {
        (Value::Instance(_), _) => protocol::instance_delitem(vm, &container, key),
        (Value::Type(ty), _) if ty.metaclass.is_some() => {
            protocol::instance_delitem(vm, &container, key)
        }
        (Value::Dict(dict), _) => match dict.remove(vm, &key)? {
            Some(removed) => {
                drop(removed);
                Ok(())
            }
            None => Err(crate::runtime::dict_methods::key_error(vm, &key)),
        },
        (Value::List(list), Value::Slice(slice)) => slice::delete_list_slice(list, slice),
        (Value::Native(_), _) if crate::runtime::bytes::bytearray_of(&container).is_some() => {
            let key = crate::runtime::indexing::sequence_key(vm, key)?;
            crate::runtime::bytes::delete_item(vm, &container, key)
        }
        (Value::Native(_), _) if let Some(deque) = crate::runtime::deque::deque_of(&container) => {
            crate::runtime::deque::delete_item(deque, &key)
        }
        (Value::List(list), _) => {
            let i = index_of(&key, "list")?;
            let removed = {
                let mut items = list.borrow_mut();
                normalize_index(i, items.len()).map(|at| items.remove(at))
            };
            match removed {
                Some(item) => {
                    drop(item);
                    Ok(())
                }
                None => Err(index_error("list assignment index out of range")),
            }
        }
        (other, _) => Err(type_error(format!(
            "'{}' object doesn't support item deletion",
            other.type_name()
        ))),
    }
}

/// Whether `value` is of a type `get_iter` accepts.
pub fn is_iterable(value: &Value) -> bool {
    matches!(
        value,
        Value::List(_)
            | Value::Tuple(_)
            | Value::Str(_)
            | Value::Range(_)
            | Value::Iter(_)
            | Value::Dict(_)
            | Value::Set(_)
            | Value::FrozenSet(_)
            | Value::DictView(_)
    ) || crate::runtime::deque::deque_of(value).is_some()
        || protocol::instance_is_iterable(value)
        || generator::is_iterable_generator(value)
}

/// `UNPACK_SEQUENCE n`: writes the items into `out` in stack order (last item first, so the
/// first item ends up on top). Never copies more than `n + 1` items, so unpacking a huge
/// sequence fails by its length, not by memory.
pub fn unpack_sequence(vm: &mut Vm, sequence: Value, out: &mut [Value]) -> PyResult<()> {
    let n = out.len();
    // Tuples and lists of the right length are copied straight into the stack slots, with no
    // intermediate vector (the common `a, b = pair` and `x, y, z = row` cases).
    match &sequence {
        Value::Tuple(t) if t.len() == n => {
            for (slot, item) in out.iter_mut().rev().zip(t.iter()) {
                *slot = item.clone();
            }
            return Ok(());
        }
        Value::List(l) => {
            let items = l.borrow();
            if items.len() == n {
                for (slot, item) in out.iter_mut().rev().zip(items.iter()) {
                    *slot = item.clone();
                }
                return Ok(());
            }
        }
        _ => {}
    }
    let items: Vec<Value> = match &sequence {
        Value::Tuple(t) => t.iter().take(n + 1).cloned().collect(),
        Value::List(l) => l.borrow().iter().take(n + 1).cloned().collect(),
        _ => {
            let Ok(iterator) = get_iter(vm, sequence.clone()) else {
                return Err(type_error(format!(
                    "cannot unpack non-iterable {} object",
                    sequence.type_name()
                )));
            };
            let mut items = Vec::with_capacity(n + 1);
            while items.len() <= n {
                match for_iter_next(vm, &iterator)? {
                    Some(item) => items.push(item),
                    None => break,
                }
            }
            items
        }
    };
    if items.len() < n {
        return Err(value_error(format!(
            "not enough values to unpack (expected {n}, got {})",
            items.len()
        )));
    }
    if items.len() > n {
        return Err(value_error(format!(
            "too many values to unpack (expected {n})"
        )));
    }
    for (slot, item) in out.iter_mut().rev().zip(items) {
        *slot = item;
    }
    Ok(())
}

/// `GET_ITER`: `iter(value)`.
pub fn get_iter(vm: &mut Vm, value: Value) -> PyResult<Value> {
    let state = match &value {
        Value::Instance(_) => return protocol::instance_iter(vm, value),
        Value::Type(ty) if ty.metaclass.is_some() => return protocol::instance_iter(vm, value),
        Value::Range(r) => match (
            i64::try_from(r.start),
            i64::try_from(r.stop),
            i64::try_from(r.step),
        ) {
            (Ok(next), Ok(stop), Ok(step)) => PyIter::Range { next, stop, step },
            _ => PyIter::WideRange {
                next: r.start,
                stop: r.stop,
                step: r.step,
            },
        },
        Value::List(l) => PyIter::List {
            list: l.clone(),
            index: 0,
        },
        Value::Tuple(t) => PyIter::Tuple {
            tuple: t.clone(),
            index: 0,
        },
        Value::Str(s) => PyIter::Str {
            text: s.clone(),
            byte: 0,
            index: 0,
        },
        Value::Dict(d) => PyIter::Dict(DictIter::new(d.clone(), ViewKind::Keys, false)),
        Value::DictView(view) => PyIter::Dict(DictIter::new(view.dict.clone(), view.kind, false)),
        Value::Set(s) | Value::FrozenSet(s) => PyIter::Set(SetIter::new(s.clone())),
        Value::Iter(_) => return Ok(value),
        Value::Native(_) if generator::is_iterable_generator(&value) => return Ok(value),
        // `for line in sys.stdin`: the lines left, read when the loop starts.
        Value::Native(native)
            if matches!(
                **native,
                crate::runtime::descriptors::NativeObject::Stream(
                    crate::runtime::streams::Stream::Stdin
                )
            ) =>
        {
            return get_iter(vm, Value::list(crate::runtime::streams::stdin_lines()?));
        }
        // A deque iterates over its items as they are when the loop starts.
        Value::Native(_) if let Some(deque) = crate::runtime::deque::deque_of(&value) => {
            return get_iter(vm, Value::tuple(deque.snapshot()));
        }
        // Bytes iterate over their bytes as ints (a bytearray as it is when the loop starts).
        Value::Native(_) if let Some(items) = crate::runtime::bytes::items(&value) => {
            return get_iter(vm, Value::tuple(items));
        }
        other => {
            return Err(type_error(format!(
                "'{}' object is not iterable",
                other.type_name()
            )));
        }
    };
    Ok(Value::Iter(Rc::new(RefCell::new(state))))
}

/// `FOR_ITER`: the iterator's next item, or `None` when exhausted. Iterators over ranges,
/// lists, tuples and strings advance inline; the others (which may fail or run Python code)
/// out of line.
#[inline(always)]
pub fn for_iter_next(vm: &mut Vm, iterator: &Value) -> PyResult<Option<Value>> {
    match iterator {
        Value::Iter(it) => {
            let mut state = it.borrow_mut();
            // One dispatch on the hot path: `next_simple` yields the item of every simple
            // iterator and `None` for an exhausted or a fallible one, told apart afterwards.
            if let Some(item) = state.next_simple() {
                return Ok(Some(item));
            }
            if matches!(
                &*state,
                PyIter::Dict(_) | PyIter::Set(_) | PyIter::Adapter(_)
            ) {
                drop(state);
                return next_of_fallible(vm, it);
            }
            Ok(None)
        }
        other => next_of_other(vm, other),
    }
}

/// `FOR_ITER` on anything but a built-in iterator: an instance's `__next__`, else TypeError.
#[inline(never)]
fn next_of_other(vm: &mut Vm, iterator: &Value) -> PyResult<Option<Value>> {
    match iterator {
        Value::Instance(_) => protocol::instance_next(vm, iterator),
        Value::Native(_) if generator::is_iterable_generator(iterator) => {
            generator::next_item(vm, iterator)
        }
        other => Err(type_error(format!(
            "'{}' object is not an iterator",
            other.type_name()
        ))),
    }
}

#[inline(never)]
fn next_of_fallible(vm: &mut Vm, it: &Rc<RefCell<PyIter>>) -> PyResult<Option<Value>> {
    let item = it.borrow_mut().next_item()?;
    match item {
        Some(item) => Ok(Some(item)),
        None => crate::runtime::builtins_iter::next_adapted(vm, it),
    }
}

/// Every item of an iterable, for builtins that consume one (`join`, `min`, `list.extend`),
/// in a fallibly allocated vector: `list(range(10**9))` is a MemoryError, not an abort.
pub fn collect_iterable(vm: &mut Vm, iterable: &Value) -> PyResult<Vec<Value>> {
    let copy = |items: &[Value]| -> PyResult<Vec<Value>> {
        let mut out = alloc::items_with_capacity(items.len())?;
        out.extend_from_slice(items);
        Ok(out)
    };
    match iterable {
        Value::List(l) => copy(&l.borrow()),
        Value::Tuple(t) => copy(t),
        Value::Native(_) if generator::is_iterable_generator(iterable) => {
            generator::exhaust(vm, iterable)
        }
        _ => {
            let expected = match iterable {
                Value::Range(r) => usize::try_from(r.len()).map_err(|_| memory_error())?,
                _ => 0,
            };
            let mut items = alloc::items_with_capacity(expected)?;
            let iterator = get_iter(vm, iterable.clone())?;
            while let Some(item) = for_iter_next(vm, &iterator)? {
                if items.len() == items.capacity() {
                    alloc::reserve_items(&mut items, 1)?;
                }
                items.push(item);
            }
            Ok(items)
        }
    }
}

/// `LIST_TO_TUPLE`: a tuple of a list display's items (`(*a, 1)`).
pub fn list_to_tuple(_vm: &mut Vm, list: Value) -> PyResult<Value> {
    match list {
        Value::List(items) => Ok(Value::tuple(items.borrow().clone())),
        other => Err(type_error(format!(
            "LIST_TO_TUPLE expects a list, not '{}'",
            other.type_name()
        ))),
    }
}

fn target_list(container: &Value) -> PyResult<&crate::runtime::value::ListCell> {
    match container {
        Value::List(list) => Ok(list),
        other => Err(type_error(format!(
            "expected a list to add to, not '{}'",
            other.type_name()
        ))),
    }
}

/// `LIST_APPEND`: a list display's or comprehension's next item.
pub fn list_append(_vm: &mut Vm, container: &Value, item: Value) -> PyResult<()> {
    crate::runtime::object::push_item(target_list(container)?, item)
}

/// `LIST_EXTEND`: a starred item of a list display (`[*a, *b]`). CPython's message names the
/// starred value when it is not iterable.
pub fn list_extend(vm: &mut Vm, container: &Value, iterable: Value) -> PyResult<()> {
    let list = target_list(container)?;
    let extra = match get_iter(vm, iterable.clone()) {
        Ok(_) => collect_iterable(vm, &iterable)?,
        Err(_) => {
            return Err(type_error(format!(
                "Value after * must be an iterable, not {}",
                iterable.type_name()
            )));
        }
    };
    let mut items = list.borrow_mut();
    alloc::reserve_items(&mut items, extra.len())?;
    items.extend(extra);
    Ok(())
}

/// `UNPACK_EX`: `before` items, a list of the middle, `after` items (`first, *rest = xs`),
/// written into `out` in stack order (the first item on top).
pub fn unpack_ex(vm: &mut Vm, sequence: Value, arg: u32, out: &mut [Value]) -> PyResult<()> {
    let (before, after) = crate::bytecode::unpack_ex_split(arg);
    let mut items = match &sequence {
        Value::List(_) | Value::Tuple(_) => collect_iterable(vm, &sequence)?,
        _ => {
            if get_iter(vm, sequence.clone()).is_err() {
                return Err(type_error(format!(
                    "cannot unpack non-iterable {} object",
                    sequence.type_name()
                )));
            }
            collect_iterable(vm, &sequence)?
        }
    };
    if items.len() < before + after {
        return Err(value_error(format!(
            "not enough values to unpack (expected at least {}, got {})",
            before + after,
            items.len()
        )));
    }
    let tail = items.split_off(items.len() - after);
    let middle = items.split_off(before);
    let ordered = items
        .into_iter()
        .chain(std::iter::once(Value::list(middle)))
        .chain(tail);
    for (slot, item) in out.iter_mut().rev().zip(ordered) {
        *slot = item;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vm::Output;

    fn vm() -> Vm {
        Vm::new(
            crate::engine::ENGINES[0],
            vec![],
            Output::Captured(Vec::new()),
        )
    }

    fn ints(n: i64) -> Value {
        Value::list((0..n).map(Value::Int).collect())
    }

    fn slice_of(vm: &mut Vm, items: Vec<Value>) -> Value {
        build_slice(vm, items).expect("two or three items make a slice")
    }

    #[test]
    fn del_removes_items_and_slices() {
        let mut vm = vm();
        let list = ints(10);
        assert!(delete_subscript(&mut vm, list.clone(), Value::Int(-1)).is_ok());
        assert!(delete_subscript(&mut vm, list.clone(), Value::Int(0)).is_ok());
        assert_eq!(format!("{list:?}"), "[1, 2, 3, 4, 5, 6, 7, 8]");
        let key = slice_of(&mut vm, vec![Value::Int(1), Value::Int(3)]);
        assert!(delete_subscript(&mut vm, list.clone(), key).is_ok());
        assert_eq!(format!("{list:?}"), "[1, 4, 5, 6, 7, 8]");
        let key = slice_of(&mut vm, vec![Value::None, Value::None, Value::Int(-2)]);
        assert!(delete_subscript(&mut vm, list.clone(), key).is_ok());
        assert_eq!(format!("{list:?}"), "[1, 5, 7]");
        let key = slice_of(&mut vm, vec![Value::Int(100), Value::None]);
        assert!(delete_subscript(&mut vm, list.clone(), key).is_ok());
        assert_eq!(format!("{list:?}"), "[1, 5, 7]");
    }

    #[test]
    fn del_errors_are_cpythons() {
        let mut vm = vm();
        let message = |result: PyResult<()>| result.err().map(|e| e.summary());
        assert_eq!(
            message(delete_subscript(&mut vm, ints(2), Value::Int(2))),
            Some("IndexError: list assignment index out of range".to_string())
        );
        assert_eq!(
            message(delete_subscript(&mut vm, ints(2), Value::str("a"))),
            Some("TypeError: list indices must be integers or slices, not str".to_string())
        );
        assert_eq!(
            message(delete_subscript(
                &mut vm,
                Value::tuple(vec![]),
                Value::Int(0)
            )),
            Some("TypeError: 'tuple' object doesn't support item deletion".to_string())
        );
        let zero_step = slice_of(&mut vm, vec![Value::None, Value::None, Value::Int(0)]);
        assert_eq!(
            message(delete_subscript(&mut vm, ints(2), zero_step)),
            Some("ValueError: slice step cannot be zero".to_string())
        );
        assert!(build_slice(&mut vm, vec![Value::None]).is_err());
    }
}
