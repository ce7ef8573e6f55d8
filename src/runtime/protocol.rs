//! Where the runtime meets user code: the generic attribute protocol on instances (descriptors,
//! instance attributes, `__getattr__`, `__setattr__`, `__delattr__`) and the slow paths through
//! which operators and built-ins reach dunder methods (`__add__`/`__radd__`/`__iadd__` with
//! `NotImplemented`, reflected rich comparisons, `__hash__`, `__bool__`, `__len__`, `__iter__`,
//! `__getitem__`, `__repr__`, `__call__`, ...). Built-in values never come here: every caller
//! tries its fast paths first and only then asks whether an operand is an instance.
//!
//! Subclasses of built-in types defer to the wrapped built-in value for every protocol their
//! class does not override (`class Stack(list)` has `list`'s `len`, iteration and `+`).
//!
//! The container and iteration protocols live in `container_protocol`, re-exported here.

use std::rc::Rc;

use super::class::{bind, is_override};
use super::descriptors::{NativeObject, is_not_implemented};
use super::dunder::{Dunder, dunder};
use super::exception::type_error;
use super::instance::PyInstance;
use super::str::PyStr;
use super::types::{PyType, type_of};
use super::{ExcKind, PyErr, PyResult, Value};
use crate::bytecode::{BinOp, CmpOp};
use crate::vm::Vm;
use crate::vm::call::{ReturnAction, defer_call};
use crate::vm::reentry::call_from_native_kw;

pub use super::container_protocol::*;

/// The user-defined `which` of `ty` (a class's own or inherited override; not a built-in
/// type's method).
#[inline]
pub fn find_dunder(ty: &PyType, which: Dunder) -> Option<Value> {
    ty.class
        .as_ref()?
        .override_at(ty, which as usize, || dunder(which))
}

/// The user class whose dunders `value` answers to: an instance's class, or the metaclass of a
/// class whose metaclass is not `type` (`len(Color)` for an enum).
#[inline]
pub fn dunder_class(value: &Value) -> Option<&Rc<PyType>> {
    match value {
        Value::Instance(instance) => Some(&instance.class),
        Value::Type(ty) => ty.metaclass.as_ref(),
        _ => None,
    }
}

/// Calls the class attribute `attr` as a method of `object` with `args`.
pub fn call_method(vm: &mut Vm, attr: &Value, object: &Value, args: &[Value]) -> PyResult<Value> {
    match attr {
        Value::Function(_) | Value::Method(_) => {
            let mut full = Vec::with_capacity(args.len() + 1);
            full.push(object.clone());
            full.extend_from_slice(args);
            call_from_native_kw(vm, attr, &full, &[])
        }
        other => {
            let ty = type_of(object);
            let bound = bind_special(vm, other.clone(), object, &ty)?;
            call_from_native_kw(vm, &bound, args, &[])
        }
    }
}

/// A special method found on `object`'s type, as CPython's `_PyObject_LookupSpecial` gives it:
/// bound like any class attribute, and a `property` read through its getter.
pub fn bind_special(vm: &mut Vm, attr: Value, object: &Value, ty: &Rc<PyType>) -> PyResult<Value> {
    if let Value::Native(native) = &attr
        && let NativeObject::Property(property) = &**native
    {
        if property.fget.is_null() {
            return Err(PyErr::new(ExcKind::AttributeError, "unreadable attribute"));
        }
        return call_from_native_kw(vm, &property.fget, std::slice::from_ref(object), &[]);
    }
    bind_to_instance(vm, attr, object, ty)
}

/// Calls `object`'s user-defined `which` with `args`; `None` when its class defines none.
pub fn call_dunder(
    vm: &mut Vm,
    object: &Value,
    which: Dunder,
    args: &[Value],
) -> PyResult<Option<Value>> {
    let Some(class) = dunder_class(object) else {
        return Ok(None);
    };
    match find_dunder(class, which) {
        Some(attr) => call_method(vm, &attr, object, args).map(Some),
        None => Ok(None),
    }
}

/// The built-in value a subclass instance wraps, if any. An exception's state is not such a
/// value (operators, `len` and the like must not see through an exception to it).
#[inline]
pub fn native_of(value: &Value) -> Option<&Value> {
    match value {
        Value::Instance(instance)
            if !instance.native.is_null() && !matches!(instance.native, Value::Native(_)) =>
        {
            Some(&instance.native)
        }
        _ => None,
    }
}

