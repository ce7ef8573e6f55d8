//! The format-spec mini-language of `format()`, `str.format` and f-strings for the built-in
//! types: parsing `[[fill]align][sign][z][#][0][width][grouping][.precision][type]` with
//! CPython 3.11's error messages, and laying out ints (`b c d o x X n`, and the float types by
//! conversion), floats (`e E f F g G % n` and none) and strs (`s` and none) exactly as CPython's
//! `formatter_unicode.c` does: padding, sign, `#` prefixes, `0`-padding through the digit
//! grouping, and `z` (negative zero coerced to zero, new in 3.11).
//!
//! Only text in, text out: finding `__format__` on user classes lives in `format_call`.

use num_bigint::BigInt;

use super::alloc;
use super::exception::{ExcKind, PyErr, PyResult};
use super::format::{format_float, general_float};

/// Thousands grouping asked for by the spec.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Grouping {
    None,
    /// `,`: every three digits.
    Comma,
    /// `_`: every three digits, or four in `b o x X`.
    Underscore,
}

/// A parsed format spec.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Spec {
    pub fill: char,
    /// `<`, `>`, `^` or `=`.
    pub align: char,
    /// `+`, `-`, ` ` or `\0` when absent.
    pub sign: char,
    /// `z`: negative zero (after rounding) is shown without its sign.
    pub no_neg_0: bool,
    /// `#`.
    pub alternate: bool,
    pub width: Option<usize>,
    pub grouping: Grouping,
    pub precision: Option<usize>,
    /// The presentation type, or `\0` when the spec has none and the type has no default.
    pub kind: char,
}

fn invalid(message: impl Into<String>) -> PyErr {
    PyErr::new(ExcKind::ValueError, message)
}

