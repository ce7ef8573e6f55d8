//! Python `str`: an immutable UTF-8 string that remembers its length in code points, so ASCII
//! strings index in O(1). Also owns `repr`, concatenation and repetition of strings; the
//! methods are in `str_methods`.

use std::rc::Rc;

use super::Value;
use super::alloc;
use super::exception::{PyResult, index_error, overflow_error};

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
