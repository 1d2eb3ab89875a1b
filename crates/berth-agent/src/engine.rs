//! The task engine: starts one actor (and one reporter) per task, hands assignments from the
//! control plane to them, stops tasks a full task list no longer names, restores every
//! persisted task after a restart, and exposes read-only snapshots.
//!
//! The engine never changes a task's state itself (only its actor does); it creates the first
//! record of a new task, which it persists before the actor starts, so that an acknowledged
//! assignment survives a crash.

use std::collections::HashSet;
use std::sync::Arc;
use std::time::Duration;

use berth_lifecycle::NetworkMode;
use berth_model::TaskStatus;
use berth_protocol::{AgentMessage, TaskAssignment};
use tokio::sync::{mpsc, oneshot, watch};
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;

use crate::actor::{Actor, ActorMessage, TaskSnapshot};
use crate::constants::ACTOR_INBOX;
use crate::effects::EffectEnv;
use crate::persist::{DataDir, PersistError};
use crate::registry::{ActorHandle, Registry};
use crate::reporter::{self, StateReporter};
use crate::task_plan::TaskPlan;
use crate::task_record::{TaskRecord, TASK_RECORD_VERSION};

/// Where a container of each network mode reaches the metadata endpoint (`http://addr:port`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MetadataBases {
    /// Docker's `bridge` gateway.
    pub bridge: Option<String>,
    /// The awsvpc network's gateway.
    pub awsvpc: Option<String>,
    /// Loopback, for host-mode containers.
    pub local: Option<String>,
}

impl MetadataBases {
    pub fn base_for(&self, mode: NetworkMode) -> Option<String> {
        match mode {
            NetworkMode::Bridge => self.bridge.clone().or_else(|| self.local.clone()),
            NetworkMode::Awsvpc => self.awsvpc.clone().or_else(|| self.local.clone()),
            NetworkMode::Host | NetworkMode::None => self.local.clone(),
        }
    }
}

/// What every actor shares.
pub struct Shared {
    pub effects: EffectEnv,
    pub data: DataDir,
    pub registry: Arc<Registry>,
    pub reporter: Arc<dyn StateReporter>,
    pub metadata: MetadataBases,
    pub cleanup_wait: Duration,
    pub default_stop_timeout_secs: u32,
    /// The cluster's short name (labels).
    pub cluster_name: String,
    /// The cluster as configured (name or ARN), sent in reports.
    pub cluster_for_reports: String,
    pub shutdown: CancellationToken,
    pub tracker: TaskTracker,
    /// Bumped whenever a task's session reports (health, address) change.
    pub session_reports: watch::Sender<u64>,
}

/// A fresh metadata token: 128 random bits, hex.
pub fn new_token() -> String {
    use rand::RngCore;
    let mut bytes = [0u8; 16];
    rand::thread_rng().fill_bytes(&mut bytes);
    hex::encode(bytes)
}

/// See the module doc. Cheap to clone.
#[derive(Clone)]
pub struct Engine {
    shared: Arc<Shared>,
}

impl Engine {
    pub fn new(shared: Shared) -> Engine {
        Engine {
            shared: Arc::new(shared),
        }
    }

    pub fn registry(&self) -> &Arc<Registry> {
        &self.shared.registry
    }

    pub fn shared(&self) -> &Arc<Shared> {
        &self.shared
    }

    /// Starts an actor for every persisted task; returns how many. Records of an unknown
    /// format are skipped (and kept) rather than misread.
    pub fn restore(&self) -> Result<usize, PersistError> {
        let mut restored = 0;
        for path in self.shared.data.task_files()? {
            let record: TaskRecord = match self.shared.data.read_json(&path) {
                Ok(Some(record)) => record,
                Ok(None) => continue,
                Err(error) => {
                    tracing::error!(%error, "skipping an unreadable task record");
                    continue;
                }
            };
            if record.version != TASK_RECORD_VERSION {
                tracing::error!(path = %path.display(), version = record.version, "skipping a task record of an unknown version");
                continue;
            }
            let plan = TaskPlan::new(&record.assignment, self.shared.default_stop_timeout_secs);
            self.spawn_actor(plan, record);
            restored += 1;
        }
        Ok(restored)
    }

