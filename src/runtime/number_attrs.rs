//! The attributes and methods of `int` (and `bool`) and `float` values: `real`, `imag`,
//! `numerator`, `denominator`, `conjugate()`, `int.bit_length()`, `float.is_integer()`.

use num_traits::Signed;

use super::Value;
use super::args::no_arguments;
use super::exception::PyResult;
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
        name: "__format__",
        owner: "float",
        call: super::format_call::dunder_format,
        keywords: false,
    },
];
