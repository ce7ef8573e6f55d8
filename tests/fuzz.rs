//! Robustness fuzzing: whatever the input, Spindle must print something and exit 0, or print a
//! CPython-style error and exit 1 — never panic, abort, die of a signal, overflow its stack or
//! hang — and every engine must print the same stdout and stderr and exit with the same status.
//!
//! Two kinds of trial, each running every registered engine on one input:
//! - `corpus::NAME`: the hand-written bad inputs of `tests/fuzz/corpus/` (`*.py`, and `*.pyt`
//!   templates expanded at test time). Besides robustness, an input with a checked-in
//!   `NAME.out` (and `NAME.err`) must reproduce CPython 3.11's output and exit status, or stop
//!   with a "not supported by Spindle yet" error. Inputs listed in `known_failures.txt` as
//!   `crash` are ignored unless `--include-ignored` is given; for those listed as `differs`,
//!   only the comparison with CPython is excused.
//! - `mutation::seedS::I`: mutation `I` of campaign seed `S`, a program from `tests/programs/`,
//!   the corpus or `perf/` mutated at random. A mutant that runs past the timeout (a mutated
//!   `while True:`) or past the memory limit is reported as ignored, not compared.
//!
//! Environment: `FUZZ_SEED` (default 1), `FUZZ_COUNT` (mutations, default 120), `FUZZ_TIMEOUT`
//! (seconds per run, default 5), `FUZZ_MEMORY_MB` (address-space limit per run, default 4096,
//! 0 for none), `SPINDLE_BIN` (the binary to test; default the one cargo built for this test).
//! Failing mutants are written to `target/fuzz-failures/`. See `tests/fuzz/README.md`.

#[path = "fuzz/check.rs"]
mod check;
#[path = "fuzz/mutate.rs"]
mod mutate;
#[path = "fuzz/rng.rs"]
mod rng;
#[path = "fuzz/run.rs"]
mod run;
#[path = "fuzz/template.rs"]
mod template;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use libtest_mimic::{Arguments, Completion, Failed, Trial};

use check::{Config, Conformance, Verdict};

const DEFAULT_SEED: u64 = 1;
const DEFAULT_COUNT: usize = 120;
const DEFAULT_TIMEOUT_SECS: f64 = 5.0;
const DEFAULT_MEMORY_MB: u64 = 4096;

fn env_or<T: std::str::FromStr>(name: &str, default: T) -> T {
    match std::env::var(name) {
        Err(_) => default,
        Ok(text) => text.trim().parse().unwrap_or_else(|_| {
            eprintln!("fuzz: cannot parse {name}={text:?}");
            std::process::exit(2)
        }),
    }
}

fn config(root: &Path) -> Config {
    let target = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .map_or_else(|| root.join("target"), Path::to_path_buf);
    let binary = std::env::var_os("SPINDLE_BIN").map_or_else(
        || PathBuf::from(env!("CARGO_BIN_EXE_spindle")),
        PathBuf::from,
    );
    let timeout = env_or("FUZZ_TIMEOUT", DEFAULT_TIMEOUT_SECS);
    if !(timeout.is_finite() && timeout > 0.0) {
        eprintln!("fuzz: FUZZ_TIMEOUT must be a positive number of seconds");
        std::process::exit(2);
    }
    Config {
        binary: std::path::absolute(&binary).unwrap_or(binary),
        engines: spindle::engine::names(),
        limits: run::Limits {
            timeout: Duration::from_secs_f64(timeout),
            memory_bytes: env_or("FUZZ_MEMORY_MB", DEFAULT_MEMORY_MB).saturating_mul(1 << 20),
        },
        failures_dir: target.join("fuzz-failures"),
        work_dir: target.join("fuzz-work"),
    }
}

/// The file names in `robustness_only.txt` (`NAME  # reason` per line).
fn robustness_only(path: &Path) -> BTreeSet<String> {
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .map(|line| line.split('#').next().unwrap_or("").trim().to_string())
        .filter(|name| !name.is_empty())
        .collect()
}

/// How a corpus input listed in `known_failures.txt` fails today.
#[derive(Clone, Copy, PartialEq, Eq)]
enum KnownFailure {
    /// It crashes or hangs Spindle: the trial is ignored unless `--include-ignored` is given.
    Crash,
    /// Spindle survives it but differs from CPython: robustness is still enforced, the
    /// comparison with CPython is reported as ignored.
    Differs,
}

/// `known_failures.txt` (`crash NAME  # reason` or `differs NAME  # reason` per line), and
/// the lines that could not be read.
fn known_failures(path: &Path) -> (BTreeMap<String, KnownFailure>, Vec<String>) {
    let mut known = BTreeMap::new();
    let mut problems = Vec::new();
    for line in std::fs::read_to_string(path).unwrap_or_default().lines() {
        let entry = line.split('#').next().unwrap_or("").trim();
        if entry.is_empty() {
            continue;
        }
        match entry.split_whitespace().collect::<Vec<_>>()[..] {
            ["crash", name] => known.insert(name.to_string(), KnownFailure::Crash),
            ["differs", name] => known.insert(name.to_string(), KnownFailure::Differs),
            _ => {
                problems.push(format!("known_failures.txt: cannot read {line:?}"));
                None
            }
        };
    }
    (known, problems)
}

