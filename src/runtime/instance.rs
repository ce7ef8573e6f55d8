//! Instances of user classes and their attribute storage. An instance keeps its attributes in
//! a vector laid out by a **shape** (a hidden class): the shape lists the attribute names in the
//! order they were first set, and every instance given the same names in the same order shares
//! one shape, found by following the transition "add `name`" from its class's root shape. So
//! `self.x` is a pointer-compare scan of a short name list and an indexed load, never a string
//! hash. Deleting an attribute, or giving an instance very many, moves it to a real dict
//! ("dictionary mode"), as does asking for its `__dict__` (which must then be live).
//! Classes with `__slots__` give their instances a fixed shape and no dict; a class without
//! `__slots__` deriving from one starts its instances with the inherited slots as the leading
//! names of a growable shape, and those stay out of the `__dict__` in dictionary mode.
//!
//! The layout is explained in `docs/object-model.md`.

use std::cell::RefCell;
use std::rc::Rc;

use super::dict::PyDict;
use super::intern::intern;
use super::str::PyStr;
use super::types::PyType;
use super::{PyResult, Value};
use crate::vm::Vm;

/// Instances with more attributes than this keep them in a dict.
const MAX_SHAPED_ATTRIBUTES: usize = 48;

/// A hidden class: the attribute names, in storage order, and the shapes reached by adding
/// one more name.
#[derive(Default)]
pub struct Shape {
    names: Vec<Rc<PyStr>>,
    transitions: RefCell<Vec<(Rc<PyStr>, Rc<Shape>)>>,
    /// A `__slots__` shape: no transitions, its names are all the instance may have.
    fixed: bool,
    /// How many leading names are `__slots__` entries (all of them in a fixed shape).
    slots: usize,
}

impl Shape {
    /// The empty shape instances of a class start with.
    pub fn root() -> Rc<Shape> {
        Rc::new(Shape::default())
    }

    /// The fixed shape of a `__slots__` class.
    pub fn fixed(names: Vec<Rc<PyStr>>) -> Rc<Shape> {
        Rc::new(Shape {
            slots: names.len(),
            names,
            transitions: RefCell::default(),
            fixed: true,
        })
    }

    /// The root shape of a class without `__slots__` deriving from classes with them: the
    /// inherited slots first, other attributes added after them.
    pub fn with_slots(names: Vec<Rc<PyStr>>) -> Rc<Shape> {
        Rc::new(Shape {
            slots: names.len(),
            names,
            transitions: RefCell::default(),
            fixed: false,
        })
    }

    /// Where `name` (interned) is stored.
    #[inline(always)]
    pub fn index_of(&self, name: &PyStr) -> Option<usize> {
        self.names.iter().position(|n| std::ptr::eq(&**n, name))
    }

    pub fn len(&self) -> usize {
        self.names.len()
    }

    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }

    /// Whether this is the fixed shape of a `__slots__` class.
    pub fn is_fixed(&self) -> bool {
        self.fixed
    }

    /// The shape after adding `name`, shared by every instance that takes the same path.
    fn with(self: &Rc<Shape>, name: &PyStr) -> Rc<Shape> {
        if let Some((_, next)) = self
            .transitions
            .borrow()
            .iter()
            .find(|(n, _)| std::ptr::eq(&**n, name))
        {
            return next.clone();
        }
        let name = intern(name.as_str());
        let mut names = self.names.clone();
        names.push(name.clone());
        let next = Rc::new(Shape {
            names,
            transitions: RefCell::default(),
            fixed: false,
            slots: self.slots,
        });
        self.transitions.borrow_mut().push((name, next.clone()));
        next
    }
}

thread_local! {
    /// The root shape of instances of built-in types (exceptions), shared by all of them.
    static SHARED_ROOT: Rc<Shape> = Shape::root();
}

fn shared_root() -> Rc<Shape> {
    SHARED_ROOT.with(Rc::clone)
}

/// Where an instance's attributes live.
enum Attrs {
    /// Values in the order of `shape`'s names; `Null` marks an unset `__slots__` entry.
    Shaped {
        shape: Rc<Shape>,
        values: Vec<Value>,
    },
    /// Dictionary mode: the instance's `__dict__`, and the inherited `__slots__` entries
    /// (`Null` when unset), which are not in it.
    Dict(Rc<PyDict>, Vec<(Rc<PyStr>, Value)>),
}

