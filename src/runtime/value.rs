//! The `Value` type: a 16-byte tagged union. Small ints (i64), floats, bools and None live inline;
//! everything else is a pointer to a refcounted heap object. `Null` is an internal marker (unbound
//! local, empty method slot) that Python code can never observe.

use std::cell::RefCell;
use std::rc::Rc;

use num_bigint::BigInt;

use super::dict::{DictView, PyDict};
use super::function::{BuiltinFn, BuiltinMethod, Function, Module, PyCell, PyMethod};
use super::object::{PyIter, PyRange};
use super::set::PySet;
use super::slice::PySlice;
use super::str::PyStr;
use crate::bytecode::Code;

/// A float stored as its bit pattern, so every `Value` payload is an 8-byte integer or pointer
/// and rustc passes a `Value` in two registers (a "scalar pair") instead of through memory.
/// Dereferences to the `f64`.
#[derive(Clone, Copy, PartialEq)]
#[repr(transparent)]
pub struct F64(u64);

impl F64 {
    #[inline(always)]
    pub fn new(x: f64) -> F64 {
        F64(x.to_bits())
    }
}

impl std::ops::Deref for F64 {
    type Target = f64;
    #[inline(always)]
    fn deref(&self) -> &f64 {
        // SAFETY: u64 and f64 have the same size and alignment and every bit pattern is a valid f64.
        unsafe { &*(&self.0 as *const u64 as *const f64) }
    }
}

/// A bool widened to 8 bytes for the same reason as `F64`. Dereferences to the `bool`.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
pub struct Bool64(u64);

impl Bool64 {
    #[inline(always)]
    pub fn new(b: bool) -> Bool64 {
        Bool64(b as u64)
    }
}

impl std::ops::Deref for Bool64 {
    type Target = bool;
    #[inline(always)]
    fn deref(&self) -> &bool {
        if self.0 != 0 { &true } else { &false }
    }
}

/// The storage of a `list`: a `RefCell<Vec<Value>>` whose drop never recurses unboundedly.
pub struct ListCell(RefCell<Vec<Value>>);

impl std::ops::Deref for ListCell {
    type Target = RefCell<Vec<Value>>;
    fn deref(&self) -> &RefCell<Vec<Value>> {
        &self.0
    }
}

impl Drop for ListCell {
    fn drop(&mut self) {
        drop_items(std::mem::take(self.0.get_mut()));
    }
}

/// The items of a `tuple`, with the same bounded-depth drop as `ListCell`.
pub struct TupleItems(Vec<Value>);

impl std::ops::Deref for TupleItems {
    type Target = Vec<Value>;
    fn deref(&self) -> &Vec<Value> {
        &self.0
    }
}

impl Drop for TupleItems {
    fn drop(&mut self) {
        drop_items(std::mem::take(&mut self.0));
    }
}

/// Containers nested deeper than this are freed iteratively instead of recursively (CPython's
/// trashcan uses the same 50 levels).
const TRASHCAN_DEPTH: usize = 50;

thread_local! {
    static DROP_DEPTH: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
    static DEFERRED: RefCell<Vec<Vec<Value>>> = const { RefCell::new(Vec::new()) };
}

/// Drops a container's items. Past `TRASHCAN_DEPTH` nested container drops, the items are
/// parked and the outermost drop frees them in a loop, so freeing a list nested millions deep
/// cannot overflow the Rust stack (CPython's "trashcan" does the same).
pub(crate) fn drop_items(items: Vec<Value>) {
    if items.is_empty() {
        return;
    }
    drop_in_trashcan(items, |items| items);
}

/// Drops one value a container held, with `drop_items`' depth guard (a value parked past the
/// depth costs a one-item vector; one dropped within it, nothing).
pub(crate) fn drop_guarded(value: Value) {
    if !value.is_heap() {
        return;
    }
    drop_in_trashcan(value, |value| vec![value]);
}

