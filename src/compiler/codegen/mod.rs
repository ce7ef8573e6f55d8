//! Code generation: walks the AST and emits stack bytecode into `Unit`s (one per module or
//! function body), then turns them into `Code` objects once the module-wide table of global
//! names is complete. Jumps are emitted against labels and patched at the end; the maximum stack
//! depth is found by flowing stack effects through the control-flow graph. Where each name
//! lives (fast local, cell, free variable, global) comes from `compiler::scope`.
//!
//! `stmt.rs` compiles statements, `expr.rs` expressions, `function.rs` the bodies that become
//! nested code objects (`def`, `lambda`, comprehensions) and their closures.

mod annotations;
mod expr;
mod fstring;
mod function;
mod handlers;
mod imports;
mod stmt;

use std::collections::HashMap;
use std::rc::Rc;

use num_bigint::BigInt;
use ruff_python_ast::{
    self as ast, BoolOp, CmpOp as AstCmp, Expr, Number, Operator, Stmt, UnaryOp as AstUnary,
};
use ruff_text_size::{Ranged, TextRange, TextSize};

use super::scope::{Place, ScopeInfo, ScopeKind, ScopeTable};
use super::{CompileError, LineIndex, literals};
use crate::bytecode::{BinOp, CmpOp, Code, Instr, Opcode, Position, Signature};
use crate::runtime::Value;

/// Expressions nested deeper than this are refused instead of overflowing the compiler's stack
/// (`limits` refuses them before code generation already).
const MAX_EXPR_DEPTH: usize = super::limits::COMPILER_RECURSION_LIMIT;

/// A constant as the unit holds it: a value, or a nested unit not yet turned into a `Code`.
enum Const {
    Value(Value),
    Unit(usize),
}

#[derive(Clone, Copy)]
struct Label(usize);

struct Loop {
    continue_to: Label,
    break_to: Label,
    /// `for` loops keep their iterator on the stack; `break` must pop it.
    is_for: bool,
}

/// A code object under construction.
struct Unit<'s> {
    name: Rc<str>,
    qualname: Rc<str>,
    first_line: u32,
    instrs: Vec<Instr>,
    positions: Vec<Position>,
    consts: Vec<Const>,
    /// Where each shareable constant already is in `consts`.
    const_slots: HashMap<ConstKey, u32>,
    names: Vec<Rc<str>>,
    /// Where each name already is in `names`.
    name_slots: HashMap<Rc<str>, u32>,
    signature: Signature,
    /// `None` for the module body, whose names are all globals.
    scope: Option<&'s ScopeInfo>,
    labels: Vec<Option<usize>>,
    /// The blocks `return`, `break` and `continue` may have to leave, innermost last.
    blocks: Vec<handlers::OpenBlock>,
    /// Every exception handler set up, the ones covering the next instruction (innermost
    /// last), and the innermost handler of each emitted instruction.
    handlers: Vec<handlers::HandlerSetup>,
    handler_stack: Vec<usize>,
    instr_handlers: Vec<Option<u32>>,
    children: Vec<Unit<'s>>,
    /// The name of the innermost enclosing class (this body's own, for a class body): private
    /// names (`__x`) in it are mangled to `_Class__x`.
    private: Option<Rc<str>>,
    /// The docstring of a function body, which becomes the function's `__doc__`.
    docstring: Option<Rc<str>>,
}

impl<'s> Unit<'s> {
    fn new(
        name: &str,
        qualname: Rc<str>,
        first_line: u32,
        scope: Option<&'s ScopeInfo>,
        signature: Signature,
    ) -> Unit<'s> {
        Unit {
            name: Rc::from(name),
            qualname,
            first_line,
            instrs: Vec::new(),
            positions: Vec::new(),
            consts: Vec::new(),
            const_slots: HashMap::new(),
            names: Vec::new(),
            name_slots: HashMap::new(),
            signature,
            scope,
            labels: Vec::new(),
            blocks: Vec::new(),
            handlers: Vec::new(),
            handler_stack: Vec::new(),
            instr_handlers: Vec::new(),
            children: Vec::new(),
            private: None,
            docstring: None,
        }
    }
}

