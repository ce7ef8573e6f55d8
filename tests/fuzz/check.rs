//! The checks the fuzz harness applies: running every engine on an input and deciding whether
//! that was a crash (panic, abort, signal, stack overflow, exit status outside {0, 1}, a Rust
//! diagnostic on stderr), a hang (timeout), an exhausted memory limit, or an orderly run on which
//! all engines must agree; then, for corpus inputs with recorded CPython output, whether Spindle
//! reproduced it. Failures are grouped by a short signature for the end-of-run summary.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use crate::mutate;
use crate::rng::Rng;
use crate::run::{self, Captured, Ending, Limits, Run};
use crate::template;

/// An allocation this large fails on any real machine, so an abort on it is Spindle's fault
/// (CPython raises MemoryError), not the harness's memory limit.
const UNSATISFIABLE_BYTES: u64 = 64 << 30;

/// Marks a clean refusal of a feature Spindle does not implement yet.
const UNSUPPORTED_MARK: &str = "not supported by Spindle yet";

/// Characters of a stream shown in a failure report.
const SHOWN_CHARS: usize = 3000;

pub struct Config {
    pub binary: PathBuf,
    pub engines: Vec<&'static str>,
    pub limits: Limits,
    pub failures_dir: PathBuf,
    pub work_dir: PathBuf,
}

/// The outcome of running every engine on one input, when nothing crashed.
pub enum Verdict {
    /// Every engine ended in time with the same stdout, stderr and exit status (this one).
    Agreed(Run),
    /// This engine ran past the timeout; the engines were not compared.
    TimedOut(&'static str),
    /// This engine aborted on an allocation the address-space limit refused.
    MemoryLimit(&'static str),
}

/// A defect found: `signature` groups equal symptoms, `details` shows this instance.
pub struct Failure {
    pub signature: String,
    pub details: String,
}

#[derive(Default)]
struct Summary {
    completed: usize,
    /// Of the completed runs, those that exited with status 0.
    succeeded: usize,
    timed_out: usize,
    memory_limited: usize,
    /// Inputs listed as differing from CPython that now match it.
    now_matching: Vec<String>,
    /// Signature → the inputs that showed it.
    failures: BTreeMap<String, Vec<String>>,
}

static SUMMARY: Mutex<Summary> = Mutex::new(Summary {
    completed: 0,
    succeeded: 0,
    timed_out: 0,
    memory_limited: 0,
    now_matching: Vec::new(),
    failures: BTreeMap::new(),
});

fn record(outcome: &Result<Verdict, Failure>, input: &str) {
    let Ok(mut summary) = SUMMARY.lock() else {
        return;
    };
    match outcome {
        Ok(Verdict::Agreed(run)) => {
            summary.completed += 1;
            if run.ending == Ending::Exited(0) {
                summary.succeeded += 1;
            }
        }
        Ok(Verdict::TimedOut(_)) => summary.timed_out += 1,
        Ok(Verdict::MemoryLimit(_)) => summary.memory_limited += 1,
        Err(failure) => summary
            .failures
            .entry(failure.signature.clone())
            .or_default()
            .push(input.to_string()),
    }
}

/// Prints run counts and one line per distinct failure signature.
pub fn print_summary(config: &Config, seed: u64) {
    let Ok(summary) = SUMMARY.lock() else {
        return;
    };
    println!(
        "fuzz summary (seed {seed}, engines {}): {} agreed ({} exit 0, {} exit 1), {} timed \
         out, {} hit the memory limit, {} distinct failures",
        config.engines.join("/"),
        summary.completed,
        summary.succeeded,
        summary.completed - summary.succeeded,
        summary.timed_out,
        summary.memory_limited,
        summary.failures.len()
    );
    for (signature, inputs) in &summary.failures {
        let first = inputs.first().map_or("", String::as_str);
        println!("  {} x {signature}  (first: {first})", inputs.len());
    }
    for name in &summary.now_matching {
        println!("  {name} now matches CPython: remove it from tests/fuzz/known_failures.txt");
    }
}

fn excerpt(text: &str) -> String {
    let mut shown: String = text.chars().take(SHOWN_CHARS).collect();
    if shown.len() < text.len() {
        shown.push_str("\n[... cut ...]");
    }
    shown
}

fn show(captured: &Captured) -> String {
    let mut shown = excerpt(&captured.lossy());
    if !captured.complete() {
        shown.push_str(&format!("\n[{} bytes in all]", captured.total));
    }
    shown
}

/// The size in "memory allocation of N bytes failed", Rust's message before aborting.
fn failed_allocation(stderr: &str) -> Option<u64> {
    let rest = &stderr[stderr.find("memory allocation of ")? + "memory allocation of ".len()..];
    rest.split_whitespace().next()?.parse().ok()
}

/// What is wrong with a run that ended in time, if anything.
fn crash_signature(run: &Run) -> Option<String> {
    let stderr = run.stderr.lossy();
    if stderr.contains("has overflowed its stack") {
        return Some("stack overflow".into());
    }
    if let Some(at) = stderr.find("panicked at ") {
        let location = stderr[at + "panicked at ".len()..]
            .lines()
            .next()
            .unwrap_or("")
            .trim_end_matches(':');
        return Some(format!("panic at {location}"));
    }
    if let Some(bytes) = failed_allocation(&stderr) {
        return Some(format!(
            "abort: allocation of {} bytes failed",
            if bytes >= UNSATISFIABLE_BYTES {
                "> 64 GiB".to_string()
            } else {
                bytes.to_string()
            }
        ));
    }
    match run.ending {
        Ending::Signaled(signal) => return Some(format!("killed by signal {signal}")),
        Ending::Exited(code) if code != 0 && code != 1 => {
            return Some(format!("exit status {code}"));
        }
        _ => {}
    }
    if stderr.contains("RUST_BACKTRACE") || stderr.contains("internal error") {
        return Some("Rust diagnostic on stderr".into());
    }
    None
}

/// What engines are compared on: the stream with object addresses (`<function f at 0x...>`)
/// masked, because those change from run to run; a stream too long to keep whole is compared by
/// its length and hash.
fn comparable(captured: &Captured) -> Result<Vec<u8>, (u64, u64)> {
    if !captured.complete() {
        return Err((captured.total, captured.hash));
    }
    const MARK: &[u8] = b" at 0x";
    let bytes = &captured.head;
    let mut masked = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i..].starts_with(MARK) {
            masked.extend_from_slice(MARK);
            i += MARK.len();
            while i < bytes.len() && bytes[i].is_ascii_hexdigit() {
                i += 1;
            }
        } else {
            masked.push(bytes[i]);
            i += 1;
        }
    }
    Ok(masked)
}

