//! One task's actor: the only writer of the task's [`TaskRecord`]. It runs the lifecycle's step
//! function, records each decision and each effect's outcome as a lifecycle event (persisting
//! the record before anything acts on it), starts effects with at most one in flight per
//! container and one for the network, feeds runtime events and periodic re-inspections in,
//! queues reports when the control plane's view changes, and removes the task's containers once
//! it has been STOPPED (and reported) for the cleanup wait.
//!
//! ```text
//!            ┌──────────── inbox: Assign / Unlisted / Runtime / Reconcile / Reported
//!            ▼
//!   loop { step(): next_actions → record decisions (persist) → start effects (dedup)
//!          select { inbox, effect outcome → record events (persist), wake-up, shutdown } }
//! ```
//!
//! It must not touch another task's containers or call the control plane itself (the reporter
//! does, see `reporter`).

use std::collections::BTreeSet;
use std::sync::Arc;
use std::time::Duration;

use berth_docker::RuntimeEvent;
use berth_lifecycle::{
    apply, next_actions, Action, ContainerKnownStatus, DesiredStatus, Event, NetworkMode,
};
use berth_model::{StopCode, TaskStatus};
use berth_protocol::TaskAssignment;
use futures::future::BoxFuture;
use futures::stream::FuturesUnordered;
use futures::StreamExt;
use tokio::sync::{mpsc, oneshot, watch};
use tokio::time::Instant;

use crate::clock;
use crate::constants::ACTOR_TICK;
use crate::container_spec::CreateContext;
use crate::effects::{self, Learned, Outcome};
use crate::engine::Shared;
use crate::reporter::Report;
use crate::task_plan::TaskPlan;
use crate::task_record::{state_change_body, ReportView, TaskRecord};

/// The stop reason for a task the control plane no longer lists for this instance.
pub const UNLISTED_REASON: &str = "Task is no longer assigned to this container instance";

/// What an actor serves to readers (the metadata endpoint, heartbeats, tests).
#[derive(Debug, Clone)]
pub struct TaskSnapshot {
    pub plan: Arc<TaskPlan>,
    pub record: TaskRecord,
}

/// A message to a task's actor.
#[derive(Debug)]
pub enum ActorMessage {
    /// A newer (or repeated) assignment; answered once it is persisted.
    Assign {
        assignment: Box<TaskAssignment>,
        done: oneshot::Sender<Result<(), String>>,
    },
    /// The control plane's full task list did not include this task: stop it.
    Unlisted {
        done: oneshot::Sender<Result<(), String>>,
    },
    /// A runtime event about one of this task's containers.
    Runtime(RuntimeEvent),
    /// Re-inspect every container (the safety net for missed events).
    Reconcile,
    /// The control plane acknowledged this view.
    Reported(ReportView),
}

/// What an effect is in flight for.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Key {
    Container(String),
    Network,
    Cleanup,
}

mod observe;

pub struct Actor {
    shared: Arc<Shared>,
    plan: Arc<TaskPlan>,
    record: TaskRecord,
    inbox: mpsc::Receiver<ActorMessage>,
    effects: FuturesUnordered<BoxFuture<'static, (Key, Outcome)>>,
    in_flight: BTreeSet<Key>,
    reports: mpsc::UnboundedSender<Report>,
    last_queued: ReportView,
    snapshot: watch::Sender<Arc<TaskSnapshot>>,
    /// The last write of the record failed: act on nothing until one succeeds.
    unpersisted: bool,
    /// The session reports (health, address) last announced.
    last_session: Vec<berth_protocol::AgentMessage>,
    cleaned_up: bool,
}

impl Actor {
    pub fn new(
        shared: Arc<Shared>,
        plan: Arc<TaskPlan>,
        record: TaskRecord,
        inbox: mpsc::Receiver<ActorMessage>,
        reports: mpsc::UnboundedSender<Report>,
        snapshot: watch::Sender<Arc<TaskSnapshot>>,
    ) -> Actor {
        Actor {
            last_queued: record.reported.clone(),
            shared,
            plan,
            record,
            inbox,
            effects: FuturesUnordered::new(),
            in_flight: BTreeSet::new(),
            reports,
            snapshot,
            unpersisted: false,
            last_session: Vec::new(),
            cleaned_up: false,
        }
    }

