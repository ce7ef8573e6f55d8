//! Built-in functions (`print`, `len`, `range`, ...) and the method tables of built-in types.
//! Each is a plain Rust fn in a static table; the compiler's global slots fall back to these.

use std::rc::Rc;

use super::exception::{PyErr, PyResult, type_error, value_error};
use super::function::{BuiltinFn, BuiltinMethod};
use super::object::{self, PyRange};
use super::{ExcKind, Value, float, int, str as pystr};
use crate::ops;
use crate::vm::Vm;

/// Every built-in function, by name.
pub static BUILTINS: &[BuiltinFn] = &[
    BuiltinFn {
        name: "print",
        call: builtin_print,
    },
    BuiltinFn {
        name: "len",
        call: builtin_len,
    },
    BuiltinFn {
        name: "range",
        call: builtin_range,
    },
    BuiltinFn {
        name: "abs",
        call: builtin_abs,
    },
    BuiltinFn {
        name: "min",
        call: builtin_min,
    },
    BuiltinFn {
        name: "max",
        call: builtin_max,
    },
    BuiltinFn {
        name: "int",
        call: builtin_int,
    },
    BuiltinFn {
        name: "float",
        call: builtin_float,
    },
    BuiltinFn {
        name: "str",
        call: builtin_str,
    },
    BuiltinFn {
        name: "repr",
        call: builtin_repr,
    },
    BuiltinFn {
        name: "bool",
        call: builtin_bool,
    },
    BuiltinFn {
        name: "list",
        call: builtin_list,
    },
    BuiltinFn {
        name: "tuple",
        call: builtin_tuple,
    },
    BuiltinFn {
        name: "sum",
        call: builtin_sum,
    },
];

pub fn lookup_builtin(name: &str) -> Value {
    BUILTINS
        .iter()
        .find(|b| b.name == name)
        .map_or(Value::Null, Value::Builtin)
}

static STR_METHODS: &[BuiltinMethod] = &[
    BuiltinMethod {
        name: "join",
        owner: "str",
        call: pystr::join,
    },
    BuiltinMethod {
        name: "strip",
        owner: "str",
        call: pystr::strip,
    },
    BuiltinMethod {
        name: "lstrip",
        owner: "str",
        call: pystr::lstrip,
    },
    BuiltinMethod {
        name: "rstrip",
        owner: "str",
        call: pystr::rstrip,
    },
    BuiltinMethod {
        name: "split",
        owner: "str",
        call: pystr::split,
    },
    BuiltinMethod {
        name: "upper",
        owner: "str",
        call: pystr::upper,
    },
    BuiltinMethod {
        name: "lower",
        owner: "str",
        call: pystr::lower,
    },
    BuiltinMethod {
        name: "replace",
        owner: "str",
        call: pystr::replace,
    },
    BuiltinMethod {
        name: "startswith",
        owner: "str",
        call: pystr::startswith,
    },
    BuiltinMethod {
        name: "endswith",
        owner: "str",
        call: pystr::endswith,
    },
    BuiltinMethod {
        name: "find",
        owner: "str",
        call: pystr::find,
    },
    BuiltinMethod {
        name: "count",
        owner: "str",
        call: pystr::count,
    },
];

static LIST_METHODS: &[BuiltinMethod] = &[
    BuiltinMethod {
        name: "append",
        owner: "list",
        call: object::list_append,
    },
    BuiltinMethod {
        name: "pop",
        owner: "list",
        call: object::list_pop,
    },
    BuiltinMethod {
        name: "extend",
        owner: "list",
        call: object::list_extend,
    },
    BuiltinMethod {
        name: "insert",
        owner: "list",
        call: object::list_insert,
    },
    BuiltinMethod {
        name: "index",
        owner: "list",
        call: object::list_index,
    },
    BuiltinMethod {
        name: "count",
        owner: "list",
        call: object::list_count,
    },
    BuiltinMethod {
        name: "reverse",
        owner: "list",
        call: object::list_reverse,
    },
];

