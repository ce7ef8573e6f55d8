//! Attributes of Python function objects beyond their code: `__name__`, `__qualname__`,
//! `__doc__` and `__module__` once a script assigns them, and the function's `__dict__`, which
//! holds every other attribute a script sets (`f.calls = 0`, what a decorator copies), as
//! CPython's function objects keep them. Nothing is allocated until a script assigns one; the
//! code object's names stay what tracebacks show, as in CPython.

use std::rc::Rc;

use super::Value;
use super::dict::PyDict;
use super::exception::{ExcKind, PyErr, PyResult, type_error};
use super::function::Function;
use super::str::PyStr;
use crate::vm::Vm;

/// What a script assigned to a function (see the module docs).
#[derive(Default)]
pub struct FunctionAttrs {
    name: Option<Rc<PyStr>>,
    qualname: Option<Rc<PyStr>>,
    doc: Option<Value>,
    module: Option<Value>,
    dict: Option<Rc<PyDict>>,
    /// `__annotations__`, made from the definition's annotations or on first access.
    annotations: Option<Value>,
}

/// Stores a definition's annotations (name, value pairs, flattened) as `__annotations__`.
pub fn set_annotation_pairs(vm: &mut Vm, func: &Function, pairs: &[Value]) -> PyResult<()> {
    let dict = Rc::new(PyDict::new());
    for pair in pairs.chunks(2) {
        if let [name, value] = pair {
            dict.insert(vm, name.clone(), value.clone())?;
        }
    }
    assign(func, |attrs| attrs.annotations = Some(Value::Dict(dict)));
    Ok(())
}

/// `f.__name__`.
pub fn name(func: &Function) -> Value {
    match assigned(func, |a| a.name.clone()) {
        Some(name) => Value::Str(name),
        None => Value::str(&func.code.name),
    }
}

/// `f.__qualname__`.
pub fn qualname(func: &Function) -> Value {
    match assigned(func, |a| a.qualname.clone()) {
        Some(qualname) => Value::Str(qualname),
        None => Value::str(&func.code.qualname),
    }
}

/// A function's assigned `__name__` and `__qualname__` (`None` for one not assigned).
pub type Names = (Option<Rc<PyStr>>, Option<Rc<PyStr>>);

/// `__name__` and `__qualname__` when a script assigned either (a generator made by the
/// function copies them); `None` for a function never renamed.
pub fn renamed(func: &Function) -> Option<Names> {
    assigned(func, |a| {
        (a.name.is_some() || a.qualname.is_some()).then(|| (a.name.clone(), a.qualname.clone()))
    })
}

/// Reads attribute `name` of `func` that lives here: the assigned dunders, `__dict__`, or an
/// entry of it. `None` for anything else (the caller goes on with the built-in attributes).
pub fn get(vm: &mut Vm, func: &Function, name: &str) -> PyResult<Option<Value>> {
    Ok(match name {
        "__name__" => Some(self::name(func)),
        "__qualname__" => Some(qualname(func)),
        "__doc__" => Some(match assigned(func, |a| a.doc.clone()) {
            Some(doc) => doc,
            None => func
                .code
                .docstring
                .as_deref()
                .map_or(Value::None, Value::str),
        }),
        "__module__" => match assigned(func, |a| a.module.clone()) {
            Some(module) => Some(module),
            None => Some(Value::str(&func.module.name)),
        },
        "__dict__" => Some(Value::Dict(dict_of(func))),
        // An empty dict when the definition had no annotations, kept once asked for.
        "__annotations__" => Some(assign(func, |attrs| {
            attrs
                .annotations
                .get_or_insert_with(|| Value::Dict(Rc::new(PyDict::new())))
                .clone()
        })),
        _ => {
            let dict = assigned(func, |a| a.dict.clone());
            match dict {
                Some(dict) => dict.get(vm, &Value::str(name))?,
                None => None,
            }
        }
    })
}

/// `f.<name> = value`.
pub fn set(vm: &mut Vm, func: &Function, name: &PyStr, value: Value) -> PyResult<()> {
    match name.as_str() {
        "__name__" | "__qualname__" => {
            let Value::Str(text) = value else {
                return Err(must_be_string(name.as_str()));
            };
            assign(func, |attrs| {
                if name.as_str() == "__name__" {
                    attrs.name = Some(text);
                } else {
                    attrs.qualname = Some(text);
                }
            });
            Ok(())
        }
        "__doc__" => {
            assign(func, |attrs| attrs.doc = Some(value));
            Ok(())
        }
        "__module__" => {
            assign(func, |attrs| attrs.module = Some(value));
            Ok(())
        }
        "__dict__" => {
            let Value::Dict(dict) = value else {
                return Err(type_error(format!(
                    "__dict__ must be set to a dictionary, not a '{}'",
                    value.type_name()
                )));
            };
            assign(func, |attrs| attrs.dict = Some(dict));
            Ok(())
        }
        "__closure__" | "__globals__" | "__builtins__" => {
            Err(PyErr::new(ExcKind::AttributeError, "readonly attribute"))
        }
        "__annotations__" => match value {
            Value::Dict(_) | Value::None => {
                assign(func, |attrs| attrs.annotations = Some(value));
                Ok(())
            }
            _ => Err(type_error("__annotations__ must be set to a dict object")),
        },
        "__code__" | "__defaults__" | "__kwdefaults__" => Err(PyErr::new(
            ExcKind::AttributeError,
            format!(
                "assigning a function's {} is not supported by Spindle yet",
                name.as_str()
            ),
        )),
        other => dict_of(func).insert(vm, Value::str(other), value),
    }
}

/// `del f.<name>`; false when there is no such attribute (the caller raises AttributeError).
pub fn delete(vm: &mut Vm, func: &Function, name: &PyStr) -> PyResult<bool> {
    match name.as_str() {
        "__name__" | "__qualname__" => Err(must_be_string(name.as_str())),
        "__dict__" => Err(type_error("cannot delete __dict__")),
        "__doc__" => {
            assign(func, |attrs| attrs.doc = Some(Value::None));
            Ok(true)
        }
        "__module__" => {
            assign(func, |attrs| attrs.module = Some(Value::None));
            Ok(true)
        }
        other => {
            let dict = assigned(func, |a| a.dict.clone());
            match dict {
                Some(dict) => Ok(dict.remove(vm, &Value::str(other))?.is_some()),
                None => Ok(false),
            }
        }
    }
}

/// The function's `__dict__`, made on first use.
fn dict_of(func: &Function) -> Rc<PyDict> {
    assign(func, |attrs| {
        attrs
            .dict
            .get_or_insert_with(|| Rc::new(PyDict::new()))
            .clone()
    })
}

/// Reads what a script assigned (`None` when nothing was).
fn assigned<T>(func: &Function, read: impl FnOnce(&FunctionAttrs) -> Option<T>) -> Option<T> {
    func.attrs.borrow().as_deref().and_then(read)
}

/// Changes what a script assigned, making the record on the first assignment.
fn assign<T>(func: &Function, write: impl FnOnce(&mut FunctionAttrs) -> T) -> T {
    write(func.attrs.borrow_mut().get_or_insert_with(Default::default))
}

fn must_be_string(name: &str) -> PyErr {
    type_error(format!("{name} must be set to a string object"))
}