/// Drops `payload` now if fewer than `TRASHCAN_DEPTH` container drops are under way, else parks
/// it (as `park` makes it a vector) for the outermost drop to free.
fn drop_in_trashcan<T>(payload: T, park: impl FnOnce(T) -> Vec<Value>) {
    let Ok(depth) = DROP_DEPTH.try_with(|d| d.get()) else {
        return drop(payload);
    };
    if depth >= TRASHCAN_DEPTH {
        let parked = park(payload);
        // Should thread-local storage already be torn down, the items are dropped right here.
        let _ = DEFERRED.try_with(|d| d.borrow_mut().push(parked));
        return;
    }
    DROP_DEPTH.set(depth + 1);
    drop(payload);
    if depth == 0 {
        while let Some(parked) = DEFERRED.with(|d| d.borrow_mut().pop()) {
            drop(parked);
        }
    }
    DROP_DEPTH.set(depth);
}

/// A Python value. Cloning bumps a refcount at most; never allocates. Every payload is an
/// 8-byte integer or pointer, which keeps `Value` a register pair across calls (see `F64`).
#[derive(Default)]
pub enum Value {
    /// Internal "nothing here" marker: unbound local, NULL method slot. Never visible to scripts.
    #[default]
    Null,
    None,
    Bool(Bool64),
    Int(i64),
    Float(F64),
    BigInt(Rc<BigInt>),
    Str(Rc<PyStr>),
    List(Rc<ListCell>),
    Tuple(Rc<TupleItems>),
    Range(Rc<PyRange>),
    Dict(Rc<PyDict>),
    Set(Rc<PySet>),
    FrozenSet(Rc<PySet>),
    /// `dict.keys()`, `dict.values()` or `dict.items()`.
    DictView(Rc<DictView>),
    Slice(Rc<PySlice>),
    Iter(Rc<RefCell<PyIter>>),
    Function(Rc<Function>),
    Builtin(&'static BuiltinFn),
    /// An unbound method of a built-in type, as pushed by `LOAD_METHOD` (no allocation).
    Method(&'static BuiltinMethod),
    /// A built-in method bound to its receiver, as produced by plain attribute access.
    BoundMethod(Rc<(Value, &'static BuiltinMethod)>),
    /// A Python function bound to a receiver that becomes its first argument (CPython's `method`).
    PyMethod(Rc<PyMethod>),
    Module(Rc<Module>),
    Code(Rc<Code>),
    /// A closed-over variable's home; lives only in frame slots and closures, never visible to
    /// scripts.
    Cell(Rc<PyCell>),
    /// A type object (`int`, `type(x)`).
    Type(Rc<super::types::PyType>),
    /// An instance of a user class.
    Instance(Rc<super::instance::PyInstance>),
    /// `property`, `classmethod`, `staticmethod`, `super`, `NotImplemented`.
    Native(Rc<super::descriptors::NativeObject>),
}

impl Value {
    pub fn str(s: &str) -> Value {
        Value::Str(Rc::new(PyStr::new(s.to_string())))
    }

    pub fn string(s: String) -> Value {
        Value::Str(Rc::new(PyStr::new(s)))
    }

    pub fn list(items: Vec<Value>) -> Value {
        Value::List(Rc::new(ListCell(RefCell::new(items))))
    }

    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Tuple(Rc::new(TupleItems(items)))
    }

    /// The Python function `func` bound to `receiver`: calling it calls `func(receiver, *args)`.
    /// `None` when `func` is not a Python function.
    pub fn bound_method(func: Value, receiver: Value) -> Option<Value> {
        match func {
            Value::Function(func) => Some(Value::PyMethod(Rc::new(PyMethod { func, receiver }))),
            _ => None,
        }
    }

    #[inline(always)]
    pub fn bool(b: bool) -> Value {
        Value::Bool(Bool64::new(b))
    }

    #[inline(always)]
    pub fn float(x: f64) -> Value {
        Value::Float(F64::new(x))
    }

    /// Whether the value owns a reference count (so cloning or dropping it touches memory).
    #[inline(always)]
    pub fn is_heap(&self) -> bool {
        !matches!(
            self,
            Value::Null | Value::None | Value::Bool(_) | Value::Int(_) | Value::Float(_)
        )
    }

    #[inline(always)]
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    /// The Python type name, as used in error messages (`'int'`, `'str'`, ...).
    pub fn type_name(&self) -> &'static str {
        match self {
            Value::Null => "NULL",
            Value::None => "NoneType",
            Value::Bool(_) => "bool",
            Value::Int(_) | Value::BigInt(_) => "int",
            Value::Float(_) => "float",
            Value::Str(_) => "str",
            Value::List(_) => "list",
            Value::Tuple(_) => "tuple",
            Value::Range(_) => "range",
            Value::Dict(_) => "dict",
            Value::Set(_) => "set",
            Value::FrozenSet(_) => "frozenset",
            Value::DictView(view) => view.type_name(),
            Value::Slice(_) => "slice",
            Value::Iter(it) => it.borrow().type_name(),
            Value::Function(_) => "function",
            Value::Builtin(_) => "builtin_function_or_method",
            Value::Method(_) => "method_descriptor",
            Value::BoundMethod(_) => "builtin_function_or_method",
            Value::PyMethod(_) => "method",
            Value::Module(_) => "module",
            Value::Code(_) => "code",
            Value::Cell(_) => "cell",
            Value::Type(ty) => ty
                .metaclass
                .as_ref()
                .map_or("type", |meta| meta.static_name),
            Value::Instance(instance) => instance.class.static_name,
            Value::Native(object) => object.type_name(),
        }
    }

    /// Identity for `is`: same inline value or same heap object.
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::None, Value::None) | (Value::Null, Value::Null) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.0 == b.0,
            (Value::BigInt(a), Value::BigInt(b)) => Rc::ptr_eq(a, b),
            (Value::Str(a), Value::Str(b)) => Rc::ptr_eq(a, b),
            (Value::List(a), Value::List(b)) => Rc::ptr_eq(a, b),
            (Value::Tuple(a), Value::Tuple(b)) => {
                Rc::ptr_eq(a, b) || (a.is_empty() && b.is_empty())
            }
            (Value::Range(a), Value::Range(b)) => Rc::ptr_eq(a, b),
            (Value::Dict(a), Value::Dict(b)) => Rc::ptr_eq(a, b),
            (Value::Set(a), Value::Set(b)) => Rc::ptr_eq(a, b),
            (Value::FrozenSet(a), Value::FrozenSet(b)) => Rc::ptr_eq(a, b),
            (Value::DictView(a), Value::DictView(b)) => Rc::ptr_eq(a, b),
            (Value::Slice(a), Value::Slice(b)) => Rc::ptr_eq(a, b),
            (Value::Iter(a), Value::Iter(b)) => Rc::ptr_eq(a, b),
            (Value::Function(a), Value::Function(b)) => Rc::ptr_eq(a, b),
            (Value::Builtin(a), Value::Builtin(b)) => std::ptr::eq(*a, *b),
            (Value::Method(a), Value::Method(b)) => std::ptr::eq(*a, *b),
            (Value::BoundMethod(a), Value::BoundMethod(b)) => Rc::ptr_eq(a, b),
            (Value::PyMethod(a), Value::PyMethod(b)) => Rc::ptr_eq(a, b),
            (Value::Module(a), Value::Module(b)) => Rc::ptr_eq(a, b),
            (Value::Code(a), Value::Code(b)) => Rc::ptr_eq(a, b),
            (Value::Cell(a), Value::Cell(b)) => Rc::ptr_eq(a, b),
            (Value::Type(a), Value::Type(b)) => Rc::ptr_eq(a, b),
            (Value::Instance(a), Value::Instance(b)) => Rc::ptr_eq(a, b),
            (Value::Native(a), Value::Native(b)) => Rc::ptr_eq(a, b),
            _ => false,
        }
    }
}

