//! The `switch` engine: the honest naive baseline. Each step fetches the instruction at `pc`
//! from the code object, `match`es on its opcode, and works on a `Vec` value stack; every call
//! allocates a fresh frame (its own locals and stack vectors) on the heap. Python→Python calls
//! push a frame and stay in this loop rather than recursing in Rust.

use std::rc::Rc;

use super::Engine;
use crate::bytecode::{Code, ExceptionEntry, Opcode};
use crate::ops;
use crate::runtime::function::Function;
use crate::runtime::generator::{self, GenFrame, GenState, GenStep, Resume, generator_of};
use crate::runtime::str::PyStr;
use crate::runtime::value::discard;
use crate::runtime::{ExcKind, PyErr, PyResult, Value};
use crate::vm::Vm;
use crate::vm::call::{
    CallPlan, Invocation, ReturnAction, bind_arguments, call_native, plan_call, spread_call,
};
use crate::vm::unwind::{FrameStack, unwind};

pub static ENGINE: Engine = Engine {
    name: "switch",
    summary: "baseline: fetch, match on the opcode, Vec stack, heap-allocated frames",
    call: run_function,
    resume: resume_generator,
    drive: generator::drive_by_resuming,
};

struct Frame {
    func: Rc<Function>,
    pc: usize,
    stack: Vec<Value>,
    locals: Vec<Value>,
    /// Keyword names set by `KW_NAMES` for the next call.
    kwnames: Option<Value>,
    /// What the caller receives when this frame returns: `None` for the plain result; the
    /// rare other actions are boxed so the frame record stays small.
    on_return: Option<Box<ReturnAction>>,
    /// Set when this frame is a generator's: which one, and what its resumer expects.
    generator: Option<Box<GenLink>>,
}

/// A running generator frame's link to its generator and to whoever resumed it.
struct GenLink {
    generator: Value,
    resumer: Resumer,
}

/// Who resumed a generator frame, which says what its caller does when it yields or returns.
#[derive(Clone, Copy)]
enum Resumer {
    /// `FOR_ITER` (jump target): an item is pushed; a return ends the loop.
    ForIter(u32),
    /// `SEND` (jump target): a yielded value is pushed; a return replaces the target.
    Send(u32),
    /// Rust code, through `Engine::resume`: the loop stops.
    Rust,
}

impl Frame {
    /// A frame for `func` whose locals are bound. Callers build it where it is returned, after
    /// dropping their call slots: built earlier, it was copied once more per call.
    #[inline(always)]
    fn new(func: Rc<Function>, locals: Vec<Value>, on_return: ReturnAction) -> Frame {
        let capacity = func.code.max_stack as usize;
        Frame {
            func,
            pc: 0,
            stack: Vec::with_capacity(capacity),
            locals,
            kwnames: None,
            on_return: match on_return {
                ReturnAction::PushResult => None,
                other => Some(Box::new(other)),
            },
            generator: None,
        }
    }

    fn pop(&mut self) -> Value {
        debug_assert!(!self.stack.is_empty(), "pop from an empty stack");
        self.stack.pop().unwrap_or_default()
    }

    fn top(&self) -> &Value {
        self.stack.last().unwrap_or(&Value::Null)
    }

    fn name(&self, index: u32) -> Rc<PyStr> {
        self.func.code.names[index as usize].clone()
    }
}

/// The frames of one activation of this engine: the running one and its suspended callers.
struct Activation<'v> {
    vm: &'v mut Vm,
    frame: Frame,
    callers: Vec<Frame>,
}

impl FrameStack for Activation<'_> {
    fn vm(&self) -> &Vm {
        self.vm
    }

    fn stopped_at(&self) -> (&Rc<Code>, usize) {
        (&self.frame.func.code, self.frame.pc.saturating_sub(1))
    }

    fn discard_frame(&mut self, err: &mut PyErr) -> bool {
        if let Some(link) = self.frame.generator.take() {
            if let Some(generator) = generator_of(&link.generator) {
                generator.finish(self.vm);
            }
            let leaving = std::mem::replace(err, PyErr::new(ExcKind::SystemError, ""));
            *err = generator::exception_leaving(leaving, &link.generator);
        }
        self.vm.leave_frame();
        match self.callers.pop() {
            Some(caller) => {
                self.frame = caller;
                true
            }
            None => false,
        }
    }

    fn enter_handler(&mut self, entry: &ExceptionEntry, lasti: usize, exc: Value) {
        let f = &mut self.frame;
        let depth = entry.depth as usize;
        f.stack.truncate(depth);
        f.stack.resize(depth, Value::Null);
        if entry.lasti {
            f.stack.push(Value::Int(lasti as i64));
        }
        f.stack.push(exc);
        f.kwnames = None;
        f.pc = entry.target as usize;
    }
}

