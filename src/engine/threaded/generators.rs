//! Generator frames in the `threaded` engine. A generator's frame runs in place in its own heap
//! buffer (`GenFrame::slots`, allocated with room for the locals and the whole stack region),
//! not in an arena window: resuming it borrows the buffer (`Generator::lend_slots`), pushes a
//! `GenActivation` on `Exec::gens` and points the registers into the buffer; yielding gives the
//! live values back (`Generator::park_slots`). Nothing is copied or moved either way.
//!
//! While the frame runs, the vector's length is 0: its values belong to the frame (the
//! registers), exactly as an arena window's do, and are dropped the same way when the frame
//! returns or an exception leaves it. The resumer — `FOR_ITER`, `SEND`, or Rust code through
//! `Engine::resume` — is suspended as any caller is, and `Resumer` says what it receives.

use std::ptr;

use super::{DInst, Exec, Ins, Step, Suspended, decoded};
use crate::engine::ItemSink;
use crate::runtime::generator::{self, GenState, GenStep, Resume, generator_of};
use crate::runtime::{ExcKind, PyErr, PyResult, Value};
use crate::vm::Vm;

/// A running generator frame: its generator, its storage, and who resumed it.
pub(super) struct GenActivation {
    generator: Value,
    /// `Exec::callers.len()` while this frame runs: how the unwinder tells it is the running
    /// frame.
    pub(super) depth: usize,
    resumer: Resumer,
    /// Set when the frame runs for a delegation chain (`generator::start_chain`): where its
    /// links start on `Exec::chain_links` (they run to its end while this frame runs). What the
    /// frame yields goes to the chain head's resumer, past the links.
    chain: Option<usize>,
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
    /// suspend: the frame is the first of this activation. `chainable`: a generator waiting in
    /// `yield from` another generator may be resumed through its delegation chain (not when
    /// an exception is to be thrown in).
    fn enter_generator(
        &mut self,
        target: Value,
        resumer: Resumer,
        sent: Value,
        first: bool,
        chainable: bool,
    ) -> PyResult<Value> {
        if chainable && generator_of(&target).is_some_and(|g| g.is_delegating()) {
            let room = self.vm.frames_left().saturating_sub(1);
            let start = self.chain_links.len();
            if let Some(innermost) = generator::start_chain(&target, room, &mut self.chain_links) {
                drop(target);
                self.vm.enter_frames(self.chain_links.len() - start);
                let entered = self.enter_generator_frame(innermost, resumer, sent, first);
                let activation = match entered {
                    Ok(_) if first => self.first_gen.as_mut(),
                    Ok(_) => self.gens.last_mut(),
                    Err(_) => None,
                };
                match activation {
                    Some(activation) => activation.chain = Some(start),
                    None => self.end_chain(start, false),
                }
                return entered;
            }
        }
        self.enter_generator_frame(target, resumer, sent, first)
    }

