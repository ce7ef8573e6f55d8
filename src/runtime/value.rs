//! The `Value` type: a 16-byte tagged union. Small ints (i64), floats, bools and None live inline;
//! everything else is a pointer to a refcounted heap object. `Null` is an internal marker (unbound
//! local, empty method slot) that Python code can never observe.

use std::cell::RefCell;
use std::rc::Rc;

use num_bigint::BigInt;

use super::function::{BuiltinFn, BuiltinMethod, Function, Module};
use super::object::{PyIter, PyRange};
use super::str::PyStr;
use crate::bytecode::Code;

/// A Python value. Cloning bumps a refcount at most; never allocates.
#[derive(Clone, Default)]
pub enum Value {
    /// Internal "nothing here" marker: unbound local, NULL method slot. Never visible to scripts.
    #[default]
    Null,
    None,
    Bool(bool),
    Int(i64),
    Float(f64),
    BigInt(Rc<BigInt>),
    Str(Rc<PyStr>),
    List(Rc<RefCell<Vec<Value>>>),
    Tuple(Rc<Vec<Value>>),
    Range(Rc<PyRange>),
    Iter(Rc<RefCell<PyIter>>),
    Function(Rc<Function>),
    Builtin(&'static BuiltinFn),
    /// An unbound method of a built-in type, as pushed by `LOAD_METHOD` (no allocation).
    Method(&'static BuiltinMethod),
    /// A built-in method bound to its receiver, as produced by plain attribute access.
    BoundMethod(Rc<(Value, &'static BuiltinMethod)>),
    Module(Rc<Module>),
    Code(Rc<Code>),
}

impl Value {
    pub fn str(s: &str) -> Value {
        Value::Str(Rc::new(PyStr::new(s.to_string())))
    }

    pub fn string(s: String) -> Value {
        Value::Str(Rc::new(PyStr::new(s)))
    }

    pub fn list(items: Vec<Value>) -> Value {
        Value::List(Rc::new(RefCell::new(items)))
    }

    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Tuple(Rc::new(items))
    }

    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    /// The Python type name, as used in error messages (`'int'`, `'str'`, ...).
    pub fn type_name(&self) -> &'static str {
        match self {
            Value::Null => "NULL",
            Value::None => "NoneType",
            Value::Bool(_) => "bool",
            Value::Int(_) | Value::BigInt(_) => "int",
            Value::Float(_) => "float",
            Value::Str(_) => "str",
            Value::List(_) => "list",
            Value::Tuple(_) => "tuple",
            Value::Range(_) => "range",
            Value::Iter(it) => it.borrow().type_name(),
            Value::Function(_) => "function",
            Value::Builtin(_) => "builtin_function_or_method",
            Value::Method(_) => "method_descriptor",
            Value::BoundMethod(_) => "builtin_function_or_method",
            Value::Module(_) => "module",
            Value::Code(_) => "code",
        }
    }

    /// Identity for `is`: same inline value or same heap object.
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::None, Value::None) | (Value::Null, Value::Null) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (Value::BigInt(a), Value::BigInt(b)) => Rc::ptr_eq(a, b),
            (Value::Str(a), Value::Str(b)) => Rc::ptr_eq(a, b),
            (Value::List(a), Value::List(b)) => Rc::ptr_eq(a, b),
            (Value::Tuple(a), Value::Tuple(b)) => {
                Rc::ptr_eq(a, b) || (a.is_empty() && b.is_empty())
            }
            (Value::Range(a), Value::Range(b)) => Rc::ptr_eq(a, b),
            (Value::Iter(a), Value::Iter(b)) => Rc::ptr_eq(a, b),
            (Value::Function(a), Value::Function(b)) => Rc::ptr_eq(a, b),
            (Value::Builtin(a), Value::Builtin(b)) => std::ptr::eq(*a, *b),
            (Value::Method(a), Value::Method(b)) => std::ptr::eq(*a, *b),
            (Value::BoundMethod(a), Value::BoundMethod(b)) => Rc::ptr_eq(a, b),
            (Value::Module(a), Value::Module(b)) => Rc::ptr_eq(a, b),
            (Value::Code(a), Value::Code(b)) => Rc::ptr_eq(a, b),
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn value_is_at_most_16_bytes() {
        assert!(std::mem::size_of::<Value>() <= 16);
    }

    #[test]
    fn result_of_value_stays_small() {
        assert!(std::mem::size_of::<crate::runtime::PyResult<Value>>() <= 16);
    }
}
