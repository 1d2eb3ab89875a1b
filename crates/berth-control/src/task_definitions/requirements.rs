//! What one task of a registered definition needs from a container instance: CPU units, memory,
//! fixed host ports, required attributes and the network mode, with or without RunTask
//! `overrides`.
//!
//! The rules are ECS's: task-level `cpu`/`memory` win when set; otherwise the task reserves the
//! sum over its containers of `cpu`, and of `memoryReservation` (else `memory`). Host ports are
//! fixed `hostPort`s in bridge mode (a `hostPort` of 0 or none is dynamic and reserves nothing),
//! and the container ports themselves in host mode. An awsvpc task has a network namespace and
//! address of its own (its pause container's), so it takes no port on the instance, and neither
//! does a task with network mode none. Pure: reads a stored document only; placement itself is
//! the scheduler's.

use super::units;
use crate::error::{EcsError, EcsResult};
use berth_lifecycle::NetworkMode;
use berth_model::Resources;
use berth_wire::ecs as wire;
use std::collections::BTreeSet;

/// The resources and constraints of one task.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct TaskRequirements {
    /// CPU units.
    pub cpu: i64,
    /// MiB.
    pub memory: i64,
    pub host_ports_tcp: BTreeSet<u16>,
    pub host_ports_udp: BTreeSet<u16>,
    /// The definition's `requiresAttributes` names, in its order.
    pub required_attributes: Vec<String>,
    pub network_mode: NetworkMode,
}

impl TaskRequirements {
    /// The reservation to make on an instance.
    pub fn resources(&self) -> Resources {
        Resources {
            cpu: self.cpu,
            memory: self.memory,
            ports_tcp: self.host_ports_tcp.clone(),
            ports_udp: self.host_ports_udp.clone(),
        }
    }
}

/// The network mode of a stored definition (bridge when absent, as ECS defaults on Linux).
pub(crate) fn network_mode(def: &wire::TaskDefinition) -> NetworkMode {
    match def.network_mode.as_deref() {
        Some("host") => NetworkMode::Host,
        Some("awsvpc") => NetworkMode::Awsvpc,
        Some("none") => NetworkMode::None,
        _ => NetworkMode::Bridge,
    }
}

/// The requirements of a task of `def` without overrides.
pub(crate) fn task_requirements(def: &wire::TaskDefinition) -> TaskRequirements {
    let containers = def.container_definitions.as_deref().unwrap_or_default();
    let sizes: Vec<ContainerSize> = containers.iter().map(ContainerSize::of).collect();
    let task_cpu = def
        .cpu
        .as_deref()
        .and_then(|c| units::parse_task_cpu(c).ok());
    let task_memory = def
        .memory
        .as_deref()
        .and_then(|m| units::parse_task_memory(m).ok());
    assemble(def, &sizes, task_cpu, task_memory)
}

/// The requirements of a task of `def` run with RunTask/StartTask `overrides`: task-level
/// `cpu`/`memory` overrides, and per-container `cpu`/`memory`/`memoryReservation` overrides.
pub(crate) fn task_requirements_with_overrides(
    def: &wire::TaskDefinition,
    overrides: &wire::TaskOverride,
) -> EcsResult<TaskRequirements> {
    if overrides.cpu.is_none()
        && overrides.memory.is_none()
        && overrides
            .container_overrides
            .as_deref()
            .unwrap_or_default()
            .is_empty()
    {
        return Ok(task_requirements(def));
    }
    let containers = def.container_definitions.as_deref().unwrap_or_default();
    let mut sizes: Vec<ContainerSize> = containers.iter().map(ContainerSize::of).collect();
    for container_override in overrides.container_overrides.as_deref().unwrap_or_default() {
        let name = container_override.name.as_deref().unwrap_or("");
        let Some(index) = containers
            .iter()
            .position(|c| c.name.as_deref() == Some(name))
        else {
            return Err(EcsError::invalid(format!(
                "Override for container named {name} is not a container in the TaskDefinition."
            )));
        };
        for (field, value) in [
            ("cpu", container_override.cpu),
            ("memory", container_override.memory),
            ("memoryReservation", container_override.memory_reservation),
        ] {
            if value.is_some_and(|v| v < 0) {
                return Err(EcsError::invalid(format!(
                    "containerOverrides[{name}].{field} must not be negative."
                )));
            }
        }
        let size = &mut sizes[index];
        if let Some(cpu) = container_override.cpu {
            size.cpu = i64::from(cpu);
        }
        if let Some(memory) = container_override.memory {
            size.memory = Some(i64::from(memory));
        }
        if let Some(reservation) = container_override.memory_reservation {
            size.memory_reservation = Some(i64::from(reservation));
        }
    }
    let task_cpu = match overrides.cpu.as_deref() {
        Some(text) => Some(
            units::parse_task_cpu(text)
                .map_err(|e| EcsError::invalid(format!("overrides.cpu is invalid: {e}.")))?,
        ),
        None => def
            .cpu
            .as_deref()
            .and_then(|c| units::parse_task_cpu(c).ok()),
    };
    let task_memory = match overrides.memory.as_deref() {
        Some(text) => Some(
            units::parse_task_memory(text)
                .map_err(|e| EcsError::invalid(format!("overrides.memory is invalid: {e}.")))?,
        ),
        None => def
            .memory
            .as_deref()
            .and_then(|m| units::parse_task_memory(m).ok()),
    };
    Ok(assemble(def, &sizes, task_cpu, task_memory))
}

