//! Pure conversions for container instances: wire resources and identity documents into record
//! fields, records into the `ContainerInstance` wire shape and the scheduler's `InstanceView`,
//! instance references (id or ARN) into ids, and the attribute naming rules.
//!
//! Everything here is pure (no store, no clock); the handlers in `instances.rs` and
//! `attributes.rs` call it. It must not read or write records.

use crate::error::{EcsError, EcsResult};
use crate::records::ContainerInstanceRecord;
use crate::validate;
use berth_model::{Arn, ResourceKind, Resources, Scope};
use berth_scheduler::{InstanceStatus, InstanceView};
use berth_wire::ecs as wire;
use berth_wire::Timestamp;
use std::collections::{BTreeMap, BTreeSet};

/// ECS's limit on custom attributes per resource (`AttributeLimitExceededException`).
pub const MAX_CUSTOM_ATTRIBUTES: usize = 10;
/// ECS's limit on attribute names and values, in characters.
const MAX_ATTRIBUTE_LENGTH: usize = 128;

/// Built-in attributes a registration gets unless the caller sends its own value: berth's agent
/// runs Linux containers, and ECS reports these for every Linux container instance.
pub const DEFAULT_ATTRIBUTES: &[(&str, &str)] = &[
    ("ecs.os-type", "linux"),
    ("ecs.os-family", "LINUX"),
    ("ecs.cpu-architecture", "x86_64"),
];
pub const ATTRIBUTE_AVAILABILITY_ZONE: &str = "ecs.availability-zone";
pub const ATTRIBUTE_INSTANCE_TYPE: &str = "ecs.instance-type";

/// Whether an attribute is a custom one (counted against [`MAX_CUSTOM_ATTRIBUTES`]) rather than
/// one ECS or its agent sets (`ecs.*`, `com.amazonaws.ecs.*` capabilities).
pub fn is_custom_attribute(name: &str) -> bool {
    !name.starts_with("ecs.") && !name.starts_with("com.amazonaws.ecs.")
}

/// The custom attributes of an attribute map.
pub fn custom_attribute_count(attributes: &BTreeMap<String, Option<String>>) -> usize {
    attributes
        .keys()
        .filter(|name| is_custom_attribute(name))
        .count()
}

/// ECS's rule for attribute names: 1–128 letters, digits, `-`, `_`, `/`, `\` or `.`.
pub fn attribute_name(name: &str) -> EcsResult<()> {
    let ok = !name.is_empty()
        && name.chars().count() <= MAX_ATTRIBUTE_LENGTH
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_/\\.".contains(c));
    if ok {
        Ok(())
    } else {
        Err(EcsError::invalid(format!(
            "Attribute name '{name}' is invalid: names must be 1 to 128 characters of letters, \
             numbers, hyphens, underscores, forward slashes, back slashes, or periods."
        )))
    }
}

/// ECS's rule for attribute values: 1–128 letters, digits, `-`, `_`, `.`, `@`, `/`, `\`, `:` or
/// spaces, not starting or ending with a space.
pub fn attribute_value(name: &str, value: &str) -> EcsResult<()> {
    let ok = !value.is_empty()
        && value.chars().count() <= MAX_ATTRIBUTE_LENGTH
        && !value.starts_with(' ')
        && !value.ends_with(' ')
        && value
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_.@/\\: ".contains(c));
    if ok {
        Ok(())
    } else {
        Err(EcsError::invalid(format!(
            "Attribute value '{value}' of attribute '{name}' is invalid: values must be 1 to 128 \
             characters of letters, numbers, hyphens, underscores, periods, at signs, forward \
             slashes, back slashes, colons, or spaces, and cannot start or end with a space."
        )))
    }
}

