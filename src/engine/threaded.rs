//! The `threaded` engine. Each code object is pre-decoded once into a vector of `DInst`s — a
//! handler function pointer plus its operand already resolved (constant, name and jump-target
//! pointers) — so dispatch is one indirect call with no opcode `match` and no bounds checks. The
//! top of the stack is never in memory: it travels between handlers as the by-value `tos`
//! argument and return value. Frames are windows of `Vm::arena` (locals, then the value stack), so
//! a Python→Python call allocates nothing from the heap in steady state and stays in this loop.
//!
//! Stack discipline: with k items on the stack, the window's stack region holds the k-1 lower
//! items (above one `Null` laid down by the first push) and `tos` holds the top; an empty stack
//! has `tos == Null`. When a handler fails, it has consumed `tos` and everything live is in
//! `[locals, sp)`, which unwinding drops.

use std::ptr;
use std::rc::Rc;

use super::Engine;
use crate::bytecode::{Code, Opcode, OperandKind};
use crate::ops;
use crate::runtime::exception::TracebackEntry;
use crate::runtime::function::{Function, Module};
use crate::runtime::str::PyStr;
use crate::runtime::value::discard;
use crate::runtime::{ExcKind, PyErr, PyResult, Value};
use crate::vm::Vm;
use crate::vm::arena::ArenaMark;
use crate::vm::call::{bind_arguments, binds_by_position, call_native};

pub static ENGINE: Engine = Engine {
    name: "threaded",
    summary: "pre-decoded handler vector, operands resolved, top of stack in a register, arena frames",
    call: run_function,
};