/// What an instruction asks of the loop besides moving on.
enum Control {
    Next,
    Enter(Frame),
    Return(Value),
    /// A generator frame yields the value (`true`: at a `yield from`'s yield).
    Yield(Value, bool),
}

type Step = PyResult<Control>;

/// A frame for `func` entered (counted in the recursion depth) with `args` bound, for the
/// calls made outside `CALL`'s hot path (`CALL` writes this out; see `call_shape`).
fn entered_frame(
    vm: &mut Vm,
    func: Rc<Function>,
    args: &mut [Value],
    kwnames: &[Value],
    on_return: ReturnAction,
) -> PyResult<Frame> {
    vm.enter_frame()?;
    let mut locals = vec![Value::Null; func.code.nlocals()];
    if let Err(err) = bind_arguments(vm, &func, args, kwnames, &mut locals) {
        vm.leave_frame();
        return Err(err);
    }
    Ok(Frame::new(func, locals, on_return))
}

/// Enters the call an instruction's semantics deferred to the engine (`vm::call::
/// DeferredCall`); its return value becomes the instruction's result.
#[cold]
#[inline(never)]
fn enter_deferred(vm: &mut Vm) -> Step {
    let Some(call) = vm.deferred.take() else {
        return Err(PyErr::new(ExcKind::SystemError, "no deferred call"));
    };
    let mut args = call.args;
    let argc = call.argc.min(args.len());
    if call.func.code.is_generator {
        // Calling a generator function (an `async def __aexit__`) makes its object.
        let made = generator::create(vm, call.func, &mut args[..argc], &[])?;
        return Ok(Control::Return(call.on_return.complete(vm, made)?));
    }
    let frame = entered_frame(vm, call.func, &mut args[..argc], &[], call.on_return)?;
    Ok(Control::Enter(frame))
}

fn run_function(vm: &mut Vm, mut call: Invocation<'_>) -> PyResult<Value> {
    let frame = entered_frame(
        vm,
        call.func,
        &mut call.args,
        call.kwnames,
        ReturnAction::PushResult,
    )?;
    execute(vm, frame, Vec::new()).map(|(value, _)| value)
}

/// Runs frames until the first one (`entry`, with `callers` below it) returns or, for a
/// generator's frame resumed from Rust, yields: the value, and whether it was yielded.
fn execute(vm: &mut Vm, entry: Frame, callers: Vec<Frame>) -> PyResult<(Value, bool)> {
    let mut callers = callers;
    let mut f = entry;
    loop {
        let Some(&instr) = f.func.code.instrs.get(f.pc) else {
            let err = PyErr::new(ExcKind::SystemError, "ran off the end of the code");
            (f, callers) = unwind_activation(vm, f, callers, err)?;
            continue;
        };
        f.pc += 1;
        #[cfg(debug_assertions)]
        let (next_pc, depth_before) = (f.pc, f.stack.len());
        let step = dispatch(vm, &mut f, instr.op, instr.arg);
        // Compiled out of release builds: even a dead `if cfg!(..)` borrowing `step` kept the
        // step in memory and cost 12% of fib's wall time in this engine.
        #[cfg(debug_assertions)]
        check_stack_effect(instr, next_pc, depth_before, &f, &step);
        match step {
            Ok(Control::Next) => {}
            Ok(Control::Enter(callee)) => callers.push(std::mem::replace(&mut f, callee)),
            Ok(Control::Return(value)) if f.generator.is_some() => {
                let resumer = generator_returned(vm, &mut f);
                match callers.pop() {
                    Some(caller) => {
                        f = caller;
                        generator_handed(&mut f, resumer, value, false);
                    }
                    None => return Ok((value, false)),
                }
            }
            Ok(Control::Return(value)) => {
                vm.leave_frame();
                let action = f.on_return.take().map_or(ReturnAction::PushResult, |a| *a);
                match callers.pop() {
                    Some(caller) => {
                        f = caller;
                        match action.complete(vm, value) {
                            Ok(value) => f.stack.push(value),
                            Err(err) => (f, callers) = unwind_activation(vm, f, callers, err)?,
                        }
                    }
                    None => return action.complete(vm, value).map(|value| (value, false)),
                }
            }
            Ok(Control::Yield(value, delegating)) => {
                let resumer = generator_yielded(vm, &mut f, delegating);
                match callers.pop() {
                    Some(caller) => {
                        f = caller;
                        generator_handed(&mut f, resumer, value, true);
                    }
                    None => return Ok((value, true)),
                }
            }
            // Not a failure: the instruction's semantics deferred a call to the engine.
            Err(err) if err.kind() == ExcKind::DeferredCall => {
                vm.defer_marker = Some(err);
                if vm.frame_request.is_some() {
                    // A builtin asked for this frame (`globals()`, `eval`): its result.
                    match answer_frame_request(vm, &f) {
                        Ok(value) => f.stack.push(value),
                        Err(err) => (f, callers) = unwind_activation(vm, f, callers, err)?,
                    }
                    continue;
                }
                match enter_deferred(vm) {
                    Ok(Control::Enter(callee)) => callers.push(std::mem::replace(&mut f, callee)),
                    // The deferred call finished at once: its value is the instruction's result.
                    Ok(Control::Return(value)) => f.stack.push(value),
                    Ok(_) => {}
                    Err(err) => (f, callers) = unwind_activation(vm, f, callers, err)?,
                }
            }
            Err(err) => (f, callers) = unwind_activation(vm, f, callers, err)?,
        }
    }
}

