//! Source text as CPython reads it before tokenizing: a script file's bytes decoded with the
//! codec its PEP 263 declaration or byte order mark selects (UTF-8 by default), and line
//! endings `\r\n` and lone `\r` turned into `\n`, so string literals, line numbers and the
//! lines tracebacks show agree whatever the file's convention.

use std::borrow::Cow;
use std::rc::Rc;

use super::codecs;
use super::{CompileError, ErrorLocation};

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

/// The codecs Spindle decodes source files with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Codec {
    Utf8,
    Latin1,
    Ascii,
}

/// The codec a normalised name (see `codecs::normalize`) stands for, if Spindle has it.
fn codec_named(normalized: &str) -> Option<Codec> {
    let dotless = normalized.replace('.', "_");
    let named = |names: &[&str]| names.iter().any(|n| *n == normalized || *n == dotless);
    if named(&[
        "utf_8",
        "utf8",
        "u8",
        "utf",
        "cp65001",
        "utf8_ucs2",
        "utf8_ucs4",
    ]) {
        Some(Codec::Utf8)
    } else if named(&[
        "latin_1",
        "latin1",
        "latin",
        "l1",
        "iso8859_1",
        "iso_8859_1",
        "iso8859",
        "8859",
        "iso_8859_1_1987",
        "iso_ir_100",
        "cp819",
        "ibm819",
        "csisolatin1",
    ]) {
        Some(Codec::Latin1)
    } else if named(&[
        "ascii",
        "us_ascii",
        "us",
        "646",
        "iso646_us",
        "iso_646.irv_1991",
        "iso_ir_6",
        "cp367",
        "ibm367",
        "csascii",
        "ansi_x3.4_1968",
        "ansi_x3_4_1968",
        "ansi_x3.4_1986",
    ]) {
        Some(Codec::Ascii)
    } else {
        None
    }
}

/// `bytes`, a script file, decoded as CPython 3.11 decodes one (PEP 263): a UTF-8 byte order
/// mark, or a `coding[:=] name` declaration in a comment on line 1 (or on line 2 after a blank
/// or comment-only line 1), selects the codec; UTF-8 otherwise. Spindle decodes UTF-8,
/// Latin-1 and ASCII under any of their names. `path` is how errors name the file.
pub fn decode_source(bytes: &[u8], path: &str) -> Result<String, CompileError> {
    let (bom, body) = match bytes.strip_prefix(b"\xef\xbb\xbf") {
        Some(rest) => (true, rest),
        None => (false, bytes),
    };
    let declared = coding_declaration(body);
    match declared.as_deref() {
        Some(name) if bom && name != "utf-8" => {
            let message = format!("encoding problem: {name} with BOM");
            Err(CompileError::bare("SyntaxError", message))
        }
        None if !bom => String::from_utf8(body.to_vec()).map_err(|err| {
            let bad = err.utf8_error().valid_up_to();
            let byte = body.get(bad).copied().unwrap_or(0);
            let line = line_number_at(body, bad);
            CompileError::bare(
                "SyntaxError",
                format!(
                    "Non-UTF-8 code starting with '\\x{byte:02x}' in file {path} on line {line}, \
                     but no encoding declared; see https://peps.python.org/pep-0263/ for details"
                ),
            )
        }),
        None | Some("utf-8") => decode_declared_utf8(body, path),
        Some(name) => decode_as(name, body),
    }
}

/// Decodes with the codec a declaration names (not spelt `utf-8`). CPython reads such a file
/// through its `io` module and reports any failure as an "encoding problem".
fn decode_as(name: &str, body: &[u8]) -> Result<String, CompileError> {
    let problem = || CompileError::bare("SyntaxError", format!("encoding problem: {name}"));
    let normalized = codecs::normalize(name);
    match codec_named(&normalized) {
        Some(Codec::Latin1) => Ok(body.iter().map(|b| char::from(*b)).collect()),
        Some(Codec::Ascii) if !body.is_ascii() => Err(problem()),
        Some(Codec::Ascii | Codec::Utf8) => String::from_utf8(body.to_vec()).map_err(|_| problem()),
        None if codecs::is_known(&normalized) => Err(CompileError::bare(
            "SyntaxError",
            format!("source encoding '{name}' is not supported by Spindle yet"),
        )),
        None => Err(problem()),
    }
}

