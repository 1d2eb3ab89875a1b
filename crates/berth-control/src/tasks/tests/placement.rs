//! RunTask/StartTask: placement, every failure reason, validation errors, concurrency and
//! clientToken idempotency.

use super::fixtures::*;
use crate::keys;
use crate::records::{ContainerInstanceRecord, TaskRecord};
use crate::EcsError;
use berth_model::TaskStatus;
use berth_wire::ecs as wire;
use std::collections::BTreeMap;

#[tokio::test]
async fn run_task_places_reserves_and_reports_ecs_shapes() {
    let h = harness();
    h.cluster("prod").await;
    h.instance("prod", "a", InstanceSpec::default()).await;
    let td = h
        .definition("web", vec![container("web", 256, 512)], |_| {})
        .await;
    let response = h.run(run_request("prod", "web", 2)).await.unwrap();
    let tasks = response.tasks.unwrap();
    assert_eq!(tasks.len(), 2);
    assert_eq!(response.failures, Some(vec![]));
    let task = &tasks[0];
    let arn = task.task_arn.clone().unwrap();
    let id = arn.rsplit('/').next().unwrap();
    assert_eq!(id.len(), 32);
    assert!(id
        .bytes()
        .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase()));
    assert_eq!(
        arn,
        format!("arn:aws:ecs:us-east-1:123456789012:task/prod/{id}")
    );
    assert_eq!(task.task_definition_arn.as_deref(), Some(td.as_str()));
    assert_eq!(task.last_status.as_deref(), Some("PENDING"));
    assert_eq!(task.desired_status.as_deref(), Some("RUNNING"));
    assert_eq!(task.group.as_deref(), Some("family:web"));
    assert_eq!(task.launch_type.as_deref(), Some("EC2"));
    assert_eq!(task.version, Some(1));
    assert_eq!(task.availability_zone.as_deref(), Some("us-east-1a"));
    assert_eq!(
        (task.cpu.as_deref(), task.memory.as_deref()),
        (Some("256"), Some("512"))
    );
    assert_eq!(task.health_status.as_deref(), Some("UNKNOWN"));
    let container = &task.containers.as_ref().unwrap()[0];
    assert_eq!(container.name.as_deref(), Some("web"));
    assert_eq!(container.last_status.as_deref(), Some("PENDING"));
    assert!(container
        .container_arn
        .as_deref()
        .unwrap()
        .starts_with(&format!(
            "arn:aws:ecs:us-east-1:123456789012:container/prod/{id}/"
        )));
    let instance = h.instance_record("prod", "a").await;
    assert_eq!(
        (instance.remaining.cpu, instance.remaining.memory),
        (2048 - 512, 4096 - 1024)
    );
    assert_eq!(instance.pending_tasks_count, 2);
    assert_eq!(instance.version, 2);
    let record = h.task_record("prod", &arn).await;
    assert!(record.holds_reservation);
    assert_eq!(record.reserved.memory, 512);
}

