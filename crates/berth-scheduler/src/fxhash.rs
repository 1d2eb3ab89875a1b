//! A small, fast, non-cryptographic hasher for the scheduler's internal maps (interned values,
//! task groups, memoised expression results), after rustc's FxHash.
//!
//! The standard SipHash showed up at several percent of placement time on 10,000 instances;
//! these maps are keyed by data the scheduler itself derives, and iteration order never leaks
//! into a decision, so hash flooding and ordering are not concerns here. Must not be used for
//! anything an outside party can key at will with a denial-of-service motive.

use std::hash::{BuildHasherDefault, Hasher};

/// `HashMap` with [`FxHasher`].
pub(crate) type FxHashMap<K, V> = std::collections::HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// FxHash: multiply-rotate per word.
#[derive(Default, Clone, Copy)]
pub(crate) struct FxHasher(u64);

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut word = [0u8; 8];
            word[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(word));
        }
    }

    fn write_u8(&mut self, value: u8) {
        self.add(u64::from(value));
    }

    fn write_u32(&mut self, value: u32) {
        self.add(u64::from(value));
    }

    fn write_u64(&mut self, value: u64) {
        self.add(value);
    }

    fn write_u128(&mut self, value: u128) {
        self.add(value as u64);
        self.add((value >> 64) as u64);
    }

    fn write_usize(&mut self, value: usize) {
        self.add(value as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_keys_hash_equally_and_maps_work() {
        let mut map: FxHashMap<&str, u32> = FxHashMap::default();
        for (i, key) in [
            "a",
            "us-east-1a",
            "us-east-1b",
            "a-much-longer-key-than-eight",
        ]
        .into_iter()
        .enumerate()
        {
            map.insert(key, i as u32);
        }
        assert_eq!(map.get("us-east-1b"), Some(&2));
        assert_eq!(map.get("a-much-longer-key-than-eight"), Some(&3));
        assert_eq!(map.get("us-east-1c"), None);
    }
}
