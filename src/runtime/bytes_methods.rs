//! The methods of `bytes` and `bytearray` (searching, splitting, stripping, case and
//! classification of ASCII letters, padding, `translate`/`maketrans`). The conversions to and
//! from text (`decode`, `hex`, `fromhex`, `%`) are in `bytes_text`, `bytearray`'s own methods
//! in `bytearray_methods`. A method returning bytes
//! gives a value of its receiver's type. Whitespace and letters are ASCII only, as CPython's.

use super::bytes::{Kind, byte_value, bytes_argument, data_of, find, kind_of, make};
use super::exception::{type_error, value_error};
use super::function::BuiltinMethod;
use super::{PyResult, Value, args};
use crate::vm::Vm;

const fn method(
    owner: &'static str,
    name: &'static str,
    call: super::function::MethodCall,
) -> BuiltinMethod {
    BuiltinMethod {
        name,
        owner,
        call,
        keywords: true,
    }
}

macro_rules! shared_methods {
    ($table:ident, $owner:literal, [$($extra:expr,)*]) => {
        pub static $table: &[BuiltinMethod] = &[
            method($owner, "decode", super::bytes_text::decode),
            method($owner, "hex", super::bytes_text::hex),
            method($owner, "fromhex", super::bytes_text::fromhex),
            method($owner, "count", count),
            method($owner, "find", find_method),
            method($owner, "rfind", rfind),
            method($owner, "index", index),
            method($owner, "rindex", rindex),
            method($owner, "startswith", startswith),
            method($owner, "endswith", endswith),
            method($owner, "join", join),
            method($owner, "replace", replace),
            method($owner, "split", split),
            method($owner, "rsplit", rsplit),
            method($owner, "splitlines", splitlines),
            method($owner, "strip", strip),
            method($owner, "lstrip", lstrip),
            method($owner, "rstrip", rstrip),
            method($owner, "partition", partition),
            method($owner, "rpartition", rpartition),
            method($owner, "upper", upper),
            method($owner, "lower", lower),
            method($owner, "swapcase", swapcase),
            method($owner, "capitalize", capitalize),
            method($owner, "title", title),
            method($owner, "isalnum", isalnum),
            method($owner, "isalpha", isalpha),
            method($owner, "isascii", isascii),
            method($owner, "isdigit", isdigit),
            method($owner, "islower", islower),
            method($owner, "isupper", isupper),
            method($owner, "isspace", isspace),
            method($owner, "istitle", istitle),
            method($owner, "center", center),
            method($owner, "ljust", ljust),
            method($owner, "rjust", rjust),
            method($owner, "zfill", zfill),
            method($owner, "expandtabs", expandtabs),
            method($owner, "removeprefix", removeprefix),
            method($owner, "removesuffix", removesuffix),
            method($owner, "translate", translate),
            method($owner, "maketrans", maketrans),
            $($extra,)*
        ];
    };
}

shared_methods!(BYTES_METHODS, "bytes", []);
shared_methods!(
    BYTEARRAY_METHODS,
    "bytearray",
    [
        method("bytearray", "append", super::bytearray_methods::append),
        method("bytearray", "extend", super::bytearray_methods::extend),
        method("bytearray", "pop", super::bytearray_methods::pop),
        method("bytearray", "insert", super::bytearray_methods::insert),
        method("bytearray", "remove", super::bytearray_methods::remove),
        method("bytearray", "clear", super::bytearray_methods::clear),
        method("bytearray", "copy", super::bytearray_methods::copy),
        method("bytearray", "reverse", super::bytearray_methods::reverse),
    ]
);

/// The receiver's kind and bytes.
pub(super) fn receiver(this: &Value) -> PyResult<(Kind, Vec<u8>)> {
    match (kind_of(this), data_of(this)) {
        (Some(kind), Some(data)) => Ok((kind, data)),
        _ => Err(type_error(format!(
            "descriptor requires a 'bytes' object but received a '{}'",
            this.type_name()
        ))),
    }
}

pub(super) fn positional<'a>(
    name: &str,
    args: &'a [Value],
    kw: &[Value],
    most: usize,
) -> PyResult<&'a [Value]> {
    if !kw.is_empty() {
        return Err(type_error(format!("{name}() takes no keyword arguments")));
    }
    if args.len() > most {
        return Err(type_error(format!(
            "{name}() takes at most {most} arguments ({} given)",
            args.len()
        )));
    }
    Ok(args)
}

