//! Conformance cases for watches and compaction: replay from a revision, live follow, event
//! contents, prefix filtering, and the `Compacted` error.

use std::sync::Arc;

use super::{commit, dump, next_event, next_events, put};
use crate::error::StoreError;
use crate::store::Store;
use crate::types::{Event, EventKind, KeyValue, Op, Txn};

/// A watch from a past revision replays every change from it, in order, then follows live ones.
pub async fn watch_replays_then_follows_live(store: Arc<dyn Store>) {
    let store = store.as_ref();
    for i in 1..=5 {
        assert_eq!(put(store, &format!("w/{i}"), &format!("v{i}")).await, i);
    }
    let mut watch = store.watch("w/", 3).await.unwrap();
    for i in 3..=5u64 {
        let event = next_event(&mut watch).await;
        assert_eq!(event.revision, i);
        assert_eq!(event.kind, EventKind::Put);
        assert_eq!(event.kv.key, format!("w/{i}"));
        assert_eq!(event.kv.value, format!("v{i}").into_bytes());
        assert_eq!(event.kv.mod_revision, i);
    }
    for i in 6..=7u64 {
        put(store, &format!("w/{i}"), "live").await;
        let event = next_event(&mut watch).await;
        assert_eq!(
            (event.revision, event.kv.key.clone()),
            (i, format!("w/{i}"))
        );
    }
}

/// Events carry etcd's metadata: puts the new key-value, deletes only key and revision; one
/// transaction's events share its revision and follow its operation order, and a prefix delete
/// reports its keys in key order.
pub async fn watch_event_contents(store: Arc<dyn Store>) {
    let store = store.as_ref();
    let mut watch = store.watch("", 1).await.unwrap();
    put(store, "a", "1").await;
    put(store, "a", "2").await;
    commit(
        store,
        Txn::new()
            .then(Op::put("b", "3"))
            .then(Op::delete("a"))
            .then(Op::put("c", "4")),
    )
    .await;
    commit(
        store,
        Txn::new()
            .then(Op::put("d/2", "5"))
            .then(Op::put("d/1", "6")),
    )
    .await;
    commit(store, Txn::new().then(Op::delete_prefix("d/"))).await;

    let put_event = |key: &str, value: &str, create: u64, revision: u64, version: u64| Event {
        kind: EventKind::Put,
        kv: KeyValue {
            key: key.into(),
            value: value.as_bytes().to_vec(),
            create_revision: create,
            mod_revision: revision,
            version,
        },
        revision,
    };
    let delete_event = |key: &str, revision: u64| Event {
        kind: EventKind::Delete,
        kv: KeyValue {
            key: key.into(),
            value: Vec::new(),
            create_revision: 0,
            mod_revision: revision,
            version: 0,
        },
        revision,
    };
    let want = vec![
        put_event("a", "1", 1, 1, 1),
        put_event("a", "2", 1, 2, 2),
        put_event("b", "3", 3, 3, 1),
        delete_event("a", 3),
        put_event("c", "4", 3, 3, 1),
        put_event("d/2", "5", 4, 4, 1),
        put_event("d/1", "6", 4, 4, 1),
        delete_event("d/1", 5),
        delete_event("d/2", 5),
    ];
    assert_eq!(next_events(&mut watch, want.len()).await, want);
    // A second watch replaying the same history sees the same events.
    let mut replay = store.watch("", 1).await.unwrap();
    assert_eq!(next_events(&mut replay, want.len()).await, want);
}

/// `from_revision == 0` means "from now on".
pub async fn watch_from_zero_is_live_only(store: Arc<dyn Store>) {
    let store = store.as_ref();
    put(store, "a", "").await;
    put(store, "b", "").await;
    let mut watch = store.watch("", 0).await.unwrap();
    let revision = put(store, "c", "").await;
    let event = next_event(&mut watch).await;
    assert_eq!((event.kv.key.as_str(), event.revision), ("c", revision));
}

/// A watch sees only keys under its prefix.
pub async fn watch_filters_by_prefix(store: Arc<dyn Store>) {
    let store = store.as_ref();
    let mut live = store.watch("a/", 1).await.unwrap();
    for key in ["ab/1", "a", "a/1", "b", "a/2", "a0"] {
        put(store, key, key).await;
    }
    let mut replay = store.watch("a/", 1).await.unwrap();
    for watch in [&mut live, &mut replay] {
        let events = next_events(watch, 2).await;
        let got: Vec<(&str, u64)> = events
            .iter()
            .map(|e| (e.kv.key.as_str(), e.revision))
            .collect();
        assert_eq!(got, [("a/1", 3), ("a/2", 5)]);
    }
    let marker = put(store, "a/marker", "").await;
    let event = next_event(&mut live).await;
    assert_eq!(event.revision, marker);
}

