//! Exception objects: CPython 3.11's built-in exception hierarchy as type objects, and the
//! instances of those types and of user classes deriving from them. An exception object is a
//! `Value::Instance` whose wrapped built-in value (`PyInstance::native`) is an `ExcState` (the
//! layout every subclass of a built-in type uses), so user exceptions get attributes, methods
//! and `__init__` like any class. This module also turns a `PyErr` into its object and back
//! (`into_value`, `from_value`), implements `raise` (`do_raise`), the matching `except` does,
//! and the chaining bookkeeping (`__context__`, `__cause__`) — see `docs/exceptions.md`.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::Value;
use super::descriptors::NativeObject;
use super::exception::{Entries, ExcKind, PyErr, PyResult, TracebackEntry, type_error};
use super::function::BuiltinMethod;
use super::instance::PyInstance;
use super::types::{PyType, builtin_type, type_of};
use crate::vm::Vm;

/// Each built-in exception type and its base, bases first (CPython 3.11's hierarchy, without
/// exception groups).
pub const HIERARCHY: &[(&str, &str)] = &[
    ("BaseException", "object"),
    ("SystemExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("GeneratorExit", "BaseException"),
    ("Exception", "BaseException"),
    ("ArithmeticError", "Exception"),
    ("FloatingPointError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("AssertionError", "Exception"),
    ("AttributeError", "Exception"),
    ("BufferError", "Exception"),
    ("EOFError", "Exception"),
    ("ImportError", "Exception"),
    ("ModuleNotFoundError", "ImportError"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("MemoryError", "Exception"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("OSError", "Exception"),
    ("BlockingIOError", "OSError"),
    ("ChildProcessError", "OSError"),
    ("ConnectionError", "OSError"),
    ("BrokenPipeError", "ConnectionError"),
    ("ConnectionAbortedError", "ConnectionError"),
    ("ConnectionRefusedError", "ConnectionError"),
    ("ConnectionResetError", "ConnectionError"),
    ("FileExistsError", "OSError"),
    ("FileNotFoundError", "OSError"),
    ("InterruptedError", "OSError"),
    ("IsADirectoryError", "OSError"),
    ("NotADirectoryError", "OSError"),
    ("PermissionError", "OSError"),
    ("ProcessLookupError", "OSError"),
    ("TimeoutError", "OSError"),
    ("ReferenceError", "Exception"),
    ("RuntimeError", "Exception"),
    ("NotImplementedError", "RuntimeError"),
    ("RecursionError", "RuntimeError"),
    ("StopAsyncIteration", "Exception"),
    ("StopIteration", "Exception"),
    ("SyntaxError", "Exception"),
    ("IndentationError", "SyntaxError"),
    ("TabError", "IndentationError"),
    ("SystemError", "Exception"),
    ("TypeError", "Exception"),
    ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"),
    ("UnicodeDecodeError", "UnicodeError"),
    ("UnicodeEncodeError", "UnicodeError"),
    ("UnicodeTranslateError", "UnicodeError"),
    ("Warning", "Exception"),
    ("BytesWarning", "Warning"),
    ("DeprecationWarning", "Warning"),
    ("EncodingWarning", "Warning"),
    ("FutureWarning", "Warning"),
    ("ImportWarning", "Warning"),
    ("PendingDeprecationWarning", "Warning"),
    ("ResourceWarning", "Warning"),
    ("RuntimeWarning", "Warning"),
    ("SyntaxWarning", "Warning"),
    ("UnicodeWarning", "Warning"),
    ("UserWarning", "Warning"),
];

/// Other names the `builtins` namespace gives exception types.
const ALIASES: &[(&str, &str)] = &[("EnvironmentError", "OSError"), ("IOError", "OSError")];

/// The base of the built-in exception type `name`, if it is one.
pub fn builtin_base(name: &str) -> Option<&'static str> {
    HIERARCHY
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, base)| *base)
}

/// The exception type a builtin name refers to (`ValueError`, `IOError`), if any.
pub fn named_exception_type(name: &str) -> Option<Value> {
    let name = ALIASES
        .iter()
        .find(|(alias, _)| *alias == name)
        .map_or(name, |(_, real)| real);
    HIERARCHY
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(n, _)| Value::Type(builtin_type(n)))
}

