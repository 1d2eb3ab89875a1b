//! The protocol between the control plane and its agents: message types and constants only.
//!
//! The agent registers itself and reports state through the public ECS API
//! (`RegisterContainerInstance`, `SubmitTaskStateChange`, `SubmitContainerStateChange`), signed
//! with SigV4 like any client. Assignments travel the other way over one long-lived WebSocket per
//! agent at [`CONNECT_PATH`], so that a placed task reaches its agent in milliseconds:
//!
//! ```text
//! agent                                   control plane
//!   | GET /agent/v1/connect?cluster=..&containerInstance=..   (SigV4-signed upgrade)
//!   |---------------------------------------->|  marks agentConnected = true
//!   |<---------------- Hello -----------------|
//!   |<---------------- TaskList --------------|  every task the instance must know (full resync)
//!   |<---------------- TaskUpdate ------------|  each later change (placement, StopTask)
//!   |----------------- Heartbeat ------------>|  every heartbeat_interval
//!   |----------------- Ack{seq} ------------->|  after the agent has persisted a message
//!   |----------------- TaskHealth ----------->|  health changes (not in ECS's report shapes)
//!   |----------------- TaskNetwork ---------->|  an awsvpc task's address
//! ```
//!
//! Delivery is at least once: the agent handles every message idempotently (a task is identified
//! by its ARN and a `TaskUpdate` carries the task's full desired state, never a delta), and on
//! every reconnect the control plane sends a complete `TaskList`. Messages are JSON text frames
//! tagged by `type`. This crate must not grow behaviour: no I/O, no state.

use berth_model::{HealthStatus, TaskStatus};
use berth_wire::ecs as wire;
use serde::{Deserialize, Serialize};

/// The protocol version an agent and a control plane speak; sent in the connect query and in
/// `Hello`. A control plane refuses an agent whose version it does not know.
pub const PROTOCOL_VERSION: u32 = 1;

/// Path of the WebSocket endpoint on the control plane's listener.
pub const CONNECT_PATH: &str = "/agent/v1/connect";

/// Query parameters of the connect request.
pub mod query {
    pub const CLUSTER: &str = "cluster";
    pub const CONTAINER_INSTANCE: &str = "containerInstance";
    pub const PROTOCOL_VERSION: &str = "protocolVersion";
}

/// A message from the control plane to an agent.
// Messages live only between a channel and the socket; boxing the assignment would change every
// constructor and pattern for no measurable gain.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type")]
pub enum ServerMessage {
    /// First message of a session.
    Hello {
        session_id: String,
        protocol_version: u32,
        container_instance_arn: String,
        /// How often the agent must send `Heartbeat`; silence for a few intervals marks the
        /// agent disconnected.
        heartbeat_interval_ms: u64,
    },
    /// The complete set of tasks this instance must know about: everything placed on it whose
    /// last status is not yet STOPPED. Tasks the agent runs that are absent here must be stopped.
    TaskList {
        seq: u64,
        tasks: Vec<TaskAssignment>,
    },
    /// A task was placed on this instance or its desired state changed.
    TaskUpdate { seq: u64, task: TaskAssignment },
}

/// A message from an agent to the control plane.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type")]
pub enum AgentMessage {
    Heartbeat {
        /// Agent clock, epoch seconds (diagnostics only; the control plane uses its own clock).
        at: f64,
        /// Tasks the agent is currently running (diagnostics).
        running_tasks: u32,
    },
    /// The agent has durably recorded every message up to `seq`.
    Ack { seq: u64 },
    /// Container and task health changed. ECS's `SubmitTaskStateChange` has no health members
    /// (the ECS agent reports health on its telemetry channel), so health travels here.
    TaskHealth {
        task_arn: String,
        health: HealthStatus,
        containers: Vec<ContainerHealth>,
    },
    /// The task's own address is known (awsvpc): the pause container's IPv4 address.
    TaskNetwork {
        task_arn: String,
        private_ipv4_address: String,
    },
}

/// One container's health in a [`AgentMessage::TaskHealth`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContainerHealth {
    pub name: String,
    pub health: HealthStatus,
}

/// Everything an agent needs to run (or stop) one task: the desired state, not a command.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TaskAssignment {
    pub task_arn: String,
    pub cluster_arn: String,
    /// The control plane's `version` of the task record; a higher version supersedes a lower.
    pub version: i64,
    pub desired_status: TaskStatus,
    /// The task definition as registered (container definitions, volumes, network mode, ...).
    pub task_definition: wire::TaskDefinition,
    /// RunTask/StartTask overrides, already validated.
    pub overrides: wire::TaskOverride,
    /// The container ARNs the control plane assigned, by container name.
    pub containers: Vec<ContainerAssignment>,
    /// `EC2`, `FARGATE` or `EXTERNAL`.
    pub launch_type: Option<String>,
    /// Task-level CPU units and memory MiB actually reserved (for cgroup limits).
    pub cpu: Option<String>,
    pub memory: Option<String>,
    pub network_configuration: Option<wire::NetworkConfiguration>,
    /// Why the control plane wants the task stopped (set with desired STOPPED).
    pub stop_code: Option<String>,
    pub stopped_reason: Option<String>,
    /// When the task was created on the control plane (epoch seconds).
    pub created_at: f64,
    pub group: Option<String>,
    pub started_by: Option<String>,
    pub availability_zone: Option<String>,
    pub tags: Vec<wire::Tag>,
}

/// One container of an assignment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContainerAssignment {
    pub name: String,
    pub container_arn: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_are_tagged_json() {
        let message = AgentMessage::Ack { seq: 7 };
        let text = serde_json::to_string(&message).expect("encodes");
        assert_eq!(text, r#"{"type":"Ack","seq":7}"#);
        let back: AgentMessage = serde_json::from_str(&text).expect("decodes");
        assert_eq!(back, message);
    }

    #[test]
    fn unknown_message_types_are_errors_not_panics() {
        assert!(serde_json::from_str::<ServerMessage>(r#"{"type":"Nope"}"#).is_err());
    }
}
