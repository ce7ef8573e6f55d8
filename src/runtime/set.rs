//! The hash table behind `set` and `frozenset`, laid out exactly as CPython 3.11's so that
//! iteration order, `repr` and `pop` agree with it: a power-of-two array of slots (8 at first),
//! nine linear probes before each perturbed jump, dummy slots left by deletions, the same
//! resize thresholds, and the same insertion order in every bulk operation (merge, copy,
//! intersection, difference, symmetric difference). The Python-facing methods are in
//! `set_methods`.
//!
//! Equality of keys may one day run Python code (`__eq__`), so no borrow of a table is held
//! across a comparison whose operands are not known to be native (`hash::eq_is_native`);
//! after such a comparison the lookup checks that the table was not changed and restarts if it
//! was, as CPython does.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::Value;
use super::exception::{PyResult, memory_error};
use super::hash::{self, Probe};
use crate::vm::Vm;

/// Slots of a new table (CPython's `PySet_MINSIZE`).
const MIN_SIZE: usize = 8;
/// Neighbouring slots probed before each perturbed jump (CPython's `LINEAR_PROBES`).
const LINEAR_PROBES: usize = 9;
/// `frozenset.__hash__` not computed yet.
const NO_HASH: i64 = -1;

#[derive(Clone, Default)]
enum Slot {
    #[default]
    Empty,
    /// A deleted entry: probes continue past it; insertions may reuse it.
    Dummy,
    Full {
        hash: i64,
        key: Value,
    },
}

struct SetTable {
    slots: Vec<Slot>,
    /// Full and dummy slots.
    fill: usize,
    /// Full slots: the set's length.
    used: usize,
    /// Where `pop` starts looking.
    finger: usize,
    /// Bumped whenever slots move (resize, clear, swap), so a lookup that let go of the table
    /// to compare keys can tell that its probe position means nothing any more.
    generation: u64,
}

impl SetTable {
    fn new() -> SetTable {
        SetTable {
            slots: vec![Slot::Empty; MIN_SIZE],
            fill: 0,
            used: 0,
            finger: 0,
            generation: 0,
        }
    }

    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// Rebuilds the table with room for more than `min_used` entries, dropping dummies.
    fn resize(&mut self, min_used: usize) -> PyResult<()> {
        let mut new_size = MIN_SIZE;
        while new_size <= min_used {
            new_size = new_size.checked_mul(2).ok_or_else(memory_error)?;
        }
        if new_size == MIN_SIZE && self.slots.len() == MIN_SIZE && self.fill == self.used {
            // CPython leaves a small table without dummies alone.
            return Ok(());
        }
        super::exception::check_object_size(new_size, std::mem::size_of::<Slot>())?;
        let mut slots = Vec::new();
        slots
            .try_reserve_exact(new_size)
            .map_err(|_| memory_error())?;
        slots.resize(new_size, Slot::Empty);
        let old = std::mem::replace(&mut self.slots, slots);
        let mask = new_size - 1;
        for slot in old {
            if let Slot::Full { hash, key } = slot {
                insert_clean(&mut self.slots, mask, key, hash);
            }
        }
        self.fill = self.used;
        self.generation += 1;
        Ok(())
    }

    /// The growth CPython applies after an insertion fills a fresh slot.
    fn grow_if_needed(&mut self) -> PyResult<()> {
        if self.fill * 5 < self.mask() * 3 {
            return Ok(());
        }
        let target = if self.used > 50_000 {
            self.used * 2
        } else {
            self.used * 4
        };
        self.resize(target)
    }

    /// The active entries in slot order.
    fn entries(&self) -> impl Iterator<Item = (i64, &Value)> {
        self.slots.iter().filter_map(|slot| match slot {
            Slot::Full { hash, key } => Some((*hash, key)),
            _ => None,
        })
    }
}

/// Puts a key known to be absent into a table without dummies.
fn insert_clean(slots: &mut [Slot], mask: usize, key: Value, hash: i64) {
    let mut probe = Probe::new(hash, mask, LINEAR_PROBES);
    loop {
        if let Some(slot @ Slot::Empty) = slots.get_mut(probe.slot()) {
            *slot = Slot::Full { hash, key };
            return;
        }
        probe.advance();
    }
}

