//! Opcode semantics: plain functions over values, named in the opcode table's `semantics`
//! column. Each takes its stack inputs as arguments and returns its outputs, so every engine
//! calls the same function whatever its stack layout. No loops over instructions, no `pc`, no
//! stack here.

mod arith;
mod attributes;
mod classes;
mod compare;
mod exceptions;
mod generators;
pub(crate) mod mapping;
mod names;
mod sequence;
mod strings;

use std::rc::Rc;

pub use arith::{
    absolute, binary_op, binary_op_opcode, binary_without_dunders, float_to_int, invert,
    invert_opcode, negative, negative_opcode, positive, positive_opcode,
};
pub use attributes::{load_attr_cached, load_method_cached, store_attr_cached};
pub use classes::{
    BUILD_CLASS, delete_attr, delete_name, load_build_class, load_name, store_attr, store_name,
};
pub use compare::{
    compare as compare_values, compare_op, contains_op, identical_or_equal, is_op, values_equal,
};
pub use exceptions::{
    before_with, check_exc_match, check_interrupt, load_assertion_error, pop_except, push_exc_info,
    raise_varargs, reraise, with_except_start,
};
pub use generators::{
    before_async_with, end_async_for, get_aiter, get_anext, get_awaitable, get_yield_from_iter,
    return_generator, send_value,
};
pub use mapping::{
    build_map, build_set, dict_merge, dict_update, map_add, new_dict, set_add, set_update,
};
pub use names::{
    copy_free_vars, delete_deref, delete_fast, delete_global, load_closure, load_deref, make_cell,
    store_deref,
};
pub use sequence::{
    build_list, build_slice, build_tuple, collect_iterable, delete_subscript, for_iter_next,
    get_iter, is_iterable, list_append, list_extend, list_to_tuple, store_subscript, subscript,
    unpack_ex, unpack_sequence,
};

use crate::bytecode::Code;
use crate::runtime::builtins::find_method;
use crate::runtime::exception::type_error;
use crate::runtime::function::{Function, Module};
use crate::runtime::str::PyStr;
use crate::runtime::{ExcKind, PyErr, PyResult, Value, protocol};
use crate::vm::Vm;

pub use crate::runtime::format::{repr, repr_plain, to_str};
pub use strings::{build_string, format_value};

/// Python truthiness (`bool(v)`): bools, ints and None inline (conditional jumps inline this),
/// everything else out of line.
#[inline(always)]
pub fn truthy(value: &Value) -> bool {
    match value {
        Value::Bool(b) => **b,
        Value::Int(i) => *i != 0,
        Value::None | Value::Null => false,
        _ => truthy_of_object(value),
    }
}

#[inline(never)]
pub(crate) fn truthy_of_object(value: &Value) -> bool {
    match value {
        Value::Bool(b) => **b,
        Value::Int(i) => *i != 0,
        Value::None | Value::Null => false,
        Value::Float(f) => **f != 0.0,
        Value::BigInt(_) => true,
        Value::Str(s) => s.char_len() > 0,
        Value::List(l) => !l.borrow().is_empty(),
        Value::Tuple(t) => !t.is_empty(),
        Value::Range(r) => !r.is_empty(),
        Value::Dict(d) => !d.is_empty(),
        Value::Set(s) | Value::FrozenSet(s) => !s.is_empty(),
        Value::DictView(view) => !view.dict.is_empty(),
        Value::Native(_) if let Some(c) = crate::runtime::complex::complex_of(value) => {
            c.re != 0.0 || c.im != 0.0
        }
        Value::Native(_)
            if let Some(len) = crate::runtime::bytes::with_data(value, <[u8]>::len) =>
        {
            len > 0
        }
        Value::Native(_) => crate::runtime::deque::deque_of(value).is_none_or(|d| !d.is_empty()),
        _ => true,
    }
}

/// Python truthiness for any value, running `__bool__`/`__len__` of instances.
#[inline(always)]
pub fn truthy_vm(vm: &mut Vm, value: &Value) -> PyResult<bool> {
    match value {
        Value::Bool(b) => Ok(**b),
        Value::Int(i) => Ok(*i != 0),
        Value::None => Ok(false),
        _ => truthy_slow(vm, value),
    }
}

/// `truthy_vm` for everything but bools, ints and None.
#[inline(never)]
fn truthy_slow(vm: &mut Vm, value: &Value) -> PyResult<bool> {
    match value {
        Value::Instance(_) => crate::runtime::protocol::instance_truthy(vm, value),
        Value::Type(ty) if ty.metaclass.is_some() => {
            crate::runtime::protocol::instance_truthy(vm, value)
        }
        _ => Ok(truthy_of_object(value)),
    }
}