/// The state every exception object wraps.
pub struct ExcState {
    /// Always a tuple.
    pub args: RefCell<Value>,
    /// `__traceback__`: the head of a chain of `traceback` objects (the outermost frame first)
    /// or None. While the exception is in flight, `PyErr` collects the entries of the frames it
    /// leaves; when it is caught they move to `traceback_pending`, and are linked on top of
    /// this chain only when the chain is read (most caught exceptions never are). Read and
    /// written through `traceback()` and `set_traceback()`.
    traceback_head: RefCell<Value>,
    /// Entries not yet linked onto `traceback_head`, in the order frames were left.
    traceback_pending: RefCell<Entries>,
    /// `__cause__` and `__context__`: `None` when unset.
    pub cause: RefCell<Value>,
    pub context: RefCell<Value>,
    pub suppress_context: Cell<bool>,
    /// `StopIteration.value`: set by `StopIteration.__init__` from the first argument.
    pub value: RefCell<Value>,
    /// `OSError`'s `errno`, `strerror`, `filename`, `filename2`, once its `__init__` set them.
    pub os: RefCell<Option<Box<super::os_error::OsFields>>>,
}

impl ExcState {
    /// `__traceback__`: the chain, with the entries collected since it was last read linked on.
    pub fn traceback(&self) -> Value {
        let pending = std::mem::take(&mut *self.traceback_pending.borrow_mut());
        let mut head = self.traceback_head.borrow_mut();
        for entry in pending {
            let next = std::mem::take(&mut *head);
            *head = Value::Native(Rc::new(NativeObject::Traceback(Traceback { entry, next })));
        }
        head.clone()
    }

    /// Replaces the whole chain (`with_traceback`, `__traceback__ = tb`).
    pub fn set_traceback(&self, head: Value) {
        drop(std::mem::take(&mut *self.traceback_pending.borrow_mut()));
        let old = std::mem::replace(&mut *self.traceback_head.borrow_mut(), head);
        drop(old);
    }

    fn new(args: Value) -> ExcState {
        ExcState {
            args: RefCell::new(args),
            traceback_head: RefCell::new(Value::None),
            traceback_pending: RefCell::new(Entries::default()),
            cause: RefCell::new(Value::None),
            context: RefCell::new(Value::None),
            suppress_context: Cell::new(false),
            value: RefCell::new(Value::None),
            os: RefCell::new(None),
        }
    }
}

/// The wrapped state of an exception object, if `value` is one.
pub fn state_of(value: &Value) -> Option<&ExcState> {
    match value {
        Value::Instance(instance) => match &instance.native {
            Value::Native(native) => match &**native {
                NativeObject::Exception(state) => Some(state),
                _ => None,
            },
            _ => None,
        },
        _ => None,
    }
}

/// Whether `ty` is `BaseException` or derives from it.
pub fn is_exception_type(ty: &PyType) -> bool {
    ty.derives_from_builtin("BaseException")
}

/// The nearest kind Rust code distinguishes among `ty` and its bases.
pub fn kind_of_type(ty: &PyType) -> ExcKind {
    ty.mro_iter()
        .filter(|t| !t.is_user_class())
        .find_map(|t| ExcKind::from_name(&t.name))
        .unwrap_or(ExcKind::BaseException)
}

/// The wrapped value a new instance of a class deriving from an exception type starts with:
/// `args` holds every positional argument (CPython's `BaseException.__new__`).
pub fn new_state(args: &[Value]) -> Value {
    Value::Native(Rc::new(NativeObject::Exception(ExcState::new(
        Value::tuple(args.to_vec()),
    ))))
}

/// A new instance of the exception type `ty` with `args`.
pub fn new_exception(ty: &Rc<PyType>, args: &[Value]) -> Value {
    Value::Instance(Rc::new(PyInstance::new(ty.clone(), new_state(args))))
}

/// Calls a built-in exception type: `ValueError("bad")`.
pub fn construct_builtin(ty: &Rc<PyType>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if !kwnames.is_empty() {
        return Err(type_error(format!(
            "{}() takes no keyword arguments",
            ty.name
        )));
    }
    let ty = super::os_error::constructed_type(ty, args);
    let made = new_exception(&ty, args);
    init_fields(&made, args);
    Ok(made)
}