/// A file declared (or marked) UTF-8 is decoded token by token in CPython: undecodable bytes
/// in comments pass, and in a string literal or a name they are a SyntaxError naming the
/// byte's position within the token.
fn decode_declared_utf8(body: &[u8], path: &str) -> Result<String, CompileError> {
    let mut checked = 0;
    while let Err(err) = std::str::from_utf8(&body[checked..]) {
        let bad = checked + err.valid_up_to();
        let line_start = body[..bad]
            .iter()
            .rposition(|b| matches!(b, b'\n' | b'\r'))
            .map_or(0, |i| i + 1);
        let line_end = body[bad..]
            .iter()
            .position(|b| matches!(b, b'\n' | b'\r'))
            .map_or(body.len(), |i| bad + i);
        let line = &body[line_start..line_end];
        match token_around(line, bad - line_start) {
            None => checked = bad + err.error_len().unwrap_or(1),
            Some((contents, token_end, is_string)) => {
                let text = String::from_utf8_lossy(line).into_owned();
                // In a name CPython points at the undecodable byte. In a string it points at
                // the token after the string (its parser has read it), turning that byte
                // offset in the file's line into characters of the line as shown, where each
                // undecodable sequence became a 3-byte U+FFFD.
                let blanks = line[token_end..]
                    .iter()
                    .take_while(|b| matches!(b, b' ' | b'\t' | b'\x0c'))
                    .count();
                let next = match line.get(token_end + blanks) {
                    _ if !is_string => bad - line_start,
                    None | Some(b'#') => line.len(),
                    Some(_) => token_end + blanks,
                };
                let shown = text.as_bytes();
                let column = String::from_utf8_lossy(&shown[..(next + 1).min(shown.len())])
                    .chars()
                    .count() as u32;
                let message = undecodable_in_token(&line[contents]);
                let line_number = line_number_at(body, bad) as u32;
                let location = ErrorLocation {
                    filename: Rc::from(path),
                    line: line_number,
                    column,
                    end_line: line_number,
                    end_column: 0,
                    text: Some(text),
                };
                return Err(CompileError {
                    kind: "SyntaxError",
                    message,
                    location: Some(location),
                });
            }
        }
    }
    Ok(String::from_utf8_lossy(body).into_owned())
}

/// CPython's message for a token whose bytes are not UTF-8.
fn undecodable_in_token(token: &[u8]) -> String {
    match std::str::from_utf8(token) {
        Ok(_) => "(unicode error) 'utf-8' codec can't decode".to_string(),
        Err(err) => {
            let position = err.valid_up_to();
            let byte = token.get(position).copied().unwrap_or(0);
            let reason = match err.error_len() {
                None => "unexpected end of data",
                Some(_) if (0xC2..=0xF4).contains(&byte) => "invalid continuation byte",
                Some(_) => "invalid start byte",
            };
            format!(
                "(unicode error) 'utf-8' codec can't decode byte 0x{byte:02x} in position \
                 {position}: {reason}"
            )
        }
    }
}

