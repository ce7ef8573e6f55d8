//! Callable and namespace objects: Python functions (code + defaults + the module whose globals
//! they see), built-in functions and methods (static tables of Rust fns), and modules, whose
//! globals are slots numbered by the compiler so `LOAD_GLOBAL` is an index, not a hash lookup.

use std::cell::{RefCell, UnsafeCell};
use std::collections::HashMap;
use std::rc::Rc;

use super::Value;
use super::exception::PyResult;
use crate::bytecode::Code;
use crate::vm::Vm;

/// A function defined by `def`, `lambda` or a comprehension.
pub struct Function {
    pub(crate) code: Rc<Code>,
    /// `code.is_generator`, kept beside the code pointer: the call plan tests it on every call
    /// without loading the code object.
    pub(crate) is_generator: bool,
    /// Defaults for the last `defaults.len()` positional parameters (never more than there are
    /// parameters: `MAKE_FUNCTION` checks).
    pub(crate) defaults: Vec<Value>,
    /// Defaults of the keyword-only parameters, one per parameter in order (`Null` for one
    /// without a default), resolved once from `MAKE_FUNCTION`'s dict; empty when there are none.
    pub(crate) kwdefaults: Vec<Value>,
    /// The cells of the enclosing functions' variables this one uses, in the order of the
    /// code's free-variable slots (`MAKE_FUNCTION` checks the count).
    pub(crate) closure: Vec<Value>,
    pub(crate) module: Rc<Module>,
    /// What a script assigned to the function (`__name__`, its `__dict__`, ...), made on the
    /// first assignment (`runtime::function_attrs`).
    pub(crate) attrs: RefCell<Option<Box<super::function_attrs::FunctionAttrs>>>,
}

/// A cell: the home of a variable that nested functions close over (CPython's `cell`). The
/// defining frame and every closure share it, so an assignment in one is seen by all.
///
/// An `UnsafeCell` rather than a `RefCell`: reading a closed-over variable is a hot path, and
/// the borrow flag is never needed. Soundness rests on one rule: no reference into the cell
/// outlives a method of this type, and nothing done while one is held (cloning a value,
/// swapping one in) can reach back into the cell; replaced values are dropped afterwards.
#[derive(Default)]
pub struct PyCell(UnsafeCell<Value>);

impl PyCell {
    pub fn new(value: Value) -> PyCell {
        PyCell(UnsafeCell::new(value))
    }

    /// The contents (`Null` when the variable is unbound).
    #[inline(always)]
    pub fn get(&self) -> Value {
        // SAFETY: a short-lived shared reference; cloning cannot reach the cell (type docs).
        unsafe { (*self.0.get()).clone() }
    }

    /// Whether the variable is unbound.
    pub fn is_empty(&self) -> bool {
        // SAFETY: as in `get`.
        unsafe { (*self.0.get()).is_null() }
    }

    /// Stores `value`, returning the old contents for the caller to drop.
    #[inline(always)]
    pub fn replace(&self, value: Value) -> Value {
        // SAFETY: the exclusive reference ends with the swap (type docs).
        unsafe { std::mem::replace(&mut *self.0.get(), value) }
    }
}

/// A Python function bound to a receiver (CPython's `method` object): calling it calls `func`
/// with `receiver` inserted as the first argument. The call plan (`vm::call`) unpacks it so the
/// function is entered inside the dispatch loop like any other.
pub struct PyMethod {
    pub(crate) func: Rc<Function>,
    pub(crate) receiver: Value,
}

/// Signature of a built-in function: positional arguments followed by keyword values, and the
/// names of those keywords (`kwnames.len()` trailing entries of `args`).
pub type BuiltinCall = fn(&mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value>;

pub struct BuiltinFn {
    pub name: &'static str,
    pub call: BuiltinCall,
}

/// Signature of a built-in method: the receiver, then the arguments as for `BuiltinCall`.
pub type MethodCall =
    fn(&mut Vm, this: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value>;

pub struct BuiltinMethod {
    pub name: &'static str,
    pub owner: &'static str,
    pub call: MethodCall,
    /// Whether the method takes keyword arguments (few do, e.g. `str.split`); the others are
    /// refused before `call` runs, so they only ever see positional arguments.
    pub keywords: bool,
}

impl BuiltinMethod {
    /// Calls the method on `this`, refusing keywords it does not take as CPython words it.
    #[inline(always)]
    pub fn invoke(
        &self,
        vm: &mut Vm,
        this: &Value,
        args: &[Value],
        kwnames: &[Value],
    ) -> PyResult<Value> {
        if !kwnames.is_empty() && !self.keywords {
            return Err(super::exception::type_error(format!(
                "{}.{}() takes no keyword arguments",
                self.owner, self.name
            )));
        }
        let this = match this {
            Value::Instance(_) => self.receiver_of(this),
            _ => this,
        };
        (self.call)(vm, this, args, kwnames)
    }

    /// The value the method works on for an instance receiver: the built-in value an instance
    /// of a subclass of a built-in type wraps (`object`'s methods work on the instance).
    #[inline(never)]
    fn receiver_of<'v>(&self, this: &'v Value) -> &'v Value {
        match this {
            Value::Instance(instance)
                if !instance.native.is_null()
                    && self.owner != "object"
                    && self.owner != "BaseException" =>
            {
                &instance.native
            }
            _ => this,
        }
    }
}

