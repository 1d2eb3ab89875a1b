//! The agents' WebSocket endpoint end to end: the real router served on 127.0.0.1 over a
//! `MemoryStore`, a `tokio-tungstenite` client signing its upgrade with `berth_sigv4::sign`, and
//! the control plane driven directly (RunTask, StopTask, DescribeContainerInstances).

use berth_api::{CredentialSet, ServerConfig, StaticCredential};
use berth_control::{ControlConfig, ControlPlane, SystemClock};
use berth_model::{Scope, TaskStatus};
use berth_protocol::{AgentMessage, ServerMessage, TaskAssignment, CONNECT_PATH};
use berth_store::MemoryStore;
use berth_wire::ecs as wire;
use futures::{SinkExt, StreamExt};
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::http::HeaderValue;
use tokio_tungstenite::tungstenite::{Error as WsError, Message};
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream};

const REGION: &str = "us-east-1";
const ACCOUNT: &str = "123456789012";
const KEY_ID: &str = "AKIDAGENTTEST";
const SECRET: &str = "agent-test-secret";
const CLUSTER: &str = "agents";
/// A short disconnect window, so the silence test takes seconds.
const WINDOW_SECS: f64 = 1.5;
/// How long any expected event may take before the test fails (generous for a loaded machine).
const PATIENCE: Duration = Duration::from_secs(10);
/// How often the test agent heartbeats (the server asks for 500 ms with this window).
const HEARTBEAT: Duration = Duration::from_millis(250);

type Socket = WebSocketStream<MaybeTlsStream<TcpStream>>;

struct Server {
    addr: SocketAddr,
    control: Arc<ControlPlane>,
    instance_id: String,
    serve: tokio::task::JoinHandle<()>,
    monitor: tokio::task::JoinHandle<()>,
}

impl Drop for Server {
    fn drop(&mut self) {
        self.serve.abort();
        self.monitor.abort();
    }
}

fn scope() -> Scope {
    Scope::new(REGION, ACCOUNT)
}

fn int(name: &str, value: i32) -> wire::Resource {
    wire::Resource {
        name: Some(name.into()),
        r#type: Some("INTEGER".into()),
        integer_value: Some(value),
        ..Default::default()
    }
}

