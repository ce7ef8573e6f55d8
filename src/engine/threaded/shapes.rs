//! The threaded engine's shapes: one function per shape of the opcode table, implementing its
//! stack pattern over the engine's registers (`tos` in a register, the rest in the window) and
//! calling the row's function in `crate::ops` for meaning; then every opcode's handler, generated
//! from the table as "this shape applied to that semantic function".

use std::ptr;
use std::rc::Rc;

use super::generators::{send, yield_value};
use super::{Exec, Handler, Ins, Step};
use crate::bytecode::{Code, Opcode};
use crate::ops::{self, FunctionParts};
use crate::runtime::function::{Function, Module};
use crate::runtime::generator::generator_of;
use crate::runtime::inline_cache::AttrCache;
use crate::runtime::str::PyStr;
use crate::runtime::value::discard;
use crate::runtime::{PyErr, PyResult, Value};
use crate::vm::Vm;
use crate::vm::call::{CallPlan, call_native, plan_call, spread_call};

// ----- shapes -----------------------------------------------------------------------------------
// One function per shape of the opcode table; each handler is a shape applied to its semantics.

#[inline(always)]
unsafe fn nop(_ex: &mut Exec<'_>, _ins: Ins, tos: Value) -> Step {
    tos
}

#[inline(always)]
unsafe fn pop_top(ex: &mut Exec<'_>, _ins: Ins, tos: Value) -> Step {
    discard(tos);
    ex.pop()
}

#[inline(always)]
unsafe fn copy(ex: &mut Exec<'_>, ins: Ins, tos: Value) -> Step {
    let n = ins.arg() as usize;
    let copied = if n <= 1 {
        tos.clone()
    } else {
        // SAFETY: item n (n >= 2) is at sp - (n - 1), inside the stack region.
        unsafe { (*ex.sp.sub(n - 1)).clone() }
    };
    ex.push(tos);
    copied
}

#[inline(always)]
unsafe fn swap(ex: &mut Exec<'_>, ins: Ins, mut tos: Value) -> Step {
    let n = ins.arg() as usize;
    if n >= 2 {
        // SAFETY: item n is at sp - (n - 1), inside the stack region.
        unsafe { ptr::swap(&mut tos, ex.sp.sub(n - 1)) };
    }
    tos
}

#[inline(always)]
unsafe fn load_const(ex: &mut Exec<'_>, ins: Ins, tos: Value) -> Step {
    // SAFETY: decode resolved the operand to a constant of the running code.
    let value = unsafe { (*(ins.operand() as *const Value)).clone() };
    ex.push(tos);
    value
}

#[inline(always)]
unsafe fn load_fast(
    ex: &mut Exec<'_>,
    ins: Ins,
    tos: Value,
    f: fn(&Value, &Code, u32) -> PyResult<Value>,
) -> Step {
    let index = ins.arg();
    // SAFETY: decode checked `index < nlocals`.
    let slot = unsafe { &*ex.locals.add(index as usize) };
    match f(slot, &ex.func.code, index) {
        Ok(value) => {
            ex.push(tos);
            value
        }
        Err(err) => ex.fail_keeping(tos, err),
    }
}

#[inline(always)]
unsafe fn store_fast(ex: &mut Exec<'_>, ins: Ins, tos: Value) -> Step {
    let index = ins.arg() as usize;
    // SAFETY: decode checked `index < nlocals`.
    let old = unsafe { std::mem::replace(&mut *ex.locals.add(index), tos) };
    discard(old);
    ex.pop()
}

#[inline(always)]
unsafe fn load_global(
    ex: &mut Exec<'_>,
    ins: Ins,
    tos: Value,
    f: fn(&Module, u32) -> PyResult<Value>,
) -> Step {
    // SAFETY: `module` points at the running function's module, kept alive by `func`.
    let result = f(unsafe { &*ex.module }, ins.arg());
    ex.push(tos);
    match result {
        Ok(value) => value,
        Err(err) => ex.fail(err),
    }
}

#[inline(always)]
unsafe fn store_global(ex: &mut Exec<'_>, ins: Ins, tos: Value) -> Step {
    // SAFETY: as in `load_global`.
    unsafe { (*ex.module).store_slot(ins.arg() as usize, tos) };
    ex.pop()
}

#[inline(always)]
unsafe fn delete_local(
    ex: &mut Exec<'_>,
    ins: Ins,
    tos: Value,
    f: fn(&mut Value, &Code, u32) -> PyResult<()>,
) -> Step {
    let index = ins.arg();
    // SAFETY: decode checked `index < nlocals`; the reference ends with the call.
    let slot = unsafe { &mut *ex.locals.add(index as usize) };
    let result = f(slot, &ex.func.code, index);
    keep_top(ex, tos, result)
}

