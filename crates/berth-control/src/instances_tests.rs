//! Tests of the container instance operations against a `MemoryStore` (kept apart from
//! `instances.rs` so that both files stay readable).

use super::testkit::*;
use super::*;
use berth_scheduler::InstanceStatus;

fn describe_request(cluster: &str, ids: &[&str]) -> wire::DescribeContainerInstancesRequest {
    wire::DescribeContainerInstancesRequest {
        cluster: Some(cluster.into()),
        container_instances: Some(ids.iter().map(|s| s.to_string()).collect()),
        include: None,
    }
}

async fn describe_one(cp: &ControlPlane, cluster: &str, id: &str) -> wire::ContainerInstance {
    cp.describe_container_instances(&scope(), describe_request(cluster, &[id]))
        .await
        .expect("describe works")
        .container_instances
        .and_then(|mut list| list.pop())
        .expect("instance is described")
}

async fn list(
    cp: &ControlPlane,
    cluster: &str,
    filter: Option<&str>,
    status: Option<&str>,
) -> EcsResult<Vec<String>> {
    cp.list_container_instances(
        &scope(),
        wire::ListContainerInstancesRequest {
            cluster: Some(cluster.into()),
            filter: filter.map(str::to_string),
            status: status.map(str::to_string),
            ..Default::default()
        },
    )
    .await
    .map(|r| r.container_instance_arns.unwrap_or_default())
}

async fn registered_count(cp: &ControlPlane, cluster: &str) -> Option<i32> {
    cp.describe_clusters(
        &scope(),
        wire::DescribeClustersRequest {
            clusters: Some(vec![cluster.into()]),
            include: None,
        },
    )
    .await
    .expect("describe clusters")
    .clusters
    .and_then(|c| {
        c.first()
            .and_then(|c| c.registered_container_instances_count)
    })
}

fn attribute_value(instance: &wire::ContainerInstance, name: &str) -> Option<String> {
    instance
        .attributes
        .as_deref()
        .unwrap_or_default()
        .iter()
        .find(|a| a.name.as_deref() == Some(name))
        .and_then(|a| a.value.clone())
}

fn deregister_request(
    cluster: &str,
    id: &str,
    force: bool,
) -> wire::DeregisterContainerInstanceRequest {
    wire::DeregisterContainerInstanceRequest {
        cluster: Some(cluster.into()),
        container_instance: Some(id.into()),
        force: Some(force),
    }
}

#[tokio::test]
async fn register_returns_the_full_instance() {
    let cp = with_cluster("prod").await;
    let instance = register(&cp, "prod").await;
    let id = id_of(&instance);
    assert_eq!(id.len(), 32);
    assert!(id
        .bytes()
        .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase()));
    assert_eq!(
        instance.container_instance_arn.as_deref(),
        Some(format!("arn:aws:ecs:us-east-1:123456789012:container-instance/prod/{id}").as_str())
    );
    assert_eq!(
        instance.ec2_instance_id.as_deref(),
        Some("i-0123456789abcdef0")
    );
    assert_eq!(instance.status.as_deref(), Some("ACTIVE"));
    assert_eq!(instance.agent_connected, Some(true));
    assert_eq!(instance.version, Some(1));
    assert_eq!(instance.running_tasks_count, Some(0));
    assert_eq!(instance.pending_tasks_count, Some(0));
    assert!(instance.registered_at.is_some());
    assert_eq!(
        instance
            .version_info
            .as_ref()
            .and_then(|v| v.agent_version.as_deref()),
        Some("1.80.0")
    );
    for (name, value) in [
        ("ecs.availability-zone", "us-east-1a"),
        ("ecs.instance-type", "t3.medium"),
        ("ecs.os-type", "linux"),
        ("ecs.os-family", "LINUX"),
        ("ecs.cpu-architecture", "x86_64"),
    ] {
        assert_eq!(
            attribute_value(&instance, name).as_deref(),
            Some(value),
            "{name}"
        );
    }
    assert_eq!(instance.registered_resources, instance.remaining_resources);
    let registered = instance.registered_resources.unwrap_or_default();
    assert_eq!(registered[0].integer_value, Some(2048));
    assert_eq!(registered[1].integer_value, Some(3900));
    assert_eq!(
        registered[2].string_set_value.as_ref().map(Vec::len),
        Some(5)
    );
    let record = load_instance(&cp, "prod", &id).await.record;
    assert_eq!(record.launch_types, vec!["EC2".to_string()]);
    assert_eq!(record.registered_at, 1_700_000_000.0);
    assert_eq!(registered_count(&cp, "prod").await, Some(1));
}

