//! The attributes and methods of `int` (and `bool`) and `float` values: `real`, `imag`,
//! `numerator`, `denominator`, `conjugate()`, `int.bit_length()`/`bit_count()`/
//! `as_integer_ratio()`, `float.is_integer()`/`hex()`/`as_integer_ratio()` and the
//! `float.fromhex()` class method, with CPython's exact results and messages.

use num_bigint::BigInt;
use num_traits::{Signed, Zero};

use super::Value;
use super::args::no_arguments;
use super::exception::{ExcKind, PyErr, PyResult, type_error, value_error};
use super::function::BuiltinMethod;
use super::int::{normalize, to_big};
use crate::vm::Vm;

/// The value as a plain `int` (`True.real` is `1`, an `int`).
fn as_int(value: &Value) -> Value {
    match value {
        Value::Bool(b) => Value::Int(i64::from(**b)),
        other => other.clone(),
    }
}

/// `real`, `imag`, `numerator` and `denominator` of a number.
pub fn number_attribute(value: &Value, name: &str) -> Option<Value> {
    match value {
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => match name {
            "real" | "numerator" => Some(as_int(value)),
            "imag" => Some(Value::Int(0)),
            "denominator" => Some(Value::Int(1)),
            _ => None,
        },
        Value::Float(_) => match name {
            "real" => Some(value.clone()),
            "imag" => Some(Value::float(0.0)),
            _ => None,
        },
        _ => None,
    }
}

fn int_conjugate(_vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    no_arguments("int.conjugate", args)?;
    Ok(as_int(this))
}

fn bit_length(_vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    no_arguments("int.bit_length", args)?;
    let bits = match this {
        Value::Int(i) => u64::from(64 - i.unsigned_abs().leading_zeros()),
        other => to_big(other).map_or(0, |big| big.abs().bits()),
    };
    Ok(normalize(bits.into()))
}

fn float_conjugate(_vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    no_arguments("float.conjugate", args)?;
    Ok(this.clone())
}

fn is_integer(_vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    no_arguments("float.is_integer", args)?;
    Ok(Value::bool(match this {
        Value::Float(f) => f.is_finite() && f.fract() == 0.0,
        _ => false,
    }))
}

fn bit_count(_vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    no_arguments("int.bit_count", args)?;
    let ones = match this {
        Value::Int(i) => u64::from(i.unsigned_abs().count_ones()),
        other => to_big(other).map_or(0, |big| {
            big.magnitude()
                .iter_u64_digits()
                .map(|d| u64::from(d.count_ones()))
                .sum()
        }),
    };
    Ok(normalize(ones.into()))
}

fn int_as_integer_ratio(
    _vm: &mut Vm,
    this: &Value,
    args: &[Value],
    _kw: &[Value],
) -> PyResult<Value> {
    no_arguments("int.as_integer_ratio", args)?;
    Ok(Value::tuple(vec![as_int(this), Value::Int(1)]))
}

/// The float a method was called on.
fn float_of(this: &Value) -> f64 {
    match this {
        Value::Float(f) => **f,
        _ => f64::NAN,
    }
}

/// `float.hex()`: `[-]0x1.<13 hex digits>p<exponent>` (`0x0.` and exponent -1022 for a
/// subnormal, `0x0.0p+0` for zero), `inf`, `nan`.
fn float_hex(_vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    no_arguments("float.hex", args)?;
    let x = float_of(this);
    if x.is_nan() {
        return Ok(Value::str("nan"));
    }
    if x.is_infinite() {
        return Ok(Value::str(if x > 0.0 { "inf" } else { "-inf" }));
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return Ok(Value::string(format!("{sign}0x0.0p+0")));
    }
    // `m * 2^e` with `m` below 2^53: its bit 52 is the leading digit (0 for a subnormal,
    // shown with exponent -1022), the 52 bits under it the fraction.
    let (mantissa, exponent) = super::float_digits::decompose(x);
    let (lead, fraction) = (mantissa >> 52, mantissa & ((1u64 << 52) - 1));
    let exponent = if lead == 0 { -1022 } else { exponent + 52 };
    let plus = if exponent >= 0 { "+" } else { "" };
    Ok(Value::string(format!(
        "{sign}0x{lead}.{fraction:013x}p{plus}{exponent}"
    )))
}

