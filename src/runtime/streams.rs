//! `sys.stdout` and `sys.stderr`: text streams with `write`, `flush` and the attributes
//! scripts read (`name`, `encoding`, `errors`), and `print(file=...)`, which writes to one of
//! them or calls any other object's `write`, piece by piece as CPython's `print` does.

use std::io::Write;
use std::rc::Rc;

use super::Value;
use super::descriptors::NativeObject;
use super::exception::{PyResult, type_error};
use super::function::BuiltinMethod;
use super::str::PyStr;
use crate::vm::Vm;

/// Which standard stream a stream object writes to.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Stream {
    Stdout,
    Stderr,
}

impl Stream {
    fn name(self) -> &'static str {
        match self {
            Stream::Stdout => "<stdout>",
            Stream::Stderr => "<stderr>",
        }
    }

    /// Writes `text` to the stream.
    pub fn write(self, vm: &mut Vm, text: &PyStr) -> PyResult<()> {
        match self {
            Stream::Stdout => vm.write_stdout(&super::builtins::stdout_bytes(text)?),
            Stream::Stderr => {
                // stderr's error handler is backslashreplace: lone surrogates are escaped.
                let bytes = text
                    .encode_utf8(true)
                    .unwrap_or_else(|_| text.as_str().as_bytes().into());
                let mut err = std::io::stderr().lock();
                err.write_all(&bytes)
                    .and_then(|()| err.flush())
                    .map_err(|e| crate::vm::stdio::os_error(&e))
            }
        }
    }

    fn flush(self, vm: &mut Vm) -> PyResult<()> {
        let result = match self {
            Stream::Stdout => vm.flush(),
            Stream::Stderr => std::io::stderr().flush(),
        };
        result.map_err(|e| crate::vm::stdio::os_error(&e))
    }
}

/// A new stream object for `stream`.
pub fn stream_value(stream: Stream) -> Value {
    Value::Native(Rc::new(NativeObject::Stream(stream)))
}

/// The stream a value is, if it is one.
pub fn stream_of(value: &Value) -> Option<Stream> {
    match value {
        Value::Native(native) => match &**native {
            NativeObject::Stream(stream) => Some(*stream),
            _ => None,
        },
        _ => None,
    }
}

/// The attributes of a stream object.
pub fn attribute(native: &Rc<NativeObject>, stream: Stream, name: &str) -> Option<Value> {
    match name {
        "name" => Some(Value::str(stream.name())),
        "encoding" => Some(Value::str("utf-8")),
        "errors" => Some(Value::str(match stream {
            Stream::Stdout if crate::vm::stdio::stdout_escapes_surrogates() => "surrogateescape",
            Stream::Stdout => "strict",
            Stream::Stderr => "backslashreplace",
        })),
        "closed" => Some(Value::bool(false)),
        _ => STREAM_METHODS
            .iter()
            .find(|m| m.name == name)
            .map(|m| Value::BoundMethod(Rc::new((Value::Native(native.clone()), m)))),
    }
}

/// `repr` of a stream object.
pub fn repr(stream: Stream) -> String {
    format!(
        "<_io.TextIOWrapper name='{}' mode='w' encoding='utf-8'>",
        stream.name()
    )
}

fn stream_write(vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let Some(stream) = stream_of(this) else {
        return Err(type_error("write() needs a stream"));
    };
    match args {
        [Value::Str(text)] => {
            stream.write(vm, text)?;
            Ok(Value::Int(text.char_len() as i64))
        }
        [other] => Err(type_error(format!(
            "write() argument must be str, not {}",
            other.type_name()
        ))),
        _ => Err(type_error(format!(
            "TextIOWrapper.write() takes exactly one argument ({} given)",
            args.len()
        ))),
    }
}

fn stream_flush(vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    super::args::no_arguments("flush", args)?;
    if let Some(stream) = stream_of(this) {
        stream.flush(vm)?;
    }
    Ok(Value::None)
}

fn stream_isatty(_vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    super::args::no_arguments("isatty", args)?;
    let fd = match stream_of(this) {
        Some(Stream::Stderr) => libc::STDERR_FILENO,
        _ => libc::STDOUT_FILENO,
    };
    // SAFETY: `isatty` only inspects the descriptor number.
    Ok(Value::bool(unsafe { libc::isatty(fd) } == 1))
}

static STREAM_METHODS: &[BuiltinMethod] = &[
    BuiltinMethod {
        name: "write",
        owner: "TextIOWrapper",
        call: stream_write,
        keywords: false,
    },
    BuiltinMethod {
        name: "flush",
        owner: "TextIOWrapper",
        call: stream_flush,
        keywords: false,
    },
    BuiltinMethod {
        name: "isatty",
        owner: "TextIOWrapper",
        call: stream_isatty,
        keywords: false,
    },
];

/// Where `print` writes: stdout (`file=None`), a standard stream, or any object's `write`.
pub enum PrintTarget {
    Stream(Stream),
    Object(Value),
}

impl PrintTarget {
    /// The target of `print(file=value)`.
    pub fn of(value: Option<&Value>) -> PrintTarget {
        match value {
            None | Some(Value::None) => PrintTarget::Stream(Stream::Stdout),
            Some(value) => match stream_of(value) {
                Some(stream) => PrintTarget::Stream(stream),
                None => PrintTarget::Object(value.clone()),
            },
        }
    }

    /// Writes one piece of `print`'s output.
    pub fn write(&self, vm: &mut Vm, text: &Rc<PyStr>) -> PyResult<()> {
        match self {
            PrintTarget::Stream(stream) => stream.write(vm, text),
            PrintTarget::Object(object) => {
                let name = super::intern::intern("write");
                let write = crate::ops::load_attr(vm, object.clone(), &name)?;
                crate::vm::reentry::call_from_native(vm, &write, &[Value::Str(text.clone())])?;
                Ok(())
            }
        }
    }

    /// `print(flush=True)`: the stream's or the object's `flush`.
    pub fn flush(&self, vm: &mut Vm) -> PyResult<()> {
        match self {
            PrintTarget::Stream(stream) => stream.flush(vm),
            PrintTarget::Object(object) => {
                let name = super::intern::intern("flush");
                let flush = crate::ops::load_attr(vm, object.clone(), &name)?;
                crate::vm::reentry::call_from_native(vm, &flush, &[])?;
                Ok(())
            }
        }
    }
}
