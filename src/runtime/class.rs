//! User classes: creating them (`__build_class__` for `class` statements, three-argument
//! `type(name, bases, ns)`), their namespaces, the attribute lookup through the method
//! resolution order with its per-thread cache (attribute access on classes is in `type_attrs`),
//! and the methods every class inherits from `object` (`__init__`, `__repr__`, `__eq__`, ...).
//!
//! Lookups are cached CPython-style: a fixed table indexed by (type version, interned name
//! pointer). A type's version is renewed, with its subclasses', whenever its namespace changes,
//! which invalidates exactly the entries that could have changed. See `docs/object-model.md`.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use super::descriptors::NativeObject;
use super::dict::PyDict;
use super::dunder::{Dunder, dunder};
use super::exception::type_error;
use super::function::{BuiltinFn, BuiltinMethod};
use super::instance::{PyInstance, Shape};
use super::intern::intern;
use super::str::PyStr;
use super::types::{PyType, builtin_type, next_version, static_name};
use super::{PyResult, Value};
use crate::vm::Vm;
use crate::vm::reentry::call_from_native_kw;

pub use super::type_attrs::{bind, bind_to_class, type_delattr, type_getattr, type_setattr};

/// What a user class has that a built-in type does not.
pub struct ClassData {
    /// The class namespace (`C.__dict__`), keyed by interned name, in definition order.
    attrs: RefCell<Vec<(Rc<PyStr>, Value)>>,
    /// Classes deriving from this one, whose lookups must be invalidated with its own.
    pub(super) subclasses: RefCell<Vec<Weak<PyType>>>,
    /// The shape instances start with (fixed for `__slots__` classes).
    pub(crate) root_shape: Rc<Shape>,
    /// The built-in type whose values instances wrap (`list` for `class Stack(list)`).
    pub(crate) native_base: Option<Rc<PyType>>,
    /// The class's own or inherited Python overrides of the dunders the runtime asks for, by
    /// slot (`Dunder` number, then the binary-operator dunders), filled on first use and
    /// emptied when the class version changes: an operator on instances finds its method with
    /// one indexed load, not a lookup.
    overrides: RefCell<(u32, Vec<Option<Option<Value>>>)>,
    /// Whether the class's own `__abstractmethods__` is non-empty (CPython's
    /// `Py_TPFLAGS_IS_ABSTRACT`): `object.__new__` refuses to make instances of it.
    pub(super) is_abstract: std::cell::Cell<bool>,
}

impl ClassData {
    /// The user-defined override in dunder slot `slot` of `ty` (whose data this is), looking
    /// `name()` up on first use for the current class version.
    #[inline]
    pub fn override_at(
        &self,
        ty: &PyType,
        slot: usize,
        name: impl FnOnce() -> Rc<PyStr>,
    ) -> Option<Value> {
        let version = ty.version.get();
        {
            let table = self.overrides.borrow();
            if table.0 == version
                && let Some(Some(found)) = table.1.get(slot)
            {
                return found.clone();
            }
        }
        let found = ty.lookup(&name()).filter(is_override);
        let mut table = self.overrides.borrow_mut();
        if table.0 != version {
            let old = std::mem::take(&mut table.1);
            *table = (version, Vec::new());
            drop(old);
        }
        if table.1.len() <= slot {
            table.1.resize(slot + 1, None);
        }
        table.1[slot] = Some(found.clone());
        found
    }

    /// The Python `__init__` a call of `ty` (whose data this is) enters after allocating the
    /// instance with `object.__new__`; `None` when it has a `__new__`, a built-in base or no
    /// Python `__init__` (read from the per-version override table).
    #[inline]
    pub fn simple_init(&self, ty: &PyType) -> Option<Rc<super::function::Function>> {
        let exception = self
            .native_base
            .as_ref()
            .is_some_and(|base| base.is_builtin("BaseException"));
        if (self.native_base.is_some() && !exception)
            || self.is_abstract.get()
            || self
                .override_at(ty, Dunder::New as usize, || dunder(Dunder::New))
                .is_some()
        {
            return None;
        }
        match self.override_at(ty, Dunder::Init as usize, || dunder(Dunder::Init)) {
            Some(Value::Function(init)) => Some(init),
            _ => None,
        }
    }

    /// The value of `name` in this class's own namespace.
    pub fn get(&self, name: &PyStr) -> Option<Value> {
        self.attrs
            .borrow()
            .iter()
            .find(|(n, _)| std::ptr::eq(&**n, name))
            .map(|(_, v)| v.clone())
    }

