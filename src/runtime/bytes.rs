//! `bytes` and `bytearray`: the values (`NativeObject::Bytes`, immutable, and
//! `NativeObject::ByteArray`, a growable buffer), their constructors, `repr`, `hash`,
//! comparisons, `len`, indexing and slicing (items are ints), slice assignment and deletion
//! for `bytearray`, iteration, `in`, `+`, `*`, `%`, and the codecs `str.encode` and
//! `bytes.decode` use (UTF-8, ASCII, Latin-1 with the `strict`, `ignore`, `replace`,
//! `backslashreplace` and `surrogateescape` handlers). The methods are in `bytes_methods` and `bytearray_methods`, `%` in `bytes_text`.

use std::cell::RefCell;
use std::rc::Rc;

use super::descriptors::NativeObject;
use super::exception::{type_error, value_error};
use super::slice::PySlice;
use super::str::PyStr;
use super::{ExcKind, PyErr, PyResult, Value};
use crate::bytecode::BinOp;
use crate::vm::Vm;

/// Which of the two types a value is (results of methods keep their receiver's).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    Bytes,
    ByteArray,
}

impl Kind {
    pub fn name(self) -> &'static str {
        match self {
            Kind::Bytes => "bytes",
            Kind::ByteArray => "bytearray",
        }
    }
}

/// A new `bytes` value.
pub fn new_bytes(data: Vec<u8>) -> Value {
    Value::Native(Rc::new(NativeObject::Bytes(data.into_boxed_slice())))
}

/// A new `bytearray`.
pub fn new_bytearray(data: Vec<u8>) -> Value {
    Value::Native(Rc::new(NativeObject::ByteArray(RefCell::new(data))))
}

/// A new value of `kind`.
pub fn make(kind: Kind, data: Vec<u8>) -> Value {
    match kind {
        Kind::Bytes => new_bytes(data),
        Kind::ByteArray => new_bytearray(data),
    }
}

/// The kind of a bytes-like value.
pub fn kind_of(value: &Value) -> Option<Kind> {
    match value {
        Value::Native(native) => match &**native {
            NativeObject::Bytes(_) => Some(Kind::Bytes),
            NativeObject::ByteArray(_) => Some(Kind::ByteArray),
            _ => None,
        },
        Value::Instance(_) => super::protocol::native_of(value).and_then(kind_of),
        _ => None,
    }
}

/// Runs `f` on the bytes of a bytes-like value (a subclass instance's wrapped value too).
pub fn with_data<R>(value: &Value, f: impl FnOnce(&[u8]) -> R) -> Option<R> {
    match value {
        Value::Native(native) => match &**native {
            NativeObject::Bytes(data) => Some(f(data)),
            NativeObject::ByteArray(data) => Some(f(&data.borrow())),
            _ => None,
        },
        Value::Instance(_) => super::protocol::native_of(value).and_then(|n| with_data(n, f)),
        _ => None,
    }
}

/// A copy of the bytes of a bytes-like value.
pub fn data_of(value: &Value) -> Option<Vec<u8>> {
    with_data(value, <[u8]>::to_vec)
}

/// The buffer of a `bytearray`.
pub fn bytearray_of(value: &Value) -> Option<&RefCell<Vec<u8>>> {
    match value {
        Value::Native(native) => match &**native {
            NativeObject::ByteArray(data) => Some(data),
            _ => None,
        },
        _ => None,
    }
}

/// A bytes-like argument, or CPython's "a bytes-like object is required" TypeError.
pub fn bytes_argument(value: &Value) -> PyResult<Vec<u8>> {
    data_of(value).ok_or_else(|| {
        type_error(format!(
            "a bytes-like object is required, not '{}'",
            value.type_name()
        ))
    })
}

// ----- repr, hash, comparison ---------------------------------------------------------------

