//! Transaction semantics shared by every embedded backend: evaluate the compares, then apply the
//! operations at one new revision and describe the changes as events.
//!
//! The backend supplies the state through [`TxnTarget`] (a `BTreeMap`, or an open SQLite
//! transaction); this module decides what changes and how revision metadata evolves, so the
//! SQLite and in-memory backends cannot drift apart. It must not persist anything itself, touch
//! the change log, or advance the stored revision: the backend does that with the events returned.

use crate::error::Result;
use crate::types::{Event, EventKind, KeyValue, Op, Txn, TxnOutcome};

/// The state a transaction reads and writes, as seen inside the backend's own atomic unit.
pub(crate) trait TxnTarget {
    /// The current value of `key`, including writes already made in this unit.
    fn get(&mut self, key: &str) -> Result<Option<KeyValue>>;
    /// Every key under `prefix`, ordered by key bytes.
    fn list_prefix(&mut self, prefix: &str) -> Result<Vec<KeyValue>>;
    /// Writes `kv` (insert or replace).
    fn put(&mut self, kv: &KeyValue) -> Result<()>;
    /// Removes `key`, which exists.
    fn delete(&mut self, key: &str) -> Result<()>;
}

/// What executing one transaction did.
#[derive(Debug)]
pub(crate) struct Executed {
    /// What to tell the caller.
    pub outcome: TxnOutcome,
    /// The changes, in operation order (a prefix delete contributes its keys in key order); empty
    /// when nothing changed, in which case the revision did not move.
    pub events: Vec<Event>,
}

/// Runs `txn` against `target`, whose latest revision is `current_revision`. The transaction must
/// already have passed [`Txn::validate`]. On a failed compare nothing is written.
///
/// If this returns an error, some operations may already have been applied to `target`: the
/// backend must roll back its whole atomic unit.
pub(crate) fn execute(
    target: &mut dyn TxnTarget,
    txn: &Txn,
    current_revision: u64,
) -> Result<Executed> {
    for (index, compare) in txn.compares.iter().enumerate() {
        let current = target.get(compare.key())?;
        if !compare.holds(current.as_ref()) {
            return Ok(Executed {
                outcome: TxnOutcome::Conflict {
                    failed_compare_index: index,
                },
                events: Vec::new(),
            });
        }
    }
    let revision = current_revision.saturating_add(1);
    let mut events = Vec::new();
    for op in &txn.success {
        match op {
            Op::Put { key, value } => {
                let previous = target.get(key)?;
                let kv = KeyValue {
                    key: key.clone(),
                    value: value.clone(),
                    create_revision: previous.as_ref().map_or(revision, |p| p.create_revision),
                    mod_revision: revision,
                    version: previous.as_ref().map_or(1, |p| p.version.saturating_add(1)),
                };
                target.put(&kv)?;
                events.push(Event {
                    kind: EventKind::Put,
                    kv,
                    revision,
                });
            }
            Op::Delete { key } => {
                if target.get(key)?.is_some() {
                    target.delete(key)?;
                    events.push(delete_event(key, revision));
                }
            }
            Op::DeletePrefix { prefix } => {
                for kv in target.list_prefix(prefix)? {
                    target.delete(&kv.key)?;
                    events.push(delete_event(&kv.key, revision));
                }
            }
        }
    }
    let revision = if events.is_empty() {
        current_revision
    } else {
        revision
    };
    Ok(Executed {
        outcome: TxnOutcome::Committed { revision },
        events,
    })
}

/// The event etcd reports for a deletion: the key, no value, and only the deletion's revision.
fn delete_event(key: &str, revision: u64) -> Event {
    Event {
        kind: EventKind::Delete,
        kv: KeyValue {
            key: key.to_owned(),
            value: Vec::new(),
            create_revision: 0,
            mod_revision: revision,
            version: 0,
        },
        revision,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::Compare;
    use std::collections::BTreeMap;

    #[derive(Default)]
    struct MapTarget(BTreeMap<String, KeyValue>);

    impl TxnTarget for MapTarget {
        fn get(&mut self, key: &str) -> Result<Option<KeyValue>> {
            Ok(self.0.get(key).cloned())
        }
        fn list_prefix(&mut self, prefix: &str) -> Result<Vec<KeyValue>> {
            Ok(self
                .0
                .range(prefix.to_owned()..)
                .take_while(|(k, _)| k.starts_with(prefix))
                .map(|(_, v)| v.clone())
                .collect())
        }
        fn put(&mut self, kv: &KeyValue) -> Result<()> {
            self.0.insert(kv.key.clone(), kv.clone());
            Ok(())
        }
        fn delete(&mut self, key: &str) -> Result<()> {
            self.0.remove(key);
            Ok(())
        }
    }

    #[test]
    fn put_tracks_versions_and_create_revision() {
        let mut target = MapTarget::default();
        let done = execute(&mut target, &Txn::new().then(Op::put("k", "1")), 0).unwrap();
        assert_eq!(done.outcome, TxnOutcome::Committed { revision: 1 });
        let done = execute(&mut target, &Txn::new().then(Op::put("k", "2")), 1).unwrap();
        assert_eq!(done.outcome, TxnOutcome::Committed { revision: 2 });
        let kv = &target.0["k"];
        assert_eq!((kv.create_revision, kv.mod_revision, kv.version), (1, 2, 2));
        assert_eq!(done.events[0].kv, *kv);
    }

    #[test]
    fn conflict_writes_nothing_and_names_first_failure() {
        let mut target = MapTarget::default();
        let txn = Txn::new()
            .when(Compare::NotExists { key: "a".into() })
            .when(Compare::Exists { key: "b".into() })
            .when(Compare::Exists { key: "c".into() })
            .then(Op::put("a", "1"));
        let done = execute(&mut target, &txn, 7).unwrap();
        assert_eq!(
            done.outcome,
            TxnOutcome::Conflict {
                failed_compare_index: 1
            }
        );
        assert!(done.events.is_empty());
        assert!(target.0.is_empty());
    }

    #[test]
    fn deleting_nothing_keeps_the_revision() {
        let mut target = MapTarget::default();
        let txn = Txn::new()
            .then(Op::delete("missing"))
            .then(Op::delete_prefix("none/"));
        let done = execute(&mut target, &txn, 4).unwrap();
        assert_eq!(done.outcome, TxnOutcome::Committed { revision: 4 });
        assert!(done.events.is_empty());
    }

    #[test]
    fn prefix_delete_reports_each_key_in_order() {
        let mut target = MapTarget::default();
        let setup = Txn::new()
            .then(Op::put("a/2", ""))
            .then(Op::put("a/1", ""))
            .then(Op::put("ab", ""));
        execute(&mut target, &setup, 0).unwrap();
        let done = execute(&mut target, &Txn::new().then(Op::delete_prefix("a/")), 1).unwrap();
        let keys: Vec<_> = done.events.iter().map(|e| e.kv.key.as_str()).collect();
        assert_eq!(keys, ["a/1", "a/2"]);
        assert!(done
            .events
            .iter()
            .all(|e| e.kind == EventKind::Delete && e.revision == 2));
        assert_eq!(target.0.keys().collect::<Vec<_>>(), ["ab"]);
    }
}