/// Validates a wire attribute's name and (optional) value.
pub fn checked_attribute(attribute: &wire::Attribute) -> EcsResult<(String, Option<String>)> {
    let name = attribute.name.as_deref().unwrap_or("");
    attribute_name(name)?;
    if let Some(value) = attribute.value.as_deref() {
        attribute_value(name, value)?;
    }
    Ok((name.to_string(), attribute.value.clone()))
}

/// The fields berth reads from an EC2 instance identity document.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct IdentityDocument {
    pub instance_id: Option<String>,
    pub availability_zone: Option<String>,
    pub instance_type: Option<String>,
    pub region: Option<String>,
}

/// Reads `instanceIdentityDocument`. An absent or blank document is fine (hosts outside EC2 have
/// none) and so are missing fields; a document that is present but not a JSON object is not.
/// The signature is not verified: berth has no EC2 to vouch for it.
pub fn identity_document(text: Option<&str>) -> EcsResult<IdentityDocument> {
    let Some(text) = text.filter(|t| !t.trim().is_empty()) else {
        return Ok(IdentityDocument::default());
    };
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| {
        EcsError::invalid(format!(
            "instanceIdentityDocument is invalid: it must be the instance identity document \
             JSON ({e})."
        ))
    })?;
    let Some(object) = value.as_object() else {
        return Err(EcsError::invalid(
            "instanceIdentityDocument is invalid: it must be a JSON object.",
        ));
    };
    let field = |name: &str| {
        object
            .get(name)
            .and_then(serde_json::Value::as_str)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
    };
    Ok(IdentityDocument {
        instance_id: field("instanceId"),
        availability_zone: field("availabilityZone"),
        instance_type: field("instanceType"),
        region: field("region"),
    })
}

/// Registered resources: CPU/MEMORY/PORTS/PORTS_UDP typed, everything else kept verbatim.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RegisteredResources {
    pub resources: Resources,
    pub other: Vec<wire::Resource>,
}

fn integer_resource(resource: &wire::Resource, name: &str) -> EcsResult<i64> {
    #[allow(clippy::cast_possible_truncation)]
    let value = resource
        .integer_value
        .map(i64::from)
        .or(resource.long_value)
        .or(resource
            .double_value
            .filter(|v| v.is_finite())
            .map(|v| v as i64))
        .ok_or_else(|| {
            EcsError::invalid(format!(
                "totalResources {name} is invalid: it needs an integerValue."
            ))
        })?;
    if value < 0 {
        return Err(EcsError::invalid(format!(
            "totalResources {name} is invalid: {value} is negative."
        )));
    }
    Ok(value)
}

fn port_set(resource: &wire::Resource, name: &str) -> EcsResult<BTreeSet<u16>> {
    resource
        .string_set_value
        .as_deref()
        .unwrap_or_default()
        .iter()
        .map(|text| {
            text.trim().parse::<u16>().map_err(|_| {
                EcsError::invalid(format!(
                    "totalResources {name} is invalid: '{text}' is not a port number (0-65535)."
                ))
            })
        })
        .collect()
}

/// Reads `totalResources`. Ports listed under PORTS/PORTS_UDP are the host ports the agent
/// reserves, i.e. ports that are *not* available to tasks. A later duplicate wins.
pub fn registered_resources(list: &[wire::Resource]) -> EcsResult<RegisteredResources> {
    let mut out = RegisteredResources::default();
    for (index, resource) in list.iter().enumerate() {
        let name = resource.name.as_deref().unwrap_or("");
        match name {
            "" => {
                return Err(EcsError::invalid(format!(
                    "totalResources[{index}].name is required."
                )))
            }
            "CPU" => out.resources.cpu = integer_resource(resource, name)?,
            "MEMORY" => out.resources.memory = integer_resource(resource, name)?,
            "PORTS" => out.resources.ports_tcp = port_set(resource, name)?,
            "PORTS_UDP" => out.resources.ports_udp = port_set(resource, name)?,
            _ => {
                out.other.retain(|r| r.name.as_deref() != Some(name));
                out.other.push(resource.clone());
            }
        }
    }
    Ok(out)
}

