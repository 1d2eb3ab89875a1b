//! Cluster operations: CreateCluster, DescribeClusters, ListClusters, DeleteCluster,
//! UpdateCluster, UpdateClusterSettings, and the cluster lookup every other operation uses.
//!
//! A deleted cluster stays as an INACTIVE record (ECS keeps it describable); creating it again
//! reactivates it. Counts are computed live from the instance and task records.

use crate::db::{Commit, Versioned, MAX_CONFLICT_RETRIES};
use crate::error::{EcsError, EcsResult};
use crate::pagination;
use crate::records::{ClusterRecord, ContainerInstanceRecord, TaskRecord};
use crate::{db, keys, validate, ControlPlane};
use berth_model::{Arn, ResourceKind, Scope, TaskStatus};
use berth_wire::ecs as wire;

/// The cluster ECS uses when a request names none.
pub const DEFAULT_CLUSTER: &str = "default";
/// ECS's limit on clusters per DescribeClusters call.
const MAX_DESCRIBE_CLUSTERS: usize = 100;
const CONTAINER_INSIGHTS_VALUES: &[&str] = &["enabled", "disabled", "enhanced"];

/// Live counts of a cluster's instances, tasks and services.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct ClusterCounts {
    pub registered_instances: i32,
    pub running_tasks: i32,
    pub pending_tasks: i32,
    pub running_ec2: i32,
    pub running_fargate: i32,
    pub pending_ec2: i32,
    pub pending_fargate: i32,
    pub active_services: i32,
}

/// Turns a `cluster` parameter (name, ARN or absent) into the cluster's name.
pub fn cluster_name(scope: &Scope, cluster: Option<&str>) -> EcsResult<String> {
    match cluster {
        None | Some("") => Ok(DEFAULT_CLUSTER.to_string()),
        Some(text) => {
            let arn = Arn::resolve(scope, ResourceKind::Cluster, text)
                .map_err(|e| EcsError::invalid(format!("cluster: {e}")))?;
            Ok(arn.path)
        }
    }
}

fn validate_settings(settings: &[wire::ClusterSetting]) -> EcsResult<()> {
    for setting in settings {
        validate::one_of(
            "settings.name",
            setting.name.as_deref().unwrap_or(""),
            wire::CLUSTER_SETTING_NAME_VALUES,
        )?;
        validate::one_of(
            "settings.value",
            setting.value.as_deref().unwrap_or(""),
            CONTAINER_INSIGHTS_VALUES,
        )?;
    }
    Ok(())
}

fn merge_settings(existing: &mut Vec<wire::ClusterSetting>, updates: &[wire::ClusterSetting]) {
    for update in updates {
        match existing.iter_mut().find(|s| s.name == update.name) {
            Some(slot) => *slot = update.clone(),
            None => existing.push(update.clone()),
        }
    }
}

impl ControlPlane {
    /// The ACTIVE cluster a request refers to, or `ClusterNotFoundException`.
    pub(crate) async fn active_cluster(
        &self,
        scope: &Scope,
        cluster: Option<&str>,
    ) -> EcsResult<Versioned<ClusterRecord>> {
        let name = cluster_name(scope, cluster)?;
        match self
            .load::<ClusterRecord>(&keys::cluster(scope, &name))
            .await?
        {
            Some(found) if found.record.status == "ACTIVE" => Ok(found),
            Some(_) => Err(EcsError::ClusterNotFound(
                "The referenced cluster was inactive.".into(),
            )),
            None => Err(EcsError::cluster_not_found()),
        }
    }

    pub(crate) async fn cluster_counts(
        &self,
        scope: &Scope,
        name: &str,
    ) -> EcsResult<ClusterCounts> {
        let mut counts = ClusterCounts::default();
        let instances: Vec<Versioned<ContainerInstanceRecord>> =
            self.list_all(&keys::instances(scope, name)).await?;
        counts.registered_instances = instances
            .iter()
            .filter(|i| i.record.status == "ACTIVE" || i.record.status == "DRAINING")
            .count() as i32;
        let tasks: Vec<Versioned<TaskRecord>> = self.list_all(&keys::tasks(scope, name)).await?;
        for task in &tasks {
            let fargate = task.record.launch_type.as_deref() == Some("FARGATE");
            match task.record.last_status {
                TaskStatus::Running => {
                    counts.running_tasks += 1;
                    if fargate {
                        counts.running_fargate += 1
                    } else {
                        counts.running_ec2 += 1
                    }
                }
                status if status.is_pending() => {
                    counts.pending_tasks += 1;
                    if fargate {
                        counts.pending_fargate += 1
                    } else {
                        counts.pending_ec2 += 1
                    }
                }
                _ => {}
            }
        }
        counts.active_services = self.active_service_count(scope, name).await?;
        Ok(counts)
    }

