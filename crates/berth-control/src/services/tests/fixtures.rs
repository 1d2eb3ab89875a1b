//! Fixtures for the service handler and controller tests: a control plane over a `MemoryStore`
//! and a `ManualClock`, clusters, task definitions and container instances registered through
//! the real handlers, services, DescribeTasks-equivalent reads, and a fake agent that drives
//! tasks through SubmitTaskStateChange.

use crate::db::Commit;
use crate::records::{AgentSession, ContainerInstanceRecord, ServiceRecord};
use crate::service_controller::ServiceController;
use crate::{keys, ControlConfig, ControlPlane, EcsResult, ManualClock};
use berth_model::Scope;
use berth_store::MemoryStore;
use berth_wire::ecs as wire;
use std::sync::Arc;

pub const START: f64 = 1_700_000_000.0;
/// Past ECS's 40 s settle period for tasks without health checks.
pub const SETTLE: f64 = 41.0;

pub fn scope() -> Scope {
    Scope::new("us-east-1", "123456789012")
}

pub struct Harness {
    pub cp: Arc<ControlPlane>,
    pub clock: Arc<ManualClock>,
    pub store: Arc<MemoryStore>,
    pub controller: Arc<ServiceController>,
}

pub fn harness() -> Harness {
    let store = Arc::new(MemoryStore::new());
    let clock = Arc::new(ManualClock::new(START));
    let cp = Arc::new(ControlPlane::new(
        store.clone(),
        clock.clone(),
        ControlConfig::default(),
    ));
    Harness {
        controller: ServiceController::new(cp.clone()),
        cp,
        clock,
        store,
    }
}

