//! More methods of `str`: the character-class predicates (`isdigit`, `isalpha`, `isalnum`,
//! `isspace`, `isupper`, `islower`, `isdecimal`, `isnumeric`, `isprintable`) and `capitalize`/`swapcase`,
//! with Python's rules (an empty string is never a digit, alphabetic, ...; `isupper` needs at
//! least one cased character and no lower-case one).

use super::Value;
use super::args::no_arguments;
use super::exception::PyResult;
use crate::vm::Vm;

fn text(value: &Value) -> &str {
    match value {
        Value::Str(s) => s.as_str(),
        _ => "",
    }
}

/// Whether `text` is non-empty and every character satisfies `test`.
fn all_chars(text: &str, test: fn(char) -> bool) -> Value {
    Value::bool(!text.is_empty() && text.chars().all(test))
}

fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || (!c.is_ascii() && c.is_numeric())
}

macro_rules! predicate {
    ($name:ident, $method:literal, $test:expr) => {
        pub fn $name(_vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
            no_arguments($method, args)?;
            Ok(all_chars(text(this), $test))
        }
    };
}

predicate!(isdigit, "str.isdigit", is_digit);
predicate!(isdecimal, "str.isdecimal", is_digit);
predicate!(isnumeric, "str.isnumeric", char::is_numeric);
predicate!(isalpha, "str.isalpha", char::is_alphabetic);
predicate!(isalnum, "str.isalnum", |c| c.is_alphanumeric());
predicate!(isspace, "str.isspace", super::str_methods::is_space);

/// `str.isprintable()`: true for the empty string; lone surrogates are never printable.
pub fn isprintable(_vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    no_arguments("str.isprintable", args)?;
    Ok(Value::bool(match this {
        Value::Str(s) => {
            s.lone_surrogates().is_empty()
                && s.as_str().chars().all(super::unprintable::is_printable)
        }
        _ => false,
    }))
}

/// `isupper`/`islower`: some cased character, and none of the other case.
fn cased(text: &str, upper: bool) -> Value {
    let mut any = false;
    for c in text.chars() {
        if (upper && c.is_lowercase()) || (!upper && c.is_uppercase()) {
            return Value::bool(false);
        }
        any |= c.is_uppercase() || c.is_lowercase();
    }
    Value::bool(any)
}

pub fn isupper(_vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    no_arguments("str.isupper", args)?;
    Ok(cased(text(this), true))
}

pub fn islower(_vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    no_arguments("str.islower", args)?;
    Ok(cased(text(this), false))
}

/// `capitalize`: the first character upper-cased, the rest lower-cased.
pub fn capitalize(_vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    no_arguments("str.capitalize", args)?;
    let mut chars = text(this).chars();
    let mut out = String::new();
    if let Some(first) = chars.next() {
        out.extend(first.to_uppercase());
        out.push_str(&chars.as_str().to_lowercase());
    }
    Ok(Value::string(out))
}

/// `swapcase`: each cased character changed to the other case.
pub fn swapcase(_vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    no_arguments("str.swapcase", args)?;
    let mut out = String::new();
    for c in text(this).chars() {
        if c.is_uppercase() {
            out.extend(c.to_lowercase());
        } else {
            out.extend(c.to_uppercase());
        }
    }
    Ok(Value::string(out))
}
