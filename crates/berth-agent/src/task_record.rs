//! What the agent persists per task ([`TaskRecord`]: the assignment, the lifecycle state, what
//! Docker told about each container, and what has been reported), and the pure translation of a
//! record into the `SubmitTaskStateChange` body the control plane receives.
//!
//! Only the task's actor writes a record. This module has no I/O; `persist` writes the file.
//!
//! The body is exactly ECS's `SubmitTaskStateChangeRequest`. What that shape cannot carry
//! (container and task health, an awsvpc task's address) goes over the session as
//! `TaskHealth` / `TaskNetwork` messages, computed by [`session_reports`].

use std::collections::BTreeMap;

use berth_lifecycle::{task_health, ContainerKnownStatus, TaskState};
use berth_model::{ContainerStatus, HealthStatus, TaskStatus};
use berth_protocol::{AgentMessage, ContainerHealth, TaskAssignment};
use berth_wire::ecs as wire;
use berth_wire::Timestamp;
use serde::{Deserialize, Serialize};

use crate::task_plan::TaskPlan;

/// Format version of [`TaskRecord`]; a record with another version is not loaded.
pub const TASK_RECORD_VERSION: u32 = 1;

/// The ECS container reason for a container the kernel's OOM killer ended.
pub const OOM_REASON: &str = "OutOfMemoryError: Container killed due to memory usage";

/// A host port binding as reported (`networkBindings`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Binding {
    pub bind_ip: String,
    pub container_port: u16,
    pub host_port: u16,
    /// `tcp` or `udp`.
    pub protocol: String,
}

/// What the agent learnt about one container beyond the lifecycle state.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ContainerExtra {
    /// The token of its metadata URI (unguessable, stable across agent restarts).
    pub metadata_token: String,
    pub image_digest: Option<String>,
    pub image_id: Option<String>,
    pub network_bindings: Vec<Binding>,
    /// When the container was created (epoch seconds).
    pub created_at: Option<f64>,
    pub oom_killed: bool,
    /// IPv4 addresses by Docker network name.
    pub networks: BTreeMap<String, String>,
}

/// The part of a task's state the control plane sees; a change of it is what triggers a report.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct ReportView {
    pub task_status: Option<TaskStatus>,
    /// Per container: status, health, whether network bindings are known, exit code.
    pub containers: BTreeMap<String, (ContainerStatus, HealthStatus, bool, Option<i32>)>,
    pub private_ipv4: Option<String>,
}

/// Everything the agent persists about one task.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TaskRecord {
    pub version: u32,
    /// The newest assignment (highest `version`).
    pub assignment: TaskAssignment,
    pub state: TaskState,
    pub containers: BTreeMap<String, ContainerExtra>,
    /// The last view the control plane acknowledged.
    pub reported: ReportView,
}

impl TaskRecord {
    /// A fresh record for a new assignment; `token` makes each container's metadata token.
    pub fn new(
        assignment: TaskAssignment,
        plan: &TaskPlan,
        mut token: impl FnMut() -> String,
    ) -> TaskRecord {
        let state = TaskState::new(&plan.lifecycle, plan.network_mode);
        let containers = plan
            .containers
            .iter()
            .map(|c| {
                (
                    c.name.clone(),
                    ContainerExtra {
                        metadata_token: token(),
                        ..ContainerExtra::default()
                    },
                )
            })
            .collect();
        TaskRecord {
            version: TASK_RECORD_VERSION,
            assignment,
            state,
            containers,
            reported: ReportView::default(),
        }
    }

    /// The view the control plane should have now.
    pub fn view(&self) -> ReportView {
        ReportView {
            task_status: Some(self.state.known),
            containers: self
                .state
                .containers
                .iter()
                .map(|(name, c)| {
                    let extra = self.containers.get(name);
                    let bindings = extra.is_some_and(|e| !e.network_bindings.is_empty());
                    (
                        name.clone(),
                        (c.reported_status(), c.health, bindings, c.exit_code),
                    )
                })
                .collect(),
            private_ipv4: self.private_ipv4().map(str::to_owned),
        }
    }

