//! The long-lived WebSocket session with the control plane: a SigV4-signed upgrade to
//! `berth_protocol::CONNECT_PATH`, `Heartbeat`s at the interval `Hello` asks for, each
//! `TaskList`/`TaskUpdate` handed to the task engine and acknowledged only once the engine has
//! persisted it, and reconnection forever with bounded exponential backoff and jitter.
//!
//! The session owns the connection only: what an assignment means is the engine's business
//! ([`AssignmentSink`]). Messages are handled one at a time, in order, so acks are sent in
//! sequence order.

use std::collections::HashMap;
use std::time::Duration;

use berth_protocol::{query, AgentMessage, ServerMessage, TaskAssignment, CONNECT_PATH};
use futures::{SinkExt, StreamExt};
use tokio::time::Instant;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::http::HeaderValue;
use tokio_tungstenite::tungstenite::Message;
use tokio_util::sync::CancellationToken;

use crate::backoff::Backoff;
use crate::constants::{
    DEFAULT_HEARTBEAT_INTERVAL, SESSION_BACKOFF_MAX, SESSION_BACKOFF_MIN, SESSION_CONNECT_TIMEOUT,
    SESSION_SILENCE_INTERVALS,
};
use crate::signer::{Endpoint, Signer};

/// Where the session delivers what the control plane sends. Both calls return once the
/// assignments are durably recorded (the session acks after that).
pub trait AssignmentSink: Send + Sync {
    /// A complete list: tasks absent from it must be stopped.
    fn sync(
        &self,
        tasks: Vec<TaskAssignment>,
    ) -> impl std::future::Future<Output = Result<(), String>> + Send;
    /// One task's new desired state.
    fn update(
        &self,
        task: TaskAssignment,
    ) -> impl std::future::Future<Output = Result<(), String>> + Send;
    /// How many tasks the agent runs (for heartbeats).
    fn running_tasks(&self) -> u32;
    /// The current `TaskHealth` / `TaskNetwork` messages of every task.
    fn reports(&self) -> Vec<AgentMessage>;
    /// Changes whenever [`AssignmentSink::reports`] may have changed.
    fn reports_changed(&self) -> tokio::sync::watch::Receiver<u64>;
}

/// Who connects where.
#[derive(Debug, Clone)]
pub struct SessionParams {
    pub endpoint: Endpoint,
    pub signer: Signer,
    pub cluster: String,
    pub container_instance_arn: String,
}

/// Why one connection ended.
#[derive(Debug, thiserror::Error)]
enum SessionEnd {
    #[error("cannot connect: {0}")]
    Connect(String),
    #[error("connection lost: {0}")]
    Lost(String),
    #[error("the control plane closed the session")]
    Closed,
    #[error("no message from the control plane for {0:?}")]
    Silent(Duration),
    #[error("the engine could not record an assignment: {0}")]
    Engine(String),
    #[error("shutting down")]
    Shutdown,
}

/// `application/x-www-form-urlencoded`-safe encoding of a query value (RFC 3986 unreserved
/// characters pass, everything else is `%XX`), the form SigV4's canonical query also uses.
fn encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// The connect request's query string.
pub fn connect_query(cluster: &str, container_instance_arn: &str) -> String {
    format!(
        "{}={}&{}={}&{}={}",
        query::CLUSTER,
        encode(cluster),
        query::CONTAINER_INSTANCE,
        encode(container_instance_arn),
        query::PROTOCOL_VERSION,
        berth_protocol::PROTOCOL_VERSION
    )
}

/// Runs sessions until `shutdown`: connect, serve, and on any failure wait (backoff with
/// jitter, 100 ms → 5 s) and connect again. `on_connected` is told about each new session
/// (for logs and tests).
pub async fn run(params: SessionParams, sink: &impl AssignmentSink, shutdown: CancellationToken) {
    let mut backoff = Backoff::new(SESSION_BACKOFF_MIN, SESSION_BACKOFF_MAX);
    loop {
        let started = Instant::now();
        let end = serve_one(&params, sink, &shutdown, &mut backoff).await;
        if matches!(end, SessionEnd::Shutdown) || shutdown.is_cancelled() {
            return;
        }
        // A session that lived a while was healthy: start the schedule over.
        if started.elapsed() > SESSION_BACKOFF_MAX * 2 {
            backoff.reset();
        }
        let delay = backoff.next_delay(&mut rand::thread_rng());
        tracing::info!(error = %end, ?delay, "control-plane session ended; reconnecting");
        tokio::select! {
            () = tokio::time::sleep(delay) => {}
            () = shutdown.cancelled() => return,
        }
    }
}

