//! Clusters: CreateCluster, DescribeClusters (with `include`), ListClusters (paginated),
//! UpdateCluster, UpdateClusterSettings and DeleteCluster, with their typed errors.

use crate::{arn, start};
use aws_sdk_ecs::error::ProvideErrorMetadata;
use aws_sdk_ecs::operation::create_cluster::CreateClusterError;
use aws_sdk_ecs::operation::delete_cluster::DeleteClusterError;
use aws_sdk_ecs::operation::describe_clusters::DescribeClustersError;
use aws_sdk_ecs::operation::update_cluster::UpdateClusterError;
use aws_sdk_ecs::types::{ClusterField, ClusterSetting, ClusterSettingName, Tag};
use std::collections::BTreeSet;

fn tag(key: &str, value: &str) -> Tag {
    Tag::builder().key(key).value(value).build()
}

fn insights(value: &str) -> ClusterSetting {
    ClusterSetting::builder()
        .name(ClusterSettingName::ContainerInsights)
        .value(value)
        .build()
}

#[tokio::test]
async fn create_then_describe_with_and_without_include() {
    let (_server, ecs) = start().await;
    let created = ecs
        .create_cluster()
        .cluster_name("prod")
        .tags(tag("team", "core"))
        .settings(insights("enabled"))
        .send()
        .await
        .expect("create_cluster");
    let cluster = created.cluster().expect("cluster in response");
    assert_eq!(cluster.cluster_name(), Some("prod"));
    assert_eq!(cluster.cluster_arn(), Some(arn("cluster/prod").as_str()));
    assert_eq!(cluster.status(), Some("ACTIVE"));
    assert_eq!(cluster.registered_container_instances_count(), 0);
    assert_eq!(cluster.running_tasks_count(), 0);
    assert_eq!(cluster.pending_tasks_count(), 0);
    assert_eq!(cluster.active_services_count(), 0);

    // Without `include`, ECS leaves tags out of DescribeClusters.
    let plain = ecs
        .describe_clusters()
        .clusters("prod")
        .send()
        .await
        .expect("describe_clusters");
    assert!(plain.failures().is_empty(), "{:?}", plain.failures());
    let [cluster] = plain.clusters() else {
        panic!("one cluster expected: {:?}", plain.clusters());
    };
    assert_eq!(cluster.status(), Some("ACTIVE"));
    assert!(
        cluster.tags().is_empty(),
        "tags without include: {cluster:?}"
    );

    let full = ecs
        .describe_clusters()
        .clusters(arn("cluster/prod"))
        .include(ClusterField::Tags)
        .include(ClusterField::Settings)
        .include(ClusterField::Statistics)
        .send()
        .await
        .expect("describe_clusters with include");
    let [cluster] = full.clusters() else {
        panic!("one cluster expected: {:?}", full.clusters());
    };
    assert_eq!(cluster.tags(), &[tag("team", "core")]);
    assert!(
        cluster.settings().contains(&insights("enabled")),
        "settings: {:?}",
        cluster.settings()
    );
}

#[tokio::test]
async fn create_is_idempotent_and_default_name_is_default() {
    let (_server, ecs) = start().await;
    let first = ecs.create_cluster().cluster_name("same").send().await;
    let second = ecs.create_cluster().cluster_name("same").send().await;
    let arn_of = |r: &aws_sdk_ecs::operation::create_cluster::CreateClusterOutput| {
        r.cluster().and_then(|c| c.cluster_arn()).map(str::to_owned)
    };
    assert_eq!(
        arn_of(&first.expect("first create")),
        arn_of(&second.expect("second create"))
    );

    let default = ecs.create_cluster().send().await.expect("create default");
    assert_eq!(
        default.cluster().and_then(|c| c.cluster_name()),
        Some("default")
    );
    // DescribeClusters with no names describes the default cluster.
    let described = ecs.describe_clusters().send().await.expect("describe");
    let names: Vec<_> = described
        .clusters()
        .iter()
        .filter_map(|c| c.cluster_name())
        .collect();
    assert_eq!(names, ["default"]);
}

#[tokio::test]
async fn invalid_cluster_name_is_a_typed_invalid_parameter() {
    let (_server, ecs) = start().await;
    let err = ecs
        .create_cluster()
        .cluster_name("no spaces allowed!")
        .send()
        .await
        .expect_err("invalid name accepted")
        .into_service_error();
    assert!(
        matches!(err, CreateClusterError::InvalidParameterException(_)),
        "{err:?}"
    );
    assert!(err.message().is_some_and(|m| !m.is_empty()), "{err:?}");
}