#[inline(always)]
unsafe fn delete_global(
    ex: &mut Exec<'_>,
    ins: Ins,
    tos: Value,
    f: fn(&Module, u32) -> PyResult<()>,
) -> Step {
    // SAFETY: `module` points at the running function's module, kept alive by `func`.
    let result = f(unsafe { &*ex.module }, ins.arg());
    keep_top(ex, tos, result)
}

#[inline(always)]
unsafe fn make_cell(ex: &mut Exec<'_>, ins: Ins, tos: Value, f: fn(&mut Value)) -> Step {
    // SAFETY: decode checked `index < nlocals`; the reference ends with the call.
    f(unsafe { &mut *ex.locals.add(ins.arg() as usize) });
    tos
}

#[inline(always)]
unsafe fn copy_free_vars(
    ex: &mut Exec<'_>,
    ins: Ins,
    tos: Value,
    f: fn(&Function, &mut [Value]) -> PyResult<()>,
) -> Step {
    let nlocals = ex.func.code.nlocals();
    let n = (ins.arg() as usize).min(nlocals);
    // SAFETY: the last `n` of the window's `nlocals` initialised local slots; nothing else
    // refers to them during the call.
    let slots = unsafe { std::slice::from_raw_parts_mut(ex.locals.add(nlocals - n), n) };
    let result = f(&ex.func, slots);
    keep_top(ex, tos, result)
}

#[inline(always)]
unsafe fn store_deref(
    ex: &mut Exec<'_>,
    ins: Ins,
    tos: Value,
    f: fn(&Value, Value) -> PyResult<()>,
) -> Step {
    // SAFETY: decode checked `index < nlocals`; the reference ends with the call.
    let slot = unsafe { &*ex.locals.add(ins.arg() as usize) };
    match f(slot, tos) {
        Ok(()) => ex.pop(),
        Err(err) => ex.fail(err),
    }
}

/// Ends an instruction that leaves the stack as it found it: `tos` stays the top.
#[inline(always)]
fn keep_top(ex: &mut Exec<'_>, tos: Value, result: PyResult<()>) -> Step {
    match result {
        Ok(()) => tos,
        Err(err) => ex.fail_keeping(tos, err),
    }
}

#[inline(always)]
fn finish(ex: &mut Exec<'_>, result: PyResult<Value>) -> Step {
    match result {
        Ok(value) => value,
        Err(err) => ex.fail(err),
    }
}

#[inline(always)]
unsafe fn unary(
    ex: &mut Exec<'_>,
    _ins: Ins,
    tos: Value,
    f: fn(&mut Vm, Value) -> PyResult<Value>,
) -> Step {
    let result = f(ex.vm, tos);
    finish(ex, result)
}

/// A unary operation whose meaning depends on its argument.
#[inline(always)]
unsafe fn unary_arg(
    ex: &mut Exec<'_>,
    ins: Ins,
    tos: Value,
    f: fn(&mut Vm, Value, u32) -> PyResult<Value>,
) -> Step {
    let result = f(ex.vm, tos, ins.arg());
    finish(ex, result)
}

#[inline(always)]
unsafe fn binary(
    ex: &mut Exec<'_>,
    ins: Ins,
    tos: Value,
    f: fn(&mut Vm, u32, Value, Value) -> PyResult<Value>,
) -> Step {
    let left = ex.pop();
    let result = f(ex.vm, ins.arg(), left, tos);
    finish(ex, result)
}

#[inline(always)]
unsafe fn store_subscr(
    ex: &mut Exec<'_>,
    _ins: Ins,
    tos: Value,
    f: fn(&mut Vm, Value, Value, Value) -> PyResult<()>,
) -> Step {
    let container = ex.pop();
    let value = ex.pop();
    let new_top = ex.pop();
    match f(ex.vm, container, tos, value) {
        Ok(()) => new_top,
        Err(err) => {
            ex.push(new_top);
            ex.fail(err)
        }
    }
}

#[inline(always)]
unsafe fn delete_subscr(
    ex: &mut Exec<'_>,
    _ins: Ins,
    tos: Value,
    f: fn(&mut Vm, Value, Value) -> PyResult<()>,
) -> Step {
    let container = ex.pop();
    let new_top = ex.pop();
    match f(ex.vm, container, tos) {
        Ok(()) => new_top,
        Err(err) => ex.fail_keeping(new_top, err),
    }
}

