//! Metaclasses and class creation: `__build_class__` (the metaclass chosen from `metaclass=`
//! and the bases' metaclasses, `__prepare__`, the body run in the namespace it returned, the
//! metaclass called with the class keywords), `type.__new__` for `type` and its subclasses
//! (most derived metaclass, `__classcell__`, `__init_subclass__`), `type.__call__` for classes
//! whose metaclass overrides `__call__`, and the methods a metaclass inherits from `type` and
//! reaches with `super()` (`__new__`, `__init__`, `__call__`, `__prepare__`, `__setattr__`,
//! `__instancecheck__`, ...). A class's metaclass is `PyType::metaclass` (`None` for `type`);
//! see `docs/object-model.md`.

use std::rc::Rc;

use super::dict::PyDict;
use super::dunder::{Dunder, dunder};
use super::exception::type_error;
use super::function::{BuiltinFn, BuiltinMethod};
use super::protocol::{find_dunder, native_of};
use super::types::{PyType, builtin_type, type_of};
use super::{PyResult, Value};
use crate::vm::Vm;
use crate::vm::reentry::call_from_native_kw;

/// Whether `ty` is `type` or derives from it: its instances are classes.
pub fn is_metatype(ty: &PyType) -> bool {
    match &ty.class {
        None => &*ty.name == "type",
        Some(class) => class
            .native_base
            .as_ref()
            .is_some_and(|base| base.is_builtin("type")),
    }
}

// ----- class statements -------------------------------------------------------------------------

/// `__build_class__(body, name, *bases, metaclass=..., **keywords)`: picks the metaclass, asks
/// it for the namespace (`__prepare__`), runs the class body in it and calls the metaclass
/// with `(name, bases, namespace, **keywords)`. A body whose methods use `super()` or
/// `__class__` returns its `__class__` cell, which goes into the namespace as `__classcell__`
/// for `type.__new__` to fill.
pub fn builtin_build_class(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let npos = args.len() - kwnames.len();
    if npos < 2 {
        return Err(type_error("__build_class__: not enough arguments"));
    }
    let Value::Function(body) = &args[0] else {
        return Err(type_error("__build_class__: func must be a function"));
    };
    let Value::Str(name) = &args[1] else {
        return Err(type_error("__build_class__: name is not a string"));
    };
    let bases = &args[2..npos];
    let mut explicit = None;
    let (mut keyword_names, mut keyword_values) = (Vec::new(), Vec::new());
    for (keyword, value) in kwnames.iter().zip(&args[npos..]) {
        if matches!(keyword, Value::Str(k) if k.as_str() == "metaclass") {
            explicit = Some(value.clone());
        } else {
            keyword_names.push(keyword.clone());
            keyword_values.push(value.clone());
        }
    }
    let meta = match explicit {
        Some(meta) => meta,
        None => Value::Type(bases.first().map_or_else(|| builtin_type("type"), type_of)),
    };
    let meta = match &meta {
        Value::Type(ty) => Value::Type(most_derived_metaclass(ty, bases)?),
        _ => meta,
    };
    let bases_tuple = Value::tuple(bases.to_vec());
    let namespace = prepare(
        vm,
        &meta,
        name,
        &bases_tuple,
        &keyword_values,
        &keyword_names,
    )?;
    crate::ops::store_name(
        vm,
        &namespace,
        &dunder(Dunder::Module),
        Value::str(&body.module.name),
    )?;
    crate::ops::store_name(
        vm,
        &namespace,
        &dunder(Dunder::Qualname),
        Value::str(&body.code.qualname),
    )?;
    let cell = call_from_native_kw(vm, &args[0], std::slice::from_ref(&namespace), &[])?;
    if let Value::Cell(_) = &cell {
        crate::ops::store_name(vm, &namespace, &dunder(Dunder::ClassCell), cell.clone())?;
    }
    let mut call_args = vec![Value::Str(name.clone()), bases_tuple, namespace];
    call_args.extend(keyword_values);
    let class = call_from_native_kw(vm, &meta, &call_args, &keyword_names)?;
    if let (Value::Cell(cell), Value::Type(ty)) = (&cell, &class)
        && cell.is_empty()
    {
        return Err(super::PyErr::new(
            super::ExcKind::RuntimeError,
            format!(
                "__class__ not set defining '{}' as {}. Was __classcell__ propagated to \
                 type.__new__?",
                name.as_str(),
                super::format::type_repr(ty)
            ),
        ));
    }
    Ok(class)
}

