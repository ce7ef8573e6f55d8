//! `dict`: an insertion-ordered hash table in CPython's compact layout (a power-of-two index
//! table pointing into an array of entries in insertion order; deleted entries leave holes
//! until the next resize), plus its views (`keys()`, `values()`, `items()`) and iterators.
//! The Python-facing methods are in `dict_methods`.
//!
//! Keys compare with `==`, which may one day run Python code: no borrow of the table is held
//! across a comparison whose operands are not known to be native (`hash::eq_is_native`), and a
//! lookup restarts when the table changed during such a comparison.

use std::cell::RefCell;
use std::rc::Rc;

use super::Value;
use super::exception::{ExcKind, PyErr, PyResult, memory_error};
use super::hash::{self, Probe};
use crate::vm::Vm;

/// An index slot that never held an entry.
const EMPTY: usize = usize::MAX;
/// An index slot whose entry was deleted (probes continue past it).
const DUMMY: usize = usize::MAX - 1;
/// Index slots of the first table.
const MIN_SIZE: usize = 8;

struct DictEntry {
    hash: i64,
    key: Value,
    value: Value,
}

#[derive(Default)]
struct DictTable {
    /// Entry numbers, `EMPTY` or `DUMMY`; empty until the first insertion.
    indices: Vec<usize>,
    /// In insertion order; `None` for deleted entries.
    entries: Vec<Option<DictEntry>>,
    used: usize,
    /// Bumped whenever entries move or are deleted, so a lookup that let go of the table to
    /// compare keys can tell that the entry it looked at may be gone.
    generation: u64,
}

impl DictTable {
    /// Entries the index table can hold before it must grow (two thirds of it).
    fn usable(&self) -> usize {
        self.indices.len() * 2 / 3
    }

    /// Rebuilds the index table for at least `min_used` entries, compacting the entries.
    fn rebuild(&mut self, min_used: usize) -> PyResult<()> {
        let mut size = MIN_SIZE;
        while size * 2 / 3 <= min_used {
            size = size.checked_mul(2).ok_or_else(memory_error)?;
        }
        super::exception::check_object_size(size, std::mem::size_of::<usize>())?;
        let mut indices = Vec::new();
        indices
            .try_reserve_exact(size)
            .map_err(|_| memory_error())?;
        indices.resize(size, EMPTY);
        let entries: Vec<Option<DictEntry>> = std::mem::take(&mut self.entries)
            .into_iter()
            .filter(Option::is_some)
            .collect();
        let mask = size - 1;
        for (number, entry) in entries.iter().enumerate() {
            if let Some(entry) = entry {
                let mut probe = Probe::new(entry.hash, mask, 0);
                while indices.get(probe.slot()).is_some_and(|ix| *ix != EMPTY) {
                    probe.advance();
                }
                if let Some(slot) = indices.get_mut(probe.slot()) {
                    *slot = number;
                }
            }
        }
        self.indices = indices;
        self.entries = entries;
        self.generation += 1;
        Ok(())
    }

    /// Appends a new entry whose key is known to be absent.
    fn push(&mut self, hash: i64, key: Value, value: Value) -> PyResult<()> {
        if self.entries.len() >= self.usable() {
            self.rebuild(self.used * 3)?;
        }
        let mask = self.indices.len() - 1;
        let mut probe = Probe::new(hash, mask, 0);
        while self.indices.get(probe.slot()).is_some_and(|ix| *ix < DUMMY) {
            probe.advance();
        }
        let number = self.entries.len();
        if number == self.entries.capacity() {
            // Grown fallibly: a dict too big for memory is a MemoryError, not an abort.
            let wanted = number.max(4);
            super::exception::check_object_size(
                number + wanted,
                std::mem::size_of::<Option<DictEntry>>(),
            )?;
            self.entries
                .try_reserve(wanted)
                .map_err(|_| memory_error())?;
        }
        if let Some(slot) = self.indices.get_mut(probe.slot()) {
            *slot = number;
        }
        self.entries.push(Some(DictEntry { hash, key, value }));
        self.used += 1;
        Ok(())
    }

    /// Deletes entry `number` (whose hash is `hash`), returning it.
    fn delete(&mut self, number: usize, hash: i64) -> Option<DictEntry> {
        let mask = self.indices.len().checked_sub(1)?;
        let mut probe = Probe::new(hash, mask, 0);
        for _ in 0..self.indices.len() * 2 + 64 {
            match self.indices.get_mut(probe.slot()) {
                Some(ix) if *ix == number => {
                    *ix = DUMMY;
                    break;
                }
                Some(ix) if *ix == EMPTY => break,
                None => break,
                _ => probe.advance(),
            }
        }
        let entry = self.entries.get_mut(number)?.take()?;
        self.used -= 1;
        self.generation += 1;
        Some(entry)
    }
}

