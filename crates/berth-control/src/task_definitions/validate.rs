//! Validation of a RegisterTaskDefinition request: every rule ECS checks before it stores a
//! revision, with ECS's error codes and, where known, its messages.
//!
//! ECS answers content errors in a task definition with `ClientException` (e.g. "Invalid setting
//! for container 'web'. At least one of 'memory' or 'memoryReservation' must be specified.");
//! values outside a modelled enum, malformed tags and bad placement expressions are
//! `InvalidParameterException`, as the API layer reports them for top-level members. Messages
//! name the container and the field. Checks run in a fixed order so that the first broken rule
//! is reported deterministically. Pure: no store, no clock; the normalised document is built
//! elsewhere (`document.rs`) from a request that passed.

use super::{fargate, units};
use crate::error::{EcsError, EcsResult};
use crate::records::Tags;
use crate::validate;
use berth_lifecycle::{Condition, ContainerSpec};
use berth_wire::ecs as wire;
use std::collections::{BTreeSet, HashSet};

/// ECS's limit on the size of a task definition (the JSON of the request).
pub const MAX_TASK_DEFINITION_BYTES: usize = 64 * 1024;
/// ECS's limit on containers per task definition.
pub const MAX_CONTAINERS: usize = 10;
/// ECS's limit on placement constraints per task (definition plus RunTask).
pub const MAX_PLACEMENT_CONSTRAINTS: usize = 10;
/// Docker 20.10+ refuses containers with less memory than this (MiB); ECS documents it.
pub const MIN_CONTAINER_MEMORY: i32 = 6;

/// Container `healthCheck` bounds, in seconds or attempts, as the ECS API reference gives them.
const HEALTH_INTERVAL: (i32, i32) = (5, 300);
const HEALTH_TIMEOUT: (i32, i32) = (2, 60);
const HEALTH_RETRIES: (i32, i32) = (1, 10);
const HEALTH_START_PERIOD: (i32, i32) = (0, 300);

/// What a request that passed validation yields besides the request itself.
#[derive(Debug, Clone, PartialEq)]
pub struct Checked {
    pub family: String,
    /// Task-level CPU units, parsed from `cpu`.
    pub task_cpu: Option<i64>,
    /// Task-level memory in MiB, parsed from `memory`.
    pub task_memory: Option<i64>,
    pub tags: Tags,
}

fn client(message: impl Into<String>) -> EcsError {
    EcsError::client(message)
}

/// The network mode a request gives, with ECS's default for Linux EC2 tasks.
pub fn network_mode(request: &wire::RegisterTaskDefinitionRequest) -> &str {
    request.network_mode.as_deref().unwrap_or("bridge")
}

/// Checks every rule; the first broken one is the error.
pub fn check(request: &wire::RegisterTaskDefinitionRequest) -> EcsResult<Checked> {
    check_size(request)?;
    let family = request.family.clone().unwrap_or_default();
    if family.is_empty() {
        return Err(client("Family name should not be null or empty."));
    }
    if validate::name("family", &family).is_err() {
        return Err(client(format!(
            "Family '{family}' is invalid: up to 255 letters (uppercase and lowercase), \
             numbers, underscores, and hyphens are allowed."
        )));
    }
    let containers = request.container_definitions.as_deref().unwrap_or_default();
    if containers.is_empty() {
        return Err(client(
            "containerDefinitions must contain at least one container definition.",
        ));
    }
    if containers.len() > MAX_CONTAINERS {
        return Err(client(format!(
            "Too many containers. A task definition can have at most {MAX_CONTAINERS} \
             containerDefinitions; got {}.",
            containers.len()
        )));
    }
    check_enums(request)?;
    let tags = validate::tags(request.tags.as_deref().unwrap_or_default())?;
    let task_cpu = request
        .cpu
        .as_deref()
        .map(|text| {
            units::parse_task_cpu(text).map_err(|e| {
                client(format!(
                    "Invalid 'cpu' setting for task: {e}. For more information, see the \
                     Troubleshooting section of the Amazon ECS Developer Guide."
                ))
            })
        })
        .transpose()?;
    let task_memory = request
        .memory
        .as_deref()
        .map(|text| {
            units::parse_task_memory(text).map_err(|e| {
                client(format!(
                    "Invalid 'memory' setting for task: {e}. For more information, see the \
                     Troubleshooting section of the Amazon ECS Developer Guide."
                ))
            })
        })
        .transpose()?;
    let volumes = check_volumes(request)?;
    check_containers(request, &volumes, task_cpu, task_memory)?;
    check_dependencies(containers)?;
    check_compatibilities(request, task_cpu, task_memory)?;
    check_placement_constraints(request)?;
    Ok(Checked {
        family,
        task_cpu,
        task_memory,
        tags,
    })
}

