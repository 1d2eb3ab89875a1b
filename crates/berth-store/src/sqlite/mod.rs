//! The SQLite backend, berth's embedded default store: one database file in a directory, WAL
//! journal, one group-committing writer thread, pooled readers.
//!
//! Durability. A write is acknowledged only after the SQLite transaction holding it has
//! committed. In WAL mode a commit appends to the `-wal` file; with `synchronous = FULL` it also
//! fsyncs that file before returning, so an acknowledged write survives kill -9 *and* power loss
//! or an OS crash. With `synchronous = NORMAL` the WAL is fsynced only at checkpoints: a commit
//! still reaches the OS page cache before it returns, so it survives kill -9 (the kernel keeps
//! the page cache of a killed process), but the last commits may roll back on power loss —
//! never half-applied, since SQLite's WAL frames carry checksums and a partial commit is
//! ignored on recovery. berth defaults to FULL ([`Durability::PowerLoss`]): the writer's group
//! commit amortises the fsync over every transaction queued behind it, which keeps FULL's cost
//! acceptable (see `benches/commit.rs`).
//!
//! This module wires the pieces together and must not contain SQL beyond opening; the schema
//! lives in `schema`, writes in `writer`, reads in `read`.

mod read;
mod schema;
mod writer;

use std::fs::{File, OpenOptions};
use std::path::{Path, PathBuf};
use std::sync::atomic::Ordering;
use std::sync::{mpsc, Arc};
use std::thread::JoinHandle;

use async_trait::async_trait;
use tokio::sync::oneshot;

use crate::error::{Result, StoreError};
use crate::store::{Store, WatchStream};
use crate::types::{validate_key, KeyValue, RangePage, Txn, TxnOutcome};
use crate::watch::{self, ChangeLog, Hub, DEFAULT_HISTORY_REVISIONS, HUB_CAPACITY};

pub use schema::SCHEMA_VERSION;

/// Name of the database file inside the store directory.
pub const DATABASE_FILE: &str = "berth.db";

/// Name of the lock file that keeps a second process out of the directory: the writer keeps
/// per-process state (the watch hub) that another writer would silently bypass.
pub const LOCK_FILE: &str = "berth.lock";

/// What an acknowledged write survives; see the module documentation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Durability {
    /// `synchronous = FULL`: survives process kill, OS crash and power loss.
    #[default]
    PowerLoss,
    /// `synchronous = NORMAL`: survives process kill; the latest commits may roll back (whole)
    /// on OS crash or power loss.
    ProcessCrash,
}

/// Settings for [`SqliteStore::open_with`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SqliteOptions {
    /// What an acknowledged write survives.
    pub durability: Durability,
    /// Revisions of change history kept for watches (at least 1).
    pub history_revisions: u64,
}

impl Default for SqliteOptions {
    fn default() -> Self {
        SqliteOptions {
            durability: Durability::default(),
            history_revisions: DEFAULT_HISTORY_REVISIONS,
        }
    }
}

/// How much work the writer has done since the store was opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WriterStats {
    /// SQLite transactions (each one fsync under [`Durability::PowerLoss`]) committed.
    pub batches: u64,
    /// Store transactions answered from those batches; `txns / batches` is the group-commit
    /// factor.
    pub txns: u64,
}

struct Inner {
    counters: Arc<writer::Counters>,
    requests: Option<mpsc::Sender<writer::Request>>,
    writer: Option<JoinHandle<()>>,
    readers: Arc<read::Readers>,
    hub: Arc<Hub>,
    dir: PathBuf,
    // Held (and locked) for the store's lifetime; released when dropped, after the writer.
    _lock: File,
}

impl Drop for Inner {
    fn drop(&mut self) {
        // Closing the channel lets the writer finish its queue and exit; joining it makes the
        // file free for a reopen as soon as the store is dropped.
        self.requests.take();
        if let Some(writer) = self.writer.take() {
            if writer.join().is_err() {
                tracing::error!(dir = %self.dir.display(), "store writer thread panicked");
            }
        }
        self.hub.close();
    }
}

/// The SQLite-backed store. Cloning shares the same writer and readers; the writer stops when
/// the last clone is dropped.
#[derive(Clone)]
pub struct SqliteStore {
    inner: Arc<Inner>,
}

impl std::fmt::Debug for SqliteStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SqliteStore")
            .field("dir", &self.inner.dir)
            .finish()
    }
}

impl SqliteStore {
    /// Opens (creating if needed) the store in `dir` with default options.
    pub fn open(dir: impl AsRef<Path>) -> Result<SqliteStore> {
        SqliteStore::open_with(dir, SqliteOptions::default())
    }