struct Compiler<'a> {
    lines: &'a LineIndex<'a>,
    scopes: &'a ScopeTable,
    filename: Rc<str>,
    global_names: Vec<Rc<str>>,
    global_index: HashMap<Rc<str>, u32>,
    /// The unit being emitted into is the last; enclosing units come before it.
    units: Vec<Unit<'a>>,
    /// The source range of the node being compiled, and its position, which `emit` records.
    span: TextRange,
    position: Position,
    depth: usize,
    /// `from __future__ import annotations`: annotations are stored as their source text.
    postponed_annotations: bool,
    /// Top-level expression statements print their values (`CompileOptions::interactive`).
    interactive: bool,
}

type CResult<T = ()> = Result<T, CompileError>;

pub fn compile_module(
    body: &[Stmt],
    lines: &LineIndex,
    filename: Rc<str>,
    options: &super::CompileOptions,
) -> CResult<Rc<Code>> {
    let scopes = ScopeTable::build(body, options.namespace_body)
        .map_err(|err| lines.error_over(&filename, err.range, "SyntaxError", err.message))?;
    // `exec` code takes its namespace as its one argument (slot 0), as a class body does.
    let (root_scope, root_signature) = match scopes.namespace_root() {
        Some(root) => (
            Some(root),
            Signature {
                argcount: 1,
                ..Signature::default()
            },
        ),
        None => (None, Signature::default()),
    };
    let mut c = Compiler {
        lines,
        scopes: &scopes,
        filename,
        global_index: options
            .namespace
            .iter()
            .enumerate()
            .map(|(i, name)| (name.clone(), i as u32))
            .collect(),
        global_names: options.namespace.clone(),
        units: vec![Unit::new(
            "<module>",
            Rc::from("<module>"),
            1,
            root_scope,
            root_signature,
        )],
        span: TextRange::default(),
        position: Position {
            line: 1,
            end_line: 1,
            col: 0,
            end_col: 0,
        },
        depth: 0,
        postponed_annotations: annotations::future_annotations(body),
        interactive: options.interactive,
    };
    c.setup_annotations(body);
    if let Some(Stmt::Expr(first)) = body.first()
        && let Expr::StringLiteral(doc) = &*first.value
        && !options.eval
    {
        c.unit().docstring = Some(Rc::from(doc.value.to_str()));
        if options.namespace_body {
            c.emit_const(Value::str(doc.value.to_str()));
            let i = c.name_index("__doc__");
            c.emit(Opcode::StoreName, i);
        }
    }
    match body {
        [Stmt::Expr(expression)] if options.eval => {
            c.set_span(expression.value.range());
            c.expr(&expression.value)?;
            c.emit(Opcode::ReturnValue, 0);
        }
        _ => {
            c.statements(body)?;
            c.emit_return_none();
        }
    }
    let unit = c.units.pop().expect("module unit");
    let globals = Rc::new(std::mem::take(&mut c.global_names));
    Ok(c.finish(unit, &globals))
}

impl<'a> Compiler<'a> {
    // ----- errors and positions ---------------------------------------------------------------

    fn error(&self, at: TextSize, message: impl Into<String>) -> CompileError {
        self.lines
            .error(&self.filename, at, "SyntaxError", message.into())
    }

    /// The error for a feature Spindle cannot compile yet; `what` is a singular subject.
    fn unsupported(&self, at: TextSize, what: &str) -> CompileError {
        self.error(at, format!("{what} is not supported by Spindle yet"))
    }

    /// The error for features Spindle cannot compile yet; `what` is a plural subject.
    fn unsupported_plural(&self, at: TextSize, what: &str) -> CompileError {
        self.error(at, format!("{what} are not supported by Spindle yet"))
    }

