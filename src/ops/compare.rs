//! Comparisons: `COMPARE_OP` (rich comparison with exact int/float ordering and lexicographic
//! sequences), `IS_OP` and `CONTAINS_OP`.

use std::cmp::Ordering;

use num_bigint::BigInt;
use num_traits::{FromPrimitive, ToPrimitive};

use crate::bytecode::CmpOp;
use crate::runtime::exception::type_error;
use crate::runtime::slice::components;
use crate::runtime::value::ListCell;
use crate::runtime::{PyResult, Value};
use crate::runtime::{dict_methods, set_methods};
use crate::vm::Vm;

/// `COMPARE_OP arg`.
#[inline(always)]
pub fn compare_op(vm: &mut Vm, arg: u32, a: Value, b: Value) -> PyResult<Value> {
    let op = CmpOp::from_arg(arg);
    let fast = match (&a, &b) {
        (Value::Int(x), Value::Int(y)) => Some(holds(op, x.cmp(y))),
        (Value::Float(x), Value::Float(y)) => Some(match x.partial_cmp(y) {
            Some(ord) => holds(op, ord),
            None => op == CmpOp::Ne,
        }),
        _ => None,
    };
    match fast {
        Some(result) => {
            crate::runtime::value::discard(a);
            crate::runtime::value::discard(b);
            Ok(Value::bool(result))
        }
        None => compare_op_slow(vm, op, a, b),
    }
}

/// `compare_op` past its inline fast path: instances' rich comparisons (entered as frames of the
/// loop), then the built-in comparisons. Out of line so that the handlers inlining the fast path
/// test nothing else before it.
#[inline(never)]
fn compare_op_slow(vm: &mut Vm, op: CmpOp, a: Value, b: Value) -> PyResult<Value> {
    if matches!(a, Value::Instance(_)) || matches!(b, Value::Instance(_)) {
        return crate::runtime::protocol::rich_compare_opcode(vm, op, a, b);
    }
    compare(vm, op, &a, &b).map(Value::bool)
}

fn holds(op: CmpOp, ord: Ordering) -> bool {
    match op {
        CmpOp::Lt => ord == Ordering::Less,
        CmpOp::Le => ord != Ordering::Greater,
        CmpOp::Eq => ord == Ordering::Equal,
        CmpOp::Ne => ord != Ordering::Equal,
        CmpOp::Gt => ord == Ordering::Greater,
        CmpOp::Ge => ord != Ordering::Less,
    }
}

/// Exact ordering of an integer and a float; `None` when the float is NaN.
fn cmp_int_float(i: &BigInt, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    let floor = f.floor();
    let whole = BigInt::from_f64(floor)?;
    match i.cmp(&whole) {
        Ordering::Equal if f > floor => Some(Ordering::Less),
        ord => Some(ord),
    }
}

fn int_of(v: &Value) -> Option<BigInt> {
    crate::runtime::int::to_big(v)
}

/// Ordering of two numbers, `None` if either is not a number or a NaN is involved.
fn numeric_order(a: &Value, b: &Value) -> Option<Option<Ordering>> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(Some(x.cmp(y))),
        (Value::Float(x), Value::Float(y)) => Some(x.partial_cmp(y)),
        (Value::Float(_), other) | (other, Value::Float(_)) if !is_integral(other) => None,
        (Value::Float(x), other) => {
            let i = int_of(other)?;
            if let Some(small) = i.to_i64().filter(|v| v.unsigned_abs() < (1 << 53)) {
                return Some(x.partial_cmp(&(small as f64)));
            }
            Some(cmp_int_float(&i, **x).map(Ordering::reverse))
        }
        (other, Value::Float(y)) => {
            let i = int_of(other)?;
            if let Some(small) = i.to_i64().filter(|v| v.unsigned_abs() < (1 << 53)) {
                return Some((small as f64).partial_cmp(y));
            }
            Some(cmp_int_float(&i, **y))
        }
        _ if is_integral(a) && is_integral(b) => {
            let (x, y) = (int_of(a)?, int_of(b)?);
            Some(Some(x.cmp(&y)))
        }
        _ => None,
    }
}