/// A `sub` argument of the search methods: bytes-like, or an int naming one byte.
fn needle(vm: &mut Vm, value: &Value) -> PyResult<Vec<u8>> {
    if let Some(data) = data_of(value) {
        return Ok(data);
    }
    match value {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Instance(_) => {
            Ok(vec![byte_value(vm, value)?])
        }
        other => Err(type_error(format!(
            "argument should be integer or bytes-like object, not '{}'",
            other.type_name()
        ))),
    }
}

/// The `[start, end)` window of the optional `start`/`end` arguments.
fn window(args: &[Value], len: usize) -> PyResult<(usize, usize)> {
    let start = match args.first() {
        Some(v) => args::slice_bound(v, true)?,
        None => None,
    };
    let end = match args.get(1) {
        Some(v) => args::slice_bound(v, true)?,
        None => None,
    };
    Ok(args::window(start, end, len))
}

fn rfind_in(haystack: &[u8], needle: &[u8], start: usize, end: usize) -> Option<usize> {
    if start > end || end > haystack.len() {
        return None;
    }
    let region = &haystack[start..end];
    if needle.is_empty() {
        return Some(end);
    }
    region
        .windows(needle.len())
        .rposition(|w| w == needle)
        .map(|at| at + start)
}

fn find_in(haystack: &[u8], needle: &[u8], start: usize, end: usize) -> Option<usize> {
    if start > end || end > haystack.len() {
        return None;
    }
    find(&haystack[..end], needle, start)
}

fn search(
    vm: &mut Vm,
    name: &str,
    this: &Value,
    args: &[Value],
    kw: &[Value],
    reverse: bool,
) -> PyResult<Option<usize>> {
    let args = positional(name, args, kw, 3)?;
    let (_, data) = receiver(this)?;
    let Some(sub) = args.first() else {
        return Err(type_error(format!(
            "{name}() takes at least 1 argument (0 given)"
        )));
    };
    let sub = needle(vm, sub)?;
    let (start, end) = window(&args[1..], data.len())?;
    Ok(if reverse {
        rfind_in(&data, &sub, start, end)
    } else {
        find_in(&data, &sub, start, end)
    })
}

fn as_position(found: Option<usize>) -> Value {
    Value::Int(found.map_or(-1, |at| at as i64))
}

fn find_method(vm: &mut Vm, this: &Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    search(vm, "find", this, args, kw, false).map(as_position)
}

fn rfind(vm: &mut Vm, this: &Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    search(vm, "rfind", this, args, kw, true).map(as_position)
}

fn index(vm: &mut Vm, this: &Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    match search(vm, "index", this, args, kw, false)? {
        Some(at) => Ok(Value::Int(at as i64)),
        None => Err(value_error("subsection not found")),
    }
}

fn rindex(vm: &mut Vm, this: &Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    match search(vm, "rindex", this, args, kw, true)? {
        Some(at) => Ok(Value::Int(at as i64)),
        None => Err(value_error("subsection not found")),
    }
}

fn count(vm: &mut Vm, this: &Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let args = positional("count", args, kw, 3)?;
    let (_, data) = receiver(this)?;
    let Some(sub) = args.first() else {
        return Err(type_error("count() takes at least 1 argument (0 given)"));
    };
    let sub = needle(vm, sub)?;
    let (start, end) = window(&args[1..], data.len())?;
    if start > end {
        return Ok(Value::Int(0));
    }
    let region = &data[start..end];
    if sub.is_empty() {
        return Ok(Value::Int(region.len() as i64 + 1));
    }
    let (mut n, mut at) = (0, 0);
    while let Some(found) = find(region, &sub, at) {
        n += 1;
        at = found + sub.len();
    }
    Ok(Value::Int(n))
}

fn affix(
    name: &str,
    this: &Value,
    args: &[Value],
    kw: &[Value],
    end_side: bool,
) -> PyResult<Value> {
    let args = positional(name, args, kw, 3)?;
    let (_, data) = receiver(this)?;
    let Some(affixes) = args.first() else {
        return Err(type_error(format!(
            "{name}() takes at least 1 argument (0 given)"
        )));
    };
    let (start, end) = window(&args[1..], data.len())?;
    let candidates: Vec<Vec<u8>> = match affixes {
        Value::Tuple(items) => items
            .iter()
            .map(|item| {
                data_of(item).ok_or_else(|| {
                    type_error(format!(
                        "a bytes-like object is required, not '{}'",
                        item.type_name()
                    ))
                })
            })
            .collect::<PyResult<_>>()?,
        other => vec![data_of(other).ok_or_else(|| {
            type_error(format!(
                "{name} first arg must be bytes or a tuple of bytes, not {}",
                other.type_name()
            ))
        })?],
    };
    if start > end {
        return Ok(Value::bool(false));
    }
    let region = &data[start..end];
    Ok(Value::bool(candidates.iter().any(|c| {
        if end_side {
            region.ends_with(c)
        } else {
            region.starts_with(c)
        }
    })))
}

