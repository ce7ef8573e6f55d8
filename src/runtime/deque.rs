//! `collections.deque`, a native value: a ring buffer (`VecDeque`) with an optional `maxlen`,
//! its methods (called straight from `LOAD_METHOD`/`CALL_METHOD` like a list's), and what the
//! rest of the runtime asks of it — length, truth, iteration, membership, indexing, comparison
//! and repr — in the functions the protocol code calls. Messages are CPython 3.11's; the type
//! is named `collections.deque` in them, as CPython's `tp_name`.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

use super::descriptors::NativeObject;
use super::exception::{PyErr, PyResult, index_error, type_error, value_error};
use super::function::{BuiltinFn, BuiltinMethod, MethodCall};
use super::{Value, args};
use crate::bytecode::CmpOp;
use crate::vm::Vm;

/// The state of one deque.
pub struct Deque {
    pub items: RefCell<VecDeque<Value>>,
    pub maxlen: Option<usize>,
}

/// The name CPython's messages give the type.
pub const TYPE_NAME: &str = "collections.deque";

/// The deque `value` is, if it is one.
pub fn deque_of(value: &Value) -> Option<&Deque> {
    match value {
        Value::Native(native) => match &**native {
            NativeObject::Deque(deque) => Some(deque),
            _ => None,
        },
        _ => None,
    }
}

fn new_value(items: VecDeque<Value>, maxlen: Option<usize>) -> Value {
    Value::Native(Rc::new(NativeObject::Deque(Deque {
        items: RefCell::new(items),
        maxlen,
    })))
}

impl Deque {
    pub fn len(&self) -> usize {
        self.items.borrow().len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.borrow().is_empty()
    }

    /// The items, copied (for iteration, comparison and repr, which may run Python code).
    pub fn snapshot(&self) -> Vec<Value> {
        self.items.borrow().iter().cloned().collect()
    }

    fn push_back(&self, item: Value) {
        let mut items = self.items.borrow_mut();
        if self.maxlen == Some(0) {
            return;
        }
        if Some(items.len()) == self.maxlen {
            crate::runtime::value::discard(items.pop_front().unwrap_or_default());
        }
        items.push_back(item);
    }

    fn push_front(&self, item: Value) {
        let mut items = self.items.borrow_mut();
        if self.maxlen == Some(0) {
            return;
        }
        if Some(items.len()) == self.maxlen {
            crate::runtime::value::discard(items.pop_back().unwrap_or_default());
        }
        items.push_front(item);
    }
}

/// The type's constructor, found by `types::builtin_type`.
pub static CONSTRUCTOR: &[BuiltinFn] = &[BuiltinFn {
    name: "deque",
    call: construct,
}];

/// `deque([iterable[, maxlen]])`.
fn construct(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [iterable, maxlen] = args::bind("deque", &["iterable", "maxlen"], args, kw)?;
    let maxlen = match maxlen {
        None | Some(Value::None) => None,
        Some(Value::Int(n)) if *n < 0 => return Err(value_error("maxlen must be non-negative")),
        Some(Value::Int(n)) => Some(*n as usize),
        Some(Value::Bool(b)) => Some(usize::from(**b)),
        Some(_) => return Err(type_error("an integer is required")),
    };
    let deque = new_value(VecDeque::new(), maxlen);
    if let (Some(iterable), Some(state)) = (iterable, deque_of(&deque)) {
        extend_back(vm, state, iterable)?;
    }
    Ok(deque)
}

fn extend_back(vm: &mut Vm, deque: &Deque, iterable: &Value) -> PyResult<()> {
    let items = match deque_of(iterable) {
        Some(other) => other.snapshot(),
        None => crate::ops::collect_iterable(vm, iterable)?,
    };
    for item in items {
        deque.push_back(item);
    }
    Ok(())
}

fn receiver<'a>(this: &'a Value, method: &str) -> PyResult<&'a Deque> {
    deque_of(this).ok_or_else(|| {
        type_error(format!(
            "descriptor '{method}' for 'collections.deque' objects doesn't apply to a '{}' \
             object",
            this.type_name()
        ))
    })
}

/// A method row. The owner is `TYPE_NAME` itself, the string `type_name()` returns, so the
/// call's receiver check is one pointer comparison (with "deque" it looked the type up by
/// name on every call: 2.59G -> see the commit for the measured loop).
const fn method(name: &'static str, call: MethodCall) -> BuiltinMethod {
    BuiltinMethod {
        name,
        owner: TYPE_NAME,
        call,
        keywords: false,
    }
}