    /// The namespace's entries, in order.
    pub fn entries(&self) -> Vec<(Rc<PyStr>, Value)> {
        self.attrs.borrow().clone()
    }

    pub(super) fn insert(&self, name: Rc<PyStr>, value: Value) -> Option<Value> {
        let mut attrs = self.attrs.borrow_mut();
        if let Some(entry) = attrs.iter_mut().find(|(n, _)| Rc::ptr_eq(n, &name)) {
            return Some(std::mem::replace(&mut entry.1, value));
        }
        attrs.push((name, value));
        None
    }

    pub(super) fn remove(&self, name: &PyStr) -> Option<Value> {
        let mut attrs = self.attrs.borrow_mut();
        let at = attrs.iter().position(|(n, _)| std::ptr::eq(&**n, name))?;
        Some(attrs.remove(at).1)
    }
}

// ----- the lookup cache ---------------------------------------------------------------------

const CACHE_SIZE: usize = 1024;

struct CacheEntry {
    version: u32,
    name: usize,
    value: Option<Value>,
}

impl CacheEntry {
    const EMPTY: CacheEntry = CacheEntry {
        version: 0,
        name: 0,
        value: None,
    };
}

thread_local! {
    // Const-initialised, so an access is a plain thread-local load with no lazy-init check.
    static LOOKUP_CACHE: RefCell<[CacheEntry; CACHE_SIZE]> =
        const { RefCell::new([const { CacheEntry::EMPTY }; CACHE_SIZE]) };
}

#[inline(always)]
fn cache_slot(version: u32, name: usize) -> usize {
    ((version as usize).wrapping_mul(0x9E37_79B9) ^ (name >> 4)) & (CACHE_SIZE - 1)
}

/// `ty.lookup(name)` through the cache. `name` must be interned (the cache keys by address).
#[inline]
pub(crate) fn cached_lookup(ty: &PyType, name: &PyStr) -> Option<Value> {
    let version = ty.version.get();
    let key = name as *const PyStr as usize;
    let slot = cache_slot(version, key);
    let hit = LOOKUP_CACHE.with(|cache| {
        let cache = cache.borrow();
        let entry = &cache[slot];
        (entry.version == version && entry.name == key).then(|| entry.value.clone())
    });
    if let Some(found) = hit {
        return found;
    }
    let found = ty.lookup_uncached(name);
    let old = LOOKUP_CACHE.with(|cache| {
        let mut cache = cache.borrow_mut();
        std::mem::replace(
            &mut cache[slot],
            CacheEntry {
                version,
                name: key,
                value: found.clone(),
            },
        )
    });
    drop(old);
    found
}

/// Empties the lookup cache (at VM teardown: cached values may be parts of reference cycles).
pub fn clear_lookup_cache() {
    let taken: Vec<CacheEntry> = LOOKUP_CACHE.with(|cache| {
        let mut cache = cache.borrow_mut();
        cache
            .iter_mut()
            .map(|entry| std::mem::replace(entry, CacheEntry::EMPTY))
            .collect()
    });
    drop(taken);
}

/// Empties a class's namespace and memos (at VM teardown), breaking the reference cycles
/// between a class, its methods and their `__class__` cells.
pub fn clear_class(ty: &PyType) {
    let Some(class) = &ty.class else {
        return;
    };
    let attrs = std::mem::take(&mut *class.attrs.borrow_mut());
    let overrides = std::mem::take(&mut *class.overrides.borrow_mut());
    modified(ty);
    drop(attrs);
    drop(overrides);
}

/// Renews the version of `ty` and of every class deriving from it, after a namespace change.
pub(super) fn modified(ty: &PyType) {
    ty.version.set(next_version());
    if let Some(class) = &ty.class {
        let subclasses: Vec<Rc<PyType>> = class
            .subclasses
            .borrow()
            .iter()
            .filter_map(Weak::upgrade)
            .collect();
        for sub in subclasses {
            modified(&sub);
        }
    }
}

// ----- built-in types' attributes ----------------------------------------------------------

/// What `object` defines that classes inherit.
static OBJECT_METHODS: &[BuiltinMethod] = &[
    object_method("__init__", object_init),
    object_method("__repr__", object_repr),
    object_method("__str__", object_str),
    object_method("__eq__", object_eq),
    object_method("__ne__", object_ne),
    object_method("__hash__", object_hash),
    object_method("__format__", object_format),
    object_method("__getattribute__", object_getattribute),
    object_method("__setattr__", object_setattr),
    object_method("__delattr__", object_delattr),
];

