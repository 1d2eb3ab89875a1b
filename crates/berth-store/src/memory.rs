//! The in-memory backend: the full store semantics with nothing persisted, for fast tests of the
//! control plane.
//!
//! All state lives behind one mutex (keys in a `BTreeMap`, the change log in a `VecDeque`);
//! transactions run the shared engine under it and publish to the watch hub before releasing
//! it, which keeps publication in revision order. It must not be used where state has to survive
//! the process.

use std::collections::{BTreeMap, VecDeque};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use async_trait::async_trait;

use crate::engine::{self, TxnTarget};
use crate::error::{Result, StoreError};
use crate::store::{Store, WatchStream};
use crate::types::{validate_key, Event, KeyValue, RangePage, Txn, TxnOutcome};
use crate::watch::{self, Batch, ChangeLog, Hub, HUB_CAPACITY};

pub use crate::watch::DEFAULT_HISTORY_REVISIONS;

#[derive(Default)]
struct State {
    keys: BTreeMap<String, KeyValue>,
    revision: u64,
    /// Oldest revision still watchable; the log holds every event at or above it.
    compact_revision: u64,
    log: VecDeque<Event>,
}

struct Shared {
    state: Mutex<State>,
    history_revisions: u64,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, State> {
        // Every mutation completes under the lock before any call that could panic on input,
        // so a poisoned lock still guards consistent state.
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

impl ChangeLog for Shared {
    fn history(&self, prefix: &str, from: u64, to: u64) -> Result<Vec<Event>> {
        let state = self.lock();
        check_not_compacted(from, state.compact_revision)?;
        Ok(state
            .log
            .iter()
            .filter(|e| e.revision >= from && e.revision <= to && e.kv.key.starts_with(prefix))
            .cloned()
            .collect())
    }
}

/// `Compacted` unless `from` is at or above the oldest watchable revision.
pub(crate) fn check_not_compacted(from: u64, compact_revision: u64) -> Result<()> {
    if from < compact_revision {
        return Err(StoreError::Compacted {
            requested: from,
            compact_revision,
        });
    }
    Ok(())
}

/// A store held entirely in memory. Cloning shares the same state.
#[derive(Clone)]
pub struct MemoryStore {
    shared: Arc<Shared>,
    hub: Arc<Hub>,
}

impl Default for MemoryStore {
    fn default() -> Self {
        MemoryStore::new()
    }
}

impl MemoryStore {
    /// An empty store keeping [`DEFAULT_HISTORY_REVISIONS`] revisions of history.
    pub fn new() -> MemoryStore {
        MemoryStore::with_history(DEFAULT_HISTORY_REVISIONS)
    }

    /// An empty store keeping the last `history_revisions` revisions of change history (at
    /// least 1).
    pub fn with_history(history_revisions: u64) -> MemoryStore {
        MemoryStore {
            shared: Arc::new(Shared {
                state: Mutex::new(State::default()),
                history_revisions: history_revisions.max(1),
            }),
            hub: Arc::new(Hub::new(0, HUB_CAPACITY)),
        }
    }
}

impl TxnTarget for BTreeMap<String, KeyValue> {
    fn get(&mut self, key: &str) -> Result<Option<KeyValue>> {
        Ok(BTreeMap::get(self, key).cloned())
    }
    fn list_prefix(&mut self, prefix: &str) -> Result<Vec<KeyValue>> {
        Ok(self
            .range(prefix.to_owned()..)
            .take_while(|(key, _)| key.starts_with(prefix))
            .map(|(_, kv)| kv.clone())
            .collect())
    }
    fn put(&mut self, kv: &KeyValue) -> Result<()> {
        self.insert(kv.key.clone(), kv.clone());
        Ok(())
    }
    fn delete(&mut self, key: &str) -> Result<()> {
        self.remove(key);
        Ok(())
    }
}

fn compact_log(state: &mut State, revision: u64) {
    if revision <= state.compact_revision {
        return;
    }
    state.compact_revision = revision;
    while state.log.front().is_some_and(|e| e.revision < revision) {
        state.log.pop_front();
    }
}

#[async_trait]
impl Store for MemoryStore {
    async fn get(&self, key: &str) -> Result<Option<KeyValue>> {
        validate_key(key)?;
        Ok(self.shared.lock().keys.get(key).cloned())
    }

    async fn range(
        &self,
        prefix: &str,
        start_after: Option<&str>,
        limit: usize,
    ) -> Result<RangePage> {
        let state = self.shared.lock();
        let start = match start_after {
            Some(after) if after >= prefix => std::ops::Bound::Excluded(after.to_owned()),
            _ => std::ops::Bound::Included(prefix.to_owned()),
        };
        let mut matching = state
            .keys
            .range((start, std::ops::Bound::Unbounded))
            .take_while(|(key, _)| key.starts_with(prefix))
            .map(|(_, kv)| kv);
        let limit = if limit == 0 { usize::MAX } else { limit };
        let items: Vec<KeyValue> = matching.by_ref().take(limit).cloned().collect();
        let more = matching.next().is_some();
        Ok(RangePage {
            items,
            revision: state.revision,
            more,
        })
    }

    async fn count(&self, prefix: &str) -> Result<u64> {
        let state = self.shared.lock();
        let count = state
            .keys
            .range(prefix.to_owned()..)
            .take_while(|(key, _)| key.starts_with(prefix))
            .count();
        Ok(u64::try_from(count).unwrap_or(u64::MAX))
    }

    async fn txn(&self, txn: Txn) -> Result<TxnOutcome> {
        txn.validate()?;
        let mut state = self.shared.lock();
        let state = &mut *state;
        // The engine only fails through the target, and the map target never fails, so there
        // is no partial application to undo here.
        let done = engine::execute(&mut state.keys, &txn, state.revision)?;
        if let (TxnOutcome::Committed { revision }, false) = (done.outcome, done.events.is_empty())
        {
            state.revision = revision;
            state.log.extend(done.events.iter().cloned());
            let keep_from = revision.saturating_sub(self.shared.history_revisions) + 1;
            compact_log(state, keep_from);
            self.hub.publish(Batch {
                last_revision: revision,
                events: done.events,
            });
        }
        Ok(done.outcome)
    }

    async fn watch(&self, prefix: &str, from_revision: u64) -> Result<WatchStream> {
        let from = if from_revision == 0 {
            self.shared.lock().revision + 1
        } else {
            from_revision
        };
        let log: Arc<dyn ChangeLog> = self.shared.clone();
        watch::start(Arc::clone(&self.hub), log, prefix, from).await
    }

    async fn current_revision(&self) -> Result<u64> {
        Ok(self.shared.lock().revision)
    }

    async fn compact(&self, revision: u64) -> Result<()> {
        let mut state = self.shared.lock();
        if revision > state.revision {
            return Err(StoreError::FutureRevision {
                requested: revision,
                current: state.revision,
            });
        }
        compact_log(&mut state, revision);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::Op;

    #[tokio::test]
    async fn slow_watcher_catches_up_from_the_log() {
        // Many more single-revision batches than the hub and stream buffers hold, written
        // before the consumer reads anything: the feeder must lag, re-subscribe, and replay.
        let store = MemoryStore::new();
        let mut watch = store.watch("k/", 1).await.unwrap();
        // Let the feeder subscribe to live batches before the writes start.
        for _ in 0..10 {
            tokio::task::yield_now().await;
        }
        let total = (HUB_CAPACITY + 3 * 256) as u64;
        for i in 0..total {
            store
                .txn(Txn::new().then(Op::put(format!("k/{i}"), "")))
                .await
                .unwrap();
        }
        for want in 1..=total {
            let event = watch.recv().await.unwrap().unwrap();
            assert_eq!(event.revision, want);
        }
    }

    #[tokio::test]
    async fn history_is_bounded() {
        let store = MemoryStore::with_history(3);
        for i in 0..10 {
            store
                .txn(Txn::new().then(Op::put(format!("k{i}"), "")))
                .await
                .unwrap();
        }
        let state = store.shared.lock();
        assert_eq!(state.compact_revision, 8);
        assert_eq!(state.log.len(), 3);
    }
}
