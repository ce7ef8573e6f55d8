//! The `switch` engine: the honest naive baseline. Each step fetches the instruction at `pc`
//! from the code object, `match`es on its opcode, and works on a `Vec` value stack; every call
//! allocates a fresh frame (its own locals and stack vectors) on the heap. Python→Python calls
//! push a frame and stay in this loop rather than recursing in Rust.

use std::rc::Rc;

use super::Engine;
use crate::bytecode::Opcode;
use crate::ops;
use crate::runtime::exception::TracebackEntry;
use crate::runtime::function::Function;
use crate::runtime::str::PyStr;
use crate::runtime::value::discard;
use crate::runtime::{PyResult, Value};
use crate::vm::Vm;
use crate::vm::call::{bind_arguments, call_native};

pub static ENGINE: Engine = Engine {
    name: "switch",
    summary: "baseline: fetch, match on the opcode, Vec stack, heap-allocated frames",
    call,
};

struct Frame {
    func: Rc<Function>,
    pc: usize,
    stack: Vec<Value>,
    locals: Vec<Value>,
    /// Keyword names set by `KW_NAMES` for the next call.
    kwnames: Option<Value>,
}

impl Frame {
    fn new(func: Rc<Function>, locals: Vec<Value>) -> Frame {
        let capacity = func.code.max_stack as usize;
        Frame {
            func,
            pc: 0,
            stack: Vec::with_capacity(capacity),
            locals,
            kwnames: None,
        }
    }

    fn pop(&mut self) -> Value {
        self.stack.pop().unwrap_or_default()
    }

    fn top(&self) -> &Value {
        self.stack.last().unwrap_or(&Value::Null)
    }

    fn name(&self, index: u32) -> Rc<PyStr> {
        self.func.code.names[index as usize].clone()
    }

    fn traceback_entry(&self) -> TracebackEntry {
        self.func.code.traceback_entry(self.pc.saturating_sub(1))
    }
}

/// What an instruction asks of the loop besides moving on.
enum Control {
    Next,
    Enter(Frame),
    Return(Value),
}

type Step = PyResult<Control>;

fn call(
    vm: &mut Vm,
    func: &Rc<Function>,
    mut args: Vec<Value>,
    kwnames: &[Value],
) -> PyResult<Value> {
    vm.enter_frame()?;
    let mut locals = vec![Value::Null; func.code.nlocals()];
    if let Err(err) = bind_arguments(func, &mut args, kwnames, &mut locals) {
        vm.leave_frame();
        return Err(err);
    }
    execute(vm, Frame::new(func.clone(), locals))
}

fn execute(vm: &mut Vm, entry: Frame) -> PyResult<Value> {
    let mut callers: Vec<Frame> = Vec::new();
    let mut f = entry;
    loop {
        let instr = f.func.code.instrs[f.pc];
        f.pc += 1;
        let step = dispatch(vm, &mut f, instr.op, instr.arg);
        match step {
            Ok(Control::Next) => {}
            Ok(Control::Enter(callee)) => callers.push(std::mem::replace(&mut f, callee)),
            Ok(Control::Return(value)) => {
                vm.leave_frame();
                match callers.pop() {
                    Some(caller) => {
                        f = caller;
                        f.stack.push(value);
                    }
                    None => return Ok(value),
                }
            }
            Err(mut err) => {
                err.add_traceback(f.traceback_entry());
                vm.leave_frame();
                while let Some(caller) = callers.pop() {
                    err.add_traceback(caller.traceback_entry());
                    vm.leave_frame();
                }
                return Err(err);
            }
        }
    }
}

macro_rules! switch_dispatch {
    ($( $variant:ident $name:literal $shape:ident $operand:ident $sem:tt $doc:literal; )*) => {
        #[inline(always)]
        fn dispatch(vm: &mut Vm, f: &mut Frame, op: Opcode, arg: u32) -> Step {
            match op {
                $( Opcode::$variant => shape!($shape, $sem, vm, f, arg), )*
            }
        }
    };
}

