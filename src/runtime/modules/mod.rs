//! The standard modules Spindle ships: those written in Rust (`sys` here, `math`, `random` and
//! `time` in their own files), built on first import, and those written in Python, whose source
//! (under `py/`) is compiled into the binary and run on first import like a user's module.
//! `vm::import` finds, caches and runs them; this file says which exist and how each is made.

/// A module's table of functions from `"name" => function` pairs.
macro_rules! functions {
    ($($name:literal => $f:expr),* $(,)?) => {
        &[$(BuiltinFn { name: $name, call: $f }),*]
    };
}

mod bisect;
mod cmath;
mod gamma;
mod heapq;
mod math;
mod os;
mod random;
mod random_dists;
mod structs;
mod time;

use std::rc::Rc;

use super::exception::{PyErr, PyResult, type_error, value_error};
use super::function::{BuiltinFn, Module};
use super::{ExcKind, Value, args, int};
use crate::vm::Vm;

/// Modules CPython 3.11 builds into its interpreter (`sys.builtin_module_names`): found before
/// `sys.path`, so a script's own file of that name cannot shadow them. Written in Rust, or in
/// Python and bundled (`itertools`).
const BUILTIN: &[&str] = &[
    "sys",
    "builtins",
    "math",
    "cmath",
    "_struct",
    "time",
    "itertools",
    "_heapq",
    "_bisect",
    "_sysinfo",
    "_generic_alias",
    "_collections",
    "_argbind",
    "_os",
];

/// Modules written in Rust that are `.py` files in CPython's library: found after `sys.path`,
/// as CPython finds its library after the script's directory.
const NATIVE_LIBRARY: &[&str] = &["random"];

/// A standard module written in Python and bundled in the binary.
pub struct BundledSource {
    pub source: &'static str,
    /// A package (has `__path__`, may have submodules).
    pub is_package: bool,
}

/// The Python-source modules, by name.
static BUNDLED: &[(&str, BundledSource)] = &[
    bundled("string", include_str!("py/string.py")),
    bundled("heapq", include_str!("py/heapq.py")),
    bundled("bisect", include_str!("py/bisect.py")),
    bundled("itertools", include_str!("py/itertools.py")),
    bundled("operator", include_str!("py/operator.py")),
    bundled("functools", include_str!("py/functools.py")),
    bundled("copy", include_str!("py/copy.py")),
    bundled("_sysinfo", include_str!("py/_sysinfo.py")),
    bundled("__future__", include_str!("py/__future__.py")),
    bundled("_generic_alias", include_str!("py/_generic_alias.py")),
    bundled("typing", include_str!("py/typing.py")),
    bundled("_argbind", include_str!("py/_argbind.py")),
    bundled("dataclasses", include_str!("py/dataclasses.py")),
    bundled("abc", include_str!("py/abc.py")),
    bundled("struct", include_str!("py/struct.py")),
    bundled("array", include_str!("py/array.py")),
    bundled("types", include_str!("py/types.py")),
    bundled("_mappingproxy", include_str!("py/_mappingproxy.py")),
    bundled("enum", include_str!("py/enum.py")),
    bundled("io", include_str!("py/io.py")),
    bundled("os", include_str!("py/os.py")),
    bundled("posixpath", include_str!("py/posixpath.py")),
    bundled("json", include_str!("py/json.py")),
    (
        "collections",
        BundledSource {
            source: include_str!("py/collections/__init__.py"),
            is_package: true,
        },
    ),
    bundled("collections.abc", include_str!("py/collections/abc.py")),
    bundled("collections._user", include_str!("py/collections/_user.py")),
];

/// A table row for a bundled module that is not a package.
const fn bundled(name: &'static str, source: &'static str) -> (&'static str, BundledSource) {
    (
        name,
        BundledSource {
            source,
            is_package: false,
        },
    )
}

/// Whether `name` is one of the modules CPython builds in (see `BUILTIN`).
pub fn is_builtin(name: &str) -> bool {
    BUILTIN.contains(&name)
}

/// Whether `name` is a library module written in Rust (see `NATIVE_LIBRARY`).
pub fn is_native(name: &str) -> bool {
    NATIVE_LIBRARY.contains(&name)
}

/// The bundled source of the module `name`, if it is one written in Python.
pub fn bundled_source(name: &str) -> Option<&'static BundledSource> {
    BUNDLED
        .iter()
        .find(|(bundled, _)| *bundled == name)
        .map(|(_, source)| source)
}