const fn object_method(name: &'static str, call: super::function::MethodCall) -> BuiltinMethod {
    BuiltinMethod {
        name,
        owner: "object",
        call,
        keywords: false,
    }
}

/// `object.__init_subclass__`, a class method: nothing to do, and no arguments accepted.
static OBJECT_INIT_SUBCLASS: BuiltinMethod = BuiltinMethod {
    name: "__init_subclass__",
    owner: "object",
    call: object_init_subclass,
    keywords: true,
};

fn object_init_subclass(
    _vm: &mut Vm,
    this: &Value,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    if !kwnames.is_empty() {
        let name = match this {
            Value::Type(ty) => ty.name.to_string(),
            other => other.type_name().to_string(),
        };
        return Err(type_error(format!(
            "{name}.__init_subclass__() takes no keyword arguments"
        )));
    }
    if !args.is_empty() {
        return Err(type_error(format!(
            "object.__init_subclass__() takes no arguments ({} given)",
            args.len()
        )));
    }
    Ok(Value::None)
}

/// `list.__init__` and friends: (re)fill a mutable built-in value from the arguments, as the
/// type's constructor would.
static NATIVE_INIT: &[BuiltinMethod] = &[
    BuiltinMethod {
        name: "__init__",
        owner: "list",
        call: native_init,
        keywords: true,
    },
    BuiltinMethod {
        name: "__init__",
        owner: "dict",
        call: native_init,
        keywords: true,
    },
    BuiltinMethod {
        name: "__init__",
        owner: "set",
        call: native_init,
        keywords: true,
    },
];

/// `T.__new__(cls, *args)` for every built-in type `T`: a new instance of `cls`, wrapping a
/// value its built-in base builds from `args`.
pub static TYPE_NEW: BuiltinFn = BuiltinFn {
    name: "__new__",
    call: builtin_new,
};

/// The attribute `name` that the built-in type `ty` itself defines.
pub(crate) fn builtin_type_attribute(ty: &PyType, name: &PyStr) -> Option<Value> {
    let text = name.as_str();
    if ty.is_builtin("type") && text == "__new__" {
        return Some(Value::Builtin(&super::metaclass::TYPE_TYPE_NEW));
    }
    if &*ty.name == "object" && text == "__init_subclass__" {
        return Some(Value::Native(Rc::new(NativeObject::ClassMethod(
            Value::Method(&OBJECT_INIT_SUBCLASS),
        ))));
    }
    if text == "__new__" && (ty.constructor.is_some() || &*ty.name == "object") {
        return Some(Value::Builtin(&TYPE_NEW));
    }
    if text == "__new__" && super::exc_object::is_exception_type(ty) {
        // Each exception type has a `__new__` of its own, which names it in its errors.
        let owner = Value::Type(super::types::builtin_type(ty.static_name));
        return Some(Value::BoundMethod(Rc::new((
            owner,
            &super::exc_object::EXCEPTION_NEW,
        ))));
    }
    if ty.is_builtin("type") {
        return super::metaclass::type_attribute(text);
    }
    if &*ty.name == "object" {
        return OBJECT_METHODS
            .iter()
            .find(|m| m.name == text)
            .map(Value::Method);
    }
    if ty.is_builtin("BaseException") {
        return super::exc_object::EXCEPTION_METHODS
            .iter()
            .find(|m| m.name == text)
            .map(Value::Method);
    }
    // The other exception types inherit all their methods from BaseException.
    if super::exc_object::is_exception_type(ty) {
        return None;
    }
    if text == "__init__" {
        return NATIVE_INIT
            .iter()
            .find(|m| m.owner == &*ty.name)
            .map(Value::Method);
    }
    super::builtins::type_method(&ty.name, text)
        .or_else(|| super::builtin_dunders::builtin_dunder(&ty.name, text))
        .map(Value::Method)
}

/// The built-in types a class may derive from, and whether their values are immutable (built
/// whole by `__new__`) rather than filled in by `__init__`.
fn subclassable(ty: &PyType) -> Option<bool> {
    if ty.is_user_class() {
        return Some(false);
    }
    match &*ty.name {
        "object" | "list" | "dict" | "set" | "type" => Some(false),
        "int" | "float" | "str" | "tuple" | "frozenset" => Some(true),
        // `BaseException.__new__` stores every argument as `args`.
        _ if super::exc_object::is_exception_type(ty) => Some(true),
        _ => None,
    }
}

// ----- creating classes ---------------------------------------------------------------------

