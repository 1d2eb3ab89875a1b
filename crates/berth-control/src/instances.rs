//! Container instance operations: RegisterContainerInstance, DeregisterContainerInstance,
//! DescribeContainerInstances, ListContainerInstances, UpdateContainerInstancesState, and the
//! instance views that placement reads.
//!
//! A deregistered instance stays as an INACTIVE record (describable, not listed by default, not
//! counted by its cluster). Running/pending task counts, live task-group counts and remaining
//! resources belong to the tasks module, which changes them in the same transactions that place
//! and stop tasks; this module only carries them over, and computes the task-group counts once
//! for records written before they were kept ([`placement_instances`]). Conversions live in
//! `instance_wire.rs`. This module must not change task records.

use crate::db::{Commit, Versioned, MAX_CONFLICT_RETRIES};
use crate::error::{EcsError, EcsResult};
use crate::instance_wire::{
    self, checked_attribute, custom_attribute_count, failure_arn, identity_document,
    instance_to_wire, instance_view, registered_resources, reregistered_remaining,
    resolve_instance, IdentityDocument, InstanceRef, RegisteredResources,
    ATTRIBUTE_AVAILABILITY_ZONE, ATTRIBUTE_INSTANCE_TYPE, DEFAULT_ATTRIBUTES,
    MAX_CUSTOM_ATTRIBUTES,
};
use crate::records::{ClusterRecord, ContainerInstanceRecord, Tags, TaskRecord};
use crate::{db, keys, pagination, validate, ControlPlane};
use berth_model::{Scope, TaskStatus};
use berth_scheduler::InstanceView;
use berth_store::{Store, MAX_TXN_OPS};
use berth_wire::ecs as wire;
use std::collections::{BTreeMap, HashMap, HashSet};

/// ECS's limit on instances per DescribeContainerInstances call.
const MAX_DESCRIBE_INSTANCES: usize = 100;
/// ECS's limit on instances per UpdateContainerInstancesState call.
const MAX_UPDATE_STATE_INSTANCES: usize = 10;
/// The only statuses UpdateContainerInstancesState may set (and the only ones it may leave).
const SETTABLE_STATUSES: &[&str] = &["ACTIVE", "DRAINING"];
/// What every registration serves.
const DEFAULT_LAUNCH_TYPES: &[&str] = &["EC2"];
/// Capability attributes with which an agent offers its host for more launch types
/// (`berth agent --fargate` / `--external`), in ECS's launch type order.
const LAUNCH_TYPE_CAPABILITIES: &[(&str, &str)] = &[
    ("ecs.capability.fargate", "FARGATE"),
    ("ecs.capability.external", "EXTERNAL"),
];

/// The launch types an instance with these attributes serves: EC2, plus each one whose
/// capability attribute it registered.
pub(crate) fn launch_types(attributes: &BTreeMap<String, Option<String>>) -> Vec<String> {
    DEFAULT_LAUNCH_TYPES
        .iter()
        .copied()
        .chain(
            LAUNCH_TYPE_CAPABILITIES
                .iter()
                .filter(|(attribute, _)| attributes.contains_key(*attribute))
                .map(|(_, launch_type)| *launch_type),
        )
        .map(str::to_string)
        .collect()
}

/// Live tasks (desired status other than STOPPED) per task group, per container instance id.
pub(crate) fn task_groups<'a>(
    tasks: impl IntoIterator<Item = &'a TaskRecord>,
) -> HashMap<String, BTreeMap<String, u32>> {
    let mut out: HashMap<String, BTreeMap<String, u32>> = HashMap::new();
    for task in tasks {
        if task.desired_status == TaskStatus::Stopped {
            continue;
        }
        if let (Some(instance), Some(group)) = (&task.container_instance_id, &task.group) {
            *out.entry(instance.clone())
                .or_default()
                .entry(group.clone())
                .or_default() += 1;
        }
    }
    out
}