/// What a handler returns: the new top of stack. A handler leaves the dispatch loop by setting
/// `Exec::ip` to null (with `Exec::error` set on failure, `Exec::result` on return). Returning a
/// bare `Value` (a register pair, see `runtime::value::F64`) keeps the top of stack in registers;
/// a `Result` around it would be returned through memory.
type Step = Value;
type Handler = unsafe fn(&mut Exec<'_>, &DInst, Value) -> Step;

/// A decoded instruction.
#[derive(Clone, Copy)]
struct DInst {
    handler: Handler,
    arg: u32,
    /// The resolved operand: `*const Value` (constant), `*const Rc<PyStr>` (name) or
    /// `*const DInst` (jump target); null when the opcode has none of these.
    operand: *const (),
}

/// A caller suspended while its callee runs.
struct Suspended {
    resume: *const DInst,
    code_start: *const DInst,
    sp: *mut Value,
    locals: *mut Value,
    func: Rc<Function>,
    mark: ArenaMark,
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
    error: Option<PyErr>,
    /// Where the failing instruction was (the loop nulls `ip` to stop).
    fault_ip: *const DInst,
    result: Value,
}

impl Exec<'_> {
    /// Continues at `ins`'s jump target instead of the instruction after it.
    #[inline(always)]
    fn jump(&mut self, ins: &DInst) {
        self.ip = ins.operand as *const DInst;
    }

    /// Spills `value` (the old top) into the stack region.
    #[inline(always)]
    fn push(&mut self, value: Value) {
        // SAFETY: module invariant: every window reserves `max_stack + 1` stack slots, and the
        // compiler's stack-depth analysis bounds every push sequence by `max_stack`, so `sp`
        // stays inside the window.
        unsafe {
            self.sp.write(value);
            self.sp = self.sp.add(1);
        }
    }

    /// Takes the value below the top out of the stack region.
    #[inline(always)]
    fn pop(&mut self) -> Value {
        // SAFETY: module invariant: the compiler never pops more than it pushed, so the slot
        // below `sp` holds a live value, which is moved out and no longer counted as live.
        unsafe {
            self.sp = self.sp.sub(1);
            self.sp.read()
        }
    }

    /// Records a failure and stops the loop. Kept out of line: inlined, its error bookkeeping
    /// made every handler save registers and build a stack frame on its hot path.
    #[cold]
    #[inline(never)]
    fn fail(&mut self, err: PyErr) -> Step {
        self.error = Some(err);
        // SAFETY: the loop set `ip` to the failing instruction + 1 before calling its handler.
        self.fault_ip = unsafe { self.ip.sub(1) };
        self.ip = ptr::null();
        Value::Null
    }

    /// Drops the stack-region values from `new_sp` up to `sp` and makes `new_sp` the top.
    #[inline(always)]
    unsafe fn drop_down_to(&mut self, new_sp: *mut Value) {
        let mut at = new_sp;
        while at < self.sp {
            // SAFETY: the caller guarantees `[new_sp, sp)` holds initialised values of this window.
            unsafe {
                discard(at.read());
                at = at.add(1);
            }
        }
        self.sp = new_sp;
    }

    /// Drops everything in the current window and gives it back to the arena.
    unsafe fn free_window(&mut self) {
        // SAFETY: locals and the used part of the stack region are initialised values.
        unsafe { self.drop_down_to(self.locals) };
        self.vm.arena.release(self.mark);
        self.vm.leave_frame();
    }

    fn traceback_entry(&self) -> TracebackEntry {
        let code = &self.func.code;
        // SAFETY: both pointers are into the same decoded slice.
        let index = unsafe { self.ip.offset_from(self.code_start) } as usize;
        code.traceback_entry(index)
    }

    /// The keyword names for the call being made, clearing them for the next one.
    #[inline(always)]
    fn take_kwnames<'c>(&mut self) -> &'c [Value] {
        let names = std::mem::replace(&mut self.kwnames, ptr::null());
        if names.is_null() {
            return &[];
        }
        // SAFETY: the pointer is to a constant of the running code, kept alive by `func`
        // (and by the caller's `func` once a callee is entered) for the duration of the call.
        let names = unsafe { &*names };
        match names {
            // SAFETY: as above, the tuple outlives the call that reads these names.
            Value::Tuple(items) => unsafe { &*(items.as_slice() as *const [Value]) },
            _ => &[],
        }
    }

    /// Makes `func` the running frame: a new arena window, arguments bound from the `argc`
    /// values at `args`. Returns the window and whether the arguments were moved out bitwise
    /// (then the caller must forget them); otherwise binding took them (leaving `Null`s) or, on
    /// failure, may have taken some.
    #[inline(always)]
    unsafe fn enter(
        &mut self,
        func: Rc<Function>,
        args: *mut Value,
        argc: usize,
        kwnames: &[Value],
    ) -> Result<(Window, bool), PyErr> {
        self.vm.enter_frame()?;
        let code_start = decoded(self.vm, &func.code);
        let nlocals = func.code.nlocals();
        let (window, mark) = self
            .vm
            .arena
            .alloc_uninit(nlocals + func.code.max_stack as usize + 1);
        let moved = binds_by_position(&func, argc, kwnames);
        // SAFETY: the window has room for `nlocals` (>= argc) slots; `args` holds `argc` values.
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
            if let Err(err) = bind_arguments(&func, args, kwnames, locals) {
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
                nlocals,
                mark,
            },
            moved,
        ))
    }

    /// Switches the registers to a window made by `enter`, suspending the current frame.
    #[inline(always)]
    fn switch_to(&mut self, window: Window, resume: *const DInst) {
        let caller = Suspended {
            resume,
            code_start: self.code_start,
            sp: self.sp,
            locals: self.locals,
            func: std::mem::replace(&mut self.func, window.func),
            mark: self.mark,
        };
        self.callers.push(caller);
        self.install(
            window.code_start,
            window.locals,
            window.nlocals,
            window.mark,
        );
    }

    fn install(
        &mut self,
        code_start: *const DInst,
        locals: *mut Value,
        nlocals: usize,
        mark: ArenaMark,
    ) {
        self.ip = code_start;
        self.code_start = code_start;
        self.locals = locals;
        // SAFETY: the window holds nlocals slots followed by the stack region.
        self.sp = unsafe { locals.add(nlocals) };
        self.module = Rc::as_ptr(&self.func.module);
        self.mark = mark;
    }

    /// Resumes a suspended caller. `at_call` selects its `resume` ip (false: a return) or the call
    /// instruction itself (unwinding, so the traceback names the call's line).
    fn restore(&mut self, caller: Suspended, at_call: bool) {
        self.ip = if at_call {
            // SAFETY: `resume` follows the caller's CALL within the same decoded slice.
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
    }
}