/// Shows the running frame to the builtin that asked for it (`runtime::exec_eval`).
#[cold]
#[inline(never)]
fn answer_frame_request(vm: &mut Vm, f: &Frame) -> PyResult<Value> {
    let view = crate::runtime::exec_eval::FrameView {
        func: &f.func,
        locals: f.locals.clone(),
    };
    crate::runtime::exec_eval::complete_request(vm, view)
}

/// Hands the loop's frames to the shared unwinder (kept out of the loop so the hot path keeps
/// its frame in locals): the frames to continue with when a handler caught the exception.
#[cold]
#[inline(never)]
fn unwind_activation(
    vm: &mut Vm,
    frame: Frame,
    callers: Vec<Frame>,
    err: PyErr,
) -> PyResult<(Frame, Vec<Frame>)> {
    let mut activation = Activation { vm, frame, callers };
    unwind(&mut activation, err)?;
    Ok((activation.frame, activation.callers))
}

#[cfg(debug_assertions)]
/// Debug builds check every instruction's real effect on the stack against the opcode table,
/// so a wrong stack pattern in the table (which sizes every frame) fails the tests.
fn check_stack_effect(
    instr: crate::bytecode::Instr,
    next_pc: usize,
    depth_before: usize,
    f: &Frame,
    step: &Step,
) {
    let depth_after = f.stack.len() as i64;
    let effect = |jumped| depth_before as i64 + i64::from(instr.op.stack_effect(instr.arg, jumped));
    match step {
        Ok(Control::Next) => {
            let fell_through = f.pc == next_pc && !instr.op.is_terminator();
            let expected_ok = (fell_through && depth_after == effect(false))
                || (instr.op.is_jump() && depth_after == effect(true));
            assert!(
                expected_ok,
                "{} changed the stack depth from {depth_before} to {depth_after}, not as the opcode table says",
                instr.op.name()
            );
        }
        // The call's result is pushed when the callee returns.
        Ok(Control::Enter(_)) => assert_eq!(
            depth_after + 1,
            effect(false),
            "{} left the stack depth inconsistent with the opcode table",
            instr.op.name()
        ),
        Ok(Control::Return(_) | Control::Yield(..)) | Err(_) => {}
    }
}

macro_rules! switch_dispatch {
    ($( $variant:ident $name:literal $shape:ident $operand:ident $sem:tt $doc:literal; )*) => {
        #[inline(always)]
        fn dispatch(vm: &mut Vm, f: &mut Frame, op: Opcode, arg: u32) -> Step {
            match op {
                $( Opcode::$variant => shape!($shape, $sem, vm, f, arg), )*
            }
        }
    };
}

