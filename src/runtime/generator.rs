//! Generator objects: what calling a generator function returns, and the protocol Rust code
//! drives them with (`send`, `throw`, `close`, `next`). A generator owns its frame while it is
//! suspended: the frame's slots (locals, then the live stack, laid out as the engine that ran
//! it left them) and the instruction to resume at. An engine resuming the generator takes the
//! slots out (a move of the vector, not of its values), runs the frame in them and puts them
//! back when the frame yields; `docs/generators.md` tells the whole story.
//!
//! Engines resume generators in two ways: inside their dispatch loop (`FOR_ITER` over a
//! generator, `SEND` for `yield from`), and through `Engine::resume` when Rust code asks
//! (`next(g)`, `g.send(v)`, `list(g)`). Both share what is here: the state checks and their
//! errors, the handled-exception state each generator keeps, PEP 479's conversion of a
//! `StopIteration` leaving the frame, delegation of `throw`/`close` to a `yield from` target.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::Value;
use super::descriptors::NativeObject;
use super::exc_object;
use super::exception::{ExcKind, PyErr, PyResult, type_error};
use super::function::{BuiltinMethod, Function};
use super::str::PyStr;
use crate::vm::Vm;

/// Where a generator is in its life.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenState {
    /// Made by the call; its body has not started.
    Created,
    /// Stopped at a `yield`.
    Suspended,
    /// Its frame is running (resuming it now is "generator already executing").
    Running,
    /// Returned, raised, or closed.
    Finished,
}

/// A suspended frame.
#[derive(Default)]
pub struct GenFrame {
    /// The frame's slots: its locals, and for the `threaded` engine its live stack region after
    /// them. Allocated once with room for the whole frame, so an engine can run the frame in
    /// this buffer without copying it.
    pub slots: Vec<Value>,
    /// The `switch` engine's value stack (empty for the other engines).
    pub stack: Vec<Value>,
    /// The instruction to resume at.
    pub resume_at: u32,
}

/// A generator's slot buffer lent to an engine running the frame in place.
pub(crate) struct LentSlots {
    pub base: *mut Value,
    /// Live values at `base`: the locals, then the frame's stack when it was suspended.
    pub live: usize,
    pub resume_at: u32,
}

/// A generator object.
pub struct Generator {
    pub func: Rc<Function>,
    /// `__name__` and `__qualname__` once assigned; until then the code's names, made into
    /// strings only when asked (most generators never are).
    name: RefCell<Option<Rc<PyStr>>>,
    qualname: RefCell<Option<Rc<PyStr>>>,
    state: Cell<GenState>,
    /// The frame while the generator is created or suspended (taken while it runs).
    frame: RefCell<GenFrame>,
    /// The exception this generator's frame is handling while it is suspended (CPython's
    /// `gi_exc_state`); None when it handles none.
    exc_state: RefCell<Value>,
    /// Suspended at a `yield from`'s yield: the target is the top of the saved stack.
    delegating: Cell<bool>,
    /// While running: whether `start_running` swapped the handled exception in (pushing its
    /// resumer's on `vm.outer_handled`).
    swapped_handled: Cell<bool>,
    /// A coroutine (`async def`): not iterable, awaited instead, worded "coroutine".
    pub coroutine: bool,
}

/// What resuming a generator sends in.
pub enum Resume {
    Send(Value),
    Throw(PyErr),
}

/// How a resumed generator stopped (an exception comes back as `Err`).
pub enum GenStep {
    Yielded(Value),
    Returned(Value),
}

impl Generator {
    pub fn state(&self) -> GenState {
        self.state.get()
    }

    pub fn is_delegating(&self) -> bool {
        self.delegating.get()
    }

    /// Marks a created or suspended generator running (false if it is neither) and makes its
    /// handled exception the current one. The caller then takes its frame: `take_frame`, or
    /// `lend_slots` to run it in place.
    ///
    /// The handled exception is swapped only when there is one on either side: a generator
    /// handling nothing, resumed where nothing is handled, runs with `vm.handled` as it is
    /// (None), which is what the swap would leave there — and saves a push and a pop on the
    /// outer stack per resume (`swapped_handled` tells `suspend` and `finish` which was done).
    pub(crate) fn start_running(&self, vm: &mut Vm) -> bool {
        if !matches!(self.state.get(), GenState::Created | GenState::Suspended) {
            return false;
        }
        self.state.set(GenState::Running);
        self.delegating.set(false);
        // Taken out only when there is one: the common resume writes nothing here.
        let own = {
            let mut own = self.exc_state.borrow_mut();
            if matches!(*own, Value::None | Value::Null) {
                Value::None
            } else {
                std::mem::take(&mut *own)
            }
        };
        self.swap_in_handled(vm, own);
        true
    }