/// One instance, one task: each way an instance can be rejected, with ECS's reason.
#[tokio::test]
async fn every_failure_reason() {
    struct Case {
        name: &'static str,
        spec: InstanceSpec,
        container: wire::ContainerDefinition,
        tweak: fn(&mut wire::RegisterTaskDefinitionRequest),
        request: fn(&mut wire::RunTaskRequest),
        reason: &'static str,
    }
    let none_td: fn(&mut wire::RegisterTaskDefinitionRequest) = |_| {};
    let none_rq: fn(&mut wire::RunTaskRequest) = |_| {};
    let cases = vec![
        Case {
            name: "agent disconnected",
            spec: InstanceSpec {
                agent: Some(false),
                ..Default::default()
            },
            container: container("c", 128, 128),
            tweak: none_td,
            request: none_rq,
            reason: "AGENT",
        },
        Case {
            name: "missing attribute",
            spec: InstanceSpec::default(),
            container: container("c", 128, 128),
            tweak: |r| {
                r.requires_compatibilities = None;
                r.task_role_arn = Some("arn:aws:iam::123456789012:role/app".into());
            },
            request: none_rq,
            reason: "ATTRIBUTE",
        },
        Case {
            name: "memberOf",
            spec: InstanceSpec::default(),
            container: container("c", 128, 128),
            tweak: none_td,
            request: |r| {
                r.placement_constraints = Some(vec![wire::PlacementConstraint {
                    r#type: Some("memberOf".into()),
                    expression: Some("attribute:ecs.os-type == windows".into()),
                }])
            },
            reason: "MemberOf placement constraint unsatisfied.",
        },
        Case {
            name: "cpu",
            spec: InstanceSpec::default(),
            container: container("c", 4096, 128),
            tweak: none_td,
            request: none_rq,
            reason: "RESOURCE:CPU",
        },
        Case {
            name: "memory",
            spec: InstanceSpec::default(),
            container: container("c", 128, 8192),
            tweak: none_td,
            request: none_rq,
            reason: "RESOURCE:MEMORY",
        },
        Case {
            name: "ports",
            spec: InstanceSpec {
                taken_ports: vec![8080],
                ..Default::default()
            },
            container: with_host_port(container("c", 128, 128), 8080),
            tweak: none_td,
            request: none_rq,
            reason: "RESOURCE:PORTS",
        },
    ];
    for case in cases {
        let h = harness();
        h.cluster("c").await;
        let arn = h.instance("c", "i1", case.spec).await;
        h.definition("app", vec![case.container], case.tweak).await;
        let mut request = run_request("c", "app", 1);
        (case.request)(&mut request);
        let response = h.run(request).await.expect(case.name);
        assert_eq!(arns(&response), Vec::<String>::new(), "{}", case.name);
        assert_eq!(
            failures(&response),
            vec![(arn, case.reason.to_string())],
            "{}",
            case.name
        );
        let instance = h.instance_record("c", "i1").await;
        assert_eq!(
            instance.pending_tasks_count, 0,
            "{}: nothing reserved",
            case.name
        );
    }
}

#[tokio::test]
async fn distinct_instance_and_partial_placement() {
    let h = harness();
    h.cluster("c").await;
    let a = h.instance("c", "a", InstanceSpec::default()).await;
    let b = h.instance("c", "b", InstanceSpec::default()).await;
    h.definition("app", vec![container("c", 128, 128)], |_| {})
        .await;
    let mut request = run_request("c", "app", 3);
    request.placement_constraints = Some(vec![wire::PlacementConstraint {
        r#type: Some("distinctInstance".into()),
        expression: None,
    }]);
    let response = h.run(request).await.unwrap();
    assert_eq!(arns(&response).len(), 2);
    let reason = "DistinctInstance placement constraint unsatisfied.".to_string();
    assert_eq!(failures(&response), vec![(a, reason.clone()), (b, reason)]);
}

