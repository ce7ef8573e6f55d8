//! `slice` objects and everything slicing: the `slice()` builtin and its attributes and
//! `indices()` method, CPython's index normalisation (`PySlice_Unpack` + `AdjustIndices` for
//! sequences, the arbitrary-precision variant for `range` and `indices()`), and reading, assigning
//! and deleting slices of `list`, `tuple`, `str` and `range`.

use std::rc::Rc;

use num_traits::{Signed, ToPrimitive};

use super::exception::{PyErr, PyResult, type_error, value_error};
use super::object::PyRange;
use super::str::PyStr;
use super::value::ListCell;
use super::{ExcKind, Value, alloc, args, int};
use crate::vm::Vm;

/// `slice(start, stop, step)`: any three values; `None` where one was omitted.
pub struct PySlice {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

/// A slice resolved against a sequence length: the first index, the step and how many items it
/// selects. Every selected index `start + i * step` for `i < count` lies in `0..len`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SliceRange {
    pub start: i64,
    pub step: i64,
    pub count: usize,
}

impl SliceRange {
    /// The selected indices, in slice order.
    pub fn indices(self) -> impl Iterator<Item = usize> {
        (0..self.count).map(move |i| (self.start + i as i64 * self.step) as usize)
    }
}

fn bad_index() -> PyErr {
    type_error("slice indices must be integers or None or have an __index__ method")
}

/// A slice component as CPython's `_PyEval_SliceIndex` reads it: an int clamped to the
/// `ssize_t` range, or `None` when omitted.
fn clamped_index(value: &Value) -> PyResult<Option<i64>> {
    match value {
        Value::None => Ok(None),
        Value::Int(i) => Ok(Some(*i)),
        Value::Bool(b) => Ok(Some(**b as i64)),
        Value::BigInt(b) => Ok(Some(if b.is_negative() { i64::MIN } else { i64::MAX })),
        _ => Err(bad_index()),
    }
}

impl PySlice {
    /// CPython's `PySlice_Unpack`: (start, stop, step) with omitted bounds filled in for the
    /// step's direction; the step is never zero and never below `-i64::MAX`.
    fn unpack(&self) -> PyResult<(i64, i64, i64)> {
        let step = match clamped_index(&self.step)? {
            None => 1,
            Some(0) => return Err(value_error("slice step cannot be zero")),
            Some(step) => step.max(-i64::MAX),
        };
        let start = clamped_index(&self.start)?.unwrap_or(if step < 0 { i64::MAX } else { 0 });
        let stop = clamped_index(&self.stop)?.unwrap_or(if step < 0 { i64::MIN } else { i64::MAX });
        Ok((start, stop, step))
    }

    /// The items of a sequence of `len` items this slice selects (`PySlice_AdjustIndices`).
    pub fn resolve(&self, len: usize) -> PyResult<SliceRange> {
        let (start, stop, step) = self.unpack()?;
        let len = len as i64;
        let adjust = |bound: i64| {
            if bound < 0 {
                let from_end = bound.saturating_add(len);
                if from_end < 0 {
                    if step < 0 { -1 } else { 0 }
                } else {
                    from_end
                }
            } else if bound >= len {
                if step < 0 { len - 1 } else { len }
            } else {
                bound
            }
        };
        let (start, stop) = (adjust(start), adjust(stop));
        let count = if step < 0 {
            if stop < start {
                (start - stop - 1) / -step + 1
            } else {
                0
            }
        } else if start < stop {
            (stop - start - 1) / step + 1
        } else {
            0
        };
        Ok(SliceRange {
            start,
            step,
            count: count as usize,
        })
    }

    /// The arbitrary-precision resolution CPython uses for `range` slices and
    /// `slice.indices()`: (start, stop, step) clamped to the sequence. Components beyond
    /// ±2**120 are clamped there first (no length Spindle can hold comes near).
    pub fn resolve_long(&self, len: i128) -> PyResult<(i128, i128, i128)> {
        let wide = |value: &Value| -> PyResult<Option<i128>> {
            const LIMIT: i128 = 1 << 120;
            match value {
                Value::None => Ok(None),
                Value::Int(i) => Ok(Some(i128::from(*i))),
                Value::Bool(b) => Ok(Some(i128::from(**b))),
                Value::BigInt(b) => {
                    Ok(Some(b.to_i128().map_or(
                        if b.is_negative() { -LIMIT } else { LIMIT },
                        |v| v.clamp(-LIMIT, LIMIT),
                    )))
                }
                _ => Err(bad_index()),
            }
        };
        let step = match wide(&self.step)? {
            None => 1,
            Some(0) => return Err(value_error("slice step cannot be zero")),
            Some(step) => step,
        };
        let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
        let clamp = |bound: Option<i128>, omitted: i128| match bound {
            None => omitted,
            Some(b) if b < 0 => (b + len).max(lower),
            Some(b) => b.min(upper),
        };
        let start = clamp(wide(&self.start)?, if step < 0 { upper } else { lower });
        let stop = clamp(wide(&self.stop)?, if step < 0 { lower } else { upper });
        Ok((start, stop, step))
    }
}

