//! The bytecode verifier: proves, before a code object runs, the facts the engines' memory safety
//! rests on. Walking every path with the opcode table's stack patterns (`Opcode::stack_io`), it
//! checks that no instruction pops more than the stack holds, no path grows the stack past
//! `max_stack` (the engines size frames from it), every join point is reached with one stack
//! depth, no path runs off the end of the code, and every operand names something that exists
//! (constant, name, local, global slot, jump target, operator number). Exception handlers are
//! edges too: from every instruction an exception-table entry covers, to its handler, entered
//! with the entry's depth (which the stack there must reach) plus the exception. `KW_NAMES` must name no more
//! arguments than the call right after it passes.
//!
//! The compiler runs it on every code object it makes in debug builds, and the `threaded` engine
//! runs it once per code object before decoding, so a wrong stack effect or a malformed operand is
//! a reported error, never a write outside a frame.

use std::fmt;

use super::{Code, Opcode, OperandKind, Shape};
use crate::runtime::Value;

/// Why a code object was refused: the instruction and what is wrong with it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VerifyError {
    pub code_name: String,
    pub index: usize,
    pub problem: String,
}

impl fmt::Display for VerifyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "invalid bytecode in {} at instruction {}: {}",
            self.code_name, self.index, self.problem
        )
    }
}

/// Checks one code object (not the ones nested in its constants; see `verify_all`).
pub fn verify(code: &Code) -> Result<(), VerifyError> {
    let fail = |index: usize, problem: String| VerifyError {
        code_name: code.name.to_string(),
        index,
        problem,
    };
    let n = code.instrs.len();
    if code.argcount as usize > code.nlocals()
        || code.signature.total() > code.nlocals()
        || code.signature.argcount != code.argcount
    {
        return Err(fail(0, "more parameters than local variables".into()));
    }
    if code.nfree as usize > code.nlocals() - code.signature.total() {
        return Err(fail(0, "free variables overlap the parameters".into()));
    }
    for (index, instr) in code.instrs.iter().enumerate() {
        check_operand(code, index).map_err(|problem| fail(index, problem))?;
        if instr.op == Opcode::KwNames {
            check_kw_names(code, index).map_err(|problem| fail(index, problem))?;
        }
    }
    let mut previous_end = 0;
    for entry in &code.exception_table {
        if entry.start >= entry.end
            || entry.start < previous_end
            || entry.end as usize > n
            || entry.target as usize >= n
        {
            return Err(fail(
                entry.start as usize,
                "malformed exception table entry".into(),
            ));
        }
        previous_end = entry.end;
    }
    let max_stack = u64::from(code.max_stack);
    let mut depth_at: Vec<Option<u64>> = vec![None; n];
    let mut work: Vec<(usize, u64)> = vec![(0, 0)];
    while let Some((mut pc, mut depth)) = work.pop() {
        loop {
            let Some(instr) = code.instrs.get(pc) else {
                return Err(fail(pc, "execution can run off the end of the code".into()));
            };
            match depth_at[pc] {
                Some(seen) if seen == depth => break,
                Some(seen) => {
                    return Err(fail(
                        pc,
                        format!("reached with stack depths {seen} and {depth}"),
                    ));
                }
                None => depth_at[pc] = Some(depth),
            }
            // An exception here enters the handler with the stack cut to its depth, plus the
            // lasti and the exception.
            if let Some(entry) = code.handler_for(pc) {
                let kept = u64::from(entry.depth);
                let entered = kept + 1 + u64::from(entry.lasti);
                if kept > depth || entered > max_stack {
                    return Err(fail(
                        pc,
                        format!(
                            "handler at {} keeps {kept} stack items of {depth} and enters with {entered} (max_stack {max_stack})",
                            entry.target
                        ),
                    ));
                }
                work.push((entry.target as usize, entered));
            }
            let after = |jumped: bool| -> Result<u64, VerifyError> {
                let (inputs, outputs) = instr.op.stack_io(instr.arg, jumped);
                let (inputs, outputs) = (u64::from(inputs), u64::from(outputs));
                if inputs > depth {
                    return Err(fail(
                        pc,
                        format!(
                            "{} takes {inputs} stack items but the stack holds {depth}",
                            instr.op.name()
                        ),
                    ));
                }
                let result = depth - inputs + outputs;
                if result > max_stack {
                    return Err(fail(
                        pc,
                        format!(
                            "{} leaves {result} stack items, more than max_stack {max_stack}",
                            instr.op.name()
                        ),
                    ));
                }
                Ok(result)
            };
            if instr.op.is_jump() {
                work.push((instr.arg as usize, after(true)?));
            }
            let fallthrough = after(false)?;
            if instr.op.is_terminator() {
                break;
            }
            pc += 1;
            depth = fallthrough;
        }
    }
    Ok(())
}

