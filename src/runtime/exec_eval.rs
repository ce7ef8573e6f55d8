//! Running source at run time and looking at the caller's namespaces: `compile`, `exec`,
//! `eval`, `globals`, `locals`, and `vars()`/`dir()` without an argument.
//!
//! Code for `exec`/`eval` is compiled with `CompileOptions::namespace_body`: its top-level
//! names are `LOAD_NAME`/`STORE_NAME` on the namespace in its frame slot 0, as in a class
//! body, which is either a dict (the `locals` given) or the module itself (module-level code
//! run in its own globals, live). Globals are always a module, since code numbers its
//! globals by module slot: a dict passed as `globals` becomes a temporary module whose
//! bindings are copied back into the dict afterwards. A `compile()`d object keeps its source
//! and is compiled again for the namespace it is run in.
//!
//! The builtins that need the caller's frame (its module and local variables) do not see it
//! from Rust; they leave a `FrameRequest` in the VM and return the deferral marker, and the
//! engine, on its cold error path, answers with the running frame (`complete_request`).

use std::rc::Rc;

use super::args::no_keywords;
use super::descriptors::NativeObject;
use super::dict::PyDict;
use super::exception::type_error;
use super::function::{Function, Module};
use super::str::PyStr;
use super::{ExcKind, PyErr, PyResult, Value};
use crate::compiler::CompileOptions;
use crate::vm::Vm;

/// What `compile()` returns: the source, kept to be compiled for the namespace it runs in.
pub struct SourceCode {
    pub source: Rc<str>,
    pub filename: Rc<str>,
    /// Compiled in `eval` mode: one expression, whose value running it gives.
    pub eval: bool,
}

/// A builtin waiting for the caller's frame (see the module docs).
pub(crate) struct FrameRequest {
    which: Introspection,
    args: Vec<Value>,
}

#[derive(Clone, Copy)]
enum Introspection {
    Globals,
    Locals,
    Vars,
    Dir,
    Eval,
    Exec,
}

/// The running frame, as the engine shows it to a `FrameRequest`.
pub(crate) struct FrameView<'a> {
    pub(crate) func: &'a Rc<Function>,
    /// The frame's slots (copied), in `code.varnames` order.
    pub(crate) locals: Vec<Value>,
}

fn request(vm: &mut Vm, which: Introspection, args: &[Value]) -> PyErr {
    vm.frame_request = Some(FrameRequest {
        which,
        args: args.to_vec(),
    });
    vm.defer_marker
        .take()
        .unwrap_or_else(|| PyErr::new(ExcKind::DeferredCall, ""))
}

/// Answers the pending `FrameRequest` with the running frame; the value is the result of the
/// call that made the request.
pub(crate) fn complete_request(vm: &mut Vm, frame: FrameView<'_>) -> PyResult<Value> {
    let Some(request) = vm.frame_request.take() else {
        return Err(PyErr::new(ExcKind::SystemError, "no frame request"));
    };
    let module = frame.func.module.clone();
    match request.which {
        Introspection::Globals => {
            let dict = module_dict(vm, &module)?;
            vm.exported_globals
                .retain(|(dict, module)| dict.strong_count() > 0 && module.strong_count() > 0);
            vm.exported_globals
                .push((Rc::downgrade(&dict), Rc::downgrade(&module)));
            Ok(Value::Dict(dict))
        }
        Introspection::Locals | Introspection::Vars => frame_locals(vm, &frame, &module),
        Introspection::Dir => {
            let names = match frame_locals(vm, &frame, &module)? {
                Value::Dict(dict) => dict.keys_snapshot(),
                other => crate::ops::collect_iterable(vm, &other)?,
            };
            super::sort::builtin_sorted(vm, &[Value::list(names)], &[])
        }
        Introspection::Eval | Introspection::Exec => {
            let eval = matches!(request.which, Introspection::Eval);
            let locals = match (request.args.get(1), frame.locals.first()) {
                (Some(given), _) => given.clone(),
                _ if is_module_frame(&frame) => Value::Module(module.clone()),
                // Inside module-level `exec` code: its namespace is the module, live.
                (None, Some(namespace @ Value::Module(_))) if is_namespace_body(&frame) => {
                    namespace.clone()
                }
                _ => frame_locals(vm, &frame, &module)?,
            };
            let [source, ..] = &request.args[..] else {
                return Err(type_error("expected a source argument"));
            };
            run(vm, source, eval, module, locals)
        }
    }
}

