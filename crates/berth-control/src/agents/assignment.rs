//! The pure part of pushing tasks to an agent: which tasks an instance's snapshot lists, how a
//! task record becomes a protocol [`TaskAssignment`], and which later record changes are worth a
//! `TaskUpdate` (deduplication by the record's `version`).
//!
//! No I/O here: the session (`session.rs`) reads the store and calls these functions. This module
//! must not decide anything about a task's lifecycle; it only reports the control plane's desired
//! state.

use crate::records::TaskRecord;
use berth_model::TaskStatus;
use berth_protocol::{ContainerAssignment, TaskAssignment};
use berth_wire::ecs as wire;

/// The attachment type ECS gives an awsvpc task's network interface.
const ENI_ATTACHMENT: &str = "ElasticNetworkInterface";
/// The attachment detail that names the interface's subnet.
const SUBNET_DETAIL: &str = "subnetId";

/// Whether the task is placed on the instance with id `instance_id`.
pub(crate) fn on_instance(task: &TaskRecord, instance_id: &str) -> bool {
    task.container_instance_id.as_deref() == Some(instance_id)
}

/// Whether a full `TaskList` for the instance includes the task: everything placed there whose
/// last status is not STOPPED, whatever its desired status (a desired-STOPPED task is listed so
/// that the agent stops it; a STOPPED one is absent, which also means "stop it" to the agent).
pub(crate) fn in_task_list(task: &TaskRecord, instance_id: &str) -> bool {
    on_instance(task, instance_id) && !task.last_status.is_stopped()
}

/// What a session remembers of one task of its instance, to deduplicate pushes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Seen {
    pub version: i64,
    pub desired: TaskStatus,
    /// Whether the agent has been told about the task (in a `TaskList` or a `TaskUpdate`).
    pub sent: bool,
}

impl Seen {
    /// What a snapshot records for a task of the instance.
    pub(crate) fn from_snapshot(task: &TaskRecord) -> Seen {
        Seen {
            version: task.version,
            desired: task.desired_status,
            sent: !task.last_status.is_stopped(),
        }
    }
}

/// Decides whether a changed record of a task on the instance is pushed, and what the session
/// remembers afterwards.
///
/// A record no newer than what the session already has (same version and desired status, or an
/// older version replayed by the watch after a paged snapshot) is skipped. A task the agent never
/// heard of is pushed only while it is not STOPPED: a task the control plane placed and stopped
/// entirely on its own is of no interest to the agent. Once the agent knows a task, every newer
/// version is pushed, so the agent also learns of its end.
pub(crate) fn next_push(previous: Option<&Seen>, task: &TaskRecord) -> (bool, Seen) {
    if let Some(previous) = previous {
        let stale = task.version < previous.version
            || (task.version == previous.version && task.desired_status == previous.desired);
        if stale {
            return (false, previous.clone());
        }
    }
    let agent_knows = previous.is_some_and(|p| p.sent);
    let send = agent_knows || !task.last_status.is_stopped();
    let seen = Seen {
        version: task.version,
        desired: task.desired_status,
        sent: agent_knows || send,
    };
    (send, seen)
}

