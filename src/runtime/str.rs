//! Python `str`: an immutable UTF-8 string that remembers its length in code points, so ASCII
//! strings index in O(1). Also owns `repr` for strings and the `str` methods.

use std::rc::Rc;

use super::Value;
use super::alloc;
use super::exception::{PyResult, index_error, overflow_error, type_error, value_error};
use crate::vm::Vm;

pub struct PyStr {
    text: String,
    char_len: usize,
}

impl PyStr {
    pub fn new(text: String) -> PyStr {
        let char_len = if text.is_ascii() {
            text.len()
        } else {
            text.chars().count()
        };
        PyStr { text, char_len }
    }

    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Length in code points, as `len()` reports it.
    pub fn char_len(&self) -> usize {
        self.char_len
    }

    pub fn is_ascii(&self) -> bool {
        self.char_len == self.text.len()
    }

    /// The code point at `index` (already normalised to `0..len`).
    pub fn char_at(&self, index: usize) -> Option<char> {
        if self.is_ascii() {
            self.text.as_bytes().get(index).map(|b| *b as char)
        } else {
            self.text.chars().nth(index)
        }
    }

    /// `s[i]` with Python's negative-index rule.
    pub fn index(&self, i: i64) -> PyResult<Value> {
        let len = self.char_len as i64;
        let at = if i < 0 { i + len } else { i };
        if at < 0 || at >= len {
            return Err(index_error("string index out of range"));
        }
        match self.char_at(at as usize) {
            Some(c) => Ok(char_value(c)),
            None => Err(index_error("string index out of range")),
        }
    }
}

thread_local! {
    /// One shared string per ASCII character, as CPython caches its one-character strings:
    /// indexing and iterating over text then allocate nothing.
    static ASCII_CHARS: [Value; 128] = std::array::from_fn(|i| Value::string((i as u8 as char).to_string()));
}

/// The one-character string `c`.
pub fn char_value(c: char) -> Value {
    if c.is_ascii() {
        ASCII_CHARS.with(|table| table[c as usize].clone())
    } else {
        Value::string(c.to_string())
    }
}

/// Characters `repr` escapes although they are not ASCII control characters: those Python's
/// `str.isprintable()` rejects (separators, format characters, private use).
fn is_unprintable(c: char) -> bool {
    let code = c as u32;
    c.is_control()
        || matches!(code,
            0xA0 | 0xAD | 0x1680 | 0x2000..=0x200F | 0x2028..=0x202F | 0x205F..=0x206F | 0x3000
            | 0xFEFF | 0xFFF9..=0xFFFB | 0xE000..=0xF8FF | 0xF0000..)
}