/// Whether `name` names a bundled Python-source module (its repr says `(frozen)`).
pub fn is_bundled(name: &str) -> bool {
    bundled_source(name).is_some()
}

/// Creates the built-in module `name`, or `None` if there is no such module.
pub fn create(vm: &Vm, name: &str) -> Option<Module> {
    let module = Module::new(name);
    module.set_attr("__name__", Value::str(name));
    match name {
        "sys" => {
            let argv = vm.argv.iter().map(|a| os_arg(a)).collect();
            module.set_attr("argv", Value::list(argv));
            module.set_attr("maxsize", Value::Int(i64::MAX));
            module.set_attr("modules", Value::Dict(vm.sys_modules.clone()));
            module.set_attr("path", vm.sys_path.clone());
            for (name, dunder, stream) in [
                ("stdin", "__stdin__", super::streams::Stream::Stdin),
                ("stdout", "__stdout__", super::streams::Stream::Stdout),
                ("stderr", "__stderr__", super::streams::Stream::Stderr),
            ] {
                let value = super::streams::stream_value(stream);
                module.set_attr(name, value.clone());
                module.set_attr(dunder, value);
            }
            module.set_attr("platform", Value::str("linux"));
            module.set_attr(
                "byteorder",
                Value::str(if cfg!(target_endian = "little") {
                    "little"
                } else {
                    "big"
                }),
            );
            for f in SYS_FUNCTIONS {
                module.set_attr(f.name, Value::Builtin(f));
            }
        }
        "math" => {
            set_float_constants(&module);
            for f in math::FUNCTIONS {
                module.set_attr(f.name, Value::Builtin(f));
            }
        }
        "cmath" => {
            set_float_constants(&module);
            module.set_attr("infj", super::complex::new(0.0, f64::INFINITY));
            module.set_attr("nanj", super::complex::new(0.0, f64::NAN));
            for f in cmath::FUNCTIONS {
                module.set_attr(f.name, Value::Builtin(f));
            }
        }
        "random" => {
            for f in random::FUNCTIONS.iter().chain(random_dists::FUNCTIONS) {
                module.set_attr(f.name, Value::Builtin(f));
            }
        }
        "_os" => {
            for f in os::FUNCTIONS {
                module.set_attr(f.name, Value::Builtin(f));
            }
        }
        "_collections" => {
            let deque = super::types::builtin_type(super::deque::TYPE_NAME);
            module.set_attr("deque", Value::Type(deque));
        }
        // Writing to the module does not change what names resolve to (globals cache them).
        "builtins" => {
            for name in super::builtins::builtin_names() {
                module.set_attr(name, super::builtins::lookup_builtin(name));
            }
            for (name, value) in [
                ("None", Value::None),
                ("True", Value::bool(true)),
                ("False", Value::bool(false)),
            ] {
                module.set_attr(name, value);
            }
            module.set_attr(
                "__doc__",
                Value::str("Built-in functions, types, exceptions, and other objects."),
            );
        }
        "_struct" => {
            for f in structs::FUNCTIONS {
                module.set_attr(f.name, Value::Builtin(f));
            }
        }
        "_heapq" => {
            for f in heapq::FUNCTIONS {
                module.set_attr(f.name, Value::Builtin(f));
            }
        }
        "_bisect" => {
            for f in bisect::FUNCTIONS {
                module.set_attr(f.name, Value::Builtin(f));
            }
        }
        "time" => {
            for f in time::FUNCTIONS {
                module.set_attr(f.name, Value::Builtin(f));
            }
        }
        _ => return None,
    }
    Some(module)
}

static SYS_FUNCTIONS: &[BuiltinFn] = &[
    BuiltinFn {
        name: "get_int_max_str_digits",
        call: sys_get_int_max_str_digits,
    },
    BuiltinFn {
        name: "set_int_max_str_digits",
        call: sys_set_int_max_str_digits,
    },
    BuiltinFn {
        name: "getrecursionlimit",
        call: sys_getrecursionlimit,
    },
    BuiltinFn {
        name: "setrecursionlimit",
        call: sys_setrecursionlimit,
    },
    BuiltinFn {
        name: "exit",
        call: sys_exit,
    },
    BuiltinFn {
        name: "exc_info",
        call: sys_exc_info,
    },
    BuiltinFn {
        name: "exception",
        call: sys_exception,
    },
    BuiltinFn {
        name: "intern",
        call: sys_intern,
    },
    BuiltinFn {
        name: "getsizeof",
        call: sys_getsizeof,
    },
    BuiltinFn {
        name: "getdefaultencoding",
        call: sys_getdefaultencoding,
    },
    BuiltinFn {
        name: "__getattr__",
        call: sys_lazy_attribute,
    },
];

