//! Code objects: the compiled form of a module or function body. Instructions are (opcode, arg)
//! pairs; `lines[i]` is the source line of instruction `i`.

use std::cell::Cell;
use std::rc::Rc;

use super::Opcode;
use crate::runtime::Value;
use crate::runtime::str::PyStr;

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
    pub lines: Vec<u32>,
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
        self.lines.get(index).copied().unwrap_or(self.first_line)
    }

    /// The code objects nested in this one's constants (function bodies).
    pub fn nested(&self) -> impl Iterator<Item = &Rc<Code>> {
        self.consts.iter().filter_map(|c| match c {
            Value::Code(code) => Some(code),
            _ => None,
        })
    }
}