/// `AttributeError: 'C' object has no attribute 'x'`.
pub fn no_attribute(object: &Value, name: &PyStr) -> PyErr {
    PyErr::new(
        ExcKind::AttributeError,
        format!(
            "'{}' object has no attribute '{}'",
            object.type_name(),
            name.as_str()
        ),
    )
}

// ----- attributes -----------------------------------------------------------------------------

/// `object.name` for an instance (`name` interned): `__getattribute__` if overridden, else the
/// generic lookup, then `__getattr__` when either raised AttributeError.
pub fn instance_getattr(
    vm: &mut Vm,
    object: &Value,
    instance: &PyInstance,
    name: &PyStr,
) -> PyResult<Value> {
    let ty = &instance.class;
    let result = match find_dunder(ty, Dunder::GetAttribute) {
        Some(hook) => call_method(vm, &hook, object, &[Value::str(name.as_str())]),
        None => generic_instance_getattr(vm, object, instance, name),
    };
    match result {
        Err(err) if err.kind() == ExcKind::AttributeError => match find_dunder(ty, Dunder::GetAttr)
        {
            Some(hook) => call_method(vm, &hook, object, &[Value::str(name.as_str())]),
            None => Err(err),
        },
        other => other,
    }
}

/// `object.__getattribute__(name)` for any value.
pub fn generic_getattr(vm: &mut Vm, object: &Value, name: &PyStr) -> PyResult<Value> {
    match object {
        Value::Instance(instance) => generic_instance_getattr(vm, object, instance, name),
        _ => crate::ops::load_attr(vm, object.clone(), name),
    }
}

/// CPython's `PyObject_GenericGetAttr` for an instance: data descriptors of the class, then
/// the instance's own attributes, then other class attributes (bound), then the special
/// attributes `__class__` and `__dict__`.
pub fn generic_instance_getattr(
    vm: &mut Vm,
    object: &Value,
    instance: &PyInstance,
    name: &PyStr,
) -> PyResult<Value> {
    let ty = &instance.class;
    let class_attr = ty.lookup(name);
    if let Some(attr) = &class_attr
        && let Some(value) = data_descriptor_get(vm, attr, object, ty, name)?
    {
        return Ok(value);
    }
    if let Some(value) = instance.get(vm, name)? {
        return Ok(value);
    }
    if let Some(attr) = class_attr {
        return bind_to_instance(vm, attr, object, ty);
    }
    match name.as_str() {
        "__class__" => Ok(Value::Type(ty.clone())),
        "__dict__" => match instance.dict(vm)? {
            Some(dict) => Ok(Value::Dict(dict)),
            None => Err(no_attribute(object, name)),
        },
        text if super::exc_object::state_of(object).is_some() => {
            super::exc_object::get_attribute(object, text).ok_or_else(|| no_attribute(object, name))
        }
        // The data attributes of a wrapped number (`Level(5).real`).
        text => native_of(object)
            .and_then(|native| super::number_attrs::number_attribute(native, text))
            .ok_or_else(|| no_attribute(object, name)),
    }
}

/// Whether `attr` (a class attribute) is a data descriptor: a `property`, or an instance of a
/// class defining `__set__` or `__delete__`.
pub fn is_data_descriptor(attr: &Value) -> bool {
    match attr {
        Value::Native(object) => matches!(**object, NativeObject::Property(_)),
        Value::Instance(instance) => {
            find_dunder(&instance.class, Dunder::Set).is_some()
                || find_dunder(&instance.class, Dunder::Delete).is_some()
        }
        _ => false,
    }
}

/// The value of the data descriptor `attr` for `object`; `None` when `attr` is not one.
pub(crate) fn data_descriptor_get(
    vm: &mut Vm,
    attr: &Value,
    object: &Value,
    ty: &Rc<PyType>,
    name: &PyStr,
) -> PyResult<Option<Value>> {
    match attr {
        Value::Native(native) => match &**native {
            NativeObject::Property(property) => {
                if property.fget.is_null() {
                    return Err(PyErr::new(
                        ExcKind::AttributeError,
                        format!(
                            "property '{}' of '{}' object has no getter",
                            name.as_str(),
                            ty.name
                        ),
                    ));
                }
                call_from_native_kw(vm, &property.fget, std::slice::from_ref(object), &[]).map(Some)
            }
            _ => Ok(None),
        },
        Value::Instance(descriptor) if is_data_descriptor(attr) => {
            match find_dunder(&descriptor.class, Dunder::Get) {
                Some(get) => {
                    let args = [object.clone(), Value::Type(ty.clone())];
                    call_method(vm, &get, attr, &args).map(Some)
                }
                None => Ok(Some(attr.clone())),
            }
        }
        _ => Ok(None),
    }
}