    /// `enter_generator` for one generator's frame.
    fn enter_generator_frame(
        &mut self,
        target: Value,
        resumer: Resumer,
        sent: Value,
        first: bool,
    ) -> PyResult<Value> {
        let Some(generator) = generator_of(&target) else {
            return Err(PyErr::new(ExcKind::SystemError, "not a generator"));
        };
        let fresh = generator.state() == GenState::Created;
        if fresh && !matches!(sent, Value::None) {
            return Err(crate::runtime::exception::type_error(format!(
                "can't send non-None value to a just-started {}",
                generator.kind_name()
            )));
        }
        let code = &generator.func.code;
        let code_start = decoded(self.vm, code)?;
        self.vm.enter_frame()?;
        if !generator.start_running(self.vm) {
            self.vm.leave_frame();
            let message = format!("{} already executing", generator.kind_name());
            return Err(PyErr::new(ExcKind::ValueError, message));
        }
        let lent = match generator.lend_slots() {
            Some(lent) => lent,
            // Only a frame made by another engine could be laid out otherwise.
            _ => {
                generator.finish(self.vm);
                self.vm.leave_frame();
                return Err(PyErr::new(
                    ExcKind::SystemError,
                    "generator frame of another engine",
                ));
            }
        };
        let resume_at = (lent.resume_at as usize).min(code.instrs.len());
        let locals = lent.base;
        let func = generator.func.clone();
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
            push_inline(&mut self.callers, caller);
        } else {
            self.func = func;
        }
        let activation = GenActivation {
            generator: target,
            depth: self.callers.len(),
            resumer,
            chain: None,
        };
        if first {
            self.first_gen = Some(activation);
        } else {
            push_inline(&mut self.gens, activation);
        }
        self.install(code_start, locals, self.mark);
        // SAFETY: `resume_at` is an instruction of this code (or its end sentinel), and the
        // live values end `lent.live` slots into the buffer, inside its `window` slots.
        unsafe {
            self.ip = code_start.add(resume_at);
            self.sp = locals.add(lent.live);
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
    /// Returns true when the frame ran for a delegation chain: then its delegator is the
    /// running frame, stopped at its `SEND`, where the error goes on.
    pub(super) fn discard_generator_frame(&mut self, err: &mut PyErr) -> bool {
        // SAFETY: unwinding leaves every live value of the frame in `[locals, sp)`.
        unsafe { self.drop_down_to(self.locals) };
        let Some(activation) = self.leave_generator() else {
            return false;
        };
        if let Some(generator) = generator_of(&activation.generator) {
            generator.finish(self.vm);
        }
        let leaving = std::mem::replace(err, PyErr::new(ExcKind::SystemError, ""));
        *err = generator::exception_leaving(leaving, &activation.generator);
        let Some(chain) = activation.chain else {
            return false;
        };
        match self.resume_delegator(chain, activation.resumer, activation.depth) {
            Some((send, _)) => {
                self.ip = send;
                true
            }
            None => {
                *err = broken_chain();
                false
            }
        }
    }

    /// The links of the chain starting at `start` on `chain_links` are let go: suspended
    /// again (the frame yielded) or given up (`abandon`), and no longer counted as frames.
    fn end_chain(&mut self, start: usize, abandon: bool) {
        let links = &self.chain_links[start.min(self.chain_links.len())..];
        if abandon {
            generator::abandon_links(links);
        } else {
            generator::suspend_links(links);
        }
        self.vm.leave_frames(links.len());
        self.chain_links.truncate(start);
    }

    /// A generator frame run for a delegation chain returned or raised: its delegator, the
    /// chain's last link, becomes the running frame with `resumer` and what remains of the
    /// chain, its stack as it was at its `SEND` (the target on top). Returns the `SEND` and its
    /// exit; `None` if the link cannot run (the chain is then given up).
    fn resume_delegator(
        &mut self,
        start: usize,
        resumer: Resumer,
        depth: usize,
    ) -> Option<(*const DInst, *const DInst)> {
        let delegator = self.chain_links.pop()?;
        // The delegator's level stays counted: it is the running frame now.
        let Some((code_start, send, exit)) = self.enter_delegator(&delegator) else {
            generator::abandon_links(std::slice::from_ref(&delegator));
            self.vm.leave_frame();
            self.end_chain(start, true);
            return None;
        };
        let activation = GenActivation {
            generator: delegator,
            depth,
            resumer,
            chain: (self.chain_links.len() > start).then_some(start),
        };
        if depth == 0 && self.callers.is_empty() {
            self.first_gen = Some(activation);
        } else {
            push_inline(&mut self.gens, activation);
        }
        // SAFETY: `enter_delegator` checked both indexes against the code's length.
        unsafe { Some((code_start.add(send), code_start.add(exit))) }
    }

    /// Points the registers at a chain link's frame, taken over from its finished target:
    /// returns its decoded code and the indexes of its `SEND` and the `SEND`'s exit.
    fn enter_delegator(&mut self, delegator: &Value) -> Option<(*const DInst, usize, usize)> {
        let generator = generator_of(delegator)?;
        let (send, exit) = generator.delegation_send()?;
        let code = &generator.func.code;
        let (send, exit) = (send as usize, exit as usize);
        if send >= code.instrs.len() || exit > code.instrs.len() {
            return None;
        }
        let code_start = decoded(self.vm, code).ok()?;
        let lent = generator.lend_slots()?;
        generator.take_over_from_target(self.vm);
        self.func = generator.func.clone();
        self.install(code_start, lent.base, self.mark);
        // SAFETY: the live values end `lent.live` slots into the buffer, inside its `window`.
        self.sp = unsafe { lent.base.add(lent.live) };
        Some((code_start, send, exit))
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

/// The error for a delegation chain whose link could not take over (not expected: the links
/// were checked when the chain started).
#[cold]
fn broken_chain() -> PyErr {
    PyErr::new(ExcKind::SystemError, "broken generator delegation chain")
}

/// `Vec::push`, kept inline on the resume path, where the standard one was left out of line
/// (two calls per resume, 53 instructions, callgrind).
#[inline(always)]
fn push_inline<T>(stack: &mut Vec<T>, item: T) {
    if stack.len() == stack.capacity() {
        stack.reserve(1);
    }
    // SAFETY: there is room for one more element (reserved above); the length then covers it.
    unsafe {
        stack.as_mut_ptr().add(stack.len()).write(item);
        stack.set_len(stack.len() + 1);
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
    if let Some(start) = activation.chain {
        ex.end_chain(start, false);
    }
    if let Some(generator) = generator_of(&activation.generator) {
        // SAFETY: the frame's live values are exactly `[locals, sp)`, the first `live` slots
        // of the buffer the generator lent (`locals` is its start): they go back to it.
        unsafe { generator.park_slots(live, resume_at) };
        generator.suspend(ex.vm, ins.arg() == 1);
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
    if let Some(chain) = activation.chain {
        // The frame's delegator continues after its `yield from`, with the value as its result.
        match ex.resume_delegator(chain, activation.resumer, activation.depth) {
            Some((_, exit)) => {
                drop(ex.pop());
                ex.ip = exit;
                return tos;
            }
            None => return ex.fail(broken_chain()),
        }
    }
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
    match ex.enter_generator(target, Resumer::ForIter(exit), Value::None, false, true) {
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
        return match ex.enter_generator(target, Resumer::Send(exit), tos, false, true) {
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
    let tos = ex.enter_generator(value.clone(), Resumer::Rust, Value::None, true, true)?;
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
    let chainable = thrown.is_none();
    let mut tos = ex.enter_generator(value.clone(), Resumer::Rust, sent, true, chainable)?;
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
