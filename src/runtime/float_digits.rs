//! Exact decimal digits of doubles in integer arithmetic, for the precisions formatting
//! mostly asks for. A finite double is `m * 2^e` with `m < 2^53`, so `x * 10^s` is a ratio of
//! integers; when they fit in a `u128`, its quotient rounded half to even gives exactly the
//! digits CPython's correctly rounded dtoa gives. Each function returns `None` when the
//! numbers do not fit, and the caller formats through Rust's exact (but ten times slower)
//! formatter instead (`runtime::format`).

use super::int::decimal_u64;

/// Most significant digits `significant` produces (10^17 fits comfortably).
const MAX_SIGNIFICANT: usize = 17;

/// `x` (finite) as `(m, e)` with `|x| = m * 2^e`.
pub fn decompose(x: f64) -> (u64, i32) {
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let fraction = bits & ((1u64 << 52) - 1);
    if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1u64 << 52), biased - 1075)
    }
}

/// `num / den` rounded half to even (`den < 2^127`).
fn div_round_even(num: u128, den: u128) -> u128 {
    let (quotient, remainder) = (num / den, num % den);
    match (remainder * 2).cmp(&den) {
        std::cmp::Ordering::Greater => quotient + 1,
        std::cmp::Ordering::Equal => quotient + (quotient & 1),
        std::cmp::Ordering::Less => quotient,
    }
}

/// `m * 2^e * 10^s` rounded half to even, when the arithmetic fits in a `u128`.
fn scaled(mantissa: u64, exponent: i32, s: i32) -> Option<u128> {
    let mantissa = u128::from(mantissa);
    if s >= 0 {
        if s > 22 {
            return None;
        }
        let num = mantissa * 10u128.pow(s as u32);
        if exponent >= 0 {
            (num.leading_zeros() > exponent as u32).then(|| num << exponent)
        } else {
            let shift = exponent.unsigned_abs();
            (shift <= 126).then(|| div_round_even(num, 1u128 << shift))
        }
    } else {
        let t = s.unsigned_abs();
        if t > 38 {
            return None;
        }
        let den = 10u128.pow(t);
        if exponent >= 0 {
            let num = (mantissa.leading_zeros() > exponent as u32).then(|| mantissa << exponent)?;
            Some(div_round_even(num, den))
        } else {
            let shift = exponent.unsigned_abs();
            (den.leading_zeros() > shift + 1).then(|| div_round_even(mantissa, den << shift))
        }
    }
}

/// The first `digits` significant digits of `x` (finite, positive), rounded half to even, as
/// an integer `n` with exactly `digits` digits, and the decimal exponent `k` of the rounded
/// value: `x ~ n * 10^(k - digits + 1)`.
pub fn significant(x: f64, digits: usize) -> Option<(u128, i32)> {
    if !(x.is_finite() && x > 0.0) || digits == 0 || digits > MAX_SIGNIFICANT {
        return None;
    }
    let (mantissa, exponent) = decompose(x);
    let low = 10u128.pow(digits as u32 - 1);
    let high = low * 10;
    // An estimate, corrected below: `log10` may be off by one next to a power of ten, and
    // rounding may carry into one more digit (then the exponent grows and the digits are
    // recomputed one place coarser, where the carry happens too).
    let mut k = x.log10().floor() as i32;
    for _ in 0..4 {
        let n = scaled(mantissa, exponent, digits as i32 - 1 - k)?;
        if n >= high {
            k += 1;
        } else if n < low {
            k -= 1;
        } else if n == low {
            // Either the value is at least 10^k, or it is just below and rounded up to it
            // (1e23 is 9.99...9e22): one place finer tells.
            let finer = scaled(mantissa, exponent, digits as i32 - k)?;
            return Some(if finer < high { (finer, k - 1) } else { (n, k) });
        } else {
            return Some((n, k));
        }
    }
    None
}

/// `x` (finite, non-negative) as `d.ddd` with `precision` digits after the point, and its
/// decimal exponent.
pub fn scientific(x: f64, precision: usize) -> Option<(String, i32)> {
    let (n, k) = significant(x, precision + 1)?;
    let mut buffer = [0; 20];
    let digits = decimal_u64(u64::try_from(n).ok()?, &mut buffer);
    let mut text = String::with_capacity(digits.len() + 1);
    text.push_str(&digits[..1]);
    if precision > 0 {
        text.push('.');
        text.push_str(&digits[1..]);
    }
    Some((text, k))
}

/// `x` (finite, non-negative) with `precision` digits after the point, for the common case of a
/// small precision and a value whose
/// binary expansion ends at most 127 places after the point: `x = m * 2^-s` exactly, so
/// `x * 10^p = m * 10^p / 2^s`, whose quotient rounded half to even is the digits. `None` when
/// the numbers do not fit in a `u128` (then the general path formats it). A tenth of the
/// instructions of Rust's formatter (callgrind, `perf/formatting.py`).
pub fn fixed(x: f64, precision: usize) -> Option<String> {
    const MAX_PRECISION: usize = 22; // 10^22 * 2^53 < 2^128
    if precision > MAX_PRECISION || !x.is_finite() || x.is_sign_negative() {
        return None;
    }
    let (mantissa, exponent) = decompose(x);
    let scaled = u128::from(mantissa) * 10u128.pow(precision as u32);
    let quotient = if exponent >= 0 {
        if scaled.leading_zeros() <= exponent as u32 {
            return None;
        }
        scaled << exponent
    } else {
        let shift = (-exponent) as u32;
        if shift > 127 {
            return None;
        }
        let quotient = scaled >> shift;
        let remainder = scaled & ((1u128 << shift) - 1);
        let half = 1u128 << (shift - 1);
        if remainder > half || (remainder == half && quotient & 1 == 1) {
            quotient + 1
        } else {
            quotient
        }
    };
    let digits = match u64::try_from(quotient) {
        Ok(small) => decimal_u64(small, &mut [0; 20]).to_string(),
        Err(_) => quotient.to_string(),
    };
    let mut text = String::with_capacity(digits.len().max(precision + 1) + 1);
    if precision == 0 {
        text.push_str(&digits);
        return Some(text);
    }
    let whole = digits.len().saturating_sub(precision);
    if whole == 0 {
        text.push('0');
    } else {
        text.push_str(&digits[..whole]);
    }
    text.push('.');
    for _ in digits.len()..precision {
        text.push('0');
    }
    text.push_str(&digits[whole..]);
    Some(text)
}
