//! The task definition document ECS returns for a registered request: everything the request
//! gave, echoed verbatim, plus the defaults and computed fields ECS adds.
//!
//! Added by ECS and here: container defaults (`essential: true`, `cpu: 0`, empty
//! `portMappings`/`environment`/`mountPoints`/`volumesFrom`), port mapping `protocol: "tcp"`,
//! `hostPort` equal to `containerPort` in `awsvpc`/`host` mode, health check `interval: 30`,
//! `timeout: 5`, `retries: 3` (ECS leaves `startPeriod` unset), task `cpu`/`memory` in canonical
//! units, empty `volumes`/`placementConstraints`, and the computed `compatibilities` and
//! `requiresAttributes`. Identity and lifecycle fields (ARN, revision, status, timestamps) are
//! the handler's. Pure; the request must have passed `validate::check`.

use super::fargate;
use super::validate::{network_mode, Checked};
use berth_wire::ecs as wire;
use std::collections::BTreeSet;

/// ECS's health check defaults (seconds, attempts), filled in when a `healthCheck` omits them.
pub const DEFAULT_HEALTH_INTERVAL: i32 = 30;
pub const DEFAULT_HEALTH_TIMEOUT: i32 = 5;
pub const DEFAULT_HEALTH_RETRIES: i32 = 3;

/// The attribute prefix of Docker remote API versions an agent supports.
const DOCKER_API: &str = "com.amazonaws.ecs.capability.docker-remote-api";

/// The normalised document for a checked request (without ARN, revision, status, timestamps).
pub fn build(request: &wire::RegisterTaskDefinitionRequest, checked: &Checked) -> wire::TaskDefinition {
    let mode = network_mode(request);
    let containers = request
        .container_definitions
        .as_deref()
        .unwrap_or_default()
        .iter()
        .map(|container| normalize_container(container, mode))
        .collect();
    wire::TaskDefinition {
        family: Some(checked.family.clone()),
        container_definitions: Some(containers),
        task_role_arn: request.task_role_arn.clone(),
        execution_role_arn: request.execution_role_arn.clone(),
        network_mode: request.network_mode.clone(),
        volumes: Some(request.volumes.clone().unwrap_or_default()),
        placement_constraints: Some(request.placement_constraints.clone().unwrap_or_default()),
        requires_compatibilities: request.requires_compatibilities.clone(),
        compatibilities: Some(compatibilities(request, checked)),
        requires_attributes: Some(
            requires_attributes(request)
                .into_iter()
                .map(|name| wire::Attribute {
                    name: Some(name),
                    ..Default::default()
                })
                .collect(),
        ),
        cpu: checked.task_cpu.map(|cpu| cpu.to_string()),
        memory: checked.task_memory.map(|memory| memory.to_string()),
        pid_mode: request.pid_mode.clone(),
        ipc_mode: request.ipc_mode.clone(),
        proxy_configuration: request.proxy_configuration.clone(),
        inference_accelerators: request.inference_accelerators.clone(),
        ephemeral_storage: request.ephemeral_storage.clone(),
        runtime_platform: request.runtime_platform.clone(),
        enable_fault_injection: request.enable_fault_injection,
        trusted_execution_configuration: request.trusted_execution_configuration.clone(),
        ..Default::default()
    }
}

fn normalize_container(container: &wire::ContainerDefinition, mode: &str) -> wire::ContainerDefinition {
    let mut out = container.clone();
    out.essential = Some(container.essential.unwrap_or(true));
    out.cpu = Some(container.cpu.unwrap_or(0));
    out.environment = Some(container.environment.clone().unwrap_or_default());
    out.mount_points = Some(container.mount_points.clone().unwrap_or_default());
    out.volumes_from = Some(container.volumes_from.clone().unwrap_or_default());
    out.port_mappings = Some(
        container
            .port_mappings
            .as_deref()
            .unwrap_or_default()
            .iter()
            .map(|mapping| {
                let mut mapping = mapping.clone();
                if mapping.protocol.is_none() {
                    mapping.protocol = Some("tcp".to_string());
                }
                // With awsvpc or host networking there is no port translation: ECS reports the
                // host port as the container port.
                if mode != "bridge" && mapping.host_port.unwrap_or(0) == 0 {
                    if let Some(port) = mapping.container_port {
                        mapping.host_port = Some(port);
                    }
                }
                mapping
            })
            .collect(),
    );
    if let Some(health) = &mut out.health_check {
        health.interval.get_or_insert(DEFAULT_HEALTH_INTERVAL);
        health.timeout.get_or_insert(DEFAULT_HEALTH_TIMEOUT);
        health.retries.get_or_insert(DEFAULT_HEALTH_RETRIES);
    }
    out
}

