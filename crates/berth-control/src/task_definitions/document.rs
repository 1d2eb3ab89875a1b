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
pub fn build(
    request: &wire::RegisterTaskDefinitionRequest,
    checked: &Checked,
) -> wire::TaskDefinition {
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

fn normalize_container(
    container: &wire::ContainerDefinition,
    mode: &str,
) -> wire::ContainerDefinition {
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
pub fn compatibilities(
    request: &wire::RegisterTaskDefinitionRequest,
    checked: &Checked,
) -> Vec<String> {
    let mut out = Vec::new();
    if network_mode(request) != "awsvpc" {
        out.push("EXTERNAL".to_string());
    }
    out.push("EC2".to_string());
    if fargate::incompatibility(request, checked.task_cpu, checked.task_memory).is_none() {
        out.push("FARGATE".to_string());
    }
    let required = request
        .requires_compatibilities
        .as_deref()
        .unwrap_or_default();
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
        if container
            .docker_labels
            .as_ref()
            .is_some_and(|l| !l.is_empty())
            || container.ulimits.as_ref().is_some_and(|u| !u.is_empty())
        {
            out.insert(docker("1.18"));
        }
        if let Some(log) = &container.log_configuration {
            out.insert(docker("1.19"));
            if let Some(driver) = &log.log_driver {
                out.insert(format!(
                    "com.amazonaws.ecs.capability.logging-driver.{driver}"
                ));
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::task_definitions::validate::check;
    use serde_json::{json, Value};

    fn document(value: Value) -> wire::TaskDefinition {
        let request: wire::RegisterTaskDefinitionRequest =
            serde_json::from_value(value).expect("wire shape");
        let checked = check(&request).expect("valid");
        build(&request, &checked)
    }

    fn as_json(definition: &wire::TaskDefinition) -> Value {
        serde_json::to_value(definition).expect("serializes")
    }

    #[test]
    fn container_defaults_are_filled_and_the_rest_echoed() {
        let doc = document(json!({
            "family": "web",
            "containerDefinitions": [{
                "name": "app", "image": "busybox", "memory": 128,
                "command": ["sleep", "60"], "user": "nobody", "dockerLabels": {"a": "b"},
                "portMappings": [{"containerPort": 80, "hostPort": 8080, "name": "http"}],
                "healthCheck": {"command": ["CMD-SHELL", "true"], "timeout": 9}
            }]
        }));
        let json = as_json(&doc);
        let app = &json["containerDefinitions"][0];
        assert_eq!(app["essential"], json!(true));
        assert_eq!(app["cpu"], json!(0));
        assert_eq!(app["environment"], json!([]));
        assert_eq!(app["mountPoints"], json!([]));
        assert_eq!(app["volumesFrom"], json!([]));
        assert_eq!(app["command"], json!(["sleep", "60"]));
        assert_eq!(app["user"], json!("nobody"));
        assert_eq!(app["dockerLabels"], json!({"a": "b"}));
        assert_eq!(
            app["portMappings"],
            json!([{"containerPort": 80, "hostPort": 8080, "name": "http", "protocol": "tcp"}])
        );
        assert_eq!(
            app["healthCheck"],
            json!({"command": ["CMD-SHELL", "true"], "interval": 30, "timeout": 9, "retries": 3})
        );
        assert_eq!(json["volumes"], json!([]));
        assert_eq!(json["placementConstraints"], json!([]));
        assert_eq!(json.get("networkMode"), None, "not given, not invented");
        assert_eq!(json.get("cpu"), None);
        assert_eq!(
            doc.compatibilities,
            Some(vec!["EXTERNAL".into(), "EC2".into()])
        );
        let attributes: Vec<_> = doc
            .requires_attributes
            .unwrap_or_default()
            .into_iter()
            .filter_map(|a| a.name)
            .collect();
        assert_eq!(
            attributes,
            [
                "com.amazonaws.ecs.capability.docker-remote-api.1.18",
                "com.amazonaws.ecs.capability.docker-remote-api.1.24",
                "ecs.capability.container-health-check",
            ]
        );
    }

    #[test]
    fn awsvpc_host_ports_follow_container_ports_and_units_are_canonical() {
        let doc = document(json!({
            "family": "web", "networkMode": "awsvpc", "cpu": "0.5 vCPU", "memory": "1 GB",
            "requiresCompatibilities": ["FARGATE"],
            "containerDefinitions": [{"name": "app", "image": "busybox",
                "portMappings": [{"containerPort": 80}, {"containerPort": 53, "hostPort": 0, "protocol": "udp"}],
                "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": "g"}}}]
        }));
        let json = as_json(&doc);
        assert_eq!(json["cpu"], json!("512"));
        assert_eq!(json["memory"], json!("1024"));
        assert_eq!(json["networkMode"], json!("awsvpc"));
        assert_eq!(json["requiresCompatibilities"], json!(["FARGATE"]));
        assert_eq!(
            json["containerDefinitions"][0]["portMappings"],
            json!([{"containerPort": 80, "hostPort": 80, "protocol": "tcp"},
                   {"containerPort": 53, "hostPort": 53, "protocol": "udp"}])
        );
        assert_eq!(
            doc.compatibilities,
            Some(vec!["EC2".into(), "FARGATE".into()])
        );
        let attributes: Vec<_> = doc
            .requires_attributes
            .unwrap_or_default()
            .into_iter()
            .filter_map(|a| a.name)
            .collect();
        assert_eq!(
            attributes,
            [
                "com.amazonaws.ecs.capability.docker-remote-api.1.18",
                "com.amazonaws.ecs.capability.docker-remote-api.1.19",
                "com.amazonaws.ecs.capability.logging-driver.awslogs",
                "ecs.capability.task-eni",
            ]
        );
    }

    #[test]
    fn compatibilities_table() {
        let containers = json!([{"name": "app", "image": "busybox", "memory": 128}]);
        for (extra, expected) in [
            (json!({}), vec!["EXTERNAL", "EC2"]),
            (json!({"networkMode": "host"}), vec!["EXTERNAL", "EC2"]),
            (json!({"networkMode": "awsvpc"}), vec!["EC2"]),
            (
                json!({"networkMode": "awsvpc", "cpu": "256", "memory": "512"}),
                vec!["EC2", "FARGATE"],
            ),
            (
                json!({"networkMode": "awsvpc", "cpu": "256", "memory": "4096"}),
                vec!["EC2"],
            ),
            (
                json!({"networkMode": "awsvpc", "cpu": "256", "memory": "512", "ipcMode": "host"}),
                vec!["EC2"],
            ),
            (
                json!({"networkMode": "awsvpc", "requiresCompatibilities": ["MANAGED_INSTANCES"]}),
                vec!["EC2", "MANAGED_INSTANCES"],
            ),
        ] {
            let mut value = json!({"family": "web", "containerDefinitions": containers.clone()});
            if let (Some(object), Some(extra)) = (value.as_object_mut(), extra.as_object()) {
                object.extend(extra.clone());
            }
            let doc = document(value);
            let expected: Vec<String> = expected.into_iter().map(String::from).collect();
            assert_eq!(doc.compatibilities, Some(expected), "{extra}");
        }
    }

    #[test]
    fn requires_attributes_table() {
        let request = |container: Value, extra: Value| {
            let mut value = json!({"family": "web", "containerDefinitions": [container]});
            if let (Some(object), Some(extra)) = (value.as_object_mut(), extra.as_object()) {
                object.extend(extra.clone());
            }
            serde_json::from_value::<wire::RegisterTaskDefinitionRequest>(value).expect("shape")
        };
        let base = json!({"name": "app", "image": "busybox", "memory": 128});
        let with = |extra: Value| {
            let mut container = base.clone();
            if let (Some(object), Some(extra)) = (container.as_object_mut(), extra.as_object()) {
                object.extend(extra.clone());
            }
            container
        };
        for (req, expected) in [
            (request(base.clone(), json!({})), vec![]),
            (
                request(
                    base.clone(),
                    json!({"taskRoleArn": "arn:aws:iam::1:role/r"}),
                ),
                vec!["com.amazonaws.ecs.capability.task-iam-role"],
            ),
            (
                request(with(json!({"memoryReservation": 64})), json!({})),
                vec!["com.amazonaws.ecs.capability.docker-remote-api.1.21"],
            ),
            (
                request(
                    with(json!({"ulimits": [{"name": "nofile", "softLimit": 1, "hardLimit": 2}]})),
                    json!({}),
                ),
                vec!["com.amazonaws.ecs.capability.docker-remote-api.1.18"],
            ),
            (
                request(
                    with(json!({"linuxParameters": {"initProcessEnabled": true}})),
                    json!({}),
                ),
                vec!["com.amazonaws.ecs.capability.docker-remote-api.1.25"],
            ),
            (
                request(with(json!({"startTimeout": 10})), json!({})),
                vec!["ecs.capability.container-ordering"],
            ),
            (
                request(with(json!({"privileged": true})), json!({})),
                vec!["com.amazonaws.ecs.capability.privileged-container"],
            ),
        ] {
            assert_eq!(requires_attributes(&req), expected, "{req:?}");
        }
    }
}
