//! Tasks on hollow instances (registered through the API, no agent behind them): RunTask with
//! count, placement constraints and strategies, RESOURCE:MEMORY failures, client-token
//! idempotency, DescribeTasks, ListTasks, StopTask, and SubmitTaskStateChange playing the agent.

use crate::task_definitions::register;
use crate::{arn, assert_recent, start};
use aws_sdk_ecs::operation::describe_tasks::DescribeTasksError;
use aws_sdk_ecs::primitives::DateTime;
use aws_sdk_ecs::types::{
    ContainerStateChange, DesiredStatus, LaunchType, Resource, Tag, Task, TaskField, TaskStopCode,
};
use aws_sdk_ecs::Client;
use berth_e2e::register_hollow_instance;
use std::collections::{BTreeMap, BTreeSet};
use std::time::SystemTime;

/// Creates `cluster` with one instance per zone (`i-<zone>`) of `memory` MiB and 4096 CPU units.
pub async fn fleet(ecs: &Client, cluster: &str, zones: &[&str], memory: i32) -> Vec<String> {
    ecs.create_cluster()
        .cluster_name(cluster)
        .send()
        .await
        .unwrap_or_else(|e| panic!("create {cluster}: {e:?}"));
    let mut arns = Vec::new();
    for zone in zones {
        let id = format!("i-{cluster}-{zone}");
        arns.push(
            register_hollow_instance(ecs, cluster, &id, zone, 4096, memory)
                .await
                .expect("register instance"),
        );
    }
    arns
}

pub fn instances_used(tasks: &[Task]) -> BTreeMap<String, usize> {
    let mut out = BTreeMap::new();
    for task in tasks {
        let instance = task.container_instance_arn().expect("containerInstanceArn");
        *out.entry(instance.to_owned()).or_default() += 1;
    }
    out
}

fn integer(resources: &[Resource], name: &str) -> i32 {
    resources
        .iter()
        .find(|r| r.name() == Some(name))
        .map(|r| r.integer_value())
        .unwrap_or_else(|| panic!("{name} missing from {resources:?}"))
}

async fn describe_one(ecs: &Client, cluster: &str, task: &str) -> Task {
    let out = ecs
        .describe_tasks()
        .cluster(cluster)
        .tasks(task)
        .send()
        .await
        .expect("describe_tasks");
    out.tasks().first().cloned().expect("one task")
}

#[tokio::test]
async fn run_describe_and_list() {
    let (_server, ecs) = start().await;
    let instances = fleet(&ecs, "run", &["us-east-1a", "us-east-1b"], 2048).await;
    let definition = register(&ecs, "sleeper", 512).await;

    let out = ecs
        .run_task()
        .cluster("run")
        .task_definition("sleeper")
        .count(3)
        .started_by("e2e")
        .tags(Tag::builder().key("run").value("1").build())
        .send()
        .await
        .expect("run_task");
    assert!(out.failures().is_empty(), "{:?}", out.failures());
    let tasks = out.tasks();
    assert_eq!(tasks.len(), 3, "{tasks:?}");
    for task in tasks {
        let task_arn = task.task_arn().expect("taskArn");
        assert!(task_arn.starts_with(&arn("task/run/")), "{task_arn}");
        assert_eq!(task.cluster_arn(), Some(arn("cluster/run").as_str()));
        assert_eq!(task.task_definition_arn(), Some(definition.as_str()));
        assert_eq!(task.last_status(), Some("PENDING"));
        assert_eq!(task.desired_status(), Some("RUNNING"));
        assert_eq!(task.launch_type(), Some(&LaunchType::Ec2));
        assert_eq!(task.group(), Some("family:sleeper"));
        assert_eq!(task.started_by(), Some("e2e"));
        assert!(instances.contains(&task.container_instance_arn().unwrap_or_default().to_owned()));
        assert_recent("createdAt", task.created_at());
        let [container] = task.containers() else {
            panic!("one container: {task:?}");
        };
        assert_eq!(container.name(), Some("app"));
        assert_eq!(container.last_status(), Some("PENDING"));
    }
    let arns: BTreeSet<String> = tasks
        .iter()
        .filter_map(|t| t.task_arn().map(str::to_owned))
        .collect();

    // Reservations show on the instances and in the cluster's counts.
    let described = ecs
        .describe_container_instances()
        .cluster("run")
        .set_container_instances(Some(instances.clone()))
        .send()
        .await
        .expect("describe instances");
    let pending: i32 = described
        .container_instances()
        .iter()
        .map(|i| i.pending_tasks_count())
        .sum();
    let remaining: i32 = described
        .container_instances()
        .iter()
        .map(|i| integer(i.remaining_resources(), "MEMORY"))
        .sum();
    assert_eq!(pending, 3);
    assert_eq!(remaining, 2 * 2048 - 3 * 512);
    let cluster = ecs
        .describe_clusters()
        .clusters("run")
        .send()
        .await
        .expect("describe cluster");
    assert_eq!(
        cluster.clusters().first().map(|c| c.pending_tasks_count()),
        Some(3)
    );

    let first = arns.iter().next().expect("a task").clone();
    let with_tags = ecs
        .describe_tasks()
        .cluster("run")
        .tasks(&first)
        .tasks(first.rsplit('/').next().expect("id"))
        .tasks("00000000000000000000000000000000")
        .include(TaskField::Tags)
        .send()
        .await
        .expect("describe with tags");
    assert!(!with_tags.tasks().is_empty());
    assert!(
        with_tags
            .tasks()
            .iter()
            .all(|t| t.tags() == [Tag::builder().key("run").value("1").build()]),
        "{with_tags:?}"
    );
    let [missing] = with_tags.failures() else {
        panic!("one failure expected: {with_tags:?}");
    };
    assert_eq!(missing.reason(), Some("MISSING"));

    let listed: BTreeSet<String> = ecs
        .list_tasks()
        .cluster("run")
        .max_results(1)
        .into_paginator()
        .items()
        .send()
        .collect::<Result<Vec<_>, _>>()
        .await
        .expect("list_tasks")
        .into_iter()
        .collect();
    assert_eq!(listed, arns);
    for request in [
        ecs.list_tasks().cluster("run").family("sleeper"),
        ecs.list_tasks().cluster("run").started_by("e2e"),
    ] {
        let out = request.send().await.expect("filtered list");
        assert_eq!(out.task_arns().len(), 3, "{out:?}");
    }
    let on_first: usize = {
        let out = ecs
            .list_tasks()
            .cluster("run")
            .container_instance(&instances[0])
            .send()
            .await
            .expect("list by instance");
        out.task_arns().len()
    };
    assert_eq!(
        on_first,
        instances_used(tasks)
            .get(&instances[0])
            .copied()
            .unwrap_or(0)
    );
    let err = ecs
        .describe_tasks()
        .cluster("elsewhere")
        .tasks(&first)
        .send()
        .await
        .expect_err("describing tasks of an unknown cluster")
        .into_service_error();
    assert!(
        matches!(err, DescribeTasksError::ClusterNotFoundException(_)),
        "{err:?}"
    );
    let stopped = ecs
        .list_tasks()
        .cluster("run")
        .desired_status(DesiredStatus::Stopped)
        .send()
        .await
        .expect("list stopped");
    assert!(stopped.task_arns().is_empty(), "{stopped:?}");
}

