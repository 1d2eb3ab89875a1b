//! The store's data vocabulary: keys and values with their revisions, transactions (compares and
//! operations), their outcomes, range pages and watch events, plus the structural limits a
//! transaction must respect.
//!
//! This module is pure (no I/O). The semantics follow etcd v3 so that an etcd backend can map
//! every type one-to-one: a single global revision counter, per-key `create_revision`,
//! `mod_revision` and `version`, transactions of compares plus operations applied atomically at
//! one new revision. It must not grow operations etcd cannot perform in one transaction.

use crate::error::{Result, StoreError};

/// Longest accepted key in bytes. Keys are hierarchical paths such as
/// `clusters/<name>/tasks/<id>`; 4 KiB leaves ample room while keeping index pages small.
pub const MAX_KEY_BYTES: usize = 4096;

/// Largest accepted value in bytes: etcd's default `--max-request-bytes` (1.5 MiB), so a value
/// accepted here is also accepted by an etcd backend with default settings.
pub const MAX_VALUE_BYTES: usize = 1536 * 1024;

/// Most compares, and most operations, in one transaction: etcd's default `--max-txn-ops` (128).
pub const MAX_TXN_OPS: usize = 128;

/// One key with its value and revision metadata, as of some store revision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyValue {
    /// The key (compared and ordered by its UTF-8 bytes).
    pub key: String,
    /// The value; empty in a delete event.
    pub value: Vec<u8>,
    /// The revision at which the key was last created (0 in a delete event).
    pub create_revision: u64,
    /// The revision of the last change to the key.
    pub mod_revision: u64,
    /// Number of puts since the key was last created (1 after creation; 0 in a delete event).
    pub version: u64,
}

/// A condition a transaction checks before applying its operations.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Compare {
    /// The key's `mod_revision` equals `equals`; `equals == 0` means the key must not exist.
    ModRevision {
        /// The key to check.
        key: String,
        /// The expected `mod_revision` (0: absent).
        equals: u64,
    },
    /// The key exists.
    Exists {
        /// The key to check.
        key: String,
    },
    /// The key does not exist.
    NotExists {
        /// The key to check.
        key: String,
    },
}

impl Compare {
    /// The key this compare reads.
    pub fn key(&self) -> &str {
        match self {
            Compare::ModRevision { key, .. }
            | Compare::Exists { key }
            | Compare::NotExists { key } => key,
        }
    }

    /// Whether the compare holds given the key's current state.
    pub fn holds(&self, current: Option<&KeyValue>) -> bool {
        match self {
            Compare::ModRevision { equals, .. } => {
                current.map_or(0, |kv| kv.mod_revision) == *equals
            }
            Compare::Exists { .. } => current.is_some(),
            Compare::NotExists { .. } => current.is_none(),
        }
    }
}

/// A write applied when every compare of its transaction holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Op {
    /// Creates or replaces a key's value.
    Put {
        /// The key to write.
        key: String,
        /// The new value.
        value: Vec<u8>,
    },
    /// Deletes a key if it exists.
    Delete {
        /// The key to delete.
        key: String,
    },
    /// Deletes every key that starts with `prefix` (which must not be empty).
    DeletePrefix {
        /// The non-empty prefix to delete.
        prefix: String,
    },
}

impl Op {
    /// A put of `value` at `key`.
    pub fn put(key: impl Into<String>, value: impl Into<Vec<u8>>) -> Op {
        Op::Put {
            key: key.into(),
            value: value.into(),
        }
    }

    /// A delete of `key`.
    pub fn delete(key: impl Into<String>) -> Op {
        Op::Delete { key: key.into() }
    }

    /// A delete of every key under `prefix`.
    pub fn delete_prefix(prefix: impl Into<String>) -> Op {
        Op::DeletePrefix {
            prefix: prefix.into(),
        }
    }
}

/// A transaction: if every compare holds, every operation applies atomically at one new
/// revision; otherwise nothing changes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Txn {
    /// Conditions, all of which must hold.
    pub compares: Vec<Compare>,
    /// Operations applied when they do.
    pub success: Vec<Op>,
}

impl Txn {
    /// An empty transaction.
    pub fn new() -> Txn {
        Txn::default()
    }

    /// Adds a condition.
    pub fn when(mut self, compare: Compare) -> Txn {
        self.compares.push(compare);
        self
    }

    /// Adds an operation.
    pub fn then(mut self, op: Op) -> Txn {
        self.success.push(op);
        self
    }

