//! Conformance cases for concurrent writers: optimistic concurrency must be serializable
//! (exactly one of several racing compare-and-swaps wins), and watches must not lose events when
//! their consumer is slow.

use std::collections::BTreeSet;
use std::sync::Arc;

use super::{commit, next_events};
use crate::store::Store;
use crate::types::{Compare, Op, Txn, TxnOutcome};

/// Of several transactions racing on the same key with the same expected `mod_revision` (or
/// racing to create it), exactly one commits.
pub async fn concurrent_compare_and_swap_has_one_winner(store: Arc<dyn Store>) {
    const RACERS: usize = 16;
    for round in 0..5 {
        let expected = store
            .get("cas")
            .await
            .unwrap()
            .map_or(0, |kv| kv.mod_revision);
        let racers: Vec<_> = (0..RACERS)
            .map(|racer| {
                let store = Arc::clone(&store);
                tokio::spawn(async move {
                    let swap = Txn::new()
                        .when(Compare::ModRevision {
                            key: "cas".into(),
                            equals: expected,
                        })
                        .then(Op::put("cas", format!("{round}/{racer}")));
                    let create = Txn::new()
                        .when(Compare::NotExists {
                            key: format!("created/{round}"),
                        })
                        .then(Op::put(format!("created/{round}"), format!("{racer}")));
                    let swapped = store.txn(swap).await.unwrap();
                    let created = store.txn(create).await.unwrap();
                    (racer, swapped, created)
                })
            })
            .collect();
        let mut swap_winners = Vec::new();
        let mut create_winners = Vec::new();
        for racer in racers {
            let (racer, swapped, created) = racer.await.unwrap();
            for (outcome, winners) in [(swapped, &mut swap_winners), (created, &mut create_winners)]
            {
                match outcome {
                    TxnOutcome::Committed { .. } => winners.push(racer),
                    TxnOutcome::Conflict {
                        failed_compare_index,
                    } => {
                        assert_eq!(failed_compare_index, 0)
                    }
                }
            }
        }
        assert_eq!(
            swap_winners.len(),
            1,
            "round {round}: swap winners {swap_winners:?}"
        );
        assert_eq!(
            create_winners.len(),
            1,
            "round {round}: create winners {create_winners:?}"
        );
        let value = store.get("cas").await.unwrap().unwrap().value;
        assert_eq!(value, format!("{round}/{}", swap_winners[0]).into_bytes());
        let value = store
            .get(&format!("created/{round}"))
            .await
            .unwrap()
            .unwrap()
            .value;
        assert_eq!(value, format!("{}", create_winners[0]).into_bytes());
    }
}

/// Read-modify-write loops with compare-and-swap lose no increment, and every commit gets its
/// own revision.
pub async fn concurrent_increments_are_serializable(store: Arc<dyn Store>) {
    const WORKERS: usize = 8;
    const INCREMENTS: usize = 10;
    let workers: Vec<_> = (0..WORKERS)
        .map(|_| {
            let store = Arc::clone(&store);
            tokio::spawn(async move {
                let mut revisions = Vec::new();
                for _ in 0..INCREMENTS {
                    let mut committed = None;
                    for _attempt in 0..1000 {
                        let current = store.get("counter").await.unwrap();
                        let (value, expected) = match &current {
                            Some(kv) => {
                                let text = String::from_utf8(kv.value.clone()).unwrap();
                                (text.parse::<u64>().unwrap(), kv.mod_revision)
                            }
                            None => (0, 0),
                        };
                        let txn = Txn::new()
                            .when(Compare::ModRevision {
                                key: "counter".into(),
                                equals: expected,
                            })
                            .then(Op::put("counter", (value + 1).to_string()));
                        if let TxnOutcome::Committed { revision } = store.txn(txn).await.unwrap() {
                            committed = Some(revision);
                            break;
                        }
                    }
                    revisions.push(committed.expect("an increment never committed"));
                }
                revisions
            })
        })
        .collect();
    let mut all = BTreeSet::new();
    for worker in workers {
        for revision in worker.await.unwrap() {
            assert!(
                all.insert(revision),
                "revision {revision} was handed out twice"
            );
        }
    }
    let total = (WORKERS * INCREMENTS) as u64;
    let counter = store.get("counter").await.unwrap().unwrap();
    assert_eq!(counter.value, total.to_string().into_bytes());
    assert_eq!(counter.version, total);
    assert_eq!(all.len() as u64, total);
}

/// A watcher that does not read while many transactions commit still receives every event, in
/// order, once it reads (the backend may buffer or replay from history, but not drop).
pub async fn slow_watcher_sees_every_revision(store: Arc<dyn Store>) {
    const WRITERS: usize = 8;
    const TXNS: usize = 160;
    let mut watch = store.watch("s/", 1).await.unwrap();
    let writers: Vec<_> = (0..WRITERS)
        .map(|w| {
            let store = Arc::clone(&store);
            tokio::spawn(async move {
                for i in 0..TXNS {
                    commit(
                        store.as_ref(),
                        Txn::new().then(Op::put(format!("s/{w}/{i}"), "")),
                    )
                    .await;
                }
            })
        })
        .collect();
    for writer in writers {
        writer.await.unwrap();
    }
    let total = WRITERS * TXNS;
    let events = next_events(&mut watch, total).await;
    let revisions: Vec<u64> = events.iter().map(|e| e.revision).collect();
    assert_eq!(revisions, (1..=total as u64).collect::<Vec<_>>());
    // Each writer's own puts appear in the order it made them.
    for w in 0..WRITERS {
        let mine: Vec<String> = events
            .iter()
            .filter(|e| e.kv.key.starts_with(&format!("s/{w}/")))
            .map(|e| e.kv.key.clone())
            .collect();
        let want: Vec<String> = (0..TXNS).map(|i| format!("s/{w}/{i}")).collect();
        assert_eq!(mine, want);
    }
}