/// The network configuration the task was launched with, as far as the record keeps it: the
/// subnet of its network interface attachment (awsvpc tasks only).
pub(crate) fn network_configuration(task: &TaskRecord) -> Option<wire::NetworkConfiguration> {
    if task.network_configuration.is_some() {
        return task.network_configuration.clone();
    }
    // Records written before the configuration was kept: the subnet from the attachment.
    let subnets: Vec<String> = task
        .attachments
        .iter()
        .filter(|a| a.r#type.as_deref() == Some(ENI_ATTACHMENT))
        .flat_map(|a| a.details.iter().flatten())
        .filter(|d| d.name.as_deref() == Some(SUBNET_DETAIL))
        .filter_map(|d| d.value.clone())
        .collect();
    if subnets.is_empty() {
        return None;
    }
    Some(wire::NetworkConfiguration {
        awsvpc_configuration: Some(wire::AwsVpcConfiguration {
            subnets: Some(subnets),
            ..Default::default()
        }),
    })
}

/// The definition to send when the task's revision cannot be read any more (deleted): enough for
/// the agent to identify and stop the task, which is all a task of a deleted revision can need.
pub(crate) fn placeholder_definition(task: &TaskRecord) -> wire::TaskDefinition {
    wire::TaskDefinition {
        task_definition_arn: Some(task.task_definition_arn.clone()),
        ..Default::default()
    }
}

/// The assignment for a task record and its task definition.
pub(crate) fn assignment(task: &TaskRecord, definition: wire::TaskDefinition) -> TaskAssignment {
    TaskAssignment {
        task_arn: task.arn.clone(),
        cluster_arn: task.cluster_arn.clone(),
        version: task.version,
        desired_status: task.desired_status,
        task_definition: definition,
        overrides: task.overrides.clone(),
        containers: task
            .containers
            .iter()
            .map(|c| ContainerAssignment {
                name: c.name.clone(),
                container_arn: c.arn.clone(),
            })
            .collect(),
        launch_type: task.launch_type.clone(),
        cpu: task.cpu.clone(),
        memory: task.memory.clone(),
        network_configuration: network_configuration(task),
        stop_code: task.stop_code.map(|code| code.as_str().to_string()),
        stopped_reason: task.stopped_reason.clone(),
        created_at: task.created_at,
        group: task.group.clone(),
        started_by: task.started_by.clone(),
        availability_zone: task.availability_zone.clone(),
        tags: task
            .tags
            .iter()
            .map(|(key, value)| wire::Tag {
                key: Some(key.clone()),
                value: Some(value.clone()),
            })
            .collect(),
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::records::ContainerRecord;
    use berth_model::{HealthStatus, Resources, StopCode};

    /// A task on instance `i-1` with the given statuses and version.
    pub(crate) fn task(last: TaskStatus, desired: TaskStatus, version: i64) -> TaskRecord {
        TaskRecord {
            arn: "arn:aws:ecs:us-east-1:123456789012:task/c/t1".into(),
            id: "t1".into(),
            cluster: "c".into(),
            cluster_arn: "arn:aws:ecs:us-east-1:123456789012:cluster/c".into(),
            task_definition_arn: "arn:aws:ecs:us-east-1:123456789012:task-definition/web:3".into(),
            container_instance_arn: Some(
                "arn:aws:ecs:us-east-1:123456789012:container-instance/c/i-1".into(),
            ),
            container_instance_id: Some("i-1".into()),
            group: Some("family:web".into()),
            started_by: Some("me".into()),
            launch_type: Some("EC2".into()),
            capacity_provider_name: None,
            desired_status: desired,
            last_status: last,
            containers: vec![ContainerRecord {
                name: "app".into(),
                arn: "arn:aws:ecs:us-east-1:123456789012:container/c/t1/app".into(),
                image: Some("busybox".into()),
                image_digest: None,
                runtime_id: None,
                last_status: "PENDING".into(),
                exit_code: None,
                reason: None,
                network_bindings: vec![],
                network_interfaces: vec![],
                health_status: HealthStatus::Unknown,
                cpu: None,
                memory: None,
                memory_reservation: None,
                essential: true,
            }],
            overrides: wire::TaskOverride {
                cpu: Some("256".into()),
                ..Default::default()
            },
            cpu: Some("256".into()),
            memory: Some("512".into()),
            reserved: Resources::default(),
            holds_reservation: true,
            tags: [("team".to_string(), "a".to_string())]
                .into_iter()
                .collect(),
            created_at: 1_700_000_000.5,
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
            version,
            enable_execute_command: false,
            availability_zone: Some("us-east-1a".into()),
            attachments: vec![],
            attributes: vec![],
            platform_version: None,
            platform_family: None,
            ephemeral_storage: None,
            propagate_tags: None,
            client_token: None,
            network_configuration: None,
        }
    }

    use TaskStatus::{Pending, Running, Stopped};

    #[test]
    fn assignment_carries_the_desired_state() {
        let mut record = task(Running, Stopped, 4);
        record.stop_code = Some(StopCode::UserInitiated);
        record.stopped_reason = Some("bye".into());
        let definition = wire::TaskDefinition {
            family: Some("web".into()),
            ..Default::default()
        };
        let out = assignment(&record, definition.clone());
        assert_eq!(out.task_arn, record.arn);
        assert_eq!(out.cluster_arn, record.cluster_arn);
        assert_eq!(out.version, 4);
        assert_eq!(out.desired_status, Stopped);
        assert_eq!(out.task_definition, definition);
        assert_eq!(out.overrides.cpu.as_deref(), Some("256"));
        assert_eq!(
            out.containers,
            vec![ContainerAssignment {
                name: "app".into(),
                container_arn: "arn:aws:ecs:us-east-1:123456789012:container/c/t1/app".into(),
            }]
        );
        assert_eq!(out.launch_type.as_deref(), Some("EC2"));
        assert_eq!(
            (out.cpu.as_deref(), out.memory.as_deref()),
            (Some("256"), Some("512"))
        );
        assert_eq!(out.stop_code.as_deref(), Some("UserInitiated"));
        assert_eq!(out.stopped_reason.as_deref(), Some("bye"));
        assert_eq!(out.created_at, 1_700_000_000.5);
        assert_eq!(out.group.as_deref(), Some("family:web"));
        assert_eq!(out.started_by.as_deref(), Some("me"));
        assert_eq!(out.availability_zone.as_deref(), Some("us-east-1a"));
        assert_eq!(out.tags.len(), 1);
        assert_eq!(out.tags[0].key.as_deref(), Some("team"));
        assert_eq!(out.network_configuration, None);
        // The assignment goes over the wire as JSON and must come back unchanged.
        let text = serde_json::to_string(&out).expect("encodes");
        let back: TaskAssignment = serde_json::from_str(&text).expect("decodes");
        assert_eq!(back, out);
    }

    #[test]
    fn awsvpc_subnet_comes_from_the_attachment() {
        let mut record = task(Pending, Running, 1);
        record.attachments = vec![
            wire::Attachment {
                r#type: Some("Other".into()),
                details: Some(vec![wire::KeyValuePair {
                    name: Some("subnetId".into()),
                    value: Some("ignored".into()),
                }]),
                ..Default::default()
            },
            wire::Attachment {
                r#type: Some("ElasticNetworkInterface".into()),
                details: Some(vec![wire::KeyValuePair {
                    name: Some("subnetId".into()),
                    value: Some("subnet-1".into()),
                }]),
                ..Default::default()
            },
        ];
        let network = network_configuration(&record).expect("awsvpc task");
        let awsvpc = network.awsvpc_configuration.expect("awsvpc part");
        assert_eq!(awsvpc.subnets, Some(vec!["subnet-1".to_string()]));
    }

    #[test]
    fn task_list_membership() {
        let cases = [
            (Pending, Running, Some("i-1"), true),
            (Running, Running, Some("i-1"), true),
            (Running, Stopped, Some("i-1"), true),
            (Stopped, Stopped, Some("i-1"), false),
            (Running, Running, Some("i-2"), false),
            (Running, Running, None, false),
        ];
        for (last, desired, instance, want) in cases {
            let mut record = task(last, desired, 1);
            record.container_instance_id = instance.map(str::to_string);
            assert_eq!(
                in_task_list(&record, "i-1"),
                want,
                "{last} / {desired} on {instance:?}"
            );
        }
    }

    #[test]
    fn push_decisions() {
        let seen = |version, desired, sent| Seen {
            version,
            desired,
            sent,
        };
        // (what the session has, the record's last, desired, version) → (push?, sent after)
        let cases = [
            ("new task is pushed", None, Pending, Running, 1, true, true),
            (
                "unknown task already STOPPED is not",
                None,
                Stopped,
                Stopped,
                3,
                false,
                false,
            ),
            (
                "same version is a duplicate",
                Some(seen(2, Running, true)),
                Running,
                Running,
                2,
                false,
                true,
            ),
            (
                "older version replayed by the watch",
                Some(seen(5, Stopped, true)),
                Running,
                Running,
                4,
                false,
                true,
            ),
            (
                "newer version is pushed",
                Some(seen(2, Running, true)),
                Running,
                Running,
                3,
                true,
                true,
            ),
            (
                "stop request is pushed",
                Some(seen(2, Running, true)),
                Running,
                Stopped,
                3,
                true,
                true,
            ),
            (
                "end of a known task is pushed",
                Some(seen(3, Stopped, true)),
                Stopped,
                Stopped,
                4,
                true,
                true,
            ),
            (
                "a stopped task never sent stays unsent",
                Some(seen(3, Stopped, false)),
                Stopped,
                Stopped,
                4,
                false,
                false,
            ),
        ];
        for (name, previous, last, desired, version, push, sent) in cases {
            let record = task(last, desired, version);
            let (decision, after) = next_push(previous.as_ref(), &record);
            assert_eq!(decision, push, "{name}");
            assert_eq!(after.sent, sent, "{name}");
            assert!(after.version >= version.min(previous.map_or(0, |p| p.version)));
        }
    }

    proptest::proptest! {
        /// Whatever order the watch replays versions in, a push never goes backwards and the
        /// highest version of a live task is always delivered.
        #[test]
        fn pushes_are_monotonic(versions in proptest::collection::vec(1i64..20, 1..30)) {
            let mut seen: Option<Seen> = None;
            let mut pushed: Vec<i64> = Vec::new();
            for version in &versions {
                let record = task(Running, Running, *version);
                let (push, next) = next_push(seen.as_ref(), &record);
                if push {
                    pushed.push(*version);
                }
                seen = Some(next);
            }
            proptest::prop_assert!(pushed.windows(2).all(|w| w[0] < w[1]));
            let max = versions.iter().copied().max().unwrap_or(0);
            proptest::prop_assert_eq!(pushed.last().copied(), Some(max));
        }
    }
}
