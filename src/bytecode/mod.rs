//! Bytecode: the one opcode table (`for_each_opcode!`), the `Opcode` enum and per-opcode facts
//! derived from it, code objects with their line table, and the disassembler. Nothing here
//! executes; what an opcode *does* lives in `crate::ops`, how an engine reaches it in
//! `crate::engine`.

mod code;
pub mod dis;
mod opcodes;

pub use code::{Code, EngineCache, Instr, Position};
pub use opcodes::{BinOp, CmpOp, Opcode, OperandKind, Shape};
