//! Generator frames in the `threaded` engine. A generator's frame runs in place in its own heap
//! buffer (`GenFrame::slots`, allocated with room for the locals and the whole stack region),
//! not in an arena window: resuming it moves the vector out of the generator into a
//! `GenActivation` on `Exec::gens` and points the registers into its buffer; yielding sets the
//! vector's length to the live slots and hands it back. Nothing is copied either way.
//!
//! While the frame runs, the vector's length is 0: its values belong to the frame (the
//! registers), exactly as an arena window's do, and are dropped the same way when the frame
//! returns or an exception leaves it. The resumer — `FOR_ITER`, `SEND`, or Rust code through
//! `Engine::resume` — is suspended as any caller is, and `Resumer` says what it receives.

use std::ptr;

use super::{DInst, Exec, Ins, Step, Suspended, decoded};
use crate::engine::ItemSink;
use crate::runtime::generator::{self, GenFrame, GenState, GenStep, Resume, generator_of};
use crate::runtime::{ExcKind, PyErr, PyResult, Value};
use crate::vm::Vm;

/// A running generator frame: its generator, its storage, and who resumed it.
pub(super) struct GenActivation {
    generator: Value,
    /// `Exec::callers.len()` while this frame runs: how the unwinder tells it is the running
    /// frame.
    pub(super) depth: usize,
    resumer: Resumer,
    /// The frame's storage, length 0 while the frame owns the values in its buffer.
    slots: Vec<Value>,
}

/// Who resumed a generator frame.
#[derive(Clone, Copy)]
enum Resumer {
    /// `FOR_ITER` with its exit: an item is pushed above the generator; a return ends the loop.
    ForIter(*const DInst),
    /// `SEND` with its exit: a yielded value is pushed above the target; a return replaces it.
    Send(*const DInst),
    /// `Engine::resume`: the dispatch loop stops.
    Rust,
}

impl Exec<'_> {
    /// Makes generator `target`'s frame the running one, resumed by `resumer` with `sent`;
    /// returns the frame's top of stack (`sent`, or nothing for a generator just starting,
    /// whose first instruction pushes its own `None`). `first` means there is no caller to
    /// suspend: the frame is the first of this activation.
    fn enter_generator(
        &mut self,
        target: &Value,
        resumer: Resumer,
        sent: Value,
        first: bool,
    ) -> PyResult<Value> {
        let Some(generator) = generator_of(target) else {
            return Err(PyErr::new(ExcKind::SystemError, "not a generator"));
        };
        let fresh = generator.state() == GenState::Created;
        if fresh && !matches!(sent, Value::None) {
            return Err(crate::runtime::exception::type_error(format!(
                "can't send non-None value to a just-started {}",
                generator.kind_name()
            )));
        }
        let func = generator.func.clone();
        let code_start = decoded(self.vm, &func.code)?;
        self.vm.enter_frame()?;
        let Some(saved) = generator.start_running(self.vm) else {
            self.vm.leave_frame();
            let message = format!("{} already executing", generator.kind_name());
            return Err(PyErr::new(ExcKind::ValueError, message));
        };
        let code = &func.code;
        let window = code.nlocals() + code.max_stack as usize + 1;
        let GenFrame {
            mut slots,
            stack,
            resume_at,
        } = saved;
        // This engine keeps the stack in `slots`: the `switch` engine's vector is empty here
        // (nothing to free, so no drop code runs for it).
        if stack.capacity() == 0 {
            std::mem::forget(stack);
        }
        if slots.capacity() < window || slots.len() < code.nlocals() {
            // Only a frame made by another engine could be laid out otherwise.
            generator.finish(self.vm);
            self.vm.leave_frame();
            return Err(PyErr::new(
                ExcKind::SystemError,
                "generator frame of another engine",
            ));
        }
        let live = slots.len();
        let resume_at = (resume_at as usize).min(code.instrs.len());
        let locals = slots.as_mut_ptr();
        // SAFETY: from here the frame owns the `live` values in the buffer (the registers point
        // at them); the vector must not drop them, and keeps the buffer allocated.
        unsafe { slots.set_len(0) };
        // Written out rather than through `switch_to` + `install`, whose registers this would
        // overwrite at once: that cost 10M more instructions over a recursive `yield from`
        // walk (callgrind, 384M -> 394M).
        if !first {
            let caller = Suspended {
                resume: self.ip,
                code_start: self.code_start,
                sp: self.sp,
                locals: self.locals,
                func: std::mem::replace(&mut self.func, func),
                mark: self.mark,
                callee_has_action: false,
            };
            self.callers.push(caller);
        } else {
            self.func = func;
        }
        let activation = GenActivation {
            generator: target.clone(),
            depth: self.callers.len(),
            resumer,
            slots,
        };
        if first {
            self.first_gen = Some(activation);
        } else {
            self.gens.push(activation);
        }
        self.install(code_start, locals, self.mark);
        // SAFETY: `resume_at` is an instruction of this code (or its end sentinel), and the
        // live values end `live` slots into the buffer, inside its `window` slots.
        unsafe {
            self.ip = code_start.add(resume_at);
            self.sp = locals.add(live);
        }
        Ok(if fresh { Value::Null } else { sent })
    }

    /// Takes the running generator frame off: its generator and storage, and its resumer.
    fn leave_generator(&mut self) -> Option<GenActivation> {
        let activation = match self.gens.last() {
            Some(last) if last.depth == self.callers.len() => self.gens.pop()?,
            _ if self.callers.is_empty() => self.first_gen.take()?,
            _ => return None,
        };
        self.vm.leave_frame();
        self.kwnames = ptr::null();
        Some(activation)
    }

    /// Whether the running frame is a generator's.
    pub(super) fn running_generator(&self) -> bool {
        match self.gens.last() {
            Some(last) => last.depth == self.callers.len(),
            None => self.callers.is_empty() && self.first_gen.is_some(),
        }
    }

    /// Unwinding out of the running generator frame: drops its values, finishes its
    /// generator and applies PEP 479 to the error.
    pub(super) fn discard_generator_frame(&mut self, err: &mut PyErr) {
        // SAFETY: unwinding leaves every live value of the frame in `[locals, sp)`.
        unsafe { self.drop_down_to(self.locals) };
        if let Some(activation) = self.leave_generator() {
            if let Some(generator) = generator_of(&activation.generator) {
                generator.finish(self.vm);
            }
            let leaving = std::mem::replace(err, PyErr::new(ExcKind::SystemError, ""));
            *err = generator::exception_leaving(leaving, &activation.generator);
        }
    }

    /// Gives the resumer of a generator frame that stopped what it yielded or returned.
    fn back_to_resumer(&mut self, resumer: Resumer, value: Value, yielded: bool) -> Step {
        let Some(caller) = self.callers.pop() else {
            self.result = value;
            self.yielded = yielded;
            self.ip = ptr::null();
            return Value::Null;
        };
        self.restore(caller, false);
        match (resumer, yielded) {
            (_, true) | (Resumer::Rust, false) => value,
            (Resumer::ForIter(exit), false) => {
                drop(value);
                drop(self.pop());
                self.ip = exit;
                self.pop()
            }
            (Resumer::Send(exit), false) => {
                drop(self.pop());
                self.ip = exit;
                value
            }
        }
    }
}

