//! Built-in functions (`print`, `len`, `range`, ...) and the method tables of built-in types.
//! Each is a plain Rust fn in a static table; the compiler's global slots fall back to these.

use std::rc::Rc;

use super::args;
use super::args::no_keywords;
use super::exception::{PyErr, PyResult, type_error, value_error};
use super::function::{BuiltinFn, BuiltinMethod, MethodCall};
use super::object::{self, PyRange};
use super::str::PyStr;
use super::{
    ExcKind, Value, builtins_iter, dict_methods, digits, float, int, numeric_builtins,
    set_methods as sets, slice, sort, str_methods, str_predicates,
};
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
        name: "complex",
        call: super::complex::builtin_complex,
    },
    BuiltinFn {
        name: "bytes",
        call: super::bytes::builtin_bytes,
    },
    BuiltinFn {
        name: "bytearray",
        call: super::bytes::builtin_bytearray,
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
    BuiltinFn {
        name: "dict",
        call: dict_methods::builtin_dict,
    },
    BuiltinFn {
        name: "set",
        call: sets::builtin_set,
    },
    BuiltinFn {
        name: "frozenset",
        call: sets::builtin_frozenset,
    },
    BuiltinFn {
        name: "hash",
        call: builtin_hash,
    },
    BuiltinFn {
        name: "slice",
        call: slice::builtin_slice,
    },
    BuiltinFn {
        name: "sorted",
        call: sort::builtin_sorted,
    },
    BuiltinFn {
        name: "reversed",
        call: builtins_iter::builtin_reversed,
    },
    BuiltinFn {
        name: "enumerate",
        call: builtins_iter::builtin_enumerate,
    },
    BuiltinFn {
        name: "zip",
        call: builtins_iter::builtin_zip,
    },
    BuiltinFn {
        name: "map",
        call: builtins_iter::builtin_map,
    },
    BuiltinFn {
        name: "filter",
        call: builtins_iter::builtin_filter,
    },
    BuiltinFn {
        name: "any",
        call: builtins_iter::builtin_any,
    },
    BuiltinFn {
        name: "all",
        call: builtins_iter::builtin_all,
    },
    BuiltinFn {
        name: "iter",
        call: builtins_iter::builtin_iter,
    },
    BuiltinFn {
        name: "next",
        call: builtins_iter::builtin_next,
    },
    BuiltinFn {
        name: "isinstance",
        call: builtins_iter::builtin_isinstance,
    },
    BuiltinFn {
        name: "callable",
        call: builtins_iter::builtin_callable,
    },
    BuiltinFn {
        name: "divmod",
        call: numeric_builtins::builtin_divmod,
    },
    BuiltinFn {
        name: "pow",
        call: numeric_builtins::builtin_pow,
    },
    BuiltinFn {
        name: "round",
        call: numeric_builtins::builtin_round,
    },
    BuiltinFn {
        name: "chr",
        call: numeric_builtins::builtin_chr,
    },
    BuiltinFn {
        name: "ord",
        call: numeric_builtins::builtin_ord,
    },
    BuiltinFn {
        name: "bin",
        call: numeric_builtins::builtin_bin,
    },
    BuiltinFn {
        name: "oct",
        call: numeric_builtins::builtin_oct,
    },
    BuiltinFn {
        name: "hex",
        call: numeric_builtins::builtin_hex,
    },
    BuiltinFn {
        name: "type",
        call: super::types::builtin_type_call,
    },
    BuiltinFn {
        name: "issubclass",
        call: builtins_iter::builtin_issubclass,
    },
];

/// The builtin `name`: a type object for the type names (`int`, `list`, ...), else a built-in
/// function; `Null` when there is none.
pub fn lookup_builtin(name: &str) -> Value {
    if let Some(ty) = super::types::named_type(name) {
        return ty;
    }
    if name == "NotImplemented" {
        return super::descriptors::not_implemented();
    }
    if name == "Ellipsis" {
        return super::descriptors::ellipsis();
    }
    if name == "__debug__" {
        return Value::bool(!crate::compiler::optimize());
    }
    BUILTINS
        .iter()
        .chain(super::super_object::ATTRIBUTE_BUILTINS)
        .chain(super::format_call::FORMAT_BUILTINS)
        .chain(super::namespace_builtins::NAMESPACE_BUILTINS)
        .find(|b| b.name == name)
        .map_or(Value::Null, Value::Builtin)
}

