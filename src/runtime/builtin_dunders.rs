//! The dunder methods of the built-in types as callables (`list.__len__(xs)`,
//! `str.__repr__(self)`, `super().__setitem__(k, v)` in a dict subclass): each one runs the
//! operator or builtin it names on its receiver, so there is one implementation of every
//! protocol. A receiver that is an instance of a subclass of a built-in type reaches these with
//! its wrapped value (`BuiltinMethod::invoke` unwraps it).

use super::exception::type_error;
use super::function::{BuiltinMethod, MethodCall};
use super::{PyResult, Value};
use crate::bytecode::{BinOp, CmpOp};
use crate::vm::Vm;

const fn dunder(name: &'static str, call: MethodCall) -> BuiltinMethod {
    BuiltinMethod {
        name,
        owner: "",
        call,
        keywords: false,
    }
}

fn one<'a>(name: &str, args: &'a [Value]) -> PyResult<&'a Value> {
    match args {
        [value] => Ok(value),
        _ => Err(type_error(format!(
            "expected 1 argument, got {} ({name})",
            args.len()
        ))),
    }
}

fn none(name: &str, args: &[Value]) -> PyResult<()> {
    if args.is_empty() {
        Ok(())
    } else {
        Err(type_error(format!(
            "{name}() takes no arguments ({} given)",
            args.len()
        )))
    }
}

macro_rules! binary_dunders {
    ($( $fn_name:ident $name:literal $op:ident; )*) => {
        $(
            fn $fn_name(vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
                let other = one($name, args)?;
                crate::ops::binary_op(vm, BinOp::$op as u32, this.clone(), other.clone())
            }
        )*
    };
}

binary_dunders! {
    add "__add__" Add;
    sub "__sub__" Subtract;
    mul "__mul__" Multiply;
    truediv "__truediv__" TrueDivide;
    floordiv "__floordiv__" FloorDivide;
    modulo "__mod__" Remainder;
    pow "__pow__" Power;
    and "__and__" And;
    or "__or__" Or;
    xor "__xor__" Xor;
    lshift "__lshift__" LShift;
    rshift "__rshift__" RShift;
}

macro_rules! compare_dunders {
    ($( $fn_name:ident $name:literal $op:ident; )*) => {
        $(
            fn $fn_name(vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
                let other = one($name, args)?;
                match crate::ops::compare_values(vm, CmpOp::$op, this, other) {
                    Ok(result) => Ok(Value::bool(result)),
                    Err(err) if err.kind() == super::ExcKind::TypeError => {
                        Ok(super::descriptors::not_implemented())
                    }
                    Err(err) => Err(err),
                }
            }
        )*
    };
}

compare_dunders! {
    eq "__eq__" Eq;
    ne "__ne__" Ne;
    lt "__lt__" Lt;
    le "__le__" Le;
    gt "__gt__" Gt;
    ge "__ge__" Ge;
}

fn repr(vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    none("__repr__", args)?;
    Ok(Value::string(crate::ops::repr(vm, this)?))
}

fn str(vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    none("__str__", args)?;
    Ok(Value::string(crate::ops::to_str(vm, this)?))
}

fn len(vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    none("__len__", args)?;
    let n = match this {
        Value::Instance(_) => super::protocol::instance_len(vm, this)?,
        _ => super::builtins::length(this)?,
    };
    Ok(Value::Int(n as i64))
}

fn hash(vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    none("__hash__", args)?;
    Ok(Value::Int(super::hash::hash_value(vm, this)?))
}

fn bool(vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    none("__bool__", args)?;
    Ok(Value::bool(crate::ops::truthy_vm(vm, this)?))
}

fn getitem(vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let key = one("__getitem__", args)?;
    crate::ops::subscript(vm, 0, this.clone(), key.clone())
}

fn setitem(vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let [key, value] = args else {
        return Err(type_error(format!(
            "expected 2 arguments, got {}",
            args.len()
        )));
    };
    crate::ops::store_subscript(vm, this.clone(), key.clone(), value.clone())?;
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let key = one("__delitem__", args)?;
    crate::ops::delete_subscript(vm, this.clone(), key.clone())?;
    Ok(Value::None)
}

