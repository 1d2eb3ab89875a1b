//! Task records on the wire (the full ECS `Task` shape, only members with values), and the
//! read operations DescribeTasks and ListTasks.
//!
//! ListTasks follows ECS's filter rules: `desiredStatus` defaults to RUNNING (PENDING matches
//! nothing, as ECS never desires PENDING), `serviceName` means the group `service:NAME`, and
//! `startedBy` cannot be combined with the other filters. This module must not write.

use super::{parse_task_ref, task_arn};
use crate::clusters::cluster_name;
use crate::error::{EcsError, EcsResult};
use crate::records::{ContainerRecord, TaskRecord};
use crate::{keys, pagination, validate, ControlPlane};
use berth_model::{Arn, ResourceKind, Scope, TaskStatus};
use berth_wire::ecs as wire;
use berth_wire::Timestamp;

/// ECS's limit on tasks per DescribeTasks call.
const MAX_DESCRIBE_TASKS: usize = 100;

fn timestamp(secs: Option<f64>) -> Option<Timestamp> {
    secs.and_then(|s| Timestamp::from_unix_seconds_f64(s).ok())
}

fn container_to_wire(task_arn: &str, container: &ContainerRecord) -> wire::Container {
    wire::Container {
        container_arn: Some(container.arn.clone()),
        task_arn: Some(task_arn.to_string()),
        name: Some(container.name.clone()),
        image: container.image.clone(),
        image_digest: container.image_digest.clone(),
        runtime_id: container.runtime_id.clone(),
        last_status: Some(container.last_status.clone()),
        exit_code: container.exit_code,
        reason: container.reason.clone(),
        network_bindings: Some(container.network_bindings.clone()),
        network_interfaces: Some(container.network_interfaces.clone()),
        health_status: Some(container.health_status.as_str().to_string()),
        cpu: container.cpu.clone(),
        memory: container.memory.clone(),
        memory_reservation: container.memory_reservation.clone(),
        ..Default::default()
    }
}

/// The ECS `Task` for a record; tags only when asked for (`include: ["TAGS"]`).
pub(crate) fn task_to_wire(task: &TaskRecord, include_tags: bool) -> wire::Task {
    let mut overrides = task.overrides.clone();
    overrides.container_overrides.get_or_insert_with(Vec::new);
    overrides
        .inference_accelerator_overrides
        .get_or_insert_with(Vec::new);
    wire::Task {
        attachments: Some(task.attachments.clone()),
        attributes: (!task.attributes.is_empty()).then(|| task.attributes.clone()),
        availability_zone: task.availability_zone.clone(),
        capacity_provider_name: task.capacity_provider_name.clone(),
        cluster_arn: Some(task.cluster_arn.clone()),
        connectivity: task.connectivity.clone(),
        connectivity_at: timestamp(task.connectivity_at),
        container_instance_arn: task.container_instance_arn.clone(),
        containers: Some(
            task.containers
                .iter()
                .map(|c| container_to_wire(&task.arn, c))
                .collect(),
        ),
        cpu: task.cpu.clone(),
        created_at: timestamp(Some(task.created_at)),
        desired_status: Some(task.desired_status.as_str().to_string()),
        enable_execute_command: Some(task.enable_execute_command),
        execution_stopped_at: timestamp(task.execution_stopped_at),
        group: task.group.clone(),
        health_status: Some(task.health_status.as_str().to_string()),
        last_status: Some(task.last_status.as_str().to_string()),
        launch_type: task.launch_type.clone(),
        memory: task.memory.clone(),
        overrides: Some(overrides),
        platform_version: task.platform_version.clone(),
        platform_family: task.platform_family.clone(),
        pull_started_at: timestamp(task.pull_started_at),
        pull_stopped_at: timestamp(task.pull_stopped_at),
        started_at: timestamp(task.started_at),
        started_by: task.started_by.clone(),
        stop_code: task.stop_code.map(|code| code.as_str().to_string()),
        stopped_at: timestamp(task.stopped_at),
        stopped_reason: task.stopped_reason.clone(),
        stopping_at: timestamp(task.stopping_at),
        tags: include_tags.then(|| validate::wire_tags(&task.tags)),
        task_arn: Some(task.arn.clone()),
        task_definition_arn: Some(task.task_definition_arn.clone()),
        version: Some(task.version),
        ephemeral_storage: task.ephemeral_storage.clone(),
        ..Default::default()
    }
}