/// What the built-in `__init__` of `value`'s type sets besides `args`: `StopIteration.value`.
pub fn init_fields(value: &Value, args: &[Value]) {
    let Some(state) = state_of(value) else {
        return;
    };
    let ty = type_of(value);
    if ty.derives_from_builtin("StopIteration") {
        *state.value.borrow_mut() = args.first().cloned().unwrap_or(Value::None);
    } else if super::os_error::is_os_error(&ty)
        && let Some((fields, keep)) = super::os_error::parse(args)
    {
        *state.os.borrow_mut() = Some(Box::new(fields));
        if let Some(keep) = keep {
            *state.args.borrow_mut() = Value::tuple(keep);
        }
    }
}

// ----- PyErr <-> object ------------------------------------------------------------------------

thread_local! {
    /// The type object of each `ExcKind`, filled on first use (a name lookup per raised
    /// error would hash the name).
    static KIND_TYPES: RefCell<Vec<Option<Rc<PyType>>>> = const { RefCell::new(Vec::new()) };
}

/// The built-in type of errors of `kind`.
fn kind_type(kind: ExcKind) -> Rc<PyType> {
    let index = kind as usize;
    if let Some(found) = KIND_TYPES.with(|types| types.borrow().get(index).cloned().flatten()) {
        return found;
    }
    let ty = builtin_type(kind.name());
    KIND_TYPES.with(|types| {
        let mut types = types.borrow_mut();
        if types.len() <= index {
            types.resize(index + 1, None);
        }
        types[index] = Some(ty.clone());
    });
    ty
}

/// The exception object of `err`, made now if it was raised by Rust code.
pub fn value_of(err: &mut PyErr) -> Value {
    if let Some(value) = &err.0.value {
        return value.clone();
    }
    let ty = kind_type(err.0.kind);
    let args = match err.0.args.take() {
        Some(args) => args,
        None if err.0.message.is_empty() => Value::tuple(Vec::new()),
        None => Value::tuple(vec![Value::str(&err.0.message)]),
    };
    let args = match args {
        Value::Tuple(_) => args,
        other => Value::tuple(vec![other]),
    };
    let value = Value::Instance(Rc::new(PyInstance::new(
        ty,
        Value::Native(Rc::new(NativeObject::Exception(ExcState::new(args)))),
    )));
    if let (Some(state), Some(context)) = (state_of(&value), err.0.context.take()) {
        *state.context.borrow_mut() = context;
    }
    // Only these built-in types keep fields taken from their arguments.
    if matches!(err.0.kind, ExcKind::StopIteration | ExcKind::OSError)
        && let Some(Value::Tuple(items)) = state_of(&value).map(|s| s.args.borrow().clone())
    {
        init_fields(&value, &items);
    }
    err.0.value = Some(value.clone());
    value
}

/// The exception object of `err` with the traceback entries it collected, as a handler catches
/// it.
pub fn into_value(mut err: PyErr) -> Value {
    let value = value_of(&mut err);
    if let Some(state) = state_of(&value) {
        let entries = std::mem::take(&mut err.0.traceback);
        state.traceback_pending.borrow_mut().extend(entries);
    }
    value
}

/// An error raising the exception object `value` (which must be one), carrying its traceback.
pub fn from_value(value: Value) -> PyErr {
    let kind = kind_of_type(&type_of(&value));
    let mut err = PyErr::new(kind, String::new());
    err.0.value = Some(value);
    err
}

/// Raise-time bookkeeping of an error leaving the frame that raised it: the exception being
/// handled becomes its `__context__` (CPython's `_PyErr_SetObject`, cycles broken the same way).
pub fn chain_on_raise(vm: &Vm, err: &mut PyErr) {
    err.0.chained = true;
    let handled = vm.topmost_handled();
    if matches!(handled, Value::None) {
        return;
    }
    match &err.0.value {
        None => err.0.context = Some(handled.clone()),
        Some(value) => set_context(value, handled.clone()),
    }
}

/// `value.__context__ = context`, unless that is `value` itself; an older link to `value` in
/// `context`'s chain is cut so the chain stays acyclic.
fn set_context(value: &Value, context: Value) {
    if value.is(&context) {
        return;
    }
    // Walks the chain; a cycle already in it (made through `__context__` assignments) is
    // detected by a second walker moving at half speed (as CPython 3.12 does).
    let mut link = context.clone();
    let mut slow = context.clone();
    let mut step = 0u64;
    while let Some(state) = state_of(&link) {
        let next = state.context.borrow().clone();
        if next.is(value) {
            *state.context.borrow_mut() = Value::None;
            break;
        }
        link = next;
        step += 1;
        if step.is_multiple_of(2) {
            let advanced = state_of(&slow).map(|s| s.context.borrow().clone());
            slow = advanced.unwrap_or(Value::None);
            if slow.is(&link) {
                break;
            }
        }
    }
    if let Some(state) = state_of(value) {
        *state.context.borrow_mut() = context;
    }
}

