//! Cross-cutting behaviour: SigV4 rejections (wrong secret, unknown key), region isolation
//! (the signed region scopes every resource), and timestamps that the SDK parses as `DateTime`.

use crate::{assert_recent, start};
use aws_sdk_ecs::error::ProvideErrorMetadata;
use aws_sdk_ecs::operation::list_clusters::ListClustersError;
use berth_e2e::register_hollow_instance;

#[tokio::test]
async fn wrong_secret_is_an_invalid_signature() {
    let (server, _ecs) = start().await;
    let access_key = server.credentials().access_key_id().to_owned();
    let forged = server.client_with_keys(&access_key, "not-the-secret-at-all-0123456789abcdefghi");
    let err = forged
        .list_clusters()
        .send()
        .await
        .expect_err("a wrong secret was accepted");
    let status = err.raw_response().map(|r| r.status().as_u16());
    let err = err.into_service_error();
    // InvalidSignatureException is not in ECS's model, so the SDK surfaces it as unhandled,
    // with the code parsed from the response.
    assert!(!is_modelled(&err), "{err:?}");
    assert_eq!(err.code(), Some("InvalidSignatureException"), "{err:?}");
    // ECS (a JSON 1.1 service) answers a bad signature with 400, not 403 as the query and
    // REST-XML services do; clients only ever show the code.
    assert_eq!(status, Some(400));
    assert!(err.message().is_some_and(|m| !m.is_empty()), "{err:?}");

    let stranger = server.client_with_keys("BKIAUNKNOWNKEY000000", "whatever-secret");
    let err = stranger
        .list_clusters()
        .send()
        .await
        .expect_err("an unknown access key was accepted")
        .into_service_error();
    assert!(!is_modelled(&err), "{err:?}");
    assert_eq!(err.code(), Some("UnrecognizedClientException"), "{err:?}");
}

#[tokio::test]
async fn regions_are_isolated() {
    let (server, east) = start().await;
    let west = server.client_in_region("eu-west-1");
    east.create_cluster()
        .cluster_name("shared-name")
        .send()
        .await
        .expect("create in us-east-1");

    let listed = west
        .list_clusters()
        .send()
        .await
        .expect("list in eu-west-1");
    assert!(listed.cluster_arns().is_empty(), "{listed:?}");
    let described = west
        .describe_clusters()
        .clusters("shared-name")
        .send()
        .await
        .expect("describe in eu-west-1");
    assert!(described.clusters().is_empty(), "{described:?}");
    assert_eq!(described.failures().len(), 1);

    let created = west
        .create_cluster()
        .cluster_name("shared-name")
        .send()
        .await
        .expect("create in eu-west-1");
    assert_eq!(
        created.cluster().and_then(|c| c.cluster_arn()),
        Some("arn:aws:ecs:eu-west-1:000000000000:cluster/shared-name")
    );
    west.delete_cluster()
        .cluster("shared-name")
        .send()
        .await
        .expect("delete in eu-west-1");
    let still = east
        .describe_clusters()
        .clusters("shared-name")
        .send()
        .await
        .expect("describe in us-east-1");
    assert_eq!(
        still.clusters().first().and_then(|c| c.status()),
        Some("ACTIVE"),
        "deleting in one region must not touch the other"
    );
}

#[tokio::test]
async fn timestamps_parse_close_to_now() {
    let (_server, ecs) = start().await;
    ecs.create_cluster()
        .cluster_name("clock")
        .send()
        .await
        .expect("create");
    let definition = ecs
        .register_task_definition()
        .family("clock")
        .container_definitions(crate::task_definitions::container("app", 64))
        .send()
        .await
        .expect("register definition");
    assert_recent(
        "taskDefinition.registeredAt",
        definition.task_definition().and_then(|d| d.registered_at()),
    );
    let instance = register_hollow_instance(&ecs, "clock", "i-clock", "us-east-1a", 1024, 1024)
        .await
        .expect("register instance");
    let described = ecs
        .describe_container_instances()
        .cluster("clock")
        .container_instances(&instance)
        .send()
        .await
        .expect("describe instance");
    assert_recent(
        "containerInstance.registeredAt",
        described
            .container_instances()
            .first()
            .and_then(|i| i.registered_at()),
    );
    let run = ecs
        .run_task()
        .cluster("clock")
        .task_definition("clock")
        .send()
        .await
        .expect("run");
    let task = run.tasks().first().expect("a task");
    assert_recent("task.createdAt", task.created_at());
}

/// Whether the SDK mapped the error to one of ListClusters' modelled variants (the SDK asks not
/// to match its `Unhandled` variant by name).
fn is_modelled(err: &ListClustersError) -> bool {
    matches!(
        err,
        ListClustersError::AccessDeniedException(_)
            | ListClustersError::ClientException(_)
            | ListClustersError::InvalidParameterException(_)
            | ListClustersError::ServerException(_)
    )
}
