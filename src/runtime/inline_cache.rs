//! Inline caches for attribute opcodes (`LOAD_ATTR`, `STORE_ATTR`, `LOAD_METHOD`): one entry per
//! such instruction of a code object, remembering what the last lookup on an instance found
//! under a (class version, instance shape) key — an attribute's slot, a method of the class,
//! or the shape transition an attribute store follows. A hit is two compares and an indexed
//! load or store, CPython 3.11's `LOAD_ATTR_INSTANCE_VALUE` / `LOAD_METHOD_WITH_VALUES` /
//! `STORE_ATTR_INSTANCE_VALUE`. Every engine can use them: the cache belongs to the code object
//! and is found by instruction index. A class's version changes whenever its namespace (or a
//! base's) changes, so an entry can never outlive what it describes.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::Value;
use super::instance::Shape;
use crate::bytecode::{Instr, Opcode};

/// What an entry remembers.
#[derive(Clone, Copy, Default, PartialEq, Eq)]
enum Kind {
    #[default]
    Empty,
    /// The attribute is slot `index` of instances of shape `shape`.
    Slot,
    /// The attribute is the class's function `value`, not shadowed on instances of `shape`.
    Method,
    /// Storing the attribute adds it: shape `shape` becomes `next`, the value goes last.
    Add,
}

/// One instruction's cache.
#[derive(Default)]
pub struct AttrCache {
    version: Cell<u32>,
    shape: Cell<*const Shape>,
    index: Cell<u32>,
    kind: Cell<Kind>,
    value: RefCell<Value>,
    next: RefCell<Option<Rc<Shape>>>,
}

impl AttrCache {
    #[inline(always)]
    fn matches(&self, kind: Kind, version: u32) -> bool {
        self.kind.get() == kind && self.version.get() == version
    }

    /// The cached slot for a class at `version`: `(shape, index)`.
    #[inline(always)]
    pub fn slot(&self, version: u32) -> Option<(*const Shape, usize)> {
        self.matches(Kind::Slot, version)
            .then(|| (self.shape.get(), self.index.get() as usize))
    }

    /// The cached method for a class at `version` and instances of `shape`.
    #[inline(always)]
    pub fn method(&self, version: u32) -> Option<(*const Shape, Value)> {
        if !self.matches(Kind::Method, version) {
            return None;
        }
        Some((self.shape.get(), self.value.borrow().clone()))
    }

    /// The cached transition for a class at `version`: `(from, to)`.
    #[inline(always)]
    pub fn transition(&self, version: u32) -> Option<(*const Shape, Rc<Shape>)> {
        if !self.matches(Kind::Add, version) {
            return None;
        }
        let next = self.next.borrow().clone()?;
        Some((self.shape.get(), next))
    }

    fn record(&self, kind: Kind, version: u32, shape: &Rc<Shape>) {
        self.kind.set(kind);
        self.version.set(version);
        self.shape.set(Rc::as_ptr(shape));
    }

    pub fn record_slot(&self, version: u32, shape: &Rc<Shape>, index: usize) {
        self.record(Kind::Slot, version, shape);
        self.index.set(index as u32);
    }

    pub fn record_method(&self, version: u32, shape: &Rc<Shape>, method: Value) {
        let old = self.value.replace(method);
        self.record(Kind::Method, version, shape);
        drop(old);
    }

    pub fn record_transition(&self, version: u32, from: &Rc<Shape>, to: Rc<Shape>) {
        let old = self.next.replace(Some(to));
        self.record(Kind::Add, version, from);
        drop(old);
    }
}

/// The caches of one code object: `index[i]` is instruction `i`'s entry in `entries`
/// (`u32::MAX` for instructions without one).
#[derive(Default)]
pub struct InlineCaches {
    index: Box<[u32]>,
    entries: Box<[AttrCache]>,
}

impl InlineCaches {
    /// Empty entries for the attribute instructions of `instrs`.
    pub fn for_instrs(instrs: &[Instr]) -> InlineCaches {
        let mut count = 0u32;
        let index = instrs
            .iter()
            .map(|instr| {
                if matches!(
                    instr.op,
                    Opcode::LoadAttr | Opcode::StoreAttr | Opcode::LoadMethod
                ) {
                    count += 1;
                    count - 1
                } else {
                    u32::MAX
                }
            })
            .collect();
        InlineCaches {
            index,
            entries: (0..count).map(|_| AttrCache::default()).collect(),
        }
    }

    /// Instruction `at`'s cache, if it has one.
    #[inline(always)]
    pub fn at(&self, at: usize) -> Option<&AttrCache> {
        let i = *self.index.get(at)?;
        self.entries.get(i as usize)
    }
}
