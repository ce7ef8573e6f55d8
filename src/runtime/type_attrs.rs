//! Attributes of classes: `cls.name` (the class's own and inherited attributes, bound as
//! CPython binds them to a class, then what every type has from `type`: `__name__`, `__mro__`,
//! `__dict__`, `mro()`, `__subclasses__()`, ...), and setting and deleting class attributes,
//! which renews the version of the class and its subclasses.

use std::rc::{Rc, Weak};

use super::class::modified;
use super::descriptors::NativeObject;
use super::dict::PyDict;
use super::dunder::{Dunder, dunder};
use super::exception::type_error;
use super::function::BuiltinMethod;
use super::intern::intern;
use super::protocol::{
    bind_to_instance, call_method, data_descriptor_get, descriptor_store, find_dunder,
};
use super::str::PyStr;
use super::types::{PyType, builtin_type};
use super::{ExcKind, PyErr, PyResult, Value};
use crate::vm::Vm;
use crate::vm::reentry::call_from_native_kw;

/// `cls.name` for a type object.
pub fn type_getattr(vm: &mut Vm, ty: &Rc<PyType>, name: &PyStr) -> PyResult<Value> {
    if let Some(meta) = &ty.metaclass {
        return metaclass_getattr(vm, ty, meta, name);
    }
    generic_type_getattr(vm, ty, name)
}

/// `cls.name` for a class whose metaclass is a user class: the metaclass's
/// `__getattribute__` if overridden, else `type.__getattribute__`, then the metaclass's
/// `__getattr__` when either raised AttributeError.
fn metaclass_getattr(
    vm: &mut Vm,
    ty: &Rc<PyType>,
    meta: &Rc<PyType>,
    name: &PyStr,
) -> PyResult<Value> {
    let object = Value::Type(ty.clone());
    let result = match find_dunder(meta, Dunder::GetAttribute) {
        Some(hook) => call_method(vm, &hook, &object, &[Value::str(name.as_str())]),
        None => generic_type_getattr(vm, ty, name),
    };
    match result {
        Err(err) if err.kind() == ExcKind::AttributeError => {
            match find_dunder(meta, Dunder::GetAttr) {
                Some(hook) => call_method(vm, &hook, &object, &[Value::str(name.as_str())]),
                None => Err(err),
            }
        }
        other => other,
    }
}

/// `type.__getattribute__(cls, name)` (CPython's `type_getattro`): a data descriptor of the
/// metaclass, then the class's own and inherited attributes, then the metaclass's other
/// attributes bound to the class.
pub fn generic_type_getattr(vm: &mut Vm, ty: &Rc<PyType>, name: &PyStr) -> PyResult<Value> {
    let meta_attr = match &ty.metaclass {
        Some(meta) => meta.lookup(name),
        None => None,
    };
    let object = Value::Type(ty.clone());
    if let (Some(attr), Some(meta)) = (&meta_attr, &ty.metaclass)
        && let Some(value) = data_descriptor_get(vm, attr, &object, meta, name)?
    {
        return Ok(value);
    }
    if let Some(value) = type_special_attribute(vm, ty, name.as_str())? {
        return Ok(value);
    }
    // The class and static methods of built-in types (`dict.fromkeys`, `str.maketrans`) come
    // bound to the type.
    if !ty.is_user_class()
        && let Some(method) = super::builtins::find_method(&object, name)
    {
        return Ok(Value::BoundMethod(Rc::new((object, method))));
    }
    match ty.lookup(name) {
        Some(found) => bind_to_class(vm, found, ty),
        None if let (Some(attr), Some(meta)) = (meta_attr, &ty.metaclass) => {
            bind_to_instance(vm, attr, &object, meta)
        }
        None if let Some(method) = TYPE_METHODS.iter().find(|m| m.name == name.as_str()) => Ok(
            Value::BoundMethod(Rc::new((Value::Type(ty.clone()), method))),
        ),
        None => Err(type_no_attribute(ty, name)),
    }
}

