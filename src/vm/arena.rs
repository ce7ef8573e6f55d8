//! The frame arena: a LIFO stack of `Value` slots carved into per-frame windows (locals followed
//! by the value stack), as CPython 3.11 keeps frames in a per-thread data stack. Memory comes in
//! fixed chunks that never move, so raw pointers into a live window stay valid; chunks are kept
//! when freed, so a call makes no global-heap allocation once the deepest recursion has been seen.
//!
//! Soundness: each chunk is owned through one raw base pointer taken when it was allocated, and
//! every window pointer is derived from that base by offset. Nothing ever re-borrows a chunk as a
//! whole (`&mut [_]`), so handing out a new window cannot invalidate the pointers engines hold
//! into older ones (checked under Miri's Stacked and Tree Borrows by `tests/miri.rs`).

use std::mem::MaybeUninit;
use std::ptr::NonNull;

use crate::runtime::Value;

/// Slots per chunk (16 bytes each: 1 MiB chunks). Under Miri, chunks are small so that the Miri
/// target's small programs cross chunk boundaries (the code paths are the same).
const CHUNK_SLOTS: usize = if cfg!(miri) { 1 << 9 } else { 1 << 16 };

/// One fixed block of slots, allocated as a boxed slice and owned through its base pointer.
struct Chunk {
    base: NonNull<MaybeUninit<Value>>,
    len: usize,
    used: usize,
}

impl Chunk {
    fn new(len: usize) -> Chunk {
        let slots: Box<[MaybeUninit<Value>]> = Box::new_uninit_slice(len);
        let base = NonNull::from(Box::leak(slots)).cast::<MaybeUninit<Value>>();
        Chunk { base, len, used: 0 }
    }
}

impl Drop for Chunk {
    fn drop(&mut self) {
        let slots = std::ptr::slice_from_raw_parts_mut(self.base.as_ptr(), self.len);
        // SAFETY: `base` and `len` describe the boxed slice leaked in `Chunk::new`, which nothing
        // else frees. Its slots are `MaybeUninit`, so freeing runs no destructors (the engines drop
        // every live value before they release a window).
        drop(unsafe { Box::from_raw(slots) });
    }
}

/// Where a window was carved, to give it back in LIFO order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct ArenaMark {
    chunk: usize,
    used: usize,
}

pub(crate) struct ValueArena {
    chunks: Vec<Chunk>,
    current: usize,
}

impl Default for ValueArena {
    fn default() -> Self {
        Self::new()
    }
}

impl ValueArena {
    pub(crate) fn new() -> ValueArena {
        ValueArena {
            chunks: Vec::new(),
            current: 0,
        }
    }

    /// Carves `n` slots without initialising them: the caller must write every slot it will
    /// later read or drop. The pointer stays valid until the window is released.
    #[inline]
    pub(crate) fn alloc_uninit(&mut self, n: usize) -> (*mut Value, ArenaMark) {
        loop {
            if let Some(chunk) = self.chunks.get_mut(self.current) {
                if chunk.len - chunk.used >= n {
                    let mark = ArenaMark {
                        chunk: self.current,
                        used: chunk.used,
                    };
                    // SAFETY: `used + n <= len`, so the window lies inside this chunk's allocation;
                    // the pointer derives from the chunk's base, keeping its provenance.
                    let start = unsafe { chunk.base.as_ptr().add(chunk.used) }.cast::<Value>();
                    chunk.used += n;
                    return (start, mark);
                }
                if chunk.used == 0 {
                    // An empty chunk too small for this frame: replace it with a larger one.
                    *chunk = Chunk::new(n.max(CHUNK_SLOTS));
                    continue;
                }
                self.current += 1;
                continue;
            }
            self.chunks.push(Chunk::new(n.max(CHUNK_SLOTS)));
        }
    }

    /// Gives back the window carved at `mark` and everything carved after it. The caller must
    /// already have dropped (or moved out) every value in those slots.
    pub(crate) fn release(&mut self, mark: ArenaMark) {
        for chunk in self.chunks.iter_mut().skip(mark.chunk + 1) {
            chunk.used = 0;
        }
        if let Some(chunk) = self.chunks.get_mut(mark.chunk) {
            chunk.used = mark.used;
        }
        self.current = mark.chunk;
    }

    /// Total slots reserved from the global heap.
    #[cfg(test)]
    fn capacity(&self) -> usize {
        self.chunks.iter().map(|c| c.len).sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_are_lifo_and_chunks_are_reused() {
        let mut arena = ValueArena::new();
        let (a, mark_a) = arena.alloc_uninit(10);
        let (b, mark_b) = arena.alloc_uninit(CHUNK_SLOTS);
        assert_ne!(a, b);
        arena.release(mark_b);
        let capacity = arena.capacity();
        let (b2, mark_b2) = arena.alloc_uninit(CHUNK_SLOTS);
        assert_eq!(b, b2);
        assert_eq!(arena.capacity(), capacity);
        arena.release(mark_b2);
        arena.release(mark_a);
        assert_eq!(arena.alloc_uninit(1).0, a);
    }

    #[test]
    fn a_window_larger_than_a_chunk_gets_a_chunk_of_its_own() {
        let mut arena = ValueArena::new();
        let (small, mark) = arena.alloc_uninit(3);
        let (big, big_mark) = arena.alloc_uninit(CHUNK_SLOTS * 2 + 1);
        // SAFETY: every slot written belongs to the window it is written through.
        unsafe {
            small.write(Value::Int(1));
            big.write(Value::Int(2));
            big.add(CHUNK_SLOTS * 2).write(Value::Int(3));
            assert!(matches!(big.add(CHUNK_SLOTS * 2).read(), Value::Int(3)));
            assert!(matches!(big.read(), Value::Int(2)));
        }
        arena.release(big_mark);
        // The empty chunk left behind is replaced by a larger one when a bigger window comes.
        let (bigger, bigger_mark) = arena.alloc_uninit(CHUNK_SLOTS * 3);
        // SAFETY: as above.
        unsafe {
            bigger.add(CHUNK_SLOTS * 3 - 1).write(Value::Int(4));
            assert!(matches!(
                bigger.add(CHUNK_SLOTS * 3 - 1).read(),
                Value::Int(4)
            ));
            assert!(matches!(small.read(), Value::Int(1)));
        }
        arena.release(bigger_mark);
        arena.release(mark);
    }

    #[test]
    fn older_windows_stay_usable_while_newer_ones_are_carved() {
        let mut arena = ValueArena::new();
        let (first, mark) = arena.alloc_uninit(2);
        // SAFETY: both slots belong to the window just carved.
        unsafe {
            first.write(Value::Int(1));
            first.add(1).write(Value::Int(2));
        }
        let (second, _) = arena.alloc_uninit(CHUNK_SLOTS);
        let (third, _) = arena.alloc_uninit(3);
        // SAFETY: `second` and `third` are live windows; `first`'s slots were initialised above.
        unsafe {
            second.write(Value::Int(3));
            third.write(Value::Int(4));
            assert!(matches!(first.read(), Value::Int(1)));
            assert!(matches!(first.add(1).read(), Value::Int(2)));
            assert!(matches!(second.read(), Value::Int(3)));
            assert!(matches!(third.read(), Value::Int(4)));
        }
        arena.release(mark);
    }
}