/// `repr(s)`: single quotes unless the text holds `'` and no `"`, with CPython's escapes.
pub fn repr(text: &str) -> String {
    let quote = if text.contains('\'') && !text.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(text.len() + 2);
    out.push(quote);
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7F => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c if is_unprintable(c) => {
                let code = c as u32;
                if code <= 0xFF {
                    out.push_str(&format!("\\x{code:02x}"));
                } else if code <= 0xFFFF {
                    out.push_str(&format!("\\u{code:04x}"));
                } else {
                    out.push_str(&format!("\\U{code:08x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// The receiver of a `str` method, known to be a `str` by method lookup.
fn receiver(value: &Value) -> &str {
    match value {
        Value::Str(s) => s.as_str(),
        _ => "",
    }
}

fn str_arg<'a>(method: &str, value: &'a Value) -> PyResult<&'a str> {
    match value {
        Value::Str(s) => Ok(s.as_str()),
        other => Err(type_error(format!(
            "{method} arg must be None or str, not {}",
            other.type_name()
        ))),
    }
}

fn optional_chars<'a>(method: &str, args: &'a [Value]) -> PyResult<Option<&'a str>> {
    match args {
        [] | [Value::None] => Ok(None),
        [chars] => str_arg(method, chars).map(Some),
        _ => Err(type_error(format!(
            "{method} expected at most 1 argument, got {}",
            args.len()
        ))),
    }
}

fn strip_with(text: &str, chars: Option<&str>, left: bool, right: bool) -> String {
    let matches = |c: char| match chars {
        Some(set) => set.contains(c),
        None => c.is_whitespace(),
    };
    let mut s = text;
    if left {
        s = s.trim_start_matches(matches);
    }
    if right {
        s = s.trim_end_matches(matches);
    }
    s.to_string()
}

pub fn strip(_vm: &mut Vm, this: &Value, args: &[Value]) -> PyResult<Value> {
    Ok(Value::string(strip_with(
        receiver(this),
        optional_chars("strip", args)?,
        true,
        true,
    )))
}

pub fn lstrip(_vm: &mut Vm, this: &Value, args: &[Value]) -> PyResult<Value> {
    Ok(Value::string(strip_with(
        receiver(this),
        optional_chars("lstrip", args)?,
        true,
        false,
    )))
}

pub fn rstrip(_vm: &mut Vm, this: &Value, args: &[Value]) -> PyResult<Value> {
    Ok(Value::string(strip_with(
        receiver(this),
        optional_chars("rstrip", args)?,
        false,
        true,
    )))
}

pub fn join(vm: &mut Vm, this: &Value, args: &[Value]) -> PyResult<Value> {
    let [iterable] = args else {
        return Err(type_error(format!(
            "str.join() takes exactly one argument ({} given)",
            args.len()
        )));
    };
    let separator = receiver(this);
    let items = crate::ops::collect_iterable(vm, iterable)?;
    let mut total = separator
        .len()
        .saturating_mul(items.len().saturating_sub(1));
    for (i, item) in items.iter().enumerate() {
        match item {
            Value::Str(s) => total = total.saturating_add(s.as_str().len()),
            other => {
                return Err(type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    other.type_name()
                )));
            }
        }
    }
    let mut out = alloc::text_with_capacity(total)?;
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(separator);
        }
        if let Value::Str(s) = item {
            out.push_str(s.as_str());
        }
    }
    Ok(Value::string(out))
}

pub fn split(_vm: &mut Vm, this: &Value, args: &[Value]) -> PyResult<Value> {
    let text = receiver(this);
    let parts: Vec<Value> = match optional_chars("split", args)? {
        None => text.split_whitespace().map(Value::str).collect(),
        Some("") => return Err(value_error("empty separator")),
        Some(sep) => text.split(sep).map(Value::str).collect(),
    };
    Ok(Value::list(parts))
}

pub fn upper(_vm: &mut Vm, this: &Value, _args: &[Value]) -> PyResult<Value> {
    Ok(Value::string(receiver(this).to_uppercase()))
}

pub fn lower(_vm: &mut Vm, this: &Value, _args: &[Value]) -> PyResult<Value> {
    Ok(Value::string(receiver(this).to_lowercase()))
}

pub fn replace(_vm: &mut Vm, this: &Value, args: &[Value]) -> PyResult<Value> {
    let [old, new] = args else {
        return Err(type_error(format!(
            "replace expected 2 arguments, got {}",
            args.len()
        )));
    };
    let (old, new) = (str_arg("replace", old)?, str_arg("replace", new)?);
    Ok(Value::string(replace_text(
        receiver(this),
        old,
        new,
        usize::MAX,
    )?))
}

/// `text` with the first `limit` occurrences of `old` replaced by `new` (an empty `old` matches
/// before every character and at the end), sized before it is built so that a result too big
/// for memory is a MemoryError.
fn replace_text(text: &str, old: &str, new: &str, limit: usize) -> PyResult<String> {
    let matches = || -> Box<dyn Iterator<Item = usize> + '_> {
        if old.is_empty() {
            let starts = text.char_indices().map(|(at, _)| at);
            Box::new(starts.chain(std::iter::once(text.len())).take(limit))
        } else {
            Box::new(text.match_indices(old).map(|(at, _)| at).take(limit))
        }
    };
    let count = matches().count();
    let total = (text.len() - count * old.len()).saturating_add(count.saturating_mul(new.len()));
    let mut out = alloc::text_with_capacity(total)?;
    let mut copied = 0;
    for at in matches() {
        out.push_str(&text[copied..at]);
        out.push_str(new);
        copied = at + old.len();
    }
    out.push_str(&text[copied..]);
    Ok(out)
}

