//! Type objects for the built-in types: every value has a type that is itself a value
//! (`type(x)`, `type(x) is int`, `isinstance`, `issubclass`), calling a built-in type constructs
//! (`int("7")`), and a type reaches its methods unbound (`list.append(xs, 1)`,
//! `map(str.upper, words)`). One `PyType` per built-in type name, created once per thread.
//! User classes (see `docs/object-model.md`) will be `PyType`s too: every type keeps its bases
//! and the method resolution order computed from them by C3 linearisation, as CPython does.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

use super::Value;
use super::class::ClassData;
use super::exception::{PyResult, type_error};
use super::function::{BuiltinFn, BuiltinMethod};
use super::str::PyStr;
use crate::vm::Vm;

/// A type object: a built-in type (`class` is `None`) or a user class.
pub struct PyType {
    pub(crate) name: Rc<str>,
    /// `name` with a static lifetime for `Value::type_name` (each distinct class name is leaked
    /// once, see `static_name`).
    pub(crate) static_name: &'static str,
    pub(crate) qualname: Rc<str>,
    /// `__module__`: `builtins` for built-in types.
    pub(crate) module: Rc<str>,
    /// The direct bases, in the order the class statement lists them (`object` has none).
    pub(crate) bases: Vec<Rc<PyType>>,
    /// The method resolution order after the type itself (its C3 linearisation without its
    /// first entry, which would be a reference cycle).
    pub(crate) ancestors: Vec<Rc<PyType>>,
    /// What calling the type does (`int("7")`), if it can be called.
    pub(crate) constructor: Option<&'static BuiltinFn>,
    /// The tag attribute lookups are cached under; renewed whenever this type's namespace or
    /// an ancestor's changes, so a cached lookup is valid while the tag is unchanged.
    pub(crate) version: Cell<u32>,
    /// The namespace and instance layout of a user class; `None` for built-in types.
    pub(crate) class: Option<ClassData>,
    /// The class's metaclass when it is a user class deriving from `type` (`None` means
    /// `type` itself): `type(C)`, and where `C.x`, `len(C)`, `C(...)` look beyond `C`.
    pub(crate) metaclass: Option<Rc<PyType>>,
}

impl PyType {
    /// A type deriving from `bases`, its method resolution order computed by C3; CPython's
    /// TypeError when the bases admit no consistent order.
    pub fn new(
        name: Rc<str>,
        bases: Vec<Rc<PyType>>,
        constructor: Option<&'static BuiltinFn>,
    ) -> PyResult<PyType> {
        let ancestors = c3_ancestors(&bases)?;
        Ok(PyType {
            static_name: static_name(&name),
            qualname: name.clone(),
            module: Rc::from("builtins"),
            name,
            bases,
            ancestors,
            constructor,
            version: Cell::new(next_version()),
            class: None,
            metaclass: None,
        })
    }

    /// Whether this is a class made by a `class` statement or `type(name, bases, ns)`.
    #[inline(always)]
    pub fn is_user_class(&self) -> bool {
        self.class.is_some()
    }

    /// Whether this is the built-in type named `name` (not a user class of that name).
    pub fn is_builtin(&self, name: &str) -> bool {
        self.class.is_none() && &*self.name == name
    }

    /// The types of the method resolution order, the type first.
    pub fn mro_iter(&self) -> impl Iterator<Item = &PyType> {
        std::iter::once(self).chain(self.ancestors.iter().map(|t| &**t))
    }

    /// `name` looked up through the method resolution order (CPython's `_PyType_Lookup`):
    /// user classes' namespaces and built-in types' method tables, memoised per type version.
    /// `name` must be interned.
    pub fn lookup(&self, name: &PyStr) -> Option<Value> {
        super::class::cached_lookup(self, name)
    }

    /// The lookup of `lookup`, uncached.
    pub(crate) fn lookup_uncached(&self, name: &PyStr) -> Option<Value> {
        self.mro_iter().find_map(|t| t.own_attribute(name))
    }

    /// `name` in this type's own namespace (not its bases').
    pub(crate) fn own_attribute(&self, name: &PyStr) -> Option<Value> {
        match &self.class {
            Some(class) => class.get(name),
            None => super::class::builtin_type_attribute(self, name),
        }
    }

    /// Whether this type is the built-in type `name` or derives from it.
    pub fn derives_from_builtin(&self, name: &str) -> bool {
        self.mro_iter().any(|t| t.is_builtin(name))
    }

