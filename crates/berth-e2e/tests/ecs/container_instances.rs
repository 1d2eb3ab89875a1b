//! Container instances and attributes: RegisterContainerInstance (total resources + identity
//! document), DescribeContainerInstances, ListContainerInstances (with a cluster query language
//! filter), UpdateContainerInstancesState (drain), DeregisterContainerInstance, PutAttributes,
//! ListAttributes, DeleteAttributes, and DeleteCluster refusing a cluster with instances.

use crate::{arn, assert_recent, start};
use aws_sdk_ecs::error::ProvideErrorMetadata;
use aws_sdk_ecs::operation::delete_cluster::DeleteClusterError;
use aws_sdk_ecs::operation::list_container_instances::ListContainerInstancesError;
use aws_sdk_ecs::operation::put_attributes::PutAttributesError;
use aws_sdk_ecs::operation::register_container_instance::RegisterContainerInstanceError;
use aws_sdk_ecs::operation::update_container_instances_state::UpdateContainerInstancesStateError;
use aws_sdk_ecs::types::{Attribute, ContainerInstanceStatus, Resource, TargetType};
use aws_sdk_ecs::Client;
use berth_e2e::{identity_document, register_hollow_instance, total_resources};
use std::collections::BTreeSet;

async fn cluster(ecs: &Client, name: &str) {
    ecs.create_cluster()
        .cluster_name(name)
        .send()
        .await
        .unwrap_or_else(|e| panic!("create cluster {name}: {e:?}"));
}

fn attribute(name: &str, value: Option<&str>) -> Attribute {
    Attribute::builder()
        .name(name)
        .set_value(value.map(str::to_owned))
        .build()
        .expect("attribute name is set")
}

fn integer(resources: &[Resource], name: &str) -> Option<i32> {
    resources
        .iter()
        .find(|r| r.name() == Some(name))
        .map(|r| r.integer_value())
}

async fn list(ecs: &Client, cluster: &str, filter: Option<&str>) -> BTreeSet<String> {
    ecs.list_container_instances()
        .cluster(cluster)
        .set_filter(filter.map(str::to_owned))
        .max_results(1)
        .into_paginator()
        .items()
        .send()
        .collect::<Result<Vec<_>, _>>()
        .await
        .unwrap_or_else(|e| panic!("list {filter:?}: {e:?}"))
        .into_iter()
        .collect()
}

#[tokio::test]
async fn register_and_describe() {
    let (_server, ecs) = start().await;
    cluster(&ecs, "fleet").await;
    let out = ecs
        .register_container_instance()
        .cluster("fleet")
        .instance_identity_document(identity_document("i-0aaa", "us-east-1a", "m5.large"))
        .instance_identity_document_signature("sig")
        .set_total_resources(Some(total_resources(2048, 7680)))
        .attributes(attribute("stack", Some("blue")))
        .send()
        .await
        .expect("register");
    let instance = out.container_instance().expect("containerInstance");
    let instance_arn = instance.container_instance_arn().expect("arn").to_owned();
    assert!(
        instance_arn.starts_with(&arn("container-instance/fleet/")),
        "{instance_arn}"
    );
    assert_eq!(instance.ec2_instance_id(), Some("i-0aaa"));
    assert_eq!(instance.status(), Some("ACTIVE"));
    assert_recent("registeredAt", instance.registered_at());
    assert_eq!(integer(instance.registered_resources(), "CPU"), Some(2048));
    assert_eq!(
        integer(instance.registered_resources(), "MEMORY"),
        Some(7680)
    );
    assert_eq!(
        integer(instance.remaining_resources(), "MEMORY"),
        Some(7680)
    );
    let ports = instance
        .registered_resources()
        .iter()
        .find(|r| r.name() == Some("PORTS"))
        .map(|r| r.string_set_value().to_vec())
        .unwrap_or_default();
    assert!(ports.contains(&"22".to_owned()), "{ports:?}");
    let attributes = instance.attributes();
    for (name, value) in [
        ("ecs.availability-zone", "us-east-1a"),
        ("ecs.instance-type", "m5.large"),
        ("stack", "blue"),
    ] {
        assert!(
            attributes.contains(&attribute(name, Some(value))),
            "{name}={value} missing from {attributes:?}"
        );
    }

    // Describe by full ARN and by the bare id (the ARN's last segment).
    let id = instance_arn.rsplit('/').next().expect("id").to_owned();
    let described = ecs
        .describe_container_instances()
        .cluster("fleet")
        .container_instances(&instance_arn)
        .container_instances(&id)
        .container_instances("0000000000000000000000000000dead")
        .send()
        .await
        .expect("describe");
    let arns: Vec<_> = described
        .container_instances()
        .iter()
        .filter_map(|i| i.container_instance_arn())
        .collect();
    assert!(
        !arns.is_empty() && arns.iter().all(|a| *a == instance_arn),
        "{arns:?}"
    );
    let [failure] = described.failures() else {
        panic!("one failure expected: {described:?}");
    };
    assert_eq!(failure.reason(), Some("MISSING"));

    let clusters = ecs
        .describe_clusters()
        .clusters("fleet")
        .send()
        .await
        .expect("describe cluster");
    assert_eq!(
        clusters
            .clusters()
            .first()
            .map(|c| c.registered_container_instances_count()),
        Some(1)
    );
}