/// Expands one opcode row into a call of its shape's implementation below.
macro_rules! shape {
    (nop, $s:tt, $vm:ident, $f:ident, $arg:ident) => {
        Ok(Control::Next)
    };
    (pop_top, $s:tt, $vm:ident, $f:ident, $arg:ident) => {{
        discard($f.pop());
        Ok(Control::Next)
    }};
    (copy, $s:tt, $vm:ident, $f:ident, $arg:ident) => {
        copy($f, $arg)
    };
    (swap, $s:tt, $vm:ident, $f:ident, $arg:ident) => {
        swap($f, $arg)
    };
    (load_const, $s:tt, $vm:ident, $f:ident, $arg:ident) => {{
        let value = $f.func.code.consts[$arg as usize].clone();
        $f.stack.push(value);
        Ok(Control::Next)
    }};
    (load_fast, $s:tt, $vm:ident, $f:ident, $arg:ident) => {{
        let value = ops::$s(&$f.locals[$arg as usize], &$f.func.code, $arg)?;
        $f.stack.push(value);
        Ok(Control::Next)
    }};
    (store_fast, $s:tt, $vm:ident, $f:ident, $arg:ident) => {{
        let value = $f.pop();
        let old = std::mem::replace(&mut $f.locals[$arg as usize], value);
        discard(old);
        Ok(Control::Next)
    }};
    (load_global, $s:tt, $vm:ident, $f:ident, $arg:ident) => {{
        let value = ops::$s(&$f.func.module, $arg)?;
        $f.stack.push(value);
        Ok(Control::Next)
    }};
    (store_global, $s:tt, $vm:ident, $f:ident, $arg:ident) => {{
        let value = $f.pop();
        $f.func.module.store_slot($arg as usize, value);
        Ok(Control::Next)
    }};
    (unary, $s:tt, $vm:ident, $f:ident, $arg:ident) => {{
        let value = $f.pop();
        $f.stack.push(ops::$s($vm, value)?);
        Ok(Control::Next)
    }};
    (binary, $s:tt, $vm:ident, $f:ident, $arg:ident) => {{
        let right = $f.pop();
        let left = $f.pop();
        $f.stack.push(ops::$s($vm, $arg, left, right)?);
        Ok(Control::Next)
    }};
    (store_subscr, $s:tt, $vm:ident, $f:ident, $arg:ident) => {{
        let key = $f.pop();
        let container = $f.pop();
        let value = $f.pop();
        ops::$s($vm, container, key, value)?;
        Ok(Control::Next)
    }};
    (attr, $s:tt, $vm:ident, $f:ident, $arg:ident) => {{
        let object = $f.pop();
        let name = $f.name($arg);
        $f.stack.push(ops::$s($vm, object, &name)?);
        Ok(Control::Next)
    }};
    (build, $s:tt, $vm:ident, $f:ident, $arg:ident) => {{
        let items = $f.stack.split_off($f.stack.len() - $arg as usize);
        $f.stack.push(ops::$s($vm, items)?);
        Ok(Control::Next)
    }};
    (unpack, $s:tt, $vm:ident, $f:ident, $arg:ident) => {{
        let sequence = $f.pop();
        let start = $f.stack.len();
        $f.stack.resize(start + $arg as usize, Value::Null);
        ops::$s($vm, sequence, &mut $f.stack[start..])?;
        Ok(Control::Next)
    }};
    (for_iter, $s:tt, $vm:ident, $f:ident, $arg:ident) => {{
        match ops::$s($vm, $f.top())? {
            Some(item) => $f.stack.push(item),
            None => {
                $f.pop();
                $f.pc = $arg as usize;
            }
        }
        Ok(Control::Next)
    }};
    (jump, $s:tt, $vm:ident, $f:ident, $arg:ident) => {{
        $f.pc = $arg as usize;
        Ok(Control::Next)
    }};
    (pop_jump_if, $s:tt, $vm:ident, $f:ident, $arg:ident) => {{
        let value = $f.pop();
        if ops::$s($vm, &value)? {
            $f.pc = $arg as usize;
        }
        discard(value);
        Ok(Control::Next)
    }};
    (jump_or_pop, $s:tt, $vm:ident, $f:ident, $arg:ident) => {{
        if ops::$s($vm, $f.top())? {
            $f.pc = $arg as usize;
        } else {
            discard($f.pop());
        }
        Ok(Control::Next)
    }};
    (return_value, $s:tt, $vm:ident, $f:ident, $arg:ident) => {
        Ok(Control::Return($f.pop()))
    };
    (kw_names, $s:tt, $vm:ident, $f:ident, $arg:ident) => {{
        $f.kwnames = Some($f.func.code.consts[$arg as usize].clone());
        Ok(Control::Next)
    }};
    (call, $s:tt, $vm:ident, $f:ident, $arg:ident) => {
        call_shape($vm, $f, $arg as usize, false)
    };
    (call_method, $s:tt, $vm:ident, $f:ident, $arg:ident) => {
        call_shape($vm, $f, $arg as usize, true)
    };
    (load_method, $s:tt, $vm:ident, $f:ident, $arg:ident) => {{
        let object = $f.pop();
        let name = $f.name($arg);
        let (method, receiver) = ops::$s($vm, object, &name)?;
        $f.stack.push(method);
        $f.stack.push(receiver);
        Ok(Control::Next)
    }};
    (make_function, $s:tt, $vm:ident, $f:ident, $arg:ident) => {{
        let code = $f.pop();
        let defaults = if $arg & 1 == 1 { Some($f.pop()) } else { None };
        let function = ops::$s($vm, &$f.func.module, code, defaults)?;
        $f.stack.push(function);
        Ok(Control::Next)
    }};
    (load_named, $s:tt, $vm:ident, $f:ident, $arg:ident) => {{
        let name = $f.name($arg);
        $f.stack.push(ops::$s($vm, &name)?);
        Ok(Control::Next)
    }};
}

