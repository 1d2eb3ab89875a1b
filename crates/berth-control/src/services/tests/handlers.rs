//! CreateService, UpdateService, DeleteService, DescribeServices, ListServices and
//! ListServicesByNamespace against a `MemoryStore`: shapes, defaults, every error case.

use super::fixtures::*;
use crate::EcsError;
use berth_wire::ecs as wire;

fn code<T: std::fmt::Debug>(result: Result<T, EcsError>) -> String {
    match result {
        Ok(value) => panic!("expected an error, got {value:?}"),
        Err(error) => format!("{}: {error}", error.code()),
    }
}

#[tokio::test]
async fn create_returns_the_ecs_shape_with_defaults() {
    let h = cluster_with(1).await;
    let mut request = create_request("web", "app", 2);
    request.tags = Some(vec![wire::Tag {
        key: Some("team".into()),
        value: Some("a".into()),
    }]);
    let service = h.create(request).await.unwrap();
    assert_eq!(
        service.service_arn.as_deref(),
        Some("arn:aws:ecs:us-east-1:123456789012:service/c/web")
    );
    assert_eq!(service.status.as_deref(), Some("ACTIVE"));
    assert_eq!(
        (
            service.desired_count,
            service.running_count,
            service.pending_count
        ),
        (Some(2), Some(0), Some(0))
    );
    assert_eq!(
        service.task_definition.as_deref(),
        Some("arn:aws:ecs:us-east-1:123456789012:task-definition/app:1")
    );
    assert_eq!(service.launch_type.as_deref(), Some("EC2"));
    assert_eq!(service.scheduling_strategy.as_deref(), Some("REPLICA"));
    let config = service.deployment_configuration.clone().unwrap();
    assert_eq!(
        (config.minimum_healthy_percent, config.maximum_percent),
        (Some(100), Some(200))
    );
    let strategies: Vec<(String, String)> = service
        .placement_strategy
        .clone()
        .unwrap()
        .into_iter()
        .map(|s| (s.r#type.unwrap(), s.field.unwrap()))
        .collect();
    assert_eq!(
        strategies,
        vec![
            (
                "spread".to_string(),
                "attribute:ecs.availability-zone".to_string()
            ),
            ("spread".to_string(), "instanceId".to_string())
        ]
    );
    let deployments = service.deployments.clone().unwrap();
    assert_eq!(deployments.len(), 1);
    let primary = &deployments[0];
    let id = primary.id.clone().unwrap();
    assert!(
        id.starts_with("ecs-svc/") && id.len() == "ecs-svc/".len() + 19,
        "{id}"
    );
    assert_eq!(primary.status.as_deref(), Some("PRIMARY"));
    assert_eq!(primary.rollout_state.as_deref(), Some("IN_PROGRESS"));
    assert_eq!(
        primary.rollout_state_reason.as_deref(),
        Some(format!("ECS deployment {id} in progress.").as_str())
    );
    assert_eq!(
        service
            .deployment_controller
            .and_then(|c| c.r#type)
            .as_deref(),
        Some("ECS")
    );
    assert!(service.tags.is_none(), "tags only with include TAGS");
    assert_eq!(h.describe("web").await.tags.map(|t| t.len()), Some(1));
}

#[tokio::test]
async fn create_rejects_bad_requests() {
    let h = cluster_with(1).await;
    h.definition_with("vpc", vec![container("web", 128, 128)], |r| {
        r.network_mode = Some("awsvpc".into())
    })
    .await;
    let cases: Vec<(&str, wire::CreateServiceRequest, &str)> = vec![
        (
            "bad name",
            create_request("a b", "app", 1),
            "InvalidParameterException",
        ),
        (
            "no desired count",
            {
                let mut r = create_request("web", "app", 1);
                r.desired_count = None;
                r
            },
            "InvalidParameterException",
        ),
        (
            "negative",
            create_request("web", "app", -1),
            "InvalidParameterException",
        ),
        (
            "unknown definition",
            create_request("web", "nope", 1),
            "ClientException",
        ),
        (
            "awsvpc without network",
            create_request("web", "vpc", 1),
            "InvalidParameterException",
        ),
        (
            "both launch type and strategy",
            {
                let mut r = create_request("web", "app", 1);
                r.launch_type = Some("EC2".into());
                r.capacity_provider_strategy = Some(vec![wire::CapacityProviderStrategyItem {
                    capacity_provider: Some("cp".into()),
                    weight: Some(1),
                    base: None,
                }]);
                r
            },
            "InvalidParameterException",
        ),
        (
            "fargate unsupported by definition",
            {
                let mut r = create_request("web", "app", 1);
                r.launch_type = Some("FARGATE".into());
                r
            },
            "InvalidParameterException",
        ),
        (
            "bad constraint",
            {
                let mut r = create_request("web", "app", 1);
                r.placement_constraints = Some(vec![wire::PlacementConstraint {
                    r#type: Some("memberOf".into()),
                    expression: None,
                }]);
                r
            },
            "InvalidParameterException",
        ),
        (
            "daemon with max 200",
            {
                let mut r = create_request("web", "app", 1);
                r.scheduling_strategy = Some("DAEMON".into());
                r.deployment_configuration = Some(deployment_configuration(0, 200));
                r
            },
            "InvalidParameterException",
        ),
        (
            "daemon with code deploy",
            {
                let mut r = create_request("web", "app", 1);
                r.scheduling_strategy = Some("DAEMON".into());
                r.deployment_controller = Some(wire::DeploymentController {
                    r#type: Some("CODE_DEPLOY".into()),
                });
                r
            },
            "InvalidParameterException",
        ),
        (
            "min above 100",
            {
                let mut r = create_request("web", "app", 1);
                r.deployment_configuration = Some(deployment_configuration(150, 200));
                r
            },
            "InvalidParameterException",
        ),
        (
            "long client token",
            {
                let mut r = create_request("web", "app", 1);
                r.client_token = Some("x".repeat(37));
                r
            },
            "InvalidParameterException",
        ),
        (
            "unknown cluster",
            {
                let mut r = create_request("web", "app", 1);
                r.cluster = Some("nope".into());
                r
            },
            "ClusterNotFoundException",
        ),
        (
            "reserved tag",
            {
                let mut r = create_request("web", "app", 1);
                r.tags = Some(vec![wire::Tag {
                    key: Some("aws:x".into()),
                    value: Some("v".into()),
                }]);
                r
            },
            "InvalidParameterException",
        ),
    ];
    for (what, request, expected) in cases {
        let got = code(h.create(request).await);
        assert!(got.starts_with(expected), "{what}: {got}");
    }
    // A failed request changes nothing.
    let listed =
        h.cp.list_services(
            &scope(),
            wire::ListServicesRequest {
                cluster: Some("c".into()),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    assert!(listed.service_arns.unwrap().is_empty());
}

#[tokio::test]
async fn create_is_idempotent_only_with_the_same_token_and_request() {
    let h = cluster_with(1).await;
    let mut request = create_request("web", "app", 1);
    request.client_token = Some("token-1".into());
    let first = h.create(request.clone()).await.unwrap();
    let again = h.create(request.clone()).await.unwrap();
    assert_eq!(first.service_arn, again.service_arn);
    assert_eq!(
        first.deployments.unwrap()[0].id,
        again.deployments.unwrap()[0].id
    );
    let mut different = request.clone();
    different.desired_count = Some(2);
    assert_eq!(
        code(h.create(different).await),
        "InvalidParameterException: Creation of service was not idempotent."
    );
    let mut other_token = request.clone();
    other_token.client_token = Some("token-2".into());
    assert!(code(h.create(other_token).await).contains("not idempotent"));
    assert!(code(h.create(create_request("web", "app", 1)).await).contains("not idempotent"));
}

#[tokio::test]
async fn describe_reports_missing_services_and_limits() {
    let h = cluster_with(1).await;
    h.create(create_request("web", "app", 0)).await.unwrap();
    let response =
        h.cp.describe_services(
            &scope(),
            wire::DescribeServicesRequest {
                cluster: Some("c".into()),
                services: Some(vec![
                    "web".into(),
                    "ghost".into(),
                    "arn:aws:ecs:us-east-1:123456789012:service/other/web".into(),
                ]),
                include: None,
            },
        )
        .await
        .unwrap();
    assert_eq!(response.services.unwrap().len(), 1);
    let failures: Vec<(String, String)> = response
        .failures
        .unwrap()
        .into_iter()
        .map(|f| (f.arn.unwrap(), f.reason.unwrap()))
        .collect();
    assert_eq!(
        failures,
        vec![
            (
                "arn:aws:ecs:us-east-1:123456789012:service/c/ghost".to_string(),
                "MISSING".to_string()
            ),
            (
                "arn:aws:ecs:us-east-1:123456789012:service/other/web".to_string(),
                "MISSING".to_string()
            ),
        ]
    );
    let eleven = (0..11).map(|i| format!("s{i}")).collect();
    let too_many =
        h.cp.describe_services(
            &scope(),
            wire::DescribeServicesRequest {
                cluster: Some("c".into()),
                services: Some(eleven),
                include: None,
            },
        )
        .await;
    assert!(code(too_many).starts_with("InvalidParameterException"));
}

#[tokio::test]
async fn list_filters_and_pages() {
    let h = cluster_with(1).await;
    for i in 0..12 {
        h.create(create_request(&format!("s{i:02}"), "app", 0))
            .await
            .unwrap();
    }
    let mut daemon = create_request("d", "app", 0);
    daemon.scheduling_strategy = Some("DAEMON".into());
    h.create(daemon).await.unwrap();
    let list = |token: Option<String>, max: Option<i32>, strategy: Option<&str>| {
        let cp = h.cp.clone();
        let strategy = strategy.map(str::to_string);
        async move {
            cp.list_services(
                &scope(),
                wire::ListServicesRequest {
                    cluster: Some("c".into()),
                    next_token: token,
                    max_results: max,
                    scheduling_strategy: strategy,
                    ..Default::default()
                },
            )
            .await
        }
    };
    let first = list(None, None, None).await.unwrap();
    assert_eq!(
        first.service_arns.as_ref().unwrap().len(),
        10,
        "ECS pages by 10"
    );
    let rest = list(first.next_token.clone(), None, None).await.unwrap();
    assert_eq!(rest.service_arns.unwrap().len(), 3);
    assert!(rest.next_token.is_none());
    let daemons = list(None, Some(100), Some("DAEMON")).await.unwrap();
    assert_eq!(daemons.service_arns.unwrap().len(), 1);
    assert!(code(list(None, Some(101), None).await).starts_with("InvalidParameterException"));
    assert!(code(list(None, None, Some("ONCE")).await).starts_with("InvalidParameterException"));
}

#[tokio::test]
async fn update_errors_and_deployment_triggers() {
    let h = cluster_with(1).await;
    h.definition("app", 256, 512).await;
    let update = |service: &str| wire::UpdateServiceRequest {
        cluster: Some("c".into()),
        service: Some(service.into()),
        ..Default::default()
    };
    assert!(code(h.update(update("ghost")).await).starts_with("ServiceNotFoundException"));
    h.create(create_request("web", "app:1", 1)).await.unwrap();
    // Desired count alone: no new deployment.
    let scaled = h
        .update(wire::UpdateServiceRequest {
            desired_count: Some(3),
            ..update("web")
        })
        .await
        .unwrap();
    assert_eq!(scaled.desired_count, Some(3));
    assert_eq!(scaled.deployments.unwrap().len(), 1);
    // A new task definition: a new PRIMARY, the old one ACTIVE.
    let rolled = h
        .update(wire::UpdateServiceRequest {
            task_definition: Some("app".into()),
            ..update("web")
        })
        .await
        .unwrap();
    assert!(rolled.task_definition.unwrap().ends_with("app:2"));
    let statuses: Vec<String> = rolled
        .deployments
        .unwrap()
        .into_iter()
        .map(|d| d.status.unwrap())
        .collect();
    assert_eq!(statuses, vec!["PRIMARY", "ACTIVE"]);
    // forceNewDeployment with nothing changed: another one.
    let forced = h
        .update(wire::UpdateServiceRequest {
            force_new_deployment: Some(true),
            ..update("web")
        })
        .await
        .unwrap();
    assert_eq!(forced.deployments.unwrap().len(), 3);
    assert!(code(
        h.update(wire::UpdateServiceRequest {
            desired_count: Some(-2),
            ..update("web")
        })
        .await
    )
    .starts_with("InvalidParameterException"));
    // Deleted: not ACTIVE any more.
    h.cp.delete_service(
        &scope(),
        wire::DeleteServiceRequest {
            cluster: Some("c".into()),
            service: Some("web".into()),
            force: Some(true),
        },
    )
    .await
    .unwrap();
    assert!(code(h.update(update("web")).await).starts_with("ServiceNotActiveException"));
}

#[tokio::test]
async fn delete_needs_force_above_zero_and_frees_the_name() {
    let h = cluster_with(1).await;
    h.create(create_request("web", "app", 2)).await.unwrap();
    let delete = |force: Option<bool>| wire::DeleteServiceRequest {
        cluster: Some("c".into()),
        service: Some("web".into()),
        force,
    };
    assert_eq!(
        code(h.cp.delete_service(&scope(), delete(None)).await),
        "InvalidParameterException: The service cannot be stopped while it is scaled above 0."
    );
    let deleted =
        h.cp.delete_service(&scope(), delete(Some(true)))
            .await
            .unwrap()
            .service
            .unwrap();
    // No task was ever started: INACTIVE at once, still describable.
    assert_eq!(deleted.status.as_deref(), Some("INACTIVE"));
    assert_eq!(h.describe("web").await.status.as_deref(), Some("INACTIVE"));
    assert!(
        code(h.cp.delete_service(&scope(), delete(Some(true))).await)
            .starts_with("ServiceNotActiveException")
    );
    let missing = wire::DeleteServiceRequest {
        service: Some("ghost".into()),
        ..delete(None)
    };
    assert!(
        code(h.cp.delete_service(&scope(), missing).await).starts_with("ServiceNotFoundException")
    );
    // The name can be used again.
    let again = h.create(create_request("web", "app", 1)).await.unwrap();
    assert_eq!(again.status.as_deref(), Some("ACTIVE"));
}

#[tokio::test]
async fn services_block_cluster_deletion_and_are_counted() {
    let h = harness();
    h.cluster("c").await;
    h.definition("app", 256, 512).await;
    h.create(create_request("web", "app", 0)).await.unwrap();
    let cluster =
        h.cp.describe_clusters(
            &scope(),
            wire::DescribeClustersRequest {
                clusters: Some(vec!["c".into()]),
                include: None,
            },
        )
        .await
        .unwrap()
        .clusters
        .unwrap()
        .remove(0);
    assert_eq!(cluster.active_services_count, Some(1));
    let delete =
        h.cp.delete_cluster(
            &scope(),
            wire::DeleteClusterRequest {
                cluster: Some("c".into()),
            },
        )
        .await;
    assert!(code(delete).starts_with("ClusterContainsServicesException"));
    h.cp.delete_service(
        &scope(),
        wire::DeleteServiceRequest {
            cluster: Some("c".into()),
            service: Some("web".into()),
            force: None,
        },
    )
    .await
    .unwrap();
    h.cp.delete_cluster(
        &scope(),
        wire::DeleteClusterRequest {
            cluster: Some("c".into()),
        },
    )
    .await
    .expect("an INACTIVE service does not hold the cluster");
}

#[tokio::test]
async fn services_take_tags() {
    let h = cluster_with(1).await;
    h.create(create_request("web", "app", 0)).await.unwrap();
    let arn = "arn:aws:ecs:us-east-1:123456789012:service/c/web".to_string();
    h.cp.tag_resource(
        &scope(),
        wire::TagResourceRequest {
            resource_arn: Some(arn.clone()),
            tags: Some(vec![wire::Tag {
                key: Some("k".into()),
                value: Some("v".into()),
            }]),
        },
    )
    .await
    .unwrap();
    let tags =
        h.cp.list_tags_for_resource(
            &scope(),
            wire::ListTagsForResourceRequest {
                resource_arn: Some(arn),
            },
        )
        .await
        .unwrap()
        .tags
        .unwrap();
    assert_eq!(tags.len(), 1);
}

#[tokio::test]
async fn namespaces_list_service_connect_services() {
    let h = cluster_with(1).await;
    let mut request = create_request("web", "app", 0);
    request.service_connect_configuration = Some(wire::ServiceConnectConfiguration {
        enabled: Some(true),
        namespace: Some("arn:aws:servicediscovery:us-east-1:123456789012:namespace/ns-1".into()),
        ..Default::default()
    });
    h.create(request).await.unwrap();
    h.create(create_request("plain", "app", 0)).await.unwrap();
    let list = |namespace: &str| {
        let cp = h.cp.clone();
        let namespace = namespace.to_string();
        async move {
            cp.list_services_by_namespace(
                &scope(),
                wire::ListServicesByNamespaceRequest {
                    namespace: Some(namespace),
                    ..Default::default()
                },
            )
            .await
            .unwrap()
            .service_arns
            .unwrap()
        }
    };
    assert_eq!(list("ns-1").await.len(), 1);
    assert!(list("ns-2").await.is_empty());
}
