//! Task definitions: RegisterTaskDefinition, DescribeTaskDefinition, ListTaskDefinitions,
//! ListTaskDefinitionFamilies, DeregisterTaskDefinition and DeleteTaskDefinitions, with the
//! validation errors ECS gives (ClientException naming the field).

use crate::{arn, assert_recent, start};
use aws_sdk_ecs::error::ProvideErrorMetadata;
use aws_sdk_ecs::operation::describe_task_definition::DescribeTaskDefinitionError;
use aws_sdk_ecs::operation::register_task_definition::RegisterTaskDefinitionError;
use aws_sdk_ecs::types::{
    Compatibility, ContainerDefinition, NetworkMode, PortMapping, SortOrder, Tag,
    TaskDefinitionFamilyStatus, TaskDefinitionField, TaskDefinitionStatus, TransportProtocol,
};
use aws_sdk_ecs::Client;

/// A container with enough set for the EC2 launch type.
pub fn container(name: &str, memory: i32) -> ContainerDefinition {
    ContainerDefinition::builder()
        .name(name)
        .image("public.ecr.aws/docker/library/busybox:latest")
        .memory(memory)
        .cpu(64)
        .essential(true)
        .command("sleep")
        .command("3600")
        .build()
}

/// Registers `family` with one container of `memory` MiB and returns the revision's ARN.
pub async fn register(ecs: &Client, family: &str, memory: i32) -> String {
    let out = ecs
        .register_task_definition()
        .family(family)
        .container_definitions(container("app", memory))
        .send()
        .await
        .unwrap_or_else(|e| panic!("register {family}: {e:?}"));
    out.task_definition()
        .and_then(|t| t.task_definition_arn())
        .expect("taskDefinitionArn")
        .to_owned()
}

#[tokio::test]
async fn register_revisions_and_describe() {
    let (_server, ecs) = start().await;
    let web = ContainerDefinition::builder()
        .name("web")
        .image("nginx:1.27")
        .memory(128)
        .cpu(64)
        .essential(true)
        .port_mappings(
            PortMapping::builder()
                .container_port(80)
                .host_port(8080)
                .protocol(TransportProtocol::Tcp)
                .build(),
        )
        .build();
    let first = ecs
        .register_task_definition()
        .family("web")
        .container_definitions(web.clone())
        .tags(Tag::builder().key("app").value("web").build())
        .send()
        .await
        .expect("register web:1");
    let def = first.task_definition().expect("taskDefinition");
    assert_eq!(def.family(), Some("web"));
    assert_eq!(def.revision(), 1);
    assert_eq!(
        def.task_definition_arn(),
        Some(arn("task-definition/web:1").as_str())
    );
    assert_eq!(def.status(), Some(&TaskDefinitionStatus::Active));
    assert_recent("registeredAt", def.registered_at());
    assert!(
        def.compatibilities().contains(&Compatibility::Ec2),
        "{:?}",
        def.compatibilities()
    );
    let [container] = def.container_definitions() else {
        panic!("one container: {def:?}");
    };
    assert_eq!(container.image(), Some("nginx:1.27"));
    assert_eq!(container.memory(), Some(128));
    assert_eq!(
        container
            .port_mappings()
            .first()
            .and_then(|p| p.host_port()),
        Some(8080)
    );
    assert_eq!(first.tags().len(), 1, "{first:?}");

    let second = ecs
        .register_task_definition()
        .family("web")
        .container_definitions(web)
        .send()
        .await
        .expect("register web:2");
    assert_eq!(second.task_definition().map(|t| t.revision()), Some(2));

    let latest = ecs
        .describe_task_definition()
        .task_definition("web")
        .send()
        .await
        .expect("describe web");
    assert_eq!(latest.task_definition().map(|t| t.revision()), Some(2));
    assert!(
        latest.tags().is_empty(),
        "tags only with include: {latest:?}"
    );

    let one = ecs
        .describe_task_definition()
        .task_definition(arn("task-definition/web:1"))
        .include(TaskDefinitionField::Tags)
        .send()
        .await
        .expect("describe web:1 by ARN");
    assert_eq!(one.task_definition().map(|t| t.revision()), Some(1));
    assert_eq!(
        one.tags(),
        &[Tag::builder().key("app").value("web").build()]
    );
}

#[tokio::test]
async fn list_definitions_and_families_paginate() {
    let (_server, ecs) = start().await;
    for _ in 0..3 {
        register(&ecs, "alpha", 64).await;
    }
    register(&ecs, "beta", 64).await;

    let alpha: Vec<String> = ecs
        .list_task_definitions()
        .family_prefix("alpha")
        .max_results(1)
        .into_paginator()
        .items()
        .send()
        .collect::<Result<Vec<_>, _>>()
        .await
        .expect("list alpha");
    let expected: Vec<String> = (1..=3)
        .map(|r| arn(&format!("task-definition/alpha:{r}")))
        .collect();
    assert_eq!(alpha, expected, "ascending by family then revision");

    let descending = ecs
        .list_task_definitions()
        .family_prefix("alpha")
        .sort(SortOrder::Desc)
        .send()
        .await
        .expect("list desc");
    let mut reversed = expected.clone();
    reversed.reverse();
    assert_eq!(descending.task_definition_arns(), reversed.as_slice());

    let all = ecs
        .list_task_definitions()
        .into_paginator()
        .items()
        .send()
        .collect::<Result<Vec<_>, _>>()
        .await
        .expect("list all");
    assert_eq!(all.len(), 4, "{all:?}");

    let families: Vec<String> = ecs
        .list_task_definition_families()
        .max_results(1)
        .into_paginator()
        .items()
        .send()
        .collect::<Result<Vec<_>, _>>()
        .await
        .expect("families");
    assert_eq!(families, ["alpha", "beta"]);
}