/// The methods every type has from its metatype (`C.mro()`, `C.__subclasses__()`).
pub(crate) static TYPE_METHODS: &[BuiltinMethod] = &[
    BuiltinMethod {
        name: "mro",
        owner: "type",
        call: type_mro,
        keywords: false,
    },
    BuiltinMethod {
        name: "__subclasses__",
        owner: "type",
        call: type_subclasses,
        keywords: false,
    },
];

fn receiver_type(this: &Value, method: &str, args: &[Value]) -> PyResult<Rc<PyType>> {
    if !args.is_empty() {
        return Err(type_error(format!(
            "type.{method}() takes no arguments ({} given)",
            args.len()
        )));
    }
    match this {
        Value::Type(ty) => Ok(ty.clone()),
        other => Err(type_error(format!(
            "descriptor '{method}' requires a 'type' object but received a '{}'",
            other.type_name()
        ))),
    }
}

/// `C.mro()`: the method resolution order as a list.
fn type_mro(_vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let ty = receiver_type(this, "mro", args)?;
    Ok(Value::list(ty.mro().into_iter().map(Value::Type).collect()))
}

/// `C.__subclasses__()`: the live direct subclasses, in creation order (built-in types do not
/// track theirs).
fn type_subclasses(_vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let ty = receiver_type(this, "__subclasses__", args)?;
    let subclasses = match &ty.class {
        Some(class) => class
            .subclasses
            .borrow()
            .iter()
            .filter_map(Weak::upgrade)
            .map(Value::Type)
            .collect(),
        None => Vec::new(),
    };
    Ok(Value::list(subclasses))
}

/// The attributes every type has from its metatype.
fn type_special_attribute(vm: &mut Vm, ty: &Rc<PyType>, name: &str) -> PyResult<Option<Value>> {
    Ok(Some(match name {
        "__name__" => Value::str(&ty.name),
        "__qualname__" => Value::str(&ty.qualname),
        "__module__" if !ty.is_user_class() => Value::str(&ty.module),
        "__mro__" => Value::tuple(ty.mro().into_iter().map(Value::Type).collect()),
        "__base__" => ty.bases.first().cloned().map_or(Value::None, Value::Type),
        "__bases__" => Value::tuple(ty.bases.iter().cloned().map(Value::Type).collect()),
        "__class__" => Value::Type(ty.metaclass.clone().unwrap_or_else(|| builtin_type("type"))),
        "__dict__" => {
            let dict = PyDict::new();
            if let Some(class) = &ty.class {
                for (key, value) in class.entries() {
                    dict.insert(vm, Value::Str(key), value)?;
                }
            } else {
                // A built-in type's own methods (`"__len__" in list.__dict__`).
                let methods = super::builtins::type_methods(&ty.name)
                    .chain(super::builtin_dunders::builtin_dunders_of(&ty.name));
                for method in methods {
                    dict.insert(vm, Value::str(method.name), Value::Method(method))?;
                }
            }
            Value::Dict(Rc::new(dict))
        }
        "__doc__" if !ty.is_user_class() => Value::None,
        // A class's own annotations (never a base's), made empty on first access as
        // CPython 3.10+ makes them.
        "__annotations__" if ty.is_user_class() => {
            let own = ty.class.as_ref().and_then(|class| {
                class
                    .entries()
                    .into_iter()
                    .find(|(key, _)| key.as_str() == "__annotations__")
                    .map(|(_, value)| value)
            });
            match own {
                Some(value) => value,
                None => {
                    let empty = Value::Dict(Rc::new(PyDict::new()));
                    let key = crate::runtime::intern::intern("__annotations__");
                    type_setattr(ty, &key, empty.clone())?;
                    empty
                }
            }
        }
        _ => return Ok(None),
    }))
}

