//! A tiny deterministic pseudo-random generator (SplitMix64) for the fuzz harness: a campaign is
//! reproducible from its seed alone, and mutation `i` of seed `s` can be regenerated without
//! generating mutations `0..i` first. Not for anything but test-input generation.

/// SplitMix64 (Steele, Lea and Flood, 2014): a 64-bit counter passed through a bit mixer.
pub struct Rng {
    state: u64,
}

impl Rng {
    /// The generator for mutation `index` of the campaign `seed`.
    pub fn for_mutation(seed: u64, index: u64) -> Rng {
        let mut mixer = Rng { state: seed };
        let base = mixer.next_u64();
        Rng {
            state: base ^ index.wrapping_mul(0xD1B5_4A32_D192_ED03),
        }
    }

    pub fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..bound` (0 when `bound` is 0); the modulo bias is irrelevant here.
    pub fn below(&mut self, bound: usize) -> usize {
        if bound == 0 {
            return 0;
        }
        (self.next_u64() % bound as u64) as usize
    }

    /// A number in `low..=high`.
    pub fn between(&mut self, low: usize, high: usize) -> usize {
        low + self.below(high.saturating_sub(low) + 1)
    }

    /// One element of a non-empty slice.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}