/// `repr(b)`: `b'...'` with CPython's escapes; `bytearray(b'...')` for a bytearray.
pub fn repr(kind: Kind, data: &[u8]) -> String {
    let quote = if data.contains(&b'\'') && !data.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(data.len() + 3);
    if kind == Kind::ByteArray {
        out.push_str("bytearray(");
    }
    out.push('b');
    out.push(quote);
    for &byte in data {
        match byte {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b if b as char == quote => {
                out.push('\\');
                out.push(quote);
            }
            0x20..=0x7e => out.push(byte as char),
            _ => out.push_str(&format!("\\x{byte:02x}")),
        }
    }
    out.push(quote);
    if kind == Kind::ByteArray {
        out.push(')');
    }
    out
}

/// `hash(b)` (bytearrays are unhashable): FNV-1a over the bytes, as str's is over its text.
pub fn hash(data: &[u8]) -> i64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in data {
        h = (h ^ u64::from(*byte)).wrapping_mul(0x0000_0100_0000_01b3);
    }
    h ^= (data.len() as u64).rotate_left(32);
    let folded = ((h >> 32) ^ h) as u32 as i32;
    match i64::from(folded) {
        -1 => -2,
        h => h,
    }
}

/// `a == b` when either is bytes-like: equal bytes (bytes and bytearray compare alike);
/// `None` when neither is.
pub fn equal(a: &Value, b: &Value) -> Option<bool> {
    match (kind_of(a), kind_of(b)) {
        (None, None) => None,
        (Some(_), Some(_)) => with_data(a, |x| with_data(b, |y| x == y)).flatten(),
        _ => Some(false),
    }
}

/// The ordering of two bytes-like values (lexicographic); `None` unless both are.
pub fn order(a: &Value, b: &Value) -> Option<std::cmp::Ordering> {
    with_data(a, |x| with_data(b, |y| x.cmp(y))).flatten()
}

// ----- items ------------------------------------------------------------------------------

fn index_error(kind: Kind) -> PyErr {
    PyErr::new(
        ExcKind::IndexError,
        match kind {
            Kind::Bytes => "index out of range",
            Kind::ByteArray => "bytearray index out of range",
        },
    )
}

/// An index into a `kind` value: an int or an object with `__index__`.
fn index_for(vm: &mut Vm, key: &Value, name: &str) -> PyResult<i64> {
    match key {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(i64::from(**b)),
        Value::BigInt(_) => Err(PyErr::new(
            ExcKind::IndexError,
            "cannot fit 'int' into an index-sized integer",
        )),
        Value::Instance(_) if let Some(index) = super::indexing::try_index(vm, key)? => {
            index_for(vm, &index, name)
        }
        other => Err(type_error(format!(
            "{} indices must be integers or slices, not {}",
            if name == "bytes" { "byte" } else { name },
            other.type_name()
        ))),
    }
}

fn position(kind: Kind, len: usize, index: i64) -> PyResult<usize> {
    let at = if index < 0 { index + len as i64 } else { index };
    if at < 0 || at >= len as i64 {
        return Err(index_error(kind));
    }
    Ok(at as usize)
}

/// `b[key]`: an int for an index, a new value of the same kind for a slice.
pub fn get_item(vm: &mut Vm, container: &Value, key: Value) -> PyResult<Value> {
    let Some(kind) = kind_of(container) else {
        return Err(type_error("expected bytes"));
    };
    match &key {
        Value::Slice(slice) => {
            let selected = with_data(container, |data| slice_bytes(data, slice));
            Ok(make(kind, selected.unwrap_or(Ok(Vec::new()))?))
        }
        _ => {
            // The index first: `__index__` may run Python code, which must not find the
            // bytearray borrowed.
            let index = index_for(vm, &key, kind.name())?;
            let byte = with_data(container, |data| {
                position(kind, data.len(), index).map(|at| data[at])
            });
            Ok(Value::Int(i64::from(
                byte.unwrap_or_else(|| Err(index_error(kind)))?,
            )))
        }
    }
}