    async fn cluster_to_wire(
        &self,
        scope: &Scope,
        record: &ClusterRecord,
        include: &[String],
    ) -> EcsResult<wire::Cluster> {
        let counts = if record.status == "ACTIVE" {
            self.cluster_counts(scope, &record.name).await?
        } else {
            ClusterCounts::default()
        };
        let has = |what: &str| include.iter().any(|i| i == what);
        let statistics = has("STATISTICS").then(|| {
            [
                ("runningEC2TasksCount", counts.running_ec2),
                ("runningFargateTasksCount", counts.running_fargate),
                ("pendingEC2TasksCount", counts.pending_ec2),
                ("pendingFargateTasksCount", counts.pending_fargate),
                ("activeServicesCount", counts.active_services),
            ]
            .into_iter()
            .map(|(name, value)| wire::KeyValuePair {
                name: Some(name.to_string()),
                value: Some(value.to_string()),
            })
            .collect()
        });
        Ok(wire::Cluster {
            cluster_arn: Some(record.arn.clone()),
            cluster_name: Some(record.name.clone()),
            status: Some(record.status.clone()),
            registered_container_instances_count: Some(counts.registered_instances),
            running_tasks_count: Some(counts.running_tasks),
            pending_tasks_count: Some(counts.pending_tasks),
            active_services_count: Some(counts.active_services),
            statistics,
            tags: has("TAGS").then(|| validate::wire_tags(&record.tags)),
            settings: Some(record.settings.clone()),
            configuration: record.configuration.clone(),
            capacity_providers: Some(record.capacity_providers.clone()),
            default_capacity_provider_strategy: Some(
                record.default_capacity_provider_strategy.clone(),
            ),
            service_connect_defaults: record.service_connect_defaults.clone(),
            attachments: has("ATTACHMENTS").then(Vec::new),
            ..Default::default()
        })
    }

    pub async fn create_cluster(
        &self,
        scope: &Scope,
        request: wire::CreateClusterRequest,
    ) -> EcsResult<wire::CreateClusterResponse> {
        let name = request
            .cluster_name
            .clone()
            .unwrap_or_else(|| DEFAULT_CLUSTER.to_string());
        validate::name("clusterName", &name)?;
        let tags = validate::tags(request.tags.as_deref().unwrap_or_default())?;
        let settings = request.settings.clone().unwrap_or_default();
        validate_settings(&settings)?;
        let key = keys::cluster(scope, &name);
        for _ in 0..MAX_CONFLICT_RETRIES {
            let existing = self.load::<ClusterRecord>(&key).await?;
            if let Some(found) = &existing {
                if found.record.status == "ACTIVE" {
                    // CreateCluster on an existing cluster returns it unchanged, as ECS does.
                    let cluster = self.cluster_to_wire(scope, &found.record, &[]).await?;
                    return Ok(wire::CreateClusterResponse {
                        cluster: Some(cluster),
                    });
                }
            }
            let record = ClusterRecord {
                arn: scope.arn(ResourceKind::Cluster, &name).to_string(),
                name: name.clone(),
                status: "ACTIVE".into(),
                created_at: self.now(),
                tags: tags.clone(),
                settings: settings.clone(),
                configuration: request.configuration.clone(),
                capacity_providers: request.capacity_providers.clone().unwrap_or_default(),
                default_capacity_provider_strategy: request
                    .default_capacity_provider_strategy
                    .clone()
                    .unwrap_or_default(),
                service_connect_defaults: request.service_connect_defaults.as_ref().map(|d| {
                    wire::ClusterServiceConnectDefaults {
                        namespace: d.namespace.clone(),
                    }
                }),
            };
            let mut commit = Commit::new();
            commit.put(&key, existing.map_or(0, |e| e.mod_revision), &record)?;
            if self.try_commit(commit).await? {
                let cluster = self.cluster_to_wire(scope, &record, &[]).await?;
                return Ok(wire::CreateClusterResponse {
                    cluster: Some(cluster),
                });
            }
        }
        Err(db::too_much_contention())
    }

    pub async fn describe_clusters(
        &self,
        scope: &Scope,
        request: wire::DescribeClustersRequest,
    ) -> EcsResult<wire::DescribeClustersResponse> {
        let include = request.include.unwrap_or_default();
        for item in &include {
            validate::one_of("include", item, wire::CLUSTER_FIELD_VALUES)?;
        }
        let names = match request.clusters {
            Some(list) if !list.is_empty() => list,
            _ => vec![DEFAULT_CLUSTER.to_string()],
        };
        validate::at_most("clusters", &names, MAX_DESCRIBE_CLUSTERS)?;
        let mut clusters = Vec::new();
        let mut failures = Vec::new();
        for given in names {
            let name = cluster_name(scope, Some(&given))?;
            match self
                .load::<ClusterRecord>(&keys::cluster(scope, &name))
                .await?
            {
                Some(found) => {
                    clusters.push(self.cluster_to_wire(scope, &found.record, &include).await?)
                }
                None => failures.push(wire::Failure {
                    arn: Some(scope.arn(ResourceKind::Cluster, &name).to_string()),
                    reason: Some("MISSING".into()),
                    detail: None,
                }),
            }
        }
        Ok(wire::DescribeClustersResponse {
            clusters: Some(clusters),
            failures: Some(failures),
        })
    }