/// `POP_JUMP_IF_FALSE` / `JUMP_IF_FALSE_OR_POP` condition: jump when the value is falsy.
#[inline(always)]
pub fn is_false(vm: &mut Vm, value: &Value) -> PyResult<bool> {
    truthy_vm(vm, value).map(|t| !t)
}

/// `POP_JUMP_IF_TRUE` / `JUMP_IF_TRUE_OR_POP` condition: jump when the value is truthy.
#[inline(always)]
pub fn is_true(vm: &mut Vm, value: &Value) -> PyResult<bool> {
    truthy_vm(vm, value)
}

/// `UNARY_NOT`.
pub fn not(vm: &mut Vm, value: Value) -> PyResult<Value> {
    let result = !truthy_vm(vm, &value)?;
    crate::runtime::value::discard(value);
    Ok(Value::bool(result))
}

/// `LOAD_FAST`: the local in `slot`, or UnboundLocalError naming local `index` of `code`.
#[inline(always)]
pub fn load_fast(slot: &Value, code: &Code, index: u32) -> PyResult<Value> {
    // Scalars first, so the handlers inlining this test nothing before copying one.
    match slot {
        Value::Int(_) | Value::Float(_) | Value::Bool(_) => Ok(slot.clone()),
        Value::Null => Err(unbound_local(code, index)),
        _ => Ok(slot.clone()),
    }
}

/// Error paths are kept out of line so the hot paths of the handlers that inline these
/// functions need no stack frame.
#[cold]
#[inline(never)]
fn unbound_local(code: &Code, index: u32) -> PyErr {
    let name = code.varnames.get(index as usize).map_or("?", |n| &**n);
    PyErr::new(
        ExcKind::UnboundLocalError,
        format!("cannot access local variable '{name}' where it is not associated with a value"),
    )
}

/// `LOAD_GLOBAL`: module global, else builtin, else NameError.
#[inline(always)]
pub fn load_global(module: &Module, slot: u32) -> PyResult<Value> {
    match module.load_slot(slot as usize) {
        Some(v) => Ok(v),
        None => Err(name_error(module, slot)),
    }
}

#[cold]
#[inline(never)]
fn name_error(module: &Module, slot: u32) -> PyErr {
    PyErr::new(
        ExcKind::NameError,
        format!("name '{}' is not defined", module.slot_name(slot as usize)),
    )
}

/// `LOAD_ATTR`: instance and class attributes (the full descriptor protocol), module
/// attributes, and bound methods of built-in values.
pub fn load_attr(vm: &mut Vm, object: Value, name: &PyStr) -> PyResult<Value> {
    match &object {
        Value::Instance(instance) => {
            return protocol::instance_getattr(vm, &object, instance, name);
        }
        Value::Type(ty) => return crate::runtime::class::type_getattr(vm, ty, name),
        Value::Module(module) => {
            if let Some(value) = module.get_attr(name.as_str()) {
                return Ok(value);
            }
            // PEP 562: a module's own `__getattr__` answers for names it lacks.
            if let Some(hook) = module.get_attr("__getattr__") {
                return vm.call(&hook, vec![Value::str(name.as_str())]);
            }
            return Err(module_has_no_attribute(vm, module, name));
        }
        Value::Native(native) => {
            if let Some(value) = crate::runtime::super_object::native_attribute(vm, native, name)? {
                return Ok(value);
            }
        }
        Value::Function(func) => {
            if let Some(value) = crate::runtime::function_attrs::get(vm, func, name.as_str())? {
                return Ok(value);
            }
        }
        Value::Slice(slice) => {
            if let Some(value) = crate::runtime::slice::attribute(slice, name.as_str()) {
                return Ok(value);
            }
        }
        Value::Range(range) => {
            let part = match name.as_str() {
                "start" => Some(range.start),
                "stop" => Some(range.stop),
                "step" => Some(range.step),
                _ => None,
            };
            if let Some(part) = part {
                return Ok(crate::runtime::int::normalize(num_bigint::BigInt::from(
                    part,
                )));
            }
        }
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) | Value::Float(_) => {
            if let Some(value) =
                crate::runtime::number_attrs::number_attribute(&object, name.as_str())
            {
                return Ok(value);
            }
        }
        _ => {}
    }
    let method = find_method(&object, name)
        .or_else(|| {
            crate::runtime::builtin_dunders::builtin_dunder(object.type_name(), name.as_str())
        })
        .or_else(|| {
            crate::runtime::descriptor_methods::descriptor_method(object.type_name(), name.as_str())
        });
    match method {
        Some(method) => Ok(Value::BoundMethod(Rc::new((object, method)))),
        None => match builtin_special_attribute(&object, name.as_str()) {
            Some(value) => Ok(value),
            None => Err(protocol::no_attribute(&object, name)),
        },
    }
}