/// Within one line, the contents of the string literal or the name that holds byte `at`,
/// where that token ends and whether it is a string; `None` when `at` is in a comment.
/// Strings opened on an earlier line are not seen.
fn token_around(line: &[u8], at: usize) -> Option<(std::ops::Range<usize>, usize, bool)> {
    let mut i = 0;
    while i < line.len() {
        match line[i] {
            b'#' if i <= at => return None,
            quote @ (b'\'' | b'"') => {
                let quotes = if line.get(i + 1) == Some(&quote) && line.get(i + 2) == Some(&quote) {
                    3
                } else {
                    1
                };
                let start = i + quotes;
                let mut end = start;
                while end < line.len() && line[end] != quote {
                    end += if line[end] == b'\\' { 2 } else { 1 };
                }
                let end = end.min(line.len());
                let token_end = (end + quotes).min(line.len());
                if (i..token_end).contains(&at) {
                    return Some((start..end, token_end, true));
                }
                i = token_end;
                continue;
            }
            _ => {}
        }
        if i == at {
            let name_byte = |b: &u8| b.is_ascii_alphanumeric() || *b == b'_' || !b.is_ascii();
            let start = line[..at]
                .iter()
                .rposition(|b| !name_byte(b))
                .map_or(0, |p| p + 1);
            let end = line[at..]
                .iter()
                .position(|b| !name_byte(b))
                .map_or(line.len(), |p| at + p);
            return Some((start..end, end, false));
        }
        i += 1;
    }
    None
}

/// The 1-based line holding byte `offset`, lines ending at `\n`, `\r\n` or a lone `\r`.
fn line_number_at(bytes: &[u8], offset: usize) -> usize {
    let before = &bytes[..offset.min(bytes.len())];
    let lone_returns = before
        .windows(2)
        .filter(|pair| pair[0] == b'\r' && pair[1] != b'\n')
        .count()
        + usize::from(before.last() == Some(&b'\r'));
    before.iter().filter(|b| **b == b'\n').count() + lone_returns + 1
}

/// The codec a PEP 263 declaration on line 1, or on line 2 after a blank or comment-only
/// line 1, names, with CPython's spellings of UTF-8 and Latin-1 made canonical.
fn coding_declaration(body: &[u8]) -> Option<String> {
    let mut lines = body.split_inclusive(|b| matches!(b, b'\n' | b'\r'));
    for _ in 0..2 {
        let line = lines.next()?;
        if let Some(name) = coding_spec(line) {
            return Some(canonical_codec_name(name));
        }
        let first = line.iter().find(|b| !matches!(b, b' ' | b'\t' | b'\x0c'));
        if !matches!(first, None | Some(b'#' | b'\n' | b'\r')) {
            return None;
        }
    }
    None
}

