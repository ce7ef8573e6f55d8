//! printf-style `%` formatting of strs (`"%-5s|%05.1f" % args`), as CPython 3.11's
//! `PyUnicode_Format`: a tuple of arguments or a single one, `%(key)s` lookups in a mapping,
//! `*` widths and precisions, the flags `- + space # 0`, and the conversions
//! `s r a c d i u o x X e E f F g G %` with CPython's error for each misuse.

use super::alloc;
use super::exception::{ExcKind, PyErr, PyResult, type_error};
use super::format::{ascii_escaped, format_float, repr, to_str};
use super::{Value, int};
use crate::vm::Vm;

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

/// Where the next argument comes from, as CPython's `getnextarg`: the items of a tuple, or the
/// one non-tuple argument (used once), or after `%(key)` the value found under the key.
struct Arguments {
    current: Value,
    /// The tuple's length, or -1 for a single value.
    len: i64,
    /// The next tuple index; -2 while a single value is unused, -1 once used.
    next: i64,
}

impl Arguments {
    fn new(args: &Value) -> Arguments {
        // A tuple subclass's items are the arguments too.
        if let Some(tuple @ Value::Tuple(_)) = super::protocol::native_of(args) {
            return Arguments::new(tuple);
        }
        match args {
            Value::Tuple(items) => Arguments {
                current: args.clone(),
                len: items.len() as i64,
                next: 0,
            },
            other => Arguments::single(other.clone()),
        }
    }

    fn single(value: Value) -> Arguments {
        Arguments {
            current: value,
            len: -1,
            next: -2,
        }
    }

    fn take(&mut self) -> PyResult<Value> {
        if self.next >= self.len {
            return Err(type_error("not enough arguments for format string"));
        }
        self.next += 1;
        match &self.current {
            Value::Tuple(items) if self.len >= 0 => Ok(items
                .get((self.next - 1) as usize)
                .cloned()
                .unwrap_or(Value::None)),
            other => Ok(other.clone()),
        }
    }
}

/// Whether `%` treats `args` as a mapping (CPython: it has `__getitem__` and is neither a tuple
/// nor a str), so `%(key)s` may look keys up in it and unused arguments are no error.
fn is_mapping(args: &Value) -> bool {
    match args {
        Value::Dict(_) | Value::List(_) | Value::Range(_) => true,
        Value::Instance(instance) => match super::protocol::native_of(args) {
            Some(Value::Str(_) | Value::Tuple(_)) => false,
            Some(Value::Dict(_) | Value::List(_)) => true,
            _ => super::protocol::find_dunder(&instance.class, super::dunder::Dunder::GetItem)
                .is_some(),
        },
        _ => false,
    }
}