/// The built-in method `name` of `value`'s type, if it has one.
pub fn find_method(value: &Value, name: &str) -> Option<&'static BuiltinMethod> {
    let table = match value {
        Value::Str(_) => STR_METHODS,
        Value::List(_) => LIST_METHODS,
        _ => return None,
    };
    table.iter().find(|m| m.name == name)
}

/// Splits a builtin's arguments into positional ones and (name, value) keyword pairs.
fn split_kwargs<'a>(
    args: &'a [Value],
    kwnames: &'a [Value],
) -> (&'a [Value], impl Iterator<Item = (&'a str, &'a Value)>) {
    let positional = &args[..args.len() - kwnames.len()];
    let keywords = kwnames
        .iter()
        .zip(&args[args.len() - kwnames.len()..])
        .map(|(name, value)| {
            let name = match name {
                Value::Str(s) => s.as_str(),
                _ => "",
            };
            (name, value)
        });
    (positional, keywords)
}

fn no_keywords(name: &str, kwnames: &[Value]) -> PyResult<()> {
    if kwnames.is_empty() {
        Ok(())
    } else {
        Err(type_error(format!("{name}() takes no keyword arguments")))
    }
}

fn exact_args<'a, const N: usize>(
    name: &str,
    args: &'a [Value],
    kwnames: &[Value],
) -> PyResult<&'a [Value; N]> {
    no_keywords(name, kwnames)?;
    args.try_into().map_err(|_| {
        type_error(format!(
            "{name}() takes exactly {} argument{} ({} given)",
            N,
            if N == 1 { "" } else { "s" },
            args.len()
        ))
    })
}

fn at_most_one<'a>(
    name: &str,
    args: &'a [Value],
    kwnames: &[Value],
) -> PyResult<Option<&'a Value>> {
    no_keywords(name, kwnames)?;
    match args {
        [] => Ok(None),
        [x] => Ok(Some(x)),
        _ => Err(type_error(format!(
            "{name} expected at most 1 argument, got {}",
            args.len()
        ))),
    }
}

fn builtin_print(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (positional, keywords) = split_kwargs(args, kwnames);
    let mut sep = " ".to_string();
    let mut end = "\n".to_string();
    for (name, value) in keywords {
        let target = match name {
            "sep" => &mut sep,
            "end" => &mut end,
            "flush" => continue,
            other => {
                return Err(type_error(format!(
                    "'{other}' is an invalid keyword argument for print()"
                )));
            }
        };
        match value {
            Value::None => {}
            Value::Str(s) => *target = s.as_str().to_string(),
            other => {
                return Err(type_error(format!(
                    "{name} must be None or a string, not {}",
                    other.type_name()
                )));
            }
        }
    }
    // Item by item, as CPython's print writes them: an item that fails to convert leaves the
    // ones before it written.
    for (i, value) in positional.iter().enumerate() {
        if i > 0 {
            vm.write_stdout(sep.as_bytes())?;
        }
        match value {
            Value::Str(s) => vm.write_stdout(s.as_str().as_bytes())?,
            other => {
                let text = ops::to_str(vm, other)?;
                vm.write_stdout(text.as_bytes())?;
            }
        }
    }
    vm.write_stdout(end.as_bytes())?;
    Ok(Value::None)
}

pub fn length(value: &Value) -> PyResult<usize> {
    match value {
        Value::Str(s) => Ok(s.char_len()),
        Value::List(l) => Ok(l.borrow().len()),
        Value::Tuple(t) => Ok(t.len()),
        Value::Range(r) => usize::try_from(r.len()).map_err(|_| {
            PyErr::new(
                ExcKind::OverflowError,
                "Python int too large to convert to C ssize_t",
            )
        }),
        other => Err(type_error(format!(
            "object of type '{}' has no len()",
            other.type_name()
        ))),
    }
}

fn builtin_len(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let [value] = exact_args::<1>("len", args, kwnames)?;
    Ok(Value::Int(length(value)? as i64))
}

