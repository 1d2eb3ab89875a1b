//! The [`Store`] trait every backend implements, and the [`WatchStream`] a watch returns.
//!
//! The trait is the whole contract between the control plane and its state: point reads, paged
//! prefix reads at a snapshot revision, compare-and-apply transactions, and watches that replay
//! history from a revision and then follow live changes. It is object-safe (`Arc<dyn Store>`)
//! and knows nothing of SQL or etcd; the semantics are pinned down by `conformance`.

use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};

use async_trait::async_trait;
use tokio::sync::mpsc;
use tokio::task::JoinHandle;

use crate::error::{Result, StoreError};
use crate::types::{Event, KeyValue, RangePage, Txn, TxnOutcome};

/// A revisioned key-value store with etcd v3 semantics.
#[async_trait]
pub trait Store: Send + Sync {
    /// The current value of `key`, if it exists.
    async fn get(&self, key: &str) -> Result<Option<KeyValue>>;

    /// Up to `limit` keys starting with `prefix` (0: no limit) and, if given, ordered strictly
    /// after `start_after`, ordered by key bytes, read at one snapshot whose revision is returned.
    /// Paging with `start_after = last key of the previous page` visits every key that exists
    /// throughout the paging exactly once, whatever is written concurrently.
    async fn range(
        &self,
        prefix: &str,
        start_after: Option<&str>,
        limit: usize,
    ) -> Result<RangePage>;

    /// Number of keys starting with `prefix`.
    async fn count(&self, prefix: &str) -> Result<u64>;

    /// Evaluates the compares and, if all hold, applies every operation atomically at one new
    /// revision. Returns only once the outcome is durable.
    async fn txn(&self, txn: Txn) -> Result<TxnOutcome>;

    /// Streams every change under `prefix` with revision >= `from_revision`, in revision order,
    /// then live changes as they commit. `from_revision == 0` means "changes after the current
    /// revision". Fails with [`StoreError::Compacted`] when that history is gone; the stream
    /// itself yields an error (and then ends) if it later falls behind compacted history or the
    /// store closes.
    async fn watch(&self, prefix: &str, from_revision: u64) -> Result<WatchStream>;

    /// The latest committed revision (0 for a new store).
    async fn current_revision(&self) -> Result<u64>;

    /// Discards change history before `revision`: afterwards, watches from a revision below it
    /// fail with `Compacted`. Compacting to at most the current compaction point does nothing;
    /// a revision beyond the current one is an error. Backends also compact on their own to
    /// bound the history they keep.
    async fn compact(&self, revision: u64) -> Result<()>;
}

#[async_trait]
impl<S: Store + ?Sized> Store for Arc<S> {
    async fn get(&self, key: &str) -> Result<Option<KeyValue>> {
        (**self).get(key).await
    }
    async fn range(
        &self,
        prefix: &str,
        start_after: Option<&str>,
        limit: usize,
    ) -> Result<RangePage> {
        (**self).range(prefix, start_after, limit).await
    }
    async fn count(&self, prefix: &str) -> Result<u64> {
        (**self).count(prefix).await
    }
    async fn txn(&self, txn: Txn) -> Result<TxnOutcome> {
        (**self).txn(txn).await
    }
    async fn watch(&self, prefix: &str, from_revision: u64) -> Result<WatchStream> {
        (**self).watch(prefix, from_revision).await
    }
    async fn current_revision(&self) -> Result<u64> {
        (**self).current_revision().await
    }
    async fn compact(&self, revision: u64) -> Result<()> {
        (**self).compact(revision).await
    }
}

/// The events of one watch, in revision order. An `Err` item is terminal: the stream ends after
/// it. Dropping the stream cancels the watch.
#[derive(Debug)]
pub struct WatchStream {
    events: mpsc::Receiver<Result<Event, StoreError>>,
    feeder: JoinHandle<()>,
}

impl WatchStream {
    pub(crate) fn new(
        events: mpsc::Receiver<Result<Event, StoreError>>,
        feeder: JoinHandle<()>,
    ) -> WatchStream {
        WatchStream { events, feeder }
    }

    /// The next event, an error (after which the stream ends), or `None` once it has ended.
    pub async fn recv(&mut self) -> Option<Result<Event, StoreError>> {
        self.events.recv().await
    }
}

impl futures::Stream for WatchStream {
    type Item = Result<Event, StoreError>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.events.poll_recv(cx)
    }
}

impl Drop for WatchStream {
    fn drop(&mut self) {
        // The feeder would notice the closed channel only at its next send; stop it now so an
        // idle watch does not hold a history subscription forever.
        self.feeder.abort();
    }
}
