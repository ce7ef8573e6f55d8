//! Code generation: walks the AST and emits stack bytecode into `Unit`s (one per module or
//! function body), then turns them into `Code` objects once the module-wide table of global
//! names is complete. Jumps are emitted against labels and patched at the end; the maximum stack
//! depth is found by flowing stack effects through the control-flow graph.

use std::collections::HashMap;
use std::rc::Rc;

use num_bigint::BigInt;
use ruff_python_ast::{
    self as ast, BoolOp, CmpOp as AstCmp, Expr, Number, Operator, Stmt, UnaryOp as AstUnary,
};
use ruff_text_size::{Ranged, TextRange, TextSize};

use super::symtable::FunctionScope;
use super::{CompileError, LineIndex, literals};
use crate::bytecode::{BinOp, CmpOp, Code, Instr, Opcode, Position};
use crate::runtime::Value;
use crate::runtime::str::PyStr;

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
struct Unit {
    name: Rc<str>,
    first_line: u32,
    instrs: Vec<Instr>,
    positions: Vec<Position>,
    consts: Vec<Const>,
    /// Where each shareable constant already is in `consts`.
    const_slots: HashMap<ConstKey, u32>,
    names: Vec<Rc<str>>,
    /// Where each name already is in `names`.
    name_slots: HashMap<Rc<str>, u32>,
    argcount: u32,
    /// `None` for the module body, whose names are all globals.
    scope: Option<FunctionScope>,
    labels: Vec<Option<usize>>,
    loops: Vec<Loop>,
    children: Vec<Unit>,
}

impl Unit {
    fn new(name: &str, first_line: u32, scope: Option<FunctionScope>, argcount: u32) -> Unit {
        Unit {
            name: Rc::from(name),
            first_line,
            instrs: Vec::new(),
            positions: Vec::new(),
            consts: Vec::new(),
            const_slots: HashMap::new(),
            names: Vec::new(),
            name_slots: HashMap::new(),
            argcount,
            scope,
            labels: Vec::new(),
            loops: Vec::new(),
            children: Vec::new(),
        }
    }
}

struct Compiler<'a> {
    lines: &'a LineIndex<'a>,
    filename: Rc<str>,
    global_names: Vec<Rc<str>>,
    global_index: HashMap<Rc<str>, u32>,
    /// The unit being emitted into is the last; enclosing units come before it.
    units: Vec<Unit>,
    /// The source range of the node being compiled, and its position, which `emit` records.
    span: TextRange,
    position: Position,
    depth: usize,
}

type CResult<T = ()> = Result<T, CompileError>;

