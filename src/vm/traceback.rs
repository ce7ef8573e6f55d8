//! Rendering an uncaught exception the way CPython 3.11 prints it: the chain of exceptions it
//! was raised from (`__cause__`) or while handling (`__context__`), oldest first, each with its
//! separator line; per exception the traceback header, one
//! `File "...", line N, in name` entry per frame (outermost first) with its source line and the
//! caret line under the failing expression (`^^^^`, or `~~^~~` marking a binary operator or a
//! subscript), runs of more than three identical entries folded into
//! `[Previous line repeated N more times]`, the final `Type: message` line and its notes. The
//! caret rules follow CPython 3.11's `traceback.format_frame_summary`, quirks included.

use ruff_python_ast::{Expr, Stmt};
use ruff_text_size::Ranged;

use super::Vm;
use crate::bytecode::Position;
use crate::runtime::exc_object::{self, state_of};
use crate::runtime::exception::TracebackEntry;
use crate::runtime::types::type_of;
use crate::runtime::{PyErr, Value};

/// CPython prints this many identical consecutive entries before folding the rest.
const RECURSIVE_CUTOFF: usize = 3;

fn same_place(a: &TracebackEntry, b: &TracebackEntry) -> bool {
    a.line() == b.line() && a.filename() == b.filename() && a.func_name() == b.func_name()
}

const CAUSE_SEPARATOR: &str =
    "\nThe above exception was the direct cause of the following exception:\n\n";
const CONTEXT_SEPARATOR: &str =
    "\nDuring handling of the above exception, another exception occurred:\n\n";

/// The report of an uncaught exception, chained exceptions first.
pub fn render(vm: &mut Vm, err: PyErr) -> String {
    let value = exc_object::into_value(err);
    // The chain, newest first, each with the separator printed after the one before it.
    let mut chain: Vec<(Value, &str)> = vec![(value.clone(), "")];
    let mut seen: Vec<Value> = vec![value];
    while let Some(state) = chain.last().and_then(|(v, _)| state_of(v)) {
        let cause = state.cause.borrow().clone();
        let context = state.context.borrow().clone();
        let (next, separator) = if state_of(&cause).is_some() {
            (cause, CAUSE_SEPARATOR)
        } else if state_of(&context).is_some() && !state.suppress_context.get() {
            (context, CONTEXT_SEPARATOR)
        } else {
            break;
        };
        if seen.iter().any(|s| s.is(&next)) {
            break;
        }
        seen.push(next.clone());
        chain.push((next, separator));
    }
    let mut out = String::new();
    let mut separators = Vec::new();
    for (value, separator) in chain.iter().rev() {
        if let Some(before) = separators.pop() {
            out.push_str(before);
        }
        render_one(vm, value, &mut out);
        separators.push(*separator);
    }
    out
}

/// One exception of a chain: its traceback, its `Type: message` line and its notes.
fn render_one(vm: &mut Vm, value: &Value, out: &mut String) {
    let entries: Vec<TracebackEntry> = state_of(value)
        .map(|state| exc_object::traceback_entries(&state.traceback()))
        .unwrap_or_default();
    let entries: Vec<&TracebackEntry> = entries.iter().collect();
    if !entries.is_empty() {
        out.push_str("Traceback (most recent call last):\n");
    }
    let mut i = 0;
    while i < entries.len() {
        let mut run = 1;
        while i + run < entries.len() && same_place(entries[i], entries[i + run]) {
            run += 1;
        }
        for entry in &entries[i..i + run.min(RECURSIVE_CUTOFF)] {
            out.push_str(&format!(
                "  File \"{}\", line {}, in {}\n",
                entry.filename(),
                entry.line(),
                entry.func_name()
            ));
            if let Some(raw) = vm.source_line(entry.filename(), entry.line()) {
                write_source_and_carets(out, &raw, entry.position());
            }
        }
        if run > RECURSIVE_CUTOFF {
            let more = run - RECURSIVE_CUTOFF;
            out.push_str(&format!(
                "  [Previous line repeated {more} more time{}]\n",
                if more == 1 { "" } else { "s" }
            ));
        }
        i += run;
    }
    match syntax_error_block(value) {
        Some((block, message)) => {
            out.push_str(&block);
            out.push_str(&format!("{}: {message}", qualified_type_name(value)));
        }
        None => out.push_str(&summary_line(vm, value)),
    }
    out.push('\n');
    write_notes(vm, value, out);
}

