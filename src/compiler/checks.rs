//! The SyntaxErrors CPython raises after parsing and before (or while) generating code, found
//! in one walk over the whole module and reported in CPython's order: duplicate parameters and
//! `global` declarations that come after the name is used, assigned, annotated or bound as a
//! parameter in the same scope (CPython's symbol table), then repeated keyword arguments in a
//! call (its code generator). Scopes are modelled as CPython's symbol table builds them, including those of
//! constructs Spindle cannot compile yet (classes, lambdas, comprehensions), so a script that is
//! invalid Python gets CPython's error rather than "not supported". No code is generated here.

use std::collections::HashMap;
use std::rc::Rc;

use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{self as ast, Expr, ExprContext, Stmt};
use ruff_text_size::{Ranged, TextRange};

use super::{CompileError, LineIndex};

/// What a scope has seen a name do, as CPython's symbol table flags it.
#[derive(Clone, Copy, Default)]
struct NameUse(u8);

impl NameUse {
    const ASSIGNED: u8 = 1;
    const PARAMETER: u8 = 2;
    const READ: u8 = 4;
    const ANNOTATED: u8 = 8;
    const GLOBAL: u8 = 16;

    fn has(self, flag: u8) -> bool {
        self.0 & flag != 0
    }
}

/// One function, class, lambda or comprehension body (or the module).
#[derive(Default)]
struct Scope<'a> {
    is_module: bool,
    names: HashMap<&'a str, NameUse>,
}

/// Checks `body`, a parsed module, for the errors this module finds.
pub fn check_module(
    body: &[Stmt],
    lines: &LineIndex,
    filename: &Rc<str>,
) -> Result<(), CompileError> {
    let mut checker = Checker {
        lines,
        filename,
        scopes: vec![Scope {
            is_module: true,
            names: HashMap::new(),
        }],
        scope_error: None,
        keyword_error: None,
    };
    for stmt in body {
        checker.visit_stmt(stmt);
    }
    match (checker.scope_error, checker.keyword_error) {
        (Some(error), _) | (None, Some(error)) => Err(error),
        (None, None) => Ok(()),
    }
}

struct Checker<'l, 'a> {
    lines: &'l LineIndex<'l>,
    filename: &'l Rc<str>,
    scopes: Vec<Scope<'a>>,
    /// The first error CPython's symbol table raises.
    scope_error: Option<CompileError>,
    /// The first repeated keyword argument CPython's code generator meets.
    keyword_error: Option<CompileError>,
}

