//! Python `int` semantics: an i64 fast path that promotes to `BigInt` on overflow and demotes back
//! whenever a result fits, floor division/modulo rounding toward negative infinity, shifts and
//! bitwise ops with two's-complement meaning, parsing and conversion to float.

use std::rc::Rc;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::exception::{PyErr, PyResult, value_error, zero_division};
use super::{ExcKind, Value};

/// The integer operators that take two ints and give an int.
#[derive(Clone, Copy, Debug)]
pub enum IntOp {
    Add,
    Sub,
    Mul,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
}

/// Results (products, powers, shifts) beyond this many bits (512 MiB) are refused with
/// MemoryError rather than exhausting memory or running for hours.
const MAX_BITS: u64 = 1 << 32;

/// MemoryError unless a result of `bits` bits fits under `MAX_BITS` and the address space can
/// hold it `copies` times over (result plus the operation's working space) right now. num-bigint
/// aborts the process when an allocation fails, so the room is checked before it runs.
pub fn make_room(bits: u64, copies: u64) -> PyResult<()> {
    if bits > MAX_BITS {
        return Err(super::exception::memory_error());
    }
    let bytes = usize::try_from(bits / 8 + 8).unwrap_or(usize::MAX);
    super::alloc::ensure_available_blocks(bytes, copies as usize)
}

/// The decimal form of `value`, written at the end of `buffer` without allocating: `str()` and
/// `repr()` of small ints (`to_string` built and grew a `String` through the formatting
/// machinery; callgrind on `perf/genexps.py`).
pub fn decimal_i64(value: i64, buffer: &mut [u8; 20]) -> &str {
    let start = decimal_digits(value.unsigned_abs(), buffer);
    let start = if value < 0 {
        buffer[start - 1] = b'-';
        start - 1
    } else {
        start
    };
    // Only ASCII digits and '-' were written.
    std::str::from_utf8(&buffer[start..]).unwrap_or("")
}

/// `decimal_i64` for a magnitude (no sign).
pub fn decimal_u64(magnitude: u64, buffer: &mut [u8; 20]) -> &str {
    let start = decimal_digits(magnitude, buffer);
    std::str::from_utf8(&buffer[start..]).unwrap_or("")
}

/// Writes the digits of `magnitude` at the end of `buffer`, leaving room for a sign before
/// them (a u64 has at most 20 digits, but one that an i64's magnitude has at most 19); returns
/// where they start.
fn decimal_digits(mut magnitude: u64, buffer: &mut [u8; 20]) -> usize {
    let mut start = buffer.len();
    loop {
        start -= 1;
        buffer[start] = b'0' + (magnitude % 10) as u8;
        magnitude /= 10;
        if magnitude == 0 {
            break;
        }
    }
    start
}

/// Wraps a big integer, demoting it to the inline form when it fits in an i64.
pub fn normalize(big: BigInt) -> Value {
    match big.to_i64() {
        Some(small) => Value::Int(small),
        None => Value::BigInt(Rc::new(big)),
    }
}

/// An i128 as a Python int.
pub fn from_i128(i: i128) -> Value {
    match i64::try_from(i) {
        Ok(small) => Value::Int(small),
        Err(_) => Value::BigInt(Rc::new(BigInt::from(i))),
    }
}

/// The value of an int-like (`int`, `bool`) as a big integer.
pub fn to_big(value: &Value) -> Option<BigInt> {
    match value {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(**b as i64)),
        Value::BigInt(b) => Some((**b).clone()),
        _ => None,
    }
}

fn floor_div_i64(a: i64, b: i64) -> i64 {
    let q = a / b;
    if a % b != 0 && ((a < 0) != (b < 0)) {
        q - 1
    } else {
        q
    }
}

fn floor_mod_i64(a: i64, b: i64) -> i64 {
    let r = a.wrapping_rem(b);
    if r != 0 && ((r < 0) != (b < 0)) {
        r + b
    } else {
        r
    }
}