fn startswith(_vm: &mut Vm, this: &Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    affix("startswith", this, args, kw, false)
}

fn endswith(_vm: &mut Vm, this: &Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    affix("endswith", this, args, kw, true)
}

fn join(vm: &mut Vm, this: &Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let args = positional("join", args, kw, 1)?;
    let (kind, separator) = receiver(this)?;
    let [iterable] = args else {
        return Err(type_error(format!(
            "join() takes exactly one argument ({} given)",
            args.len()
        )));
    };
    let items = crate::ops::collect_iterable(vm, iterable)?;
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&separator);
        }
        let Some(data) = data_of(item) else {
            return Err(type_error(format!(
                "sequence item {i}: expected a bytes-like object, {} found",
                item.type_name()
            )));
        };
        out.extend_from_slice(&data);
    }
    Ok(make(kind, out))
}

fn replace(_vm: &mut Vm, this: &Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let args = positional("replace", args, kw, 3)?;
    let (kind, data) = receiver(this)?;
    let (old, new) = match args {
        [old, new, ..] => (bytes_argument(old)?, bytes_argument(new)?),
        _ => {
            return Err(type_error(format!(
                "replace expected at least 2 arguments, got {}",
                args.len()
            )));
        }
    };
    let limit = match args.get(2) {
        Some(Value::Int(n)) if *n >= 0 => *n as usize,
        Some(Value::Int(_)) | None => usize::MAX,
        Some(other) => {
            return Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                other.type_name()
            )));
        }
    };
    let mut out = Vec::with_capacity(data.len());
    let mut at = 0;
    let mut done = 0;
    if old.is_empty() {
        // An empty pattern matches between every two bytes and at both ends.
        for (i, byte) in data.iter().enumerate() {
            if done < limit {
                out.extend_from_slice(&new);
                done += 1;
            }
            out.push(*byte);
            at = i + 1;
        }
        if done < limit {
            out.extend_from_slice(&new);
        }
        let _ = at;
        return Ok(make(kind, out));
    }
    while done < limit {
        let Some(found) = find(&data, &old, at) else {
            break;
        };
        out.extend_from_slice(&data[at..found]);
        out.extend_from_slice(&new);
        at = found + old.len();
        done += 1;
    }
    out.extend_from_slice(&data[at..]);
    Ok(make(kind, out))
}

fn is_space(byte: u8) -> bool {
    matches!(byte, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// `sep` and `maxsplit` of `split`/`rsplit`.
fn split_args(name: &str, args: &[Value], kw: &[Value]) -> PyResult<(Option<Vec<u8>>, i64)> {
    let [sep, maxsplit] = args::bind(name, &["sep", "maxsplit"], args, kw)?;
    let sep = match sep {
        None | Some(Value::None) => None,
        Some(value) => {
            let data = bytes_argument(value)?;
            if data.is_empty() {
                return Err(value_error("empty separator"));
            }
            Some(data)
        }
    };
    let maxsplit = match maxsplit {
        None => -1,
        Some(Value::Int(n)) => *n,
        Some(Value::Bool(b)) => i64::from(**b),
        Some(other) => {
            return Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                other.type_name()
            )));
        }
    };
    Ok((sep, maxsplit))
}

fn split(_vm: &mut Vm, this: &Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (kind, data) = receiver(this)?;
    let (sep, maxsplit) = split_args("split", args, kw)?;
    let limit = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let mut parts: Vec<Vec<u8>> = Vec::new();
    match sep {
        Some(sep) => {
            let mut at = 0;
            while parts.len() < limit {
                let Some(found) = find(&data, &sep, at) else {
                    break;
                };
                parts.push(data[at..found].to_vec());
                at = found + sep.len();
            }
            parts.push(data[at..].to_vec());
        }
        None => {
            let mut at = 0;
            loop {
                while at < data.len() && is_space(data[at]) {
                    at += 1;
                }
                if at >= data.len() {
                    break;
                }
                if parts.len() == limit {
                    parts.push(data[at..].to_vec());
                    break;
                }
                let start = at;
                while at < data.len() && !is_space(data[at]) {
                    at += 1;
                }
                parts.push(data[start..at].to_vec());
            }
        }
    }
    Ok(Value::list(
        parts.into_iter().map(|p| make(kind, p)).collect(),
    ))
}

