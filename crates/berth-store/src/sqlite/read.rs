//! Reads of the SQLite backend: a small pool of read connections, and the point, range, count
//! and change-log queries.
//!
//! WAL mode lets these connections read a consistent snapshot while the writer commits; each
//! multi-statement read runs in one read transaction so the revision it reports matches the
//! rows it returns. Every function here blocks and is run on tokio's blocking pool by the
//! caller. This module must never write.

use std::path::PathBuf;
use std::sync::{Mutex, PoisonError};

use rusqlite::{Connection, ToSql};

use crate::error::{Result, StoreError};
use crate::memory::check_not_compacted;
use crate::sqlite::schema::{
    connect, kv_from_row, read_meta, sql_error, to_i64, to_u64, KIND_DELETE, KIND_PUT,
};
use crate::types::{prefix_end, Event, EventKind, KeyValue, RangePage};
use crate::watch::ChangeLog;

/// Idle read connections kept for reuse. Readers beyond this open a connection and close it
/// afterwards; with 2-core machines in mind, more idle ones would only hold memory.
const MAX_IDLE_READERS: usize = 8;

/// The read side: where the database is, and idle connections to it.
pub(crate) struct Readers {
    path: PathBuf,
    idle: Mutex<Vec<Connection>>,
}

impl Readers {
    pub(crate) fn new(path: PathBuf) -> Readers {
        Readers {
            path,
            idle: Mutex::new(Vec::new()),
        }
    }

    /// Runs `read` inside one read transaction on a pooled connection.
    pub(crate) fn with_snapshot<T>(
        &self,
        read: impl FnOnce(&Connection) -> Result<T>,
    ) -> Result<T> {
        let pooled = self
            .idle
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .pop();
        let mut conn = match pooled {
            Some(conn) => conn,
            None => {
                let conn = connect(&self.path)?;
                // Belt and braces: a reader that tried to write would bypass group commit.
                conn.execute_batch("PRAGMA query_only = 1")
                    .map_err(sql_error)?;
                conn
            }
        };
        let result = (|| {
            let tx = conn.transaction().map_err(sql_error)?;
            let value = read(&tx)?;
            tx.commit().map_err(sql_error)?;
            Ok(value)
        })();
        // A connection whose read failed may be in a bad state; only reuse it after success.
        if result.is_ok() {
            let mut idle = self.idle.lock().unwrap_or_else(PoisonError::into_inner);
            if idle.len() < MAX_IDLE_READERS {
                idle.push(conn);
            }
        }
        result
    }

    pub(crate) fn get(&self, key: &str) -> Result<Option<KeyValue>> {
        self.with_snapshot(|conn| {
            let mut stmt = conn
                .prepare_cached(
                    "SELECT key, value, create_revision, mod_revision, version
                     FROM kv WHERE key = ?1",
                )
                .map_err(sql_error)?;
            let mut rows = stmt.query([key.as_bytes()]).map_err(sql_error)?;
            match rows.next().map_err(sql_error)? {
                Some(row) => Ok(Some(kv_from_row(row)?)),
                None => Ok(None),
            }
        })
    }

    pub(crate) fn range(
        &self,
        prefix: &str,
        start_after: Option<&str>,
        limit: usize,
    ) -> Result<RangePage> {
        let end = prefix_end(prefix.as_bytes());
        // Start strictly after `start_after` when it lies inside or past the prefix range;
        // otherwise at the prefix itself.
        let (lower, lower_op) = match start_after {
            Some(after) if after >= prefix => (after.as_bytes(), ">"),
            _ => (prefix.as_bytes(), ">="),
        };
        let (upper, limit_slot) = if end.is_some() {
            ("AND key < ?2", "?3")
        } else {
            ("", "?2")
        };
        let sql = format!(
            "SELECT key, value, create_revision, mod_revision, version FROM kv
             WHERE key {lower_op} ?1 {upper} ORDER BY key LIMIT {limit_slot}"
        );
        // One extra row tells whether more follow.
        let fetch = if limit == 0 {
            -1
        } else {
            i64::try_from(limit).unwrap_or(i64::MAX - 1) + 1
        };
        self.with_snapshot(|conn| {
            let revision = read_meta(conn, "revision")?;
            let mut stmt = conn.prepare_cached(&sql).map_err(sql_error)?;
            // `?2` only exists in the SQL when there is an upper bound.
            let mut params: Vec<&dyn ToSql> = vec![&lower];
            if let Some(end) = &end {
                params.push(end);
            }
            params.push(&fetch);
            let mut rows = stmt.query(params.as_slice()).map_err(sql_error)?;
            let mut items = Vec::new();
            let mut more = false;
            while let Some(row) = rows.next().map_err(sql_error)? {
                if limit != 0 && items.len() == limit {
                    more = true;
                    break;
                }
                items.push(kv_from_row(row)?);
            }
            Ok(RangePage {
                items,
                revision,
                more,
            })
        })
    }

