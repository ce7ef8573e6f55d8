//! The methods of `str`, with CPython 3.11's argument rules and error wording: optional
//! `start`/`end` windows for the searching methods (`find rfind index rindex count startswith
//! endswith`), `sep`/`maxsplit` by position or keyword for `split`/`rsplit`, `replace`'s count,
//! and Python's definition of whitespace. Positions are in code points.

use super::args::{self, bind, exactly_one, no_arguments, slice_bound, window};
use super::exception::{PyResult, type_error, value_error};
use super::{Value, alloc};
use crate::vm::Vm;

/// The receiver of a `str` method, known to be a `str` by method lookup.
fn receiver(value: &Value) -> &str {
    match value {
        Value::Str(s) => s.as_str(),
        _ => "",
    }
}

/// Python's `str.isspace()` for one character: Unicode White_Space plus the four ASCII
/// information separators (`\x1c`..`\x1f`), which Rust does not count as whitespace.
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

/// Byte offset of code point `index` (at most the length in code points) in `text`.
fn byte_offset(text: &str, index: usize) -> usize {
    if text.is_ascii() {
        return index.min(text.len());
    }
    text.char_indices()
        .nth(index)
        .map_or(text.len(), |(offset, _)| offset)
}

fn char_count(text: &str) -> usize {
    if text.is_ascii() {
        text.len()
    } else {
        text.chars().count()
    }
}

fn strip_arg<'a>(method: &str, args: &'a [Value]) -> PyResult<Option<&'a str>> {
    match args {
        [] | [Value::None] => Ok(None),
        [Value::Str(s)] => Ok(Some(s.as_str())),
        [_] => Err(type_error(format!("{method} arg must be None or str"))),
        _ => Err(type_error(format!(
            "{method} expected at most 1 argument, got {}",
            args.len()
        ))),
    }
}

fn strip_with(text: &str, chars: Option<&str>, left: bool, right: bool) -> Value {
    let matches = |c: char| match chars {
        Some(set) => set.contains(c),
        None => is_space(c),
    };
    let mut s = text;
    if left {
        s = s.trim_start_matches(matches);
    }
    if right {
        s = s.trim_end_matches(matches);
    }
    Value::str(s)
}

pub fn strip(_vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(strip_with(
        receiver(this),
        strip_arg("strip", args)?,
        true,
        true,
    ))
}

pub fn lstrip(_vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(strip_with(
        receiver(this),
        strip_arg("lstrip", args)?,
        true,
        false,
    ))
}

pub fn rstrip(_vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(strip_with(
        receiver(this),
        strip_arg("rstrip", args)?,
        false,
        true,
    ))
}

pub fn upper(_vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    no_arguments("str.upper", args)?;
    change_case(receiver(this), str::make_ascii_uppercase, str::to_uppercase)
}

pub fn lower(_vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    no_arguments("str.lower", args)?;
    change_case(receiver(this), str::make_ascii_lowercase, str::to_lowercase)
}

/// A case mapping of `text` whose result is allocated fallibly: ASCII text is copied into a
/// reserved buffer and mapped in place; other text (whose mapping may grow, up to three times
/// for characters like 'ß' or 'ﬃ', and whose lower case depends on context: final sigma) goes
/// through the standard library after the room for the worst case is checked.
fn change_case(text: &str, ascii: fn(&mut str), general: fn(&str) -> String) -> PyResult<Value> {
    if text.is_ascii() {
        let mut out = alloc::text_with_capacity(text.len())?;
        out.push_str(text);
        ascii(&mut out);
        return Ok(Value::string(out));
    }
    alloc::ensure_available(text.len().saturating_mul(3))?;
    Ok(Value::string(general(text)))
}

pub fn join(vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let iterable = exactly_one("str.join", args)?;
    if !matches!(
        iterable,
        Value::List(_)
            | Value::Tuple(_)
            | Value::Str(_)
            | Value::Range(_)
            | Value::Iter(_)
            | Value::Instance(_)
    ) && !crate::ops::is_iterable(iterable)
    {
        return Err(type_error("can only join an iterable"));
    }
    let separator = receiver(this);
    let mut items = crate::ops::collect_iterable(vm, iterable)?;
    // Instances of `str` subclasses join as the strings they are.
    for item in items.iter_mut() {
        if let Some(native @ Value::Str(_)) = super::protocol::native_of(item) {
            *item = native.clone();
        }
    }
    let mut total = separator
        .len()
        .saturating_mul(items.len().saturating_sub(1));
    for (i, item) in items.iter().enumerate() {
        match item {
            Value::Str(s) => total = total.saturating_add(s.as_str().len()),
            other => {
                return Err(type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    other.type_name()
                )));
            }
        }
    }
    let mut out = alloc::text_with_capacity(total)?;
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(separator);
        }
        if let Value::Str(s) = item {
            out.push_str(s.as_str());
        }
    }
    Ok(Value::string(out))
}

