//! berth's control plane: one handler per ECS operation, over the store, with no HTTP.
//!
//! Handlers take typed wire requests (`berth_wire::ecs`) and a [`Scope`], validate them, read and
//! commit records through the store with revision-checked transactions, and return typed wire
//! responses or an [`EcsError`]. Placement decisions come from the pure `berth-scheduler`; this
//! crate only converts records into the scheduler's views and commits its plans. It must not know
//! HTTP, headers, SQL or etcd.

pub mod agents;
mod attributes;
pub mod clock;
mod clusters;
mod db;
pub mod error;
mod instance_wire;
mod instances;
pub mod keys;
mod pagination;
pub mod records;
pub mod service_controller;
mod services;
mod tags;
mod task_definitions;
mod tasks;
mod validate;

pub use clock::{Clock, ManualClock, SystemClock};
pub use error::{EcsError, EcsResult};

use berth_store::Store;
use std::sync::Arc;

/// Tunables of the control plane, each with the ECS behaviour it mirrors.
#[derive(Debug, Clone)]
pub struct ControlConfig {
    /// How long a STOPPED task stays describable; ECS keeps them about an hour.
    pub stopped_task_retention_secs: f64,
    /// How long a RunTask `clientToken` is remembered; ECS documents idempotency for a few hours.
    pub client_token_retention_secs: f64,
    /// How long an agent may stay silent before its instance reports `agentConnected: false`.
    pub agent_disconnect_after_secs: f64,
    /// How long an instance's agent may stay disconnected before the service scheduler treats
    /// its tasks as lost and replaces them elsewhere. ECS itself keeps such tasks RUNNING until
    /// the EC2 instance is terminated or deregistered; berth cannot see EC2, so a long silence
    /// stands in for that. The default (a minute) rides out agent restarts and upgrades.
    pub lost_task_after_secs: f64,
    /// How long a task without container health checks must have been RUNNING before the
    /// service scheduler counts it as healthy (ECS documents 40 seconds).
    pub task_settle_secs_without_health_check: f64,
    /// How long an INACTIVE (deleted) service stays describable; ECS keeps them "for a while".
    pub inactive_service_retention_secs: f64,
}

impl Default for ControlConfig {
    fn default() -> Self {
        ControlConfig {
            stopped_task_retention_secs: 3600.0,
            client_token_retention_secs: 8.0 * 3600.0,
            agent_disconnect_after_secs: agents::DEFAULT_AGENT_DISCONNECT_AFTER_SECS,
            lost_task_after_secs: 60.0,
            task_settle_secs_without_health_check:
                berth_scheduler::reconcile::DEFAULT_SETTLE_SECS_WITHOUT_HEALTH_CHECK,
            inactive_service_retention_secs: 3600.0,
        }
    }
}

/// The control plane: every ECS operation is a method on it.
pub struct ControlPlane {
    pub(crate) store: Arc<dyn Store>,
    pub(crate) clock: Arc<dyn Clock>,
    pub(crate) config: ControlConfig,
    /// One placement worker per cluster within this process, which batches concurrent
    /// placements; the store's revision checks make placement safe across processes as well.
    placer: tasks::Placer,
    /// Live agent sessions of this process.
    pub(crate) agents: agents::Registry,
}

impl ControlPlane {
    pub fn new(store: Arc<dyn Store>, clock: Arc<dyn Clock>, config: ControlConfig) -> Self {
        ControlPlane {
            store,
            clock,
            config,
            placer: tasks::Placer::default(),
            agents: agents::Registry::default(),
        }
    }

    pub fn store(&self) -> &Arc<dyn Store> {
        &self.store
    }

    pub(crate) fn now(&self) -> f64 {
        self.clock.now()
    }
}
