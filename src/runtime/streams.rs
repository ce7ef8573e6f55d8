//! `sys.stdin`, `sys.stdout` and `sys.stderr`: text streams with `read`/`readline`/`readlines`
//! and iteration (stdin), `write` and `flush` (the others) and the attributes scripts read
//! (`name`, `encoding`, `errors`), and `print(file=...)`, which writes to one of them or calls
//! any other object's `write`, piece by piece as CPython's `print` does.

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
    Stdin,
    Stdout,
    Stderr,
}

impl Stream {
    fn name(self) -> &'static str {
        match self {
            Stream::Stdin => "<stdin>",
            Stream::Stdout => "<stdout>",
            Stream::Stderr => "<stderr>",
        }
    }

    /// Writes `text` to the stream.
    pub fn write(self, vm: &mut Vm, text: &PyStr) -> PyResult<()> {
        match self {
            Stream::Stdin => Err(unsupported("not writable")),
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
            Stream::Stdin => Ok(()),
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
        "mode" => Some(Value::str(if stream == Stream::Stdin { "r" } else { "w" })),
        "errors" => Some(Value::str(match stream {
            Stream::Stdin => "strict",
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
    let mode = if stream == Stream::Stdin { "r" } else { "w" };
    format!(
        "<_io.TextIOWrapper name='{}' mode='{mode}' encoding='utf-8'>",
        stream.name()
    )
}

/// `io.UnsupportedOperation`'s message, raised as the OSError it derives from.
fn unsupported(what: &str) -> super::exception::PyErr {
    super::exception::PyErr::new(super::ExcKind::OSError, what)
}

/// One line of stdin with its newline, `""` at the end of input; at most `limit` characters.
fn read_stdin_line(limit: Option<usize>) -> PyResult<String> {
    use std::io::BufRead;
    let mut line = String::new();
    let mut stdin = std::io::stdin().lock();
    loop {
        let buffer = stdin
            .fill_buf()
            .map_err(|e| crate::vm::stdio::os_error(&e))?;
        if buffer.is_empty() {
            return Ok(line);
        }
        let end = buffer
            .iter()
            .position(|&b| b == b'\n')
            .map_or(buffer.len(), |at| at + 1);
        let mut piece = String::from_utf8_lossy(&buffer[..end]).into_owned();
        let mut used = end;
        // With a limit, only the characters still wanted are taken (and consumed).
        if let Some(room) = limit.map(|n| n.saturating_sub(line.chars().count()))
            && piece.chars().count() > room
        {
            piece = piece.chars().take(room).collect();
            used = piece.len().min(end);
        }
        let ends_line = piece.ends_with('\n');
        stdin.consume(used);
        line.push_str(&piece);
        if ends_line || limit.is_some_and(|n| line.chars().count() >= n) {
            return Ok(line);
        }
    }
}

/// The rest of stdin.
fn read_stdin_all() -> PyResult<String> {
    use std::io::Read;
    let mut bytes = Vec::new();
    std::io::stdin()
        .lock()
        .read_to_end(&mut bytes)
        .map_err(|e| crate::vm::stdio::os_error(&e))?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// `for line in sys.stdin`: the remaining lines (read when the loop starts).
pub fn stdin_lines() -> PyResult<Vec<Value>> {
    let mut lines = Vec::new();
    loop {
        let line = read_stdin_line(None)?;
        if line.is_empty() {
            return Ok(lines);
        }
        lines.push(Value::string(line));
    }
}

fn size_arg(args: &[Value]) -> PyResult<Option<usize>> {
    match args {
        [] | [Value::None] => Ok(None),
        [size] => {
            let n = super::args::to_index(size)?;
            Ok((n >= 0).then_some(n as usize))
        }
        _ => Err(type_error(format!(
            "read expected at most 1 argument, got {}",
            args.len()
        ))),
    }
}

fn readable(this: &Value) -> PyResult<()> {
    match stream_of(this) {
        Some(Stream::Stdin) => Ok(()),
        _ => Err(unsupported("not readable")),
    }
}

fn stream_read(_vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    readable(this)?;
    let text = match size_arg(args)? {
        None => read_stdin_all()?,
        Some(n) => {
            let mut text = String::new();
            while text.chars().count() < n {
                let piece = read_stdin_line(Some(n - text.chars().count()))?;
                if piece.is_empty() {
                    break;
                }
                text.push_str(&piece);
            }
            text
        }
    };
    Ok(Value::string(text))
}

fn stream_readline(_vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    readable(this)?;
    Ok(Value::string(read_stdin_line(size_arg(args)?)?))
}

fn stream_readlines(_vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    readable(this)?;
    size_arg(args)?;
    Ok(Value::list(stdin_lines()?))
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
        Some(Stream::Stdin) => libc::STDIN_FILENO,
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
    BuiltinMethod {
        name: "read",
        owner: "TextIOWrapper",
        call: stream_read,
        keywords: false,
    },
    BuiltinMethod {
        name: "readline",
        owner: "TextIOWrapper",
        call: stream_readline,
        keywords: false,
    },
    BuiltinMethod {
        name: "readlines",
        owner: "TextIOWrapper",
        call: stream_readlines,
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