/// Checks `code` and every code object nested in its constants.
pub fn verify_all(code: &Code) -> Result<(), VerifyError> {
    verify(code)?;
    code.nested().try_for_each(|nested| verify_all(nested))
}

/// Whether instruction `index`'s operand refers to something that exists.
fn check_operand(code: &Code, index: usize) -> Result<(), String> {
    let instr = code.instrs[index];
    let arg = instr.arg as usize;
    let (what, limit) = match instr.op.operand() {
        OperandKind::none | OperandKind::int => return check_count(code, instr.op, instr.arg),
        OperandKind::konst => ("constant", code.consts.len()),
        OperandKind::name => ("name", code.names.len()),
        OperandKind::local => ("local variable", code.nlocals()),
        OperandKind::global => ("global slot", code.global_names.len()),
        OperandKind::jump => ("jump target", code.instrs.len()),
        OperandKind::binop => (
            "binary operator",
            2 * crate::bytecode::BinOp::INPLACE_OFFSET as usize,
        ),
        OperandKind::cmpop => ("comparison operator", 6),
    };
    if arg >= limit {
        return Err(format!(
            "{} refers to {what} {arg}, but there are {limit}",
            instr.op.name()
        ));
    }
    Ok(())
}

/// Counts that must be at least 1 (`COPY 0` and `SWAP 0` name no stack item).
fn check_count(code: &Code, op: Opcode, arg: u32) -> Result<(), String> {
    if matches!(
        op.shape(),
        Shape::copy | Shape::swap | Shape::add_to | Shape::map_add | Shape::dict_merge
    ) && arg == 0
    {
        return Err(format!("{} needs an item number of at least 1", op.name()));
    }
    if op == Opcode::BuildSlice && !(2..=3).contains(&arg) {
        return Err(format!("{} builds from 2 or 3 items, not {arg}", op.name()));
    }
    if op.shape() == Shape::copy_free_vars && arg != code.nfree {
        return Err(format!(
            "{} copies {arg} cells but the code has {} free variables",
            op.name(),
            code.nfree
        ));
    }
    Ok(())
}

/// `KW_NAMES` must hold a tuple of strings and be followed by a call passing at least that
/// many arguments.
fn check_kw_names(code: &Code, index: usize) -> Result<(), String> {
    let names = match code.consts.get(code.instrs[index].arg as usize) {
        Some(Value::Tuple(names)) if names.iter().all(|n| matches!(n, Value::Str(_))) => names,
        _ => return Err("KW_NAMES needs a tuple of strings".into()),
    };
    match code.instrs.get(index + 1) {
        Some(call) if matches!(call.op, Opcode::Call | Opcode::CallMethod) => {
            if names.len() > call.arg as usize {
                return Err(format!(
                    "KW_NAMES names {} arguments but the call passes {}",
                    names.len(),
                    call.arg
                ));
            }
            Ok(())
        }
        _ => Err("KW_NAMES must come right before a call".into()),
    }
}

#[cfg(test)]
mod tests {
    use std::rc::Rc;

    use super::*;
    use crate::bytecode::{Instr, Position};

    fn code(instrs: &[(Opcode, u32)], consts: Vec<Value>, max_stack: u32) -> Code {
        let position = Position {
            line: 1,
            end_line: 1,
            col: 0,
            end_col: 0,
        };
        Code {
            name: Rc::from("t"),
            qualname: Rc::from("t"),
            filename: Rc::from("t.py"),
            first_line: 1,
            instrs: instrs.iter().map(|&(op, arg)| Instr { op, arg }).collect(),
            positions: vec![position; instrs.len()],
            consts,
            names: Vec::new(),
            varnames: vec![Rc::from("x")],
            nfree: 0,
            global_names: Rc::new(Vec::new()),
            argcount: 0,
            signature: Default::default(),
            plain_argcount: 0,
            max_stack,
            exception_table: Vec::new(),
            engine_cache: Default::default(),
            caches: Default::default(),
            docstring: None,
            is_generator: false,
            is_coroutine: false,
        }
    }