    /// Whether `self` is `other` or derives from it.
    pub fn is_subtype_of(&self, other: &PyType) -> bool {
        std::ptr::eq(self, other) || self.ancestors.iter().any(|t| std::ptr::eq(&**t, other))
    }

    /// The method resolution order (`__mro__`): the type, then its ancestors.
    pub fn mro(self: &Rc<Self>) -> Vec<Rc<PyType>> {
        std::iter::once(self.clone())
            .chain(self.ancestors.iter().cloned())
            .collect()
    }

    /// The built-in method `name` reached through the type, unbound.
    pub fn method(&self, name: &str) -> Option<&'static BuiltinMethod> {
        std::iter::once(self)
            .chain(self.ancestors.iter().map(|t| &**t))
            .find_map(|t| super::builtins::type_method(&t.name, name))
    }
}

/// C3 linearisation of `bases` (the merge of their MROs and the list of bases): the ancestors
/// of a type with those bases, or CPython's TypeError naming the bases left unmergeable.
fn c3_ancestors(bases: &[Rc<PyType>]) -> PyResult<Vec<Rc<PyType>>> {
    let mut sequences: Vec<Vec<Rc<PyType>>> = bases.iter().map(|b| b.mro()).collect();
    sequences.push(bases.to_vec());
    let mut order: Vec<Rc<PyType>> = Vec::new();
    loop {
        sequences.retain(|s| !s.is_empty());
        if sequences.is_empty() {
            return Ok(order);
        }
        // The first head that appears in no sequence's tail.
        let in_a_tail = |t: &Rc<PyType>| {
            sequences
                .iter()
                .any(|s| s[1..].iter().any(|u| Rc::ptr_eq(u, t)))
        };
        let Some(next) = sequences
            .iter()
            .map(|s| s[0].clone())
            .find(|h| !in_a_tail(h))
        else {
            let mut stuck: Vec<&str> = Vec::new();
            for s in &sequences {
                if !stuck.contains(&&*s[0].name) {
                    stuck.push(&s[0].name);
                }
            }
            return Err(type_error(format!(
                // CPython 3.11's message has this line break in it.
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                stuck.join(", ")
            )));
        };
        for s in sequences.iter_mut() {
            if Rc::ptr_eq(&s[0], &next) {
                s.remove(0);
            }
        }
        order.push(next);
    }
}

/// The names of the built-in types the `builtins` namespace exposes (the others, such as
/// `list_iterator`, are reachable only through `type(x)`).
pub const NAMED_TYPES: &[&str] = &[
    "object",
    "type",
    "int",
    "bool",
    "float",
    "complex",
    "str",
    "bytes",
    "bytearray",
    "list",
    "tuple",
    "range",
    "slice",
    "dict",
    "set",
    "frozenset",
    "enumerate",
    "zip",
    "map",
    "filter",
    "reversed",
    "super",
    "property",
    "classmethod",
    "staticmethod",
];

thread_local! {
    static TYPES: RefCell<HashMap<&'static str, Rc<PyType>>> = RefCell::new(HashMap::new());
}

/// The built-in type named `name`, created on first use.
pub fn builtin_type(name: &'static str) -> Rc<PyType> {
    if let Some(found) = TYPES.with(|types| types.borrow().get(name).cloned()) {
        return found;
    }
    let bases = match name {
        "object" => vec![],
        "bool" => vec![builtin_type("int")],
        _ => match super::exc_object::builtin_base(name) {
            Some(base) => vec![builtin_type(base)],
            None => vec![builtin_type("object")],
        },
    };
    // Types of library modules are named with their module (`collections.deque`).
    let (module, short) = name.rsplit_once('.').unwrap_or(("builtins", name));
    let constructor = super::builtins::BUILTINS
        .iter()
        .chain(super::super_object::CLASS_HELPERS)
        .chain(super::deque::CONSTRUCTOR)
        .find(|b| b.name == short);
    let ancestors = bases.iter().flat_map(|b| b.mro()).collect();
    let created = Rc::new(PyType {
        name: Rc::from(short),
        static_name: name,
        qualname: Rc::from(short),
        module: Rc::from(module),
        bases,
        ancestors,
        constructor,
        version: Cell::new(next_version()),
        class: None,
        metaclass: None,
    });
    TYPES.with(|types| types.borrow_mut().insert(name, created.clone()));
    created
}