/// Range bounds are kept below 2**100 so that every length and index computation on them fits
/// in an i128 without overflow.
const RANGE_BOUND: u128 = 1 << 100;

fn range_arg(value: &Value) -> PyResult<i128> {
    match value {
        Value::Int(i) => Ok(*i as i128),
        Value::Bool(b) => Ok(**b as i128),
        Value::BigInt(b) => num_traits::ToPrimitive::to_i128(&**b)
            .filter(|v| v.unsigned_abs() < RANGE_BOUND)
            .ok_or_else(|| {
                PyErr::new(
                    ExcKind::OverflowError,
                    "range() bounds beyond 2**100 are not supported by Spindle yet",
                )
            }),
        other => Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            other.type_name()
        ))),
    }
}

fn builtin_range(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    no_keywords("range", kwnames)?;
    let (start, stop, step) = match args {
        [stop] => (0, range_arg(stop)?, 1),
        [start, stop] => (range_arg(start)?, range_arg(stop)?, 1),
        [start, stop, step] => (range_arg(start)?, range_arg(stop)?, range_arg(step)?),
        [] => return Err(type_error("range expected at least 1 argument, got 0")),
        _ => {
            return Err(type_error(format!(
                "range expected at most 3 arguments, got {}",
                args.len()
            )));
        }
    };
    if step == 0 {
        return Err(value_error("range() arg 3 must not be zero"));
    }
    Ok(Value::Range(Rc::new(PyRange { start, stop, step })))
}

fn builtin_abs(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let [value] = exact_args::<1>("abs", args, kwnames)?;
    ops::absolute(value)
}

fn min_max(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kwnames: &[Value],
    want: crate::bytecode::CmpOp,
) -> PyResult<Value> {
    let (positional, keywords) = split_kwargs(args, kwnames);
    let mut default = None;
    for (key, value) in keywords {
        match key {
            "default" => default = Some(value.clone()),
            other => {
                return Err(type_error(format!(
                    "'{other}' is an invalid keyword argument for {name}()"
                )));
            }
        }
    }
    let items = match positional {
        [] => {
            return Err(type_error(format!(
                "{name} expected at least 1 argument, got 0"
            )));
        }
        [iterable] => ops::collect_iterable(vm, iterable)?,
        many => many.to_vec(),
    };
    let mut best: Option<Value> = None;
    for item in items {
        best = Some(match best {
            None => item,
            Some(current) => {
                if crate::ops::compare_values(vm, want, &item, &current)? {
                    item
                } else {
                    current
                }
            }
        });
    }
    best.or(default)
        .ok_or_else(|| value_error(format!("{name}() arg is an empty sequence")))
}

fn builtin_min(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    min_max(vm, "min", args, kwnames, crate::bytecode::CmpOp::Lt)
}

fn builtin_max(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    min_max(vm, "max", args, kwnames, crate::bytecode::CmpOp::Gt)
}

fn builtin_int(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    no_keywords("int", kwnames)?;
    match args {
        [] => Ok(Value::Int(0)),
        [Value::Int(i)] => Ok(Value::Int(*i)),
        [Value::Bool(b)] => Ok(Value::Int(**b as i64)),
        [v @ Value::BigInt(_)] => Ok(v.clone()),
        [Value::Float(f)] => ops::float_to_int(**f),
        [Value::Str(s)] => int::parse_int(s.as_str()).unwrap_or_else(|| {
            Err(value_error(format!(
                "invalid literal for int() with base 10: {}",
                pystr::repr(s.as_str())
            )))
        }),
        [Value::Str(s), Value::Int(base)] => parse_with_base(s.as_str(), *base),
        [other] => Err(type_error(format!(
            "int() argument must be a string, a bytes-like object or a real number, not '{}'",
            other.type_name()
        ))),
        _ => {
            let _ = vm;
            Err(type_error(format!(
                "int() takes at most 2 arguments ({} given)",
                args.len()
            )))
        }
    }
}