/// With concurrent writers, a watch started before the writes and one replaying afterwards see
/// the same events, covering every revision in order.
pub async fn watch_replay_matches_live(store: Arc<dyn Store>) {
    let mut live = store.watch("", 1).await.unwrap();
    let writers: Vec<_> = (0..4)
        .map(|w| {
            let store = Arc::clone(&store);
            tokio::spawn(async move {
                for i in 0..25 {
                    let mut txn = Txn::new().then(Op::put(format!("w{w}/{i}"), format!("{i}")));
                    if i > 0 {
                        txn = txn.then(Op::delete(format!("w{w}/{}", i - 1)));
                    }
                    commit(store.as_ref(), txn).await;
                }
            })
        })
        .collect();
    for writer in writers {
        writer.await.unwrap();
    }
    let total = 4 * (25 * 2 - 1);
    let current = store.current_revision().await.unwrap();
    assert_eq!(current, 100);
    let live_events = next_events(&mut live, total).await;
    let mut replay = store.watch("", 1).await.unwrap();
    let replay_events = next_events(&mut replay, total).await;
    assert_eq!(live_events, replay_events);
    let revisions: Vec<u64> = live_events.iter().map(|e| e.revision).collect();
    assert!(
        revisions.windows(2).all(|w| w[0] <= w[1]),
        "events out of revision order"
    );
    let mut distinct = revisions.clone();
    distinct.dedup();
    assert_eq!(distinct, (1..=current).collect::<Vec<_>>());
}

/// After `compact(r)`, watches from below `r` fail with `Compacted`; from `r` on they work.
pub async fn compaction(store: Arc<dyn Store>) {
    let store = store.as_ref();
    for i in 1..=10 {
        put(store, &format!("c/{i}"), "").await;
    }
    store.compact(5).await.unwrap();
    for from in [1, 4] {
        match store.watch("c/", from).await {
            Err(StoreError::Compacted {
                requested,
                compact_revision,
            }) => {
                assert_eq!((requested, compact_revision), (from, 5));
            }
            other => panic!("watch from {from} after compact(5): {other:?}"),
        }
    }
    let mut watch = store.watch("c/", 5).await.unwrap();
    assert_eq!(next_event(&mut watch).await.revision, 5);
    // Compacting to an older point is a no-op; to the future, an error.
    store.compact(3).await.unwrap();
    assert!(store.watch("c/", 5).await.is_ok());
    assert!(matches!(
        store.compact(11).await,
        Err(StoreError::FutureRevision {
            requested: 11,
            current: 10
        })
    ));
    store.compact(10).await.unwrap();
    assert!(matches!(
        store.watch("", 9).await,
        Err(StoreError::Compacted {
            compact_revision: 10,
            ..
        })
    ));
    let mut at_current = store.watch("c/", 10).await.unwrap();
    assert_eq!(next_event(&mut at_current).await.revision, 10);
    // Watching from "now" or the future is unaffected.
    let mut from_now = store.watch("c/", 0).await.unwrap();
    let mut future = store.watch("c/", 12).await.unwrap();
    put(store, "c/11", "").await;
    let revision = put(store, "c/12", "").await;
    assert_eq!(next_event(&mut from_now).await.revision, 11);
    assert_eq!(next_event(&mut future).await.revision, revision);
}

/// Compaction discards history, never current state.
pub async fn compaction_keeps_current_state(store: Arc<dyn Store>) {
    let store = store.as_ref();
    for i in 0..6 {
        put(store, &format!("k/{i}"), "1").await;
        put(store, &format!("k/{}", i / 2), "2").await;
    }
    commit(store, Txn::new().then(Op::delete("k/5"))).await;
    let before = dump(store).await;
    let revision = store.current_revision().await.unwrap();
    store.compact(revision).await.unwrap();
    assert_eq!(dump(store).await, before);
    assert_eq!(store.current_revision().await.unwrap(), revision);
    let kv = store.get("k/0").await.unwrap().unwrap();
    assert_eq!((kv.create_revision, kv.version), (1, 3));
    assert_eq!(put(store, "k/new", "").await, revision + 1);
}
