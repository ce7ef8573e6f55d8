//! The `str` methods of padding, tabs, titles and translation: `center`, `ljust`, `rjust`,
//! `zfill`, `expandtabs`, `title`, `istitle`, `casefold`, `isascii`, `isidentifier`,
//! `removeprefix`, `removesuffix`, `maketrans` and `translate`, with CPython 3.11's argument
//! errors. (The other `str` methods are in `str_methods`.)

use std::rc::Rc;

use super::args::no_keywords;
use super::dict::PyDict;
use super::exception::{PyResult, type_error, value_error};
use super::function::BuiltinMethod;
use super::str::PyStr;
use super::{ExcKind, Value, args};
use crate::vm::Vm;

const fn method(name: &'static str, call: super::function::MethodCall) -> BuiltinMethod {
    BuiltinMethod {
        name,
        owner: "str",
        call,
        keywords: true,
    }
}

// ----- the layouts str and bytes share (over code points or bytes) ---------------------------

/// `items` padded to `width` with `fill`, as `center`, `ljust` or `rjust` (`how`) pad them;
/// the result is allocated fallibly (MemoryError for absurd widths).
pub(crate) fn padded<T: Copy>(items: &[T], width: usize, fill: T, how: &str) -> PyResult<Vec<T>> {
    let room = width.saturating_sub(items.len());
    let left = match how {
        "ljust" => 0,
        "rjust" => room,
        // CPython's centring puts the odd fill item on the left when the width is odd.
        _ => room / 2 + (room & width & 1),
    };
    let mut out = super::alloc::items_with_capacity(items.len() + room)?;
    out.extend(std::iter::repeat_n(fill, left));
    out.extend_from_slice(items);
    out.extend(std::iter::repeat_n(fill, room - left));
    Ok(out)
}

/// `zfill(width)`: zeros after a leading sign (one of `signs`), up to `width`.
pub(crate) fn zero_filled<T: Copy + PartialEq>(
    items: &[T],
    width: usize,
    zero: T,
    signs: [T; 2],
) -> PyResult<Vec<T>> {
    let room = width.saturating_sub(items.len());
    let sign = usize::from(items.first().is_some_and(|first| signs.contains(first)));
    let mut out = super::alloc::items_with_capacity(items.len() + room)?;
    out.extend_from_slice(&items[..sign]);
    out.extend(std::iter::repeat_n(zero, room));
    out.extend_from_slice(&items[sign..]);
    Ok(out)
}

/// `expandtabs(tabsize)`: each `tab` becomes spaces up to the next multiple of `tabsize`,
/// columns counted from the last of `breaks` (`\n`, `\r`).
pub(crate) fn tabs_expanded<T: Copy + PartialEq>(
    items: &[T],
    tabsize: i64,
    tab: T,
    breaks: [T; 2],
    space: T,
) -> PyResult<Vec<T>> {
    let mut out = super::alloc::items_with_capacity(items.len())?;
    let mut column: i64 = 0;
    for &item in items {
        if item == tab {
            if tabsize > 0 {
                let spaces = tabsize - column % tabsize;
                super::alloc::reserve_items(&mut out, spaces as usize)?;
                out.extend(std::iter::repeat_n(space, spaces as usize));
                column += spaces;
            }
        } else {
            out.push(item);
            column = if breaks.contains(&item) {
                0
            } else {
                column + 1
            };
        }
    }
    Ok(out)
}

fn from_points(points: Vec<u32>) -> Value {
    Value::Str(Rc::new(PyStr::from_code_points(points)))
}

/// Methods of `str` values (appended to the main table's lookups).
pub static STR_LAYOUT_METHODS: &[BuiltinMethod] = &[
    method("center", center),
    method("ljust", ljust),
    method("rjust", rjust),
    method("zfill", zfill),
    method("expandtabs", expandtabs),
    method("title", title),
    method("istitle", istitle),
    method("casefold", casefold),
    method("isascii", isascii),
    method("isidentifier", isidentifier),
    method("removeprefix", removeprefix),
    method("removesuffix", removesuffix),
    method("translate", translate),
    method("maketrans", maketrans),
];

/// Reached through the type itself (`str.maketrans(...)`).
pub static STR_TYPE_METHODS: &[BuiltinMethod] = &[method("maketrans", maketrans)];

fn text(this: &Value) -> PyResult<Rc<PyStr>> {
    match this {
        Value::Str(s) => Ok(s.clone()),
        other => match super::protocol::native_of(other) {
            Some(Value::Str(s)) => Ok(s.clone()),
            _ => Err(type_error(format!(
                "descriptor requires a 'str' object but received a '{}'",
                other.type_name()
            ))),
        },
    }
}

fn width_argument(name: &str, args: &[Value], most: usize) -> PyResult<usize> {
    if args.is_empty() || args.len() > most {
        return Err(type_error(if most == 1 {
            format!("{name}() takes exactly one argument ({} given)", args.len())
        } else {
            format!("{name} expected at least 1 argument, got {}", args.len())
        }));
    }
    Ok(args::to_index(&args[0])?.max(0) as usize)
}

