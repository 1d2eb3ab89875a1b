//! The single writer thread of the SQLite backend and its group commit.
//!
//! Every write goes through one thread that owns the only writing connection. It takes whatever
//! requests are queued (up to [`MAX_BATCH`]), runs them in submission order inside ONE SQLite
//! transaction — each transaction with its own compare checks against the state left by the ones
//! before it, and its own revision — commits once, and only then publishes the events and
//! answers the callers. One fsync thus serves a whole batch, and while it runs the next batch
//! queues up. This module must not answer a caller before the commit that decides its outcome
//! is durable.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc;
use std::sync::Arc;

use rusqlite::{Connection, Transaction, TransactionBehavior};
use tokio::sync::oneshot;

use crate::engine::{self, TxnTarget};
use crate::error::{Result, StoreError};
use crate::sqlite::schema::{
    kv_from_row, read_meta, sql_error, to_i64, write_meta, KIND_DELETE, KIND_PUT,
};
use crate::types::{prefix_end, Event, EventKind, KeyValue, Txn, TxnOutcome};
use crate::watch::{Batch, Hub};

/// Most requests committed together. Bounds the work (and the time until the first caller in
/// the batch is answered) of one SQLite transaction; beyond a few hundred, batching no longer
/// saves meaningful fsyncs.
pub(crate) const MAX_BATCH: usize = 512;

/// Counters of the writer's work, readable while it runs (for metrics and tests).
#[derive(Debug, Default)]
pub(crate) struct Counters {
    /// SQLite transactions committed (one per batch).
    pub batches: AtomicU64,
    /// Store transactions answered from committed batches (including conflicts).
    pub txns: AtomicU64,
}

/// One unit of work for the writer.
pub(crate) enum Request {
    /// Run a validated transaction.
    Txn {
        txn: Txn,
        reply: oneshot::Sender<Result<TxnOutcome>>,
    },
    /// Discard history before `revision`.
    Compact {
        revision: u64,
        reply: oneshot::Sender<Result<()>>,
    },
}

/// A reply to send once the batch's fate is known.
enum Pending {
    Txn(oneshot::Sender<Result<TxnOutcome>>, Result<TxnOutcome>),
    Compact(oneshot::Sender<Result<()>>, Result<()>),
}

impl Pending {
    fn send(self) {
        // A caller that went away no longer needs its answer; its write stands regardless.
        match self {
            Pending::Txn(reply, result) => {
                let _ = reply.send(result);
            }
            Pending::Compact(reply, result) => {
                let _ = reply.send(result);
            }
        }
    }

    fn fail(self, error: &StoreError) {
        match self {
            Pending::Txn(reply, _) => {
                let _ = reply.send(Err(error.clone()));
            }
            Pending::Compact(reply, _) => {
                let _ = reply.send(Err(error.clone()));
            }
        }
    }
}

/// The writer thread's body: batch, commit, publish, answer; until every sender is gone.
pub(crate) fn run(
    mut conn: Connection,
    requests: mpsc::Receiver<Request>,
    hub: Arc<Hub>,
    counters: Arc<Counters>,
    history_revisions: u64,
) {
    while let Ok(first) = requests.recv() {
        let mut batch = Vec::with_capacity(16);
        batch.push(first);
        while batch.len() < MAX_BATCH {
            match requests.try_recv() {
                Ok(request) => batch.push(request),
                Err(_) => break,
            }
        }
        commit_batch(&mut conn, batch, &hub, &counters, history_revisions);
    }
    hub.close();
}

