//! Watch fan-out shared by the embedded backends: replay from the backend's change log, then
//! follow live commits, without gaps or duplicates.
//!
//! The backend publishes each committed batch of events to a [`Hub`] in revision order, after it
//! is durable. A watch subscribes to the hub and learns, atomically, the last published revision
//! `P`; it replays revisions `[from, P]` from the backend's change log and then takes live batches
//! (all of which are above `P`). A watcher too slow for the hub's bounded buffer is not dropped:
//! it re-subscribes and catches up from the change log, as etcd's "unsynced" watchers do, and
//! only fails with `Compacted` if that history has been discarded meanwhile. This module knows
//! nothing about how the change log is stored.

use std::sync::{Arc, Mutex, PoisonError};

use tokio::sync::{broadcast, mpsc};

use crate::error::{Result, StoreError};
use crate::store::WatchStream;
use crate::types::Event;

/// Revisions of change history a backend keeps by default before compacting on its own. At the
/// control plane's write rates (tens of transactions per second) this is minutes of history:
/// enough for a watcher to reconnect after a blip without re-listing, while keeping the log
/// small. Kubernetes' API server compacts etcd every 5 minutes for the same reason.
pub const DEFAULT_HISTORY_REVISIONS: u64 = 10_000;

/// Batches a hub buffers for its subscribers before a slow one lags and falls back to the change
/// log. Larger buffers only delay that fallback; they do not change semantics.
pub(crate) const HUB_CAPACITY: usize = 1024;

/// Events a watch buffers for its consumer; beyond that the feeder waits (and may lag the hub).
const STREAM_CAPACITY: usize = 256;

/// Revisions read from the change log per query during replay, to bound memory per watcher.
const REPLAY_CHUNK_REVISIONS: u64 = 256;

/// The events of one or more consecutive revisions, published together.
#[derive(Debug)]
pub(crate) struct Batch {
    /// The highest revision in `events`.
    pub last_revision: u64,
    /// The events, in revision order.
    pub events: Vec<Event>,
}

/// Reads the backend's change log. Called on a blocking thread.
pub(crate) trait ChangeLog: Send + Sync + 'static {
    /// Events with `from <= revision <= to` whose key starts with `prefix`, in revision order
    /// (and operation order within a revision); `Compacted` if `from` is below the oldest
    /// revision the log still holds.
    fn history(&self, prefix: &str, from: u64, to: u64) -> Result<Vec<Event>>;
}

struct HubState {
    published: u64,
    sender: Option<broadcast::Sender<Arc<Batch>>>,
}

/// The live side of watches: the last published revision and the broadcast of new batches.
pub(crate) struct Hub {
    state: Mutex<HubState>,
}

impl Hub {
    /// A hub whose history already holds everything up to `revision`.
    pub(crate) fn new(revision: u64, capacity: usize) -> Hub {
        let (sender, _) = broadcast::channel(capacity.max(1));
        Hub {
            state: Mutex::new(HubState {
                published: revision,
                sender: Some(sender),
            }),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HubState> {
        // The state is two plain fields updated together; a panic elsewhere cannot leave them
        // inconsistent, so a poisoned lock is still usable.
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The last published (committed and durable) revision.
    pub(crate) fn published(&self) -> u64 {
        self.lock().published
    }

    /// Announces a committed batch. Callers publish in revision order, after the batch is
    /// durable and visible to readers of the change log.
    pub(crate) fn publish(&self, batch: Batch) {
        let mut state = self.lock();
        state.published = state.published.max(batch.last_revision);
        if let Some(sender) = &state.sender {
            // An error only means nobody is subscribed right now.
            let _ = sender.send(Arc::new(batch));
        }
    }

    /// Ends every watch with `Closed`; later watches fail at once.
    pub(crate) fn close(&self) {
        self.lock().sender = None;
    }

    fn subscribe(&self) -> Option<(broadcast::Receiver<Arc<Batch>>, u64)> {
        let state = self.lock();
        let receiver = state.sender.as_ref()?.subscribe();
        Some((receiver, state.published))
    }
}

/// Starts a watch of `prefix` from `from_revision` (already resolved: >= 1). Checks compaction
/// up front so the caller gets `Compacted` as an error rather than as the first stream item.
pub(crate) async fn start(
    hub: Arc<Hub>,
    log: Arc<dyn ChangeLog>,
    prefix: &str,
    from_revision: u64,
) -> Result<WatchStream> {
    if hub.subscribe().is_none() {
        return Err(StoreError::Closed);
    }
    // An empty window [from, from - 1] still checks that `from` is not compacted.
    let probe_log = Arc::clone(&log);
    let probe_prefix = prefix.to_owned();
    let probe_to = from_revision.saturating_sub(1);
    blocking(move || probe_log.history(&probe_prefix, from_revision, probe_to)).await?;
    let (sender, receiver) = mpsc::channel(STREAM_CAPACITY);
    let feeder = tokio::spawn(feed(hub, log, prefix.to_owned(), from_revision, sender));
    Ok(WatchStream::new(receiver, feeder))
}

async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> Result<T> + Send + 'static,
) -> Result<T> {
    tokio::task::spawn_blocking(work)
        .await
        .map_err(|e| StoreError::Io(format!("history reader failed: {e}")))?
}

/// Feeds one watch until its consumer goes away, the store closes, or history runs out.
async fn feed(
    hub: Arc<Hub>,
    log: Arc<dyn ChangeLog>,
    prefix: String,
    mut next: u64,
    out: mpsc::Sender<Result<Event, StoreError>>,
) {
    // Invariant: every matching event with revision < `next` has been sent.
    loop {
        let Some((mut live, published)) = hub.subscribe() else {
            let _ = out.send(Err(StoreError::Closed)).await;
            return;
        };
        while next <= published {
            let to = published.min(next.saturating_add(REPLAY_CHUNK_REVISIONS - 1));
            let reader = Arc::clone(&log);
            let chunk_prefix = prefix.clone();
            let from = next;
            match blocking(move || reader.history(&chunk_prefix, from, to)).await {
                Ok(events) => {
                    for event in events {
                        if out.send(Ok(event)).await.is_err() {
                            return;
                        }
                    }
                }
                Err(error) => {
                    let _ = out.send(Err(error)).await;
                    return;
                }
            }
            next = to + 1;
        }
        loop {
            match live.recv().await {
                Ok(batch) => {
                    let matching = batch
                        .events
                        .iter()
                        .filter(|e| e.revision >= next && e.kv.key.starts_with(&prefix));
                    for event in matching {
                        if out.send(Ok(event.clone())).await.is_err() {
                            return;
                        }
                    }
                    next = next.max(batch.last_revision.saturating_add(1));
                }
                // Fell behind the hub's buffer: catch up from the change log.
                Err(broadcast::error::RecvError::Lagged(_)) => break,
                Err(broadcast::error::RecvError::Closed) => {
                    let _ = out.send(Err(StoreError::Closed)).await;
                    return;
                }
            }
        }
    }
}
