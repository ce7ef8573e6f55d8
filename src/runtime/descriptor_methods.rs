//! The descriptor protocol's methods as attributes: `f.__get__(obj, cls)` of functions,
//! `__get__` of `property`, `classmethod` and `staticmethod`, and a property's `__set__` and
//! `__delete__`. The runtime binds these objects natively; these methods make them visible
//! to Python code that asks (`hasattr(value, '__get__')`, as `enum` does to tell methods from
//! members) or calls them by hand.

use super::descriptors::NativeObject;
use super::exception::type_error;
use super::function::BuiltinMethod;
use super::types::type_of;
use super::{ExcKind, PyErr, PyResult, Value};
use crate::vm::Vm;
use crate::vm::reentry::call_from_native_kw;

const fn method(
    name: &'static str,
    owner: &'static str,
    call: super::function::MethodCall,
) -> BuiltinMethod {
    BuiltinMethod {
        name,
        owner,
        call,
        keywords: false,
    }
}

static FUNCTION_METHODS: &[BuiltinMethod] = &[method("__get__", "function", descriptor_get)];
static PROPERTY_METHODS: &[BuiltinMethod] = &[
    method("__get__", "property", descriptor_get),
    method("__set__", "property", property_set),
    method("__delete__", "property", property_delete),
];
static CLASSMETHOD_METHODS: &[BuiltinMethod] = &[method("__get__", "classmethod", descriptor_get)];
static STATICMETHOD_METHODS: &[BuiltinMethod] =
    &[method("__get__", "staticmethod", descriptor_get)];

/// The descriptor method `name` of a value of the built-in type `type_name`.
pub fn descriptor_method(type_name: &str, name: &str) -> Option<&'static BuiltinMethod> {
    let table = match type_name {
        "function" => FUNCTION_METHODS,
        "property" => PROPERTY_METHODS,
        "classmethod" => CLASSMETHOD_METHODS,
        "staticmethod" => STATICMETHOD_METHODS,
        _ => return None,
    };
    table.iter().find(|m| m.name == name)
}

/// `descriptor.__get__(instance, owner=None)`.
fn descriptor_get(vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (instance, owner) = match args {
        [instance] => (instance, None),
        [instance, owner] => (instance, Some(owner)),
        _ => {
            return Err(type_error(format!(
                "expected 1 or 2 arguments, got {}",
                args.len()
            )));
        }
    };
    let owner = owner.filter(|o| !matches!(o, Value::None));
    if matches!(instance, Value::None) && owner.is_none() {
        return Err(type_error("__get__(None, None) is invalid"));
    }
    match this {
        Value::Function(_) if matches!(instance, Value::None) => Ok(this.clone()),
        Value::Function(_) => Ok(super::class::bind(this.clone(), instance.clone())),
        Value::Native(native) => match &**native {
            NativeObject::Property(property) => {
                if matches!(instance, Value::None) {
                    return Ok(this.clone());
                }
                if property.fget.is_null() {
                    return Err(PyErr::new(ExcKind::AttributeError, "unreadable attribute"));
                }
                call_from_native_kw(vm, &property.fget, std::slice::from_ref(instance), &[])
            }
            NativeObject::ClassMethod(func) => {
                let class = match owner {
                    Some(owner) => owner.clone(),
                    None => Value::Type(type_of(instance)),
                };
                Ok(super::class::bind(func.clone(), class))
            }
            NativeObject::StaticMethod(func) => Ok(func.clone()),
            _ => Err(type_error("descriptor __get__ of an unexpected object")),
        },
        _ => Err(type_error("descriptor __get__ of an unexpected object")),
    }
}

fn property_accessor(this: &Value, setter: bool) -> PyResult<&Value> {
    match this {
        Value::Native(native) => match &**native {
            NativeObject::Property(property) => {
                let (accessor, what) = if setter {
                    (&property.fset, "can't set attribute")
                } else {
                    (&property.fdel, "can't delete attribute")
                };
                if accessor.is_null() {
                    return Err(PyErr::new(ExcKind::AttributeError, what));
                }
                Ok(accessor)
            }
            _ => Err(type_error("expected a property")),
        },
        _ => Err(type_error("expected a property")),
    }
}

/// `property.__set__(instance, value)`.
fn property_set(vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let [_, _] = args else {
        return Err(type_error(format!(
            "expected 2 arguments, got {}",
            args.len()
        )));
    };
    let setter = property_accessor(this, true)?.clone();
    call_from_native_kw(vm, &setter, args, &[])?;
    Ok(Value::None)
}

/// `property.__delete__(instance)`.
fn property_delete(vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let [_] = args else {
        return Err(type_error(format!(
            "expected 1 argument, got {}",
            args.len()
        )));
    };
    let deleter = property_accessor(this, false)?.clone();
    call_from_native_kw(vm, &deleter, args, &[])?;
    Ok(Value::None)
}
