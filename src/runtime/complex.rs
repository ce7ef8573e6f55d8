//! `complex` numbers: the value (`NativeObject::Complex`), its arithmetic with ints, floats
//! and complexes (CPython's algorithms: Smith-style division, exponentiation by squaring for
//! small integral powers, polar form otherwise), `repr`, `hash`, equality, `abs`, the
//! constructor (`complex(1, 2)`, `complex("1+2j")`) and the attributes `real`, `imag`,
//! `conjugate()`. Literals (`2j`) are constants the compiler makes with `new`.

use std::rc::Rc;

use super::descriptors::NativeObject;
use super::exception::type_error;
use super::function::BuiltinMethod;
use super::{ExcKind, PyErr, PyResult, Value};
use crate::bytecode::BinOp;
use crate::vm::Vm;

/// A complex number's parts.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Complex {
    pub re: f64,
    pub im: f64,
}

impl Complex {
    pub const fn new(re: f64, im: f64) -> Complex {
        Complex { re, im }
    }
}

/// A new complex value.
pub fn new(re: f64, im: f64) -> Value {
    Value::Native(Rc::new(NativeObject::Complex(Complex::new(re, im))))
}

/// The parts of a complex value.
pub fn complex_of(value: &Value) -> Option<Complex> {
    match value {
        Value::Native(native) => match &**native {
            NativeObject::Complex(c) => Some(*c),
            _ => None,
        },
        _ => None,
    }
}

/// An int, float or complex operand as a complex number (ints too large for a float are
/// CPython's OverflowError); `None` for anything else.
fn operand(value: &Value) -> Option<PyResult<Complex>> {
    Some(Ok(match value {
        Value::Int(i) => Complex::new(*i as f64, 0.0),
        Value::Bool(b) => Complex::new(f64::from(u8::from(**b)), 0.0),
        Value::Float(f) => Complex::new(**f, 0.0),
        Value::BigInt(b) => match super::int::big_to_f64(b) {
            Ok(f) => Complex::new(f, 0.0),
            Err(err) => return Some(Err(err)),
        },
        other => return complex_of(other).map(Ok),
    }))
}

fn zero_division(message: &str) -> PyErr {
    PyErr::new(ExcKind::ZeroDivisionError, message)
}

fn product(a: Complex, b: Complex) -> Complex {
    Complex::new(a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re)
}

/// `a / b` as CPython's `_Py_c_quot` computes it (scaling by the larger part of `b`).
fn quotient(a: Complex, b: Complex) -> PyResult<Complex> {
    let (abs_re, abs_im) = (b.re.abs(), b.im.abs());
    if abs_re >= abs_im {
        if abs_re == 0.0 {
            return Err(zero_division("complex division by zero"));
        }
        let ratio = b.im / b.re;
        let denom = b.re + b.im * ratio;
        Ok(Complex::new(
            (a.re + a.im * ratio) / denom,
            (a.im - a.re * ratio) / denom,
        ))
    } else if abs_im >= abs_re {
        let ratio = b.re / b.im;
        let denom = b.re * ratio + b.im;
        Ok(Complex::new(
            (a.re * ratio + a.im) / denom,
            (a.im * ratio - a.re) / denom,
        ))
    } else {
        Ok(Complex::new(f64::NAN, f64::NAN))
    }
}

/// `x ** n` for a non-negative integer `n` by repeated squaring, as CPython's `c_powu`.
fn power_unsigned(x: Complex, n: u64) -> Complex {
    let mut result = Complex::new(1.0, 0.0);
    let mut base = x;
    let mut mask: u64 = 1;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            result = product(result, base);
        }
        mask <<= 1;
        base = product(base, base);
    }
    result
}

/// `a ** b` (CPython's `complex_pow`): integral exponents up to 100 by repeated squaring,
/// others through the polar form.
pub fn power(a: Complex, b: Complex) -> PyResult<Complex> {
    let result = if b.im == 0.0 && b.re == b.re.floor() && b.re.abs() <= 100.0 {
        let n = b.re as i64;
        if n >= 0 {
            power_unsigned(a, n as u64)
        } else {
            quotient(Complex::new(1.0, 0.0), power_unsigned(a, n.unsigned_abs()))
                .map_err(|_| zero_division("0.0 to a negative or complex power"))?
        }
    } else if b.re == 0.0 && b.im == 0.0 {
        Complex::new(1.0, 0.0)
    } else if a.re == 0.0 && a.im == 0.0 {
        if b.im != 0.0 || b.re < 0.0 {
            return Err(zero_division("0.0 to a negative or complex power"));
        }
        Complex::new(0.0, 0.0)
    } else {
        let magnitude = a.re.hypot(a.im);
        let mut length = magnitude.powf(b.re);
        let angle = a.im.atan2(a.re);
        let mut phase = angle * b.re;
        if b.im != 0.0 {
            length /= (angle * b.im).exp();
            phase += b.im * magnitude.ln();
        }
        Complex::new(length * phase.cos(), length * phase.sin())
    };
    if (result.re.is_infinite() || result.im.is_infinite())
        && a.re.is_finite()
        && a.im.is_finite()
        && b.re.is_finite()
        && b.im.is_finite()
    {
        return Err(PyErr::new(ExcKind::OverflowError, "complex exponentiation"));
    }
    Ok(result)
}