/// The methods of deques, found by `LOAD_METHOD` as a list's are.
pub static METHODS: &[BuiltinMethod] = &[
    method("append", append),
    method("popleft", popleft),
    method("appendleft", appendleft),
    method("pop", pop),
    method("extend", extend),
    method("extendleft", extendleft),
    method("clear", clear),
    method("copy", copy),
    method("__copy__", copy),
    method("__deepcopy__", deepcopy),
    method("count", count),
    method("index", index),
    method("insert", insert),
    method("remove", remove),
    method("reverse", reverse),
    method("rotate", rotate),
];

fn append(_vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let deque = receiver(this, "append")?;
    deque.push_back(args::exactly_one("deque.append", args)?.clone());
    Ok(Value::None)
}

fn appendleft(_vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let deque = receiver(this, "appendleft")?;
    deque.push_front(args::exactly_one("deque.appendleft", args)?.clone());
    Ok(Value::None)
}

fn pop(_vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let deque = receiver(this, "pop")?;
    args::no_arguments("deque.pop", args)?;
    let item = deque.items.borrow_mut().pop_back();
    item.ok_or_else(|| index_error("pop from an empty deque"))
}

fn popleft(_vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let deque = receiver(this, "popleft")?;
    args::no_arguments("deque.popleft", args)?;
    let item = deque.items.borrow_mut().pop_front();
    item.ok_or_else(|| index_error("pop from an empty deque"))
}

fn extend(vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let deque = receiver(this, "extend")?;
    extend_back(vm, deque, args::exactly_one("deque.extend", args)?)?;
    Ok(Value::None)
}

fn extendleft(vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let deque = receiver(this, "extendleft")?;
    let iterable = args::exactly_one("deque.extendleft", args)?;
    let items = match deque_of(iterable) {
        Some(other) => other.snapshot(),
        None => crate::ops::collect_iterable(vm, iterable)?,
    };
    for item in items {
        deque.push_front(item);
    }
    Ok(Value::None)
}

fn clear(_vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let deque = receiver(this, "clear")?;
    args::no_arguments("deque.clear", args)?;
    let old = std::mem::take(&mut *deque.items.borrow_mut());
    drop(old);
    Ok(Value::None)
}

fn copy(_vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let deque = receiver(this, "copy")?;
    args::no_arguments("deque.copy", args)?;
    Ok(new_value(deque.items.borrow().clone(), deque.maxlen))
}

/// `deque.__deepcopy__(memo)`: `copy.deepcopy` of each item, with the same `maxlen`.
fn deepcopy(vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let deque = receiver(this, "__deepcopy__")?;
    let memo = args::exactly_one("deque.__deepcopy__", args)?;
    let module = vm.import_module("copy")?;
    let deep = crate::ops::load_attr(vm, module, &super::intern::intern("deepcopy"))?;
    let mut items = VecDeque::with_capacity(deque.len());
    for item in deque.snapshot() {
        items.push_back(vm.call(&deep, vec![item, memo.clone()])?);
    }
    Ok(new_value(items, deque.maxlen))
}

fn count(vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let deque = receiver(this, "count")?;
    let wanted = args::exactly_one("deque.count", args)?;
    let mut found = 0;
    for item in deque.snapshot() {
        if crate::ops::identical_or_equal(vm, &item, wanted)? {
            found += 1;
        }
    }
    Ok(Value::Int(found))
}

