//! `_struct`, the engine of the bundled `struct` module: format strings (byte order and size
//! prefixes `@ = < > !`, repeat counts, `x c b B ? h H i I l L q Q n N e f d s p P`, native
//! alignment under `@`), `pack`, `unpack`, `calcsize`, `pack_into`, `unpack_from`,
//! `iter_unpack`, with CPython 3.11's error messages. Errors are `struct.error`, the class the
//! Python half of the module defines.

use num_bigint::BigInt;

use super::super::bytes::{bytearray_of, data_of, new_bytes};
use super::super::exception::type_error;
use super::super::function::BuiltinFn;
use super::super::{ExcKind, PyErr, PyResult, Value, int};
use crate::vm::Vm;

/// `struct.error(message)`.
fn error(vm: &mut Vm, message: impl Into<String>) -> PyErr {
    let message = message.into();
    let class = vm.import_module("struct").and_then(|module| {
        crate::ops::load_attr(vm, module, &super::super::intern::intern("error"))
    });
    match class.and_then(|class| vm.call(&class, vec![Value::string(message.clone())])) {
        Ok(instance) => super::super::exc_object::from_value(instance),
        Err(_) => PyErr::new(ExcKind::ValueError, message),
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Order {
    Native,
    Little,
    Big,
}

/// One item of a format: its code, repeat count (a length for `s`/`p`), size and offset.
#[derive(Clone, Copy)]
struct Item {
    code: u8,
    count: usize,
    size: usize,
    offset: usize,
}

struct Layout {
    order: Order,
    /// `@`: native sizes and alignment.
    native: bool,
    items: Vec<Item>,
    size: usize,
}

impl Layout {
    /// How many values `pack` takes and `unpack` gives.
    fn arity(&self) -> usize {
        self.items
            .iter()
            .map(|item| match item.code {
                b'x' => 0,
                b's' | b'p' => 1,
                _ => item.count,
            })
            .sum()
    }
}

fn item_size(code: u8, native: bool) -> Option<usize> {
    Some(match code {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' => {
            if native {
                8
            } else {
                4
            }
        }
        b'q' | b'Q' | b'd' => 8,
        b'n' | b'N' | b'P' if native => 8,
        _ => return None,
    })
}

fn parse(vm: &mut Vm, format: &Value) -> PyResult<Layout> {
    let text: Vec<u8> = match format {
        Value::Str(s) => s.as_str().as_bytes().to_vec(),
        other => match data_of(other) {
            Some(data) => data,
            None => {
                return Err(type_error(format!(
                    "Struct() argument 1 must be a str or bytes object, not {}",
                    other.type_name()
                )));
            }
        },
    };
    let (order, native, body) = match text.first() {
        Some(b'@') => (Order::Native, true, &text[1..]),
        Some(b'=') => (Order::Native, false, &text[1..]),
        Some(b'<') => (Order::Little, false, &text[1..]),
        Some(b'>' | b'!') => (Order::Big, false, &text[1..]),
        _ => (Order::Native, true, &text[..]),
    };
    let mut items = Vec::new();
    let mut offset = 0usize;
    let mut at = 0;
    while at < body.len() {
        let c = body[at];
        if c.is_ascii_whitespace() {
            at += 1;
            continue;
        }
        let mut count = None;
        while at < body.len() && body[at].is_ascii_digit() {
            let digit = usize::from(body[at] - b'0');
            count = Some(
                count
                    .unwrap_or(0usize)
                    .checked_mul(10)
                    .and_then(|n: usize| n.checked_add(digit))
                    .ok_or_else(|| error(vm, "total struct size too long"))?,
            );
            at += 1;
        }
        let Some(&code) = body.get(at) else {
            return Err(error(vm, "repeat count given without format specifier"));
        };
        at += 1;
        let Some(size) = item_size(code, native) else {
            return Err(error(vm, "bad char in struct format"));
        };
        let count = count.unwrap_or(1);
        if native && !matches!(code, b's' | b'p' | b'x' | b'c' | b'b' | b'B' | b'?') {
            offset = offset.div_ceil(size) * size;
        }
        let total = match code {
            b's' | b'p' | b'x' => Some(count),
            _ => count.checked_mul(size),
        };
        items.push(Item {
            code,
            count,
            size,
            offset,
        });
        offset = total
            .and_then(|total| offset.checked_add(total))
            .filter(|end| *end <= isize::MAX as usize)
            .ok_or_else(|| error(vm, "total struct size too long"))?;
    }
    Ok(Layout {
        order,
        native,
        items,
        size: offset,
    })
}

fn integer_argument(vm: &mut Vm, value: &Value) -> PyResult<BigInt> {
    let value = match value {
        Value::Instance(_) => super::super::indexing::as_index(vm, value)?,
        other => other.clone(),
    };
    match &value {
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => {
            Ok(int::to_big(&value).unwrap_or_default())
        }
        _ => Err(error(vm, "required argument is not an integer")),
    }
}

fn float_argument(vm: &mut Vm, value: &Value) -> PyResult<f64> {
    match value {
        Value::Float(f) => Ok(**f),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(f64::from(u8::from(**b))),
        Value::BigInt(b) => int::big_to_f64(b),
        Value::Instance(_) => match super::super::protocol::instance_number(vm, value, true) {
            Ok(Value::Float(f)) => Ok(*f),
            _ => Err(error(vm, "required argument is not a float")),
        },
        _ => Err(error(vm, "required argument is not a float")),
    }
}

/// An integer's bytes (little-endian, `size` of them), with CPython's range errors.
fn integer_bytes(
    vm: &mut Vm,
    code: u8,
    size: usize,
    native: bool,
    value: &BigInt,
) -> PyResult<Vec<u8>> {
    let signed = code.is_ascii_lowercase();
    let bits = size * 8;
    let (low, high) = if signed {
        (
            -(BigInt::from(1) << (bits - 1)),
            (BigInt::from(1) << (bits - 1)) - 1,
        )
    } else {
        (BigInt::from(0), (BigInt::from(1) << bits) - 1)
    };
    if *value < low || *value > high {
        let message = match code {
            b'b' => "byte format requires -128 <= number <= 127".to_string(),
            b'B' => "ubyte format requires 0 <= number <= 255".to_string(),
            b'h' => "short format requires -32768 <= number <= 32767".to_string(),
            b'H' => "ushort format requires 0 <= number <= 65535".to_string(),
            // Four-byte items name their range when the value is a C long (or, unsigned, a
            // non-negative unsigned long); anything else is out of range for the C call.
            _ if size == 4
                && ((signed && i64::try_from(value).is_ok())
                    || (!signed && u64::try_from(value).is_ok())) =>
            {
                format!(
                    "'{}' format requires {low} <= number <= {high}",
                    code as char
                )
            }
            _ => "argument out of range".to_string(),
        };
        let _ = native;
        return Err(error(vm, message));
    }
    let mut bytes = value.to_signed_bytes_le();
    let fill = if value.sign() == num_bigint::Sign::Minus {
        0xff
    } else {
        0
    };
    bytes.resize(size, fill);
    Ok(bytes)
}

/// IEEE 754 half precision, rounded half to even; `None` when the value overflows.
fn to_half(x: f64) -> Option<u16> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    if x.is_nan() {
        return Some(sign | 0x7e00);
    }
    let a = x.abs();
    if a.is_infinite() {
        return Some(sign | 0x7c00);
    }
    // Scale into units of the smallest subnormal (2**-24), then round half to even.
    if a < 2f64.powi(-14) {
        let units = round_half_even(a * 2f64.powi(24));
        return Some(sign | units as u16);
    }
    let exponent = a.log2().floor() as i32;
    let exponent = if 2f64.powi(exponent) > a {
        exponent - 1
    } else if 2f64.powi(exponent + 1) <= a {
        exponent + 1
    } else {
        exponent
    };
    let mut mantissa = round_half_even((a / 2f64.powi(exponent) - 1.0) * 1024.0) as u32;
    let mut exponent = exponent;
    if mantissa == 1024 {
        mantissa = 0;
        exponent += 1;
    }
    if exponent > 15 {
        return None;
    }
    Some(sign | (((exponent + 15) as u16) << 10) | mantissa as u16)
}

