//! The disassembler: prints code objects in the layout of CPython's `dis` module
//! (line, offset, opname, arg, argrepr), then each nested code object.

use std::fmt::Write;

use super::{BinOp, CmpOp, Code, OperandKind};
use crate::runtime::Value;

/// A short, side-effect-free rendering of a constant for `argrepr`.
fn const_repr(value: &Value) -> String {
    match value {
        Value::Code(code) => format!("<code object {}, file \"{}\", line {}>", code.name, code.filename, code.first_line),
        other => crate::ops::repr_plain(other),
    }
}

fn argrepr(code: &Code, index: usize) -> String {
    let instr = code.instrs[index];
    let arg = instr.arg as usize;
    match instr.op.operand() {
        OperandKind::none | OperandKind::int => String::new(),
        OperandKind::konst => code.consts.get(arg).map(const_repr).unwrap_or_default(),
        OperandKind::name => code.names.get(arg).map(|n| n.as_str().to_string()).unwrap_or_default(),
        OperandKind::local => code.varnames.get(arg).map(|n| n.to_string()).unwrap_or_default(),
        OperandKind::global => code.global_names.get(arg).map(|n| n.to_string()).unwrap_or_default(),
        OperandKind::jump => format!("to {}", arg * 2),
        OperandKind::binop => {
            let (op, inplace) = BinOp::from_arg(instr.arg);
            format!("{}{}", op.symbol(), if inplace { "=" } else { "" })
        }
        OperandKind::cmpop => CmpOp::from_arg(instr.arg).symbol().to_string(),
    }
}

/// Disassembles one code object (not its nested ones). Offsets count 2 bytes per instruction
/// as CPython's do; jump targets are marked `>>`.
pub fn disassemble_one(code: &Code, out: &mut String) {
    let targets: Vec<usize> =
        code.instrs.iter().filter(|i| i.op.is_jump()).map(|i| i.arg as usize).collect();
    let mut last_line = None;
    for (index, instr) in code.instrs.iter().enumerate() {
        let line = code.line_at(index);
        let line_column = if last_line != Some(line) {
            if last_line.is_some() {
                out.push('\n');
            }
            last_line = Some(line);
            format!("{line:>3}")
        } else {
            "   ".to_string()
        };
        let marker = if targets.contains(&index) { ">>" } else { "  " };
        let mut row = format!("{line_column}     {marker} {:>6} {:<24}", index * 2, instr.op.name());
        if instr.op.operand() != OperandKind::none {
            let _ = write!(row, " {:>3}", instr.arg);
            let text = argrepr(code, index);
            if !text.is_empty() {
                let _ = write!(row, " ({text})");
            }
        }
        out.push_str(row.trim_end());
        out.push('\n');
    }
}

/// Disassembles `code` and, recursively, every code object nested in it.
pub fn disassemble(code: &Code) -> String {
    let mut out = String::new();
    disassemble_one(code, &mut out);
    let mut pending: Vec<&Code> = code.nested().map(|c| &**c).collect();
    while !pending.is_empty() {
        let inner = pending.remove(0);
        let _ = write!(
            out,
            "\nDisassembly of <code object {}, file \"{}\", line {}>:\n",
            inner.name, inner.filename, inner.first_line
        );
        disassemble_one(inner, &mut out);
        let mut deeper: Vec<&Code> = inner.nested().map(|c| &**c).collect();
        deeper.append(&mut pending);
        pending = deeper;
    }
    out
}
