//! The runtime state of one task ([`TaskState`]) and of its containers ([`ContainerState`]), the
//! [`Event`]s that change it, and [`apply`], the only function that changes it.
//!
//! The state is what the agent persists before acting, so it is plain serde data. `apply` is a
//! pure fold: it never decides what to do next (that is [`crate::next_actions`]) and it never
//! moves a status backwards; a stale or duplicated event (Docker's event stream can repeat and
//! reorder) is absorbed without effect. It must not know about Docker, time sources or the spec.

use std::collections::BTreeMap;

use berth_model::{ContainerStatus, HealthStatus, StopCode, TaskStatus};
use serde::{Deserialize, Serialize};

use crate::spec::{ContainerSpec, NetworkMode};
use crate::status::{ContainerKnownStatus, DesiredStatus, NetworkKnownStatus};

/// What the agent knows and wants of one container.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ContainerState {
    /// The furthest station Docker has confirmed.
    pub known: ContainerKnownStatus,
    /// Where the container is meant to go.
    pub desired: DesiredStatus,
    /// The runtime's id for the created container.
    pub runtime_id: Option<String>,
    /// The exit code, once known.
    pub exit_code: Option<i32>,
    /// The last health status Docker reported (UNKNOWN without a health check).
    pub health: HealthStatus,
    /// When the process started (epoch seconds).
    pub started_at: Option<f64>,
    /// When the process exited (epoch seconds).
    pub finished_at: Option<f64>,
    /// Why the container could not be started (`CannotPullContainerError: ...` and the like).
    pub reason: Option<String>,
}

impl ContainerState {
    /// A container nothing has happened to yet.
    pub const PENDING: ContainerState = ContainerState {
        known: ContainerKnownStatus::None,
        desired: DesiredStatus::Running,
        runtime_id: None,
        exit_code: None,
        health: HealthStatus::Unknown,
        started_at: None,
        finished_at: None,
        reason: None,
    };

    /// Whether the container's process ever started.
    pub fn has_started(&self) -> bool {
        self.started_at.is_some()
    }

    /// Whether the container is done: it has stopped, or it is meant to stop and no Docker
    /// container exists for it (so there is nothing to stop).
    pub fn is_terminal(&self) -> bool {
        self.known == ContainerKnownStatus::Stopped
            || (self.desired == DesiredStatus::Stopped
                && self.known < ContainerKnownStatus::Created)
    }

    /// Why the container failed to start, if it did.
    pub fn failure(&self) -> Option<&str> {
        self.reason.as_deref()
    }

    /// The container `lastStatus` to report: a container that will never run is STOPPED even
    /// though Docker never saw it.
    pub fn reported_status(&self) -> ContainerStatus {
        if self.is_terminal() {
            ContainerStatus::Stopped
        } else {
            self.known.ecs_status()
        }
    }
}

impl Default for ContainerState {
    fn default() -> ContainerState {
        ContainerState::PENDING
    }
}

/// The address an `awsvpc` task got when its namespace was provisioned.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NetworkAttachment {
    /// The task's private IPv4 address.
    pub private_ipv4_address: String,
    /// The runtime id of the pause container that holds the namespace.
    pub pause_runtime_id: Option<String>,
}

/// The task's network: its mode and, for `awsvpc`, the namespace (pause container) state.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NetworkState {
    pub mode: NetworkMode,
    /// Only meaningful when `mode.needs_namespace()`.
    pub known: NetworkKnownStatus,
    pub attachment: Option<NetworkAttachment>,
    /// Why setting up the namespace failed (`ResourceInitializationError: ...`).
    pub failure: Option<String>,
}

/// What the agent knows and wants of one task.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TaskState {
    /// Where the task is meant to go.
    pub desired: DesiredStatus,
    /// The furthest ECS status recorded (and so reported) for the task.
    pub known: TaskStatus,
    /// Per-container state, by container name.
    pub containers: BTreeMap<String, ContainerState>,
    pub network: NetworkState,
    /// Set once, by the first stop decision.
    pub stop_code: Option<StopCode>,
    pub stopped_reason: Option<String>,
    pub pull_started_at: Option<f64>,
    pub pull_stopped_at: Option<f64>,
    /// When the task was recorded RUNNING.
    pub started_at: Option<f64>,
    /// When the task was told to stop.
    pub stopping_at: Option<f64>,
    /// When every container had stopped.
    pub execution_stopped_at: Option<f64>,
    /// When the task was recorded STOPPED.
    pub stopped_at: Option<f64>,
    /// When the task got its network (namespace provisioned, or the host network in use).
    pub connectivity_at: Option<f64>,
}