/// `float.as_integer_ratio()`: the exact value as a fraction in lowest terms.
fn float_as_integer_ratio(
    _vm: &mut Vm,
    this: &Value,
    args: &[Value],
    _kw: &[Value],
) -> PyResult<Value> {
    no_arguments("float.as_integer_ratio", args)?;
    let x = float_of(this);
    if x.is_infinite() {
        return Err(PyErr::new(
            ExcKind::OverflowError,
            "cannot convert Infinity to integer ratio",
        ));
    }
    if x.is_nan() {
        return Err(value_error("cannot convert NaN to integer ratio"));
    }
    if x == 0.0 {
        return Ok(Value::tuple(vec![Value::Int(0), Value::Int(1)]));
    }
    let (mantissa, exponent) = super::float_digits::decompose(x);
    let (mut mantissa, mut exponent) = (mantissa, i64::from(exponent));
    let twos = i64::from(mantissa.trailing_zeros());
    mantissa >>= twos;
    exponent += twos;
    let mut numerator = BigInt::from(mantissa);
    if x < 0.0 {
        numerator = -numerator;
    }
    let (numerator, denominator) = if exponent >= 0 {
        (numerator << exponent as usize, BigInt::from(1))
    } else {
        (numerator, BigInt::from(1) << (-exponent) as usize)
    };
    Ok(Value::tuple(vec![
        normalize(numerator),
        normalize(denominator),
    ]))
}

/// `float.fromhex(s)`, called on the `float` type.
fn float_fromhex(_vm: &mut Vm, _this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let [Value::Str(text)] = args else {
        return match args {
            [other] => Err(type_error(format!(
                "bad argument type for built-in operation: {}",
                other.type_name()
            ))),
            _ => Err(type_error(format!(
                "float.fromhex() takes exactly one argument ({} given)",
                args.len()
            ))),
        };
    };
    parse_hex_float(text.as_str()).map(Value::float)
}

fn invalid_hex() -> PyErr {
    value_error("invalid hexadecimal floating-point string")
}

/// CPython's `float.fromhex` grammar: `[sign] ['0x'] digits ['.' digits] ['p' [sign] digits]`
/// or an infinity/NaN spelling, surrounded by whitespace; the value rounded half to even.
fn parse_hex_float(text: &str) -> PyResult<f64> {
    let trimmed = text.trim_matches(|c: char| c.is_whitespace());
    let (negative, body) = match trimmed.as_bytes().first() {
        Some(b'-') => (true, &trimmed[1..]),
        Some(b'+') => (false, &trimmed[1..]),
        _ => (false, trimmed),
    };
    let sign = if negative { -1.0 } else { 1.0 };
    let lower = body.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" {
        return Ok(sign * f64::INFINITY);
    }
    if lower == "nan" {
        return Ok(f64::NAN);
    }
    let digits_part = lower.strip_prefix("0x").unwrap_or(&lower);
    let (mantissa_text, exponent_text) = match digits_part.split_once('p') {
        Some((m, e)) => (m, Some(e)),
        None => (digits_part, None),
    };
    let (whole, fraction) = match mantissa_text.split_once('.') {
        Some((w, f)) => (w, f),
        None => (mantissa_text, ""),
    };
    if whole.is_empty() && fraction.is_empty() {
        return Err(invalid_hex());
    }
    let mut mantissa = BigInt::zero();
    for c in whole.chars().chain(fraction.chars()) {
        let digit = c.to_digit(16).ok_or_else(invalid_hex)?;
        mantissa = (mantissa << 4) + digit;
    }
    let mut exponent: i64 = match exponent_text {
        None => 0,
        Some(e) => {
            let digits = e.strip_prefix(['+', '-']).unwrap_or(e);
            if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return Err(invalid_hex());
            }
            // Exponents past any double's range only decide overflow or zero.
            let clamped: i64 = digits
                .get(..8.min(digits.len()))
                .unwrap_or("0")
                .parse()
                .unwrap_or(0);
            let clamped = if digits.len() > 8 {
                99_999_999
            } else {
                clamped
            };
            if e.starts_with('-') {
                -clamped
            } else {
                clamped
            }
        }
    };
    exponent -= 4 * fraction.len() as i64;
    if mantissa.is_zero() {
        return Ok(sign * 0.0);
    }
    let top = mantissa.bits() as i64 - 1 + exponent;
    let too_large = || {
        PyErr::new(
            ExcKind::OverflowError,
            "hexadecimal value too large to represent as a float",
        )
    };
    if top > 1024 {
        return Err(too_large());
    }
    if top < -1075 - 1 {
        return Ok(sign * 0.0);
    }
    // The last bit kept: 52 below the top for a normal double, 2^-1074 at the least.
    let lsb = (top - 52).max(-1074);
    let shift = lsb - exponent;
    let kept = if shift > 0 {
        let shift = shift as usize;
        let quotient: BigInt = &mantissa >> shift;
        let remainder: BigInt = &mantissa - (&quotient << shift);
        let half = BigInt::from(1) << (shift - 1);
        match remainder.cmp(&half) {
            std::cmp::Ordering::Greater => quotient + 1,
            std::cmp::Ordering::Equal if quotient.bit(0) => quotient + 1,
            _ => quotient,
        }
    } else {
        mantissa << (-shift) as usize
    };
    let kept = u64::try_from(&kept).map_err(|_| too_large())? as f64;
    // `kept * 2^lsb` in two exact halves (2^-1074 alone is not a `powi` result).
    let half = lsb / 2;
    let value = kept * 2f64.powi(half as i32) * 2f64.powi((lsb - half) as i32);
    if value.is_infinite() {
        return Err(too_large());
    }
    Ok(sign * value)
}

