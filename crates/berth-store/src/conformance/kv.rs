//! Conformance cases for reads and transactions: revision metadata, compare semantics, no-op
//! and invalid transactions, prefix isolation, key order and pagination.

use std::collections::BTreeSet;
use std::sync::Arc;

use super::{commit, dump, next_event, put};
use crate::error::StoreError;
use crate::store::Store;
use crate::types::{Compare, EventKind, KeyValue, Op, Txn, TxnOutcome, MAX_KEY_BYTES, MAX_TXN_OPS};

/// A new store is empty at revision 0.
pub async fn empty_store(store: Arc<dyn Store>) {
    let store = store.as_ref();
    assert_eq!(store.current_revision().await.unwrap(), 0);
    assert_eq!(store.get("a").await.unwrap(), None);
    let page = store.range("", None, 10).await.unwrap();
    assert_eq!((page.items.len(), page.revision, page.more), (0, 0, false));
    assert_eq!(store.count("").await.unwrap(), 0);
}

/// `create_revision`, `mod_revision` and `version` evolve as in etcd, including after a delete
/// and re-create.
pub async fn put_get_metadata(store: Arc<dyn Store>) {
    let store = store.as_ref();
    let kv = |value: &str, create: u64, modified: u64, version: u64| KeyValue {
        key: "a".into(),
        value: value.as_bytes().to_vec(),
        create_revision: create,
        mod_revision: modified,
        version,
    };
    assert_eq!(put(store, "a", "1").await, 1);
    assert_eq!(store.get("a").await.unwrap(), Some(kv("1", 1, 1, 1)));
    assert_eq!(put(store, "a", "2").await, 2);
    assert_eq!(store.get("a").await.unwrap(), Some(kv("2", 1, 2, 2)));
    assert_eq!(commit(store, Txn::new().then(Op::delete("a"))).await, 3);
    assert_eq!(store.get("a").await.unwrap(), None);
    assert_eq!(put(store, "a", "3").await, 4);
    assert_eq!(store.get("a").await.unwrap(), Some(kv("3", 4, 4, 1)));
    assert_eq!(store.current_revision().await.unwrap(), 4);
    // Binary values survive unchanged.
    let binary: Vec<u8> = (0..=255).collect();
    commit(store, Txn::new().then(Op::put("bin", binary.clone()))).await;
    assert_eq!(store.get("bin").await.unwrap().unwrap().value, binary);
}

/// All operations of one transaction share one new revision, one more than the last.
pub async fn txn_ops_share_one_revision(store: Arc<dyn Store>) {
    let store = store.as_ref();
    let mut last = 0;
    for round in 0i32..5 {
        let txn = Txn::new()
            .then(Op::put(format!("r{round}/x"), "x"))
            .then(Op::put(format!("r{round}/y"), "y"))
            .then(Op::delete(format!("r{}/x", round - 1)));
        let revision = commit(store, txn).await;
        assert_eq!(revision, last + 1, "revisions must increase by one per txn");
        last = revision;
        let page = store.range(&format!("r{round}/"), None, 0).await.unwrap();
        assert!(page.items.iter().all(|kv| kv.mod_revision == revision));
        assert_eq!(page.revision, revision);
    }
    assert_eq!(store.current_revision().await.unwrap(), last);
}

