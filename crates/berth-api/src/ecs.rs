//! The Amazon ECS JSON 1.1 service: operation name → typed request → control-plane handler.
//!
//! Parsing happens in three steps, each with an error that names the member: the body must be a
//! JSON object (`SerializationException`), the model's required members must be present and
//! top-level enum members must hold a model value (`InvalidParameterException`), and every member
//! must have its modelled type (`SerializationException` naming the path).

use crate::error::ApiError;
use crate::server::{AwsService, RequestContext};
use async_trait::async_trait;
use berth_control::{ControlPlane, EcsError, EcsResult};
use berth_model::Scope;
use berth_wire::ecs as wire;
use berth_wire::WireShape;
use serde::de::DeserializeOwned;
use serde::Serialize;
use std::future::Future;
use std::sync::Arc;

/// ECS on the shared listener.
pub struct EcsService {
    control: Arc<ControlPlane>,
}

impl EcsService {
    pub fn new(control: Arc<ControlPlane>) -> Self {
        EcsService { control }
    }
}

/// Parses a request body into its wire shape, with ECS-style errors.
pub fn parse<T: DeserializeOwned + WireShape>(body: &[u8]) -> Result<T, ApiError> {
    let value: serde_json::Value = if body.iter().all(u8::is_ascii_whitespace) {
        serde_json::Value::Object(Default::default())
    } else {
        serde_json::from_slice(body).map_err(|e| {
            ApiError::serialization(format!("The request body is not valid JSON: {e}"))
        })?
    };
    let Some(object) = value.as_object() else {
        return Err(ApiError::serialization(
            "The request body must be a JSON object.",
        ));
    };
    for member in T::REQUIRED {
        if object.get(*member).is_none_or(serde_json::Value::is_null) {
            return Err(EcsError::invalid(format!("{member} is required.")).into());
        }
    }
    for (member, allowed) in T::ENUM_MEMBERS {
        let values: Vec<&serde_json::Value> = match object.get(*member) {
            Some(serde_json::Value::Array(items)) => items.iter().collect(),
            Some(serde_json::Value::Null) | None => Vec::new(),
            Some(single) => vec![single],
        };
        for value in values {
            if let Some(text) = value.as_str() {
                if !allowed.contains(&text) {
                    return Err(EcsError::invalid(format!(
                        "{member} '{text}' is invalid; valid values are: {}.",
                        allowed.join(", ")
                    ))
                    .into());
                }
            }
        }
    }
    serde_path_to_error::deserialize(value).map_err(|e| {
        let path = e.path().to_string();
        ApiError::serialization(format!(
            "Member '{path}' of {} has the wrong type: {}",
            T::SHAPE_NAME,
            e.inner()
        ))
    })
}

async fn run<Req, Resp, F, Fut>(body: &[u8], handler: F) -> Result<Vec<u8>, ApiError>
where
    Req: DeserializeOwned + WireShape,
    Resp: Serialize,
    F: FnOnce(Req) -> Fut,
    Fut: Future<Output = EcsResult<Resp>>,
{
    let request = parse::<Req>(body)?;
    let response = handler(request).await?;
    serde_json::to_vec(&response)
        .map_err(|e| ApiError::new(500, "ServerException", format!("encoding failed: {e}")))
}

macro_rules! dispatch {
    ($self:ident, $scope:ident, $operation:ident, $body:ident, { $($name:literal => $method:ident),* $(,)? }) => {
        match $operation {
            $($name => run($body, |request| $self.control.$method(&$scope, request)).await,)*
            other => Err(unsupported(other)),
        }
    };
}

fn unsupported(operation: &str) -> ApiError {
    if berth_wire::find_operation(wire::OPERATIONS, operation).is_some() {
        EcsError::UnsupportedFeature(format!("berth does not implement {operation} yet.")).into()
    } else {
        ApiError::unknown_operation(format!("Unknown operation {operation}."))
    }
}