/// `a op b` on two inline ints, overflowing into a big int when needed.
pub fn small_op(op: IntOp, a: i64, b: i64) -> PyResult<Value> {
    let fast = match op {
        IntOp::Add => a.checked_add(b),
        IntOp::Sub => a.checked_sub(b),
        IntOp::Mul => a.checked_mul(b),
        IntOp::FloorDiv => {
            if b == 0 {
                return Err(zero_division("integer division or modulo by zero"));
            }
            if a == i64::MIN && b == -1 {
                None
            } else {
                Some(floor_div_i64(a, b))
            }
        }
        IntOp::Mod => {
            if b == 0 {
                return Err(zero_division("integer modulo by zero"));
            }
            Some(floor_mod_i64(a, b))
        }
        IntOp::Pow => pow_i64(a, b),
        IntOp::LShift => {
            if b < 0 {
                return Err(value_error("negative shift count"));
            }
            if a == 0 {
                Some(0)
            } else if b < 63 && (a << b) >> b == a {
                Some(a << b)
            } else {
                None
            }
        }
        IntOp::RShift => {
            if b < 0 {
                return Err(value_error("negative shift count"));
            }
            Some(if b >= 64 {
                if a < 0 { -1 } else { 0 }
            } else {
                a >> b
            })
        }
        IntOp::And => Some(a & b),
        IntOp::Or => Some(a | b),
        IntOp::Xor => Some(a ^ b),
    };
    match fast {
        Some(v) => Ok(Value::Int(v)),
        None => big_op(op, &BigInt::from(a), &BigInt::from(b)),
    }
}

fn pow_i64(base: i64, exp: i64) -> Option<i64> {
    debug_assert!(
        exp >= 0,
        "negative exponents are handled as floats by the caller"
    );
    let mut result: i64 = 1;
    let mut base = base;
    let mut exp = exp;
    while exp > 0 {
        if exp & 1 == 1 {
            result = result.checked_mul(base)?;
        }
        exp >>= 1;
        if exp > 0 {
            base = base.checked_mul(base)?;
        }
    }
    Some(result)
}

fn shift_amount(b: &BigInt) -> PyResult<u64> {
    if b.is_negative() {
        return Err(value_error("negative shift count"));
    }
    b.to_u64()
        .filter(|n| *n <= MAX_BITS)
        .ok_or_else(super::exception::memory_error)
}

/// `a op b` on big integers; the result is demoted when it fits.
pub fn big_op(op: IntOp, a: &BigInt, b: &BigInt) -> PyResult<Value> {
    let widest = a.bits().max(b.bits()) + 1;
    let result = match op {
        IntOp::Add => {
            make_room(widest, 2)?;
            a + b
        }
        IntOp::Sub => {
            make_room(widest, 2)?;
            a - b
        }
        IntOp::Mul => {
            make_room(a.bits() + b.bits(), 3)?;
            a * b
        }
        IntOp::FloorDiv => {
            if b.is_zero() {
                return Err(zero_division("integer division or modulo by zero"));
            }
            make_room(widest, 3)?;
            a.div_floor(b)
        }
        IntOp::Mod => {
            if b.is_zero() {
                return Err(zero_division("integer modulo by zero"));
            }
            make_room(widest, 3)?;
            a.mod_floor(b)
        }
        IntOp::Pow => {
            if a.is_zero() || a.is_one() {
                a.clone()
            } else if *a == BigInt::from(-1) {
                if b.is_even() {
                    BigInt::one()
                } else {
                    a.clone()
                }
            } else {
                let exp = b.to_u32().ok_or_else(super::exception::memory_error)?;
                make_room(u64::from(exp).saturating_mul(a.bits()), 3)?;
                num_traits::pow(a.clone(), exp as usize)
            }
        }
        IntOp::LShift => {
            if b.is_negative() {
                return Err(value_error("negative shift count"));
            }
            if a.is_zero() {
                BigInt::zero()
            } else {
                let n = shift_amount(b)?;
                make_room(a.bits() + n, 2)?;
                a << (n as usize)
            }
        }
        IntOp::RShift => {
            let n = shift_amount(b).or_else(|err| {
                if b.is_negative() {
                    Err(err)
                } else {
                    Ok(u64::MAX)
                }
            })?;
            if n > a.bits() {
                if a.is_negative() {
                    BigInt::from(-1)
                } else {
                    BigInt::zero()
                }
            } else {
                a >> (n as usize)
            }
        }
        IntOp::And | IntOp::Or | IntOp::Xor => {
            make_room(widest, 2)?;
            match op {
                IntOp::And => a & b,
                IntOp::Or => a | b,
                _ => a ^ b,
            }
        }
    };
    Ok(normalize(result))
}

