//! Scope analysis (CPython's symbol table): one walk over the whole module records, for every
//! module, function, lambda and comprehension body, the names it binds, reads and declares
//! `global`/`nonlocal`; a second, top-down pass decides where each name lives — a fast local
//! slot, a cell (a local some nested function closes over), a free variable (a cell of an
//! enclosing function, reached through the closure), or a module global — and numbers the slots.
//! Code generation only asks `ScopeTable` where a name is; it never reasons about scopes itself.
//! SyntaxErrors about declarations in order of appearance are `checks`'s; the one error only the
//! top-down pass can see (`no binding for nonlocal 'x' found`) is raised here.

use std::collections::{HashMap, HashSet};

use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{self as ast, Expr, ExprContext, Stmt};
use ruff_text_size::{Ranged, TextRange};

/// What kind of body a scope is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Function,
    Lambda,
    Comprehension,
    /// A class body: its names live in the namespace dict (slot 0) the class is built from.
    Class,
}

/// Where a name lives, as code generation needs it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// A plain local: `LOAD_FAST`/`STORE_FAST` slot.
    Fast(u32),
    /// A cell in this frame's slot (a closed-over local, or a free variable copied in from the
    /// closure): `LOAD_DEREF`/`STORE_DEREF`.
    Deref(u32),
    /// A module global (or builtin).
    Global,
    /// A class body's name: `LOAD_NAME`/`STORE_NAME` on the namespace in slot 0.
    Name,
}

/// The finished analysis of one scope.
#[derive(Debug)]
pub struct ScopeInfo {
    pub kind: ScopeKind,
    /// Slot names: parameters (positional-only, positional, keyword-only, `*args`, `**kwargs`),
    /// then other locals in order of first binding, then free variables.
    pub varnames: Vec<String>,
    /// The slots holding cells created by this frame (`MAKE_CELL`), ascending.
    pub cells: Vec<u32>,
    /// Free variables, in closure order; they occupy the last `free.len()` slots.
    pub free: Vec<String>,
    places: HashMap<String, Place>,
    /// A function body containing `yield` or `yield from` (or a generator expression): calling
    /// it makes a generator.
    pub generator: bool,
    /// An `async def` body: calling it makes a coroutine.
    pub coroutine: bool,
    /// The slot of each cell this frame holds (its own cells and its free variables), by name:
    /// what a nested scope's closure is built from.
    cell_slots: HashMap<String, u32>,
}

impl ScopeInfo {
    /// Where `name` lives in this scope.
    pub fn place(&self, name: &str) -> Place {
        self.places.get(name).copied().unwrap_or(match self.kind {
            ScopeKind::Class => Place::Name,
            _ => Place::Global,
        })
    }

    /// The slot of the cell for `name`, to pass to a nested scope's closure.
    pub fn cell_slot(&self, name: &str) -> Option<u32> {
        self.cell_slots.get(name).copied()
    }
}

/// Every scope of a module, found by the AST node that opens it.
pub struct ScopeTable {
    scopes: Vec<ScopeInfo>,
    by_node: HashMap<(u32, u32), usize>,
}

/// An error found by the analysis: where, and CPython's message.
pub struct ScopeError {
    pub range: TextRange,
    pub message: String,
}

impl ScopeTable {
    /// Analyses a parsed module; with `namespace_body` its top level is analysed as a class
    /// body is (names in a namespace, unseen by nested functions), as `exec` code runs.
    pub fn build(body: &[Stmt], namespace_body: bool) -> Result<ScopeTable, ScopeError> {
        let root = if namespace_body {
            ScopeKind::Class
        } else {
            ScopeKind::Module
        };
        let mut collector = Collector {
            raw: vec![RawScope::new(root, None, TextRange::default())],
            current: 0,
            error: None,
        };
        for stmt in body {
            collector.visit_stmt(stmt);
        }
        if let Some(error) = collector.error {
            return Err(error);
        }
        let raw = collector.raw;
        let mut table = ScopeTable {
            scopes: Vec::with_capacity(raw.len()),
            by_node: HashMap::new(),
        };
        let mut infos: Vec<Option<ScopeInfo>> = (0..raw.len()).map(|_| None).collect();
        analyze(&raw, 0, &HashSet::new(), &mut infos)?;
        for (id, (info, scope)) in infos.into_iter().zip(&raw).enumerate() {
            let info = info.unwrap_or_else(module_info);
            table.scopes.push(info);
            table.by_node.insert(key(scope.node), id);
        }
        Ok(table)
    }