/// Every name the builtins namespace binds (the `builtins` module's attributes).
pub fn builtin_names() -> Vec<&'static str> {
    let mut names: Vec<&'static str> = super::types::NAMED_TYPES.to_vec();
    names.extend(super::exc_object::HIERARCHY.iter().map(|(name, _)| *name));
    names.extend(
        BUILTINS
            .iter()
            .chain(super::super_object::ATTRIBUTE_BUILTINS)
            .chain(super::format_call::FORMAT_BUILTINS)
            .chain(super::namespace_builtins::NAMESPACE_BUILTINS)
            .map(|b| b.name),
    );
    names.extend(["NotImplemented", "Ellipsis", "__debug__"]);
    names.sort_unstable();
    names.dedup();
    names
}

/// A table row for a built-in method that takes no keyword arguments.
const fn method(owner: &'static str, name: &'static str, call: MethodCall) -> BuiltinMethod {
    BuiltinMethod {
        name,
        owner,
        call,
        keywords: false,
    }
}

static STR_METHODS: &[BuiltinMethod] = &[
    method("str", "join", str_methods::join),
    BuiltinMethod {
        name: "encode",
        owner: "str",
        call: super::bytes::str_encode,
        keywords: true,
    },
    method("str", "strip", str_methods::strip),
    method("str", "lstrip", str_methods::lstrip),
    method("str", "rstrip", str_methods::rstrip),
    BuiltinMethod {
        keywords: true,
        ..method("str", "split", str_methods::split)
    },
    BuiltinMethod {
        keywords: true,
        ..method("str", "rsplit", str_methods::rsplit)
    },
    method("str", "upper", str_methods::upper),
    method("str", "capitalize", str_predicates::capitalize),
    method("str", "swapcase", str_predicates::swapcase),
    method("str", "isdigit", str_predicates::isdigit),
    method("str", "isdecimal", str_predicates::isdecimal),
    method("str", "isnumeric", str_predicates::isnumeric),
    method("str", "isalpha", str_predicates::isalpha),
    method("str", "isalnum", str_predicates::isalnum),
    method("str", "isspace", str_predicates::isspace),
    method("str", "isprintable", str_predicates::isprintable),
    method("str", "isupper", str_predicates::isupper),
    method("str", "islower", str_predicates::islower),
    method("str", "lower", str_methods::lower),
    method("str", "replace", str_methods::replace),
    method("str", "startswith", str_methods::startswith),
    method("str", "endswith", str_methods::endswith),
    method("str", "find", str_methods::find),
    method("str", "rfind", str_methods::rfind),
    method("str", "index", str_methods::index),
    method("str", "rindex", str_methods::rindex),
    method("str", "count", str_methods::count),
    BuiltinMethod {
        keywords: true,
        ..method("str", "splitlines", str_methods::splitlines)
    },
    method("str", "partition", str_methods::partition),
    method("str", "rpartition", str_methods::rpartition),
    method("str", "__format__", super::format_call::dunder_format),
    BuiltinMethod {
        keywords: true,
        ..method("str", "format", super::str_format::format)
    },
    method("str", "format_map", super::str_format::format_map),
];

static LIST_METHODS: &[BuiltinMethod] = &[
    method("list", "append", object::list_append),
    method("list", "pop", object::list_pop),
    method("list", "extend", object::list_extend),
    method("list", "insert", object::list_insert),
    method("list", "index", object::list_index),
    method("list", "count", object::list_count),
    method("list", "reverse", object::list_reverse),
    method("list", "clear", object::list_clear),
    method("list", "copy", object::list_copy),
    method("list", "remove", object::list_remove),
    BuiltinMethod {
        keywords: true,
        ..method("list", "sort", sort::list_sort)
    },
];

static DICT_METHODS: &[BuiltinMethod] = &[
    method("dict", "get", dict_methods::get),
    method("dict", "setdefault", dict_methods::setdefault),
    method("dict", "pop", dict_methods::pop),
    method("dict", "popitem", dict_methods::popitem),
    BuiltinMethod {
        keywords: true,
        ..method("dict", "update", dict_methods::update)
    },
    method("dict", "keys", dict_methods::keys),
    method("dict", "values", dict_methods::values),
    method("dict", "items", dict_methods::items),
    method("dict", "copy", dict_methods::copy),
    method("dict", "clear", dict_methods::clear),
    method("dict", "fromkeys", dict_methods::fromkeys),
];

