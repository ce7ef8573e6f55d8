//! Text conversions: `repr()` and `str()` of every value (with CPython's `[...]` for a list that
//! contains itself and a depth guard so deep nesting raises RecursionError instead of
//! overflowing), and the float digits shared by `%`-formatting and `format()`.

use super::alloc;
use super::exception::{ExcKind, PyErr, PyResult};
use super::float_digits;
use super::{Value, float, int};
use crate::vm::Vm;

/// Containers nested deeper than this make `repr` raise RecursionError, as CPython's does.
const MAX_REPR_DEPTH: usize = 1000;

/// Starts the repr of a container: false (with `again` written) when the container is being
/// printed already (it contains itself), RecursionError past the depth limit, else true with
/// the container marked until the caller pops it from `visiting`.
fn enter(
    visiting: &mut Vec<*const ()>,
    id: *const (),
    again: &str,
    out: &mut String,
) -> PyResult<bool> {
    if visiting.contains(&id) {
        out.push_str(again);
        return Ok(false);
    }
    if visiting.len() >= MAX_REPR_DEPTH {
        return Err(too_deep());
    }
    visiting.push(id);
    Ok(true)
}

fn write_repr(
    vm: &mut Option<&mut Vm>,
    out: &mut String,
    value: &Value,
    visiting: &mut Vec<*const ()>,
) -> PyResult<()> {
    match value {
        Value::Null => out.push_str("<NULL>"),
        Value::None => out.push_str("None"),
        Value::Bool(b) => out.push_str(if **b { "True" } else { "False" }),

        Value::Int(i) => out.push_str(int::decimal_i64(*i, &mut [0; 20])),
        Value::BigInt(b) => alloc::push_text(out, &int::big_to_decimal(b)?)?,
        Value::Float(f) => out.push_str(&float::repr(**f)),
        Value::Str(s) => alloc::push_text(out, &s.repr())?,
        Value::List(list) => {
            if !enter(
                visiting,
                std::rc::Rc::as_ptr(list) as *const (),
                "[...]",
                out,
            )? {
                return Ok(());
            }
            out.push('[');
            // One item at a time, re-checking the length: an item's `__repr__` may change
            // the list (CPython prints what is left).
            let mut result = Ok(());
            let mut i = 0;
            // (The item is fetched in a statement of its own so the borrow ends before the
            // item's `__repr__` runs.)
            while let Some(item) = super::object::Items::item(&**list, i) {
                if let Err(err) = alloc::reserve_text(out, 32) {
                    result = Err(err);
                    break;
                }
                if i > 0 {
                    out.push_str(", ");
                }
                if let Err(err) = write_repr(vm, out, &item, visiting) {
                    result = Err(err);
                    break;
                }
                i += 1;
            }
            out.push(']');
            visiting.pop();
            result?;
        }
        Value::Tuple(items) => {
            // A tuple reached again through a list it holds prints as `(...)`, as CPython's.
            if !enter(
                visiting,
                std::rc::Rc::as_ptr(items) as *const (),
                "(...)",
                out,
            )? {
                return Ok(());
            }
            out.push('(');
            let result = write_items(vm, out, items, visiting);
            if items.len() == 1 {
                out.push(',');
            }
            out.push(')');
            visiting.pop();
            result?;
        }
        Value::Dict(dict) => {
            if !enter(
                visiting,
                std::rc::Rc::as_ptr(dict) as *const (),
                "{...}",
                out,
            )? {
                return Ok(());
            }
            out.push('{');
            let result = write_pairs(vm, out, &dict.items_snapshot(), visiting);
            out.push('}');
            visiting.pop();
            result?;
        }
        Value::Set(set) | Value::FrozenSet(set) => {
            let frozen = matches!(value, Value::FrozenSet(_));
            let keys = set.keys_snapshot();
            match (frozen, keys.is_empty()) {
                (false, true) => out.push_str("set()"),
                (true, true) => out.push_str("frozenset()"),
                _ => {
                    if visiting.len() >= MAX_REPR_DEPTH {
                        return Err(too_deep());
                    }
                    visiting.push(std::rc::Rc::as_ptr(set) as *const ());
                    out.push_str(if frozen { "frozenset({" } else { "{" });
                    let result = write_items(vm, out, &keys, visiting);
                    out.push_str(if frozen { "})" } else { "}" });
                    visiting.pop();
                    result?;
                }
            }
        }
        Value::DictView(view) => {
            use super::dict::ViewKind;
            out.push_str(view.type_name());
            if !enter(
                visiting,
                std::rc::Rc::as_ptr(view) as *const (),
                "(...)",
                out,
            )? {
                return Ok(());
            }
            let items: Vec<Value> = match view.kind {
                ViewKind::Keys => view.dict.keys_snapshot(),
                ViewKind::Values => view
                    .dict
                    .items_snapshot()
                    .into_iter()
                    .map(|(_, v)| v)
                    .collect(),
                ViewKind::Items => view
                    .dict
                    .items_snapshot()
                    .into_iter()
                    .map(|(k, v)| Value::tuple(vec![k, v]))
                    .collect(),
            };
            out.push_str("([");
            let result = write_items(vm, out, &items, visiting);
            out.push_str("])");
            visiting.pop();
            result?;
        }
        Value::Range(r) => {
            if r.step == 1 {
                out.push_str(&format!("range({}, {})", r.start, r.stop));
            } else {
                out.push_str(&format!("range({}, {}, {})", r.start, r.stop, r.step));
            }
        }
        Value::Slice(slice) => {
            if visiting.len() >= MAX_REPR_DEPTH {
                return Err(too_deep());
            }
            visiting.push(std::rc::Rc::as_ptr(slice) as *const ());
            let result = write_slice(vm, out, slice, visiting);
            visiting.pop();
            result?;
        }
        Value::Iter(it) => out.push_str(&format!(
            "<{} object at {:p}>",
            it.borrow().type_name(),
            std::rc::Rc::as_ptr(it)
        )),
        Value::Function(f) => {
            let qualname = super::function_attrs::qualname(f);
            let qualname = match &qualname {
                Value::Str(text) => text.as_str(),
                _ => "?",
            };
            out.push_str(&format!(
                "<function {} at {:p}>",
                qualname,
                std::rc::Rc::as_ptr(f)
            ));
        }
        Value::Builtin(b) => out.push_str(&format!("<built-in function {}>", b.name)),
        Value::Method(m) => {
            out.push_str(&format!("<method '{}' of '{}' objects>", m.name, m.owner))
        }
        Value::BoundMethod(bound) => {
            let (receiver, method) = &**bound;
            out.push_str(&format!(
                "<built-in method {} of {} object at {:p}>",
                method.name,
                receiver.type_name(),
                std::rc::Rc::as_ptr(bound)
            ))
        }
        Value::PyMethod(method) => {
            out.push_str("<bound method ");
            out.push_str(&method.func.code.qualname);
            out.push_str(" of ");
            write_repr(vm, out, &method.receiver, visiting)?;
            out.push('>');
        }
        Value::Module(m) => out.push_str(&module_repr(m)),
        Value::Code(c) => out.push_str(&format!(
            "<code object {} at {:p}, file \"{}\", line {}>",
            c.name,
            std::rc::Rc::as_ptr(c),
            c.filename,
            c.first_line
        )),
        Value::Cell(cell) => out.push_str(&format!("<cell at {:p}>", std::rc::Rc::as_ptr(cell))),
        Value::Type(ty) if ty.metaclass.is_none() || vm.is_none() => {
            out.push_str(&type_repr(ty));
        }
        Value::Type(_) | Value::Instance(_) => match vm {
            Some(vm) => {
                if visiting.len() >= MAX_REPR_DEPTH {
                    return Err(too_deep());
                }
                let text = super::protocol::instance_repr(vm, value)?;
                alloc::push_text(out, &text)?;
            }
            None => out.push_str(&super::class::default_repr(value)),
        },
        Value::Native(native) => write_native(vm, out, native, visiting)?,
    }
    Ok(())
}

