//! Built-in functions about iteration: `enumerate`, `zip`, `map`, `filter`, `reversed`, `iter`,
//! `next`, `any`, `all`, plus `isinstance` and `callable`. Owns the iterator adapters (the
//! `PyIter::Adapter` states) and how they advance: their next item may run Python code, so no
//! borrow of an iterator state is held while an inner iterator or a callback runs.

use std::cell::RefCell;
use std::rc::Rc;

use super::args::no_keywords;
use super::exception::{PyErr, PyResult, type_error, value_error};
use super::object::PyIter;
use super::{ExcKind, Value, args};
use crate::bytecode::BinOp;
use crate::ops;
use crate::vm::Vm;
use crate::vm::reentry::call_from_native;

/// An iterator whose items come from other iterators and perhaps a Python callable.
pub enum Adapter {
    Enumerate {
        inner: Value,
        count: Value,
    },
    Zip {
        inners: Vec<Value>,
        strict: bool,
    },
    Map {
        function: Value,
        inners: Vec<Value>,
    },
    /// `function` is `None` for `filter(None, it)` (keep the truthy items).
    Filter {
        function: Value,
        inner: Value,
    },
    /// The iterator CPython makes for an object with `__getitem__` but no `__iter__`: items
    /// 0, 1, 2, ... until `IndexError`. `object` is `Null` once exhausted.
    Sequence {
        object: Value,
        index: i64,
    },
}

impl Adapter {
    pub fn type_name(&self) -> &'static str {
        match self {
            Adapter::Enumerate { .. } => "enumerate",
            Adapter::Zip { .. } => "zip",
            Adapter::Map { .. } => "map",
            Adapter::Filter { .. } => "filter",
            Adapter::Sequence { .. } => "iterator",
        }
    }
}

impl Drop for Adapter {
    /// Adapters nest without limit (`it = map(f, it)` in a loop), so their inner values are
    /// freed through the same bounded-depth path as list items instead of recursively.
    fn drop(&mut self) {
        let mut inner = match self {
            Adapter::Enumerate { inner, count } => {
                vec![std::mem::take(inner), std::mem::take(count)]
            }
            Adapter::Zip { inners, .. } => std::mem::take(inners),
            Adapter::Map { function, inners } => {
                let mut values = std::mem::take(inners);
                values.push(std::mem::take(function));
                values
            }
            Adapter::Filter { function, inner } => {
                vec![std::mem::take(function), std::mem::take(inner)]
            }
            Adapter::Sequence { object, .. } => vec![std::mem::take(object)],
        };
        inner.retain(Value::is_heap);
        super::value::drop_items(inner);
    }
}

fn adapter(state: Adapter) -> Value {
    Value::Iter(Rc::new(RefCell::new(PyIter::Adapter(state))))
}

/// What one step of an adapter needs, copied out of its state so no borrow is held.
enum Step {
    Enumerate(Value, Value),
    Zip(Vec<Value>, bool),
    Map(Value, Vec<Value>),
    Filter(Value, Value),
    Sequence(Value, i64),
}

/// `iter(object)` for an object with `__getitem__` but no `__iter__`.
pub fn sequence_iterator(object: Value) -> Value {
    adapter(Adapter::Sequence { object, index: 0 })
}

/// The next item of an iterator whose `next_item` came back empty: `None` for a plain
/// exhausted iterator, else the adapter's next item (running whatever Python code it needs).
pub fn next_adapted(vm: &mut Vm, iterator: &Rc<RefCell<PyIter>>) -> PyResult<Option<Value>> {
    let step = match &*iterator.borrow() {
        PyIter::Adapter(Adapter::Enumerate { inner, count }) => {
            Step::Enumerate(inner.clone(), count.clone())
        }
        PyIter::Adapter(Adapter::Zip { inners, strict }) => Step::Zip(inners.clone(), *strict),
        PyIter::Adapter(Adapter::Map { function, inners }) => {
            Step::Map(function.clone(), inners.clone())
        }
        PyIter::Adapter(Adapter::Filter { function, inner }) => {
            Step::Filter(function.clone(), inner.clone())
        }
        PyIter::Adapter(Adapter::Sequence { object, index }) if !object.is_null() => {
            Step::Sequence(object.clone(), *index)
        }
        _ => return Ok(None),
    };
    // Adapters nest (`map(f, map(g, ...))`): each level is Rust recursion, counted like frames
    // and also capped on its own, since a level takes several times a frame's Rust stack.
    let depth = ADAPTER_DEPTH.get();
    if depth >= MAX_ADAPTER_DEPTH {
        return Err(PyErr::new(
            ExcKind::RecursionError,
            "maximum recursion depth exceeded",
        ));
    }
    vm.enter_nested("")?;
    ADAPTER_DEPTH.set(depth + 1);
    let result = advance(vm, iterator, step);
    ADAPTER_DEPTH.set(depth);
    vm.leave_frame();
    result
}