    /// The top level's scope when it was analysed as a namespace body (see `build`).
    pub fn namespace_root(&self) -> Option<&ScopeInfo> {
        self.scopes.first().filter(|s| s.kind == ScopeKind::Class)
    }

    /// The scope opened by the node spanning `range` (a `def`, lambda or comprehension).
    pub fn of(&self, range: TextRange) -> Option<&ScopeInfo> {
        self.by_node.get(&key(range)).map(|&id| &self.scopes[id])
    }
}

fn key(range: TextRange) -> (u32, u32) {
    (range.start().to_u32(), range.end().to_u32())
}

fn module_info() -> ScopeInfo {
    ScopeInfo {
        kind: ScopeKind::Module,
        cell_slots: HashMap::new(),
        varnames: Vec::new(),
        cells: Vec::new(),
        free: Vec::new(),
        places: HashMap::new(),
        generator: false,
        coroutine: false,
    }
}

/// What the first pass records about one scope.
struct RawScope {
    kind: ScopeKind,
    parent: Option<usize>,
    node: TextRange,
    params: Vec<String>,
    /// Bound names in order of first binding.
    bound: Vec<String>,
    bound_set: HashSet<String>,
    used: HashSet<String>,
    globals: HashSet<String>,
    /// Where each name was first declared `global` (for error locations).
    global_at: HashMap<String, TextRange>,
    /// A comprehension's iteration variables (a walrus may not rebind them).
    iteration_vars: HashSet<String>,
    /// Declared `nonlocal`, with the statement for the error message.
    nonlocals: Vec<(String, TextRange)>,
    nonlocal_set: HashSet<String>,
    /// Names a walrus inside this comprehension binds in an enclosing function.
    implicit_nonlocals: HashSet<String>,
    children: Vec<usize>,
    /// Holds a `yield` / `yield from` of its own, or is a generator expression.
    generator: bool,
    /// What a comprehension scope is, for messages ("list comprehension", ...).
    comprehension: Option<&'static str>,
    /// An `async def` body.
    coroutine: bool,
}

impl RawScope {
    fn new(kind: ScopeKind, parent: Option<usize>, node: TextRange) -> RawScope {
        RawScope {
            kind,
            parent,
            node,
            params: Vec::new(),
            bound: Vec::new(),
            bound_set: HashSet::new(),
            used: HashSet::new(),
            globals: HashSet::new(),
            global_at: HashMap::new(),
            iteration_vars: HashSet::new(),
            nonlocals: Vec::new(),
            nonlocal_set: HashSet::new(),
            implicit_nonlocals: HashSet::new(),
            children: Vec::new(),
            generator: false,
            comprehension: None,
            coroutine: false,
        }
    }

    fn bind(&mut self, name: &str) {
        if self.bound_set.insert(name.to_string()) {
            self.bound.push(name.to_string());
        }
    }

    fn is_nonlocal(&self, name: &str) -> bool {
        self.implicit_nonlocals.contains(name) || self.nonlocal_set.contains(name)
    }
}

/// The first pass: a visitor recording bindings, uses and declarations per scope.
struct Collector {
    raw: Vec<RawScope>,
    current: usize,
    /// The first error the walk found (a walrus rebinding an iteration variable).
    error: Option<ScopeError>,
}

impl Collector {
    fn scope(&mut self) -> &mut RawScope {
        &mut self.raw[self.current]
    }

