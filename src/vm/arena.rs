//! The frame arena: a LIFO stack of `Value` slots carved into per-frame windows (locals followed
//! by the value stack), as CPython 3.11 keeps frames in a per-thread data stack. Memory comes in
//! fixed chunks that never move, so raw pointers into a live window stay valid; chunks are kept
//! when freed, so a call makes no global-heap allocation once the deepest recursion has been seen.

use std::mem::MaybeUninit;

use crate::runtime::Value;

/// Slots per chunk (16 bytes each: 1 MiB chunks).
const CHUNK_SLOTS: usize = 1 << 16;

struct Chunk {
    slots: Box<[MaybeUninit<Value>]>,
    used: usize,
}

/// Where a window was carved, to give it back in LIFO order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ArenaMark {
    chunk: usize,
    used: usize,
}

pub struct ValueArena {
    chunks: Vec<Chunk>,
    current: usize,
}

impl Default for ValueArena {
    fn default() -> Self {
        Self::new()
    }
}

impl ValueArena {
    pub fn new() -> ValueArena {
        ValueArena {
            chunks: Vec::new(),
            current: 0,
        }
    }

    /// Carves `n` slots without initialising them: the caller must write every slot it will
    /// later read or drop.
    #[inline]
    pub fn alloc_uninit(&mut self, n: usize) -> (*mut Value, ArenaMark) {
        loop {
            if self.current < self.chunks.len() {
                let chunk = &mut self.chunks[self.current];
                if chunk.slots.len() - chunk.used >= n {
                    let mark = ArenaMark {
                        chunk: self.current,
                        used: chunk.used,
                    };
                    // SAFETY: `used + n <= len`, so the range is inside this chunk's allocation.
                    let start = unsafe { chunk.slots.as_mut_ptr().add(chunk.used) } as *mut Value;
                    chunk.used += n;
                    return (start, mark);
                }
                if chunk.used == 0 {
                    // An empty chunk too small for this frame: replace it with a larger one.
                    chunk.slots = Box::new_uninit_slice(n.max(CHUNK_SLOTS));
                    continue;
                }
                self.current += 1;
                continue;
            }
            self.chunks.push(Chunk {
                slots: Box::new_uninit_slice(n.max(CHUNK_SLOTS)),
                used: 0,
            });
        }
    }

    /// Gives back the window carved at `mark` and everything carved after it. The caller must
    /// already have dropped (or moved out) every value in those slots.
    pub fn release(&mut self, mark: ArenaMark) {
        for chunk in &mut self.chunks[mark.chunk + 1..] {
            chunk.used = 0;
        }
        self.chunks[mark.chunk].used = mark.used;
        self.current = mark.chunk;
    }

    /// Total slots reserved from the global heap (for tests and statistics).
    pub fn capacity(&self) -> usize {
        self.chunks.iter().map(|c| c.slots.len()).sum()
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
}
