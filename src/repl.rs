//! The interactive interpreter, as CPython's: `>>> ` and `... ` prompts, a compound statement
//! (or an unclosed bracket or string) read until it is complete, each input compiled in
//! interactive mode (expression values echoed with `repr` and bound to `_`) and run in
//! `__main__`, tracebacks printed without leaving, Ctrl-C abandoning the input, Ctrl-D (end of
//! input) ending the session. On a terminal lines are edited and recalled with `rustyline`;
//! otherwise they are read from stdin and the prompts written to stderr, as CPython does.

use std::io::{BufRead, Write};

use crate::vm::{Failure, Vm, interrupt, stdio};

/// What reading one line gave.
enum Input {
    Line(String),
    /// Ctrl-C at the prompt.
    Interrupted,
    /// Ctrl-D, or the end of stdin.
    End,
}

/// Where lines come from.
enum Reader {
    Terminal(Box<rustyline::DefaultEditor>),
    Piped(std::io::StdinLock<'static>),
}

impl Reader {
    fn new() -> Reader {
        if stdio::stdin_is_terminal()
            && let Ok(editor) = rustyline::DefaultEditor::new()
        {
            return Reader::Terminal(Box::new(editor));
        }
        Reader::Piped(std::io::stdin().lock())
    }

    fn read(&mut self, prompt: &str) -> Input {
        match self {
            Reader::Terminal(editor) => match editor.readline(prompt) {
                Ok(line) => {
                    if !line.trim().is_empty() {
                        let _ = editor.add_history_entry(line.as_str());
                    }
                    Input::Line(line)
                }
                Err(rustyline::error::ReadlineError::Interrupted) => Input::Interrupted,
                Err(_) => Input::End,
            },
            Reader::Piped(stdin) => {
                stdio::write_stderr(prompt);
                let mut line = String::new();
                match stdin.read_line(&mut line) {
                    Ok(0) | Err(_) => Input::End,
                    Ok(_) => {
                        if line.ends_with('\n') {
                            line.pop();
                        }
                        Input::Line(line)
                    }
                }
            }
        }
    }
}

/// The banner CPython prints before the first prompt (not after `-i script`).
pub fn banner(engine: &str) -> String {
    format!(
        "Python 3.11 (Spindle {}, {engine} engine) on {}\nType Ctrl-D (end of input) to exit.\n",
        env!("CARGO_PKG_VERSION"),
        std::env::consts::OS
    )
}

/// Runs the interactive loop on `vm` until end of input or SystemExit; returns the exit
/// status.
pub fn run(vm: &mut Vm) -> i32 {
    interrupt::install();
    let mut reader = Reader::new();
    let mut buffer = String::new();
    loop {
        let prompt = if buffer.is_empty() { ">>> " } else { "... " };
        let line = match reader.read(prompt) {
            Input::Line(line) => line,
            Input::Interrupted => {
                stdio::write_stderr("\nKeyboardInterrupt\n");
                buffer.clear();
                continue;
            }
            Input::End => {
                stdio::write_stderr("\n");
                return 0;
            }
        };
        // Ctrl-C pressed while no code ran is not raised into the next input.
        interrupt::clear();
        if buffer.is_empty() && line.trim().is_empty() {
            continue;
        }
        buffer.push_str(&line);
        buffer.push('\n');
        if needs_more(&buffer, &line) {
            continue;
        }
        let source = std::mem::take(&mut buffer);
        match vm.run_in_main(&source, "<stdin>", true) {
            Ok(()) => {}
            Err(Failure::Exit(report, status)) => {
                if !report.is_empty() {
                    stdio::write_stderr(&report);
                }
                return status;
            }
            Err(Failure::Error(report)) => {
                stdio::write_stderr(&report);
            }
        }
        let _ = std::io::stdout().flush();
    }
}

/// Statements that need a blank line to end in interactive mode (their body may go on).
const COMPOUND: &[&str] = &[
    "if", "for", "while", "def", "class", "with", "try", "async", "match",
];

/// Whether the input so far is unfinished: a compound statement not yet ended by a blank
/// line, a line ending in a backslash, or source the compiler finds cut short (an unclosed
/// bracket or triple-quoted string).
fn needs_more(buffer: &str, last_line: &str) -> bool {
    let first = buffer.trim_start();
    let keyword: String = first
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect();
    if first.starts_with('@') || COMPOUND.contains(&keyword.as_str()) {
        return !last_line.trim().is_empty();
    }
    if last_line.trim_end().ends_with('\\') {
        return true;
    }
    match crate::compiler::compile(buffer, "<stdin>") {
        Ok(_) => false,
        Err(err) => {
            let message = err.message.as_str();
            message.contains("was never closed")
                || message.contains("unterminated triple-quoted string")
                || message.contains("unexpected EOF")
                || message.contains("expected an indented block")
        }
    }
}
