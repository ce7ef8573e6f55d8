//! Text conversions: `repr()` and `str()` of every value (with CPython's `[...]` for a list that
//! contains itself and a depth guard so deep nesting raises RecursionError instead of
//! overflowing), and printf-style `%` formatting.

use super::exception::{ExcKind, PyErr, PyResult, type_error};
use super::{Value, float, int};
use crate::vm::Vm;

/// Containers nested deeper than this make `repr` raise RecursionError, as CPython's does.
const MAX_REPR_DEPTH: usize = 1000;

fn write_repr(out: &mut String, value: &Value, visiting: &mut Vec<*const ()>) -> PyResult<()> {
    match value {
        Value::Null => out.push_str("<NULL>"),
        Value::None => out.push_str("None"),
        Value::Bool(b) => out.push_str(if **b { "True" } else { "False" }),

        Value::Int(i) => out.push_str(&i.to_string()),
        Value::BigInt(b) => out.push_str(&int::big_to_decimal(b)?),
        Value::Float(f) => out.push_str(&float::repr(**f)),
        Value::Str(s) => out.push_str(&super::str::repr(s.as_str())),
        Value::List(list) => {
            let id = std::rc::Rc::as_ptr(list) as *const ();
            if visiting.contains(&id) {
                out.push_str("[...]");
                return Ok(());
            }
            if visiting.len() >= MAX_REPR_DEPTH {
                return Err(too_deep());
            }
            visiting.push(id);
            let items = list.borrow().clone();
            out.push('[');
            let result = write_items(out, &items, visiting);
            out.push(']');
            visiting.pop();
            result?;
        }
        Value::Tuple(items) => {
            if visiting.len() >= MAX_REPR_DEPTH {
                return Err(too_deep());
            }
            visiting.push(std::rc::Rc::as_ptr(items) as *const ());
            out.push('(');
            let result = write_items(out, items, visiting);
            if items.len() == 1 {
                out.push(',');
            }
            out.push(')');
            visiting.pop();
            result?;
        }
        Value::Range(r) => {
            if r.step == 1 {
                out.push_str(&format!("range({}, {})", r.start, r.stop));
            } else {
                out.push_str(&format!("range({}, {}, {})", r.start, r.stop, r.step));
            }
        }
        Value::Iter(it) => out.push_str(&format!(
            "<{} object at {:p}>",
            it.borrow().type_name(),
            std::rc::Rc::as_ptr(it)
        )),
        Value::Function(f) => out.push_str(&format!(
            "<function {} at {:p}>",
            f.code.name,
            std::rc::Rc::as_ptr(f)
        )),
        Value::Builtin(b) => out.push_str(&format!("<built-in function {}>", b.name)),
        Value::Method(m) => {
            out.push_str(&format!("<method '{}' of '{}' objects>", m.name, m.owner))
        }
        Value::BoundMethod(bound) => {
            let (receiver, method) = &**bound;
            out.push_str(&format!(
                "<built-in method {} of {} object at {:p}>",
                method.name,
                receiver.type_name(),
                std::rc::Rc::as_ptr(bound)
            ))
        }
        Value::PyMethod(method) => {
            out.push_str("<bound method ");
            match &method.callable {
                Value::Function(f) => out.push_str(&f.code.name),
                other => out.push_str(other.type_name()),
            }
            out.push_str(" of ");
            write_repr(out, &method.receiver, visiting)?;
            out.push('>');
        }
        Value::Module(m) => out.push_str(&format!("<module '{}' (built-in)>", m.name)),
        Value::Code(c) => out.push_str(&format!(
            "<code object {} at {:p}, file \"{}\", line {}>",
            c.name,
            std::rc::Rc::as_ptr(c),
            c.filename,
            c.first_line
        )),
    }
    Ok(())
}

fn write_items(out: &mut String, items: &[Value], visiting: &mut Vec<*const ()>) -> PyResult<()> {
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        write_repr(out, item, visiting)?;
    }
    Ok(())
}

fn too_deep() -> PyErr {
    PyErr::new(
        ExcKind::RecursionError,
        "maximum recursion depth exceeded while getting the repr of an object",
    )
}

/// `repr(value)`.
pub fn repr(_vm: &mut Vm, value: &Value) -> PyResult<String> {
    let mut out = String::new();
    write_repr(&mut out, value, &mut Vec::new())?;
    Ok(out)
}

/// `repr` for contexts that cannot raise (the disassembler); deep nesting shows as `...`.
pub fn repr_plain(value: &Value) -> String {
    let mut out = String::new();
    if write_repr(&mut out, value, &mut Vec::new()).is_err() {
        out.push_str("...");
    }
    out
}

/// `str(value)`.
pub fn to_str(vm: &mut Vm, value: &Value) -> PyResult<String> {
    match value {
        Value::Str(s) => Ok(s.as_str().to_string()),
        other => repr(vm, other),
    }
}