/// A class attribute found for an instance, as `object.name` gives it: functions bound into
/// methods, class methods bound to the class, static methods unwrapped, `__get__` asked.
pub fn bind_to_instance(
    vm: &mut Vm,
    attr: Value,
    object: &Value,
    ty: &Rc<PyType>,
) -> PyResult<Value> {
    match &attr {
        Value::Function(_) | Value::Method(_) => Ok(bind(attr, object.clone())),
        Value::Native(native) => match &**native {
            NativeObject::ClassMethod(func) => Ok(bind(func.clone(), Value::Type(ty.clone()))),
            NativeObject::StaticMethod(func) => Ok(func.clone()),
            // The slot is unset (a set one was found in the instance's storage first).
            NativeObject::Member(member) => Err(no_attribute(object, &member.name)),
            _ => Ok(attr),
        },
        Value::Instance(descriptor) => match find_dunder(&descriptor.class, Dunder::Get) {
            Some(get) => {
                let args = [object.clone(), Value::Type(ty.clone())];
                call_method(vm, &get, &attr, &args)
            }
            None => Ok(attr),
        },
        _ => Ok(attr),
    }
}

/// `object.name = value`.
pub fn setattr(vm: &mut Vm, object: &Value, name: &PyStr, value: Value) -> PyResult<()> {
    match object {
        Value::Instance(instance) => match find_dunder(&instance.class, Dunder::SetAttr) {
            Some(hook) => {
                call_method(vm, &hook, object, &[Value::str(name.as_str()), value])?;
                Ok(())
            }
            None => generic_setattr(vm, object, name, value),
        },
        Value::Type(ty) => super::type_attrs::class_setattr(vm, ty, name, value),
        Value::Function(func) => super::function_attrs::set(vm, func, name, value),
        Value::Module(module) => {
            module.set_attr(name.as_str(), value);
            Ok(())
        }
        Value::Native(_) => match super::generator::generator_of(object) {
            Some(generator)
                if super::generator::set_attribute(generator, name.as_str(), &value)? =>
            {
                Ok(())
            }
            _ => Err(no_attribute(object, name)),
        },
        other => Err(no_attribute(other, name)),
    }
}

/// `object.__setattr__(name, value)`: data descriptors' `__set__`, else the instance's own
/// attribute.
pub fn generic_setattr(vm: &mut Vm, object: &Value, name: &PyStr, value: Value) -> PyResult<()> {
    let Value::Instance(instance) = object else {
        return setattr(vm, object, name, value);
    };
    let ty = &instance.class;
    let value = match ty.lookup(name) {
        Some(attr) => match descriptor_store(vm, object, ty, name, &attr, Some(value))? {
            Some(value) => value,
            None => return Ok(()),
        },
        None => value,
    };
    if super::exc_object::state_of(object).is_some() {
        let special = super::exc_object::set_attribute(vm, object, name.as_str(), value.clone());
        if let Some(result) = special {
            return result;
        }
    }
    // A bare `object()` has no room for attributes.
    if !ty.is_builtin("object") && instance.set(vm, name, value)? {
        Ok(())
    } else {
        Err(no_attribute(object, name))
    }
}