/// A frame made ready by `Exec::enter`.
struct Window {
    func: Rc<Function>,
    code_start: *const DInst,
    locals: *mut Value,
    nlocals: usize,
    mark: ArenaMark,
}

/// The pre-decoded form of `code` for this VM, decoding it on first use.
fn decoded(vm: &mut Vm, code: &Code) -> *const DInst {
    let (owner, cached) = code.engine_cache.get();
    if owner == vm.id {
        return cached as *const DInst;
    }
    let n = code.instrs.len();
    let slice = vm
        .decoded
        .alloc_slice_fill_with(n + 1, |i| match code.instrs.get(i) {
            Some(instr) => match decode_one(code, instr.op, instr.arg) {
                Some(decoded) => {
                    let handler = superinstruction_at(code, i).unwrap_or(decoded.handler);
                    DInst { handler, ..decoded }
                }
                None => SENTINEL,
            },
            None => SENTINEL,
        });
    let base = slice.as_ptr();
    for (i, d) in slice.iter_mut().enumerate() {
        if i < n && code.instrs[i].op.operand() == OperandKind::jump {
            let target = (d.arg as usize).min(n);
            // SAFETY: target <= n, inside the n + 1 element slice.
            d.operand = unsafe { base.add(target) } as *const ();
        }
    }
    code.engine_cache.set((vm.id, base as *const ()));
    base
}

const SENTINEL: DInst = DInst {
    handler: fell_off_the_end,
    arg: 0,
    operand: ptr::null(),
};

/// One instruction with its operand resolved; `None` for an operand that does not exist.
fn decode_one(code: &Code, op: Opcode, arg: u32) -> Option<DInst> {
    let index = arg as usize;
    let operand: *const () = match op.operand() {
        OperandKind::konst => code.consts.get(index)? as *const Value as *const (),
        OperandKind::name => code.names.get(index)? as *const Rc<PyStr> as *const (),
        OperandKind::local if index >= code.nlocals() => return None,
        _ => ptr::null(),
    };
    Some(DInst {
        handler: handler_for(op),
        arg,
        operand,
    })
}

/// Runs off the end of a code object or hits a malformed operand: never produced by the
/// compiler, but reported as an error rather than trusted.
unsafe fn fell_off_the_end(ex: &mut Exec<'_>, _ins: &DInst, tos: Value) -> Step {
    drop(tos);
    ex.fail(PyErr::new(ExcKind::SystemError, "malformed bytecode"))
}

fn run_function(
    vm: &mut Vm,
    func: &Rc<Function>,
    mut args: Vec<Value>,
    kwnames: &[Value],
) -> PyResult<Value> {
    let mut ex = Exec {
        vm,
        ip: ptr::null(),
        code_start: ptr::null(),
        sp: ptr::null_mut(),
        locals: ptr::null_mut(),
        func: func.clone(),
        module: Rc::as_ptr(&func.module),
        mark: ArenaMark::default(),
        kwnames: ptr::null(),
        callers: Vec::new(),
        error: None,
        fault_ip: ptr::null(),
        result: Value::Null,
    };
    // SAFETY: `enter` only touches the arena and the arguments.
    let (window, moved) =
        unsafe { ex.enter(func.clone(), args.as_mut_ptr(), args.len(), kwnames)? };
    if moved {
        // SAFETY: the values were moved bitwise into the frame; the vector must not drop them.
        unsafe { args.set_len(0) };
    }
    ex.func = window.func.clone();
    ex.install(
        window.code_start,
        window.locals,
        window.nlocals,
        window.mark,
    );
    drop(window);
    // SAFETY: the registers describe a freshly entered frame.
    unsafe { run(&mut ex) }
}

/// The dispatch loop: one indirect call per instruction, until a handler nulls `ip`. The loop
/// keeps `ip` in a register and stores the default successor *before* the call, so reloading it
/// afterwards does not wait on a store the handler has just made.
unsafe fn run(ex: &mut Exec<'_>) -> PyResult<Value> {
    let mut tos = Value::Null;
    let mut ip = ex.ip;
    while !ip.is_null() {
        // SAFETY: `ip` points into live decoded code; handlers uphold the stack discipline
        // described in the module docs.
        unsafe {
            let ins = &*ip;
            ex.ip = ip.add(1);
            tos = (ins.handler)(ex, ins, tos);
        }
        ip = ex.ip;
    }
    crate::runtime::value::discard(tos);
    if ex.error.is_some() {
        ex.ip = ex.fault_ip;
        // SAFETY: `ip` names the failing instruction of a live frame, as `unwind` requires.
        return Err(unsafe { unwind(ex) });
    }
    Ok(std::mem::take(&mut ex.result))
}

