//! The `spindle` command line: python's (a script, `-c CODE`, `-m MODULE`, stdin, the REPL,
//! `-i -u -O` and the rest; `options.rs`), an engine choice (`--engine`), and the Spindle
//! subcommands: disassemble (`dis`), list engines, and compare engines on the bundled or given
//! programs (`bench`). Parsing arguments and printing only; no semantics.

mod bench;
mod options;
mod os_text;

use std::ffi::{OsStr, OsString};
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use spindle::engine::{self, DEFAULT_ENGINE, Engine};
use spindle::vm::Main;

#[global_allocator]
static GLOBAL: spindle::allocator::Mimalloc = spindle::allocator::Mimalloc;

/// The interpreter runs on a thread with this much stack: Python→Python calls never recurse in
/// Rust, but the parser, the code generator and nested-container comparisons do, and must never
/// overflow. Measured (smallest stack, to 64 KiB, that still gives the full-stack result):
///
/// | deepest recursion a script can cause                               | release | debug   |
/// |--------------------------------------------------------------------|---------|---------|
/// | parser, 200 nested brackets (`(`, `[`, `f(`)                       | 128 KiB | 2.4 MiB |
/// | code generator, `MAX_EXPR_DEPTH` (2000) nested expressions          | 1 MiB   | 22 MiB  |
/// | `repr` of containers nested to its limit of 1000                   | 320 KiB | 2.9 MiB |
/// | `==`/`<` on lists or tuples nested 100,000 deep (`MAX_RECURSION_LIMIT`) | 25 MiB  | 134 MiB |
/// | `key=` calls back into Python nested to `vm::reentry::MAX_REENTRY_DEPTH` (3000) | 4.5 MiB | 42 MiB |
///
/// Freeing deep ASTs and containers is iterative and Python calls live in the frame arena, so
/// nothing else grows with the input. Comparisons set the size: 64 MiB (2.5x margin) for
/// optimised builds and 256 MiB (1.9x) for debug builds, whose frames are about five times
/// larger. This stack is reserved address space, which counts against `ulimit -v`: the 1 GiB
/// used before took a quarter of a 4 GB limit.
const STACK_BYTES: usize = if cfg!(debug_assertions) {
    256 << 20
} else {
    64 << 20
};

#[derive(Parser)]
#[command(
    name = "spindle",
    version,
    about = "A Python 3 interpreter built to measure threaded-code dispatch",
    long_about = "Runs Python 3 scripts with a choice of execution engines that share one compiler and one \
                  definition of every opcode, so their speed can be compared on identical semantics."
)]
struct Cli {
    /// Engine that executes the bytecode (see `spindle engines`)
    #[arg(long, default_value = DEFAULT_ENGINE, value_parser = engine_names())]
    engine: String,

    #[command(subcommand)]
    action: Action,
}

#[derive(Subcommand)]
enum Action {
    /// Disassemble a script: every code object, with line, offset, opname, arg and argrepr
    Dis {
        /// Script to disassemble
        file: OsString,
    },
    /// List the registered engines
    Engines,
    /// Time every engine on the bundled benchmark programs (or the given files)
    Bench {
        /// Programs to run instead of the bundled ones
        files: Vec<String>,
        /// Timed runs per program and engine (the median is reported)
        #[arg(long, default_value_t = 3)]
        runs: usize,
    },
}

fn engine_names() -> clap::builder::PossibleValuesParser {
    clap::builder::PossibleValuesParser::new(engine::names())
}

fn selected_engine(name: &str) -> &'static Engine {
    engine::find(name).unwrap_or(engine::ENGINES[0])
}

/// The script at `path`, decoded (see `spindle::compiler::decode_source`); on failure the
/// exit status after CPython's message.
fn read_source(path: &OsStr) -> Result<String, ExitCode> {
    let bytes = std::fs::read(path).map_err(|err| {
        let errno = err.raw_os_error().unwrap_or(0);
        report(
            &format!(
                "spindle: can't open file '{}': [Errno {errno}] {}\n",
                os_text::printed(path),
                describe_io(&err)
            ),
            2,
        )
    })?;
    spindle::compiler::decode_source(&bytes, &display_path(path))
        .map_err(|err| report(&err.render(), 1))
}

/// `path` as CPython shows a script's name in messages and tracebacks: made absolute.
fn display_path(path: &OsStr) -> String {
    let absolute = std::path::absolute(path).map_or(path.to_os_string(), |p| p.into_os_string());
    os_text::printed(&absolute)
}

/// The `-c` code as text, or CPython's refusal of code that is not UTF-8.
fn command_text(code: &OsStr) -> Result<String, ExitCode> {
    match os_text::first_undecodable(code) {
        None => Ok(os_text::script_text(code)),
        Some((position, byte)) => Err(report(
            &format!(
                "Unable to decode the command from the command line:\nUnicodeEncodeError: \
                     'utf-8' codec can't encode character '\\udc{byte:02x}' in position \
                     {position}: surrogates not allowed\n"
            ),
            1,
        )),
    }
}

