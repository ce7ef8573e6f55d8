//! Expressions: literals and constant folding, operators, comparisons, boolean and conditional
//! expressions, displays (with starred items), subscripts and slices, attributes and calls.

use super::function::Comprehended;
use super::*;

impl Compiler<'_> {
    // ----- expressions ------------------------------------------------------------------------

    pub(super) fn expr(&mut self, e: &Expr) -> CResult {
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

    pub(super) fn expr_inner(&mut self, e: &Expr) -> CResult {
        match e {
            Expr::NumberLiteral(_)
            | Expr::StringLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_) => {
                let value = self.constant(e)?.expect("literal is constant");
                self.emit_const(value);
            }
            Expr::Name(n) => self.load_name(n.id.as_str()),
            Expr::BinOp(b) => {
                if let Some(value) = self.constant(e)? {
                    self.emit_const(value);
                    return Ok(());
                }
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
            Expr::List(l) => self.list_display(&l.elts)?,
            Expr::Tuple(t) => {
                if let Some(value) = self.constant(e)? {
                    self.emit_const(value);
                    return Ok(());
                }
                if t.elts.iter().any(|e| matches!(e, Expr::Starred(_))) {
                    self.list_display(&t.elts)?;
                    self.emit(Opcode::ListToTuple, 0);
                } else {
                    self.exprs(&t.elts)?;
                    self.emit(Opcode::BuildTuple, t.elts.len() as u32);
                }
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Opcode::BinarySubscr, 0);
            }
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let i = self.attr_index(a.attr.id.as_str());
                self.emit(Opcode::LoadAttr, i);
            }
            Expr::Starred(_) => {
                let message = "can't use starred expression here".to_string();
                let lines = self.lines;
                return Err(lines.error_over(&self.filename, e.range(), "SyntaxError", message));
            }
            Expr::Named(named) => {
                self.expr(&named.value)?;
                self.emit(Opcode::Copy, 1);
                self.store_target(&named.target)?;
            }
            Expr::Lambda(lambda) => self.lambda(lambda)?,
            Expr::Dict(d) => self.dict_display(d)?,
            Expr::DictComp(c) => {
                let Some(key) = c.key.as_deref() else {
                    return Err(self.error(e.start(), "invalid syntax"));
                };
                self.comprehension(
                    e.range(),
                    "<dictcomp>",
                    Comprehended::Dict(key, &c.value),
                    &c.generators,
                )?;
            }
            Expr::Set(set) => self.set_display(&set.elts)?,
            Expr::SetComp(c) => self.comprehension(
                e.range(),
                "<setcomp>",
                Comprehended::Set(&c.elt),
                &c.generators,
            )?,
            Expr::ListComp(c) => self.comprehension(
                e.range(),
                "<listcomp>",
                Comprehended::List(&c.elt),
                &c.generators,
            )?,
            Expr::Generator(c) => self.comprehension(
                e.range(),
                "<genexpr>",
                Comprehended::Yielded(&c.elt),
                &c.generators,
            )?,
            Expr::FString(f) => self.fstring(f)?,
            // Template strings are Python 3.14 syntax: to 3.11, `t"..."` is a name followed by a
            // string, and CPython underlines the string.
            Expr::TString(_) => {
                let string = TextRange::new(e.start() + TextSize::from(1), e.end());
                let message = "invalid syntax".to_string();
                let lines = self.lines;
                return Err(lines.error_over(&self.filename, string, "SyntaxError", message));
            }
            Expr::BytesLiteral(literal) => {
                let data: Vec<u8> = literal.value.bytes().collect();
                self.emit_const(crate::runtime::bytes::new_bytes(data));
            }
            Expr::EllipsisLiteral(_) => self.emit_const(crate::runtime::descriptors::ellipsis()),
            Expr::Yield(y) => {
                self.check_yield_place(e.range(), "'yield'")?;
                match &y.value {
                    Some(value) => self.expr(value)?,
                    None => self.emit_const(Value::None),
                }
                self.set_span(e.range());
                self.emit(Opcode::YieldValue, 0);
            }
            Expr::YieldFrom(y) => {
                self.check_yield_place(e.range(), "'yield from'")?;
                self.expr(&y.value)?;
                self.set_span(e.range());
                self.emit(Opcode::GetYieldFromIter, 0);
                self.emit_const(Value::None);
                self.delegate_loop();
            }
            Expr::Await(a) => {
                self.check_await_place(e.range())?;
                self.expr(&a.value)?;
                self.set_span(e.range());
                self.emit_await();
            }
            Expr::Slice(slice) => self.slice(slice)?,
            Expr::IpyEscapeCommand(_) => return Err(self.error(e.start(), "invalid syntax")),
        }
        Ok(())
    }

    /// CPython's SyntaxError for a `yield` outside a function body.
    fn check_yield_place(&self, range: TextRange, what: &str) -> CResult {
        match self.unit_ref().scope.map(|scope| scope.kind) {
            Some(ScopeKind::Function | ScopeKind::Lambda) => Ok(()),
            _ => {
                let message = format!("{what} outside function");
                Err(self
                    .lines
                    .error_over(&self.filename, range, "SyntaxError", message))
            }
        }
    }

    /// CPython's SyntaxError for an `await` outside an `async def` body.
    fn check_await_place(&self, range: TextRange) -> CResult {
        let message = match self.unit_ref().scope {
            Some(scope) if scope.coroutine => return Ok(()),
            Some(scope) if matches!(scope.kind, ScopeKind::Function | ScopeKind::Lambda) => {
                "'await' outside async function"
            }
            Some(scope) if scope.kind == ScopeKind::Comprehension => {
                "asynchronous comprehension outside of an asynchronous function"
            }
            _ => "'await' outside function",
        };
        Err(self
            .lines
            .error_over(&self.filename, range, "SyntaxError", message.to_string()))
    }

    /// Awaits the value on top of the stack, leaving its result: `GET_AWAITABLE`, then the
    /// delegation loop.
    pub(super) fn emit_await(&mut self) {
        self.emit_await_from(0);
    }

    /// `emit_await` for the result of `__aenter__` (`from` 1) or `__aexit__` (2).
    pub(super) fn emit_await_from(&mut self, from: u32) {
        self.emit(Opcode::GetAwaitable, from);
        self.emit_const(Value::None);
        self.delegate_loop();
    }

    /// The loop of `yield from` (and `await`) with the target and the value to send on the
    /// stack: `SEND` resumes the target; what it yields is yielded on (`YIELD_VALUE 1`) and
    /// what comes back is sent to it next; its return value is left on the stack.
    pub(super) fn delegate_loop(&mut self) {
        let (send, exit) = (self.new_label(), self.new_label());
        self.bind(send);
        self.emit_jump(Opcode::Send, exit);
        self.emit(Opcode::YieldValue, 1);
        self.emit_jump(Opcode::JumpForward, send);
        self.bind(exit);
    }

    /// `lower:upper[:step]`, omitted bounds being `None`.
    fn slice(&mut self, slice: &ast::ExprSlice) -> CResult {
        for bound in [&slice.lower, &slice.upper] {
            match bound {
                Some(bound) => self.expr(bound)?,
                None => self.emit_const(Value::None),
            }
        }
        let parts = match &slice.step {
            Some(step) => {
                self.expr(step)?;
                3
            }
            None => 2,
        };
        self.emit(Opcode::BuildSlice, parts);
        Ok(())
    }

    /// A set display, starred items spread in as in `list_display`. More than two constant
    /// items become one frozenset constant merged into an empty set, as CPython compiles them
    /// (which decides the set's iteration order).
    fn set_display(&mut self, items: &[Expr]) -> CResult {
        if items.len() > 2 {
            let constants: Option<Vec<Value>> = items
                .iter()
                .map(|e| self.constant(e).ok().flatten())
                .collect();
            if let Some(frozen) =
                constants.and_then(crate::runtime::set_methods::frozenset_of_constants)
            {
                self.emit(Opcode::BuildSet, 0);
                self.emit_const(frozen);
                self.emit(Opcode::SetUpdate, 1);
                return Ok(());
            }
        }
        let leading = items
            .iter()
            .position(|e| matches!(e, Expr::Starred(_)))
            .unwrap_or(items.len());
        self.exprs(&items[..leading])?;
        self.emit(Opcode::BuildSet, leading as u32);
        for item in &items[leading..] {
            match item {
                Expr::Starred(starred) => {
                    self.expr(&starred.value)?;
                    self.emit(Opcode::SetUpdate, 1);
                }
                _ => {
                    self.expr(item)?;
                    self.emit(Opcode::SetAdd, 1);
                }
            }
        }
        Ok(())
    }

    /// A dict display: built at once when it has no `**` items, else item by item.
    fn dict_display(&mut self, dict: &ast::ExprDict) -> CResult {
        if dict.items.iter().all(|item| item.key.is_some()) {
            for item in &dict.items {
                if let Some(key) = &item.key {
                    self.expr(key)?;
                }
                self.expr(&item.value)?;
            }
            self.emit(Opcode::BuildMap, 2 * dict.items.len() as u32);
            return Ok(());
        }
        self.emit(Opcode::BuildMap, 0);
        for item in &dict.items {
            match &item.key {
                Some(key) => {
                    self.expr(key)?;
                    self.expr(&item.value)?;
                    self.emit(Opcode::MapAdd, 1);
                }
                None => {
                    self.expr(&item.value)?;
                    self.emit(Opcode::DictUpdate, 1);
                }
            }
        }
        Ok(())
    }

    /// A list display, starred items spread in: the items before the first starred one are
    /// built at once, the rest appended or extended one by one (as CPython does).
    pub(super) fn list_display(&mut self, items: &[Expr]) -> CResult {
        let leading = items
            .iter()
            .position(|e| matches!(e, Expr::Starred(_)))
            .unwrap_or(items.len());
        self.exprs(&items[..leading])?;
        self.emit(Opcode::BuildList, leading as u32);
        for item in &items[leading..] {
            match item {
                Expr::Starred(starred) => {
                    self.expr(&starred.value)?;
                    self.emit(Opcode::ListExtend, 1);
                }
                _ => {
                    self.expr(item)?;
                    self.emit(Opcode::ListAppend, 1);
                }
            }
        }
        Ok(())
    }

    pub(super) fn exprs(&mut self, items: &[Expr]) -> CResult {
        items.iter().try_for_each(|e| self.expr(e))
    }

    /// The value of `e` if it is a compile-time constant: a literal, a negated number, or a
    /// tuple of constants (which CPython also folds).
    pub(super) fn constant(&self, e: &Expr) -> CResult<Option<Value>> {
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
                Number::Complex { real, imag } => crate::runtime::complex::new(*real, *imag),
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
            Expr::BinOp(b) => match (self.constant(&b.left)?, self.constant(&b.right)?) {
                (Some(left), Some(right)) => {
                    super::super::fold::fold_binop(binop(b.op), left, right)
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

    pub(super) fn compare(&mut self, c: &ast::ExprCompare) -> CResult {
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

    pub(super) fn emit_compare(&mut self, op: AstCmp) {
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

    pub(super) fn call(&mut self, call: &ast::ExprCall) -> CResult {
        if self.zero_argument_super(call)? {
            return Ok(());
        }
        let args = &call.arguments;
        if args.args.iter().any(|a| matches!(a, Expr::Starred(_)))
            || args.keywords.iter().any(|k| k.arg.is_none())
        {
            return self.spread_call(call);
        }
        let is_method = matches!(&*call.func, Expr::Attribute(_));
        if let Expr::Attribute(a) = &*call.func {
            self.expr(&a.value)?;
            let i = self.attr_index(a.attr.id.as_str());
            self.set_span(a.range());
            self.emit(Opcode::LoadMethod, i);
        } else {
            self.expr(&call.func)?;
        }
        let argc = self.push_arguments(args)?;
        self.set_span(call.range());
        self.emit_kw_names(&args.keywords);
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

    /// Pushes a call's positional arguments, then its keyword arguments' values; returns how
    /// many values that is (no `*`/`**` items: those calls are `spread_call`'s).
    pub(super) fn push_arguments(&mut self, args: &ast::Arguments) -> CResult<u32> {
        self.exprs(&args.args)?;
        for keyword in args.keywords.iter() {
            self.expr(&keyword.value)?;
        }
        Ok((args.args.len() + args.keywords.len()) as u32)
    }

    /// `KW_NAMES` naming `keywords` for the next call, if there are any.
    pub(super) fn emit_kw_names(&mut self, keywords: &[ast::Keyword]) {
        if keywords.is_empty() {
            return;
        }
        let names: Vec<Value> = keywords
            .iter()
            .map(|k| Value::str(k.arg.as_ref().map_or("", |a| a.id.as_str())))
            .collect();
        let i = self.add_const(Value::tuple(names));
        self.emit(Opcode::KwNames, i);
    }

    /// A call with `*` or `**` arguments: `CALL_FUNCTION_EX` over a tuple of the positional
    /// arguments and, when there are keywords, one dict of them.
    fn spread_call(&mut self, call: &ast::ExprCall) -> CResult {
        let args = &call.arguments;
        self.expr(&call.func)?;
        match args.args.as_ref() {
            [Expr::Starred(only)] => self.expr(&only.value)?,
            items => {
                self.list_display(items)?;
                self.emit(Opcode::ListToTuple, 0);
            }
        }
        let has_keywords = !args.keywords.is_empty();
        if has_keywords {
            self.keyword_dict(&args.keywords)?;
        }
        self.set_span(call.range());
        self.emit(Opcode::CallFunctionEx, has_keywords as u32);
        Ok(())
    }

    /// The keyword dict of a `CALL_FUNCTION_EX`: runs of named keywords become dicts, and every
    /// part after the first is merged with `DICT_MERGE`, which refuses a key given twice.
    fn keyword_dict(&mut self, keywords: &[ast::Keyword]) -> CResult {
        let mut have_dict = false;
        let mut run: Vec<&ast::Keyword> = Vec::new();
        for keyword in keywords {
            match &keyword.arg {
                Some(_) => run.push(keyword),
                None => {
                    self.keyword_run(&mut run, &mut have_dict)?;
                    if !have_dict {
                        self.emit(Opcode::BuildMap, 0);
                        have_dict = true;
                    }
                    self.expr(&keyword.value)?;
                    self.emit(Opcode::DictMerge, 1);
                }
            }
        }
        self.keyword_run(&mut run, &mut have_dict)
    }

    /// Emits a run of named keywords as one dict (merged into the one below, if any).
    fn keyword_run(&mut self, run: &mut Vec<&ast::Keyword>, have_dict: &mut bool) -> CResult {
        if run.is_empty() {
            return Ok(());
        }
        for keyword in run.iter() {
            let name = keyword.arg.as_ref().map_or("", |a| a.id.as_str());
            self.emit_const(Value::str(name));
            self.expr(&keyword.value)?;
        }
        self.emit(Opcode::BuildMap, 2 * run.len() as u32);
        if *have_dict {
            self.emit(Opcode::DictMerge, 1);
        }
        *have_dict = true;
        run.clear();
        Ok(())
    }
}
