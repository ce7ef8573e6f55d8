//! The `threaded` engine. Each code object is pre-decoded once into a vector of `DInst`s — a
//! handler function pointer plus its operand already resolved (constant, name and jump-target
//! pointers) — so dispatch is one indirect call with no opcode `match` and no bounds checks. The
//! top of the stack is never in memory: it travels between handlers as the by-value `tos`
//! argument and return value. Frames are windows of `Vm::arena` (locals, then the value stack), so
//! a Python→Python call allocates nothing from the heap in steady state and stays in this loop.
//!
//! This file owns the registers, frame layout, decoding and the loop; `shapes.rs` implements each
//! shape of the opcode table once and generates the handlers from the table; `fused.rs` builds
//! superinstructions from those handlers. What a call is and how an exception unwinds are decided
//! in `vm::call` and `vm::unwind`, shared with every engine.
//!
//! Stack discipline: with k items on the stack, the window's stack region holds the k-1 lower
//! items (above one `Null` laid down by the first push) and `tos` holds the top; an empty stack
//! has `tos == Null`. When a handler fails, it has consumed `tos` and everything live is in
//! `[locals, sp)`, which unwinding drops.
//!
//! Soundness rests on three facts, each checked where it is established:
//! - every code object passes `bytecode::verify` before it is decoded, so no path pops below the
//!   window's stack region or pushes past its `max_stack + 1` slots, and every operand exists
//!   (`push`/`pop` re-check the bounds with `debug_assert!`s);
//! - a decoded array is reached only through pointers derived from one raw base pointer taken
//!   when it was allocated (jump targets, `code_start`, `ip`, and the `Ins` each handler gets), so
//!   a superinstruction may step from one entry to the next;
//! - frame windows come from `vm::arena`, whose chunks are never re-borrowed as a whole.
//!
//! `tests/miri.rs` runs programs through this engine under Miri's Stacked and Tree Borrows.

mod fused;
mod generators;
mod shapes;

use std::ptr;
use std::rc::Rc;

use super::Engine;
use crate::bytecode::verify::verify;
use crate::bytecode::{Code, DecodeOwner, ExceptionEntry, Opcode, OperandKind};
use crate::runtime::function::{Function, Module};
use crate::runtime::inline_cache::AttrCache;
use crate::runtime::value::discard;
use crate::runtime::{ExcKind, PyErr, PyResult, Value};
use crate::vm::Vm;
use crate::vm::arena::ArenaMark;
use crate::vm::call::{Invocation, ReturnAction, bind_arguments, binds_by_position};
use crate::vm::unwind::{FrameStack, unwind};
use ins::Ins;

pub static ENGINE: Engine = Engine {
    name: "threaded",
    summary: "pre-decoded handler vector, operands resolved, top of stack in a register, arena frames",
    call: run_function,
    resume: generators::resume_generator,
    drive: generators::drive_generator,
};

/// What a handler returns: the new top of stack. A handler leaves the dispatch loop by setting
/// `Exec::ip` to null (with `Exec::error` set on failure, `Exec::result` on return). Returning a
/// bare `Value` (a register pair, see `runtime::value::F64`) keeps the top of stack in registers;
/// a `Result` around it would be returned through memory.
type Step = Value;