    fn open(&mut self, kind: ScopeKind, node: TextRange) -> usize {
        let id = self.raw.len();
        self.raw.push(RawScope::new(kind, Some(self.current), node));
        self.raw[self.current].children.push(id);
        std::mem::replace(&mut self.current, id)
    }

    fn close(&mut self, saved: usize) {
        self.current = saved;
    }

    fn parameters(&mut self, parameters: &ast::Parameters) {
        let p = parameters;
        let names = p
            .posonlyargs
            .iter()
            .chain(&p.args)
            .chain(&p.kwonlyargs)
            .map(|a| &a.parameter)
            .chain(p.vararg.as_deref())
            .chain(p.kwarg.as_deref());
        for parameter in names {
            // Duplicates are `checks`'s SyntaxError; the slot list keeps the first.
            let name = parameter.name.id.to_string();
            self.scope().params.push(name);
        }
    }

    fn parameter_defaults(&mut self, parameters: &ast::Parameters) {
        for parameter in parameters.iter_non_variadic_params() {
            if let Some(default) = &parameter.default {
                self.visit_expr(default);
            }
        }
    }

    fn comprehension(
        &mut self,
        node: TextRange,
        generators: &[ast::Comprehension],
        results: &[&Expr],
        what: &'static str,
    ) {
        if let Some(first) = generators.first() {
            self.visit_expr(&first.iter);
        }
        let saved = self.open(ScopeKind::Comprehension, node);
        self.scope().comprehension = Some(what);
        self.scope().params.push(".0".to_string());
        for (i, generator) in generators.iter().enumerate() {
            if i > 0 {
                self.visit_expr(&generator.iter);
            }
            self.visit_expr(&generator.target);
            let mut names = Vec::new();
            target_names(&generator.target, &mut names);
            self.scope().iteration_vars.extend(names);
            for condition in &generator.ifs {
                self.visit_expr(condition);
            }
        }
        for result in results {
            self.visit_expr(result);
        }
        self.close(saved);
    }

    /// `name := value`: inside comprehensions the name belongs to the nearest enclosing scope
    /// that is not a comprehension.
    fn walrus_target(&mut self, name: &str, range: TextRange) {
        let mut inner = self.current;
        while self.raw[inner].kind == ScopeKind::Comprehension {
            if self.raw[inner].iteration_vars.contains(name) && self.error.is_none() {
                self.error = Some(ScopeError {
                    range,
                    message: format!(
                        "assignment expression cannot rebind comprehension iteration variable '{name}'"
                    ),
                });
            }
            let Some(parent) = self.raw[inner].parent else {
                break;
            };
            inner = parent;
        }
        let mut at = self.current;
        while self.raw[at].kind == ScopeKind::Comprehension {
            let Some(parent) = self.raw[at].parent else {
                break;
            };
            at = parent;
        }
        if at == self.current {
            self.scope().bind(name);
            return;
        }
        let owner_is_module = self.raw[at].kind == ScopeKind::Module;
        self.raw[at].bind(name);
        let mut inner = self.current;
        while inner != at {
            if owner_is_module {
                self.raw[inner].globals.insert(name.to_string());
            } else {
                self.raw[inner].implicit_nonlocals.insert(name.to_string());
            }
            inner = self.raw[inner].parent.unwrap_or(at);
        }
    }
}