/// `sep` and `maxsplit` of `split`/`rsplit`, by position or keyword.
fn split_args<'a>(
    method: &str,
    args: &'a [Value],
    kwnames: &[Value],
) -> PyResult<(Option<&'a str>, usize)> {
    let [sep, maxsplit] = bind(method, &["sep", "maxsplit"], args, kwnames)?[..] else {
        return Err(type_error(format!("{method}() takes at most 2 arguments")));
    };
    let sep = match sep {
        None | Some(Value::None) => None,
        Some(Value::Str(s)) if s.as_str().is_empty() => {
            return Err(value_error("empty separator"));
        }
        Some(Value::Str(s)) => Some(s.as_str()),
        Some(other) => {
            return Err(type_error(format!(
                "must be str or None, not {}",
                other.type_name()
            )));
        }
    };
    let limit = match maxsplit {
        None => usize::MAX,
        Some(value) => usize::try_from(args::to_index(value)?).unwrap_or(usize::MAX),
    };
    Ok((sep, limit))
}

/// Splits at runs of whitespace, at most `limit` times, from the left or from the right; the
/// unsplit rest keeps its inner whitespace but not the run at the split side.
fn split_whitespace(text: &str, limit: usize, from_right: bool) -> PyResult<Vec<Value>> {
    let mut parts = Vec::new();
    if from_right {
        let mut rest = text.trim_end_matches(is_space);
        while !rest.is_empty() && parts.len() < limit {
            let start = rest.rfind(is_space).map_or(0, |i| {
                i + rest[i..].chars().next().map_or(1, char::len_utf8)
            });
            push_part(&mut parts, &rest[start..])?;
            rest = rest[..start].trim_end_matches(is_space);
        }
        if !rest.is_empty() {
            push_part(&mut parts, rest)?;
        }
        parts.reverse();
    } else {
        let mut rest = text.trim_start_matches(is_space);
        while !rest.is_empty() && parts.len() < limit {
            let end = rest.find(is_space).unwrap_or(rest.len());
            push_part(&mut parts, &rest[..end])?;
            rest = rest[end..].trim_start_matches(is_space);
        }
        if !rest.is_empty() {
            push_part(&mut parts, rest)?;
        }
    }
    Ok(parts)
}

fn split_impl(method: &str, this: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let text = receiver(this);
    let from_right = method == "rsplit";
    let (sep, limit) = split_args(method, args, kwnames)?;
    let parts: Vec<Value> = match (sep, from_right) {
        (None, _) => split_whitespace(text, limit, from_right)?,
        (Some(sep), false) => collect_parts(text.splitn(limit.saturating_add(1), sep))?,
        (Some(sep), true) => {
            let mut parts = collect_parts(text.rsplitn(limit.saturating_add(1), sep))?;
            parts.reverse();
            parts
        }
    };
    Ok(Value::list(parts))
}

/// The parts of a split as strings, in a list grown fallibly.
fn collect_parts<'a>(parts: impl Iterator<Item = &'a str>) -> PyResult<Vec<Value>> {
    let mut out = Vec::new();
    for part in parts {
        push_part(&mut out, part)?;
    }
    Ok(out)
}

fn push_part(parts: &mut Vec<Value>, part: &str) -> PyResult<()> {
    if parts.len() == parts.capacity() {
        alloc::reserve_items(parts, 1)?;
    }
    parts.push(Value::str(part));
    Ok(())
}

pub fn split(_vm: &mut Vm, this: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    split_impl("split", this, args, kwnames)
}

pub fn rsplit(_vm: &mut Vm, this: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    split_impl("rsplit", this, args, kwnames)
}

pub fn replace(_vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (old, new, count) = match args {
        [old, new] => (old, new, None),
        [old, new, count] => (old, new, Some(count)),
        [] | [_] => {
            return Err(type_error(format!(
                "replace expected at least 2 arguments, got {}",
                args.len()
            )));
        }
        _ => {
            return Err(type_error(format!(
                "replace expected at most 3 arguments, got {}",
                args.len()
            )));
        }
    };
    let text_arg = |value: &'_ Value, position: usize| match value {
        Value::Str(s) => Ok(s.clone()),
        other => Err(type_error(format!(
            "replace() argument {position} must be str, not {}",
            other.type_name()
        ))),
    };
    let (old, new) = (text_arg(old, 1)?, text_arg(new, 2)?);
    let limit = match count {
        Some(count) => usize::try_from(args::to_index(count)?).unwrap_or(usize::MAX),
        None => usize::MAX,
    };
    Ok(Value::string(replace_text(
        receiver(this),
        old.as_str(),
        new.as_str(),
        limit,
    )?))
}

