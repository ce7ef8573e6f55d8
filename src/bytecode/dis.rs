//! The disassembler: prints code objects in the layout of CPython's `dis` module
//! (line, offset, opname, arg, argrepr), then each nested code object.

use std::fmt::Write;

use super::{BinOp, CmpOp, Code, OperandKind};
use crate::runtime::Value;

/// A short, side-effect-free rendering of a constant for `argrepr`.
fn const_repr(value: &Value) -> String {
    match value {
        Value::Code(code) => format!(
            "<code object {}, file \"{}\", line {}>",
            code.name, code.filename, code.first_line
        ),
        other => crate::ops::repr_plain(other),
    }
}

fn argrepr(code: &Code, index: usize) -> String {
    let instr = code.instrs[index];
    let arg = instr.arg as usize;
    if instr.op == super::Opcode::FormatValue {
        let conversion = ["", "str", "repr", "ascii"][arg & 3];
        return match (conversion, arg & 4 != 0) {
            ("", true) => "with format".into(),
            (c, true) => format!("{c}, with format"),
            (c, false) => c.into(),
        };
    }
    match instr.op.operand() {
        OperandKind::none | OperandKind::int => String::new(),
        OperandKind::konst => code.consts.get(arg).map(const_repr).unwrap_or_default(),
        OperandKind::name => code
            .names
            .get(arg)
            .map(|n| n.as_str().to_string())
            .unwrap_or_default(),
        OperandKind::local => code
            .varnames
            .get(arg)
            .map(|n| n.to_string())
            .unwrap_or_default(),
        OperandKind::global => code
            .global_names
            .get(arg)
            .map(|n| n.to_string())
            .unwrap_or_default(),
        OperandKind::jump => format!("to {}", arg * 2),
        OperandKind::binop => {
            let (op, inplace) = BinOp::from_arg(instr.arg);
            format!("{}{}", op.symbol(), if inplace { "=" } else { "" })
        }
        OperandKind::cmpop => CmpOp::from_arg(instr.arg).symbol().to_string(),
    }
}

/// Disassembles one code object (not its nested ones) with CPython 3.11's field widths.
/// Offsets count 2 bytes per instruction as CPython's do; jump targets are marked `>>`.
pub fn disassemble_one(code: &Code, out: &mut String) {
    let targets: Vec<usize> = code
        .instrs
        .iter()
        .filter(|i| i.op.is_jump())
        .map(|i| i.arg as usize)
        .chain(code.exception_table.iter().map(|e| e.target as usize))
        .collect();
    let mut last_line = None;
    for (index, instr) in code.instrs.iter().enumerate() {
        let line = code.line_at(index);
        let mut fields: Vec<String> = Vec::with_capacity(7);
        if last_line != Some(line) {
            if last_line.is_some() {
                out.push('\n');
            }
            last_line = Some(line);
            fields.push(format!("{line:>3}"));
        } else {
            fields.push("   ".into());
        }
        fields.push("   ".into());
        fields.push(if targets.contains(&index) { ">>" } else { "  " }.into());
        fields.push(format!("{:>4}", index * 2));
        fields.push(format!("{:<20}", instr.op.name()));
        if instr.op.operand() != OperandKind::none {
            fields.push(format!("{:>5}", instr.arg));
            let text = argrepr(code, index);
            if !text.is_empty() {
                fields.push(format!("({text})"));
            }
        }
        out.push_str(fields.join(" ").trim_end());
        out.push('\n');
    }
    write_exception_table(code, out);
}

/// The exception table as CPython 3.11's `dis` prints it: each range of offsets (last one
/// inclusive), its handler, the stack depth kept and whether the lasti is pushed.
fn write_exception_table(code: &Code, out: &mut String) {
    if code.exception_table.is_empty() {
        return;
    }
    out.push_str("ExceptionTable:\n");
    for entry in &code.exception_table {
        let _ = writeln!(
            out,
            "  {} to {} -> {} [{}]{}",
            entry.start * 2,
            (entry.end - 1) * 2,
            entry.target * 2,
            entry.depth,
            if entry.lasti { " lasti" } else { "" }
        );
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn module_disassembly_matches_cpython_layout() {
        let code = crate::compiler::compile("x = 1\ny = x + 2\n", "t.py").expect("compiles");
        let expected = "  1           0 LOAD_CONST               0 (1)
              2 STORE_GLOBAL             0 (x)

  2           4 LOAD_GLOBAL              0 (x)
              6 LOAD_CONST               1 (2)
              8 BINARY_OP                0 (+)
             10 STORE_GLOBAL             1 (y)
             12 LOAD_CONST               2 (None)
             14 RETURN_VALUE
";
        assert_eq!(disassemble(&code), expected);
    }

    #[test]
    fn nested_code_and_jump_targets_are_shown() {
        let source = "def f(a):\n    while a:\n        a -= 1\n    return a\n";
        let code = crate::compiler::compile(source, "t.py").expect("compiles");
        let text = disassemble(&code);
        assert!(
            text.contains("Disassembly of <code object f, file \"t.py\", line 1>:"),
            "{text}"
        );
        assert!(
            text.contains(">>    0 LOAD_FAST                0 (a)"),
            "{text}"
        );
        assert!(
            text.contains("POP_JUMP_IF_FALSE        7 (to 14)"),
            "{text}"
        );
        assert!(text.contains("JUMP_BACKWARD            0 (to 0)"), "{text}");
        assert!(text.contains("BINARY_OP               23 (-=)"), "{text}");
    }

    #[test]
    fn exception_tables_are_shown_as_cpython_shows_them() {
        let source = "try:\n    f()\nexcept E as e:\n    g()\n";
        let code = crate::compiler::compile(source, "t.py").expect("compiles");
        let text = disassemble(&code);
        // The body, the clauses under the cleanup handler, the name-unbinding handler.
        for row in [
            "ExceptionTable:\n  0 to 4 -> 8 [0]\n",
            "  8 to 16 -> 44 [1] lasti\n",
            "  18 to 22 -> 34 [1] lasti\n",
            "  34 to 42 -> 44 [1] lasti\n",
        ] {
            assert!(text.contains(row), "{row:?} missing in:\n{text}");
        }
        assert!(text.contains(">>    8 PUSH_EXC_INFO"), "{text}");
    }
}
