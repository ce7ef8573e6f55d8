//! Freeing a parsed module without recursing once per nesting level. The AST's own drop glue
//! recurses through every `Box<Expr>`, and nothing bounds how deep a left-leaning chain goes
//! (`1+1+...+1`, `f()()()...`: the parser builds those in a loop): a few million terms
//! overflowed the interpreter thread's stack while dropping the tree, even after the code
//! generator had refused it. Here every expression is detached from its parent (swapped for a
//! `None` literal) and freed from an explicit work list, so each drop is shallow.

use std::cell::RefCell;

use ruff_python_ast::visitor::transformer::{Transformer, walk_expr, walk_stmt};
use ruff_python_ast::{Expr, ExprNoneLiteral, ModModule};

/// Collects the expressions it detaches from the node being walked.
struct Detach {
    detached: RefCell<Vec<Expr>>,
}

impl Transformer for Detach {
    fn visit_expr(&self, expr: &mut Expr) {
        let child = std::mem::replace(expr, Expr::NoneLiteral(ExprNoneLiteral::default()));
        self.detached.borrow_mut().push(child);
    }
}

/// Drops a module's statements with Rust stack use independent of expression depth.
pub fn free_module(module: ModModule) {
    let mut body = module.body;
    let detach = Detach {
        detached: RefCell::new(Vec::new()),
    };
    for stmt in body.iter_mut() {
        walk_stmt(&detach, stmt);
    }
    drop(body);
    loop {
        let Some(mut expr) = detach.detached.borrow_mut().pop() else {
            break;
        };
        walk_expr(&detach, &mut expr);
        drop(expr);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_deep_chain_is_freed_on_a_small_stack() {
        let source = format!("x = {}\n", vec!["1"; 200_000].join("+"));
        let parsed = ruff_python_parser::parse_module(&source).expect("parses");
        let worker = std::thread::Builder::new()
            .stack_size(256 * 1024)
            .spawn(move || free_module(parsed.into_syntax()));
        assert!(worker.expect("thread starts").join().is_ok());
    }
}
