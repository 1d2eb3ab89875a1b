//! The service controller: keeps every service's tasks in line with its desired state, in the
//! shape of a kube-rs controller.
//!
//! A work queue of service keys (`queue.rs`) dedups and never hands one service to two workers
//! at once. Keys come from a watch of the whole store: a task's change queues its service (its
//! group `service:NAME`), an instance's change in status, agent, attributes or freed resources
//! queues its cluster's services (draining, daemons, lost agents, placement retries), a
//! service's change queues itself. A periodic resync queues every known service, and each pass
//! may ask to be woken at a time (`Plan.wake_at`). The controller starts from a full listing
//! and re-lists whenever its watch fails, so it survives restarts and compaction. One pass is
//! `ControlPlane::reconcile_service` (`executor.rs`): read, decide with the pure reconcilers,
//! apply, record (`effects.rs`), with the record conversions in `views.rs`.
//!
//! Architecture invariant: the plan is always recomputed from the task records; the controller
//! keeps no state that a restart could lose, only caches that make it cheaper. It assumes one
//! controller per store (no leader election yet).

mod effects;
mod executor;
mod queue;
mod views;

#[cfg(test)]
mod tests;

pub use queue::WorkQueue;

use crate::db::{decode, decode_fields};
use crate::error::EcsResult;
use crate::records::{ContainerInstanceRecord, TaskRecord};
use crate::{keys, ControlPlane};
use berth_model::Scope;
use berth_store::{Event, EventKind};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

/// How often every service is reconciled even without a change (catches anything a watch
/// could not express, such as time passing).
pub const RESYNC_INTERVAL: Duration = Duration::from_secs(10);
/// Services reconciled at the same time (different services only).
pub const WORKERS: usize = 4;
/// Delay before a failed pass is retried.
const ERROR_RETRY: Duration = Duration::from_secs(1);
/// Delay before the controller re-lists after its watch failed.
const WATCH_RETRY: Duration = Duration::from_secs(1);
/// The shortest timer a pass may ask for, so that a wake time at the edge cannot spin.
const MIN_WAKE: Duration = Duration::from_millis(50);
/// Keys read per page during a full listing.
const SCAN_PAGE: usize = 512;
/// The prefix of every scope's keys (see `keys.rs`).
const ALL_SCOPES: &str = "s/";

/// The one field of a task record the watch needs.
#[derive(serde::Deserialize)]
struct TaskGroup {
    group: Option<String>,
}

/// `s/{region}/{account}/{family}/{cluster}/{rest}` read back.
struct KeyParts<'a> {
    scope: Scope,
    family: &'a str,
    cluster: &'a str,
    rest: &'a str,
}

fn parse_key(key: &str) -> Option<KeyParts<'_>> {
    let mut parts = key.splitn(6, '/');
    let (Some("s"), Some(region), Some(account), Some(family), Some(cluster), Some(rest)) = (
        parts.next(),
        parts.next(),
        parts.next(),
        parts.next(),
        parts.next(),
        parts.next(),
    ) else {
        return None;
    };
    if rest.is_empty() || rest.contains('/') {
        return None;
    }
    Some(KeyParts {
        scope: Scope::new(region, account),
        family,
        cluster,
        rest,
    })
}

/// What of an instance matters to services; a change of it queues the cluster's services.
#[derive(Debug, Clone, PartialEq)]
struct InstanceMark {
    status: String,
    connected: bool,
    attributes: BTreeMap<String, Option<String>>,
    cpu: i64,
    memory: i64,
}

impl InstanceMark {
    fn of(record: &ContainerInstanceRecord) -> InstanceMark {
        InstanceMark {
            status: record.status.clone(),
            connected: record.agent_connected(),
            attributes: record.attributes.clone(),
            cpu: record.remaining.cpu,
            memory: record.remaining.memory,
        }
    }

    /// Whether going from `self` to `next` may change a service's decisions: anything but
    /// resources being taken (a placement) does.
    fn matters(&self, next: &InstanceMark) -> bool {
        self.status != next.status
            || self.connected != next.connected
            || self.attributes != next.attributes
            || next.cpu > self.cpu
            || next.memory > self.memory
    }
}

/// The service controller of one control plane.
pub struct ServiceController {
    control: Arc<ControlPlane>,
    queue: Arc<WorkQueue>,
    /// Service keys seen (ACTIVE, DRAINING or INACTIVE awaiting purge).
    known: Mutex<BTreeSet<String>>,
    instances: Mutex<HashMap<String, InstanceMark>>,
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    match mutex.lock() {
        Ok(guard) => guard,
        Err(poisoned) => poisoned.into_inner(),
    }
}

impl ServiceController {
    pub fn new(control: Arc<ControlPlane>) -> Arc<ServiceController> {
        Arc::new(ServiceController {
            control,
            queue: WorkQueue::new(),
            known: Mutex::new(BTreeSet::new()),
            instances: Mutex::new(HashMap::new()),
        })
    }

    pub fn queue(&self) -> &Arc<WorkQueue> {
        &self.queue
    }

    /// Runs until the future is dropped: workers, then list-and-watch forever.
    pub async fn run(self: Arc<Self>) {
        let mut workers = tokio::task::JoinSet::new();
        for _ in 0..WORKERS {
            workers.spawn(Arc::clone(&self).worker());
        }
        loop {
            match self.full_sync().await {
                Ok(revision) => {
                    if let Err(error) = self.follow(revision + 1).await {
                        tracing::warn!(%error, "service controller watch ended; re-listing");
                    }
                }
                Err(error) => tracing::warn!(%error, "service controller could not list"),
            }
            tokio::time::sleep(WATCH_RETRY).await;
        }
    }