/// The attributes of `sys` written in Python (`py/_sysinfo.py`), made on first use.
const SYSINFO_NAMES: &[&str] = &[
    "version_info",
    "hexversion",
    "version",
    "float_info",
    "int_info",
    "implementation",
    "float_repr_style",
    "maxunicode",
    "builtin_module_names",
];

/// `sys.__getattr__` (PEP 562): the structured attributes, imported from `_sysinfo` and kept
/// on `sys` once made.
fn sys_lazy_attribute(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    refuse_keywords("sys.__getattr__", kw)?;
    let Value::Str(name) = args::exactly_one("sys.__getattr__", args)? else {
        return Err(type_error("attribute name must be string"));
    };
    if !SYSINFO_NAMES.contains(&name.as_str()) {
        return Err(PyErr::new(
            ExcKind::AttributeError,
            format!("module 'sys' has no attribute '{}'", name.as_str()),
        ));
    }
    let info = vm.import_module("_sysinfo")?;
    let value = crate::ops::load_attr(vm, info, name)?;
    if let Value::Module(sys) = vm.import_module("sys")? {
        sys.set_attr(name.as_str(), value.clone());
    }
    Ok(value)
}

/// `sys.intern(string)`: the interned copy of a string.
fn sys_intern(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    refuse_keywords("sys.intern", kw)?;
    match args::exactly_one("intern", args)? {
        Value::Str(text) => Ok(Value::Str(super::intern::intern(text.as_str()))),
        other => Err(type_error(format!(
            "intern() argument must be str, not {}",
            other.type_name()
        ))),
    }
}

/// `sys.getsizeof(object[, default])`: an approximation of CPython's sizes on 64-bit builds.
fn sys_getsizeof(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [object, _default] = args::bind("getsizeof", &["object", "default"], args, kw)?;
    let Some(object) = object else {
        return Err(type_error(
            "getsizeof() missing required argument 'object' (pos 1)",
        ));
    };
    let items = |n: usize| n as i64 * 8;
    Ok(Value::Int(match object {
        Value::None => 16,
        Value::Bool(_) | Value::Int(_) => 28,
        Value::BigInt(big) => 24 + 4 * (big.bits() as i64 + 29) / 30,
        Value::Float(_) => 24,
        Value::Str(text) => 49 + text.as_str().len() as i64,
        Value::List(list) => 56 + items(list.borrow().len()),
        Value::Tuple(tuple) => 40 + items(tuple.len()),
        Value::Dict(dict) => 64 + items(dict.len()) * 3,
        Value::Set(set) | Value::FrozenSet(set) => 216 + items(set.len()) * 2,
        _ => 56,
    }))
}

fn sys_getdefaultencoding(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    refuse_keywords("sys.getdefaultencoding", kw)?;
    args::no_arguments("sys.getdefaultencoding", args)?;
    Ok(Value::str("utf-8"))
}

/// `pi e tau inf nan`, which `math` and `cmath` both define.
fn set_float_constants(module: &Module) {
    use std::f64::consts::{E, PI, TAU};
    for (name, value) in [
        ("pi", PI),
        ("e", E),
        ("tau", TAU),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ] {
        module.set_attr(name, Value::float(value));
    }
}

/// `sys.exit([code])`: raises SystemExit (also the `exit()` and `quit()` the site module adds).
pub(crate) fn sys_exit(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    refuse_keywords("sys.exit", kw)?;
    if args.len() > 1 {
        return Err(type_error(format!(
            "exit expected at most 1 argument, got {}",
            args.len()
        )));
    }
    let exit_type = super::types::builtin_type("SystemExit");
    // `sys.exit(None)` raises SystemExit with no arguments, as `sys.exit()` does.
    // The value becomes the exception's arguments as `PyErr_SetObject` makes them: None is no
    // arguments, a tuple is the arguments.
    let args: Vec<Value> = match args {
        [Value::None] => Vec::new(),
        [Value::Tuple(items)] => items.to_vec(),
        other => other.to_vec(),
    };
    Err(super::exc_object::from_value(
        super::exc_object::new_exception(&exit_type, &args),
    ))
}

