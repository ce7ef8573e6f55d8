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
    /// Why the source is refused before parsing. Both refusals keep the parser's recursion
    /// bounded.
    pub refused: Option<Refusal>,
    /// The outermost bracket never closed.
    pub first_unclosed: Option<usize>,
    /// The first indentation error CPython's tokenizer raises, if any.
    pub indentation: Option<IndentationProblem>,
}

/// What CPython refuses while tokenizing or parsing, found before parsing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// Brackets nested deeper than `MAX_NESTING`; the offset of the first one too deep.
    NestedBrackets(usize),
    /// A chain of more than `max_chain` links that nest without brackets (prefix operators,
    /// conditional expressions, lambdas, `**`), which exhausts CPython's parser stack.
    ParserStack,
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

/// Whether the keyword `word` starts at `i` (not inside a longer identifier).
fn keyword_at(bytes: &[u8], i: usize, word: &[u8]) -> bool {
    let identifier = |b: &u8| b.is_ascii_alphanumeric() || *b == b'_' || !b.is_ascii();
    bytes.get(i) == word.first()
        && bytes[i..].starts_with(word)
        && (i == 0 || !identifier(&bytes[i - 1]))
        && !bytes.get(i + word.len()).is_some_and(identifier)
}

/// Counts the links of the chains that nest a parser one level per link with no bracket to
/// show for it, so that sources nesting deeper than any parser stack allows are refused before
/// parsing.
struct Chains {
    /// Consecutive prefix operators (`- + ~ not await`).
    prefix_run: usize,
    /// Per open bracket level: `else`/`lambda` keywords (conditional expressions and lambdas
    /// nest rightwards) since the last `,`, `;` or end of statement.
    conditional: Vec<usize>,
    /// Per open bracket level: `**` operators (right-associative) since the last `,`, `;`,
    /// end of statement, comparison or keyword other than `await`.
    power: Vec<usize>,
}

impl Chains {
    fn new() -> Chains {
        Chains {
            prefix_run: 0,
            conditional: vec![0],
            power: vec![0],
        }
    }

    fn open_bracket(&mut self) {
        self.conditional.push(0);
        self.power.push(0);
    }

    fn close_bracket(&mut self) {
        if self.conditional.len() > 1 {
            self.conditional.pop();
            self.power.pop();
        }
    }

    /// The longest chain now open.
    fn longest(&self) -> usize {
        let conditional = self.conditional.last().copied().unwrap_or(0);
        let power = self.power.last().copied().unwrap_or(0);
        self.prefix_run.max(conditional).max(power)
    }

    /// Takes the byte at `i` into account; returns how many more bytes it read (the rest of a
    /// keyword or operator).
    fn observe(&mut self, bytes: &[u8], i: usize, statement_ends: bool) -> usize {
        let keyword = KEYWORDS.iter().find(|k| keyword_at(bytes, i, k));
        let (Some(conditional), Some(power)) = (self.conditional.last_mut(), self.power.last_mut())
        else {
            return 0;
        };
        match (bytes[i], keyword) {
            (_, Some(&(b"not" | b"await"))) => self.prefix_run += 1,
            (b'-' | b'+' | b'~', _) => self.prefix_run += 1,
            (b' ' | b'\t', _) => {}
            _ => self.prefix_run = 0,
        }
        if matches!(keyword, Some(&(b"else" | b"lambda"))) {
            *conditional += 1;
        } else if matches!(bytes[i], b',' | b';') || statement_ends {
            *conditional = 0;
        }
        if bytes[i] == b'*' && bytes.get(i + 1) == Some(&b'*') {
            *power += 1;
            return 1;
        }
        let comparison = matches!(bytes[i], b'<' | b'>' | b'=' | b'!' | b',' | b';');
        if comparison || statement_ends || keyword.is_some_and(|k| *k != b"await") {
            *power = 0;
        }
        keyword.map_or(0, |k| k.len() - 1)
    }
}

/// The keywords `Chains` looks at.
const KEYWORDS: [&[u8]; 10] = [
    b"not", b"await", b"else", b"lambda", b"and", b"or", b"in", b"is", b"if", b"for",
];

/// Scans `source` (with `\n` line endings). Chains of more than `max_chain` links that nest
/// without brackets (see `Chains`) are refused.
pub fn scan(source: &str, max_chain: usize) -> Prescan {
    let bytes = source.as_bytes();
    let mut open: Vec<usize> = Vec::new();
    let mut refused = None;
    let mut indentation_problem = None;
    let mut indentation = Indentation {
        columns: vec![0],
        alt_columns: vec![0],
    };
    let mut chains = Chains::new();
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
        let statement_ends = bytes[i] == b'\n' && open.is_empty();
        let read = chains.observe(bytes, i, statement_ends);
        if chains.longest() > max_chain && refused.is_none() {
            refused = Some(Refusal::ParserStack);
        }
        if read > 0 {
            i += read + 1;
            continue;
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
                chains.open_bracket();
                if open.len() > MAX_NESTING && refused.is_none() {
                    refused = Some(Refusal::NestedBrackets(i));
                }
            }
            b')' | b']' | b'}' => {
                open.pop();
                chains.close_bracket();
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
    fn only_chains_nested_without_brackets_are_refused() {
        let refused = |source: &str| scan(source, 6000).refused;
        let flat = format!("x = [{}]\n", "a if b else c, ".repeat(10_000));
        assert_eq!(refused(&flat), None);
        assert_eq!(refused(&"y = a if b else c\n".repeat(10_000)), None);
        let quoted = format!(
            "x = '{}'  # {}\n",
            "else ".repeat(7000),
            "lambda ".repeat(7000)
        );
        assert_eq!(refused(&quoted), None);
        let nested = format!("x = {}a\n", "a if b else ".repeat(6001));
        assert_eq!(refused(&nested), Some(Refusal::ParserStack));
        let lambdas = format!("x = (\n{}a)\n", "lambda: ".repeat(6001));
        assert_eq!(refused(&lambdas), Some(Refusal::ParserStack));
        assert_eq!(
            refused(&format!("x = {}1\n", "- ".repeat(6001))),
            Some(Refusal::ParserStack)
        );
        assert_eq!(refused(&format!("x = {}1\n", "not ".repeat(6000))), None);
        let powers = format!("x = 2{}\n", "**-a".repeat(6001));
        assert_eq!(refused(&powers), Some(Refusal::ParserStack));
        let awaits = format!("x = {}a\n", "await ".repeat(6001));
        assert_eq!(refused(&awaits), Some(Refusal::ParserStack));
        // Powers joined by `and`, comparisons or commas do not nest.
        let flat = format!(
            "x = 1{}\ny = [{}]\n",
            " and a**2 < b**2".repeat(7000),
            "a**2, ".repeat(7000)
        );
        assert_eq!(refused(&flat), None);
    }

    #[test]
    fn line_numbers_count_newlines_inside_strings() {
        let source = "x = '''\n\n'''\ny = 'a\\\nb'\nif 1:\n  a\n b\n";
        assert_eq!(problem(source), Some((IndentationError::Dedent, 8)));
    }
}
