//! Running a program the ways `python` can: a script file, `-c` code or a script read from
//! stdin (`Main::Source`), a module found on `sys.path` (`-m`, `Main::Module`), or nothing but
//! the interactive interpreter (`Main::Interactive`); with `-i` the interactive interpreter
//! follows whatever ran, in the same `__main__`. Exit statuses and the end of the process
//! (flushing stdout, dying by SIGINT after an uncaught Ctrl-C) are CPython's.

use std::ffi::OsString;

use super::{EXIT_INTERRUPTED, Output, Vm, interrupt, stdio, traceback};
use crate::engine::Engine;
use crate::runtime::{ExcKind, Value};

/// What to run as `__main__`.
pub enum Main {
    /// Source text: `display_path` is the script's absolute path, `<string>` (`-c`) or
    /// `<stdin>`; `script_dir` becomes `sys.path[0]` (else the current directory).
    Source {
        source: String,
        display_path: String,
        argv: Vec<OsString>,
        script_dir: Option<String>,
    },
    /// `-m name`: the module (a package's `__main__`) found on `sys.path`, run as `__main__`;
    /// `args` follow `sys.argv[0]`, which becomes the module's file.
    Module { name: String, args: Vec<OsString> },
    /// Only the interactive interpreter.
    Interactive { argv: Vec<OsString> },
}

/// Compiles and runs `source` as the main script, printing a traceback for an uncaught
/// exception. Returns the process exit status: 0, 1 for an uncaught exception or a
/// SyntaxError, or 120 (as CPython) when stdout cannot be flushed at exit or stderr cannot be
/// written.
pub fn run_program(
    engine: &'static Engine,
    source: &str,
    display_path: &str,
    argv: Vec<OsString>,
) -> i32 {
    // Only a script read from a file has a directory to put first on `sys.path`.
    let script_dir = (!display_path.starts_with('<')).then(|| super::script_dir(display_path));
    let main = Main::Source {
        source: source.to_string(),
        display_path: display_path.to_string(),
        argv,
        script_dir,
    };
    launch(engine, main, false)
}

/// Runs `main`, then the interactive interpreter if `inspect` (`-i`) or if there was nothing
/// else to run; returns the exit status.
pub fn launch(engine: &'static Engine, main: Main, inspect: bool) -> i32 {
    interrupt::install();
    let stdout = Output::Stdout(stdio::StdoutBuffer::new());
    let (mut vm, result) = match main {
        Main::Source {
            source,
            display_path,
            argv,
            script_dir,
        } => {
            if inspect {
                let mut vm = Vm::new(engine, argv, stdout);
                if let Some(dir) = script_dir {
                    vm.set_script_dir(&dir);
                }
                inspect_after(&mut vm, &source, &display_path);
                return interact(vm);
            }
            super::run_script(engine, &source, &display_path, argv, stdout, script_dir)
        }
        Main::Module { name, args } => {
            let mut vm = Vm::new(engine, Vec::new(), stdout);
            let cwd = std::env::current_dir()
                .map(|dir| dir.to_string_lossy().into_owned())
                .unwrap_or_default();
            vm.set_script_dir(&cwd);
            let result = run_module(&mut vm, &name, args);
            if inspect {
                if let Err((report, _)) = &result {
                    stdio::write_stderr(report);
                }
                return interact(vm);
            }
            (vm, result)
        }
        Main::Interactive { argv } => {
            let vm = Vm::new(engine, argv, stdout);
            stdio::write_stderr(&crate::repl::banner(engine.name));
            return interact(vm);
        }
    };
    finish_result(&mut vm, result)
}

/// `-i` after a script: any uncaught exception, SystemExit included, is printed as a
/// traceback and the interactive interpreter starts, as CPython's `-i` does.
fn inspect_after(vm: &mut Vm, source: &str, display_path: &str) {
    let code = match crate::compiler::compile(source, display_path) {
        Ok(code) => code,
        Err(err) => {
            stdio::write_stderr(&err.render());
            return;
        }
    };
    if !display_path.starts_with('<') {
        vm.register_source(&code.filename, &crate::compiler::normalize_newlines(source));
    }
    if let Err(err) = vm.run_main(code) {
        let _ = vm.flush();
        let report = traceback::render(vm, err);
        stdio::write_stderr(&report);
    }
}

/// Ends a run in the interactive interpreter, then CPython's flush of stdout and exit status.
fn interact(mut vm: Vm) -> i32 {
    let _ = vm.flush();
    let status = crate::repl::run(&mut vm);
    vm.flush_open_files();
    let result = if status == 0 {
        Ok(())
    } else {
        Err((String::new(), status))
    };
    finish_result(&mut vm, result)
}

fn finish_result(vm: &mut Vm, result: Result<(), (String, i32)>) -> i32 {
    // CPython flushes stdout before printing the traceback (ignoring a failure there), and
    // flushes it again while finalizing, where a failure is reported.
    let mut stderr_ok = true;
    let mut status = match result {
        Ok(()) => 0,
        Err((report, status)) => {
            let _ = vm.flush();
            if !report.is_empty() {
                stderr_ok &= stdio::write_stderr(&report);
            }
            status
        }
    };
    if let Err(err) = vm.flush() {
        stderr_ok &= stdio::write_stderr(&stdio::flush_failure_report(&err));
        status = stdio::EXIT_FLUSH_FAILED;
    }
    if !stderr_ok {
        status = stdio::EXIT_FLUSH_FAILED;
    }
    if status == EXIT_INTERRUPTED {
        interrupt::exit_by_sigint();
    }
    status
}

/// `-m name`: imports the module's parent packages, then runs the module's own code as
/// `__main__` (a package's `__main__` submodule), with `sys.argv[0]` its file, as `runpy`.
fn run_module(vm: &mut Vm, name: &str, args: Vec<OsString>) -> Result<(), (String, i32)> {
    let program = std::env::args_os()
        .next()
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_else(|| "spindle".to_string());
    let (source, filename, package) = match super::import::main_module_source(vm, name) {
        Ok(Some(found)) => found,
        Ok(None) => return Err((format!("{program}: No module named {name}\n"), 1)),
        Err(err) => {
            let report = traceback::render(vm, err);
            return Err((report, 1));
        }
    };
    let mut argv = vec![OsString::from(&filename)];
    argv.extend(args);
    vm.argv = argv;
    let code = match crate::compiler::compile(&source, &filename) {
        Ok(code) => code,
        Err(err) => return Err((err.render(), 1)),
    };
    vm.register_source(
        &code.filename,
        &crate::compiler::normalize_newlines(&source),
    );
    let outcome = vm.run_main_as(code, Value::str(&package));
    vm.flush_open_files();
    match outcome {
        Ok(_) => Ok(()),
        Err(err) if err.kind() == ExcKind::SystemExit => Err(super::system_exit(vm, err)),
        Err(err) if err.kind() == ExcKind::KeyboardInterrupt => {
            Err((traceback::render(vm, err), EXIT_INTERRUPTED))
        }
        Err(err) => Err((traceback::render(vm, err), 1)),
    }
}