/// `type(value)`.
#[inline]
pub fn type_of(value: &Value) -> Rc<PyType> {
    match value {
        Value::Instance(instance) => instance.class.clone(),
        Value::Type(ty) if let Some(meta) = &ty.metaclass => meta.clone(),
        _ => builtin_type_of(value),
    }
}

/// How many `Value` kinds have a fixed built-in type (`kind_index`).
const FIXED_KINDS: usize = 24;

thread_local! {
    /// The type of each fixed `Value` kind, filled on first use: `type(x)` of a built-in value
    /// is an array load, not a lookup by name.
    static TYPE_BY_KIND: RefCell<[Option<Rc<PyType>>; FIXED_KINDS]> =
        const { RefCell::new([const { None }; FIXED_KINDS]) };
}

/// A small number per `Value` kind whose type does not depend on the value; `None` for the
/// others (views and iterators, whose type name varies).
fn kind_index(value: &Value) -> Option<usize> {
    Some(match value {
        Value::Null | Value::None => 0,
        Value::Bool(_) => 1,
        Value::Int(_) | Value::BigInt(_) => 2,
        Value::Float(_) => 3,
        Value::Str(_) => 4,
        Value::List(_) => 5,
        Value::Tuple(_) => 6,
        Value::Range(_) => 7,
        Value::Dict(_) => 8,
        Value::Set(_) => 9,
        Value::FrozenSet(_) => 10,
        Value::Slice(_) => 11,
        Value::Function(_) => 12,
        Value::Builtin(_) => 13,
        Value::Method(_) => 14,
        Value::BoundMethod(_) => 15,
        Value::PyMethod(_) => 16,
        Value::Module(_) => 17,
        Value::Code(_) => 18,
        Value::Cell(_) => 19,
        Value::Type(ty) if ty.metaclass.is_none() => 20,
        Value::Type(_) => return None,
        Value::DictView(_) | Value::Iter(_) | Value::Instance(_) | Value::Native(_) => {
            return None;
        }
    })
}

#[inline(never)]
fn builtin_type_of(value: &Value) -> Rc<PyType> {
    let Some(kind) = kind_index(value) else {
        return builtin_type(value.type_name());
    };
    if let Some(found) = TYPE_BY_KIND.with(|types| types.borrow()[kind].clone()) {
        return found;
    }
    let ty = builtin_type(value.type_name());
    TYPE_BY_KIND.with(|types| types.borrow_mut()[kind] = Some(ty.clone()));
    ty
}

thread_local! {
    static NEXT_VERSION: Cell<u32> = const { Cell::new(1) };
}

/// Every class name leaked by `static_name`, kept in a static so the leaked strings stay
/// reachable (and are not reported as leaks by Miri).
static STATIC_NAMES: std::sync::Mutex<Vec<&'static str>> = std::sync::Mutex::new(Vec::new());

/// A fresh version tag for the attribute cache (never 0, which marks an empty cache entry).
pub(crate) fn next_version() -> u32 {
    NEXT_VERSION.with(|next| {
        let version = next.get();
        next.set(version.wrapping_add(1).max(1));
        version
    })
}

/// `name` with a static lifetime: each distinct class name is leaked once per thread, so
/// `Value::type_name` stays a plain `&'static str` for instances of user classes too.
pub(crate) fn static_name(name: &str) -> &'static str {
    let mut names = STATIC_NAMES
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    if let Some(found) = names.iter().find(|n| **n == name) {
        return found;
    }
    let leaked: &'static str = Box::leak(Box::from(name));
    names.push(leaked);
    leaked
}

/// The value a built-in name refers to: a type object for the type names, `None` otherwise.
pub fn named_type(name: &str) -> Option<Value> {
    NAMED_TYPES
        .iter()
        .find(|n| **n == name)
        .map(|n| Value::Type(builtin_type(n)))
        .or_else(|| super::exc_object::named_exception_type(name))
}