    /// Makes `range` the source of the instructions emitted next; returns what to restore.
    fn set_span(&mut self, range: TextRange) -> (TextRange, Position) {
        let position = Position {
            line: self.lines.line_of(range.start()),
            end_line: self.lines.line_of(range.end()),
            col: self.lines.column_of(range.start()) - 1,
            end_col: self.lines.column_of(range.end()) - 1,
        };
        (
            std::mem::replace(&mut self.span, range),
            std::mem::replace(&mut self.position, position),
        )
    }

    fn restore_span(&mut self, saved: (TextRange, Position)) {
        (self.span, self.position) = saved;
    }

    // ----- emission ---------------------------------------------------------------------------

    fn unit(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().expect("a unit is always open")
    }

    fn unit_ref(&self) -> &Unit<'a> {
        self.units.last().expect("a unit is always open")
    }

    fn emit(&mut self, op: Opcode, arg: u32) {
        let position = self.position;
        let unit = self.unit();
        unit.instrs.push(Instr { op, arg });
        unit.positions.push(position);
        let handler = unit.handler_stack.last().map(|h| *h as u32);
        unit.instr_handlers.push(handler);
    }

    fn new_label(&mut self) -> Label {
        let unit = self.unit();
        unit.labels.push(None);
        Label(unit.labels.len() - 1)
    }

    fn bind(&mut self, label: Label) {
        let unit = self.unit();
        unit.labels[label.0] = Some(unit.instrs.len());
    }

    /// Emits a jump to `label`; the argument is patched to the target index in `finish`.
    fn emit_jump(&mut self, op: Opcode, label: Label) {
        self.emit(op, label.0 as u32);
    }

    fn add_const(&mut self, value: Value) -> u32 {
        let unit = self.unit();
        let key = ConstKey::of(&value);
        if let Some(slot) = key.as_ref().and_then(|k| unit.const_slots.get(k)) {
            return *slot;
        }
        let slot = unit.consts.len() as u32;
        unit.consts.push(Const::Value(value));
        if let Some(key) = key {
            unit.const_slots.insert(key, slot);
        }
        slot
    }

    fn emit_const(&mut self, value: Value) {
        let i = self.add_const(value);
        self.emit(Opcode::LoadConst, i);
    }

    fn emit_return_none(&mut self) {
        self.emit_const(Value::None);
        self.emit(Opcode::ReturnValue, 0);
    }

    fn name_index(&mut self, name: &str) -> u32 {
        let unit = self.unit();
        if let Some(slot) = unit.name_slots.get(name) {
            return *slot;
        }
        let slot = unit.names.len() as u32;
        let name: Rc<str> = Rc::from(name);
        unit.names.push(name.clone());
        unit.name_slots.insert(name, slot);
        slot
    }

    /// The name-table slot of an attribute name, mangled if it is private.
    fn attr_index(&mut self, name: &str) -> u32 {
        let mangled = self.mangle(name);
        self.name_index(&mangled)
    }

    /// `name` as CPython's `_Py_Mangle` rewrites it inside a class: `__x` (not ending in two
    /// underscores, no dots) becomes `_Class__x`, the class name stripped of leading
    /// underscores; nothing changes outside classes or when the class name is all underscores.
    fn mangle<'n>(&mut self, name: &'n str) -> std::borrow::Cow<'n, str> {
        let Some(private) = self.unit().private.as_deref() else {
            return name.into();
        };
        if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
            return name.into();
        }
        let class = private.trim_start_matches('_');
        if class.is_empty() {
            return name.into();
        }
        format!("_{class}{name}").into()
    }

    fn global_slot(&mut self, name: &str) -> u32 {
        if let Some(i) = self.global_index.get(name) {
            return *i;
        }
        let key: Rc<str> = Rc::from(name);
        let i = self.global_names.len() as u32;
        self.global_names.push(key.clone());
        self.global_index.insert(key, i);
        i
    }

    // ----- names ------------------------------------------------------------------------------

    /// Where `name` lives in the current unit.
    fn place(&mut self, name: &str) -> Place {
        match self.unit().scope {
            Some(scope) => scope.place(name),
            None => Place::Global,
        }
    }

    fn load_name(&mut self, name: &str) {
        match self.place(name) {
            Place::Fast(slot) => self.emit(Opcode::LoadFast, slot),
            Place::Deref(slot) => self.emit(Opcode::LoadDeref, slot),
            Place::Global => {
                let name = self.mangle(name);
                let slot = self.global_slot(&name);
                self.emit(Opcode::LoadGlobal, slot);
            }
            Place::Name => {
                let i = self.attr_index(name);
                self.emit(Opcode::LoadName, i);
            }
        }
    }

    fn store_name(&mut self, name: &str) {
        match self.place(name) {
            Place::Fast(slot) => self.emit(Opcode::StoreFast, slot),
            Place::Deref(slot) => self.emit(Opcode::StoreDeref, slot),
            Place::Global => {
                let name = self.mangle(name);
                let slot = self.global_slot(&name);
                self.emit(Opcode::StoreGlobal, slot);
            }
            Place::Name => {
                let i = self.attr_index(name);
                self.emit(Opcode::StoreName, i);
            }
        }
    }

    fn delete_name(&mut self, name: &str) {
        match self.place(name) {
            Place::Fast(slot) => self.emit(Opcode::DeleteFast, slot),
            Place::Deref(slot) => self.emit(Opcode::DeleteDeref, slot),
            Place::Global => {
                let name = self.mangle(name);
                let slot = self.global_slot(&name);
                self.emit(Opcode::DeleteGlobal, slot);
            }
            Place::Name => {
                let i = self.attr_index(name);
                self.emit(Opcode::DeleteName, i);
            }
        }
    }

    // ----- finishing --------------------------------------------------------------------------

    /// Turns a finished unit (and, recursively, its children) into a `Code`.
    fn finish(&self, mut unit: Unit<'_>, globals: &Rc<Vec<Rc<str>>>) -> Rc<Code> {
        patch_jumps(&mut unit);
        let (max_stack, depth_at) = stack_depths(&unit);
        let exception_table = handlers::exception_table(
            &unit.handlers,
            &unit.instr_handlers,
            &unit.labels,
            &depth_at,
        );
        let mut children: Vec<Option<Unit>> = std::mem::take(&mut unit.children)
            .into_iter()
            .map(Some)
            .collect();
        let consts = std::mem::take(&mut unit.consts)
            .into_iter()
            .map(|c| match c {
                Const::Value(v) => v,
                Const::Unit(i) => {
                    Value::Code(self.finish(children[i].take().expect("child used once"), globals))
                }
            })
            .collect();
        let (varnames, nfree) = match unit.scope {
            Some(scope) => (
                scope
                    .varnames
                    .iter()
                    .map(|n| Rc::from(n.as_str()))
                    .collect(),
                scope.free.len() as u32,
            ),
            None => (Vec::new(), 0),
        };
        let signature = unit.signature;
        let names: Vec<Rc<crate::runtime::str::PyStr>> = unit
            .names
            .iter()
            .map(|n| crate::runtime::intern::intern(n))
            .collect();
        let caches = crate::runtime::inline_cache::InlineCaches::for_instrs(&unit.instrs, &names);
        Rc::new(Code {
            name: unit.name,
            qualname: unit.qualname,
            filename: self.filename.clone(),
            first_line: unit.first_line,
            instrs: unit.instrs,
            positions: unit.positions,
            consts,
            names,
            caches,
            varnames,
            nfree,
            global_names: globals.clone(),
            argcount: signature.argcount,
            signature,
            plain_argcount: if signature.is_plain() {
                signature.argcount
            } else {
                u32::MAX
            },
            max_stack,
            exception_table,
            engine_cache: Default::default(),
            docstring: unit.docstring,
            is_generator: unit
                .scope
                .is_some_and(|scope| scope.generator || scope.coroutine),
            is_coroutine: unit.scope.is_some_and(|scope| scope.coroutine),
        })
    }
}

