//! The compiler: Python source → `Code`. Parsing is `ruff_python_parser`'s; this module maps parse
//! errors onto CPython's SyntaxError wording, resolves scopes (`scope`) and generates
//! CPython-style stack bytecode (`codegen`), including the stack depth each code object needs.

mod checks;
mod codecs;
mod codegen;
mod error;
mod fold;
mod limits;
mod lines;
mod literals;
mod prescan;
mod scope;
mod source;
mod teardown;
#[cfg(test)]
mod tests;
mod wording;

use std::rc::Rc;

use ruff_python_ast::{Mod, Stmt};
use ruff_python_parser::{
    LexicalErrorType, Mode, ParseError, ParseErrorType, ParseOptions, parse_unchecked,
};
use ruff_text_size::TextSize;

use crate::bytecode::Code;
use prescan::{IndentationProblem, Prescan, Refusal};

pub use error::{CompileError, ErrorLocation};
pub use lines::LineIndex;
pub use source::{decode_source, normalize_newlines};

/// How a piece of source is compiled besides its text and file name.
#[derive(Default)]
pub struct CompileOptions {
    /// The global names the namespace the code will run in already has, in slot order: the
    /// code's global slots continue its numbering (a REPL line, `-i` after a script).
    pub namespace: Vec<Rc<str>>,
    /// Interactive mode: the value of each top-level expression statement is printed (its
    /// `repr`, unless None), as CPython's `single` mode does.
    pub interactive: bool,
    /// `exec`/`eval`/`compile()` code: top-level names live in a namespace held in frame slot 0
    /// (a dict or the module itself) and are read and written with `LOAD_NAME`/`STORE_NAME`, as
    /// in a class body; the code object takes that namespace as its one argument.
    pub namespace_body: bool,
    /// `eval` mode: the source is one expression, whose value the code returns.
    pub eval: bool,
}

/// `-O`: assert statements are compiled to nothing and `__debug__` is False, for every
/// compilation in the process (CPython's `Py_OptimizeFlag` is process-wide too).
static OPTIMIZE: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Sets the optimisation flag (`-O`).
pub fn set_optimize(on: bool) {
    OPTIMIZE.store(on, std::sync::atomic::Ordering::Relaxed);
}

/// Whether `-O` is in effect.
pub fn optimize() -> bool {
    OPTIMIZE.load(std::sync::atomic::Ordering::Relaxed)
}

/// Compiles a module's source into its code object. `filename` is what tracebacks show.
/// Line endings are normalised first (see `normalize_newlines`).
pub fn compile(source: &str, filename: &str) -> Result<Rc<Code>, CompileError> {
    compile_with(source, filename, &CompileOptions::default())
}

/// `compile` with options (see `CompileOptions`).
pub fn compile_with(
    source: &str,
    filename: &str,
    options: &CompileOptions,
) -> Result<Rc<Code>, CompileError> {
    let source = &*normalize_newlines(source);
    let filename: Rc<str> = Rc::from(filename);
    let lines = LineIndex::new(source);
    let scanned = prescan::scan(source, MAX_PARSER_CHAIN);
    match scanned.refused {
        Some(Refusal::NestedBrackets(offset)) => {
            let at = TextSize::from(offset as u32);
            let message = "too many nested parentheses".to_string();
            return Err(lines.error(&filename, at, "SyntaxError", message));
        }
        Some(Refusal::ParserStack) => return Err(CompileError::bare("MemoryError", "")),
        None => {}
    }
    let mode = if options.eval {
        Mode::Expression
    } else {
        Mode::Module
    };
    let parsed = parse_unchecked(source, ParseOptions::from(mode));
    let expression_body: Vec<Stmt>;
    let body: &[Stmt] = match parsed.syntax() {
        Mod::Module(module) => &module.body,
        // `eval`: the expression as the one statement, whose value the code returns.
        Mod::Expression(expression) => {
            expression_body = vec![Stmt::Expr(ruff_python_ast::StmtExpr {
                node_index: Default::default(),
                range: expression.range,
                value: expression.body.clone(),
            })];
            &expression_body
        }
    };
    let compiled = compile_parsed(
        wording::Parsed {
            body,
            tokens: parsed.tokens(),
            source,
        },
        parsed.errors().first(),
        &scanned,
        &lines,
        filename,
        options,
    );
    if compiled.is_err() {
        // Dropping a syntax tree recurses once per level, and a 25-million-term `a + a + ...`
        // overflowed the stack that way; a tree that failed to compile may be that deep, so it
        // is freed without recursing. (A compiled tree is within the nesting limits.)
        if let Mod::Module(module) = parsed.into_syntax() {
            teardown::free_module(module);
        }
    }
    let code = compiled?;
    if cfg!(debug_assertions) {
        // A refusal here is a compiler bug: the engines would refuse (or, unchecked, misrun)
        // the code, so debug builds stop at the source of the mistake.
        if let Err(err) = crate::bytecode::verify::verify_all(&code) {
            panic!("the compiler emitted {err}");
        }
    }
    Ok(code)
}