fn write_slice(
    vm: &mut Option<&mut Vm>,
    out: &mut String,
    slice: &super::slice::PySlice,
    visiting: &mut Vec<*const ()>,
) -> PyResult<()> {
    out.push_str("slice(");
    write_repr(vm, out, &slice.start, visiting)?;
    out.push_str(", ");
    write_repr(vm, out, &slice.stop, visiting)?;
    out.push_str(", ");
    write_repr(vm, out, &slice.step, visiting)?;
    out.push(')');
    Ok(())
}

fn write_items(
    vm: &mut Option<&mut Vm>,
    out: &mut String,
    items: &[Value],
    visiting: &mut Vec<*const ()>,
) -> PyResult<()> {
    for (i, item) in items.iter().enumerate() {
        // Room for the separator and a short item, grown fallibly: the repr of a huge list
        // is a MemoryError, not an abort.
        alloc::reserve_text(out, 32)?;
        if i > 0 {
            out.push_str(", ");
        }
        write_repr(vm, out, item, visiting)?;
    }
    Ok(())
}

/// `k: v, k: v` for a dict's repr.
fn write_pairs(
    vm: &mut Option<&mut Vm>,
    out: &mut String,
    pairs: &[(Value, Value)],
    visiting: &mut Vec<*const ()>,
) -> PyResult<()> {
    for (i, (key, value)) in pairs.iter().enumerate() {
        alloc::reserve_text(out, 32)?;
        if i > 0 {
            out.push_str(", ");
        }
        write_repr(vm, out, key, visiting)?;
        out.push_str(": ");
        write_repr(vm, out, value, visiting)?;
    }
    Ok(())
}

