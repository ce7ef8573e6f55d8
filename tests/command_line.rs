//! The command line with arguments and file names that are not UTF-8 (on Unix any bytes but
//! NUL may be either): they reach `sys.argv` as CPython decodes them (UTF-8 with
//! `surrogateescape`: a lone surrogate U+DC80..U+DCFF for each undecodable byte), a script
//! with such a name runs and tracebacks show the name as CPython does (`\udcff`), and `-c` code
//! that is not UTF-8 is refused with CPython's message. Nothing may panic.
#![cfg(unix)]

use std::ffi::OsStr;
use std::os::unix::ffi::OsStrExt;
use std::path::PathBuf;
use std::process::{Command, Output};

fn spindle(args: &[&OsStr]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_spindle"))
        .args(args)
        .output()
        .expect("spindle runs")
}

/// A fresh directory for this test's files.
fn scratch_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("spindle-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temporary directory");
    dir
}

#[test]
fn undecodable_arguments_reach_sys_argv() {
    let dir = scratch_dir("argv");
    let script = dir.join("args.py");
    std::fs::write(
        &script,
        "import sys\nfor i in range(1, len(sys.argv)):\n    print(len(sys.argv[i]), repr(sys.argv[i]), sys.argv[i])\n",
    )
    .expect("script written");
    // Under a C.UTF-8 locale CPython writes the surrogates back out as the original bytes.
    let output = Command::new(env!("CARGO_BIN_EXE_spindle"))
        .env("LC_ALL", "C.UTF-8")
        .args([
            script.as_os_str(),
            OsStr::from_bytes(b"\xff"),
            OsStr::from_bytes(b"a\xe2\x82b"),
            OsStr::new("plain"),
        ])
        .output()
        .expect("spindle runs");
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(String::from_utf8_lossy(&output.stderr), "");
    assert_eq!(
        output.stdout,
        b"1 '\\udcff' \xff\n4 'a\\udce2\\udc82b' a\xe2\x82b\n5 'plain' plain\n"
    );
    assert_eq!(output.status.code(), Some(0));
}

#[test]
fn scripts_with_undecodable_names_run_and_show_their_names() {
    let dir = scratch_dir("name");
    let script = dir.join(OsStr::from_bytes(b"caf\xe9.py"));
    std::fs::write(&script, "print('running')\nx = 1 // 0\n").expect("script written");
    let output = spindle(&[script.as_os_str()]);
    let _ = std::fs::remove_dir_all(&dir);
    let shown = format!("{}/caf\\udce9.py", dir.display());
    assert_eq!(String::from_utf8_lossy(&output.stdout), "running\n");
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        format!(
            "Traceback (most recent call last):\n  File \"{shown}\", line 2, in <module>\n    \
             x = 1 // 0\n        ~~^^~~\nZeroDivisionError: integer division or modulo by zero\n"
        )
    );
    assert_eq!(output.status.code(), Some(1));
    let missing = spindle(&[OsStr::from_bytes(b"/nonexistent/\xff.py")]);
    assert_eq!(
        String::from_utf8_lossy(&missing.stderr),
        "spindle: can't open file '/nonexistent/\\udcff.py': [Errno 2] No such file or directory\n"
    );
    assert_eq!(missing.status.code(), Some(2));
}

#[test]
fn undecodable_command_code_is_refused_as_cpython_does() {
    let output = spindle(&[OsStr::new("-c"), OsStr::from_bytes(b"print(\"\xff\")")]);
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        "Unable to decode the command from the command line:\nUnicodeEncodeError: 'utf-8' codec \
         can't encode character '\\udcff' in position 7: surrogates not allowed\n"
    );
    assert_eq!(output.status.code(), Some(1));
    let arguments = spindle(&[
        OsStr::new("-c"),
        OsStr::new("import sys\nprint(len(sys.argv[1]))"),
        OsStr::from_bytes(b"\xfe\xff"),
    ]);
    assert_eq!(String::from_utf8_lossy(&arguments.stdout), "2\n");
}