/// Every registered (not INACTIVE) instance of a cluster, for placement, each with complete
/// live task-group counts (`task_groups_complete` set), and the store revision they are the
/// state of (`None` when counts had to be computed and written, so no single revision holds
/// exactly these records).
///
/// Records written before the counts were kept get them computed here, once: the cluster's
/// tasks are read *after* the instances, and the counts are committed with a revision check on
/// each instance. Every change of a task's liveness also writes its instance, so a change
/// between the two reads fails that check and the computation starts over; none can be missed.
pub(crate) async fn placement_instances(
    store: &dyn Store,
    scope: &Scope,
    cluster: &str,
) -> EcsResult<(Vec<Versioned<ContainerInstanceRecord>>, Option<u64>)> {
    for _ in 0..MAX_CONFLICT_RETRIES {
        let page = store
            .range(&keys::instances(scope, cluster), None, 0)
            .await?;
        let mut instances = Vec::with_capacity(page.items.len());
        for kv in page.items {
            let record: ContainerInstanceRecord = db::decode(&kv.value)?;
            if record.status != "INACTIVE" {
                instances.push(Versioned {
                    key: kv.key,
                    record,
                    mod_revision: kv.mod_revision,
                });
            }
        }
        if instances.iter().all(|i| i.record.task_groups_complete) {
            return Ok((instances, Some(page.revision)));
        }
        let tasks: Vec<Versioned<TaskRecord>> =
            db::list_all_from(store, &keys::tasks(scope, cluster)).await?;
        let mut groups = task_groups(tasks.iter().map(|t| &t.record));
        let mut backfilled = Vec::new();
        for instance in instances
            .iter_mut()
            .filter(|i| !i.record.task_groups_complete)
        {
            instance.record.task_groups = groups.remove(&instance.record.id).unwrap_or_default();
            instance.record.task_groups_complete = true;
            backfilled.push(instance.clone());
        }
        let mut conflicted = false;
        for chunk in backfilled.chunks(MAX_TXN_OPS) {
            let mut commit = Commit::new();
            for instance in chunk {
                commit.update(instance)?;
            }
            match db::commit_to(store, commit).await? {
                Some(revision) => {
                    for instance in instances.iter_mut() {
                        if chunk.iter().any(|done| done.key == instance.key) {
                            instance.mod_revision = revision;
                        }
                    }
                }
                None => conflicted = true,
            }
        }
        if !conflicted {
            tracing::info!(
                cluster,
                instances = backfilled.len(),
                "computed the task-group counts of container instances recorded without them"
            );
            return Ok((instances, None));
        }
    }
    Err(db::too_much_contention())
}

/// The attributes a registration sends, over the built-in defaults and what the identity
/// document says; the caller's own attributes win.
fn registration_attributes(
    document: &IdentityDocument,
    explicit: &[wire::Attribute],
) -> EcsResult<BTreeMap<String, Option<String>>> {
    let mut attributes: BTreeMap<String, Option<String>> = DEFAULT_ATTRIBUTES
        .iter()
        .map(|(name, value)| (name.to_string(), Some(value.to_string())))
        .collect();
    if let Some(zone) = &document.availability_zone {
        attributes.insert(ATTRIBUTE_AVAILABILITY_ZONE.into(), Some(zone.clone()));
    }
    if let Some(instance_type) = &document.instance_type {
        attributes.insert(ATTRIBUTE_INSTANCE_TYPE.into(), Some(instance_type.clone()));
    }
    for attribute in explicit {
        let (name, value) = checked_attribute(attribute)?;
        attributes.insert(name, value);
    }
    Ok(attributes)
}

fn check_custom_attribute_limit(attributes: &BTreeMap<String, Option<String>>) -> EcsResult<()> {
    let custom = custom_attribute_count(attributes);
    if custom > MAX_CUSTOM_ATTRIBUTES {
        return Err(EcsError::invalid(format!(
            "attributes is invalid: a container instance can have at most \
             {MAX_CUSTOM_ATTRIBUTES} custom attributes; this registration has {custom}."
        )));
    }
    Ok(())
}

fn check_platform_devices(devices: &[wire::PlatformDevice]) -> EcsResult<()> {
    for (index, device) in devices.iter().enumerate() {
        if device.id.as_deref().is_none_or(str::is_empty) {
            return Err(EcsError::invalid(format!(
                "platformDevices[{index}].id is required."
            )));
        }
        validate::one_of(
            "platformDevices.type",
            device.r#type.as_deref().unwrap_or(""),
            wire::PLATFORM_DEVICE_TYPE_VALUES,
        )?;
    }
    Ok(())
}