/// A transaction whose compare fails reports the first failing compare, writes nothing, emits
/// no event, and leaves the revision alone.
pub async fn failed_compares_change_nothing(store: Arc<dyn Store>) {
    let store = store.as_ref();
    let a_revision = put(store, "a", "1").await;
    put(store, "b", "1").await;
    let before = dump(store).await;
    let revision = store.current_revision().await.unwrap();
    let mut watch = store.watch("", revision + 1).await.unwrap();
    let key = |k: &str| k.to_owned();
    let writes = || {
        Txn::new()
            .then(Op::put("a", "changed"))
            .then(Op::put("new", "x"))
            .then(Op::delete("b"))
            .then(Op::delete_prefix("b"))
    };
    let cases: Vec<(Vec<Compare>, usize)> = vec![
        (
            vec![Compare::ModRevision {
                key: key("a"),
                equals: a_revision + 100,
            }],
            0,
        ),
        (
            vec![Compare::ModRevision {
                key: key("a"),
                equals: 0,
            }],
            0,
        ),
        (
            vec![Compare::ModRevision {
                key: key("missing"),
                equals: 1,
            }],
            0,
        ),
        (
            vec![Compare::Exists {
                key: key("missing"),
            }],
            0,
        ),
        (vec![Compare::NotExists { key: key("a") }], 0),
        (
            vec![
                Compare::Exists { key: key("a") },
                Compare::ModRevision {
                    key: key("a"),
                    equals: a_revision,
                },
                Compare::NotExists { key: key("b") },
                Compare::Exists {
                    key: key("missing"),
                },
            ],
            2,
        ),
    ];
    for (compares, failed) in cases {
        let mut txn = writes();
        txn.compares = compares.clone();
        assert_eq!(
            store.txn(txn).await.unwrap(),
            TxnOutcome::Conflict {
                failed_compare_index: failed
            },
            "compares {compares:?}"
        );
        assert_eq!(store.current_revision().await.unwrap(), revision);
        assert_eq!(dump(store).await, before);
    }
    // The first event the watch sees is a later marker: the conflicts emitted nothing.
    let marker = put(store, "marker", "").await;
    assert_eq!(marker, revision + 1);
    let event = next_event(&mut watch).await;
    assert_eq!((event.kv.key.as_str(), event.revision), ("marker", marker));
}

/// `ModRevision { equals: 0 }` is "create only if absent".
pub async fn mod_revision_zero_means_absent(store: Arc<dyn Store>) {
    let store = store.as_ref();
    let create = || {
        Txn::new()
            .when(Compare::ModRevision {
                key: "k".into(),
                equals: 0,
            })
            .then(Op::put("k", "v"))
    };
    assert_eq!(
        store.txn(create()).await.unwrap(),
        TxnOutcome::Committed { revision: 1 }
    );
    assert_eq!(
        store.txn(create()).await.unwrap(),
        TxnOutcome::Conflict {
            failed_compare_index: 0
        }
    );
    let update = Txn::new()
        .when(Compare::ModRevision {
            key: "k".into(),
            equals: 1,
        })
        .then(Op::put("k", "w"));
    assert_eq!(
        store.txn(update).await.unwrap(),
        TxnOutcome::Committed { revision: 2 }
    );
}

/// Transactions that change no key commit without moving the revision (as in etcd).
pub async fn noop_txns_keep_the_revision(store: Arc<dyn Store>) {
    let store = store.as_ref();
    put(store, "a", "1").await;
    let noops = [
        Txn::new(),
        Txn::new().when(Compare::Exists { key: "a".into() }),
        Txn::new().then(Op::delete("missing")),
        Txn::new().then(Op::delete_prefix("nothing/")),
    ];
    for txn in noops {
        assert_eq!(
            store.txn(txn.clone()).await.unwrap(),
            TxnOutcome::Committed { revision: 1 },
            "{txn:?}"
        );
        assert_eq!(store.current_revision().await.unwrap(), 1);
    }
    assert_eq!(put(store, "b", "1").await, 2);
}

/// Structurally invalid requests fail with an error and change nothing.
pub async fn invalid_requests_change_nothing(store: Arc<dyn Store>) {
    let store = store.as_ref();
    put(store, "a", "1").await;
    let before = dump(store).await;
    let too_many = Txn {
        compares: vec![],
        success: (0..=MAX_TXN_OPS)
            .map(|i| Op::put(format!("k{i}"), ""))
            .collect(),
    };
    let invalid = [
        Txn::new().then(Op::put("x", "1")).then(Op::put("x", "2")),
        Txn::new()
            .then(Op::put("x/1", "1"))
            .then(Op::delete_prefix("x/")),
        Txn::new().then(Op::put("x", "1")).then(Op::delete("x")),
        Txn::new().then(Op::put("", "1")),
        Txn::new().then(Op::delete_prefix("")),
        Txn::new().then(Op::put("k".repeat(MAX_KEY_BYTES + 1), "1")),
        Txn::new()
            .when(Compare::Exists { key: String::new() })
            .then(Op::put("y", "")),
        too_many,
    ];
    for txn in invalid {
        let result = store.txn(txn).await;
        assert!(
            matches!(
                result,
                Err(StoreError::InvalidTxn(_) | StoreError::InvalidKey(_))
            ),
            "{result:?}"
        );
        assert_eq!(store.current_revision().await.unwrap(), 1);
    }
    assert!(matches!(
        store.get("").await,
        Err(StoreError::InvalidKey(_))
    ));
    assert_eq!(dump(store).await, before);
}

