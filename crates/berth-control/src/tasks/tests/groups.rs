//! The instances' live task-group counts (kept through placement, every kind of stop, a
//! restart, and computed once for records written without them) and the placement worker's
//! rounds (arrival order, transactions within the store's limit, clientTokens, refusals).

use super::fixtures::*;
use super::placement::assert_books_balance;
use crate::db::{Commit, Versioned};
use crate::records::{ContainerInstanceRecord, TaskRecord};
use crate::tasks::batch::Work;
use crate::tasks::placer::{round_for_test, Answer, PlacerContext, RoundResult, TestCache};
use crate::{keys, EcsError};
use berth_scheduler::NO_CONTAINER_INSTANCES;
use berth_store::Store;
use berth_wire::ecs as wire;
use std::collections::BTreeMap;

/// Invariant: every instance's counts are exactly what a scan of the cluster's tasks gives.
async fn assert_groups_match_tasks(h: &Harness, cluster: &str) {
    let instances: Vec<Versioned<ContainerInstanceRecord>> =
        h.cp.list_all(&keys::instances(&scope(), cluster))
            .await
            .unwrap();
    let tasks: Vec<Versioned<TaskRecord>> =
        h.cp.list_all(&keys::tasks(&scope(), cluster))
            .await
            .unwrap();
    let expected = crate::instances::task_groups(tasks.iter().map(|t| &t.record));
    for instance in instances {
        let record = &instance.record;
        assert!(record.task_groups_complete, "{}", record.id);
        assert_eq!(
            record.task_groups,
            expected.get(&record.id).cloned().unwrap_or_default(),
            "{}",
            record.id
        );
    }
}

async fn groups_of(h: &Harness, id: &str) -> BTreeMap<String, u32> {
    h.instance_record("c", id).await.task_groups
}

fn counts(pairs: &[(&str, u32)]) -> BTreeMap<String, u32> {
    pairs.iter().map(|(g, n)| (g.to_string(), *n)).collect()
}

async fn start_on(h: &Harness, on: &[&str], group: Option<&str>) -> Vec<String> {
    let response =
        h.cp.start_task(
            &scope(),
            wire::StartTaskRequest {
                cluster: Some("c".into()),
                task_definition: Some("app".into()),
                container_instances: Some(on.iter().map(|s| s.to_string()).collect()),
                group: group.map(str::to_string),
                ..Default::default()
            },
        )
        .await
        .expect("StartTask succeeds");
    response
        .tasks
        .unwrap_or_default()
        .into_iter()
        .filter_map(|t| t.task_arn)
        .collect()
}

fn stop(task: &str) -> wire::StopTaskRequest {
    wire::StopTaskRequest {
        cluster: Some("c".into()),
        task: Some(task.into()),
        reason: None,
    }
}

fn stopped_report(task: &str) -> wire::SubmitTaskStateChangeRequest {
    wire::SubmitTaskStateChangeRequest {
        cluster: Some("c".into()),
        task: Some(task.into()),
        status: Some("STOPPED".into()),
        containers: Some(vec![wire::ContainerStateChange {
            container_name: Some("web".into()),
            status: Some("STOPPED".into()),
            exit_code: Some(1),
            ..Default::default()
        }]),
        ..Default::default()
    }
}

/// Cluster `c` with `a` (no agent: stops complete at once) and `b` (with an agent).
async fn two_instances() -> Harness {
    let h = harness();
    h.cluster("c").await;
    h.instance("c", "a", InstanceSpec::default()).await;
    h.instance(
        "c",
        "b",
        InstanceSpec {
            agent: Some(true),
            ..Default::default()
        },
    )
    .await;
    h.definition("app", vec![container("web", 64, 64)], |_| {})
        .await;
    h
}

async fn check(h: &Harness) {
    assert_groups_match_tasks(h, "c").await;
    assert_books_balance(h, "c").await;
}

