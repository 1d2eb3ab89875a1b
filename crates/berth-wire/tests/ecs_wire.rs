//! Black-box tests of the generated ECS shapes: the model's own examples survive a
//! deserialize/serialize round trip, lenient input (unknown fields, `null`, unknown enum values) is
//! accepted, and the generated metadata says what the model says.
//!
//! The example documents are copied from botocore's `ecs-2014-11-13.examples-1.json` so that the
//! crate tests itself without the reference directory.

use std::path::Path;
use std::process::Command;

use berth_wire::ecs::{self, *};
use berth_wire::{find_operation, one_of, Timestamp, WireShape};
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{json, Value};

/// Deserializes `input` as `T`, serializes it back, and compares with `expected` as JSON values
/// (key order does not matter). Also checks that a second round trip changes nothing.
fn check<T>(input: &str, expected: &Value)
where
    T: DeserializeOwned + Serialize + PartialEq + std::fmt::Debug,
{
    let parsed: T = serde_json::from_str(input)
        .unwrap_or_else(|e| panic!("{} rejects its example: {e}", std::any::type_name::<T>()));
    let out = serde_json::to_value(&parsed).unwrap();
    assert_eq!(&out, expected, "{}", std::any::type_name::<T>());
    let again: T = serde_json::from_value(out).unwrap();
    assert_eq!(again, parsed);
}

/// The round trip must reproduce a document exactly when it has no timestamps.
fn check_identity<T>(input: &str)
where
    T: DeserializeOwned + Serialize + PartialEq + std::fmt::Debug,
{
    let expected: Value = serde_json::from_str(input).unwrap();
    check::<T>(input, &expected);
}

const REGISTER_TASK_DEFINITION_INPUT: &str = r#"{
  "containerDefinitions": [
    { "name": "sleep", "command": ["sleep", "360"], "cpu": 10, "essential": true,
      "image": "busybox", "memory": 10 }
  ],
  "family": "sleep360",
  "taskRoleArn": "",
  "volumes": []
}"#;

const REGISTER_TASK_DEFINITION_OUTPUT: &str = r#"{
  "taskDefinition": {
    "containerDefinitions": [
      { "name": "sleep", "command": ["sleep", "360"], "cpu": 10, "environment": [],
        "essential": true, "image": "busybox", "memory": 10, "mountPoints": [],
        "portMappings": [], "volumesFrom": [] }
    ],
    "family": "sleep360",
    "revision": 1,
    "taskDefinitionArn": "arn:aws:ecs:us-east-1:<aws_account_id>:task-definition/sleep360:19",
    "volumes": []
  }
}"#;

const DESCRIBE_TASKS_OUTPUT: &str = r#"{
  "failures": [],
  "tasks": [
    {
      "clusterArn": "arn:aws:ecs:<region>:<aws_account_id>:cluster/default",
      "containerInstanceArn": "arn:aws:ecs:<region>:<aws_account_id>:container-instance/18f9eda5-27d7-4c19-b133-45adc516e8fb",
      "containers": [
        {
          "name": "ecs-demo",
          "containerArn": "arn:aws:ecs:<region>:<aws_account_id>:container/7c01765b-c588-45b3-8290-4ba38bd6c5a6",
          "lastStatus": "RUNNING",
          "networkBindings": [ { "bindIP": "0.0.0.0", "containerPort": 80, "hostPort": 80 } ],
          "taskArn": "arn:aws:ecs:<region>:<aws_account_id>:task/c5cba4eb-5dad-405e-96db-71ef8eefe6a8"
        }
      ],
      "desiredStatus": "RUNNING",
      "lastStatus": "RUNNING",
      "overrides": { "containerOverrides": [ { "name": "ecs-demo" } ] },
      "startedBy": "ecs-svc/9223370608528463088",
      "taskArn": "arn:aws:ecs:<region>:<aws_account_id>:task/c5cba4eb-5dad-405e-96db-71ef8eefe6a8",
      "taskDefinitionArn": "arn:aws:ecs:<region>:<aws_account_id>:task-definition/amazon-ecs-sample:1"
    }
  ]
}"#;

const RUN_TASK_INPUT: &str = r#"{ "cluster": "default", "taskDefinition": "sleep360:1" }"#;

