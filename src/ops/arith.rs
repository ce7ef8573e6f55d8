//! `BINARY_OP` and the unary operators: numeric tower (int ⊂ float), sequence concatenation and
//! repetition, `%` formatting, and CPython's TypeError wording for unsupported operands.

use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::{Signed, Zero};

use crate::bytecode::BinOp;
use crate::runtime::alloc;
use crate::runtime::dunder::Dunder;
use crate::runtime::exception::{overflow_error, type_error, zero_division};
use crate::runtime::int::{self, IntOp};
use crate::runtime::protocol;
use crate::runtime::value::{ListCell, discard};
use crate::runtime::{PyErr, PyResult, Value, dict_methods, float, set_methods, str as pystr};
use crate::vm::Vm;

/// A number viewed for arithmetic.
enum Num<'a> {
    Small(i64),
    Big(&'a BigInt),
    Float(f64),
}

fn as_num(value: &Value) -> Option<Num<'_>> {
    match value {
        Value::Int(i) => Some(Num::Small(*i)),
        Value::Bool(b) => Some(Num::Small(**b as i64)),
        Value::BigInt(b) => Some(Num::Big(b)),
        Value::Float(f) => Some(Num::Float(**f)),
        _ => None,
    }
}

fn num_to_f64(n: &Num) -> PyResult<f64> {
    match n {
        Num::Small(i) => Ok(*i as f64),
        Num::Big(b) => int::big_to_f64(b),
        Num::Float(f) => Ok(*f),
    }
}

fn num_to_big(n: &Num) -> BigInt {
    match n {
        Num::Small(i) => BigInt::from(*i),
        Num::Big(b) => (*b).clone(),
        Num::Float(_) => BigInt::zero(),
    }
}

fn int_op(op: BinOp) -> Option<IntOp> {
    Some(match op {
        BinOp::Add => IntOp::Add,
        BinOp::Subtract => IntOp::Sub,
        BinOp::Multiply => IntOp::Mul,
        BinOp::FloorDivide => IntOp::FloorDiv,
        BinOp::Remainder => IntOp::Mod,
        BinOp::Power => IntOp::Pow,
        BinOp::LShift => IntOp::LShift,
        BinOp::RShift => IntOp::RShift,
        BinOp::And => IntOp::And,
        BinOp::Or => IntOp::Or,
        BinOp::Xor => IntOp::Xor,
        BinOp::TrueDivide | BinOp::MatMul => return None,
    })
}

/// `BINARY_OP arg`: `a op b`, with the in-place forms (`+=`) mutating lists.
/// The inline fast paths (small ints and floats) end with `discard`, never reaching `Value`'s
/// out-of-line drop glue: that glue cost ~20 instructions per operand on every int operation.
#[inline(always)]
pub fn binary_op(vm: &mut Vm, arg: u32, a: Value, b: Value) -> PyResult<Value> {
    match binary_fast(arg, &a, &b) {
        Some(result) => {
            discard(a);
            discard(b);
            Ok(result)
        }
        None => binary_slow(vm, arg, a, b),
    }
}

/// The inline fast path of `BINARY_OP`: small ints and floats.
#[inline(always)]
fn binary_fast(arg: u32, a: &Value, b: &Value) -> Option<Value> {
    let op = if arg >= BinOp::INPLACE_OFFSET {
        arg - BinOp::INPLACE_OFFSET
    } else {
        arg
    };
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => small_int_op(op, *x, *y).map(Value::Int),
        (Value::Float(x), Value::Float(y)) => small_float_op(op, **x, **y).map(Value::float),
        _ => None,
    }
}

/// `BINARY_OP` operator numbers as plain integers, to match the raw (non-in-place) argument.
mod nb {
    use crate::bytecode::BinOp;
    pub const ADD: u32 = BinOp::Add as u32;
    pub const AND: u32 = BinOp::And as u32;
    pub const FLOOR_DIVIDE: u32 = BinOp::FloorDivide as u32;
    pub const LSHIFT: u32 = BinOp::LShift as u32;
    pub const MULTIPLY: u32 = BinOp::Multiply as u32;
    pub const REMAINDER: u32 = BinOp::Remainder as u32;
    pub const OR: u32 = BinOp::Or as u32;
    pub const RSHIFT: u32 = BinOp::RShift as u32;
    pub const SUBTRACT: u32 = BinOp::Subtract as u32;
    pub const TRUE_DIVIDE: u32 = BinOp::TrueDivide as u32;
    pub const XOR: u32 = BinOp::Xor as u32;
}