/// `sys.exc_info()`: the exception being handled as `(type, value, traceback)`.
fn sys_exc_info(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    refuse_keywords("sys.exc_info", kw)?;
    args::no_arguments("sys.exc_info", args)?;
    let handled = vm.topmost_handled().clone();
    Ok(match &handled {
        Value::None => Value::tuple(vec![Value::None, Value::None, Value::None]),
        value => {
            let traceback =
                super::exc_object::get_attribute(value, "__traceback__").unwrap_or(Value::None);
            Value::tuple(vec![
                Value::Type(super::types::type_of(value)),
                handled.clone(),
                traceback,
            ])
        }
    })
}

/// `sys.exception()`: the exception being handled, or None.
fn sys_exception(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    refuse_keywords("sys.exception", kw)?;
    args::no_arguments("sys.exception", args)?;
    Ok(vm.topmost_handled().clone())
}

fn sys_get_int_max_str_digits(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    refuse_keywords("sys.get_int_max_str_digits", kw)?;
    args::no_arguments("sys.get_int_max_str_digits", args)?;
    Ok(Value::Int(int::max_str_digits() as i64))
}

fn sys_set_int_max_str_digits(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [maxdigits] = args::bind("set_int_max_str_digits", &["maxdigits"], args, kw)?;
    let Some(maxdigits) = maxdigits else {
        return Err(type_error(
            "set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)",
        ));
    };
    match c_int(maxdigits)? {
        n if n == 0 || n >= 640 => {
            int::set_max_str_digits(n as usize);
            Ok(Value::None)
        }
        _ => Err(value_error("maxdigits must be 0 or larger than 640")),
    }
}

fn sys_getrecursionlimit(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    refuse_keywords("sys.getrecursionlimit", kw)?;
    args::no_arguments("sys.getrecursionlimit", args)?;
    Ok(Value::Int(vm.recursion_limit as i64))
}

fn sys_setrecursionlimit(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    refuse_keywords("sys.setrecursionlimit", kw)?;
    match c_int(args::exactly_one("sys.setrecursionlimit", args)?)? {
        n if n >= 1 => {
            vm.recursion_limit = (n as usize).min(crate::vm::MAX_RECURSION_LIMIT);
            Ok(Value::None)
        }
        _ => Err(value_error(
            "recursion limit must be greater or equal than 1",
        )),
    }
}

/// An argument CPython reads as a C `int`.
fn c_int(value: &Value) -> PyResult<i32> {
    let wide = match value {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(**b as i64),
        Value::BigInt(_) => None,
        other => return Err(args::not_an_integer(other)),
    };
    wide.and_then(|n| i32::try_from(n).ok()).ok_or_else(|| {
        PyErr::new(
            ExcKind::OverflowError,
            "Python int too large to convert to C int",
        )
    })
}

/// A keyword argument's name (`kwnames` holds strings; anything else is CPython's error).
pub(super) fn keyword_name(name: &Value) -> PyResult<&str> {
    match name {
        Value::Str(s) => Ok(s.as_str()),
        _ => Err(type_error("keywords must be strings")),
    }
}

/// `math.sqrt() takes no keyword arguments`.
pub(super) fn refuse_keywords(qualified_name: &str, kwnames: &[Value]) -> PyResult<()> {
    if kwnames.is_empty() {
        Ok(())
    } else {
        Err(type_error(format!(
            "{qualified_name}() takes no keyword arguments"
        )))
    }
}

/// Wraps a created module as a value.
pub fn into_value(module: Module) -> Value {
    Value::Module(Rc::new(module))
}

/// A command-line argument as `sys.argv` holds it (UTF-8 with `surrogateescape`, as CPython).
fn os_arg(arg: &std::ffi::OsStr) -> Value {
    #[cfg(unix)]
    let text =
        crate::runtime::str::PyStr::from_os_bytes(std::os::unix::ffi::OsStrExt::as_bytes(arg));
    #[cfg(not(unix))]
    let text = crate::runtime::str::PyStr::new(arg.to_string_lossy().into_owned());
    Value::Str(std::rc::Rc::new(text))
}