impl std::fmt::Debug for Value {
    /// The Python `repr` (for test failures and debugging).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&super::format::repr_plain(self))
    }
}

impl Clone for Value {
    /// Inline values copy without a call; heap values bump their refcount out of line.
    #[inline(always)]
    fn clone(&self) -> Value {
        match self {
            Value::Int(i) => Value::Int(*i),
            Value::Float(f) => Value::Float(*f),
            Value::Bool(b) => Value::Bool(*b),
            Value::None => Value::None,
            Value::Null => Value::Null,
            heap => heap.clone_heap(),
        }
    }
}

impl Value {
    #[inline(never)]
    fn clone_heap(&self) -> Value {
        match self {
            Value::BigInt(x) => Value::BigInt(x.clone()),
            Value::Str(x) => Value::Str(x.clone()),
            Value::List(x) => Value::List(x.clone()),
            Value::Tuple(x) => Value::Tuple(x.clone()),
            Value::Range(x) => Value::Range(x.clone()),
            Value::Dict(x) => Value::Dict(x.clone()),
            Value::Set(x) => Value::Set(x.clone()),
            Value::FrozenSet(x) => Value::FrozenSet(x.clone()),
            Value::DictView(x) => Value::DictView(x.clone()),
            Value::Slice(x) => Value::Slice(x.clone()),
            Value::Iter(x) => Value::Iter(x.clone()),
            Value::Function(x) => Value::Function(x.clone()),
            Value::Builtin(x) => Value::Builtin(x),
            Value::Method(x) => Value::Method(x),
            Value::BoundMethod(x) => Value::BoundMethod(x.clone()),
            Value::PyMethod(x) => Value::PyMethod(x.clone()),
            Value::Module(x) => Value::Module(x.clone()),
            Value::Code(x) => Value::Code(x.clone()),
            Value::Cell(x) => Value::Cell(x.clone()),
            Value::Type(x) => Value::Type(x.clone()),
            Value::Instance(x) => Value::Instance(x.clone()),
            Value::Native(x) => Value::Native(x.clone()),
            Value::Null => Value::Null,
            Value::None => Value::None,
            Value::Bool(b) => Value::Bool(*b),
            Value::Int(i) => Value::Int(*i),
            Value::Float(f) => Value::Float(*f),
        }
    }
}

