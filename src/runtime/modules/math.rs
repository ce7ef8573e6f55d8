//! The `math` module of CPython 3.11: every function and constant, with CPython's domain and
//! range errors (a NaN from a non-NaN argument is "math domain error", an infinity from a
//! finite one "math range error" where CPython says so) and its exact algorithms where they
//! decide the last bit: `fsum` (Shewchuk's exact partials, rounded half to even), `hypot` and
//! `dist` (CPython's scaled, corrected vector norm), `remainder`, and the integer functions on
//! big ints; `gamma` and `lgamma` are CPython's own Lanczos approximations (`gamma.rs`).
//! Elementary functions come from the C library, as CPython's do (`erf`, `erfc`, `asinh`,
//! `acosh`, `atanh`, `cbrt` and `ldexp` through FFI; those calls cannot run under Miri, and no
//! Miri program makes them).

use num_bigint::BigInt;
use num_traits::{One, Signed, Zero};

use super::super::exception::{PyErr, PyResult, type_error, value_error};
use super::super::function::BuiltinFn;
use super::super::{ExcKind, Value, args, int};
use super::{keyword_name, refuse_keywords};
use crate::ops;
use crate::vm::Vm;

/// The C library's functions this module calls (glibc's libm on Linux, as CPython's).
pub(super) mod libm {
    unsafe extern "C" {
        /// Finds `cbrt` in the C library: the Rust runtime links its own copy of that
        /// symbol statically, which rounds differently.
        pub fn dlsym(
            handle: *mut std::ffi::c_void,
            symbol: *const std::ffi::c_char,
        ) -> *mut std::ffi::c_void;
        pub fn asinh(x: f64) -> f64;
        pub fn acosh(x: f64) -> f64;
        pub fn atanh(x: f64) -> f64;
        pub fn erf(x: f64) -> f64;
        pub fn erfc(x: f64) -> f64;
        pub fn ldexp(x: f64, exp: std::ffi::c_int) -> f64;
    }
}

/// A float argument of a math function (ints are converted); also `random`'s.
pub(super) fn real(value: &Value) -> PyResult<f64> {
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

/// An integer argument (ints and bools), as a big int; also `random`'s.
pub(super) fn integer(value: &Value) -> PyResult<BigInt> {
    int::to_big(value).ok_or_else(|| args::not_an_integer(value))
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

fn two_args<'a>(name: &str, args: &'a [Value]) -> PyResult<(&'a Value, &'a Value)> {
    match args {
        [a, b] => Ok((a, b)),
        _ => Err(type_error(format!(
            "{name} expected 2 arguments, got {}",
            args.len()
        ))),
    }
}

fn two_reals(name: &str, args: &[Value]) -> PyResult<(f64, f64)> {
    let (a, b) = two_args(name, args)?;
    Ok((real(a)?, real(b)?))
}

fn domain_error() -> PyErr {
    value_error("math domain error")
}

fn range_error() -> PyErr {
    PyErr::new(ExcKind::OverflowError, "math range error")
}

/// CPython's `math_1`: applies `f`; a NaN from a non-NaN argument is a domain error, an
/// infinity from a finite argument a range error when `can_overflow`, else a domain error.
fn float_fn(name: &str, args: &[Value], f: fn(f64) -> f64, can_overflow: bool) -> PyResult<Value> {
    let x = real(one_arg(name, args)?)?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            range_error()
        } else {
            domain_error()
        });
    }
    Ok(Value::float(r))
}

macro_rules! math_float_fns {
    ($($name:ident => $f:expr, $overflow:expr;)*) => {
        $(fn $name(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
            refuse_keywords(concat!("math.", stringify!($name)), kw)?;
            float_fn(stringify!($name), args, $f, $overflow)
        })*
    };
}

math_float_fns! {
    sin => f64::sin, false;
    cos => f64::cos, false;
    tan => f64::tan, false;
    asin => f64::asin, false;
    acos => f64::acos, false;
    atan => f64::atan, false;
    sinh => f64::sinh, true;
    cosh => f64::cosh, true;
    tanh => f64::tanh, false;
    asinh => c_asinh, false;
    acosh => c_acosh, false;
    atanh => c_atanh, false;
    exp => f64::exp, true;
    exp2 => f64::exp2, true;
    expm1 => f64::exp_m1, true;
    log1p => f64::ln_1p, false;
    cbrt => c_cbrt, false;
    fabs => f64::abs, false;
    erf => c_erf, false;
    erfc => c_erfc, false;
}

