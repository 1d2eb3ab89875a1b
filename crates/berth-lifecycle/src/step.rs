//! The step function: from a task's state, its spec and the time, the [`Action`]s to take now.
//!
//! [`next_actions`] is pure and idempotent: called twice on the same state it returns the same
//! actions, so the agent's actor deduplicates what it already has in flight and calls again
//! after every recorded event. Decisions that change the task's own state (stopping it,
//! recording a new status) come out as actions too; the actor records each as its matching
//! [`crate::Event`] *before* acting on it. This module must not perform effects or read a clock.

use berth_model::{StopCode, TaskStatus};
use serde::{Deserialize, Serialize};

use crate::dependency::{can_start, can_stop, validate, Decision};
use crate::spec::ContainerSpec;
use crate::state::{ContainerState, TaskState};
use crate::status::{ContainerKnownStatus, DesiredStatus, NetworkKnownStatus};
use crate::task_status::derive_task_status;
use crate::timeouts::TASK_CLEANUP_WAIT_SECS;

/// The ECS `stoppedReason` for an essential container's exit.
pub const ESSENTIAL_CONTAINER_EXITED_REASON: &str = "Essential container in task exited";

/// One thing the agent should do for a task.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Action {
    /// Record `TaskStatusChanged` with this status, then report it to the control plane.
    ReportTaskStatus(TaskStatus),
    /// Record `DesiredStopped` with this code and reason. Returned alone: nothing else may
    /// happen until the stop is recorded.
    MarkTaskStopping {
        stop_code: StopCode,
        reason: String,
    },
    /// Set up the `awsvpc` namespace (start the pause container, attach the interface).
    ProvisionNetwork,
    Pull {
        container: String,
    },
    Create {
        container: String,
    },
    Start {
        container: String,
    },
    /// SIGTERM, then SIGKILL after `timeout_secs`.
    Stop {
        container: String,
        timeout_secs: u32,
    },
    /// Tear down the `awsvpc` namespace (idempotent: also after a failed or abandoned setup).
    DeprovisionNetwork,
    /// The task has been STOPPED for the cleanup wait: remove its containers and state.
    Cleanup,
}

/// The actions to take now (see the module doc and the table in `container_effect`).
///
/// Order within the result: status report, network, then per container in spec order, then
/// teardown. Stop decisions are checked first and, when one applies, returned alone.
pub fn next_actions(task: &TaskState, spec: &[ContainerSpec], now: f64) -> Vec<Action> {
    if task.desired == DesiredStatus::Running {
        if let Some((stop_code, reason)) = stop_decision(task, spec, now) {
            return vec![Action::MarkTaskStopping { stop_code, reason }];
        }
    }
    let mut actions = Vec::new();
    let status = derive_task_status(task, spec);
    if status > task.known {
        actions.push(Action::ReportTaskStatus(status));
    }

    let namespace = task.network.mode.needs_namespace();
    if task.desired == DesiredStatus::Running
        && namespace
        && task.network.known == NetworkKnownStatus::None
        && task.network.failure.is_none()
    {
        actions.push(Action::ProvisionNetwork);
    }
    let network_ready = !namespace || task.network.known == NetworkKnownStatus::Provisioned;
    // A graph with a cycle cannot order its stops; stopping everything at once beats a
    // deadlock. (Such a task never gets to start anything: see `stop_decision`.)
    let ordered_stops = validate(spec).is_ok();
    for container in spec {
        let step = Step {
            task,
            spec,
            container,
            state: task.container(&container.name),
            network_ready,
            ordered_stops,
            now,
        };
        actions.extend(container_effect(&step));
    }

    let all_terminal = spec.iter().all(|c| task.container(&c.name).is_terminal());
    if task.desired == DesiredStatus::Stopped
        && namespace
        && all_terminal
        && task.network.known < NetworkKnownStatus::Deprovisioned
    {
        actions.push(Action::DeprovisionNetwork);
    }
    if let (TaskStatus::Stopped, Some(stopped_at)) = (task.known, task.stopped_at) {
        if now >= stopped_at + f64::from(TASK_CLEANUP_WAIT_SECS) {
            actions.push(Action::Cleanup);
        }
    }
    actions
}

/// Everything `container_effect` looks at for one container.
struct Step<'a> {
    task: &'a TaskState,
    spec: &'a [ContainerSpec],
    container: &'a ContainerSpec,
    state: &'a ContainerState,
    network_ready: bool,
    ordered_stops: bool,
    now: f64,
}