/// The stack item `depth` down (1 = the top), the top being held in `top` (out of the stack
/// region) while the item is used.
///
/// # Safety
/// The verifier must have proved the stack holds `depth` items; the reference must not outlive
/// the instruction (arena slots never move while it lives).
#[inline(always)]
unsafe fn item_down<'a>(ex: &Exec<'_>, top: &'a Value, depth: usize) -> &'a Value {
    if depth <= 1 {
        top
    } else {
        // SAFETY: item `depth` (>= 2) is at sp - (depth - 1), inside the stack region.
        unsafe { &*ex.sp.sub(depth - 1) }
    }
}

/// `(c .. v -- c ..)`: adds the top to the container `arg` items down once it is popped.
#[inline(always)]
unsafe fn add_to(
    ex: &mut Exec<'_>,
    ins: Ins,
    tos: Value,
    f: fn(&mut Vm, &Value, Value) -> PyResult<()>,
) -> Step {
    let new_top = ex.pop();
    // SAFETY: the verifier proved the stack holds the container `arg` items down.
    let container = unsafe { item_down(ex, &new_top, ins.arg() as usize) };
    let result = f(ex.vm, container, tos);
    match result {
        Ok(()) => new_top,
        Err(err) => ex.fail_keeping(new_top, err),
    }
}

/// `(c .. k v -- c ..)`: stores `k: v` into the dict `arg` items down once both are popped.
#[inline(always)]
unsafe fn map_add(
    ex: &mut Exec<'_>,
    ins: Ins,
    tos: Value,
    f: fn(&mut Vm, &Value, Value, Value) -> PyResult<()>,
) -> Step {
    let key = ex.pop();
    let new_top = ex.pop();
    // SAFETY: the verifier proved the stack holds the container `arg` items down.
    let container = unsafe { item_down(ex, &new_top, ins.arg() as usize) };
    let result = f(ex.vm, container, key, tos);
    match result {
        Ok(()) => new_top,
        Err(err) => ex.fail_keeping(new_top, err),
    }
}

/// `(f a c .. m -- f a c ..)`: merges a mapping into the keyword dict `arg` items down, naming
/// the callee (two items further down) in errors.
#[inline(never)]
unsafe fn dict_merge(
    ex: &mut Exec<'_>,
    ins: Ins,
    tos: Value,
    f: fn(&mut Vm, &Value, &Value, Value) -> PyResult<()>,
) -> Step {
    let depth = ins.arg() as usize;
    let new_top = ex.pop();
    // SAFETY: the verifier proved the stack holds the callee `depth + 2` items down after the
    // pop (at sp - (depth + 1)); arena slots never move while the reference lives.
    let callee = unsafe { &*ex.sp.sub(depth + 1) };
    // SAFETY: the container is `depth` items down, as the verifier proved.
    let container = unsafe { item_down(ex, &new_top, depth) };
    let result = f(ex.vm, container, callee, tos);
    match result {
        Ok(()) => new_top,
        Err(err) => ex.fail_keeping(new_top, err),
    }
}

/// The name a `name`-operand instruction refers to.
///
/// # Safety
/// `ins` must be an instruction with a `name` operand (decode resolved it to a name of the
/// running code), and the reference must not outlive the running frame.
#[inline(always)]
unsafe fn name_operand<'c>(ins: Ins) -> &'c PyStr {
    // SAFETY: the caller's contract.
    unsafe { &*(ins.operand() as *const Rc<PyStr>) }
}

/// `LOAD_METHOD`'s semantics: `(object, name, cache) -> (method, receiver)`.
type LoadMethodFn = fn(&mut Vm, Value, &PyStr, Option<&AttrCache>) -> PyResult<(Value, Value)>;

/// The inline cache of an attribute instruction, which decoding resolved as its operand.
///
/// # Safety
/// `ins` must be a `LOAD_ATTR`, `STORE_ATTR` or `LOAD_METHOD` of the running frame's code; the
/// reference must not outlive the instruction (the running function's code owns the cache).
#[inline(always)]
unsafe fn cache_operand<'c>(ins: Ins) -> &'c AttrCache {
    // SAFETY: the caller's contract; decoding stored a pointer to the instruction's cache.
    unsafe { &*(ins.operand() as *const AttrCache) }
}

#[inline(always)]
unsafe fn attr(
    ex: &mut Exec<'_>,
    ins: Ins,
    tos: Value,
    f: fn(&mut Vm, Value, &PyStr, Option<&AttrCache>) -> PyResult<Value>,
) -> Step {
    // SAFETY: only LOAD_ATTR has this shape; the cache is used only during the call.
    let cache = unsafe { cache_operand(ins) };
    let result = f(ex.vm, tos, &cache.name, Some(cache));
    finish(ex, result)
}

