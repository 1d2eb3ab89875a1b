//! What an agent reports over its session rather than through the ECS API: container and task
//! health, and an awsvpc task's address. Both are written to the task record so that
//! DescribeTasks shows them and the service controller can act on health.
//!
//! An agent may only report on tasks placed on its own instance; anything else is ignored (and
//! logged), never an error that would end a working session.

use super::registry::InstanceTarget;
use crate::db::{Commit, MAX_CONFLICT_RETRIES};
use crate::error::EcsResult;
use crate::records::TaskRecord;
use crate::tasks::parse_task_ref;
use crate::{keys, ControlPlane};
use berth_model::HealthStatus;
use berth_protocol::ContainerHealth;
use berth_wire::ecs as wire;

/// The attachment ECS reports an awsvpc task's interface as, and its address detail.
const ENI_ATTACHMENT: &str = "ElasticNetworkInterface";
const PRIVATE_IP_DETAIL: &str = "privateIPv4Address";

/// Applies a health report; `None` when nothing changes.
pub(crate) fn apply_health(
    task: &TaskRecord,
    health: HealthStatus,
    containers: &[ContainerHealth],
) -> Option<TaskRecord> {
    let mut next = task.clone();
    next.health_status = health;
    for report in containers {
        if let Some(container) = next.containers.iter_mut().find(|c| c.name == report.name) {
            container.health_status = report.health;
        }
    }
    (next != *task).then_some(next)
}

/// Records an awsvpc task's address on its attachment and containers; `None` when unchanged.
pub(crate) fn apply_address(task: &TaskRecord, address: &str) -> Option<TaskRecord> {
    let mut next = task.clone();
    let detail = wire::KeyValuePair {
        name: Some(PRIVATE_IP_DETAIL.to_string()),
        value: Some(address.to_string()),
    };
    let mut attachment_id = None;
    for attachment in next
        .attachments
        .iter_mut()
        .filter(|a| a.r#type.as_deref() == Some(ENI_ATTACHMENT))
    {
        let details = attachment.details.get_or_insert_with(Vec::new);
        details.retain(|d| d.name.as_deref() != Some(PRIVATE_IP_DETAIL));
        details.push(detail.clone());
        attachment.status = Some("ATTACHED".to_string());
        attachment_id = attachment.id.clone();
    }
    for container in &mut next.containers {
        container.network_interfaces = vec![wire::NetworkInterface {
            attachment_id: attachment_id.clone(),
            private_ipv4_address: Some(address.to_string()),
            ipv6_address: None,
        }];
    }
    (next != *task).then_some(next)
}

impl ControlPlane {
    /// Applies `change` to a task of the session's instance, revision-checked and retried.
    pub(crate) async fn update_reported_task(
        &self,
        target: &InstanceTarget,
        task_arn: &str,
        change: impl Fn(&TaskRecord) -> Option<TaskRecord>,
    ) -> EcsResult<()> {
        let Ok(task_ref) = parse_task_ref(&target.scope, "taskArn", task_arn) else {
            tracing::warn!(task_arn, "agent reported on an unreadable task ARN");
            return Ok(());
        };
        let key = keys::task(&target.scope, &target.cluster, &task_ref.id);
        for _ in 0..MAX_CONFLICT_RETRIES {
            let Some(task) = self.load::<TaskRecord>(&key).await? else {
                return Ok(());
            };
            if task.record.container_instance_arn.as_deref() != Some(target.instance_arn.as_str()) {
                tracing::warn!(task_arn, "agent reported on a task of another instance");
                return Ok(());
            }
            let Some(next) = change(&task.record) else {
                return Ok(());
            };
            let mut commit = Commit::new();
            commit.put(&key, task.mod_revision, &next)?;
            if self.try_commit(commit).await? {
                return Ok(());
            }
        }
        Err(crate::db::too_much_contention())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tasks::transition::tests::task;
    use berth_model::TaskStatus;

    #[test]
    fn health_reports_update_task_and_containers_once() {
        let record = task(TaskStatus::Running, TaskStatus::Running);
        let name = record.containers[0].name.clone();
        let report = [ContainerHealth {
            name,
            health: HealthStatus::Healthy,
        }];
        let next = apply_health(&record, HealthStatus::Healthy, &report).expect("changes");
        assert_eq!(next.health_status, HealthStatus::Healthy);
        assert_eq!(next.containers[0].health_status, HealthStatus::Healthy);
        assert_eq!(apply_health(&next, HealthStatus::Healthy, &report), None);
    }

    #[test]
    fn addresses_land_on_the_attachment_and_containers() {
        let mut record = task(TaskStatus::Running, TaskStatus::Running);
        record.attachments = vec![wire::Attachment {
            id: Some("eni-1".into()),
            r#type: Some(ENI_ATTACHMENT.into()),
            status: Some("PRECREATED".into()),
            details: Some(vec![]),
        }];
        let next = apply_address(&record, "10.0.0.5").expect("changes");
        let details = next.attachments[0].details.as_deref().unwrap_or_default();
        assert!(details
            .iter()
            .any(|d| d.value.as_deref() == Some("10.0.0.5")));
        assert_eq!(
            next.containers[0].network_interfaces[0]
                .private_ipv4_address
                .as_deref(),
            Some("10.0.0.5")
        );
        assert_eq!(apply_address(&next, "10.0.0.5"), None);
    }
}