/// The name in `coding: name` or `coding=name` in a line that is only a comment, found as
/// CPython's tokenizer finds it.
fn coding_spec(line: &[u8]) -> Option<&str> {
    let hash = line
        .iter()
        .position(|b| !matches!(b, b' ' | b'\t' | b'\x0c'))?;
    if line[hash] != b'#' {
        return None;
    }
    let mut rest = &line[hash..];
    while let Some(at) = find(rest, b"coding") {
        rest = &rest[at + b"coding".len()..];
        if !matches!(rest.first(), Some(b':' | b'=')) {
            continue;
        }
        let blanks = rest[1..]
            .iter()
            .take_while(|b| matches!(b, b' ' | b'\t'))
            .count();
        let value = &rest[1 + blanks..];
        let length = value
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
            .count();
        if length > 0 {
            return std::str::from_utf8(&value[..length]).ok();
        }
    }
    None
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// CPython's `get_normal_name`: spellings of UTF-8 and Latin-1 (judged on the first 12
/// characters, lower-cased, `_` as `-`) become `utf-8` and `iso-8859-1`; others stay as written.
fn canonical_codec_name(name: &str) -> String {
    let head: String = name
        .chars()
        .take(12)
        .map(|c| {
            if c == '_' {
                '-'
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    let latin1 = ["latin-1", "iso-8859-1", "iso-latin-1"];
    if head == "utf-8" || head.starts_with("utf-8-") {
        "utf-8".to_string()
    } else if latin1
        .iter()
        .any(|l| head == *l || head.starts_with(&format!("{l}-")))
    {
        "iso-8859-1".to_string()
    } else {
        name.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The text decoded, or the rendered error.
    fn decoded(bytes: &[u8]) -> Result<String, String> {
        decode_source(bytes, "/p/f.py").map_err(|err| err.render())
    }

    fn problem(message: &str) -> Result<String, String> {
        Err(format!("SyntaxError: {message}\n"))
    }

    #[test]
    fn declarations_select_the_codec_as_in_cpython() {
        let latin1 = "s = '\u{e9}'\n";
        for header in [
            "# -*- coding: latin-1 -*-\n",
            "#!/usr/bin/python\n# vim: set fileencoding=ISO_8859_1 :\n",
            "\n  # coding=l1\n",
            "#coding:latin\r\n",
        ] {
            let mut bytes = header.as_bytes().to_vec();
            bytes.extend_from_slice(b"s = '\xe9'\n");
            let text = decoded(&bytes).expect("decodes");
            assert!(text.ends_with(latin1), "{header:?}");
        }
        // Not a declaration: code before it, or not in a comment of the first two lines.
        for header in ["x = 1 # coding: latin-1\n", "print(1)\n# coding: latin-1\n"] {
            let mut bytes = header.as_bytes().to_vec();
            bytes.extend_from_slice(b"s = '\xe9'\n");
            assert!(decoded(&bytes).is_err_and(|e| e.contains("Non-UTF-8 code")));
        }
        assert_eq!(
            decoded(b"# coding: ascii\nx = 1\n"),
            Ok("# coding: ascii\nx = 1\n".into())
        );
        assert_eq!(
            decoded(b"# coding: ascii\ns = '\xe9'\n"),
            problem("encoding problem: ascii")
        );
        assert_eq!(
            decoded(b"# coding: xyz\n"),
            problem("encoding problem: xyz")
        );
        assert_eq!(
            decoded(b"# coding: KOI8-R\n"),
            problem("source encoding 'KOI8-R' is not supported by Spindle yet")
        );
    }

    #[test]
    fn byte_order_marks_mean_utf8() {
        assert_eq!(
            decoded(b"\xef\xbb\xbfs = '\xc3\xa9'\n"),
            Ok("s = '\u{e9}'\n".into())
        );
        assert_eq!(
            decoded(b"\xef\xbb\xbf# coding: UTF_8\n"),
            Ok("# coding: UTF_8\n".into())
        );
        let latin1 = decoded(b"\xef\xbb\xbf# coding: latin-1\n");
        assert_eq!(latin1, problem("encoding problem: iso-8859-1 with BOM"));
        assert_eq!(
            decoded(b"\xef\xbb\xbf# coding: utf8\n"),
            problem("encoding problem: utf8 with BOM")
        );
    }

    #[test]
    fn undecodable_utf8_is_located_as_in_cpython() {
        let undeclared = decoded(b"x = 1\r\ny = 2\rs = '\xe9'\n");
        assert_eq!(
            undeclared,
            problem(
                "Non-UTF-8 code starting with '\\xe9' in file /p/f.py on line 3, but no \
                 encoding declared; see https://peps.python.org/pep-0263/ for details"
            )
        );
        // Declared UTF-8: comments may hold anything; a string names the byte's position.
        assert!(decoded(b"# coding: utf-8\nx = 1  # \xe9\n").is_ok());
        assert_eq!(
            decoded(b"# coding: utf-8\nprint('ab\xe9cd')\n"),
            Err(
                "  File \"/p/f.py\", line 2\n    print('ab\u{fffd}cd')\n               ^\n\
                 SyntaxError: (unicode error) 'utf-8' codec can't decode byte 0xe9 in \
                 position 2: invalid continuation byte\n"
                    .to_string()
            )
        );
    }

    #[test]
    fn every_line_ending_becomes_a_newline() {
        assert_eq!(
            normalize_newlines("a\r\nb\rc\n\r\r\nd\r"),
            "a\nb\nc\n\n\nd\n"
        );
        assert!(matches!(normalize_newlines("a\nb"), Cow::Borrowed("a\nb")));
    }
}