/// A validated RegisterContainerInstance request.
struct Registration {
    document: IdentityDocument,
    total: RegisteredResources,
    attributes: BTreeMap<String, Option<String>>,
    tags: Tags,
    version_info: Option<wire::VersionInfo>,
}

fn missing(arn: String) -> wire::Failure {
    wire::Failure {
        arn: Some(arn),
        reason: Some("MISSING".into()),
        detail: None,
    }
}

impl ControlPlane {
    pub async fn register_container_instance(
        &self,
        scope: &Scope,
        request: wire::RegisterContainerInstanceRequest,
    ) -> EcsResult<wire::RegisterContainerInstanceResponse> {
        let document = identity_document(request.instance_identity_document.as_deref())?;
        let total = registered_resources(request.total_resources.as_deref().unwrap_or_default())?;
        let attributes =
            registration_attributes(&document, request.attributes.as_deref().unwrap_or_default())?;
        let tags = validate::tags(request.tags.as_deref().unwrap_or_default())?;
        // Devices are validated but not kept: the ContainerInstance shape has no member to echo
        // them in, and GPU ids also arrive in totalResources, which is kept verbatim.
        check_platform_devices(request.platform_devices.as_deref().unwrap_or_default())?;
        let registration = Registration {
            document,
            total,
            attributes,
            tags,
            version_info: request.version_info,
        };
        let record = match request.container_instance_arn.as_deref() {
            Some(arn) if !arn.is_empty() => {
                self.reregister(scope, request.cluster.as_deref(), arn, &registration)
                    .await?
            }
            _ => {
                self.register_new(scope, request.cluster.as_deref(), &registration)
                    .await?
            }
        };
        Ok(wire::RegisterContainerInstanceResponse {
            container_instance: Some(instance_to_wire(&record, true, false)),
        })
    }

    async fn register_new(
        &self,
        scope: &Scope,
        cluster: Option<&str>,
        registration: &Registration,
    ) -> EcsResult<ContainerInstanceRecord> {
        check_custom_attribute_limit(&registration.attributes)?;
        for _ in 0..MAX_CONFLICT_RETRIES {
            let cluster = self.active_cluster(scope, cluster).await?;
            let name = &cluster.record.name;
            let id = uuid::Uuid::new_v4().simple().to_string();
            let record = ContainerInstanceRecord {
                arn: instance_wire::instance_arn(scope, name, &id),
                id: id.clone(),
                cluster: name.clone(),
                ec2_instance_id: registration.document.instance_id.clone(),
                status: "ACTIVE".into(),
                status_reason: None,
                registered: registration.total.resources.clone(),
                // Nothing is placed yet: what remains is what registered, with the agent's
                // reserved ports already taken.
                remaining: registration.total.resources.clone(),
                other_resources: registration.total.other.clone(),
                attributes: registration.attributes.clone(),
                version_info: registration.version_info.clone(),
                registered_at: self.now(),
                agent: None,
                running_tasks_count: 0,
                pending_tasks_count: 0,
                version: 1,
                tags: registration.tags.clone(),
                capacity_provider_name: None,
                launch_types: launch_types(&registration.attributes),
                // A new instance has no tasks: its (empty) counts are complete.
                task_groups: BTreeMap::new(),
                task_groups_complete: true,
            };
            let mut commit = Commit::new();
            commit.put(&keys::instance(scope, name, &id), 0, &record)?;
            // A cluster deleted meanwhile must not gain an instance.
            commit.require_unchanged(&cluster.key, cluster.mod_revision);
            if self.try_commit(commit).await? {
                return Ok(record);
            }
        }
        Err(db::too_much_contention())
    }

