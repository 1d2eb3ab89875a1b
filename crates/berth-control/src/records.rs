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
    /// Live tasks (placed here, desired status other than STOPPED) per task group, maintained by
    /// the tasks module in the same transactions that place and stop tasks. Only meaningful when
    /// `task_groups_complete` is set.
    #[serde(default)]
    pub task_groups: BTreeMap<String, u32>,
    /// Whether `task_groups` is maintained. Records written before the counts existed decode
    /// with `false`; the placement path computes their counts once from the tasks.
    #[serde(default)]
    pub task_groups_complete: bool,
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
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image_digest: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub runtime_id: Option<String>,
    pub last_status: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub exit_code: Option<i32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    pub network_bindings: Vec<wire::NetworkBinding>,
    pub network_interfaces: Vec<wire::NetworkInterface>,
    pub health_status: HealthStatus,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cpu: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub memory: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub memory_reservation: Option<String>,
    pub essential: bool,
}

/// Absent optional fields are left out of the encoding (and read back as `None`): a task is
/// written many times over its life and most of them are unset for most of it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TaskRecord {
    pub arn: String,
    pub id: String,
    pub cluster: String,
    pub cluster_arn: String,
    pub task_definition_arn: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub container_instance_arn: Option<String>,
    /// The instance id part, for key lookups.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub container_instance_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub started_by: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub launch_type: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub capacity_provider_name: Option<String>,
    pub desired_status: TaskStatus,
    pub last_status: TaskStatus,
    pub containers: Vec<ContainerRecord>,
    pub overrides: wire::TaskOverride,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cpu: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub memory: Option<String>,
    /// What was reserved on the instance at placement, released exactly when the task stops.
    pub reserved: Resources,
    /// Whether `reserved` is still held on the instance.
    pub holds_reservation: bool,
    pub tags: Tags,
    pub created_at: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pull_started_at: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pull_stopped_at: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub started_at: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stopping_at: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub execution_stopped_at: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stopped_at: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub connectivity: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub connectivity_at: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stop_code: Option<StopCode>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stopped_reason: Option<String>,
    pub health_status: HealthStatus,
    pub version: i64,
    pub enable_execute_command: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub availability_zone: Option<String>,
    pub attachments: Vec<wire::Attachment>,
    pub attributes: Vec<wire::Attribute>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub platform_version: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub platform_family: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ephemeral_storage: Option<wire::EphemeralStorage>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub propagate_tags: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub client_token: Option<String>,
    /// The awsvpc configuration the task was launched with (sent to its agent verbatim).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_configuration: Option<wire::NetworkConfiguration>,
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

/// What a service deployment runs: the parts of a service that a new deployment changes (ECS's
/// "service revision"). The service holds its primary deployment's revision.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ServiceRevisionRecord {
    /// The task definition ARN.
    pub task_definition: String,
    pub launch_type: Option<String>,
    pub capacity_provider_strategy: Vec<wire::CapacityProviderStrategyItem>,
    pub platform_version: Option<String>,
    pub network_configuration: Option<wire::NetworkConfiguration>,
    pub placement_constraints: Vec<wire::PlacementConstraint>,
    pub placement_strategy: Vec<wire::PlacementStrategy>,
    pub load_balancers: Vec<wire::LoadBalancer>,
    pub service_registries: Vec<wire::ServiceRegistry>,
    pub service_connect_configuration: Option<wire::ServiceConnectConfiguration>,
    pub volume_configurations: Vec<wire::ServiceVolumeConfiguration>,
    pub vpc_lattice_configurations: Vec<wire::VpcLatticeConfiguration>,
    pub enable_execute_command: bool,
    pub propagate_tags: Option<String>,
    pub enable_ecs_managed_tags: bool,
}

/// One entry of a service's `deployments[]` (PRIMARY or ACTIVE).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DeploymentRecord {
    /// `ecs-svc/` and 19 digits.
    pub id: String,
    /// `PRIMARY` or `ACTIVE`.
    pub status: String,
    pub revision: ServiceRevisionRecord,
    pub failed_tasks: u32,
    pub created_at: f64,
    pub updated_at: f64,
    /// `IN_PROGRESS`, `COMPLETED` or `FAILED`.
    pub rollout_state: String,
    pub rollout_state_reason: String,
}