#[tokio::test]
async fn request_errors() {
    let h = harness();
    h.cluster("c").await;
    h.instance("c", "a", InstanceSpec::default()).await;
    h.definition("app", vec![container("c", 128, 128)], |_| {})
        .await;
    h.definition("vpc", vec![container("c", 128, 128)], |r| {
        r.network_mode = Some("awsvpc".into())
    })
    .await;
    let check = |f: fn(&mut wire::RunTaskRequest)| {
        let mut request = run_request("c", "app", 1);
        f(&mut request);
        request
    };
    let cases: Vec<(wire::RunTaskRequest, &str)> = vec![
        (check(|r| r.count = Some(0)), "count must be between 1 and 10; got 0."),
        (check(|r| r.count = Some(11)), "count must be between 1 and 10; got 11."),
        (
            check(|r| {
                r.launch_type = Some("EC2".into());
                r.capacity_provider_strategy = Some(vec![wire::CapacityProviderStrategyItem {
                    capacity_provider: Some("FARGATE".into()),
                    weight: Some(1),
                    base: None,
                }]);
            }),
            "Specifying both a launch type and capacity provider strategy is not supported. \
             Remove one and try again.",
        ),
        (
            check(|r| r.launch_type = Some("FARGATE".into())),
            "Task definition does not support launch_type FARGATE.",
        ),
        (
            check(|r| {
                r.placement_strategy = Some(vec![wire::PlacementStrategy {
                    r#type: Some("binpack".into()),
                    field: Some("disk".into()),
                }])
            }),
            "placementStrategy: binpack field 'disk' is not valid; valid fields are cpu and memory.",
        ),
        (
            check(|r| {
                r.overrides = Some(wire::TaskOverride {
                    container_overrides: Some(vec![wire::ContainerOverride {
                        name: Some("nope".into()),
                        ..Default::default()
                    }]),
                    ..Default::default()
                })
            }),
            "Override for container named nope is not a container in the TaskDefinition.",
        ),
        (
            check(|r| r.task_definition = Some("vpc".into())),
            "Network Configuration must be provided when networkMode 'awsvpc' is specified.",
        ),
        (
            check(|r| r.propagate_tags = Some("SERVICE".into())),
            "propagateTags 'SERVICE' is invalid; valid values are: TASK_DEFINITION, NONE.",
        ),
    ];
    for (request, message) in cases {
        assert_eq!(
            h.run(request).await.unwrap_err(),
            EcsError::InvalidParameter(message.into())
        );
    }
    assert!(matches!(
        h.run(run_request("nope", "app", 1)).await,
        Err(EcsError::ClusterNotFound(_))
    ));
    assert!(matches!(
        h.run(run_request("c", "missing", 1)).await,
        Err(EcsError::Client(_))
    ));
    // Nothing was placed by any of them.
    assert_eq!(h.instance_record("c", "a").await.pending_tasks_count, 0);
}

#[tokio::test]
async fn no_container_instances() {
    let h = harness();
    h.cluster("c").await;
    h.definition("app", vec![container("c", 128, 128)], |_| {})
        .await;
    let expected =
        EcsError::InvalidParameter("No Container Instances were found in your cluster.".into());
    assert_eq!(
        h.run(run_request("c", "app", 1)).await.unwrap_err(),
        expected
    );
    h.instance(
        "c",
        "d",
        InstanceSpec {
            status: "DRAINING",
            ..Default::default()
        },
    )
    .await;
    assert_eq!(
        h.run(run_request("c", "app", 1)).await.unwrap_err(),
        expected
    );
    h.instance("c", "e", InstanceSpec::default()).await;
    let mut external = run_request("c", "app", 1);
    external.launch_type = Some("EXTERNAL".into());
    assert_eq!(h.run(external.clone()).await.unwrap_err(), expected);
    h.instance(
        "c",
        "x",
        InstanceSpec {
            launch_types: vec!["EXTERNAL"],
            ..Default::default()
        },
    )
    .await;
    let response = h.run(external).await.unwrap();
    let task = &response.tasks.unwrap()[0];
    assert_eq!(task.launch_type.as_deref(), Some("EXTERNAL"));
    assert!(task
        .container_instance_arn
        .as_deref()
        .unwrap()
        .ends_with("/x"));
}