    pub(crate) fn count(&self, prefix: &str) -> Result<u64> {
        let end = prefix_end(prefix.as_bytes());
        let upper = if end.is_some() { "AND key < ?2" } else { "" };
        let sql = format!("SELECT COUNT(*) FROM kv WHERE key >= ?1 {upper}");
        self.with_snapshot(|conn| {
            let lower = prefix.as_bytes();
            let mut params: Vec<&dyn ToSql> = vec![&lower];
            if let Some(end) = &end {
                params.push(end);
            }
            let count: i64 = conn
                .prepare_cached(&sql)
                .and_then(|mut stmt| stmt.query_row(params.as_slice(), |row| row.get(0)))
                .map_err(sql_error)?;
            to_u64(count, "count")
        })
    }

    pub(crate) fn revisions(&self) -> Result<(u64, u64)> {
        self.with_snapshot(|conn| {
            Ok((
                read_meta(conn, "revision")?,
                read_meta(conn, "compact_revision")?,
            ))
        })
    }
}

impl ChangeLog for Readers {
    fn history(&self, prefix: &str, from: u64, to: u64) -> Result<Vec<Event>> {
        let end = prefix_end(prefix.as_bytes());
        let upper = if end.is_some() { "AND key < ?4" } else { "" };
        let sql = format!(
            "SELECT revision, kind, key, value, create_revision, version FROM changes
             WHERE revision >= ?1 AND revision <= ?2 AND key >= ?3 {upper}
             ORDER BY revision, seq"
        );
        self.with_snapshot(|conn| {
            check_not_compacted(from, read_meta(conn, "compact_revision")?)?;
            if from > to {
                return Ok(Vec::new());
            }
            let mut stmt = conn.prepare_cached(&sql).map_err(sql_error)?;
            let (from, to, lower) = (to_i64(from)?, to_i64(to)?, prefix.as_bytes());
            let mut params: Vec<&dyn ToSql> = vec![&from, &to, &lower];
            if let Some(end) = &end {
                params.push(end);
            }
            let mut rows = stmt.query(params.as_slice()).map_err(sql_error)?;
            let mut events = Vec::new();
            while let Some(row) = rows.next().map_err(sql_error)? {
                let revision = to_u64(row.get(0).map_err(sql_error)?, "revision")?;
                let kind = match row.get::<_, i64>(1).map_err(sql_error)? {
                    KIND_PUT => EventKind::Put,
                    KIND_DELETE => EventKind::Delete,
                    other => {
                        return Err(StoreError::Corrupt(format!("unknown change kind {other}")))
                    }
                };
                let key: Vec<u8> = row.get(2).map_err(sql_error)?;
                let key = String::from_utf8(key)
                    .map_err(|e| StoreError::Corrupt(format!("key is not UTF-8: {e}")))?;
                events.push(Event {
                    kind,
                    kv: KeyValue {
                        key,
                        value: row.get(3).map_err(sql_error)?,
                        create_revision: to_u64(row.get(4).map_err(sql_error)?, "create_revision")?,
                        mod_revision: revision,
                        version: to_u64(row.get(5).map_err(sql_error)?, "version")?,
                    },
                    revision,
                });
            }
            Ok(events)
        })
    }
}
