//! Built-in functions about modules, namespaces and the outside world: `__import__`, `dir`,
//! `open` (the `io` module's, bundled) and `input`.

use super::exception::{PyResult, type_error};
use super::function::BuiltinFn;
use super::{Value, args};
use crate::vm::Vm;
use crate::vm::import::Importer;

pub static NAMESPACE_BUILTINS: &[BuiltinFn] = &[
    BuiltinFn {
        name: "__import__",
        call: builtin_import,
    },
    BuiltinFn {
        name: "open",
        call: builtin_open,
    },
    BuiltinFn {
        name: "input",
        call: builtin_input,
    },
    BuiltinFn {
        name: "dir",
        call: builtin_dir,
    },
    BuiltinFn {
        name: "globals",
        call: super::exec_eval::builtin_globals,
    },
    BuiltinFn {
        name: "locals",
        call: super::exec_eval::builtin_locals,
    },
    BuiltinFn {
        name: "eval",
        call: super::exec_eval::builtin_eval,
    },
    BuiltinFn {
        name: "exec",
        call: super::exec_eval::builtin_exec,
    },
    BuiltinFn {
        name: "compile",
        call: super::exec_eval::builtin_compile,
    },
    // What CPython's `site` module adds for interactive use, and scripts call too.
    BuiltinFn {
        name: "exit",
        call: super::modules::sys_exit,
    },
    BuiltinFn {
        name: "quit",
        call: super::modules::sys_exit,
    },
];

/// The attributes every object has from `object`, as `dir()` lists them in CPython 3.11.
const OBJECT_ATTRIBUTES: &[&str] = &[
    "__class__",
    "__delattr__",
    "__dir__",
    "__doc__",
    "__eq__",
    "__format__",
    "__ge__",
    "__getattribute__",
    "__getstate__",
    "__gt__",
    "__hash__",
    "__init__",
    "__init_subclass__",
    "__le__",
    "__lt__",
    "__ne__",
    "__new__",
    "__reduce__",
    "__reduce_ex__",
    "__repr__",
    "__setattr__",
    "__sizeof__",
    "__str__",
    "__subclasshook__",
];

/// `dir(object)`: the sorted attribute names of a module, a class or an instance of one (its
/// own attributes, its classes', `object`'s, or its class's `__dir__`); `dir()` of the
/// current scope (a frame request, `exec_eval`); built-in values are not supported yet.
fn builtin_dir(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    args::no_keywords("dir", kw)?;
    let object = match args {
        [object] => object,
        [] => return Err(super::exec_eval::dir_of_caller(vm)),
        _ => {
            return Err(type_error(format!(
                "dir expected at most 1 argument, got {}",
                args.len()
            )));
        }
    };
    // A class's own `__dir__` (a metaclass's, for a class) answers, sorted.
    if let Some(class) = super::protocol::dunder_class(object)
        && let Some(hook) = class
            .lookup(&super::intern::intern("__dir__"))
            .filter(super::class::is_override)
    {
        let listed = super::protocol::call_method(vm, &hook, object, &[])?;
        return super::sort::builtin_sorted(vm, &[listed], &[]);
    }
    let mut names: Vec<String> = Vec::new();
    let class = match object {
        Value::Module(module) => {
            names.extend(module.bound_names().iter().map(|n| n.to_string()));
            None
        }
        Value::Type(ty) if ty.is_user_class() => Some(ty.clone()),
        Value::Instance(instance) if instance.class.is_user_class() => {
            if let Some(dict) = instance.dict(vm)? {
                for key in dict.keys_snapshot() {
                    if let Value::Str(key) = key {
                        names.push(key.as_str().to_string());
                    }
                }
            }
            Some(instance.class.clone())
        }
        other => {
            return Err(type_error(format!(
                "dir() of '{}' objects is not supported by Spindle yet",
                other.type_name()
            )));
        }
    };
    if let Some(class) = class {
        names.extend(OBJECT_ATTRIBUTES.iter().map(|n| n.to_string()));
        for ty in class.mro_iter().filter(|ty| ty.is_user_class()) {
            let entries = ty.class.as_ref().map(|c| c.entries()).unwrap_or_default();
            if !entries.iter().any(|(key, _)| key.as_str() == "__slots__") {
                names.push("__dict__".to_string());
                names.push("__weakref__".to_string());
            }
            names.extend(entries.iter().map(|(key, _)| key.as_str().to_string()));
        }
    }
    names.sort();
    names.dedup();
    Ok(Value::list(names.into_iter().map(Value::string).collect()))
}

/// `open(...)`: `io.open`, written in Python (`runtime/modules/py/io.py`).
fn builtin_open(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let io = vm.import_module("io")?;
    let open = crate::ops::load_attr(vm, io, &super::intern::intern("open"))?;
    crate::vm::call::call_value(vm, &open, args.to_vec(), kw)
}

/// `input([prompt])`: writes the prompt, reads a line from stdin without its newline;
/// EOFError at the end of input.
fn builtin_input(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(type_error("input() takes no keyword arguments"));
    }
    if args.len() > 1 {
        return Err(type_error(format!(
            "input expected at most 1 argument, got {}",
            args.len()
        )));
    }
    if let Some(prompt) = args.first() {
        let text = crate::ops::to_str(vm, prompt)?;
        vm.write_stdout(text.as_bytes())?;
    }
    vm.flush().map_err(|err| crate::vm::stdio::os_error(&err))?;
    let mut line = String::new();
    let read = std::io::stdin()
        .read_line(&mut line)
        .map_err(|err| crate::vm::stdio::os_error(&err))?;
    if read == 0 {
        let ty = super::types::builtin_type("EOFError");
        let error = super::exc_object::new_exception(&ty, &[Value::str("EOF when reading a line")]);
        return Err(super::exc_object::from_value(error));
    }
    if line.ends_with('\n') {
        line.pop();
        if line.ends_with('\r') {
            line.pop();
        }
    }
    Ok(Value::string(line))
}

/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`: what an import
/// statement does, with the package for a relative import read from `globals`.
fn builtin_import(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [name, globals, _locals, fromlist, level] = args::bind(
        "__import__",
        &["name", "globals", "locals", "fromlist", "level"],
        args,
        kw,
    )?;
    let name = match name {
        Some(Value::Str(name)) => name.clone(),
        Some(_) => return Err(type_error("module name must be a string")),
        None => {
            return Err(type_error(
                "__import__() missing required argument 'name' (pos 1)",
            ));
        }
    };
    let level = match level {
        None => 0,
        Some(Value::Int(level)) => *level,
        Some(Value::Bool(flag)) => i64::from(**flag),
        Some(other) => {
            return Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                other.type_name()
            )));
        }
    };
    let fromlist = match fromlist {
        None | Some(Value::None) => Vec::new(),
        Some(list) => crate::ops::collect_iterable(vm, list)?,
    };
    let importer = match globals {
        Some(Value::Dict(globals)) => {
            let mut read = |key: &str| globals.get(vm, &Value::str(key)).ok().flatten();
            Importer {
                package: read("__package__"),
                name: read("__name__"),
                is_package: read("__path__").is_some(),
            }
        }
        _ => Importer {
            package: None,
            name: None,
            is_package: false,
        },
    };
    crate::vm::import::import(vm, &importer, name.as_str(), level, &fromlist)
}
