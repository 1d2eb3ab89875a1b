//! The session against a scripted WebSocket server: signed upgrade, Hello, TaskList and
//! TaskUpdate acknowledged after the sink recorded them, heartbeats, reconnect with a fresh
//! TaskList.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::extract::ws::{Message as WsMessage, WebSocket, WebSocketUpgrade};
use axum::extract::RawQuery;
use axum::http::HeaderMap;
use berth_protocol::{AgentMessage, ServerMessage, TaskAssignment};

use super::*;
use crate::config::Credentials;
use crate::testkit;

struct Sink {
    log: Mutex<Vec<String>>,
    reports: tokio::sync::watch::Sender<u64>,
}

impl Default for Sink {
    fn default() -> Sink {
        Sink {
            log: Mutex::new(Vec::new()),
            reports: tokio::sync::watch::Sender::new(0),
        }
    }
}

impl AssignmentSink for Sink {
    async fn sync(&self, tasks: Vec<TaskAssignment>) -> Result<(), String> {
        self.log
            .lock()
            .unwrap()
            .push(format!("sync {}", tasks.len()));
        Ok(())
    }

    async fn update(&self, task: TaskAssignment) -> Result<(), String> {
        self.log
            .lock()
            .unwrap()
            .push(format!("update {}", task.version));
        Ok(())
    }

    fn running_tasks(&self) -> u32 {
        7
    }

    fn reports(&self) -> Vec<AgentMessage> {
        vec![AgentMessage::TaskNetwork {
            task_arn: "t".into(),
            private_ipv4_address: "10.0.0.9".into(),
        }]
    }

    fn reports_changed(&self) -> tokio::sync::watch::Receiver<u64> {
        self.reports.subscribe()
    }
}

/// What the server saw, per connection.
#[derive(Default)]
struct Seen {
    connections: Mutex<Vec<(String, bool)>>,
    messages: Mutex<Vec<AgentMessage>>,
}

async fn serve_socket(mut socket: WebSocket, seen: Arc<Seen>, first: bool) {
    let send = |m: ServerMessage| WsMessage::Text(serde_json::to_string(&m).unwrap().into());
    let hello = ServerMessage::Hello {
        session_id: "s1".into(),
        protocol_version: 1,
        container_instance_arn: "arn:ci".into(),
        heartbeat_interval_ms: 50,
    };
    let task = testkit::assignment(testkit::definition(&["app"], "bridge"));
    let _ = socket.send(send(hello)).await;
    let _ = socket
        .send(send(ServerMessage::TaskList {
            seq: 1,
            tasks: vec![task.clone()],
        }))
        .await;
    if first {
        let mut update = task;
        update.version = 2;
        let _ = socket
            .send(send(ServerMessage::TaskUpdate {
                seq: 2,
                task: update,
            }))
            .await;
    }
    // Read for a while (heartbeats and acks), then drop the connection on the first one.
    let until = tokio::time::Instant::now() + Duration::from_millis(if first { 300 } else { 5000 });
    while let Ok(Some(Ok(message))) = tokio::time::timeout_at(until, socket.recv()).await {
        if let WsMessage::Text(text) = message {
            if let Ok(m) = serde_json::from_str::<AgentMessage>(text.as_str()) {
                seen.messages.lock().unwrap().push(m);
            }
        }
    }
}

#[tokio::test]
async fn sessions_ack_after_recording_heartbeat_and_reconnect() {
    let seen = Arc::new(Seen::default());
    let state = seen.clone();
    let app = axum::Router::new().route(
        CONNECT_PATH,
        axum::routing::get(
            move |ws: WebSocketUpgrade, headers: HeaderMap, RawQuery(query): RawQuery| {
                let seen = state.clone();
                async move {
                    let signed = headers
                        .get("authorization")
                        .and_then(|v| v.to_str().ok())
                        .is_some_and(|v| v.starts_with("AWS4-HMAC-SHA256"));
                    let first = {
                        let mut connections = seen.connections.lock().unwrap();
                        connections.push((query.unwrap_or_default(), signed));
                        connections.len() == 1
                    };
                    ws.on_upgrade(move |socket| serve_socket(socket, seen, first))
                }
            },
        ),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await });

    let params = SessionParams {
        endpoint: Endpoint::parse(&format!("http://{addr}")).unwrap(),
        signer: Signer::new(
            Credentials {
                access_key_id: "AK".into(),
                secret_access_key: "SK".into(),
                session_token: None,
            },
            "us-east-1",
        ),
        cluster: "default".into(),
        container_instance_arn: "arn:aws:ecs:us-east-1:1:container-instance/default/abc".into(),
    };
    let sink = Sink::default();
    let shutdown = CancellationToken::new();
    let stop = shutdown.clone();
    let watcher = seen.clone();
    let stopper = async move {
        testkit::wait_until("two connections and acks", || {
            let acks = watcher
                .messages
                .lock()
                .unwrap()
                .iter()
                .filter(|m| matches!(m, AgentMessage::Ack { .. }))
                .count();
            let networks = watcher
                .messages
                .lock()
                .unwrap()
                .iter()
                .filter(|m| matches!(m, AgentMessage::TaskNetwork { .. }))
                .count();
            watcher.connections.lock().unwrap().len() >= 2 && acks >= 3 && networks >= 2
        })
        .await;
        stop.cancel();
    };
    tokio::time::timeout(Duration::from_secs(20), async {
        tokio::join!(run(params, &sink, shutdown), stopper)
    })
    .await
    .unwrap();

    let connections = seen.connections.lock().unwrap().clone();
    assert!(connections.iter().all(|(_, signed)| *signed));
    assert_eq!(
        connections[0].0,
        "cluster=default&containerInstance=arn%3Aaws%3Aecs%3Aus-east-1%3A1%3Acontainer-instance%2Fdefault%2Fabc&protocolVersion=1"
    );
    let log = sink.log.lock().unwrap().clone();
    assert_eq!(&log[..3], ["sync 1", "update 2", "sync 1"]);
    let messages = seen.messages.lock().unwrap().clone();
    let acks: Vec<u64> = messages
        .iter()
        .filter_map(|m| match m {
            AgentMessage::Ack { seq } => Some(*seq),
            _ => None,
        })
        .collect();
    assert_eq!(&acks[..3], [1, 2, 1]);
    assert!(messages.iter().any(|m| matches!(
        m,
        AgentMessage::Heartbeat {
            running_tasks: 7,
            ..
        }
    )));
    // Session reports: once per connection (the sink's reports never changed).
    let networks = messages
        .iter()
        .filter(|m| matches!(m, AgentMessage::TaskNetwork { .. }))
        .count();
    assert!(networks >= 2 && networks <= connections.len(), "{networks}");
}

#[test]
fn query_values_are_encoded() {
    assert_eq!(
        connect_query("a b", "x/y:z"),
        "cluster=a%20b&containerInstance=x%2Fy%3Az&protocolVersion=1"
    );
}