crate::for_each_opcode!(switch_dispatch);

fn copy(f: &mut Frame, n: u32) -> Step {
    let value = f.stack[f.stack.len() - n as usize].clone();
    f.stack.push(value);
    Ok(Control::Next)
}

fn swap(f: &mut Frame, n: u32) -> Step {
    let len = f.stack.len();
    f.stack.swap(len - 1, len - n as usize);
    Ok(Control::Next)
}

/// `CALL` / `CALL_METHOD`: enters Python functions as a new frame; calls anything else natively.
fn call_shape(vm: &mut Vm, f: &mut Frame, argc: usize, method: bool) -> Step {
    let kwnames = f.kwnames.take();
    let kw: &[Value] = match &kwnames {
        Some(Value::Tuple(names)) => names,
        _ => &[],
    };
    let base = f.stack.len() - argc - if method { 2 } else { 1 };
    let args_start = f.stack.len() - argc;
    let receiver = if method {
        Some(&f.stack[base + 1]).filter(|r| !r.is_null())
    } else {
        None
    };
    if let (Value::Function(func), None) = (&f.stack[base], receiver) {
        let func = func.clone();
        vm.enter_frame()?;
        let mut locals = vec![Value::Null; func.code.nlocals()];
        if let Err(err) = bind_arguments(&func, &mut f.stack[args_start..], kw, &mut locals) {
            vm.leave_frame();
            return Err(err);
        }
        f.stack.truncate(base);
        return Ok(Control::Enter(Frame::new(func, locals)));
    }
    let result = call_native(vm, &f.stack[base], receiver, &f.stack[args_start..], kw)?;
    f.stack.truncate(base);
    f.stack.push(result);
    Ok(Control::Next)
}
