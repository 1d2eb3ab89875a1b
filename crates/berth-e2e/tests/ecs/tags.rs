//! Tags: TagResource, UntagResource and ListTagsForResource on clusters, task definitions and
//! container instances, and the tag rules (reserved `aws:` prefix, unknown resources).

use crate::{arn, start};
use aws_sdk_ecs::operation::list_tags_for_resource::ListTagsForResourceError;
use aws_sdk_ecs::operation::tag_resource::TagResourceError;
use aws_sdk_ecs::types::Tag;
use aws_sdk_ecs::Client;
use berth_e2e::register_hollow_instance;
use std::collections::BTreeMap;

fn tag(key: &str, value: &str) -> Tag {
    Tag::builder().key(key).value(value).build()
}

async fn tags_of(ecs: &Client, resource: &str) -> BTreeMap<String, String> {
    let out = ecs
        .list_tags_for_resource()
        .resource_arn(resource)
        .send()
        .await
        .unwrap_or_else(|e| panic!("list tags of {resource}: {e:?}"));
    out.tags()
        .iter()
        .map(|t| {
            (
                t.key().unwrap_or_default().to_owned(),
                t.value().unwrap_or_default().to_owned(),
            )
        })
        .collect()
}

fn map(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
    pairs
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect()
}

#[tokio::test]
async fn tag_untag_and_list_every_kind() {
    let (_server, ecs) = start().await;
    ecs.create_cluster()
        .cluster_name("tagged")
        .tags(tag("created", "yes"))
        .send()
        .await
        .expect("create");
    let cluster = arn("cluster/tagged");
    let definition = crate::task_definitions::register(&ecs, "tagged", 64).await;
    let instance = register_hollow_instance(&ecs, "tagged", "i-tag", "us-east-1a", 1024, 2048)
        .await
        .expect("register instance");

    for resource in [&cluster, &definition, &instance] {
        ecs.tag_resource()
            .resource_arn(resource)
            .tags(tag("env", "test"))
            .tags(tag("owner", "e2e"))
            .send()
            .await
            .unwrap_or_else(|e| panic!("tag {resource}: {e:?}"));
        // A second TagResource overwrites a key's value.
        ecs.tag_resource()
            .resource_arn(resource)
            .tags(tag("env", "prod"))
            .send()
            .await
            .unwrap_or_else(|e| panic!("retag {resource}: {e:?}"));
        ecs.untag_resource()
            .resource_arn(resource)
            .tag_keys("owner")
            .send()
            .await
            .unwrap_or_else(|e| panic!("untag {resource}: {e:?}"));
    }
    assert_eq!(
        tags_of(&ecs, &cluster).await,
        map(&[("created", "yes"), ("env", "prod")])
    );
    assert_eq!(tags_of(&ecs, &definition).await, map(&[("env", "prod")]));
    assert_eq!(tags_of(&ecs, &instance).await, map(&[("env", "prod")]));
}

#[tokio::test]
async fn tag_errors_are_typed() {
    let (_server, ecs) = start().await;
    ecs.create_cluster()
        .cluster_name("strict")
        .send()
        .await
        .expect("create");
    let err = ecs
        .tag_resource()
        .resource_arn(arn("cluster/strict"))
        .tags(tag("aws:reserved", "x"))
        .send()
        .await
        .expect_err("aws: prefix accepted")
        .into_service_error();
    assert!(
        matches!(err, TagResourceError::InvalidParameterException(_)),
        "{err:?}"
    );

    let too_many: Vec<Tag> = (0..51).map(|i| tag(&format!("k{i}"), "v")).collect();
    let err = ecs
        .tag_resource()
        .resource_arn(arn("cluster/strict"))
        .set_tags(Some(too_many))
        .send()
        .await
        .expect_err("51 tags accepted")
        .into_service_error();
    assert!(
        matches!(err, TagResourceError::InvalidParameterException(_)),
        "{err:?}"
    );

    let err = ecs
        .tag_resource()
        .resource_arn(arn("cluster/absent"))
        .tags(tag("k", "v"))
        .send()
        .await
        .expect_err("tagging an unknown cluster")
        .into_service_error();
    assert!(
        matches!(
            err,
            TagResourceError::ClusterNotFoundException(_)
                | TagResourceError::ResourceNotFoundException(_)
        ),
        "{err:?}"
    );

    let err = ecs
        .list_tags_for_resource()
        .resource_arn("not-an-arn")
        .send()
        .await
        .expect_err("a malformed ARN accepted")
        .into_service_error();
    assert!(
        matches!(err, ListTagsForResourceError::InvalidParameterException(_)),
        "{err:?}"
    );
}