fn too_deep() -> PyErr {
    PyErr::new(
        ExcKind::RecursionError,
        "maximum recursion depth exceeded while getting the repr of an object",
    )
}

/// The repr of `property`, `classmethod`, `staticmethod`, `super` and `NotImplemented`.
fn write_native(
    vm: &mut Option<&mut Vm>,
    out: &mut String,
    native: &std::rc::Rc<super::descriptors::NativeObject>,
    visiting: &mut Vec<*const ()>,
) -> PyResult<()> {
    use super::descriptors::NativeObject;
    let address = std::rc::Rc::as_ptr(native);
    match &**native {
        NativeObject::Property(_) => out.push_str(&format!("<property object at {address:p}>")),
        NativeObject::ClassMethod(inner) | NativeObject::StaticMethod(inner) => {
            out.push_str(&format!("<{} object at {address:p}>", native.type_name()));
            let _ = (inner, vm, visiting);
        }
        NativeObject::Super(sup) => {
            out.push_str(&format!("<super: <class '{}'>, <", sup.this_class.name));
            out.push_str(sup.object.type_name());
            out.push_str(" object>>");
        }
        NativeObject::NotImplemented => out.push_str("NotImplemented"),
        NativeObject::Ellipsis => out.push_str("Ellipsis"),
        NativeObject::Generator(generator) => {
            out.push_str(&super::generator::repr(native, generator));
        }
        NativeObject::Frame(_) => out.push_str(&format!("<frame at {address:p}>")),
        NativeObject::Stream(stream) => out.push_str(&super::streams::repr(*stream)),
        NativeObject::Complex(c) => out.push_str(&super::complex::repr(*c)),
        NativeObject::Bytes(data) => {
            out.push_str(&super::bytes::repr(super::bytes::Kind::Bytes, data))
        }
        NativeObject::ByteArray(data) => out.push_str(&super::bytes::repr(
            super::bytes::Kind::ByteArray,
            &data.borrow(),
        )),
        NativeObject::Source(code) => out.push_str(&format!(
            "<code object <module> at {address:p}, file \"{}\", line 1>",
            code.filename
        )),
        NativeObject::Deque(deque) => {
            if !enter(visiting, address as *const (), "[...]", out)? {
                return Ok(());
            }
            out.push_str("deque([");
            let result = write_items(vm, out, &deque.snapshot(), visiting);
            out.push(']');
            if let Some(maxlen) = deque.maxlen {
                out.push_str(&format!(", maxlen={maxlen}"));
            }
            out.push(')');
            visiting.pop();
            result?;
        }
        NativeObject::Exception(_) | NativeObject::Traceback(_) => {
            out.push_str(&format!("<{} object at {address:p}>", native.type_name()));
        }
        NativeObject::Member(member) => out.push_str(&format!(
            "<member '{}' of '{}' objects>",
            member.name.as_str(),
            member.owner
        )),
    }
    Ok(())
}

/// `repr(value)`.
pub fn repr(vm: &mut Vm, value: &Value) -> PyResult<String> {
    let mut out = String::new();
    write_repr(&mut Some(vm), &mut out, value, &mut Vec::new())?;
    Ok(out)
}

/// `repr` for contexts that cannot raise (the disassembler); deep nesting shows as `...`.
pub fn repr_plain(value: &Value) -> String {
    let mut out = String::new();
    if write_repr(&mut None, &mut out, value, &mut Vec::new()).is_err() {
        out.push_str("...");
    }
    out
}

