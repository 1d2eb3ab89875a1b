//! From a RunTask/StartTask request to a validated [`Launch`], and from a launch plus a chosen
//! instance to a new [`TaskRecord`].
//!
//! Every check ECS makes on the request before placing anything lives here (count, group,
//! startedBy, overrides, launch type versus capacity providers and the definition's
//! compatibilities, network configuration, constraints and strategies, tags, clientToken), each
//! failing with an `InvalidParameterException` that names the field. The checks and the record
//! construction are pure; only [`ControlPlane::prepare_launch`] reads the store (to resolve the
//! task definition). This module must not place or commit anything.

use crate::clusters::DEFAULT_CLUSTER;
use crate::error::{EcsError, EcsResult};
use crate::records::{ClusterRecord, ContainerInstanceRecord, ContainerRecord, Tags, TaskRecord};
use crate::task_definitions::{task_requirements_with_overrides, TaskRequirements};
use crate::{validate, ControlPlane};
use berth_model::{HealthStatus, ResourceKind, Scope, TaskStatus};
use berth_scheduler::{Constraint, SpecError, Strategy, MAX_CONSTRAINTS};
use berth_wire::ecs as wire;

/// ECS's limit on tasks per RunTask call.
pub(super) const MAX_COUNT: i32 = 10;
/// RunTask's documented `startedBy` limit ("Up to 128 letters...").
pub(super) const MAX_STARTED_BY_RUN_TASK: usize = 128;
/// StartTask's documented `startedBy` limit ("Up to 36 letters...").
pub(super) const MAX_STARTED_BY_START_TASK: usize = 36;
/// ECS's limit on the JSON text of `overrides`.
const MAX_OVERRIDES_CHARS: usize = 8192;
/// ECS's limit on a task group's name.
const MAX_GROUP_CHARS: usize = 255;
/// ECS's limit on capacity providers in one strategy.
const MAX_CAPACITY_PROVIDERS: usize = 20;
/// ECS's limit on subnets in an awsvpc configuration.
const MAX_SUBNETS: usize = 16;
/// ECS's limit on a clientToken ("Up to 64 characters... in the range of 33-126").
const MAX_CLIENT_TOKEN_CHARS: usize = 64;
/// Launch types berth serves. (MANAGED_INSTANCES is an ECS capacity-provider product.)
const LAUNCH_TYPES: &[&str] = &["EC2", "FARGATE", "EXTERNAL"];
/// What Fargate's `LATEST` platform version resolves to on Linux.
const FARGATE_LATEST_PLATFORM_VERSION: &str = "1.4.0";
/// Fargate's default ephemeral storage, in GiB.
const FARGATE_DEFAULT_EPHEMERAL_GIB: i32 = 20;

/// The request members RunTask and StartTask share.
#[derive(Debug, Clone, Default)]
pub(super) struct CommonRequest {
    pub task_definition: Option<String>,
    pub group: Option<String>,
    pub started_by: Option<String>,
    pub overrides: Option<wire::TaskOverride>,
    pub tags: Option<Vec<wire::Tag>>,
    pub propagate_tags: Option<String>,
    pub enable_execute_command: Option<bool>,
    pub network_configuration: Option<wire::NetworkConfiguration>,
}

/// What only RunTask has: how many, where, and on what.
#[derive(Debug, Clone, Default)]
pub(super) struct PlacementRequestParts {
    pub count: Option<i32>,
    pub launch_type: Option<String>,
    pub capacity_provider_strategy: Option<Vec<wire::CapacityProviderStrategyItem>>,
    pub placement_constraints: Option<Vec<wire::PlacementConstraint>>,
    pub placement_strategy: Option<Vec<wire::PlacementStrategy>>,
    pub platform_version: Option<String>,
    pub client_token: Option<String>,
}