/// One container's share of the task, before task-level values are considered.
#[derive(Debug, Clone)]
struct ContainerSize {
    cpu: i64,
    memory: Option<i64>,
    memory_reservation: Option<i64>,
}

impl ContainerSize {
    fn of(container: &wire::ContainerDefinition) -> ContainerSize {
        ContainerSize {
            cpu: i64::from(container.cpu.unwrap_or(0).max(0)),
            memory: container.memory.map(i64::from),
            memory_reservation: container.memory_reservation.map(i64::from),
        }
    }

    /// What the container reserves on an instance: the soft limit when set, else the hard one.
    fn reserved_memory(&self) -> i64 {
        self.memory_reservation.or(self.memory).unwrap_or(0).max(0)
    }
}

fn assemble(
    def: &wire::TaskDefinition,
    sizes: &[ContainerSize],
    task_cpu: Option<i64>,
    task_memory: Option<i64>,
) -> TaskRequirements {
    let mode = network_mode(def);
    let (host_ports_tcp, host_ports_udp) = host_ports(def, mode);
    TaskRequirements {
        cpu: task_cpu.unwrap_or_else(|| sizes.iter().map(|s| s.cpu).sum()),
        memory: task_memory
            .unwrap_or_else(|| sizes.iter().map(ContainerSize::reserved_memory).sum()),
        host_ports_tcp,
        host_ports_udp,
        required_attributes: def
            .requires_attributes
            .as_deref()
            .unwrap_or_default()
            .iter()
            .filter_map(|a| a.name.clone())
            .collect(),
        network_mode: mode,
    }
}

