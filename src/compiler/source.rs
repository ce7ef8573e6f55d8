//! Source text as CPython reads it before tokenizing: line endings `\r\n` and lone `\r` become
//! `\n`, so string literals, line numbers and the lines tracebacks show agree whatever the
//! file's convention.

use std::borrow::Cow;

/// `source` with every `\r\n` and lone `\r` turned into `\n` (borrowed when there is none).
pub fn normalize_newlines(source: &str) -> Cow<'_, str> {
    if !source.contains('\r') {
        return Cow::Borrowed(source);
    }
    let mut text = String::with_capacity(source.len());
    let mut rest = source;
    while let Some(cr) = rest.find('\r') {
        text.push_str(&rest[..cr]);
        text.push('\n');
        rest = &rest[cr + 1..];
        if let Some(after_lf) = rest.strip_prefix('\n') {
            rest = after_lf;
        }
    }
    text.push_str(rest);
    Cow::Owned(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_ending_becomes_a_newline() {
        assert_eq!(
            normalize_newlines("a\r\nb\rc\n\r\r\nd\r"),
            "a\nb\nc\n\n\nd\n"
        );
        assert!(matches!(normalize_newlines("a\nb"), Cow::Borrowed("a\nb")));
    }
}