    /// Re-registration of a known instance (the agent restarting with its saved ARN): the id,
    /// status, tasks and custom attributes stay; resources, agent attributes and version info
    /// are replaced, as ECS does.
    async fn reregister(
        &self,
        scope: &Scope,
        cluster: Option<&str>,
        given: &str,
        registration: &Registration,
    ) -> EcsResult<ContainerInstanceRecord> {
        for _ in 0..MAX_CONFLICT_RETRIES {
            let cluster = self.active_cluster(scope, cluster).await?;
            let name = &cluster.record.name;
            let not_found = || {
                EcsError::invalid(format!(
                    "containerInstanceArn '{given}' is invalid: the container instance was not \
                     found in cluster '{name}'."
                ))
            };
            let InstanceRef::Id(id) = resolve_instance(scope, name, "containerInstanceArn", given)?
            else {
                return Err(not_found());
            };
            let Some(mut found) = self
                .load::<ContainerInstanceRecord>(&keys::instance(scope, name, &id))
                .await?
            else {
                return Err(not_found());
            };
            let record = &mut found.record;
            if record.status == "INACTIVE" {
                return Err(EcsError::client(format!(
                    "Container instance {} was deregistered; an INACTIVE container instance \
                     cannot register again. Register it without containerInstanceArn.",
                    record.arn
                )));
            }
            let previous_type = record
                .attributes
                .get(ATTRIBUTE_INSTANCE_TYPE)
                .cloned()
                .flatten();
            if let (Some(previous), Some(now)) =
                (&previous_type, &registration.document.instance_type)
            {
                if previous != now {
                    // The agent recognises this message and stops retrying.
                    return Err(EcsError::client(format!(
                        "Container instance type changes are not supported. Container \
                         instance {id} was previously registered as {previous}."
                    )));
                }
            }
            let mut attributes = record.attributes.clone();
            attributes.extend(registration.attributes.clone());
            check_custom_attribute_limit(&attributes)?;
            record.launch_types = launch_types(&attributes);
            record.attributes = attributes;
            record.tags = validate::merge_tags(&record.tags, &registration.tags)?;
            record.remaining = reregistered_remaining(
                &record.registered,
                &record.remaining,
                &registration.total.resources,
            );
            record.registered = registration.total.resources.clone();
            record.other_resources = registration.total.other.clone();
            if registration.version_info.is_some() {
                record.version_info = registration.version_info.clone();
            }
            if registration.document.instance_id.is_some() {
                record.ec2_instance_id = registration.document.instance_id.clone();
            }
            record.version += 1;
            let mut commit = Commit::new();
            commit.update(&found)?;
            commit.require_unchanged(&cluster.key, cluster.mod_revision);
            if self.try_commit(commit).await? {
                return Ok(found.record);
            }
        }
        Err(db::too_much_contention())
    }

    /// DeregisterContainerInstance. With `force`, tasks still on the instance keep their records
    /// and keep running, orphaned, as ECS documents; their reservations are not released.
    pub async fn deregister_container_instance(
        &self,
        scope: &Scope,
        request: wire::DeregisterContainerInstanceRequest,
    ) -> EcsResult<wire::DeregisterContainerInstanceResponse> {
        let given = request
            .container_instance
            .clone()
            .filter(|g| !g.is_empty())
            .ok_or_else(|| EcsError::invalid("containerInstance is required."))?;
        let force = request.force.unwrap_or(false);
        for _ in 0..MAX_CONFLICT_RETRIES {
            let cluster = self
                .active_cluster(scope, request.cluster.as_deref())
                .await?;
            let mut found = self
                .live_instance(scope, &cluster.record, "containerInstance", &given)
                .await?;
            let record = &mut found.record;
            if !force && record.running_tasks_count + record.pending_tasks_count > 0 {
                return Err(EcsError::invalid(
                    "Found running tasks on the instance. Stop them first, or deregister with \
                     force to orphan them.",
                ));
            }
            record.status = "INACTIVE".into();
            record.version += 1;
            let mut commit = Commit::new();
            commit.update(&found)?;
            commit.require_unchanged(&cluster.key, cluster.mod_revision);
            if self.try_commit(commit).await? {
                return Ok(wire::DeregisterContainerInstanceResponse {
                    container_instance: Some(instance_to_wire(&found.record, false, false)),
                });
            }
        }
        Err(db::too_much_contention())
    }

