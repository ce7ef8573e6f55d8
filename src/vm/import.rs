//! Imports, with CPython's semantics and none of importlib's machinery: `sys.modules` as the
//! cache (a module is there while it runs, so circular imports see it partly initialised), the
//! finders in CPython's order — modules built into the interpreter, then the directories of
//! `sys.path` (or of a package's `__path__`: modules, packages with `__init__.py`, namespace
//! packages), then the standard modules Spindle ships (`runtime::modules`) — relative names,
//! fromlists, `from m import *` and the errors CPython raises, worded as it words them.
//!
//! Never here: what a module contains (`runtime::modules`), running code (the engines).

use std::path::{Path, PathBuf};
use std::rc::Rc;

use super::Vm;
use crate::runtime::function::Module;
use crate::runtime::str::PyStr;
use crate::runtime::{ExcKind, PyErr, PyResult, Value, exc_object, modules, types};

/// Where a module's code comes from.
enum Found {
    /// Written in Rust (`runtime::modules::create`).
    Native,
    /// A source file; `package` is the directory of a package's `__init__.py`.
    File {
        path: PathBuf,
        package: Option<PathBuf>,
    },
    /// Python source bundled in the binary.
    Bundled(&'static modules::BundledSource),
    /// Directories of that name without `__init__.py` (PEP 420).
    Namespace(Vec<PathBuf>),
}

/// What a relative import is relative to: the importing module's `__package__`, `__name__` and
/// whether it has a `__path__` (is a package), as `importlib._calc___package__` reads them.
pub struct Importer {
    pub package: Option<Value>,
    pub name: Option<Value>,
    pub is_package: bool,
}

impl Importer {
    pub fn of_module(module: &Module) -> Importer {
        Importer {
            package: module.get_attr("__package__"),
            name: module.get_attr("__name__"),
            is_package: module.get_attr("__path__").is_some(),
        }
    }
}

/// `IMPORT_NAME` and `__import__`: imports `name` (relative to `importer` when `level > 0`) and
/// returns the top package for a plain `import a.b`, the module itself with a fromlist.
pub fn import(
    vm: &mut Vm,
    importer: &Importer,
    name: &str,
    level: i64,
    fromlist: &[Value],
) -> PyResult<Value> {
    if level < 0 {
        return Err(PyErr::new(ExcKind::ValueError, "level must be >= 0"));
    }
    let absolute = if level > 0 {
        resolve_relative(vm, importer, name, level as usize)?
    } else if name.is_empty() {
        return Err(PyErr::new(ExcKind::ValueError, "Empty module name"));
    } else {
        name.to_string()
    };
    let module = find_and_load(vm, &absolute)?;
    if fromlist.is_empty() {
        let first = name.split('.').next().unwrap_or(name);
        return if level == 0 {
            find_and_load(vm, first)
        } else if name.is_empty() {
            Ok(module)
        } else {
            // `from .a.b import` without names never happens; `__import__('a.b', level=1)`
            // returns the package `a` relative to the importer, as importlib does.
            let full = module_name(&module).unwrap_or_default();
            let keep = full.len().saturating_sub(name.len() - first.len());
            find_and_load(vm, &full[..keep])
        };
    }
    if has_path(&module) {
        handle_fromlist(vm, &module, fromlist, false)?;
    }
    Ok(module)
}

/// `importlib._resolve_name`: the absolute name of `name` imported `level` packages up.
fn resolve_relative(
    vm: &mut Vm,
    importer: &Importer,
    name: &str,
    level: usize,
) -> PyResult<String> {
    let package = match &importer.package {
        Some(Value::Str(package)) => package.as_str().to_string(),
        Some(Value::None) | None => match &importer.name {
            Some(Value::Str(module)) if importer.is_package => module.as_str().to_string(),
            Some(Value::Str(module)) => module
                .as_str()
                .rsplit_once('.')
                .map_or(String::new(), |(parent, _)| parent.to_string()),
            _ => return Err(PyErr::new(ExcKind::KeyError, "'__name__' not in globals")),
        },
        Some(_) => {
            return Err(PyErr::new(ExcKind::TypeError, "package must be a string"));
        }
    };
    if package.is_empty() {
        return Err(import_error(
            vm,
            ExcKind::ImportError,
            "attempted relative import with no known parent package".to_string(),
            None,
            None,
        ));
    }
    let bits: Vec<&str> = package.rsplitn(level, '.').collect();
    if bits.len() < level {
        return Err(import_error(
            vm,
            ExcKind::ImportError,
            "attempted relative import beyond top-level package".to_string(),
            None,
            None,
        ));
    }
    let base = bits[bits.len() - 1];
    Ok(if name.is_empty() {
        base.to_string()
    } else {
        format!("{base}.{name}")
    })
}

/// `importlib._handle_fromlist`: names in a package's fromlist that are not attributes yet are
/// imported as its submodules; `*` stands for the package's `__all__`.
fn handle_fromlist(
    vm: &mut Vm,
    module: &Value,
    fromlist: &[Value],
    recursive: bool,
) -> PyResult<()> {
    let package = module_name(module).unwrap_or_default();
    for item in fromlist {
        let Value::Str(name) = item else {
            let what = if recursive {
                format!("{package}.__all__")
            } else {
                "``from list''".to_string()
            };
            return Err(PyErr::new(
                ExcKind::TypeError,
                format!("Item in {what} must be str, not {}", item.type_name()),
            ));
        };
        let name = name.as_str();
        if name == "*" {
            if !recursive && let Some(all) = module_attr(module, "__all__") {
                let names = crate::ops::collect_iterable(vm, &all)?;
                handle_fromlist(vm, module, &names, true)?;
            }
            continue;
        }
        if module_attr(module, name).is_some() {
            continue;
        }
        let full = format!("{package}.{name}");
        match find_and_load(vm, &full) {
            Ok(_) => {}
            // A missing submodule is `IMPORT_FROM`'s error to report, worded for the name.
            Err(mut err) => {
                if err.kind() != ExcKind::ModuleNotFoundError
                    || missing_name(vm, &mut err).as_deref() != Some(full.as_str())
                {
                    return Err(err);
                }
            }
        }
    }
    Ok(())
}

/// `importlib._find_and_load`: the module `name` from `sys.modules`, else found, loaded and
/// cached, its parent packages first.
pub fn find_and_load(vm: &mut Vm, name: &str) -> PyResult<Value> {
    if let Some(module) = cached(vm, name) {
        if matches!(module, Value::None) {
            return Err(import_error(
                vm,
                ExcKind::ModuleNotFoundError,
                format!("import of {name} halted; None in sys.modules"),
                Some(name),
                None,
            ));
        }
        return Ok(module);
    }
    let (parent, search) = match name.rsplit_once('.') {
        None => (None, None),
        Some((parent_name, _)) => {
            let parent = find_and_load(vm, parent_name)?;
            if let Some(module) = cached(vm, name) {
                return Ok(module);
            }
            let Some(path) = module_attr(&parent, "__path__") else {
                return Err(import_error(
                    vm,
                    ExcKind::ModuleNotFoundError,
                    format!("No module named '{name}'; '{parent_name}' is not a package"),
                    Some(name),
                    None,
                ));
            };
            let dirs = crate::ops::collect_iterable(vm, &path)?;
            (Some(parent), Some(dirs))
        }
    };
    let Some(found) = find(vm, name, search)? else {
        return Err(no_module_named(vm, name));
    };
    let module = load(vm, name, found)?;
    if let (Some(parent), Some((_, child))) = (parent, name.rsplit_once('.')) {
        let child = crate::runtime::intern::intern(child);
        crate::runtime::protocol::setattr(vm, &parent, &child, module.clone())?;
    }
    Ok(module)
}

/// The source of the module `name` for `-m`: its parent packages imported first, a package
/// standing for its `__main__` submodule. Returns the source, the file name tracebacks and
/// `sys.argv[0]` show, and the package the module is in; `None` when there is no such module.
pub fn main_module_source(vm: &mut Vm, name: &str) -> PyResult<Option<(String, String, String)>> {
    let (package, dirs) = match name.rsplit_once('.') {
        None => (String::new(), None),
        Some((parent, _)) => {
            let parent_module = find_and_load(vm, parent)?;
            let Some(path) = module_attr(&parent_module, "__path__") else {
                return Ok(None);
            };
            (
                parent.to_string(),
                Some(crate::ops::collect_iterable(vm, &path)?),
            )
        }
    };
    match find(vm, name, dirs)? {
        Some(Found::File {
            package: Some(_), ..
        })
        | Some(Found::Namespace(_)) => {
            find_and_load(vm, name)?;
            main_module_source(vm, &format!("{name}.__main__"))
        }
        Some(Found::File { path, .. }) => match std::fs::read(&path) {
            Ok(bytes) => {
                let filename = display(&path);
                let source = crate::compiler::decode_source(&bytes, &filename)
                    .map_err(|err| syntax_error(&err))?;
                Ok(Some((source, filename, package)))
            }
            Err(_) => Ok(None),
        },
        Some(Found::Bundled(bundled)) => Ok(Some((
            bundled.source.to_string(),
            format!("<spindle {name}>"),
            package,
        ))),
        Some(Found::Native) | None => Ok(None),
    }
}

/// `sys.modules[name]`, if present.
fn cached(vm: &mut Vm, name: &str) -> Option<Value> {
    let modules = vm.sys_modules.clone();
    modules.get(vm, &Value::str(name)).ok().flatten()
}

/// Finds `name`: a top-level name among the interpreter's own modules, then in the `sys.path`
/// directories, then among the bundled standard modules; a submodule in its package's `dirs`.
fn find(vm: &mut Vm, name: &str, dirs: Option<Vec<Value>>) -> PyResult<Option<Found>> {
    let tail = name.rsplit('.').next().unwrap_or(name);
    if dirs.is_none() && modules::is_builtin(name) {
        return Ok(Some(match modules::bundled_source(name) {
            Some(source) => Found::Bundled(source),
            None => Found::Native,
        }));
    }
    let dirs = match dirs {
        Some(dirs) => dirs,
        None => search_path(vm)?,
    };
    let mut namespace = Vec::new();
    for dir in dirs {
        // Entries that are not strings are skipped, as CPython's path finder skips them.
        let Value::Str(dir) = dir else { continue };
        let base = if dir.as_str().is_empty() {
            std::env::current_dir().unwrap_or_default()
        } else {
            PathBuf::from(dir.as_str())
        };
        let package = base.join(tail);
        let init = package.join("__init__.py");
        if init.is_file() {
            return Ok(Some(Found::File {
                path: init,
                package: Some(package),
            }));
        }
        let file = base.join(format!("{tail}.py"));
        if file.is_file() {
            return Ok(Some(Found::File {
                path: file,
                package: None,
            }));
        }
        if package.is_dir() {
            namespace.push(package);
        }
    }
    if modules::is_native(name) {
        return Ok(Some(Found::Native));
    }
    if let Some(source) = modules::bundled_source(name) {
        return Ok(Some(Found::Bundled(source)));
    }
    Ok((!namespace.is_empty()).then_some(Found::Namespace(namespace)))
}

/// The directories of `sys.path` (the list `sys` holds, which a script may replace).
fn search_path(vm: &mut Vm) -> PyResult<Vec<Value>> {
    let path = match cached(vm, "sys") {
        Some(Value::Module(sys)) => sys.get_attr("path"),
        _ => None,
    };
    match path.unwrap_or_else(|| vm.sys_path.clone()) {
        Value::List(items) => Ok(items.borrow().clone()),
        _ => Err(import_error(
            vm,
            ExcKind::ImportError,
            "sys.path must be a list of directory names".to_string(),
            None,
            None,
        )),
    }
}

/// Creates the module `name` from what `find` found, caches it in `sys.modules` and runs its
/// code; a module whose code fails is removed from `sys.modules` again.
fn load(vm: &mut Vm, name: &str, found: Found) -> PyResult<Value> {
    let (source, filename, package_dir) = match found {
        Found::Native => {
            let Some(module) = modules::create(vm, name) else {
                return Err(no_module_named(vm, name));
            };
            let value = modules::into_value(module);
            store_cached(vm, name, value.clone())?;
            return Ok(value);
        }
        Found::Namespace(dirs) => {
            let module = Module::new(name);
            module.set_attr("__name__", Value::str(name));
            module.set_attr("__file__", Value::None);
            module.set_attr("__package__", Value::str(name));
            let dirs = dirs.iter().map(|d| Value::string(display(d))).collect();
            module.set_attr("__path__", Value::list(dirs));
            let value = Value::Module(Rc::new(module));
            store_cached(vm, name, value.clone())?;
            return Ok(value);
        }
        Found::File { path, package } => {
            let bytes = match std::fs::read(&path) {
                Ok(bytes) => bytes,
                Err(err) => {
                    let message = format!("cannot read '{}': {err}", display(&path));
                    return Err(import_error(
                        vm,
                        ExcKind::ImportError,
                        message,
                        Some(name),
                        None,
                    ));
                }
            };
            let filename = display(&path);
            let source = crate::compiler::decode_source(&bytes, &filename)
                .map_err(|err| syntax_error(&err))?;
            (source, filename, package.map(|dir| display(&dir)))
        }
        Found::Bundled(bundled) => (
            bundled.source.to_string(),
            format!("<spindle {name}>"),
            bundled.is_package.then(String::new),
        ),
    };
    let code = crate::compiler::compile(&source, &filename).map_err(|err| syntax_error(&err))?;
    vm.register_source(
        &code.filename,
        &crate::compiler::normalize_newlines(&source),
    );
    let module = super::module_for(&code, name);
    module.set_attr("__name__", Value::str(name));
    if !filename.starts_with('<') {
        module.set_attr("__file__", Value::string(filename));
    }
    let package = match &package_dir {
        Some(dir) => {
            let path = if dir.is_empty() {
                vec![]
            } else {
                vec![Value::str(dir)]
            };
            module.set_attr("__path__", Value::list(path));
            name
        }
        None => name.rsplit_once('.').map_or("", |(parent, _)| parent),
    };
    module.set_attr("__package__", Value::str(package));
    let value = Value::Module(module.clone());
    store_cached(vm, name, value.clone())?;
    vm.initializing.push(module.clone());
    let result = vm.exec_module(code, module.clone());
    vm.initializing.retain(|m| !Rc::ptr_eq(m, &module));
    if let Err(err) = result {
        let modules = vm.sys_modules.clone();
        let _ = modules.remove(vm, &Value::str(name));
        return Err(err);
    }
    // A module may replace itself in `sys.modules` while it runs; importers get the replacement.
    Ok(cached(vm, name).unwrap_or(value))
}

fn store_cached(vm: &mut Vm, name: &str, module: Value) -> PyResult<()> {
    let modules = vm.sys_modules.clone();
    modules.insert(vm, Value::str(name), module)
}

/// `IMPORT_FROM`: `module.name`, else the submodule `module.name` from `sys.modules`, else
/// CPython's "cannot import name" ImportError.
pub fn import_from(vm: &mut Vm, module: &Value, name: &PyStr) -> PyResult<Value> {
    if let Some(value) = module_attr(module, name.as_str()) {
        return Ok(value);
    }
    // Any other object in `sys.modules`, or a module's `__getattr__` (PEP 562).
    match crate::ops::load_attr(vm, module.clone(), name) {
        Ok(value) => return Ok(value),
        Err(err) if err.kind() != ExcKind::AttributeError => return Err(err),
        Err(_) => {}
    }
    let package = module_name(module);
    if let Some(package) = &package
        && let Some(submodule) = cached(vm, &format!("{package}.{}", name.as_str()))
    {
        return Ok(submodule);
    }
    let package = package.unwrap_or_else(|| "<unknown module name>".to_string());
    let location = match module_attr(module, "__file__") {
        Some(Value::Str(path)) => path.as_str().to_string(),
        _ => "unknown location".to_string(),
    };
    let initializing = matches!(module, Value::Module(m) if is_initializing(vm, m));
    let message = if initializing {
        format!(
            "cannot import name '{}' from partially initialized module '{package}' (most likely \
             due to a circular import) ({location})",
            name.as_str()
        )
    } else {
        format!(
            "cannot import name '{}' from '{package}' ({location})",
            name.as_str()
        )
    };
    let path = module_attr(module, "__file__").filter(|p| matches!(p, Value::Str(_)));
    Err(import_error(
        vm,
        ExcKind::ImportError,
        message,
        Some(&package),
        path,
    ))
}

/// `IMPORT_STAR`: binds `module`'s `__all__`, or its names not starting with `_`, in `globals`.
pub fn import_star(vm: &mut Vm, globals: &Module, module: &Value) -> PyResult<()> {
    let names: Vec<Value> = match module_attr(module, "__all__") {
        Some(all) => crate::ops::collect_iterable(vm, &all)?,
        None => match module {
            Value::Module(m) => m
                .bound_names()
                .into_iter()
                .filter(|name| !name.starts_with('_'))
                .map(|name| Value::str(&name))
                .collect(),
            _ => Vec::new(),
        },
    };
    let module_name = module_name(module).unwrap_or_default();
    for name in names {
        let Value::Str(name) = name else {
            return Err(PyErr::new(
                ExcKind::TypeError,
                format!(
                    "Item in {module_name}.__all__ must be str, not {}",
                    name.type_name()
                ),
            ));
        };
        let value = crate::ops::load_attr(vm, module.clone(), &name)?;
        globals.set_attr(name.as_str(), value);
    }
    Ok(())
}

/// Whether `module` is still running its code (imported circularly).
pub fn is_initializing(vm: &Vm, module: &Module) -> bool {
    vm.initializing.iter().any(|i| std::ptr::eq(&**i, module))
}

fn module_attr(module: &Value, name: &str) -> Option<Value> {
    match module {
        Value::Module(m) => m.get_attr(name),
        _ => None,
    }
}

fn has_path(module: &Value) -> bool {
    module_attr(module, "__path__").is_some()
}

fn module_name(module: &Value) -> Option<String> {
    match module_attr(module, "__name__")? {
        Value::Str(name) => Some(name.as_str().to_string()),
        _ => None,
    }
}

/// The `name` an ImportError carries.
fn missing_name(vm: &mut Vm, err: &mut PyErr) -> Option<String> {
    let value = exc_object::value_of(err);
    let key = crate::runtime::intern::intern("name");
    match crate::runtime::protocol::generic_getattr(vm, &value, &key) {
        Ok(Value::Str(name)) => Some(name.as_str().to_string()),
        _ => None,
    }
}

/// `ModuleNotFoundError: No module named 'name'`.
fn no_module_named(vm: &mut Vm, name: &str) -> PyErr {
    let message = format!("No module named '{name}'");
    import_error(vm, ExcKind::ModuleNotFoundError, message, Some(name), None)
}

/// An ImportError or ModuleNotFoundError with its `msg`, `name` and `path` attributes, as
/// importlib raises them.
fn import_error(
    vm: &mut Vm,
    kind: ExcKind,
    message: String,
    name: Option<&str>,
    path: Option<Value>,
) -> PyErr {
    let ty = types::builtin_type(kind.name());
    let value = exc_object::new_exception(&ty, &[Value::string(message.clone())]);
    let fields = [
        ("msg", Value::string(message)),
        ("name", name.map_or(Value::None, Value::str)),
        ("path", path.unwrap_or(Value::None)),
    ];
    for (field, field_value) in fields {
        let key = crate::runtime::intern::intern(field);
        // A fresh instance of a built-in exception type takes any attribute.
        let _ = crate::runtime::protocol::generic_setattr(vm, &value, &key, field_value);
    }
    exc_object::from_value(value)
}

/// A SyntaxError (or IndentationError, TabError) in an imported module's source, raised as an
/// exception that tracebacks print with the file, line and caret.
fn syntax_error(err: &crate::compiler::CompileError) -> PyErr {
    crate::runtime::syntax_error::from_compile_error(err)
}

/// A path as CPython shows it in `__file__` and messages.
fn display(path: &Path) -> String {
    path.to_string_lossy().into_owned()
}
