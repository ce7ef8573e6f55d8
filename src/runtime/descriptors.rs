//! The built-in descriptor and helper objects classes use: `property`, `classmethod`,
//! `staticmethod`, `super` and the member descriptors of `__slots__`. They are one `Value` kind (`Value::Native`) holding this enum,
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

/// A `member_descriptor`: the class attribute standing for one `__slots__` entry. The value
/// lives in the instance's storage under the slot's name (its fixed shape), so reading and
/// writing it through the instance needs no call; the descriptor supplies the class attribute
/// (`C.x`) and CPython's errors for an unset slot.
pub struct Member {
    pub name: Rc<super::str::PyStr>,
    /// The name of the class that declared the slot.
    pub owner: Rc<str>,
}

/// A built-in object that is neither a container nor a callable.
pub enum NativeObject {
    Property(Property),
    Member(Member),
    ClassMethod(Value),
    StaticMethod(Value),
    Super(Super),
    /// The `NotImplemented` singleton.
    NotImplemented,
    /// The `Ellipsis` singleton (`...`).
    Ellipsis,
    /// The state an exception object wraps (`runtime::exc_object`).
    Exception(super::exc_object::ExcState),
    /// A `traceback` object.
    Traceback(super::exc_object::Traceback),
    /// A generator object (`runtime::generator`).
    Generator(super::generator::Generator),
    /// The frame of a generator that has not finished (`gi_frame`): a view of it, holding the
    /// generator.
    Frame(Value),
    /// `sys.stdout` or `sys.stderr` (`runtime::streams`).
    Stream(super::streams::Stream),
    /// A `collections.deque` (`runtime::deque`).
    Deque(super::deque::Deque),
    /// A `complex` number.
    Complex(super::complex::Complex),
    /// A `bytes` value.
    Bytes(Box<[u8]>),
    /// A `bytearray`.
    ByteArray(std::cell::RefCell<Vec<u8>>),
    /// What `compile()` returns (see `exec_eval`).
    Source(Rc<super::exec_eval::SourceCode>),
}

impl NativeObject {
    pub fn type_name(&self) -> &'static str {
        match self {
            NativeObject::Property(_) => "property",
            NativeObject::Member(_) => "member_descriptor",
            NativeObject::ClassMethod(_) => "classmethod",
            NativeObject::StaticMethod(_) => "staticmethod",
            NativeObject::Super(_) => "super",
            NativeObject::NotImplemented => "NotImplementedType",
            NativeObject::Ellipsis => "ellipsis",
            NativeObject::Exception(_) => "BaseException",
            NativeObject::Traceback(_) => "traceback",
            NativeObject::Generator(generator) => generator.kind_name(),
            NativeObject::Frame(_) => "frame",
            NativeObject::Stream(_) => "TextIOWrapper",
            NativeObject::Deque(_) => super::deque::TYPE_NAME,
            NativeObject::Complex(_) => "complex",
            NativeObject::Bytes(_) => "bytes",
            NativeObject::ByteArray(_) => "bytearray",
            NativeObject::Source(_) => "code",
        }
    }
}

thread_local! {
    static NOT_IMPLEMENTED: Value = Value::Native(Rc::new(NativeObject::NotImplemented));
    static ELLIPSIS: Value = Value::Native(Rc::new(NativeObject::Ellipsis));
}

/// The `Ellipsis` singleton.
pub fn ellipsis() -> Value {
    ELLIPSIS.with(|v| v.clone())
}

/// The `NotImplemented` singleton.
pub fn not_implemented() -> Value {
    NOT_IMPLEMENTED.with(|v| v.clone())
}

/// Whether `value` is `NotImplemented`.
pub fn is_not_implemented(value: &Value) -> bool {
    matches!(value, Value::Native(object) if matches!(**object, NativeObject::NotImplemented))
}