    /// The instance a reference names in `cluster`, if it is still registered (not INACTIVE).
    /// Anything else is ECS's "not found" `InvalidParameterException`, naming `field`.
    pub(crate) async fn live_instance(
        &self,
        scope: &Scope,
        cluster: &ClusterRecord,
        field: &str,
        given: &str,
    ) -> EcsResult<Versioned<ContainerInstanceRecord>> {
        let not_found = || {
            EcsError::invalid(format!(
                "{field} '{given}' is invalid: Container instance not found in cluster '{}'.",
                cluster.name
            ))
        };
        let InstanceRef::Id(id) = resolve_instance(scope, &cluster.name, field, given)? else {
            return Err(not_found());
        };
        match self
            .load::<ContainerInstanceRecord>(&keys::instance(scope, &cluster.name, &id))
            .await?
        {
            Some(found) if found.record.status != "INACTIVE" => Ok(found),
            _ => Err(not_found()),
        }
    }

    pub async fn describe_container_instances(
        &self,
        scope: &Scope,
        request: wire::DescribeContainerInstancesRequest,
    ) -> EcsResult<wire::DescribeContainerInstancesResponse> {
        let include = request.include.unwrap_or_default();
        for item in &include {
            validate::one_of("include", item, wire::CONTAINER_INSTANCE_FIELD_VALUES)?;
        }
        let include_tags = include.iter().any(|i| i == "TAGS");
        let include_health = include.iter().any(|i| i == "CONTAINER_INSTANCE_HEALTH");
        let given = request.container_instances.unwrap_or_default();
        if given.is_empty() {
            return Err(EcsError::invalid("containerInstances must not be empty."));
        }
        validate::at_most("containerInstances", &given, MAX_DESCRIBE_INSTANCES)?;
        let cluster = self
            .active_cluster(scope, request.cluster.as_deref())
            .await?;
        let name = &cluster.record.name;
        let mut instances = Vec::new();
        let mut failures = Vec::new();
        let mut seen = HashSet::new();
        for reference in given {
            let found = match resolve_instance(scope, name, "containerInstances", &reference)? {
                InstanceRef::Id(id) => {
                    if !seen.insert(id.clone()) {
                        continue;
                    }
                    self.load::<ContainerInstanceRecord>(&keys::instance(scope, name, &id))
                        .await?
                }
                InstanceRef::Elsewhere => None,
            };
            match found {
                Some(found) => instances.push(instance_to_wire(
                    &found.record,
                    include_tags,
                    include_health,
                )),
                None => failures.push(missing(failure_arn(scope, name, &reference))),
            }
        }
        Ok(wire::DescribeContainerInstancesResponse {
            container_instances: Some(instances),
            failures: Some(failures),
        })
    }

    pub async fn list_container_instances(
        &self,
        scope: &Scope,
        request: wire::ListContainerInstancesRequest,
    ) -> EcsResult<wire::ListContainerInstancesResponse> {
        let limit = pagination::page_size(request.max_results, pagination::DEFAULT_MAX_RESULTS)?;
        if let Some(status) = &request.status {
            validate::one_of("status", status, wire::CONTAINER_INSTANCE_STATUS_VALUES)?;
        }
        let filter = match request.filter.as_deref().map(str::trim) {
            Some(text) if !text.is_empty() => Some(
                berth_query::parse(text)
                    .map_err(|e| EcsError::invalid(format!("filter '{text}' is invalid: {e}.")))?,
            ),
            _ => None,
        };
        let cluster = self
            .active_cluster(scope, request.cluster.as_deref())
            .await?;
        let name = &cluster.record.name;
        // Instances keep their live task-group counts; only records written before they were
        // kept need the cluster's tasks read.
        let legacy_groups = match filter {
            Some(_) => self.legacy_task_groups(scope, name).await?,
            None => HashMap::new(),
        };
        let status = request.status;
        let (page, next_token) = pagination::page::<ContainerInstanceRecord>(
            self,
            &keys::instances(scope, name),
            request.next_token.as_deref(),
            limit,
            |record| {
                let status_ok = match &status {
                    Some(wanted) => &record.status == wanted,
                    None => record.status != "INACTIVE",
                };
                status_ok
                    && filter.as_ref().is_none_or(|expr| {
                        let groups = if record.task_groups_complete {
                            record.task_groups.clone()
                        } else {
                            legacy_groups.get(&record.id).cloned().unwrap_or_default()
                        };
                        expr.eval(&instance_view(record, groups))
                    })
            },
        )
        .await?;
        Ok(wire::ListContainerInstancesResponse {
            container_instance_arns: Some(page.into_iter().map(|i| i.record.arn).collect()),
            next_token,
        })
    }

