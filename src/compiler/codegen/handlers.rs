//! Exception handling in code generation: `try`/`except`/`else`/`finally`, `with`, `raise` and
//! `assert`, laid out as CPython 3.11 lays them out, and the exception table that replaces a
//! block stack. Nothing runs on entering a `try`: each emitted instruction is tagged with the
//! innermost handler active where it was emitted (handlers nest lexically), and `finish` turns
//! runs of equally tagged instructions into table entries (range → handler, stack depth,
//! push-lasti flag), the depth found by the same stack-depth flow that sizes frames.
//!
//! `return`, `break` and `continue` leave blocks through `unwind_blocks`: a `for` loop's
//! iterator is popped, a `finally` body is compiled inline, a `with` calls `__exit__`, an
//! `except` body restores the previously handled exception and unbinds its name.

use super::*;
use crate::bytecode::ExceptionEntry;

/// CPython's `CO_MAXBLOCKS`.
const MAX_NESTED_BLOCKS: usize = 20;

/// A handler set up by the code generator: where it jumps, whether it pushes the failing
/// instruction's index (`lasti`) below the exception, and where its stack depth is measured:
/// the depth before instruction `setup_at`, less `pops` items the first covered instruction
/// consumes (a `with` statement's `__enter__` result).
pub(super) struct HandlerSetup {
    target: Label,
    lasti: bool,
    setup_at: usize,
    pops: u32,
}

/// What `return`, `break` and `continue` must undo when they leave a block.
pub(super) enum Block {
    Loop(Loop),
    /// The body of a `try` with `except` clauses.
    TryExcept,
    /// The body of a `try` with a `finally`, which runs on the way out.
    FinallyTry(Vec<Stmt>),
    /// A `finally` body run for an exception: the previously handled exception and the
    /// exception are on the stack.
    FinallyEnd,
    /// A `with` body: the bound `__exit__` is on the stack. The statement's range is where
    /// the `__exit__` call is (CPython's tracebacks show the `with` line, without carets);
    /// `true` for `async with` (the `__aexit__` call's result is awaited).
    With(TextRange, bool),
    /// An `except` body: the previously handled exception is on the stack; the name bound by
    /// `as`, if any, is unbound on the way out.
    HandlerCleanup(Option<String>),
    /// A value kept on the stack under a `finally` body run by `return`.
    PopValue,
}

/// A block and the handler-stack height to restore when leaving it.
pub(super) struct OpenBlock {
    block: Block,
    handlers_below: usize,
}

