//! Built-in modules: `sys` and `math`. Each is built on first import and cached by the VM.

use std::rc::Rc;

use super::exception::{PyErr, PyResult, type_error, value_error};
use super::function::{BuiltinFn, Module};
use super::{ExcKind, Value, args, int};
use crate::ops;
use crate::vm::Vm;

/// Creates the built-in module `name`, or `None` if there is no such module.
pub fn create(vm: &Vm, name: &str) -> Option<Module> {
    let module = Module::new(name);
    match name {
        "sys" => {
            let argv = vm.argv.iter().map(|a| os_arg(a)).collect();
            module.set_attr("argv", Value::list(argv));
            module.set_attr("maxsize", Value::Int(i64::MAX));
            for f in SYS_FUNCTIONS {
                module.set_attr(f.name, Value::Builtin(f));
            }
        }
        "math" => {
            module.set_attr("pi", Value::float(std::f64::consts::PI));
            module.set_attr("e", Value::float(std::f64::consts::E));
            module.set_attr("tau", Value::float(std::f64::consts::TAU));
            module.set_attr("inf", Value::float(f64::INFINITY));
            module.set_attr("nan", Value::float(f64::NAN));
            for f in MATH_FUNCTIONS {
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
];

/// `sys.exit([code])`: raises SystemExit.
fn sys_exit(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
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

/// `math.sqrt() takes no keyword arguments`.
fn refuse_keywords(qualified_name: &str, kwnames: &[Value]) -> PyResult<()> {
    if kwnames.is_empty() {
        Ok(())
    } else {
        Err(type_error(format!(
            "{qualified_name}() takes no keyword arguments"
        )))
    }
}

/// A float argument of a math function (ints are converted).
fn real(value: &Value) -> PyResult<f64> {
    match value {
        Value::Float(f) => Ok(**f),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(**b as i64 as f64),
        Value::BigInt(b) => int::big_to_f64(b),
        other => Err(type_error(format!(
            "must be real number, not {}",
            other.type_name()
        ))),
    }
}

fn one_arg<'a>(name: &str, args: &'a [Value]) -> PyResult<&'a Value> {
    match args {
        [x] => Ok(x),
        _ => Err(type_error(format!(
            "math.{name}() takes exactly one argument ({} given)",
            args.len()
        ))),
    }
}

fn domain_error() -> PyErr {
    value_error("math domain error")
}

/// Applies a float function, mapping NaN-from-finite to "math domain error" as C's libm errno does.
fn float_fn(name: &str, args: &[Value], f: fn(f64) -> f64) -> PyResult<Value> {
    let x = real(one_arg(name, args)?)?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(PyErr::new(ExcKind::OverflowError, "math range error"));
    }
    Ok(Value::float(r))
}

macro_rules! math_float_fns {
    ($($name:ident => $f:expr;)*) => {
        $(fn $name(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
            refuse_keywords(concat!("math.", stringify!($name)), kw)?;
            float_fn(stringify!($name), args, $f)
        })*
    };
}

math_float_fns! {
    sin => f64::sin;
    cos => f64::cos;
    tan => f64::tan;
    asin => f64::asin;
    acos => f64::acos;
    atan => f64::atan;
    exp => f64::exp;
    fabs => f64::abs;
}

fn sqrt(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    refuse_keywords("math.sqrt", kw)?;
    let x = real(one_arg("sqrt", args)?)?;
    if x < 0.0 {
        return Err(domain_error());
    }
    Ok(Value::float(x.sqrt()))
}

fn log(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    refuse_keywords("log", kw)?;
    let (x, base) = match args {
        [x] => (x, None),
        [x, base] => (x, Some(base)),
        _ => return Err(type_error("math.log requires 1 to 2 arguments")),
    };
    let numerator = log_of(x, f64::ln)?;
    match base {
        None => Ok(Value::float(numerator)),
        Some(base) => {
            let denominator = log_of(base, f64::ln)?;
            if denominator == 0.0 {
                return Err(super::exception::zero_division("float division by zero"));
            }
            Ok(Value::float(numerator / denominator))
        }
    }
}

fn log2(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    refuse_keywords("math.log2", kw)?;
    Ok(Value::float(log_of(one_arg("log2", args)?, f64::log2)?))
}

fn log10(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    refuse_keywords("math.log10", kw)?;
    Ok(Value::float(log_of(one_arg("log10", args)?, f64::log10)?))
}

/// A logarithm as CPython's `loghelper` takes it: a positive int too large for a float is
/// written as `x * 2**e` (`frexp`), so its log is `f(x) + f(2) * e`; everything else goes
/// through the float logarithm's domain rules.
fn log_of(value: &Value, f: fn(f64) -> f64) -> PyResult<f64> {
    let x = match value {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            let big = int::to_big(value).unwrap_or_default();
            if !num_traits::Signed::is_positive(&big) {
                return Err(domain_error());
            }
            match int::big_to_f64(&big) {
                Ok(x) => x,
                Err(_) => {
                    let (mantissa, exponent) = int::frexp(&big);
                    return Ok(f(mantissa) + f(2.0) * exponent as f64);
                }
            }
        }
        other => real(other)?,
    };
    if x.is_nan() || x == f64::INFINITY {
        Ok(x)
    } else if x > 0.0 {
        Ok(f(x))
    } else {
        Err(domain_error())
    }
}