fn rsplit(_vm: &mut Vm, this: &Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (kind, data) = receiver(this)?;
    let (sep, maxsplit) = split_args("rsplit", args, kw)?;
    let limit = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let mut parts: Vec<Vec<u8>> = Vec::new();
    match sep {
        Some(sep) => {
            let mut end = data.len();
            while parts.len() < limit {
                let Some(found) = rfind_in(&data, &sep, 0, end) else {
                    break;
                };
                parts.push(data[found + sep.len()..end].to_vec());
                end = found;
            }
            parts.push(data[..end].to_vec());
        }
        None => {
            let mut end = data.len();
            loop {
                while end > 0 && is_space(data[end - 1]) {
                    end -= 1;
                }
                if end == 0 {
                    break;
                }
                if parts.len() == limit {
                    parts.push(data[..end].to_vec());
                    break;
                }
                let stop = end;
                while end > 0 && !is_space(data[end - 1]) {
                    end -= 1;
                }
                parts.push(data[end..stop].to_vec());
            }
        }
    }
    parts.reverse();
    Ok(Value::list(
        parts.into_iter().map(|p| make(kind, p)).collect(),
    ))
}

fn splitlines(vm: &mut Vm, this: &Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (kind, data) = receiver(this)?;
    let [keepends] = args::bind("splitlines", &["keepends"], args, kw)?;
    let keepends = match keepends {
        Some(value) => crate::ops::truthy_vm(vm, value)?,
        None => false,
    };
    let mut lines = Vec::new();
    let mut at = 0;
    while at < data.len() {
        let start = at;
        while at < data.len() && !matches!(data[at], b'\n' | b'\r') {
            at += 1;
        }
        let content_end = at;
        if at < data.len() {
            at += if data[at] == b'\r' && data.get(at + 1) == Some(&b'\n') {
                2
            } else {
                1
            };
        }
        let end = if keepends { at } else { content_end };
        lines.push(make(kind, data[start..end].to_vec()));
    }
    Ok(Value::list(lines))
}

fn strip_with(
    this: &Value,
    args: &[Value],
    kw: &[Value],
    name: &str,
    left: bool,
    right: bool,
) -> PyResult<Value> {
    let args = positional(name, args, kw, 1)?;
    let (kind, data) = receiver(this)?;
    let set: Option<Vec<u8>> = match args.first() {
        None | Some(Value::None) => None,
        Some(value) => Some(bytes_argument(value)?),
    };
    let strip = |b: u8| match &set {
        Some(set) => set.contains(&b),
        None => is_space(b),
    };
    let mut start = 0;
    let mut end = data.len();
    if left {
        while start < end && strip(data[start]) {
            start += 1;
        }
    }
    if right {
        while end > start && strip(data[end - 1]) {
            end -= 1;
        }
    }
    Ok(make(kind, data[start..end].to_vec()))
}

fn strip(_vm: &mut Vm, this: &Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    strip_with(this, args, kw, "strip", true, true)
}

fn lstrip(_vm: &mut Vm, this: &Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    strip_with(this, args, kw, "lstrip", true, false)
}

fn rstrip(_vm: &mut Vm, this: &Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    strip_with(this, args, kw, "rstrip", false, true)
}

fn partition_with(this: &Value, args: &[Value], kw: &[Value], reverse: bool) -> PyResult<Value> {
    let name = if reverse { "rpartition" } else { "partition" };
    let args = positional(name, args, kw, 1)?;
    let (kind, data) = receiver(this)?;
    let [sep] = args else {
        return Err(type_error(format!(
            "{name}() takes exactly one argument ({} given)",
            args.len()
        )));
    };
    let sep = bytes_argument(sep)?;
    if sep.is_empty() {
        return Err(value_error("empty separator"));
    }
    let found = if reverse {
        rfind_in(&data, &sep, 0, data.len())
    } else {
        find(&data, &sep, 0)
    };
    let parts = match found {
        Some(at) => [
            data[..at].to_vec(),
            sep.clone(),
            data[at + sep.len()..].to_vec(),
        ],
        None if reverse => [Vec::new(), Vec::new(), data],
        None => [data, Vec::new(), Vec::new()],
    };
    Ok(Value::tuple(
        parts.into_iter().map(|p| make(kind, p)).collect(),
    ))
}