// ----- raise and except ------------------------------------------------------------------------

/// The exception object `raise` makes of its operand: an instance as is, a class called with no
/// arguments.
fn instantiate(vm: &mut Vm, operand: &Value, what: &str) -> PyResult<Value> {
    match operand {
        Value::Type(ty) if is_exception_type(ty) => {
            let made = crate::vm::reentry::call_from_native(vm, operand, &[])?;
            if state_of(&made).is_none() {
                return Err(type_error(format!(
                    "calling {} should have returned an instance of BaseException, not {}",
                    class_repr(ty),
                    class_repr(&type_of(&made))
                )));
            }
            Ok(made)
        }
        value if state_of(value).is_some() => Ok(value.clone()),
        _ => Err(type_error(what.to_string())),
    }
}

/// The exception `gen.throw(kind[, value[, tb]])` raises, built as CPython 3.11's `throw`
/// does: a class is called with `value` (a tuple as its arguments, an instance of it as is),
/// an instance is raised as it is (and may not come with a value).
pub fn throw_arguments(
    vm: &mut Vm,
    kind: &Value,
    value: Option<&Value>,
    tb: Option<&Value>,
) -> PyResult<PyErr> {
    let tb = tb.filter(|tb| !matches!(tb, Value::None));
    if let Some(tb) = tb
        && !matches!(tb, Value::Native(native) if matches!(**native, NativeObject::Traceback(_)))
    {
        return Err(type_error(
            "throw() third argument must be a traceback object",
        ));
    }
    let value = value.filter(|v| !matches!(v, Value::None));
    let exc = match kind {
        Value::Type(ty) if is_exception_type(ty) => match value {
            Some(v) if type_of(v).is_subtype_of(ty) => v.clone(),
            Some(Value::Tuple(items)) => {
                crate::vm::reentry::call_from_native(vm, kind, &items[..])?
            }
            Some(v) => crate::vm::reentry::call_from_native(vm, kind, std::slice::from_ref(v))?,
            None => instantiate(vm, kind, "")?,
        },
        instance if state_of(instance).is_some() => {
            if value.is_some() {
                return Err(type_error(
                    "instance exception may not have a separate value",
                ));
            }
            instance.clone()
        }
        other => {
            return Err(type_error(format!(
                "exceptions must be classes or instances deriving from BaseException, not {}",
                other.type_name()
            )));
        }
    };
    if let (Some(tb), Some(state)) = (tb, state_of(&exc)) {
        state.set_traceback(tb.clone());
    }
    Ok(from_value(exc))
}

fn class_repr(ty: &PyType) -> String {
    if &*ty.module == "builtins" {
        format!("<class '{}'>", ty.qualname)
    } else {
        format!("<class '{}.{}'>", ty.module, ty.qualname)
    }
}

/// `raise` (`args` empty: re-raise the exception being handled), `raise exc`, `raise exc from
/// cause`: the error to propagate.
pub fn do_raise(vm: &mut Vm, args: &[Value]) -> PyErr {
    match args {
        [] => match vm.topmost_handled() {
            Value::None => PyErr::new(ExcKind::RuntimeError, "No active exception to reraise"),
            handled => reraise(handled.clone()),
        },
        [exc] => match instantiate(vm, exc, "exceptions must derive from BaseException") {
            Ok(value) => from_value(value),
            Err(err) => err,
        },
        [exc, cause, ..] => {
            let value = match instantiate(vm, exc, "exceptions must derive from BaseException") {
                Ok(value) => value,
                Err(err) => return err,
            };
            let cause = match cause {
                Value::None => Value::None,
                other => {
                    match instantiate(vm, other, "exception causes must derive from BaseException")
                    {
                        Ok(cause) => cause,
                        Err(err) => return err,
                    }
                }
            };
            if let Some(state) = state_of(&value) {
                *state.cause.borrow_mut() = cause;
                state.suppress_context.set(true);
            }
            from_value(value)
        }
    }
}