/// The most adapters advanced inside one another (about 3 KiB of stack each in a debug build;
/// 99,000 of them overflowed its 256 MiB stack).
const MAX_ADAPTER_DEPTH: usize = 10_000;

thread_local! {
    static ADAPTER_DEPTH: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

fn advance(vm: &mut Vm, iterator: &Rc<RefCell<PyIter>>, step: Step) -> PyResult<Option<Value>> {
    match step {
        Step::Sequence(object, index) => {
            let item = ops::subscript(vm, 0, object, Value::Int(index));
            let mut state = iterator.borrow_mut();
            let PyIter::Adapter(Adapter::Sequence {
                object,
                index: next,
            }) = &mut *state
            else {
                return item.map(Some);
            };
            match item {
                Ok(item) => {
                    *next = index + 1;
                    Ok(Some(item))
                }
                Err(err) if matches!(err.kind(), ExcKind::IndexError | ExcKind::StopIteration) => {
                    let old = std::mem::take(object);
                    drop(state);
                    drop(old);
                    Ok(None)
                }
                Err(err) => Err(err),
            }
        }
        Step::Enumerate(inner, count) => {
            let Some(item) = ops::for_iter_next(vm, &inner)? else {
                return Ok(None);
            };
            let following = ops::binary_op(vm, BinOp::Add as u32, count.clone(), Value::Int(1))?;
            if let PyIter::Adapter(Adapter::Enumerate { count: slot, .. }) =
                &mut *iterator.borrow_mut()
            {
                *slot = following;
            }
            Ok(Some(Value::tuple(vec![count, item])))
        }
        Step::Zip(inners, strict) => zip_next(vm, &inners, strict),
        Step::Map(function, inners) => {
            let mut arguments = Vec::with_capacity(inners.len());
            for inner in &inners {
                match ops::for_iter_next(vm, inner)? {
                    Some(item) => arguments.push(item),
                    None => return Ok(None),
                }
            }
            call_from_native(vm, &function, &arguments).map(Some)
        }
        Step::Filter(function, inner) => loop {
            let Some(item) = ops::for_iter_next(vm, &inner)? else {
                return Ok(None);
            };
            let keep = match &function {
                Value::None => ops::truthy_vm(vm, &item)?,
                f => {
                    let verdict = call_from_native(vm, f, std::slice::from_ref(&item))?;
                    ops::truthy_vm(vm, &verdict)?
                }
            };
            if keep {
                return Ok(Some(item));
            }
        },
    }
}

/// One tuple of `zip`, with `strict=True`'s checks that every iterable ends together.
fn zip_next(vm: &mut Vm, inners: &[Value], strict: bool) -> PyResult<Option<Value>> {
    if inners.is_empty() {
        return Ok(None);
    }
    let mut items = Vec::with_capacity(inners.len());
    for (i, inner) in inners.iter().enumerate() {
        match ops::for_iter_next(vm, inner)? {
            Some(item) => items.push(item),
            None if !strict => return Ok(None),
            None if i > 0 => return Err(zip_mismatch(i, "shorter")),
            None => {
                for (j, other) in inners.iter().enumerate().skip(1) {
                    if ops::for_iter_next(vm, other)?.is_some() {
                        return Err(zip_mismatch(j, "longer"));
                    }
                }
                return Ok(None);
            }
        }
    }
    Ok(Some(Value::tuple(items)))
}

/// `zip() argument 3 is shorter than arguments 1-2` (`index` counts from 0).
fn zip_mismatch(index: usize, how: &str) -> PyErr {
    let before = if index == 1 {
        "argument 1".to_string()
    } else {
        format!("arguments 1-{index}")
    };
    value_error(format!(
        "zip() argument {} is {how} than {before}",
        index + 1
    ))
}

fn positional_and_keywords<'a>(args: &'a [Value], kwnames: &[Value]) -> (&'a [Value], &'a [Value]) {
    args.split_at(args.len() - kwnames.len())
}

