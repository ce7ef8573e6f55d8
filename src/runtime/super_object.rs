//! The built-in class helpers as callables: `super` (attribute lookup that starts after a class
//! in the MRO), `property` (with `getter`/`setter`/`deleter`), `classmethod` and `staticmethod`,
//! plus the attribute access these objects support (`prop.fget`, `cm.__func__`, `super().x`).
//! The descriptor behaviour itself (what `obj.attr` does when `attr` is one of these) is
//! `protocol`'s.

use std::rc::Rc;

use super::args::no_keywords;
use super::descriptors::{NativeObject, Property, Super};
use super::exception::type_error;
use super::function::{BuiltinFn, BuiltinMethod};
use super::str::PyStr;
use super::types::type_of;
use super::{ExcKind, PyErr, PyResult, Value};
use crate::vm::Vm;
use crate::vm::reentry::call_from_native_kw;

/// `super(type, obj)`. (`super()` with no arguments is compiled into this form: the compiler
/// passes the method's `__class__` cell and its first argument.)
pub fn builtin_super(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if !kwnames.is_empty() {
        return Err(type_error("super() takes no keyword arguments"));
    }
    let (this_class, object) = match args {
        [] => {
            return Err(PyErr::new(ExcKind::RuntimeError, "super(): no arguments"));
        }
        [Value::Type(t), object] => (t.clone(), object.clone()),
        [Value::Type(_)] => {
            return Err(type_error(
                "super() with one argument is not supported by Spindle yet",
            ));
        }
        [other, ..] if args.len() <= 2 => {
            return Err(type_error(format!(
                "super() argument 1 must be a type, not {}",
                other.type_name()
            )));
        }
        _ => {
            return Err(type_error(format!(
                "super() takes at most 2 arguments ({} given)",
                args.len()
            )));
        }
    };
    let start_type = match &object {
        Value::Type(t) if t.is_subtype_of(&this_class) => t.clone(),
        other if type_of(other).is_subtype_of(&this_class) => type_of(other),
        _ => {
            return Err(type_error(
                "super(type, obj): obj must be an instance or subtype of type",
            ));
        }
    };
    Ok(Value::Native(Rc::new(NativeObject::Super(Super {
        this_class,
        object,
        start_type,
    }))))
}

/// The class attribute `name` found after `sup.this_class` in the MRO, and the class it came
/// from.
fn super_lookup(sup: &Super, name: &PyStr) -> Option<Value> {
    sup.start_type
        .mro_iter()
        .skip_while(|t| !std::ptr::eq(*t, &*sup.this_class))
        .skip(1)
        .find_map(|t| t.own_attribute(name))
}

/// `super().name`.
fn super_getattr(vm: &mut Vm, sup: &Super, name: &PyStr) -> PyResult<Value> {
    let Some(found) = super_lookup(sup, name) else {
        if name.as_str() == "__class__" {
            return Ok(Value::Type(super::types::builtin_type("super")));
        }
        return Err(PyErr::new(
            ExcKind::AttributeError,
            format!("'super' object has no attribute '{}'", name.as_str()),
        ));
    };
    let object_is_class = matches!(&sup.object, Value::Type(t) if Rc::ptr_eq(t, &sup.start_type));
    if object_is_class {
        return super::class::bind_to_class(vm, found, &sup.start_type);
    }
    match &found {
        Value::Native(native) => match &**native {
            NativeObject::Property(property) if !property.fget.is_null() => {
                call_from_native_kw(vm, &property.fget, std::slice::from_ref(&sup.object), &[])
            }
            _ => super::protocol::bind_to_instance(vm, found, &sup.object, &sup.start_type),
        },
        _ => super::protocol::bind_to_instance(vm, found, &sup.object, &sup.start_type),
    }
}

