//! Fixtures for the task handler tests: a control plane over a `MemoryStore`, clusters, task
//! definitions registered through the real handler, and container instance records written
//! directly (so each test controls resources, attributes and the agent exactly).

use crate::db::Commit;
use crate::records::{AgentSession, ContainerInstanceRecord, TaskRecord};
use crate::{keys, ControlConfig, ControlPlane, EcsResult, ManualClock};
use berth_model::{ResourceKind, Resources, Scope};
use berth_store::MemoryStore;
use berth_wire::ecs as wire;
use std::sync::Arc;

pub const START: f64 = 1_700_000_000.0;

pub fn scope() -> Scope {
    Scope::new("us-east-1", "123456789012")
}

pub struct Harness {
    pub cp: Arc<ControlPlane>,
    pub clock: Arc<ManualClock>,
    pub store: Arc<MemoryStore>,
}

pub fn harness() -> Harness {
    let store = Arc::new(MemoryStore::new());
    let clock = Arc::new(ManualClock::new(START));
    Harness {
        cp: Arc::new(ControlPlane::new(
            store.clone(),
            clock.clone(),
            ControlConfig::default(),
        )),
        clock,
        store,
    }
}

impl Harness {
    /// A second control plane on the same store and clock (another process: its own locks).
    pub fn peer(&self) -> Arc<ControlPlane> {
        Arc::new(ControlPlane::new(
            self.store.clone(),
            self.clock.clone(),
            ControlConfig::default(),
        ))
    }

    pub async fn cluster(&self, name: &str) {
        self.cp
            .create_cluster(
                &scope(),
                wire::CreateClusterRequest {
                    cluster_name: Some(name.into()),
                    ..Default::default()
                },
            )
            .await
            .expect("cluster is created");
    }

    /// Registers `family` with the given containers and returns its ARN.
    pub async fn definition(
        &self,
        family: &str,
        containers: Vec<wire::ContainerDefinition>,
        tweak: impl FnOnce(&mut wire::RegisterTaskDefinitionRequest),
    ) -> String {
        let mut request = wire::RegisterTaskDefinitionRequest {
            family: Some(family.into()),
            container_definitions: Some(containers),
            ..Default::default()
        };
        tweak(&mut request);
        self.cp
            .register_task_definition(&scope(), request)
            .await
            .expect("definition registers")
            .task_definition
            .and_then(|d| d.task_definition_arn)
            .expect("definition has an ARN")
    }

    /// Writes an instance record and returns its ARN.
    pub async fn instance(&self, cluster: &str, id: &str, spec: InstanceSpec) -> String {
        let s = scope();
        let registered = Resources {
            cpu: spec.cpu,
            memory: spec.memory,
            ..Default::default()
        };
        let record = ContainerInstanceRecord {
            arn: s
                .arn(ResourceKind::ContainerInstance, &format!("{cluster}/{id}"))
                .to_string(),
            id: id.into(),
            cluster: cluster.into(),
            ec2_instance_id: Some(format!("i-{id}")),
            status: spec.status.into(),
            status_reason: None,
            remaining: Resources {
                ports_tcp: spec.taken_ports.iter().copied().collect(),
                ..registered.clone()
            },
            registered,
            other_resources: Vec::new(),
            attributes: spec
                .attributes
                .iter()
                .map(|(k, v)| (k.to_string(), v.map(str::to_string)))
                .collect(),
            version_info: None,
            registered_at: START,
            agent: spec.agent.map(|connected| AgentSession {
                connected,
                last_seen_at: START,
            }),
            running_tasks_count: 0,
            pending_tasks_count: 0,
            version: 1,
            tags: Default::default(),
            capacity_provider_name: None,
            launch_types: spec.launch_types.iter().map(|t| t.to_string()).collect(),
            task_groups: Default::default(),
            task_groups_complete: true,
        };
        let mut commit = Commit::new();
        commit
            .put(&keys::instance(&s, cluster, id), 0, &record)
            .expect("encodes");
        assert!(self.cp.try_commit(commit).await.expect("commits"));
        record.arn
    }

    pub async fn instance_record(&self, cluster: &str, id: &str) -> ContainerInstanceRecord {
        self.cp
            .load::<ContainerInstanceRecord>(&keys::instance(&scope(), cluster, id))
            .await
            .expect("reads")
            .expect("instance exists")
            .record
    }

    pub async fn task_record(&self, cluster: &str, arn: &str) -> TaskRecord {
        let id = arn.rsplit('/').next().unwrap_or(arn);
        self.cp
            .load::<TaskRecord>(&keys::task(&scope(), cluster, id))
            .await
            .expect("reads")
            .expect("task exists")
            .record
    }

    pub async fn run(&self, request: wire::RunTaskRequest) -> EcsResult<wire::RunTaskResponse> {
        self.cp.run_task(&scope(), request).await
    }

    /// Runs and returns the ARNs of the tasks placed.
    pub async fn run_ok(&self, request: wire::RunTaskRequest) -> Vec<String> {
        arns(&self.run(request).await.expect("RunTask succeeds"))
    }
}

pub fn arns(response: &wire::RunTaskResponse) -> Vec<String> {
    response
        .tasks
        .as_deref()
        .unwrap_or_default()
        .iter()
        .filter_map(|t| t.task_arn.clone())
        .collect()
}

pub fn failures(response: &wire::RunTaskResponse) -> Vec<(String, String)> {
    response
        .failures
        .as_deref()
        .unwrap_or_default()
        .iter()
        .map(|f| {
            (
                f.arn.clone().unwrap_or_default(),
                f.reason.clone().unwrap_or_default(),
            )
        })
        .collect()
}

#[derive(Debug, Clone)]
pub struct InstanceSpec {
    pub cpu: i64,
    pub memory: i64,
    pub taken_ports: Vec<u16>,
    pub attributes: Vec<(&'static str, Option<&'static str>)>,
    /// `None`: registered through the API, no agent; `Some(connected)`: an agent session.
    pub agent: Option<bool>,
    pub status: &'static str,
    pub launch_types: Vec<&'static str>,
}

impl Default for InstanceSpec {
    fn default() -> Self {
        InstanceSpec {
            cpu: 2048,
            memory: 4096,
            taken_ports: Vec::new(),
            attributes: vec![
                ("ecs.availability-zone", Some("us-east-1a")),
                ("ecs.cpu-architecture", Some("x86_64")),
                ("ecs.os-type", Some("linux")),
            ],
            agent: None,
            status: "ACTIVE",
            launch_types: vec!["EC2"],
        }
    }
}

pub fn container(name: &str, cpu: i32, memory: i32) -> wire::ContainerDefinition {
    wire::ContainerDefinition {
        name: Some(name.into()),
        image: Some("busybox".into()),
        cpu: Some(cpu),
        memory: Some(memory),
        essential: Some(true),
        ..Default::default()
    }
}

pub fn with_host_port(mut c: wire::ContainerDefinition, port: i32) -> wire::ContainerDefinition {
    c.port_mappings = Some(vec![wire::PortMapping {
        container_port: Some(port),
        host_port: Some(port),
        protocol: Some("tcp".into()),
        ..Default::default()
    }]);
    c
}

pub fn run_request(cluster: &str, definition: &str, count: i32) -> wire::RunTaskRequest {
    wire::RunTaskRequest {
        cluster: Some(cluster.into()),
        task_definition: Some(definition.into()),
        count: Some(count),
        ..Default::default()
    }
}
