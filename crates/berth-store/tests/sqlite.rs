//! SQLite-specific behaviour beyond the conformance suite: persistence across reopen, the
//! stored revision, bounded history, the directory lock, bad files, group commit, shutdown.

use std::sync::Arc;
use std::time::Duration;

use berth_store::{
    Compare, EventKind, Op, SqliteOptions, SqliteStore, Store, StoreError, Txn, TxnOutcome,
    MAX_KEY_BYTES, MAX_VALUE_BYTES,
};

async fn put(store: &SqliteStore, key: &str, value: &str) -> u64 {
    store
        .txn(Txn::new().then(Op::put(key, value)))
        .await
        .unwrap()
        .revision()
        .unwrap()
}

async fn reopen(dir: &std::path::Path, options: SqliteOptions) -> SqliteStore {
    let dir = dir.to_path_buf();
    tokio::task::spawn_blocking(move || SqliteStore::open_with(dir, options))
        .await
        .unwrap()
        .unwrap()
}

#[tokio::test]
async fn state_revision_and_history_survive_reopen() {
    let dir = tempfile::tempdir().unwrap();
    {
        let store = reopen(dir.path(), SqliteOptions::default()).await;
        put(&store, "a", "1").await;
        put(&store, "b", "2").await;
        put(&store, "a", "3").await;
        // Deleting everything must not let the revision fall back to the highest remaining
        // mod_revision (there is none): the revision is stored, not recomputed.
        let done = store
            .txn(
                Txn::new()
                    .then(Op::delete_prefix("a"))
                    .then(Op::delete("b")),
            )
            .await
            .unwrap();
        assert_eq!(done, TxnOutcome::Committed { revision: 4 });
        put(&store, "c", "5").await;
    }
    let store = reopen(dir.path(), SqliteOptions::default()).await;
    assert_eq!(store.current_revision().await.unwrap(), 5);
    assert_eq!(store.stored_revisions().await.unwrap().0, 5);
    let c = store.get("c").await.unwrap().unwrap();
    assert_eq!((c.value.as_slice(), c.create_revision), (&b"5"[..], 5));
    assert_eq!(store.get("a").await.unwrap(), None);
    assert_eq!(put(&store, "d", "").await, 6);
    // The change log is persistent: a watch after reopen replays pre-restart history.
    let mut watch = store.watch("", 1).await.unwrap();
    let mut kinds = Vec::new();
    for _ in 0..7 {
        let event = watch.recv().await.unwrap().unwrap();
        kinds.push((event.revision, event.kind, event.kv.key));
    }
    assert_eq!(
        kinds,
        [
            (1, EventKind::Put, "a".to_owned()),
            (2, EventKind::Put, "b".to_owned()),
            (3, EventKind::Put, "a".to_owned()),
            (4, EventKind::Delete, "a".to_owned()),
            (4, EventKind::Delete, "b".to_owned()),
            (5, EventKind::Put, "c".to_owned()),
            (6, EventKind::Put, "d".to_owned()),
        ]
    );
}

#[tokio::test]
async fn history_is_bounded_and_compaction_persists() {
    let dir = tempfile::tempdir().unwrap();
    let options = SqliteOptions {
        history_revisions: 5,
        ..Default::default()
    };
    {
        let store = reopen(dir.path(), options.clone()).await;
        for i in 0..20 {
            put(&store, &format!("k/{i}"), "").await;
        }
        assert_eq!(store.stored_revisions().await.unwrap(), (20, 16));
        assert!(matches!(
            store.watch("", 15).await,
            Err(StoreError::Compacted {
                requested: 15,
                compact_revision: 16
            })
        ));
        let mut watch = store.watch("", 16).await.unwrap();
        assert_eq!(watch.recv().await.unwrap().unwrap().revision, 16);
        store.compact(18).await.unwrap();
    }
    let store = reopen(dir.path(), options).await;
    assert_eq!(store.stored_revisions().await.unwrap(), (20, 18));
    assert!(store.watch("", 17).await.is_err());
    assert_eq!(store.count("k/").await.unwrap(), 20);
}

#[tokio::test]
async fn a_second_open_of_the_same_directory_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let store = reopen(dir.path(), SqliteOptions::default()).await;
    assert!(matches!(
        SqliteStore::open(dir.path()),
        Err(StoreError::Locked(_))
    ));
    drop(store);
    let store = SqliteStore::open(dir.path()).unwrap();
    drop(store);
}

