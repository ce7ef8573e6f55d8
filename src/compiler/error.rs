//! Compile-time errors and how CPython 3.11 prints an uncaught one: `File "...", line N`, the
//! source line without its leading whitespace, a caret line, and `Type: message`. Errors that
//! CPython raises without a location (an undecodable file, the parser's memory limit, the
//! compiler's recursion limit) print as the bare `Type: message` line.

use std::fmt::Write;
use std::rc::Rc;

use ruff_text_size::{TextRange, TextSize};

use super::LineIndex;

/// A compile-time error, rendered the way CPython prints an uncaught one.
#[derive(Debug, Clone)]
pub struct CompileError {
    /// `SyntaxError`, `IndentationError`, `TabError`, `RecursionError` or `MemoryError`.
    pub kind: &'static str,
    /// Empty for a bare `MemoryError`.
    pub message: String,
    pub location: Option<ErrorLocation>,
}

/// Where a SyntaxError points, as CPython's `SyntaxError` attributes say it.
#[derive(Debug, Clone)]
pub struct ErrorLocation {
    pub filename: Rc<str>,
    /// `lineno`.
    pub line: u32,
    /// `offset`: 1-based character column of the caret; 0 when there is none.
    pub column: u32,
    /// `end_lineno`.
    pub end_line: u32,
    /// `end_offset`: 1-based column just past the underlined range; 0 when there is none.
    pub end_column: u32,
    /// `text`: the source line without its line ending; `None` past the end of the source.
    pub text: Option<String>,
}

impl CompileError {
    /// An error CPython reports without a file position.
    pub fn bare(kind: &'static str, message: impl Into<String>) -> CompileError {
        CompileError {
            kind,
            message: message.into(),
            location: None,
        }
    }

    /// The text CPython writes to stderr for this error.
    pub fn render(&self) -> String {
        let mut out = String::new();
        if let Some(location) = &self.location {
            let _ = writeln!(
                out,
                "  File \"{}\", line {}",
                location.filename, location.line
            );
            if let Some(text) = &location.text {
                location.write_text_and_carets(text, &mut out);
            }
        }
        if self.message.is_empty() {
            let _ = writeln!(out, "{}", self.kind);
        } else {
            let _ = writeln!(out, "{}: {}", self.kind, self.message);
        }
        out
    }
}

impl ErrorLocation {
    /// CPython 3.11's `print_error_text`, quirks included: the line loses its leading
    /// whitespace (not its trailing whitespace); a range spanning lines is underlined to the end
    /// of its first line; the caret is clipped to just past the text and left out when it would
    /// point into the removed indentation. Offsets count characters while line lengths count
    /// UTF-8 bytes, as in CPython.
    fn write_text_and_carets(&self, text: &str, out: &mut String) {
        // CPython's text ends in a newline, which its byte count includes.
        let line_size = text.len() as i64 + 1;
        let offset = i64::from(self.column);
        let mut end_offset = if self.end_column == 0 {
            -1
        } else {
            i64::from(self.end_column)
        };
        if self.end_line > self.line {
            end_offset = line_size;
        }
        end_offset = end_offset.min(line_size + 1);
        let carets = if end_offset > 0 && end_offset > offset {
            end_offset - offset
        } else {
            1
        };
        let stripped = text.trim_start_matches([' ', '\t', '\x0c']);
        let indent = (text.len() - stripped.len()) as i64;
        let caret_at = (offset - 1 - indent).min(stripped.len() as i64);
        let _ = writeln!(out, "    {stripped}");
        if caret_at >= 0 {
            out.push_str("    ");
            out.push_str(&" ".repeat(caret_at as usize));
            out.push_str(&"^".repeat(carets as usize));
            out.push('\n');
        }
    }
}

impl LineIndex<'_> {
    /// The text CPython shows for `line`: `None` past the last line.
    fn error_text(&self, line: u32) -> Option<String> {
        (line <= self.line_count()).then(|| self.line_text(line).to_string())
    }

    /// An error at `line` with CPython's 1-based `column` and `end_column` (0: none).
    pub fn error_at_line(
        &self,
        filename: &Rc<str>,
        line: u32,
        (column, end_column): (u32, u32),
        kind: &'static str,
        message: String,
    ) -> CompileError {
        CompileError {
            kind,
            message,
            location: Some(ErrorLocation {
                filename: filename.clone(),
                line,
                column,
                end_line: line,
                end_column,
                text: self.error_text(line),
            }),
        }
    }

    /// An error with a single caret at `offset`.
    pub fn error(
        &self,
        filename: &Rc<str>,
        offset: TextSize,
        kind: &'static str,
        message: String,
    ) -> CompileError {
        let line = self.line_of(offset);
        let column = self.column_of(offset);
        self.error_at_line(filename, line, (column, column + 1), kind, message)
    }

    /// An error underlining all of `range` (to the end of its first line if it spans lines).
    pub fn error_over(
        &self,
        filename: &Rc<str>,
        range: TextRange,
        kind: &'static str,
        message: String,
    ) -> CompileError {
        let mut error = self.error(filename, range.start(), kind, message);
        if let Some(location) = &mut error.location {
            location.end_line = self.line_of(range.end());
            location.end_column = self.column_of(range.end()).max(location.column + 1);
        }
        error
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rendered(text: &str, column: u32, end_line: u32, end_column: u32) -> String {
        CompileError {
            kind: "SyntaxError",
            message: "m".into(),
            location: Some(ErrorLocation {
                filename: Rc::from("f.py"),
                line: 1,
                column,
                end_line,
                end_column,
                text: Some(text.to_string()),
            }),
        }
        .render()
    }

    #[test]
    fn carets_follow_cpython_print_error_text() {
        // Trailing whitespace is kept; a range is underlined.
        assert_eq!(
            rendered("  f(a=1, a=2)  ", 10, 1, 13),
            "  File \"f.py\", line 1\n    f(a=1, a=2)  \n           ^^^\nSyntaxError: m\n"
        );
        // A range spanning lines is underlined to the end of its first line.
        assert_eq!(
            rendered("f(a=(1 +  ", 3, 2, 4),
            "  File \"f.py\", line 1\n    f(a=(1 +  \n      ^^^^^^^^\nSyntaxError: m\n"
        );
        // A caret inside the indentation is left out; past the end it is clipped.
        assert_eq!(
            rendered("    y = 2", 1, 1, 0),
            "  File \"f.py\", line 1\n    y = 2\nSyntaxError: m\n"
        );
        assert_eq!(
            rendered("  y = 2", 30, 1, 31),
            "  File \"f.py\", line 1\n    y = 2\n         ^\nSyntaxError: m\n"
        );
    }

    #[test]
    fn errors_without_a_location_print_one_line() {
        assert_eq!(
            CompileError::bare("MemoryError", "").render(),
            "MemoryError\n"
        );
        assert_eq!(
            CompileError::bare("SyntaxError", "encoding problem: xyz").render(),
            "SyntaxError: encoding problem: xyz\n"
        );
    }
}