#[tokio::test]
async fn client_token_makes_run_task_idempotent() {
    let (_server, ecs) = start().await;
    fleet(&ecs, "idem", &["us-east-1a"], 8192).await;
    register(&ecs, "once", 256).await;
    let run = || {
        ecs.run_task()
            .cluster("idem")
            .task_definition("once")
            .count(2)
            .client_token("e2e-token-1")
    };
    let first = run().send().await.expect("first run");
    let second = run().send().await.expect("repeated run");
    let arns = |tasks: &[Task]| -> BTreeSet<String> {
        tasks
            .iter()
            .filter_map(|t| t.task_arn().map(str::to_owned))
            .collect()
    };
    assert_eq!(arns(first.tasks()).len(), 2);
    assert_eq!(arns(first.tasks()), arns(second.tasks()));
    let listed = ecs.list_tasks().cluster("idem").send().await.expect("list");
    assert_eq!(listed.task_arns().len(), 2, "a repeat must not launch more");

    let other = ecs
        .run_task()
        .cluster("idem")
        .task_definition("once")
        .count(1)
        .client_token("e2e-token-2")
        .send()
        .await
        .expect("a new token runs new tasks");
    assert_eq!(other.tasks().len(), 1);
}

#[tokio::test]
async fn state_changes_stop_and_release() {
    let (_server, ecs) = start().await;
    let instances = fleet(&ecs, "life", &["us-east-1a"], 2048).await;
    register(&ecs, "life", 512).await;
    let out = ecs
        .run_task()
        .cluster("life")
        .task_definition("life")
        .count(2)
        .send()
        .await
        .expect("run");
    let [a, b] = out.tasks() else {
        panic!("two tasks: {out:?}");
    };
    let a = a.task_arn().expect("arn").to_owned();
    let b = b.task_arn().expect("arn").to_owned();
    let now = DateTime::from(SystemTime::now());

    // The agent reports both RUNNING.
    for task in [&a, &b] {
        let ack = ecs
            .submit_task_state_change()
            .cluster("life")
            .task(task)
            .status("RUNNING")
            .containers(
                ContainerStateChange::builder()
                    .container_name("app")
                    .runtime_id(format!("docker-{}", task.len()))
                    .status("RUNNING")
                    .build(),
            )
            .pull_started_at(now)
            .pull_stopped_at(now)
            .send()
            .await
            .expect("submit RUNNING");
        // The model documents no value for the acknowledgment, only that it is there.
        assert!(
            ack.acknowledgment().is_some_and(|a| !a.is_empty()),
            "{ack:?}"
        );
    }
    let running = describe_one(&ecs, "life", &a).await;
    assert_eq!(running.last_status(), Some("RUNNING"));
    assert_recent("startedAt", running.started_at());
    assert_eq!(
        running.containers().first().and_then(|c| c.last_status()),
        Some("RUNNING")
    );
    let instance = ecs
        .describe_container_instances()
        .cluster("life")
        .container_instances(&instances[0])
        .send()
        .await
        .expect("describe instance");
    let instance = instance.container_instances().first().expect("instance");
    assert_eq!(instance.running_tasks_count(), 2);
    assert_eq!(instance.pending_tasks_count(), 0);

    // StopTask records the intent; the task is STOPPED only once the agent says so.
    let stopped = ecs
        .stop_task()
        .cluster("life")
        .task(&a)
        .reason("e2e says stop")
        .send()
        .await
        .expect("stop_task");
    let task = stopped.task().expect("task");
    assert_eq!(task.desired_status(), Some("STOPPED"));
    assert_eq!(task.stopped_reason(), Some("e2e says stop"));
    assert_eq!(task.stop_code(), Some(&TaskStopCode::UserInitiated));
    let listed = ecs
        .list_tasks()
        .cluster("life")
        .desired_status(DesiredStatus::Stopped)
        .send()
        .await
        .expect("list stopped");
    assert_eq!(listed.task_arns(), std::slice::from_ref(&a));

    ecs.submit_task_state_change()
        .cluster("life")
        .task(&a)
        .status("STOPPED")
        .containers(
            ContainerStateChange::builder()
                .container_name("app")
                .status("STOPPED")
                .exit_code(0)
                .build(),
        )
        .execution_stopped_at(DateTime::from(SystemTime::now()))
        .send()
        .await
        .expect("submit STOPPED");
    let done = describe_one(&ecs, "life", &a).await;
    assert_eq!(done.last_status(), Some("STOPPED"));
    assert_recent("stoppedAt", done.stopped_at());
    assert_eq!(
        done.containers().first().and_then(|c| c.exit_code()),
        Some(0)
    );

    // The agent stopping a task on its own (essential container exited) stops it for good.
    ecs.submit_task_state_change()
        .cluster("life")
        .task(&b)
        .status("STOPPED")
        .reason("Essential container in task exited")
        .containers(
            ContainerStateChange::builder()
                .container_name("app")
                .status("STOPPED")
                .exit_code(3)
                .build(),
        )
        .send()
        .await
        .expect("submit STOPPED without StopTask");
    let exited = describe_one(&ecs, "life", &b).await;
    assert_eq!(exited.last_status(), Some("STOPPED"));
    assert_eq!(exited.desired_status(), Some("STOPPED"));
    assert_eq!(
        exited.stop_code(),
        Some(&TaskStopCode::EssentialContainerExited)
    );

    // Both reservations are back.
    let instance = ecs
        .describe_container_instances()
        .cluster("life")
        .container_instances(&instances[0])
        .send()
        .await
        .expect("describe instance");
    let instance = instance.container_instances().first().expect("instance");
    assert_eq!(instance.running_tasks_count(), 0);
    assert_eq!(integer(instance.remaining_resources(), "MEMORY"), 2048);
}

