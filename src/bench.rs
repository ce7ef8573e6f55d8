//! `spindle bench`: runs each program under every registered engine, several times, with output
//! captured, checks that all engines print the same thing, and prints median times and speed-ups
//! over the `switch` baseline. The bundled programs are compiled into the binary.

use std::process::ExitCode;
use std::time::{Duration, Instant};

use spindle::engine::{ENGINES, Engine};
use spindle::vm::{Output, Vm};

/// The programs under `perf/`, embedded so `spindle bench` works from any directory.
pub const BUNDLED: &[(&str, &str)] = &[
    ("fib", include_str!("../perf/fib.py")),
    ("loops", include_str!("../perf/loops.py")),
    ("floats", include_str!("../perf/floats.py")),
    ("lists", include_str!("../perf/lists.py")),
    ("strings", include_str!("../perf/strings.py")),
    ("dicts", include_str!("../perf/dicts.py")),
    ("sets", include_str!("../perf/sets.py")),
    ("closures", include_str!("../perf/closures.py")),
    ("unpack", include_str!("../perf/unpack.py")),
    ("objects", include_str!("../perf/objects.py")),
    ("vectors", include_str!("../perf/vectors.py")),
    ("inheritance", include_str!("../perf/inheritance.py")),
    ("exceptions", include_str!("../perf/exceptions.py")),
    ("generators", include_str!("../perf/generators.py")),
    ("genexps", include_str!("../perf/genexps.py")),
    ("formatting", include_str!("../perf/formatting.py")),
    ("simulation", include_str!("../perf/simulation.py")),
];

/// One timed run: the wall time and what the program printed.
fn run_once(
    engine: &'static Engine,
    name: &str,
    source: &str,
) -> Result<(Duration, Vec<u8>), String> {
    let code = spindle::compiler::compile(source, name).map_err(|e| e.render())?;
    let mut vm = Vm::new(engine, vec![name.into()], Output::Captured(Vec::new()));
    vm.register_source(code.filename(), source);
    let start = Instant::now();
    let result = vm.run_main(code);
    let elapsed = start.elapsed();
    match result {
        Ok(_) => Ok((elapsed, vm.take_captured())),
        Err(err) => Err(spindle::vm::traceback::render(&mut vm, err)),
    }
}

fn median(times: &mut [Duration]) -> Duration {
    times.sort();
    times[times.len() / 2]
}

pub fn run(files: &[String], runs: usize) -> ExitCode {
    let programs: Vec<(String, String)> = if files.is_empty() {
        BUNDLED
            .iter()
            .map(|(n, s)| (n.to_string(), s.to_string()))
            .collect()
    } else {
        let mut loaded = Vec::new();
        for file in files {
            match std::fs::read_to_string(file) {
                Ok(source) => loaded.push((file.clone(), source)),
                Err(err) => {
                    eprintln!("spindle bench: can't read {file}: {err}");
                    return ExitCode::from(2);
                }
            }
        }
        loaded
    };
    let baseline = ENGINES[0].name;
    print!("{:<12}", "program");
    for engine in ENGINES {
        print!(" {:>12}", format!("{} (s)", engine.name));
    }
    for engine in &ENGINES[1..] {
        print!(" {:>18}", format!("{baseline}/{}", engine.name));
    }
    println!();
    let mut failed = false;
    for (name, source) in &programs {
        // Repetitions are interleaved across engines so that no engine always runs on a heap the
        // others have already grown (running all of one engine first skewed `strings` by 5%).
        let mut times: Vec<Vec<Duration>> = vec![Vec::with_capacity(runs); ENGINES.len()];
        let mut reference: Option<Vec<u8>> = None;
        for _ in 0..runs {
            for (slot, engine) in ENGINES.iter().enumerate() {
                match run_once(engine, name, source) {
                    Ok((elapsed, output)) => {
                        if reference.as_ref().is_some_and(|r| *r != output) {
                            eprintln!(
                                "spindle bench: {name}: engine '{}' printed something different",
                                engine.name
                            );
                            failed = true;
                        }
                        reference.get_or_insert(output);
                        times[slot].push(elapsed);
                    }
                    Err(message) => {
                        eprintln!(
                            "spindle bench: {name} failed under '{}':\n{message}",
                            engine.name
                        );
                        return ExitCode::from(1);
                    }
                }
            }
        }
        let medians: Vec<Duration> = times.iter_mut().map(|t| median(t)).collect();
        print!("{name:<12}");
        for m in &medians {
            print!(" {:>12.3}", m.as_secs_f64());
        }
        for m in &medians[1..] {
            print!(" {:>17.2}x", medians[0].as_secs_f64() / m.as_secs_f64());
        }
        println!();
    }
    if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