/// CPython's `_PyType_CalculateMetaclass`: of `meta` and the metaclasses of `bases`, the one
/// deriving from all the others.
fn most_derived_metaclass(meta: &Rc<PyType>, bases: &[Value]) -> PyResult<Rc<PyType>> {
    let mut winner = meta.clone();
    for base in bases {
        let base_meta = type_of(base);
        if winner.is_subtype_of(&base_meta) {
            continue;
        }
        if base_meta.is_subtype_of(&winner) {
            winner = base_meta;
            continue;
        }
        return Err(type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) \
             subclass of the metaclasses of all its bases",
        ));
    }
    Ok(winner)
}

/// The namespace a class body runs in: `meta.__prepare__(name, bases, **keywords)` when the
/// metaclass defines one, else a new dict (what `type.__prepare__` returns).
fn prepare(
    vm: &mut Vm,
    meta: &Value,
    name: &Rc<super::str::PyStr>,
    bases: &Value,
    keyword_values: &[Value],
    keyword_names: &[Value],
) -> PyResult<Value> {
    let has_prepare = match meta {
        Value::Type(ty) => ty.is_user_class() && ty.lookup(&dunder(Dunder::Prepare)).is_some(),
        _ => false,
    };
    if !has_prepare {
        return Ok(Value::Dict(Rc::new(PyDict::new())));
    }
    let hook = crate::ops::load_attr(vm, meta.clone(), &dunder(Dunder::Prepare))?;
    let mut args = vec![Value::Str(name.clone()), bases.clone()];
    args.extend_from_slice(keyword_values);
    let namespace = call_from_native_kw(vm, &hook, &args, keyword_names)?;
    if !super::protocol::is_mapping(&namespace) {
        let owner = match meta {
            Value::Type(ty) => ty.name.to_string(),
            _ => "<metaclass>".to_string(),
        };
        return Err(type_error(format!(
            "{owner}.__prepare__() must return a mapping, not {}",
            namespace.type_name()
        )));
    }
    Ok(namespace)
}

// ----- type.__new__ and type.__call__ ---------------------------------------------------------

/// `type.__new__(metatype, name, bases, namespace, **keywords)`: a new class whose metaclass
/// is the most derived of `metatype` and its bases' metaclasses; the keywords go to the
/// `__init_subclass__` of its first base that has one.
pub fn type_new(
    vm: &mut Vm,
    metatype: &Rc<PyType>,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let npos = args.len() - kwnames.len();
    let [name, bases, namespace] = &args[..npos] else {
        return Err(type_error(format!(
            "type.__new__() takes exactly 3 arguments ({npos} given)"
        )));
    };
    let Value::Str(name) = name else {
        return Err(type_error(format!(
            "type.__new__() argument 1 must be str, not {}",
            name.type_name()
        )));
    };
    let Value::Tuple(base_values) = bases else {
        return Err(type_error(format!(
            "type.__new__() argument 2 must be tuple, not {}",
            bases.type_name()
        )));
    };
    let dict = match namespace {
        Value::Dict(dict) => dict.clone(),
        other => match native_of(other) {
            Some(Value::Dict(dict)) => dict.clone(),
            _ => {
                return Err(type_error(format!(
                    "type.__new__() argument 3 must be dict, not {}",
                    namespace.type_name()
                )));
            }
        },
    };
    let winner = most_derived_metaclass(metatype, base_values)?;
    if !Rc::ptr_eq(&winner, metatype)
        && let Some(new) = winner
            .lookup(&dunder(Dunder::New))
            .filter(super::class::is_override)
    {
        // A base's metaclass derives from the one asked for: it makes the class.
        let mut full = vec![Value::Type(winner.clone())];
        full.extend_from_slice(args);
        return call_from_native_kw(vm, &unwrap_static(new), &full, kwnames);
    }
    let bases = super::class::base_types(base_values)?;
    let copied = Rc::new(dict.copy()?);
    if !copied.contains(vm, &Value::Str(dunder(Dunder::Module)))? {
        // CPython takes the calling frame's `__name__`; natives here do not see the caller.
        copied.insert(
            vm,
            Value::Str(dunder(Dunder::Module)),
            Value::str("__main__"),
        )?;
    }
    let metaclass = (!winner.is_builtin("type")).then_some(winner);
    let class = super::class::new_class(vm, name.as_str(), bases, &copied, metaclass)?;
    init_subclass(vm, &class, &args[npos..], kwnames)?;
    Ok(Value::Type(class))
}