/// A handler: `(registers, the instruction being run, top of stack) -> new top of stack`.
/// Unsafe to call except from the dispatch loop (or a superinstruction) with the registers of a
/// live frame and an `Ins` of that frame's decoded code.
type Handler = unsafe fn(&mut Exec<'_>, Ins, Value) -> Step;

/// A decoded instruction.
#[derive(Clone, Copy)]
struct DInst {
    handler: Handler,
    arg: u32,
    /// The resolved operand: `*const Value` (constant), `*const Rc<PyStr>` (name),
    /// `*const AttrCache` (attribute instructions: their inline cache, which holds the name) or
    /// `*const DInst` (jump target); null when the opcode has none of these.
    operand: *const (),
}

mod ins {
    //! `Ins`, the handle a handler gets on its own instruction, in a module of its own so that
    //! only `Ins::new` (unsafe) can make one.
    use super::DInst;

    /// A pointer to the decoded instruction being run. It carries the provenance of its whole
    /// decoded array, so a superinstruction may step to the entries that follow.
    #[derive(Clone, Copy)]
    pub(super) struct Ins(*const DInst);

    impl Ins {
        /// # Safety
        /// `at` must point at an entry of a live decoded array and derive from that array's base
        /// pointer; the array must outlive every use of the `Ins`.
        #[inline(always)]
        pub(super) unsafe fn new(at: *const DInst) -> Ins {
            Ins(at)
        }

        #[inline(always)]
        pub(super) fn as_ptr(self) -> *const DInst {
            self.0
        }

        #[inline(always)]
        pub(super) fn arg(self) -> u32 {
            // SAFETY: `Ins::new`'s contract: the entry is live.
            unsafe { (*self.0).arg }
        }

        #[inline(always)]
        pub(super) fn operand(self) -> *const () {
            // SAFETY: as in `arg`.
            unsafe { (*self.0).operand }
        }

        /// The entry after this one.
        ///
        /// # Safety
        /// This must not be the array's last entry (its sentinel).
        #[inline(always)]
        pub(super) unsafe fn next(self) -> Ins {
            // SAFETY: the caller guarantees a next entry in the same array.
            Ins(unsafe { self.0.add(1) })
        }
    }
}

/// A caller suspended while its callee runs.
struct Suspended {
    resume: *const DInst,
    code_start: *const DInst,
    sp: *mut Value,
    locals: *mut Value,
    func: Rc<Function>,
    mark: ArenaMark,
    /// Whether the callee's return value needs a return action other than "push it" (kept on
    /// `Exec::actions`, so this record stays small on the common path).
    callee_has_action: bool,
}

/// The registers of the running frame plus the stack of suspended callers.
struct Exec<'v> {
    vm: &'v mut Vm,
    ip: *const DInst,
    code_start: *const DInst,
    /// Next free slot of the current window's stack region.
    sp: *mut Value,
    /// Start of the current window (locals come first, then the stack region).
    locals: *mut Value,
    func: Rc<Function>,
    module: *const Module,
    mark: ArenaMark,
    /// The `KW_NAMES` tuple for the next call, or null.
    kwnames: *const Value,
    callers: Vec<Suspended>,
    /// The return actions of the suspended callers whose `callee_has_action` is set, innermost
    /// last.
    actions: Vec<ReturnAction>,
    error: Option<PyErr>,
    /// Where the failing instruction was (the loop nulls `ip` to stop).
    fault_ip: *const DInst,
    /// The exception object a handler entered by unwinding starts with on top of the stack.
    handler_tos: Value,
    result: Value,
    /// The running generator frames resumed inside this loop, innermost last (`generators`).
    gens: Vec<generators::GenActivation>,
    /// The generator frame this activation was started for (`Engine::resume`), kept apart so
    /// resuming a generator from Rust allocates nothing.
    first_gen: Option<generators::GenActivation>,
    /// The links of the delegation chains running generator frames were resumed through
    /// (`generators::GenActivation::chain`), outermost first, innermost chain last.
    chain_links: Vec<Value>,
    /// The first frame of this activation stopped by yielding `result` (a generator resumed
    /// from Rust), not by returning it.
    yielded: bool,
    /// Set while driving `first_gen` into a sink (`Engine::drive`): what its frame yields goes
    /// to the sink and the frame goes on, as if resumed with None, until the sink has had
    /// enough.
    sink: Option<&'v mut super::ItemSink<'v>>,
    /// An error the sink raised (a `__bool__` for `any`): raised once the generator frame is
    /// suspended, not inside it.
    sink_error: Option<PyErr>,
    /// The current window's stack region, `[stack_base, stack_limit)`, for `debug_assert!`s.
    #[cfg(debug_assertions)]
    stack_base: *mut Value,
    #[cfg(debug_assertions)]
    stack_limit: *mut Value,
}

/// A frame made ready by `Exec::enter`.
struct Window {
    func: Rc<Function>,
    code_start: *const DInst,
    locals: *mut Value,
    mark: ArenaMark,
}