/// A class attribute's data-descriptor store: `property` setter or deleter, or `__set__` /
/// `__delete__` of a descriptor instance, for `value` (a store) or `None` (a delete). Gives
/// the value back (`Some`, or `Some(Null)` for a delete) when `attr` is no such descriptor and
/// the instance's own attribute is the target; `None` when the descriptor did the work.
pub(crate) fn descriptor_store(
    vm: &mut Vm,
    object: &Value,
    ty: &PyType,
    name: &PyStr,
    attr: &Value,
    value: Option<Value>,
) -> PyResult<Option<Value>> {
    let deleting = value.is_none();
    let mut args = vec![object.clone()];
    match attr {
        Value::Native(native) => {
            let NativeObject::Property(property) = &**native else {
                return Ok(Some(value.unwrap_or_default()));
            };
            let (accessor, what) = if deleting {
                (&property.fdel, "deleter")
            } else {
                (&property.fset, "setter")
            };
            if accessor.is_null() {
                return Err(PyErr::new(
                    ExcKind::AttributeError,
                    format!(
                        "property '{}' of '{}' object has no {what}",
                        name.as_str(),
                        ty.name
                    ),
                ));
            }
            args.extend(value);
            call_from_native_kw(vm, accessor, &args, &[])?;
            Ok(None)
        }
        Value::Instance(descriptor) => {
            let which = if deleting {
                Dunder::Delete
            } else {
                Dunder::Set
            };
            let Some(method) = find_dunder(&descriptor.class, which) else {
                return Ok(Some(value.unwrap_or_default()));
            };
            args.extend(value);
            call_method(vm, &method, attr, &args)?;
            Ok(None)
        }
        _ => Ok(Some(value.unwrap_or_default())),
    }
}

/// `del object.name`.
pub fn delattr(vm: &mut Vm, object: &Value, name: &PyStr) -> PyResult<()> {
    match object {
        Value::Instance(instance) => match find_dunder(&instance.class, Dunder::DelAttr) {
            Some(hook) => {
                call_method(vm, &hook, object, &[Value::str(name.as_str())])?;
                Ok(())
            }
            None => generic_delattr(vm, object, name),
        },
        Value::Type(ty) => super::type_attrs::class_delattr(vm, ty, name),
        Value::Native(_) if super::generator::generator_of(object).is_some() => {
            match name.as_str() {
                "__name__" | "__qualname__" => Err(super::exception::type_error(format!(
                    "{} must be set to a string object",
                    name.as_str()
                ))),
                _ => Err(no_attribute(object, name)),
            }
        }
        Value::Module(module) => {
            if module.delete_attr(name.as_str()) {
                Ok(())
            } else {
                // CPython words a failed module delattr as the generic one.
                Err(no_attribute(object, name))
            }
        }
        Value::Function(func) => {
            if super::function_attrs::delete(vm, func, name)? {
                Ok(())
            } else {
                Err(no_attribute(object, name))
            }
        }
        other => Err(no_attribute(other, name)),
    }
}

/// `object.__delattr__(name)`.
pub fn generic_delattr(vm: &mut Vm, object: &Value, name: &PyStr) -> PyResult<()> {
    let Value::Instance(instance) = object else {
        return delattr(vm, object, name);
    };
    let ty = &instance.class;
    if let Some(attr) = ty.lookup(name)
        && descriptor_store(vm, object, ty, name, &attr, None)?.is_none()
    {
        return Ok(());
    }
    if super::exc_object::state_of(object).is_some()
        && matches!(
            name.as_str(),
            "args" | "__cause__" | "__context__" | "__traceback__" | "__suppress_context__"
        )
    {
        return Err(type_error(format!("{} may not be deleted", name.as_str())));
    }
    if instance.delete(vm, name)? {
        Ok(())
    } else if is_member(ty.lookup(name).as_ref()) {
        // An unset `__slots__` entry: CPython's member descriptor names just the slot.
        Err(PyErr::new(ExcKind::AttributeError, name.as_str()))
    } else {
        Err(no_attribute(object, name))
    }
}

/// Whether a class attribute is the member descriptor of a `__slots__` entry.
fn is_member(attr: Option<&Value>) -> bool {
    matches!(attr, Some(Value::Native(native)) if matches!(**native, NativeObject::Member(_)))
}

// ----- operators ------------------------------------------------------------------------------

const BINARY_NAMES: [&str; 13] = [
    "add", "and", "floordiv", "lshift", "matmul", "mul", "mod", "or", "pow", "rshift", "sub",
    "truediv", "xor",
];

thread_local! {
    /// `__add__`, `__radd__`, `__iadd__`, ... interned, indexed by `3 * op + form`.
    static BINARY_DUNDERS: Vec<Rc<PyStr>> = BINARY_NAMES
        .iter()
        .flat_map(|n| [format!("__{n}__"), format!("__r{n}__"), format!("__i{n}__")])
        .map(|n| super::intern::intern(&n))
        .collect();
}

