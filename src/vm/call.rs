//! The call protocol every engine follows, decided in one place: classifying a callee once (the
//! **call plan**: Python function entered inside the dispatch loop, bound method unpacked into
//! function plus receiver, or anything else run by Rust), binding arguments to a Python function's
//! parameters (positional, keyword, defaults, and CPython's TypeError wording when they do not
//! fit), what a frame does with its value when it returns (**return action**), and re-entering
//! the engine from Rust. Engines only lay out the frame a plan asks for.

use std::rc::Rc;

use super::Vm;
use crate::bytecode::{CmpOp, Code};
use crate::runtime::PyErr;
use crate::runtime::exception::type_error;
use crate::runtime::function::{BuiltinMethod, Function};
use crate::runtime::{PyResult, Value};

/// What a frame entered inside the dispatch loop does with its return value. Kept by the engine
/// in the frame record; new kinds of calls (a constructor running `__init__`, which must push the
/// new instance instead of `__init__`'s `None`) add a variant here and a line in `complete`.
#[derive(Default)]
pub(crate) enum ReturnAction {
    /// Hand the returned value to the caller.
    #[default]
    PushResult,
    /// The frame is the `__init__` of a class being called: it must return `None`, and the
    /// caller receives this new instance instead.
    Construct(Value),
    /// The frame is `left.__op__(right)` for `BINARY_OP arg`: `NotImplemented` continues the
    /// operator protocol (the reflected method, then the built-in fallbacks).
    BinaryOp { arg: u32, left: Value, right: Value },
    /// The frame is `left.__cmp__(right)` for a rich comparison: `NotImplemented` continues with
    /// the reflected comparison.
    Compare {
        op: CmpOp,
        left: Value,
        right: Value,
    },
}

impl ReturnAction {
    /// The value the caller receives when a frame with this action returns `value`.
    #[inline(always)]
    pub(crate) fn complete(self, vm: &mut Vm, value: Value) -> PyResult<Value> {
        match self {
            ReturnAction::PushResult => Ok(value),
            other => other.complete_slow(vm, value),
        }
    }

    #[inline(never)]
    fn complete_slow(self, vm: &mut Vm, value: Value) -> PyResult<Value> {
        use crate::runtime::descriptors::is_not_implemented;
        use crate::runtime::protocol;
        match self {
            ReturnAction::PushResult => Ok(value),
            ReturnAction::Construct(instance) => constructed(instance, value),
            ReturnAction::BinaryOp { arg, left, right } if is_not_implemented(&value) => {
                protocol::binary_after_forward(vm, arg, left, right)
            }
            ReturnAction::Compare { op, left, right } if is_not_implemented(&value) => {
                protocol::compare_after_forward(vm, op, &left, &right)
            }
            ReturnAction::BinaryOp { .. } | ReturnAction::Compare { .. } => Ok(value),
        }
    }
}

/// A call an opcode's semantic function hands to the engine instead of making it: the engine
/// enters `func` as a frame of its loop with `args` bound, and the frame's return value (after
/// `on_return`) becomes the instruction's result. The semantic function returns the marker
/// error `defer_call` gives it, so the engine notices on its (cold) error path and the hot
/// paths of the operators test nothing. Used for dunders reached by operators
/// (`a + b` on instances, `a < b`, property getters), so they cost a frame push, not a Rust
/// re-entry.
pub(crate) struct DeferredCall {
    pub(crate) func: Rc<Function>,
    /// The arguments, `argc` of them, then `Null`s.
    pub(crate) args: [Value; 4],
    pub(crate) argc: usize,
    pub(crate) on_return: ReturnAction,
}

/// Asks the engine to call `func(*args)` for the running instruction (see `DeferredCall`):
/// the returned marker error, which the instruction's semantics return as their `Err`, tells
/// the engine to enter the call instead of unwinding. The marker is allocated once per VM and
/// handed back by the engine (`restore_defer_marker`).
pub(crate) fn defer_call(
    vm: &mut Vm,
    func: Rc<Function>,
    args: [Value; 2],
    argc: usize,
    on_return: ReturnAction,
) -> PyErr {
    let [a, b] = args;
    defer_call_4(vm, func, [a, b, Value::Null, Value::Null], argc, on_return)
}