    /// Opens (creating if needed) the store in `dir`: takes the directory lock, migrates the
    /// schema, and starts the writer thread. Blocking; call it before serving or from
    /// `spawn_blocking`.
    pub fn open_with(dir: impl AsRef<Path>, options: SqliteOptions) -> Result<SqliteStore> {
        let dir = dir.as_ref().to_path_buf();
        std::fs::create_dir_all(&dir)
            .map_err(|e| StoreError::Io(format!("creating {}: {e}", dir.display())))?;
        let lock_path = dir.join(LOCK_FILE);
        let lock = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&lock_path)
            .map_err(|e| StoreError::Io(format!("opening {}: {e}", lock_path.display())))?;
        lock.try_lock().map_err(|e| match e {
            std::fs::TryLockError::WouldBlock => {
                StoreError::Locked(lock_path.display().to_string())
            }
            std::fs::TryLockError::Error(e) => {
                StoreError::Io(format!("locking {}: {e}", lock_path.display()))
            }
        })?;

        let path = dir.join(DATABASE_FILE);
        let mut conn = schema::connect(&path)?;
        schema::prepare(&mut conn)?;
        let synchronous = match options.durability {
            Durability::PowerLoss => "FULL",
            Durability::ProcessCrash => "NORMAL",
        };
        conn.execute_batch(&format!("PRAGMA synchronous = {synchronous}"))
            .map_err(schema::sql_error)?;
        let revision = schema::read_meta(&conn, "revision")?;

        let hub = Arc::new(Hub::new(revision, HUB_CAPACITY));
        let (requests, queue) = mpsc::channel();
        let writer_hub = Arc::clone(&hub);
        let counters = Arc::new(writer::Counters::default());
        let writer_counters = Arc::clone(&counters);
        let history_revisions = options.history_revisions.max(1);
        let writer = std::thread::Builder::new()
            .name("berth-store-writer".to_owned())
            .spawn(move || writer::run(conn, queue, writer_hub, writer_counters, history_revisions))
            .map_err(|e| StoreError::Io(format!("starting the writer thread: {e}")))?;
        Ok(SqliteStore {
            inner: Arc::new(Inner {
                counters,
                requests: Some(requests),
                writer: Some(writer),
                readers: Arc::new(read::Readers::new(path)),
                hub,
                dir,
                _lock: lock,
            }),
        })
    }

    /// The writer's work so far.
    pub fn writer_stats(&self) -> WriterStats {
        WriterStats {
            batches: self.inner.counters.batches.load(Ordering::Relaxed),
            txns: self.inner.counters.txns.load(Ordering::Relaxed),
        }
    }

    /// The directory holding the store.
    pub fn dir(&self) -> &Path {
        &self.inner.dir
    }

    async fn read<T: Send + 'static>(
        &self,
        read: impl FnOnce(&read::Readers) -> Result<T> + Send + 'static,
    ) -> Result<T> {
        let readers = Arc::clone(&self.inner.readers);
        tokio::task::spawn_blocking(move || read(&readers))
            .await
            .map_err(|e| StoreError::Io(format!("store reader failed: {e}")))?
    }

    fn submit(&self, request: writer::Request) -> Result<()> {
        let requests = self.inner.requests.as_ref().ok_or(StoreError::Closed)?;
        requests.send(request).map_err(|_| StoreError::Closed)
    }
}

#[async_trait]
impl Store for SqliteStore {
    async fn get(&self, key: &str) -> Result<Option<KeyValue>> {
        validate_key(key)?;
        let key = key.to_owned();
        self.read(move |readers| readers.get(&key)).await
    }

    async fn range(
        &self,
        prefix: &str,
        start_after: Option<&str>,
        limit: usize,
    ) -> Result<RangePage> {
        let prefix = prefix.to_owned();
        let start_after = start_after.map(str::to_owned);
        self.read(move |readers| readers.range(&prefix, start_after.as_deref(), limit))
            .await
    }

    async fn count(&self, prefix: &str) -> Result<u64> {
        let prefix = prefix.to_owned();
        self.read(move |readers| readers.count(&prefix)).await
    }

    async fn txn(&self, txn: Txn) -> Result<TxnOutcome> {
        txn.validate()?;
        let (reply, outcome) = oneshot::channel();
        self.submit(writer::Request::Txn { txn, reply })?;
        outcome.await.map_err(|_| StoreError::Closed)?
    }

    async fn watch(&self, prefix: &str, from_revision: u64) -> Result<WatchStream> {
        let from = if from_revision == 0 {
            self.inner.hub.published() + 1
        } else {
            from_revision
        };
        let log: Arc<dyn ChangeLog> = self.inner.readers.clone();
        watch::start(Arc::clone(&self.inner.hub), log, prefix, from).await
    }

    async fn current_revision(&self) -> Result<u64> {
        Ok(self.inner.hub.published())
    }

    async fn compact(&self, revision: u64) -> Result<()> {
        let (reply, done) = oneshot::channel();
        self.submit(writer::Request::Compact { revision, reply })?;
        done.await.map_err(|_| StoreError::Closed)?
    }
}

impl SqliteStore {
    /// The stored revision and oldest watchable revision, read from the database (for tests
    /// and diagnostics; `current_revision` is cheaper).
    pub async fn stored_revisions(&self) -> Result<(u64, u64)> {
        self.read(|readers| readers.revisions()).await
    }
}
