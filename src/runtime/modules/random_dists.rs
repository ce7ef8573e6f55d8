//! `random`'s remaining distributions — `triangular`, `lognormvariate`, `vonmisesvariate`,
//! `gammavariate`, `betavariate`, `paretovariate`, `weibullvariate` — drawing from the shared
//! Mersenne Twister in the order and with the arithmetic of CPython 3.11's `random.py`, so
//! seeded sequences match.

use std::f64::consts::{E, PI, TAU};

use super::super::exception::{PyResult, type_error, value_error};
use super::super::function::BuiltinFn;
use super::super::{Value, args};
use super::random::{Twister, with_twister};

use crate::vm::Vm;

fn float_args<const N: usize>(
    name: &str,
    names: &[&str; N],
    defaults: [Option<f64>; N],
    given: &[Value],
    kw: &[Value],
) -> PyResult<[f64; N]> {
    let bound = args::bind(name, names, given, kw)?;
    let mut out = [0.0; N];
    for (i, slot) in bound.iter().enumerate() {
        out[i] = match (slot, defaults[i]) {
            (Some(value), _) => super::math::real(value)?,
            (None, Some(default)) => default,
            (None, None) => {
                return Err(type_error(format!(
                    "Random.{name}() missing 1 required positional argument: '{}'",
                    names[i]
                )));
            }
        };
    }
    Ok(out)
}

fn triangular(_vm: &mut Vm, given: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [low_given, high_given, mode] =
        args::bind("triangular", &["low", "high", "mode"], given, kw)?;
    let mut low = low_given.map_or(Ok(0.0), super::math::real)?;
    let mut high = high_given.map_or(Ok(1.0), super::math::real)?;
    let mode = match mode {
        None | Some(Value::None) => None,
        Some(value) => Some(super::math::real(value)?),
    };
    let mut u = with_twister(Twister::random);
    let mut c = match mode {
        None => 0.5,
        // CPython's ZeroDivisionError path hands back `low` itself (an int stays an int).
        Some(_) if high == low => {
            return Ok(low_given.cloned().unwrap_or(Value::float(low)));
        }
        Some(mode) => (mode - low) / (high - low),
    };
    if u > c {
        u = 1.0 - u;
        c = 1.0 - c;
        std::mem::swap(&mut low, &mut high);
    }
    Ok(Value::float(low + (high - low) * (u * c).sqrt()))
}

fn lognormvariate(_vm: &mut Vm, given: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [mu, sigma] = float_args("lognormvariate", &["mu", "sigma"], [None, None], given, kw)?;
    let z = with_twister(super::random::standard_normal);
    Ok(Value::float((mu + z * sigma).exp()))
}

fn vonmisesvariate(_vm: &mut Vm, given: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [mu, kappa] = float_args("vonmisesvariate", &["mu", "kappa"], [None, None], given, kw)?;
    let theta = with_twister(|t| {
        if kappa <= 1e-6 {
            return TAU * t.random();
        }
        let s = 0.5 / kappa;
        let r = s + (1.0 + s * s).sqrt();
        let z = loop {
            let u1 = t.random();
            let z = (PI * u1).cos();
            let d = z / (r + z);
            let u2 = t.random();
            if u2 < 1.0 - d * d || u2 <= (1.0 - d) * d.exp() {
                break z;
            }
        };
        let q = 1.0 / r;
        let f = (q + z) / (1.0 + q * z);
        let u3 = t.random();
        if u3 > 0.5 {
            (mu + f.acos()).rem_euclid(TAU)
        } else {
            (mu - f.acos()).rem_euclid(TAU)
        }
    });
    Ok(Value::float(theta))
}

fn gamma(t: &mut Twister, alpha: f64, beta: f64) -> f64 {
    if alpha > 1.0 {
        let ainv = (2.0 * alpha - 1.0).sqrt();
        let bbb = alpha - 4f64.ln();
        let ccc = alpha + ainv;
        let sg_magic = 1.0 + 4.5f64.ln();
        loop {
            let u1 = t.random();
            if !(1e-7 < u1 && u1 < 0.9999999) {
                continue;
            }
            let u2 = 1.0 - t.random();
            let v = (u1 / (1.0 - u1)).ln() / ainv;
            let x = alpha * v.exp();
            let z = u1 * u1 * u2;
            let r = bbb + ccc * v - x;
            if r + sg_magic - 4.5 * z >= 0.0 || r >= z.ln() {
                return x * beta;
            }
        }
    } else if alpha == 1.0 {
        -(1.0 - t.random()).ln() * beta
    } else {
        let x = loop {
            let u = t.random();
            let b = (E + alpha) / E;
            let p = b * u;
            let x = if p <= 1.0 {
                p.powf(1.0 / alpha)
            } else {
                -((b - p) / alpha).ln()
            };
            let u1 = t.random();
            if p > 1.0 {
                if u1 <= x.powf(alpha - 1.0) {
                    break x;
                }
            } else if u1 <= (-x).exp() {
                break x;
            }
        };
        x * beta
    }
}

fn gammavariate(_vm: &mut Vm, given: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [alpha, beta] = float_args("gammavariate", &["alpha", "beta"], [None, None], given, kw)?;
    if alpha <= 0.0 || beta <= 0.0 {
        return Err(value_error("gammavariate: alpha and beta must be > 0.0"));
    }
    Ok(Value::float(with_twister(|t| gamma(t, alpha, beta))))
}

fn betavariate(_vm: &mut Vm, given: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [alpha, beta] = float_args("betavariate", &["alpha", "beta"], [None, None], given, kw)?;
    if alpha <= 0.0 || beta <= 0.0 {
        return Err(value_error("gammavariate: alpha and beta must be > 0.0"));
    }
    Ok(Value::float(with_twister(|t| {
        let y = gamma(t, alpha, 1.0);
        if y != 0.0 {
            y / (y + gamma(t, beta, 1.0))
        } else {
            0.0
        }
    })))
}

fn paretovariate(_vm: &mut Vm, given: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [alpha] = float_args("paretovariate", &["alpha"], [None], given, kw)?;
    let u = 1.0 - with_twister(Twister::random);
    Ok(Value::float(1.0 / u.powf(1.0 / alpha)))
}

fn weibullvariate(_vm: &mut Vm, given: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [alpha, beta] = float_args(
        "weibullvariate",
        &["alpha", "beta"],
        [None, None],
        given,
        kw,
    )?;
    let u = 1.0 - with_twister(Twister::random);
    Ok(Value::float(alpha * (-u.ln()).powf(1.0 / beta)))
}

pub(super) static FUNCTIONS: &[BuiltinFn] = &[
    BuiltinFn {
        name: "triangular",
        call: triangular,
    },
    BuiltinFn {
        name: "lognormvariate",
        call: lognormvariate,
    },
    BuiltinFn {
        name: "vonmisesvariate",
        call: vonmisesvariate,
    },
    BuiltinFn {
        name: "gammavariate",
        call: gammavariate,
    },
    BuiltinFn {
        name: "betavariate",
        call: betavariate,
    },
    BuiltinFn {
        name: "paretovariate",
        call: paretovariate,
    },
    BuiltinFn {
        name: "weibullvariate",
        call: weibullvariate,
    },
];
