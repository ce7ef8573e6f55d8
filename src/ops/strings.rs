//! The f-string opcodes: `FORMAT_VALUE` (a conversion, then `format()` with an optional spec)
//! and `BUILD_STRING` (joining the pieces). What formatting means lives in
//! `runtime::format_call`; these only unpack the operands.

use crate::runtime::format_call::{self, str_text};
use crate::runtime::{PyResult, Value, alloc, str as pystr};
use crate::vm::Vm;

/// `FORMAT_VALUE flags`: `flags & 3` converts the value first (1 `str`, 2 `repr`, 3 `ascii`);
/// `flags & 4` means `spec` is present.
pub fn format_value(vm: &mut Vm, flags: u32, value: Value, spec: Option<Value>) -> PyResult<Value> {
    let value = match flags & 3 {
        0 => value,
        conversion => format_call::convert(vm, &value, conversion)?,
    };
    let spec_text = spec.as_ref().and_then(str_text).map(|s| s.as_str());
    match (&value, spec_text) {
        (Value::Str(_), None | Some("")) => Ok(value),
        (_, spec) => format_call::format_value(vm, &value, spec.unwrap_or("")),
    }
}

/// `BUILD_STRING n`: the pieces (strs, or instances of str subclasses a `__format__`
/// returned) joined into one str.
pub fn build_string(_vm: &mut Vm, items: Vec<Value>) -> PyResult<Value> {
    let pieces: Vec<&pystr::PyStr> = items.iter().filter_map(str_text).collect();
    if pieces.iter().any(|s| !s.lone_surrogates().is_empty()) {
        // Rare: lone surrogates survive only through the str concatenation that tracks them.
        let mut joined = Value::str("");
        for piece in pieces {
            if let Value::Str(so_far) = &joined {
                joined = pystr::concat(so_far, piece)?;
            }
        }
        return Ok(joined);
    }
    let total = pieces.iter().map(|s| s.as_str().len()).sum();
    let mut text = alloc::text_with_capacity(total)?;
    for piece in pieces {
        text.push_str(piece.as_str());
    }
    Ok(Value::string(text))
}