fn partition(_vm: &mut Vm, this: &Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    partition_with(this, args, kw, false)
}

fn rpartition(_vm: &mut Vm, this: &Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    partition_with(this, args, kw, true)
}

fn mapped(
    this: &Value,
    args: &[Value],
    kw: &[Value],
    name: &str,
    f: impl Fn(&[u8]) -> Vec<u8>,
) -> PyResult<Value> {
    positional(name, args, kw, 0)?;
    let (kind, data) = receiver(this)?;
    Ok(make(kind, f(&data)))
}

fn upper(_vm: &mut Vm, this: &Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    mapped(this, args, kw, "upper", <[u8]>::to_ascii_uppercase)
}

fn lower(_vm: &mut Vm, this: &Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    mapped(this, args, kw, "lower", <[u8]>::to_ascii_lowercase)
}

fn swapcase(_vm: &mut Vm, this: &Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    mapped(this, args, kw, "swapcase", |data| {
        data.iter()
            .map(|b| {
                if b.is_ascii_lowercase() {
                    b.to_ascii_uppercase()
                } else {
                    b.to_ascii_lowercase()
                }
            })
            .collect()
    })
}

fn capitalize(_vm: &mut Vm, this: &Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    mapped(this, args, kw, "capitalize", |data| {
        data.iter()
            .enumerate()
            .map(|(i, b)| {
                if i == 0 {
                    b.to_ascii_uppercase()
                } else {
                    b.to_ascii_lowercase()
                }
            })
            .collect()
    })
}

fn title(_vm: &mut Vm, this: &Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    mapped(this, args, kw, "title", |data| {
        let mut previous_cased = false;
        data.iter()
            .map(|b| {
                let out = if previous_cased {
                    b.to_ascii_lowercase()
                } else {
                    b.to_ascii_uppercase()
                };
                previous_cased = b.is_ascii_alphabetic();
                out
            })
            .collect()
    })
}

fn predicate(
    this: &Value,
    args: &[Value],
    kw: &[Value],
    name: &str,
    f: impl Fn(&[u8]) -> bool,
) -> PyResult<Value> {
    positional(name, args, kw, 0)?;
    let (_, data) = receiver(this)?;
    Ok(Value::bool(f(&data)))
}

fn isalnum(_vm: &mut Vm, this: &Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    predicate(this, args, kw, "isalnum", |d| {
        !d.is_empty() && d.iter().all(u8::is_ascii_alphanumeric)
    })
}

fn isalpha(_vm: &mut Vm, this: &Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    predicate(this, args, kw, "isalpha", |d| {
        !d.is_empty() && d.iter().all(u8::is_ascii_alphabetic)
    })
}

fn isascii(_vm: &mut Vm, this: &Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    predicate(this, args, kw, "isascii", <[u8]>::is_ascii)
}

fn isdigit(_vm: &mut Vm, this: &Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    predicate(this, args, kw, "isdigit", |d| {
        !d.is_empty() && d.iter().all(u8::is_ascii_digit)
    })
}

fn isspace(_vm: &mut Vm, this: &Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    predicate(this, args, kw, "isspace", |d| {
        !d.is_empty() && d.iter().all(|b| is_space(*b))
    })
}

fn islower(_vm: &mut Vm, this: &Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    predicate(this, args, kw, "islower", |d| {
        d.iter().any(u8::is_ascii_lowercase) && !d.iter().any(u8::is_ascii_uppercase)
    })
}

fn isupper(_vm: &mut Vm, this: &Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    predicate(this, args, kw, "isupper", |d| {
        d.iter().any(u8::is_ascii_uppercase) && !d.iter().any(u8::is_ascii_lowercase)
    })
}

fn istitle(_vm: &mut Vm, this: &Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    predicate(this, args, kw, "istitle", |d| {
        let (mut cased, mut previous_cased) = (false, false);
        for b in d {
            if b.is_ascii_uppercase() {
                if previous_cased {
                    return false;
                }
                previous_cased = true;
                cased = true;
            } else if b.is_ascii_lowercase() {
                if !previous_cased {
                    return false;
                }
                previous_cased = true;
                cased = true;
            } else {
                previous_cased = false;
            }
        }
        cased
    })
}

