//! Every time limit the task lifecycle decides with, each with the reason for its value.
//!
//! This module owns the numbers only; it must not read configuration or the environment. An
//! agent that is configured differently (ECS's `ECS_CONTAINER_STOP_TIMEOUT` and friends) fills
//! the per-container fields of [`crate::ContainerSpec`] before calling the step function, so
//! that the pure core never needs to know where a value came from. The Docker call deadlines
//! below are not used by the pure core itself; they live here so that the agent's runtime
//! adapter and the lifecycle share one table.

/// Seconds between SIGTERM and SIGKILL when a container has no `stopTimeout`: ECS's default
/// (`ECS_CONTAINER_STOP_TIMEOUT` = 30 s, also the Fargate default), so that applications tuned
/// for ECS get the same grace period.
pub const DEFAULT_STOP_TIMEOUT_SECS: u32 = 30;

/// Largest `stopTimeout` Fargate accepts (120 s); berth does not clamp to it (EC2 has no maximum)
/// but the control plane may use it to warn.
pub const FARGATE_MAX_STOP_TIMEOUT_SECS: u32 = 120;

/// Deadline for the Docker "start container" call itself: ECS's `ECS_CONTAINER_START_TIMEOUT`
/// Linux default (3 min). This is unrelated to a container's `startTimeout`, which bounds the
/// wait for a dependency condition and is enforced by [`crate::can_start`].
pub const DOCKER_START_CALL_TIMEOUT_SECS: u32 = 180;

/// Deadline for the Docker "create container" call: the ECS agent allows 4 minutes, because a
/// create can block on volume drivers and the image's layer unpacking.
pub const DOCKER_CREATE_CALL_TIMEOUT_SECS: u32 = 240;

/// A pull that makes no progress for this long is abandoned: ECS's
/// `ECS_IMAGE_PULL_INACTIVITY_TIMEOUT` default (1 min). A stalled registry should fail the task
/// with `CannotPullContainerError` rather than leave it PENDING forever.
pub const PULL_INACTIVITY_TIMEOUT_SECS: u32 = 60;

/// Hard limit on one image pull: ECS's `ECS_IMAGE_PULL_TIMEOUT` default (2 h); big images on slow
/// links legitimately take long, so only the inactivity limit is meant to fire in practice.
pub const PULL_TOTAL_TIMEOUT_SECS: u32 = 2 * 60 * 60;

/// Extra seconds the agent waits on a Docker "stop" call beyond the container's own stop timeout,
/// so the deadline covers SIGKILL delivery and the daemon's bookkeeping (berth's choice).
pub const DOCKER_STOP_CALL_GRACE_SECS: u32 = 30;

/// How long a STOPPED task's containers are kept before [`crate::Action::Cleanup`]: ECS's
/// `ECS_ENGINE_TASK_CLEANUP_WAIT_DURATION` default (3 h), long enough to read logs and exit codes
/// of a failed task.
pub const TASK_CLEANUP_WAIT_SECS: u32 = 3 * 60 * 60;

// The call deadlines must cover the grace periods they wrap; checked at compile time.
const _: () = assert!(DEFAULT_STOP_TIMEOUT_SECS <= FARGATE_MAX_STOP_TIMEOUT_SECS);
const _: () = assert!(PULL_INACTIVITY_TIMEOUT_SECS < PULL_TOTAL_TIMEOUT_SECS);
