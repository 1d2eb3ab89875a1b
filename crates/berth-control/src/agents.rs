//! Agent sessions on the control-plane side: who is connected, pushing tasks to them, and
//! noticing when they go away.
//!
//! An agent opens one session per container instance ([`ControlPlane::open_agent_session`]),
//! receives `Hello`, a full `TaskList` and then a `TaskUpdate` for every change of a task on its
//! instance (`session.rs`, with the pure conversions and deduplication in `assignment.rs`).
//! Liveness lives in memory (`registry.rs`): heartbeats never write to the store. The instance
//! record's `agent` ([`AgentSession`]) is written only when a session starts or ends, always as
//! a revision-checked read-modify-write, and always to the registry's current truth, so that it
//! composes with the tasks module's own instance updates. A disconnected agent's tasks keep their
//! last reported status, as in ECS; replacing lost tasks is the service scheduler's business
//! (see [`ControlPlane::instances_disconnected_longer_than`]). This module must not change task
//! records and knows no transport.

mod assignment;
mod registry;
mod reports;
mod session;

#[cfg(test)]
mod tests;

pub(crate) use registry::Registry;
pub use session::AgentConnection;

use crate::db::{decode, Commit, MAX_CONFLICT_RETRIES};
use crate::error::{EcsError, EcsResult};
use crate::keys;
use crate::records::{AgentSession, ContainerInstanceRecord};
use crate::ControlPlane;
use berth_model::Scope;
use registry::InstanceTarget;
use std::sync::Arc;
use std::time::Duration;

/// How often an agent sends `Heartbeat` by default: once a second keeps disconnect detection
/// within seconds at a negligible cost (heartbeats only touch memory). ECS's own agent heartbeats
/// its ACS session about once a minute, but berth also uses the session to decide placement.
pub const AGENT_HEARTBEAT_INTERVAL_MS: u64 = 1000;
/// How long an agent may stay silent before its instance reports `agentConnected: false`: five
/// default heartbeat intervals, so one or two lost or late heartbeats never flap the state.
pub const DEFAULT_AGENT_DISCONNECT_AFTER_SECS: f64 = 5.0;
/// Heartbeats that fit into one disconnect window at least; with a short window (tests) the
/// agent is told to heartbeat more often than the default.
const HEARTBEATS_PER_WINDOW: u64 = 3;
/// The fastest heartbeat berth asks for, so a tiny window cannot turn heartbeats into a flood.
const MIN_HEARTBEAT_INTERVAL_MS: u64 = 50;
/// How many silence checks the monitor makes per disconnect window: detection lags silence by at
/// most a quarter window.
const MONITOR_CHECKS_PER_WINDOW: f64 = 4.0;
/// Bounds on the monitor's check period.
const MONITOR_MIN_PERIOD: Duration = Duration::from_millis(50);
const MONITOR_MAX_PERIOD: Duration = Duration::from_secs(1);
/// Task records read per page for a session's snapshot (bounds memory on large clusters).
const SNAPSHOT_PAGE_SIZE: usize = 500;
/// Messages queued per session before the push task waits for the agent to read.
const OUTBOX_CAPACITY: usize = 256;
/// Delay before a session's push task retries after a store error.
const WATCH_RETRY_DELAY: Duration = Duration::from_secs(1);
/// Records read per page when sweeping sessions left behind by a previous process.
const SWEEP_PAGE_SIZE: usize = 500;
/// Prefix of every scoped key (see `keys.rs`); the sweep walks all regions and accounts.
const ALL_SCOPES_PREFIX: &str = "s/";

/// The instance statuses an agent may connect to: a DRAINING instance still runs (and stops) its
/// tasks; any other status has no agent work to do.
const CONNECTABLE_STATUSES: &[&str] = &["ACTIVE", "DRAINING"];

/// The heartbeat interval to announce for a disconnect window.
pub fn heartbeat_interval_ms(disconnect_after_secs: f64) -> u64 {
    let window_ms = (disconnect_after_secs * 1000.0).max(0.0) as u64;
    (window_ms / HEARTBEATS_PER_WINDOW)
        .clamp(MIN_HEARTBEAT_INTERVAL_MS, AGENT_HEARTBEAT_INTERVAL_MS)
}

/// How often the monitor looks for silent agents.
pub fn monitor_period(disconnect_after_secs: f64) -> Duration {
    Duration::from_secs_f64((disconnect_after_secs / MONITOR_CHECKS_PER_WINDOW).max(0.0))
        .clamp(MONITOR_MIN_PERIOD, MONITOR_MAX_PERIOD)
}