fn check_size(request: &wire::RegisterTaskDefinitionRequest) -> EcsResult<()> {
    let size = serde_json::to_vec(request)
        .map_err(|e| EcsError::Server(format!("could not measure the task definition: {e}")))?
        .len();
    if size > MAX_TASK_DEFINITION_BYTES {
        return Err(client(format!(
            "The task definition is {size} bytes; the maximum size of a task definition is \
             {MAX_TASK_DEFINITION_BYTES} bytes (64 KiB)."
        )));
    }
    Ok(())
}

/// Checks an optional enum member against the model's values.
fn enum_field(field: &str, value: Option<&str>, allowed: &[&str]) -> EcsResult<()> {
    match value {
        Some(value) => validate::one_of(field, value, allowed),
        None => Ok(()),
    }
}

/// Every enum member of the request, nested ones included (the API layer checks only the
/// top-level members, and a handler may be called without it).
fn check_enums(request: &wire::RegisterTaskDefinitionRequest) -> EcsResult<()> {
    enum_field(
        "networkMode",
        request.network_mode.as_deref(),
        wire::NETWORK_MODE_VALUES,
    )?;
    enum_field(
        "pidMode",
        request.pid_mode.as_deref(),
        wire::PID_MODE_VALUES,
    )?;
    enum_field(
        "ipcMode",
        request.ipc_mode.as_deref(),
        wire::IPC_MODE_VALUES,
    )?;
    for value in request
        .requires_compatibilities
        .as_deref()
        .unwrap_or_default()
    {
        validate::one_of("requiresCompatibilities", value, wire::COMPATIBILITY_VALUES)?;
    }
    for container in request.container_definitions.as_deref().unwrap_or_default() {
        let at = format!(
            "containerDefinitions[{}]",
            container.name.as_deref().unwrap_or("")
        );
        for mapping in container.port_mappings.as_deref().unwrap_or_default() {
            let field = format!("{at}.portMappings.protocol");
            enum_field(
                &field,
                mapping.protocol.as_deref(),
                wire::TRANSPORT_PROTOCOL_VALUES,
            )?;
            let field = format!("{at}.portMappings.appProtocol");
            enum_field(
                &field,
                mapping.app_protocol.as_deref(),
                wire::APPLICATION_PROTOCOL_VALUES,
            )?;
        }
        for file in container.environment_files.as_deref().unwrap_or_default() {
            let field = format!("{at}.environmentFiles.type");
            enum_field(
                &field,
                file.r#type.as_deref(),
                wire::ENVIRONMENT_FILE_TYPE_VALUES,
            )?;
        }
        if let Some(linux) = &container.linux_parameters {
            for device in linux.devices.as_deref().unwrap_or_default() {
                for permission in device.permissions.as_deref().unwrap_or_default() {
                    let field = format!("{at}.linuxParameters.devices.permissions");
                    validate::one_of(&field, permission, wire::DEVICE_CGROUP_PERMISSION_VALUES)?;
                }
            }
        }
        for dependency in container.depends_on.as_deref().unwrap_or_default() {
            let field = format!("{at}.dependsOn.condition");
            enum_field(
                &field,
                dependency.condition.as_deref(),
                wire::CONTAINER_CONDITION_VALUES,
            )?;
        }
        let field = format!("{at}.versionConsistency");
        enum_field(
            &field,
            container.version_consistency.as_deref(),
            wire::VERSION_CONSISTENCY_VALUES,
        )?;
        for ulimit in container.ulimits.as_deref().unwrap_or_default() {
            let field = format!("{at}.ulimits.name");
            enum_field(&field, ulimit.name.as_deref(), wire::ULIMIT_NAME_VALUES)?;
        }
        if let Some(log) = &container.log_configuration {
            let field = format!("{at}.logConfiguration.logDriver");
            validate::one_of(
                &field,
                log.log_driver.as_deref().unwrap_or(""),
                wire::LOG_DRIVER_VALUES,
            )?;
        }
        for requirement in container
            .resource_requirements
            .as_deref()
            .unwrap_or_default()
        {
            let field = format!("{at}.resourceRequirements.type");
            enum_field(
                &field,
                requirement.r#type.as_deref(),
                wire::RESOURCE_TYPE_VALUES,
            )?;
        }
        if let Some(firelens) = &container.firelens_configuration {
            let field = format!("{at}.firelensConfiguration.type");
            enum_field(
                &field,
                firelens.r#type.as_deref(),
                wire::FIRELENS_CONFIGURATION_TYPE_VALUES,
            )?;
        }
    }
    for volume in request.volumes.as_deref().unwrap_or_default() {
        if let Some(docker) = &volume.docker_volume_configuration {
            enum_field(
                "volumes.dockerVolumeConfiguration.scope",
                docker.scope.as_deref(),
                wire::SCOPE_VALUES,
            )?;
        }
        if let Some(efs) = &volume.efs_volume_configuration {
            enum_field(
                "volumes.efsVolumeConfiguration.transitEncryption",
                efs.transit_encryption.as_deref(),
                wire::EFS_TRANSIT_ENCRYPTION_VALUES,
            )?;
            if let Some(auth) = &efs.authorization_config {
                enum_field(
                    "volumes.efsVolumeConfiguration.authorizationConfig.iam",
                    auth.iam.as_deref(),
                    wire::EFS_AUTHORIZATION_CONFIG_IAM_VALUES,
                )?;
            }
        }
    }
    for constraint in request.placement_constraints.as_deref().unwrap_or_default() {
        enum_field(
            "placementConstraints.type",
            constraint.r#type.as_deref(),
            wire::TASK_DEFINITION_PLACEMENT_CONSTRAINT_TYPE_VALUES,
        )?;
    }
    if let Some(proxy) = &request.proxy_configuration {
        enum_field(
            "proxyConfiguration.type",
            proxy.r#type.as_deref(),
            wire::PROXY_CONFIGURATION_TYPE_VALUES,
        )?;
    }
    if let Some(platform) = &request.runtime_platform {
        enum_field(
            "runtimePlatform.cpuArchitecture",
            platform.cpu_architecture.as_deref(),
            wire::CPU_ARCHITECTURE_VALUES,
        )?;
        enum_field(
            "runtimePlatform.operatingSystemFamily",
            platform.operating_system_family.as_deref(),
            wire::OS_FAMILY_VALUES,
        )?;
    }
    if let Some(trusted) = &request.trusted_execution_configuration {
        enum_field(
            "trustedExecutionConfiguration.isolationMode",
            trusted.isolation_mode.as_deref(),
            wire::ISOLATION_MODE_VALUES,
        )?;
    }
    Ok(())
}

