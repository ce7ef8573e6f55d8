//! The semantics of the exception opcodes: the handled-exception state (`PUSH_EXC_INFO`,
//! `POP_EXCEPT`), `except` matching, `raise`, re-raising, and the context-manager protocol of
//! `with`. Finding the handler of a raised exception is `vm::unwind`'s job.

use crate::runtime::dunder::{Dunder, dunder};
use crate::runtime::exc_object::{self, exception_matches};
use crate::runtime::exception::type_error;
use crate::runtime::types::{builtin_type, type_of};
use crate::runtime::{ExcKind, PyErr, PyResult, Value, protocol};
use crate::vm::Vm;
use crate::vm::call::{ReturnAction, defer_call, defer_call_4};
use crate::vm::reentry::call_from_native;

/// `PUSH_EXC_INFO`: `exc` becomes the exception being handled; the previous one is kept below it.
pub fn push_exc_info(vm: &mut Vm, exc: Value) -> PyResult<(Value, Value)> {
    let previous = std::mem::replace(&mut vm.handled, exc.clone());
    Ok((previous, exc))
}

/// `POP_EXCEPT`: the exception handled before comes back.
pub fn pop_except(vm: &mut Vm, previous: Value) -> PyResult<()> {
    let done = std::mem::replace(&mut vm.handled, previous);
    drop(done);
    Ok(())
}

/// `CHECK_EXC_MATCH`: whether `exc` matches the `except` clause's `pattern`.
pub fn check_exc_match(_vm: &mut Vm, exc: &Value, pattern: Value) -> PyResult<Value> {
    exception_matches(exc, &pattern).map(Value::bool)
}

/// `RERAISE`: raises the caught `exc` again, adding no traceback entry for this frame.
pub fn reraise(_vm: &mut Vm, exc: Value) -> PyErr {
    if exc_object::state_of(&exc).is_none() {
        return PyErr::new(ExcKind::SystemError, "RERAISE of a non-exception");
    }
    exc_object::reraise(exc)
}

/// `RAISE_VARARGS`: `raise`, `raise exc`, `raise exc from cause`.
pub fn raise_varargs(vm: &mut Vm, args: &[Value]) -> PyErr {
    exc_object::do_raise(vm, args)
}

/// The special method `name` of `object`'s type, bound to `object`.
pub(super) fn special_method(vm: &mut Vm, object: &Value, name: Dunder) -> PyResult<Option<Value>> {
    let ty = type_of(object);
    match ty.lookup(&dunder(name)) {
        Some(attr) => protocol::bind_special(vm, attr, object, &ty).map(Some),
        None => Ok(None),
    }
}

/// `BEFORE_WITH`: the manager's bound `__exit__` (`Null` if the lookup failed) and the result
/// of calling its `__enter__`. A Python `__enter__` is entered by the engine as a frame (the
/// result is then the deferral marker, see `vm::call::DeferredCall`).
pub fn before_with(vm: &mut Vm, manager: Value) -> (Value, PyResult<Value>) {
    let ty = type_of(&manager);
    let Some(enter) = ty.lookup(&dunder(Dunder::Enter)) else {
        return (
            Value::Null,
            Err(type_error(format!(
                "'{}' object does not support the context manager protocol",
                manager.type_name()
            ))),
        );
    };
    // A Python `__enter__` of an instance is entered as a frame; anything else is bound now,
    // before `__exit__` is looked up (CPython's order, which a property getter can observe).
    let deferrable = matches!((&enter, &manager), (Value::Function(_), Value::Instance(_)));
    let enter = if deferrable {
        enter
    } else {
        match protocol::bind_special(vm, enter, &manager, &ty) {
            Ok(bound) => bound,
            Err(err) => return (Value::Null, Err(err)),
        }
    };
    let exit = match special_method(vm, &manager, Dunder::Exit) {
        Ok(Some(exit)) => exit,
        Ok(None) => {
            return (
                Value::Null,
                Err(type_error(format!(
                    "'{}' object does not support the context manager protocol (missed __exit__ method)",
                    manager.type_name()
                ))),
            );
        }
        Err(err) => return (Value::Null, Err(err)),
    };
    if deferrable && let Value::Function(func) = enter {
        let deferred = defer_call(
            vm,
            func,
            [manager, Value::Null],
            1,
            ReturnAction::PushResult,
        );
        return (exit, Err(deferred));
    }
    let entered = call_from_native(vm, &enter, &[]);
    (exit, entered)
}

/// `WITH_EXCEPT_START`: `exit(type(exc), exc, exc.__traceback__)`; a Python `__exit__` is
/// entered by the engine as a frame (see `before_with`).
pub fn with_except_start(vm: &mut Vm, exit: &Value, exc: &Value) -> PyResult<Value> {
    let traceback = exc_object::get_attribute(exc, "__traceback__").unwrap_or(Value::None);
    let kind = Value::Type(type_of(exc));
    if let Value::PyMethod(method) = exit {
        let args = [method.receiver.clone(), kind, exc.clone(), traceback];
        let func = method.func.clone();
        return Err(defer_call_4(vm, func, args, 4, ReturnAction::PushResult));
    }
    call_from_native(vm, exit, &[kind, exc.clone(), traceback])
}

/// `JUMP_BACKWARD`'s check for a Ctrl-C (one relaxed load on the loop's back edge).
#[inline(always)]
pub fn check_interrupt(vm: &mut Vm) -> PyResult<()> {
    if crate::vm::interrupt::pending() {
        return crate::vm::interrupt::raise_pending(vm);
    }
    Ok(())
}

/// `LOAD_ASSERTION_ERROR`.
pub fn load_assertion_error(_vm: &mut Vm) -> PyResult<Value> {
    Ok(Value::Type(builtin_type("AssertionError")))
}