/// Calls `super(class, class).__init_subclass__(**keywords)`: the first ancestor's hook, else
/// `object.__init_subclass__`, which takes no keywords.
fn init_subclass(
    vm: &mut Vm,
    class: &Rc<PyType>,
    values: &[Value],
    kwnames: &[Value],
) -> PyResult<()> {
    let name = dunder(Dunder::InitSubclass);
    let hook = class
        .ancestors
        .iter()
        .find_map(|ancestor| ancestor.own_attribute(&name))
        .filter(super::class::is_override);
    match hook {
        Some(hook) => {
            let bound = super::class::bind_to_class(vm, hook, class)?;
            call_from_native_kw(vm, &bound, values, kwnames)?;
            Ok(())
        }
        None if !kwnames.is_empty() => Err(type_error(format!(
            "{}.__init_subclass__() takes no keyword arguments",
            class.name
        ))),
        None => Ok(()),
    }
}

/// A `staticmethod`'s function (`__new__` is one implicitly); anything else as it is.
fn unwrap_static(value: Value) -> Value {
    if let Value::Native(native) = &value
        && let super::descriptors::NativeObject::StaticMethod(func) = &**native
    {
        return func.clone();
    }
    value
}

/// `type.__call__(metatype, ...)` for `type` and its subclasses: `type(x)`, or a new class made
/// by the metatype's `__new__` and initialised by its `__init__`.
pub fn call_metatype(
    vm: &mut Vm,
    metatype: &Rc<PyType>,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    if metatype.is_builtin("type") && args.len() == 1 && kwnames.is_empty() {
        return Ok(Value::Type(type_of(&args[0])));
    }
    let class = match metatype
        .lookup(&dunder(Dunder::New))
        .filter(super::class::is_override)
    {
        Some(new) => {
            let mut full = vec![Value::Type(metatype.clone())];
            full.extend_from_slice(args);
            call_from_native_kw(vm, &unwrap_static(new), &full, kwnames)?
        }
        None if metatype.is_builtin("type") && args.len() - kwnames.len() != 3 => {
            return Err(type_error("type() takes 1 or 3 arguments"));
        }
        None => type_new(vm, metatype, args, kwnames)?,
    };
    if type_of(&class).is_subtype_of(metatype)
        && let Some(init) = metatype
            .lookup(&dunder(Dunder::Init))
            .filter(super::class::is_override)
    {
        let mut full = vec![class.clone()];
        full.extend_from_slice(args);
        let result = call_from_native_kw(vm, &init, &full, kwnames)?;
        super::class::check_init_result(&result)?;
    }
    Ok(class)
}

/// `C(...)` for a user class: its metaclass's `__call__` when that is overridden, else
/// `type.__call__` (`class::construct`).
pub fn call_class(
    vm: &mut Vm,
    class: &Rc<PyType>,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    if let Some(meta) = &class.metaclass
        && find_dunder(meta, Dunder::Call).is_some()
    {
        return super::protocol::call_instance(vm, &Value::Type(class.clone()), args, kwnames);
    }
    super::class::construct(vm, class, args, kwnames)
}

// ----- what type gives its subclasses ---------------------------------------------------------

/// `type.__new__(metatype, name, bases, namespace, **kwds)` called by name (a metaclass's
/// `super().__new__(...)`), with CPython's checks of `metatype`.
pub static TYPE_TYPE_NEW: BuiltinFn = BuiltinFn {
    name: "__new__",
    call: type_type_new,
};

fn type_type_new(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let Some((first, rest)) = args.split_first() else {
        return Err(type_error("type.__new__(): not enough arguments"));
    };
    if kwnames.len() == args.len() {
        return Err(type_error("type.__new__(): not enough arguments"));
    }
    let Value::Type(metatype) = first else {
        return Err(type_error(format!(
            "type.__new__(X): X is not a type object ({})",
            first.type_name()
        )));
    };
    if !is_metatype(metatype) {
        return Err(type_error(format!(
            "type.__new__({0}): {0} is not a subtype of type",
            metatype.name
        )));
    }
    type_new(vm, metatype, rest, kwnames)
}

/// `type.__prepare__(name, bases, **kwds)`: a new, empty namespace.
pub static TYPE_PREPARE: BuiltinFn = BuiltinFn {
    name: "__prepare__",
    call: type_prepare,
};

fn type_prepare(_vm: &mut Vm, _args: &[Value], _kwnames: &[Value]) -> PyResult<Value> {
    Ok(Value::Dict(Rc::new(PyDict::new())))
}

/// The methods `type` defines for its instances (classes) beyond `__new__`, found through a
/// metaclass's method resolution order (`super().__call__(...)` in a metaclass).
static TYPE_METHODS: &[BuiltinMethod] = &[
    type_method("__init__", type_init, true),
    type_method("__call__", type_call, true),
    type_method("__repr__", type_repr, false),
    type_method("__setattr__", type_setattr, false),
    type_method("__delattr__", type_delattr, false),
    type_method("__getattribute__", type_getattribute, false),
    type_method("__instancecheck__", type_instancecheck, false),
    type_method("__subclasscheck__", type_subclasscheck, false),
];

