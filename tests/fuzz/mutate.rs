//! Mutations that turn a valid (or already broken) program into a nastier one: truncation,
//! line deletion/duplication/swaps, injected Python tokens, bit flips, duplicated substrings,
//! numbers replaced by huge ones, expressions nested deeply, and lines spliced in from another
//! program (so features of different programs meet). Each mutation works on raw bytes
//! and describes itself, so a failure report says exactly what was done to which seed.

use crate::rng::Rng;

/// Tokens, keywords and fragments injected at random places.
const TOKENS: &[&str] = &[
    "False",
    "None",
    "True",
    "and",
    "as",
    "assert",
    "async",
    "await",
    "break",
    "class",
    "continue",
    "def",
    "del",
    "elif",
    "else",
    "except",
    "finally",
    "for",
    "from",
    "global",
    "if",
    "import",
    "in",
    "is",
    "lambda",
    "nonlocal",
    "not",
    "or",
    "pass",
    "raise",
    "return",
    "try",
    "while",
    "with",
    "yield",
    "match",
    "case",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ",",
    ":",
    ";",
    ".",
    "...",
    "=",
    "==",
    "!=",
    "<",
    "<=",
    ">",
    ">=",
    "+",
    "-",
    "*",
    "/",
    "//",
    "%",
    "**",
    "@",
    "&",
    "|",
    "^",
    "~",
    "<<",
    ">>",
    "+=",
    "-=",
    "*=",
    "//=",
    "**=",
    "%=",
    ":=",
    "->",
    "\\",
    "#",
    "'",
    "\"",
    "'''",
    "\"\"\"",
    "\n",
    "\n    ",
    "\t",
    "    ",
    " ",
    "\r",
    "\r\n",
    "0",
    "1",
    "-1",
    "0.0",
    "1e308",
    "1e-320",
    "2**63",
    "-2**63",
    "10**100",
    "10**4300",
    "'x'",
    "''",
    "'%s'",
    "'%d'",
    "'%.*f'",
    "'\\x00'",
    "'\\ud800'",
    "\"\\N{BULLET}\"",
    "[]",
    "()",
    "[0]",
    "[0] * ",
    "'x' * ",
    "(1,)",
    "x",
    "i",
    "n",
    "f",
    "print(",
    "len(",
    "range(",
    "int(",
    "str(",
    "float(",
    "abs(",
    "min(",
    "max(",
    "sum(",
    "list(",
    "tuple(",
    "repr(",
    "bool(",
    ".append(",
    ".pop(",
    ".insert(",
    ".index(",
    ".find(",
    ".split(",
    ".join(",
    ".upper(",
    "math.",
    "sys.",
    "import math\n",
    "import sys\n",
    "global x\n",
    "def f(x):\n    return f(x)\n",
    "f(",
    "while True:\n    pass\n",
    "\u{feff}",
    "é",
    "\u{200b}",
    "\u{2028}",
    "\0",
];

/// Values a number may be replaced with.
const HUGE_NUMBERS: &[&str] = &[
    "0",
    "-1",
    "2**31",
    "2**53 + 1",
    "9223372036854775807",
    "9223372036854775808",
    "-9223372036854775809",
    "2**64",
    "10**20",
    "10**100",
    "-(2**100)",
    "10**4300",
    "(10**10**5)",
    "1e308",
    "1e309",
    "-1e309",
    "1e-320",
    "0.1",
    "18446744073709551616",
    "99999999999999999999999999999999999999",
];

/// Prefix/suffix pairs wrapped around an operand many times over.
const WRAPPERS: &[(&str, &str)] = &[
    ("(", ")"),
    ("[", "]"),
    ("[", "][0]"),
    ("(", ",)[0]"),
    ("-", ""),
    ("~", ""),
    ("not ", ""),
    ("+", ""),
    ("abs(", ")"),
    ("(1 + ", ")"),
    ("(0 if 0 else ", ")"),
    ("str(", ")"),
];

/// How deep nesting goes; the values sit around the limits of CPython (200 brackets, ~1000
/// recursion) and Spindle (2,000 prefix operators).
const DEPTHS: &[usize] = &[
    2, 10, 50, 99, 100, 101, 199, 200, 201, 500, 999, 1000, 1001, 2000, 2001, 5000, 20000,
];

