//! Sequence-like heap objects: `range`, the iterators `for` loops walk, and the `list` methods.

use std::rc::Rc;

use super::args::{exactly_one, no_arguments, slice_bound, to_index, window};
use super::exception::{PyResult, index_error, type_error, value_error};
use super::str::PyStr;
use super::value::{ListCell, TupleItems};
use super::{Value, alloc};
use crate::vm::Vm;

/// `range(start, stop, step)`; `step` is never zero. Bounds are i128 so ranges past 2**63 work;
/// iteration uses an i64 fast path whenever every value fits.
pub struct PyRange {
    pub start: i128,
    pub stop: i128,
    pub step: i128,
}

impl PyRange {
    pub fn len(&self) -> i128 {
        let (start, stop, step) = (self.start, self.stop, self.step);
        if step > 0 && start < stop {
            (stop - start - 1) / step + 1
        } else if step < 0 && start > stop {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Item `i` (negative counts from the end), or `None` out of range.
    pub fn get(&self, i: i128) -> Option<i128> {
        let len = self.len();
        let at = if i < 0 { i.checked_add(len)? } else { i };
        (0..len).contains(&at).then(|| self.start + at * self.step)
    }
}

/// The state of an iterator obtained by `iter()` / `GET_ITER`.
pub enum PyIter {
    Range {
        next: i64,
        stop: i64,
        step: i64,
    },
    WideRange {
        next: i128,
        stop: i128,
        step: i128,
    },
    List {
        list: Rc<ListCell>,
        index: usize,
    },
    Tuple {
        tuple: Rc<TupleItems>,
        index: usize,
    },
    /// `byte` is where the next character starts, `index` its position in code points.
    Str {
        text: Rc<PyStr>,
        byte: usize,
        index: usize,
    },
    Dict(super::dict::DictIter),
    Set(super::set::SetIter),
    /// `reversed(list)`: `next` is one past the index of the next item; the walk ends early if
    /// the list shrinks below it.
    ListReverse {
        list: Rc<ListCell>,
        next: usize,
    },
    /// `reversed(tuple)` and `reversed(str)` (the string's characters as a tuple).
    Reversed {
        items: Rc<TupleItems>,
        next: usize,
    },
    /// The iterators whose next item may run Python code (`map`, `filter`, ...); advanced by
    /// `builtins_iter::next_adapted`, never by `next_item`.
    Adapter(super::builtins_iter::Adapter),
}

impl PyIter {
    pub fn type_name(&self) -> &'static str {
        match self {
            PyIter::Range { .. } => "range_iterator",
            PyIter::WideRange { .. } => "longrange_iterator",
            PyIter::List { .. } => "list_iterator",
            PyIter::Tuple { .. } => "tuple_iterator",
            PyIter::Str { .. } => "str_ascii_iterator",
            PyIter::Dict(it) => it.type_name(),
            PyIter::Set(_) => "set_iterator",
            PyIter::ListReverse { .. } => "list_reverseiterator",
            PyIter::Reversed { .. } => "reversed",
            PyIter::Adapter(adapter) => adapter.type_name(),
        }
    }

    /// The next item, or `None` when exhausted (always `None` for an `Adapter`, which
    /// `ops::for_iter_next` advances instead); dict and set iterators fail when their
    /// container changed size.
    #[inline]
    pub fn next_item(&mut self) -> PyResult<Option<Value>> {
        match self {
            PyIter::Dict(it) => it.next_item(),
            PyIter::Set(it) => it.next_item(),
            simple => Ok(simple.next_simple()),
        }
    }

    /// The next item of an iterator that cannot fail or run Python code (everything except
    /// dict, set and adapter iterators, for which it returns `None`).
    #[inline(always)]
    pub(crate) fn next_simple(&mut self) -> Option<Value> {
        match self {
            PyIter::Range { next, stop, step } => {
                let more = if *step > 0 {
                    *next < *stop
                } else {
                    *next > *stop
                };
                if !more {
                    return None;
                }
                let current = *next;
                // Saturating: once past `stop` the bound check above ends the loop.
                *next = next.saturating_add(*step);
                Some(Value::Int(current))
            }
            PyIter::WideRange { next, stop, step } => {
                let more = if *step > 0 {
                    *next < *stop
                } else {
                    *next > *stop
                };
                if !more {
                    return None;
                }
                let current = *next;
                *next += *step;
                Some(super::int::from_i128(current))
            }
            PyIter::List { list, index } => {
                let item = list.borrow().get(*index).cloned();
                *index += 1;
                item
            }
            PyIter::Tuple { tuple, index } => {
                let item = tuple.get(*index).cloned();
                *index += 1;
                item
            }
            PyIter::Str { text, byte, index } => {
                let c = text.as_str()[*byte..].chars().next()?;
                *byte += c.len_utf8();
                *index += 1;
                if c == '\u{FFFD}'
                    && let Some(code) = text.surrogate_at(*index - 1)
                {
                    return Some(super::str::surrogate_value(code));
                }
                Some(super::str::char_value(c))
            }
            PyIter::Dict(_) | PyIter::Set(_) => None,
            PyIter::ListReverse { list, next } => {
                let at = next.checked_sub(1)?;
                let item = list.borrow().get(at).cloned();
                *next = if item.is_some() { at } else { 0 };
                item
            }
            PyIter::Reversed { items, next } => {
                let at = next.checked_sub(1)?;
                *next = at;
                items.get(at).cloned()
            }
            PyIter::Adapter(_) => None,
        }
    }
}

/// Normalises a Python index against `len`, or `None` when out of range.
pub fn normalize_index(i: i64, len: usize) -> Option<usize> {
    let at = if i < 0 { i + len as i64 } else { i };
    (0..len as i64).contains(&at).then_some(at as usize)
}

fn receiver(this: &Value) -> PyResult<&Rc<ListCell>> {
    match this {
        Value::List(list) => Ok(list),
        other => Err(type_error(format!(
            "descriptor requires a 'list' object but received a '{}'",
            other.type_name()
        ))),
    }
}

/// `list.append(item)`: amortised growth as `Vec::push`, but a refused allocation is a
/// MemoryError.
pub fn push_item(list: &ListCell, item: Value) -> PyResult<()> {
    let mut items = list.borrow_mut();
    if items.len() == items.capacity() {
        alloc::reserve_items(&mut items, 1)?;
    }
    items.push(item);
    Ok(())
}

pub fn list_append(_vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let item = exactly_one("list.append", args)?;
    push_item(receiver(this)?, item.clone())?;
    Ok(Value::None)
}

pub fn list_pop(_vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let list = receiver(this)?;
    let index = match args {
        [] => -1,
        [index] => to_index(index)?,
        _ => {
            return Err(type_error(format!(
                "pop expected at most 1 argument, got {}",
                args.len()
            )));
        }
    };
    let mut items = list.borrow_mut();
    if items.is_empty() {
        return Err(index_error("pop from empty list"));
    }
    match normalize_index(index, items.len()) {
        Some(at) => Ok(items.remove(at)),
        None => Err(index_error("pop index out of range")),
    }
}

pub fn list_extend(vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let iterable = exactly_one("list.extend", args)?;
    extend_from_iterable(vm, receiver(this)?, iterable)?;
    Ok(Value::None)
}

/// `list.extend(iterable)` and `list += iterable`: a list or tuple is copied whole (so
/// `xs.extend(xs)` doubles once); any other iterable's items are appended one by one as they
/// come, so those already taken stay when the iteration raises, as in CPython.
pub fn extend_from_iterable(vm: &mut Vm, list: &ListCell, iterable: &Value) -> PyResult<()> {
    if matches!(iterable, Value::List(_) | Value::Tuple(_)) {
        let extra = crate::ops::collect_iterable(vm, iterable)?;
        let mut items = list.borrow_mut();
        alloc::reserve_items(&mut items, extra.len())?;
        items.extend(extra);
        return Ok(());
    }
    let iterator = crate::ops::get_iter(vm, iterable.clone())?;
    while let Some(item) = crate::ops::for_iter_next(vm, &iterator)? {
        push_item(list, item)?;
    }
    Ok(())
}

pub fn list_insert(_vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let [index, item] = args else {
        return Err(type_error(format!(
            "insert expected 2 arguments, got {}",
            args.len()
        )));
    };
    let index = to_index(index)?;
    let list = receiver(this)?;
    let mut items = list.borrow_mut();
    let len = items.len() as i64;
    let at = if index < 0 {
        (index + len).max(0)
    } else {
        index.min(len)
    };
    alloc::reserve_items(&mut items, 1)?;
    items.insert(at as usize, item.clone());
    Ok(Value::None)
}

/// `seq.index(x[, start[, stop]])` over `items`: the needle and where it first is, if anywhere.
/// Items a search reads one at a time, re-checking the length each time, so the Python code a
/// comparison runs (`__eq__`) may change a list meanwhile, as CPython allows.
pub(crate) trait Items {
    fn count(&self) -> usize;
    fn item(&self, i: usize) -> Option<Value>;
}

impl Items for [Value] {
    fn count(&self) -> usize {
        self.len()
    }
    fn item(&self, i: usize) -> Option<Value> {
        self.get(i).cloned()
    }
}

impl Items for ListCell {
    fn count(&self) -> usize {
        self.borrow().len()
    }
    fn item(&self, i: usize) -> Option<Value> {
        self.borrow().get(i).cloned()
    }
}

fn find_index<'a>(
    vm: &mut Vm,
    items: &(impl Items + ?Sized),
    args: &'a [Value],
) -> PyResult<(&'a Value, Option<usize>)> {
    let (needle, start, stop) = match args {
        [] => return Err(type_error("index expected at least 1 argument, got 0")),
        [needle] => (needle, None, None),
        [needle, start] => (needle, slice_bound(start, false)?, None),
        [needle, start, stop] => (
            needle,
            slice_bound(start, false)?,
            slice_bound(stop, false)?,
        ),
        _ => {
            return Err(type_error(format!(
                "index expected at most 3 arguments, got {}",
                args.len()
            )));
        }
    };
    let (start, stop) = window(start, stop, items.count());
    let mut i = start;
    while i < stop.min(items.count()) {
        let Some(item) = items.item(i) else {
            break;
        };
        if crate::ops::identical_or_equal(vm, &item, needle)? {
            return Ok((needle, Some(i)));
        }
        i += 1;
    }
    Ok((needle, None))
}