/// The bytes a slice selects.
pub fn slice_bytes(data: &[u8], slice: &PySlice) -> PyResult<Vec<u8>> {
    let range = slice.resolve(data.len())?;
    Ok(range
        .indices()
        .filter_map(|i| data.get(i).copied())
        .collect())
}

/// A byte value for a `bytearray` store: an int in 0..=255.
pub fn byte_value(vm: &mut Vm, value: &Value) -> PyResult<u8> {
    let n = match value {
        Value::Int(_) | Value::Bool(_) | Value::Instance(_) => {
            super::protocol::index_value(vm, value).map_err(|err| {
                if err.kind() == ExcKind::TypeError {
                    type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        value.type_name()
                    ))
                } else {
                    err
                }
            })?
        }
        Value::BigInt(_) => return Err(value_error("byte must be in range(0, 256)")),
        other => {
            return Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                other.type_name()
            )));
        }
    };
    u8::try_from(n).map_err(|_| value_error("byte must be in range(0, 256)"))
}

/// `ba[key] = value` for a bytearray.
pub fn set_item(vm: &mut Vm, container: &Value, key: Value, value: Value) -> PyResult<()> {
    let Some(buffer) = bytearray_of(container) else {
        return Err(type_error(format!(
            "'{}' object does not support item assignment",
            container.type_name()
        )));
    };
    match &key {
        Value::Slice(slice) => {
            let values = match data_of(&value) {
                Some(data) => data,
                None => {
                    if let Value::Int(_) = value {
                        return Err(type_error(
                            "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
                        ));
                    }
                    let items = crate::ops::collect_iterable(vm, &value)?;
                    items
                        .iter()
                        .map(|item| byte_value(vm, item))
                        .collect::<PyResult<Vec<u8>>>()?
                }
            };
            let mut data = buffer.borrow_mut();
            let range = slice.resolve(data.len())?;
            if range.step == 1 {
                let start = range.start as usize;
                data.splice(start..start + range.count, values);
                return Ok(());
            }
            if values.len() != range.count {
                return Err(value_error(format!(
                    "attempt to assign bytes of size {} to extended slice of size {}",
                    values.len(),
                    range.count
                )));
            }
            for (at, byte) in range.indices().zip(values) {
                data[at] = byte;
            }
            Ok(())
        }
        _ => {
            let index = index_for(vm, &key, "bytearray")?;
            let byte = byte_value(vm, &value)?;
            let mut data = buffer.borrow_mut();
            let at = position(Kind::ByteArray, data.len(), index)?;
            data[at] = byte;
            Ok(())
        }
    }
}

/// `del ba[key]` for a bytearray.
pub fn delete_item(vm: &mut Vm, container: &Value, key: Value) -> PyResult<()> {
    let Some(buffer) = bytearray_of(container) else {
        return Err(type_error(format!(
            "'{}' object doesn't support item deletion",
            container.type_name()
        )));
    };
    match &key {
        Value::Slice(slice) => {
            let mut data = buffer.borrow_mut();
            let range = slice.resolve(data.len())?;
            let mut doomed = vec![false; data.len()];
            for at in range.indices() {
                doomed[at] = true;
            }
            let old = std::mem::take(&mut *data);
            *data = old
                .into_iter()
                .zip(doomed)
                .filter(|(_, gone)| !gone)
                .map(|(byte, _)| byte)
                .collect();
            Ok(())
        }
        _ => {
            let index = index_for(vm, &key, "bytearray")?;
            let mut data = buffer.borrow_mut();
            let at = position(Kind::ByteArray, data.len(), index)?;
            data.remove(at);
            Ok(())
        }
    }
}

/// The items of a bytes-like value as ints (what iterating over it yields).
pub fn items(value: &Value) -> Option<Vec<Value>> {
    with_data(value, |data| {
        data.iter().map(|b| Value::Int(i64::from(*b))).collect()
    })
}

