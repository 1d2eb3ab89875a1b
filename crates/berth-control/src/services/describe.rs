//! Service records on the wire (the ECS `Service` shape) and the read operations
//! DescribeServices, ListServices and ListServicesByNamespace.
//!
//! `runningCount` and `pendingCount`, of the service and of each deployment, are counted from
//! the task records at the time of the read (tasks whose `lastStatus` is RUNNING, and those not
//! yet RUNNING), so they always agree with DescribeTasks. This module must not write.

use super::deployments::{service_deployment_arn, service_revision_arn};
use super::{parse_service_ref, tasks_of, ACTIVE, PRIMARY};
use crate::error::{EcsError, EcsResult};
use crate::records::{ClusterRecord, DeploymentRecord, ServiceRecord, TaskRecord};
use crate::{keys, pagination, validate, ControlPlane};
use berth_model::{Scope, TaskStatus};
use berth_wire::ecs as wire;
use berth_wire::Timestamp;

/// ECS's limit on services per DescribeServices call.
const MAX_DESCRIBE_SERVICES: usize = 10;
/// ListServices' page when `maxResults` is absent.
const DEFAULT_LIST_PAGE: i32 = 10;

fn timestamp(secs: f64) -> Option<Timestamp> {
    Timestamp::from_unix_seconds_f64(secs).ok()
}

/// (running, pending) among `tasks`.
fn counts<'a>(tasks: impl IntoIterator<Item = &'a &'a TaskRecord>) -> (i32, i32) {
    let mut running = 0;
    let mut pending = 0;
    for task in tasks {
        if task.last_status == TaskStatus::Running {
            running += 1;
        } else if task.last_status.is_pending() {
            pending += 1;
        }
    }
    (running, pending)
}

fn deployment_to_wire(
    record: &ServiceRecord,
    deployment: &DeploymentRecord,
    tasks: &[&TaskRecord],
) -> wire::Deployment {
    let mine: Vec<&TaskRecord> = tasks
        .iter()
        .copied()
        .filter(|t| t.started_by.as_deref() == Some(deployment.id.as_str()))
        .collect();
    let (running, pending) = counts(&mine);
    let revision = &deployment.revision;
    let desired = if deployment.status == PRIMARY {
        record.desired_count
    } else {
        running + pending
    };
    let launch_type = super::request::effective_launch_type(
        revision.launch_type.as_deref(),
        &revision.capacity_provider_strategy,
    );
    wire::Deployment {
        id: Some(deployment.id.clone()),
        status: Some(deployment.status.clone()),
        task_definition: Some(revision.task_definition.clone()),
        desired_count: Some(desired),
        pending_count: Some(pending),
        running_count: Some(running),
        failed_tasks: Some(deployment.failed_tasks as i32),
        created_at: timestamp(deployment.created_at),
        updated_at: timestamp(deployment.updated_at),
        capacity_provider_strategy: (!revision.capacity_provider_strategy.is_empty())
            .then(|| revision.capacity_provider_strategy.clone()),
        launch_type: revision.launch_type.clone(),
        platform_version: revision.platform_version.clone(),
        platform_family: (launch_type == "FARGATE").then(|| "Linux".to_string()),
        network_configuration: revision.network_configuration.clone(),
        rollout_state: Some(deployment.rollout_state.clone()),
        rollout_state_reason: Some(deployment.rollout_state_reason.clone()),
        service_connect_configuration: revision.service_connect_configuration.clone(),
        volume_configurations: (!revision.volume_configurations.is_empty())
            .then(|| revision.volume_configurations.clone()),
        vpc_lattice_configurations: (!revision.vpc_lattice_configurations.is_empty())
            .then(|| revision.vpc_lattice_configurations.clone()),
        ..Default::default()
    }
}