/// One parsed `%` conversion specifier.
#[derive(Default)]
struct Spec {
    left: bool,
    plus: bool,
    space: bool,
    alternate: bool,
    zero: bool,
    width: usize,
    precision: Option<usize>,
}

/// `format % args`.
pub fn percent_format(vm: &mut Vm, format: &str, args: &Value) -> PyResult<String> {
    let items: Vec<Value> = match args {
        Value::Tuple(t) => t.to_vec(),
        other => vec![other.clone()],
    };
    let mut next = 0usize;
    let mut take = |items: &[Value]| -> PyResult<Value> {
        let item = items
            .get(next)
            .cloned()
            .ok_or_else(|| type_error("not enough arguments for format string"))?;
        next += 1;
        Ok(item)
    };
    let mut out = String::with_capacity(format.len() + 16);
    let mut chars = format.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let mut spec = Spec::default();
        while let Some(&flag) = chars.peek() {
            match flag {
                '-' => spec.left = true,
                '+' => spec.plus = true,
                ' ' => spec.space = true,
                '#' => spec.alternate = true,
                '0' => spec.zero = true,
                _ => break,
            }
            chars.next();
        }
        if chars.peek() == Some(&'*') {
            chars.next();
            spec.width = star_argument(&take(&items)?)?;
        } else {
            while let Some(d) = chars.peek().and_then(|c| c.to_digit(10)) {
                spec.width = push_digit(spec.width, d, "width too big")?;
                chars.next();
            }
        }
        if chars.peek() == Some(&'.') {
            chars.next();
            let mut precision = 0;
            if chars.peek() == Some(&'*') {
                chars.next();
                precision = star_argument(&take(&items)?)?;
            } else {
                while let Some(d) = chars.peek().and_then(|c| c.to_digit(10)) {
                    precision = push_digit(precision, d, "precision too big")?;
                    chars.next();
                }
            }
            spec.precision = Some(precision);
        }
        while matches!(chars.peek(), Some('h' | 'l' | 'L')) {
            chars.next();
        }
        let Some(conversion) = chars.next() else {
            return Err(PyErr::new(ExcKind::ValueError, "incomplete format"));
        };
        if conversion == '%' {
            out.push('%');
            continue;
        }
        let arg = take(&items)?;
        let (sign, body, numeric) = convert(vm, conversion, &spec, &arg, out.len())?;
        pad(&mut out, &spec, sign, &body, numeric)?;
    }
    if next < items.len() && matches!(args, Value::Tuple(_)) {
        return Err(type_error(
            "not all arguments converted during string formatting",
        ));
    }
    if next == 0 && !matches!(args, Value::Tuple(_)) {
        return Err(type_error(
            "not all arguments converted during string formatting",
        ));
    }
    Ok(out)
}

/// Appends a decimal digit to a width or precision, refusing values past C's `INT_MAX` with
/// CPython's message.
fn push_digit(value: usize, digit: u32, too_big: &str) -> PyResult<usize> {
    value
        .checked_mul(10)
        .and_then(|v| v.checked_add(digit as usize))
        .filter(|v| *v <= i32::MAX as usize)
        .ok_or_else(|| PyErr::new(ExcKind::ValueError, too_big))
}

fn star_argument(value: &Value) -> PyResult<usize> {
    match value {
        Value::Int(i) => Ok((*i).max(0) as usize),
        _ => Err(type_error("* wants int")),
    }
}