/// `item in b`: an int in 0..=255 or a bytes-like subsequence.
pub fn contains(vm: &mut Vm, container: &Value, item: &Value) -> PyResult<bool> {
    if let Some(needle) = data_of(item) {
        return Ok(with_data(container, |data| find(data, &needle, 0).is_some()).unwrap_or(false));
    }
    let byte = byte_value(vm, item).map_err(|err| {
        if err.kind() == ExcKind::TypeError {
            type_error(format!(
                "a bytes-like object is required, not '{}'",
                item.type_name()
            ))
        } else {
            err
        }
    })?;
    Ok(with_data(container, |data| data.contains(&byte)).unwrap_or(false))
}

/// The first position at or after `from` where `needle` occurs in `haystack`.
pub fn find(haystack: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    if needle.is_empty() {
        return (from <= haystack.len()).then_some(from);
    }
    haystack
        .get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|at| at + from)
}

// ----- operators ----------------------------------------------------------------------------

/// `a + b`, `b * n`, `b % args` when an operand is bytes-like; `None` when the operator does
/// not apply (the caller's TypeError).
pub fn binary(
    vm: &mut Vm,
    op: BinOp,
    inplace: bool,
    a: &Value,
    b: &Value,
) -> Option<PyResult<Value>> {
    let kind = kind_of(a);
    match op {
        BinOp::Add => {
            let kind = kind?;
            let Some(other) = data_of(b) else {
                return Some(Err(type_error(format!(
                    "can't concat {} to {}",
                    b.type_name(),
                    a.type_name()
                ))));
            };
            if inplace && let Some(buffer) = bytearray_of(a) {
                buffer.borrow_mut().extend_from_slice(&other);
                return Some(Ok(a.clone()));
            }
            let mut data = data_of(a)?;
            data.extend_from_slice(&other);
            Some(Ok(make(kind, data)))
        }
        BinOp::Multiply => {
            let (sequence, count) = match (kind, kind_of(b)) {
                (Some(_), _) => (a, b),
                (None, Some(_)) => (b, a),
                (None, None) => return None,
            };
            let count = match count {
                Value::Int(n) => *n,
                Value::Bool(flag) => i64::from(**flag),
                _ => return None,
            };
            let data = data_of(sequence)?;
            let repeated = match repeated(&data, count.max(0) as usize) {
                Ok(repeated) => repeated,
                Err(err) => return Some(Err(err)),
            };
            if inplace && let Some(buffer) = bytearray_of(sequence) {
                *buffer.borrow_mut() = repeated;
                return Some(Ok(sequence.clone()));
            }
            Some(Ok(make(kind_of(sequence)?, repeated)))
        }
        BinOp::Remainder => {
            let kind = kind?;
            let format = data_of(a)?;
            Some(super::bytes_text::percent_format(vm, &format, b).map(|data| make(kind, data)))
        }
        _ => None,
    }
}

/// `data` repeated `times` times, allocated fallibly (MemoryError, not an abort, for absurd
/// counts).
fn repeated(data: &[u8], times: usize) -> PyResult<Vec<u8>> {
    let total = data
        .len()
        .checked_mul(times)
        .ok_or_else(|| PyErr::new(ExcKind::MemoryError, ""))?;
    let mut out = super::alloc::items_with_capacity(total)?;
    for _ in 0..times {
        out.extend_from_slice(data);
    }
    Ok(out)
}

// ----- codecs ---------------------------------------------------------------------------------

/// A codec name as CPython normalises it (`UTF_8`, `utf8` and `utf-8` are one codec).
fn codec(name: &str) -> Option<&'static str> {
    let normal = name.trim().to_ascii_lowercase().replace('_', "-");
    Some(match normal.as_str() {
        "utf-8" | "utf8" | "u8" | "utf" | "cp65001" => "utf-8",
        "ascii" | "us-ascii" | "646" => "ascii",
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "8859" | "cp819" | "l1" | "latin" => {
            "latin-1"
        }
        _ => return None,
    })
}

fn unknown_encoding(name: &str) -> PyErr {
    PyErr::new(ExcKind::LookupError, format!("unknown encoding: {name}"))
}

