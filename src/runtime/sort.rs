//! Sorting: CPython's TimSort (natural runs, strictly descending runs reversed, minrun with binary
//! insertion, the "powersort" merge policy of 3.11, and merges that gallop), making the same `<`
//! comparisons in the same order as CPython so even inconsistent orders (NaNs) give its result.
//! Also `list.sort` and `sorted`, which sort a list's items taken out of the list.
//!
//! The algorithm sorts a permutation of positions (`usize`), comparing the keys those positions
//! name, so a failing comparison can never lose or duplicate an item: whatever happens, the
//! permutation stays a permutation.

use std::rc::Rc;

use super::exception::{PyResult, type_error, value_error};
use super::value::ListCell;
use super::{Value, args};
use crate::bytecode::CmpOp;
use crate::vm::Vm;

/// Merges gallop once one run wins this many times in a row (CPython's `MIN_GALLOP`).
const MIN_GALLOP: usize = 7;

/// A run waiting to be merged: where it starts, its length and its powersort "power".
#[derive(Clone, Copy)]
struct Run {
    base: usize,
    len: usize,
    power: u32,
}

/// One sort in progress. `less(i, j)` says whether the key at position `i` is `<` the key at
/// position `j`.
struct TimSort<F> {
    order: Vec<usize>,
    less: F,
    min_gallop: usize,
    runs: Vec<Run>,
}

impl<F: FnMut(usize, usize) -> PyResult<bool>> TimSort<F> {
    fn lt(&mut self, a: usize, b: usize) -> PyResult<bool> {
        (self.less)(a, b)
    }

    fn sort(&mut self) -> PyResult<()> {
        let n = self.order.len();
        if n < 2 {
            return Ok(());
        }
        let min_run = compute_min_run(n);
        let mut lo = 0;
        while lo < n {
            let (mut run_len, descending) = self.count_run(lo, n)?;
            if descending {
                self.order[lo..lo + run_len].reverse();
            }
            if run_len < min_run {
                let forced = min_run.min(n - lo);
                self.binary_insertion_sort(lo, lo + forced, lo + run_len)?;
                run_len = forced;
            }
            self.found_new_run(run_len, n)?;
            self.runs.push(Run {
                base: lo,
                len: run_len,
                power: 0,
            });
            lo += run_len;
        }
        while self.runs.len() > 1 {
            let mut at = self.runs.len() - 2;
            if at > 0 && self.runs[at - 1].len < self.runs[at + 1].len {
                at -= 1;
            }
            self.merge_at(at)?;
        }
        Ok(())
    }

    /// The length of the run starting at `lo`, and whether it is strictly descending.
    fn count_run(&mut self, lo: usize, hi: usize) -> PyResult<(usize, bool)> {
        if lo + 1 == hi {
            return Ok((1, false));
        }
        let descending = self.lt(self.order[lo + 1], self.order[lo])?;
        let mut end = lo + 2;
        while end < hi {
            let smaller = self.lt(self.order[end], self.order[end - 1])?;
            if smaller != descending {
                break;
            }
            end += 1;
        }
        Ok((end - lo, descending))
    }

    /// Sorts `lo..hi`, of which `lo..start` is already sorted, by binary insertion.
    fn binary_insertion_sort(&mut self, lo: usize, hi: usize, start: usize) -> PyResult<()> {
        let start = if start == lo { start + 1 } else { start };
        for next in start..hi {
            let pivot = self.order[next];
            let (mut left, mut right) = (lo, next);
            while left < right {
                let middle = left + (right - left) / 2;
                if self.lt(pivot, self.order[middle])? {
                    right = middle;
                } else {
                    left = middle + 1;
                }
            }
            self.order[left..=next].rotate_right(1);
        }
        Ok(())
    }

