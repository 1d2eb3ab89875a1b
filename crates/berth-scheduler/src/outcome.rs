//! What a placement request produced: placements, the failures ECS `RunTask` reports, the
//! "closest matching container-instance" that service events name, and [`apply`], which
//! records placements in the views so the next request in the same pass sees them.
//!
//! Reason strings are the ones ECS returns (`RESOURCE:MEMORY`, `AGENT`, `ATTRIBUTE`,
//! `MemberOf placement constraint unsatisfied.`...). This module must not decide placements.

use crate::instance::InstanceView;
use crate::spec::PlacementRequest;

/// ECS's reason when a cluster has no container instance to place on at all.
pub const NO_CONTAINER_INSTANCES: &str = "No Container Instances were found in your cluster.";

/// The first pipeline stage an instance failed, in pipeline order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RejectReason {
    /// The container agent is disconnected.
    Agent,
    /// The instance lacks an attribute the task definition requires.
    Attribute,
    /// A `memberOf` expression does not select the instance.
    MemberOf,
    /// The instance already hosts a task of the group and `distinctInstance` is asked for.
    DistinctInstance,
    /// Not enough CPU units remain.
    Cpu,
    /// Not enough memory remains.
    Memory,
    /// A host port the task needs is taken.
    Ports,
}

impl RejectReason {
    /// The `Failure.reason` string ECS returns.
    pub fn as_str(self) -> &'static str {
        match self {
            RejectReason::Agent => "AGENT",
            RejectReason::Attribute => "ATTRIBUTE",
            RejectReason::MemberOf => "MemberOf placement constraint unsatisfied.",
            RejectReason::DistinctInstance => "DistinctInstance placement constraint unsatisfied.",
            RejectReason::Cpu => "RESOURCE:CPU",
            RejectReason::Memory => "RESOURCE:MEMORY",
            RejectReason::Ports => "RESOURCE:PORTS",
        }
    }

    /// How the service event message words this reason after "The closest matching
    /// container-instance <id>".
    fn phrase(self) -> String {
        match self {
            RejectReason::Cpu => "has insufficient CPU units available".into(),
            RejectReason::Memory => "has insufficient memory available".into(),
            RejectReason::Ports => "is already using a port required by your task".into(),
            RejectReason::Attribute => "is missing an attribute required by your task".into(),
            other => format!("encountered error \"{}\"", other.as_str()),
        }
    }
}

impl std::fmt::Display for RejectReason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One task placed on one instance.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Placement {
    pub instance_arn: String,
    /// Index of the instance in the slice given to [`crate::place`].
    pub instance_index: usize,
    /// Which of the request's `count` tasks (0-based).
    pub task_index: u32,
}

/// Why one instance could not take the first task that went unplaced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlacementFailure {
    pub instance_arn: String,
    pub reason: RejectReason,
}

/// The result of one placement request.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PlacementOutcome {
    /// Tasks placed, in task order.
    pub placements: Vec<Placement>,
    /// When a task went unplaced: one entry per candidate instance (ACTIVE, in input order)
    /// with the first reason it was rejected, as `RunTask` returns. Empty when all were placed.
    pub failures: Vec<PlacementFailure>,
    /// Tasks that could not be placed.
    pub unplaced: u32,
    /// The cluster had no ACTIVE container instance at all; ECS then says
    /// [`NO_CONTAINER_INSTANCES`] rather than listing failures.
    pub no_container_instances: bool,
}

/// The rejected instance that came closest to taking the task.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClosestMatch {
    pub instance_arn: String,
    /// The stage it failed; it passed every earlier one.
    pub reason: RejectReason,
}

impl ClosestMatch {
    /// The container instance id: the last segment of the ARN, as service events print it.
    pub fn instance_id(&self) -> &str {
        self.instance_arn
            .rsplit('/')
            .next()
            .unwrap_or(&self.instance_arn)
    }

    /// e.g. "The closest matching container-instance 5ed5... has insufficient memory available."
    pub fn describe(&self) -> String {
        format!(
            "The closest matching container-instance {} {}.",
            self.instance_id(),
            self.reason.phrase()
        )
    }
}