/// Whether the frame runs a module's (or `exec`'s module-level) code: its locals are its
/// globals.
fn is_module_frame(frame: &FrameView<'_>) -> bool {
    frame.func.code.name.as_ref() == "<module>" && frame.func.code.varnames.is_empty()
}

/// Whether the frame runs a class body or `exec` code (its namespace in slot 0).
fn is_namespace_body(frame: &FrameView<'_>) -> bool {
    frame
        .func
        .code
        .varnames
        .first()
        .is_some_and(|n| &**n == ".namespace")
}

/// `locals()` of a frame: the module's namespace at module level, the namespace of a class
/// body or of `exec` code, else a new dict of the bound local variables (cells read through).
fn frame_locals(vm: &mut Vm, frame: &FrameView<'_>, module: &Rc<Module>) -> PyResult<Value> {
    if is_module_frame(frame) {
        return Ok(Value::Dict(module_dict(vm, module)?));
    }
    let code = &frame.func.code;
    if is_namespace_body(frame) {
        return Ok(match frame.locals.first() {
            Some(Value::Module(module)) => Value::Dict(module_dict(vm, module)?),
            Some(namespace) => namespace.clone(),
            None => Value::Dict(Rc::new(PyDict::new())),
        });
    }
    let dict = Rc::new(PyDict::new());
    for (name, value) in code.varnames.iter().zip(&frame.locals) {
        let value = match value {
            Value::Cell(cell) => cell.get(),
            other => other.clone(),
        };
        if !value.is_null() {
            dict.insert(vm, Value::str(name), value)?;
        }
    }
    Ok(Value::Dict(dict))
}

/// A new dict of a module's bound names (`globals()`; writes to it do not reach the module).
fn module_dict(vm: &mut Vm, module: &Module) -> PyResult<Rc<PyDict>> {
    let dict = Rc::new(PyDict::new());
    for name in module.bound_names() {
        if let Some(value) = module.get_attr(&name) {
            dict.insert(vm, Value::str(&name), value)?;
        }
    }
    Ok(dict)
}

// ----- the builtins ---------------------------------------------------------------------------

/// `globals()`.
pub fn builtin_globals(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    no_keywords("globals", kwnames)?;
    if !args.is_empty() {
        return Err(type_error(format!(
            "globals() takes no arguments ({} given)",
            args.len()
        )));
    }
    Err(request(vm, Introspection::Globals, args))
}

/// `locals()`.
pub fn builtin_locals(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    no_keywords("locals", kwnames)?;
    if !args.is_empty() {
        return Err(type_error(format!(
            "locals() takes no arguments ({} given)",
            args.len()
        )));
    }
    Err(request(vm, Introspection::Locals, args))
}

/// `vars()` without an argument: the caller's locals.
pub fn vars_of_caller(vm: &mut Vm) -> PyErr {
    request(vm, Introspection::Vars, &[])
}

/// `dir()` without an argument: the caller's local names, sorted.
pub fn dir_of_caller(vm: &mut Vm) -> PyErr {
    request(vm, Introspection::Dir, &[])
}

/// `eval(source, globals=None, locals=None)`.
pub fn builtin_eval(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    exec_or_eval(vm, args, kwnames, true)
}

/// `exec(source, globals=None, locals=None)`.
pub fn builtin_exec(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    exec_or_eval(vm, args, kwnames, false)?;
    Ok(Value::None)
}