/// `enumerate(iterable, start=0)`.
pub fn builtin_enumerate(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let [iterable, start] = args::bind("enumerate", &["iterable", "start"], args, kwnames)?;
    let Some(iterable) = iterable else {
        return Err(type_error(
            "enumerate() missing required argument 'iterable'",
        ));
    };
    let inner = ops::get_iter(vm, iterable.clone())?;
    let count = match start {
        None => Value::Int(0),
        Some(Value::Bool(b)) => Value::Int(**b as i64),
        Some(v @ (Value::Int(_) | Value::BigInt(_))) => v.clone(),
        Some(other) => return Err(args::not_an_integer(other)),
    };
    Ok(adapter(Adapter::Enumerate { inner, count }))
}

/// `zip(*iterables, strict=False)`.
pub fn builtin_zip(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (positional, keywords) = positional_and_keywords(args, kwnames);
    let mut strict = false;
    for (name, value) in kwnames.iter().zip(keywords) {
        match name {
            Value::Str(s) if s.as_str() == "strict" => strict = ops::truthy(value),
            Value::Str(s) => {
                return Err(type_error(format!(
                    "'{}' is an invalid keyword argument for zip()",
                    s.as_str()
                )));
            }
            _ => return Err(type_error("keywords must be strings")),
        }
    }
    let mut inners = Vec::with_capacity(positional.len());
    for iterable in positional {
        inners.push(ops::get_iter(vm, iterable.clone())?);
    }
    Ok(adapter(Adapter::Zip { inners, strict }))
}

/// `map(function, iterable, *iterables)`.
pub fn builtin_map(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    no_keywords("map", kwnames)?;
    let [function, iterables @ ..] = args else {
        return Err(type_error("map() must have at least two arguments."));
    };
    if iterables.is_empty() {
        return Err(type_error("map() must have at least two arguments."));
    }
    let mut inners = Vec::with_capacity(iterables.len());
    for iterable in iterables {
        inners.push(ops::get_iter(vm, iterable.clone())?);
    }
    Ok(adapter(Adapter::Map {
        function: function.clone(),
        inners,
    }))
}

/// `filter(function_or_None, iterable)`.
pub fn builtin_filter(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    no_keywords("filter", kwnames)?;
    let [function, iterable] = args else {
        return Err(type_error(format!(
            "filter expected 2 arguments, got {}",
            args.len()
        )));
    };
    let inner = ops::get_iter(vm, iterable.clone())?;
    Ok(adapter(Adapter::Filter {
        function: function.clone(),
        inner,
    }))
}

/// `reversed(sequence)`.
pub fn builtin_reversed(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    no_keywords("reversed", kwnames)?;
    let [sequence] = args else {
        return Err(type_error(format!(
            "reversed expected 1 argument, got {}",
            args.len()
        )));
    };
    let state = match sequence {
        Value::List(list) => PyIter::ListReverse {
            next: list.borrow().len(),
            list: list.clone(),
        },
        Value::Tuple(items) => PyIter::Reversed {
            next: items.len(),
            items: items.clone(),
        },
        Value::Str(_) => {
            let characters = ops::collect_iterable(vm, sequence)?;
            let Value::Tuple(items) = Value::tuple(characters) else {
                return Err(type_error("reversed: internal error"));
            };
            PyIter::Reversed {
                next: items.len(),
                items,
            }
        }
        Value::Range(range) => {
            let len = range.len();
            let last = range.start + (len - 1) * range.step;
            let (next, stop, step) = if len == 0 {
                (0, 0, 1)
            } else {
                (last, range.start - range.step, -range.step)
            };
            match (
                i64::try_from(next),
                i64::try_from(stop),
                i64::try_from(step),
            ) {
                (Ok(next), Ok(stop), Ok(step)) => PyIter::Range { next, stop, step },
                _ => PyIter::WideRange { next, stop, step },
            }
        }
        Value::Instance(_) => return reversed_instance(vm, sequence),
        Value::Type(ty) if ty.metaclass.is_some() => return reversed_instance(vm, sequence),
        Value::Native(_) if let Some(mut items) = super::bytes::items(sequence) => {
            items.reverse();
            return ops::get_iter(vm, Value::tuple(items));
        }
        other => {
            if let Some(iterator) = ops::reversed_hook(vm, other)? {
                return Ok(iterator);
            }
            return Err(type_error(format!(
                "'{}' object is not reversible",
                other.type_name()
            )));
        }
    };
    Ok(Value::Iter(Rc::new(RefCell::new(state))))
}

