//! Store-backed tests of the task definition operations: registration and revision allocation
//! (also under concurrency), lookups, deregistration, deletion, and the two listings.

use super::*;
use crate::{ControlConfig, ManualClock};
use berth_store::MemoryStore;
use serde_json::{json, Value};
use std::sync::Arc;

const NOW: f64 = 1_700_000_000.0;

fn scope() -> Scope {
    Scope::new("us-east-1", "123456789012")
}

fn control_with_clock() -> (ControlPlane, Arc<ManualClock>) {
    let clock = Arc::new(ManualClock::new(NOW));
    let cp = ControlPlane::new(
        Arc::new(MemoryStore::new()),
        clock.clone(),
        ControlConfig::default(),
    );
    (cp, clock)
}

fn control() -> ControlPlane {
    control_with_clock().0
}

fn request(value: Value) -> wire::RegisterTaskDefinitionRequest {
    serde_json::from_value(value).expect("the test request has the wire shape")
}

fn simple(family: &str) -> wire::RegisterTaskDefinitionRequest {
    request(json!({
        "family": family,
        "containerDefinitions": [{"name": "app", "image": "busybox", "memory": 128}]
    }))
}

fn arn(family: &str, revision: i32) -> String {
    format!("arn:aws:ecs:us-east-1:123456789012:task-definition/{family}:{revision}")
}

async fn register(cp: &ControlPlane, family: &str) -> i32 {
    cp.register_task_definition(&scope(), simple(family))
        .await
        .expect("registers")
        .task_definition
        .and_then(|d| d.revision)
        .expect("has a revision")
}

async fn deregister(cp: &ControlPlane, text: &str) -> wire::TaskDefinition {
    cp.deregister_task_definition(
        &scope(),
        wire::DeregisterTaskDefinitionRequest {
            task_definition: Some(text.into()),
        },
    )
    .await
    .expect("deregisters")
    .task_definition
    .expect("has a definition")
}

async fn describe(cp: &ControlPlane, text: &str) -> EcsResult<wire::TaskDefinition> {
    cp.describe_task_definition(
        &scope(),
        wire::DescribeTaskDefinitionRequest {
            task_definition: Some(text.into()),
            include: None,
        },
    )
    .await
    .map(|r| r.task_definition.unwrap_or_default())
}

async fn delete(
    cp: &ControlPlane,
    texts: &[&str],
) -> EcsResult<wire::DeleteTaskDefinitionsResponse> {
    cp.delete_task_definitions(
        &scope(),
        wire::DeleteTaskDefinitionsRequest {
            task_definitions: Some(texts.iter().map(|t| t.to_string()).collect()),
        },
    )
    .await
}

async fn list(cp: &ControlPlane, value: Value) -> EcsResult<(Vec<String>, Option<String>)> {
    let request: wire::ListTaskDefinitionsRequest = serde_json::from_value(value).expect("shape");
    let response = cp.list_task_definitions(&scope(), request).await?;
    Ok((
        response.task_definition_arns.unwrap_or_default(),
        response.next_token,
    ))
}

/// Every page of a listing, following `nextToken` (bounded).
async fn list_all_pages(cp: &ControlPlane, value: Value) -> Vec<String> {
    let mut out = Vec::new();
    let mut token: Option<String> = None;
    for _ in 0..100 {
        let mut page_request = value.clone();
        if let Some(token) = &token {
            page_request["nextToken"] = json!(token);
        }
        let (page, next) = list(cp, page_request).await.expect("lists");
        out.extend(page);
        match next {
            Some(next) => token = Some(next),
            None => return out,
        }
    }
    panic!("paging did not end");
}

async fn families(cp: &ControlPlane, value: Value) -> EcsResult<(Vec<String>, Option<String>)> {
    let request: wire::ListTaskDefinitionFamiliesRequest =
        serde_json::from_value(value).expect("shape");
    let response = cp.list_task_definition_families(&scope(), request).await?;
    Ok((response.families.unwrap_or_default(), response.next_token))
}

fn expect_error<T: std::fmt::Debug>(result: EcsResult<T>, code: &str, needle: &str) {
    let error = result.expect_err(needle);
    assert_eq!(error.code(), code, "{error}");
    assert!(
        error.to_string().contains(needle),
        "{error:?} lacks {needle:?}"
    );
}