/// A prefix selects exactly the keys that start with it: `a/` is not `ab/` nor `a`.
pub async fn prefix_isolation(store: Arc<dyn Store>) {
    let store = store.as_ref();
    let keys = ["a", "a/1", "a/2", "a/x/3", "a0", "ab/1", "b/1", "a."];
    let mut txn = Txn::new();
    for key in keys {
        txn = txn.then(Op::put(key, key));
    }
    commit(store, txn).await;
    let listed = |page: crate::types::RangePage| -> Vec<String> {
        page.items.into_iter().map(|kv| kv.key).collect()
    };
    assert_eq!(
        listed(store.range("a/", None, 0).await.unwrap()),
        ["a/1", "a/2", "a/x/3"]
    );
    assert_eq!(listed(store.range("ab/", None, 0).await.unwrap()), ["ab/1"]);
    assert_eq!(
        listed(store.range("a/x/", None, 0).await.unwrap()),
        ["a/x/3"]
    );
    assert_eq!(
        listed(store.range("zz", None, 0).await.unwrap()),
        Vec::<String>::new()
    );
    assert_eq!(store.count("a/").await.unwrap(), 3);
    assert_eq!(store.count("a").await.unwrap(), 7);
    assert_eq!(store.count("").await.unwrap(), keys.len() as u64);

    let from = store.current_revision().await.unwrap() + 1;
    let mut watch = store.watch("a/", from).await.unwrap();
    let revision = commit(store, Txn::new().then(Op::delete_prefix("a/"))).await;
    let remaining: Vec<String> = dump(store).await.into_iter().map(|(k, _, _)| k).collect();
    assert_eq!(remaining, ["a", "a.", "a0", "ab/1", "b/1"]);
    for want in ["a/1", "a/2", "a/x/3"] {
        let event = next_event(&mut watch).await;
        assert_eq!(
            (event.kind, event.kv.key.as_str(), event.revision),
            (EventKind::Delete, want, revision)
        );
    }
    // `ab/1` changes are not under `a/`; the next event seen is the later `a/` marker.
    put(store, "ab/1", "changed").await;
    let marker = put(store, "a/marker", "").await;
    let event = next_event(&mut watch).await;
    assert_eq!(
        (event.kv.key.as_str(), event.revision),
        ("a/marker", marker)
    );
}

/// Range results are ordered by the keys' UTF-8 bytes.
pub async fn range_orders_by_key_bytes(store: Arc<dyn Store>) {
    let store = store.as_ref();
    let keys = [
        "k/z",
        "k/B",
        "k/a",
        "k/\u{e9}",
        "k/0",
        "k/a/b",
        "k/a0",
        "k/\u{10FFFF}",
        "k/a\u{0}b",
        "k/~",
        "k/A",
    ];
    let mut txn = Txn::new();
    for key in keys {
        txn = txn.then(Op::put(key, ""));
    }
    commit(store, txn).await;
    let page = store.range("k/", None, 0).await.unwrap();
    let got: Vec<&str> = page.items.iter().map(|kv| kv.key.as_str()).collect();
    let want: Vec<&str> = keys
        .iter()
        .copied()
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    assert_eq!(got, want);
}