pub fn compile_module(body: &[Stmt], lines: &LineIndex, filename: Rc<str>) -> CResult<Rc<Code>> {
    let mut c = Compiler {
        lines,
        filename,
        global_names: Vec::new(),
        global_index: HashMap::new(),
        units: vec![Unit::new("<module>", 1, None, 0)],
        span: TextRange::default(),
        position: Position {
            line: 1,
            end_line: 1,
            col: 0,
            end_col: 0,
        },
        depth: 0,
    };
    c.statements(body)?;
    c.emit_return_none();
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

    fn unit(&mut self) -> &mut Unit {
        self.units.last_mut().expect("a unit is always open")
    }

    fn emit(&mut self, op: Opcode, arg: u32) {
        let position = self.position;
        let unit = self.unit();
        unit.instrs.push(Instr { op, arg });
        unit.positions.push(position);
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

    /// Where `name` lives in the current unit: a local slot, or a global slot.
    fn resolve(&mut self, name: &str, at: TextSize) -> CResult<(bool, u32)> {
        let current = self.units.len() - 1;
        if let Some(scope) = &self.units[current].scope {
            if let Some(slot) = scope.local_slot(name) {
                return Ok((true, slot as u32));
            }
            if !scope.globals.contains(name) {
                let enclosing = self.units[..current]
                    .iter()
                    .filter_map(|u| u.scope.as_ref());
                if enclosing.into_iter().any(|s| s.is_local(name)) {
                    return Err(self.unsupported(
                        at,
                        format!("reading '{name}' from an enclosing function (closures)").as_str(),
                    ));
                }
            }
        }
        Ok((false, self.global_slot(name)))
    }

    fn load_name(&mut self, name: &str, at: TextSize) -> CResult {
        let (local, slot) = self.resolve(name, at)?;
        self.emit(
            if local {
                Opcode::LoadFast
            } else {
                Opcode::LoadGlobal
            },
            slot,
        );
        Ok(())
    }

    fn store_name(&mut self, name: &str, at: TextSize) -> CResult {
        let (local, slot) = self.resolve(name, at)?;
        self.emit(
            if local {
                Opcode::StoreFast
            } else {
                Opcode::StoreGlobal
            },
            slot,
        );
        Ok(())
    }

    // ----- statements -------------------------------------------------------------------------

    fn statements(&mut self, body: &[Stmt]) -> CResult {
        body.iter().try_for_each(|s| self.statement(s))
    }

    fn statement(&mut self, stmt: &Stmt) -> CResult {
        self.set_span(stmt.range());
        match stmt {
            Stmt::Expr(s) => {
                self.expr(&s.value)?;
                self.emit(Opcode::PopTop, 0);
            }
            Stmt::Assign(s) => {
                self.expr(&s.value)?;
                for (i, target) in s.targets.iter().enumerate() {
                    if i + 1 < s.targets.len() {
                        self.emit(Opcode::Copy, 1);
                    }
                    self.store_target(target)?;
                }
            }
            Stmt::AugAssign(s) => self.aug_assign(s)?,
            Stmt::AnnAssign(s) => {
                if let Some(value) = &s.value {
                    self.expr(value)?;
                    self.store_target(&s.target)?;
                }
            }
            Stmt::If(s) => self.if_statement(s)?,
            Stmt::While(s) => self.while_statement(s)?,
            Stmt::For(s) => self.for_statement(s)?,
            Stmt::Break(s) => {
                let Some(lp) = self.unit().loops.last() else {
                    return Err(self.error(s.start(), "'break' outside loop"));
                };
                let (target, is_for) = (lp.break_to, lp.is_for);
                if is_for {
                    self.emit(Opcode::PopTop, 0);
                }
                self.emit_jump(Opcode::JumpForward, target);
            }
            Stmt::Continue(s) => {
                let Some(lp) = self.unit().loops.last() else {
                    return Err(self.error(s.start(), "'continue' not properly in loop"));
                };
                let target = lp.continue_to;
                self.emit_jump(Opcode::JumpForward, target);
            }
            Stmt::Pass(_) => {}
            Stmt::Global(s) => {
                if self.unit().scope.is_some() {
                    for name in &s.names {
                        self.global_slot(name.id.as_str());
                    }
                }
            }
            Stmt::Return(s) => {
                if self.unit().scope.is_none() {
                    let message = "'return' outside function".to_string();
                    return Err(self.lines.error_over(
                        &self.filename,
                        s.range(),
                        "SyntaxError",
                        message,
                    ));
                }
                match &s.value {
                    Some(value) => self.expr(value)?,
                    None => self.emit_const(Value::None),
                }
                self.emit(Opcode::ReturnValue, 0);
            }
            Stmt::FunctionDef(f) => self.function_def(f)?,
            Stmt::Import(s) => {
                for alias in &s.names {
                    let module = alias.name.id.as_str();
                    if module.contains('.') {
                        return Err(
                            self.unsupported(alias.start(), "importing a dotted module name")
                        );
                    }
                    let i = self.name_index(module);
                    self.emit(Opcode::ImportName, i);
                    let bound = alias.asname.as_ref().unwrap_or(&alias.name);
                    self.store_name(bound.id.as_str(), alias.start())?;
                }
            }
            Stmt::ImportFrom(s) => {
                let Some(module) = s.module.as_ref().filter(|_| s.level == 0) else {
                    return Err(self.unsupported_plural(s.start(), "relative imports"));
                };
                let i = self.name_index(module.id.as_str());
                self.emit(Opcode::ImportName, i);
                for alias in &s.names {
                    if alias.name.id.as_str() == "*" {
                        return Err(self.unsupported(alias.start(), "'import *'"));
                    }
                    self.emit(Opcode::Copy, 1);
                    let attr = self.name_index(alias.name.id.as_str());
                    self.emit(Opcode::LoadAttr, attr);
                    let bound = alias.asname.as_ref().unwrap_or(&alias.name);
                    self.store_name(bound.id.as_str(), alias.start())?;
                }
                self.emit(Opcode::PopTop, 0);
            }
            Stmt::ClassDef(_) => return Err(self.unsupported(stmt.start(), "'class'")),
            Stmt::Try(_) => return Err(self.unsupported(stmt.start(), "'try'")),
            Stmt::Raise(_) => return Err(self.unsupported(stmt.start(), "'raise'")),
            Stmt::With(_) => return Err(self.unsupported(stmt.start(), "'with'")),
            Stmt::Delete(_) => return Err(self.unsupported(stmt.start(), "'del'")),
            Stmt::Assert(_) => return Err(self.unsupported(stmt.start(), "'assert'")),
            Stmt::Match(_) => return Err(self.unsupported(stmt.start(), "'match'")),
            Stmt::Nonlocal(_) => return Err(self.unsupported(stmt.start(), "'nonlocal'")),
            Stmt::TypeAlias(_) => return Err(self.unsupported(stmt.start(), "'type'")),
            Stmt::IpyEscapeCommand(_) => return Err(self.error(stmt.start(), "invalid syntax")),
        }
        Ok(())
    }

    fn store_target(&mut self, target: &Expr) -> CResult {
        match target {
            Expr::Name(n) => self.store_name(n.id.as_str(), n.start()),
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                if elts.iter().any(|e| matches!(e, Expr::Starred(_))) {
                    return Err(self.unsupported(target.start(), "starred assignment"));
                }
                self.emit(Opcode::UnpackSequence, elts.len() as u32);
                elts.iter().try_for_each(|e| self.store_target(e))
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                let saved = self.set_span(s.range());
                self.emit(Opcode::StoreSubscr, 0);
                self.restore_span(saved);
                Ok(())
            }
            Expr::Attribute(_) => Err(self.unsupported(target.start(), "attribute assignment")),
            _ => Err(self.error(target.start(), "cannot assign to expression")),
        }
    }

    fn aug_assign(&mut self, s: &ast::StmtAugAssign) -> CResult {
        let op = binop(s.op) as u32 + BinOp::INPLACE_OFFSET;
        match &*s.target {
            Expr::Name(n) => {
                self.load_name(n.id.as_str(), n.start())?;
                self.expr(&s.value)?;
                self.set_span(s.range());
                self.emit(Opcode::BinaryOp, op);
                self.store_name(n.id.as_str(), n.start())
            }
            Expr::Subscript(sub) => {
                self.expr(&sub.value)?;
                self.expr(&sub.slice)?;
                self.emit(Opcode::Copy, 2);
                self.emit(Opcode::Copy, 2);
                self.emit(Opcode::BinarySubscr, 0);
                self.expr(&s.value)?;
                self.set_span(s.range());
                self.emit(Opcode::BinaryOp, op);
                self.emit(Opcode::Swap, 3);
                self.emit(Opcode::Swap, 2);
                self.emit(Opcode::StoreSubscr, 0);
                Ok(())
            }
            other => Err(self.unsupported(other.start(), "this augmented assignment target")),
        }
    }

    fn if_statement(&mut self, s: &ast::StmtIf) -> CResult {
        let end = self.new_label();
        let mut next = self.new_label();
        self.expr(&s.test)?;
        self.emit_jump(Opcode::PopJumpIfFalse, next);
        self.statements(&s.body)?;
        for clause in &s.elif_else_clauses {
            self.emit_jump(Opcode::JumpForward, end);
            self.bind(next);
            next = self.new_label();
            self.set_span(clause.range());
            if let Some(test) = &clause.test {
                self.expr(test)?;
                self.emit_jump(Opcode::PopJumpIfFalse, next);
            }
            self.statements(&clause.body)?;
        }
        self.bind(next);
        self.bind(end);
        Ok(())
    }

    fn while_statement(&mut self, s: &ast::StmtWhile) -> CResult {
        let (top, orelse, end) = (self.new_label(), self.new_label(), self.new_label());
        self.bind(top);
        self.expr(&s.test)?;
        self.emit_jump(Opcode::PopJumpIfFalse, orelse);
        self.unit().loops.push(Loop {
            continue_to: top,
            break_to: end,
            is_for: false,
        });
        self.statements(&s.body)?;
        self.unit().loops.pop();
        self.set_span(s.range());
        self.emit_jump(Opcode::JumpBackward, top);
        self.bind(orelse);
        self.statements(&s.orelse)?;
        self.bind(end);
        Ok(())
    }

    fn for_statement(&mut self, s: &ast::StmtFor) -> CResult {
        if s.is_async {
            return Err(self.unsupported(s.start(), "'async for'"));
        }
        let (top, exhausted, end) = (self.new_label(), self.new_label(), self.new_label());
        self.expr(&s.iter)?;
        self.set_span(s.range());
        self.emit(Opcode::GetIter, 0);
        self.bind(top);
        self.emit_jump(Opcode::ForIter, exhausted);
        self.store_target(&s.target)?;
        self.unit().loops.push(Loop {
            continue_to: top,
            break_to: end,
            is_for: true,
        });
        self.statements(&s.body)?;
        self.unit().loops.pop();
        self.set_span(s.range());
        self.emit_jump(Opcode::JumpBackward, top);
        self.bind(exhausted);
        self.statements(&s.orelse)?;
        self.bind(end);
        Ok(())
    }

    fn function_def(&mut self, f: &ast::StmtFunctionDef) -> CResult {
        if f.is_async {
            return Err(self.unsupported_plural(f.start(), "async functions"));
        }
        if !f.decorator_list.is_empty() {
            return Err(self.unsupported_plural(f.start(), "decorators"));
        }
        if f.type_params.is_some() {
            return Err(self.unsupported_plural(f.start(), "type parameters"));
        }
        let p = &f.parameters;
        if !p.posonlyargs.is_empty()
            || p.vararg.is_some()
            || !p.kwonlyargs.is_empty()
            || p.kwarg.is_some()
        {
            return Err(self.unsupported_plural(f.start(), "'*', '**' and '/' in parameter lists"));
        }
        let defaults: Vec<&Expr> = p.args.iter().filter_map(|a| a.default.as_deref()).collect();
        for default in &defaults {
            self.expr(default)?;
        }
        if !defaults.is_empty() {
            self.emit(Opcode::BuildTuple, defaults.len() as u32);
        }
        let params: Vec<String> = p
            .args
            .iter()
            .map(|a| a.parameter.name.id.to_string())
            .collect();
        let scope = FunctionScope::analyze(&params, &f.body);
        let first_line = self.lines.line_of(f.start());
        let saved_span = (self.span, self.position);
        self.units.push(Unit::new(
            f.name.id.as_str(),
            first_line,
            Some(scope),
            params.len() as u32,
        ));
        self.statements(&f.body)?;
        self.emit_return_none();
        let unit = self.units.pop().expect("function unit");
        self.restore_span(saved_span);
        let parent = self.unit();
        parent.children.push(unit);
        parent.consts.push(Const::Unit(parent.children.len() - 1));
        let code_const = (parent.consts.len() - 1) as u32;
        self.emit(Opcode::LoadConst, code_const);
        self.emit(Opcode::MakeFunction, !defaults.is_empty() as u32);
        self.store_name(f.name.id.as_str(), f.start())
    }

    // ----- expressions ------------------------------------------------------------------------

    fn expr(&mut self, e: &Expr) -> CResult {
        self.depth += 1;
        if self.depth > MAX_EXPR_DEPTH {
            return Err(CompileError::bare(
                "RecursionError",
                "maximum recursion depth exceeded during compilation",
            ));
        }
        let saved = self.set_span(e.range());
        let result = self.expr_inner(e);
        self.restore_span(saved);
        self.depth -= 1;
        result
    }

    fn expr_inner(&mut self, e: &Expr) -> CResult {
        match e {
            Expr::NumberLiteral(_)
            | Expr::StringLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_) => {
                let value = self.constant(e)?.expect("literal is constant");
                self.emit_const(value);
            }
            Expr::Name(n) => self.load_name(n.id.as_str(), n.start())?,
            Expr::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
                self.emit(Opcode::BinaryOp, binop(b.op) as u32);
            }
            Expr::UnaryOp(u) => {
                if let Some(value) = self.constant(e)? {
                    self.emit_const(value);
                    return Ok(());
                }
                self.expr(&u.operand)?;
                let op = match u.op {
                    AstUnary::USub => Opcode::UnaryNegative,
                    AstUnary::UAdd => Opcode::UnaryPositive,
                    AstUnary::Invert => Opcode::UnaryInvert,
                    AstUnary::Not => Opcode::UnaryNot,
                };
                self.emit(op, 0);
            }
            Expr::BoolOp(b) => {
                let end = self.new_label();
                let jump = if b.op == BoolOp::And {
                    Opcode::JumpIfFalseOrPop
                } else {
                    Opcode::JumpIfTrueOrPop
                };
                for (i, value) in b.values.iter().enumerate() {
                    self.expr(value)?;
                    if i + 1 < b.values.len() {
                        self.emit_jump(jump, end);
                    }
                }
                self.bind(end);
            }
            Expr::Compare(c) => self.compare(c)?,
            Expr::If(i) => {
                let (orelse, end) = (self.new_label(), self.new_label());
                self.expr(&i.test)?;
                self.emit_jump(Opcode::PopJumpIfFalse, orelse);
                self.expr(&i.body)?;
                self.emit_jump(Opcode::JumpForward, end);
                self.bind(orelse);
                self.expr(&i.orelse)?;
                self.bind(end);
            }
            Expr::Call(call) => self.call(call)?,
            Expr::List(l) => {
                self.exprs(&l.elts)?;
                self.emit(Opcode::BuildList, l.elts.len() as u32);
            }
            Expr::Tuple(t) => {
                if let Some(value) = self.constant(e)? {
                    self.emit_const(value);
                    return Ok(());
                }
                self.exprs(&t.elts)?;
                self.emit(Opcode::BuildTuple, t.elts.len() as u32);
            }
            Expr::Subscript(s) => {
                if matches!(&*s.slice, Expr::Slice(_)) {
                    return Err(self.unsupported(s.slice.start(), "slicing"));
                }
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Opcode::BinarySubscr, 0);
            }
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let i = self.name_index(a.attr.id.as_str());
                self.emit(Opcode::LoadAttr, i);
            }
            Expr::Starred(_) => return Err(self.unsupported(e.start(), "starred expression")),
            Expr::Named(_) => return Err(self.unsupported(e.start(), "':='")),
            Expr::Lambda(_) => return Err(self.unsupported(e.start(), "'lambda'")),
            Expr::Dict(_) => return Err(self.unsupported_plural(e.start(), "dicts")),
            Expr::DictComp(_) => {
                return Err(self.unsupported_plural(e.start(), "dict comprehensions"));
            }
            Expr::Set(_) => return Err(self.unsupported_plural(e.start(), "sets")),
            Expr::SetComp(_) => {
                return Err(self.unsupported_plural(e.start(), "set comprehensions"));
            }
            Expr::ListComp(_) => {
                return Err(self.unsupported_plural(e.start(), "list comprehensions"));
            }
            Expr::Generator(_) => {
                return Err(self.unsupported_plural(e.start(), "generator expressions"));
            }
            Expr::FString(_) => return Err(self.unsupported_plural(e.start(), "f-strings")),
            // Template strings are Python 3.14 syntax: to 3.11, `t"..."` is a name followed by a
            // string, and CPython underlines the string.
            Expr::TString(_) => {
                let string = TextRange::new(e.start() + TextSize::from(1), e.end());
                let message = "invalid syntax".to_string();
                let lines = self.lines;
                return Err(lines.error_over(&self.filename, string, "SyntaxError", message));
            }
            Expr::BytesLiteral(_) => {
                return Err(self.unsupported_plural(e.start(), "bytes literals"));
            }
            Expr::EllipsisLiteral(_) => return Err(self.unsupported(e.start(), "'...'")),
            Expr::Yield(_) => return Err(self.unsupported(e.start(), "'yield'")),
            Expr::YieldFrom(_) => return Err(self.unsupported(e.start(), "'yield from'")),
            Expr::Await(_) => return Err(self.unsupported(e.start(), "'await'")),
            Expr::Slice(_) => return Err(self.unsupported(e.start(), "slicing")),
            Expr::IpyEscapeCommand(_) => return Err(self.error(e.start(), "invalid syntax")),
        }
        Ok(())
    }

    fn exprs(&mut self, items: &[Expr]) -> CResult {
        items.iter().try_for_each(|e| self.expr(e))
    }

    /// The value of `e` if it is a compile-time constant: a literal, a negated number, or a
    /// tuple of constants (which CPython also folds).
    fn constant(&self, e: &Expr) -> CResult<Option<Value>> {
        Ok(match e {
            Expr::NumberLiteral(n) => Some(match &n.value {
                Number::Int(i) => match i.as_i64() {
                    Some(v) => Value::Int(v),
                    None => {
                        let text = i.to_string().replace('_', "");
                        let big = parse_int_literal(&text)
                            .ok_or_else(|| self.error(n.start(), "invalid int literal"))?;
                        crate::runtime::int::normalize(big)
                    }
                },
                Number::Float(f) => Value::float(*f),
                Number::Complex { .. } => {
                    return Err(self.unsupported_plural(n.start(), "complex numbers"));
                }
            }),
            Expr::StringLiteral(s) => Some(Value::Str(Rc::new(literals::string_constant(
                self.lines.source(),
                s,
            )))),
            Expr::BooleanLiteral(b) => Some(Value::bool(b.value)),
            Expr::NoneLiteral(_) => Some(Value::None),
            Expr::UnaryOp(u) if u.op == AstUnary::USub => match self.constant(&u.operand)? {
                Some(Value::Int(i)) if i != i64::MIN => Some(Value::Int(-i)),
                Some(Value::Float(f)) if matches!(&*u.operand, Expr::NumberLiteral(_)) => {
                    Some(Value::float(-*f))
                }
                _ => None,
            },
            Expr::Tuple(t) => {
                let mut items = Vec::with_capacity(t.elts.len());
                for elt in &t.elts {
                    match self.constant(elt)? {
                        Some(v) => items.push(v),
                        None => return Ok(None),
                    }
                }
                Some(Value::tuple(items))
            }
            _ => None,
        })
    }

    fn compare(&mut self, c: &ast::ExprCompare) -> CResult {
        self.expr(&c.left)?;
        let n = c.ops.len();
        if n == 1 {
            self.expr(&c.comparators[0])?;
            self.emit_compare(c.ops[0]);
            return Ok(());
        }
        let (cleanup, end) = (self.new_label(), self.new_label());
        for (i, (op, right)) in c.ops.iter().zip(c.comparators.iter()).enumerate() {
            self.expr(right)?;
            if i + 1 < n {
                self.emit(Opcode::Swap, 2);
                self.emit(Opcode::Copy, 2);
                self.emit_compare(*op);
                self.emit_jump(Opcode::JumpIfFalseOrPop, cleanup);
            } else {
                self.emit_compare(*op);
                self.emit_jump(Opcode::JumpForward, end);
            }
        }
        self.bind(cleanup);
        self.emit(Opcode::Swap, 2);
        self.emit(Opcode::PopTop, 0);
        self.bind(end);
        Ok(())
    }

    fn emit_compare(&mut self, op: AstCmp) {
        let (opcode, arg) = match op {
            AstCmp::Eq => (Opcode::CompareOp, CmpOp::Eq as u32),
            AstCmp::NotEq => (Opcode::CompareOp, CmpOp::Ne as u32),
            AstCmp::Lt => (Opcode::CompareOp, CmpOp::Lt as u32),
            AstCmp::LtE => (Opcode::CompareOp, CmpOp::Le as u32),
            AstCmp::Gt => (Opcode::CompareOp, CmpOp::Gt as u32),
            AstCmp::GtE => (Opcode::CompareOp, CmpOp::Ge as u32),
            AstCmp::Is => (Opcode::IsOp, 0),
            AstCmp::IsNot => (Opcode::IsOp, 1),
            AstCmp::In => (Opcode::ContainsOp, 0),
            AstCmp::NotIn => (Opcode::ContainsOp, 1),
        };
        self.emit(opcode, arg);
    }

    fn call(&mut self, call: &ast::ExprCall) -> CResult {
        let args = &call.arguments;
        if args.args.iter().any(|a| matches!(a, Expr::Starred(_)))
            || args.keywords.iter().any(|k| k.arg.is_none())
        {
            return Err(self.unsupported_plural(call.start(), "'*' and '**' in calls"));
        }
        let is_method = matches!(&*call.func, Expr::Attribute(_));
        if let Expr::Attribute(a) = &*call.func {
            self.expr(&a.value)?;
            let i = self.name_index(a.attr.id.as_str());
            self.set_span(a.range());
            self.emit(Opcode::LoadMethod, i);
        } else {
            self.expr(&call.func)?;
        }
        self.exprs(&args.args)?;
        for keyword in args.keywords.iter() {
            self.expr(&keyword.value)?;
        }
        let argc = (args.args.len() + args.keywords.len()) as u32;
        self.set_span(call.range());
        if !args.keywords.is_empty() {
            let names: Vec<Value> = args
                .keywords
                .iter()
                .map(|k| Value::str(k.arg.as_ref().map_or("", |a| a.id.as_str())))
                .collect();
            let i = self.add_const(Value::tuple(names));
            self.emit(Opcode::KwNames, i);
        }
        self.emit(
            if is_method {
                Opcode::CallMethod
            } else {
                Opcode::Call
            },
            argc,
        );
        Ok(())
    }

    // ----- finishing --------------------------------------------------------------------------

    /// Turns a finished unit (and, recursively, its children) into a `Code`.
    fn finish(&self, mut unit: Unit, globals: &Rc<Vec<Rc<str>>>) -> Rc<Code> {
        patch_jumps(&mut unit);
        let max_stack = max_stack_depth(&unit.instrs);
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
        let varnames = match &unit.scope {
            Some(scope) => scope.locals.iter().map(|n| Rc::from(n.as_str())).collect(),
            None => Vec::new(),
        };
        Rc::new(Code {
            name: unit.name,
            filename: self.filename.clone(),
            first_line: unit.first_line,
            instrs: unit.instrs,
            positions: unit.positions,
            consts,
            names: unit
                .names
                .iter()
                .map(|n| Rc::new(PyStr::new(n.to_string())))
                .collect(),
            varnames,
            global_names: globals.clone(),
            argcount: unit.argcount,
            max_stack,
            engine_cache: Default::default(),
        })
    }
}

/// Replaces label numbers in jump arguments with instruction indices, and picks the backward
/// form for jumps that go back.
fn patch_jumps(unit: &mut Unit) {
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

/// The deepest the stack gets, following both edges of every branch.
fn max_stack_depth(instrs: &[Instr]) -> u32 {
    let mut depth_at: Vec<Option<i32>> = vec![None; instrs.len() + 1];
    let mut work = vec![(0usize, 0i32)];
    let mut max = 0;
    while let Some((mut pc, mut depth)) = work.pop() {
        while pc < instrs.len() {
            if depth_at[pc].is_some_and(|d| d >= depth) {
                break;
            }
            depth_at[pc] = Some(depth);
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
    max.max(0) as u32
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
