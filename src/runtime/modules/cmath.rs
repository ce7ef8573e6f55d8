//! The `cmath` module: complex square roots, exponentials, logarithms, trigonometric and
//! hyperbolic functions and their inverses, `phase`/`polar`/`rect`, the classification
//! functions, `isclose` and the constants, following the formulas of CPython's `cmathmodule.c`
//! for finite arguments (scaled to avoid overflow and underflow, `log1p` near 1), with its
//! "math domain error" and "math range error". Infinite and NaN arguments are computed by the
//! same formulas rather than CPython's tables of special values, so their signs may differ.

use super::super::complex::{self, Complex};
use super::super::exception::{PyErr, PyResult, type_error, value_error};
use super::super::function::BuiltinFn;
use super::super::{ExcKind, Value};
use crate::vm::Vm;

use std::f64::consts::{LN_2, LN_10, PI};

// `asinh` is the C library's (`math::c_asinh`), as CPython's formulas call it.

/// `DBL_MAX / 4`: past it, formulas rescale to avoid overflow.
const LARGE_DOUBLE: f64 = f64::MAX / 4.0;
/// `log(LARGE_DOUBLE)`.
const LOG_LARGE_DOUBLE: f64 = 708.396_418_532_264_1;
const MANT_DIG: i32 = 53;
/// `2 * (DBL_MANT_DIG / 2) + 1` and its counterpart: the scalings of a subnormal `sqrt`.
const SCALE_UP: i32 = 2 * (MANT_DIG / 2) + 1;
const SCALE_DOWN: i32 = -(SCALE_UP + 1) / 2;

fn ldexp(x: f64, exp: i32) -> f64 {
    x * 2f64.powi(exp)
}

fn domain_error() -> PyErr {
    value_error("math domain error")
}

fn range_error() -> PyErr {
    PyErr::new(ExcKind::OverflowError, "math range error")
}

/// A `cmath` argument as a complex number: a complex, an int or float, or an object with
/// `__complex__` or `__float__`.
fn argument(vm: &mut Vm, value: &Value) -> PyResult<Complex> {
    match complex::to_complex(vm, value)? {
        Some(c) => Ok(c),
        None => Err(type_error(format!(
            "must be real number, not {}",
            value.type_name()
        ))),
    }
}

fn one_arg<'a>(name: &str, args: &'a [Value], kw: &[Value]) -> PyResult<&'a Value> {
    if !kw.is_empty() {
        return Err(type_error(format!("{name}() takes no keyword arguments")));
    }
    match args {
        [x] => Ok(x),
        _ => Err(type_error(format!(
            "{name}() takes exactly one argument ({} given)",
            args.len()
        ))),
    }
}

fn result(c: Complex) -> Value {
    complex::new(c.re, c.im)
}

/// A result that became infinite from finite parts is CPython's range error.
fn checked(input: Complex, output: Complex) -> PyResult<Complex> {
    if input.re.is_finite()
        && input.im.is_finite()
        && (output.re.is_infinite() || output.im.is_infinite())
    {
        return Err(range_error());
    }
    Ok(output)
}

pub fn sqrt(z: Complex) -> Complex {
    if z.re == 0.0 && z.im == 0.0 {
        return Complex::new(0.0, z.im);
    }
    let (ax, ay) = (z.re.abs(), z.im.abs());
    let s = if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        let ax = ldexp(ax, SCALE_UP);
        ldexp((ax + ax.hypot(ldexp(ay, SCALE_UP))).sqrt(), SCALE_DOWN)
    } else {
        let ax = ax / 8.0;
        2.0 * (ax + ax.hypot(ay / 8.0)).sqrt()
    };
    let d = ay / (2.0 * s);
    if z.re >= 0.0 {
        Complex::new(s, d.copysign(z.im))
    } else {
        Complex::new(d, s.copysign(z.im))
    }
}

fn exp(z: Complex) -> PyResult<Complex> {
    let (re, im) = if z.re > LOG_LARGE_DOUBLE {
        let l = (z.re - 1.0).exp();
        (
            l * z.im.cos() * std::f64::consts::E,
            l * z.im.sin() * std::f64::consts::E,
        )
    } else {
        let l = z.re.exp();
        (l * z.im.cos(), l * z.im.sin())
    };
    checked(z, Complex::new(re, im))
}