const RUN_TASK_OUTPUT: &str = r#"{
  "tasks": [
    {
      "containerInstanceArn": "arn:aws:ecs:us-east-1:<aws_account_id>:container-instance/ffe3d344-77e2-476c-a4d0-bf560ad50acb",
      "containers": [
        {
          "name": "sleep",
          "containerArn": "arn:aws:ecs:us-east-1:<aws_account_id>:container/58591c8e-be29-4ddf-95aa-ee459d4c59fd",
          "lastStatus": "PENDING",
          "taskArn": "arn:aws:ecs:us-east-1:<aws_account_id>:task/a9f21ea7-c9f5-44b1-b8e6-b31f50ed33c0"
        }
      ],
      "desiredStatus": "RUNNING",
      "lastStatus": "PENDING",
      "overrides": { "containerOverrides": [ { "name": "sleep" } ] },
      "taskArn": "arn:aws:ecs:us-east-1:<aws_account_id>:task/a9f21ea7-c9f5-44b1-b8e6-b31f50ed33c0",
      "taskDefinitionArn": "arn:aws:ecs:us-east-1:<aws_account_id>:task-definition/sleep360:1"
    }
  ]
}"#;

const DESCRIBE_CONTAINER_INSTANCES_OUTPUT: &str = r#"{
  "containerInstances": [
    {
      "agentConnected": true,
      "containerInstanceArn": "arn:aws:ecs:us-east-1:012345678910:container-instance/f2756532-8f13-4d53-87c9-aed50dc94cd7",
      "ec2InstanceId": "i-807f3249",
      "pendingTasksCount": 0,
      "registeredResources": [
        { "name": "CPU", "type": "INTEGER", "doubleValue": 0.0, "integerValue": 2048, "longValue": 0 },
        { "name": "MEMORY", "type": "INTEGER", "doubleValue": 0.0, "integerValue": 3768, "longValue": 0 },
        { "name": "PORTS", "type": "STRINGSET", "doubleValue": 0.0, "integerValue": 0, "longValue": 0,
          "stringSetValue": ["2376", "22", "51678", "2375"] }
      ],
      "remainingResources": [
        { "name": "CPU", "type": "INTEGER", "doubleValue": 0.0, "integerValue": 1948, "longValue": 0 },
        { "name": "MEMORY", "type": "INTEGER", "doubleValue": 0.0, "integerValue": 3668, "longValue": 0 },
        { "name": "PORTS", "type": "STRINGSET", "doubleValue": 0.0, "integerValue": 0, "longValue": 0,
          "stringSetValue": ["2376", "22", "80", "51678", "2375"] }
      ],
      "runningTasksCount": 1,
      "status": "ACTIVE"
    }
  ],
  "failures": []
}"#;

/// The model's example writes timestamps as ISO 8601 strings; the wire form is epoch seconds.
const CREATE_SERVICE_OUTPUT: &str = r#"{
  "service": {
    "clusterArn": "arn:aws:ecs:us-east-1:012345678910:cluster/default",
    "createdAt": "2016-08-29T16:13:47.298Z",
    "deploymentConfiguration": { "maximumPercent": 200, "minimumHealthyPercent": 100 },
    "deployments": [
      { "createdAt": "2016-08-29T16:13:47.298Z", "desiredCount": 10,
        "id": "ecs-svc/9223370564342348388", "pendingCount": 0, "runningCount": 0,
        "status": "PRIMARY",
        "taskDefinition": "arn:aws:ecs:us-east-1:012345678910:task-definition/hello_world:6",
        "updatedAt": "2016-08-29T16:13:47.298Z" },
      { "createdAt": "2016-08-29T15:52:44.481Z", "desiredCount": 0,
        "id": "ecs-svc/9223370564343611322", "pendingCount": 0, "runningCount": 0,
        "status": "ACTIVE",
        "taskDefinition": "arn:aws:ecs:us-east-1:012345678910:task-definition/hello_world:6",
        "updatedAt": "2016-08-29T16:11:38.941Z" }
    ],
    "desiredCount": 10,
    "events": [],
    "loadBalancers": [],
    "pendingCount": 0,
    "runningCount": 0,
    "serviceArn": "arn:aws:ecs:us-east-1:012345678910:service/ecs-simple-service",
    "serviceName": "ecs-simple-service",
    "status": "ACTIVE",
    "taskDefinition": "arn:aws:ecs:us-east-1:012345678910:task-definition/hello_world:6"
  }
}"#;

