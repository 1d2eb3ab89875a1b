//! Forgetting what ECS forgets: STOPPED tasks once `stopped_task_retention_secs` have passed
//! since they stopped, and RunTask clientTokens once `client_token_retention_secs` have passed.
//!
//! The server calls [`ControlPlane::purge_stopped_tasks`] periodically. It scans every scope
//! (all keys start with `s/`), decodes only task and token records, and deletes with revision
//! compares, so a record that changed since it was read is left for the next pass. A record
//! that does not decode is logged and skipped, never fatal. This module must not change
//! records it keeps.

use crate::db::{decode, Commit};
use crate::error::EcsResult;
use crate::records::{ClientTokenRecord, TaskRecord};
use crate::ControlPlane;
use berth_store::KeyValue;

/// Keys read per store round-trip while scanning.
const SCAN_BATCH: usize = 512;
/// Deletes per transaction (each is one compare and one op, well under `MAX_TXN_OPS`).
const DELETE_BATCH: usize = 64;
/// The prefix of every scope's keys (see `keys`).
const ALL_SCOPES: &str = "s/";

/// The family segment of a key: `s/{region}/{account}/{family}/...`.
fn family(key: &str) -> Option<&str> {
    key.split('/').nth(3)
}

/// Whether a scanned record is due for deletion at `now`.
fn expired(cp: &ControlPlane, kv: &KeyValue, now: f64) -> bool {
    match family(&kv.key) {
        Some("tasks") => match decode::<TaskRecord>(&kv.value) {
            Ok(task) => {
                let stopped_at = task.stopped_at.unwrap_or(task.created_at);
                task.last_status.is_stopped()
                    && !task.holds_reservation
                    && stopped_at + cp.config.stopped_task_retention_secs <= now
            }
            Err(error) => {
                tracing::warn!(key = %kv.key, %error, "purge skips an undecodable task");
                false
            }
        },
        Some("tokens") => match decode::<ClientTokenRecord>(&kv.value) {
            Ok(token) => token.created_at + cp.config.client_token_retention_secs <= now,
            Err(error) => {
                tracing::warn!(key = %kv.key, %error, "purge skips an undecodable token");
                false
            }
        },
        _ => false,
    }
}

impl ControlPlane {
    /// Deletes STOPPED tasks past their retention and expired clientTokens in every scope;
    /// returns how many records were deleted.
    pub async fn purge_stopped_tasks(&self) -> EcsResult<usize> {
        let now = self.now();
        let mut due: Vec<(String, u64)> = Vec::new();
        let mut cursor: Option<String> = None;
        loop {
            let page = self
                .store
                .range(ALL_SCOPES, cursor.as_deref(), SCAN_BATCH)
                .await?;
            for kv in &page.items {
                if expired(self, kv, now) {
                    due.push((kv.key.clone(), kv.mod_revision));
                }
            }
            cursor = page.items.last().map(|kv| kv.key.clone());
            if !page.more || cursor.is_none() {
                break;
            }
        }
        let mut deleted = 0;
        for chunk in due.chunks(DELETE_BATCH) {
            let mut commit = Commit::new();
            for (key, revision) in chunk {
                commit.delete(key, *revision);
            }
            if self.try_commit(commit).await? {
                deleted += chunk.len();
                continue;
            }
            // Something in the chunk changed meanwhile: delete the rest one by one.
            for (key, revision) in chunk {
                let mut single = Commit::new();
                single.delete(key, *revision);
                if self.try_commit(single).await? {
                    deleted += 1;
                }
            }
        }
        if deleted > 0 {
            tracing::info!(deleted, "purged stopped tasks and expired client tokens");
        }
        Ok(deleted)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn families() {
        assert_eq!(family("s/us-east-1/1/tasks/default/abc"), Some("tasks"));
        assert_eq!(family("s/us-east-1/1/tokens/default/t"), Some("tokens"));
        assert_eq!(family("s/x"), None);
    }
}