/// The `agent` an instance record should hold, given its current one and the registry's truth
/// (`live_since`: when the instance's live session started, if any). `None`: leave it alone.
///
/// An instance that never had a session keeps `None` when nothing is live (it is an API-only
/// instance, which counts as connected and whose tasks the control plane stops itself).
pub(crate) fn next_agent_session(
    current: Option<&AgentSession>,
    live_since: Option<f64>,
    last_heard_at: f64,
) -> Option<AgentSession> {
    match (current, live_since) {
        (Some(session), Some(since)) if session.connected && session.last_seen_at == since => None,
        (_, Some(since)) => Some(AgentSession {
            connected: true,
            last_seen_at: since,
        }),
        (Some(session), None) if session.connected => Some(AgentSession {
            connected: false,
            last_seen_at: last_heard_at.max(session.last_seen_at),
        }),
        (_, None) => None,
    }
}

/// How long the instance's agent has been disconnected, or `None` when it is connected, never
/// had a session, or the instance is deregistered.
pub fn disconnected_for(record: &ContainerInstanceRecord, now: f64) -> Option<f64> {
    match &record.agent {
        Some(session) if !session.connected && record.status != "INACTIVE" => {
            Some((now - session.last_seen_at).max(0.0))
        }
        _ => None,
    }
}

/// Reads `s/{region}/{account}/instances/{cluster}/{id}` back into its parts.
fn parse_instance_key(key: &str) -> Option<(Scope, String, String)> {
    let parts: Vec<&str> = key.split('/').collect();
    match parts.as_slice() {
        ["s", region, account, "instances", cluster, id] if !id.is_empty() => Some((
            Scope::new(*region, *account),
            cluster.to_string(),
            id.to_string(),
        )),
        _ => None,
    }
}

impl ControlPlane {
    /// The heartbeat interval this control plane asks its agents for.
    pub fn agent_heartbeat_interval_ms(&self) -> u64 {
        heartbeat_interval_ms(self.config.agent_disconnect_after_secs)
    }

    /// How many agent sessions this process holds.
    pub fn agent_session_count(&self) -> usize {
        self.agents.len()
    }

    /// Opens an agent session for a container instance (id or ARN) of `cluster`: the instance
    /// must be ACTIVE or DRAINING. A previous session of the instance is ended (its connection's
    /// messages stop, so its socket closes). The instance reports `agentConnected: true` before
    /// this returns; the connection yields `Hello`, the full `TaskList`, then updates.
    pub async fn open_agent_session(
        self: &Arc<Self>,
        scope: &Scope,
        cluster: &str,
        container_instance: &str,
    ) -> EcsResult<AgentConnection> {
        let cluster = self.active_cluster(scope, Some(cluster)).await?;
        let instance = self
            .live_instance(
                scope,
                &cluster.record,
                "containerInstance",
                container_instance,
            )
            .await?;
        let status = instance.record.status.as_str();
        if !CONNECTABLE_STATUSES.contains(&status) {
            return Err(EcsError::invalid(format!(
                "containerInstance '{container_instance}' is invalid: the container instance is \
                 {status}; an agent can only connect to an ACTIVE or DRAINING container instance."
            )));
        }
        let target = InstanceTarget {
            scope: scope.clone(),
            cluster: cluster.record.name.clone(),
            instance_id: instance.record.id.clone(),
            instance_arn: instance.record.arn.clone(),
        };
        let session_id = uuid::Uuid::new_v4().to_string();
        let now = self.now();
        if let Some(replaced) = self.agents.start(target.clone(), &session_id, now) {
            tracing::info!(instance = %target.instance_arn, old = %replaced.session_id, new = %session_id, "agent session replaced");
            replaced.stop_pump();
        }
        if let Err(error) = self.write_agent_record(&target, now).await {
            if let Some(ended) = self.agents.end(&target.key(), &session_id) {
                self.sync_agent_record(&ended.target, ended.last_heard_at)
                    .await;
            }
            return Err(error);
        }
        tracing::info!(instance = %target.instance_arn, session = %session_id, "agent connected");
        Ok(session::connect(self, target, session_id))
    }

