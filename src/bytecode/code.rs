//! Code objects: the compiled form of a module or function body. Instructions are (opcode, arg)
//! pairs; `positions[i]` is the source range of instruction `i`.

use std::cell::Cell;
use std::rc::Rc;

use super::Opcode;
use crate::runtime::Value;
use crate::runtime::exception::TracebackEntry;
use crate::runtime::str::PyStr;

/// Where an instruction came from: the source range of its AST node. Columns are 0-based
/// character offsets within their lines (tracebacks draw carets from them).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Position {
    pub line: u32,
    pub end_line: u32,
    pub col: u32,
    pub end_col: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Instr {
    pub op: Opcode,
    pub arg: u32,
}

/// A slot where the engine currently running may park its pre-decoded form of this code: the
/// token of the run that decoded it and a type-erased pointer only that engine interprets.
/// A token that does not match the current run means "not decoded yet".
pub type EngineCache = Cell<(u64, *const ())>;

pub struct Code {
    /// Function name, or `<module>`.
    pub name: Rc<str>,
    pub filename: Rc<str>,
    pub first_line: u32,
    pub instrs: Vec<Instr>,
    pub positions: Vec<Position>,
    pub consts: Vec<Value>,
    /// Attribute, method and module names used by `LOAD_ATTR`, `LOAD_METHOD`, `IMPORT_NAME`.
    pub names: Vec<Rc<PyStr>>,
    /// Local variable names; parameters first.
    pub varnames: Vec<Rc<str>>,
    /// The module-wide global slot names, shared by every code object of one module.
    pub global_names: Rc<Vec<Rc<str>>>,
    pub argcount: u32,
    /// Deepest the value stack gets, computed by the compiler.
    pub max_stack: u32,
    pub engine_cache: EngineCache,
}

impl Code {
    pub fn nlocals(&self) -> usize {
        self.varnames.len()
    }

    /// Source line of the instruction at `index`.
    pub fn line_at(&self, index: usize) -> u32 {
        self.positions
            .get(index)
            .map_or(self.first_line, |p| p.line)
    }

    /// The traceback entry for a frame of this code stopped at instruction `index`.
    pub fn traceback_entry(&self, index: usize) -> TracebackEntry {
        TracebackEntry {
            filename: self.filename.clone(),
            line: self.line_at(index),
            func_name: self.name.clone(),
            position: self.positions.get(index).copied(),
        }
    }

    /// The code objects nested in this one's constants (function bodies).
    pub fn nested(&self) -> impl Iterator<Item = &Rc<Code>> {
        self.consts.iter().filter_map(|c| match c {
            Value::Code(code) => Some(code),
            _ => None,
        })
    }
}
