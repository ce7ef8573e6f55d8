//! Python exceptions as Rust errors. `PyErr` is one pointer wide so `PyResult<Value>` stays 16
//! bytes. It carries the exception type, its message and the traceback entries collected while it
//! unwinds frames.

use std::fmt;
use std::rc::Rc;

/// The built-in exception types a script can raise today.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExcKind {
    ZeroDivisionError,
    NameError,
    UnboundLocalError,
    TypeError,
    ValueError,
    IndexError,
    AttributeError,
    RecursionError,
    OverflowError,
    ImportError,
    ModuleNotFoundError,
    SyntaxError,
    NotImplementedError,
    MemoryError,
    KeyboardInterrupt,
    SystemError,
    OSError,
    BrokenPipeError,
    UnicodeEncodeError,
    KeyError,
    RuntimeError,
    StopIteration,
    /// Not an exception: an opcode's semantics asking the engine to enter a call in its stead
    /// (`vm::call::DeferredCall`). It travels the error path so the hot paths test nothing;
    /// engines intercept it before unwinding, so Python code never sees it.
    DeferredCall,
}

impl ExcKind {
    pub fn name(self) -> &'static str {
        match self {
            ExcKind::ZeroDivisionError => "ZeroDivisionError",
            ExcKind::NameError => "NameError",
            ExcKind::UnboundLocalError => "UnboundLocalError",
            ExcKind::TypeError => "TypeError",
            ExcKind::ValueError => "ValueError",
            ExcKind::IndexError => "IndexError",
            ExcKind::AttributeError => "AttributeError",
            ExcKind::RecursionError => "RecursionError",
            ExcKind::OverflowError => "OverflowError",
            ExcKind::ImportError => "ImportError",
            ExcKind::ModuleNotFoundError => "ModuleNotFoundError",
            ExcKind::SyntaxError => "SyntaxError",
            ExcKind::NotImplementedError => "NotImplementedError",
            ExcKind::MemoryError => "MemoryError",
            ExcKind::KeyboardInterrupt => "KeyboardInterrupt",
            ExcKind::SystemError => "SystemError",
            ExcKind::OSError => "OSError",
            ExcKind::BrokenPipeError => "BrokenPipeError",
            ExcKind::UnicodeEncodeError => "UnicodeEncodeError",
            ExcKind::KeyError => "KeyError",
            ExcKind::RuntimeError => "RuntimeError",
            ExcKind::StopIteration => "StopIteration",
            ExcKind::DeferredCall => "SystemError",
        }
    }
}

/// One line of a traceback: where a frame was when the exception passed through it.
#[derive(Clone, Debug)]
pub struct TracebackEntry {
    pub filename: Rc<str>,
    pub line: u32,
    pub func_name: Rc<str>,
    /// The source range of the instruction the frame was at, for the caret line.
    pub position: Option<crate::bytecode::Position>,
}

#[derive(Debug)]
pub struct ExcInner {
    pub kind: ExcKind,
    pub message: String,
    /// Innermost frame last, in the order the traceback prints them once reversed.
    pub traceback: Vec<TracebackEntry>,
}

/// A raised Python exception.
pub struct PyErr(pub Box<ExcInner>);

pub type PyResult<T> = Result<T, PyErr>;

impl PyErr {
    pub fn new(kind: ExcKind, message: impl Into<String>) -> PyErr {
        PyErr(Box::new(ExcInner {
            kind,
            message: message.into(),
            traceback: Vec::new(),
        }))
    }

    pub fn kind(&self) -> ExcKind {
        self.0.kind
    }

    pub fn message(&self) -> &str {
        &self.0.message
    }

    /// Records that the exception left a frame; called once per frame while unwinding.
    pub fn add_traceback(&mut self, entry: TracebackEntry) {
        self.0.traceback.push(entry);
    }

    /// `Type: message` (or just `Type` for an empty message), as the last traceback line shows it.
    pub fn summary(&self) -> String {
        if self.0.message.is_empty() {
            self.0.kind.name().to_string()
        } else {
            format!("{}: {}", self.0.kind.name(), self.0.message)
        }
    }
}

impl fmt::Debug for PyErr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.summary())
    }
}

pub fn type_error(message: impl Into<String>) -> PyErr {
    PyErr::new(ExcKind::TypeError, message)
}

pub fn value_error(message: impl Into<String>) -> PyErr {
    PyErr::new(ExcKind::ValueError, message)
}

pub fn index_error(message: impl Into<String>) -> PyErr {
    PyErr::new(ExcKind::IndexError, message)
}

pub fn zero_division(message: impl Into<String>) -> PyErr {
    PyErr::new(ExcKind::ZeroDivisionError, message)
}

/// The largest single object (in bytes) a script may ask for. Beyond it, operations raise
/// MemoryError up front instead of letting the kernel kill the process on overcommit.
pub const MAX_OBJECT_BYTES: usize = 1 << 33;

/// `MemoryError` (CPython prints it with no message).
pub fn memory_error() -> PyErr {
    PyErr::new(ExcKind::MemoryError, "")
}

/// MemoryError unless `count` items of `item_bytes` each fit under `MAX_OBJECT_BYTES`.
pub fn check_object_size(count: usize, item_bytes: usize) -> PyResult<usize> {
    count
        .checked_mul(item_bytes)
        .filter(|total| *total <= MAX_OBJECT_BYTES)
        .map(|_| count)
        .ok_or_else(memory_error)
}

pub fn overflow_error(message: impl Into<String>) -> PyErr {
    PyErr::new(ExcKind::OverflowError, message)
}