    /// Powersort: a new run of `len` items follows the pending ones; merge the pending runs
    /// whose power exceeds that of the boundary before it.
    fn found_new_run(&mut self, len: usize, n: usize) -> PyResult<()> {
        let Some(top) = self.runs.last().copied() else {
            return Ok(());
        };
        let power = node_power(top.base, top.len, len, n);
        while self.runs.len() > 1 && self.runs[self.runs.len() - 2].power > power {
            self.merge_at(self.runs.len() - 2)?;
        }
        if let Some(top) = self.runs.last_mut() {
            top.power = power;
        }
        Ok(())
    }

    /// Merges pending runs `at` and `at + 1`.
    fn merge_at(&mut self, at: usize) -> PyResult<()> {
        let first = self.runs[at];
        let second = self.runs[at + 1];
        self.runs[at].len = first.len + second.len;
        self.runs.remove(at + 1);

        let (mut base_a, mut len_a) = (first.base, first.len);
        let (base_b, mut len_b) = (second.base, second.len);
        // Items of the first run already below the second run's head stay where they are.
        let skip = self.gallop_right(self.order[base_b], base_a, len_a, 0)?;
        base_a += skip;
        len_a -= skip;
        if len_a == 0 {
            return Ok(());
        }
        // Likewise items of the second run above the first run's tail.
        len_b = self.gallop_left(self.order[base_a + len_a - 1], base_b, len_b, len_b - 1)?;
        if len_b == 0 {
            return Ok(());
        }
        if len_a <= len_b {
            self.merge_low(base_a, len_a, base_b, len_b)
        } else {
            self.merge_high(base_a, len_a, base_b, len_b)
        }
    }

    /// The position in sorted `order[base..base + len]` where `key` goes before any equal
    /// items (`a[k-1] < key <= a[k]`), galloping out from `hint`.
    fn gallop_left(&mut self, key: usize, base: usize, len: usize, hint: usize) -> PyResult<usize> {
        let (mut last, mut ofs): (usize, usize);
        if self.lt(self.order[base + hint], key)? {
            // a[hint] < key: gallop right until a[hint + last] < key <= a[hint + ofs].
            let max = len - hint;
            (last, ofs) = (0, 1);
            while ofs < max {
                if self.lt(self.order[base + hint + ofs], key)? {
                    last = ofs;
                    ofs = ofs.saturating_mul(2).saturating_add(1);
                } else {
                    break;
                }
            }
            ofs = ofs.min(max);
            last += hint + 1;
            ofs += hint;
        } else {
            // key <= a[hint]: gallop left until a[hint - ofs] < key <= a[hint - last].
            let max = hint + 1;
            (last, ofs) = (0, 1);
            while ofs < max {
                if self.lt(self.order[base + hint - ofs], key)? {
                    break;
                }
                last = ofs;
                ofs = ofs.saturating_mul(2).saturating_add(1);
            }
            ofs = ofs.min(max);
            // The window is (hint - ofs, hint - last]; hint - ofs may be -1.
            (last, ofs) = (hint + 1 - ofs, hint - last);
        }
        while last < ofs {
            let middle = last + (ofs - last) / 2;
            if self.lt(self.order[base + middle], key)? {
                last = middle + 1;
            } else {
                ofs = middle;
            }
        }
        Ok(ofs)
    }

    /// The position in sorted `order[base..base + len]` where `key` goes after any equal items
    /// (`a[k-1] <= key < a[k]`), galloping out from `hint`.
    fn gallop_right(
        &mut self,
        key: usize,
        base: usize,
        len: usize,
        hint: usize,
    ) -> PyResult<usize> {
        let (mut last, mut ofs): (usize, usize);
        if self.lt(key, self.order[base + hint])? {
            // key < a[hint]: gallop left.
            let max = hint + 1;
            (last, ofs) = (0, 1);
            while ofs < max {
                if self.lt(key, self.order[base + hint - ofs])? {
                    last = ofs;
                    ofs = ofs.saturating_mul(2).saturating_add(1);
                } else {
                    break;
                }
            }
            ofs = ofs.min(max);
            (last, ofs) = (hint + 1 - ofs, hint - last);
        } else {
            // a[hint] <= key: gallop right.
            let max = len - hint;
            (last, ofs) = (0, 1);
            while ofs < max {
                if self.lt(key, self.order[base + hint + ofs])? {
                    break;
                }
                last = ofs;
                ofs = ofs.saturating_mul(2).saturating_add(1);
            }
            ofs = ofs.min(max);
            last += hint + 1;
            ofs += hint;
        }
        while last < ofs {
            let middle = last + (ofs - last) / 2;
            if self.lt(key, self.order[base + middle])? {
                ofs = middle;
            } else {
                last = middle + 1;
            }
        }
        Ok(ofs)
    }