/// What remains after a re-registration changes the registered resources: whatever tasks hold
/// now (`registered - remaining` for CPU/memory, the ports taken beyond the agent's reserved
/// ones) stays held against the new totals.
pub fn reregistered_remaining(
    old_registered: &Resources,
    old_remaining: &Resources,
    new_registered: &Resources,
) -> Resources {
    let held_by_tasks = Resources {
        cpu: old_registered.cpu.saturating_sub(old_remaining.cpu).max(0),
        memory: old_registered
            .memory
            .saturating_sub(old_remaining.memory)
            .max(0),
        ports_tcp: old_remaining
            .ports_tcp
            .difference(&old_registered.ports_tcp)
            .copied()
            .collect(),
        ports_udp: old_remaining
            .ports_udp
            .difference(&old_registered.ports_udp)
            .copied()
            .collect(),
    };
    new_registered.reserve(&held_by_tasks)
}

fn wire_integer(name: &str, value: i64) -> wire::Resource {
    wire::Resource {
        name: Some(name.to_string()),
        r#type: Some("INTEGER".into()),
        double_value: Some(0.0),
        long_value: Some(0),
        integer_value: Some(clamp_i32(value)),
        string_set_value: None,
    }
}

fn wire_ports(name: &str, ports: &BTreeSet<u16>) -> wire::Resource {
    wire::Resource {
        name: Some(name.to_string()),
        r#type: Some("STRINGSET".into()),
        double_value: Some(0.0),
        long_value: Some(0),
        integer_value: Some(0),
        string_set_value: Some(ports.iter().map(u16::to_string).collect()),
    }
}

/// Resources on the wire as ECS lists them: CPU, MEMORY, PORTS, PORTS_UDP, then the others.
pub fn wire_resources(resources: &Resources, other: &[wire::Resource]) -> Vec<wire::Resource> {
    let mut out = vec![
        wire_integer("CPU", resources.cpu),
        wire_integer("MEMORY", resources.memory),
        wire_ports("PORTS", &resources.ports_tcp),
        wire_ports("PORTS_UDP", &resources.ports_udp),
    ];
    out.extend(other.iter().cloned());
    out
}

fn clamp_i32(value: i64) -> i32 {
    i32::try_from(value).unwrap_or(if value < 0 { i32::MIN } else { i32::MAX })
}

fn timestamp(secs: f64) -> Option<Timestamp> {
    Timestamp::from_unix_seconds_f64(secs).ok()
}

/// Whether ECS reports the instance's agent as connected. A deregistered instance's agent no
/// longer has a session with the cluster, whatever was last recorded.
pub fn reported_agent_connected(record: &ContainerInstanceRecord) -> bool {
    record.status != "INACTIVE" && record.agent_connected()
}

/// The instance's health as `include=CONTAINER_INSTANCE_HEALTH` reports it. berth tracks no
/// separate runtime health check: the container runtime is OK while the agent is connected, and
/// there is no data otherwise.
fn health_status(record: &ContainerInstanceRecord) -> wire::ContainerInstanceHealthStatus {
    let state = if reported_agent_connected(record) {
        "OK"
    } else {
        "INSUFFICIENT_DATA"
    };
    let last_updated = record
        .agent
        .as_ref()
        .map_or(record.registered_at, |session| session.last_seen_at);
    wire::ContainerInstanceHealthStatus {
        overall_status: Some(state.into()),
        details: Some(vec![wire::InstanceHealthCheckResult {
            r#type: Some("CONTAINER_RUNTIME".into()),
            status: Some(state.into()),
            status_reason: None,
            last_updated: timestamp(last_updated),
            last_status_change: timestamp(record.registered_at),
        }]),
    }
}