fn fill_argument(args: &[Value]) -> PyResult<char> {
    match args.get(1) {
        None => Ok(' '),
        Some(Value::Str(s)) if s.char_len() == 1 => Ok(s.as_str().chars().next().unwrap_or(' ')),
        Some(Value::Str(_)) => Err(type_error(
            "The fill character must be exactly one character long",
        )),
        Some(other) => Err(type_error(format!(
            "The fill character must be a unicode character, not {}",
            other.type_name()
        ))),
    }
}

fn pad(name: &str, this: &Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_keywords(name, kw)?;
    let width = width_argument(name, args, 2)?;
    let fill = fill_argument(args)?;
    let text = text(this)?;
    if width <= text.char_len() {
        return Ok(Value::Str(text));
    }
    let points: Vec<u32> = text.code_points().collect();
    Ok(from_points(padded(&points, width, u32::from(fill), name)?))
}

fn center(_vm: &mut Vm, this: &Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    pad("center", this, args, kw)
}

fn ljust(_vm: &mut Vm, this: &Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    pad("ljust", this, args, kw)
}

fn rjust(_vm: &mut Vm, this: &Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    pad("rjust", this, args, kw)
}

fn zfill(_vm: &mut Vm, this: &Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_keywords("zfill", kw)?;
    let width = width_argument("zfill", args, 1)?;
    let text = text(this)?;
    if width <= text.char_len() {
        return Ok(Value::Str(text));
    }
    let points: Vec<u32> = text.code_points().collect();
    let signs = [u32::from('+'), u32::from('-')];
    Ok(from_points(zero_filled(
        &points,
        width,
        u32::from('0'),
        signs,
    )?))
}

fn expandtabs(_vm: &mut Vm, this: &Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [tabsize] = args::bind("expandtabs", &["tabsize"], args, kw)?;
    let tabsize = match tabsize {
        None => 8,
        Some(value) => args::to_index(value)?,
    };
    let points: Vec<u32> = text(this)?.code_points().collect();
    let breaks = [u32::from('\n'), u32::from('\r')];
    let expanded = tabs_expanded(&points, tabsize, u32::from('\t'), breaks, u32::from(' '))?;
    Ok(from_points(expanded))
}

fn is_cased(c: char) -> bool {
    c.is_lowercase() || c.is_uppercase()
}

fn title(_vm: &mut Vm, this: &Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_keywords("title", kw)?;
    args::no_arguments("str.title", args)?;
    let text = text(this)?;
    let mut out = String::with_capacity(text.as_str().len());
    let mut previous_cased = false;
    for c in text.as_str().chars() {
        if previous_cased {
            out.extend(c.to_lowercase());
        } else {
            out.extend(c.to_uppercase());
        }
        previous_cased = is_cased(c);
    }
    Ok(Value::string(out))
}

fn istitle(_vm: &mut Vm, this: &Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_keywords("istitle", kw)?;
    args::no_arguments("str.istitle", args)?;
    let text = text(this)?;
    let (mut cased, mut previous_cased) = (false, false);
    for c in text.as_str().chars() {
        if c.is_uppercase() {
            if previous_cased {
                return Ok(Value::bool(false));
            }
            previous_cased = true;
            cased = true;
        } else if c.is_lowercase() {
            if !previous_cased {
                return Ok(Value::bool(false));
            }
            previous_cased = true;
            cased = true;
        } else {
            previous_cased = false;
        }
    }
    Ok(Value::bool(cased))
}

/// `casefold()`: lower case with the full foldings of the characters whose fold differs from
/// their lower case (`ß` to `ss`, the `ﬀ` ligatures, final and other sigma to `σ`).
fn casefold(_vm: &mut Vm, this: &Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_keywords("casefold", kw)?;
    args::no_arguments("str.casefold", args)?;
    let text = text(this)?;
    let mut out = String::with_capacity(text.as_str().len());
    for c in text.as_str().chars() {
        match c {
            'ß' | 'ẞ' => out.push_str("ss"),
            'ς' => out.push('σ'),
            'ﬀ' => out.push_str("ff"),
            'ﬁ' => out.push_str("fi"),
            'ﬂ' => out.push_str("fl"),
            'ﬃ' => out.push_str("ffi"),
            'ﬄ' => out.push_str("ffl"),
            'ﬅ' | 'ﬆ' => out.push_str("st"),
            'µ' => out.push('μ'),
            _ => out.extend(c.to_lowercase()),
        }
    }
    Ok(Value::string(out))
}

fn isascii(_vm: &mut Vm, this: &Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_keywords("isascii", kw)?;
    args::no_arguments("str.isascii", args)?;
    Ok(Value::bool(text(this)?.is_ascii()))
}