    /// Merges the adjacent runs `a` and `b` (`a` the shorter) from the left, with `a` in a
    /// temporary copy. Whatever the outcome, the copy's unmerged rest is put back.
    fn merge_low(
        &mut self,
        base_a: usize,
        len_a: usize,
        base_b: usize,
        len_b: usize,
    ) -> PyResult<()> {
        let mut state = LowMerge {
            temp: self.order[base_a..base_a + len_a].to_vec(),
            a: 0,
            len_a,
            b: base_b,
            len_b,
            dest: base_a,
        };
        let result = self.merge_low_steps(&mut state);
        let rest = state
            .temp
            .get(state.a..state.a + state.len_a)
            .unwrap_or_default();
        self.order[state.dest..state.dest + rest.len()].copy_from_slice(rest);
        result
    }

    fn merge_low_steps(&mut self, m: &mut LowMerge) -> PyResult<()> {
        // The head of b is below every item of a (merge_at made sure).
        self.order[m.dest] = self.order[m.b];
        m.dest += 1;
        m.b += 1;
        m.len_b -= 1;
        if m.len_b == 0 {
            return Ok(());
        }
        if m.len_a == 1 {
            return self.low_copy_b(m);
        }
        let mut min_gallop = self.min_gallop;
        loop {
            let (mut wins_a, mut wins_b) = (0usize, 0usize);
            // One item at a time until one run wins consistently.
            loop {
                if self.lt(self.order[m.b], m.temp[m.a])? {
                    self.order[m.dest] = self.order[m.b];
                    m.dest += 1;
                    m.b += 1;
                    m.len_b -= 1;
                    wins_b += 1;
                    wins_a = 0;
                    if m.len_b == 0 {
                        return Ok(());
                    }
                    if wins_b >= min_gallop {
                        break;
                    }
                } else {
                    self.order[m.dest] = m.temp[m.a];
                    m.dest += 1;
                    m.a += 1;
                    m.len_a -= 1;
                    wins_a += 1;
                    wins_b = 0;
                    if m.len_a == 1 {
                        return self.low_copy_b(m);
                    }
                    if wins_a >= min_gallop {
                        break;
                    }
                }
            }
            // Gallop while that pays off.
            min_gallop += 1;
            loop {
                min_gallop -= usize::from(min_gallop > 1);
                self.min_gallop = min_gallop;
                let key = self.order[m.b];
                wins_a = self.gallop_right_in_temp(key, &m.temp[m.a..m.a + m.len_a])?;
                if wins_a > 0 {
                    self.order[m.dest..m.dest + wins_a].copy_from_slice(&m.temp[m.a..m.a + wins_a]);
                    m.dest += wins_a;
                    m.a += wins_a;
                    m.len_a -= wins_a;
                    if m.len_a == 1 {
                        return self.low_copy_b(m);
                    }
                    // Impossible for a consistent order, but an inconsistent one may get here.
                    if m.len_a == 0 {
                        return Ok(());
                    }
                }
                self.order[m.dest] = self.order[m.b];
                m.dest += 1;
                m.b += 1;
                m.len_b -= 1;
                if m.len_b == 0 {
                    return Ok(());
                }
                wins_b = self.gallop_left(m.temp[m.a], m.b, m.len_b, 0)?;
                if wins_b > 0 {
                    self.order.copy_within(m.b..m.b + wins_b, m.dest);
                    m.dest += wins_b;
                    m.b += wins_b;
                    m.len_b -= wins_b;
                    if m.len_b == 0 {
                        return Ok(());
                    }
                }
                self.order[m.dest] = m.temp[m.a];
                m.dest += 1;
                m.a += 1;
                m.len_a -= 1;
                if m.len_a == 1 {
                    return self.low_copy_b(m);
                }
                if wins_a < MIN_GALLOP && wins_b < MIN_GALLOP {
                    break;
                }
            }
            min_gallop += 1;
            self.min_gallop = min_gallop;
        }
    }