/// `seq.count(x)` over `items`.
fn count_equal(vm: &mut Vm, items: &(impl Items + ?Sized), needle: &Value) -> PyResult<Value> {
    let mut n = 0;
    let mut i = 0;
    while let Some(item) = items.item(i) {
        if crate::ops::identical_or_equal(vm, &item, needle)? {
            n += 1;
        }
        i += 1;
    }
    Ok(Value::Int(n))
}

pub fn list_index(vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let list = receiver(this)?.clone();
    match find_index(vm, &*list, args)? {
        (_, Some(i)) => Ok(Value::Int(i as i64)),
        (needle, None) => Err(value_error(format!(
            "{} is not in list",
            crate::ops::repr(vm, needle)?
        ))),
    }
}

pub fn list_count(vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let needle = exactly_one("list.count", args)?;
    let list = receiver(this)?.clone();
    count_equal(vm, &*list, needle)
}

pub fn list_reverse(_vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    no_arguments("list.reverse", args)?;
    receiver(this)?.borrow_mut().reverse();
    Ok(Value::None)
}

pub fn list_clear(_vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    no_arguments("list.clear", args)?;
    let old = std::mem::take(&mut *receiver(this)?.borrow_mut());
    drop(old);
    Ok(Value::None)
}

pub fn list_copy(_vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    no_arguments("list.copy", args)?;
    let items = receiver(this)?.borrow();
    let mut copy = alloc::items_with_capacity(items.len())?;
    copy.extend_from_slice(&items);
    Ok(Value::list(copy))
}

