//! Failing standard streams end the way they do in CPython 3.11, never in a panic or a hang:
//! stdout or stderr on a full device (`/dev/full`) or on a pipe whose reader is gone. A write
//! error raised by `print` is an `OSError`/`BrokenPipeError` traceback with status 1; a failed
//! flush of stdout at exit prints "Exception ignored in: <stdout>" and exits with 120; a stderr
//! that cannot be written makes the status 120.

use std::fs::{File, OpenOptions};
use std::process::{Command, Output, Stdio};

fn full_device() -> File {
    OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .expect("/dev/full opens")
}

/// The write end of a pipe whose read end is already closed.
fn broken_pipe() -> std::io::PipeWriter {
    let (reader, writer) = std::io::pipe().expect("pipe");
    drop(reader);
    writer
}

fn run(engine: &str, code: &str, stdout: Stdio, stderr: Stdio) -> Output {
    Command::new(env!("CARGO_BIN_EXE_spindle"))
        .args(["--engine", engine, "-c", code])
        .stdin(Stdio::null())
        .stdout(stdout)
        .stderr(stderr)
        .output()
        .expect("spindle runs")
}

const STDOUT_IGNORED: &str =
    "Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\n";

fn traceback(last_line: &str) -> String {
    format!(
        "Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\n{last_line}\n"
    )
}

fn check(output: &Output, status: i32, stderr: &str, what: &str) {
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        stderr,
        "{what}: stderr"
    );
    assert_eq!(
        output.status.code(),
        Some(status),
        "{what}: {:?}",
        output.status
    );
}

#[test]
fn stdout_on_a_full_device() {
    let no_space = "OSError: [Errno 28] No space left on device";
    for engine in spindle::engine::names() {
        let output = run(engine, "print(1)", full_device().into(), Stdio::piped());
        check(
            &output,
            120,
            &format!("{STDOUT_IGNORED}{no_space}\n"),
            engine,
        );

        let output = run(
            engine,
            "print(1); 1/0",
            full_device().into(),
            Stdio::piped(),
        );
        let want = format!(
            "{}{STDOUT_IGNORED}{no_space}\n",
            traceback("ZeroDivisionError: division by zero")
        );
        check(&output, 120, &want, engine);

        // A flushing print raises, and the data it could not write fails again at exit.
        let output = run(
            engine,
            "print(1, flush=True)",
            full_device().into(),
            Stdio::piped(),
        );
        let want = format!("{}{STDOUT_IGNORED}{no_space}\n", traceback(no_space));
        check(&output, 120, &want, engine);

        // More than a buffer's worth: the print itself raises, and nothing is left to flush.
        let output = run(
            engine,
            "print('x' * 100000)",
            full_device().into(),
            Stdio::piped(),
        );
        check(&output, 1, &traceback(no_space), engine);
    }
}

#[test]
fn stdout_on_a_pipe_nobody_reads() {
    let broken = "BrokenPipeError: [Errno 32] Broken pipe";
    for engine in spindle::engine::names() {
        let output = run(
            engine,
            "while True: print(1)",
            broken_pipe().into(),
            Stdio::piped(),
        );
        check(&output, 1, &traceback(broken), engine);

        let output = run(engine, "print(1)", broken_pipe().into(), Stdio::piped());
        check(&output, 120, &format!("{STDOUT_IGNORED}{broken}\n"), engine);
    }
}

#[test]
fn stderr_that_cannot_be_written() {
    for engine in spindle::engine::names() {
        let output = run(engine, "1/0", Stdio::piped(), full_device().into());
        check(&output, 120, "", engine);
        let output = run(engine, "1 +", Stdio::piped(), broken_pipe().into());
        check(&output, 120, "", engine);
        let output = run(
            engine,
            "print(1)",
            full_device().into(),
            full_device().into(),
        );
        check(&output, 120, "", engine);
        // A successful run that writes nothing to stderr is unaffected.
        let output = run(engine, "print(1)", Stdio::piped(), full_device().into());
        check(&output, 0, "", engine);
        assert_eq!(output.stdout, b"1\n");
    }
}

/// With stdout and stderr going to one file, what a script printed comes before its traceback:
/// CPython flushes stdout before printing an uncaught exception.
#[test]
fn printed_output_precedes_the_traceback_in_a_shared_file() {
    let path = std::env::temp_dir().join(format!("spindle-order-{}.txt", std::process::id()));
    let file = std::fs::File::create(&path).expect("output file");
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_spindle"))
        .args(["-c", "print('before')\n1/0"])
        .stdout(file.try_clone().expect("clone"))
        .stderr(file)
        .status()
        .expect("spindle runs");
    assert_eq!(status.code(), Some(1));
    let text = std::fs::read_to_string(&path).expect("output read");
    let _ = std::fs::remove_file(&path);
    assert!(
        text.starts_with("before\nTraceback (most recent call last):\n"),
        "got {text:?}"
    );
}