impl PlacementOutcome {
    /// The failure that passed the most pipeline stages; among equals, the first in input order.
    pub fn closest_match(&self) -> Option<ClosestMatch> {
        let mut best: Option<&PlacementFailure> = None;
        for failure in &self.failures {
            if best.is_none_or(|best| failure.reason > best.reason) {
                best = Some(failure);
            }
        }
        best.map(|failure| ClosestMatch {
            instance_arn: failure.instance_arn.clone(),
            reason: failure.reason,
        })
    }

    /// The service event ECS records when a service's task could not be placed; `None` when
    /// every task was placed.
    pub fn service_event_message(&self, service_name: &str) -> Option<String> {
        if self.unplaced == 0 {
            return None;
        }
        let head = format!(
            "service {service_name} was unable to place a task because no container instance \
             met all of its requirements."
        );
        let tail = if self.no_container_instances {
            format!("Reason: {NO_CONTAINER_INSTANCES}")
        } else {
            match self.closest_match() {
                Some(closest) => format!(
                    "{} For more information, see the Troubleshooting section of the Amazon \
                     ECS Developer Guide.",
                    closest.describe()
                ),
                None => return Some(head),
            }
        };
        Some(format!("{head} {tail}"))
    }
}

/// Records an outcome's placements in the views it was computed from: reserves each task's
/// resources and counts it in the request's group, so a later request in the same pass sees
/// them. Running task counts are left alone: placed tasks are not RUNNING yet.
pub fn apply(
    instances: &mut [InstanceView],
    request: &PlacementRequest,
    outcome: &PlacementOutcome,
) {
    for placement in &outcome.placements {
        if let Some(instance) = instances.get_mut(placement.instance_index) {
            instance.remaining = instance.remaining.reserve(&request.task);
            *instance
                .task_groups
                .entry(request.group.clone())
                .or_insert(0) += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn failure(id: &str, reason: RejectReason) -> PlacementFailure {
        PlacementFailure {
            instance_arn: format!("arn:aws:ecs:us-east-1:1:container-instance/c/{id}"),
            reason,
        }
    }

    fn outcome(failures: Vec<PlacementFailure>) -> PlacementOutcome {
        PlacementOutcome {
            failures,
            unplaced: 1,
            ..PlacementOutcome::default()
        }
    }

    #[test]
    fn closest_match_passed_the_most_stages() {
        let outcome = outcome(vec![
            failure("a", RejectReason::Agent),
            failure("b", RejectReason::Memory),
            failure("c", RejectReason::Cpu),
            failure("d", RejectReason::Memory),
        ]);
        let closest = outcome.closest_match().unwrap();
        assert_eq!(closest.instance_id(), "b");
        assert_eq!(
            outcome.service_event_message("web").unwrap(),
            "service web was unable to place a task because no container instance met all of \
             its requirements. The closest matching container-instance b has insufficient \
             memory available. For more information, see the Troubleshooting section of the \
             Amazon ECS Developer Guide."
        );
    }

    #[test]
    fn every_reason_has_an_ecs_phrase() {
        let cases = [
            (RejectReason::Agent, "encountered error \"AGENT\""),
            (
                RejectReason::Attribute,
                "is missing an attribute required by your task",
            ),
            (
                RejectReason::MemberOf,
                "encountered error \"MemberOf placement constraint unsatisfied.\"",
            ),
            (
                RejectReason::DistinctInstance,
                "encountered error \"DistinctInstance placement constraint unsatisfied.\"",
            ),
            (RejectReason::Cpu, "has insufficient CPU units available"),
            (RejectReason::Memory, "has insufficient memory available"),
            (
                RejectReason::Ports,
                "is already using a port required by your task",
            ),
        ];
        for (reason, phrase) in cases {
            let closest = ClosestMatch {
                instance_arn: "arn:aws:ecs:r:1:container-instance/c/x".into(),
                reason,
            };
            assert_eq!(
                closest.describe(),
                format!("The closest matching container-instance x {phrase}.")
            );
        }
    }

    #[test]
    fn no_instances_and_nothing_unplaced() {
        let empty = PlacementOutcome {
            unplaced: 2,
            no_container_instances: true,
            ..PlacementOutcome::default()
        };
        assert_eq!(
            empty.service_event_message("web").unwrap(),
            "service web was unable to place a task because no container instance met all of \
             its requirements. Reason: No Container Instances were found in your cluster."
        );
        assert_eq!(
            PlacementOutcome::default().service_event_message("web"),
            None
        );
    }
}