#[inline(always)]
unsafe fn store_attr(
    ex: &mut Exec<'_>,
    ins: Ins,
    tos: Value,
    f: fn(&mut Vm, Value, &PyStr, Value, Option<&AttrCache>) -> PyResult<()>,
) -> Step {
    let value = ex.pop();
    let new_top = ex.pop();
    // SAFETY: only STORE_ATTR has this shape; the cache is used only during the call.
    let cache = unsafe { cache_operand(ins) };
    match f(ex.vm, tos, &cache.name, value, Some(cache)) {
        Ok(()) => new_top,
        Err(err) => ex.fail_keeping(new_top, err),
    }
}

#[inline(always)]
unsafe fn delete_attr(
    ex: &mut Exec<'_>,
    ins: Ins,
    tos: Value,
    f: fn(&mut Vm, Value, &PyStr) -> PyResult<()>,
) -> Step {
    let new_top = ex.pop();
    // SAFETY: the table gives this shape a `name` operand; the name is used only during the call.
    let name = unsafe { name_operand(ins) };
    match f(ex.vm, tos, name) {
        Ok(()) => new_top,
        Err(err) => ex.fail_keeping(new_top, err),
    }
}

#[inline(always)]
unsafe fn produce(
    ex: &mut Exec<'_>,
    _ins: Ins,
    tos: Value,
    f: fn(&mut Vm) -> PyResult<Value>,
) -> Step {
    ex.push(tos);
    let result = f(ex.vm);
    finish(ex, result)
}

/// The name operand of `ins` as the `Rc` the code holds.
///
/// # Safety
/// As for `name_operand`.
#[inline(always)]
unsafe fn name_rc_operand<'c>(ins: Ins) -> &'c Rc<PyStr> {
    // SAFETY: the caller's contract.
    unsafe { &*(ins.operand() as *const Rc<PyStr>) }
}

/// A class body's namespace: its frame's slot 0 (`Null` for code without locals, which the
/// compiler never gives these opcodes).
fn namespace_of(ex: &Exec<'_>) -> Value {
    if ex.func.code.nlocals() == 0 {
        return Value::Null;
    }
    // SAFETY: the window holds `nlocals` initialised local slots from `locals` on.
    unsafe { (*ex.locals).clone() }
}

#[inline(always)]
unsafe fn load_name(
    ex: &mut Exec<'_>,
    ins: Ins,
    tos: Value,
    f: fn(&mut Vm, &Value, &Module, &Rc<PyStr>) -> PyResult<Value>,
) -> Step {
    ex.push(tos);
    // SAFETY: the table gives this shape a `name` operand; the name is used only during the call.
    let name = unsafe { name_rc_operand(ins) };
    let namespace = namespace_of(ex);
    let module = ex.func.module.clone();
    let result = f(ex.vm, &namespace, &module, name);
    finish(ex, result)
}

#[inline(always)]
unsafe fn store_name(
    ex: &mut Exec<'_>,
    ins: Ins,
    tos: Value,
    f: fn(&mut Vm, &Value, &Rc<PyStr>, Value) -> PyResult<()>,
) -> Step {
    let new_top = ex.pop();
    // SAFETY: the table gives this shape a `name` operand; the name is used only during the call.
    let name = unsafe { name_rc_operand(ins) };
    let namespace = namespace_of(ex);
    match f(ex.vm, &namespace, name, tos) {
        Ok(()) => new_top,
        Err(err) => ex.fail_keeping(new_top, err),
    }
}

#[inline(always)]
unsafe fn delete_name(
    ex: &mut Exec<'_>,
    ins: Ins,
    tos: Value,
    f: fn(&mut Vm, &Value, &Rc<PyStr>) -> PyResult<()>,
) -> Step {
    // SAFETY: the table gives this shape a `name` operand; the name is used only during the call.
    let name = unsafe { name_rc_operand(ins) };
    let namespace = namespace_of(ex);
    let result = f(ex.vm, &namespace, name);
    keep_top(ex, tos, result)
}

#[inline(always)]
unsafe fn build(
    ex: &mut Exec<'_>,
    ins: Ins,
    tos: Value,
    f: fn(&mut Vm, Vec<Value>) -> PyResult<Value>,
) -> Step {
    let n = ins.arg() as usize;
    ex.push(tos);
    let mut items = Vec::with_capacity(n);
    // SAFETY: the top n stack items are at [sp - n, sp); they are moved into `items`.
    unsafe {
        let start = ex.sp.sub(n);
        items.extend((0..n).map(|i| start.add(i).read()));
        ex.sp = start;
    }
    let result = f(ex.vm, items);
    finish(ex, result)
}