/// The bases of a class statement or `type()` call, checked to be types.
pub(crate) fn base_types(bases: &[Value]) -> PyResult<Vec<Rc<PyType>>> {
    bases
        .iter()
        .map(|base| match base {
            Value::Type(ty) => Ok(ty.clone()),
            other => Err(type_error(format!(
                "bases must be types, not '{}'",
                other.type_name()
            ))),
        })
        .collect()
}

/// Makes a class named `name` deriving from `bases` (`object` when empty) whose namespace is a
/// copy of `namespace` (`__qualname__` and `__classcell__` taken out, as CPython does; the
/// cell receives the class), an instance of `metaclass` (`None`: of `type`).
pub fn new_class(
    vm: &mut Vm,
    name: &str,
    mut bases: Vec<Rc<PyType>>,
    namespace: &PyDict,
    metaclass: Option<Rc<PyType>>,
) -> PyResult<Rc<PyType>> {
    if bases.is_empty() {
        bases.push(builtin_type("object"));
    }
    for base in &bases {
        if subclassable(base).is_none() {
            return Err(type_error(format!(
                "type '{}' is not an acceptable base type",
                base.name
            )));
        }
    }
    let mut qualname: Rc<str> = Rc::from(name);
    let mut attrs: Vec<(Rc<PyStr>, Value)> = Vec::new();
    let mut class_cell = None;
    for (key, value) in namespace.items_snapshot() {
        let Value::Str(key) = key else {
            continue;
        };
        match key.as_str() {
            "__qualname__" => match &value {
                Value::Str(q) => qualname = Rc::from(q.as_str()),
                other => {
                    return Err(type_error(format!(
                        "type __qualname__ must be a str, not {}",
                        other.type_name()
                    )));
                }
            },
            "__classcell__" => match value {
                Value::Cell(cell) => class_cell = Some(cell),
                other => {
                    return Err(type_error(format!(
                        "__classcell__ must be a nonlocal cell, not {}",
                        super::format::type_repr(&super::types::type_of(&other))
                    )));
                }
            },
            // Implicitly a class method, as CPython makes it.
            "__init_subclass__" if matches!(value, Value::Function(_)) => attrs.push((
                dunder(Dunder::InitSubclass),
                Value::Native(Rc::new(NativeObject::ClassMethod(value))),
            )),
            text => attrs.push((intern(text), value)),
        }
    }
    let has =
        |attrs: &[(Rc<PyStr>, Value)], name: &str| attrs.iter().any(|(n, _)| n.as_str() == name);
    if has(&attrs, "__eq__") && !has(&attrs, "__hash__") {
        attrs.push((dunder(Dunder::Hash), Value::None));
    }
    if !has(&attrs, "__doc__") {
        attrs.push((dunder(Dunder::Doc), Value::None));
    }
    let module: Rc<str> = match attrs.iter().find(|(n, _)| n.as_str() == "__module__") {
        Some((_, Value::Str(m))) => Rc::from(m.as_str()),
        _ => Rc::from("__main__"),
    };
    let mut ty = PyType::new(Rc::from(name), bases, None)?;
    let native_base = native_base(&ty)?;
    let (root_shape, own_slots) = instance_shape(vm, &ty, &attrs)?;
    for slot in own_slots {
        if !attrs.iter().any(|(n, _)| Rc::ptr_eq(n, &slot)) {
            let member = NativeObject::Member(super::descriptors::Member {
                name: slot.clone(),
                owner: Rc::from(name),
            });
            attrs.push((slot, Value::Native(Rc::new(member))));
        }
    }
    ty.static_name = static_name(name);
    ty.qualname = qualname;
    ty.module = module;
    ty.metaclass = metaclass;
    ty.class = Some(ClassData {
        attrs: RefCell::new(attrs),
        subclasses: RefCell::default(),
        root_shape,
        native_base,
        overrides: RefCell::new((0, Vec::new())),
        is_abstract: std::cell::Cell::new(false),
    });
    let ty = Rc::new(ty);
    vm.classes.retain(|class| class.strong_count() > 0);
    vm.classes.push(Rc::downgrade(&ty));
    for base in &ty.bases {
        if let Some(class) = &base.class {
            class.subclasses.borrow_mut().push(Rc::downgrade(&ty));
        }
    }
    if let Some(cell) = class_cell {
        drop(cell.replace(Value::Type(ty.clone())));
    }
    set_names(vm, &ty)?;
    Ok(ty)
}