/// Volume names: present, well-formed, unique. Returns the declared names.
fn check_volumes(request: &wire::RegisterTaskDefinitionRequest) -> EcsResult<HashSet<String>> {
    let mut names = HashSet::new();
    for volume in request.volumes.as_deref().unwrap_or_default() {
        let name = volume.name.as_deref().unwrap_or("");
        if name.is_empty() {
            return Err(client(
                "Invalid 'volumes' setting: every volume must have a name.",
            ));
        }
        if validate::name("volume name", name).is_err() {
            return Err(client(format!(
                "Invalid 'volumes' setting: volume name '{name}' is invalid; up to 255 letters \
                 (uppercase and lowercase), numbers, underscores, and hyphens are allowed."
            )));
        }
        if !names.insert(name.to_string()) {
            return Err(client(format!(
                "Invalid 'volumes' setting: volume name '{name}' is used more than once; \
                 volume names must be unique."
            )));
        }
    }
    Ok(names)
}

fn check_containers(
    request: &wire::RegisterTaskDefinitionRequest,
    volumes: &HashSet<String>,
    task_cpu: Option<i64>,
    task_memory: Option<i64>,
) -> EcsResult<()> {
    let containers = request.container_definitions.as_deref().unwrap_or_default();
    let mode = network_mode(request);
    let mut names = HashSet::new();
    let mut host_ports: BTreeSet<(String, i32)> = BTreeSet::new();
    let (mut cpu_sum, mut memory_sum) = (0i64, 0i64);
    for container in containers {
        let name = container.name.as_deref().unwrap_or("");
        if name.is_empty() {
            return Err(client("Container.name should not be null or empty."));
        }
        if validate::name("container name", name).is_err() {
            return Err(client(format!(
                "Container name '{name}' is invalid: up to 255 letters (uppercase and \
                 lowercase), numbers, underscores, and hyphens are allowed."
            )));
        }
        if !names.insert(name) {
            return Err(client(format!(
                "Duplicate container name '{name}': container names must be unique within a \
                 task definition."
            )));
        }
        if container.image.as_deref().unwrap_or("").trim().is_empty() {
            return Err(client(format!(
                "Container.image should not be null or empty (container '{name}')."
            )));
        }
        let (cpu, memory) = check_container_resources(container, name, task_cpu, task_memory)?;
        cpu_sum += cpu;
        memory_sum += memory;
        check_port_mappings(container, name, mode, &mut host_ports)?;
        if !container.links.as_deref().unwrap_or_default().is_empty() && mode != "bridge" {
            return Err(client(format!(
                "Invalid 'links' setting for container '{name}': links are only supported when \
                 networkMode=bridge, not networkMode={mode}."
            )));
        }
        for link in container.links.as_deref().unwrap_or_default() {
            let (target, alias) = match link.split_once(':') {
                Some((target, alias)) => (target, Some(alias)),
                None => (link.as_str(), None),
            };
            let bad = validate::name("link", target).is_err()
                || alias.is_some_and(|alias| validate::name("link alias", alias).is_err());
            if bad {
                return Err(client(format!(
                    "Invalid 'links' setting for container '{name}': '{link}' must be \
                     'name' or 'name:alias' made of letters, numbers, underscores, and hyphens."
                )));
            }
        }
        if container.hostname.is_some() && (mode == "awsvpc" || mode == "host") {
            return Err(client(format!(
                "hostname is not supported on container when networkMode={mode} \
                 (container '{name}')."
            )));
        }
        if let Some(health) = &container.health_check {
            check_health_check(health, name)?;
        }
        for mount in container.mount_points.as_deref().unwrap_or_default() {
            let source = mount.source_volume.as_deref().unwrap_or("");
            if !volumes.contains(source) {
                return Err(client(format!(
                    "Invalid 'mountPoints' setting for container '{name}': sourceVolume \
                     '{source}' is not a volume declared in the task definition."
                )));
            }
            if mount.container_path.as_deref().unwrap_or("").is_empty() {
                return Err(client(format!(
                    "Invalid 'mountPoints' setting for container '{name}': containerPath must \
                     be specified."
                )));
            }
        }
        for from in container.volumes_from.as_deref().unwrap_or_default() {
            if from.source_container.as_deref().unwrap_or("").is_empty() {
                return Err(client(format!(
                    "Invalid 'volumesFrom' setting for container '{name}': sourceContainer must \
                     be specified."
                )));
            }
        }
        for (field, value) in [
            ("startTimeout", container.start_timeout),
            ("stopTimeout", container.stop_timeout),
        ] {
            if value.is_some_and(|v| v < 0) {
                return Err(client(format!(
                    "Invalid '{field}' setting for container '{name}': the value must not be \
                     negative."
                )));
            }
        }
        for dependency in container.depends_on.as_deref().unwrap_or_default() {
            if dependency
                .container_name
                .as_deref()
                .unwrap_or("")
                .is_empty()
                || dependency.condition.is_none()
            {
                return Err(client(format!(
                    "Invalid 'dependsOn' setting for container '{name}': containerName and \
                     condition are both required."
                )));
            }
        }
    }
    if !containers
        .iter()
        .any(|container| container.essential != Some(false))
    {
        return Err(client(
            "A task definition must have at least one essential container.",
        ));
    }
    if let Some(task_cpu) = task_cpu {
        if cpu_sum > task_cpu {
            return Err(client(format!(
                "The total 'cpu' of the containers ({cpu_sum}) is greater than the task's \
                 'cpu' ({task_cpu})."
            )));
        }
    }
    if let Some(task_memory) = task_memory {
        if memory_sum > task_memory {
            return Err(client(format!(
                "The total memory reserved by the containers ({memory_sum} MiB, counting \
                 'memoryReservation' or else 'memory') is greater than the task's 'memory' \
                 ({task_memory} MiB)."
            )));
        }
    }
    Ok(())
}