    /// Runs the agent monitor until the task is dropped: first marks sessions a previous process
    /// left "connected" as disconnected, then ends silent sessions every check period.
    pub async fn run_agent_monitor(self: Arc<Self>) {
        if let Err(error) = self.sweep_orphaned_agent_sessions().await {
            tracing::warn!(%error, "could not sweep agent sessions of a previous run");
        }
        let mut tick =
            tokio::time::interval(monitor_period(self.config.agent_disconnect_after_secs));
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tick.tick().await;
            self.check_agent_sessions().await;
        }
    }

    /// One monitor check: ends the sessions of agents silent for longer than the disconnect
    /// window (their instances report `agentConnected: false`) and retries record writes that
    /// failed earlier. Returns the ARNs of the instances whose sessions it ended.
    pub async fn check_agent_sessions(&self) -> Vec<String> {
        let now = self.now();
        let ended = self
            .agents
            .end_silent(now, self.config.agent_disconnect_after_secs);
        let mut arns = Vec::new();
        for session in ended {
            tracing::info!(instance = %session.target.instance_arn, session = %session.session_id, "agent silent; disconnected");
            session.stop_pump();
            self.sync_agent_record(&session.target, session.last_heard_at)
                .await;
            arns.push(session.target.instance_arn);
        }
        for (target, last_heard_at) in self.agents.take_pending() {
            self.sync_agent_record(&target, last_heard_at).await;
        }
        arns
    }

    /// The registered instances of `cluster` whose agent has been disconnected for longer than
    /// `secs`. This is the seam for replacing lost tasks: the service scheduler calls it with
    /// its own (longer) window; nothing in this module stops tasks.
    pub async fn instances_disconnected_longer_than(
        &self,
        scope: &Scope,
        cluster: &str,
        secs: f64,
    ) -> EcsResult<Vec<ContainerInstanceRecord>> {
        let now = self.now();
        let instances = self
            .list_all::<ContainerInstanceRecord>(&keys::instances(scope, cluster))
            .await?;
        Ok(instances
            .into_iter()
            .map(|found| found.record)
            .filter(|record| disconnected_for(record, now).is_some_and(|for_secs| for_secs > secs))
            .collect())
    }

    /// Marks instances that a previous process left with a connected agent, but that have no
    /// session here, as disconnected. Run once at start: sessions do not survive a restart
    /// (agents reconnect). Assumes one control-plane process serves all agents. Returns how
    /// many instances it marked.
    pub async fn sweep_orphaned_agent_sessions(&self) -> EcsResult<usize> {
        let mut after: Option<String> = None;
        let mut orphans = Vec::new();
        loop {
            let page = self
                .store
                .range(ALL_SCOPES_PREFIX, after.as_deref(), SWEEP_PAGE_SIZE)
                .await?;
            after = page.items.last().map(|kv| kv.key.clone());
            for kv in &page.items {
                let Some((scope, cluster, id)) = parse_instance_key(&kv.key) else {
                    continue;
                };
                let record: ContainerInstanceRecord = decode(&kv.value)?;
                let connected = record.agent.as_ref().is_some_and(|s| s.connected);
                if connected && self.agents.live_since(&kv.key).is_none() {
                    let heard = record.agent.as_ref().map_or(0.0, |s| s.last_seen_at);
                    let target = InstanceTarget {
                        scope,
                        cluster,
                        instance_id: id,
                        instance_arn: record.arn.clone(),
                    };
                    orphans.push((target, heard));
                }
            }
            if !page.more || after.is_none() {
                break;
            }
        }
        let count = orphans.len();
        for (target, heard) in orphans {
            self.sync_agent_record(&target, heard).await;
        }
        Ok(count)
    }

    /// Brings the instance record's `agent` in line with the registry; on a store error the
    /// write is queued for the monitor to retry.
    pub(crate) async fn sync_agent_record(&self, target: &InstanceTarget, last_heard_at: f64) {
        if let Err(error) = self.write_agent_record(target, last_heard_at).await {
            tracing::warn!(instance = %target.instance_arn, %error, "could not record the agent session; will retry");
            self.agents.retry_later(target.clone(), last_heard_at);
        }
    }

    /// One revision-checked read-modify-write of the instance's `agent`, to whatever the
    /// registry says when the per-instance lock is held. Bumps the instance `version` when
    /// `agentConnected` changes (ECS emits an instance state change then).
    async fn write_agent_record(
        &self,
        target: &InstanceTarget,
        last_heard_at: f64,
    ) -> EcsResult<()> {
        let key = target.key();
        let lock = self.agents.record_lock(&key);
        let _guard = lock.lock().await;
        for _ in 0..MAX_CONFLICT_RETRIES {
            let Some(mut found) = self.load::<ContainerInstanceRecord>(&key).await? else {
                return Ok(());
            };
            let live = self.agents.live_since(&key);
            let Some(next) = next_agent_session(found.record.agent.as_ref(), live, last_heard_at)
            else {
                return Ok(());
            };
            if found.record.agent_connected() != next.connected || found.record.agent.is_none() {
                found.record.version += 1;
            }
            found.record.agent = Some(next);
            let mut commit = Commit::new();
            commit.update(&found)?;
            if self.try_commit(commit).await? {
                return Ok(());
            }
        }
        Err(crate::db::too_much_contention())
    }
}