    /// Lists every service and instance of every scope and queues every service. Returns the
    /// store revision the listing started at (a watch from after it misses nothing).
    pub async fn full_sync(&self) -> EcsResult<u64> {
        let mut revision = None;
        let mut after: Option<String> = None;
        let mut services = BTreeSet::new();
        let mut marks = HashMap::new();
        loop {
            let page = self
                .control
                .store
                .range(ALL_SCOPES, after.as_deref(), SCAN_PAGE)
                .await?;
            revision.get_or_insert(page.revision);
            for kv in &page.items {
                let Some(parts) = parse_key(&kv.key) else {
                    continue;
                };
                match parts.family {
                    "services" => {
                        services.insert(kv.key.clone());
                    }
                    "instances" => {
                        if let Ok(record) = decode::<ContainerInstanceRecord>(&kv.value) {
                            marks.insert(kv.key.clone(), InstanceMark::of(&record));
                        }
                    }
                    _ => {}
                }
            }
            after = page.items.last().map(|kv| kv.key.clone());
            if !page.more || after.is_none() {
                break;
            }
        }
        for key in &services {
            self.queue.add(key);
        }
        *lock(&self.known) = services;
        *lock(&self.instances) = marks;
        Ok(revision.unwrap_or(0))
    }

    async fn follow(&self, from: u64) -> EcsResult<()> {
        let mut watch = self.control.store.watch(ALL_SCOPES, from).await?;
        let mut resync = tokio::time::interval(RESYNC_INTERVAL);
        resync.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        resync.tick().await;
        loop {
            tokio::select! {
                event = watch.recv() => match event {
                    Some(Ok(event)) => self.observe(&event),
                    Some(Err(error)) => return Err(error.into()),
                    None => return Ok(()),
                },
                _ = resync.tick() => self.resync(),
            }
        }
    }

    /// Queues every known service.
    pub fn resync(&self) {
        let known: Vec<String> = lock(&self.known).iter().cloned().collect();
        for key in known {
            self.queue.add(&key);
        }
    }

    /// Queues the services a store change concerns.
    fn observe(&self, event: &Event) {
        let key = &event.kv.key;
        let Some(parts) = parse_key(key) else {
            return;
        };
        let deleted = event.kind == EventKind::Delete;
        match parts.family {
            "services" => {
                if deleted {
                    lock(&self.known).remove(key);
                    return;
                }
                lock(&self.known).insert(key.clone());
                self.queue.add(key);
            }
            "tasks" if !deleted => {
                // Every task change passes here; only its group matters.
                let Ok(task) = decode_fields::<TaskRecord, TaskGroup>(&event.kv.value) else {
                    return;
                };
                if let Some(name) = task
                    .group
                    .as_deref()
                    .and_then(|g| g.strip_prefix("service:"))
                {
                    self.queue
                        .add(&keys::service(&parts.scope, parts.cluster, name));
                }
            }
            "instances" => {
                let mark = if deleted {
                    None
                } else {
                    decode::<ContainerInstanceRecord>(&event.kv.value)
                        .ok()
                        .map(|r| InstanceMark::of(&r))
                };
                let matters = {
                    let mut marks = lock(&self.instances);
                    let before = match &mark {
                        Some(mark) => marks.insert(key.clone(), mark.clone()),
                        None => marks.remove(key),
                    };
                    match (before, &mark) {
                        (Some(before), Some(after)) => before.matters(after),
                        _ => true,
                    }
                };
                if matters {
                    self.queue_cluster(&parts.scope, parts.cluster);
                }
            }
            _ => {}
        }
    }

    /// Queues every known service of a cluster.
    fn queue_cluster(&self, scope: &Scope, cluster: &str) {
        let prefix = keys::services(scope, cluster);
        let matching: Vec<String> = lock(&self.known)
            .range(prefix.clone()..)
            .take_while(|k| k.starts_with(&prefix))
            .cloned()
            .collect();
        for key in matching {
            self.queue.add(&key);
        }
    }

    async fn worker(self: Arc<Self>) {
        while let Some(key) = self.queue.next().await {
            match self.reconcile_key(&key).await {
                Ok(Some(at)) => {
                    let secs = (at - self.control.now()).max(0.0);
                    let delay = Duration::from_secs_f64(secs.min(86_400.0)).max(MIN_WAKE);
                    self.queue.add_after(&key, delay);
                }
                Ok(None) => {}
                Err(error) => {
                    tracing::warn!(service = %key, %error, "service reconcile failed; retrying");
                    self.queue.add_after(&key, ERROR_RETRY);
                }
            }
            self.queue.done(&key);
        }
    }

    /// Reconciles the service a store key names.
    pub async fn reconcile_key(&self, key: &str) -> EcsResult<Option<f64>> {
        let Some(parts) = parse_key(key).filter(|p| p.family == "services") else {
            return Ok(None);
        };
        self.control
            .reconcile_service(&parts.scope, parts.cluster, parts.rest)
            .await
    }

    /// Reconciles every known service once, in order (tests and tools); returns how many.
    pub async fn reconcile_all(&self) -> EcsResult<usize> {
        let known: Vec<String> = lock(&self.known).iter().cloned().collect();
        for key in &known {
            self.reconcile_key(key).await?;
        }
        Ok(known.len())
    }
}