/// Methods reached through the `dict` type itself (`dict.fromkeys(...)`).
static DICT_TYPE_METHODS: &[BuiltinMethod] = &[method("dict", "fromkeys", dict_methods::fromkeys)];

static SET_METHODS: &[BuiltinMethod] = &[
    method("set", "add", sets::add),
    method("set", "remove", sets::remove),
    method("set", "discard", sets::discard),
    method("set", "pop", sets::pop),
    method("set", "clear", sets::clear),
    method("set", "copy", sets::copy),
    method("set", "update", sets::update),
    method("set", "union", sets::union),
    method("set", "intersection", sets::intersection_method),
    method("set", "intersection_update", sets::intersection_update),
    method("set", "difference", sets::difference_method),
    method("set", "difference_update", sets::difference_update),
    method(
        "set",
        "symmetric_difference",
        sets::symmetric_difference_method,
    ),
    method(
        "set",
        "symmetric_difference_update",
        sets::symmetric_difference_update,
    ),
    method("set", "issubset", sets::issubset),
    method("set", "issuperset", sets::issuperset),
    method("set", "isdisjoint", sets::isdisjoint),
];

static FROZENSET_METHODS: &[BuiltinMethod] = &[
    method("frozenset", "copy", sets::copy),
    method("frozenset", "union", sets::union),
    method("frozenset", "intersection", sets::intersection_method),
    method("frozenset", "difference", sets::difference_method),
    method(
        "frozenset",
        "symmetric_difference",
        sets::symmetric_difference_method,
    ),
    method("frozenset", "issubset", sets::issubset),
    method("frozenset", "issuperset", sets::issuperset),
    method("frozenset", "isdisjoint", sets::isdisjoint),
];

static DICT_KEYS_METHODS: &[BuiltinMethod] = &[method(
    "dict_keys",
    "isdisjoint",
    dict_methods::view_isdisjoint,
)];

static DICT_ITEMS_METHODS: &[BuiltinMethod] = &[method(
    "dict_items",
    "isdisjoint",
    dict_methods::view_isdisjoint,
)];
static TUPLE_METHODS: &[BuiltinMethod] = &[
    method("tuple", "count", object::tuple_count),
    method("tuple", "index", object::tuple_index),
];

static SLICE_METHODS: &[BuiltinMethod] = &[method("slice", "indices", slice::slice_indices)];
static RANGE_METHODS: &[BuiltinMethod] = &[
    method("range", "count", range_count),
    method("range", "index", range_index),
];

fn range_of(this: &Value) -> PyResult<&super::object::PyRange> {
    match this {
        Value::Range(r) => Ok(r),
        other => Err(type_error(format!(
            "descriptor requires a 'range' object but received a '{}'",
            other.type_name()
        ))),
    }
}

/// The position of `value` in the range, if it is an int there.
fn range_position(range: &super::object::PyRange, value: &Value) -> Option<i128> {
    let wanted = match value {
        Value::Int(i) => i128::from(*i),
        Value::Bool(b) => i128::from(**b),
        Value::BigInt(b) => num_traits::ToPrimitive::to_i128(&**b)?,
        _ => return None,
    };
    let offset = wanted - range.start;
    let inside = if range.step > 0 {
        wanted >= range.start && wanted < range.stop
    } else {
        wanted <= range.start && wanted > range.stop
    };
    (inside && offset % range.step == 0).then(|| offset / range.step)
}

