//! The compiler: Python source → `Code`. Parsing is `ruff_python_parser`'s; this module maps parse
//! errors onto CPython's SyntaxError wording, resolves scopes (`symtable`) and generates
//! CPython-style stack bytecode (`codegen`), including the stack depth each code object needs.

mod codegen;
mod literals;
mod symtable;
mod teardown;

use std::rc::Rc;

use ruff_python_ast::PySourceType;
use ruff_python_parser::{LexicalErrorType, ParseErrorType, parse_unchecked_source};
use ruff_text_size::{TextRange, TextSize};

use crate::bytecode::Code;

/// A compile-time error, rendered the way CPython prints an uncaught SyntaxError.
#[derive(Debug, Clone)]
pub struct CompileError {
    /// `SyntaxError` or `IndentationError`.
    pub kind: &'static str,
    pub message: String,
    pub filename: Rc<str>,
    pub line: u32,
    /// 1-based column of the caret, in characters.
    pub column: u32,
    /// 1-based column just past the underlined range (`column + 1` for a single caret).
    pub end_column: u32,
    pub source_line: String,
}

impl CompileError {
    /// The text CPython writes to stderr for this error.
    pub fn render(&self) -> String {
        let mut out = format!("  File \"{}\", line {}\n", self.filename, self.line);
        let stripped = self.source_line.trim_start();
        if !stripped.trim_end().is_empty() {
            let indent = self.source_line.chars().count() - stripped.chars().count();
            let caret = (self.column as usize).saturating_sub(indent).max(1);
            let width = self.end_column.saturating_sub(self.column).max(1) as usize;
            out.push_str(&format!("    {}\n", stripped.trim_end()));
            out.push_str(&format!(
                "    {}{}\n",
                " ".repeat(caret - 1),
                "^".repeat(width)
            ));
        }
        out.push_str(&format!("{}: {}\n", self.kind, self.message));
        out
    }
}

/// Maps byte offsets in the source to 1-based line and column numbers.
pub struct LineIndex<'a> {
    source: &'a str,
    starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    pub fn new(source: &'a str) -> LineIndex<'a> {
        let mut starts = vec![0];
        starts.extend(source.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { source, starts }
    }

    /// The source text the offsets refer to.
    pub fn source(&self) -> &'a str {
        self.source
    }

    pub fn line_of(&self, offset: TextSize) -> u32 {
        let offset = usize::from(offset);
        (self.starts.partition_point(|start| *start <= offset)) as u32
    }

    pub fn column_of(&self, offset: TextSize) -> u32 {
        let offset = usize::from(offset).min(self.source.len());
        let start = self.starts[self.line_of(TextSize::from(offset as u32)) as usize - 1];
        self.source
            .get(start..offset)
            .map_or(1, |s| s.chars().count() as u32 + 1)
    }

    pub fn line_text(&self, line: u32) -> String {
        let i = (line as usize).saturating_sub(1);
        let start = self.starts.get(i).copied().unwrap_or(self.source.len());
        let end = self.starts.get(i + 1).copied().unwrap_or(self.source.len());
        self.source
            .get(start..end)
            .unwrap_or("")
            .trim_end_matches(['\n', '\r'])
            .to_string()
    }

    pub fn error(
        &self,
        filename: &Rc<str>,
        offset: TextSize,
        kind: &'static str,
        message: String,
    ) -> CompileError {
        let line = self.line_of(offset);
        let column = self.column_of(offset);
        CompileError {
            kind,
            message,
            filename: filename.clone(),
            line,
            column,
            end_column: column + 1,
            source_line: self.line_text(line),
        }
    }

    /// An error underlining all of `range` (or its first line's start, if it spans lines).
    pub fn error_over(
        &self,
        filename: &Rc<str>,
        range: TextRange,
        kind: &'static str,
        message: String,
    ) -> CompileError {
        let mut error = self.error(filename, range.start(), kind, message);
        if self.line_of(range.end()) == error.line {
            error.end_column = self.column_of(range.end()).max(error.column + 1);
        }
        error
    }
}

/// Compiles a module's source into its code object. `filename` is what tracebacks show.
pub fn compile(source: &str, filename: &str) -> Result<Rc<Code>, CompileError> {
    let filename: Rc<str> = Rc::from(filename);
    let lines = LineIndex::new(source);
    let brackets = scan_brackets(source);
    if let Some((offset, message)) = brackets.refused {
        let at = TextSize::from(offset as u32);
        return Err(lines.error(&filename, at, "SyntaxError", message.into()));
    }
    // Parsed unchecked so that the tree is freed by `teardown` on the error path too.
    let parsed = parse_unchecked_source(source, PySourceType::Python);
    let compiled = match parsed.errors().first() {
        Some(err) => Err(syntax_error_from_parse(
            &lines,
            &filename,
            source,
            brackets.first_unclosed,
            err,
        )),
        None => codegen::compile_module(parsed.suite(), &lines, filename),
    };
    teardown::free_module(parsed.into_syntax());
    compiled
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
                let last_line = lines.line_of(TextSize::from(source.len() as u32));
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_prefix_operator_runs_are_refused_before_parsing() {
        let deep = format!("x = {}1\n", "- ".repeat(MAX_PREFIX_RUN + 1));
        let err = compile(&deep, "t.py").err().expect("refused");
        assert_eq!(err.message, "too many nested expressions");
        let fine = format!(
            "x = {}1  # {}\ny = '{}'\nz = not not x\n",
            "-".repeat(10),
            "-".repeat(5000),
            "-".repeat(5000)
        );
        assert!(compile(&fine, "t.py").is_ok());
    }
}