/// An int, a bool or a big int: what `numeric_order` converts to a big int.
#[inline]
fn is_integral(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_) | Value::BigInt(_))
}

/// `a == b` as Python defines it, recursing into sequences.
pub fn values_equal(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    if let Some(ord) = numeric_order(a, b) {
        return Ok(ord == Some(Ordering::Equal));
    }
    if matches!(a, Value::Instance(_)) || matches!(b, Value::Instance(_)) {
        let result = crate::runtime::protocol::rich_compare(vm, CmpOp::Eq, a, b)?;
        return crate::ops::truthy_vm(vm, &result);
    }
    Ok(match (a, b) {
        (Value::Str(x), Value::Str(y)) => x.equals(y),
        (Value::None, Value::None) => true,
        (Value::List(x), Value::List(y)) => {
            if std::rc::Rc::ptr_eq(x, y) {
                return Ok(true);
            }
            if x.borrow().len() != y.borrow().len() {
                return Ok(false);
            }
            compare_lists(vm, CmpOp::Eq, x, y)?
        }
        (Value::Tuple(x), Value::Tuple(y)) => sequences_equal(vm, x, y)?,
        (Value::PyMethod(x), Value::PyMethod(y)) => {
            std::rc::Rc::ptr_eq(&x.func, &y.func) && x.receiver.is(&y.receiver)
        }
        (Value::BoundMethod(x), Value::BoundMethod(y)) => std::ptr::eq(x.1, y.1) && x.0.is(&y.0),
        (Value::Slice(x), Value::Slice(y)) => {
            std::rc::Rc::ptr_eq(x, y) || sequences_equal(vm, &components(x), &components(y))?
        }
        (Value::Range(x), Value::Range(y)) => {
            let (lx, ly) = (x.len(), y.len());
            lx == ly && (lx == 0 || (x.start == y.start && (lx == 1 || x.step == y.step)))
        }
        (Value::Dict(x), Value::Dict(y)) => crate::runtime::dict::dicts_equal(vm, x, y)?,
        (Value::Set(x) | Value::FrozenSet(x), Value::Set(y) | Value::FrozenSet(y)) => {
            set_methods::sets_equal(vm, x, y)?
        }
        (Value::DictView(_), _) | (_, Value::DictView(_)) => {
            match dict_methods::view_compare(vm, CmpOp::Eq, a, b) {
                Some(result) => result?,
                None => a.is(b),
            }
        }
        (Value::Native(_), _) | (_, Value::Native(_))
            if let Some(equal) = crate::runtime::complex::equal(a, b) =>
        {
            equal
        }
        (Value::Native(_), _) | (_, Value::Native(_))
            if let Some(equal) = crate::runtime::bytes::equal(a, b) =>
        {
            equal
        }
        (Value::Native(_), _) | (_, Value::Native(_))
            if let Some(result) = crate::runtime::deque::compare(vm, CmpOp::Eq, a, b) =>
        {
            return result;
        }
        _ => a.is(b),
    })
}

fn sequences_equal(vm: &mut Vm, x: &[Value], y: &[Value]) -> PyResult<bool> {
    if x.len() != y.len() {
        return Ok(false);
    }
    vm.enter_nested(" in comparison")?;
    let result = first_difference(vm, x, y).map(|differ| differ.is_none());
    vm.leave_frame();
    result
}