impl<'v> Exec<'v> {
    fn new(vm: &'v mut Vm, func: Rc<Function>) -> Exec<'v> {
        Exec {
            vm,
            ip: ptr::null(),
            code_start: ptr::null(),
            sp: ptr::null_mut(),
            locals: ptr::null_mut(),
            module: Rc::as_ptr(&func.module),
            func,
            mark: ArenaMark::default(),
            kwnames: ptr::null(),
            callers: Vec::new(),
            actions: Vec::new(),
            error: None,
            fault_ip: ptr::null(),
            handler_tos: Value::Null,
            result: Value::Null,
            gens: Vec::new(),
            first_gen: None,
            chain_links: Vec::new(),
            sink: None,
            sink_error: None,
            yielded: false,
            #[cfg(debug_assertions)]
            stack_base: ptr::null_mut(),
            #[cfg(debug_assertions)]
            stack_limit: ptr::null_mut(),
        }
    }
}

impl Exec<'_> {
    /// Continues at `ins`'s jump target instead of the instruction after it.
    #[inline(always)]
    fn jump(&mut self, ins: Ins) {
        self.ip = ins.operand() as *const DInst;
    }

    /// Spills `value` (the old top) into the stack region.
    #[inline(always)]
    fn push(&mut self, value: Value) {
        #[cfg(debug_assertions)]
        assert!(
            self.sp < self.stack_limit,
            "push past the frame's stack region"
        );
        // SAFETY: module invariant: every window reserves `max_stack + 1` stack slots, and the
        // verifier proved no path holds more than `max_stack` items, so `sp` stays inside.
        unsafe {
            self.sp.write(value);
            self.sp = self.sp.add(1);
        }
    }

    /// Takes the value below the top out of the stack region.
    #[inline(always)]
    fn pop(&mut self) -> Value {
        #[cfg(debug_assertions)]
        assert!(
            self.sp > self.stack_base,
            "pop below the frame's stack region"
        );
        // SAFETY: module invariant: the verifier proved no instruction pops more than the stack
        // holds, so the slot below `sp` holds a live value, which is moved out.
        unsafe {
            self.sp = self.sp.sub(1);
            self.sp.read()
        }
    }

    /// A copy of the value `n` items below the top (`n >= 1`).
    ///
    /// # Safety
    /// The stack must hold more than `n` items.
    #[inline(always)]
    unsafe fn peek(&self, n: usize) -> Value {
        #[cfg(debug_assertions)]
        assert!(
            self.sp.wrapping_sub(n) >= self.stack_base,
            "peek below the frame's stack region"
        );
        // SAFETY: the caller's contract: the slot `n` below `sp` holds a live value.
        unsafe { (*self.sp.sub(n)).clone() }
    }

    /// Records a failure and stops the loop. Kept out of line: inlined, its error bookkeeping
    /// made every handler save registers and build a stack frame on its hot path.
    #[cold]
    #[inline(never)]
    fn fail(&mut self, err: PyErr) -> Step {
        if err.kind() == ExcKind::DeferredCall {
            // Not a failure: the instruction's semantics deferred a call to the engine.
            self.vm.defer_marker = Some(err);
            if self.vm.frame_request.is_some() {
                return self.answer_frame_request();
            }
            return self.enter_deferred();
        }
        self.error = Some(err);
        // SAFETY: the loop set `ip` to the failing instruction + 1 before calling its handler.
        self.fault_ip = unsafe { self.ip.sub(1) };
        self.ip = ptr::null();
        Value::Null
    }

    /// Fails an instruction that had not consumed `kept` (the old top of stack): it goes back on
    /// the stack, where unwinding drops it.
    #[cold]
    #[inline(never)]
    fn fail_keeping(&mut self, kept: Value, err: PyErr) -> Step {
        self.push(kept);
        self.fail(err)
    }

    /// Drops the stack-region values from `new_sp` up to `sp` and makes `new_sp` the top.
    ///
    /// # Safety
    /// `[new_sp, sp)` must hold initialised values of the current window.
    #[inline(always)]
    unsafe fn drop_down_to(&mut self, new_sp: *mut Value) {
        let mut at = new_sp;
        while at < self.sp {
            // SAFETY: the caller guarantees `[new_sp, sp)` holds initialised values.
            unsafe {
                discard(at.read());
                at = at.add(1);
            }
        }
        self.sp = new_sp;
    }

    /// Drops everything in the current window and gives it back to the arena.
    ///
    /// # Safety
    /// The registers must describe a live window whose live values are exactly `[locals, sp)`.
    unsafe fn free_window(&mut self) {
        // SAFETY: the caller's contract.
        unsafe { self.drop_down_to(self.locals) };
        self.vm.arena.release(self.mark);
        self.vm.leave_frame();
    }