    /// The `awsvpc` task's address, once its namespace is up.
    pub fn private_ipv4(&self) -> Option<&str> {
        self.state
            .network
            .attachment
            .as_ref()
            .map(|a| a.private_ipv4_address.as_str())
            .filter(|ip| !ip.is_empty())
    }

    /// Whether anything is running or may still start (for heartbeat counts).
    pub fn is_active(&self) -> bool {
        self.state.known < TaskStatus::Stopped
    }
}

fn timestamp(at: Option<f64>) -> Option<Timestamp> {
    at.and_then(|s| Timestamp::from_unix_seconds_f64(s).ok())
}

/// The container `reason` to report: a failure to start, else an OOM kill.
fn container_reason(record: &TaskRecord, name: &str) -> Option<String> {
    let state = record.state.containers.get(name)?;
    if let Some(failure) = state.failure() {
        return Some(failure.to_owned());
    }
    let oom = record.containers.get(name).is_some_and(|e| e.oom_killed);
    (oom && state.known == ContainerKnownStatus::Stopped).then(|| OOM_REASON.to_owned())
}

/// The `SubmitTaskStateChange` body for the record's current state (with berth's extensions,
/// see the module doc).
pub fn state_change_body(record: &TaskRecord, cluster: &str) -> serde_json::Value {
    let state = &record.state;
    let containers: Vec<wire::ContainerStateChange> = state
        .containers
        .iter()
        .map(|(name, c)| {
            let extra = record.containers.get(name);
            wire::ContainerStateChange {
                container_name: Some(name.clone()),
                image_digest: extra.and_then(|e| e.image_digest.clone()),
                runtime_id: c.runtime_id.clone(),
                exit_code: c.exit_code,
                network_bindings: extra.filter(|e| !e.network_bindings.is_empty()).map(|e| {
                    e.network_bindings
                        .iter()
                        .map(|b| wire::NetworkBinding {
                            bind_ip: Some(b.bind_ip.clone()),
                            container_port: Some(i32::from(b.container_port)),
                            host_port: Some(i32::from(b.host_port)),
                            protocol: Some(b.protocol.clone()),
                            ..Default::default()
                        })
                        .collect()
                }),
                reason: container_reason(record, name),
                status: Some(c.reported_status().as_str().to_owned()),
            }
        })
        .collect();
    let stopped = state.known >= TaskStatus::Stopping;
    let request = wire::SubmitTaskStateChangeRequest {
        cluster: Some(cluster.to_owned()),
        task: Some(record.assignment.task_arn.clone()),
        status: Some(state.known.as_str().to_owned()),
        reason: state.stopped_reason.clone().filter(|_| stopped),
        containers: Some(containers),
        pull_started_at: timestamp(state.pull_started_at),
        pull_stopped_at: timestamp(state.pull_stopped_at),
        execution_stopped_at: timestamp(state.execution_stopped_at),
        ..Default::default()
    };
    serde_json::to_value(&request).unwrap_or_default()
}

