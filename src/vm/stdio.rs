//! The process's standard streams as CPython 3.11 treats them. Stdout is block-buffered (line
//! buffered on a terminal); a write error surfaces when a flush fails, as an `OSError` (or
//! `BrokenPipeError`) raised by the `print` that triggered it, and the data that could not be
//! written is dropped, as CPython's buffered writer drops it. A flush that fails at exit is
//! reported as "Exception ignored in: <stdout>" and turns the exit status into 120. Stderr is
//! written unbuffered; failing to write it is silent but also makes the exit status 120, which is
//! what CPython's final flush of a broken stderr does. Nothing here panics on a write error.

use std::io::{IsTerminal, Write};

use crate::runtime::{ExcKind, PyErr};

/// Bytes collected before they are written to stdout (CPython uses 8 KiB; a larger buffer means
/// fewer system calls for output-heavy scripts, and errors surface at a flush either way).
const STDOUT_BUFFER_BYTES: usize = 1 << 16;

/// The exit status CPython uses when flushing the standard streams at exit fails.
pub const EXIT_FLUSH_FAILED: i32 = 120;

/// Buffered standard output.
pub struct StdoutBuffer {
    pending: Vec<u8>,
    /// Flush at every newline, as CPython does when stdout is a terminal.
    line_buffered: bool,
    /// `-u`: every write goes out at once.
    unbuffered: bool,
}

/// `-u`: stdout is written at every write, as CPython's unbuffered mode.
static UNBUFFERED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Sets unbuffered stdout (`-u`) for the stdout buffers made after the call.
pub fn set_unbuffered(on: bool) {
    UNBUFFERED.store(on, std::sync::atomic::Ordering::Relaxed);
}

impl StdoutBuffer {
    pub fn new() -> StdoutBuffer {
        let unbuffered = UNBUFFERED.load(std::sync::atomic::Ordering::Relaxed);
        StdoutBuffer {
            pending: Vec::with_capacity(STDOUT_BUFFER_BYTES),
            unbuffered,
            line_buffered: unbuffered || std::io::stdout().is_terminal(),
        }
    }

    /// Buffers `bytes`, writing the buffer out when it is full (or holds a complete line on a
    /// terminal).
    /// A write error surfacing here drops what could not be written, as CPython's buffered
    /// writer does when it writes through.
    pub fn write(&mut self, bytes: &[u8]) -> std::io::Result<()> {
        if self.pending.len() + bytes.len() > STDOUT_BUFFER_BYTES {
            self.write_through()?;
            if bytes.len() >= STDOUT_BUFFER_BYTES {
                // Too big to buffer: written straight through, never copied.
                let mut stdout = std::io::stdout().lock();
                return stdout.write_all(bytes).and_then(|()| stdout.flush());
            }
        }
        self.pending.extend_from_slice(bytes);
        if self.unbuffered || (self.line_buffered && bytes.contains(&b'\n')) {
            self.write_through()?;
        }
        Ok(())
    }

    /// Writes out the buffer, dropping it whether or not that succeeds.
    fn write_through(&mut self) -> std::io::Result<()> {
        let result = self.flush();
        self.pending.clear();
        result
    }

    /// Writes out everything buffered (`flush=True`, exit). On failure the bytes stay
    /// buffered, so a later flush fails again, as in CPython.
    pub fn flush(&mut self) -> std::io::Result<()> {
        if self.pending.is_empty() {
            return Ok(());
        }
        let mut stdout = std::io::stdout().lock();
        stdout
            .write_all(&self.pending)
            .and_then(|()| stdout.flush())?;
        self.pending.clear();
        Ok(())
    }
}

impl Default for StdoutBuffer {
    fn default() -> StdoutBuffer {
        StdoutBuffer::new()
    }
}

/// The exception CPython raises for a failed write: `BrokenPipeError` for EPIPE, `OSError`
/// otherwise, with the message `[Errno N] description`.
pub fn os_error(err: &std::io::Error) -> PyErr {
    let kind = match err.kind() {
        std::io::ErrorKind::BrokenPipe => ExcKind::BrokenPipeError,
        _ => ExcKind::OSError,
    };
    let message = match err.raw_os_error() {
        Some(errno) => format!("[Errno {errno}] {}", describe(err)),
        None => describe(err),
    };
    PyErr::new(kind, message)
}

/// The C library's description of an error (`strerror`), without Rust's "(os error N)".
pub(crate) fn describe(err: &std::io::Error) -> String {
    let text = err.to_string();
    match text.rfind(" (os error ") {
        Some(at) => text[..at].to_string(),
        None => text,
    }
}

/// Whether stdin is a terminal (the REPL then edits lines; a script is read from a pipe).
pub fn stdin_is_terminal() -> bool {
    // SAFETY: `isatty` only inspects the descriptor number.
    unsafe { libc::isatty(0) == 1 }
}

/// Writes `text` to stderr, unbuffered. Returns whether it was written.
pub fn write_stderr(text: &str) -> bool {
    let mut stderr = std::io::stderr().lock();
    stderr
        .write_all(text.as_bytes())
        .and_then(|()| stderr.flush())
        .is_ok()
}

/// Whether stdout writes lone surrogates U+DC80..U+DCFF as raw bytes (the `surrogateescape`
/// error handler) rather than failing (`strict`). CPython picks `surrogateescape` when the
/// LC_CTYPE locale is C or POSIX or one it coerces those to (C.UTF-8, C.utf8, UTF-8), read here
/// from LC_ALL, LC_CTYPE and LANG as setlocale does.
pub fn stdout_escapes_surrogates() -> bool {
    static ESCAPES: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *ESCAPES.get_or_init(|| {
        let locale = ["LC_ALL", "LC_CTYPE", "LANG"]
            .iter()
            .filter_map(|name| std::env::var(name).ok())
            .find(|value| !value.is_empty())
            .unwrap_or_else(|| "C".to_string());
        matches!(
            locale.as_str(),
            "C" | "POSIX" | "C.UTF-8" | "C.utf8" | "UTF-8"
        )
    })
}

/// What CPython prints when flushing stdout at exit fails.
pub fn flush_failure_report(err: &std::io::Error) -> String {
    format!(
        "Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\n{}\n",
        os_error(err).summary()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn write_errors_read_as_cpython_reports_them() {
        let pipe = std::io::Error::from_raw_os_error(32);
        assert_eq!(
            os_error(&pipe).summary(),
            "BrokenPipeError: [Errno 32] Broken pipe"
        );
        let full = std::io::Error::from_raw_os_error(28);
        assert_eq!(
            os_error(&full).summary(),
            "OSError: [Errno 28] No space left on device"
        );
    }
}