/// Calls a type: its constructor, or CPython's error for types that cannot be called.
pub fn call_type(vm: &mut Vm, ty: &PyType, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    match ty.constructor {
        Some(constructor) => (constructor.call)(vm, args, kwnames),
        // Exception types construct without a constructor entry of their own.
        None if ty.class.is_none() && super::exc_object::is_exception_type(ty) => {
            let ty = builtin_type(ty.static_name);
            super::exc_object::construct_builtin(&ty, args, kwnames)
        }
        // A bare `object()`: an instance of the built-in class, which takes no attributes.
        None if &*ty.name == "object" => {
            if !args.is_empty() {
                return Err(type_error("object() takes no arguments"));
            }
            Ok(Value::Instance(Rc::new(super::instance::PyInstance::new(
                builtin_type("object"),
                Value::Null,
            ))))
        }
        None => Err(type_error(format!("cannot create '{}' instances", ty.name))),
    }
}

/// `type(object)` and `type(name, bases, namespace, **keywords)`.
pub fn builtin_type_call(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    super::metaclass::call_metatype(vm, &builtin_type("type"), args, kwnames)
}

/// The attributes of a type object: `__name__`, `__qualname__`, `__module__`, `__mro__`,
/// `__base__`, and its methods, unbound.
pub fn type_attribute(ty: &Rc<PyType>, name: &str) -> Option<Value> {
    Some(match name {
        "__name__" | "__qualname__" => Value::str(&ty.name),
        "__module__" => Value::str("builtins"),
        "__mro__" => Value::tuple(ty.mro().into_iter().map(Value::Type).collect()),
        "__base__" => ty.bases.first().cloned().map_or(Value::None, Value::Type),
        "__bases__" => Value::tuple(ty.bases.iter().cloned().map(Value::Type).collect()),
        _ => return ty.method(name).map(Value::Method),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bool_derives_from_int_and_everything_from_object() {
        let (boolean, int, object) = (
            builtin_type("bool"),
            builtin_type("int"),
            builtin_type("object"),
        );
        assert!(boolean.is_subtype_of(&int));
        assert!(boolean.is_subtype_of(&object));
        assert!(!int.is_subtype_of(&boolean));
        let names: Vec<String> = boolean.mro().iter().map(|t| t.name.to_string()).collect();
        assert_eq!(names, ["bool", "int", "object"]);
        assert!(Rc::ptr_eq(&type_of(&Value::Int(3)), &int));
    }

    fn class(name: &str, bases: &[&Rc<PyType>]) -> PyResult<Rc<PyType>> {
        let bases = if bases.is_empty() {
            vec![builtin_type("object")]
        } else {
            bases.iter().map(|b| (*b).clone()).collect()
        };
        PyType::new(Rc::from(name), bases, None).map(Rc::new)
    }

    fn mro_names(ty: &Rc<PyType>) -> Vec<String> {
        ty.mro().iter().map(|t| t.name.to_string()).collect()
    }

    /// The orders CPython 3.11 prints for these hierarchies (`[c.__name__ for c in X.__mro__]`).
    #[test]
    fn c3_orders_match_cpython() {
        let a = class("A", &[]).expect("A");
        let b = class("B", &[&a]).expect("B");
        let c = class("C", &[&a]).expect("C");
        let d = class("D", &[&b, &c]).expect("D");
        assert_eq!(mro_names(&d), ["D", "B", "C", "A", "object"]);
        let o = builtin_type("object");
        let (ka, kb, kc, kd, ke) = (
            class("KA", &[&o]).expect("KA"),
            class("KB", &[&o]).expect("KB"),
            class("KC", &[&o]).expect("KC"),
            class("KD", &[&o]).expect("KD"),
            class("KE", &[&o]).expect("KE"),
        );
        let k1 = class("K1", &[&ka, &kb, &kc]).expect("K1");
        let k2 = class("K2", &[&kd, &kb, &ke]).expect("K2");
        let k3 = class("K3", &[&kd, &ka]).expect("K3");
        let z = class("Z", &[&k1, &k2, &k3]).expect("Z");
        assert_eq!(
            mro_names(&z),
            [
                "Z", "K1", "K2", "K3", "KD", "KA", "KB", "KC", "KE", "object"
            ]
        );
        assert!(z.is_subtype_of(&ka) && !ka.is_subtype_of(&z));
    }

    #[test]
    fn inconsistent_hierarchies_are_cpythons_type_error() {
        let a = class("A", &[]).expect("A");
        let b = class("B", &[&a]).expect("B");
        let err = class("C", &[&a, &b]).err().expect("refused");
        assert_eq!(
            err.summary(),
            "TypeError: Cannot create a consistent method resolution\norder (MRO) for bases A, B"
        );
    }
}
