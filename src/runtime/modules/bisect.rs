//! `_bisect`: binary search over a sorted sequence and insertion keeping it sorted, in Rust
//! (`bisect.py`, bundled, imports them as CPython's imports its C accelerator). Lists are read
//! directly; any other sequence through `__getitem__`/`__len__`, and `insort` calls the
//! sequence's own `insert` unless it is a list.

use super::super::exception::{PyResult, type_error, value_error};
use super::super::function::BuiltinFn;
use super::super::{Value, args};
use super::heapq::less;
use crate::vm::Vm;

pub static FUNCTIONS: &[BuiltinFn] = functions! {
    "bisect_right" => bisect_right,
    "bisect_left" => bisect_left,
    "insort_right" => insort_right,
    "insort_left" => insort_left,
};

const NAMES: [&str; 5] = ["a", "x", "lo", "hi", "key"];

/// The bound arguments: the sequence, the item, `lo`, `hi` and the key function.
struct Search<'a> {
    seq: &'a Value,
    x: &'a Value,
    lo: i64,
    hi: Option<i64>,
    key: Option<&'a Value>,
}

fn bind<'a>(function: &str, args: &'a [Value], kw: &[Value]) -> PyResult<Search<'a>> {
    let [seq, x, lo, hi, key] = args::bind(function, &NAMES, args, kw)?;
    let missing = |name: &str, position: usize| {
        type_error(format!(
            "{function}() missing required argument '{name}' (pos {position})"
        ))
    };
    let seq = seq.ok_or_else(|| missing("a", 1))?;
    let x = x.ok_or_else(|| missing("x", 2))?;
    let lo = match lo {
        None => 0,
        Some(lo) => args::to_index(lo)?,
    };
    if lo < 0 {
        return Err(value_error("lo must be non-negative"));
    }
    let hi = match hi {
        None | Some(Value::None) => None,
        Some(hi) => Some(args::to_index(hi)?),
    };
    let key = key.filter(|k| !matches!(k, Value::None));
    Ok(Search {
        seq,
        x,
        lo,
        hi,
        key,
    })
}

/// `len(seq)`.
fn sequence_len(vm: &mut Vm, seq: &Value) -> PyResult<i64> {
    Ok(match seq {
        Value::Instance(_) => crate::runtime::protocol::instance_len(vm, seq)?,
        other => crate::runtime::builtins::length(other)?,
    } as i64)
}

/// The item at `i` of the sequence.
fn item_at(vm: &mut Vm, seq: &Value, i: i64) -> PyResult<Value> {
    if let Value::List(list) = seq
        && let Some(item) = list.borrow().get(i as usize)
    {
        return Ok(item.clone());
    }
    crate::ops::subscript(vm, 0, seq.clone(), Value::Int(i))
}

/// CPython's `internal_bisect_right`/`_left`: the insertion point of `x` in `seq[lo:hi]`,
/// comparing `x` against `key(item)`.
fn search(vm: &mut Vm, s: &Search<'_>, x: &Value, right: bool) -> PyResult<i64> {
    let mut lo = s.lo;
    let mut hi = match s.hi {
        Some(hi) => hi,
        None => sequence_len(vm, s.seq)?,
    };
    while lo < hi {
        // `lo + hi` cannot overflow: both are at most a sequence's length.
        let mid = ((lo as u64 + hi as u64) / 2) as i64;
        let mut item = item_at(vm, s.seq, mid)?;
        if let Some(key) = s.key {
            item = vm.call(key, vec![item])?;
        }
        let go_left = if right {
            less(vm, x, &item)?
        } else {
            !less(vm, &item, x)?
        };
        if go_left {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Ok(lo)
}

fn bisect(
    vm: &mut Vm,
    function: &str,
    args: &[Value],
    kw: &[Value],
    right: bool,
) -> PyResult<Value> {
    let s = bind(function, args, kw)?;
    Ok(Value::Int(search(vm, &s, s.x, right)?))
}

fn insort(
    vm: &mut Vm,
    function: &str,
    args: &[Value],
    kw: &[Value],
    right: bool,
) -> PyResult<Value> {
    let s = bind(function, args, kw)?;
    let index = match s.key {
        Some(key) => {
            let x = vm.call(key, vec![s.x.clone()])?;
            search(vm, &s, &x, right)?
        }
        None => search(vm, &s, s.x, right)?,
    };
    if let Value::List(list) = s.seq {
        let mut items = list.borrow_mut();
        let at = (index.max(0) as usize).min(items.len());
        items.insert(at, s.x.clone());
        return Ok(Value::None);
    }
    let insert =
        crate::ops::load_attr(vm, s.seq.clone(), &crate::runtime::intern::intern("insert"))?;
    vm.call(&insert, vec![Value::Int(index), s.x.clone()])?;
    Ok(Value::None)
}

fn bisect_right(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    bisect(vm, "bisect_right", args, kw, true)
}

fn bisect_left(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    bisect(vm, "bisect_left", args, kw, false)
}

fn insort_right(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    insort(vm, "insort_right", args, kw, true)
}

fn insort_left(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    insort(vm, "insort_left", args, kw, false)
}