async fn start() -> Server {
    let config = ControlConfig {
        agent_disconnect_after_secs: WINDOW_SECS,
        ..ControlConfig::default()
    };
    let control = Arc::new(ControlPlane::new(
        Arc::new(MemoryStore::new()),
        Arc::new(SystemClock),
        config,
    ));
    let s = scope();
    control
        .create_cluster(
            &s,
            wire::CreateClusterRequest {
                cluster_name: Some(CLUSTER.into()),
                ..Default::default()
            },
        )
        .await
        .expect("cluster");
    let instance = control
        .register_container_instance(
            &s,
            wire::RegisterContainerInstanceRequest {
                cluster: Some(CLUSTER.into()),
                total_resources: Some(vec![int("CPU", 2048), int("MEMORY", 4096)]),
                ..Default::default()
            },
        )
        .await
        .expect("instance registers")
        .container_instance
        .expect("instance in response");
    let instance_id = instance
        .container_instance_arn
        .as_deref()
        .and_then(|arn| arn.rsplit('/').next())
        .expect("instance arn")
        .to_string();
    control
        .register_task_definition(
            &s,
            wire::RegisterTaskDefinitionRequest {
                family: Some("web".into()),
                container_definitions: Some(vec![wire::ContainerDefinition {
                    name: Some("app".into()),
                    image: Some("busybox".into()),
                    memory: Some(128),
                    essential: Some(true),
                    ..Default::default()
                }]),
                ..Default::default()
            },
        )
        .await
        .expect("task definition");
    let credentials = Arc::new(CredentialSet::new([StaticCredential {
        access_key_id: KEY_ID.into(),
        secret_access_key: SECRET.into(),
        session_token: None,
        account: ACCOUNT.into(),
        principal: format!("arn:aws:iam::{ACCOUNT}:root"),
    }]));
    let services: Vec<Arc<dyn berth_api::AwsService>> =
        vec![Arc::new(berth_api::ecs::EcsService::new(control.clone()))];
    let app = berth_api::router_with_agents(
        services,
        credentials,
        ServerConfig::default(),
        control.clone(),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("binds");
    let addr = listener.local_addr().expect("address");
    let serve = tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    let monitor = tokio::spawn(control.clone().run_agent_monitor());
    Server {
        addr,
        control,
        instance_id,
        serve,
        monitor,
    }
}

enum Signing {
    Valid,
    Unsigned,
    WrongSecret,
}

fn now_secs() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

impl Server {
    fn query(&self, version: &str) -> String {
        format!(
            "cluster={CLUSTER}&containerInstance={}&protocolVersion={version}",
            self.instance_id
        )
    }

    /// Opens the WebSocket with the given query and signing.
    async fn dial(&self, query: &str, signing: Signing) -> Result<Socket, WsError> {
        let host = self.addr.to_string();
        let url = format!("ws://{host}{CONNECT_PATH}?{query}");
        let mut request = url.into_client_request()?;
        let secret = match signing {
            Signing::Valid => Some(SECRET),
            Signing::WrongSecret => Some("not-the-secret"),
            Signing::Unsigned => None,
        };
        if let Some(secret) = secret {
            let headers = vec![("host".to_string(), host.clone())];
            let parts = berth_sigv4::RequestParts {
                method: "GET",
                path: CONNECT_PATH,
                query,
                headers: &headers,
                body: &[],
            };
            let params = berth_sigv4::SigningParams {
                access_key_id: KEY_ID,
                secret_access_key: secret,
                session_token: None,
                region: REGION,
                service: "ecs",
                now_epoch_secs: now_secs(),
            };
            let signed = berth_sigv4::sign(&parts, &params).expect("signs");
            for (name, value) in signed.to_headers() {
                let value = HeaderValue::from_str(&value).expect("header value");
                request.headers_mut().insert(http_name(&name), value);
            }
        }
        let stream = TcpStream::connect(self.addr).await.map_err(WsError::Io)?;
        let (socket, _) =
            tokio_tungstenite::client_async(request, MaybeTlsStream::Plain(stream)).await?;
        Ok(socket)
    }

    async fn connect(&self) -> Agent {
        let socket = self
            .dial(&self.query("1"), Signing::Valid)
            .await
            .expect("the signed upgrade is accepted");
        Agent {
            socket,
            heartbeats: true,
        }
    }

    /// The HTTP status and `__type` of a refused upgrade.
    async fn refused(&self, query: &str, signing: Signing) -> (u16, String, String) {
        match self.dial(query, signing).await {
            Ok(_) => panic!("upgrade with {query} was accepted"),
            Err(WsError::Http(response)) => {
                let body = response.body().clone().unwrap_or_default();
                let json: serde_json::Value =
                    serde_json::from_slice(&body).expect("the refusal has a JSON body");
                (
                    response.status().as_u16(),
                    json["__type"].as_str().unwrap_or_default().to_string(),
                    json["message"].as_str().unwrap_or_default().to_string(),
                )
            }
            Err(other) => panic!("unexpected failure: {other}"),
        }
    }

    async fn agent_connected(&self) -> Option<bool> {
        self.control
            .describe_container_instances(
                &scope(),
                wire::DescribeContainerInstancesRequest {
                    cluster: Some(CLUSTER.into()),
                    container_instances: Some(vec![self.instance_id.clone()]),
                    ..Default::default()
                },
            )
            .await
            .expect("describes")
            .container_instances
            .unwrap_or_default()
            .first()
            .and_then(|i| i.agent_connected)
    }

    /// Waits (bounded) until DescribeContainerInstances reports `want`.
    async fn await_connected(&self, want: bool) -> Duration {
        let started = Instant::now();
        while started.elapsed() < PATIENCE {
            if self.agent_connected().await == Some(want) {
                return started.elapsed();
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        panic!("agentConnected never became {want}");
    }

    async fn run_task(&self) -> String {
        self.control
            .run_task(
                &scope(),
                wire::RunTaskRequest {
                    cluster: Some(CLUSTER.into()),
                    task_definition: Some("web".into()),
                    ..Default::default()
                },
            )
            .await
            .expect("RunTask")
            .tasks
            .unwrap_or_default()
            .first()
            .and_then(|t| t.task_arn.clone())
            .expect("a task is placed")
    }

    async fn stop_task(&self, arn: &str) {
        self.control
            .stop_task(
                &scope(),
                wire::StopTaskRequest {
                    cluster: Some(CLUSTER.into()),
                    task: Some(arn.into()),
                    reason: None,
                },
            )
            .await
            .expect("StopTask");
    }
}

fn http_name(name: &str) -> tokio_tungstenite::tungstenite::http::HeaderName {
    tokio_tungstenite::tungstenite::http::HeaderName::from_bytes(name.as_bytes())
        .expect("header name")
}

/// A test agent: reads server messages while heartbeating, like the real agent.
struct Agent {
    socket: Socket,
    heartbeats: bool,
}

impl Agent {
    /// The next server message; heartbeats meanwhile. `None` when the server closed the socket.
    async fn next(&mut self) -> Option<ServerMessage> {
        let deadline = tokio::time::Instant::now() + PATIENCE;
        let mut tick = tokio::time::interval(HEARTBEAT);
        loop {
            tokio::select! {
                _ = tokio::time::sleep_until(deadline) => panic!("no server message in time"),
                _ = tick.tick(), if self.heartbeats => {
                    let beat = AgentMessage::Heartbeat { at: 0.0, running_tasks: 0 };
                    let text = serde_json::to_string(&beat).expect("encodes");
                    if self.socket.send(Message::text(text)).await.is_err() {
                        return None;
                    }
                }
                frame = self.socket.next() => match frame {
                    Some(Ok(Message::Text(text))) => {
                        return Some(serde_json::from_str(text.as_str()).expect("a protocol message"));
                    }
                    Some(Ok(Message::Close(_))) | None | Some(Err(_)) => return None,
                    Some(Ok(_)) => {}
                },
            }
        }
    }

    /// Sends a ping and waits for the pong: the real agent's liveness check on an idle session.
    async fn ping_pong(&mut self) {
        self.socket
            .send(Message::Ping(b"alive?".to_vec().into()))
            .await
            .expect("ping sent");
        let pong = tokio::time::timeout(PATIENCE, async {
            loop {
                match self.socket.next().await {
                    Some(Ok(Message::Pong(payload))) => return payload,
                    Some(Ok(_)) => {}
                    other => panic!("socket ended before the pong: {other:?}"),
                }
            }
        })
        .await
        .expect("a pong arrives");
        assert_eq!(pong.as_ref(), b"alive?");
    }

    async fn expect(&mut self) -> ServerMessage {
        self.next().await.expect("the session is open")
    }

    async fn hello_and_list(&mut self) -> Vec<TaskAssignment> {
        match self.expect().await {
            ServerMessage::Hello {
                heartbeat_interval_ms,
                ..
            } => assert_eq!(heartbeat_interval_ms, 500),
            other => panic!("expected Hello, got {other:?}"),
        }
        match self.expect().await {
            ServerMessage::TaskList { tasks, .. } => tasks,
            other => panic!("expected TaskList, got {other:?}"),
        }
    }

    async fn update(&mut self) -> TaskAssignment {
        match self.expect().await {
            ServerMessage::TaskUpdate { task, .. } => task,
            other => panic!("expected TaskUpdate, got {other:?}"),
        }
    }
}

#[tokio::test]
async fn placements_and_stops_reach_the_agent() {
    let server = start().await;
    let mut agent = server.connect().await;
    assert!(agent.hello_and_list().await.is_empty());
    server.await_connected(true).await;
    agent.ping_pong().await;

    let started = Instant::now();
    let arn = server.run_task().await;
    let placed = agent.update().await;
    let latency = started.elapsed();
    assert_eq!(placed.task_arn, arn);
    assert_eq!(placed.desired_status, TaskStatus::Running);
    assert_eq!(placed.task_definition.family.as_deref(), Some("web"));
    // RunTask plus the push take milliseconds; a second allows for a loaded test machine.
    assert!(latency < Duration::from_secs(1), "push took {latency:?}");

    server.stop_task(&arn).await;
    let stopping = agent.update().await;
    assert_eq!(stopping.task_arn, arn);
    assert_eq!(stopping.desired_status, TaskStatus::Stopped);
    assert_eq!(stopping.stop_code.as_deref(), Some("UserInitiated"));
}

#[tokio::test]
async fn bad_upgrades_are_refused_like_api_calls() {
    let server = start().await;
    let good = server.query("1");
    let (status, code, _) = server.refused(&good, Signing::Unsigned).await;
    assert_eq!(
        (status, code.as_str()),
        (403, "MissingAuthenticationTokenException")
    );
    let (status, code, _) = server.refused(&good, Signing::WrongSecret).await;
    assert_eq!((status, code.as_str()), (400, "InvalidSignatureException"));
    let (status, code, message) = server.refused(&server.query("2"), Signing::Valid).await;
    assert_eq!((status, code.as_str()), (400, "InvalidParameterException"));
    assert!(
        message.contains("protocolVersion '2' is not supported"),
        "{message}"
    );
    let unknown = "cluster=nope&containerInstance=abc&protocolVersion=1";
    let (status, code, _) = server.refused(unknown, Signing::Valid).await;
    assert_eq!((status, code.as_str()), (400, "ClusterNotFoundException"));
    let unknown = format!("cluster={CLUSTER}&containerInstance=0123abcd&protocolVersion=1");
    let (status, code, _) = server.refused(&unknown, Signing::Valid).await;
    assert_eq!((status, code.as_str()), (400, "InvalidParameterException"));
    // None of the refusals touched the instance.
    assert_eq!(server.agent_connected().await, Some(true));
    assert_eq!(server.control.agent_session_count(), 0);
}

#[tokio::test]
async fn close_silence_and_reconnect() {
    let server = start().await;
    let mut agent = server.connect().await;
    assert!(agent.hello_and_list().await.is_empty());
    let kept = server.run_task().await;
    assert_eq!(agent.update().await.task_arn, kept);
    let stopped = server.run_task().await;
    assert_eq!(agent.update().await.task_arn, stopped);
    server.await_connected(true).await;

    // Closing the socket disconnects at once.
    agent.socket.close(None).await.expect("closes");
    server.await_connected(false).await;

    // A disconnected instance is no placement candidate.
    let refused = server
        .control
        .run_task(
            &scope(),
            wire::RunTaskRequest {
                cluster: Some(CLUSTER.into()),
                task_definition: Some("web".into()),
                ..Default::default()
            },
        )
        .await
        .expect("RunTask answers");
    assert!(refused.tasks.unwrap_or_default().is_empty());
    let reasons: Vec<String> = refused
        .failures
        .unwrap_or_default()
        .into_iter()
        .filter_map(|f| f.reason)
        .collect();
    assert_eq!(reasons, vec!["AGENT".to_string()]);

    // While the agent is away a stop is only requested: the agent must learn of it.
    server.stop_task(&stopped).await;

    // Reconnect: a fresh Hello and the complete list.
    let mut agent = server.connect().await;
    let mut listed: Vec<(String, TaskStatus)> = agent
        .hello_and_list()
        .await
        .into_iter()
        .map(|t| (t.task_arn, t.desired_status))
        .collect();
    listed.sort();
    let mut want = vec![
        (kept.clone(), TaskStatus::Running),
        (stopped, TaskStatus::Stopped),
    ];
    want.sort();
    assert_eq!(listed, want);
    server.await_connected(true).await;

    // Silence: no heartbeats; the server gives up after the window and closes the socket.
    agent.heartbeats = false;
    let silent_at = Instant::now();
    assert!(
        agent.next().await.is_none(),
        "the server closes a silent session"
    );
    server.await_connected(false).await;
    let waited = silent_at.elapsed();
    // Silence began with the last heartbeat, a few milliseconds before `silent_at`.
    assert!(
        waited >= Duration::from_secs_f64(WINDOW_SECS - 0.2),
        "disconnected too early: {waited:?}"
    );

    // And back again.
    let mut agent = server.connect().await;
    let listed = agent.hello_and_list().await;
    assert!(listed.iter().any(|t| t.task_arn == kept));
    server.await_connected(true).await;
}

#[tokio::test]
async fn a_second_connection_replaces_the_first() {
    let server = start().await;
    let mut first = server.connect().await;
    first.hello_and_list().await;
    let mut second = server.connect().await;
    second.hello_and_list().await;
    assert!(first.next().await.is_none(), "the old socket is closed");
    // The old socket's end does not disconnect the instance.
    tokio::time::sleep(Duration::from_millis(100)).await;
    assert_eq!(server.agent_connected().await, Some(true));
    let arn = server.run_task().await;
    assert_eq!(second.update().await.task_arn, arn);
}
