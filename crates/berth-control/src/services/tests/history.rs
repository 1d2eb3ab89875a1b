//! ListServiceDeployments, DescribeServiceDeployments, DescribeServiceRevisions and the error
//! cases of StopServiceDeployment.

use super::fixtures::*;
use berth_wire::ecs as wire;

#[tokio::test]
async fn deployments_and_revisions_are_listed_and_described() {
    let h = cluster_with(1).await;
    h.definition("app", 256, 512).await;
    h.create(create_request("web", "app:1", 1)).await.unwrap();
    h.update(wire::UpdateServiceRequest {
        cluster: Some("c".into()),
        service: Some("web".into()),
        task_definition: Some("app:2".into()),
        ..Default::default()
    })
    .await
    .unwrap();
    let listed =
        h.cp.list_service_deployments(
            &scope(),
            wire::ListServiceDeploymentsRequest {
                cluster: Some("c".into()),
                service: Some("web".into()),
                ..Default::default()
            },
        )
        .await
        .unwrap()
        .service_deployments
        .unwrap();
    let statuses: Vec<String> = listed.iter().map(|d| d.status.clone().unwrap()).collect();
    assert_eq!(statuses, vec!["IN_PROGRESS", "STOPPED"], "newest first");
    let filtered =
        h.cp.list_service_deployments(
            &scope(),
            wire::ListServiceDeploymentsRequest {
                cluster: Some("c".into()),
                service: Some("web".into()),
                status: Some(vec!["STOPPED".into()]),
                max_results: Some(1),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    assert_eq!(filtered.service_deployments.unwrap().len(), 1);
    assert!(filtered.next_token.is_none());
    let newest = listed[0].service_deployment_arn.clone().unwrap();
    assert!(newest.starts_with("arn:aws:ecs:us-east-1:123456789012:service-deployment/c/web/"));
    let missing = newest.replace("/web/", "/ghost/");
    let described =
        h.cp.describe_service_deployments(
            &scope(),
            wire::DescribeServiceDeploymentsRequest {
                service_deployment_arns: Some(vec![newest.clone(), missing.clone()]),
            },
        )
        .await
        .unwrap();
    let deployment = &described.service_deployments.as_ref().unwrap()[0];
    assert_eq!(deployment.status.as_deref(), Some("IN_PROGRESS"));
    assert_eq!(
        deployment.source_service_revisions.as_ref().unwrap().len(),
        1
    );
    assert_eq!(
        described.failures.unwrap()[0].reason.as_deref(),
        Some("MISSING")
    );
    let revision_arn = listed[0].target_service_revision_arn.clone().unwrap();
    let revisions =
        h.cp.describe_service_revisions(
            &scope(),
            wire::DescribeServiceRevisionsRequest {
                service_revision_arns: Some(vec![revision_arn]),
            },
        )
        .await
        .unwrap()
        .service_revisions
        .unwrap();
    assert!(revisions[0]
        .task_definition
        .as_deref()
        .unwrap()
        .ends_with("app:2"));
    assert_eq!(
        revisions[0].container_images.as_ref().unwrap()[0]
            .image
            .as_deref(),
        Some("busybox")
    );
    let empty =
        h.cp.describe_service_revisions(&scope(), wire::DescribeServiceRevisionsRequest::default())
            .await;
    assert_eq!(empty.unwrap_err().code(), "InvalidParameterException");
}

#[tokio::test]
async fn stopping_a_deployment_needs_one_in_progress_and_a_revision_to_return_to() {
    let h = cluster_with(1).await;
    h.create(create_request("web", "app", 1)).await.unwrap();
    let arn =
        h.cp.list_service_deployments(
            &scope(),
            wire::ListServiceDeploymentsRequest {
                cluster: Some("c".into()),
                service: Some("web".into()),
                ..Default::default()
            },
        )
        .await
        .unwrap()
        .service_deployments
        .unwrap()[0]
            .service_deployment_arn
            .clone()
            .unwrap();
    let stop = |arn: &str, stop_type: Option<&str>| wire::StopServiceDeploymentRequest {
        service_deployment_arn: Some(arn.into()),
        stop_type: stop_type.map(str::to_string),
    };
    let nothing_before =
        h.cp.stop_service_deployment(&scope(), stop(&arn, None))
            .await;
    assert_eq!(nothing_before.unwrap_err().code(), "ConflictException");
    let abort =
        h.cp.stop_service_deployment(&scope(), stop(&arn, Some("ABORT")))
            .await;
    assert_eq!(abort.unwrap_err().code(), "UnsupportedFeatureException");
    let unknown =
        h.cp.stop_service_deployment(&scope(), stop(&arn.replace("/web/", "/nope/"), None))
            .await;
    assert_eq!(
        unknown.unwrap_err().code(),
        "ServiceDeploymentNotFoundException"
    );
}