    /// Makes `own` (this generator's handled exception, or None) the current one, pushing the
    /// resumer's on `vm.outer_handled` — unless both are None, when nothing needs to move.
    #[inline(always)]
    fn swap_in_handled(&self, vm: &mut Vm, own: Value) {
        let swap = !matches!(own, Value::None) || !matches!(vm.handled, Value::None);
        self.swapped_handled.set(swap);
        if swap {
            let outer = std::mem::replace(&mut vm.handled, own);
            vm.outer_handled.push(outer);
        } else {
            // None: no drop call on the resume path.
            super::value::discard(own);
        }
    }

    /// Undoes `swap_in_handled` as the frame stops: the resumer's handled exception becomes
    /// the current one again; returns the frame's own.
    #[inline(always)]
    fn swap_out_handled(&self, vm: &mut Vm) -> Value {
        let outer = if self.swapped_handled.get() {
            vm.outer_handled.pop().unwrap_or(Value::None)
        } else {
            Value::None
        };
        std::mem::replace(&mut vm.handled, outer)
    }

    /// The frame of a generator `start_running` marked running, moved out.
    pub(crate) fn take_frame(&self) -> GenFrame {
        std::mem::take(&mut *self.frame.borrow_mut())
    }

    /// Lends a running generator's slot buffer to an engine that runs the frame in place: its
    /// live values now belong to the engine (the buffer keeps none), which gives them back
    /// with `park_slots` or drops them. `None` unless the frame is laid out for that
    /// (`runs_in_place`).
    pub(crate) fn lend_slots(&self) -> Option<LentSlots> {
        let mut frame = self.frame.borrow_mut();
        if !self.runs_in_place(&frame) {
            return None;
        }
        let live = frame.slots.len();
        let base = frame.slots.as_mut_ptr();
        // SAFETY: shortening a vector never makes an uninitialised value visible; the `live`
        // values are handed to the borrower, who owns them from here.
        unsafe { frame.slots.set_len(0) };
        Some(LentSlots {
            base,
            live,
            resume_at: frame.resume_at,
        })
    }

    /// Whether `frame` (this generator's) can run in place: no separate stack (the `switch`
    /// engine's layout), room for the whole frame, and at least its locals live.
    #[inline(always)]
    fn runs_in_place(&self, frame: &GenFrame) -> bool {
        let code = &self.func.code;
        frame.stack.is_empty()
            && frame.slots.capacity() >= code.frame_slots()
            && frame.slots.len() >= code.nlocals()
    }

    /// Gives a lent buffer its live values back: the frame stopped at `resume_at`.
    ///
    /// # Safety
    /// The buffer was lent by `lend_slots` and not given back since; its first `live` slots
    /// hold initialised values, which the borrower no longer owns.
    pub(crate) unsafe fn park_slots(&self, live: usize, resume_at: u32) {
        let mut frame = self.frame.borrow_mut();
        debug_assert!(live <= frame.slots.capacity());
        // SAFETY: the caller's contract.
        unsafe { frame.slots.set_len(live) };
        frame.resume_at = resume_at;
    }

    /// `__qualname__` as text.
    fn qualname_text(&self) -> String {
        match &*self.qualname.borrow() {
            Some(name) => name.as_str().to_string(),
            None => self.func.code.qualname.to_string(),
        }
    }

    /// Puts back the frame a `switch` engine took out of a generator that yielded.
    pub(crate) fn put_frame(&self, frame: GenFrame) {
        let left = std::mem::replace(&mut *self.frame.borrow_mut(), frame);
        // What `take_frame` left is empty: nothing to free, so no drop code runs.
        if left.slots.capacity() == 0 && left.stack.capacity() == 0 {
            std::mem::forget(left);
        }
    }

    /// Marks a generator whose frame yielded (its frame already put back) suspended, keeping
    /// the exception its frame handles and restoring its resumer's.
    pub(crate) fn suspend(&self, vm: &mut Vm, delegating: bool) {
        self.state.set(GenState::Suspended);
        self.delegating.set(delegating);
        let own = self.swap_out_handled(vm);
        // A frame that handles nothing left its (None) state untouched when it started.
        if !matches!(own, Value::None) || self.swapped_handled.get() {
            *self.exc_state.borrow_mut() = own;
        } else {
            super::value::discard(own);
        }
    }

    /// Marks a generator whose frame returned or raised (the frame's values are the engine's to
    /// drop).
    pub(crate) fn finish(&self, vm: &mut Vm) {
        self.state.set(GenState::Finished);
        super::value::discard(self.swap_out_handled(vm));
    }

