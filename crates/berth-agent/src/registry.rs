//! The engine's shared indexes: the live task actors by task ARN, which task owns each runtime
//! container id (to route Docker events), which container each metadata token belongs to, and
//! the recently cleaned-up tasks (so a late duplicate assignment does not resurrect one).
//!
//! Plain maps behind short-lived `std` mutexes, never held across an `await`. The registry
//! decides nothing; the engine and the actors keep it up to date.

use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::{Arc, Mutex, MutexGuard};

use tokio::sync::{mpsc, watch};

use crate::actor::{ActorMessage, TaskSnapshot};

/// How many cleaned-up task ARNs are remembered; a duplicate assignment arrives within seconds
/// of the report that made the task STOPPED, so a short memory is enough.
const TOMBSTONES: usize = 4096;

/// A live actor as the rest of the agent sees it.
#[derive(Clone)]
pub struct ActorHandle {
    pub inbox: mpsc::Sender<ActorMessage>,
    pub snapshot: watch::Receiver<Arc<TaskSnapshot>>,
}

#[derive(Default)]
struct Maps {
    actors: HashMap<String, ActorHandle>,
    /// Runtime container id → task ARN.
    containers: HashMap<String, String>,
    /// Metadata token → (task ARN, container name).
    tokens: HashMap<String, (String, String)>,
    tombstones: HashSet<String>,
    tombstone_order: VecDeque<String>,
}

/// See the module doc.
#[derive(Default)]
pub struct Registry {
    maps: Mutex<Maps>,
}

impl Registry {
    fn lock(&self) -> MutexGuard<'_, Maps> {
        // A panicking actor must not take the whole agent down with a poisoned lock.
        self.maps
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    pub fn insert_actor(&self, task_arn: &str, handle: ActorHandle) {
        self.lock().actors.insert(task_arn.to_owned(), handle);
    }

    pub fn actor(&self, task_arn: &str) -> Option<ActorHandle> {
        self.lock().actors.get(task_arn).cloned()
    }

    pub fn actors(&self) -> Vec<(String, ActorHandle)> {
        self.lock()
            .actors
            .iter()
            .map(|(arn, handle)| (arn.clone(), handle.clone()))
            .collect()
    }

    /// Forgets a cleaned-up task entirely and remembers that it was cleaned up.
    pub fn remove_task(&self, task_arn: &str) {
        let mut maps = self.lock();
        maps.actors.remove(task_arn);
        maps.containers.retain(|_, arn| arn != task_arn);
        maps.tokens.retain(|_, (arn, _)| arn != task_arn);
        if maps.tombstones.insert(task_arn.to_owned()) {
            maps.tombstone_order.push_back(task_arn.to_owned());
        }
        while maps.tombstone_order.len() > TOMBSTONES {
            if let Some(old) = maps.tombstone_order.pop_front() {
                maps.tombstones.remove(&old);
            }
        }
    }

    /// Forgets the actor only (agent shutdown): its task lives on in its record.
    pub fn remove_actor(&self, task_arn: &str) {
        self.lock().actors.remove(task_arn);
    }

    pub fn is_tombstoned(&self, task_arn: &str) -> bool {
        self.lock().tombstones.contains(task_arn)
    }

    pub fn index_container(&self, runtime_id: &str, task_arn: &str) {
        self.lock()
            .containers
            .insert(runtime_id.to_owned(), task_arn.to_owned());
    }

    pub fn task_of_container(&self, runtime_id: &str) -> Option<String> {
        self.lock().containers.get(runtime_id).cloned()
    }

    pub fn index_token(&self, token: &str, task_arn: &str, container: &str) {
        if token.is_empty() {
            return;
        }
        self.lock().tokens.insert(
            token.to_owned(),
            (task_arn.to_owned(), container.to_owned()),
        );
    }

    /// The task ARN and container name a metadata token belongs to.
    pub fn token(&self, token: &str) -> Option<(String, String)> {
        self.lock().tokens.get(token).cloned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn removing_a_task_drops_its_indexes_and_tombstones_it() {
        let registry = Registry::default();
        registry.index_container("c1", "t1");
        registry.index_container("c2", "t2");
        registry.index_token("tok", "t1", "app");
        registry.index_token("", "t1", "app");
        assert_eq!(registry.token("tok"), Some(("t1".into(), "app".into())));
        registry.remove_task("t1");
        assert_eq!(registry.task_of_container("c1"), None);
        assert_eq!(registry.task_of_container("c2").as_deref(), Some("t2"));
        assert_eq!(registry.token("tok"), None);
        assert!(registry.is_tombstoned("t1"));
        assert!(!registry.is_tombstoned("t2"));
    }
}
