//! The attribute opcodes with their inline caches (`runtime::inline_cache`): `LOAD_ATTR`,
//! `STORE_ATTR` and `LOAD_METHOD` try the cached slot, method or shape transition of their
//! instruction first, and on a miss run the full protocol (`ops::load_attr`, `protocol::setattr`,
//! `ops::load_method`) and record what it found when the result may be cached: an instance
//! attribute not behind a data descriptor, a class function not shadowed by the instance, in a
//! class without `__getattribute__`/`__setattr__` overrides.

use crate::runtime::dunder::Dunder;
use crate::runtime::inline_cache::AttrCache;
use crate::runtime::instance::PyInstance;
use crate::runtime::protocol;
use crate::runtime::str::PyStr;
use crate::runtime::{PyResult, Value};
use crate::vm::Vm;

/// `LOAD_ATTR` through the instruction's cache.
#[inline(always)]
pub fn load_attr_cached(
    vm: &mut Vm,
    object: Value,
    name: &PyStr,
    cache: Option<&AttrCache>,
) -> PyResult<Value> {
    if let (Value::Instance(instance), Some(cache)) = (&object, cache) {
        let version = instance.class.version.get();
        if let Some((shape, index)) = cache.slot(version)
            && let Some(value) = instance.get_cached(shape, index)
        {
            return Ok(value);
        }
        if let Some((shape, value)) = cache.class_value(version)
            && instance.has_shape(shape)
        {
            return Ok(value);
        }
    }
    load_attr_miss(vm, object, name, cache)
}

#[inline(never)]
fn load_attr_miss(
    vm: &mut Vm,
    object: Value,
    name: &PyStr,
    cache: Option<&AttrCache>,
) -> PyResult<Value> {
    if let (Value::Instance(instance), Some(cache)) = (&object, cache) {
        record_slot(instance, name, cache);
    }
    super::load_attr(vm, object, name)
}

/// Whether attribute `name` of instances of this class may be served from the instance's
/// storage without asking the class each time.
fn plain_instance_attribute(instance: &PyInstance, name: &PyStr) -> bool {
    let ty = &instance.class;
    ty.is_user_class()
        && protocol::find_dunder(ty, Dunder::GetAttribute).is_none()
        && !ty
            .lookup(name)
            .is_some_and(|attr| protocol::is_data_descriptor(&attr))
}

fn record_slot(instance: &PyInstance, name: &PyStr, cache: &AttrCache) {
    if !plain_instance_attribute(instance, name) {
        return;
    }
    let Some(shape) = instance.shape() else {
        return;
    };
    let version = instance.class.version.get();
    match shape.index_of(name) {
        Some(index) => cache.record_slot(version, &shape, index),
        // A class attribute that is a plain value (no binding, no descriptor) is the result
        // for every instance of this shape, which does not shadow it.
        None => {
            if let Some(value) = instance.class.lookup(name)
                && is_plain_value(&value)
            {
                cache.record_class_value(version, &shape, value);
            }
        }
    }
}

/// Whether a class attribute reads the same through an instance (no binding, no `__get__`)
/// and refers to nothing else (a cache holding it can never be part of a reference cycle).
fn is_plain_value(value: &Value) -> bool {
    matches!(
        value,
        Value::None
            | Value::Bool(_)
            | Value::Int(_)
            | Value::BigInt(_)
            | Value::Float(_)
            | Value::Str(_)
    )
}

/// `STORE_ATTR` through the instruction's cache.
#[inline(always)]
pub fn store_attr_cached(
    vm: &mut Vm,
    object: Value,
    name: &PyStr,
    value: Value,
    cache: Option<&AttrCache>,
) -> PyResult<()> {
    let mut value = value;
    if let (Value::Instance(instance), Some(cache)) = (&object, cache) {
        let version = instance.class.version.get();
        if let Some((shape, index)) = cache.slot(version) {
            match instance.set_cached(shape, index, value) {
                Ok(()) => return Ok(()),
                Err(back) => value = back,
            }
        } else if let Some((from, to)) = cache.transition(version) {
            match instance.add_cached(from, &to, value) {
                Ok(()) => return Ok(()),
                Err(back) => value = back,
            }
        }
    }
    store_attr_miss(vm, object, name, value, cache)
}

#[inline(never)]
fn store_attr_miss(
    vm: &mut Vm,
    object: Value,
    name: &PyStr,
    value: Value,
    cache: Option<&AttrCache>,
) -> PyResult<()> {
    let Value::Instance(instance) = &object else {
        return protocol::setattr(vm, &object, name, value);
    };
    let cacheable = cache.is_some()
        && protocol::find_dunder(&instance.class, Dunder::SetAttr).is_none()
        && plain_instance_attribute(instance, name);
    let before = instance.shape();
    let version = instance.class.version.get();
    protocol::setattr(vm, &object, name, value)?;
    let (Some(cache), true) = (cache, cacheable) else {
        return Ok(());
    };
    let (Some(before), Some(after)) = (before, instance.shape()) else {
        return Ok(());
    };
    if std::rc::Rc::ptr_eq(&before, &after) {
        if let Some(index) = after.index_of(name) {
            cache.record_slot(version, &after, index);
        }
    } else if after.len() == before.len() + 1 {
        cache.record_transition(version, &before, after);
    }
    Ok(())
}

/// `LOAD_METHOD` through the instruction's cache.
#[inline(always)]
pub fn load_method_cached(
    vm: &mut Vm,
    object: Value,
    name: &PyStr,
    cache: Option<&AttrCache>,
) -> PyResult<(Value, Value)> {
    if let Value::Instance(instance) = &object {
        if let Some(cache) = cache
            && let Some((shape, method)) = cache.method(instance.class.version.get())
            && instance.has_shape(shape)
        {
            return Ok((method, object));
        }
        return load_method_miss(vm, object, name, cache);
    }
    super::load_method(vm, object, name)
}

#[inline(never)]
fn load_method_miss(
    vm: &mut Vm,
    object: Value,
    name: &PyStr,
    cache: Option<&AttrCache>,
) -> PyResult<(Value, Value)> {
    let (method, receiver) = super::load_method(vm, object, name)?;
    if let (Some(cache), Value::Instance(instance), Value::Function(func)) =
        (cache, &receiver, &method)
        && let Some(shape) = instance.shape()
    {
        cache.record_method(instance.class.version.get(), &shape, func);
    }
    Ok((method, receiver))
}