/// The session messages that describe the record beyond ECS's report shapes: `TaskHealth`
/// when any container has a health check, `TaskNetwork` once an awsvpc task has its address.
pub fn session_reports(record: &TaskRecord, plan: &TaskPlan) -> Vec<AgentMessage> {
    let mut out = Vec::new();
    let checked: Vec<ContainerHealth> = plan
        .lifecycle
        .iter()
        .filter(|c| c.has_health_check)
        .filter_map(|c| {
            Some(ContainerHealth {
                name: c.name.clone(),
                health: record.state.containers.get(&c.name)?.health,
            })
        })
        .collect();
    if !checked.is_empty() {
        out.push(AgentMessage::TaskHealth {
            task_arn: record.assignment.task_arn.clone(),
            health: task_health(&record.state, &plan.lifecycle),
            containers: checked,
        });
    }
    if let Some(ip) = record.private_ipv4() {
        out.push(AgentMessage::TaskNetwork {
            task_arn: record.assignment.task_arn.clone(),
            private_ipv4_address: ip.to_owned(),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testkit;
    use berth_lifecycle::{apply, Event, NetworkAttachment};

    #[test]
    fn bodies_carry_containers_and_sessions_carry_health_and_addresses() {
        let mut definition = testkit::definition(&["app", "side"], "awsvpc");
        definition.container_definitions.as_mut().unwrap()[0].health_check =
            Some(wire::HealthCheck {
                command: Some(vec!["CMD".into(), "true".into()]),
                ..Default::default()
            });
        let (assignment, plan) = testkit::plan_of(definition);
        let mut n = 0;
        let mut record = TaskRecord::new(assignment, &plan, || {
            n += 1;
            format!("tok{n}")
        });
        assert_eq!(record.containers["app"].metadata_token, "tok1");
        let events = [
            Event::NetworkProvisioned {
                attachment: NetworkAttachment {
                    private_ipv4_address: "172.30.0.5".into(),
                    pause_runtime_id: Some("pause".into()),
                },
                at: 1.0,
            },
            Event::Created {
                container: "app".into(),
                runtime_id: "c1".into(),
            },
            Event::Started {
                container: "app".into(),
                at: 2.0,
            },
            Event::Health {
                container: "app".into(),
                status: HealthStatus::Healthy,
            },
            Event::TaskStatusChanged {
                status: TaskStatus::Activating,
                at: 2.0,
            },
        ];
        for event in &events {
            record.state = apply(&record.state, event).unwrap();
        }
        record.containers.get_mut("app").unwrap().network_bindings = vec![Binding {
            bind_ip: "0.0.0.0".into(),
            container_port: 80,
            host_port: 80,
            protocol: "tcp".into(),
        }];
        let body = state_change_body(&record, "default");
        assert_eq!(body["status"], "ACTIVATING");
        assert_eq!(body["task"], record.assignment.task_arn.as_str());
        assert!(body.get("reason").is_none());
        let app = &body["containers"][0];
        assert_eq!(app["containerName"], "app");
        assert_eq!(app["status"], "RUNNING");
        assert_eq!(app["runtimeId"], "c1");
        assert_eq!(app["networkBindings"][0]["hostPort"], 80);
        assert_eq!(body["containers"][1]["status"], "PENDING");
        // Exactly ECS's request shape.
        let request: wire::SubmitTaskStateChangeRequest =
            serde_json::from_value(body.clone()).unwrap();
        assert_eq!(serde_json::to_value(&request).unwrap(), body);
        assert_eq!(
            session_reports(&record, &plan),
            [
                AgentMessage::TaskHealth {
                    task_arn: record.assignment.task_arn.clone(),
                    health: HealthStatus::Healthy,
                    containers: vec![ContainerHealth {
                        name: "app".into(),
                        health: HealthStatus::Healthy
                    }],
                },
                AgentMessage::TaskNetwork {
                    task_arn: record.assignment.task_arn.clone(),
                    private_ipv4_address: "172.30.0.5".into(),
                },
            ]
        );
        let view = record.view();
        assert_eq!(view.task_status, Some(TaskStatus::Activating));
        assert_eq!(
            view.containers["app"],
            (ContainerStatus::Running, HealthStatus::Healthy, true, None)
        );
    }

    #[test]
    fn oom_kills_and_failures_become_container_reasons() {
        let (assignment, plan) = testkit::plan_of(testkit::definition(&["app"], "bridge"));
        let mut record = TaskRecord::new(assignment, &plan, String::new);
        record.state = apply(
            &record.state,
            &Event::Exited {
                container: "app".into(),
                exit_code: Some(137),
                at: 3.0,
            },
        )
        .unwrap();
        record.containers.get_mut("app").unwrap().oom_killed = true;
        assert_eq!(
            container_reason(&record, "app").as_deref(),
            Some(OOM_REASON)
        );
        let (assignment, plan) = testkit::plan_of(testkit::definition(&["app"], "bridge"));
        let mut failed = TaskRecord::new(assignment, &plan, String::new);
        failed.state = apply(
            &failed.state,
            &Event::PullFailed {
                container: "app".into(),
                error: "manifest unknown".into(),
            },
        )
        .unwrap();
        assert_eq!(
            container_reason(&failed, "app").as_deref(),
            Some("CannotPullContainerError: manifest unknown")
        );
    }
}