fn exec_or_eval(vm: &mut Vm, args: &[Value], kwnames: &[Value], eval: bool) -> PyResult<Value> {
    let function = if eval { "eval" } else { "exec" };
    let [source, globals, locals] =
        super::args::bind(function, &["source", "globals", "locals"], args, kwnames)?;
    let Some(source) = source else {
        return Err(type_error(format!(
            "{function}() missing required argument 'source' (pos 1)"
        )));
    };
    // None, passed or omitted, means "the caller's".
    let locals = locals.filter(|v| !matches!(v, Value::None));
    let globals = match globals.filter(|v| !matches!(v, Value::None)) {
        None => None,
        Some(Value::Dict(dict)) => Some(dict.clone()),
        Some(_) if eval => {
            return Err(type_error(if locals.is_none() {
                "globals must be a dict"
            } else {
                "globals must be a real dict; try eval(expr, {}, mapping)"
            }));
        }
        Some(other) => {
            return Err(type_error(format!(
                "exec() globals must be a dict, not {}",
                other.type_name()
            )));
        }
    };
    if let Some(locals) = locals
        && !super::protocol::is_mapping(locals)
    {
        return Err(type_error(if eval {
            "locals must be a mapping".to_string()
        } else {
            format!(
                "locals must be a mapping or None, not {}",
                locals.type_name()
            )
        }));
    }
    check_source(source, function)?;
    let Some(globals) = globals else {
        // The caller's globals (and locals unless given): the frame request's arguments are
        // the source and, when given, the locals.
        let which = if eval {
            Introspection::Eval
        } else {
            Introspection::Exec
        };
        let mut request_args = vec![source.clone()];
        request_args.extend(locals.cloned());
        return Err(request(vm, which, &request_args));
    };
    // A dict `globals()` returned stands for its module: the code runs in the module itself.
    let exported = vm.exported_globals.iter().find_map(|(dict, module)| {
        dict.upgrade()
            .filter(|dict| Rc::ptr_eq(dict, &globals))
            .and(module.upgrade())
    });
    let module = match exported {
        Some(module) => module,
        None => {
            let module = Rc::new(Module::new(&module_name(vm, &globals)?));
            for (key, value) in globals.items_snapshot() {
                if let Value::Str(key) = key {
                    module.set_attr(key.as_str(), value);
                }
            }
            module
        }
    };
    let locals = locals
        .cloned()
        .unwrap_or_else(|| Value::Module(module.clone()));
    let result = run(vm, source, eval, module.clone(), locals);
    copy_back(vm, &module, &globals)?;
    result
}

/// The `__name__` a dict of globals gives its temporary module.
fn module_name(vm: &mut Vm, globals: &PyDict) -> PyResult<String> {
    Ok(match globals.get(vm, &Value::str("__name__"))? {
        Some(Value::Str(name)) => name.as_str().to_string(),
        _ => "builtins".to_string(),
    })
}

/// Writes a temporary module's bindings back into the dict it was made from.
fn copy_back(vm: &mut Vm, module: &Module, globals: &PyDict) -> PyResult<()> {
    let bound = module.bound_names();
    let still_bound: std::collections::HashSet<&str> = bound.iter().map(|b| &**b).collect();
    for (key, _) in globals.items_snapshot() {
        if let Value::Str(name) = &key
            && !still_bound.contains(name.as_str())
        {
            globals.remove(vm, &key)?;
        }
    }
    for name in bound {
        if let Some(value) = module.get_attr(&name) {
            globals.insert(vm, Value::str(&name), value)?;
        }
    }
    Ok(())
}

fn check_source(source: &Value, function: &str) -> PyResult<()> {
    match source {
        Value::Str(_) => Ok(()),
        Value::Native(native) if matches!(**native, NativeObject::Source(_)) => Ok(()),
        other => Err(type_error(format!(
            "{function}() arg 1 must be a string, bytes or code object{}",
            if function == "eval" {
                String::new()
            } else {
                format!(", not {}", other.type_name())
            }
        ))),
    }
}