impl<'a> Checker<'_, 'a> {
    fn error_over(&self, range: TextRange, message: String) -> CompileError {
        self.lines
            .error_over(self.filename, range, "SyntaxError", message)
    }

    fn scope(&mut self) -> &mut Scope<'a> {
        let last = self.scopes.len() - 1;
        &mut self.scopes[last]
    }

    fn mark(&mut self, name: &'a str, flag: u8) {
        self.scope().names.entry(name).or_default().0 |= flag;
    }

    fn uses_of(&mut self, name: &str) -> NameUse {
        self.scope().names.get(name).copied().unwrap_or_default()
    }

    fn in_new_scope(&mut self, body: impl FnOnce(&mut Self)) {
        self.scopes.push(Scope::default());
        body(self);
        self.scopes.pop();
    }

    fn scope_error(&mut self, range: TextRange, message: String) {
        if self.scope_error.is_none() {
            self.scope_error = Some(self.error_over(range, message));
        }
    }

    /// `global a, b` or `nonlocal a, b` (`kind`): each name must not have been used,
    /// assigned, annotated or made a parameter earlier in this scope.
    fn declaration(&mut self, names: &'a [ast::Identifier], range: TextRange, kind: &str) {
        for name in names {
            let name = name.id.as_str();
            let uses = self.uses_of(name);
            let message = if uses.has(NameUse::PARAMETER) {
                format!("name '{name}' is parameter and {kind}")
            } else if uses.has(NameUse::READ) {
                format!("name '{name}' is used prior to {kind} declaration")
            } else if uses.has(NameUse::ANNOTATED) {
                format!("annotated name '{name}' can't be {kind}")
            } else if uses.has(NameUse::ASSIGNED) {
                format!("name '{name}' is assigned to before {kind} declaration")
            } else {
                if kind == "global" {
                    self.mark(name, NameUse::GLOBAL);
                }
                continue;
            };
            self.scope_error(range, message);
            return;
        }
    }

    /// `x: T = v`: a plain name annotated in a function or class must not be global.
    fn annotated_assignment(&mut self, statement: &'a ast::StmtAnnAssign) {
        match &*statement.target {
            Expr::Name(name) => {
                let id = name.id.as_str();
                let in_module = self.scope().is_module;
                if statement.simple && !in_module && self.uses_of(id).has(NameUse::GLOBAL) {
                    let message = format!("annotated name '{id}' can't be global");
                    self.scope_error(statement.range(), message);
                }
                if statement.simple {
                    self.mark(id, NameUse::ANNOTATED | NameUse::ASSIGNED);
                } else if statement.value.is_some() {
                    self.mark(id, NameUse::ASSIGNED);
                }
            }
            target => self.visit_expr(target),
        }
        self.visit_expr(&statement.annotation);
        if let Some(value) = &statement.value {
            self.visit_expr(value);
        }
    }

    /// Decorators, defaults and annotations belong to the enclosing scope; the parameters and
    /// the body to the function's own.
    fn function(&mut self, function: &'a ast::StmtFunctionDef) {
        self.mark(function.name.id.as_str(), NameUse::ASSIGNED);
        for decorator in &function.decorator_list {
            self.visit_expr(&decorator.expression);
        }
        self.visit_parameters(&function.parameters);
        if let Some(returns) = &function.returns {
            self.visit_expr(returns);
        }
        self.in_new_scope(|checker| {
            checker.mark_parameters(&function.parameters);
            checker.visit_body(&function.body);
        });
    }

    /// Binds the parameters in the new scope; a name twice is CPython's "duplicate argument".
    fn mark_parameters(&mut self, parameters: &'a ast::Parameters) {
        for parameter in parameters.iter() {
            let parameter = parameter.as_parameter();
            let name = parameter.name.id.as_str();
            if self.uses_of(name).has(NameUse::PARAMETER) {
                let message = format!("duplicate argument '{name}' in function definition");
                self.scope_error(parameter.range(), message);
            }
            self.mark(name, NameUse::PARAMETER);
        }
    }

    /// A comprehension: the first iterable is evaluated in the enclosing scope, the rest in the
    /// comprehension's own.
    fn comprehension(
        &mut self,
        generators: &'a [ast::Comprehension],
        results: &[Option<&'a Expr>],
    ) {
        if let Some(first) = generators.first() {
            self.visit_expr(&first.iter);
        }
        self.in_new_scope(|checker| {
            for (i, generator) in generators.iter().enumerate() {
                if i > 0 {
                    checker.visit_expr(&generator.iter);
                }
                checker.visit_expr(&generator.target);
                for condition in &generator.ifs {
                    checker.visit_expr(condition);
                }
            }
            for result in results.iter().flatten() {
                checker.visit_expr(result);
            }
        });
    }

    /// A call repeating a keyword: CPython reports, before compiling the call's parts, the
    /// second occurrence of the earliest keyword given twice.
    fn repeated_keyword(&mut self, call: &ast::ExprCall) {
        if self.keyword_error.is_some() {
            return;
        }
        let keywords = &call.arguments.keywords;
        let mut first_seen: HashMap<&str, usize> = HashMap::new();
        let mut repeated: Option<(usize, usize)> = None;
        for (index, keyword) in keywords.iter().enumerate() {
            let Some(name) = &keyword.arg else { continue };
            match first_seen.get(name.id.as_str()) {
                Some(&first) if repeated.is_none_or(|(earliest, _)| first < earliest) => {
                    repeated = Some((first, index));
                }
                Some(_) => {}
                None => {
                    first_seen.insert(name.id.as_str(), index);
                }
            }
        }
        if let Some((_, again)) = repeated
            && let Some(keyword) = keywords.get(again)
        {
            let name = keyword.arg.as_ref().map_or("", |n| n.id.as_str());
            let message = format!("keyword argument repeated: {name}");
            self.keyword_error = Some(self.error_over(keyword.range(), message));
        }
    }
}

impl<'a> Visitor<'a> for Checker<'_, 'a> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::Global(global) => self.declaration(&global.names, global.range(), "global"),
            Stmt::Nonlocal(nonlocal) => {
                self.declaration(&nonlocal.names, nonlocal.range(), "nonlocal")
            }
            Stmt::AnnAssign(assignment) => self.annotated_assignment(assignment),
            Stmt::FunctionDef(function) => self.function(function),
            Stmt::ClassDef(class) => {
                self.mark(class.name.id.as_str(), NameUse::ASSIGNED);
                for decorator in &class.decorator_list {
                    self.visit_expr(&decorator.expression);
                }
                if let Some(arguments) = &class.arguments {
                    self.visit_arguments(arguments);
                }
                self.in_new_scope(|checker| checker.visit_body(&class.body));
            }
            _ => visitor::walk_stmt(self, stmt),
        }
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::Name(name) => {
                let flag = match name.ctx {
                    ExprContext::Load => NameUse::READ,
                    _ => NameUse::ASSIGNED,
                };
                self.mark(name.id.as_str(), flag);
            }
            Expr::Call(call) => {
                self.repeated_keyword(call);
                visitor::walk_expr(self, expr);
            }
            Expr::Lambda(lambda) => {
                if let Some(parameters) = &lambda.parameters {
                    self.visit_parameters(parameters);
                }
                self.in_new_scope(|checker| {
                    if let Some(parameters) = &lambda.parameters {
                        checker.mark_parameters(parameters);
                    }
                    checker.visit_expr(&lambda.body);
                });
            }
            Expr::ListComp(c) => self.comprehension(&c.generators, &[Some(&c.elt)]),
            Expr::SetComp(c) => self.comprehension(&c.generators, &[Some(&c.elt)]),
            Expr::Generator(c) => self.comprehension(&c.generators, &[Some(&c.elt)]),
            Expr::DictComp(c) => {
                self.comprehension(&c.generators, &[c.key.as_deref(), Some(&c.value)])
            }
            _ => visitor::walk_expr(self, expr),
        }
    }

    fn visit_except_handler(&mut self, handler: &'a ast::ExceptHandler) {
        let ast::ExceptHandler::ExceptHandler(clause) = handler;
        if let Some(name) = &clause.name {
            self.mark(name.id.as_str(), NameUse::ASSIGNED);
        }
        visitor::walk_except_handler(self, handler);
    }
}