/// `a op b` when either operand is complex and the other a number; `None` when the operator
/// does not apply to complex numbers (the caller's TypeError), or an operand is not a number.
pub fn binary(op: BinOp, a: &Value, b: &Value) -> Option<PyResult<Value>> {
    if complex_of(a).is_none() && complex_of(b).is_none() {
        return None;
    }
    let x = match operand(a)? {
        Ok(x) => x,
        Err(err) => return Some(Err(err)),
    };
    let y = match operand(b)? {
        Ok(y) => y,
        Err(err) => return Some(Err(err)),
    };
    let result = match op {
        BinOp::Add => Ok(Complex::new(x.re + y.re, x.im + y.im)),
        BinOp::Subtract => Ok(Complex::new(x.re - y.re, x.im - y.im)),
        BinOp::Multiply => Ok(product(x, y)),
        BinOp::TrueDivide => quotient(x, y),
        BinOp::Power => power(x, y),
        _ => return None,
    };
    Some(result.map(|c| new(c.re, c.im)))
}

/// A float power that CPython hands to complex arithmetic (a negative base and a fractional
/// exponent).
pub fn float_power(a: f64, b: f64) -> PyResult<Value> {
    let c = power(Complex::new(a, 0.0), Complex::new(b, 0.0))?;
    Ok(new(c.re, c.im))
}

/// `-z`, `+z`, `abs(z)`.
pub fn negative(c: Complex) -> Value {
    new(-c.re, -c.im)
}

pub fn absolute(c: Complex) -> PyResult<Value> {
    if c.re.is_infinite() || c.im.is_infinite() {
        return Ok(Value::float(f64::INFINITY));
    }
    if c.re.is_nan() || c.im.is_nan() {
        return Ok(Value::float(f64::NAN));
    }
    let result = c.re.hypot(c.im);
    if result.is_infinite() {
        return Err(PyErr::new(
            ExcKind::OverflowError,
            "absolute value too large",
        ));
    }
    Ok(Value::float(result))
}

/// A part of a complex repr: the float's shortest repr without a trailing `.0`.
fn part(x: f64, signed: bool) -> String {
    let mut text = super::float::repr(x);
    if let Some(stripped) = text.strip_suffix(".0") {
        text = stripped.to_string();
    }
    if signed && !text.starts_with('-') {
        text.insert(0, '+');
    }
    text
}

/// `repr(z)`: `2j` for a positive-zero real part, else `(1+2j)`.
pub fn repr(c: Complex) -> String {
    if c.re == 0.0 && c.re.is_sign_positive() {
        return format!("{}j", part(c.im, false));
    }
    format!("({}{}j)", part(c.re, false), part(c.im, true))
}

/// `hash(z)`: CPython combines the parts' hashes with the imaginary multiplier 1000003.
pub fn hash(c: Complex) -> i64 {
    let combined = super::hash::hash_float(c.re)
        .wrapping_add(super::hash::hash_float(c.im).wrapping_mul(1_000_003));
    if combined == -1 { -2 } else { combined }
}

/// `a == b` when either is complex (`None` when neither is, or the other is not a number).
pub fn equal(a: &Value, b: &Value) -> Option<bool> {
    if complex_of(a).is_none() && complex_of(b).is_none() {
        return None;
    }
    let (Some(Ok(x)), Some(Ok(y))) = (operand(a), operand(b)) else {
        // Not a number (or an int beyond floats): never equal, as CPython's exact check says.
        return Some(false);
    };
    Some(x.re == y.re && x.im == y.im)
}

/// The attributes of a complex value.
pub fn attribute(native: &Rc<NativeObject>, c: Complex, name: &str) -> Option<Value> {
    match name {
        "real" => Some(Value::float(c.re)),
        "imag" => Some(Value::float(c.im)),
        _ => COMPLEX_METHODS
            .iter()
            .find(|m| m.name == name)
            .map(|m| Value::BoundMethod(Rc::new((Value::Native(native.clone()), m)))),
    }
}

static COMPLEX_METHODS: &[BuiltinMethod] = &[
    BuiltinMethod {
        name: "conjugate",
        owner: "complex",
        call: conjugate,
        keywords: false,
    },
    BuiltinMethod {
        name: "__complex__",
        owner: "complex",
        call: identity,
        keywords: false,
    },
];

fn receiver(this: &Value) -> PyResult<Complex> {
    complex_of(this).ok_or_else(|| {
        type_error(format!(
            "descriptor requires a 'complex' object but received a '{}'",
            this.type_name()
        ))
    })
}

fn conjugate(_vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    super::args::no_arguments("complex.conjugate", args)?;
    let c = receiver(this)?;
    Ok(new(c.re, -c.im))
}