/// Compiles a parsed module, or reports its first error in CPython's order: the tokenizer's
/// (indentation) or the parser's, whichever comes first in the source, then CPython's limits,
/// its symbol table's and its code generator's.
fn compile_parsed(
    parsed: wording::Parsed,
    parse_error: Option<&ParseError>,
    scanned: &Prescan,
    lines: &LineIndex,
    filename: Rc<str>,
    options: &CompileOptions,
) -> Result<Rc<Code>, CompileError> {
    let indentation_error =
        |problem: &IndentationProblem| indentation_error(lines, &filename, problem);
    if let Some(err) = parse_error {
        return Err(match &scanned.indentation {
            Some(problem) if problem.offset <= usize::from(err.location.start()) => {
                indentation_error(problem)
            }
            _ => syntax_error_from_parse(&parsed, lines, &filename, scanned.first_unclosed, err),
        });
    }
    if let Some(problem) = &scanned.indentation {
        return Err(indentation_error(problem));
    }
    let body = parsed.body;
    limits::check_nesting(body)?;
    checks::check_module(body, lines, &filename)?;
    codegen::compile_module(body, lines, filename, options)
}

/// The error CPython's tokenizer raises for an indentation problem: TabError and "too many
/// levels" point at the line's first column, so no caret shows under its indentation; an
/// inconsistent dedent points just past the line's end.
fn indentation_error(
    lines: &LineIndex,
    filename: &Rc<str>,
    problem: &IndentationProblem,
) -> CompileError {
    let (kind, message, columns) = match problem.kind {
        prescan::IndentationError::InconsistentTabs => (
            "TabError",
            "inconsistent use of tabs and spaces in indentation",
            (1, 0),
        ),
        prescan::IndentationError::TooDeep => {
            ("IndentationError", "too many levels of indentation", (1, 0))
        }
        prescan::IndentationError::Dedent => {
            let past_end = lines.line_text(problem.line).chars().count() as u32 + 2;
            (
                "IndentationError",
                "unindent does not match any outer indentation level",
                (past_end, 0),
            )
        }
    };
    lines.error_at_line(filename, problem.line, columns, kind, message.to_string())
}

/// Longest chain of prefix operators, conditional expressions or lambdas accepted before
/// parsing. Each link nests CPython's parser at least one rule call deeper, so a longer chain
/// than this exhausts its stack in a module-level assignment; refusing it early also keeps
/// Spindle's parser from spending memory on millions of links.
const MAX_PARSER_CHAIN: usize = limits::PARSER_STACK_LIMIT - limits::STATEMENT_PARSER_LEVELS;

/// Translates ruff's parse error into CPython 3.11's wording where the two differ.
fn syntax_error_from_parse(
    parsed: &wording::Parsed,
    lines: &LineIndex,
    filename: &Rc<str>,
    unclosed: Option<usize>,
    err: &ParseError,
) -> CompileError {
    let source = lines.source();
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
    if let Some((range, message)) = wording::specific_error(parsed, err) {
        return lines.error_over(filename, range, "SyntaxError", message);
    }
    let (kind, message) = match &err.error {
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
        _ => {
            let range = wording::invalid_syntax_range(parsed.tokens, at);
            let message = "invalid syntax".to_string();
            return lines.error_over(filename, range, "SyntaxError", message);
        }
    };
    lines.error(filename, at, kind, message)
}