/// A container's cpu and memory rules; returns (cpu units, MiB reserved) for the task sums.
fn check_container_resources(
    container: &wire::ContainerDefinition,
    name: &str,
    task_cpu: Option<i64>,
    task_memory: Option<i64>,
) -> EcsResult<(i64, i64)> {
    let cpu = container.cpu.unwrap_or(0);
    if cpu < 0 {
        return Err(client(format!(
            "Invalid 'cpu' setting for container '{name}': the value must not be negative."
        )));
    }
    if task_cpu.is_some_and(|task| i64::from(cpu) > task) {
        return Err(client(format!(
            "The 'cpu' setting for container '{name}' is greater than for the task."
        )));
    }
    for (field, value) in [
        ("memory", container.memory),
        ("memoryReservation", container.memory_reservation),
    ] {
        if let Some(value) = value {
            if value < MIN_CONTAINER_MEMORY {
                return Err(client(format!(
                    "Invalid '{field}' setting for container '{name}': the value must be at \
                     least {MIN_CONTAINER_MEMORY} MiB; got {value}."
                )));
            }
            if task_memory.is_some_and(|task| i64::from(value) > task) {
                return Err(client(format!(
                    "The '{field}' setting for container '{name}' is greater than for the task."
                )));
            }
        }
    }
    match (container.memory, container.memory_reservation) {
        (None, None) if task_memory.is_none() => Err(client(format!(
            "Invalid setting for container '{name}'. At least one of 'memory' or \
             'memoryReservation' must be specified."
        ))),
        // ECS documents "memory must be greater than memoryReservation"; equal values are
        // accepted by the service, so only a smaller hard limit is refused.
        (Some(memory), Some(reservation)) if memory < reservation => Err(client(format!(
            "Invalid setting for container '{name}': 'memory' ({memory} MiB) must be greater \
             than 'memoryReservation' ({reservation} MiB)."
        ))),
        (memory, reservation) => Ok((
            i64::from(cpu),
            i64::from(reservation.or(memory).unwrap_or(0)),
        )),
    }
}

