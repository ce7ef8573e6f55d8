//! Numeric built-in functions: `divmod`, `pow` (with the three-argument modular form and its
//! modular inverse), `round` (banker's rounding; floats rounded exactly through their decimal
//! expansion, as CPython's dtoa-based `round` does), `chr`, `ord`, `bin`, `oct` and `hex`.

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, Zero};

use super::args::no_keywords;
use super::exception::{PyResult, overflow_error, type_error, value_error};
use super::{Value, args, float, int};
use crate::bytecode::BinOp;
use crate::ops;
use crate::vm::Vm;

fn is_int(value: &Value) -> bool {
    matches!(value, Value::Int(_) | Value::Bool(_) | Value::BigInt(_))
}

/// An int-like value as a `BigInt`, or `None` for every other type.
fn big(value: &Value) -> Option<BigInt> {
    match value {
        Value::Bool(b) => Some(BigInt::from(**b as i64)),
        other => int::to_big(other),
    }
}

/// An int or float as an `f64` (big ints may overflow).
fn as_float(value: &Value) -> PyResult<Option<f64>> {
    Ok(match value {
        Value::Float(f) => Some(**f),
        Value::Int(i) => Some(*i as f64),
        Value::Bool(b) => Some(**b as i64 as f64),
        Value::BigInt(b) => Some(int::big_to_f64(b)?),
        _ => None,
    })
}

/// `divmod(a, b)`.
pub fn builtin_divmod(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    no_keywords("divmod", kwnames)?;
    let [a, b] = args else {
        return Err(type_error(format!(
            "divmod expected 2 arguments, got {}",
            args.len()
        )));
    };
    if is_int(a) && is_int(b) {
        let quotient = ops::binary_op(vm, BinOp::FloorDivide as u32, a.clone(), b.clone())?;
        let remainder = ops::binary_op(vm, BinOp::Remainder as u32, a.clone(), b.clone())?;
        return Ok(Value::tuple(vec![quotient, remainder]));
    }
    let numeric = |v: &Value| is_int(v) || matches!(v, Value::Float(_));
    if !numeric(a) || !numeric(b) {
        return Err(type_error(format!(
            "unsupported operand type(s) for divmod(): '{}' and '{}'",
            a.type_name(),
            b.type_name()
        )));
    }
    let (Some(x), Some(y)) = (as_float(a)?, as_float(b)?) else {
        return Err(type_error("divmod(): bad operands"));
    };
    let (quotient, remainder) = float::div_mod(x, y)?;
    Ok(Value::tuple(vec![
        Value::float(quotient),
        Value::float(remainder),
    ]))
}

/// `pow(base, exp, mod=None)`.
pub fn builtin_pow(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let [base, exp, modulus] = args::bind("pow", &["base", "exp", "mod"], args, kwnames)?;
    let Some(base) = base else {
        return Err(type_error("pow() missing required argument 'base' (pos 1)"));
    };
    let Some(exp) = exp else {
        return Err(type_error("pow() missing required argument 'exp' (pos 2)"));
    };
    match modulus {
        None | Some(Value::None) => {
            ops::binary_op(vm, BinOp::Power as u32, base.clone(), exp.clone())
        }
        Some(modulus) => {
            let (Some(base), Some(exp), Some(modulus)) = (big(base), big(exp), big(modulus)) else {
                return Err(type_error(
                    "pow() 3rd argument not allowed unless all arguments are integers",
                ));
            };
            modular_power(base, exp, modulus).map(int::normalize)
        }
    }
}

/// `pow(base, exp, modulus)` for ints: the result has the modulus's sign, and a negative
/// exponent raises the modular inverse of `base`.
fn modular_power(base: BigInt, exp: BigInt, modulus: BigInt) -> PyResult<BigInt> {
    if modulus.is_zero() {
        return Err(value_error("pow() 3rd argument cannot be 0"));
    }
    let size = modulus.abs();
    let mut base = base.mod_floor(&size);
    let mut exp = exp;
    if exp.is_negative() {
        base = inverse(&base, &size)
            .ok_or_else(|| value_error("base is not invertible for the given modulus"))?;
        exp = -exp;
    }
    if size.is_one() {
        return Ok(BigInt::zero());
    }
    let result = base.modpow(&exp, &size);
    if modulus.is_negative() && !result.is_zero() {
        Ok(result - size)
    } else {
        Ok(result)
    }
}

/// The inverse of `value` modulo `size` (`value` already in `0..size`), if it has one.
fn inverse(value: &BigInt, size: &BigInt) -> Option<BigInt> {
    // Extended Euclid, tracking only the coefficient of `value`.
    let (mut old_r, mut r) = (value.clone(), size.clone());
    let (mut old_s, mut s) = (BigInt::one(), BigInt::zero());
    while !r.is_zero() {
        let quotient = old_r.div_floor(&r);
        let next_r = &old_r - &quotient * &r;
        old_r = std::mem::replace(&mut r, next_r);
        let next_s = &old_s - &quotient * &s;
        old_s = std::mem::replace(&mut s, next_s);
    }
    old_r.is_one().then(|| old_s.mod_floor(size))
}

