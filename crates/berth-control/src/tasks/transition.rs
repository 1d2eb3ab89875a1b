//! The pure part of a task's life on its instance: taking its place there, applying an agent's
//! report, a stop request, the control plane completing a stop itself, and settling the
//! instance's counts, task groups and reservation.
//!
//! Statuses only move forward (`TaskStatus`/`ContainerStatus` are ordered), so a duplicate or
//! stale report changes nothing and at-least-once delivery is harmless. A task's reservation is
//! released exactly once: when its `lastStatus` becomes STOPPED while `holds_reservation` is set,
//! which is cleared in the same step. A task counts in its instance's `task_groups` from
//! placement until its desired status becomes STOPPED (which never reverts), so that count is
//! taken and given back exactly once too. The caller commits the task and its instance together,
//! revision-checked. No clock, no I/O: `now` is a parameter.

use crate::records::{ContainerInstanceRecord, TaskRecord};
use berth_model::{ContainerStatus, StopCode, TaskStatus};
use berth_wire::ecs as wire;

/// ECS's `stoppedReason` when an essential container's exit stops the task.
pub(crate) const ESSENTIAL_CONTAINER_EXITED: &str = "Essential container in task exited";
/// The reason for a task the agent stopped before it ran, when the agent names none.
const TASK_FAILED_TO_START: &str = "Task failed to start";
/// The connectivity ECS reports once the agent has the task.
const CONNECTED: &str = "CONNECTED";

/// How a task shows in its instance's counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Counted {
    /// Not counted: the task has released its reservation.
    Nothing,
    /// In `pendingTasksCount`.
    Pending,
    /// In `runningTasksCount` (it reached RUNNING or later and still holds its reservation).
    Running,
}

pub(crate) fn counted(task: &TaskRecord) -> Counted {
    if !task.holds_reservation {
        Counted::Nothing
    } else if task.last_status >= TaskStatus::Running {
        Counted::Running
    } else {
        Counted::Pending
    }
}

/// Whether a task counts in its instance's `task_groups`: placed, and not desired STOPPED (the
/// same rule the scheduler's views have always used for "live" tasks).
pub(crate) fn is_live(task: &TaskRecord) -> bool {
    task.container_instance_id.is_some() && task.desired_status != TaskStatus::Stopped
}

/// Everything about a task that its instance record reflects.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Footprint {
    pub counted: Counted,
    pub live: bool,
}

pub(crate) fn footprint(task: &TaskRecord) -> Footprint {
    Footprint {
        counted: counted(task),
        live: is_live(task),
    }
}

/// Adds `delta` to the instance's live count of `group`, dropping groups that reach zero. An
/// instance whose counts are not maintained yet (`task_groups_complete` unset) is left alone:
/// its counts are computed from the tasks themselves, and the caller still writes the instance,
/// so that such a computation running concurrently fails its revision check and starts over.
fn count_group(instance: &mut ContainerInstanceRecord, group: Option<&str>, delta: i64) {
    let Some(group) = group else {
        return;
    };
    if !instance.task_groups_complete {
        return;
    }
    let current = instance.task_groups.get(group).copied().unwrap_or(0);
    let next = (i64::from(current) + delta).clamp(0, i64::from(u32::MAX)) as u32;
    if next == 0 {
        instance.task_groups.remove(group);
    } else {
        instance.task_groups.insert(group.to_string(), next);
    }
}

/// Takes a new task's place on its instance: reserves its resources, counts it as pending and
/// in its task group. The caller has checked that the resources fit.
pub(crate) fn occupy(instance: &mut ContainerInstanceRecord, task: &TaskRecord) {
    instance.remaining = instance.remaining.reserve(&task.reserved);
    instance.pending_tasks_count += 1;
    count_group(instance, task.group.as_deref(), 1);
}