    /// The end of a low merge with one item of `a` left: the rest of `b` moves down and that
    /// item goes last.
    fn low_copy_b(&mut self, m: &mut LowMerge) -> PyResult<()> {
        self.order.copy_within(m.b..m.b + m.len_b, m.dest);
        m.dest += m.len_b;
        m.len_b = 0;
        Ok(())
    }

    /// `gallop_right` over the temporary copy of a low merge (hint 0).
    fn gallop_right_in_temp(&mut self, key: usize, run: &[usize]) -> PyResult<usize> {
        // The copy is searched through `order`'s comparison on the positions it holds.
        let (mut last, mut ofs) = (0usize, 1usize);
        let Some(&first) = run.first() else {
            return Ok(0);
        };
        if self.lt(key, first)? {
            return Ok(0);
        }
        let max = run.len();
        while ofs < max {
            if self.lt(key, run[ofs])? {
                break;
            }
            last = ofs;
            ofs = ofs.saturating_mul(2).saturating_add(1);
        }
        ofs = ofs.min(max);
        last += 1;
        while last < ofs {
            let middle = last + (ofs - last) / 2;
            if self.lt(key, run[middle])? {
                ofs = middle;
            } else {
                last = middle + 1;
            }
        }
        Ok(ofs)
    }

    /// Merges the adjacent runs `a` and `b` (`b` the shorter) from the right, with `b` in a
    /// temporary copy. Whatever the outcome, the copy's unmerged rest is put back.
    fn merge_high(
        &mut self,
        base_a: usize,
        len_a: usize,
        base_b: usize,
        len_b: usize,
    ) -> PyResult<()> {
        let mut state = HighMerge {
            temp: self.order[base_b..base_b + len_b].to_vec(),
            len_a,
            base_a,
            len_b,
            // One past the next free slot, counting from the right.
            dest_end: base_b + len_b,
        };
        let result = self.merge_high_steps(&mut state);
        let rest = state.temp.get(..state.len_b).unwrap_or_default();
        let start = state.dest_end - rest.len();
        self.order[start..state.dest_end].copy_from_slice(rest);
        result
    }