#[tokio::test]
async fn deregister_then_delete() {
    let (_server, ecs) = start().await;
    register(&ecs, "svc", 64).await;
    register(&ecs, "svc", 64).await;

    let out = ecs
        .deregister_task_definition()
        .task_definition("svc:1")
        .send()
        .await
        .expect("deregister svc:1");
    let def = out.task_definition().expect("taskDefinition");
    assert_eq!(def.status(), Some(&TaskDefinitionStatus::Inactive));
    assert_recent("deregisteredAt", def.deregistered_at());

    let active = ecs
        .list_task_definitions()
        .family_prefix("svc")
        .status(TaskDefinitionStatus::Active)
        .send()
        .await
        .expect("list active");
    assert_eq!(
        active.task_definition_arns(),
        [arn("task-definition/svc:2")]
    );
    let inactive = ecs
        .list_task_definitions()
        .family_prefix("svc")
        .status(TaskDefinitionStatus::Inactive)
        .send()
        .await
        .expect("list inactive");
    assert_eq!(
        inactive.task_definition_arns(),
        [arn("task-definition/svc:1")]
    );
    // An INACTIVE revision stays describable by its number.
    let old = ecs
        .describe_task_definition()
        .task_definition("svc:1")
        .send()
        .await
        .expect("describe inactive revision");
    assert_eq!(
        old.task_definition().and_then(|t| t.status()),
        Some(&TaskDefinitionStatus::Inactive)
    );

    // Deleting needs the revision to be INACTIVE first: the ACTIVE one comes back as a failure.
    let deleted = ecs
        .delete_task_definitions()
        .task_definitions("svc:1")
        .task_definitions("svc:2")
        .send()
        .await
        .expect("delete");
    let statuses: Vec<_> = deleted
        .task_definitions()
        .iter()
        .map(|t| (t.revision(), t.status().cloned()))
        .collect();
    assert_eq!(
        statuses,
        [(1, Some(TaskDefinitionStatus::DeleteInProgress))]
    );
    let [failure] = deleted.failures() else {
        panic!("one failure expected: {deleted:?}");
    };
    assert_eq!(failure.arn(), Some(arn("task-definition/svc:2").as_str()));

    ecs.deregister_task_definition()
        .task_definition("svc:2")
        .send()
        .await
        .expect("deregister svc:2");
    let families = ecs
        .list_task_definition_families()
        .status(TaskDefinitionFamilyStatus::Active)
        .send()
        .await
        .expect("active families");
    assert!(families.families().is_empty(), "{families:?}");
    let families = ecs
        .list_task_definition_families()
        .status(TaskDefinitionFamilyStatus::Inactive)
        .send()
        .await
        .expect("inactive families");
    assert_eq!(families.families(), ["svc"]);
}

#[tokio::test]
async fn validation_errors_are_typed_and_name_the_field() {
    let (_server, ecs) = start().await;

    // Neither container nor task memory: ECS refuses with a ClientException naming `memory`.
    let no_memory = ContainerDefinition::builder()
        .name("nomem")
        .image("busybox")
        .build();
    let err = ecs
        .register_task_definition()
        .family("bad")
        .container_definitions(no_memory)
        .send()
        .await
        .expect_err("no memory accepted")
        .into_service_error();
    assert!(
        matches!(err, RegisterTaskDefinitionError::ClientException(_)),
        "{err:?}"
    );
    let message = err.message().unwrap_or_default();
    assert!(message.contains("memory"), "{message}");
    assert!(message.contains("nomem"), "names the container: {message}");

    let err = ecs
        .register_task_definition()
        .family("bad family!")
        .container_definitions(crate::task_definitions::container("app", 64))
        .send()
        .await
        .expect_err("bad family accepted")
        .into_service_error();
    assert!(
        matches!(
            err,
            RegisterTaskDefinitionError::ClientException(_)
                | RegisterTaskDefinitionError::InvalidParameterException(_)
        ),
        "{err:?}"
    );
    assert!(
        err.message()
            .unwrap_or_default()
            .to_lowercase()
            .contains("family"),
        "{err:?}"
    );

    // An enum value outside the model is an InvalidParameterException naming the member.
    let err = ecs
        .register_task_definition()
        .family("good")
        .network_mode(NetworkMode::from("carrier-pigeon"))
        .container_definitions(crate::task_definitions::container("app", 64))
        .send()
        .await
        .expect_err("bad networkMode accepted")
        .into_service_error();
    assert!(
        matches!(
            err,
            RegisterTaskDefinitionError::InvalidParameterException(_)
        ),
        "{err:?}"
    );
    assert!(
        err.message().unwrap_or_default().contains("networkMode"),
        "{err:?}"
    );

    let err = ecs
        .describe_task_definition()
        .task_definition("nothing-here:7")
        .send()
        .await
        .expect_err("describing an unknown definition")
        .into_service_error();
    assert!(
        matches!(err, DescribeTaskDefinitionError::ClientException(_)),
        "{err:?}"
    );
}