/// Invariant: what each instance has given away is exactly what its live tasks hold, and never
/// more than it registered.
pub(super) async fn assert_books_balance(h: &Harness, cluster: &str) {
    let instances: Vec<crate::db::Versioned<ContainerInstanceRecord>> =
        h.cp.list_all(&keys::instances(&scope(), cluster))
            .await
            .unwrap();
    let tasks: Vec<crate::db::Versioned<TaskRecord>> =
        h.cp.list_all(&keys::tasks(&scope(), cluster))
            .await
            .unwrap();
    let mut held: BTreeMap<String, (i64, i64, i64)> = BTreeMap::new();
    for task in tasks.iter().filter(|t| t.record.holds_reservation) {
        let entry = held
            .entry(task.record.container_instance_id.clone().unwrap())
            .or_default();
        entry.0 += task.record.reserved.cpu;
        entry.1 += task.record.reserved.memory;
        entry.2 += 1;
    }
    for instance in instances {
        let r = &instance.record;
        let (cpu, memory, count) = held.get(&r.id).copied().unwrap_or_default();
        assert!(r.remaining.cpu >= 0 && r.remaining.memory >= 0, "{}", r.id);
        assert_eq!(r.registered.cpu - r.remaining.cpu, cpu, "{}", r.id);
        assert_eq!(r.registered.memory - r.remaining.memory, memory, "{}", r.id);
        assert_eq!(
            r.pending_tasks_count + r.running_tasks_count,
            count,
            "{}",
            r.id
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_run_tasks_never_over_commit() {
    let h = harness();
    h.cluster("c").await;
    for id in ["a", "b"] {
        h.instance(
            "c",
            id,
            InstanceSpec {
                cpu: 10_000,
                memory: 1024,
                ..Default::default()
            },
        )
        .await;
    }
    h.definition("app", vec![container("c", 10, 256)], |_| {})
        .await;
    // Two control planes on one store: each batches its own placements, and only the revision
    // checks keep them apart.
    let planes = [h.cp.clone(), h.peer()];
    let mut handles = Vec::new();
    for n in 0..20 {
        let cp = planes[n % 2].clone();
        handles.push(tokio::spawn(async move {
            cp.run_task(&scope(), run_request("c", "app", 1)).await
        }));
    }
    let mut placed = 0;
    for handle in handles {
        let response = handle.await.unwrap().unwrap();
        placed += arns(&response).len();
    }
    assert_eq!(placed, 8, "2 instances x 1024 MiB / 256 MiB");
    for id in ["a", "b"] {
        let instance = h.instance_record("c", id).await;
        assert_eq!(instance.remaining.memory, 0);
        assert_eq!(instance.remaining.cpu, 10_000 - 40);
        assert_eq!(instance.pending_tasks_count, 4);
    }
    assert_books_balance(&h, "c").await;
}

#[tokio::test]
async fn client_tokens_are_idempotent() {
    let h = harness();
    h.cluster("c").await;
    h.instance("c", "a", InstanceSpec::default()).await;
    h.definition("app", vec![container("c", 128, 128)], |_| {})
        .await;
    let mut request = run_request("c", "app", 2);
    request.client_token = Some("token-1".into());
    let first = h.run_ok(request.clone()).await;
    let again = h.run_ok(request.clone()).await;
    assert_eq!(first.len(), 2);
    assert_eq!(first, again);
    assert_eq!(h.instance_record("c", "a").await.pending_tasks_count, 2);
    let mut different = request.clone();
    different.count = Some(1);
    assert!(matches!(h.run(different).await, Err(EcsError::Conflict(_))));
    // Once the token expires it is a new request.
    h.clock
        .advance(h.cp.config.client_token_retention_secs + 1.0);
    let later = h.run_ok(request).await;
    assert_eq!(later.len(), 2);
    assert!(later.iter().all(|arn| !first.contains(arn)));
    assert_eq!(h.instance_record("c", "a").await.pending_tasks_count, 4);
    assert_books_balance(&h, "c").await;
}

#[tokio::test]
async fn start_task_places_on_named_instances() {
    let h = harness();
    h.cluster("c").await;
    let a = h
        .instance(
            "c",
            "a",
            InstanceSpec {
                memory: 300,
                ..Default::default()
            },
        )
        .await;
    h.instance("c", "b", InstanceSpec::default()).await;
    h.definition("app", vec![container("c", 128, 256)], |_| {})
        .await;
    let response =
        h.cp.start_task(
            &scope(),
            wire::StartTaskRequest {
                cluster: Some("c".into()),
                task_definition: Some("app".into()),
                container_instances: Some(vec![a.clone(), "b".into(), "a".into(), "zz".into()]),
                started_by: Some("me".into()),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    let tasks = response.tasks.unwrap();
    let on: Vec<_> = tasks
        .iter()
        .map(|t| t.container_instance_arn.clone().unwrap())
        .collect();
    assert_eq!(on.len(), 2);
    assert!(on[0].ends_with("/a") && on[1].ends_with("/b"));
    assert_eq!(tasks[0].started_by.as_deref(), Some("me"));
    let failures: Vec<_> = response
        .failures
        .unwrap()
        .into_iter()
        .map(|f| (f.arn.unwrap(), f.reason.unwrap()))
        .collect();
    assert_eq!(
        failures,
        vec![
            (a, "RESOURCE:MEMORY".to_string()),
            (
                "arn:aws:ecs:us-east-1:123456789012:container-instance/c/zz".to_string(),
                "MISSING".to_string()
            ),
        ]
    );
    let too_many = wire::StartTaskRequest {
        cluster: Some("c".into()),
        task_definition: Some("app".into()),
        container_instances: Some(vec!["a".into(); 11]),
        ..Default::default()
    };
    assert!(h.cp.start_task(&scope(), too_many).await.is_err());
    assert_books_balance(&h, "c").await;
}

#[tokio::test]
async fn awsvpc_tasks_provision_an_interface() {
    let h = harness();
    h.cluster("c").await;
    h.instance(
        "c",
        "a",
        InstanceSpec {
            attributes: vec![
                ("ecs.capability.task-eni", None),
                ("com.amazonaws.ecs.capability.docker-remote-api.1.18", None),
            ],
            ..Default::default()
        },
    )
    .await;
    h.definition("vpc", vec![container("c", 128, 128)], |r| {
        r.network_mode = Some("awsvpc".into())
    })
    .await;
    let mut request = run_request("c", "vpc", 1);
    request.network_configuration = Some(wire::NetworkConfiguration {
        awsvpc_configuration: Some(wire::AwsVpcConfiguration {
            subnets: Some(vec!["subnet-1".into()]),
            ..Default::default()
        }),
    });
    let response = h.run(request).await.unwrap();
    let task = &response.tasks.unwrap()[0];
    assert_eq!(task.last_status.as_deref(), Some("PROVISIONING"));
    let attachment = &task.attachments.as_ref().unwrap()[0];
    assert_eq!(
        attachment.r#type.as_deref(),
        Some("ElasticNetworkInterface")
    );
    assert_eq!(attachment.status.as_deref(), Some("PRECREATED"));
    assert_eq!(
        attachment.details.as_ref().unwrap()[0].value.as_deref(),
        Some("subnet-1")
    );
    let record = h.task_record("c", task.task_arn.as_deref().unwrap()).await;
    assert_eq!(record.last_status, TaskStatus::Provisioning);
}

#[tokio::test]
async fn tags_propagate_from_the_definition() {
    let h = harness();
    h.cluster("c").await;
    h.instance("c", "a", InstanceSpec::default()).await;
    h.definition("app", vec![container("c", 128, 128)], |r| {
        r.tags = Some(vec![
            wire::Tag {
                key: Some("team".into()),
                value: Some("core".into()),
            },
            wire::Tag {
                key: Some("env".into()),
                value: Some("dev".into()),
            },
        ])
    })
    .await;
    let mut request = run_request("c", "app", 1);
    request.propagate_tags = Some("TASK_DEFINITION".into());
    request.tags = Some(vec![wire::Tag {
        key: Some("env".into()),
        value: Some("prod".into()),
    }]);
    let arn = h.run_ok(request).await.remove(0);
    let record = h.task_record("c", &arn).await;
    assert_eq!(
        record.tags.into_iter().collect::<Vec<_>>(),
        vec![
            ("env".into(), "prod".into()),
            ("team".into(), "core".into())
        ]
    );
}