#[inline(always)]
fn small_float_op(op: u32, x: f64, y: f64) -> Option<f64> {
    use nb::*;
    match op {
        ADD => Some(x + y),
        SUBTRACT => Some(x - y),
        MULTIPLY => Some(x * y),
        TRUE_DIVIDE if y != 0.0 => Some(x / y),
        _ => None,
    }
}

/// The common int operators on two inline ints, or `None` to take the general path (overflow,
/// zero divisors, negative or large shift counts, true division, powers).
#[inline(always)]
fn small_int_op(op: u32, x: i64, y: i64) -> Option<i64> {
    use nb::*;
    match op {
        ADD => x.checked_add(y),
        SUBTRACT => x.checked_sub(y),
        MULTIPLY => x.checked_mul(y),
        AND => Some(x & y),
        OR => Some(x | y),
        XOR => Some(x ^ y),
        REMAINDER if y > 0 && x >= 0 => Some(x % y),
        FLOOR_DIVIDE if y > 0 && x >= 0 => Some(x / y),
        RSHIFT if (0..64).contains(&y) => Some(x >> y),
        LSHIFT if (0..63).contains(&y) && (x << y) >> y == x => Some(x << y),
        _ => None,
    }
}

/// `BINARY_OP arg`: `binary_op`, except that a Python `__op__` of an instance operand is
/// entered by the engine as a frame (the deferral marker is returned, see `vm::call::DeferredCall`).
#[inline(always)]
pub fn binary_op_opcode(vm: &mut Vm, arg: u32, a: Value, b: Value) -> PyResult<Value> {
    match binary_fast(arg, &a, &b) {
        Some(result) => {
            discard(a);
            discard(b);
            Ok(result)
        }
        None => binary_opcode_slow(vm, arg, a, b),
    }
}

/// `binary_op_opcode` past its inline fast path; out of line so that the handlers inlining the
/// fast path test nothing else before it.
#[inline(never)]
fn binary_opcode_slow(vm: &mut Vm, arg: u32, a: Value, b: Value) -> PyResult<Value> {
    // `str + str` (and `+=`) is common enough to skip the protocol's other tests.
    if let (Value::Str(x), Value::Str(y)) = (&a, &b)
        && matches!(BinOp::from_arg(arg).0, BinOp::Add)
    {
        return pystr::concat(x, y);
    }
    if matches!(a, Value::Instance(_))
        && let Some(deferred) = protocol::binary_op_opcode(vm, arg, &a, &b)
    {
        return Err(deferred);
    }
    binary_slow(vm, arg, a, b)
}

#[inline(never)]
fn binary_slow(vm: &mut Vm, arg: u32, a: Value, b: Value) -> PyResult<Value> {
    if (matches!(a, Value::Instance(_)) || matches!(b, Value::Instance(_)))
        && let Some(result) = binary_instances(vm, arg, &a, &b)?
    {
        return Ok(result);
    }
    binary_without_dunders(vm, arg, a, b)
}