#[tokio::test]
async fn register_errors_are_typed() {
    let (_server, ecs) = start().await;
    let err = ecs
        .register_container_instance()
        .cluster("no-such-cluster")
        .instance_identity_document(identity_document("i-0bbb", "us-east-1a", "m5.large"))
        .set_total_resources(Some(total_resources(1024, 1024)))
        .send()
        .await
        .expect_err("registering into an unknown cluster")
        .into_service_error();
    assert!(
        matches!(
            err,
            RegisterContainerInstanceError::ClusterNotFoundException(_)
        ),
        "{err:?}"
    );

    cluster(&ecs, "c").await;
    let err = ecs
        .register_container_instance()
        .cluster("c")
        .instance_identity_document("this is not json")
        .set_total_resources(Some(total_resources(1024, 1024)))
        .send()
        .await
        .expect_err("garbage identity document accepted")
        .into_service_error();
    assert!(
        matches!(
            err,
            RegisterContainerInstanceError::InvalidParameterException(_)
                | RegisterContainerInstanceError::ClientException(_)
        ),
        "{err:?}"
    );
    assert!(
        err.message()
            .unwrap_or_default()
            .contains("instanceIdentityDocument"),
        "{err:?}"
    );
}

#[tokio::test]
async fn list_with_query_language_filters() {
    let (_server, ecs) = start().await;
    cluster(&ecs, "zones").await;
    let mut by_zone = Vec::new();
    for (id, zone) in [
        ("i-1", "us-east-1a"),
        ("i-2", "us-east-1b"),
        ("i-3", "us-east-1c"),
    ] {
        let arn = register_hollow_instance(&ecs, "zones", id, zone, 1024, 2048)
            .await
            .expect("register");
        by_zone.push(arn);
    }
    assert_eq!(list(&ecs, "zones", None).await.len(), 3);
    assert_eq!(
        list(
            &ecs,
            "zones",
            Some("attribute:ecs.availability-zone == us-east-1b")
        )
        .await,
        BTreeSet::from([by_zone[1].clone()])
    );
    assert_eq!(
        list(
            &ecs,
            "zones",
            Some("attribute:ecs.availability-zone in [us-east-1a, us-east-1c]")
        )
        .await,
        BTreeSet::from([by_zone[0].clone(), by_zone[2].clone()])
    );
    assert_eq!(
        list(
            &ecs,
            "zones",
            Some("attribute:ecs.instance-type =~ m5.* and attribute:ecs.availability-zone != us-east-1a")
        )
        .await,
        BTreeSet::from([by_zone[1].clone(), by_zone[2].clone()])
    );

    let err = ecs
        .list_container_instances()
        .cluster("zones")
        .filter("attribute:ecs.availability-zone ==")
        .send()
        .await
        .expect_err("a malformed filter accepted")
        .into_service_error();
    assert!(
        matches!(
            err,
            ListContainerInstancesError::InvalidParameterException(_)
        ),
        "{err:?}"
    );
    let err = ecs
        .list_container_instances()
        .cluster("nowhere")
        .send()
        .await
        .expect_err("listing an unknown cluster")
        .into_service_error();
    assert!(
        matches!(
            err,
            ListContainerInstancesError::ClusterNotFoundException(_)
        ),
        "{err:?}"
    );
}

#[tokio::test]
async fn drain_deregister_and_delete_cluster() {
    let (_server, ecs) = start().await;
    cluster(&ecs, "ops").await;
    let a = register_hollow_instance(&ecs, "ops", "i-a", "us-east-1a", 1024, 2048)
        .await
        .expect("register a");
    let b = register_hollow_instance(&ecs, "ops", "i-b", "us-east-1b", 1024, 2048)
        .await
        .expect("register b");

    let drained = ecs
        .update_container_instances_state()
        .cluster("ops")
        .container_instances(&a)
        .status(ContainerInstanceStatus::Draining)
        .send()
        .await
        .expect("drain");
    assert_eq!(
        drained
            .container_instances()
            .first()
            .and_then(|i| i.status()),
        Some("DRAINING")
    );
    // Only ACTIVE and DRAINING can be set by a caller.
    let err = ecs
        .update_container_instances_state()
        .cluster("ops")
        .container_instances(&a)
        .status(ContainerInstanceStatus::Registering)
        .send()
        .await
        .expect_err("REGISTERING set through UpdateContainerInstancesState")
        .into_service_error();
    assert!(
        matches!(
            err,
            UpdateContainerInstancesStateError::InvalidParameterException(_)
        ),
        "{err:?}"
    );
    let draining = ecs
        .list_container_instances()
        .cluster("ops")
        .status(ContainerInstanceStatus::Draining)
        .send()
        .await
        .expect("list draining");
    assert_eq!(draining.container_instance_arns(), std::slice::from_ref(&a));
    let active = ecs
        .list_container_instances()
        .cluster("ops")
        .status(ContainerInstanceStatus::Active)
        .send()
        .await
        .expect("list active");
    assert_eq!(active.container_instance_arns(), std::slice::from_ref(&b));

    let err = ecs
        .delete_cluster()
        .cluster("ops")
        .send()
        .await
        .expect_err("deleting a cluster with instances")
        .into_service_error();
    assert!(
        matches!(
            err,
            DeleteClusterError::ClusterContainsContainerInstancesException(_)
        ),
        "{err:?}"
    );

    for instance in [&a, &b] {
        let out = ecs
            .deregister_container_instance()
            .cluster("ops")
            .container_instance(instance)
            .send()
            .await
            .expect("deregister");
        assert_eq!(
            out.container_instance().and_then(|i| i.status()),
            Some("INACTIVE")
        );
    }
    let listed = ecs
        .list_container_instances()
        .cluster("ops")
        .status(ContainerInstanceStatus::Active)
        .send()
        .await
        .expect("list after deregister");
    assert!(listed.container_instance_arns().is_empty(), "{listed:?}");
    ecs.delete_cluster()
        .cluster("ops")
        .send()
        .await
        .expect("delete the emptied cluster");
}