/// Runs every engine on `dir/file_name` and applies the robustness checks.
pub fn run_engines(config: &Config, dir: &Path, file_name: &str) -> Result<Verdict, Failure> {
    let mut runs: Vec<(&'static str, Run)> = Vec::new();
    for &engine in &config.engines {
        let run = run::run(&config.binary, engine, dir, file_name, &config.limits).map_err(
            |details| Failure {
                signature: "harness error".into(),
                details,
            },
        )?;
        if run.ending == Ending::TimedOut {
            return Ok(Verdict::TimedOut(engine));
        }
        let stderr = run.stderr.lossy();
        if failed_allocation(&stderr).is_some_and(|bytes| bytes < UNSATISFIABLE_BYTES)
            && config.limits.memory_bytes > 0
        {
            return Ok(Verdict::MemoryLimit(engine));
        }
        if let Some(signature) = crash_signature(&run) {
            return Err(Failure {
                details: format!(
                    "{signature} under engine {engine} ({})\n--- stderr\n{}\n--- stdout\n{}",
                    run.ending,
                    show(&run.stderr),
                    show(&run.stdout)
                ),
                signature,
            });
        }
        runs.push((engine, run));
    }
    let Some((first_engine, first)) = runs.first() else {
        return Err(Failure {
            signature: "harness error".into(),
            details: "no engines registered".into(),
        });
    };
    for (engine, run) in &runs[1..] {
        let differs = [
            ("exit status", first.ending != run.ending),
            (
                "stdout",
                comparable(&first.stdout) != comparable(&run.stdout),
            ),
            (
                "stderr",
                comparable(&first.stderr) != comparable(&run.stderr),
            ),
        ];
        let what: Vec<&str> = differs.iter().filter(|d| d.1).map(|d| d.0).collect();
        if !what.is_empty() {
            let signature = format!("engines disagree on {}", what.join(" and "));
            return Err(Failure {
                details: format!(
                    "{signature}\n=== {first_engine}: {}\n--- stdout\n{}\n--- stderr\n{}\n\
                     === {engine}: {}\n--- stdout\n{}\n--- stderr\n{}",
                    first.ending,
                    show(&first.stdout),
                    show(&first.stderr),
                    run.ending,
                    show(&run.stdout),
                    show(&run.stderr)
                ),
                signature,
            });
        }
    }
    Ok(Verdict::Agreed(first.clone()))
}

/// Programs mutants are made from, and how often this group is drawn relative to the others.
pub struct SeedGroup {
    pub weight: usize,
    /// (path relative to the repository root, contents)
    pub programs: Vec<(String, Vec<u8>)>,
}

/// A program drawn at random, each group with its weight.
fn draw<'a>(rng: &mut Rng, groups: &'a [SeedGroup]) -> Option<&'a (String, Vec<u8>)> {
    let mut ticket = rng.below(groups.iter().map(|g| g.weight).sum());
    let group = groups.iter().find(|group| {
        let drawn = ticket < group.weight;
        ticket = ticket.saturating_sub(group.weight);
        drawn
    })?;
    group.programs.get(rng.below(group.programs.len()))
}