#[tokio::test]
async fn counts_follow_placement_and_every_kind_of_stop() {
    let h = two_instances().await;
    let on_a = start_on(&h, &["a", "a"], None).await;
    let on_b = start_on(&h, &["b", "b", "b"], Some("batch")).await;
    assert_eq!(groups_of(&h, "a").await, counts(&[("family:app", 2)]));
    assert_eq!(groups_of(&h, "b").await, counts(&[("batch", 3)]));
    h.run_ok(run_request("c", "app", 2)).await;
    check(&h).await;

    // StopTask without an agent: out of the group and released at once.
    let live_on_a = groups_of(&h, "a").await["family:app"];
    h.cp.stop_task(&scope(), stop(&on_a[0])).await.unwrap();
    assert_eq!(
        groups_of(&h, "a").await.get("family:app"),
        Some(&(live_on_a - 1))
    );
    check(&h).await;
    // Stopping it again changes nothing.
    let a_before = h.instance_record("c", "a").await;
    h.cp.stop_task(&scope(), stop(&on_a[0])).await.unwrap();
    assert_eq!(h.instance_record("c", "a").await, a_before);

    // StopTask with an agent: out of the group at once, the reservation stays until the agent
    // reports STOPPED, which must not count the task out a second time.
    let b_before = h.instance_record("c", "b").await;
    h.cp.stop_task(&scope(), stop(&on_b[0])).await.unwrap();
    let b = h.instance_record("c", "b").await;
    assert_eq!(b.task_groups.get("batch"), Some(&2));
    assert_eq!(
        (b.pending_tasks_count, &b.remaining, b.version),
        (
            b_before.pending_tasks_count,
            &b_before.remaining,
            b_before.version
        ),
        "the reservation stays; a group count alone is not an ECS change"
    );
    check(&h).await;
    h.cp.submit_task_state_change(&scope(), stopped_report(&on_b[0]))
        .await
        .unwrap();
    assert_eq!(groups_of(&h, "b").await.get("batch"), Some(&2));
    check(&h).await;

    // The agent stops a task on its own (an essential container exited).
    h.cp.submit_task_state_change(&scope(), stopped_report(&on_b[1]))
        .await
        .unwrap();
    assert_eq!(groups_of(&h, "b").await.get("batch"), Some(&1));
    check(&h).await;

    // The service scheduler stops the last one: the group disappears from the instance.
    let id = on_b[2].rsplit('/').next().unwrap();
    assert!(h
        .cp
        .stop_service_task(&scope(), "c", id, "scaling in")
        .await
        .unwrap());
    assert_eq!(groups_of(&h, "b").await.get("batch"), None);
    check(&h).await;
}

#[tokio::test]
async fn counts_survive_a_restart_and_old_records_are_counted_once() {
    let h = two_instances().await;
    h.run_ok(run_request("c", "app", 4)).await;
    start_on(&h, &["a"], Some("batch")).await;
    // A restarted control plane reads the same counts and keeps them.
    let restarted = h.peer();
    restarted
        .run_task(&scope(), run_request("c", "app", 1))
        .await
        .unwrap();
    check(&h).await;

    // Records written before instances kept counts: no counts, not complete.
    for id in ["a", "b"] {
        let key = keys::instance(&scope(), "c", id);
        let mut found =
            h.cp.load::<ContainerInstanceRecord>(&key)
                .await
                .unwrap()
                .unwrap();
        found.record.task_groups.clear();
        found.record.task_groups_complete = false;
        let mut commit = Commit::new();
        commit.update(&found).unwrap();
        assert!(h.cp.try_commit(commit).await.unwrap());
    }
    // The filter reads the tasks for such records.
    let listed = restarted
        .list_container_instances(
            &scope(),
            wire::ListContainerInstancesRequest {
                cluster: Some("c".into()),
                filter: Some("task:group == batch".into()),
                ..Default::default()
            },
        )
        .await
        .unwrap()
        .container_instance_arns
        .unwrap();
    assert_eq!(listed.len(), 1);
    assert!(listed[0].ends_with("/a"));
    // Placement counts them once, persists the counts, and places by them.
    let mut beside = run_request("c", "app", 1);
    beside.placement_constraints = Some(vec![wire::PlacementConstraint {
        r#type: Some("memberOf".into()),
        expression: Some("task:group == batch".into()),
    }]);
    let arn = restarted
        .run_task(&scope(), beside)
        .await
        .unwrap()
        .tasks
        .unwrap()
        .remove(0)
        .container_instance_arn
        .unwrap();
    assert!(arn.ends_with("/a"), "{arn}");
    check(&h).await;
}