/// `(v [spec] -- text)`: the spec is on top when the flags' bit 4 says so.
#[inline(always)]
unsafe fn format_value(
    ex: &mut Exec<'_>,
    ins: Ins,
    tos: Value,
    f: fn(&mut Vm, u32, Value, Option<Value>) -> PyResult<Value>,
) -> Step {
    let flags = ins.arg();
    let (value, spec) = if flags & 4 != 0 {
        (ex.pop(), Some(tos))
    } else {
        (tos, None)
    };
    let result = f(ex.vm, flags, value, spec);
    finish(ex, result)
}

/// `(s -- x1 .. xn)`: `fill` writes the `n` items of `s` into fresh stack slots (in stack
/// order), which become the new stack top.
#[inline(always)]
unsafe fn unpack_into(
    ex: &mut Exec<'_>,
    tos: Value,
    n: usize,
    fill: impl FnOnce(&mut Vm, Value, &mut [Value]) -> PyResult<()>,
) -> Step {
    let start = ex.sp;
    // SAFETY: unpacking n items nets n - 1 more stack slots, within the window's reserve.
    let out = unsafe {
        for i in 0..n {
            start.add(i).write(Value::Null);
        }
        std::slice::from_raw_parts_mut(start, n)
    };
    match fill(ex.vm, tos, out) {
        Ok(()) => {
            // SAFETY: the n slots from `start` were filled by `fill` and become stack items.
            ex.sp = unsafe { start.add(n) };
            ex.pop()
        }
        Err(err) => {
            // SAFETY: the n slots were initialised above and are not counted as live.
            unsafe { ptr::drop_in_place(out as *mut [Value]) };
            ex.fail(err)
        }
    }
}

#[inline(always)]
unsafe fn unpack(
    ex: &mut Exec<'_>,
    ins: Ins,
    tos: Value,
    f: fn(&mut Vm, Value, &mut [Value]) -> PyResult<()>,
) -> Step {
    // SAFETY: forwarded from the handler's own contract.
    unsafe { unpack_into(ex, tos, ins.arg() as usize, f) }
}

#[inline(always)]
unsafe fn unpack_ex(
    ex: &mut Exec<'_>,
    ins: Ins,
    tos: Value,
    f: fn(&mut Vm, Value, u32, &mut [Value]) -> PyResult<()>,
) -> Step {
    let arg = ins.arg();
    let n = crate::bytecode::unpack_ex_items(arg);
    // SAFETY: forwarded from the handler's own contract.
    unsafe { unpack_into(ex, tos, n, |vm, sequence, out| f(vm, sequence, arg, out)) }
}

#[inline(always)]
unsafe fn for_iter(
    ex: &mut Exec<'_>,
    ins: Ins,
    tos: Value,
    f: fn(&mut Vm, &Value) -> PyResult<Option<Value>>,
) -> Step {
    if !matches!(tos, Value::Iter(_)) && generator_of(&tos).is_some() {
        // SAFETY: forwarded from the handler's own contract.
        return unsafe { super::generators::for_iter_generator(ex, ins, tos) };
    }
    match f(ex.vm, &tos) {
        Ok(Some(item)) => {
            ex.push(tos);
            item
        }
        Ok(None) => {
            drop(tos);
            ex.jump(ins);
            ex.pop()
        }
        Err(err) => ex.fail_keeping(tos, err),
    }
}

#[inline(always)]
unsafe fn jump(ex: &mut Exec<'_>, ins: Ins, tos: Value) -> Step {
    ex.jump(ins);
    tos
}

/// A loop's back edge. The semantics (`check_interrupt`) run only once a Ctrl-C is pending,
/// out of line, so the hot path holds `tos` across no call.
#[inline(always)]
unsafe fn jump_back(
    ex: &mut Exec<'_>,
    ins: Ins,
    tos: Value,
    f: fn(&mut Vm) -> PyResult<()>,
) -> Step {
    if crate::vm::interrupt::pending() {
        return jump_back_interrupted(ex, ins, tos, f);
    }
    ex.jump(ins);
    tos
}

#[cold]
#[inline(never)]
fn jump_back_interrupted(
    ex: &mut Exec<'_>,
    ins: Ins,
    tos: Value,
    f: fn(&mut Vm) -> PyResult<()>,
) -> Step {
    match f(ex.vm) {
        Ok(()) => {
            ex.jump(ins);
            tos
        }
        Err(err) => ex.fail_keeping(tos, err),
    }
}

