//! SyntaxError objects (and IndentationError, TabError): made from a compile error when an
//! imported module's source does not compile, their fields (`msg`, `filename`, `lineno`,
//! `offset`, `text`, `end_lineno`, `end_offset`) read from their arguments as CPython's
//! `SyntaxError.__init__` sets them, their `str()`, and the `File "...", line N` block with the
//! source line and caret a traceback prints in place of a frame for them.

use std::rc::Rc;

use super::exception::PyErr;
use super::value::Value;
use crate::compiler::{CompileError, ErrorLocation};

/// The attributes a SyntaxError takes from its second argument, in order.
pub const FIELDS: [&str; 6] = [
    "filename",
    "lineno",
    "offset",
    "text",
    "end_lineno",
    "end_offset",
];

/// The exception CPython raises for `err`: `SyntaxError(msg, (filename, lineno, offset, text,
/// end_lineno, end_offset))`, or the bare error when it has no location.
pub fn from_compile_error(err: &CompileError) -> PyErr {
    let ty = super::types::builtin_type(err.kind);
    let mut args = vec![Value::str(&err.message)];
    if let Some(at) = &err.location {
        let number = |n: u32| Value::Int(i64::from(n));
        args.push(Value::tuple(vec![
            Value::str(&at.filename),
            number(at.line),
            number(at.column),
            at.text
                .as_ref()
                .map_or(Value::None, |text| Value::string(format!("{text}\n"))),
            number(at.end_line),
            number(at.end_column),
        ]));
    }
    super::exc_object::from_value(super::exc_object::new_exception(&ty, &args))
}

/// The location tuple of a SyntaxError's arguments, if it has one.
fn details(args: &[Value]) -> Option<&[Value]> {
    match args {
        [_, Value::Tuple(details)] if details.len() == 4 || details.len() == 6 => Some(details),
        _ => None,
    }
}

/// `SyntaxError.<field>` for the fields in `FIELDS` and `msg`.
pub fn field(args: &[Value], name: &str) -> Value {
    if name == "msg" {
        return match (args, details(args)) {
            ([msg, _], Some(_)) | ([msg], _) => msg.clone(),
            _ => Value::None,
        };
    }
    let index = FIELDS.iter().position(|f| *f == name);
    match (details(args), index) {
        (Some(details), Some(i)) => details.get(i).cloned().unwrap_or(Value::None),
        _ => Value::None,
    }
}

/// `str(SyntaxError)`: `msg (file.py, line N)` when it has a location; `None` for the plain
/// `BaseException.__str__`.
pub fn str_of(args: &[Value]) -> Option<String> {
    let details = details(args)?;
    let msg = match &args[0] {
        Value::Str(msg) => msg.as_str().to_string(),
        _ => return None,
    };
    let file = match &details[0] {
        Value::Str(path) => Some(
            path.as_str()
                .rsplit('/')
                .next()
                .unwrap_or(path.as_str())
                .to_string(),
        ),
        _ => None,
    };
    let line = match &details[1] {
        Value::Int(n) => Some(*n),
        _ => None,
    };
    Some(match (file, line) {
        (Some(file), Some(line)) => format!("{msg} ({file}, line {line})"),
        (Some(file), None) => format!("{msg} ({file})"),
        (None, Some(line)) => format!("{msg} (line {line})"),
        (None, None) => msg,
    })
}

/// What a traceback prints for a SyntaxError with a location: its `File` line, source line and
/// caret (`CompileError::render` without the last line), and the message for that last line.
pub fn traceback_block(args: &[Value]) -> Option<(String, String)> {
    let details = details(args)?;
    let int = |v: Option<&Value>| match v {
        Some(Value::Int(n)) => u32::try_from(*n).unwrap_or(0),
        _ => 0,
    };
    let Value::Str(filename) = &details[0] else {
        return None;
    };
    let line = int(details.get(1));
    let location = ErrorLocation {
        filename: Rc::from(filename.as_str()),
        line,
        column: int(details.get(2)),
        end_line: int(details.get(4)).max(line),
        end_column: int(details.get(5)),
        text: match details.get(3) {
            Some(Value::Str(text)) => Some(text.as_str().trim_end_matches('\n').to_string()),
            _ => None,
        },
    };
    let message = match &args[0] {
        Value::Str(msg) => msg.as_str().to_string(),
        _ => return None,
    };
    let rendered = CompileError {
        kind: "SyntaxError",
        message: String::new(),
        location: Some(location),
    }
    .render();
    // Everything but the final `SyntaxError` line, which the caller words with the real type.
    let block = rendered
        .strip_suffix("SyntaxError\n")
        .unwrap_or(&rendered)
        .to_string();
    Some((block, message))
}