/// Port mapping rules for one container; fixed host ports are collected across the task so a
/// port mapped twice is caught.
fn check_port_mappings(
    container: &wire::ContainerDefinition,
    name: &str,
    mode: &str,
    host_ports: &mut BTreeSet<(String, i32)>,
) -> EcsResult<()> {
    let mappings = container.port_mappings.as_deref().unwrap_or_default();
    if mappings.is_empty() {
        return Ok(());
    }
    let invalid = |detail: String| {
        client(format!(
            "Invalid 'portMappings' setting for container '{name}': {detail}"
        ))
    };
    if mode == "none" {
        return Err(invalid(
            "port mappings are not supported when networkMode=none.".to_string(),
        ));
    }
    for mapping in mappings {
        let protocol = mapping.protocol.as_deref().unwrap_or("tcp").to_string();
        if let Some(host) = mapping.host_port {
            if !(0..=65535).contains(&host) {
                return Err(invalid(format!(
                    "hostPort must be between 0 and 65535; got {host}."
                )));
            }
        }
        let fixed: Vec<i32> = match (
            mapping.container_port,
            mapping.container_port_range.as_deref(),
        ) {
            (None, None) => {
                return Err(invalid(
                    "each port mapping needs a containerPort or a containerPortRange.".to_string(),
                ))
            }
            (Some(_), Some(_)) => {
                return Err(invalid(
                    "specify either containerPort or containerPortRange, not both.".to_string(),
                ))
            }
            (Some(port), None) => {
                if !(1..=65535).contains(&port) {
                    return Err(invalid(format!(
                        "containerPort must be between 1 and 65535; got {port}."
                    )));
                }
                let host = mapping.host_port.unwrap_or(0);
                if mode == "bridge" {
                    if host > 0 {
                        vec![host]
                    } else {
                        Vec::new()
                    }
                } else {
                    if host != 0 && host != port {
                        return Err(client(format!(
                            "When networkMode={mode}, the host ports and container ports in \
                             port mappings must match (container '{name}': hostPort {host}, \
                             containerPort {port})."
                        )));
                    }
                    vec![port]
                }
            }
            (None, Some(range)) => {
                let Some((first, last)) = parse_port_range(range) else {
                    return Err(invalid(format!(
                        "containerPortRange '{range}' must be 'first-last' with \
                         1 <= first < last <= 65535."
                    )));
                };
                if mapping.host_port.is_some() {
                    return Err(invalid(
                        "hostPort must not be specified with a containerPortRange.".to_string(),
                    ));
                }
                match mode {
                    // The agent picks dynamic host ports for a bridge-mode range.
                    "bridge" => Vec::new(),
                    "awsvpc" => (first..=last).collect(),
                    _ => {
                        return Err(invalid(format!(
                            "containerPortRange requires networkMode bridge or awsvpc, not \
                             {mode}."
                        )))
                    }
                }
            }
        };
        for port in fixed {
            if !host_ports.insert((protocol.clone(), port)) {
                return Err(invalid(format!(
                    "host port {port}/{protocol} is mapped more than once in the task \
                     definition."
                )));
            }
        }
    }
    Ok(())
}