/// The built-in operators (instances' wrapped built-in values standing in for them), without
/// asking any dunder method: the end of the operator protocol.
#[inline(always)]
pub fn binary_without_dunders(vm: &mut Vm, arg: u32, a: Value, b: Value) -> PyResult<Value> {
    let (op, inplace) = BinOp::from_arg(arg);
    let formats = op == BinOp::Remainder && matches!(a, Value::Str(_));
    if (protocol::native_of(&a).is_some() || protocol::native_of(&b).is_some()) && !formats {
        return binary_natives(vm, arg, &a, &b);
    }
    if let (Value::Bool(x), Value::Bool(y)) = (&a, &b) {
        match op {
            BinOp::And => return Ok(Value::bool(**x & **y)),
            BinOp::Or => return Ok(Value::bool(**x | **y)),
            BinOp::Xor => return Ok(Value::bool(**x ^ **y)),
            _ => {}
        }
    }
    if let (Some(x), Some(y)) = (as_num(&a), as_num(&b)) {
        return numeric(op, x, y);
    }
    if let Some(result) = crate::runtime::complex::binary(op, &a, &b) {
        return result;
    }
    // `int | str` (PEP 604): a `types.UnionType`, made by the bundled `_generic_alias`.
    if op == BinOp::Or
        && matches!(
            (&a, &b),
            (Value::Type(_), Value::Type(_) | Value::None) | (Value::None, Value::Type(_))
        )
    {
        let module = vm.import_module("_generic_alias")?;
        let union = super::load_attr(vm, module, &crate::runtime::intern::intern("_union"))?;
        return vm.call(&union, vec![a, b]);
    }
    if (matches!(a, Value::Native(_)) || matches!(b, Value::Native(_)))
        && let Some(result) = crate::runtime::bytes::binary(vm, op, inplace, &a, &b)
    {
        return result;
    }
    if matches!(op, BinOp::Or | BinOp::And | BinOp::Subtract | BinOp::Xor) {
        if let Some(result) = set_methods::set_binary_op(vm, op, inplace, &a, &b) {
            return result;
        }
        if let Some(result) = dict_methods::mapping_binary_op(vm, op, inplace, &a, &b) {
            return result;
        }
    }
    match (op, &a, &b) {
        (BinOp::Add, Value::Str(x), Value::Str(y)) => return pystr::concat(x, y),
        (BinOp::Multiply, Value::Str(s), n) | (BinOp::Multiply, n, Value::Str(s)) if is_int(n) => {
            return pystr::repeat(s, repeat_count(n)?);
        }
        (BinOp::Remainder, Value::Str(s), args) => {
            return crate::runtime::percent_format::percent_format(vm, s.as_str(), args)
                .map(Value::string);
        }
        (BinOp::Add, Value::List(x), Value::List(y)) => {
            if inplace {
                let extra = concat_items(&y.borrow(), &[])?;
                extend_list(x, extra)?;
                return Ok(a.clone());
            }
            return Ok(Value::list(concat_items(&x.borrow(), &y.borrow())?));
        }
        (BinOp::Add, Value::List(x), other) if inplace && !matches!(other, Value::List(_)) => {
            crate::runtime::object::extend_from_iterable(vm, x, other)?;
            return Ok(a.clone());
        }
        (BinOp::Add, Value::Tuple(x), Value::Tuple(y)) => {
            return Ok(Value::tuple(concat_items(x, y)?));
        }
        (BinOp::Multiply, Value::List(l), n) | (BinOp::Multiply, n, Value::List(l))
            if is_int(n) =>
        {
            let items = repeat_items(&l.borrow(), repeat_count(n)?)?;
            if inplace && matches!(a, Value::List(_)) {
                let old = std::mem::replace(&mut *l.borrow_mut(), items);
                drop(old);
                return Ok(a.clone());
            }
            return Ok(Value::list(items));
        }
        (BinOp::Multiply, Value::Tuple(t), n) | (BinOp::Multiply, n, Value::Tuple(t))
            if is_int(n) =>
        {
            return Ok(Value::tuple(repeat_items(t, repeat_count(n)?)?));
        }
        _ => {}
    }
    let is_sequence = |v: &Value| matches!(v, Value::Str(_) | Value::List(_) | Value::Tuple(_));
    if op == BinOp::Multiply && (is_sequence(&a) || is_sequence(&b)) {
        let other = if is_sequence(&a) { &b } else { &a };
        return Err(type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            other.type_name()
        )));
    }
    if op == BinOp::Add {
        if let (Value::Str(_), other) = (&a, &b) {
            return Err(type_error(format!(
                "can only concatenate str (not \"{}\") to str",
                other.type_name()
            )));
        }
        if let (Value::List(_), other) = (&a, &b) {
            return Err(type_error(format!(
                "can only concatenate list (not \"{}\") to list",
                other.type_name()
            )));
        }
        if let (Value::Tuple(_), other) = (&a, &b) {
            return Err(type_error(format!(
                "can only concatenate tuple (not \"{}\") to tuple",
                other.type_name()
            )));
        }
    }
    Err(unsupported(op, inplace, &a, &b))
}

