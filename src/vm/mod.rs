//! Execution state shared by every engine: the `Vm` (output, recursion depth, imported modules,
//! the frame arena, source text for tracebacks), the call protocol (`call`), unwinding
//! (`unwind`), and running a whole program. Engines own dispatch; everything they have in common
//! about calling and failing is here.
//!
//! The public surface is safe by construction: the arena, the decoded-code storage and the
//! engine handle are crate-private, and code objects come only from the compiler.

pub(crate) mod arena;
pub(crate) mod call;
pub mod import;
pub use launch::{Main, launch, run_program};
pub mod interrupt;
mod launch;
pub(crate) mod reentry;
pub mod stdio;
pub mod traceback;
pub(crate) mod unwind;

use std::collections::HashMap;
use std::ffi::OsString;
use std::rc::{Rc, Weak};
use std::sync::atomic::{AtomicU64, Ordering};

use crate::bytecode::Code;
use crate::engine::Engine;
use crate::runtime::builtins::lookup_builtin;
use crate::runtime::function::{Function, Module};
use crate::runtime::{ExcKind, PyErr, PyResult, Value};

use arena::ValueArena;

/// CPython's default recursion limit.
pub const DEFAULT_RECURSION_LIMIT: usize = 1000;
/// The most `sys.setrecursionlimit` accepts: Rust-level re-entry stays within the stack.
pub const MAX_RECURSION_LIMIT: usize = 100_000;

static NEXT_VM_ID: AtomicU64 = AtomicU64::new(1);

#[cold]
fn recursion_error(during: &str) -> PyErr {
    PyErr::new(
        ExcKind::RecursionError,
        format!("maximum recursion depth exceeded{during}"),
    )
}

/// How running code in `__main__` failed (`Vm::run_in_main`).
pub enum Failure {
    /// SystemExit: what to print (maybe nothing) and the exit status.
    Exit(String, i32),
    /// Any other error: the traceback or SyntaxError report.
    Error(String),
}

/// Where `print` writes.
pub enum Output {
    Stdout(stdio::StdoutBuffer),
    Captured(Vec<u8>),
}

pub struct Vm {
    /// Unique per VM; marks code decoded by this VM's engine (see `Code::engine_cache`).
    pub(crate) id: u64,
    pub(crate) engine: &'static Engine,
    /// `sys.argv` as the operating system gave it.
    pub(crate) argv: Vec<OsString>,
    pub(crate) recursion_limit: usize,
    /// Python frames currently active (including re-entrant calls from Rust).
    depth: usize,
    pub(crate) arena: ValueArena,
    /// Long-lived storage for engines that pre-decode code objects.
    pub(crate) decoded: bumpalo::Bump,
    output: Output,
    /// `sys.modules`: every module imported so far, by name.
    pub(crate) sys_modules: Rc<crate::runtime::dict::PyDict>,
    /// `sys.path` until a script rebinds it: the script's directory first.
    pub(crate) sys_path: Value,
    /// Modules whose code is running (imported and not yet finished), innermost last.
    pub(crate) initializing: Vec<Rc<Module>>,
    /// The `__main__` modules this VM ran that are still alive (held by an embedder, or by a
    /// cycle through the functions defined in them), cleared when the VM is dropped. Weak, so a
    /// VM that runs many programs does not keep every finished namespace alive.
    main_modules: Vec<Weak<Module>>,
    sources: HashMap<Rc<str>, Rc<str>>,
    /// A Python function an opcode's semantics asked the engine to enter in its stead (see
    /// `call::DeferredCall`); set only between that semantic function and its handler.
    pub(crate) deferred: Option<call::DeferredCall>,
    /// A builtin waiting for the caller's frame (`globals()`, `eval`, ...), answered by the
    /// engine on the same cold path as `deferred` (see `runtime::exec_eval`).
    pub(crate) frame_request: Option<crate::runtime::exec_eval::FrameRequest>,
    /// The dicts `globals()` returned and the modules they show, so `exec(src, globals())` runs
    /// in the module itself.
    pub(crate) exported_globals: Vec<(
        std::rc::Weak<crate::runtime::dict::PyDict>,
        std::rc::Weak<Module>,
    )>,
    /// The reusable marker error of a deferred call (see `call::defer_call`).
    pub(crate) defer_marker: Option<PyErr>,
    /// The classes this VM created, whose namespaces are emptied when it is dropped: a class
    /// and its methods refer to each other (through `__class__` cells and caches), a cycle
    /// reference counting alone would never free.
    pub(crate) classes: Vec<std::rc::Weak<crate::runtime::types::PyType>>,
    /// The exception being handled (`sys.exc_info()`, the implicit `__context__` of a new
    /// one), or None. `PUSH_EXC_INFO` saves the previous one on the frame's stack and
    /// `POP_EXCEPT` restores it.
    pub(crate) handled: Value,
    /// The exceptions the frames below running generators handle (CPython's `exc_info`
    /// chain): a generator's frame has a handled exception of its own, pushed over its
    /// caller's while it runs.
    pub(crate) outer_handled: Vec<Value>,
}