/// Compiles `source` (a str or a `compile()` result) for the globals of `module` and runs it
/// with `locals` in its namespace slot; the value of the expression for `eval`, else None.
fn run(
    vm: &mut Vm,
    source: &Value,
    eval: bool,
    module: Rc<Module>,
    locals: Value,
) -> PyResult<Value> {
    let (text, filename, eval) = match source {
        Value::Str(text) => (Rc::from(text.as_str()), Rc::from("<string>"), eval),
        Value::Native(native) => match &**native {
            NativeObject::Source(code) => (code.source.clone(), code.filename.clone(), code.eval),
            _ => return Err(type_error("expected source code")),
        },
        _ => return Err(type_error("expected source code")),
    };
    let text: Rc<str> = if eval && matches!(source, Value::Str(_)) {
        // `eval` ignores leading spaces and tabs, as CPython does.
        Rc::from(text.trim_start_matches([' ', '\t']))
    } else {
        text
    };
    let options = CompileOptions {
        namespace: module.slot_names(),
        interactive: false,
        namespace_body: true,
        eval,
    };
    let code = crate::compiler::compile_with(&text, &filename, &options)
        .map_err(|err| super::syntax_error::from_compile_error(&err))?;
    for name in code.global_names.iter() {
        module.slot_for(name, || super::builtins::lookup_builtin(name));
    }
    let func = Value::Function(Rc::new(Function {
        is_generator: code.is_generator,
        code,
        defaults: Vec::new(),
        kwdefaults: Vec::new(),
        closure: Vec::new(),
        module,
        attrs: Default::default(),
    }));
    crate::vm::reentry::call_from_native(vm, &func, &[locals])
}

/// `compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)`: checks the
/// source compiles (raising its SyntaxError now, as CPython does) and keeps it to be compiled
/// for the namespace it runs in.
pub fn builtin_compile(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let bound = super::args::bind(
        "compile",
        &[
            "source",
            "filename",
            "mode",
            "flags",
            "dont_inherit",
            "optimize",
            "_feature_version",
        ],
        args,
        kwnames,
    )?;
    let required = ["source", "filename", "mode"];
    for (position, name) in required.iter().enumerate() {
        if bound[position].is_none() {
            return Err(type_error(format!(
                "compile() missing required argument '{name}' (pos {})",
                position + 1
            )));
        }
    }
    let bound = bound.map(|value| value.cloned().unwrap_or(Value::None));
    let source = match &bound[0] {
        Value::Str(text) => Rc::from(text.as_str()),
        source @ Value::Native(native) if matches!(**native, NativeObject::Source(_)) => {
            return Ok(source.clone());
        }
        other => {
            return Err(type_error(format!(
                "compile() arg 1 must be a string, bytes or AST object, not {}",
                other.type_name()
            )));
        }
    };
    let filename: Rc<str> = match &bound[1] {
        Value::Str(name) => Rc::from(name.as_str()),
        other => {
            return Err(type_error(format!(
                "compile() argument 'filename' must be str, not {}",
                other.type_name()
            )));
        }
    };
    let eval = match &bound[2] {
        Value::Str(mode) => match mode.as_str() {
            "exec" | "single" => false,
            "eval" => true,
            _ => {
                return Err(PyErr::new(
                    ExcKind::ValueError,
                    "compile() mode must be 'exec', 'eval' or 'single'",
                ));
            }
        },
        other => {
            return Err(type_error(format!(
                "compile() argument 'mode' must be str, not {}",
                other.type_name()
            )));
        }
    };
    let options = CompileOptions {
        namespace_body: true,
        eval,
        ..CompileOptions::default()
    };
    let text: &str = &source;
    let checked = if eval {
        text.trim_start_matches([' ', '\t'])
    } else {
        text
    };
    crate::compiler::compile_with(checked, &filename, &options)
        .map_err(|err| super::syntax_error::from_compile_error(&err))?;
    Ok(Value::Native(Rc::new(NativeObject::Source(Rc::new(
        SourceCode {
            source,
            filename,
            eval,
        },
    )))))
}

/// Attributes of a `compile()` result (`co_filename`, `co_name`).
pub fn source_attribute(code: &SourceCode, name: &PyStr) -> Option<Value> {
    match name.as_str() {
        "co_filename" => Some(Value::str(&code.filename)),
        "co_name" => Some(Value::str("<module>")),
        _ => None,
    }
}