    fn arn(&self) -> &str {
        &self.plan.task_arn
    }

    /// Runs until the task is cleaned up or the agent shuts down.
    pub async fn run(mut self) {
        for (name, extra) in &self.record.containers {
            self.shared
                .registry
                .index_token(&extra.metadata_token, &self.plan.task_arn, name);
        }
        self.reconcile(true).await;
        loop {
            self.step();
            if self.cleaned_up {
                break;
            }
            let wake = self.next_wake();
            tokio::select! {
                biased;
                () = self.shared.shutdown.cancelled() => break,
                Some((key, outcome)) = self.effects.next(), if !self.effects.is_empty() => {
                    self.in_flight.remove(&key);
                    self.on_outcome(outcome);
                }
                message = self.inbox.recv() => match message {
                    Some(message) => self.on_message(message).await,
                    None => break,
                },
                () = tokio::time::sleep_until(wake) => {
                    if self.unpersisted {
                        self.persist();
                    }
                }
            }
        }
        if self.cleaned_up {
            self.shared.registry.remove_task(&self.plan.task_arn);
        } else {
            self.shared.registry.remove_actor(&self.plan.task_arn);
        }
    }

    /// When to run the step function again without any message: while a container waits on
    /// a dependency (start timeouts), while a write is pending, and at the cleanup deadline.
    fn next_wake(&self) -> Instant {
        let far = Instant::now() + Duration::from_secs(3600);
        let state = &self.record.state;
        if self.unpersisted {
            return Instant::now() + ACTOR_TICK;
        }
        if let (TaskStatus::Stopped, Some(stopped_at)) = (state.known, state.stopped_at) {
            let due = stopped_at + self.shared.cleanup_wait.as_secs_f64() - clock::now();
            return Instant::now()
                + Duration::from_secs_f64(due.clamp(0.0, 3600.0))
                + Duration::from_millis(1);
        }
        let waiting = state.containers.values().any(|c| {
            c.known == ContainerKnownStatus::Pulled && c.desired == DesiredStatus::Running
        });
        if waiting {
            Instant::now() + ACTOR_TICK
        } else {
            far
        }
    }

    /// Writes the record; on failure, nothing acts until a later write succeeds.
    fn persist(&mut self) -> bool {
        let path = self.shared.data.task_file(&self.plan.task_arn);
        match self.shared.data.write_json(&path, &self.record) {
            Ok(()) => {
                self.unpersisted = false;
                true
            }
            Err(error) => {
                tracing::error!(%error, task = self.arn(), "cannot persist task state");
                self.unpersisted = true;
                false
            }
        }
    }

    /// Applies an event and persists the result.
    fn record(&mut self, event: Event) {
        match apply(&self.record.state, &event) {
            Ok(next) => {
                if next == self.record.state {
                    return;
                }
                if let Event::Created { runtime_id, .. } = &event {
                    self.shared
                        .registry
                        .index_container(runtime_id, &self.plan.task_arn);
                }
                if let Event::NetworkProvisioned { attachment, .. } = &event {
                    if let Some(id) = &attachment.pause_runtime_id {
                        self.shared
                            .registry
                            .index_container(id, &self.plan.task_arn);
                    }
                }
                self.record.state = next;
                self.persist();
            }
            Err(error) => tracing::warn!(%error, task = self.arn(), "ignoring an event"),
        }
    }

    fn container_effect_in_flight(&self) -> bool {
        self.in_flight
            .iter()
            .any(|k| matches!(k, Key::Container(_)))
    }