#[tokio::test]
async fn put_list_and_delete_attributes() {
    let (_server, ecs) = start().await;
    cluster(&ecs, "attrs").await;
    let instance = register_hollow_instance(&ecs, "attrs", "i-at", "us-east-1a", 1024, 2048)
        .await
        .expect("register");
    let on_instance = |name: &str, value: Option<&str>| {
        Attribute::builder()
            .name(name)
            .set_value(value.map(str::to_owned))
            .target_type(TargetType::ContainerInstance)
            .target_id(&instance)
            .build()
            .expect("attribute")
    };
    ecs.put_attributes()
        .cluster("attrs")
        .attributes(on_instance("stack", Some("green")))
        .attributes(on_instance("gpu", None))
        .send()
        .await
        .expect("put_attributes");

    let listed = ecs
        .list_attributes()
        .cluster("attrs")
        .target_type(TargetType::ContainerInstance)
        .attribute_name("stack")
        .send()
        .await
        .expect("list by name");
    let [found] = listed.attributes() else {
        panic!("one attribute expected: {listed:?}");
    };
    assert_eq!(found.value(), Some("green"));
    assert_eq!(found.target_id(), Some(instance.as_str()));
    let by_value = ecs
        .list_attributes()
        .cluster("attrs")
        .target_type(TargetType::ContainerInstance)
        .attribute_name("stack")
        .attribute_value("red")
        .send()
        .await
        .expect("list by value");
    assert!(by_value.attributes().is_empty(), "{by_value:?}");

    // The filter language sees custom attributes, including value-less ones.
    let matching = ecs
        .list_container_instances()
        .cluster("attrs")
        .filter("attribute:stack == green and attribute:gpu exists")
        .send()
        .await
        .expect("filter on custom attributes");
    assert_eq!(
        matching.container_instance_arns(),
        std::slice::from_ref(&instance)
    );

    ecs.delete_attributes()
        .cluster("attrs")
        .attributes(on_instance("stack", None))
        .send()
        .await
        .expect("delete_attributes");
    let listed = ecs
        .list_attributes()
        .cluster("attrs")
        .target_type(TargetType::ContainerInstance)
        .attribute_name("stack")
        .send()
        .await
        .expect("list after delete");
    assert!(listed.attributes().is_empty(), "{listed:?}");

    let unknown = crate::arn("container-instance/attrs/0000000000000000000000000000beef");
    let err = ecs
        .put_attributes()
        .cluster("attrs")
        .attributes(
            Attribute::builder()
                .name("x")
                .target_id(&unknown)
                .build()
                .expect("attribute"),
        )
        .send()
        .await
        .expect_err("attribute on an unknown target")
        .into_service_error();
    assert!(
        matches!(err, PutAttributesError::TargetNotFoundException(_)),
        "{err:?}"
    );
    // A short id needs targetType (ECS documents it as required then).
    let err = ecs
        .put_attributes()
        .cluster("attrs")
        .attributes(
            Attribute::builder()
                .name("x")
                .target_id("0000000000000000000000000000beef")
                .build()
                .expect("attribute"),
        )
        .send()
        .await
        .expect_err("a short target id without targetType")
        .into_service_error();
    assert!(
        matches!(err, PutAttributesError::InvalidParameterException(_)),
        "{err:?}"
    );
    assert!(
        err.message().unwrap_or_default().contains("targetType"),
        "{err:?}"
    );

    // ECS allows 10 custom attributes per resource; `gpu` already counts as one.
    let mut request = ecs.put_attributes().cluster("attrs");
    for i in 0..9 {
        request = request.attributes(on_instance(&format!("k{i}"), Some("v")));
    }
    request.send().await.expect("up to the limit");
    let err = ecs
        .put_attributes()
        .cluster("attrs")
        .attributes(on_instance("one-too-many", Some("v")))
        .send()
        .await
        .expect_err("11th custom attribute accepted")
        .into_service_error();
    assert!(
        matches!(err, PutAttributesError::AttributeLimitExceededException(_)),
        "{err:?}"
    );
}