/// A `dict`.
#[derive(Default)]
pub struct PyDict {
    table: RefCell<DictTable>,
}

impl Drop for PyDict {
    /// Hands the keys and values to the bounded-depth drop, so freeing dicts nested millions
    /// deep cannot overflow the stack.
    fn drop(&mut self) {
        let table = std::mem::take(self.table.get_mut());
        let mut items = Vec::with_capacity(table.used * 2);
        for entry in table.entries.into_iter().flatten() {
            items.push(entry.key);
            items.push(entry.value);
        }
        super::value::drop_items(items);
    }
}

impl PyDict {
    pub fn new() -> PyDict {
        PyDict::default()
    }

    pub fn len(&self) -> usize {
        self.table.borrow().used
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The entry number of the key equal to `key`, if any.
    fn lookup(&self, vm: &mut Vm, key: &Value, hash: i64) -> PyResult<Option<usize>> {
        let key_native = hash::eq_is_native(key);
        'restart: loop {
            let mask = match self.table.borrow().indices.len() {
                0 => return Ok(None),
                size => size - 1,
            };
            let mut probe = Probe::new(hash, mask, 0);
            loop {
                let pending = {
                    let table = self.table.borrow();
                    match table.indices.get(probe.slot()).copied() {
                        None | Some(EMPTY) => return Ok(None),
                        Some(DUMMY) => None,
                        Some(number) => match table.entries.get(number) {
                            Some(Some(entry)) if entry.hash == hash => {
                                if entry.key.is(key) {
                                    return Ok(Some(number));
                                }
                                if key_native && hash::eq_is_native(&entry.key) {
                                    if crate::ops::values_equal(vm, &entry.key, key)? {
                                        return Ok(Some(number));
                                    }
                                    None
                                } else {
                                    Some((entry.key.clone(), number, table.generation))
                                }
                            }
                            _ => None,
                        },
                    }
                };
                if let Some((start_key, number, generation)) = pending {
                    let equal = crate::ops::values_equal(vm, &start_key, key)?;
                    let table = self.table.borrow();
                    let unchanged = table.generation == generation
                        && matches!(table.entries.get(number), Some(Some(e)) if e.key.is(&start_key));
                    if !unchanged {
                        continue 'restart;
                    }
                    if equal {
                        return Ok(Some(number));
                    }
                }
                probe.advance();
            }
        }
    }

    /// The value for `key` (hash known), if present.
    pub fn get_hashed(&self, vm: &mut Vm, key: &Value, hash: i64) -> PyResult<Option<Value>> {
        let Some(number) = self.lookup(vm, key, hash)? else {
            return Ok(None);
        };
        let table = self.table.borrow();
        Ok(match table.entries.get(number) {
            Some(Some(entry)) => Some(entry.value.clone()),
            _ => None,
        })
    }

    /// `self.get(key)`: TypeError when the key is unhashable.
    pub fn get(&self, vm: &mut Vm, key: &Value) -> PyResult<Option<Value>> {
        let hash = hash::hash_value(vm, key)?;
        self.get_hashed(vm, key, hash)
    }

    pub fn contains_hashed(&self, vm: &mut Vm, key: &Value, hash: i64) -> PyResult<bool> {
        Ok(self.lookup(vm, key, hash)?.is_some())
    }

    pub fn contains(&self, vm: &mut Vm, key: &Value) -> PyResult<bool> {
        let hash = hash::hash_value(vm, key)?;
        self.contains_hashed(vm, key, hash)
    }

    /// `self[key] = value` with the hash known: an equal key keeps its (first) key object.
    pub fn insert_hashed(&self, vm: &mut Vm, key: Value, hash: i64, value: Value) -> PyResult<()> {
        match self.lookup(vm, &key, hash)? {
            Some(number) => {
                let old = {
                    let mut table = self.table.borrow_mut();
                    match table.entries.get_mut(number) {
                        Some(Some(entry)) => Some(std::mem::replace(&mut entry.value, value)),
                        _ => None,
                    }
                };
                drop(old);
                Ok(())
            }
            None => self.table.borrow_mut().push(hash, key, value),
        }
    }

    /// `self[key] = value`.
    pub fn insert(&self, vm: &mut Vm, key: Value, value: Value) -> PyResult<()> {
        let hash = hash::hash_value(vm, &key)?;
        self.insert_hashed(vm, key, hash, value)
    }