/// The entry of slot `name` among a dictionary-mode instance's slots.
fn slot_entry<'a>(slots: &'a mut [(Rc<PyStr>, Value)], name: &PyStr) -> Option<&'a mut Value> {
    slots
        .iter_mut()
        .find(|(n, _)| std::ptr::eq(&**n, name))
        .map(|(_, v)| v)
}

/// An instance of a user class.
pub struct PyInstance {
    pub(crate) class: Rc<PyType>,
    /// The built-in value an instance of a subclass of a built-in type wraps (the list of a
    /// `class Stack(list)`); `Null` otherwise.
    pub(crate) native: Value,
    attrs: RefCell<Attrs>,
}

impl PyInstance {
    /// A new instance of `class` with no attributes set, wrapping `native`.
    pub fn new(class: Rc<PyType>, native: Value) -> PyInstance {
        let shape = class
            .class
            .as_ref()
            .map_or_else(shared_root, |data| data.root_shape.clone());
        let values = match shape.len() {
            0 => Vec::new(),
            len => vec![Value::Null; len],
        };
        PyInstance {
            class,
            native,
            attrs: RefCell::new(Attrs::Shaped { shape, values }),
        }
    }

    /// The attribute `name` (interned) stored on the instance itself.
    #[inline]
    pub fn get(&self, vm: &mut Vm, name: &PyStr) -> PyResult<Option<Value>> {
        let dict = match &*self.attrs.borrow() {
            Attrs::Shaped { shape, values } => {
                return Ok(shape
                    .index_of(name)
                    .map(|i| values[i].clone())
                    .filter(|v| !v.is_null()));
            }
            Attrs::Dict(dict, slots) => {
                match slots.iter().find(|(n, _)| std::ptr::eq(&**n, name)) {
                    Some((_, value)) => return Ok(Some(value.clone()).filter(|v| !v.is_null())),
                    None => dict.clone(),
                }
            }
        };
        dict.get(vm, &Value::Str(intern(name.as_str())))
    }

    /// Sets the attribute `name` (interned) on the instance. `Ok(false)` when the instance has
    /// no room for it (a `__slots__` class without that slot).
    pub fn set(&self, vm: &mut Vm, name: &PyStr, value: Value) -> PyResult<bool> {
        let dict = {
            let mut attrs = self.attrs.borrow_mut();
            match &mut *attrs {
                Attrs::Shaped { shape, values } => {
                    if let Some(i) = shape.index_of(name) {
                        let old = std::mem::replace(&mut values[i], value);
                        drop(attrs);
                        drop(old);
                        return Ok(true);
                    }
                    if shape.fixed {
                        return Ok(false);
                    }
                    if shape.len() < MAX_SHAPED_ATTRIBUTES {
                        *shape = shape.with(name);
                        values.push(value);
                        return Ok(true);
                    }
                    drop(attrs);
                    self.to_dict_mode(vm)?
                }
                Attrs::Dict(dict, slots) => match slot_entry(slots, name) {
                    Some(slot) => {
                        let old = std::mem::replace(slot, value);
                        drop(attrs);
                        drop(old);
                        return Ok(true);
                    }
                    None => dict.clone(),
                },
            }
        };
        dict.insert(vm, Value::Str(intern(name.as_str())), value)?;
        Ok(true)
    }

    /// Deletes the attribute `name`; `Ok(false)` when it was not set.
    pub fn delete(&self, vm: &mut Vm, name: &PyStr) -> PyResult<bool> {
        let dict = {
            let mut attrs = self.attrs.borrow_mut();
            match &mut *attrs {
                Attrs::Shaped { shape, values } => {
                    let Some(i) = shape.index_of(name).filter(|&i| !values[i].is_null()) else {
                        return Ok(false);
                    };
                    if i < shape.slots {
                        let old = std::mem::take(&mut values[i]);
                        drop(attrs);
                        drop(old);
                        return Ok(true);
                    }
                    drop(attrs);
                    self.to_dict_mode(vm)?
                }
                Attrs::Dict(dict, slots) => match slot_entry(slots, name) {
                    Some(slot) if slot.is_null() => return Ok(false),
                    Some(slot) => {
                        let old = std::mem::take(slot);
                        drop(attrs);
                        drop(old);
                        return Ok(true);
                    }
                    None => dict.clone(),
                },
            }
        };
        Ok(dict
            .remove(vm, &Value::Str(intern(name.as_str())))?
            .is_some())
    }