impl Compiler<'_> {
    // ----- handlers ---------------------------------------------------------------------------

    /// Starts a handler at `target` covering what is emitted next.
    fn setup_handler(&mut self, target: Label, lasti: bool, pops: u32) -> usize {
        let unit = self.unit();
        unit.handlers.push(HandlerSetup {
            target,
            lasti,
            setup_at: unit.instrs.len(),
            pops,
        });
        let id = unit.handlers.len() - 1;
        unit.handler_stack.push(id);
        id
    }

    /// Covers what is emitted next by handler `id` again.
    fn resume_handler(&mut self, id: usize) {
        self.unit().handler_stack.push(id);
    }

    fn pop_handler(&mut self) {
        self.unit().handler_stack.pop();
    }

    pub(super) fn push_block(&mut self, block: Block) -> CResult {
        let handlers_below = self.unit().handler_stack.len();
        self.push_block_over(block, handlers_below)
    }

    /// Opens `block` whose handlers were pushed since the handler stack was `handlers_below`
    /// high. CPython refuses more than 20 blocks nested in one code object
    /// (`CO_MAXBLOCKS`)?; the error points at the statement being compiled.
    fn push_block_over(&mut self, block: Block, handlers_below: usize) -> CResult {
        if self.unit().blocks.len() >= MAX_NESTED_BLOCKS {
            let message = "too many statically nested blocks".to_string();
            return Err(self
                .lines
                .error_over(&self.filename, self.span, "SyntaxError", message));
        }
        self.unit().blocks.push(OpenBlock {
            block,
            handlers_below,
        });
        Ok(())
    }

    pub(super) fn pop_block(&mut self) {
        self.unit().blocks.pop();
    }

    /// The innermost loop's labels and how many blocks lie above it, if inside a loop.
    fn innermost_loop(&mut self) -> Option<(usize, Label, Label)> {
        let blocks = &self.unit().blocks;
        blocks
            .iter()
            .enumerate()
            .rev()
            .find_map(|(i, b)| match &b.block {
                Block::Loop(lp) => Some((i, lp.continue_to, lp.break_to)),
                _ => None,
            })
    }

    // ----- leaving blocks ---------------------------------------------------------------------

    /// Emits what leaving every block above index `keep` needs (innermost first), then `exit`
    /// (the jump or return), outside those blocks' handlers. With `preserve_top`, the value on
    /// top of the stack (a return value) stays on top. The blocks and handlers are restored
    /// afterwards, for the code that follows lexically.
    fn unwind_blocks(
        &mut self,
        keep: usize,
        preserve_top: bool,
        exit: impl FnOnce(&mut Self),
    ) -> CResult {
        let saved_handlers = self.unit().handler_stack.clone();
        // Each block is taken off the stack while it is left, so the code emitted for it (a
        // `finally` body with a `return` of its own) sees only the blocks outside it; all are
        // put back afterwards.
        let mut left: Vec<OpenBlock> = Vec::new();
        let mut result = Ok(());
        while self.unit().blocks.len() > keep {
            let open = self.unit().blocks.pop().expect("more blocks than `keep`");
            result = self.unwind_one(&open, preserve_top);
            left.push(open);
            if result.is_err() {
                break;
            }
        }
        if result.is_ok() {
            exit(self);
        }
        while let Some(open) = left.pop() {
            self.unit().blocks.push(open);
        }
        self.unit().handler_stack = saved_handlers;
        result
    }

    fn unwind_one(&mut self, open: &OpenBlock, preserve_top: bool) -> CResult {
        match &open.block {
            Block::Loop(lp) => {
                if lp.is_for {
                    if preserve_top {
                        self.emit(Opcode::Swap, 2);
                    }
                    self.emit(Opcode::PopTop, 0);
                }
            }
            Block::TryExcept => self.unit().handler_stack.truncate(open.handlers_below),
            Block::FinallyTry(body) => {
                self.unit().handler_stack.truncate(open.handlers_below);
                if preserve_top {
                    self.push_block(Block::PopValue)?;
                }
                let saved = (self.span, self.position);
                self.statements(body)?;
                self.restore_span(saved);
                if preserve_top {
                    self.pop_block();
                }
            }
            Block::FinallyEnd => {
                if preserve_top {
                    self.emit(Opcode::Swap, 2);
                }
                self.emit(Opcode::PopTop, 0);
                if preserve_top {
                    self.emit(Opcode::Swap, 2);
                }
                self.unit().handler_stack.truncate(open.handlers_below);
                self.emit(Opcode::PopExcept, 0);
            }
            Block::With(range, is_async) => {
                self.unit().handler_stack.truncate(open.handlers_below);
                // Not restored: CPython leaves the `with` statement's location on what follows.
                self.set_span(*range);
                if preserve_top {
                    self.emit(Opcode::Swap, 2);
                }
                self.emit_exit_call(*is_async);
            }
            Block::HandlerCleanup(name) => {
                if preserve_top {
                    self.emit(Opcode::Swap, 2);
                }
                self.unit().handler_stack.truncate(open.handlers_below);
                self.emit(Opcode::PopExcept, 0);
                if let Some(name) = name {
                    self.unbind_handler_name(name);
                }
            }
            Block::PopValue => {
                if preserve_top {
                    self.emit(Opcode::Swap, 2);
                }
                self.emit(Opcode::PopTop, 0);
            }
        }
        Ok(())
    }

    /// `return [value]` from inside any blocks.
    pub(super) fn return_statement(&mut self, value: Option<&Expr>) -> CResult {
        match value {
            Some(value) => {
                self.expr(value)?;
                self.unwind_blocks(0, true, |c| c.emit(Opcode::ReturnValue, 0))
            }
            None => self.unwind_blocks(0, false, |c| {
                c.emit_const(Value::None);
                c.emit(Opcode::ReturnValue, 0);
            }),
        }
    }

    pub(super) fn break_statement(&mut self, at: TextSize) -> CResult {
        let Some((index, _, break_to)) = self.innermost_loop() else {
            return Err(self.error(at, "'break' outside loop"));
        };
        self.unwind_blocks(index, false, |c| c.emit_jump(Opcode::JumpForward, break_to))
    }

    pub(super) fn continue_statement(&mut self, at: TextSize) -> CResult {
        let Some((index, continue_to, _)) = self.innermost_loop() else {
            return Err(self.error(at, "'continue' not properly in loop"));
        };
        self.unwind_blocks(index + 1, false, |c| {
            c.emit_jump(Opcode::JumpForward, continue_to)
        })
    }

    // ----- statements -------------------------------------------------------------------------

    pub(super) fn try_statement(&mut self, s: &ast::StmtTry) -> CResult {
        if s.is_star {
            return Err(self.unsupported_plural(s.start(), "'except*' clauses (exception groups)"));
        }
        if s.finalbody.is_empty() {
            return self.try_except(s);
        }
        // try/finally, around a try/except when there are handlers.
        let (finally_raised, exit, cleanup) =
            (self.new_label(), self.new_label(), self.new_label());
        let below = self.unit().handler_stack.len();
        self.setup_handler(finally_raised, false, 0);
        self.push_block_over(Block::FinallyTry(s.finalbody.to_vec()), below)?;
        if s.handlers.is_empty() {
            self.statements(&s.body)?;
        } else {
            self.try_except(s)?;
        }
        self.pop_block();
        self.pop_handler();
        self.statements(&s.finalbody)?;
        self.emit_jump(Opcode::JumpForward, exit);

        // The exception path: [exc] -> [prev, exc] while the finally body runs.
        self.bind(finally_raised);
        let below = self.unit().handler_stack.len();
        self.setup_handler(cleanup, true, 0);
        self.emit(Opcode::PushExcInfo, 0);
        self.push_block_over(Block::FinallyEnd, below)?;
        self.statements(&s.finalbody)?;
        self.pop_block();
        self.emit(Opcode::Reraise, 0);
        self.pop_handler();
        self.bind(cleanup);
        self.emit_cleanup_reraise();
        self.bind(exit);
        Ok(())
    }

    /// The `try` body, `except` clauses and `else` of a `try` statement.
    fn try_except(&mut self, s: &ast::StmtTry) -> CResult {
        let (raised, end, cleanup) = (self.new_label(), self.new_label(), self.new_label());
        let below = self.unit().handler_stack.len();
        self.setup_handler(raised, false, 0);
        self.push_block_over(Block::TryExcept, below)?;
        self.statements(&s.body)?;
        self.pop_block();
        self.pop_handler();
        self.statements(&s.orelse)?;
        self.emit_jump(Opcode::JumpForward, end);

        // [exc] -> [prev, exc]; the clauses run under `cleanup`, which restores `prev`.
        self.bind(raised);
        let below = self.unit().handler_stack.len();
        let cleanup_id = self.setup_handler(cleanup, true, 0);
        self.emit(Opcode::PushExcInfo, 0);
        for (i, clause) in s.handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = clause;
            self.set_span(h.range());
            let next = self.new_label();
            match &h.type_ {
                Some(pattern) => {
                    self.expr(pattern)?;
                    self.set_span(h.range());
                    self.emit(Opcode::CheckExcMatch, 0);
                    self.emit_jump(Opcode::PopJumpIfFalse, next);
                }
                None if i + 1 < s.handlers.len() => {
                    return Err(self.error(h.start(), "default 'except:' must be last"));
                }
                None => {}
            }
            match &h.name {
                Some(name) => {
                    let name = name.id.to_string();
                    self.store_name(&name);
                    // The body runs under a handler that unbinds the name on the way out.
                    let cleanup_end = self.new_label();
                    self.setup_handler(cleanup_end, true, 0);
                    self.push_block_over(Block::HandlerCleanup(Some(name.clone())), below)?;
                    self.statements(&h.body)?;
                    self.pop_block();
                    self.pop_handler();
                    self.pop_handler();
                    self.emit(Opcode::PopExcept, 0);
                    self.unbind_handler_name(&name);
                    self.emit_jump(Opcode::JumpForward, end);
                    self.bind(cleanup_end);
                    self.resume_handler(cleanup_id);
                    self.unbind_handler_name(&name);
                    self.emit(Opcode::Reraise, 1);
                }
                None => {
                    self.emit(Opcode::PopTop, 0);
                    self.push_block_over(Block::HandlerCleanup(None), below)?;
                    self.statements(&h.body)?;
                    self.pop_block();
                    self.pop_handler();
                    self.emit(Opcode::PopExcept, 0);
                    self.emit_jump(Opcode::JumpForward, end);
                    self.resume_handler(cleanup_id);
                }
            }
            self.bind(next);
        }
        // No clause matched.
        self.emit(Opcode::Reraise, 0);
        self.pop_handler();
        self.bind(cleanup);
        self.emit_cleanup_reraise();
        self.bind(end);
        Ok(())
    }

    /// `name = None; del name`, as an `except ... as name` clause ends.
    fn unbind_handler_name(&mut self, name: &str) {
        self.emit_const(Value::None);
        self.store_name(name);
        self.delete_name(name);
    }

    /// The handler of a handler: restore the previously handled exception (three items down:
    /// `[prev, lasti, exc]`) and raise again.
    fn emit_cleanup_reraise(&mut self) {
        self.emit(Opcode::Copy, 3);
        self.emit(Opcode::PopExcept, 0);
        self.emit(Opcode::Reraise, 1);
    }

    /// `exit(None, None, None)` for the bound `__exit__` (or `__aexit__`, whose result is
    /// awaited) on top of the stack, result discarded.
    fn emit_exit_call(&mut self, is_async: bool) {
        for _ in 0..3 {
            self.emit_const(Value::None);
        }
        self.emit(Opcode::Call, 3);
        if is_async {
            self.emit_await_from(2);
        }
        self.emit(Opcode::PopTop, 0);
    }

    pub(super) fn with_statement(&mut self, s: &ast::StmtWith) -> CResult {
        if s.is_async && !self.unit_ref().scope.is_some_and(|scope| scope.coroutine) {
            let message = "'async with' outside async function".to_string();
            let lines = self.lines;
            return Err(lines.error_over(&self.filename, s.range(), "SyntaxError", message));
        }
        self.with_items(s, 0)
    }

    /// The `with` items from `first` on, each nesting the rest and the body.
    fn with_items(&mut self, s: &ast::StmtWith, first: usize) -> CResult {
        let Some(item) = s.items.get(first) else {
            return self.statements(&s.body);
        };
        let (raised, exit, cleanup, suppress) = (
            self.new_label(),
            self.new_label(),
            self.new_label(),
            self.new_label(),
        );
        self.set_span(item.context_expr.range());
        self.expr(&item.context_expr)?;
        // The protocol's instructions carry the whole statement's range.
        self.set_span(s.range());
        // [mgr] -> [exit, enter()]
        if s.is_async {
            self.emit(Opcode::BeforeAsyncWith, 0);
            self.emit_await_from(1);
        } else {
            self.emit(Opcode::BeforeWith, 0);
        }
        let below = self.unit().handler_stack.len();
        self.setup_handler(raised, true, 1);
        match &item.optional_vars {
            Some(target) => {
                self.set_span(target.range());
                self.store_target(target)?;
            }
            None => self.emit(Opcode::PopTop, 0),
        }
        self.push_block_over(Block::With(s.range(), s.is_async), below)?;
        self.with_items(s, first + 1)?;
        self.pop_block();
        self.pop_handler();
        self.set_span(s.range());
        self.emit_exit_call(s.is_async);
        self.emit_jump(Opcode::JumpForward, exit);

        // [exit, lasti, exc] -> [exit, lasti, prev, exc, exit(type, exc, tb)]
        self.bind(raised);
        self.setup_handler(cleanup, true, 0);
        self.emit(Opcode::PushExcInfo, 0);
        self.emit(Opcode::WithExceptStart, 0);
        if s.is_async {
            self.emit_await_from(2);
        }
        self.emit_jump(Opcode::PopJumpIfTrue, suppress);
        self.emit(Opcode::Reraise, 2);
        self.bind(suppress);
        self.emit(Opcode::PopTop, 0);
        self.pop_handler();
        self.emit(Opcode::PopExcept, 0);
        self.emit(Opcode::PopTop, 0);
        self.emit(Opcode::PopTop, 0);
        self.emit_jump(Opcode::JumpForward, exit);
        self.bind(cleanup);
        self.emit_cleanup_reraise();
        self.bind(exit);
        Ok(())
    }

    /// `async for`: `GET_AITER`, then per item `GET_ANEXT` and the awaiting loop, covered by
    /// a handler (`END_ASYNC_FOR`) that ends the loop at StopAsyncIteration.
    pub(super) fn async_for_statement(&mut self, s: &ast::StmtFor) -> CResult {
        if !self.unit_ref().scope.is_some_and(|scope| scope.coroutine) {
            let message = "'async for' outside async function".to_string();
            let lines = self.lines;
            return Err(lines.error_over(&self.filename, s.range(), "SyntaxError", message));
        }
        let (top, stopped, end) = (self.new_label(), self.new_label(), self.new_label());
        self.expr(&s.iter)?;
        self.set_span(s.range());
        self.emit(Opcode::GetAiter, 0);
        self.bind(top);
        self.setup_handler(stopped, false, 0);
        // GET_ANEXT leaves what to await already made awaitable.
        self.emit(Opcode::GetAnext, 0);
        self.emit_const(Value::None);
        self.delegate_loop();
        self.pop_handler();
        self.for_body(s, top, end)?;
        // [aiter, exc]: StopAsyncIteration ends the loop (the iterator is dropped too).
        self.bind(stopped);
        self.emit(Opcode::EndAsyncFor, 0);
        self.emit(Opcode::PopTop, 0);
        self.statements(&s.orelse)?;
        self.bind(end);
        Ok(())
    }

    pub(super) fn raise_statement(&mut self, s: &ast::StmtRaise) -> CResult {
        let mut argc = 0;
        if let Some(exc) = &s.exc {
            self.expr(exc)?;
            argc = 1;
            if let Some(cause) = &s.cause {
                self.expr(cause)?;
                argc = 2;
            }
        }
        self.set_span(s.range());
        self.emit(Opcode::RaiseVarargs, argc);
        Ok(())
    }

    pub(super) fn assert_statement(&mut self, s: &ast::StmtAssert) -> CResult {
        if super::super::optimize() {
            return Ok(());
        }
        let end = self.new_label();
        self.expr(&s.test)?;
        // CPython's raise takes the location its conditional jump had: the last comparison the
        // test ends with, else the whole statement.
        let location = condition_range(&s.test).unwrap_or(s.range());
        self.set_span(location);
        self.emit_jump(Opcode::PopJumpIfTrue, end);
        self.emit(Opcode::LoadAssertionError, 0);
        if let Some(msg) = &s.msg {
            self.expr(msg)?;
            self.set_span(location);
            self.emit(Opcode::Call, 1);
        }
        self.emit(Opcode::RaiseVarargs, 1);
        self.bind(end);
        Ok(())
    }
}