    fn problem(code: &Code) -> String {
        verify(code).err().map(|e| e.problem).unwrap_or_default()
    }

    fn handler(start: u32, end: u32, target: u32, depth: u32) -> crate::bytecode::ExceptionEntry {
        crate::bytecode::ExceptionEntry {
            start,
            end,
            target,
            depth,
            lasti: false,
            handler_id: 0,
        }
    }

    #[test]
    fn handler_edges_are_followed() {
        use Opcode::*;
        // try: x = 1 / except: pass — the handler pops the exception.
        let program = [
            (LoadConst, 0),
            (StoreFast, 0),
            (LoadConst, 0),
            (ReturnValue, 0),
            (PopTop, 0),
            (LoadConst, 0),
            (ReturnValue, 0),
        ];
        let mut ok = code(&program, vec![Value::None], 1);
        ok.exception_table = vec![handler(0, 2, 4, 0)];
        assert_eq!(problem(&ok), "");
        // A handler that would keep more items than the stack holds.
        let mut deep = code(&program, vec![Value::None], 1);
        deep.exception_table = vec![handler(0, 2, 4, 1)];
        assert!(
            problem(&deep).contains("keeps 1 stack items of 0"),
            "{}",
            problem(&deep)
        );
        // A handler entered with more items than max_stack.
        let mut tall = code(&program, vec![Value::None], 0);
        tall.exception_table = vec![handler(1, 2, 4, 0)];
        assert!(problem(&tall).contains("max_stack"), "{}", problem(&tall));
        // Targets and ranges outside the code.
        for bad in [
            handler(0, 2, 99, 0),
            handler(0, 99, 4, 0),
            handler(2, 1, 4, 0),
        ] {
            let mut broken = code(&program, vec![Value::None], 1);
            broken.exception_table = vec![bad];
            assert_eq!(problem(&broken), "malformed exception table entry");
        }
    }

    #[test]
    fn accepts_well_formed_code() {
        let ok = code(
            &[
                (Opcode::LoadConst, 0),
                (Opcode::LoadConst, 0),
                (Opcode::BinaryOp, 0),
                (Opcode::ReturnValue, 0),
            ],
            vec![Value::Int(1)],
            2,
        );
        assert_eq!(verify(&ok), Ok(()));
    }

    #[test]
    fn refuses_popping_an_empty_stack() {
        let bad = code(
            &[
                (Opcode::LoadConst, 0),
                (Opcode::BinaryOp, 0),
                (Opcode::ReturnValue, 0),
            ],
            vec![Value::Int(1)],
            2,
        );
        assert!(problem(&bad).contains("takes 2 stack items but the stack holds 1"));
    }

    #[test]
    fn refuses_exceeding_max_stack() {
        let bad = code(
            &[
                (Opcode::LoadConst, 0),
                (Opcode::LoadConst, 0),
                (Opcode::BuildTuple, 2),
                (Opcode::ReturnValue, 0),
            ],
            vec![Value::Int(1)],
            1,
        );
        assert!(problem(&bad).contains("more than max_stack 1"));
    }

    #[test]
    fn refuses_inconsistent_depths_at_a_join() {
        // Jumping to 3 with one item, falling into 3 with two.
        let bad = code(
            &[
                (Opcode::LoadConst, 0),
                (Opcode::PopJumpIfFalse, 3),
                (Opcode::LoadConst, 0),
                (Opcode::LoadConst, 0),
                (Opcode::ReturnValue, 0),
            ],
            vec![Value::Int(1)],
            3,
        );
        assert!(problem(&bad).contains("reached with stack depths"));
    }

    #[test]
    fn refuses_running_off_the_end_and_bad_operands() {
        let off_end = code(&[(Opcode::LoadConst, 0)], vec![Value::Int(1)], 1);
        assert!(problem(&off_end).contains("off the end"));
        let bad_local = code(
            &[(Opcode::LoadFast, 5), (Opcode::ReturnValue, 0)],
            vec![],
            1,
        );
        assert!(problem(&bad_local).contains("local variable 5"));
        let bad_jump = code(&[(Opcode::JumpForward, 9)], vec![], 0);
        assert!(problem(&bad_jump).contains("jump target 9"));
        let no_call = code(
            &[(Opcode::KwNames, 0), (Opcode::ReturnValue, 0)],
            vec![Value::tuple(vec![Value::str("a")])],
            1,
        );
        assert!(problem(&no_call).contains("right before a call"));
    }
}