/// `type.__repr__`: `<class 'module.Qualname'>` (just the name for built-in types).
pub fn type_repr(ty: &super::types::PyType) -> String {
    if &*ty.module != "builtins" {
        format!("<class '{}.{}'>", ty.module, ty.qualname)
    } else {
        format!("<class '{}'>", ty.name)
    }
}

/// `str(value)`.
pub fn to_str(vm: &mut Vm, value: &Value) -> PyResult<String> {
    match value {
        Value::Str(s) => Ok(s.as_str().to_string()),
        Value::Instance(_) => super::protocol::instance_str(vm, value),
        Value::Type(ty) if ty.metaclass.is_some() => super::protocol::instance_str(vm, value),
        other => repr(vm, other),
    }
}

/// `ascii()` of a repr: every non-ASCII character as `\xNN`, `\uNNNN` or `\UNNNNNNNN`.
pub(crate) fn ascii_escaped(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let code = c as u32;
        match code {
            0..=0x7F => out.push(c),
            0x80..=0xFF => out.push_str(&format!("\\x{code:02x}")),
            0x100..=0xFFFF => out.push_str(&format!("\\u{code:04x}")),
            _ => out.push_str(&format!("\\U{code:08x}")),
        }
    }
    out
}

/// Every double is a multiple of 2**-1074, so its exact decimal expansion has at most this many
/// digits after the point: `%f` digits past it are zeros.
const EXACT_FRACTION_DIGITS: usize = 1074;

/// No double's exact decimal expansion has more significant digits than this (767 is the
/// most): `%e` digits past it are zeros.
const EXACT_SIGNIFICANT_DIGITS: usize = 800;

/// `x` (finite, non-negative) with `precision` digits after the point, correctly rounded (ties
/// to even on the exact value, as CPython's dtoa). Rust's formatter takes precisions up to
/// `u16::MAX` only, so digits past the exact expansion are appended as zeros.
fn fixed(x: f64, precision: usize) -> PyResult<String> {
    if let Some(text) = float_digits::fixed(x, precision) {
        return Ok(text);
    }
    let shown = precision.min(EXACT_FRACTION_DIGITS);
    let exact = format!("{x:.shown$}");
    let mut text = alloc::text_with_capacity(exact.len().saturating_add(precision - shown))?;
    text.push_str(&exact);
    alloc::push_repeated(&mut text, '0', precision - shown)?;
    Ok(text)
}

/// `x` (finite, non-negative) as `d.ddd` with `precision` digits after the point, and its
/// decimal exponent.
fn scientific(x: f64, precision: usize) -> PyResult<(String, i32)> {
    if let Some(exact) = float_digits::scientific(x, precision) {
        return Ok(exact);
    }
    let shown = precision.min(EXACT_SIGNIFICANT_DIGITS);
    let exact = format!("{x:.shown$e}");
    let (mantissa, exponent) = exact.split_once('e').unwrap_or((&exact, "0"));
    let mut text = alloc::text_with_capacity(mantissa.len().saturating_add(precision - shown))?;
    text.push_str(mantissa);
    alloc::push_repeated(&mut text, '0', precision - shown)?;
    Ok((text, exponent.parse().unwrap_or(0)))
}

/// The decimal exponent `x` (finite, non-negative) has once rounded to `significant` digits.
fn rounded_exponent(x: f64, significant: usize) -> i32 {
    if let Some((_, exponent)) = float_digits::significant(x, significant) {
        return exponent;
    }
    let shown = significant.clamp(1, EXACT_SIGNIFICANT_DIGITS) - 1;
    let text = format!("{x:.shown$e}");
    text.split_once('e')
        .and_then(|(_, e)| e.parse().ok())
        .unwrap_or(0)
}

/// Appends `%e`'s exponent: at least two digits, always signed.
fn push_exponent(text: &mut String, exponent: i32, upper: bool) {
    text.push(if upper { 'E' } else { 'e' });
    text.push(if exponent < 0 { '-' } else { '+' });
    text.push_str(&format!("{:02}", exponent.unsigned_abs()));
}

/// The alternate form (`#`) always shows a decimal point.
fn ensure_point(text: &mut String, alternate: bool) {
    if alternate && !text.contains('.') {
        text.push('.');
    }
}

