//! CPython's two limits on how deeply a module nests, applied to the parsed module:
//!
//! - Its compiler refuses a syntax tree more than 3000 levels deep with a bare
//!   `RecursionError: maximum recursion depth exceeded during compilation`. Levels are counted
//!   as CPython's AST optimiser counts them: every statement and expression is one level below
//!   its parent, and an `elif` is an `if` nested in the previous clause's `else`.
//! - Its parser's stack holds 6000 grammar-rule calls; beyond that it fails with a bare
//!   `MemoryError`. How many rule calls a construct costs is a property of CPython's grammar;
//!   this estimates it from the constructs that nest without brackets (prefix operators,
//!   conditional expressions, `elif`, `**`, `lambda`) on top of a fixed cost per statement and
//!   per enclosing block. The estimate is exact for such chains in a module-level assignment
//!   and a few levels off elsewhere. Brackets are limited to 200 levels before parsing.

use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{Expr, Operator, Stmt};

use super::CompileError;

/// CPython 3.11 compiles at most this many nested statements and expressions (its recursion
/// limit, 1000, times its compiler's stack-frame scale, 3).
pub const COMPILER_RECURSION_LIMIT: usize = 3000;

/// CPython's parser fails past this many nested grammar-rule calls (its MAXSTACK).
pub const PARSER_STACK_LIMIT: usize = 6000;

/// Rule calls in progress when CPython's parser reaches the value of a module-level assignment
/// (measured: `x = ` then 5967 minus signs parse, 5968 do not).
pub const STATEMENT_PARSER_LEVELS: usize = 33;

/// Rule calls each enclosing block (a compound statement's body) adds.
const BLOCK_PARSER_LEVELS: usize = 6;

/// Parser rule calls per nesting of each chain that nests without brackets.
const PREFIX_OPERATOR_LEVELS: usize = 1;
const CONDITIONAL_LEVELS: usize = 1;
const ELIF_LEVELS: usize = 1;
const POWER_LEVELS: usize = 2;
const LAMBDA_LEVELS: usize = 2;

/// Refuses `body` if CPython would: MemoryError first (CPython's parser runs before its
/// compiler), then RecursionError.
pub fn check_nesting(body: &[Stmt]) -> Result<(), CompileError> {
    let mut walker = NestingWalker {
        depth: 0,
        parser_levels: STATEMENT_PARSER_LEVELS,
        too_deep: false,
        parser_overflow: false,
    };
    for stmt in body {
        walker.visit_stmt(stmt);
    }
    if walker.parser_overflow {
        return Err(CompileError::bare("MemoryError", ""));
    }
    if walker.too_deep {
        return Err(CompileError::bare(
            "RecursionError",
            "maximum recursion depth exceeded during compilation",
        ));
    }
    Ok(())
}

/// The walk stops descending here: a tree this deep is refused already, and a parser overflow
/// below it would need a chain longer than the parser's whole stack.
const DESCENT_CAP: usize = COMPILER_RECURSION_LIMIT + PARSER_STACK_LIMIT;

struct NestingWalker {
    /// CPython's compiler depth of the node being visited.
    depth: usize,
    /// Estimated parser rule calls in progress at the node being visited.
    parser_levels: usize,
    too_deep: bool,
    parser_overflow: bool,
}

impl NestingWalker {
    /// Enters one more level of the syntax tree; false if the walk should not descend.
    fn enter(&mut self) -> bool {
        if self.parser_overflow || self.depth >= DESCENT_CAP {
            return false;
        }
        self.depth += 1;
        if self.depth > COMPILER_RECURSION_LIMIT {
            self.too_deep = true;
        }
        true
    }

    /// Runs `visit` with `levels` more parser rule calls in progress.
    fn with_parser_levels(&mut self, levels: usize, visit: impl FnOnce(&mut Self)) {
        self.parser_levels += levels;
        if self.parser_levels > PARSER_STACK_LIMIT {
            self.parser_overflow = true;
        } else {
            visit(self);
        }
        self.parser_levels -= levels;
    }
}

impl<'a> Visitor<'a> for NestingWalker {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        if !self.enter() {
            return;
        }
        match stmt {
            Stmt::If(statement) => {
                self.visit_expr(&statement.test);
                self.visit_body(&statement.body);
                // Each `elif` is an `if` one level deeper; `else` belongs to the last of them.
                let (depth, levels) = (self.depth, self.parser_levels);
                for clause in &statement.elif_else_clauses {
                    if let Some(test) = &clause.test {
                        if !self.enter() {
                            break;
                        }
                        self.parser_levels += ELIF_LEVELS;
                        if self.parser_levels > PARSER_STACK_LIMIT {
                            self.parser_overflow = true;
                            break;
                        }
                        self.visit_expr(test);
                    }
                    self.visit_body(&clause.body);
                }
                (self.depth, self.parser_levels) = (depth, levels);
            }
            _ => visitor::walk_stmt(self, stmt),
        }
        self.depth -= 1;
    }

    fn visit_body(&mut self, body: &'a [Stmt]) {
        self.with_parser_levels(BLOCK_PARSER_LEVELS, |walker| {
            visitor::walk_body(walker, body);
        });
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        if !self.enter() {
            return;
        }
        match expr {
            Expr::UnaryOp(unary) => {
                self.with_parser_levels(PREFIX_OPERATOR_LEVELS, |walker| {
                    walker.visit_expr(&unary.operand);
                });
            }
            Expr::If(conditional) => {
                self.visit_expr(&conditional.test);
                self.visit_expr(&conditional.body);
                self.with_parser_levels(CONDITIONAL_LEVELS, |walker| {
                    walker.visit_expr(&conditional.orelse);
                });
            }
            Expr::BinOp(binary) if binary.op == Operator::Pow => {
                self.visit_expr(&binary.left);
                self.with_parser_levels(POWER_LEVELS, |walker| {
                    walker.visit_expr(&binary.right);
                });
            }
            Expr::Lambda(lambda) => {
                if let Some(parameters) = &lambda.parameters {
                    self.visit_parameters(parameters);
                }
                self.with_parser_levels(LAMBDA_LEVELS, |walker| walker.visit_expr(&lambda.body));
            }
            _ => visitor::walk_expr(self, expr),
        }
        self.depth -= 1;
    }
}