/// Where a key is, or where it would go.
enum Located {
    Found(usize),
    Missing { slot: usize, reuses_dummy: bool },
}

/// A `set` or `frozenset` (the `Value` variant tells which).
pub struct PySet {
    table: RefCell<SetTable>,
    /// The frozenset hash once computed.
    hash: Cell<i64>,
}

impl Default for PySet {
    fn default() -> Self {
        PySet::new()
    }
}

impl Drop for PySet {
    /// Hands the keys to the bounded-depth drop (frozensets can nest millions deep).
    fn drop(&mut self) {
        let slots = std::mem::take(&mut self.table.get_mut().slots);
        let items: Vec<Value> = slots
            .into_iter()
            .filter_map(|slot| match slot {
                Slot::Full { key, .. } => Some(key),
                _ => None,
            })
            .collect();
        super::value::drop_items(items);
    }
}

impl PySet {
    pub fn new() -> PySet {
        PySet {
            table: RefCell::new(SetTable::new()),
            hash: Cell::new(NO_HASH),
        }
    }

    pub fn len(&self) -> usize {
        self.table.borrow().used
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The keys with their hashes, in iteration order (refcount bumps only).
    pub fn entries_snapshot(&self) -> Vec<(i64, Value)> {
        self.table
            .borrow()
            .entries()
            .map(|(hash, key)| (hash, key.clone()))
            .collect()
    }

    /// The keys in iteration order.
    pub fn keys_snapshot(&self) -> Vec<Value> {
        self.table
            .borrow()
            .entries()
            .map(|(_, key)| key.clone())
            .collect()
    }

    /// Finds `key` (whose hash is `hash`), noting the slot an insertion would use.
    fn locate(&self, vm: &mut Vm, key: &Value, hash: i64) -> PyResult<Located> {
        let key_native = hash::eq_is_native(key);
        'restart: loop {
            let mut probe = Probe::new(hash, self.table.borrow().mask(), LINEAR_PROBES);
            let mut free_slot = None;
            loop {
                let at = probe.slot();
                let pending = {
                    let table = self.table.borrow();
                    match table.slots.get(at) {
                        None | Some(Slot::Empty) => {
                            return Ok(match free_slot {
                                Some(slot) => Located::Missing {
                                    slot,
                                    reuses_dummy: true,
                                },
                                None => Located::Missing {
                                    slot: at,
                                    reuses_dummy: false,
                                },
                            });
                        }
                        Some(Slot::Dummy) => {
                            free_slot = Some(at);
                            None
                        }
                        Some(Slot::Full { hash: h, key: k }) if *h == hash => {
                            if k.is(key) {
                                return Ok(Located::Found(at));
                            }
                            if key_native && hash::eq_is_native(k) {
                                if crate::ops::values_equal(vm, k, key)? {
                                    return Ok(Located::Found(at));
                                }
                                None
                            } else {
                                Some((k.clone(), table.generation))
                            }
                        }
                        Some(Slot::Full { .. }) => None,
                    }
                };
                if let Some((start_key, generation)) = pending {
                    let equal = crate::ops::values_equal(vm, &start_key, key)?;
                    let table = self.table.borrow();
                    let unchanged = table.generation == generation
                        && matches!(table.slots.get(at), Some(Slot::Full { key, .. }) if key.is(&start_key));
                    if !unchanged {
                        continue 'restart;
                    }
                    if equal {
                        return Ok(Located::Found(at));
                    }
                }
                probe.advance();
            }
        }
    }

    /// `key in self`, the hash known.
    pub fn contains_hashed(&self, vm: &mut Vm, key: &Value, hash: i64) -> PyResult<bool> {
        Ok(matches!(self.locate(vm, key, hash)?, Located::Found(_)))
    }

    /// Adds `key` unless an equal key is present; returns whether it was added.
    pub fn add_hashed(&self, vm: &mut Vm, key: Value, hash: i64) -> PyResult<bool> {
        let Located::Missing { slot, reuses_dummy } = self.locate(vm, &key, hash)? else {
            return Ok(false);
        };
        let mut table = self.table.borrow_mut();
        match table.slots.get_mut(slot) {
            Some(target) => *target = Slot::Full { hash, key },
            None => return Ok(false),
        }
        table.used += 1;
        if !reuses_dummy {
            table.fill += 1;
            table.grow_if_needed()?;
        }
        Ok(true)
    }