/// The launch types the definition is valid for: EXTERNAL unless it uses awsvpc (ECS Anywhere
/// has no task ENIs), EC2 always, FARGATE when it satisfies every Fargate rule, and
/// MANAGED_INSTANCES when asked for. The order is the one ECS reports.
pub fn compatibilities(request: &wire::RegisterTaskDefinitionRequest, checked: &Checked) -> Vec<String> {
    let mut out = Vec::new();
    if network_mode(request) != "awsvpc" {
        out.push("EXTERNAL".to_string());
    }
    out.push("EC2".to_string());
    if fargate::incompatibility(request, checked.task_cpu, checked.task_memory).is_none() {
        out.push("FARGATE".to_string());
    }
    let required = request.requires_compatibilities.as_deref().unwrap_or_default();
    if required.iter().any(|c| c == "MANAGED_INSTANCES") {
        out.push("MANAGED_INSTANCES".to_string());
    }
    out
}

/// The container instance attributes the definition needs, sorted. berth's agent advertises
/// exactly these, so the set is deliberately small; each follows the attribute ECS adds for the
/// same parameter:
///
/// | parameter | attribute |
/// |---|---|
/// | task `networkMode` given | `docker-remote-api.1.18` |
/// | `networkMode: awsvpc` | `ecs.capability.task-eni` |
/// | `taskRoleArn` | `com.amazonaws.ecs.capability.task-iam-role` |
/// | `dockerLabels`, `ulimits` | `docker-remote-api.1.18` |
/// | `logConfiguration` | `docker-remote-api.1.19` and `com.amazonaws.ecs.capability.logging-driver.<driver>` |
/// | `memoryReservation` | `docker-remote-api.1.21` |
/// | `healthCheck` | `docker-remote-api.1.24` and `ecs.capability.container-health-check` |
/// | `linuxParameters.initProcessEnabled` | `docker-remote-api.1.25` |
/// | `dependsOn`, `startTimeout` | `ecs.capability.container-ordering` |
/// | `privileged: true` | `com.amazonaws.ecs.capability.privileged-container` |
pub fn requires_attributes(request: &wire::RegisterTaskDefinitionRequest) -> Vec<String> {
    let mut out = BTreeSet::new();
    let docker = |version: &str| format!("{DOCKER_API}.{version}");
    if request.network_mode.is_some() {
        out.insert(docker("1.18"));
    }
    if request.network_mode.as_deref() == Some("awsvpc") {
        out.insert("ecs.capability.task-eni".to_string());
    }
    if request.task_role_arn.is_some() {
        out.insert("com.amazonaws.ecs.capability.task-iam-role".to_string());
    }
    for container in request.container_definitions.as_deref().unwrap_or_default() {
        if container.docker_labels.as_ref().is_some_and(|l| !l.is_empty())
            || container.ulimits.as_ref().is_some_and(|u| !u.is_empty())
        {
            out.insert(docker("1.18"));
        }
        if let Some(log) = &container.log_configuration {
            out.insert(docker("1.19"));
            if let Some(driver) = &log.log_driver {
                out.insert(format!("com.amazonaws.ecs.capability.logging-driver.{driver}"));
            }
        }
        if container.memory_reservation.is_some() {
            out.insert(docker("1.21"));
        }
        if container.health_check.is_some() {
            out.insert(docker("1.24"));
            out.insert("ecs.capability.container-health-check".to_string());
        }
        if container
            .linux_parameters
            .as_ref()
            .and_then(|l| l.init_process_enabled)
            == Some(true)
        {
            out.insert(docker("1.25"));
        }
        if container.depends_on.as_ref().is_some_and(|d| !d.is_empty())
            || container.start_timeout.is_some()
        {
            out.insert("ecs.capability.container-ordering".to_string());
        }
        if container.privileged == Some(true) {
            out.insert("com.amazonaws.ecs.capability.privileged-container".to_string());
        }
    }
    out.into_iter().collect()
}