/// A validated launch: everything needed to place and build its tasks.
#[derive(Debug, Clone)]
pub(super) struct Launch {
    pub cluster_name: String,
    pub cluster_arn: String,
    pub definition: wire::TaskDefinition,
    pub count: u32,
    pub group: String,
    pub started_by: Option<String>,
    /// `None` for StartTask, where the chosen instance decides.
    pub launch_type: Option<String>,
    pub capacity_provider_name: Option<String>,
    pub overrides: wire::TaskOverride,
    pub tags: Tags,
    pub propagate_tags: Option<String>,
    pub enable_execute_command: bool,
    pub awsvpc: Option<wire::AwsVpcConfiguration>,
    pub platform_version: Option<String>,
    pub requirements: TaskRequirements,
    pub constraints: Vec<Constraint>,
    pub strategies: Vec<Strategy>,
    pub client_token: Option<String>,
}

impl ControlPlane {
    /// Validates a RunTask (`parts` given) or StartTask (`parts` `None`) request.
    pub(super) async fn prepare_launch(
        &self,
        scope: &Scope,
        cluster: &ClusterRecord,
        common: CommonRequest,
        parts: Option<PlacementRequestParts>,
    ) -> EcsResult<Launch> {
        let is_run_task = parts.is_some();
        let parts = parts.unwrap_or_default();
        let count = if is_run_task {
            validate_count(parts.count)?
        } else {
            1
        };
        if let Some(token) = &parts.client_token {
            validate_client_token(token)?;
        }
        let max_started_by = if is_run_task {
            MAX_STARTED_BY_RUN_TASK
        } else {
            MAX_STARTED_BY_START_TASK
        };
        if let Some(started_by) = &common.started_by {
            validate_started_by(started_by, max_started_by)?;
        }
        let propagate_tags = common.propagate_tags.filter(|p| !p.is_empty());
        if let Some(value) = &propagate_tags {
            validate::one_of("propagateTags", value, &["TASK_DEFINITION", "NONE"])?;
        }
        let request_tags = validate::tags(common.tags.as_deref().unwrap_or_default())?;
        let (launch_type, capacity_provider_name) = if is_run_task {
            let (launch_type, provider) = choose_launch_type(
                parts.launch_type.as_deref(),
                parts
                    .capacity_provider_strategy
                    .as_deref()
                    .unwrap_or_default(),
                &cluster.default_capacity_provider_strategy,
            )?;
            (Some(launch_type), provider)
        } else {
            (None, None)
        };
        let text = common
            .task_definition
            .as_deref()
            .filter(|t| !t.is_empty())
            .ok_or_else(|| EcsError::invalid("taskDefinition is required."))?;
        let definition = self.resolve_task_definition(scope, text).await?;
        let tags = match propagate_tags.as_deref() {
            Some("TASK_DEFINITION") => {
                validate::merge_tags(&definition.record.tags, &request_tags)?
            }
            _ => request_tags,
        };
        let definition = definition.record.definition;
        if let Some(launch_type) = &launch_type {
            check_compatibility(&definition, launch_type)?;
        }
        let overrides = common.overrides.unwrap_or_default();
        validate_overrides(&definition, &overrides)?;
        let awsvpc = network(&definition, common.network_configuration.as_ref())?;
        let constraints = constraints(
            &definition,
            parts.placement_constraints.as_deref().unwrap_or_default(),
        )?;
        let strategies = berth_scheduler::strategies_from_wire(
            parts
                .placement_strategy
                .as_deref()
                .unwrap_or_default()
                .iter()
                .map(|s| (s.r#type.as_deref().unwrap_or(""), s.field.as_deref())),
        )
        .map_err(|e| EcsError::invalid(format!("placementStrategy: {e}.")))?;
        let group = match common.group.filter(|g| !g.is_empty()) {
            Some(group) if group.chars().count() > MAX_GROUP_CHARS => {
                return Err(EcsError::invalid(format!(
                    "group must be at most {MAX_GROUP_CHARS} characters."
                )))
            }
            Some(group) => group,
            None => format!(
                "family:{}",
                definition.family.as_deref().unwrap_or_default()
            ),
        };
        let requirements = task_requirements_with_overrides(&definition, &overrides)?;
        let fargate = launch_type.as_deref() == Some("FARGATE");
        let platform_version = fargate.then(|| match parts.platform_version.as_deref() {
            None | Some("") | Some("LATEST") => FARGATE_LATEST_PLATFORM_VERSION.to_string(),
            Some(version) => version.to_string(),
        });
        Ok(Launch {
            cluster_name: cluster.name.clone(),
            cluster_arn: cluster.arn.clone(),
            definition,
            count,
            group,
            started_by: common.started_by.filter(|s| !s.is_empty()),
            launch_type,
            capacity_provider_name,
            overrides,
            tags,
            propagate_tags,
            enable_execute_command: common.enable_execute_command.unwrap_or(false),
            awsvpc,
            platform_version,
            requirements,
            constraints,
            strategies,
            client_token: parts.client_token,
        })
    }
}

pub(super) fn validate_count(count: Option<i32>) -> EcsResult<u32> {
    match count {
        None => Ok(1),
        Some(n) if (1..=MAX_COUNT).contains(&n) => Ok(n as u32),
        Some(n) => Err(EcsError::invalid(format!(
            "count must be between 1 and {MAX_COUNT}; got {n}."
        ))),
    }
}

/// Only the length is enforced: ECS documents a character set but has accepted others (`:`)
/// in practice, and clients rely on that.
pub(super) fn validate_started_by(started_by: &str, max: usize) -> EcsResult<()> {
    if started_by.chars().count() > max {
        return Err(EcsError::invalid(format!(
            "startedBy must be at most {max} characters."
        )));
    }
    Ok(())
}

pub(super) fn validate_client_token(token: &str) -> EcsResult<()> {
    let ok = !token.is_empty()
        && token.chars().count() <= MAX_CLIENT_TOKEN_CHARS
        && token.bytes().all(|b| (33..=126).contains(&b));
    if ok {
        Ok(())
    } else {
        Err(EcsError::invalid(format!(
            "clientToken must be 1 to {MAX_CLIENT_TOKEN_CHARS} characters in the range 33-126."
        )))
    }
}

/// The launch type and capacity provider a RunTask asks for. A request's strategy, or else the
/// cluster's default strategy, picks the first provider with weight or base; FARGATE and
/// FARGATE_SPOT mean the FARGATE launch type, any other provider EC2.
pub(super) fn choose_launch_type(
    launch_type: Option<&str>,
    strategy: &[wire::CapacityProviderStrategyItem],
    cluster_default: &[wire::CapacityProviderStrategyItem],
) -> EcsResult<(String, Option<String>)> {
    let launch_type = launch_type.filter(|l| !l.is_empty());
    if launch_type.is_some() && !strategy.is_empty() {
        return Err(EcsError::invalid(
            "Specifying both a launch type and capacity provider strategy is not supported. \
             Remove one and try again.",
        ));
    }
    if let Some(launch_type) = launch_type {
        validate::one_of("launchType", launch_type, LAUNCH_TYPES)?;
        return Ok((launch_type.to_string(), None));
    }
    validate::at_most("capacityProviderStrategy", strategy, MAX_CAPACITY_PROVIDERS)?;
    let strategy = if strategy.is_empty() {
        cluster_default
    } else {
        strategy
    };
    let chosen = strategy
        .iter()
        .find(|item| item.weight.unwrap_or(0) > 0 || item.base.unwrap_or(0) > 0)
        .or(strategy.first());
    let Some(item) = chosen else {
        return Ok(("EC2".to_string(), None));
    };
    let provider = item
        .capacity_provider
        .clone()
        .filter(|p| !p.is_empty())
        .ok_or_else(|| {
            EcsError::invalid("capacityProviderStrategy.capacityProvider is required.")
        })?;
    let launch_type = match provider.as_str() {
        "FARGATE" | "FARGATE_SPOT" => "FARGATE",
        _ => "EC2",
    };
    Ok((launch_type.to_string(), Some(provider)))
}

/// The definition's `compatibilities` (computed at registration) decide; without them (a
/// record from before they were computed), EC2 and EXTERNAL are allowed and FARGATE only when
/// required.
pub(crate) fn check_compatibility(
    definition: &wire::TaskDefinition,
    launch_type: &str,
) -> EcsResult<()> {
    let listed = |list: &Option<Vec<String>>, value: &str| {
        list.as_deref()
            .unwrap_or_default()
            .iter()
            .any(|c| c == value)
    };
    let compatible = match definition.compatibilities.as_deref() {
        Some(list) if !list.is_empty() => list.iter().any(|c| c == launch_type),
        _ => launch_type != "FARGATE" || listed(&definition.requires_compatibilities, "FARGATE"),
    };
    if compatible {
        Ok(())
    } else {
        Err(EcsError::invalid(format!(
            "Task definition does not support launch_type {launch_type}."
        )))
    }
}

pub(super) fn validate_overrides(
    definition: &wire::TaskDefinition,
    overrides: &wire::TaskOverride,
) -> EcsResult<()> {
    let size = serde_json::to_string(overrides)
        .map(|json| json.chars().count())
        .unwrap_or(0);
    if size > MAX_OVERRIDES_CHARS {
        return Err(EcsError::invalid(format!(
            "overrides must be at most {MAX_OVERRIDES_CHARS} characters of JSON; got {size}."
        )));
    }
    let containers = definition
        .container_definitions
        .as_deref()
        .unwrap_or_default();
    for item in overrides.container_overrides.as_deref().unwrap_or_default() {
        let name = item.name.as_deref().unwrap_or("");
        if !containers.iter().any(|c| c.name.as_deref() == Some(name)) {
            return Err(EcsError::invalid(format!(
                "Override for container named {name} is not a container in the TaskDefinition."
            )));
        }
        for (field, value) in [
            ("cpu", item.cpu),
            ("memory", item.memory),
            ("memoryReservation", item.memory_reservation),
        ] {
            if value.is_some_and(|v| v < 0) {
                return Err(EcsError::invalid(format!(
                    "containerOverrides.{field} for container {name} must not be negative."
                )));
            }
        }
    }
    Ok(())
}

/// The awsvpc configuration an awsvpc task needs; other network modes take none.
/// An awsvpc definition needs an awsvpc configuration with subnets; others take none. Returns
/// the validated configuration.
pub(crate) fn network(
    definition: &wire::TaskDefinition,
    configuration: Option<&wire::NetworkConfiguration>,
) -> EcsResult<Option<wire::AwsVpcConfiguration>> {
    let awsvpc = configuration.and_then(|c| c.awsvpc_configuration.clone());
    if definition.network_mode.as_deref() != Some("awsvpc") {
        if awsvpc.is_some() {
            return Err(EcsError::invalid(
                "Network Configuration is not valid for the given networkMode of this task \
                 definition.",
            ));
        }
        return Ok(None);
    }
    let Some(awsvpc) = awsvpc else {
        return Err(EcsError::invalid(
            "Network Configuration must be provided when networkMode 'awsvpc' is specified.",
        ));
    };
    let subnets = awsvpc.subnets.as_deref().unwrap_or_default();
    if subnets.is_empty() {
        return Err(EcsError::invalid("subnets can not be empty."));
    }
    validate::at_most("awsvpcConfiguration.subnets", subnets, MAX_SUBNETS)?;
    if let Some(assign) = &awsvpc.assign_public_ip {
        validate::one_of(
            "awsvpcConfiguration.assignPublicIp",
            assign,
            &["ENABLED", "DISABLED"],
        )?;
    }
    Ok(Some(awsvpc))
}

/// The definition's constraints and the request's, together within [`MAX_CONSTRAINTS`].
pub(super) fn constraints(
    definition: &wire::TaskDefinition,
    requested: &[wire::PlacementConstraint],
) -> EcsResult<Vec<Constraint>> {
    let invalid = |e: SpecError| EcsError::invalid(format!("placementConstraints: {e}."));
    let mut out = Vec::new();
    for item in definition
        .placement_constraints
        .as_deref()
        .unwrap_or_default()
    {
        let kind = item.r#type.as_deref().unwrap_or("");
        out.push(
            Constraint::from_task_definition_wire(kind, item.expression.as_deref())
                .map_err(invalid)?,
        );
    }
    for item in requested {
        let kind = item.r#type.as_deref().unwrap_or("");
        out.push(Constraint::from_wire(kind, item.expression.as_deref()).map_err(invalid)?);
    }
    if out.len() > MAX_CONSTRAINTS {
        return Err(invalid(SpecError::TooManyConstraints(out.len())));
    }
    Ok(out)
}

/// The identifiers a new task gets, drawn by the caller (so that building stays pure).
#[derive(Debug, Clone)]
pub(super) struct NewTaskIds {
    pub task: String,
    /// One per container definition, in order.
    pub containers: Vec<String>,
    pub attachment: String,
}

impl NewTaskIds {
    pub fn random(containers: usize) -> NewTaskIds {
        let id = || uuid::Uuid::new_v4().simple().to_string();
        NewTaskIds {
            task: id(),
            containers: (0..containers)
                .map(|_| uuid::Uuid::new_v4().to_string())
                .collect(),
            attachment: uuid::Uuid::new_v4().to_string(),
        }
    }
}

/// The launch type a StartTask task gets on `instance`: EC2 when the instance serves it.
pub(super) fn instance_launch_type(instance: &ContainerInstanceRecord) -> String {
    if instance.launch_types.is_empty() || instance.launch_types.iter().any(|l| l == "EC2") {
        "EC2".to_string()
    } else {
        instance.launch_types[0].clone()
    }
}

/// A new task of `launch` placed on `instance`: PENDING (PROVISIONING when it needs a network
/// interface first), desired RUNNING, holding its reservation.
pub(super) fn new_task(
    scope: &Scope,
    launch: &Launch,
    instance: &ContainerInstanceRecord,
    ids: &NewTaskIds,
    now: f64,
) -> TaskRecord {
    let cluster = if launch.cluster_name.is_empty() {
        DEFAULT_CLUSTER
    } else {
        &launch.cluster_name
    };
    let arn = super::task_arn(scope, cluster, &ids.task);
    let definition = &launch.definition;
    let overrides = launch
        .overrides
        .container_overrides
        .as_deref()
        .unwrap_or_default();
    let containers = definition
        .container_definitions
        .as_deref()
        .unwrap_or_default()
        .iter()
        .zip(&ids.containers)
        .map(|(c, container_id)| {
            let o = overrides
                .iter()
                .find(|o| o.name.is_some() && o.name == c.name);
            let name = c.name.clone().unwrap_or_default();
            ContainerRecord {
                arn: scope
                    .arn(
                        ResourceKind::Container,
                        &format!("{cluster}/{}/{container_id}", ids.task),
                    )
                    .to_string(),
                name,
                image: c.image.clone(),
                image_digest: None,
                runtime_id: None,
                last_status: "PENDING".into(),
                exit_code: None,
                reason: None,
                network_bindings: Vec::new(),
                network_interfaces: Vec::new(),
                health_status: HealthStatus::Unknown,
                cpu: Some(o.and_then(|o| o.cpu).or(c.cpu).unwrap_or(0).to_string()),
                memory: o.and_then(|o| o.memory).or(c.memory).map(|m| m.to_string()),
                memory_reservation: o
                    .and_then(|o| o.memory_reservation)
                    .or(c.memory_reservation)
                    .map(|m| m.to_string()),
                essential: c.essential.unwrap_or(true),
            }
        })
        .collect();
    let attribute = |name: &str| instance.attributes.get(name).cloned().flatten();
    let attributes = attribute("ecs.cpu-architecture")
        .map(|value| wire::Attribute {
            name: Some("ecs.cpu-architecture".into()),
            value: Some(value),
            ..Default::default()
        })
        .into_iter()
        .collect();
    let attachments = launch
        .awsvpc
        .as_ref()
        .map(|awsvpc| wire::Attachment {
            id: Some(ids.attachment.clone()),
            r#type: Some("ElasticNetworkInterface".into()),
            status: Some("PRECREATED".into()),
            details: Some(
                awsvpc
                    .subnets
                    .as_deref()
                    .unwrap_or_default()
                    .first()
                    .map(|subnet| wire::KeyValuePair {
                        name: Some("subnetId".into()),
                        value: Some(subnet.clone()),
                    })
                    .into_iter()
                    .collect(),
            ),
        })
        .into_iter()
        .collect();
    let launch_type = launch
        .launch_type
        .clone()
        .unwrap_or_else(|| instance_launch_type(instance));
    let fargate = launch_type == "FARGATE";
    let ephemeral_storage = fargate.then(|| {
        launch
            .overrides
            .ephemeral_storage
            .clone()
            .or_else(|| definition.ephemeral_storage.clone())
            .unwrap_or(wire::EphemeralStorage {
                size_in_gi_b: Some(FARGATE_DEFAULT_EPHEMERAL_GIB),
            })
    });
    let reserved = launch.requirements.resources();
    TaskRecord {
        arn,
        id: ids.task.clone(),
        cluster: cluster.to_string(),
        cluster_arn: launch.cluster_arn.clone(),
        task_definition_arn: definition.task_definition_arn.clone().unwrap_or_default(),
        container_instance_arn: Some(instance.arn.clone()),
        container_instance_id: Some(instance.id.clone()),
        group: Some(launch.group.clone()),
        started_by: launch.started_by.clone(),
        launch_type: Some(launch_type),
        capacity_provider_name: launch.capacity_provider_name.clone(),
        desired_status: TaskStatus::Running,
        last_status: if launch.awsvpc.is_some() {
            TaskStatus::Provisioning
        } else {
            TaskStatus::Pending
        },
        containers,
        overrides: launch.overrides.clone(),
        cpu: Some(reserved.cpu.to_string()),
        memory: Some(reserved.memory.to_string()),
        reserved,
        holds_reservation: true,
        tags: launch.tags.clone(),
        created_at: now,
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
        enable_execute_command: launch.enable_execute_command,
        availability_zone: attribute("ecs.availability-zone"),
        attachments,
        attributes,
        platform_version: launch.platform_version.clone(),
        platform_family: fargate.then(|| "Linux".to_string()),
        ephemeral_storage,
        propagate_tags: launch.propagate_tags.clone(),
        client_token: launch.client_token.clone(),
        network_configuration: launch
            .awsvpc
            .clone()
            .map(|awsvpc| wire::NetworkConfiguration {
                awsvpc_configuration: Some(awsvpc),
            }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(provider: &str, weight: i32) -> wire::CapacityProviderStrategyItem {
        wire::CapacityProviderStrategyItem {
            capacity_provider: Some(provider.into()),
            weight: Some(weight),
            base: None,
        }
    }

    #[test]
    fn launch_type_choice() {
        let check = |launch: Option<&str>,
                     strategy: &[wire::CapacityProviderStrategyItem],
                     default: &[wire::CapacityProviderStrategyItem]| {
            match choose_launch_type(launch, strategy, default) {
                Ok((lt, provider)) => format!("{lt} {provider:?}"),
                Err(e) => e.to_string(),
            }
        };
        assert_eq!(check(None, &[], &[]), "EC2 None");
        assert_eq!(check(Some("FARGATE"), &[], &[]), "FARGATE None");
        assert_eq!(check(Some("EXTERNAL"), &[], &[]), "EXTERNAL None");
        assert!(check(Some("MANAGED_INSTANCES"), &[], &[]).contains("launchType"));
        assert!(check(Some("EC2"), &[item("FARGATE", 1)], &[]).starts_with("Specifying both"));
        assert_eq!(
            check(None, &[item("FARGATE", 0), item("FARGATE_SPOT", 1)], &[]),
            "FARGATE Some(\"FARGATE_SPOT\")"
        );
        assert_eq!(check(None, &[], &[item("cp-1", 1)]), "EC2 Some(\"cp-1\")");
        assert_eq!(
            check(Some("EC2"), &[], &[item("FARGATE", 1)]),
            "EC2 None",
            "a launch type overrides the cluster default"
        );
    }

    #[test]
    fn compatibility() {
        let def = |compat: Option<&[&str]>, requires: Option<&[&str]>| wire::TaskDefinition {
            compatibilities: compat.map(|c| c.iter().map(|s| s.to_string()).collect()),
            requires_compatibilities: requires.map(|c| c.iter().map(|s| s.to_string()).collect()),
            ..Default::default()
        };
        let ec2_only = def(Some(&["EC2"]), None);
        assert!(check_compatibility(&ec2_only, "EC2").is_ok());
        assert!(check_compatibility(&ec2_only, "EXTERNAL").is_err());
        assert_eq!(
            check_compatibility(&ec2_only, "FARGATE")
                .unwrap_err()
                .to_string(),
            "Task definition does not support launch_type FARGATE."
        );
        let fargate_only = def(Some(&["FARGATE"]), Some(&["FARGATE"]));
        assert!(check_compatibility(&fargate_only, "EC2").is_err());
        assert!(check_compatibility(&def(None, Some(&["FARGATE"])), "FARGATE").is_ok());
        assert!(check_compatibility(&def(None, None), "FARGATE").is_err());
    }

    #[test]
    fn scalar_rules() {
        assert_eq!(validate_count(None).ok(), Some(1));
        assert_eq!(validate_count(Some(10)).ok(), Some(10));
        assert!(validate_count(Some(0))
            .unwrap_err()
            .to_string()
            .contains("count"));
        assert!(validate_count(Some(11)).is_err());
        assert!(validate_started_by(&"a".repeat(36), MAX_STARTED_BY_START_TASK).is_ok());
        assert!(validate_started_by(&"a".repeat(37), MAX_STARTED_BY_START_TASK).is_err());
        assert!(validate_started_by(&"a".repeat(128), MAX_STARTED_BY_RUN_TASK).is_ok());
        assert!(validate_client_token("abc-123").is_ok());
        assert!(validate_client_token("with space").is_err());
        assert!(validate_client_token(&"x".repeat(65)).is_err());
        assert!(validate_client_token("").is_err());
    }

    #[test]
    fn network_rules() {
        let awsvpc = wire::TaskDefinition {
            network_mode: Some("awsvpc".into()),
            ..Default::default()
        };
        let bridge = wire::TaskDefinition::default();
        let config = |subnets: &[&str]| wire::NetworkConfiguration {
            awsvpc_configuration: Some(wire::AwsVpcConfiguration {
                subnets: Some(subnets.iter().map(|s| s.to_string()).collect()),
                ..Default::default()
            }),
        };
        assert_eq!(
            network(&awsvpc, None).unwrap_err().to_string(),
            "Network Configuration must be provided when networkMode 'awsvpc' is specified."
        );
        assert!(network(&awsvpc, Some(&config(&[]))).is_err());
        assert!(network(&awsvpc, Some(&config(&["subnet-1"])))
            .unwrap()
            .is_some());
        assert!(network(&bridge, None).unwrap().is_none());
        assert!(network(&bridge, Some(&config(&["subnet-1"]))).is_err());
    }

    #[test]
    fn overrides_must_name_containers() {
        let definition = wire::TaskDefinition {
            container_definitions: Some(vec![wire::ContainerDefinition {
                name: Some("web".into()),
                ..Default::default()
            }]),
            ..Default::default()
        };
        let with = |name: &str| wire::TaskOverride {
            container_overrides: Some(vec![wire::ContainerOverride {
                name: Some(name.into()),
                ..Default::default()
            }]),
            ..Default::default()
        };
        assert!(validate_overrides(&definition, &with("web")).is_ok());
        assert_eq!(
            validate_overrides(&definition, &with("db"))
                .unwrap_err()
                .to_string(),
            "Override for container named db is not a container in the TaskDefinition."
        );
    }

    #[test]
    fn constraint_limits_count_the_definition() {
        let definition = wire::TaskDefinition {
            placement_constraints: Some(vec![wire::TaskDefinitionPlacementConstraint {
                r#type: Some("memberOf".into()),
                expression: Some("attribute:a exists".into()),
            }]),
            ..Default::default()
        };
        let distinct = wire::PlacementConstraint {
            r#type: Some("distinctInstance".into()),
            expression: None,
        };
        assert_eq!(
            constraints(&definition, &vec![distinct.clone(); 9])
                .unwrap()
                .len(),
            10
        );
        let err = constraints(&definition, &vec![distinct; 10]).unwrap_err();
        assert!(
            err.to_string().starts_with("placementConstraints:"),
            "{err}"
        );
        let bad = wire::PlacementConstraint {
            r#type: Some("sameZone".into()),
            expression: None,
        };
        assert!(constraints(&definition, &[bad]).is_err());
    }
}