/// Replaces label numbers in jump arguments with instruction indices, and picks the backward
/// form for jumps that go back.
fn patch_jumps(unit: &mut Unit<'_>) {
    for (index, instr) in unit.instrs.iter_mut().enumerate() {
        if instr.op.is_jump() {
            let target = unit.labels[instr.arg as usize].expect("every label is bound");
            instr.arg = target as u32;
            if matches!(instr.op, Opcode::JumpForward | Opcode::JumpBackward) {
                instr.op = if target <= index {
                    Opcode::JumpBackward
                } else {
                    Opcode::JumpForward
                };
            }
        }
    }
}

/// The deepest the stack gets, following both edges of every branch and the edge to each
/// exception handler from where it is set up; and the depth before each instruction.
fn stack_depths(unit: &Unit<'_>) -> (u32, Vec<Option<i32>>) {
    let instrs = &unit.instrs;
    let mut depth_at: Vec<Option<i32>> = vec![None; instrs.len() + 1];
    let mut work = vec![(0usize, 0i32)];
    let mut max = 0;
    while let Some((mut pc, mut depth)) = work.pop() {
        while pc < instrs.len() {
            if depth_at[pc].is_some_and(|d| d >= depth) {
                break;
            }
            depth_at[pc] = Some(depth);
            for (target, entered) in
                handlers::handler_edges(&unit.handlers, &unit.labels, pc, depth)
            {
                max = max.max(entered);
                work.push((target, entered));
            }
            let instr = instrs[pc];
            if instr.op.is_jump() {
                let taken = depth + instr.op.stack_effect(instr.arg, true);
                max = max.max(taken);
                work.push((instr.arg as usize, taken));
            }
            depth += instr.op.stack_effect(instr.arg, false);
            max = max.max(depth);
            if instr.op.is_terminator() {
                break;
            }
            pc += 1;
        }
    }
    (max.max(0) as u32, depth_at)
}