/// Expands one opcode row into a call of its shape's implementation below.
macro_rules! shape {
    (nop, $s:tt, $vm:ident, $f:ident, $arg:ident) => {
        Ok(Control::Next)
    };
    (pop_top, $s:tt, $vm:ident, $f:ident, $arg:ident) => {{
        discard($f.pop());
        Ok(Control::Next)
    }};
    (copy, $s:tt, $vm:ident, $f:ident, $arg:ident) => {
        copy($f, $arg)
    };
    (swap, $s:tt, $vm:ident, $f:ident, $arg:ident) => {
        swap($f, $arg)
    };
    (load_const, $s:tt, $vm:ident, $f:ident, $arg:ident) => {{
        let value = $f.func.code.consts[$arg as usize].clone();
        $f.stack.push(value);
        Ok(Control::Next)
    }};
    (load_fast, $s:tt, $vm:ident, $f:ident, $arg:ident) => {{
        let value = ops::$s(&$f.locals[$arg as usize], &$f.func.code, $arg)?;
        $f.stack.push(value);
        Ok(Control::Next)
    }};
    (store_fast, $s:tt, $vm:ident, $f:ident, $arg:ident) => {{
        let value = $f.pop();
        let old = std::mem::replace(&mut $f.locals[$arg as usize], value);
        discard(old);
        Ok(Control::Next)
    }};
    (load_global, $s:tt, $vm:ident, $f:ident, $arg:ident) => {{
        let value = ops::$s(&$f.func.module, $arg)?;
        $f.stack.push(value);
        Ok(Control::Next)
    }};
    (store_global, $s:tt, $vm:ident, $f:ident, $arg:ident) => {{
        let value = $f.pop();
        $f.func.module.store_slot($arg as usize, value);
        Ok(Control::Next)
    }};
    (delete_local, $s:tt, $vm:ident, $f:ident, $arg:ident) => {{
        ops::$s(&mut $f.locals[$arg as usize], &$f.func.code, $arg)?;
        Ok(Control::Next)
    }};
    (delete_global, $s:tt, $vm:ident, $f:ident, $arg:ident) => {{
        ops::$s(&$f.func.module, $arg)?;
        Ok(Control::Next)
    }};
    (make_cell, $s:tt, $vm:ident, $f:ident, $arg:ident) => {{
        ops::$s(&mut $f.locals[$arg as usize]);
        Ok(Control::Next)
    }};
    (copy_free_vars, $s:tt, $vm:ident, $f:ident, $arg:ident) => {{
        let start = $f.locals.len().saturating_sub($arg as usize);
        ops::$s(&$f.func, &mut $f.locals[start..])?;
        Ok(Control::Next)
    }};
    (store_deref, $s:tt, $vm:ident, $f:ident, $arg:ident) => {{
        let value = $f.pop();
        ops::$s(&$f.locals[$arg as usize], value)?;
        Ok(Control::Next)
    }};
    (delete_subscr, $s:tt, $vm:ident, $f:ident, $arg:ident) => {{
        let key = $f.pop();
        let container = $f.pop();
        ops::$s($vm, container, key)?;
        Ok(Control::Next)
    }};
    (add_to, $s:tt, $vm:ident, $f:ident, $arg:ident) => {{
        let item = $f.pop();
        let container = $f.stack[$f.stack.len() - $arg as usize].clone();
        ops::$s($vm, &container, item)?;
        Ok(Control::Next)
    }};
    (map_add, $s:tt, $vm:ident, $f:ident, $arg:ident) => {{
        let value = $f.pop();
        let key = $f.pop();
        let container = $f.stack[$f.stack.len() - $arg as usize].clone();
        ops::$s($vm, &container, key, value)?;
        Ok(Control::Next)
    }};
    (dict_merge, $s:tt, $vm:ident, $f:ident, $arg:ident) => {{
        let mapping = $f.pop();
        let container = $f.stack[$f.stack.len() - $arg as usize].clone();
        let callee = $f.stack[$f.stack.len() - $arg as usize - 2].clone();
        ops::$s($vm, &container, &callee, mapping)?;
        Ok(Control::Next)
    }};
    (unpack_ex, $s:tt, $vm:ident, $f:ident, $arg:ident) => {{
        let sequence = $f.pop();
        let start = $f.stack.len();
        let n = crate::bytecode::unpack_ex_items($arg);
        $f.stack.resize(start + n, Value::Null);
        ops::$s($vm, sequence, $arg, &mut $f.stack[start..])?;
        Ok(Control::Next)
    }};
    (call_ex, $s:tt, $vm:ident, $f:ident, $arg:ident) => {
        call_ex($vm, $f, $arg)
    };
    (unary, $s:tt, $vm:ident, $f:ident, $arg:ident) => {{
        let value = $f.pop();
        $f.stack.push(ops::$s($vm, value)?);
        Ok(Control::Next)
    }};
    (unary_arg, $s:tt, $vm:ident, $f:ident, $arg:ident) => {{
        let value = $f.pop();
        $f.stack.push(ops::$s($vm, value, $arg)?);
        Ok(Control::Next)
    }};
    (binary, $s:tt, $vm:ident, $f:ident, $arg:ident) => {{
        let right = $f.pop();
        let left = $f.pop();
        $f.stack.push(ops::$s($vm, $arg, left, right)?);
        Ok(Control::Next)
    }};
    (store_subscr, $s:tt, $vm:ident, $f:ident, $arg:ident) => {{
        let key = $f.pop();
        let container = $f.pop();
        let value = $f.pop();
        ops::$s($vm, container, key, value)?;
        Ok(Control::Next)
    }};
    (attr, $s:tt, $vm:ident, $f:ident, $arg:ident) => {{
        let object = $f.pop();
        let name = $f.name($arg);
        let value = ops::$s($vm, object, &name, $f.func.code.caches.at($f.pc - 1))?;
        $f.stack.push(value);
        Ok(Control::Next)
    }};
    (store_attr, $s:tt, $vm:ident, $f:ident, $arg:ident) => {{
        let object = $f.pop();
        let value = $f.pop();
        let name = $f.name($arg);
        ops::$s($vm, object, &name, value, $f.func.code.caches.at($f.pc - 1))?;
        Ok(Control::Next)
    }};
    (delete_attr, $s:tt, $vm:ident, $f:ident, $arg:ident) => {{
        let object = $f.pop();
        let name = $f.name($arg);
        ops::$s($vm, object, &name)?;
        Ok(Control::Next)
    }};
    (produce, $s:tt, $vm:ident, $f:ident, $arg:ident) => {{
        $f.stack.push(ops::$s($vm)?);
        Ok(Control::Next)
    }};
    (pair, $s:tt, $vm:ident, $f:ident, $arg:ident) => {{
        let value = $f.pop();
        let (below, top) = ops::$s($vm, value)?;
        $f.stack.push(below);
        $f.stack.push(top);
        Ok(Control::Next)
    }};
    (enter_with, $s:tt, $vm:ident, $f:ident, $arg:ident) => {{
        let value = $f.pop();
        let (below, top) = ops::$s($vm, value);
        $f.stack.push(below);
        $f.stack.push(top?);
        Ok(Control::Next)
    }};
    (consume, $s:tt, $vm:ident, $f:ident, $arg:ident) => {{
        let value = $f.pop();
        ops::$s($vm, value)?;
        Ok(Control::Next)
    }};
    (check_match, $s:tt, $vm:ident, $f:ident, $arg:ident) => {{
        let pattern = $f.pop();
        let matched = ops::$s($vm, $f.top(), pattern)?;
        $f.stack.push(matched);
        Ok(Control::Next)
    }};
    (reraise, $s:tt, $vm:ident, $f:ident, $arg:ident) => {{
        let exc = $f.pop();
        Err(ops::$s($vm, exc))
    }};
    (raise, $s:tt, $vm:ident, $f:ident, $arg:ident) => {{
        let first = $f.stack.len().saturating_sub($arg as usize);
        let args = $f.stack.split_off(first);
        Err(ops::$s($vm, &args))
    }};
    (with_except_start, $s:tt, $vm:ident, $f:ident, $arg:ident) => {{
        let depth = $f.stack.len();
        let result = match (depth.checked_sub(4), depth.checked_sub(1)) {
            (Some(exit), Some(exc)) => ops::$s($vm, &$f.stack[exit], &$f.stack[exc])?,
            _ => return Err(PyErr::new(ExcKind::SystemError, "stack underflow")),
        };
        $f.stack.push(result);
        Ok(Control::Next)
    }};
    (load_name, $s:tt, $vm:ident, $f:ident, $arg:ident) => {{
        let name = $f.name($arg);
        let namespace = $f.locals.first().cloned().unwrap_or_default();
        let value = ops::$s($vm, &namespace, &$f.func.module, &name)?;
        $f.stack.push(value);
        Ok(Control::Next)
    }};
    (store_name, $s:tt, $vm:ident, $f:ident, $arg:ident) => {{
        let value = $f.pop();
        let name = $f.name($arg);
        let namespace = $f.locals.first().cloned().unwrap_or_default();
        ops::$s($vm, &namespace, &name, value)?;
        Ok(Control::Next)
    }};
    (delete_name, $s:tt, $vm:ident, $f:ident, $arg:ident) => {{
        let name = $f.name($arg);
        let namespace = $f.locals.first().cloned().unwrap_or_default();
        ops::$s($vm, &namespace, &name)?;
        Ok(Control::Next)
    }};
    (build, $s:tt, $vm:ident, $f:ident, $arg:ident) => {{
        let items = $f.stack.split_off($f.stack.len() - $arg as usize);
        $f.stack.push(ops::$s($vm, items)?);
        Ok(Control::Next)
    }};
    (format_value, $s:tt, $vm:ident, $f:ident, $arg:ident) => {{
        let spec = if $arg & 4 != 0 { Some($f.pop()) } else { None };
        let value = $f.pop();
        $f.stack.push(ops::$s($vm, $arg, value, spec)?);
        Ok(Control::Next)
    }};
    (unpack, $s:tt, $vm:ident, $f:ident, $arg:ident) => {{
        let sequence = $f.pop();
        let start = $f.stack.len();
        $f.stack.resize(start + $arg as usize, Value::Null);
        ops::$s($vm, sequence, &mut $f.stack[start..])?;
        Ok(Control::Next)
    }};
    (for_iter, $s:tt, $vm:ident, $f:ident, $arg:ident) => {{
        if generator_of($f.top()).is_some() {
            return resume_in_loop($vm, $f, Resumer::ForIter($arg), Value::None);
        }
        match ops::$s($vm, $f.top())? {
            Some(item) => $f.stack.push(item),
            None => {
                $f.pop();
                $f.pc = $arg as usize;
            }
        }
        Ok(Control::Next)
    }};
    (jump, $s:tt, $vm:ident, $f:ident, $arg:ident) => {{
        $f.pc = $arg as usize;
        Ok(Control::Next)
    }};
    (jump_back, $s:tt, $vm:ident, $f:ident, $arg:ident) => {{
        ops::$s($vm)?;
        $f.pc = $arg as usize;
        Ok(Control::Next)
    }};
    (pop_jump_if, $s:tt, $vm:ident, $f:ident, $arg:ident) => {{
        let value = $f.pop();
        if ops::$s($vm, &value)? {
            $f.pc = $arg as usize;
        }
        discard(value);
        Ok(Control::Next)
    }};
    (jump_or_pop, $s:tt, $vm:ident, $f:ident, $arg:ident) => {{
        if ops::$s($vm, $f.top())? {
            $f.pc = $arg as usize;
        } else {
            discard($f.pop());
        }
        Ok(Control::Next)
    }};
    (return_value, $s:tt, $vm:ident, $f:ident, $arg:ident) => {
        Ok(Control::Return($f.pop()))
    };
    (yield_value, $s:tt, $vm:ident, $f:ident, $arg:ident) => {
        Ok(Control::Yield($f.pop(), $arg == 1))
    };
    (send, $s:tt, $vm:ident, $f:ident, $arg:ident) => {
        send($vm, $f, $arg)
    };
    (kw_names, $s:tt, $vm:ident, $f:ident, $arg:ident) => {{
        $f.kwnames = Some($f.func.code.consts[$arg as usize].clone());
        Ok(Control::Next)
    }};
    (call, $s:tt, $vm:ident, $f:ident, $arg:ident) => {
        call_shape($vm, $f, $arg as usize, false)
    };
    (call_method, $s:tt, $vm:ident, $f:ident, $arg:ident) => {
        call_shape($vm, $f, $arg as usize, true)
    };
    (load_method, $s:tt, $vm:ident, $f:ident, $arg:ident) => {{
        let object = $f.pop();
        let name = $f.name($arg);
        let cache = $f.func.code.caches.at($f.pc - 1);
        let (method, receiver) = ops::$s($vm, object, &name, cache)?;
        $f.stack.push(method);
        $f.stack.push(receiver);
        Ok(Control::Next)
    }};
    (make_function, $s:tt, $vm:ident, $f:ident, $arg:ident) => {{
        let code = $f.pop();
        let mut parts = ops::FunctionParts::default();
        if $arg & 8 != 0 {
            parts.closure = Some($f.pop());
        }
        if $arg & 4 != 0 {
            parts.annotations = Some($f.pop());
        }
        if $arg & 2 != 0 {
            parts.kwdefaults = Some($f.pop());
        }
        if $arg & 1 != 0 {
            parts.defaults = Some($f.pop());
        }
        let function = ops::$s($vm, &$f.func.module, code, parts)?;
        $f.stack.push(function);
        Ok(Control::Next)
    }};
    (import_name, $s:tt, $vm:ident, $f:ident, $arg:ident) => {{
        let fromlist = $f.pop();
        let level = $f.pop();
        let name = $f.name($arg);
        let module = ops::$s($vm, &$f.func.module, &name, level, fromlist)?;
        $f.stack.push(module);
        Ok(Control::Next)
    }};
    (import_from, $s:tt, $vm:ident, $f:ident, $arg:ident) => {{
        let name = $f.name($arg);
        let value = ops::$s($vm, $f.top(), &name)?;
        $f.stack.push(value);
        Ok(Control::Next)
    }};
    (import_star, $s:tt, $vm:ident, $f:ident, $arg:ident) => {{
        let module = $f.pop();
        ops::$s($vm, &$f.func.module, module)?;
        Ok(Control::Next)
    }};
}