/// The ECS `Service` for a record; `tasks` are the service's tasks; tags only when asked for.
pub(crate) fn service_to_wire(
    scope: &Scope,
    record: &ServiceRecord,
    tasks: &[&TaskRecord],
    include_tags: bool,
) -> wire::Service {
    let (running, pending) = counts(tasks);
    let revision = &record.revision;
    let launch_type = super::request::effective_launch_type(
        revision.launch_type.as_deref(),
        &revision.capacity_provider_strategy,
    );
    let deployments: Vec<wire::Deployment> = record
        .deployments
        .iter()
        .map(|d| deployment_to_wire(record, d, tasks))
        .collect();
    let current_revisions = deployments
        .iter()
        .zip(&record.deployments)
        .map(|(wire, d)| wire::ServiceCurrentRevisionSummary {
            arn: Some(service_revision_arn(scope, record, &d.id)),
            requested_task_count: wire.desired_count,
            running_task_count: wire.running_count,
            pending_task_count: wire.pending_count,
        })
        .collect();
    let current_deployment = record
        .history
        .last()
        .map(|h| service_deployment_arn(scope, record, &h.id));
    wire::Service {
        service_arn: Some(record.arn.clone()),
        service_name: Some(record.name.clone()),
        cluster_arn: Some(record.cluster_arn.clone()),
        load_balancers: Some(revision.load_balancers.clone()),
        service_registries: Some(revision.service_registries.clone()),
        status: Some(record.status.clone()),
        desired_count: Some(record.desired_count),
        running_count: Some(running),
        pending_count: Some(pending),
        launch_type: revision.launch_type.clone(),
        capacity_provider_strategy: (!revision.capacity_provider_strategy.is_empty())
            .then(|| revision.capacity_provider_strategy.clone()),
        platform_version: revision.platform_version.clone(),
        platform_family: (launch_type == "FARGATE").then(|| "Linux".to_string()),
        task_definition: (!revision.task_definition.is_empty())
            .then(|| revision.task_definition.clone()),
        deployment_configuration: Some(record.deployment_configuration.clone()),
        deployments: Some(deployments),
        role_arn: record.role_arn.clone(),
        events: Some(
            record
                .events
                .iter()
                .map(|e| wire::ServiceEvent {
                    id: Some(e.id.clone()),
                    created_at: timestamp(e.created_at),
                    message: Some(e.message.clone()),
                })
                .collect(),
        ),
        created_at: timestamp(record.created_at),
        current_service_deployment: current_deployment,
        current_service_revisions: Some(current_revisions),
        placement_constraints: Some(revision.placement_constraints.clone()),
        placement_strategy: Some(revision.placement_strategy.clone()),
        network_configuration: revision.network_configuration.clone(),
        health_check_grace_period_seconds: record.health_check_grace_period_seconds,
        scheduling_strategy: Some(record.scheduling_strategy.clone()),
        deployment_controller: Some(wire::DeploymentController {
            r#type: Some(record.deployment_controller.clone()),
        }),
        tags: include_tags.then(|| validate::wire_tags(&record.tags)),
        created_by: record.created_by.clone(),
        enable_ecs_managed_tags: Some(revision.enable_ecs_managed_tags),
        propagate_tags: Some(
            revision
                .propagate_tags
                .clone()
                .unwrap_or_else(|| "NONE".to_string()),
        ),
        enable_execute_command: Some(revision.enable_execute_command),
        availability_zone_rebalancing: record.availability_zone_rebalancing.clone(),
        ..Default::default()
    }
}

/// Whether a namespace given by name or ARN is the one a service uses.
fn same_namespace(given: &str, used: &str) -> bool {
    let tail = |s: &str| s.rsplit('/').next().unwrap_or(s).to_string();
    given == used || tail(given) == tail(used)
}

impl ControlPlane {
    pub async fn describe_services(
        &self,
        scope: &Scope,
        request: wire::DescribeServicesRequest,
    ) -> EcsResult<wire::DescribeServicesResponse> {
        let include = request.include.unwrap_or_default();
        for item in &include {
            validate::one_of("include", item, wire::SERVICE_FIELD_VALUES)?;
        }
        let include_tags = include.iter().any(|i| i == "TAGS");
        let given = request.services.unwrap_or_default();
        if given.is_empty() {
            return Err(EcsError::invalid("services must not be empty."));
        }
        validate::at_most("services", &given, MAX_DESCRIBE_SERVICES)?;
        let cluster = self
            .active_cluster(scope, request.cluster.as_deref())
            .await?;
        let name = &cluster.record.name;
        let tasks = self.cluster_tasks(scope, name).await?;
        let mut services = Vec::new();
        let mut failures = Vec::new();
        for text in &given {
            let service_ref = parse_service_ref(scope, "services", text)?;
            match self.find_service(scope, name, &service_ref).await? {
                Some(found) => services.push(service_to_wire(
                    scope,
                    &found.record,
                    &tasks_of(&tasks, &found.record.name),
                    include_tags,
                )),
                None => failures.push(wire::Failure {
                    arn: Some(super::service_arn(
                        scope,
                        service_ref.cluster.as_deref().unwrap_or(name),
                        &service_ref.name,
                    )),
                    reason: Some("MISSING".into()),
                    detail: None,
                }),
            }
        }
        Ok(wire::DescribeServicesResponse {
            services: Some(services),
            failures: Some(failures),
        })
    }

