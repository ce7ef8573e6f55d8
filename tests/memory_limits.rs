//! Scripts that ask for more memory than the process may have end in a Python `MemoryError`
//! (traceback, exit status 1), never in Rust's "memory allocation of N bytes failed" abort; and
//! the interpreter thread's stack, which counts against the address-space limit, is still deep
//! enough for the deepest recursion a script can cause. Each case runs the built binary under
//! `ulimit -v` with every engine.

use std::process::{Command, Output};

/// The address-space limit of the fuzzing round that found the aborts (in KiB).
const LIMIT_KIB: u32 = 4_000_000;

/// A smaller limit for the doubling loops: they take the same allocation path, but touching
/// gigabytes before it fails would make this test slow in a debug build.
const SMALL_LIMIT_KIB: u32 = 700_000;

fn run_limited(limit_kib: u32, engine: &str, code: &str) -> Output {
    Command::new("sh")
        .arg("-c")
        .arg(format!("ulimit -v {limit_kib}; exec \"$0\" \"$@\""))
        .arg(env!("CARGO_BIN_EXE_spindle"))
        .args(["--engine", engine, "-c", code])
        .output()
        .expect("sh runs")
}

/// Asserts that `code` fails with a MemoryError traceback under `limit_kib` on every engine.
fn assert_memory_error(limit_kib: u32, code: &str) {
    for engine in spindle::engine::names() {
        let output = run_limited(limit_kib, engine, code);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            !stderr.contains("panicked") && !stderr.contains("memory allocation of"),
            "{engine}: {code:?} crashed:\n{stderr}"
        );
        assert_eq!(
            output.status.code(),
            Some(1),
            "{engine}: {code:?} ended with {:?}:\n{stderr}",
            output.status
        );
        assert!(
            stderr.starts_with("Traceback (most recent call last):\n"),
            "{engine}: {code:?}:\n{stderr}"
        );
        assert_eq!(
            stderr.lines().last(),
            Some("MemoryError"),
            "{engine}: {code:?}:\n{stderr}"
        );
    }
}

#[test]
fn string_repetition_past_memory() {
    assert_memory_error(LIMIT_KIB, "s = 'x' * 5000000000");
}

#[test]
fn list_and_tuple_repetition_past_memory() {
    assert_memory_error(LIMIT_KIB, "l = [0] * 300000000");
    assert_memory_error(LIMIT_KIB, "t = (0, 1) * 150000000");
}

#[test]
fn case_mapping_past_memory() {
    assert_memory_error(
        SMALL_LIMIT_KIB,
        "s = 'x' * 2 * 10**8\nt = s.upper()\nu = s.lower()",
    );
}

#[test]
fn list_of_a_huge_range() {
    assert_memory_error(LIMIT_KIB, "l = list(range(300000000))");
}

#[test]
fn join_replace_and_format_padding_past_memory() {
    assert_memory_error(LIMIT_KIB, "s = '-'.join(['x' * 10**8] * 50)");
    assert_memory_error(LIMIT_KIB, "s = ('x' * 10**6).replace('x', 'y' * 5000)");
    assert_memory_error(LIMIT_KIB, "s = '%*d' % (5000000000, 1)");
    assert_memory_error(SMALL_LIMIT_KIB, "s = '%.*f' % (2**31 - 1, 1.0)");
}

#[test]
fn big_int_results_past_memory() {
    assert_memory_error(LIMIT_KIB, "x = 2 ** 10**10");
    assert_memory_error(LIMIT_KIB, "x = (1 << 2**20) ** 4097");
    assert_memory_error(
        SMALL_LIMIT_KIB,
        "l = [1 << 2**30]\nwhile True:\n    l.append(l[len(l) - 1] + 1)",
    );
}

#[test]
fn doubling_loops() {
    assert_memory_error(SMALL_LIMIT_KIB, "s = 'x'\nwhile True:\n    s = s + s");
    assert_memory_error(SMALL_LIMIT_KIB, "l = [0]\nwhile True:\n    l = l + l");
    assert_memory_error(SMALL_LIMIT_KIB, "l = [0]\nwhile True:\n    l *= 2");
}

#[test]
fn growing_a_list_in_place_past_memory() {
    assert_memory_error(SMALL_LIMIT_KIB, "l = [0] * 2**23\nl += l");
    assert_memory_error(SMALL_LIMIT_KIB, "l = [0] * 2**23\nl.extend(l)");
    assert_memory_error(
        SMALL_LIMIT_KIB,
        "l = [0] * (3 * 2**22)\nwhile True:\n    l.append(0)",
    );
}

/// The deepest Rust recursions a script can cause still fit the (smaller) interpreter stack
/// under the memory limit: comparing lists nested to `MAX_RECURSION_LIMIT`, the code
/// generator at its nesting limit, and `key=` functions calling back into Python up to the
/// re-entry cap (a RecursionError, where CPython 3.11 crashes).
#[test]
fn deepest_recursion_fits_the_stack() {
    let reentry = "import sys\nsys.setrecursionlimit(100000)\n\
                   def k(x):\n    return min([x], key=k)\nk(1)\n";
    for engine in spindle::engine::names() {
        let output = run_limited(LIMIT_KIB, engine, reentry);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "{engine}: {stderr}");
        assert_eq!(
            stderr.lines().last(),
            Some("RecursionError: maximum recursion depth exceeded"),
            "{engine}"
        );
    }
    let compare = "import sys\nsys.setrecursionlimit(100000)\na = []\nb = []\n\
                   for i in range(99990):\n    a = [a]\n    b = [b]\nprint(a == b, a < b)\n";
    let chain = format!(
        "def f():\n    return f\nx = f{}\nprint(x is f)\n",
        "()".repeat(1999)
    );
    for engine in spindle::engine::names() {
        for (code, want) in [(compare, "True False\n"), (chain.as_str(), "True\n")] {
            let output = run_limited(LIMIT_KIB, engine, code);
            assert_eq!(
                String::from_utf8_lossy(&output.stdout),
                want,
                "{engine}: {}",
                String::from_utf8_lossy(&output.stderr)
            );
            assert!(output.status.success(), "{engine}: {:?}", output.status);
        }
    }
}

#[test]
fn bytes_and_text_layouts_past_memory() {
    for code in [
        "b = b'x' * 5000000000",
        "b = bytearray(b'ab') * 3000000000",
        "b = b'x'.center(5000000000)",
        "b = b'1'.zfill(5000000000)",
        "b = b'\\t'.expandtabs(5000000000)",
        "s = '1'.zfill(5000000000)",
        "s = 'x'.ljust(5000000000)",
        "s = '\\t'.expandtabs(5000000000)",
    ] {
        assert_memory_error(LIMIT_KIB, code);
    }
}