    /// One round: record the step function's decisions until it has none left, start its
    /// effects, then clean up, report and publish as needed.
    fn step(&mut self) {
        // Bounded: every decision moves a status forward, so few rounds are ever needed.
        for _ in 0..32 {
            if self.unpersisted {
                break;
            }
            let now = clock::now();
            let actions = next_actions(&self.record.state, &self.plan.lifecycle, now);
            let mut decided = false;
            for action in actions {
                match action {
                    Action::MarkTaskStopping { stop_code, reason } => {
                        self.record(Event::DesiredStopped {
                            stop_code,
                            reason,
                            at: now,
                        });
                        decided = true;
                        break;
                    }
                    Action::ReportTaskStatus(status) => {
                        // A create that completes late must still be stopped: STOPPED waits.
                        if status == TaskStatus::Stopped && self.container_effect_in_flight() {
                            continue;
                        }
                        self.record(Event::TaskStatusChanged { status, at: now });
                        decided = true;
                    }
                    // The cleanup wait is the agent's configuration, not the lifecycle's
                    // constant: see `maybe_cleanup`.
                    Action::Cleanup => {}
                    effect => self.start(effect, now),
                }
            }
            if !decided {
                break;
            }
        }
        if !self.unpersisted {
            self.maybe_cleanup();
            self.queue_report();
        }
        self.publish();
    }

    fn publish(&mut self) {
        let snapshot = TaskSnapshot {
            plan: self.plan.clone(),
            record: self.record.clone(),
        };
        self.snapshot.send_replace(Arc::new(snapshot));
        let session = crate::task_record::session_reports(&self.record, &self.plan);
        if session != self.last_session {
            self.last_session = session;
            self.shared
                .session_reports
                .send_modify(|generation| *generation = generation.wrapping_add(1));
        }
    }

    fn queue_report(&mut self) {
        let view = self.record.view();
        if view == self.last_queued {
            return;
        }
        let report = Report {
            view: view.clone(),
            body: state_change_body(&self.record, &self.shared.cluster_for_reports),
        };
        if self.reports.send(report).is_ok() {
            self.last_queued = view;
        }
    }

    fn spawn(
        &mut self,
        key: Key,
        future: impl std::future::Future<Output = Outcome> + Send + 'static,
    ) {
        self.in_flight.insert(key.clone());
        self.effects
            .push(Box::pin(async move { (key, future.await) }));
    }

    /// Starts an effect unless one is already in flight for the same container or network.
    fn start(&mut self, action: Action, now: f64) {
        let env = self.shared.effects.clone();
        let plan = self.plan.clone();
        match action {
            Action::Pull { container } => {
                let key = Key::Container(container.clone());
                if self.in_flight.contains(&key) {
                    return;
                }
                let Some(image) = plan
                    .container(&container)
                    .and_then(|c| c.definition.image.clone())
                else {
                    self.record(Event::PullFailed {
                        container,
                        error: "the container definition has no image".into(),
                    });
                    return;
                };
                self.record(Event::PullStarted {
                    container: container.clone(),
                    at: now,
                });
                if self.unpersisted {
                    return;
                }
                self.spawn(
                    key,
                    async move { effects::pull(&env, &container, &image).await },
                );
            }
            Action::Create { container } => {
                let key = Key::Container(container.clone());
                if self.in_flight.contains(&key) {
                    return;
                }
                let ctx = self.create_context(&container);
                self.spawn(key, async move {
                    effects::create(&env, &plan, &container, ctx).await
                });
            }
            Action::Start { container } => {
                let key = Key::Container(container.clone());
                let Some(id) = self.runtime_id(&container) else {
                    return;
                };
                if self.in_flight.contains(&key) {
                    return;
                }
                self.spawn(
                    key,
                    async move { effects::start(&env, &container, &id).await },
                );
            }
            Action::Stop {
                container,
                timeout_secs,
            } => {
                let key = Key::Container(container.clone());
                let Some(id) = self.runtime_id(&container) else {
                    return;
                };
                if self.in_flight.contains(&key) {
                    return;
                }
                self.spawn(key, async move {
                    effects::stop(&env, &container, &id, timeout_secs).await
                });
            }
            Action::ProvisionNetwork => {
                if self.in_flight.contains(&Key::Network) {
                    return;
                }
                self.spawn(Key::Network, async move {
                    effects::provision_network(&env, &plan).await
                });
            }
            Action::DeprovisionNetwork => {
                if self.in_flight.contains(&Key::Network) || self.container_effect_in_flight() {
                    return;
                }
                let pause = self
                    .record
                    .state
                    .network
                    .attachment
                    .as_ref()
                    .and_then(|a| a.pause_runtime_id.clone());
                self.spawn(Key::Network, async move {
                    effects::deprovision_network(&env, &plan, pause.as_deref()).await
                });
            }
            Action::ReportTaskStatus(_) | Action::MarkTaskStopping { .. } | Action::Cleanup => {}
        }
    }