impl Vm {
    pub fn new(engine: &'static Engine, argv: Vec<OsString>, output: Output) -> Vm {
        Vm {
            id: NEXT_VM_ID.fetch_add(1, Ordering::Relaxed),
            engine,
            argv,
            recursion_limit: DEFAULT_RECURSION_LIMIT,
            depth: 0,
            arena: ValueArena::new(),
            decoded: bumpalo::Bump::new(),
            output,
            sys_modules: Rc::new(crate::runtime::dict::PyDict::new()),
            sys_path: Value::list(vec![Value::str("")]),
            initializing: Vec::new(),
            main_modules: Vec::new(),
            sources: HashMap::new(),
            deferred: None,
            frame_request: None,
            exported_globals: Vec::new(),
            defer_marker: None,
            classes: Vec::new(),
            handled: Value::None,
            outer_handled: Vec::new(),
        }
    }

    /// The exception `sys.exc_info()` reports: the running frame's, else the nearest one a
    /// frame below a running generator handles.
    pub(crate) fn topmost_handled(&self) -> &Value {
        if !matches!(self.handled, Value::None) {
            return &self.handled;
        }
        self.outer_handled
            .iter()
            .rev()
            .find(|v| !matches!(v, Value::None))
            .unwrap_or(&self.handled)
    }

