//! Python `str`: an immutable UTF-8 string that remembers its length in code points, so ASCII
//! strings index in O(1). Also owns `repr`, concatenation and repetition of strings; the
//! methods are in `str_methods`.

use std::rc::Rc;

use super::Value;
use super::alloc;
use super::exception::{PyResult, index_error, overflow_error};

pub struct PyStr {
    /// Immutable, so a `Box<str>` (two words) rather than a `String` (three): with the
    /// surrogate field a `PyStr` stays 32 bytes, the size every string had before surrogates
    /// (a 40-byte `PyStr` cost `perf/strings.py` 15% in wall time).
    text: Box<str>,
    /// Length in code points; `LONG` for strings of 2**32 - 1 code points or more, whose
    /// length is counted when asked (keeping this field 4 bytes keeps a `PyStr` 32 bytes).
    char_len: u32,
    /// Lone surrogates (U+D800..U+DFFF), which Python strings may hold but UTF-8 cannot: for
    /// each, its position in code points and its value, in position order. `text` holds U+FFFD
    /// at those positions. `None` for every string without them, so ordinary strings pay one
    /// pointer-sized field and a null check in the few operations that look (equality,
    /// ordering, `in`, indexing, iteration, concatenation, repetition, `repr`, printing).
    /// The other methods and `%`/`join` see the U+FFFD.
    /// Behind one thin pointer, so the field is a single word.
    lone: Option<Box<LoneTable>>,
    /// `hash(s)` as an `i32`'s bits, computed on first use (`NO_HASH` until then), as CPython
    /// caches it. 32 bits spread string keys well and keep a `PyStr` 32 bytes.
    hash: std::cell::Cell<u32>,
}

/// The `hash` field of a string whose hash was never asked for (no string hashes to -1).
const NO_HASH: u32 = u32::MAX;

/// `char_len` of a string too long for the field.
const LONG: u32 = u32::MAX;

/// A code-point length as stored in `PyStr::char_len`.
fn packed_len(len: usize) -> u32 {
    u32::try_from(len).unwrap_or(LONG)
}

/// A lone surrogate of a `PyStr`: (position in code points, value).
pub type Lone = (usize, u16);

/// The lone surrogates of one string, in position order.
#[derive(PartialEq, Eq)]
struct LoneTable(Vec<Lone>);

/// What `text` holds in place of a lone surrogate.
const PLACEHOLDER: char = '\u{FFFD}';

impl PyStr {
    pub fn new(text: String) -> PyStr {
        let char_len = if text.is_ascii() {
            text.len()
        } else {
            text.chars().count()
        };
        PyStr {
            text: text.into_boxed_str(),
            char_len: packed_len(char_len),
            lone: None,
            hash: std::cell::Cell::new(NO_HASH),
        }
    }

    /// A string of arbitrary code points (each below 0x110000), lone surrogates included.
    pub fn from_code_points(code_points: impl IntoIterator<Item = u32>) -> PyStr {
        let mut text = String::new();
        let mut lone = Vec::new();
        let mut char_len = 0;
        for code in code_points {
            match char::from_u32(code) {
                Some(c) => text.push(c),
                None => {
                    lone.push((char_len, code as u16));
                    text.push(PLACEHOLDER);
                }
            }
            char_len += 1;
        }
        PyStr::with_lone(text, char_len, lone)
    }

    /// Bytes from the operating system (a command-line argument) decoded as CPython decodes
    /// them: UTF-8 with `surrogateescape`, each byte that is not part of valid UTF-8 becoming
    /// the lone surrogate U+DC80..U+DCFF.
    pub fn from_os_bytes(bytes: &[u8]) -> PyStr {
        let mut code_points = Vec::with_capacity(bytes.len());
        let mut rest = bytes;
        while !rest.is_empty() {
            let (valid, invalid) = match std::str::from_utf8(rest) {
                Ok(valid) => (valid, &[][..]),
                Err(err) => {
                    let (valid, invalid) = rest.split_at(err.valid_up_to());
                    (std::str::from_utf8(valid).unwrap_or_default(), invalid)
                }
            };
            code_points.extend(valid.chars().map(u32::from));
            match invalid.split_first() {
                Some((byte, after)) => {
                    code_points.push(0xDC00 + u32::from(*byte));
                    rest = after;
                }
                None => rest = &[],
            }
        }
        PyStr::from_code_points(code_points)
    }

