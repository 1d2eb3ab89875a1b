//! Which ECS task status (`lastStatus`) and task health a task's internal state reports.
//!
//! This module owns the mapping from agent-internal conditions to the ECS lifecycle; it reads a
//! [`TaskState`] and never changes it. The status it computes is a *candidate*: the agent
//! records it (via [`crate::Event::TaskStatusChanged`]) only when it is further along than what
//! was recorded before, so the reported status never moves backwards.
//!
//! | ECS status       | internal condition (first matching row, desired RUNNING)                    |
//! |------------------|------------------------------------------------------------------------------|
//! | `PROVISIONING`   | `awsvpc` and the network namespace (pause container) is not provisioned yet |
//! | `PENDING`        | network ready (or not needed); no container has started yet (pulling, creating, waiting on dependencies) |
//! | `ACTIVATING`     | at least one container started, but not every essential container is RUNNING |
//! | `RUNNING`        | every essential container is RUNNING (each started only once its dependencies were satisfied, HEALTHY ones included) |
//!
//! | ECS status       | internal condition (desired STOPPED)                                         |
//! |------------------|------------------------------------------------------------------------------|
//! | `DEACTIVATING`   | the task had reached RUNNING and every essential container is still RUNNING (the stop has not yet taken effect on the task's main work; the first SIGTERMs go to leaf dependents) |
//! | `STOPPING`       | some container is not yet terminal, and an essential container has stopped or the task never reached RUNNING |
//! | `DEPROVISIONING` | every container is terminal; an `awsvpc` namespace still has to be torn down |
//! | `STOPPED`        | every container is terminal and there is no namespace left                   |
//!
//! A container is *terminal* when it has stopped, or is desired STOPPED and was never created.
//! Task health follows the ECS documentation: only essential containers with a health check
//! count; HEALTHY when all of them are HEALTHY, UNHEALTHY when any is UNHEALTHY, else UNKNOWN
//! (also when no essential container has a health check).

use berth_model::{HealthStatus, TaskStatus};

use crate::spec::ContainerSpec;
use crate::state::TaskState;
use crate::status::{ContainerKnownStatus, DesiredStatus, NetworkKnownStatus};

/// The ECS status the task's current internal state corresponds to (see the module table).
pub fn derive_task_status(task: &TaskState, spec: &[ContainerSpec]) -> TaskStatus {
    let states = || spec.iter().map(|c| task.container(&c.name));
    let namespace = task.network.mode.needs_namespace();
    match task.desired {
        DesiredStatus::Running => {
            let essentials_running = spec
                .iter()
                .filter(|c| c.essential)
                .all(|c| task.container(&c.name).known == ContainerKnownStatus::Running);
            if namespace && task.network.known < NetworkKnownStatus::Provisioned {
                TaskStatus::Provisioning
            } else if essentials_running && spec.iter().any(|c| c.essential) {
                TaskStatus::Running
            } else if states().any(|c| c.has_started()) {
                TaskStatus::Activating
            } else {
                TaskStatus::Pending
            }
        }
        DesiredStatus::Stopped => {
            if !states().all(|c| c.is_terminal()) {
                let essentials_running = spec
                    .iter()
                    .filter(|c| c.essential)
                    .all(|c| task.container(&c.name).known == ContainerKnownStatus::Running);
                if task.known >= TaskStatus::Running && essentials_running {
                    TaskStatus::Deactivating
                } else {
                    TaskStatus::Stopping
                }
            } else if namespace && task.network.known < NetworkKnownStatus::Deprovisioned {
                TaskStatus::Deprovisioning
            } else {
                TaskStatus::Stopped
            }
        }
    }
}

/// The task's `healthStatus`, from its essential containers that have a health check.
pub fn task_health(task: &TaskState, spec: &[ContainerSpec]) -> HealthStatus {
    let checked: Vec<HealthStatus> = spec
        .iter()
        .filter(|c| c.essential && c.has_health_check)
        .map(|c| task.container(&c.name).health)
        .collect();
    if checked.contains(&HealthStatus::Unhealthy) {
        HealthStatus::Unhealthy
    } else if !checked.is_empty() && checked.iter().all(|h| *h == HealthStatus::Healthy) {
        HealthStatus::Healthy
    } else {
        HealthStatus::Unknown
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec::NetworkMode;

    fn spec() -> Vec<ContainerSpec> {
        let mut app = ContainerSpec::new("app");
        app.has_health_check = true;
        let mut side = ContainerSpec::new("side");
        side.essential = false;
        side.has_health_check = true;
        let mut proxy = ContainerSpec::new("proxy");
        proxy.has_health_check = true;
        vec![app, side, proxy]
    }

    #[test]
    fn task_health_counts_only_essential_checked_containers() {
        let spec = spec();
        let mut task = TaskState::new(&spec, NetworkMode::Bridge);
        let set = |task: &mut TaskState, name: &str, health| {
            if let Some(c) = task.containers.get_mut(name) {
                c.health = health;
            }
        };
        assert_eq!(task_health(&task, &spec), HealthStatus::Unknown);
        set(&mut task, "app", HealthStatus::Healthy);
        set(&mut task, "side", HealthStatus::Unhealthy);
        assert_eq!(task_health(&task, &spec), HealthStatus::Unknown);
        set(&mut task, "proxy", HealthStatus::Healthy);
        assert_eq!(task_health(&task, &spec), HealthStatus::Healthy);
        set(&mut task, "app", HealthStatus::Unhealthy);
        assert_eq!(task_health(&task, &spec), HealthStatus::Unhealthy);
        let unchecked = [ContainerSpec::new("plain")];
        let plain = TaskState::new(&unchecked, NetworkMode::Bridge);
        assert_eq!(task_health(&plain, &unchecked), HealthStatus::Unknown);
    }

    #[test]
    fn awsvpc_tasks_provision_first_and_deprovision_last() {
        let spec = [ContainerSpec::new("app")];
        let mut task = TaskState::new(&spec, NetworkMode::Awsvpc);
        assert_eq!(derive_task_status(&task, &spec), TaskStatus::Provisioning);
        task.network.known = NetworkKnownStatus::Provisioned;
        assert_eq!(derive_task_status(&task, &spec), TaskStatus::Pending);
        task.desired = DesiredStatus::Stopped;
        if let Some(c) = task.containers.get_mut("app") {
            c.desired = DesiredStatus::Stopped;
        }
        assert_eq!(derive_task_status(&task, &spec), TaskStatus::Deprovisioning);
        task.network.known = NetworkKnownStatus::Deprovisioned;
        assert_eq!(derive_task_status(&task, &spec), TaskStatus::Stopped);
    }
}