    /// Makes a generator suspended in a `yield from` continue after it: the target is popped
    /// off the saved stack and the frame resumes at the `SEND`'s exit, where the value it is
    /// resumed with is the `yield from`'s result.
    fn end_delegation(&self) {
        let Some((_, exit)) = self.delegation_send() else {
            return;
        };
        let mut frame = self.frame.borrow_mut();
        let target = match frame.stack.pop() {
            Some(target) => Some(target),
            None => frame.slots.pop(),
        };
        drop(target);
        frame.resume_at = exit;
        self.delegating.set(false);
    }

    /// For a generator stopped at a `yield from`'s yield: the index of its `SEND` and of the
    /// `SEND`'s exit.
    pub(crate) fn delegation_send(&self) -> Option<(u32, u32)> {
        let send_at = self.frame.borrow().resume_at.checked_sub(2)?;
        let send = self.func.code.instrs.get(send_at as usize)?;
        (send.op == crate::bytecode::Opcode::Send).then_some((send_at, send.arg))
    }

    /// The next link of a delegation chain (see `start_chain`): the `yield from` target of this
    /// generator, if this one is suspended in it, handles no exception, has its frame laid out
    /// to run in place, and the target is a suspended generator.
    fn chain_link(&self) -> Option<Value> {
        if self.state.get() != GenState::Suspended || !self.delegating.get() {
            return None;
        }
        if !matches!(*self.exc_state.borrow(), Value::None | Value::Null) {
            return None;
        }
        let frame = self.frame.borrow();
        // The target is the top of the live stack, above the locals.
        if !self.runs_in_place(&frame) || frame.slots.len() == self.func.code.nlocals() {
            return None;
        }
        let target = frame.slots.last()?;
        let inner = generator_of(target)?;
        (inner.state.get() == GenState::Suspended).then(|| target.clone())
    }

    /// Makes a link of a delegation chain the running generator again after its target
    /// finished: its handled exception (none: `chain_link` admits no other) swapped in as
    /// `start_running` would. The caller then takes its frame (`lend_slots`).
    pub(crate) fn take_over_from_target(&self, vm: &mut Vm) {
        self.delegating.set(false);
        self.swap_in_handled(vm, Value::None);
    }

    /// Whether the frame would enter a handler if an exception were raised where it is
    /// suspended: only then does closing it run code.
    fn suspended_in_handler(&self) -> bool {
        if self.state.get() != GenState::Suspended {
            return false;
        }
        let at = self.frame.borrow().resume_at.saturating_sub(1) as usize;
        self.func.code.handler_for(at).is_some()
    }
}

/// Delegation chains. A generator suspended in a `yield from` (or `await`) of another
/// suspended generator does nothing when resumed but resume that one with the same value, pass
/// on what it yields, and continue after the `yield from` when it returns or raises. An engine
/// may therefore resume the innermost generator of such a chain directly: `start_chain` marks
/// the links from `head` down running (still delegating, frames untouched), records them in
/// `links` (outermost first) and returns the innermost generator. While it runs, each link is
/// "running and delegating", a state nothing else produces. When it yields, `suspend_links`
/// marks the links suspended again and the value goes to `head`'s resumer; when it returns or
/// raises, the last link takes over at its `SEND` (`take_over_from_target`) and the chain is one
/// link shorter. Every link counts as a frame for the recursion limit, as it does in CPython.
/// At most `max_links` links are taken; `None` (and nothing recorded) if `head` is no link.
pub(crate) fn start_chain(head: &Value, max_links: usize, links: &mut Vec<Value>) -> Option<Value> {
    let mut current = head.clone();
    let mut taken = 0;
    while taken < max_links {
        let Some(generator) = generator_of(&current) else {
            break;
        };
        let Some(next) = generator.chain_link() else {
            break;
        };
        generator.state.set(GenState::Running);
        generator.swapped_handled.set(false);
        links.push(std::mem::replace(&mut current, next));
        taken += 1;
    }
    (taken > 0).then_some(current)
}

/// The links of a chain become suspended again (its innermost generator yielded).
pub(crate) fn suspend_links(links: &[Value]) {
    for link in links {
        if let Some(generator) = generator_of(link) {
            generator.state.set(GenState::Suspended);
        }
    }
}

/// The links of a chain are given up: marked finished (their frames' values are dropped with
/// their generators).
pub(crate) fn abandon_links(links: &[Value]) {
    for link in links {
        if let Some(generator) = generator_of(link) {
            generator.state.set(GenState::Finished);
        }
    }
}