/// `range.count(value)`: 0 or 1 for ints, else by equality over the items.
fn range_count(vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let range = range_of(this)?;
    let value = args::exactly_one("count", args)?;
    if matches!(value, Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) {
        return Ok(Value::Int(i64::from(
            range_position(range, value).is_some(),
        )));
    }
    let items = crate::ops::collect_iterable(vm, this)?;
    let mut n = 0;
    for item in &items {
        if crate::ops::identical_or_equal(vm, item, value)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

/// `range.index(value)`.
fn range_index(vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let range = range_of(this)?;
    let value = args::exactly_one("index", args)?;
    if matches!(value, Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) {
        return match range_position(range, value) {
            Some(at) => Ok(super::int::normalize(num_bigint::BigInt::from(at))),
            None => Err(PyErr::new(
                ExcKind::ValueError,
                format!("{} is not in range", super::format::repr_plain(value)),
            )),
        };
    }
    let items = crate::ops::collect_iterable(vm, this)?;
    for (at, item) in items.iter().enumerate() {
        if crate::ops::identical_or_equal(vm, item, value)? {
            return Ok(Value::Int(at as i64));
        }
    }
    Err(PyErr::new(
        ExcKind::ValueError,
        "sequence.index(x): x not in sequence",
    ))
}

/// The method table of `value`'s type, if it has methods.
fn method_table(value: &Value) -> Option<&'static [BuiltinMethod]> {
    Some(match value {
        Value::Str(_) => STR_METHODS,
        Value::List(_) => LIST_METHODS,
        Value::Dict(_) => DICT_METHODS,
        Value::Set(_) => SET_METHODS,
        Value::FrozenSet(_) => FROZENSET_METHODS,
        Value::Type(t) if &*t.name == "dict" => DICT_TYPE_METHODS,
        Value::Type(t) if &*t.name == "float" => super::number_attrs::FLOAT_TYPE_METHODS,
        Value::Type(t) if &*t.name == "str" && !t.is_user_class() => {
            super::str_layout::STR_TYPE_METHODS
        }
        Value::Type(t) if &*t.name == "int" && !t.is_user_class() => {
            super::number_attrs::INT_TYPE_METHODS
        }
        Value::DictView(view) => match view.kind {
            super::dict::ViewKind::Keys => DICT_KEYS_METHODS,
            super::dict::ViewKind::Items => DICT_ITEMS_METHODS,
            super::dict::ViewKind::Values => return None,
        },
        Value::Tuple(_) => TUPLE_METHODS,
        Value::Slice(_) => SLICE_METHODS,
        Value::Range(_) => RANGE_METHODS,
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => super::number_attrs::INT_METHODS,
        Value::Float(_) => super::number_attrs::FLOAT_METHODS,
        Value::Native(native) => match &**native {
            super::descriptors::NativeObject::Deque(_) => super::deque::METHODS,
            super::descriptors::NativeObject::Bytes(_) => super::bytes_methods::BYTES_METHODS,
            super::descriptors::NativeObject::ByteArray(_) => {
                super::bytes_methods::BYTEARRAY_METHODS
            }
            _ => return None,
        },
        Value::Type(t) if &*t.name == "bytes" && !t.is_user_class() => {
            super::bytes_methods::BYTES_METHODS
        }
        Value::Type(t) if &*t.name == "bytearray" && !t.is_user_class() => {
            super::bytes_methods::BYTEARRAY_METHODS
        }
        _ => return None,
    })
}

/// The built-in method `name` of `value`'s type, if it has one. A scan of a short static table:
/// measured against a per-thread table of interned-name pointers, the scan was faster (the
/// thread-local access cost more than comparing a few short names; 300k `append`/`split`/`pop`
/// calls: 1.024G vs 1.039G instructions).
pub fn find_method(value: &Value, name: &PyStr) -> Option<&'static BuiltinMethod> {
    let name = name.as_str();
    let found = method_table(value)?.iter().find(|m| m.name == name);
    if found.is_none() && matches!(value, Value::Str(_)) {
        return super::str_layout::STR_LAYOUT_METHODS
            .iter()
            .find(|m| m.name == name);
    }
    found
}

/// The method `name` a built-in type defines itself (not inherited), unbound.
pub fn type_method(type_name: &str, name: &str) -> Option<&'static BuiltinMethod> {
    type_tables(type_name)
        .into_iter()
        .flat_map(|table| table.iter())
        .find(|m| m.name == name)
}

/// Every method a built-in type defines itself (for its `__dict__`).
pub fn type_methods(type_name: &str) -> impl Iterator<Item = &'static BuiltinMethod> {
    type_tables(type_name)
        .into_iter()
        .flat_map(|table| table.iter())
}

