//! `_os`: what `os` needs from the operating system — the working directory, directory
//! listings, file tests, the environment, the process id. `os.py` and `posixpath.py` (bundled)
//! build the module on top; errors are CPython's OSError subclasses with errno and filename.

use super::super::exception::{PyResult, type_error};
use super::super::function::BuiltinFn;
use super::super::{Value, args, types};
use super::refuse_keywords;
use crate::vm::Vm;

pub static FUNCTIONS: &[BuiltinFn] = functions! {
    "getcwd" => getcwd,
    "listdir" => listdir,
    "getpid" => getpid,
    "exists" => exists,
    "isfile" => isfile,
    "isdir" => isdir,
    "environ_items" => environ_items,
    "read_text" => read_text,
    "create_file" => create_file,
    "append_text" => append_text,
    "read_bytes" => read_bytes,
    "append_bytes" => append_bytes,
    "remove" => remove,
};

/// `OSError(errno, strerror, filename)`, which becomes the subclass for the errno
/// (`FileNotFoundError`, `NotADirectoryError`, ...) as CPython raises it.
fn os_error(err: &std::io::Error, filename: &str) -> super::super::exception::PyErr {
    let errno = err.raw_os_error().unwrap_or(0);
    let strerror = crate::vm::stdio::describe(err);
    let ty = types::builtin_type("OSError");
    let args = [
        Value::Int(i64::from(errno)),
        Value::string(strerror),
        Value::str(filename),
    ];
    match super::super::exc_object::construct_builtin(&ty, &args, &[]) {
        Ok(value) => super::super::exc_object::from_value(value),
        Err(err) => err,
    }
}

fn path_arg<'a>(function: &str, value: &'a Value) -> PyResult<&'a str> {
    match value {
        Value::Str(text) => Ok(text.as_str()),
        other => Err(type_error(format!(
            "{function}: path should be string, bytes or os.PathLike, not {}",
            other.type_name()
        ))),
    }
}

fn getcwd(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    refuse_keywords("os.getcwd", kw)?;
    args::no_arguments("os.getcwd", args)?;
    let dir = std::env::current_dir().map_err(|err| os_error(&err, "."))?;
    Ok(Value::string(dir.to_string_lossy().into_owned()))
}

fn listdir(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [path] = args::bind("listdir", &["path"], args, kw)?;
    let path = match path {
        None | Some(Value::None) => ".",
        Some(path) => path_arg("listdir", path)?,
    };
    let entries = std::fs::read_dir(path).map_err(|err| os_error(&err, path))?;
    let mut names = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|err| os_error(&err, path))?;
        names.push(Value::string(
            entry.file_name().to_string_lossy().into_owned(),
        ));
    }
    Ok(Value::list(names))
}

fn getpid(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    refuse_keywords("os.getpid", kw)?;
    args::no_arguments("os.getpid", args)?;
    Ok(Value::Int(i64::from(std::process::id())))
}

/// A file test on `path` (following symbolic links); false for anything that is not a path.
fn file_test(args: &[Value], test: fn(&std::fs::Metadata) -> bool) -> PyResult<Value> {
    let found = match args {
        [Value::Str(path)] => std::fs::metadata(path.as_str()).is_ok_and(|m| test(&m)),
        [_] => false,
        _ => {
            return Err(type_error(format!(
                "expected 1 argument, got {}",
                args.len()
            )));
        }
    };
    Ok(Value::bool(found))
}

fn exists(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    file_test(args, |_| true)
}

fn isfile(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    file_test(args, std::fs::Metadata::is_file)
}

fn isdir(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    file_test(args, std::fs::Metadata::is_dir)
}

/// The environment as `(name, value)` pairs, for `os.environ`.
fn environ_items(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    args::no_arguments("environ_items", args)?;
    let pairs = std::env::vars_os()
        .map(|(name, value)| {
            Value::tuple(vec![
                Value::string(name.to_string_lossy().into_owned()),
                Value::string(value.to_string_lossy().into_owned()),
            ])
        })
        .collect();
    Ok(Value::list(pairs))
}

fn text_args<'a>(function: &str, args: &'a [Value]) -> PyResult<(&'a str, &'a str)> {
    match args {
        [Value::Str(path), Value::Str(text)] => Ok((path.as_str(), text.as_str())),
        _ => Err(type_error(format!("{function}() takes a path and a str"))),
    }
}

/// The whole of a text file, decoded as UTF-8, with `\r\n` and `\r` read as `\n` (text
/// mode's universal newlines).
fn read_text(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let path = path_arg("open", args::exactly_one("read_text", args)?)?;
    let bytes = std::fs::read(path).map_err(|err| os_error(&err, path))?;
    let text = String::from_utf8(bytes).map_err(|err| {
        let at = err.utf8_error().valid_up_to();
        let byte = err.as_bytes().get(at).copied().unwrap_or(0);
        let message = format!(
            "'utf-8' codec can't decode byte 0x{byte:02x} in position {at}: invalid start byte"
        );
        let ty = types::builtin_type("UnicodeDecodeError");
        super::super::exc_object::from_value(super::super::exc_object::new_exception(
            &ty,
            &[Value::string(message)],
        ))
    })?;
    Ok(Value::string(
        crate::compiler::normalize_newlines(&text).into_owned(),
    ))
}

/// Opens `path` for writing as `open(path, mode)` does before the first write: `w` creates
/// or truncates, `a` creates, `x` creates a file that must not exist.
fn create_file(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (path, mode) = text_args("create_file", args)?;
    let mut options = std::fs::OpenOptions::new();
    match mode {
        "w" => options.write(true).create(true).truncate(true),
        "a" => options.append(true).create(true),
        _ => options.write(true).create_new(true),
    };
    options.open(path).map_err(|err| os_error(&err, path))?;
    Ok(Value::None)
}

/// Appends text (UTF-8) to the file at `path`.
fn append_text(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    use std::io::Write;
    let (path, text) = text_args("append_text", args)?;
    let mut file = std::fs::OpenOptions::new()
        .append(true)
        .open(path)
        .map_err(|err| os_error(&err, path))?;
    file.write_all(text.as_bytes())
        .map_err(|err| os_error(&err, path))?;
    Ok(Value::None)
}

/// The whole of a file as bytes (binary mode).
fn read_bytes(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let path = path_arg("open", args::exactly_one("read_bytes", args)?)?;
    let data = std::fs::read(path).map_err(|err| os_error(&err, path))?;
    Ok(crate::runtime::bytes::new_bytes(data))
}

/// Appends bytes to the file at `path`.
fn append_bytes(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    use std::io::Write;
    let [Value::Str(path), data] = args else {
        return Err(type_error("append_bytes() takes a path and bytes"));
    };
    let data = crate::runtime::bytes::bytes_argument(data)?;
    let path = path.as_str();
    let mut file = std::fs::OpenOptions::new()
        .append(true)
        .open(path)
        .map_err(|err| os_error(&err, path))?;
    file.write_all(&data).map_err(|err| os_error(&err, path))?;
    Ok(Value::None)
}

/// `os.remove(path)` (and `os.unlink`).
fn remove(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [path] = args::bind("remove", &["path"], args, kw)?;
    let Some(path) = path else {
        return Err(type_error(
            "remove() missing required argument 'path' (pos 1)",
        ));
    };
    let path = path_arg("remove", path)?;
    std::fs::remove_file(path).map_err(|err| os_error(&err, path))?;
    Ok(Value::None)
}