#[tokio::test]
async fn register_lets_explicit_attributes_override_defaults() {
    let cp = with_cluster("prod").await;
    let mut request = register_request("prod");
    request.instance_identity_document = None;
    request.attributes = Some(vec![
        attribute("ecs.cpu-architecture", Some("arm64")),
        attribute("ecs.instance-type", Some("local")),
        attribute("stack", Some("blue")),
        attribute("com.amazonaws.ecs.capability.docker-remote-api.1.17", None),
    ]);
    request.tags = Some(vec![wire::Tag {
        key: Some("team".into()),
        value: Some("core".into()),
    }]);
    let instance = cp
        .register_container_instance(&scope(), request)
        .await
        .expect("registers")
        .container_instance
        .expect("instance");
    assert_eq!(instance.ec2_instance_id, None);
    assert_eq!(
        attribute_value(&instance, "ecs.cpu-architecture").as_deref(),
        Some("arm64")
    );
    assert_eq!(
        attribute_value(&instance, "ecs.instance-type").as_deref(),
        Some("local")
    );
    assert_eq!(attribute_value(&instance, "ecs.availability-zone"), None);
    assert_eq!(attribute_value(&instance, "stack").as_deref(), Some("blue"));
    assert_eq!(instance.tags.map(|t| t.len()), Some(1));
}

#[tokio::test]
async fn register_rejects_bad_input_and_changes_nothing() {
    let cp = with_cluster("prod").await;
    let bad: Vec<(&str, wire::RegisterContainerInstanceRequest, &str)> = vec![
        (
            "unknown cluster",
            register_request("nope"),
            "ClusterNotFoundException",
        ),
        (
            "garbage document",
            wire::RegisterContainerInstanceRequest {
                instance_identity_document: Some("{not json".into()),
                ..register_request("prod")
            },
            "InvalidParameterException",
        ),
        (
            "bad port",
            wire::RegisterContainerInstanceRequest {
                total_resources: Some(vec![ports("PORTS", &["ssh"])]),
                ..register_request("prod")
            },
            "InvalidParameterException",
        ),
        (
            "bad attribute name",
            wire::RegisterContainerInstanceRequest {
                attributes: Some(vec![attribute("bad name", Some("x"))]),
                ..register_request("prod")
            },
            "InvalidParameterException",
        ),
        (
            "too many custom attributes",
            wire::RegisterContainerInstanceRequest {
                attributes: Some(
                    (0..11)
                        .map(|i| attribute(&format!("custom{i}"), Some("x")))
                        .collect(),
                ),
                ..register_request("prod")
            },
            "InvalidParameterException",
        ),
        (
            "bad platform device",
            wire::RegisterContainerInstanceRequest {
                platform_devices: Some(vec![wire::PlatformDevice {
                    id: Some("gpu0".into()),
                    r#type: Some("TPU".into()),
                }]),
                ..register_request("prod")
            },
            "InvalidParameterException",
        ),
        (
            "reserved tag prefix",
            wire::RegisterContainerInstanceRequest {
                tags: Some(vec![wire::Tag {
                    key: Some("aws:x".into()),
                    value: Some("y".into()),
                }]),
                ..register_request("prod")
            },
            "InvalidParameterException",
        ),
    ];
    for (what, request, expected) in bad {
        let result = cp.register_container_instance(&scope(), request).await;
        assert_eq!(code(result), expected, "{what}");
    }
    assert_eq!(list(&cp, "prod", None, None).await, Ok(vec![]));
    let err = cp
        .register_container_instance(
            &scope(),
            wire::RegisterContainerInstanceRequest {
                instance_identity_document: Some("[]".into()),
                ..register_request("prod")
            },
        )
        .await
        .expect_err("not an object");
    assert!(
        err.to_string().contains("instanceIdentityDocument"),
        "{err}"
    );
}