fn type_tables(type_name: &str) -> [&'static [BuiltinMethod]; 2] {
    match type_name {
        "str" => [STR_METHODS, super::str_layout::STR_LAYOUT_METHODS],
        "list" => [LIST_METHODS, &[]],
        "dict" => [DICT_METHODS, DICT_TYPE_METHODS],
        "set" => [SET_METHODS, &[]],
        "frozenset" => [FROZENSET_METHODS, &[]],
        "dict_keys" => [DICT_KEYS_METHODS, &[]],
        "dict_items" => [DICT_ITEMS_METHODS, &[]],
        "tuple" => [TUPLE_METHODS, &[]],
        "slice" => [SLICE_METHODS, &[]],
        "range" => [RANGE_METHODS, &[]],
        "int" => [
            super::number_attrs::INT_METHODS,
            super::number_attrs::INT_TYPE_METHODS,
        ],
        "float" => [
            super::number_attrs::FLOAT_METHODS,
            super::number_attrs::FLOAT_TYPE_METHODS,
        ],
        "bytes" => [super::bytes_methods::BYTES_METHODS, &[]],
        "bytearray" => [super::bytes_methods::BYTEARRAY_METHODS, &[]],
        _ => [&[], &[]],
    }
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

/// The one argument of a one-argument builtin such as `len`.
fn only_argument<'a>(name: &str, args: &'a [Value], kwnames: &[Value]) -> PyResult<&'a Value> {
    no_keywords(name, kwnames)?;
    args::exactly_one(name, args)
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
    let mut sep = None;
    let mut end = None;
    let mut flush = false;
    let mut file = None;
    for (name, value) in keywords {
        let target = match name {
            "sep" => &mut sep,
            "end" => &mut end,
            "flush" => {
                flush = ops::truthy(value);
                continue;
            }
            "file" => {
                file = Some(value);
                continue;
            }
            other => {
                return Err(type_error(format!(
                    "'{other}' is an invalid keyword argument for print()"
                )));
            }
        };
        match value {
            Value::None => {}
            Value::Str(s) => *target = Some(s.clone()),
            other => {
                return Err(type_error(format!(
                    "{name} must be None or a string, not {}",
                    other.type_name()
                )));
            }
        }
    }
    let target = super::streams::PrintTarget::of(file);
    if !matches!(
        target,
        super::streams::PrintTarget::Stream(super::streams::Stream::Stdout)
    ) {
        return print_to(vm, &target, positional, sep, end, flush);
    }
    // Item by item, as CPython's print writes them: an item that fails to convert leaves the
    // ones before it written.
    for (i, value) in positional.iter().enumerate() {
        if i > 0 {
            match &sep {
                Some(sep) => vm.write_stdout(&stdout_bytes(sep)?)?,
                None => vm.write_stdout(b" ")?,
            }
        }
        match value {
            Value::Str(s) => vm.write_stdout(&stdout_bytes(s)?)?,
            other => {
                let text = ops::to_str(vm, other)?;
                vm.write_stdout(text.as_bytes())?;
            }
        }
    }
    match &end {
        Some(end) => vm.write_stdout(&stdout_bytes(end)?)?,
        None => vm.write_stdout(b"\n")?,
    }
    if flush {
        vm.flush().map_err(|err| crate::vm::stdio::os_error(&err))?;
    }
    Ok(Value::None)
}

/// `print(..., file=target)` for a target other than stdout: each item, separator and the end
/// written by the target's `write`, one call each as CPython makes them.
fn print_to(
    vm: &mut Vm,
    target: &super::streams::PrintTarget,
    items: &[Value],
    sep: Option<Rc<PyStr>>,
    end: Option<Rc<PyStr>>,
    flush: bool,
) -> PyResult<Value> {
    let sep = sep.unwrap_or_else(|| Rc::new(PyStr::new(" ".to_string())));
    for (i, value) in items.iter().enumerate() {
        if i > 0 {
            target.write(vm, &sep)?;
        }
        let text = match value {
            Value::Str(s) => s.clone(),
            other => Rc::new(PyStr::new(ops::to_str(vm, other)?)),
        };
        target.write(vm, &text)?;
    }
    let end = end.unwrap_or_else(|| Rc::new(PyStr::new("\n".to_string())));
    target.write(vm, &end)?;
    if flush {
        target.flush(vm)?;
    }
    Ok(Value::None)
}

/// A string encoded for stdout, or CPython's UnicodeEncodeError for lone surrogates the
/// stream's error handler cannot write.
pub(crate) fn stdout_bytes(s: &PyStr) -> PyResult<std::borrow::Cow<'_, [u8]>> {
    s.encode_utf8(crate::vm::stdio::stdout_escapes_surrogates())
        .map_err(|(start, end)| {
            let what = if end - start == 1 {
                let code = s.surrogate_at(start).unwrap_or(0xFFFD);
                format!("character '\\u{code:04x}' in position {start}")
            } else {
                format!("characters in position {start}-{}", end - 1)
            };
            PyErr::new(
                ExcKind::UnicodeEncodeError,
                format!("'utf-8' codec can't encode {what}: surrogates not allowed"),
            )
        })
}

