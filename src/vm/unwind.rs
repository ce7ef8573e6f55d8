//! Unwinding: what happens to the frames of one engine activation when an exception passes
//! through them. The routine is shared by every engine; an engine only says where its running
//! frame stopped, how to discard it and how to enter a handler in it (`FrameStack`).
//!
//! Each frame the exception leaves gets a traceback entry (except the frame that re-raised it
//! with `RERAISE` or a bare `raise`, which has one already); the frame's exception table (see
//! `bytecode::ExceptionEntry`) is searched for a handler covering the instruction it stopped at.
//! A handler found ends the unwinding: the engine cuts the frame's stack to the handler's depth,
//! pushes the exception object and continues at the handler. Nothing of this runs unless an
//! exception is raised.

use crate::bytecode::{Code, ExceptionEntry};
use std::rc::Rc;

use crate::runtime::exc_object;
use crate::runtime::exception::TracebackEntry;
use crate::runtime::{PyErr, Value};
use crate::vm::Vm;

/// An engine's stack of frames, as the unwinder sees it.
pub(crate) trait FrameStack {
    fn vm(&self) -> &Vm;

    /// The running frame's code and the index of the instruction it stopped at: the failing
    /// instruction, or for a frame that was waiting on a call, that call.
    fn stopped_at(&self) -> (&Rc<Code>, usize);

    /// Drops the running frame's values, releases its storage and leaves its recursion level.
    /// Then makes its caller the running frame and returns true, or returns false when the
    /// discarded frame was the first one of this activation. A generator's frame finishes its
    /// generator and may change the error (`generator::exception_leaving`).
    fn discard_frame(&mut self, err: &mut PyErr) -> bool;

    /// Continues the running frame at `entry`'s handler: the stack cut to `entry.depth` items,
    /// then `lasti` (the index of the instruction that raised) if the entry asks for it, then
    /// `exc` on top.
    fn enter_handler(&mut self, entry: &ExceptionEntry, lasti: usize, exc: Value);
}

/// Unwinds `frames` with the exception `err` until a frame handles it (`Ok`: the engine
/// continues where `enter_handler` pointed it) or the activation's first frame is left (`Err`:
/// the exception for the activation's caller).
#[cold]
#[inline(never)]
pub(crate) fn unwind(frames: &mut impl FrameStack, mut err: PyErr) -> Result<(), PyErr> {
    if !err.0.chained {
        exc_object::chain_on_raise(frames.vm(), &mut err);
    }
    loop {
        let (code, index) = frames.stopped_at();
        if !std::mem::take(&mut err.0.reraised) {
            err.add_traceback(TracebackEntry {
                code: code.clone(),
                index: index as u32,
            });
        }
        if let Some(entry) = code.handler_for(index).copied() {
            let exc = exc_object::into_value(err);
            frames.enter_handler(&entry, index, exc);
            return Ok(());
        }
        if !frames.discard_frame(&mut err) {
            return Err(err);
        }
    }
}