/// A cluster `c` with a definition `app` (256 CPU, 512 MiB) and `instances` API-registered
/// instances of 2048 CPU / 4096 MiB.
pub async fn cluster_with(instances: usize) -> Harness {
    let h = harness();
    h.cluster("c").await;
    h.definition("app", 256, 512).await;
    for i in 0..instances {
        h.instance("c", &format!("i-{i:04}"), 2048, 4096).await;
    }
    h
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

pub fn create_request(name: &str, definition: &str, desired: i32) -> wire::CreateServiceRequest {
    wire::CreateServiceRequest {
        cluster: Some("c".into()),
        service_name: Some(name.into()),
        task_definition: Some(definition.into()),
        desired_count: Some(desired),
        ..Default::default()
    }
}

pub fn deployment_configuration(min: i32, max: i32) -> wire::DeploymentConfiguration {
    wire::DeploymentConfiguration {
        minimum_healthy_percent: Some(min),
        maximum_percent: Some(max),
        ..Default::default()
    }
}

impl Harness {
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

    /// Registers `family` with one container and returns its ARN.
    pub async fn definition(&self, family: &str, cpu: i32, memory: i32) -> String {
        self.definition_with(family, vec![container("web", cpu, memory)], |_| {})
            .await
    }

    pub async fn definition_with(
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

    /// Registers a container instance through RegisterContainerInstance (no agent session: the
    /// control plane completes stops itself) and returns its id.
    pub async fn instance(&self, cluster: &str, ec2: &str, cpu: i32, memory: i32) -> String {
        self.instance_with(cluster, ec2, cpu, memory, &[]).await
    }

    pub async fn instance_with(
        &self,
        cluster: &str,
        ec2: &str,
        cpu: i32,
        memory: i32,
        attributes: &[(&str, &str)],
    ) -> String {
        let int = |name: &str, value: i32| wire::Resource {
            name: Some(name.into()),
            r#type: Some("INTEGER".into()),
            integer_value: Some(value),
            ..Default::default()
        };
        let request = wire::RegisterContainerInstanceRequest {
            cluster: Some(cluster.into()),
            instance_identity_document: Some(format!(
                r#"{{"instanceId":"{ec2}","availabilityZone":"us-east-1a","instanceType":"t3.medium","region":"us-east-1"}}"#
            )),
            total_resources: Some(vec![int("CPU", cpu), int("MEMORY", memory)]),
            attributes: Some(
                attributes
                    .iter()
                    .map(|(name, value)| wire::Attribute {
                        name: Some(name.to_string()),
                        value: Some(value.to_string()),
                        ..Default::default()
                    })
                    .collect(),
            ),
            ..Default::default()
        };
        let arn = self
            .cp
            .register_container_instance(&scope(), request)
            .await
            .expect("instance registers")
            .container_instance
            .and_then(|i| i.container_instance_arn)
            .expect("instance has an ARN");
        arn.rsplit('/').next().unwrap_or_default().to_string()
    }

    /// The ids of a cluster's registered instances, in key order.
    pub async fn instance_ids(&self, cluster: &str) -> Vec<String> {
        self.cp
            .list_container_instances(
                &scope(),
                wire::ListContainerInstancesRequest {
                    cluster: Some(cluster.into()),
                    ..Default::default()
                },
            )
            .await
            .expect("instances list")
            .container_instance_arns
            .unwrap_or_default()
            .into_iter()
            .map(|arn| arn.rsplit('/').next().unwrap_or_default().to_string())
            .collect()
    }

    /// Gives an instance an agent session (connected or not, last seen now): its tasks' stops
    /// then wait for the agent's report.
    pub async fn set_agent(&self, cluster: &str, id: &str, connected: bool) {
        let key = keys::instance(&scope(), cluster, id);
        let mut found = self
            .cp
            .load::<ContainerInstanceRecord>(&key)
            .await
            .unwrap()
            .unwrap();
        found.record.agent = Some(AgentSession {
            connected,
            last_seen_at: crate::Clock::now(self.clock.as_ref()),
        });
        let mut commit = Commit::new();
        commit.update(&found).unwrap();
        assert!(self.cp.try_commit(commit).await.unwrap());
    }

    pub async fn drain(&self, cluster: &str, id: &str) {
        self.cp
            .update_container_instances_state(
                &scope(),
                wire::UpdateContainerInstancesStateRequest {
                    cluster: Some(cluster.into()),
                    container_instances: Some(vec![id.into()]),
                    status: Some("DRAINING".into()),
                },
            )
            .await
            .expect("instance drains");
    }

    pub async fn create(&self, request: wire::CreateServiceRequest) -> EcsResult<wire::Service> {
        self.cp
            .create_service(&scope(), request)
            .await
            .map(|r| r.service.unwrap_or_default())
    }

    pub async fn update(&self, request: wire::UpdateServiceRequest) -> EcsResult<wire::Service> {
        self.cp
            .update_service(&scope(), request)
            .await
            .map(|r| r.service.unwrap_or_default())
    }

    pub async fn describe(&self, name: &str) -> wire::Service {
        let response = self
            .cp
            .describe_services(
                &scope(),
                wire::DescribeServicesRequest {
                    cluster: Some("c".into()),
                    services: Some(vec![name.into()]),
                    include: Some(vec!["TAGS".into()]),
                },
            )
            .await
            .expect("describe works");
        response
            .services
            .unwrap_or_default()
            .into_iter()
            .next()
            .expect("service exists")
    }

    pub async fn record(&self, name: &str) -> ServiceRecord {
        self.cp
            .load::<ServiceRecord>(&keys::service(&scope(), "c", name))
            .await
            .unwrap()
            .expect("service record")
            .record
    }

    /// One pass over every service (the controller's work, without its timers).
    pub async fn reconcile(&self) {
        self.controller.full_sync().await.expect("lists");
        self.controller
            .reconcile_all()
            .await
            .expect("reconcile works");
    }

    /// Every task of the service as DescribeTasks shows it (ListTasks for both desired
    /// statuses, then DescribeTasks).
    pub async fn tasks(&self, service: &str) -> Vec<wire::Task> {
        let mut arns = Vec::new();
        for desired in ["RUNNING", "STOPPED"] {
            let mut token = None;
            for _ in 0..100 {
                let page = self
                    .cp
                    .list_tasks(
                        &scope(),
                        wire::ListTasksRequest {
                            cluster: Some("c".into()),
                            service_name: Some(service.into()),
                            desired_status: Some(desired.into()),
                            next_token: token.clone(),
                            ..Default::default()
                        },
                    )
                    .await
                    .expect("list works");
                arns.extend(page.task_arns.unwrap_or_default());
                token = page.next_token;
                if token.is_none() {
                    break;
                }
            }
        }
        let mut out = Vec::new();
        for chunk in arns.chunks(100) {
            let response = self
                .cp
                .describe_tasks(
                    &scope(),
                    wire::DescribeTasksRequest {
                        cluster: Some("c".into()),
                        tasks: Some(chunk.to_vec()),
                        include: None,
                    },
                )
                .await
                .expect("describe tasks works");
            out.extend(response.tasks.unwrap_or_default());
        }
        out
    }

    /// The fake agent's step: PENDING tasks desired RUNNING start (or fail, when `fail` says
    /// so for their task definition), tasks desired STOPPED stop.
    pub async fn agent_step(&self, service: &str, fail: impl Fn(&wire::Task) -> bool) {
        for task in self.tasks(service).await {
            let last = task.last_status.as_deref().unwrap_or_default();
            let desired = task.desired_status.as_deref().unwrap_or_default();
            let report = match (desired, last) {
                ("RUNNING", "PENDING" | "PROVISIONING") if fail(&task) => Some("STOPPED"),
                ("RUNNING", "PENDING" | "PROVISIONING") => Some("RUNNING"),
                ("STOPPED", l) if l != "STOPPED" => Some("STOPPED"),
                _ => None,
            };
            if let Some(status) = report {
                self.report(&task, status).await;
            }
        }
    }

    pub async fn report(&self, task: &wire::Task, status: &str) {
        let containers = task
            .containers
            .as_deref()
            .unwrap_or_default()
            .iter()
            .map(|c| wire::ContainerStateChange {
                container_name: c.name.clone(),
                status: Some(status.into()),
                exit_code: (status == "STOPPED").then_some(1),
                ..Default::default()
            })
            .collect();
        self.cp
            .submit_task_state_change(
                &scope(),
                wire::SubmitTaskStateChangeRequest {
                    cluster: Some("c".into()),
                    task: task.task_arn.clone(),
                    status: Some(status.into()),
                    containers: Some(containers),
                    ..Default::default()
                },
            )
            .await
            .expect("report is accepted");
    }
}

/// Counts in DescribeTasks terms.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Counts {
    pub running: usize,
    pub pending: usize,
    /// RUNNING or PENDING (anything not STOPPED), desired either way.
    pub occupying: usize,
    /// RUNNING and desired RUNNING.
    pub serving: usize,
}

pub fn counts(tasks: &[wire::Task]) -> Counts {
    let mut out = Counts::default();
    for task in tasks {
        let last = task.last_status.as_deref().unwrap_or_default();
        let desired = task.desired_status.as_deref().unwrap_or_default();
        match last {
            "RUNNING" => out.running += 1,
            "STOPPED" => {}
            _ => out.pending += 1,
        }
        if last != "STOPPED" {
            out.occupying += 1;
        }
        if last == "RUNNING" && desired == "RUNNING" {
            out.serving += 1;
        }
    }
    out
}

/// Tasks of one task definition revision (by ARN suffix, e.g. `app:2`) that are not STOPPED.
pub fn live_of(tasks: &[wire::Task], definition: &str) -> usize {
    tasks
        .iter()
        .filter(|t| t.last_status.as_deref() != Some("STOPPED"))
        .filter(|t| {
            t.task_definition_arn
                .as_deref()
                .is_some_and(|a| a.ends_with(definition))
        })
        .count()
}

pub fn messages(service: &wire::Service) -> Vec<String> {
    service
        .events
        .as_deref()
        .unwrap_or_default()
        .iter()
        .filter_map(|e| e.message.clone())
        .collect()
}
