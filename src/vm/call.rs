//! The call protocol every engine follows: binding arguments to a Python function's parameters
//! (positional, keyword, defaults, and CPython's TypeError wording when they do not fit), calling
//! anything that is not a Python function, and re-entering the engine from Rust.

use std::rc::Rc;

use super::Vm;
use crate::runtime::exception::type_error;
use crate::runtime::function::Function;
use crate::runtime::{PyResult, Value};

fn plural(n: usize, word: &str) -> String {
    format!("{n} {word}{}", if n == 1 { "" } else { "s" })
}

/// `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'`: CPython's list of missing parameter names.
fn name_list(names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match quoted.len() {
        0 => String::new(),
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    }
}

/// Whether binding reduces to moving the arguments into the first parameter slots in order: no
/// keywords and exactly one positional argument per parameter (the common case engines can
/// make a plain copy for).
#[inline(always)]
pub fn binds_by_position(func: &Function, nargs: usize, kwnames: &[Value]) -> bool {
    kwnames.is_empty() && nargs == func.code.argcount as usize
}

/// Moves `args` (positional values followed by one value per name in `kwnames`) into
/// `locals`, whose first `argcount` slots are the parameters and which must be all `Null`.
#[inline(never)]
pub fn bind_arguments(
    func: &Function,
    args: &mut [Value],
    kwnames: &[Value],
    locals: &mut [Value],
) -> PyResult<()> {
    let code = &func.code;
    let argcount = code.argcount as usize;
    let npositional = args.len() - kwnames.len();
    let name = &code.name;
    if npositional > argcount {
        let ndefaults = func.defaults.len();
        let takes = if ndefaults > 0 {
            format!(
                "from {} to {} positional arguments",
                argcount - ndefaults,
                argcount
            )
        } else {
            plural(argcount, "positional argument")
        };
        let given = if npositional == 1 {
            "1 was".to_string()
        } else {
            format!("{npositional} were")
        };
        return Err(type_error(format!(
            "{name}() takes {takes} but {given} given"
        )));
    }
    let (positional, keywords) = args.split_at_mut(npositional);
    for (slot, value) in locals.iter_mut().zip(positional.iter_mut()) {
        *slot = std::mem::take(value);
    }
    for (key, value) in kwnames.iter().zip(keywords.iter_mut()) {
        let key = match key {
            Value::Str(s) => s.as_str(),
            _ => "",
        };
        let Some(index) = code.varnames[..argcount].iter().position(|p| &**p == key) else {
            return Err(type_error(format!(
                "{name}() got an unexpected keyword argument '{key}'"
            )));
        };
        if !locals[index].is_null() {
            return Err(type_error(format!(
                "{name}() got multiple values for argument '{key}'"
            )));
        }
        locals[index] = std::mem::take(value);
    }
    let first_default = argcount - func.defaults.len();
    let mut missing = Vec::new();
    for (index, slot) in locals
        .iter_mut()
        .enumerate()
        .take(argcount)
        .skip(npositional)
    {
        if slot.is_null() {
            if index >= first_default {
                *slot = func.defaults[index - first_default].clone();
            } else {
                missing.push(&*code.varnames[index]);
            }
        }
    }
    if !missing.is_empty() {
        return Err(type_error(format!(
            "{name}() missing {} required positional argument{}: {}",
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            name_list(&missing)
        )));
    }
    Ok(())
}

/// Calls anything that is not a Python function being entered by the engine: built-in
/// functions and methods directly, Python functions by re-entering the engine.
/// `receiver` is the `self` a `LOAD_METHOD` found, if any.
pub fn call_native(
    vm: &mut Vm,
    callable: &Value,
    receiver: Option<&Value>,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    match (callable, receiver) {
        (Value::Builtin(builtin), None) => (builtin.call)(vm, args, kwnames),
        (Value::Method(method), Some(this)) => method.invoke(vm, this, args, kwnames),
        (Value::BoundMethod(bound), None) => bound.1.invoke(vm, &bound.0, args, kwnames),
        (Value::Function(func), None) => call_function(vm, func, args.to_vec(), kwnames),
        (Value::Function(func), Some(this)) => {
            let mut all = Vec::with_capacity(args.len() + 1);
            all.push(this.clone());
            all.extend_from_slice(args);
            call_function(vm, func, all, kwnames)
        }
        (other, _) => Err(type_error(format!(
            "'{}' object is not callable",
            other.type_name()
        ))),
    }
}

/// Runs a Python function to completion from Rust, re-entering the VM's engine. Counted in the
/// recursion depth like any frame, so unbounded re-entry is a RecursionError.
pub fn call_function(
    vm: &mut Vm,
    func: &Rc<Function>,
    args: Vec<Value>,
    kwnames: &[Value],
) -> PyResult<Value> {
    (vm.engine.call)(vm, func, args, kwnames)
}
