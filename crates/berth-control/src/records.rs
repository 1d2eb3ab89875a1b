//! Storage encodings: the records the control plane persists, one struct per resource.
//!
//! Records are the third kind of type, separate from wire shapes and from the scheduler's views.
//! Fields with behaviour are typed; parts ECS only stores and echoes back (cluster settings,
//! container definitions, overrides...) are kept as their wire shapes so they round-trip
//! verbatim. Every record has a `KIND` and a `VERSION`; the envelope (see `berth_store::codec`)
//! carries both so that an older record can be migrated forward when it is read.

use berth_model::{HealthStatus, Resources, StopCode, TaskStatus};
use berth_wire::ecs as wire;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A persisted record type.
pub trait Record: Serialize + DeserializeOwned + Send + Sync + 'static {
    /// The envelope kind, checked on decode.
    const KIND: &'static str;
    /// The current encoding version.
    const VERSION: u32;
}

/// Resource tags, kept as a map (ECS does not preserve tag order).
pub type Tags = BTreeMap<String, String>;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClusterRecord {
    pub name: String,
    pub arn: String,
    /// `ACTIVE` or `INACTIVE` (deleted clusters stay describable as INACTIVE).
    pub status: String,
    pub created_at: f64,
    pub tags: Tags,
    pub settings: Vec<wire::ClusterSetting>,
    pub configuration: Option<wire::ClusterConfiguration>,
    pub capacity_providers: Vec<String>,
    pub default_capacity_provider_strategy: Vec<wire::CapacityProviderStrategyItem>,
    pub service_connect_defaults: Option<wire::ClusterServiceConnectDefaults>,
}

impl Record for ClusterRecord {
    const KIND: &'static str = "cluster";
    const VERSION: u32 = 1;
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TaskDefinitionRecord {
    /// The whole ECS document as Describe returns it (status, revision, arn included).
    pub definition: wire::TaskDefinition,
    pub tags: Tags,
}

impl Record for TaskDefinitionRecord {
    const KIND: &'static str = "task-definition";
    const VERSION: u32 = 1;
}

/// The agent's session as the control plane last saw it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AgentSession {
    pub connected: bool,
    pub last_seen_at: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ContainerInstanceRecord {
    pub arn: String,
    pub id: String,
    pub cluster: String,
    pub ec2_instance_id: Option<String>,
    /// `ACTIVE`, `DRAINING`, `INACTIVE`, ...
    pub status: String,
    pub status_reason: Option<String>,
    pub registered: Resources,
    pub remaining: Resources,
    /// Registered resources other than CPU/MEMORY/PORTS (e.g. GPU), echoed verbatim.
    pub other_resources: Vec<wire::Resource>,
    /// Attribute name → value (`None` for a value-less attribute).
    pub attributes: BTreeMap<String, Option<String>>,
    pub version_info: Option<wire::VersionInfo>,
    pub registered_at: f64,
    /// `None` for an instance that never had an agent session: counted as connected.
    pub agent: Option<AgentSession>,
    pub running_tasks_count: i64,
    pub pending_tasks_count: i64,
    /// ECS's `version`: incremented on every change of the instance.
    pub version: i64,
    pub tags: Tags,
    pub capacity_provider_name: Option<String>,
    /// Launch types this instance serves (EC2 always; FARGATE/EXTERNAL when the agent offers it).
    pub launch_types: Vec<String>,
}

impl ContainerInstanceRecord {
    pub fn agent_connected(&self) -> bool {
        self.agent.as_ref().is_none_or(|session| session.connected)
    }
}

impl Record for ContainerInstanceRecord {
    const KIND: &'static str = "container-instance";
    const VERSION: u32 = 1;
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ContainerRecord {
    pub name: String,
    pub arn: String,
    pub image: Option<String>,
    pub image_digest: Option<String>,
    pub runtime_id: Option<String>,
    pub last_status: String,
    pub exit_code: Option<i32>,
    pub reason: Option<String>,
    pub network_bindings: Vec<wire::NetworkBinding>,
    pub network_interfaces: Vec<wire::NetworkInterface>,
    pub health_status: HealthStatus,
    pub cpu: Option<String>,
    pub memory: Option<String>,
    pub memory_reservation: Option<String>,
    pub essential: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TaskRecord {
    pub arn: String,
    pub id: String,
    pub cluster: String,
    pub cluster_arn: String,
    pub task_definition_arn: String,
    pub container_instance_arn: Option<String>,
    /// The instance id part, for key lookups.
    pub container_instance_id: Option<String>,
    pub group: Option<String>,
    pub started_by: Option<String>,
    pub launch_type: Option<String>,
    pub capacity_provider_name: Option<String>,
    pub desired_status: TaskStatus,
    pub last_status: TaskStatus,
    pub containers: Vec<ContainerRecord>,
    pub overrides: wire::TaskOverride,
    pub cpu: Option<String>,
    pub memory: Option<String>,
    /// What was reserved on the instance at placement, released exactly when the task stops.
    pub reserved: Resources,
    /// Whether `reserved` is still held on the instance.
    pub holds_reservation: bool,
    pub tags: Tags,
    pub created_at: f64,
    pub pull_started_at: Option<f64>,
    pub pull_stopped_at: Option<f64>,
    pub started_at: Option<f64>,
    pub stopping_at: Option<f64>,
    pub execution_stopped_at: Option<f64>,
    pub stopped_at: Option<f64>,
    pub connectivity: Option<String>,
    pub connectivity_at: Option<f64>,
    pub stop_code: Option<StopCode>,
    pub stopped_reason: Option<String>,
    pub health_status: HealthStatus,
    pub version: i64,
    pub enable_execute_command: bool,
    pub availability_zone: Option<String>,
    pub attachments: Vec<wire::Attachment>,
    pub attributes: Vec<wire::Attribute>,
    pub platform_version: Option<String>,
    pub platform_family: Option<String>,
    pub ephemeral_storage: Option<wire::EphemeralStorage>,
    pub propagate_tags: Option<String>,
    pub client_token: Option<String>,
}

impl Record for TaskRecord {
    const KIND: &'static str = "task";
    const VERSION: u32 = 1;
}

/// What a RunTask `clientToken` produced, so that a retry returns the same tasks.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClientTokenRecord {
    pub request_fingerprint: String,
    pub task_arns: Vec<String>,
    pub failures: Vec<wire::Failure>,
    pub created_at: f64,
}

impl Record for ClientTokenRecord {
    const KIND: &'static str = "client-token";
    const VERSION: u32 = 1;
}
