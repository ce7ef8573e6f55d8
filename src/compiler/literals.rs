//! String constants with lone surrogates. ruff decodes string literals into Rust strings, which
//! cannot hold U+D800..U+DFFF, so an escape such as `\ud800` or `\U0000dc80` reaches the
//! compiler as U+FFFD. For a literal whose decoded value holds U+FFFD, the part's source text is
//! scanned again for what produced each U+FFFD (a surrogate escape, or a real U+FFFD written
//! literally, as `\ufffd`, `\U0000fffd` or `\N{REPLACEMENT CHARACTER}`), and the surrogates are
//! put back. Literals without U+FFFD (all but a handful) take the fast path.

use ruff_python_ast::{ExprStringLiteral, StringFlags, StringLiteral};

use crate::runtime::str::PyStr;

/// The constant a string literal (possibly implicitly concatenated) denotes.
pub fn string_constant(source: &str, literal: &ExprStringLiteral) -> PyStr {
    let value = literal.value.to_str();
    if !value.contains('\u{FFFD}') {
        return PyStr::new(value.to_string());
    }
    let mut code_points = Vec::with_capacity(value.len());
    for part in literal.value.iter() {
        let origins = replacement_origins(source, part);
        let mut origins = origins.iter();
        for c in part.value.chars() {
            let surrogate = match c {
                '\u{FFFD}' => origins.next().copied().flatten(),
                _ => None,
            };
            code_points.push(surrogate.unwrap_or(c as u32));
        }
    }
    PyStr::from_code_points(code_points)
}

/// For each U+FFFD of the part's value, in order: the surrogate an escape asked for, or `None`
/// for a real U+FFFD. Empty (every U+FFFD real) when the source cannot be read back or its
/// count disagrees with the value's, so a literal is never decoded differently from ruff
/// except for surrogates.
fn replacement_origins(source: &str, part: &StringLiteral) -> Vec<Option<u32>> {
    let flags = part.flags;
    let start = usize::from(part.range.start() + flags.opener_len());
    let end = usize::from(part.range.end() - flags.closer_len());
    let Some(body) = source.get(start..end) else {
        return Vec::new();
    };
    let origins = if flags.prefix().is_raw() {
        body.chars()
            .filter(|c| *c == '\u{FFFD}')
            .map(|_| None)
            .collect()
    } else {
        escaped_origins(body)
    };
    let expected = part.value.chars().filter(|c| *c == '\u{FFFD}').count();
    if origins.len() == expected {
        origins
    } else {
        Vec::new()
    }
}

/// The U+FFFD origins of a non-raw literal body, by Python's escape rules.
fn escaped_origins(body: &str) -> Vec<Option<u32>> {
    let mut origins = Vec::new();
    let mut chars = body.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            if c == '\u{FFFD}' {
                origins.push(None);
            }
            continue;
        }
        let digits = match chars.peek() {
            Some('u') => 4,
            Some('U') => 8,
            Some('N') => {
                chars.next();
                let name: String = chars.by_ref().take_while(|c| *c != '}').collect();
                let name = name.trim_start_matches('{');
                if name.eq_ignore_ascii_case("REPLACEMENT CHARACTER") {
                    origins.push(None);
                }
                continue;
            }
            // Every other escape (`\\`, `\'`, `\x41`, octal, unknown ones kept verbatim) is
            // either one character or leaves the next character to be read normally; none
            // yields U+FFFD. The escaped character itself is skipped only for `\\`, so that
            // `\\u` is not read as an escape.
            Some('\\') => {
                chars.next();
                continue;
            }
            _ => continue,
        };
        chars.next();
        let hex: String = chars.by_ref().take(digits).collect();
        match u32::from_str_radix(&hex, 16) {
            Ok(code @ 0xD800..=0xDFFF) => origins.push(Some(code)),
            Ok(0xFFFD) => origins.push(None),
            _ => {}
        }
    }
    origins
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_are_traced_to_their_replacement_characters() {
        assert_eq!(escaped_origins(r"a\ud800b"), [Some(0xD800)]);
        assert_eq!(
            escaped_origins(r"\ufffd\U0000DC80\N{replacement character}�"),
            [None, Some(0xDC80), None, None]
        );
        assert_eq!(
            escaped_origins(r"\\ud800\x41\u0041"),
            Vec::<Option<u32>>::new()
        );
    }
}