fn round_half_even(x: f64) -> f64 {
    let r = x.round();
    if (x - x.trunc()).abs() == 0.5 && r % 2.0 != 0.0 {
        r - x.signum()
    } else {
        r
    }
}

fn from_half(bits: u16) -> f64 {
    let sign = if bits & 0x8000 != 0 { -1.0 } else { 1.0 };
    let exponent = i32::from((bits >> 10) & 0x1f);
    let mantissa = f64::from(bits & 0x3ff);
    sign * match exponent {
        0 => mantissa * 2f64.powi(-24),
        31 if mantissa == 0.0 => f64::INFINITY,
        31 => f64::NAN,
        _ => (1.0 + mantissa / 1024.0) * 2f64.powi(exponent - 15),
    }
}

fn pack_values(vm: &mut Vm, layout: &Layout, values: &[Value]) -> PyResult<Vec<u8>> {
    if values.len() != layout.arity() {
        return Err(error(
            vm,
            format!(
                "pack expected {} items for packing (got {})",
                layout.arity(),
                values.len()
            ),
        ));
    }
    let mut out = super::super::alloc::items_with_capacity(layout.size)?;
    out.resize(layout.size, 0u8);
    let mut next = values.iter();
    for item in &layout.items {
        match item.code {
            b'x' => {}
            b's' | b'p' => {
                let value = next.next().cloned().unwrap_or(Value::None);
                let Some(data) = data_of(&value) else {
                    return Err(error(
                        vm,
                        format!(
                            "argument for '{}' must be a bytes object",
                            item.code as char
                        ),
                    ));
                };
                let slot = &mut out[item.offset..item.offset + item.count];
                if item.code == b's' {
                    let n = data.len().min(item.count);
                    slot[..n].copy_from_slice(&data[..n]);
                } else if item.count > 0 {
                    let n = data.len().min(item.count - 1).min(255);
                    slot[0] = n as u8;
                    slot[1..=n].copy_from_slice(&data[..n]);
                }
            }
            code => {
                for k in 0..item.count {
                    let value = next.next().cloned().unwrap_or(Value::None);
                    let bytes = pack_one(vm, code, item.size, layout.native, &value)?;
                    let at = item.offset + k * item.size;
                    let mut bytes = bytes;
                    if layout.order == Order::Big {
                        bytes.reverse();
                    }
                    out[at..at + item.size].copy_from_slice(&bytes);
                }
            }
        }
    }
    Ok(out)
}