/// `LOAD_METHOD` on a `super` object: `(function, receiver)` without a bound method when the
/// attribute is a Python function or a built-in method and the receiver is an instance.
pub fn super_method(
    _vm: &mut Vm,
    native: &Rc<NativeObject>,
    name: &PyStr,
) -> PyResult<Option<(Value, Value)>> {
    let NativeObject::Super(sup) = &**native else {
        return Ok(None);
    };
    if matches!(&sup.object, Value::Type(_)) {
        return Ok(None);
    }
    Ok(match super_lookup(sup, name) {
        Some(found @ (Value::Function(_) | Value::Method(_))) => Some((found, sup.object.clone())),
        _ => None,
    })
}

/// Attributes of `property`, `classmethod`, `staticmethod` and `super` objects.
pub fn native_attribute(
    vm: &mut Vm,
    native: &Rc<NativeObject>,
    name: &PyStr,
) -> PyResult<Option<Value>> {
    let text = name.as_str();
    Ok(match &**native {
        NativeObject::Super(sup) => Some(super_getattr(vm, sup, name)?),
        NativeObject::Property(property) => match text {
            "fget" => Some(null_as_none(&property.fget)),
            "fset" => Some(null_as_none(&property.fset)),
            "fdel" => Some(null_as_none(&property.fdel)),
            "__doc__" => Some(null_as_none(&property.doc)),
            _ => PROPERTY_METHODS
                .iter()
                .find(|m| m.name == text)
                .map(|m| Value::BoundMethod(Rc::new((Value::Native(native.clone()), m)))),
        },
        NativeObject::ClassMethod(func) | NativeObject::StaticMethod(func) => match text {
            "__func__" | "__wrapped__" => Some(func.clone()),
            // Since 3.10 these wrappers show the wrapped function's name, doc and annotations.
            "__name__" | "__qualname__" | "__doc__" | "__module__" | "__annotations__" => {
                Some(crate::ops::load_attr(vm, func.clone(), name)?)
            }
            _ => None,
        },
        NativeObject::Member(member) => match text {
            "__name__" => Some(Value::Str(member.name.clone())),
            _ => None,
        },
        NativeObject::Traceback(tb) => super::exc_object::traceback_attribute(tb, text),
        NativeObject::Generator(generator) => super::generator::attribute(native, generator, text),
        NativeObject::Frame(generator) => super::generator::frame_attribute(generator, text),
        NativeObject::Stream(stream) => super::streams::attribute(native, *stream, text),
        NativeObject::Deque(deque) => super::deque::attribute(deque, text),
        NativeObject::Complex(c) => super::complex::attribute(native, *c, text),
        NativeObject::Bytes(_) | NativeObject::ByteArray(_) => None,
        NativeObject::Source(code) => super::exec_eval::source_attribute(code, name),
        NativeObject::NotImplemented | NativeObject::Ellipsis | NativeObject::Exception(_) => None,
    })
}

fn null_as_none(value: &Value) -> Value {
    if value.is_null() {
        Value::None
    } else {
        value.clone()
    }
}

fn none_as_null(value: &Value) -> Value {
    match value {
        Value::None => Value::Null,
        other => other.clone(),
    }
}

/// `property(fget=None, fset=None, fdel=None, doc=None)`.
pub fn builtin_property(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let [fget, fset, fdel, doc] =
        super::args::bind("property", &["fget", "fset", "fdel", "doc"], args, kwnames)?;
    let fget = fget.map_or(Value::Null, none_as_null);
    let doc = match doc.map(none_as_null) {
        Some(doc) if !doc.is_null() => doc,
        _ => Value::Null,
    };
    Ok(Value::Native(Rc::new(NativeObject::Property(Property {
        fget,
        fset: fset.map_or(Value::Null, none_as_null),
        fdel: fdel.map_or(Value::Null, none_as_null),
        doc,
    }))))
}

static PROPERTY_METHODS: &[BuiltinMethod] = &[
    BuiltinMethod {
        name: "getter",
        owner: "property",
        call: property_getter,
        keywords: false,
    },
    BuiltinMethod {
        name: "setter",
        owner: "property",
        call: property_setter,
        keywords: false,
    },
    BuiltinMethod {
        name: "deleter",
        owner: "property",
        call: property_deleter,
        keywords: false,
    },
];