/// Rich comparison `a op b`.
#[inline(never)]
pub fn compare(vm: &mut Vm, op: CmpOp, a: &Value, b: &Value) -> PyResult<bool> {
    // Small ints first: `min`, `max` and `sorted` compare them through here (a big-int
    // conversion of each cost 190 instructions per comparison, callgrind on `perf/genexps.py`).
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => return Ok(holds(op, x.cmp(y))),
        // Floats compare as IEEE numbers: every comparison with a NaN is false but `!=`.
        (Value::Float(x), Value::Float(y)) => {
            return Ok(match x.partial_cmp(y) {
                Some(ord) => holds(op, ord),
                None => op == CmpOp::Ne,
            });
        }
        _ => {}
    }
    if matches!(a, Value::Instance(_)) || matches!(b, Value::Instance(_)) {
        let result = crate::runtime::protocol::rich_compare(vm, op, a, b)?;
        return crate::ops::truthy_vm(vm, &result);
    }
    if let Some(ord) = numeric_order(a, b) {
        return Ok(match ord {
            Some(ord) => holds(op, ord),
            None => op == CmpOp::Ne,
        });
    }
    match op {
        CmpOp::Eq => return values_equal(vm, a, b),
        CmpOp::Ne => return values_equal(vm, a, b).map(|e| !e),
        _ => {}
    }
    match (a, b) {
        (Value::Str(x), Value::Str(y)) => Ok(holds(op, x.compare(y))),
        (Value::List(x), Value::List(y)) => compare_lists(vm, op, x, y),
        (Value::Tuple(x), Value::Tuple(y)) => compare_sequences(vm, op, x, y),
        (Value::Set(x) | Value::FrozenSet(x), Value::Set(y) | Value::FrozenSet(y)) => {
            set_methods::compare_sets(vm, op, x, y)
        }
        (Value::Slice(x), Value::Slice(y)) => {
            compare_sequences(vm, op, &components(x), &components(y))
        }
        _ if let Some(ord) = crate::runtime::bytes::order(a, b) => Ok(holds(op, ord)),
        _ if let Some(result) = crate::runtime::deque::compare(vm, op, a, b) => result,
        _ => match dict_methods::view_compare(vm, op, a, b) {
            Some(result) => result,
            None => Err(type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                op.symbol(),
                a.type_name(),
                b.type_name()
            ))),
        },
    }
}

/// `x op y` for two lists as CPython's `list_richcompare` does it: items are read one at a time
/// and the lengths re-checked after every comparison, so an `__eq__` that changes a list
/// cannot make the walk read past its end (no snapshot of either list is taken).
fn compare_lists(vm: &mut Vm, op: CmpOp, x: &ListCell, y: &ListCell) -> PyResult<bool> {
    vm.enter_nested(" in comparison")?;
    let result = (|| {
        let mut i = 0;
        loop {
            let (p, q) = match (x.borrow().get(i).cloned(), y.borrow().get(i).cloned()) {
                (Some(p), Some(q)) => (p, q),
                _ => break,
            };
            if !p.is(&q) && !values_equal(vm, &p, &q)? {
                return match op {
                    CmpOp::Eq => Ok(false),
                    CmpOp::Ne => Ok(true),
                    _ => compare(vm, op, &p, &q),
                };
            }
            i += 1;
        }
        let (lx, ly) = (x.borrow().len(), y.borrow().len());
        Ok(holds(op, lx.cmp(&ly)))
    })();
    vm.leave_frame();
    result
}

fn compare_sequences(vm: &mut Vm, op: CmpOp, x: &[Value], y: &[Value]) -> PyResult<bool> {
    vm.enter_nested(" in comparison")?;
    let result = first_difference(vm, x, y).and_then(|differ| match differ {
        Some((p, q)) => compare(vm, op, p, q),
        None => Ok(holds(op, x.len().cmp(&y.len()))),
    });
    vm.leave_frame();
    result
}

/// The first pair of items that are not equal, if any.
fn first_difference<'a>(
    vm: &mut Vm,
    x: &'a [Value],
    y: &'a [Value],
) -> PyResult<Option<(&'a Value, &'a Value)>> {
    for (p, q) in x.iter().zip(y) {
        // Small ints, floats and strings are told apart here without the general equality
        // (tuples of them are the usual sort and heap keys).
        let equal = match (p, q) {
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => **a == **b,
            (Value::Str(a), Value::Str(b)) => a.equals(b),
            _ => p.is(q) || values_equal(vm, p, q)?,
        };
        if !equal {
            return Ok(Some((p, q)));
        }
    }
    Ok(None)
}