/// A class attribute as `cls.name` gives it: functions stay plain, class methods are bound to
/// the class, static methods unwrapped, other descriptors asked with no instance.
pub fn bind_to_class(vm: &mut Vm, found: Value, ty: &Rc<PyType>) -> PyResult<Value> {
    match &found {
        Value::Native(object) => match &**object {
            NativeObject::ClassMethod(func) => Ok(bind(func.clone(), Value::Type(ty.clone()))),
            NativeObject::StaticMethod(func) => Ok(func.clone()),
            _ => Ok(found),
        },
        Value::Instance(instance) => match instance.class.lookup(&dunder(Dunder::Get)) {
            Some(get) => {
                let args = [found.clone(), Value::None, Value::Type(ty.clone())];
                call_from_native_kw(vm, &get, &args, &[])
            }
            None => Ok(found),
        },
        _ => Ok(found),
    }
}

/// `func` bound to `receiver` (a method object).
pub fn bind(func: Value, receiver: Value) -> Value {
    match func {
        Value::Function(func) => {
            Value::PyMethod(Rc::new(super::function::PyMethod { func, receiver }))
        }
        Value::Method(method) => Value::BoundMethod(Rc::new((receiver, method))),
        other => other,
    }
}

/// `cls.name = value` as the `STORE_ATTR` opcode and `setattr` do it: the metaclass's
/// `__setattr__` if overridden, else a data descriptor of the metaclass, else the class
/// namespace.
pub fn class_setattr(vm: &mut Vm, ty: &Rc<PyType>, name: &PyStr, value: Value) -> PyResult<()> {
    let Some(meta) = &ty.metaclass else {
        return type_setattr(ty, name, value);
    };
    let object = Value::Type(ty.clone());
    if let Some(hook) = find_dunder(meta, Dunder::SetAttr) {
        call_method(vm, &hook, &object, &[Value::str(name.as_str()), value])?;
        return Ok(());
    }
    if let Some(attr) = meta.lookup(name)
        && descriptor_store(vm, &object, meta, name, &attr, Some(value.clone()))?.is_none()
    {
        return Ok(());
    }
    type_setattr(ty, name, value)
}

/// `del cls.name` as `DELETE_ATTR` and `delattr` do it (see `class_setattr`).
pub fn class_delattr(vm: &mut Vm, ty: &Rc<PyType>, name: &PyStr) -> PyResult<()> {
    let Some(meta) = &ty.metaclass else {
        return type_delattr(ty, name);
    };
    let object = Value::Type(ty.clone());
    if let Some(hook) = find_dunder(meta, Dunder::DelAttr) {
        call_method(vm, &hook, &object, &[Value::str(name.as_str())])?;
        return Ok(());
    }
    if let Some(attr) = meta.lookup(name)
        && descriptor_store(vm, &object, meta, name, &attr, None)?.is_none()
    {
        return Ok(());
    }
    type_delattr(ty, name)
}

/// `type.__setattr__(cls, name, value)`: the class namespace.
pub fn type_setattr(ty: &Rc<PyType>, name: &PyStr, value: Value) -> PyResult<()> {
    let Some(class) = &ty.class else {
        return Err(type_error(format!(
            "cannot set '{}' attribute of immutable type '{}'",
            name.as_str(),
            ty.name
        )));
    };
    if name.as_str() == "__abstractmethods__" {
        class.is_abstract.set(crate::ops::truthy_of_object(&value));
    }
    let old = class.insert(intern(name.as_str()), value);
    modified(ty);
    drop(old);
    Ok(())
}

/// `del cls.name`.
pub fn type_delattr(ty: &Rc<PyType>, name: &PyStr) -> PyResult<()> {
    let Some(class) = &ty.class else {
        return Err(type_error(format!(
            "cannot delete '{}' attribute of immutable type '{}'",
            name.as_str(),
            ty.name
        )));
    };
    if name.as_str() == "__abstractmethods__" {
        class.is_abstract.set(false);
    }
    match class.remove(name) {
        Some(old) => {
            modified(ty);
            drop(old);
            Ok(())
        }
        None => Err(type_no_attribute(ty, name)),
    }
}

/// `AttributeError: type object 'C' has no attribute 'x'`.
fn type_no_attribute(ty: &PyType, name: &PyStr) -> PyErr {
    PyErr::new(
        ExcKind::AttributeError,
        format!(
            "type object '{}' has no attribute '{}'",
            ty.name,
            name.as_str()
        ),
    )
}