/// The family of a task definition ARN (`.../task-definition/FAMILY:REVISION`).
fn family_of(task_definition_arn: &str) -> &str {
    let path = task_definition_arn
        .rsplit_once("task-definition/")
        .map_or(task_definition_arn, |(_, path)| path);
    path.split_once(':').map_or(path, |(family, _)| family)
}

/// ListTasks' filters, validated.
#[derive(Debug, Clone, Default, PartialEq)]
pub(super) struct TaskFilter {
    pub desired_status: Option<TaskStatus>,
    pub container_instance_id: Option<String>,
    pub family: Option<String>,
    pub group: Option<String>,
    pub started_by: Option<String>,
    pub launch_type: Option<String>,
}

impl TaskFilter {
    pub(super) fn from_request(scope: &Scope, request: &wire::ListTasksRequest) -> EcsResult<Self> {
        let given = |value: &Option<String>| value.clone().filter(|v| !v.is_empty());
        let started_by = given(&request.started_by);
        let container_instance = given(&request.container_instance);
        let family = given(&request.family);
        let service = given(&request.service_name);
        let daemon = given(&request.daemon_name);
        let launch_type = given(&request.launch_type);
        if started_by.is_some()
            && (container_instance.is_some()
                || family.is_some()
                || service.is_some()
                || daemon.is_some()
                || launch_type.is_some())
        {
            return Err(EcsError::invalid(
                "cannot specify startedBy with other arguments",
            ));
        }
        if family.is_some() && service.is_some() {
            return Err(EcsError::invalid(
                "cannot specify both family and serviceName; use one of them.",
            ));
        }
        let desired = given(&request.desired_status).unwrap_or_else(|| "RUNNING".into());
        validate::one_of("desiredStatus", &desired, wire::DESIRED_STATUS_VALUES)?;
        if let Some(launch_type) = &launch_type {
            validate::one_of("launchType", launch_type, wire::LAUNCH_TYPE_VALUES)?;
        }
        let container_instance_id = match container_instance {
            Some(text) => {
                let arn = Arn::resolve(scope, ResourceKind::ContainerInstance, &text)
                    .map_err(|e| EcsError::invalid(format!("containerInstance: {e}")))?;
                Some(arn.last_segment().to_string())
            }
            None => None,
        };
        let group = service
            .map(|name| format!("service:{name}"))
            .or(daemon.map(|name| format!("daemon:{name}")));
        Ok(TaskFilter {
            // PENDING parses to a status no task is ever desired in, so it matches nothing.
            desired_status: TaskStatus::parse(&desired),
            container_instance_id,
            family,
            group,
            started_by,
            launch_type,
        })
    }

    pub(super) fn matches(&self, task: &TaskRecord) -> bool {
        let eq = |want: &Option<String>, have: Option<&str>| {
            want.as_deref().is_none_or(|want| Some(want) == have)
        };
        self.desired_status == Some(task.desired_status)
            && eq(
                &self.container_instance_id,
                task.container_instance_id.as_deref(),
            )
            && eq(&self.family, Some(family_of(&task.task_definition_arn)))
            && eq(&self.group, task.group.as_deref())
            && eq(&self.started_by, task.started_by.as_deref())
            && eq(&self.launch_type, task.launch_type.as_deref())
    }
}

impl ControlPlane {
    pub async fn describe_tasks(
        &self,
        scope: &Scope,
        request: wire::DescribeTasksRequest,
    ) -> EcsResult<wire::DescribeTasksResponse> {
        let include = request.include.unwrap_or_default();
        for item in &include {
            validate::one_of("include", item, wire::TASK_FIELD_VALUES)?;
        }
        let include_tags = include.iter().any(|i| i == "TAGS");
        let given = request.tasks.unwrap_or_default();
        if given.is_empty() {
            return Err(EcsError::invalid("Tasks cannot be empty."));
        }
        validate::at_most("tasks", &given, MAX_DESCRIBE_TASKS)?;
        let refs = given
            .iter()
            .map(|text| parse_task_ref(scope, "tasks", text))
            .collect::<EcsResult<Vec<_>>>()?;
        // A task of a deleted cluster stays describable, so the cluster need not be ACTIVE.
        let cluster = cluster_name(scope, request.cluster.as_deref())?;
        if !self.cluster_exists(scope, &cluster).await? {
            return Err(EcsError::cluster_not_found());
        }
        let mut tasks = Vec::new();
        let mut failures = Vec::new();
        for task in refs {
            match self.find_task(scope, &cluster, &task).await? {
                Some(found) => tasks.push(task_to_wire(&found.record, include_tags)),
                None => failures.push(wire::Failure {
                    arn: Some(task_arn(
                        scope,
                        task.cluster.as_deref().unwrap_or(&cluster),
                        &task.id,
                    )),
                    reason: Some("MISSING".into()),
                    detail: None,
                }),
            }
        }
        Ok(wire::DescribeTasksResponse {
            tasks: Some(tasks),
            failures: Some(failures),
        })
    }