/// One value's little-endian bytes.
fn pack_one(vm: &mut Vm, code: u8, size: usize, native: bool, value: &Value) -> PyResult<Vec<u8>> {
    Ok(match code {
        b'c' => match data_of(value) {
            Some(data) if data.len() == 1 => data,
            _ => {
                return Err(error(vm, "char format requires a bytes object of length 1"));
            }
        },
        b'?' => vec![u8::from(crate::ops::truthy_vm(vm, value)?)],
        b'e' => {
            let x = float_argument(vm, value)?;
            let bits = to_half(x).ok_or_else(|| {
                PyErr::new(
                    ExcKind::OverflowError,
                    "float too large to pack with e format",
                )
            })?;
            bits.to_le_bytes().to_vec()
        }
        b'f' => {
            let x = float_argument(vm, value)?;
            let narrow = x as f32;
            if narrow.is_infinite() && x.is_finite() {
                return Err(PyErr::new(
                    ExcKind::OverflowError,
                    "float too large to pack with f format",
                ));
            }
            narrow.to_le_bytes().to_vec()
        }
        b'd' => float_argument(vm, value)?.to_le_bytes().to_vec(),
        _ => {
            let n = integer_argument(vm, value)?;
            integer_bytes(vm, code, size, native, &n)?
        }
    })
}