/// Mutant `index` of campaign `seed`: made, run, recorded, and saved if it fails.
pub fn mutant(
    config: &Config,
    groups: &[SeedGroup],
    seed: u64,
    index: u64,
) -> Result<(Verdict, String), String> {
    let mut rng = Rng::for_mutation(seed, index);
    let (origin, source) = draw(&mut rng, groups).ok_or("no seed programs")?;
    let (donor_name, donor) = draw(&mut rng, groups).ok_or("no seed programs")?;
    let (input, steps) = mutate::mutate(&mut rng, source, donor_name, donor);
    let name = format!("seed{seed}-mutation{index:05}.py");
    let work_path = config.work_dir.join(&name);
    std::fs::write(&work_path, &input)
        .map_err(|e| format!("cannot write {}: {e}", work_path.display()))?;
    let outcome = run_engines(config, &config.work_dir, &name);
    record(&outcome, &name);
    let _ = std::fs::remove_file(&work_path);
    let what = format!("{origin} mutated by: {}", steps.join("; "));
    match outcome {
        Ok(verdict) => Ok((verdict, what)),
        Err(failure) => Err(save_failing_mutant(config, &name, &input, &what, failure)),
    }
}

/// Writes a failing mutant and its description to the failures directory; returns the report.
fn save_failing_mutant(
    config: &Config,
    name: &str,
    input: &[u8],
    what: &str,
    failure: Failure,
) -> String {
    let saved = config.failures_dir.join(name);
    let description = format!(
        "{}\n{name}: {what}\ninput saved to {}\n{}",
        failure.signature,
        saved.display(),
        failure.details
    );
    let _ = std::fs::write(&saved, input);
    let _ = std::fs::write(saved.with_extension("txt"), &description);
    description
}

/// How a corpus input that passed the robustness checks compares with CPython.
pub enum Conformance {
    /// No recorded CPython output (the input is robustness-only).
    Unrecorded,
    /// Same stdout, stderr and exit status as CPython, or a clean "not supported yet" refusal.
    Matches,
    /// What differs.
    Differs(String),
}

/// Runs a corpus input (expanding a template first) through the robustness checks, then
/// compares it with CPython's recorded output when there is one.
pub fn corpus_input(config: &Config, input: &Path) -> Result<Conformance, String> {
    let name = input
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let (dir, run_name) = if input.extension().is_some_and(|x| x == "pyt") {
        let text = std::fs::read_to_string(input).map_err(|e| format!("cannot read: {e}"))?;
        let source = template::expand(&text).map_err(|e| format!("bad template: {e}"))?;
        let dir = config.work_dir.join("generated");
        let run_name = format!("{}.py", name.trim_end_matches(".pyt"));
        std::fs::create_dir_all(&dir)
            .and_then(|()| std::fs::write(dir.join(&run_name), source))
            .map_err(|e| format!("cannot write the expansion: {e}"))?;
        (dir, run_name)
    } else {
        let dir = input.parent().map(Path::to_path_buf).unwrap_or_default();
        (dir, name.clone())
    };
    let dir = dir
        .canonicalize()
        .map_err(|e| format!("{}: {e}", dir.display()))?;
    let outcome = run_engines(config, &dir, &run_name);
    record(&outcome, &name);
    let seconds = config.limits.timeout.as_secs_f64();
    match outcome {
        Ok(Verdict::Agreed(run)) => Ok(compare_with_cpython(input, &dir, &run)),
        Ok(Verdict::TimedOut(engine)) => Err(format!(
            "timed out after {seconds} s under {engine}: a corpus input must finish"
        )),
        Ok(Verdict::MemoryLimit(engine)) => Err(format!(
            "ran out of the harness's memory limit under {engine}: a corpus input must not"
        )),
        Err(failure) => Err(format!("{}\n{}", failure.signature, failure.details)),
    }
}

