//! The pure core of berth's container agent: the lifecycle of one task and its containers.
//!
//! No I/O, no async, no clock: every function takes the time as a parameter. The agent runs one
//! actor per task that owns a [`TaskState`] and loops:
//!
//! 1. `actions = next_actions(&state, &spec, now)`;
//! 2. for a decision ([`Action::MarkTaskStopping`], [`Action::ReportTaskStatus`]) it records the
//!    matching [`Event`] with [`apply`] and persists the new state *before* acting on it (sending
//!    the report);
//! 3. for an effect (pull, create, start, stop, network) it starts the work unless that work is
//!    already in flight, and records the outcome as an [`Event`] (persisted) when it completes;
//! 4. it calls `next_actions` again after every recorded event, and periodically (start
//!    timeouts and the cleanup wait are noticed only by calling again with a later `now`).
//!
//! Actor contract (what the pure core relies on): at most one action per container and one per
//! network namespace is in flight at a time; and the actor does not act on
//! [`Action::DeprovisionNetwork`] or on a `ReportTaskStatus(STOPPED)` while a container action of
//! the task is still in flight (a create that completes late must still be stopped).
//!
//! Code map: [`spec`] (input: the containers of a task definition), [`status`] (ordered internal
//! statuses and their ECS mapping), [`state`] (runtime state, events, `apply`), [`dependency`]
//! (`validate`, `can_start`, `can_stop`), [`task_status`] (internal state → ECS task status and
//! health), [`step`] (`next_actions`), [`timeouts`] (every time limit, with its reason).
//!
//! Architecture invariant: this crate knows nothing of Docker, the wire format, the store or the
//! control plane protocol; it depends only on `berth-model`'s vocabulary.

pub mod dependency;
pub mod spec;
pub mod state;
pub mod status;
pub mod step;
pub mod task_status;
pub mod timeouts;

pub use dependency::{
    can_start, can_stop, start_order, stop_order, validate, Decision, DependencyError,
};
pub use spec::{link_target, Condition, ContainerSpec, Dependency, DependencyKind, NetworkMode};
pub use state::{
    apply, ApplyError, ContainerState, Event, NetworkAttachment, NetworkState, TaskState,
};
pub use status::{ContainerKnownStatus, DesiredStatus, NetworkKnownStatus};
pub use step::{next_actions, Action, ESSENTIAL_CONTAINER_EXITED_REASON};
pub use task_status::{derive_task_status, task_health};
