//! Handler tests for agent sessions against a MemoryStore and a ManualClock: snapshot and push,
//! replacement, disconnect on close and on silence, reconnect, and the pure decisions.

use super::*;
use crate::instances::testkit::{self, create_cluster, id_of, load_instance, register, scope};
use crate::{ControlConfig, ManualClock};
use berth_model::{StopCode, TaskStatus};
use berth_protocol::{AgentMessage, ServerMessage, TaskAssignment};
use berth_store::MemoryStore;
use berth_wire::ecs as wire;
use std::time::Duration;

/// How long a test waits for a message that should arrive at once.
const PROMPT: Duration = Duration::from_secs(5);
const WINDOW: f64 = 5.0;

struct Fixture {
    cp: Arc<ControlPlane>,
    clock: Arc<ManualClock>,
    instance_id: String,
    instance_arn: String,
}

async fn fixture() -> Fixture {
    fixture_on(MemoryStore::new()).await
}

async fn fixture_on(store: MemoryStore) -> Fixture {
    let clock = Arc::new(ManualClock::new(1_700_000_000.0));
    let config = ControlConfig {
        agent_disconnect_after_secs: WINDOW,
        ..ControlConfig::default()
    };
    let cp = Arc::new(ControlPlane::new(Arc::new(store), clock.clone(), config));
    create_cluster(&cp, "c").await;
    let instance = register(&cp, "c").await;
    cp.register_task_definition(
        &scope(),
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
    .expect("task definition registers");
    Fixture {
        cp,
        clock,
        instance_id: id_of(&instance),
        instance_arn: instance.container_instance_arn.unwrap_or_default(),
    }
}

impl Fixture {
    async fn connect(&self) -> AgentConnection {
        self.cp
            .open_agent_session(&scope(), "c", &self.instance_arn)
            .await
            .expect("session opens")
    }

    async fn run_task(&self) -> String {
        let response = self
            .cp
            .run_task(
                &scope(),
                wire::RunTaskRequest {
                    cluster: Some("c".into()),
                    task_definition: Some("web".into()),
                    ..Default::default()
                },
            )
            .await
            .expect("RunTask succeeds");
        response
            .tasks
            .unwrap_or_default()
            .first()
            .and_then(|t| t.task_arn.clone())
            .expect("one task placed")
    }

    async fn stop_task(&self, arn: &str) {
        self.cp
            .stop_task(
                &scope(),
                wire::StopTaskRequest {
                    cluster: Some("c".into()),
                    task: Some(arn.into()),
                    reason: Some("test stop".into()),
                },
            )
            .await
            .expect("StopTask succeeds");
    }

    async fn agent(&self) -> Option<AgentSession> {
        load_instance(&self.cp, "c", &self.instance_id)
            .await
            .record
            .agent
    }
}

async fn next(connection: &mut AgentConnection) -> ServerMessage {
    tokio::time::timeout(PROMPT, connection.next_message())
        .await
        .expect("a message arrives promptly")
        .expect("the session is open")
}

async fn task_list(connection: &mut AgentConnection) -> (u64, Vec<TaskAssignment>) {
    match next(connection).await {
        ServerMessage::TaskList { seq, tasks } => (seq, tasks),
        other => panic!("expected TaskList, got {other:?}"),
    }
}

async fn update(connection: &mut AgentConnection) -> (u64, TaskAssignment) {
    match next(connection).await {
        ServerMessage::TaskUpdate { seq, task } => (seq, task),
        other => panic!("expected TaskUpdate, got {other:?}"),
    }
}

/// Reads Hello and the first TaskList.
async fn handshake(fx: &Fixture, connection: &mut AgentConnection) -> Vec<TaskAssignment> {
    match next(connection).await {
        ServerMessage::Hello {
            session_id,
            protocol_version,
            container_instance_arn,
            heartbeat_interval_ms,
        } => {
            assert_eq!(session_id, connection.session_id());
            assert_eq!(protocol_version, berth_protocol::PROTOCOL_VERSION);
            assert_eq!(container_instance_arn, fx.instance_arn);
            assert_eq!(heartbeat_interval_ms, AGENT_HEARTBEAT_INTERVAL_MS);
        }
        other => panic!("expected Hello, got {other:?}"),
    }
    task_list(connection).await.1
}

/// Waits until the session's messages end (the transport would close the socket).
async fn ended(connection: &mut AgentConnection) {
    let drained = tokio::time::timeout(PROMPT, async {
        while connection.next_message().await.is_some() {}
    })
    .await;
    assert!(drained.is_ok(), "the session ends");
}

#[tokio::test]
async fn connect_marks_connected_and_sends_hello_and_an_empty_list() {
    let fx = fixture().await;
    let before = load_instance(&fx.cp, "c", &fx.instance_id).await.record;
    let mut connection = fx.connect().await;
    let after = load_instance(&fx.cp, "c", &fx.instance_id).await.record;
    assert_eq!(
        after.agent,
        Some(AgentSession {
            connected: true,
            last_seen_at: 1_700_000_000.0
        })
    );
    assert_eq!(after.version, before.version + 1);
    assert!(handshake(&fx, &mut connection).await.is_empty());
    assert_eq!(fx.cp.agent_session_count(), 1);
}

#[tokio::test]
async fn refusals_use_ecs_errors() {
    let fx = fixture().await;
    let s = scope();
    let cases: Vec<(&str, &str, &str)> = vec![
        ("nope", "whatever", "ClusterNotFoundException"),
        ("c", "0123456789abcdef", "InvalidParameterException"),
        ("c", "not an id!", "InvalidParameterException"),
        (
            "c",
            "arn:aws:ecs:us-east-1:123456789012:container-instance/other/abc",
            "InvalidParameterException",
        ),
    ];
    for (cluster, instance, code) in cases {
        let result = fx.cp.open_agent_session(&s, cluster, instance).await;
        assert_eq!(testkit::code(result), code, "{cluster} {instance}");
    }
    fx.cp
        .deregister_container_instance(
            &s,
            wire::DeregisterContainerInstanceRequest {
                cluster: Some("c".into()),
                container_instance: Some(fx.instance_arn.clone()),
                force: Some(true),
            },
        )
        .await
        .expect("deregisters");
    let result = fx.cp.open_agent_session(&s, "c", &fx.instance_id).await;
    assert_eq!(testkit::code(result), "InvalidParameterException");
    assert_eq!(fx.cp.agent_session_count(), 0);
}

#[tokio::test]
async fn placements_and_stops_are_pushed_in_order() {
    let fx = fixture().await;
    let mut connection = fx.connect().await;
    handshake(&fx, &mut connection).await;
    let arn = fx.run_task().await;
    let (seq, placed) = update(&mut connection).await;
    assert_eq!(seq, 2);
    assert_eq!(placed.task_arn, arn);
    assert_eq!(placed.desired_status, TaskStatus::Running);
    assert_eq!(placed.task_definition.family.as_deref(), Some("web"));
    assert_eq!(placed.containers.len(), 1);
    assert_eq!(placed.containers[0].name, "app");

    // With a session the control plane only asks; the task waits for the agent's report.
    fx.stop_task(&arn).await;
    let (seq, stopping) = update(&mut connection).await;
    assert_eq!(seq, 3);
    assert_eq!(stopping.desired_status, TaskStatus::Stopped);
    assert_eq!(
        stopping.stop_code.as_deref(),
        Some(StopCode::UserInitiated.as_str())
    );
    assert_eq!(stopping.stopped_reason.as_deref(), Some("test stop"));
    assert!(stopping.version > placed.version);

    // A repeated StopTask changes nothing and pushes nothing.
    fx.stop_task(&arn).await;
    let quiet = tokio::time::timeout(Duration::from_millis(200), connection.next_message()).await;
    assert!(quiet.is_err(), "no duplicate push: {quiet:?}");
}

#[tokio::test]
async fn the_snapshot_lists_live_tasks_of_the_instance_only() {
    let fx = fixture().await;
    let running = fx.run_task().await;
    let stopping = fx.run_task().await;
    testkit::put_task(
        &fx.cp,
        "c",
        "elsewhere",
        Some("other-instance"),
        "g",
        TaskStatus::Running,
    )
    .await;
    // Before any session the instance is agentless: StopTask completes the stop itself.
    let gone = fx.run_task().await;
    fx.stop_task(&gone).await;
    let mut connection = fx.connect().await;
    // After the session started, a stop only sets the desired status.
    fx.stop_task(&stopping).await;
    let mut listed = handshake(&fx, &mut connection).await;
    // The stop may land before or after the snapshot: then it arrives as an update.
    if listed
        .iter()
        .any(|t| t.task_arn == stopping && t.desired_status == TaskStatus::Running)
    {
        let (_, later) = update(&mut connection).await;
        assert_eq!(later.task_arn, stopping);
        listed.retain(|t| t.task_arn != stopping);
        listed.push(later);
    }
    let mut arns: Vec<(&str, TaskStatus)> = listed
        .iter()
        .map(|t| (t.task_arn.as_str(), t.desired_status))
        .collect();
    arns.sort();
    let mut want = vec![
        (running.as_str(), TaskStatus::Running),
        (stopping.as_str(), TaskStatus::Stopped),
    ];
    want.sort();
    assert_eq!(arns, want);
}

#[tokio::test]
async fn closing_disconnects_and_keeps_other_instance_changes() {
    let fx = fixture().await;
    let connection = fx.connect().await;
    // The tasks module reserves resources on the instance while the session is open.
    fx.run_task().await;
    let reserved = load_instance(&fx.cp, "c", &fx.instance_id).await.record;
    fx.clock.advance(2.0);
    assert!(connection.received(&AgentMessage::Heartbeat {
        at: 0.0,
        running_tasks: 0
    }));
    connection.close().await;
    let after = load_instance(&fx.cp, "c", &fx.instance_id).await.record;
    assert_eq!(
        after.agent,
        Some(AgentSession {
            connected: false,
            last_seen_at: 1_700_000_002.0
        })
    );
    assert_eq!(after.remaining, reserved.remaining);
    assert_eq!(after.pending_tasks_count, reserved.pending_tasks_count);
    assert_eq!(after.version, reserved.version + 1);
    assert!(!after.agent_connected());
    assert_eq!(fx.cp.agent_session_count(), 0);
}

#[tokio::test]
async fn dropping_the_connection_disconnects() {
    let fx = fixture().await;
    drop(fx.connect().await);
    for _ in 0..100 {
        if fx.agent().await.is_some_and(|a| !a.connected) {
            return;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    panic!("a dropped connection never marked the agent disconnected");
}

#[tokio::test]
async fn silence_disconnects_after_the_window() {
    let fx = fixture().await;
    let mut connection = fx.connect().await;
    handshake(&fx, &mut connection).await;
    fx.clock.advance(4.0);
    assert!(connection.received(&AgentMessage::Heartbeat {
        at: 0.0,
        running_tasks: 0
    }));
    fx.clock.advance(WINDOW);
    assert!(fx.cp.check_agent_sessions().await.is_empty());
    assert!(fx.agent().await.is_some_and(|a| a.connected));
    fx.clock.advance(0.5);
    assert_eq!(
        fx.cp.check_agent_sessions().await,
        vec![fx.instance_arn.clone()]
    );
    assert_eq!(
        fx.agent().await,
        Some(AgentSession {
            connected: false,
            last_seen_at: 1_700_000_004.0
        })
    );
    ended(&mut connection).await;
    // A late heartbeat on the dead session revives nothing.
    assert!(!connection.received(&AgentMessage::Ack { seq: 1 }));
    drop(connection);
    assert!(fx.agent().await.is_some_and(|a| !a.connected));

    // The seam for replacing lost tasks.
    fx.clock.advance(10.0);
    let s = scope();
    let long = fx
        .cp
        .instances_disconnected_longer_than(&s, "c", 60.0)
        .await;
    assert!(long.expect("lists").is_empty());
    let short = fx.cp.instances_disconnected_longer_than(&s, "c", 5.0).await;
    assert_eq!(short.expect("lists").len(), 1);
}

#[tokio::test]
async fn a_newer_session_replaces_the_older_one() {
    let fx = fixture().await;
    let mut first = fx.connect().await;
    handshake(&fx, &mut first).await;
    let mut second = fx.connect().await;
    handshake(&fx, &mut second).await;
    ended(&mut first).await;
    first.close().await;
    assert!(fx.agent().await.is_some_and(|a| a.connected));
    let arn = fx.run_task().await;
    assert_eq!(update(&mut second).await.1.task_arn, arn);
}

#[tokio::test]
async fn reconnect_gets_the_full_list_with_changes_made_meanwhile() {
    let fx = fixture().await;
    let mut connection = fx.connect().await;
    handshake(&fx, &mut connection).await;
    let kept = fx.run_task().await;
    let stopped = fx.run_task().await;
    update(&mut connection).await;
    update(&mut connection).await;
    connection.close().await;
    assert!(fx.agent().await.is_some_and(|a| !a.connected));
    // While the agent is away, a stop is only a request: the agent must learn of it.
    fx.stop_task(&stopped).await;
    fx.clock.advance(30.0);
    let mut again = fx.connect().await;
    assert_eq!(
        fx.agent().await,
        Some(AgentSession {
            connected: true,
            last_seen_at: 1_700_000_030.0
        })
    );
    let mut listed: Vec<(String, TaskStatus)> = handshake(&fx, &mut again)
        .await
        .into_iter()
        .map(|t| (t.task_arn, t.desired_status))
        .collect();
    listed.sort();
    let mut want = vec![(kept, TaskStatus::Running), (stopped, TaskStatus::Stopped)];
    want.sort();
    assert_eq!(listed, want);
}

#[tokio::test]
async fn a_watch_behind_compacted_history_resends_the_full_list() {
    // A store that keeps little history, and an agent that reads nothing for a while: the push
    // task blocks on the full outbox, its watch falls behind the hub and then behind history.
    let fx = fixture_on(MemoryStore::with_history(16)).await;
    let mut connection = fx.connect().await;
    assert!(handshake(&fx, &mut connection).await.is_empty());
    const MINE: usize = 300;
    for i in 0..MINE {
        testkit::put_task(
            &fx.cp,
            "c",
            &format!("mine-{i}"),
            Some(&fx.instance_id),
            "g",
            TaskStatus::Running,
        )
        .await;
    }
    for i in 0..2000 {
        testkit::put_task(
            &fx.cp,
            "c",
            &format!("other-{i}"),
            Some("other"),
            "g",
            TaskStatus::Running,
        )
        .await;
    }
    let mut updates = 0;
    let mut last_seq = 0;
    let resent = tokio::time::timeout(PROMPT, async {
        loop {
            match connection.next_message().await {
                Some(ServerMessage::TaskList { seq, tasks }) if seq > 1 => return (seq, tasks),
                Some(ServerMessage::TaskUpdate { seq, .. }) => {
                    assert!(seq > last_seq, "seq is monotonic");
                    last_seq = seq;
                    updates += 1;
                }
                Some(_) => {}
                None => panic!("the session ended"),
            }
        }
    })
    .await
    .expect("a full TaskList is resent");
    assert!(
        resent.0 > last_seq,
        "the resent list continues the sequence"
    );
    assert_eq!(resent.1.len(), MINE);
    assert!(
        updates < MINE,
        "some updates were lost to compaction: {updates}"
    );
}

#[tokio::test]
async fn the_sweep_disconnects_sessions_of_a_previous_process() {
    let fx = fixture().await;
    testkit::edit_instance(&fx.cp, "c", &fx.instance_id, |record| {
        record.agent = Some(AgentSession {
            connected: true,
            last_seen_at: 1_699_999_000.0,
        });
    })
    .await;
    assert_eq!(fx.cp.sweep_orphaned_agent_sessions().await, Ok(1));
    assert_eq!(
        fx.agent().await,
        Some(AgentSession {
            connected: false,
            last_seen_at: 1_699_999_000.0
        })
    );
    // A live session is not swept.
    let _live = fx.connect().await;
    assert_eq!(fx.cp.sweep_orphaned_agent_sessions().await, Ok(0));
    assert!(fx.agent().await.is_some_and(|a| a.connected));
}

#[test]
fn record_follows_the_registry() {
    let connected = |at| AgentSession {
        connected: true,
        last_seen_at: at,
    };
    let disconnected = |at| AgentSession {
        connected: false,
        last_seen_at: at,
    };
    let cases = [
        (
            "first session",
            None,
            Some(10.0),
            10.0,
            Some(connected(10.0)),
        ),
        (
            "reconnect",
            Some(disconnected(5.0)),
            Some(10.0),
            10.0,
            Some(connected(10.0)),
        ),
        (
            "replacement",
            Some(connected(5.0)),
            Some(10.0),
            10.0,
            Some(connected(10.0)),
        ),
        (
            "already recorded",
            Some(connected(10.0)),
            Some(10.0),
            12.0,
            None,
        ),
        (
            "session ended",
            Some(connected(10.0)),
            None,
            12.0,
            Some(disconnected(12.0)),
        ),
        ("already ended", Some(disconnected(12.0)), None, 15.0, None),
        ("never had a session", None, None, 15.0, None),
    ];
    for (name, current, live, heard, want) in cases {
        assert_eq!(
            next_agent_session(current.as_ref(), live, heard),
            want,
            "{name}"
        );
    }
}

#[tokio::test]
async fn disconnected_for_table() {
    let fx = fixture().await;
    let mut record = load_instance(&fx.cp, "c", &fx.instance_id).await.record;
    assert_eq!(disconnected_for(&record, 100.0), None);
    record.agent = Some(AgentSession {
        connected: true,
        last_seen_at: 10.0,
    });
    assert_eq!(disconnected_for(&record, 100.0), None);
    record.agent = Some(AgentSession {
        connected: false,
        last_seen_at: 10.0,
    });
    assert_eq!(disconnected_for(&record, 100.0), Some(90.0));
    record.status = "INACTIVE".into();
    assert_eq!(disconnected_for(&record, 100.0), None);
}

#[test]
fn intervals_follow_the_window() {
    let cases = [
        (5.0, 1000, Duration::from_millis(1000)),
        (1.5, 500, Duration::from_millis(375)),
        (0.01, 50, Duration::from_millis(50)),
        (600.0, 1000, Duration::from_secs(1)),
    ];
    for (window, heartbeat, period) in cases {
        assert_eq!(heartbeat_interval_ms(window), heartbeat, "{window}");
        assert_eq!(monitor_period(window), period, "{window}");
    }
}

#[test]
fn instance_keys_parse_back() {
    let s = Scope::new("eu-west-1", "000000000001");
    let key = keys::instance(&s, "prod", "abc");
    assert_eq!(
        parse_instance_key(&key),
        Some((s.clone(), "prod".to_string(), "abc".to_string()))
    );
    assert_eq!(parse_instance_key(&keys::task(&s, "prod", "abc")), None);
    assert_eq!(parse_instance_key(&keys::instances(&s, "prod")), None);
}