/// `round(number, ndigits=None)`.
pub fn builtin_round(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let [number, ndigits] = args::bind("round", &["number", "ndigits"], args, kwnames)?;
    let Some(number) = number else {
        return Err(type_error(
            "round() missing required argument 'number' (pos 1)",
        ));
    };
    let ndigits = match ndigits {
        None | Some(Value::None) => None,
        Some(Value::Int(i)) => Some(*i),
        Some(Value::Bool(b)) => Some(**b as i64),
        // Beyond any useful precision either way: clamp, as CPython clamps to ssize_t.
        Some(Value::BigInt(b)) => Some(if b.is_negative() { i64::MIN } else { i64::MAX }),
        Some(other) => return Err(args::not_an_integer(other)),
    };
    match number {
        Value::Float(x) => match ndigits {
            None => ops::float_to_int(x.round_ties_even()),
            Some(ndigits) => round_float(**x, ndigits).map(Value::float),
        },
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            let value = big(number).unwrap_or_default();
            match ndigits {
                Some(ndigits) if ndigits < 0 => Ok(int::normalize(round_int(&value, ndigits))),
                _ => Ok(int::normalize(value)),
            }
        }
        other => Err(type_error(format!(
            "type {} doesn't define __round__ method",
            other.type_name()
        ))),
    }
}

/// An int rounded to a multiple of `10**-ndigits` (`ndigits < 0`), ties to even.
fn round_int(value: &BigInt, ndigits: i64) -> BigInt {
    let places = ndigits.unsigned_abs();
    // A power of ten above twice the value rounds it to 0 whatever its sign.
    if places > value.magnitude().to_string().len() as u64 + 1 {
        return BigInt::zero();
    }
    let Ok(places) = u32::try_from(places) else {
        return BigInt::zero();
    };
    let unit = BigInt::from(10u32).pow(places);
    let (quotient, remainder) = value.div_mod_floor(&unit);
    let twice = &remainder * 2u32;
    let up = twice > unit || (twice == unit && quotient.is_odd());
    let down = value - &remainder;
    if up { down + unit } else { down }
}

/// Floats with more decimals than this are already exact (`round` returns them unchanged);
/// rounding to fewer than `-ROUND_MIN_DIGITS` gives a zero (CPython's NDIGITS_MAX/MIN).
const ROUND_MAX_DIGITS: i64 = 323;
const ROUND_MIN_DIGITS: i64 = -308;

/// `round(x, ndigits)` for a float: the decimal expansion of `x` (exact, since every float is a
/// finite binary fraction) rounded half-to-even at `ndigits` places, read back correctly rounded.
fn round_float(x: f64, ndigits: i64) -> PyResult<f64> {
    if ndigits > ROUND_MAX_DIGITS || x == 0.0 || !x.is_finite() {
        return Ok(x);
    }
    if ndigits < ROUND_MIN_DIGITS {
        return Ok(0.0 * x);
    }
    // 1100 fraction digits hold every float's expansion exactly (the smallest needs 1074).
    let exact = format!("{:.1100}", x.abs());
    let (whole, fraction) = exact.split_once('.').unwrap_or((&exact, ""));
    let digits: Vec<u8> = whole
        .bytes()
        .chain(fraction.bytes())
        .map(|b| b - b'0')
        .collect();
    let point = whole.len() as i64;
    // Keep the digits before index `keep` (may be negative: everything rounds away).
    let keep = point + ndigits;
    let rounded = if keep < 0 {
        0.0
    } else {
        let keep = keep as usize;
        let Some((&first_dropped, rest)) = digits.get(keep..).and_then(<[u8]>::split_first) else {
            return Ok(x);
        };
        let mut kept: Vec<u8> = digits.get(..keep).map(<[u8]>::to_vec).unwrap_or_default();
        let rest_zero = rest.iter().all(|d| *d == 0);
        let last_odd = kept.last().is_some_and(|d| d % 2 == 1);
        let up = first_dropped > 5 || (first_dropped == 5 && (!rest_zero || last_odd));
        if up {
            let mut carry = true;
            for digit in kept.iter_mut().rev() {
                if *digit == 9 {
                    *digit = 0;
                } else {
                    *digit += 1;
                    carry = false;
                    break;
                }
            }
            if carry {
                kept.insert(0, 1);
            }
        }
        let mut text: String = kept.iter().map(|d| char::from(b'0' + d)).collect();
        if text.is_empty() {
            text.push('0');
        }
        // The kept digits are an integer scaled by 10**-ndigits.
        format!("{text}e{}", -ndigits)
            .parse::<f64>()
            .unwrap_or(f64::INFINITY)
    };
    if rounded.is_infinite() {
        return Err(overflow_error("rounded value too large to represent"));
    }
    Ok(rounded.copysign(x))
}

