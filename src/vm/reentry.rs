//! Calls from Rust back into Python code on a script's behalf (a `key=` function of `min`/
//! `max`). Each one nests a whole engine invocation on the Rust stack, 7 to 14 KiB per level in
//! a debug build and about 1.5 KiB optimised (measured: 2000 levels of
//! `def k(x): return min([x], key=k)` needed 28 MiB / 14 MiB debug (switch / threaded) and
//! 2.9 MiB / 2.7 MiB release), far more than the recursion limit of 100,000 frames can afford.
//! So these re-entries are also counted on their own and capped at `MAX_REENTRY_DEPTH` (CPython
//! 3.11 has no such cap and crashes with a segmentation fault instead; 3.12 added a C recursion
//! limit for the same reason).

use std::cell::Cell;

use super::{Vm, call};
use crate::runtime::{ExcKind, PyErr, PyResult, Value};

/// The most nested calls from Rust into Python: 42 MiB of stack in a debug build, 4.5 MiB
/// optimised, well inside the interpreter thread's stack next to the deepest comparison.
pub const MAX_REENTRY_DEPTH: usize = 3000;

thread_local! {
    static REENTRY_DEPTH: Cell<usize> = const { Cell::new(0) };
}

/// Calls `callable(*args)` from native code, raising RecursionError past `MAX_REENTRY_DEPTH`
/// nested calls.
pub fn call_from_native(vm: &mut Vm, callable: &Value, args: &[Value]) -> PyResult<Value> {
    call_from_native_kw(vm, callable, args, &[])
}

/// `call_from_native` with keyword arguments: `args` ends with one value per name in
/// `kwnames`.
pub fn call_from_native_kw(
    vm: &mut Vm,
    callable: &Value,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let depth = REENTRY_DEPTH.get();
    if depth >= MAX_REENTRY_DEPTH {
        return Err(PyErr::new(
            ExcKind::RecursionError,
            "maximum recursion depth exceeded",
        ));
    }
    REENTRY_DEPTH.set(depth + 1);
    let result = call::call_value(vm, callable, args.to_vec(), kwnames);
    REENTRY_DEPTH.set(depth);
    if vm.frame_request.is_some()
        && let Err(err) = &result
        && err.kind() == ExcKind::DeferredCall
    {
        // `globals()`, `eval` and the like called from Rust (`map(globals, ...)`): no Python
        // frame of theirs to answer with.
        vm.frame_request = None;
        return Err(PyErr::new(
            ExcKind::RuntimeError,
            "globals(), locals(), vars(), dir(), eval() and exec() called from a built-in \
             function are not supported by Spindle",
        ));
    }
    result
}
