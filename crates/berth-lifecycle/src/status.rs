//! The agent-internal ordered statuses: a container's known status, the desired status shared by
//! tasks and containers, and the network namespace's status; plus their mapping to what ECS
//! reports.
//!
//! `Ord` follows the lifecycle and statuses only ever move forward (see [`crate::apply`]), so
//! "has the container been created" is `known >= ContainerKnownStatus::Created`. This module
//! must not decide transitions; it only names the stations.

use berth_model::ContainerStatus;
use serde::{Deserialize, Serialize};

/// What the agent knows a container has reached, in lifecycle order.
///
/// ```text
/// None ──▶ Pulled ──▶ Created ──▶ Running ──▶ Stopped
/// ```
///
/// ECS's agent also has `ResourcesProvisioned` and `Healthy` stations; berth does not need them:
/// the task's network namespace has its own [`NetworkKnownStatus`], and health is a separate
/// field because it can flap while the container stays running.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ContainerKnownStatus {
    /// Nothing done yet (or a pull is under way).
    #[default]
    None,
    /// The image is present on the host.
    Pulled,
    /// The Docker container exists but has not been started.
    Created,
    /// The container's process is running.
    Running,
    /// The container exited, or was stopped, or was removed before it ever ran.
    Stopped,
}

impl ContainerKnownStatus {
    /// Every status, in lifecycle order.
    pub const ALL: &'static [ContainerKnownStatus] = &[
        ContainerKnownStatus::None,
        ContainerKnownStatus::Pulled,
        ContainerKnownStatus::Created,
        ContainerKnownStatus::Running,
        ContainerKnownStatus::Stopped,
    ];

    /// The container `lastStatus` ECS reports for this known status: everything before the
    /// process runs is PENDING.
    pub fn ecs_status(self) -> ContainerStatus {
        match self {
            ContainerKnownStatus::None
            | ContainerKnownStatus::Pulled
            | ContainerKnownStatus::Created => ContainerStatus::Pending,
            ContainerKnownStatus::Running => ContainerStatus::Running,
            ContainerKnownStatus::Stopped => ContainerStatus::Stopped,
        }
    }
}

/// Where a task or a container is meant to go. It moves from RUNNING to STOPPED once, never
/// back: berth, like ECS, never restarts a stopped task's containers in place.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum DesiredStatus {
    #[default]
    Running,
    Stopped,
}

/// The status of an `awsvpc` task's network namespace (the pause container and its interface).
///
/// ```text
/// None ──▶ Provisioned ──▶ Deprovisioned
///   └───────────────────────▲   (torn down after a failed or abandoned setup)
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum NetworkKnownStatus {
    #[default]
    None,
    Provisioned,
    Deprovisioned,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn container_statuses_are_ordered_and_map_monotonically_to_ecs() {
        let all = ContainerKnownStatus::ALL;
        assert!(all.windows(2).all(|w| w[0] < w[1]));
        // The ECS status never goes backwards when the known status goes forwards.
        assert!(all
            .windows(2)
            .all(|w| w[0].ecs_status() <= w[1].ecs_status()));
        assert_eq!(
            ContainerKnownStatus::Created.ecs_status(),
            ContainerStatus::Pending
        );
        assert_eq!(
            ContainerKnownStatus::Running.ecs_status(),
            ContainerStatus::Running
        );
    }

    #[test]
    fn desired_running_comes_before_stopped() {
        assert!(DesiredStatus::Running < DesiredStatus::Stopped);
        assert!(NetworkKnownStatus::Provisioned < NetworkKnownStatus::Deprovisioned);
    }
}
