//! The in-memory registry of live agent sessions of this control-plane process: one session per
//! container instance, when each agent was last heard from, and the task that pushes to it.
//!
//! Heartbeats only touch this registry; the store learns of a session only when it starts or
//! ends (see `agents.rs`). The registry is the truth the instance record is synchronised to, so
//! record writes never race each other into a wrong final state. This module does no I/O and
//! reads no clock: callers pass `now`.

use crate::keys;
use berth_model::Scope;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard};
use tokio::task::AbortHandle;

/// The container instance a session belongs to.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) struct InstanceTarget {
    pub scope: Scope,
    pub cluster: String,
    pub instance_id: String,
    pub instance_arn: String,
}

impl InstanceTarget {
    /// The store key of the instance record, which also keys the registry.
    pub(crate) fn key(&self) -> String {
        keys::instance(&self.scope, &self.cluster, &self.instance_id)
    }
}

/// A live session.
#[derive(Debug)]
struct Entry {
    target: InstanceTarget,
    session_id: String,
    connected_at: f64,
    last_heard_at: f64,
    pump: Option<AbortHandle>,
}

/// A session that was just taken out of the registry; its instance record must be synchronised.
#[derive(Debug)]
pub(crate) struct Ended {
    pub target: InstanceTarget,
    pub session_id: String,
    pub last_heard_at: f64,
    pump: Option<AbortHandle>,
}

impl Ended {
    /// Stops the session's push task; its connection then sees the end of its messages and
    /// closes the socket.
    pub(crate) fn stop_pump(&self) {
        if let Some(pump) = &self.pump {
            pump.abort();
        }
    }
}

impl From<Entry> for Ended {
    fn from(entry: Entry) -> Self {
        Ended {
            target: entry.target,
            session_id: entry.session_id,
            last_heard_at: entry.last_heard_at,
            pump: entry.pump,
        }
    }
}

/// Whether an agent last heard at `last_heard_at` has been silent for longer than `window`.
pub(crate) fn is_silent(last_heard_at: f64, now: f64, window_secs: f64) -> bool {
    now - last_heard_at > window_secs
}

/// Live sessions, record locks, and record synchronisations still to retry.
#[derive(Debug, Default)]
pub(crate) struct Registry {
    sessions: Mutex<HashMap<String, Entry>>,
    /// Serialise the record synchronisations of one instance, so that the last one to run reads
    /// the registry last and its write reflects the final state.
    record_locks: Mutex<HashMap<String, Arc<tokio::sync::Mutex<()>>>>,
    /// Record synchronisations that failed (store errors), retried by the monitor.
    pending: Mutex<HashMap<String, (InstanceTarget, f64)>>,
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    // Every critical section below is a few map operations that cannot panic halfway, so the
    // data behind a poisoned lock is still consistent.
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

impl Registry {
    /// Starts a session, replacing (and returning) the instance's previous one.
    pub(crate) fn start(
        &self,
        target: InstanceTarget,
        session_id: &str,
        now: f64,
    ) -> Option<Ended> {
        let entry = Entry {
            target: target.clone(),
            session_id: session_id.to_string(),
            connected_at: now,
            last_heard_at: now,
            pump: None,
        };
        lock(&self.sessions)
            .insert(target.key(), entry)
            .map(Ended::from)
    }

    /// Attaches the push task to a session. Returns `false` (and the caller must stop the task)
    /// when the session is no longer current.
    pub(crate) fn attach_pump(&self, key: &str, session_id: &str, pump: AbortHandle) -> bool {
        match lock(&self.sessions).get_mut(key) {
            Some(entry) if entry.session_id == session_id => {
                entry.pump = Some(pump);
                true
            }
            _ => false,
        }
    }

    /// Records that the agent of a session was heard from. Returns `false` when the session is no
    /// longer current (replaced or ended).
    pub(crate) fn heard(&self, key: &str, session_id: &str, now: f64) -> bool {
        match lock(&self.sessions).get_mut(key) {
            Some(entry) if entry.session_id == session_id => {
                entry.last_heard_at = entry.last_heard_at.max(now);
                true
            }
            _ => false,
        }
    }

    /// Ends a session if it is still the instance's current one.
    pub(crate) fn end(&self, key: &str, session_id: &str) -> Option<Ended> {
        let mut sessions = lock(&self.sessions);
        if sessions.get(key)?.session_id != session_id {
            return None;
        }
        sessions.remove(key).map(Ended::from)
    }