fn log(z: Complex) -> PyResult<Complex> {
    let (ax, ay) = (z.re.abs(), z.im.abs());
    let re = if ax > LARGE_DOUBLE || ay > LARGE_DOUBLE {
        (ax / 2.0).hypot(ay / 2.0).ln() + LN_2
    } else if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        if ax > 0.0 || ay > 0.0 {
            ldexp(ax, MANT_DIG).hypot(ldexp(ay, MANT_DIG)).ln() - f64::from(MANT_DIG) * LN_2
        } else {
            return Err(domain_error());
        }
    } else {
        let h = ax.hypot(ay);
        if (0.71..=1.73).contains(&h) {
            let (am, an) = if ax > ay { (ax, ay) } else { (ay, ax) };
            ((am - 1.0) * (am + 1.0) + an * an).ln_1p() / 2.0
        } else {
            h.ln()
        }
    };
    Ok(Complex::new(re, z.im.atan2(z.re)))
}

fn sinh(z: Complex) -> PyResult<Complex> {
    let (re, im) = if z.re.abs() >= LOG_LARGE_DOUBLE {
        let x = z.re - 1f64.copysign(z.re);
        (
            z.im.cos() * x.sinh() * std::f64::consts::E,
            z.im.sin() * x.cosh() * std::f64::consts::E,
        )
    } else {
        (z.im.cos() * z.re.sinh(), z.im.sin() * z.re.cosh())
    };
    checked(z, Complex::new(re, im))
}

fn cosh(z: Complex) -> PyResult<Complex> {
    let (re, im) = if z.re.abs() >= LOG_LARGE_DOUBLE {
        let x = z.re - 1f64.copysign(z.re);
        (
            z.im.cos() * x.cosh() * std::f64::consts::E,
            z.im.sin() * x.sinh() * std::f64::consts::E,
        )
    } else {
        (z.im.cos() * z.re.cosh(), z.im.sin() * z.re.sinh())
    };
    checked(z, Complex::new(re, im))
}

fn tanh(z: Complex) -> Complex {
    if z.re.abs() > LOG_LARGE_DOUBLE {
        return Complex::new(
            1f64.copysign(z.re),
            4.0 * z.im.sin() * z.im.cos() * (-2.0 * z.re.abs()).exp(),
        );
    }
    let tx = z.re.tanh();
    let ty = z.im.tan();
    let cx = 1.0 / z.re.cosh();
    let txty = tx * ty;
    let denom = 1.0 + txty * txty;
    Complex::new(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)
}

fn asinh(z: Complex) -> Complex {
    if z.re.abs() > LARGE_DOUBLE || z.im.abs() > LARGE_DOUBLE {
        let big = (z.re / 2.0).hypot(z.im / 2.0).ln() + LN_2 * 2.0;
        let re = if z.im >= 0.0 {
            big.copysign(z.re)
        } else {
            -big.copysign(-z.re)
        };
        return Complex::new(re, z.im.atan2(z.re.abs()));
    }
    let s1 = sqrt(Complex::new(1.0 + z.im, -z.re));
    let s2 = sqrt(Complex::new(1.0 - z.im, z.re));
    Complex::new(
        super::math::c_asinh(s1.re * s2.im - s2.re * s1.im),
        z.im.atan2(s1.re * s2.re - s1.im * s2.im),
    )
}

fn acos(z: Complex) -> Complex {
    if z.re.abs() > LARGE_DOUBLE || z.im.abs() > LARGE_DOUBLE {
        let big = (z.re / 2.0).hypot(z.im / 2.0).ln() + LN_2 * 2.0;
        let im = if z.re < 0.0 {
            -big.copysign(z.im)
        } else {
            big.copysign(-z.im)
        };
        return Complex::new(z.im.abs().atan2(z.re), im);
    }
    let s1 = sqrt(Complex::new(1.0 - z.re, -z.im));
    let s2 = sqrt(Complex::new(1.0 + z.re, z.im));
    Complex::new(
        2.0 * s1.re.atan2(s2.re),
        super::math::c_asinh(s2.re * s1.im - s2.im * s1.re),
    )
}