/// `defer_call` with up to four arguments.
pub(crate) fn defer_call_4(
    vm: &mut Vm,
    func: Rc<Function>,
    args: [Value; 4],
    argc: usize,
    on_return: ReturnAction,
) -> PyErr {
    vm.deferred = Some(DeferredCall {
        func,
        args,
        argc,
        on_return,
    });
    vm.defer_marker
        .take()
        .unwrap_or_else(|| PyErr::new(crate::runtime::ExcKind::DeferredCall, ""))
}

#[inline(never)]
fn constructed(instance: Value, init_result: Value) -> PyResult<Value> {
    crate::runtime::class::check_init_result(&init_result)?;
    Ok(instance)
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
pub(crate) fn plan_call(region: &mut [Value], receiver_slot: bool, keywords: usize) -> CallPlan {
    // The receiver, when there is one, is the first argument: it sits just before the others.
    let mut first_arg = 1;
    if receiver_slot && region[1].is_null() {
        first_arg = 2;
    }
    match &region[0] {
        // Calling a generator function makes a generator: no frame is entered, so it is a
        // native call (`call_native`). Tested here, before anything is moved: a `CallPlan`
        // variant or a guard on `Enter` of its own made every call's plan go through memory
        // with store-to-load stalls (fib +15% with the same instructions).
        Value::Function(func) if func.is_generator => CallPlan::Native { first_arg },
        Value::Function(_) => match std::mem::take(&mut region[0]) {
            Value::Function(func) => CallPlan::Enter(Entry {
                func,
                first_arg,
                on_return: ReturnAction::PushResult,
            }),
            _ => CallPlan::Native { first_arg },
        },
        Value::PyMethod(_) => unpack_bound_method(region, first_arg),
        Value::Type(ty) if ty.is_user_class() => plan_construction(region, first_arg, keywords),
        _ => CallPlan::Native { first_arg },
    }
}

/// Calling a class whose `__init__` is a Python function (and whose `__new__` is `object`'s):
/// the new instance goes into the free slot before the arguments as `__init__`'s `self`, and
/// `__init__` is entered in the loop with a return action that hands the caller the instance.
/// Anything else about construction (a `__new__`, built-in bases) is `class::construct`'s, run
/// natively.
#[inline(never)]
fn plan_construction(region: &mut [Value], first_arg: usize, keywords: usize) -> CallPlan {
    let Value::Type(ty) = &region[0] else {
        return CallPlan::Native { first_arg };
    };
    let Some(class) = &ty.class else {
        return CallPlan::Native { first_arg };
    };
    // A metaclass may override `__call__`: `metaclass::call_class` asks it, natively.
    if ty.metaclass.is_some() {
        return CallPlan::Native { first_arg };
    }
    let Some(init) = class.simple_init(ty) else {
        return CallPlan::Native { first_arg };
    };
    // Exception classes wrap their state, whose `args` are all the arguments (as
    // `BaseException.__new__` makes them); `simple_init` admits no other built-in base.
    let native = match &class.native_base {
        Some(_) => {
            let positional_end = region.len().saturating_sub(keywords).max(first_arg);
            crate::runtime::exc_object::new_state(&region[first_arg..positional_end])
        }
        None => Value::Null,
    };
    let instance = Value::Instance(Rc::new(crate::runtime::instance::PyInstance::new(
        ty.clone(),
        native,
    )));
    let self_slot = first_arg - 1;
    region[self_slot] = instance.clone();
    CallPlan::Enter(Entry {
        func: init,
        first_arg: self_slot,
        on_return: ReturnAction::Construct(instance),
    })
}

/// A bound method (CPython's `method`): its receiver goes into the free slot just before the
/// arguments (the callee's own, or an empty receiver slot) and becomes the first argument, and
/// its function is entered in the loop like any other.
#[inline(never)]
fn unpack_bound_method(region: &mut [Value], first_arg: usize) -> CallPlan {
    if let Value::PyMethod(method) = &region[0]
        && method.func.is_generator
    {
        return CallPlan::Native { first_arg };
    }
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
    // A safe point: dropped generators get closed before a built-in can observe the world.
    if super::interrupt::pending() {
        super::interrupt::raise_pending(vm)?;
    }
    match &region[0] {
        Value::Builtin(builtin) => (builtin.call)(vm, args, kwnames),
        Value::Method(method) => {
            let Some((this, rest)) = args.split_first() else {
                return Err(type_error(format!(
                    "unbound method {}.{}() needs an argument",
                    method.owner, method.name
                )));
            };
            check_descriptor_receiver(method, this)?;
            method.invoke(vm, this, rest, kwnames)
        }
        Value::BoundMethod(bound) => bound.1.invoke(vm, &bound.0, args, kwnames),
        Value::Type(ty) if ty.is_user_class() => {
            crate::runtime::metaclass::call_class(vm, ty, args, kwnames)
        }
        // Generator functions (the plan leaves them here): the call makes the generator.
        Value::Function(func) => {
            crate::runtime::generator::create_from_call(vm, func, None, args, kwnames)
        }
        Value::PyMethod(method) => crate::runtime::generator::create_from_call(
            vm,
            &method.func,
            Some(&method.receiver),
            args,
            kwnames,
        ),
        Value::Type(ty) => crate::runtime::types::call_type(vm, ty, args, kwnames),
        Value::Instance(_) => {
            crate::runtime::protocol::call_instance(vm, &region[0], args, kwnames)
        }
        other => Err(type_error(format!(
            "'{}' object is not callable",
            other.type_name()
        ))),
    }
}

/// CPython's check that an unbound built-in method (`str.upper(x)`) is applied to an object of
/// its type.
#[inline(always)]
fn check_descriptor_receiver(method: &BuiltinMethod, this: &Value) -> PyResult<()> {
    // The type names are the same static strings (the linker merges equal literals), so the
    // common case is one pointer compare.
    if std::ptr::eq(this.type_name(), method.owner) {
        return Ok(());
    }
    check_descriptor_receiver_slow(method, this)
}

#[inline(never)]
fn check_descriptor_receiver_slow(method: &BuiltinMethod, this: &Value) -> PyResult<()> {
    if this.type_name() == method.owner {
        return Ok(());
    }
    // Class methods of built-in types (`dict.fromkeys`) receive the type itself.
    if method.owner.is_empty() || method.owner == "object" || matches!(this, Value::Type(_)) {
        return Ok(());
    }
    let ty = crate::runtime::types::type_of(this);
    if ty
        .mro_iter()
        .any(|t| !t.is_user_class() && &*t.name == method.owner)
    {
        return Ok(());
    }
    Err(type_error(format!(
        "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
        method.name,
        method.owner,
        this.type_name()
    )))
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
    match plan_call(&mut region, false, kwnames.len()) {
        CallPlan::Native { first_arg } => call_native(vm, &region, first_arg, kwnames),
        CallPlan::Enter(entry) => {
            let invocation = Invocation {
                args: region.split_off(entry.first_arg),
                func: entry.func,
                kwnames,
            };
            let result = (vm.engine.call)(vm, invocation)?;
            entry.on_return.complete(vm, result)
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
    kwnames.is_empty() && nargs == func.code.plain_argcount as usize
}

/// Moves `args` (positional values followed by one value per name in `kwnames`) into
/// `locals`, whose first `signature.total()` slots are the parameters and which must be all
/// `Null`, following CPython 3.11's order of checks and its messages: positional arguments,
/// `*args`, keywords (unknown, positional-only or repeated names), too many positional
/// arguments, then missing positional and keyword-only ones after defaults, then `**kwargs`.
#[inline(never)]
pub(crate) fn bind_arguments(
    vm: &mut Vm,
    func: &Function,
    args: &mut [Value],
    kwnames: &[Value],
    locals: &mut [Value],
) -> PyResult<()> {
    check_keyword_count(args, kwnames)?;
    let code = &func.code;
    let sig = code.signature;
    if locals.len() < sig.total() {
        return Err(type_error("frame too small for the parameters"));
    }
    let argcount = sig.argcount as usize;
    let posonly = sig.posonlyargcount as usize;
    let kwonly_end = argcount + sig.kwonlyargcount as usize;
    let npositional = args.len() - kwnames.len();
    let qualname = &code.qualname;
    let (positional, keywords) = args.split_at_mut(npositional);
    let direct = npositional.min(argcount);
    for (slot, value) in locals.iter_mut().zip(positional[..direct].iter_mut()) {
        *slot = std::mem::take(value);
    }
    if sig.varargs {
        let extra = positional[direct..]
            .iter_mut()
            .map(std::mem::take)
            .collect();
        locals[kwonly_end] = Value::tuple(extra);
    }
    let mut extra_keywords: Vec<(Value, Value)> = Vec::new();
    for (key, value) in kwnames.iter().zip(keywords.iter_mut()) {
        let Value::Str(name) = key else {
            return Err(type_error(format!("{qualname}() keywords must be strings")));
        };
        let name = name.as_str();
        let found = code.varnames[posonly..kwonly_end]
            .iter()
            .position(|p| &**p == name);
        match found {
            Some(offset) => {
                let index = posonly + offset;
                if !locals[index].is_null() {
                    return Err(type_error(format!(
                        "{qualname}() got multiple values for argument '{name}'"
                    )));
                }
                locals[index] = std::mem::take(value);
            }
            None if sig.varkeywords => extra_keywords.push((key.clone(), std::mem::take(value))),
            None => return Err(unexpected_keyword(code, kwnames, name)),
        }
    }
    if npositional > argcount && !sig.varargs {
        return Err(too_many_positional(func, npositional, locals));
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
        return Err(missing_arguments(qualname, "positional", &missing));
    }
    let kwonly_slots = locals[argcount..kwonly_end].iter_mut();
    let names = &code.varnames[argcount..kwonly_end];
    for (i, (slot, name)) in kwonly_slots.zip(names).enumerate() {
        if slot.is_null() {
            match func.kwdefaults.get(i).filter(|d| !d.is_null()) {
                Some(default) => *slot = default.clone(),
                None => missing.push(&**name),
            }
        }
    }
    if !missing.is_empty() {
        return Err(missing_arguments(qualname, "keyword-only", &missing));
    }
    if sig.varkeywords {
        locals[kwonly_end + sig.varargs as usize] = keyword_dict(vm, extra_keywords)?;
    }
    Ok(())
}

/// The `**kwargs` dict of the keywords no parameter took.
fn keyword_dict(vm: &mut Vm, pairs: Vec<(Value, Value)>) -> PyResult<Value> {
    let dict = crate::ops::new_dict();
    if let Value::Dict(target) = &dict {
        for (key, value) in pairs {
            target.insert(vm, key, value)?;
        }
    }
    Ok(dict)
}

/// A keyword no parameter takes: CPython first blames positional-only parameters passed by
/// keyword (naming all of them), else the keyword itself.
#[cold]
fn unexpected_keyword(code: &Code, kwnames: &[Value], name: &str) -> PyErr {
    let posonly = &code.varnames[..code.signature.posonlyargcount as usize];
    let passed: Vec<&str> = kwnames
        .iter()
        .filter_map(|k| match k {
            Value::Str(s) => Some(s.as_str()),
            _ => None,
        })
        .filter(|k| posonly.iter().any(|p| &**p == *k))
        .collect();
    let qualname = &code.qualname;
    if !passed.is_empty() {
        return type_error(format!(
            "{qualname}() got some positional-only arguments passed as keyword arguments: '{}'",
            passed.join(", ")
        ));
    }
    type_error(format!(
        "{qualname}() got an unexpected keyword argument '{name}'"
    ))
}

#[cold]
fn too_many_positional(func: &Function, given: usize, locals: &[Value]) -> PyErr {
    let code = &func.code;
    let argcount = code.argcount as usize;
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
    let kwonly_end = argcount + code.signature.kwonlyargcount as usize;
    let kwonly_given = locals[argcount..kwonly_end]
        .iter()
        .filter(|v| !v.is_null())
        .count();
    let kwonly_note = if kwonly_given > 0 {
        format!(
            " positional argument{} (and {})",
            if given == 1 { "" } else { "s" },
            plural(kwonly_given, "keyword-only argument")
        )
    } else {
        String::new()
    };
    let verb = if given == 1 && kwonly_given == 0 {
        "was"
    } else {
        "were"
    };
    type_error(format!(
        "{}() takes {takes} but {given}{kwonly_note} {verb} given",
        code.qualname
    ))
}

#[cold]
fn missing_arguments(qualname: &str, kind: &str, missing: &[&str]) -> PyErr {
    type_error(format!(
        "{qualname}() missing {} required {kind} argument{}: {}",
        missing.len(),
        if missing.len() == 1 { "" } else { "s" },
        name_list(missing)
    ))
}

/// The region and keyword names of a `CALL_FUNCTION_EX`: `[callee, positional.., keyword
/// values..]` with one name per keyword value, ready for `plan_call`.
pub(crate) struct SpreadCall {
    pub(crate) region: Vec<Value>,
    pub(crate) kwnames: Vec<Value>,
}

/// Spreads `f(*args, **kwargs)` into a call region, with CPython's messages for a non-iterable
/// `*` value or a non-mapping `**` value (the compiler has already merged several `**` values
/// into one dict).
pub(crate) fn spread_call(
    vm: &mut Vm,
    callee: Value,
    args: Value,
    kwargs: Option<Value>,
) -> PyResult<SpreadCall> {
    let mut region = vec![callee];
    match &args {
        Value::Tuple(items) => region.extend(items.iter().cloned()),
        _ => {
            if crate::ops::get_iter(vm, args.clone()).is_err() {
                return Err(type_error(format!(
                    "{} argument after * must be an iterable, not {}",
                    function_str(&region[0]),
                    args.type_name()
                )));
            }
            region.extend(crate::ops::collect_iterable(vm, &args)?);
        }
    }
    let mut kwnames = Vec::new();
    if let Some(kwargs) = kwargs {
        let Some(entries) = crate::ops::mapping::mapping_entries(vm, &kwargs)? else {
            return Err(type_error(format!(
                "{} argument after ** must be a mapping, not {}",
                function_str(&region[0]),
                kwargs.type_name()
            )));
        };
        for (key, value) in entries {
            if !matches!(key, Value::Str(_)) {
                return Err(type_error("keywords must be strings"));
            }
            kwnames.push(key);
            region.push(value);
        }
    }
    Ok(SpreadCall { region, kwnames })
}

/// How CPython names a callable in call errors (`_PyObject_FunctionStr`): `__main__.f()` for a
/// Python function, `len()` for a builtin, `list.append()` for a method of a built-in type.
pub(crate) fn function_str(callee: &Value) -> String {
    match callee {
        Value::Function(f) => format!("{}.{}()", f.module.name, f.code.qualname),
        Value::PyMethod(m) => format!("{}.{}()", m.func.module.name, m.func.code.qualname),
        Value::Builtin(b) => format!("{}()", b.name),
        Value::Method(m) => format!("{}.{}()", m.owner, m.name),
        Value::BoundMethod(bound) => format!("{}.{}()", bound.1.owner, bound.1.name),
        Value::Type(ty) => format!("{}()", ty.name),
        other => format!("{} object", other.type_name()),
    }
}
