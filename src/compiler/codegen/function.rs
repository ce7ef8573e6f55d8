//! Function-like bodies: `def` (with decorators and every kind of parameter), `lambda` and
//! comprehensions, each compiled as a nested code object. The enclosing code pushes, in
//! CPython's order, the decorators, the positional defaults tuple, the keyword-only defaults,
//! the closure (a tuple of the cells the body's free variables live in) and the code, then
//! `MAKE_FUNCTION`; the body starts by making its own cells and copying the closure in.

use super::*;

/// What a comprehension builds, and the expressions that make each item.
pub(super) enum Comprehended<'e> {
    List(&'e Expr),
    Set(&'e Expr),
    Dict(&'e Expr, &'e Expr),
    /// A generator expression: each item is yielded.
    Yielded(&'e Expr),
}

impl Compiler<'_> {
    pub(super) fn function_def(&mut self, f: &ast::StmtFunctionDef) -> CResult {
        if f.type_params.is_some() {
            return Err(self.unsupported_plural(f.start(), "type parameters"));
        }
        for decorator in &f.decorator_list {
            self.expr(&decorator.expression)?;
        }
        let mut flags = self.parameter_defaults(&f.parameters)?;
        if self.function_annotations(&f.parameters, f.returns.as_deref())? {
            flags |= 4;
        }
        let saved_span = (self.span, self.position);
        let signature = self.signature(&f.parameters)?;
        self.enter_body(f.name.id.as_str(), f.range(), signature)?;
        if let Some(Stmt::Expr(first)) = f.body.first()
            && let Expr::StringLiteral(doc) = &*first.value
        {
            self.unit().docstring = Some(Rc::from(doc.value.to_str()));
        }
        self.statements(&f.body)?;
        self.emit_return_none();
        self.restore_span(saved_span);
        self.finish_body(flags)?;
        for decorator in f.decorator_list.iter().rev() {
            let saved = self.set_span(decorator.expression.range());
            self.emit(Opcode::Call, 1);
            self.restore_span(saved);
        }
        self.store_name(f.name.id.as_str());
        Ok(())
    }

    pub(super) fn lambda(&mut self, lambda: &ast::ExprLambda) -> CResult {
        let (flags, signature) = match &lambda.parameters {
            Some(parameters) => (
                self.parameter_defaults(parameters)?,
                self.signature(parameters)?,
            ),
            None => (0, Signature::default()),
        };
        let saved_span = (self.span, self.position);
        self.enter_body("<lambda>", lambda.range(), signature)?;
        self.expr(&lambda.body)?;
        self.emit(Opcode::ReturnValue, 0);
        self.restore_span(saved_span);
        self.finish_body(flags)
    }

    /// A list, set or dict comprehension: a function of one argument (`.0`, the iterator of
    /// the first `for`'s iterable, which is evaluated here, in the enclosing scope) called at
    /// once.
    pub(super) fn comprehension(
        &mut self,
        range: TextRange,
        name: &str,
        kind: Comprehended<'_>,
        generators: &[ast::Comprehension],
    ) -> CResult {
        if let Some(generator) = generators.iter().find(|g| g.is_async) {
            return Err(self.unsupported_plural(generator.start(), "asynchronous comprehensions"));
        }
        let Some(first) = generators.first() else {
            return Err(self.error(range.start(), "comprehension without 'for'"));
        };
        let saved_span = (self.span, self.position);
        let signature = Signature {
            argcount: 1,
            ..Signature::default()
        };
        self.enter_body(name, range, signature)?;
        match kind {
            Comprehended::List(_) => self.emit(Opcode::BuildList, 0),
            Comprehended::Set(_) => self.emit(Opcode::BuildSet, 0),
            Comprehended::Dict(..) => self.emit(Opcode::BuildMap, 0),
            Comprehended::Yielded(_) => {}
        }
        self.comprehension_loop(&kind, generators, 0)?;
        if matches!(kind, Comprehended::Yielded(_)) {
            self.emit_const(Value::None);
        }
        self.emit(Opcode::ReturnValue, 0);
        self.restore_span(saved_span);
        self.finish_body(0)?;
        self.expr(&first.iter)?;
        self.emit(Opcode::GetIter, 0);
        self.emit(Opcode::Call, 1);
        Ok(())
    }

    /// The `for` of `generators[index]` and everything nested in it.
    fn comprehension_loop(
        &mut self,
        kind: &Comprehended<'_>,
        generators: &[ast::Comprehension],
        index: usize,
    ) -> CResult {
        let generator = &generators[index];
        let (top, exhausted) = (self.new_label(), self.new_label());
        if index == 0 {
            self.emit(Opcode::LoadFast, 0);
        } else {
            self.expr(&generator.iter)?;
            self.emit(Opcode::GetIter, 0);
        }
        self.bind(top);
        self.emit_jump(Opcode::ForIter, exhausted);
        self.store_target(&generator.target)?;
        for condition in &generator.ifs {
            self.expr(condition)?;
            self.emit_jump(Opcode::PopJumpIfFalse, top);
        }
        if index + 1 < generators.len() {
            self.comprehension_loop(kind, generators, index + 1)?;
        } else {
            // The collection sits below one iterator per `for`.
            let depth = generators.len() as u32 + 1;
            match kind {
                Comprehended::Yielded(item) => {
                    self.expr(item)?;
                    self.emit(Opcode::YieldValue, 0);
                    self.emit(Opcode::PopTop, 0);
                }
                Comprehended::List(item) => {
                    self.expr(item)?;
                    self.emit(Opcode::ListAppend, depth);
                }
                Comprehended::Set(item) => {
                    self.expr(item)?;
                    self.emit(Opcode::SetAdd, depth);
                }
                Comprehended::Dict(key, value) => {
                    self.expr(key)?;
                    self.expr(value)?;
                    self.emit(Opcode::MapAdd, depth);
                }
            }
        }
        self.emit_jump(Opcode::JumpForward, top);
        self.bind(exhausted);
        Ok(())
    }

    /// Pushes the defaults of `parameters` and returns the matching `MAKE_FUNCTION` flags.
    fn parameter_defaults(&mut self, parameters: &ast::Parameters) -> CResult<u32> {
        let mut flags = 0;
        let positional: Vec<&Expr> = parameters
            .posonlyargs
            .iter()
            .chain(&parameters.args)
            .filter_map(|a| a.default.as_deref())
            .collect();
        if !positional.is_empty() {
            self.exprs_of(&positional)?;
            self.emit(Opcode::BuildTuple, positional.len() as u32);
            flags |= 1;
        }
        let keyword_only: Vec<(&str, &Expr)> = parameters
            .kwonlyargs
            .iter()
            .filter_map(|a| Some((a.parameter.name.id.as_str(), a.default.as_deref()?)))
            .collect();
        if !keyword_only.is_empty() {
            for (name, default) in &keyword_only {
                self.emit_const(Value::str(name));
                self.expr(default)?;
            }
            self.emit(Opcode::BuildMap, 2 * keyword_only.len() as u32);
            flags |= 2;
        }
        Ok(flags)
    }

    /// Pushes the tuple of (name, annotation) pairs of a definition's annotated parameters
    /// and return, in CPython's order; false (nothing pushed) when nothing is annotated.
    fn function_annotations(
        &mut self,
        parameters: &ast::Parameters,
        returns: Option<&Expr>,
    ) -> CResult<bool> {
        let parameters_in_order = parameters
            .posonlyargs
            .iter()
            .chain(&parameters.args)
            .map(|p| &p.parameter)
            .chain(parameters.vararg.as_deref())
            .chain(parameters.kwonlyargs.iter().map(|p| &p.parameter))
            .chain(parameters.kwarg.as_deref());
        let mut annotated: Vec<(&str, &Expr)> = parameters_in_order
            .filter_map(|p| Some((p.name.id.as_str(), p.annotation.as_deref()?)))
            .collect();
        if let Some(returns) = returns {
            annotated.push(("return", returns));
        }
        if annotated.is_empty() {
            return Ok(false);
        }
        for (name, annotation) in &annotated {
            let name = self.mangle(name);
            self.emit_const(Value::str(&name));
            self.annotation(annotation)?;
        }
        self.emit(Opcode::BuildTuple, 2 * annotated.len() as u32);
        Ok(true)
    }

    fn exprs_of(&mut self, items: &[&Expr]) -> CResult {
        items.iter().try_for_each(|e| self.expr(e))
    }

    fn signature(&self, parameters: &ast::Parameters) -> CResult<Signature> {
        Ok(Signature {
            argcount: (parameters.posonlyargs.len() + parameters.args.len()) as u32,
            posonlyargcount: parameters.posonlyargs.len() as u32,
            kwonlyargcount: parameters.kwonlyargs.len() as u32,
            varargs: parameters.vararg.is_some(),
            varkeywords: parameters.kwarg.is_some(),
        })
    }

    /// Opens the unit of the body whose scope the node spanning `range` opened, and emits its
    /// prologue: a cell for each variable nested functions close over, then the closure's cells
    /// copied into the free-variable slots.
    pub(super) fn enter_body(
        &mut self,
        name: &str,
        range: TextRange,
        signature: Signature,
    ) -> CResult {
        let Some(scope) = self.scopes.of(range) else {
            return Err(self.error(range.start(), "internal error: no scope for this body"));
        };
        let parent = self.unit();
        let qualname: Rc<str> = match parent.scope {
            None => Rc::from(name),
            Some(scope) if scope.kind == ScopeKind::Class => {
                Rc::from(format!("{}.{name}", parent.qualname))
            }
            Some(_) => Rc::from(format!("{}.<locals>.{name}", parent.qualname)),
        };
        let private = parent.private.clone();
        let first_line = self.lines.line_of(range.start());
        let mut unit = Unit::new(name, qualname, first_line, Some(scope), signature);
        unit.private = private;
        self.units.push(unit);
        for &cell in &scope.cells {
            self.emit(Opcode::MakeCell, cell);
        }
        if !scope.free.is_empty() {
            self.emit(Opcode::CopyFreeVars, scope.free.len() as u32);
        }
        if scope.generator && scope.coroutine {
            return Err(self.unsupported_plural(range.start(), "asynchronous generators"));
        }
        if scope.generator || scope.coroutine {
            // A generator's frame starts here when first resumed (CPython's prologue).
            self.emit(Opcode::ReturnGenerator, 0);
            self.emit(Opcode::PopTop, 0);
        }
        Ok(())
    }

    /// Closes the body opened by `enter_body` and, in the enclosing code, makes the function:
    /// the closure tuple when the body has free variables, the code, `MAKE_FUNCTION`.
    pub(super) fn finish_body(&mut self, mut flags: u32) -> CResult {
        let unit = self.units.pop().expect("a body unit is open");
        let free = unit.scope.map_or(&[][..], |scope| &scope.free[..]);
        if !free.is_empty() {
            for name in free {
                match self.unit().scope.and_then(|scope| scope.cell_slot(name)) {
                    Some(slot) => self.emit(Opcode::LoadClosure, slot),
                    None => {
                        let message = format!("internal error: no cell for free variable '{name}'");
                        return Err(self.error(self.span.start(), message));
                    }
                }
            }
            self.emit(Opcode::BuildTuple, free.len() as u32);
            flags |= 8;
        }
        let parent = self.unit();
        parent.children.push(unit);
        parent.consts.push(Const::Unit(parent.children.len() - 1));
        let code_const = (parent.consts.len() - 1) as u32;
        self.emit(Opcode::LoadConst, code_const);
        self.emit(Opcode::MakeFunction, flags);
        Ok(())
    }
}

impl Compiler<'_> {
    /// A `class` statement: `__build_class__(body, name, *bases, **keywords)`, the body being a
    /// function of the class namespace that returns the `__class__` cell (or None), then the
    /// decorators, innermost first.
    pub(super) fn class_def(&mut self, c: &ast::StmtClassDef) -> CResult {
        if c.type_params.is_some() {
            return Err(self.unsupported_plural(c.start(), "type parameters"));
        }
        for decorator in &c.decorator_list {
            self.expr(&decorator.expression)?;
        }
        self.emit(Opcode::LoadBuildClass, 0);
        let saved_span = (self.span, self.position);
        let signature = Signature {
            argcount: 1,
            ..Signature::default()
        };
        let name = c.name.id.as_str();
        self.enter_body(name, c.range(), signature)?;
        self.unit().private = Some(Rc::from(name));
        self.setup_annotations(&c.body);
        if let Some(Stmt::Expr(first)) = c.body.first()
            && let Expr::StringLiteral(doc) = &*first.value
        {
            self.emit_const(Value::str(doc.value.to_str()));
            let i = self.name_index("__doc__");
            self.emit(Opcode::StoreName, i);
        }
        self.statements(&c.body)?;
        match self
            .unit()
            .scope
            .and_then(|scope| scope.cell_slot("__class__"))
        {
            Some(slot) => {
                self.emit(Opcode::LoadClosure, slot);
                self.emit(Opcode::Copy, 1);
                let i = self.name_index("__classcell__");
                self.emit(Opcode::StoreName, i);
                self.emit(Opcode::ReturnValue, 0);
            }
            None => self.emit_return_none(),
        }
        self.restore_span(saved_span);
        self.finish_body(0)?;
        self.emit_const(Value::str(name));
        let mut argc = 2;
        if let Some(arguments) = &c.arguments {
            if arguments.args.iter().any(|a| matches!(a, Expr::Starred(_)))
                || arguments.keywords.iter().any(|k| k.arg.is_none())
            {
                return Err(self.unsupported_plural(c.start(), "starred class bases"));
            }
            argc += self.push_arguments(arguments)?;
            self.emit_kw_names(&arguments.keywords);
        }
        self.emit(Opcode::Call, argc);
        for decorator in c.decorator_list.iter().rev() {
            let saved = self.set_span(decorator.expression.range());
            self.emit(Opcode::Call, 1);
            self.restore_span(saved);
        }
        self.store_name(name);
        Ok(())
    }

    /// `super()` inside a method: compiled as `super(__class__, <first argument>)`, which is
    /// what CPython's zero-argument form finds through the frame. Returns whether the call was
    /// compiled this way.
    pub(super) fn zero_argument_super(&mut self, call: &ast::ExprCall) -> CResult<bool> {
        let Expr::Name(func) = &*call.func else {
            return Ok(false);
        };
        if func.id.as_str() != "super"
            || !call.arguments.args.is_empty()
            || !call.arguments.keywords.is_empty()
            || self.place("super") != Place::Global
        {
            return Ok(false);
        }
        let Some(scope) = self.unit().scope else {
            return Ok(false);
        };
        let signature = self.unit().signature;
        let has_first = signature.argcount > 0 || signature.varargs;
        let (Place::Deref(class_slot), true) = (scope.place("__class__"), has_first) else {
            return Ok(false);
        };
        let Some(first) = scope.varnames.first().cloned() else {
            return Ok(false);
        };
        self.load_name("super");
        self.emit(Opcode::LoadDeref, class_slot);
        if signature.argcount == 0 {
            // `def m(*args)`: the first positional argument is `args[0]`.
            self.load_name(&first);
            self.emit_const(Value::Int(0));
            self.emit(Opcode::BinarySubscr, 0);
        } else {
            self.load_name(&first);
        }
        self.set_span(call.range());
        self.emit(Opcode::Call, 2);
        Ok(true)
    }
}
