//! Runs the conformance suite against both embedded backends, one test per case.

mod memory {
    berth_store::conformance_tests!(|| (berth_store::MemoryStore::new(), ()));
}

mod sqlite {
    fn make() -> (berth_store::SqliteStore, tempfile::TempDir) {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = berth_store::SqliteStore::open(dir.path()).expect("open store");
        (store, dir)
    }
    berth_store::conformance_tests!(make);
}

mod sqlite_process_crash_durability {
    fn make() -> (berth_store::SqliteStore, tempfile::TempDir) {
        let dir = tempfile::tempdir().expect("temp dir");
        let options = berth_store::SqliteOptions {
            durability: berth_store::Durability::ProcessCrash,
            ..Default::default()
        };
        let store = berth_store::SqliteStore::open_with(dir.path(), options).expect("open store");
        (store, dir)
    }
    berth_store::conformance_tests!(make);
}

/// `run_all` itself works (the per-case tests above use the macro).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn run_all_memory() {
    berth_store::conformance::run_all(|| (berth_store::MemoryStore::new(), ())).await;
}