fn sorted_files(dir: &Path, extension: &str) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|x| x == extension))
        .collect();
    found.sort();
    found
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// The programs mutants are made from, in groups with the weight each group is drawn with:
/// the conformance programs (valid, so mutants reach the runtime), the bad-input corpus, and
/// the benchmark programs (long-running, so drawn rarely). Paths are relative to the root.
/// Corpus inputs known to crash Spindle are left out: their mutants would only find them again.
fn seed_groups(root: &Path, known_crashes: &BTreeSet<String>) -> Vec<check::SeedGroup> {
    let areas: BTreeSet<PathBuf> = std::fs::read_dir(root.join("tests/programs"))
        .into_iter()
        .flatten()
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| path.is_dir())
        .collect();
    let programs: Vec<PathBuf> = areas
        .iter()
        .flat_map(|area| sorted_files(area, "py"))
        .collect();
    let groups = [
        (14, programs),
        (
            5,
            sorted_files(&root.join("tests/fuzz/corpus"), "py")
                .into_iter()
                .filter(|path| !known_crashes.contains(&file_name(path)))
                .collect(),
        ),
        (1, sorted_files(&root.join("perf"), "py")),
    ];
    groups
        .into_iter()
        .map(|(weight, paths)| check::SeedGroup {
            weight,
            programs: paths
                .into_iter()
                .filter_map(|path| {
                    let bytes = std::fs::read(&path).ok()?;
                    let relative = path.strip_prefix(root).unwrap_or(&path);
                    Some((relative.display().to_string(), bytes))
                })
                .collect(),
        })
        .filter(|group| !group.programs.is_empty())
        .collect()
}

fn corpus_trials(config: &Arc<Config>, root: &Path) -> Vec<Trial> {
    let corpus = root.join("tests/fuzz/corpus");
    let (known, list_problems) = known_failures(&root.join("tests/fuzz/known_failures.txt"));
    let robustness_only = robustness_only(&root.join("tests/fuzz/robustness_only.txt"));
    let mut inputs = sorted_files(&corpus, "py");
    inputs.extend(sorted_files(&corpus, "pyt"));
    inputs.sort();

    let mut trials = Vec::new();
    {
        let names: Vec<String> = inputs.iter().map(|p| file_name(p)).collect();
        let known: BTreeSet<String> = known.keys().cloned().collect();
        let corpus = corpus.clone();
        trials.push(Trial::test("corpus::lists_are_consistent", move || {
            let mut problems = list_problems;
            if let Err(more) =
                check::lists_are_consistent(&corpus, &names, &known, &robustness_only)
            {
                problems.push(more);
            }
            if problems.is_empty() {
                Ok(())
            } else {
                Err(problems.join("\n").into())
            }
        }));
    }
    trials.push(Trial::test("corpus::template_rules", || {
        template::self_check().map_err(Failed::from)
    }));
    for input in inputs {
        let name = file_name(&input);
        let known = known.get(&name).copied();
        let config = Arc::clone(config);
        let trial = Trial::ignorable_test(format!("corpus::{name}"), move || {
            match (check::corpus_input(&config, &input)?, known) {
                (Conformance::Unrecorded, _) => Ok(Completion::Completed),
                (Conformance::Matches, None) => Ok(Completion::Completed),
                (Conformance::Matches, Some(_)) => {
                    check::record_now_matching(&name);
                    Ok(Completion::Completed)
                }
                (Conformance::Differs(how), None) => Err(format!(
                    "differs from CPython 3.11 (fix Spindle, or list the input in \
                     tests/fuzz/known_failures.txt):\n{how}"
                )
                .into()),
                (Conformance::Differs(_), Some(_)) => Ok(Completion::ignored_with(
                    "differs from CPython (known_failures.txt)",
                )),
            }
        });
        trials.push(trial.with_ignored_flag(known == Some(KnownFailure::Crash)));
    }
    trials
}

fn mutation_trials(config: &Arc<Config>, root: &Path, seed: u64, count: usize) -> Vec<Trial> {
    let (known, _) = known_failures(&root.join("tests/fuzz/known_failures.txt"));
    let known_crashes: BTreeSet<String> = known
        .into_iter()
        .filter(|(_, kind)| *kind == KnownFailure::Crash)
        .map(|(name, _)| name)
        .collect();
    let seeds = Arc::new(seed_groups(root, &known_crashes));
    if seeds.is_empty() {
        return vec![Trial::test("mutation::seeds_found", || {
            Err("no seed programs found".into())
        })];
    }
    (0..count)
        .map(|index| {
            let (config, seeds) = (Arc::clone(config), Arc::clone(&seeds));
            Trial::ignorable_test(format!("mutation::seed{seed}::{index:05}"), move || {
                match check::mutant(&config, &seeds, seed, index as u64) {
                    Ok((Verdict::Agreed(_), _)) => Ok(Completion::Completed),
                    Ok((Verdict::TimedOut(engine), what)) => Ok(Completion::ignored_with(format!(
                        "timed out under {engine}: {what}"
                    ))),
                    Ok((Verdict::MemoryLimit(engine), what)) => Ok(Completion::ignored_with(
                        format!("hit the memory limit under {engine}: {what}"),
                    )),
                    Err(failure) => Err(failure.into()),
                }
            })
        })
        .collect()
}

fn main() {
    let args = Arguments::from_args();
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let config = Arc::new(config(&root));
    for dir in [&config.failures_dir, &config.work_dir] {
        if let Err(e) = std::fs::create_dir_all(dir) {
            eprintln!("fuzz: cannot create {}: {e}", dir.display());
            std::process::exit(2);
        }
    }
    let seed = env_or("FUZZ_SEED", DEFAULT_SEED);
    let count = env_or("FUZZ_COUNT", DEFAULT_COUNT);

    let mut trials = corpus_trials(&config, &root);
    trials.extend(mutation_trials(&config, &root, seed, count));
    let conclusion = libtest_mimic::run(&args, trials);
    check::print_summary(&config, seed);
    conclusion.exit();
}