#[inline(always)]
unsafe fn pop_jump_if(
    ex: &mut Exec<'_>,
    ins: Ins,
    tos: Value,
    f: fn(&mut Vm, &Value) -> PyResult<bool>,
) -> Step {
    match f(ex.vm, &tos) {
        Ok(taken) => {
            discard(tos);
            if taken {
                ex.jump(ins);
            }
            ex.pop()
        }
        Err(err) => ex.fail_keeping(tos, err),
    }
}

#[inline(always)]
unsafe fn jump_or_pop(
    ex: &mut Exec<'_>,
    ins: Ins,
    tos: Value,
    f: fn(&mut Vm, &Value) -> PyResult<bool>,
) -> Step {
    match f(ex.vm, &tos) {
        Ok(true) => {
            ex.jump(ins);
            tos
        }
        Ok(false) => {
            discard(tos);
            ex.pop()
        }
        Err(err) => ex.fail_keeping(tos, err),
    }
}

#[inline(always)]
unsafe fn return_value(ex: &mut Exec<'_>, _ins: Ins, tos: Value) -> Step {
    // SAFETY: the frame is finished; its window's live values are `[locals, sp)`.
    unsafe { ex.free_window() };
    match ex.callers.pop() {
        Some(caller) if !caller.callee_has_action => {
            ex.restore(caller, false);
            tos
        }
        Some(caller) => return_with_action(ex, caller, tos),
        None => {
            ex.result = tos;
            ex.ip = ptr::null();
            Value::Null
        }
    }
}

/// A return into a caller that expects something other than the plain result (a constructor
/// call that receives its new instance).
#[inline(never)]
fn return_with_action(ex: &mut Exec<'_>, caller: super::Suspended, tos: Value) -> Step {
    let action = ex.actions.pop().unwrap_or_default();
    ex.restore(caller, false);
    let result = action.complete(ex.vm, tos);
    finish(ex, result)
}

#[inline(always)]
unsafe fn kw_names(ex: &mut Exec<'_>, ins: Ins, tos: Value) -> Step {
    ex.kwnames = ins.operand() as *const Value;
    tos
}

/// `CALL` / `CALL_METHOD`: the shared call plan decides; a Python function (bound or not) becomes
/// a new window in this loop, anything else has already run.
#[inline(always)]
unsafe fn call_shape(ex: &mut Exec<'_>, ins: Ins, tos: Value, method: bool) -> Step {
    let region_len = ins.arg() as usize + 1 + method as usize;
    // SAFETY: the names are a constant of the running code, used only during this call.
    let kwnames = unsafe { ex.take_kwnames() };
    ex.push(tos);
    // SAFETY: the verifier proved the stack holds callee, [receiver,] and the arguments, all in
    // memory now that the top has been pushed.
    let region_start = unsafe { ex.sp.sub(region_len) };
    // SAFETY: as above; the slice ends before the window is used through any other pointer.
    let region = unsafe { std::slice::from_raw_parts_mut(region_start, region_len) };
    match plan_call(region, method, kwnames.len()) {
        CallPlan::Enter(entry) => {
            // SAFETY: `first_arg <= region_len`; the arguments are live slots of this window.
            let args = unsafe { region_start.add(entry.first_arg) };
            let argc = region_len - entry.first_arg;
            // SAFETY: the callee's window is carved above this one, not overlapping `args`.
            match unsafe { ex.enter(entry.func, args, argc, kwnames) } {
                Ok((window, moved)) => {
                    if moved {
                        // The arguments now live in the callee's window.
                        ex.sp = args;
                    }
                    // SAFETY: `[region_start, sp)` holds this call's remaining live slots.
                    unsafe { ex.drop_down_to(region_start) };
                    let resume = ex.ip;
                    ex.switch_to(window, resume, entry.on_return);
                    Value::Null
                }
                Err(err) => ex.fail(err),
            }
        }
        CallPlan::Native { first_arg } => {
            let result = call_native(ex.vm, region, first_arg, kwnames);
            // SAFETY: `[region_start, sp)` holds this call's live slots.
            unsafe { ex.drop_down_to(region_start) };
            finish(ex, result)
        }
    }
}

#[inline(always)]
unsafe fn call(ex: &mut Exec<'_>, ins: Ins, tos: Value) -> Step {
    // SAFETY: forwarded from the handler's own contract.
    unsafe { call_shape(ex, ins, tos, false) }
}

