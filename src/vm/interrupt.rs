//! Ctrl-C. A SIGINT handler only sets a flag; the dispatch loops look at it on every backward
//! jump (`JUMP_BACKWARD`) and every frame entry, the places CPython's eval breaker is checked, and
//! raise `KeyboardInterrupt` there. An uncaught `KeyboardInterrupt` ends the process the way
//! CPython's does: traceback printed, then killed by SIGINT (status 130 in a shell).

use std::sync::atomic::{AtomicBool, Ordering};

use crate::runtime::{ExcKind, PyErr, PyResult};

static INTERRUPTED: AtomicBool = AtomicBool::new(false);

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
            INTERRUPTED.store(true, Ordering::Relaxed)
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

/// Whether a Ctrl-C is waiting to be raised.
#[inline(always)]
pub fn pending() -> bool {
    INTERRUPTED.load(Ordering::Relaxed)
}

/// `KeyboardInterrupt` if a Ctrl-C arrived since the last check.
#[cold]
#[inline(never)]
pub fn raise_pending() -> PyResult<()> {
    if INTERRUPTED.swap(false, Ordering::Relaxed) {
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