/// Where CPython 3.11's `compiler_jump_if` leaves the location after compiling `test` as a
/// condition: at the comparison the condition ends with (through `not`, `and`/`or` and
/// conditional expressions), or `None` when it falls back to evaluating an expression (which
/// restores the statement's location).
fn condition_range(test: &Expr) -> Option<TextRange> {
    match test {
        Expr::UnaryOp(u) if u.op == AstUnary::Not => condition_range(&u.operand),
        Expr::BoolOp(b) => b.values.last().and_then(condition_range),
        Expr::If(e) => condition_range(&e.orelse),
        Expr::Compare(_) => Some(test.range()),
        _ => None,
    }
}

/// The exception table of a finished unit: one entry per run of instructions emitted under the
/// same handler. `depth_at` is the stack depth before each instruction (`None`: unreachable).
pub(super) fn exception_table(
    handlers: &[HandlerSetup],
    instr_handlers: &[Option<u32>],
    labels: &[Option<usize>],
    depth_at: &[Option<i32>],
) -> Vec<ExceptionEntry> {
    let mut table: Vec<ExceptionEntry> = Vec::new();
    for (index, handler) in instr_handlers.iter().enumerate() {
        let Some(id) = handler else { continue };
        let setup = &handlers[*id as usize];
        if let Some(last) = table.last_mut()
            && last.end as usize == index
            && last.handler_id == *id
        {
            last.end += 1;
            continue;
        }
        let target = labels[setup.target.0].unwrap_or(0) as u32;
        let depth = handler_depth(setup, depth_at).unwrap_or(0);
        table.push(ExceptionEntry {
            start: index as u32,
            end: index as u32 + 1,
            target,
            depth,
            lasti: setup.lasti,
            handler_id: *id,
        });
    }
    table
}

/// The stack depth a handler unwinds to, once the flow has reached its setup point.
fn handler_depth(setup: &HandlerSetup, depth_at: &[Option<i32>]) -> Option<u32> {
    let depth = (*depth_at.get(setup.setup_at)?)?;
    Some((depth - setup.pops as i32).max(0) as u32)
}

/// The handler edges leaving instruction `pc` once it is reached with `depth`: the handlers set
/// up there, each with the depth its target is entered with.
pub(super) fn handler_edges(
    handlers: &[HandlerSetup],
    labels: &[Option<usize>],
    pc: usize,
    depth: i32,
) -> Vec<(usize, i32)> {
    handlers
        .iter()
        .filter(|h| h.setup_at == pc)
        .filter_map(|h| {
            let target = labels[h.target.0]?;
            Some((target, depth - h.pops as i32 + 1 + i32::from(h.lasti)))
        })
        .collect()
}
