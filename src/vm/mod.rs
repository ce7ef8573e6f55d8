//! Execution state shared by every engine: the `Vm` (output, recursion depth, imported modules,
//! the frame arena, source text for tracebacks), the call protocol (`call`), and running a whole
//! program. Engines own dispatch; everything they have in common about calling and failing is
//! here.

pub mod arena;
pub mod call;
pub mod reentry;
pub mod stdio;
pub mod traceback;

use std::collections::HashMap;
use std::rc::Rc;
use std::sync::atomic::{AtomicU64, Ordering};

use crate::bytecode::Code;
use crate::engine::Engine;
use crate::runtime::builtins::lookup_builtin;
use crate::runtime::function::{Function, Module};
use crate::runtime::{ExcKind, PyErr, PyResult, Value, modules};

pub use arena::ValueArena;

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

/// Where `print` writes.
pub enum Output {
    Stdout(stdio::StdoutBuffer),
    Captured(Vec<u8>),
}

pub struct Vm {
    /// Unique per VM; marks code decoded by this VM's engine (see `Code::engine_cache`).
    pub id: u64,
    pub engine: &'static Engine,
    pub argv: Vec<String>,
    pub recursion_limit: usize,
    /// Python frames currently active (including re-entrant calls from Rust).
    pub depth: usize,
    pub arena: ValueArena,
    /// Long-lived storage for engines that pre-decode code objects.
    pub decoded: bumpalo::Bump,
    output: Output,
    modules: HashMap<String, Value>,
    sources: HashMap<Rc<str>, Rc<str>>,
}

impl Vm {
    pub fn new(engine: &'static Engine, argv: Vec<String>, output: Output) -> Vm {
        Vm {
            id: NEXT_VM_ID.fetch_add(1, Ordering::Relaxed),
            engine,
            argv,
            recursion_limit: DEFAULT_RECURSION_LIMIT,
            depth: 0,
            arena: ValueArena::new(),
            decoded: bumpalo::Bump::new(),
            output,
            modules: HashMap::new(),
            sources: HashMap::new(),
        }
    }

    /// Enters a Python frame, or raises RecursionError past the recursion limit.
    #[inline]
    pub fn enter_frame(&mut self) -> PyResult<()> {
        self.enter_nested("")
    }

    /// Enters one level of Rust recursion on a script's behalf (comparing nested containers),
    /// counted against the same limit as frames, as CPython 3.11 counts it.
    #[inline]
    pub fn enter_nested(&mut self, during: &str) -> PyResult<()> {
        if self.depth >= self.recursion_limit {
            return Err(recursion_error(during));
        }
        self.depth += 1;
        Ok(())
    }

    #[inline]
    pub fn leave_frame(&mut self) {
        self.depth -= 1;
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

    /// Imports a built-in module (cached).
    pub fn import_module(&mut self, name: &str) -> PyResult<Value> {
        if let Some(module) = self.modules.get(name) {
            return Ok(module.clone());
        }
        let module = modules::create(self, name).ok_or_else(|| {
            PyErr::new(
                ExcKind::ModuleNotFoundError,
                format!("No module named '{name}'"),
            )
        })?;
        let value = modules::into_value(module);
        self.modules.insert(name.to_string(), value.clone());
        Ok(value)
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

    /// Runs a compiled module as `__main__` with the VM's engine.
    pub fn run_main(&mut self, code: Rc<Code>) -> PyResult<Value> {
        let module = Rc::new(Module::new("__main__"));
        for name in code.global_names.iter() {
            module.slot_for(name, || lookup_builtin(name));
        }
        module.set_attr("__name__", Value::str("__main__"));
        let function = Rc::new(Function {
            code,
            defaults: Vec::new(),
            module,
        });
        (self.engine.call)(self, &function, Vec::new(), &[])
    }
}

/// Compiles and runs `source` as the main script, printing a traceback for an uncaught exception.
/// Returns the process exit status: 0, 1 for an uncaught exception or a SyntaxError, or 120
/// (as CPython) when stdout cannot be flushed at exit or stderr cannot be written.
pub fn run_program(
    engine: &'static Engine,
    source: &str,
    display_path: &str,
    argv: Vec<String>,
) -> i32 {
    let code = match crate::compiler::compile(source, display_path) {
        Ok(code) => code,
        Err(err) => {
            return if stdio::write_stderr(&err.render()) {
                1
            } else {
                stdio::EXIT_FLUSH_FAILED
            };
        }
    };
    let mut vm = Vm::new(engine, argv, Output::Stdout(stdio::StdoutBuffer::new()));
    // CPython shows source lines in tracebacks only for code read from a file.
    if display_path != "<string>" {
        vm.register_source(&code.filename, source);
    }
    let result = vm.run_main(code);
    // CPython prints the traceback, then flushes stdout while finalizing.
    let mut stderr_ok = true;
    let mut status = match result {
        Ok(_) => 0,
        Err(err) => {
            stderr_ok &= stdio::write_stderr(&traceback::render(&vm, &err));
            1
        }
    };
    if let Err(err) = vm.flush() {
        stderr_ok &= stdio::write_stderr(&stdio::flush_failure_report(&err));
        status = stdio::EXIT_FLUSH_FAILED;
    }
    if !stderr_ok {
        status = stdio::EXIT_FLUSH_FAILED;
    }
    status
}