/// Brings the instance in line with the task after it changed from `before`: releases the
/// reservation when the task is STOPPED and still holds it (clearing `holds_reservation`, so it
/// happens once), moves the task between the pending and running counts, and takes it out of
/// its task group's count when it stopped being live. Returns whether the instance changed and
/// must be written with the task (its `version` is incremented when counts or resources moved;
/// a task group change alone is not an ECS-visible change of the instance).
pub(crate) fn settle(
    instance: Option<&mut ContainerInstanceRecord>,
    before: Footprint,
    task: &mut TaskRecord,
) -> bool {
    let releases = task.last_status.is_stopped() && task.holds_reservation;
    if releases {
        task.holds_reservation = false;
    }
    let after = footprint(task);
    let Some(instance) = instance else {
        return false;
    };
    let group_changed = before.live != after.live;
    if group_changed {
        let delta = if after.live { 1 } else { -1 };
        count_group(instance, task.group.as_deref(), delta);
    }
    let (before, after) = (before.counted, after.counted);
    if !releases && before == after {
        return group_changed;
    }
    if releases {
        instance.remaining = instance.remaining.release(&task.reserved);
    }
    let bump = |count: &mut i64, delta: i64| *count = (*count + delta).max(0);
    match before {
        Counted::Pending => bump(&mut instance.pending_tasks_count, -1),
        Counted::Running => bump(&mut instance.running_tasks_count, -1),
        Counted::Nothing => {}
    }
    match after {
        Counted::Pending => bump(&mut instance.pending_tasks_count, 1),
        Counted::Running => bump(&mut instance.running_tasks_count, 1),
        Counted::Nothing => {}
    }
    instance.version += 1;
    true
}

/// Sets the desired status to STOPPED (StopTask, or a scheduler stopping the task). Returns
/// `false` when the task was already desired STOPPED: the first stop's code and reason stand.
pub(crate) fn request_stop(task: &mut TaskRecord, code: StopCode, reason: &str, now: f64) -> bool {
    if task.desired_status == TaskStatus::Stopped {
        return false;
    }
    task.desired_status = TaskStatus::Stopped;
    task.stop_code = Some(code);
    task.stopped_reason = Some(reason.to_string());
    task.stopping_at.get_or_insert(now);
    task.version += 1;
    true
}

/// Completes a task's lifecycle without an agent: lastStatus STOPPED, containers STOPPED, the
/// reservation released on `instance`. Idempotent: a task already STOPPED only has a reservation
/// it might still hold released. Returns whether the instance changed.
pub(crate) fn stop_and_release(
    task: &mut TaskRecord,
    instance: Option<&mut ContainerInstanceRecord>,
    now: f64,
) -> bool {
    let before = footprint(task);
    if !task.last_status.is_stopped() {
        task.last_status = TaskStatus::Stopped;
        task.desired_status = TaskStatus::Stopped;
        task.stopping_at.get_or_insert(now);
        task.execution_stopped_at.get_or_insert(now);
        task.stopped_at = Some(now);
        for container in &mut task.containers {
            container.last_status = ContainerStatus::Stopped.as_str().to_string();
        }
        for attachment in &mut task.attachments {
            attachment.status = Some("DELETED".into());
        }
        task.version += 1;
    }
    settle(instance, before, task)
}

/// One container's part of an agent report.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct ContainerReport {
    pub name: String,
    /// `None`: only the other fields are reported, at the container's current status.
    pub status: Option<ContainerStatus>,
    pub runtime_id: Option<String>,
    pub image_digest: Option<String>,
    pub exit_code: Option<i32>,
    pub reason: Option<String>,
    pub network_bindings: Option<Vec<wire::NetworkBinding>>,
}

/// An agent's report on a task (SubmitTaskStateChange; SubmitContainerStateChange is one
/// container and no task status).
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct TaskReport {
    pub status: Option<TaskStatus>,
    pub reason: Option<String>,
    pub containers: Vec<ContainerReport>,
    /// (attachment id or ARN, status).
    pub attachments: Vec<(String, String)>,
    pub pull_started_at: Option<f64>,
    pub pull_stopped_at: Option<f64>,
    pub execution_stopped_at: Option<f64>,
}

/// A report that names a container the task does not have.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("The task has no container named {0}.")]
pub(crate) struct UnknownContainer(pub String);

/// ENI attachment statuses in lifecycle order; a report only moves an attachment forward.
const ATTACHMENT_ORDER: &[&str] = &[
    "PRECREATED",
    "CREATED",
    "ATTACHING",
    "ATTACHED",
    "DETACHING",
    "DETACHED",
    "DELETED",
    "FAILED",
];

fn attachment_rank(status: Option<&str>) -> Option<usize> {
    status.and_then(|s| ATTACHMENT_ORDER.iter().position(|known| *known == s))
}