crate::for_each_opcode!(switch_dispatch);

fn copy(f: &mut Frame, n: u32) -> Step {
    let value = f.stack[f.stack.len() - n as usize].clone();
    f.stack.push(value);
    Ok(Control::Next)
}

fn swap(f: &mut Frame, n: u32) -> Step {
    let len = f.stack.len();
    f.stack.swap(len - 1, len - n as usize);
    Ok(Control::Next)
}

/// `CALL` / `CALL_METHOD`: the shared call plan decides; a Python function becomes a new frame of
/// this loop, anything else has already run.
fn call_shape(vm: &mut Vm, f: &mut Frame, argc: usize, method: bool) -> Step {
    let kwnames = f.kwnames.take();
    let kw: &[Value] = match &kwnames {
        Some(Value::Tuple(names)) => names,
        _ => &[],
    };
    let base = f.stack.len() - argc - 1 - method as usize;
    match plan_call(&mut f.stack[base..], method, kw.len()) {
        CallPlan::Enter(entry) => {
            // Written out rather than shared with `run_function` through a helper returning the
            // locals: that helper measured 5% slower on fib.
            let func = entry.func;
            vm.enter_frame()?;
            let mut locals = vec![Value::Null; func.code.nlocals()];
            let args = &mut f.stack[base + entry.first_arg..];
            if let Err(err) = bind_arguments(vm, &func, args, kw, &mut locals) {
                vm.leave_frame();
                return Err(err);
            }
            f.stack.truncate(base);
            Ok(Control::Enter(Frame::new(func, locals, entry.on_return)))
        }
        CallPlan::Native { first_arg } => {
            let result = call_native(vm, &f.stack[base..], first_arg, kw);
            // Truncated before an error leaves: a builtin answered by the engine (a frame
            // request) has its result pushed where the call was.
            f.stack.truncate(base);
            f.stack.push(result?);
            Ok(Control::Next)
        }
    }
}