impl<'a> Visitor<'a> for Collector {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::FunctionDef(f) => {
                for decorator in &f.decorator_list {
                    self.visit_expr(&decorator.expression);
                }
                self.parameter_defaults(&f.parameters);
                self.scope().bind(f.name.id.as_str());
                let saved = self.open(ScopeKind::Function, f.range());
                self.scope().coroutine = f.is_async;
                self.parameters(&f.parameters);
                self.visit_body(&f.body);
                self.close(saved);
            }
            Stmt::ClassDef(c) => {
                for decorator in &c.decorator_list {
                    self.visit_expr(&decorator.expression);
                }
                if let Some(arguments) = &c.arguments {
                    self.visit_arguments(arguments);
                }
                self.scope().bind(c.name.id.as_str());
                let saved = self.open(ScopeKind::Class, c.range());
                self.visit_body(&c.body);
                self.close(saved);
            }
            Stmt::Global(g) => {
                for name in &g.names {
                    let scope = self.scope();
                    scope.globals.insert(name.id.to_string());
                    scope
                        .global_at
                        .entry(name.id.to_string())
                        .or_insert(g.range());
                }
            }
            Stmt::Nonlocal(n) => {
                for name in &n.names {
                    let range = n.range();
                    self.scope().nonlocals.push((name.id.to_string(), range));
                    self.scope().nonlocal_set.insert(name.id.to_string());
                }
            }
            Stmt::Import(i) => {
                for alias in &i.names {
                    let bound = alias.asname.as_ref().unwrap_or(&alias.name).id.as_str();
                    let first = bound.split('.').next().unwrap_or(bound);
                    self.scope().bind(first);
                }
            }
            Stmt::ImportFrom(i) => {
                for alias in i.names.iter().filter(|alias| alias.name.id.as_str() != "*") {
                    let bound = alias.asname.as_ref().unwrap_or(&alias.name);
                    self.scope().bind(bound.id.as_str());
                }
            }
            _ => visitor::walk_stmt(self, stmt),
        }
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::Name(name) => {
                let id = name.id.as_str();
                match name.ctx {
                    ExprContext::Load => {
                        self.scope().used.insert(id.to_string());
                        // `super()` finds its class through the implicit `__class__` cell.
                        if id == "super"
                            && matches!(self.scope().kind, ScopeKind::Function | ScopeKind::Lambda)
                        {
                            self.scope().used.insert("__class__".to_string());
                        }
                    }
                    _ => self.scope().bind(id),
                }
            }
            Expr::Named(named) => {
                self.visit_expr(&named.value);
                match &*named.target {
                    Expr::Name(name) => self.walrus_target(name.id.as_str(), name.range()),
                    target => self.visit_expr(target),
                }
            }
            Expr::Lambda(lambda) => {
                if let Some(parameters) = &lambda.parameters {
                    self.parameter_defaults(parameters);
                }
                let saved = self.open(ScopeKind::Lambda, lambda.range());
                if let Some(parameters) = &lambda.parameters {
                    self.parameters(parameters);
                }
                self.visit_expr(&lambda.body);
                self.close(saved);
            }
            Expr::ListComp(c) => {
                self.comprehension(c.range(), &c.generators, &[&c.elt], "list comprehension")
            }
            Expr::SetComp(c) => {
                self.comprehension(c.range(), &c.generators, &[&c.elt], "set comprehension")
            }
            Expr::Generator(c) => {
                let what = "generator expression";
                self.comprehension(c.range(), &c.generators, &[&c.elt], what);
                if let Some(&id) = self.raw[self.current].children.last() {
                    self.raw[id].generator = true;
                }
            }
            Expr::DictComp(c) => {
                let mut results: Vec<&Expr> = c.key.iter().map(|k| &**k).collect();
                results.push(&c.value);
                self.comprehension(c.range(), &c.generators, &results, "dict comprehension");
            }
            Expr::Yield(_) | Expr::YieldFrom(_) => {
                if let Some(what) = self.scope().comprehension
                    && self.error.is_none()
                {
                    let keyword = if matches!(expr, Expr::Yield(_)) {
                        "yield"
                    } else {
                        "yield from"
                    };
                    self.error = Some(ScopeError {
                        range: expr.range(),
                        message: format!("'{keyword}' inside {what}"),
                    });
                }
                self.scope().generator = true;
                visitor::walk_expr(self, expr);
            }
            _ => visitor::walk_expr(self, expr),
        }
    }

    fn visit_except_handler(&mut self, handler: &'a ast::ExceptHandler) {
        let ast::ExceptHandler::ExceptHandler(clause) = handler;
        if let Some(name) = &clause.name {
            self.scope().bind(name.id.as_str());
        }
        visitor::walk_except_handler(self, handler);
    }
}