fn unicode_error(class: &'static str, message: String) -> PyErr {
    let ty = super::types::builtin_type(class);
    super::exc_object::from_value(super::exc_object::new_exception(
        &ty,
        &[Value::string(message)],
    ))
}

fn check_errors(errors: &str) -> PyResult<()> {
    match errors {
        "strict" | "ignore" | "replace" | "backslashreplace" | "surrogateescape"
        | "xmlcharrefreplace" | "namereplace" | "surrogatepass" => Ok(()),
        other => Err(PyErr::new(
            ExcKind::LookupError,
            format!("unknown error handler name '{other}'"),
        )),
    }
}

/// `data.decode(encoding, errors)`.
pub fn decode(data: &[u8], encoding: &str, errors: &str) -> PyResult<PyStr> {
    let codec = codec(encoding).ok_or_else(|| unknown_encoding(encoding))?;
    check_errors(errors)?;
    let mut points: Vec<u32> = Vec::with_capacity(data.len());
    let mut at = 0;
    while at < data.len() {
        let (decoded, length, reason) = match codec {
            "latin-1" => (Some(u32::from(data[at])), 1, ""),
            "ascii" => match data[at] {
                byte @ 0..=0x7f => (Some(u32::from(byte)), 1, ""),
                _ => (None, 1, "ordinal not in range(128)"),
            },
            _ => utf8_step(&data[at..]),
        };
        match decoded {
            Some(point) => {
                points.push(point);
                at += length;
            }
            None => {
                match errors {
                    "ignore" => {}
                    "replace" => points.push(0xFFFD),
                    "surrogateescape" => {
                        for byte in &data[at..at + length] {
                            if *byte < 0x80 {
                                return Err(decode_error(codec, data, at, length, reason));
                            }
                            points.push(0xDC00 + u32::from(*byte));
                        }
                    }
                    "backslashreplace" => {
                        for byte in &data[at..at + length] {
                            points.extend(format!("\\x{byte:02x}").chars().map(u32::from));
                        }
                    }
                    _ => return Err(decode_error(codec, data, at, length, reason)),
                }
                at += length;
            }
        }
    }
    Ok(PyStr::from_code_points(points))
}

fn decode_error(codec: &str, data: &[u8], at: usize, length: usize, reason: &str) -> PyErr {
    let message = if length == 1 {
        format!(
            "'{codec}' codec can't decode byte 0x{:02x} in position {at}: {reason}",
            data[at]
        )
    } else {
        format!(
            "'{codec}' codec can't decode bytes in position {at}-{}: {reason}",
            at + length - 1
        )
    };
    unicode_error("UnicodeDecodeError", message)
}

/// One UTF-8 code point at the start of `data`: (the code point, its length, "") or, for an
/// invalid sequence, (None, the bytes CPython reports as one error, its reason).
fn utf8_step(data: &[u8]) -> (Option<u32>, usize, &'static str) {
    let first = data[0];
    let (need, min) = match first {
        0x00..=0x7f => return (Some(u32::from(first)), 1, ""),
        0xc2..=0xdf => (1, 0x80),
        0xe0..=0xef => (2, 0x800),
        0xf0..=0xf4 => (3, 0x10000),
        _ => return (None, 1, "invalid start byte"),
    };
    let mut point = u32::from(first) & (0x3f >> need);
    for i in 1..=need {
        let Some(&byte) = data.get(i) else {
            // Only the bytes that could still start a valid sequence are "end of data".
            return (None, i, "unexpected end of data");
        };
        let valid = match (i, first) {
            (1, 0xe0) => (0xa0..=0xbf).contains(&byte),
            (1, 0xed) => (0x80..=0x9f).contains(&byte),
            (1, 0xf0) => (0x90..=0xbf).contains(&byte),
            (1, 0xf4) => (0x80..=0x8f).contains(&byte),
            _ => (0x80..=0xbf).contains(&byte),
        };
        if !valid {
            return (None, i, "invalid continuation byte");
        }
        point = (point << 6) | u32::from(byte & 0x3f);
    }
    debug_assert!(point >= min);
    (Some(point), need + 1, "")
}

