//! CreateService, UpdateService and DeleteService: validate, then read-modify-write the service
//! record with revision compares (and the cluster's, so a service is never created in a cluster
//! being deleted), retrying on conflict.
//!
//! A new service gets its first deployment; an update that changes what tasks run (its
//! revision) or forces it starts a new PRIMARY deployment; a deletion turns the service DRAINING
//! (desired 0) until the controller has stopped its tasks, or INACTIVE at once when it has none.
//! This module must not start or stop tasks.

use super::deployments::start_deployment;
use super::request;
use super::{
    parse_service_ref, service_arn, service_to_wire, tasks_of, ACTIVE, DAEMON, DRAINING, INACTIVE,
    SERVICE_NOT_ACTIVE, SERVICE_NOT_FOUND,
};
use crate::db::{self, Commit, MAX_CONFLICT_RETRIES};
use crate::error::{EcsError, EcsResult};
use crate::records::{ClusterRecord, ServiceRecord, ServiceRevisionRecord, ServiceSchedulerState};
use crate::{keys, validate, ControlPlane};
use berth_model::{Scope, TaskStatus};
use berth_wire::ecs as wire;
use sha2::{Digest, Sha256};

/// What identifies a CreateService request for its clientToken: every member but the token.
fn fingerprint(request: &wire::CreateServiceRequest, cluster: &str) -> String {
    let mut canonical = request.clone();
    canonical.client_token = None;
    canonical.cluster = Some(cluster.to_string());
    let json = serde_json::to_vec(&canonical).unwrap_or_default();
    hex::encode(Sha256::digest(&json))
}

/// The revision fields a CreateService or UpdateService may set, before they are checked
/// against the task definition.
#[derive(Debug, Clone, Default)]
struct RevisionInput {
    task_definition: Option<String>,
    launch_type: Option<String>,
    capacity_provider_strategy: Option<Vec<wire::CapacityProviderStrategyItem>>,
    platform_version: Option<String>,
    network_configuration: Option<wire::NetworkConfiguration>,
    placement_constraints: Option<Vec<wire::PlacementConstraint>>,
    placement_strategy: Option<Vec<wire::PlacementStrategy>>,
    load_balancers: Option<Vec<wire::LoadBalancer>>,
    service_registries: Option<Vec<wire::ServiceRegistry>>,
    service_connect_configuration: Option<wire::ServiceConnectConfiguration>,
    volume_configurations: Option<Vec<wire::ServiceVolumeConfiguration>>,
    vpc_lattice_configurations: Option<Vec<wire::VpcLatticeConfiguration>>,
    enable_execute_command: Option<bool>,
    propagate_tags: Option<String>,
    enable_ecs_managed_tags: Option<bool>,
}

impl ControlPlane {
    /// Lays `input` over `base` and checks the result against its task definition.
    async fn build_revision(
        &self,
        scope: &Scope,
        cluster: &ClusterRecord,
        base: &ServiceRevisionRecord,
        input: RevisionInput,
        daemon: bool,
        external: bool,
    ) -> EcsResult<ServiceRevisionRecord> {
        let mut revision = base.clone();
        let definition = match input.task_definition.as_deref().filter(|t| !t.is_empty()) {
            Some(text) => Some(self.resolve_task_definition(scope, text).await?),
            None if !revision.task_definition.is_empty() => {
                // The current definition may have been deregistered since; a service keeps
                // running it, as in ECS.
                self.find_task_definition(scope, &revision.task_definition)
                    .await?
            }
            None if external => None,
            None => return Err(EcsError::invalid("taskDefinition is required.")),
        };
        let definition = definition.map(|d| d.record.definition);
        if let Some(definition) = &definition {
            revision.task_definition = definition.task_definition_arn.clone().unwrap_or_default();
        }
        if input.launch_type.is_some() || input.capacity_provider_strategy.is_some() {
            let (launch_type, strategy) = request::launch_choice(
                input.launch_type.as_deref(),
                input.capacity_provider_strategy.as_deref(),
                &cluster.default_capacity_provider_strategy,
            )?;
            revision.launch_type = launch_type;
            revision.capacity_provider_strategy = strategy;
        }
        let launch_type = request::effective_launch_type(
            revision.launch_type.as_deref(),
            &revision.capacity_provider_strategy,
        );
        if daemon && launch_type == "FARGATE" {
            return Err(EcsError::invalid(
                "The DAEMON scheduling strategy is not supported with the FARGATE launch type.",
            ));
        }
        if let Some(version) = input.platform_version.filter(|v| !v.is_empty()) {
            revision.platform_version = Some(version);
        }
        if launch_type == "FARGATE" {
            revision
                .platform_version
                .get_or_insert_with(|| "LATEST".to_string());
        }
        if let Some(network) = input.network_configuration {
            revision.network_configuration = Some(network);
        }
        if let Some(constraints) = input.placement_constraints {
            revision.placement_constraints = constraints;
        }
        if let Some(strategies) = input.placement_strategy {
            revision.placement_strategy = strategies;
        }
        if let Some(definition) = &definition {
            crate::tasks::check_compatibility(definition, &launch_type)?;
            crate::tasks::check_network(definition, revision.network_configuration.as_ref())?;
            request::placement(
                definition,
                &revision.placement_constraints,
                &revision.placement_strategy,
                daemon,
            )?;
        }
        let set = |slot: &mut Vec<_>, value: Option<Vec<_>>| {
            if let Some(value) = value {
                *slot = value;
            }
        };
        set(&mut revision.load_balancers, input.load_balancers);
        if let Some(registries) = input.service_registries {
            revision.service_registries = registries;
        }
        if let Some(volumes) = input.volume_configurations {
            revision.volume_configurations = volumes;
        }
        if let Some(lattice) = input.vpc_lattice_configurations {
            revision.vpc_lattice_configurations = lattice;
        }
        if input.service_connect_configuration.is_some() {
            revision.service_connect_configuration = input.service_connect_configuration;
        }
        if let Some(enabled) = input.enable_execute_command {
            revision.enable_execute_command = enabled;
        }
        if let Some(propagate) = request::propagate_tags(input.propagate_tags.as_deref())? {
            revision.propagate_tags = Some(propagate);
        }
        if let Some(managed) = input.enable_ecs_managed_tags {
            revision.enable_ecs_managed_tags = managed;
        }
        Ok(revision)
    }