/// `a op b` when an operand is an instance: the dunder protocol, then (for subclasses of
/// built-in types) the operator on the wrapped values, then CPython's TypeError naming the
/// instances' classes.
/// `None` when nothing applied and the built-in operators (`"%s" % obj`, `[0] * n`) may still.
#[inline(never)]
fn binary_instances(vm: &mut Vm, arg: u32, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let (op, inplace) = BinOp::from_arg(arg);
    // `str % x`: str's `__mod__` answers first (and always) unless `x`'s class derives from
    // str, so the instance is formatted as itself, never as the value it wraps.
    if op == BinOp::Remainder
        && matches!(a, Value::Str(_))
        && !matches!(protocol::native_of(b), Some(Value::Str(_)))
    {
        return Ok(None);
    }
    if let Some(result) = protocol::binary_dunders(vm, op, inplace, a, b)? {
        return Ok(Some(result));
    }
    // `seq * n` with `n` an index-like instance repeats `seq` `n.__index__()` times.
    if op == BinOp::Multiply {
        use crate::runtime::indexing::try_index;
        let repeatable = |v: &Value| matches!(v, Value::List(_) | Value::Tuple(_) | Value::Str(_));
        if repeatable(a)
            && let Some(n) = try_index(vm, b)?
        {
            return binary_without_dunders(vm, arg, a.clone(), n).map(Some);
        }
        if repeatable(b)
            && let Some(n) = try_index(vm, a)?
        {
            return binary_without_dunders(vm, arg, n, b.clone()).map(Some);
        }
    }
    if protocol::native_of(a).is_none() && protocol::native_of(b).is_none() {
        return Ok(None);
    }
    binary_natives(vm, arg, a, b).map(Some)
}

/// `a op b` with instances of subclasses of built-in types replaced by their wrapped values.
fn binary_natives(vm: &mut Vm, arg: u32, a: &Value, b: &Value) -> PyResult<Value> {
    let (op, inplace) = BinOp::from_arg(arg);
    let (native_a, native_b) = (protocol::native_of(a), protocol::native_of(b));
    let x = native_a.unwrap_or(a).clone();
    let y = native_b.unwrap_or(b).clone();
    let plain = if inplace {
        arg - BinOp::INPLACE_OFFSET
    } else {
        arg
    };
    // In-place operators on a wrapped mutable value (`stack += [1]`) change it and give back
    // the instance itself, as `list.__iadd__` returns self.
    let mutable = matches!(x, Value::List(_) | Value::Dict(_) | Value::Set(_));
    match binary_slow(vm, if inplace && mutable { arg } else { plain }, x, y) {
        Ok(result) if inplace && mutable && native_a.is_some_and(|n| n.is(&result)) => {
            Ok(a.clone())
        }
        Ok(result) => Ok(result),
        Err(_) => Err(unsupported(op, inplace, a, b)),
    }
}

fn unsupported(op: BinOp, inplace: bool, a: &Value, b: &Value) -> PyErr {
    let symbol = format!("{}{}", op.symbol(), if inplace { "=" } else { "" });
    let message = if op == BinOp::Power && !inplace {
        format!(
            "unsupported operand type(s) for ** or pow(): '{}' and '{}'",
            a.type_name(),
            b.type_name()
        )
    } else {
        format!(
            "unsupported operand type(s) for {symbol}: '{}' and '{}'",
            a.type_name(),
            b.type_name()
        )
    };
    type_error(message)
}

fn is_int(value: &Value) -> bool {
    matches!(value, Value::Int(_) | Value::Bool(_) | Value::BigInt(_))
}

/// The repeat count of `seq * n` for an int `n`: it must fit an index (`ssize_t`), as in CPython.
fn repeat_count(n: &Value) -> PyResult<i64> {
    match n {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(**b as i64),
        _ => Err(overflow_error(
            "cannot fit 'int' into an index-sized integer",
        )),
    }
}

/// The items of `first` followed by those of `second`, in a fallibly allocated vector.
fn concat_items(first: &[Value], second: &[Value]) -> PyResult<Vec<Value>> {
    let mut items = alloc::items_with_capacity(first.len().saturating_add(second.len()))?;
    items.extend_from_slice(first);
    items.extend_from_slice(second);
    Ok(items)
}

/// Appends `extra` to a list in place, growing it fallibly.
fn extend_list(list: &ListCell, extra: Vec<Value>) -> PyResult<()> {
    let mut items = list.borrow_mut();
    alloc::reserve_items(&mut items, extra.len())?;
    items.extend(extra);
    Ok(())
}