    /// The keyword names for the call being made, clearing them for the next one.
    ///
    /// # Safety
    /// The returned slice borrows a constant of the running code: it must not be used after
    /// both the running frame and any frame it suspends into have finished.
    #[inline(always)]
    unsafe fn take_kwnames<'c>(&mut self) -> &'c [Value] {
        let names = std::mem::replace(&mut self.kwnames, ptr::null());
        if names.is_null() {
            return &[];
        }
        // SAFETY: the pointer is to a constant of the running code, kept alive by `func` (and
        // by the caller's `func` once a callee is entered) for the duration of the call.
        match unsafe { &*names } {
            Value::Tuple(items) => items.as_slice(),
            _ => &[],
        }
    }

    /// Makes a window for `func` with its arguments bound from the `argc` values at `args`.
    /// Returns the window and whether the arguments were moved out bitwise (then the caller must
    /// forget them); otherwise binding took them (leaving `Null`s) or, on failure, may have taken
    /// some.
    ///
    /// # Safety
    /// `args` must point at `argc` initialised values that no window carved later overlaps.
    #[inline(always)]
    unsafe fn enter(
        &mut self,
        func: Rc<Function>,
        args: *mut Value,
        argc: usize,
        kwnames: &[Value],
    ) -> Result<(Window, bool), PyErr> {
        let code_start = decoded(self.vm, &func.code)?;
        self.vm.enter_frame()?;
        let nlocals = func.code.nlocals();
        let (window, mark) = self.vm.arena.alloc_uninit(func.code.frame_slots());
        let moved = binds_by_position(&func, argc, kwnames);
        // SAFETY: the window has room for `nlocals` (>= argcount == argc when moved) slots;
        // `args` holds `argc` values.
        unsafe {
            // A loop rather than `copy_nonoverlapping`: argument counts are small and a
            // variable-length copy becomes a `memcpy` call (1.4% of a call-heavy profile).
            let first_unset = if moved {
                for i in 0..argc {
                    window.add(i).write(args.add(i).read());
                }
                argc
            } else {
                0
            };
            for i in first_unset..nlocals {
                window.add(i).write(Value::Null);
            }
        }
        if !moved {
            // SAFETY: both ranges were just initialised / are the caller's live arguments.
            let (locals, args) = unsafe {
                (
                    std::slice::from_raw_parts_mut(window, nlocals),
                    std::slice::from_raw_parts_mut(args, argc),
                )
            };
            if let Err(err) = bind_arguments(self.vm, &func, args, kwnames, locals) {
                // SAFETY: the locals are initialised values owned by the failed frame.
                unsafe { ptr::drop_in_place(locals as *mut [Value]) };
                self.vm.arena.release(mark);
                self.vm.leave_frame();
                return Err(err);
            }
        }
        Ok((
            Window {
                func,
                code_start,
                locals: window,
                mark,
            },
            moved,
        ))
    }

    /// `enter` with the arguments held in a heap vector, `args[first..]`: the vector forgets
    /// those moved into the window and keeps owning the rest.
    fn enter_from_vec(
        &mut self,
        func: Rc<Function>,
        args: &mut Vec<Value>,
        first: usize,
        kwnames: &[Value],
    ) -> Result<Window, PyErr> {
        let first = first.min(args.len());
        let argc = args.len() - first;
        // SAFETY: `args[first..]` are `argc` live values in a heap vector, which no arena window
        // overlaps.
        let (window, moved) =
            unsafe { self.enter(func, args.as_mut_ptr().add(first), argc, kwnames)? };
        if moved {
            // SAFETY: those values were moved bitwise into the window; the vector must not drop
            // them, and the ones before `first` stay initialised.
            unsafe { args.set_len(first) };
        }
        Ok(window)
    }

    /// Shows the running frame to the builtin that asked for it (`globals()`, `eval`, see
    /// `runtime::exec_eval`); its answer becomes the instruction's result.
    fn answer_frame_request(&mut self) -> Step {
        let nlocals = self.func.code.varnames.len();
        // SAFETY: the current window starts with the frame's `nlocals` slots, all initialised
        // (unbound ones hold `Null`); they are cloned before anything else runs.
        let locals = unsafe { std::slice::from_raw_parts(self.locals, nlocals) }.to_vec();
        let func = self.func.clone();
        let view = crate::runtime::exec_eval::FrameView {
            func: &func,
            locals,
        };
        match crate::runtime::exec_eval::complete_request(self.vm, view) {
            Ok(value) => value,
            Err(err) => self.fail(err),
        }
    }

