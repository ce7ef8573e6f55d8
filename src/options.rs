//! The python-style command line: options before the program (`-c cmd`, `-m mod`, a file, `-`
//! for stdin), everything after it going to `sys.argv`, short flags combinable (`-iu`), and
//! CPython's wording for mistakes ("Unknown option: -Z", "Argument expected for the -c
//! option"). `--engine NAME` picks the engine. The Spindle subcommands (`dis`, `engines`,
//! `bench`) are parsed by clap in `main.rs`.

use std::ffi::{OsStr, OsString};

/// What to run.
pub enum Program {
    File(OsString),
    Command(OsString),
    Module(String),
    /// `-`: a script read from stdin.
    Stdin,
    /// No program: the REPL on a terminal, else a script read from stdin.
    Default,
}

/// A parsed command line.
pub struct RunArgs {
    pub engine: Option<String>,
    pub program: Program,
    /// What follows the program (`sys.argv[1:]`).
    pub rest: Vec<OsString>,
    /// `-i`: the interactive interpreter after the program.
    pub inspect: bool,
    /// `-u`: unbuffered stdout.
    pub unbuffered: bool,
    /// `-O`: asserts compiled out, `__debug__` False.
    pub optimize: bool,
}

/// What the command line asks for besides running.
pub enum Parsed {
    Run(RunArgs),
    /// `-V`/`--version` or `-h`/`--help`: text to print, exit status 0.
    Print(String),
    /// A mistake: the message for stderr, exit status 2.
    Error(String),
}

/// The one-line usage CPython prints with its errors.
fn usage(program: &str) -> String {
    format!(
        "usage: {program} [option] ... [-c cmd | -m mod | file | -] [arg] ...\n\
         Try `spindle -h' for more information.\n"
    )
}

/// The `-h` text.
pub fn help(program: &str) -> String {
    format!(
        "usage: {program} [option] ... [-c cmd | -m mod | file | -] [arg] ...\n\
         \x20      {program} dis FILE | engines | bench [FILES] [--runs N]\n\
         Options (as python's):\n\
         -c cmd : program passed in as string (terminates option list)\n\
         -i     : inspect interactively after running the program\n\
         -m mod : run library module as a script (terminates option list)\n\
         -O     : remove assert statements; __debug__ is False\n\
         -u     : unbuffered stdout\n\
         -B -E -s -S -q -I -b -d -v -R -x -W arg -X opt : accepted, no effect\n\
         -h     : print this help message and exit (also --help)\n\
         -V     : print the Python version number and exit (also --version)\n\
         --engine NAME : the engine that runs the bytecode (see `{program} engines`)\n\
         file   : program read from script file\n\
         -      : program read from stdin (default; interactive mode if a tty)\n\
         arg ...: arguments passed to program in sys.argv[1:]\n"
    )
}

/// The version line `-V` prints.
pub fn version() -> String {
    format!("Python 3.11 (Spindle {})\n", env!("CARGO_PKG_VERSION"))
}

/// Parses `args` (without the program name) python-style.
pub fn parse(program: &str, args: &[OsString]) -> Parsed {
    let mut run = RunArgs {
        engine: None,
        program: Program::Default,
        rest: Vec::new(),
        inspect: false,
        unbuffered: false,
        optimize: false,
    };
    let mut i = 0;
    while i < args.len() {
        let arg = &args[i];
        i += 1;
        let Some(text) = arg.to_str() else {
            // Not UTF-8: only a file name can be that.
            run.program = Program::File(arg.clone());
            run.rest = args[i..].to_vec();
            return Parsed::Run(run);
        };
        if text == "--engine" {
            match args.get(i) {
                Some(name) => run.engine = Some(name.to_string_lossy().into_owned()),
                None => {
                    return Parsed::Error(format!(
                        "Argument expected for the --engine option\n{}",
                        usage(program)
                    ));
                }
            }
            i += 1;
            continue;
        }
        if let Some(name) = text.strip_prefix("--engine=") {
            run.engine = Some(name.to_string());
            continue;
        }
        match text {
            "--help" => return Parsed::Print(help(program)),
            "--version" => return Parsed::Print(version()),
            "-" => {
                run.program = Program::Stdin;
                run.rest = args[i..].to_vec();
                return Parsed::Run(run);
            }
            _ if text.starts_with("--") => {
                return Parsed::Error(format!("unknown option {text}\n{}", usage(program)));
            }
            _ if text.starts_with('-') => {}
            _ => {
                run.program = Program::File(arg.clone());
                run.rest = args[i..].to_vec();
                return Parsed::Run(run);
            }
        }
        // A cluster of short options: `-iu`, `-c code`, `-ccode`, `-W arg`.
        let flags: Vec<char> = text[1..].chars().collect();
        let mut at = 0;
        while at < flags.len() {
            let flag = flags[at];
            at += 1;
            match flag {
                'c' | 'm' | 'W' | 'X' => {
                    let attached: String = flags[at..].iter().collect();
                    let value = if !attached.is_empty() {
                        OsString::from(attached)
                    } else if let Some(next) = args.get(i) {
                        i += 1;
                        next.clone()
                    } else {
                        return Parsed::Error(format!(
                            "Argument expected for the -{flag} option\n{}",
                            usage(program)
                        ));
                    };
                    match flag {
                        'c' => {
                            run.program = Program::Command(value);
                            run.rest = args[i..].to_vec();
                            return Parsed::Run(run);
                        }
                        'm' => {
                            run.program = Program::Module(value.to_string_lossy().into_owned());
                            run.rest = args[i..].to_vec();
                            return Parsed::Run(run);
                        }
                        // `-W` and `-X` take a value that changes nothing here.
                        _ => break,
                    }
                }
                'i' => run.inspect = true,
                'u' => run.unbuffered = true,
                'O' => run.optimize = true,
                'B' | 'E' | 's' | 'S' | 'q' | 'I' | 'b' | 'd' | 'v' | 'R' | 'x' | 'P' => {}
                'h' | '?' => return Parsed::Print(help(program)),
                'V' => return Parsed::Print(version()),
                other => {
                    return Parsed::Error(format!("Unknown option: -{other}\n{}", usage(program)));
                }
            }
        }
    }
    Parsed::Run(run)
}

/// Whether `args` (without the program name) name a Spindle subcommand, parsed by clap.
pub fn is_subcommand(args: &[OsString]) -> bool {
    let mut rest = args.iter().map(OsString::as_os_str);
    let mut first = rest.next();
    // `--engine NAME` may come before the subcommand.
    if first == Some(OsStr::new("--engine")) {
        rest.next();
        first = rest.next();
    } else if first
        .and_then(OsStr::to_str)
        .is_some_and(|a| a.starts_with("--engine="))
    {
        first = rest.next();
    }
    matches!(
        first.and_then(OsStr::to_str),
        Some("dis" | "engines" | "bench" | "help")
    )
}