    pub async fn list_tasks(
        &self,
        scope: &Scope,
        request: wire::ListTasksRequest,
    ) -> EcsResult<wire::ListTasksResponse> {
        let limit = pagination::page_size(request.max_results, pagination::DEFAULT_MAX_RESULTS)?;
        let filter = TaskFilter::from_request(scope, &request)?;
        let cluster = self
            .active_cluster(scope, request.cluster.as_deref())
            .await?;
        let (page, next_token) = pagination::page::<TaskRecord>(
            self,
            &keys::tasks(scope, &cluster.record.name),
            request.next_token.as_deref(),
            limit,
            |task| filter.matches(task),
        )
        .await?;
        Ok(wire::ListTasksResponse {
            task_arns: Some(page.into_iter().map(|t| t.record.arn).collect()),
            next_token,
        })
    }

    async fn cluster_exists(&self, scope: &Scope, name: &str) -> EcsResult<bool> {
        Ok(self.store.get(&keys::cluster(scope, name)).await?.is_some())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tasks::transition::tests::task;

    #[test]
    fn families_of_arns() {
        assert_eq!(family_of("arn:aws:ecs:r:1:task-definition/web:3"), "web");
        assert_eq!(family_of("web:3"), "web");
    }

    #[test]
    fn wire_task_has_only_present_members() {
        let record = task(TaskStatus::Pending, TaskStatus::Running);
        let json = serde_json::to_value(task_to_wire(&record, false)).unwrap();
        let object = json.as_object().unwrap();
        assert!(object.values().all(|v| !v.is_null()));
        assert!(!object.contains_key("tags"));
        assert!(!object.contains_key("stoppedAt"));
        assert_eq!(json["lastStatus"], "PENDING");
        assert_eq!(json["containers"][0]["lastStatus"], "PENDING");
        assert_eq!(
            json["overrides"]["containerOverrides"],
            serde_json::json!([])
        );
        let with_tags = serde_json::to_value(task_to_wire(&record, true)).unwrap();
        assert_eq!(with_tags["tags"], serde_json::json!([]));
    }

    #[test]
    fn filter_rules() {
        let scope = Scope::new("r", "1");
        let request = |f: &dyn Fn(&mut wire::ListTasksRequest)| {
            let mut r = wire::ListTasksRequest::default();
            f(&mut r);
            TaskFilter::from_request(&scope, &r)
        };
        let err = request(&|r| {
            r.started_by = Some("me".into());
            r.family = Some("web".into());
        })
        .unwrap_err();
        assert_eq!(
            err.to_string(),
            "cannot specify startedBy with other arguments"
        );
        assert!(request(&|r| {
            r.started_by = Some("me".into());
            r.desired_status = Some("STOPPED".into());
        })
        .is_ok());
        assert!(request(&|r| {
            r.family = Some("web".into());
            r.service_name = Some("svc".into());
        })
        .is_err());
        assert!(request(&|r| r.desired_status = Some("DONE".into())).is_err());

        let running = task(TaskStatus::Running, TaskStatus::Running);
        let stopped = task(TaskStatus::Stopped, TaskStatus::Stopped);
        let default = request(&|_| {}).unwrap();
        assert!(default.matches(&running) && !default.matches(&stopped));
        let pending = request(&|r| r.desired_status = Some("PENDING".into())).unwrap();
        assert!(!pending.matches(&running));
        let family = request(&|r| r.family = Some("web".into())).unwrap();
        assert!(family.matches(&running));
        let other = request(&|r| r.family = Some("we".into())).unwrap();
        assert!(!other.matches(&running));
        let instance = request(&|r| {
            r.container_instance = Some("arn:aws:ecs:r:1:container-instance/c/i".into())
        })
        .unwrap();
        assert!(instance.matches(&running));
        let service = request(&|r| r.service_name = Some("web".into())).unwrap();
        assert!(!service.matches(&running));
    }
}