/// The built-in type (other than `object`) whose values the class's instances wrap; CPython's
/// layout conflict error when the bases need two different ones.
fn native_base(ty: &PyType) -> PyResult<Option<Rc<PyType>>> {
    let mut found: Option<Rc<PyType>> = None;
    for base in &ty.bases {
        let candidate = match &base.class {
            Some(class) => class.native_base.clone(),
            None if base.is_builtin("object") => None,
            // Every exception type has BaseException's layout.
            None if super::exc_object::is_exception_type(base) => {
                Some(super::types::builtin_type("BaseException"))
            }
            None => Some(base.clone()),
        };
        match (&found, candidate) {
            (None, candidate) => found = candidate,
            (Some(a), Some(b)) if !Rc::ptr_eq(a, &b) => {
                return Err(type_error("multiple bases have instance lay-out conflict"));
            }
            _ => {}
        }
    }
    Ok(found)
}

/// The shape instances of a new class start with: fixed when every class of the MRO declares
/// `__slots__` (the names of all of them, bases first); growable otherwise, starting with the
/// slots of the bases that have them. Also the class's own slot names.
fn instance_shape(
    vm: &mut Vm,
    ty: &PyType,
    attrs: &[(Rc<PyStr>, Value)],
) -> PyResult<(Rc<Shape>, Vec<Rc<PyStr>>)> {
    let own = match attrs.iter().find(|(n, _)| n.as_str() == "__slots__") {
        Some((_, slots)) => Some(
            slot_names(vm, slots)?
                .into_iter()
                .map(|n| mangle(&ty.name, n))
                .collect::<Vec<_>>(),
        ),
        None => None,
    };
    let own_slots = || {
        own.iter()
            .flatten()
            .filter(|n| !matches!(n.as_str(), "__dict__" | "__weakref__"))
            .cloned()
            .collect::<Vec<_>>()
    };
    let mut names: Vec<Rc<PyStr>> = Vec::new();
    let mut fixed = own.is_some();
    for base in ty.ancestors.iter().rev() {
        let Some(class) = &base.class else {
            continue;
        };
        if !class.root_shape.is_fixed() {
            fixed = false;
        }
        for name in slot_names_of(class, &base.name) {
            if !names.iter().any(|n| Rc::ptr_eq(n, &name)) {
                names.push(name);
            }
        }
    }
    if !fixed && names.is_empty() {
        return Ok((Shape::root(), own_slots()));
    }
    for name in own.iter().flatten() {
        if name.as_str() == "__dict__" {
            fixed = false;
        } else if !names.iter().any(|n| Rc::ptr_eq(n, name)) {
            names.push(name.clone());
        }
    }
    let shape = if fixed {
        Shape::fixed(names)
    } else {
        Shape::with_slots(names)
    };
    Ok((shape, own_slots()))
}

/// The slot names a `__slots__` class declared (read back from its namespace).
fn slot_names_of(class: &ClassData, class_name: &str) -> Vec<Rc<PyStr>> {
    let slots = class.get(&dunder(Dunder::Slots));
    let names = match slots {
        Some(Value::Str(s)) => vec![intern(s.as_str())],
        Some(Value::Tuple(items)) => names_of(&items),
        Some(Value::List(items)) => names_of(&items.borrow()),
        _ => Vec::new(),
    };
    names
        .into_iter()
        .filter(|n| !matches!(n.as_str(), "__dict__" | "__weakref__"))
        .map(|n| mangle(class_name, n))
        .collect()
}

/// A private name (`__x`) as the class `class_name` stores it: `_Class__x` (the compiler's
/// mangling, which CPython also applies to `__slots__` entries).
fn mangle(class_name: &str, name: Rc<PyStr>) -> Rc<PyStr> {
    let text = name.as_str();
    let class = class_name.trim_start_matches('_');
    if !text.starts_with("__") || text.ends_with("__") || text.contains('.') || class.is_empty() {
        return name;
    }
    intern(&format!("_{class}{text}"))
}

fn names_of(items: &[Value]) -> Vec<Rc<PyStr>> {
    items
        .iter()
        .filter_map(|v| match v {
            Value::Str(s) => Some(intern(s.as_str())),
            _ => None,
        })
        .collect()
}

/// `__slots__` as a list of interned names (a string is one name).
fn slot_names(vm: &mut Vm, slots: &Value) -> PyResult<Vec<Rc<PyStr>>> {
    let items = match slots {
        Value::Str(s) => return Ok(vec![intern(s.as_str())]),
        other => crate::ops::collect_iterable(vm, other)?,
    };
    items
        .iter()
        .map(|item| match item {
            Value::Str(s) => Ok(intern(s.as_str())),
            other => Err(type_error(format!(
                "__slots__ items must be strings, not '{}'",
                other.type_name()
            ))),
        })
        .collect()
}