/// The status → effect table for one container:
///
/// ```text
///   known     desired   also needs                               effect
///   None      RUNNING   —                                        Pull   (all pulls run concurrently)
///   Pulled    RUNNING   network ready, can_start = Ready         Create
///   Created   RUNNING   —                                        Start  (dependencies were checked at Create)
///   Running   RUNNING   —                                        —      (steady state)
///   Created   STOPPED   can_stop = Ready (dependents terminal)   Stop   (a no-op in Docker, confirms the end)
///   Running   STOPPED   can_stop = Ready (dependents terminal)   Stop{stopTimeout}
///   None      STOPPED   —                                        —      (never created: terminal)
///   Pulled    STOPPED   —                                        —      (never created: terminal)
///   Stopped   any       —                                        —
/// ```
fn container_effect(step: &Step<'_>) -> Option<Action> {
    use ContainerKnownStatus as K;
    let name = || step.container.name.clone();
    // A task that is stopping stops every container, whatever the container's own record says.
    let desired = step.state.desired.max(step.task.desired);
    match (step.state.known, desired) {
        (K::None, DesiredStatus::Running) => Some(Action::Pull { container: name() }),
        (K::Pulled, DesiredStatus::Running) => {
            let ready = step.network_ready
                && can_start(
                    step.spec,
                    &step.container.name,
                    &step.task.containers,
                    step.now,
                ) == Decision::Ready;
            ready.then(|| Action::Create { container: name() })
        }
        (K::Created, DesiredStatus::Running) => Some(Action::Start { container: name() }),
        (K::Running, DesiredStatus::Running) => None,
        (K::Created | K::Running, DesiredStatus::Stopped) => {
            let ready = !step.ordered_stops
                || can_stop(step.spec, &step.container.name, &step.task.containers)
                    == Decision::Ready;
            ready.then(|| Action::Stop {
                container: name(),
                timeout_secs: step.container.effective_stop_timeout_secs(),
            })
        }
        (K::None | K::Pulled, DesiredStatus::Stopped) => None,
        (K::Stopped, _) => None,
    }
}

/// Why a task that is meant to run must stop now, if it must. First matching rule wins:
/// an unusable task definition, a failed namespace setup, a container that failed to pull,
/// create or start, an essential container that stopped, a dependency that can never be met.
fn stop_decision(task: &TaskState, spec: &[ContainerSpec], now: f64) -> Option<(StopCode, String)> {
    let failed_to_start = |reason: String| Some((StopCode::TaskFailedToStart, reason));
    if spec.is_empty() {
        return failed_to_start("task definition has no containers".into());
    }
    if let Err(error) = validate(spec) {
        return failed_to_start(error.to_string());
    }
    if let Some(failure) = &task.network.failure {
        return failed_to_start(failure.clone());
    }
    let states = || spec.iter().map(|c| (c, task.container(&c.name)));
    if let Some(failure) = states().find_map(|(_, s)| s.failure()) {
        return failed_to_start(failure.to_owned());
    }
    if states().any(|(c, s)| c.essential && s.is_terminal()) {
        return Some((
            StopCode::EssentialContainerExited,
            ESSENTIAL_CONTAINER_EXITED_REASON.to_owned(),
        ));
    }
    states()
        .filter(|(_, s)| s.known < ContainerKnownStatus::Created && !s.is_terminal())
        .find_map(
            |(c, _)| match can_start(spec, &c.name, &task.containers, now) {
                Decision::Never(reason) => Some((StopCode::TaskFailedToStart, reason)),
                Decision::Ready | Decision::Wait(_) => None,
            },
        )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec::NetworkMode;

    #[test]
    fn a_fresh_task_pulls_everything_at_once_and_reports_pending() {
        let spec = [ContainerSpec::new("a"), ContainerSpec::new("b")];
        let task = TaskState::new(&spec, NetworkMode::Bridge);
        assert_eq!(
            next_actions(&task, &spec, 0.0),
            [
                Action::ReportTaskStatus(TaskStatus::Pending),
                Action::Pull {
                    container: "a".into()
                },
                Action::Pull {
                    container: "b".into()
                },
            ]
        );
    }

    #[test]
    fn an_empty_or_invalid_task_is_stopped_before_anything_happens() {
        let task = TaskState::new(&[], NetworkMode::Bridge);
        assert_eq!(
            next_actions(&task, &[], 0.0),
            [Action::MarkTaskStopping {
                stop_code: StopCode::TaskFailedToStart,
                reason: "task definition has no containers".into()
            }]
        );
        let mut a = ContainerSpec::new("a");
        a.links.push("a".into());
        let spec = [a];
        let task = TaskState::new(&spec, NetworkMode::Bridge);
        assert!(matches!(
            &next_actions(&task, &spec, 0.0)[..],
            [Action::MarkTaskStopping {
                stop_code: StopCode::TaskFailedToStart,
                ..
            }]
        ));
    }

    #[test]
    fn cleanup_comes_after_the_wait() {
        let spec = [ContainerSpec::new("a")];
        let mut task = TaskState::new(&spec, NetworkMode::Bridge);
        task.desired = DesiredStatus::Stopped;
        task.known = TaskStatus::Stopped;
        task.stopped_at = Some(100.0);
        if let Some(c) = task.containers.get_mut("a") {
            c.desired = DesiredStatus::Stopped;
        }
        assert_eq!(next_actions(&task, &spec, 101.0), []);
        let later = 100.0 + f64::from(TASK_CLEANUP_WAIT_SECS);
        assert_eq!(next_actions(&task, &spec, later), [Action::Cleanup]);
    }
}