    pub async fn create_service(
        &self,
        scope: &Scope,
        request: wire::CreateServiceRequest,
    ) -> EcsResult<wire::CreateServiceResponse> {
        let name = request
            .service_name
            .clone()
            .filter(|n| !n.is_empty())
            .ok_or_else(|| EcsError::invalid("serviceName is required."))?;
        validate::name("serviceName", &name)?;
        if let Some(token) = request.client_token.as_deref() {
            request::client_token(token)?;
        }
        let cluster = self
            .active_cluster(scope, request.cluster.as_deref())
            .await?;
        let strategy = request::scheduling_strategy(request.scheduling_strategy.as_deref())?;
        let daemon = strategy == DAEMON;
        let controller = request::deployment_controller(request.deployment_controller.as_ref())?;
        if daemon && controller != "ECS" {
            return Err(EcsError::invalid(format!(
                "The DAEMON scheduling strategy is not supported with the {controller} \
                 deployment controller."
            )));
        }
        let desired_count = request::desired_count(request.desired_count, daemon)?;
        let deployment_configuration = request::deployment_configuration(
            request.deployment_configuration.as_ref(),
            None,
            daemon,
        )?;
        let tags = validate::tags(request.tags.as_deref().unwrap_or_default())?;
        let grace = request::grace_period(request.health_check_grace_period_seconds)?;
        let rebalancing = request::rebalancing(request.availability_zone_rebalancing.as_deref())?;
        let input = RevisionInput {
            task_definition: request.task_definition.clone(),
            // Even without either, the cluster's default strategy (or EC2) is resolved.
            launch_type: Some(request.launch_type.clone().unwrap_or_default()),
            capacity_provider_strategy: request.capacity_provider_strategy.clone(),
            platform_version: request.platform_version.clone(),
            network_configuration: request.network_configuration.clone(),
            placement_constraints: request.placement_constraints.clone(),
            placement_strategy: request.placement_strategy.clone(),
            load_balancers: request.load_balancers.clone(),
            service_registries: request.service_registries.clone(),
            service_connect_configuration: request.service_connect_configuration.clone(),
            volume_configurations: request.volume_configurations.clone(),
            vpc_lattice_configurations: request.vpc_lattice_configurations.clone(),
            enable_execute_command: request.enable_execute_command,
            propagate_tags: request.propagate_tags.clone(),
            enable_ecs_managed_tags: request.enable_ecs_managed_tags,
        };
        if daemon
            && !input
                .volume_configurations
                .as_deref()
                .unwrap_or_default()
                .is_empty()
        {
            return Err(EcsError::invalid(
                "volumeConfigurations is only supported for REPLICA services.",
            ));
        }
        let mut revision = self
            .build_revision(
                scope,
                &cluster.record,
                &ServiceRevisionRecord::default(),
                input,
                daemon,
                controller == "EXTERNAL",
            )
            .await?;
        let launch_type = request::effective_launch_type(
            revision.launch_type.as_deref(),
            &revision.capacity_provider_strategy,
        );
        if !daemon && revision.placement_strategy.is_empty() && launch_type != "FARGATE" {
            revision.placement_strategy = request::default_placement_strategy();
        }
        let fingerprint = fingerprint(&request, &cluster.record.name);
        let key = keys::service(scope, &cluster.record.name, &name);
        for _ in 0..MAX_CONFLICT_RETRIES {
            let existing = self.load::<ServiceRecord>(&key).await?;
            if let Some(found) = existing.as_ref().filter(|e| e.record.status != INACTIVE) {
                let same = request.client_token.is_some()
                    && found.record.client_token == request.client_token
                    && found.record.request_fingerprint == fingerprint;
                if !same {
                    return Err(EcsError::invalid("Creation of service was not idempotent."));
                }
                let service = self.service_wire(scope, &found.record, false).await?;
                return Ok(wire::CreateServiceResponse {
                    service: Some(service),
                });
            }
            let now = self.now();
            let mut record = ServiceRecord {
                arn: service_arn(scope, &cluster.record.name, &name),
                name: name.clone(),
                cluster: cluster.record.name.clone(),
                cluster_arn: cluster.record.arn.clone(),
                status: ACTIVE.into(),
                desired_count,
                scheduling_strategy: strategy.clone(),
                revision: revision.clone(),
                deployment_configuration: deployment_configuration.clone(),
                deployment_controller: controller.clone(),
                health_check_grace_period_seconds: grace,
                role_arn: request::role_arn(&scope.account, request.role.as_deref()),
                availability_zone_rebalancing: rebalancing.clone(),
                tags: tags.clone(),
                created_at: now,
                created_by: Some(format!("arn:aws:iam::{}:root", scope.account)),
                client_token: request.client_token.clone(),
                request_fingerprint: fingerprint.clone(),
                deployments: Vec::new(),
                history: Vec::new(),
                events: Vec::new(),
                scheduler: ServiceSchedulerState::default(),
                deleted_at: None,
                inactive_at: None,
            };
            start_deployment(&mut record, revision.clone(), now);
            let mut commit = Commit::new();
            commit.put(&key, existing.map_or(0, |e| e.mod_revision), &record)?;
            commit.require_unchanged(&cluster.key, cluster.mod_revision);
            if self.try_commit(commit).await? {
                let service = self.service_wire(scope, &record, false).await?;
                return Ok(wire::CreateServiceResponse {
                    service: Some(service),
                });
            }
        }
        Err(db::too_much_contention())
    }