#[tokio::test]
async fn register_returns_the_full_document_and_tags() {
    let cp = control();
    let response = cp
        .register_task_definition(
            &scope(),
            request(json!({
                "family": "web", "cpu": "1 vCPU", "memory": "2GB",
                "tags": [{"key": "team", "value": "a"}],
                "containerDefinitions": [{"name": "app", "image": "busybox",
                    "command": ["sleep", "60"], "environment": [{"name": "A", "value": "1"}]}]
            })),
        )
        .await
        .expect("registers");
    let doc = response.task_definition.clone().expect("document");
    assert_eq!(
        doc.task_definition_arn.as_deref(),
        Some(arn("web", 1).as_str())
    );
    assert_eq!(doc.family.as_deref(), Some("web"));
    assert_eq!(doc.revision, Some(1));
    assert_eq!(doc.status.as_deref(), Some("ACTIVE"));
    assert_eq!(
        doc.registered_at,
        Timestamp::from_unix_seconds_f64(NOW).ok()
    );
    assert_eq!(
        doc.registered_by.as_deref(),
        Some("arn:aws:iam::123456789012:root")
    );
    assert_eq!(
        (doc.cpu.as_deref(), doc.memory.as_deref()),
        (Some("1024"), Some("2048"))
    );
    assert_eq!(
        doc.compatibilities,
        Some(vec!["EXTERNAL".into(), "EC2".into()])
    );
    let container = &doc.container_definitions.as_deref().unwrap_or_default()[0];
    assert_eq!(container.command, Some(vec!["sleep".into(), "60".into()]));
    assert_eq!(container.essential, Some(true));
    let tags = |list: Option<Vec<wire::Tag>>| -> Vec<(String, String)> {
        list.unwrap_or_default()
            .into_iter()
            .map(|t| (t.key.unwrap_or_default(), t.value.unwrap_or_default()))
            .collect()
    };
    assert_eq!(tags(response.tags), [("team".to_string(), "a".to_string())]);

    let plain = cp
        .describe_task_definition(
            &scope(),
            wire::DescribeTaskDefinitionRequest {
                task_definition: Some("web".into()),
                include: None,
            },
        )
        .await
        .expect("describes");
    assert_eq!(plain.task_definition.as_ref(), Some(&doc));
    assert_eq!(plain.tags, None, "tags only with include TAGS");
    let tagged = cp
        .describe_task_definition(
            &scope(),
            wire::DescribeTaskDefinitionRequest {
                task_definition: Some("web:1".into()),
                include: Some(vec!["TAGS".into()]),
            },
        )
        .await
        .expect("describes");
    assert_eq!(tags(tagged.tags), [("team".to_string(), "a".to_string())]);
}

#[tokio::test]
async fn a_rejected_registration_changes_nothing() {
    let cp = control();
    let mut bad = simple("web");
    bad.cpu = Some("lots".into());
    expect_error(
        cp.register_task_definition(&scope(), bad).await,
        "ClientException",
        "Invalid 'cpu' setting for task",
    );
    assert_eq!(register(&cp, "web").await, 1);
}