#[inline(always)]
unsafe fn call_method(ex: &mut Exec<'_>, ins: Ins, tos: Value) -> Step {
    // SAFETY: forwarded from the handler's own contract.
    unsafe { call_shape(ex, ins, tos, true) }
}

/// `CALL_FUNCTION_EX`: the shared call plan spreads `*args`/`**kwargs` into a region of its own;
/// a Python function is entered in this loop with its arguments bound from there.
#[inline(never)]
unsafe fn call_ex(ex: &mut Exec<'_>, ins: Ins, tos: Value) -> Step {
    let (args, kwargs) = if ins.arg() & 1 == 1 {
        (ex.pop(), Some(tos))
    } else {
        (tos, None)
    };
    let callee = ex.pop();
    let mut spread = match spread_call(ex.vm, callee, args, kwargs) {
        Ok(spread) => spread,
        Err(err) => return ex.fail(err),
    };
    match plan_call(&mut spread.region, false, spread.kwnames.len()) {
        CallPlan::Enter(entry) => {
            let (region, kwnames) = (&mut spread.region, &spread.kwnames);
            match ex.enter_from_vec(entry.func, region, entry.first_arg, kwnames) {
                Ok(window) => {
                    drop(spread);
                    let resume = ex.ip;
                    ex.switch_to(window, resume, entry.on_return);
                    Value::Null
                }
                Err(err) => ex.fail(err),
            }
        }
        CallPlan::Native { first_arg } => {
            let result = call_native(ex.vm, &spread.region, first_arg, &spread.kwnames);
            drop(spread);
            finish(ex, result)
        }
    }
}

#[inline(always)]
unsafe fn load_method(ex: &mut Exec<'_>, ins: Ins, tos: Value, f: LoadMethodFn) -> Step {
    // SAFETY: only LOAD_METHOD has this shape; the cache is used only during the call.
    let cache = unsafe { cache_operand(ins) };
    match f(ex.vm, tos, &cache.name, Some(cache)) {
        Ok((method, receiver)) => {
            ex.push(method);
            receiver
        }
        Err(err) => ex.fail(err),
    }
}

#[inline(always)]
unsafe fn make_function(
    ex: &mut Exec<'_>,
    ins: Ins,
    tos: Value,
    f: fn(&mut Vm, &Rc<Module>, Value, FunctionParts) -> PyResult<Value>,
) -> Step {
    let flags = ins.arg();
    let mut parts = FunctionParts::default();
    if flags & 8 != 0 {
        parts.closure = Some(ex.pop());
    }
    if flags & 4 != 0 {
        parts.annotations = Some(ex.pop());
    }
    if flags & 2 != 0 {
        parts.kwdefaults = Some(ex.pop());
    }
    if flags & 1 != 0 {
        parts.defaults = Some(ex.pop());
    }
    let module = ex.func.module.clone();
    let result = f(ex.vm, &module, tos, parts);
    finish(ex, result)
}

/// `IMPORT_NAME`'s semantics: `(importing module, name, level, fromlist) -> module`.
type ImportNameFn = fn(&mut Vm, &Module, &PyStr, Value, Value) -> PyResult<Value>;

#[inline(always)]
unsafe fn import_name(ex: &mut Exec<'_>, ins: Ins, tos: Value, f: ImportNameFn) -> Step {
    let level = ex.pop();
    // SAFETY: the table gives this shape a `name` operand; the name is used only during the call.
    let name = unsafe { name_operand(ins) };
    // SAFETY: `module` points at the running function's module, kept alive by `func`.
    let result = f(ex.vm, unsafe { &*ex.module }, name, level, tos);
    finish(ex, result)
}

#[inline(always)]
unsafe fn import_from(
    ex: &mut Exec<'_>,
    ins: Ins,
    tos: Value,
    f: fn(&mut Vm, &Value, &PyStr) -> PyResult<Value>,
) -> Step {
    // SAFETY: the table gives this shape a `name` operand; the name is used only during the call.
    let name = unsafe { name_operand(ins) };
    let result = f(ex.vm, &tos, name);
    ex.push(tos);
    finish(ex, result)
}

#[inline(always)]
unsafe fn import_star(
    ex: &mut Exec<'_>,
    _ins: Ins,
    tos: Value,
    f: fn(&mut Vm, &Module, Value) -> PyResult<()>,
) -> Step {
    let new_top = ex.pop();
    // SAFETY: `module` points at the running function's module, kept alive by `func`.
    match f(ex.vm, unsafe { &*ex.module }, tos) {
        Ok(()) => new_top,
        Err(err) => ex.fail_keeping(new_top, err),
    }
}