/// `text` with the first `limit` occurrences of `old` replaced by `new` (an empty `old` matches
/// before every character and at the end), sized before it is built so that a result too big
/// for memory is a MemoryError.
fn replace_text(text: &str, old: &str, new: &str, limit: usize) -> PyResult<String> {
    let matches = || -> Box<dyn Iterator<Item = usize> + '_> {
        if old.is_empty() {
            let starts = text.char_indices().map(|(at, _)| at);
            Box::new(starts.chain(std::iter::once(text.len())).take(limit))
        } else {
            Box::new(text.match_indices(old).map(|(at, _)| at).take(limit))
        }
    };
    let count = matches().count();
    let total = (text.len() - count * old.len()).saturating_add(count.saturating_mul(new.len()));
    let mut out = alloc::text_with_capacity(total)?;
    let mut copied = 0;
    for at in matches() {
        out.push_str(&text[copied..at]);
        out.push_str(new);
        copied = at + old.len();
    }
    out.push_str(&text[copied..]);
    Ok(out)
}

/// The arguments of the searching methods: `sub[, start[, end]]`, with the window resolved to
/// code-point positions.
struct Search<'a> {
    needle: &'a Value,
    start: usize,
    end: usize,
}

fn search_args<'a>(method: &str, args: &'a [Value], len: usize) -> PyResult<Search<'a>> {
    let (needle, start, end) = match args {
        [] => {
            return Err(type_error(format!(
                "{method}() takes at least 1 argument (0 given)"
            )));
        }
        [needle] => (needle, None, None),
        [needle, start] => (needle, slice_bound(start, true)?, None),
        [needle, start, end] => (needle, slice_bound(start, true)?, slice_bound(end, true)?),
        _ => {
            return Err(type_error(format!(
                "{method}() takes at most 3 arguments ({} given)",
                args.len()
            )));
        }
    };
    let (start, end) = window(start, end, len);
    Ok(Search { needle, start, end })
}

fn needle_str(value: &Value) -> PyResult<&str> {
    match value {
        Value::Str(s) => Ok(s.as_str()),
        other => Err(type_error(format!(
            "must be str, not {}",
            other.type_name()
        ))),
    }
}

/// Where `needle` occurs in the window, as a code-point position: the first occurrence, or the
/// last when `last`. `None` when absent (or when the window is shorter than the needle).
fn locate(text: &str, needle: &str, start: usize, end: usize, last: bool) -> Option<usize> {
    if start > end || end - start < char_count(needle) {
        return None;
    }
    let (from, to) = (byte_offset(text, start), byte_offset(text, end));
    let window = &text[from..to];
    let found = if last {
        window.rfind(needle)
    } else {
        window.find(needle)
    }?;
    Some(start + char_count(&window[..found]))
}

fn find_impl(method: &str, this: &Value, args: &[Value], last: bool) -> PyResult<Option<usize>> {
    let text = receiver(this);
    let search = search_args(method, args, char_count(text))?;
    let needle = needle_str(search.needle)?;
    Ok(locate(text, needle, search.start, search.end, last))
}

fn position_or_minus_one(found: Option<usize>) -> Value {
    Value::Int(found.map_or(-1, |at| at as i64))
}

fn position_or_error(found: Option<usize>) -> PyResult<Value> {
    found
        .map(|at| Value::Int(at as i64))
        .ok_or_else(|| value_error("substring not found"))
}

pub fn find(_vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    find_impl("find", this, args, false).map(position_or_minus_one)
}

pub fn rfind(_vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    find_impl("rfind", this, args, true).map(position_or_minus_one)
}

pub fn index(_vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    position_or_error(find_impl("index", this, args, false)?)
}

pub fn rindex(_vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    position_or_error(find_impl("rindex", this, args, true)?)
}

pub fn count(_vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let text = receiver(this);
    let search = search_args("count", args, char_count(text))?;
    let needle = needle_str(search.needle)?;
    let (start, end) = (search.start, search.end);
    let n = if start > end || end - start < char_count(needle) {
        0
    } else if needle.is_empty() {
        end - start + 1
    } else {
        let window = &text[byte_offset(text, start)..byte_offset(text, end)];
        window.matches(needle).count()
    };
    Ok(Value::Int(n as i64))
}