#[tokio::test]
async fn describe_reports_missing_clusters_as_failures() {
    let (_server, ecs) = start().await;
    ecs.create_cluster()
        .cluster_name("here")
        .send()
        .await
        .expect("create");
    let out = ecs
        .describe_clusters()
        .clusters("here")
        .clusters("not-here")
        .send()
        .await
        .expect("describe");
    assert_eq!(out.clusters().len(), 1);
    let [failure] = out.failures() else {
        panic!("one failure expected: {:?}", out.failures());
    };
    assert_eq!(failure.reason(), Some("MISSING"));
    assert_eq!(failure.arn(), Some(arn("cluster/not-here").as_str()));

    // With nothing created, the implicit default cluster is missing too.
    let out = ecs
        .describe_clusters()
        .send()
        .await
        .expect("describe default");
    assert!(out.clusters().is_empty());
    assert_eq!(out.failures().len(), 1, "{:?}", out.failures());

    let err = ecs
        .describe_clusters()
        .clusters("here")
        .include(ClusterField::from("NOT_A_FIELD"))
        .send()
        .await
        .expect_err("bad include accepted")
        .into_service_error();
    assert!(
        matches!(err, DescribeClustersError::InvalidParameterException(_)),
        "{err:?}"
    );
}

#[tokio::test]
async fn list_clusters_paginates() {
    let (_server, ecs) = start().await;
    let mut expected = BTreeSet::new();
    for i in 0..5 {
        let name = format!("page-{i}");
        ecs.create_cluster()
            .cluster_name(&name)
            .send()
            .await
            .expect("create");
        expected.insert(arn(&format!("cluster/{name}")));
    }
    let items: Vec<String> = ecs
        .list_clusters()
        .max_results(2)
        .into_paginator()
        .items()
        .send()
        .collect::<Result<Vec<_>, _>>()
        .await
        .expect("paginate");
    assert_eq!(items.len(), 5, "no duplicates across pages: {items:?}");
    assert_eq!(items.into_iter().collect::<BTreeSet<_>>(), expected);

    let pages: Vec<_> = ecs
        .list_clusters()
        .max_results(2)
        .into_paginator()
        .send()
        .collect::<Result<Vec<_>, _>>()
        .await
        .expect("pages");
    assert_eq!(pages.len(), 3, "5 items at 2 per page");
    assert!(pages[0].next_token().is_some());
    assert!(pages[2].next_token().is_none());
}

#[tokio::test]
async fn delete_leaves_an_inactive_cluster_and_unknown_is_not_found() {
    let (_server, ecs) = start().await;
    ecs.create_cluster()
        .cluster_name("gone")
        .send()
        .await
        .expect("create");
    let deleted = ecs
        .delete_cluster()
        .cluster("gone")
        .send()
        .await
        .expect("delete");
    assert_eq!(deleted.cluster().and_then(|c| c.status()), Some("INACTIVE"));
    let listed = ecs.list_clusters().send().await.expect("list");
    assert!(listed.cluster_arns().is_empty(), "{listed:?}");
    // ECS keeps a deleted cluster describable as INACTIVE for a while.
    let described = ecs
        .describe_clusters()
        .clusters("gone")
        .send()
        .await
        .expect("describe");
    assert_eq!(
        described.clusters().first().and_then(|c| c.status()),
        Some("INACTIVE"),
        "{described:?}"
    );
    // Creating it again brings it back ACTIVE under the same ARN.
    let again = ecs
        .create_cluster()
        .cluster_name("gone")
        .send()
        .await
        .expect("re-create");
    let cluster = again.cluster().expect("cluster");
    assert_eq!(cluster.status(), Some("ACTIVE"));
    assert_eq!(cluster.cluster_arn(), Some(arn("cluster/gone").as_str()));

    let err = ecs
        .delete_cluster()
        .cluster("never-was")
        .send()
        .await
        .expect_err("deleting an unknown cluster")
        .into_service_error();
    assert!(
        matches!(err, DeleteClusterError::ClusterNotFoundException(_)),
        "{err:?}"
    );
}

#[tokio::test]
async fn update_cluster_and_settings() {
    let (_server, ecs) = start().await;
    ecs.create_cluster()
        .cluster_name("tuned")
        .send()
        .await
        .expect("create");
    let updated = ecs
        .update_cluster()
        .cluster("tuned")
        .settings(insights("enabled"))
        .send()
        .await
        .expect("update_cluster");
    let settings = updated.cluster().map(|c| c.settings()).unwrap_or_default();
    assert!(settings.contains(&insights("enabled")), "{settings:?}");

    let updated = ecs
        .update_cluster_settings()
        .cluster("tuned")
        .settings(insights("disabled"))
        .send()
        .await
        .expect("update_cluster_settings");
    let settings = updated.cluster().map(|c| c.settings()).unwrap_or_default();
    assert!(settings.contains(&insights("disabled")), "{settings:?}");

    let described = ecs
        .describe_clusters()
        .clusters("tuned")
        .include(ClusterField::Settings)
        .send()
        .await
        .expect("describe");
    let settings = described
        .clusters()
        .first()
        .map(|c| c.settings())
        .unwrap_or_default();
    assert!(settings.contains(&insights("disabled")), "{settings:?}");

    let err = ecs
        .update_cluster()
        .cluster("missing")
        .settings(insights("enabled"))
        .send()
        .await
        .expect_err("updating an unknown cluster")
        .into_service_error();
    assert!(
        matches!(err, UpdateClusterError::ClusterNotFoundException(_)),
        "{err:?}"
    );
}
