//! berth's container runtime: the narrow [`ContainerRuntime`] trait the agent drives, its Docker
//! Engine implementation ([`DockerRuntime`], on bollard) and an in-memory fake ([`FakeRuntime`])
//! for the agent's unit tests.
//!
//! Architecture invariant: this crate knows containers, images and networks, not ECS tasks. It
//! never decides what to run or when; it runs what it is told, within the deadlines of
//! [`timeouts`], and reports what Docker says, classified into [`RuntimeError`]s whose `Display`
//! is already an ECS reason (`CannotPullContainerError: ...`). bollard types never appear in the
//! trait's signatures.

pub mod error;
pub mod fake;
pub mod runtime;
pub mod timeouts;

mod docker;

pub use docker::DockerRuntime;
pub use error::{classify_pull_failure, ErrorKind, Operation, PullFailure, RuntimeError};
pub use fake::FakeRuntime;
pub use runtime::{
    AssignedPort, BindMount, ContainerHealth, ContainerId, ContainerInfo, ContainerRuntime,
    ContainerSpec, ContainerState, ContainerStats, ContainerSummary, DeviceMapping, EventFilter,
    EventKind, EventStream, ExtraHost, HealthCheck, HealthCheckTest, HealthState, HostInfo,
    ImageInfo, LabelFilter, LogConfig, NetworkAttachment, NetworkId, NetworkInfo, NetworkMode,
    PortBinding, Protocol, RegistryAuth, RemoveOptions, RuntimeEvent, TmpfsMount, Ulimit,
    VolumeMount, VolumesFrom,
};
pub use timeouts::Timeouts;