    /// Adds `key`, hashing it first (TypeError when unhashable).
    pub fn add(&self, vm: &mut Vm, key: Value) -> PyResult<bool> {
        let hash = hash::hash_value(vm, &key)?;
        self.add_hashed(vm, key, hash)
    }

    /// Removes the key equal to `key`; returns whether there was one.
    pub fn discard_hashed(&self, vm: &mut Vm, key: &Value, hash: i64) -> PyResult<bool> {
        let Located::Found(slot) = self.locate(vm, key, hash)? else {
            return Ok(false);
        };
        let old = {
            let mut table = self.table.borrow_mut();
            let Some(target) = table.slots.get_mut(slot) else {
                return Ok(false);
            };
            let old = std::mem::replace(target, Slot::Dummy);
            table.used -= 1;
            old
        };
        drop(old);
        Ok(true)
    }

    /// Empties the set (back to 8 slots).
    pub fn clear(&self) {
        let old = {
            let mut table = self.table.borrow_mut();
            let generation = table.generation + 1;
            let finger = table.finger;
            let old = std::mem::replace(&mut *table, SetTable::new());
            table.generation = generation;
            table.finger = finger;
            old
        };
        drop(old);
    }

    /// Takes the other set's contents (CPython's `set_swap_bodies`, used by the `*_update`
    /// methods that build their result aside).
    pub fn take_contents(&self, mut other: PySet) {
        let new_table = std::mem::replace(other.table.get_mut(), SetTable::new());
        let old = {
            let mut table = self.table.borrow_mut();
            let generation = table.generation + 1;
            let finger = table.finger;
            let old = std::mem::replace(&mut *table, new_table);
            table.generation = generation;
            // The pop finger belongs to the set object, not to its table.
            table.finger = finger;
            old
        };
        self.hash.set(NO_HASH);
        drop(old);
    }

    /// `set.pop()`: the first active slot at or after the finger, or `None` when empty.
    pub fn pop(&self) -> Option<Value> {
        let mut table = self.table.borrow_mut();
        if table.used == 0 {
            return None;
        }
        let mask = table.mask();
        let mut at = table.finger & mask;
        while !matches!(table.slots.get(at), Some(Slot::Full { .. })) {
            at = (at + 1) & mask;
        }
        let old = std::mem::replace(table.slots.get_mut(at)?, Slot::Dummy);
        table.used -= 1;
        table.finger = at + 1;
        match old {
            Slot::Full { key, .. } => Some(key),
            _ => None,
        }
    }

    /// CPython's `set_merge`: adds every key of `other`, reusing stored hashes and copying
    /// the table wholesale when `self` is empty.
    pub fn merge(&self, vm: &mut Vm, other: &PySet) -> PyResult<()> {
        if std::ptr::eq(self, other) || other.is_empty() {
            return Ok(());
        }
        {
            let mut table = self.table.borrow_mut();
            let source = other.table.borrow();
            if (table.fill + source.used) * 5 >= table.mask() * 3 {
                let target = (table.used + source.used) * 2;
                table.resize(target)?;
            }
            if table.fill == 0 {
                if table.slots.len() == source.slots.len() && source.fill == source.used {
                    table.slots.clone_from(&source.slots);
                } else {
                    let mask = table.mask();
                    for (hash, key) in source.entries() {
                        insert_clean(&mut table.slots, mask, key.clone(), hash);
                    }
                }
                table.fill = source.used;
                table.used = source.used;
                table.generation += 1;
                return Ok(());
            }
        }
        for (hash, key) in other.entries_snapshot() {
            self.add_hashed(vm, key, hash)?;
        }
        Ok(())
    }

    /// Grows the table ahead of adding `extra` keys, as CPython does before adding a dict's.
    pub fn reserve_for(&self, extra: usize) -> PyResult<()> {
        let mut table = self.table.borrow_mut();
        if (table.fill + extra) * 5 >= table.mask() * 3 {
            let target = (table.used + extra) * 2;
            table.resize(target)?;
        }
        Ok(())
    }