/// `float.__trunc__`, `__floor__`, `__ceil__`: the float rounded to an int.
fn float_to_int_by(this: &Value, name: &str, args: &[Value], f: fn(f64) -> f64) -> PyResult<Value> {
    no_arguments(name, args)?;
    crate::ops::float_to_int(f(float_of(this)))
}

fn float_trunc(_vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    float_to_int_by(this, "float.__trunc__", args, f64::trunc)
}

fn float_floor(_vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    float_to_int_by(this, "float.__floor__", args, f64::floor)
}

fn float_ceil(_vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    float_to_int_by(this, "float.__ceil__", args, f64::ceil)
}

pub static INT_METHODS: &[BuiltinMethod] = &[
    BuiltinMethod {
        name: "conjugate",
        owner: "int",
        call: int_conjugate,
        keywords: false,
    },
    BuiltinMethod {
        name: "bit_length",
        owner: "int",
        call: bit_length,
        keywords: false,
    },
    BuiltinMethod {
        name: "__index__",
        owner: "int",
        call: int_conjugate,
        keywords: false,
    },
    BuiltinMethod {
        name: "bit_count",
        owner: "int",
        call: bit_count,
        keywords: false,
    },
    BuiltinMethod {
        name: "as_integer_ratio",
        owner: "int",
        call: int_as_integer_ratio,
        keywords: false,
    },
    BuiltinMethod {
        name: "to_bytes",
        owner: "int",
        call: to_bytes,
        keywords: true,
    },
    BuiltinMethod {
        name: "__format__",
        owner: "int",
        call: super::format_call::dunder_format,
        keywords: false,
    },
];

pub static FLOAT_METHODS: &[BuiltinMethod] = &[
    BuiltinMethod {
        name: "conjugate",
        owner: "float",
        call: float_conjugate,
        keywords: false,
    },
    BuiltinMethod {
        name: "is_integer",
        owner: "float",
        call: is_integer,
        keywords: false,
    },
    BuiltinMethod {
        name: "__trunc__",
        owner: "float",
        call: float_trunc,
        keywords: false,
    },
    BuiltinMethod {
        name: "__floor__",
        owner: "float",
        call: float_floor,
        keywords: false,
    },
    BuiltinMethod {
        name: "__ceil__",
        owner: "float",
        call: float_ceil,
        keywords: false,
    },
    BuiltinMethod {
        name: "hex",
        owner: "float",
        call: float_hex,
        keywords: false,
    },
    BuiltinMethod {
        name: "as_integer_ratio",
        owner: "float",
        call: float_as_integer_ratio,
        keywords: false,
    },
    BuiltinMethod {
        name: "__format__",
        owner: "float",
        call: super::format_call::dunder_format,
        keywords: false,
    },
];