#[tokio::test]
async fn revisions_count_up_per_family() {
    let cp = control();
    assert_eq!(register(&cp, "web").await, 1);
    assert_eq!(register(&cp, "web").await, 2);
    assert_eq!(register(&cp, "api").await, 1);
    assert_eq!(register(&cp, "web").await, 3);
    // A family that is a prefix of another is its own family.
    assert_eq!(register(&cp, "we").await, 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_registrations_get_distinct_revisions() {
    let cp = Arc::new(control());
    let handles: Vec<_> = (0..8)
        .map(|_| {
            let cp = cp.clone();
            tokio::spawn(async move { register(&cp, "web").await })
        })
        .collect();
    let mut revisions = Vec::new();
    for handle in handles {
        revisions.push(handle.await.expect("task completes"));
    }
    revisions.sort();
    assert_eq!(revisions, (1..=8).collect::<Vec<_>>());
    let listed = list_all_pages(&cp, json!({"familyPrefix": "web"})).await;
    assert_eq!(listed, (1..=8).map(|r| arn("web", r)).collect::<Vec<_>>());
}

#[tokio::test]
async fn describe_resolves_family_revision_and_arn() {
    let cp = control();
    for _ in 0..3 {
        register(&cp, "web").await;
    }
    deregister(&cp, "web:3").await;
    assert_eq!(
        describe(&cp, "web").await.ok().and_then(|d| d.revision),
        Some(2)
    );
    let inactive = describe(&cp, "web:3")
        .await
        .expect("INACTIVE is describable by revision");
    assert_eq!(inactive.status.as_deref(), Some("INACTIVE"));
    assert!(inactive.deregistered_at.is_some());
    assert_eq!(
        describe(&cp, &arn("web", 1))
            .await
            .ok()
            .and_then(|d| d.revision),
        Some(1)
    );
    for missing in ["web:9", "ghost", "ghost:1"] {
        expect_error(
            describe(&cp, missing).await,
            "ClientException",
            "Unable to describe task definition.",
        );
    }
    expect_error(
        describe(&cp, "web:x").await,
        "InvalidParameterException",
        "revision",
    );
    expect_error(
        describe(&cp, "web:0").await,
        "InvalidParameterException",
        "revision",
    );
    expect_error(
        describe(&cp, "a/b").await,
        "InvalidParameterException",
        "family",
    );
    expect_error(
        describe(
            &cp,
            "arn:aws:ecs:eu-west-1:123456789012:task-definition/web:1",
        )
        .await,
        "InvalidParameterException",
        "another region or account",
    );
    expect_error(
        cp.describe_task_definition(
            &scope(),
            wire::DescribeTaskDefinitionRequest {
                task_definition: Some("web".into()),
                include: Some(vec!["EVERYTHING".into()]),
            },
        )
        .await,
        "InvalidParameterException",
        "include",
    );
    deregister(&cp, "web:1").await;
    deregister(&cp, "web:2").await;
    expect_error(
        describe(&cp, "web").await,
        "ClientException",
        "Unable to describe task definition.",
    );
}

#[tokio::test]
async fn the_latest_active_revision_may_be_far_below_the_newest() {
    let cp = control();
    for _ in 0..6 {
        register(&cp, "web").await;
    }
    for revision in 2..=6 {
        deregister(&cp, &format!("web:{revision}")).await;
    }
    assert_eq!(
        describe(&cp, "web").await.ok().and_then(|d| d.revision),
        Some(1)
    );
}

#[tokio::test]
async fn deregister_is_by_revision_and_idempotent() {
    let (cp, clock) = control_with_clock();
    register(&cp, "web").await;
    let missing_revision = cp
        .deregister_task_definition(
            &scope(),
            wire::DeregisterTaskDefinitionRequest {
                task_definition: Some("web".into()),
            },
        )
        .await;
    expect_error(
        missing_revision,
        "ClientException",
        "you must specify a revision",
    );
    let unknown = cp
        .deregister_task_definition(
            &scope(),
            wire::DeregisterTaskDefinitionRequest {
                task_definition: Some("web:5".into()),
            },
        )
        .await;
    expect_error(
        unknown,
        "ClientException",
        "The specified task definition does not exist.",
    );
    clock.advance(10.0);
    let first = deregister(&cp, &arn("web", 1)).await;
    assert_eq!(first.status.as_deref(), Some("INACTIVE"));
    assert_eq!(
        first.deregistered_at,
        Timestamp::from_unix_seconds_f64(NOW + 10.0).ok()
    );
    clock.advance(10.0);
    let again = deregister(&cp, "web:1").await;
    assert_eq!(again, first, "a second deregistration changes nothing");
}

#[tokio::test]
async fn delete_lifecycle_and_revisions_are_never_reused() {
    let (cp, clock) = control_with_clock();
    for _ in 0..3 {
        register(&cp, "web").await;
    }
    let response = delete(&cp, &["web:1"]).await.expect("answers");
    assert!(response.task_definitions.unwrap_or_default().is_empty());
    let failures = response.failures.unwrap_or_default();
    assert_eq!(failures.len(), 1);
    assert_eq!(failures[0].arn.as_deref(), Some(arn("web", 1).as_str()));
    assert!(failures[0]
        .reason
        .as_deref()
        .unwrap_or("")
        .contains("ACTIVE status"));

    deregister(&cp, "web:1").await;
    deregister(&cp, "web:3").await;
    clock.advance(5.0);
    let response = delete(&cp, &["web:1", &arn("web", 3), "web:2", "web:7"])
        .await
        .expect("answers");
    let deleted = response.task_definitions.unwrap_or_default();
    assert_eq!(
        deleted.iter().map(|d| d.revision).collect::<Vec<_>>(),
        [Some(1), Some(3)]
    );
    for definition in &deleted {
        assert_eq!(definition.status.as_deref(), Some("DELETE_IN_PROGRESS"));
        assert_eq!(
            definition.delete_requested_at,
            Timestamp::from_unix_seconds_f64(NOW + 5.0).ok()
        );
        assert!(
            definition.container_definitions.is_some(),
            "the whole document is returned"
        );
    }
    let failures = response.failures.unwrap_or_default();
    assert_eq!(
        failures
            .iter()
            .map(|f| f.arn.clone().unwrap_or_default())
            .collect::<Vec<_>>(),
        [arn("web", 2), arn("web", 7)]
    );
    assert_eq!(failures[1].reason.as_deref(), Some("MISSING"));
    for gone in ["web:1", "web:3"] {
        expect_error(
            describe(&cp, gone).await,
            "ClientException",
            "Unable to describe",
        );
    }
    let inactive = list_all_pages(&cp, json!({"status": "INACTIVE"})).await;
    assert!(inactive.is_empty(), "{inactive:?}");
    // Revision 3 is gone but its number is not handed out again; the tombstone goes with it.
    assert_eq!(register(&cp, "web").await, 4);
    let tombstone_key = keys::task_definition(&scope(), "web", 3);
    assert!(cp.store.get(&tombstone_key).await.expect("reads").is_none());
    assert_eq!(
        list_all_pages(&cp, json!({})).await,
        [arn("web", 2), arn("web", 4)]
    );
    // Deleting what was already deleted reports it missing.
    let again = delete(&cp, &["web:3"]).await.expect("answers");
    assert_eq!(
        again.failures.unwrap_or_default()[0].reason.as_deref(),
        Some("MISSING")
    );
}

#[tokio::test]
async fn a_family_with_every_revision_deleted_disappears_but_keeps_counting() {
    let cp = control();
    register(&cp, "solo").await;
    register(&cp, "other").await;
    deregister(&cp, "solo:1").await;
    delete(&cp, &["solo:1"]).await.expect("deletes");
    let (names, _) = families(&cp, json!({})).await.expect("lists");
    assert_eq!(names, ["other"]);
    expect_error(
        describe(&cp, "solo").await,
        "ClientException",
        "Unable to describe",
    );
    assert_eq!(register(&cp, "solo").await, 2);
}

#[tokio::test]
async fn delete_checks_every_identifier_first() {
    let cp = control();
    register(&cp, "web").await;
    deregister(&cp, "web:1").await;
    expect_error(
        delete(&cp, &[]).await,
        "InvalidParameterException",
        "at least one",
    );
    let eleven: Vec<String> = (1..=11).map(|r| format!("web:{r}")).collect();
    let eleven: Vec<&str> = eleven.iter().map(String::as_str).collect();
    expect_error(
        delete(&cp, &eleven).await,
        "InvalidParameterException",
        "at most 10",
    );
    expect_error(
        delete(&cp, &["web:1", "web"]).await,
        "ClientException",
        "must specify a revision",
    );
    // Nothing was deleted by the refused requests.
    assert_eq!(
        describe(&cp, "web:1").await.ok().and_then(|d| d.revision),
        Some(1)
    );
}

#[tokio::test]
async fn list_filters_sorts_and_pages() {
    let cp = control();
    for family in ["web", "web", "web", "web-a", "api", "api"] {
        register(&cp, family).await;
    }
    deregister(&cp, "web:2").await;
    let ascending = vec![
        arn("api", 1),
        arn("api", 2),
        arn("web", 1),
        arn("web", 3),
        arn("web-a", 1),
    ];
    assert_eq!(list_all_pages(&cp, json!({})).await, ascending);
    let mut descending = ascending.clone();
    descending.reverse();
    assert_eq!(
        list_all_pages(&cp, json!({"sort": "DESC"})).await,
        descending
    );
    assert_eq!(
        list_all_pages(&cp, json!({"status": "INACTIVE"})).await,
        [arn("web", 2)]
    );
    assert!(list_all_pages(&cp, json!({"status": "DELETE_IN_PROGRESS"}))
        .await
        .is_empty());
    // `familyPrefix` is a whole family name in ECS.
    assert_eq!(
        list_all_pages(&cp, json!({"familyPrefix": "web"})).await,
        [arn("web", 1), arn("web", 3)]
    );
    assert!(list_all_pages(&cp, json!({"familyPrefix": "we"}))
        .await
        .is_empty());
    assert!(list_all_pages(&cp, json!({"familyPrefix": "a b"}))
        .await
        .is_empty());
    // Paging gives the same sequence, in both orders.
    assert_eq!(
        list_all_pages(&cp, json!({"maxResults": 2})).await,
        ascending
    );
    assert_eq!(
        list_all_pages(&cp, json!({"maxResults": 1, "sort": "DESC"})).await,
        descending
    );
    let (first, token) = list(&cp, json!({"maxResults": 2})).await.expect("lists");
    assert_eq!(first, ascending[..2]);
    let token = token.expect("more pages");
    // A registration between pages does not disturb the token; one sorting before it is not
    // seen by later pages.
    register(&cp, "aaa").await;
    let (second, _) = list(&cp, json!({"maxResults": 2, "nextToken": token}))
        .await
        .expect("lists");
    assert_eq!(second, ascending[2..4]);
    expect_error(
        list(&cp, json!({"nextToken": token, "sort": "DESC"})).await,
        "InvalidParameterException",
        "nextToken",
    );
    expect_error(
        list(&cp, json!({"nextToken": "%%%"})).await,
        "InvalidParameterException",
        "nextToken",
    );
    expect_error(
        list(&cp, json!({"maxResults": 0})).await,
        "InvalidParameterException",
        "maxResults",
    );
    expect_error(
        list(&cp, json!({"maxResults": 101})).await,
        "InvalidParameterException",
        "maxResults",
    );
    expect_error(
        list(&cp, json!({"status": "GONE"})).await,
        "InvalidParameterException",
        "status",
    );
}

#[tokio::test]
async fn list_families_by_status_prefix_and_page() {
    let cp = control();
    for family in ["web", "web-a", "api", "zeta"] {
        register(&cp, family).await;
    }
    register(&cp, "web").await;
    deregister(&cp, "web:1").await;
    deregister(&cp, "web-a:1").await;
    let all = |v: Value| families(&cp, v);
    assert_eq!(
        all(json!({})).await.expect("lists").0,
        ["api", "web", "web-a", "zeta"]
    );
    assert_eq!(
        all(json!({"status": "ALL"})).await.expect("lists").0,
        ["api", "web", "web-a", "zeta"]
    );
    assert_eq!(
        all(json!({"status": "ACTIVE"})).await.expect("lists").0,
        ["api", "web", "zeta"]
    );
    assert_eq!(
        all(json!({"status": "INACTIVE"})).await.expect("lists").0,
        ["web-a"]
    );
    assert_eq!(
        all(json!({"familyPrefix": "web"})).await.expect("lists").0,
        ["web", "web-a"]
    );
    assert!(all(json!({"familyPrefix": "a/b"}))
        .await
        .expect("lists")
        .0
        .is_empty());
    let mut collected = Vec::new();
    let mut token: Option<String> = None;
    for _ in 0..10 {
        let mut request = json!({"maxResults": 1});
        if let Some(token) = &token {
            request["nextToken"] = json!(token);
        }
        let (page, next) = all(request).await.expect("lists");
        assert!(page.len() <= 1);
        collected.extend(page);
        token = next;
        if token.is_none() {
            break;
        }
    }
    assert_eq!(collected, ["api", "web", "web-a", "zeta"]);
    expect_error(
        all(json!({"status": "GONE"})).await,
        "InvalidParameterException",
        "status",
    );
    expect_error(
        all(json!({"maxResults": 500})).await,
        "InvalidParameterException",
        "maxResults",
    );
}

#[tokio::test]
async fn resolve_for_launch_wants_an_active_revision() {
    let cp = control();
    register(&cp, "web").await;
    register(&cp, "web").await;
    deregister(&cp, "web:2").await;
    let found = cp
        .resolve_task_definition(&scope(), "web")
        .await
        .expect("resolves");
    assert_eq!(found.record.definition.revision, Some(1));
    assert_eq!(found.key, keys::task_definition(&scope(), "web", 1));
    let by_arn = cp
        .resolve_task_definition(&scope(), &arn("web", 1))
        .await
        .expect("resolves");
    assert_eq!(by_arn.record.definition.revision, Some(1));
    expect_error(
        cp.resolve_task_definition(&scope(), "web:2").await,
        "ClientException",
        "TaskDefinition is inactive",
    );
    expect_error(
        cp.resolve_task_definition(&scope(), "ghost").await,
        "ClientException",
        "TaskDefinition not found.",
    );
}

#[test]
fn references_parse() {
    let s = scope();
    assert_eq!(
        parse_reference(&s, "web").ok(),
        Some(TaskDefinitionRef::Family("web".into()))
    );
    assert_eq!(
        parse_reference(&s, "web:12").ok(),
        Some(TaskDefinitionRef::Revision("web".into(), 12))
    );
    assert_eq!(
        parse_reference(&s, &arn("web", 3)).ok(),
        Some(TaskDefinitionRef::Revision("web".into(), 3))
    );
    assert_eq!(
        parse_reference(&s, "arn:aws:ecs:us-east-1:123456789012:task-definition/web").ok(),
        Some(TaskDefinitionRef::Family("web".into()))
    );
    for bad in [
        "",
        "web:",
        "web:-1",
        "web:+1",
        "web:1:2",
        "arn:aws:ecs:us-east-1:123456789012:cluster/web",
    ] {
        assert!(parse_reference(&s, bad).is_err(), "{bad}");
    }
}
