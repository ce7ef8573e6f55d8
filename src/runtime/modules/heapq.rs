//! `_heapq`: the heap operations of `heapq` over a list, in Rust (`heapq.py`, bundled, imports
//! them, as CPython's `heapq.py` imports its C accelerator). The sift loops compare with `<` in
//! the same order as CPython's, so a heap built by the same calls holds the same items in the
//! same places. A comparison runs arbitrary code, so the list is never borrowed across one, and
//! a list that changes size under the sift raises CPython's RuntimeError.

use std::rc::Rc;

use super::super::exception::{PyErr, PyResult, type_error};
use super::super::function::BuiltinFn;
use super::super::value::ListCell;
use super::super::{ExcKind, Value, args};
use super::refuse_keywords;
use crate::bytecode::CmpOp;
use crate::vm::Vm;

pub static FUNCTIONS: &[BuiltinFn] = functions! {
    "heappush" => heappush,
    "heappop" => heappop,
    "heapify" => heapify,
    "heapreplace" => heapreplace,
    "heappushpop" => heappushpop,
};

/// `a < b`, with the common int and float cases compared directly, and tuples whose first
/// items are unequal numbers (heap entries keyed by priority) decided by those items.
#[inline]
pub(super) fn less(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Ok(x < y),
        (Value::Float(x), Value::Float(y)) => Ok(**x < **y),
        (Value::Tuple(x), Value::Tuple(y)) => match (x.first(), y.first()) {
            (Some(Value::Int(p)), Some(Value::Int(q))) if p != q => Ok(p < q),
            // Unequal floats (a NaN is unequal to everything, as the general path finds it).
            (Some(Value::Float(p)), Some(Value::Float(q))) if **p != **q => Ok(**p < **q),
            _ => crate::ops::compare_values(vm, CmpOp::Lt, a, b),
        },
        _ => crate::ops::compare_values(vm, CmpOp::Lt, a, b),
    }
}

fn list_arg<'a>(function: &str, value: &'a Value, exact: bool) -> PyResult<&'a Rc<ListCell>> {
    match value {
        Value::List(list) => Ok(list),
        other => Err(type_error(if exact {
            format!(
                "{function}() argument must be list, not {}",
                other.type_name()
            )
        } else {
            format!(
                "{function}() argument 1 must be list, not {}",
                other.type_name()
            )
        })),
    }
}

fn two_arguments<'a>(
    name: &str,
    args: &'a [Value],
    kw: &[Value],
) -> PyResult<(&'a Value, &'a Value)> {
    refuse_keywords(name, kw)?;
    match args {
        [heap, item] => Ok((heap, item)),
        _ => Err(type_error(format!(
            "{name} expected 2 arguments, got {}",
            args.len()
        ))),
    }
}

fn changed_size() -> PyErr {
    PyErr::new(ExcKind::RuntimeError, "list changed size during iteration")
}

fn index_out_of_range() -> PyErr {
    PyErr::new(ExcKind::IndexError, "index out of range")
}

fn item(list: &ListCell, i: usize) -> PyResult<Value> {
    list.borrow().get(i).cloned().ok_or_else(changed_size)
}

/// CPython's `siftdown`: moves the item at `pos` up towards `start` while it is less than its
/// parent.
fn sift_down(vm: &mut Vm, list: &ListCell, start: usize, mut pos: usize) -> PyResult<()> {
    let size = list.borrow().len();
    let new_item = item(list, pos)?;
    while pos > start {
        let parent_pos = (pos - 1) >> 1;
        let parent = item(list, parent_pos)?;
        let smaller = less(vm, &new_item, &parent)?;
        if list.borrow().len() != size {
            return Err(changed_size());
        }
        if !smaller {
            break;
        }
        let mut items = list.borrow_mut();
        items.swap(pos, parent_pos);
        pos = parent_pos;
    }
    Ok(())
}

/// CPython's `siftup`: moves the smaller child up until a leaf is reached, then sifts the item
/// that was at `pos` down from there.
fn sift_up(vm: &mut Vm, list: &ListCell, mut pos: usize) -> PyResult<()> {
    let end = list.borrow().len();
    let start = pos;
    let limit = end >> 1;
    while pos < limit {
        let mut child = 2 * pos + 1;
        if child + 1 < end {
            let (left, right) = (item(list, child)?, item(list, child + 1)?);
            let left_smaller = less(vm, &left, &right)?;
            if list.borrow().len() != end {
                return Err(changed_size());
            }
            if !left_smaller {
                child += 1;
            }
        }
        list.borrow_mut().swap(pos, child);
        pos = child;
    }
    sift_down(vm, list, start, pos)
}

fn heappush(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (heap, new) = two_arguments("heappush", args, kw)?;
    let list = list_arg("heappush", heap, false)?;
    let last = {
        let mut items = list.borrow_mut();
        items.push(new.clone());
        items.len() - 1
    };
    sift_down(vm, list, 0, last)?;
    Ok(Value::None)
}

fn heappop(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    refuse_keywords("_heapq.heappop", kw)?;
    let list = list_arg("heappop", args::exactly_one("_heapq.heappop", args)?, true)?;
    let first = {
        let mut items = list.borrow_mut();
        let last = items.pop().ok_or_else(index_out_of_range)?;
        match items.first_mut() {
            None => return Ok(last),
            Some(first) => std::mem::replace(first, last),
        }
    };
    sift_up(vm, list, 0)?;
    Ok(first)
}

/// Puts `new` at the top of the heap and sifts it into place; returns the old top.
fn replace_top(vm: &mut Vm, list: &ListCell, new: &Value) -> PyResult<Value> {
    let first = {
        let mut items = list.borrow_mut();
        let first = items.first_mut().ok_or_else(index_out_of_range)?;
        std::mem::replace(first, new.clone())
    };
    sift_up(vm, list, 0)?;
    Ok(first)
}

fn heapreplace(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (heap, new) = two_arguments("heapreplace", args, kw)?;
    replace_top(vm, list_arg("heapreplace", heap, false)?, new)
}

fn heappushpop(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (heap, new) = two_arguments("heappushpop", args, kw)?;
    let list = list_arg("heappushpop", heap, false)?;
    let Some(top) = list.borrow().first().cloned() else {
        return Ok(new.clone());
    };
    if !less(vm, &top, new)? {
        return Ok(new.clone());
    }
    replace_top(vm, list, new)
}

fn heapify(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    refuse_keywords("_heapq.heapify", kw)?;
    let list = list_arg("heapify", args::exactly_one("_heapq.heapify", args)?, true)?;
    let n = list.borrow().len();
    for i in (0..n / 2).rev() {
        sift_up(vm, list, i)?;
    }
    Ok(Value::None)
}