    fn runtime_id(&self, container: &str) -> Option<String> {
        self.record
            .state
            .containers
            .get(container)
            .and_then(|c| c.runtime_id.clone())
    }

    fn create_context(&self, container: &str) -> CreateContext {
        let state = &self.record.state;
        let pause = state
            .network
            .attachment
            .as_ref()
            .and_then(|a| a.pause_runtime_id.clone());
        let token = self
            .record
            .containers
            .get(container)
            .map(|e| e.metadata_token.clone())
            .unwrap_or_default();
        let definition_disables = self
            .plan
            .container(container)
            .and_then(|c| c.definition.disable_networking)
            == Some(true);
        CreateContext {
            cluster: self.shared.cluster_name.clone(),
            metadata_base: if definition_disables {
                None
            } else {
                self.shared.metadata.base_for(self.plan.network_mode)
            },
            metadata_token: token,
            pause_container: pause,
            sibling_ids: state
                .containers
                .iter()
                .filter_map(|(name, c)| Some((name.clone(), c.runtime_id.clone()?)))
                .collect(),
            environment_files: Vec::new(),
            execution_env: execution_env(self.record.assignment.launch_type.as_deref()),
        }
    }

    fn on_outcome(&mut self, outcome: Outcome) {
        let mut changed = false;
        for learned in outcome.learned {
            changed |= self.learn(learned);
        }
        if changed {
            self.persist();
        }
        for event in outcome.events {
            self.record(event);
        }
    }

    /// Records what an effect or an inspection learnt; returns whether the record changed.
    fn learn(&mut self, learned: Learned) -> bool {
        match learned {
            Learned::Image {
                container,
                digest,
                image_id,
            } => match self.record.containers.get_mut(&container) {
                Some(e) => {
                    e.image_digest = digest.or(e.image_digest.take());
                    e.image_id = image_id.or(e.image_id.take());
                    true
                }
                None => false,
            },
            Learned::Inspected {
                container,
                bindings,
                networks,
                oom_killed,
                image_id,
            } => match self.record.containers.get_mut(&container) {
                Some(e) => {
                    let before = e.clone();
                    if e.image_id.is_none() && !image_id.is_empty() {
                        e.image_id = Some(image_id);
                    }
                    let bindings =
                        if bindings.is_empty() && self.plan.network_mode == NetworkMode::Host {
                            host_mode_bindings(&self.plan, &container)
                        } else {
                            bindings
                        };
                    if !bindings.is_empty() {
                        e.network_bindings = bindings;
                    }
                    if !networks.is_empty() {
                        e.networks = networks;
                    }
                    e.oom_killed |= oom_killed;
                    before != *e
                }
                None => false,
            },
            Learned::CreatedAt { container, at } => {
                match self.record.containers.get_mut(&container) {
                    Some(e) if e.created_at.is_none() => {
                        e.created_at = Some(at);
                        true
                    }
                    _ => false,
                }
            }
            Learned::CleanedUp => {
                let path = self.shared.data.task_file(&self.plan.task_arn);
                match self.shared.data.remove(&path) {
                    Ok(()) => self.cleaned_up = true,
                    Err(error) => tracing::error!(%error, "cannot remove the task record"),
                }
                false
            }
        }
    }