/// `list.remove(x)`: the first item equal to `x` goes. The list is compared on a snapshot and
/// the item removed where it still is, so a comparison that changes the list cannot misfire.
pub fn list_remove(vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let needle = exactly_one("list.remove", args)?;
    let list = receiver(this)?;
    let snapshot = list.borrow().clone();
    for (i, item) in snapshot.iter().enumerate() {
        if crate::ops::identical_or_equal(vm, item, needle)? {
            let removed = {
                let mut items = list.borrow_mut();
                (i < items.len()).then(|| items.remove(i))
            };
            drop(removed);
            return Ok(Value::None);
        }
    }
    Err(value_error("list.remove(x): x not in list"))
}

fn tuple_receiver(this: &Value) -> PyResult<&Rc<TupleItems>> {
    match this {
        Value::Tuple(items) => Ok(items),
        other => Err(type_error(format!(
            "descriptor requires a 'tuple' object but received a '{}'",
            other.type_name()
        ))),
    }
}

pub fn tuple_count(vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let needle = exactly_one("tuple.count", args)?;
    count_equal(vm, &tuple_receiver(this)?[..], needle)
}

pub fn tuple_index(vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    match find_index(vm, &tuple_receiver(this)?[..], args)? {
        (_, Some(i)) => Ok(Value::Int(i as i64)),
        (_, None) => Err(value_error("tuple.index(x): x not in tuple")),
    }
}