/// Reads a run of decimal digits (any Unicode decimal digit, as CPython) from `chars[*pos..]`;
/// `None` when there are none. Values past `isize::MAX` are CPython's "Too many decimal digits".
fn read_integer(chars: &[char], pos: &mut usize) -> PyResult<Option<usize>> {
    let mut value: Option<usize> = None;
    while let Some(digit) = chars.get(*pos).and_then(|c| match c {
        '0'..='9' => Some(*c as u32 - '0' as u32),
        c if c.is_ascii() => None,
        c => super::digits::decimal_value(*c),
    }) {
        let next = value
            .unwrap_or(0)
            .checked_mul(10)
            .and_then(|v| v.checked_add(digit as usize))
            .filter(|v| *v <= isize::MAX as usize)
            .ok_or_else(|| invalid("Too many decimal digits in format string"))?;
        value = Some(next);
        *pos += 1;
    }
    Ok(value)
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

/// Slots of the cache of parsed specs (`parse`).
const SPEC_CACHE_SLOTS: usize = 64;
/// The longest spec text the cache keeps.
const CACHED_SPEC_BYTES: usize = 16;

/// A spec parsed before, with what it was parsed for.
#[derive(Clone, Copy)]
struct CachedSpec {
    text: [u8; CACHED_SPEC_BYTES],
    len: u8,
    default_kind: char,
    default_align: char,
    spec: Spec,
}

thread_local! {
    /// Parsed specs by their text (direct-mapped on a hash of it): a program formats the same
    /// few specs over and over, and parsing one cost 300 instructions (callgrind,
    /// `perf/formatting.py`). Only specs that parsed are kept; the type name matters only to
    /// the errors.
    static SPEC_CACHE: std::cell::RefCell<[Option<CachedSpec>; SPEC_CACHE_SLOTS]> =
        const { std::cell::RefCell::new([None; SPEC_CACHE_SLOTS]) };
}

/// Parses `spec` for a value of type `type_name`, whose type defaults to `default_kind` and
/// alignment to `default_align`.
pub fn parse(
    spec: &str,
    type_name: &str,
    default_kind: char,
    default_align: char,
) -> PyResult<Spec> {
    let bytes = spec.as_bytes();
    if bytes.len() > CACHED_SPEC_BYTES {
        return parse_text(spec, type_name, default_kind, default_align);
    }
    let slot = bytes.iter().fold(default_kind as usize, |h, b| {
        h.wrapping_mul(31) ^ usize::from(*b)
    }) % SPEC_CACHE_SLOTS;
    let hit = SPEC_CACHE.with(|cache| {
        cache.borrow()[slot].filter(|c| {
            usize::from(c.len) == bytes.len()
                && &c.text[..bytes.len()] == bytes
                && c.default_kind == default_kind
                && c.default_align == default_align
        })
    });
    if let Some(cached) = hit {
        return Ok(cached.spec);
    }
    let parsed = parse_text(spec, type_name, default_kind, default_align)?;
    let mut text = [0; CACHED_SPEC_BYTES];
    text[..bytes.len()].copy_from_slice(bytes);
    let entry = CachedSpec {
        text,
        len: bytes.len() as u8,
        default_kind,
        default_align,
        spec: parsed,
    };
    SPEC_CACHE.with(|cache| cache.borrow_mut()[slot] = Some(entry));
    Ok(parsed)
}

/// `parse` without the cache.
fn parse_text(
    spec: &str,
    type_name: &str,
    default_kind: char,
    default_align: char,
) -> PyResult<Spec> {
    // Specs are short: their characters go in a buffer on the stack (no allocation per
    // `format` call), a long one in a vector.
    let mut inline = ['\0'; 24];
    let long: Vec<char>;
    let chars: &[char] = if spec.len() <= inline.len() {
        let mut n = 0;
        for (slot, c) in inline.iter_mut().zip(spec.chars()) {
            *slot = c;
            n += 1;
        }
        &inline[..n]
    } else {
        long = spec.chars().collect();
        &long
    };
    let mut parsed = Spec {
        fill: ' ',
        align: default_align,
        sign: '\0',
        no_neg_0: false,
        alternate: false,
        width: None,
        grouping: Grouping::None,
        precision: None,
        kind: default_kind,
    };
    let mut pos = 0;
    let (mut fill_given, mut align_given) = (false, false);
    if let (Some(&fill), Some(&align)) = (chars.first(), chars.get(1))
        && is_align(align)
    {
        (parsed.fill, parsed.align) = (fill, align);
        (fill_given, align_given) = (true, true);
        pos = 2;
    } else if let Some(&align) = chars.first()
        && is_align(align)
    {
        parsed.align = align;
        align_given = true;
        pos = 1;
    }
    if let Some(&sign @ ('+' | '-' | ' ')) = chars.get(pos) {
        parsed.sign = sign;
        pos += 1;
    }
    if chars.get(pos) == Some(&'z') {
        parsed.no_neg_0 = true;
        pos += 1;
    }
    if chars.get(pos) == Some(&'#') {
        parsed.alternate = true;
        pos += 1;
    }
    if !fill_given && chars.get(pos) == Some(&'0') {
        parsed.fill = '0';
        if !align_given && default_align == '>' {
            parsed.align = '=';
        }
        pos += 1;
    }
    parsed.width = read_integer(chars, &mut pos)?;
    if chars.get(pos) == Some(&',') {
        parsed.grouping = Grouping::Comma;
        pos += 1;
    }
    if chars.get(pos) == Some(&'_') {
        if parsed.grouping != Grouping::None {
            return Err(invalid("Cannot specify both ',' and '_'."));
        }
        parsed.grouping = Grouping::Underscore;
        pos += 1;
    }
    if chars.get(pos) == Some(&',') && parsed.grouping == Grouping::Underscore {
        return Err(invalid("Cannot specify both ',' and '_'."));
    }
    if chars.get(pos) == Some(&'.') {
        pos += 1;
        match read_integer(chars, &mut pos)? {
            Some(precision) => parsed.precision = Some(precision),
            None => return Err(invalid("Format specifier missing precision")),
        }
    }
    match chars.len() - pos.min(chars.len()) {
        0 => {}
        1 => parsed.kind = chars[pos],
        _ => {
            return Err(invalid(format!(
                "Invalid format specifier '{spec}' for object of type '{type_name}'"
            )));
        }
    }
    if parsed.grouping != Grouping::None {
        let allowed = match parsed.kind {
            'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0' => true,
            'b' | 'o' | 'x' | 'X' => parsed.grouping == Grouping::Underscore,
            _ => false,
        };
        if !allowed {
            let separator = if parsed.grouping == Grouping::Comma {
                ','
            } else {
                '_'
            };
            return Err(invalid(match parsed.kind as u32 {
                33..=127 => format!("Cannot specify '{separator}' with '{}'.", parsed.kind),
                code => format!("Cannot specify '{separator}' with '\\x{code:x}'."),
            }));
        }
    }
    Ok(parsed)
}

/// CPython's "Unknown format code" error.
pub fn unknown_code(kind: char, type_name: &str) -> PyErr {
    invalid(match kind as u32 {
        33..=127 => format!("Unknown format code '{kind}' for object of type '{type_name}'"),
        code => format!("Unknown format code '\\x{code:x}' for object of type '{type_name}'"),
    })
}

/// Pads `text` (of `len` characters) to the spec's width with its fill and alignment.
fn pad(text: &str, len: usize, spec: &Spec, default_align: char) -> PyResult<String> {
    let total = spec.width.unwrap_or(0).max(len);
    let room = total - len;
    let align = if spec.align == '\0' {
        default_align
    } else {
        spec.align
    };
    let left = match align {
        '>' => room,
        '^' => room / 2,
        _ => 0,
    };
    let mut out = alloc::text_with_capacity(
        text.len()
            .saturating_add(room.saturating_mul(spec.fill.len_utf8())),
    )?;
    alloc::push_repeated(&mut out, spec.fill, left)?;
    out.push_str(text);
    alloc::push_repeated(&mut out, spec.fill, room - left)?;
    Ok(out)
}

/// `format(text, spec)` for a str.
pub fn format_str(text: &str, spec: &str) -> PyResult<String> {
    let spec = parse(spec, "str", 's', '<')?;
    if spec.kind != 's' {
        return Err(unknown_code(spec.kind, "str"));
    }
    match spec.sign {
        '\0' => {}
        ' ' => return Err(invalid("Space not allowed in string format specifier")),
        _ => return Err(invalid("Sign not allowed in string format specifier")),
    }
    if spec.no_neg_0 {
        return Err(invalid(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if spec.alternate {
        return Err(invalid(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if spec.align == '=' {
        return Err(invalid(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    let mut len = text.chars().count();
    let shown = match spec.precision {
        Some(p) if p < len => {
            len = p;
            let end = text.char_indices().nth(p).map_or(text.len(), |(i, _)| i);
            &text[..end]
        }
        _ => text,
    };
    pad(shown, len, &spec, '<')
}

/// The pieces of a formatted number before layout: its sign, a prefix (`0x`), the digits to
/// group, and what follows them (`.5e+10`, `%`, or the whole text of `inf`/`nan`/a `c`).
struct Number<'a> {
    negative: bool,
    prefix: &'a str,
    digits: &'a str,
    remainder: &'a str,
}

/// Inserts the group separator into `digits` every `group` digits from the right, padding with
/// zeros on the left until the result is at least `min_width` characters, as CPython's
/// `_PyUnicode_InsertThousandsGrouping`. `group` 0 means no grouping.
fn group_digits(digits: &str, group: usize, separator: char, min_width: usize) -> String {
    let digits: Vec<char> = digits.chars().collect();
    let mut remaining = digits.len();
    let mut min_width = min_width as i64;
    // Built from the right, reversed at the end.
    let mut out: Vec<char> = Vec::with_capacity(digits.len() * 2);
    let mut first = true;
    let take = |len: usize, remaining: &mut usize, out: &mut Vec<char>, first: &mut bool| {
        if !*first {
            out.push(separator);
        }
        *first = false;
        let chars = len.min(*remaining);
        for i in 0..chars {
            out.push(digits[*remaining - 1 - i]);
        }
        *remaining -= chars;
        out.extend(std::iter::repeat_n('0', len - chars));
    };
    if group > 0 {
        loop {
            let len = group.min(remaining.max(min_width.max(0) as usize).max(1));
            take(len, &mut remaining, &mut out, &mut first);
            min_width -= len as i64;
            if remaining == 0 && min_width <= 0 {
                break;
            }
            min_width -= 1;
        }
    } else {
        let len = remaining.max(min_width.max(0) as usize).max(1);
        take(len, &mut remaining, &mut out, &mut first);
    }
    out.into_iter().rev().collect()
}

/// Lays out a number: `[lpad][sign][prefix][spad][grouped digits][remainder][rpad]`.
fn layout(number: &Number, spec: &Spec, group: usize, separator: char) -> PyResult<String> {
    let sign = match (number.negative, spec.sign) {
        (true, _) => "-",
        (false, '+') => "+",
        (false, ' ') => " ",
        _ => "",
    };
    let fixed = sign.len() + number.prefix.len() + number.remainder.chars().count();
    let width = spec.width.unwrap_or(0);
    let min_width = if spec.fill == '0' && spec.align == '=' {
        width.saturating_sub(fixed)
    } else {
        0
    };
    if min_width > 0 {
        alloc::ensure_available(min_width.saturating_mul(2))?;
    }
    let grouped_digits;
    let grouped = if number.digits.is_empty() {
        ""
    } else if group == 0 && min_width <= number.digits.len() {
        // Nothing to group or pad: the digits as they are.
        number.digits
    } else {
        grouped_digits = group_digits(number.digits, group, separator, min_width);
        &grouped_digits
    };
    let used = fixed + grouped.chars().count();
    let padding = width.saturating_sub(used);
    let (left, middle, right) = match spec.align {
        '<' => (0, 0, padding),
        '^' => (padding / 2, 0, padding - padding / 2),
        '=' => (0, padding, 0),
        _ => (padding, 0, 0),
    };
    // Exactly the bytes written: a larger buffer is shrunk (reallocated) when the text becomes
    // a `str` object.
    let bytes = sign.len() + number.prefix.len() + grouped.len() + number.remainder.len();
    let mut out = alloc::text_with_capacity(
        bytes.saturating_add(padding.saturating_mul(spec.fill.len_utf8())),
    )?;
    alloc::push_repeated(&mut out, spec.fill, left)?;
    out.push_str(sign);
    out.push_str(number.prefix);
    alloc::push_repeated(&mut out, spec.fill, middle)?;
    out.push_str(grouped);
    out.push_str(number.remainder);
    alloc::push_repeated(&mut out, spec.fill, right)?;
    Ok(out)
}

/// The separator and group size a spec's grouping gives for presentation type `kind`.
fn grouping_of(spec: &Spec, kind: char) -> (usize, char) {
    match (spec.grouping, kind) {
        (Grouping::None, _) => (0, ','),
        (Grouping::Comma, _) => (3, ','),
        (Grouping::Underscore, 'b' | 'o' | 'x' | 'X') => (4, '_'),
        (Grouping::Underscore, _) => (3, '_'),
    }
}

/// Whether an int spec asks for a float presentation (the int is converted first).
pub fn is_float_kind(kind: char) -> bool {
    matches!(kind, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%')
}

/// `format(value, spec)` for an int whose spec is already parsed with an int presentation type
/// (`b c d o x X n`).
pub fn format_int(value: &BigInt, spec: &Spec) -> PyResult<String> {
    if spec.precision.is_some() {
        return Err(invalid("Precision not allowed in integer format specifier"));
    }
    if spec.no_neg_0 {
        return Err(invalid(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    let negative = value.sign() == num_bigint::Sign::Minus;
    let magnitude = value.magnitude();
    if spec.kind == 'c' {
        if spec.sign != '\0' {
            return Err(invalid(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if spec.alternate {
            return Err(invalid(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        let c = (!negative)
            .then(|| u32::try_from(magnitude).ok())
            .flatten()
            .filter(|code| *code < 0x110000)
            .ok_or_else(|| PyErr::new(ExcKind::OverflowError, "%c arg not in range(0x110000)"))?;
        // Lone surrogates are shown as U+FFFD (Spindle's strings are UTF-8).
        let c = char::from_u32(c).unwrap_or('\u{FFFD}').to_string();
        let number = Number {
            negative: false,
            prefix: "",
            digits: "",
            remainder: &c,
        };
        return layout(&number, spec, 0, ',');
    }
    let (digits, prefix) = match spec.kind {
        'b' => (magnitude.to_str_radix(2), "0b"),
        'o' => (magnitude.to_str_radix(8), "0o"),
        'x' => (magnitude.to_str_radix(16), "0x"),
        'X' => (magnitude.to_str_radix(16).to_uppercase(), "0X"),
        _ => (
            super::int::big_to_decimal(&BigInt::from(magnitude.clone()))?,
            "",
        ),
    };
    let number = Number {
        negative,
        prefix: if spec.alternate { prefix } else { "" },
        digits: &digits,
        remainder: "",
    };
    let (group, separator) = grouping_of(spec, spec.kind);
    layout(&number, spec, group, separator)
}

/// `format_int` for an int that fits in an `i64`, without making a big int for its digits.
pub fn format_i64(value: i64, spec: &Spec) -> PyResult<String> {
    if spec.kind == 'c' || spec.precision.is_some() || spec.no_neg_0 {
        return format_int(&BigInt::from(value), spec);
    }
    let magnitude = value.unsigned_abs();
    let (digits, prefix) = match spec.kind {
        'b' => (format!("{magnitude:b}"), "0b"),
        'o' => (format!("{magnitude:o}"), "0o"),
        'x' => (format!("{magnitude:x}"), "0x"),
        'X' => (format!("{magnitude:X}"), "0X"),
        _ => (magnitude.to_string(), ""),
    };
    let number = Number {
        negative: value < 0,
        prefix: if spec.alternate { prefix } else { "" },
        digits: &digits,
        remainder: "",
    };
    let (group, separator) = grouping_of(spec, spec.kind);
    layout(&number, spec, group, separator)
}

/// `format(x, spec)` for a float with a parsed spec whose type is a float presentation type or
/// `\0` (none).
pub fn format_float_spec(x: f64, spec: &Spec) -> PyResult<String> {
    let precision = spec.precision;
    let negative = x.is_sign_negative() && !x.is_nan();
    let magnitude = x.abs();
    let (mut body, percent) = match spec.kind {
        '\0' => match precision {
            None => (repr_form(magnitude, spec.alternate), false),
            Some(p) => (
                general_float(magnitude, p, spec.alternate, true, false)?,
                false,
            ),
        },
        'n' => (
            general_float(
                magnitude,
                precision.unwrap_or(6),
                spec.alternate,
                false,
                false,
            )?,
            false,
        ),
        '%' => (
            format_float(
                magnitude * 100.0,
                'f',
                precision.unwrap_or(6),
                spec.alternate,
            )?,
            true,
        ),
        kind => (
            format_float(magnitude, kind, precision.unwrap_or(6), spec.alternate)?,
            false,
        ),
    };
    if percent {
        body.push('%');
    }
    // `z`: a negative number that rounded to zero loses its sign.
    let all_zero = body
        .chars()
        .take_while(|c| !matches!(c, 'e' | 'E' | '%'))
        .all(|c| c == '0' || c == '.');
    let negative = negative && !(spec.no_neg_0 && magnitude.is_finite() && all_zero);
    let digits_end = body
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(body.len());
    let (digits, remainder) = body.split_at(digits_end);
    let number = Number {
        negative,
        prefix: "",
        digits,
        remainder,
    };
    let (group, separator) = if spec.kind == 'n' {
        (0, ',')
    } else {
        grouping_of(spec, spec.kind)
    };
    layout(&number, spec, group, separator)
}

/// `format(z, spec)` for a complex number (CPython's `format_complex_internal`): each part
/// formatted as a float with the spec's type and precision, the imaginary one always signed;
/// with no type, the `repr` forms, in parentheses unless the real part is +0.
pub fn format_complex(c: super::complex::Complex, text: &str) -> PyResult<String> {
    let spec = parse(text, "complex", '\0', '>')?;
    if spec.fill == '0' {
        return Err(invalid(
            "Zero padding is not allowed in complex format specifier",
        ));
    }
    if spec.align == '=' {
        return Err(invalid(
            "'=' alignment flag is not allowed in complex format specifier",
        ));
    }
    let kind = match spec.kind {
        '\0' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' => spec.kind,
        'n' => 'n',
        other => return Err(unknown_code(other, "complex")),
    };
    let bare = kind == '\0';
    let skip_real = bare && c.re == 0.0 && c.re.is_sign_positive();
    let part = |x: f64, sign: char| -> PyResult<String> {
        let part_spec = Spec {
            fill: ' ',
            align: '>',
            sign,
            width: None,
            ..spec
        };
        if bare {
            // `repr`'s digits (or the general form at the precision) without a forced `.0`.
            let mut body = match spec.precision {
                None => super::float::repr(x.abs()),
                Some(p) => general_float(x.abs(), p, spec.alternate, false, false)?,
            };
            if let Some(stripped) = body.strip_suffix(".0")
                && spec.precision.is_none()
            {
                body = stripped.to_string();
            }
            let negative = x.is_sign_negative() && !x.is_nan();
            let sign = match (negative, sign) {
                (true, _) => "-",
                (false, '+') => "+",
                (false, ' ') => " ",
                _ => "",
            };
            return Ok(format!("{sign}{body}"));
        }
        format_float_spec(x, &part_spec)
    };
    let mut body = String::new();
    if !skip_real {
        body.push_str(&part(c.re, spec.sign)?);
    }
    let imaginary_sign = if skip_real { spec.sign } else { '+' };
    body.push_str(&part(c.im, imaginary_sign)?);
    body.push('j');
    if bare && !skip_real {
        body = format!("({body})");
    }
    let len = body.chars().count();
    pad(&body, len, &spec, '>')
}

/// The no-type, no-precision form: `repr`'s digits, with `#` forcing a decimal point.
fn repr_form(magnitude: f64, alternate: bool) -> String {
    let mut text = super::float::repr(magnitude);
    if alternate
        && magnitude.is_finite()
        && !text.contains('.')
        && let Some(e) = text.find('e')
    {
        text.insert(e, '.');
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int(n: i64, spec: &str) -> String {
        let parsed = parse(spec, "int", 'd', '>').expect("valid spec");
        format_int(&BigInt::from(n), &parsed).expect("formats")
    }

    fn float(x: f64, spec: &str) -> String {
        let parsed = parse(spec, "float", '\0', '>').expect("valid spec");
        format_float_spec(x, &parsed).expect("formats")
    }

    fn error(spec: &str, type_name: &str) -> String {
        match parse(spec, type_name, 'd', '>') {
            Ok(_) => "ok".into(),
            Err(err) => err.message().to_string(),
        }
    }

    #[test]
    fn parses_every_field() {
        let spec = parse("*^+z#012,.3f", "float", '\0', '>').expect("valid");
        assert_eq!(
            (
                spec.fill,
                spec.align,
                spec.sign,
                spec.no_neg_0,
                spec.alternate
            ),
            ('*', '^', '+', true, true)
        );
        assert_eq!((spec.width, spec.precision), (Some(12), Some(3)));
        assert_eq!((spec.grouping, spec.kind), (Grouping::Comma, 'f'));
        assert_eq!(
            parse("05", "int", 'd', '>').map(|s| s.align).ok(),
            Some('=')
        );
        assert_eq!(
            parse("05", "str", 's', '<').map(|s| s.align).ok(),
            Some('<')
        );
    }

    #[test]
    fn parse_errors_match_cpython() {
        assert_eq!(error(",_", "int"), "Cannot specify both ',' and '_'.");
        assert_eq!(error("_,", "int"), "Cannot specify both ',' and '_'.");
        assert_eq!(error("10.x", "int"), "Format specifier missing precision");
        assert_eq!(
            error("e5", "float"),
            "Invalid format specifier 'e5' for object of type 'float'"
        );
        assert_eq!(error(",c", "int"), "Cannot specify ',' with 'c'.");
        assert_eq!(
            error(&"1".repeat(30), "int"),
            "Too many decimal digits in format string"
        );
    }

    #[test]
    fn ints_group_and_pad_like_cpython() {
        assert_eq!(int(1234567, ","), "1,234,567");
        assert_eq!(int(1234, "08,"), "0,001,234");
        assert_eq!(int(1234, "09,"), "0,001,234");
        assert_eq!(int(-1234, "010,"), "-0,001,234");
        assert_eq!(int(0xDEADBEEF, "#_x"), "0xdead_beef");
        assert_eq!(int(255, "#012_b"), "0b0_1111_1111");
        assert_eq!(int(-255, "*=#10x"), "-0x*****ff");
        assert_eq!(int(42, "^8"), "   42   ");
        assert_eq!(int(65, "05c"), "0000A");
    }

    #[test]
    fn floats_follow_the_presentation_type() {
        assert_eq!(float(1.0, ""), "1.0");
        assert_eq!(float(1e16, ""), "1e+16");
        assert_eq!(float(1.0, ".1"), "1e+00");
        assert_eq!(float(100.0, ".4"), "100.0");
        assert_eq!(float(1e20, "#"), "1.e+20");
        assert_eq!(float(0.5, ".1%"), "50.0%");
        assert_eq!(float(-0.0001, "z.2f"), "0.00");
        assert_eq!(float(-1.5, "z.1f"), "-1.5");
        assert_eq!(float(f64::NEG_INFINITY, "010"), "-000000inf");
        assert_eq!(float(1234.5, "011,.2f"), "0,001,234.50");
    }
}