    /// Rebuilds the table when more than a quarter of it is dummies (after a bulk removal).
    pub fn purge_dummies(&self) -> PyResult<()> {
        let mut table = self.table.borrow_mut();
        if table.fill - table.used <= table.mask() / 4 {
            return Ok(());
        }
        let target = if table.used > 50_000 {
            table.used * 2
        } else {
            table.used * 4
        };
        table.resize(target)
    }

    /// `hash(frozenset)`: CPython's order-independent mix of the entries' hashes, cached.
    pub fn frozen_hash(&self) -> i64 {
        let cached = self.hash.get();
        if cached != NO_HASH {
            return cached;
        }
        fn shuffle(h: u64) -> u64 {
            ((h ^ 89_869_747) ^ (h << 16)).wrapping_mul(3_644_798_167)
        }
        let table = self.table.borrow();
        let mut h: u64 = 0;
        for (entry_hash, _) in table.entries() {
            h ^= shuffle(entry_hash as u64);
        }
        h ^= (table.used as u64 + 1).wrapping_mul(1_927_868_237);
        h ^= (h >> 11) ^ (h >> 25);
        h = h.wrapping_mul(69_069).wrapping_add(907_133_923);
        let result = if h == u64::MAX { 590_923_713 } else { h as i64 };
        self.hash.set(result);
        result
    }

    /// The key at slot `position` or later, for iterators: `(key, next position)`.
    fn next_from(&self, position: usize) -> Option<(Value, usize)> {
        let table = self.table.borrow();
        let slots = table.slots.get(position..)?;
        slots
            .iter()
            .enumerate()
            .find_map(|(offset, slot)| match slot {
                Slot::Full { key, .. } => Some((key.clone(), position + offset + 1)),
                _ => None,
            })
    }
}

/// `iter(set)`: walks the slots, failing if the set's size changes under it.
pub struct SetIter {
    set: Rc<PySet>,
    position: usize,
    expected_len: Option<usize>,
}

impl SetIter {
    pub fn new(set: Rc<PySet>) -> SetIter {
        let expected_len = Some(set.len());
        SetIter {
            set,
            position: 0,
            expected_len,
        }
    }

    pub fn next_item(&mut self) -> PyResult<Option<Value>> {
        let Some(expected) = self.expected_len else {
            return Ok(None);
        };
        if self.set.len() != expected {
            self.expected_len = None;
            return Err(super::exception::PyErr::new(
                super::ExcKind::RuntimeError,
                "Set changed size during iteration",
            ));
        }
        match self.set.next_from(self.position) {
            Some((key, next)) => {
                self.position = next;
                Ok(Some(key))
            }
            None => {
                self.expected_len = None;
                Ok(None)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn order(keys: &[i64]) -> Vec<i64> {
        let mut vm = Vm::new(
            crate::engine::ENGINES[0],
            Vec::new(),
            crate::vm::Output::Captured(Vec::new()),
        );
        let set = PySet::new();
        for &k in keys {
            set.add(&mut vm, Value::Int(k)).expect("hashable");
        }
        set.keys_snapshot()
            .iter()
            .map(|key| match key {
                Value::Int(i) => *i,
                _ => 0,
            })
            .collect()
    }

    #[test]
    fn iteration_order_matches_cpython() {
        // Expected orders printed by python3.11.
        assert_eq!(order(&[5, 3, 1000, 7]), vec![1000, 3, 5, 7]);
        assert_eq!(order(&[8, 1, 2, 3, 4]), vec![1, 2, 3, 4, 8]);
        assert_eq!(order(&[-1, 16, 32, 9, 100]), vec![32, 100, 9, 16, -1]);
        // Past 8 and 32 slots.
        let many: Vec<i64> = (0..40).map(|i| i * 37 - 300).collect();
        assert_eq!(
            order(&many),
            vec![
                514, 773, 1032, -115, 144, 403, 662, 921, -226, 33, 292, 551, 810, 1069, -78, 181,
                440, 699, 958, -189, 70, 329, 588, 847, 1106, -300, -41, 218, 477, 736, 995, -152,
                107, 366, 625, 884, 1143, -263, -4, 255
            ]
        );
    }
}
