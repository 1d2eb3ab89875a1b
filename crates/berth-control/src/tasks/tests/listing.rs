//! DescribeTasks and ListTasks over real RunTask results.

use super::fixtures::*;
use crate::EcsError;
use berth_wire::ecs as wire;
use std::collections::BTreeSet;

fn list(f: impl FnOnce(&mut wire::ListTasksRequest)) -> wire::ListTasksRequest {
    let mut request = wire::ListTasksRequest {
        cluster: Some("c".into()),
        ..Default::default()
    };
    f(&mut request);
    request
}

async fn listed(h: &Harness, request: wire::ListTasksRequest) -> BTreeSet<String> {
    h.cp.list_tasks(&scope(), request)
        .await
        .unwrap()
        .task_arns
        .unwrap()
        .into_iter()
        .collect()
}

#[tokio::test]
async fn list_filters_and_pages() {
    let h = harness();
    h.cluster("c").await;
    h.instance("c", "a", InstanceSpec::default()).await;
    h.instance("c", "b", InstanceSpec::default()).await;
    h.definition("web", vec![container("w", 10, 10)], |_| {})
        .await;
    h.definition("job", vec![container("j", 10, 10)], |_| {})
        .await;
    let web: BTreeSet<String> = h
        .run_ok(run_request("c", "web", 3))
        .await
        .into_iter()
        .collect();
    let mut batch = run_request("c", "job", 2);
    batch.started_by = Some("cron".into());
    let jobs: BTreeSet<String> = h.run_ok(batch).await.into_iter().collect();
    let mut service = run_request("c", "web", 1);
    service.group = Some("service:api".into());
    let api: BTreeSet<String> = h.run_ok(service).await.into_iter().collect();
    let stopped = web.iter().next().unwrap().clone();
    h.cp.stop_task(
        &scope(),
        wire::StopTaskRequest {
            cluster: Some("c".into()),
            task: Some(stopped.clone()),
            reason: None,
        },
    )
    .await
    .unwrap();
    let all: BTreeSet<String> = web.iter().chain(&jobs).chain(&api).cloned().collect();
    let running: BTreeSet<String> = all.iter().filter(|a| **a != stopped).cloned().collect();

    assert_eq!(listed(&h, list(|_| {})).await, running);
    assert_eq!(
        listed(&h, list(|r| r.desired_status = Some("STOPPED".into()))).await,
        BTreeSet::from([stopped.clone()])
    );
    assert!(
        listed(&h, list(|r| r.desired_status = Some("PENDING".into())))
            .await
            .is_empty()
    );
    assert_eq!(
        listed(&h, list(|r| r.family = Some("job".into()))).await,
        jobs
    );
    assert_eq!(
        listed(&h, list(|r| r.started_by = Some("cron".into()))).await,
        jobs
    );
    assert_eq!(
        listed(&h, list(|r| r.service_name = Some("api".into()))).await,
        api
    );
    assert!(listed(&h, list(|r| r.launch_type = Some("FARGATE".into())))
        .await
        .is_empty());
    let on_a = listed(&h, list(|r| r.container_instance = Some("a".into()))).await;
    let on_b = listed(
        &h,
        list(|r| {
            r.container_instance =
                Some("arn:aws:ecs:us-east-1:123456789012:container-instance/c/b".into())
        }),
    )
    .await;
    assert_eq!(on_a.union(&on_b).cloned().collect::<BTreeSet<_>>(), running);
    assert!(on_a.is_disjoint(&on_b));
    assert!(matches!(
        h.cp.list_tasks(
            &scope(),
            list(|r| {
                r.started_by = Some("cron".into());
                r.family = Some("job".into());
            })
        )
        .await,
        Err(EcsError::InvalidParameter(_))
    ));
    assert!(h
        .cp
        .list_tasks(&scope(), list(|r| r.max_results = Some(0)))
        .await
        .is_err());
    assert!(matches!(
        h.cp.list_tasks(&scope(), list(|r| r.cluster = Some("nope".into())))
            .await,
        Err(EcsError::ClusterNotFound(_))
    ));

    // Paging by two visits every running task exactly once.
    let mut seen = Vec::new();
    let mut token = None;
    for _ in 0..10 {
        let page =
            h.cp.list_tasks(
                &scope(),
                list(|r| {
                    r.max_results = Some(2);
                    r.next_token = token.clone();
                }),
            )
            .await
            .unwrap();
        let arns = page.task_arns.unwrap();
        assert!(arns.len() <= 2);
        seen.extend(arns);
        token = page.next_token;
        if token.is_none() {
            break;
        }
    }
    assert_eq!(seen.len(), running.len());
    assert_eq!(seen.into_iter().collect::<BTreeSet<_>>(), running);
}

#[tokio::test]
async fn describe_tasks_with_tags_and_failures() {
    let h = harness();
    h.cluster("c").await;
    h.instance("c", "a", InstanceSpec::default()).await;
    h.definition("web", vec![container("w", 10, 10)], |_| {})
        .await;
    let mut request = run_request("c", "web", 1);
    request.tags = Some(vec![wire::Tag {
        key: Some("k".into()),
        value: Some("v".into()),
    }]);
    let arn = h.run_ok(request).await.remove(0);
    let id = arn.rsplit('/').next().unwrap().to_string();
    let missing = "0123456789abcdef0123456789abcdef";
    let describe = |include: Option<Vec<String>>, tasks: Vec<String>| {
        let cp = h.cp.clone();
        async move {
            cp.describe_tasks(
                &scope(),
                wire::DescribeTasksRequest {
                    cluster: Some("c".into()),
                    tasks: Some(tasks),
                    include,
                },
            )
            .await
        }
    };
    let response = describe(None, vec![id.clone(), missing.into()])
        .await
        .unwrap();
    let tasks = response.tasks.unwrap();
    assert_eq!(tasks.len(), 1);
    assert_eq!(tasks[0].task_arn.as_deref(), Some(arn.as_str()));
    assert_eq!(tasks[0].tags, None);
    let failure = &response.failures.unwrap()[0];
    assert_eq!(
        failure.arn.as_deref(),
        Some(format!("arn:aws:ecs:us-east-1:123456789012:task/c/{missing}").as_str())
    );
    assert_eq!(failure.reason.as_deref(), Some("MISSING"));
    let tagged = describe(Some(vec!["TAGS".into()]), vec![arn.clone()])
        .await
        .unwrap();
    assert_eq!(tagged.tasks.unwrap()[0].tags.as_ref().unwrap().len(), 1);
    assert_eq!(
        describe(None, vec![]).await.unwrap_err(),
        EcsError::InvalidParameter("Tasks cannot be empty.".into())
    );
    assert!(describe(Some(vec!["STATS".into()]), vec![id.clone()])
        .await
        .is_err());
    assert!(describe(None, vec![id; 101]).await.is_err());
}