/// `"8000-8100"` → (8000, 8100), with ECS's rules (1..=65535, first below last).
pub fn parse_port_range(range: &str) -> Option<(i32, i32)> {
    let (first, last) = range.split_once('-')?;
    let first: i32 = first.trim().parse().ok()?;
    let last: i32 = last.trim().parse().ok()?;
    (1 <= first && first < last && last <= 65535).then_some((first, last))
}

fn check_health_check(health: &wire::HealthCheck, name: &str) -> EcsResult<()> {
    let invalid = |detail: String| {
        client(format!(
            "Invalid 'healthCheck' setting for container '{name}': {detail}"
        ))
    };
    let command = health.command.as_deref().unwrap_or_default();
    let starts_right = matches!(
        command.first().map(String::as_str),
        Some("CMD") | Some("CMD-SHELL")
    );
    if !starts_right || command.len() < 2 {
        return Err(invalid(
            "command must start with CMD or CMD-SHELL, followed by the command to run.".to_string(),
        ));
    }
    for (field, value, (min, max), unit) in [
        ("interval", health.interval, HEALTH_INTERVAL, "seconds"),
        ("timeout", health.timeout, HEALTH_TIMEOUT, "seconds"),
        ("retries", health.retries, HEALTH_RETRIES, "retries"),
        (
            "startPeriod",
            health.start_period,
            HEALTH_START_PERIOD,
            "seconds",
        ),
    ] {
        if let Some(value) = value {
            if !(min..=max).contains(&value) {
                return Err(invalid(format!(
                    "{field} must be between {min} and {max} {unit}; got {value}."
                )));
            }
        }
    }
    Ok(())
}

