//! The built-in descriptor and helper objects classes use: `property`, `classmethod`,
//! `staticmethod` and `super`. They are one `Value` kind (`Value::Native`) holding this enum,
//! so adding one does not widen `Value`'s match everywhere.

use std::rc::Rc;

use super::Value;
use super::types::PyType;

/// A `property`: its accessor functions (`Null` when absent) and docstring.
pub struct Property {
    pub fget: Value,
    pub fset: Value,
    pub fdel: Value,
    pub doc: Value,
}

/// `super(type, obj)`: attribute lookups on it start after `this_class` in the MRO of `obj`'s
/// type (or of `obj` itself when it is a type, as in a class method).
pub struct Super {
    pub this_class: Rc<PyType>,
    pub object: Value,
    /// The type whose MRO is searched.
    pub start_type: Rc<PyType>,
}

/// A built-in object that is neither a container nor a callable.
pub enum NativeObject {
    Property(Property),
    ClassMethod(Value),
    StaticMethod(Value),
    Super(Super),
    /// The `NotImplemented` singleton.
    NotImplemented,
}

impl NativeObject {
    pub fn type_name(&self) -> &'static str {
        match self {
            NativeObject::Property(_) => "property",
            NativeObject::ClassMethod(_) => "classmethod",
            NativeObject::StaticMethod(_) => "staticmethod",
            NativeObject::Super(_) => "super",
            NativeObject::NotImplemented => "NotImplementedType",
        }
    }
}

thread_local! {
    static NOT_IMPLEMENTED: Value = Value::Native(Rc::new(NativeObject::NotImplemented));
}

/// The `NotImplemented` singleton.
pub fn not_implemented() -> Value {
    NOT_IMPLEMENTED.with(|v| v.clone())
}

/// Whether `value` is `NotImplemented`.
pub fn is_not_implemented(value: &Value) -> bool {
    matches!(value, Value::Native(object) if matches!(**object, NativeObject::NotImplemented))
}
