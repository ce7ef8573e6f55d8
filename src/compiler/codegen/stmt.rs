//! Statements: assignment and its targets, augmented assignment, `if`, `while`, `for`, `del`,
//! `return`, `break` and `continue`.

use super::*;

impl Compiler<'_> {
    // ----- statements -------------------------------------------------------------------------

    pub(super) fn statements(&mut self, body: &[Stmt]) -> CResult {
        body.iter().try_for_each(|s| self.statement(s))
    }

    pub(super) fn statement(&mut self, stmt: &Stmt) -> CResult {
        self.set_span(stmt.range());
        match stmt {
            Stmt::Expr(s) => {
                self.expr(&s.value)?;
                if self.interactive && self.unit().scope.is_none() {
                    self.emit(Opcode::PrintExpr, 0);
                } else {
                    self.emit(Opcode::PopTop, 0);
                }
            }
            Stmt::Assign(s) => {
                if let [target] = s.targets.as_slice()
                    && self.swap_assignment(target, &s.value)?
                {
                    return Ok(());
                }
                self.expr(&s.value)?;
                for (i, target) in s.targets.iter().enumerate() {
                    if i + 1 < s.targets.len() {
                        self.emit(Opcode::Copy, 1);
                    }
                    self.store_target(target)?;
                }
            }
            Stmt::AugAssign(s) => self.aug_assign(s)?,
            Stmt::AnnAssign(s) => self.annotated_assignment(s)?,
            Stmt::If(s) => self.if_statement(s)?,
            Stmt::While(s) => self.while_statement(s)?,
            Stmt::For(s) => self.for_statement(s)?,
            Stmt::Break(s) => self.break_statement(s.start())?,
            Stmt::Continue(s) => self.continue_statement(s.start())?,
            Stmt::Pass(_) => {}
            Stmt::Global(s) => {
                if self.unit().scope.is_some() {
                    for name in &s.names {
                        self.global_slot(name.id.as_str());
                    }
                }
            }
            Stmt::Return(s) => {
                if self
                    .unit()
                    .scope
                    .is_none_or(|scope| scope.kind == ScopeKind::Class)
                {
                    let message = "'return' outside function".to_string();
                    return Err(self.lines.error_over(
                        &self.filename,
                        s.range(),
                        "SyntaxError",
                        message,
                    ));
                }
                self.return_statement(s.value.as_deref())?;
            }
            Stmt::FunctionDef(f) => self.function_def(f)?,
            Stmt::Import(s) => s.names.iter().for_each(|alias| self.import_alias(alias)),
            Stmt::ImportFrom(s) => self.import_from(s)?,
            Stmt::ClassDef(c) => self.class_def(c)?,
            Stmt::Try(s) => self.try_statement(s)?,
            Stmt::Raise(s) => self.raise_statement(s)?,
            Stmt::With(s) => self.with_statement(s)?,
            Stmt::Delete(s) => s.targets.iter().try_for_each(|t| self.delete_target(t))?,
            Stmt::Assert(s) => self.assert_statement(s)?,
            Stmt::Match(_) => return Err(self.unsupported(stmt.start(), "'match'")),
            // Declarations only steer where names live (`compiler::scope`).
            Stmt::Nonlocal(_) => {}
            Stmt::TypeAlias(_) => return Err(self.unsupported(stmt.start(), "'type'")),
            Stmt::IpyEscapeCommand(_) => return Err(self.error(stmt.start(), "invalid syntax")),
        }
        Ok(())
    }

    pub(super) fn store_target(&mut self, target: &Expr) -> CResult {
        match target {
            Expr::Name(n) => {
                self.store_name(n.id.as_str());
                Ok(())
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                let starred: Vec<usize> = elts
                    .iter()
                    .enumerate()
                    .filter(|(_, e)| matches!(e, Expr::Starred(_)))
                    .map(|(i, _)| i)
                    .collect();
                let saved = self.set_span(target.range());
                match starred.as_slice() {
                    [] => self.emit(Opcode::UnpackSequence, elts.len() as u32),
                    [at] => {
                        let (before, after) = (*at, elts.len() - at - 1);
                        if before >= 256 || after >= 1 << 24 {
                            let message = "too many expressions in star-unpacking assignment";
                            return Err(self.error(target.start(), message));
                        }
                        self.emit(Opcode::UnpackEx, (before | (after << 8)) as u32);
                    }
                    [_, _, ..] => {
                        let message = "multiple starred expressions in assignment".to_string();
                        let lines = self.lines;
                        let range = target.range();
                        return Err(lines.error_over(
                            &self.filename,
                            range,
                            "SyntaxError",
                            message,
                        ));
                    }
                }
                self.restore_span(saved);
                elts.iter().try_for_each(|e| match e {
                    Expr::Starred(s) => self.store_target(&s.value),
                    _ => self.store_target(e),
                })
            }
            Expr::Starred(s) => {
                let message = "starred assignment target must be in a list or tuple".to_string();
                let lines = self.lines;
                Err(lines.error_over(&self.filename, s.range(), "SyntaxError", message))
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                let saved = self.set_span(s.range());
                self.emit(Opcode::StoreSubscr, 0);
                self.restore_span(saved);
                Ok(())
            }
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let saved = self.set_span(a.range());
                let i = self.attr_index(a.attr.id.as_str());
                self.emit(Opcode::StoreAttr, i);
                self.restore_span(saved);
                Ok(())
            }
            _ => Err(self.error(target.start(), "cannot assign to expression")),
        }
    }

    /// `a, b = b, a` and `a, b, c = c, a, b`: the values are pushed and reordered with one
    /// `SWAP` instead of being packed into a tuple and unpacked again (CPython's peephole
    /// optimizer does the same). Returns whether the assignment was compiled this way.
    fn swap_assignment(&mut self, target: &Expr, value: &Expr) -> CResult<bool> {
        let (targets, values) = match (target, value) {
            (Expr::Tuple(t), Expr::Tuple(v)) => (&t.elts, &v.elts),
            (Expr::List(t), Expr::List(v)) => (&t.elts, &v.elts),
            (Expr::Tuple(t), Expr::List(v)) => (&t.elts, &v.elts),
            (Expr::List(t), Expr::Tuple(v)) => (&t.elts, &v.elts),
            _ => return Ok(false),
        };
        let n = targets.len();
        let starred = |items: &[Expr]| items.iter().any(|e| matches!(e, Expr::Starred(_)));
        if !(2..=3).contains(&n) || values.len() != n || starred(targets) || starred(values) {
            return Ok(false);
        }
        self.exprs(values)?;
        self.emit(Opcode::Swap, n as u32);
        targets.iter().try_for_each(|t| self.store_target(t))?;
        Ok(true)
    }

    /// `del target`: names, subscripts (slices included) and tuples or lists of them.
    pub(super) fn delete_target(&mut self, target: &Expr) -> CResult {
        match target {
            Expr::Name(n) => {
                self.delete_name(n.id.as_str());
                Ok(())
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                elts.iter().try_for_each(|e| self.delete_target(e))
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                let saved = self.set_span(s.range());
                self.emit(Opcode::DeleteSubscr, 0);
                self.restore_span(saved);
                Ok(())
            }
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let saved = self.set_span(a.range());
                let i = self.attr_index(a.attr.id.as_str());
                self.emit(Opcode::DeleteAttr, i);
                self.restore_span(saved);
                Ok(())
            }
            _ => Err(self.error(target.start(), "cannot delete expression")),
        }
    }

    pub(super) fn aug_assign(&mut self, s: &ast::StmtAugAssign) -> CResult {
        let op = binop(s.op) as u32 + BinOp::INPLACE_OFFSET;
        match &*s.target {
            Expr::Name(n) => {
                self.load_name(n.id.as_str());
                self.expr(&s.value)?;
                self.set_span(s.range());
                self.emit(Opcode::BinaryOp, op);
                self.store_name(n.id.as_str());
                Ok(())
            }
            Expr::Subscript(sub) => {
                self.expr(&sub.value)?;
                self.expr(&sub.slice)?;
                self.set_span(sub.range());
                self.emit(Opcode::Copy, 2);
                self.emit(Opcode::Copy, 2);
                self.emit(Opcode::BinarySubscr, 0);
                self.expr(&s.value)?;
                self.set_span(s.range());
                self.emit(Opcode::BinaryOp, op);
                self.set_span(sub.range());
                self.emit(Opcode::Swap, 3);
                self.emit(Opcode::Swap, 2);
                self.emit(Opcode::StoreSubscr, 0);
                Ok(())
            }
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let i = self.attr_index(a.attr.id.as_str());
                self.set_span(a.range());
                self.emit(Opcode::Copy, 1);
                self.emit(Opcode::LoadAttr, i);
                self.expr(&s.value)?;
                self.set_span(s.range());
                self.emit(Opcode::BinaryOp, op);
                self.set_span(a.range());
                self.emit(Opcode::Swap, 2);
                self.emit(Opcode::StoreAttr, i);
                Ok(())
            }
            other => Err(self.unsupported(other.start(), "this augmented assignment target")),
        }
    }

    pub(super) fn if_statement(&mut self, s: &ast::StmtIf) -> CResult {
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

    pub(super) fn while_statement(&mut self, s: &ast::StmtWhile) -> CResult {
        let (top, orelse, end) = (self.new_label(), self.new_label(), self.new_label());
        self.bind(top);
        self.expr(&s.test)?;
        self.emit_jump(Opcode::PopJumpIfFalse, orelse);
        self.set_span(s.range());
        self.push_block(handlers::Block::Loop(Loop {
            continue_to: top,
            break_to: end,
            is_for: false,
        }))?;
        self.statements(&s.body)?;
        self.pop_block();
        self.set_span(s.range());
        self.emit_jump(Opcode::JumpBackward, top);
        self.bind(orelse);
        self.statements(&s.orelse)?;
        self.bind(end);
        Ok(())
    }

    /// A `for` (or `async for`) loop's part after its next item is on the stack: the target
    /// bound, the body as a loop block, and the jump back to `top`.
    pub(super) fn for_body(&mut self, s: &ast::StmtFor, top: Label, end: Label) -> CResult {
        self.store_target(&s.target)?;
        self.push_block(handlers::Block::Loop(Loop {
            continue_to: top,
            break_to: end,
            is_for: true,
        }))?;
        self.statements(&s.body)?;
        self.pop_block();
        self.set_span(s.range());
        self.emit_jump(Opcode::JumpBackward, top);
        Ok(())
    }

    pub(super) fn for_statement(&mut self, s: &ast::StmtFor) -> CResult {
        if s.is_async {
            return self.async_for_statement(s);
        }
        let (top, exhausted, end) = (self.new_label(), self.new_label(), self.new_label());
        self.expr(&s.iter)?;
        self.set_span(s.range());
        self.emit(Opcode::GetIter, 0);
        self.bind(top);
        self.emit_jump(Opcode::ForIter, exhausted);
        self.for_body(s, top, end)?;
        self.bind(exhausted);
        self.statements(&s.orelse)?;
        self.bind(end);
        Ok(())
    }
}