    /// Removes `key` (hash known), returning the stored key and value.
    pub fn remove_hashed(
        &self,
        vm: &mut Vm,
        key: &Value,
        hash: i64,
    ) -> PyResult<Option<(Value, Value)>> {
        let Some(number) = self.lookup(vm, key, hash)? else {
            return Ok(None);
        };
        let entry = self.table.borrow_mut().delete(number, hash);
        Ok(entry.map(|e| (e.key, e.value)))
    }

    /// Removes `key`, returning the stored key and value.
    pub fn remove(&self, vm: &mut Vm, key: &Value) -> PyResult<Option<(Value, Value)>> {
        let hash = hash::hash_value(vm, key)?;
        self.remove_hashed(vm, key, hash)
    }

    /// `popitem()`: the last entry, removed.
    pub fn pop_last(&self) -> Option<(Value, Value)> {
        let mut table = self.table.borrow_mut();
        let (number, hash) = table
            .entries
            .iter()
            .enumerate()
            .rev()
            .find_map(|(n, e)| e.as_ref().map(|e| (n, e.hash)))?;
        let entry = table.delete(number, hash)?;
        table.entries.truncate(number);
        Some((entry.key, entry.value))
    }

    /// Empties the dict.
    pub fn clear(&self) {
        let old = {
            let mut table = self.table.borrow_mut();
            let generation = table.generation + 1;
            let old = std::mem::take(&mut *table);
            table.generation = generation;
            old
        };
        drop(old);
    }

    /// The (key, value) pairs in order (refcount bumps only).
    pub fn items_snapshot(&self) -> Vec<(Value, Value)> {
        self.table
            .borrow()
            .entries
            .iter()
            .flatten()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect()
    }

    /// The (hash, key, value) triples in order.
    pub fn entries_snapshot(&self) -> Vec<(i64, Value, Value)> {
        self.table
            .borrow()
            .entries
            .iter()
            .flatten()
            .map(|e| (e.hash, e.key.clone(), e.value.clone()))
            .collect()
    }

    /// The keys in order.
    pub fn keys_snapshot(&self) -> Vec<Value> {
        self.table
            .borrow()
            .entries
            .iter()
            .flatten()
            .map(|e| e.key.clone())
            .collect()
    }

    /// A shallow copy with the same order.
    pub fn copy(&self) -> PyResult<PyDict> {
        let copy = PyDict::new();
        {
            let mut target = copy.table.borrow_mut();
            let source = self.table.borrow();
            target.rebuild(source.used)?;
            for entry in source.entries.iter().flatten() {
                target.push(entry.hash, entry.key.clone(), entry.value.clone())?;
            }
        }
        Ok(copy)
    }

    /// The item of `kind` at entry `position` or later: `(item, next position)`.
    fn item_from(&self, position: usize, kind: ViewKind) -> Option<(Value, usize)> {
        let table = self.table.borrow();
        let rest = table.entries.get(position..)?;
        rest.iter().enumerate().find_map(|(offset, entry)| {
            let entry = entry.as_ref()?;
            Some((kind.item_of(entry), position + offset + 1))
        })
    }

    /// The item of `kind` before entry `end`, walking backwards: `(item, its position)`.
    fn item_before(&self, end: usize, kind: ViewKind) -> Option<(Value, usize)> {
        let table = self.table.borrow();
        let head = table.entries.get(..end.min(table.entries.len()))?;
        head.iter()
            .enumerate()
            .rev()
            .find_map(|(at, entry)| Some((kind.item_of(entry.as_ref()?), at)))
    }

    /// Entries ever appended (holes included): where a reverse iteration starts.
    fn entries_len(&self) -> usize {
        self.table.borrow().entries.len()
    }
}

/// `a == b` for two dicts: same length and every key of `a` maps to an equal value in `b`.
pub fn dicts_equal(vm: &mut Vm, a: &Rc<PyDict>, b: &Rc<PyDict>) -> PyResult<bool> {
    if Rc::ptr_eq(a, b) {
        return Ok(true);
    }
    if a.len() != b.len() {
        return Ok(false);
    }
    vm.enter_nested(" in comparison")?;
    let result = (|| {
        for (hash, key, value) in a.entries_snapshot() {
            match b.get_hashed(vm, &key, hash)? {
                Some(other) => {
                    if !other.is(&value) && !crate::ops::values_equal(vm, &value, &other)? {
                        return Ok(false);
                    }
                }
                None => return Ok(false),
            }
        }
        Ok(true)
    })();
    vm.leave_frame();
    result
}

/// What a view or iterator yields.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum ViewKind {
    Keys,
    Values,
    Items,
}

impl ViewKind {
    fn item_of(self, entry: &DictEntry) -> Value {
        match self {
            ViewKind::Keys => entry.key.clone(),
            ViewKind::Values => entry.value.clone(),
            ViewKind::Items => Value::tuple(vec![entry.key.clone(), entry.value.clone()]),
        }
    }
}

