//! Code objects: the compiled form of a module or function body. Instructions are (opcode, arg)
//! pairs; `positions[i]` is the source range of instruction `i`. Only the compiler builds code
//! objects (the fields are crate-private), and engines verify one before running it, so no
//! public function can hand an engine malformed bytecode.

use std::cell::Cell;
use std::rc::Rc;

use super::Opcode;
use crate::runtime::Value;
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

/// One row of a code object's exception table (CPython 3.11's design): an exception raised by
/// an instruction in `[start, end)` is handled at `target`, with the stack cut to `depth` items,
/// then the instruction's index pushed when `lasti` is set, then the exception.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExceptionEntry {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub depth: u32,
    pub lasti: bool,
    /// Which handler of the compiler made the row (rows of one handler merge when adjacent).
    pub handler_id: u32,
}

/// Who decoded a code object: the VM (by its unique id) and the engine within it. Decoded code
/// lives in its VM's arena and is laid out for one engine, so both must match for reuse.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct DecodeOwner {
    pub(crate) vm: u64,
    /// The address of the engine's registry entry.
    pub(crate) engine: usize,
}

/// A slot where the engine currently running may park its pre-decoded form of this code: who
/// decoded it and a type-erased pointer only that engine interprets. An owner that does not
/// match the running VM and engine means "not decoded yet".
pub(crate) type EngineCache = Cell<(DecodeOwner, *const ())>;

/// The parameter list of a code object, in CPython's slot order: positional-only, positional,
/// keyword-only, then `*args` and `**kwargs` when present.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Signature {
    /// Positional parameters, positional-only ones included.
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub varargs: bool,
    pub varkeywords: bool,
}

impl Signature {
    /// Slots taken by parameters.
    pub fn total(&self) -> usize {
        self.argcount as usize
            + self.kwonlyargcount as usize
            + self.varargs as usize
            + self.varkeywords as usize
    }

    /// Whether a call with exactly `argcount` positional arguments and no keywords binds them
    /// by plain moves (no `*args`, `**kwargs` or keyword-only parameters to fill).
    pub fn is_plain(&self) -> bool {
        !self.varargs && !self.varkeywords && self.kwonlyargcount == 0
    }
}

pub struct Code {
    /// Function name, or `<module>`.
    pub(crate) name: Rc<str>,
    /// Dotted name for messages (`outer.<locals>.inner`), as CPython 3.11's `co_qualname`.
    pub(crate) qualname: Rc<str>,
    pub(crate) filename: Rc<str>,
    pub(crate) first_line: u32,
    pub(crate) instrs: Vec<Instr>,
    pub(crate) positions: Vec<Position>,
    pub(crate) consts: Vec<Value>,
    /// Attribute, method and module names used by `LOAD_ATTR`, `LOAD_METHOD`, `IMPORT_NAME`.
    pub(crate) names: Vec<Rc<PyStr>>,
    /// Slot names: parameters first (see `Signature`), then the other locals, then the free
    /// variables (the last `nfree` slots, filled from the closure by `COPY_FREE_VARS`).
    pub(crate) varnames: Vec<Rc<str>>,
    pub(crate) nfree: u32,
    /// The module-wide global slot names, shared by every code object of one module.
    pub(crate) global_names: Rc<Vec<Rc<str>>>,
    pub(crate) argcount: u32,
    pub(crate) signature: Signature,
    /// `argcount` when a call with that many positional arguments and no keywords binds by
    /// plain moves, else `u32::MAX` (one comparison on the call fast path).
    pub(crate) plain_argcount: u32,
    /// Deepest the value stack gets, computed by the compiler.
    pub(crate) max_stack: u32,
    /// Where exceptions raised by each instruction are handled, sorted by `start`, ranges
    /// disjoint.
    pub(crate) exception_table: Vec<ExceptionEntry>,
    pub(crate) engine_cache: EngineCache,
    /// The attribute instructions' inline caches.
    pub(crate) caches: crate::runtime::inline_cache::InlineCaches,
    /// A function body's docstring (its first statement, when a string literal): `__doc__`.
    pub(crate) docstring: Option<Rc<str>>,
    /// A generator function's body (it holds `yield`), or a generator expression's: a call
    /// makes a generator instead of running it.
    pub(crate) is_generator: bool,
    /// An `async def` body: its generator-like frame makes a coroutine.
    pub(crate) is_coroutine: bool,
}

impl Code {
    /// Function name, or `<module>`.
    pub fn name(&self) -> &Rc<str> {
        &self.name
    }

    /// The file name tracebacks show.
    pub fn filename(&self) -> &Rc<str> {
        &self.filename
    }

    /// Slots of a frame: locals, cells and free variables.
    pub fn nlocals(&self) -> usize {
        self.varnames.len()
    }

    /// Slots of a frame that keeps its stack after its locals (an arena window, a `threaded`
    /// generator's buffer): the locals, `max_stack` items and the `Null` under the lowest one.
    pub fn frame_slots(&self) -> usize {
        self.nlocals() + self.max_stack as usize + 1
    }

    /// The first free-variable slot.
    pub fn free_start(&self) -> usize {
        self.varnames.len().saturating_sub(self.nfree as usize)
    }

    /// Source line of the instruction at `index`.
    pub fn line_at(&self, index: usize) -> u32 {
        self.positions
            .get(index)
            .map_or(self.first_line, |p| p.line)
    }

    /// The handler of an exception raised by instruction `index`, if any.
    pub fn handler_for(&self, index: usize) -> Option<&ExceptionEntry> {
        let index = index as u32;
        let at = self.exception_table.partition_point(|e| e.end <= index);
        self.exception_table
            .get(at)
            .filter(|e| e.start <= index && index < e.end)
    }

    /// The code objects nested in this one's constants (function bodies).
    pub fn nested(&self) -> impl Iterator<Item = &Rc<Code>> {
        self.consts.iter().filter_map(|c| match c {
            Value::Code(code) => Some(code),
            _ => None,
        })
    }
}
