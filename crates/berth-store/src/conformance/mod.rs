//! The conformance suite: the executable definition of the [`Store`] semantics. Every backend
//! (SQLite, memory, a future etcd store) must pass all of it.
//!
//! Each case is an `async fn(Arc<dyn Store>)` that takes a fresh, empty store and panics on the
//! first violation, naming it. Run them all with [`run_all`], or generate one `#[tokio::test]`
//! per case with [`conformance_tests!`](crate::conformance_tests). This is test code: it panics
//! by design and must not be called by production paths. Every wait in it is bounded.

mod concurrency;
mod kv;
mod watch;

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

use crate::store::{Store, WatchStream};
use crate::types::{Event, Op, Txn, TxnOutcome};

/// The cases, by name, as functions of a fresh store.
pub mod cases {
    pub use super::concurrency::*;
    pub use super::kv::*;
    pub use super::watch::*;
}

/// A boxed case future.
pub type CaseFuture = Pin<Box<dyn Future<Output = ()> + Send>>;

/// A case: takes a fresh, empty store.
pub type Case = fn(Arc<dyn Store>) -> CaseFuture;

macro_rules! case_table {
    ($($name:ident),* $(,)?) => {
        /// Every case with its name, in the order [`run_all`] runs them.
        pub const CASES: &[(&str, Case)] = &[
            $((stringify!($name), |store| Box::pin(cases::$name(store)))),*
        ];

        /// Generates one `#[tokio::test]` per conformance case. `$make` is an expression
        /// callable with no arguments that returns `(store, guard)`: a fresh empty store and
        /// anything that must live as long as the case (a temporary directory, or `()`).
        /// Requires `tokio` (with `macros` and `rt-multi-thread`) in the calling crate.
        #[macro_export]
        macro_rules! conformance_tests {
            ($make:expr) => {
                $(
                    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                    async fn $name() {
                        let (store, _guard) = ($make)();
                        let store: ::std::sync::Arc<dyn $crate::Store> =
                            ::std::sync::Arc::new(store);
                        $crate::conformance::cases::$name(store).await;
                    }
                )*
            };
        }
    };
}

case_table!(
    empty_store,
    put_get_metadata,
    txn_ops_share_one_revision,
    failed_compares_change_nothing,
    mod_revision_zero_means_absent,
    noop_txns_keep_the_revision,
    invalid_requests_change_nothing,
    prefix_isolation,
    range_orders_by_key_bytes,
    range_pagination,
    pagination_is_stable_under_concurrent_writes,
    watch_replays_then_follows_live,
    watch_event_contents,
    watch_from_zero_is_live_only,
    watch_filters_by_prefix,
    watch_replay_matches_live,
    compaction,
    compaction_keeps_current_state,
    concurrent_compare_and_swap_has_one_winner,
    concurrent_increments_are_serializable,
    slow_watcher_sees_every_revision,
);

/// Runs every case, each on a fresh store from `make` (see [`conformance_tests!`] for its
/// contract), and panics on the first failure with the case's name.
pub async fn run_all<S, G>(make: impl Fn() -> (S, G))
where
    S: Store + 'static,
{
    for (name, case) in CASES {
        let (store, guard) = make();
        let store: Arc<dyn Store> = Arc::new(store);
        let outcome = tokio::spawn(case(store)).await;
        drop(guard);
        if let Err(error) = outcome {
            panic!("conformance case {name} failed: {error}");
        }
    }
}

/// How long any single wait in the suite may take before the case fails.
pub(crate) const WAIT: Duration = Duration::from_secs(20);

/// Commits `txn`, asserting it did not conflict; returns its revision.
pub(crate) async fn commit(store: &dyn Store, txn: Txn) -> u64 {
    match store.txn(txn.clone()).await {
        Ok(TxnOutcome::Committed { revision }) => revision,
        other => panic!("expected {txn:?} to commit, got {other:?}"),
    }
}

/// Puts one key; returns the revision.
pub(crate) async fn put(store: &dyn Store, key: &str, value: &str) -> u64 {
    commit(store, Txn::new().then(Op::put(key, value))).await
}

/// The next event of a watch, failing the case on error, end, or timeout.
pub(crate) async fn next_event(watch: &mut WatchStream) -> Event {
    match tokio::time::timeout(WAIT, watch.recv()).await {
        Ok(Some(Ok(event))) => event,
        Ok(Some(Err(error))) => panic!("watch failed: {error}"),
        Ok(None) => panic!("watch ended"),
        Err(_) => panic!("no watch event within {WAIT:?}"),
    }
}

/// The next `n` events.
pub(crate) async fn next_events(watch: &mut WatchStream, n: usize) -> Vec<Event> {
    let mut events = Vec::with_capacity(n);
    for _ in 0..n {
        events.push(next_event(watch).await);
    }
    events
}

/// Every key with its value, read page by page.
pub(crate) async fn dump(store: &dyn Store) -> Vec<(String, Vec<u8>, u64)> {
    let page = store
        .range("", None, 0)
        .await
        .expect("range of the whole store");
    assert!(!page.more, "an unlimited range reported more");
    page.items
        .into_iter()
        .map(|kv| (kv.key, kv.value, kv.mod_revision))
        .collect()
}