fn acosh(z: Complex) -> Complex {
    if z.re.abs() > LARGE_DOUBLE || z.im.abs() > LARGE_DOUBLE {
        return Complex::new(
            (z.re / 2.0).hypot(z.im / 2.0).ln() + LN_2 * 2.0,
            z.im.atan2(z.re),
        );
    }
    let s1 = sqrt(Complex::new(z.re - 1.0, z.im));
    let s2 = sqrt(Complex::new(z.re + 1.0, z.im));
    Complex::new(
        super::math::c_asinh(s1.re * s2.re + s1.im * s2.im),
        2.0 * s1.im.atan2(s2.re),
    )
}

fn atanh(z: Complex) -> PyResult<Complex> {
    if z.re < 0.0 {
        let r = atanh(Complex::new(-z.re, -z.im))?;
        return Ok(Complex::new(-r.re, -r.im));
    }
    let ay = z.im.abs();
    let sqrt_large = LARGE_DOUBLE.sqrt();
    let sqrt_min = f64::MIN_POSITIVE.sqrt();
    if z.re > sqrt_large || ay > sqrt_large {
        let h = (z.re / 2.0).hypot(z.im / 2.0);
        return Ok(Complex::new(
            z.re / 4.0 / h / h,
            -(PI / 2.0).copysign(-z.im),
        ));
    }
    if z.re == 1.0 && ay < sqrt_min {
        if ay == 0.0 {
            return Err(domain_error());
        }
        return Ok(Complex::new(
            -(ay.sqrt() / ay.hypot(2.0).sqrt()).ln(),
            (2f64.atan2(-ay) / 2.0).copysign(z.im),
        ));
    }
    Ok(Complex::new(
        (4.0 * z.re / ((1.0 - z.re) * (1.0 - z.re) + ay * ay)).ln_1p() / 4.0,
        -(-2.0 * z.im).atan2((1.0 - z.re) * (1.0 + z.re) - ay * ay) / 2.0,
    ))
}

/// `f(i z)` rotated back by `-i`: how `sin`, `tan`, `asin`, `atan` come from the hyperbolic
/// functions.
fn rotated(z: Complex, f: impl FnOnce(Complex) -> PyResult<Complex>) -> PyResult<Complex> {
    let s = f(Complex::new(-z.im, z.re))?;
    Ok(Complex::new(s.im, -s.re))
}

macro_rules! unary {
    ($( $fname:ident $name:literal => $body:expr; )*) => {
        $(
            fn $fname(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
                let z = argument(vm, one_arg($name, args, kw)?)?;
                let f: fn(Complex) -> PyResult<Complex> = $body;
                f(z).map(result)
            }
        )*
    };
}

unary! {
    cmath_sqrt "sqrt" => |z| Ok(sqrt(z));
    cmath_exp "exp" => exp;
    cmath_log10 "log10" => |z| log(z).map(|r| Complex::new(r.re / LN_10, r.im / LN_10));
    cmath_sinh "sinh" => sinh;
    cmath_cosh "cosh" => cosh;
    cmath_tanh "tanh" => |z| Ok(tanh(z));
    cmath_asinh "asinh" => |z| Ok(asinh(z));
    cmath_acosh "acosh" => |z| Ok(acosh(z));
    cmath_atanh "atanh" => atanh;
    cmath_acos "acos" => |z| Ok(acos(z));
    cmath_sin "sin" => |z| rotated(z, sinh);
    cmath_cos "cos" => |z| cosh(Complex::new(-z.im, z.re));
    cmath_tan "tan" => |z| rotated(z, |w| Ok(tanh(w)));
    cmath_asin "asin" => |z| rotated(z, |w| Ok(asinh(w)));
    cmath_atan "atan" => |z| rotated(z, atanh);
}

/// `log(z[, base])`.
fn cmath_log(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(type_error("log() takes no keyword arguments"));
    }
    let (z, base) = match args {
        [z] => (z, None),
        [z, base] => (z, Some(base)),
        _ => {
            return Err(type_error(format!(
                "log expected at most 2 arguments, got {}",
                args.len()
            )));
        }
    };
    let z = log(argument(vm, z)?)?;
    let Some(base) = base else {
        return Ok(result(z));
    };
    let base = log(argument(vm, base)?)?;
    let Some(Ok(quotient)) = complex::binary(
        crate::bytecode::BinOp::TrueDivide,
        &result(z),
        &result(base),
    ) else {
        return Err(PyErr::new(
            ExcKind::ZeroDivisionError,
            "complex division by zero",
        ));
    };
    Ok(quotient)
}