/// `CALL_FUNCTION_EX`: the shared call plan spreads `*args`/`**kwargs` into a region of its own.
fn call_ex(vm: &mut Vm, f: &mut Frame, flags: u32) -> Step {
    let kwargs = if flags & 1 == 1 { Some(f.pop()) } else { None };
    let args = f.pop();
    let callee = f.pop();
    let mut spread = spread_call(vm, callee, args, kwargs)?;
    match plan_call(&mut spread.region, false, spread.kwnames.len()) {
        CallPlan::Enter(entry) => {
            let args = &mut spread.region[entry.first_arg..];
            let frame = entered_frame(vm, entry.func, args, &spread.kwnames, entry.on_return)?;
            Ok(Control::Enter(frame))
        }
        CallPlan::Native { first_arg } => {
            let result = call_native(vm, &spread.region, first_arg, &spread.kwnames)?;
            f.stack.push(result);
            Ok(Control::Next)
        }
    }
}

// ----- generators ------------------------------------------------------------------------------

/// The frame of generator `value` made ready to run, resumed by `resumer` with `sent` (pushed
/// unless the generator is just starting: its first instruction pushes its own `None`).
fn generator_frame(vm: &mut Vm, value: &Value, resumer: Resumer, sent: Value) -> PyResult<Frame> {
    let Some(generator) = generator_of(value) else {
        return Err(PyErr::new(ExcKind::SystemError, "not a generator"));
    };
    if generator.state() == GenState::Created && !matches!(sent, Value::None) {
        return Err(crate::runtime::exception::type_error(format!(
            "can't send non-None value to a just-started {}",
            generator.kind_name()
        )));
    }
    let fresh = generator.state() == GenState::Created;
    vm.enter_frame()?;
    if !generator.start_running(vm) {
        vm.leave_frame();
        let message = format!("{} already executing", generator.kind_name());
        return Err(PyErr::new(ExcKind::ValueError, message));
    }
    let saved = generator.take_frame();
    let mut stack = saved.stack;
    if stack.capacity() == 0 {
        stack.reserve(generator.func.code.max_stack as usize);
    }
    if !fresh {
        stack.push(sent);
    }
    Ok(Frame {
        func: generator.func.clone(),
        pc: saved.resume_at as usize,
        stack,
        locals: saved.slots,
        kwnames: None,
        on_return: None,
        generator: Some(Box::new(GenLink {
            generator: value.clone(),
            resumer,
        })),
    })
}