/// A rollback of a service deployment (`ServiceDeployment.rollback`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RollbackRecord {
    pub reason: String,
    pub started_at: f64,
    /// The deployment id whose revision the rollback restores.
    pub to_deployment: String,
}

/// A service deployment as ListServiceDeployments/DescribeServiceDeployments show it; kept after
/// the deployment left `deployments[]`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ServiceDeploymentRecord {
    /// The deployment id (`ecs-svc/...`); its digits name the deployment and its revision.
    pub id: String,
    pub revision: ServiceRevisionRecord,
    /// The deployments this one replaces.
    pub source_deployments: Vec<String>,
    pub deployment_configuration: wire::DeploymentConfiguration,
    /// `ServiceDeploymentStatus`: IN_PROGRESS, SUCCESSFUL, STOPPED, ROLLBACK_IN_PROGRESS, ...
    pub status: String,
    pub status_reason: Option<String>,
    pub created_at: f64,
    pub started_at: f64,
    pub updated_at: f64,
    pub finished_at: Option<f64>,
    pub stopped_at: Option<f64>,
    pub rollback: Option<RollbackRecord>,
    pub failed_tasks: u32,
}

/// One service event (`Service.events[]`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ServiceEventRecord {
    pub id: String,
    pub created_at: f64,
    pub message: String,
}

/// The service scheduler's memory, kept with the service so that a restarted control plane
/// carries on where the last one stopped.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ServiceSchedulerState {
    /// STOPPED tasks already accounted for (failures counted, restarts throttled).
    pub accounted_tasks: std::collections::BTreeSet<String>,
    pub consecutive_start_failures: u32,
    pub last_start_failure_at: f64,
    /// Restart throttling: no task starts before this time.
    pub start_not_before: f64,
    /// The last deployment that completed: what a rollback restores.
    pub stable_deployment: Option<String>,
    pub stable_revision: Option<ServiceRevisionRecord>,
    /// Event kinds recently reported (kind → when), so that a repeating cause is not reported
    /// again until it is resolved or the quiet period passes.
    pub quiet: BTreeMap<String, f64>,
    /// Whether the service was in a steady state at the last reconcile.
    pub steady: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ServiceRecord {
    pub arn: String,
    pub name: String,
    pub cluster: String,
    pub cluster_arn: String,
    /// `ACTIVE`, `DRAINING` (deleted, tasks still stopping) or `INACTIVE`.
    pub status: String,
    /// For a DAEMON service, the scheduler's count of instances that should run the daemon.
    pub desired_count: i32,
    /// `REPLICA` or `DAEMON`.
    pub scheduling_strategy: String,
    /// The primary deployment's revision.
    pub revision: ServiceRevisionRecord,
    /// With the defaults filled in.
    pub deployment_configuration: wire::DeploymentConfiguration,
    /// `ECS`, `CODE_DEPLOY` or `EXTERNAL`.
    pub deployment_controller: String,
    pub health_check_grace_period_seconds: Option<i32>,
    pub role_arn: Option<String>,
    pub availability_zone_rebalancing: Option<String>,
    pub tags: Tags,
    pub created_at: f64,
    pub created_by: Option<String>,
    pub client_token: Option<String>,
    /// What identifies the CreateService request, for clientToken retries.
    pub request_fingerprint: String,
    pub deployments: Vec<DeploymentRecord>,
    /// Service deployments, oldest first, bounded.
    pub history: Vec<ServiceDeploymentRecord>,
    /// Newest first, at most 100.
    pub events: Vec<ServiceEventRecord>,
    pub scheduler: ServiceSchedulerState,
    /// When DeleteService was called.
    pub deleted_at: Option<f64>,
    /// When the service became INACTIVE.
    pub inactive_at: Option<f64>,
}

impl Record for ServiceRecord {
    const KIND: &'static str = "service";
    const VERSION: u32 = 1;
}