/// Rust's own `asinh`, `acosh` and `atanh` (computed from `ln` and `sqrt`) and its `cbrt`
/// differ from the C library's in the last bit for some arguments; CPython calls the C library.
pub(super) fn c_asinh(x: f64) -> f64 {
    // SAFETY: `asinh` is the C library's pure function of a double.
    unsafe { libm::asinh(x) }
}

fn c_acosh(x: f64) -> f64 {
    // SAFETY: `acosh` is the C library's pure function of a double.
    unsafe { libm::acosh(x) }
}

fn c_atanh(x: f64) -> f64 {
    // SAFETY: `atanh` is the C library's pure function of a double.
    unsafe { libm::atanh(x) }
}

fn c_cbrt(x: f64) -> f64 {
    static CBRT: std::sync::OnceLock<Option<extern "C" fn(f64) -> f64>> =
        std::sync::OnceLock::new();
    let found = CBRT.get_or_init(|| {
        // SAFETY: `dlsym` with RTLD_DEFAULT (null) and a NUL-terminated name only looks the
        // symbol up; a non-null result is the C library's `double cbrt(double)`, whose ABI is
        // the function pointer type it is turned into.
        unsafe {
            let symbol = libm::dlsym(std::ptr::null_mut(), c"cbrt".as_ptr());
            (!symbol.is_null()).then(|| {
                std::mem::transmute::<*mut std::ffi::c_void, extern "C" fn(f64) -> f64>(symbol)
            })
        }
    });
    match found {
        Some(cbrt) => cbrt(x),
        None => x.cbrt(),
    }
}

fn c_erf(x: f64) -> f64 {
    // SAFETY: `erf` is the C library's pure function of a double.
    unsafe { libm::erf(x) }
}

fn c_erfc(x: f64) -> f64 {
    // SAFETY: `erfc` is the C library's pure function of a double.
    unsafe { libm::erfc(x) }
}

fn sqrt(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    refuse_keywords("math.sqrt", kw)?;
    let x = real(one_arg("sqrt", args)?)?;
    if x < 0.0 {
        return Err(domain_error());
    }
    Ok(Value::float(x.sqrt()))
}

/// `gamma` and `lgamma`: poles (zero and the negative integers) and `-inf` are domain errors,
/// a finite argument with an infinite result a range error.
fn gamma_fn(name: &str, args: &[Value], kw: &[Value], log: bool) -> PyResult<Value> {
    refuse_keywords(name, kw)?;
    let x = real(one_arg(&name[5..], args)?)?;
    let result = if log {
        super::gamma::lgamma(x)
    } else {
        super::gamma::gamma(x)
    };
    match result {
        Ok(r) => Ok(Value::float(r)),
        Err(super::gamma::GammaError::Domain) => Err(domain_error()),
        Err(super::gamma::GammaError::Range) => Err(range_error()),
    }
}

fn gamma(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    gamma_fn("math.gamma", args, kw, false)
}

fn lgamma_fn(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    gamma_fn("math.lgamma", args, kw, true)
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
                return Err(super::super::exception::zero_division(
                    "float division by zero",
                ));
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
            if !big.is_positive() {
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
        Value::Float(x) => ops::float_to_int(f(**x)),
        // `trunc` looks for `__trunc__` only; `floor`/`ceil` convert to float first.
        other if name == "trunc" => Err(type_error(format!(
            "type {} doesn't define __trunc__ method",
            other.type_name()
        ))),
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

fn atan2(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    refuse_keywords("math.atan2", kw)?;
    let (y, x) = two_reals("atan2", args)?;
    Ok(Value::float(y.atan2(x)))
}

fn copysign(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    refuse_keywords("math.copysign", kw)?;
    let (x, y) = two_reals("copysign", args)?;
    Ok(Value::float(x.copysign(y)))
}

fn fmod(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    refuse_keywords("math.fmod", kw)?;
    let (x, y) = two_reals("fmod", args)?;
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error());
    }
    Ok(Value::float(r))
}