/// The second pass over scope `id`, whose enclosing functions bind `enclosing` (names a nested
/// scope may close over). Fills `infos[id]` and returns the names this scope needs from outside
/// (its free variables).
fn analyze(
    raw: &[RawScope],
    id: usize,
    enclosing: &HashSet<String>,
    infos: &mut [Option<ScopeInfo>],
) -> Result<HashSet<String>, ScopeError> {
    let scope = &raw[id];
    for (name, range) in &scope.nonlocals {
        if let Some(global_at) = scope.global_at.get(name) {
            // CPython points at whichever declaration came first.
            let first = if global_at.start() < range.start() {
                *global_at
            } else {
                *range
            };
            return Err(ScopeError {
                range: first,
                message: format!("name '{name}' is nonlocal and global"),
            });
        }
        if scope.kind == ScopeKind::Module {
            return Err(ScopeError {
                range: *range,
                message: "nonlocal declaration not allowed at module level".to_string(),
            });
        }
    }
    if scope.kind == ScopeKind::Module {
        for &child in &scope.children {
            analyze(raw, child, &HashSet::new(), infos)?;
        }
        return Ok(HashSet::new());
    }
    if scope.kind == ScopeKind::Class {
        return analyze_class(raw, id, enclosing, infos);
    }
    check_nonlocals_bound(scope, enclosing)?;
    let declared_elsewhere = |name: &str| scope.globals.contains(name) || scope.is_nonlocal(name);
    // Locals in slot order: parameters first, then the other bound names.
    let mut locals: Vec<&str> = Vec::new();
    let mut local_set: HashSet<&str> = HashSet::new();
    for name in scope.params.iter().chain(&scope.bound) {
        if !declared_elsewhere(name) && local_set.insert(name) {
            locals.push(name);
        }
    }
    let mut free: HashSet<String> = HashSet::new();
    for (name, _) in &scope.nonlocals {
        free.insert(name.clone());
    }
    for name in &scope.implicit_nonlocals {
        if enclosing.contains(name) {
            free.insert(name.clone());
        }
    }
    for name in &scope.used {
        if !local_set.contains(name.as_str())
            && !scope.globals.contains(name)
            && enclosing.contains(name)
        {
            free.insert(name.clone());
        }
    }
    // What nested scopes may close over: everything bound here or further out, except names
    // this scope declares global.
    let mut inner_enclosing = enclosing.clone();
    inner_enclosing.extend(locals.iter().map(|n| n.to_string()));
    for name in &scope.globals {
        inner_enclosing.remove(name);
    }
    let mut cell_names: HashSet<String> = HashSet::new();
    for &child in &scope.children {
        for name in analyze(raw, child, &inner_enclosing, infos)? {
            if local_set.contains(name.as_str()) {
                cell_names.insert(name);
            } else {
                free.insert(name);
            }
        }
    }
    let mut free_sorted: Vec<String> = free.iter().cloned().collect();
    free_sorted.sort();
    let mut varnames: Vec<String> = locals.iter().map(|n| n.to_string()).collect();
    let mut places = HashMap::new();
    let mut cells = Vec::new();
    for (slot, name) in varnames.iter().enumerate() {
        let place = if cell_names.contains(name) {
            cells.push(slot as u32);
            Place::Deref(slot as u32)
        } else {
            Place::Fast(slot as u32)
        };
        places.insert(name.clone(), place);
    }
    for name in &free_sorted {
        places.insert(name.clone(), Place::Deref(varnames.len() as u32));
        varnames.push(name.clone());
    }
    let cell_slots = places
        .iter()
        .filter_map(|(name, place)| match place {
            Place::Deref(slot) => Some((name.clone(), *slot)),
            _ => None,
        })
        .collect();
    infos[id] = Some(ScopeInfo {
        kind: scope.kind,
        varnames,
        cells,
        free: free_sorted,
        places,
        cell_slots,
        generator: scope.generator,
        coroutine: scope.coroutine,
    });
    Ok(free)
}

