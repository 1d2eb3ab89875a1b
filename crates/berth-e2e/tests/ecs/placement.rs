//! Placement through RunTask on hollow instances: constraints (memberOf, distinctInstance),
//! strategies (spread, binpack), the RESOURCE:MEMORY/CPU/PORTS failures ECS reports per instance,
//! overrides that change what a task needs, and RunTask's typed errors.

use crate::start;
use crate::task_definitions::register;
use crate::tasks::{fleet, instances_used};
use aws_sdk_ecs::operation::run_task::RunTaskError;
use aws_sdk_ecs::types::{
    ContainerDefinition, ContainerOverride, PlacementConstraint, PlacementConstraintType,
    PlacementStrategy, PlacementStrategyType, PortMapping, TaskOverride,
};
use std::collections::BTreeMap;

#[tokio::test]
async fn run_task_reports_resource_failures_and_typed_errors() {
    let (_server, ecs) = start().await;

    let err = ecs
        .run_task()
        .cluster("nowhere")
        .task_definition("x")
        .send()
        .await
        .expect_err("unknown cluster")
        .into_service_error();
    assert!(
        matches!(err, RunTaskError::ClusterNotFoundException(_)),
        "{err:?}"
    );

    let instances = fleet(&ecs, "full", &["us-east-1a", "us-east-1b"], 2048).await;
    register(&ecs, "huge", 4096).await;
    register(&ecs, "half", 1024).await;

    // Nothing fits: one RESOURCE:MEMORY failure per instance, naming the instance.
    let out = ecs
        .run_task()
        .cluster("full")
        .task_definition("huge")
        .send()
        .await
        .expect("run_task with no room is not an error");
    assert!(out.tasks().is_empty(), "{out:?}");
    assert!(!out.failures().is_empty());
    for failure in out.failures() {
        assert_eq!(failure.reason(), Some("RESOURCE:MEMORY"), "{failure:?}");
        assert!(
            instances.contains(&failure.arn().unwrap_or_default().to_owned()),
            "{failure:?}"
        );
    }

    // Room for four of five: the four run and the rest is reported.
    let out = ecs
        .run_task()
        .cluster("full")
        .task_definition("half")
        .count(5)
        .send()
        .await
        .expect("run_task partly placed");
    assert_eq!(out.tasks().len(), 4, "{out:?}");
    assert!(
        !out.failures().is_empty()
            && out
                .failures()
                .iter()
                .all(|f| f.reason() == Some("RESOURCE:MEMORY")),
        "{out:?}"
    );

    let err = ecs
        .run_task()
        .cluster("full")
        .task_definition("half")
        .count(11)
        .send()
        .await
        .expect_err("count 11 accepted")
        .into_service_error();
    assert!(
        matches!(err, RunTaskError::InvalidParameterException(_)),
        "{err:?}"
    );
    assert!(err.to_string().contains("count") || format!("{err:?}").contains("count"));

    let err = ecs
        .run_task()
        .cluster("full")
        .task_definition("never-registered")
        .send()
        .await
        .expect_err("unknown task definition")
        .into_service_error();
    assert!(
        matches!(
            err,
            RunTaskError::InvalidParameterException(_) | RunTaskError::ClientException(_)
        ),
        "{err:?}"
    );

    // ECS refuses RunTask on a cluster without instances rather than reporting failures.
    ecs.create_cluster()
        .cluster_name("empty")
        .send()
        .await
        .expect("create empty");
    let err = ecs
        .run_task()
        .cluster("empty")
        .task_definition("half")
        .send()
        .await
        .expect_err("run on an empty cluster")
        .into_service_error();
    assert!(
        matches!(err, RunTaskError::InvalidParameterException(_)),
        "{err:?}"
    );
}

