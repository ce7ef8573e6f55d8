//! Unwinding: what happens to the frames of one engine activation when an exception passes
//! through them. The routine is shared by every engine; an engine only says where its running
//! frame stopped and how to discard it (`FrameStack`). Today every exception propagates to the
//! activation's caller, leaving one traceback entry per frame; the exception table that lets a
//! frame catch it (issue: exceptions) is looked up here, once, for every engine.

use crate::bytecode::Code;
use crate::runtime::PyErr;

/// An engine's stack of frames, as the unwinder sees it.
pub(crate) trait FrameStack {
    /// The running frame's code and the index of the instruction it stopped at: the failing
    /// instruction, or for a frame that was waiting on a call, that call.
    fn stopped_at(&self) -> (&Code, usize);

    /// Drops the running frame's values, releases its storage and leaves its recursion level.
    /// Then makes its caller the running frame and returns true, or returns false when the
    /// discarded frame was the first one of this activation.
    fn discard_frame(&mut self) -> bool;
}

/// Unwinds `frames` with the exception `err`, recording a traceback entry per frame, and
/// returns the exception to hand to the activation's caller.
#[cold]
#[inline(never)]
pub(crate) fn unwind(frames: &mut impl FrameStack, mut err: PyErr) -> PyErr {
    loop {
        let (code, index) = frames.stopped_at();
        err.add_traceback(code.traceback_entry(index));
        if !frames.discard_frame() {
            return err;
        }
    }
}