/// IEEE 754 remainder: `x - n*y` with `n` the integer nearest `x/y`, ties to even.
fn remainder(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    refuse_keywords("math.remainder", kw)?;
    let (x, y) = two_reals("remainder", args)?;
    if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            return Err(domain_error());
        }
        let (absx, absy) = (x.abs(), y.abs());
        let m = absx % absy;
        let c = absy - m;
        let r = if m < c {
            m
        } else if m > c {
            -c
        } else {
            // Half way: the even multiple wins.
            m - 2.0 * ((0.5 * (absx - m)) % absy)
        };
        return Ok(Value::float(1f64.copysign(x) * r));
    }
    if x.is_nan() {
        return Ok(Value::float(x));
    }
    if y.is_nan() {
        return Ok(Value::float(y));
    }
    if x.is_infinite() {
        return Err(domain_error());
    }
    Ok(Value::float(x))
}

fn modf(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    refuse_keywords("math.modf", kw)?;
    let x = real(one_arg("modf", args)?)?;
    let (fraction, whole) = if x.is_infinite() {
        (0f64.copysign(x), x)
    } else if x.is_nan() {
        (x, x)
    } else {
        ((x - x.trunc()).copysign(x), x.trunc())
    };
    Ok(Value::tuple(vec![
        Value::float(fraction),
        Value::float(whole),
    ]))
}

fn frexp(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    refuse_keywords("math.frexp", kw)?;
    let x = real(one_arg("frexp", args)?)?;
    let (mantissa, exponent) = split_exponent(x);
    Ok(Value::tuple(vec![
        Value::float(mantissa),
        Value::Int(i64::from(exponent)),
    ]))
}

/// C's `frexp`: `x = m * 2^e` with `0.5 <= |m| < 1`, or `(x, 0)` for zero, inf and NaN.
fn split_exponent(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let (x, bias) = if x.abs() < f64::MIN_POSITIVE {
        // Subnormal: scale into the normal range first (exact).
        (x * 2f64.powi(64), -64)
    } else {
        (x, 0)
    };
    let bits = x.to_bits();
    let exponent = ((bits >> 52) & 0x7ff) as i32 - 1022;
    let mantissa = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (mantissa, exponent + bias)
}

fn ldexp_fn(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    refuse_keywords("math.ldexp", kw)?;
    let (x, i) = two_args("ldexp", args)?;
    let x = real(x)?;
    let Some(exponent) = int::to_big(i) else {
        return Err(type_error("Expected an int as second argument to ldexp."));
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::float(x));
    }
    // Past +-2200 the result is infinite or zero whatever `x` is.
    let exponent = exponent.clamp(BigInt::from(-2200), BigInt::from(2200));
    let exponent = i32::try_from(&exponent).unwrap_or(0);
    // SAFETY: `ldexp` is the C library's exact scaling of a double by a power of two.
    let r = unsafe { libm::ldexp(x, exponent) };
    if r.is_infinite() {
        return Err(range_error());
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

fn isfinite(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    refuse_keywords("math.isfinite", kw)?;
    Ok(Value::bool(real(one_arg("isfinite", args)?)?.is_finite()))
}

fn degrees(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    refuse_keywords("math.degrees", kw)?;
    let x = real(one_arg("degrees", args)?)?;
    Ok(Value::float(x * (180.0 / std::f64::consts::PI)))
}

fn radians(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    refuse_keywords("math.radians", kw)?;
    let x = real(one_arg("radians", args)?)?;
    Ok(Value::float(x * (std::f64::consts::PI / 180.0)))
}

fn nextafter(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    refuse_keywords("math.nextafter", kw)?;
    let (x, y) = two_reals("nextafter", args)?;
    let r = if x.is_nan() || y.is_nan() {
        f64::NAN
    } else if x == y {
        y
    } else if y > x {
        x.next_up()
    } else {
        x.next_down()
    };
    Ok(Value::float(r))
}

fn ulp(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    refuse_keywords("math.ulp", kw)?;
    let x = real(one_arg("ulp", args)?)?;
    if !x.is_finite() {
        return Ok(Value::float(x.abs()));
    }
    let x = x.abs();
    let r = if x == f64::MAX {
        x - x.next_down()
    } else {
        x.next_up() - x
    };
    Ok(Value::float(r))
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
        return Err(range_error());
    }
    Ok(Value::float(r))
}