/// `text.encode(encoding, errors)`.
pub fn encode(text: &PyStr, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let codec = codec(encoding).ok_or_else(|| unknown_encoding(encoding))?;
    check_errors(errors)?;
    let limit = match codec {
        "ascii" => 0x80,
        "latin-1" => 0x100,
        _ => 0x11_0000,
    };
    let points: Vec<u32> = text.code_points().collect();
    let mut out = Vec::with_capacity(points.len());
    let mut at = 0;
    while at < points.len() {
        let point = points[at];
        let surrogate = (0xD800..=0xDFFF).contains(&point);
        if point < limit && !surrogate {
            match codec {
                "utf-8" => {
                    let c = char::from_u32(point).unwrap_or('\u{FFFD}');
                    out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
                }
                _ => out.push(point as u8),
            }
            at += 1;
            continue;
        }
        // A run of unencodable characters is one error, as CPython reports it.
        let mut end = at + 1;
        while end < points.len()
            && {
                let p = points[end];
                p >= limit || (0xD800..=0xDFFF).contains(&p)
            }
            && (codec != "utf-8" || (0xD800..=0xDFFF).contains(&points[end]))
        {
            end += 1;
        }
        match errors {
            "ignore" => {}
            "replace" => out.extend(std::iter::repeat_n(b'?', end - at)),
            "surrogateescape"
                if points[at..end]
                    .iter()
                    .all(|p| (0xDC80..=0xDCFF).contains(p)) =>
            {
                out.extend(points[at..end].iter().map(|p| (p - 0xDC00) as u8));
            }
            "backslashreplace" => {
                for p in &points[at..end] {
                    let escaped = match p {
                        0..=0xff => format!("\\x{p:02x}"),
                        0x100..=0xffff => format!("\\u{p:04x}"),
                        _ => format!("\\U{p:08x}"),
                    };
                    out.extend_from_slice(escaped.as_bytes());
                }
            }
            "xmlcharrefreplace" if codec != "utf-8" => {
                for p in &points[at..end] {
                    out.extend_from_slice(format!("&#{p};").as_bytes());
                }
            }
            _ => {
                let reason = match codec {
                    "utf-8" => "surrogates not allowed",
                    "ascii" => "ordinal not in range(128)",
                    _ => "ordinal not in range(256)",
                };
                let what = if end - at == 1 {
                    let escaped = match points[at] {
                        p @ 0..=0xff => format!("\\x{p:02x}"),
                        p @ 0x100..=0xffff => format!("\\u{p:04x}"),
                        p => format!("\\U{p:08x}"),
                    };
                    format!("character '{escaped}' in position {at}")
                } else {
                    format!("characters in position {at}-{}", end - 1)
                };
                return Err(unicode_error(
                    "UnicodeEncodeError",
                    format!("'{codec}' codec can't encode {what}: {reason}"),
                ));
            }
        }
        at = end;
    }
    Ok(out)
}

/// `str.encode(encoding='utf-8', errors='strict')`.
pub fn str_encode(
    _vm: &mut Vm,
    this: &Value,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let [encoding, errors] = super::args::bind("encode", &["encoding", "errors"], args, kwnames)?;
    let text = |value: Option<&Value>, what: &str, default: &str| -> PyResult<String> {
        match value {
            None => Ok(default.to_string()),
            Some(Value::Str(s)) => Ok(s.as_str().to_string()),
            Some(other) => Err(type_error(format!(
                "encode() argument '{what}' must be str, not {}",
                other.type_name()
            ))),
        }
    };
    let encoding = text(encoding, "encoding", "utf-8")?;
    let errors = text(errors, "errors", "strict")?;
    let source = match this {
        Value::Str(s) => s.clone(),
        other => match super::protocol::native_of(other) {
            Some(Value::Str(s)) => s.clone(),
            _ => {
                return Err(type_error(format!(
                    "descriptor 'encode' for 'str' objects doesn't apply to a '{}' object",
                    other.type_name()
                )));
            }
        },
    };
    encode(&source, &encoding, &errors).map(new_bytes)
}