/// The record's attributes as ECS lists them in a `ContainerInstance`.
pub fn wire_attributes(record: &ContainerInstanceRecord) -> Vec<wire::Attribute> {
    record
        .attributes
        .iter()
        .map(|(name, value)| wire::Attribute {
            name: Some(name.clone()),
            value: value.clone(),
            target_type: None,
            target_id: None,
        })
        .collect()
}

/// The `ContainerInstance` wire shape of a record. Tags and health are only reported when the
/// caller asked for them (`include` TAGS / CONTAINER_INSTANCE_HEALTH), as ECS does.
pub(crate) fn instance_to_wire(
    record: &ContainerInstanceRecord,
    include_tags: bool,
    include_health: bool,
) -> wire::ContainerInstance {
    wire::ContainerInstance {
        container_instance_arn: Some(record.arn.clone()),
        ec2_instance_id: record.ec2_instance_id.clone(),
        capacity_provider_name: record.capacity_provider_name.clone(),
        version: Some(record.version),
        version_info: record.version_info.clone(),
        remaining_resources: Some(wire_resources(&record.remaining, &record.other_resources)),
        registered_resources: Some(wire_resources(&record.registered, &record.other_resources)),
        status: Some(record.status.clone()),
        status_reason: record.status_reason.clone(),
        agent_connected: Some(reported_agent_connected(record)),
        running_tasks_count: Some(clamp_i32(record.running_tasks_count)),
        pending_tasks_count: Some(clamp_i32(record.pending_tasks_count)),
        // ECS leaves agentUpdateStatus null until an agent update is requested; berth has none.
        agent_update_status: None,
        attributes: Some(wire_attributes(record)),
        registered_at: timestamp(record.registered_at),
        attachments: Some(Vec::new()),
        tags: include_tags.then(|| validate::wire_tags(&record.tags)),
        health_status: include_health.then(|| health_status(record)),
        gpu_devices: None,
    }
}

/// The scheduler's view of a record, given the live task groups on the instance.
pub(crate) fn instance_view(
    record: &ContainerInstanceRecord,
    task_groups: BTreeMap<String, u32>,
) -> InstanceView {
    InstanceView {
        arn: record.arn.clone(),
        ec2_instance_id: record.ec2_instance_id.clone(),
        // An unknown status string can only come from a newer writer; treating it as INACTIVE
        // keeps such an instance out of placement rather than guessing.
        status: InstanceStatus::parse(&record.status).unwrap_or(InstanceStatus::Inactive),
        agent_connected: reported_agent_connected(record),
        agent_version: record
            .version_info
            .as_ref()
            .and_then(|info| info.agent_version.clone()),
        attributes: record.attributes.clone(),
        registered_at: record.registered_at,
        remaining: record.remaining.clone(),
        running_tasks_count: record.running_tasks_count,
        task_groups,
    }
}

/// Where a container instance reference points.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InstanceRef {
    /// An instance id in the request's cluster (it may still not exist).
    Id(String),
    /// Something that cannot name an instance of this cluster: an ARN of another cluster, or a
    /// short id that is not shaped like one. Reported as missing.
    Elsewhere,
}

fn plausible_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 255
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// Resolves a container instance id or ARN against the request's cluster. ARNs are
/// `container-instance/CLUSTER/ID` (or the older `container-instance/ID`); an ARN of another
/// kind, region or account is an `InvalidParameterException` naming `field`.
pub fn resolve_instance(
    scope: &Scope,
    cluster: &str,
    field: &str,
    given: &str,
) -> EcsResult<InstanceRef> {
    if !given.starts_with("arn:") {
        return Ok(if plausible_id(given) {
            InstanceRef::Id(given.to_string())
        } else {
            InstanceRef::Elsewhere
        });
    }
    let arn = Arn::resolve(scope, ResourceKind::ContainerInstance, given)
        .map_err(|e| EcsError::invalid(format!("{field}: {e}.")))?;
    let (arn_cluster, id) = match arn.path.split_once('/') {
        Some((arn_cluster, id)) => (Some(arn_cluster), id),
        None => (None, arn.path.as_str()),
    };
    if arn_cluster.is_some_and(|c| c != cluster) || !plausible_id(id) {
        return Ok(InstanceRef::Elsewhere);
    }
    Ok(InstanceRef::Id(id.to_string()))
}