/// `width` and the fill byte of the padding methods.
fn padding(name: &str, args: &[Value], kw: &[Value]) -> PyResult<(usize, u8)> {
    let args = positional(name, args, kw, 2)?;
    let width = match args.first() {
        Some(Value::Int(n)) => (*n).max(0) as usize,
        Some(Value::Bool(b)) => usize::from(**b),
        Some(other) => {
            return Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                other.type_name()
            )));
        }
        None => {
            return Err(type_error(format!(
                "{name}() takes at least 1 argument (0 given)"
            )));
        }
    };
    let fill = match args.get(1) {
        None => b' ',
        Some(value) => match data_of(value) {
            Some(data) if data.len() == 1 => data[0],
            _ => {
                return Err(type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {}",
                    value.type_name()
                )));
            }
        },
    };
    Ok((width, fill))
}

fn pad(this: &Value, args: &[Value], kw: &[Value], name: &str) -> PyResult<Value> {
    let (width, fill) = padding(name, args, kw)?;
    let (kind, data) = receiver(this)?;
    if width <= data.len() {
        return Ok(make(kind, data));
    }
    Ok(make(
        kind,
        super::str_layout::padded(&data, width, fill, name)?,
    ))
}

fn center(_vm: &mut Vm, this: &Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    pad(this, args, kw, "center")
}

fn ljust(_vm: &mut Vm, this: &Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    pad(this, args, kw, "ljust")
}

fn rjust(_vm: &mut Vm, this: &Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    pad(this, args, kw, "rjust")
}

fn zfill(_vm: &mut Vm, this: &Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (width, _) = padding("zfill", &args[..args.len().min(1)], kw)?;
    let (kind, data) = receiver(this)?;
    if width <= data.len() {
        return Ok(make(kind, data));
    }
    let filled = super::str_layout::zero_filled(&data, width, b'0', [b'+', b'-'])?;
    Ok(make(kind, filled))
}

fn expandtabs(_vm: &mut Vm, this: &Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [tabsize] = args::bind("expandtabs", &["tabsize"], args, kw)?;
    let tabsize = match tabsize {
        None => 8,
        Some(Value::Int(n)) => *n,
        Some(other) => {
            return Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                other.type_name()
            )));
        }
    };
    let (kind, data) = receiver(this)?;
    let expanded = super::str_layout::tabs_expanded(&data, tabsize, b'\t', [b'\n', b'\r'], b' ')?;
    Ok(make(kind, expanded))
}

fn removeprefix(_vm: &mut Vm, this: &Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let args = positional("removeprefix", args, kw, 1)?;
    let (kind, data) = receiver(this)?;
    let prefix = bytes_argument(args.first().unwrap_or(&Value::None))?;
    Ok(make(
        kind,
        data.strip_prefix(prefix.as_slice())
            .unwrap_or(&data)
            .to_vec(),
    ))
}

fn removesuffix(_vm: &mut Vm, this: &Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let args = positional("removesuffix", args, kw, 1)?;
    let (kind, data) = receiver(this)?;
    let suffix = bytes_argument(args.first().unwrap_or(&Value::None))?;
    Ok(make(
        kind,
        data.strip_suffix(suffix.as_slice())
            .unwrap_or(&data)
            .to_vec(),
    ))
}

fn translate(_vm: &mut Vm, this: &Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [table, delete] = args::bind("translate", &["table", "delete"], args, kw)?;
    let (kind, data) = receiver(this)?;
    let table = match table {
        None | Some(Value::None) => None,
        Some(value) => {
            let table = bytes_argument(value)?;
            if table.len() != 256 {
                return Err(value_error("translation table must be 256 characters long"));
            }
            Some(table)
        }
    };
    let delete = match delete {
        Some(value) => bytes_argument(value)?,
        None => Vec::new(),
    };
    let out = data
        .iter()
        .filter(|b| !delete.contains(b))
        .map(|b| table.as_ref().map_or(*b, |t| t[usize::from(*b)]))
        .collect();
    Ok(make(kind, out))
}

fn maketrans(_vm: &mut Vm, this: &Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    // Called on the type (`bytes.maketrans`) or an instance: the arguments follow either way.
    let args = match this {
        Value::Type(_) => args,
        _ => args,
    };
    let args = positional("maketrans", args, kw, 2)?;
    let [from, to] = args else {
        return Err(type_error(format!(
            "maketrans expected 2 arguments, got {}",
            args.len()
        )));
    };
    let (from, to) = (bytes_argument(from)?, bytes_argument(to)?);
    if from.len() != to.len() {
        return Err(value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (a, b) in from.iter().zip(&to) {
        table[usize::from(*a)] = *b;
    }
    Ok(super::bytes::new_bytes(table))
}
