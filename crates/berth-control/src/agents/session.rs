//! One agent session: the [`AgentConnection`] a transport drives, and the push task behind it
//! that sends `Hello`, a full `TaskList`, then a `TaskUpdate` for every later change of a task on
//! the instance.
//!
//! The push task reads a snapshot of the cluster's tasks and then watches the cluster's task
//! prefix from the snapshot's revision + 1, so no change between the two is missed; a watch that
//! falls behind compacted history resends a full `TaskList`. Messages flow through a bounded
//! channel, so a slow agent slows its own push task and nothing else. This module knows no
//! WebSocket and no HTTP.

use super::assignment::{self, in_task_list, next_push, on_instance, Seen};
use super::registry::InstanceTarget;
use super::{OUTBOX_CAPACITY, SNAPSHOT_PAGE_SIZE, WATCH_RETRY_DELAY};
use crate::db::decode;
use crate::error::EcsError;
use crate::keys;
use crate::records::TaskRecord;
use crate::ControlPlane;
use berth_protocol::{AgentMessage, ServerMessage, TaskAssignment, PROTOCOL_VERSION};
use berth_store::{EventKind, StoreError};
use berth_wire::ecs as wire;
use std::collections::HashMap;
use std::sync::Arc;
use tokio::sync::mpsc;
use tokio::task::AbortHandle;

/// A live agent session, as the transport sees it: messages to send, and a place to report what
/// the agent sent. Dropping it (or [`AgentConnection::close`]) ends the session; the instance's
/// agent is then reported disconnected unless a newer session took over.
pub struct AgentConnection {
    control: Arc<ControlPlane>,
    target: InstanceTarget,
    session_id: String,
    outbox: mpsc::Receiver<ServerMessage>,
    pump: AbortHandle,
    open: bool,
}

impl std::fmt::Debug for AgentConnection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AgentConnection")
            .field("session_id", &self.session_id)
            .field("container_instance_arn", &self.target.instance_arn)
            .finish_non_exhaustive()
    }
}

impl AgentConnection {
    pub fn session_id(&self) -> &str {
        &self.session_id
    }

    pub fn container_instance_arn(&self) -> &str {
        &self.target.instance_arn
    }

    /// The next message for the agent, or `None` once the session is over (a newer session
    /// replaced it, the agent fell silent, or the store closed): the transport then closes the
    /// socket. Cancel-safe, so it can sit in a `select!` beside the socket's reads.
    pub async fn next_message(&mut self) -> Option<ServerMessage> {
        self.outbox.recv().await
    }

    /// Notes a message from the agent. Every message counts as a sign of life; acks are
    /// diagnostics only (delivery is at least once and every reconnect resends everything).
    /// Returns `false` when the session is no longer current.
    pub fn received(&self, message: &AgentMessage) -> bool {
        if let AgentMessage::Ack { seq } = message {
            tracing::trace!(session = %self.session_id, seq, "agent acknowledged");
        }
        self.heard()
    }

    /// Notes a message and applies what it reports (health, addresses) to the task records.
    /// A report that cannot be applied is logged, never fatal to the session.
    pub async fn handle(&self, message: &AgentMessage) -> bool {
        let current = self.received(message);
        let outcome = match message {
            AgentMessage::TaskHealth {
                task_arn,
                health,
                containers,
            } => {
                self.control
                    .update_reported_task(&self.target, task_arn, |task| {
                        super::reports::apply_health(task, *health, containers)
                    })
                    .await
            }
            AgentMessage::TaskNetwork {
                task_arn,
                private_ipv4_address,
            } => {
                self.control
                    .update_reported_task(&self.target, task_arn, |task| {
                        super::reports::apply_address(task, private_ipv4_address)
                    })
                    .await
            }
            AgentMessage::Heartbeat { .. } | AgentMessage::Ack { .. } => Ok(()),
        };
        if let Err(error) = outcome {
            tracing::warn!(%error, session = %self.session_id, "agent report not applied");
        }
        current
    }

    /// Notes that the agent is alive (any frame, including WebSocket pings).
    pub fn heard(&self) -> bool {
        let now = self.control.now();
        self.control
            .agents
            .heard(&self.target.key(), &self.session_id, now)
    }