    pub async fn list_clusters(
        &self,
        scope: &Scope,
        request: wire::ListClustersRequest,
    ) -> EcsResult<wire::ListClustersResponse> {
        let limit = pagination::page_size(request.max_results, pagination::DEFAULT_MAX_RESULTS)?;
        let (page, next_token) = pagination::page::<ClusterRecord>(
            self,
            &keys::clusters(scope),
            request.next_token.as_deref(),
            limit,
            |c| c.status == "ACTIVE",
        )
        .await?;
        Ok(wire::ListClustersResponse {
            cluster_arns: Some(page.into_iter().map(|c| c.record.arn).collect()),
            next_token,
        })
    }

    pub async fn delete_cluster(
        &self,
        scope: &Scope,
        request: wire::DeleteClusterRequest,
    ) -> EcsResult<wire::DeleteClusterResponse> {
        let given = request
            .cluster
            .ok_or_else(|| EcsError::invalid("cluster is required."))?;
        for _ in 0..MAX_CONFLICT_RETRIES {
            let mut cluster = self.active_cluster(scope, Some(&given)).await?;
            let counts = self.cluster_counts(scope, &cluster.record.name).await?;
            if counts.registered_instances > 0 {
                return Err(EcsError::ClusterContainsContainerInstances(
                    "The Cluster cannot be deleted while Container Instances are active or draining."
                        .into(),
                ));
            }
            if counts.active_services > 0 {
                return Err(EcsError::ClusterContainsServices(
                    "The Cluster cannot be deleted while Services are active.".into(),
                ));
            }
            if self
                .cluster_has_live_tasks(scope, &cluster.record.name)
                .await?
            {
                return Err(EcsError::ClusterContainsTasks(
                    "The Cluster cannot be deleted while Tasks are active.".into(),
                ));
            }
            cluster.record.status = "INACTIVE".into();
            let mut commit = Commit::new();
            commit.update(&cluster)?;
            if self.try_commit(commit).await? {
                let wire = self.cluster_to_wire(scope, &cluster.record, &[]).await?;
                return Ok(wire::DeleteClusterResponse {
                    cluster: Some(wire),
                });
            }
        }
        Err(db::too_much_contention())
    }

    async fn cluster_has_live_tasks(&self, scope: &Scope, name: &str) -> EcsResult<bool> {
        let tasks: Vec<Versioned<TaskRecord>> = self.list_all(&keys::tasks(scope, name)).await?;
        Ok(tasks.iter().any(|t| !t.record.last_status.is_stopped()))
    }

    pub async fn update_cluster(
        &self,
        scope: &Scope,
        request: wire::UpdateClusterRequest,
    ) -> EcsResult<wire::UpdateClusterResponse> {
        let given = request
            .cluster
            .clone()
            .ok_or_else(|| EcsError::invalid("cluster is required."))?;
        if let Some(settings) = &request.settings {
            validate_settings(settings)?;
        }
        for _ in 0..MAX_CONFLICT_RETRIES {
            let mut cluster = self.active_cluster(scope, Some(&given)).await?;
            if let Some(settings) = &request.settings {
                merge_settings(&mut cluster.record.settings, settings);
            }
            if let Some(configuration) = &request.configuration {
                cluster.record.configuration = Some(configuration.clone());
            }
            if let Some(defaults) = &request.service_connect_defaults {
                cluster.record.service_connect_defaults =
                    Some(wire::ClusterServiceConnectDefaults {
                        namespace: defaults.namespace.clone(),
                    });
            }
            let mut commit = Commit::new();
            commit.update(&cluster)?;
            if self.try_commit(commit).await? {
                let wire = self.cluster_to_wire(scope, &cluster.record, &[]).await?;
                return Ok(wire::UpdateClusterResponse {
                    cluster: Some(wire),
                });
            }
        }
        Err(db::too_much_contention())
    }

    pub async fn update_cluster_settings(
        &self,
        scope: &Scope,
        request: wire::UpdateClusterSettingsRequest,
    ) -> EcsResult<wire::UpdateClusterSettingsResponse> {
        let response = self
            .update_cluster(
                scope,
                wire::UpdateClusterRequest {
                    cluster: request.cluster,
                    settings: Some(
                        request
                            .settings
                            .ok_or_else(|| EcsError::invalid("settings is required."))?,
                    ),
                    ..Default::default()
                },
            )
            .await?;
        Ok(wire::UpdateClusterSettingsResponse {
            cluster: response.cluster,
        })
    }
}

impl ControlPlane {
    /// Services of a cluster that count as active (ACTIVE or DRAINING records; INACTIVE ones
    /// are kept for DescribeServices only).
    pub(crate) async fn active_service_count(&self, scope: &Scope, name: &str) -> EcsResult<i32> {
        let services: Vec<Versioned<crate::records::ServiceRecord>> =
            self.list_all(&keys::services(scope, name)).await?;
        Ok(services
            .iter()
            .filter(|s| s.record.status == "ACTIVE" || s.record.status == "DRAINING")
            .count() as i32)
    }
}
