//! Test fixtures shared by the instance, attribute and tag tests: a control plane over a
//! `MemoryStore`, clusters, registered instances and hand-written task records.

use crate::db::{Commit, Versioned};
use crate::records::{ContainerInstanceRecord, TaskRecord};
use crate::{keys, ControlConfig, ControlPlane, EcsError, ManualClock};
use berth_model::{HealthStatus, Resources, Scope, TaskStatus};
use berth_store::MemoryStore;
use berth_wire::ecs as wire;
use std::sync::Arc;

pub fn scope() -> Scope {
    Scope::new("us-east-1", "123456789012")
}

pub fn control() -> ControlPlane {
    ControlPlane::new(
        Arc::new(MemoryStore::new()),
        Arc::new(ManualClock::new(1_700_000_000.0)),
        ControlConfig::default(),
    )
}

/// A control plane with an ACTIVE cluster `name`.
pub async fn with_cluster(name: &str) -> ControlPlane {
    let cp = control();
    create_cluster(&cp, name).await;
    cp
}

pub async fn create_cluster(cp: &ControlPlane, name: &str) {
    cp.create_cluster(
        &scope(),
        wire::CreateClusterRequest {
            cluster_name: Some(name.into()),
            ..Default::default()
        },
    )
    .await
    .expect("cluster is created");
}

pub fn int(name: &str, value: i32) -> wire::Resource {
    wire::Resource {
        name: Some(name.into()),
        r#type: Some("INTEGER".into()),
        integer_value: Some(value),
        ..Default::default()
    }
}

pub fn ports(name: &str, values: &[&str]) -> wire::Resource {
    wire::Resource {
        name: Some(name.into()),
        r#type: Some("STRINGSET".into()),
        string_set_value: Some(values.iter().map(|v| v.to_string()).collect()),
        ..Default::default()
    }
}

pub fn attribute(name: &str, value: Option<&str>) -> wire::Attribute {
    wire::Attribute {
        name: Some(name.into()),
        value: value.map(str::to_string),
        ..Default::default()
    }
}

/// What an agent on a t3.medium in us-east-1a sends.
pub fn register_request(cluster: &str) -> wire::RegisterContainerInstanceRequest {
    wire::RegisterContainerInstanceRequest {
        cluster: Some(cluster.into()),
        instance_identity_document: Some(
            r#"{"instanceId":"i-0123456789abcdef0","availabilityZone":"us-east-1a","instanceType":"t3.medium","region":"us-east-1"}"#
                .into(),
        ),
        total_resources: Some(vec![
            int("CPU", 2048),
            int("MEMORY", 3900),
            ports("PORTS", &["22", "2375", "2376", "51678", "51679"]),
            ports("PORTS_UDP", &[]),
        ]),
        version_info: Some(wire::VersionInfo {
            agent_version: Some("1.80.0".into()),
            agent_hash: Some("abc".into()),
            docker_version: Some("DockerVersion: 20.10".into()),
        }),
        ..Default::default()
    }
}

/// Registers an instance in `cluster` and returns it as the response reports it.
pub async fn register(cp: &ControlPlane, cluster: &str) -> wire::ContainerInstance {
    cp.register_container_instance(&scope(), register_request(cluster))
        .await
        .expect("instance registers")
        .container_instance
        .expect("response has the instance")
}

/// The id part of a container instance ARN.
pub fn id_of(instance: &wire::ContainerInstance) -> String {
    instance
        .container_instance_arn
        .as_deref()
        .and_then(|arn| arn.rsplit('/').next())
        .unwrap_or_default()
        .to_string()
}

pub async fn load_instance(
    cp: &ControlPlane,
    cluster: &str,
    id: &str,
) -> Versioned<ContainerInstanceRecord> {
    cp.load::<ContainerInstanceRecord>(&keys::instance(&scope(), cluster, id))
        .await
        .expect("store reads")
        .expect("instance exists")
}

/// Changes an instance record directly, as the tasks module would.
pub async fn edit_instance(
    cp: &ControlPlane,
    cluster: &str,
    id: &str,
    edit: impl FnOnce(&mut ContainerInstanceRecord),
) {
    let mut found = load_instance(cp, cluster, id).await;
    edit(&mut found.record);
    let mut commit = Commit::new();
    commit.update(&found).expect("encodes");
    assert!(cp.try_commit(commit).await.expect("commits"));
}

/// A task record on an instance, written directly.
pub async fn put_task(
    cp: &ControlPlane,
    cluster: &str,
    task_id: &str,
    instance_id: Option<&str>,
    group: &str,
    desired: TaskStatus,
) -> TaskRecord {
    let s = scope();
    let record = TaskRecord {
        arn: s
            .arn(
                berth_model::ResourceKind::Task,
                &format!("{cluster}/{task_id}"),
            )
            .to_string(),
        id: task_id.into(),
        cluster: cluster.into(),
        cluster_arn: s
            .arn(berth_model::ResourceKind::Cluster, cluster)
            .to_string(),
        task_definition_arn: s
            .arn(berth_model::ResourceKind::TaskDefinition, "web:1")
            .to_string(),
        container_instance_arn: instance_id.map(|id| {
            s.arn(
                berth_model::ResourceKind::ContainerInstance,
                &format!("{cluster}/{id}"),
            )
            .to_string()
        }),
        container_instance_id: instance_id.map(str::to_string),
        group: Some(group.into()),
        started_by: None,
        launch_type: Some("EC2".into()),
        capacity_provider_name: None,
        desired_status: desired,
        last_status: TaskStatus::Pending,
        containers: Vec::new(),
        overrides: wire::TaskOverride::default(),
        cpu: None,
        memory: None,
        reserved: Resources::default(),
        holds_reservation: false,
        tags: Default::default(),
        created_at: 1_700_000_000.0,
        pull_started_at: None,
        pull_stopped_at: None,
        started_at: None,
        stopping_at: None,
        execution_stopped_at: None,
        stopped_at: None,
        connectivity: None,
        connectivity_at: None,
        stop_code: None,
        stopped_reason: None,
        health_status: HealthStatus::Unknown,
        version: 1,
        enable_execute_command: false,
        availability_zone: None,
        attachments: Vec::new(),
        attributes: Vec::new(),
        platform_version: None,
        platform_family: None,
        ephemeral_storage: None,
        propagate_tags: None,
        client_token: None,
        network_configuration: None,
    };
    let mut commit = Commit::new();
    commit
        .put(&keys::task(&s, cluster, task_id), 0, &record)
        .expect("encodes");
    // A live task counts in its instance's task groups, written with it as placement does
    // (an instance recorded before the counts were kept is left for placement to count).
    if let Some(id) = instance_id.filter(|_| desired != TaskStatus::Stopped) {
        let found = cp
            .load::<ContainerInstanceRecord>(&keys::instance(&s, cluster, id))
            .await
            .expect("store reads");
        if let Some(mut instance) = found.filter(|i| i.record.task_groups_complete) {
            *instance
                .record
                .task_groups
                .entry(group.to_string())
                .or_default() += 1;
            commit.update(&instance).expect("encodes");
        }
    }
    assert!(cp.try_commit(commit).await.expect("commits"));
    record
}

/// The ECS error code of a failed call, for table-driven assertions.
pub fn code<T: std::fmt::Debug>(result: Result<T, EcsError>) -> &'static str {
    match result {
        Ok(value) => panic!("expected an error, got {value:?}"),
        Err(error) => error.code(),
    }
}