#[test]
fn garbage_database_is_reported_as_corrupt() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join(berth_store::sqlite::DATABASE_FILE),
        b"this is not a database, just a long enough run of bytes to look like a header ......",
    )
    .unwrap();
    match SqliteStore::open(dir.path()) {
        Err(StoreError::Corrupt(_)) => {}
        other => panic!("expected Corrupt, got {other:?}"),
    }
}

#[test]
fn newer_schema_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    drop(SqliteStore::open(dir.path()).unwrap());
    let conn =
        rusqlite::Connection::open(dir.path().join(berth_store::sqlite::DATABASE_FILE)).unwrap();
    conn.execute_batch("PRAGMA user_version = 1000").unwrap();
    drop(conn);
    match SqliteStore::open(dir.path()) {
        Err(StoreError::SchemaTooNew {
            found: 1000,
            supported,
        }) => {
            assert_eq!(supported, berth_store::sqlite::SCHEMA_VERSION)
        }
        other => panic!("expected SchemaTooNew, got {other:?}"),
    }
}

#[tokio::test]
async fn a_row_we_did_not_write_is_corrupt_not_a_panic() {
    let dir = tempfile::tempdir().unwrap();
    drop(reopen(dir.path(), SqliteOptions::default()).await);
    let conn =
        rusqlite::Connection::open(dir.path().join(berth_store::sqlite::DATABASE_FILE)).unwrap();
    conn.execute_batch(
        "INSERT INTO kv VALUES (x'ff', x'00', 1, 1, 1);
         INSERT INTO kv VALUES (CAST('neg' AS BLOB), x'00', -1, 1, 1);",
    )
    .unwrap();
    drop(conn);
    let store = reopen(dir.path(), SqliteOptions::default()).await;
    assert!(matches!(
        store.range("", None, 0).await,
        Err(StoreError::Corrupt(_))
    ));
    assert!(matches!(
        store.get("neg").await,
        Err(StoreError::Corrupt(_))
    ));
    // A transaction reading the bad row fails whole and leaves nothing behind.
    let txn = Txn::new()
        .when(Compare::Exists { key: "neg".into() })
        .then(Op::put("x", "1"));
    assert!(matches!(store.txn(txn).await, Err(StoreError::Corrupt(_))));
    assert_eq!(store.get("x").await.unwrap(), None);
    assert_eq!(put(&store, "y", "").await, 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_txns_share_commits() {
    let dir = tempfile::tempdir().unwrap();
    let store = Arc::new(reopen(dir.path(), SqliteOptions::default()).await);
    let tasks: Vec<_> = (0..64)
        .map(|i| {
            let store = Arc::clone(&store);
            tokio::spawn(async move {
                for j in 0..5 {
                    put(&store, &format!("g/{i}/{j}"), "").await;
                }
            })
        })
        .collect();
    for task in tasks {
        task.await.unwrap();
    }
    let stats = store.writer_stats();
    assert_eq!(stats.txns, 320);
    assert!(
        stats.batches < stats.txns / 2,
        "group commit did not batch: {stats:?}"
    );
}

#[tokio::test]
async fn limits_round_trip() {
    let dir = tempfile::tempdir().unwrap();
    let store = reopen(dir.path(), SqliteOptions::default()).await;
    let key = "k".repeat(MAX_KEY_BYTES);
    let value = vec![7u8; MAX_VALUE_BYTES];
    store
        .txn(Txn::new().then(Op::put(key.clone(), value.clone())))
        .await
        .unwrap();
    assert_eq!(store.get(&key).await.unwrap().unwrap().value, value);
}

#[tokio::test]
async fn dropping_the_store_ends_watches_with_closed() {
    let dir = tempfile::tempdir().unwrap();
    let store = reopen(dir.path(), SqliteOptions::default()).await;
    let mut watch = store.watch("", 0).await.unwrap();
    drop(store);
    let item = tokio::time::timeout(Duration::from_secs(10), watch.recv())
        .await
        .unwrap();
    assert_eq!(item, Some(Err(StoreError::Closed)));
    assert_eq!(watch.recv().await, None);
}
