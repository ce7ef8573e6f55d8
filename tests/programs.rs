//! Conformance: every program under `tests/programs/<area>/` runs under every registered engine
//! and must match CPython 3.11's recorded behaviour: stdout byte for byte (`.out`); for programs
//! that fail (`.err`), exit status 1 and the whole of stderr (traceback entries, source lines,
//! caret lines, the final `Type: message` line), with file paths cut to their `tests/programs/...`
//! tail because CPython prints absolute paths. One test case per (program, engine).

use std::path::{Path, PathBuf};
use std::process::Command;

use libtest_mimic::{Arguments, Failed, Trial};

/// Stderr with every `File "..."` path cut down to its `tests/programs/...` tail, so output
/// recorded in one checkout compares equal in another.
fn normalize_paths(stderr: &str) -> String {
    stderr
        .lines()
        .map(|l| match (l.find("File \""), l.find("tests/programs/")) {
            (Some(file), Some(tail)) if tail > file => {
                format!("{}File \"{}", &l[..file], &l[tail..])
            }
            _ => l.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn check(root: &Path, program: &Path, engine: &str) -> Result<(), Failed> {
    let relative = program.strip_prefix(root).unwrap_or(program);
    let output = Command::new(env!("CARGO_BIN_EXE_spindle"))
        .current_dir(root)
        .args(["--engine", engine])
        .arg(relative)
        .output()
        .map_err(|e| format!("cannot run spindle: {e}"))?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    let expected_out = std::fs::read_to_string(program.with_extension("out"))
        .map_err(|e| format!("missing .out: {e}"))?;
    if stdout != expected_out {
        return Err(format!(
            "stdout differs\n--- expected\n{expected_out}\n--- got\n{stdout}\n--- stderr\n{stderr}"
        )
        .into());
    }
    let code = output.status.code();
    match std::fs::read_to_string(program.with_extension("err")) {
        Ok(expected_err) => {
            if code != Some(1) {
                return Err(
                    format!("expected exit status 1, got {code:?}; stderr:\n{stderr}").into(),
                );
            }
            let (want, got) = (normalize_paths(&expected_err), normalize_paths(&stderr));
            if want != got {
                return Err(format!("stderr differs\n--- expected\n{want}\n--- got\n{got}").into());
            }
        }
        Err(_) => {
            if code != Some(0) || !stderr.is_empty() {
                return Err(format!("expected success, got {code:?}; stderr:\n{stderr}").into());
            }
        }
    }
    Ok(())
}

fn programs(root: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let areas = std::fs::read_dir(root.join("tests/programs")).expect("tests/programs exists");
    for area in areas.flatten().filter(|e| e.path().is_dir()) {
        for entry in std::fs::read_dir(area.path())
            .into_iter()
            .flatten()
            .flatten()
        {
            if entry.path().extension().is_some_and(|x| x == "py") {
                found.push(entry.path());
            }
        }
    }
    found.sort();
    found
}

fn main() {
    let args = Arguments::from_args();
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut trials = Vec::new();
    for program in programs(&root) {
        let area = program
            .parent()
            .and_then(|p| p.file_name())
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_default();
        let stem = program
            .file_stem()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_default();
        for engine in spindle::engine::names() {
            let (root, program) = (root.clone(), program.clone());
            trials.push(Trial::test(
                format!("{area}::{stem}::{engine}"),
                move || check(&root, &program, engine),
            ));
        }
    }
    libtest_mimic::run(&args, trials).exit();
}
