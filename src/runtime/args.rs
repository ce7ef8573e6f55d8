//! Argument checking shared by built-in functions and methods, worded as CPython 3.11 words it:
//! arity errors, conversion of an argument to an index (`ssize_t`) and to a slice bound, and the
//! keyword-argument parsing of functions that accept keywords.

use super::Value;
use super::exception::{PyResult, overflow_error, type_error};

/// `str.upper() takes no arguments (1 given)`.
pub fn no_arguments(qualified_name: &str, args: &[Value]) -> PyResult<()> {
    if args.is_empty() {
        Ok(())
    } else {
        Err(type_error(format!(
            "{qualified_name}() takes no arguments ({} given)",
            args.len()
        )))
    }
}

/// The single argument of a one-argument function, or
/// `list.append() takes exactly one argument (2 given)`.
pub fn exactly_one<'a>(qualified_name: &str, args: &'a [Value]) -> PyResult<&'a Value> {
    match args {
        [value] => Ok(value),
        _ => Err(type_error(format!(
            "{qualified_name}() takes exactly one argument ({} given)",
            args.len()
        ))),
    }
}

/// An argument used as an index (CPython's `PyNumber_AsSsize_t` with OverflowError).
pub fn to_index(value: &Value) -> PyResult<i64> {
    match value {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(**b as i64),
        Value::BigInt(_) => Err(overflow_error(
            "Python int too large to convert to C ssize_t",
        )),
        other => Err(not_an_integer(other)),
    }
}

/// `'float' object cannot be interpreted as an integer`.
pub fn not_an_integer(value: &Value) -> super::PyErr {
    type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        value.type_name()
    ))
}

/// A slice bound such as `str.find`'s start and end: any int (clamped to the i64 range, as
/// CPython clamps to `ssize_t`), or `None` where `none_allowed`.
pub fn slice_bound(value: &Value, none_allowed: bool) -> PyResult<Option<i64>> {
    match value {
        Value::Int(i) => Ok(Some(*i)),
        Value::Bool(b) => Ok(Some(**b as i64)),
        Value::BigInt(b) => Ok(Some(if num_traits::Signed::is_negative(&**b) {
            i64::MIN
        } else {
            i64::MAX
        })),
        Value::None if none_allowed => Ok(None),
        _ if none_allowed => Err(type_error(
            "slice indices must be integers or None or have an __index__ method",
        )),
        _ => Err(type_error(
            "slice indices must be integers or have an __index__ method",
        )),
    }
}

/// CPython's refusal of keyword arguments by a function that takes none.
pub fn no_keywords(name: &str, kwnames: &[Value]) -> PyResult<()> {
    if kwnames.is_empty() {
        Ok(())
    } else {
        Err(type_error(format!("{name}() takes no keyword arguments")))
    }
}

/// The `[start, end)` window of a sequence of `len` items that `start` and `end` select, with
/// CPython's `ADJUST_INDICES` rules (negative values count from the end, then clamp). `start`
/// may come out past `end`; callers treat that as an empty window.
pub fn window(start: Option<i64>, end: Option<i64>, len: usize) -> (usize, usize) {
    let len = len as i64;
    let adjust = |bound: i64| {
        if bound < 0 {
            (bound.saturating_add(len)).max(0)
        } else {
            bound
        }
    };
    let end = adjust(end.unwrap_or(len)).min(len);
    let start = adjust(start.unwrap_or(0));
    (start as usize, end as usize)
}

/// Arguments of a function taking `names.len()` parameters by position or keyword: `args` holds
/// the positional values followed by one value per entry of `kwnames`. Returns one slot per
/// parameter, with CPython's errors for too many arguments, unknown keywords and duplicates.
pub fn bind<'a, const N: usize>(
    function: &str,
    names: &[&str; N],
    args: &'a [Value],
    kwnames: &[Value],
) -> PyResult<[Option<&'a Value>; N]> {
    let positional = args.len() - kwnames.len();
    if args.len() > names.len() {
        let takes = match names.len() {
            1 => "at most 1 argument".to_string(),
            n => format!("at most {n} arguments"),
        };
        return Err(type_error(format!(
            "{function}() takes {takes} ({} given)",
            args.len()
        )));
    }
    let mut slots: [Option<&Value>; N] = [None; N];
    for (slot, value) in slots.iter_mut().zip(&args[..positional]) {
        *slot = Some(value);
    }
    for (name, value) in kwnames.iter().zip(&args[positional..]) {
        let name = match name {
            Value::Str(s) => s.as_str(),
            _ => "",
        };
        let Some(index) = names.iter().position(|n| *n == name) else {
            return Err(type_error(format!(
                "'{name}' is an invalid keyword argument for {function}()"
            )));
        };
        if index < positional {
            return Err(type_error(format!(
                "argument for {function}() given by name ('{name}') and position ({})",
                index + 1
            )));
        }
        slots[index] = Some(value);
    }
    Ok(slots)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_follow_cpython_adjust_indices() {
        assert_eq!(window(None, None, 5), (0, 5));
        assert_eq!(window(Some(-2), None, 5), (3, 5));
        assert_eq!(window(Some(-9), Some(-1), 5), (0, 4));
        assert_eq!(window(Some(7), Some(9), 5), (7, 5));
        assert_eq!(window(Some(i64::MIN), Some(i64::MAX), 5), (0, 5));
    }
}