/// `format % args`.
pub fn percent_format(vm: &mut Vm, format: &str, args: &Value) -> PyResult<String> {
    let mapping = is_mapping(args).then(|| args.clone());
    let mut arguments = Arguments::new(args);
    let mut out = String::with_capacity(format.len() + 16);
    let chars: Vec<char> = format.chars().collect();
    let mut pos = 0;
    while pos < chars.len() {
        let c = chars[pos];
        pos += 1;
        if c != '%' {
            out.push(c);
            continue;
        }
        if chars.get(pos) == Some(&'%') {
            pos += 1;
            out.push('%');
            continue;
        }
        // `%(key)s` takes its argument from a mapping argument.
        if chars.get(pos) == Some(&'(') {
            pos += 1;
            let Some(mapping) = &mapping else {
                return Err(type_error("format requires a mapping"));
            };
            let mut depth = 1;
            let key_start = pos;
            loop {
                match chars.get(pos) {
                    None => {
                        return Err(PyErr::new(ExcKind::ValueError, "incomplete format key"));
                    }
                    Some('(') => depth += 1,
                    Some(')') => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    Some(_) => {}
                }
                pos += 1;
            }
            let key = Value::string(chars[key_start..pos].iter().collect());
            pos += 1;
            let value = crate::ops::subscript(vm, 0, mapping.clone(), key)?;
            arguments = Arguments::single(value);
        }
        let mut spec = Spec::default();
        while let Some(&flag) = chars.get(pos) {
            match flag {
                '-' => spec.left = true,
                '+' => spec.plus = true,
                ' ' => spec.space = true,
                '#' => spec.alternate = true,
                '0' => spec.zero = true,
                _ => break,
            }
            pos += 1;
        }
        if chars.get(pos) == Some(&'*') {
            pos += 1;
            let width = star_width(&arguments.take()?)?;
            spec.left |= width < 0;
            spec.width = width.unsigned_abs() as usize;
        } else {
            while let Some(d) = chars.get(pos).and_then(|c| c.to_digit(10)) {
                spec.width = push_digit(spec.width, d, "width too big")?;
                pos += 1;
            }
        }
        if chars.get(pos) == Some(&'.') {
            pos += 1;
            let mut precision = 0;
            if chars.get(pos) == Some(&'*') {
                pos += 1;
                precision = star_precision(&arguments.take()?)?;
            } else {
                while let Some(d) = chars.get(pos).and_then(|c| c.to_digit(10)) {
                    precision = push_digit(precision, d, "precision too big")?;
                    pos += 1;
                }
            }
            spec.precision = Some(precision);
        }
        while matches!(chars.get(pos), Some('h' | 'l' | 'L')) {
            pos += 1;
        }
        let Some(&conversion) = chars.get(pos) else {
            return Err(PyErr::new(ExcKind::ValueError, "incomplete format"));
        };
        pos += 1;
        let arg = arguments.take()?;
        // A numeric conversion of an instance of an `int`/`float` subclass formats the
        // number it wraps.
        let arg = match super::protocol::native_of(&arg) {
            Some(
                native @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_)),
            ) if !matches!(conversion, 's' | 'r' | 'a') => native.clone(),
            _ => arg,
        };
        let (sign, body, numeric) = convert(vm, conversion, &spec, &arg, pos - 1)?;
        pad(&mut out, &spec, sign, &body, numeric)?;
    }
    if arguments.next < arguments.len && mapping.is_none() {
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

/// A `*` width: any C `ssize_t`; a negative one means left-justified.
fn star_width(value: &Value) -> PyResult<i64> {
    match value {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(**b as i64),
        Value::BigInt(_) => Err(PyErr::new(
            ExcKind::OverflowError,
            "Python int too large to convert to C ssize_t",
        )),
        _ => Err(type_error("* wants int")),
    }
}

/// A `*` precision: a C `int`; negative ones count as zero.
fn star_precision(value: &Value) -> PyResult<usize> {
    let precision = match value {
        Value::Int(i) => i32::try_from(*i).ok(),
        Value::Bool(b) => Some(**b as i32),
        Value::BigInt(_) => None,
        _ => return Err(type_error("* wants int")),
    };
    precision.map(|p| p.max(0) as usize).ok_or_else(|| {
        PyErr::new(
            ExcKind::OverflowError,
            "Python int too large to convert to C int",
        )
    })
}

/// Converts one argument: returns ((sign, `#` prefix), digits-or-text, is-numeric).
fn convert(
    vm: &mut Vm,
    conversion: char,
    spec: &Spec,
    arg: &Value,
    position: usize,
) -> PyResult<((&'static str, &'static str), String, bool)> {
    let sign_of = |negative: bool| -> &'static str {
        if negative {
            "-"
        } else if spec.plus {
            "+"
        } else if spec.space {
            " "
        } else {
            ""
        }
    };
    match conversion {
        's' | 'r' | 'a' => {
            let mut text = match conversion {
                's' => to_str(vm, arg)?,
                'r' => repr(vm, arg)?,
                _ => ascii_escaped(&repr(vm, arg)?),
            };
            if let Some(p) = spec.precision {
                text = text.chars().take(p).collect();
            }
            Ok((("", ""), text, false))
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
            let small = match &integer {
                Value::Int(i) => Some(*i),
                Value::Bool(b) => Some(i64::from(**b)),
                _ => None,
            };
            let (negative, mut digits) = match small {
                // Without a big int (its conversion was most of `%d`'s cost).
                Some(i) => {
                    let magnitude = i.unsigned_abs();
                    let digits = match conversion {
                        'x' => format!("{magnitude:x}"),
                        'X' => format!("{magnitude:X}"),
                        'o' => format!("{magnitude:o}"),
                        _ => int::decimal_u64(magnitude, &mut [0; 20]).to_string(),
                    };
                    (i < 0, digits)
                }
                None => {
                    let big = int::to_big(&integer).unwrap_or_default();
                    let negative = big < num_bigint::BigInt::from(0);
                    let magnitude = if negative { -big } else { big };
                    let digits = match conversion {
                        'x' => magnitude.to_str_radix(16),
                        'X' => magnitude.to_str_radix(16).to_uppercase(),
                        'o' => magnitude.to_str_radix(8),
                        _ => int::big_to_decimal(&magnitude)?,
                    };
                    (negative, digits)
                }
            };
            if let Some(p) = spec.precision.filter(|p| *p > digits.len()) {
                let mut padded = alloc::text_with_capacity(p)?;
                alloc::push_repeated(&mut padded, '0', p - digits.len())?;
                padded.push_str(&digits);
                digits = padded;
            }
            let prefix = match (spec.alternate, conversion) {
                (true, 'x') => "0x",
                (true, 'X') => "0X",
                (true, 'o') => "0o",
                _ => "",
            };
            Ok(((sign_of(negative), prefix), digits, true))
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
            )?;
            Ok((
                (sign_of(x.is_sign_negative() && !x.is_nan()), ""),
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
                Ok((("", ""), c.to_string(), false))
            }
            Value::Str(s) if s.char_len() == 1 => Ok((("", ""), s.as_str().to_string(), false)),
            _ => Err(type_error("%c requires int or char")),
        },
        other => Err(PyErr::new(
            ExcKind::ValueError,
            format!(
                "unsupported format character '{other}' (0x{:x}) at index {}",
                other as u32, position
            ),
        )),
    }
}

fn pad(
    out: &mut String,
    spec: &Spec,
    (sign, prefix): (&str, &str),
    body: &str,
    numeric: bool,
) -> PyResult<()> {
    let len = sign.len() + prefix.len() + body.chars().count();
    let fill = spec.width.saturating_sub(len);
    alloc::reserve_text(
        out,
        (sign.len() + prefix.len())
            .saturating_add(body.len())
            .saturating_add(fill),
    )?;
    if spec.left {
        out.push_str(sign);
        out.push_str(prefix);
        out.push_str(body);
        alloc::push_repeated(out, ' ', fill)?;
    } else if spec.zero && numeric {
        out.push_str(sign);
        out.push_str(prefix);
        alloc::push_repeated(out, '0', fill)?;
        out.push_str(body);
    } else {
        alloc::push_repeated(out, ' ', fill)?;
        out.push_str(sign);
        out.push_str(prefix);
        out.push_str(body);
    }
    Ok(())
}
