//! Conversions between bytes and text: `decode`, `hex`, `fromhex` and `%`-formatting of
//! `bytes` and `bytearray` (PEP 461).

use super::bytes::{Kind, byte_value, data_of, kind_of, make};
use super::bytes_methods::{positional, receiver};
use super::exception::{type_error, value_error};
use super::{ExcKind, PyErr, PyResult, Value, args};
use crate::vm::Vm;

/// `format % args` for bytes (PEP 461): the numeric conversions as str's, `%s`/`%b` take
/// bytes-like values (or `__bytes__`), `%r`/`%a` the `ascii()` of any value, `%c` one byte.
pub fn percent_format(vm: &mut Vm, format: &[u8], args: &Value) -> PyResult<Vec<u8>> {
    let mapping = super::protocol::is_mapping(args);
    let positional: Vec<Value> = match args {
        Value::Tuple(items) => items.to_vec(),
        _ if mapping => Vec::new(),
        other => vec![other.clone()],
    };
    let mut next = 0;
    let mut used_mapping = false;
    let mut out = Vec::with_capacity(format.len());
    let mut at = 0;
    while at < format.len() {
        if format[at] != b'%' {
            out.push(format[at]);
            at += 1;
            continue;
        }
        let spec_start = at;
        at += 1;
        let mut key = None;
        if format.get(at) == Some(&b'(') {
            let close = format[at..]
                .iter()
                .position(|b| *b == b')')
                .ok_or_else(|| value_error("incomplete format key"))?;
            key = Some(format[at + 1..at + close].to_vec());
            at += close + 1;
        }
        let flags_start = at;
        while at < format.len() && matches!(format[at], b'-' | b'+' | b' ' | b'#' | b'0') {
            at += 1;
        }
        while at < format.len() && (format[at].is_ascii_digit() || format[at] == b'.') {
            at += 1;
        }
        let Some(&kind) = format.get(at) else {
            return Err(value_error("incomplete format"));
        };
        at += 1;
        if kind == b'%' {
            out.push(b'%');
            continue;
        }
        let value = match key {
            Some(key) => {
                used_mapping = true;
                let key = super::bytes::new_bytes(key);
                crate::ops::subscript(vm, 0, args.clone(), key)?
            }
            None => {
                let Some(value) = positional.get(next) else {
                    return Err(type_error("not enough arguments for format string"));
                };
                next += 1;
                value.clone()
            }
        };
        let spec = String::from_utf8_lossy(&format[flags_start..at - 1]).into_owned();
        match kind {
            b's' | b'b' | b'r' | b'a' => {
                let data = match kind {
                    b's' | b'b' => match data_of(&value) {
                        Some(data) => data,
                        None => {
                            return Err(type_error(format!(
                                "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                                value.type_name()
                            )));
                        }
                    },
                    _ => super::format_call::ascii(vm, &value)?.into_bytes(),
                };
                out.extend(layout_text(&spec, data));
            }
            b'c' => {
                let byte = match data_of(&value) {
                    Some(data) if data.len() == 1 => data[0],
                    Some(_) => {
                        return Err(type_error(
                            "%c requires an integer in range(256) or a single byte",
                        ));
                    }
                    None => byte_value(vm, &value).map_err(|_| {
                        PyErr::new(ExcKind::OverflowError, "%c arg not in range(256)")
                    })?,
                };
                out.extend(layout_text(&spec, vec![byte]));
            }
            _ => {
                let piece = format!("%{spec}{}", kind as char);
                let text =
                    super::percent_format::percent_format(vm, &piece, &Value::tuple(vec![value]))?;
                out.extend_from_slice(text.as_bytes());
            }
        }
        let _ = spec_start;
    }
    if !mapping && !used_mapping && next < positional.len() {
        return Err(type_error(
            "not all arguments converted during bytes formatting",
        ));
    }
    Ok(out)
}