    fn merge_high_steps(&mut self, m: &mut HighMerge) -> PyResult<()> {
        // The tail of a is above every item of b (merge_at made sure).
        m.push_from_a(&mut self.order);
        if m.len_a == 0 {
            return Ok(());
        }
        if m.len_b == 1 {
            return self.high_copy_a(m);
        }
        let mut min_gallop = self.min_gallop;
        loop {
            let (mut wins_a, mut wins_b) = (0usize, 0usize);
            loop {
                let (head_b, head_a) = (m.temp[m.len_b - 1], self.order[m.base_a + m.len_a - 1]);
                if self.lt(head_b, head_a)? {
                    m.push_from_a(&mut self.order);
                    wins_a += 1;
                    wins_b = 0;
                    if m.len_a == 0 {
                        return Ok(());
                    }
                    if wins_a >= min_gallop {
                        break;
                    }
                } else {
                    m.push_from_b(&mut self.order);
                    wins_b += 1;
                    wins_a = 0;
                    if m.len_b == 1 {
                        return self.high_copy_a(m);
                    }
                    if wins_b >= min_gallop {
                        break;
                    }
                }
            }
            min_gallop += 1;
            loop {
                min_gallop -= usize::from(min_gallop > 1);
                self.min_gallop = min_gallop;
                let key = m.temp[m.len_b - 1];
                let k = self.gallop_right(key, m.base_a, m.len_a, m.len_a - 1)?;
                wins_a = m.len_a - k;
                if wins_a > 0 {
                    let from = m.base_a + k;
                    self.order
                        .copy_within(from..from + wins_a, m.dest_end - wins_a);
                    m.dest_end -= wins_a;
                    m.len_a -= wins_a;
                    if m.len_a == 0 {
                        return Ok(());
                    }
                }
                m.push_from_b(&mut self.order);
                if m.len_b == 1 {
                    return self.high_copy_a(m);
                }
                let key = self.order[m.base_a + m.len_a - 1];
                let k = self.gallop_left_in_temp(key, &m.temp[..m.len_b], m.len_b - 1)?;
                wins_b = m.len_b - k;
                if wins_b > 0 {
                    let (from, to) = (k, m.len_b);
                    self.order[m.dest_end - wins_b..m.dest_end].copy_from_slice(&m.temp[from..to]);
                    m.dest_end -= wins_b;
                    m.len_b -= wins_b;
                    if m.len_b == 1 {
                        return self.high_copy_a(m);
                    }
                    // Impossible for a consistent order, but an inconsistent one may get here.
                    if m.len_b == 0 {
                        return Ok(());
                    }
                }
                m.push_from_a(&mut self.order);
                if m.len_a == 0 {
                    return Ok(());
                }
                if wins_a < MIN_GALLOP && wins_b < MIN_GALLOP {
                    break;
                }
            }
            min_gallop += 1;
            self.min_gallop = min_gallop;
        }
    }

    /// The end of a high merge with one item of `b` left: the rest of `a` moves up and that item
    /// goes first.
    fn high_copy_a(&mut self, m: &mut HighMerge) -> PyResult<()> {
        let from = m.base_a;
        self.order
            .copy_within(from..from + m.len_a, m.dest_end - m.len_a);
        m.dest_end -= m.len_a;
        m.len_a = 0;
        Ok(())
    }

    /// `gallop_left` over the temporary copy of a high merge.
    fn gallop_left_in_temp(&mut self, key: usize, run: &[usize], hint: usize) -> PyResult<usize> {
        let (mut last, mut ofs): (usize, usize);
        if self.lt(run[hint], key)? {
            let max = run.len() - hint;
            (last, ofs) = (0, 1);
            while ofs < max {
                if self.lt(run[hint + ofs], key)? {
                    last = ofs;
                    ofs = ofs.saturating_mul(2).saturating_add(1);
                } else {
                    break;
                }
            }
            ofs = ofs.min(max);
            last += hint + 1;
            ofs += hint;
        } else {
            let max = hint + 1;
            (last, ofs) = (0, 1);
            while ofs < max {
                if self.lt(run[hint - ofs], key)? {
                    break;
                }
                last = ofs;
                ofs = ofs.saturating_mul(2).saturating_add(1);
            }
            ofs = ofs.min(max);
            (last, ofs) = (hint + 1 - ofs, hint - last);
        }
        while last < ofs {
            let middle = last + (ofs - last) / 2;
            if self.lt(run[middle], key)? {
                last = middle + 1;
            } else {
                ofs = middle;
            }
        }
        Ok(ofs)
    }
}

/// A merge from the left in progress: `temp[a..a + len_a]` is what is left of run a,
/// `order[b..b + len_b]` of run b, and `order[dest..]` is where the next item goes.
struct LowMerge {
    temp: Vec<usize>,
    a: usize,
    len_a: usize,
    b: usize,
    len_b: usize,
    dest: usize,
}

