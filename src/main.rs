//! The `spindle` command line: run a script (`spindle FILE`, `-c CODE`), pick an engine,
//! disassemble (`dis`), list engines, and compare engines on the bundled or given programs
//! (`bench`). Parsing arguments and printing only; no semantics.

mod bench;
mod os_text;

use std::ffi::{OsStr, OsString};
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use spindle::engine::{self, DEFAULT_ENGINE, Engine};

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// The interpreter runs on a thread with this much stack: Python→Python calls never recurse in
/// Rust, but the parser, compiler and built-ins re-entering Python do, and must never overflow.
const STACK_BYTES: usize = 1 << 30;

#[derive(Parser)]
#[command(
    name = "spindle",
    version,
    about = "A Python 3 interpreter built to measure threaded-code dispatch",
    long_about = "Runs Python 3 scripts with a choice of execution engines that share one compiler and one \
                  definition of every opcode, so their speed can be compared on identical semantics.",
    args_conflicts_with_subcommands = true,
    subcommand_negates_reqs = true
)]
struct Cli {
    /// Engine that executes the bytecode (see `spindle engines`)
    #[arg(long, default_value = DEFAULT_ENGINE, value_parser = engine_names())]
    engine: String,

    /// Program passed in as a string (then every positional argument goes to sys.argv[1:])
    #[arg(short = 'c', value_name = "CODE")]
    command: Option<OsString>,

    /// Script to run, then the arguments it sees as sys.argv[1:]
    #[arg(
        value_name = "FILE [ARGS]",
        required_unless_present = "command",
        trailing_var_arg = true,
        allow_hyphen_values = true
    )]
    script: Vec<OsString>,

    #[command(subcommand)]
    action: Option<Action>,
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
        eprintln!(
            "spindle: can't open file '{}': [Errno {errno}] {}",
            os_text::printed(path),
            describe_io(&err)
        );
        ExitCode::from(2)
    })?;
    spindle::compiler::decode_source(&bytes, &display_path(path)).map_err(|err| {
        eprint!("{}", err.render());
        ExitCode::from(1)
    })
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
        Some((position, byte)) => {
            eprintln!(
                "Unable to decode the command from the command line:\nUnicodeEncodeError: \
                 'utf-8' codec can't encode character '\\udc{byte:02x}' in position \
                 {position}: surrogates not allowed"
            );
            Err(ExitCode::from(1))
        }
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

fn run(cli: Cli) -> ExitCode {
    let engine = selected_engine(&cli.engine);
    match cli.action {
        Some(Action::Engines) => {
            for e in engine::ENGINES {
                println!("{}", e.name);
            }
            ExitCode::SUCCESS
        }
        Some(Action::Dis { file }) => {
            let source = match read_source(&file) {
                Ok(s) => s,
                Err(code) => return code,
            };
            match spindle::compiler::compile(&source, &os_text::printed(&file)) {
                Ok(code) => {
                    print!("{}", spindle::bytecode::dis::disassemble(&code));
                    ExitCode::SUCCESS
                }
                Err(err) => {
                    eprint!("{}", err.render());
                    ExitCode::from(1)
                }
            }
        }
        Some(Action::Bench { files, runs }) => bench::run(&files, runs.max(1)),
        None => {
            let mut positional = cli.script.into_iter();
            let (source, display, mut argv) = match (cli.command, positional.next()) {
                (Some(code), first) => {
                    let code = match command_text(&code) {
                        Ok(code) => code,
                        Err(status) => return status,
                    };
                    let first = first.map(|arg| os_text::script_text(&arg));
                    let argv = std::iter::once("-c".to_string()).chain(first).collect();
                    (code, "<string>".to_string(), argv)
                }
                (None, Some(file)) => {
                    let source = match read_source(&file) {
                        Ok(s) => s,
                        Err(code) => return code,
                    };
                    (
                        source,
                        display_path(&file),
                        vec![os_text::script_text(&file)],
                    )
                }
                (None, None) => return ExitCode::from(2),
            };
            argv.extend(positional.map(|arg| os_text::script_text(&arg)));
            let status = spindle::vm::run_program(engine, &source, &display, argv);
            ExitCode::from(status as u8)
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let worker = std::thread::Builder::new()
        .name("spindle".into())
        .stack_size(STACK_BYTES)
        .spawn(move || run(cli));
    match worker.map(|handle| handle.join()) {
        Ok(Ok(code)) => code,
        _ => {
            eprintln!("spindle: internal error");
            ExitCode::from(70)
        }
    }
}