#[async_trait]
impl AwsService for EcsService {
    fn target_prefix(&self) -> Option<&'static str> {
        Some(wire::TARGET_PREFIX)
    }

    fn signing_name(&self) -> &'static str {
        wire::SIGNING_NAME
    }

    async fn call(
        &self,
        ctx: &RequestContext,
        operation: &str,
        body: &[u8],
    ) -> Result<Vec<u8>, ApiError> {
        let scope = Scope::new(&ctx.region, &ctx.account);
        dispatch!(self, scope, operation, body, {
            "CreateCluster" => create_cluster,
            "DescribeClusters" => describe_clusters,
            "ListClusters" => list_clusters,
            "DeleteCluster" => delete_cluster,
            "UpdateCluster" => update_cluster,
            "UpdateClusterSettings" => update_cluster_settings,
            // Task definitions (berth-control/src/task_definitions*.rs):
            "RegisterTaskDefinition" => register_task_definition,
            "DescribeTaskDefinition" => describe_task_definition,
            "ListTaskDefinitions" => list_task_definitions,
            "ListTaskDefinitionFamilies" => list_task_definition_families,
            "DeregisterTaskDefinition" => deregister_task_definition,
            "DeleteTaskDefinitions" => delete_task_definitions,
            // Container instances, attributes, tags (berth-control/src/instances.rs, attributes.rs, tags.rs):
            "RegisterContainerInstance" => register_container_instance,
            "DeregisterContainerInstance" => deregister_container_instance,
            "DescribeContainerInstances" => describe_container_instances,
            "ListContainerInstances" => list_container_instances,
            "UpdateContainerInstancesState" => update_container_instances_state,
            "PutAttributes" => put_attributes,
            "DeleteAttributes" => delete_attributes,
            "ListAttributes" => list_attributes,
            "TagResource" => tag_resource,
            "UntagResource" => untag_resource,
            "ListTagsForResource" => list_tags_for_resource,
            // Tasks (berth-control/src/tasks*.rs):
            "RunTask" => run_task,
            "StartTask" => start_task,
            "StopTask" => stop_task,
            "DescribeTasks" => describe_tasks,
            "ListTasks" => list_tasks,
            "SubmitTaskStateChange" => submit_task_state_change,
            "SubmitContainerStateChange" => submit_container_state_change,
            // Services (berth-control/src/services*.rs):
            "CreateService" => create_service,
            "UpdateService" => update_service,
            "DeleteService" => delete_service,
            "DescribeServices" => describe_services,
            "ListServices" => list_services,
            "ListServicesByNamespace" => list_services_by_namespace,
            "ListServiceDeployments" => list_service_deployments,
            "DescribeServiceDeployments" => describe_service_deployments,
            "DescribeServiceRevisions" => describe_service_revisions,
            "StopServiceDeployment" => stop_service_deployment,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err<T: DeserializeOwned + WireShape + std::fmt::Debug>(body: &str) -> ApiError {
        parse::<T>(body.as_bytes()).expect_err(body)
    }

    #[test]
    fn parse_errors_name_the_member() {
        let e = err::<wire::RunTaskRequest>("[1]");
        assert_eq!(e.code, "SerializationException");
        let e = err::<wire::RunTaskRequest>("{}");
        assert_eq!(e.code, "InvalidParameterException");
        assert!(e.message.contains("taskDefinition"), "{}", e.message);
        let e = err::<wire::RunTaskRequest>(r#"{"taskDefinition":"a","launchType":"MOON"}"#);
        assert!(e.message.contains("launchType"), "{}", e.message);
        let e = err::<wire::RunTaskRequest>(r#"{"taskDefinition":"a","count":"ten"}"#);
        assert_eq!(e.code, "SerializationException");
        assert!(e.message.contains("count"), "{}", e.message);
        let e = err::<wire::RunTaskRequest>("{not json");
        assert_eq!(e.code, "SerializationException");
    }

    #[test]
    fn empty_body_and_nulls_are_accepted() {
        assert!(parse::<wire::ListClustersRequest>(b"").is_ok());
        assert!(parse::<wire::ListClustersRequest>(br#"{"nextToken":null}"#).is_ok());
    }
}
