//! Bytecode: the one opcode table (`for_each_opcode!`), the `Opcode` enum and per-opcode facts
//! derived from it, code objects with their line table, the verifier that proves a code object
//! safe to run, and the disassembler. Nothing here
//! executes; what an opcode *does* lives in `crate::ops`, how an engine reaches it in
//! `crate::engine`.

mod code;
pub mod dis;
mod opcodes;
pub mod verify;

pub(crate) use code::DecodeOwner;
pub use code::{Code, ExceptionEntry, Instr, Position, Signature};
pub use opcodes::{BinOp, CmpOp, Opcode, OperandKind, Shape, unpack_ex_items, unpack_ex_split};
