//! The `random` module, bit for bit CPython's sequences: the Mersenne Twister (MT19937) seeded
//! as CPython seeds it (an int's absolute value as 32-bit words through `init_by_array`; a
//! float by its hash; None from the OS), `random()` from two 32-bit outputs (53 bits), and the
//! functions `random.py` builds on them re-implemented with the same draws in the same order
//! (`_randbelow` by rejection on `getrandbits`, `shuffle` from the end, `sample`'s two
//! selection strategies, `choices`, `gauss`'s cached second value, ...). One generator per
//! thread (per VM), like the hidden `Random` instance behind CPython's module functions.

use std::cell::RefCell;

use num_bigint::{BigInt, Sign};
use num_traits::Signed;

use super::super::exception::{PyErr, PyResult, type_error, value_error};
use super::super::function::BuiltinFn;
use super::super::{ExcKind, Value, int};
use crate::ops;
use crate::vm::Vm;

const N: usize = 624;
const M: usize = 397;

/// The generator's state: MT19937's 624 words and position, and `gauss`'s saved value.
pub(super) struct Twister {
    state: [u32; N],
    index: usize,
    gauss_next: Option<f64>,
}

impl Twister {
    fn seeded_by_words(key: &[u32]) -> Twister {
        let mut twister = Twister {
            state: [0; N],
            index: N,
            gauss_next: None,
        };
        twister.init_by_array(key);
        twister
    }