    /// Ends every session whose agent has been silent for longer than `window_secs`.
    pub(crate) fn end_silent(&self, now: f64, window_secs: f64) -> Vec<Ended> {
        let mut sessions = lock(&self.sessions);
        let silent: Vec<String> = sessions
            .iter()
            .filter(|(_, e)| is_silent(e.last_heard_at, now, window_secs))
            .map(|(key, _)| key.clone())
            .collect();
        silent
            .iter()
            .filter_map(|key| sessions.remove(key))
            .map(Ended::from)
            .collect()
    }

    /// When the instance's current session started, if it has one.
    pub(crate) fn live_since(&self, key: &str) -> Option<f64> {
        lock(&self.sessions).get(key).map(|e| e.connected_at)
    }

    /// How many sessions are live.
    pub(crate) fn len(&self) -> usize {
        lock(&self.sessions).len()
    }

    /// The lock that serialises record synchronisations of one instance.
    pub(crate) fn record_lock(&self, key: &str) -> Arc<tokio::sync::Mutex<()>> {
        lock(&self.record_locks)
            .entry(key.to_string())
            .or_default()
            .clone()
    }

    /// Remembers a record synchronisation to retry.
    pub(crate) fn retry_later(&self, target: InstanceTarget, last_heard_at: f64) {
        lock(&self.pending).insert(target.key(), (target, last_heard_at));
    }

    /// Takes the record synchronisations to retry.
    pub(crate) fn take_pending(&self) -> Vec<(InstanceTarget, f64)> {
        lock(&self.pending).drain().map(|(_, v)| v).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn target(id: &str) -> InstanceTarget {
        InstanceTarget {
            scope: Scope::new("us-east-1", "123456789012"),
            cluster: "c".into(),
            instance_id: id.into(),
            instance_arn: format!("arn:aws:ecs:us-east-1:123456789012:container-instance/c/{id}"),
        }
    }

    #[test]
    fn silence_is_strictly_longer_than_the_window() {
        let cases = [
            (100.0, 104.9, false),
            (100.0, 105.0, false),
            (100.0, 105.1, true),
            (100.0, 99.0, false),
        ];
        for (heard, now, silent) in cases {
            assert_eq!(is_silent(heard, now, 5.0), silent, "{heard} {now}");
        }
    }

    #[test]
    fn a_newer_session_replaces_the_older() {
        let registry = Registry::default();
        let key = target("i-1").key();
        assert!(registry.start(target("i-1"), "s1", 10.0).is_none());
        let replaced = registry
            .start(target("i-1"), "s2", 11.0)
            .expect("s1 replaced");
        assert_eq!(replaced.session_id, "s1");
        // The old session's end and heartbeats no longer touch the new one.
        assert!(registry.end(&key, "s1").is_none());
        assert!(!registry.heard(&key, "s1", 12.0));
        assert_eq!(registry.live_since(&key), Some(11.0));
        assert!(registry.end(&key, "s2").is_some());
        assert_eq!(registry.live_since(&key), None);
    }

    #[test]
    fn heartbeats_keep_a_session_alive_and_silence_ends_it() {
        let registry = Registry::default();
        registry.start(target("i-1"), "s1", 0.0);
        registry.start(target("i-2"), "s2", 0.0);
        assert!(registry.heard(&target("i-1").key(), "s1", 4.0));
        // A late heartbeat with an older time never moves the last-heard time back.
        assert!(registry.heard(&target("i-1").key(), "s1", 3.0));
        let ended = registry.end_silent(6.0, 5.0);
        assert_eq!(ended.len(), 1);
        assert_eq!(ended[0].target, target("i-2"));
        assert_eq!(ended[0].last_heard_at, 0.0);
        assert_eq!(registry.len(), 1);
        assert!(registry.end_silent(9.0, 5.0).is_empty());
        let ended = registry.end_silent(9.1, 5.0);
        assert_eq!(ended[0].last_heard_at, 4.0);
        assert_eq!(registry.len(), 0);
    }

    #[test]
    fn pending_synchronisations_are_taken_once() {
        let registry = Registry::default();
        registry.retry_later(target("i-1"), 1.0);
        registry.retry_later(target("i-1"), 2.0);
        let pending = registry.take_pending();
        assert_eq!(pending, vec![(target("i-1"), 2.0)]);
        assert!(registry.take_pending().is_empty());
    }
}