/// A merge from the right in progress: `order[base_a..base_a + len_a]` is what is left of run a,
/// `temp[..len_b]` of run b, and `order[dest_end - 1]` is where the next (largest) item goes.
struct HighMerge {
    temp: Vec<usize>,
    base_a: usize,
    len_a: usize,
    len_b: usize,
    dest_end: usize,
}

impl HighMerge {
    fn push_from_a(&mut self, order: &mut [usize]) {
        self.dest_end -= 1;
        self.len_a -= 1;
        order[self.dest_end] = order[self.base_a + self.len_a];
    }

    fn push_from_b(&mut self, order: &mut [usize]) {
        self.dest_end -= 1;
        self.len_b -= 1;
        order[self.dest_end] = self.temp[self.len_b];
    }
}

/// Natural runs shorter than this are extended by binary insertion: `n` itself below 64, else a
/// number in 32..=64 such that `n / minrun` is just below a power of two.
fn compute_min_run(mut n: usize) -> usize {
    let mut shifted_off_ones = 0;
    while n >= 64 {
        shifted_off_ones |= n & 1;
        n >>= 1;
    }
    n + shifted_off_ones
}

/// The powersort depth of the boundary between the run `start..start + len1` and the `len2`
/// items after it, in a list of `n` items: the first bit where the binary fractions of the two
/// runs' midpoints (over `n`) differ.
fn node_power(start: usize, len1: usize, len2: usize, n: usize) -> u32 {
    // Twice the midpoints, so they are whole numbers.
    let mut a = 2 * start + len1;
    let mut b = a + len1 + len2;
    let mut power = 0;
    loop {
        power += 1;
        if a >= n {
            a -= n;
            b -= n;
        } else if b >= n {
            return power;
        }
        a <<= 1;
        b <<= 1;
    }
}

/// Sorts `items` in place, CPython's way: keys computed first (an error leaves `items`
/// untouched), `reverse` done by reversing before and after a stable sort, every comparison a
/// rich `<`. On a comparison error, `items` holds some permutation of what it held.
pub fn sort_values(
    vm: &mut Vm,
    items: &mut Vec<Value>,
    key: Option<&Value>,
    reverse: bool,
) -> PyResult<()> {
    let keys: Vec<Value> = match key {
        Some(function) => {
            let mut keys = super::alloc::items_with_capacity(items.len())?;
            for item in items.iter() {
                keys.push(crate::vm::reentry::call_from_native(
                    vm,
                    function,
                    std::slice::from_ref(item),
                )?);
            }
            keys
        }
        None => items.clone(),
    };
    let n = items.len();
    let mut order: Vec<usize> = (0..n).collect();
    if reverse {
        order.reverse();
    }
    let mut sorter = TimSort {
        order,
        less: |i: usize, j: usize| match (keys.get(i), keys.get(j)) {
            (Some(a), Some(b)) => crate::ops::compare_values(vm, CmpOp::Lt, a, b),
            _ => Ok(false),
        },
        min_gallop: MIN_GALLOP,
        runs: Vec::new(),
    };
    let result = sorter.sort();
    let mut order = sorter.order;
    if reverse {
        order.reverse();
    }
    let mut slots: Vec<Option<Value>> = std::mem::take(items).into_iter().map(Some).collect();
    items.extend(
        order
            .iter()
            .filter_map(|&i| slots.get_mut(i).and_then(Option::take)),
    );
    result
}

/// The `key=` and `reverse=` keywords of `list.sort` and `sorted`.
fn sort_options<'a>(
    function: &str,
    keywords: &'a [Value],
    kwnames: &[Value],
) -> PyResult<(Option<&'a Value>, bool)> {
    let [key, reverse] = args::bind(function, &["key", "reverse"], keywords, kwnames)?;
    let key = key.filter(|k| !matches!(k, Value::None));
    let reverse = match reverse {
        None => false,
        Some(Value::Bool(b)) => **b,
        Some(Value::Int(i)) => *i != 0,
        Some(Value::BigInt(_)) => true,
        Some(other) => {
            return Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                other.type_name()
            )));
        }
    };
    Ok((key, reverse))
}