/// `YIELD_VALUE`: the frame goes back into its generator with its live slots, and the value
/// goes to whoever resumed it.
///
/// # Safety
/// Called by the dispatch loop with the registers of a live frame.
pub(super) unsafe fn yield_value(ex: &mut Exec<'_>, ins: Ins, tos: Value) -> Step {
    if ex.callers.is_empty()
        && let Some(sink) = &mut ex.sink
    {
        // Driving the first frame: the sink takes the value and the frame goes on as if
        // resumed with None, unless the sink has had enough (or failed): then it suspends.
        match sink(ex.vm, tos) {
            Ok(true) => return Value::None,
            Ok(false) => {}
            Err(err) => ex.sink_error = Some(err),
        }
        // SAFETY: the caller's contract.
        return unsafe { yield_value_suspending(ex, ins, Value::None) };
    }
    // SAFETY: the caller's contract.
    unsafe { yield_value_suspending(ex, ins, tos) }
}

/// `YIELD_VALUE`'s suspending part.
///
/// # Safety
/// As `yield_value`.
unsafe fn yield_value_suspending(ex: &mut Exec<'_>, ins: Ins, tos: Value) -> Step {
    if !ex.running_generator() {
        drop(tos);
        return ex.fail(PyErr::new(
            ExcKind::SystemError,
            "yield outside a generator frame",
        ));
    }
    // SAFETY: `ip` and `code_start`, `sp` and `locals` point into the running frame's decoded
    // code and storage.
    let (resume_at, live) = unsafe {
        (
            ex.ip.offset_from(ex.code_start).max(0) as u32,
            ex.sp.offset_from(ex.locals).max(0) as usize,
        )
    };
    let Some(activation) = ex.leave_generator() else {
        return Value::Null;
    };
    let mut slots = activation.slots;
    // SAFETY: the frame's live values are exactly `[locals, sp)`, the first `live` slots of
    // this vector's buffer (`locals` is its start), within its capacity: they go back to it.
    unsafe { slots.set_len(live) };
    if let Some(generator) = generator_of(&activation.generator) {
        let frame = GenFrame {
            slots,
            stack: Vec::new(),
            resume_at,
        };
        generator.suspend(ex.vm, frame, ins.arg() == 1);
    }
    ex.back_to_resumer(activation.resumer, tos, true)
}