impl Drop for Generator {
    /// A generator dropped while suspended inside a `try` is closed (its `finally` blocks and
    /// `__exit__`s run), as CPython does; that needs the VM, so its frame is handed to a queue
    /// the VM drains at its next safe point (`run_pending_finalizers`).
    fn drop(&mut self) {
        if !self.suspended_in_handler() {
            return;
        }
        // Built inside the closure: when the queue is gone (the thread is ending), the frame
        // is simply dropped here.
        let queued = PENDING_CLOSE.try_with(|pending| {
            let orphan = Generator {
                func: self.func.clone(),
                name: RefCell::new(self.name.borrow().clone()),
                qualname: RefCell::new(self.qualname.borrow().clone()),
                state: Cell::new(GenState::Suspended),
                frame: RefCell::new(std::mem::take(&mut *self.frame.borrow_mut())),
                exc_state: RefCell::new(std::mem::take(&mut *self.exc_state.borrow_mut())),
                delegating: Cell::new(self.delegating.get()),
                swapped_handled: Cell::new(false),
                coroutine: self.coroutine,
            };
            let orphan = Value::Native(Rc::new(NativeObject::Generator(orphan)));
            pending.0.borrow_mut().push(orphan);
        });
        self.state.set(GenState::Finished);
        if queued.is_ok() {
            crate::vm::interrupt::request_finalizers();
        }
    }
}

thread_local! {
    /// Generators dropped while suspended inside a `try`, waiting to be closed.
    static PENDING_CLOSE: PendingClose = const { PendingClose(RefCell::new(Vec::new())) };
}

/// This thread's queue of generators to close. The eval breaker's flag is process-wide (the
/// SIGINT handler sets it from any thread), so `vm::interrupt` counts queued generators across
/// threads; a queue dropped with its thread takes its generators off that count.
struct PendingClose(RefCell<Vec<Value>>);

impl Drop for PendingClose {
    fn drop(&mut self) {
        let left = self.0.get_mut().len();
        crate::vm::interrupt::finalizers_done(left);
    }
}

/// Closes the generators dropped since the last safe point. An error closing one is reported
/// as CPython reports an exception in a finalizer ("Exception ignored in: ...") and otherwise
/// ignored.
pub(crate) fn run_pending_finalizers(vm: &mut Vm) {
    loop {
        let Some(orphan) = PENDING_CLOSE.with(|pending| pending.0.borrow_mut().pop()) else {
            return;
        };
        crate::vm::interrupt::finalizers_done(1);
        let closed = close(vm, &orphan);
        let name = match generator_of(&orphan) {
            Some(generator) => {
                // Whatever happened, it is not closed again when dropped.
                generator.state.set(GenState::Finished);
                generator.qualname_text()
            }
            None => String::new(),
        };
        if let Err(err) = closed {
            let report = crate::vm::traceback::render(vm, err);
            let text = format!("Exception ignored in: <generator object {name}>\n{report}");
            crate::vm::stdio::write_stderr(&text);
        }
    }
}

/// Whether `value` is a generator that can be iterated (coroutines cannot).
#[inline(always)]
pub fn is_iterable_generator(value: &Value) -> bool {
    generator_of(value).is_some_and(|g| !g.coroutine)
}

impl Generator {
    /// "generator" or "coroutine", for messages.
    pub fn kind_name(&self) -> &'static str {
        if self.coroutine {
            "coroutine"
        } else {
            "generator"
        }
    }
}

/// The generator `value` is, if it is one.
#[inline(always)]
pub fn generator_of(value: &Value) -> Option<&Generator> {
    match value {
        Value::Native(native) => match &**native {
            NativeObject::Generator(generator) => Some(generator),
            _ => None,
        },
        _ => None,
    }
}