    /// Checks the structural rules every backend enforces before looking at any data, the same
    /// rules etcd enforces: bounded sizes, no key put twice, no put inside a deleted range.
    /// Deletes may overlap each other (the later ones then find nothing).
    pub fn validate(&self) -> Result<()> {
        if self.compares.len() > MAX_TXN_OPS || self.success.len() > MAX_TXN_OPS {
            return Err(StoreError::InvalidTxn(format!(
                "{} compares and {} operations; at most {MAX_TXN_OPS} of each",
                self.compares.len(),
                self.success.len()
            )));
        }
        for compare in &self.compares {
            validate_key(compare.key())?;
        }
        let mut puts: Vec<&str> = Vec::new();
        let mut deletes: Vec<(&str, bool)> = Vec::new();
        for op in &self.success {
            match op {
                Op::Put { key, value } => {
                    validate_key(key)?;
                    if value.len() > MAX_VALUE_BYTES {
                        return Err(StoreError::InvalidTxn(format!(
                            "value of {key:?} has {} bytes; at most {MAX_VALUE_BYTES}",
                            value.len()
                        )));
                    }
                    puts.push(key);
                }
                Op::Delete { key } => {
                    validate_key(key)?;
                    deletes.push((key, false));
                }
                Op::DeletePrefix { prefix } => {
                    // An empty prefix would wipe the whole store; no caller means that.
                    validate_key(prefix)?;
                    deletes.push((prefix, true));
                }
            }
        }
        puts.sort_unstable();
        if let Some(pair) = puts.windows(2).find(|pair| pair[0] == pair[1]) {
            return Err(StoreError::InvalidTxn(format!(
                "key {:?} is put twice",
                pair[0]
            )));
        }
        for put in &puts {
            let hit = deletes.iter().find(|(target, is_prefix)| {
                if *is_prefix {
                    put.starts_with(target)
                } else {
                    put == target
                }
            });
            if let Some((target, _)) = hit {
                return Err(StoreError::InvalidTxn(format!(
                    "key {put:?} is both put and deleted (by {target:?})"
                )));
            }
        }
        Ok(())
    }
}

/// Checks that a key is non-empty and not longer than [`MAX_KEY_BYTES`].
pub fn validate_key(key: &str) -> Result<()> {
    if key.is_empty() {
        return Err(StoreError::InvalidKey("empty key".to_owned()));
    }
    if key.len() > MAX_KEY_BYTES {
        return Err(StoreError::InvalidKey(format!(
            "key has {} bytes; at most {MAX_KEY_BYTES}",
            key.len()
        )));
    }
    Ok(())
}

/// What happened to a transaction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TxnOutcome {
    /// Every compare held and every operation applied. `revision` is the new revision, or the
    /// unchanged current revision when the operations changed nothing (no operations, or only
    /// deletes of absent keys): as in etcd, the revision moves only when a key changes.
    Committed {
        /// The revision the transaction's changes carry.
        revision: u64,
    },
    /// The compare at `failed_compare_index` (the first that failed) did not hold; nothing
    /// changed.
    Conflict {
        /// Index into `Txn::compares` of the first compare that failed.
        failed_compare_index: usize,
    },
}

impl TxnOutcome {
    /// The committed revision, or `None` on conflict.
    pub fn revision(self) -> Option<u64> {
        match self {
            TxnOutcome::Committed { revision } => Some(revision),
            TxnOutcome::Conflict { .. } => None,
        }
    }
}

/// One page of a prefix range read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RangePage {
    /// Keys under the prefix, ordered by key bytes.
    pub items: Vec<KeyValue>,
    /// The store revision the read observed (a consistent snapshot).
    pub revision: u64,
    /// Whether more keys under the prefix follow the last item (continue with
    /// `start_after = last key`).
    pub more: bool,
}

/// What kind of change an event reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventKind {
    /// The key was created or replaced.
    Put,
    /// The key was deleted.
    Delete,
}

/// One change to one key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    /// Put or delete.
    pub kind: EventKind,
    /// The key after the change; for a delete, the value is empty, `create_revision` and
    /// `version` are 0 and `mod_revision` is the deletion's revision (as in etcd).
    pub kv: KeyValue,
    /// The revision of the change (equal to `kv.mod_revision`).
    pub revision: u64,
}