    fn spawn_actor(&self, plan: TaskPlan, record: TaskRecord) -> ActorHandle {
        let plan = Arc::new(plan);
        let (inbox_tx, inbox_rx) = mpsc::channel(ACTOR_INBOX);
        let (snapshot_tx, snapshot_rx) = watch::channel(Arc::new(TaskSnapshot {
            plan: plan.clone(),
            record: record.clone(),
        }));
        let (reports_tx, reports_rx) = mpsc::unbounded_channel();
        let handle = ActorHandle {
            inbox: inbox_tx.clone(),
            snapshot: snapshot_rx,
        };
        self.shared
            .registry
            .insert_actor(&plan.task_arn, handle.clone());
        let delivered = move |view| {
            let inbox = inbox_tx.clone();
            let future: futures::future::BoxFuture<'static, ()> = Box::pin(async move {
                let _ = inbox.send(ActorMessage::Reported(view)).await;
            });
            future
        };
        self.shared.tracker.spawn(reporter::run(
            self.shared.reporter.clone(),
            reports_rx,
            delivered,
            self.shared.shutdown.clone(),
        ));
        let actor = Actor::new(
            self.shared.clone(),
            plan,
            record,
            inbox_rx,
            reports_tx,
            snapshot_tx,
        );
        self.shared.tracker.spawn(actor.run());
        handle
    }

    /// Hands an assignment to its task's actor (starting one for a new task); returns once it
    /// is persisted.
    pub async fn assign(&self, assignment: TaskAssignment) -> Result<(), String> {
        let arn = assignment.task_arn.clone();
        if self.shared.registry.is_tombstoned(&arn) {
            return Ok(());
        }
        if let Some(handle) = self.shared.registry.actor(&arn) {
            let (done, answer) = oneshot::channel();
            let message = ActorMessage::Assign {
                assignment: Box::new(assignment),
                done,
            };
            let answered = match handle.inbox.send(message).await {
                Ok(()) => answer.await.ok(),
                Err(_) => None,
            };
            return match answered {
                Some(result) => result,
                // The actor finished while the message was on its way: a cleaned-up task.
                None if self.shared.registry.is_tombstoned(&arn) => Ok(()),
                None => Err(format!("the actor of task {arn} is gone")),
            };
        }
        let plan = TaskPlan::new(&assignment, self.shared.default_stop_timeout_secs);
        let mut record = TaskRecord::new(assignment, &plan, new_token);
        if record.assignment.desired_status == TaskStatus::Stopped {
            // Stopped before this agent ever ran it: nothing starts, STOPPED is reported.
            let stop = crate::actor::stop_event(&record.assignment, crate::clock::now());
            if let Ok(state) = berth_lifecycle::apply(&record.state, &stop) {
                record.state = state;
            }
        }
        let path = self.shared.data.task_file(&arn);
        self.shared
            .data
            .write_json(&path, &record)
            .map_err(|e| e.to_string())?;
        self.spawn_actor(plan, record);
        Ok(())
    }

    /// Applies a full task list: every listed task is assigned; every other task is stopped.
    pub async fn sync(&self, tasks: Vec<TaskAssignment>) -> Result<(), String> {
        let listed: HashSet<String> = tasks.iter().map(|t| t.task_arn.clone()).collect();
        for task in tasks {
            self.assign(task).await?;
        }
        for (arn, handle) in self.shared.registry.actors() {
            if listed.contains(&arn) {
                continue;
            }
            let (done, answer) = oneshot::channel();
            if handle
                .inbox
                .send(ActorMessage::Unlisted { done })
                .await
                .is_ok()
            {
                answer.await.unwrap_or(Ok(()))?;
            }
        }
        Ok(())
    }

    /// The current snapshot of a task.
    pub fn snapshot(&self, task_arn: &str) -> Option<Arc<TaskSnapshot>> {
        self.shared
            .registry
            .actor(task_arn)
            .map(|h| h.snapshot.borrow().clone())
    }

    /// Tasks not yet STOPPED.
    pub fn running_tasks(&self) -> u32 {
        let active = self
            .shared
            .registry
            .actors()
            .iter()
            .filter(|(_, h)| h.snapshot.borrow().record.is_active())
            .count();
        u32::try_from(active).unwrap_or(u32::MAX)
    }

    /// Every task's current session reports (`TaskHealth`, `TaskNetwork`).
    pub fn session_reports(&self) -> Vec<AgentMessage> {
        self.shared
            .registry
            .actors()
            .iter()
            .flat_map(|(_, h)| {
                let snapshot = h.snapshot.borrow().clone();
                crate::task_record::session_reports(&snapshot.record, &snapshot.plan)
            })
            .collect()
    }

    /// Stops every actor and reporter (containers keep running) and waits for them.
    pub async fn shutdown(&self) {
        self.shared.shutdown.cancel();
        self.shared.tracker.close();
        self.shared.tracker.wait().await;
    }
}

impl crate::session::AssignmentSink for Engine {
    async fn sync(&self, tasks: Vec<TaskAssignment>) -> Result<(), String> {
        Engine::sync(self, tasks).await
    }

    async fn update(&self, task: TaskAssignment) -> Result<(), String> {
        self.assign(task).await
    }

    fn running_tasks(&self) -> u32 {
        Engine::running_tasks(self)
    }

    fn reports(&self) -> Vec<AgentMessage> {
        self.session_reports()
    }

    fn reports_changed(&self) -> watch::Receiver<u64> {
        self.shared.session_reports.subscribe()
    }
}

#[cfg(test)]
#[path = "engine_tests.rs"]
mod tests;