/// An error raising `value` again from the frame that caught it (bare `raise`, `RERAISE`): no
/// new traceback entry for that frame, no new context.
pub fn reraise(value: Value) -> PyErr {
    let mut err = from_value(value);
    err.0.reraised = true;
    err.0.chained = true;
    err
}

/// Whether the exception `value` matches the `except` clause's `pattern` (a class or a tuple of
/// classes deriving from BaseException, else TypeError).
pub fn exception_matches(value: &Value, pattern: &Value) -> PyResult<bool> {
    let ty = type_of(value);
    match pattern {
        Value::Type(class) if is_exception_type(class) => Ok(ty.is_subtype_of(class)),
        Value::Tuple(items) => {
            let mut matched = false;
            for item in items.iter() {
                match item {
                    Value::Type(class) if is_exception_type(class) => {
                        matched |= ty.is_subtype_of(class);
                    }
                    _ => return Err(not_catchable()),
                }
            }
            Ok(matched)
        }
        _ => Err(not_catchable()),
    }
}

fn not_catchable() -> PyErr {
    type_error("catching classes that do not inherit from BaseException is not allowed")
}

// ----- str, repr and attributes ----------------------------------------------------------------

fn args_of(state: &ExcState) -> Vec<Value> {
    match &*state.args.borrow() {
        Value::Tuple(items) => items.to_vec(),
        other => vec![other.clone()],
    }
}

/// `BaseException.__str__` (and `KeyError`'s, which shows its one argument's repr).
pub fn exception_str(vm: &mut Vm, value: &Value) -> PyResult<String> {
    let Some(state) = state_of(value) else {
        return Ok(String::new());
    };
    let os_text = match &*state.os.borrow() {
        Some(fields) => super::os_error::text(vm, fields),
        None => None,
    };
    if let Some(text) = os_text {
        return text;
    }
    let args = args_of(state);
    if type_of(value).derives_from_builtin("SyntaxError")
        && let Some(text) = super::syntax_error::str_of(&args)
    {
        return Ok(text);
    }
    match args.as_slice() {
        [] => Ok(String::new()),
        [one] if type_of(value).derives_from_builtin("KeyError") => crate::ops::repr(vm, one),
        [one] => crate::ops::to_str(vm, one),
        _ => crate::ops::repr(vm, &Value::tuple(args)),
    }
}

/// `BaseException.__repr__`: `Name(args...)`.
pub fn exception_repr(vm: &mut Vm, value: &Value) -> PyResult<String> {
    let name = type_of(value).name.clone();
    let Some(state) = state_of(value) else {
        return Ok(format!("{name}()"));
    };
    let args = args_of(state);
    match args.as_slice() {
        [one] => Ok(format!("{name}({})", crate::ops::repr(vm, one)?)),
        _ => Ok(format!(
            "{name}{}",
            crate::ops::repr(vm, &Value::tuple(args))?
        )),
    }
}

/// The last line of a traceback for `value` without running Python code (`Type: args`).
pub fn plain_summary(value: &Value) -> String {
    let ty = type_of(value);
    let args = state_of(value).map_or_else(Vec::new, args_of);
    args_summary(&ty.name, ty.derives_from_builtin("KeyError"), &args)
}

/// `Type: args` for an error raised by Rust code with explicit `args` (`KeyError`'s key).
pub fn lazy_summary(kind: ExcKind, args: &Value) -> String {
    let args = match args {
        Value::Tuple(items) => items.to_vec(),
        other => vec![other.clone()],
    };
    args_summary(kind.name(), kind == ExcKind::KeyError, &args)
}

fn args_summary(name: &str, quotes_key: bool, args: &[Value]) -> String {
    let text = match args {
        [] => String::new(),
        [Value::Str(s)] if !quotes_key => s.as_str().to_string(),
        [one] => super::format::repr_plain(one),
        args => super::format::repr_plain(&Value::tuple(args.to_vec())),
    };
    if text.is_empty() {
        name.to_string()
    } else {
        format!("{name}: {text}")
    }
}