    /// The engine this VM runs code with.
    pub fn engine(&self) -> &'static Engine {
        self.engine
    }

    /// Enters a Python frame, or raises RecursionError past the recursion limit.
    #[inline]
    pub(crate) fn enter_frame(&mut self) -> PyResult<()> {
        self.enter_nested("")
    }

    /// Enters one level of Rust recursion on a script's behalf (comparing nested containers),
    /// counted against the same limit as frames, as CPython 3.11 counts it.
    /// Why a frame may not be entered: the recursion limit, or a Ctrl-C to raise.
    #[cold]
    #[inline(never)]
    fn refuse_entry(&mut self, during: &str) -> PyResult<()> {
        interrupt::raise_pending(self)?;
        if self.depth >= self.recursion_limit {
            return Err(recursion_error(during));
        }
        self.depth += 1;
        Ok(())
    }

    #[inline]
    pub(crate) fn enter_nested(&mut self, during: &str) -> PyResult<()> {
        if self.depth >= self.recursion_limit || interrupt::pending() {
            return self.refuse_entry(during);
        }
        self.depth += 1;
        Ok(())
    }

    #[inline]
    pub(crate) fn leave_frame(&mut self) {
        self.depth -= 1;
    }

    /// How many more frames may be entered before the recursion limit.
    pub(crate) fn frames_left(&self) -> usize {
        self.recursion_limit.saturating_sub(self.depth)
    }

    /// Counts `n` frames entered at once (at most `frames_left()`: the caller checked).
    pub(crate) fn enter_frames(&mut self, n: usize) {
        self.depth += n;
    }

    /// Counts `n` frames left at once.
    pub(crate) fn leave_frames(&mut self, n: usize) {
        self.depth -= n;
    }

    /// Writes encoded text to stdout; a failed flush raises `OSError`/`BrokenPipeError`.
    pub fn write_stdout(&mut self, bytes: &[u8]) -> PyResult<()> {
        match &mut self.output {
            Output::Stdout(out) => out.write(bytes).map_err(|e| stdio::os_error(&e)),
            Output::Captured(buffer) => {
                buffer.extend_from_slice(bytes);
                Ok(())
            }
        }
    }

    /// Writes out buffered stdout.
    pub fn flush(&mut self) -> std::io::Result<()> {
        match &mut self.output {
            Output::Stdout(out) => out.flush(),
            Output::Captured(_) => Ok(()),
        }
    }

    /// The captured output, for embedders and benchmarks.
    pub fn take_captured(&mut self) -> Vec<u8> {
        match &mut self.output {
            Output::Captured(buffer) => std::mem::take(buffer),
            Output::Stdout(_) => Vec::new(),
        }
    }

    /// Imports the module `name` (absolute, dotted) as `import name` would and returns it.
    pub fn import_module(&mut self, name: &str) -> PyResult<Value> {
        import::find_and_load(self, name)
    }

    /// Writes out what text files a script left open still buffer (`io._flush_at_exit`), as
    /// CPython's shutdown does; errors there are ignored, as CPython only reports them.
    pub(crate) fn flush_open_files(&mut self) {
        let modules = self.sys_modules.clone();
        if let Ok(Some(io)) = modules.get(self, &Value::str("io")) {
            let name = crate::runtime::intern::intern("_flush_at_exit");
            if let Ok(flush) = crate::ops::load_attr(self, io, &name) {
                let _ = self.call(&flush, Vec::new());
            }
        }
    }

    /// Makes `dir` the first entry of `sys.path` (the script's directory, as CPython puts it).
    pub fn set_script_dir(&mut self, dir: &str) {
        if let Value::List(items) = &self.sys_path
            && let Some(first) = items.borrow_mut().first_mut()
        {
            *first = Value::str(dir);
        }
    }

    pub fn register_source(&mut self, filename: &Rc<str>, source: &str) {
        self.sources.insert(filename.clone(), Rc::from(source));
    }

    /// Source line `line` of `filename` as Python's `linecache` gives it: unstripped, ending in
    /// a newline (added when the file's last line lacks one).
    pub fn source_line(&self, filename: &str, line: u32) -> Option<String> {
        let source = self.sources.get(filename)?;
        let text = source
            .split_inclusive('\n')
            .nth((line as usize).checked_sub(1)?)?;
        Some(if text.ends_with('\n') {
            text.to_string()
        } else {
            format!("{text}\n")
        })
    }

    /// The `__main__` namespace: the one a script ran in, else a new empty one (for the REPL).
    pub fn main_namespace(&mut self) -> PyResult<Rc<Module>> {
        let modules = self.sys_modules.clone();
        if let Some(Value::Module(main)) = modules.get(self, &Value::str("__main__"))? {
            return Ok(main);
        }
        let module = Rc::new(Module::new("__main__"));
        module.set_attr("__name__", Value::str("__main__"));
        module.set_attr("__doc__", Value::None);
        module.set_attr("__package__", Value::None);
        module.set_attr("__spec__", Value::None);
        self.main_modules.push(Rc::downgrade(&module));
        modules.insert(self, Value::str("__main__"), Value::Module(module.clone()))?;
        Ok(module)
    }

    /// Compiles `source` (interactive input, or a whole script) to run in `__main__` after
    /// what ran there before, and runs it. An error comes back as the text CPython prints for
    /// it and the exit status it would have (SystemExit's status, 1 otherwise).
    pub fn run_in_main(
        &mut self,
        source: &str,
        filename: &str,
        interactive: bool,
    ) -> Result<(), Failure> {
        let main = match self.main_namespace() {
            Ok(main) => main,
            Err(err) => return Err(Failure::Error(traceback::render(self, err))),
        };
        let options = crate::compiler::CompileOptions {
            namespace: main.slot_names(),
            interactive,
            ..Default::default()
        };
        let code = crate::compiler::compile_with(source, filename, &options)
            .map_err(|err| Failure::Error(err.render()))?;
        for name in code.global_names.iter() {
            main.slot_for(name, || lookup_builtin(name));
        }
        let result = self.exec_module(code, main);
        self.flush().ok();
        match result {
            Ok(()) => Ok(()),
            Err(err) if err.kind() == ExcKind::SystemExit => {
                let (report, status) = system_exit(self, err);
                Err(Failure::Exit(report, status))
            }
            Err(err) => Err(Failure::Error(traceback::render(self, err))),
        }
    }

    /// Runs a compiled module as `__main__` with the VM's engine and returns its namespace
    /// (as `runpy.run_path` returns the globals).
    pub fn run_main(&mut self, code: Rc<Code>) -> PyResult<Rc<Module>> {
        self.run_main_as(code, Value::None)
    }

    /// `run_main` with `__package__` set (a module run with `-m`).
    pub(crate) fn run_main_as(&mut self, code: Rc<Code>, package: Value) -> PyResult<Rc<Module>> {
        let module = module_for(&code, "__main__");
        module.set_attr("__package__", package);
        module.set_attr("__spec__", Value::None);
        // A script has its path as `__file__`, one read from stdin `<stdin>`; `-c` code none.
        if !code.filename.starts_with('<') || &*code.filename == "<stdin>" {
            module.set_attr("__file__", Value::str(&code.filename));
        }
        self.main_modules.retain(|module| module.strong_count() > 0);
        self.main_modules.push(Rc::downgrade(&module));
        let main = Value::Module(module.clone());
        self.sys_modules
            .clone()
            .insert(self, Value::str("__main__"), main)?;
        self.exec_module(code, module.clone())?;
        Ok(module)
    }

    /// Runs a module's code with `module` (made by `module_for` with this code) as its globals.
    pub(crate) fn exec_module(&mut self, code: Rc<Code>, module: Rc<Module>) -> PyResult<()> {
        let func = Rc::new(Function {
            is_generator: code.is_generator,
            code,
            defaults: Vec::new(),
            kwdefaults: Vec::new(),
            closure: Vec::new(),
            module: module.clone(),
            attrs: Default::default(),
        });
        let invocation = call::Invocation {
            func,
            args: Vec::new(),
            kwnames: &[],
        };
        (self.engine.call)(self, invocation)?;
        Ok(())
    }

    /// Calls a Python value (a function, a bound method, a built-in) with positional arguments.
    pub fn call(&mut self, callee: &Value, args: Vec<Value>) -> PyResult<Value> {
        call::call_value(self, callee, args, &[])
    }
}