/// `d.keys()`, `d.values()` or `d.items()`: a live view of the dict.
pub struct DictView {
    pub dict: Rc<PyDict>,
    pub kind: ViewKind,
}

impl DictView {
    pub fn type_name(&self) -> &'static str {
        match self.kind {
            ViewKind::Keys => "dict_keys",
            ViewKind::Values => "dict_values",
            ViewKind::Items => "dict_items",
        }
    }
}

/// An iterator over a dict (forwards or backwards), failing when the dict's size changes.
pub struct DictIter {
    dict: Rc<PyDict>,
    kind: ViewKind,
    /// Forwards: the next entry to look at. Backwards: one past it.
    position: usize,
    /// The dict's length when iteration started; `None` once exhausted or failed.
    expected_len: Option<usize>,
    /// Items still expected, to notice keys replaced during iteration.
    remaining: usize,
    reversed: bool,
}

impl DictIter {
    pub fn new(dict: Rc<PyDict>, kind: ViewKind, reversed: bool) -> DictIter {
        let len = dict.len();
        let position = if reversed { dict.entries_len() } else { 0 };
        DictIter {
            dict,
            kind,
            position,
            expected_len: Some(len),
            remaining: len,
            reversed,
        }
    }

    pub fn type_name(&self) -> &'static str {
        match (self.reversed, self.kind) {
            (false, ViewKind::Keys) => "dict_keyiterator",
            (false, ViewKind::Values) => "dict_valueiterator",
            (false, ViewKind::Items) => "dict_itemiterator",
            (true, ViewKind::Keys) => "dict_reversekeyiterator",
            (true, ViewKind::Values) => "dict_reversevalueiterator",
            (true, ViewKind::Items) => "dict_reverseitemiterator",
        }
    }

    pub fn next_item(&mut self) -> PyResult<Option<Value>> {
        let Some(expected) = self.expected_len else {
            return Ok(None);
        };
        if self.dict.len() != expected {
            self.expected_len = None;
            return Err(PyErr::new(
                ExcKind::RuntimeError,
                "dictionary changed size during iteration",
            ));
        }
        let found = if self.reversed {
            self.dict.item_before(self.position, self.kind)
        } else {
            self.dict.item_from(self.position, self.kind)
        };
        let Some((item, position)) = found else {
            self.expected_len = None;
            return Ok(None);
        };
        if self.remaining == 0 {
            self.expected_len = None;
            return Err(PyErr::new(
                ExcKind::RuntimeError,
                "dictionary keys changed during iteration",
            ));
        }
        self.remaining -= 1;
        self.position = position;
        Ok(Some(item))
    }
}

/// The iterator `reversed(value)` returns for a dict or dict view, or `None` for other values
/// (the `reversed` builtin handles sequences itself).
pub fn reversed_view_iter(value: &Value) -> Option<Value> {
    let (dict, kind) = match value {
        Value::Dict(dict) => (dict.clone(), ViewKind::Keys),
        Value::DictView(view) => (view.dict.clone(), view.kind),
        _ => return None,
    };
    Some(iter_value(DictIter::new(dict, kind, true)))
}

/// Wraps a dict iterator as a `Value`.
pub fn iter_value(iter: DictIter) -> Value {
    Value::Iter(Rc::new(RefCell::new(super::object::PyIter::Dict(iter))))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn order_survives_deletions_and_growth() {
        let mut vm = Vm::new(
            crate::engine::ENGINES[0],
            Vec::new(),
            crate::vm::Output::Captured(Vec::new()),
        );
        let dict = PyDict::new();
        for i in 0..100 {
            dict.insert(&mut vm, Value::Int(i), Value::Int(i * 2))
                .expect("insert");
        }
        for i in (0..100).step_by(3) {
            assert!(
                dict.remove(&mut vm, &Value::Int(i))
                    .expect("remove")
                    .is_some()
            );
        }
        dict.insert(&mut vm, Value::Int(0), Value::None)
            .expect("insert");
        // Equal keys across types are one key; the first key object is kept.
        dict.insert(&mut vm, Value::float(1.0), Value::None)
            .expect("insert");
        let keys: Vec<i64> = dict
            .keys_snapshot()
            .iter()
            .map(|k| match k {
                Value::Int(i) => *i,
                _ => -1,
            })
            .collect();
        let mut expected: Vec<i64> = (0..100).filter(|i| i % 3 != 0).collect();
        expected.push(0);
        assert_eq!(keys, expected);
        assert_eq!(dict.len(), expected.len());
    }
}