/// Applies 1 to 3 random mutations to `source`, taking spliced lines from `donor` (another seed
/// program, named `donor_name`); returns the result and what was done.
pub fn mutate(
    rng: &mut Rng,
    source: &[u8],
    donor_name: &str,
    donor: &[u8],
) -> (Vec<u8>, Vec<String>) {
    let mut bytes = source.to_vec();
    let mut done = Vec::new();
    for _ in 0..rng.between(1, 3) {
        done.push(mutate_once(rng, &mut bytes, donor_name, donor));
    }
    (bytes, done)
}

fn mutate_once(rng: &mut Rng, bytes: &mut Vec<u8>, donor_name: &str, donor: &[u8]) -> String {
    match rng.below(10) {
        9 => splice_lines(rng, bytes, donor_name, donor),
        0 => truncate(rng, bytes),
        1 => delete_lines(rng, bytes),
        2 => duplicate_line(rng, bytes),
        3 => swap_lines(rng, bytes),
        4 => inject_token(rng, bytes),
        5 => flip_bits(rng, bytes),
        6 => duplicate_substring(rng, bytes),
        7 => huge_number(rng, bytes),
        _ => nest_deeply(rng, bytes),
    }
}

/// A random position that does not split a UTF-8 sequence (when the input is UTF-8 there).
fn boundary(rng: &mut Rng, bytes: &[u8]) -> usize {
    let mut at = rng.below(bytes.len() + 1);
    while at < bytes.len() && bytes[at] & 0xC0 == 0x80 {
        at += 1;
    }
    at
}

fn truncate(rng: &mut Rng, bytes: &mut Vec<u8>) -> String {
    let at = rng.below(bytes.len() + 1);
    bytes.truncate(at);
    format!("truncate at byte {at}")
}

/// The byte ranges of the lines, each including its `\n`.
fn lines(bytes: &[u8]) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut start = 0;
    for (i, b) in bytes.iter().enumerate() {
        if *b == b'\n' {
            spans.push((start, i + 1));
            start = i + 1;
        }
    }
    if start < bytes.len() {
        spans.push((start, bytes.len()));
    }
    spans
}

fn delete_lines(rng: &mut Rng, bytes: &mut Vec<u8>) -> String {
    let spans = lines(bytes);
    if spans.is_empty() {
        return "delete lines: nothing to delete".into();
    }
    let first = rng.below(spans.len());
    let last = (first + rng.below(3)).min(spans.len() - 1);
    bytes.drain(spans[first].0..spans[last].1);
    format!("delete lines {}..={}", first + 1, last + 1)
}

fn duplicate_line(rng: &mut Rng, bytes: &mut Vec<u8>) -> String {
    let spans = lines(bytes);
    if spans.is_empty() {
        return "duplicate line: no lines".into();
    }
    let from = rng.below(spans.len());
    let to = rng.below(spans.len() + 1);
    let mut line = bytes[spans[from].0..spans[from].1].to_vec();
    if line.last() != Some(&b'\n') {
        line.push(b'\n');
    }
    let at = spans.get(to).map_or(bytes.len(), |span| span.0);
    bytes.splice(at..at, line);
    format!("copy line {} before line {}", from + 1, to + 1)
}

fn swap_lines(rng: &mut Rng, bytes: &mut Vec<u8>) -> String {
    let spans = lines(bytes);
    if spans.len() < 2 {
        return "swap lines: fewer than two lines".into();
    }
    let a = rng.below(spans.len());
    let b = rng.below(spans.len());
    let (low, high) = (a.min(b), a.max(b));
    if low == high {
        return format!("swap line {} with itself", low + 1);
    }
    let text = |i: usize| -> Vec<u8> {
        let mut line = bytes[spans[i].0..spans[i].1].to_vec();
        if line.last() != Some(&b'\n') {
            line.push(b'\n');
        }
        line
    };
    let (first, second) = (text(low), text(high));
    let mut out = bytes[..spans[low].0].to_vec();
    out.extend_from_slice(&second);
    out.extend_from_slice(&bytes[spans[low].1..spans[high].0]);
    out.extend_from_slice(&first);
    out.extend_from_slice(&bytes[spans[high].1..]);
    *bytes = out;
    format!("swap lines {} and {}", low + 1, high + 1)
}

