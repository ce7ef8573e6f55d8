//! Callable and namespace objects: Python functions (code + defaults + the module whose globals
//! they see), built-in functions and methods (static tables of Rust fns), and modules, whose
//! globals are slots numbered by the compiler so `LOAD_GLOBAL` is an index, not a hash lookup.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use super::Value;
use super::exception::PyResult;
use crate::bytecode::Code;
use crate::vm::Vm;

/// A function defined by `def`.
pub struct Function {
    pub code: Rc<Code>,
    /// Defaults for the last `defaults.len()` positional parameters.
    pub defaults: Vec<Value>,
    pub module: Rc<Module>,
}

/// Signature of a built-in function: positional arguments followed by keyword values, and the
/// names of those keywords (`kwnames.len()` trailing entries of `args`).
pub type BuiltinCall = fn(&mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value>;

pub struct BuiltinFn {
    pub name: &'static str,
    pub call: BuiltinCall,
}

/// Signature of a built-in method: the receiver, then positional arguments.
pub type MethodCall = fn(&mut Vm, this: &Value, args: &[Value]) -> PyResult<Value>;

pub struct BuiltinMethod {
    pub name: &'static str,
    pub owner: &'static str,
    pub call: MethodCall,
}

/// A module namespace. Slot `i` holds the global named `names[i]`; a slot that was never
/// assigned is `Null`, and `LOAD_GLOBAL` then falls back to `fallback[i]` (the builtin of that
/// name, resolved once when the module is created).
pub struct Module {
    pub name: String,
    names: RefCell<Vec<Rc<str>>>,
    index: RefCell<HashMap<Rc<str>, usize>>,
    slots: RefCell<Vec<Value>>,
    fallback: RefCell<Vec<Value>>,
}

impl Module {
    pub fn new(name: &str) -> Module {
        Module {
            name: name.to_string(),
            names: RefCell::default(),
            index: RefCell::default(),
            slots: RefCell::default(),
            fallback: RefCell::default(),
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
        self.slots.borrow_mut().push(Value::Null);
        self.fallback.borrow_mut().push(builtin());
        i
    }

    pub fn set_attr(&self, name: &str, value: Value) {
        let i = self.slot_for(name, || Value::Null);
        self.slots.borrow_mut()[i] = value;
    }

    /// Attribute lookup `module.name`.
    pub fn get_attr(&self, name: &str) -> Option<Value> {
        let i = *self.index.borrow().get(name)?;
        let v = self.slots.borrow()[i].clone();
        if v.is_null() { None } else { Some(v) }
    }

    /// The global in slot `i`, or the builtin of that name; `None` if neither exists.
    #[inline]
    pub fn load_slot(&self, i: usize) -> Option<Value> {
        let slots = self.slots.borrow();
        match slots.get(i) {
            Some(Value::Null) | None => {
                let fallback = self.fallback.borrow();
                match fallback.get(i) {
                    Some(Value::Null) | None => None,
                    Some(v) => Some(v.clone()),
                }
            }
            Some(v) => Some(v.clone()),
        }
    }

    #[inline]
    pub fn store_slot(&self, i: usize, value: Value) {
        let old = match self.slots.borrow_mut().get_mut(i) {
            Some(slot) => std::mem::replace(slot, value),
            None => Value::Null,
        };
        drop(old);
    }

    pub fn slot_name(&self, i: usize) -> Rc<str> {
        self.names
            .borrow()
            .get(i)
            .cloned()
            .unwrap_or_else(|| Rc::from("?"))
    }
}