/// A copy of the property `this` with one accessor replaced (`which`: 0 get, 1 set, 2 delete).
fn property_with(this: &Value, args: &[Value], which: usize) -> PyResult<Value> {
    let Value::Native(native) = this else {
        return Err(type_error("descriptor requires a 'property' object"));
    };
    let NativeObject::Property(old) = &**native else {
        return Err(type_error("descriptor requires a 'property' object"));
    };
    let names = ["getter", "setter", "deleter"];
    let func = super::args::exactly_one(&format!("property.{}", names[which]), args)?;
    let func = none_as_null(func);
    let mut accessors = [old.fget.clone(), old.fset.clone(), old.fdel.clone()];
    accessors[which] = func;
    let [fget, fset, fdel] = accessors;
    Ok(Value::Native(Rc::new(NativeObject::Property(Property {
        fget,
        fset,
        fdel,
        doc: old.doc.clone(),
    }))))
}

fn property_getter(_vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    property_with(this, args, 0)
}

fn property_setter(_vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    property_with(this, args, 1)
}

fn property_deleter(_vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    property_with(this, args, 2)
}

/// `classmethod(function)`.
pub fn builtin_classmethod(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if !kwnames.is_empty() {
        return Err(type_error("classmethod() takes no keyword arguments"));
    }
    let func = super::args::exactly_one("classmethod", args).map_err(|_| {
        type_error(format!(
            "classmethod expected 1 argument, got {}",
            args.len()
        ))
    })?;
    Ok(Value::Native(Rc::new(NativeObject::ClassMethod(
        func.clone(),
    ))))
}

/// `staticmethod(function)`.
pub fn builtin_staticmethod(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if !kwnames.is_empty() {
        return Err(type_error("staticmethod() takes no keyword arguments"));
    }
    let func = super::args::exactly_one("staticmethod", args).map_err(|_| {
        type_error(format!(
            "staticmethod expected 1 argument, got {}",
            args.len()
        ))
    })?;
    Ok(Value::Native(Rc::new(NativeObject::StaticMethod(
        func.clone(),
    ))))
}

/// `object()`: a featureless instance.
pub fn builtin_object(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if !args.is_empty() || !kwnames.is_empty() {
        return Err(type_error("object() takes no arguments"));
    }
    let ty = super::types::builtin_type("object");
    Ok(Value::Instance(Rc::new(super::instance::PyInstance::new(
        ty,
        Value::Null,
    ))))
}

/// The constructors of the class helper types, for the builtins table.
pub static CLASS_HELPERS: &[BuiltinFn] = &[
    BuiltinFn {
        name: "super",
        call: builtin_super,
    },
    BuiltinFn {
        name: "property",
        call: builtin_property,
    },
    BuiltinFn {
        name: "classmethod",
        call: builtin_classmethod,
    },
    BuiltinFn {
        name: "staticmethod",
        call: builtin_staticmethod,
    },
    BuiltinFn {
        name: "object",
        call: builtin_object,
    },
];

fn attribute_name(function: &str, name: &Value) -> PyResult<Rc<PyStr>> {
    match name {
        Value::Str(s) => Ok(super::intern::intern(s.as_str())),
        other => Err(type_error(format!(
            "{function}(): attribute name must be string, not '{}'",
            other.type_name()
        ))),
    }
}

/// `getattr(object, name[, default])`.
pub fn builtin_getattr(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    no_keywords("getattr", kwnames)?;
    let (object, name, default) = match args {
        [object, name] => (object, name, None),
        [object, name, default] => (object, name, Some(default)),
        _ => {
            return Err(type_error(format!(
                "getattr expected at least 2 arguments, got {}",
                args.len()
            )));
        }
    };
    let name = attribute_name("getattr", name)?;
    match crate::ops::load_attr(vm, object.clone(), &name) {
        Err(err) if err.kind() == ExcKind::AttributeError && default.is_some() => {
            Ok(default.cloned().unwrap_or_default())
        }
        other => other,
    }
}

