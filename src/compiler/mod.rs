//! The compiler: Python source → `Code`. Parsing is `ruff_python_parser`'s; this module maps parse
//! errors onto CPython's SyntaxError wording, resolves scopes (`symtable`) and generates
//! CPython-style stack bytecode (`codegen`), including the stack depth each code object needs.

mod codegen;
mod error;
mod lines;
mod source;
mod symtable;
#[cfg(test)]
mod tests;

use std::rc::Rc;

use ruff_python_parser::{LexicalErrorType, ParseErrorType, parse_module};
use ruff_text_size::TextSize;

use crate::bytecode::Code;

pub use error::{CompileError, ErrorLocation};
pub use lines::LineIndex;
pub use source::normalize_newlines;

/// Compiles a module's source into its code object. `filename` is what tracebacks show.
/// Line endings are normalised first (see `normalize_newlines`).
pub fn compile(source: &str, filename: &str) -> Result<Rc<Code>, CompileError> {
    let source = &*normalize_newlines(source);
    let filename: Rc<str> = Rc::from(filename);
    let lines = LineIndex::new(source);
    let brackets = scan_brackets(source);
    if let Some((offset, message)) = brackets.refused {
        let at = TextSize::from(offset as u32);
        return Err(lines.error(&filename, at, "SyntaxError", message.into()));
    }
    let parsed = parse_module(source).map_err(|err| {
        syntax_error_from_parse(&lines, &filename, source, brackets.first_unclosed, &err)
    })?;
    codegen::compile_module(parsed.suite(), &lines, filename)
}

/// CPython's tokenizer refuses brackets nested deeper than this (its MAXLEVEL).
const MAX_NESTING: usize = 200;

/// Longest run of prefix operators (`- + ~ not`) accepted. Each one nests the parser one level
/// deeper with no bracket to count, and millions of them exhausted memory in the parser; the
/// code generator refuses expressions nested deeper than this anyway.
const MAX_PREFIX_RUN: usize = codegen::MAX_EXPR_DEPTH;

/// What a quick pass over the brackets of a source (outside strings and comments) finds.
struct BracketScan {
    /// Where and why the source is refused before parsing: brackets nested deeper than
    /// `MAX_NESTING`, or a run of more than `MAX_PREFIX_RUN` prefix operators. Both keep the
    /// parser's recursion bounded.
    refused: Option<(usize, &'static str)>,
    /// The outermost bracket never closed.
    first_unclosed: Option<usize>,
}

/// Translates ruff's parse error into CPython 3.11's wording where the two differ.
fn syntax_error_from_parse(
    lines: &LineIndex,
    filename: &Rc<str>,
    source: &str,
    unclosed: Option<usize>,
    err: &ruff_python_parser::ParseError,
) -> CompileError {
    let at = err.location.start();
    let text = err.error.to_string();
    match &err.error {
        ParseErrorType::Lexical(LexicalErrorType::UnclosedStringError) => {
            let rest = source.get(usize::from(at)..).unwrap_or("");
            let quoted = &rest[rest.find(['"', '\'']).unwrap_or(0)..];
            let message = if quoted.starts_with("\"\"\"") || quoted.starts_with("'''") {
                let last_line = lines.line_count();
                format!("unterminated triple-quoted string literal (detected at line {last_line})")
            } else {
                format!(
                    "unterminated string literal (detected at line {})",
                    lines.line_of(at)
                )
            };
            return lines.error(filename, at, "SyntaxError", message);
        }
        ParseErrorType::Lexical(LexicalErrorType::IndentationError) => {
            let message = "unindent does not match any outer indentation level".to_string();
            return lines.error(filename, at, "IndentationError", message);
        }
        _ => {}
    }
    if let Some(open) = unclosed {
        let ch = source.as_bytes()[open] as char;
        return lines.error(
            filename,
            TextSize::from(open as u32),
            "SyntaxError",
            format!("'{ch}' was never closed"),
        );
    }
    let (kind, message) = match &err.error {
        ParseErrorType::InvalidAssignmentTarget => (
            "SyntaxError",
            "cannot assign to literal here. Maybe you meant '==' instead of '='?".to_string(),
        ),
        _ if text.contains("Expected an indented block") => {
            let line = lines.line_of(at).saturating_sub(1).max(1);
            let header = lines.line_text(line);
            let keyword = header
                .split_whitespace()
                .next()
                .unwrap_or("")
                .trim_end_matches(':');
            let what = match keyword {
                "def" => "function definition".to_string(),
                "class" => "class definition".to_string(),
                k => format!("'{k}' statement"),
            };
            (
                "IndentationError",
                format!("expected an indented block after {what} on line {line}"),
            )
        }
        _ if text.contains("Unexpected indentation") => {
            ("IndentationError", "unexpected indent".to_string())
        }
        _ if text.starts_with("Expected `:`") => ("SyntaxError", "expected ':'".to_string()),
        _ => ("SyntaxError", "invalid syntax".to_string()),
    };
    lines.error(filename, at, kind, message)
}

fn scan_brackets(source: &str) -> BracketScan {
    let bytes = source.as_bytes();
    let mut open: Vec<usize> = Vec::new();
    let mut refused = None;
    let (mut run_start, mut run) = (0, 0usize);
    let mut i = 0;
    while i < bytes.len() {
        let is_not = bytes[i..].starts_with(b"not")
            && (i == 0 || !bytes[i - 1].is_ascii_alphanumeric() && bytes[i - 1] != b'_')
            && bytes
                .get(i + 3)
                .is_some_and(|b| !b.is_ascii_alphanumeric() && *b != b'_');
        match bytes[i] {
            b'-' | b'+' | b'~' => run += 1,
            b' ' | b'\t' => {}
            _ if is_not => {
                run += 1;
                i += 2;
            }
            _ => run = 0,
        }
        if run == 1 {
            run_start = i;
        }
        if run > MAX_PREFIX_RUN && refused.is_none() {
            refused = Some((run_start, "too many nested expressions"));
        }
        match bytes[i] {
            b'#' => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
            }
            quote @ (b'\'' | b'"') => {
                let triple = bytes.get(i + 1) == Some(&quote) && bytes.get(i + 2) == Some(&quote);
                i += if triple { 3 } else { 1 };
                while i < bytes.len() {
                    if bytes[i] == b'\\' {
                        i += 2;
                        continue;
                    }
                    if !triple && bytes[i] == b'\n' {
                        break;
                    }
                    if bytes[i] == quote
                        && (!triple
                            || (bytes.get(i + 1) == Some(&quote)
                                && bytes.get(i + 2) == Some(&quote)))
                    {
                        i += if triple { 2 } else { 0 };
                        break;
                    }
                    i += 1;
                }
            }
            b'(' | b'[' | b'{' => {
                open.push(i);
                if open.len() > MAX_NESTING && refused.is_none() {
                    refused = Some((i, "too many nested parentheses"));
                }
            }
            b')' | b']' | b'}' => {
                open.pop();
            }
            _ => {}
        }
        i += 1;
    }
    BracketScan {
        refused,
        first_unclosed: open.first().copied(),
    }
}
