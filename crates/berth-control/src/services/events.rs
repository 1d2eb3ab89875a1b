//! Service events: ECS's texts for what the service scheduler did, and how they are kept.
//!
//! `Service.events` holds the newest 100, newest first. ECS omits a repeated message "until
//! either the cause is resolved or six hours passes": a recurring kind of event (a placement
//! failure, a steady state, throttled starts) is recorded under a quiet key, and reported again
//! only after the key is resolved or the quiet period has passed. Pure: the caller passes `now`
//! and commits the record.

use crate::records::{ServiceEventRecord, ServiceRecord};
use berth_scheduler::ClosestMatch;

/// ECS keeps this many events per service.
pub(crate) const MAX_EVENTS: usize = 100;
/// How long a repeating event stays quiet while its cause persists (ECS: six hours).
pub(crate) const QUIET_SECS: f64 = 6.0 * 3600.0;

/// Quiet keys: one per kind of recurring event.
pub(crate) const QUIET_PLACEMENT: &str = "placement";
pub(crate) const QUIET_STEADY: &str = "steady";
pub(crate) const QUIET_THROTTLED: &str = "throttled";
pub(crate) const QUIET_LAUNCH: &str = "launch";

const TROUBLESHOOTING: &str =
    "For more information, see the Troubleshooting section of the Amazon ECS Developer Guide.";

fn task_list(ids: &[String]) -> String {
    ids.iter()
        .map(|id| format!("(task {id})"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// "(service web) has started 2 tasks: (task a) (task b)."
pub(crate) fn started(service: &str, task_ids: &[String]) -> String {
    format!(
        "(service {service}) has started {} tasks: {}.",
        task_ids.len(),
        task_list(task_ids)
    )
}

/// "(service web) has stopped 1 running tasks: (task a)."
pub(crate) fn stopped(service: &str, task_ids: &[String]) -> String {
    format!(
        "(service {service}) has stopped {} running tasks: {}.",
        task_ids.len(),
        task_list(task_ids)
    )
}

pub(crate) fn steady_state(service: &str) -> String {
    format!("(service {service}) has reached a steady state.")
}

pub(crate) fn deployment_completed(service: &str, deployment: &str) -> String {
    format!("(service {service}) (deployment {deployment}) deployment completed.")
}

pub(crate) fn deployment_failed(service: &str, deployment: &str) -> String {
    format!(
        "(service {service}) (deployment {deployment}) deployment failed: tasks failed to start."
    )
}

pub(crate) fn rolling_back(service: &str, deployment: &str) -> String {
    format!("(service {service}) rolling back to deployment {deployment}.")
}

pub(crate) fn throttled(service: &str) -> String {
    format!(
        "(service {service}) is unable to consistently start tasks successfully. {TROUBLESHOOTING}"
    )
}

pub(crate) fn launch_failed(service: &str, error: &str) -> String {
    format!("(service {service}) failed to launch a task with (error {error}).")
}

/// The placement failure event: the closest matching instance and why it did not fit, or that
/// the cluster has no instance at all.
pub(crate) fn unable_to_place(service: &str, closest: Option<&ClosestMatch>) -> String {
    let head = format!(
        "(service {service}) was unable to place a task because no container instance met all of \
         its requirements."
    );
    match closest {
        Some(closest) => {
            // The scheduler words it "container-instance ID"; ECS's events parenthesise it.
            let id = closest.instance_id();
            let sentence = closest.describe().replacen(
                &format!("container-instance {id}"),
                &format!("(container-instance {id})"),
                1,
            );
            format!("{head} {sentence} {TROUBLESHOOTING}")
        }
        None => format!("{head} {TROUBLESHOOTING}"),
    }
}

/// The event when the cluster has no container instance to place on.
pub(crate) fn no_container_instances(service: &str) -> String {
    format!(
        "(service {service}) was unable to place a task. Reason: {} {TROUBLESHOOTING}",
        berth_scheduler::NO_CONTAINER_INSTANCES
    )
}

/// Records an event, newest first, keeping at most [`MAX_EVENTS`].
pub(crate) fn push(record: &mut ServiceRecord, now: f64, message: String) {
    record.events.insert(
        0,
        ServiceEventRecord {
            id: uuid::Uuid::new_v4().to_string(),
            created_at: now,
            message,
        },
    );
    record.events.truncate(MAX_EVENTS);
}

/// Records a recurring kind of event unless it is quiet (reported within [`QUIET_SECS`] and not
/// resolved since). Returns whether it was recorded.
pub(crate) fn push_quiet(
    record: &mut ServiceRecord,
    now: f64,
    kind: &str,
    message: String,
) -> bool {
    let quiet = record
        .scheduler
        .quiet
        .get(kind)
        .is_some_and(|at| now - at < QUIET_SECS);
    if quiet {
        return false;
    }
    record.scheduler.quiet.insert(kind.to_string(), now);
    push(record, now, message);
    true
}

/// The cause of a recurring event is gone: report it again when it comes back.
pub(crate) fn resolve(record: &mut ServiceRecord, kind: &str) {
    record.scheduler.quiet.remove(kind);
}

#[cfg(test)]
mod tests {
    use super::*;
    use berth_scheduler::RejectReason;

    #[test]
    fn texts_are_ecs() {
        let ids = vec!["a".to_string(), "b".to_string()];
        assert_eq!(
            started("web", &ids),
            "(service web) has started 2 tasks: (task a) (task b)."
        );
        assert_eq!(
            stopped("web", &ids[..1]),
            "(service web) has stopped 1 running tasks: (task a)."
        );
        assert_eq!(
            deployment_completed("web", "ecs-svc/1"),
            "(service web) (deployment ecs-svc/1) deployment completed."
        );
        let closest = ClosestMatch {
            instance_arn: "arn:aws:ecs:us-east-1:1:container-instance/c/abc".into(),
            reason: RejectReason::Memory,
        };
        assert_eq!(
            unable_to_place("web", Some(&closest)),
            "(service web) was unable to place a task because no container instance met all of \
             its requirements. The closest matching (container-instance abc) has insufficient \
             memory available. For more information, see the Troubleshooting section of the \
             Amazon ECS Developer Guide."
        );
    }
}