/// The exception attributes kept in its state (`args`, `__cause__`, ...), for reading.
pub fn get_attribute(value: &Value, name: &str) -> Option<Value> {
    let state = state_of(value)?;
    Some(match name {
        "args" => state.args.borrow().clone(),
        "__cause__" => state.cause.borrow().clone(),
        "__context__" => state.context.borrow().clone(),
        "__suppress_context__" => Value::bool(state.suppress_context.get()),
        "__traceback__" => state.traceback(),
        "code" if type_of(value).derives_from_builtin("SystemExit") => {
            match args_of(state).as_slice() {
                [] => Value::None,
                [one] => one.clone(),
                _ => state.args.borrow().clone(),
            }
        }
        "value" if type_of(value).derives_from_builtin("StopIteration") => {
            state.value.borrow().clone()
        }
        field
            if (field == "msg" || super::syntax_error::FIELDS.contains(&field))
                && type_of(value).derives_from_builtin("SyntaxError") =>
        {
            super::syntax_error::field(&args_of(state), field)
        }
        field
            if super::os_error::FIELDS.contains(&field)
                && super::os_error::is_os_error(&type_of(value)) =>
        {
            super::os_error::get(state.os.borrow().as_deref(), field)
        }
        _ => return None,
    })
}

/// Stores one of the exception attributes kept in its state; `None` when `name` is not one.
pub fn set_attribute(vm: &mut Vm, value: &Value, name: &str, new: Value) -> Option<PyResult<()>> {
    let state = state_of(value)?;
    Some(match name {
        "args" => match crate::ops::collect_iterable(vm, &new) {
            Ok(items) => {
                *state.args.borrow_mut() = Value::tuple(items);
                Ok(())
            }
            Err(err) => Err(err),
        },
        "__cause__" | "__context__" => {
            if !matches!(new, Value::None) && state_of(&new).is_none() {
                let which = if name == "__cause__" {
                    "cause"
                } else {
                    "context"
                };
                return Some(Err(type_error(format!(
                    "exception {which} must be None or derive from BaseException"
                ))));
            }
            if name == "__cause__" {
                *state.cause.borrow_mut() = new;
                state.suppress_context.set(true);
            } else {
                *state.context.borrow_mut() = new;
            }
            Ok(())
        }
        "__suppress_context__" => match new {
            Value::Bool(flag) => {
                state.suppress_context.set(*flag);
                Ok(())
            }
            _ => Err(type_error("attribute value type must be bool")),
        },
        "__traceback__" => set_traceback(state, &new),
        "value" if type_of(value).derives_from_builtin("StopIteration") => {
            *state.value.borrow_mut() = new;
            Ok(())
        }
        field
            if super::os_error::FIELDS.contains(&field)
                && super::os_error::is_os_error(&type_of(value)) =>
        {
            let mut os = state.os.borrow_mut();
            super::os_error::set(os.get_or_insert_with(Default::default), field, new);
            Ok(())
        }
        _ => return None,
    })
}

fn set_traceback(state: &ExcState, tb: &Value) -> PyResult<()> {
    let valid = match tb {
        Value::None => true,
        Value::Native(native) => matches!(**native, NativeObject::Traceback(_)),
        _ => false,
    };
    if !valid {
        return Err(type_error("__traceback__ must be a traceback or None"));
    }
    state.set_traceback(tb.clone());
    Ok(())
}

/// A `traceback` object: one frame an exception passed through, and the next one towards
/// where it was raised (`tb_next`, a traceback or None).
pub struct Traceback {
    pub entry: TracebackEntry,
    pub next: Value,
}

impl Drop for Traceback {
    /// Frees the rest of the chain iteratively: a chain is as long as the recursion that raised
    /// the exception, too long to free by recursion.
    fn drop(&mut self) {
        let mut next = std::mem::replace(&mut self.next, Value::None);
        while let Value::Native(native) = next {
            match Rc::try_unwrap(native) {
                Ok(NativeObject::Traceback(mut tb)) => {
                    next = std::mem::replace(&mut tb.next, Value::None);
                }
                // Shared (or not a traceback): dropping this reference ends the walk.
                _ => break,
            }
        }
    }
}

/// The entries of the traceback chain headed by `head`, outermost first (the printed order).
pub fn traceback_entries(head: &Value) -> Vec<TracebackEntry> {
    let mut entries = Vec::new();
    let mut link = head.clone();
    while let Value::Native(native) = &link {
        let NativeObject::Traceback(tb) = &**native else {
            break;
        };
        entries.push(tb.entry.clone());
        let next = tb.next.clone();
        link = next;
    }
    entries
}