/// The task after an agent's report, or `None` when the report changes nothing (a duplicate,
/// or stale: every status in it is behind what is recorded).
pub(crate) fn apply_report(
    task: &TaskRecord,
    report: &TaskReport,
    now: f64,
) -> Result<Option<TaskRecord>, UnknownContainer> {
    let mut next = task.clone();
    for change in &report.containers {
        let slot = next
            .containers
            .iter_mut()
            .find(|c| c.name == change.name)
            .ok_or_else(|| UnknownContainer(change.name.clone()))?;
        let current = ContainerStatus::parse(&slot.last_status).unwrap_or(ContainerStatus::Pending);
        let status = change.status.unwrap_or(current);
        if status < current {
            continue;
        }
        slot.last_status = status.as_str().to_string();
        let set = |slot: &mut Option<String>, value: &Option<String>| {
            if value.is_some() {
                slot.clone_from(value);
            }
        };
        set(&mut slot.runtime_id, &change.runtime_id);
        set(&mut slot.image_digest, &change.image_digest);
        set(&mut slot.reason, &change.reason);
        if change.exit_code.is_some() {
            slot.exit_code = change.exit_code;
        }
        if let Some(bindings) = &change.network_bindings {
            slot.network_bindings.clone_from(bindings);
        }
    }
    for (reference, status) in &report.attachments {
        let Some(slot) = next.attachments.iter_mut().find(|a| {
            a.id.as_deref()
                .is_some_and(|id| reference == id || reference.ends_with(&format!("/{id}")))
        }) else {
            continue;
        };
        let forward = match (
            attachment_rank(slot.status.as_deref()),
            attachment_rank(Some(status)),
        ) {
            (Some(current), Some(new)) => new > current,
            (None, Some(_)) => true,
            _ => false,
        };
        if forward {
            slot.status = Some(status.clone());
        }
    }
    if report.pull_started_at.is_some() && next.pull_started_at.is_none() {
        next.pull_started_at = report.pull_started_at;
    }
    if report.pull_stopped_at.is_some() && next.pull_stopped_at.is_none() {
        next.pull_stopped_at = report.pull_stopped_at;
    }
    if report.execution_stopped_at.is_some() && next.execution_stopped_at.is_none() {
        next.execution_stopped_at = report.execution_stopped_at;
    }
    if let Some(status) = report.status.filter(|s| *s > next.last_status) {
        next.last_status = status;
        if status == TaskStatus::Running {
            next.started_at.get_or_insert(now);
        }
        if status >= TaskStatus::Deactivating {
            next.stopping_at.get_or_insert(now);
        }
        if status.is_stopped() {
            next.stopped_at = Some(now);
            next.execution_stopped_at.get_or_insert(now);
            for container in &mut next.containers {
                container.last_status = ContainerStatus::Stopped.as_str().to_string();
            }
            if next.desired_status != TaskStatus::Stopped {
                // The agent stopped the task on its own: an essential container exited, or
                // the task never got started.
                next.desired_status = TaskStatus::Stopped;
                // The agent's reason says which: its essential-exit reason, or why it could not
                // start the task (CannotPullContainerError: ...). Whether RUNNING was reported
                // is no guide: a container that exits at once can stop before it is reported.
                let reason = report.reason.clone().filter(|r| !r.is_empty());
                let code = match reason.as_deref() {
                    Some(ESSENTIAL_CONTAINER_EXITED) => StopCode::EssentialContainerExited,
                    Some(_) => StopCode::TaskFailedToStart,
                    None if next.started_at.is_some() => StopCode::EssentialContainerExited,
                    None => StopCode::TaskFailedToStart,
                };
                next.stop_code = Some(code);
                next.stopped_reason = Some(reason.unwrap_or_else(|| {
                    match code {
                        StopCode::EssentialContainerExited => ESSENTIAL_CONTAINER_EXITED,
                        _ => TASK_FAILED_TO_START,
                    }
                    .to_string()
                }));
            }
        }
    }
    if next == *task {
        return Ok(None);
    }
    // The agent has the task: ECS reports it connected from its first report on.
    if next.connectivity.is_none() {
        next.connectivity = Some(CONNECTED.to_string());
        next.connectivity_at = Some(now);
    }
    next.version += 1;
    Ok(Some(next))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::records::ContainerRecord;
    use berth_model::{HealthStatus, Resources};

    fn container(name: &str, status: &str) -> ContainerRecord {
        ContainerRecord {
            name: name.into(),
            arn: format!("arn:aws:ecs:r:1:container/c/t/{name}"),
            image: Some("busybox".into()),
            image_digest: None,
            runtime_id: None,
            last_status: status.into(),
            exit_code: None,
            reason: None,
            network_bindings: Vec::new(),
            network_interfaces: Vec::new(),
            health_status: HealthStatus::Unknown,
            cpu: Some("0".into()),
            memory: None,
            memory_reservation: None,
            essential: true,
        }
    }

    pub(crate) fn task(last: TaskStatus, desired: TaskStatus) -> TaskRecord {
        TaskRecord {
            arn: "arn:aws:ecs:r:1:task/c/t".into(),
            id: "t".into(),
            cluster: "c".into(),
            cluster_arn: "arn:aws:ecs:r:1:cluster/c".into(),
            task_definition_arn: "arn:aws:ecs:r:1:task-definition/web:1".into(),
            container_instance_arn: Some("arn:aws:ecs:r:1:container-instance/c/i".into()),
            container_instance_id: Some("i".into()),
            group: Some("family:web".into()),
            started_by: None,
            launch_type: Some("EC2".into()),
            capacity_provider_name: None,
            desired_status: desired,
            last_status: last,
            containers: vec![container("web", "PENDING"), container("side", "PENDING")],
            overrides: Default::default(),
            cpu: Some("256".into()),
            memory: Some("512".into()),
            reserved: Resources {
                cpu: 256,
                memory: 512,
                ports_tcp: [8080].into_iter().collect(),
                ports_udp: Default::default(),
            },
            holds_reservation: true,
            tags: Default::default(),
            created_at: 100.0,
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
            enable_execute_command: false,
            availability_zone: None,
            attachments: Vec::new(),
            attributes: Vec::new(),
            platform_version: None,
            platform_family: None,
            ephemeral_storage: None,
            propagate_tags: None,
            client_token: None,
            network_configuration: None,
        }
    }

    fn instance() -> ContainerInstanceRecord {
        let registered = Resources {
            cpu: 1024,
            memory: 2048,
            ..Default::default()
        };
        let reserved = task(TaskStatus::Pending, TaskStatus::Running).reserved;
        ContainerInstanceRecord {
            arn: "arn:aws:ecs:r:1:container-instance/c/i".into(),
            id: "i".into(),
            cluster: "c".into(),
            ec2_instance_id: None,
            status: "ACTIVE".into(),
            status_reason: None,
            remaining: registered.reserve(&reserved),
            registered,
            other_resources: Vec::new(),
            attributes: Default::default(),
            version_info: None,
            registered_at: 0.0,
            agent: None,
            running_tasks_count: 0,
            pending_tasks_count: 1,
            version: 2,
            tags: Default::default(),
            capacity_provider_name: None,
            launch_types: vec!["EC2".into()],
            task_groups: [("family:web".to_string(), 1)].into_iter().collect(),
            task_groups_complete: true,
        }
    }

    fn report(status: Option<TaskStatus>, containers: &[(&str, ContainerStatus)]) -> TaskReport {
        TaskReport {
            status,
            containers: containers
                .iter()
                .map(|(name, status)| ContainerReport {
                    name: name.to_string(),
                    status: Some(*status),
                    ..Default::default()
                })
                .collect(),
            ..Default::default()
        }
    }

    /// One line per case: the statuses after the report, or "no change".
    fn check(start: &TaskRecord, report: &TaskReport) -> String {
        match apply_report(start, report, 200.0) {
            Err(e) => e.to_string(),
            Ok(None) => "no change".into(),
            Ok(Some(t)) => format!(
                "{}/{} v{} [{}] started={:?} stopped={:?} code={:?} reason={:?}",
                t.last_status,
                t.desired_status,
                t.version,
                t.containers
                    .iter()
                    .map(|c| c.last_status.as_str())
                    .collect::<Vec<_>>()
                    .join(","),
                t.started_at,
                t.stopped_at,
                t.stop_code,
                t.stopped_reason
            ),
        }
    }

    #[test]
    fn reports_move_statuses_forward_only() {
        use ContainerStatus as C;
        use TaskStatus as T;
        let pending = task(T::Pending, T::Running);
        let mut running = task(T::Running, T::Running);
        running.started_at = Some(150.0);
        running.connectivity = Some("CONNECTED".into());
        for c in &mut running.containers {
            c.last_status = "RUNNING".into();
        }
        let mut stopped = running.clone();
        stopped.last_status = T::Stopped;
        stopped.desired_status = T::Stopped;
        for c in &mut stopped.containers {
            c.last_status = "STOPPED".into();
        }
        let cases: Vec<(&str, &TaskRecord, TaskReport, &str)> = vec![
            (
                "pending to running",
                &pending,
                report(Some(T::Running), &[("web", C::Running), ("side", C::Running)]),
                "RUNNING/RUNNING v2 [RUNNING,RUNNING] started=Some(200.0) stopped=None code=None reason=None",
            ),
            (
                "duplicate running",
                &running,
                report(Some(T::Running), &[("web", C::Running), ("side", C::Running)]),
                "no change",
            ),
            (
                "stale pending after running",
                &running,
                report(Some(T::Pending), &[("web", C::Pending)]),
                "no change",
            ),
            (
                "essential container exits",
                &running,
                report(Some(T::Stopped), &[("web", C::Stopped)]),
                "STOPPED/STOPPED v2 [STOPPED,STOPPED] started=Some(150.0) stopped=Some(200.0) \
                 code=Some(EssentialContainerExited) reason=Some(\"Essential container in task exited\")",
            ),
            (
                "fails before running",
                &pending,
                report(Some(T::Stopped), &[]),
                "STOPPED/STOPPED v2 [STOPPED,STOPPED] started=None stopped=Some(200.0) \
                 code=Some(TaskFailedToStart) reason=Some(\"Task failed to start\")",
            ),
            (
                "exits before running was reported",
                &pending,
                TaskReport {
                    reason: Some(ESSENTIAL_CONTAINER_EXITED.to_string()),
                    ..report(Some(T::Stopped), &[])
                },
                "STOPPED/STOPPED v2 [STOPPED,STOPPED] started=None stopped=Some(200.0) \
                 code=Some(EssentialContainerExited) reason=Some(\"Essential container in task exited\")",
            ),
            (
                "stale running after stopped",
                &stopped,
                report(Some(T::Running), &[("web", C::Running)]),
                "no change",
            ),
            (
                "container only",
                &pending,
                report(None, &[("side", C::Running)]),
                "PENDING/RUNNING v2 [PENDING,RUNNING] started=None stopped=None code=None reason=None",
            ),
            (
                "unknown container",
                &pending,
                report(None, &[("db", C::Running)]),
                "The task has no container named db.",
            ),
        ];
        for (name, start, report, expected) in cases {
            assert_eq!(check(start, &report), expected, "{name}");
        }
    }

    #[test]
    fn agent_reason_and_user_stop_code() {
        let mut running = task(TaskStatus::Running, TaskStatus::Running);
        running.started_at = Some(1.0);
        let mut r = report(Some(TaskStatus::Stopped), &[]);
        r.reason = Some("OutOfMemoryError".into());
        let after = apply_report(&running, &r, 5.0).unwrap().unwrap();
        assert_eq!(after.stopped_reason.as_deref(), Some("OutOfMemoryError"));
        // A user's stop keeps its code and reason when the agent confirms.
        let mut stopping = running.clone();
        assert!(request_stop(
            &mut stopping,
            StopCode::UserInitiated,
            "bye",
            3.0
        ));
        assert!(!request_stop(
            &mut stopping,
            StopCode::UserInitiated,
            "again",
            4.0
        ));
        let after = apply_report(&stopping, &r, 5.0).unwrap().unwrap();
        assert_eq!(after.stop_code, Some(StopCode::UserInitiated));
        assert_eq!(after.stopped_reason.as_deref(), Some("bye"));
        assert_eq!(after.stopping_at, Some(3.0));
    }

    #[test]
    fn container_details_and_timestamps_apply_once() {
        let pending = task(TaskStatus::Pending, TaskStatus::Running);
        let r = TaskReport {
            containers: vec![ContainerReport {
                name: "web".into(),
                status: Some(ContainerStatus::Stopped),
                runtime_id: Some("abc".into()),
                exit_code: Some(137),
                reason: Some("killed".into()),
                network_bindings: Some(vec![wire::NetworkBinding {
                    host_port: Some(8080),
                    ..Default::default()
                }]),
                ..Default::default()
            }],
            pull_started_at: Some(10.0),
            pull_stopped_at: Some(11.0),
            ..Default::default()
        };
        let once = apply_report(&pending, &r, 12.0).unwrap().unwrap();
        let web = &once.containers[0];
        assert_eq!(
            (
                web.exit_code,
                web.runtime_id.as_deref(),
                web.network_bindings.len()
            ),
            (Some(137), Some("abc"), 1)
        );
        assert_eq!(
            (once.pull_started_at, once.connectivity_at),
            (Some(10.0), Some(12.0))
        );
        assert_eq!(apply_report(&once, &r, 13.0), Ok(None));
    }

    #[test]
    fn attachments_move_forward() {
        let mut t = task(TaskStatus::Provisioning, TaskStatus::Running);
        t.attachments = vec![wire::Attachment {
            id: Some("eni-1".into()),
            r#type: Some("ElasticNetworkInterface".into()),
            status: Some("PRECREATED".into()),
            details: None,
        }];
        let with = |status: &str| TaskReport {
            attachments: vec![("arn:aws:ecs:r:1:attachment/eni-1".into(), status.into())],
            ..Default::default()
        };
        let attached = apply_report(&t, &with("ATTACHED"), 1.0).unwrap().unwrap();
        assert_eq!(attached.attachments[0].status.as_deref(), Some("ATTACHED"));
        assert_eq!(apply_report(&attached, &with("ATTACHING"), 2.0), Ok(None));
    }

    #[test]
    fn settle_moves_counts_and_releases_once() {
        let mut inst = instance();
        let registered = inst.registered.clone();
        let mut t = task(TaskStatus::Pending, TaskStatus::Running);
        // PENDING -> RUNNING: pending 1 -> 0, running 0 -> 1, nothing released.
        let before = footprint(&t);
        t.last_status = TaskStatus::Running;
        assert!(settle(Some(&mut inst), before, &mut t));
        assert_eq!((inst.pending_tasks_count, inst.running_tasks_count), (0, 1));
        assert_ne!(inst.remaining, registered);
        // RUNNING -> STOPPED: released, counts back to zero.
        let before = footprint(&t);
        t.last_status = TaskStatus::Stopped;
        assert!(settle(Some(&mut inst), before, &mut t));
        assert_eq!(inst.remaining, registered);
        assert_eq!((inst.pending_tasks_count, inst.running_tasks_count), (0, 0));
        assert!(!t.holds_reservation);
        // Settling again changes nothing.
        let version = inst.version;
        assert!(!settle(Some(&mut inst), footprint(&t), &mut t));
        assert_eq!(
            (inst.remaining.clone(), inst.version),
            (registered, version)
        );
    }

    #[test]
    fn stop_and_release_is_idempotent() {
        let mut inst = instance();
        let registered = inst.registered.clone();
        let mut t = task(TaskStatus::Pending, TaskStatus::Running);
        assert!(stop_and_release(&mut t, Some(&mut inst), 9.0));
        assert_eq!(t.last_status, TaskStatus::Stopped);
        assert_eq!(
            (t.stopped_at, t.execution_stopped_at),
            (Some(9.0), Some(9.0))
        );
        assert!(t.containers.iter().all(|c| c.last_status == "STOPPED"));
        assert_eq!(inst.remaining, registered);
        assert_eq!(inst.pending_tasks_count, 0);
        let (task_before, instance_before) = (t.clone(), inst.clone());
        assert!(!stop_and_release(&mut t, Some(&mut inst), 10.0));
        assert_eq!((t, inst), (task_before, instance_before));
    }

    #[test]
    fn group_counts_follow_liveness_once() {
        let mut inst = instance();
        inst.task_groups_complete = true;
        let mut t = task(TaskStatus::Running, TaskStatus::Running);
        // A stop request takes the task out of its group at once, without an ECS-visible
        // change of the instance; the reservation stays.
        let before = footprint(&t);
        assert!(request_stop(&mut t, StopCode::UserInitiated, "bye", 1.0));
        let version = inst.version;
        assert!(settle(Some(&mut inst), before, &mut t));
        assert!(inst.task_groups.is_empty());
        assert_eq!(inst.version, version);
        assert!(t.holds_reservation);
        // The agent's STOPPED then releases without counting the task out again.
        let stopped = apply_report(&t, &report(Some(TaskStatus::Stopped), &[]), 2.0)
            .unwrap()
            .unwrap();
        let before = footprint(&t);
        t = stopped;
        assert!(settle(Some(&mut inst), before, &mut t));
        assert!(inst.task_groups.is_empty());
        assert_eq!(inst.remaining, inst.registered);
        // An instance whose counts are not kept yet is left alone but still written, so that
        // a concurrent computation of its counts fails its revision check.
        let mut legacy = instance();
        legacy.task_groups_complete = false;
        legacy.task_groups.clear();
        let mut t = task(TaskStatus::Running, TaskStatus::Running);
        let before = footprint(&t);
        request_stop(&mut t, StopCode::UserInitiated, "bye", 1.0);
        assert!(settle(Some(&mut legacy), before, &mut t));
        assert!(legacy.task_groups.is_empty());
    }

    #[derive(Debug, Clone)]
    enum Step {
        Place(bool),
        Stop(usize),
        Report(usize, bool),
        StopAndRelease(usize),
    }

    fn step() -> impl proptest::strategy::Strategy<Value = Step> {
        use proptest::prelude::*;
        prop_oneof![
            any::<bool>().prop_map(Step::Place),
            (0usize..8).prop_map(Step::Stop),
            ((0usize..8), any::<bool>()).prop_map(|(k, stop)| Step::Report(k, stop)),
            (0usize..8).prop_map(Step::StopAndRelease),
        ]
    }

    proptest::proptest! {
        /// Whatever happens to the tasks, in any order and repeated, the instance's group counts
        /// are exactly what a scan of its tasks gives, and its resources and task counts are
        /// exactly what its tasks hold.
        #[test]
        fn the_instance_always_matches_its_tasks(steps in proptest::collection::vec(step(), 1..40)) {
            let mut inst = instance();
            inst.remaining = inst.registered.clone();
            inst.pending_tasks_count = 0;
            inst.task_groups.clear();
            inst.task_groups_complete = true;
            let mut tasks: Vec<TaskRecord> = Vec::new();
            for (n, step) in steps.into_iter().enumerate() {
                let now = n as f64;
                match step {
                    Step::Place(other_group) => {
                        let mut t = task(TaskStatus::Pending, TaskStatus::Running);
                        t.id = format!("t{n}");
                        t.reserved.ports_tcp.clear();
                        if other_group {
                            t.group = Some("service:api".into());
                        }
                        if inst.remaining.fits(&t.reserved).is_ok() {
                            occupy(&mut inst, &t);
                            tasks.push(t);
                        }
                    }
                    Step::Stop(k) => {
                        if let Some(t) = tasks.get_mut(k) {
                            let before = footprint(t);
                            request_stop(t, StopCode::UserInitiated, "stop", now);
                            settle(Some(&mut inst), before, t);
                        }
                    }
                    Step::Report(k, stopped) => {
                        if let Some(t) = tasks.get_mut(k) {
                            let status = if stopped { TaskStatus::Stopped } else { TaskStatus::Running };
                            if let Some(mut next) = apply_report(t, &report(Some(status), &[]), now).unwrap() {
                                let before = footprint(t);
                                settle(Some(&mut inst), before, &mut next);
                                *t = next;
                            }
                        }
                    }
                    Step::StopAndRelease(k) => {
                        if let Some(t) = tasks.get_mut(k) {
                            stop_and_release(t, Some(&mut inst), now);
                        }
                    }
                }
                let scanned = crate::instances::task_groups(tasks.iter());
                proptest::prop_assert_eq!(
                    &inst.task_groups,
                    &scanned.get("i").cloned().unwrap_or_default()
                );
                let holding: Vec<&TaskRecord> = tasks.iter().filter(|t| t.holds_reservation).collect();
                let cpu: i64 = holding.iter().map(|t| t.reserved.cpu).sum();
                let memory: i64 = holding.iter().map(|t| t.reserved.memory).sum();
                proptest::prop_assert_eq!(inst.registered.cpu - inst.remaining.cpu, cpu);
                proptest::prop_assert_eq!(inst.registered.memory - inst.remaining.memory, memory);
                proptest::prop_assert_eq!(
                    (inst.pending_tasks_count + inst.running_tasks_count) as usize,
                    holding.len()
                );
            }
        }
    }
}