#[tokio::test]
async fn reregistration_keeps_the_instance_and_what_tasks_hold() {
    let cp = with_cluster("prod").await;
    let instance = register(&cp, "prod").await;
    let id = id_of(&instance);
    let arn = instance.container_instance_arn.clone().unwrap_or_default();
    // A task holds 512 CPU and port 8080; a custom attribute was put meanwhile.
    edit_instance(&cp, "prod", &id, |r| {
        r.remaining.cpu -= 512;
        r.remaining.ports_tcp.insert(8080);
        r.running_tasks_count = 1;
        r.attributes.insert("stack".into(), Some("blue".into()));
    })
    .await;
    let mut request = register_request("prod");
    request.container_instance_arn = Some(arn.clone());
    request.total_resources = Some(vec![int("CPU", 4096), int("MEMORY", 3900)]);
    let again = cp
        .register_container_instance(&scope(), request)
        .await
        .expect("re-registers")
        .container_instance
        .expect("instance");
    assert_eq!(again.container_instance_arn.as_deref(), Some(arn.as_str()));
    assert_eq!(again.version, Some(2));
    assert_eq!(again.running_tasks_count, Some(1));
    assert_eq!(attribute_value(&again, "stack").as_deref(), Some("blue"));
    let record = load_instance(&cp, "prod", &id).await.record;
    assert_eq!(record.registered.cpu, 4096);
    assert_eq!(record.remaining.cpu, 4096 - 512);
    assert_eq!(record.remaining.ports_tcp, [8080].into());
    assert_eq!(list(&cp, "prod", None, None).await.map(|l| l.len()), Ok(1));
}