fn unpack_values(vm: &mut Vm, layout: &Layout, data: &[u8]) -> PyResult<Value> {
    if data.len() != layout.size {
        return Err(error(
            vm,
            format!("unpack requires a buffer of {} bytes", layout.size),
        ));
    }
    let mut out = Vec::with_capacity(layout.arity());
    for item in &layout.items {
        match item.code {
            b'x' => {}
            b's' => out.push(new_bytes(
                data[item.offset..item.offset + item.count].to_vec(),
            )),
            b'p' => {
                let slot = &data[item.offset..item.offset + item.count];
                let n = slot
                    .first()
                    .map_or(0, |n| usize::from(*n))
                    .min(item.count.saturating_sub(1));
                out.push(new_bytes(slot.get(1..=n).unwrap_or(&[]).to_vec()));
            }
            code => {
                for k in 0..item.count {
                    let at = item.offset + k * item.size;
                    let mut bytes = data[at..at + item.size].to_vec();
                    if layout.order == Order::Big {
                        bytes.reverse();
                    }
                    out.push(unpack_one(code, &bytes));
                }
            }
        }
    }
    Ok(Value::tuple(out))
}

/// One value from its little-endian bytes.
fn unpack_one(code: u8, bytes: &[u8]) -> Value {
    match code {
        b'c' => new_bytes(bytes.to_vec()),
        b'?' => Value::bool(bytes[0] != 0),
        b'e' => Value::float(from_half(u16::from_le_bytes([bytes[0], bytes[1]]))),
        b'f' => Value::float(f64::from(f32::from_le_bytes([
            bytes[0], bytes[1], bytes[2], bytes[3],
        ]))),
        b'd' => {
            let mut word = [0u8; 8];
            word.copy_from_slice(bytes);
            Value::float(f64::from_le_bytes(word))
        }
        c if c.is_ascii_lowercase() => int::normalize(BigInt::from_signed_bytes_le(bytes)),
        _ => int::normalize(BigInt::from_bytes_le(num_bigint::Sign::Plus, bytes)),
    }
}

fn format_and_rest<'a>(
    name: &str,
    args: &'a [Value],
    kw: &[Value],
) -> PyResult<(&'a Value, &'a [Value])> {
    if !kw.is_empty() {
        return Err(type_error(format!("{name}() takes no keyword arguments")));
    }
    args.split_first().ok_or_else(|| {
        type_error(format!(
            "{name}() missing required argument 'format' (pos 1)"
        ))
    })
}

fn buffer_argument(vm: &mut Vm, value: &Value) -> PyResult<Vec<u8>> {
    let _ = vm;
    data_of(value).ok_or_else(|| {
        type_error(format!(
            "a bytes-like object is required, not '{}'",
            value.type_name()
        ))
    })
}

fn pack(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (format, values) = format_and_rest("pack", args, kw)?;
    let layout = parse(vm, format)?;
    pack_values(vm, &layout, values).map(new_bytes)
}

fn unpack(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (format, rest) = format_and_rest("unpack", args, kw)?;
    let [buffer] = rest else {
        return Err(type_error(format!(
            "unpack expected 2 arguments, got {}",
            args.len()
        )));
    };
    let layout = parse(vm, format)?;
    let data = buffer_argument(vm, buffer)?;
    unpack_values(vm, &layout, &data)
}

fn calcsize(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (format, _) = format_and_rest("calcsize", args, kw)?;
    let layout = parse(vm, format)?;
    Ok(Value::Int(layout.size as i64))
}

