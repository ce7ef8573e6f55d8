//! Unicode decimal digits for `int()` and `float()`, which accept any script's digits and
//! whitespace (`int('٣٤')` is 34): the text is first rewritten to ASCII as CPython's
//! `_PyUnicode_TransformDecimalAndSpaceToASCII` does, then parsed as ASCII. Rust's
//! `char::is_numeric` covers far more than Python's decimal digits (fractions, Roman numerals),
//! so the digits come from a table.

use std::borrow::Cow;

use super::str_methods::is_space;

/// The digit zero of every run of decimal digits (General Category Nd) in Unicode 14.0, the
/// version of CPython 3.11's `unicodedata`. Unicode guarantees that decimal digits come in
/// contiguous runs of ten, zero to nine; generated with `unicodedata.decimal`.
const DECIMAL_ZEROS: [u32; 66] = [
    0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66,
    0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90,
    0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
    0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650,
    0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0, 0x16B50,
    0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
];

/// The value of a decimal digit of any script (`unicodedata.decimal`), or `None`.
pub fn decimal_value(c: char) -> Option<u32> {
    let code = c as u32;
    let run = DECIMAL_ZEROS.partition_point(|zero| *zero <= code);
    let zero = DECIMAL_ZEROS.get(run.checked_sub(1)?)?;
    let digit = code - zero;
    (digit < 10).then_some(digit)
}

/// `text` with every non-ASCII decimal digit as its ASCII digit and every non-ASCII whitespace
/// character as a space, ready for an ASCII parser; `None` if it holds any other non-ASCII
/// character (which no number literal can contain). ASCII characters are kept as they are (the
/// parsers then strip only C's ASCII whitespace, so `\x1c` stays invalid, as in CPython).
pub fn to_ascii_number(text: &str) -> Option<Cow<'_, str>> {
    if text.is_ascii() {
        return Some(Cow::Borrowed(text));
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c);
        } else if is_space(c) {
            out.push(' ');
        } else {
            out.push(char::from_digit(decimal_value(c)?, 10)?);
        }
    }
    Some(Cow::Owned(out))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_of_any_script_and_nothing_else() {
        assert_eq!(decimal_value('7'), Some(7));
        assert_eq!(decimal_value('٣'), Some(3));
        assert_eq!(decimal_value('\u{1FBF9}'), Some(9));
        assert_eq!(decimal_value('\u{1FBFA}'), None);
        assert_eq!(decimal_value('½'), None);
        assert_eq!(decimal_value('Ⅻ'), None);
        assert_eq!(decimal_value('/'), None);
        assert_eq!(
            to_ascii_number("\u{2003}٣.٤\x1c").as_deref(),
            Some(" 3.4\x1c")
        );
        assert_eq!(to_ascii_number("٣x").as_deref(), Some("3x"));
        assert_eq!(to_ascii_number("3é"), None);
    }
}
