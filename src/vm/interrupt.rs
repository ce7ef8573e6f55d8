//! The eval breaker: work that must wait for a safe point. A SIGINT handler only sets a flag,
//! and so does dropping a generator that must be closed (`runtime::generator`); the dispatch
//! loops look at the flags on every backward jump (`JUMP_BACKWARD`) and every frame entry, the
//! places CPython's eval breaker is checked, and calls of built-in functions look too. There a
//! Ctrl-C raises `KeyboardInterrupt`, and dropped generators are closed. An uncaught
//! `KeyboardInterrupt` ends the process the way CPython's does: traceback printed, then killed
//! by SIGINT (status 130 in a shell).

use std::sync::atomic::{AtomicBool, AtomicU8, AtomicUsize, Ordering};

use crate::runtime::{ExcKind, PyErr, PyResult};
use crate::vm::Vm;

/// Bits of `BREAKER`.
const SIGINT: u8 = 1;
const FINALIZERS: u8 = 2;

static BREAKER: AtomicU8 = AtomicU8::new(0);

/// Generators queued for closing, over every thread's queue: `FINALIZERS` stays set while any
/// is left, so one thread's safe point cannot clear another thread's request.
static QUEUED_FINALIZERS: AtomicUsize = AtomicUsize::new(0);

/// Installs the SIGINT handler (once per process; later calls do nothing) unless SIGINT is
/// ignored, as it is for a shell's background jobs: CPython then leaves it ignored too.
pub fn install() {
    static INSTALLED: AtomicBool = AtomicBool::new(false);
    if INSTALLED.swap(true, Ordering::Relaxed) || sigint_ignored() {
        return;
    }
    // SAFETY: the handler only stores to an atomic, which is async-signal-safe.
    let registered = unsafe {
        signal_hook::low_level::register(signal_hook::consts::SIGINT, || {
            BREAKER.fetch_or(SIGINT, Ordering::Relaxed);
        })
    };
    // Without the handler Ctrl-C keeps its default action (the process ends at once).
    drop(registered);
}

/// Whether SIGINT's disposition is "ignore".
fn sigint_ignored() -> bool {
    // SAFETY: `sigaction` with a null new action only reads the current disposition into
    // `current`, a zero-initialised plain C struct owned by this frame.
    unsafe {
        let mut current: libc::sigaction = std::mem::zeroed();
        libc::sigaction(libc::SIGINT, std::ptr::null(), &mut current) == 0
            && current.sa_sigaction == libc::SIG_IGN
    }
}

/// Forgets a Ctrl-C that arrived while no code ran (the REPL waiting for input).
pub fn clear() {
    BREAKER.fetch_and(!SIGINT, Ordering::Relaxed);
}

/// Whether a Ctrl-C or generators to close are waiting for a safe point.
#[inline(always)]
pub fn pending() -> bool {
    BREAKER.load(Ordering::Relaxed) != 0
}

/// Asks for the dropped generators queued by `runtime::generator` to be closed at the next
/// safe point.
pub fn request_finalizers() {
    QUEUED_FINALIZERS.fetch_add(1, Ordering::SeqCst);
    BREAKER.fetch_or(FINALIZERS, Ordering::SeqCst);
}

/// Takes `count` closed (or discarded) generators off the queued count, lowering the flag
/// once none is left anywhere.
pub fn finalizers_done(count: usize) {
    if count == 0 {
        return;
    }
    let before = QUEUED_FINALIZERS.fetch_sub(count, Ordering::SeqCst);
    if before == count {
        BREAKER.fetch_and(!FINALIZERS, Ordering::SeqCst);
        // A generator queued meanwhile by another thread raises the flag again.
        if QUEUED_FINALIZERS.load(Ordering::SeqCst) > 0 {
            BREAKER.fetch_or(FINALIZERS, Ordering::SeqCst);
        }
    }
}

/// The safe point: closes the queued generators, then raises `KeyboardInterrupt` if a Ctrl-C
/// arrived since the last check.
#[cold]
#[inline(never)]
pub fn raise_pending(vm: &mut Vm) -> PyResult<()> {
    if BREAKER.load(Ordering::Relaxed) & FINALIZERS != 0 {
        crate::runtime::generator::run_pending_finalizers(vm);
    }
    if BREAKER.fetch_and(!SIGINT, Ordering::Relaxed) & SIGINT != 0 {
        return Err(PyErr::new(ExcKind::KeyboardInterrupt, ""));
    }
    Ok(())
}

/// Ends the process as killed by SIGINT, as CPython does after printing an uncaught
/// `KeyboardInterrupt` (exit status 130 if the signal cannot be re-raised).
pub fn exit_by_sigint() -> ! {
    let _ = signal_hook::low_level::emulate_default_handler(signal_hook::consts::SIGINT);
    std::process::exit(130)
}