/// `FOR_ITER` or `SEND` on a generator: its frame becomes the running one, unless it has
/// finished (a loop over it ends; `SEND` gets StopIteration from `send`).
#[inline(never)]
fn resume_in_loop(vm: &mut Vm, f: &mut Frame, resumer: Resumer, sent: Value) -> Step {
    let target = match resumer {
        Resumer::Send(_) => f.stack[f.stack.len() - 1].clone(),
        _ => f.top().clone(),
    };
    if generator_of(&target).is_some_and(|g| g.state() == GenState::Finished && g.coroutine) {
        return Err(generator::reuse_error());
    }
    if generator_of(&target).is_some_and(|g| g.state() == GenState::Finished) {
        // A finished generator ends a loop at once, and gives `yield from` None.
        discard(f.pop());
        match resumer {
            Resumer::ForIter(exit) => f.pc = exit as usize,
            Resumer::Send(exit) => {
                f.stack.push(Value::None);
                f.pc = exit as usize;
            }
            Resumer::Rust => {}
        }
        return Ok(Control::Next);
    }
    Ok(Control::Enter(generator_frame(vm, &target, resumer, sent)?))
}

/// `SEND`: resumes a generator target in the loop, or asks any other target for its next value.
fn send(vm: &mut Vm, f: &mut Frame, exit: u32) -> Step {
    let sent = f.pop();
    if generator_of(f.top()).is_some() {
        return resume_in_loop(vm, f, Resumer::Send(exit), sent);
    }
    match ops::send_value(vm, f.top(), sent)? {
        GenStep::Yielded(item) => f.stack.push(item),
        GenStep::Returned(result) => {
            discard(f.pop());
            f.stack.push(result);
            f.pc = exit as usize;
        }
    }
    Ok(Control::Next)
}