#[test]
fn model_examples_round_trip_unchanged() {
    check_identity::<RegisterTaskDefinitionRequest>(REGISTER_TASK_DEFINITION_INPUT);
    check_identity::<RegisterTaskDefinitionResponse>(REGISTER_TASK_DEFINITION_OUTPUT);
    check_identity::<DescribeTasksResponse>(DESCRIBE_TASKS_OUTPUT);
    check_identity::<RunTaskRequest>(RUN_TASK_INPUT);
    check_identity::<RunTaskResponse>(RUN_TASK_OUTPUT);
    check_identity::<DescribeContainerInstancesResponse>(DESCRIBE_CONTAINER_INSTANCES_OUTPUT);
}

#[test]
fn example_timestamps_come_back_as_epoch_seconds() {
    let mut expected: Value = serde_json::from_str(CREATE_SERVICE_OUTPUT).unwrap();
    let service = &mut expected["service"];
    service["createdAt"] = json!(1_472_487_227.298);
    service["deployments"][0]["createdAt"] = json!(1_472_487_227.298);
    service["deployments"][0]["updatedAt"] = json!(1_472_487_227.298);
    service["deployments"][1]["createdAt"] = json!(1_472_485_964.481);
    service["deployments"][1]["updatedAt"] = json!(1_472_487_098.941);
    check::<CreateServiceResponse>(CREATE_SERVICE_OUTPUT, &expected);

    let parsed: CreateServiceResponse = serde_json::from_str(CREATE_SERVICE_OUTPUT).unwrap();
    let created = parsed.service.and_then(|s| s.created_at).unwrap();
    assert_eq!(created.unix_millis(), 1_472_487_227_298);
}

#[test]
fn typed_access_uses_snake_case_and_raw_identifiers() {
    let parsed: DescribeContainerInstancesResponse =
        serde_json::from_str(DESCRIBE_CONTAINER_INSTANCES_OUTPUT).unwrap();
    let instance = &parsed.container_instances.unwrap()[0];
    assert_eq!(instance.ec2_instance_id.as_deref(), Some("i-807f3249"));
    let cpu = &instance.registered_resources.as_ref().unwrap()[0];
    assert_eq!(cpu.r#type.as_deref(), Some("INTEGER"));
    assert_eq!(cpu.integer_value, Some(2048));
    assert_eq!(cpu.double_value, Some(0.0));
}

#[test]
fn unknown_fields_are_ignored_and_null_is_absent() {
    let parsed: RunTaskRequest = serde_json::from_str(
        r#"{ "taskDefinition": "sleep360", "cluster": null, "count": null,
             "overrides": null, "tags": null, "noSuchField": { "x": [1, 2] } }"#,
    )
    .unwrap();
    assert_eq!(
        parsed,
        RunTaskRequest {
            task_definition: Some("sleep360".to_owned()),
            ..RunTaskRequest::default()
        }
    );
    assert_eq!(
        serde_json::to_value(&parsed).unwrap(),
        json!({ "taskDefinition": "sleep360" })
    );
}