/// `tb.tb_lineno`, `tb.tb_next`.
pub fn traceback_attribute(tb: &Traceback, name: &str) -> Option<Value> {
    match name {
        "tb_lineno" => Some(Value::Int(i64::from(tb.entry.line()))),
        "tb_next" => Some(tb.next.clone()),
        "tb_lasti" => Some(Value::Int(-1)),
        _ => None,
    }
}

// ----- methods ---------------------------------------------------------------------------------

/// The methods of `BaseException` (their receiver is the exception object itself).
pub static EXCEPTION_METHODS: &[BuiltinMethod] = &[
    BuiltinMethod {
        name: "with_traceback",
        owner: "BaseException",
        call: with_traceback,
        keywords: false,
    },
    BuiltinMethod {
        name: "add_note",
        owner: "BaseException",
        call: add_note,
        keywords: false,
    },
    BuiltinMethod {
        name: "__str__",
        owner: "BaseException",
        call: str_method,
        keywords: false,
    },
    BuiltinMethod {
        name: "__repr__",
        owner: "BaseException",
        call: repr_method,
        keywords: false,
    },
    BuiltinMethod {
        name: "__init__",
        owner: "BaseException",
        call: init_method,
        keywords: true,
    },
];

/// `X.__new__(cls, *args)` for an exception type `X` (bound to `X`): a new `cls`, which must
/// derive from `X`, with every positional argument as `args`.
pub static EXCEPTION_NEW: BuiltinMethod = BuiltinMethod {
    name: "__new__",
    owner: "BaseException",
    call: exception_new,
    keywords: true,
};

fn exception_new(_vm: &mut Vm, this: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let Value::Type(owner) = this else {
        return Err(type_error("__new__ of a non-type"));
    };
    let Some((first, rest)) = args.split_first() else {
        return Err(type_error(format!(
            "{}.__new__(): not enough arguments",
            owner.name
        )));
    };
    let Value::Type(cls) = first else {
        return Err(type_error(format!(
            "{}.__new__(X): X is not a type object ({})",
            owner.name,
            first.type_name()
        )));
    };
    if !cls.is_subtype_of(owner) {
        return Err(type_error(format!(
            "{}.__new__({}): {} is not a subtype of {}",
            owner.name, cls.name, cls.name, owner.name
        )));
    }
    let positional = &rest[..rest.len().saturating_sub(kwnames.len())];
    Ok(Value::Instance(Rc::new(PyInstance::new(
        cls.clone(),
        new_state(positional),
    ))))
}

fn with_traceback(_vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let [tb] = args else {
        return Err(type_error(format!(
            "BaseException.with_traceback() takes exactly one argument ({} given)",
            args.len()
        )));
    };
    if let Some(state) = state_of(this) {
        set_traceback(state, tb)?;
    }
    Ok(this.clone())
}

fn add_note(vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let [note] = args else {
        return Err(type_error(format!(
            "BaseException.add_note() takes exactly one argument ({} given)",
            args.len()
        )));
    };
    if !matches!(note, Value::Str(_)) {
        return Err(type_error(format!(
            "note must be a str, not '{}'",
            note.type_name()
        )));
    }
    let key = super::intern::intern("__notes__");
    let notes = match super::protocol::generic_getattr(vm, this, &key) {
        Ok(notes) => notes,
        Err(err) if err.kind() == ExcKind::AttributeError => {
            let fresh = Value::list(Vec::new());
            super::protocol::generic_setattr(vm, this, &key, fresh.clone())?;
            fresh
        }
        Err(err) => return Err(err),
    };
    match &notes {
        Value::List(items) => items.borrow_mut().push(note.clone()),
        _ => return Err(type_error("Cannot add note: __notes__ is not a list")),
    }
    Ok(Value::None)
}

fn str_method(vm: &mut Vm, this: &Value, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    exception_str(vm, this).map(Value::string)
}

fn repr_method(vm: &mut Vm, this: &Value, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    exception_repr(vm, this).map(Value::string)
}

/// `BaseException.__init__(self, *args)`: `args` becomes the arguments.
fn init_method(_vm: &mut Vm, this: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if !kwnames.is_empty() {
        return Err(type_error(format!(
            "{}() takes no keyword arguments",
            type_of(this).name
        )));
    }
    if let Some(state) = state_of(this) {
        *state.args.borrow_mut() = Value::tuple(args.to_vec());
    }
    init_fields(this, args);
    Ok(Value::None)
}
