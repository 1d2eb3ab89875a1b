//! Test helpers shared by the crate's unit tests: task definitions and assignments, an engine
//! over `FakeRuntime` with a recording reporter, and bounded waiting.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use berth_docker::{ContainerRuntime, FakeRuntime};
use berth_model::TaskStatus;
use berth_protocol::{ContainerAssignment, TaskAssignment};
use berth_wire::ecs as wire;
use futures::future::BoxFuture;
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;

use crate::config::PullBehavior;
use crate::ecs_client::ApiError;
use crate::effects::EffectEnv;
use crate::engine::{Engine, MetadataBases, Shared};
use crate::persist::DataDir;
use crate::registry::Registry;
use crate::reporter::StateReporter;
use crate::task_plan::TaskPlan;

pub const IMAGE: &str = "berth-test:latest";
pub const PAUSE_IMAGE: &str = "berth-pause:test";
pub const AWSVPC_NETWORK: &str = "berth-awsvpc-test";
pub const TASK_ARN: &str = "arn:aws:ecs:us-east-1:123456789012:task/default/0123abcd";

/// A definition of essential containers named `names`, all running [`IMAGE`].
pub fn definition(names: &[&str], network_mode: &str) -> wire::TaskDefinition {
    wire::TaskDefinition {
        family: Some("fam".into()),
        revision: Some(1),
        network_mode: Some(network_mode.into()),
        container_definitions: Some(
            names
                .iter()
                .map(|name| wire::ContainerDefinition {
                    name: Some((*name).into()),
                    image: Some(IMAGE.into()),
                    essential: Some(true),
                    ..Default::default()
                })
                .collect(),
        ),
        ..Default::default()
    }
}

/// A RUNNING assignment of `definition` for [`TASK_ARN`].
pub fn assignment(definition: wire::TaskDefinition) -> TaskAssignment {
    assignment_for(TASK_ARN, definition)
}

pub fn assignment_for(task_arn: &str, definition: wire::TaskDefinition) -> TaskAssignment {
    TaskAssignment {
        task_arn: task_arn.into(),
        cluster_arn: "arn:aws:ecs:us-east-1:123456789012:cluster/default".into(),
        version: 1,
        desired_status: TaskStatus::Running,
        containers: definition
            .container_definitions
            .as_deref()
            .unwrap_or_default()
            .iter()
            .filter_map(|c| c.name.clone())
            .map(|name| ContainerAssignment {
                container_arn: format!(
                    "arn:aws:ecs:us-east-1:123456789012:container/default/{}/{name}",
                    crate::task_plan::task_id(task_arn)
                ),
                name,
            })
            .collect(),
        task_definition: definition,
        overrides: wire::TaskOverride::default(),
        launch_type: Some("EC2".into()),
        cpu: None,
        memory: None,
        network_configuration: None,
        stop_code: None,
        stopped_reason: None,
        created_at: 1.0,
        group: None,
        started_by: None,
        availability_zone: None,
        tags: Vec::new(),
    }
}

pub fn plan_of(definition: wire::TaskDefinition) -> (TaskAssignment, TaskPlan) {
    let a = assignment(definition);
    let plan = TaskPlan::new(&a, 30);
    (a, plan)
}

/// A reporter that records every body it is given and accepts it.
#[derive(Default)]
pub struct Recorder {
    bodies: Mutex<Vec<serde_json::Value>>,
}

impl Recorder {
    pub fn bodies(&self) -> Vec<serde_json::Value> {
        self.bodies.lock().unwrap().clone()
    }

    /// Bodies for one task.
    pub fn for_task(&self, task_arn: &str) -> Vec<serde_json::Value> {
        self.bodies()
            .into_iter()
            .filter(|b| b["task"] == task_arn)
            .collect()
    }

    /// The task statuses reported for one task, in order.
    pub fn statuses(&self, task_arn: &str) -> Vec<String> {
        self.for_task(task_arn)
            .iter()
            .map(|b| b["status"].as_str().unwrap_or("").to_owned())
            .collect()
    }

    pub fn last(&self, task_arn: &str) -> Option<serde_json::Value> {
        self.for_task(task_arn).pop()
    }
}

impl StateReporter for Recorder {
    fn submit(&self, body: serde_json::Value) -> BoxFuture<'static, Result<(), ApiError>> {
        self.bodies.lock().unwrap().push(body);
        Box::pin(async { Ok(()) })
    }
}

/// A fake runtime with [`IMAGE`] and [`PAUSE_IMAGE`] present.
pub fn fake() -> FakeRuntime {
    let fake = FakeRuntime::new();
    fake.add_image(IMAGE);
    fake.add_image(PAUSE_IMAGE);
    fake
}

/// An engine over `fake`, persisting under `dir`, with event routing running.
pub struct TestEngine {
    pub engine: Engine,
    pub recorder: Arc<Recorder>,
    pub shutdown: CancellationToken,
    routers: TaskTracker,
}

impl TestEngine {
    pub fn start(fake: &FakeRuntime, dir: &std::path::Path, cleanup_wait: Duration) -> TestEngine {
        let runtime: Arc<dyn ContainerRuntime> = Arc::new(fake.clone());
        let registry = Arc::new(Registry::default());
        let recorder = Arc::new(Recorder::default());
        let shutdown = CancellationToken::new();
        let engine = Engine::new(Shared {
            effects: EffectEnv {
                runtime: runtime.clone(),
                cluster: "default".into(),
                pull_behavior: PullBehavior::PreferCached,
                pause_image: PAUSE_IMAGE.into(),
                awsvpc_network: AWSVPC_NETWORK.into(),
            },
            data: DataDir::open(dir).unwrap(),
            registry: registry.clone(),
            reporter: recorder.clone(),
            metadata: MetadataBases {
                bridge: Some("http://172.17.0.1:51679".into()),
                awsvpc: None,
                local: Some("http://127.0.0.1:51679".into()),
            },
            cleanup_wait,
            default_stop_timeout_secs: 30,
            cluster_name: "default".into(),
            cluster_for_reports: "default".into(),
            shutdown: shutdown.child_token(),
            tracker: TaskTracker::new(),
            session_reports: tokio::sync::watch::Sender::new(0),
        });
        let routers = TaskTracker::new();
        routers.spawn(crate::runtime_events::route_events(
            runtime,
            registry,
            shutdown.clone(),
        ));
        TestEngine {
            engine,
            recorder,
            shutdown,
            routers,
        }
    }

    /// Stops the engine (containers stay, as on an agent restart).
    pub async fn stop(self) {
        self.shutdown.cancel();
        self.engine.shutdown().await;
        self.routers.close();
        self.routers.wait().await;
    }
}

/// Polls `check` every 10 ms for up to 10 s; panics with `what` if it never holds.
pub async fn wait_until(what: &str, mut check: impl FnMut() -> bool) {
    for _ in 0..1000 {
        if check() {
            return;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    panic!("timed out waiting until {what}");
}