/// The second pass over a class body. Its bound names live in the namespace (`Place::Name`),
/// which nested functions do not see; names it only reads come from an enclosing function
/// when one binds them (a cell) and from the namespace, globals and builtins otherwise. Slot 0
/// holds the namespace; slot 1 the `__class__` cell when a method uses `super()` or
/// `__class__`; then the free variables the body or its methods need from outside.
fn analyze_class(
    raw: &[RawScope],
    id: usize,
    enclosing: &HashSet<String>,
    infos: &mut [Option<ScopeInfo>],
) -> Result<HashSet<String>, ScopeError> {
    let scope = &raw[id];
    check_nonlocals_bound(scope, enclosing)?;
    let mut places: HashMap<String, Place> = HashMap::new();
    let mut free: HashSet<String> = HashSet::new();
    for name in &scope.bound {
        if scope.globals.contains(name) {
            places.insert(name.clone(), Place::Global);
        } else if !scope.nonlocal_set.contains(name) {
            places.insert(name.clone(), Place::Name);
        }
    }
    for (name, _) in &scope.nonlocals {
        free.insert(name.clone());
    }
    for name in &scope.used {
        if scope.globals.contains(name) {
            places.insert(name.clone(), Place::Global);
        } else if !scope.bound_set.contains(name) && enclosing.contains(name) {
            free.insert(name.clone());
        }
    }
    let mut inner_enclosing = enclosing.clone();
    inner_enclosing.insert("__class__".to_string());
    let mut needs_class_cell = false;
    for &child in &scope.children {
        for name in analyze(raw, child, &inner_enclosing, infos)? {
            if name == "__class__" {
                needs_class_cell = true;
            } else {
                free.insert(name);
            }
        }
    }
    let mut varnames = vec![".namespace".to_string()];
    let mut cells = Vec::new();
    let mut cell_slots = HashMap::new();
    if needs_class_cell {
        cells.push(1);
        cell_slots.insert("__class__".to_string(), 1);
        varnames.push("__class__".to_string());
    }
    let mut free_sorted: Vec<String> = free.iter().cloned().collect();
    free_sorted.sort();
    for name in &free_sorted {
        let slot = varnames.len() as u32;
        cell_slots.insert(name.clone(), slot);
        // A name the body binds stays in the namespace; the cell only passes through.
        if !matches!(places.get(name), Some(Place::Name | Place::Global)) {
            places.insert(name.clone(), Place::Deref(slot));
        }
        varnames.push(name.clone());
    }
    infos[id] = Some(ScopeInfo {
        kind: ScopeKind::Class,
        varnames,
        cells,
        free: free_sorted,
        places,
        cell_slots,
        generator: false,
        coroutine: false,
    });
    Ok(free)
}

/// CPython's error for a `nonlocal` name no enclosing function binds.
fn check_nonlocals_bound(scope: &RawScope, enclosing: &HashSet<String>) -> Result<(), ScopeError> {
    for (name, range) in &scope.nonlocals {
        if !enclosing.contains(name) {
            return Err(ScopeError {
                range: *range,
                message: format!("no binding for nonlocal '{name}' found"),
            });
        }
    }
    Ok(())
}

/// Every name bound by an assignment target.
fn target_names(target: &Expr, out: &mut Vec<String>) {
    match target {
        Expr::Name(n) => out.push(n.id.to_string()),
        Expr::Tuple(t) => t.elts.iter().for_each(|e| target_names(e, out)),
        Expr::List(l) => l.elts.iter().for_each(|e| target_names(e, out)),
        Expr::Starred(s) => target_names(&s.value, out),
        _ => {}
    }
}