/// Width (`-` to the left) and precision (a truncation) applied to a `%s`-like conversion.
fn layout_text(spec: &str, mut data: Vec<u8>) -> Vec<u8> {
    let left = spec.contains('-');
    let digits = spec.trim_start_matches(['-', '+', ' ', '#', '0']);
    let (width, precision) = match digits.split_once('.') {
        Some((w, p)) => (
            w.parse::<usize>().ok(),
            Some(p.parse::<usize>().unwrap_or(0)),
        ),
        None => (digits.parse::<usize>().ok(), None),
    };
    if let Some(p) = precision {
        data.truncate(p);
    }
    let width = width.unwrap_or(0);
    if data.len() >= width {
        return data;
    }
    let padding = vec![b' '; width - data.len()];
    if left {
        data.extend(padding);
        data
    } else {
        let mut out = padding;
        out.extend(data);
        out
    }
}

pub(super) fn decode(_vm: &mut Vm, this: &Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [encoding, errors] = args::bind("decode", &["encoding", "errors"], args, kw)?;
    let text = |value: Option<&Value>, what: &str, default: &str| -> PyResult<String> {
        match value {
            None => Ok(default.to_string()),
            Some(Value::Str(s)) => Ok(s.as_str().to_string()),
            Some(other) => Err(type_error(format!(
                "decode() argument '{what}' must be str, not {}",
                other.type_name()
            ))),
        }
    };
    let encoding = text(encoding, "encoding", "utf-8")?;
    let errors = text(errors, "errors", "strict")?;
    let (_, data) = receiver(this)?;
    let decoded = super::bytes::decode(&data, &encoding, &errors)?;
    Ok(Value::Str(std::rc::Rc::new(decoded)))
}

pub(super) fn hex(_vm: &mut Vm, this: &Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [sep, bytes_per_sep] = args::bind("hex", &["sep", "bytes_per_sep"], args, kw)?;
    let (_, data) = receiver(this)?;
    let digits: Vec<String> = data.iter().map(|b| format!("{b:02x}")).collect();
    let Some(sep) = sep else {
        return Ok(Value::string(digits.concat()));
    };
    let sep = match sep {
        Value::Str(s) if s.char_len() == 1 => s.as_str().to_string(),
        other => match data_of(other) {
            Some(d) if d.len() == 1 => (d[0] as char).to_string(),
            _ => return Err(value_error("sep must be length 1.")),
        },
    };
    let group = match bytes_per_sep {
        Some(Value::Int(n)) => *n,
        _ => 1,
    };
    if group == 0 || digits.is_empty() {
        return Ok(Value::string(digits.concat()));
    }
    let size = group.unsigned_abs() as usize;
    // A positive group counts from the right, a negative one from the left.
    let mut chunks: Vec<String> = Vec::new();
    if group > 0 {
        let mut end = digits.len();
        while end > 0 {
            let start = end.saturating_sub(size);
            chunks.push(digits[start..end].concat());
            end = start;
        }
        chunks.reverse();
    } else {
        for chunk in digits.chunks(size) {
            chunks.push(chunk.concat());
        }
    }
    Ok(Value::string(chunks.join(&sep)))
}

pub(super) fn fromhex(_vm: &mut Vm, this: &Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let args = positional("fromhex", args, kw, 1)?;
    let kind = match this {
        Value::Type(ty) if &*ty.name == "bytearray" => Kind::ByteArray,
        Value::Type(_) => Kind::Bytes,
        other => kind_of(other).unwrap_or(Kind::Bytes),
    };
    let [Value::Str(text)] = args else {
        return Err(type_error(format!(
            "fromhex() argument must be str, not {}",
            args.first().map_or("nothing", |a| a.type_name())
        )));
    };
    let chars: Vec<char> = text.as_str().chars().collect();
    let mut out = Vec::new();
    let mut at = 0;
    while at < chars.len() {
        if chars[at].is_ascii_whitespace() {
            at += 1;
            continue;
        }
        let digit = |i: usize| chars.get(i).and_then(|c| c.to_digit(16));
        let (Some(high), Some(low)) = (digit(at), digit(at + 1)) else {
            let bad = if digit(at).is_none() { at } else { at + 1 };
            return Err(value_error(format!(
                "non-hexadecimal number found in fromhex() arg at position {bad}"
            )));
        };
        out.push((high * 16 + low) as u8);
        at += 2;
    }
    Ok(make(kind, out))
}