fn binary_dunder(op: BinOp, form: usize) -> Rc<PyStr> {
    BINARY_DUNDERS.with(|names| names[3 * op as usize + form].clone())
}

/// Which user method of an instance's class an operator asks for.
#[derive(Clone, Copy)]
enum Wanted {
    Named(Dunder),
    /// `BINARY_OP` dunder `op` in form 0 (`__op__`), 1 (`__rop__`) or 2 (`__iop__`).
    Binary(BinOp, usize),
}

/// The user-defined method `wanted` of `value`'s class, if `value` is an instance.
#[inline]
fn user_method(value: &Value, wanted: Wanted) -> Option<Value> {
    let Value::Instance(instance) = value else {
        return None;
    };
    let ty = &instance.class;
    let class = ty.class.as_ref()?;
    match wanted {
        Wanted::Named(which) => class.override_at(ty, which as usize, || dunder(which)),
        Wanted::Binary(op, form) => {
            class.override_at(ty, super::dunder::COUNT + 3 * op as usize + form, || {
                binary_dunder(op, form)
            })
        }
    }
}

/// Calls `attr` as a method of `object`; `None` when it returned `NotImplemented`.
fn try_method(vm: &mut Vm, attr: &Value, object: &Value, other: &Value) -> PyResult<Option<Value>> {
    let result = call_method(vm, attr, object, std::slice::from_ref(other))?;
    Ok((!is_not_implemented(&result)).then_some(result))
}

/// `a op b` when an operand is an instance: `__iop__` for the in-place form, then `__op__` and
/// the reflected `__rop__` in CPython's order (the reflected one first when `b`'s class is a
/// proper subclass of `a`'s that overrides it). `None` when every method declined.
pub fn binary_dunders(
    vm: &mut Vm,
    op: BinOp,
    inplace: bool,
    a: &Value,
    b: &Value,
) -> PyResult<Option<Value>> {
    if inplace
        && let Some(method) = user_method(a, Wanted::Binary(op, 2))
        && let Some(result) = try_method(vm, &method, a, b)?
    {
        return Ok(Some(result));
    }
    let forward = user_method(a, Wanted::Binary(op, 0));
    let (type_a, type_b) = (type_of(a), type_of(b));
    let same_type = Rc::ptr_eq(&type_a, &type_b);
    let mut reflected = if same_type {
        None
    } else {
        user_method(b, Wanted::Binary(op, 1))
    };
    if let Some(method) = &reflected
        && type_b.is_subtype_of(&type_a)
    {
        if let Some(result) = try_method(vm, method, b, a)? {
            return Ok(Some(result));
        }
        reflected = None;
    }
    if let Some(method) = forward
        && let Some(result) = try_method(vm, &method, a, b)?
    {
        return Ok(Some(result));
    }
    if let Some(method) = reflected
        && let Some(result) = try_method(vm, &method, b, a)?
    {
        return Ok(Some(result));
    }
    Ok(None)
}

fn compare_dunder(op: CmpOp) -> Dunder {
    match op {
        CmpOp::Lt => Dunder::Lt,
        CmpOp::Le => Dunder::Le,
        CmpOp::Eq => Dunder::Eq,
        CmpOp::Ne => Dunder::Ne,
        CmpOp::Gt => Dunder::Gt,
        CmpOp::Ge => Dunder::Ge,
    }
}

fn reflected(op: CmpOp) -> CmpOp {
    match op {
        CmpOp::Lt => CmpOp::Gt,
        CmpOp::Le => CmpOp::Ge,
        CmpOp::Gt => CmpOp::Lt,
        CmpOp::Ge => CmpOp::Le,
        other => other,
    }
}

/// `object.__op__(other)` for a comparison, with `__ne__` defaulting to the negation of a
/// user `__eq__`; `None` for `NotImplemented` or no method.
fn try_compare(vm: &mut Vm, op: CmpOp, object: &Value, other: &Value) -> PyResult<Option<Value>> {
    if let Some(method) = user_method(object, Wanted::Named(compare_dunder(op))) {
        return try_method(vm, &method, object, other);
    }
    if op == CmpOp::Ne
        && let Some(method) = user_method(object, Wanted::Named(Dunder::Eq))
        && let Some(result) = try_method(vm, &method, object, other)?
    {
        return Ok(Some(Value::bool(!crate::ops::truthy_vm(vm, &result)?)));
    }
    Ok(None)
}

