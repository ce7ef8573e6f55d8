//! The call protocol every engine follows, decided in one place: classifying a callee once (the
//! **call plan**: Python function entered inside the dispatch loop, bound method unpacked into
//! function plus receiver, or anything else run by Rust), binding arguments to a Python function's
//! parameters (positional, keyword, defaults, and CPython's TypeError wording when they do not
//! fit), what a frame does with its value when it returns (**return action**), and re-entering
//! the engine from Rust. Engines only lay out the frame a plan asks for.

use std::rc::Rc;

use super::Vm;
use crate::runtime::exception::type_error;
use crate::runtime::function::Function;
use crate::runtime::{PyResult, Value};

/// What a frame entered inside the dispatch loop does with its return value. Kept by the engine
/// in the frame record; new kinds of calls (a constructor running `__init__`, which must push the
/// new instance instead of `__init__`'s `None`) add a variant here and a line in `complete`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) enum ReturnAction {
    /// Hand the returned value to the caller.
    #[default]
    PushResult,
}

impl ReturnAction {
    /// The value the caller receives when a frame with this action returns `value`.
    #[inline(always)]
    pub(crate) fn complete(self, value: Value) -> Value {
        match self {
            ReturnAction::PushResult => value,
        }
    }
}

/// How a call is carried out, decided once for every engine by `plan_call`.
pub(crate) enum CallPlan {
    /// Enter a Python function as a new frame inside the dispatch loop.
    Enter(Entry),
    /// Run the callee in Rust: `call_native(vm, region, first_arg, kwnames)`, its arguments being
    /// the region's slots from `first_arg` on.
    Native { first_arg: usize },
}

/// A Python function to enter, and where its arguments are.
pub(crate) struct Entry {
    pub(crate) func: Rc<Function>,
    /// The arguments are the call region's slots from here on: a receiver (from `LOAD_METHOD` or
    /// a bound method) has been placed just before the explicit arguments. The slots before it
    /// hold nothing the engine must keep (they are `Null` or are dropped with the region).
    pub(crate) first_arg: usize,
    pub(crate) on_return: ReturnAction,
}

/// Classifies the callee of a `CALL` / `CALL_METHOD` and gets its arguments in place.
///
/// `region` is the call's part of the value stack: `[callee, args..]` for `CALL`, or
/// `[callee, receiver, args..]` for `CALL_METHOD` (`receiver_slot`), where `receiver` is `Null`
/// when `LOAD_METHOD` found a plain attribute. A Python function to enter is moved out of its
/// slot (leaving `Null`); a bound method is unpacked in place; everything else stays owned by
/// the region, which the engine drops (or, for `Enter`, binds from) afterwards.
///
/// Inlined into each engine's call handler, so the common callees cost a tag test: the plan is
/// never returned through memory and a built-in's result comes back in registers.
#[inline(always)]
pub(crate) fn plan_call(region: &mut [Value], receiver_slot: bool) -> CallPlan {
    // The receiver, when there is one, is the first argument: it sits just before the others.
    let mut first_arg = 1;
    if receiver_slot && region[1].is_null() {
        first_arg = 2;
    }
    match &region[0] {
        Value::Function(_) => match std::mem::take(&mut region[0]) {
            Value::Function(func) => CallPlan::Enter(Entry {
                func,
                first_arg,
                on_return: ReturnAction::PushResult,
            }),
            _ => CallPlan::Native { first_arg },
        },
        Value::PyMethod(_) => unpack_bound_method(region, first_arg),
        _ => CallPlan::Native { first_arg },
    }
}

/// A bound method (CPython's `method`): its receiver goes into the free slot just before the
/// arguments (the callee's own, or an empty receiver slot) and becomes the first argument, and
/// its function is entered in the loop like any other.
#[inline(never)]
fn unpack_bound_method(region: &mut [Value], first_arg: usize) -> CallPlan {
    let Value::PyMethod(method) = std::mem::take(&mut region[0]) else {
        return CallPlan::Native { first_arg };
    };
    let first_arg = first_arg - 1;
    region[first_arg] = method.receiver.clone();
    CallPlan::Enter(Entry {
        func: method.func.clone(),
        first_arg,
        on_return: ReturnAction::PushResult,
    })
}

/// Refuses keyword names that outnumber the arguments (malformed calls from Rust or bytecode).
fn check_keyword_count(args: &[Value], kwnames: &[Value]) -> PyResult<()> {
    if kwnames.len() > args.len() {
        return Err(type_error("more keyword names than arguments"));
    }
    Ok(())
}

/// Runs a call the plan classified `Native`: built-in functions, built-in methods (whose
/// receiver is the first argument when reached through `LOAD_METHOD`), built-in bound methods.
/// The callee is `region[0]`, the arguments `region[first_arg..]`.
#[inline(never)]
pub(crate) fn call_native(
    vm: &mut Vm,
    region: &[Value],
    first_arg: usize,
    kwnames: &[Value],
) -> PyResult<Value> {
    let args = &region[first_arg..];
    check_keyword_count(args, kwnames)?;
    match &region[0] {
        Value::Builtin(builtin) => (builtin.call)(vm, args, kwnames),
        Value::Method(method) => {
            let Some((this, rest)) = args.split_first() else {
                return Err(type_error(format!(
                    "unbound method {}.{}() needs an argument",
                    method.owner, method.name
                )));
            };
            method.invoke(vm, this, rest, kwnames)
        }
        Value::BoundMethod(bound) => bound.1.invoke(vm, &bound.0, args, kwnames),
        other => Err(type_error(format!(
            "'{}' object is not callable",
            other.type_name()
        ))),
    }
}

/// A Python function call an engine runs to completion on behalf of Rust code: the function and
/// its arguments, positional values followed by one value per name in `kwnames`.
pub struct Invocation<'k> {
    pub(crate) func: Rc<Function>,
    pub(crate) args: Vec<Value>,
    pub(crate) kwnames: &'k [Value],
}

/// Calls any Python value from Rust (an embedder, or a built-in calling back into Python code)
/// with positional `args` followed by one value per name in `kwnames`. Python functions run to
/// completion by re-entering the VM's engine, counted in the recursion depth like any frame, so
/// unbounded re-entry is a RecursionError rather than a Rust stack overflow.
pub(crate) fn call_value(
    vm: &mut Vm,
    callee: &Value,
    args: Vec<Value>,
    kwnames: &[Value],
) -> PyResult<Value> {
    let mut region = Vec::with_capacity(args.len() + 1);
    region.push(callee.clone());
    region.extend(args);
    match plan_call(&mut region, false) {
        CallPlan::Native { first_arg } => call_native(vm, &region, first_arg, kwnames),
        CallPlan::Enter(entry) => {
            let invocation = Invocation {
                args: region.split_off(entry.first_arg),
                func: entry.func,
                kwnames,
            };
            let result = (vm.engine.call)(vm, invocation)?;
            Ok(entry.on_return.complete(result))
        }
    }
}

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
pub(crate) fn binds_by_position(func: &Function, nargs: usize, kwnames: &[Value]) -> bool {
    kwnames.is_empty() && nargs == func.code.argcount as usize
}

/// Moves `args` (positional values followed by one value per name in `kwnames`) into
/// `locals`, whose first `argcount` slots are the parameters and which must be all `Null`.
#[inline(never)]
pub(crate) fn bind_arguments(
    func: &Function,
    args: &mut [Value],
    kwnames: &[Value],
    locals: &mut [Value],
) -> PyResult<()> {
    check_keyword_count(args, kwnames)?;
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