/// `reversed(instance)`: its `__reversed__`, else the sequence protocol (`__len__` and
/// `__getitem__`, the items fetched from the last), else the built-in value it wraps.
fn reversed_instance(vm: &mut Vm, value: &Value) -> PyResult<Value> {
    use super::dunder::Dunder;
    use super::protocol::{call_method, find_dunder, native_of};
    let Some(class) = super::protocol::dunder_class(value) else {
        return Err(type_error("reversed: internal error"));
    };
    let class = class.clone();
    let not_reversible = || type_error(format!("'{}' object is not reversible", value.type_name()));
    match find_dunder(&class, Dunder::Reversed) {
        Some(Value::None) => return Err(not_reversible()),
        Some(hook) => return call_method(vm, &hook, value, &[]),
        None => {}
    }
    if let (Some(_), Some(getitem)) = (
        find_dunder(&class, Dunder::Len),
        find_dunder(&class, Dunder::GetItem),
    ) {
        let len = super::protocol::instance_len(vm, value)?;
        let mut items = Vec::with_capacity(len);
        for i in (0..len).rev() {
            items.push(call_method(vm, &getitem, value, &[Value::Int(i as i64)])?);
        }
        return ops::get_iter(vm, Value::tuple(items));
    }
    match native_of(value) {
        Some(native) => builtin_reversed(vm, std::slice::from_ref(native), &[]),
        None => Err(not_reversible()),
    }
}

/// `iter(object)` (the two-argument form is not supported yet).
pub fn builtin_iter(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    no_keywords("iter", kwnames)?;
    match args {
        [object] => ops::get_iter(vm, object.clone()),
        [_, _] => Err(type_error(
            "iter(callable, sentinel) is not supported by Spindle yet",
        )),
        _ => Err(type_error(format!(
            "iter expected at most 2 arguments, got {}",
            args.len()
        ))),
    }
}

/// `next(iterator[, default])`.
pub fn builtin_next(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    no_keywords("next", kwnames)?;
    let (iterator, default) = match args {
        [iterator] => (iterator, None),
        [iterator, default] => (iterator, Some(default)),
        [] => return Err(type_error("next expected at least 1 argument, got 0")),
        _ => {
            return Err(type_error(format!(
                "next expected at most 2 arguments, got {}",
                args.len()
            )));
        }
    };
    if super::generator::is_iterable_generator(iterator) {
        // A generator's return value travels in the StopIteration.
        return match super::generator::send(vm, iterator, Value::None) {
            Err(err) if err.kind() == ExcKind::StopIteration && default.is_some() => {
                Ok(default.cloned().unwrap_or_default())
            }
            other => other,
        };
    }
    if !matches!(iterator, Value::Iter(_)) && !super::protocol::is_iterator(iterator) {
        return Err(type_error(format!(
            "'{}' object is not an iterator",
            iterator.type_name()
        )));
    }
    match ops::for_iter_next(vm, iterator)? {
        Some(item) => Ok(item),
        None => default
            .cloned()
            .ok_or_else(|| PyErr::new(ExcKind::StopIteration, "")),
    }
}

/// `any(iterable)` and `all(iterable)`: stop at the first item whose truth is `stop_at`.
fn any_all(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kwnames: &[Value],
    stop_at: bool,
) -> PyResult<Value> {
    no_keywords(name, kwnames)?;
    let iterable = args::exactly_one(name, args)?;
    if super::generator::is_iterable_generator(iterable) {
        let found = super::generator::find_truth(vm, iterable, stop_at)?;
        return Ok(Value::bool(if found { stop_at } else { !stop_at }));
    }
    let iterator = ops::get_iter(vm, iterable.clone())?;
    while let Some(item) = ops::for_iter_next(vm, &iterator)? {
        if ops::truthy_vm(vm, &item)? == stop_at {
            return Ok(Value::bool(stop_at));
        }
    }
    Ok(Value::bool(!stop_at))
}

