//! The bytecode verifier over every conformance program: each program that compiles yields code
//! objects (the module and every nested function) whose stack depths and operands the verifier
//! accepts. Runs in any build profile, so it also covers release builds, where the compiler does
//! not verify its own output.

use std::path::{Path, PathBuf};

fn programs(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir)
        .expect("readable directory")
        .flatten()
    {
        let path = entry.path();
        if path.is_dir() {
            programs(&path, found);
        } else if path.extension().is_some_and(|x| x == "py") {
            found.push(path);
        }
    }
}

#[test]
fn every_test_program_verifies() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut found = Vec::new();
    for dir in ["tests/programs", "tests/miri", "perf"] {
        if root.join(dir).is_dir() {
            programs(&root.join(dir), &mut found);
        }
    }
    let mut verified = 0;
    for program in &found {
        let source = std::fs::read_to_string(program).unwrap_or_default();
        let Ok(code) = spindle::compiler::compile(&source, &program.display().to_string()) else {
            continue; // syntax-error programs have no code to verify
        };
        if let Err(err) = spindle::bytecode::verify::verify_all(&code) {
            panic!("{}: {err}", program.display());
        }
        verified += 1;
    }
    assert!(verified > 50, "only {verified} programs compiled");
}