impl Drop for Vm {
    /// Empties the namespaces this VM ran, as CPython clears module globals at shutdown: a module
    /// and the functions defined in it refer to each other, a cycle reference counting alone
    /// would never free.
    fn drop(&mut self) {
        for module in self
            .main_modules
            .drain(..)
            .filter_map(|module| module.upgrade())
        {
            module.clear();
        }
        for (_, module) in self.sys_modules.items_snapshot() {
            if let Value::Module(module) = module {
                module.clear();
            }
        }
        self.sys_modules.clear();
        self.initializing.clear();
        for class in self.classes.drain(..).filter_map(|class| class.upgrade()) {
            crate::runtime::class::clear_class(&class);
        }
        crate::runtime::class::clear_lookup_cache();
    }
}

/// The status of a program ended by an uncaught `KeyboardInterrupt` (a shell's value for
/// "killed by SIGINT"); `run_program` then ends the process by that signal, as CPython does.
pub const EXIT_INTERRUPTED: i32 = 130;

/// What a script run with captured output produced.
pub struct CapturedRun {
    pub stdout: Vec<u8>,
    /// The SyntaxError or traceback report, as CPython writes it to stderr.
    pub stderr: String,
    /// The exit status `spindle` would return.
    pub status: i32,
}

/// Compiles and runs `source` as the main script with its output captured in memory (for tests
/// and embedders); `sys.path` starts as `['']` (the current directory), without touching the
/// file system until a script imports a module that is not built in.
pub fn run_captured(
    engine: &'static Engine,
    source: &str,
    display_path: &str,
    argv: Vec<OsString>,
) -> CapturedRun {
    let (mut vm, result) = run_script(
        engine,
        source,
        display_path,
        argv,
        Output::Captured(Vec::new()),
        None,
    );
    let stdout = vm.take_captured();
    let (stderr, status) = match result {
        Ok(()) => (String::new(), 0),
        Err(failure) => failure,
    };
    CapturedRun {
        stdout,
        stderr,
        status,
    }
}