    /// Ends the session now and waits until the instance record reflects it.
    pub async fn close(mut self) {
        self.open = false;
        self.pump.abort();
        if let Some(ended) = self
            .control
            .agents
            .end(&self.target.key(), &self.session_id)
        {
            self.control
                .sync_agent_record(&ended.target, ended.last_heard_at)
                .await;
        }
    }
}

impl Drop for AgentConnection {
    fn drop(&mut self) {
        self.pump.abort();
        if !self.open {
            return;
        }
        let Some(ended) = self
            .control
            .agents
            .end(&self.target.key(), &self.session_id)
        else {
            return;
        };
        match tokio::runtime::Handle::try_current() {
            Ok(runtime) => {
                let control = self.control.clone();
                runtime.spawn(async move {
                    control
                        .sync_agent_record(&ended.target, ended.last_heard_at)
                        .await;
                });
            }
            // Without a runtime the write cannot happen now; the monitor retries it.
            Err(_) => self
                .control
                .agents
                .retry_later(ended.target, ended.last_heard_at),
        }
    }
}

/// Starts the push task of a registered session and returns its connection.
pub(crate) fn connect(
    control: &Arc<ControlPlane>,
    target: InstanceTarget,
    session_id: String,
) -> AgentConnection {
    let (sender, outbox) = mpsc::channel(OUTBOX_CAPACITY);
    let hello = ServerMessage::Hello {
        session_id: session_id.clone(),
        protocol_version: PROTOCOL_VERSION,
        container_instance_arn: target.instance_arn.clone(),
        heartbeat_interval_ms: control.agent_heartbeat_interval_ms(),
    };
    let pump = Pump {
        control: control.clone(),
        target: target.clone(),
        outbox: sender,
        seq: 0,
        seen: HashMap::new(),
        definitions: HashMap::new(),
    };
    let handle = tokio::spawn(pump.run(hello)).abort_handle();
    if !control
        .agents
        .attach_pump(&target.key(), &session_id, handle.clone())
    {
        // Replaced before it started: the connection ends at once.
        handle.abort();
    }
    AgentConnection {
        control: control.clone(),
        target,
        session_id,
        outbox,
        pump: handle,
        open: true,
    }
}

/// Why one snapshot-and-watch round ended.
enum Round {
    /// History is gone: take a new snapshot and send a full `TaskList`.
    Resync,
    /// The agent side went away or the store closed: stop.
    Over,
}

/// Why a round failed.
enum RoundError {
    /// The connection dropped its end of the channel.
    Gone,
    Store(StoreError),
    Control(EcsError),
}

impl From<StoreError> for RoundError {
    fn from(error: StoreError) -> Self {
        RoundError::Store(error)
    }
}

impl From<EcsError> for RoundError {
    fn from(error: EcsError) -> Self {
        RoundError::Control(error)
    }
}

struct Pump {
    control: Arc<ControlPlane>,
    target: InstanceTarget,
    outbox: mpsc::Sender<ServerMessage>,
    seq: u64,
    /// By task store key: what the agent was last told.
    seen: HashMap<String, Seen>,
    /// Task definitions by ARN; a revision never changes its containers, so caching is safe.
    definitions: HashMap<String, wire::TaskDefinition>,
}

impl Pump {
    async fn run(mut self, hello: ServerMessage) {
        if self.outbox.send(hello).await.is_err() {
            return;
        }
        loop {
            match self.round().await {
                Ok(Round::Resync) => {
                    tracing::info!(instance = %self.target.instance_arn, "agent watch compacted; resending the task list");
                }
                Ok(Round::Over) | Err(RoundError::Gone) => return,
                Err(RoundError::Store(StoreError::Closed)) => return,
                Err(RoundError::Store(error)) => {
                    tracing::warn!(instance = %self.target.instance_arn, %error, "agent push failed; resyncing");
                    tokio::time::sleep(WATCH_RETRY_DELAY).await;
                }
                Err(RoundError::Control(error)) => {
                    tracing::warn!(instance = %self.target.instance_arn, %error, "agent push failed; resyncing");
                    tokio::time::sleep(WATCH_RETRY_DELAY).await;
                }
            }
        }
    }