#[tokio::test]
async fn start_task_and_container_state_change() {
    let (_server, ecs) = start().await;
    let instances = fleet(&ecs, "direct", &["us-east-1a", "us-east-1b"], 2048).await;
    register(&ecs, "direct", 256).await;
    let out = ecs
        .start_task()
        .cluster("direct")
        .task_definition("direct")
        .container_instances(&instances[1])
        .started_by("e2e-start")
        .send()
        .await
        .expect("start_task");
    let [task] = out.tasks() else {
        panic!("one task: {out:?}");
    };
    assert_eq!(task.container_instance_arn(), Some(instances[1].as_str()));
    assert_eq!(task.started_by(), Some("e2e-start"));
    let task_arn = task.task_arn().expect("arn").to_owned();

    let ack = ecs
        .submit_container_state_change()
        .cluster("direct")
        .task(&task_arn)
        .container_name("app")
        .runtime_id("docker-abc")
        .status("RUNNING")
        .send()
        .await
        .expect("submit_container_state_change");
    assert!(ack.acknowledgment().is_some(), "{ack:?}");
    let described = describe_one(&ecs, "direct", &task_arn).await;
    let container = described.containers().first().expect("container");
    assert_eq!(container.last_status(), Some("RUNNING"));
    assert_eq!(container.runtime_id(), Some("docker-abc"));

    // Stopping an already stopping task again is harmless and keeps the first reason.
    for reason in ["first", "second"] {
        ecs.stop_task()
            .cluster("direct")
            .task(&task_arn)
            .reason(reason)
            .send()
            .await
            .expect("stop_task");
    }
    let described = describe_one(&ecs, "direct", &task_arn).await;
    assert_eq!(described.desired_status(), Some("STOPPED"));
    assert_eq!(described.stopped_reason(), Some("first"));
}