/// Notes a known-different input that now matches CPython, for the summary.
pub fn record_now_matching(name: &str) {
    if let Ok(mut summary) = SUMMARY.lock() {
        summary.now_matching.push(name.to_string());
    }
}

/// Compares a run with CPython's recorded `.out`/`.err` next to `input`, if present. Paths in
/// stderr are made relative to `dir` (the harness and the regeneration script both run the
/// input from its own directory).
fn compare_with_cpython(input: &Path, dir: &Path, run: &Run) -> Conformance {
    let Ok(expected_out) = std::fs::read(input.with_extension("out")) else {
        return Conformance::Unrecorded;
    };
    let expected_err = std::fs::read_to_string(input.with_extension("err")).ok();
    let expected_status = if expected_err.is_some() { 1 } else { 0 };
    let stderr = run
        .stderr
        .lossy()
        .replace(&format!("{}/", dir.display()), "");
    let refused = run.ending == Ending::Exited(1)
        && run.stdout.complete()
        && expected_out.starts_with(&run.stdout.head)
        && stderr
            .lines()
            .rev()
            .find(|line| !line.trim().is_empty())
            .is_some_and(|line| line.contains(UNSUPPORTED_MARK));
    if refused {
        return Conformance::Matches;
    }
    let mut problems = Vec::new();
    if run.ending != Ending::Exited(expected_status) {
        problems.push(format!(
            "CPython exits with status {expected_status}, Spindle: {}",
            run.ending
        ));
    }
    if !run.stdout.complete() || run.stdout.head != expected_out {
        problems.push(format!(
            "stdout differs\n--- CPython\n{}\n--- Spindle\n{}",
            excerpt(&String::from_utf8_lossy(&expected_out)),
            show(&run.stdout)
        ));
    }
    let expected_err = expected_err.unwrap_or_default();
    if stderr != expected_err {
        problems.push(format!(
            "stderr differs\n--- CPython\n{}\n--- Spindle\n{}",
            excerpt(&expected_err),
            excerpt(&stderr)
        ));
    }
    if problems.is_empty() {
        Conformance::Matches
    } else {
        Conformance::Differs(problems.join("\n"))
    }
}

/// The corpus bookkeeping agrees with the files: listed names exist, every input has CPython's
/// recorded output unless it is listed as robustness-only, and no stem is used twice.
pub fn lists_are_consistent(
    corpus: &Path,
    names: &[String],
    known: &BTreeSet<String>,
    robustness_only: &BTreeSet<String>,
) -> Result<(), String> {
    let mut problems = Vec::new();
    for (list, listed) in [
        ("known_failures.txt", known),
        ("robustness_only.txt", robustness_only),
    ] {
        for name in listed {
            if !names.contains(name) {
                problems.push(format!("{list} names {name}, which is not in the corpus"));
            }
        }
    }
    let mut stems = BTreeSet::new();
    for name in names {
        let stem = name
            .rsplit_once('.')
            .map_or(name.as_str(), |(stem, _)| stem);
        if !stems.insert(stem.to_string()) {
            problems.push(format!("two corpus inputs share the stem {stem}"));
        }
        let has_out = corpus.join(format!("{stem}.out")).exists();
        if robustness_only.contains(name) && has_out {
            problems.push(format!("{name} is robustness-only but has {stem}.out"));
        }
        if !robustness_only.contains(name) && !has_out {
            problems.push(format!(
                "{name} has no {stem}.out: run tests/fuzz/regen_expected.sh or list it in \
                 robustness_only.txt"
            ));
        }
    }
    for expected in ["out", "err"] {
        for path in std::fs::read_dir(corpus).into_iter().flatten().flatten() {
            let path = path.path();
            if path.extension().is_some_and(|x| x == expected) {
                let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned());
                if !stem.is_some_and(|stem| stems.contains(&stem)) {
                    problems.push(format!("{} belongs to no input", path.display()));
                }
            }
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n"))
    }
}
