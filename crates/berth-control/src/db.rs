//! Typed access to records in the store: load, list, and revision-checked commits.
//!
//! Every write goes through [`Commit`], which carries the compare on each record it replaces, so
//! that a concurrent change turns into a retry rather than a lost update.

use crate::error::{EcsError, EcsResult};
use crate::records::Record;
use crate::ControlPlane;
use berth_store::{Compare, Op, Store, Txn, TxnOutcome};
use serde::de::DeserializeOwned;
use serde::Deserialize;

/// How many times an optimistic update is retried before the request fails as a server fault.
/// Conflicts only happen under concurrent writes to the same record; a few retries absorb them.
pub const MAX_CONFLICT_RETRIES: usize = 32;

/// A record with the store revision it was read at.
#[derive(Debug, Clone)]
pub struct Versioned<T> {
    pub key: String,
    pub record: T,
    pub mod_revision: u64,
}

pub fn encode<T: Record>(record: &T) -> EcsResult<Vec<u8>> {
    berth_store::encode(T::KIND, T::VERSION, record).map_err(EcsError::from)
}

/// A current-version envelope read straight into its record type.
#[derive(Deserialize)]
struct CurrentEnvelope<T> {
    kind: String,
    v: u32,
    data: T,
}

pub fn decode<T: Record>(bytes: &[u8]) -> EcsResult<T> {
    // Fast path: `berth_store::decode` builds a `serde_json::Value` tree and then reads the
    // record out of it, which costs about twice a direct read; placement decodes every
    // instance of a cluster per batch. A current-version record of the right kind decodes
    // directly; anything else (older versions to migrate, wrong kinds, malformed bytes) takes
    // the general path, which also words the errors.
    if let Ok(envelope) = serde_json::from_slice::<CurrentEnvelope<T>>(bytes) {
        if envelope.kind == T::KIND && envelope.v == T::VERSION {
            return Ok(envelope.data);
        }
    }
    berth_store::decode(bytes, T::KIND, T::VERSION).map_err(EcsError::from)
}

/// A transaction under construction.
#[derive(Debug, Default)]
pub struct Commit {
    txn: Txn,
}

impl Commit {
    pub fn new() -> Self {
        Commit::default()
    }

    /// Replaces a record read at `mod_revision` (0: the key must not exist yet).
    pub fn put<T: Record>(&mut self, key: &str, mod_revision: u64, record: &T) -> EcsResult<()> {
        self.txn.compares.push(Compare::ModRevision {
            key: key.to_string(),
            equals: mod_revision,
        });
        self.txn.success.push(Op::put(key, encode(record)?));
        Ok(())
    }

    /// Replaces the record of a [`Versioned`].
    pub fn update<T: Record>(&mut self, versioned: &Versioned<T>) -> EcsResult<()> {
        self.put(&versioned.key, versioned.mod_revision, &versioned.record)
    }

    /// Deletes a record read at `mod_revision`.
    pub fn delete(&mut self, key: &str, mod_revision: u64) {
        self.txn.compares.push(Compare::ModRevision {
            key: key.to_string(),
            equals: mod_revision,
        });
        self.txn.success.push(Op::delete(key));
    }

    /// Requires that a record is unchanged without writing it.
    pub fn require_unchanged(&mut self, key: &str, mod_revision: u64) {
        self.txn.compares.push(Compare::ModRevision {
            key: key.to_string(),
            equals: mod_revision,
        });
    }

    pub fn is_empty(&self) -> bool {
        self.txn.success.is_empty()
    }

    /// How many operations (and as many compares: every write carries one) the commit holds,
    /// to keep a transaction within `berth_store::MAX_TXN_OPS`.
    pub fn len(&self) -> usize {
        self.txn.success.len().max(self.txn.compares.len())
    }
}

/// Reads only the fields of a record of type `T` that `P` names (a struct of just those
/// fields, which serde reads while skipping the rest unparsed), for hot paths that need a field
/// or two of a large record. Records of another version take the general path.
pub fn decode_fields<T: Record, P: DeserializeOwned>(bytes: &[u8]) -> EcsResult<P> {
    if let Ok(envelope) = serde_json::from_slice::<CurrentEnvelope<P>>(bytes) {
        if envelope.kind == T::KIND && envelope.v == T::VERSION {
            return Ok(envelope.data);
        }
    }
    let record: T = decode(bytes)?;
    serde_json::to_value(&record)
        .and_then(serde_json::from_value)
        .map_err(|e| EcsError::Server(format!("record {} does not decode: {e}", T::KIND)))
}