/// `list.sort(*, key=None, reverse=False)`.
pub fn list_sort(vm: &mut Vm, this: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let Value::List(list) = this else {
        return Err(type_error(format!(
            "descriptor 'sort' for 'list' objects doesn't apply to a '{}' object",
            this.type_name()
        )));
    };
    let positional = args.len() - kwnames.len();
    if positional > 0 {
        return Err(type_error("sort() takes no positional arguments"));
    }
    let (key, reverse) = sort_options("sort", args, kwnames)?;
    sort_list(vm, list, key, reverse)?;
    Ok(Value::None)
}

/// Sorts a list's items while the list is empty (as CPython does, so a key or comparison that
/// looks at the list sees it empty), then puts them back: "list modified during sort" if the
/// list was changed meanwhile.
fn sort_list(vm: &mut Vm, list: &Rc<ListCell>, key: Option<&Value>, reverse: bool) -> PyResult<()> {
    let mut items = std::mem::take(&mut *list.borrow_mut());
    let result = sort_values(vm, &mut items, key, reverse);
    let meddled = std::mem::replace(&mut *list.borrow_mut(), items);
    let modified = !meddled.is_empty();
    drop(meddled);
    result?;
    if modified {
        return Err(value_error("list modified during sort"));
    }
    Ok(())
}

/// `sorted(iterable, /, *, key=None, reverse=False)`.
pub fn builtin_sorted(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let positional = args.len() - kwnames.len();
    let Some(iterable) = args.first().filter(|_| positional == 1) else {
        return Err(type_error(format!(
            "sorted expected 1 argument, got {positional}"
        )));
    };
    let (key, reverse) = sort_options("sorted", &args[1..], kwnames)?;
    let sorted = Value::list(crate::ops::collect_iterable(vm, iterable)?);
    if let Value::List(list) = &sorted {
        sort_list(vm, list, key, reverse)?;
    }
    Ok(sorted)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sort_ints(keys: &[i64]) -> Vec<usize> {
        let mut sorter = TimSort {
            order: (0..keys.len()).collect(),
            less: |i: usize, j: usize| Ok(keys[i] < keys[j]),
            min_gallop: MIN_GALLOP,
            runs: Vec::new(),
        };
        assert!(sorter.sort().is_ok());
        sorter.order
    }

    #[test]
    fn sorts_stably_across_many_shapes() {
        let mut seed = 12345u64;
        for n in [0, 1, 2, 5, 63, 64, 65, 200, 1000, 5000] {
            for modulus in [2, 7, 1000, 1 << 30] {
                let keys: Vec<i64> = (0..n)
                    .map(|i| {
                        seed = seed
                            .wrapping_mul(6364136223846793005)
                            .wrapping_add(1442695040888963407);
                        if modulus == 7 && i % 50 < 25 {
                            i as i64 // a long ascending stretch: galloping
                        } else {
                            ((seed >> 33) % modulus) as i64
                        }
                    })
                    .collect();
                let order = sort_ints(&keys);
                let mut expected: Vec<usize> = (0..keys.len()).collect();
                expected.sort_by_key(|&i| keys[i]);
                assert_eq!(order, expected, "n={n} modulus={modulus}");
            }
        }
    }

    #[test]
    fn inconsistent_orders_keep_a_permutation() {
        let mut state = 99u64;
        let mut sorter = TimSort {
            order: (0..3000).collect(),
            less: |_: usize, _: usize| {
                state = state.wrapping_mul(6364136223846793005).wrapping_add(1);
                Ok(state >> 63 == 1)
            },
            min_gallop: MIN_GALLOP,
            runs: Vec::new(),
        };
        assert!(sorter.sort().is_ok());
        let mut order = sorter.order;
        order.sort_unstable();
        assert_eq!(order, (0..3000).collect::<Vec<_>>());
    }
}
