//! Engines: *how* execution reaches the next opcode. Each engine is one file implementing every
//! shape of the opcode table once (stack layout, frames, dispatch) and calling `crate::ops` for
//! meaning. `ENGINES` is the registry the CLI, the tests and the benchmarks iterate over: adding
//! an engine is one new file plus one line there.

pub mod switch;
pub mod threaded;

use std::rc::Rc;

use crate::runtime::function::Function;
use crate::runtime::{PyResult, Value};
use crate::vm::Vm;

/// A registered execution engine.
pub struct Engine {
    /// The name `--engine` takes.
    pub name: &'static str,
    /// One line for `spindle engines` and `--help`.
    pub summary: &'static str,
    /// Runs `function` to completion with `args` (positional values, then one value per name in
    /// `kwnames`). Re-entrant: built-ins that call back into Python come through here.
    pub call: EngineEntry,
}

/// Runs a function to completion: `(vm, function, args, kwnames)`.
pub type EngineEntry = fn(&mut Vm, &Rc<Function>, Vec<Value>, &[Value]) -> PyResult<Value>;

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
