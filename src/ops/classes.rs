//! Opcodes of class bodies and attribute writes: `LOAD_NAME`/`STORE_NAME`/`DELETE_NAME` (a class
//! body's names live in the namespace dict its frame holds in slot 0, falling back to the
//! module's globals and the builtins), `LOAD_BUILD_CLASS`, `STORE_ATTR` and `DELETE_ATTR`.

use std::rc::Rc;

use crate::runtime::function::{BuiltinFn, Module};
use crate::runtime::str::PyStr;
use crate::runtime::{ExcKind, PyErr, PyResult, Value, protocol};
use crate::vm::Vm;

/// The builtin `__build_class__` that `LOAD_BUILD_CLASS` pushes.
pub static BUILD_CLASS: BuiltinFn = BuiltinFn {
    name: "__build_class__",
    call: crate::runtime::metaclass::builtin_build_class,
};

fn name_error(name: &PyStr) -> PyErr {
    PyErr::new(
        ExcKind::NameError,
        format!("name '{}' is not defined", name.as_str()),
    )
}

/// `LOAD_NAME`: the class namespace, then the module's globals, then the builtins.
pub fn load_name(
    vm: &mut Vm,
    namespace: &Value,
    module: &Module,
    name: &Rc<PyStr>,
) -> PyResult<Value> {
    match namespace {
        Value::Dict(namespace) => {
            if let Some(value) = namespace.get(vm, &Value::Str(name.clone()))? {
                return Ok(value);
            }
        }
        // Module-level `exec` code: its namespace is the module itself.
        Value::Module(namespace) => {
            if let Some(value) = namespace.get_attr(name.as_str()) {
                return Ok(value);
            }
        }
        // The mapping a metaclass's `__prepare__` returned.
        mapping => match crate::ops::subscript(vm, 0, mapping.clone(), Value::Str(name.clone())) {
            Ok(value) => return Ok(value),
            Err(err) if err.kind() == ExcKind::KeyError => {}
            Err(err) => return Err(err),
        },
    }
    if let Some(value) = module.get_attr(name.as_str()) {
        return Ok(value);
    }
    match crate::runtime::builtins::lookup_builtin(name.as_str()) {
        Value::Null => Err(name_error(name)),
        value => Ok(value),
    }
}

/// `STORE_NAME`: binds `name` in the class namespace.
pub fn store_name(vm: &mut Vm, namespace: &Value, name: &Rc<PyStr>, value: Value) -> PyResult<()> {
    match namespace {
        Value::Dict(namespace) => namespace.insert(vm, Value::Str(name.clone()), value),
        Value::Module(namespace) => {
            namespace.set_attr(name.as_str(), value);
            Ok(())
        }
        Value::Null => Err(PyErr::new(
            ExcKind::SystemError,
            "STORE_NAME outside a class body",
        )),
        mapping => {
            crate::ops::store_subscript(vm, mapping.clone(), Value::Str(name.clone()), value)
        }
    }
}

/// `DELETE_NAME`: unbinds `name` in the class namespace; NameError when it is not bound there.
pub fn delete_name(vm: &mut Vm, namespace: &Value, name: &Rc<PyStr>) -> PyResult<()> {
    match namespace {
        Value::Dict(namespace) => match namespace.remove(vm, &Value::Str(name.clone()))? {
            Some(_) => Ok(()),
            None => Err(name_error(name)),
        },
        Value::Module(namespace) => {
            if namespace.delete_attr(name.as_str()) {
                Ok(())
            } else {
                Err(name_error(name))
            }
        }
        Value::Null => Err(PyErr::new(
            ExcKind::SystemError,
            "DELETE_NAME outside a class body",
        )),
        mapping => {
            match crate::ops::delete_subscript(vm, mapping.clone(), Value::Str(name.clone())) {
                Err(err) if err.kind() == ExcKind::KeyError => Err(name_error(name)),
                other => other,
            }
        }
    }
}

/// `LOAD_BUILD_CLASS`.
pub fn load_build_class(_vm: &mut Vm) -> PyResult<Value> {
    Ok(Value::Builtin(&BUILD_CLASS))
}

/// `STORE_ATTR`: `object.name = value`.
pub fn store_attr(vm: &mut Vm, object: Value, name: &PyStr, value: Value) -> PyResult<()> {
    protocol::setattr(vm, &object, name, value)
}

/// `DELETE_ATTR`: `del object.name`.
pub fn delete_attr(vm: &mut Vm, object: Value, name: &PyStr) -> PyResult<()> {
    protocol::delattr(vm, &object, name)
}