    /// Whether the instance can have a `__dict__` (its class has no `__slots__`).
    pub fn has_dict(&self) -> bool {
        match &*self.attrs.borrow() {
            Attrs::Shaped { shape, .. } => !shape.fixed,
            Attrs::Dict(..) => true,
        }
    }

    /// The instance's `__dict__`: the live dict its attributes move into (dictionary mode).
    /// `None` for `__slots__` instances.
    pub fn dict(&self, vm: &mut Vm) -> PyResult<Option<Rc<PyDict>>> {
        if !self.has_dict() {
            return Ok(None);
        }
        self.to_dict_mode(vm).map(Some)
    }

    /// Moves the attributes into a dict (in their order) and returns it.
    fn to_dict_mode(&self, vm: &mut Vm) -> PyResult<Rc<PyDict>> {
        let (names, values, nslots) = {
            let mut attrs = self.attrs.borrow_mut();
            match &mut *attrs {
                Attrs::Dict(dict, _) => return Ok(dict.clone()),
                Attrs::Shaped { shape, values } => {
                    (shape.names.clone(), std::mem::take(values), shape.slots)
                }
            }
        };
        let dict = Rc::new(PyDict::new());
        let mut slots = Vec::with_capacity(nslots);
        for (i, (name, value)) in names.into_iter().zip(values).enumerate() {
            if i < nslots {
                slots.push((name, value));
            } else if !value.is_null() {
                dict.insert(vm, Value::Str(name), value)?;
            }
        }
        *self.attrs.borrow_mut() = Attrs::Dict(dict.clone(), slots);
        Ok(dict)
    }
}

impl Drop for PyInstance {
    /// Frees long chains of instances (linked lists of nodes) without deep recursion.
    fn drop(&mut self) {
        let items = match self.attrs.get_mut() {
            Attrs::Shaped { values, .. } => std::mem::take(values),
            Attrs::Dict(_, slots) => slots.drain(..).map(|(_, value)| value).collect(),
        };
        super::value::drop_items(items);
        super::value::drop_guarded(std::mem::take(&mut self.native));
    }
}

/// Fast paths for the attribute inline caches (`runtime::inline_cache`): each succeeds only
/// while the instance still has the shape the cache recorded.
impl PyInstance {
    /// The current shape, unless the instance is in dictionary mode.
    pub fn shape(&self) -> Option<Rc<Shape>> {
        match &*self.attrs.borrow() {
            Attrs::Shaped { shape, .. } => Some(shape.clone()),
            Attrs::Dict(..) => None,
        }
    }

    /// The value in slot `index` if the instance has shape `shape` and the slot is set.
    #[inline(always)]
    pub fn get_cached(&self, shape: *const Shape, index: usize) -> Option<Value> {
        match &*self.attrs.borrow() {
            Attrs::Shaped { shape: own, values } if std::ptr::eq(Rc::as_ptr(own), shape) => {
                values.get(index).filter(|v| !v.is_null()).cloned()
            }
            _ => None,
        }
    }

    /// Whether the instance has shape `shape`.
    #[inline(always)]
    pub fn has_shape(&self, shape: *const Shape) -> bool {
        matches!(&*self.attrs.borrow(), Attrs::Shaped { shape: own, .. } if std::ptr::eq(Rc::as_ptr(own), shape))
    }

    /// Stores into slot `index` if the instance has shape `shape`; gives `value` back otherwise.
    #[inline(always)]
    pub fn set_cached(&self, shape: *const Shape, index: usize, value: Value) -> Result<(), Value> {
        let old = {
            let mut attrs = self.attrs.borrow_mut();
            match &mut *attrs {
                Attrs::Shaped { shape: own, values }
                    if std::ptr::eq(Rc::as_ptr(own), shape) && index < values.len() =>
                {
                    std::mem::replace(&mut values[index], value)
                }
                _ => return Err(value),
            }
        };
        super::value::discard(old);
        Ok(())
    }

    /// Adds an attribute along the transition `from` → `to` if the instance has shape `from`;
    /// gives `value` back otherwise.
    #[inline(always)]
    pub fn add_cached(
        &self,
        from: *const Shape,
        to: &Rc<Shape>,
        value: Value,
    ) -> Result<(), Value> {
        let mut attrs = self.attrs.borrow_mut();
        match &mut *attrs {
            Attrs::Shaped { shape, values }
                if std::ptr::eq(Rc::as_ptr(shape), from) && values.len() + 1 == to.len() =>
            {
                *shape = to.clone();
                values.push(value);
                Ok(())
            }
            _ => Err(value),
        }
    }
}
