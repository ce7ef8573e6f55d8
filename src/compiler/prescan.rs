//! A quick pass over the source before parsing, for what CPython's tokenizer refuses and the
//! parser Spindle uses either accepts or would exhaust memory on: brackets nested deeper than
//! CPython allows, very long runs of prefix operators, and CPython's indentation rules (tabs
//! against spaces, at most 100 levels, a dedent must return to an outer level). Strings and
//! comments are skipped; only bytes are looked at.

/// CPython's tokenizer refuses brackets nested deeper than this (its MAXLEVEL).
const MAX_NESTING: usize = 200;

/// CPython's tokenizer refuses a 100th level of indentation (its MAXINDENT).
const MAX_INDENT: usize = 100;

/// Columns a tab advances to a multiple of, and the same for the check that a line's
/// indentation compares the same way with tabs counted as 1 column (CPython's ALTTABSIZE).
const TAB_SIZE: usize = 8;
const ALT_TAB_SIZE: usize = 1;

/// What the scan finds.
pub struct Prescan {
    /// Where and why the source is refused before parsing: brackets nested deeper than
    /// `MAX_NESTING`, or a run of more than `max_prefix_run` prefix operators. Both keep the
    /// parser's recursion bounded.
    pub refused: Option<(usize, &'static str)>,
    /// The outermost bracket never closed.
    pub first_unclosed: Option<usize>,
    /// The first indentation error CPython's tokenizer raises, if any.
    pub indentation: Option<IndentationProblem>,
}

/// An indentation error of one line.
pub struct IndentationProblem {
    pub kind: IndentationError,
    /// 1-based line number.
    pub line: u32,
    /// Byte offset where the line starts.
    pub offset: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IndentationError {
    /// Tabs and spaces order this line differently from the block it belongs to (TabError).
    InconsistentTabs,
    /// A 100th level of indentation.
    TooDeep,
    /// A dedent to a column no enclosing block starts at.
    Dedent,
}

/// CPython's indentation stack: each open block's column, with tabs to multiples of 8 and of 1.
struct Indentation {
    columns: Vec<usize>,
    alt_columns: Vec<usize>,
}

impl Indentation {
    /// Applies CPython's tokenizer rules to a logical line indented to `column`/`alt_column`.
    fn enter_line(&mut self, column: usize, alt_column: usize) -> Result<(), IndentationError> {
        let (mut top, mut alt_top) = (0, 0);
        if let (Some(c), Some(a)) = (self.columns.last(), self.alt_columns.last()) {
            (top, alt_top) = (*c, *a);
        }
        if column == top {
            if alt_column != alt_top {
                return Err(IndentationError::InconsistentTabs);
            }
        } else if column > top {
            if self.columns.len() >= MAX_INDENT {
                return Err(IndentationError::TooDeep);
            }
            if alt_column <= alt_top {
                return Err(IndentationError::InconsistentTabs);
            }
            self.columns.push(column);
            self.alt_columns.push(alt_column);
        } else {
            while self.columns.len() > 1 && self.columns.last().is_some_and(|c| column < *c) {
                self.columns.pop();
                self.alt_columns.pop();
            }
            if self.columns.last() != Some(&column) {
                return Err(IndentationError::Dedent);
            }
            if self.alt_columns.last() != Some(&alt_column) {
                return Err(IndentationError::InconsistentTabs);
            }
        }
        Ok(())
    }
}

/// Scans `source` (with `\n` line endings). Runs of more than `max_prefix_run` prefix
/// operators (`- + ~ not`) are refused.
pub fn scan(source: &str, max_prefix_run: usize) -> Prescan {
    let bytes = source.as_bytes();
    let mut open: Vec<usize> = Vec::new();
    let mut refused = None;
    let mut indentation_problem = None;
    let mut indentation = Indentation {
        columns: vec![0],
        alt_columns: vec![0],
    };
    let (mut run_start, mut run) = (0, 0usize);
    let mut line = 1u32;
    let mut logical_line_start = Some(0);
    let mut i = 0;
    while i < bytes.len() {
        if let Some(start) = logical_line_start.take() {
            let (column, alt_column, content) = measure_indentation(bytes, start);
            let blank = matches!(bytes.get(content), None | Some(b'#' | b'\n'));
            if !blank
                && open.is_empty()
                && indentation_problem.is_none()
                && let Err(kind) = indentation.enter_line(column, alt_column)
            {
                indentation_problem = Some(IndentationProblem {
                    kind,
                    line,
                    offset: start,
                });
            }
            i = content;
            if i >= bytes.len() {
                break;
            }
        }
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
        if run > max_prefix_run && refused.is_none() {
            refused = Some((run_start, "too many nested expressions"));
        }
        match bytes[i] {
            b'#' => {
                while i + 1 < bytes.len() && bytes[i + 1] != b'\n' {
                    i += 1;
                }
            }
            b'\n' => {
                line += 1;
                if open.is_empty() {
                    logical_line_start = Some(i + 1);
                }
            }
            b'\\' if bytes.get(i + 1) == Some(&b'\n') => {
                // A continuation line: its indentation means nothing.
                line += 1;
                i += 1;
            }
            quote @ (b'\'' | b'"') => {
                i = skip_string(bytes, i, quote, &mut line);
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
    Prescan {
        refused,
        first_unclosed: open.first().copied(),
        indentation: indentation_problem,
    }
}

/// The indentation of the line starting at `start`, measured as CPython's tokenizer does:
/// (column with tabs to multiples of 8, column with tabs as 1, offset of the first other byte).
fn measure_indentation(bytes: &[u8], start: usize) -> (usize, usize, usize) {
    let (mut column, mut alt_column) = (0, 0);
    let mut i = start;
    while let Some(byte) = bytes.get(i) {
        match byte {
            b' ' => (column, alt_column) = (column + 1, alt_column + 1),
            b'\t' => {
                column = (column / TAB_SIZE + 1) * TAB_SIZE;
                alt_column = (alt_column / ALT_TAB_SIZE + 1) * ALT_TAB_SIZE;
            }
            // A form feed resets the column ("for Emacs users", says CPython).
            b'\x0c' => (column, alt_column) = (0, 0),
            _ => break,
        }
        i += 1;
    }
    (column, alt_column, i)
}

/// Skips the string literal whose opening quote is at `start`; returns the offset of its
/// closing quote (or where an unterminated one gives up), counting the newlines it spans.
fn skip_string(bytes: &[u8], start: usize, quote: u8, line: &mut u32) -> usize {
    let triple = bytes.get(start + 1) == Some(&quote) && bytes.get(start + 2) == Some(&quote);
    let mut i = start + if triple { 3 } else { 1 };
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => {
                if bytes.get(i + 1) == Some(&b'\n') {
                    *line += 1;
                }
                i += 2;
                continue;
            }
            b'\n' if !triple => return i - 1,
            b'\n' => *line += 1,
            b if b == quote
                && (!triple
                    || (bytes.get(i + 1) == Some(&quote) && bytes.get(i + 2) == Some(&quote))) =>
            {
                return i + if triple { 2 } else { 0 };
            }
            _ => {}
        }
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problem(source: &str) -> Option<(IndentationError, u32)> {
        scan(source, usize::MAX)
            .indentation
            .map(|p| (p.kind, p.line))
    }

    #[test]
    fn indentation_follows_cpython_tokenizer() {
        use IndentationError::*;
        assert_eq!(
            problem("if 1:\n\tx = 1\n        y = 2\n"),
            Some((InconsistentTabs, 3))
        );
        assert_eq!(
            problem("if 1:\n        x = 1\n\ty = 2\n"),
            Some((InconsistentTabs, 3))
        );
        assert_eq!(
            problem("if 1:\n  \tx = 1\n\ty = 2\n"),
            Some((InconsistentTabs, 3))
        );
        assert_eq!(problem("if 1:\n    x = 1\n  y = 2\n"), Some((Dedent, 3)));
        // Consistent tabs, blank and comment lines, bracketed and continued lines are fine.
        let fine = "if 1:\n\tx = (1,\n  2)\n\t\n  # c\n\ty = '''\n  '''\n\tz = 1 + \\\n  2\n";
        assert_eq!(problem(fine), None);
        let deep: String = (0..100)
            .map(|i| format!("{}if 1:\n", " ".repeat(i)))
            .collect();
        assert_eq!(problem(&format!("{deep}{}pass\n", " ".repeat(99))), None);
        assert_eq!(
            problem(&format!("{deep}{}pass\n", " ".repeat(100))),
            Some((TooDeep, 101))
        );
    }

    #[test]
    fn line_numbers_count_newlines_inside_strings() {
        let source = "x = '''\n\n'''\ny = 'a\\\nb'\nif 1:\n  a\n b\n";
        assert_eq!(problem(source), Some((IndentationError::Dedent, 8)));
    }
}