/// Calls `__set_name__(owner, name)` on each namespace value whose class defines it.
fn set_names(vm: &mut Vm, ty: &Rc<PyType>) -> PyResult<()> {
    let Some(class) = &ty.class else {
        return Ok(());
    };
    let set_name = intern("__set_name__");
    for (name, value) in class.entries() {
        if let Value::Instance(instance) = &value
            && let Some(hook) = instance.class.lookup(&set_name)
        {
            let args = [value.clone(), Value::Type(ty.clone()), Value::Str(name)];
            call_from_native_kw(vm, &hook, &args, &[])?;
        }
    }
    Ok(())
}

// ----- object's methods -----------------------------------------------------------------------

/// `object.__init__`: extra arguments are an error unless the class overrides `__new__` but
/// not `__init__` (CPython's `object_init`).
fn object_init(_vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if !args.is_empty() {
        let ty = super::types::type_of(this);
        if overrides(&ty, Dunder::Init) || ty.class.is_none() {
            return Err(type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)",
            ));
        }
        if !overrides(&ty, Dunder::New) {
            return Err(type_error(format!(
                "{}.__init__() takes exactly one argument (the instance to initialize)",
                ty.name
            )));
        }
    }
    Ok(Value::None)
}

/// Whether `ty` has its own (user-defined) `which` rather than `object`'s.
fn overrides(ty: &PyType, which: Dunder) -> bool {
    ty.lookup(&dunder(which)).is_some_and(|v| is_override(&v))
}

/// `object.__repr__`: `<__main__.C object at 0x...>`.
pub fn default_repr(value: &Value) -> String {
    let ty = super::types::type_of(value);
    let address = match value {
        Value::Instance(instance) => Rc::as_ptr(instance) as usize,
        _ => 0,
    };
    if &*ty.module == "builtins" {
        return format!("<{} object at {:#x}>", ty.qualname, address);
    }
    format!("<{}.{} object at {:#x}>", ty.module, ty.qualname, address)
}

fn object_repr(_vm: &mut Vm, this: &Value, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::string(default_repr(this)))
}

fn object_str(vm: &mut Vm, this: &Value, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::string(crate::ops::repr(vm, this)?))
}

fn object_eq(_vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let [other] = args else {
        return Err(type_error("expected 1 argument"));
    };
    Ok(if this.is(other) {
        Value::bool(true)
    } else {
        super::descriptors::not_implemented()
    })
}

fn object_ne(vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let [other] = args else {
        return Err(type_error("expected 1 argument"));
    };
    let eq = super::protocol::call_dunder(vm, this, Dunder::Eq, std::slice::from_ref(other))?;
    Ok(match eq {
        Some(result) if !super::descriptors::is_not_implemented(&result) => {
            Value::bool(!crate::ops::truthy_vm(vm, &result)?)
        }
        _ => super::descriptors::not_implemented(),
    })
}

fn object_hash(_vm: &mut Vm, this: &Value, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::Int(super::protocol::identity_hash(this)))
}

fn object_format(vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    match args {
        [Value::Str(spec)] if spec.as_str().is_empty() => {
            Ok(Value::string(crate::ops::to_str(vm, this)?))
        }
        [Value::Str(_)] => Err(type_error(format!(
            "unsupported format string passed to {}.__format__",
            this.type_name()
        ))),
        _ => Err(type_error("format spec must be a str")),
    }
}

fn attribute_name(name: &Value) -> PyResult<Rc<PyStr>> {
    match name {
        Value::Str(s) => Ok(intern(s.as_str())),
        other => Err(type_error(format!(
            "attribute name must be string, not '{}'",
            other.type_name()
        ))),
    }
}

fn object_getattribute(
    vm: &mut Vm,
    this: &Value,
    args: &[Value],
    _kw: &[Value],
) -> PyResult<Value> {
    let [name] = args else {
        return Err(type_error("expected 1 argument"));
    };
    let name = attribute_name(name)?;
    super::protocol::generic_getattr(vm, this, &name)
}

fn object_setattr(vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let [name, value] = args else {
        return Err(type_error("expected 2 arguments"));
    };
    let name = attribute_name(name)?;
    super::protocol::generic_setattr(vm, this, &name, value.clone())?;
    Ok(Value::None)
}

