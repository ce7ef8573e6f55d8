//! Superinstructions: frequent opcode sequences (measured on perf/*.py by counting adjacent pairs
//! under the switch engine) get one handler that runs the member handlers back to back, saving the
//! dispatches in between. Only the first instruction's entry is replaced; the following entries
//! keep their own handlers, so jumps into the middle of a sequence still work. Each fused handler
//! is a composition of the generated ones, so no semantics live here. Longest sequences first.

use super::shapes::handlers;
use super::{Exec, Handler, Ins, Step};
use crate::bytecode::{Code, Opcode};
use crate::runtime::Value;

macro_rules! superinstructions {
    ($( $name:ident = [$first:ident $(, $rest:ident)+]; )*) => {
        #[allow(non_snake_case)]
        mod sequences {
            use super::*;
            $(
                /// Runs the sequence's handlers in order, stopping early when one fails, jumps,
                /// calls or returns (then `ip` is no longer the next member).
                pub(super) unsafe fn $name(ex: &mut Exec<'_>, ins: Ins, tos: Value) -> Step {
                    let mut at = ins;
                    // SAFETY: the decoder only installs this handler where the whole sequence
                    // follows, so every `next` stays within the decoded array (whose provenance
                    // `Ins` carries); each member runs under the handler contract.
                    unsafe {
                        let mut tos = handlers::$first(ex, at, tos);
                        $(
                            if ex.ip != at.as_ptr().add(1) {
                                return tos;
                            }
                            at = at.next();
                            ex.ip = at.as_ptr().add(1);
                            tos = handlers::$rest(ex, at, tos);
                        )+
                        tos
                    }
                }
            )*
        }

        /// The sequences and their fused handlers, longest first.
        static SUPERINSTRUCTIONS: &[(&[Opcode], Handler)] = &[
            $( (&[Opcode::$first $(, Opcode::$rest)+], sequences::$name), )*
        ];
    };
}

superinstructions! {
    LoadFastLoadConstBinaryOp = [LoadFast, LoadConst, BinaryOp];
    LoadFastLoadFastBinaryOp = [LoadFast, LoadFast, BinaryOp];
    LoadConstCompareOpPopJumpIfFalse = [LoadConst, CompareOp, PopJumpIfFalse];
    LoadFastCompareOpPopJumpIfFalse = [LoadFast, CompareOp, PopJumpIfFalse];
    BinaryOpStoreFastLoadFast = [BinaryOp, StoreFast, LoadFast];
    CompareOpPopJumpIfFalse = [CompareOp, PopJumpIfFalse];
    LoadFastLoadConst = [LoadFast, LoadConst];
    LoadFastLoadFast = [LoadFast, LoadFast];
    LoadConstBinaryOp = [LoadConst, BinaryOp];
    LoadFastBinaryOp = [LoadFast, BinaryOp];
    BinaryOpStoreFast = [BinaryOp, StoreFast];
    StoreFastLoadFast = [StoreFast, LoadFast];
    StoreFastJumpBackward = [StoreFast, JumpBackward];
    ForIterStoreFast = [ForIter, StoreFast];
    LoadFastBinarySubscr = [LoadFast, BinarySubscr];
    LoadGlobalLoadFast = [LoadGlobal, LoadFast];
    // Module-level code keeps its variables in globals: the same patterns over global slots.
    LoadGlobalLoadGlobalBinaryOp = [LoadGlobal, LoadGlobal, BinaryOp];
    LoadGlobalLoadConstBinaryOp = [LoadGlobal, LoadConst, BinaryOp];
    LoadGlobalCompareOpPopJumpIfFalse = [LoadGlobal, CompareOp, PopJumpIfFalse];
    BinaryOpStoreGlobalJumpBackward = [BinaryOp, StoreGlobal, JumpBackward];
    LoadGlobalLoadGlobal = [LoadGlobal, LoadGlobal];
    LoadGlobalLoadConst = [LoadGlobal, LoadConst];
    LoadGlobalBinaryOp = [LoadGlobal, BinaryOp];
    LoadGlobalBinarySubscr = [LoadGlobal, BinarySubscr];
    BinaryOpStoreGlobal = [BinaryOp, StoreGlobal];
    StoreGlobalLoadGlobal = [StoreGlobal, LoadGlobal];
    StoreGlobalJumpBackward = [StoreGlobal, JumpBackward];
    ForIterStoreGlobal = [ForIter, StoreGlobal];
    BinaryOpBinaryOp = [BinaryOp, BinaryOp];
}

/// The fused handler for the longest listed sequence starting at instruction `at`, if any.
pub(super) fn superinstruction_at(code: &Code, at: usize) -> Option<Handler> {
    let rest = &code.instrs[at..];
    SUPERINSTRUCTIONS
        .iter()
        .find(|(sequence, _)| {
            sequence.len() <= rest.len()
                && rest.iter().zip(sequence.iter()).all(|(i, op)| i.op == *op)
        })
        .map(|(_, handler)| *handler)
}