#[inline]
pub fn length(value: &Value) -> PyResult<usize> {
    match value {
        Value::Str(s) => Ok(s.char_len()),
        Value::List(l) => Ok(l.borrow().len()),
        Value::Tuple(t) => Ok(t.len()),
        Value::Dict(d) => Ok(d.len()),
        Value::Set(s) | Value::FrozenSet(s) => Ok(s.len()),
        Value::DictView(view) => Ok(view.dict.len()),
        Value::Native(_) if let Some(deque) = super::deque::deque_of(value) => Ok(deque.len()),
        Value::Native(_) if let Some(len) = super::bytes::with_data(value, <[u8]>::len) => Ok(len),
        // Lengths are Py_ssize_t in CPython: at most sys.maxsize.
        Value::Range(r) => i64::try_from(r.len()).map(|n| n as usize).map_err(|_| {
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

fn builtin_hash(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let value = only_argument("hash", args, kwnames)?;
    Ok(Value::Int(super::hash::hash_value(vm, value)?))
}

fn builtin_len(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let value = only_argument("len", args, kwnames)?;
    if super::protocol::dunder_class(value).is_some() {
        return Ok(Value::Int(super::protocol::instance_len(vm, value)? as i64));
    }
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

fn builtin_range(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    no_keywords("range", kwnames)?;
    let converted;
    let args = if super::indexing::any_instance(args) {
        converted = super::indexing::index_args(vm, args)?;
        &converted[..]
    } else {
        args
    };
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

fn builtin_abs(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let value = only_argument("abs", args, kwnames)?;
    if let Value::Instance(_) = value {
        return super::protocol::instance_unary(
            vm,
            super::dunder::Dunder::Abs,
            value.clone(),
            |_, v| ops::absolute(&v),
            "abs()",
        );
    }
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
    if positional.is_empty() {
        return Err(type_error(format!(
            "{name} expected at least 1 argument, got 0"
        )));
    }
    let (mut default, mut key) = (None, None);
    for (keyword, value) in keywords {
        match keyword {
            "default" => default = Some(value.clone()),
            "key" if matches!(value, Value::None) => key = None,
            "key" => key = Some(value),
            other => {
                return Err(type_error(format!(
                    "'{other}' is an invalid keyword argument for {name}()"
                )));
            }
        }
    }
    let items = match positional {
        [iterable] => ops::collect_iterable(vm, iterable)?,
        many if default.is_some() => {
            let _ = many;
            return Err(type_error(format!(
                "Cannot specify a default for {name}() with multiple positional arguments"
            )));
        }
        many => many.to_vec(),
    };
    // (item, its key): the first of equal items wins, as in CPython.
    let mut best: Option<(Value, Value)> = None;
    for item in items {
        let item_key = match key {
            Some(function) => {
                crate::vm::reentry::call_from_native(vm, function, std::slice::from_ref(&item))?
            }
            None => item.clone(),
        };
        best = Some(match best {
            None => (item, item_key),
            Some((current, current_key)) => {
                if crate::ops::compare_values(vm, want, &item_key, &current_key)? {
                    (item, item_key)
                } else {
                    (current, current_key)
                }
            }
        });
    }
    best.map(|(item, _)| item)
        .or(default)
        .ok_or_else(|| value_error(format!("{name}() arg is an empty sequence")))
}

fn builtin_min(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    min_max(vm, "min", args, kwnames, crate::bytecode::CmpOp::Lt)
}

fn builtin_max(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    min_max(vm, "max", args, kwnames, crate::bytecode::CmpOp::Gt)
}

fn builtin_int(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if let ([value], []) = (args, kwnames) {
        if let Value::Instance(_) = value {
            return super::protocol::instance_number(vm, value, false);
        }
        return int_of(value);
    }
    let (positional, keywords) = split_kwargs(args, kwnames);
    if args.len() > 2 {
        return Err(type_error(format!(
            "int() takes at most 2 arguments ({} given)",
            args.len()
        )));
    }
    let mut base = positional.get(1);
    for (keyword, value) in keywords {
        match keyword {
            "base" if base.is_none() => base = Some(value),
            "base" => {
                return Err(type_error(
                    "argument for int() given by name ('base') and position (2)",
                ));
            }
            other => {
                return Err(type_error(format!(
                    "'{other}' is an invalid keyword argument for int()"
                )));
            }
        }
    }
    let Some(base) = base else {
        return match positional.first() {
            None => Ok(Value::Int(0)),
            Some(value @ Value::Instance(_)) => super::protocol::instance_number(vm, value, false),
            Some(value) => int_of(value),
        };
    };
    // CPython reads the base as a clamped ssize_t, so huge ones fail the range check.
    let base = match base {
        Value::Int(i) => *i,
        Value::Bool(b) => **b as i64,
        Value::BigInt(_) => i64::MAX,
        other => return Err(args::not_an_integer(other)),
    };
    if !(2..=36).contains(&base) && base != 0 {
        return Err(value_error("int() base must be >= 2 and <= 36, or 0"));
    }
    match positional.first() {
        None => Err(type_error("int() missing string argument")),
        Some(Value::Str(s)) => parse_with_base(s, base),
        Some(_) => Err(type_error(
            "int() can't convert non-string with explicit base",
        )),
    }
}

/// `int(value)` with no base.
fn int_of(value: &Value) -> PyResult<Value> {
    match value {
        Value::Int(i) => Ok(Value::Int(*i)),
        Value::Bool(b) => Ok(Value::Int(**b as i64)),
        v @ Value::BigInt(_) => Ok(v.clone()),
        Value::Float(f) => ops::float_to_int(**f),
        Value::Str(s) => {
            // Most literals are ASCII (known without a scan): straight to the parser.
            let parsed = if s.is_ascii() {
                int::parse_int(s.as_str())
            } else {
                digits::to_ascii_number(s.as_str()).and_then(|text| int::parse_int(&text))
            };
            parsed.unwrap_or_else(|| {
                Err(value_error(format!(
                    "invalid literal for int() with base 10: {}",
                    s.repr()
                )))
            })
        }
        other => Err(type_error(format!(
            "int() argument must be a string, a bytes-like object or a real number, not '{}'",
            other.type_name()
        ))),
    }
}

/// `int(text, base)` as CPython's `PyLong_FromString`: optional sign, a `0x`/`0o`/`0b` prefix
/// matching the base (base 0 picks the base from it, and then a decimal literal may not start
/// with 0 unless it is all zeros), single underscores between digits (one may follow a prefix),
/// surrounding ASCII whitespace, and the int<->str digit limit for bases that are not powers of 2.
fn parse_with_base(literal: &PyStr, base: i64) -> PyResult<Value> {
    if !(2..=36).contains(&base) && base != 0 {
        return Err(value_error("int() base must be >= 2 and <= 36, or 0"));
    }
    let text = literal.as_str();
    let invalid = || {
        value_error(format!(
            "invalid literal for int() with base {base}: {}",
            literal.repr()
        ))
    };
    let ascii = digits::to_ascii_number(text).ok_or_else(invalid)?;
    let trimmed = ascii.trim_matches(|c: char| c.is_ascii_whitespace() || c == '\x0b');
    let (negative, body) = match trimmed.as_bytes().first() {
        Some(b'-') => (true, &trimmed[1..]),
        Some(b'+') => (false, &trimmed[1..]),
        _ => (false, trimmed),
    };
    let prefix = body.get(..2).map(str::to_ascii_lowercase);
    let prefixed_radix = match prefix.as_deref() {
        Some("0x") => Some(16),
        Some("0o") => Some(8),
        Some("0b") => Some(2),
        _ => None,
    };
    let (radix, digits, after_prefix) = match (base, prefixed_radix) {
        (0, Some(radix)) => (radix, &body[2..], true),
        (b, Some(radix)) if b == i64::from(radix) => (radix, &body[2..], true),
        (0, None) => (10, body, false),
        (b, _) => (b as u32, body, false),
    };
    let digits = if after_prefix {
        digits.strip_prefix('_').unwrap_or(digits)
    } else {
        digits
    };
    let well_formed = !digits.is_empty()
        && !digits.starts_with('_')
        && !digits.ends_with('_')
        && !digits.contains("__")
        && digits.chars().all(|c| c == '_' || c.is_digit(radix));
    if !well_formed {
        return Err(invalid());
    }
    let clean: String = digits.chars().filter(|c| *c != '_').collect();
    if base == 0 && !after_prefix && clean.starts_with('0') && clean.bytes().any(|b| b != b'0') {
        return Err(invalid());
    }
    let limit = int::max_str_digits();
    if !radix.is_power_of_two() && limit > 0 && clean.len() > limit {
        return Err(value_error(format!(
            "Exceeds the limit ({limit} digits) for integer string conversion: value has {} \
             digits; use sys.set_int_max_str_digits() to increase the limit",
            clean.len()
        )));
    }
    let big = num_bigint::BigInt::parse_bytes(clean.as_bytes(), radix).ok_or_else(invalid)?;
    Ok(int::normalize(if negative { -big } else { big }))
}

fn builtin_float(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    match at_most_one("float", args, kwnames)? {
        None => Ok(Value::float(0.0)),
        Some(value @ Value::Instance(_)) => super::protocol::instance_number(vm, value, true),
        Some(Value::Float(f)) => Ok(Value::Float(*f)),
        Some(Value::Int(i)) => Ok(Value::float(*i as f64)),
        Some(Value::Bool(b)) => Ok(Value::float(**b as i64 as f64)),
        Some(Value::BigInt(b)) => Ok(Value::float(int::big_to_f64(b)?)),
        Some(Value::Str(s)) => digits::to_ascii_number(s.as_str())
            .and_then(|text| float::parse_float(&text))
            .map(Value::float)
            .ok_or_else(|| value_error(format!("could not convert string to float: {}", s.repr()))),
        Some(other) => Err(type_error(format!(
            "float() argument must be a string or a real number, not '{}'",
            other.type_name()
        ))),
    }
}

fn builtin_str(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    match (args, kwnames) {
        ([Value::Int(i)], []) => return Ok(Value::str(super::int::decimal_i64(*i, &mut [0; 20]))),
        ([value @ Value::Str(_)], []) => return Ok(value.clone()),
        _ => {}
    }
    let [object, encoding, errors] =
        args::bind("str", &["object", "encoding", "errors"], args, kwnames)?;
    if encoding.is_some() || errors.is_some() {
        // Decoding needs bytes, which Spindle does not have: every such call fails as in
        // CPython when the object is not bytes.
        for (name, value) in [("encoding", encoding), ("errors", errors)] {
            if let Some(value) = value.filter(|v| !matches!(v, Value::Str(_))) {
                return Err(type_error(format!(
                    "str() argument '{name}' must be str, not {}",
                    value.type_name()
                )));
            }
        }
        return match object {
            None => Ok(Value::str("")),
            Some(Value::Str(_)) => Err(type_error("decoding str is not supported")),
            Some(other) => Err(type_error(format!(
                "decoding to str: need a bytes-like object, {} found",
                other.type_name()
            ))),
        };
    }
    match object {
        None => Ok(Value::str("")),
        Some(v @ Value::Str(_)) => Ok(v.clone()),
        Some(v) => Ok(Value::string(ops::to_str(vm, v)?)),
    }
}

fn builtin_repr(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let value = only_argument("repr", args, kwnames)?;
    Ok(Value::string(ops::repr(vm, value)?))
}

fn builtin_bool(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    Ok(Value::bool(match at_most_one("bool", args, kwnames)? {
        Some(value) => ops::truthy_vm(vm, value)?,
        None => false,
    }))
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
    let (positional, keywords) = split_kwargs(args, kwnames);
    if args.len() > 2 {
        return Err(type_error(format!(
            "sum() takes at most 2 arguments ({} given)",
            args.len()
        )));
    }
    let mut start = positional.get(1).cloned();
    for (keyword, value) in keywords {
        match keyword {
            "start" if start.is_none() => start = Some(value.clone()),
            "start" => {
                return Err(type_error(
                    "argument for sum() given by name ('start') and position (2)",
                ));
            }
            other => {
                return Err(type_error(format!(
                    "'{other}' is an invalid keyword argument for sum()"
                )));
            }
        }
    }
    let Some(iterable) = positional.first() else {
        return Err(type_error(
            "sum() takes at least 1 positional argument (0 given)",
        ));
    };
    let start = start.unwrap_or(Value::Int(0));
    if matches!(start, Value::Str(_)) {
        return Err(type_error(
            "sum() can't sum strings [use ''.join(seq) instead]",
        ));
    }
    if super::generator::is_iterable_generator(iterable) {
        // Item by item, as CPython adds them (an `__add__` sees the generator suspended).
        let mut total = Some(start);
        super::generator::for_each(vm, iterable, &mut |vm, item| {
            let so_far = total.take().unwrap_or(Value::Int(0));
            total = Some(ops::binary_op(
                vm,
                crate::bytecode::BinOp::Add as u32,
                so_far,
                item,
            )?);
            Ok(true)
        })?;
        return Ok(total.unwrap_or(Value::Int(0)));
    }
    let mut total = start;
    for item in ops::collect_iterable(vm, iterable)? {
        total = ops::binary_op(vm, crate::bytecode::BinOp::Add as u32, total, item)?;
    }
    Ok(total)
}
