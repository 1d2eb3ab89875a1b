//! The SQLite schema, its forward migrations, connection setup, and the mapping of SQLite errors
//! and rows to store types.
//!
//! The schema version lives in `PRAGMA user_version`; each migration runs in its own
//! transaction together with the version bump, so a crash mid-migration leaves the previous
//! version intact. A database newer than this build is refused, never "fixed". This module owns
//! every `CREATE` statement; it must not contain transaction logic.

use std::path::Path;
use std::time::Duration;

use rusqlite::{Connection, ErrorCode, Row};

use crate::error::{Result, StoreError};
use crate::types::KeyValue;

/// How long a connection waits for SQLite's own file locks (a checkpoint, a reader opening the
/// WAL) before failing. Our single writer means waits are short; this only absorbs stalls.
const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

/// Migrations in order: entry `i` takes the schema from version `i` to `i + 1`.
const MIGRATIONS: &[&str] = &[
    // Version 1. `meta` holds the global revision (stored, never recomputed from the keys, since
    // deletes must not make the revision go back) and the oldest watchable revision. `kv` is the
    // current state; keys are BLOBs so `<`/`>` compare raw bytes, which is the store's key
    // order. `changes` is the bounded change log that watches replay.
    "CREATE TABLE meta (
        name TEXT PRIMARY KEY NOT NULL,
        value INTEGER NOT NULL
     ) WITHOUT ROWID;
     INSERT INTO meta (name, value) VALUES ('revision', 0), ('compact_revision', 0);
     CREATE TABLE kv (
        key BLOB PRIMARY KEY NOT NULL,
        value BLOB NOT NULL,
        create_revision INTEGER NOT NULL,
        mod_revision INTEGER NOT NULL,
        version INTEGER NOT NULL
     );
     CREATE TABLE changes (
        revision INTEGER NOT NULL,
        seq INTEGER NOT NULL,
        kind INTEGER NOT NULL,
        key BLOB NOT NULL,
        value BLOB NOT NULL,
        create_revision INTEGER NOT NULL,
        version INTEGER NOT NULL,
        PRIMARY KEY (revision, seq)
     );",
];

/// The schema version this build writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// `changes.kind` for a put.
pub(crate) const KIND_PUT: i64 = 1;
/// `changes.kind` for a delete.
pub(crate) const KIND_DELETE: i64 = 2;

/// Maps a SQLite error to the store's error: corruption stays distinguishable from I/O trouble.
pub(crate) fn sql_error(error: rusqlite::Error) -> StoreError {
    match &error {
        rusqlite::Error::SqliteFailure(failure, _)
            if matches!(
                failure.code,
                ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase
            ) =>
        {
            StoreError::Corrupt(error.to_string())
        }
        rusqlite::Error::FromSqlConversionFailure(..)
        | rusqlite::Error::InvalidColumnType(..)
        | rusqlite::Error::IntegralValueOutOfRange(..)
        | rusqlite::Error::QueryReturnedNoRows => StoreError::Corrupt(error.to_string()),
        _ => StoreError::Io(error.to_string()),
    }
}

/// Opens a connection with the settings every connection needs.
pub(crate) fn connect(path: &Path) -> Result<Connection> {
    let conn = Connection::open(path).map_err(sql_error)?;
    conn.busy_timeout(BUSY_TIMEOUT).map_err(sql_error)?;
    Ok(conn)
}

/// Puts the database in WAL mode (persistent in the file) and migrates it to
/// [`SCHEMA_VERSION`]. Runs on the writer connection before anything else touches the file.
pub(crate) fn prepare(conn: &mut Connection) -> Result<()> {
    let mode: String = conn
        .query_row("PRAGMA journal_mode = WAL", [], |row| row.get(0))
        .map_err(sql_error)?;
    if !mode.eq_ignore_ascii_case("wal") {
        return Err(StoreError::Io(format!(
            "could not enable WAL journal mode (got {mode:?})"
        )));
    }
    let found: i64 = conn
        .query_row("PRAGMA user_version", [], |row| row.get(0))
        .map_err(sql_error)?;
    if found > SCHEMA_VERSION {
        return Err(StoreError::SchemaTooNew {
            found,
            supported: SCHEMA_VERSION,
        });
    }
    if found < 0 {
        return Err(StoreError::Corrupt(format!(
            "negative schema version {found}"
        )));
    }
    for (index, migration) in MIGRATIONS.iter().enumerate().skip(found as usize) {
        let tx = conn.transaction().map_err(sql_error)?;
        tx.execute_batch(migration).map_err(sql_error)?;
        // PRAGMA arguments cannot be bound; the value is our own integer.
        tx.execute_batch(&format!("PRAGMA user_version = {}", index + 1))
            .map_err(sql_error)?;
        tx.commit().map_err(sql_error)?;
    }
    Ok(())
}

/// Reads a `meta` value.
pub(crate) fn read_meta(conn: &Connection, name: &str) -> Result<u64> {
    let value: i64 = conn
        .prepare_cached("SELECT value FROM meta WHERE name = ?1")
        .and_then(|mut stmt| stmt.query_row([name], |row| row.get(0)))
        .map_err(sql_error)?;
    to_u64(value, name)
}

/// Writes a `meta` value.
pub(crate) fn write_meta(conn: &Connection, name: &str, value: u64) -> Result<()> {
    let value = to_i64(value)?;
    conn.prepare_cached("UPDATE meta SET value = ?2 WHERE name = ?1")
        .and_then(|mut stmt| stmt.execute(rusqlite::params![name, value]))
        .map_err(sql_error)?;
    Ok(())
}

/// A stored integer as a revision or version; negative means the file was not written by us.
pub(crate) fn to_u64(value: i64, what: &str) -> Result<u64> {
    u64::try_from(value).map_err(|_| StoreError::Corrupt(format!("negative {what}: {value}")))
}

/// A revision or version as SQLite's integer type.
pub(crate) fn to_i64(value: u64) -> Result<i64> {
    i64::try_from(value).map_err(|_| StoreError::Corrupt(format!("revision overflow: {value}")))
}

/// Decodes a `kv` row selected as `key, value, create_revision, mod_revision, version`.
pub(crate) fn kv_from_row(row: &Row<'_>) -> Result<KeyValue> {
    let key: Vec<u8> = row.get(0).map_err(sql_error)?;
    let key = String::from_utf8(key)
        .map_err(|e| StoreError::Corrupt(format!("key is not UTF-8: {e}")))?;
    Ok(KeyValue {
        key,
        value: row.get(1).map_err(sql_error)?,
        create_revision: to_u64(row.get(2).map_err(sql_error)?, "create_revision")?,
        mod_revision: to_u64(row.get(3).map_err(sql_error)?, "mod_revision")?,
        version: to_u64(row.get(4).map_err(sql_error)?, "version")?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrates_a_new_file_and_is_idempotent() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("db");
        let mut conn = connect(&path).unwrap();
        prepare(&mut conn).unwrap();
        prepare(&mut conn).unwrap();
        let version: i64 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
        assert_eq!(version, SCHEMA_VERSION);
        assert_eq!(read_meta(&conn, "revision").unwrap(), 0);
        assert_eq!(read_meta(&conn, "compact_revision").unwrap(), 0);
    }

    #[test]
    fn refuses_a_newer_schema() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("db");
        let mut conn = connect(&path).unwrap();
        conn.execute_batch("PRAGMA user_version = 99").unwrap();
        assert_eq!(
            prepare(&mut conn),
            Err(StoreError::SchemaTooNew {
                found: 99,
                supported: SCHEMA_VERSION
            })
        );
    }
}