async fn run_work(h: &Harness, request: wire::RunTaskRequest) -> Work {
    h.cp.prepare_run(&scope(), request).await.unwrap().work
}

fn context(h: &Harness) -> PlacerContext {
    PlacerContext {
        store: h.store.clone(),
        clock: h.clock.clone(),
        client_token_retention_secs: h.cp.config.client_token_retention_secs,
    }
}

fn placed(result: &RoundResult) -> Vec<TaskRecord> {
    match result {
        RoundResult::Answered(Ok(Answer::Placed { tasks, .. })) => tasks.clone(),
        other => panic!("expected tasks, got {other:?}"),
    }
}

#[tokio::test]
async fn a_round_places_in_arrival_order_within_the_store_limit() {
    let h = harness();
    h.cluster("c").await;
    for n in 0..30 {
        h.instance("c", &format!("i{n:02}"), InstanceSpec::default())
            .await;
    }
    h.definition("app", vec![container("web", 8, 8)], |_| {})
        .await;
    let mut works = Vec::new();
    for _ in 0..16 {
        let mut request = run_request("c", "app", 10);
        request.placement_strategy = Some(vec![wire::PlacementStrategy {
            r#type: Some("spread".into()),
            field: Some("instanceId".into()),
        }]);
        works.push(run_work(&h, request).await);
    }
    let before = h.store.current_revision().await.unwrap();
    let (results, _) = round_for_test(
        &context(&h),
        &scope(),
        "c",
        works,
        &mut TestCache::default(),
    )
    .await;
    let transactions = h.store.current_revision().await.unwrap() - before;
    assert!(results.iter().all(|r| placed(r).len() == 10));
    // 160 tasks do not fit one transaction; 16 requests share far fewer than 16.
    assert!((2..16).contains(&transactions), "{transactions}");
    // Each request saw the ones before it: the spread is even across the whole round.
    let mut per_instance = Vec::new();
    for n in 0..30 {
        let record = h.instance_record("c", &format!("i{n:02}")).await;
        per_instance.push(record.pending_tasks_count);
        assert!(record.version >= 2);
    }
    let (min, max) = (
        per_instance.iter().min().unwrap(),
        per_instance.iter().max().unwrap(),
    );
    assert!(max - min <= 1, "{per_instance:?}");
    check(&h).await;
}

#[tokio::test]
async fn refusals_in_a_round_leave_the_other_requests_alone() {
    let h = two_instances().await;
    let mut external = run_request("c", "app", 1);
    external.launch_type = Some("EXTERNAL".into());
    let works = vec![
        run_work(&h, run_request("c", "app", 1)).await,
        run_work(&h, external).await,
        run_work(&h, run_request("c", "app", 2)).await,
    ];
    let (results, _) = round_for_test(
        &context(&h),
        &scope(),
        "c",
        works,
        &mut TestCache::default(),
    )
    .await;
    assert_eq!(placed(&results[0]).len(), 1);
    assert!(matches!(
        &results[1],
        RoundResult::Answered(Err(EcsError::InvalidParameter(m))) if m == NO_CONTAINER_INSTANCES
    ));
    assert_eq!(placed(&results[2]).len(), 2);
    check(&h).await;
}

