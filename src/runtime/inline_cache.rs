//! Inline caches for attribute opcodes (`LOAD_ATTR`, `STORE_ATTR`, `LOAD_METHOD`): one entry per
//! such instruction of a code object, remembering what the last lookup on an instance found
//! under a (class version, instance shape) key — an attribute's slot, a method of the class,
//! or the shape transition an attribute store follows. A hit is two compares and an indexed
//! load or store, CPython 3.11's `LOAD_ATTR_INSTANCE_VALUE` / `LOAD_METHOD_WITH_VALUES` /
//! `STORE_ATTR_INSTANCE_VALUE`. Every engine can use them: the cache belongs to the code object
//! and is found by instruction index. A class's version changes whenever its namespace (or a
//! base's) changes, so an entry can never outlive what it describes.

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use super::Value;
use super::function::Function;
use super::instance::Shape;
use super::str::PyStr;
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
    /// The attribute is the plain class attribute `value` (no descriptor), not shadowed on
    /// instances of `shape`.
    ClassValue,
}

/// One remembered lookup.
#[derive(Default)]
struct Way {
    version: Cell<u32>,
    shape: Cell<*const Shape>,
    index: Cell<u32>,
    kind: Cell<Kind>,
    /// A plain class attribute (never a container, so no cycle through it).
    value: RefCell<Value>,
    /// A method, held weakly: the method's own code may hold this cache.
    method: RefCell<Weak<Function>>,
    next: RefCell<Option<Rc<Shape>>>,
}

/// How many lookups one instruction remembers: a site that sees instances of a few classes
/// (a method called on every element of a list of shapes) stays cached, as in CPython's
/// polymorphic caches before 3.11 specialisation gives up.
const WAYS: usize = 4;

/// One instruction's cache.
pub struct AttrCache {
    /// The instruction's attribute name (the threaded engine's decoded instruction points at the
    /// cache, and reaches the name through it).
    pub name: Rc<PyStr>,
    ways: [Way; WAYS],
    /// The way the next recording replaces (round robin).
    victim: Cell<u8>,
}

impl AttrCache {
    /// An empty cache for an instruction on attribute `name`.
    pub fn new(name: Rc<PyStr>) -> AttrCache {
        AttrCache {
            name,
            ways: Default::default(),
            victim: Cell::new(0),
        }
    }

    #[inline(always)]
    fn find(&self, kind: Kind, version: u32) -> Option<&Way> {
        self.ways
            .iter()
            .find(|way| way.version.get() == version && way.kind.get() == kind)
    }

    /// The cached slot for a class at `version`: `(shape, index)`.
    #[inline(always)]
    pub fn slot(&self, version: u32) -> Option<(*const Shape, usize)> {
        self.find(Kind::Slot, version)
            .map(|way| (way.shape.get(), way.index.get() as usize))
    }

    /// The cached method for a class at `version` and instances of the returned shape.
    #[inline(always)]
    pub fn method(&self, version: u32) -> Option<(*const Shape, Value)> {
        let way = self.find(Kind::Method, version)?;
        let method = way.method.borrow().upgrade()?;
        Some((way.shape.get(), Value::Function(method)))
    }

    /// The cached class attribute for a class at `version` and instances of the returned shape.
    #[inline(always)]
    pub fn class_value(&self, version: u32) -> Option<(*const Shape, Value)> {
        let way = self.find(Kind::ClassValue, version)?;
        Some((way.shape.get(), way.value.borrow().clone()))
    }

    pub fn record_class_value(&self, version: u32, shape: &Rc<Shape>, value: Value) {
        let way = self.way_for(version);
        let old = way.value.replace(value);
        Self::record(way, Kind::ClassValue, version, shape);
        drop(old);
    }

    /// The cached transition for a class at `version`: `(from, to)`.
    #[inline(always)]
    pub fn transition(&self, version: u32) -> Option<(*const Shape, Rc<Shape>)> {
        let way = self.find(Kind::Add, version)?;
        let next = way.next.borrow().clone()?;
        Some((way.shape.get(), next))
    }

    /// The way to record into: the one already describing this class, else the next victim.
    fn way_for(&self, version: u32) -> &Way {
        if let Some(way) = self.ways.iter().find(|w| w.version.get() == version) {
            return way;
        }
        let victim = self.victim.get() as usize % WAYS;
        self.victim.set(((victim + 1) % WAYS) as u8);
        &self.ways[victim]
    }

    fn record(way: &Way, kind: Kind, version: u32, shape: &Rc<Shape>) {
        way.kind.set(kind);
        way.version.set(version);
        way.shape.set(Rc::as_ptr(shape));
    }

    pub fn record_slot(&self, version: u32, shape: &Rc<Shape>, index: usize) {
        let way = self.way_for(version);
        Self::record(way, Kind::Slot, version, shape);
        way.index.set(index as u32);
    }

    pub fn record_method(&self, version: u32, shape: &Rc<Shape>, method: &Rc<Function>) {
        let way = self.way_for(version);
        way.method.replace(Rc::downgrade(method));
        Self::record(way, Kind::Method, version, shape);
    }

    pub fn record_transition(&self, version: u32, from: &Rc<Shape>, to: Rc<Shape>) {
        let way = self.way_for(version);
        let old = way.next.replace(Some(to));
        Self::record(way, Kind::Add, version, from);
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
    /// Empty entries for the attribute instructions of `instrs`, whose operands index `names`.
    pub fn for_instrs(instrs: &[Instr], names: &[Rc<PyStr>]) -> InlineCaches {
        let mut entries = Vec::new();
        let index = instrs
            .iter()
            .map(|instr| {
                let is_attribute = matches!(
                    instr.op,
                    Opcode::LoadAttr | Opcode::StoreAttr | Opcode::LoadMethod
                );
                match names.get(instr.arg as usize) {
                    Some(name) if is_attribute => {
                        entries.push(AttrCache::new(name.clone()));
                        entries.len() as u32 - 1
                    }
                    _ => u32::MAX,
                }
            })
            .collect();
        InlineCaches {
            index,
            entries: entries.into_boxed_slice(),
        }
    }

    /// Instruction `at`'s cache, if it has one.
    #[inline(always)]
    pub fn at(&self, at: usize) -> Option<&AttrCache> {
        let i = *self.index.get(at)?;
        self.entries.get(i as usize)
    }
}