/// Compiles and runs a main script; an error comes back as the text CPython would print for it
/// and the exit status. `script_dir` becomes `sys.path[0]` (else the current directory, `''`).
pub(crate) fn run_script(
    engine: &'static Engine,
    source: &str,
    display_path: &str,
    argv: Vec<OsString>,
    output: Output,
    script_dir: Option<String>,
) -> (Vm, Result<(), (String, i32)>) {
    let mut vm = Vm::new(engine, argv, output);
    if let Some(dir) = script_dir {
        vm.set_script_dir(&dir);
    }
    let code = match crate::compiler::compile(source, display_path) {
        Ok(code) => code,
        Err(err) => return (vm, Err((err.render(), 1))),
    };
    // CPython shows source lines in tracebacks only for code read from a file, which it reads
    // again with universal newlines.
    if !display_path.starts_with('<') {
        vm.register_source(&code.filename, &crate::compiler::normalize_newlines(source));
    }
    let outcome = vm.run_main(code);
    vm.flush_open_files();
    let result = match outcome {
        Ok(_) => Ok(()),
        Err(err) if err.kind() == ExcKind::SystemExit => Err(system_exit(&mut vm, err)),
        Err(err) if err.kind() == ExcKind::KeyboardInterrupt => {
            Err((traceback::render(&mut vm, err), EXIT_INTERRUPTED))
        }
        Err(err) => Err((traceback::render(&mut vm, err), 1)),
    };
    (vm, result)
}

/// A new module namespace for running `code`: the code's global slots are the module's first
/// slots, in the code's order (the compiler numbered them so); `__name__` and `__doc__` set.
pub(crate) fn module_for(code: &Code, name: &str) -> Rc<Module> {
    let module = Rc::new(Module::new(name));
    for global in code.global_names.iter() {
        module.slot_for(global, || lookup_builtin(global));
    }
    module.set_attr("__name__", Value::str(name));
    let doc = code.docstring.as_deref().map_or(Value::None, Value::str);
    module.set_attr("__doc__", doc);
    module
}

/// `sys.path[0]` for a script: its directory with symbolic links resolved, as CPython makes it.
pub fn script_dir(script: &str) -> String {
    let parent = std::path::Path::new(script)
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(std::path::Path::new("."));
    std::fs::canonicalize(parent)
        .unwrap_or_else(|_| parent.to_path_buf())
        .to_string_lossy()
        .into_owned()
}

/// What an uncaught `SystemExit` does (CPython's `handle_system_exit`): its `code` None exits
/// with 0, an int with that status, anything else is printed to stderr and exits with 1.
pub(crate) fn system_exit(vm: &mut Vm, err: PyErr) -> (String, i32) {
    let value = crate::runtime::exc_object::into_value(err);
    let code = crate::runtime::exc_object::get_attribute(&value, "code").unwrap_or(Value::None);
    match &code {
        Value::None => (String::new(), 0),
        Value::Int(status) => (String::new(), *status as i32),
        Value::Bool(flag) => (String::new(), i32::from(**flag)),
        other => {
            let text = crate::ops::to_str(vm, other).unwrap_or_default();
            (format!("{text}\n"), 1)
        }
    }
}
