//! The meaning of the generator opcodes that is not the engines' own business (suspending and
//! resuming frames is: see `runtime::generator` and each engine).

use crate::runtime::generator::{self, GenStep, generator_of};
use crate::runtime::{ExcKind, PyResult, Value};
use crate::vm::Vm;

/// `RETURN_GENERATOR` once the generator's frame first runs: the value its `POP_TOP` drops.
pub fn return_generator(_vm: &mut Vm) -> PyResult<Value> {
    Ok(Value::None)
}

/// `GET_YIELD_FROM_ITER`: a generator is delegated to as it is, anything else through its
/// iterator.
pub fn get_yield_from_iter(vm: &mut Vm, value: Value) -> PyResult<Value> {
    if generator_of(&value).is_some() {
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
            let name = crate::runtime::intern::intern("__next__");
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