pub fn builtin_any(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    any_all(vm, "any", args, kwnames, true)
}

pub fn builtin_all(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    any_all(vm, "all", args, kwnames, false)
}

/// The built-in names that are types, as `isinstance` understands them.
/// `isinstance(object, classinfo)` for the built-in types (classinfo a type or nested tuple).
pub fn builtin_isinstance(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    no_keywords("isinstance", kwnames)?;
    let [object, classinfo] = args else {
        return Err(type_error(format!(
            "isinstance expected 2 arguments, got {}",
            args.len()
        )));
    };
    matches_classinfo(vm, object, classinfo).map(Value::bool)
}

fn matches_classinfo(vm: &mut Vm, object: &Value, classinfo: &Value) -> PyResult<bool> {
    if let Some(answer) = super::metaclass::hooked_check(vm, object, classinfo, false)? {
        return Ok(answer);
    }
    if let Value::Tuple(entries) = classinfo
        && entries.iter().any(may_hook)
    {
        for entry in entries.iter() {
            if matches_classinfo(vm, object, entry)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    let object_type = crate::runtime::types::type_of(object);
    matches_types(vm, &object_type, classinfo, "isinstance() arg 2")
}

/// Whether `ty` derives from `classinfo` (a type or a nested tuple of types); `what` names the
/// argument in CPython's TypeError.
fn matches_types(
    vm: &mut Vm,
    ty: &crate::runtime::types::PyType,
    classinfo: &Value,
    what: &str,
) -> PyResult<bool> {
    match classinfo {
        Value::Type(other) => Ok(ty.is_subtype_of(other)),
        Value::Tuple(types) => {
            vm.enter_nested(" in __instancecheck__")?;
            let mut found = Ok(false);
            for entry in types.iter() {
                found = matches_types(vm, ty, entry, what);
                if !matches!(found, Ok(false)) {
                    break;
                }
            }
            vm.leave_frame();
            found
        }
        _ => Err(type_error(format!(
            "{what} must be a type, a tuple of types, or a union"
        ))),
    }
}

/// `issubclass(class, classinfo)`.
pub fn builtin_issubclass(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    no_keywords("issubclass", kwnames)?;
    let [class, classinfo] = args else {
        return Err(type_error(format!(
            "issubclass expected 2 arguments, got {}",
            args.len()
        )));
    };
    if let Value::Tuple(entries) = classinfo
        && entries.iter().any(may_hook)
    {
        for entry in entries.iter() {
            let found = builtin_issubclass(vm, &[class.clone(), entry.clone()], &[])?;
            if matches!(found, Value::Bool(b) if *b) {
                return Ok(Value::bool(true));
            }
        }
        return Ok(Value::bool(false));
    }
    if let Some(answer) = super::metaclass::hooked_check(vm, class, classinfo, true)? {
        return Ok(Value::bool(answer));
    }
    let Value::Type(class) = class else {
        return Err(type_error("issubclass() arg 1 must be a class"));
    };
    matches_types(vm, class, classinfo, "issubclass() arg 2").map(Value::bool)
}

/// Whether a `classinfo` entry may answer `isinstance`/`issubclass` through a hook: a class
/// with a metaclass other than `type`, an object whose class may define the hooks
/// (`int | str`), or a tuple holding one.
fn may_hook(value: &Value) -> bool {
    match value {
        Value::Type(ty) => ty.metaclass.is_some(),
        Value::Instance(_) => true,
        Value::Tuple(entries) => entries.iter().any(may_hook),
        _ => false,
    }
}

/// `callable(object)`.
pub fn builtin_callable(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    no_keywords("callable", kwnames)?;
    let object = args::exactly_one("callable", args)?;
    Ok(Value::bool(
        matches!(
            object,
            Value::Function(_)
                | Value::Builtin(_)
                | Value::Method(_)
                | Value::BoundMethod(_)
                | Value::PyMethod(_)
                | Value::Type(_)
        ) || matches!(object, Value::Instance(i) if super::protocol::instance_callable(i)),
    ))
}