/// The `slice` builtin: `slice(stop)` or `slice(start, stop[, step])`.
pub fn builtin_slice(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if !kwnames.is_empty() {
        return Err(type_error("slice() takes no keyword arguments"));
    }
    let (start, stop, step) = match args {
        [] => return Err(type_error("slice expected at least 1 argument, got 0")),
        [stop] => (Value::None, stop.clone(), Value::None),
        [start, stop] => (start.clone(), stop.clone(), Value::None),
        [start, stop, step] => (start.clone(), stop.clone(), step.clone()),
        _ => {
            return Err(type_error(format!(
                "slice expected at most 3 arguments, got {}",
                args.len()
            )));
        }
    };
    Ok(new_slice(start, stop, step))
}

pub fn new_slice(start: Value, stop: Value, step: Value) -> Value {
    Value::Slice(Rc::new(PySlice { start, stop, step }))
}

/// `.start`, `.stop`, `.step` of a slice.
pub fn attribute(slice: &PySlice, name: &str) -> Option<Value> {
    match name {
        "start" => Some(slice.start.clone()),
        "stop" => Some(slice.stop.clone()),
        "step" => Some(slice.step.clone()),
        _ => None,
    }
}

/// `slice.indices(length)`.
pub fn slice_indices(_vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let Value::Slice(slice) = this else {
        return Err(type_error(format!(
            "descriptor 'indices' for 'slice' objects doesn't apply to a '{}' object",
            this.type_name()
        )));
    };
    let length = args::exactly_one("slice.indices", args)?;
    let length = match length {
        Value::Int(i) => i128::from(*i),
        Value::Bool(b) => i128::from(**b),
        Value::BigInt(b) => b.to_i128().ok_or_else(|| {
            PyErr::new(
                ExcKind::OverflowError,
                "slice lengths beyond 2**127 are not supported by Spindle",
            )
        })?,
        other => return Err(args::not_an_integer(other)),
    };
    if length < 0 {
        return Err(value_error("length should not be negative"));
    }
    let (start, stop, step) = slice.resolve_long(length)?;
    Ok(Value::tuple(vec![
        int::from_i128(start),
        int::from_i128(stop),
        int::from_i128(step),
    ]))
}

/// `items[slice]` for a list or tuple's items.
pub fn slice_items(items: &[Value], slice: &PySlice) -> PyResult<Vec<Value>> {
    let range = slice.resolve(items.len())?;
    let mut out = alloc::items_with_capacity(range.count)?;
    if range.step == 1 {
        let start = range.start as usize;
        if let Some(run) = items.get(start..start + range.count) {
            out.extend_from_slice(run);
        }
    } else {
        out.extend(range.indices().filter_map(|i| items.get(i).cloned()));
    }
    Ok(out)
}

/// `text[slice]`, in code points (lone surrogates included).
pub fn slice_str(text: &Rc<PyStr>, slice: &PySlice) -> PyResult<Value> {
    let len = text.char_len();
    let range = slice.resolve(len)?;
    if range.step == 1 && range.count == len {
        return Ok(Value::Str(text.clone()));
    }
    if range.step == 1 && text.lone_surrogates().is_empty() {
        let start = range.start as usize;
        let piece: String = if text.is_ascii() {
            text.as_str()
                .get(start..start + range.count)
                .unwrap_or_default()
                .to_string()
        } else {
            text.as_str()
                .chars()
                .skip(start)
                .take(range.count)
                .collect()
        };
        return Ok(Value::string(piece));
    }
    if text.is_ascii() {
        // Any step over ASCII text picks bytes: no code-point vector.
        let bytes = text.as_str().as_bytes();
        let mut piece = String::with_capacity(range.count);
        for i in range.indices() {
            if let Some(&byte) = bytes.get(i) {
                piece.push(char::from(byte));
            }
        }
        return Ok(Value::string(piece));
    }
    let code_points: Vec<u32> = text.code_points().collect();
    let picked: Vec<u32> = range
        .indices()
        .filter_map(|i| code_points.get(i).copied())
        .collect();
    Ok(Value::Str(Rc::new(PyStr::from_code_points(picked))))
}