fn commit_batch(
    conn: &mut Connection,
    batch: Vec<Request>,
    hub: &Hub,
    counters: &Counters,
    history_revisions: u64,
) {
    let mut pending = Vec::with_capacity(batch.len());
    let mut events = Vec::new();
    let result = apply_batch(conn, batch, history_revisions, &mut pending, &mut events);
    match result {
        Ok(revision) => {
            if let Some(revision) = revision {
                hub.publish(Batch {
                    last_revision: revision,
                    events,
                });
            }
            let txns = pending
                .iter()
                .filter(|p| matches!(p, Pending::Txn(..)))
                .count();
            counters.batches.fetch_add(1, Ordering::Relaxed);
            counters.txns.fetch_add(txns as u64, Ordering::Relaxed);
            pending.into_iter().for_each(Pending::send);
        }
        Err((error, unanswered)) => {
            // The SQLite transaction was rolled back (or never committed): nothing in this
            // batch happened, whatever outcome had been computed for it.
            tracing::error!(%error, "store batch failed; rolled back");
            pending.into_iter().for_each(|p| p.fail(&error));
            for request in unanswered {
                match request {
                    Request::Txn { reply, .. } => {
                        let _ = reply.send(Err(error.clone()));
                    }
                    Request::Compact { reply, .. } => {
                        let _ = reply.send(Err(error.clone()));
                    }
                }
            }
        }
    }
}

/// Runs the batch in one SQLite transaction and commits it. Returns the new revision if any key
/// changed. On error, returns the requests not yet moved to `pending`; dropping the uncommitted
/// `Transaction` rolls everything back.
fn apply_batch(
    conn: &mut Connection,
    batch: Vec<Request>,
    history_revisions: u64,
    pending: &mut Vec<Pending>,
    events: &mut Vec<Event>,
) -> std::result::Result<Option<u64>, (StoreError, Vec<Request>)> {
    // IMMEDIATE takes the write lock up front, so no statement inside can fail with BUSY
    // half-way through the batch.
    let tx = match conn.transaction_with_behavior(TransactionBehavior::Immediate) {
        Ok(tx) => tx,
        Err(error) => return Err((sql_error(error), batch)),
    };
    let start = match (
        read_meta(&tx, "revision"),
        read_meta(&tx, "compact_revision"),
    ) {
        (Ok(revision), Ok(compact)) => (revision, compact),
        (Err(error), _) | (_, Err(error)) => return Err((error, batch)),
    };
    let (mut revision, mut compact_revision) = start;
    let mut requests = batch.into_iter();
    while let Some(request) = requests.next() {
        match request {
            Request::Txn { txn, reply } => {
                // Each transaction runs under its own savepoint, so one that fails on bad data
                // (a corrupt row) is undone alone and the rest of the batch still commits.
                if let Err(error) = tx.execute_batch("SAVEPOINT txn") {
                    return Err((sql_error(error), requests.collect()));
                }
                match run_txn(&tx, &txn, revision) {
                    Ok(done) => {
                        if let Err(error) = tx.execute_batch("RELEASE txn") {
                            return Err((sql_error(error), requests.collect()));
                        }
                        if let TxnOutcome::Committed { revision: new } = done.outcome {
                            revision = new;
                        }
                        events.extend(done.events);
                        pending.push(Pending::Txn(reply, Ok(done.outcome)));
                    }
                    Err(error) => {
                        // After some errors (I/O, full disk) SQLite has already rolled back
                        // the whole transaction; then the batch is lost and fails as a whole.
                        let undone = !tx.is_autocommit()
                            && tx.execute_batch("ROLLBACK TO txn; RELEASE txn").is_ok();
                        if !undone {
                            pending.push(Pending::Txn(reply, Err(error.clone())));
                            return Err((error, requests.collect()));
                        }
                        pending.push(Pending::Txn(reply, Err(error)));
                    }
                }
            }
            Request::Compact {
                revision: target,
                reply,
            } => {
                let result = if target > revision {
                    Err(StoreError::FutureRevision {
                        requested: target,
                        current: revision,
                    })
                } else {
                    compact_revision = compact_revision.max(target);
                    Ok(())
                };
                pending.push(Pending::Compact(reply, result));
            }
        }
    }
    compact_revision =
        compact_revision.max(revision.saturating_sub(history_revisions).saturating_add(1));
    let finish = || -> Result<()> {
        if revision != start.0 {
            write_meta(&tx, "revision", revision)?;
        }
        if compact_revision != start.1 {
            let below = to_i64(compact_revision)?;
            tx.prepare_cached("DELETE FROM changes WHERE revision < ?1")
                .and_then(|mut stmt| stmt.execute([below]))
                .map_err(sql_error)?;
            write_meta(&tx, "compact_revision", compact_revision)?;
        }
        Ok(())
    };
    if let Err(error) = finish() {
        return Err((error, Vec::new()));
    }
    tx.commit().map_err(|e| (sql_error(e), Vec::new()))?;
    Ok((revision != start.0).then_some(revision))
}