pub fn startswith(_vm: &mut Vm, this: &Value, args: &[Value]) -> PyResult<Value> {
    let [prefix] = args else {
        return Err(type_error("startswith takes exactly one argument"));
    };
    Ok(Value::bool(
        receiver(this).starts_with(str_arg("startswith", prefix)?),
    ))
}

pub fn endswith(_vm: &mut Vm, this: &Value, args: &[Value]) -> PyResult<Value> {
    let [suffix] = args else {
        return Err(type_error("endswith takes exactly one argument"));
    };
    Ok(Value::bool(
        receiver(this).ends_with(str_arg("endswith", suffix)?),
    ))
}

pub fn find(_vm: &mut Vm, this: &Value, args: &[Value]) -> PyResult<Value> {
    let [needle] = args else {
        return Err(type_error("find takes exactly one argument"));
    };
    let text = receiver(this);
    Ok(Value::Int(match text.find(str_arg("find", needle)?) {
        Some(byte) => text[..byte].chars().count() as i64,
        None => -1,
    }))
}

pub fn count(_vm: &mut Vm, this: &Value, args: &[Value]) -> PyResult<Value> {
    let [needle] = args else {
        return Err(type_error("count takes exactly one argument"));
    };
    let (text, needle) = (receiver(this), str_arg("count", needle)?);
    let n = if needle.is_empty() {
        text.chars().count() + 1
    } else {
        text.matches(needle).count()
    };
    Ok(Value::Int(n as i64))
}

/// Concatenation `a + b`.
pub fn concat(a: &PyStr, b: &PyStr) -> PyResult<Value> {
    let mut text = alloc::text_with_capacity(a.text.len().saturating_add(b.text.len()))?;
    text.push_str(&a.text);
    text.push_str(&b.text);
    Ok(Value::Str(Rc::new(PyStr {
        text,
        char_len: a.char_len + b.char_len,
    })))
}

/// Repetition `s * n` (n <= 0 gives the empty string). A result longer than `isize::MAX` code
/// points is CPython's OverflowError; one that cannot be allocated is a MemoryError.
pub fn repeat(s: &PyStr, n: i64) -> PyResult<Value> {
    if n <= 0 || s.text.is_empty() {
        return Ok(Value::str(""));
    }
    let count = n as usize;
    let char_len = s
        .char_len
        .checked_mul(count)
        .filter(|len| *len <= isize::MAX as usize)
        .ok_or_else(|| overflow_error("repeated string is too long"))?;
    let total = s.text.len().saturating_mul(count);
    let mut bytes: Vec<u8> = alloc::items_with_capacity(total)?;
    bytes.extend_from_slice(s.text.as_bytes());
    while bytes.len() < total {
        let copy = bytes.len().min(total - bytes.len());
        bytes.extend_from_within(..copy);
    }
    // SAFETY: `bytes` is whole copies of `s.text`, valid UTF-8, laid end to end: copies are
    // whole because each doubling step copies a prefix made of whole copies, and the last step
    // stops exactly at `total`, a multiple of the copy length.
    let text = unsafe { String::from_utf8_unchecked(bytes) };
    Ok(Value::Str(Rc::new(PyStr { text, char_len })))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_picks_quotes_and_escapes() {
        assert_eq!(repr("abc"), "'abc'");
        assert_eq!(repr("it's"), "\"it's\"");
        assert_eq!(repr("a'b\"c"), "'a\\'b\"c'");
        assert_eq!(repr("tab\there\n"), "'tab\\there\\n'");
        assert_eq!(repr("é日本"), "'é日本'");
        assert_eq!(repr("\x00\x7f\u{a0}"), "'\\x00\\x7f\\xa0'");
    }
}