/// CPython's `vector_norm`: the Euclidean norm of `values` (magnitudes, `max` the largest),
/// scaled by a power of two so the squares are exact, summed with their rounding errors
/// carried, and corrected once after the square root — within one ulp, and what CPython prints.
fn vector_norm(values: &mut [f64], max: f64, found_nan: bool) -> f64 {
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || values.len() <= 1 {
        return max;
    }
    let (_, max_e) = split_exponent(max);
    if max_e < -1023 {
        // Subnormal inputs: scale them up first (exact), then back down.
        for v in values.iter_mut() {
            *v /= f64::MIN_POSITIVE;
        }
        return f64::MIN_POSITIVE * vector_norm(values, max / f64::MIN_POSITIVE, found_nan);
    }
    // 2^-max_e in two exact halves: `powi(-1024)` would be 1 / 2^1024 = 1 / inf = 0.
    let scale = 2f64.powi(-max_e / 2) * 2f64.powi(-max_e - (-max_e / 2));
    let (mut csum, mut frac1, mut frac2) = (1.0f64, 0.0f64, 0.0f64);
    for &v in values.iter() {
        let x = v * scale;
        let (hi, lo) = exact_product(x, x);
        let (sum, sum_lo) = fast_two_sum(csum, hi);
        csum = sum;
        frac1 += lo;
        frac2 += sum_lo;
    }
    let mut h = (csum - 1.0 + (frac1 + frac2)).sqrt();
    let (hi, lo) = exact_product(-h, h);
    let (sum, sum_lo) = fast_two_sum(csum, hi);
    csum = sum;
    frac1 += lo;
    frac2 += sum_lo;
    let x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    h / scale
}

/// `x * y` as a rounded product and its exact error.
fn exact_product(x: f64, y: f64) -> (f64, f64) {
    let z = x * y;
    (z, x.mul_add(y, -z))
}

/// `a + b` (`|a| >= |b|`) as a rounded sum and its exact error.
fn fast_two_sum(a: f64, b: f64) -> (f64, f64) {
    let x = a + b;
    let z = x - a;
    (x, b - z)
}

fn hypot(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    refuse_keywords("math.hypot", kw)?;
    let mut values = Vec::with_capacity(args.len());
    let (mut max, mut found_nan) = (0.0f64, false);
    for arg in args {
        let x = real(arg)?.abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        values.push(x);
    }
    Ok(Value::float(vector_norm(&mut values, max, found_nan)))
}

fn dist(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    refuse_keywords("math.dist", kw)?;
    let (p, q) = two_args("dist", args)?;
    let p = ops::collect_iterable(vm, p)?;
    let q = ops::collect_iterable(vm, q)?;
    if p.len() != q.len() {
        return Err(value_error(
            "both points must have the same number of dimensions",
        ));
    }
    let mut values = Vec::with_capacity(p.len());
    let (mut max, mut found_nan) = (0.0f64, false);
    for (a, b) in p.iter().zip(&q) {
        let x = (real(a)? - real(b)?).abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        values.push(x);
    }
    Ok(Value::float(vector_norm(&mut values, max, found_nan)))
}

/// `fsum`: Shewchuk's algorithm as CPython runs it — the running sum kept exactly as
/// non-overlapping partials, infinities and NaNs summed aside, and the final rounding
/// corrected to half-even.
fn fsum(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    refuse_keywords("math.fsum", kw)?;
    let items = ops::collect_iterable(vm, one_arg("fsum", args)?)?;
    let mut partials: Vec<f64> = Vec::new();
    let (mut special_sum, mut inf_sum) = (0.0f64, 0.0f64);
    for item in &items {
        let original = real(item)?;
        let mut x = original;
        let mut kept = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[kept] = lo;
                kept += 1;
            }
            x = hi;
        }
        partials.truncate(kept);
        if x != 0.0 {
            if !x.is_finite() {
                // From an infinite or NaN input, or an overflow of finite ones.
                if original.is_finite() {
                    return Err(PyErr::new(
                        ExcKind::OverflowError,
                        "intermediate overflow in fsum",
                    ));
                }
                if original.is_infinite() {
                    inf_sum += original;
                }
                special_sum += original;
                partials.clear();
            } else {
                partials.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(value_error("-inf + inf in fsum"));
        }
        return Ok(Value::float(special_sum));
    }
    let mut hi = 0.0f64;
    let mut n = partials.len();
    if n > 0 {
        n -= 1;
        hi = partials[n];
        let mut lo = 0.0f64;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        // Half-way cases: the partials below decide which way `hi + lo` rounds.
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(Value::float(hi))
}