/// `floor`/`ceil`/`trunc`: ints pass through, floats round to an int.
fn rounding(name: &str, args: &[Value], f: fn(f64) -> f64) -> PyResult<Value> {
    match one_arg(name, args)? {
        v @ (Value::Int(_) | Value::BigInt(_)) => Ok(v.clone()),
        Value::Bool(b) => Ok(Value::Int(**b as i64)),
        other => ops::float_to_int(f(real(other)?)),
    }
}

fn floor(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    refuse_keywords("math.floor", kw)?;
    rounding("floor", args, f64::floor)
}

fn ceil(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    refuse_keywords("math.ceil", kw)?;
    rounding("ceil", args, f64::ceil)
}

fn trunc(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    refuse_keywords("math.trunc", kw)?;
    rounding("trunc", args, f64::trunc)
}

fn two_reals(name: &str, args: &[Value]) -> PyResult<(f64, f64)> {
    match args {
        [a, b] => Ok((real(a)?, real(b)?)),
        _ => Err(type_error(format!(
            "{name} expected 2 arguments, got {}",
            args.len()
        ))),
    }
}

fn atan2(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    refuse_keywords("math.atan2", kw)?;
    let (y, x) = two_reals("atan2", args)?;
    Ok(Value::float(y.atan2(x)))
}

fn hypot(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    refuse_keywords("math.hypot", kw)?;
    let (x, y) = two_reals("hypot", args)?;
    Ok(Value::float(x.hypot(y)))
}

fn pow(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    refuse_keywords("math.pow", kw)?;
    let (x, y) = two_reals("pow", args)?;
    let r = x.powf(y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error());
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        if x == 0.0 {
            return Err(domain_error());
        }
        return Err(PyErr::new(ExcKind::OverflowError, "math range error"));
    }
    Ok(Value::float(r))
}

fn isnan(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    refuse_keywords("math.isnan", kw)?;
    Ok(Value::bool(real(one_arg("isnan", args)?)?.is_nan()))
}

fn isinf(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    refuse_keywords("math.isinf", kw)?;
    Ok(Value::bool(real(one_arg("isinf", args)?)?.is_infinite()))
}

fn factorial(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    refuse_keywords("math.factorial", kw)?;
    let n = match one_arg("factorial", args)? {
        Value::Int(n) => *n,
        Value::Bool(b) => **b as i64,
        Value::BigInt(b) if num_traits::Signed::is_negative(&**b) => i64::MIN,
        Value::BigInt(_) => {
            return Err(PyErr::new(
                ExcKind::OverflowError,
                format!("factorial() argument should not exceed {}", i64::MAX),
            ));
        }
        other => return Err(args::not_an_integer(other)),
    };
    if n < 0 {
        return Err(value_error("factorial() not defined for negative values"));
    }
    // log2(n!) by Stirling's formula: a result past the big-int size limit is refused before
    // the loop spends hours building it.
    let n_float = n as f64;
    let bits = n_float * (n_float / std::f64::consts::E).log2()
        + 0.5 * (std::f64::consts::TAU * n_float).log2();
    int::make_room(bits.max(0.0) as u64, 1)?;
    let mut product = num_bigint::BigInt::from(1);
    for k in 2..=n {
        product *= k;
    }
    Ok(int::normalize(product))
}

fn gcd(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    refuse_keywords("math.gcd", kw)?;
    let mut acc = num_bigint::BigInt::from(0);
    for arg in args {
        let Some(n) = int::to_big(arg) else {
            return Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                arg.type_name()
            )));
        };
        acc = num_integer::Integer::gcd(&acc, &n);
    }
    Ok(int::normalize(acc))
}

static MATH_FUNCTIONS: &[BuiltinFn] = &[
    BuiltinFn {
        name: "sqrt",
        call: sqrt,
    },
    BuiltinFn {
        name: "floor",
        call: floor,
    },
    BuiltinFn {
        name: "ceil",
        call: ceil,
    },
    BuiltinFn {
        name: "trunc",
        call: trunc,
    },
    BuiltinFn {
        name: "sin",
        call: sin,
    },
    BuiltinFn {
        name: "cos",
        call: cos,
    },
    BuiltinFn {
        name: "tan",
        call: tan,
    },
    BuiltinFn {
        name: "asin",
        call: asin,
    },
    BuiltinFn {
        name: "acos",
        call: acos,
    },
    BuiltinFn {
        name: "atan",
        call: atan,
    },
    BuiltinFn {
        name: "atan2",
        call: atan2,
    },
    BuiltinFn {
        name: "exp",
        call: exp,
    },
    BuiltinFn {
        name: "log",
        call: log,
    },
    BuiltinFn {
        name: "log10",
        call: log10,
    },
    BuiltinFn {
        name: "log2",
        call: log2,
    },
    BuiltinFn {
        name: "fabs",
        call: fabs,
    },
    BuiltinFn {
        name: "pow",
        call: pow,
    },
    BuiltinFn {
        name: "hypot",
        call: hypot,
    },
    BuiltinFn {
        name: "isnan",
        call: isnan,
    },
    BuiltinFn {
        name: "isinf",
        call: isinf,
    },
    BuiltinFn {
        name: "factorial",
        call: factorial,
    },
    BuiltinFn {
        name: "gcd",
        call: gcd,
    },
];

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