    fn with_lone(text: String, char_len: usize, lone: Vec<Lone>) -> PyStr {
        PyStr {
            text: text.into_boxed_str(),
            char_len: packed_len(char_len),
            lone: (!lone.is_empty()).then(|| Box::new(LoneTable(lone))),
            hash: std::cell::Cell::new(NO_HASH),
        }
    }

    /// The text, with U+FFFD in place of any lone surrogate.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Length in code points, as `len()` reports it.
    #[inline]
    pub fn char_len(&self) -> usize {
        if self.char_len != LONG {
            self.char_len as usize
        } else {
            self.text.chars().count()
        }
    }

    pub fn is_ascii(&self) -> bool {
        self.char_len() == self.text.len()
    }

    /// The lone surrogates, in position order (empty for almost every string).
    pub fn lone_surrogates(&self) -> &[Lone] {
        self.lone.as_deref().map_or(&[], |table| table.0.as_slice())
    }

    /// The lone surrogate at code-point position `index`, if there is one.
    pub fn surrogate_at(&self, index: usize) -> Option<u16> {
        let lone = self.lone.as_deref()?.0.as_slice();
        let found = lone.binary_search_by_key(&index, |(at, _)| *at).ok()?;
        lone.get(found).map(|(_, code)| *code)
    }