/// `startswith`/`endswith`: whether the window starts (ends) with the argument or with any
/// string of a tuple argument.
fn affix_match(method: &str, this: &Value, args: &[Value], at_end: bool) -> PyResult<Value> {
    let text = receiver(this);
    let search = search_args(method, args, char_count(text))?;
    let matches = |affix: &str| {
        let len = char_count(affix);
        if search.start > search.end || search.end - search.start < len {
            return false;
        }
        let from = if at_end {
            search.end - len
        } else {
            search.start
        };
        let at = byte_offset(text, from);
        text[at..].starts_with(affix)
    };
    match search.needle {
        Value::Str(s) => Ok(Value::bool(matches(s.as_str()))),
        Value::Tuple(options) => {
            for option in options.iter() {
                match option {
                    Value::Str(s) if matches(s.as_str()) => return Ok(Value::bool(true)),
                    Value::Str(_) => {}
                    other => {
                        return Err(type_error(format!(
                            "tuple for {method} must only contain str, not {}",
                            other.type_name()
                        )));
                    }
                }
            }
            Ok(Value::bool(false))
        }
        other => Err(type_error(format!(
            "{method} first arg must be str or a tuple of str, not {}",
            other.type_name()
        ))),
    }
}

pub fn startswith(_vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    affix_match("startswith", this, args, false)
}

pub fn endswith(_vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    affix_match("endswith", this, args, true)
}

/// Whether `c` ends a line for `str.splitlines` (`\r\n` is handled by the caller).
fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// `str.splitlines(keepends=False)`.
pub fn splitlines(
    _vm: &mut Vm,
    this: &Value,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let [keepends] = bind("splitlines", &["keepends"], args, kwnames)?;
    let keepends = match keepends {
        None => false,
        Some(Value::Bool(b)) => **b,
        Some(Value::Int(i)) => *i != 0,
        Some(Value::BigInt(_)) => true,
        Some(other) => return Err(args::not_an_integer(other)),
    };
    let text = receiver(this);
    let mut lines = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if !is_line_break(c) {
            continue;
        }
        let mut end = at + c.len_utf8();
        if c == '\r' && chars.peek().is_some_and(|(_, next)| *next == '\n') {
            chars.next();
            end += 1;
        }
        let line_end = if keepends { end } else { at };
        push_part(&mut lines, &text[start..line_end])?;
        start = end;
    }
    if start < text.len() {
        push_part(&mut lines, &text[start..])?;
    }
    Ok(Value::list(lines))
}

/// The separator of `partition`/`rpartition`: a non-empty str.
fn partition_separator(args: &[Value]) -> PyResult<&str> {
    let separator = match exactly_one("partition", args) {
        Ok(Value::Str(s)) => s.as_str(),
        Ok(other) => {
            return Err(type_error(format!(
                "must be str, not {}",
                other.type_name()
            )));
        }
        Err(_) => {
            return Err(type_error(format!(
                "str.partition() takes exactly one argument ({} given)",
                args.len()
            )));
        }
    };
    if separator.is_empty() {
        return Err(value_error("empty separator"));
    }
    Ok(separator)
}

fn three_parts(head: &str, separator: &str, tail: &str) -> Value {
    Value::tuple(vec![
        Value::str(head),
        Value::str(separator),
        Value::str(tail),
    ])
}

/// `str.partition(sep)`: split at the first `sep`.
pub fn partition(_vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let separator = partition_separator(args)?;
    let text = receiver(this);
    Ok(match text.split_once(separator) {
        Some((head, tail)) => three_parts(head, separator, tail),
        None => Value::tuple(vec![this.clone(), Value::str(""), Value::str("")]),
    })
}

/// `str.rpartition(sep)`: split at the last `sep`.
pub fn rpartition(_vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let separator = partition_separator(args)?;
    let text = receiver(this);
    Ok(match text.rsplit_once(separator) {
        Some((head, tail)) => three_parts(head, separator, tail),
        None => Value::tuple(vec![Value::str(""), Value::str(""), this.clone()]),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str, limit: usize, from_right: bool) -> Vec<String> {
        split_whitespace(text, limit, from_right)
            .expect("fits in memory")
            .iter()
            .map(|v| receiver(v).to_string())
            .collect()
    }

    #[test]
    fn whitespace_splits_keep_the_unsplit_rest() {
        assert_eq!(words("  a b  c ", 1, false), ["a", "b  c "]);
        assert_eq!(words("  a b  c ", 1, true), ["  a b", "c"]);
        assert_eq!(words(" a\u{1c}b ", usize::MAX, false), ["a", "b"]);
        assert_eq!(words("   ", 0, false), Vec::<String>::new());
        assert_eq!(words(" x ", 0, true), [" x"]);
    }

    #[test]
    fn search_windows_count_code_points() {
        assert_eq!(locate("héllo héllo", "llo", 3, 11, false), Some(8));
        assert_eq!(locate("héllo", "", 5, 5, false), Some(5));
        assert_eq!(locate("héllo", "", 6, 5, false), None);
    }
}