/// `hasattr(object, name)`.
pub fn builtin_hasattr(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    no_keywords("hasattr", kwnames)?;
    let [object, name] = args else {
        return Err(type_error(format!(
            "hasattr expected 2 arguments, got {}",
            args.len()
        )));
    };
    let name = attribute_name("hasattr", name)?;
    match crate::ops::load_attr(vm, object.clone(), &name) {
        Ok(_) => Ok(Value::bool(true)),
        Err(err) if err.kind() == ExcKind::AttributeError => Ok(Value::bool(false)),
        Err(err) => Err(err),
    }
}

/// `setattr(object, name, value)`.
pub fn builtin_setattr(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    no_keywords("setattr", kwnames)?;
    let [object, name, value] = args else {
        return Err(type_error(format!(
            "setattr expected 3 arguments, got {}",
            args.len()
        )));
    };
    let name = attribute_name("setattr", name)?;
    super::protocol::setattr(vm, object, &name, value.clone())?;
    Ok(Value::None)
}

/// `delattr(object, name)`.
pub fn builtin_delattr(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    no_keywords("delattr", kwnames)?;
    let [object, name] = args else {
        return Err(type_error(format!(
            "delattr expected 2 arguments, got {}",
            args.len()
        )));
    };
    let name = attribute_name("delattr", name)?;
    super::protocol::delattr(vm, object, &name)?;
    Ok(Value::None)
}

/// `vars(object)`: the object's `__dict__`.
pub fn builtin_vars(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    no_keywords("vars", kwnames)?;
    let object = match args {
        [object] => object,
        [] => return Err(super::exec_eval::vars_of_caller(vm)),
        _ => {
            return Err(type_error(format!(
                "vars expected at most 1 argument, got {}",
                args.len()
            )));
        }
    };
    let name = super::dunder::dunder(super::dunder::Dunder::Dict);
    crate::ops::load_attr(vm, object.clone(), &name).map_err(|err| {
        if err.kind() == ExcKind::AttributeError {
            type_error("vars() argument must have __dict__ attribute")
        } else {
            err
        }
    })
}

/// `id(object)`: an integer unique among live objects (the address of heap objects).
pub fn builtin_id(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    no_keywords("id", kwnames)?;
    let object = super::args::exactly_one("id", args)?;
    let address = match object {
        Value::Instance(x) => Rc::as_ptr(x) as usize,
        Value::Type(x) => Rc::as_ptr(x) as usize,
        Value::List(x) => Rc::as_ptr(x) as usize,
        Value::Dict(x) => Rc::as_ptr(x) as usize,
        Value::Str(x) => Rc::as_ptr(x) as usize,
        Value::Tuple(x) => Rc::as_ptr(x) as usize,
        Value::Function(x) => Rc::as_ptr(x) as usize,
        Value::Native(x) => Rc::as_ptr(x) as usize,
        Value::Set(x) | Value::FrozenSet(x) => Rc::as_ptr(x) as usize,
        other => super::hash::hash_value(_vm, other)? as usize,
    };
    Ok(crate::runtime::int::from_i128(address as i128))
}

/// The attribute builtins, for the builtins table.
pub static ATTRIBUTE_BUILTINS: &[BuiltinFn] = &[
    BuiltinFn {
        name: "getattr",
        call: builtin_getattr,
    },
    BuiltinFn {
        name: "hasattr",
        call: builtin_hasattr,
    },
    BuiltinFn {
        name: "setattr",
        call: builtin_setattr,
    },
    BuiltinFn {
        name: "delattr",
        call: builtin_delattr,
    },
    BuiltinFn {
        name: "vars",
        call: builtin_vars,
    },
    BuiltinFn {
        name: "id",
        call: builtin_id,
    },
];