/// Unwinds every frame of this activation, recording the traceback.
unsafe fn unwind(ex: &mut Exec<'_>) -> PyErr {
    let mut err = ex
        .error
        .take()
        .unwrap_or_else(|| PyErr::new(ExcKind::SystemError, "error without exception"));
    loop {
        err.add_traceback(ex.traceback_entry());
        // SAFETY: the current window's live values are exactly `[locals, sp)`.
        unsafe { ex.free_window() };
        match ex.callers.pop() {
            Some(caller) => ex.restore(caller, true),
            None => return err,
        }
    }
}

// ----- shapes -----------------------------------------------------------------------------------
// One function per shape of the opcode table; each handler is a shape applied to its semantics.

#[inline(always)]
unsafe fn nop(_ex: &mut Exec<'_>, _ins: &DInst, tos: Value) -> Step {
    tos
}

#[inline(always)]
unsafe fn pop_top(ex: &mut Exec<'_>, _ins: &DInst, tos: Value) -> Step {
    discard(tos);
    ex.pop()
}

#[inline(always)]
unsafe fn copy(ex: &mut Exec<'_>, ins: &DInst, tos: Value) -> Step {
    let n = ins.arg as usize;
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
unsafe fn swap(ex: &mut Exec<'_>, ins: &DInst, mut tos: Value) -> Step {
    let n = ins.arg as usize;
    if n >= 2 {
        // SAFETY: item n is at sp - (n - 1), inside the stack region.
        unsafe { ptr::swap(&mut tos, ex.sp.sub(n - 1)) };
    }
    tos
}

#[inline(always)]
unsafe fn load_const(ex: &mut Exec<'_>, ins: &DInst, tos: Value) -> Step {
    // SAFETY: decode resolved the operand to a constant of the running code.
    let value = unsafe { (*(ins.operand as *const Value)).clone() };
    ex.push(tos);
    value
}

#[inline(always)]
unsafe fn load_fast(
    ex: &mut Exec<'_>,
    ins: &DInst,
    tos: Value,
    f: fn(&Value, &Code, u32) -> PyResult<Value>,
) -> Step {
    let index = ins.arg;
    // SAFETY: decode checked `index < nlocals`.
    let slot = unsafe { &*ex.locals.add(index as usize) };
    match f(slot, &ex.func.code, index) {
        Ok(value) => {
            ex.push(tos);
            value
        }
        Err(err) => {
            ex.push(tos);
            ex.fail(err)
        }
    }
}

#[inline(always)]
unsafe fn store_fast(ex: &mut Exec<'_>, ins: &DInst, tos: Value) -> Step {
    let index = ins.arg as usize;
    // SAFETY: decode checked `index < nlocals`.
    let old = unsafe { std::mem::replace(&mut *ex.locals.add(index), tos) };
    discard(old);
    ex.pop()
}

#[inline(always)]
unsafe fn load_global(
    ex: &mut Exec<'_>,
    ins: &DInst,
    tos: Value,
    f: fn(&Module, u32) -> PyResult<Value>,
) -> Step {
    // SAFETY: `module` points at the running function's module, kept alive by `func`.
    let result = f(unsafe { &*ex.module }, ins.arg);
    ex.push(tos);
    match result {
        Ok(value) => value,
        Err(err) => ex.fail(err),
    }
}

#[inline(always)]
unsafe fn store_global(ex: &mut Exec<'_>, ins: &DInst, tos: Value) -> Step {
    // SAFETY: as in `load_global`.
    unsafe { (*ex.module).store_slot(ins.arg as usize, tos) };
    ex.pop()
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
    _ins: &DInst,
    tos: Value,
    f: fn(&mut Vm, Value) -> PyResult<Value>,
) -> Step {
    let result = f(ex.vm, tos);
    finish(ex, result)
}

#[inline(always)]
unsafe fn binary(
    ex: &mut Exec<'_>,
    ins: &DInst,
    tos: Value,
    f: fn(&mut Vm, u32, Value, Value) -> PyResult<Value>,
) -> Step {
    let left = ex.pop();
    let result = f(ex.vm, ins.arg, left, tos);
    finish(ex, result)
}

#[inline(always)]
unsafe fn store_subscr(
    ex: &mut Exec<'_>,
    _ins: &DInst,
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
fn name_operand<'c>(ins: &DInst) -> &'c PyStr {
    // SAFETY: decode resolved the operand to a name of the running code, alive while it runs.
    unsafe { &*(ins.operand as *const Rc<PyStr>) }
}

#[inline(always)]
unsafe fn attr(
    ex: &mut Exec<'_>,
    ins: &DInst,
    tos: Value,
    f: fn(&mut Vm, Value, &PyStr) -> PyResult<Value>,
) -> Step {
    let result = f(ex.vm, tos, name_operand(ins));
    finish(ex, result)
}

#[inline(always)]
unsafe fn build(
    ex: &mut Exec<'_>,
    ins: &DInst,
    tos: Value,
    f: fn(&mut Vm, Vec<Value>) -> PyResult<Value>,
) -> Step {
    let n = ins.arg as usize;
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

#[inline(always)]
unsafe fn unpack(
    ex: &mut Exec<'_>,
    ins: &DInst,
    tos: Value,
    f: fn(&mut Vm, Value, &mut [Value]) -> PyResult<()>,
) -> Step {
    let n = ins.arg as usize;
    let start = ex.sp;
    // SAFETY: unpacking n items nets n - 1 more stack slots, within the window's reserve.
    let out = unsafe {
        for i in 0..n {
            start.add(i).write(Value::Null);
        }
        std::slice::from_raw_parts_mut(start, n)
    };
    match f(ex.vm, tos, out) {
        Ok(()) => {
            // SAFETY: the n slots from `start` were filled by `f` and become stack items.
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
unsafe fn for_iter(
    ex: &mut Exec<'_>,
    ins: &DInst,
    tos: Value,
    f: fn(&mut Vm, &Value) -> PyResult<Option<Value>>,
) -> Step {
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
        Err(err) => {
            ex.push(tos);
            ex.fail(err)
        }
    }
}

#[inline(always)]
unsafe fn jump(ex: &mut Exec<'_>, ins: &DInst, tos: Value) -> Step {
    ex.jump(ins);
    tos
}

#[inline(always)]
unsafe fn pop_jump_if(
    ex: &mut Exec<'_>,
    ins: &DInst,
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
        Err(err) => {
            ex.push(tos);
            ex.fail(err)
        }
    }
}

#[inline(always)]
unsafe fn jump_or_pop(
    ex: &mut Exec<'_>,
    ins: &DInst,
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
        Err(err) => {
            ex.push(tos);
            ex.fail(err)
        }
    }
}

#[inline(always)]
unsafe fn return_value(ex: &mut Exec<'_>, _ins: &DInst, tos: Value) -> Step {
    // SAFETY: the frame is finished; its window's live values are `[locals, sp)`.
    unsafe { ex.free_window() };
    match ex.callers.pop() {
        Some(caller) => {
            ex.restore(caller, false);
            tos
        }
        None => {
            ex.result = tos;
            ex.ip = ptr::null();
            Value::Null
        }
    }
}

#[inline(always)]
unsafe fn kw_names(ex: &mut Exec<'_>, ins: &DInst, tos: Value) -> Step {
    ex.kwnames = ins.operand as *const Value;
    tos
}

/// `CALL` / `CALL_METHOD`: Python functions become a new window in this loop; anything else is
/// called through the shared protocol.
#[inline(always)]
unsafe fn call_shape(ex: &mut Exec<'_>, ins: &DInst, tos: Value, method: bool) -> Step {
    let argc = ins.arg as usize;
    let kwnames = ex.take_kwnames();
    ex.push(tos);
    // SAFETY: the compiler pushed callee, [receiver,] and argc arguments; all are in memory now.
    let (callee_slot, receiver, args) = unsafe {
        let args_start = ex.sp.sub(argc);
        let callee_slot = args_start.sub(1 + method as usize);
        let receiver = if method {
            Some(&*args_start.sub(1)).filter(|r| !r.is_null())
        } else {
            None
        };
        (
            callee_slot,
            receiver,
            std::slice::from_raw_parts_mut(args_start, argc),
        )
    };
    // SAFETY: `callee_slot` is a live slot of this window (see above).
    let callee = unsafe { &*callee_slot };
    if receiver.is_none() && matches!(callee, Value::Function(_)) {
        // Take the function out of its slot (leaving a droppable Null) rather than cloning it.
        // SAFETY: as above; the slot keeps holding a valid value.
        let taken = unsafe { ptr::replace(callee_slot, Value::Null) };
        let Value::Function(func) = taken else {
            return ex.fail(PyErr::new(
                ExcKind::SystemError,
                "callee changed during call",
            ));
        };
        // SAFETY: `args` are this call's `argc` live arguments.
        let entered = unsafe { ex.enter(func, args.as_mut_ptr(), argc, kwnames) };
        return match entered {
            Ok((window, moved)) => {
                if moved {
                    // The arguments now live in the callee's window.
                    ex.sp = args.as_mut_ptr();
                }
                // SAFETY: `[callee_slot, sp)` holds this call's remaining live slots.
                unsafe { ex.drop_down_to(callee_slot) };
                let resume = ex.ip;
                ex.switch_to(window, resume);
                Value::Null
            }
            Err(err) => ex.fail(err),
        };
    }
    let result = call_native(ex.vm, callee, receiver, args, kwnames);
    // SAFETY: `[callee_slot, sp)` holds this call's live slots.
    unsafe { ex.drop_down_to(callee_slot) };
    finish(ex, result)
}

#[inline(always)]
unsafe fn call(ex: &mut Exec<'_>, ins: &DInst, tos: Value) -> Step {
    // SAFETY: forwarded from the handler's own contract.
    unsafe { call_shape(ex, ins, tos, false) }
}

#[inline(always)]
unsafe fn call_method(ex: &mut Exec<'_>, ins: &DInst, tos: Value) -> Step {
    // SAFETY: forwarded from the handler's own contract.
    unsafe { call_shape(ex, ins, tos, true) }
}

#[inline(always)]
unsafe fn load_method(
    ex: &mut Exec<'_>,
    ins: &DInst,
    tos: Value,
    f: fn(&mut Vm, Value, &PyStr) -> PyResult<(Value, Value)>,
) -> Step {
    match f(ex.vm, tos, name_operand(ins)) {
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
    ins: &DInst,
    tos: Value,
    f: fn(&mut Vm, &Rc<Module>, Value, Option<Value>) -> PyResult<Value>,
) -> Step {
    let defaults = if ins.arg & 1 == 1 {
        Some(ex.pop())
    } else {
        None
    };
    let module = ex.func.module.clone();
    let result = f(ex.vm, &module, tos, defaults);
    finish(ex, result)
}

#[inline(always)]
unsafe fn load_named(
    ex: &mut Exec<'_>,
    ins: &DInst,
    tos: Value,
    f: fn(&mut Vm, &PyStr) -> PyResult<Value>,
) -> Step {
    ex.push(tos);
    let result = f(ex.vm, name_operand(ins));
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
        mod handlers {
            use super::*;
            $(
                #[doc = $doc]
                #[inline(always)]
                pub(super) unsafe fn $variant(ex: &mut Exec<'_>, ins: &DInst, tos: Value) -> Step {
                    // SAFETY: called only by `run` with the registers of a live frame.
                    unsafe { apply_shape!($shape, $sem, ex, ins, tos) }
                }
            )*
        }

        fn handler_for(op: Opcode) -> Handler {
            match op {
                $( Opcode::$variant => handlers::$variant, )*
            }
        }
    };
}

crate::for_each_opcode!(threaded_handlers);

// ----- superinstructions ------------------------------------------------------------------------
// Frequent opcode sequences (measured on perf/*.py by counting adjacent pairs under the switch
// engine) get one handler that runs the member handlers back to back, saving the dispatches in
// between. Only the first instruction's entry is replaced; the following entries keep their own
// handlers, so jumps into the middle of a sequence still work. Longest sequences first.

macro_rules! superinstructions {
    ($( $name:ident = [$first:ident $(, $rest:ident)+]; )*) => {
        #[allow(non_snake_case)]
        mod fused {
            use super::*;
            $(
                /// Runs the sequence's handlers in order, stopping early when one fails, jumps,
                /// calls or returns (then `ip` is no longer the next member).
                pub(super) unsafe fn $name(ex: &mut Exec<'_>, ins: &DInst, tos: Value) -> Step {
                    let mut at: *const DInst = ins;
                    // SAFETY: the decoder only installs this handler where the whole sequence
                    // follows, so every `at` stays within the decoded code.
                    unsafe {
                        let mut tos = handlers::$first(ex, &*at, tos);
                        $(
                            if ex.ip != at.add(1) {
                                return tos;
                            }
                            at = at.add(1);
                            ex.ip = at.add(1);
                            tos = handlers::$rest(ex, &*at, tos);
                        )+
                        tos
                    }
                }
            )*
        }

        /// The sequences and their fused handlers, longest first.
        static SUPERINSTRUCTIONS: &[(&[Opcode], Handler)] = &[
            $( (&[Opcode::$first $(, Opcode::$rest)+], fused::$name), )*
        ];
    };
}

superinstructions! {
    LoadFastLoadConstBinaryOp = [LoadFast, LoadConst, BinaryOp];
    LoadFastLoadFastBinaryOp = [LoadFast, LoadFast, BinaryOp];
    LoadConstCompareOpPopJumpIfFalse = [LoadConst, CompareOp, PopJumpIfFalse];
    LoadFastCompareOpPopJumpIfFalse = [LoadFast, CompareOp, PopJumpIfFalse];
    BinaryOpStoreFastLoadFast = [BinaryOp, StoreFast, LoadFast];
    CompareOpPopJumpIfFalse = [CompareOp, PopJumpIfFalse];
    LoadFastLoadConst = [LoadFast, LoadConst];
    LoadFastLoadFast = [LoadFast, LoadFast];
    LoadConstBinaryOp = [LoadConst, BinaryOp];
    LoadFastBinaryOp = [LoadFast, BinaryOp];
    BinaryOpStoreFast = [BinaryOp, StoreFast];
    StoreFastLoadFast = [StoreFast, LoadFast];
    StoreFastJumpBackward = [StoreFast, JumpBackward];
    ForIterStoreFast = [ForIter, StoreFast];
    LoadFastBinarySubscr = [LoadFast, BinarySubscr];
    LoadGlobalLoadFast = [LoadGlobal, LoadFast];
    // Module-level code keeps its variables in globals: the same patterns over global slots.
    LoadGlobalLoadGlobalBinaryOp = [LoadGlobal, LoadGlobal, BinaryOp];
    LoadGlobalLoadConstBinaryOp = [LoadGlobal, LoadConst, BinaryOp];
    LoadGlobalCompareOpPopJumpIfFalse = [LoadGlobal, CompareOp, PopJumpIfFalse];
    BinaryOpStoreGlobalJumpBackward = [BinaryOp, StoreGlobal, JumpBackward];
    LoadGlobalLoadGlobal = [LoadGlobal, LoadGlobal];
    LoadGlobalLoadConst = [LoadGlobal, LoadConst];
    LoadGlobalBinaryOp = [LoadGlobal, BinaryOp];
    LoadGlobalBinarySubscr = [LoadGlobal, BinarySubscr];
    BinaryOpStoreGlobal = [BinaryOp, StoreGlobal];
    StoreGlobalLoadGlobal = [StoreGlobal, LoadGlobal];
    StoreGlobalJumpBackward = [StoreGlobal, JumpBackward];
    ForIterStoreGlobal = [ForIter, StoreGlobal];
    BinaryOpBinaryOp = [BinaryOp, BinaryOp];
}

/// The fused handler for the longest listed sequence starting at instruction `at`, if any.
fn superinstruction_at(code: &Code, at: usize) -> Option<Handler> {
    let rest = &code.instrs[at..];
    SUPERINSTRUCTIONS
        .iter()
        .find(|(sequence, _)| {
            sequence.len() <= rest.len()
                && rest.iter().zip(sequence.iter()).all(|(i, op)| i.op == *op)
        })
        .map(|(_, handler)| *handler)
}