/// Fixed host ports per protocol (tcp, udp).
fn host_ports(def: &wire::TaskDefinition, mode: NetworkMode) -> (BTreeSet<u16>, BTreeSet<u16>) {
    let (mut tcp, mut udp) = (BTreeSet::new(), BTreeSet::new());
    if matches!(mode, NetworkMode::None | NetworkMode::Awsvpc) {
        return (tcp, udp);
    }
    for container in def.container_definitions.as_deref().unwrap_or_default() {
        for mapping in container.port_mappings.as_deref().unwrap_or_default() {
            let ports: Vec<i32> = match (mode, mapping.container_port) {
                (NetworkMode::Bridge, _) => {
                    mapping.host_port.filter(|&p| p > 0).into_iter().collect()
                }
                (_, Some(port)) => vec![port],
                (_, None) => Vec::new(),
            };
            let set = if mapping.protocol.as_deref() == Some("udp") {
                &mut udp
            } else {
                &mut tcp
            };
            set.extend(ports.into_iter().filter_map(|p| u16::try_from(p).ok()));
        }
    }
    (tcp, udp)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{json, Value};

    fn definition(value: Value) -> wire::TaskDefinition {
        serde_json::from_value(value).expect("wire shape")
    }

    fn ports(list: &[u16]) -> BTreeSet<u16> {
        list.iter().copied().collect()
    }

    #[test]
    fn task_level_values_win() {
        let def = definition(json!({
            "cpu": "1024", "memory": "2048",
            "containerDefinitions": [{"name": "a", "cpu": 10, "memory": 100}]
        }));
        let needs = task_requirements(&def);
        assert_eq!((needs.cpu, needs.memory), (1024, 2048));
        assert_eq!(needs.network_mode, NetworkMode::Bridge);
    }

    #[test]
    fn container_sums_use_the_reservation_first() {
        let def = definition(json!({
            "containerDefinitions": [
                {"name": "a", "cpu": 100, "memory": 512, "memoryReservation": 128},
                {"name": "b", "cpu": 50, "memory": 256},
                {"name": "c", "memoryReservation": 64}
            ],
            "requiresAttributes": [{"name": "ecs.capability.task-eni"}]
        }));
        let needs = task_requirements(&def);
        assert_eq!((needs.cpu, needs.memory), (150, 128 + 256 + 64));
        assert_eq!(needs.required_attributes, ["ecs.capability.task-eni"]);
        assert_eq!(needs.resources().memory, 448);
    }

    #[test]
    fn host_ports_per_network_mode() {
        let containers = json!([
            {"name": "a", "portMappings": [
                {"containerPort": 80, "hostPort": 8080},
                {"containerPort": 81},
                {"containerPort": 82, "hostPort": 0},
                {"containerPort": 53, "hostPort": 5353, "protocol": "udp"}
            ]},
            {"name": "b", "portMappings": [{"containerPortRange": "9000-9002"}]}
        ]);
        let needs = |mode: Option<&str>| {
            let mut value = json!({"containerDefinitions": containers.clone()});
            if let Some(mode) = mode {
                value["networkMode"] = json!(mode);
            }
            task_requirements(&definition(value))
        };
        let bridge = needs(None);
        assert_eq!(bridge.host_ports_tcp, ports(&[8080]));
        assert_eq!(bridge.host_ports_udp, ports(&[5353]));
        let host = needs(Some("host"));
        assert_eq!(host.host_ports_tcp, ports(&[80, 81, 82]));
        assert_eq!(host.host_ports_udp, ports(&[53]));
        assert_eq!(host.network_mode, NetworkMode::Host);
        // An awsvpc task listens on its own address: nothing is taken on the instance.
        let awsvpc = needs(Some("awsvpc"));
        assert!(awsvpc.host_ports_tcp.is_empty() && awsvpc.host_ports_udp.is_empty());
        let none = needs(Some("none"));
        assert!(none.host_ports_tcp.is_empty() && none.host_ports_udp.is_empty());
        assert_eq!(none.network_mode, NetworkMode::None);
    }

    #[test]
    fn overrides_replace_task_and_container_values() {
        let def = definition(json!({
            "containerDefinitions": [
                {"name": "a", "cpu": 100, "memory": 512},
                {"name": "b", "cpu": 50, "memory": 256, "memoryReservation": 128}
            ]
        }));
        let overrides = |value: Value| -> wire::TaskOverride {
            serde_json::from_value(value).expect("wire shape")
        };
        let needs = task_requirements_with_overrides(&def, &overrides(json!({}))).expect("ok");
        assert_eq!((needs.cpu, needs.memory), (150, 640));
        let needs = task_requirements_with_overrides(
            &def,
            &overrides(json!({"containerOverrides": [
                {"name": "a", "cpu": 200, "memoryReservation": 300},
                {"name": "b", "memory": 1024}
            ]})),
        )
        .expect("ok");
        // b keeps its reservation (128) although its hard limit changed.
        assert_eq!((needs.cpu, needs.memory), (250, 300 + 128));
        let needs = task_requirements_with_overrides(
            &def,
            &overrides(json!({"cpu": "2 vCPU", "memory": "4GB"})),
        )
        .expect("ok");
        assert_eq!((needs.cpu, needs.memory), (2048, 4096));
        for (value, needle) in [
            (
                json!({"containerOverrides": [{"name": "ghost", "cpu": 1}]}),
                "Override for container named ghost",
            ),
            (
                json!({"containerOverrides": [{"name": "a", "memory": -1}]}),
                "must not be negative",
            ),
            (json!({"cpu": "lots"}), "overrides.cpu"),
            (json!({"memory": "1 TB"}), "overrides.memory"),
        ] {
            let error =
                task_requirements_with_overrides(&def, &overrides(value)).expect_err(needle);
            assert_eq!(error.code(), "InvalidParameterException");
            assert!(error.to_string().contains(needle), "{error}");
        }
    }
}