    /// Starts the cleanup once the task has been STOPPED, reported, and kept for the wait.
    fn maybe_cleanup(&mut self) {
        let state = &self.record.state;
        let Some(stopped_at) = state
            .stopped_at
            .filter(|_| state.known == TaskStatus::Stopped)
        else {
            return;
        };
        if self.record.reported.task_status != Some(TaskStatus::Stopped)
            || !self.in_flight.is_empty()
            || clock::now() < stopped_at + self.shared.cleanup_wait.as_secs_f64()
        {
            return;
        }
        let ids: Vec<String> = state
            .containers
            .values()
            .filter_map(|c| c.runtime_id.clone())
            .chain(
                state
                    .network
                    .attachment
                    .as_ref()
                    .and_then(|a| a.pause_runtime_id.clone()),
            )
            .collect();
        let env = self.shared.effects.clone();
        let plan = self.plan.clone();
        self.spawn(Key::Cleanup, async move {
            effects::cleanup(&env, &plan, ids).await
        });
    }

    async fn on_message(&mut self, message: ActorMessage) {
        match message {
            ActorMessage::Assign { assignment, done } => {
                let result = self.on_assign(*assignment);
                let _ = done.send(result);
            }
            ActorMessage::Unlisted { done } => {
                if self.record.state.desired == DesiredStatus::Running {
                    self.record(Event::DesiredStopped {
                        stop_code: StopCode::ServiceSchedulerInitiated,
                        reason: UNLISTED_REASON.into(),
                        at: clock::now(),
                    });
                }
                let _ = done.send(self.persisted());
            }
            ActorMessage::Runtime(event) => self.on_runtime(event),
            ActorMessage::Reconcile => self.reconcile(false).await,
            ActorMessage::Reported(view) => {
                if view != self.record.reported {
                    self.record.reported = view;
                    self.persist();
                }
            }
        }
    }

    fn persisted(&self) -> Result<(), String> {
        if self.unpersisted {
            Err(format!("cannot persist the state of task {}", self.arn()))
        } else {
            Ok(())
        }
    }

    fn on_assign(&mut self, assignment: TaskAssignment) -> Result<(), String> {
        let newer = assignment.version > self.record.assignment.version;
        let stop = assignment.desired_status == TaskStatus::Stopped;
        if stop && self.record.state.desired == DesiredStatus::Running {
            let event = stop_event(&assignment, clock::now());
            if newer {
                self.record.assignment = assignment;
            }
            self.record(event);
        } else if newer {
            self.record.assignment = assignment;
            self.persist();
        }
        self.persisted()
    }
}

/// The stop decision an assignment with desired STOPPED carries (StopTask: `UserInitiated`).
pub fn stop_event(assignment: &TaskAssignment, at: f64) -> Event {
    Event::DesiredStopped {
        stop_code: assignment
            .stop_code
            .as_deref()
            .and_then(StopCode::parse)
            .unwrap_or(StopCode::UserInitiated),
        reason: assignment
            .stopped_reason
            .clone()
            .unwrap_or_else(|| "Task stopped by user".into()),
        at,
    }
}

/// A host-mode container's bindings: Docker publishes nothing (the container is on the host's
/// network), but ECS reports each port mapping with `hostPort` = `containerPort`.
fn host_mode_bindings(plan: &TaskPlan, container: &str) -> Vec<crate::task_record::Binding> {
    let Some(c) = plan.container(container) else {
        return Vec::new();
    };
    c.definition
        .port_mappings
        .as_deref()
        .unwrap_or_default()
        .iter()
        .filter_map(|m| {
            let port = u16::try_from(m.container_port?).ok()?;
            Some(crate::task_record::Binding {
                bind_ip: "0.0.0.0".into(),
                container_port: port,
                host_port: port,
                protocol: m.protocol.clone().unwrap_or_else(|| "tcp".into()),
            })
        })
        .collect()
}

/// ECS's `AWS_EXECUTION_ENV` for a launch type.
fn execution_env(launch_type: Option<&str>) -> String {
    match launch_type {
        Some("FARGATE") => "AWS_ECS_FARGATE",
        Some("EXTERNAL") => "AWS_ECS_EXTERNAL",
        _ => "AWS_ECS_EC2",
    }
    .to_owned()
}
