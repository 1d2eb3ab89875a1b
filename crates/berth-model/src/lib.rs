//! berth's domain model: the vocabulary every other crate shares.
//!
//! This crate is pure: no I/O, no clock, no async. It owns ARNs and resource identifiers, the
//! ordered status enums of ECS, and resource arithmetic. It deliberately knows nothing of the
//! wire format (see `berth-wire`), of storage (see `berth-store`) or of HTTP.

pub mod arn;
pub mod resources;
pub mod status;

pub use arn::{Arn, ArnError, ResourceKind, Scope};
pub use resources::Resources;
pub use status::{ContainerStatus, HealthStatus, StopCode, TaskStatus};