#[tokio::test]
async fn one_client_token_twice_in_a_round_waits_for_the_first() {
    let h = two_instances().await;
    let mut request = run_request("c", "app", 2);
    request.client_token = Some("same".into());
    let works = vec![
        run_work(&h, request.clone()).await,
        run_work(&h, request.clone()).await,
    ];
    let (results, _) = round_for_test(
        &context(&h),
        &scope(),
        "c",
        works,
        &mut TestCache::default(),
    )
    .await;
    assert_eq!(placed(&results[0]).len(), 2);
    assert!(matches!(results[1], RoundResult::Again));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_retries_of_one_client_token_get_the_same_tasks() {
    let h = two_instances().await;
    let mut request = run_request("c", "app", 3);
    request.client_token = Some("retry-me".into());
    let mut handles = Vec::new();
    for _ in 0..8 {
        let (cp, request) = (h.cp.clone(), request.clone());
        handles.push(tokio::spawn(
            async move { cp.run_task(&scope(), request).await },
        ));
    }
    let mut seen = Vec::new();
    for handle in handles {
        let mut arns = arns(&handle.await.unwrap().unwrap());
        arns.sort();
        seen.push(arns);
    }
    assert_eq!(seen[0].len(), 3);
    assert!(seen.iter().all(|arns| *arns == seen[0]));
    let tasks: Vec<Versioned<TaskRecord>> =
        h.cp.list_all(&keys::tasks(&scope(), "c")).await.unwrap();
    assert_eq!(tasks.len(), 3);
    check(&h).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_distinct_instance_requests_never_share_an_instance() {
    let h = harness();
    h.cluster("c").await;
    for n in 0..6 {
        h.instance("c", &format!("i{n}"), InstanceSpec::default())
            .await;
    }
    h.definition("app", vec![container("web", 8, 8)], |_| {})
        .await;
    let mut handles = Vec::new();
    for _ in 0..12 {
        let cp = h.cp.clone();
        let mut request = run_request("c", "app", 1);
        request.group = Some("one-each".into());
        request.placement_constraints = Some(vec![wire::PlacementConstraint {
            r#type: Some("distinctInstance".into()),
            expression: None,
        }]);
        handles.push(tokio::spawn(
            async move { cp.run_task(&scope(), request).await },
        ));
    }
    let mut placed = 0;
    for handle in handles {
        placed += arns(&handle.await.unwrap().unwrap()).len();
    }
    assert_eq!(placed, 6);
    for n in 0..6 {
        let groups = groups_of(&h, &format!("i{n}")).await;
        assert_eq!(groups.get("one-each"), Some(&1));
    }
    check(&h).await;
}

#[tokio::test]
async fn requests_that_fail_validation_are_never_queued() {
    let h = two_instances().await;
    for count in [0, 11] {
        assert!(h.run(run_request("c", "app", count)).await.is_err());
    }
    assert!(h.run(run_request("c", "missing", 1)).await.is_err());
    assert_eq!(h.cp.placer.queue_count(), 0);
    h.run_ok(run_request("c", "app", 1)).await;
    assert_eq!(h.cp.placer.queue_count(), 1);
}

#[tokio::test]
async fn the_worker_rereads_the_instances_after_any_other_write() {
    let h = harness();
    h.cluster("c").await;
    let small = InstanceSpec {
        cpu: 256,
        ..Default::default()
    };
    h.instance("c", "a", small.clone()).await;
    h.definition("app", vec![container("web", 256, 64)], |_| {})
        .await;
    let first = h.run_ok(run_request("c", "app", 1)).await;
    assert_eq!(first.len(), 1);
    // The worker kept what it committed; a new instance must still be seen.
    h.instance("c", "b", small.clone()).await;
    let second = h.run(run_request("c", "app", 1)).await.unwrap();
    assert_eq!(arns(&second).len(), 1, "{:?}", failures(&second));
    // And so must capacity freed by a stop.
    let full = h.run(run_request("c", "app", 1)).await.unwrap();
    assert!(arns(&full).is_empty());
    h.cp.stop_task(&scope(), stop(&first[0])).await.unwrap();
    let third = h.run(run_request("c", "app", 1)).await.unwrap();
    assert_eq!(arns(&third).len(), 1, "{:?}", failures(&third));
    check(&h).await;
}

#[tokio::test]
async fn a_round_reuses_the_last_rounds_instances_only_while_nothing_else_wrote() {
    let h = two_instances().await;
    let mut cache = TestCache::default();
    let ctx = context(&h);
    let work = || run_work(&h, run_request("c", "app", 2));
    let (_, first) = round_for_test(&ctx, &scope(), "c", vec![work().await], &mut cache).await;
    assert_eq!((first.reused, first.transactions), (false, 1));
    let (_, second) = round_for_test(&ctx, &scope(), "c", vec![work().await], &mut cache).await;
    assert!(second.reused);
    h.instance("c", "new", InstanceSpec::default()).await;
    let (_, third) = round_for_test(&ctx, &scope(), "c", vec![work().await], &mut cache).await;
    assert!(!third.reused);
    check(&h).await;
}