fn isidentifier(_vm: &mut Vm, this: &Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_keywords("isidentifier", kw)?;
    args::no_arguments("str.isidentifier", args)?;
    let text = text(this)?;
    let mut chars = text.as_str().chars();
    let Some(first) = chars.next() else {
        return Ok(Value::bool(false));
    };
    let start = first == '_' || first.is_alphabetic();
    Ok(Value::bool(
        start && chars.all(|c| c == '_' || c.is_alphanumeric() || is_combining(c)),
    ))
}

/// Characters that may continue an identifier though not alphanumeric (combining marks and
/// connector punctuation), by their common ranges.
fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x203F | 0x2040 | 0x00B7 | 0x0387 | 0x1369..=0x1371)
}

fn affix(name: &str, this: &Value, args: &[Value], kw: &[Value], prefix: bool) -> PyResult<Value> {
    no_keywords(name, kw)?;
    let [affix] = args else {
        return Err(type_error(format!(
            "str.{name}() takes exactly one argument ({} given)",
            args.len()
        )));
    };
    let Value::Str(affix) = affix else {
        return Err(type_error(format!(
            "{name}() argument must be str, not {}",
            affix.type_name()
        )));
    };
    let text = text(this)?;
    let s = text.as_str();
    let stripped = if prefix {
        s.strip_prefix(affix.as_str())
    } else {
        s.strip_suffix(affix.as_str())
    };
    Ok(match stripped {
        Some(rest) if !affix.as_str().is_empty() => Value::str(rest),
        _ => Value::Str(text),
    })
}

fn removeprefix(_vm: &mut Vm, this: &Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    affix("removeprefix", this, args, kw, true)
}

fn removesuffix(_vm: &mut Vm, this: &Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    affix("removesuffix", this, args, kw, false)
}

fn code_of(value: &Value) -> PyResult<Value> {
    match value {
        Value::Str(s) if s.char_len() == 1 => {
            Ok(Value::Int(i64::from(s.code_points().next().unwrap_or(0))))
        }
        Value::Str(_) => Err(value_error(
            "string keys in translate table must be of length 1",
        )),
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => Ok(value.clone()),
        _ => Err(type_error(
            "keys in translate table must be strings or integers",
        )),
    }
}

/// `str.maketrans(x[, y[, z]])`: a dict from code points to code points, strings or None.
fn maketrans(vm: &mut Vm, _this: &Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_keywords("maketrans", kw)?;
    let table = Rc::new(PyDict::new());
    match args {
        [Value::Dict(mapping)] => {
            for (key, value) in mapping.items_snapshot() {
                table.insert(vm, code_of(&key)?, value)?;
            }
        }
        [_] => {
            return Err(type_error(
                "if you give only one argument to maketrans it must be a dict",
            ));
        }
        [from, to] | [from, to, _] => {
            let (Value::Str(from), Value::Str(to)) = (from, to) else {
                return Err(type_error("maketrans() argument 2 must be str"));
            };
            if from.char_len() != to.char_len() {
                return Err(value_error(
                    "the first two maketrans arguments must have equal length",
                ));
            }
            for (a, b) in from.code_points().zip(to.code_points()) {
                table.insert(vm, Value::Int(i64::from(a)), Value::Int(i64::from(b)))?;
            }
            if let [_, _, delete] = args {
                let Value::Str(delete) = delete else {
                    return Err(type_error(format!(
                        "maketrans() argument 3 must be str, not {}",
                        delete.type_name()
                    )));
                };
                for c in delete.code_points() {
                    table.insert(vm, Value::Int(i64::from(c)), Value::None)?;
                }
            }
        }
        _ => {
            return Err(type_error(format!(
                "maketrans() takes at most 3 arguments ({} given)",
                args.len()
            )));
        }
    }
    Ok(Value::Dict(table))
}

/// `str.translate(table)`: each character's code point looked up in `table` (any object with
/// `__getitem__`; a LookupError keeps the character).
fn translate(vm: &mut Vm, this: &Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_keywords("translate", kw)?;
    let [table] = args else {
        return Err(type_error(format!(
            "str.translate() takes exactly one argument ({} given)",
            args.len()
        )));
    };
    let text = text(this)?;
    let mut out: Vec<u32> = Vec::with_capacity(text.char_len());
    for point in text.code_points() {
        let key = Value::Int(i64::from(point));
        let mapped = match crate::ops::subscript(vm, 0, table.clone(), key) {
            Ok(value) => value,
            Err(err) if err.kind() == ExcKind::KeyError || err.kind() == ExcKind::IndexError => {
                out.push(point);
                continue;
            }
            Err(err) if err.kind() == ExcKind::LookupError => {
                out.push(point);
                continue;
            }
            Err(err) => return Err(err),
        };
        match &mapped {
            Value::None => {}
            Value::Int(n) => {
                if !(0..=0x10FFFF).contains(n) {
                    return Err(value_error("character mapping must be in range(0x110000)"));
                }
                out.push(*n as u32);
            }
            Value::Str(s) => out.extend(s.code_points()),
            _ => {
                return Err(type_error(
                    "character mapping must return integer, None or str",
                ));
            }
        }
    }
    Ok(Value::Str(Rc::new(PyStr::from_code_points(out))))
}