// ----- constructors ---------------------------------------------------------------------------

/// `bytes(...)` and `bytearray(...)`: from nothing, a length, a str and an encoding, a
/// bytes-like value, an object with `__bytes__` (bytes only) or an iterable of ints.
fn construct(vm: &mut Vm, kind: Kind, args: &[Value], kwnames: &[Value]) -> PyResult<Vec<u8>> {
    let name = kind.name();
    let [source, encoding, errors] =
        super::args::bind(name, &["source", "encoding", "errors"], args, kwnames)?;
    let text_of = |value: Option<&Value>, what: &str| -> PyResult<Option<String>> {
        match value {
            None => Ok(None),
            Some(Value::Str(s)) => Ok(Some(s.as_str().to_string())),
            Some(other) => Err(type_error(format!(
                "{name}() argument '{what}' must be str, not {}",
                other.type_name()
            ))),
        }
    };
    let encoding = text_of(encoding, "encoding")?;
    let errors = text_of(errors, "errors")?;
    let Some(source) = source else {
        if encoding.is_some() || errors.is_some() {
            return Err(type_error(if encoding.is_some() {
                "encoding without a string argument"
            } else {
                "errors without a string argument"
            }));
        }
        return Ok(Vec::new());
    };
    if let Value::Str(text) = source {
        let Some(encoding) = encoding else {
            return Err(type_error("string argument without an encoding"));
        };
        return encode(text, &encoding, errors.as_deref().unwrap_or("strict"));
    }
    if encoding.is_some() {
        return Err(type_error("encoding without a string argument"));
    }
    if errors.is_some() {
        return Err(type_error("errors without a string argument"));
    }
    if let Some(data) = data_of(source) {
        return Ok(data);
    }
    if kind == Kind::Bytes
        && let Some(class) = super::protocol::dunder_class(source)
        && let Some(hook) = class.lookup(&super::intern::intern("__bytes__"))
    {
        let result = super::protocol::call_method(vm, &hook, source, &[])?;
        return data_of(&result).ok_or_else(|| {
            type_error(format!(
                "__bytes__ returned non-bytes (type {})",
                result.type_name()
            ))
        });
    }
    match source {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            let n = super::protocol::index_value(vm, source).map_err(|_| {
                PyErr::new(
                    ExcKind::OverflowError,
                    "cannot fit 'int' into an index-sized integer",
                )
            })?;
            if n < 0 {
                return Err(value_error("negative count"));
            }
            let mut data = super::alloc::items_with_capacity::<u8>(n as usize)?;
            data.resize(n as usize, 0);
            Ok(data)
        }
        Value::Float(_) => Err(type_error(format!(
            "cannot convert '{}' object to {name}",
            source.type_name()
        ))),
        _ => {
            if !crate::ops::is_iterable(source) {
                return Err(type_error(format!(
                    "cannot convert '{}' object to {name}",
                    source.type_name()
                )));
            }
            let items = crate::ops::collect_iterable(vm, source)?;
            items
                .iter()
                .map(|item| byte_value(vm, item))
                .collect::<PyResult<Vec<u8>>>()
                .map_err(|err| {
                    if err.kind() == ExcKind::ValueError {
                        value_error("bytes must be in range(0, 256)")
                    } else {
                        err
                    }
                })
        }
    }
}

/// `bytes(...)`.
pub fn builtin_bytes(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    construct(vm, Kind::Bytes, args, kwnames).map(new_bytes)
}

/// `bytearray(...)`.
pub fn builtin_bytearray(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    construct(vm, Kind::ByteArray, args, kwnames).map(new_bytearray)
}