const fn type_method(
    name: &'static str,
    call: super::function::MethodCall,
    keywords: bool,
) -> BuiltinMethod {
    BuiltinMethod {
        name,
        owner: "type",
        call,
        keywords,
    }
}

/// The attribute `name` of the built-in type `type` itself.
pub(crate) fn type_attribute(name: &str) -> Option<Value> {
    if name == "__prepare__" {
        return Some(Value::Builtin(&TYPE_PREPARE));
    }
    TYPE_METHODS
        .iter()
        .chain(super::type_attrs::TYPE_METHODS)
        .find(|m| m.name == name)
        .map(Value::Method)
}

fn receiver(this: &Value) -> PyResult<&Rc<PyType>> {
    match this {
        Value::Type(ty) => Ok(ty),
        other => Err(type_error(format!(
            "descriptor requires a 'type' object but received a '{}'",
            other.type_name()
        ))),
    }
}

/// `type.__init__(cls, name, bases, namespace, **kwds)`: nothing left to do.
fn type_init(_vm: &mut Vm, this: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    receiver(this)?;
    let npos = args.len() - kwnames.len();
    if npos != 1 && npos != 3 {
        return Err(type_error("type.__init__() takes 1 or 3 arguments"));
    }
    Ok(Value::None)
}

/// `type.__call__(cls, *args, **kwds)`: construction as a class without a metaclass
/// `__call__` does it.
fn type_call(vm: &mut Vm, this: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let class = receiver(this)?.clone();
    if !class.is_user_class() {
        return super::types::call_type(vm, &class, args, kwnames);
    }
    super::class::construct(vm, &class, args, kwnames)
}

fn type_repr(_vm: &mut Vm, this: &Value, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::string(super::format::type_repr(receiver(this)?)))
}

fn type_setattr(_vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let [Value::Str(name), value] = args else {
        return Err(type_error("type.__setattr__() takes a name and a value"));
    };
    let name = super::intern::intern(name.as_str());
    super::type_attrs::type_setattr(receiver(this)?, &name, value.clone())?;
    Ok(Value::None)
}

fn type_delattr(_vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let [Value::Str(name)] = args else {
        return Err(type_error("type.__delattr__() takes a name"));
    };
    let name = super::intern::intern(name.as_str());
    super::type_attrs::type_delattr(receiver(this)?, &name)?;
    Ok(Value::None)
}

fn type_getattribute(vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let [Value::Str(name)] = args else {
        return Err(type_error("type.__getattribute__() takes a name"));
    };
    let name = super::intern::intern(name.as_str());
    super::type_attrs::generic_type_getattr(vm, receiver(this)?, &name)
}

fn type_instancecheck(
    _vm: &mut Vm,
    this: &Value,
    args: &[Value],
    _kw: &[Value],
) -> PyResult<Value> {
    let [object] = args else {
        return Err(type_error("__instancecheck__ takes exactly one argument"));
    };
    Ok(Value::bool(type_of(object).is_subtype_of(receiver(this)?)))
}

fn type_subclasscheck(
    _vm: &mut Vm,
    this: &Value,
    args: &[Value],
    _kw: &[Value],
) -> PyResult<Value> {
    let [Value::Type(class)] = args else {
        return Err(type_error("issubclass() arg 1 must be a class"));
    };
    Ok(Value::bool(class.is_subtype_of(receiver(this)?)))
}

/// `isinstance(object, class)` (or `issubclass` with `subclass`) when the class of `class`
/// (a metaclass, or the class of an object such as `int | str`) defines `__instancecheck__`
/// (`__subclasscheck__`), as CPython's `PyObject_IsInstance` asks it: the hook's answer, as a
/// bool; `None` when there is no hook.
pub fn hooked_check(
    vm: &mut Vm,
    object: &Value,
    class: &Value,
    subclass: bool,
) -> PyResult<Option<bool>> {
    let Some(hooks) = super::protocol::dunder_class(class) else {
        return Ok(None);
    };
    // CPython answers an exact type match without asking the hook.
    if !subclass
        && let Value::Type(ty) = class
        && Rc::ptr_eq(&type_of(object), ty)
    {
        return Ok(Some(true));
    }
    let which = if subclass {
        Dunder::SubclassCheck
    } else {
        Dunder::InstanceCheck
    };
    let Some(hook) = find_dunder(hooks, which) else {
        return Ok(None);
    };
    let result = super::protocol::call_method(vm, &hook, class, std::slice::from_ref(object))?;
    crate::ops::truthy_vm(vm, &result).map(Some)
}