/// The smallest byte string greater than every string starting with `prefix`, or `None` when
/// there is none (empty prefix, or all bytes 0xff). Used for `[prefix, end)` range scans.
pub fn prefix_end(prefix: &[u8]) -> Option<Vec<u8>> {
    let mut end = prefix.to_vec();
    while let Some(last) = end.pop() {
        if last < 0xff {
            end.push(last + 1);
            return Some(end);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validate_table() {
        let big = vec![0u8; MAX_VALUE_BYTES + 1];
        let cases: Vec<(&str, Txn, bool)> = vec![
            ("empty txn", Txn::new(), true),
            ("one put", Txn::new().then(Op::put("a", "1")), true),
            (
                "duplicate put",
                Txn::new().then(Op::put("a", "1")).then(Op::put("a", "2")),
                false,
            ),
            (
                "put and delete same key",
                Txn::new().then(Op::put("a", "1")).then(Op::delete("a")),
                false,
            ),
            (
                "put inside deleted prefix",
                Txn::new()
                    .then(Op::delete_prefix("a/"))
                    .then(Op::put("a/b", "1")),
                false,
            ),
            (
                "put beside deleted prefix",
                Txn::new()
                    .then(Op::delete_prefix("a/"))
                    .then(Op::put("ab", "1")),
                true,
            ),
            (
                "overlapping deletes",
                Txn::new()
                    .then(Op::delete("a/b"))
                    .then(Op::delete_prefix("a/")),
                true,
            ),
            ("empty key", Txn::new().then(Op::put("", "1")), false),
            (
                "empty prefix",
                Txn::new().then(Op::delete_prefix("")),
                false,
            ),
            (
                "empty compare key",
                Txn::new().when(Compare::Exists { key: String::new() }),
                false,
            ),
            ("value too large", Txn::new().then(Op::put("a", big)), false),
            (
                "key too long",
                Txn::new().then(Op::put("k".repeat(MAX_KEY_BYTES + 1), "")),
                false,
            ),
            (
                "too many ops",
                Txn {
                    compares: vec![],
                    success: (0..=MAX_TXN_OPS)
                        .map(|i| Op::put(i.to_string(), ""))
                        .collect(),
                },
                false,
            ),
            (
                "max ops",
                Txn {
                    compares: vec![],
                    success: (0..MAX_TXN_OPS)
                        .map(|i| Op::put(i.to_string(), ""))
                        .collect(),
                },
                true,
            ),
        ];
        for (name, txn, ok) in cases {
            assert_eq!(txn.validate().is_ok(), ok, "{name}: {:?}", txn.validate());
        }
    }

    #[test]
    fn prefix_end_table() {
        let cases: &[(&[u8], Option<&[u8]>)] = &[
            (b"", None),
            (b"a", Some(b"b")),
            (b"a/", Some(b"a0")),
            (b"a\xff", Some(b"b")),
            (b"\xff\xff", None),
        ];
        for (prefix, want) in cases {
            assert_eq!(prefix_end(prefix).as_deref(), *want, "{prefix:?}");
        }
    }

    #[test]
    fn compare_holds_table() {
        let kv = KeyValue {
            key: "k".into(),
            value: vec![],
            create_revision: 3,
            mod_revision: 5,
            version: 2,
        };
        let key = || "k".to_owned();
        let cases = [
            (
                Compare::ModRevision {
                    key: key(),
                    equals: 5,
                },
                Some(&kv),
                true,
            ),
            (
                Compare::ModRevision {
                    key: key(),
                    equals: 3,
                },
                Some(&kv),
                false,
            ),
            (
                Compare::ModRevision {
                    key: key(),
                    equals: 0,
                },
                Some(&kv),
                false,
            ),
            (
                Compare::ModRevision {
                    key: key(),
                    equals: 0,
                },
                None,
                true,
            ),
            (
                Compare::ModRevision {
                    key: key(),
                    equals: 5,
                },
                None,
                false,
            ),
            (Compare::Exists { key: key() }, Some(&kv), true),
            (Compare::Exists { key: key() }, None, false),
            (Compare::NotExists { key: key() }, Some(&kv), false),
            (Compare::NotExists { key: key() }, None, true),
        ];
        for (compare, current, want) in cases {
            assert_eq!(compare.holds(current), want, "{compare:?} on {current:?}");
        }
    }

    fn in_bounds(key: &[u8], prefix: &[u8]) -> bool {
        key >= prefix && prefix_end(prefix).is_none_or(|end| key < end.as_slice())
    }

    proptest::proptest! {
        #[test]
        fn prefix_range_is_exactly_the_prefixed_keys(
            prefix in proptest::collection::vec(proptest::sample::select(vec![0u8, 1, b'a', 0xfe, 0xff]), 0..4),
            suffix in proptest::collection::vec(proptest::sample::select(vec![0u8, 1, b'a', 0xfe, 0xff]), 0..4),
            other in proptest::collection::vec(proptest::sample::select(vec![0u8, 1, b'a', 0xfe, 0xff]), 0..6),
        ) {
            let mut extended = prefix.clone();
            extended.extend_from_slice(&suffix);
            proptest::prop_assert!(in_bounds(&extended, &prefix));
            proptest::prop_assert_eq!(in_bounds(&other, &prefix), other.starts_with(&prefix));
        }
    }
}
