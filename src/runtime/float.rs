//! Python `float` semantics: CPython's `repr` (shortest round-trip digits, scientific notation
//! outside 1e-4 <= |x| < 1e16), floor division and modulo with Python's sign rules, and parsing.

use super::exception::{PyResult, zero_division};

/// `repr(x)` / `str(x)` exactly as CPython prints it.
pub fn repr(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if x == 0.0 {
        return if x.is_sign_negative() {
            "-0.0".into()
        } else {
            "0.0".into()
        };
    }
    let (negative, digits, exponent) = shortest_digits(x);
    let digits = std::str::from_utf8(&digits.bytes[..digits.len]).unwrap_or("0");
    let decimal_point = exponent + 1;
    let mut out = String::with_capacity(24);
    if negative {
        out.push('-');
    }
    if !(-4 < decimal_point && decimal_point <= 16) {
        out.push_str(&digits[..1]);
        if digits.len() > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        out.push('e');
        out.push(if exponent < 0 { '-' } else { '+' });
        if exponent.abs() < 10 {
            out.push('0');
        }
        out.push_str(super::int::decimal_u64(
            u64::from(exponent.unsigned_abs()),
            &mut [0; 20],
        ));
    } else if decimal_point <= 0 {
        out.push_str("0.");
        out.extend(std::iter::repeat_n('0', (-decimal_point) as usize));
        out.push_str(digits);
    } else {
        let point = decimal_point as usize;
        if digits.len() <= point {
            out.push_str(digits);
            out.extend(std::iter::repeat_n('0', point - digits.len()));
            out.push_str(".0");
        } else {
            out.push_str(&digits[..point]);
            out.push('.');
            out.push_str(&digits[point..]);
        }
    }
    out
}

/// The shortest decimal digits that read back as a finite non-zero `x` (ties to the closest,
/// as CPython's `repr`), without leading or trailing zeros.
struct Digits {
    bytes: [u8; 17],
    len: usize,
}

/// `x`'s sign, shortest digits `d1 d2 ...`, and the exponent `e` with `|x| = d1.d2... * 10^e`.
/// The digits come from Ryu (the `ryu` crate), whose text is taken apart here: a tenth of the
/// instructions of Rust's `{:e}` formatting (callgrind, `perf/formatting.py`).
fn shortest_digits(x: f64) -> (bool, Digits, i32) {
    let mut buffer = ryu::Buffer::new();
    let text = buffer.format_finite(x);
    let (negative, text) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (mantissa, exponent) = match text.split_once('e') {
        Some((mantissa, exponent)) => (mantissa, exponent.parse::<i32>().unwrap_or(0)),
        None => (text, 0),
    };
    let point = mantissa.find('.').unwrap_or(mantissa.len()) as i32;
    let mut digits = Digits {
        bytes: [b'0'; 17],
        len: 0,
    };
    let mut leading_zeros = 0;
    for byte in mantissa.bytes().filter(u8::is_ascii_digit) {
        if byte == b'0' && digits.len == 0 {
            leading_zeros += 1;
        } else if digits.len < digits.bytes.len() {
            digits.bytes[digits.len] = byte;
            digits.len += 1;
        }
    }
    while digits.len > 1 && digits.bytes[digits.len - 1] == b'0' {
        digits.len -= 1;
    }
    (negative, digits, point - 1 + exponent - leading_zeros)
}

/// Python's `divmod` for floats: the quotient rounded toward negative infinity and a remainder
/// carrying the divisor's sign.
pub fn div_mod(a: f64, b: f64) -> PyResult<(f64, f64)> {
    if b == 0.0 {
        return Err(zero_division("float divmod()"));
    }
    let mut rem = a % b;
    let mut div = (a - rem) / b;
    if rem != 0.0 {
        if (b < 0.0) != (rem < 0.0) {
            rem += b;
            div -= 1.0;
        }
    } else {
        rem = 0.0f64.copysign(b);
    }
    let floor = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(a / b)
    };
    Ok((floor, rem))
}

pub fn floor_div(a: f64, b: f64) -> PyResult<f64> {
    if b == 0.0 {
        return Err(zero_division("float floor division by zero"));
    }
    Ok(div_mod(a, b)?.0)
}

pub fn modulo(a: f64, b: f64) -> PyResult<f64> {
    if b == 0.0 {
        return Err(zero_division("float modulo"));
    }
    Ok(div_mod(a, b)?.1)
}

/// Parses the text of `float(s)`: whitespace, sign, decimal or exponent forms, `inf`, `nan`.
pub fn parse_float(text: &str) -> Option<f64> {
    let trimmed = text.trim();
    let (sign, body) = match trimmed.as_bytes().first() {
        Some(b'-') => (-1.0, &trimmed[1..]),
        Some(b'+') => (1.0, &trimmed[1..]),
        _ => (1.0, trimmed),
    };
    let lower = body.to_ascii_lowercase();
    match lower.as_str() {
        "inf" | "infinity" => return Some(sign * f64::INFINITY),
        "nan" => return Some(f64::NAN),
        _ => {}
    }
    let valid = !body.is_empty()
        && body
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | 'E' | '+' | '-' | '_'))
        && body.chars().any(|c| c.is_ascii_digit());
    // An underscore only between two digits.
    let bytes = body.as_bytes();
    let underscores_ok = bytes.iter().enumerate().all(|(i, b)| {
        *b != b'_'
            || (i > 0
                && bytes[i - 1].is_ascii_digit()
                && bytes.get(i + 1).is_some_and(u8::is_ascii_digit))
    });
    if !valid || !underscores_ok {
        return None;
    }
    let clean: String = body.chars().filter(|c| *c != '_').collect();
    clean.parse::<f64>().ok().map(|f| sign * f)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_matches_cpython() {
        let cases = [
            (0.1, "0.1"),
            (0.1 + 0.2, "0.30000000000000004"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (1e-5, "1e-05"),
            (0.0001, "0.0001"),
            (1.5e300, "1.5e+300"),
            (-0.0, "-0.0"),
            (2.0, "2.0"),
            (123456789012345678.0, "1.2345678901234568e+17"),
            (1.0 / 3.0, "0.3333333333333333"),
            (12345.678, "12345.678"),
            (f64::INFINITY, "inf"),
            (f64::NAN, "nan"),
        ];
        for (x, want) in cases {
            assert_eq!(repr(x), want);
        }
    }

    #[test]
    fn floor_division_and_modulo_follow_python() {
        assert_eq!(floor_div(-7.0, 2.0).unwrap(), -4.0);
        assert_eq!(modulo(-7.0, 2.0).unwrap(), 1.0);
        assert_eq!(modulo(7.0, -2.0).unwrap(), -1.0);
        assert_eq!(repr(modulo(-0.0, 5.0).unwrap()), "0.0");
    }

    #[test]
    fn parses_float_text() {
        assert_eq!(parse_float("  2.5 "), Some(2.5));
        assert_eq!(parse_float("-inf"), Some(f64::NEG_INFINITY));
        assert!(parse_float("abc").is_none());
        assert!(parse_float("1e").is_none());
    }
}
