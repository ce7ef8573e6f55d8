//! `hash()`: the hash of every hashable value, equal to CPython 3.11's on 64-bit builds for
//! numbers (reduction modulo the Mersenne prime 2**61 - 1), tuples (the xxHash-based
//! `tuplehash`), frozensets and ranges. Strings use their own cached hash (CPython randomises
//! those per process); `None`, NaN and the objects CPython hashes by address use a constant or
//! their address. Also owns the probe sequence shared by the dict and set tables and the test
//! for keys whose `==` can never run Python code.

use std::rc::Rc;

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

use super::Value;
use super::exception::{PyErr, PyResult, type_error};
use crate::vm::Vm;

/// Bits of the hash modulus.
const MODULUS_BITS: u32 = 61;
/// CPython's `_PyHASH_MODULUS`: integers (and rationals) hash to their value modulo this prime.
pub const MODULUS: u64 = (1 << MODULUS_BITS) - 1;
/// `hash(float('inf'))`; `-inf` hashes to its negation.
pub const INF: i64 = 314_159;
/// `hash(None)`. CPython 3.11 hashes None by its address, so any constant is faithful.
pub const NONE_HASH: i64 = 0x0FCA_8640;
/// `hash(float('nan'))`. CPython 3.11 hashes NaN by object identity; a float here has no
/// identity, so every NaN hashes alike (NaN never equals itself, so lookups still miss).
pub const NAN_HASH: i64 = 0;

/// -1 is CPython's error marker, so no object hashes to it: it becomes -2.
#[inline]
fn not_minus_one(h: i64) -> i64 {
    if h == -1 { -2 } else { h }
}

/// `hash(i)` for an int that fits in 64 bits.
#[inline]
pub fn hash_int(i: i64) -> i64 {
    let reduced = (i.unsigned_abs() % MODULUS) as i64;
    not_minus_one(if i < 0 { -reduced } else { reduced })
}

/// `hash(n)` for an int of any size.
pub fn hash_big(n: &BigInt) -> i64 {
    if let Some(small) = n.to_i64() {
        return hash_int(small);
    }
    let reduced = (n.magnitude() % MODULUS).to_u64().unwrap_or(0) as i64;
    not_minus_one(if n.sign() == Sign::Minus {
        -reduced
    } else {
        reduced
    })
}

/// `hash(x)` for a float: finite values hash as the rational number they are, so an integral
/// float hashes like the equal int.
pub fn hash_float(x: f64) -> i64 {
    if x.is_nan() {
        return NAN_HASH;
    }
    if x.is_infinite() {
        return if x > 0.0 { INF } else { -INF };
    }
    if x == 0.0 {
        return 0;
    }
    // x = mantissa * 2**exponent with an integral mantissa below 2**53 (< MODULUS).
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7FF) as i64;
    let fraction = bits & ((1 << 52) - 1);
    let (mantissa, exponent) = if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1 << 52), biased - 1075)
    };
    // 2**61 is 1 modulo MODULUS, so multiplying by 2**e is a rotation by e mod 61 in 61 bits.
    let shift = exponent.rem_euclid(i64::from(MODULUS_BITS)) as u32;
    let rotated = if shift == 0 {
        mantissa
    } else {
        ((mantissa << shift) & MODULUS) | (mantissa >> (MODULUS_BITS - shift))
    };
    let reduced = (rotated % MODULUS) as i64;
    not_minus_one(if x < 0.0 { -reduced } else { reduced })
}

const XXPRIME_1: u64 = 11_400_714_785_074_694_791;
const XXPRIME_2: u64 = 14_029_467_366_897_019_727;
const XXPRIME_5: u64 = 2_870_177_450_012_600_261;

