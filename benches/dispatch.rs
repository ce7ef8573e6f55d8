//! Criterion benchmarks of dispatch: one group per kernel, one bench per registered engine.
//! Programs are compiled once outside the timed part; each iteration runs the module on a VM
//! kept across iterations (so steady-state decoding and frame reuse are what is measured) with
//! output captured. Each kernel prints a checksum that is checked once before timing.

use criterion::{Criterion, criterion_group, criterion_main};
use spindle::engine::ENGINES;
use spindle::vm::{Output, Vm};

const FIB: &str = "
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
print(fib(20))
";

const LOOPS: &str = "
total = 0
for i in range(300):
    for j in range(300):
        total = (total + i * j ^ (i + j)) % 1000003
print(total)
";

const FLOATS: &str = "
import math
acc = 0.0
x = 0.5
for i in range(40000):
    x = x * 3.7 * (1.0 - x)
    acc = acc + math.sqrt(x * x + 1.0) / (1.0 + i)
print(acc)
";

const LISTS: &str = "
n = 30000
sieve = [True] * n
sieve[0] = False
sieve[1] = False
i = 2
while i * i < n:
    if sieve[i]:
        j = i * i
        while j < n:
            sieve[j] = False
            j += i
    i += 1
primes = []
for k in range(n):
    if sieve[k]:
        primes.append(k)
print(len(primes), primes[-1])
";

const DICTS: &str = "
def count(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts
words = [str(i % 97) for i in range(20000)]
memo = {}
for i in range(5000):
    memo[(i % 50, i % 7)] = memo.get((i % 50, i % 7), 0) + i
c = count(words)
print(len(c), c['5'], len(memo))
";

const SETS: &str = "
seen = set()
frontier = [0]
while frontier:
    nxt = []
    for v in frontier:
        for w in ((v * 7 + 1) % 20000, (v * 13 + 5) % 20000):
            if w not in seen:
                seen.add(w)
                nxt.append(w)
    frontier = nxt
evens = {x for x in seen if x % 2 == 0}
print(len(seen), len(evens & {x * 3 for x in range(5000)}))
";

const CLOSURES: &str = "
def counter():
    n = 0
    def step(k):
        nonlocal n
        n += k
        return n
    return step
def wrap(fn):
    def inner(*args, **kwargs):
        return fn(*args, **kwargs)
    return inner
@wrap
def mix(a, b, *, c=1):
    return a * 3 + b + c
step = counter()
total = 0
for i in range(8000):
    total = (total + step(i) + mix(i, 2, c=3)) % 1000003
print(total, sorted(range(2000), key=lambda v: -v)[0])
";

const KERNELS: &[(&str, &str, &str)] = &[
    ("fib", FIB, "6765\n"),
    ("nested_loops", LOOPS, ""),
    ("float_kernel", FLOATS, ""),
    ("list_kernel", LISTS, "3245 29989\n"),
    ("dict_kernel", DICTS, "97 207 350\n"),
    ("set_kernel", SETS, "20000 2500\n"),
    ("closure_kernel", CLOSURES, "103713 1999\n"),
];

fn run(vm: &mut Vm, code: &std::rc::Rc<spindle::bytecode::Code>) -> Vec<u8> {
    vm.run_main(code.clone()).expect("kernel runs");
    vm.take_captured()
}

fn dispatch(c: &mut Criterion) {
    for (name, source, checksum) in KERNELS {
        let code = spindle::compiler::compile(source, name).expect("kernel compiles");
        let mut group = c.benchmark_group(*name);
        group.sample_size(20);
        let mut reference: Option<Vec<u8>> = None;
        for engine in ENGINES {
            let mut vm = Vm::new(engine, vec![name.into()], Output::Captured(Vec::new()));
            let output = run(&mut vm, &code);
            if !checksum.is_empty() {
                assert_eq!(
                    String::from_utf8_lossy(&output),
                    *checksum,
                    "{name} under {}",
                    engine.name
                );
            }
            assert_eq!(
                reference.get_or_insert_with(|| output.clone()),
                &output,
                "engines disagree on {name}"
            );
            group.bench_function(engine.name, |b| b.iter(|| run(&mut vm, &code)));
        }
        group.finish();
    }
}

criterion_group!(benches, dispatch);
criterion_main!(benches);