/// `count` copies of `items` laid end to end (`seq * count`); MemoryError when they cannot be
/// allocated, as CPython's list and tuple repetition.
fn repeat_items(items: &[Value], count: i64) -> PyResult<Vec<Value>> {
    if count <= 0 || items.is_empty() {
        return Ok(Vec::new());
    }
    let total = items.len().saturating_mul(count as usize);
    let mut out = alloc::items_with_capacity(total)?;
    out.extend_from_slice(items);
    while out.len() < total {
        let copy = out.len().min(total - out.len());
        out.extend_from_within(..copy);
    }
    Ok(out)
}

fn numeric(op: BinOp, x: Num, y: Num) -> PyResult<Value> {
    let any_float = matches!(x, Num::Float(_)) || matches!(y, Num::Float(_));
    if !any_float {
        if op == BinOp::TrueDivide {
            return Ok(Value::float(int::true_divide(
                &num_to_big(&x),
                &num_to_big(&y),
            )?));
        }
        if op == BinOp::Power && is_negative(&y) {
            return float_op(op, num_to_f64(&x)?, num_to_f64(&y)?);
        }
        let Some(iop) = int_op(op) else {
            return Err(matmul_error());
        };
        return match (&x, &y) {
            (Num::Small(a), Num::Small(b)) => int::small_op(iop, *a, *b),
            _ => int::big_op(iop, &num_to_big(&x), &num_to_big(&y)),
        };
    }
    match op {
        BinOp::LShift | BinOp::RShift | BinOp::And | BinOp::Or | BinOp::Xor | BinOp::MatMul => {
            let name = |n: &Num| {
                if matches!(n, Num::Float(_)) {
                    "float"
                } else {
                    "int"
                }
            };
            Err(type_error(format!(
                "unsupported operand type(s) for {}: '{}' and '{}'",
                op.symbol(),
                name(&x),
                name(&y)
            )))
        }
        BinOp::Power => {
            let (a, b) = (num_to_f64(&x)?, num_to_f64(&y)?);
            // A negative number to a fractional power is complex (CPython's float_pow).
            if a < 0.0 && b.is_finite() && b.fract() != 0.0 {
                return crate::runtime::complex::float_power(a, b);
            }
            float_op(op, a, b)
        }
        _ => float_op(op, num_to_f64(&x)?, num_to_f64(&y)?),
    }
}

fn is_negative(n: &Num) -> bool {
    match n {
        Num::Small(i) => *i < 0,
        Num::Big(b) => b.is_negative(),
        Num::Float(f) => *f < 0.0,
    }
}

fn matmul_error() -> PyErr {
    type_error("unsupported operand type(s) for @: 'int' and 'int'")
}

fn float_op(op: BinOp, a: f64, b: f64) -> PyResult<Value> {
    let r = match op {
        BinOp::Add => a + b,
        BinOp::Subtract => a - b,
        BinOp::Multiply => a * b,
        BinOp::TrueDivide => {
            if b == 0.0 {
                return Err(zero_division("float division by zero"));
            }
            a / b
        }
        BinOp::FloorDivide => float::floor_div(a, b)?,
        BinOp::Remainder => float::modulo(a, b)?,
        BinOp::Power => float_pow(a, b)?,
        _ => return Err(matmul_error()),
    };
    Ok(Value::float(r))
}

fn float_pow(a: f64, b: f64) -> PyResult<f64> {
    if a == 0.0 && b < 0.0 {
        return Err(zero_division("0.0 cannot be raised to a negative power"));
    }
    let r = a.powf(b);
    if r.is_infinite() && a.is_finite() && b.is_finite() {
        // CPython reports the C library's ERANGE: the arguments are errno and its text.
        let overflow = crate::runtime::types::builtin_type("OverflowError");
        return Err(crate::runtime::exc_object::from_value(
            crate::runtime::exc_object::new_exception(
                &overflow,
                &[Value::Int(34), Value::str("Numerical result out of range")],
            ),
        ));
    }
    Ok(r)
}