    pub async fn update_service(
        &self,
        scope: &Scope,
        request: wire::UpdateServiceRequest,
    ) -> EcsResult<wire::UpdateServiceResponse> {
        let given = request.service.clone().unwrap_or_default();
        let service_ref = parse_service_ref(scope, "service", &given)?;
        if let Some(n) = request.desired_count {
            request::checked_desired_count(n)?;
        }
        let grace = request::grace_period(request.health_check_grace_period_seconds)?;
        let rebalancing = request::rebalancing(request.availability_zone_rebalancing.as_deref())?;
        for _ in 0..MAX_CONFLICT_RETRIES {
            let cluster = self
                .active_cluster(scope, request.cluster.as_deref())
                .await?;
            let mut found = self
                .active_service(scope, &cluster.record.name, &service_ref)
                .await?;
            let record = &mut found.record;
            let daemon = record.scheduling_strategy == DAEMON;
            let controller = match &request.deployment_controller {
                Some(given) => request::deployment_controller(Some(given))?,
                None => record.deployment_controller.clone(),
            };
            let input = RevisionInput {
                task_definition: request.task_definition.clone(),
                launch_type: None,
                capacity_provider_strategy: request.capacity_provider_strategy.clone(),
                platform_version: request.platform_version.clone(),
                network_configuration: request.network_configuration.clone(),
                placement_constraints: request.placement_constraints.clone(),
                placement_strategy: request.placement_strategy.clone(),
                load_balancers: request.load_balancers.clone(),
                service_registries: request.service_registries.clone(),
                service_connect_configuration: request.service_connect_configuration.clone(),
                volume_configurations: request.volume_configurations.clone(),
                vpc_lattice_configurations: request.vpc_lattice_configurations.clone(),
                enable_execute_command: request.enable_execute_command,
                propagate_tags: request.propagate_tags.clone(),
                enable_ecs_managed_tags: request.enable_ecs_managed_tags,
            };
            let revision = self
                .build_revision(
                    scope,
                    &cluster.record,
                    &record.revision,
                    input,
                    daemon,
                    controller == "EXTERNAL",
                )
                .await?;
            let changed = revision != record.revision;
            if changed && controller != "ECS" {
                let only_placement = ServiceRevisionRecord {
                    placement_constraints: record.revision.placement_constraints.clone(),
                    placement_strategy: record.revision.placement_strategy.clone(),
                    ..revision.clone()
                } == record.revision;
                if !only_placement {
                    return Err(EcsError::invalid(format!(
                        "Unable to update the service's task definition, network configuration, \
                         platform version or load balancers with the {controller} deployment \
                         controller."
                    )));
                }
            }
            if let Some(n) = request.desired_count.filter(|_| !daemon) {
                record.desired_count = n;
            }
            record.deployment_configuration = request::deployment_configuration(
                request.deployment_configuration.as_ref(),
                Some(&record.deployment_configuration),
                daemon,
            )?;
            if grace.is_some() {
                record.health_check_grace_period_seconds = grace;
            }
            if rebalancing.is_some() {
                record.availability_zone_rebalancing = rebalancing.clone();
            }
            record.deployment_controller = controller.clone();
            let now = self.now();
            let forced = request.force_new_deployment.unwrap_or(false);
            if (changed || forced) && controller == "ECS" {
                start_deployment(record, revision, now);
            } else {
                record.revision = revision.clone();
                if let Some(primary) = record
                    .deployments
                    .iter_mut()
                    .find(|d| d.status == super::PRIMARY)
                {
                    primary.revision = revision;
                    primary.updated_at = now;
                }
            }
            let mut commit = Commit::new();
            commit.update(&found)?;
            commit.require_unchanged(&cluster.key, cluster.mod_revision);
            if self.try_commit(commit).await? {
                let service = self.service_wire(scope, &found.record, false).await?;
                return Ok(wire::UpdateServiceResponse {
                    service: Some(service),
                });
            }
        }
        Err(db::too_much_contention())
    }

