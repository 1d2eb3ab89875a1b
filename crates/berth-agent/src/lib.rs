//! berth's container agent (library): registers the host as a container instance, keeps a
//! WebSocket session with the control plane, runs one actor per task over the pure lifecycle of
//! `berth-lifecycle`, persists before acting, reports state changes through the ECS API, and
//! serves the task metadata endpoint. The `berth agent` subcommand builds an [`AgentConfig`],
//! picks a tokio runtime and a [`berth_docker::ContainerRuntime`], and calls [`run`].
//!
//! Code map: [`config`] (settings, credentials), [`constants`] (every interval with its reason),
//! [`signer`] + [`ecs_client`] (SigV4-signed ECS API calls), [`registration`] (identity,
//! RegisterContainerInstance), [`session`] (WebSocket, heartbeats, acks, reconnects),
//! [`engine`] (actors by task, task lists, restore), [`actor`] (one task's loop), [`effects`]
//! (runtime calls per action), [`task_plan`] + [`container_spec`] (assignment → runtime specs),
//! [`task_record`] (what is persisted and reported), [`reporter`] (ordered, retried reports),
//! [`runtime_events`] (event routing, periodic re-inspection), [`metadata`] (v4 endpoint),
//! [`pause`] (the awsvpc pause image), [`docker_cli`] (what the runtime trait lacks), [`persist`]
//! (atomic files), [`agent`] (wiring).
//!
//! Architecture invariants: the agent never touches the store, only the ECS API and its
//! session; it never touches a container without `com.berth.managed=true`; only a task's actor
//! writes that task's record, and it writes it before acting on it.

pub mod actor;
pub mod agent;
pub mod backoff;
pub mod clock;
pub mod config;
pub mod constants;
pub mod container_spec;
pub mod docker_cli;
pub mod ecs_client;
pub mod effects;
pub mod engine;
pub mod metadata;
pub mod pause;
pub mod persist;
pub mod registration;
pub mod registry;
pub mod reporter;
pub mod runtime_events;
pub mod session;
pub mod signer;
pub mod task_plan;
pub mod task_record;

#[cfg(test)]
mod testkit;

pub use agent::{run, start, AgentError, RunningAgent};
pub use config::{AgentConfig, Credentials, CredentialsError, PullBehavior};
pub use engine::Engine;