fn parse_with_base(text: &str, base: i64) -> PyResult<Value> {
    if !(2..=36).contains(&base) && base != 0 {
        return Err(value_error("int() base must be >= 2 and <= 36, or 0"));
    }
    let invalid = || {
        value_error(format!(
            "invalid literal for int() with base {base}: {}",
            pystr::repr(text)
        ))
    };
    let trimmed = text.trim();
    let (negative, body) = match trimmed.as_bytes().first() {
        Some(b'-') => (true, &trimmed[1..]),
        Some(b'+') => (false, &trimmed[1..]),
        _ => (false, trimmed),
    };
    let lower = body.to_ascii_lowercase();
    let (radix, digits) = match (base, lower.get(..2)) {
        (16 | 0, Some("0x")) => (16, &lower[2..]),
        (8 | 0, Some("0o")) => (8, &lower[2..]),
        (2 | 0, Some("0b")) => (2, &lower[2..]),
        (0, _) => (10, lower.as_str()),
        _ => (base as u32, lower.as_str()),
    };
    let clean: String = digits
        .trim_start_matches('_')
        .chars()
        .filter(|c| *c != '_')
        .collect();
    let big = num_bigint::BigInt::parse_bytes(clean.as_bytes(), radix).ok_or_else(invalid)?;
    Ok(int::normalize(if negative { -big } else { big }))
}

fn builtin_float(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    match at_most_one("float", args, kwnames)? {
        None => Ok(Value::float(0.0)),
        Some(Value::Float(f)) => Ok(Value::Float(*f)),
        Some(Value::Int(i)) => Ok(Value::float(*i as f64)),
        Some(Value::Bool(b)) => Ok(Value::float(**b as i64 as f64)),
        Some(Value::BigInt(b)) => Ok(Value::float(int::big_to_f64(b)?)),
        Some(Value::Str(s)) => float::parse_float(s.as_str())
            .map(Value::float)
            .ok_or_else(|| {
                value_error(format!(
                    "could not convert string to float: {}",
                    pystr::repr(s.as_str())
                ))
            }),
        Some(other) => Err(type_error(format!(
            "float() argument must be a string or a real number, not '{}'",
            other.type_name()
        ))),
    }
}

fn builtin_str(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    match at_most_one("str", args, kwnames)? {
        None => Ok(Value::str("")),
        Some(v @ Value::Str(_)) => Ok(v.clone()),
        Some(v) => Ok(Value::string(ops::to_str(vm, v)?)),
    }
}

fn builtin_repr(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let [value] = exact_args::<1>("repr", args, kwnames)?;
    Ok(Value::string(ops::repr(vm, value)?))
}

fn builtin_bool(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    Ok(Value::bool(
        at_most_one("bool", args, kwnames)?.is_some_and(ops::truthy),
    ))
}

fn builtin_list(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    match at_most_one("list", args, kwnames)? {
        None => Ok(Value::list(Vec::new())),
        Some(iterable) => Ok(Value::list(ops::collect_iterable(vm, iterable)?)),
    }
}

fn builtin_tuple(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    match at_most_one("tuple", args, kwnames)? {
        None => Ok(Value::tuple(Vec::new())),
        Some(t @ Value::Tuple(_)) => Ok(t.clone()),
        Some(iterable) => Ok(Value::tuple(ops::collect_iterable(vm, iterable)?)),
    }
}

fn builtin_sum(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    no_keywords("sum", kwnames)?;
    let (iterable, start) = match args {
        [iterable] => (iterable, Value::Int(0)),
        [iterable, start] => (iterable, start.clone()),
        _ => {
            return Err(type_error(format!(
                "sum() takes at most 2 arguments ({} given)",
                args.len()
            )));
        }
    };
    if matches!(start, Value::Str(_)) {
        return Err(type_error(
            "sum() can't sum strings [use ''.join(seq) instead]",
        ));
    }
    let mut total = start;
    for item in ops::collect_iterable(vm, iterable)? {
        total = ops::binary_op(vm, crate::bytecode::BinOp::Add as u32, total, item)?;
    }
    Ok(total)
}