/// `Type: message` as CPython's traceback printer words it: the type's qualified name (with its
/// module unless that is `__main__` or `builtins`), then `str(exc)` unless empty.
pub fn summary_line(vm: &mut Vm, value: &Value) -> String {
    let name = qualified_type_name(value);
    let message =
        crate::ops::to_str(vm, value).unwrap_or_else(|_| "<exception str() failed>".to_string());
    if message.is_empty() {
        name
    } else {
        format!("{name}: {message}")
    }
}

/// The type's qualified name with its module unless that is `__main__` or `builtins`.
fn qualified_type_name(value: &Value) -> String {
    let ty = type_of(value);
    match &*ty.module {
        "__main__" | "builtins" => ty.qualname.to_string(),
        module => format!("{module}.{}", ty.qualname),
    }
}

/// A SyntaxError with a location prints it (file, line, source and caret) before its last line,
/// whose message is the bare `msg`.
fn syntax_error_block(value: &Value) -> Option<(String, String)> {
    if !type_of(value).derives_from_builtin("SyntaxError") {
        return None;
    }
    let args = match exc_object::get_attribute(value, "args")? {
        Value::Tuple(items) => items.to_vec(),
        _ => return None,
    };
    crate::runtime::syntax_error::traceback_block(&args)
}

/// The notes `add_note` attached, one per line.
fn write_notes(vm: &mut Vm, value: &Value, out: &mut String) {
    let key = crate::runtime::intern::intern("__notes__");
    let Ok(notes) = crate::runtime::protocol::generic_getattr(vm, value, &key) else {
        return;
    };
    let items = match &notes {
        Value::List(items) => items.borrow().clone(),
        Value::Tuple(items) => items.to_vec(),
        // A str is a sequence too: CPython prints it one character per line.
        Value::Str(text) => text
            .as_str()
            .chars()
            .map(|c| Value::string(c.to_string()))
            .collect(),
        other => {
            let text =
                crate::ops::repr(vm, other).unwrap_or_else(|_| "<__notes__ repr() failed>".into());
            out.push_str(&text);
            out.push('\n');
            return;
        }
    };
    for note in items {
        let text = match &note {
            Value::Str(s) => s.as_str().to_string(),
            other => crate::ops::to_str(vm, other).unwrap_or_else(|_| "<note str() failed>".into()),
        };
        out.push_str(&text);
        out.push('\n');
    }
}