#[tokio::test]
async fn placement_constraints_and_strategies() {
    let (_server, ecs) = start().await;
    register(&ecs, "placed", 512).await;
    let zones = ["us-east-1a", "us-east-1b", "us-east-1c"];

    // memberOf pins every task to the one instance in zone b.
    let instances = fleet(&ecs, "member", &zones, 4096).await;
    let out = ecs
        .run_task()
        .cluster("member")
        .task_definition("placed")
        .count(3)
        .placement_constraints(
            PlacementConstraint::builder()
                .r#type(PlacementConstraintType::MemberOf)
                .expression("attribute:ecs.availability-zone == us-east-1b")
                .build(),
        )
        .send()
        .await
        .expect("memberOf");
    assert_eq!(
        instances_used(out.tasks()),
        BTreeMap::from([(instances[1].clone(), 3)])
    );

    // spread over zones puts two tasks in each.
    fleet(&ecs, "spread", &zones, 4096).await;
    let out = ecs
        .run_task()
        .cluster("spread")
        .task_definition("placed")
        .count(6)
        .placement_strategy(
            PlacementStrategy::builder()
                .r#type(PlacementStrategyType::Spread)
                .field("attribute:ecs.availability-zone")
                .build(),
        )
        .send()
        .await
        .expect("spread");
    let counts: Vec<usize> = instances_used(out.tasks()).into_values().collect();
    assert_eq!(counts, [2, 2, 2], "{out:?}");

    // binpack on memory fills one instance before the next.
    fleet(&ecs, "binpack", &zones, 4096).await;
    let out = ecs
        .run_task()
        .cluster("binpack")
        .task_definition("placed")
        .count(4)
        .placement_strategy(
            PlacementStrategy::builder()
                .r#type(PlacementStrategyType::Binpack)
                .field("memory")
                .build(),
        )
        .send()
        .await
        .expect("binpack");
    let counts: Vec<usize> = instances_used(out.tasks()).into_values().collect();
    assert_eq!(counts, [4], "{out:?}");

    // distinctInstance: one task per instance, the fourth has nowhere to go.
    fleet(&ecs, "distinct", &zones, 4096).await;
    let out = ecs
        .run_task()
        .cluster("distinct")
        .task_definition("placed")
        .count(4)
        .placement_constraints(
            PlacementConstraint::builder()
                .r#type(PlacementConstraintType::DistinctInstance)
                .build(),
        )
        .send()
        .await
        .expect("distinctInstance");
    let counts: Vec<usize> = instances_used(out.tasks()).into_values().collect();
    assert_eq!(counts, [1, 1, 1], "{out:?}");
    assert!(!out.failures().is_empty(), "{out:?}");
}

#[tokio::test]
async fn ports_cpu_and_overrides_limit_placement() {
    let (_server, ecs) = start().await;
    let instances = fleet(&ecs, "limits", &["us-east-1a"], 2048).await;
    let with_port = |family: &str, host_port: i32| {
        ecs.register_task_definition()
            .family(family)
            .container_definitions(
                ContainerDefinition::builder()
                    .name("app")
                    .image("busybox")
                    .memory(128)
                    .port_mappings(
                        PortMapping::builder()
                            .container_port(80)
                            .host_port(host_port)
                            .build(),
                    )
                    .build(),
            )
            .send()
    };
    with_port("web", 8080).await.expect("register web");
    with_port("ssh", 22).await.expect("register ssh");

    // One instance, one host port: the second copy has nowhere to bind.
    let out = ecs
        .run_task()
        .cluster("limits")
        .task_definition("web")
        .count(2)
        .send()
        .await
        .expect("run web");
    assert_eq!(out.tasks().len(), 1, "{out:?}");
    assert_eq!(
        out.failures().first().and_then(|f| f.reason()),
        Some("RESOURCE:PORTS"),
        "{out:?}"
    );
    // Port 22 is reserved by the instance itself (its registered PORTS).
    let out = ecs
        .run_task()
        .cluster("limits")
        .task_definition("ssh")
        .send()
        .await
        .expect("run ssh");
    assert!(out.tasks().is_empty(), "{out:?}");
    assert_eq!(
        out.failures().first().and_then(|f| f.reason()),
        Some("RESOURCE:PORTS")
    );

    // More CPU than the instance has.
    ecs.register_task_definition()
        .family("hungry")
        .container_definitions(
            ContainerDefinition::builder()
                .name("app")
                .image("busybox")
                .memory(128)
                .cpu(8192)
                .build(),
        )
        .send()
        .await
        .expect("register hungry");
    let out = ecs
        .run_task()
        .cluster("limits")
        .task_definition("hungry")
        .send()
        .await
        .expect("run hungry");
    assert!(out.tasks().is_empty(), "{out:?}");
    assert_eq!(
        out.failures().first().and_then(|f| f.reason()),
        Some("RESOURCE:CPU")
    );
    assert_eq!(
        out.failures().first().and_then(|f| f.arn()),
        Some(instances[0].as_str())
    );

    // A container override counts for placement: 4 GiB does not fit in 2 GiB.
    register(&ecs, "small", 64).await;
    let out = ecs
        .run_task()
        .cluster("limits")
        .task_definition("small")
        .overrides(
            TaskOverride::builder()
                .container_overrides(
                    ContainerOverride::builder()
                        .name("app")
                        .memory(4096)
                        .build(),
                )
                .build(),
        )
        .send()
        .await
        .expect("run with override");
    assert!(out.tasks().is_empty(), "{out:?}");
    assert_eq!(
        out.failures().first().and_then(|f| f.reason()),
        Some("RESOURCE:MEMORY")
    );
}