    pub async fn update_container_instances_state(
        &self,
        scope: &Scope,
        request: wire::UpdateContainerInstancesStateRequest,
    ) -> EcsResult<wire::UpdateContainerInstancesStateResponse> {
        let status = request
            .status
            .clone()
            .ok_or_else(|| EcsError::invalid("status is required."))?;
        validate::one_of("status", &status, SETTABLE_STATUSES)?;
        let given = request.container_instances.clone().unwrap_or_default();
        if given.is_empty() {
            return Err(EcsError::invalid("containerInstances must not be empty."));
        }
        validate::at_most("containerInstances", &given, MAX_UPDATE_STATE_INSTANCES)?;
        for _ in 0..MAX_CONFLICT_RETRIES {
            let cluster = self
                .active_cluster(scope, request.cluster.as_deref())
                .await?;
            let name = &cluster.record.name;
            let mut commit = Commit::new();
            let mut instances = Vec::new();
            let mut failures = Vec::new();
            let mut seen = HashSet::new();
            for reference in &given {
                let found = match resolve_instance(scope, name, "containerInstances", reference)? {
                    InstanceRef::Id(id) => {
                        if !seen.insert(id.clone()) {
                            continue;
                        }
                        self.load::<ContainerInstanceRecord>(&keys::instance(scope, name, &id))
                            .await?
                    }
                    InstanceRef::Elsewhere => None,
                };
                let Some(mut found) = found else {
                    failures.push(missing(failure_arn(scope, name, reference)));
                    continue;
                };
                if !SETTABLE_STATUSES.contains(&found.record.status.as_str()) {
                    failures.push(wire::Failure {
                        arn: Some(found.record.arn.clone()),
                        reason: Some(found.record.status.clone()),
                        detail: Some(format!(
                            "The container instance is {}; only ACTIVE or DRAINING container \
                             instances can change state.",
                            found.record.status
                        )),
                    });
                    continue;
                }
                if found.record.status != status {
                    found.record.status = status.clone();
                    found.record.version += 1;
                    commit.update(&found)?;
                }
                instances.push(instance_to_wire(&found.record, false, false));
            }
            let changed = !commit.is_empty();
            commit.require_unchanged(&cluster.key, cluster.mod_revision);
            if !changed || self.try_commit(commit).await? {
                return Ok(wire::UpdateContainerInstancesStateResponse {
                    container_instances: Some(instances),
                    failures: Some(failures),
                });
            }
        }
        Err(db::too_much_contention())
    }

    /// Live task groups per instance, computed from the cluster's tasks, when some instance of
    /// the cluster was recorded before instances kept their own counts; empty otherwise.
    async fn legacy_task_groups(
        &self,
        scope: &Scope,
        cluster: &str,
    ) -> EcsResult<HashMap<String, BTreeMap<String, u32>>> {
        let instances: Vec<Versioned<ContainerInstanceRecord>> =
            self.list_all(&keys::instances(scope, cluster)).await?;
        if instances.iter().all(|i| i.record.task_groups_complete) {
            return Ok(HashMap::new());
        }
        let tasks: Vec<Versioned<TaskRecord>> = self.list_all(&keys::tasks(scope, cluster)).await?;
        Ok(task_groups(tasks.iter().map(|t| &t.record)))
    }

    /// Every registered (not INACTIVE) instance of a cluster with the scheduler's view of it, for
    /// placement, its task groups from the instance's own counts (see [`placement_instances`]).
    /// A placement commit must compare each chosen instance's `mod_revision`.
    #[cfg_attr(not(test), allow(dead_code))]
    pub(crate) async fn instance_views(
        &self,
        scope: &Scope,
        cluster: &str,
    ) -> EcsResult<Vec<(Versioned<ContainerInstanceRecord>, InstanceView)>> {
        let (instances, _) = placement_instances(self.store.as_ref(), scope, cluster).await?;
        Ok(instances
            .into_iter()
            .map(|i| {
                let view = instance_view(&i.record, i.record.task_groups.clone());
                (i, view)
            })
            .collect())
    }
}

#[cfg(test)]
#[path = "instances_testkit.rs"]
pub(crate) mod testkit;

#[cfg(test)]
#[path = "instances_tests.rs"]
mod tests;
