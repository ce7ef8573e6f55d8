//! Built-in functions about modules and namespaces: `__import__`.

use super::exception::{PyResult, type_error};
use super::function::BuiltinFn;
use super::{Value, args};
use crate::vm::Vm;
use crate::vm::import::Importer;

pub static NAMESPACE_BUILTINS: &[BuiltinFn] = &[BuiltinFn {
    name: "__import__",
    call: builtin_import,
}];

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