/// An uncaught `SystemExit` ends the process as CPython's `handle_system_exit` does: an int
/// code is the exit status (modulo 256), None is 0, anything else is printed to stderr with
/// status 1; pending `finally` blocks run first.
#[test]
fn system_exit_sets_the_exit_status() {
    let cases: &[(&str, i32, &str, &str)] = &[
        ("import sys; sys.exit(3)", 3, "", ""),
        ("import sys; sys.exit()", 0, "", ""),
        ("raise SystemExit(256)", 0, "", ""),
        ("import sys; sys.exit(-1)", 255, "", ""),
        ("import sys; sys.exit('bye')", 1, "", "bye\n"),
        ("raise SystemExit(True)", 1, "", ""),
        ("raise SystemExit(2, 3)", 1, "", "(2, 3)\n"),
        (
            "import sys\ntry:\n    sys.exit(4)\nfinally:\n    print('cleanup')\n",
            4,
            "cleanup\n",
            "",
        ),
    ];
    for (code, status, stdout, stderr) in cases {
        let output = spindle(&[OsStr::new("-c"), OsStr::new(code)]);
        assert_eq!(output.status.code(), Some(*status), "{code:?}");
        assert_eq!(String::from_utf8_lossy(&output.stdout), *stdout, "{code:?}");
        assert_eq!(String::from_utf8_lossy(&output.stderr), *stderr, "{code:?}");
    }
}

/// Ctrl-C raises `KeyboardInterrupt` in the running loop: a handler catches it; uncaught, it
/// prints CPython's traceback and the process ends killed by SIGINT, as CPython's does.
#[test]
fn ctrl_c_raises_keyboard_interrupt() {
    use std::os::unix::process::{CommandExt, ExitStatusExt};
    use std::process::Stdio;
    use std::time::Duration;
    let source = "def spin():\n    n = 0\n    while True:\n        n += 1\n\
                  try:\n    spin()\nexcept KeyboardInterrupt:\n    print('caught')\nspin()\n";
    let mut command = Command::new(env!("CARGO_BIN_EXE_spindle"));
    command
        .args(["-c", source])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    // SAFETY: between fork and exec only async-signal-safe calls: `signal` restores SIGINT's
    // default action (a test harness may run us with it ignored, which CPython respects).
    unsafe {
        command.pre_exec(|| {
            libc::signal(libc::SIGINT, libc::SIG_DFL);
            Ok(())
        });
    }
    let child = command.spawn().expect("spindle runs");
    let pid = child.id() as libc::pid_t;
    for _ in 0..2 {
        std::thread::sleep(Duration::from_millis(400));
        // SAFETY: `kill` on our own child's pid, which is not reaped before `wait` below.
        unsafe { libc::kill(pid, libc::SIGINT) };
    }
    let output = child.wait_with_output().expect("spindle ends");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(String::from_utf8_lossy(&output.stdout), "caught\n");
    assert!(
        stderr.starts_with("Traceback (most recent call last):\n")
            && stderr.ends_with("\nKeyboardInterrupt\n"),
        "{stderr}"
    );
    assert_eq!(
        output.status.signal(),
        Some(libc::SIGINT),
        "{:?}",
        output.status
    );
}

/// `input()` reads lines from stdin after writing its prompt, and raises EOFError (a
/// traceback, status 1) when stdin ends; text files a script leaves open are written out at
/// exit, even after an uncaught exception, as CPython's shutdown writes them.
#[test]
fn input_reads_stdin_and_open_files_are_flushed_at_exit() {
    use std::io::Write;
    let dir = scratch_dir("input");
    let script = dir.join("ask.py");
    let kept = dir.join("kept.txt");
    std::fs::write(
        &script,
        format!(
            "f = open({:?}, 'w')\nf.write('kept')\nname = input('name? ')\nprint('hi', name)\ninput()\n",
            kept.to_string_lossy()
        ),
    )
    .expect("script written");
    let mut child = Command::new(env!("CARGO_BIN_EXE_spindle"))
        .arg(&script)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spindle runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(b"bob\n")
        .expect("stdin written");
    let output = child.wait_with_output().expect("spindle ends");
    assert_eq!(String::from_utf8_lossy(&output.stdout), "name? hi bob\n");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.ends_with("EOFError: EOF when reading a line\n"),
        "stderr: {stderr}"
    );
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(std::fs::read_to_string(&kept).expect("file kept"), "kept");
    let _ = std::fs::remove_dir_all(&dir);
}

