//! The `time` module's clocks and `sleep`, read as CPython reads them on Linux:
//! `time`/`time_ns` from `CLOCK_REALTIME`, `monotonic` and `perf_counter` (and their `_ns`
//! forms) from `CLOCK_MONOTONIC`, `process_time` from `CLOCK_PROCESS_CPUTIME_ID`. `sleep`
//! takes an int or a float of seconds and can be interrupted by Ctrl-C (KeyboardInterrupt).

use super::super::exception::{PyErr, PyResult, type_error, value_error};
use super::super::function::BuiltinFn;
use super::super::{ExcKind, Value};
use super::refuse_keywords;
use crate::vm::Vm;

/// Nanoseconds on `clock` (a `libc::CLOCK_*` id).
fn clock_ns(clock: libc::clockid_t) -> PyResult<i64> {
    let mut now = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `now` is a valid, writable timespec for the call's duration.
    let status = unsafe { libc::clock_gettime(clock, &mut now) };
    if status != 0 {
        return Err(PyErr::new(ExcKind::OSError, "clock_gettime failed"));
    }
    Ok(now.tv_sec * 1_000_000_000 + now.tv_nsec)
}

/// A clock function taking no arguments: seconds as a float, or nanoseconds as an int.
fn read_clock(
    name: &str,
    args: &[Value],
    kw: &[Value],
    clock: libc::clockid_t,
    ns: bool,
) -> PyResult<Value> {
    refuse_keywords(name, kw)?;
    if !args.is_empty() {
        return Err(type_error(format!(
            "{name}() takes no arguments ({} given)",
            args.len()
        )));
    }
    let nanos = clock_ns(clock)?;
    Ok(if ns {
        Value::Int(nanos)
    } else {
        Value::float(nanos as f64 * 1e-9)
    })
}

macro_rules! clocks {
    ($($name:ident => $clock:expr, $ns:expr;)*) => {
        $(fn $name(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
            read_clock(concat!("time.", stringify!($name)), args, kw, $clock, $ns)
        })*
    };
}

clocks! {
    time => libc::CLOCK_REALTIME, false;
    time_ns => libc::CLOCK_REALTIME, true;
    monotonic => libc::CLOCK_MONOTONIC, false;
    monotonic_ns => libc::CLOCK_MONOTONIC, true;
    perf_counter => libc::CLOCK_MONOTONIC, false;
    perf_counter_ns => libc::CLOCK_MONOTONIC, true;
    process_time => libc::CLOCK_PROCESS_CPUTIME_ID, false;
    process_time_ns => libc::CLOCK_PROCESS_CPUTIME_ID, true;
}

/// `time.sleep(secs)`: sleeps in slices so a Ctrl-C ends it with KeyboardInterrupt.
fn sleep(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    refuse_keywords("time.sleep", kw)?;
    let [secs] = args else {
        return Err(type_error(format!(
            "time.sleep() takes exactly one argument ({} given)",
            args.len()
        )));
    };
    let secs = match secs {
        Value::Float(f) => **f,
        Value::Int(i) => *i as f64,
        Value::Bool(b) => f64::from(u8::from(**b)),
        Value::BigInt(_) => {
            return Err(PyErr::new(
                ExcKind::OverflowError,
                "timestamp too large to convert to C _PyTime_t",
            ));
        }
        other => {
            return Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                other.type_name()
            )));
        }
    };
    if secs.is_nan() {
        return Err(value_error("Invalid value NaN (not a number)"));
    }
    if secs < 0.0 {
        return Err(value_error("sleep length must be non-negative"));
    }
    if !secs.is_finite() || secs > 1e10 {
        return Err(PyErr::new(
            ExcKind::OverflowError,
            "timestamp too large to convert to C _PyTime_t",
        ));
    }
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs_f64(secs);
    loop {
        crate::vm::interrupt::raise_pending(vm)?;
        let now = std::time::Instant::now();
        if now >= deadline {
            return Ok(Value::None);
        }
        let slice = (deadline - now).min(std::time::Duration::from_millis(50));
        std::thread::sleep(slice);
    }
}

/// Every function of the module.
pub(super) static FUNCTIONS: &[BuiltinFn] = functions![
    "time" => time, "time_ns" => time_ns, "monotonic" => monotonic,
    "monotonic_ns" => monotonic_ns, "perf_counter" => perf_counter,
    "perf_counter_ns" => perf_counter_ns, "process_time" => process_time,
    "process_time_ns" => process_time_ns, "sleep" => sleep,
];
