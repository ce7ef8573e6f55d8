//! The Miri target: small programs that drive every engine through its `unsafe` paths — calls
//! with positional and keyword arguments, recursion, loops and unpacking, the sequences fused into
//! superinstructions, frames that outgrow one arena chunk, string repetition (unchecked UTF-8
//! built by copying), errors unwinding through many frames with tracebacks, a bound method
//! entered inside the dispatch loop, classes (attribute caches, constructors, dunders entered as frames),
//! exceptions (handlers entered with the stack cut to their depth inside loops, calls and
//! superinstructions, `with` blocks, re-raise, re-entry from Rust), generator frames (suspended
//! and resumed in the loop and from Rust, a live stack across yields, throw, close, dropped while
//! suspended, `yield from` chains), imports (built-in and bundled modules, `from m import *`), frames shown to `globals()`/`locals()`/`eval` — each checked against CPython
//! 3.11's recorded output. Run it under both borrow models:
//!
//! ```sh
//! cargo +nightly miri test --test miri
//! MIRIFLAGS=-Zmiri-tree-borrows cargo +nightly miri test --test miri
//! ```
//!
//! It also runs (fast) as part of `cargo test`. Every new `unsafe` path gets a program here.
//! Programs are embedded with `include_str!` because Miri isolates the file system.

use spindle::engine::ENGINES;
use spindle::runtime::Value;
use spindle::vm::{Output, Vm, run_captured};

/// CPython prints absolute paths; keep the `tests/miri/...` tail so recordings compare anywhere.
fn normalize_paths(text: &str) -> String {
    text.lines()
        .map(
            |line| match (line.find("File \""), line.find("tests/miri/")) {
                (Some(file), Some(tail)) if tail > file => {
                    format!("{}File \"{}", &line[..file], &line[tail..])
                }
                _ => line.to_string(),
            },
        )
        .collect::<Vec<_>>()
        .join("\n")
}

/// Runs `source` under every engine and compares stdout, stderr and exit status with CPython's.
fn check(name: &str, source: &str, expected_out: &str, expected_err: Option<&str>) {
    let path = format!("tests/miri/{name}.py");
    for engine in ENGINES {
        let run = run_captured(engine, source, &path, vec![path.clone().into()]);
        let stdout = String::from_utf8_lossy(&run.stdout);
        assert_eq!(stdout, expected_out, "{name}: stdout under {}", engine.name);
        match expected_err {
            None => assert_eq!(
                (run.status, run.stderr.as_str()),
                (0, ""),
                "{name} under {}",
                engine.name
            ),
            Some(err) => {
                assert_eq!(run.status, 1, "{name}: exit status under {}", engine.name);
                assert_eq!(
                    normalize_paths(&run.stderr),
                    normalize_paths(err),
                    "{name}: stderr under {}",
                    engine.name
                );
            }
        }
    }
}

macro_rules! program {
    ($name:ident, $expected_err:expr) => {
        #[test]
        fn $name() {
            check(
                stringify!($name),
                include_str!(concat!("miri/", stringify!($name), ".py")),
                include_str!(concat!("miri/", stringify!($name), ".out")),
                $expected_err,
            );
        }
    };
}

program!(calls, None);
program!(loops, None);
program!(arena, Some(include_str!("miri/arena.err")));
program!(errors, Some(include_str!("miri/errors.err")));
program!(strings, None);
program!(recursion, Some(include_str!("miri/recursion.err")));
program!(closures, Some(include_str!("miri/closures.err")));
program!(containers, None);
program!(classes, Some(include_str!("miri/classes.err")));
program!(exceptions, Some(include_str!("miri/exceptions.err")));
program!(generators, Some(include_str!("miri/generators.err")));
program!(gen_chains, None);
program!(imports, None);
program!(introspection, None);

/// A Python function bound to a receiver (CPython's `method` object), called from Python code:
/// the call plan unpacks it and the engine enters the function inside its loop, receiver first.
#[test]
fn bound_method_calls() {
    let source = "def scaled(self, x, offset=0):\n    return self * x + offset\n\
                  def drive(m, n):\n    total = 0\n    i = 0\n    while i < n:\n        \
                  total = total + m(i) + m(i, offset=1)\n        i += 1\n    return total\n";
    for engine in ENGINES {
        let code = spindle::compiler::compile(source, "bound.py").expect("compiles");
        let mut vm = Vm::new(engine, vec![], Output::Captured(Vec::new()));
        let module = vm.run_main(code).expect("defines the functions");
        let scaled = module.get_attr("scaled").expect("scaled is defined");
        let drive = module.get_attr("drive").expect("drive is defined");
        let bound = Value::bound_method(scaled, Value::Int(3)).expect("a Python function");
        let total = vm.call(&drive, vec![bound, Value::Int(20)]);
        // sum over i < 20 of (3i) + (3i + 1) = 6 * 190 + 20
        assert!(
            matches!(total, Ok(Value::Int(1160))),
            "under {}: {total:?}",
            engine.name
        );
    }
}