    /// Every code point, lone surrogates included.
    pub fn code_points(&self) -> impl Iterator<Item = u32> + '_ {
        let lone = self.lone_surrogates();
        let mut next_lone = 0;
        self.text
            .chars()
            .enumerate()
            .map(move |(index, c)| match lone.get(next_lone) {
                Some((at, code)) if *at == index => {
                    next_lone += 1;
                    u32::from(*code)
                }
                _ => c as u32,
            })
    }

    /// The code point at `index` (already normalised to `0..len`), lone surrogates being
    /// U+FFFD.
    pub fn char_at(&self, index: usize) -> Option<char> {
        if self.is_ascii() {
            self.text.as_bytes().get(index).map(|b| *b as char)
        } else {
            self.text.chars().nth(index)
        }
    }

    /// `s[i]` with Python's negative-index rule.
    #[inline]
    pub fn index(&self, i: i64) -> PyResult<Value> {
        let len = self.char_len() as i64;
        let at = if i < 0 { i + len } else { i };
        if at < 0 || at >= len {
            return Err(index_error("string index out of range"));
        }
        if let Some(code) = self.surrogate_at(at as usize) {
            return Ok(surrogate_value(code));
        }
        match self.char_at(at as usize) {
            Some(c) => Ok(char_value(c)),
            None => Err(index_error("string index out of range")),
        }
    }

    /// `hash(s)`: FNV-1a over the UTF-8 text (equal strings have equal text), cached in the
    /// object. CPython randomises str hashes per process, so no script can depend on the values.
    pub fn hash(&self) -> i64 {
        let cached = self.hash.get();
        if cached != NO_HASH {
            return i64::from(cached as i32);
        }
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for byte in self.text.bytes() {
            h = (h ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3);
        }
        // Fold in the length so that strings differing only by trailing bytes spread well.
        h ^= (self.char_len() as u64).rotate_left(32);
        let folded = ((h >> 32) ^ h) as u32;
        let folded = if folded == NO_HASH {
            folded - 1
        } else {
            folded
        };
        self.hash.set(folded);
        i64::from(folded as i32)
    }

    /// Python's `==` on strings.
    #[inline]
    pub fn equals(&self, other: &PyStr) -> bool {
        std::ptr::eq(self, other) || (self.text == other.text && self.lone == other.lone)
    }

    /// Python's ordering of strings: by code point.
    pub fn compare(&self, other: &PyStr) -> std::cmp::Ordering {
        if self.lone.is_none() && other.lone.is_none() {
            // UTF-8 byte order is code point order.
            return self.text.cmp(&other.text);
        }
        self.code_points().cmp(other.code_points())
    }

    /// `needle in self`.
    pub fn contains(&self, needle: &PyStr) -> bool {
        if self.lone.is_none() && needle.lone.is_none() {
            return self.text.contains(&*needle.text);
        }
        let haystack: Vec<u32> = self.code_points().collect();
        let needle: Vec<u32> = needle.code_points().collect();
        needle.is_empty() || haystack.windows(needle.len()).any(|w| w == needle)
    }

    /// `repr(s)`, lone surrogates shown as `\udXXX` escapes.
    pub fn repr(&self) -> String {
        let Some(lone) = self.lone.as_deref().map(|table| table.0.as_slice()) else {
            return repr(&self.text);
        };
        let quote = quote_for(&self.text);
        let mut out = String::with_capacity(self.text.len() + 2);
        out.push(quote);
        let mut next_lone = lone.iter().peekable();
        for (index, c) in self.text.chars().enumerate() {
            match next_lone.next_if(|(at, _)| *at == index) {
                Some((_, code)) => out.push_str(&format!("\\u{code:04x}")),
                None => push_repr_char(&mut out, c, quote),
            }
        }
        out.push(quote);
        out
    }

    /// The UTF-8 encoding of the string, as a text stream with the `strict` error handler
    /// writes it (or `surrogateescape`, where `escape` holds, which writes U+DC80..U+DCFF as
    /// the bytes 0x80..0xFF). An unencodable run of surrogates is `Err((start, end))`, in code
    /// points, as the UnicodeEncodeError reports it.
    pub fn encode_utf8(&self, escape: bool) -> Result<std::borrow::Cow<'_, [u8]>, (usize, usize)> {
        let Some(lone) = self.lone.as_deref().map(|table| table.0.as_slice()) else {
            return Ok(std::borrow::Cow::Borrowed(self.text.as_bytes()));
        };
        let mut run = 0;
        while let Some((start, _)) = lone.get(run) {
            let mut end = run + 1;
            while lone
                .get(end)
                .is_some_and(|(at, _)| *at == start + (end - run))
            {
                end += 1;
            }
            let escapable = lone[run..end]
                .iter()
                .all(|(_, code)| (0xDC80..=0xDCFF).contains(code));
            if !(escape && escapable) {
                return Err((*start, start + (end - run)));
            }
            run = end;
        }
        let mut bytes = Vec::with_capacity(self.text.len());
        let mut next_lone = lone.iter().peekable();
        for (index, c) in self.text.chars().enumerate() {
            match next_lone.next_if(|(at, _)| *at == index) {
                Some((_, code)) => bytes.push((code - 0xDC00) as u8),
                None => bytes.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes()),
            }
        }
        Ok(std::borrow::Cow::Owned(bytes))
    }
}

/// The one-character string holding the lone surrogate `code`.
pub fn surrogate_value(code: u16) -> Value {
    Value::Str(Rc::new(PyStr::with_lone(
        PLACEHOLDER.to_string(),
        1,
        vec![(0, code)],
    )))
}

/// The lone surrogates of `a` followed by those of `b`, shifted by `a`'s length.
fn joined_lone(a: &PyStr, b: &PyStr) -> Vec<Lone> {
    let shifted = b
        .lone_surrogates()
        .iter()
        .map(|(at, code)| (at + a.char_len(), *code));
    a.lone_surrogates().iter().copied().chain(shifted).collect()
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
    !super::unprintable::is_printable(c)
}

/// The quote `repr` uses: single unless the text holds `'` and no `"`.
fn quote_for(text: &str) -> char {
    if text.contains('\'') && !text.contains('"') {
        '"'
    } else {
        '\''
    }
}