fn identity(_vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    super::args::no_arguments("complex.__complex__", args)?;
    let c = receiver(this)?;
    Ok(new(c.re, c.im))
}

// ----- the constructor ----------------------------------------------------------------------

/// `complex(real=0, imag=0)` and `complex(string)`.
pub fn builtin_complex(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let [real, imag] = super::args::bind("complex", &["real", "imag"], args, kwnames)?;
    if let Some(Value::Str(text)) = real {
        if imag.is_some() {
            return Err(type_error(
                "complex() can't take second arg if first is a string",
            ));
        }
        return parse(text.as_str())
            .map(|c| new(c.re, c.im))
            .ok_or_else(|| PyErr::new(ExcKind::ValueError, "complex() arg is a malformed string"));
    }
    if let Some(Value::Str(_)) = imag {
        return Err(type_error("complex() second arg can't be a string"));
    }
    let real_is_complex = real.is_some_and(|v| complex_of(v).is_some());
    let real = match real {
        Some(value) => component(vm, value, true)?,
        None => Complex::new(0.0, 0.0),
    };
    // complex(a, b) = a + b*1j; as CPython, parts are only added when they come from complex
    // arguments, so the sign of a zero survives (`complex(1, -0.0)` is `(1-0j)`).
    let (mut re, mut im) = (real.re, real.im);
    if let Some(value) = imag {
        let imag_is_complex = complex_of(value).is_some();
        let imag = component(vm, value, false)?;
        if imag_is_complex {
            re -= imag.im;
        }
        im = if real_is_complex {
            imag.re + real.im
        } else {
            imag.re
        };
    }
    Ok(new(re, im))
}

/// A number argument of `complex()` as a complex (an instance's `__complex__`, `__float__` or
/// `__index__` asked).
fn component(vm: &mut Vm, value: &Value, first: bool) -> PyResult<Complex> {
    if let Some(c) = to_complex(vm, value)? {
        return Ok(c);
    }
    let which = if first { "first" } else { "second" };
    Err(type_error(format!(
        "complex() {which} argument must be a string or a number, not '{}'",
        value.type_name()
    )))
}

/// `value` as a complex number: an int, float or complex, or an instance's `__complex__`,
/// `__float__` or `__index__`; `None` for anything else.
pub fn to_complex(vm: &mut Vm, value: &Value) -> PyResult<Option<Complex>> {
    if let Some(result) = operand(value) {
        return result.map(Some);
    }
    if let Value::Instance(_) = value {
        let name = super::intern::intern("__complex__");
        if let Some(class) = super::protocol::dunder_class(value)
            && let Some(hook) = class.lookup(&name)
        {
            let result = super::protocol::call_method(vm, &hook, value, &[])?;
            return complex_of(&result).map(Some).ok_or_else(|| {
                type_error(format!(
                    "__complex__ returned non-complex (type {})",
                    result.type_name()
                ))
            });
        }
        if let Some(native) = super::protocol::native_of(value)
            && let Some(result) = operand(native)
        {
            return result.map(Some);
        }
        let float = super::intern::intern("__float__");
        let index = super::intern::intern("__index__");
        let convertible = super::protocol::dunder_class(value)
            .is_some_and(|class| class.lookup(&float).is_some() || class.lookup(&index).is_some());
        if convertible && let Value::Float(f) = super::protocol::instance_number(vm, value, true)? {
            return Ok(Some(Complex::new(*f, 0.0)));
        }
    }
    Ok(None)
}

/// Parses CPython's complex syntax: optional parentheses and surrounding spaces, then a real
/// part, an imaginary part (`j` or `J`), or both (`1+2j`, `-1.5e3-j`).
pub fn parse(text: &str) -> Option<Complex> {
    let mut s = text.trim();
    if let Some(inner) = s.strip_prefix('(') {
        s = inner.strip_suffix(')')?.trim();
    }
    if s.is_empty() {
        return None;
    }
    let Some(body) = s.strip_suffix(['j', 'J']) else {
        return float_part(s).map(|re| Complex::new(re, 0.0));
    };
    // Where the imaginary part starts: the last sign that is not an exponent's.
    let bytes = body.as_bytes();
    let mut split = None;
    for i in (1..bytes.len()).rev() {
        if matches!(bytes[i], b'+' | b'-') && !matches!(bytes[i - 1], b'e' | b'E') {
            split = Some(i);
            break;
        }
    }
    let imaginary = |t: &str| match t {
        "" | "+" => Some(1.0),
        "-" => Some(-1.0),
        _ => float_part(t),
    };
    match split {
        Some(at) => Some(Complex::new(
            float_part(&body[..at])?,
            imaginary(&body[at..])?,
        )),
        None => Some(Complex::new(0.0, imaginary(body)?)),
    }
}

fn float_part(text: &str) -> Option<f64> {
    if text.is_empty() || text.contains(char::is_whitespace) {
        return None;
    }
    super::float::parse_float(text)
}