/// A generator frame that yielded goes back into its generator; returns who resumed it.
fn generator_yielded(vm: &mut Vm, f: &mut Frame, delegating: bool) -> Resumer {
    vm.leave_frame();
    let Some(link) = f.generator.take() else {
        return Resumer::Rust;
    };
    if let Some(generator) = generator_of(&link.generator) {
        let saved = GenFrame {
            slots: std::mem::take(&mut f.locals),
            stack: std::mem::take(&mut f.stack),
            resume_at: f.pc as u32,
        };
        generator.put_frame(saved);
        generator.suspend(vm, delegating);
    }
    link.resumer
}

/// A generator frame that returned: its generator is finished; returns who resumed it.
fn generator_returned(vm: &mut Vm, f: &mut Frame) -> Resumer {
    vm.leave_frame();
    let Some(link) = f.generator.take() else {
        return Resumer::Rust;
    };
    if let Some(generator) = generator_of(&link.generator) {
        generator.finish(vm);
    }
    link.resumer
}

/// Gives the frame that resumed a generator what the generator yielded or returned.
fn generator_handed(f: &mut Frame, resumer: Resumer, value: Value, yielded: bool) {
    match (resumer, yielded) {
        (_, true) => f.stack.push(value),
        (Resumer::ForIter(exit), false) => {
            discard(value);
            discard(f.pop());
            f.pc = exit as usize;
        }
        (Resumer::Send(exit), false) => {
            discard(f.pop());
            f.stack.push(value);
            f.pc = exit as usize;
        }
        (Resumer::Rust, false) => discard(value),
    }
}

/// `Engine::resume`: runs a generator's frame from Rust until it yields, returns or raises.
fn resume_generator(vm: &mut Vm, value: &Value, how: Resume) -> PyResult<GenStep> {
    let (sent, thrown) = match how {
        Resume::Send(sent) => (sent, None),
        Resume::Throw(err) => (Value::None, Some(err)),
    };
    let mut frame = generator_frame(vm, value, Resumer::Rust, sent)?;
    let mut callers = Vec::new();
    if let Some(err) = thrown {
        // Raised where the frame stopped: at its yield (the pushed `None` is not its result).
        if frame.pc > 0 {
            discard(frame.pop());
        }
        (frame, callers) = unwind_activation(vm, frame, callers, err)?;
    }
    let (result, yielded) = execute(vm, frame, callers)?;
    Ok(if yielded {
        GenStep::Yielded(result)
    } else {
        GenStep::Returned(result)
    })
}
