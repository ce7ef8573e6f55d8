//! `math.gamma` and `math.lgamma` as CPython 3.11 computes them, which is not the C library's
//! way: the Lanczos approximation with g = 6.024680040776729583740234375 and 13 terms (the
//! coefficients Boost publishes, numerator and denominator of a rational function), exact
//! factorials for the integers 1..=23, `1/x` for tiny arguments, the reflection formula for
//! negative ones, and a `sin(pi x)` that stays exact at the integers and half-integers. Same
//! operations in the same order, so the same last bits.

// The constants keep every published digit: Rust rounds them to the nearest double, as the C
// compiler does CPython's, and a shortened literal can round to a different one.
#![allow(clippy::excessive_precision)]

use std::f64::consts::PI;

const LANCZOS_G: f64 = 6.024_680_040_776_729_583_740_234_375;
const LANCZOS_G_MINUS_HALF: f64 = 5.524_680_040_776_729_583_740_234_375;
const LANCZOS_NUM: [f64; 13] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];
const LANCZOS_DEN: [f64; 13] = [
    0.0,
    39_916_800.0,
    120_543_840.0,
    150_917_976.0,
    105_258_076.0,
    45_995_730.0,
    13_339_535.0,
    2_637_558.0,
    357_423.0,
    32_670.0,
    1_925.0,
    66.0,
    1.0,
];
/// `log(pi)`.
const LOG_PI: f64 = 1.144729885849400174143427351353058711647;

/// What went wrong, as CPython's `errno`: a domain error (ValueError) or a range error
/// (OverflowError).
pub enum GammaError {
    Domain,
    Range,
}

/// The rational Lanczos sum at `x > 0`, evaluated from the side that keeps it accurate.
fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

/// `sin(pi * x)` for finite `x`, exact where it should be zero or one.
fn sin_pi(x: f64) -> f64 {
    let y = (x.abs()) % 2.0;
    let n = (2.0 * y).round() as i32;
    let r = match n {
        0 => (PI * y).sin(),
        1 => (PI * (y - 0.5)).cos(),
        2 => (PI * (1.0 - y)).sin(),
        3 => -(PI * (y - 1.5)).cos(),
        _ => (PI * (y - 2.0)).sin(),
    };
    1f64.copysign(x) * r
}

/// `math.gamma(x)`.
pub fn gamma(x: f64) -> Result<f64, GammaError> {
    if !x.is_finite() {
        return if x.is_nan() || x > 0.0 {
            Ok(x)
        } else {
            Err(GammaError::Domain)
        };
    }
    if x == 0.0 {
        return Err(GammaError::Domain);
    }
    if x == x.floor() {
        if x < 0.0 {
            return Err(GammaError::Domain);
        }
        if x <= 23.0 {
            return Ok((1..x as i64).map(|k| k as f64).product());
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        return if r.is_infinite() {
            Err(GammaError::Range)
        } else {
            Ok(r)
        };
    }
    if absx > 200.0 {
        return if x < 0.0 {
            Ok(0.0 / sin_pi(x))
        } else {
            Err(GammaError::Range)
        };
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    // The rounding error of `y`, corrected for below.
    let z = if absx > LANCZOS_G_MINUS_HALF {
        let q = y - absx;
        q - LANCZOS_G_MINUS_HALF
    } else {
        let q = y - LANCZOS_G_MINUS_HALF;
        q - absx
    };
    let z = z * LANCZOS_G / y;
    let r = if x < 0.0 {
        let mut r = -PI / sin_pi(absx) / absx * y.exp() / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
        r
    } else {
        let mut r = lanczos_sum(absx) / y.exp();
        r += z * r;
        if absx < 140.0 {
            r *= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
        r
    };
    if r.is_infinite() {
        return Err(GammaError::Range);
    }
    Ok(r)
}

/// `math.lgamma(x)`.
pub fn lgamma(x: f64) -> Result<f64, GammaError> {
    if !x.is_finite() {
        return Ok(if x.is_nan() { x } else { f64::INFINITY });
    }
    if x == x.floor() && x <= 2.0 {
        return if x <= 0.0 {
            Err(GammaError::Domain)
        } else {
            Ok(0.0)
        };
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return Ok(-absx.ln());
    }
    let mut r = lanczos_sum(absx).ln() - LANCZOS_G;
    r += (absx - 0.5) * ((absx + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        r = LOG_PI - sin_pi(absx).abs().ln() - absx.ln() - r;
    }
    if r.is_infinite() {
        return Err(GammaError::Range);
    }
    Ok(r)
}