impl TaskState {
    /// A freshly placed task: every container pending, desired RUNNING, status PROVISIONING
    /// (which is what the control plane shows for a task it has just placed).
    pub fn new(spec: &[ContainerSpec], mode: NetworkMode) -> TaskState {
        TaskState {
            desired: DesiredStatus::Running,
            known: TaskStatus::Provisioning,
            containers: spec
                .iter()
                .map(|c| (c.name.clone(), ContainerState::PENDING))
                .collect(),
            network: NetworkState {
                mode,
                known: NetworkKnownStatus::None,
                attachment: None,
                failure: None,
            },
            stop_code: None,
            stopped_reason: None,
            pull_started_at: None,
            pull_stopped_at: None,
            started_at: None,
            stopping_at: None,
            execution_stopped_at: None,
            stopped_at: None,
            connectivity_at: None,
        }
    }

    /// The state of a container, or a pending one if the name is unknown (so that a spec and a
    /// state that disagree degrade to "not started" rather than a panic).
    pub fn container(&self, name: &str) -> &ContainerState {
        self.containers
            .get(name)
            .unwrap_or(&ContainerState::PENDING)
    }
}

/// Something that happened to a task: a Docker outcome, a control-plane instruction, or a
/// decision of [`crate::next_actions`] that the agent recorded.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Event {
    /// The agent began pulling the container's image.
    PullStarted {
        container: String,
        at: f64,
    },
    Pulled {
        container: String,
        at: f64,
    },
    PullFailed {
        container: String,
        error: String,
    },
    Created {
        container: String,
        runtime_id: String,
    },
    CreateFailed {
        container: String,
        error: String,
    },
    Started {
        container: String,
        at: f64,
    },
    StartFailed {
        container: String,
        error: String,
    },
    /// The container's process exited (or a never-started container was stopped: no code).
    Exited {
        container: String,
        exit_code: Option<i32>,
        at: f64,
    },
    Health {
        container: String,
        status: HealthStatus,
    },
    /// StopTask (`UserInitiated`), the scheduler, or a recorded `MarkTaskStopping` decision.
    DesiredStopped {
        stop_code: StopCode,
        reason: String,
        at: f64,
    },
    NetworkProvisioned {
        attachment: NetworkAttachment,
        at: f64,
    },
    NetworkProvisionFailed {
        error: String,
    },
    NetworkDeprovisioned {
        at: f64,
    },
    /// The agent recorded (and will report) a new task status.
    TaskStatusChanged {
        status: TaskStatus,
        at: f64,
    },
}

/// An event that does not belong to this task.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ApplyError {
    #[error("event names container {container}, which is not part of this task")]
    UnknownContainer { container: String },
    #[error("network namespace event for a task in {mode:?} network mode, which has none")]
    NoNetworkNamespace { mode: NetworkMode },
}

