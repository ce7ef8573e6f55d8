//! `format(value, spec)` as CPython's `PyObject_Format`: the built-in types' `__format__`
//! (`int`, `bool`, `float`, `str`), a user class's own `__format__` (whose result must be a
//! str), subclasses of the built-in types formatting the value they wrap, and `object`'s
//! (empty spec only). Also the `format` and `ascii` builtins, the `__format__` methods of the
//! built-in types and the conversions (`!s !r !a`) that f-strings and `str.format` share.
//!
//! The spec language itself is `format_spec`; this module only decides who formats.

use super::dunder::Dunder;
use super::exception::{ExcKind, PyErr, PyResult, type_error};
use super::format_spec::{self, Spec};
use super::function::BuiltinFn;
use super::{Value, int};
use crate::vm::Vm;

/// The text of a str value, or of the str an instance of a str subclass wraps.
pub fn str_text(value: &Value) -> Option<&super::str::PyStr> {
    match value {
        Value::Str(s) => Some(s),
        Value::Instance(instance) => match &instance.native {
            Value::Str(s) => Some(s),
            _ => None,
        },
        _ => None,
    }
}

/// `format(value, spec)`.
pub fn format_value(vm: &mut Vm, value: &Value, spec: &str) -> PyResult<Value> {
    match value {
        Value::Str(s) => {
            if spec.is_empty() {
                return Ok(value.clone());
            }
            Ok(Value::string(format_spec::format_str(s.as_str(), spec)?))
        }
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => {
            Ok(Value::string(format_int_value(vm, value, spec)?))
        }
        Value::Float(f) => Ok(Value::string(format_float_value(**f, spec)?)),
        Value::Native(_) if let Some(c) = super::complex::complex_of(value) => {
            Ok(Value::string(format_spec::format_complex(c, spec)?))
        }
        Value::Instance(instance) => {
            if let Some(method) = super::protocol::find_dunder(&instance.class, Dunder::Format) {
                let result = super::protocol::call_method(vm, &method, value, &[Value::str(spec)])?;
                return checked_result(result);
            }
            let native = super::protocol::native_of(value);
            match native {
                Some(native @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_)))
                    if !spec.is_empty() =>
                {
                    Ok(Value::string(format_int_value(vm, native, spec)?))
                }
                Some(Value::Float(f)) if !spec.is_empty() => {
                    Ok(Value::string(format_float_value(**f, spec)?))
                }
                Some(Value::Str(s)) if !spec.is_empty() => {
                    Ok(Value::string(format_spec::format_str(s.as_str(), spec)?))
                }
                _ => object_format(vm, value, spec),
            }
        }
        _ => object_format(vm, value, spec),
    }
}

/// `__format__` must give back a str (a subclass will do).
fn checked_result(result: Value) -> PyResult<Value> {
    if str_text(&result).is_some() {
        Ok(result)
    } else {
        Err(type_error(format!(
            "__format__ must return a str, not {}",
            result.type_name()
        )))
    }
}

/// `object.__format__`: `str(value)` for an empty spec, else a TypeError.
fn object_format(vm: &mut Vm, value: &Value, spec: &str) -> PyResult<Value> {
    if spec.is_empty() {
        return Ok(Value::string(crate::ops::to_str(vm, value)?));
    }
    Err(type_error(format!(
        "unsupported format string passed to {}.__format__",
        value.type_name()
    )))
}

/// `int.__format__` (and `bool`'s): the int types, or a float type by conversion.
fn format_int_value(vm: &mut Vm, value: &Value, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        return crate::ops::to_str(vm, value);
    }
    let type_name = value.type_name();
    let parsed = format_spec::parse(spec, type_name, 'd', '>')?;
    let small = match value {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(i64::from(**b)),
        _ => None,
    };
    if let Some(i) = small
        && matches!(parsed.kind, 'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n')
    {
        return format_spec::format_i64(i, &parsed);
    }
    let big = int::to_big(value).unwrap_or_default();
    match parsed.kind {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => format_spec::format_int(&big, &parsed),
        kind if format_spec::is_float_kind(kind) => {
            float_with_spec(int::big_to_f64(&big)?, &parsed)
        }
        kind => Err(format_spec::unknown_code(kind, type_name)),
    }
}

/// `float.__format__`.
fn format_float_value(x: f64, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        return Ok(super::float::repr(x));
    }
    let parsed = format_spec::parse(spec, "float", '\0', '>')?;
    match parsed.kind {
        '\0' | 'n' => float_with_spec(x, &parsed),
        kind if format_spec::is_float_kind(kind) => float_with_spec(x, &parsed),
        kind => Err(format_spec::unknown_code(kind, "float")),
    }
}

fn float_with_spec(x: f64, spec: &Spec) -> PyResult<String> {
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(PyErr::new(ExcKind::ValueError, "precision too big"));
    }
    format_spec::format_float_spec(x, spec)
}

/// The conversions of `!s`, `!r` and `!a` (1, 2 and 3, as `FORMAT_VALUE` numbers them).
pub fn convert(vm: &mut Vm, value: &Value, conversion: u32) -> PyResult<Value> {
    Ok(match conversion {
        1 => match value {
            Value::Str(_) => value.clone(),
            _ => Value::string(crate::ops::to_str(vm, value)?),
        },
        2 => Value::string(crate::ops::repr(vm, value)?),
        3 => Value::string(ascii(vm, value)?),
        _ => value.clone(),
    })
}

/// `ascii(value)`: the repr with every non-ASCII character escaped.
pub fn ascii(vm: &mut Vm, value: &Value) -> PyResult<String> {
    let text = crate::ops::repr(vm, value)?;
    if text.is_ascii() {
        return Ok(text);
    }
    Ok(super::format::ascii_escaped(&text))
}

/// The spec argument of `format` and `__format__`, which must be a str.
fn spec_argument<'a>(value: &'a Value, what: &str) -> PyResult<&'a str> {
    match str_text(value) {
        Some(s) => Ok(s.as_str()),
        None => Err(type_error(format!(
            "{what} must be str, not {}",
            value.type_name()
        ))),
    }
}

fn builtin_format(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if !kwnames.is_empty() {
        return Err(type_error("format() takes no keyword arguments"));
    }
    match args {
        [value] => format_value(vm, value, ""),
        [value, spec] => {
            let spec = spec_argument(spec, "format() argument 2")?.to_string();
            format_value(vm, value, &spec)
        }
        [] => Err(type_error("format expected at least 1 argument, got 0")),
        _ => Err(type_error(format!(
            "format expected at most 2 arguments, got {}",
            args.len()
        ))),
    }
}

fn builtin_ascii(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if !kwnames.is_empty() {
        return Err(type_error("ascii() takes no keyword arguments"));
    }
    let value = super::args::exactly_one("ascii", args)?;
    Ok(Value::string(ascii(vm, value)?))
}

/// `format` and `ascii`.
pub static FORMAT_BUILTINS: &[BuiltinFn] = &[
    BuiltinFn {
        name: "format",
        call: builtin_format,
    },
    BuiltinFn {
        name: "ascii",
        call: builtin_ascii,
    },
];

/// `int.__format__`, `float.__format__` and `str.__format__` (the receiver is the built-in
/// value itself, a subclass instance's wrapped value already taken out).
pub fn dunder_format(vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let owner = match this {
        Value::Str(_) => "str",
        Value::Float(_) => "float",
        _ => "int",
    };
    let spec = super::args::exactly_one(&format!("{owner}.__format__"), args)?;
    let spec = spec_argument(spec, "__format__() argument")?.to_string();
    format_value(vm, this, &spec)
}