    /// Enters the call an instruction's semantics deferred to the engine (`vm::call::
    /// DeferredCall`) as a new frame; its return value becomes the instruction's result.
    fn enter_deferred(&mut self) -> Step {
        let Some(call) = self.vm.deferred.take() else {
            return self.fail(PyErr::new(ExcKind::SystemError, "no deferred call"));
        };
        if call.func.code.is_generator {
            // Calling a generator function (an `async def __aexit__`) makes its object.
            let mut args = call.args;
            let argc = call.argc.min(args.len());
            let made =
                crate::runtime::generator::create(self.vm, call.func, &mut args[..argc], &[])
                    .and_then(|made| call.on_return.complete(self.vm, made));
            return match made {
                Ok(value) => value,
                Err(err) => self.fail(err),
            };
        }
        let mut args = std::mem::ManuallyDrop::new(call.args);
        let argc = call.argc.min(args.len());
        // SAFETY: `args` holds `argc` live values in this function's frame, which no arena
        // window overlaps.
        match unsafe { self.enter(call.func, args.as_mut_ptr(), argc, &[]) } {
            Ok((window, moved)) => {
                if !moved {
                    // SAFETY: binding took what it needed (leaving `Null`s); the rest is still
                    // owned here. Moved values belong to the window and must not be dropped.
                    unsafe { std::mem::ManuallyDrop::drop(&mut args) };
                }
                let resume = self.ip;
                self.switch_to(window, resume, call.on_return);
                Value::Null
            }
            Err(err) => {
                // SAFETY: on failure nothing was moved bitwise; the array still owns its values.
                unsafe { std::mem::ManuallyDrop::drop(&mut args) };
                self.fail(err)
            }
        }
    }

    /// Switches the registers to a window made by `enter`, suspending the current frame, which
    /// resumes at `resume` and treats the callee's return value as `callee_return` says.
    #[inline(always)]
    fn switch_to(&mut self, window: Window, resume: *const DInst, callee_return: ReturnAction) {
        let callee_has_action = !matches!(callee_return, ReturnAction::PushResult);
        if callee_has_action {
            self.actions.push(callee_return);
        }
        let caller = Suspended {
            resume,
            code_start: self.code_start,
            sp: self.sp,
            locals: self.locals,
            func: std::mem::replace(&mut self.func, window.func),
            mark: self.mark,
            callee_has_action,
        };
        self.callers.push(caller);
        self.install(window.code_start, window.locals, window.mark);
    }

    /// Points the registers at the start of `self.func`'s code in a fresh window.
    fn install(&mut self, code_start: *const DInst, locals: *mut Value, mark: ArenaMark) {
        self.ip = code_start;
        self.code_start = code_start;
        self.locals = locals;
        // SAFETY: the window holds nlocals slots followed by the stack region.
        self.sp = unsafe { locals.add(self.func.code.nlocals()) };
        self.module = Rc::as_ptr(&self.func.module);
        self.mark = mark;
        self.set_stack_bounds();
    }

    /// Resumes a suspended caller. `at_call` selects its `resume` ip (false: a return) or the call
    /// instruction itself (unwinding, so the traceback names the call's line).
    #[inline(always)]
    fn restore(&mut self, caller: Suspended, at_call: bool) {
        self.ip = if at_call {
            // SAFETY: `resume` follows the caller's CALL within the same decoded array.
            unsafe { caller.resume.sub(1) }
        } else {
            caller.resume
        };
        self.code_start = caller.code_start;
        self.sp = caller.sp;
        self.locals = caller.locals;
        self.func = caller.func;
        self.module = Rc::as_ptr(&self.func.module);
        self.mark = caller.mark;
        self.set_stack_bounds();
    }

    /// Debug builds: records the running window's stack region for `push`/`pop` to check.
    #[inline(always)]
    fn set_stack_bounds(&mut self) {
        #[cfg(debug_assertions)]
        {
            let code = &self.func.code;
            self.stack_base = self.locals.wrapping_add(code.nlocals());
            self.stack_limit = self.stack_base.wrapping_add(code.max_stack as usize + 1);
        }
    }
}

