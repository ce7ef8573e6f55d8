//! What `OSError` adds to exceptions (CPython 3.11's `Objects/exceptions.c`): calling `OSError`
//! itself with an errno picks the subclass for it (`OSError(2, "...")` is a
//! `FileNotFoundError`); two to five arguments fill `errno`, `strerror`, `filename` and
//! `filename2`, a filename dropping out of `args`; `str()` becomes `[Errno N] text: 'name'`.

use super::Value;
use super::types::{PyType, builtin_type};
use crate::vm::Vm;
use std::rc::Rc;

/// `OSError`'s attributes beyond `args`; `Null` where CPython's slot is unset (they read as
/// None, but only set ones shape `str()`).
#[derive(Default)]
pub struct OsFields {
    pub errno: Value,
    pub strerror: Value,
    pub filename: Value,
    pub filename2: Value,
}

/// The names of those attributes.
pub const FIELDS: &[&str] = &["errno", "strerror", "filename", "filename2"];

/// Whether `ty` is `OSError` or one of its subclasses.
pub fn is_os_error(ty: &PyType) -> bool {
    ty.derives_from_builtin("OSError")
}

/// The subclass `OSError(errno, ...)` makes for Linux's `errno`, if any.
fn subclass_for(errno: i64) -> Option<&'static str> {
    Some(match errno {
        11 | 114 | 115 => "BlockingIOError", // EAGAIN (= EWOULDBLOCK), EALREADY, EINPROGRESS
        10 => "ChildProcessError",           // ECHILD
        32 | 108 => "BrokenPipeError",       // EPIPE, ESHUTDOWN
        103 => "ConnectionAbortedError",     // ECONNABORTED
        111 => "ConnectionRefusedError",     // ECONNREFUSED
        104 => "ConnectionResetError",       // ECONNRESET
        17 => "FileExistsError",             // EEXIST
        2 => "FileNotFoundError",            // ENOENT
        21 => "IsADirectoryError",           // EISDIR
        20 => "NotADirectoryError",          // ENOTDIR
        4 => "InterruptedError",             // EINTR
        1 | 13 => "PermissionError",         // EPERM, EACCES
        3 => "ProcessLookupError",           // ESRCH
        110 => "TimeoutError",               // ETIMEDOUT
        _ => return None,
    })
}

/// The type `ty(*args)` makes: `OSError` itself with an errno first becomes its subclass.
pub fn constructed_type(ty: &Rc<PyType>, args: &[Value]) -> Rc<PyType> {
    if !ty.is_builtin("OSError") || !(2..=5).contains(&args.len()) {
        return ty.clone();
    }
    match &args[0] {
        Value::Int(errno) => subclass_for(*errno).map_or_else(|| ty.clone(), builtin_type),
        _ => ty.clone(),
    }
}

/// `OSError.__init__`'s reading of `args`: the fields, and the `args` to keep (a filename drops
/// out of them). `None` when the arguments are not of that form.
pub fn parse(args: &[Value]) -> Option<(OsFields, Option<Vec<Value>>)> {
    if !(2..=5).contains(&args.len()) {
        return None;
    }
    let given = |v: Option<&Value>| match v {
        Some(Value::None) | None => Value::Null,
        Some(v) => v.clone(),
    };
    let filename = given(args.get(2));
    let keep = (!filename.is_null()).then(|| args[..2].to_vec());
    Some((
        OsFields {
            errno: args[0].clone(),
            strerror: args[1].clone(),
            filename2: if filename.is_null() {
                Value::Null
            } else {
                given(args.get(4))
            },
            filename,
        },
        keep,
    ))
}

/// `OSError.__str__`, or `None` to use `BaseException`'s.
pub fn text(vm: &mut Vm, fields: &OsFields) -> Option<super::PyResult<String>> {
    let set = |v: &Value| !v.is_null();
    let described = set(&fields.filename) || (set(&fields.errno) && set(&fields.strerror));
    if !described {
        return None;
    }
    let shown = |v: &Value| if v.is_null() { Value::None } else { v.clone() };
    let (errno, strerror) = (shown(&fields.errno), shown(&fields.strerror));
    Some((|| {
        let mut out = format!(
            "[Errno {}] {}",
            crate::ops::to_str(vm, &errno)?,
            crate::ops::to_str(vm, &strerror)?
        );
        if set(&fields.filename) {
            out.push_str(&format!(": {}", crate::ops::repr(vm, &fields.filename)?));
            if set(&fields.filename2) {
                out.push_str(&format!(" -> {}", crate::ops::repr(vm, &fields.filename2)?));
            }
        }
        Ok(out)
    })())
}

/// Reads one of `FIELDS`.
pub fn get(fields: Option<&OsFields>, name: &str) -> Value {
    let Some(fields) = fields else {
        return Value::None;
    };
    let value = match name {
        "errno" => &fields.errno,
        "strerror" => &fields.strerror,
        "filename" => &fields.filename,
        _ => &fields.filename2,
    };
    if value.is_null() {
        Value::None
    } else {
        value.clone()
    }
}

/// Writes one of `FIELDS`.
pub fn set(fields: &mut OsFields, name: &str, value: Value) {
    match name {
        "errno" => fields.errno = value,
        "strerror" => fields.strerror = value,
        "filename" => fields.filename = value,
        _ => fields.filename2 = value,
    }
}