/// Rich comparison `a op b` when an operand is an instance, as CPython orders it; the value
/// the method returned (not necessarily a bool).
pub fn rich_compare(vm: &mut Vm, op: CmpOp, a: &Value, b: &Value) -> PyResult<Value> {
    let (type_a, type_b) = (type_of(a), type_of(b));
    let mut checked_reflected = false;
    if !Rc::ptr_eq(&type_a, &type_b) && type_b.is_subtype_of(&type_a) {
        checked_reflected = true;
        if let Some(result) = try_compare(vm, reflected(op), b, a)? {
            return Ok(result);
        }
    }
    if let Some(result) = try_compare(vm, op, a, b)? {
        return Ok(result);
    }
    if !checked_reflected && let Some(result) = try_compare(vm, reflected(op), b, a)? {
        return Ok(result);
    }
    compare_defaults(vm, op, a, b)
}

/// The end of the comparison protocol once every dunder declined: the wrapped built-in
/// values' comparison, identity for `==`/`!=`, else TypeError.
fn compare_defaults(vm: &mut Vm, op: CmpOp, a: &Value, b: &Value) -> PyResult<Value> {
    if native_of(a).is_some() || native_of(b).is_some() {
        let (x, y) = (native_of(a).unwrap_or(a), native_of(b).unwrap_or(b));
        return crate::ops::compare_values(vm, op, x, y).map(Value::bool);
    }
    match op {
        CmpOp::Eq => Ok(Value::bool(a.is(b))),
        CmpOp::Ne => Ok(Value::bool(!a.is(b))),
        _ => Err(type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            a.type_name(),
            b.type_name()
        ))),
    }
}

/// `COMPARE_OP` on instances: when `a`'s class defines the comparison as a Python function
/// and `b`'s reflected one does not take precedence, the engine enters it as a frame of its
/// loop (the deferral marker is returned as the error, see `vm::call::DeferredCall`);
/// otherwise the whole protocol runs here.
pub fn rich_compare_opcode(vm: &mut Vm, op: CmpOp, a: Value, b: Value) -> PyResult<Value> {
    if let Some(Value::Function(func)) = user_method(&a, Wanted::Named(compare_dunder(op))) {
        let reflected_first = match (&a, &b) {
            (Value::Instance(ia), Value::Instance(ib)) => {
                !Rc::ptr_eq(&ia.class, &ib.class) && ib.class.is_subtype_of(&ia.class)
            }
            _ => false,
        };
        if !reflected_first {
            let on_return = ReturnAction::Compare {
                op,
                left: a.clone(),
                right: b.clone(),
            };
            return Err(defer_call(vm, func, [a, b], 2, on_return));
        }
    }
    rich_compare(vm, op, &a, &b)
}

/// The comparison protocol after `a.__op__(b)` returned `NotImplemented`.
pub fn compare_after_forward(vm: &mut Vm, op: CmpOp, a: &Value, b: &Value) -> PyResult<Value> {
    if let Some(result) = try_compare(vm, reflected(op), b, a)? {
        return Ok(result);
    }
    compare_defaults(vm, op, a, b)
}

/// `BINARY_OP` on an instance left operand: when its class defines the operator as a Python
/// function (and neither an in-place method nor a reflected method of a subclass comes first),
/// the engine enters it as a frame of its loop (the deferral marker is returned); `None` runs
/// the whole protocol natively.
pub fn binary_op_opcode(vm: &mut Vm, arg: u32, a: &Value, b: &Value) -> Option<PyErr> {
    let (op, inplace) = BinOp::from_arg(arg);
    if inplace && user_method(a, Wanted::Binary(op, 2)).is_some() {
        return None;
    }
    let Some(Value::Function(func)) = user_method(a, Wanted::Binary(op, 0)) else {
        return None;
    };
    // Only an instance of a proper subclass of `a`'s class gets its reflected method first.
    if let (Value::Instance(ia), Value::Instance(ib)) = (a, b)
        && !Rc::ptr_eq(&ia.class, &ib.class)
        && ib.class.is_subtype_of(&ia.class)
        && user_method(b, Wanted::Binary(op, 1)).is_some()
    {
        return None;
    }
    let on_return = ReturnAction::BinaryOp {
        arg,
        left: a.clone(),
        right: b.clone(),
    };
    Some(defer_call(vm, func, [a.clone(), b.clone()], 2, on_return))
}

