//! berth's placement pipeline: which container instance gets each task.
//!
//! This crate is pure: no I/O, no clock, no async; randomness comes from the request's seed, so
//! a decision can be replayed. It owns the scheduler's view of an instance ([`InstanceView`]),
//! the placement request with its ECS constraints and strategies (read from wire strings with
//! ECS's validation), the pipeline ([`place`]) and its outcome, including the failure reasons
//! `RunTask` returns and the "closest matching container-instance" service events name.
//!
//! It deliberately knows nothing of how instances and tasks are stored, of the wire format
//! beyond the constraint and strategy strings, or of when placement runs: the control plane
//! builds the views, calls [`place`], and commits the outcome.

mod fxhash;
mod index;
mod instance;
mod outcome;
mod pipeline;
pub mod reconcile;
mod spec;

pub use index::ClusterIndex;
pub use instance::{InstanceStatus, InstanceView};
pub use outcome::{
    apply, ClosestMatch, Placement, PlacementFailure, PlacementOutcome, RejectReason,
    NO_CONTAINER_INSTANCES,
};
pub use pipeline::place;
pub use spec::{
    constraints_from_wire, strategies_from_wire, BinpackField, Constraint, PlacementRequest,
    SpecError, SpreadField, Strategy, MAX_CONSTRAINTS, MAX_STRATEGIES,
};