fn phase(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let z = argument(vm, one_arg("phase", args, kw)?)?;
    Ok(Value::float(z.im.atan2(z.re)))
}

fn polar(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let z = argument(vm, one_arg("polar", args, kw)?)?;
    let modulus = z.re.hypot(z.im);
    if modulus.is_infinite() && z.re.is_finite() && z.im.is_finite() {
        return Err(range_error());
    }
    Ok(Value::tuple(vec![
        Value::float(modulus),
        Value::float(z.im.atan2(z.re)),
    ]))
}

fn rect(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(type_error("rect() takes no keyword arguments"));
    }
    let [r, phi] = args else {
        return Err(type_error(format!(
            "rect expected 2 arguments, got {}",
            args.len()
        )));
    };
    let (r, phi) = (super::math::real(r)?, super::math::real(phi)?);
    if r.is_finite() && phi.is_infinite() {
        return Err(domain_error());
    }
    // A zero phase keeps the imaginary part an exact (signed) zero, as CPython.
    let im = if phi == 0.0 { r * phi } else { r * phi.sin() };
    Ok(result(Complex::new(r * phi.cos(), im)))
}

fn isfinite(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let z = argument(vm, one_arg("isfinite", args, kw)?)?;
    Ok(Value::bool(z.re.is_finite() && z.im.is_finite()))
}

fn isinf(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let z = argument(vm, one_arg("isinf", args, kw)?)?;
    Ok(Value::bool(z.re.is_infinite() || z.im.is_infinite()))
}

fn isnan(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let z = argument(vm, one_arg("isnan", args, kw)?)?;
    Ok(Value::bool(z.re.is_nan() || z.im.is_nan()))
}

/// `isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`.
fn isclose(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let positional = &args[..args.len() - kw.len()];
    let [a, b] = positional else {
        return Err(type_error(format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            positional.len()
        )));
    };
    let (mut rel_tol, mut abs_tol) = (1e-9, 0.0);
    for (name, value) in kw.iter().zip(&args[positional.len()..]) {
        match super::keyword_name(name)? {
            "rel_tol" => rel_tol = super::math::real(value)?,
            "abs_tol" => abs_tol = super::math::real(value)?,
            other => {
                return Err(type_error(format!(
                    "isclose() got an unexpected keyword argument '{other}'"
                )));
            }
        }
    }
    let (a, b) = (argument(vm, a)?, argument(vm, b)?);
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::bool(true));
    }
    if a.re.is_infinite() || a.im.is_infinite() || b.re.is_infinite() || b.im.is_infinite() {
        return Ok(Value::bool(false));
    }
    let diff = (b.re - a.re).hypot(b.im - a.im);
    Ok(Value::bool(
        diff <= rel_tol * b.re.hypot(b.im) || diff <= rel_tol * a.re.hypot(a.im) || diff <= abs_tol,
    ))
}

macro_rules! functions {
    ($( $name:literal $call:ident, )*) => {
        pub static FUNCTIONS: &[BuiltinFn] = &[ $( BuiltinFn { name: $name, call: $call }, )* ];
    };
}

functions! {
    "sqrt" cmath_sqrt,
    "exp" cmath_exp,
    "log" cmath_log,
    "log10" cmath_log10,
    "sin" cmath_sin,
    "cos" cmath_cos,
    "tan" cmath_tan,
    "asin" cmath_asin,
    "acos" cmath_acos,
    "atan" cmath_atan,
    "sinh" cmath_sinh,
    "cosh" cmath_cosh,
    "tanh" cmath_tanh,
    "asinh" cmath_asinh,
    "acosh" cmath_acosh,
    "atanh" cmath_atanh,
    "phase" phase,
    "polar" polar,
    "rect" rect,
    "isfinite" isfinite,
    "isinf" isinf,
    "isnan" isnan,
    "isclose" isclose,
}