/// Folds one event into the task state, returning the new state.
///
/// Container transitions (anything else is stale and ignored):
///
/// ```text
///            Pulled          Created         Started          Exited
///   None ──────────▶ Pulled ─────────▶ Created ─────────▶ Running ─────────▶ Stopped
///    │   Created (image already present) ▲  │                                  ▲
///    └───────────────────────────────────┘  └──── Exited (never-started stop) ─┘
///
///   PullFailed / CreateFailed / StartFailed: `known` stays, `desired` := STOPPED, `reason` set.
///   Started after desired STOPPED is still recorded (truthfully), so the container gets stopped.
/// ```
///
/// Task transitions: `desired` RUNNING ──DesiredStopped──▶ STOPPED (first stop code and reason
/// win; every container's desired status follows); `known` moves to the status of a
/// `TaskStatusChanged` only if it is further along. Namespace: None ──Provisioned──▶ Provisioned
/// ──Deprovisioned──▶ Deprovisioned (also straight from None after a failed setup).
pub fn apply(task: &TaskState, event: &Event) -> Result<TaskState, ApplyError> {
    let mut next = task.clone();
    match event {
        Event::PullStarted { container, at } => {
            container_mut(&mut next, container)?;
            next.pull_started_at.get_or_insert(*at);
        }
        Event::Pulled { container, at } => {
            advance(
                container_mut(&mut next, container)?,
                ContainerKnownStatus::Pulled,
            );
            let all_pulled = next
                .containers
                .values()
                .all(|c| c.known >= ContainerKnownStatus::Pulled || c.is_terminal());
            if all_pulled {
                next.pull_stopped_at.get_or_insert(*at);
            }
        }
        Event::PullFailed { container, error } => {
            let c = container_mut(&mut next, container)?;
            if c.known < ContainerKnownStatus::Pulled {
                fail(c, "CannotPullContainerError", error);
            }
        }
        Event::Created {
            container,
            runtime_id,
        } => {
            let c = container_mut(&mut next, container)?;
            if advance(c, ContainerKnownStatus::Created) {
                c.runtime_id = Some(runtime_id.clone());
            }
        }
        Event::CreateFailed { container, error } => {
            let c = container_mut(&mut next, container)?;
            if c.known < ContainerKnownStatus::Created {
                fail(c, "CannotCreateContainerError", error);
            }
        }
        Event::Started { container, at } => {
            let c = container_mut(&mut next, container)?;
            if advance(c, ContainerKnownStatus::Running) {
                c.started_at = Some(*at);
            }
        }
        Event::StartFailed { container, error } => {
            let c = container_mut(&mut next, container)?;
            if c.known < ContainerKnownStatus::Running {
                fail(c, "CannotStartContainerError", error);
            }
        }
        Event::Exited {
            container,
            exit_code,
            at,
        } => {
            let c = container_mut(&mut next, container)?;
            if advance(c, ContainerKnownStatus::Stopped) {
                c.exit_code = *exit_code;
                c.finished_at = Some(*at);
                // Berth never restarts a container in place, so an exited one stays stopped.
                c.desired = DesiredStatus::Stopped;
            }
        }
        Event::Health { container, status } => {
            let c = container_mut(&mut next, container)?;
            // Health only means something while the process lives; a late report after the
            // exit must not overwrite the last observed value.
            if c.known < ContainerKnownStatus::Stopped {
                c.health = *status;
            }
        }
        Event::DesiredStopped {
            stop_code,
            reason,
            at,
        } => {
            if next.desired == DesiredStatus::Running {
                next.desired = DesiredStatus::Stopped;
                next.stop_code = Some(*stop_code);
                next.stopped_reason = Some(reason.clone());
                next.stopping_at = Some(*at);
                for c in next.containers.values_mut() {
                    c.desired = DesiredStatus::Stopped;
                }
            }
        }
        Event::NetworkProvisioned { attachment, at } => {
            let network = namespace_mut(&mut next)?;
            if network.known < NetworkKnownStatus::Provisioned {
                network.known = NetworkKnownStatus::Provisioned;
                network.attachment = Some(attachment.clone());
                next.connectivity_at.get_or_insert(*at);
            }
        }
        Event::NetworkProvisionFailed { error } => {
            let network = namespace_mut(&mut next)?;
            if network.known == NetworkKnownStatus::None && network.failure.is_none() {
                network.failure = Some(format!("ResourceInitializationError: {error}"));
            }
        }
        Event::NetworkDeprovisioned { at: _ } => {
            let network = namespace_mut(&mut next)?;
            network.known = NetworkKnownStatus::Deprovisioned;
        }
        Event::TaskStatusChanged { status, at } => {
            if *status > next.known {
                next.known = *status;
                stamp_task_status(&mut next, *status, *at);
            }
        }
    }
    Ok(next)
}

/// Records the timestamps ECS attaches to reaching a task status.
fn stamp_task_status(task: &mut TaskState, status: TaskStatus, at: f64) {
    // Without a namespace of its own the task is connected as soon as it is placed on the host.
    if !task.network.mode.needs_namespace() && status >= TaskStatus::Pending {
        task.connectivity_at.get_or_insert(at);
    }
    if status >= TaskStatus::Running && status < TaskStatus::Deactivating {
        task.started_at.get_or_insert(at);
    }
    if status >= TaskStatus::Deprovisioning {
        task.execution_stopped_at.get_or_insert(at);
    }
    if status == TaskStatus::Stopped {
        task.stopped_at.get_or_insert(at);
    }
}

/// Moves `known` forward to `to`; returns false (and changes nothing) for a stale event.
fn advance(container: &mut ContainerState, to: ContainerKnownStatus) -> bool {
    if to > container.known {
        container.known = to;
        true
    } else {
        false
    }
}

/// Records a failure to bring the container up; the first reason wins.
fn fail(container: &mut ContainerState, kind: &str, error: &str) {
    container
        .reason
        .get_or_insert_with(|| format!("{kind}: {error}"));
    container.desired = DesiredStatus::Stopped;
}

fn container_mut<'a>(
    task: &'a mut TaskState,
    name: &str,
) -> Result<&'a mut ContainerState, ApplyError> {
    task.containers
        .get_mut(name)
        .ok_or_else(|| ApplyError::UnknownContainer {
            container: name.to_owned(),
        })
}