/// The lifecycle's view of the containers, for the dependency checks it owns.
pub fn container_specs(containers: &[wire::ContainerDefinition]) -> Vec<ContainerSpec> {
    containers
        .iter()
        .map(|container| {
            let mut spec = ContainerSpec::new(container.name.clone().unwrap_or_default());
            spec.essential = container.essential != Some(false);
            spec.depends_on = container
                .depends_on
                .as_deref()
                .unwrap_or_default()
                .iter()
                .filter_map(|d| {
                    let condition = Condition::parse(d.condition.as_deref()?)?;
                    Some((d.container_name.clone()?, condition))
                })
                .collect();
            spec.links = container.links.clone().unwrap_or_default();
            spec.volumes_from = container
                .volumes_from
                .as_deref()
                .unwrap_or_default()
                .iter()
                .filter_map(|v| v.source_container.clone())
                .collect();
            spec.has_health_check = container.health_check.is_some();
            spec.stop_timeout_secs = container.stop_timeout.and_then(|t| u32::try_from(t).ok());
            spec.start_timeout_secs = container.start_timeout.and_then(|t| u32::try_from(t).ok());
            spec
        })
        .collect()
}

fn check_dependencies(containers: &[wire::ContainerDefinition]) -> EcsResult<()> {
    berth_lifecycle::validate(&container_specs(containers))
        .map_err(|e| client(format!("Invalid container dependency: {e}.")))
}

fn check_compatibilities(
    request: &wire::RegisterTaskDefinitionRequest,
    task_cpu: Option<i64>,
    task_memory: Option<i64>,
) -> EcsResult<()> {
    let required = request
        .requires_compatibilities
        .as_deref()
        .unwrap_or_default();
    if required.iter().any(|c| c == "FARGATE") {
        if let Some(reason) = fargate::incompatibility(request, task_cpu, task_memory) {
            return Err(client(reason));
        }
    }
    if required.iter().any(|c| c == "EXTERNAL") && network_mode(request) == "awsvpc" {
        return Err(client(
            "Task definitions for the EXTERNAL launch type do not support networkMode awsvpc.",
        ));
    }
    Ok(())
}

fn check_placement_constraints(request: &wire::RegisterTaskDefinitionRequest) -> EcsResult<()> {
    let constraints = request.placement_constraints.as_deref().unwrap_or_default();
    validate::at_most(
        "placementConstraints",
        constraints,
        MAX_PLACEMENT_CONSTRAINTS,
    )?;
    for constraint in constraints {
        let expression = constraint.expression.as_deref().unwrap_or("");
        if expression.trim().is_empty() {
            return Err(EcsError::invalid(
                "placementConstraints: a memberOf constraint needs an expression.",
            ));
        }
        berth_query::parse(expression).map_err(|e| {
            EcsError::invalid(format!(
                "placementConstraints expression '{expression}' is invalid: {e}"
            ))
        })?;
    }
    Ok(())
}

#[cfg(test)]
mod tests;