fn object_delattr(vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let [name] = args else {
        return Err(type_error("expected 1 argument"));
    };
    let name = attribute_name(name)?;
    super::protocol::generic_delattr(vm, this, &name)?;
    Ok(Value::None)
}

/// `list.__init__(self, *args)` and the same for `dict` and `set`: the receiver (the wrapped
/// built-in value) takes the contents the type's constructor would give it.
fn native_init(vm: &mut Vm, this: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let ty = super::types::type_of(this);
    let Some(constructor) = ty.constructor else {
        return Ok(Value::None);
    };
    let fresh = (constructor.call)(vm, args, kwnames)?;
    match (this, fresh) {
        (Value::List(list), Value::List(new)) => {
            let items = std::mem::take(&mut *new.borrow_mut());
            let old = std::mem::replace(&mut *list.borrow_mut(), items);
            drop(old);
        }
        (Value::Dict(dict), Value::Dict(new)) => {
            dict.clear();
            for (key, value) in new.items_snapshot() {
                dict.insert(vm, key, value)?;
            }
        }
        (Value::Set(set), Value::Set(new)) => {
            set.clear();
            for item in new.keys_snapshot() {
                set.add(vm, item)?;
            }
        }
        _ => {}
    }
    Ok(Value::None)
}

// ----- construction ---------------------------------------------------------------------------

/// `T.__new__(cls, *args)`: a new, uninitialised instance of the class `cls`.
fn builtin_new(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let Some((Value::Type(cls), rest)) = args.split_first() else {
        return Err(type_error("object.__new__(X): X is not a type object"));
    };
    if super::metaclass::is_metatype(cls) {
        return super::metaclass::type_new(vm, cls, rest, kwnames);
    }
    if super::exc_object::is_exception_type(cls) {
        // `BaseException.__new__`: every positional argument becomes `args`.
        let positional = &rest[..rest.len().saturating_sub(kwnames.len())];
        if cls.class.is_none() {
            return Ok(super::exc_object::new_exception(cls, positional));
        }
        return new_instance(vm, cls, positional, &[]);
    }
    // CPython's `object_new`: extra arguments are an error unless the class overrides
    // `__init__` but not `__new__`.
    if !rest.is_empty() && cls.class.is_some() && !has_native_base(cls) {
        if overrides(cls, Dunder::New) {
            return Err(type_error(
                "object.__new__() takes exactly one argument (the type to instantiate)",
            ));
        }
        if !overrides(cls, Dunder::Init) {
            return Err(type_error(format!("{}() takes no arguments", cls.name)));
        }
    }
    new_instance(vm, cls, rest, kwnames)
}

/// A new instance of `cls` whose wrapped built-in value (if its class derives from one) is
/// built from `args` for immutable types, and empty for mutable ones (`__init__` fills it).
pub fn new_instance(
    vm: &mut Vm,
    cls: &Rc<PyType>,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let Some(class) = &cls.class else {
        return match cls.constructor {
            Some(constructor) => (constructor.call)(vm, args, kwnames),
            None => Err(type_error(format!(
                "cannot create '{}' instances",
                cls.name
            ))),
        };
    };
    if class.is_abstract.get() {
        return Err(abstract_class_error(cls));
    }
    let native = match &class.native_base {
        None => Value::Null,
        Some(base) => {
            if base.is_builtin("BaseException") {
                return Ok(Value::Instance(Rc::new(PyInstance::new(
                    cls.clone(),
                    super::exc_object::new_state(args),
                ))));
            }
            let constructor = base
                .constructor
                .ok_or_else(|| type_error("no constructor"))?;
            if subclassable(base) == Some(true) {
                (constructor.call)(vm, args, kwnames)?
            } else {
                (constructor.call)(vm, &[], &[])?
            }
        }
    };
    Ok(Value::Instance(Rc::new(PyInstance::new(
        cls.clone(),
        native,
    ))))
}

/// CPython's refusal to instantiate a class with abstract methods, naming them sorted.
fn abstract_class_error(cls: &PyType) -> super::PyErr {
    let names = cls
        .class
        .as_ref()
        .and_then(|c| c.get(&intern("__abstractmethods__")));
    let mut names: Vec<String> = match names {
        Some(Value::FrozenSet(set) | Value::Set(set)) => set
            .keys_snapshot()
            .iter()
            .map(|name| match name {
                Value::Str(s) => s.as_str().to_string(),
                other => super::format::repr_plain(other),
            })
            .collect(),
        _ => Vec::new(),
    };
    names.sort();
    let plural = if names.len() == 1 { "" } else { "s" };
    type_error(format!(
        "Can't instantiate abstract class {} with abstract method{plural} {}",
        cls.name,
        names.join(", ")
    ))
}