fn contains(vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let item = one("__contains__", args)?;
    crate::ops::contains_op(vm, 0, item.clone(), this.clone())
}

fn iter(vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    none("__iter__", args)?;
    crate::ops::get_iter(vm, this.clone())
}

fn neg(vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    none("__neg__", args)?;
    crate::ops::negative(vm, this.clone())
}

fn pos(vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    none("__pos__", args)?;
    crate::ops::positive(vm, this.clone())
}

fn invert(vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    none("__invert__", args)?;
    crate::ops::invert(vm, this.clone())
}

fn abs(_vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    none("__abs__", args)?;
    crate::ops::absolute(this)
}

/// The dunders every built-in type other than `object` answers to.
static DUNDERS: &[BuiltinMethod] = &[
    dunder("__repr__", repr),
    dunder("__str__", str),
    dunder("__len__", len),
    dunder("__hash__", hash),
    dunder("__bool__", bool),
    dunder("__getitem__", getitem),
    dunder("__setitem__", setitem),
    dunder("__delitem__", delitem),
    dunder("__contains__", contains),
    dunder("__iter__", iter),
    dunder("__eq__", eq),
    dunder("__ne__", ne),
    dunder("__lt__", lt),
    dunder("__le__", le),
    dunder("__gt__", gt),
    dunder("__ge__", ge),
    dunder("__add__", add),
    dunder("__sub__", sub),
    dunder("__mul__", mul),
    dunder("__truediv__", truediv),
    dunder("__floordiv__", floordiv),
    dunder("__mod__", modulo),
    dunder("__pow__", pow),
    dunder("__and__", and),
    dunder("__or__", or),
    dunder("__xor__", xor),
    dunder("__lshift__", lshift),
    dunder("__rshift__", rshift),
    dunder("__neg__", neg),
    dunder("__pos__", pos),
    dunder("__invert__", invert),
    dunder("__abs__", abs),
];

/// The dunders the built-in type `type_name` has (for its `__dict__`).
pub fn builtin_dunders_of(type_name: &str) -> impl Iterator<Item = &'static BuiltinMethod> {
    DUNDERS.iter().filter(move |m| has(type_name, m.name))
}

/// Which of the dunders a built-in type has (a coarse map: containers have the container
/// protocol, numbers the arithmetic one).
fn has(type_name: &str, name: &str) -> bool {
    let container = matches!(
        type_name,
        "list" | "tuple" | "str" | "dict" | "set" | "frozenset" | "range"
    );
    let number = matches!(type_name, "int" | "float" | "bool");
    match name {
        "__repr__" | "__str__" | "__hash__" | "__eq__" | "__ne__" => true,
        "__len__" | "__contains__" | "__iter__" => container,
        "__getitem__" => container && !matches!(type_name, "set" | "frozenset"),
        "__setitem__" | "__delitem__" => matches!(type_name, "list" | "dict"),
        "__lt__" | "__le__" | "__gt__" | "__ge__" => {
            number || matches!(type_name, "list" | "tuple" | "str" | "set" | "frozenset")
        }
        "__add__" | "__mul__" => number || matches!(type_name, "list" | "tuple" | "str"),
        "__mod__" => number || type_name == "str",
        "__sub__" | "__and__" | "__or__" | "__xor__" => {
            number || matches!(type_name, "set" | "frozenset")
        }
        "__bool__" | "__truediv__" | "__floordiv__" | "__pow__" | "__neg__" | "__pos__"
        | "__abs__" => number,
        "__invert__" | "__lshift__" | "__rshift__" => matches!(type_name, "int" | "bool"),
        _ => false,
    }
}

/// The dunder `name` of the built-in type `type_name`, if it has it.
pub fn builtin_dunder(type_name: &str, name: &str) -> Option<&'static BuiltinMethod> {
    if !name.starts_with("__") || !has(type_name, name) {
        return None;
    }
    DUNDERS.iter().find(|m| m.name == name)
}
