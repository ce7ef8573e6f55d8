//! Type objects for the built-in types: every value has a type that is itself a value
//! (`type(x)`, `type(x) is int`, `isinstance`, `issubclass`), calling a built-in type constructs
//! (`int("7")`), and a type reaches its methods unbound (`list.append(xs, 1)`,
//! `map(str.upper, words)`). One `PyType` per built-in type name, created once per thread.
//! User classes (see `docs/object-model.md`) will be `PyType`s too.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use super::Value;
use super::exception::{PyResult, type_error};
use super::function::{BuiltinFn, BuiltinMethod};
use crate::vm::Vm;

/// A type object.
pub struct PyType {
    pub(crate) name: &'static str,
    /// The single base (`object` has none; `bool`'s is `int`).
    pub(crate) base: Option<Rc<PyType>>,
    /// What calling the type does (`int("7")`), if it can be called.
    pub(crate) constructor: Option<&'static BuiltinFn>,
}

impl PyType {
    /// Whether `self` is `other` or derives from it.
    pub fn is_subtype_of(&self, other: &PyType) -> bool {
        let mut at = Some(self);
        while let Some(t) = at {
            if std::ptr::eq(t, other) {
                return true;
            }
            at = t.base.as_deref();
        }
        false
    }

    /// The method resolution order: the type, then its bases up to `object`.
    pub fn mro(self: &Rc<Self>) -> Vec<Rc<PyType>> {
        let mut order = vec![self.clone()];
        while let Some(base) = order.last().and_then(|t| t.base.clone()) {
            order.push(base);
        }
        order
    }

    /// The built-in method `name` reached through the type, unbound.
    pub fn method(&self, name: &str) -> Option<&'static BuiltinMethod> {
        let mut at = Some(self);
        while let Some(t) = at {
            if let Some(found) = super::builtins::type_method(t.name, name) {
                return Some(found);
            }
            at = t.base.as_deref();
        }
        None
    }
}

/// The names of the built-in types the `builtins` namespace exposes (the others, such as
/// `list_iterator`, are reachable only through `type(x)`).
pub const NAMED_TYPES: &[&str] = &[
    "object",
    "type",
    "int",
    "bool",
    "float",
    "str",
    "list",
    "tuple",
    "range",
    "slice",
    "dict",
    "set",
    "frozenset",
    "enumerate",
    "zip",
    "map",
    "filter",
    "reversed",
];

thread_local! {
    static TYPES: RefCell<HashMap<&'static str, Rc<PyType>>> = RefCell::new(HashMap::new());
}

/// The built-in type named `name`, created on first use.
pub fn builtin_type(name: &'static str) -> Rc<PyType> {
    if let Some(found) = TYPES.with(|types| types.borrow().get(name).cloned()) {
        return found;
    }
    let base = match name {
        "object" => None,
        "bool" => Some(builtin_type("int")),
        _ => Some(builtin_type("object")),
    };
    let constructor = super::builtins::BUILTINS.iter().find(|b| b.name == name);
    let created = Rc::new(PyType {
        name,
        base,
        constructor,
    });
    TYPES.with(|types| types.borrow_mut().insert(name, created.clone()));
    created
}

/// `type(value)`.
pub fn type_of(value: &Value) -> Rc<PyType> {
    builtin_type(value.type_name())
}

/// The value a built-in name refers to: a type object for the type names, `None` otherwise.
pub fn named_type(name: &str) -> Option<Value> {
    NAMED_TYPES
        .iter()
        .find(|n| **n == name)
        .map(|n| Value::Type(builtin_type(n)))
}

/// Calls a type: its constructor, or CPython's error for types that cannot be called.
pub fn call_type(vm: &mut Vm, ty: &PyType, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    match ty.constructor {
        Some(constructor) => (constructor.call)(vm, args, kwnames),
        None if ty.name == "object" => Err(type_error(
            "object() instances are not supported by Spindle yet",
        )),
        None => Err(type_error(format!("cannot create '{}' instances", ty.name))),
    }
}

/// `type(object)`: the one-argument form (classes with `type(name, bases, dict)` come later).
pub fn builtin_type_call(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if !kwnames.is_empty() {
        return Err(type_error("type() takes no keyword arguments"));
    }
    match args {
        [object] => Ok(Value::Type(type_of(object))),
        [_, _, _] => Err(type_error(
            "type(name, bases, dict) is not supported by Spindle yet",
        )),
        _ => Err(type_error("type() takes 1 or 3 arguments")),
    }
}

/// The attributes of a type object: `__name__`, `__qualname__`, `__module__`, `__mro__`,
/// `__base__`, and its methods, unbound.
pub fn type_attribute(ty: &Rc<PyType>, name: &str) -> Option<Value> {
    Some(match name {
        "__name__" | "__qualname__" => Value::str(ty.name),
        "__module__" => Value::str("builtins"),
        "__mro__" => Value::tuple(ty.mro().into_iter().map(Value::Type).collect()),
        "__base__" => ty.base.clone().map_or(Value::None, Value::Type),
        _ => return ty.method(name).map(Value::Method),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bool_derives_from_int_and_everything_from_object() {
        let (boolean, int, object) = (
            builtin_type("bool"),
            builtin_type("int"),
            builtin_type("object"),
        );
        assert!(boolean.is_subtype_of(&int));
        assert!(boolean.is_subtype_of(&object));
        assert!(!int.is_subtype_of(&boolean));
        let names: Vec<&str> = boolean.mro().iter().map(|t| t.name).collect();
        assert_eq!(names, ["bool", "int", "object"]);
        assert!(Rc::ptr_eq(&type_of(&Value::Int(3)), &int));
    }
}