/// The operator protocol after `a.__op__(b)` returned `NotImplemented`: the reflected
/// method, then the built-in operators (and their TypeError).
pub fn binary_after_forward(vm: &mut Vm, arg: u32, a: Value, b: Value) -> PyResult<Value> {
    let (op, _) = BinOp::from_arg(arg);
    if !Rc::ptr_eq(&type_of(&a), &type_of(&b))
        && let Some(method) = user_method(&b, Wanted::Binary(op, 1))
        && let Some(result) = try_method(vm, &method, &b, &a)?
    {
        return Ok(result);
    }
    crate::ops::binary_without_dunders(vm, arg, a, b)
}

// ----- object protocols -----------------------------------------------------------------------

/// The identity hash of a heap object (`object.__hash__`).
pub fn identity_hash(value: &Value) -> i64 {
    let address = match value {
        Value::Instance(instance) => Rc::as_ptr(instance) as usize,
        Value::Native(native) => Rc::as_ptr(native) as usize,
        _ => 0,
    };
    super::hash::hash_pointer(address)
}

/// `hash(instance)`: `__hash__` (None makes it unhashable), the wrapped value's hash, or the
/// identity hash.
pub fn instance_hash(vm: &mut Vm, value: &Value, instance: &PyInstance) -> PyResult<i64> {
    match instance.class.lookup(&dunder(Dunder::Hash)) {
        Some(Value::None) => Err(super::hash::unhashable(value)),
        Some(hook) if is_override(&hook) => {
            let result = call_method(vm, &hook, value, &[])?;
            match result {
                Value::Int(i) => Ok(if i == -1 { -2 } else { i }),
                Value::Bool(b) => Ok(i64::from(*b)),
                Value::BigInt(_) => super::hash::hash_value(vm, &result),
                _ => Err(type_error("__hash__ method should return an integer")),
            }
        }
        _ => match native_of(value) {
            Some(native) => super::hash::hash_value(vm, native),
            None => Ok(identity_hash(value)),
        },
    }
}

/// `bool(instance)`: `__bool__`, else `__len__`, else the wrapped value, else true.
pub fn instance_truthy(vm: &mut Vm, value: &Value) -> PyResult<bool> {
    if let Some(result) = call_dunder(vm, value, Dunder::Bool, &[])? {
        return match result {
            Value::Bool(b) => Ok(*b),
            other => Err(type_error(format!(
                "__bool__ should return bool, returned {}",
                other.type_name()
            ))),
        };
    }
    if let Some(class) = dunder_class(value)
        && find_dunder(class, Dunder::Len).is_some()
    {
        return Ok(instance_len(vm, value)? > 0);
    }
    match native_of(value) {
        Some(native) => crate::ops::truthy_vm(vm, native),
        None => Ok(true),
    }
}

/// `len(instance)`.
pub fn instance_len(vm: &mut Vm, value: &Value) -> PyResult<usize> {
    match call_dunder(vm, value, Dunder::Len, &[])? {
        Some(result) => {
            let n = index_value(vm, &result).map_err(|_| {
                type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    result.type_name()
                ))
            })?;
            if n < 0 {
                return Err(PyErr::new(
                    ExcKind::ValueError,
                    "__len__() should return >= 0",
                ));
            }
            Ok(n as usize)
        }
        None => match native_of(value) {
            Some(native) => super::builtins::length(native),
            None => Err(type_error(format!(
                "object of type '{}' has no len()",
                value.type_name()
            ))),
        },
    }
}

/// `operator.index(value)` as an i64 for values that may be instances with `__index__`.
pub fn index_value(vm: &mut Vm, value: &Value) -> PyResult<i64> {
    match value {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(i64::from(**b)),
        Value::BigInt(_) => Err(PyErr::new(
            ExcKind::OverflowError,
            "cannot fit 'int' into an index-sized integer",
        )),
        Value::Instance(_) => match call_dunder(vm, value, Dunder::Index, &[])? {
            Some(result @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_))) => {
                index_value(vm, &result)
            }
            Some(other) => Err(type_error(format!(
                "__index__ returned non-int (type {})",
                other.type_name()
            ))),
            None => match native_of(value) {
                Some(native) => index_value(vm, &native.clone()),
                None => Err(type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    value.type_name()
                ))),
            },
        },
        other => Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            other.type_name()
        ))),
    }
}

