//! Fallible allocation for sizes a script controls. Rust's collections abort the process when the
//! allocator refuses a request; every buffer whose size a script chooses (repetition,
//! concatenation, joins, `%` padding, building lists, big-int results) is reserved through these
//! helpers instead, so a refused request becomes a Python `MemoryError` as in CPython. Requests
//! past `MAX_OBJECT_BYTES` are refused up front, before the kernel's overcommit can accept a
//! block it cannot back. Never used for small, bounded allocations.

use std::alloc::Layout;

use super::exception::{MAX_OBJECT_BYTES, PyResult, memory_error};

/// Requests up to this size take the infallible allocation path: failing to find a mebibyte means
/// the process is about to fail anyway, and the fallible path costs a hundred instructions more
/// per string concatenation (measured with callgrind on `perf/strings.py`).
const SMALL_BYTES: usize = 1 << 20;

/// MemoryError unless `bytes` is at most `MAX_OBJECT_BYTES`.
fn within_object_limit(bytes: usize) -> PyResult<()> {
    if bytes <= MAX_OBJECT_BYTES {
        Ok(())
    } else {
        Err(memory_error())
    }
}

/// Makes room for `additional` more bytes in `text` (amortised growth), or raises MemoryError.
#[inline]
pub fn reserve_text(text: &mut String, additional: usize) -> PyResult<()> {
    if text.len().saturating_add(additional) <= SMALL_BYTES {
        text.reserve(additional);
        return Ok(());
    }
    within_object_limit(text.len().saturating_add(additional))?;
    text.try_reserve(additional).map_err(|_| memory_error())
}

/// An empty string with room for exactly `bytes` bytes, or MemoryError.
#[inline(always)]
pub fn text_with_capacity(bytes: usize) -> PyResult<String> {
    if bytes <= SMALL_BYTES {
        return Ok(String::with_capacity(bytes));
    }
    large_text_with_capacity(bytes)
}

#[inline(never)]
fn large_text_with_capacity(bytes: usize) -> PyResult<String> {
    within_object_limit(bytes)?;
    let mut text = String::new();
    text.try_reserve_exact(bytes).map_err(|_| memory_error())?;
    Ok(text)
}

/// Appends `piece` to `text`, growing it fallibly.
pub fn push_text(text: &mut String, piece: &str) -> PyResult<()> {
    reserve_text(text, piece.len())?;
    text.push_str(piece);
    Ok(())
}

/// Appends `count` copies of `fill` to `text`, growing it fallibly. The run is written by
/// doubling copies, so a padding of two billion characters is a few large copies.
pub fn push_repeated(text: &mut String, fill: char, count: usize) -> PyResult<()> {
    if count == 0 {
        return Ok(());
    }
    let total = count.saturating_mul(fill.len_utf8());
    reserve_text(text, total)?;
    let start = text.len();
    text.push(fill);
    while text.len() - start < total {
        let written = text.len() - start;
        text.extend_from_within(start..start + written.min(total - written));
    }
    Ok(())
}

/// Makes room for `additional` more items in `items` (amortised growth), or raises MemoryError.
#[inline]
pub fn reserve_items<T>(items: &mut Vec<T>, additional: usize) -> PyResult<()> {
    let bytes = items
        .len()
        .saturating_add(additional)
        .saturating_mul(std::mem::size_of::<T>());
    if bytes <= SMALL_BYTES {
        items.reserve(additional);
        return Ok(());
    }
    within_object_limit(bytes)?;
    items.try_reserve(additional).map_err(|_| memory_error())
}

/// An empty vector with room for exactly `count` items, or MemoryError.
#[inline]
pub fn items_with_capacity<T>(count: usize) -> PyResult<Vec<T>> {
    if count.saturating_mul(std::mem::size_of::<T>()) <= SMALL_BYTES {
        return Ok(Vec::with_capacity(count));
    }
    within_object_limit(count.saturating_mul(std::mem::size_of::<T>()))?;
    let mut items = Vec::new();
    items.try_reserve_exact(count).map_err(|_| memory_error())?;
    Ok(items)
}

/// Requests smaller than this are not probed by `ensure_available`: failing to find a few
/// megabytes means the process is about to fail anyway, and probing costs a system call. It is
/// also above glibc's largest mmap threshold (32 MiB), so a probe is always a fresh mapping
/// that freeing returns to the system.
const PROBE_THRESHOLD: usize = 32 << 20;

/// Raises MemoryError unless `bytes` of address space can be obtained right now. For code that
/// allocates through a library that aborts on failure (big-int arithmetic): a block of that
/// size is obtained and freed before the library runs, so a result that cannot fit fails
/// cleanly instead of aborting. No page of the block is touched.
pub fn ensure_available(bytes: usize) -> PyResult<()> {
    ensure_available_blocks(bytes, 1)
}

/// Most blocks `ensure_available_blocks` probes at once.
const MAX_PROBE_BLOCKS: usize = 4;

/// `ensure_available` for `count` blocks of `block` bytes held at once (a result and the
/// operation's working copies). The probe goes to the global allocator the library uses, in
/// blocks of the sizes it will ask for: a single larger probe, or one of the system allocator,
/// succeeded where mimalloc then refused the library's request (a big int grown in a loop under
/// `ulimit -v`, `tests/memory_limits.rs`, release build) — freed blocks are reused for requests
/// of their size.
pub fn ensure_available_blocks(block: usize, count: usize) -> PyResult<()> {
    within_object_limit(block.saturating_mul(count))?;
    if block.saturating_mul(count) < PROBE_THRESHOLD {
        return Ok(());
    }
    let layout = Layout::from_size_align(block.max(1), 1).map_err(|_| memory_error())?;
    let mut blocks = [std::ptr::null_mut::<u8>(); MAX_PROBE_BLOCKS];
    let count = count.clamp(1, MAX_PROBE_BLOCKS);
    let mut failed = false;
    for slot in blocks.iter_mut().take(count) {
        // SAFETY: the layout's size is non-zero.
        *slot = unsafe { std::alloc::alloc(layout) };
        if slot.is_null() {
            failed = true;
            break;
        }
    }
    for block in blocks.into_iter().filter(|block| !block.is_null()) {
        // SAFETY: each non-null block was allocated above with this layout and never used.
        unsafe { std::alloc::dealloc(block, layout) };
    }
    if failed { Err(memory_error()) } else { Ok(()) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn oversized_requests_become_memory_errors() {
        let mut text = String::from("x");
        assert!(reserve_text(&mut text, usize::MAX).is_err());
        assert!(text_with_capacity(MAX_OBJECT_BYTES + 1).is_err());
        assert!(items_with_capacity::<u64>(usize::MAX / 4).is_err());
        assert!(ensure_available(usize::MAX).is_err());
        let mut items = vec![1u8];
        assert!(reserve_items(&mut items, usize::MAX).is_err());
        push_repeated(&mut text, '0', 3).unwrap();
        push_text(&mut text, "y").unwrap();
        assert_eq!(text, "x000y");
    }

    /// The probe's `unsafe` path (run under Miri by `.ci/run`): a block at the threshold is
    /// obtained and given back.
    #[test]
    fn available_memory_is_probed_and_released() {
        assert!(ensure_available(PROBE_THRESHOLD).is_ok());
    }
}