#[test]
fn unknown_enum_values_reach_the_caller() {
    let parsed: RunTaskRequest =
        serde_json::from_str(r#"{ "taskDefinition": "t", "launchType": "SPACESHIP" }"#).unwrap();
    let launch_type = parsed.launch_type.unwrap();
    assert_eq!(launch_type, "SPACESHIP");
    assert!(!one_of(LAUNCH_TYPE_VALUES, &launch_type));
    assert!(one_of(LAUNCH_TYPE_VALUES, "FARGATE"));
}

#[test]
fn wrong_json_types_are_rejected() {
    for input in [
        r#"{ "count": "1" }"#,
        r#"{ "count": 1.5 }"#,
        r#"{ "tags": {} }"#,
        r#"{ "enableExecuteCommand": "true" }"#,
        r#"{ "count": 4294967296 }"#,
    ] {
        assert!(
            serde_json::from_str::<RunTaskRequest>(input).is_err(),
            "{input}"
        );
    }
}

#[test]
fn documents_and_maps_are_echoed_verbatim() {
    // `HookDetails` is a free-form document and `dockerLabels` a string map.
    let input = json!({
        "hookDetails": { "anything": [1, "two", { "three": null }], "n": 1.5 },
        "hookTargetArn": "arn:aws:lambda:us-east-1:1:function:f"
    });
    let parsed: DeploymentLifecycleHook = serde_json::from_value(input.clone()).unwrap();
    assert_eq!(serde_json::to_value(&parsed).unwrap(), input);

    let labels = json!({ "name": "web", "dockerLabels": { "b": "2", "a": "1" } });
    let parsed: ContainerDefinition = serde_json::from_value(labels.clone()).unwrap();
    assert_eq!(serde_json::to_value(&parsed).unwrap(), labels);
}

#[test]
fn required_and_enum_metadata_match_the_model() {
    assert_eq!(RunTaskRequest::REQUIRED, &["taskDefinition"]);
    assert_eq!(
        RegisterTaskDefinitionRequest::REQUIRED,
        &["family", "containerDefinitions"]
    );
    assert!(RunTaskRequest::ENUM_MEMBERS.contains(&("launchType", LAUNCH_TYPE_VALUES)));
    assert!(DescribeTasksRequest::ENUM_MEMBERS.contains(&("include", TASK_FIELD_VALUES)));
    assert!(DescribeTasksResponse::REQUIRED.is_empty());

    // The same metadata is reachable generically, which is how the API layer uses it.
    fn required_of<T: WireShape>() -> (&'static str, &'static [&'static str]) {
        (T::SHAPE_NAME, T::REQUIRED)
    }
    assert_eq!(
        required_of::<KeyValuePair>(),
        ("KeyValuePair", &[] as &[&str])
    );
    assert_eq!(
        required_of::<ContainerDefinition>().1,
        ContainerDefinition::REQUIRED
    );
}

#[test]
fn operation_table_and_service_metadata() {
    assert_eq!(ecs::OPERATIONS.len(), 88);
    let names: Vec<&str> = ecs::OPERATIONS.iter().map(|op| op.name).collect();
    let mut sorted = names.clone();
    sorted.sort_unstable();
    assert_eq!(names, sorted, "operations are emitted sorted by name");

    let run_task = find_operation(ecs::OPERATIONS, "RunTask").unwrap();
    assert_eq!(run_task.input, Some("RunTaskRequest"));
    assert_eq!(run_task.output, Some("RunTaskResponse"));
    assert!(run_task.errors.contains(&"InvalidParameterException"));
    for op in ecs::OPERATIONS {
        for error in op.errors {
            assert!(ecs::ERROR_CODES.contains(error), "{}: {error}", op.name);
        }
    }
    assert!(ecs::ERROR_CODES.contains(&"ClusterNotFoundException"));
    assert_eq!(ecs::TARGET_PREFIX, "AmazonEC2ContainerServiceV20141113");
    assert_eq!(ecs::SIGNING_NAME, "ecs");
    assert_eq!(ecs::API_VERSION, "2014-11-13");
    assert_eq!(ecs::JSON_VERSION, "1.1");
}

#[test]
fn exceptions_carry_their_message() {
    let parsed: InvalidParameterException =
        serde_json::from_str(r#"{ "message": "bad cpu" }"#).unwrap();
    assert_eq!(parsed.message.as_deref(), Some("bad cpu"));
}

#[test]
fn timestamps_in_shapes_accept_numbers_and_strings() {
    for (raw, millis) in [
        (json!(1_472_487_227), 1_472_487_227_000),
        (json!(1_472_487_227.298), 1_472_487_227_298),
        (json!("2016-08-29T16:13:47.298Z"), 1_472_487_227_298),
    ] {
        let parsed: Deployment = serde_json::from_value(json!({ "createdAt": raw })).unwrap();
        assert_eq!(
            parsed.created_at.map(Timestamp::unix_millis),
            Some(millis),
            "{raw}"
        );
    }
}

/// `src/ecs.rs` is what the generator produces from the model today. Skipped (with a message)
/// where the generator's inputs are not available, e.g. outside the berth checkout.
#[test]
fn generated_file_is_up_to_date() {
    let crate_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let repo = crate_dir.join("../..");
    let generator = repo.join("tools/wire-codegen/gen.py");
    let model = repo.join("../shared/reference/aws-models/ecs-2014-11-13.service-2.json");
    if !generator.exists() || !model.exists() {
        eprintln!(
            "skipped: {} or {} is missing",
            generator.display(),
            model.display()
        );
        return;
    }
    let status = Command::new("python3")
        .arg(&generator)
        .arg(&model)
        .arg(crate_dir.join("src/ecs.rs"))
        .arg("--check")
        .status();
    match status {
        Ok(status) => assert!(status.success(), "src/ecs.rs is stale: rerun the generator"),
        Err(e) => eprintln!("skipped: cannot run python3: {e}"),
    }
}