/// A module namespace. Slot `i` holds the global named `names[i]`; a slot that was never
/// assigned is `Null`, and `LOAD_GLOBAL` then falls back to `fallback[i]` (the builtin of that
/// name, resolved once when the module is created).
///
/// `slots` and `fallback` are `UnsafeCell`s rather than `RefCell`s because they sit on the
/// hottest path (`LOAD_GLOBAL`/`STORE_GLOBAL`; the borrow flag cost ~8% of a global-heavy loop).
/// Soundness rests on one rule: no reference into them outlives a method of this type, and
/// nothing done while one is held (cloning a value, pushing a slot) can reach back into the
/// module.
pub struct Module {
    pub name: String,
    names: RefCell<Vec<Rc<str>>>,
    index: RefCell<HashMap<Rc<str>, usize>>,
    slots: UnsafeCell<Vec<Value>>,
    fallback: UnsafeCell<Vec<Value>>,
}

impl Module {
    pub fn new(name: &str) -> Module {
        Module {
            name: name.to_string(),
            names: RefCell::default(),
            index: RefCell::default(),
            slots: UnsafeCell::default(),
            fallback: UnsafeCell::default(),
        }
    }

    /// Ensures a slot for `name` exists and returns its number.
    pub fn slot_for(&self, name: &str, builtin: impl FnOnce() -> Value) -> usize {
        if let Some(i) = self.index.borrow().get(name) {
            return *i;
        }
        let key: Rc<str> = Rc::from(name);
        let i = self.names.borrow().len();
        self.names.borrow_mut().push(key.clone());
        self.index.borrow_mut().insert(key, i);
        let fallback = builtin();
        // SAFETY: no other reference into the slot vectors exists during this method (type docs).
        unsafe {
            (*self.slots.get()).push(Value::Null);
            (*self.fallback.get()).push(fallback);
        }
        i
    }

    pub fn set_attr(&self, name: &str, value: Value) {
        let i = self.slot_for(name, || Value::Null);
        self.store_slot(i, value);
    }

    /// Attribute lookup `module.name`.
    pub fn get_attr(&self, name: &str) -> Option<Value> {
        let i = *self.index.borrow().get(name)?;
        // SAFETY: a short-lived shared reference; cloning cannot reach the module (type docs).
        let v = unsafe { (&(*self.slots.get()))[i].clone() };
        if v.is_null() { None } else { Some(v) }
    }

    /// The global in slot `i`, or the builtin of that name; `None` if neither exists.
    #[inline(always)]
    pub fn load_slot(&self, i: usize) -> Option<Value> {
        // SAFETY: short-lived shared references; cloning cannot reach the module (type docs).
        let (slots, fallback) = unsafe { (&*self.slots.get(), &*self.fallback.get()) };
        match slots.get(i) {
            Some(Value::Null) | None => match fallback.get(i) {
                Some(Value::Null) | None => None,
                Some(v) => Some(v.clone()),
            },
            Some(v) => Some(v.clone()),
        }
    }

    #[inline]
    pub fn store_slot(&self, i: usize, value: Value) {
        // SAFETY: the exclusive reference ends before the old value is dropped (type docs).
        let old = match unsafe { (&mut (*self.slots.get())).get_mut(i) } {
            Some(slot) => std::mem::replace(slot, value),
            None => value,
        };
        crate::runtime::value::discard(old);
    }

    /// Unbinds the global in slot `i`, returning its value; `None` when it was not set.
    pub fn take_slot(&self, i: usize) -> Option<Value> {
        // SAFETY: the exclusive reference ends before the taken value is used (type docs).
        let old = match unsafe { (&mut (*self.slots.get())).get_mut(i) } {
            Some(slot) => std::mem::take(slot),
            None => Value::Null,
        };
        if old.is_null() { None } else { Some(old) }
    }

    /// Sets every global to unbound (CPython clears module globals at shutdown), which breaks
    /// the reference cycles between a module and the functions defined in it.
    pub fn clear(&self) {
        // SAFETY: the exclusive reference ends before the taken values are dropped (type docs).
        let taken = unsafe {
            let slots = &mut *self.slots.get();
            let unbound = (0..slots.len()).map(|_| Value::Null).collect();
            std::mem::replace(slots, unbound)
        };
        drop(taken);
    }

    /// Every global name with a slot, in slot order (what code compiled to run in this
    /// namespace numbers its globals after).
    pub fn slot_names(&self) -> Vec<Rc<str>> {
        self.names.borrow().clone()
    }

    /// The names bound in the module, in the order they were first bound.
    pub fn bound_names(&self) -> Vec<Rc<str>> {
        let names = self.names.borrow();
        // SAFETY: a short-lived shared reference; nothing here reaches the module (type docs).
        let slots = unsafe { &*self.slots.get() };
        names
            .iter()
            .zip(slots.iter())
            .filter(|(_, value)| !value.is_null())
            .map(|(name, _)| name.clone())
            .collect()
    }

    /// Unbinds `name`; false when it was not bound.
    pub fn delete_attr(&self, name: &str) -> bool {
        let Some(i) = self.index.borrow().get(name).copied() else {
            return false;
        };
        self.take_slot(i).is_some()
    }

    pub fn slot_name(&self, i: usize) -> Rc<str> {
        self.names
            .borrow()
            .get(i)
            .cloned()
            .unwrap_or_else(|| Rc::from("?"))
    }
}