/// Converts one argument: returns (sign, digits-or-text, is-numeric).
fn convert(
    vm: &mut Vm,
    conversion: char,
    spec: &Spec,
    arg: &Value,
    position: usize,
) -> PyResult<(String, String, bool)> {
    let sign_of = |negative: bool| -> String {
        if negative {
            "-".into()
        } else if spec.plus {
            "+".into()
        } else if spec.space {
            " ".into()
        } else {
            String::new()
        }
    };
    match conversion {
        's' | 'r' | 'a' => {
            let mut text = if conversion == 's' {
                to_str(vm, arg)?
            } else {
                repr(vm, arg)?
            };
            if let Some(p) = spec.precision {
                text = text.chars().take(p).collect();
            }
            Ok((String::new(), text, false))
        }
        'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
            let integer = match arg {
                Value::Float(f) if matches!(conversion, 'd' | 'i' | 'u') => {
                    crate::ops::float_to_int(**f)?
                }
                Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => arg.clone(),
                other => {
                    let what = if matches!(conversion, 'd' | 'i' | 'u') {
                        "a real number"
                    } else {
                        "an integer"
                    };
                    return Err(type_error(format!(
                        "%{conversion} format: {what} is required, not {}",
                        other.type_name()
                    )));
                }
            };
            let big = int::to_big(&integer).unwrap_or_default();
            let negative = big < num_bigint::BigInt::from(0);
            let magnitude = if negative { -big } else { big };
            let mut digits = match conversion {
                'x' => magnitude.to_str_radix(16),
                'X' => magnitude.to_str_radix(16).to_uppercase(),
                'o' => magnitude.to_str_radix(8),
                _ => int::big_to_decimal(&magnitude)?,
            };
            if let Some(p) = spec.precision {
                while digits.len() < p {
                    digits.insert(0, '0');
                }
            }
            let mut sign = sign_of(negative);
            if spec.alternate {
                match conversion {
                    'x' => sign.push_str("0x"),
                    'X' => sign.push_str("0X"),
                    'o' => sign.push_str("0o"),
                    _ => {}
                }
            }
            Ok((sign, digits, true))
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let x = match arg {
                Value::Float(f) => **f,
                Value::Int(i) => *i as f64,
                Value::Bool(b) => **b as i64 as f64,
                Value::BigInt(b) => int::big_to_f64(b)?,
                other => {
                    return Err(type_error(format!(
                        "must be real number, not {}",
                        other.type_name()
                    )));
                }
            };
            let body = format_float(
                x.abs(),
                conversion,
                spec.precision.unwrap_or(6),
                spec.alternate,
            );
            Ok((
                sign_of(x.is_sign_negative() && !x.is_nan()),
                body,
                x.is_finite(),
            ))
        }
        'c' => match arg {
            Value::Int(i) => {
                let c = u32::try_from(*i)
                    .ok()
                    .and_then(char::from_u32)
                    .ok_or_else(|| {
                        PyErr::new(ExcKind::OverflowError, "%c arg not in range(0x110000)")
                    })?;
                Ok((String::new(), c.to_string(), false))
            }
            Value::Str(s) if s.char_len() == 1 => {
                Ok((String::new(), s.as_str().to_string(), false))
            }
            _ => Err(type_error("%c requires int or char")),
        },
        other => Err(PyErr::new(
            ExcKind::ValueError,
            format!(
                "unsupported format character '{other}' (0x{:x}) at index {}",
                other as u32,
                position + 1
            ),
        )),
    }
}

fn pad(out: &mut String, spec: &Spec, sign: String, body: &str, numeric: bool) -> PyResult<()> {
    let len = sign.chars().count() + body.chars().count();
    let fill = super::exception::check_object_size(spec.width.saturating_sub(len), 1)?;
    if spec.left {
        out.push_str(&sign);
        out.push_str(body);
        out.extend(std::iter::repeat_n(' ', fill));
    } else if spec.zero && numeric {
        out.push_str(&sign);
        out.extend(std::iter::repeat_n('0', fill));
        out.push_str(body);
    } else {
        out.extend(std::iter::repeat_n(' ', fill));
        out.push_str(&sign);
        out.push_str(body);
    }
    Ok(())
}

/// `%e`-style exponent: at least two digits, always signed.
fn fix_exponent(sci: &str, upper: bool) -> String {
    let (mantissa, exponent) = sci.split_once('e').unwrap_or((sci, "0"));
    let exponent: i32 = exponent.parse().unwrap_or(0);
    let e = if upper { 'E' } else { 'e' };
    format!(
        "{mantissa}{e}{}{:02}",
        if exponent < 0 { '-' } else { '+' },
        exponent.abs()
    )
}

/// Formats a non-negative float for `%e %f %g` (and their upper-case forms).
pub fn format_float(x: f64, conversion: char, precision: usize, alternate: bool) -> String {
    let upper = conversion.is_ascii_uppercase();
    if !x.is_finite() {
        let text = if x.is_nan() { "nan" } else { "inf" };
        return if upper {
            text.to_uppercase()
        } else {
            text.to_string()
        };
    }
    match conversion.to_ascii_lowercase() {
        'f' => format!("{:.*}", precision, x),
        'e' => fix_exponent(&format!("{:.*e}", precision, x), upper),
        _ => {
            let p = precision.max(1);
            let sci = format!("{:.*e}", p - 1, x);
            let exponent: i32 = sci
                .split_once('e')
                .and_then(|(_, e)| e.parse().ok())
                .unwrap_or(0);
            let mut text = if -4 <= exponent && exponent < p as i32 {
                format!("{:.*}", (p as i32 - 1 - exponent).max(0) as usize, x)
            } else {
                fix_exponent(&sci, upper)
            };
            if !alternate {
                text = strip_fraction_zeros(&text);
            }
            text
        }
    }
}

fn strip_fraction_zeros(text: &str) -> String {
    let (mantissa, exponent) = match text.find(['e', 'E']) {
        Some(i) => (&text[..i], &text[i..]),
        None => (text, ""),
    };
    let mantissa = if mantissa.contains('.') {
        mantissa.trim_end_matches('0').trim_end_matches('.')
    } else {
        mantissa
    };
    format!("{mantissa}{exponent}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn general_format_matches_printf() {
        assert_eq!(format_float(1234567.0, 'g', 6, false), "1.23457e+06");
        assert_eq!(format_float(0.0001, 'g', 6, false), "0.0001");
        assert_eq!(format_float(100.0, 'g', 6, false), "100");
        assert_eq!(format_float(2.5, 'f', 0, false), "2");
        assert_eq!(format_float(12345.678, 'e', 3, false), "1.235e+04");
    }
}
