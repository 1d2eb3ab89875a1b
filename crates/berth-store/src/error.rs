//! The store's error type, shared by the trait and every backend.
//!
//! Errors carry strings rather than source errors so they are `Clone`: one failed group-commit
//! batch has to report the same error to every caller in it. Backends map their native errors
//! (SQLite result codes, I/O errors) here; nothing outside this crate sees SQL.

use thiserror::Error;

/// Result alias used throughout the store.
pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// Everything a store operation can fail with. A failed call changed nothing, except where a
/// variant says the outcome is unknown.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum StoreError {
    /// The backend could not read or write its storage. For a `txn` this means the outcome is
    /// unknown (the commit may or may not have become durable), as with an etcd timeout: re-read.
    #[error("store I/O error: {0}")]
    Io(String),
    /// Persisted data is not what this code wrote (bad file, unreadable row, bad revision).
    #[error("store data is corrupt: {0}")]
    Corrupt(String),
    /// The requested revision's history has been discarded; re-list, then watch from the listed
    /// revision + 1.
    #[error("revision {requested} has been compacted; the oldest watchable revision is {compact_revision}")]
    Compacted {
        /// The revision the caller asked for.
        requested: u64,
        /// The oldest revision that can still be watched from.
        compact_revision: u64,
    },
    /// A revision beyond the store's current revision was given where only past revisions make
    /// sense (compaction).
    #[error("revision {requested} is in the future; the current revision is {current}")]
    FutureRevision {
        /// The revision the caller asked for.
        requested: u64,
        /// The store's current revision.
        current: u64,
    },
    /// The store has been shut down (its writer is gone).
    #[error("the store is closed")]
    Closed,
    /// A key is empty or too long.
    #[error("invalid key: {0}")]
    InvalidKey(String),
    /// A transaction breaks a structural rule (too many operations, the same key written twice,
    /// a put inside a deleted prefix, an oversized value).
    #[error("invalid transaction: {0}")]
    InvalidTxn(String),
    /// The database was written by a newer berth whose schema this build does not know.
    #[error("store schema version {found} is newer than this build supports ({supported})")]
    SchemaTooNew {
        /// The schema version found on disk.
        found: i64,
        /// The newest schema version this build can open.
        supported: i64,
    },
    /// Another process holds the store's directory.
    #[error("store directory is locked by another process: {0}")]
    Locked(String),
    /// A record envelope could not be encoded or decoded.
    #[error(transparent)]
    Record(#[from] crate::record::RecordError),
}