async fn serve_one(
    params: &SessionParams,
    sink: &impl AssignmentSink,
    shutdown: &CancellationToken,
    backoff: &mut Backoff,
) -> SessionEnd {
    let path_and_query = format!(
        "{CONNECT_PATH}?{}",
        connect_query(&params.cluster, &params.container_instance_arn)
    );
    let url = params.endpoint.ws_url(&path_and_query);
    let mut request = match url.as_str().into_client_request() {
        Ok(request) => request,
        Err(e) => return SessionEnd::Connect(e.to_string()),
    };
    let headers = vec![("host".to_owned(), params.endpoint.authority.clone())];
    let query_string = path_and_query.split_once('?').map(|(_, q)| q).unwrap_or("");
    let signed = match params
        .signer
        .sign("GET", CONNECT_PATH, query_string, &headers, b"")
    {
        Ok(signed) => signed,
        Err(e) => return SessionEnd::Connect(e.to_string()),
    };
    for (name, value) in signed {
        let Ok(value) = HeaderValue::from_str(&value) else {
            return SessionEnd::Connect(format!("unsendable header {name}"));
        };
        let Ok(name) = http::HeaderName::from_bytes(name.as_bytes()) else {
            return SessionEnd::Connect("unsendable header name".into());
        };
        request.headers_mut().insert(name, value);
    }
    let connect = tokio_tungstenite::connect_async(request);
    let (socket, _) = tokio::select! {
        result = tokio::time::timeout(SESSION_CONNECT_TIMEOUT, connect) => match result {
            Ok(Ok(pair)) => pair,
            Ok(Err(e)) => return SessionEnd::Connect(e.to_string()),
            Err(_) => return SessionEnd::Connect(format!("no handshake within {SESSION_CONNECT_TIMEOUT:?}")),
        },
        () = shutdown.cancelled() => return SessionEnd::Shutdown,
    };
    let (mut tx, mut rx) = socket.split();
    // Session reports are re-sent in full on every connection (the control plane applies them
    // idempotently), then only when they change.
    let mut reports = sink.reports_changed();
    reports.mark_changed();
    let mut reports_open = true;
    let mut sent: HashMap<(u8, String), AgentMessage> = HashMap::new();
    let mut interval = DEFAULT_HEARTBEAT_INTERVAL;
    let mut heartbeat = tokio::time::interval_at(Instant::now() + interval, interval);
    let mut last_heard = Instant::now();
    loop {
        let silence = interval * SESSION_SILENCE_INTERVALS;
        let deadline = last_heard + silence;
        tokio::select! {
            () = shutdown.cancelled() => {
                let _ = tx.send(Message::Close(None)).await;
                return SessionEnd::Shutdown;
            }
            () = tokio::time::sleep_until(deadline) => return SessionEnd::Silent(silence),
            changed = reports.changed(), if reports_open => {
                if changed.is_err() {
                    reports_open = false;
                    continue;
                }
                for report in sink.reports() {
                    let key = match &report {
                        AgentMessage::TaskHealth { task_arn, .. } => (0, task_arn.clone()),
                        AgentMessage::TaskNetwork { task_arn, .. } => (1, task_arn.clone()),
                        _ => continue,
                    };
                    if sent.get(&key) == Some(&report) {
                        continue;
                    }
                    if let Err(e) = send(&mut tx, &report).await {
                        return SessionEnd::Lost(e);
                    }
                    sent.insert(key, report);
                }
            }
            _ = heartbeat.tick() => {
                let beat = AgentMessage::Heartbeat {
                    at: crate::clock::now(),
                    running_tasks: sink.running_tasks(),
                };
                // A ping too: the server's pong proves the connection is alive even when it
                // has nothing to say.
                if let Err(e) = send(&mut tx, &beat).await {
                    return SessionEnd::Lost(e);
                }
                if let Err(e) = tx.send(Message::Ping(Vec::new().into())).await {
                    return SessionEnd::Lost(e.to_string());
                }
            }
            frame = rx.next() => {
                let frame = match frame {
                    None => return SessionEnd::Closed,
                    Some(Err(e)) => return SessionEnd::Lost(e.to_string()),
                    Some(Ok(frame)) => frame,
                };
                last_heard = Instant::now();
                let text = match frame {
                    Message::Text(text) => text,
                    Message::Close(_) => return SessionEnd::Closed,
                    _ => continue,
                };
                let message: ServerMessage = match serde_json::from_str(text.as_str()) {
                    Ok(message) => message,
                    Err(e) => {
                        // A newer control plane may send what this agent does not know yet.
                        tracing::warn!(error = %e, "ignoring an unreadable control-plane message");
                        continue;
                    }
                };
                let ack = match message {
                    ServerMessage::Hello { heartbeat_interval_ms, session_id, .. } => {
                        tracing::info!(%session_id, "control-plane session established");
                        backoff.reset();
                        interval = Duration::from_millis(heartbeat_interval_ms.max(100));
                        heartbeat = tokio::time::interval_at(Instant::now() + interval, interval);
                        None
                    }
                    ServerMessage::TaskList { seq, tasks } => {
                        if let Err(e) = sink.sync(tasks).await {
                            return SessionEnd::Engine(e);
                        }
                        Some(seq)
                    }
                    ServerMessage::TaskUpdate { seq, task } => {
                        if let Err(e) = sink.update(task).await {
                            return SessionEnd::Engine(e);
                        }
                        Some(seq)
                    }
                };
                if let Some(seq) = ack {
                    if let Err(e) = send(&mut tx, &AgentMessage::Ack { seq }).await {
                        return SessionEnd::Lost(e);
                    }
                }
            }
        }
    }
}

async fn send<S>(tx: &mut S, message: &AgentMessage) -> Result<(), String>
where
    S: futures::Sink<Message> + Unpin,
    S::Error: std::fmt::Display,
{
    let text = serde_json::to_string(message).map_err(|e| e.to_string())?;
    tx.send(Message::Text(text.into()))
        .await
        .map_err(|e| e.to_string())
}

#[cfg(test)]
#[path = "session_tests.rs"]
mod tests;