/// `range[slice]`: another range.
pub fn slice_range(range: &PyRange, slice: &PySlice) -> PyResult<Value> {
    let (start, stop, step) = slice.resolve_long(range.len())?;
    let too_big = || {
        PyErr::new(
            ExcKind::OverflowError,
            "range() bounds beyond 2**100 are not supported by Spindle yet",
        )
    };
    let new_step = range.step.checked_mul(step).ok_or_else(too_big)?;
    let at = |i: i128| {
        range
            .step
            .checked_mul(i)
            .and_then(|offset| range.start.checked_add(offset))
            .ok_or_else(too_big)
    };
    Ok(Value::Range(Rc::new(PyRange {
        start: at(start)?,
        stop: at(stop)?,
        step: new_step,
    })))
}

/// `list[slice] = values` (`values` already collected from the assigned iterable).
pub fn assign_list_slice(list: &ListCell, slice: &PySlice, values: Vec<Value>) -> PyResult<()> {
    let mut items = list.borrow_mut();
    let range = slice.resolve(items.len())?;
    if range.step == 1 {
        let start = range.start as usize;
        let end = start + range.count;
        if values.len() > range.count {
            alloc::reserve_items(&mut items, values.len() - range.count)?;
        }
        let removed: Vec<Value> = items.splice(start..end, values).collect();
        drop(items);
        drop(removed);
        return Ok(());
    }
    if values.len() != range.count {
        return Err(value_error(format!(
            "attempt to assign sequence of size {} to extended slice of size {}",
            values.len(),
            range.count
        )));
    }
    let mut replaced = Vec::with_capacity(values.len());
    for (at, value) in range.indices().zip(values) {
        if let Some(slot) = items.get_mut(at) {
            replaced.push(std::mem::replace(slot, value));
        }
    }
    drop(items);
    drop(replaced);
    Ok(())
}

/// `del list[slice]`.
pub fn delete_list_slice(list: &ListCell, slice: &PySlice) -> PyResult<()> {
    let mut items = list.borrow_mut();
    let range = slice.resolve(items.len())?;
    let removed: Vec<Value> = if range.step == 1 {
        let start = range.start as usize;
        items.drain(start..start + range.count).collect()
    } else {
        // Walk the selected indices upwards so one pass keeps everything else in order.
        let mut doomed = vec![false; items.len()];
        for at in range.indices() {
            if let Some(flag) = doomed.get_mut(at) {
                *flag = true;
            }
        }
        let old = std::mem::take(&mut *items);
        let mut removed = Vec::with_capacity(range.count);
        for (item, gone) in old.into_iter().zip(doomed) {
            if gone {
                removed.push(item);
            } else {
                items.push(item);
            }
        }
        removed
    };
    drop(items);
    drop(removed);
    Ok(())
}

/// `slice == slice`: as tuples of their components.
pub fn components(slice: &PySlice) -> [Value; 3] {
    [slice.start.clone(), slice.stop.clone(), slice.step.clone()]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn slice(start: Value, stop: Value, step: Value) -> PySlice {
        PySlice { start, stop, step }
    }

    #[test]
    fn resolves_like_cpython() {
        let s = slice(Value::None, Value::None, Value::Int(-1));
        assert_eq!(
            s.resolve(5).ok(),
            Some(SliceRange {
                start: 4,
                step: -1,
                count: 5
            })
        );
        let s = slice(Value::Int(-100), Value::Int(100), Value::Int(2));
        assert_eq!(
            s.resolve(5).ok().map(|r| r.indices().collect::<Vec<_>>()),
            Some(vec![0, 2, 4])
        );
        let s = slice(Value::Int(3), Value::Int(1), Value::None);
        assert_eq!(s.resolve(5).ok().map(|r| r.count), Some(0));
        let s = slice(Value::None, Value::None, Value::Int(0));
        assert!(s.resolve(5).is_err());
        let s = slice(Value::None, Value::None, Value::Int(i64::MIN));
        assert_eq!(s.resolve(5).ok().map(|r| r.count), Some(1));
    }

    #[test]
    fn deletes_extended_slices() {
        let list = Value::list((0..6).map(Value::Int).collect());
        let Value::List(cell) = &list else { return };
        let s = slice(Value::None, Value::None, Value::Int(2));
        assert!(delete_list_slice(cell, &s).is_ok());
        assert_eq!(format!("{list:?}"), "[1, 3, 5]");
        let s = slice(Value::Int(-1), Value::None, Value::Int(-2));
        assert!(delete_list_slice(cell, &s).is_ok());
        assert_eq!(format!("{list:?}"), "[3]");
    }
}