/// Whether `value` is a user-defined override (anything but a built-in type's own method).
pub fn is_override(value: &Value) -> bool {
    !matches!(value, Value::Method(_))
        && !matches!(value, Value::Builtin(b)
            if std::ptr::eq(*b, &TYPE_NEW) || std::ptr::eq(*b, &super::metaclass::TYPE_TYPE_NEW))
        && !matches!(value, Value::BoundMethod(b)
            if std::ptr::eq(b.1, &super::exc_object::EXCEPTION_NEW))
}

/// Calls the class `cls` from Rust: `__new__`, then `__init__` when `__new__` gave an instance
/// of `cls` (CPython's `type.__call__`).
pub fn construct(
    vm: &mut Vm,
    cls: &Rc<PyType>,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    if super::metaclass::is_metatype(cls) {
        return super::metaclass::call_metatype(vm, cls, args, kwnames);
    }
    let new = cls.lookup(&dunder(Dunder::New)).filter(is_override);
    let init = cls.lookup(&dunder(Dunder::Init)).filter(is_override);
    let instance = match &new {
        Some(new) => {
            let new = match new {
                Value::Native(object) => match &**object {
                    NativeObject::StaticMethod(f) => f.clone(),
                    _ => new.clone(),
                },
                _ => new.clone(),
            };
            let mut full = Vec::with_capacity(args.len() + 1);
            full.push(Value::Type(cls.clone()));
            full.extend_from_slice(args);
            let instance = call_from_native_kw(vm, &new, &full, kwnames)?;
            if !super::types::type_of(&instance).is_subtype_of(cls) {
                return Ok(instance);
            }
            if init.is_none() && super::exc_object::state_of(&instance).is_some() {
                // `BaseException.__init__` runs: no keywords, and `args` become the call's.
                if !kwnames.is_empty() {
                    return Err(type_error(format!(
                        "{}() takes no keyword arguments",
                        cls.name
                    )));
                }
                let positional = &args[..args.len().saturating_sub(kwnames.len())];
                if let Some(state) = super::exc_object::state_of(&instance) {
                    *state.args.borrow_mut() = Value::tuple(positional.to_vec());
                }
                super::exc_object::init_fields(&instance, positional);
            }
            instance
        }
        None => {
            let native_base = cls.class.as_ref().and_then(|c| c.native_base.as_ref());
            let immutable = native_base.is_some_and(|b| subclassable(b) == Some(true));
            if init.is_none() && !args.is_empty() && native_base.is_none() {
                return Err(type_error(format!("{}() takes no arguments", cls.name)));
            }
            if init.is_none()
                && !kwnames.is_empty()
                && native_base.is_some_and(|b| b.is_builtin("BaseException"))
            {
                // `BaseException.__init__` takes no keywords.
                return Err(type_error(format!(
                    "{}() takes no keyword arguments",
                    cls.name
                )));
            }
            let instance = if immutable {
                new_instance(vm, cls, args, kwnames)?
            } else {
                new_instance(vm, cls, &[], &[])?
            };
            if init.is_none() && native_base.is_some_and(|b| b.is_builtin("BaseException")) {
                // The built-in `__init__` runs: its fields besides `args`.
                super::exc_object::init_fields(&instance, args);
            }
            if init.is_none() && !immutable && native_base.is_some() {
                // No `__init__` of its own: the built-in base's fills the wrapped value.
                if let Value::Instance(created) = &instance {
                    native_init(vm, &created.native, args, kwnames)?;
                }
            }
            instance
        }
    };
    if let Some(init) = init {
        let mut full = Vec::with_capacity(args.len() + 1);
        full.push(instance.clone());
        full.extend_from_slice(args);
        let result = call_from_native_kw(vm, &init, &full, kwnames)?;
        check_init_result(&result)?;
    }
    // Without an `__init__` of its own, extra arguments were `__new__`'s to refuse
    // (`object.__init__` accepts them when `__new__` is overridden).
    Ok(instance)
}

fn has_native_base(cls: &PyType) -> bool {
    cls.class.as_ref().is_some_and(|c| c.native_base.is_some())
}

/// CPython's check that `__init__` returned `None`.
pub fn check_init_result(result: &Value) -> PyResult<()> {
    if matches!(result, Value::None) {
        Ok(())
    } else {
        Err(type_error(format!(
            "__init__() should return None, not '{}'",
            result.type_name()
        )))
    }
}