/// The canonical ARN of an instance id in a cluster.
pub fn instance_arn(scope: &Scope, cluster: &str, id: &str) -> String {
    scope
        .arn(ResourceKind::ContainerInstance, &format!("{cluster}/{id}"))
        .to_string()
}

/// The ARN a failure reports for a reference: the ARN as given, or the ARN a short id would
/// have in the request's cluster.
pub fn failure_arn(scope: &Scope, cluster: &str, given: &str) -> String {
    if given.starts_with("arn:") {
        given.to_string()
    } else {
        instance_arn(scope, cluster, given)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::records::AgentSession;

    fn scope() -> Scope {
        Scope::new("us-east-1", "123456789012")
    }

    fn int(name: &str, value: i32) -> wire::Resource {
        wire::Resource {
            name: Some(name.into()),
            r#type: Some("INTEGER".into()),
            integer_value: Some(value),
            ..Default::default()
        }
    }

    fn set(name: &str, values: &[&str]) -> wire::Resource {
        wire::Resource {
            name: Some(name.into()),
            r#type: Some("STRINGSET".into()),
            string_set_value: Some(values.iter().map(|v| v.to_string()).collect()),
            ..Default::default()
        }
    }

    pub(crate) fn record() -> ContainerInstanceRecord {
        ContainerInstanceRecord {
            arn: instance_arn(&scope(), "c", "abc"),
            id: "abc".into(),
            cluster: "c".into(),
            ec2_instance_id: Some("i-1".into()),
            status: "ACTIVE".into(),
            status_reason: None,
            registered: Resources {
                cpu: 2048,
                memory: 4096,
                ..Default::default()
            },
            remaining: Resources {
                cpu: 1024,
                memory: 4096,
                ports_tcp: [80].into(),
                ..Default::default()
            },
            other_resources: vec![set("GPU", &["gpu0"])],
            attributes: BTreeMap::from([("ecs.os-type".into(), Some("linux".into()))]),
            version_info: Some(wire::VersionInfo {
                agent_version: Some("1.80.0".into()),
                ..Default::default()
            }),
            registered_at: 1_700_000_000.5,
            agent: None,
            running_tasks_count: 1,
            pending_tasks_count: 0,
            version: 3,
            tags: [("team".to_string(), "a".to_string())].into(),
            capacity_provider_name: None,
            launch_types: vec!["EC2".into()],
            task_groups: Default::default(),
            task_groups_complete: true,
        }
    }

    #[test]
    fn resources_read_reserved_ports_and_keep_others() {
        let parsed = registered_resources(&[
            int("CPU", 2048),
            int("MEMORY", 3950),
            set("PORTS", &["22", "2375", "51678"]),
            set("PORTS_UDP", &[]),
            set("GPU", &["gpu0", "gpu1"]),
        ])
        .expect("valid resources");
        assert_eq!(parsed.resources.cpu, 2048);
        assert_eq!(parsed.resources.memory, 3950);
        assert_eq!(parsed.resources.ports_tcp, [22, 2375, 51678].into());
        assert_eq!(parsed.other.len(), 1);
        let long = wire::Resource {
            long_value: Some(512),
            integer_value: None,
            ..int("CPU", 0)
        };
        assert_eq!(
            registered_resources(&[long]).map(|r| r.resources.cpu),
            Ok(512)
        );
    }

    #[test]
    fn resources_errors_name_the_resource() {
        for (bad, needle) in [
            (vec![int("CPU", -1)], "CPU"),
            (vec![set("PORTS", &["http"])], "PORTS"),
            (vec![set("PORTS_UDP", &["70000"])], "PORTS_UDP"),
            (
                vec![wire::Resource {
                    name: Some("MEMORY".into()),
                    ..Default::default()
                }],
                "MEMORY",
            ),
            (vec![wire::Resource::default()], "name"),
        ] {
            let err = registered_resources(&bad).expect_err(needle);
            assert!(err.to_string().contains(needle), "{err}");
        }
    }

    #[test]
    fn wire_resources_have_ecs_shape_and_order() {
        let resources = Resources {
            cpu: 1024,
            memory: 512,
            ports_tcp: [22, 80].into(),
            ports_udp: BTreeSet::new(),
        };
        let wire = wire_resources(&resources, &[set("GPU", &["g"])]);
        let names: Vec<_> = wire.iter().filter_map(|r| r.name.as_deref()).collect();
        assert_eq!(names, ["CPU", "MEMORY", "PORTS", "PORTS_UDP", "GPU"]);
        assert_eq!(wire[0].integer_value, Some(1024));
        assert_eq!(
            wire[2].string_set_value.as_deref(),
            Some(&["22".to_string(), "80".to_string()][..])
        );
    }

    #[test]
    fn identity_documents() {
        let doc = identity_document(Some(
            r#"{"instanceId":"i-0abc","availabilityZone":"us-east-1b","instanceType":"t3.micro","region":"us-east-1","extra":1}"#,
        ))
        .expect("valid document");
        assert_eq!(doc.instance_id.as_deref(), Some("i-0abc"));
        assert_eq!(doc.availability_zone.as_deref(), Some("us-east-1b"));
        assert_eq!(doc.instance_type.as_deref(), Some("t3.micro"));
        assert_eq!(doc.region.as_deref(), Some("us-east-1"));
        assert_eq!(identity_document(None), Ok(IdentityDocument::default()));
        assert_eq!(
            identity_document(Some("  ")),
            Ok(IdentityDocument::default())
        );
        assert_eq!(
            identity_document(Some("{}")),
            Ok(IdentityDocument::default())
        );
        for bad in ["not json", "[1]", "\"text\""] {
            let err = identity_document(Some(bad)).expect_err(bad);
            assert!(err.to_string().contains("instanceIdentityDocument"));
        }
    }

    #[test]
    fn attribute_rules() {
        for ok in ["stack", "ecs.os-type", "a/b\\c_d-e.f", &"n".repeat(128)] {
            assert!(attribute_name(ok).is_ok(), "{ok}");
        }
        for bad in ["", "a b", "a@b", "a:b", &"n".repeat(129)] {
            assert!(attribute_name(bad).is_err(), "{bad}");
        }
        for ok in ["prod", "a b", "x@y:z/w\\v", "1.2.3", &"v".repeat(128)] {
            assert!(attribute_value("n", ok).is_ok(), "{ok}");
        }
        for bad in ["", " lead", "trail ", "a,b", "a=b", &"v".repeat(129)] {
            let err = attribute_value("n", bad).expect_err(bad);
            assert!(err.to_string().contains("'n'"), "{err}");
        }
        assert!(is_custom_attribute("stack"));
        assert!(!is_custom_attribute("ecs.os-type"));
        assert!(!is_custom_attribute(
            "com.amazonaws.ecs.capability.logging-driver.json-file"
        ));
    }

    #[test]
    fn reregistration_keeps_what_tasks_hold() {
        let old_registered = Resources {
            cpu: 2048,
            memory: 4096,
            ports_tcp: [22].into(),
            ports_udp: BTreeSet::new(),
        };
        // Tasks hold 512 CPU, 1024 MiB and port 8080.
        let old_remaining = Resources {
            cpu: 1536,
            memory: 3072,
            ports_tcp: [22, 8080].into(),
            ports_udp: BTreeSet::new(),
        };
        let new_registered = Resources {
            cpu: 4096,
            memory: 8192,
            ports_tcp: [22, 2375].into(),
            ports_udp: BTreeSet::new(),
        };
        let remaining = reregistered_remaining(&old_registered, &old_remaining, &new_registered);
        assert_eq!(remaining.cpu, 3584);
        assert_eq!(remaining.memory, 7168);
        assert_eq!(remaining.ports_tcp, [22, 2375, 8080].into());
    }

    #[test]
    fn instance_references() {
        let s = scope();
        let id = |given: &str| resolve_instance(&s, "c", "containerInstance", given);
        assert_eq!(id("abc"), Ok(InstanceRef::Id("abc".into())));
        assert_eq!(
            id("arn:aws:ecs:us-east-1:123456789012:container-instance/c/abc"),
            Ok(InstanceRef::Id("abc".into()))
        );
        assert_eq!(
            id("arn:aws:ecs:us-east-1:123456789012:container-instance/abc"),
            Ok(InstanceRef::Id("abc".into()))
        );
        assert_eq!(
            id("arn:aws:ecs:us-east-1:123456789012:container-instance/other/abc"),
            Ok(InstanceRef::Elsewhere)
        );
        assert_eq!(id("a/b"), Ok(InstanceRef::Elsewhere));
        for bad in [
            "arn:aws:ecs:us-east-1:123456789012:task/c/abc",
            "arn:aws:ecs:eu-west-1:123456789012:container-instance/c/abc",
            "arn:nonsense",
        ] {
            let err = id(bad).expect_err(bad);
            assert!(err.to_string().contains("containerInstance"), "{err}");
        }
        assert_eq!(
            failure_arn(&s, "c", "abc"),
            "arn:aws:ecs:us-east-1:123456789012:container-instance/c/abc"
        );
    }

    #[test]
    fn wire_shape_reports_counts_and_optional_parts() {
        let record = record();
        let plain = instance_to_wire(&record, false, false);
        assert_eq!(plain.status.as_deref(), Some("ACTIVE"));
        assert_eq!(plain.agent_connected, Some(true));
        assert_eq!(plain.version, Some(3));
        assert_eq!(plain.running_tasks_count, Some(1));
        assert_eq!(plain.tags, None);
        assert_eq!(plain.health_status, None);
        assert_eq!(plain.attachments, Some(Vec::new()));
        let remaining = plain.remaining_resources.unwrap_or_default();
        assert_eq!(remaining[0].integer_value, Some(1024));
        let full = instance_to_wire(&record, true, true);
        assert_eq!(full.tags.map(|t| t.len()), Some(1));
        let health = full.health_status.unwrap_or_default();
        assert_eq!(health.overall_status.as_deref(), Some("OK"));

        let mut gone = record.clone();
        gone.agent = Some(AgentSession {
            connected: false,
            last_seen_at: 1.0,
        });
        let wire = instance_to_wire(&gone, false, true);
        assert_eq!(wire.agent_connected, Some(false));
        assert_eq!(
            wire.health_status.and_then(|h| h.overall_status).as_deref(),
            Some("INSUFFICIENT_DATA")
        );
        let mut inactive = record;
        inactive.status = "INACTIVE".into();
        assert_eq!(
            instance_to_wire(&inactive, false, false).agent_connected,
            Some(false)
        );
    }

    #[test]
    fn views_evaluate_queries_like_the_scheduler() {
        let view = instance_view(&record(), BTreeMap::from([("web".to_string(), 2)]));
        assert_eq!(view.status, InstanceStatus::Active);
        assert_eq!(view.agent_version.as_deref(), Some("1.80.0"));
        let expr = berth_query::parse("attribute:ecs.os-type == linux and task:group == web")
            .expect("parses");
        assert!(expr.eval(&view));
        let mut odd = record();
        odd.status = "SOMETHING_NEW".into();
        assert_eq!(
            instance_view(&odd, BTreeMap::new()).status,
            InstanceStatus::Inactive
        );
    }
}