/// The source line (`raw`, as `linecache` returns it: with a trailing newline) without its
/// indentation (its trailing whitespace stays, as in CPython's C traceback printer) and, when
/// the failing range does not simply span that text, the caret line under it.
fn write_source_and_carets(out: &mut String, raw: &str, position: Option<Position>) {
    let text = raw.strip_suffix('\n').unwrap_or(raw);
    let stripped = text.trim_start_matches([' ', '\t', '\x0c']);
    if stripped.trim_end().is_empty() {
        return;
    }
    out.push_str(&format!("    {stripped}\n"));
    let Some(position) = position else { return };
    let line: Vec<char> = text.chars().collect();
    let stripped_len = stripped.chars().count();
    let indentation = line.len() - stripped_len;
    let start = (position.col as usize).min(line.len());
    let mut end = (position.end_col as usize).clamp(start, line.len());
    let segment: String = line[start..end].iter().collect();
    let mut anchors = None;
    if position.line == position.end_line {
        anchors = caret_anchors(&segment);
    } else {
        end = raw.trim_end().chars().count();
    }
    let anchored = anchors.is_some_and(|(left, right)| right > left);
    if end.saturating_sub(start) >= stripped_len && !anchored {
        return;
    }
    let dp_start = display_width(&line, start) + 1;
    let dp_end = display_width(&line, end) + 1;
    out.push_str("    ");
    out.push_str(&" ".repeat((dp_start - 1).saturating_sub(indentation)));
    let segment_chars: Vec<char> = segment.chars().collect();
    match anchors {
        Some((left, right)) => {
            let dp_left = display_width(&segment_chars, left);
            let dp_right = display_width(&segment_chars, right);
            out.push_str(&"~".repeat(dp_left));
            out.push_str(&"^".repeat(dp_right.saturating_sub(dp_left)));
            out.push_str(&"~".repeat((dp_end - dp_start).saturating_sub(dp_right)));
        }
        None => out.push_str(&"^".repeat(dp_end - dp_start)),
    }
    out.push('\n');
}

/// For a segment that is a binary operation or a subscript, the character offsets that mark the
/// operator or the `[...]` part (the rest is drawn with `~`), exactly as CPython finds them.
fn caret_anchors(segment: &str) -> Option<(usize, usize)> {
    let parsed = ruff_python_parser::parse_module(segment).ok()?;
    let [Stmt::Expr(statement)] = &parsed.suite()[..] else {
        return None;
    };
    let chars: Vec<char> = segment.chars().collect();
    let char_at = |byte: usize| segment.get(..byte).map_or(0, |s| s.chars().count());
    match &*statement.value {
        Expr::BinOp(binop) => {
            // As CPython's own (C) traceback printer finds it, in bytes: the first byte between
            // the operands that is neither blank nor a `)` of the left operand starts the
            // operator, which is two bytes long when the next one is not blank either.
            let bytes = segment.as_bytes();
            let is_blank = |b: u8| matches!(b, b' ' | b'\t' | b'\x0c');
            let (from, to) = (
                usize::from(binop.left.end()),
                usize::from(binop.right.start()),
            );
            let mut anchors = None;
            for i in from..to.min(bytes.len()) {
                if is_blank(bytes[i]) {
                    continue;
                }
                let two_bytes = i + 1 < to && bytes.get(i + 1).is_some_and(|b| !is_blank(*b));
                anchors = Some((i, i + 1 + usize::from(two_bytes)));
                if !(i + 1 < to && bytes[i] == b')') {
                    break;
                }
            }
            anchors.map(|(left, right)| (char_at(left), char_at(right)))
        }
        Expr::Subscript(subscript) => {
            let mut left = char_at(usize::from(subscript.value.end()));
            let mut right = char_at(usize::from(subscript.slice.end()) + 1);
            while left < chars.len() && (chars[left].is_whitespace() || chars[left] != '[') {
                left += 1;
            }
            while right < chars.len() && (chars[right].is_whitespace() || chars[right] != ']') {
                right += 1;
            }
            if right < chars.len() {
                right += 1;
            }
            Some((left, right))
        }
        _ => None,
    }
}

/// Terminal columns taken by the first `offset` characters: East Asian wide characters and
/// emoji count twice, as CPython's `_display_width` counts them.
fn display_width(chars: &[char], offset: usize) -> usize {
    chars[..offset.min(chars.len())]
        .iter()
        .map(|c| if is_wide(*c) { 2 } else { 1 })
        .sum()
}

fn is_wide(c: char) -> bool {
    matches!(c as u32,
        0x1100..=0x115F | 0x2E80..=0x303E | 0x3041..=0x33FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF
        | 0xA000..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFF60
        | 0xFFE0..=0xFFE6 | 0x1F300..=0x1F64F | 0x1F900..=0x1F9FF | 0x20000..=0x3FFFD)
}