/// `UNARY_NEGATIVE` / `UNARY_POSITIVE` / `UNARY_INVERT` as opcodes: as `negative` etc., except
/// that an instance's Python dunder is entered by the engine as a frame (the deferral marker is returned).
macro_rules! unary_opcodes {
    ($( $opcode:ident $plain:ident $which:ident; )*) => {
        $(
            #[inline(always)]
            pub fn $opcode(vm: &mut Vm, value: Value) -> PyResult<Value> {
                if let Value::Instance(_) = &value
                    && let Some(deferred) = protocol::unary_opcode(vm, Dunder::$which, &value)
                {
                    return Err(deferred);
                }
                $plain(vm, value)
            }
        )*
    };
}

unary_opcodes! {
    negative_opcode negative Neg;
    positive_opcode positive Pos;
    invert_opcode invert Invert;
}

/// `UNARY_NEGATIVE`.
pub fn negative(vm: &mut Vm, value: Value) -> PyResult<Value> {
    match value {
        Value::Instance(_) => protocol::instance_unary(vm, Dunder::Neg, value, negative, "unary -"),
        Value::Int(i) => Ok(match i.checked_neg() {
            Some(n) => Value::Int(n),
            None => int::normalize(-BigInt::from(i)),
        }),
        Value::Bool(b) => Ok(Value::Int(-(*b as i64))),
        Value::BigInt(b) => Ok(int::normalize(-(*b).clone())),
        Value::Float(f) => Ok(Value::float(-*f)),
        ref other if let Some(c) = crate::runtime::complex::complex_of(other) => {
            Ok(crate::runtime::complex::negative(c))
        }
        other => Err(type_error(format!(
            "bad operand type for unary -: '{}'",
            other.type_name()
        ))),
    }
}

/// `UNARY_POSITIVE`.
pub fn positive(vm: &mut Vm, value: Value) -> PyResult<Value> {
    match value {
        Value::Instance(_) => protocol::instance_unary(vm, Dunder::Pos, value, positive, "unary +"),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        v @ (Value::Int(_) | Value::BigInt(_) | Value::Float(_)) => Ok(v),
        ref other if let Some(c) = crate::runtime::complex::complex_of(other) => {
            Ok(crate::runtime::complex::new(c.re, c.im))
        }
        other => Err(type_error(format!(
            "bad operand type for unary +: '{}'",
            other.type_name()
        ))),
    }
}

/// `UNARY_INVERT`.
pub fn invert(vm: &mut Vm, value: Value) -> PyResult<Value> {
    match value {
        Value::Instance(_) => {
            protocol::instance_unary(vm, Dunder::Invert, value, invert, "unary ~")
        }
        Value::Int(i) => Ok(Value::Int(!i)),
        Value::Bool(b) => Ok(Value::Int(!(*b as i64))),
        Value::BigInt(b) => Ok(int::normalize(-(*b).clone() - 1)),
        other => Err(type_error(format!(
            "bad operand type for unary ~: '{}'",
            other.type_name()
        ))),
    }
}

/// `abs(x)` shares the numeric view used by the operators.
pub fn absolute(value: &Value) -> PyResult<Value> {
    match value {
        Value::Int(i) => Ok(match i.checked_abs() {
            Some(a) => Value::Int(a),
            None => int::normalize(BigInt::from(*i).abs()),
        }),
        Value::Bool(b) => Ok(Value::Int(**b as i64)),
        Value::BigInt(b) => Ok(Value::BigInt(Rc::new(b.abs()))),
        Value::Float(f) => Ok(Value::float(f.abs())),
        other if let Some(c) = crate::runtime::complex::complex_of(other) => {
            crate::runtime::complex::absolute(c)
        }
        other => Err(type_error(format!(
            "bad operand type for abs(): '{}'",
            other.type_name()
        ))),
    }
}

/// `int(x)` for a float: truncation toward zero, refusing inf and nan.
pub fn float_to_int(f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(PyErr::new(
            crate::runtime::ExcKind::ValueError,
            "cannot convert float NaN to integer",
        ));
    }
    if f.is_infinite() {
        return Err(overflow_error("cannot convert float infinity to integer"));
    }
    let t = f.trunc();
    if t.abs() < 9.2e18 {
        return Ok(Value::Int(t as i64));
    }
    let big: BigInt = num_traits::FromPrimitive::from_f64(t).unwrap_or_default();
    Ok(int::normalize(big))
}