fn offset_argument(
    vm: &mut Vm,
    value: &Value,
    len: usize,
    size: usize,
    unpacking: bool,
) -> PyResult<usize> {
    let offset = integer_argument(vm, value)?;
    let offset = i64::try_from(&offset).unwrap_or(i64::MAX);
    let at = if offset < 0 {
        offset + len as i64
    } else {
        offset
    };
    if at < 0 {
        return Err(error(
            vm,
            format!("offset {offset} out of range for {len}-byte buffer"),
        ));
    }
    let at = at as usize;
    if at + size > len {
        let message = if unpacking {
            format!(
                "unpack_from requires a buffer of at least {} bytes for unpacking {size} bytes at offset {at} (actual buffer size is {len})",
                at + size
            )
        } else {
            format!(
                "pack_into requires a buffer of at least {} bytes for packing {size} bytes at offset {at} (actual buffer size is {len})",
                at + size
            )
        };
        return Err(error(vm, message));
    }
    Ok(at)
}

fn unpack_from(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [format, buffer, offset] =
        super::super::args::bind("unpack_from", &["format", "buffer", "offset"], args, kw)?;
    let (Some(format), Some(buffer)) = (format, buffer) else {
        return Err(type_error("unpack_from() missing required argument"));
    };
    let layout = parse(vm, format)?;
    let data = buffer_argument(vm, buffer)?;
    let at = match offset {
        Some(offset) => offset_argument(vm, offset, data.len(), layout.size, true)?,
        None => {
            if data.len() < layout.size {
                return Err(error(
                    vm,
                    format!(
                        "unpack_from requires a buffer of at least {} bytes for unpacking {} bytes at offset 0 (actual buffer size is {})",
                        layout.size,
                        layout.size,
                        data.len()
                    ),
                ));
            }
            0
        }
    };
    unpack_values(vm, &layout, &data[at..at + layout.size])
}

fn pack_into(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (format, rest) = format_and_rest("pack_into", args, kw)?;
    let [buffer, offset, values @ ..] = rest else {
        return Err(type_error("pack_into expected buffer and offset arguments"));
    };
    let layout = parse(vm, format)?;
    let packed = pack_values(vm, &layout, values)?;
    let Some(target) = bytearray_of(buffer) else {
        return Err(type_error(format!(
            "argument must be read-write bytes-like object, not {}",
            buffer.type_name()
        )));
    };
    let len = target.borrow().len();
    let at = offset_argument(vm, offset, len, layout.size, false)?;
    target.borrow_mut()[at..at + layout.size].copy_from_slice(&packed);
    Ok(Value::None)
}

fn iter_unpack(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (format, rest) = format_and_rest("iter_unpack", args, kw)?;
    let [buffer] = rest else {
        return Err(type_error(format!(
            "iter_unpack expected 2 arguments, got {}",
            args.len()
        )));
    };
    let layout = parse(vm, format)?;
    let data = buffer_argument(vm, buffer)?;
    if layout.size == 0 {
        return Err(error(
            vm,
            "cannot iteratively unpack with a struct of length 0",
        ));
    }
    if data.len() % layout.size != 0 {
        return Err(error(
            vm,
            format!(
                "iterative unpacking requires a buffer of a multiple of {} bytes",
                layout.size
            ),
        ));
    }
    let mut items = Vec::new();
    for chunk in data.chunks(layout.size) {
        items.push(unpack_values(vm, &layout, chunk)?);
    }
    crate::ops::get_iter(vm, Value::tuple(items))
}

pub static FUNCTIONS: &[BuiltinFn] = &[
    BuiltinFn {
        name: "pack",
        call: pack,
    },
    BuiltinFn {
        name: "unpack",
        call: unpack,
    },
    BuiltinFn {
        name: "calcsize",
        call: calcsize,
    },
    BuiltinFn {
        name: "pack_into",
        call: pack_into,
    },
    BuiltinFn {
        name: "unpack_from",
        call: unpack_from,
    },
    BuiltinFn {
        name: "iter_unpack",
        call: iter_unpack,
    },
];