/// The position of the first item equal to `wanted` in `start..stop`.
fn position(
    vm: &mut Vm,
    deque: &Deque,
    wanted: &Value,
    start: usize,
    stop: usize,
) -> PyResult<Option<usize>> {
    for (i, item) in deque.snapshot().iter().enumerate().take(stop).skip(start) {
        if crate::ops::identical_or_equal(vm, item, wanted)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

fn index(vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let deque = receiver(this, "index")?;
    let (wanted, start, stop) = match args {
        [wanted] => (wanted, None, None),
        [wanted, start] => (wanted, Some(args::to_index(start)?), None),
        [wanted, start, stop] => (
            wanted,
            Some(args::to_index(start)?),
            Some(args::to_index(stop)?),
        ),
        _ => {
            return Err(type_error(format!(
                "index expected at most 3 arguments, got {}",
                args.len()
            )));
        }
    };
    let (start, stop) = args::window(start, stop, deque.len());
    match position(vm, deque, wanted, start, stop)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(not_in_deque(vm, wanted)),
    }
}

fn not_in_deque(vm: &mut Vm, wanted: &Value) -> PyErr {
    match crate::ops::repr(vm, wanted) {
        Ok(text) => value_error(format!("{text} is not in deque")),
        Err(err) => err,
    }
}

fn insert(_vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let deque = receiver(this, "insert")?;
    let [at, item] = args else {
        return Err(type_error(format!(
            "insert expected 2 arguments, got {}",
            args.len()
        )));
    };
    let at = args::to_index(at)?;
    let mut items = deque.items.borrow_mut();
    if Some(items.len()) == deque.maxlen {
        return Err(index_error("deque already at its maximum size"));
    }
    let len = items.len() as i64;
    let at = if at < 0 {
        (at + len).max(0)
    } else {
        at.min(len)
    };
    items.insert(at as usize, item.clone());
    Ok(Value::None)
}

fn remove(vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let deque = receiver(this, "remove")?;
    let wanted = args::exactly_one("deque.remove", args)?;
    let len = deque.len();
    match position(vm, deque, wanted, 0, len)? {
        Some(i) => {
            let removed = deque.items.borrow_mut().remove(i);
            drop(removed);
            Ok(Value::None)
        }
        None => Err(not_in_deque(vm, wanted)),
    }
}

fn reverse(_vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let deque = receiver(this, "reverse")?;
    args::no_arguments("deque.reverse", args)?;
    deque.items.borrow_mut().make_contiguous().reverse();
    Ok(Value::None)
}

fn rotate(_vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let deque = receiver(this, "rotate")?;
    let steps = match args {
        [] => 1,
        [n] => args::to_index(n)?,
        _ => {
            return Err(type_error(format!(
                "rotate expected at most 1 argument, got {}",
                args.len()
            )));
        }
    };
    let mut items = deque.items.borrow_mut();
    let len = items.len() as i64;
    if len > 1 {
        let right = steps.rem_euclid(len) as usize;
        items.rotate_right(right);
    }
    Ok(Value::None)
}

/// `deque.maxlen`.
pub fn attribute(deque: &Deque, name: &str) -> Option<Value> {
    match name {
        "maxlen" => Some(deque.maxlen.map_or(Value::None, |n| Value::Int(n as i64))),
        _ => None,
    }
}

fn item_index(deque: &Deque, key: &Value) -> PyResult<usize> {
    let i = match key {
        Value::Int(i) => *i,
        Value::Bool(b) => i64::from(**b),
        other => {
            return Err(type_error(format!(
                "sequence index must be integer, not '{}'",
                other.type_name()
            )));
        }
    };
    let len = deque.len() as i64;
    let at = if i < 0 { i + len } else { i };
    if (0..len).contains(&at) {
        Ok(at as usize)
    } else {
        Err(index_error("deque index out of range"))
    }
}

/// `deque[i]`.
pub fn get_item(deque: &Deque, key: &Value) -> PyResult<Value> {
    let at = item_index(deque, key)?;
    Ok(deque.items.borrow()[at].clone())
}

/// `deque[i] = value`.
pub fn set_item(deque: &Deque, key: &Value, value: Value) -> PyResult<()> {
    let at = item_index(deque, key)?;
    let old = std::mem::replace(&mut deque.items.borrow_mut()[at], value);
    drop(old);
    Ok(())
}

/// `del deque[i]`.
pub fn delete_item(deque: &Deque, key: &Value) -> PyResult<()> {
    let at = item_index(deque, key)?;
    let old = deque.items.borrow_mut().remove(at);
    drop(old);
    Ok(())
}

/// `x in deque`.
pub fn contains(vm: &mut Vm, deque: &Deque, wanted: &Value) -> PyResult<bool> {
    let len = deque.len();
    Ok(position(vm, deque, wanted, 0, len)?.is_some())
}

/// `a op b` when either is a deque: deques compare as sequences of their items with another
/// deque; `==` with anything else is False.
pub fn compare(vm: &mut Vm, op: CmpOp, a: &Value, b: &Value) -> Option<PyResult<bool>> {
    let (x, y) = match (deque_of(a), deque_of(b)) {
        (Some(x), Some(y)) => (x, y),
        (None, None) => return None,
        _ => {
            return Some(match op {
                CmpOp::Eq => Ok(false),
                CmpOp::Ne => Ok(true),
                _ => Err(type_error(format!(
                    "'{}' not supported between instances of '{}' and '{}'",
                    op.symbol(),
                    a.type_name(),
                    b.type_name()
                ))),
            });
        }
    };
    let (x, y) = (Value::list(x.snapshot()), Value::list(y.snapshot()));
    Some(crate::ops::compare_values(vm, op, &x, &y))
}

/// `deque + deque`.
pub fn concat(a: &Deque, b: &Value) -> PyResult<Value> {
    let Some(b) = deque_of(b) else {
        return Err(type_error(format!(
            "can only concatenate deque (not \"{}\") to deque",
            b.type_name()
        )));
    };
    let result = new_value(a.items.borrow().clone(), a.maxlen);
    if let Some(state) = deque_of(&result) {
        for item in b.snapshot() {
            state.push_back(item);
        }
    }
    Ok(result)
}
