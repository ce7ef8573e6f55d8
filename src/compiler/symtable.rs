//! Scope resolution for one function body: which names are locals (parameters and anything the
//! body binds) and which are declared `global`. Nested function bodies are scanned separately;
//! only their `def` name binds in the enclosing scope.

use std::collections::{HashMap, HashSet};

use ruff_python_ast::{Expr, Stmt};

/// The names a function body binds.
pub struct FunctionScope {
    /// Parameters first, then other bound names in order of first appearance.
    pub locals: Vec<String>,
    /// The slot of each name in `locals`.
    slots: HashMap<String, usize>,
    pub globals: HashSet<String>,
}

impl FunctionScope {
    pub fn analyze(params: &[String], body: &[Stmt]) -> FunctionScope {
        let mut scope = FunctionScope {
            locals: Vec::new(),
            slots: HashMap::new(),
            globals: HashSet::new(),
        };
        for param in params {
            scope.add_local(param.clone());
        }
        let mut bound = Vec::new();
        collect_globals(body, &mut scope.globals);
        collect_bindings(body, &mut bound);
        for name in bound {
            if !scope.globals.contains(&name) {
                scope.add_local(name);
            }
        }
        scope
    }

    fn add_local(&mut self, name: String) {
        if !self.slots.contains_key(&name) {
            self.slots.insert(name.clone(), self.locals.len());
            self.locals.push(name);
        }
    }

    pub fn is_local(&self, name: &str) -> bool {
        self.local_slot(name).is_some()
    }

    pub fn local_slot(&self, name: &str) -> Option<usize> {
        if self.globals.contains(name) {
            return None;
        }
        self.slots.get(name).copied()
    }
}

fn collect_globals(body: &[Stmt], out: &mut HashSet<String>) {
    for stmt in body {
        match stmt {
            Stmt::Global(g) => out.extend(g.names.iter().map(|n| n.id.to_string())),
            Stmt::If(s) => {
                collect_globals(&s.body, out);
                for clause in &s.elif_else_clauses {
                    collect_globals(&clause.body, out);
                }
            }
            Stmt::While(s) => {
                collect_globals(&s.body, out);
                collect_globals(&s.orelse, out);
            }
            Stmt::For(s) => {
                collect_globals(&s.body, out);
                collect_globals(&s.orelse, out);
            }
            _ => {}
        }
    }
}

/// Every name bound by an assignment target.
pub fn target_names(target: &Expr, out: &mut Vec<String>) {
    match target {
        Expr::Name(n) => out.push(n.id.to_string()),
        Expr::Tuple(t) => t.elts.iter().for_each(|e| target_names(e, out)),
        Expr::List(l) => l.elts.iter().for_each(|e| target_names(e, out)),
        Expr::Starred(s) => target_names(&s.value, out),
        _ => {}
    }
}

fn collect_bindings(body: &[Stmt], out: &mut Vec<String>) {
    for stmt in body {
        match stmt {
            Stmt::Assign(s) => s.targets.iter().for_each(|t| target_names(t, out)),
            Stmt::AugAssign(s) => target_names(&s.target, out),
            Stmt::AnnAssign(s) => target_names(&s.target, out),
            Stmt::For(s) => {
                target_names(&s.target, out);
                collect_bindings(&s.body, out);
                collect_bindings(&s.orelse, out);
            }
            Stmt::While(s) => {
                collect_bindings(&s.body, out);
                collect_bindings(&s.orelse, out);
            }
            Stmt::If(s) => {
                collect_bindings(&s.body, out);
                for clause in &s.elif_else_clauses {
                    collect_bindings(&clause.body, out);
                }
            }
            Stmt::FunctionDef(f) => out.push(f.name.id.to_string()),
            Stmt::ClassDef(c) => out.push(c.name.id.to_string()),
            Stmt::Import(i) => {
                for alias in &i.names {
                    let bound = alias.asname.as_ref().unwrap_or(&alias.name).id.to_string();
                    out.push(bound.split('.').next().unwrap_or("").to_string());
                }
            }
            Stmt::ImportFrom(i) => {
                for alias in &i.names {
                    out.push(alias.asname.as_ref().unwrap_or(&alias.name).id.to_string());
                }
            }
            _ => {}
        }
    }
}
