//! The meaning of the generator opcodes that is not the engines' own business (suspending and
//! resuming frames is: see `runtime::generator` and each engine).

use super::exceptions::special_method;
use crate::runtime::dunder::{Dunder, dunder};
use crate::runtime::exception::type_error;
use crate::runtime::generator::{self, GenStep, generator_of};
use crate::runtime::{ExcKind, PyErr, PyResult, Value};
use crate::vm::Vm;

/// `RETURN_GENERATOR` once the generator's frame first runs: the value its `POP_TOP` drops.
pub fn return_generator(_vm: &mut Vm) -> PyResult<Value> {
    Ok(Value::None)
}

/// `GET_YIELD_FROM_ITER`: a generator is delegated to as it is, anything else through its
/// iterator.
pub fn get_yield_from_iter(vm: &mut Vm, value: Value) -> PyResult<Value> {
    if let Some(generator) = generator_of(&value) {
        if generator.coroutine {
            return Err(type_error(
                "cannot 'yield from' a coroutine object in a non-coroutine generator",
            ));
        }
        return Ok(value);
    }
    super::get_iter(vm, value)
}

/// `SEND` to a target that is not a generator (engines resume generators themselves):
/// `next(target)` for None, else `target.send(value)`; a StopIteration is the target's return.
pub fn send_value(vm: &mut Vm, target: &Value, value: Value) -> PyResult<GenStep> {
    let result = match (&value, target) {
        // Built-in iterators end without a value.
        (Value::None, Value::Iter(_)) => match super::for_iter_next(vm, target)? {
            Some(item) => return Ok(GenStep::Yielded(item)),
            None => return Ok(GenStep::Returned(Value::None)),
        },
        // Anything else is asked through its methods, so a StopIteration keeps its value.
        (Value::None, _) => {
            let name = dunder(Dunder::Next);
            match super::load_attr(vm, target.clone(), &name) {
                Ok(method) => crate::vm::reentry::call_from_native(vm, &method, &[]),
                Err(err) if err.kind() == ExcKind::AttributeError => {
                    return Err(crate::runtime::exception::type_error(format!(
                        "'{}' object is not an iterator",
                        target.type_name()
                    )));
                }
                Err(err) => Err(err),
            }
        }
        _ => {
            let name = crate::runtime::intern::intern("send");
            let method = super::load_attr(vm, target.clone(), &name)?;
            crate::vm::reentry::call_from_native(vm, &method, &[value])
        }
    };
    match result {
        Ok(item) => Ok(GenStep::Yielded(item)),
        Err(err) => generator::stop_value(err).map(GenStep::Returned),
    }
}

// ----- coroutines ---------------------------------------------------------------------------------

/// `GET_AWAITABLE`: what `await value` delegates to: a coroutine itself, else the iterator its
/// `__await__` returns. `from` 1 and 2 word the error for `async with`'s `__aenter__` and
/// `__aexit__` results.
pub fn get_awaitable(vm: &mut Vm, value: Value, from: u32) -> PyResult<Value> {
    let result = awaitable_of(vm, value.clone());
    match (result, from) {
        (Err(err), 1 | 2) if err.kind() == ExcKind::TypeError && !has_await(&value) => {
            Err(type_error(format!(
                "'async with' received an object from __a{}__ that does not implement __await__: {}",
                if from == 1 { "enter" } else { "exit" },
                value.type_name()
            )))
        }
        (result, _) => result,
    }
}

/// Whether `value` is a coroutine or its type has `__await__`.
fn has_await(value: &Value) -> bool {
    generator_of(value).is_some_and(|g| g.coroutine)
        || crate::runtime::types::type_of(value)
            .lookup(&dunder(Dunder::Await))
            .is_some()
}

fn awaitable_of(vm: &mut Vm, value: Value) -> PyResult<Value> {
    if let Some(coroutine) = generator_of(&value).filter(|g| g.coroutine) {
        if coroutine.state() == generator::GenState::Suspended && coroutine.is_delegating() {
            return Err(PyErr::new(
                ExcKind::RuntimeError,
                "coroutine is being awaited already",
            ));
        }
        return Ok(value);
    }
    let Some(await_method) = special_method(vm, &value, Dunder::Await)? else {
        return Err(type_error(format!(
            "object {} can't be used in 'await' expression",
            value.type_name()
        )));
    };
    let iterator = crate::vm::reentry::call_from_native(vm, &await_method, &[])?;
    if generator_of(&iterator).is_some_and(|g| g.coroutine) {
        return Err(type_error("__await__() returned a coroutine"));
    }
    if !crate::runtime::protocol::is_iterator(&iterator) {
        return Err(type_error(format!(
            "__await__() returned non-iterator of type '{}'",
            iterator.type_name()
        )));
    }
    Ok(iterator)
}

/// `BEFORE_ASYNC_WITH`: the manager's bound `__aexit__` and what its `__aenter__` returned (an
/// awaitable, awaited next).
pub fn before_async_with(vm: &mut Vm, manager: Value) -> PyResult<(Value, Value)> {
    let refused = |missed: &str| {
        type_error(format!(
            "'{}' object does not support the asynchronous context manager protocol{missed}",
            manager.type_name()
        ))
    };
    let Some(enter) = special_method(vm, &manager, Dunder::AEnter)? else {
        return Err(refused(""));
    };
    let Some(exit) = special_method(vm, &manager, Dunder::AExit)? else {
        return Err(refused(" (missed __aexit__ method)"));
    };
    let entered = crate::vm::reentry::call_from_native(vm, &enter, &[])?;
    Ok((exit, entered))
}

/// `GET_AITER`: `value.__aiter__()`.
pub fn get_aiter(vm: &mut Vm, value: Value) -> PyResult<Value> {
    let Some(aiter) = special_method(vm, &value, Dunder::AIter)? else {
        return Err(type_error(format!(
            "'async for' requires an object with __aiter__ method, got {}",
            value.type_name()
        )));
    };
    let iterator = crate::vm::reentry::call_from_native(vm, &aiter, &[])?;
    if special_method(vm, &iterator, Dunder::ANext)?.is_none() {
        return Err(type_error(format!(
            "'async for' received an object from __aiter__ that does not implement __anext__: {}",
            iterator.type_name()
        )));
    }
    Ok(iterator)
}

/// `GET_ANEXT`: the async iterator, kept, and the awaitable its `__anext__()` returns.
pub fn get_anext(vm: &mut Vm, aiter: Value) -> PyResult<(Value, Value)> {
    let Some(anext) = special_method(vm, &aiter, Dunder::ANext)? else {
        return Err(type_error(format!(
            "'async for' requires an iterator with __anext__ method, got {}",
            aiter.type_name()
        )));
    };
    let awaitable = crate::vm::reentry::call_from_native(vm, &anext, &[])?;
    if !has_await(&awaitable) {
        return Err(type_error(format!(
            "'async for' received an invalid object from __anext__: {}",
            awaitable.type_name()
        )));
    }
    let awaitable = awaitable_of(vm, awaitable)?;
    Ok((aiter, awaitable))
}

/// `END_ASYNC_FOR`: the handler of an `async for`'s `__anext__` await: StopAsyncIteration ends
/// the loop, anything else is raised again.
pub fn end_async_for(_vm: &mut Vm, exc: Value) -> PyResult<()> {
    if crate::runtime::types::type_of(&exc).derives_from_builtin("StopAsyncIteration") {
        return Ok(());
    }
    Err(crate::runtime::exc_object::reraise(exc))
}