/// Methods reached through the `int` type itself (`int.from_bytes(...)`).
pub static INT_TYPE_METHODS: &[BuiltinMethod] = &[BuiltinMethod {
    name: "from_bytes",
    owner: "int",
    call: from_bytes,
    keywords: true,
}];

/// The `byteorder` and `signed` arguments of `to_bytes`/`from_bytes`.
fn byte_order(order: Option<&Value>, signed: Option<&Value>) -> PyResult<(bool, bool)> {
    let little = match order {
        None => false,
        Some(Value::Str(s)) if s.as_str() == "big" => false,
        Some(Value::Str(s)) if s.as_str() == "little" => true,
        Some(Value::Str(_)) => {
            return Err(super::exception::value_error(
                "byteorder must be either 'little' or 'big'",
            ));
        }
        Some(other) => {
            return Err(type_error(format!(
                "to_bytes() argument 'byteorder' must be str, not {}",
                other.type_name()
            )));
        }
    };
    let signed = signed.is_some_and(crate::ops::truthy_of_object);
    Ok((little, signed))
}

/// `int.to_bytes(length=1, byteorder='big', *, signed=False)`.
fn to_bytes(_vm: &mut Vm, this: &Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [length, order, signed] =
        super::args::bind("to_bytes", &["length", "byteorder", "signed"], args, kw)?;
    let length = match length {
        None => 1,
        Some(value) => super::args::to_index(value)?,
    };
    if length < 0 {
        return Err(super::exception::value_error(
            "length argument must be non-negative",
        ));
    }
    let (little, signed) = byte_order(order, signed)?;
    let value = super::int::to_big(this).ok_or_else(|| type_error("expected an int"))?;
    if !signed && value.sign() == num_bigint::Sign::Minus {
        return Err(PyErr::new(
            ExcKind::OverflowError,
            "can't convert negative int to unsigned",
        ));
    }
    let mut bytes = if signed {
        value.to_signed_bytes_le()
    } else {
        value.to_bytes_le().1
    };
    let length = length as usize;
    // Trim the minimal encoding's zero (or sign) padding, then pad to the length asked for.
    let fill = if signed && value.sign() == num_bigint::Sign::Minus {
        0xff
    } else {
        0
    };
    if value.sign() == num_bigint::Sign::NoSign {
        bytes.clear();
    }
    if bytes.len() > length {
        return Err(PyErr::new(ExcKind::OverflowError, "int too big to convert"));
    }
    bytes.resize(length, fill);
    if !little {
        bytes.reverse();
    }
    Ok(super::bytes::new_bytes(bytes))
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)`.
fn from_bytes(vm: &mut Vm, _this: &Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [source, order, signed] =
        super::args::bind("from_bytes", &["bytes", "byteorder", "signed"], args, kw)?;
    let Some(source) = source else {
        return Err(type_error(
            "from_bytes() missing required argument 'bytes' (pos 1)",
        ));
    };
    let data = match super::bytes::data_of(source) {
        Some(data) => data,
        None => {
            let items = crate::ops::collect_iterable(vm, source)?;
            items
                .iter()
                .map(|item| super::bytes::byte_value(vm, item))
                .collect::<PyResult<Vec<u8>>>()?
        }
    };
    let (little, signed) = byte_order(order, signed)?;
    let value = match (little, signed) {
        (true, true) => num_bigint::BigInt::from_signed_bytes_le(&data),
        (false, true) => num_bigint::BigInt::from_signed_bytes_be(&data),
        (true, false) => num_bigint::BigInt::from_bytes_le(num_bigint::Sign::Plus, &data),
        (false, false) => num_bigint::BigInt::from_bytes_be(num_bigint::Sign::Plus, &data),
    };
    Ok(super::int::normalize(value))
}

/// Methods reached through the `float` type itself (`float.fromhex(...)`).
pub static FLOAT_TYPE_METHODS: &[BuiltinMethod] = &[BuiltinMethod {
    name: "fromhex",
    owner: "float",
    call: float_fromhex,
    keywords: false,
}];