/// Executes one transaction and logs its events, inside the caller's savepoint.
fn run_txn(tx: &Transaction<'_>, txn: &Txn, revision: u64) -> Result<engine::Executed> {
    let done = engine::execute(&mut SqlTarget(tx), txn, revision)?;
    log_events(tx, &done.events)?;
    Ok(done)
}

/// Appends a transaction's events to the change log.
fn log_events(tx: &Transaction<'_>, events: &[Event]) -> Result<()> {
    let mut stmt = tx
        .prepare_cached(
            "INSERT INTO changes (revision, seq, kind, key, value, create_revision, version)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        )
        .map_err(sql_error)?;
    for (seq, event) in events.iter().enumerate() {
        let kind = match event.kind {
            EventKind::Put => KIND_PUT,
            EventKind::Delete => KIND_DELETE,
        };
        stmt.execute(rusqlite::params![
            to_i64(event.revision)?,
            to_i64(seq as u64)?,
            kind,
            event.kv.key.as_bytes(),
            event.kv.value,
            to_i64(event.kv.create_revision)?,
            to_i64(event.kv.version)?,
        ])
        .map_err(sql_error)?;
    }
    Ok(())
}

/// The engine's view of the open SQLite transaction.
struct SqlTarget<'a, 'c>(&'a Transaction<'c>);

impl TxnTarget for SqlTarget<'_, '_> {
    fn get(&mut self, key: &str) -> Result<Option<KeyValue>> {
        let mut stmt = self
            .0
            .prepare_cached(
                "SELECT key, value, create_revision, mod_revision, version FROM kv WHERE key = ?1",
            )
            .map_err(sql_error)?;
        let mut rows = stmt.query([key.as_bytes()]).map_err(sql_error)?;
        match rows.next().map_err(sql_error)? {
            Some(row) => Ok(Some(kv_from_row(row)?)),
            None => Ok(None),
        }
    }

    fn list_prefix(&mut self, prefix: &str) -> Result<Vec<KeyValue>> {
        let end = prefix_end(prefix.as_bytes());
        let sql = if end.is_some() {
            "SELECT key, value, create_revision, mod_revision, version FROM kv
             WHERE key >= ?1 AND key < ?2 ORDER BY key"
        } else {
            "SELECT key, value, create_revision, mod_revision, version FROM kv
             WHERE key >= ?1 ORDER BY key"
        };
        let mut stmt = self.0.prepare_cached(sql).map_err(sql_error)?;
        let mut rows = match &end {
            Some(end) => stmt.query(rusqlite::params![prefix.as_bytes(), end]),
            None => stmt.query(rusqlite::params![prefix.as_bytes()]),
        }
        .map_err(sql_error)?;
        let mut items = Vec::new();
        while let Some(row) = rows.next().map_err(sql_error)? {
            items.push(kv_from_row(row)?);
        }
        Ok(items)
    }

    fn put(&mut self, kv: &KeyValue) -> Result<()> {
        let params = (
            to_i64(kv.create_revision)?,
            to_i64(kv.mod_revision)?,
            to_i64(kv.version)?,
        );
        self.0
            .prepare_cached(
                "INSERT INTO kv (key, value, create_revision, mod_revision, version)
                 VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value,
                    create_revision = excluded.create_revision,
                    mod_revision = excluded.mod_revision, version = excluded.version",
            )
            .and_then(|mut stmt| {
                stmt.execute(rusqlite::params![
                    kv.key.as_bytes(),
                    kv.value,
                    params.0,
                    params.1,
                    params.2,
                ])
            })
            .map_err(sql_error)?;
        Ok(())
    }

    fn delete(&mut self, key: &str) -> Result<()> {
        self.0
            .prepare_cached("DELETE FROM kv WHERE key = ?1")
            .and_then(|mut stmt| stmt.execute([key.as_bytes()]))
            .map_err(sql_error)?;
        Ok(())
    }
}