/// Inserts 1 to 5 consecutive lines of `donor` before a random line of `bytes`.
fn splice_lines(rng: &mut Rng, bytes: &mut Vec<u8>, donor_name: &str, donor: &[u8]) -> String {
    let donor_lines = lines(donor);
    if donor_lines.is_empty() {
        return "splice: empty donor".into();
    }
    let first = rng.below(donor_lines.len());
    let last = (first + rng.below(5)).min(donor_lines.len() - 1);
    let mut piece = donor[donor_lines[first].0..donor_lines[last].1].to_vec();
    if piece.last() != Some(&b'\n') {
        piece.push(b'\n');
    }
    let spans = lines(bytes);
    let to = rng.below(spans.len() + 1);
    let at = match spans.get(to) {
        Some(span) => span.0,
        None => {
            if bytes.last().is_some_and(|b| *b != b'\n') {
                bytes.push(b'\n');
            }
            bytes.len()
        }
    };
    bytes.splice(at..at, piece);
    format!(
        "insert lines {}..={} of {donor_name} before line {}",
        first + 1,
        last + 1,
        to + 1
    )
}

fn inject_token(rng: &mut Rng, bytes: &mut Vec<u8>) -> String {
    let token = *rng.pick(TOKENS);
    let at = boundary(rng, bytes);
    bytes.splice(at..at, token.bytes());
    format!("insert {token:?} at byte {at}")
}

fn flip_bits(rng: &mut Rng, bytes: &mut [u8]) -> String {
    if bytes.is_empty() {
        return "flip bits: empty input".into();
    }
    let mut flipped = Vec::new();
    for _ in 0..rng.between(1, 4) {
        let at = rng.below(bytes.len());
        let bit = rng.below(8);
        bytes[at] ^= 1 << bit;
        flipped.push(format!("byte {at} bit {bit}"));
    }
    format!("flip {}", flipped.join(", "))
}

fn duplicate_substring(rng: &mut Rng, bytes: &mut Vec<u8>) -> String {
    if bytes.is_empty() {
        return "duplicate substring: empty input".into();
    }
    let start = rng.below(bytes.len());
    let end = (start + rng.between(1, 64)).min(bytes.len());
    let piece = bytes[start..end].to_vec();
    let at = rng.below(bytes.len() + 1);
    bytes.splice(at..at, piece);
    format!("copy bytes {start}..{end} to byte {at}")
}

/// The byte ranges of maximal runs of ASCII digits.
fn digit_runs(bytes: &[u8]) -> Vec<(usize, usize)> {
    let mut runs = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_digit() {
            let start = i;
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                i += 1;
            }
            runs.push((start, i));
        } else {
            i += 1;
        }
    }
    runs
}

fn huge_number(rng: &mut Rng, bytes: &mut Vec<u8>) -> String {
    let runs = digit_runs(bytes);
    if runs.is_empty() {
        return inject_token(rng, bytes);
    }
    let (start, end) = *rng.pick(&runs);
    let value = *rng.pick(HUGE_NUMBERS);
    bytes.splice(start..end, value.bytes());
    format!("replace the number at byte {start} with {value}")
}

/// Python's keywords, which are not operands.
const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

/// Wraps the operand (a number or a name) at a random place in many layers of one wrapper.
fn nest_deeply(rng: &mut Rng, bytes: &mut Vec<u8>) -> String {
    let mut operands = digit_runs(bytes);
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_alphabetic() || bytes[i] == b'_' {
            let start = i;
            while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_') {
                i += 1;
            }
            let word = std::str::from_utf8(&bytes[start..i]).unwrap_or("");
            let after_dot = start > 0 && bytes[start - 1] == b'.';
            if !KEYWORDS.contains(&word) && !after_dot {
                operands.push((start, i));
            }
        } else {
            i += 1;
        }
    }
    if operands.is_empty() {
        return inject_token(rng, bytes);
    }
    let (start, end) = *rng.pick(&operands);
    let (prefix, suffix) = *rng.pick(WRAPPERS);
    let depth = *rng.pick(DEPTHS);
    let operand = bytes[start..end].to_vec();
    let mut nested = prefix.repeat(depth).into_bytes();
    nested.extend_from_slice(&operand);
    nested.extend_from_slice(suffix.repeat(depth).as_bytes());
    bytes.splice(start..end, nested);
    format!("wrap the operand at byte {start} in {depth} x {prefix:?}...{suffix:?}")
}