/// CPython's `tuplehash` over the items' hashes (an xxHash64 round per item).
pub fn combine_tuple_hashes(hashes: impl ExactSizeIterator<Item = i64>) -> i64 {
    let len = hashes.len() as u64;
    let mut acc = XXPRIME_5;
    for lane in hashes {
        acc = acc.wrapping_add((lane as u64).wrapping_mul(XXPRIME_2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(XXPRIME_1);
    }
    acc = acc.wrapping_add(len ^ (XXPRIME_5 ^ 3_527_539));
    if acc == u64::MAX {
        1_546_275_796
    } else {
        acc as i64
    }
}

/// `hash(t)` for a tuple: fails as CPython does when an item is unhashable.
pub fn hash_tuple(vm: &mut Vm, items: &[Value]) -> PyResult<i64> {
    let mut hashes = Vec::with_capacity(items.len());
    for item in items {
        hashes.push(hash_value(vm, item)?);
    }
    Ok(combine_tuple_hashes(hashes.into_iter()))
}

/// CPython's `_Py_HashPointer`: an address rotated so its always-zero low bits spread.
pub fn hash_pointer(address: usize) -> i64 {
    not_minus_one((address as u64).rotate_right(4) as i64)
}

/// `TypeError: unhashable type: 'list'`.
pub fn unhashable(value: &Value) -> PyErr {
    type_error(format!("unhashable type: '{}'", value.type_name()))
}

/// `hash(value)`.
pub fn hash_value(vm: &mut Vm, value: &Value) -> PyResult<i64> {
    Ok(match value {
        Value::Int(i) => hash_int(*i),
        Value::Bool(b) => i64::from(**b),
        Value::Str(s) => s.hash(),
        Value::Float(f) => hash_float(**f),
        Value::BigInt(n) => hash_big(n),
        Value::None => NONE_HASH,
        Value::Tuple(items) => {
            vm.enter_nested("")?;
            let result = hash_tuple(vm, items);
            vm.leave_frame();
            result?
        }
        Value::FrozenSet(set) => set.frozen_hash(),
        Value::Range(r) => {
            // CPython hashes the tuple (len, start, step), with None for the parts that do
            // not matter: (0, None, None) for empty ranges, (1, start, None) for one item.
            let len = r.len();
            let item = |i: i128| hash_big(&BigInt::from(i));
            let parts = match len {
                0 => [item(0), NONE_HASH, NONE_HASH],
                1 => [item(1), item(r.start), NONE_HASH],
                _ => [item(len), item(r.start), item(r.step)],
            };
            combine_tuple_hashes(parts.into_iter())
        }
        // Slices became hashable only in Python 3.12.
        Value::List(_) | Value::Dict(_) | Value::Set(_) | Value::Slice(_) => {
            return Err(unhashable(value));
        }
        Value::Null => 0,
        // Keys and items views compare like sets, so (as in CPython) they are unhashable;
        // values views hash by identity.
        Value::DictView(view) if view.kind != super::dict::ViewKind::Values => {
            return Err(unhashable(value));
        }
        Value::DictView(view) => hash_pointer(Rc::as_ptr(view) as usize),
        Value::Iter(x) => hash_pointer(Rc::as_ptr(x) as *const () as usize),
        Value::Function(x) => hash_pointer(Rc::as_ptr(x) as usize),
        Value::Builtin(x) => hash_pointer(*x as *const _ as usize),
        Value::Method(x) => hash_pointer(*x as *const _ as usize),
        Value::BoundMethod(x) => hash_pointer(Rc::as_ptr(x) as *const () as usize),
        // Equal methods (same function, identical receiver) hash alike.
        Value::PyMethod(x) => {
            hash_pointer(Rc::as_ptr(&x.func) as usize) ^ super::protocol::identity_hash(&x.receiver)
        }
        Value::Module(x) => hash_pointer(Rc::as_ptr(x) as usize),
        Value::Code(x) => hash_pointer(Rc::as_ptr(x) as usize),
        Value::Cell(x) => hash_pointer(Rc::as_ptr(x) as usize),
        Value::Type(x) => hash_pointer(Rc::as_ptr(x) as usize),
        Value::Instance(instance) => super::protocol::instance_hash(vm, value, instance)?,
        Value::Native(_) if super::deque::deque_of(value).is_some() => {
            return Err(unhashable(value));
        }
        Value::Native(x) => match &**x {
            super::descriptors::NativeObject::Complex(c) => super::complex::hash(*c),
            super::descriptors::NativeObject::Bytes(data) => super::bytes::hash(data),
            super::descriptors::NativeObject::ByteArray(_) => return Err(unhashable(value)),
            _ => hash_pointer(Rc::as_ptr(x) as usize),
        },
    })
}

/// Whether `==` between `value` and anything can be decided without running Python code
/// (no `__eq__` of a user class anywhere inside), so a table lookup may compare it while
/// holding a borrow of the table. Unknown kinds answer `false` and take the careful path.
pub fn eq_is_native(value: &Value) -> bool {
    native_within(value, NATIVE_CHECK_DEPTH)
}

/// Tuples nested deeper than this are not inspected (they take the careful path), so the
/// check itself never recurses deeply.
const NATIVE_CHECK_DEPTH: usize = 32;

fn native_within(value: &Value, depth: usize) -> bool {
    match value {
        Value::Int(_)
        | Value::Bool(_)
        | Value::Float(_)
        | Value::None
        | Value::Null
        | Value::Str(_)
        | Value::BigInt(_)
        | Value::Range(_)
        | Value::FrozenSet(_)
        | Value::Set(_)
        | Value::Function(_)
        | Value::Builtin(_)
        | Value::Method(_)
        | Value::Module(_)
        | Value::Code(_) => true,
        Value::Tuple(items) => depth > 0 && items.iter().all(|item| native_within(item, depth - 1)),
        _ => false,
    }
}

/// CPython's `PERTURB_SHIFT`.
const PERTURB_SHIFT: u32 = 5;

/// The open-addressing probe sequence of CPython's dict and set tables: start at
/// `hash & mask`, then `i = i * 5 + 1 + perturb` with `perturb` shifted right each step. Sets
/// also look at up to `linear_probes` neighbours of each position first (CPython's
/// `LINEAR_PROBES`, 9), when they fit before the end of the table.
#[derive(Clone, Copy)]
pub struct Probe {
    base: usize,
    offset: usize,
    run: usize,
    perturb: u64,
    mask: usize,
    linear_probes: usize,
}

impl Probe {
    /// The probe for `hash` in a table of `mask + 1` slots (a power of two).
    pub fn new(hash: i64, mask: usize, linear_probes: usize) -> Probe {
        let base = (hash as u64 as usize) & mask;
        Probe {
            base,
            offset: 0,
            run: Self::run_at(base, mask, linear_probes),
            perturb: hash as u64,
            mask,
            linear_probes,
        }
    }

    fn run_at(base: usize, mask: usize, linear_probes: usize) -> usize {
        if base + linear_probes <= mask {
            linear_probes
        } else {
            0
        }
    }

    /// The slot to look at now.
    #[inline]
    pub fn slot(&self) -> usize {
        self.base + self.offset
    }

    /// Moves to the next slot of the sequence.
    #[inline]
    pub fn advance(&mut self) {
        if self.offset < self.run {
            self.offset += 1;
            return;
        }
        self.perturb >>= PERTURB_SHIFT;
        self.base = self
            .base
            .wrapping_mul(5)
            .wrapping_add(1)
            .wrapping_add(self.perturb as usize)
            & self.mask;
        self.offset = 0;
        self.run = Self::run_at(self.base, self.mask, self.linear_probes);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn int_hashes_match_cpython() {
        assert_eq!(hash_int(-1), -2);
        assert_eq!(hash_int(-2), -2);
        assert_eq!(hash_int(i64::MAX), 3);
        assert_eq!(hash_big(&(BigInt::from(1) << 61u32)), 1);
        assert_eq!(hash_big(&((BigInt::from(1) << 61u32) - 1)), 0);
        let e30 = BigInt::from(10).pow(30);
        assert_eq!(hash_big(&e30), 465_258_685_558_744_706);
        assert_eq!(hash_big(&-e30), -465_258_685_558_744_706);
    }

    #[test]
    fn float_hashes_match_cpython() {
        assert_eq!(hash_float(1.5), 1_152_921_504_606_846_977);
        assert_eq!(hash_float(-2.25), -576_460_752_303_423_490);
        assert_eq!(hash_float(1e300), 1_224_995_262_755_759_164);
        assert_eq!(hash_float(1e-300), 482_449_582_752_280_463);
        assert_eq!(hash_float(0.1), 230_584_300_921_369_408);
        assert_eq!(hash_float(f64::INFINITY), 314_159);
        assert_eq!(hash_float(f64::NEG_INFINITY), -314_159);
        assert_eq!(hash_float(-1.0), -2);
        assert_eq!(hash_float(3.0), 3);
        assert_eq!(hash_float(-0.0), 0);
    }

    #[test]
    fn tuple_hashes_match_cpython() {
        assert_eq!(
            combine_tuple_hashes(std::iter::empty()),
            5_740_354_900_026_072_187
        );
        assert_eq!(
            combine_tuple_hashes([1].into_iter()),
            -6_644_214_454_873_602_895
        );
        assert_eq!(
            combine_tuple_hashes([1, 2].into_iter()),
            -3_550_055_125_485_641_917
        );
        let inner = combine_tuple_hashes([2, 3].into_iter());
        assert_eq!(
            combine_tuple_hashes([1, inner].into_iter()),
            7_267_574_591_690_527_098
        );
        assert_eq!(
            combine_tuple_hashes([-2].into_iter()),
            8_078_679_518_589_016_365
        );
        // hash(range(0, 10, 2)) is hash((5, 0, 2)).
        assert_eq!(
            combine_tuple_hashes([5, 0, 2].into_iter()),
            -6_143_170_332_311_272_345
        );
    }
}
