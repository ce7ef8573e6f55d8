//! Variable opcodes beyond plain loads and stores: deleting locals and globals, and the cells that
//! closures share (`MAKE_CELL`, `COPY_FREE_VARS`, `LOAD_DEREF`, `STORE_DEREF`, `DELETE_DEREF`,
//! `LOAD_CLOSURE`), with CPython 3.11's messages for unbound names.

use std::rc::Rc;

use crate::bytecode::Code;
use crate::runtime::function::{Function, Module, PyCell};
use crate::runtime::value::discard;
use crate::runtime::{ExcKind, PyErr, PyResult, Value};

/// The error for reading or deleting slot `index` while it is unbound: a local (or a cell the
/// frame owns) is an UnboundLocalError, a free variable a NameError.
#[cold]
#[inline(never)]
pub(crate) fn unbound_slot(code: &Code, index: u32) -> PyErr {
    let name = code.varnames.get(index as usize).map_or("?", |n| &**n);
    if index as usize >= code.free_start() {
        PyErr::new(
            ExcKind::NameError,
            format!(
                "cannot access free variable '{name}' where it is not associated with a value in enclosing scope"
            ),
        )
    } else {
        PyErr::new(
            ExcKind::UnboundLocalError,
            format!(
                "cannot access local variable '{name}' where it is not associated with a value"
            ),
        )
    }
}

#[cold]
#[inline(never)]
fn not_a_cell() -> PyErr {
    PyErr::new(
        ExcKind::SystemError,
        "cell operation on a slot without a cell",
    )
}

/// `DELETE_FAST`.
pub fn delete_fast(slot: &mut Value, code: &Code, index: u32) -> PyResult<()> {
    if slot.is_null() {
        return Err(unbound_slot(code, index));
    }
    discard(std::mem::take(slot));
    Ok(())
}

/// `DELETE_GLOBAL`: NameError when the global is not set (a builtin of that name does not count).
pub fn delete_global(module: &Module, slot: u32) -> PyResult<()> {
    if module.take_slot(slot as usize).is_none() {
        return Err(PyErr::new(
            ExcKind::NameError,
            format!("name '{}' is not defined", module.slot_name(slot as usize)),
        ));
    }
    Ok(())
}

/// `MAKE_CELL`: the slot's value (a parameter's argument, or unbound) moves into a new cell.
pub fn make_cell(slot: &mut Value) {
    let value = std::mem::take(slot);
    *slot = Value::Cell(Rc::new(PyCell::new(value)));
}

/// `COPY_FREE_VARS`: the function's closure cells fill `slots`, its free-variable slots.
pub fn copy_free_vars(func: &Function, slots: &mut [Value]) -> PyResult<()> {
    if func.closure.len() != slots.len() {
        return Err(PyErr::new(
            ExcKind::SystemError,
            "closure does not match the code's free variables",
        ));
    }
    for (slot, cell) in slots.iter_mut().zip(&func.closure) {
        discard(std::mem::replace(slot, cell.clone()));
    }
    Ok(())
}

/// `LOAD_DEREF`.
#[inline(always)]
pub fn load_deref(slot: &Value, code: &Code, index: u32) -> PyResult<Value> {
    match slot {
        Value::Cell(cell) => {
            let value = cell.get();
            if value.is_null() {
                return Err(unbound_slot(code, index));
            }
            Ok(value)
        }
        _ => Err(not_a_cell()),
    }
}

/// `STORE_DEREF`.
#[inline(always)]
pub fn store_deref(slot: &Value, value: Value) -> PyResult<()> {
    match slot {
        Value::Cell(cell) => {
            discard(cell.replace(value));
            Ok(())
        }
        _ => Err(not_a_cell()),
    }
}

/// `DELETE_DEREF`.
pub fn delete_deref(slot: &mut Value, code: &Code, index: u32) -> PyResult<()> {
    match slot {
        Value::Cell(cell) => {
            if cell.is_empty() {
                return Err(unbound_slot(code, index));
            }
            discard(cell.replace(Value::Null));
            Ok(())
        }
        _ => Err(not_a_cell()),
    }
}

/// `LOAD_CLOSURE`: the cell itself.
pub fn load_closure(slot: &Value, _code: &Code, _index: u32) -> PyResult<Value> {
    match slot {
        Value::Cell(_) => Ok(slot.clone()),
        _ => Err(not_a_cell()),
    }
}