fn describe_io(err: &std::io::Error) -> &'static str {
    match err.kind() {
        std::io::ErrorKind::NotFound => "No such file or directory",
        std::io::ErrorKind::PermissionDenied => "Permission denied",
        std::io::ErrorKind::IsADirectory => "Is a directory",
        _ => "Input/output error",
    }
}

/// Writes an error report to stderr and exits with `status`, or with 120 when stderr cannot be
/// written (CPython's status when its final flush of stderr fails).
fn report(text: &str, status: u8) -> ExitCode {
    if spindle::vm::stdio::write_stderr(text) {
        ExitCode::from(status)
    } else {
        ExitCode::from(spindle::vm::stdio::EXIT_FLUSH_FAILED as u8)
    }
}

/// Writes a command's output to stdout; a write error is reported as CPython reports a failed
/// flush of stdout at exit.
fn emit(text: &str) -> ExitCode {
    let mut out = spindle::vm::stdio::StdoutBuffer::new();
    match out.write(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => report(
            &spindle::vm::stdio::flush_failure_report(&err),
            spindle::vm::stdio::EXIT_FLUSH_FAILED as u8,
        ),
    }
}

fn run(cli: Cli) -> ExitCode {
    match cli.action {
        Action::Engines => {
            let names: String = engine::ENGINES
                .iter()
                .map(|e| e.name.to_string() + "\n")
                .collect();
            emit(&names)
        }
        Action::Dis { file } => {
            let source = match read_source(&file) {
                Ok(s) => s,
                Err(code) => return code,
            };
            match spindle::compiler::compile(&source, &os_text::printed(&file)) {
                Ok(code) => emit(&spindle::bytecode::dis::disassemble(&code)),
                Err(err) => report(&err.render(), 1),
            }
        }
        Action::Bench { files, runs } => bench::run(&files, runs.max(1)),
    }
}

/// Runs a program the way `python` does with the same command line.
fn run_python(program_name: &str, args: &[OsString]) -> ExitCode {
    let run = match options::parse(program_name, args) {
        options::Parsed::Run(run) => run,
        options::Parsed::Print(text) => return emit(&text),
        options::Parsed::Error(text) => return report(&text, 2),
    };
    let engine = match run.engine.as_deref() {
        None => selected_engine(DEFAULT_ENGINE),
        Some(name) => match engine::find(name) {
            Some(engine) => engine,
            None => {
                let known = engine::names().join(", ");
                return report(
                    &format!("spindle: unknown engine '{name}' (engines: {known})\n"),
                    2,
                );
            }
        },
    };
    spindle::vm::stdio::set_unbuffered(run.unbuffered);
    spindle::compiler::set_optimize(run.optimize);
    let main = match run.program {
        options::Program::Command(code) => {
            let code = match command_text(&code) {
                Ok(code) => code,
                Err(status) => return status,
            };
            let argv = std::iter::once("-c".into()).chain(run.rest).collect();
            Main::Source {
                source: code,
                display_path: "<string>".to_string(),
                argv,
                script_dir: Some(String::new()),
            }
        }
        options::Program::File(file) => {
            let source = match read_source(&file) {
                Ok(s) => s,
                Err(code) => return code,
            };
            let display = display_path(&file);
            let argv = std::iter::once(file).chain(run.rest).collect();
            Main::Source {
                source,
                script_dir: Some(spindle::vm::script_dir(&display)),
                display_path: display,
                argv,
            }
        }
        options::Program::Module(name) => Main::Module {
            name,
            args: run.rest,
        },
        options::Program::Default if spindle::vm::stdio::stdin_is_terminal() => Main::Interactive {
            argv: vec![OsString::new()],
        },
        program @ (options::Program::Stdin | options::Program::Default) => {
            let first = if matches!(program, options::Program::Stdin) {
                "-"
            } else {
                ""
            };
            let mut bytes = Vec::new();
            if let Err(err) = std::io::Read::read_to_end(&mut std::io::stdin(), &mut bytes) {
                return report(&format!("spindle: cannot read stdin: {err}\n"), 1);
            }
            let source = match spindle::compiler::decode_source(&bytes, "<stdin>") {
                Ok(source) => source,
                Err(err) => return report(&err.render(), 1),
            };
            let argv = std::iter::once(OsString::from(first))
                .chain(run.rest)
                .collect();
            Main::Source {
                source,
                display_path: "<stdin>".to_string(),
                argv,
                script_dir: Some(String::new()),
            }
        }
    };
    let status = spindle::vm::launch(engine, main, run.inspect);
    ExitCode::from(status as u8)
}

fn main() -> ExitCode {
    let mut args: Vec<OsString> = std::env::args_os().collect();
    let program_name = args
        .first()
        .map(|a| a.to_string_lossy().into_owned())
        .unwrap_or_else(|| "spindle".to_string());
    let args = args.split_off(1.min(args.len()));
    let cli = options::is_subcommand(&args).then(Cli::parse);
    let worker = std::thread::Builder::new()
        .name("spindle".into())
        .stack_size(STACK_BYTES)
        .spawn(move || match cli {
            Some(cli) => run(cli),
            None => run_python(&program_name, &args),
        });
    match worker.map(|handle| handle.join()) {
        Ok(Ok(code)) => code,
        _ => report("spindle: internal error\n", 70),
    }
}
