//! Variable annotations in module and class bodies, as CPython 3.11 compiles them: a body
//! holding an annotated name starts by making its `__annotations__` dict, and `x: T = v`
//! assigns `v`, then stores `T` (evaluated, or its source text under
//! `from __future__ import annotations`) as `__annotations__['x']`. In function bodies
//! annotations are not evaluated at all, as in CPython.

use super::*;

/// Whether the module starts (after its docstring) with `from __future__ import annotations`.
pub(super) fn future_annotations(body: &[Stmt]) -> bool {
    let mut statements = body.iter().peekable();
    if let Some(Stmt::Expr(first)) = statements.peek()
        && matches!(&*first.value, Expr::StringLiteral(_))
    {
        statements.next();
    }
    statements
        .map_while(|stmt| match stmt {
            Stmt::ImportFrom(s)
                if s.module
                    .as_ref()
                    .is_some_and(|m| m.id.as_str() == "__future__") =>
            {
                Some(s)
            }
            _ => None,
        })
        .any(|s| {
            s.names
                .iter()
                .any(|alias| alias.name.id.as_str() == "annotations")
        })
}

/// Whether `body` (not the bodies of functions or classes in it) holds an annotated name.
fn has_annotated_name(body: &[Stmt]) -> bool {
    body.iter().any(|stmt| match stmt {
        Stmt::AnnAssign(s) => s.simple && matches!(&*s.target, Expr::Name(_)),
        Stmt::If(s) => {
            has_annotated_name(&s.body)
                || s.elif_else_clauses
                    .iter()
                    .any(|c| has_annotated_name(&c.body))
        }
        Stmt::For(s) => has_annotated_name(&s.body) || has_annotated_name(&s.orelse),
        Stmt::While(s) => has_annotated_name(&s.body) || has_annotated_name(&s.orelse),
        Stmt::With(s) => has_annotated_name(&s.body),
        Stmt::Try(s) => {
            has_annotated_name(&s.body)
                || s.handlers.iter().any(|h| match h {
                    ast::ExceptHandler::ExceptHandler(h) => has_annotated_name(&h.body),
                })
                || has_annotated_name(&s.orelse)
                || has_annotated_name(&s.finalbody)
        }
        _ => false,
    })
}

impl Compiler<'_> {
    /// CPython's `SETUP_ANNOTATIONS` for a module or class body that annotates a name.
    pub(super) fn setup_annotations(&mut self, body: &[Stmt]) {
        if has_annotated_name(body) {
            self.emit(Opcode::BuildMap, 0);
            self.store_name("__annotations__");
        }
    }

    /// `target: annotation [= value]`.
    pub(super) fn annotated_assignment(&mut self, s: &ast::StmtAnnAssign) -> CResult {
        if let Some(value) = &s.value {
            self.expr(value)?;
            self.store_target(&s.target)?;
        }
        let in_function = self
            .unit()
            .scope
            .is_some_and(|scope| scope.kind != ScopeKind::Class);
        if in_function {
            return Ok(());
        }
        match &*s.target {
            Expr::Name(name) if s.simple => {
                self.annotation(&s.annotation)?;
                self.load_name("__annotations__");
                let key = self.mangle(name.id.as_str());
                self.emit_const(Value::str(&key));
                self.emit(Opcode::StoreSubscr, 0);
            }
            // A complex target's annotation is evaluated and dropped (CPython checks the
            // target's expression parts too; a name never needs it).
            _ if !self.postponed_annotations => {
                self.annotation(&s.annotation)?;
                self.emit(Opcode::PopTop, 0);
            }
            _ => {}
        }
        Ok(())
    }

    /// Pushes an annotation's value: the expression, or its source text when postponed.
    pub(super) fn annotation(&mut self, annotation: &Expr) -> CResult {
        if self.postponed_annotations {
            let text = &self.lines.source()[annotation.range()];
            self.emit_const(Value::str(text));
            Ok(())
        } else {
            self.expr(annotation)
        }
    }
}