/// `limit`, `start_after` and `more` page through a prefix.
pub async fn range_pagination(store: Arc<dyn Store>) {
    let store = store.as_ref();
    let mut txn = Txn::new().then(Op::put("j", "")).then(Op::put("l", ""));
    for i in 0..25 {
        txn = txn.then(Op::put(format!("k/{i:02}"), ""));
    }
    let revision = commit(store, txn).await;
    let mut seen = Vec::new();
    let mut after: Option<String> = None;
    let mut pages = 0;
    loop {
        let page = store.range("k/", after.as_deref(), 7).await.unwrap();
        pages += 1;
        assert!(pages <= 4, "too many pages");
        assert_eq!(page.revision, revision);
        assert!(page.items.len() <= 7);
        seen.extend(page.items.iter().map(|kv| kv.key.clone()));
        after = page.items.last().map(|kv| kv.key.clone());
        if !page.more {
            break;
        }
    }
    assert_eq!(pages, 4);
    let want: Vec<String> = (0..25).map(|i| format!("k/{i:02}")).collect();
    assert_eq!(seen, want);

    let keys = |page: crate::types::RangePage| -> Vec<String> {
        page.items.into_iter().map(|kv| kv.key).collect()
    };
    // Exactly a full page: `more` is false.
    let page = store.range("k/", Some("k/17"), 7).await.unwrap();
    assert_eq!((page.items.len(), page.more), (7, false));
    // A start before the prefix starts at the prefix; one past it yields nothing.
    assert_eq!(
        keys(store.range("k/", Some("a"), 2).await.unwrap()),
        ["k/00", "k/01"]
    );
    assert_eq!(
        keys(store.range("k/", Some("z"), 2).await.unwrap()),
        Vec::<String>::new()
    );
    // A start that is not itself a key still continues after it.
    assert_eq!(
        keys(store.range("k/", Some("k/05x"), 2).await.unwrap()),
        ["k/06", "k/07"]
    );
    // Limit 0 is unlimited.
    assert_eq!(store.range("k/", None, 0).await.unwrap().items.len(), 25);
    let page = store.range("k/", None, 25).await.unwrap();
    assert_eq!((page.items.len(), page.more), (25, false));
    let page = store.range("k/", None, 24).await.unwrap();
    assert_eq!((page.items.len(), page.more), (24, true));
}

/// Paging while other keys are inserted and deleted visits every key that exists throughout
/// exactly once, in order.
pub async fn pagination_is_stable_under_concurrent_writes(store: Arc<dyn Store>) {
    let stable: Vec<String> = (0..120).map(|i| format!("p/{i:03}")).collect();
    for chunk in stable.chunks(60) {
        let mut txn = Txn::new();
        for key in chunk {
            txn = txn.then(Op::put(key.clone(), "stable"));
        }
        commit(store.as_ref(), txn).await;
    }
    let writer_store = Arc::clone(&store);
    let churn = tokio::spawn(async move {
        // Churn keys sort between and around the stable ones.
        for round in 0..60u32 {
            let i = (round * 37) % 120;
            let txn = Txn::new()
                .then(Op::put(format!("p/{i:03}a"), "churn"))
                .then(Op::put(format!("p/{:03}", 120 + round), "churn"))
                .then(Op::put(format!("p/{i:03}/child"), "churn"))
                .then(Op::delete(format!("p/{:03}a", (i + 83) % 120)));
            commit(writer_store.as_ref(), txn).await;
            tokio::task::yield_now().await;
        }
    });
    for _ in 0..3 {
        let mut seen: Vec<String> = Vec::new();
        let mut after: Option<String> = None;
        let mut last_revision = 0;
        for _ in 0..1000 {
            let page = store.range("p/", after.as_deref(), 9).await.unwrap();
            assert!(page.revision >= last_revision, "page revisions went back");
            last_revision = page.revision;
            seen.extend(page.items.iter().map(|kv| kv.key.clone()));
            after = page.items.last().map(|kv| kv.key.clone());
            if !page.more {
                break;
            }
            tokio::task::yield_now().await;
        }
        assert!(
            seen.windows(2).all(|w| w[0] < w[1]),
            "keys repeated or out of order"
        );
        let seen: BTreeSet<&String> = seen.iter().collect();
        for key in &stable {
            assert!(seen.contains(key), "stable key {key} was skipped");
        }
    }
    churn.await.unwrap();
}