/// `prod(iterable, *, start=1)`: Python multiplication, so ints stay exact.
fn prod(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let positional = &args[..args.len() - kw.len()];
    let [iterable] = positional else {
        return Err(type_error(format!(
            "prod() takes exactly 1 positional argument ({} given)",
            positional.len()
        )));
    };
    let mut start = Value::Int(1);
    for (name, value) in kw.iter().zip(&args[args.len() - kw.len()..]) {
        match keyword_name(name)? {
            "start" => start = value.clone(),
            other => return Err(invalid_keyword(other, "prod")),
        }
    }
    let mut acc = start;
    for item in ops::collect_iterable(vm, iterable)? {
        acc = ops::binary_op(vm, crate::bytecode::BinOp::Multiply as u32, acc, item)?;
    }
    Ok(acc)
}

fn invalid_keyword(name: &str, function: &str) -> PyErr {
    type_error(format!(
        "'{name}' is an invalid keyword argument for {function}()"
    ))
}

/// `isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`.
fn isclose(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let positional = &args[..args.len() - kw.len()];
    if positional.len() > 2 {
        return Err(type_error(format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            positional.len()
        )));
    }
    let (mut rel_tol, mut abs_tol) = (1e-9, 0.0);
    let mut operands = [positional.first(), positional.get(1)];
    for (name, value) in kw.iter().zip(&args[args.len() - kw.len()..]) {
        match keyword_name(name)? {
            "rel_tol" => rel_tol = real(value)?,
            "abs_tol" => abs_tol = real(value)?,
            operand @ ("a" | "b") => {
                // A name already given by position is passed over, as CPython's argument
                // parser does (`isclose(1, a=1)` is then missing `b`).
                let slot = &mut operands[usize::from(operand == "b")];
                slot.get_or_insert(value);
            }
            other => return Err(invalid_keyword(other, "isclose")),
        }
    }
    let [Some(a), Some(b)] = operands else {
        let (missing, position) = if operands[0].is_none() {
            ("a", 1)
        } else {
            ("b", 2)
        };
        return Err(type_error(format!(
            "isclose() missing required argument '{missing}' (pos {position})"
        )));
    };
    let (a, b) = (real(a)?, real(b)?);
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::bool(false));
    }
    let diff = (b - a).abs();
    Ok(Value::bool(
        diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol,
    ))
}