/// Formats a non-negative float for `%e %f %g` (and their upper-case forms), with CPython's
/// digits for any precision a format string can ask for.
pub fn format_float(
    x: f64,
    conversion: char,
    precision: usize,
    alternate: bool,
) -> PyResult<String> {
    let upper = conversion.is_ascii_uppercase();
    if !x.is_finite() {
        let text = if x.is_nan() { "nan" } else { "inf" };
        return Ok(if upper {
            text.to_uppercase()
        } else {
            text.to_string()
        });
    }
    match conversion.to_ascii_lowercase() {
        'f' => {
            let mut text = fixed(x, precision)?;
            ensure_point(&mut text, alternate);
            Ok(text)
        }
        'e' => {
            let (mut text, exponent) = scientific(x, precision)?;
            ensure_point(&mut text, alternate);
            push_exponent(&mut text, exponent, upper);
            Ok(text)
        }
        _ => general_float(x, precision, alternate, false, upper),
    }
}

/// `%g` (and `format`'s `g`/`n`): `precision` significant digits, fixed or scientific notation
/// by the rounded exponent, trailing zeros stripped unless `alternate`. `add_dot_0` is
/// `format`'s no-type form with a precision (CPython's `Py_DTSF_ADD_DOT_0`): scientific from one
/// digit earlier, and an integral result keeps a `.0`.
pub fn general_float(
    x: f64,
    precision: usize,
    alternate: bool,
    add_dot_0: bool,
    upper: bool,
) -> PyResult<String> {
    if !x.is_finite() {
        return format_float(x, if upper { 'G' } else { 'g' }, precision, alternate);
    }
    // Without `#` trailing zeros are stripped, and past the exact expansion every further
    // digit is a zero (whose count cannot change the notation chosen: a double's exponent is
    // below 309), so the work is capped.
    let mut p = precision.max(1);
    if !alternate {
        p = p.min(EXACT_SIGNIFICANT_DIGITS);
    }
    let exponent = rounded_exponent(x, p);
    let limit = if add_dot_0 { p as i64 - 1 } else { p as i64 };
    let use_fixed = -4 <= exponent && (exponent as i64) < limit;
    let mut text = if use_fixed {
        fixed(x, (p as i64 - 1 - exponent as i64) as usize)?
    } else {
        scientific(x, p - 1)?.0
    };
    if alternate {
        ensure_point(&mut text, true);
    } else if text.contains('.') {
        let kept = text.trim_end_matches('0').trim_end_matches('.').len();
        text.truncate(kept);
    }
    if use_fixed && add_dot_0 && !text.contains('.') {
        text.push_str(".0");
    }
    if !use_fixed {
        push_exponent(&mut text, exponent, upper);
    }
    Ok(text)
}

/// `repr(module)`: where the module came from, as CPython 3.11 shows it.
fn module_repr(module: &super::function::Module) -> String {
    let name = &module.name;
    match (module.get_attr("__file__"), module.get_attr("__path__")) {
        (Some(Value::Str(file)), _) => format!("<module '{name}' from '{}'>", file.as_str()),
        (Some(Value::None), Some(path)) => {
            format!("<module '{name}' (namespace) from {}>", repr_plain(&path))
        }
        _ if super::modules::is_bundled(name) => format!("<module '{name}' (frozen)>"),
        _ => format!("<module '{name}' (built-in)>"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn formatted(x: f64, conversion: char, precision: usize, alternate: bool) -> String {
        format_float(x, conversion, precision, alternate).expect("fits in memory")
    }

    #[test]
    fn general_format_matches_printf() {
        assert_eq!(formatted(1234567.0, 'g', 6, false), "1.23457e+06");
        assert_eq!(formatted(0.0001, 'g', 6, false), "0.0001");
        assert_eq!(formatted(100.0, 'g', 6, false), "100");
        assert_eq!(formatted(2.5, 'f', 0, false), "2");
        assert_eq!(formatted(12345.678, 'e', 3, false), "1.235e+04");
        assert_eq!(formatted(2.5, 'e', 0, true), "2.e+00");
        assert_eq!(formatted(100.0, 'g', 3, true), "100.");
    }

    #[test]
    fn precision_beyond_rusts_formatter_gives_the_exact_expansion() {
        let text = formatted(0.1, 'f', 70_000, false);
        assert_eq!(text.len(), 70_002);
        assert!(text.starts_with("0.1000000000000000055511151231257827021181583404541015625000"));
        assert!(text.ends_with("0000"));
        let sci = formatted(1e300, 'e', 70_000, false);
        assert!(sci.starts_with("1.0000000000000000525047602552044202487"));
        assert!(sci.ends_with("0e+300"));
        assert_eq!(
            formatted(0.1, 'g', 70_000, false),
            "0.1000000000000000055511151231257827021181583404541015625"
        );
    }
}