    fn init_genrand(&mut self, seed: u32) {
        self.state[0] = seed;
        for i in 1..N {
            let previous = self.state[i - 1];
            self.state[i] = 1_812_433_253u32
                .wrapping_mul(previous ^ (previous >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19_650_218);
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            let previous = self.state[i - 1];
            self.state[i] = (self.state[i] ^ (previous ^ (previous >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                self.state[0] = self.state[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let previous = self.state[i - 1];
            self.state[i] = (self.state[i]
                ^ (previous ^ (previous >> 30)).wrapping_mul(1_566_083_941))
            .wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                self.state[0] = self.state[N - 1];
                i = 1;
            }
        }
        self.state[0] = 0x8000_0000;
        self.index = N;
    }

    fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            for k in 0..N {
                let y = (self.state[k] & 0x8000_0000) | (self.state[(k + 1) % N] & 0x7fff_ffff);
                let mag = if y & 1 == 1 { 0x9908_b0df } else { 0 };
                self.state[k] = self.state[(k + M) % N] ^ (y >> 1) ^ mag;
            }
            self.index = 0;
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// `random()`: 53 random bits from two outputs (27 and 26 bits).
    pub(super) fn random(&mut self) -> f64 {
        let a = f64::from(self.next_u32() >> 5);
        let b = f64::from(self.next_u32() >> 6);
        (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `getrandbits(k)`: whole 32-bit outputs, least significant word first; the last one's
    /// top bits when `k` is not a multiple of 32.
    fn getrandbits(&mut self, k: u64) -> BigInt {
        if k <= 32 {
            return BigInt::from(self.next_u32().checked_shr(32 - k as u32).unwrap_or(0));
        }
        let mut words = Vec::with_capacity(k.div_ceil(32) as usize);
        let mut left = k;
        while left > 0 {
            let mut word = self.next_u32();
            if left < 32 {
                word >>= 32 - left;
            }
            words.push(word);
            left = left.saturating_sub(32);
        }
        BigInt::from_slice(Sign::Plus, &words)
    }

    /// `_randbelow(n)` (`n > 0`): `getrandbits(n.bit_length())` until it is below `n`.
    fn below(&mut self, n: &BigInt) -> BigInt {
        let k = n.bits();
        loop {
            let r = self.getrandbits(k);
            if &r < n {
                return r;
            }
        }
    }

    /// `below` for a count that fits a `usize`.
    fn below_usize(&mut self, n: usize) -> usize {
        let r = self.below(&BigInt::from(n));
        usize::try_from(&r).unwrap_or(0)
    }
}

thread_local! {
    static TWISTER: RefCell<Twister> = RefCell::new(Twister::seeded_by_words(&os_seed()));
}

pub(super) fn with_twister<T>(f: impl FnOnce(&mut Twister) -> T) -> T {
    TWISTER.with(|twister| f(&mut twister.borrow_mut()))
}

/// 624 words of OS randomness (`seed()` / `seed(None)` and the first use), or the time and
/// process id when `/dev/urandom` cannot be read.
fn os_seed() -> Vec<u32> {
    use std::io::Read;
    let mut bytes = vec![0u8; N * 4];
    let read = std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(&mut bytes));
    if read.is_err() {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        return vec![nanos as u32, (nanos >> 32) as u32, std::process::id()];
    }
    bytes
        .chunks_exact(4)
        .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
        .collect()
}

/// The key CPython's `random_seed` makes of a non-negative int: its 32-bit words, least
/// significant first (`[0]` for zero).
fn int_key(n: &BigInt) -> Vec<u32> {
    let words = n.magnitude().to_u32_digits();
    if words.is_empty() { vec![0] } else { words }
}

fn seed(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let positional = &args[..args.len() - kw.len()];
    let mut value = positional.first().cloned().unwrap_or(Value::None);
    for (name, given) in kw.iter().zip(&args[args.len() - kw.len()..]) {
        match super::keyword_name(name)? {
            "a" => value = given.clone(),
            "version" => {}
            other => return Err(unexpected_keyword("seed", other)),
        }
    }
    if positional.len() > 2 {
        return Err(type_error(format!(
            "seed() takes from 1 to 3 positional arguments but {} were given",
            positional.len() + 1
        )));
    }
    let key = match &value {
        Value::None => os_seed(),
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => {
            int_key(&int::to_big(&value).unwrap_or_default().abs())
        }
        Value::Float(_) => {
            // CPython hashes a float seed and takes the hash as an unsigned word.
            let hash = crate::runtime::hash::hash_value(vm, &value)?;
            int_key(&BigInt::from(hash as u64))
        }
        // Version 2 (the default): the int whose big-endian bytes are the UTF-8 text followed
        // by its SHA-512 digest.
        Value::Str(_) | Value::Native(_) if text_seed(&value).is_some() => {
            use sha2::Digest;
            let bytes = text_seed(&value).unwrap_or_default();
            let mut material = bytes.clone();
            material.extend_from_slice(&sha2::Sha512::digest(&bytes));
            int_key(&BigInt::from_bytes_be(num_bigint::Sign::Plus, &material))
        }
        other => {
            return Err(type_error(format!(
                "The only supported seed types are: None,\nint, float, str, bytes, and bytearray. Got {}",
                other.type_name()
            )));
        }
    };
    with_twister(|t| {
        t.init_by_array(&key);
        t.gauss_next = None;
    });
    Ok(Value::None)
}

/// The bytes a str (its UTF-8 encoding), bytes or bytearray seed is hashed from.
fn text_seed(value: &Value) -> Option<Vec<u8>> {
    match value {
        Value::Str(text) => Some(text.as_str().as_bytes().to_vec()),
        other => crate::runtime::bytes::data_of(other),
    }
}

/// `randbytes(n)`: `getrandbits(n * 8)` as `n` little-endian bytes, as CPython makes them.
fn randbytes(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    super::refuse_keywords("randbytes", kw)?;
    let [n] = args else {
        return Err(type_error(format!(
            "randbytes() takes exactly one argument ({} given)",
            args.len()
        )));
    };
    let n = super::super::args::to_index(n)?;
    if n < 0 {
        return Err(value_error("negative argument not allowed"));
    }
    let bits = getrandbits(vm, &[Value::Int(n * 8)], &[])?;
    let value = int::to_big(&bits).unwrap_or_default();
    let mut data = value.to_bytes_le().1;
    if n == 0 {
        data.clear();
    }
    data.resize(n as usize, 0);
    Ok(crate::runtime::bytes::new_bytes(data))
}

fn no_args(name: &str, args: &[Value], kw: &[Value]) -> PyResult<()> {
    if args.is_empty() && kw.is_empty() {
        Ok(())
    } else {
        Err(type_error(format!(
            "{name}() takes no arguments ({} given)",
            args.len()
        )))
    }
}

fn random(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_args("random", args, kw)?;
    Ok(Value::float(with_twister(Twister::random)))
}

fn getrandbits(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    super::refuse_keywords("getrandbits", kw)?;
    let [k] = args else {
        return Err(type_error(format!(
            "getrandbits() takes exactly one argument ({} given)",
            args.len()
        )));
    };
    let k = int::to_big(k).ok_or_else(|| super::super::args::not_an_integer(k))?;
    if k.is_negative() {
        return Err(value_error("number of bits must be non-negative"));
    }
    let k = u64::try_from(&k).map_err(|_| {
        PyErr::new(
            ExcKind::OverflowError,
            "Python int too large to convert to C int",
        )
    })?;
    if k == 0 {
        return Ok(Value::Int(0));
    }
    int::make_room(k, 1)?;
    Ok(int::normalize(with_twister(|t| t.getrandbits(k))))
}

/// An argument of `randrange`: an int, or (deprecated in 3.11, still accepted) a float with an
/// integral value; `what` names it in the error for any other float.
fn range_arg(value: &Value, what: &str) -> PyResult<BigInt> {
    match value {
        Value::Float(f) if f.is_finite() && f.fract() == 0.0 => {
            Ok(int::to_big(&ops::float_to_int(**f)?).unwrap_or_default())
        }
        Value::Float(_) => Err(value_error(format!("non-integer {what} for randrange()"))),
        other => super::math::integer(other),
    }
}

fn randrange_values(start: &Value, stop: Option<&Value>, step: Option<&Value>) -> PyResult<Value> {
    let istart = range_arg(start, "arg 1")?;
    let Some(stop) = stop.filter(|s| !matches!(s, Value::None)) else {
        if step.is_some_and(|s| !matches!(s, Value::Int(1))) {
            return Err(type_error("Missing a non-None stop argument"));
        }
        if istart.is_positive() {
            return Ok(int::normalize(with_twister(|t| t.below(&istart))));
        }
        return Err(value_error("empty range for randrange()"));
    };
    let istop = range_arg(stop, "stop")?;
    let width = &istop - &istart;
    let istep = match step {
        None => BigInt::from(1),
        Some(step) => range_arg(step, "step")?,
    };
    if istep == BigInt::from(1) {
        if width.is_positive() {
            return Ok(int::normalize(&istart + with_twister(|t| t.below(&width))));
        }
        return Err(value_error(format!(
            "empty range for randrange() ({istart}, {istop}, {width})"
        )));
    }
    let n = if istep.is_positive() {
        num_integer::Integer::div_floor(&(&width + &istep - 1), &istep)
    } else if istep.is_negative() {
        num_integer::Integer::div_floor(&(&width + &istep + 1), &istep)
    } else {
        return Err(value_error("zero step for randrange()"));
    };
    if !n.is_positive() {
        return Err(value_error("empty range for randrange()"));
    }
    Ok(int::normalize(
        istart + istep * with_twister(|t| t.below(&n)),
    ))
}

fn randrange(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    super::refuse_keywords("randrange", kw)?;
    match args {
        [start] => randrange_values(start, None, None),
        [start, stop] => randrange_values(start, Some(stop), None),
        [start, stop, step] => randrange_values(start, Some(stop), Some(step)),
        _ => Err(type_error(format!(
            "randrange() takes from 2 to 4 positional arguments but {} were given",
            args.len() + 1
        ))),
    }
}

fn randint(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    super::refuse_keywords("randint", kw)?;
    let [a, b] = args else {
        return Err(wrong_count("randint", 3, args.len()));
    };
    let upper = ops::binary_op(
        vm,
        crate::bytecode::BinOp::Add as u32,
        b.clone(),
        Value::Int(1),
    )?;
    randrange_values(a, Some(&upper), None)
}

fn choice(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    super::refuse_keywords("choice", kw)?;
    let [seq] = args else {
        return Err(wrong_count("choice", 2, args.len()));
    };
    let len = length_of(vm, seq)?;
    if len == 0 {
        return Err(PyErr::new(
            ExcKind::IndexError,
            "Cannot choose from an empty sequence",
        ));
    }
    let at = with_twister(|t| t.below_usize(len));
    ops::subscript(vm, 0, seq.clone(), Value::Int(at as i64))
}

fn shuffle(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    super::refuse_keywords("shuffle", kw)?;
    let [seq] = args else {
        return Err(wrong_count("shuffle", 2, args.len()));
    };
    let len = length_of(vm, seq)?;
    for i in (1..len).rev() {
        let j = with_twister(|t| t.below_usize(i + 1));
        let (a, b) = (Value::Int(i as i64), Value::Int(j as i64));
        let at_i = ops::subscript(vm, 0, seq.clone(), a.clone())?;
        let at_j = ops::subscript(vm, 0, seq.clone(), b.clone())?;
        ops::store_subscript(vm, seq.clone(), a, at_j)?;
        ops::store_subscript(vm, seq.clone(), b, at_i)?;
    }
    Ok(Value::None)
}

fn two_floats(name: &str, args: &[Value]) -> PyResult<(f64, f64)> {
    match args {
        [a, b] => Ok((super::math::real(a)?, super::math::real(b)?)),
        _ => Err(wrong_count(name, 3, args.len())),
    }
}

/// CPython's error for a keyword a function of `random.py` does not take.
fn unexpected_keyword(function: &str, name: &str) -> PyErr {
    type_error(format!(
        "{function}() got an unexpected keyword argument '{name}'"
    ))
}

/// CPython's count error for a method of `Random` (`self` counted): `given` arguments.
fn wrong_count(name: &str, takes: usize, given: usize) -> PyErr {
    type_error(format!(
        "{name}() takes {takes} positional arguments but {} were given",
        given + 1
    ))
}

fn uniform(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    super::refuse_keywords("uniform", kw)?;
    let (a, b) = two_floats("uniform", args)?;
    Ok(Value::float(a + (b - a) * with_twister(Twister::random)))
}

/// `gauss(mu=0.0, sigma=1.0)`: Box-Muller, the second value kept for the next call.
fn gauss(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    super::refuse_keywords("gauss", kw)?;
    let (mu, sigma) = match args {
        [] => (0.0, 1.0),
        [mu] => (super::math::real(mu)?, 1.0),
        _ => two_floats("gauss", args)?,
    };
    let z = with_twister(|t| match t.gauss_next.take() {
        Some(z) => z,
        None => {
            let x2pi = t.random() * std::f64::consts::TAU;
            let g2rad = (-2.0 * (1.0 - t.random()).ln()).sqrt();
            t.gauss_next = Some(x2pi.sin() * g2rad);
            x2pi.cos() * g2rad
        }
    });
    Ok(Value::float(mu + z * sigma))
}

/// `normalvariate(mu=0.0, sigma=1.0)`: Kinderman and Monahan's ratio method.
fn normalvariate(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    super::refuse_keywords("normalvariate", kw)?;
    let (mu, sigma) = match args {
        [] => (0.0, 1.0),
        [mu] => (super::math::real(mu)?, 1.0),
        _ => two_floats("normalvariate", args)?,
    };
    let z = with_twister(standard_normal);
    Ok(Value::float(mu + z * sigma))
}

/// A standard normal draw by Kinderman and Monahan's ratio method, as CPython's
/// `normalvariate` (and `lognormvariate`) make it.
pub(super) fn standard_normal(t: &mut Twister) -> f64 {
    let magic = 4.0 * (-0.5f64).exp() / 2f64.sqrt();
    loop {
        let u1 = t.random();
        let u2 = 1.0 - t.random();
        let z = magic * (u1 - 0.5) / u2;
        if z * z / 4.0 <= -u2.ln() {
            return z;
        }
    }
}

fn expovariate(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    super::refuse_keywords("expovariate", kw)?;
    let [lambd] = args else {
        return Err(wrong_count("expovariate", 2, args.len()));
    };
    let lambd = super::math::real(lambd)?;
    let u = with_twister(Twister::random);
    if lambd == 0.0 {
        return Err(super::super::exception::zero_division(
            "float division by zero",
        ));
    }
    Ok(Value::float(-(1.0 - u).ln() / lambd))
}

/// `sample(population, k)`: a pool shuffled from the front when the population is small
/// for `k`, else indexes drawn until unseen (the sizes where CPython switches).
fn sample(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let positional = &args[..args.len() - kw.len()];
    let mut k_value = positional.get(1).cloned();
    let mut counts = Value::None;
    for (name, given) in kw.iter().zip(&args[args.len() - kw.len()..]) {
        match super::keyword_name(name)? {
            "k" => k_value = Some(given.clone()),
            "counts" => counts = given.clone(),
            other => return Err(unexpected_keyword("sample", other)),
        }
    }
    let (Some(population), Some(k_value)) = (positional.first(), k_value) else {
        return Err(type_error(
            "sample() missing 1 required positional argument: 'k'",
        ));
    };
    if matches!(
        population,
        Value::Set(_) | Value::FrozenSet(_) | Value::Dict(_)
    ) {
        return Err(type_error(
            "Population must be a sequence.  For dicts or sets, use sorted(d).",
        ));
    }
    // A range is sampled by index, never materialised (`sample(range(10**9), 5)`).
    if let Value::Range(range) = population
        && matches!(counts, Value::None)
        && let Ok(n) = usize::try_from(range.len())
    {
        let indices = sample_indices(n, &k_value)?;
        return Ok(Value::list(
            indices
                .into_iter()
                .map(|i| int::normalize(BigInt::from(range.start + i as i128 * range.step)))
                .collect(),
        ));
    }
    let items = ops::collect_iterable(vm, population)?;
    if !matches!(counts, Value::None) {
        return sample_counted(vm, &items, &counts, &k_value);
    }
    let indices = sample_indices(items.len(), &k_value)?;
    Ok(Value::list(
        indices.into_iter().map(|i| items[i].clone()).collect(),
    ))
}

/// `sample(population, k, counts=...)`: as CPython, a sample of `range(sum(counts))` mapped
/// to the population through the running totals of the counts.
fn sample_counted(vm: &mut Vm, items: &[Value], counts: &Value, k: &Value) -> PyResult<Value> {
    let counts = ops::collect_iterable(vm, counts)?;
    if counts.len() != items.len() {
        return Err(value_error(
            "The number of counts does not match the population",
        ));
    }
    let mut running = Vec::with_capacity(counts.len());
    let mut total = BigInt::from(0);
    for count in &counts {
        let Some(count) = int::to_big(count) else {
            return Err(type_error("Counts must be integers"));
        };
        total += count;
        running.push(total.clone());
    }
    running.pop();
    if total <= BigInt::from(0) {
        return Err(value_error("Total of counts must be greater than zero"));
    }
    let total = usize::try_from(&total)
        .map_err(|_| PyErr::new(ExcKind::OverflowError, "counts too large"))?;
    let indices = sample_indices(total, k)?;
    Ok(Value::list(
        indices
            .into_iter()
            .map(|s| {
                let s = BigInt::from(s);
                // bisect_right over the running totals.
                let at = running.partition_point(|c| *c <= s);
                items[at].clone()
            })
            .collect(),
    ))
}

/// The positions `sample` picks from a population of `n`: CPython's two strategies (a pool
/// for small populations, rejection of repeats for large ones), which decide the stream of
/// random numbers drawn.
fn sample_indices(n: usize, k_value: &Value) -> PyResult<Vec<usize>> {
    let k = super::math::integer(k_value)?;
    if k.is_negative() || k > BigInt::from(n) {
        return Err(value_error("Sample larger than population or is negative"));
    }
    let k = usize::try_from(&k).unwrap_or(0);
    let mut setsize = 21usize;
    if k > 5 {
        // 4 ** ceil(log(3k, 4)).
        let exponent = ((k * 3) as f64).ln() / 4f64.ln();
        setsize += 4usize.pow(exponent.ceil() as u32);
    }
    let mut result = Vec::with_capacity(k);
    with_twister(|t| {
        if n <= setsize {
            let mut pool: Vec<usize> = (0..n).collect();
            for i in 0..k {
                let j = t.below_usize(n - i);
                result.push(pool[j]);
                pool[j] = pool[n - i - 1];
            }
        } else {
            let mut selected = std::collections::HashSet::new();
            for _ in 0..k {
                let mut j = t.below_usize(n);
                while selected.contains(&j) {
                    j = t.below_usize(n);
                }
                selected.insert(j);
                result.push(j);
            }
        }
    });
    Ok(result)
}

/// `choices(population, weights=None, *, cum_weights=None, k=1)`.
fn choices(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let positional = &args[..args.len() - kw.len()];
    let mut weights = positional.get(1).cloned().unwrap_or(Value::None);
    let (mut cum_weights, mut k) = (Value::None, 1usize);
    for (name, given) in kw.iter().zip(&args[args.len() - kw.len()..]) {
        match super::keyword_name(name)? {
            "weights" => weights = given.clone(),
            "cum_weights" => cum_weights = given.clone(),
            "k" => {
                k = usize::try_from(&super::math::integer(given)?).unwrap_or(0);
            }
            other => return Err(unexpected_keyword("choices", other)),
        }
    }
    let Some(population) = positional.first() else {
        return Err(type_error(
            "choices() missing 1 required positional argument: 'population'",
        ));
    };
    let items = ops::collect_iterable(vm, population)?;
    let n = items.len();
    if matches!(cum_weights, Value::None) {
        if matches!(weights, Value::None) {
            let picks = with_twister(|t| {
                (0..k)
                    .map(|_| (t.random() * n as f64).floor() as usize)
                    .collect::<Vec<_>>()
            });
            return picks
                .into_iter()
                .map(|i| {
                    items
                        .get(i)
                        .cloned()
                        .ok_or_else(|| PyErr::new(ExcKind::IndexError, "list index out of range"))
                })
                .collect::<PyResult<Vec<_>>>()
                .map(Value::list);
        }
        let mut running = 0.0;
        let mut cumulative = Vec::new();
        for weight in ops::collect_iterable(vm, &weights)? {
            running += super::math::real(&weight)?;
            cumulative.push(running);
        }
        cum_weights = Value::list(cumulative.into_iter().map(Value::float).collect());
    } else if !matches!(weights, Value::None) {
        return Err(type_error(
            "Cannot specify both weights and cumulative weights",
        ));
    }
    let cumulative = ops::collect_iterable(vm, &cum_weights)?
        .iter()
        .map(super::math::real)
        .collect::<PyResult<Vec<f64>>>()?;
    if cumulative.len() != n {
        return Err(value_error(
            "The number of weights does not match the population",
        ));
    }
    let total = cumulative.last().copied().unwrap_or(0.0);
    if total <= 0.0 {
        return Err(value_error("Total of weights must be greater than zero"));
    }
    if !total.is_finite() {
        return Err(value_error("Total of weights must be finite"));
    }
    let hi = n - 1;
    let picks = with_twister(|t| {
        (0..k)
            .map(|_| {
                let x = t.random() * total;
                // bisect_right(cum_weights, x, 0, hi)
                cumulative[..hi].partition_point(|w| *w <= x)
            })
            .collect::<Vec<_>>()
    });
    Ok(Value::list(
        picks.into_iter().map(|i| items[i].clone()).collect(),
    ))
}

/// `len(value)`, `__len__` included.
fn length_of(vm: &mut Vm, value: &Value) -> PyResult<usize> {
    if let Value::Instance(_) = value {
        return crate::runtime::protocol::instance_len(vm, value);
    }
    crate::runtime::builtins::length(value)
}

/// Every function of the module.
/// `random.getstate()`: `(3, the 624 state words and the position, gauss_next)`, as CPython's.
fn getstate(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_args("getstate", args, kw)?;
    Ok(with_twister(|t| {
        let mut words: Vec<Value> = t.state.iter().map(|w| Value::Int(i64::from(*w))).collect();
        words.push(Value::Int(t.index as i64));
        Value::tuple(vec![
            Value::Int(3),
            Value::tuple(words),
            t.gauss_next.map_or(Value::None, Value::float),
        ])
    }))
}

/// `random.setstate(state)`: restores a state `getstate` returned.
fn setstate(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() || args.len() != 1 {
        return Err(type_error(format!(
            "setstate() takes 2 positional arguments but {} were given",
            args.len() + 1
        )));
    }
    // `version = state[0]`, then the rest unpacked, as Random.setstate reads it.
    let state: Vec<Value> = match &args[0] {
        Value::Tuple(items) => items.to_vec(),
        Value::List(items) => items.borrow().clone(),
        Value::Str(text) => text
            .as_str()
            .chars()
            .map(|c| Value::string(c.to_string()))
            .collect(),
        other => {
            return Err(type_error(format!(
                "'{}' object is not subscriptable",
                other.type_name()
            )));
        }
    };
    let version = state.first().cloned().unwrap_or(Value::None);
    let modular = match version {
        Value::Int(3) => false,
        Value::Int(2) => true,
        _ => {
            let shown = crate::ops::to_str(vm, &version)?;
            return Err(value_error(format!(
                "state with version {shown} passed to Random.setstate() of version 3"
            )));
        }
    };
    let [_, internal, gauss_next] = &state[..] else {
        return Err(value_error(format!(
            "not enough values to unpack (expected 3, got {})",
            state.len()
        )));
    };
    let Value::Tuple(words) = internal else {
        return Err(type_error("state vector must be a tuple"));
    };
    if words.len() != N + 1 {
        return Err(value_error("state vector is the wrong size"));
    }
    let mut state_words = [0u32; N];
    for (slot, word) in state_words.iter_mut().zip(words.iter()) {
        *slot = match word {
            Value::Int(w) if modular => w.rem_euclid(1 << 32) as u32,
            Value::Int(w) if (0..=i64::from(u32::MAX)).contains(w) => *w as u32,
            Value::Int(_) | Value::BigInt(_) => {
                return Err(PyErr::new(
                    ExcKind::OverflowError,
                    "Python int too large to convert to C unsigned long",
                ));
            }
            _ => return Err(type_error("state vector items must be integers")),
        };
    }
    let index = match &words[N] {
        Value::Int(i) if (0..=N as i64).contains(i) => *i as usize,
        _ => return Err(value_error("invalid state")),
    };
    let gauss_next = match gauss_next {
        Value::None => None,
        Value::Float(g) => Some(**g),
        Value::Int(i) => Some(*i as f64),
        _ => return Err(type_error("must be real number")),
    };
    with_twister(|t| {
        t.state = state_words;
        t.index = index;
        t.gauss_next = gauss_next;
    });
    Ok(Value::None)
}

pub(super) static FUNCTIONS: &[BuiltinFn] = functions![
    "getstate" => getstate, "setstate" => setstate,
    "seed" => seed, "random" => random, "getrandbits" => getrandbits,
    "randrange" => randrange, "randint" => randint, "choice" => choice,
    "shuffle" => shuffle, "uniform" => uniform, "gauss" => gauss,
    "normalvariate" => normalvariate, "expovariate" => expovariate, "sample" => sample,
    "choices" => choices, "randbytes" => randbytes,
];

#[cfg(test)]
mod tests {
    use super::*;

    /// The reference MT19937 output for `init_by_array([0x123, 0x234, 0x345, 0x456])`.
    #[test]
    fn reference_sequence() {
        let mut t = Twister::seeded_by_words(&[0x123, 0x234, 0x345, 0x456]);
        let first: Vec<u32> = (0..3).map(|_| t.next_u32()).collect();
        assert_eq!(first, [1067595299, 955945823, 477289528]);
    }
}