/// `repr(s)`: single quotes unless the text holds `'` and no `"`, with CPython's escapes.
pub fn repr(text: &str) -> String {
    let quote = quote_for(text);
    let mut out = String::with_capacity(text.len() + 2);
    out.push(quote);
    for c in text.chars() {
        push_repr_char(&mut out, c, quote);
    }
    out.push(quote);
    out
}

fn push_repr_char(out: &mut String, c: char, quote: char) {
    match c {
        '\\' => out.push_str("\\\\"),
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        '\t' => out.push_str("\\t"),
        c if c == quote => {
            out.push('\\');
            out.push(c);
        }
        c if (c as u32) < 0x20 || c as u32 == 0x7F => out.push_str(&format!("\\x{:02x}", c as u32)),
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

/// Concatenation `a + b`.
pub fn concat(a: &PyStr, b: &PyStr) -> PyResult<Value> {
    let mut text = alloc::text_with_capacity(a.text.len().saturating_add(b.text.len()))?;
    text.push_str(&a.text);
    text.push_str(&b.text);
    let char_len = a.char_len() + b.char_len();
    if a.lone.is_none() && b.lone.is_none() {
        return Ok(Value::Str(Rc::new(PyStr {
            text: text.into_boxed_str(),
            char_len: packed_len(char_len),
            lone: None,
            hash: std::cell::Cell::new(NO_HASH),
        })));
    }
    Ok(Value::Str(Rc::new(PyStr::with_lone(
        text,
        char_len,
        joined_lone(a, b),
    ))))
}

/// Repetition `s * n` (n <= 0 gives the empty string). A result longer than `isize::MAX` code
/// points is CPython's OverflowError; one that cannot be allocated is a MemoryError.
pub fn repeat(s: &PyStr, n: i64) -> PyResult<Value> {
    if n <= 0 || s.text.is_empty() {
        return Ok(Value::str(""));
    }
    let count = n as usize;
    let char_len = s
        .char_len()
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
    let mut lone = Vec::new();
    if !s.lone_surrogates().is_empty() {
        lone = alloc::items_with_capacity(s.lone_surrogates().len().saturating_mul(count))?;
        for copy in 0..count {
            let shift = copy * s.char_len();
            lone.extend(
                s.lone_surrogates()
                    .iter()
                    .map(|(at, code)| (at + shift, *code)),
            );
        }
    }
    Ok(Value::Str(Rc::new(PyStr::with_lone(text, char_len, lone))))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lone_surrogates_encode_strictly_or_escaped() {
        let s = PyStr::from_code_points([0x61, 0xDC80, 0xD800, 0xDFFF, 0x62, 0xDCFF]);
        assert_eq!(s.char_len(), 6);
        assert_eq!(s.encode_utf8(false), Err((1, 4)));
        assert_eq!(s.encode_utf8(true), Err((1, 4)));
        let escapable = PyStr::from_code_points([0x61, 0xDC80, 0xDCFF]);
        assert_eq!(
            escapable.encode_utf8(true).as_deref(),
            Ok(&b"a\x80\xff"[..])
        );
        assert_eq!(escapable.encode_utf8(false), Err((1, 3)));
        assert_eq!(s.repr(), "'a\\udc80\\ud800\\udfffb\\udcff'");
        let replacement = PyStr::new("\u{FFFD}".to_string());
        let surrogate = PyStr::from_code_points([0xD800]);
        assert!(!surrogate.equals(&replacement));
        assert_eq!(surrogate.compare(&replacement), std::cmp::Ordering::Less);
    }

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

#[cfg(test)]
mod size_tests {
    /// Every string object's size is on the hot path of string-heavy scripts (see `PyStr::text`):
    /// the cached hash shares the fourth word with the length.
    #[test]
    fn a_string_is_four_words() {
        assert_eq!(std::mem::size_of::<super::PyStr>(), 32);
    }
}