/// Reads one record from `store` (for code that holds the store but no [`ControlPlane`]).
pub(crate) async fn load_from<T: Record>(
    store: &dyn Store,
    key: &str,
) -> EcsResult<Option<Versioned<T>>> {
    let Some(kv) = store.get(key).await? else {
        return Ok(None);
    };
    Ok(Some(Versioned {
        key: kv.key,
        record: decode(&kv.value)?,
        mod_revision: kv.mod_revision,
    }))
}

/// Every record under `prefix` in `store`.
pub(crate) async fn list_all_from<T: Record>(
    store: &dyn Store,
    prefix: &str,
) -> EcsResult<Vec<Versioned<T>>> {
    let page = store.range(prefix, None, 0).await?;
    page.items
        .into_iter()
        .map(|kv| {
            Ok(Versioned {
                record: decode(&kv.value)?,
                key: kv.key,
                mod_revision: kv.mod_revision,
            })
        })
        .collect()
}

/// Applies a commit to `store`: the revision its writes carry, or `None` when a compare
/// failed and nothing changed.
pub(crate) async fn commit_to(store: &dyn Store, commit: Commit) -> EcsResult<Option<u64>> {
    Ok(store.txn(commit.txn).await?.revision())
}

impl ControlPlane {
    pub(crate) async fn load<T: Record>(&self, key: &str) -> EcsResult<Option<Versioned<T>>> {
        load_from(self.store.as_ref(), key).await
    }

    /// One page of records under `prefix`, strictly after `start_after`.
    pub(crate) async fn list_page<T: Record>(
        &self,
        prefix: &str,
        start_after: Option<&str>,
        limit: usize,
    ) -> EcsResult<Vec<Versioned<T>>> {
        let page = self.store.range(prefix, start_after, limit).await?;
        page.items
            .into_iter()
            .map(|kv| {
                Ok(Versioned {
                    record: decode(&kv.value)?,
                    key: kv.key,
                    mod_revision: kv.mod_revision,
                })
            })
            .collect()
    }

    /// Every record under `prefix`.
    pub(crate) async fn list_all<T: Record>(&self, prefix: &str) -> EcsResult<Vec<Versioned<T>>> {
        self.list_page(prefix, None, 0).await
    }

    /// Applies a commit; `Ok(false)` means a compare failed and nothing changed.
    pub(crate) async fn try_commit(&self, commit: Commit) -> EcsResult<bool> {
        match self.store.txn(commit.txn).await? {
            TxnOutcome::Committed { .. } => Ok(true),
            TxnOutcome::Conflict { .. } => Ok(false),
        }
    }
}

/// The error for an optimistic update that kept conflicting.
pub fn too_much_contention() -> EcsError {
    EcsError::Server("The resource is being modified concurrently; retry the request.".into())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::records::{ClientTokenRecord, TaskRecord};
    use crate::tasks::transition::tests::task;
    use berth_model::TaskStatus;

    #[test]
    fn direct_decoding_agrees_with_the_general_path() {
        let record = task(TaskStatus::Running, TaskStatus::Running);
        let bytes = encode(&record).unwrap();
        let general: TaskRecord =
            berth_store::decode(&bytes, TaskRecord::KIND, TaskRecord::VERSION).unwrap();
        assert_eq!(decode::<TaskRecord>(&bytes).unwrap(), general);
        assert_eq!(general, record);
        // Another kind, or anything else, is refused by the general path.
        assert!(decode::<ClientTokenRecord>(&bytes).is_err());
        assert!(decode::<TaskRecord>(b"{}").is_err());
    }

    #[test]
    fn field_decoding_reads_what_it_names() {
        #[derive(Deserialize)]
        struct Group {
            group: Option<String>,
        }
        let bytes = encode(&task(TaskStatus::Pending, TaskStatus::Running)).unwrap();
        let part = decode_fields::<TaskRecord, Group>(&bytes).unwrap();
        assert_eq!(part.group.as_deref(), Some("family:web"));
        assert!(decode_fields::<ClientTokenRecord, Group>(&bytes).is_err());
    }
}
