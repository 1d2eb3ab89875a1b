//! From a [`TaskAssignment`] to a [`TaskPlan`]: the task definition's containers with RunTask
//! overrides applied, the lifecycle's view of them (`berth_lifecycle::ContainerSpec`), the
//! network mode, the task-level limits, and the deterministic Docker names and labels.
//!
//! Pure: no I/O, no clock. The control plane has validated the definition and the overrides, so
//! this module trusts their shape and only defends against what would make the agent misbehave
//! (missing names, unknown conditions are skipped). It must not know about Docker calls; the
//! runtime spec of each container is built by `container_spec`.

use std::collections::BTreeMap;

use berth_lifecycle::{Condition, ContainerSpec as LifecycleSpec, NetworkMode};
use berth_protocol::TaskAssignment;
use berth_wire::ecs as wire;

/// Labels on every container the agent creates; the agent never touches a container without
/// `com.berth.managed=true`.
pub mod labels {
    pub const MANAGED: &str = "com.berth.managed";
    pub const CLUSTER: &str = "com.berth.cluster";
    pub const TASK_ARN: &str = "com.berth.task-arn";
    pub const CONTAINER_NAME: &str = "com.berth.container-name";
    /// The labels the ECS agent sets, kept for tools written against ECS.
    pub const ECS_TASK_ARN: &str = "com.amazonaws.ecs.task-arn";
    pub const ECS_CONTAINER_NAME: &str = "com.amazonaws.ecs.container-name";
    pub const ECS_CLUSTER: &str = "com.amazonaws.ecs.cluster";
    pub const ECS_FAMILY: &str = "com.amazonaws.ecs.task-definition-family";
    pub const ECS_REVISION: &str = "com.amazonaws.ecs.task-definition-version";
}

/// The container name the pause container of an `awsvpc` task carries in its labels (the ECS
/// agent's internal name for it).
pub const PAUSE_CONTAINER_NAME: &str = "~internal~ecs~pause";

/// One container of the plan: its definition with overrides applied.
#[derive(Debug, Clone, PartialEq)]
pub struct ContainerPlan {
    pub name: String,
    /// The container definition after `containerOverrides`.
    pub definition: wire::ContainerDefinition,
    /// The Docker container name.
    pub docker_name: String,
    /// The container ARN the control plane assigned, if any.
    pub container_arn: Option<String>,
}

/// Everything the agent derives from an assignment before touching the runtime.
#[derive(Debug, Clone, PartialEq)]
pub struct TaskPlan {
    pub task_arn: String,
    pub cluster_arn: String,
    pub family: String,
    pub revision: i32,
    pub network_mode: NetworkMode,
    /// Task-level CPU units and memory MiB (after overrides), when set.
    pub task_cpu: Option<i64>,
    pub task_memory: Option<i64>,
    pub containers: Vec<ContainerPlan>,
    /// What the lifecycle needs, in the same order as `containers`.
    pub lifecycle: Vec<LifecycleSpec>,
    pub volumes: Vec<wire::Volume>,
    /// `pidMode` / `ipcMode` of the definition.
    pub pid_mode: Option<String>,
    pub ipc_mode: Option<String>,
    /// The Docker name of the pause container (awsvpc only).
    pub pause_docker_name: String,
}