    pub async fn list_services(
        &self,
        scope: &Scope,
        request: wire::ListServicesRequest,
    ) -> EcsResult<wire::ListServicesResponse> {
        let limit = match request.max_results {
            None => DEFAULT_LIST_PAGE as usize,
            Some(_) => pagination::page_size(request.max_results, pagination::DEFAULT_MAX_RESULTS)?,
        };
        let launch_type = request.launch_type.filter(|l| !l.is_empty());
        if let Some(value) = &launch_type {
            validate::one_of("launchType", value, wire::LAUNCH_TYPE_VALUES)?;
        }
        let strategy = request.scheduling_strategy.filter(|s| !s.is_empty());
        if let Some(value) = &strategy {
            validate::one_of(
                "schedulingStrategy",
                value,
                wire::SCHEDULING_STRATEGY_VALUES,
            )?;
        }
        let cluster = self
            .active_cluster(scope, request.cluster.as_deref())
            .await?;
        let (page, next_token) = pagination::page::<ServiceRecord>(
            self,
            &keys::services(scope, &cluster.record.name),
            request.next_token.as_deref(),
            limit,
            |service| {
                service.status == ACTIVE
                    && launch_type.as_deref().is_none_or(|wanted| {
                        super::request::effective_launch_type(
                            service.revision.launch_type.as_deref(),
                            &service.revision.capacity_provider_strategy,
                        ) == wanted
                    })
                    && strategy
                        .as_deref()
                        .is_none_or(|wanted| service.scheduling_strategy == wanted)
            },
        )
        .await?;
        Ok(wire::ListServicesResponse {
            service_arns: Some(page.into_iter().map(|s| s.record.arn).collect()),
            next_token,
        })
    }

    /// Services of every cluster in the scope whose Service Connect configuration uses the
    /// namespace (given by name or ARN), or whose cluster's default namespace it is.
    pub async fn list_services_by_namespace(
        &self,
        scope: &Scope,
        request: wire::ListServicesByNamespaceRequest,
    ) -> EcsResult<wire::ListServicesByNamespaceResponse> {
        let namespace = request
            .namespace
            .clone()
            .filter(|n| !n.is_empty())
            .ok_or_else(|| EcsError::invalid("namespace is required."))?;
        let limit = match request.max_results {
            None => DEFAULT_LIST_PAGE as usize,
            Some(_) => pagination::page_size(request.max_results, pagination::DEFAULT_MAX_RESULTS)?,
        };
        let offset = match request.next_token.as_deref().filter(|t| !t.is_empty()) {
            None => 0,
            Some(token) => token
                .parse::<usize>()
                .map_err(|_| EcsError::invalid("The nextToken is not valid for this request."))?,
        };
        let clusters = self
            .list_all::<ClusterRecord>(&keys::clusters(scope))
            .await?;
        let mut arns = Vec::new();
        for cluster in clusters.iter().filter(|c| c.record.status == ACTIVE) {
            let default_namespace = cluster
                .record
                .service_connect_defaults
                .as_ref()
                .and_then(|d| d.namespace.clone());
            let services = self
                .list_all::<ServiceRecord>(&keys::services(scope, &cluster.record.name))
                .await?;
            for service in services.iter().filter(|s| s.record.status == ACTIVE) {
                let Some(config) = &service.record.revision.service_connect_configuration else {
                    continue;
                };
                if config.enabled != Some(true) {
                    continue;
                }
                let used = config.namespace.clone().or(default_namespace.clone());
                if used.is_some_and(|used| same_namespace(&namespace, &used)) {
                    arns.push(service.record.arn.clone());
                }
            }
        }
        let page: Vec<String> = arns.iter().skip(offset).take(limit).cloned().collect();
        let next = offset + page.len();
        Ok(wire::ListServicesByNamespaceResponse {
            service_arns: Some(page),
            next_token: (next < arns.len()).then(|| next.to_string()),
        })
    }
}