// ----- exceptions ------------------------------------------------------------------------------

#[inline(always)]
unsafe fn pair(
    ex: &mut Exec<'_>,
    _ins: Ins,
    tos: Value,
    f: fn(&mut Vm, Value) -> PyResult<(Value, Value)>,
) -> Step {
    match f(ex.vm, tos) {
        Ok((below, top)) => {
            ex.push(below);
            top
        }
        Err(err) => ex.fail(err),
    }
}

#[inline(always)]
unsafe fn enter_with(
    ex: &mut Exec<'_>,
    _ins: Ins,
    tos: Value,
    f: fn(&mut Vm, Value) -> (Value, PyResult<Value>),
) -> Step {
    let (below, result) = f(ex.vm, tos);
    ex.push(below);
    finish(ex, result)
}

#[inline(always)]
unsafe fn consume(
    ex: &mut Exec<'_>,
    _ins: Ins,
    tos: Value,
    f: fn(&mut Vm, Value) -> PyResult<()>,
) -> Step {
    let new_top = ex.pop();
    match f(ex.vm, tos) {
        Ok(()) => new_top,
        Err(err) => ex.fail_keeping(new_top, err),
    }
}

#[inline(always)]
unsafe fn check_match(
    ex: &mut Exec<'_>,
    _ins: Ins,
    tos: Value,
    f: fn(&mut Vm, &Value, Value) -> PyResult<Value>,
) -> Step {
    let exc = ex.pop();
    match f(ex.vm, &exc, tos) {
        Ok(matched) => {
            ex.push(exc);
            matched
        }
        Err(err) => ex.fail_keeping(exc, err),
    }
}

#[inline(always)]
unsafe fn reraise(
    ex: &mut Exec<'_>,
    _ins: Ins,
    tos: Value,
    f: fn(&mut Vm, Value) -> PyErr,
) -> Step {
    let err = f(ex.vm, tos);
    ex.fail(err)
}

#[inline(always)]
unsafe fn raise(
    ex: &mut Exec<'_>,
    ins: Ins,
    tos: Value,
    f: fn(&mut Vm, &[Value]) -> PyErr,
) -> Step {
    let mut args = Vec::with_capacity(2);
    if ins.arg() > 0 {
        for _ in 1..ins.arg() {
            args.push(ex.pop());
        }
        args.reverse();
        args.push(tos);
    } else {
        // No operands: the top is the frame's, and unwinding drops it from the stack region.
        ex.push(tos);
    }
    let err = f(ex.vm, &args);
    ex.fail(err)
}

#[inline(always)]
unsafe fn with_except_start(
    ex: &mut Exec<'_>,
    _ins: Ins,
    tos: Value,
    f: fn(&mut Vm, &Value, &Value) -> PyResult<Value>,
) -> Step {
    // SAFETY: the verifier proved the stack holds the four items of this shape, so the
    // `__exit__` three items below the top is in the stack region.
    let exit = unsafe { ex.peek(3) };
    let result = f(ex.vm, &exit, &tos);
    ex.push(tos);
    finish(ex, result)
}

// ----- handlers, generated from the opcode table -------------------------------------------------

/// Applies an opcode row's shape: `shape(ex, ins, tos)` when the row has no semantic function
/// (`_`), `shape(ex, ins, tos, ops::semantics)` otherwise.
macro_rules! apply_shape {
    ($shape:ident, _, $ex:ident, $ins:ident, $tos:ident) => {
        $shape($ex, $ins, $tos)
    };
    ($shape:ident, $s:ident, $ex:ident, $ins:ident, $tos:ident) => {
        $shape($ex, $ins, $tos, ops::$s)
    };
}

macro_rules! threaded_handlers {
    ($( $variant:ident $name:literal $shape:ident $operand:ident $sem:tt $doc:literal; )*) => {
        #[allow(non_snake_case)]
        pub(super) mod handlers {
            use super::*;
            $(
                #[doc = $doc]
                #[inline(always)]
                pub(in crate::engine::threaded) unsafe fn $variant(ex: &mut Exec<'_>, ins: Ins, tos: Value) -> Step {
                    // SAFETY: called only by `run` with the registers of a live frame.
                    unsafe { apply_shape!($shape, $sem, ex, ins, tos) }
                }
            )*
        }

        pub(super) fn handler_for(op: Opcode) -> Handler {
            match op {
                $( Opcode::$variant => handlers::$variant, )*
            }
        }
    };
}

crate::for_each_opcode!(threaded_handlers);