/// `IS_OP arg`: `a is b`, negated when arg is 1.
pub fn is_op(_vm: &mut Vm, arg: u32, a: Value, b: Value) -> PyResult<Value> {
    Ok(Value::bool(a.is(&b) != (arg == 1)))
}

/// `CONTAINS_OP arg`: `a in b`, negated when arg is 1.
pub fn contains_op(vm: &mut Vm, arg: u32, a: Value, b: Value) -> PyResult<Value> {
    Ok(Value::bool(contains(vm, &b, &a)? != (arg == 1)))
}

fn contains(vm: &mut Vm, container: &Value, item: &Value) -> PyResult<bool> {
    match container {
        Value::Str(s) => match item {
            Value::Str(needle) => Ok(s.contains(needle)),
            other => Err(type_error(format!(
                "'in <string>' requires string as left operand, not {}",
                other.type_name()
            ))),
        },
        Value::List(l) => {
            // Read one item at a time: an `__eq__` may change the list.
            let mut i = 0;
            while let Some(candidate) = crate::runtime::object::Items::item(&**l, i) {
                if identical_or_equal(vm, &candidate, item)? {
                    return Ok(true);
                }
                i += 1;
            }
            Ok(false)
        }
        Value::Tuple(t) => sequence_contains(vm, t, item),
        Value::Dict(d) => d.contains(vm, item),
        Value::Set(s) | Value::FrozenSet(s) => set_methods::set_contains(vm, s, item),
        Value::DictView(view) => crate::runtime::dict_methods::view_contains(vm, view, item),
        Value::Range(r) => {
            let wanted = match item {
                Value::Int(i) => Some(*i as i128),
                Value::Bool(b) => Some(**b as i128),
                Value::BigInt(b) => b.to_i128(),
                Value::Float(f) if f.fract() == 0.0 && f.abs() < 1e38 => Some(**f as i128),
                _ => None,
            };
            Ok(wanted.is_some_and(|i| {
                let in_bounds = if r.step > 0 {
                    i >= r.start && i < r.stop
                } else {
                    i <= r.start && i > r.stop
                };
                in_bounds && (i - r.start) % r.step == 0
            }))
        }
        Value::Native(_) if let Some(deque) = crate::runtime::deque::deque_of(container) => {
            crate::runtime::deque::contains(vm, deque, item)
        }
        Value::Native(_) if crate::runtime::bytes::kind_of(container).is_some() => {
            crate::runtime::bytes::contains(vm, container, item)
        }
        Value::Iter(_) | Value::Native(_) if crate::ops::is_iterable(container) => {
            // Consumed only up to the first match, as CPython's `in` does.
            while let Some(candidate) = crate::ops::for_iter_next(vm, container)? {
                if identical_or_equal(vm, &candidate, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Value::Instance(_) => crate::runtime::protocol::instance_contains(vm, container, item),
        Value::Type(ty) if ty.metaclass.is_some() => {
            crate::runtime::protocol::instance_contains(vm, container, item)
        }
        other => Err(type_error(format!(
            "argument of type '{}' is not iterable",
            other.type_name()
        ))),
    }
}

/// Whether `a` is `b` or equals it: how containers compare items (`in`, `index`, `count`,
/// `remove`), so that an object not equal to itself, such as NaN, still finds itself.
pub fn identical_or_equal(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    Ok(a.is(b) || values_equal(vm, a, b)?)
}

fn sequence_contains(vm: &mut Vm, items: &[Value], item: &Value) -> PyResult<bool> {
    for candidate in items {
        if identical_or_equal(vm, candidate, item)? {
            return Ok(true);
        }
    }
    Ok(false)
}
