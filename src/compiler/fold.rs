//! Constant folding of binary operators, as CPython 3.11's AST optimizer does it: when both
//! operands are numeric constants and the result stays small (its `safe_multiply`,
//! `safe_power` and `safe_lshift` limits, 128-bit ints), the compiler emits the result as one
//! constant. Besides saving work, this decides which set displays are all-constant, and so
//! their iteration order (`{2**61 - 1, 0}` is a frozenset constant in CPython).

use num_bigint::BigInt;

use crate::bytecode::BinOp;
use crate::runtime::Value;

/// CPython's `MAX_INT_SIZE`: folded int results stay within this many bits.
const MAX_INT_BITS: u64 = 128;

fn int_bits(value: &Value) -> Option<u64> {
    match value {
        Value::Int(i) => Some(64 - i.unsigned_abs().leading_zeros() as u64),
        Value::Bool(b) => Some(**b as u64),
        Value::BigInt(big) => Some(big.bits()),
        _ => None,
    }
}

fn int_of(value: &Value) -> Option<BigInt> {
    match value {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(**b as i64)),
        Value::BigInt(big) => Some((**big).clone()),
        _ => None,
    }
}

fn is_number(value: &Value) -> bool {
    matches!(
        value,
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_)
    )
}

/// Whether CPython would refuse to fold `left op right` for the size of its result.
fn too_big(op: BinOp, left: &Value, right: &Value) -> bool {
    let (Some(a), Some(b)) = (int_bits(left), int_bits(right)) else {
        return false;
    };
    match op {
        BinOp::Multiply => a + b > MAX_INT_BITS,
        BinOp::Power => match int_of(right) {
            Some(exp) if exp.sign() != num_bigint::Sign::Minus && a > 0 => {
                u64::try_from(exp).map_or(true, |e| a.saturating_mul(e) > MAX_INT_BITS)
            }
            _ => false,
        },
        BinOp::LShift => match int_of(right) {
            Some(shift) if a > 0 => u64::try_from(shift).map_or(true, |s| a + s > MAX_INT_BITS),
            _ => false,
        },
        _ => false,
    }
}

/// `left op right` folded, or `None` when CPython would leave it to run time (non-numeric
/// operands, a result too large, or an operation that raises).
pub fn fold_binop(op: BinOp, left: Value, right: Value) -> Option<Value> {
    if !is_number(&left) || !is_number(&right) || op == BinOp::MatMul || too_big(op, &left, &right)
    {
        return None;
    }
    let mut scratch = crate::vm::Vm::new(
        crate::engine::ENGINES[0],
        Vec::new(),
        crate::vm::Output::Captured(Vec::new()),
    );
    crate::ops::binary_op(&mut scratch, op as u32, left, right).ok()
}