fn factorial(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    refuse_keywords("math.factorial", kw)?;
    let n = match one_arg("factorial", args)? {
        Value::Int(n) => *n,
        Value::Bool(b) => **b as i64,
        Value::BigInt(b) if b.is_negative() => i64::MIN,
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
    Ok(int::normalize(falling_product(n, n)?))
}

/// `n * (n-1) * ... * (n-k+1)` (`0 <= k <= n`), refused up front when its size is past the
/// big-int limit (about `k * log2(n)` bits).
fn falling_product_big(n: &BigInt, k: i64) -> PyResult<BigInt> {
    let bits = (k.max(0) as u64).saturating_mul(n.bits());
    int::make_room(bits.saturating_add(64), 1)?;
    let mut product = BigInt::one();
    let mut factor = n.clone();
    for _ in 0..k {
        product *= &factor;
        factor -= 1;
    }
    Ok(product)
}

/// `falling_product_big` for a small `n`, refused by Stirling's estimate of `n!/(n-k)!`.
fn falling_product(n: i64, k: i64) -> PyResult<BigInt> {
    let log2_factorial = |m: f64| {
        if m < 2.0 {
            0.0
        } else {
            m * (m / std::f64::consts::E).log2() + 0.5 * (std::f64::consts::TAU * m).log2()
        }
    };
    let bits = log2_factorial(n as f64) - log2_factorial((n - k) as f64);
    int::make_room(bits.max(0.0) as u64 + 64, 1)?;
    let mut product = BigInt::one();
    for factor in (n - k + 1)..=n {
        product *= factor;
    }
    Ok(product)
}

/// A non-negative count argument of `comb`/`perm` (`what` is "n" or "k").
fn count_arg(value: &Value, what: &str) -> PyResult<BigInt> {
    let big = integer(value)?;
    if big.is_negative() {
        return Err(value_error(format!(
            "{what} must be a non-negative integer"
        )));
    }
    Ok(big)
}

/// The number of factors `k` of a falling product, which CPython bounds by a C `long long`.
fn factor_count(k: &BigInt, what: &str) -> PyResult<i64> {
    i64::try_from(k).map_err(|_| {
        PyErr::new(
            ExcKind::OverflowError,
            format!("{what} must not exceed {}", i64::MAX),
        )
    })
}

fn comb(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    refuse_keywords("math.comb", kw)?;
    let (n, k) = two_args("comb", args)?;
    let (n, k) = (count_arg(n, "n")?, count_arg(k, "k")?);
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = factor_count(&(&n - &k).min(k), "min(n - k, k)")?;
    let numerator = falling_product_big(&n, k)?;
    let denominator = falling_product(k, k)?;
    Ok(int::normalize(numerator / denominator))
}

fn perm(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    refuse_keywords("math.perm", kw)?;
    let (n, k) = match args {
        [n] => (n, None),
        [n, k] => (n, Some(k)),
        [] => return Err(type_error("perm expected at least 1 argument, got 0")),
        _ => {
            return Err(type_error(format!(
                "perm expected at most 2 arguments, got {}",
                args.len()
            )));
        }
    };
    let k = match k {
        None | Some(Value::None) => None,
        Some(k) => Some(count_arg(k, "k")?),
    };
    let Some(k) = k else {
        // `perm(n)` is `factorial(n)`, with its messages.
        return factorial(_vm, std::slice::from_ref(n), &[]);
    };
    let n = count_arg(n, "n")?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = factor_count(&k, "k")?;
    Ok(int::normalize(falling_product_big(&n, k)?))
}

fn gcd(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    refuse_keywords("math.gcd", kw)?;
    let mut acc = BigInt::zero();
    for arg in args {
        acc = num_integer::Integer::gcd(&acc, &integer(arg)?);
    }
    Ok(int::normalize(acc))
}

fn lcm(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    refuse_keywords("math.lcm", kw)?;
    let mut acc = BigInt::one();
    for arg in args {
        let n = integer(arg)?;
        if n.is_zero() || acc.is_zero() {
            acc = BigInt::zero();
            continue;
        }
        int::make_room(acc.bits() + n.bits(), 2)?;
        acc = num_integer::Integer::lcm(&acc, &n);
    }
    Ok(int::normalize(acc.abs()))
}

fn isqrt(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    refuse_keywords("math.isqrt", kw)?;
    let n = integer(one_arg("isqrt", args)?)?;
    if n.is_negative() {
        return Err(value_error("isqrt() argument must be nonnegative"));
    }
    Ok(int::normalize(num_integer::Roots::sqrt(&n)))
}

/// Every function of the module.
pub(super) static FUNCTIONS: &[BuiltinFn] = functions![
    "acos" => acos, "acosh" => acosh, "asin" => asin, "asinh" => asinh, "atan" => atan,
    "atan2" => atan2, "atanh" => atanh, "cbrt" => cbrt, "ceil" => ceil, "comb" => comb,
    "copysign" => copysign, "cos" => cos, "cosh" => cosh, "degrees" => degrees, "dist" => dist,
    "erf" => erf, "erfc" => erfc, "exp" => exp, "exp2" => exp2, "expm1" => expm1,
    "fabs" => fabs, "factorial" => factorial, "floor" => floor, "fmod" => fmod,
    "frexp" => frexp, "fsum" => fsum, "gamma" => gamma, "gcd" => gcd, "hypot" => hypot,
    "isclose" => isclose, "isfinite" => isfinite, "isinf" => isinf, "isnan" => isnan,
    "isqrt" => isqrt, "lcm" => lcm, "ldexp" => ldexp_fn, "lgamma" => lgamma_fn, "log" => log,
    "log10" => log10, "log1p" => log1p, "log2" => log2, "modf" => modf,
    "nextafter" => nextafter, "perm" => perm, "pow" => pow, "prod" => prod,
    "radians" => radians, "remainder" => remainder, "sin" => sin, "sinh" => sinh,
    "sqrt" => sqrt, "tan" => tan, "tanh" => tanh, "trunc" => trunc, "ulp" => ulp,
];