thread_local! {
    /// `sys.set_int_max_str_digits`: the most decimal digits int<->str conversion accepts.
    static MAX_STR_DIGITS: std::cell::Cell<usize> = const { std::cell::Cell::new(DEFAULT_MAX_STR_DIGITS) };
}

/// CPython 3.11's default limit on decimal digits in int<->str conversion.
pub const DEFAULT_MAX_STR_DIGITS: usize = 4300;

pub fn max_str_digits() -> usize {
    MAX_STR_DIGITS.with(|m| m.get())
}

pub fn set_max_str_digits(limit: usize) {
    MAX_STR_DIGITS.with(|m| m.set(limit));
}

fn digit_limit_error(detail: &str) -> PyErr {
    value_error(format!(
        "Exceeds the limit ({} digits) for integer string conversion{detail}; use sys.set_int_max_str_digits() to increase the limit",
        max_str_digits()
    ))
}

/// Decimal text of a big int, refusing more digits than the limit as CPython 3.11 does.
pub fn big_to_decimal(b: &BigInt) -> PyResult<String> {
    let limit = max_str_digits();
    // A number of this many bits has at least bits * log10(2) - 1 decimal digits.
    if limit > 0 && b.bits() as f64 * std::f64::consts::LOG10_2 > limit as f64 + 1.0 {
        return Err(digit_limit_error(""));
    }
    make_room(b.bits(), 3)?;
    let text = b.to_string();
    let digits = text.trim_start_matches('-').len();
    if limit > 0 && digits > limit {
        return Err(digit_limit_error(""));
    }
    Ok(text)
}

/// Converts an int to float, raising OverflowError when it is out of range.
pub fn big_to_f64(b: &BigInt) -> PyResult<f64> {
    match b.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err(PyErr::new(
            ExcKind::OverflowError,
            "int too large to convert to float",
        )),
    }
}

/// A positive big int as `(x, e)` with `x` in [0.5, 1) and the int ≈ `x * 2**e`, `x` correctly
/// rounded to a double (CPython's `_PyLong_Frexp`): the top 55 bits, the lowest of them made
/// sticky for any bit shifted out, are rounded to 53 by the conversion to `f64`.
pub fn frexp(b: &BigInt) -> (f64, u64) {
    let bits = b.bits();
    let top = if bits > 55 {
        let shift = bits - 55;
        let sticky = b.trailing_zeros().is_some_and(|zeros| zeros < shift);
        (b >> (shift as usize)).to_u64().unwrap_or(0) | u64::from(sticky)
    } else {
        b.to_u64().unwrap_or(0) << (55 - bits)
    };
    let x = top as f64 / (1u64 << 55) as f64;
    if x >= 1.0 {
        (x / 2.0, bits + 1)
    } else {
        (x, bits)
    }
}

/// True division of two ints, correctly rounded for operands beyond 2**53.
pub fn true_divide(a: &BigInt, b: &BigInt) -> PyResult<f64> {
    if b.is_zero() {
        return Err(zero_division("division by zero"));
    }
    if let (Some(x), Some(y)) = (a.to_i64(), b.to_i64()) {
        const EXACT: i64 = 1 << 53;
        if x.abs() <= EXACT && y.abs() <= EXACT {
            return Ok(x as f64 / y as f64);
        }
    }
    let negative = a.is_negative() != b.is_negative();
    let (mut num, mut den) = (a.abs(), b.abs());
    let shift = num.bits() as i64 - den.bits() as i64 - 55;
    if shift > 0 {
        den <<= shift as usize;
    } else {
        num <<= (-shift) as usize;
    }
    let (quotient, remainder) = num.div_rem(&den);
    let mut q = quotient.to_u64().unwrap_or(u64::MAX);
    if !remainder.is_zero() {
        q |= 1;
    }
    let magnitude = (q as f64) * 2f64.powi(shift.clamp(-1100, 1100) as i32);
    if magnitude.is_infinite() {
        return Err(PyErr::new(
            ExcKind::OverflowError,
            "integer division result too large for a float",
        ));
    }
    Ok(if negative { -magnitude } else { magnitude })
}