    pub async fn delete_service(
        &self,
        scope: &Scope,
        request: wire::DeleteServiceRequest,
    ) -> EcsResult<wire::DeleteServiceResponse> {
        let given = request.service.clone().unwrap_or_default();
        let service_ref = parse_service_ref(scope, "service", &given)?;
        let force = request.force.unwrap_or(false);
        for _ in 0..MAX_CONFLICT_RETRIES {
            let cluster = self
                .active_cluster(scope, request.cluster.as_deref())
                .await?;
            let Some(mut found) = self
                .find_service(scope, &cluster.record.name, &service_ref)
                .await?
            else {
                return Err(EcsError::ServiceNotFound(SERVICE_NOT_FOUND.into()));
            };
            match found.record.status.as_str() {
                ACTIVE => {}
                DRAINING => {
                    let service = self.service_wire(scope, &found.record, false).await?;
                    return Ok(wire::DeleteServiceResponse {
                        service: Some(service),
                    });
                }
                _ => return Err(EcsError::ServiceNotActive(SERVICE_NOT_ACTIVE.into())),
            }
            let record = &mut found.record;
            if record.scheduling_strategy != DAEMON && record.desired_count > 0 && !force {
                return Err(EcsError::invalid(
                    "The service cannot be stopped while it is scaled above 0.",
                ));
            }
            let now = self.now();
            let tasks = self.cluster_tasks(scope, &cluster.record.name).await?;
            let has_tasks = tasks_of(&tasks, &record.name)
                .iter()
                .any(|t| t.desired_status != TaskStatus::Stopped);
            record.desired_count = 0;
            record.deleted_at = Some(now);
            super::deployments::stop_in_progress(record, now, "The service was deleted.");
            if has_tasks {
                record.status = DRAINING.into();
            } else {
                record.status = INACTIVE.into();
                record.inactive_at = Some(now);
            }
            let mut commit = Commit::new();
            commit.update(&found)?;
            if self.try_commit(commit).await? {
                let service = self.service_wire(scope, &found.record, false).await?;
                return Ok(wire::DeleteServiceResponse {
                    service: Some(service),
                });
            }
        }
        Err(db::too_much_contention())
    }

    /// The wire shape of one service with its live counts.
    pub(crate) async fn service_wire(
        &self,
        scope: &Scope,
        record: &ServiceRecord,
        include_tags: bool,
    ) -> EcsResult<wire::Service> {
        let tasks = self.cluster_tasks(scope, &record.cluster).await?;
        Ok(service_to_wire(
            scope,
            record,
            &tasks_of(&tasks, &record.name),
            include_tags,
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprints_ignore_the_token() {
        let request = |token: &str, count: i32| wire::CreateServiceRequest {
            service_name: Some("web".into()),
            client_token: Some(token.into()),
            desired_count: Some(count),
            ..Default::default()
        };
        assert_eq!(
            fingerprint(&request("a", 1), "c"),
            fingerprint(&request("b", 1), "c")
        );
        assert_ne!(
            fingerprint(&request("a", 1), "c"),
            fingerprint(&request("a", 2), "c")
        );
    }
}