impl FrameStack for Exec<'_> {
    fn vm(&self) -> &Vm {
        self.vm
    }

    fn stopped_at(&self) -> (&Rc<Code>, usize) {
        // SAFETY: `ip` and `code_start` point into the running frame's decoded array.
        let index = unsafe { self.ip.offset_from(self.code_start) };
        (&self.func.code, index.max(0) as usize)
    }

    fn discard_frame(&mut self, err: &mut PyErr) -> bool {
        if self.running_generator() {
            if self.discard_generator_frame(err) {
                return true;
            }
        } else {
            // SAFETY: unwinding starts from the registers of a live frame (`run` only calls
            // `unwind` after a handler failed, leaving everything live in `[locals, sp)`), and
            // `restore` re-establishes that for each caller.
            unsafe { self.free_window() };
        }
        match self.callers.pop() {
            Some(caller) => {
                if caller.callee_has_action {
                    drop(self.actions.pop());
                }
                self.restore(caller, true);
                true
            }
            None => false,
        }
    }

    fn enter_handler(&mut self, entry: &ExceptionEntry, lasti: usize, exc: Value) {
        let code = &self.func.code;
        // SAFETY: the window's stack region starts after the `nlocals` local slots.
        let base = unsafe { self.locals.add(code.nlocals()) };
        // The region holds a `Null` under the lower items (module docs), so `depth` items are
        // `depth + 1` slots; the verifier proved `depth + 1 + lasti <= max_stack`, inside the
        // window's `max_stack + 1` slots.
        let keep = (entry.depth as usize + 1).min(code.max_stack as usize);
        // SAFETY: `base` and `sp` point into the same window.
        let len = unsafe { self.sp.offset_from(base) }.max(0) as usize;
        if len > keep {
            // SAFETY: `[base + keep, sp)` holds live values of this window.
            unsafe { self.drop_down_to(base.add(keep)) };
        } else {
            for _ in len..keep {
                self.push(Value::Null);
            }
        }
        if entry.lasti {
            self.push(Value::Int(lasti as i64));
        }
        self.kwnames = ptr::null();
        // SAFETY: the verifier checked that the handler is an instruction of this code, so
        // `target` is inside the decoded array.
        self.ip = unsafe { self.code_start.add(entry.target as usize) };
        self.handler_tos = exc;
    }
}

/// This engine's key in `DecodeOwner`: the address of its registry entry.
fn engine_key() -> usize {
    &ENGINE as *const Engine as usize
}

/// The pre-decoded form of `code` for this VM and engine, decoding it on first use.
#[inline(always)]
fn decoded(vm: &mut Vm, code: &Code) -> PyResult<*const DInst> {
    let owner = DecodeOwner {
        vm: vm.id,
        engine: engine_key(),
    };
    let (cached_owner, cached) = code.engine_cache.get();
    if cached_owner == owner {
        return Ok(cached as *const DInst);
    }
    decode(vm, code, owner)
}

/// Verifies `code`, decodes it into the VM's arena and records the result in its cache.
#[cold]
#[inline(never)]
fn decode(vm: &mut Vm, code: &Code, owner: DecodeOwner) -> PyResult<*const DInst> {
    verify(code).map_err(|err| PyErr::new(ExcKind::SystemError, err.to_string()))?;
    let n = code.instrs.len();
    let slice = vm
        .decoded
        .alloc_slice_fill_with(n + 1, |i| match code.instrs.get(i) {
            Some(instr) => match decode_one(code, i, instr.op, instr.arg) {
                Some(decoded) if code.is_generator && instr.op == Opcode::ReturnValue => DInst {
                    handler: generators::generator_return,
                    ..decoded
                },
                Some(decoded) => {
                    let handler = fused::superinstruction_at(code, i).unwrap_or(decoded.handler);
                    DInst { handler, ..decoded }
                }
                None => SENTINEL,
            },
            None => SENTINEL,
        });
    // From here on the array is reached only through `base`, so every pointer into it (jump
    // targets, `code_start`, `ip`) shares one provenance covering the whole array.
    let base: *mut DInst = slice.as_mut_ptr();
    for (i, instr) in code.instrs.iter().enumerate() {
        if instr.op.operand() == OperandKind::jump {
            let target = (instr.arg as usize).min(n);
            // SAFETY: `i < n` and `target <= n`, both inside the n + 1 entries.
            unsafe { (*base.add(i)).operand = base.add(target) as *const () };
        }
    }
    code.engine_cache.set((owner, base as *const ()));
    Ok(base)
}