/// Parses the text of `int(s)` (base 10): surrounding whitespace, a sign, digits with single
/// underscores between them. `None` when the text is not an int; an error past the digit limit.
pub fn parse_int(text: &str) -> Option<PyResult<Value>> {
    let trimmed = text.trim();
    let (negative, digits) = match trimmed.as_bytes().first() {
        Some(b'-') => (true, &trimmed[1..]),
        Some(b'+') => (false, &trimmed[1..]),
        _ => (false, trimmed),
    };
    if digits.is_empty()
        || digits.starts_with('_')
        || digits.ends_with('_')
        || digits.contains("__")
    {
        return None;
    }
    // Up to 18 plain digits always fit an i64: fold them directly (the BigInt parse below cost
    // 11% of a string-heavy benchmark).
    if digits.len() <= 18 && digits.bytes().all(|b| b.is_ascii_digit()) {
        let magnitude = digits.bytes().fold(0i64, |n, b| n * 10 + (b - b'0') as i64);
        return Some(Ok(Value::Int(if negative {
            -magnitude
        } else {
            magnitude
        })));
    }
    let clean: String = digits.chars().filter(|c| *c != '_').collect();
    if !clean.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let limit = max_str_digits();
    if limit > 0 && clean.len() > limit {
        return Some(Err(digit_limit_error(&format!(
            ": value has {} digits",
            clean.len()
        ))));
    }
    let big: BigInt = clean.parse().ok()?;
    Some(Ok(normalize(if negative { -big } else { big })))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int(v: &Value) -> String {
        match v {
            Value::Int(i) => format!("small {i}"),
            Value::BigInt(b) => format!("big {b}"),
            _ => "other".into(),
        }
    }

    #[test]
    fn promotes_on_overflow_and_demotes_back() {
        let big = small_op(IntOp::Mul, i64::MAX, 2).unwrap();
        assert_eq!(int(&big), format!("big {}", i64::MAX as i128 * 2));
        let Value::BigInt(b) = &big else {
            panic!("expected a big int")
        };
        let back = big_op(IntOp::FloorDiv, b, &BigInt::from(2)).unwrap();
        assert_eq!(int(&back), format!("small {}", i64::MAX));
        assert_eq!(
            int(&small_op(IntOp::LShift, 1, 100).unwrap()),
            "big 1267650600228229401496703205376"
        );
        let Value::BigInt(shifted) = small_op(IntOp::LShift, 1, 100).unwrap() else {
            panic!()
        };
        assert_eq!(
            int(&big_op(IntOp::RShift, &shifted, &BigInt::from(98)).unwrap()),
            "small 4"
        );
    }

    #[test]
    fn floor_semantics_for_negatives() {
        assert_eq!(int(&small_op(IntOp::FloorDiv, -7, 2).unwrap()), "small -4");
        assert_eq!(int(&small_op(IntOp::Mod, -7, 2).unwrap()), "small 1");
        assert_eq!(int(&small_op(IntOp::Mod, 7, -2).unwrap()), "small -1");
        assert_eq!(
            int(&small_op(IntOp::FloorDiv, i64::MIN, -1).unwrap()),
            "big 9223372036854775808"
        );
        assert_eq!(
            int(&big_op(IntOp::RShift, &BigInt::from(-5), &BigInt::from(1)).unwrap()),
            "small -3"
        );
    }

    #[test]
    fn parses_int_text() {
        assert_eq!(int(&parse_int(" -42 ").unwrap().unwrap()), "small -42");
        assert_eq!(int(&parse_int("1_000").unwrap().unwrap()), "small 1000");
        assert!(parse_int(&"9".repeat(5000)).unwrap().is_err());
        assert!(parse_int("x").is_none());
        assert!(parse_int("1__0").is_none());
    }
}
