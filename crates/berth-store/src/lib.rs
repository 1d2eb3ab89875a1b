//! berth's state store: every piece of control-plane state (clusters, task definitions, tasks,
//! container instances, services) lives in a revisioned key-value store behind the [`Store`]
//! trait.
//!
//! The semantics are etcd v3's, so an etcd backend can implement the same trait: one global,
//! monotonically increasing revision; per-key `create_revision`, `mod_revision` and `version`;
//! transactions of compares plus operations applied atomically at one new revision; ordered,
//! paged prefix reads; watches that replay from a revision and then follow live changes, with an
//! explicit `Compacted` error once that history is gone.
//!
//! Backends: [`SqliteStore`] (embedded default: WAL, group commit, crash-safe) and
//! [`MemoryStore`] (tests). The `conformance` feature compiles the semantic test suite every
//! backend must pass. [`record`] is the versioned envelope persisted values are wrapped in.
//!
//! Architecture invariant: only this crate (and a future etcd store crate) knows SQL. It knows
//! nothing of ECS: keys and values are opaque here.

mod engine;
pub mod error;
pub mod memory;
pub mod record;
pub mod sqlite;
pub mod store;
pub mod types;
mod watch;

#[cfg(feature = "conformance")]
pub mod conformance;

pub use error::{Result, StoreError};
pub use memory::MemoryStore;
pub use record::{decode, decode_envelope, encode, Envelope, Record, RecordError};
pub use sqlite::{Durability, SqliteOptions, SqliteStore, WriterStats};
pub use store::{Store, WatchStream};
pub use types::{
    Compare, Event, EventKind, KeyValue, Op, RangePage, Txn, TxnOutcome, MAX_KEY_BYTES,
    MAX_TXN_OPS, MAX_VALUE_BYTES,
};
pub use watch::DEFAULT_HISTORY_REVISIONS;