impl TaskPlan {
    /// Builds the plan. `default_stop_timeout_secs` fills `stopTimeout` where the definition has
    /// none (the agent's configured `ECS_CONTAINER_STOP_TIMEOUT`).
    pub fn new(assignment: &TaskAssignment, default_stop_timeout_secs: u32) -> TaskPlan {
        let definition = &assignment.task_definition;
        let family = definition.family.clone().unwrap_or_default();
        let revision = definition.revision.unwrap_or(0);
        let suffix = name_suffix(&assignment.task_arn);
        let overrides: BTreeMap<&str, &wire::ContainerOverride> = assignment
            .overrides
            .container_overrides
            .as_deref()
            .unwrap_or_default()
            .iter()
            .filter_map(|o| Some((o.name.as_deref()?, o)))
            .collect();
        let containers: Vec<ContainerPlan> = definition
            .container_definitions
            .as_deref()
            .unwrap_or_default()
            .iter()
            .filter_map(|c| {
                let name = c.name.clone().filter(|n| !n.is_empty())?;
                let mut definition = c.clone();
                if let Some(o) = overrides.get(name.as_str()) {
                    apply_override(&mut definition, o);
                }
                Some(ContainerPlan {
                    docker_name: docker_name(&family, revision, &name, &suffix),
                    container_arn: assignment
                        .containers
                        .iter()
                        .find(|a| a.name == name)
                        .map(|a| a.container_arn.clone()),
                    name,
                    definition,
                })
            })
            .collect();
        let lifecycle = containers
            .iter()
            .map(|c| lifecycle_spec(&c.name, &c.definition, default_stop_timeout_secs))
            .collect();
        let parse_units = |text: Option<&String>| {
            text.and_then(|t| t.trim().parse::<i64>().ok())
                .filter(|v| *v > 0)
        };
        TaskPlan {
            task_arn: assignment.task_arn.clone(),
            cluster_arn: assignment.cluster_arn.clone(),
            network_mode: network_mode(definition.network_mode.as_deref()),
            // Task-level limits come from the definition or RunTask's overrides only: the
            // assignment's `cpu`/`memory` are what the control plane reserved (sums of soft
            // reservations when the definition has no task-level size), not limits.
            task_cpu: parse_units(
                assignment
                    .overrides
                    .cpu
                    .as_ref()
                    .or(definition.cpu.as_ref()),
            ),
            task_memory: parse_units(
                assignment
                    .overrides
                    .memory
                    .as_ref()
                    .or(definition.memory.as_ref()),
            ),
            pause_docker_name: docker_name(&family, revision, "internalecspause", &suffix),
            family,
            revision,
            containers,
            lifecycle,
            volumes: definition.volumes.clone().unwrap_or_default(),
            pid_mode: definition.pid_mode.clone(),
            ipc_mode: definition.ipc_mode.clone(),
        }
    }

    /// The task id: the last path segment of the ARN.
    pub fn task_id(&self) -> &str {
        task_id(&self.task_arn)
    }

    pub fn container(&self, name: &str) -> Option<&ContainerPlan> {
        self.containers.iter().find(|c| c.name == name)
    }

    /// The labels every container of this task carries (`container` is its name in the task).
    pub fn labels(&self, cluster: &str, container: &str) -> BTreeMap<String, String> {
        let mut out = BTreeMap::new();
        let mut put = |k: &str, v: &str| {
            out.insert(k.to_owned(), v.to_owned());
        };
        put(labels::MANAGED, "true");
        put(labels::CLUSTER, cluster);
        put(labels::TASK_ARN, &self.task_arn);
        put(labels::CONTAINER_NAME, container);
        put(labels::ECS_CLUSTER, cluster);
        put(labels::ECS_TASK_ARN, &self.task_arn);
        put(labels::ECS_CONTAINER_NAME, container);
        put(labels::ECS_FAMILY, &self.family);
        put(labels::ECS_REVISION, &self.revision.to_string());
        out
    }
}

/// The task id of a task ARN (`arn:...:task/cluster/abc` → `abc`).
pub fn task_id(task_arn: &str) -> &str {
    task_arn.rsplit('/').next().unwrap_or(task_arn)
}

/// The lifecycle's network mode for a definition's `networkMode` (bridge when absent, as ECS
/// defaults on Linux).
pub fn network_mode(text: Option<&str>) -> NetworkMode {
    match text {
        Some("host") => NetworkMode::Host,
        Some("awsvpc") => NetworkMode::Awsvpc,
        Some("none") => NetworkMode::None,
        _ => NetworkMode::Bridge,
    }
}