/// `RETURN_VALUE` in a generator's code: the frame's values are dropped, the generator
/// finishes, and its resumer gets the return value.
///
/// # Safety
/// Called by the dispatch loop with the registers of a live frame.
pub(super) unsafe fn generator_return(ex: &mut Exec<'_>, _ins: Ins, tos: Value) -> Step {
    if !ex.running_generator() {
        drop(tos);
        return ex.fail(PyErr::new(
            ExcKind::SystemError,
            "return outside a generator frame",
        ));
    }
    // SAFETY: the frame is finished; its live values are `[locals, sp)`.
    unsafe { ex.drop_down_to(ex.locals) };
    let Some(activation) = ex.leave_generator() else {
        return Value::Null;
    };
    if let Some(generator) = generator_of(&activation.generator) {
        generator.finish(ex.vm);
    }
    drop(activation.slots);
    ex.back_to_resumer(activation.resumer, tos, false)
}

/// `FOR_ITER` over a generator: its frame runs in this loop; a finished one ends the loop.
///
/// # Safety
/// Called by the dispatch loop with the registers of a live frame; `tos` is a generator.
#[inline(never)]
pub(super) unsafe fn for_iter_generator(ex: &mut Exec<'_>, ins: Ins, tos: Value) -> Step {
    if generator_of(&tos).is_some_and(|g| g.state() == GenState::Finished) {
        drop(tos);
        ex.jump(ins);
        return ex.pop();
    }
    let target = tos.clone();
    ex.push(tos);
    let exit = ins.operand() as *const DInst;
    match ex.enter_generator(&target, Resumer::ForIter(exit), Value::None, false) {
        Ok(tos) => tos,
        Err(err) => ex.fail(err),
    }
}

/// `SEND`: a generator target is resumed in this loop; any other is asked for its next value.
///
/// # Safety
/// Called by the dispatch loop with the registers of a live frame.
pub(super) unsafe fn send(
    ex: &mut Exec<'_>,
    ins: Ins,
    tos: Value,
    f: fn(&mut Vm, &Value, Value) -> PyResult<GenStep>,
) -> Step {
    // SAFETY: the verifier proved SEND's two inputs are on the stack: the target is below.
    let target = unsafe { ex.peek(1) };
    if let Some(generator) = generator_of(&target) {
        if generator.state() == GenState::Finished {
            if generator.coroutine {
                drop(tos);
                return ex.fail(generator::reuse_error());
            }
            drop(tos);
            drop(ex.pop());
            ex.jump(ins);
            return Value::None;
        }
        let exit = ins.operand() as *const DInst;
        return match ex.enter_generator(&target, Resumer::Send(exit), tos, false) {
            Ok(tos) => tos,
            Err(err) => ex.fail(err),
        };
    }
    match f(ex.vm, &target, tos) {
        Ok(GenStep::Yielded(item)) => item,
        Ok(GenStep::Returned(result)) => {
            drop(ex.pop());
            ex.jump(ins);
            result
        }
        Err(err) => ex.fail(err),
    }
}

/// `Engine::drive`: runs generator `value`'s frame in one activation, its yields going to
/// `sink` instead of suspending it, until it ends or the sink stops taking values.
pub(super) fn drive_generator(vm: &mut Vm, value: &Value, sink: &mut ItemSink<'_>) -> PyResult<()> {
    let Some(generator) = generator_of(value) else {
        return Err(PyErr::new(ExcKind::SystemError, "not a generator"));
    };
    let mut ex = Exec::new(vm, generator.func.clone());
    let tos = ex.enter_generator(value, Resumer::Rust, Value::None, true)?;
    ex.sink = Some(sink);
    // SAFETY: the registers describe the generator's frame, entered above.
    let result = unsafe { super::run(&mut ex, tos) };
    if let Some(err) = ex.sink_error.take() {
        return Err(err);
    }
    result.map(drop)
}

/// `Engine::resume`: runs generator `value`'s frame from Rust until it yields, returns or
/// raises.
pub(super) fn resume_generator(vm: &mut Vm, value: &Value, how: Resume) -> PyResult<GenStep> {
    let Some(generator) = generator_of(value) else {
        return Err(PyErr::new(ExcKind::SystemError, "not a generator"));
    };
    let mut ex = Exec::new(vm, generator.func.clone());
    let (sent, thrown) = match how {
        Resume::Send(sent) => (sent, None),
        Resume::Throw(err) => (Value::None, Some(err)),
    };
    let mut tos = ex.enter_generator(value, Resumer::Rust, sent, true)?;
    if thrown.is_some() {
        drop(std::mem::take(&mut tos));
        // Raised where the frame stopped: its yield (or its start).
        // SAFETY: `ip` is at or after the start of the frame's decoded code.
        unsafe {
            if ex.ip > ex.code_start {
                ex.ip = ex.ip.sub(1);
            }
        }
    }
    // SAFETY: the registers describe the generator's frame, entered above.
    let result = unsafe {
        match thrown {
            Some(err) => super::run_raising(&mut ex, err),
            None => super::run(&mut ex, tos),
        }
    };
    let yielded = ex.yielded;
    result.map(|value| {
        if yielded {
            GenStep::Yielded(value)
        } else {
            GenStep::Returned(value)
        }
    })
}