const SENTINEL: DInst = DInst {
    handler: fell_off_the_end,
    arg: 0,
    operand: ptr::null(),
};

/// One instruction with its operand resolved; `None` for an operand that does not exist (the
/// verifier has refused such code already; this keeps decoding total).
fn decode_one(code: &Code, position: usize, op: Opcode, arg: u32) -> Option<DInst> {
    let index = arg as usize;
    let operand: *const () = match op.operand() {
        // Attribute instructions point at their inline cache, which holds their name.
        _ if matches!(
            op,
            Opcode::LoadAttr | Opcode::StoreAttr | Opcode::LoadMethod
        ) =>
        {
            code.caches.at(position)? as *const AttrCache as *const ()
        }
        OperandKind::konst => code.consts.get(index)? as *const Value as *const (),
        OperandKind::name => code.names.get(index)? as *const _ as *const (),
        OperandKind::local if index >= code.nlocals() => return None,
        _ => ptr::null(),
    };
    Some(DInst {
        handler: shapes::handler_for(op),
        arg,
        operand,
    })
}

/// Runs off the end of a code object or hits a malformed operand: never produced by the
/// compiler and refused by the verifier, but reported as an error rather than trusted.
unsafe fn fell_off_the_end(ex: &mut Exec<'_>, _ins: Ins, tos: Value) -> Step {
    drop(tos);
    ex.fail(PyErr::new(ExcKind::SystemError, "malformed bytecode"))
}

fn run_function(vm: &mut Vm, call: Invocation<'_>) -> PyResult<Value> {
    let Invocation {
        func,
        mut args,
        kwnames,
    } = call;
    let mut ex = Exec::new(vm, func.clone());
    let window = ex.enter_from_vec(func, &mut args, 0, kwnames)?;
    ex.func = window.func;
    ex.install(window.code_start, window.locals, window.mark);
    // SAFETY: the registers describe a freshly entered frame.
    unsafe { run(&mut ex, Value::Null) }
}

/// The dispatch loop: one indirect call per instruction, until a handler nulls `ip`. The loop
/// keeps `ip` in a register and stores the default successor *before* the call, so reloading it
/// afterwards does not wait on a store the handler has just made.
///
/// # Safety
/// The registers must describe a freshly entered frame whose top of stack is `tos`.
unsafe fn run(ex: &mut Exec<'_>, tos: Value) -> PyResult<Value> {
    let mut tos = tos;
    loop {
        // SAFETY: the caller's contract, or a handler entered by `unwind`.
        unsafe { dispatch(ex, tos) };
        let Some(err) = ex.error.take() else {
            return Ok(std::mem::take(&mut ex.result));
        };
        ex.ip = ex.fault_ip;
        unwind(ex, err)?;
        // A handler caught it: the registers are at the handler, the exception on top.
        tos = std::mem::take(&mut ex.handler_tos);
    }
}

/// `run` for a frame in which `err` is raised at `ex.ip` before anything runs (`throw` into a
/// generator).
///
/// # Safety
/// The registers must describe a live frame whose values are all in `[locals, sp)`.
unsafe fn run_raising(ex: &mut Exec<'_>, err: PyErr) -> PyResult<Value> {
    unwind(ex, err)?;
    let tos = std::mem::take(&mut ex.handler_tos);
    // SAFETY: the caller's contract; `unwind` pointed the registers at a handler.
    unsafe { run(ex, tos) }
}

/// Runs instructions from `ex.ip` with `tos` on top until a handler nulls `ip` (a return from
/// the activation's first frame, or a failure). Kept a function of its own so the loop's code
/// does not depend on what `run` does around it.
///
/// # Safety
/// The registers must describe a live frame whose top of stack is `tos`.
#[inline(never)]
unsafe fn dispatch(ex: &mut Exec<'_>, mut tos: Value) {
    let mut ip = ex.ip;
    while !ip.is_null() {
        // SAFETY: `ip` points into live decoded code and derives from its base; handlers
        // uphold the stack discipline described in the module docs.
        unsafe {
            ex.ip = ip.add(1);
            tos = ((*ip).handler)(ex, Ins::new(ip), tos);
        }
        ip = ex.ip;
    }
    discard(tos);
}