    /// One snapshot, one full `TaskList`, then updates until the watch ends.
    async fn round(&mut self) -> Result<Round, RoundError> {
        let prefix = keys::tasks(&self.target.scope, &self.target.cluster);
        let (revision, tasks) = self.snapshot(&prefix).await?;
        self.seen.clear();
        let mut list = Vec::new();
        for (key, task) in tasks {
            if !on_instance(&task, &self.target.instance_id) {
                continue;
            }
            if in_task_list(&task, &self.target.instance_id) {
                list.push(self.assignment(&task).await?);
            }
            self.seen.insert(key, Seen::from_snapshot(&task));
        }
        self.seq += 1;
        self.send(ServerMessage::TaskList {
            seq: self.seq,
            tasks: list,
        })
        .await?;
        let mut watch = match self.control.store.watch(&prefix, revision + 1).await {
            Ok(watch) => watch,
            Err(StoreError::Compacted { .. }) => return Ok(Round::Resync),
            Err(error) => return Err(error.into()),
        };
        while let Some(event) = watch.recv().await {
            let event = match event {
                Ok(event) => event,
                Err(StoreError::Compacted { .. }) => return Ok(Round::Resync),
                Err(StoreError::Closed) => return Ok(Round::Over),
                Err(error) => return Err(error.into()),
            };
            match event.kind {
                EventKind::Delete => {
                    self.seen.remove(&event.kv.key);
                }
                EventKind::Put => {
                    let task: TaskRecord = match decode(&event.kv.value) {
                        Ok(task) => task,
                        Err(error) => {
                            tracing::warn!(key = %event.kv.key, %error, "skipping an undecodable task record");
                            continue;
                        }
                    };
                    self.changed(event.kv.key, task).await?;
                }
            }
        }
        // A watch ends without an error only when it is torn down; start over.
        Ok(Round::Resync)
    }

    /// Pushes a changed task record if the agent needs it.
    async fn changed(&mut self, key: String, task: TaskRecord) -> Result<(), RoundError> {
        if !on_instance(&task, &self.target.instance_id) {
            return Ok(());
        }
        let (push, seen) = next_push(self.seen.get(&key), &task);
        if push {
            let assignment = self.assignment(&task).await?;
            self.seq += 1;
            self.send(ServerMessage::TaskUpdate {
                seq: self.seq,
                task: assignment,
            })
            .await?;
        }
        self.seen.insert(key, seen);
        Ok(())
    }

    /// Every task record of the cluster, read in pages, with the revision of the first page:
    /// changes after it are replayed by the watch (older versions are then skipped).
    async fn snapshot(&self, prefix: &str) -> Result<(u64, Vec<(String, TaskRecord)>), RoundError> {
        let mut revision = None;
        let mut after: Option<String> = None;
        let mut tasks = Vec::new();
        loop {
            let page = self
                .control
                .store
                .range(prefix, after.as_deref(), SNAPSHOT_PAGE_SIZE)
                .await?;
            revision.get_or_insert(page.revision);
            after = page.items.last().map(|kv| kv.key.clone());
            for kv in page.items {
                match decode::<TaskRecord>(&kv.value) {
                    Ok(task) => tasks.push((kv.key, task)),
                    Err(error) => {
                        tracing::warn!(key = %kv.key, %error, "skipping an undecodable task record");
                    }
                }
            }
            if !page.more || after.is_none() {
                break;
            }
        }
        Ok((revision.unwrap_or(0), tasks))
    }

    async fn assignment(&mut self, task: &TaskRecord) -> Result<TaskAssignment, RoundError> {
        let arn = &task.task_definition_arn;
        if !self.definitions.contains_key(arn) {
            let definition = match self
                .control
                .find_task_definition(&self.target.scope, arn)
                .await
            {
                Ok(Some(found)) => found.record.definition,
                // A deleted revision (or an ARN the record should never hold): the agent can
                // still identify and stop the task.
                Ok(None) | Err(EcsError::InvalidParameter(_)) => {
                    assignment::placeholder_definition(task)
                }
                Err(error) => return Err(error.into()),
            };
            self.definitions.insert(arn.clone(), definition);
        }
        let definition = self
            .definitions
            .get(arn)
            .cloned()
            .unwrap_or_else(|| assignment::placeholder_definition(task));
        Ok(assignment::assignment(task, definition))
    }

    async fn send(&self, message: ServerMessage) -> Result<(), RoundError> {
        self.outbox
            .send(message)
            .await
            .map_err(|_| RoundError::Gone)
    }
}