#[tokio::test]
async fn reregistration_errors() {
    let cp = with_cluster("prod").await;
    create_cluster(&cp, "other").await;
    let instance = register(&cp, "prod").await;
    let id = id_of(&instance);
    let arn = instance.container_instance_arn.clone().unwrap_or_default();
    let with_arn = |arn: &str| wire::RegisterContainerInstanceRequest {
        container_instance_arn: Some(arn.into()),
        ..register_request("prod")
    };

    let mut resized = with_arn(&arn);
    resized.instance_identity_document =
        Some(r#"{"instanceId":"i-0123456789abcdef0","instanceType":"t3.large"}"#.into());
    let err = cp
        .register_container_instance(&scope(), resized)
        .await
        .expect_err("type change");
    assert_eq!(err.code(), "ClientException");
    assert!(
        err.to_string()
            .starts_with("Container instance type changes are not supported."),
        "{err}"
    );

    let unknown = instance_wire::instance_arn(&scope(), "prod", "0000");
    let result = cp
        .register_container_instance(&scope(), with_arn(&unknown))
        .await;
    assert_eq!(code(result), "InvalidParameterException");
    let result = cp
        .register_container_instance(
            &scope(),
            wire::RegisterContainerInstanceRequest {
                cluster: Some("other".into()),
                ..with_arn(&arn)
            },
        )
        .await;
    assert_eq!(code(result), "InvalidParameterException");

    cp.deregister_container_instance(&scope(), deregister_request("prod", &id, false))
        .await
        .expect("deregisters");
    let result = cp
        .register_container_instance(&scope(), with_arn(&arn))
        .await;
    assert_eq!(code(result), "ClientException");
}

#[tokio::test]
async fn deregister_marks_inactive_and_refuses_busy_instances() {
    let cp = with_cluster("prod").await;
    let busy = id_of(&register(&cp, "prod").await);
    let idle = register(&cp, "prod").await;
    let idle_arn = idle.container_instance_arn.clone().unwrap_or_default();
    edit_instance(&cp, "prod", &busy, |r| r.pending_tasks_count = 1).await;
    assert_eq!(registered_count(&cp, "prod").await, Some(2));

    let err = cp
        .deregister_container_instance(&scope(), deregister_request("prod", &busy, false))
        .await
        .expect_err("busy");
    assert_eq!(err.code(), "InvalidParameterException");
    assert!(err
        .to_string()
        .starts_with("Found running tasks on the instance."));
    assert_eq!(
        load_instance(&cp, "prod", &busy).await.record.status,
        "ACTIVE"
    );

    let forced = cp
        .deregister_container_instance(&scope(), deregister_request("prod", &busy, true))
        .await
        .expect("force deregisters")
        .container_instance
        .expect("instance");
    assert_eq!(forced.status.as_deref(), Some("INACTIVE"));
    assert_eq!(forced.agent_connected, Some(false));
    assert_eq!(forced.version, Some(2));
    // By ARN, too.
    cp.deregister_container_instance(&scope(), deregister_request("prod", &idle_arn, false))
        .await
        .expect("idle deregisters");

    assert_eq!(registered_count(&cp, "prod").await, Some(0));
    assert_eq!(list(&cp, "prod", None, None).await, Ok(vec![]));
    // The model has no INACTIVE status filter: deregistered instances are never listed.
    assert_eq!(
        code(list(&cp, "prod", None, Some("INACTIVE")).await),
        "InvalidParameterException"
    );
    let described = describe_one(&cp, "prod", &busy).await;
    assert_eq!(described.status.as_deref(), Some("INACTIVE"));

    for (what, given) in [
        ("again", busy.as_str()),
        ("unknown", "0123"),
        (
            "other cluster",
            "arn:aws:ecs:us-east-1:123456789012:container-instance/x/0123",
        ),
    ] {
        let result = cp
            .deregister_container_instance(&scope(), deregister_request("prod", given, true))
            .await;
        assert_eq!(code(result), "InvalidParameterException", "{what}");
    }
    let result = cp
        .deregister_container_instance(&scope(), deregister_request("nope", &busy, true))
        .await;
    assert_eq!(code(result), "ClusterNotFoundException");
}

#[tokio::test]
async fn describe_reports_missing_and_optional_parts() {
    let cp = with_cluster("prod").await;
    let mut request = register_request("prod");
    request.tags = Some(vec![wire::Tag {
        key: Some("team".into()),
        value: Some("core".into()),
    }]);
    let instance = cp
        .register_container_instance(&scope(), request)
        .await
        .expect("registers")
        .container_instance
        .expect("instance");
    let id = id_of(&instance);
    let arn = instance.container_instance_arn.clone().unwrap_or_default();
    let other_cluster_arn = "arn:aws:ecs:us-east-1:123456789012:container-instance/x/1111";
    let mut request = describe_request("prod", &[&id, &arn, "ffff", other_cluster_arn]);
    request.include = Some(vec!["TAGS".into(), "CONTAINER_INSTANCE_HEALTH".into()]);
    let response = cp
        .describe_container_instances(&scope(), request)
        .await
        .expect("describes");
    let instances = response.container_instances.unwrap_or_default();
    assert_eq!(instances.len(), 1, "a duplicate is described once");
    assert_eq!(instances[0].tags.as_ref().map(Vec::len), Some(1));
    assert_eq!(
        instances[0]
            .health_status
            .as_ref()
            .and_then(|h| h.overall_status.as_deref()),
        Some("OK")
    );
    let failures = response.failures.unwrap_or_default();
    let arns: Vec<_> = failures.iter().filter_map(|f| f.arn.as_deref()).collect();
    assert_eq!(
        arns,
        [
            "arn:aws:ecs:us-east-1:123456789012:container-instance/prod/ffff",
            other_cluster_arn
        ]
    );
    assert!(failures
        .iter()
        .all(|f| f.reason.as_deref() == Some("MISSING")));
    let plain = describe_one(&cp, "prod", &id).await;
    assert_eq!(plain.tags, None);
    assert_eq!(plain.health_status, None);

    let too_many: Vec<String> = (0..101).map(|i| format!("{i:032x}")).collect();
    let too_many: Vec<&str> = too_many.iter().map(String::as_str).collect();
    let mut bad_include = describe_request("prod", &[&id]);
    bad_include.include = Some(vec!["STATISTICS".into()]);
    for (what, request, expected) in [
        (
            "empty",
            describe_request("prod", &[]),
            "InvalidParameterException",
        ),
        (
            "too many",
            describe_request("prod", &too_many),
            "InvalidParameterException",
        ),
        ("bad include", bad_include, "InvalidParameterException"),
        (
            "wrong kind",
            describe_request("prod", &["arn:aws:ecs:us-east-1:123456789012:task/prod/1"]),
            "InvalidParameterException",
        ),
        (
            "unknown cluster",
            describe_request("nope", &[&id]),
            "ClusterNotFoundException",
        ),
    ] {
        let result = cp.describe_container_instances(&scope(), request).await;
        assert_eq!(code(result), expected, "{what}");
    }
}

#[tokio::test]
async fn list_filters_by_status_and_query() {
    let cp = with_cluster("prod").await;
    let a = register(&cp, "prod").await;
    let b = register(&cp, "prod").await;
    let c = register(&cp, "prod").await;
    let (a_id, b_id, c_id) = (id_of(&a), id_of(&b), id_of(&c));
    let arn = |i: &wire::ContainerInstance| i.container_instance_arn.clone().unwrap_or_default();
    edit_instance(&cp, "prod", &b_id, |r| {
        r.attributes
            .insert("ecs.instance-type".into(), Some("m5.large".into()));
    })
    .await;
    cp.update_container_instances_state(
        &scope(),
        wire::UpdateContainerInstancesStateRequest {
            cluster: Some("prod".into()),
            container_instances: Some(vec![c_id.clone()]),
            status: Some("DRAINING".into()),
        },
    )
    .await
    .expect("drains");
    put_task(
        &cp,
        "prod",
        "t1",
        Some(&a_id),
        "service:web",
        TaskStatus::Running,
    )
    .await;
    put_task(
        &cp,
        "prod",
        "t2",
        Some(&b_id),
        "service:web",
        TaskStatus::Stopped,
    )
    .await;

    let sorted = |mut v: Vec<String>| {
        v.sort();
        v
    };
    let all = sorted(vec![arn(&a), arn(&b), arn(&c)]);
    assert_eq!(list(&cp, "prod", None, None).await.map(sorted), Ok(all));
    assert_eq!(
        list(&cp, "prod", None, Some("DRAINING")).await,
        Ok(vec![arn(&c)])
    );
    assert_eq!(
        list(
            &cp,
            "prod",
            Some("attribute:ecs.instance-type == m5.large"),
            None
        )
        .await,
        Ok(vec![arn(&b)])
    );
    assert_eq!(
        list(&cp, "prod", Some("task:group == service:web"), None).await,
        Ok(vec![arn(&a)])
    );
    assert_eq!(
        list(
            &cp,
            "prod",
            Some("attribute:ecs.instance-type == t3.medium"),
            Some("ACTIVE")
        )
        .await,
        Ok(vec![arn(&a)])
    );
    let err = list(&cp, "prod", Some("attribute:ecs.instance-type =="), None)
        .await
        .expect_err("parse error");
    assert_eq!(err.code(), "InvalidParameterException");
    assert!(err.to_string().contains("filter"), "{err}");
    assert_eq!(
        code(list(&cp, "prod", None, Some("SLEEPING")).await),
        "InvalidParameterException"
    );
    assert_eq!(
        code(list(&cp, "nope", None, None).await),
        "ClusterNotFoundException"
    );
}

#[tokio::test]
async fn list_pages_through_every_instance() {
    let cp = with_cluster("prod").await;
    let mut expected = Vec::new();
    for _ in 0..3 {
        expected.push(
            register(&cp, "prod")
                .await
                .container_instance_arn
                .unwrap_or_default(),
        );
    }
    expected.sort();
    let mut seen = Vec::new();
    let mut token = None;
    for _ in 0..10 {
        let page = cp
            .list_container_instances(
                &scope(),
                wire::ListContainerInstancesRequest {
                    cluster: Some("prod".into()),
                    max_results: Some(1),
                    next_token: token.clone(),
                    ..Default::default()
                },
            )
            .await
            .expect("lists");
        seen.extend(page.container_instance_arns.unwrap_or_default());
        token = page.next_token;
        if token.is_none() {
            break;
        }
    }
    assert_eq!(seen, expected);
    let result = cp
        .list_container_instances(
            &scope(),
            wire::ListContainerInstancesRequest {
                cluster: Some("prod".into()),
                max_results: Some(101),
                ..Default::default()
            },
        )
        .await;
    assert_eq!(code(result), "InvalidParameterException");
}

#[tokio::test]
async fn update_state_drains_and_reactivates() {
    let cp = with_cluster("prod").await;
    let live = id_of(&register(&cp, "prod").await);
    let gone = id_of(&register(&cp, "prod").await);
    cp.deregister_container_instance(&scope(), deregister_request("prod", &gone, false))
        .await
        .expect("deregisters");
    let update = |ids: Vec<String>, status: &str| wire::UpdateContainerInstancesStateRequest {
        cluster: Some("prod".into()),
        container_instances: Some(ids),
        status: Some(status.into()),
    };
    let response = cp
        .update_container_instances_state(
            &scope(),
            update(vec![live.clone(), gone.clone(), "beef".into()], "DRAINING"),
        )
        .await
        .expect("updates");
    let instances = response.container_instances.unwrap_or_default();
    assert_eq!(instances.len(), 1);
    assert_eq!(instances[0].status.as_deref(), Some("DRAINING"));
    assert_eq!(instances[0].version, Some(2));
    let failures = response.failures.unwrap_or_default();
    let reasons: Vec<_> = failures
        .iter()
        .filter_map(|f| f.reason.as_deref())
        .collect();
    assert_eq!(reasons, ["INACTIVE", "MISSING"]);
    assert_eq!(
        registered_count(&cp, "prod").await,
        Some(1),
        "DRAINING still counts"
    );

    // Setting the status it already has changes nothing.
    let same = cp
        .update_container_instances_state(&scope(), update(vec![live.clone()], "DRAINING"))
        .await
        .expect("no-op");
    assert_eq!(
        same.container_instances.unwrap_or_default()[0].version,
        Some(2)
    );
    let back = cp
        .update_container_instances_state(&scope(), update(vec![live.clone()], "ACTIVE"))
        .await
        .expect("reactivates");
    assert_eq!(
        back.container_instances.unwrap_or_default()[0]
            .status
            .as_deref(),
        Some("ACTIVE")
    );

    let eleven: Vec<String> = (0..11).map(|i| format!("{i:x}")).collect();
    for (what, request, expected) in [
        (
            "INACTIVE is not settable",
            update(vec![live.clone()], "INACTIVE"),
            "InvalidParameterException",
        ),
        (
            "REGISTERING is not settable",
            update(vec![live.clone()], "REGISTERING"),
            "InvalidParameterException",
        ),
        (
            "empty",
            update(vec![], "ACTIVE"),
            "InvalidParameterException",
        ),
        (
            "too many",
            update(eleven, "ACTIVE"),
            "InvalidParameterException",
        ),
    ] {
        let result = cp.update_container_instances_state(&scope(), request).await;
        assert_eq!(code(result), expected, "{what}");
    }
}

#[tokio::test]
async fn instance_views_carry_status_and_live_groups() {
    let cp = with_cluster("prod").await;
    let a = id_of(&register(&cp, "prod").await);
    let b = id_of(&register(&cp, "prod").await);
    let gone = id_of(&register(&cp, "prod").await);
    cp.deregister_container_instance(&scope(), deregister_request("prod", &gone, false))
        .await
        .expect("deregisters");
    edit_instance(&cp, "prod", &b, |r| r.status = "DRAINING".into()).await;
    put_task(
        &cp,
        "prod",
        "t1",
        Some(&a),
        "service:web",
        TaskStatus::Running,
    )
    .await;
    put_task(
        &cp,
        "prod",
        "t2",
        Some(&a),
        "service:web",
        TaskStatus::Running,
    )
    .await;
    put_task(
        &cp,
        "prod",
        "t3",
        Some(&a),
        "family:batch",
        TaskStatus::Stopped,
    )
    .await;
    put_task(&cp, "prod", "t4", None, "family:batch", TaskStatus::Running).await;
    let views = cp.instance_views(&scope(), "prod").await.expect("views");
    assert_eq!(views.len(), 2, "INACTIVE instances are not candidates");
    for (versioned, view) in &views {
        assert_eq!(view.arn, versioned.record.arn);
        assert!(versioned.mod_revision > 0);
        if versioned.record.id == a {
            assert_eq!(view.status, InstanceStatus::Active);
            assert_eq!(view.group_count("service:web"), 2);
            assert_eq!(view.group_count("family:batch"), 0);
            assert_eq!(
                view.attributes.get("ecs.availability-zone"),
                Some(&Some("us-east-1a".to_string()))
            );
            assert_eq!(view.remaining.cpu, 2048);
        } else {
            assert_eq!(view.status, InstanceStatus::Draining);
            assert!(view.task_groups.is_empty());
        }
    }
}

#[test]
fn launch_types_follow_capability_attributes() {
    let attributes = |names: &[&str]| {
        names
            .iter()
            .map(|n| (n.to_string(), None))
            .collect::<std::collections::BTreeMap<String, Option<String>>>()
    };
    assert_eq!(
        crate::instances::launch_types(&attributes(&[])),
        vec!["EC2"]
    );
    assert_eq!(
        crate::instances::launch_types(&attributes(&[
            "ecs.capability.external",
            "ecs.capability.fargate"
        ])),
        vec!["EC2", "FARGATE", "EXTERNAL"]
    );
}