/// Runs spindle with `args` in `dir`, feeding `stdin`; returns (stdout, stderr, status).
fn run_with_stdin(dir: &std::path::Path, args: &[&str], stdin: &str) -> (String, String, i32) {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_spindle"))
        .current_dir(dir)
        .args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spindle runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin.as_bytes())
        .expect("stdin written");
    let output = child.wait_with_output().expect("spindle ends");
    (
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
        output.status.code().unwrap_or(-1),
    )
}

/// A script piped to stdin runs as `<stdin>` (with `-` as `sys.argv[0]`, or `''` without it),
/// as CPython runs it; expected outputs recorded from CPython 3.11.
#[test]
fn scripts_run_from_stdin() {
    let dir = scratch_dir("stdin");
    let script = "import sys\nprint(sys.argv, __name__, __file__)\n";
    let (out, err, status) = run_with_stdin(&dir, &["-", "a", "b"], script);
    assert_eq!(
        (out.as_str(), err.as_str(), status),
        ("['-', 'a', 'b'] __main__ <stdin>\n", "", 0)
    );
    let (out, _, status) = run_with_stdin(&dir, &[], script);
    assert_eq!((out.as_str(), status), ("[''] __main__ <stdin>\n", 0));
    let (out, err, status) = run_with_stdin(&dir, &[], "print(1)\n1/0\n");
    assert_eq!((out.as_str(), status), ("1\n", 1));
    assert_eq!(
        err,
        "Traceback (most recent call last):\n  File \"<stdin>\", line 2, in <module>\nZeroDivisionError: division by zero\n"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// `-m` runs a module found on `sys.path` (the current directory first) as `__main__`, with
/// its file as `sys.argv[0]`; a package runs its `__main__`; a missing module is CPython's
/// "No module named" and status 1.
#[test]
fn modules_run_with_dash_m() {
    let dir = scratch_dir("dash-m");
    std::fs::write(
        dir.join("tool.py"),
        "import sys\nprint(__name__, repr(__package__), sys.argv[0].endswith('tool.py'), sys.argv[1:])\n",
    )
    .expect("module written");
    std::fs::create_dir_all(dir.join("app")).expect("package directory");
    std::fs::write(dir.join("app/__init__.py"), "print('init', __name__)\n").expect("init");
    std::fs::write(
        dir.join("app/__main__.py"),
        "print('main', __name__, __package__)\n",
    )
    .expect("main");
    let (out, err, status) = run_with_stdin(&dir, &["-m", "tool", "x", "-v"], "");
    assert_eq!(
        (out.as_str(), err.as_str(), status),
        ("__main__ '' True ['x', '-v']\n", "", 0)
    );
    let (out, _, status) = run_with_stdin(&dir, &["-m", "app"], "");
    assert_eq!((out.as_str(), status), ("init app\nmain __main__ app\n", 0));
    let (out, err, status) = run_with_stdin(&dir, &["-m", "nowhere"], "");
    assert_eq!((out.as_str(), status), ("", 1));
    assert!(
        err.ends_with(": No module named nowhere\n"),
        "stderr: {err}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// Python's options: `-V`, combined flags, `-O` (asserts off, `__debug__` False), and
/// CPython's refusal of an unknown option (status 2) or a missing option argument.
#[test]
fn python_options_are_understood() {
    let dir = scratch_dir("options");
    let (out, _, status) = run_with_stdin(&dir, &["-V"], "");
    assert!(out.starts_with("Python 3.11"), "{out}");
    assert_eq!(status, 0);
    let code = "assert False, 'boom'\nprint(__debug__)";
    let (out, err, status) = run_with_stdin(&dir, &["-OuB", "-c", code], "");
    assert_eq!((out.as_str(), err.as_str(), status), ("False\n", "", 0));
    let (_, err, status) =
        run_with_stdin(&dir, &["-E", "-s", "-S", "-W", "ignore", "-c", code], "");
    assert!(err.ends_with("AssertionError: boom\n"), "{err}");
    assert_eq!(status, 1);
    let (out, err, status) = run_with_stdin(&dir, &["-Z"], "");
    assert_eq!((out.as_str(), status), ("", 2));
    assert!(err.starts_with("Unknown option: -Z\nusage: "), "{err}");
    let (_, err, status) = run_with_stdin(&dir, &["-c"], "");
    assert_eq!(status, 2);
    assert!(
        err.starts_with("Argument expected for the -c option\n"),
        "{err}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// `-i`: the interactive interpreter after the program, reading piped lines (prompts on
/// stderr): expression values echoed with repr and kept in `_`, blocks ended by a blank line,
/// brackets continued, tracebacks without leaving, even SystemExit from the program printed;
/// `sys.exit()` in the REPL ends it with its status. Recorded from CPython 3.11.
#[test]
fn the_repl_runs_after_dash_i() {
    let dir = scratch_dir("repl");
    let session = "1+1\nx = 5\nx\ndef f():\n    return 7\n\nf()\n1/0\nprint('after')\nNone\n's'\n_\n(1,\n 2)\n";
    let (out, err, status) = run_with_stdin(&dir, &["-i", "-c", "y = 3"], session);
    assert_eq!(out, "2\n5\n7\nafter\n's'\n's'\n(1, 2)\n");
    assert_eq!(
        err,
        ">>> >>> >>> >>> ... ... >>> >>> Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\nZeroDivisionError: division by zero\n>>> >>> >>> >>> >>> ... >>> \n"
    );
    assert_eq!(status, 0);
    let (out, err, status) = run_with_stdin(
        &dir,
        &["-i", "-c", "import sys; sys.exit(3)"],
        "print('in repl')\nimport sys\nsys.exit(4)\n",
    );
    assert_eq!((out.as_str(), status), ("in repl\n", 4));
    assert!(err.contains("SystemExit: 3\n>>> "), "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}

/// `sys.stdin`: `readline`, `read(n)`, `read()`, iteration over the remaining lines, and the
/// end of input; writing to it is refused. Outputs recorded from CPython 3.11.
#[test]
fn sys_stdin_reads_lines() {
    let dir = scratch_dir("sys-stdin");
    let script = dir.join("read.py");
    std::fs::write(
        &script,
        "import sys\nfirst = sys.stdin.readline()\nprint(repr(first), sys.stdin.name, sys.stdin.mode, sys.stdin is sys.__stdin__)\n\
         print(repr(sys.stdin.read(3)))\nprint(repr(sys.stdin.readline()))\n\
         for i, line in enumerate(sys.stdin):\n    print(i, line.rstrip('\\n').split())\n\
         print(repr(sys.stdin.read()), repr(sys.stdin.readline()))\n\
         try:\n    sys.stdin.write('x')\nexcept OSError as e:\n    print(e)\n",
    )
    .expect("script written");
    let path = script.to_string_lossy().into_owned();
    let (out, err, status) =
        run_with_stdin(&dir, &[&path], "hello world\nabcdef\n1 2 3\n4 5\nlast");
    assert_eq!(
        out,
        "'hello world\\n' <stdin> r True\n'abc'\n'def\\n'\n0 ['1', '2', '3']\n1 ['4', '5']\n2 ['last']\n'' ''\nnot writable\n"
    );
    assert_eq!((err.as_str(), status), ("", 0));
    let _ = std::fs::remove_dir_all(&dir);
}
