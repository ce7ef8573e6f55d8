//! Python exceptions as Rust errors. `PyErr` is one pointer wide so `PyResult<Value>` stays 16
//! bytes. An error raised by Rust code carries its kind and message only; the Python exception
//! object (`runtime::exc_object`) is made from them when Python code needs it — when a handler
//! catches it, or when it is printed — so raising from a fast path stays cheap. An error raised by
//! Python code (`raise`) carries its object. Either way the error owns the traceback entries
//! collected while it unwinds; the object owns them once caught.

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
    BaseException,
    Exception,
    SystemExit,
    GeneratorExit,
    AssertionError,
    LookupError,
    ArithmeticError,
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
            ExcKind::BaseException => "BaseException",
            ExcKind::Exception => "Exception",
            ExcKind::SystemExit => "SystemExit",
            ExcKind::GeneratorExit => "GeneratorExit",
            ExcKind::AssertionError => "AssertionError",
            ExcKind::LookupError => "LookupError",
            ExcKind::ArithmeticError => "ArithmeticError",
            ExcKind::DeferredCall => "SystemError",
        }
    }

    /// The kind named `name`, if Rust code distinguishes it (`DeferredCall` is never named).
    pub fn from_name(name: &str) -> Option<ExcKind> {
        const KINDS: &[ExcKind] = &[
            ExcKind::ZeroDivisionError,
            ExcKind::NameError,
            ExcKind::UnboundLocalError,
            ExcKind::TypeError,
            ExcKind::ValueError,
            ExcKind::IndexError,
            ExcKind::AttributeError,
            ExcKind::RecursionError,
            ExcKind::OverflowError,
            ExcKind::ImportError,
            ExcKind::ModuleNotFoundError,
            ExcKind::SyntaxError,
            ExcKind::NotImplementedError,
            ExcKind::MemoryError,
            ExcKind::KeyboardInterrupt,
            ExcKind::SystemError,
            ExcKind::OSError,
            ExcKind::BrokenPipeError,
            ExcKind::UnicodeEncodeError,
            ExcKind::KeyError,
            ExcKind::RuntimeError,
            ExcKind::StopIteration,
            ExcKind::BaseException,
            ExcKind::Exception,
            ExcKind::SystemExit,
            ExcKind::GeneratorExit,
            ExcKind::AssertionError,
            ExcKind::LookupError,
            ExcKind::ArithmeticError,
        ];
        KINDS.iter().copied().find(|k| k.name() == name)
    }
}

/// One line of a traceback: where a frame was when the exception passed through it — its code
/// and the instruction it was at (file, function, line and caret range are read from the code
/// when printed, so recording an entry is one reference count).
#[derive(Clone)]
pub struct TracebackEntry {
    pub code: Rc<crate::bytecode::Code>,
    pub index: u32,
}

impl TracebackEntry {
    pub fn filename(&self) -> &Rc<str> {
        self.code.filename()
    }

    pub fn func_name(&self) -> &Rc<str> {
        self.code.name()
    }

    pub fn line(&self) -> u32 {
        self.code.line_at(self.index as usize)
    }

    /// The source range of the instruction, for the caret line.
    pub fn position(&self) -> Option<crate::bytecode::Position> {
        self.code.positions.get(self.index as usize).copied()
    }
}

impl fmt::Debug for TracebackEntry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{} in {}",
            self.filename(),
            self.line(),
            self.func_name()
        )
    }
}

/// The traceback entries an error collects in flight. Most exceptions are caught one or two
/// frames from where they were raised: the first entry is kept inline, so those make no
/// allocation for it.
#[derive(Debug, Default)]
pub struct Entries {
    first: Option<TracebackEntry>,
    rest: Vec<TracebackEntry>,
}

impl Entries {
    pub fn push(&mut self, entry: TracebackEntry) {
        if self.first.is_none() {
            self.first = Some(entry);
        } else {
            self.rest.push(entry);
        }
    }

    /// Appends `more`'s entries after these.
    pub fn extend(&mut self, more: Entries) {
        for entry in more {
            self.push(entry);
        }
    }
}

impl IntoIterator for Entries {
    type Item = TracebackEntry;
    type IntoIter =
        std::iter::Chain<std::option::IntoIter<TracebackEntry>, std::vec::IntoIter<TracebackEntry>>;

    /// The entries in the order they were pushed.
    fn into_iter(self) -> Self::IntoIter {
        self.first.into_iter().chain(self.rest)
    }
}

#[derive(Debug)]
pub struct ExcInner {
    /// The nearest kind Rust code distinguishes among the exception's type and its bases.
    pub kind: ExcKind,
    /// The message of an error raised by Rust code (unused once `value` exists).
    pub message: String,
    /// Entries in the order frames were left (innermost first); printed reversed.
    pub traceback: Entries,
    /// The exception object, once one exists.
    pub value: Option<super::Value>,
    /// The `args` an object made from this error gets instead of `(message,)` (`KeyError`'s
    /// key).
    pub args: Option<super::Value>,
    /// The exception being handled when this error was raised (its implicit `__context__`),
    /// recorded until the object exists.
    pub context: Option<super::Value>,
    /// Raised again by `raise`/`RERAISE` from the frame where it was caught: that frame gets no
    /// second traceback entry.
    pub reraised: bool,
    /// Its raise-time bookkeeping (context, first entry) is done.
    pub chained: bool,
}

/// A raised Python exception.
pub struct PyErr(pub Box<ExcInner>);

pub type PyResult<T> = Result<T, PyErr>;

impl PyErr {
    pub fn new(kind: ExcKind, message: impl Into<String>) -> PyErr {
        PyErr(Box::new(ExcInner {
            kind,
            message: message.into(),
            traceback: Entries::default(),
            value: None,
            args: None,
            context: None,
            reraised: false,
            chained: false,
        }))
    }

    /// An error whose object gets `args` rather than `(message,)`.
    pub fn with_args(kind: ExcKind, message: impl Into<String>, args: super::Value) -> PyErr {
        let mut err = PyErr::new(kind, message);
        err.0.args = Some(args);
        err
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

    /// `Type: message` (or just `Type` for an empty message), as the last traceback line shows it
    /// for errors raised by Rust code (an exception object's line may need Python code to run:
    /// `exc_object::summary_line`).
    pub fn summary(&self) -> String {
        if let Some(value) = &self.0.value {
            return super::exc_object::plain_summary(value);
        }
        if let (Some(args), true) = (&self.0.args, self.0.message.is_empty()) {
            return super::exc_object::lazy_summary(self.0.kind, args);
        }
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