/// RunTask `containerOverrides` semantics: `command` replaces, `environment` entries replace by
/// name or are appended, `environmentFiles` are appended, sizes replace.
fn apply_override(definition: &mut wire::ContainerDefinition, o: &wire::ContainerOverride) {
    if let Some(command) = &o.command {
        definition.command = Some(command.clone());
    }
    if let Some(environment) = &o.environment {
        let env = definition.environment.get_or_insert_with(Vec::new);
        for pair in environment {
            match env.iter_mut().find(|p| p.name == pair.name) {
                Some(existing) => existing.value.clone_from(&pair.value),
                None => env.push(pair.clone()),
            }
        }
    }
    if let Some(files) = &o.environment_files {
        definition
            .environment_files
            .get_or_insert_with(Vec::new)
            .extend(files.iter().cloned());
    }
    if o.cpu.is_some() {
        definition.cpu = o.cpu;
    }
    if o.memory.is_some() {
        definition.memory = o.memory;
    }
    if o.memory_reservation.is_some() {
        definition.memory_reservation = o.memory_reservation;
    }
}

/// The lifecycle's view of one container definition.
fn lifecycle_spec(
    name: &str,
    c: &wire::ContainerDefinition,
    default_stop_timeout_secs: u32,
) -> LifecycleSpec {
    let positive = |v: Option<i32>| v.and_then(|v| u32::try_from(v).ok());
    LifecycleSpec {
        name: name.to_owned(),
        essential: c.essential.unwrap_or(true),
        depends_on: c
            .depends_on
            .as_deref()
            .unwrap_or_default()
            .iter()
            .filter_map(|d| {
                Some((
                    d.container_name.clone()?,
                    Condition::parse(d.condition.as_deref()?)?,
                ))
            })
            .collect(),
        links: c.links.clone().unwrap_or_default(),
        volumes_from: c
            .volumes_from
            .as_deref()
            .unwrap_or_default()
            .iter()
            .filter_map(|v| v.source_container.clone())
            .collect(),
        has_health_check: c
            .health_check
            .as_ref()
            .is_some_and(|h| h.command.as_ref().is_some_and(|c| !c.is_empty())),
        stop_timeout_secs: Some(positive(c.stop_timeout).unwrap_or(default_stop_timeout_secs)),
        start_timeout_secs: positive(c.start_timeout),
    }
}

/// A stable 16-hex-digit suffix from the task ARN: the ECS agent appends random hex to make
/// names unique; berth derives it so that a create retried after a crash collides with (and
/// then adopts) the container it already made instead of making a second one.
fn name_suffix(task_arn: &str) -> String {
    // FNV-1a, 64 bit: stable across builds and platforms, unlike `DefaultHasher`.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in task_arn.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{hash:016x}")
}

