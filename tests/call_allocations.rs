//! Shows that a Python→Python call in the `threaded` engine allocates nothing from the global
//! heap in steady state: running 10 or 2000 rounds of a 50-deep recursion performs exactly the
//! same number of allocations, and so do 10 or 2000 calls of a bound method (a Python function
//! bound to a receiver), which the call plan unpacks so the engine enters the function inside its
//! loop with the receiver as first argument. The `switch` engine, whose frames are
//! heap-allocated, is the control that proves the measurement can tell the difference.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use spindle::engine;
use spindle::runtime::Value;
use spindle::vm::{Output, Vm};

struct CountingAllocator;

thread_local! {
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

// SAFETY: forwards every request unchanged to the system allocator; only counts.
unsafe impl GlobalAlloc for CountingAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.with(|n| n.set(n.get() + 1));
        // SAFETY: same contract as our caller's.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` came from `System.alloc` with this layout.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATIONS.with(|n| n.set(n.get() + 1));
        // SAFETY: same contract as our caller's.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: CountingAllocator = CountingAllocator;

fn program(rounds: usize) -> String {
    format!(
        "def down(n, step=1):\n    if n == 0:\n        return 0\n    return down(n - step)\n\
         i = 0\nwhile i < {rounds}:\n    down(50)\n    i += 1\nprint(i)\n"
    )
}

/// Heap allocations made while running `rounds` rounds (compilation excluded).
fn allocations(engine_name: &str, rounds: usize) -> usize {
    let engine = engine::find(engine_name).expect("engine is registered");
    let code = spindle::compiler::compile(&program(rounds), "calls.py").expect("compiles");
    let mut vm = Vm::new(engine, vec![], Output::Captured(Vec::with_capacity(64)));
    let before = ALLOCATIONS.with(Cell::get);
    vm.run_main(code).expect("runs");
    let after = ALLOCATIONS.with(Cell::get);
    assert_eq!(vm.take_captured(), format!("{rounds}\n").into_bytes());
    after - before
}

#[test]
fn threaded_calls_do_not_allocate_in_steady_state() {
    assert_eq!(allocations("threaded", 10), allocations("threaded", 2000));
}

#[test]
fn switch_frames_do_allocate_which_the_counter_sees() {
    assert!(allocations("switch", 2000) > allocations("switch", 10) + 2000 * 50);
}

const METHOD_PROGRAM: &str = "def scaled(self, x):\n    return self * x\n\
    def drive(m, rounds):\n    total = 0\n    i = 0\n    while i < rounds:\n        \
    total = total + m(i) + m(x=i)\n        i += 1\n    return total\n";

/// Heap allocations made by `drive(bound, rounds)` called from Rust, `bound` being `scaled`
/// bound to the receiver 2 (setting up the call from Rust excluded).
fn method_allocations(engine_name: &str, rounds: i64) -> usize {
    let engine = engine::find(engine_name).expect("engine is registered");
    let code = spindle::compiler::compile(METHOD_PROGRAM, "methods.py").expect("compiles");
    let mut vm = Vm::new(engine, vec![], Output::Captured(Vec::new()));
    let module = vm.run_main(code).expect("defines the functions");
    let scaled = module.get_attr("scaled").expect("defined");
    let drive = module.get_attr("drive").expect("defined");
    let bound = Value::bound_method(scaled, Value::Int(2)).expect("a Python function");
    let args = vec![bound, Value::Int(rounds)];
    let before = ALLOCATIONS.with(Cell::get);
    let total = vm.call(&drive, args).expect("runs");
    let after = ALLOCATIONS.with(Cell::get);
    assert!(matches!(total, Value::Int(t) if t == 2 * rounds * (rounds - 1)));
    after - before
}

#[test]
fn threaded_bound_method_calls_do_not_allocate_in_steady_state() {
    assert_eq!(
        method_allocations("threaded", 10),
        method_allocations("threaded", 2000)
    );
}

#[test]
fn switch_bound_method_calls_do_allocate_which_the_counter_sees() {
    assert!(method_allocations("switch", 2000) > method_allocations("switch", 10) + 2000 * 2);
}