fn namespace_mut(task: &mut TaskState) -> Result<&mut NetworkState, ApplyError> {
    if task.network.mode.needs_namespace() {
        Ok(&mut task.network)
    } else {
        Err(ApplyError::NoNetworkNamespace {
            mode: task.network.mode,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn task() -> TaskState {
        TaskState::new(
            &[ContainerSpec::new("app"), ContainerSpec::new("side")],
            NetworkMode::Bridge,
        )
    }

    fn ev(task: &TaskState, events: &[Event]) -> TaskState {
        events
            .iter()
            .fold(task.clone(), |t, e| apply(&t, e).unwrap())
    }

    #[test]
    fn stale_events_never_move_a_container_backwards() {
        let t = ev(
            &task(),
            &[
                Event::Started {
                    container: "app".into(),
                    at: 5.0,
                },
                Event::Exited {
                    container: "app".into(),
                    exit_code: Some(0),
                    at: 9.0,
                },
                Event::Created {
                    container: "app".into(),
                    runtime_id: "late".into(),
                },
                Event::Started {
                    container: "app".into(),
                    at: 10.0,
                },
            ],
        );
        let app = t.container("app");
        assert_eq!(app.known, ContainerKnownStatus::Stopped);
        assert_eq!(app.started_at, Some(5.0));
        assert_eq!(app.runtime_id, None);
        assert_eq!(app.exit_code, Some(0));
    }

    #[test]
    fn failures_keep_the_first_reason_and_make_the_container_terminal() {
        let t = ev(
            &task(),
            &[
                Event::PullFailed {
                    container: "app".into(),
                    error: "manifest unknown".into(),
                },
                Event::PullFailed {
                    container: "app".into(),
                    error: "second".into(),
                },
            ],
        );
        let app = t.container("app");
        assert_eq!(
            app.failure(),
            Some("CannotPullContainerError: manifest unknown")
        );
        assert!(app.is_terminal());
        assert_eq!(app.reported_status(), ContainerStatus::Stopped);
    }

    #[test]
    fn the_first_stop_decision_wins() {
        let t = ev(
            &task(),
            &[
                Event::DesiredStopped {
                    stop_code: StopCode::UserInitiated,
                    reason: "bye".into(),
                    at: 3.0,
                },
                Event::DesiredStopped {
                    stop_code: StopCode::EssentialContainerExited,
                    reason: "later".into(),
                    at: 4.0,
                },
            ],
        );
        assert_eq!(t.stop_code, Some(StopCode::UserInitiated));
        assert_eq!(t.stopping_at, Some(3.0));
        assert!(t
            .containers
            .values()
            .all(|c| c.desired == DesiredStatus::Stopped));
    }

    #[test]
    fn foreign_events_are_rejected() {
        let unknown = apply(
            &task(),
            &Event::Pulled {
                container: "nope".into(),
                at: 1.0,
            },
        );
        assert!(matches!(unknown, Err(ApplyError::UnknownContainer { .. })));
        let network = apply(&task(), &Event::NetworkDeprovisioned { at: 1.0 });
        assert!(matches!(
            network,
            Err(ApplyError::NoNetworkNamespace { .. })
        ));
    }

    #[test]
    fn task_status_changes_stamp_their_timestamps_once() {
        let t = ev(
            &task(),
            &[
                Event::TaskStatusChanged {
                    status: TaskStatus::Pending,
                    at: 1.0,
                },
                Event::TaskStatusChanged {
                    status: TaskStatus::Running,
                    at: 2.0,
                },
                Event::TaskStatusChanged {
                    status: TaskStatus::Activating,
                    at: 3.0,
                },
                Event::TaskStatusChanged {
                    status: TaskStatus::Stopped,
                    at: 4.0,
                },
            ],
        );
        assert_eq!(t.known, TaskStatus::Stopped);
        assert_eq!(t.connectivity_at, Some(1.0));
        assert_eq!(t.started_at, Some(2.0));
        assert_eq!(t.execution_stopped_at, Some(4.0));
        assert_eq!(t.stopped_at, Some(4.0));
    }

    #[test]
    fn state_round_trips_through_json_for_persistence() {
        let t = ev(
            &TaskState::new(&[ContainerSpec::new("app")], NetworkMode::Awsvpc),
            &[
                Event::NetworkProvisioned {
                    attachment: NetworkAttachment {
                        private_ipv4_address: "10.0.0.2".into(),
                        pause_runtime_id: Some("pause".into()),
                    },
                    at: 1.5,
                },
                Event::Started {
                    container: "app".into(),
                    at: 2.0,
                },
                Event::Health {
                    container: "app".into(),
                    status: HealthStatus::Healthy,
                },
            ],
        );
        let json = serde_json::to_string(&t).unwrap();
        assert!(json.contains(r#""known":"RUNNING""#), "{json}");
        let back: TaskState = serde_json::from_str(&json).unwrap();
        assert_eq!(back, t);
    }
}