/// `ecs-<family>-<revision>-<container>-<suffix>`, the ECS agent's naming scheme, with any
/// character Docker refuses in a name replaced by `-`.
fn docker_name(family: &str, revision: i32, container: &str, suffix: &str) -> String {
    let clean = |s: &str| -> String {
        s.chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-') {
                    c
                } else {
                    '-'
                }
            })
            .collect()
    };
    format!(
        "ecs-{}-{revision}-{}-{suffix}",
        clean(family),
        clean(container)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testkit::assignment;

    fn container(name: &str) -> wire::ContainerDefinition {
        wire::ContainerDefinition {
            name: Some(name.into()),
            image: Some("berth-test:latest".into()),
            ..Default::default()
        }
    }

    #[test]
    fn overrides_replace_merge_and_append() {
        let mut app = container("app");
        app.command = Some(vec!["serve".into()]);
        app.cpu = Some(128);
        app.environment = Some(vec![
            wire::KeyValuePair {
                name: Some("A".into()),
                value: Some("1".into()),
            },
            wire::KeyValuePair {
                name: Some("B".into()),
                value: Some("2".into()),
            },
        ]);
        let mut a = assignment(wire::TaskDefinition {
            family: Some("web".into()),
            revision: Some(3),
            container_definitions: Some(vec![app, container("side")]),
            ..Default::default()
        });
        a.overrides.container_overrides = Some(vec![wire::ContainerOverride {
            name: Some("app".into()),
            command: Some(vec!["sleep".into(), "1".into()]),
            environment: Some(vec![
                wire::KeyValuePair {
                    name: Some("B".into()),
                    value: Some("two".into()),
                },
                wire::KeyValuePair {
                    name: Some("C".into()),
                    value: Some("3".into()),
                },
            ]),
            cpu: Some(256),
            memory: Some(64),
            memory_reservation: Some(32),
            ..Default::default()
        }]);
        a.overrides.memory = Some("512".into());
        let plan = TaskPlan::new(&a, 30);
        let app = &plan.containers[0].definition;
        assert_eq!(
            app.command.as_deref(),
            Some(&["sleep".to_owned(), "1".to_owned()][..])
        );
        let env: Vec<(String, String)> = app
            .environment
            .iter()
            .flatten()
            .map(|p| (p.name.clone().unwrap(), p.value.clone().unwrap()))
            .collect();
        assert_eq!(
            env,
            [
                ("A".into(), "1".into()),
                ("B".into(), "two".into()),
                ("C".into(), "3".into())
            ]
        );
        assert_eq!(
            (app.cpu, app.memory, app.memory_reservation),
            (Some(256), Some(64), Some(32))
        );
        assert_eq!(plan.task_memory, Some(512));
        assert_eq!(plan.task_cpu, None);
        // What the control plane reserved is not a limit.
        a.overrides.memory = None;
        a.memory = Some("96".into());
        assert_eq!(TaskPlan::new(&a, 30).task_memory, None);
        assert_eq!(plan.task_id(), "0123abcd");
        assert!(plan.containers[0].docker_name.starts_with("ecs-web-3-app-"));
        assert_eq!(
            plan.containers[0].docker_name.len(),
            "ecs-web-3-app-".len() + 16
        );
        assert!(plan.containers[1]
            .container_arn
            .as_deref()
            .unwrap()
            .ends_with("/side"));
        // The same ARN gives the same names (so a retried create collides instead of doubling).
        assert_eq!(
            TaskPlan::new(&a, 30).containers[0].docker_name,
            plan.containers[0].docker_name
        );
    }

    #[test]
    fn lifecycle_specs_follow_the_definition() {
        let mut app = container("app");
        app.essential = Some(false);
        app.depends_on = Some(vec![
            wire::ContainerDependency {
                container_name: Some("db".into()),
                condition: Some("HEALTHY".into()),
            },
            wire::ContainerDependency {
                container_name: Some("db".into()),
                condition: Some("BOGUS".into()),
            },
        ]);
        app.links = Some(vec!["db:database".into()]);
        app.volumes_from = Some(vec![wire::VolumeFrom {
            source_container: Some("data".into()),
            read_only: Some(true),
        }]);
        app.stop_timeout = Some(5);
        app.start_timeout = Some(60);
        let mut db = container("db");
        db.health_check = Some(wire::HealthCheck {
            command: Some(vec!["CMD".into(), "true".into()]),
            ..Default::default()
        });
        let plan = TaskPlan::new(
            &assignment(wire::TaskDefinition {
                network_mode: Some("awsvpc".into()),
                container_definitions: Some(vec![app, db, container("data")]),
                ..Default::default()
            }),
            42,
        );
        let app = &plan.lifecycle[0];
        assert!(!app.essential);
        assert_eq!(app.depends_on, [("db".to_owned(), Condition::Healthy)]);
        assert_eq!(app.links, ["db:database"]);
        assert_eq!(app.volumes_from, ["data"]);
        assert_eq!(
            (app.stop_timeout_secs, app.start_timeout_secs),
            (Some(5), Some(60))
        );
        assert!(plan.lifecycle[1].has_health_check);
        assert_eq!(plan.lifecycle[2].stop_timeout_secs, Some(42));
        assert_eq!(plan.network_mode, NetworkMode::Awsvpc);
        let labels = plan.labels("default", "app");
        assert_eq!(labels[labels::MANAGED], "true");
        assert_eq!(labels[labels::TASK_ARN], plan.task_arn);
        assert_eq!(labels[labels::CONTAINER_NAME], "app");
    }

    #[test]
    fn docker_names_are_cleaned() {
        assert_eq!(docker_name("a b", 1, "c/d", "00"), "ecs-a-b-1-c-d-00");
        assert_eq!(network_mode(None), NetworkMode::Bridge);
        assert_eq!(network_mode(Some("none")), NetworkMode::None);
    }
}