/// The generator a call of generator function `func` makes, its parameters bound from `args`
/// (positional values followed by one per name in `kwnames`).
pub(crate) fn create(
    vm: &mut Vm,
    func: Rc<Function>,
    args: &mut [Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let mut slots = frame_buffer(&func)?;
    slots.resize(func.code.nlocals(), Value::Null);
    crate::vm::call::bind_arguments(vm, &func, args, kwnames, &mut slots)?;
    Ok(new_generator(func, slots))
}

/// `create` for a call whose arguments stay with the caller: `receiver` (a bound method's
/// object) and then `args`. Arguments that fill the parameters by position are cloned
/// straight into the frame.
pub(crate) fn create_from_call(
    vm: &mut Vm,
    func: &Rc<Function>,
    receiver: Option<&Value>,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let nargs = args.len() + usize::from(receiver.is_some());
    if !crate::vm::call::binds_by_position(func, nargs, kwnames) {
        let mut bound: Vec<Value> = receiver.into_iter().chain(args).cloned().collect();
        return create(vm, func.clone(), &mut bound, kwnames);
    }
    let mut slots = frame_buffer(func)?;
    // Pushed one by one into the reserved buffer: an `extend` over the chained iterator cost
    // 170 instructions per generator made (callgrind, `perf/generators.py`).
    if let Some(receiver) = receiver {
        slots.push(receiver.clone());
    }
    for arg in args {
        slots.push(arg.clone());
    }
    while slots.len() < func.code.nlocals() {
        slots.push(Value::Null);
    }
    Ok(new_generator(func.clone(), slots))
}

/// An empty slot buffer with room for the whole frame of generator function `func`: its
/// locals and its stack region (see `GenFrame::slots`).
fn frame_buffer(func: &Function) -> PyResult<Vec<Value>> {
    let mut slots = Vec::new();
    slots
        .try_reserve_exact(func.code.frame_slots())
        .map_err(|_| super::exception::memory_error())?;
    Ok(slots)
}

/// A created generator of `func` whose frame holds `slots` (the bound locals).
fn new_generator(func: Rc<Function>, slots: Vec<Value>) -> Value {
    let coroutine = func.code.is_coroutine;
    // A renamed function's generators take its names when they are made, as in CPython.
    let (name, qualname) = super::function_attrs::renamed(&func).unwrap_or_default();
    let generator = Generator {
        func,
        name: RefCell::new(name),
        qualname: RefCell::new(qualname),
        state: Cell::new(GenState::Created),
        frame: RefCell::new(GenFrame {
            slots,
            stack: Vec::new(),
            resume_at: 0,
        }),
        exc_state: RefCell::new(Value::None),
        delegating: Cell::new(false),
        swapped_handled: Cell::new(false),
        coroutine,
    };
    Value::Native(Rc::new(NativeObject::Generator(generator)))
}

/// The error an exception leaving a generator's frame becomes: a `StopIteration` would end
/// the caller's loop silently, so PEP 479 turns it into a RuntimeError caused by it.
pub(crate) fn exception_leaving(err: PyErr, leaving: &Value) -> PyErr {
    if !is_stop_iteration(&err) {
        return err;
    }
    let kind = generator_of(leaving).map_or("generator", Generator::kind_name);
    let mut err = err;
    let stop = exc_object::value_of(&mut err);
    let message = format!("{kind} raised StopIteration");
    let mut converted = PyErr::new(ExcKind::RuntimeError, message);
    let value = exc_object::value_of(&mut converted);
    if let Some(state) = exc_object::state_of(&value) {
        *state.cause.borrow_mut() = stop.clone();
        *state.context.borrow_mut() = stop;
        state.suppress_context.set(true);
    }
    let _ = exc_object::into_value(err);
    converted.0.chained = true;
    converted
}

fn is_stop_iteration(err: &PyErr) -> bool {
    is_raised(err, ExcKind::StopIteration)
}

/// Whether `err` is an exception of built-in `kind` or a subclass of it, whether or not its
/// object exists yet.
fn is_raised(err: &PyErr, kind: ExcKind) -> bool {
    match &err.0.value {
        Some(value) => super::types::type_of(value).derives_from_builtin(kind.name()),
        None => err.kind() == kind,
    }
}

/// Resumes `value`'s generator through the engine, after CPython's state checks.
fn resume(vm: &mut Vm, value: &Value, how: Resume) -> PyResult<GenStep> {
    let Some(generator) = generator_of(value) else {
        return Err(type_error("not a generator"));
    };
    let kind = generator.kind_name();
    match generator.state() {
        GenState::Running => Err(PyErr::new(
            ExcKind::ValueError,
            format!("{kind} already executing"),
        )),
        GenState::Finished if generator.coroutine => Err(reuse_error()),
        GenState::Finished => match how {
            Resume::Send(_) => Err(PyErr::new(ExcKind::StopIteration, "")),
            Resume::Throw(err) => Err(err),
        },
        GenState::Created => match how {
            Resume::Send(sent) if !matches!(sent, Value::None) => Err(type_error(format!(
                "can't send non-None value to a just-started {kind}"
            ))),
            how => (vm.engine().resume)(vm, value, how),
        },
        GenState::Suspended => (vm.engine().resume)(vm, value, how),
    }
}

/// Resuming a finished coroutine.
pub(crate) fn reuse_error() -> PyErr {
    PyErr::new(
        ExcKind::RuntimeError,
        "cannot reuse already awaited coroutine",
    )
}

/// `next(gen)`: the next item, `None` once the generator returns (its value dropped).
pub fn next_item(vm: &mut Vm, value: &Value) -> PyResult<Option<Value>> {
    match resume(vm, value, Resume::Send(Value::None)) {
        Ok(GenStep::Yielded(item)) => Ok(Some(item)),
        Ok(GenStep::Returned(_)) => Ok(None),
        Err(err) if err.kind() == ExcKind::StopIteration && err.0.value.is_none() => {
            if generator_of(value).is_some_and(|g| g.state() == GenState::Finished) {
                Ok(None)
            } else {
                Err(err)
            }
        }
        Err(err) => Err(err),
    }
}

/// Hands every item generator `value` yields to `each` until it ends or `each` returns false
/// (the generator stays suspended there), through the engine's `drive`.
pub fn for_each(
    vm: &mut Vm,
    value: &Value,
    each: &mut crate::engine::ItemSink<'_>,
) -> PyResult<()> {
    match generator_of(value).map(Generator::state) {
        Some(GenState::Created | GenState::Suspended) => (vm.engine().drive)(vm, value, each),
        Some(GenState::Finished) => Ok(()),
        _ => Err(PyErr::new(
            ExcKind::ValueError,
            "generator already executing",
        )),
    }
}

/// Every item left in generator `value` (`list(gen)`).
pub fn exhaust(vm: &mut Vm, value: &Value) -> PyResult<Vec<Value>> {
    let mut items = Vec::new();
    for_each(vm, value, &mut |_, item| {
        super::alloc::reserve_items(&mut items, 1)?;
        items.push(item);
        Ok(true)
    })?;
    Ok(items)
}

/// `any(gen)` (`stop_at` true) and `all(gen)` (false): whether an item with that truth came.
pub fn find_truth(vm: &mut Vm, value: &Value, stop_at: bool) -> PyResult<bool> {
    let mut found = false;
    for_each(vm, value, &mut |vm, item| {
        found = crate::ops::truthy_vm(vm, &item)? == stop_at;
        Ok(!found)
    })?;
    Ok(found)
}

/// `Engine::drive` for engines without a faster way: resumes the generator item by item.
pub fn drive_by_resuming(
    vm: &mut Vm,
    value: &Value,
    each: &mut crate::engine::ItemSink<'_>,
) -> PyResult<()> {
    while let Some(item) = next_item(vm, value)? {
        if !each(vm, item)? {
            break;
        }
    }
    Ok(())
}

/// `gen.send(value)`: the next item, or StopIteration carrying the return value.
pub fn send(vm: &mut Vm, value: &Value, sent: Value) -> PyResult<Value> {
    step_result(resume(vm, value, Resume::Send(sent))?)
}

/// A yielded item, or the StopIteration a return becomes.
fn step_result(step: GenStep) -> PyResult<Value> {
    match step {
        GenStep::Yielded(item) => Ok(item),
        GenStep::Returned(result) => Err(stop_iteration(result)),
    }
}

/// The StopIteration that hands `result` to whoever drove the generator.
pub fn stop_iteration(result: Value) -> PyErr {
    match result {
        Value::None => PyErr::new(ExcKind::StopIteration, ""),
        result => PyErr::with_args(ExcKind::StopIteration, "", Value::tuple(vec![result])),
    }
}

/// `gen.throw(err)`: raises `err` where the generator is suspended (in the target of a
/// `yield from` it is suspended in, first).
pub fn throw(vm: &mut Vm, value: &Value, err: PyErr) -> PyResult<Value> {
    let Some(generator) = generator_of(value) else {
        return Err(err);
    };
    if generator.state() == GenState::Suspended && generator.is_delegating() {
        let target = delegate_of(generator);
        let outcome = if is_generator_exit(&err) {
            close_target(vm, &target).map(|()| None)
        } else {
            throw_into_target(vm, &target, err).map(Some)
        };
        return match outcome {
            // The target yielded: so does this generator, staying where it is.
            Ok(Some(TargetStep::Yielded(item))) => Ok(item),
            // The target returned: the `yield from` is over, with that result.
            Ok(Some(TargetStep::Returned(result))) => {
                generator.end_delegation();
                step_result((vm.engine().resume)(vm, value, Resume::Send(result))?)
            }
            // `close` of the target went well: GeneratorExit goes on into this generator.
            Ok(None) => step_result(resume(
                vm,
                value,
                Resume::Throw(PyErr::new(ExcKind::GeneratorExit, "")),
            )?),
            Err(err) => step_result(resume(vm, value, Resume::Throw(err))?),
        };
    }
    step_result(resume(vm, value, Resume::Throw(err))?)
}

/// The target of the `yield from` a suspended generator waits in.
fn delegate_of(generator: &Generator) -> Value {
    let frame = generator.frame.borrow();
    frame
        .stack
        .last()
        .or_else(|| frame.slots.last())
        .cloned()
        .unwrap_or(Value::None)
}

enum TargetStep {
    Yielded(Value),
    Returned(Value),
}

/// Throws into a `yield from` target: a generator directly, anything else through its
/// `throw` method (without one, the error is raised in the delegating generator).
fn throw_into_target(vm: &mut Vm, target: &Value, err: PyErr) -> PyResult<TargetStep> {
    let result = if generator_of(target).is_some() {
        throw(vm, target, err)
    } else {
        match optional_attr(vm, target, "throw")? {
            Some(method) => {
                let exc = exc_object::into_value(err);
                crate::vm::reentry::call_from_native(vm, &method, &[exc])
            }
            None => return Err(err),
        }
    };
    match result {
        Ok(item) => Ok(TargetStep::Yielded(item)),
        Err(err) => stop_value(err).map(TargetStep::Returned),
    }
}

/// The value a StopIteration carries (`Err` for any other exception).
pub(crate) fn stop_value(mut err: PyErr) -> PyResult<Value> {
    if !is_stop_iteration(&err) {
        return Err(err);
    }
    let value = exc_object::value_of(&mut err);
    Ok(exc_object::state_of(&value)
        .map(|state| state.value.borrow().clone())
        .unwrap_or(Value::None))
}

/// Closes a `yield from` target: `close()` for a generator, its `close` method if it has one.
fn close_target(vm: &mut Vm, target: &Value) -> PyResult<()> {
    if generator_of(target).is_some() {
        return close(vm, target).map(drop);
    }
    if let Some(method) = optional_attr(vm, target, "close")? {
        crate::vm::reentry::call_from_native(vm, &method, &[])?;
    }
    Ok(())
}

/// `getattr(value, name)`, `None` when it has no such attribute.
fn optional_attr(vm: &mut Vm, value: &Value, name: &str) -> PyResult<Option<Value>> {
    let name = super::intern::intern(name);
    match crate::ops::load_attr(vm, value.clone(), &name) {
        Ok(found) => Ok(Some(found)),
        Err(err) if err.kind() == ExcKind::AttributeError => Ok(None),
        Err(err) => Err(err),
    }
}

fn is_generator_exit(err: &PyErr) -> bool {
    is_raised(err, ExcKind::GeneratorExit)
}

/// `gen.close()`: GeneratorExit raised where it is suspended; a generator that yields instead
/// is a RuntimeError.
pub fn close(vm: &mut Vm, value: &Value) -> PyResult<Value> {
    let Some(generator) = generator_of(value) else {
        return Ok(Value::None);
    };
    match generator.state() {
        GenState::Created => {
            generator.state.set(GenState::Finished);
            drop(std::mem::take(&mut *generator.frame.borrow_mut()));
            return Ok(Value::None);
        }
        GenState::Finished => return Ok(Value::None),
        GenState::Running | GenState::Suspended => {}
    }
    match throw(vm, value, PyErr::new(ExcKind::GeneratorExit, "")) {
        Ok(_) => {
            let message = format!("{} ignored GeneratorExit", generator.kind_name());
            let mut err = PyErr::new(ExcKind::RuntimeError, message);
            err.0.chained = true;
            Err(err)
        }
        Err(err) if is_generator_exit(&err) || is_stop_iteration(&err) => Ok(Value::None),
        Err(err) => Err(err),
    }
}

// ----- Python-visible methods and attributes --------------------------------------------------

fn receiver(this: &Value) -> PyResult<&Generator> {
    generator_of(this).ok_or_else(|| {
        type_error(format!(
            "descriptor requires a 'generator' object but received a '{}'",
            this.type_name()
        ))
    })
}

fn method_send(vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    receiver(this)?;
    match args {
        [sent] => send(vm, this, sent.clone()),
        _ => Err(type_error(format!(
            "generator.send() takes exactly one argument ({} given)",
            args.len()
        ))),
    }
}

fn method_throw(vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    receiver(this)?;
    let err = match args {
        [] => {
            return Err(type_error("throw expected at least 1 argument, got 0"));
        }
        [kind] => exc_object::throw_arguments(vm, kind, None, None)?,
        [kind, value] => exc_object::throw_arguments(vm, kind, Some(value), None)?,
        [kind, value, tb] => exc_object::throw_arguments(vm, kind, Some(value), Some(tb))?,
        _ => {
            return Err(type_error(format!(
                "throw expected at most 3 arguments, got {}",
                args.len()
            )));
        }
    };
    throw(vm, this, err)
}

fn method_close(vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    receiver(this)?;
    if !args.is_empty() {
        return Err(type_error(format!(
            "generator.close() takes no arguments ({} given)",
            args.len()
        )));
    }
    close(vm, this)
}

fn method_next(vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    receiver(this)?;
    if !args.is_empty() {
        return Err(type_error(format!(
            "expected 0 arguments, got {}",
            args.len()
        )));
    }
    send(vm, this, Value::None)
}

fn method_iter(_vm: &mut Vm, this: &Value, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    receiver(this)?;
    Ok(this.clone())
}

/// `coro.__await__()`: an iterator driving the coroutine (CPython's `coroutine_wrapper`; here
/// the coroutine object itself, which `yield from` and `await` delegate to directly).
fn method_await(_vm: &mut Vm, this: &Value, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    receiver(this)?;
    Ok(this.clone())
}

pub static GENERATOR_METHODS: &[BuiltinMethod] = &[
    BuiltinMethod {
        name: "send",
        owner: "generator",
        call: method_send,
        keywords: false,
    },
    BuiltinMethod {
        name: "throw",
        owner: "generator",
        call: method_throw,
        keywords: false,
    },
    BuiltinMethod {
        name: "close",
        owner: "generator",
        call: method_close,
        keywords: false,
    },
    BuiltinMethod {
        name: "__next__",
        owner: "generator",
        call: method_next,
        keywords: false,
    },
    BuiltinMethod {
        name: "__iter__",
        owner: "generator",
        call: method_iter,
        keywords: false,
    },
    BuiltinMethod {
        name: "__await__",
        owner: "coroutine",
        call: method_await,
        keywords: false,
    },
];

/// The attributes of a generator object (`None` for a name it does not have). A coroutine's
/// are named `cr_...` instead of `gi_...`, and it has `__await__` but no `__next__`/`__iter__`.
pub fn attribute(native: &Rc<NativeObject>, generator: &Generator, name: &str) -> Option<Value> {
    let name = match (generator.coroutine, name) {
        (true, "gi_running" | "gi_suspended" | "gi_code" | "gi_frame" | "gi_yieldfrom") => {
            return None;
        }
        (true, "__next__" | "__iter__") | (false, "__await__") => return None,
        (true, "cr_running") => "gi_running",
        (true, "cr_suspended") => "gi_suspended",
        (true, "cr_code") => "gi_code",
        (true, "cr_frame") => "gi_frame",
        (true, "cr_await") => "gi_yieldfrom",
        _ => name,
    };
    Some(match name {
        "__name__" => Value::Str(match &*generator.name.borrow() {
            Some(name) => name.clone(),
            None => Rc::new(PyStr::new(generator.func.code.name().to_string())),
        }),
        "__qualname__" => Value::Str(match &*generator.qualname.borrow() {
            Some(name) => name.clone(),
            None => Rc::new(PyStr::new(generator.func.code.qualname.to_string())),
        }),
        "gi_running" => Value::bool(generator.state() == GenState::Running),
        "gi_suspended" => Value::bool(generator.state() == GenState::Suspended),
        "gi_code" => Value::Code(generator.func.code.clone()),
        "gi_frame" => match generator.state() {
            GenState::Finished => Value::None,
            _ => Value::Native(Rc::new(NativeObject::Frame(Value::Native(native.clone())))),
        },
        "gi_yieldfrom" => match generator.state() {
            GenState::Suspended if generator.is_delegating() => delegate_of(generator),
            _ => Value::None,
        },
        _ => {
            let method = GENERATOR_METHODS.iter().find(|m| m.name == name)?;
            Value::BoundMethod(Rc::new((Value::Native(native.clone()), method)))
        }
    })
}

/// The attributes of a generator's frame object (`gi_frame`).
pub fn frame_attribute(generator_value: &Value, name: &str) -> Option<Value> {
    let generator = generator_of(generator_value)?;
    let code = &generator.func.code;
    Some(match name {
        "f_code" => Value::Code(code.clone()),
        "f_back" => Value::None,
        "f_lineno" => {
            let at = match generator.state() {
                GenState::Suspended => generator.frame.borrow().resume_at.saturating_sub(1),
                _ => 0,
            };
            let line = match generator.state() {
                GenState::Created => code.first_line,
                _ => code
                    .positions
                    .get(at as usize)
                    .map_or(code.first_line, |p| p.line),
            };
            Value::Int(i64::from(line))
        }
        _ => return None,
    })
}

/// `gen.__name__ = ...` and `gen.__qualname__ = ...`; `Ok(false)` for other names.
pub fn set_attribute(generator: &Generator, name: &str, value: &Value) -> PyResult<bool> {
    let slot = match name {
        "__name__" => &generator.name,
        "__qualname__" => &generator.qualname,
        _ => return Ok(false),
    };
    match value {
        Value::Str(text) => {
            *slot.borrow_mut() = Some(text.clone());
            Ok(true)
        }
        _ => Err(type_error(format!("{name} must be set to a string object"))),
    }
}

/// `repr(gen)`.
pub fn repr(native: &Rc<NativeObject>, generator: &Generator) -> String {
    format!(
        "<{} object {} at {:p}>",
        generator.kind_name(),
        generator.qualname_text(),
        Rc::as_ptr(native)
    )
}