/// The text `__repr__`/`__str__` (`method`) returned, which must be a str (or an instance of
/// a str subclass).
fn text_result(vm: &mut Vm, result: Value, method: &str) -> PyResult<String> {
    match result {
        Value::Str(s) => Ok(s.as_str().to_string()),
        Value::Instance(ref i) if matches!(i.native, Value::Str(_)) => {
            crate::ops::to_str(vm, &i.native)
        }
        other => Err(type_error(format!(
            "{method} returned non-string (type {})",
            other.type_name()
        ))),
    }
}

/// `repr(instance)`: `__repr__` (which must return a str), the wrapped value's repr, or the
/// default `<__main__.C object at 0x...>`.
pub fn instance_repr(vm: &mut Vm, value: &Value) -> PyResult<String> {
    if let Some(result) = call_dunder(vm, value, Dunder::Repr, &[])? {
        return text_result(vm, result, "__repr__");
    }
    if let Value::Type(ty) = value {
        return Ok(super::format::type_repr(ty));
    }
    if super::exc_object::state_of(value).is_some() {
        return super::exc_object::exception_repr(vm, value);
    }
    match native_of(value) {
        Some(native) => crate::ops::repr(vm, native),
        None => Ok(super::class::default_repr(value)),
    }
}

/// `str(instance)`.
pub fn instance_str(vm: &mut Vm, value: &Value) -> PyResult<String> {
    if let Some(result) = call_dunder(vm, value, Dunder::Str, &[])? {
        return text_result(vm, result, "__str__");
    }
    if let Value::Type(_) = value {
        return instance_repr(vm, value);
    }
    let Value::Instance(instance) = value else {
        return crate::ops::to_str(vm, value);
    };
    if super::exc_object::state_of(value).is_some() {
        return super::exc_object::exception_str(vm, value);
    }
    // Of the built-in bases only `str` has a `__str__` of its own; the others inherit
    // `object`'s, which defers to `__repr__`.
    if let Some(native @ Value::Str(_)) = native_of(value) {
        return crate::ops::to_str(vm, native);
    }
    if find_dunder(&instance.class, Dunder::Repr).is_some() {
        return instance_repr(vm, value);
    }
    if let Some(native) = native_of(value) {
        return crate::ops::repr(vm, &native.clone());
    }
    Ok(super::class::default_repr(value))
}

/// Calls an instance, or a class whose metaclass defines `__call__` (`__call__`).
pub fn call_instance(
    vm: &mut Vm,
    value: &Value,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let Some(class) = dunder_class(value) else {
        return Err(not_callable(value));
    };
    match find_dunder(class, Dunder::Call) {
        Some(Value::Function(func)) => {
            let mut full = Vec::with_capacity(args.len() + 1);
            full.push(value.clone());
            full.extend_from_slice(args);
            call_from_native_kw(vm, &Value::Function(func), &full, kwnames)
        }
        Some(other) => {
            let bound = bind_to_instance(vm, other, value, class)?;
            call_from_native_kw(vm, &bound, args, kwnames)
        }
        None => Err(not_callable(value)),
    }
}

fn not_callable(value: &Value) -> PyErr {
    type_error(format!("'{}' object is not callable", value.type_name()))
}

/// Whether an instance is callable.
pub fn instance_callable(instance: &PyInstance) -> bool {
    find_dunder(&instance.class, Dunder::Call).is_some()
}

/// The Python function `name` of an instance's class when `instance.name(...)` may call it with
/// the instance as `self` (`LOAD_METHOD`'s fast path): not shadowed by an instance attribute and
/// with no `__getattribute__` override. `None` sends the caller to the generic lookup.
#[inline]
pub fn method_of_instance(
    vm: &mut Vm,
    instance: &PyInstance,
    name: &PyStr,
) -> PyResult<Option<Value>> {
    let ty = &instance.class;
    let Some(found @ Value::Function(_)) = ty.lookup(name) else {
        return Ok(None);
    };
    if find_dunder(ty, Dunder::GetAttribute).is_some() || instance.get(vm, name)?.is_some() {
        return Ok(None);
    }
    Ok(Some(found))
}