/// `__class__` and the dunders every built-in value has.
fn builtin_special_attribute(object: &Value, name: &str) -> Option<Value> {
    if let Value::PyMethod(m) = object
        && matches!(name, "__name__" | "__qualname__" | "__module__" | "__doc__")
    {
        return builtin_special_attribute(&Value::Function(m.func.clone()), name);
    }
    match name {
        "__class__" => Some(Value::Type(crate::runtime::types::type_of(object))),
        "__name__" | "__qualname__" => match object {
            Value::Function(f) if name == "__name__" => {
                Some(crate::runtime::function_attrs::name(f))
            }
            Value::Function(f) => Some(crate::runtime::function_attrs::qualname(f)),
            Value::Builtin(b) => Some(Value::str(b.name)),
            _ => None,
        },
        "__module__" => match object {
            Value::Function(f) => Some(Value::str(&f.module.name)),
            _ => None,
        },
        "__doc__" => match object {
            Value::Function(f) => Some(f.code.docstring.as_deref().map_or(Value::None, Value::str)),
            _ => None,
        },
        "__func__" => match object {
            Value::PyMethod(m) => Some(Value::Function(m.func.clone())),
            _ => None,
        },
        "__self__" => match object {
            Value::PyMethod(m) => Some(m.receiver.clone()),
            Value::BoundMethod(m) => Some(m.0.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// `LOAD_METHOD`: `(function, self)` when the attribute is a method of the receiver's type (a
/// Python function of its class not shadowed by an instance attribute, or a built-in method),
/// so the call needs no bound-method allocation; `(attribute, NULL)` otherwise.
#[inline(always)]
pub fn load_method(vm: &mut Vm, object: Value, name: &PyStr) -> PyResult<(Value, Value)> {
    if let Some(method) = find_method(&object, name) {
        return Ok((Value::Method(method), object));
    }
    load_method_slow(vm, object, name)
}

/// `LOAD_METHOD` on everything but a built-in value with that method.
#[inline(never)]
fn load_method_slow(vm: &mut Vm, object: Value, name: &PyStr) -> PyResult<(Value, Value)> {
    match &object {
        Value::Instance(instance) => {
            if let Some(method) = protocol::method_of_instance(vm, instance, name)? {
                return Ok((method, object));
            }
        }
        Value::Native(native) => {
            if let Some((method, receiver)) =
                crate::runtime::super_object::super_method(vm, native, name)?
            {
                return Ok((method, receiver));
            }
        }
        _ => {}
    }
    Ok((load_attr(vm, object, name)?, Value::Null))
}

/// The optional parts `MAKE_FUNCTION` pops besides the code object (its arg's bits 1, 2, 8).
#[derive(Default)]
pub struct FunctionParts {
    /// A tuple of positional defaults.
    pub defaults: Option<Value>,
    /// A dict of keyword-only defaults.
    pub kwdefaults: Option<Value>,
    /// A tuple of cells, one per free variable of the code.
    pub closure: Option<Value>,
    /// A tuple of (parameter name, annotation) pairs, flattened (`__annotations__`).
    pub annotations: Option<Value>,
}

/// `MAKE_FUNCTION`: a function over `code` whose globals are `module`'s.
pub fn make_function(
    _vm: &mut Vm,
    module: &Rc<Module>,
    code: Value,
    parts: FunctionParts,
) -> PyResult<Value> {
    let Value::Code(code) = code else {
        return Err(type_error("MAKE_FUNCTION expects a code object"));
    };
    let defaults = match parts.defaults {
        Some(Value::Tuple(items)) => items.to_vec(),
        _ => Vec::new(),
    };
    if defaults.len() > code.argcount as usize {
        return Err(type_error(
            "MAKE_FUNCTION got more defaults than parameters",
        ));
    }
    let closure = match parts.closure {
        Some(Value::Tuple(cells)) => cells.to_vec(),
        _ => Vec::new(),
    };
    if closure.len() != code.nfree as usize || closure.iter().any(|c| !matches!(c, Value::Cell(_)))
    {
        return Err(PyErr::new(
            ExcKind::SystemError,
            "MAKE_FUNCTION got a closure that does not match the code",
        ));
    }
    let kwdefaults = keyword_only_defaults(&code, parts.kwdefaults);
    let function = Rc::new(Function {
        is_generator: code.is_generator,
        code,
        defaults,
        kwdefaults,
        closure,
        module: module.clone(),
        attrs: Default::default(),
    });
    if let Some(Value::Tuple(pairs)) = parts.annotations {
        crate::runtime::function_attrs::set_annotation_pairs(_vm, &function, &pairs)?;
    }
    Ok(Value::Function(function))
}

/// The keyword-only defaults dict of `MAKE_FUNCTION` laid out by parameter: one value per
/// keyword-only parameter of `code`, `Null` for those without a default.
fn keyword_only_defaults(code: &Code, defaults: Option<Value>) -> Vec<Value> {
    let Some(Value::Dict(defaults)) = defaults else {
        return Vec::new();
    };
    let pairs = defaults.items_snapshot();
    let first = code.signature.argcount as usize;
    let last = first + code.signature.kwonlyargcount as usize;
    code.varnames[first.min(last)..last.min(code.varnames.len())]
        .iter()
        .map(|name| {
            pairs
                .iter()
                .find(|(key, _)| matches!(key, Value::Str(k) if k.as_str() == &**name))
                .map_or(Value::Null, |(_, value)| value.clone())
        })
        .collect()
}

/// CPython's AttributeError for a module, which blames a circular import when the module is
/// still running its code.
#[cold]
fn module_has_no_attribute(vm: &Vm, module: &Module, name: &PyStr) -> PyErr {
    let partially = if crate::vm::import::is_initializing(vm, module) {
        "partially initialized "
    } else {
        ""
    };
    let circular = if partially.is_empty() {
        ""
    } else {
        " (most likely due to a circular import)"
    };
    PyErr::new(
        ExcKind::AttributeError,
        format!(
            "{partially}module '{}' has no attribute '{}'{circular}",
            module.name,
            name.as_str()
        ),
    )
}

/// `IMPORT_NAME`: `import name` (level 0, fromlist None) and `from [.]name import ...` in
/// `importer`'s package.
pub fn import_name(
    vm: &mut Vm,
    importer: &Module,
    name: &PyStr,
    level: Value,
    fromlist: Value,
) -> PyResult<Value> {
    let level = match level {
        Value::Int(level) => level,
        _ => 0,
    };
    let fromlist = match &fromlist {
        Value::Tuple(names) => names.to_vec(),
        _ => Vec::new(),
    };
    let importer = crate::vm::import::Importer::of_module(importer);
    crate::vm::import::import(vm, &importer, name.as_str(), level, &fromlist)
}

/// `PRINT_EXPR` (interactive mode, CPython's `sys.displayhook`): prints `repr(value)` unless
/// it is None, and binds it to `_` in `__main__`.
pub fn print_expr(vm: &mut Vm, value: Value) -> PyResult<()> {
    if matches!(value, Value::None) {
        return Ok(());
    }
    let text = repr(vm, &value)?;
    vm.write_stdout(text.as_bytes())?;
    vm.write_stdout(b"\n")?;
    if let Ok(Value::Module(main)) = vm.import_module("__main__") {
        main.set_attr("_", value);
    }
    Ok(())
}

/// `IMPORT_FROM`: `from module import name`.
pub fn import_from(vm: &mut Vm, module: &Value, name: &PyStr) -> PyResult<Value> {
    crate::vm::import::import_from(vm, module, name)
}

/// `IMPORT_STAR`: `from module import *` at module level.
pub fn import_star(vm: &mut Vm, globals: &Module, module: Value) -> PyResult<()> {
    crate::vm::import::import_star(vm, globals, &module)
}

/// `reversed(value)` for types owned elsewhere (dicts and their views): `Some(iterator)` when
/// `value` is one of them. The `reversed` builtin asks here before raising "not reversible".
pub fn reversed_hook(vm: &mut Vm, value: &Value) -> PyResult<Option<Value>> {
    if let Some(deque) = crate::runtime::deque::deque_of(value) {
        let mut items = deque.snapshot();
        items.reverse();
        return get_iter(vm, Value::tuple(items)).map(Some);
    }
    Ok(crate::runtime::dict::reversed_view_iter(value))
}
/// `DICT_MERGE`: `f(**mapping)` merges into the call's keyword dict, with errors naming the
/// callee as CPython does (`__main__.f() got multiple values for keyword argument 'a'`).
pub fn dict_merge_call(vm: &mut Vm, dict: &Value, callee: &Value, mapping: Value) -> PyResult<()> {
    // The name is formatted only for an error message: this runs on every `f(**kw)`.
    let name = || {
        let name = crate::vm::call::function_str(callee);
        name.strip_suffix("()").unwrap_or(&name).to_string()
    };
    mapping::dict_merge(vm, dict, mapping, name)
}