/// Drops a value, skipping the out-of-line drop glue for inline values.
#[inline(always)]
pub fn discard(value: Value) {
    if value.is_heap() {
        drop(value);
    } else {
        std::mem::forget(value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn value_is_at_most_16_bytes() {
        assert!(std::mem::size_of::<Value>() <= 16);
    }

    #[test]
    fn dropping_deeply_nested_containers_does_not_overflow_a_small_stack() {
        let worker = std::thread::Builder::new()
            .stack_size(256 * 1024)
            .spawn(|| {
                let mut nested = Value::list(Vec::new());
                for i in 0..1_000_000 {
                    nested = if i % 2 == 0 {
                        Value::list(vec![nested])
                    } else {
                        Value::tuple(vec![nested, Value::Int(i)])
                    };
                }
                drop(nested);
            });
        assert!(worker.expect("thread starts").join().is_ok());
    }

    #[test]
    fn inline_payloads_round_trip() {
        assert_eq!(*F64::new(-0.5), -0.5);
        assert!(F64::new(-0.0).is_sign_negative());
        assert!(*Bool64::new(true) && !*Bool64::new(false));
    }

    #[test]
    fn result_of_value_stays_small() {
        assert!(std::mem::size_of::<crate::runtime::PyResult<Value>>() <= 16);
    }
}
