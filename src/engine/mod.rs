//! Engines: *how* execution reaches the next opcode. Each engine is one file implementing every
//! shape of the opcode table once (stack layout, frames, dispatch) and calling `crate::ops` for
//! meaning. `ENGINES` is the registry the CLI, the tests and the benchmarks iterate over: adding
//! an engine is one new file plus one line there.

pub mod switch;
pub mod threaded;

use crate::runtime::generator::{GenStep, Resume};
use crate::runtime::{PyResult, Value};
use crate::vm::Vm;
use crate::vm::call::Invocation;

/// A registered execution engine.
pub struct Engine {
    /// The name `--engine` takes.
    pub name: &'static str,
    /// One line for `spindle engines` and `--help`.
    pub summary: &'static str,
    /// Runs a Python function to completion. Re-entrant: code running in Rust (the program's
    /// start, built-ins calling back into Python) comes through here.
    pub call: EngineEntry,
    /// Resumes a created or suspended generator (the `Value` is one) for Rust code (`next`,
    /// `send`, `throw`) until it yields, returns or raises. `runtime::generator` has checked
    /// its state.
    pub resume: GeneratorEntry,
    /// Runs a created or suspended generator from Rust, handing every value it yields to
    /// `each` (`list(gen)`, `set(gen)`, `any(gen)`) until the generator ends or `each` returns
    /// false (the generator is then suspended at that yield): yields `each` takes need not
    /// suspend the frame.
    pub drive: DriveEntry,
}

/// What a driven generator's items go to: `Ok(false)` stops the driving.
pub type ItemSink<'s> = dyn FnMut(&mut Vm, Value) -> PyResult<bool> + 's;

/// Runs a generator into a sink.
pub type DriveEntry = fn(&mut Vm, &Value, &mut ItemSink<'_>) -> PyResult<()>;

/// Runs a function to completion.
pub type EngineEntry = fn(&mut Vm, Invocation<'_>) -> PyResult<Value>;

/// Runs a generator's frame until it stops.
pub type GeneratorEntry = fn(&mut Vm, &Value, Resume) -> PyResult<GenStep>;

/// Every engine, baseline first.
pub static ENGINES: &[&Engine] = &[&switch::ENGINE, &threaded::ENGINE];

/// The engine used when none is named.
pub const DEFAULT_ENGINE: &str = "threaded";

pub fn find(name: &str) -> Option<&'static Engine> {
    ENGINES.iter().copied().find(|e| e.name == name)
}

pub fn names() -> Vec<&'static str> {
    ENGINES.iter().map(|e| e.name).collect()
}