/// `chr(i)`.
pub fn builtin_chr(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    no_keywords("chr", kwnames)?;
    let code = args::exactly_one("chr", args)?;
    let code = match code {
        Value::Int(i) => *i,
        Value::Bool(b) => **b as i64,
        Value::BigInt(_) => i64::MAX,
        other => return Err(args::not_an_integer(other)),
    };
    if i32::try_from(code).is_err() {
        return Err(overflow_error("Python int too large to convert to C int"));
    }
    let Ok(code) = u32::try_from(code) else {
        return Err(value_error("chr() arg not in range(0x110000)"));
    };
    if code >= 0x110000 {
        return Err(value_error("chr() arg not in range(0x110000)"));
    }
    Ok(match char::from_u32(code) {
        Some(c) => super::str::char_value(c),
        None => super::str::surrogate_value(code as u16),
    })
}

/// `ord(c)`.
pub fn builtin_ord(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    no_keywords("ord", kwnames)?;
    let text = args::exactly_one("ord", args)?;
    let Value::Str(text) = text else {
        return Err(type_error(format!(
            "ord() expected string of length 1, but {} found",
            text.type_name()
        )));
    };
    if text.char_len() != 1 {
        return Err(type_error(format!(
            "ord() expected a character, but string of length {} found",
            text.char_len()
        )));
    }
    let code = text.code_points().next().unwrap_or(0);
    Ok(Value::Int(i64::from(code)))
}

/// `bin`, `oct` and `hex`: the int in `radix` after `prefix`, a minus sign before the prefix.
fn radix_text(
    name: &str,
    args: &[Value],
    kwnames: &[Value],
    radix: u32,
    prefix: &str,
) -> PyResult<Value> {
    no_keywords(name, kwnames)?;
    let value = args::exactly_one(name, args)?;
    let Some(number) = big(value) else {
        return Err(args::not_an_integer(value));
    };
    let sign = if number.sign() == Sign::Minus {
        "-"
    } else {
        ""
    };
    let digits = number.magnitude().to_str_radix(radix);
    Ok(Value::string(format!("{sign}{prefix}{digits}")))
}

pub fn builtin_bin(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let args = &super::indexing::index_args(vm, args)?;
    radix_text("bin", args, kwnames, 2, "0b")
}

pub fn builtin_oct(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let args = &super::indexing::index_args(vm, args)?;
    radix_text("oct", args, kwnames, 8, "0o")
}

pub fn builtin_hex(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let args = &super::indexing::index_args(vm, args)?;
    radix_text("hex", args, kwnames, 16, "0x")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_round_through_their_exact_expansion() {
        let r = |x: f64, n: i64| round_float(x, n).ok();
        assert_eq!(r(2.675, 2), Some(2.67));
        assert_eq!(r(0.125, 2), Some(0.12));
        assert_eq!(r(0.375, 2), Some(0.38));
        assert_eq!(r(1234.5, -1), Some(1230.0));
        assert_eq!(r(1250.0, -2), Some(1200.0));
        assert_eq!(r(1350.0, -2), Some(1400.0));
        assert_eq!(r(9.99, 1), Some(10.0));
        assert_eq!(r(-0.4, 0).map(f64::is_sign_negative), Some(true));
        assert_eq!(r(5e-324, 400), Some(5e-324));
        assert_eq!(r(123.0, -5), Some(0.0));
    }

    #[test]
    fn ints_round_half_to_even() {
        let r = |x: i64, n: i64| round_int(&BigInt::from(x), n);
        assert_eq!(r(25, -1), BigInt::from(20));
        assert_eq!(r(35, -1), BigInt::from(40));
        assert_eq!(r(-25, -1), BigInt::from(-20));
        assert_eq!(r(-26, -1), BigInt::from(-30));
        assert_eq!(r(5, -1), BigInt::from(0));
        assert_eq!(r(15, -1), BigInt::from(20));
        assert_eq!(r(12345, -40), BigInt::from(0));
    }

    #[test]
    fn modular_powers_follow_the_modulus_sign() {
        let p = |b: i64, e: i64, m: i64| modular_power(b.into(), e.into(), m.into()).ok();
        assert_eq!(p(2, 10, 1000), Some(BigInt::from(24)));
        assert_eq!(p(3, -1, 7), Some(BigInt::from(5)));
        assert_eq!(p(3, 2, -7), Some(BigInt::from(-5)));
        assert_eq!(p(-3, 3, 7), Some(BigInt::from(1)));
        assert_eq!(p(2, -1, 4), None);
        assert_eq!(p(2, -1, 1), Some(BigInt::from(0)));
    }
}