fn binop(op: Operator) -> BinOp {
    match op {
        Operator::Add => BinOp::Add,
        Operator::Sub => BinOp::Subtract,
        Operator::Mult => BinOp::Multiply,
        Operator::MatMult => BinOp::MatMul,
        Operator::Div => BinOp::TrueDivide,
        Operator::Mod => BinOp::Remainder,
        Operator::Pow => BinOp::Power,
        Operator::LShift => BinOp::LShift,
        Operator::RShift => BinOp::RShift,
        Operator::BitOr => BinOp::Or,
        Operator::BitXor => BinOp::Xor,
        Operator::BitAnd => BinOp::And,
        Operator::FloorDiv => BinOp::FloorDivide,
    }
}

/// Parses an integer literal's text in any of Python's bases.
fn parse_int_literal(text: &str) -> Option<BigInt> {
    let lower = text.to_ascii_lowercase();
    let (radix, digits) = match lower.get(..2) {
        Some("0x") => (16, &lower[2..]),
        Some("0o") => (8, &lower[2..]),
        Some("0b") => (2, &lower[2..]),
        _ => (10, lower.as_str()),
    };
    BigInt::parse_bytes(digits.as_bytes(), radix)
}

/// What makes two constants one pool entry: equal value *and* type (so `1`, `1.0` and `True`
/// stay apart, and so do `0.0` and `-0.0`). Other constants are never shared.
#[derive(Hash, PartialEq, Eq)]
enum ConstKey {
    None,
    Bool(bool),
    Int(i64),
    Float(u64),
    /// The text and its lone surrogates (`'\ud800'` and `'\ufffd'` are different constants).
    Str(String, Vec<crate::runtime::str::Lone>),
}

impl ConstKey {
    fn of(value: &Value) -> Option<ConstKey> {
        Some(match value {
            Value::None => ConstKey::None,
            Value::Bool(b) => ConstKey::Bool(**b),
            Value::Int(i) => ConstKey::Int(*i),
            Value::Float(f) => ConstKey::Float(f.to_bits()),
            Value::Str(s) => ConstKey::Str(s.as_str().to_string(), s.lone_surrogates().to_vec()),
            _ => return None,
        })
    }
}
