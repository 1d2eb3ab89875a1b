//! Wire shapes of Amazon EC2 Container Service (`ecs-2014-11-13`, json protocol), generated from
//! the botocore model.
//!
//! GENERATED FILE: do not edit by hand. Regenerate from the repository root with
//!
//! ```text
//! python3 tools/wire-codegen/gen.py ../shared/reference/aws-models/ecs-2014-11-13.service-2.json crates/berth-wire/src/ecs.rs
//! ```
//!
//! Every structure member is optional and carries its exact wire name, so that a request
//! round-trips through these types without losing fields; enum strings stay `String` so
//! that unknown values reach the handler. This module holds data shapes only: validation,
//! defaults and behaviour belong to the API layer. Being generated, it is exempt from the
//! ~800-line file rule.

#![allow(clippy::doc_markdown)]

use crate::shape::Operation;
use crate::shape::WireShape;
use crate::timestamp::Timestamp;
use serde::Deserialize;
use serde::Serialize;
use serde_json::Value;
use std::collections::BTreeMap;

/// Version of the API the model describes.
pub const API_VERSION: &str = "2014-11-13";

/// Prefix of the `X-Amz-Target` header (`<prefix>.<Operation>`).
pub const TARGET_PREFIX: &str = "AmazonEC2ContainerServiceV20141113";

/// Service name in the SigV4 credential scope.
pub const SIGNING_NAME: &str = "ecs";

/// Host prefix of the service endpoint.
pub const ENDPOINT_PREFIX: &str = "ecs";

/// Content type is `application/x-amz-json-<version>`.
pub const JSON_VERSION: &str = "1.1";

/// Wire protocol of the service.
pub const PROTOCOL: &str = "json";

/// Service id used by the SDKs.
pub const SERVICE_ID: &str = "ECS";

/// Values of the `AcceleratorManufacturer` enum, in model order.
pub const ACCELERATOR_MANUFACTURER_VALUES: &[&str] =
    &["amazon-web-services", "amd", "nvidia", "xilinx", "habana"];

/// Values of the `AcceleratorName` enum, in model order.
pub const ACCELERATOR_NAME_VALUES: &[&str] = &[
    "a100",
    "inferentia",
    "k520",
    "k80",
    "m60",
    "radeon-pro-v520",
    "t4",
    "vu9p",
    "v100",
    "a10g",
    "h100",
    "t4g",
    "l40s",
    "l4",
];

/// Values of the `AcceleratorType` enum, in model order.
pub const ACCELERATOR_TYPE_VALUES: &[&str] = &["gpu", "fpga", "inference"];

/// Values of the `AccessType` enum, in model order.
pub const ACCESS_TYPE_VALUES: &[&str] = &["PUBLIC", "PRIVATE"];

/// Values of the `AgentUpdateStatus` enum, in model order.
pub const AGENT_UPDATE_STATUS_VALUES: &[&str] = &[
    "PENDING", "STAGING", "STAGED", "UPDATING", "UPDATED", "FAILED",
];

/// Values of the `ApplicationProtocol` enum, in model order.
pub const APPLICATION_PROTOCOL_VALUES: &[&str] = &["http", "http2", "grpc"];

/// Values of the `AssignPublicIp` enum, in model order.
pub const ASSIGN_PUBLIC_IP_VALUES: &[&str] = &["ENABLED", "DISABLED"];

/// Values of the `AttestationPolicyStatus` enum, in model order.
pub const ATTESTATION_POLICY_STATUS_VALUES: &[&str] = &["CONFIGURED"];

/// Values of the `AutoRepairActionsStatus` enum, in model order.
pub const AUTO_REPAIR_ACTIONS_STATUS_VALUES: &[&str] = &["ENABLED", "DISABLED"];

/// Values of the `AvailabilityZoneRebalancing` enum, in model order.
pub const AVAILABILITY_ZONE_REBALANCING_VALUES: &[&str] = &["ENABLED", "DISABLED"];

/// Values of the `BareMetal` enum, in model order.
pub const BARE_METAL_VALUES: &[&str] = &["included", "required", "excluded"];

/// Values of the `BurstablePerformance` enum, in model order.
pub const BURSTABLE_PERFORMANCE_VALUES: &[&str] = &["included", "required", "excluded"];

/// Values of the `CPUArchitecture` enum, in model order.
pub const CPU_ARCHITECTURE_VALUES: &[&str] = &["X86_64", "ARM64"];

/// Values of the `CapacityOptionType` enum, in model order.
pub const CAPACITY_OPTION_TYPE_VALUES: &[&str] = &["ON_DEMAND", "SPOT", "RESERVED"];

/// Values of the `CapacityProviderField` enum, in model order.
pub const CAPACITY_PROVIDER_FIELD_VALUES: &[&str] = &["TAGS"];

/// Values of the `CapacityProviderStatus` enum, in model order.
pub const CAPACITY_PROVIDER_STATUS_VALUES: &[&str] =
    &["PROVISIONING", "ACTIVE", "DEPROVISIONING", "INACTIVE"];

/// Values of the `CapacityProviderType` enum, in model order.
pub const CAPACITY_PROVIDER_TYPE_VALUES: &[&str] = &[
    "EC2_AUTOSCALING",
    "MANAGED_INSTANCES",
    "FARGATE",
    "FARGATE_SPOT",
];

/// Values of the `CapacityProviderUpdateStatus` enum, in model order.
pub const CAPACITY_PROVIDER_UPDATE_STATUS_VALUES: &[&str] = &[
    "CREATE_IN_PROGRESS",
    "CREATE_COMPLETE",
    "CREATE_FAILED",
    "DELETE_IN_PROGRESS",
    "DELETE_COMPLETE",
    "DELETE_FAILED",
    "UPDATE_IN_PROGRESS",
    "UPDATE_COMPLETE",
    "UPDATE_FAILED",
];

/// Values of the `CapacityReservationPreference` enum, in model order.
pub const CAPACITY_RESERVATION_PREFERENCE_VALUES: &[&str] = &[
    "RESERVATIONS_ONLY",
    "RESERVATIONS_FIRST",
    "RESERVATIONS_EXCLUDED",
];

/// Values of the `ClusterField` enum, in model order.
pub const CLUSTER_FIELD_VALUES: &[&str] = &[
    "ATTACHMENTS",
    "CONFIGURATIONS",
    "SETTINGS",
    "STATISTICS",
    "TAGS",
];

/// Values of the `ClusterSettingName` enum, in model order.
pub const CLUSTER_SETTING_NAME_VALUES: &[&str] = &["containerInsights"];

/// Values of the `Compatibility` enum, in model order.
pub const COMPATIBILITY_VALUES: &[&str] = &["EC2", "FARGATE", "EXTERNAL", "MANAGED_INSTANCES"];

/// Values of the `Connectivity` enum, in model order.
pub const CONNECTIVITY_VALUES: &[&str] = &["CONNECTED", "DISCONNECTED"];

/// Values of the `ContainerCondition` enum, in model order.
pub const CONTAINER_CONDITION_VALUES: &[&str] = &["START", "COMPLETE", "SUCCESS", "HEALTHY"];

/// Values of the `ContainerInstanceField` enum, in model order.
pub const CONTAINER_INSTANCE_FIELD_VALUES: &[&str] = &["TAGS", "CONTAINER_INSTANCE_HEALTH"];

/// Values of the `ContainerInstanceStatus` enum, in model order.
pub const CONTAINER_INSTANCE_STATUS_VALUES: &[&str] = &[
    "ACTIVE",
    "DRAINING",
    "REGISTERING",
    "DEREGISTERING",
    "REGISTRATION_FAILED",
];

/// Values of the `CpuManufacturer` enum, in model order.
pub const CPU_MANUFACTURER_VALUES: &[&str] = &["intel", "amd", "amazon-web-services"];

/// Values of the `DaemonDeploymentRollbackMonitorsStatus` enum, in model order.
pub const DAEMON_DEPLOYMENT_ROLLBACK_MONITORS_STATUS_VALUES: &[&str] =
    &["TRIGGERED", "MONITORING", "MONITORING_COMPLETE", "DISABLED"];

/// Values of the `DaemonDeploymentStatus` enum, in model order.
pub const DAEMON_DEPLOYMENT_STATUS_VALUES: &[&str] = &[
    "PENDING",
    "SUCCESSFUL",
    "STOPPED",
    "STOP_REQUESTED",
    "IN_PROGRESS",
    "ROLLBACK_IN_PROGRESS",
    "ROLLBACK_SUCCESSFUL",
    "ROLLBACK_FAILED",
];

/// Values of the `DaemonIpcMode` enum, in model order.
pub const DAEMON_IPC_MODE_VALUES: &[&str] = &["none", "shared"];

/// Values of the `DaemonPidMode` enum, in model order.
pub const DAEMON_PID_MODE_VALUES: &[&str] = &["none", "shared"];

/// Values of the `DaemonPropagateTags` enum, in model order.
pub const DAEMON_PROPAGATE_TAGS_VALUES: &[&str] = &["DAEMON", "NONE"];

/// Values of the `DaemonStatus` enum, in model order.
pub const DAEMON_STATUS_VALUES: &[&str] = &["ACTIVE", "DELETE_IN_PROGRESS"];

/// Values of the `DaemonTaskDefinitionRevisionFilter` enum, in model order.
pub const DAEMON_TASK_DEFINITION_REVISION_FILTER_VALUES: &[&str] = &["LAST_REGISTERED"];

/// Values of the `DaemonTaskDefinitionStatus` enum, in model order.
pub const DAEMON_TASK_DEFINITION_STATUS_VALUES: &[&str] =
    &["ACTIVE", "DELETE_IN_PROGRESS", "DELETED"];

/// Values of the `DaemonTaskDefinitionStatusFilter` enum, in model order.
pub const DAEMON_TASK_DEFINITION_STATUS_FILTER_VALUES: &[&str] =
    &["ACTIVE", "DELETE_IN_PROGRESS", "ALL"];

/// Values of the `DeploymentControllerType` enum, in model order.
pub const DEPLOYMENT_CONTROLLER_TYPE_VALUES: &[&str] = &["ECS", "CODE_DEPLOY", "EXTERNAL"];

/// Values of the `DeploymentLifecycleHookAction` enum, in model order.
pub const DEPLOYMENT_LIFECYCLE_HOOK_ACTION_VALUES: &[&str] = &["ROLLBACK", "CONTINUE"];

/// Values of the `DeploymentLifecycleHookStage` enum, in model order.
pub const DEPLOYMENT_LIFECYCLE_HOOK_STAGE_VALUES: &[&str] = &[
    "RECONCILE_SERVICE",
    "PRE_SCALE_UP",
    "POST_SCALE_UP",
    "TEST_TRAFFIC_SHIFT",
    "POST_TEST_TRAFFIC_SHIFT",
    "PRE_PRODUCTION_TRAFFIC_SHIFT",
    "PRODUCTION_TRAFFIC_SHIFT",
    "POST_PRODUCTION_TRAFFIC_SHIFT",
];

/// Values of the `DeploymentLifecycleHookStatus` enum, in model order.
pub const DEPLOYMENT_LIFECYCLE_HOOK_STATUS_VALUES: &[&str] = &[
    "AWAITING_ACTION",
    "IN_PROGRESS",
    "SUCCEEDED",
    "FAILED",
    "TIMED_OUT",
];

/// Values of the `DeploymentLifecycleHookTargetType` enum, in model order.
pub const DEPLOYMENT_LIFECYCLE_HOOK_TARGET_TYPE_VALUES: &[&str] = &["AWS_LAMBDA", "PAUSE"];

/// Values of the `DeploymentRolloutState` enum, in model order.
pub const DEPLOYMENT_ROLLOUT_STATE_VALUES: &[&str] = &["COMPLETED", "FAILED", "IN_PROGRESS"];

/// Values of the `DeploymentStrategy` enum, in model order.
pub const DEPLOYMENT_STRATEGY_VALUES: &[&str] = &["ROLLING", "BLUE_GREEN", "LINEAR", "CANARY"];

/// Values of the `DesiredStatus` enum, in model order.
pub const DESIRED_STATUS_VALUES: &[&str] = &["RUNNING", "PENDING", "STOPPED"];

/// Values of the `DeviceCgroupPermission` enum, in model order.
pub const DEVICE_CGROUP_PERMISSION_VALUES: &[&str] = &["read", "write", "mknod"];

/// Values of the `EBSResourceType` enum, in model order.
pub const EBS_RESOURCE_TYPE_VALUES: &[&str] = &["volume"];

/// Values of the `EFSAuthorizationConfigIAM` enum, in model order.
pub const EFS_AUTHORIZATION_CONFIG_IAM_VALUES: &[&str] = &["ENABLED", "DISABLED"];

/// Values of the `EFSTransitEncryption` enum, in model order.
pub const EFS_TRANSIT_ENCRYPTION_VALUES: &[&str] = &["ENABLED", "DISABLED"];

/// Values of the `EnvironmentFileType` enum, in model order.
pub const ENVIRONMENT_FILE_TYPE_VALUES: &[&str] = &["s3"];

/// Values of the `ExecuteCommandLogging` enum, in model order.
pub const EXECUTE_COMMAND_LOGGING_VALUES: &[&str] = &["NONE", "DEFAULT", "OVERRIDE"];

/// Values of the `ExpressCpuArchitecture` enum, in model order.
pub const EXPRESS_CPU_ARCHITECTURE_VALUES: &[&str] = &["X86_64", "ARM64"];

/// Values of the `ExpressGatewayServiceInclude` enum, in model order.
pub const EXPRESS_GATEWAY_SERVICE_INCLUDE_VALUES: &[&str] = &["TAGS"];

/// Values of the `ExpressGatewayServiceScalingMetric` enum, in model order.
pub const EXPRESS_GATEWAY_SERVICE_SCALING_METRIC_VALUES: &[&str] =
    &["AVERAGE_CPU", "AVERAGE_MEMORY", "REQUEST_COUNT_PER_TARGET"];

/// Values of the `ExpressGatewayServiceStatusCode` enum, in model order.
pub const EXPRESS_GATEWAY_SERVICE_STATUS_CODE_VALUES: &[&str] = &["ACTIVE", "DRAINING", "INACTIVE"];

/// Values of the `FirelensConfigurationType` enum, in model order.
pub const FIRELENS_CONFIGURATION_TYPE_VALUES: &[&str] = &["fluentd", "fluentbit"];

/// Values of the `GatewayAlbDesyncMitigationMode` enum, in model order.
pub const GATEWAY_ALB_DESYNC_MITIGATION_MODE_VALUES: &[&str] =
    &["monitor", "defensive", "strictest"];

/// Values of the `GatewayAlbProtocol` enum, in model order.
pub const GATEWAY_ALB_PROTOCOL_VALUES: &[&str] = &["HTTP", "HTTPS"];

/// Values of the `GatewayClusterAssociationStatus` enum, in model order.
pub const GATEWAY_CLUSTER_ASSOCIATION_STATUS_VALUES: &[&str] =
    &["ACTIVE", "DISASSOCIATING", "INACTIVE"];

/// Values of the `GatewayConnectorHealthCheckProtocol` enum, in model order.
pub const GATEWAY_CONNECTOR_HEALTH_CHECK_PROTOCOL_VALUES: &[&str] = &["HTTP", "HTTPS"];

/// Values of the `GatewayElbIpAddressType` enum, in model order.
pub const GATEWAY_ELB_IP_ADDRESS_TYPE_VALUES: &[&str] =
    &["ipv4", "dualstack", "dualstack-without-public-ipv4"];

/// Values of the `GatewayElbScheme` enum, in model order.
pub const GATEWAY_ELB_SCHEME_VALUES: &[&str] = &["internet-facing", "internal"];

/// Values of the `GatewayRouteStatus` enum, in model order.
pub const GATEWAY_ROUTE_STATUS_VALUES: &[&str] = &[
    "ACTIVE",
    "CREATE_IN_PROGRESS",
    "CREATE_FAILED",
    "UPDATE_IN_PROGRESS",
    "UPDATE_FAILED",
    "DELETE_IN_PROGRESS",
    "DELETE_FAILED",
];

/// Values of the `GatewayStatus` enum, in model order.
pub const GATEWAY_STATUS_VALUES: &[&str] = &[
    "ACTIVE",
    "UPDATE_IN_PROGRESS",
    "UPDATE_COMPLETE",
    "UPDATE_FAILED",
    "DELETED",
];

/// Values of the `GpuSharingMode` enum, in model order.
pub const GPU_SHARING_MODE_VALUES: &[&str] = &["IDLE", "NVIDIA_MPS", "DEDICATED"];

/// Values of the `HealthStatus` enum, in model order.
pub const HEALTH_STATUS_VALUES: &[&str] = &["HEALTHY", "UNHEALTHY", "UNKNOWN"];

/// Values of the `InstanceGeneration` enum, in model order.
pub const INSTANCE_GENERATION_VALUES: &[&str] = &["current", "previous"];

/// Values of the `InstanceHealthCheckState` enum, in model order.
pub const INSTANCE_HEALTH_CHECK_STATE_VALUES: &[&str] =
    &["OK", "IMPAIRED", "INSUFFICIENT_DATA", "INITIALIZING"];

/// Values of the `InstanceHealthCheckType` enum, in model order.
pub const INSTANCE_HEALTH_CHECK_TYPE_VALUES: &[&str] = &[
    "CONTAINER_RUNTIME",
    "ACCELERATED_COMPUTE",
    "DAEMON",
    "AGENT_CONNECTIVITY",
];

/// Values of the `IpcMode` enum, in model order.
pub const IPC_MODE_VALUES: &[&str] = &["host", "task", "none"];

/// Values of the `IsolationMode` enum, in model order.
pub const ISOLATION_MODE_VALUES: &[&str] = &["SHARED", "ISOLATED_SANDBOX", "CONFIDENTIAL_SANDBOX"];

/// Values of the `LaunchType` enum, in model order.
pub const LAUNCH_TYPE_VALUES: &[&str] = &["EC2", "FARGATE", "EXTERNAL", "MANAGED_INSTANCES"];

/// Values of the `LocalStorage` enum, in model order.
pub const LOCAL_STORAGE_VALUES: &[&str] = &["included", "required", "excluded"];

/// Values of the `LocalStorageType` enum, in model order.
pub const LOCAL_STORAGE_TYPE_VALUES: &[&str] = &["hdd", "ssd"];

/// Values of the `LogDriver` enum, in model order.
pub const LOG_DRIVER_VALUES: &[&str] = &[
    "json-file",
    "syslog",
    "journald",
    "gelf",
    "fluentd",
    "awslogs",
    "splunk",
    "awsfirelens",
];

/// Values of the `ManagedAgentName` enum, in model order.
pub const MANAGED_AGENT_NAME_VALUES: &[&str] = &["ExecuteCommandAgent"];

/// Values of the `ManagedDraining` enum, in model order.
pub const MANAGED_DRAINING_VALUES: &[&str] = &["ENABLED", "DISABLED"];

/// Values of the `ManagedInstancesMonitoringOptions` enum, in model order.
pub const MANAGED_INSTANCES_MONITORING_OPTIONS_VALUES: &[&str] = &["BASIC", "DETAILED"];

/// Values of the `ManagedResourceStatus` enum, in model order.
pub const MANAGED_RESOURCE_STATUS_VALUES: &[&str] = &[
    "PROVISIONING",
    "ACTIVE",
    "DEPROVISIONING",
    "DELETED",
    "FAILED",
];

/// Values of the `ManagedScalingStatus` enum, in model order.
pub const MANAGED_SCALING_STATUS_VALUES: &[&str] = &["ENABLED", "DISABLED"];

/// Values of the `ManagedTerminationProtection` enum, in model order.
pub const MANAGED_TERMINATION_PROTECTION_VALUES: &[&str] = &["ENABLED", "DISABLED"];

/// Values of the `NetworkMode` enum, in model order.
pub const NETWORK_MODE_VALUES: &[&str] = &["bridge", "host", "awsvpc", "none"];

/// Values of the `OSFamily` enum, in model order.
pub const OS_FAMILY_VALUES: &[&str] = &[
    "WINDOWS_SERVER_2019_FULL",
    "WINDOWS_SERVER_2019_CORE",
    "WINDOWS_SERVER_2016_FULL",
    "WINDOWS_SERVER_2004_CORE",
    "WINDOWS_SERVER_2022_CORE",
    "WINDOWS_SERVER_2022_FULL",
    "WINDOWS_SERVER_2025_CORE",
    "WINDOWS_SERVER_2025_FULL",
    "WINDOWS_SERVER_20H2_CORE",
    "LINUX",
];

/// Values of the `PidMode` enum, in model order.
pub const PID_MODE_VALUES: &[&str] = &["host", "task"];

/// Values of the `PlacementConstraintType` enum, in model order.
pub const PLACEMENT_CONSTRAINT_TYPE_VALUES: &[&str] = &["distinctInstance", "memberOf"];

/// Values of the `PlacementStrategyType` enum, in model order.
pub const PLACEMENT_STRATEGY_TYPE_VALUES: &[&str] = &["random", "spread", "binpack"];

/// Values of the `PlatformDeviceType` enum, in model order.
pub const PLATFORM_DEVICE_TYPE_VALUES: &[&str] = &["GPU", "NEURON_DEVICE"];

/// Values of the `PropagateGatewayTags` enum, in model order.
pub const PROPAGATE_GATEWAY_TAGS_VALUES: &[&str] = &["NONE", "GATEWAY"];

/// Values of the `PropagateMITags` enum, in model order.
pub const PROPAGATE_MI_TAGS_VALUES: &[&str] = &["CAPACITY_PROVIDER", "NONE"];

/// Values of the `PropagateTags` enum, in model order.
pub const PROPAGATE_TAGS_VALUES: &[&str] = &["TASK_DEFINITION", "SERVICE", "NONE"];

/// Values of the `ProxyConfigurationType` enum, in model order.
pub const PROXY_CONFIGURATION_TYPE_VALUES: &[&str] = &["APPMESH"];

/// Values of the `ResourceManagementType` enum, in model order.
pub const RESOURCE_MANAGEMENT_TYPE_VALUES: &[&str] = &["CUSTOMER", "ECS"];

/// Values of the `ResourceType` enum, in model order.
pub const RESOURCE_TYPE_VALUES: &[&str] = &["GPU", "InferenceAccelerator", "NeuronDevice"];

/// Values of the `ScaleUnit` enum, in model order.
pub const SCALE_UNIT_VALUES: &[&str] = &["PERCENT"];

/// Values of the `SchedulingStrategy` enum, in model order.
pub const SCHEDULING_STRATEGY_VALUES: &[&str] = &["REPLICA", "DAEMON"];

/// Values of the `Scope` enum, in model order.
pub const SCOPE_VALUES: &[&str] = &["task", "shared"];

/// Values of the `ServiceConnectAccessLoggingFormat` enum, in model order.
pub const SERVICE_CONNECT_ACCESS_LOGGING_FORMAT_VALUES: &[&str] = &["TEXT", "JSON"];

/// Values of the `ServiceConnectContainerLogLevel` enum, in model order.
pub const SERVICE_CONNECT_CONTAINER_LOG_LEVEL_VALUES: &[&str] = &["debug", "info"];

/// Values of the `ServiceConnectIncludeQueryParameters` enum, in model order.
pub const SERVICE_CONNECT_INCLUDE_QUERY_PARAMETERS_VALUES: &[&str] = &["DISABLED", "ENABLED"];

/// Values of the `ServiceDeploymentLifecycleStage` enum, in model order.
pub const SERVICE_DEPLOYMENT_LIFECYCLE_STAGE_VALUES: &[&str] = &[
    "RECONCILE_SERVICE",
    "PRE_SCALE_UP",
    "SCALE_UP",
    "POST_SCALE_UP",
    "TEST_TRAFFIC_SHIFT",
    "POST_TEST_TRAFFIC_SHIFT",
    "PRODUCTION_TRAFFIC_SHIFT",
    "POST_PRODUCTION_TRAFFIC_SHIFT",
    "BAKE_TIME",
    "CLEAN_UP",
];

/// Values of the `ServiceDeploymentRollbackMonitorsStatus` enum, in model order.
pub const SERVICE_DEPLOYMENT_ROLLBACK_MONITORS_STATUS_VALUES: &[&str] =
    &["TRIGGERED", "MONITORING", "MONITORING_COMPLETE", "DISABLED"];

/// Values of the `ServiceDeploymentStatus` enum, in model order.
pub const SERVICE_DEPLOYMENT_STATUS_VALUES: &[&str] = &[
    "PENDING",
    "SUCCESSFUL",
    "STOPPED",
    "STOP_REQUESTED",
    "IN_PROGRESS",
    "ROLLBACK_REQUESTED",
    "ROLLBACK_IN_PROGRESS",
    "ROLLBACK_SUCCESSFUL",
    "ROLLBACK_FAILED",
];

/// Values of the `ServiceField` enum, in model order.
pub const SERVICE_FIELD_VALUES: &[&str] = &["TAGS"];

/// Values of the `ServiceRevisionCleanup` enum, in model order.
pub const SERVICE_REVISION_CLEANUP_VALUES: &[&str] = &["BLOCKING", "DEFERRED"];

/// Values of the `SettingName` enum, in model order.
pub const SETTING_NAME_VALUES: &[&str] = &[
    "serviceLongArnFormat",
    "taskLongArnFormat",
    "containerInstanceLongArnFormat",
    "awsvpcTrunking",
    "containerInsights",
    "fargateFIPSMode",
    "tagResourceAuthorization",
    "fargateTaskRetirementWaitPeriod",
    "guardDutyActivate",
    "defaultLogDriverMode",
    "fargateEventWindows",
];

/// Values of the `SettingType` enum, in model order.
pub const SETTING_TYPE_VALUES: &[&str] = &["user", "aws_managed"];

/// Values of the `SortOrder` enum, in model order.
pub const SORT_ORDER_VALUES: &[&str] = &["ASC", "DESC"];

/// Values of the `StabilityStatus` enum, in model order.
pub const STABILITY_STATUS_VALUES: &[&str] = &["STEADY_STATE", "STABILIZING"];

/// Values of the `StopServiceDeploymentStopType` enum, in model order.
pub const STOP_SERVICE_DEPLOYMENT_STOP_TYPE_VALUES: &[&str] = &["ABORT", "ROLLBACK"];

/// Values of the `TargetType` enum, in model order.
pub const TARGET_TYPE_VALUES: &[&str] = &["container-instance"];

/// Values of the `TaskDefinitionFamilyStatus` enum, in model order.
pub const TASK_DEFINITION_FAMILY_STATUS_VALUES: &[&str] = &["ACTIVE", "INACTIVE", "ALL"];

/// Values of the `TaskDefinitionField` enum, in model order.
pub const TASK_DEFINITION_FIELD_VALUES: &[&str] = &["TAGS"];

/// Values of the `TaskDefinitionPlacementConstraintType` enum, in model order.
pub const TASK_DEFINITION_PLACEMENT_CONSTRAINT_TYPE_VALUES: &[&str] = &["memberOf"];

/// Values of the `TaskDefinitionStatus` enum, in model order.
pub const TASK_DEFINITION_STATUS_VALUES: &[&str] = &["ACTIVE", "INACTIVE", "DELETE_IN_PROGRESS"];

/// Values of the `TaskField` enum, in model order.
pub const TASK_FIELD_VALUES: &[&str] = &["TAGS"];

/// Values of the `TaskFilesystemType` enum, in model order.
pub const TASK_FILESYSTEM_TYPE_VALUES: &[&str] = &["ext3", "ext4", "xfs", "ntfs"];

/// Values of the `TaskSetField` enum, in model order.
pub const TASK_SET_FIELD_VALUES: &[&str] = &["TAGS"];

/// Values of the `TaskStopCode` enum, in model order.
pub const TASK_STOP_CODE_VALUES: &[&str] = &[
    "TaskFailedToStart",
    "EssentialContainerExited",
    "UserInitiated",
    "ServiceSchedulerInitiated",
    "SpotInterruption",
    "TerminationNotice",
    "InfrastructureHealth",
];

/// Values of the `ThresholdType` enum, in model order.
pub const THRESHOLD_TYPE_VALUES: &[&str] = &["COUNT", "BOUNDED_PERCENT", "UNBOUNDED_PERCENT"];

/// Values of the `TransportProtocol` enum, in model order.
pub const TRANSPORT_PROTOCOL_VALUES: &[&str] = &["tcp", "udp"];

/// Values of the `UlimitName` enum, in model order.
pub const ULIMIT_NAME_VALUES: &[&str] = &[
    "core",
    "cpu",
    "data",
    "fsize",
    "locks",
    "memlock",
    "msgqueue",
    "nice",
    "nofile",
    "nproc",
    "rss",
    "rtprio",
    "rttime",
    "sigpending",
    "stack",
];

/// Values of the `VersionConsistency` enum, in model order.
pub const VERSION_CONSISTENCY_VALUES: &[&str] = &["enabled", "disabled"];

/// Error codes (exception shape names) the model declares.
pub const ERROR_CODES: &[&str] = &[
    "AccessDeniedException",
    "AttributeLimitExceededException",
    "BlockedException",
    "ClientException",
    "ClusterContainsCapacityProviderException",
    "ClusterContainsContainerInstancesException",
    "ClusterContainsServicesException",
    "ClusterContainsTasksException",
    "ClusterNotFoundException",
    "ConflictException",
    "DaemonNotActiveException",
    "DaemonNotFoundException",
    "GatewayNotFoundException",
    "InvalidParameterException",
    "LimitExceededException",
    "MissingVersionException",
    "NamespaceNotFoundException",
    "NoUpdateAvailableException",
    "PlatformTaskDefinitionIncompatibilityException",
    "PlatformUnknownException",
    "ResourceInUseException",
    "ResourceNotFoundException",
    "ServerException",
    "ServiceDeploymentNotFoundException",
    "ServiceNotActiveException",
    "ServiceNotFoundException",
    "TargetNotConnectedException",
    "TargetNotFoundException",
    "TaskSetNotFoundException",
    "UnsupportedFeatureException",
    "UpdateInProgressException",
];

/// Every operation of the service, sorted by name.
pub const OPERATIONS: &[Operation] = &[
    Operation {
        name: "AssociateGatewayWithCluster",
        input: Some("AssociateGatewayWithClusterRequest"),
        output: Some("AssociateGatewayWithClusterResponse"),
        errors: &[
            "AccessDeniedException",
            "ServerException",
            "InvalidParameterException",
            "ClientException",
            "GatewayNotFoundException",
            "ClusterNotFoundException",
            "UnsupportedFeatureException",
        ],
    },
    Operation {
        name: "ContinueServiceDeployment",
        input: Some("ContinueServiceDeploymentRequest"),
        output: Some("ContinueServiceDeploymentResponse"),
        errors: &[
            "AccessDeniedException",
            "ServerException",
            "InvalidParameterException",
            "ClientException",
            "ServiceDeploymentNotFoundException",
            "UnsupportedFeatureException",
        ],
    },
    Operation {
        name: "CreateCapacityProvider",
        input: Some("CreateCapacityProviderRequest"),
        output: Some("CreateCapacityProviderResponse"),
        errors: &[
            "AccessDeniedException",
            "LimitExceededException",
            "ServerException",
            "UpdateInProgressException",
            "InvalidParameterException",
            "ClientException",
            "ClusterNotFoundException",
            "UnsupportedFeatureException",
        ],
    },
    Operation {
        name: "CreateCluster",
        input: Some("CreateClusterRequest"),
        output: Some("CreateClusterResponse"),
        errors: &[
            "AccessDeniedException",
            "NamespaceNotFoundException",
            "ServerException",
            "InvalidParameterException",
            "ClientException",
        ],
    },
    Operation {
        name: "CreateDaemon",
        input: Some("CreateDaemonRequest"),
        output: Some("CreateDaemonResponse"),
        errors: &[
            "AccessDeniedException",
            "PlatformUnknownException",
            "ServerException",
            "InvalidParameterException",
            "ClientException",
            "ClusterNotFoundException",
            "UnsupportedFeatureException",
        ],
    },
    Operation {
        name: "CreateExpressGatewayService",
        input: Some("CreateExpressGatewayServiceRequest"),
        output: Some("CreateExpressGatewayServiceResponse"),
        errors: &[
            "AccessDeniedException",
            "PlatformUnknownException",
            "ServerException",
            "InvalidParameterException",
            "ClientException",
            "ClusterNotFoundException",
            "PlatformTaskDefinitionIncompatibilityException",
            "UnsupportedFeatureException",
        ],
    },
    Operation {
        name: "CreateGateway",
        input: Some("CreateGatewayRequest"),
        output: Some("CreateGatewayResponse"),
        errors: &[
            "AccessDeniedException",
            "ServerException",
            "InvalidParameterException",
            "ClientException",
            "UnsupportedFeatureException",
        ],
    },
    Operation {
        name: "CreateService",
        input: Some("CreateServiceRequest"),
        output: Some("CreateServiceResponse"),
        errors: &[
            "AccessDeniedException",
            "PlatformUnknownException",
            "NamespaceNotFoundException",
            "ServerException",
            "InvalidParameterException",
            "ClientException",
            "ClusterNotFoundException",
            "PlatformTaskDefinitionIncompatibilityException",
            "UnsupportedFeatureException",
        ],
    },
    Operation {
        name: "CreateTaskSet",
        input: Some("CreateTaskSetRequest"),
        output: Some("CreateTaskSetResponse"),
        errors: &[
            "AccessDeniedException",
            "LimitExceededException",
            "PlatformUnknownException",
            "NamespaceNotFoundException",
            "ServiceNotActiveException",
            "ServerException",
            "InvalidParameterException",
            "ClientException",
            "ServiceNotFoundException",
            "ClusterNotFoundException",
            "PlatformTaskDefinitionIncompatibilityException",
            "UnsupportedFeatureException",
        ],
    },
    Operation {
        name: "DeleteAccountSetting",
        input: Some("DeleteAccountSettingRequest"),
        output: Some("DeleteAccountSettingResponse"),
        errors: &[
            "AccessDeniedException",
            "ServerException",
            "InvalidParameterException",
            "ClientException",
        ],
    },
    Operation {
        name: "DeleteAttributes",
        input: Some("DeleteAttributesRequest"),
        output: Some("DeleteAttributesResponse"),
        errors: &[
            "AccessDeniedException",
            "TargetNotFoundException",
            "ServerException",
            "InvalidParameterException",
            "ClientException",
            "ClusterNotFoundException",
        ],
    },
    Operation {
        name: "DeleteCapacityProvider",
        input: Some("DeleteCapacityProviderRequest"),
        output: Some("DeleteCapacityProviderResponse"),
        errors: &[
            "AccessDeniedException",
            "ServerException",
            "UpdateInProgressException",
            "InvalidParameterException",
            "ClientException",
            "ClusterNotFoundException",
            "UnsupportedFeatureException",
        ],
    },
    Operation {
        name: "DeleteCluster",
        input: Some("DeleteClusterRequest"),
        output: Some("DeleteClusterResponse"),
        errors: &[
            "ClusterContainsContainerInstancesException",
            "AccessDeniedException",
            "ClusterContainsServicesException",
            "ClusterContainsCapacityProviderException",
            "ClusterContainsTasksException",
            "ServerException",
            "UpdateInProgressException",
            "InvalidParameterException",
            "ClientException",
            "ClusterNotFoundException",
        ],
    },
    Operation {
        name: "DeleteDaemon",
        input: Some("DeleteDaemonRequest"),
        output: Some("DeleteDaemonResponse"),
        errors: &[
            "AccessDeniedException",
            "DaemonNotFoundException",
            "DaemonNotActiveException",
            "ServerException",
            "InvalidParameterException",
            "ClientException",
            "ClusterNotFoundException",
            "UnsupportedFeatureException",
        ],
    },
    Operation {
        name: "DeleteDaemonTaskDefinition",
        input: Some("DeleteDaemonTaskDefinitionRequest"),
        output: Some("DeleteDaemonTaskDefinitionResponse"),
        errors: &[
            "AccessDeniedException",
            "ServerException",
            "InvalidParameterException",
            "ClientException",
        ],
    },
    Operation {
        name: "DeleteExpressGatewayService",
        input: Some("DeleteExpressGatewayServiceRequest"),
        output: Some("DeleteExpressGatewayServiceResponse"),
        errors: &[
            "AccessDeniedException",
            "ServiceNotActiveException",
            "ServerException",
            "InvalidParameterException",
            "ClientException",
            "ServiceNotFoundException",
            "ClusterNotFoundException",
            "UnsupportedFeatureException",
        ],
    },
    Operation {
        name: "DeleteGateway",
        input: Some("DeleteGatewayRequest"),
        output: Some("DeleteGatewayResponse"),
        errors: &[
            "AccessDeniedException",
            "ServerException",
            "InvalidParameterException",
            "ClientException",
            "GatewayNotFoundException",
            "UnsupportedFeatureException",
        ],
    },
    Operation {
        name: "DeleteService",
        input: Some("DeleteServiceRequest"),
        output: Some("DeleteServiceResponse"),
        errors: &[
            "AccessDeniedException",
            "ServerException",
            "InvalidParameterException",
            "ClientException",
            "ServiceNotFoundException",
            "ClusterNotFoundException",
        ],
    },
    Operation {
        name: "DeleteTaskDefinitions",
        input: Some("DeleteTaskDefinitionsRequest"),
        output: Some("DeleteTaskDefinitionsResponse"),
        errors: &[
            "AccessDeniedException",
            "ServerException",
            "InvalidParameterException",
            "ClientException",
        ],
    },
    Operation {
        name: "DeleteTaskSet",
        input: Some("DeleteTaskSetRequest"),
        output: Some("DeleteTaskSetResponse"),
        errors: &[
            "AccessDeniedException",
            "LimitExceededException",
            "ServiceNotActiveException",
            "ServerException",
            "InvalidParameterException",
            "TaskSetNotFoundException",
            "ClientException",
            "ServiceNotFoundException",
            "ClusterNotFoundException",
            "UnsupportedFeatureException",
        ],
    },
    Operation {
        name: "DeregisterContainerInstance",
        input: Some("DeregisterContainerInstanceRequest"),
        output: Some("DeregisterContainerInstanceResponse"),
        errors: &[
            "AccessDeniedException",
            "ServerException",
            "InvalidParameterException",
            "ClientException",
            "ClusterNotFoundException",
        ],
    },
    Operation {
        name: "DeregisterTaskDefinition",
        input: Some("DeregisterTaskDefinitionRequest"),
        output: Some("DeregisterTaskDefinitionResponse"),
        errors: &[
            "AccessDeniedException",
            "ServerException",
            "InvalidParameterException",
            "ClientException",
        ],
    },
    Operation {
        name: "DescribeCapacityProviders",
        input: Some("DescribeCapacityProvidersRequest"),
        output: Some("DescribeCapacityProvidersResponse"),
        errors: &[
            "AccessDeniedException",
            "ServerException",
            "InvalidParameterException",
            "ClientException",
            "ClusterNotFoundException",
            "UnsupportedFeatureException",
        ],
    },
    Operation {
        name: "DescribeClusters",
        input: Some("DescribeClustersRequest"),
        output: Some("DescribeClustersResponse"),
        errors: &[
            "AccessDeniedException",
            "ServerException",
            "InvalidParameterException",
            "ClientException",
        ],
    },
    Operation {
        name: "DescribeContainerInstances",
        input: Some("DescribeContainerInstancesRequest"),
        output: Some("DescribeContainerInstancesResponse"),
        errors: &[
            "AccessDeniedException",
            "ServerException",
            "InvalidParameterException",
            "ClientException",
            "ClusterNotFoundException",
        ],
    },
    Operation {
        name: "DescribeDaemon",
        input: Some("DescribeDaemonRequest"),
        output: Some("DescribeDaemonResponse"),
        errors: &[
            "AccessDeniedException",
            "DaemonNotFoundException",
            "ServerException",
            "InvalidParameterException",
            "ClientException",
            "ClusterNotFoundException",
            "UnsupportedFeatureException",
        ],
    },
    Operation {
        name: "DescribeDaemonDeployments",
        input: Some("DescribeDaemonDeploymentsRequest"),
        output: Some("DescribeDaemonDeploymentsResponse"),
        errors: &[
            "AccessDeniedException",
            "ServerException",
            "InvalidParameterException",
            "ClientException",
            "ClusterNotFoundException",
            "UnsupportedFeatureException",
        ],
    },
    Operation {
        name: "DescribeDaemonRevisions",
        input: Some("DescribeDaemonRevisionsRequest"),
        output: Some("DescribeDaemonRevisionsResponse"),
        errors: &[
            "AccessDeniedException",
            "ServerException",
            "InvalidParameterException",
            "ClientException",
            "ClusterNotFoundException",
            "UnsupportedFeatureException",
        ],
    },
    Operation {
        name: "DescribeDaemonTaskDefinition",
        input: Some("DescribeDaemonTaskDefinitionRequest"),
        output: Some("DescribeDaemonTaskDefinitionResponse"),
        errors: &[
            "AccessDeniedException",
            "ServerException",
            "InvalidParameterException",
            "ClientException",
        ],
    },
    Operation {
        name: "DescribeExpressGatewayService",
        input: Some("DescribeExpressGatewayServiceRequest"),
        output: Some("DescribeExpressGatewayServiceResponse"),
        errors: &[
            "AccessDeniedException",
            "ResourceNotFoundException",
            "ServerException",
            "InvalidParameterException",
            "ClientException",
            "ClusterNotFoundException",
            "UnsupportedFeatureException",
        ],
    },
    Operation {
        name: "DescribeGateway",
        input: Some("DescribeGatewayRequest"),
        output: Some("DescribeGatewayResponse"),
        errors: &[
            "AccessDeniedException",
            "ServerException",
            "InvalidParameterException",
            "ClientException",
            "GatewayNotFoundException",
            "UnsupportedFeatureException",
        ],
    },
    Operation {
        name: "DescribeGatewayResources",
        input: Some("DescribeGatewayResourcesRequest"),
        output: Some("DescribeGatewayResourcesResponse"),
        errors: &[
            "AccessDeniedException",
            "ServerException",
            "InvalidParameterException",
            "ClientException",
            "GatewayNotFoundException",
            "UnsupportedFeatureException",
        ],
    },
    Operation {
        name: "DescribeGatewayRoute",
        input: Some("DescribeGatewayRouteRequest"),
        output: Some("DescribeGatewayRouteResponse"),
        errors: &[
            "AccessDeniedException",
            "ResourceNotFoundException",
            "ServerException",
            "InvalidParameterException",
            "ClientException",
            "UnsupportedFeatureException",
        ],
    },
    Operation {
        name: "DescribeServiceDeployments",
        input: Some("DescribeServiceDeploymentsRequest"),
        output: Some("DescribeServiceDeploymentsResponse"),
        errors: &[
            "AccessDeniedException",
            "ServerException",
            "InvalidParameterException",
            "ClientException",
            "ServiceNotFoundException",
            "ClusterNotFoundException",
            "UnsupportedFeatureException",
        ],
    },
    Operation {
        name: "DescribeServiceRevisions",
        input: Some("DescribeServiceRevisionsRequest"),
        output: Some("DescribeServiceRevisionsResponse"),
        errors: &[
            "AccessDeniedException",
            "ServerException",
            "InvalidParameterException",
            "ClientException",
            "ServiceNotFoundException",
            "ClusterNotFoundException",
            "UnsupportedFeatureException",
        ],
    },
    Operation {
        name: "DescribeServices",
        input: Some("DescribeServicesRequest"),
        output: Some("DescribeServicesResponse"),
        errors: &[
            "AccessDeniedException",
            "ServerException",
            "InvalidParameterException",
            "ClientException",
            "ClusterNotFoundException",
        ],
    },
    Operation {
        name: "DescribeTaskDefinition",
        input: Some("DescribeTaskDefinitionRequest"),
        output: Some("DescribeTaskDefinitionResponse"),
        errors: &[
            "AccessDeniedException",
            "ServerException",
            "InvalidParameterException",
            "ClientException",
        ],
    },
    Operation {
        name: "DescribeTaskSets",
        input: Some("DescribeTaskSetsRequest"),
        output: Some("DescribeTaskSetsResponse"),
        errors: &[
            "AccessDeniedException",
            "ServiceNotActiveException",
            "ServerException",
            "InvalidParameterException",
            "ClientException",
            "ServiceNotFoundException",
            "ClusterNotFoundException",
            "UnsupportedFeatureException",
        ],
    },
    Operation {
        name: "DescribeTasks",
        input: Some("DescribeTasksRequest"),
        output: Some("DescribeTasksResponse"),
        errors: &[
            "AccessDeniedException",
            "ServerException",
            "InvalidParameterException",
            "ClientException",
            "ClusterNotFoundException",
        ],
    },
    Operation {
        name: "DisassociateGatewayFromCluster",
        input: Some("DisassociateGatewayFromClusterRequest"),
        output: Some("DisassociateGatewayFromClusterResponse"),
        errors: &[
            "AccessDeniedException",
            "ResourceNotFoundException",
            "ServerException",
            "InvalidParameterException",
            "ClientException",
            "GatewayNotFoundException",
            "ClusterNotFoundException",
            "UnsupportedFeatureException",
        ],
    },
    Operation {
        name: "DiscoverPollEndpoint",
        input: Some("DiscoverPollEndpointRequest"),
        output: Some("DiscoverPollEndpointResponse"),
        errors: &[
            "AccessDeniedException",
            "ServerException",
            "InvalidParameterException",
            "ClientException",
        ],
    },
    Operation {
        name: "ExecuteCommand",
        input: Some("ExecuteCommandRequest"),
        output: Some("ExecuteCommandResponse"),
        errors: &[
            "AccessDeniedException",
            "ServerException",
            "InvalidParameterException",
            "ClientException",
            "TargetNotConnectedException",
            "ClusterNotFoundException",
        ],
    },
    Operation {
        name: "GetTaskProtection",
        input: Some("GetTaskProtectionRequest"),
        output: Some("GetTaskProtectionResponse"),
        errors: &[
            "AccessDeniedException",
            "ResourceNotFoundException",
            "ServerException",
            "InvalidParameterException",
            "ClientException",
            "ClusterNotFoundException",
            "UnsupportedFeatureException",
        ],
    },
    Operation {
        name: "ListAccountSettings",
        input: Some("ListAccountSettingsRequest"),
        output: Some("ListAccountSettingsResponse"),
        errors: &[
            "AccessDeniedException",
            "ServerException",
            "InvalidParameterException",
            "ClientException",
        ],
    },
    Operation {
        name: "ListAttributes",
        input: Some("ListAttributesRequest"),
        output: Some("ListAttributesResponse"),
        errors: &[
            "AccessDeniedException",
            "ServerException",
            "InvalidParameterException",
            "ClientException",
            "ClusterNotFoundException",
        ],
    },
    Operation {
        name: "ListClusters",
        input: Some("ListClustersRequest"),
        output: Some("ListClustersResponse"),
        errors: &[
            "AccessDeniedException",
            "ServerException",
            "InvalidParameterException",
            "ClientException",
        ],
    },
    Operation {
        name: "ListContainerInstances",
        input: Some("ListContainerInstancesRequest"),
        output: Some("ListContainerInstancesResponse"),
        errors: &[
            "AccessDeniedException",
            "ServerException",
            "InvalidParameterException",
            "ClientException",
            "ClusterNotFoundException",
        ],
    },
    Operation {
        name: "ListDaemonDeployments",
        input: Some("ListDaemonDeploymentsRequest"),
        output: Some("ListDaemonDeploymentsResponse"),
        errors: &[
            "AccessDeniedException",
            "ServerException",
            "InvalidParameterException",
            "ClientException",
            "ClusterNotFoundException",
            "UnsupportedFeatureException",
        ],
    },
    Operation {
        name: "ListDaemonTaskDefinitions",
        input: Some("ListDaemonTaskDefinitionsRequest"),
        output: Some("ListDaemonTaskDefinitionsResponse"),
        errors: &[
            "AccessDeniedException",
            "ServerException",
            "InvalidParameterException",
            "ClientException",
        ],
    },
    Operation {
        name: "ListDaemons",
        input: Some("ListDaemonsRequest"),
        output: Some("ListDaemonsResponse"),
        errors: &[
            "AccessDeniedException",
            "ServerException",
            "InvalidParameterException",
            "ClientException",
            "ClusterNotFoundException",
            "UnsupportedFeatureException",
        ],
    },
    Operation {
        name: "ListGatewayClusterAssociations",
        input: Some("ListGatewayClusterAssociationsRequest"),
        output: Some("ListGatewayClusterAssociationsResponse"),
        errors: &[
            "AccessDeniedException",
            "ServerException",
            "InvalidParameterException",
            "ClientException",
            "UnsupportedFeatureException",
        ],
    },
    Operation {
        name: "ListGatewayRoutes",
        input: Some("ListGatewayRoutesRequest"),
        output: Some("ListGatewayRoutesResponse"),
        errors: &[
            "AccessDeniedException",
            "ServerException",
            "InvalidParameterException",
            "ClientException",
            "GatewayNotFoundException",
            "UnsupportedFeatureException",
        ],
    },
    Operation {
        name: "ListGateways",
        input: Some("ListGatewaysRequest"),
        output: Some("ListGatewaysResponse"),
        errors: &[
            "AccessDeniedException",
            "ServerException",
            "InvalidParameterException",
            "ClientException",
            "UnsupportedFeatureException",
        ],
    },
    Operation {
        name: "ListServiceDeployments",
        input: Some("ListServiceDeploymentsRequest"),
        output: Some("ListServiceDeploymentsResponse"),
        errors: &[
            "AccessDeniedException",
            "ServerException",
            "InvalidParameterException",
            "ClientException",
            "ServiceNotFoundException",
            "ClusterNotFoundException",
            "UnsupportedFeatureException",
        ],
    },
    Operation {
        name: "ListServices",
        input: Some("ListServicesRequest"),
        output: Some("ListServicesResponse"),
        errors: &[
            "AccessDeniedException",
            "ServerException",
            "InvalidParameterException",
            "ClientException",
            "ClusterNotFoundException",
        ],
    },
    Operation {
        name: "ListServicesByNamespace",
        input: Some("ListServicesByNamespaceRequest"),
        output: Some("ListServicesByNamespaceResponse"),
        errors: &[
            "AccessDeniedException",
            "NamespaceNotFoundException",
            "ServerException",
            "InvalidParameterException",
            "ClientException",
        ],
    },
    Operation {
        name: "ListTagsForResource",
        input: Some("ListTagsForResourceRequest"),
        output: Some("ListTagsForResourceResponse"),
        errors: &[
            "AccessDeniedException",
            "ServerException",
            "InvalidParameterException",
            "ClientException",
            "ClusterNotFoundException",
        ],
    },
    Operation {
        name: "ListTaskDefinitionFamilies",
        input: Some("ListTaskDefinitionFamiliesRequest"),
        output: Some("ListTaskDefinitionFamiliesResponse"),
        errors: &[
            "AccessDeniedException",
            "ServerException",
            "InvalidParameterException",
            "ClientException",
        ],
    },
    Operation {
        name: "ListTaskDefinitions",
        input: Some("ListTaskDefinitionsRequest"),
        output: Some("ListTaskDefinitionsResponse"),
        errors: &[
            "AccessDeniedException",
            "ServerException",
            "InvalidParameterException",
            "ClientException",
        ],
    },
    Operation {
        name: "ListTasks",
        input: Some("ListTasksRequest"),
        output: Some("ListTasksResponse"),
        errors: &[
            "AccessDeniedException",
            "ServerException",
            "InvalidParameterException",
            "ClientException",
            "ServiceNotFoundException",
            "ClusterNotFoundException",
        ],
    },
    Operation {
        name: "PutAccountSetting",
        input: Some("PutAccountSettingRequest"),
        output: Some("PutAccountSettingResponse"),
        errors: &[
            "AccessDeniedException",
            "ServerException",
            "InvalidParameterException",
            "ClientException",
        ],
    },
    Operation {
        name: "PutAccountSettingDefault",
        input: Some("PutAccountSettingDefaultRequest"),
        output: Some("PutAccountSettingDefaultResponse"),
        errors: &[
            "AccessDeniedException",
            "ServerException",
            "InvalidParameterException",
            "ClientException",
        ],
    },
    Operation {
        name: "PutAttributes",
        input: Some("PutAttributesRequest"),
        output: Some("PutAttributesResponse"),
        errors: &[
            "AccessDeniedException",
            "TargetNotFoundException",
            "ServerException",
            "AttributeLimitExceededException",
            "InvalidParameterException",
            "ClientException",
            "ClusterNotFoundException",
        ],
    },
    Operation {
        name: "PutClusterCapacityProviders",
        input: Some("PutClusterCapacityProvidersRequest"),
        output: Some("PutClusterCapacityProvidersResponse"),
        errors: &[
            "AccessDeniedException",
            "ServerException",
            "UpdateInProgressException",
            "InvalidParameterException",
            "ResourceInUseException",
            "ClientException",
            "ClusterNotFoundException",
        ],
    },
    Operation {
        name: "RegisterContainerInstance",
        input: Some("RegisterContainerInstanceRequest"),
        output: Some("RegisterContainerInstanceResponse"),
        errors: &[
            "AccessDeniedException",
            "ServerException",
            "InvalidParameterException",
            "ClientException",
            "ClusterNotFoundException",
        ],
    },
    Operation {
        name: "RegisterDaemonTaskDefinition",
        input: Some("RegisterDaemonTaskDefinitionRequest"),
        output: Some("RegisterDaemonTaskDefinitionResponse"),
        errors: &[
            "AccessDeniedException",
            "LimitExceededException",
            "ServerException",
            "InvalidParameterException",
            "ClientException",
        ],
    },
    Operation {
        name: "RegisterTaskDefinition",
        input: Some("RegisterTaskDefinitionRequest"),
        output: Some("RegisterTaskDefinitionResponse"),
        errors: &[
            "AccessDeniedException",
            "LimitExceededException",
            "ServerException",
            "InvalidParameterException",
            "ClientException",
        ],
    },
    Operation {
        name: "RunTask",
        input: Some("RunTaskRequest"),
        output: Some("RunTaskResponse"),
        errors: &[
            "ConflictException",
            "AccessDeniedException",
            "PlatformUnknownException",
            "ServerException",
            "InvalidParameterException",
            "BlockedException",
            "ClientException",
            "ClusterNotFoundException",
            "PlatformTaskDefinitionIncompatibilityException",
            "UnsupportedFeatureException",
        ],
    },
    Operation {
        name: "StartTask",
        input: Some("StartTaskRequest"),
        output: Some("StartTaskResponse"),
        errors: &[
            "AccessDeniedException",
            "NamespaceNotFoundException",
            "ServerException",
            "InvalidParameterException",
            "ClientException",
            "ClusterNotFoundException",
            "UnsupportedFeatureException",
        ],
    },
    Operation {
        name: "StopServiceDeployment",
        input: Some("StopServiceDeploymentRequest"),
        output: Some("StopServiceDeploymentResponse"),
        errors: &[
            "ConflictException",
            "AccessDeniedException",
            "ServerException",
            "InvalidParameterException",
            "ClientException",
            "ServiceDeploymentNotFoundException",
            "UnsupportedFeatureException",
        ],
    },
    Operation {
        name: "StopTask",
        input: Some("StopTaskRequest"),
        output: Some("StopTaskResponse"),
        errors: &[
            "AccessDeniedException",
            "ServerException",
            "InvalidParameterException",
            "ClientException",
            "ClusterNotFoundException",
        ],
    },
    Operation {
        name: "SubmitAttachmentStateChanges",
        input: Some("SubmitAttachmentStateChangesRequest"),
        output: Some("SubmitAttachmentStateChangesResponse"),
        errors: &[
            "AccessDeniedException",
            "ServerException",
            "InvalidParameterException",
            "ClientException",
            "ClusterNotFoundException",
        ],
    },
    Operation {
        name: "SubmitContainerStateChange",
        input: Some("SubmitContainerStateChangeRequest"),
        output: Some("SubmitContainerStateChangeResponse"),
        errors: &[
            "AccessDeniedException",
            "ServerException",
            "InvalidParameterException",
            "ClientException",
            "ClusterNotFoundException",
        ],
    },
    Operation {
        name: "SubmitTaskStateChange",
        input: Some("SubmitTaskStateChangeRequest"),
        output: Some("SubmitTaskStateChangeResponse"),
        errors: &[
            "AccessDeniedException",
            "ServerException",
            "InvalidParameterException",
            "ClientException",
            "ClusterNotFoundException",
        ],
    },
    Operation {
        name: "TagResource",
        input: Some("TagResourceRequest"),
        output: Some("TagResourceResponse"),
        errors: &[
            "AccessDeniedException",
            "LimitExceededException",
            "ResourceNotFoundException",
            "ServerException",
            "InvalidParameterException",
            "ClientException",
            "ClusterNotFoundException",
        ],
    },
    Operation {
        name: "UntagResource",
        input: Some("UntagResourceRequest"),
        output: Some("UntagResourceResponse"),
        errors: &[
            "AccessDeniedException",
            "ResourceNotFoundException",
            "ServerException",
            "InvalidParameterException",
            "ClientException",
            "ClusterNotFoundException",
        ],
    },
    Operation {
        name: "UpdateCapacityProvider",
        input: Some("UpdateCapacityProviderRequest"),
        output: Some("UpdateCapacityProviderResponse"),
        errors: &[
            "AccessDeniedException",
            "ServerException",
            "InvalidParameterException",
            "ClientException",
            "ClusterNotFoundException",
            "UnsupportedFeatureException",
        ],
    },
    Operation {
        name: "UpdateCluster",
        input: Some("UpdateClusterRequest"),
        output: Some("UpdateClusterResponse"),
        errors: &[
            "AccessDeniedException",
            "NamespaceNotFoundException",
            "ServerException",
            "InvalidParameterException",
            "ClientException",
            "ClusterNotFoundException",
        ],
    },
    Operation {
        name: "UpdateClusterSettings",
        input: Some("UpdateClusterSettingsRequest"),
        output: Some("UpdateClusterSettingsResponse"),
        errors: &[
            "AccessDeniedException",
            "ServerException",
            "UpdateInProgressException",
            "InvalidParameterException",
            "ClientException",
            "ClusterNotFoundException",
        ],
    },
    Operation {
        name: "UpdateContainerAgent",
        input: Some("UpdateContainerAgentRequest"),
        output: Some("UpdateContainerAgentResponse"),
        errors: &[
            "AccessDeniedException",
            "NoUpdateAvailableException",
            "MissingVersionException",
            "ServerException",
            "UpdateInProgressException",
            "InvalidParameterException",
            "ClientException",
            "ClusterNotFoundException",
        ],
    },
    Operation {
        name: "UpdateContainerInstancesState",
        input: Some("UpdateContainerInstancesStateRequest"),
        output: Some("UpdateContainerInstancesStateResponse"),
        errors: &[
            "AccessDeniedException",
            "ServerException",
            "InvalidParameterException",
            "ClientException",
            "ClusterNotFoundException",
        ],
    },
    Operation {
        name: "UpdateDaemon",
        input: Some("UpdateDaemonRequest"),
        output: Some("UpdateDaemonResponse"),
        errors: &[
            "AccessDeniedException",
            "DaemonNotFoundException",
            "PlatformUnknownException",
            "DaemonNotActiveException",
            "ServerException",
            "InvalidParameterException",
            "ClientException",
            "ClusterNotFoundException",
            "UnsupportedFeatureException",
        ],
    },
    Operation {
        name: "UpdateExpressGatewayService",
        input: Some("UpdateExpressGatewayServiceRequest"),
        output: Some("UpdateExpressGatewayServiceResponse"),
        errors: &[
            "AccessDeniedException",
            "ServiceNotActiveException",
            "ServerException",
            "InvalidParameterException",
            "ClientException",
            "ServiceNotFoundException",
            "ClusterNotFoundException",
            "UnsupportedFeatureException",
        ],
    },
    Operation {
        name: "UpdateGateway",
        input: Some("UpdateGatewayRequest"),
        output: Some("UpdateGatewayResponse"),
        errors: &[
            "AccessDeniedException",
            "ServerException",
            "InvalidParameterException",
            "ClientException",
            "GatewayNotFoundException",
            "UnsupportedFeatureException",
        ],
    },
    Operation {
        name: "UpdateService",
        input: Some("UpdateServiceRequest"),
        output: Some("UpdateServiceResponse"),
        errors: &[
            "AccessDeniedException",
            "PlatformUnknownException",
            "NamespaceNotFoundException",
            "ServiceNotActiveException",
            "ServerException",
            "InvalidParameterException",
            "ClientException",
            "ServiceNotFoundException",
            "ClusterNotFoundException",
            "PlatformTaskDefinitionIncompatibilityException",
            "UnsupportedFeatureException",
        ],
    },
    Operation {
        name: "UpdateServicePrimaryTaskSet",
        input: Some("UpdateServicePrimaryTaskSetRequest"),
        output: Some("UpdateServicePrimaryTaskSetResponse"),
        errors: &[
            "AccessDeniedException",
            "ServiceNotActiveException",
            "ServerException",
            "InvalidParameterException",
            "TaskSetNotFoundException",
            "ClientException",
            "ServiceNotFoundException",
            "ClusterNotFoundException",
            "UnsupportedFeatureException",
        ],
    },
    Operation {
        name: "UpdateTaskProtection",
        input: Some("UpdateTaskProtectionRequest"),
        output: Some("UpdateTaskProtectionResponse"),
        errors: &[
            "AccessDeniedException",
            "ResourceNotFoundException",
            "ServerException",
            "InvalidParameterException",
            "ClientException",
            "ClusterNotFoundException",
            "UnsupportedFeatureException",
        ],
    },
    Operation {
        name: "UpdateTaskSet",
        input: Some("UpdateTaskSetRequest"),
        output: Some("UpdateTaskSetResponse"),
        errors: &[
            "AccessDeniedException",
            "LimitExceededException",
            "ServiceNotActiveException",
            "ServerException",
            "InvalidParameterException",
            "TaskSetNotFoundException",
            "ClientException",
            "ServiceNotFoundException",
            "ClusterNotFoundException",
            "UnsupportedFeatureException",
        ],
    },
];

/// The minimum and maximum number of accelerators (such as GPUs) for instance type selection.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct AcceleratorCountRequest {
    /// The minimum number of accelerators.
    #[serde(rename = "min", default, skip_serializing_if = "Option::is_none")]
    pub min: Option<i32>,
    /// The maximum number of accelerators.
    #[serde(rename = "max", default, skip_serializing_if = "Option::is_none")]
    pub max: Option<i32>,
}

impl AcceleratorCountRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for AcceleratorCountRequest {
    const SHAPE_NAME: &'static str = "AcceleratorCountRequest";
    const REQUIRED: &'static [&'static str] = AcceleratorCountRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        AcceleratorCountRequest::ENUM_MEMBERS;
}

/// The minimum and maximum total accelerator memory in mebibytes (MiB) for instance type selection.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct AcceleratorTotalMemoryMiBRequest {
    /// The minimum total accelerator memory in MiB.
    #[serde(rename = "min", default, skip_serializing_if = "Option::is_none")]
    pub min: Option<i32>,
    /// The maximum total accelerator memory in MiB.
    #[serde(rename = "max", default, skip_serializing_if = "Option::is_none")]
    pub max: Option<i32>,
}

impl AcceleratorTotalMemoryMiBRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for AcceleratorTotalMemoryMiBRequest {
    const SHAPE_NAME: &'static str = "AcceleratorTotalMemoryMiBRequest";
    const REQUIRED: &'static [&'static str] = AcceleratorTotalMemoryMiBRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        AcceleratorTotalMemoryMiBRequest::ENUM_MEMBERS;
}

/// Error shape. You don't have authorization to perform the requested action.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct AccessDeniedException {
    /// Message that describes the cause of the exception.
    #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

impl AccessDeniedException {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for AccessDeniedException {
    const SHAPE_NAME: &'static str = "AccessDeniedException";
    const REQUIRED: &'static [&'static str] = AccessDeniedException::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        AccessDeniedException::ENUM_MEMBERS;
}

/// The advanced settings for a load balancer used in blue/green deployments.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct AdvancedConfiguration {
    /// The Amazon Resource Name (ARN) of the alternate target group for Amazon ECS blue/green deployments.
    #[serde(
        rename = "alternateTargetGroupArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub alternate_target_group_arn: Option<String>,
    /// The Amazon Resource Name (ARN) that that identifies the production listener rule (in the case of an Application Load Balancer) or listener (in the...
    #[serde(
        rename = "productionListenerRule",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub production_listener_rule: Option<String>,
    /// The Amazon Resource Name (ARN) that identifies ) that identifies the test listener rule (in the case of an Application Load Balancer) or listener (in...
    #[serde(
        rename = "testListenerRule",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub test_listener_rule: Option<String>,
    /// The Amazon Resource Name (ARN) of the IAM role that grants Amazon ECS permission to call the Elastic Load Balancing APIs for you.
    #[serde(rename = "roleArn", default, skip_serializing_if = "Option::is_none")]
    pub role_arn: Option<String>,
}

impl AdvancedConfiguration {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for AdvancedConfiguration {
    const SHAPE_NAME: &'static str = "AdvancedConfiguration";
    const REQUIRED: &'static [&'static str] = AdvancedConfiguration::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        AdvancedConfiguration::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct AssociateGatewayWithClusterRequest {
    /// Required. The name or Amazon Resource Name (ARN) of the gateway to associate.
    #[serde(rename = "gateway", default, skip_serializing_if = "Option::is_none")]
    pub gateway: Option<String>,
    /// Required. The name or Amazon Resource Name (ARN) of the cluster to associate the gateway with.
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
}

impl AssociateGatewayWithClusterRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["gateway", "cluster"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for AssociateGatewayWithClusterRequest {
    const SHAPE_NAME: &'static str = "AssociateGatewayWithClusterRequest";
    const REQUIRED: &'static [&'static str] = AssociateGatewayWithClusterRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        AssociateGatewayWithClusterRequest::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct AssociateGatewayWithClusterResponse {
    /// The Amazon Resource Name (ARN) of the gateway.
    #[serde(
        rename = "gatewayArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub gateway_arn: Option<String>,
    /// The Amazon Resource Name (ARN) of the cluster.
    #[serde(
        rename = "clusterArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cluster_arn: Option<String>,
    /// The status of the association.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
}

impl AssociateGatewayWithClusterResponse {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("status", GATEWAY_CLUSTER_ASSOCIATION_STATUS_VALUES)];
}

impl WireShape for AssociateGatewayWithClusterResponse {
    const SHAPE_NAME: &'static str = "AssociateGatewayWithClusterResponse";
    const REQUIRED: &'static [&'static str] = AssociateGatewayWithClusterResponse::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        AssociateGatewayWithClusterResponse::ENUM_MEMBERS;
}

/// An object representing a container instance or task attachment.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Attachment {
    /// The unique identifier for the attachment.
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The type of the attachment, such as `ElasticNetworkInterface`, `Service Connect`, and `AmazonElasticBlockStorage`.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// The status of the attachment.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Details of the attachment.
    #[serde(rename = "details", default, skip_serializing_if = "Option::is_none")]
    pub details: Option<Vec<KeyValuePair>>,
}

impl Attachment {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for Attachment {
    const SHAPE_NAME: &'static str = "Attachment";
    const REQUIRED: &'static [&'static str] = Attachment::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        Attachment::ENUM_MEMBERS;
}

/// An object representing a change in state for a task attachment.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct AttachmentStateChange {
    /// Required. The Amazon Resource Name (ARN) of the attachment.
    #[serde(
        rename = "attachmentArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub attachment_arn: Option<String>,
    /// Required. The status of the attachment.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
}

impl AttachmentStateChange {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["attachmentArn", "status"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for AttachmentStateChange {
    const SHAPE_NAME: &'static str = "AttachmentStateChange";
    const REQUIRED: &'static [&'static str] = AttachmentStateChange::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        AttachmentStateChange::ENUM_MEMBERS;
}

/// An attribute is a name-value pair that's associated with an Amazon ECS object.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Attribute {
    /// Required. The name of the attribute.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The value of the attribute.
    #[serde(rename = "value", default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// The type of the target to attach the attribute with.
    #[serde(
        rename = "targetType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub target_type: Option<String>,
    /// The ID of the target.
    #[serde(rename = "targetId", default, skip_serializing_if = "Option::is_none")]
    pub target_id: Option<String>,
}

impl Attribute {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["name"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("targetType", TARGET_TYPE_VALUES)];
}

impl WireShape for Attribute {
    const SHAPE_NAME: &'static str = "Attribute";
    const REQUIRED: &'static [&'static str] = Attribute::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        Attribute::ENUM_MEMBERS;
}

/// Error shape. You can apply up to 10 custom attributes for each resource.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct AttributeLimitExceededException {
    /// Message that describes the cause of the exception.
    #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

impl AttributeLimitExceededException {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for AttributeLimitExceededException {
    const SHAPE_NAME: &'static str = "AttributeLimitExceededException";
    const REQUIRED: &'static [&'static str] = AttributeLimitExceededException::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        AttributeLimitExceededException::ENUM_MEMBERS;
}

/// The auto repair configuration for an Amazon ECS Managed Instances capacity provider.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct AutoRepairConfiguration {
    /// The status of auto repair actions for the capacity provider.
    #[serde(
        rename = "actionsStatus",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub actions_status: Option<String>,
}

impl AutoRepairConfiguration {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("actionsStatus", AUTO_REPAIR_ACTIONS_STATUS_VALUES)];
}

impl WireShape for AutoRepairConfiguration {
    const SHAPE_NAME: &'static str = "AutoRepairConfiguration";
    const REQUIRED: &'static [&'static str] = AutoRepairConfiguration::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        AutoRepairConfiguration::ENUM_MEMBERS;
}

/// The details of the Auto Scaling group for the capacity provider.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct AutoScalingGroupProvider {
    /// Required. The Amazon Resource Name (ARN) that identifies the Auto Scaling group, or the Auto Scaling group name.
    #[serde(
        rename = "autoScalingGroupArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub auto_scaling_group_arn: Option<String>,
    /// The managed scaling settings for the Auto Scaling group capacity provider.
    #[serde(
        rename = "managedScaling",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub managed_scaling: Option<ManagedScaling>,
    /// The managed termination protection setting to use for the Auto Scaling group capacity provider.
    #[serde(
        rename = "managedTerminationProtection",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub managed_termination_protection: Option<String>,
    /// The managed draining option for the Auto Scaling group capacity provider.
    #[serde(
        rename = "managedDraining",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub managed_draining: Option<String>,
}

impl AutoScalingGroupProvider {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["autoScalingGroupArn"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[
        (
            "managedTerminationProtection",
            MANAGED_TERMINATION_PROTECTION_VALUES,
        ),
        ("managedDraining", MANAGED_DRAINING_VALUES),
    ];
}

impl WireShape for AutoScalingGroupProvider {
    const SHAPE_NAME: &'static str = "AutoScalingGroupProvider";
    const REQUIRED: &'static [&'static str] = AutoScalingGroupProvider::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        AutoScalingGroupProvider::ENUM_MEMBERS;
}

/// The details of the Auto Scaling group capacity provider to update.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct AutoScalingGroupProviderUpdate {
    /// The managed scaling settings for the Auto Scaling group capacity provider.
    #[serde(
        rename = "managedScaling",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub managed_scaling: Option<ManagedScaling>,
    /// The managed termination protection setting to use for the Auto Scaling group capacity provider.
    #[serde(
        rename = "managedTerminationProtection",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub managed_termination_protection: Option<String>,
    /// The managed draining option for the Auto Scaling group capacity provider.
    #[serde(
        rename = "managedDraining",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub managed_draining: Option<String>,
}

impl AutoScalingGroupProviderUpdate {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[
        (
            "managedTerminationProtection",
            MANAGED_TERMINATION_PROTECTION_VALUES,
        ),
        ("managedDraining", MANAGED_DRAINING_VALUES),
    ];
}

impl WireShape for AutoScalingGroupProviderUpdate {
    const SHAPE_NAME: &'static str = "AutoScalingGroupProviderUpdate";
    const REQUIRED: &'static [&'static str] = AutoScalingGroupProviderUpdate::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        AutoScalingGroupProviderUpdate::ENUM_MEMBERS;
}

/// An object representing the networking details for a task or service.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct AwsVpcConfiguration {
    /// Required. The IDs of the subnets associated with the task or service.
    #[serde(rename = "subnets", default, skip_serializing_if = "Option::is_none")]
    pub subnets: Option<Vec<String>>,
    /// The IDs of the security groups associated with the task or service.
    #[serde(
        rename = "securityGroups",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub security_groups: Option<Vec<String>>,
    /// Whether the task's elastic network interface receives a public IP address.
    #[serde(
        rename = "assignPublicIp",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub assign_public_ip: Option<String>,
}

impl AwsVpcConfiguration {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["subnets"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("assignPublicIp", ASSIGN_PUBLIC_IP_VALUES)];
}

impl WireShape for AwsVpcConfiguration {
    const SHAPE_NAME: &'static str = "AwsVpcConfiguration";
    const REQUIRED: &'static [&'static str] = AwsVpcConfiguration::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        AwsVpcConfiguration::ENUM_MEMBERS;
}

/// The minimum and maximum baseline Amazon EBS bandwidth in megabits per second (Mbps) for instance type selection.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct BaselineEbsBandwidthMbpsRequest {
    /// The minimum baseline Amazon EBS bandwidth in Mbps.
    #[serde(rename = "min", default, skip_serializing_if = "Option::is_none")]
    pub min: Option<i32>,
    /// The maximum baseline Amazon EBS bandwidth in Mbps.
    #[serde(rename = "max", default, skip_serializing_if = "Option::is_none")]
    pub max: Option<i32>,
}

impl BaselineEbsBandwidthMbpsRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for BaselineEbsBandwidthMbpsRequest {
    const SHAPE_NAME: &'static str = "BaselineEbsBandwidthMbpsRequest";
    const REQUIRED: &'static [&'static str] = BaselineEbsBandwidthMbpsRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        BaselineEbsBandwidthMbpsRequest::ENUM_MEMBERS;
}

/// Error shape. Your Amazon Web Services account was blocked.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct BlockedException {
    /// Message that describes the cause of the exception.
    #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

impl BlockedException {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for BlockedException {
    const SHAPE_NAME: &'static str = "BlockedException";
    const REQUIRED: &'static [&'static str] = BlockedException::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        BlockedException::ENUM_MEMBERS;
}

/// Configuration for a canary deployment strategy that shifts a fixed percentage of traffic to the new service revision, waits for a specified bake...
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CanaryConfiguration {
    /// The percentage of production traffic to shift to the new service revision during the canary phase.
    #[serde(
        rename = "canaryPercent",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub canary_percent: Option<f64>,
    /// The amount of time in minutes to wait during the canary phase before shifting the remaining production traffic to the new service revision.
    #[serde(
        rename = "canaryBakeTimeInMinutes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub canary_bake_time_in_minutes: Option<i32>,
}

impl CanaryConfiguration {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for CanaryConfiguration {
    const SHAPE_NAME: &'static str = "CanaryConfiguration";
    const REQUIRED: &'static [&'static str] = CanaryConfiguration::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        CanaryConfiguration::ENUM_MEMBERS;
}

/// The details for a capacity provider.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CapacityProvider {
    /// The Amazon Resource Name (ARN) that identifies the capacity provider.
    #[serde(
        rename = "capacityProviderArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub capacity_provider_arn: Option<String>,
    /// The name of the capacity provider.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The cluster that this capacity provider is associated with.
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    /// The current status of the capacity provider.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The Auto Scaling group settings for the capacity provider.
    #[serde(
        rename = "autoScalingGroupProvider",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub auto_scaling_group_provider: Option<AutoScalingGroupProvider>,
    /// The configuration for the Amazon ECS Managed Instances provider.
    #[serde(
        rename = "managedInstancesProvider",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub managed_instances_provider: Option<ManagedInstancesProvider>,
    /// The update status of the capacity provider.
    #[serde(
        rename = "updateStatus",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub update_status: Option<String>,
    /// The update status reason.
    #[serde(
        rename = "updateStatusReason",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub update_status_reason: Option<String>,
    /// The metadata that you apply to the capacity provider to help you categorize and organize it.
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    /// The type of capacity provider.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
}

impl CapacityProvider {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[
        ("status", CAPACITY_PROVIDER_STATUS_VALUES),
        ("updateStatus", CAPACITY_PROVIDER_UPDATE_STATUS_VALUES),
        ("type", CAPACITY_PROVIDER_TYPE_VALUES),
    ];
}

impl WireShape for CapacityProvider {
    const SHAPE_NAME: &'static str = "CapacityProvider";
    const REQUIRED: &'static [&'static str] = CapacityProvider::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        CapacityProvider::ENUM_MEMBERS;
}

/// The details of a capacity provider strategy.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CapacityProviderStrategyItem {
    /// Required. The short name of the capacity provider.
    #[serde(
        rename = "capacityProvider",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub capacity_provider: Option<String>,
    /// The weight value designates the relative percentage of the total number of tasks launched that should use the specified capacity provider.
    #[serde(rename = "weight", default, skip_serializing_if = "Option::is_none")]
    pub weight: Option<i32>,
    /// The base value designates how many tasks, at a minimum, to run on the specified capacity provider for each service.
    #[serde(rename = "base", default, skip_serializing_if = "Option::is_none")]
    pub base: Option<i32>,
}

impl CapacityProviderStrategyItem {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["capacityProvider"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for CapacityProviderStrategyItem {
    const SHAPE_NAME: &'static str = "CapacityProviderStrategyItem";
    const REQUIRED: &'static [&'static str] = CapacityProviderStrategyItem::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        CapacityProviderStrategyItem::ENUM_MEMBERS;
}

/// The Capacity Reservation configurations to be used when using the `RESERVED` capacity option type.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CapacityReservationRequest {
    /// The ARN of the Capacity Reservation resource group in which to run the instance.
    #[serde(
        rename = "reservationGroupArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub reservation_group_arn: Option<String>,
    /// The preference on when capacity reservations should be used.
    #[serde(
        rename = "reservationPreference",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub reservation_preference: Option<String>,
}

impl CapacityReservationRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[(
        "reservationPreference",
        CAPACITY_RESERVATION_PREFERENCE_VALUES,
    )];
}

impl WireShape for CapacityReservationRequest {
    const SHAPE_NAME: &'static str = "CapacityReservationRequest";
    const REQUIRED: &'static [&'static str] = CapacityReservationRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        CapacityReservationRequest::ENUM_MEMBERS;
}

/// Error shape. These errors are usually caused by a client action.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClientException {
    /// Message that describes the cause of the exception.
    #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

impl ClientException {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for ClientException {
    const SHAPE_NAME: &'static str = "ClientException";
    const REQUIRED: &'static [&'static str] = ClientException::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ClientException::ENUM_MEMBERS;
}

/// A regional grouping of one or more container instances where you can run task requests.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Cluster {
    /// The Amazon Resource Name (ARN) that identifies the cluster.
    #[serde(
        rename = "clusterArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cluster_arn: Option<String>,
    /// A user-generated string that you use to identify your cluster.
    #[serde(
        rename = "clusterName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cluster_name: Option<String>,
    /// The execute command and managed storage configuration for the cluster.
    #[serde(
        rename = "configuration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub configuration: Option<ClusterConfiguration>,
    /// The status of the cluster.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The number of container instances registered into the cluster.
    #[serde(
        rename = "registeredContainerInstancesCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub registered_container_instances_count: Option<i32>,
    /// The number of tasks in the cluster that are in the `RUNNING` state.
    #[serde(
        rename = "runningTasksCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub running_tasks_count: Option<i32>,
    /// The number of tasks in the cluster that are in the `PENDING` state.
    #[serde(
        rename = "pendingTasksCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub pending_tasks_count: Option<i32>,
    /// The number of services that are running on the cluster in an `ACTIVE` state.
    #[serde(
        rename = "activeServicesCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub active_services_count: Option<i32>,
    /// Additional information about your clusters that are separated by launch type.
    #[serde(
        rename = "statistics",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub statistics: Option<Vec<KeyValuePair>>,
    /// The metadata that you apply to the cluster to help you categorize and organize them.
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    /// The settings for the cluster.
    #[serde(rename = "settings", default, skip_serializing_if = "Option::is_none")]
    pub settings: Option<Vec<ClusterSetting>>,
    /// The capacity providers associated with the cluster.
    #[serde(
        rename = "capacityProviders",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub capacity_providers: Option<Vec<String>>,
    /// The default capacity provider strategy for the cluster.
    #[serde(
        rename = "defaultCapacityProviderStrategy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub default_capacity_provider_strategy: Option<Vec<CapacityProviderStrategyItem>>,
    /// The resources attached to a cluster.
    #[serde(
        rename = "attachments",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub attachments: Option<Vec<Attachment>>,
    /// The status of the capacity providers associated with the cluster.
    #[serde(
        rename = "attachmentsStatus",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub attachments_status: Option<String>,
    /// Use this parameter to set a default Service Connect namespace.
    #[serde(
        rename = "serviceConnectDefaults",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_connect_defaults: Option<ClusterServiceConnectDefaults>,
}

impl Cluster {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for Cluster {
    const SHAPE_NAME: &'static str = "Cluster";
    const REQUIRED: &'static [&'static str] = Cluster::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = Cluster::ENUM_MEMBERS;
}

/// The execute command and managed storage configuration for the cluster.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClusterConfiguration {
    /// The details of the execute command configuration.
    #[serde(
        rename = "executeCommandConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub execute_command_configuration: Option<ExecuteCommandConfiguration>,
    /// The details of the managed storage configuration.
    #[serde(
        rename = "managedStorageConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub managed_storage_configuration: Option<ManagedStorageConfiguration>,
}

impl ClusterConfiguration {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for ClusterConfiguration {
    const SHAPE_NAME: &'static str = "ClusterConfiguration";
    const REQUIRED: &'static [&'static str] = ClusterConfiguration::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ClusterConfiguration::ENUM_MEMBERS;
}

/// Error shape. The cluster contains one or more capacity providers that prevent the requested operation.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClusterContainsCapacityProviderException {
    /// Message that describes the cause of the exception.
    #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

impl ClusterContainsCapacityProviderException {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for ClusterContainsCapacityProviderException {
    const SHAPE_NAME: &'static str = "ClusterContainsCapacityProviderException";
    const REQUIRED: &'static [&'static str] = ClusterContainsCapacityProviderException::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ClusterContainsCapacityProviderException::ENUM_MEMBERS;
}

/// Error shape. You can't delete a cluster that has registered container instances.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClusterContainsContainerInstancesException {
    /// Message that describes the cause of the exception.
    #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

impl ClusterContainsContainerInstancesException {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for ClusterContainsContainerInstancesException {
    const SHAPE_NAME: &'static str = "ClusterContainsContainerInstancesException";
    const REQUIRED: &'static [&'static str] = ClusterContainsContainerInstancesException::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ClusterContainsContainerInstancesException::ENUM_MEMBERS;
}

/// Error shape. You can't delete a cluster that contains services.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClusterContainsServicesException {
    /// Message that describes the cause of the exception.
    #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

impl ClusterContainsServicesException {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for ClusterContainsServicesException {
    const SHAPE_NAME: &'static str = "ClusterContainsServicesException";
    const REQUIRED: &'static [&'static str] = ClusterContainsServicesException::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ClusterContainsServicesException::ENUM_MEMBERS;
}

/// Error shape. You can't delete a cluster that has active tasks.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClusterContainsTasksException {
    /// Message that describes the cause of the exception.
    #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

impl ClusterContainsTasksException {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for ClusterContainsTasksException {
    const SHAPE_NAME: &'static str = "ClusterContainsTasksException";
    const REQUIRED: &'static [&'static str] = ClusterContainsTasksException::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ClusterContainsTasksException::ENUM_MEMBERS;
}

/// Error shape. The specified cluster wasn't found.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClusterNotFoundException {
    /// Message that describes the cause of the exception.
    #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

impl ClusterNotFoundException {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for ClusterNotFoundException {
    const SHAPE_NAME: &'static str = "ClusterNotFoundException";
    const REQUIRED: &'static [&'static str] = ClusterNotFoundException::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ClusterNotFoundException::ENUM_MEMBERS;
}

/// Use this parameter to set a default Service Connect namespace.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClusterServiceConnectDefaults {
    /// The namespace name or full Amazon Resource Name (ARN) of the Cloud Map namespace.
    #[serde(rename = "namespace", default, skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
}

impl ClusterServiceConnectDefaults {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for ClusterServiceConnectDefaults {
    const SHAPE_NAME: &'static str = "ClusterServiceConnectDefaults";
    const REQUIRED: &'static [&'static str] = ClusterServiceConnectDefaults::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ClusterServiceConnectDefaults::ENUM_MEMBERS;
}

/// Use this parameter to set a default Service Connect namespace.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClusterServiceConnectDefaultsRequest {
    /// Required. The namespace name or full Amazon Resource Name (ARN) of the Cloud Map namespace that's used when you create a service and don't specify a Service...
    #[serde(rename = "namespace", default, skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
}

impl ClusterServiceConnectDefaultsRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["namespace"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for ClusterServiceConnectDefaultsRequest {
    const SHAPE_NAME: &'static str = "ClusterServiceConnectDefaultsRequest";
    const REQUIRED: &'static [&'static str] = ClusterServiceConnectDefaultsRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ClusterServiceConnectDefaultsRequest::ENUM_MEMBERS;
}

/// The settings to use when creating a cluster.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClusterSetting {
    /// The name of the cluster setting.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The value to set for the cluster setting.
    #[serde(rename = "value", default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

impl ClusterSetting {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("name", CLUSTER_SETTING_NAME_VALUES)];
}

impl WireShape for ClusterSetting {
    const SHAPE_NAME: &'static str = "ClusterSetting";
    const REQUIRED: &'static [&'static str] = ClusterSetting::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ClusterSetting::ENUM_MEMBERS;
}

/// Error shape. The request could not be processed because of conflict in the current state of the resource.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ConflictException {
    /// The existing task ARNs which are already associated with the `clientToken`.
    #[serde(
        rename = "resourceIds",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub resource_ids: Option<Vec<String>>,
    /// Message that describes the cause of the exception.
    #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

impl ConflictException {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for ConflictException {
    const SHAPE_NAME: &'static str = "ConflictException";
    const REQUIRED: &'static [&'static str] = ConflictException::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ConflictException::ENUM_MEMBERS;
}

/// A Docker container that's part of a task.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Container {
    /// The Amazon Resource Name (ARN) of the container.
    #[serde(
        rename = "containerArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub container_arn: Option<String>,
    /// The ARN of the task.
    #[serde(rename = "taskArn", default, skip_serializing_if = "Option::is_none")]
    pub task_arn: Option<String>,
    /// The name of the container.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The image used for the container.
    #[serde(rename = "image", default, skip_serializing_if = "Option::is_none")]
    pub image: Option<String>,
    /// The container image manifest digest.
    #[serde(
        rename = "imageDigest",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub image_digest: Option<String>,
    /// The ID of the Docker container.
    #[serde(rename = "runtimeId", default, skip_serializing_if = "Option::is_none")]
    pub runtime_id: Option<String>,
    /// The last known status of the container.
    #[serde(
        rename = "lastStatus",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub last_status: Option<String>,
    /// The exit code returned from the container.
    #[serde(rename = "exitCode", default, skip_serializing_if = "Option::is_none")]
    pub exit_code: Option<i32>,
    /// A short (1024 max characters) human-readable string to provide additional details about a running or stopped container.
    #[serde(rename = "reason", default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// The network bindings associated with the container.
    #[serde(
        rename = "networkBindings",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub network_bindings: Option<Vec<NetworkBinding>>,
    /// The network interfaces associated with the container.
    #[serde(
        rename = "networkInterfaces",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub network_interfaces: Option<Vec<NetworkInterface>>,
    /// The health status of the container.
    #[serde(
        rename = "healthStatus",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub health_status: Option<String>,
    /// The details of any Amazon ECS managed agents associated with the container.
    #[serde(
        rename = "managedAgents",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub managed_agents: Option<Vec<ManagedAgent>>,
    /// The number of CPU units set for the container.
    #[serde(rename = "cpu", default, skip_serializing_if = "Option::is_none")]
    pub cpu: Option<String>,
    /// The hard limit (in MiB) of memory set for the container.
    #[serde(rename = "memory", default, skip_serializing_if = "Option::is_none")]
    pub memory: Option<String>,
    /// The soft limit (in MiB) of memory set for the container.
    #[serde(
        rename = "memoryReservation",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub memory_reservation: Option<String>,
    /// The IDs of each GPU assigned to the container.
    #[serde(rename = "gpuIds", default, skip_serializing_if = "Option::is_none")]
    pub gpu_ids: Option<Vec<String>>,
    /// The IDs of each Neuron device assigned to the container.
    #[serde(
        rename = "neuronDeviceIds",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub neuron_device_ids: Option<Vec<String>>,
    /// The GPU sharing strategy that the task definition specifies for the container.
    #[serde(
        rename = "gpuSharingStrategy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub gpu_sharing_strategy: Option<SharingStrategy>,
}

impl Container {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("healthStatus", HEALTH_STATUS_VALUES)];
}

impl WireShape for Container {
    const SHAPE_NAME: &'static str = "Container";
    const REQUIRED: &'static [&'static str] = Container::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        Container::ENUM_MEMBERS;
}

/// Container definitions are used in task definitions to describe the different containers that are launched as part of a task.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ContainerDefinition {
    /// The name of a container.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The image used to start a container.
    #[serde(rename = "image", default, skip_serializing_if = "Option::is_none")]
    pub image: Option<String>,
    /// The private repository authentication credentials to use.
    #[serde(
        rename = "repositoryCredentials",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub repository_credentials: Option<RepositoryCredentials>,
    /// The number of `cpu` units reserved for the container.
    #[serde(rename = "cpu", default, skip_serializing_if = "Option::is_none")]
    pub cpu: Option<i32>,
    /// The amount (in MiB) of memory to present to the container.
    #[serde(rename = "memory", default, skip_serializing_if = "Option::is_none")]
    pub memory: Option<i32>,
    /// The soft limit (in MiB) of memory to reserve for the container.
    #[serde(
        rename = "memoryReservation",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub memory_reservation: Option<i32>,
    /// The `links` parameter allows containers to communicate with each other without the need for port mappings.
    #[serde(rename = "links", default, skip_serializing_if = "Option::is_none")]
    pub links: Option<Vec<String>>,
    /// The list of port mappings for the container.
    #[serde(
        rename = "portMappings",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub port_mappings: Option<Vec<PortMapping>>,
    /// If the `essential` parameter of a container is marked as `true`, and that container fails or stops for any reason, all other containers that are part...
    #[serde(rename = "essential", default, skip_serializing_if = "Option::is_none")]
    pub essential: Option<bool>,
    /// The restart policy for a container.
    #[serde(
        rename = "restartPolicy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub restart_policy: Option<ContainerRestartPolicy>,
    /// Early versions of the Amazon ECS container agent don't properly handle `entryPoint` parameters.
    #[serde(
        rename = "entryPoint",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub entry_point: Option<Vec<String>>,
    /// The command that's passed to the container.
    #[serde(rename = "command", default, skip_serializing_if = "Option::is_none")]
    pub command: Option<Vec<String>>,
    /// The environment variables to pass to a container.
    #[serde(
        rename = "environment",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub environment: Option<Vec<KeyValuePair>>,
    /// A list of files containing the environment variables to pass to a container.
    #[serde(
        rename = "environmentFiles",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub environment_files: Option<Vec<EnvironmentFile>>,
    /// The mount points for data volumes in your container.
    #[serde(
        rename = "mountPoints",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub mount_points: Option<Vec<MountPoint>>,
    /// Data volumes to mount from another container.
    #[serde(
        rename = "volumesFrom",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub volumes_from: Option<Vec<VolumeFrom>>,
    /// Linux-specific modifications that are applied to the default Docker container configuration, such as Linux kernel capabilities.
    #[serde(
        rename = "linuxParameters",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub linux_parameters: Option<LinuxParameters>,
    /// The secrets to pass to the container.
    #[serde(rename = "secrets", default, skip_serializing_if = "Option::is_none")]
    pub secrets: Option<Vec<Secret>>,
    /// The dependencies defined for container startup and shutdown.
    #[serde(rename = "dependsOn", default, skip_serializing_if = "Option::is_none")]
    pub depends_on: Option<Vec<ContainerDependency>>,
    /// Time duration (in seconds) to wait before giving up on resolving dependencies for a container.
    #[serde(
        rename = "startTimeout",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub start_timeout: Option<i32>,
    /// Time duration (in seconds) to wait before the container is forcefully killed if it doesn't exit normally on its own.
    #[serde(
        rename = "stopTimeout",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub stop_timeout: Option<i32>,
    /// Specifies whether Amazon ECS will resolve the container image tag provided in the container definition to an image digest.
    #[serde(
        rename = "versionConsistency",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub version_consistency: Option<String>,
    /// The hostname to use for your container.
    #[serde(rename = "hostname", default, skip_serializing_if = "Option::is_none")]
    pub hostname: Option<String>,
    /// The user to use inside the container.
    #[serde(rename = "user", default, skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    /// The working directory to run commands inside the container in.
    #[serde(
        rename = "workingDirectory",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub working_directory: Option<String>,
    /// When this parameter is true, networking is off within the container.
    #[serde(
        rename = "disableNetworking",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub disable_networking: Option<bool>,
    /// When this parameter is true, the container is given elevated privileges on the host container instance (similar to the `root` user).
    #[serde(
        rename = "privileged",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub privileged: Option<bool>,
    /// When this parameter is true, the container is given read-only access to its root file system.
    #[serde(
        rename = "readonlyRootFilesystem",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub readonly_root_filesystem: Option<bool>,
    /// A list of DNS servers that are presented to the container.
    #[serde(
        rename = "dnsServers",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub dns_servers: Option<Vec<String>>,
    /// A list of DNS search domains that are presented to the container.
    #[serde(
        rename = "dnsSearchDomains",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub dns_search_domains: Option<Vec<String>>,
    /// A list of hostnames and IP address mappings to append to the `/etc/hosts` file on the container.
    #[serde(
        rename = "extraHosts",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub extra_hosts: Option<Vec<HostEntry>>,
    /// A list of strings to provide custom configuration for multiple security systems.
    #[serde(
        rename = "dockerSecurityOptions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub docker_security_options: Option<Vec<String>>,
    /// When this parameter is `true`, you can deploy containerized applications that require `stdin` or a `tty` to be allocated.
    #[serde(
        rename = "interactive",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub interactive: Option<bool>,
    /// When this parameter is `true`, a TTY is allocated.
    #[serde(
        rename = "pseudoTerminal",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub pseudo_terminal: Option<bool>,
    /// A key/value map of labels to add to the container.
    #[serde(
        rename = "dockerLabels",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub docker_labels: Option<BTreeMap<String, String>>,
    /// A list of `ulimits` to set in the container.
    #[serde(rename = "ulimits", default, skip_serializing_if = "Option::is_none")]
    pub ulimits: Option<Vec<Ulimit>>,
    /// The log configuration specification for the container.
    #[serde(
        rename = "logConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub log_configuration: Option<LogConfiguration>,
    /// The container health check command and associated configuration parameters for the container.
    #[serde(
        rename = "healthCheck",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub health_check: Option<HealthCheck>,
    /// A list of namespaced kernel parameters to set in the container.
    #[serde(
        rename = "systemControls",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub system_controls: Option<Vec<SystemControl>>,
    /// The type and amount of a resource to assign to a container.
    #[serde(
        rename = "resourceRequirements",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub resource_requirements: Option<Vec<ResourceRequirement>>,
    /// The FireLens configuration for the container.
    #[serde(
        rename = "firelensConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub firelens_configuration: Option<FirelensConfiguration>,
    /// A list of ARNs in SSM or Amazon S3 to a credential spec (`CredSpec`) file that configures the container for Active Directory authentication.
    #[serde(
        rename = "credentialSpecs",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub credential_specs: Option<Vec<String>>,
}

impl ContainerDefinition {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("versionConsistency", VERSION_CONSISTENCY_VALUES)];
}

impl WireShape for ContainerDefinition {
    const SHAPE_NAME: &'static str = "ContainerDefinition";
    const REQUIRED: &'static [&'static str] = ContainerDefinition::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ContainerDefinition::ENUM_MEMBERS;
}

/// The dependencies defined for container startup and shutdown.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ContainerDependency {
    /// Required. The name of a container.
    #[serde(
        rename = "containerName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub container_name: Option<String>,
    /// Required. The dependency condition of the container.
    #[serde(rename = "condition", default, skip_serializing_if = "Option::is_none")]
    pub condition: Option<String>,
}

impl ContainerDependency {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["containerName", "condition"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("condition", CONTAINER_CONDITION_VALUES)];
}

impl WireShape for ContainerDependency {
    const SHAPE_NAME: &'static str = "ContainerDependency";
    const REQUIRED: &'static [&'static str] = ContainerDependency::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ContainerDependency::ENUM_MEMBERS;
}

/// The details about the container image a service revision uses.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ContainerImage {
    /// The name of the container.
    #[serde(
        rename = "containerName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub container_name: Option<String>,
    /// The container image digest.
    #[serde(
        rename = "imageDigest",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub image_digest: Option<String>,
    /// The container image.
    #[serde(rename = "image", default, skip_serializing_if = "Option::is_none")]
    pub image: Option<String>,
}

impl ContainerImage {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for ContainerImage {
    const SHAPE_NAME: &'static str = "ContainerImage";
    const REQUIRED: &'static [&'static str] = ContainerImage::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ContainerImage::ENUM_MEMBERS;
}

/// An Amazon EC2 or External instance that's running the Amazon ECS agent and has been registered with a cluster.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ContainerInstance {
    /// The Amazon Resource Name (ARN) of the container instance.
    #[serde(
        rename = "containerInstanceArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub container_instance_arn: Option<String>,
    /// The ID of the container instance.
    #[serde(
        rename = "ec2InstanceId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub ec2_instance_id: Option<String>,
    /// The capacity provider that's associated with the container instance.
    #[serde(
        rename = "capacityProviderName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub capacity_provider_name: Option<String>,
    /// The version counter for the container instance.
    #[serde(rename = "version", default, skip_serializing_if = "Option::is_none")]
    pub version: Option<i64>,
    /// The version information for the Amazon ECS container agent and Docker daemon running on the container instance.
    #[serde(
        rename = "versionInfo",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub version_info: Option<VersionInfo>,
    /// For CPU and memory resource types, this parameter describes the remaining CPU and memory that wasn't already allocated to tasks and is therefore...
    #[serde(
        rename = "remainingResources",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub remaining_resources: Option<Vec<Resource>>,
    /// For CPU and memory resource types, this parameter describes the amount of each resource that was available on the container instance when the...
    #[serde(
        rename = "registeredResources",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub registered_resources: Option<Vec<Resource>>,
    /// The status of the container instance.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The reason that the container instance reached its current status.
    #[serde(
        rename = "statusReason",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub status_reason: Option<String>,
    /// This parameter returns `true` if the agent is connected to Amazon ECS.
    #[serde(
        rename = "agentConnected",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub agent_connected: Option<bool>,
    /// The number of tasks on the container instance that have a desired status (`desiredStatus`) of `RUNNING`.
    #[serde(
        rename = "runningTasksCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub running_tasks_count: Option<i32>,
    /// The number of tasks on the container instance that are in the `PENDING` status.
    #[serde(
        rename = "pendingTasksCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub pending_tasks_count: Option<i32>,
    /// The status of the most recent agent update.
    #[serde(
        rename = "agentUpdateStatus",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub agent_update_status: Option<String>,
    /// The attributes set for the container instance, either by the Amazon ECS container agent at instance registration or manually with the PutAttributes...
    #[serde(
        rename = "attributes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub attributes: Option<Vec<Attribute>>,
    /// The Unix timestamp for the time when the container instance was registered.
    #[serde(
        rename = "registeredAt",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub registered_at: Option<Timestamp>,
    /// The resources attached to a container instance, such as an elastic network interface.
    #[serde(
        rename = "attachments",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub attachments: Option<Vec<Attachment>>,
    /// The metadata that you apply to the container instance to help you categorize and organize them.
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    /// An object representing the health status of the container instance.
    #[serde(
        rename = "healthStatus",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub health_status: Option<ContainerInstanceHealthStatus>,
    /// The state of each GPU on the container instance, including its sharing mode and available memory.
    #[serde(
        rename = "gpuDevices",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub gpu_devices: Option<Vec<GpuDevice>>,
}

impl ContainerInstance {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("agentUpdateStatus", AGENT_UPDATE_STATUS_VALUES)];
}

impl WireShape for ContainerInstance {
    const SHAPE_NAME: &'static str = "ContainerInstance";
    const REQUIRED: &'static [&'static str] = ContainerInstance::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ContainerInstance::ENUM_MEMBERS;
}

/// An object representing the health status of the container instance.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ContainerInstanceHealthStatus {
    /// The overall health status of the container instance.
    #[serde(
        rename = "overallStatus",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub overall_status: Option<String>,
    /// An array of objects representing the details of the container instance health status.
    #[serde(rename = "details", default, skip_serializing_if = "Option::is_none")]
    pub details: Option<Vec<InstanceHealthCheckResult>>,
}

impl ContainerInstanceHealthStatus {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("overallStatus", INSTANCE_HEALTH_CHECK_STATE_VALUES)];
}

impl WireShape for ContainerInstanceHealthStatus {
    const SHAPE_NAME: &'static str = "ContainerInstanceHealthStatus";
    const REQUIRED: &'static [&'static str] = ContainerInstanceHealthStatus::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ContainerInstanceHealthStatus::ENUM_MEMBERS;
}

/// The overrides that are sent to a container.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ContainerOverride {
    /// The name of the container that receives the override.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The command to send to the container that overrides the default command from the Docker image or the task definition.
    #[serde(rename = "command", default, skip_serializing_if = "Option::is_none")]
    pub command: Option<Vec<String>>,
    /// The environment variables to send to the container.
    #[serde(
        rename = "environment",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub environment: Option<Vec<KeyValuePair>>,
    /// A list of files containing the environment variables to pass to a container, instead of the value from the container definition.
    #[serde(
        rename = "environmentFiles",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub environment_files: Option<Vec<EnvironmentFile>>,
    /// The number of `cpu` units reserved for the container, instead of the default value from the task definition.
    #[serde(rename = "cpu", default, skip_serializing_if = "Option::is_none")]
    pub cpu: Option<i32>,
    /// The hard limit (in MiB) of memory to present to the container, instead of the default value from the task definition.
    #[serde(rename = "memory", default, skip_serializing_if = "Option::is_none")]
    pub memory: Option<i32>,
    /// The soft limit (in MiB) of memory to reserve for the container, instead of the default value from the task definition.
    #[serde(
        rename = "memoryReservation",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub memory_reservation: Option<i32>,
    /// The type and amount of a resource to assign to a container, instead of the default value from the task definition.
    #[serde(
        rename = "resourceRequirements",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub resource_requirements: Option<Vec<ResourceRequirement>>,
}

impl ContainerOverride {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for ContainerOverride {
    const SHAPE_NAME: &'static str = "ContainerOverride";
    const REQUIRED: &'static [&'static str] = ContainerOverride::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ContainerOverride::ENUM_MEMBERS;
}

/// You can enable a restart policy for each container defined in your task definition, to overcome transient failures faster and maintain task...
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ContainerRestartPolicy {
    /// Required. Specifies whether a restart policy is enabled for the container.
    #[serde(rename = "enabled", default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// A list of exit codes that Amazon ECS will ignore and not attempt a restart on.
    #[serde(
        rename = "ignoredExitCodes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub ignored_exit_codes: Option<Vec<i32>>,
    /// A period of time (in seconds) that the container must run for before a restart can be attempted.
    #[serde(
        rename = "restartAttemptPeriod",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub restart_attempt_period: Option<i32>,
}

impl ContainerRestartPolicy {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["enabled"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for ContainerRestartPolicy {
    const SHAPE_NAME: &'static str = "ContainerRestartPolicy";
    const REQUIRED: &'static [&'static str] = ContainerRestartPolicy::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ContainerRestartPolicy::ENUM_MEMBERS;
}

/// An object that represents a change in state for a container.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ContainerStateChange {
    /// The name of the container.
    #[serde(
        rename = "containerName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub container_name: Option<String>,
    /// The container image SHA 256 digest.
    #[serde(
        rename = "imageDigest",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub image_digest: Option<String>,
    /// The ID of the Docker container.
    #[serde(rename = "runtimeId", default, skip_serializing_if = "Option::is_none")]
    pub runtime_id: Option<String>,
    /// The exit code for the container, if the state change is a result of the container exiting.
    #[serde(rename = "exitCode", default, skip_serializing_if = "Option::is_none")]
    pub exit_code: Option<i32>,
    /// Any network bindings that are associated with the container.
    #[serde(
        rename = "networkBindings",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub network_bindings: Option<Vec<NetworkBinding>>,
    /// The reason for the state change.
    #[serde(rename = "reason", default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// The status of the container.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
}

impl ContainerStateChange {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for ContainerStateChange {
    const SHAPE_NAME: &'static str = "ContainerStateChange";
    const REQUIRED: &'static [&'static str] = ContainerStateChange::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ContainerStateChange::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ContinueServiceDeploymentRequest {
    /// Required. The ARN of the service deployment to continue or roll back.
    #[serde(
        rename = "serviceDeploymentArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_deployment_arn: Option<String>,
    /// Required. The ID of the paused lifecycle hook to act on.
    #[serde(rename = "hookId", default, skip_serializing_if = "Option::is_none")]
    pub hook_id: Option<String>,
    /// The action to take on the paused lifecycle hook.
    #[serde(rename = "action", default, skip_serializing_if = "Option::is_none")]
    pub action: Option<String>,
}

impl ContinueServiceDeploymentRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["serviceDeploymentArn", "hookId"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("action", DEPLOYMENT_LIFECYCLE_HOOK_ACTION_VALUES)];
}

impl WireShape for ContinueServiceDeploymentRequest {
    const SHAPE_NAME: &'static str = "ContinueServiceDeploymentRequest";
    const REQUIRED: &'static [&'static str] = ContinueServiceDeploymentRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ContinueServiceDeploymentRequest::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ContinueServiceDeploymentResponse {
    /// The ARN of the service deployment that was continued or rolled back.
    #[serde(
        rename = "serviceDeploymentArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_deployment_arn: Option<String>,
}

impl ContinueServiceDeploymentResponse {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for ContinueServiceDeploymentResponse {
    const SHAPE_NAME: &'static str = "ContinueServiceDeploymentResponse";
    const REQUIRED: &'static [&'static str] = ContinueServiceDeploymentResponse::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ContinueServiceDeploymentResponse::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CreateCapacityProviderRequest {
    /// Required. The name of the capacity provider.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The name of the cluster to associate with the capacity provider.
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    /// The details of the Auto Scaling group for the capacity provider.
    #[serde(
        rename = "autoScalingGroupProvider",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub auto_scaling_group_provider: Option<AutoScalingGroupProvider>,
    /// The configuration for the Amazon ECS Managed Instances provider.
    #[serde(
        rename = "managedInstancesProvider",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub managed_instances_provider: Option<CreateManagedInstancesProviderConfiguration>,
    /// The metadata that you apply to the capacity provider to categorize and organize them more conveniently.
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
}

impl CreateCapacityProviderRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["name"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for CreateCapacityProviderRequest {
    const SHAPE_NAME: &'static str = "CreateCapacityProviderRequest";
    const REQUIRED: &'static [&'static str] = CreateCapacityProviderRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        CreateCapacityProviderRequest::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CreateCapacityProviderResponse {
    /// The full description of the new capacity provider.
    #[serde(
        rename = "capacityProvider",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub capacity_provider: Option<CapacityProvider>,
}

impl CreateCapacityProviderResponse {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for CreateCapacityProviderResponse {
    const SHAPE_NAME: &'static str = "CreateCapacityProviderResponse";
    const REQUIRED: &'static [&'static str] = CreateCapacityProviderResponse::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        CreateCapacityProviderResponse::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CreateClusterRequest {
    /// The name of your cluster.
    #[serde(
        rename = "clusterName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cluster_name: Option<String>,
    /// The metadata that you apply to the cluster to help you categorize and organize them.
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    /// The setting to use when creating a cluster.
    #[serde(rename = "settings", default, skip_serializing_if = "Option::is_none")]
    pub settings: Option<Vec<ClusterSetting>>,
    /// The `execute` command configuration for the cluster.
    #[serde(
        rename = "configuration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub configuration: Option<ClusterConfiguration>,
    /// The short name of one or more capacity providers to associate with the cluster.
    #[serde(
        rename = "capacityProviders",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub capacity_providers: Option<Vec<String>>,
    /// The capacity provider strategy to set as the default for the cluster.
    #[serde(
        rename = "defaultCapacityProviderStrategy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub default_capacity_provider_strategy: Option<Vec<CapacityProviderStrategyItem>>,
    /// Use this parameter to set a default Service Connect namespace.
    #[serde(
        rename = "serviceConnectDefaults",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_connect_defaults: Option<ClusterServiceConnectDefaultsRequest>,
}

impl CreateClusterRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for CreateClusterRequest {
    const SHAPE_NAME: &'static str = "CreateClusterRequest";
    const REQUIRED: &'static [&'static str] = CreateClusterRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        CreateClusterRequest::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CreateClusterResponse {
    /// The full description of your new cluster.
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<Cluster>,
}

impl CreateClusterResponse {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for CreateClusterResponse {
    const SHAPE_NAME: &'static str = "CreateClusterResponse";
    const REQUIRED: &'static [&'static str] = CreateClusterResponse::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        CreateClusterResponse::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CreateDaemonRequest {
    /// Required. The name of the daemon.
    #[serde(
        rename = "daemonName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub daemon_name: Option<String>,
    /// The Amazon Resource Name (ARN) of the cluster to create the daemon in.
    #[serde(
        rename = "clusterArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cluster_arn: Option<String>,
    /// Required. The Amazon Resource Name (ARN) of the daemon task definition to use for the daemon.
    #[serde(
        rename = "daemonTaskDefinitionArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub daemon_task_definition_arn: Option<String>,
    /// Required. The Amazon Resource Names (ARNs) of the capacity providers to associate with the daemon.
    #[serde(
        rename = "capacityProviderArns",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub capacity_provider_arns: Option<Vec<String>>,
    /// Optional deployment parameters that control how the daemon rolls out updates, including the drain percentage, alarm-based rollback, and bake time.
    #[serde(
        rename = "deploymentConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub deployment_configuration: Option<DaemonDeploymentConfiguration>,
    /// The metadata that you apply to the daemon to help you categorize and organize them.
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    /// Specifies whether to propagate the tags from the daemon to the daemon tasks.
    #[serde(
        rename = "propagateTags",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub propagate_tags: Option<String>,
    /// Specifies whether to turn on Amazon ECS managed tags for the tasks in the daemon.
    #[serde(
        rename = "enableECSManagedTags",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_ecs_managed_tags: Option<bool>,
    /// Determines whether the execute command functionality is turned on for the daemon.
    #[serde(
        rename = "enableExecuteCommand",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_execute_command: Option<bool>,
    /// An identifier that you provide to ensure the idempotency of the request.
    #[serde(
        rename = "clientToken",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub client_token: Option<String>,
    /// If the `critical` parameter of a daemon is `true`, and the daemon task fails, stops, or becomes unhealthy, Amazon ECS drains the container instance...
    #[serde(rename = "critical", default, skip_serializing_if = "Option::is_none")]
    pub critical: Option<bool>,
}

impl CreateDaemonRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[
        "daemonName",
        "daemonTaskDefinitionArn",
        "capacityProviderArns",
    ];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("propagateTags", DAEMON_PROPAGATE_TAGS_VALUES)];
}

impl WireShape for CreateDaemonRequest {
    const SHAPE_NAME: &'static str = "CreateDaemonRequest";
    const REQUIRED: &'static [&'static str] = CreateDaemonRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        CreateDaemonRequest::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CreateDaemonResponse {
    /// The Amazon Resource Name (ARN) of the daemon.
    #[serde(rename = "daemonArn", default, skip_serializing_if = "Option::is_none")]
    pub daemon_arn: Option<String>,
    /// The status of the daemon.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The Unix timestamp for the time when the daemon was created.
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<Timestamp>,
    /// The Amazon Resource Name (ARN) of the initial daemon deployment.
    #[serde(
        rename = "deploymentArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub deployment_arn: Option<String>,
}

impl CreateDaemonResponse {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("status", DAEMON_STATUS_VALUES)];
}

impl WireShape for CreateDaemonResponse {
    const SHAPE_NAME: &'static str = "CreateDaemonResponse";
    const REQUIRED: &'static [&'static str] = CreateDaemonResponse::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        CreateDaemonResponse::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CreateExpressGatewayServiceRequest {
    /// The Amazon Resource Name (ARN) of the task execution role that grants the Amazon ECS container agent permission to make Amazon Web Services API calls...
    #[serde(
        rename = "executionRoleArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub execution_role_arn: Option<String>,
    /// Required. The Amazon Resource Name (ARN) of the infrastructure role that grants Amazon ECS permission to create and manage Amazon Web Services resources on...
    #[serde(
        rename = "infrastructureRoleArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub infrastructure_role_arn: Option<String>,
    /// The name of the Express service.
    #[serde(
        rename = "serviceName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_name: Option<String>,
    /// The short name or full Amazon Resource Name (ARN) of the cluster on which to create the Express service.
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    /// The path on the container that the Application Load Balancer uses for health checks.
    #[serde(
        rename = "healthCheckPath",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub health_check_path: Option<String>,
    /// The primary container configuration for the Express service.
    #[serde(
        rename = "primaryContainer",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub primary_container: Option<ExpressGatewayContainer>,
    /// The Amazon Resource Name (ARN) of the IAM role that containers in this task can assume.
    #[serde(
        rename = "taskRoleArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub task_role_arn: Option<String>,
    /// The network configuration for the Express service tasks.
    #[serde(
        rename = "networkConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub network_configuration: Option<ExpressGatewayServiceNetworkConfiguration>,
    /// The number of CPU units used by the task.
    #[serde(rename = "cpu", default, skip_serializing_if = "Option::is_none")]
    pub cpu: Option<String>,
    /// The amount of memory (in MiB) used by the task.
    #[serde(rename = "memory", default, skip_serializing_if = "Option::is_none")]
    pub memory: Option<String>,
    /// The CPU architecture that the task runs on.
    #[serde(
        rename = "cpuArchitecture",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cpu_architecture: Option<String>,
    /// The auto-scaling configuration for the Express service.
    #[serde(
        rename = "scalingTarget",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub scaling_target: Option<ExpressGatewayScalingTarget>,
    /// The metadata that you apply to the Express service to help categorize and organize it.
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    /// The Amazon Resource Name (ARN) of a task definition to use to create the Express Gateway service.
    #[serde(
        rename = "taskDefinitionArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub task_definition_arn: Option<String>,
}

impl CreateExpressGatewayServiceRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["infrastructureRoleArn"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("cpuArchitecture", EXPRESS_CPU_ARCHITECTURE_VALUES)];
}

impl WireShape for CreateExpressGatewayServiceRequest {
    const SHAPE_NAME: &'static str = "CreateExpressGatewayServiceRequest";
    const REQUIRED: &'static [&'static str] = CreateExpressGatewayServiceRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        CreateExpressGatewayServiceRequest::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CreateExpressGatewayServiceResponse {
    /// The full description of your Express service following the create operation.
    #[serde(rename = "service", default, skip_serializing_if = "Option::is_none")]
    pub service: Option<ECSExpressGatewayService>,
}

impl CreateExpressGatewayServiceResponse {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for CreateExpressGatewayServiceResponse {
    const SHAPE_NAME: &'static str = "CreateExpressGatewayServiceResponse";
    const REQUIRED: &'static [&'static str] = CreateExpressGatewayServiceResponse::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        CreateExpressGatewayServiceResponse::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CreateGatewayRequest {
    /// Required. The name for the gateway.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Required. The Amazon Resource Name (ARN) of the IAM role that the gateway assumes to create and manage infrastructure on your behalf.
    #[serde(
        rename = "infrastructureRoleArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub infrastructure_role_arn: Option<String>,
    /// A unique, case-sensitive identifier that you provide to ensure that the operation completes no more than one time.
    #[serde(
        rename = "clientToken",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub client_token: Option<String>,
    /// Specifies whether to enable deletion protection for the gateway.
    #[serde(
        rename = "deletionProtection",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub deletion_protection: Option<bool>,
    /// Required. The type-specific configuration for the gateway.
    #[serde(
        rename = "configuration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub configuration: Option<GatewayConfiguration>,
    /// The metadata that you apply to the gateway to help you categorize and organize it.
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    /// Specifies whether to propagate the tags from the gateway to the infrastructure that the gateway manages.
    #[serde(
        rename = "propagateTags",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub propagate_tags: Option<String>,
}

impl CreateGatewayRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] =
        &["name", "infrastructureRoleArn", "configuration"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("propagateTags", PROPAGATE_GATEWAY_TAGS_VALUES)];
}

impl WireShape for CreateGatewayRequest {
    const SHAPE_NAME: &'static str = "CreateGatewayRequest";
    const REQUIRED: &'static [&'static str] = CreateGatewayRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        CreateGatewayRequest::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CreateGatewayResponse {
    /// The Amazon Resource Name (ARN) of the gateway.
    #[serde(
        rename = "gatewayArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub gateway_arn: Option<String>,
    /// The name of the gateway.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The status of the gateway.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
}

impl CreateGatewayResponse {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("status", GATEWAY_STATUS_VALUES)];
}

impl WireShape for CreateGatewayResponse {
    const SHAPE_NAME: &'static str = "CreateGatewayResponse";
    const REQUIRED: &'static [&'static str] = CreateGatewayResponse::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        CreateGatewayResponse::ENUM_MEMBERS;
}

/// The configuration for creating a Amazon ECS Managed Instances provider.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CreateManagedInstancesProviderConfiguration {
    /// Required. The Amazon Resource Name (ARN) of the infrastructure role that Amazon ECS uses to manage instances on your behalf.
    #[serde(
        rename = "infrastructureRoleArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub infrastructure_role_arn: Option<String>,
    /// Required. The launch template configuration that specifies how Amazon ECS should launch Amazon EC2 instances.
    #[serde(
        rename = "instanceLaunchTemplate",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub instance_launch_template: Option<InstanceLaunchTemplate>,
    /// Specifies whether to propagate tags from the capacity provider to the Amazon ECS Managed Instances.
    #[serde(
        rename = "propagateTags",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub propagate_tags: Option<String>,
    /// Defines how Amazon ECS Managed Instances optimizes the infrastastructure in your capacity provider.
    #[serde(
        rename = "infrastructureOptimization",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub infrastructure_optimization: Option<InfrastructureOptimization>,
    /// The auto repair configuration for the Amazon ECS Managed Instances capacity provider.
    #[serde(
        rename = "autoRepairConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub auto_repair_configuration: Option<AutoRepairConfiguration>,
}

impl CreateManagedInstancesProviderConfiguration {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] =
        &["infrastructureRoleArn", "instanceLaunchTemplate"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("propagateTags", PROPAGATE_MI_TAGS_VALUES)];
}

impl WireShape for CreateManagedInstancesProviderConfiguration {
    const SHAPE_NAME: &'static str = "CreateManagedInstancesProviderConfiguration";
    const REQUIRED: &'static [&'static str] = CreateManagedInstancesProviderConfiguration::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        CreateManagedInstancesProviderConfiguration::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CreateServiceRequest {
    /// The short name or full Amazon Resource Name (ARN) of the cluster that you run your service on.
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    /// Required. The name of your service.
    #[serde(
        rename = "serviceName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_name: Option<String>,
    /// The `family` and `revision` (`family:revision`) or full ARN of the task definition to run in your service.
    #[serde(
        rename = "taskDefinition",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub task_definition: Option<String>,
    /// Indicates whether to use Availability Zone rebalancing for the service.
    #[serde(
        rename = "availabilityZoneRebalancing",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub availability_zone_rebalancing: Option<String>,
    /// A load balancer object representing the load balancers to use with your service.
    #[serde(
        rename = "loadBalancers",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub load_balancers: Option<Vec<LoadBalancer>>,
    /// The details of the service discovery registry to associate with this service.
    #[serde(
        rename = "serviceRegistries",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_registries: Option<Vec<ServiceRegistry>>,
    /// The number of instantiations of the specified task definition to place and keep running in your service.
    #[serde(
        rename = "desiredCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub desired_count: Option<i32>,
    /// An identifier that you provide to ensure the idempotency of the request.
    #[serde(
        rename = "clientToken",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub client_token: Option<String>,
    /// The infrastructure that you run your service on.
    #[serde(
        rename = "launchType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub launch_type: Option<String>,
    /// The capacity provider strategy to use for the service.
    #[serde(
        rename = "capacityProviderStrategy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub capacity_provider_strategy: Option<Vec<CapacityProviderStrategyItem>>,
    /// The platform version that your tasks in the service are running on.
    #[serde(
        rename = "platformVersion",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub platform_version: Option<String>,
    /// The name or full Amazon Resource Name (ARN) of the IAM role that allows Amazon ECS to make calls to your load balancer on your behalf.
    #[serde(rename = "role", default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// Optional deployment parameters that control how many tasks run during the deployment and the ordering of stopping and starting tasks.
    #[serde(
        rename = "deploymentConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub deployment_configuration: Option<DeploymentConfiguration>,
    /// An array of placement constraint objects to use for tasks in your service.
    #[serde(
        rename = "placementConstraints",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub placement_constraints: Option<Vec<PlacementConstraint>>,
    /// The placement strategy objects to use for tasks in your service.
    #[serde(
        rename = "placementStrategy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub placement_strategy: Option<Vec<PlacementStrategy>>,
    /// The network configuration for the service.
    #[serde(
        rename = "networkConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub network_configuration: Option<NetworkConfiguration>,
    /// The period of time, in seconds, that the Amazon ECS service scheduler ignores unhealthy Elastic Load Balancing, VPC Lattice, and container health...
    #[serde(
        rename = "healthCheckGracePeriodSeconds",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub health_check_grace_period_seconds: Option<i32>,
    /// The scheduling strategy to use for the service.
    #[serde(
        rename = "schedulingStrategy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub scheduling_strategy: Option<String>,
    /// The deployment controller to use for the service.
    #[serde(
        rename = "deploymentController",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub deployment_controller: Option<DeploymentController>,
    /// The metadata that you apply to the service to help you categorize and organize them.
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    /// Specifies whether to turn on Amazon ECS managed tags for the tasks within the service.
    #[serde(
        rename = "enableECSManagedTags",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_ecs_managed_tags: Option<bool>,
    /// Specifies whether to propagate the tags from the task definition to the task.
    #[serde(
        rename = "propagateTags",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub propagate_tags: Option<String>,
    /// Determines whether the execute command functionality is turned on for the service.
    #[serde(
        rename = "enableExecuteCommand",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_execute_command: Option<bool>,
    /// The configuration for this service to discover and connect to services, and be discovered by, and connected from, other services within a namespace.
    #[serde(
        rename = "serviceConnectConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_connect_configuration: Option<ServiceConnectConfiguration>,
    /// The configuration for a volume specified in the task definition as a volume that is configured at launch time.
    #[serde(
        rename = "volumeConfigurations",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub volume_configurations: Option<Vec<ServiceVolumeConfiguration>>,
    /// The VPC Lattice configuration for the service being created.
    #[serde(
        rename = "vpcLatticeConfigurations",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub vpc_lattice_configurations: Option<Vec<VpcLatticeConfiguration>>,
    /// The gateway connectors that attach the service to a gateway ingress path.
    #[serde(
        rename = "gatewayConnectors",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub gateway_connectors: Option<Vec<GatewayConnector>>,
    /// The optional monitoring configuration for the service, which defines the resolution for the service-level `CPUUtilization` and `MemoryUtilization`...
    #[serde(
        rename = "monitoring",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub monitoring: Option<MonitoringConfiguration>,
}

impl CreateServiceRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["serviceName"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[
        (
            "availabilityZoneRebalancing",
            AVAILABILITY_ZONE_REBALANCING_VALUES,
        ),
        ("launchType", LAUNCH_TYPE_VALUES),
        ("schedulingStrategy", SCHEDULING_STRATEGY_VALUES),
        ("propagateTags", PROPAGATE_TAGS_VALUES),
    ];
}

impl WireShape for CreateServiceRequest {
    const SHAPE_NAME: &'static str = "CreateServiceRequest";
    const REQUIRED: &'static [&'static str] = CreateServiceRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        CreateServiceRequest::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CreateServiceResponse {
    /// The full description of your service following the create call.
    #[serde(rename = "service", default, skip_serializing_if = "Option::is_none")]
    pub service: Option<Service>,
}

impl CreateServiceResponse {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for CreateServiceResponse {
    const SHAPE_NAME: &'static str = "CreateServiceResponse";
    const REQUIRED: &'static [&'static str] = CreateServiceResponse::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        CreateServiceResponse::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CreateTaskSetRequest {
    /// Required. The short name or full Amazon Resource Name (ARN) of the service to create the task set in.
    #[serde(rename = "service", default, skip_serializing_if = "Option::is_none")]
    pub service: Option<String>,
    /// Required. The short name or full Amazon Resource Name (ARN) of the cluster that hosts the service to create the task set in.
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    /// An optional non-unique tag that identifies this task set in external systems.
    #[serde(
        rename = "externalId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub external_id: Option<String>,
    /// Required. The task definition for the tasks in the task set to use.
    #[serde(
        rename = "taskDefinition",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub task_definition: Option<String>,
    /// An object representing the network configuration for a task set.
    #[serde(
        rename = "networkConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub network_configuration: Option<NetworkConfiguration>,
    /// A load balancer object representing the load balancer to use with the task set.
    #[serde(
        rename = "loadBalancers",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub load_balancers: Option<Vec<LoadBalancer>>,
    /// The details of the service discovery registries to assign to this task set.
    #[serde(
        rename = "serviceRegistries",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_registries: Option<Vec<ServiceRegistry>>,
    /// The launch type that new tasks in the task set uses.
    #[serde(
        rename = "launchType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub launch_type: Option<String>,
    /// The capacity provider strategy to use for the task set.
    #[serde(
        rename = "capacityProviderStrategy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub capacity_provider_strategy: Option<Vec<CapacityProviderStrategyItem>>,
    /// The platform version that the tasks in the task set uses.
    #[serde(
        rename = "platformVersion",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub platform_version: Option<String>,
    /// A floating-point percentage of the desired number of tasks to place and keep running in the task set.
    #[serde(rename = "scale", default, skip_serializing_if = "Option::is_none")]
    pub scale: Option<Scale>,
    /// An identifier that you provide to ensure the idempotency of the request.
    #[serde(
        rename = "clientToken",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub client_token: Option<String>,
    /// The metadata that you apply to the task set to help you categorize and organize them.
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
}

impl CreateTaskSetRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["service", "cluster", "taskDefinition"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("launchType", LAUNCH_TYPE_VALUES)];
}

impl WireShape for CreateTaskSetRequest {
    const SHAPE_NAME: &'static str = "CreateTaskSetRequest";
    const REQUIRED: &'static [&'static str] = CreateTaskSetRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        CreateTaskSetRequest::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CreateTaskSetResponse {
    /// Information about a set of Amazon ECS tasks in either an CodeDeploy or an `EXTERNAL` deployment.
    #[serde(rename = "taskSet", default, skip_serializing_if = "Option::is_none")]
    pub task_set: Option<TaskSet>,
}

impl CreateTaskSetResponse {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for CreateTaskSetResponse {
    const SHAPE_NAME: &'static str = "CreateTaskSetResponse";
    const REQUIRED: &'static [&'static str] = CreateTaskSetResponse::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        CreateTaskSetResponse::ENUM_MEMBERS;
}

/// The optional filter to narrow the `ListServiceDeployment` results.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CreatedAt {
    /// Include service deployments in the result that were created before this time.
    #[serde(rename = "before", default, skip_serializing_if = "Option::is_none")]
    pub before: Option<Timestamp>,
    /// Include service deployments in the result that were created after this time.
    #[serde(rename = "after", default, skip_serializing_if = "Option::is_none")]
    pub after: Option<Timestamp>,
}

impl CreatedAt {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for CreatedAt {
    const SHAPE_NAME: &'static str = "CreatedAt";
    const REQUIRED: &'static [&'static str] = CreatedAt::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        CreatedAt::ENUM_MEMBERS;
}

/// The CloudWatch alarm configuration for a daemon.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DaemonAlarmConfiguration {
    /// The CloudWatch alarm names to monitor during a daemon deployment.
    #[serde(
        rename = "alarmNames",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub alarm_names: Option<Vec<String>>,
    /// Determines whether to use the CloudWatch alarm option in the daemon deployment process.
    #[serde(rename = "enable", default, skip_serializing_if = "Option::is_none")]
    pub enable: Option<bool>,
}

impl DaemonAlarmConfiguration {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for DaemonAlarmConfiguration {
    const SHAPE_NAME: &'static str = "DaemonAlarmConfiguration";
    const REQUIRED: &'static [&'static str] = DaemonAlarmConfiguration::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DaemonAlarmConfiguration::ENUM_MEMBERS;
}

/// Information about a capacity provider associated with a daemon revision.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DaemonCapacityProvider {
    /// The Amazon Resource Name (ARN) of the capacity provider.
    #[serde(rename = "arn", default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    /// The number of daemon tasks running on this capacity provider.
    #[serde(
        rename = "runningCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub running_count: Option<i32>,
    /// The number of instances on this capacity provider that are running without the daemon task.
    #[serde(
        rename = "withoutDaemonCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub without_daemon_count: Option<i32>,
}

impl DaemonCapacityProvider {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for DaemonCapacityProvider {
    const SHAPE_NAME: &'static str = "DaemonCapacityProvider";
    const REQUIRED: &'static [&'static str] = DaemonCapacityProvider::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DaemonCapacityProvider::ENUM_MEMBERS;
}

/// Information about the circuit breaker used to determine when a daemon deployment has failed.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DaemonCircuitBreaker {
    /// The number of times the circuit breaker detected a daemon deployment failure.
    #[serde(
        rename = "failureCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub failure_count: Option<i32>,
    /// The circuit breaker status.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The threshold which determines that the daemon deployment failed.
    #[serde(rename = "threshold", default, skip_serializing_if = "Option::is_none")]
    pub threshold: Option<i32>,
}

impl DaemonCircuitBreaker {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("status", DAEMON_DEPLOYMENT_ROLLBACK_MONITORS_STATUS_VALUES)];
}

impl WireShape for DaemonCircuitBreaker {
    const SHAPE_NAME: &'static str = "DaemonCircuitBreaker";
    const REQUIRED: &'static [&'static str] = DaemonCircuitBreaker::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DaemonCircuitBreaker::ENUM_MEMBERS;
}

/// A container definition for a daemon task.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DaemonContainerDefinition {
    /// The name of the container.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Required. The image used to start the container.
    #[serde(rename = "image", default, skip_serializing_if = "Option::is_none")]
    pub image: Option<String>,
    /// The amount (in MiB) of memory to present to the container.
    #[serde(rename = "memory", default, skip_serializing_if = "Option::is_none")]
    pub memory: Option<i32>,
    /// The soft limit (in MiB) of memory to reserve for the container.
    #[serde(
        rename = "memoryReservation",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub memory_reservation: Option<i32>,
    /// The private repository authentication credentials to use.
    #[serde(
        rename = "repositoryCredentials",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub repository_credentials: Option<RepositoryCredentials>,
    /// The container health check command and associated configuration parameters for the container.
    #[serde(
        rename = "healthCheck",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub health_check: Option<HealthCheck>,
    /// The number of `cpu` units reserved for the container.
    #[serde(rename = "cpu", default, skip_serializing_if = "Option::is_none")]
    pub cpu: Option<i32>,
    /// If the `essential` parameter of a container is marked as `true`, and that container fails or stops for any reason, all other containers that are part...
    #[serde(rename = "essential", default, skip_serializing_if = "Option::is_none")]
    pub essential: Option<bool>,
    /// The entry point that's passed to the container.
    #[serde(
        rename = "entryPoint",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub entry_point: Option<Vec<String>>,
    /// The command that's passed to the container.
    #[serde(rename = "command", default, skip_serializing_if = "Option::is_none")]
    pub command: Option<Vec<String>>,
    /// The working directory to run commands inside the container in.
    #[serde(
        rename = "workingDirectory",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub working_directory: Option<String>,
    /// A list of files containing the environment variables to pass to a container.
    #[serde(
        rename = "environmentFiles",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub environment_files: Option<Vec<EnvironmentFile>>,
    /// The environment variables to pass to a container.
    #[serde(
        rename = "environment",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub environment: Option<Vec<KeyValuePair>>,
    /// The secrets to pass to the container.
    #[serde(rename = "secrets", default, skip_serializing_if = "Option::is_none")]
    pub secrets: Option<Vec<Secret>>,
    /// When this parameter is true, the container is given read-only access to its root file system.
    #[serde(
        rename = "readonlyRootFilesystem",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub readonly_root_filesystem: Option<bool>,
    /// The mount points for data volumes in your container.
    #[serde(
        rename = "mountPoints",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub mount_points: Option<Vec<MountPoint>>,
    /// The log configuration specification for the container.
    #[serde(
        rename = "logConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub log_configuration: Option<LogConfiguration>,
    /// The FireLens configuration for the container.
    #[serde(
        rename = "firelensConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub firelens_configuration: Option<FirelensConfiguration>,
    /// When this parameter is true, the container is given elevated privileges on the host container instance (similar to the `root` user).
    #[serde(
        rename = "privileged",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub privileged: Option<bool>,
    /// The user to use inside the container.
    #[serde(rename = "user", default, skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    /// A list of `ulimits` to set in the container.
    #[serde(rename = "ulimits", default, skip_serializing_if = "Option::is_none")]
    pub ulimits: Option<Vec<Ulimit>>,
    /// Linux-specific modifications that are applied to the container configuration, such as Linux kernel capabilities.
    #[serde(
        rename = "linuxParameters",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub linux_parameters: Option<DaemonLinuxParameters>,
    /// The dependencies defined for container startup and shutdown.
    #[serde(rename = "dependsOn", default, skip_serializing_if = "Option::is_none")]
    pub depends_on: Option<Vec<ContainerDependency>>,
    /// Time duration (in seconds) to wait before giving up on resolving dependencies for a container.
    #[serde(
        rename = "startTimeout",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub start_timeout: Option<i32>,
    /// Time duration (in seconds) to wait before the container is forcefully killed if it doesn't exit normally on its own.
    #[serde(
        rename = "stopTimeout",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub stop_timeout: Option<i32>,
    /// A list of namespaced kernel parameters to set in the container.
    #[serde(
        rename = "systemControls",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub system_controls: Option<Vec<SystemControl>>,
    /// When this parameter is `true`, you can deploy containerized applications that require `stdin` or a `tty` to be allocated.
    #[serde(
        rename = "interactive",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub interactive: Option<bool>,
    /// When this parameter is `true`, a TTY is allocated.
    #[serde(
        rename = "pseudoTerminal",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub pseudo_terminal: Option<bool>,
    /// The restart policy for the container.
    #[serde(
        rename = "restartPolicy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub restart_policy: Option<ContainerRestartPolicy>,
}

impl DaemonContainerDefinition {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["image"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for DaemonContainerDefinition {
    const SHAPE_NAME: &'static str = "DaemonContainerDefinition";
    const REQUIRED: &'static [&'static str] = DaemonContainerDefinition::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DaemonContainerDefinition::ENUM_MEMBERS;
}

/// The details about the container image a daemon revision uses.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DaemonContainerImage {
    /// The name of the container.
    #[serde(
        rename = "containerName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub container_name: Option<String>,
    /// The container image digest.
    #[serde(
        rename = "imageDigest",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub image_digest: Option<String>,
    /// The container image.
    #[serde(rename = "image", default, skip_serializing_if = "Option::is_none")]
    pub image: Option<String>,
}

impl DaemonContainerImage {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for DaemonContainerImage {
    const SHAPE_NAME: &'static str = "DaemonContainerImage";
    const REQUIRED: &'static [&'static str] = DaemonContainerImage::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DaemonContainerImage::ENUM_MEMBERS;
}

/// Information about a daemon deployment.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DaemonDeployment {
    /// The Amazon Resource Name (ARN) of the daemon deployment.
    #[serde(
        rename = "daemonDeploymentArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub daemon_deployment_arn: Option<String>,
    /// The Amazon Resource Name (ARN) of the cluster that hosts the daemon.
    #[serde(
        rename = "clusterArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cluster_arn: Option<String>,
    /// The status of the daemon deployment.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Information about why the daemon deployment is in the current status.
    #[serde(
        rename = "statusReason",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub status_reason: Option<String>,
    /// The daemon revision being deployed.
    #[serde(
        rename = "targetDaemonRevision",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub target_daemon_revision: Option<DaemonDeploymentRevisionDetail>,
    /// The currently deployed daemon revisions that are being replaced.
    #[serde(
        rename = "sourceDaemonRevisions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub source_daemon_revisions: Option<Vec<DaemonDeploymentRevisionDetail>>,
    /// The circuit breaker configuration that determines when a daemon deployment has failed.
    #[serde(
        rename = "circuitBreaker",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub circuit_breaker: Option<DaemonCircuitBreaker>,
    /// The CloudWatch alarms that determine when a daemon deployment fails.
    #[serde(rename = "alarms", default, skip_serializing_if = "Option::is_none")]
    pub alarms: Option<DaemonDeploymentAlarms>,
    /// The rollback options for the daemon deployment.
    #[serde(rename = "rollback", default, skip_serializing_if = "Option::is_none")]
    pub rollback: Option<DaemonRollback>,
    /// The deployment configuration used for this daemon deployment.
    #[serde(
        rename = "deploymentConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub deployment_configuration: Option<DaemonDeploymentConfiguration>,
    /// The time the daemon deployment was created.
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<Timestamp>,
    /// The time the daemon deployment started.
    #[serde(rename = "startedAt", default, skip_serializing_if = "Option::is_none")]
    pub started_at: Option<Timestamp>,
    /// The time the daemon deployment stopped.
    #[serde(rename = "stoppedAt", default, skip_serializing_if = "Option::is_none")]
    pub stopped_at: Option<Timestamp>,
    /// The time the daemon deployment finished.
    #[serde(
        rename = "finishedAt",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub finished_at: Option<Timestamp>,
}

impl DaemonDeployment {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("status", DAEMON_DEPLOYMENT_STATUS_VALUES)];
}

impl WireShape for DaemonDeployment {
    const SHAPE_NAME: &'static str = "DaemonDeployment";
    const REQUIRED: &'static [&'static str] = DaemonDeployment::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DaemonDeployment::ENUM_MEMBERS;
}

/// The CloudWatch alarms used to determine a daemon deployment failed.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DaemonDeploymentAlarms {
    /// The status of the alarms check.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The name of the CloudWatch alarms that determine when a daemon deployment failed.
    #[serde(
        rename = "alarmNames",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub alarm_names: Option<Vec<String>>,
    /// One or more CloudWatch alarm names that have been triggered during the daemon deployment.
    #[serde(
        rename = "triggeredAlarmNames",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub triggered_alarm_names: Option<Vec<String>>,
}

impl DaemonDeploymentAlarms {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("status", DAEMON_DEPLOYMENT_ROLLBACK_MONITORS_STATUS_VALUES)];
}

impl WireShape for DaemonDeploymentAlarms {
    const SHAPE_NAME: &'static str = "DaemonDeploymentAlarms";
    const REQUIRED: &'static [&'static str] = DaemonDeploymentAlarms::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DaemonDeploymentAlarms::ENUM_MEMBERS;
}

/// Information about a capacity provider during a daemon deployment.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DaemonDeploymentCapacityProvider {
    /// The Amazon Resource Name (ARN) of the capacity provider.
    #[serde(rename = "arn", default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    /// The number of instances running daemon tasks on this capacity provider.
    #[serde(
        rename = "runningInstanceCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub running_instance_count: Option<i32>,
    /// The number of instances on this capacity provider that are running without the daemon task.
    #[serde(
        rename = "withoutDaemonInstanceCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub without_daemon_instance_count: Option<i32>,
    /// The number of instances being drained on this capacity provider during the deployment.
    #[serde(
        rename = "drainingInstanceCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub draining_instance_count: Option<i32>,
}

impl DaemonDeploymentCapacityProvider {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for DaemonDeploymentCapacityProvider {
    const SHAPE_NAME: &'static str = "DaemonDeploymentCapacityProvider";
    const REQUIRED: &'static [&'static str] = DaemonDeploymentCapacityProvider::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DaemonDeploymentCapacityProvider::ENUM_MEMBERS;
}

/// Optional deployment parameters that control how a daemon rolls out updates across container instances.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DaemonDeploymentConfiguration {
    /// The percentage of container instances to drain simultaneously during a daemon deployment.
    #[serde(
        rename = "drainPercent",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub drain_percent: Option<f64>,
    /// The CloudWatch alarm configuration for the daemon deployment.
    #[serde(rename = "alarms", default, skip_serializing_if = "Option::is_none")]
    pub alarms: Option<DaemonAlarmConfiguration>,
    /// The amount of time (in minutes) to wait after a successful deployment step before proceeding.
    #[serde(
        rename = "bakeTimeInMinutes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub bake_time_in_minutes: Option<i32>,
}

impl DaemonDeploymentConfiguration {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for DaemonDeploymentConfiguration {
    const SHAPE_NAME: &'static str = "DaemonDeploymentConfiguration";
    const REQUIRED: &'static [&'static str] = DaemonDeploymentConfiguration::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DaemonDeploymentConfiguration::ENUM_MEMBERS;
}

/// Details about a daemon revision during a deployment, including running and draining instance counts per capacity provider.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DaemonDeploymentRevisionDetail {
    /// The Amazon Resource Name (ARN) of the daemon revision.
    #[serde(rename = "arn", default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    /// The capacity providers associated with this daemon revision during the deployment.
    #[serde(
        rename = "capacityProviders",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub capacity_providers: Option<Vec<DaemonDeploymentCapacityProvider>>,
    /// The total number of instances running daemon tasks for this revision.
    #[serde(
        rename = "totalRunningInstanceCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub total_running_instance_count: Option<i32>,
    /// The total number of instances running without the daemon task for this revision, across all capacity providers.
    #[serde(
        rename = "totalWithoutDaemonInstanceCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub total_without_daemon_instance_count: Option<i32>,
    /// The total number of instances being drained for this revision during the deployment.
    #[serde(
        rename = "totalDrainingInstanceCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub total_draining_instance_count: Option<i32>,
}

impl DaemonDeploymentRevisionDetail {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for DaemonDeploymentRevisionDetail {
    const SHAPE_NAME: &'static str = "DaemonDeploymentRevisionDetail";
    const REQUIRED: &'static [&'static str] = DaemonDeploymentRevisionDetail::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DaemonDeploymentRevisionDetail::ENUM_MEMBERS;
}

/// A summary of a daemon deployment.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DaemonDeploymentSummary {
    /// The Amazon Resource Name (ARN) of the daemon deployment.
    #[serde(
        rename = "daemonDeploymentArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub daemon_deployment_arn: Option<String>,
    /// The Amazon Resource Name (ARN) of the daemon.
    #[serde(rename = "daemonArn", default, skip_serializing_if = "Option::is_none")]
    pub daemon_arn: Option<String>,
    /// The Amazon Resource Name (ARN) of the cluster that hosts the daemon.
    #[serde(
        rename = "clusterArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cluster_arn: Option<String>,
    /// The status of the daemon deployment.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Information about why the daemon deployment is in the current status.
    #[serde(
        rename = "statusReason",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub status_reason: Option<String>,
    /// The ARN of the daemon revision being deployed.
    #[serde(
        rename = "targetDaemonRevisionArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub target_daemon_revision_arn: Option<String>,
    /// The time the daemon deployment was created.
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<Timestamp>,
    /// The time the daemon deployment started.
    #[serde(rename = "startedAt", default, skip_serializing_if = "Option::is_none")]
    pub started_at: Option<Timestamp>,
    /// The time the daemon deployment stopped.
    #[serde(rename = "stoppedAt", default, skip_serializing_if = "Option::is_none")]
    pub stopped_at: Option<Timestamp>,
    /// The time the daemon deployment finished.
    #[serde(
        rename = "finishedAt",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub finished_at: Option<Timestamp>,
}

impl DaemonDeploymentSummary {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("status", DAEMON_DEPLOYMENT_STATUS_VALUES)];
}

impl WireShape for DaemonDeploymentSummary {
    const SHAPE_NAME: &'static str = "DaemonDeploymentSummary";
    const REQUIRED: &'static [&'static str] = DaemonDeploymentSummary::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DaemonDeploymentSummary::ENUM_MEMBERS;
}

/// The detailed information about a daemon.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DaemonDetail {
    /// The Amazon Resource Name (ARN) of the daemon.
    #[serde(rename = "daemonArn", default, skip_serializing_if = "Option::is_none")]
    pub daemon_arn: Option<String>,
    /// The Amazon Resource Name (ARN) of the cluster that the daemon is running in.
    #[serde(
        rename = "clusterArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cluster_arn: Option<String>,
    /// The status of the daemon.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The current daemon revision details, including the running task counts per capacity provider.
    #[serde(
        rename = "currentRevisions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub current_revisions: Option<Vec<DaemonRevisionDetail>>,
    /// The Amazon Resource Name (ARN) of the most recent daemon deployment.
    #[serde(
        rename = "deploymentArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub deployment_arn: Option<String>,
    /// The Unix timestamp for the time when the daemon was created.
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<Timestamp>,
    /// The Unix timestamp for the time when the daemon was last updated.
    #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<Timestamp>,
}

impl DaemonDetail {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("status", DAEMON_STATUS_VALUES)];
}

impl WireShape for DaemonDetail {
    const SHAPE_NAME: &'static str = "DaemonDetail";
    const REQUIRED: &'static [&'static str] = DaemonDetail::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DaemonDetail::ENUM_MEMBERS;
}

/// The Linux-specific options that are applied to the daemon container, such as Linux kernel capabilities.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DaemonLinuxParameters {
    /// The Linux capabilities for the container that are added to or dropped from the default configuration provided by Docker.
    #[serde(
        rename = "capabilities",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub capabilities: Option<KernelCapabilities>,
    /// Any host devices to expose to the container.
    #[serde(rename = "devices", default, skip_serializing_if = "Option::is_none")]
    pub devices: Option<Vec<Device>>,
    /// Run an `init` process inside the container that forwards signals and reaps processes.
    #[serde(
        rename = "initProcessEnabled",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub init_process_enabled: Option<bool>,
    /// The container path, mount options, and size (in MiB) of the tmpfs mount.
    #[serde(rename = "tmpfs", default, skip_serializing_if = "Option::is_none")]
    pub tmpfs: Option<Vec<Tmpfs>>,
}

impl DaemonLinuxParameters {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for DaemonLinuxParameters {
    const SHAPE_NAME: &'static str = "DaemonLinuxParameters";
    const REQUIRED: &'static [&'static str] = DaemonLinuxParameters::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DaemonLinuxParameters::ENUM_MEMBERS;
}

/// Error shape. The specified daemon isn't active.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DaemonNotActiveException {
    /// Message that describes the cause of the exception.
    #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

impl DaemonNotActiveException {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for DaemonNotActiveException {
    const SHAPE_NAME: &'static str = "DaemonNotActiveException";
    const REQUIRED: &'static [&'static str] = DaemonNotActiveException::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DaemonNotActiveException::ENUM_MEMBERS;
}

/// Error shape. The specified daemon wasn't found.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DaemonNotFoundException {
    /// Message that describes the cause of the exception.
    #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

impl DaemonNotFoundException {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for DaemonNotFoundException {
    const SHAPE_NAME: &'static str = "DaemonNotFoundException";
    const REQUIRED: &'static [&'static str] = DaemonNotFoundException::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DaemonNotFoundException::ENUM_MEMBERS;
}

/// Information about a daemon revision.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DaemonRevision {
    /// The Amazon Resource Name (ARN) of the daemon revision.
    #[serde(
        rename = "daemonRevisionArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub daemon_revision_arn: Option<String>,
    /// The Amazon Resource Name (ARN) of the cluster that hosts the daemon.
    #[serde(
        rename = "clusterArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cluster_arn: Option<String>,
    /// The Amazon Resource Name (ARN) of the daemon for this revision.
    #[serde(rename = "daemonArn", default, skip_serializing_if = "Option::is_none")]
    pub daemon_arn: Option<String>,
    /// The Amazon Resource Name (ARN) of the daemon task definition used by this revision.
    #[serde(
        rename = "daemonTaskDefinitionArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub daemon_task_definition_arn: Option<String>,
    /// The Unix timestamp for the time when the daemon revision was created.
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<Timestamp>,
    /// The container images used by the daemon revision.
    #[serde(
        rename = "containerImages",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub container_images: Option<Vec<DaemonContainerImage>>,
    /// Specifies whether tags are propagated from the daemon to the daemon tasks.
    #[serde(
        rename = "propagateTags",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub propagate_tags: Option<String>,
    /// Specifies whether Amazon ECS managed tags are turned on for the daemon tasks.
    #[serde(
        rename = "enableECSManagedTags",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_ecs_managed_tags: Option<bool>,
    /// Specifies whether the execute command functionality is turned on for the daemon tasks.
    #[serde(
        rename = "enableExecuteCommand",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_execute_command: Option<bool>,
    /// If the `critical` parameter of this daemon revision is `true`, and the daemon task fails, stops, or becomes unhealthy, Amazon ECS drains the...
    #[serde(rename = "critical", default, skip_serializing_if = "Option::is_none")]
    pub critical: Option<bool>,
}

impl DaemonRevision {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("propagateTags", DAEMON_PROPAGATE_TAGS_VALUES)];
}

impl WireShape for DaemonRevision {
    const SHAPE_NAME: &'static str = "DaemonRevision";
    const REQUIRED: &'static [&'static str] = DaemonRevision::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DaemonRevision::ENUM_MEMBERS;
}

/// Details about a daemon revision, including the running task counts per capacity provider.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DaemonRevisionDetail {
    /// The Amazon Resource Name (ARN) of the daemon revision.
    #[serde(rename = "arn", default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    /// The capacity providers associated with this daemon revision.
    #[serde(
        rename = "capacityProviders",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub capacity_providers: Option<Vec<DaemonCapacityProvider>>,
    /// The total number of daemon tasks running for this revision.
    #[serde(
        rename = "totalRunningCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub total_running_count: Option<i32>,
    /// The total number of instances running without the daemon task for this revision, across all capacity providers.
    #[serde(
        rename = "totalWithoutDaemonCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub total_without_daemon_count: Option<i32>,
}

impl DaemonRevisionDetail {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for DaemonRevisionDetail {
    const SHAPE_NAME: &'static str = "DaemonRevisionDetail";
    const REQUIRED: &'static [&'static str] = DaemonRevisionDetail::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DaemonRevisionDetail::ENUM_MEMBERS;
}

/// Information about a daemon deployment rollback.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DaemonRollback {
    /// The reason the rollback happened.
    #[serde(rename = "reason", default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// The time that the rollback started.
    #[serde(rename = "startedAt", default, skip_serializing_if = "Option::is_none")]
    pub started_at: Option<Timestamp>,
    /// The ARN of the daemon revision deployed as part of the rollback.
    #[serde(
        rename = "rollbackTargetDaemonRevisionArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub rollback_target_daemon_revision_arn: Option<String>,
    /// The capacity providers involved in the rollback.
    #[serde(
        rename = "rollbackCapacityProviders",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub rollback_capacity_providers: Option<Vec<String>>,
}

impl DaemonRollback {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for DaemonRollback {
    const SHAPE_NAME: &'static str = "DaemonRollback";
    const REQUIRED: &'static [&'static str] = DaemonRollback::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DaemonRollback::ENUM_MEMBERS;
}

/// A summary of a daemon.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DaemonSummary {
    /// The Amazon Resource Name (ARN) of the daemon.
    #[serde(rename = "daemonArn", default, skip_serializing_if = "Option::is_none")]
    pub daemon_arn: Option<String>,
    /// The status of the daemon.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The Unix timestamp for the time when the daemon was created.
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<Timestamp>,
    /// The Unix timestamp for the time when the daemon was last updated.
    #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<Timestamp>,
}

impl DaemonSummary {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("status", DAEMON_STATUS_VALUES)];
}

impl WireShape for DaemonSummary {
    const SHAPE_NAME: &'static str = "DaemonSummary";
    const REQUIRED: &'static [&'static str] = DaemonSummary::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DaemonSummary::ENUM_MEMBERS;
}

/// The details of a daemon task definition.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DaemonTaskDefinition {
    /// The full Amazon Resource Name (ARN) of the daemon task definition.
    #[serde(
        rename = "daemonTaskDefinitionArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub daemon_task_definition_arn: Option<String>,
    /// The name of a family that this daemon task definition is registered to.
    #[serde(rename = "family", default, skip_serializing_if = "Option::is_none")]
    pub family: Option<String>,
    /// The revision of the daemon task in a particular family.
    #[serde(rename = "revision", default, skip_serializing_if = "Option::is_none")]
    pub revision: Option<i32>,
    /// The short name or full Amazon Resource Name (ARN) of the IAM role that grants containers in the daemon task permission to call Amazon Web Services...
    #[serde(
        rename = "taskRoleArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub task_role_arn: Option<String>,
    /// The Amazon Resource Name (ARN) of the task execution role that grants the Amazon ECS container agent permission to make Amazon Web Services API calls...
    #[serde(
        rename = "executionRoleArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub execution_role_arn: Option<String>,
    /// A list of container definitions in JSON format that describe the containers that make up the daemon task.
    #[serde(
        rename = "containerDefinitions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub container_definitions: Option<Vec<DaemonContainerDefinition>>,
    /// The list of data volume definitions for the daemon task.
    #[serde(rename = "volumes", default, skip_serializing_if = "Option::is_none")]
    pub volumes: Option<Vec<DaemonVolume>>,
    /// The number of CPU units used by the daemon task.
    #[serde(rename = "cpu", default, skip_serializing_if = "Option::is_none")]
    pub cpu: Option<String>,
    /// The amount of memory (in MiB) used by the daemon task.
    #[serde(rename = "memory", default, skip_serializing_if = "Option::is_none")]
    pub memory: Option<String>,
    /// The status of the daemon task definition.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The Unix timestamp for the time when the daemon task definition was registered.
    #[serde(
        rename = "registeredAt",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub registered_at: Option<Timestamp>,
    /// The Unix timestamp for the time when the daemon task definition delete was requested.
    #[serde(
        rename = "deleteRequestedAt",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub delete_requested_at: Option<Timestamp>,
    /// The principal that registered the daemon task definition.
    #[serde(
        rename = "registeredBy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub registered_by: Option<String>,
    /// The PID namespace mode for the daemon.
    #[serde(rename = "pidMode", default, skip_serializing_if = "Option::is_none")]
    pub pid_mode: Option<String>,
    /// The IPC namespace mode for the daemon.
    #[serde(rename = "ipcMode", default, skip_serializing_if = "Option::is_none")]
    pub ipc_mode: Option<String>,
}

impl DaemonTaskDefinition {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[
        ("status", DAEMON_TASK_DEFINITION_STATUS_VALUES),
        ("pidMode", DAEMON_PID_MODE_VALUES),
        ("ipcMode", DAEMON_IPC_MODE_VALUES),
    ];
}

impl WireShape for DaemonTaskDefinition {
    const SHAPE_NAME: &'static str = "DaemonTaskDefinition";
    const REQUIRED: &'static [&'static str] = DaemonTaskDefinition::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DaemonTaskDefinition::ENUM_MEMBERS;
}

/// A summary of a daemon task definition.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DaemonTaskDefinitionSummary {
    /// The Amazon Resource Name (ARN) of the daemon task definition.
    #[serde(rename = "arn", default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    /// The Unix timestamp for the time when the daemon task definition was registered.
    #[serde(
        rename = "registeredAt",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub registered_at: Option<Timestamp>,
    /// The principal that registered the daemon task definition.
    #[serde(
        rename = "registeredBy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub registered_by: Option<String>,
    /// The Unix timestamp for the time when the daemon task definition delete was requested.
    #[serde(
        rename = "deleteRequestedAt",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub delete_requested_at: Option<Timestamp>,
    /// The status of the daemon task definition.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
}

impl DaemonTaskDefinitionSummary {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("status", DAEMON_TASK_DEFINITION_STATUS_VALUES)];
}

impl WireShape for DaemonTaskDefinitionSummary {
    const SHAPE_NAME: &'static str = "DaemonTaskDefinitionSummary";
    const REQUIRED: &'static [&'static str] = DaemonTaskDefinitionSummary::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DaemonTaskDefinitionSummary::ENUM_MEMBERS;
}

/// A data volume definition for a daemon task.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DaemonVolume {
    /// The name of the volume.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The contents of the `host` parameter determine whether your bind mount host volume persists on the host container instance and where it's stored.
    #[serde(rename = "host", default, skip_serializing_if = "Option::is_none")]
    pub host: Option<HostVolumeProperties>,
    /// The log driver volume configuration.
    #[serde(
        rename = "logDriverVolumeConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub log_driver_volume_configuration: Option<LogDriverVolumeConfiguration>,
}

impl DaemonVolume {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for DaemonVolume {
    const SHAPE_NAME: &'static str = "DaemonVolume";
    const REQUIRED: &'static [&'static str] = DaemonVolume::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DaemonVolume::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeleteAccountSettingRequest {
    /// Required. The resource name to disable the account setting for.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The Amazon Resource Name (ARN) of the principal.
    #[serde(
        rename = "principalArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub principal_arn: Option<String>,
}

impl DeleteAccountSettingRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["name"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("name", SETTING_NAME_VALUES)];
}

impl WireShape for DeleteAccountSettingRequest {
    const SHAPE_NAME: &'static str = "DeleteAccountSettingRequest";
    const REQUIRED: &'static [&'static str] = DeleteAccountSettingRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DeleteAccountSettingRequest::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeleteAccountSettingResponse {
    /// The account setting for the specified principal ARN.
    #[serde(rename = "setting", default, skip_serializing_if = "Option::is_none")]
    pub setting: Option<Setting>,
}

impl DeleteAccountSettingResponse {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for DeleteAccountSettingResponse {
    const SHAPE_NAME: &'static str = "DeleteAccountSettingResponse";
    const REQUIRED: &'static [&'static str] = DeleteAccountSettingResponse::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DeleteAccountSettingResponse::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeleteAttributesRequest {
    /// The short name or full Amazon Resource Name (ARN) of the cluster that contains the resource to delete attributes.
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    /// Required. The attributes to delete from your resource.
    #[serde(
        rename = "attributes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub attributes: Option<Vec<Attribute>>,
}

impl DeleteAttributesRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["attributes"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for DeleteAttributesRequest {
    const SHAPE_NAME: &'static str = "DeleteAttributesRequest";
    const REQUIRED: &'static [&'static str] = DeleteAttributesRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DeleteAttributesRequest::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeleteAttributesResponse {
    /// A list of attribute objects that were successfully deleted from your resource.
    #[serde(
        rename = "attributes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub attributes: Option<Vec<Attribute>>,
}

impl DeleteAttributesResponse {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for DeleteAttributesResponse {
    const SHAPE_NAME: &'static str = "DeleteAttributesResponse";
    const REQUIRED: &'static [&'static str] = DeleteAttributesResponse::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DeleteAttributesResponse::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeleteCapacityProviderRequest {
    /// Required. The short name or full Amazon Resource Name (ARN) of the capacity provider to delete.
    #[serde(
        rename = "capacityProvider",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub capacity_provider: Option<String>,
    /// The name of the cluster that contains the capacity provider to delete.
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
}

impl DeleteCapacityProviderRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["capacityProvider"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for DeleteCapacityProviderRequest {
    const SHAPE_NAME: &'static str = "DeleteCapacityProviderRequest";
    const REQUIRED: &'static [&'static str] = DeleteCapacityProviderRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DeleteCapacityProviderRequest::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeleteCapacityProviderResponse {
    /// The details of the capacity provider.
    #[serde(
        rename = "capacityProvider",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub capacity_provider: Option<CapacityProvider>,
}

impl DeleteCapacityProviderResponse {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for DeleteCapacityProviderResponse {
    const SHAPE_NAME: &'static str = "DeleteCapacityProviderResponse";
    const REQUIRED: &'static [&'static str] = DeleteCapacityProviderResponse::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DeleteCapacityProviderResponse::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeleteClusterRequest {
    /// Required. The short name or full Amazon Resource Name (ARN) of the cluster to delete.
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
}

impl DeleteClusterRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["cluster"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for DeleteClusterRequest {
    const SHAPE_NAME: &'static str = "DeleteClusterRequest";
    const REQUIRED: &'static [&'static str] = DeleteClusterRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DeleteClusterRequest::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeleteClusterResponse {
    /// The full description of the deleted cluster.
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<Cluster>,
}

impl DeleteClusterResponse {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for DeleteClusterResponse {
    const SHAPE_NAME: &'static str = "DeleteClusterResponse";
    const REQUIRED: &'static [&'static str] = DeleteClusterResponse::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DeleteClusterResponse::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeleteDaemonRequest {
    /// Required. The Amazon Resource Name (ARN) of the daemon to delete.
    #[serde(rename = "daemonArn", default, skip_serializing_if = "Option::is_none")]
    pub daemon_arn: Option<String>,
}

impl DeleteDaemonRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["daemonArn"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for DeleteDaemonRequest {
    const SHAPE_NAME: &'static str = "DeleteDaemonRequest";
    const REQUIRED: &'static [&'static str] = DeleteDaemonRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DeleteDaemonRequest::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeleteDaemonResponse {
    /// The Amazon Resource Name (ARN) of the daemon.
    #[serde(rename = "daemonArn", default, skip_serializing_if = "Option::is_none")]
    pub daemon_arn: Option<String>,
    /// The status of the daemon.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The Unix timestamp for the time when the daemon was created.
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<Timestamp>,
    /// The Unix timestamp for the time when the daemon was last updated.
    #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<Timestamp>,
    /// The Amazon Resource Name (ARN) of the daemon deployment that was triggered by the delete operation.
    #[serde(
        rename = "deploymentArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub deployment_arn: Option<String>,
}

impl DeleteDaemonResponse {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("status", DAEMON_STATUS_VALUES)];
}

impl WireShape for DeleteDaemonResponse {
    const SHAPE_NAME: &'static str = "DeleteDaemonResponse";
    const REQUIRED: &'static [&'static str] = DeleteDaemonResponse::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DeleteDaemonResponse::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeleteDaemonTaskDefinitionRequest {
    /// Required. The `family` and `revision` (`family:revision`) or full Amazon Resource Name (ARN) of the daemon task definition to delete.
    #[serde(
        rename = "daemonTaskDefinition",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub daemon_task_definition: Option<String>,
}

impl DeleteDaemonTaskDefinitionRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["daemonTaskDefinition"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for DeleteDaemonTaskDefinitionRequest {
    const SHAPE_NAME: &'static str = "DeleteDaemonTaskDefinitionRequest";
    const REQUIRED: &'static [&'static str] = DeleteDaemonTaskDefinitionRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DeleteDaemonTaskDefinitionRequest::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeleteDaemonTaskDefinitionResponse {
    /// The full Amazon Resource Name (ARN) of the deleted daemon task definition.
    #[serde(
        rename = "daemonTaskDefinitionArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub daemon_task_definition_arn: Option<String>,
}

impl DeleteDaemonTaskDefinitionResponse {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for DeleteDaemonTaskDefinitionResponse {
    const SHAPE_NAME: &'static str = "DeleteDaemonTaskDefinitionResponse";
    const REQUIRED: &'static [&'static str] = DeleteDaemonTaskDefinitionResponse::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DeleteDaemonTaskDefinitionResponse::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeleteExpressGatewayServiceRequest {
    /// Required. The Amazon Resource Name (ARN) of the Express service to delete.
    #[serde(
        rename = "serviceArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_arn: Option<String>,
}

impl DeleteExpressGatewayServiceRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["serviceArn"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for DeleteExpressGatewayServiceRequest {
    const SHAPE_NAME: &'static str = "DeleteExpressGatewayServiceRequest";
    const REQUIRED: &'static [&'static str] = DeleteExpressGatewayServiceRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DeleteExpressGatewayServiceRequest::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeleteExpressGatewayServiceResponse {
    /// The full description of the deleted express service.
    #[serde(rename = "service", default, skip_serializing_if = "Option::is_none")]
    pub service: Option<ECSExpressGatewayService>,
}

impl DeleteExpressGatewayServiceResponse {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for DeleteExpressGatewayServiceResponse {
    const SHAPE_NAME: &'static str = "DeleteExpressGatewayServiceResponse";
    const REQUIRED: &'static [&'static str] = DeleteExpressGatewayServiceResponse::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DeleteExpressGatewayServiceResponse::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeleteGatewayRequest {
    /// Required. The name or Amazon Resource Name (ARN) of the gateway to delete.
    #[serde(rename = "gateway", default, skip_serializing_if = "Option::is_none")]
    pub gateway: Option<String>,
}

impl DeleteGatewayRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["gateway"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for DeleteGatewayRequest {
    const SHAPE_NAME: &'static str = "DeleteGatewayRequest";
    const REQUIRED: &'static [&'static str] = DeleteGatewayRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DeleteGatewayRequest::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeleteGatewayResponse {
    /// The Amazon Resource Name (ARN) of the deleted gateway.
    #[serde(
        rename = "gatewayArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub gateway_arn: Option<String>,
    /// The name of the deleted gateway.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The status of the gateway.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
}

impl DeleteGatewayResponse {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("status", GATEWAY_STATUS_VALUES)];
}

impl WireShape for DeleteGatewayResponse {
    const SHAPE_NAME: &'static str = "DeleteGatewayResponse";
    const REQUIRED: &'static [&'static str] = DeleteGatewayResponse::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DeleteGatewayResponse::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeleteServiceRequest {
    /// The short name or full Amazon Resource Name (ARN) of the cluster that hosts the service to delete.
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    /// Required. The name of the service to delete.
    #[serde(rename = "service", default, skip_serializing_if = "Option::is_none")]
    pub service: Option<String>,
    /// If `true`, allows you to delete a service even if it wasn't scaled down to zero tasks.
    #[serde(rename = "force", default, skip_serializing_if = "Option::is_none")]
    pub force: Option<bool>,
}

impl DeleteServiceRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["service"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for DeleteServiceRequest {
    const SHAPE_NAME: &'static str = "DeleteServiceRequest";
    const REQUIRED: &'static [&'static str] = DeleteServiceRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DeleteServiceRequest::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeleteServiceResponse {
    /// The full description of the deleted service.
    #[serde(rename = "service", default, skip_serializing_if = "Option::is_none")]
    pub service: Option<Service>,
}

impl DeleteServiceResponse {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for DeleteServiceResponse {
    const SHAPE_NAME: &'static str = "DeleteServiceResponse";
    const REQUIRED: &'static [&'static str] = DeleteServiceResponse::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DeleteServiceResponse::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeleteTaskDefinitionsRequest {
    /// Required. The `family` and `revision` (`family:revision`) or full Amazon Resource Name (ARN) of the task definition to delete.
    #[serde(
        rename = "taskDefinitions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub task_definitions: Option<Vec<String>>,
}

impl DeleteTaskDefinitionsRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["taskDefinitions"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for DeleteTaskDefinitionsRequest {
    const SHAPE_NAME: &'static str = "DeleteTaskDefinitionsRequest";
    const REQUIRED: &'static [&'static str] = DeleteTaskDefinitionsRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DeleteTaskDefinitionsRequest::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeleteTaskDefinitionsResponse {
    /// The list of deleted task definitions.
    #[serde(
        rename = "taskDefinitions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub task_definitions: Option<Vec<TaskDefinition>>,
    /// Any failures associated with the call.
    #[serde(rename = "failures", default, skip_serializing_if = "Option::is_none")]
    pub failures: Option<Vec<Failure>>,
}

impl DeleteTaskDefinitionsResponse {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for DeleteTaskDefinitionsResponse {
    const SHAPE_NAME: &'static str = "DeleteTaskDefinitionsResponse";
    const REQUIRED: &'static [&'static str] = DeleteTaskDefinitionsResponse::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DeleteTaskDefinitionsResponse::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeleteTaskSetRequest {
    /// Required. The short name or full Amazon Resource Name (ARN) of the cluster that hosts the service that the task set found in to delete.
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    /// Required. The short name or full Amazon Resource Name (ARN) of the service that hosts the task set to delete.
    #[serde(rename = "service", default, skip_serializing_if = "Option::is_none")]
    pub service: Option<String>,
    /// Required. The task set ID or full Amazon Resource Name (ARN) of the task set to delete.
    #[serde(rename = "taskSet", default, skip_serializing_if = "Option::is_none")]
    pub task_set: Option<String>,
    /// If `true`, you can delete a task set even if it hasn't been scaled down to zero.
    #[serde(rename = "force", default, skip_serializing_if = "Option::is_none")]
    pub force: Option<bool>,
}

impl DeleteTaskSetRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["cluster", "service", "taskSet"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for DeleteTaskSetRequest {
    const SHAPE_NAME: &'static str = "DeleteTaskSetRequest";
    const REQUIRED: &'static [&'static str] = DeleteTaskSetRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DeleteTaskSetRequest::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeleteTaskSetResponse {
    /// Details about the task set.
    #[serde(rename = "taskSet", default, skip_serializing_if = "Option::is_none")]
    pub task_set: Option<TaskSet>,
}

impl DeleteTaskSetResponse {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for DeleteTaskSetResponse {
    const SHAPE_NAME: &'static str = "DeleteTaskSetResponse";
    const REQUIRED: &'static [&'static str] = DeleteTaskSetResponse::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DeleteTaskSetResponse::ENUM_MEMBERS;
}

/// The details of an Amazon ECS service deployment.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Deployment {
    /// The ID of the deployment.
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The status of the deployment.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The most recent task definition that was specified for the tasks in the service to use.
    #[serde(
        rename = "taskDefinition",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub task_definition: Option<String>,
    /// The most recent desired count of tasks that was specified for the service to deploy or maintain.
    #[serde(
        rename = "desiredCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub desired_count: Option<i32>,
    /// The number of tasks in the deployment that are in the `PENDING` status.
    #[serde(
        rename = "pendingCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub pending_count: Option<i32>,
    /// The number of tasks in the deployment that are in the `RUNNING` status.
    #[serde(
        rename = "runningCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub running_count: Option<i32>,
    /// The number of consecutively failed tasks in the deployment.
    #[serde(
        rename = "failedTasks",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub failed_tasks: Option<i32>,
    /// The Unix timestamp for the time when the service deployment was created.
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<Timestamp>,
    /// The Unix timestamp for the time when the service deployment was last updated.
    #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<Timestamp>,
    /// The capacity provider strategy that the deployment is using.
    #[serde(
        rename = "capacityProviderStrategy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub capacity_provider_strategy: Option<Vec<CapacityProviderStrategyItem>>,
    /// The launch type the tasks in the service are using.
    #[serde(
        rename = "launchType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub launch_type: Option<String>,
    /// The platform version that your tasks in the service run on.
    #[serde(
        rename = "platformVersion",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub platform_version: Option<String>,
    /// The operating system that your tasks in the service, or tasks are running on.
    #[serde(
        rename = "platformFamily",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub platform_family: Option<String>,
    /// The VPC subnet and security group configuration for tasks that receive their own elastic network interface by using the `awsvpc` networking mode.
    #[serde(
        rename = "networkConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub network_configuration: Option<NetworkConfiguration>,
    /// The `rolloutState` of a service is only returned for services that use the rolling update (`ECS`) deployment type that aren't behind a Classic Load...
    #[serde(
        rename = "rolloutState",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub rollout_state: Option<String>,
    /// A description of the rollout state of a deployment.
    #[serde(
        rename = "rolloutStateReason",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub rollout_state_reason: Option<String>,
    /// The details of the Service Connect configuration that's used by this deployment.
    #[serde(
        rename = "serviceConnectConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_connect_configuration: Option<ServiceConnectConfiguration>,
    /// The list of Service Connect resources that are associated with this deployment.
    #[serde(
        rename = "serviceConnectResources",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_connect_resources: Option<Vec<ServiceConnectServiceResource>>,
    /// The details of the volume that was `configuredAtLaunch`.
    #[serde(
        rename = "volumeConfigurations",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub volume_configurations: Option<Vec<ServiceVolumeConfiguration>>,
    /// The Fargate ephemeral storage settings for the deployment.
    #[serde(
        rename = "fargateEphemeralStorage",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub fargate_ephemeral_storage: Option<DeploymentEphemeralStorage>,
    /// The VPC Lattice configuration for the service deployment.
    #[serde(
        rename = "vpcLatticeConfigurations",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub vpc_lattice_configurations: Option<Vec<VpcLatticeConfiguration>>,
}

impl Deployment {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[
        ("launchType", LAUNCH_TYPE_VALUES),
        ("rolloutState", DEPLOYMENT_ROLLOUT_STATE_VALUES),
    ];
}

impl WireShape for Deployment {
    const SHAPE_NAME: &'static str = "Deployment";
    const REQUIRED: &'static [&'static str] = Deployment::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        Deployment::ENUM_MEMBERS;
}

/// One of the methods which provide a way for you to quickly identify when a deployment has failed, and then to optionally roll back the failure to the...
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeploymentAlarms {
    /// Required. One or more CloudWatch alarm names.
    #[serde(
        rename = "alarmNames",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub alarm_names: Option<Vec<String>>,
    /// Required. Determines whether to configure Amazon ECS to roll back the service if a service deployment fails.
    #[serde(rename = "rollback", default, skip_serializing_if = "Option::is_none")]
    pub rollback: Option<bool>,
    /// Required. Determines whether to use the CloudWatch alarm option in the service deployment process.
    #[serde(rename = "enable", default, skip_serializing_if = "Option::is_none")]
    pub enable: Option<bool>,
}

impl DeploymentAlarms {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["alarmNames", "rollback", "enable"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for DeploymentAlarms {
    const SHAPE_NAME: &'static str = "DeploymentAlarms";
    const REQUIRED: &'static [&'static str] = DeploymentAlarms::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DeploymentAlarms::ENUM_MEMBERS;
}

/// The deployment circuit breaker can only be used for services using the rolling update (`ECS`) deployment type.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeploymentCircuitBreaker {
    /// Required. Determines whether to use the deployment circuit breaker logic for the service.
    #[serde(rename = "enable", default, skip_serializing_if = "Option::is_none")]
    pub enable: Option<bool>,
    /// Required. Determines whether to configure Amazon ECS to roll back the service if a service deployment fails.
    #[serde(rename = "rollback", default, skip_serializing_if = "Option::is_none")]
    pub rollback: Option<bool>,
    /// Specifies whether the deployment circuit breaker resets its failure count when a task reaches a healthy state.
    #[serde(
        rename = "resetOnHealthyTask",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub reset_on_healthy_task: Option<bool>,
    /// The threshold configuration that controls when the deployment circuit breaker triggers.
    #[serde(
        rename = "thresholdConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub threshold_configuration: Option<ThresholdConfiguration>,
}

impl DeploymentCircuitBreaker {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["enable", "rollback"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for DeploymentCircuitBreaker {
    const SHAPE_NAME: &'static str = "DeploymentCircuitBreaker";
    const REQUIRED: &'static [&'static str] = DeploymentCircuitBreaker::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DeploymentCircuitBreaker::ENUM_MEMBERS;
}

/// Optional deployment parameters that control how many tasks run during a deployment and the ordering of stopping and starting tasks.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeploymentConfiguration {
    /// The deployment circuit breaker can only be used for services using the rolling update (`ECS`) deployment type.
    #[serde(
        rename = "deploymentCircuitBreaker",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub deployment_circuit_breaker: Option<DeploymentCircuitBreaker>,
    /// If a service is using the rolling update (`ECS`) deployment type, the `maximumPercent` parameter represents an upper limit on the number of your...
    #[serde(
        rename = "maximumPercent",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub maximum_percent: Option<i32>,
    /// If a service is using the rolling update (`ECS`) deployment type, the `minimumHealthyPercent` represents a lower limit on the number of your...
    #[serde(
        rename = "minimumHealthyPercent",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub minimum_healthy_percent: Option<i32>,
    /// Information about the CloudWatch alarms.
    #[serde(rename = "alarms", default, skip_serializing_if = "Option::is_none")]
    pub alarms: Option<DeploymentAlarms>,
    /// The deployment strategy for the service.
    #[serde(rename = "strategy", default, skip_serializing_if = "Option::is_none")]
    pub strategy: Option<String>,
    /// The time period when both blue and green service revisions are running simultaneously after the production traffic has shifted.
    #[serde(
        rename = "bakeTimeInMinutes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub bake_time_in_minutes: Option<i32>,
    /// An array of deployment lifecycle hook objects to run custom logic or pause the deployment at specific stages of the deployment lifecycle.
    #[serde(
        rename = "lifecycleHooks",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub lifecycle_hooks: Option<Vec<DeploymentLifecycleHook>>,
    /// Configuration for linear deployment strategy.
    #[serde(
        rename = "linearConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub linear_configuration: Option<LinearConfiguration>,
    /// Configuration for canary deployment strategy.
    #[serde(
        rename = "canaryConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub canary_configuration: Option<CanaryConfiguration>,
    /// The early success criteria configuration for a rolling deployment.
    #[serde(
        rename = "earlySuccessCriteria",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub early_success_criteria: Option<DeploymentEarlySuccessCriteria>,
}

impl DeploymentConfiguration {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("strategy", DEPLOYMENT_STRATEGY_VALUES)];
}

impl WireShape for DeploymentConfiguration {
    const SHAPE_NAME: &'static str = "DeploymentConfiguration";
    const REQUIRED: &'static [&'static str] = DeploymentConfiguration::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DeploymentConfiguration::ENUM_MEMBERS;
}

/// The deployment controller to use for the service.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeploymentController {
    /// Required. The deployment controller type to use.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
}

impl DeploymentController {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["type"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("type", DEPLOYMENT_CONTROLLER_TYPE_VALUES)];
}

impl WireShape for DeploymentController {
    const SHAPE_NAME: &'static str = "DeploymentController";
    const REQUIRED: &'static [&'static str] = DeploymentController::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DeploymentController::ENUM_MEMBERS;
}

/// You can use early success criteria only with rolling deployment strategy.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeploymentEarlySuccessCriteria {
    /// Required. Specifies whether to use the early success criteria for the service deployment.
    #[serde(rename = "enable", default, skip_serializing_if = "Option::is_none")]
    pub enable: Option<bool>,
    /// The percentage of healthy tasks that the target service revision must reach before Amazon ECS considers the deployment successful.
    #[serde(
        rename = "healthyPercent",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub healthy_percent: Option<i32>,
    /// The time when Amazon ECS removes the source revisions' tasks relative to deployment completion.
    #[serde(
        rename = "sourceServiceRevisionCleanup",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub source_service_revision_cleanup: Option<String>,
}

impl DeploymentEarlySuccessCriteria {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["enable"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[(
        "sourceServiceRevisionCleanup",
        SERVICE_REVISION_CLEANUP_VALUES,
    )];
}

impl WireShape for DeploymentEarlySuccessCriteria {
    const SHAPE_NAME: &'static str = "DeploymentEarlySuccessCriteria";
    const REQUIRED: &'static [&'static str] = DeploymentEarlySuccessCriteria::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DeploymentEarlySuccessCriteria::ENUM_MEMBERS;
}

/// The amount of ephemeral storage to allocate for the deployment.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeploymentEphemeralStorage {
    /// Specify an Key Management Service key ID to encrypt the ephemeral storage for deployment.
    #[serde(rename = "kmsKeyId", default, skip_serializing_if = "Option::is_none")]
    pub kms_key_id: Option<String>,
}

impl DeploymentEphemeralStorage {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for DeploymentEphemeralStorage {
    const SHAPE_NAME: &'static str = "DeploymentEphemeralStorage";
    const REQUIRED: &'static [&'static str] = DeploymentEphemeralStorage::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DeploymentEphemeralStorage::ENUM_MEMBERS;
}

/// A deployment lifecycle hook runs custom logic or pauses the deployment at specific stages of the deployment process.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeploymentLifecycleHook {
    /// The type of action the lifecycle hook performs.
    #[serde(
        rename = "targetType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub target_type: Option<String>,
    /// The Amazon Resource Name (ARN) of the hook target.
    #[serde(
        rename = "hookTargetArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub hook_target_arn: Option<String>,
    /// The Amazon Resource Name (ARN) of the IAM role that grants Amazon ECS permission to call Lambda functions on your behalf.
    #[serde(rename = "roleArn", default, skip_serializing_if = "Option::is_none")]
    pub role_arn: Option<String>,
    /// The lifecycle stages at which to run the hook.
    #[serde(
        rename = "lifecycleStages",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub lifecycle_stages: Option<Vec<String>>,
    /// Use this field to specify custom parameters that Amazon ECS passes to your Lambda function on each invocation.
    #[serde(
        rename = "hookDetails",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub hook_details: Option<Value>,
    /// The timeout configuration for the lifecycle hook.
    #[serde(
        rename = "timeoutConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub timeout_configuration: Option<DeploymentLifecycleHookTimeoutConfiguration>,
}

impl DeploymentLifecycleHook {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[
        ("targetType", DEPLOYMENT_LIFECYCLE_HOOK_TARGET_TYPE_VALUES),
        ("lifecycleStages", DEPLOYMENT_LIFECYCLE_HOOK_STAGE_VALUES),
    ];
}

impl WireShape for DeploymentLifecycleHook {
    const SHAPE_NAME: &'static str = "DeploymentLifecycleHook";
    const REQUIRED: &'static [&'static str] = DeploymentLifecycleHook::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DeploymentLifecycleHook::ENUM_MEMBERS;
}

/// The details of a deployment lifecycle hook that is active during a service deployment.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeploymentLifecycleHookDetail {
    /// The ID of the lifecycle hook.
    #[serde(rename = "hookId", default, skip_serializing_if = "Option::is_none")]
    pub hook_id: Option<String>,
    /// The type of action the lifecycle hook performs, such as `AWS_LAMBDA` or `PAUSE`.
    #[serde(
        rename = "targetType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub target_type: Option<String>,
    /// The Amazon Resource Name (ARN) of the hook target.
    #[serde(rename = "targetArn", default, skip_serializing_if = "Option::is_none")]
    pub target_arn: Option<String>,
    /// The status of the lifecycle hook.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The time when the lifecycle hook times out.
    #[serde(rename = "expiresAt", default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<Timestamp>,
    /// The action Amazon ECS takes when the lifecycle hook times out.
    #[serde(
        rename = "timeoutAction",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub timeout_action: Option<String>,
}

impl DeploymentLifecycleHookDetail {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[
        ("targetType", DEPLOYMENT_LIFECYCLE_HOOK_TARGET_TYPE_VALUES),
        ("status", DEPLOYMENT_LIFECYCLE_HOOK_STATUS_VALUES),
        ("timeoutAction", DEPLOYMENT_LIFECYCLE_HOOK_ACTION_VALUES),
    ];
}

impl WireShape for DeploymentLifecycleHookDetail {
    const SHAPE_NAME: &'static str = "DeploymentLifecycleHookDetail";
    const REQUIRED: &'static [&'static str] = DeploymentLifecycleHookDetail::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DeploymentLifecycleHookDetail::ENUM_MEMBERS;
}

/// The timeout configuration for a deployment lifecycle hook.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeploymentLifecycleHookTimeoutConfiguration {
    /// The number of minutes Amazon ECS waits for the lifecycle hook to complete before taking the timeout action.
    #[serde(
        rename = "timeoutInMinutes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub timeout_in_minutes: Option<i32>,
    /// The action Amazon ECS takes when the lifecycle hook times out.
    #[serde(rename = "action", default, skip_serializing_if = "Option::is_none")]
    pub action: Option<String>,
}

impl DeploymentLifecycleHookTimeoutConfiguration {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("action", DEPLOYMENT_LIFECYCLE_HOOK_ACTION_VALUES)];
}

impl WireShape for DeploymentLifecycleHookTimeoutConfiguration {
    const SHAPE_NAME: &'static str = "DeploymentLifecycleHookTimeoutConfiguration";
    const REQUIRED: &'static [&'static str] = DeploymentLifecycleHookTimeoutConfiguration::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DeploymentLifecycleHookTimeoutConfiguration::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeregisterContainerInstanceRequest {
    /// The short name or full Amazon Resource Name (ARN) of the cluster that hosts the container instance to deregister.
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    /// Required. The container instance ID or full ARN of the container instance to deregister.
    #[serde(
        rename = "containerInstance",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub container_instance: Option<String>,
    /// Forces the container instance to be deregistered.
    #[serde(rename = "force", default, skip_serializing_if = "Option::is_none")]
    pub force: Option<bool>,
}

impl DeregisterContainerInstanceRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["containerInstance"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for DeregisterContainerInstanceRequest {
    const SHAPE_NAME: &'static str = "DeregisterContainerInstanceRequest";
    const REQUIRED: &'static [&'static str] = DeregisterContainerInstanceRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DeregisterContainerInstanceRequest::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeregisterContainerInstanceResponse {
    /// The container instance that was deregistered.
    #[serde(
        rename = "containerInstance",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub container_instance: Option<ContainerInstance>,
}

impl DeregisterContainerInstanceResponse {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for DeregisterContainerInstanceResponse {
    const SHAPE_NAME: &'static str = "DeregisterContainerInstanceResponse";
    const REQUIRED: &'static [&'static str] = DeregisterContainerInstanceResponse::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DeregisterContainerInstanceResponse::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeregisterTaskDefinitionRequest {
    /// Required. The `family` and `revision` (`family:revision`) or full Amazon Resource Name (ARN) of the task definition to deregister.
    #[serde(
        rename = "taskDefinition",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub task_definition: Option<String>,
}

impl DeregisterTaskDefinitionRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["taskDefinition"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for DeregisterTaskDefinitionRequest {
    const SHAPE_NAME: &'static str = "DeregisterTaskDefinitionRequest";
    const REQUIRED: &'static [&'static str] = DeregisterTaskDefinitionRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DeregisterTaskDefinitionRequest::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeregisterTaskDefinitionResponse {
    /// The full description of the deregistered task.
    #[serde(
        rename = "taskDefinition",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub task_definition: Option<TaskDefinition>,
}

impl DeregisterTaskDefinitionResponse {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for DeregisterTaskDefinitionResponse {
    const SHAPE_NAME: &'static str = "DeregisterTaskDefinitionResponse";
    const REQUIRED: &'static [&'static str] = DeregisterTaskDefinitionResponse::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DeregisterTaskDefinitionResponse::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DescribeCapacityProvidersRequest {
    /// The short name or full Amazon Resource Name (ARN) of one or more capacity providers.
    #[serde(
        rename = "capacityProviders",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub capacity_providers: Option<Vec<String>>,
    /// The name of the cluster to describe capacity providers for.
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    /// Specifies whether or not you want to see the resource tags for the capacity provider.
    #[serde(rename = "include", default, skip_serializing_if = "Option::is_none")]
    pub include: Option<Vec<String>>,
    /// The maximum number of account setting results returned by `DescribeCapacityProviders` in paginated output.
    #[serde(
        rename = "maxResults",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub max_results: Option<i32>,
    /// The `nextToken` value returned from a previous paginated `DescribeCapacityProviders` request where `maxResults` was used and the results exceeded the...
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

impl DescribeCapacityProvidersRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("include", CAPACITY_PROVIDER_FIELD_VALUES)];
}

impl WireShape for DescribeCapacityProvidersRequest {
    const SHAPE_NAME: &'static str = "DescribeCapacityProvidersRequest";
    const REQUIRED: &'static [&'static str] = DescribeCapacityProvidersRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DescribeCapacityProvidersRequest::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DescribeCapacityProvidersResponse {
    /// The list of capacity providers.
    #[serde(
        rename = "capacityProviders",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub capacity_providers: Option<Vec<CapacityProvider>>,
    /// Any failures associated with the call.
    #[serde(rename = "failures", default, skip_serializing_if = "Option::is_none")]
    pub failures: Option<Vec<Failure>>,
    /// The `nextToken` value to include in a future `DescribeCapacityProviders` request.
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

impl DescribeCapacityProvidersResponse {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for DescribeCapacityProvidersResponse {
    const SHAPE_NAME: &'static str = "DescribeCapacityProvidersResponse";
    const REQUIRED: &'static [&'static str] = DescribeCapacityProvidersResponse::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DescribeCapacityProvidersResponse::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DescribeClustersRequest {
    /// A list of up to 100 cluster names or full cluster Amazon Resource Name (ARN) entries.
    #[serde(rename = "clusters", default, skip_serializing_if = "Option::is_none")]
    pub clusters: Option<Vec<String>>,
    /// Determines whether to include additional information about the clusters in the response.
    #[serde(rename = "include", default, skip_serializing_if = "Option::is_none")]
    pub include: Option<Vec<String>>,
}

impl DescribeClustersRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("include", CLUSTER_FIELD_VALUES)];
}

impl WireShape for DescribeClustersRequest {
    const SHAPE_NAME: &'static str = "DescribeClustersRequest";
    const REQUIRED: &'static [&'static str] = DescribeClustersRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DescribeClustersRequest::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DescribeClustersResponse {
    /// The list of clusters.
    #[serde(rename = "clusters", default, skip_serializing_if = "Option::is_none")]
    pub clusters: Option<Vec<Cluster>>,
    /// Any failures associated with the call.
    #[serde(rename = "failures", default, skip_serializing_if = "Option::is_none")]
    pub failures: Option<Vec<Failure>>,
}

impl DescribeClustersResponse {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for DescribeClustersResponse {
    const SHAPE_NAME: &'static str = "DescribeClustersResponse";
    const REQUIRED: &'static [&'static str] = DescribeClustersResponse::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DescribeClustersResponse::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DescribeContainerInstancesRequest {
    /// The short name or full Amazon Resource Name (ARN) of the cluster that hosts the container instances to describe.
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    /// Required. A list of up to 100 container instance IDs or full Amazon Resource Name (ARN) entries.
    #[serde(
        rename = "containerInstances",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub container_instances: Option<Vec<String>>,
    /// Specifies whether you want to see the resource tags for the container instance.
    #[serde(rename = "include", default, skip_serializing_if = "Option::is_none")]
    pub include: Option<Vec<String>>,
}

impl DescribeContainerInstancesRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["containerInstances"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("include", CONTAINER_INSTANCE_FIELD_VALUES)];
}

impl WireShape for DescribeContainerInstancesRequest {
    const SHAPE_NAME: &'static str = "DescribeContainerInstancesRequest";
    const REQUIRED: &'static [&'static str] = DescribeContainerInstancesRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DescribeContainerInstancesRequest::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DescribeContainerInstancesResponse {
    /// The list of container instances.
    #[serde(
        rename = "containerInstances",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub container_instances: Option<Vec<ContainerInstance>>,
    /// Any failures associated with the call.
    #[serde(rename = "failures", default, skip_serializing_if = "Option::is_none")]
    pub failures: Option<Vec<Failure>>,
}

impl DescribeContainerInstancesResponse {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for DescribeContainerInstancesResponse {
    const SHAPE_NAME: &'static str = "DescribeContainerInstancesResponse";
    const REQUIRED: &'static [&'static str] = DescribeContainerInstancesResponse::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DescribeContainerInstancesResponse::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DescribeDaemonDeploymentsRequest {
    /// Required. The ARN of the daemon deployments to describe.
    #[serde(
        rename = "daemonDeploymentArns",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub daemon_deployment_arns: Option<Vec<String>>,
}

impl DescribeDaemonDeploymentsRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["daemonDeploymentArns"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for DescribeDaemonDeploymentsRequest {
    const SHAPE_NAME: &'static str = "DescribeDaemonDeploymentsRequest";
    const REQUIRED: &'static [&'static str] = DescribeDaemonDeploymentsRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DescribeDaemonDeploymentsRequest::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DescribeDaemonDeploymentsResponse {
    /// Any failures associated with the call.
    #[serde(rename = "failures", default, skip_serializing_if = "Option::is_none")]
    pub failures: Option<Vec<Failure>>,
    /// The list of daemon deployments.
    #[serde(
        rename = "daemonDeployments",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub daemon_deployments: Option<Vec<DaemonDeployment>>,
}

impl DescribeDaemonDeploymentsResponse {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for DescribeDaemonDeploymentsResponse {
    const SHAPE_NAME: &'static str = "DescribeDaemonDeploymentsResponse";
    const REQUIRED: &'static [&'static str] = DescribeDaemonDeploymentsResponse::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DescribeDaemonDeploymentsResponse::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DescribeDaemonRequest {
    /// Required. The Amazon Resource Name (ARN) of the daemon to describe.
    #[serde(rename = "daemonArn", default, skip_serializing_if = "Option::is_none")]
    pub daemon_arn: Option<String>,
}

impl DescribeDaemonRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["daemonArn"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for DescribeDaemonRequest {
    const SHAPE_NAME: &'static str = "DescribeDaemonRequest";
    const REQUIRED: &'static [&'static str] = DescribeDaemonRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DescribeDaemonRequest::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DescribeDaemonResponse {
    /// The full description of the daemon, including the current revisions, deployment ARN, cluster, and status information.
    #[serde(rename = "daemon", default, skip_serializing_if = "Option::is_none")]
    pub daemon: Option<DaemonDetail>,
}

impl DescribeDaemonResponse {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for DescribeDaemonResponse {
    const SHAPE_NAME: &'static str = "DescribeDaemonResponse";
    const REQUIRED: &'static [&'static str] = DescribeDaemonResponse::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DescribeDaemonResponse::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DescribeDaemonRevisionsRequest {
    /// Required. The ARN of the daemon revisions to describe.
    #[serde(
        rename = "daemonRevisionArns",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub daemon_revision_arns: Option<Vec<String>>,
}

impl DescribeDaemonRevisionsRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["daemonRevisionArns"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for DescribeDaemonRevisionsRequest {
    const SHAPE_NAME: &'static str = "DescribeDaemonRevisionsRequest";
    const REQUIRED: &'static [&'static str] = DescribeDaemonRevisionsRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DescribeDaemonRevisionsRequest::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DescribeDaemonRevisionsResponse {
    /// The list of daemon revisions.
    #[serde(
        rename = "daemonRevisions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub daemon_revisions: Option<Vec<DaemonRevision>>,
    /// Any failures associated with the call.
    #[serde(rename = "failures", default, skip_serializing_if = "Option::is_none")]
    pub failures: Option<Vec<Failure>>,
}

impl DescribeDaemonRevisionsResponse {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for DescribeDaemonRevisionsResponse {
    const SHAPE_NAME: &'static str = "DescribeDaemonRevisionsResponse";
    const REQUIRED: &'static [&'static str] = DescribeDaemonRevisionsResponse::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DescribeDaemonRevisionsResponse::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DescribeDaemonTaskDefinitionRequest {
    /// Required. The `family` for the latest `ACTIVE` revision, `family` and `revision` (`family:revision`) for a specific revision in the family, or full Amazon...
    #[serde(
        rename = "daemonTaskDefinition",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub daemon_task_definition: Option<String>,
}

impl DescribeDaemonTaskDefinitionRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["daemonTaskDefinition"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for DescribeDaemonTaskDefinitionRequest {
    const SHAPE_NAME: &'static str = "DescribeDaemonTaskDefinitionRequest";
    const REQUIRED: &'static [&'static str] = DescribeDaemonTaskDefinitionRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DescribeDaemonTaskDefinitionRequest::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DescribeDaemonTaskDefinitionResponse {
    /// The full daemon task definition description.
    #[serde(
        rename = "daemonTaskDefinition",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub daemon_task_definition: Option<DaemonTaskDefinition>,
}

impl DescribeDaemonTaskDefinitionResponse {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for DescribeDaemonTaskDefinitionResponse {
    const SHAPE_NAME: &'static str = "DescribeDaemonTaskDefinitionResponse";
    const REQUIRED: &'static [&'static str] = DescribeDaemonTaskDefinitionResponse::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DescribeDaemonTaskDefinitionResponse::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DescribeExpressGatewayServiceRequest {
    /// Required. The Amazon Resource Name (ARN) of the Express service to describe.
    #[serde(
        rename = "serviceArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_arn: Option<String>,
    /// Specifies additional information to include in the response.
    #[serde(rename = "include", default, skip_serializing_if = "Option::is_none")]
    pub include: Option<Vec<String>>,
}

impl DescribeExpressGatewayServiceRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["serviceArn"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("include", EXPRESS_GATEWAY_SERVICE_INCLUDE_VALUES)];
}

impl WireShape for DescribeExpressGatewayServiceRequest {
    const SHAPE_NAME: &'static str = "DescribeExpressGatewayServiceRequest";
    const REQUIRED: &'static [&'static str] = DescribeExpressGatewayServiceRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DescribeExpressGatewayServiceRequest::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DescribeExpressGatewayServiceResponse {
    /// The full description of the described express service.
    #[serde(rename = "service", default, skip_serializing_if = "Option::is_none")]
    pub service: Option<ECSExpressGatewayService>,
}

impl DescribeExpressGatewayServiceResponse {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for DescribeExpressGatewayServiceResponse {
    const SHAPE_NAME: &'static str = "DescribeExpressGatewayServiceResponse";
    const REQUIRED: &'static [&'static str] = DescribeExpressGatewayServiceResponse::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DescribeExpressGatewayServiceResponse::ENUM_MEMBERS;
}

/// The configuration for a gateway that uses shared Application Load Balancers, as returned by `DescribeGateway`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DescribeGatewayAlbConfiguration {
    /// The network configuration for the load balancers that the gateway manages.
    #[serde(
        rename = "networkConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub network_configuration: Option<GatewayElbNetworkConfiguration>,
    /// Specifies whether the load balancers the gateway manages are `internet-facing` or `internal`.
    #[serde(rename = "scheme", default, skip_serializing_if = "Option::is_none")]
    pub scheme: Option<String>,
    /// The access log configuration for the load balancers that the gateway manages.
    #[serde(
        rename = "accessLogs",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub access_logs: Option<GatewayElbAccessLogConfiguration>,
    /// The Amazon Resource Name (ARN) of the WAF web ACL associated with the load balancers that the gateway manages.
    #[serde(rename = "webACLArn", default, skip_serializing_if = "Option::is_none")]
    pub web_acl_arn: Option<String>,
    /// The port that the load balancer listener uses is 443.
    #[serde(rename = "port", default, skip_serializing_if = "Option::is_none")]
    pub port: Option<i32>,
    /// The protocol for the load balancer listener is `HTTPS`.
    #[serde(rename = "protocol", default, skip_serializing_if = "Option::is_none")]
    pub protocol: Option<String>,
    /// The maximum number of Application Load Balancers that the gateway manages.
    #[serde(
        rename = "maxAlbCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub max_alb_count: Option<i32>,
    /// The current number of Application Load Balancers that the gateway has allocated.
    #[serde(
        rename = "currentAlbCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub current_alb_count: Option<i32>,
    /// The desync mitigation mode for the load balancers that the gateway manages.
    #[serde(
        rename = "httpDesync",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub http_desync: Option<String>,
    /// The rules that route test traffic for progressive deployments.
    #[serde(
        rename = "testTrafficRules",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub test_traffic_rules: Option<GatewayAlbTestTrafficRules>,
}

impl DescribeGatewayAlbConfiguration {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[
        ("scheme", GATEWAY_ELB_SCHEME_VALUES),
        ("protocol", GATEWAY_ALB_PROTOCOL_VALUES),
        ("httpDesync", GATEWAY_ALB_DESYNC_MITIGATION_MODE_VALUES),
    ];
}

impl WireShape for DescribeGatewayAlbConfiguration {
    const SHAPE_NAME: &'static str = "DescribeGatewayAlbConfiguration";
    const REQUIRED: &'static [&'static str] = DescribeGatewayAlbConfiguration::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DescribeGatewayAlbConfiguration::ENUM_MEMBERS;
}

/// Union: set exactly one member. The type-specific configuration for a gateway that is returned by `DescribeGateway`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DescribeGatewayConfiguration {
    /// The configuration for a host-based, shared Application Load Balancer gateway.
    #[serde(
        rename = "hostSharedAlb",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub host_shared_alb: Option<DescribeGatewayAlbConfiguration>,
}

impl DescribeGatewayConfiguration {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for DescribeGatewayConfiguration {
    const SHAPE_NAME: &'static str = "DescribeGatewayConfiguration";
    const REQUIRED: &'static [&'static str] = DescribeGatewayConfiguration::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DescribeGatewayConfiguration::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DescribeGatewayRequest {
    /// Required. The name or Amazon Resource Name (ARN) of the gateway to describe.
    #[serde(rename = "gateway", default, skip_serializing_if = "Option::is_none")]
    pub gateway: Option<String>,
}

impl DescribeGatewayRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["gateway"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for DescribeGatewayRequest {
    const SHAPE_NAME: &'static str = "DescribeGatewayRequest";
    const REQUIRED: &'static [&'static str] = DescribeGatewayRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DescribeGatewayRequest::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DescribeGatewayResourcesRequest {
    /// Required. The name or Amazon Resource Name (ARN) of the gateway.
    #[serde(rename = "gateway", default, skip_serializing_if = "Option::is_none")]
    pub gateway: Option<String>,
    /// The maximum number of results that the operation returns in a single page.
    #[serde(
        rename = "maxResults",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub max_results: Option<i32>,
    /// The `nextToken` value returned from a previous paginated request.
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

impl DescribeGatewayResourcesRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["gateway"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for DescribeGatewayResourcesRequest {
    const SHAPE_NAME: &'static str = "DescribeGatewayResourcesRequest";
    const REQUIRED: &'static [&'static str] = DescribeGatewayResourcesRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DescribeGatewayResourcesRequest::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DescribeGatewayResourcesResponse {
    /// The infrastructure resources that the gateway manages, grouped by gateway type.
    #[serde(
        rename = "gatewayResources",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub gateway_resources: Option<GatewayResources>,
    /// The `nextToken` value to include in a future request to retrieve the next page of results.
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

impl DescribeGatewayResourcesResponse {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for DescribeGatewayResourcesResponse {
    const SHAPE_NAME: &'static str = "DescribeGatewayResourcesResponse";
    const REQUIRED: &'static [&'static str] = DescribeGatewayResourcesResponse::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DescribeGatewayResourcesResponse::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DescribeGatewayResponse {
    /// The details of the gateway.
    #[serde(rename = "gateway", default, skip_serializing_if = "Option::is_none")]
    pub gateway: Option<Gateway>,
}

impl DescribeGatewayResponse {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for DescribeGatewayResponse {
    const SHAPE_NAME: &'static str = "DescribeGatewayResponse";
    const REQUIRED: &'static [&'static str] = DescribeGatewayResponse::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DescribeGatewayResponse::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DescribeGatewayRouteRequest {
    /// Required. The Amazon Resource Name (ARN) of the gateway route to describe.
    #[serde(
        rename = "gatewayRouteArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub gateway_route_arn: Option<String>,
}

impl DescribeGatewayRouteRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["gatewayRouteArn"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for DescribeGatewayRouteRequest {
    const SHAPE_NAME: &'static str = "DescribeGatewayRouteRequest";
    const REQUIRED: &'static [&'static str] = DescribeGatewayRouteRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DescribeGatewayRouteRequest::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DescribeGatewayRouteResponse {
    /// The details of the gateway route.
    #[serde(
        rename = "gatewayRoute",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub gateway_route: Option<GatewayRoute>,
}

impl DescribeGatewayRouteResponse {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for DescribeGatewayRouteResponse {
    const SHAPE_NAME: &'static str = "DescribeGatewayRouteResponse";
    const REQUIRED: &'static [&'static str] = DescribeGatewayRouteResponse::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DescribeGatewayRouteResponse::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DescribeServiceDeploymentsRequest {
    /// Required. The ARN of the service deployment.
    #[serde(
        rename = "serviceDeploymentArns",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_deployment_arns: Option<Vec<String>>,
}

impl DescribeServiceDeploymentsRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["serviceDeploymentArns"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for DescribeServiceDeploymentsRequest {
    const SHAPE_NAME: &'static str = "DescribeServiceDeploymentsRequest";
    const REQUIRED: &'static [&'static str] = DescribeServiceDeploymentsRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DescribeServiceDeploymentsRequest::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DescribeServiceDeploymentsResponse {
    /// The list of service deployments described.
    #[serde(
        rename = "serviceDeployments",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_deployments: Option<Vec<ServiceDeployment>>,
    /// Any failures associated with the call.
    #[serde(rename = "failures", default, skip_serializing_if = "Option::is_none")]
    pub failures: Option<Vec<Failure>>,
}

impl DescribeServiceDeploymentsResponse {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for DescribeServiceDeploymentsResponse {
    const SHAPE_NAME: &'static str = "DescribeServiceDeploymentsResponse";
    const REQUIRED: &'static [&'static str] = DescribeServiceDeploymentsResponse::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DescribeServiceDeploymentsResponse::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DescribeServiceRevisionsRequest {
    /// Required. The ARN of the service revision.
    #[serde(
        rename = "serviceRevisionArns",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_revision_arns: Option<Vec<String>>,
}

impl DescribeServiceRevisionsRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["serviceRevisionArns"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for DescribeServiceRevisionsRequest {
    const SHAPE_NAME: &'static str = "DescribeServiceRevisionsRequest";
    const REQUIRED: &'static [&'static str] = DescribeServiceRevisionsRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DescribeServiceRevisionsRequest::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DescribeServiceRevisionsResponse {
    /// The list of service revisions described.
    #[serde(
        rename = "serviceRevisions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_revisions: Option<Vec<ServiceRevision>>,
    /// Any failures associated with the call.
    #[serde(rename = "failures", default, skip_serializing_if = "Option::is_none")]
    pub failures: Option<Vec<Failure>>,
}

impl DescribeServiceRevisionsResponse {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for DescribeServiceRevisionsResponse {
    const SHAPE_NAME: &'static str = "DescribeServiceRevisionsResponse";
    const REQUIRED: &'static [&'static str] = DescribeServiceRevisionsResponse::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DescribeServiceRevisionsResponse::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DescribeServicesRequest {
    /// The short name or full Amazon Resource Name (ARN)the cluster that hosts the service to describe.
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    /// Required. A list of services to describe.
    #[serde(rename = "services", default, skip_serializing_if = "Option::is_none")]
    pub services: Option<Vec<String>>,
    /// Determines whether you want to see the resource tags for the service.
    #[serde(rename = "include", default, skip_serializing_if = "Option::is_none")]
    pub include: Option<Vec<String>>,
}

impl DescribeServicesRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["services"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("include", SERVICE_FIELD_VALUES)];
}

impl WireShape for DescribeServicesRequest {
    const SHAPE_NAME: &'static str = "DescribeServicesRequest";
    const REQUIRED: &'static [&'static str] = DescribeServicesRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DescribeServicesRequest::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DescribeServicesResponse {
    /// The list of services described.
    #[serde(rename = "services", default, skip_serializing_if = "Option::is_none")]
    pub services: Option<Vec<Service>>,
    /// Any failures associated with the call.
    #[serde(rename = "failures", default, skip_serializing_if = "Option::is_none")]
    pub failures: Option<Vec<Failure>>,
}

impl DescribeServicesResponse {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for DescribeServicesResponse {
    const SHAPE_NAME: &'static str = "DescribeServicesResponse";
    const REQUIRED: &'static [&'static str] = DescribeServicesResponse::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DescribeServicesResponse::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DescribeTaskDefinitionRequest {
    /// Required. The `family` for the latest `ACTIVE` revision, `family` and `revision` (`family:revision`) for a specific revision in the family, or full Amazon...
    #[serde(
        rename = "taskDefinition",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub task_definition: Option<String>,
    /// Determines whether to see the resource tags for the task definition.
    #[serde(rename = "include", default, skip_serializing_if = "Option::is_none")]
    pub include: Option<Vec<String>>,
}

impl DescribeTaskDefinitionRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["taskDefinition"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("include", TASK_DEFINITION_FIELD_VALUES)];
}

impl WireShape for DescribeTaskDefinitionRequest {
    const SHAPE_NAME: &'static str = "DescribeTaskDefinitionRequest";
    const REQUIRED: &'static [&'static str] = DescribeTaskDefinitionRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DescribeTaskDefinitionRequest::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DescribeTaskDefinitionResponse {
    /// The full task definition description.
    #[serde(
        rename = "taskDefinition",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub task_definition: Option<TaskDefinition>,
    /// The metadata that's applied to the task definition to help you categorize and organize them.
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
}

impl DescribeTaskDefinitionResponse {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for DescribeTaskDefinitionResponse {
    const SHAPE_NAME: &'static str = "DescribeTaskDefinitionResponse";
    const REQUIRED: &'static [&'static str] = DescribeTaskDefinitionResponse::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DescribeTaskDefinitionResponse::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DescribeTaskSetsRequest {
    /// Required. The short name or full Amazon Resource Name (ARN) of the cluster that hosts the service that the task sets exist in.
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    /// Required. The short name or full Amazon Resource Name (ARN) of the service that the task sets exist in.
    #[serde(rename = "service", default, skip_serializing_if = "Option::is_none")]
    pub service: Option<String>,
    /// The ID or full Amazon Resource Name (ARN) of task sets to describe.
    #[serde(rename = "taskSets", default, skip_serializing_if = "Option::is_none")]
    pub task_sets: Option<Vec<String>>,
    /// Specifies whether to see the resource tags for the task set.
    #[serde(rename = "include", default, skip_serializing_if = "Option::is_none")]
    pub include: Option<Vec<String>>,
}

impl DescribeTaskSetsRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["cluster", "service"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("include", TASK_SET_FIELD_VALUES)];
}

impl WireShape for DescribeTaskSetsRequest {
    const SHAPE_NAME: &'static str = "DescribeTaskSetsRequest";
    const REQUIRED: &'static [&'static str] = DescribeTaskSetsRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DescribeTaskSetsRequest::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DescribeTaskSetsResponse {
    /// The list of task sets described.
    #[serde(rename = "taskSets", default, skip_serializing_if = "Option::is_none")]
    pub task_sets: Option<Vec<TaskSet>>,
    /// Any failures associated with the call.
    #[serde(rename = "failures", default, skip_serializing_if = "Option::is_none")]
    pub failures: Option<Vec<Failure>>,
}

impl DescribeTaskSetsResponse {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for DescribeTaskSetsResponse {
    const SHAPE_NAME: &'static str = "DescribeTaskSetsResponse";
    const REQUIRED: &'static [&'static str] = DescribeTaskSetsResponse::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DescribeTaskSetsResponse::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DescribeTasksRequest {
    /// The short name or full Amazon Resource Name (ARN) of the cluster that hosts the task or tasks to describe.
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    /// Required. A list of up to 100 task IDs or full ARN entries.
    #[serde(rename = "tasks", default, skip_serializing_if = "Option::is_none")]
    pub tasks: Option<Vec<String>>,
    /// Specifies whether you want to see the resource tags for the task.
    #[serde(rename = "include", default, skip_serializing_if = "Option::is_none")]
    pub include: Option<Vec<String>>,
}

impl DescribeTasksRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["tasks"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("include", TASK_FIELD_VALUES)];
}

impl WireShape for DescribeTasksRequest {
    const SHAPE_NAME: &'static str = "DescribeTasksRequest";
    const REQUIRED: &'static [&'static str] = DescribeTasksRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DescribeTasksRequest::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DescribeTasksResponse {
    /// The list of tasks.
    #[serde(rename = "tasks", default, skip_serializing_if = "Option::is_none")]
    pub tasks: Option<Vec<Task>>,
    /// Any failures associated with the call.
    #[serde(rename = "failures", default, skip_serializing_if = "Option::is_none")]
    pub failures: Option<Vec<Failure>>,
}

impl DescribeTasksResponse {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for DescribeTasksResponse {
    const SHAPE_NAME: &'static str = "DescribeTasksResponse";
    const REQUIRED: &'static [&'static str] = DescribeTasksResponse::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DescribeTasksResponse::ENUM_MEMBERS;
}

/// An object representing a container instance host device.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Device {
    /// Required. The path for the device on the host container instance.
    #[serde(rename = "hostPath", default, skip_serializing_if = "Option::is_none")]
    pub host_path: Option<String>,
    /// The path inside the container at which to expose the host device.
    #[serde(
        rename = "containerPath",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub container_path: Option<String>,
    /// The explicit permissions to provide to the container for the device.
    #[serde(
        rename = "permissions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub permissions: Option<Vec<String>>,
}

impl Device {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["hostPath"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("permissions", DEVICE_CGROUP_PERMISSION_VALUES)];
}

impl WireShape for Device {
    const SHAPE_NAME: &'static str = "Device";
    const REQUIRED: &'static [&'static str] = Device::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = Device::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DisassociateGatewayFromClusterRequest {
    /// Required. The name or Amazon Resource Name (ARN) of the gateway to disassociate.
    #[serde(rename = "gateway", default, skip_serializing_if = "Option::is_none")]
    pub gateway: Option<String>,
    /// Required. The name or Amazon Resource Name (ARN) of the cluster to disassociate the gateway from.
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
}

impl DisassociateGatewayFromClusterRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["gateway", "cluster"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for DisassociateGatewayFromClusterRequest {
    const SHAPE_NAME: &'static str = "DisassociateGatewayFromClusterRequest";
    const REQUIRED: &'static [&'static str] = DisassociateGatewayFromClusterRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DisassociateGatewayFromClusterRequest::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DisassociateGatewayFromClusterResponse {
    /// The Amazon Resource Name (ARN) of the gateway.
    #[serde(
        rename = "gatewayArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub gateway_arn: Option<String>,
    /// The Amazon Resource Name (ARN) of the cluster.
    #[serde(
        rename = "clusterArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cluster_arn: Option<String>,
    /// The status of the association.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
}

impl DisassociateGatewayFromClusterResponse {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("status", GATEWAY_CLUSTER_ASSOCIATION_STATUS_VALUES)];
}

impl WireShape for DisassociateGatewayFromClusterResponse {
    const SHAPE_NAME: &'static str = "DisassociateGatewayFromClusterResponse";
    const REQUIRED: &'static [&'static str] = DisassociateGatewayFromClusterResponse::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DisassociateGatewayFromClusterResponse::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DiscoverPollEndpointRequest {
    /// The container instance ID or full ARN of the container instance.
    #[serde(
        rename = "containerInstance",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub container_instance: Option<String>,
    /// The short name or full Amazon Resource Name (ARN) of the cluster that the container instance belongs to.
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
}

impl DiscoverPollEndpointRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for DiscoverPollEndpointRequest {
    const SHAPE_NAME: &'static str = "DiscoverPollEndpointRequest";
    const REQUIRED: &'static [&'static str] = DiscoverPollEndpointRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DiscoverPollEndpointRequest::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DiscoverPollEndpointResponse {
    /// The endpoint for the Amazon ECS agent to poll.
    #[serde(rename = "endpoint", default, skip_serializing_if = "Option::is_none")]
    pub endpoint: Option<String>,
    /// The telemetry endpoint for the Amazon ECS agent.
    #[serde(
        rename = "telemetryEndpoint",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub telemetry_endpoint: Option<String>,
    /// The endpoint for the Amazon ECS agent to poll for Service Connect configuration.
    #[serde(
        rename = "serviceConnectEndpoint",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_connect_endpoint: Option<String>,
}

impl DiscoverPollEndpointResponse {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for DiscoverPollEndpointResponse {
    const SHAPE_NAME: &'static str = "DiscoverPollEndpointResponse";
    const REQUIRED: &'static [&'static str] = DiscoverPollEndpointResponse::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DiscoverPollEndpointResponse::ENUM_MEMBERS;
}

/// This parameter is specified when you're using Docker volumes.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DockerVolumeConfiguration {
    /// The scope for the Docker volume that determines its lifecycle.
    #[serde(rename = "scope", default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
    /// If this value is `true`, the Docker volume is created if it doesn't already exist.
    #[serde(
        rename = "autoprovision",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub autoprovision: Option<bool>,
    /// The Docker volume driver to use.
    #[serde(rename = "driver", default, skip_serializing_if = "Option::is_none")]
    pub driver: Option<String>,
    /// A map of Docker driver-specific options passed through.
    #[serde(
        rename = "driverOpts",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub driver_opts: Option<BTreeMap<String, String>>,
    /// Custom metadata to add to your Docker volume.
    #[serde(rename = "labels", default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<BTreeMap<String, String>>,
}

impl DockerVolumeConfiguration {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("scope", SCOPE_VALUES)];
}

impl WireShape for DockerVolumeConfiguration {
    const SHAPE_NAME: &'static str = "DockerVolumeConfiguration";
    const REQUIRED: &'static [&'static str] = DockerVolumeConfiguration::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        DockerVolumeConfiguration::ENUM_MEMBERS;
}

/// The tag specifications of an Amazon EBS volume.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct EBSTagSpecification {
    /// Required. The type of volume resource.
    #[serde(
        rename = "resourceType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub resource_type: Option<String>,
    /// The tags applied to this Amazon EBS volume.
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    /// Determines whether to propagate the tags from the task definition to the Amazon EBS volume.
    #[serde(
        rename = "propagateTags",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub propagate_tags: Option<String>,
}

impl EBSTagSpecification {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["resourceType"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[
        ("resourceType", EBS_RESOURCE_TYPE_VALUES),
        ("propagateTags", PROPAGATE_TAGS_VALUES),
    ];
}

impl WireShape for EBSTagSpecification {
    const SHAPE_NAME: &'static str = "EBSTagSpecification";
    const REQUIRED: &'static [&'static str] = EBSTagSpecification::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        EBSTagSpecification::ENUM_MEMBERS;
}

/// Represents an Express service, which provides a simplified way to deploy containerized web applications on Amazon ECS with managed Amazon Web...
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ECSExpressGatewayService {
    /// The short name or full ARN of the cluster that hosts the Express service.
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    /// The name of the Express service.
    #[serde(
        rename = "serviceName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_name: Option<String>,
    /// The ARN that identifies the Express service.
    #[serde(
        rename = "serviceArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_arn: Option<String>,
    /// The ARN of the infrastructure role that manages Amazon Web Services resources for the Express service.
    #[serde(
        rename = "infrastructureRoleArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub infrastructure_role_arn: Option<String>,
    /// The current status of the Express service.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ExpressGatewayServiceStatus>,
    /// The current deployment configuration for the Express service.
    #[serde(
        rename = "currentDeployment",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub current_deployment: Option<String>,
    /// The list of active service configurations for the Express service.
    #[serde(
        rename = "activeConfigurations",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub active_configurations: Option<Vec<ExpressGatewayServiceConfiguration>>,
    /// The metadata applied to the Express service.
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    /// The Unix timestamp for when the Express service was created.
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<Timestamp>,
    /// The Unix timestamp for when the Express service was last updated.
    #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<Timestamp>,
}

impl ECSExpressGatewayService {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for ECSExpressGatewayService {
    const SHAPE_NAME: &'static str = "ECSExpressGatewayService";
    const REQUIRED: &'static [&'static str] = ECSExpressGatewayService::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ECSExpressGatewayService::ENUM_MEMBERS;
}

/// Represents the Amazon Web Services resources managed by Amazon ECS for an Express service, including ingress paths, auto-scaling policies, metric...
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ECSManagedResources {
    /// The ingress paths and endpoints for the Express service.
    #[serde(
        rename = "ingressPaths",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub ingress_paths: Option<Vec<ManagedIngressPath>>,
    /// The auto-scaling configuration and policies for the Express service.
    #[serde(
        rename = "autoScaling",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub auto_scaling: Option<ManagedAutoScaling>,
    /// The CloudWatch metric alarms associated with the Express service.
    #[serde(
        rename = "metricAlarms",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub metric_alarms: Option<Vec<ManagedMetricAlarm>>,
    /// The security groups managed by the Express service.
    #[serde(
        rename = "serviceSecurityGroups",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_security_groups: Option<Vec<ManagedSecurityGroup>>,
    /// The log groups managed by the Express service.
    #[serde(rename = "logGroups", default, skip_serializing_if = "Option::is_none")]
    pub log_groups: Option<Vec<ManagedLogGroup>>,
    /// The gateway-managed connections for the service revision, including the gateway routes and infrastructure that a gateway created for the service's...
    #[serde(
        rename = "gatewayConnections",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub gateway_connections: Option<Vec<GatewayConnection>>,
}

impl ECSManagedResources {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for ECSManagedResources {
    const SHAPE_NAME: &'static str = "ECSManagedResources";
    const REQUIRED: &'static [&'static str] = ECSManagedResources::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ECSManagedResources::ENUM_MEMBERS;
}

/// The authorization configuration details for the Amazon EFS file system.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct EFSAuthorizationConfig {
    /// The Amazon EFS access point ID to use.
    #[serde(
        rename = "accessPointId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub access_point_id: Option<String>,
    /// Determines whether to use the Amazon ECS task role defined in a task definition when mounting the Amazon EFS file system.
    #[serde(rename = "iam", default, skip_serializing_if = "Option::is_none")]
    pub iam: Option<String>,
}

impl EFSAuthorizationConfig {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("iam", EFS_AUTHORIZATION_CONFIG_IAM_VALUES)];
}

impl WireShape for EFSAuthorizationConfig {
    const SHAPE_NAME: &'static str = "EFSAuthorizationConfig";
    const REQUIRED: &'static [&'static str] = EFSAuthorizationConfig::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        EFSAuthorizationConfig::ENUM_MEMBERS;
}

/// This parameter is specified when you're using an Amazon Elastic File System file system for task storage.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct EFSVolumeConfiguration {
    /// Required. The Amazon EFS file system ID to use.
    #[serde(
        rename = "fileSystemId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub file_system_id: Option<String>,
    /// The directory within the Amazon EFS file system to mount as the root directory inside the host.
    #[serde(
        rename = "rootDirectory",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub root_directory: Option<String>,
    /// Determines whether to use encryption for Amazon EFS data in transit between the Amazon ECS host and the Amazon EFS server.
    #[serde(
        rename = "transitEncryption",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub transit_encryption: Option<String>,
    /// The port to use when sending encrypted data between the Amazon ECS host and the Amazon EFS server.
    #[serde(
        rename = "transitEncryptionPort",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub transit_encryption_port: Option<i32>,
    /// The authorization configuration details for the Amazon EFS file system.
    #[serde(
        rename = "authorizationConfig",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub authorization_config: Option<EFSAuthorizationConfig>,
}

impl EFSVolumeConfiguration {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["fileSystemId"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("transitEncryption", EFS_TRANSIT_ENCRYPTION_VALUES)];
}

impl WireShape for EFSVolumeConfiguration {
    const SHAPE_NAME: &'static str = "EFSVolumeConfiguration";
    const REQUIRED: &'static [&'static str] = EFSVolumeConfiguration::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        EFSVolumeConfiguration::ENUM_MEMBERS;
}

/// An Application Load Balancer and its associated resources that a gateway manages.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ElbGatewayResources {
    /// The Amazon Resource Name (ARN) of the load balancer.
    #[serde(
        rename = "loadBalancerArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub load_balancer_arn: Option<String>,
    /// The Amazon Resource Name (ARN) of the listener on the load balancer.
    #[serde(
        rename = "listenerArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub listener_arn: Option<String>,
    /// The ID of the security group attached to the load balancer.
    #[serde(
        rename = "securityGroup",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub security_group: Option<String>,
    /// The Amazon Resource Names (ARNs) of the gateway routes that use this load balancer for ingress.
    #[serde(
        rename = "gatewayRouteArns",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub gateway_route_arns: Option<Vec<String>>,
}

impl ElbGatewayResources {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for ElbGatewayResources {
    const SHAPE_NAME: &'static str = "ElbGatewayResources";
    const REQUIRED: &'static [&'static str] = ElbGatewayResources::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ElbGatewayResources::ENUM_MEMBERS;
}

/// A list of files containing the environment variables to pass to a container.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct EnvironmentFile {
    /// Required. The Amazon Resource Name (ARN) of the Amazon S3 object containing the environment variable file.
    #[serde(rename = "value", default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// Required. The file type to use.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
}

impl EnvironmentFile {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["value", "type"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("type", ENVIRONMENT_FILE_TYPE_VALUES)];
}

impl WireShape for EnvironmentFile {
    const SHAPE_NAME: &'static str = "EnvironmentFile";
    const REQUIRED: &'static [&'static str] = EnvironmentFile::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        EnvironmentFile::ENUM_MEMBERS;
}

/// The amount of ephemeral storage to allocate for the task.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct EphemeralStorage {
    /// Required. The total amount, in GiB, of ephemeral storage to set for the task.
    #[serde(rename = "sizeInGiB", default, skip_serializing_if = "Option::is_none")]
    pub size_in_gi_b: Option<i32>,
}

impl EphemeralStorage {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["sizeInGiB"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for EphemeralStorage {
    const SHAPE_NAME: &'static str = "EphemeralStorage";
    const REQUIRED: &'static [&'static str] = EphemeralStorage::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        EphemeralStorage::ENUM_MEMBERS;
}

/// The details of the execute command configuration.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ExecuteCommandConfiguration {
    /// Specify an Key Management Service key ID to encrypt the data between the local client and the container.
    #[serde(rename = "kmsKeyId", default, skip_serializing_if = "Option::is_none")]
    pub kms_key_id: Option<String>,
    /// The log setting to use for redirecting logs for your execute command results.
    #[serde(rename = "logging", default, skip_serializing_if = "Option::is_none")]
    pub logging: Option<String>,
    /// The log configuration for the results of the execute command actions.
    #[serde(
        rename = "logConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub log_configuration: Option<ExecuteCommandLogConfiguration>,
}

impl ExecuteCommandConfiguration {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("logging", EXECUTE_COMMAND_LOGGING_VALUES)];
}

impl WireShape for ExecuteCommandConfiguration {
    const SHAPE_NAME: &'static str = "ExecuteCommandConfiguration";
    const REQUIRED: &'static [&'static str] = ExecuteCommandConfiguration::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ExecuteCommandConfiguration::ENUM_MEMBERS;
}

/// The log configuration for the results of the execute command actions.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ExecuteCommandLogConfiguration {
    /// The name of the CloudWatch log group to send logs to.
    #[serde(
        rename = "cloudWatchLogGroupName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cloud_watch_log_group_name: Option<String>,
    /// Determines whether to use encryption on the CloudWatch logs.
    #[serde(
        rename = "cloudWatchEncryptionEnabled",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cloud_watch_encryption_enabled: Option<bool>,
    /// The name of the S3 bucket to send logs to.
    #[serde(
        rename = "s3BucketName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub s3_bucket_name: Option<String>,
    /// Determines whether to use encryption on the S3 logs.
    #[serde(
        rename = "s3EncryptionEnabled",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub s3_encryption_enabled: Option<bool>,
    /// An optional folder in the S3 bucket to place logs in.
    #[serde(
        rename = "s3KeyPrefix",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub s3_key_prefix: Option<String>,
}

impl ExecuteCommandLogConfiguration {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for ExecuteCommandLogConfiguration {
    const SHAPE_NAME: &'static str = "ExecuteCommandLogConfiguration";
    const REQUIRED: &'static [&'static str] = ExecuteCommandLogConfiguration::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ExecuteCommandLogConfiguration::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ExecuteCommandRequest {
    /// The Amazon Resource Name (ARN) or short name of the cluster the task is running in.
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    /// The name of the container to execute the command on.
    #[serde(rename = "container", default, skip_serializing_if = "Option::is_none")]
    pub container: Option<String>,
    /// Required. The command to run on the container.
    #[serde(rename = "command", default, skip_serializing_if = "Option::is_none")]
    pub command: Option<String>,
    /// Required. Use this flag to run your command in interactive mode.
    #[serde(
        rename = "interactive",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub interactive: Option<bool>,
    /// Required. The Amazon Resource Name (ARN) or ID of the task the container is part of.
    #[serde(rename = "task", default, skip_serializing_if = "Option::is_none")]
    pub task: Option<String>,
}

impl ExecuteCommandRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["command", "interactive", "task"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for ExecuteCommandRequest {
    const SHAPE_NAME: &'static str = "ExecuteCommandRequest";
    const REQUIRED: &'static [&'static str] = ExecuteCommandRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ExecuteCommandRequest::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ExecuteCommandResponse {
    /// The Amazon Resource Name (ARN) of the cluster.
    #[serde(
        rename = "clusterArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cluster_arn: Option<String>,
    /// The Amazon Resource Name (ARN) of the container.
    #[serde(
        rename = "containerArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub container_arn: Option<String>,
    /// The name of the container.
    #[serde(
        rename = "containerName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub container_name: Option<String>,
    /// Determines whether the execute command session is running in interactive mode.
    #[serde(
        rename = "interactive",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub interactive: Option<bool>,
    /// The details of the SSM session that was created for this instance of execute-command.
    #[serde(rename = "session", default, skip_serializing_if = "Option::is_none")]
    pub session: Option<Session>,
    /// The Amazon Resource Name (ARN) of the task.
    #[serde(rename = "taskArn", default, skip_serializing_if = "Option::is_none")]
    pub task_arn: Option<String>,
}

impl ExecuteCommandResponse {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for ExecuteCommandResponse {
    const SHAPE_NAME: &'static str = "ExecuteCommandResponse";
    const REQUIRED: &'static [&'static str] = ExecuteCommandResponse::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ExecuteCommandResponse::ENUM_MEMBERS;
}

/// Defines the configuration for the primary container in an Express service.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ExpressGatewayContainer {
    /// Required. The image used to start a container.
    #[serde(rename = "image", default, skip_serializing_if = "Option::is_none")]
    pub image: Option<String>,
    /// The port number on the container that receives traffic from the load balancer.
    #[serde(
        rename = "containerPort",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub container_port: Option<i32>,
    /// The log configuration for the container.
    #[serde(
        rename = "awsLogsConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub aws_logs_configuration: Option<ExpressGatewayServiceAwsLogsConfiguration>,
    /// The configuration for repository credentials for private registry authentication.
    #[serde(
        rename = "repositoryCredentials",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub repository_credentials: Option<ExpressGatewayRepositoryCredentials>,
    /// The command that is passed to the container.
    #[serde(rename = "command", default, skip_serializing_if = "Option::is_none")]
    pub command: Option<Vec<String>>,
    /// The environment variables to pass to the container.
    #[serde(
        rename = "environment",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub environment: Option<Vec<KeyValuePair>>,
    /// The secrets to pass to the container.
    #[serde(rename = "secrets", default, skip_serializing_if = "Option::is_none")]
    pub secrets: Option<Vec<Secret>>,
}

impl ExpressGatewayContainer {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["image"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for ExpressGatewayContainer {
    const SHAPE_NAME: &'static str = "ExpressGatewayContainer";
    const REQUIRED: &'static [&'static str] = ExpressGatewayContainer::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ExpressGatewayContainer::ENUM_MEMBERS;
}

/// The repository credentials for private registry authentication to pass to the container.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ExpressGatewayRepositoryCredentials {
    /// The Amazon Resource Name (ARN) of the secret containing the private repository credentials.
    #[serde(
        rename = "credentialsParameter",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub credentials_parameter: Option<String>,
}

impl ExpressGatewayRepositoryCredentials {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for ExpressGatewayRepositoryCredentials {
    const SHAPE_NAME: &'static str = "ExpressGatewayRepositoryCredentials";
    const REQUIRED: &'static [&'static str] = ExpressGatewayRepositoryCredentials::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ExpressGatewayRepositoryCredentials::ENUM_MEMBERS;
}

/// Defines the auto-scaling configuration for an Express service.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ExpressGatewayScalingTarget {
    /// The minimum number of tasks to run in the Express service.
    #[serde(
        rename = "minTaskCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub min_task_count: Option<i32>,
    /// The maximum number of tasks to run in the Express service.
    #[serde(
        rename = "maxTaskCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub max_task_count: Option<i32>,
    /// The metric used for auto-scaling decisions.
    #[serde(
        rename = "autoScalingMetric",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub auto_scaling_metric: Option<String>,
    /// The target value for the auto-scaling metric.
    #[serde(
        rename = "autoScalingTargetValue",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub auto_scaling_target_value: Option<i32>,
}

impl ExpressGatewayScalingTarget {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[(
        "autoScalingMetric",
        EXPRESS_GATEWAY_SERVICE_SCALING_METRIC_VALUES,
    )];
}

impl WireShape for ExpressGatewayScalingTarget {
    const SHAPE_NAME: &'static str = "ExpressGatewayScalingTarget";
    const REQUIRED: &'static [&'static str] = ExpressGatewayScalingTarget::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ExpressGatewayScalingTarget::ENUM_MEMBERS;
}

/// Specifies the Amazon CloudWatch Logs configuration for the Express service container.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ExpressGatewayServiceAwsLogsConfiguration {
    /// Required. The name of the CloudWatch Logs log group to send container logs to.
    #[serde(rename = "logGroup", default, skip_serializing_if = "Option::is_none")]
    pub log_group: Option<String>,
    /// Required. The prefix for the CloudWatch Logs log stream names.
    #[serde(
        rename = "logStreamPrefix",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub log_stream_prefix: Option<String>,
}

impl ExpressGatewayServiceAwsLogsConfiguration {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["logGroup", "logStreamPrefix"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for ExpressGatewayServiceAwsLogsConfiguration {
    const SHAPE_NAME: &'static str = "ExpressGatewayServiceAwsLogsConfiguration";
    const REQUIRED: &'static [&'static str] = ExpressGatewayServiceAwsLogsConfiguration::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ExpressGatewayServiceAwsLogsConfiguration::ENUM_MEMBERS;
}

/// Represents a specific configuration revision of an Express service, containing all the settings and parameters for that revision.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ExpressGatewayServiceConfiguration {
    /// The ARN of the service revision.
    #[serde(
        rename = "serviceRevisionArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_revision_arn: Option<String>,
    /// The ARN of the task execution role for the service revision.
    #[serde(
        rename = "executionRoleArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub execution_role_arn: Option<String>,
    /// The ARN of the task role for the service revision.
    #[serde(
        rename = "taskRoleArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub task_role_arn: Option<String>,
    /// The ARN of the task definition used by this service revision.
    #[serde(
        rename = "taskDefinitionArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub task_definition_arn: Option<String>,
    /// The CPU allocation for tasks in this service revision.
    #[serde(rename = "cpu", default, skip_serializing_if = "Option::is_none")]
    pub cpu: Option<String>,
    /// The memory allocation for tasks in this service revision.
    #[serde(rename = "memory", default, skip_serializing_if = "Option::is_none")]
    pub memory: Option<String>,
    /// The CPU architecture that the task runs on.
    #[serde(
        rename = "cpuArchitecture",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cpu_architecture: Option<String>,
    /// The network configuration for tasks in this service revision.
    #[serde(
        rename = "networkConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub network_configuration: Option<ExpressGatewayServiceNetworkConfiguration>,
    /// The health check path for this service revision.
    #[serde(
        rename = "healthCheckPath",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub health_check_path: Option<String>,
    /// The primary container configuration for this service revision.
    #[serde(
        rename = "primaryContainer",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub primary_container: Option<ExpressGatewayContainer>,
    /// The auto-scaling configuration for this service revision.
    #[serde(
        rename = "scalingTarget",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub scaling_target: Option<ExpressGatewayScalingTarget>,
    /// The entry point into this service revision.
    #[serde(
        rename = "ingressPaths",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub ingress_paths: Option<Vec<IngressPathSummary>>,
    /// The Unix timestamp for when this service revision was created.
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<Timestamp>,
}

impl ExpressGatewayServiceConfiguration {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("cpuArchitecture", EXPRESS_CPU_ARCHITECTURE_VALUES)];
}

impl WireShape for ExpressGatewayServiceConfiguration {
    const SHAPE_NAME: &'static str = "ExpressGatewayServiceConfiguration";
    const REQUIRED: &'static [&'static str] = ExpressGatewayServiceConfiguration::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ExpressGatewayServiceConfiguration::ENUM_MEMBERS;
}

/// The network configuration for an Express service.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ExpressGatewayServiceNetworkConfiguration {
    /// The IDs of the security groups associated with the Express service.
    #[serde(
        rename = "securityGroups",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub security_groups: Option<Vec<String>>,
    /// The IDs of the subnets associated with the Express service.
    #[serde(rename = "subnets", default, skip_serializing_if = "Option::is_none")]
    pub subnets: Option<Vec<String>>,
}

impl ExpressGatewayServiceNetworkConfiguration {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for ExpressGatewayServiceNetworkConfiguration {
    const SHAPE_NAME: &'static str = "ExpressGatewayServiceNetworkConfiguration";
    const REQUIRED: &'static [&'static str] = ExpressGatewayServiceNetworkConfiguration::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ExpressGatewayServiceNetworkConfiguration::ENUM_MEMBERS;
}

/// An object that defines the status of Express service creation and information about the status of the service.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ExpressGatewayServiceStatus {
    /// The status of the Express service.
    #[serde(
        rename = "statusCode",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub status_code: Option<String>,
    /// Information about why the Express service is in the current status.
    #[serde(
        rename = "statusReason",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub status_reason: Option<String>,
}

impl ExpressGatewayServiceStatus {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("statusCode", EXPRESS_GATEWAY_SERVICE_STATUS_CODE_VALUES)];
}

impl WireShape for ExpressGatewayServiceStatus {
    const SHAPE_NAME: &'static str = "ExpressGatewayServiceStatus";
    const REQUIRED: &'static [&'static str] = ExpressGatewayServiceStatus::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ExpressGatewayServiceStatus::ENUM_MEMBERS;
}

/// The authorization configuration details for Amazon FSx for Windows File Server file system.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct FSxWindowsFileServerAuthorizationConfig {
    /// Required. The authorization credential option to use.
    #[serde(
        rename = "credentialsParameter",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub credentials_parameter: Option<String>,
    /// Required. A fully qualified domain name hosted by an Directory Service Managed Microsoft AD (Active Directory) or self-hosted AD on Amazon EC2.
    #[serde(rename = "domain", default, skip_serializing_if = "Option::is_none")]
    pub domain: Option<String>,
}

impl FSxWindowsFileServerAuthorizationConfig {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["credentialsParameter", "domain"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for FSxWindowsFileServerAuthorizationConfig {
    const SHAPE_NAME: &'static str = "FSxWindowsFileServerAuthorizationConfig";
    const REQUIRED: &'static [&'static str] = FSxWindowsFileServerAuthorizationConfig::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        FSxWindowsFileServerAuthorizationConfig::ENUM_MEMBERS;
}

/// This parameter is specified when you're using Amazon FSx for Windows File Server file system for task storage.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct FSxWindowsFileServerVolumeConfiguration {
    /// Required. The Amazon FSx for Windows File Server file system ID to use.
    #[serde(
        rename = "fileSystemId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub file_system_id: Option<String>,
    /// Required. The directory within the Amazon FSx for Windows File Server file system to mount as the root directory inside the host.
    #[serde(
        rename = "rootDirectory",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub root_directory: Option<String>,
    /// Required. The authorization configuration details for the Amazon FSx for Windows File Server file system.
    #[serde(
        rename = "authorizationConfig",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub authorization_config: Option<FSxWindowsFileServerAuthorizationConfig>,
}

impl FSxWindowsFileServerVolumeConfiguration {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] =
        &["fileSystemId", "rootDirectory", "authorizationConfig"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for FSxWindowsFileServerVolumeConfiguration {
    const SHAPE_NAME: &'static str = "FSxWindowsFileServerVolumeConfiguration";
    const REQUIRED: &'static [&'static str] = FSxWindowsFileServerVolumeConfiguration::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        FSxWindowsFileServerVolumeConfiguration::ENUM_MEMBERS;
}

/// A failed resource.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Failure {
    /// The Amazon Resource Name (ARN) of the failed resource.
    #[serde(rename = "arn", default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    /// The reason for the failure.
    #[serde(rename = "reason", default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// The details of the failure.
    #[serde(rename = "detail", default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
}

impl Failure {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for Failure {
    const SHAPE_NAME: &'static str = "Failure";
    const REQUIRED: &'static [&'static str] = Failure::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = Failure::ENUM_MEMBERS;
}

/// The FireLens configuration for the container.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct FirelensConfiguration {
    /// Required. The log router to use.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// The options to use when configuring the log router.
    #[serde(rename = "options", default, skip_serializing_if = "Option::is_none")]
    pub options: Option<BTreeMap<String, String>>,
}

impl FirelensConfiguration {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["type"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("type", FIRELENS_CONFIGURATION_TYPE_VALUES)];
}

impl WireShape for FirelensConfiguration {
    const SHAPE_NAME: &'static str = "FirelensConfiguration";
    const REQUIRED: &'static [&'static str] = FirelensConfiguration::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        FirelensConfiguration::ENUM_MEMBERS;
}

/// The details of a gateway, including its configuration, status, and the infrastructure settings for its type.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Gateway {
    /// The Amazon Resource Name (ARN) of the gateway.
    #[serde(
        rename = "gatewayArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub gateway_arn: Option<String>,
    /// The name of the gateway.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The status of the gateway.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// A human-readable explanation of the current status.
    #[serde(
        rename = "statusReason",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub status_reason: Option<String>,
    /// The per-resource failure details for asynchronous gateway processes, such as an `UpdateGateway` operation that couldn't update every load balancer.
    #[serde(rename = "failures", default, skip_serializing_if = "Option::is_none")]
    pub failures: Option<Vec<GatewayResourceFailure>>,
    /// The Amazon Resource Name (ARN) of the IAM role that the gateway uses to manage infrastructure on your behalf.
    #[serde(
        rename = "infrastructureRoleArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub infrastructure_role_arn: Option<String>,
    /// Specifies whether deletion protection is enabled for the gateway.
    #[serde(
        rename = "deletionProtection",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub deletion_protection: Option<bool>,
    /// The type-specific configuration for the gateway.
    #[serde(
        rename = "configuration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub configuration: Option<DescribeGatewayConfiguration>,
    /// Specifies whether the gateway is publicly accessible (`PUBLIC`) or private (`PRIVATE`).
    #[serde(
        rename = "accessType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub access_type: Option<String>,
    /// Specifies whether the gateway propagates its tags to the infrastructure it manages.
    #[serde(
        rename = "propagateTags",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub propagate_tags: Option<String>,
    /// The metadata applied to the gateway.
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    /// The Unix timestamp for the time when the gateway was created.
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<Timestamp>,
    /// The Unix timestamp for the time when the gateway was last updated.
    #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<Timestamp>,
}

impl Gateway {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[
        ("status", GATEWAY_STATUS_VALUES),
        ("accessType", ACCESS_TYPE_VALUES),
        ("propagateTags", PROPAGATE_GATEWAY_TAGS_VALUES),
    ];
}

impl WireShape for Gateway {
    const SHAPE_NAME: &'static str = "Gateway";
    const REQUIRED: &'static [&'static str] = Gateway::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = Gateway::ENUM_MEMBERS;
}

/// The rules that route test traffic to services behind a gateway during progressive deployments.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GatewayAlbTestTrafficRules {
    /// The header-based rule that identifies test traffic.
    #[serde(rename = "header", default, skip_serializing_if = "Option::is_none")]
    pub header: Option<GatewayTestTrafficHeader>,
}

impl GatewayAlbTestTrafficRules {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for GatewayAlbTestTrafficRules {
    const SHAPE_NAME: &'static str = "GatewayAlbTestTrafficRules";
    const REQUIRED: &'static [&'static str] = GatewayAlbTestTrafficRules::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        GatewayAlbTestTrafficRules::ENUM_MEMBERS;
}

/// A summary of an association between a gateway and a cluster.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GatewayClusterAssociationSummary {
    /// The Amazon Resource Name (ARN) of the gateway.
    #[serde(
        rename = "gatewayArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub gateway_arn: Option<String>,
    /// The Amazon Resource Name (ARN) of the cluster.
    #[serde(
        rename = "clusterArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cluster_arn: Option<String>,
    /// The status of the association.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
}

impl GatewayClusterAssociationSummary {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("status", GATEWAY_CLUSTER_ASSOCIATION_STATUS_VALUES)];
}

impl WireShape for GatewayClusterAssociationSummary {
    const SHAPE_NAME: &'static str = "GatewayClusterAssociationSummary";
    const REQUIRED: &'static [&'static str] = GatewayClusterAssociationSummary::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        GatewayClusterAssociationSummary::ENUM_MEMBERS;
}

/// Union: set exactly one member. The type-specific configuration for a gateway that you provide when you create it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GatewayConfiguration {
    /// The configuration for a host-based, shared Application Load Balancer gateway.
    #[serde(
        rename = "hostSharedAlb",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub host_shared_alb: Option<HostSharedAlbConfiguration>,
}

impl GatewayConfiguration {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for GatewayConfiguration {
    const SHAPE_NAME: &'static str = "GatewayConfiguration";
    const REQUIRED: &'static [&'static str] = GatewayConfiguration::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        GatewayConfiguration::ENUM_MEMBERS;
}

/// A gateway-managed connection for a service revision.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GatewayConnection {
    /// The Amazon Resource Name (ARN) of the gateway.
    #[serde(
        rename = "gatewayArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub gateway_arn: Option<String>,
    /// The Amazon Resource Name (ARN) of the gateway route for the connection.
    #[serde(
        rename = "gatewayRouteArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub gateway_route_arn: Option<String>,
    /// The name of the service port that receives gateway-managed ingress traffic.
    #[serde(rename = "portName", default, skip_serializing_if = "Option::is_none")]
    pub port_name: Option<String>,
    /// The URL that the gateway uses to route ingress traffic to the service.
    #[serde(
        rename = "serviceUrl",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_url: Option<String>,
    /// The access type of the gateway ingress path.
    #[serde(
        rename = "accessType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub access_type: Option<String>,
    /// The status of the gateway route for the connection.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The gateway-managed infrastructure resources for the connection.
    #[serde(rename = "resources", default, skip_serializing_if = "Option::is_none")]
    pub resources: Option<GatewayConnectionResources>,
}

impl GatewayConnection {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[
        ("accessType", ACCESS_TYPE_VALUES),
        ("status", GATEWAY_ROUTE_STATUS_VALUES),
    ];
}

impl WireShape for GatewayConnection {
    const SHAPE_NAME: &'static str = "GatewayConnection";
    const REQUIRED: &'static [&'static str] = GatewayConnection::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        GatewayConnection::ENUM_MEMBERS;
}

/// The Application Load Balancer resources that a gateway created and manages for a connection.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GatewayConnectionAlbResources {
    /// The Amazon Resource Name (ARN) of the Amazon Web Services Certificate Manager certificate that is attached to the load balancer listener.
    #[serde(
        rename = "acmCertificateArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub acm_certificate_arn: Option<String>,
    /// The Amazon Resource Name (ARN) of the load balancer.
    #[serde(
        rename = "loadBalancerArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub load_balancer_arn: Option<String>,
    /// The Amazon Resource Names (ARNs) of the security groups that the gateway attaches to the load balancer.
    #[serde(
        rename = "loadBalancerSecurityGroupArns",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub load_balancer_security_group_arns: Option<Vec<String>>,
    /// The Amazon Resource Name (ARN) of the listener on the load balancer.
    #[serde(
        rename = "listenerArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub listener_arn: Option<String>,
    /// The Amazon Resource Name (ARN) of the listener rule that routes production traffic to the service.
    #[serde(
        rename = "listenerRuleArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub listener_rule_arn: Option<String>,
    /// The Amazon Resource Name (ARN) of the listener rule that routes test traffic to the service during progressive deployments.
    #[serde(
        rename = "testListenerRuleArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub test_listener_rule_arn: Option<String>,
    /// The Amazon Resource Name (ARN) of the target group that receives production traffic.
    #[serde(
        rename = "targetGroupArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub target_group_arn: Option<String>,
    /// The Amazon Resource Name (ARN) of the alternate target group that the gateway uses during progressive deployments.
    #[serde(
        rename = "alternateTargetGroupArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub alternate_target_group_arn: Option<String>,
}

impl GatewayConnectionAlbResources {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for GatewayConnectionAlbResources {
    const SHAPE_NAME: &'static str = "GatewayConnectionAlbResources";
    const REQUIRED: &'static [&'static str] = GatewayConnectionAlbResources::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        GatewayConnectionAlbResources::ENUM_MEMBERS;
}

/// Union: set exactly one member. The gateway-managed infrastructure resources for a connection, as a union keyed by gateway type.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GatewayConnectionResources {
    /// The Application Load Balancer resources for a host-based, shared ALB gateway.
    #[serde(
        rename = "hostSharedAlb",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub host_shared_alb: Option<Vec<GatewayConnectionAlbResources>>,
}

impl GatewayConnectionResources {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for GatewayConnectionResources {
    const SHAPE_NAME: &'static str = "GatewayConnectionResources";
    const REQUIRED: &'static [&'static str] = GatewayConnectionResources::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        GatewayConnectionResources::ENUM_MEMBERS;
}

/// A gateway connector that attaches an Amazon ECS service to a gateway ingress path.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GatewayConnector {
    /// Required. The name of the service port that the gateway routes ingress traffic to.
    #[serde(rename = "portName", default, skip_serializing_if = "Option::is_none")]
    pub port_name: Option<String>,
    /// The health check that the gateway uses to determine whether the targets for this connector are healthy.
    #[serde(
        rename = "healthCheck",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub health_check: Option<GatewayConnectorHealthCheck>,
    /// The filters that control which gateway ingress paths the connector applies to.
    #[serde(rename = "filters", default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<GatewayConnectorFilters>,
    /// The deregistration delay settings for the targets of this connector.
    #[serde(
        rename = "deregistrationDelay",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub deregistration_delay: Option<GatewayConnectorDeregistrationDelay>,
}

impl GatewayConnector {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["portName"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for GatewayConnector {
    const SHAPE_NAME: &'static str = "GatewayConnector";
    const REQUIRED: &'static [&'static str] = GatewayConnector::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        GatewayConnector::ENUM_MEMBERS;
}

/// The amount of time to allow in-flight requests to complete before a deregistering target is removed.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GatewayConnectorDeregistrationDelay {
    /// The amount of time, in seconds, to wait before a deregistering target is removed.
    #[serde(
        rename = "timeoutSeconds",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub timeout_seconds: Option<i32>,
}

impl GatewayConnectorDeregistrationDelay {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for GatewayConnectorDeregistrationDelay {
    const SHAPE_NAME: &'static str = "GatewayConnectorDeregistrationDelay";
    const REQUIRED: &'static [&'static str] = GatewayConnectorDeregistrationDelay::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        GatewayConnectorDeregistrationDelay::ENUM_MEMBERS;
}

/// The filters that determine which gateway ingress paths a connector applies to.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GatewayConnectorFilters {
    /// The access types of the gateway ingress paths that the connector applies to.
    #[serde(
        rename = "accessTypes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub access_types: Option<Vec<String>>,
}

impl GatewayConnectorFilters {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("accessTypes", ACCESS_TYPE_VALUES)];
}

impl WireShape for GatewayConnectorFilters {
    const SHAPE_NAME: &'static str = "GatewayConnectorFilters";
    const REQUIRED: &'static [&'static str] = GatewayConnectorFilters::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        GatewayConnectorFilters::ENUM_MEMBERS;
}

/// The health check configuration that a gateway uses to evaluate the targets associated with a gateway connector.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GatewayConnectorHealthCheck {
    /// The protocol that the gateway uses to perform health checks.
    #[serde(
        rename = "healthCheckProtocol",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub health_check_protocol: Option<String>,
    /// The port that the gateway uses to perform health checks on the targets.
    #[serde(
        rename = "healthCheckPort",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub health_check_port: Option<i32>,
    /// The destination path for health check requests.
    #[serde(
        rename = "healthCheckPath",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub health_check_path: Option<String>,
    /// The amount of time, in seconds, during which no response from a target means a failed health check.
    #[serde(
        rename = "healthCheckTimeoutSeconds",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub health_check_timeout_seconds: Option<i32>,
    /// The approximate amount of time, in seconds, between health checks of an individual target.
    #[serde(
        rename = "healthCheckIntervalSeconds",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub health_check_interval_seconds: Option<i32>,
    /// The number of consecutive successful health checks that a target must pass before the gateway considers it healthy.
    #[serde(
        rename = "healthyThresholdCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub healthy_threshold_count: Option<i32>,
    /// The number of consecutive failed health checks that a target must fail before the gateway considers it unhealthy.
    #[serde(
        rename = "unhealthyThresholdCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub unhealthy_threshold_count: Option<i32>,
    /// The HTTP or gRPC codes that indicate a successful health check response from a target.
    #[serde(rename = "matcher", default, skip_serializing_if = "Option::is_none")]
    pub matcher: Option<GatewayConnectorHealthCheckMatcher>,
}

impl GatewayConnectorHealthCheck {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[(
        "healthCheckProtocol",
        GATEWAY_CONNECTOR_HEALTH_CHECK_PROTOCOL_VALUES,
    )];
}

impl WireShape for GatewayConnectorHealthCheck {
    const SHAPE_NAME: &'static str = "GatewayConnectorHealthCheck";
    const REQUIRED: &'static [&'static str] = GatewayConnectorHealthCheck::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        GatewayConnectorHealthCheck::ENUM_MEMBERS;
}

/// The codes that indicate a successful health check response from a target.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GatewayConnectorHealthCheckMatcher {
    /// The HTTP codes that indicate a successful response from a target.
    #[serde(rename = "httpCode", default, skip_serializing_if = "Option::is_none")]
    pub http_code: Option<String>,
    /// The gRPC codes that indicate a successful response from a target.
    #[serde(rename = "grpcCode", default, skip_serializing_if = "Option::is_none")]
    pub grpc_code: Option<String>,
}

impl GatewayConnectorHealthCheckMatcher {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for GatewayConnectorHealthCheckMatcher {
    const SHAPE_NAME: &'static str = "GatewayConnectorHealthCheckMatcher";
    const REQUIRED: &'static [&'static str] = GatewayConnectorHealthCheckMatcher::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        GatewayConnectorHealthCheckMatcher::ENUM_MEMBERS;
}

/// The access log configuration for the load balancers that a gateway manages.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GatewayElbAccessLogConfiguration {
    /// The destination where access logs are delivered.
    #[serde(
        rename = "destination",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub destination: Option<GatewayElbAccessLogDestination>,
}

impl GatewayElbAccessLogConfiguration {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for GatewayElbAccessLogConfiguration {
    const SHAPE_NAME: &'static str = "GatewayElbAccessLogConfiguration";
    const REQUIRED: &'static [&'static str] = GatewayElbAccessLogConfiguration::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        GatewayElbAccessLogConfiguration::ENUM_MEMBERS;
}

/// Union: set exactly one member. The destination where the access logs for a gateway's load balancers are delivered.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GatewayElbAccessLogDestination {
    /// The Amazon S3 destination for access logs.
    #[serde(rename = "s3", default, skip_serializing_if = "Option::is_none")]
    pub s3: Option<GatewayElbAccessLogS3Destination>,
}

impl GatewayElbAccessLogDestination {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for GatewayElbAccessLogDestination {
    const SHAPE_NAME: &'static str = "GatewayElbAccessLogDestination";
    const REQUIRED: &'static [&'static str] = GatewayElbAccessLogDestination::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        GatewayElbAccessLogDestination::ENUM_MEMBERS;
}

/// The Amazon S3 destination for the access logs of a gateway's load balancers.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GatewayElbAccessLogS3Destination {
    /// Required. The name of the Amazon S3 bucket where access logs are delivered.
    #[serde(rename = "bucket", default, skip_serializing_if = "Option::is_none")]
    pub bucket: Option<String>,
    /// The object key prefix for the access logs in the Amazon S3 bucket.
    #[serde(rename = "prefix", default, skip_serializing_if = "Option::is_none")]
    pub prefix: Option<String>,
}

impl GatewayElbAccessLogS3Destination {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["bucket"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for GatewayElbAccessLogS3Destination {
    const SHAPE_NAME: &'static str = "GatewayElbAccessLogS3Destination";
    const REQUIRED: &'static [&'static str] = GatewayElbAccessLogS3Destination::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        GatewayElbAccessLogS3Destination::ENUM_MEMBERS;
}

/// The network configuration for the load balancers that a gateway manages.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GatewayElbNetworkConfiguration {
    /// The ID of a security group that you provide to control inbound traffic to the load balancers that the gateway manages.
    #[serde(
        rename = "inboundSecurityGroup",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub inbound_security_group: Option<String>,
    /// The subnets for the load balancers that the gateway manages.
    #[serde(rename = "subnets", default, skip_serializing_if = "Option::is_none")]
    pub subnets: Option<Vec<String>>,
    /// The IP address type for the load balancers that the gateway manages.
    #[serde(
        rename = "ipAddressType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub ip_address_type: Option<String>,
}

impl GatewayElbNetworkConfiguration {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("ipAddressType", GATEWAY_ELB_IP_ADDRESS_TYPE_VALUES)];
}

impl WireShape for GatewayElbNetworkConfiguration {
    const SHAPE_NAME: &'static str = "GatewayElbNetworkConfiguration";
    const REQUIRED: &'static [&'static str] = GatewayElbNetworkConfiguration::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        GatewayElbNetworkConfiguration::ENUM_MEMBERS;
}

/// Union: set exactly one member. The gateway-managed infrastructure in a `DescribeGatewayResources` response, as a union keyed by gateway type.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GatewayInfrastructureResources {
    /// The Application Load Balancer resource groups for a host-based, shared ALB gateway.
    #[serde(
        rename = "hostSharedAlb",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub host_shared_alb: Option<Vec<ElbGatewayResources>>,
}

impl GatewayInfrastructureResources {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for GatewayInfrastructureResources {
    const SHAPE_NAME: &'static str = "GatewayInfrastructureResources";
    const REQUIRED: &'static [&'static str] = GatewayInfrastructureResources::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        GatewayInfrastructureResources::ENUM_MEMBERS;
}

/// Error shape. The specified gateway wasn't found.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GatewayNotFoundException {
    /// Message that describes the cause of the exception.
    #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

impl GatewayNotFoundException {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for GatewayNotFoundException {
    const SHAPE_NAME: &'static str = "GatewayNotFoundException";
    const REQUIRED: &'static [&'static str] = GatewayNotFoundException::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        GatewayNotFoundException::ENUM_MEMBERS;
}

/// A single failed operation against a resource that a gateway manages.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GatewayOperationError {
    /// The IAM-style action identifier of the operation that failed, such as `elasticloadbalancing:ModifyLoadBalancerAttributes`.
    #[serde(rename = "operation", default, skip_serializing_if = "Option::is_none")]
    pub operation: Option<String>,
    /// The error code returned by the failed operation, passed through from the downstream service, such as `AccessDenied`.
    #[serde(rename = "code", default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// The detailed error message.
    #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

impl GatewayOperationError {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for GatewayOperationError {
    const SHAPE_NAME: &'static str = "GatewayOperationError";
    const REQUIRED: &'static [&'static str] = GatewayOperationError::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        GatewayOperationError::ENUM_MEMBERS;
}

/// The failures for a single resource that was touched by an asynchronous gateway process.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GatewayResourceFailure {
    /// The Amazon Resource Name (ARN) of the resource that failed to update, such as a load balancer ARN.
    #[serde(rename = "arn", default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    /// The errors that were encountered while operating on the resource.
    #[serde(rename = "errors", default, skip_serializing_if = "Option::is_none")]
    pub errors: Option<Vec<GatewayOperationError>>,
}

impl GatewayResourceFailure {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for GatewayResourceFailure {
    const SHAPE_NAME: &'static str = "GatewayResourceFailure";
    const REQUIRED: &'static [&'static str] = GatewayResourceFailure::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        GatewayResourceFailure::ENUM_MEMBERS;
}

/// `DescribeGatewayResources` returns the gateway-managed infrastructure, grouped by gateway type.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GatewayResources {
    /// The Amazon Resource Name (ARN) of the gateway.
    #[serde(
        rename = "gatewayArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub gateway_arn: Option<String>,
    /// The infrastructure resources that the gateway manages.
    #[serde(rename = "resources", default, skip_serializing_if = "Option::is_none")]
    pub resources: Option<GatewayInfrastructureResources>,
}

impl GatewayResources {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for GatewayResources {
    const SHAPE_NAME: &'static str = "GatewayResources";
    const REQUIRED: &'static [&'static str] = GatewayResources::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        GatewayResources::ENUM_MEMBERS;
}

/// A gateway route, which represents the association between a service and a gateway and the service-specific infrastructure that the gateway manages...
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GatewayRoute {
    /// The Amazon Resource Name (ARN) of the gateway route.
    #[serde(
        rename = "gatewayRouteArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub gateway_route_arn: Option<String>,
    /// The Amazon Resource Name (ARN) of the service associated with the route.
    #[serde(
        rename = "serviceArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_arn: Option<String>,
    /// The task definition container port name that the route targets on the service.
    #[serde(
        rename = "serviceContainerPortName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_container_port_name: Option<String>,
    /// The status of the gateway route.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The URL for accessing the service, including the `https://` scheme.
    #[serde(
        rename = "serviceUrl",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_url: Option<String>,
    /// The service-specific infrastructure that the gateway manages for the route, keyed by gateway type.
    #[serde(rename = "resources", default, skip_serializing_if = "Option::is_none")]
    pub resources: Option<GatewayRouteResources>,
}

impl GatewayRoute {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("status", GATEWAY_ROUTE_STATUS_VALUES)];
}

impl WireShape for GatewayRoute {
    const SHAPE_NAME: &'static str = "GatewayRoute";
    const REQUIRED: &'static [&'static str] = GatewayRoute::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        GatewayRoute::ENUM_MEMBERS;
}

/// The Application Load Balancer resources that a gateway manages for a route.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GatewayRouteAlbResources {
    /// The Amazon Resource Name (ARN) of the Amazon Web Services Certificate Manager certificate.
    #[serde(
        rename = "acmCertificateArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub acm_certificate_arn: Option<String>,
    /// The Amazon Resource Name (ARN) of the load balancer.
    #[serde(
        rename = "loadBalancerArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub load_balancer_arn: Option<String>,
    /// The Amazon Resource Name (ARN) of the listener.
    #[serde(
        rename = "listenerArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub listener_arn: Option<String>,
    /// The Amazon Resource Name (ARN) of the listener rule for production traffic.
    #[serde(
        rename = "listenerRuleArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub listener_rule_arn: Option<String>,
    /// The Amazon Resource Names (ARNs) of the listener rules for test traffic.
    #[serde(
        rename = "testListenerRuleArns",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub test_listener_rule_arns: Option<Vec<String>>,
    /// The security groups attached to the load balancer.
    #[serde(
        rename = "loadBalancerSecurityGroups",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub load_balancer_security_groups: Option<Vec<GatewayRouteLoadBalancerSecurityGroup>>,
    /// The Amazon Resource Name (ARN) of the service security group in which the gateway manages the ingress rule for this route.
    #[serde(
        rename = "serviceSecurityGroupArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_security_group_arn: Option<String>,
}

impl GatewayRouteAlbResources {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for GatewayRouteAlbResources {
    const SHAPE_NAME: &'static str = "GatewayRouteAlbResources";
    const REQUIRED: &'static [&'static str] = GatewayRouteAlbResources::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        GatewayRouteAlbResources::ENUM_MEMBERS;
}

/// A security group attached to the load balancer for a gateway route.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GatewayRouteLoadBalancerSecurityGroup {
    /// The Amazon Resource Name (ARN) of the security group.
    #[serde(rename = "arn", default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    /// The Amazon Resource Names (ARNs) of the security group rules.
    #[serde(rename = "ruleArns", default, skip_serializing_if = "Option::is_none")]
    pub rule_arns: Option<Vec<String>>,
}

impl GatewayRouteLoadBalancerSecurityGroup {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for GatewayRouteLoadBalancerSecurityGroup {
    const SHAPE_NAME: &'static str = "GatewayRouteLoadBalancerSecurityGroup";
    const REQUIRED: &'static [&'static str] = GatewayRouteLoadBalancerSecurityGroup::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        GatewayRouteLoadBalancerSecurityGroup::ENUM_MEMBERS;
}

/// Union: set exactly one member. The service-specific infrastructure that a gateway manages for a route, keyed by gateway type.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GatewayRouteResources {
    /// The Application Load Balancer resources for a host-based, shared ALB gateway.
    #[serde(
        rename = "hostSharedAlb",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub host_shared_alb: Option<Vec<GatewayRouteAlbResources>>,
}

impl GatewayRouteResources {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for GatewayRouteResources {
    const SHAPE_NAME: &'static str = "GatewayRouteResources";
    const REQUIRED: &'static [&'static str] = GatewayRouteResources::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        GatewayRouteResources::ENUM_MEMBERS;
}

/// A summary of a gateway route that is returned by the `ListGatewayRoutes` operation.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GatewayRouteSummary {
    /// The Amazon Resource Name (ARN) of the gateway route.
    #[serde(
        rename = "gatewayRouteArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub gateway_route_arn: Option<String>,
    /// The Amazon Resource Name (ARN) of the gateway.
    #[serde(
        rename = "gatewayArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub gateway_arn: Option<String>,
    /// The Amazon Resource Name (ARN) of the cluster.
    #[serde(
        rename = "clusterArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cluster_arn: Option<String>,
    /// The Amazon Resource Name (ARN) of the service.
    #[serde(
        rename = "serviceArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_arn: Option<String>,
    /// The task definition container port name that the route targets on the service.
    #[serde(
        rename = "serviceContainerPortName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_container_port_name: Option<String>,
    /// The status of the gateway route.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
}

impl GatewayRouteSummary {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("status", GATEWAY_ROUTE_STATUS_VALUES)];
}

impl WireShape for GatewayRouteSummary {
    const SHAPE_NAME: &'static str = "GatewayRouteSummary";
    const REQUIRED: &'static [&'static str] = GatewayRouteSummary::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        GatewayRouteSummary::ENUM_MEMBERS;
}

/// A summary of a gateway that is returned by the `ListGateways` operation.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GatewaySummary {
    /// The Amazon Resource Name (ARN) of the gateway.
    #[serde(
        rename = "gatewayArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub gateway_arn: Option<String>,
    /// The name of the gateway.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The status of the gateway.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The Unix timestamp for the time when the gateway was created.
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<Timestamp>,
}

impl GatewaySummary {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("status", GATEWAY_STATUS_VALUES)];
}

impl WireShape for GatewaySummary {
    const SHAPE_NAME: &'static str = "GatewaySummary";
    const REQUIRED: &'static [&'static str] = GatewaySummary::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        GatewaySummary::ENUM_MEMBERS;
}

/// A header-based rule that identifies test traffic for progressive deployments.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GatewayTestTrafficHeader {
    /// Required. The name of the header to match for test traffic routing.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Required. The header values to match for test traffic routing.
    #[serde(rename = "values", default, skip_serializing_if = "Option::is_none")]
    pub values: Option<Vec<String>>,
}

impl GatewayTestTrafficHeader {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["name", "values"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for GatewayTestTrafficHeader {
    const SHAPE_NAME: &'static str = "GatewayTestTrafficHeader";
    const REQUIRED: &'static [&'static str] = GatewayTestTrafficHeader::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        GatewayTestTrafficHeader::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetTaskProtectionRequest {
    /// Required. The short name or full Amazon Resource Name (ARN) of the cluster that hosts the service that the task sets exist in.
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    /// A list of up to 100 task IDs or full ARN entries.
    #[serde(rename = "tasks", default, skip_serializing_if = "Option::is_none")]
    pub tasks: Option<Vec<String>>,
}

impl GetTaskProtectionRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["cluster"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for GetTaskProtectionRequest {
    const SHAPE_NAME: &'static str = "GetTaskProtectionRequest";
    const REQUIRED: &'static [&'static str] = GetTaskProtectionRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        GetTaskProtectionRequest::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetTaskProtectionResponse {
    /// A list of tasks with the following information.
    #[serde(
        rename = "protectedTasks",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub protected_tasks: Option<Vec<ProtectedTask>>,
    /// Any failures associated with the call.
    #[serde(rename = "failures", default, skip_serializing_if = "Option::is_none")]
    pub failures: Option<Vec<Failure>>,
}

impl GetTaskProtectionResponse {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for GetTaskProtectionResponse {
    const SHAPE_NAME: &'static str = "GetTaskProtectionResponse";
    const REQUIRED: &'static [&'static str] = GetTaskProtectionResponse::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        GetTaskProtectionResponse::ENUM_MEMBERS;
}

/// The state of a GPU on a container instance, including its sharing mode and the memory that's available for new containers.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GpuDevice {
    /// The ID of the GPU.
    #[serde(rename = "gpuId", default, skip_serializing_if = "Option::is_none")]
    pub gpu_id: Option<String>,
    /// How the GPU is shared between containers.
    #[serde(
        rename = "sharingMode",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub sharing_mode: Option<String>,
    /// The total amount of GPU memory, in MiB, that the Amazon ECS container agent reported for the GPU.
    #[serde(
        rename = "totalMemoryInMiB",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub total_memory_in_mi_b: Option<i32>,
    /// The amount of GPU memory, in MiB, that's available to allocate to new containers that use the `nvidiaMps` sharing strategy.
    #[serde(
        rename = "remainingMemoryInMiB",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub remaining_memory_in_mi_b: Option<i32>,
    /// The number of containers that Amazon ECS assigned to the GPU.
    #[serde(
        rename = "containerCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub container_count: Option<i32>,
}

impl GpuDevice {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("sharingMode", GPU_SHARING_MODE_VALUES)];
}

impl WireShape for GpuDevice {
    const SHAPE_NAME: &'static str = "GpuDevice";
    const REQUIRED: &'static [&'static str] = GpuDevice::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        GpuDevice::ENUM_MEMBERS;
}

/// An object representing a container health check.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct HealthCheck {
    /// Required. A string array representing the command that the container runs to determine if it is healthy.
    #[serde(rename = "command", default, skip_serializing_if = "Option::is_none")]
    pub command: Option<Vec<String>>,
    /// The time period in seconds between each health check execution.
    #[serde(rename = "interval", default, skip_serializing_if = "Option::is_none")]
    pub interval: Option<i32>,
    /// The time period in seconds to wait for a health check to succeed before it is considered a failure.
    #[serde(rename = "timeout", default, skip_serializing_if = "Option::is_none")]
    pub timeout: Option<i32>,
    /// The number of times to retry a failed health check before the container is considered unhealthy.
    #[serde(rename = "retries", default, skip_serializing_if = "Option::is_none")]
    pub retries: Option<i32>,
    /// The optional grace period to provide containers time to bootstrap before failed health checks count towards the maximum number of retries.
    #[serde(
        rename = "startPeriod",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub start_period: Option<i32>,
}

impl HealthCheck {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["command"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for HealthCheck {
    const SHAPE_NAME: &'static str = "HealthCheck";
    const REQUIRED: &'static [&'static str] = HealthCheck::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        HealthCheck::ENUM_MEMBERS;
}

/// Hostnames and IP address entries that are added to the `/etc/hosts` file of a container via the `extraHosts` parameter of its ContainerDefinition .
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct HostEntry {
    /// Required. The hostname to use in the `/etc/hosts` entry.
    #[serde(rename = "hostname", default, skip_serializing_if = "Option::is_none")]
    pub hostname: Option<String>,
    /// Required. The IP address to use in the `/etc/hosts` entry.
    #[serde(rename = "ipAddress", default, skip_serializing_if = "Option::is_none")]
    pub ip_address: Option<String>,
}

impl HostEntry {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["hostname", "ipAddress"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for HostEntry {
    const SHAPE_NAME: &'static str = "HostEntry";
    const REQUIRED: &'static [&'static str] = HostEntry::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        HostEntry::ENUM_MEMBERS;
}

/// The configuration for a gateway that uses shared Application Load Balancers with host-based routing.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct HostSharedAlbConfiguration {
    /// The network configuration for the load balancers that the gateway manages.
    #[serde(
        rename = "networkConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub network_configuration: Option<GatewayElbNetworkConfiguration>,
    /// Specifies whether the load balancers the gateway manages are `internet-facing` or `internal`.
    #[serde(rename = "scheme", default, skip_serializing_if = "Option::is_none")]
    pub scheme: Option<String>,
    /// The Amazon Resource Name (ARN) of the WAF web ACL to associate with the load balancers that the gateway manages.
    #[serde(rename = "webACLArn", default, skip_serializing_if = "Option::is_none")]
    pub web_acl_arn: Option<String>,
    /// The access log configuration for the load balancers that the gateway manages.
    #[serde(
        rename = "accessLogs",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub access_logs: Option<GatewayElbAccessLogConfiguration>,
    /// The port that the load balancer listener uses is 443.
    #[serde(rename = "port", default, skip_serializing_if = "Option::is_none")]
    pub port: Option<i32>,
    /// The protocol for the load balancer listener is `HTTPS`.
    #[serde(rename = "protocol", default, skip_serializing_if = "Option::is_none")]
    pub protocol: Option<String>,
    /// The maximum number of Application Load Balancers that the gateway manages.
    #[serde(
        rename = "maxAlbCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub max_alb_count: Option<i32>,
    /// The desync mitigation mode for the load balancers that the gateway manages, which determines how the load balancers handle requests that might pose a...
    #[serde(
        rename = "httpDesync",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub http_desync: Option<String>,
    /// The rules that route test traffic for progressive deployments.
    #[serde(
        rename = "testTrafficRules",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub test_traffic_rules: Option<GatewayAlbTestTrafficRules>,
}

impl HostSharedAlbConfiguration {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[
        ("scheme", GATEWAY_ELB_SCHEME_VALUES),
        ("protocol", GATEWAY_ALB_PROTOCOL_VALUES),
        ("httpDesync", GATEWAY_ALB_DESYNC_MITIGATION_MODE_VALUES),
    ];
}

impl WireShape for HostSharedAlbConfiguration {
    const SHAPE_NAME: &'static str = "HostSharedAlbConfiguration";
    const REQUIRED: &'static [&'static str] = HostSharedAlbConfiguration::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        HostSharedAlbConfiguration::ENUM_MEMBERS;
}

/// Details on a container instance bind mount host volume.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct HostVolumeProperties {
    /// When the `host` parameter is used, specify a `sourcePath` to declare the path on the host container instance that's presented to the container.
    #[serde(
        rename = "sourcePath",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub source_path: Option<String>,
}

impl HostVolumeProperties {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for HostVolumeProperties {
    const SHAPE_NAME: &'static str = "HostVolumeProperties";
    const REQUIRED: &'static [&'static str] = HostVolumeProperties::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        HostVolumeProperties::ENUM_MEMBERS;
}

/// Details on an Elastic Inference accelerator.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct InferenceAccelerator {
    /// Required. The Elastic Inference accelerator device name.
    #[serde(
        rename = "deviceName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub device_name: Option<String>,
    /// Required. The Elastic Inference accelerator type to use.
    #[serde(
        rename = "deviceType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub device_type: Option<String>,
}

impl InferenceAccelerator {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["deviceName", "deviceType"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for InferenceAccelerator {
    const SHAPE_NAME: &'static str = "InferenceAccelerator";
    const REQUIRED: &'static [&'static str] = InferenceAccelerator::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        InferenceAccelerator::ENUM_MEMBERS;
}

/// Details on an Elastic Inference accelerator task override.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct InferenceAcceleratorOverride {
    /// The Elastic Inference accelerator device name to override for the task.
    #[serde(
        rename = "deviceName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub device_name: Option<String>,
    /// The Elastic Inference accelerator type to use.
    #[serde(
        rename = "deviceType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub device_type: Option<String>,
}

impl InferenceAcceleratorOverride {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for InferenceAcceleratorOverride {
    const SHAPE_NAME: &'static str = "InferenceAcceleratorOverride";
    const REQUIRED: &'static [&'static str] = InferenceAcceleratorOverride::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        InferenceAcceleratorOverride::ENUM_MEMBERS;
}

/// The configuration that controls how Amazon ECS optimizes your infrastructure.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct InfrastructureOptimization {
    /// This parameter defines the number of seconds Amazon ECS Managed Instances waits before optimizing EC2 instances that have become idle or...
    #[serde(
        rename = "scaleInAfter",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub scale_in_after: Option<i32>,
}

impl InfrastructureOptimization {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for InfrastructureOptimization {
    const SHAPE_NAME: &'static str = "InfrastructureOptimization";
    const REQUIRED: &'static [&'static str] = InfrastructureOptimization::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        InfrastructureOptimization::ENUM_MEMBERS;
}

/// The entry point into an Express service.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct IngressPathSummary {
    /// Required. The type of access to the endpoint for the Express service.
    #[serde(
        rename = "accessType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub access_type: Option<String>,
    /// Required. The endpoint for access to the service.
    #[serde(rename = "endpoint", default, skip_serializing_if = "Option::is_none")]
    pub endpoint: Option<String>,
}

impl IngressPathSummary {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["accessType", "endpoint"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("accessType", ACCESS_TYPE_VALUES)];
}

impl WireShape for IngressPathSummary {
    const SHAPE_NAME: &'static str = "IngressPathSummary";
    const REQUIRED: &'static [&'static str] = IngressPathSummary::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        IngressPathSummary::ENUM_MEMBERS;
}

/// An object representing the result of a container instance health status check.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct InstanceHealthCheckResult {
    /// The type of container instance health status that was verified.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// The container instance health status.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The reason for the container instance health status.
    #[serde(
        rename = "statusReason",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub status_reason: Option<String>,
    /// The Unix timestamp for when the container instance health status was last updated.
    #[serde(
        rename = "lastUpdated",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub last_updated: Option<Timestamp>,
    /// The Unix timestamp for when the container instance health status last changed.
    #[serde(
        rename = "lastStatusChange",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub last_status_change: Option<Timestamp>,
}

impl InstanceHealthCheckResult {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[
        ("type", INSTANCE_HEALTH_CHECK_TYPE_VALUES),
        ("status", INSTANCE_HEALTH_CHECK_STATE_VALUES),
    ];
}

impl WireShape for InstanceHealthCheckResult {
    const SHAPE_NAME: &'static str = "InstanceHealthCheckResult";
    const REQUIRED: &'static [&'static str] = InstanceHealthCheckResult::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        InstanceHealthCheckResult::ENUM_MEMBERS;
}

/// The launch template configuration for Amazon ECS Managed Instances.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct InstanceLaunchTemplate {
    /// Required. The Amazon Resource Name (ARN) of the instance profile that Amazon ECS applies to Amazon ECS Managed Instances.
    #[serde(
        rename = "ec2InstanceProfileArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub ec2_instance_profile_arn: Option<String>,
    /// Required. The network configuration for Amazon ECS Managed Instances.
    #[serde(
        rename = "networkConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub network_configuration: Option<ManagedInstancesNetworkConfiguration>,
    /// The storage configuration for Amazon ECS Managed Instances.
    #[serde(
        rename = "storageConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub storage_configuration: Option<ManagedInstancesStorageConfiguration>,
    /// The local storage configuration for Amazon ECS Managed Instances.
    #[serde(
        rename = "localStorageConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub local_storage_configuration: Option<ManagedInstancesLocalStorageConfiguration>,
    /// CloudWatch provides two categories of monitoring: basic monitoring and detailed monitoring.
    #[serde(
        rename = "monitoring",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub monitoring: Option<String>,
    /// The capacity option type.
    #[serde(
        rename = "capacityOptionType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub capacity_option_type: Option<String>,
    /// Determines whether tags are propagated to the instance metadata service (IMDS) for Amazon EC2 instances launched by the Managed Instances capacity...
    #[serde(
        rename = "instanceMetadataTagsPropagation",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub instance_metadata_tags_propagation: Option<bool>,
    /// The instance requirements.
    #[serde(
        rename = "instanceRequirements",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub instance_requirements: Option<InstanceRequirementsRequest>,
    /// Determines whether to enable FIPS 140-2 validated cryptographic modules on EC2 instances launched by the capacity provider.
    #[serde(
        rename = "fipsEnabled",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub fips_enabled: Option<bool>,
    /// Capacity reservation specifications.
    #[serde(
        rename = "capacityReservations",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub capacity_reservations: Option<CapacityReservationRequest>,
    /// Specifies whether instances that this capacity provider launches have Nitro Sandbox enabled.
    #[serde(
        rename = "nitroEnclavesEnabled",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub nitro_enclaves_enabled: Option<bool>,
}

impl InstanceLaunchTemplate {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] =
        &["ec2InstanceProfileArn", "networkConfiguration"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[
        ("monitoring", MANAGED_INSTANCES_MONITORING_OPTIONS_VALUES),
        ("capacityOptionType", CAPACITY_OPTION_TYPE_VALUES),
    ];
}

impl WireShape for InstanceLaunchTemplate {
    const SHAPE_NAME: &'static str = "InstanceLaunchTemplate";
    const REQUIRED: &'static [&'static str] = InstanceLaunchTemplate::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        InstanceLaunchTemplate::ENUM_MEMBERS;
}

/// The updated launch template configuration for Amazon ECS Managed Instances.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct InstanceLaunchTemplateUpdate {
    /// The updated Amazon Resource Name (ARN) of the instance profile.
    #[serde(
        rename = "ec2InstanceProfileArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub ec2_instance_profile_arn: Option<String>,
    /// The updated network configuration for Amazon ECS Managed Instances.
    #[serde(
        rename = "networkConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub network_configuration: Option<ManagedInstancesNetworkConfiguration>,
    /// The updated storage configuration for Amazon ECS Managed Instances.
    #[serde(
        rename = "storageConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub storage_configuration: Option<ManagedInstancesStorageConfiguration>,
    /// Determines whether tags are propagated to the instance metadata service (IMDS) for Amazon EC2 instances launched by the Managed Instances capacity...
    #[serde(
        rename = "instanceMetadataTagsPropagation",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub instance_metadata_tags_propagation: Option<bool>,
    /// The updated local storage configuration for Amazon ECS Managed Instances.
    #[serde(
        rename = "localStorageConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub local_storage_configuration: Option<ManagedInstancesLocalStorageConfiguration>,
    /// CloudWatch provides two categories of monitoring: basic monitoring and detailed monitoring.
    #[serde(
        rename = "monitoring",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub monitoring: Option<String>,
    /// The updated instance requirements for attribute-based instance type selection.
    #[serde(
        rename = "instanceRequirements",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub instance_requirements: Option<InstanceRequirementsRequest>,
    /// The updated capacity reservations specifications for Amazon ECS Managed Instances.
    #[serde(
        rename = "capacityReservations",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub capacity_reservations: Option<CapacityReservationRequest>,
}

impl InstanceLaunchTemplateUpdate {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("monitoring", MANAGED_INSTANCES_MONITORING_OPTIONS_VALUES)];
}

impl WireShape for InstanceLaunchTemplateUpdate {
    const SHAPE_NAME: &'static str = "InstanceLaunchTemplateUpdate";
    const REQUIRED: &'static [&'static str] = InstanceLaunchTemplateUpdate::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        InstanceLaunchTemplateUpdate::ENUM_MEMBERS;
}

/// The instance requirements for attribute-based instance type selection.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct InstanceRequirementsRequest {
    /// Required. The minimum and maximum number of vCPUs for the instance types.
    #[serde(rename = "vCpuCount", default, skip_serializing_if = "Option::is_none")]
    pub v_cpu_count: Option<VCpuCountRangeRequest>,
    /// Required. The minimum and maximum amount of memory in mebibytes (MiB) for the instance types.
    #[serde(rename = "memoryMiB", default, skip_serializing_if = "Option::is_none")]
    pub memory_mi_b: Option<MemoryMiBRequest>,
    /// The CPU manufacturers to include or exclude.
    #[serde(
        rename = "cpuManufacturers",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cpu_manufacturers: Option<Vec<String>>,
    /// The minimum and maximum amount of memory per vCPU in gibibytes (GiB).
    #[serde(
        rename = "memoryGiBPerVCpu",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub memory_gi_b_per_v_cpu: Option<MemoryGiBPerVCpuRequest>,
    /// The instance types to exclude from selection.
    #[serde(
        rename = "excludedInstanceTypes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub excluded_instance_types: Option<Vec<String>>,
    /// The instance generations to include.
    #[serde(
        rename = "instanceGenerations",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub instance_generations: Option<Vec<String>>,
    /// The maximum price for Spot instances as a percentage over the lowest priced On-Demand instance.
    #[serde(
        rename = "spotMaxPricePercentageOverLowestPrice",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub spot_max_price_percentage_over_lowest_price: Option<i32>,
    /// The price protection threshold for On-Demand Instances, as a percentage higher than an identified On-Demand price.
    #[serde(
        rename = "onDemandMaxPricePercentageOverLowestPrice",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub on_demand_max_price_percentage_over_lowest_price: Option<i32>,
    /// Indicates whether to include bare metal instance types.
    #[serde(rename = "bareMetal", default, skip_serializing_if = "Option::is_none")]
    pub bare_metal: Option<String>,
    /// Indicates whether to include burstable performance instance types (T2, T3, T3a, T4g).
    #[serde(
        rename = "burstablePerformance",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub burstable_performance: Option<String>,
    /// Indicates whether the instance types must support hibernation.
    #[serde(
        rename = "requireHibernateSupport",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub require_hibernate_support: Option<bool>,
    /// The minimum and maximum number of network interfaces for the instance types.
    #[serde(
        rename = "networkInterfaceCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub network_interface_count: Option<NetworkInterfaceCountRequest>,
    /// Indicates whether to include instance types with local storage.
    #[serde(
        rename = "localStorage",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub local_storage: Option<String>,
    /// The local storage types to include.
    #[serde(
        rename = "localStorageTypes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub local_storage_types: Option<Vec<String>>,
    /// The minimum and maximum total local storage in gigabytes (GB) for instance types with local storage.
    #[serde(
        rename = "totalLocalStorageGB",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub total_local_storage_gb: Option<TotalLocalStorageGBRequest>,
    /// The minimum and maximum baseline Amazon EBS bandwidth in megabits per second (Mbps).
    #[serde(
        rename = "baselineEbsBandwidthMbps",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub baseline_ebs_bandwidth_mbps: Option<BaselineEbsBandwidthMbpsRequest>,
    /// The accelerator types to include.
    #[serde(
        rename = "acceleratorTypes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub accelerator_types: Option<Vec<String>>,
    /// The minimum and maximum number of accelerators for the instance types.
    #[serde(
        rename = "acceleratorCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub accelerator_count: Option<AcceleratorCountRequest>,
    /// The accelerator manufacturers to include.
    #[serde(
        rename = "acceleratorManufacturers",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub accelerator_manufacturers: Option<Vec<String>>,
    /// The specific accelerator names to include.
    #[serde(
        rename = "acceleratorNames",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub accelerator_names: Option<Vec<String>>,
    /// The minimum and maximum total accelerator memory in mebibytes (MiB).
    #[serde(
        rename = "acceleratorTotalMemoryMiB",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub accelerator_total_memory_mi_b: Option<AcceleratorTotalMemoryMiBRequest>,
    /// The minimum and maximum network bandwidth in gigabits per second (Gbps).
    #[serde(
        rename = "networkBandwidthGbps",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub network_bandwidth_gbps: Option<NetworkBandwidthGbpsRequest>,
    /// The instance types to include in the selection.
    #[serde(
        rename = "allowedInstanceTypes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub allowed_instance_types: Option<Vec<String>>,
    /// The maximum price for Spot instances as a percentage of the optimal On-Demand price.
    #[serde(
        rename = "maxSpotPriceAsPercentageOfOptimalOnDemandPrice",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub max_spot_price_as_percentage_of_optimal_on_demand_price: Option<i32>,
}

impl InstanceRequirementsRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["vCpuCount", "memoryMiB"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[
        ("cpuManufacturers", CPU_MANUFACTURER_VALUES),
        ("instanceGenerations", INSTANCE_GENERATION_VALUES),
        ("bareMetal", BARE_METAL_VALUES),
        ("burstablePerformance", BURSTABLE_PERFORMANCE_VALUES),
        ("localStorage", LOCAL_STORAGE_VALUES),
        ("localStorageTypes", LOCAL_STORAGE_TYPE_VALUES),
        ("acceleratorTypes", ACCELERATOR_TYPE_VALUES),
        ("acceleratorManufacturers", ACCELERATOR_MANUFACTURER_VALUES),
        ("acceleratorNames", ACCELERATOR_NAME_VALUES),
    ];
}

impl WireShape for InstanceRequirementsRequest {
    const SHAPE_NAME: &'static str = "InstanceRequirementsRequest";
    const REQUIRED: &'static [&'static str] = InstanceRequirementsRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        InstanceRequirementsRequest::ENUM_MEMBERS;
}

/// Error shape. The specified parameter isn't valid.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct InvalidParameterException {
    /// Message that describes the cause of the exception.
    #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

impl InvalidParameterException {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for InvalidParameterException {
    const SHAPE_NAME: &'static str = "InvalidParameterException";
    const REQUIRED: &'static [&'static str] = InvalidParameterException::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        InvalidParameterException::ENUM_MEMBERS;
}

/// The Linux capabilities to add or remove from the default Docker configuration for a container defined in the task definition.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct KernelCapabilities {
    /// The Linux capabilities for the container that have been added to the default configuration provided by Docker.
    #[serde(rename = "add", default, skip_serializing_if = "Option::is_none")]
    pub add: Option<Vec<String>>,
    /// The Linux capabilities for the container that have been removed from the default configuration provided by Docker.
    #[serde(rename = "drop", default, skip_serializing_if = "Option::is_none")]
    pub drop: Option<Vec<String>>,
}

impl KernelCapabilities {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for KernelCapabilities {
    const SHAPE_NAME: &'static str = "KernelCapabilities";
    const REQUIRED: &'static [&'static str] = KernelCapabilities::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        KernelCapabilities::ENUM_MEMBERS;
}

/// A key-value pair object.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct KeyValuePair {
    /// The name of the key-value pair.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The value of the key-value pair.
    #[serde(rename = "value", default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

impl KeyValuePair {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for KeyValuePair {
    const SHAPE_NAME: &'static str = "KeyValuePair";
    const REQUIRED: &'static [&'static str] = KeyValuePair::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        KeyValuePair::ENUM_MEMBERS;
}

/// Error shape. The limit for the resource was exceeded.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct LimitExceededException {
    /// Message that describes the cause of the exception.
    #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

impl LimitExceededException {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for LimitExceededException {
    const SHAPE_NAME: &'static str = "LimitExceededException";
    const REQUIRED: &'static [&'static str] = LimitExceededException::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        LimitExceededException::ENUM_MEMBERS;
}

/// Configuration for linear deployment strategy that shifts production traffic in equal percentage increments with configurable wait times between each...
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct LinearConfiguration {
    /// The percentage of production traffic to shift in each step during a linear deployment.
    #[serde(
        rename = "stepPercent",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub step_percent: Option<f64>,
    /// The amount of time in minutes to wait between each traffic shifting step during a linear deployment.
    #[serde(
        rename = "stepBakeTimeInMinutes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub step_bake_time_in_minutes: Option<i32>,
}

impl LinearConfiguration {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for LinearConfiguration {
    const SHAPE_NAME: &'static str = "LinearConfiguration";
    const REQUIRED: &'static [&'static str] = LinearConfiguration::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        LinearConfiguration::ENUM_MEMBERS;
}

/// The Linux-specific options that are applied to the container, such as Linux KernelCapabilities .
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct LinuxParameters {
    /// The Linux capabilities for the container that are added to or dropped from the default configuration provided by Docker.
    #[serde(
        rename = "capabilities",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub capabilities: Option<KernelCapabilities>,
    /// Any host devices to expose to the container.
    #[serde(rename = "devices", default, skip_serializing_if = "Option::is_none")]
    pub devices: Option<Vec<Device>>,
    /// Run an `init` process inside the container that forwards signals and reaps processes.
    #[serde(
        rename = "initProcessEnabled",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub init_process_enabled: Option<bool>,
    /// The value for the size (in MiB) of the `/dev/shm` volume.
    #[serde(
        rename = "sharedMemorySize",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub shared_memory_size: Option<i32>,
    /// The container path, mount options, and size (in MiB) of the tmpfs mount.
    #[serde(rename = "tmpfs", default, skip_serializing_if = "Option::is_none")]
    pub tmpfs: Option<Vec<Tmpfs>>,
    /// The total amount of swap memory (in MiB) a container can use.
    #[serde(rename = "maxSwap", default, skip_serializing_if = "Option::is_none")]
    pub max_swap: Option<i32>,
    /// This allows you to tune a container's memory swappiness behavior.
    #[serde(
        rename = "swappiness",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub swappiness: Option<i32>,
}

impl LinuxParameters {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for LinuxParameters {
    const SHAPE_NAME: &'static str = "LinuxParameters";
    const REQUIRED: &'static [&'static str] = LinuxParameters::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        LinuxParameters::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ListAccountSettingsRequest {
    /// The name of the account setting you want to list the settings for.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The value of the account settings to filter results with.
    #[serde(rename = "value", default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// The ARN of the principal, which can be a user, role, or the root user.
    #[serde(
        rename = "principalArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub principal_arn: Option<String>,
    /// Determines whether to return the effective settings.
    #[serde(
        rename = "effectiveSettings",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub effective_settings: Option<bool>,
    /// The `nextToken` value returned from a `ListAccountSettings` request indicating that more results are available to fulfill the request and further...
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    /// The maximum number of account setting results returned by `ListAccountSettings` in paginated output.
    #[serde(
        rename = "maxResults",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub max_results: Option<i32>,
}

impl ListAccountSettingsRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("name", SETTING_NAME_VALUES)];
}

impl WireShape for ListAccountSettingsRequest {
    const SHAPE_NAME: &'static str = "ListAccountSettingsRequest";
    const REQUIRED: &'static [&'static str] = ListAccountSettingsRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ListAccountSettingsRequest::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ListAccountSettingsResponse {
    /// The account settings for the resource.
    #[serde(rename = "settings", default, skip_serializing_if = "Option::is_none")]
    pub settings: Option<Vec<Setting>>,
    /// The `nextToken` value to include in a future `ListAccountSettings` request.
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

impl ListAccountSettingsResponse {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for ListAccountSettingsResponse {
    const SHAPE_NAME: &'static str = "ListAccountSettingsResponse";
    const REQUIRED: &'static [&'static str] = ListAccountSettingsResponse::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ListAccountSettingsResponse::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ListAttributesRequest {
    /// The short name or full Amazon Resource Name (ARN) of the cluster to list attributes.
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    /// Required. The type of the target to list attributes with.
    #[serde(
        rename = "targetType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub target_type: Option<String>,
    /// The name of the attribute to filter the results with.
    #[serde(
        rename = "attributeName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub attribute_name: Option<String>,
    /// The value of the attribute to filter results with.
    #[serde(
        rename = "attributeValue",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub attribute_value: Option<String>,
    /// The `nextToken` value returned from a `ListAttributes` request indicating that more results are available to fulfill the request and further calls...
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    /// The maximum number of cluster results that `ListAttributes` returned in paginated output.
    #[serde(
        rename = "maxResults",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub max_results: Option<i32>,
}

impl ListAttributesRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["targetType"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("targetType", TARGET_TYPE_VALUES)];
}

impl WireShape for ListAttributesRequest {
    const SHAPE_NAME: &'static str = "ListAttributesRequest";
    const REQUIRED: &'static [&'static str] = ListAttributesRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ListAttributesRequest::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ListAttributesResponse {
    /// A list of attribute objects that meet the criteria of the request.
    #[serde(
        rename = "attributes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub attributes: Option<Vec<Attribute>>,
    /// The `nextToken` value to include in a future `ListAttributes` request.
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

impl ListAttributesResponse {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for ListAttributesResponse {
    const SHAPE_NAME: &'static str = "ListAttributesResponse";
    const REQUIRED: &'static [&'static str] = ListAttributesResponse::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ListAttributesResponse::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ListClustersRequest {
    /// The `nextToken` value returned from a `ListClusters` request indicating that more results are available to fulfill the request and further calls are...
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    /// The maximum number of cluster results that `ListClusters` returned in paginated output.
    #[serde(
        rename = "maxResults",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub max_results: Option<i32>,
}

impl ListClustersRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for ListClustersRequest {
    const SHAPE_NAME: &'static str = "ListClustersRequest";
    const REQUIRED: &'static [&'static str] = ListClustersRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ListClustersRequest::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ListClustersResponse {
    /// The list of full Amazon Resource Name (ARN) entries for each cluster that's associated with your account.
    #[serde(
        rename = "clusterArns",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cluster_arns: Option<Vec<String>>,
    /// The `nextToken` value to include in a future `ListClusters` request.
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

impl ListClustersResponse {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for ListClustersResponse {
    const SHAPE_NAME: &'static str = "ListClustersResponse";
    const REQUIRED: &'static [&'static str] = ListClustersResponse::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ListClustersResponse::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ListContainerInstancesRequest {
    /// The short name or full Amazon Resource Name (ARN) of the cluster that hosts the container instances to list.
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    /// You can filter the results of a `ListContainerInstances` operation with cluster query language statements.
    #[serde(rename = "filter", default, skip_serializing_if = "Option::is_none")]
    pub filter: Option<String>,
    /// The `nextToken` value returned from a `ListContainerInstances` request indicating that more results are available to fulfill the request and further...
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    /// The maximum number of container instance results that `ListContainerInstances` returned in paginated output.
    #[serde(
        rename = "maxResults",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub max_results: Option<i32>,
    /// Filters the container instances by status.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
}

impl ListContainerInstancesRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("status", CONTAINER_INSTANCE_STATUS_VALUES)];
}

impl WireShape for ListContainerInstancesRequest {
    const SHAPE_NAME: &'static str = "ListContainerInstancesRequest";
    const REQUIRED: &'static [&'static str] = ListContainerInstancesRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ListContainerInstancesRequest::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ListContainerInstancesResponse {
    /// The list of container instances with full ARN entries for each container instance associated with the specified cluster.
    #[serde(
        rename = "containerInstanceArns",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub container_instance_arns: Option<Vec<String>>,
    /// The `nextToken` value to include in a future `ListContainerInstances` request.
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

impl ListContainerInstancesResponse {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for ListContainerInstancesResponse {
    const SHAPE_NAME: &'static str = "ListContainerInstancesResponse";
    const REQUIRED: &'static [&'static str] = ListContainerInstancesResponse::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ListContainerInstancesResponse::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ListDaemonDeploymentsRequest {
    /// Required. The Amazon Resource Name (ARN) of the daemon to list deployments for.
    #[serde(rename = "daemonArn", default, skip_serializing_if = "Option::is_none")]
    pub daemon_arn: Option<String>,
    /// An optional filter to narrow the `ListDaemonDeployments` results by deployment status.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Vec<String>>,
    /// An optional filter to narrow the `ListDaemonDeployments` results by creation time.
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<CreatedAt>,
    /// The maximum number of daemon deployment results that `ListDaemonDeployments` returned in paginated output.
    #[serde(
        rename = "maxResults",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub max_results: Option<i32>,
    /// The `nextToken` value returned from a `ListDaemonDeployments` request indicating that more results are available to fulfill the request and further...
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

impl ListDaemonDeploymentsRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["daemonArn"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("status", DAEMON_DEPLOYMENT_STATUS_VALUES)];
}

impl WireShape for ListDaemonDeploymentsRequest {
    const SHAPE_NAME: &'static str = "ListDaemonDeploymentsRequest";
    const REQUIRED: &'static [&'static str] = ListDaemonDeploymentsRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ListDaemonDeploymentsRequest::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ListDaemonDeploymentsResponse {
    /// The `nextToken` value to include in a future `ListDaemonDeployments` request.
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    /// The list of daemon deployment summaries.
    #[serde(
        rename = "daemonDeployments",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub daemon_deployments: Option<Vec<DaemonDeploymentSummary>>,
}

impl ListDaemonDeploymentsResponse {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for ListDaemonDeploymentsResponse {
    const SHAPE_NAME: &'static str = "ListDaemonDeploymentsResponse";
    const REQUIRED: &'static [&'static str] = ListDaemonDeploymentsResponse::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ListDaemonDeploymentsResponse::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ListDaemonTaskDefinitionsRequest {
    /// The full family name to filter the `ListDaemonTaskDefinitions` results with.
    #[serde(
        rename = "familyPrefix",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub family_prefix: Option<String>,
    /// The exact name of the daemon task definition family to filter results with.
    #[serde(rename = "family", default, skip_serializing_if = "Option::is_none")]
    pub family: Option<String>,
    /// The revision filter to apply.
    #[serde(rename = "revision", default, skip_serializing_if = "Option::is_none")]
    pub revision: Option<String>,
    /// The daemon task definition status to filter the `ListDaemonTaskDefinitions` results with.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The order to sort the results.
    #[serde(rename = "sort", default, skip_serializing_if = "Option::is_none")]
    pub sort: Option<String>,
    /// The `nextToken` value returned from a `ListDaemonTaskDefinitions` request indicating that more results are available to fulfill the request and...
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    /// The maximum number of daemon task definition results that `ListDaemonTaskDefinitions` returned in paginated output.
    #[serde(
        rename = "maxResults",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub max_results: Option<i32>,
}

impl ListDaemonTaskDefinitionsRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[
        ("revision", DAEMON_TASK_DEFINITION_REVISION_FILTER_VALUES),
        ("status", DAEMON_TASK_DEFINITION_STATUS_FILTER_VALUES),
        ("sort", SORT_ORDER_VALUES),
    ];
}

impl WireShape for ListDaemonTaskDefinitionsRequest {
    const SHAPE_NAME: &'static str = "ListDaemonTaskDefinitionsRequest";
    const REQUIRED: &'static [&'static str] = ListDaemonTaskDefinitionsRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ListDaemonTaskDefinitionsRequest::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ListDaemonTaskDefinitionsResponse {
    /// The list of daemon task definition summaries.
    #[serde(
        rename = "daemonTaskDefinitions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub daemon_task_definitions: Option<Vec<DaemonTaskDefinitionSummary>>,
    /// The `nextToken` value to include in a future `ListDaemonTaskDefinitions` request.
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

impl ListDaemonTaskDefinitionsResponse {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for ListDaemonTaskDefinitionsResponse {
    const SHAPE_NAME: &'static str = "ListDaemonTaskDefinitionsResponse";
    const REQUIRED: &'static [&'static str] = ListDaemonTaskDefinitionsResponse::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ListDaemonTaskDefinitionsResponse::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ListDaemonsRequest {
    /// The Amazon Resource Name (ARN) of the cluster to filter daemons by.
    #[serde(
        rename = "clusterArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cluster_arn: Option<String>,
    /// The Amazon Resource Names (ARNs) of the capacity providers to filter daemons by.
    #[serde(
        rename = "capacityProviderArns",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub capacity_provider_arns: Option<Vec<String>>,
    /// The maximum number of daemon results that `ListDaemons` returned in paginated output.
    #[serde(
        rename = "maxResults",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub max_results: Option<i32>,
    /// The `nextToken` value returned from a `ListDaemons` request indicating that more results are available to fulfill the request and further calls will...
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

impl ListDaemonsRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for ListDaemonsRequest {
    const SHAPE_NAME: &'static str = "ListDaemonsRequest";
    const REQUIRED: &'static [&'static str] = ListDaemonsRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ListDaemonsRequest::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ListDaemonsResponse {
    /// The list of daemon summaries.
    #[serde(
        rename = "daemonSummariesList",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub daemon_summaries_list: Option<Vec<DaemonSummary>>,
    /// The `nextToken` value to include in a future `ListDaemons` request.
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

impl ListDaemonsResponse {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for ListDaemonsResponse {
    const SHAPE_NAME: &'static str = "ListDaemonsResponse";
    const REQUIRED: &'static [&'static str] = ListDaemonsResponse::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ListDaemonsResponse::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ListGatewayClusterAssociationsRequest {
    /// The name or Amazon Resource Name (ARN) of a gateway to filter the results by.
    #[serde(rename = "gateway", default, skip_serializing_if = "Option::is_none")]
    pub gateway: Option<String>,
    /// The name or Amazon Resource Name (ARN) of a cluster to filter the results by.
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    /// The association status to filter the results by.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Vec<String>>,
    /// The maximum number of results that the operation returns in a single page.
    #[serde(
        rename = "maxResults",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub max_results: Option<i32>,
    /// The `nextToken` value returned from a previous paginated request.
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

impl ListGatewayClusterAssociationsRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("status", GATEWAY_CLUSTER_ASSOCIATION_STATUS_VALUES)];
}

impl WireShape for ListGatewayClusterAssociationsRequest {
    const SHAPE_NAME: &'static str = "ListGatewayClusterAssociationsRequest";
    const REQUIRED: &'static [&'static str] = ListGatewayClusterAssociationsRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ListGatewayClusterAssociationsRequest::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ListGatewayClusterAssociationsResponse {
    /// The gateway-cluster associations that match the request.
    #[serde(
        rename = "gatewayClusterAssociations",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub gateway_cluster_associations: Option<Vec<GatewayClusterAssociationSummary>>,
    /// The `nextToken` value to include in a future request to retrieve the next page of results.
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

impl ListGatewayClusterAssociationsResponse {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for ListGatewayClusterAssociationsResponse {
    const SHAPE_NAME: &'static str = "ListGatewayClusterAssociationsResponse";
    const REQUIRED: &'static [&'static str] = ListGatewayClusterAssociationsResponse::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ListGatewayClusterAssociationsResponse::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ListGatewayRoutesRequest {
    /// The name or Amazon Resource Name (ARN) of a gateway to filter the results by.
    #[serde(rename = "gateway", default, skip_serializing_if = "Option::is_none")]
    pub gateway: Option<String>,
    /// The name or Amazon Resource Name (ARN) of a cluster to filter the results by.
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    /// The name or Amazon Resource Name (ARN) of a service to filter the results by.
    #[serde(rename = "service", default, skip_serializing_if = "Option::is_none")]
    pub service: Option<String>,
    /// The name of a task definition container port to filter the results by.
    #[serde(
        rename = "serviceContainerPortName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_container_port_name: Option<String>,
    /// The gateway route status to filter the results by.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Vec<String>>,
    /// The maximum number of results that the operation returns in a single page.
    #[serde(
        rename = "maxResults",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub max_results: Option<i32>,
    /// The `nextToken` value returned from a previous paginated request.
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

impl ListGatewayRoutesRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("status", GATEWAY_ROUTE_STATUS_VALUES)];
}

impl WireShape for ListGatewayRoutesRequest {
    const SHAPE_NAME: &'static str = "ListGatewayRoutesRequest";
    const REQUIRED: &'static [&'static str] = ListGatewayRoutesRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ListGatewayRoutesRequest::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ListGatewayRoutesResponse {
    /// The gateway routes that match the request.
    #[serde(
        rename = "gatewayRoutes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub gateway_routes: Option<Vec<GatewayRouteSummary>>,
    /// The `nextToken` value to include in a future request to retrieve the next page of results.
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

impl ListGatewayRoutesResponse {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for ListGatewayRoutesResponse {
    const SHAPE_NAME: &'static str = "ListGatewayRoutesResponse";
    const REQUIRED: &'static [&'static str] = ListGatewayRoutesResponse::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ListGatewayRoutesResponse::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ListGatewaysRequest {
    /// The gateway names to filter the results by.
    #[serde(rename = "names", default, skip_serializing_if = "Option::is_none")]
    pub names: Option<Vec<String>>,
    /// The gateway statuses to filter the results by.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Vec<String>>,
    /// The maximum number of gateway results that `ListGateways` returns in a single page.
    #[serde(
        rename = "maxResults",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub max_results: Option<i32>,
    /// The `nextToken` value returned from a previous paginated `ListGateways` request where `maxResults` was used and the results exceeded the value of...
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

impl ListGatewaysRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("status", GATEWAY_STATUS_VALUES)];
}

impl WireShape for ListGatewaysRequest {
    const SHAPE_NAME: &'static str = "ListGatewaysRequest";
    const REQUIRED: &'static [&'static str] = ListGatewaysRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ListGatewaysRequest::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ListGatewaysResponse {
    /// The list of gateways that match the request.
    #[serde(rename = "gateways", default, skip_serializing_if = "Option::is_none")]
    pub gateways: Option<Vec<GatewaySummary>>,
    /// The `nextToken` value to include in a future `ListGateways` request.
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

impl ListGatewaysResponse {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for ListGatewaysResponse {
    const SHAPE_NAME: &'static str = "ListGatewaysResponse";
    const REQUIRED: &'static [&'static str] = ListGatewaysResponse::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ListGatewaysResponse::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ListServiceDeploymentsRequest {
    /// Required. The ARN or name of the service
    #[serde(rename = "service", default, skip_serializing_if = "Option::is_none")]
    pub service: Option<String>,
    /// The cluster that hosts the service.
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    /// An optional filter you can use to narrow the results.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Vec<String>>,
    /// An optional filter you can use to narrow the results by the service creation date.
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<CreatedAt>,
    /// The `nextToken` value returned from a `ListServiceDeployments` request indicating that more results are available to fulfill the request and further...
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    /// The maximum number of service deployment results that `ListServiceDeployments` returned in paginated output.
    #[serde(
        rename = "maxResults",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub max_results: Option<i32>,
}

impl ListServiceDeploymentsRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["service"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("status", SERVICE_DEPLOYMENT_STATUS_VALUES)];
}

impl WireShape for ListServiceDeploymentsRequest {
    const SHAPE_NAME: &'static str = "ListServiceDeploymentsRequest";
    const REQUIRED: &'static [&'static str] = ListServiceDeploymentsRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ListServiceDeploymentsRequest::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ListServiceDeploymentsResponse {
    /// An overview of the service deployment, including the following properties:
    #[serde(
        rename = "serviceDeployments",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_deployments: Option<Vec<ServiceDeploymentBrief>>,
    /// The `nextToken` value to include in a future `ListServiceDeployments` request.
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

impl ListServiceDeploymentsResponse {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for ListServiceDeploymentsResponse {
    const SHAPE_NAME: &'static str = "ListServiceDeploymentsResponse";
    const REQUIRED: &'static [&'static str] = ListServiceDeploymentsResponse::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ListServiceDeploymentsResponse::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ListServicesByNamespaceRequest {
    /// Required. The namespace name or full Amazon Resource Name (ARN) of the Cloud Map namespace to list the services in.
    #[serde(rename = "namespace", default, skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
    /// The `nextToken` value that's returned from a `ListServicesByNamespace` request.
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    /// The maximum number of service results that `ListServicesByNamespace` returns in paginated output.
    #[serde(
        rename = "maxResults",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub max_results: Option<i32>,
}

impl ListServicesByNamespaceRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["namespace"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for ListServicesByNamespaceRequest {
    const SHAPE_NAME: &'static str = "ListServicesByNamespaceRequest";
    const REQUIRED: &'static [&'static str] = ListServicesByNamespaceRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ListServicesByNamespaceRequest::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ListServicesByNamespaceResponse {
    /// The list of full ARN entries for each service that's associated with the specified namespace.
    #[serde(
        rename = "serviceArns",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_arns: Option<Vec<String>>,
    /// The `nextToken` value to include in a future `ListServicesByNamespace` request.
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

impl ListServicesByNamespaceResponse {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for ListServicesByNamespaceResponse {
    const SHAPE_NAME: &'static str = "ListServicesByNamespaceResponse";
    const REQUIRED: &'static [&'static str] = ListServicesByNamespaceResponse::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ListServicesByNamespaceResponse::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ListServicesRequest {
    /// The short name or full Amazon Resource Name (ARN) of the cluster to use when filtering the `ListServices` results.
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    /// The `nextToken` value returned from a `ListServices` request indicating that more results are available to fulfill the request and further calls will...
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    /// The maximum number of service results that `ListServices` returned in paginated output.
    #[serde(
        rename = "maxResults",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub max_results: Option<i32>,
    /// The launch type to use when filtering the `ListServices` results.
    #[serde(
        rename = "launchType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub launch_type: Option<String>,
    /// The scheduling strategy to use when filtering the `ListServices` results.
    #[serde(
        rename = "schedulingStrategy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub scheduling_strategy: Option<String>,
    /// The resourceManagementType type to use when filtering the `ListServices` results.
    #[serde(
        rename = "resourceManagementType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub resource_management_type: Option<String>,
}

impl ListServicesRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[
        ("launchType", LAUNCH_TYPE_VALUES),
        ("schedulingStrategy", SCHEDULING_STRATEGY_VALUES),
        ("resourceManagementType", RESOURCE_MANAGEMENT_TYPE_VALUES),
    ];
}

impl WireShape for ListServicesRequest {
    const SHAPE_NAME: &'static str = "ListServicesRequest";
    const REQUIRED: &'static [&'static str] = ListServicesRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ListServicesRequest::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ListServicesResponse {
    /// The list of full ARN entries for each service that's associated with the specified cluster.
    #[serde(
        rename = "serviceArns",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_arns: Option<Vec<String>>,
    /// The `nextToken` value to include in a future `ListServices` request.
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

impl ListServicesResponse {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for ListServicesResponse {
    const SHAPE_NAME: &'static str = "ListServicesResponse";
    const REQUIRED: &'static [&'static str] = ListServicesResponse::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ListServicesResponse::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ListTagsForResourceRequest {
    /// Required. The Amazon Resource Name (ARN) that identifies the resource to list the tags for.
    #[serde(
        rename = "resourceArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub resource_arn: Option<String>,
}

impl ListTagsForResourceRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["resourceArn"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for ListTagsForResourceRequest {
    const SHAPE_NAME: &'static str = "ListTagsForResourceRequest";
    const REQUIRED: &'static [&'static str] = ListTagsForResourceRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ListTagsForResourceRequest::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ListTagsForResourceResponse {
    /// The tags for the resource.
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
}

impl ListTagsForResourceResponse {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for ListTagsForResourceResponse {
    const SHAPE_NAME: &'static str = "ListTagsForResourceResponse";
    const REQUIRED: &'static [&'static str] = ListTagsForResourceResponse::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ListTagsForResourceResponse::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ListTaskDefinitionFamiliesRequest {
    /// The `familyPrefix` is a string that's used to filter the results of `ListTaskDefinitionFamilies`.
    #[serde(
        rename = "familyPrefix",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub family_prefix: Option<String>,
    /// The task definition family status to filter the `ListTaskDefinitionFamilies` results with.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The `nextToken` value returned from a `ListTaskDefinitionFamilies` request indicating that more results are available to fulfill the request and...
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    /// The maximum number of task definition family results that `ListTaskDefinitionFamilies` returned in paginated output.
    #[serde(
        rename = "maxResults",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub max_results: Option<i32>,
}

impl ListTaskDefinitionFamiliesRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("status", TASK_DEFINITION_FAMILY_STATUS_VALUES)];
}

impl WireShape for ListTaskDefinitionFamiliesRequest {
    const SHAPE_NAME: &'static str = "ListTaskDefinitionFamiliesRequest";
    const REQUIRED: &'static [&'static str] = ListTaskDefinitionFamiliesRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ListTaskDefinitionFamiliesRequest::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ListTaskDefinitionFamiliesResponse {
    /// The list of task definition family names that match the `ListTaskDefinitionFamilies` request.
    #[serde(rename = "families", default, skip_serializing_if = "Option::is_none")]
    pub families: Option<Vec<String>>,
    /// The `nextToken` value to include in a future `ListTaskDefinitionFamilies` request.
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

impl ListTaskDefinitionFamiliesResponse {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for ListTaskDefinitionFamiliesResponse {
    const SHAPE_NAME: &'static str = "ListTaskDefinitionFamiliesResponse";
    const REQUIRED: &'static [&'static str] = ListTaskDefinitionFamiliesResponse::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ListTaskDefinitionFamiliesResponse::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ListTaskDefinitionsRequest {
    /// The full family name to filter the `ListTaskDefinitions` results with.
    #[serde(
        rename = "familyPrefix",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub family_prefix: Option<String>,
    /// The task definition status to filter the `ListTaskDefinitions` results with.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The order to sort the results in.
    #[serde(rename = "sort", default, skip_serializing_if = "Option::is_none")]
    pub sort: Option<String>,
    /// The `nextToken` value returned from a `ListTaskDefinitions` request indicating that more results are available to fulfill the request and further...
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    /// The maximum number of task definition results that `ListTaskDefinitions` returned in paginated output.
    #[serde(
        rename = "maxResults",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub max_results: Option<i32>,
}

impl ListTaskDefinitionsRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[
        ("status", TASK_DEFINITION_STATUS_VALUES),
        ("sort", SORT_ORDER_VALUES),
    ];
}

impl WireShape for ListTaskDefinitionsRequest {
    const SHAPE_NAME: &'static str = "ListTaskDefinitionsRequest";
    const REQUIRED: &'static [&'static str] = ListTaskDefinitionsRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ListTaskDefinitionsRequest::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ListTaskDefinitionsResponse {
    /// The list of task definition Amazon Resource Name (ARN) entries for the `ListTaskDefinitions` request.
    #[serde(
        rename = "taskDefinitionArns",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub task_definition_arns: Option<Vec<String>>,
    /// The `nextToken` value to include in a future `ListTaskDefinitions` request.
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

impl ListTaskDefinitionsResponse {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for ListTaskDefinitionsResponse {
    const SHAPE_NAME: &'static str = "ListTaskDefinitionsResponse";
    const REQUIRED: &'static [&'static str] = ListTaskDefinitionsResponse::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ListTaskDefinitionsResponse::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ListTasksRequest {
    /// The short name or full Amazon Resource Name (ARN) of the cluster to use when filtering the `ListTasks` results.
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    /// The container instance ID or full ARN of the container instance to use when filtering the `ListTasks` results.
    #[serde(
        rename = "containerInstance",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub container_instance: Option<String>,
    /// The name of the task definition family to use when filtering the `ListTasks` results.
    #[serde(rename = "family", default, skip_serializing_if = "Option::is_none")]
    pub family: Option<String>,
    /// The `nextToken` value returned from a `ListTasks` request indicating that more results are available to fulfill the request and further calls will be...
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    /// The maximum number of task results that `ListTasks` returned in paginated output.
    #[serde(
        rename = "maxResults",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub max_results: Option<i32>,
    /// The `startedBy` value to filter the task results with.
    #[serde(rename = "startedBy", default, skip_serializing_if = "Option::is_none")]
    pub started_by: Option<String>,
    /// The name of the service to use when filtering the `ListTasks` results.
    #[serde(
        rename = "serviceName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_name: Option<String>,
    /// The task desired status to use when filtering the `ListTasks` results.
    #[serde(
        rename = "desiredStatus",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub desired_status: Option<String>,
    /// The launch type to use when filtering the `ListTasks` results.
    #[serde(
        rename = "launchType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub launch_type: Option<String>,
    /// The name of the daemon to use when filtering the `ListTasks` results.
    #[serde(
        rename = "daemonName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub daemon_name: Option<String>,
}

impl ListTasksRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[
        ("desiredStatus", DESIRED_STATUS_VALUES),
        ("launchType", LAUNCH_TYPE_VALUES),
    ];
}

impl WireShape for ListTasksRequest {
    const SHAPE_NAME: &'static str = "ListTasksRequest";
    const REQUIRED: &'static [&'static str] = ListTasksRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ListTasksRequest::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ListTasksResponse {
    /// The list of task ARN entries for the `ListTasks` request.
    #[serde(rename = "taskArns", default, skip_serializing_if = "Option::is_none")]
    pub task_arns: Option<Vec<String>>,
    /// The `nextToken` value to include in a future `ListTasks` request.
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

impl ListTasksResponse {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for ListTasksResponse {
    const SHAPE_NAME: &'static str = "ListTasksResponse";
    const REQUIRED: &'static [&'static str] = ListTasksResponse::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ListTasksResponse::ENUM_MEMBERS;
}

/// The load balancer configuration to use with a service or task set.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct LoadBalancer {
    /// The full Amazon Resource Name (ARN) of the Elastic Load Balancing target group or groups associated with a service or task set.
    #[serde(
        rename = "targetGroupArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub target_group_arn: Option<String>,
    /// The name of the load balancer to associate with the Amazon ECS service or task set.
    #[serde(
        rename = "loadBalancerName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub load_balancer_name: Option<String>,
    /// The name of the container (as it appears in a container definition) to associate with the load balancer.
    #[serde(
        rename = "containerName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub container_name: Option<String>,
    /// The port on the container to associate with the load balancer.
    #[serde(
        rename = "containerPort",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub container_port: Option<i32>,
    /// The advanced settings for the load balancer used in blue/green deployments.
    #[serde(
        rename = "advancedConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub advanced_configuration: Option<AdvancedConfiguration>,
}

impl LoadBalancer {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for LoadBalancer {
    const SHAPE_NAME: &'static str = "LoadBalancer";
    const REQUIRED: &'static [&'static str] = LoadBalancer::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        LoadBalancer::ENUM_MEMBERS;
}

/// The log configuration for the container.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct LogConfiguration {
    /// Required. The log driver to use for the container.
    #[serde(rename = "logDriver", default, skip_serializing_if = "Option::is_none")]
    pub log_driver: Option<String>,
    /// The configuration options to send to the log driver.
    #[serde(rename = "options", default, skip_serializing_if = "Option::is_none")]
    pub options: Option<BTreeMap<String, String>>,
    /// The secrets to pass to the log configuration.
    #[serde(
        rename = "secretOptions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub secret_options: Option<Vec<Secret>>,
}

impl LogConfiguration {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["logDriver"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("logDriver", LOG_DRIVER_VALUES)];
}

impl WireShape for LogConfiguration {
    const SHAPE_NAME: &'static str = "LogConfiguration";
    const REQUIRED: &'static [&'static str] = LogConfiguration::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        LogConfiguration::ENUM_MEMBERS;
}

/// The configuration for a log driver volume in a daemon task definition.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct LogDriverVolumeConfiguration {
    /// Required. The log driver whose log files the volume contains.
    #[serde(rename = "driver", default, skip_serializing_if = "Option::is_none")]
    pub driver: Option<String>,
}

impl LogDriverVolumeConfiguration {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["driver"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("driver", LOG_DRIVER_VALUES)];
}

impl WireShape for LogDriverVolumeConfiguration {
    const SHAPE_NAME: &'static str = "LogDriverVolumeConfiguration";
    const REQUIRED: &'static [&'static str] = LogDriverVolumeConfiguration::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        LogDriverVolumeConfiguration::ENUM_MEMBERS;
}

/// Details about the managed agent status for the container.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ManagedAgent {
    /// The Unix timestamp for the time when the managed agent was last started.
    #[serde(
        rename = "lastStartedAt",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub last_started_at: Option<Timestamp>,
    /// The name of the managed agent.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The reason for why the managed agent is in the state it is in.
    #[serde(rename = "reason", default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// The last known status of the managed agent.
    #[serde(
        rename = "lastStatus",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub last_status: Option<String>,
}

impl ManagedAgent {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("name", MANAGED_AGENT_NAME_VALUES)];
}

impl WireShape for ManagedAgent {
    const SHAPE_NAME: &'static str = "ManagedAgent";
    const REQUIRED: &'static [&'static str] = ManagedAgent::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ManagedAgent::ENUM_MEMBERS;
}

/// An object representing a change in state for a managed agent.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ManagedAgentStateChange {
    /// Required. The name of the container that's associated with the managed agent.
    #[serde(
        rename = "containerName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub container_name: Option<String>,
    /// Required. The name of the managed agent.
    #[serde(
        rename = "managedAgentName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub managed_agent_name: Option<String>,
    /// Required. The status of the managed agent.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The reason for the status of the managed agent.
    #[serde(rename = "reason", default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

impl ManagedAgentStateChange {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["containerName", "managedAgentName", "status"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("managedAgentName", MANAGED_AGENT_NAME_VALUES)];
}

impl WireShape for ManagedAgentStateChange {
    const SHAPE_NAME: &'static str = "ManagedAgentStateChange";
    const REQUIRED: &'static [&'static str] = ManagedAgentStateChange::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ManagedAgentStateChange::ENUM_MEMBERS;
}

/// The Application Auto Scaling policy created by Amazon ECS when you create an Express service.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ManagedApplicationAutoScalingPolicy {
    /// The Amazon Resource Name (ARN) of the Application Auto Scaling policy associated with the Express service.
    #[serde(rename = "arn", default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    /// Required. The status of Application Auto Scaling policy creation.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Information about why the Application Auto Scaling policy is in the current status.
    #[serde(
        rename = "statusReason",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub status_reason: Option<String>,
    /// Required. The Unix timestamp for when the Application Auto Scaling policy was last updated.
    #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<Timestamp>,
    /// Required. The type of Application Auto Scaling policy associated with the Express service.
    #[serde(
        rename = "policyType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub policy_type: Option<String>,
    /// Required. The target value for the auto scaling metric.
    #[serde(
        rename = "targetValue",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub target_value: Option<f64>,
    /// Required. The metric used for auto scaling decisions.
    #[serde(rename = "metric", default, skip_serializing_if = "Option::is_none")]
    pub metric: Option<String>,
}

impl ManagedApplicationAutoScalingPolicy {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] =
        &["status", "updatedAt", "policyType", "targetValue", "metric"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("status", MANAGED_RESOURCE_STATUS_VALUES)];
}

impl WireShape for ManagedApplicationAutoScalingPolicy {
    const SHAPE_NAME: &'static str = "ManagedApplicationAutoScalingPolicy";
    const REQUIRED: &'static [&'static str] = ManagedApplicationAutoScalingPolicy::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ManagedApplicationAutoScalingPolicy::ENUM_MEMBERS;
}

/// The auto scaling configuration created by Amazon ECS for an Express service.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ManagedAutoScaling {
    /// Represents a scalable target.
    #[serde(
        rename = "scalableTarget",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub scalable_target: Option<ManagedScalableTarget>,
    /// The policy used for auto scaling.
    #[serde(
        rename = "applicationAutoScalingPolicies",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub application_auto_scaling_policies: Option<Vec<ManagedApplicationAutoScalingPolicy>>,
}

impl ManagedAutoScaling {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for ManagedAutoScaling {
    const SHAPE_NAME: &'static str = "ManagedAutoScaling";
    const REQUIRED: &'static [&'static str] = ManagedAutoScaling::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ManagedAutoScaling::ENUM_MEMBERS;
}

/// The ACM certificate associated with the HTTPS domain created for the Express service.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ManagedCertificate {
    /// The Amazon Resource Name (ARN) of the ACM certificate.
    #[serde(rename = "arn", default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    /// Required. The status of the ACM; certificate.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Information about why the ACM certificate is in the current status.
    #[serde(
        rename = "statusReason",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub status_reason: Option<String>,
    /// Required. The Unix timestamp for when the ACM certificate was last updated
    #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<Timestamp>,
    /// Required. The fully qualified domain name (FQDN) that is secured with this ACM certificate.
    #[serde(
        rename = "domainName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub domain_name: Option<String>,
}

impl ManagedCertificate {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["status", "updatedAt", "domainName"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("status", MANAGED_RESOURCE_STATUS_VALUES)];
}

impl WireShape for ManagedCertificate {
    const SHAPE_NAME: &'static str = "ManagedCertificate";
    const REQUIRED: &'static [&'static str] = ManagedCertificate::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ManagedCertificate::ENUM_MEMBERS;
}

/// The entry point into the Express service.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ManagedIngressPath {
    /// Required. The type of access to the endpoint for the Express service.
    #[serde(
        rename = "accessType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub access_type: Option<String>,
    /// Required. The endpoint for access to the Express service.
    #[serde(rename = "endpoint", default, skip_serializing_if = "Option::is_none")]
    pub endpoint: Option<String>,
    /// The Application Load Balancer associated with the Express service.
    #[serde(
        rename = "loadBalancer",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub load_balancer: Option<ManagedLoadBalancer>,
    /// The security groups associated with the Application Load Balancer.
    #[serde(
        rename = "loadBalancerSecurityGroups",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub load_balancer_security_groups: Option<Vec<ManagedSecurityGroup>>,
    /// The ACM certificate for the Express service's domain.
    #[serde(
        rename = "certificate",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub certificate: Option<ManagedCertificate>,
    /// The listeners associated with the Application Load Balancer.
    #[serde(rename = "listener", default, skip_serializing_if = "Option::is_none")]
    pub listener: Option<ManagedListener>,
    /// The listener rules for the Application Load Balancer.
    #[serde(rename = "rule", default, skip_serializing_if = "Option::is_none")]
    pub rule: Option<ManagedListenerRule>,
    /// The target groups associated with the Application Load Balancer.
    #[serde(
        rename = "targetGroups",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub target_groups: Option<Vec<ManagedTargetGroup>>,
}

impl ManagedIngressPath {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["accessType", "endpoint"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("accessType", ACCESS_TYPE_VALUES)];
}

impl WireShape for ManagedIngressPath {
    const SHAPE_NAME: &'static str = "ManagedIngressPath";
    const REQUIRED: &'static [&'static str] = ManagedIngressPath::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ManagedIngressPath::ENUM_MEMBERS;
}

/// The local storage configuration for Amazon ECS Managed Instances.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ManagedInstancesLocalStorageConfiguration {
    /// Use instance store volumes for data storage when available.
    #[serde(
        rename = "useLocalStorage",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub use_local_storage: Option<bool>,
}

impl ManagedInstancesLocalStorageConfiguration {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for ManagedInstancesLocalStorageConfiguration {
    const SHAPE_NAME: &'static str = "ManagedInstancesLocalStorageConfiguration";
    const REQUIRED: &'static [&'static str] = ManagedInstancesLocalStorageConfiguration::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ManagedInstancesLocalStorageConfiguration::ENUM_MEMBERS;
}

/// The network configuration for Amazon ECS Managed Instances.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ManagedInstancesNetworkConfiguration {
    /// The list of subnet IDs where Amazon ECS can launch Amazon ECS Managed Instances.
    #[serde(rename = "subnets", default, skip_serializing_if = "Option::is_none")]
    pub subnets: Option<Vec<String>>,
    /// The list of security group IDs to apply to Amazon ECS Managed Instances.
    #[serde(
        rename = "securityGroups",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub security_groups: Option<Vec<String>>,
}

impl ManagedInstancesNetworkConfiguration {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for ManagedInstancesNetworkConfiguration {
    const SHAPE_NAME: &'static str = "ManagedInstancesNetworkConfiguration";
    const REQUIRED: &'static [&'static str] = ManagedInstancesNetworkConfiguration::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ManagedInstancesNetworkConfiguration::ENUM_MEMBERS;
}

/// The configuration for a Amazon ECS Managed Instances provider.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ManagedInstancesProvider {
    /// The Amazon Resource Name (ARN) of the infrastructure role that Amazon ECS assumes to manage instances.
    #[serde(
        rename = "infrastructureRoleArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub infrastructure_role_arn: Option<String>,
    /// The launch template that defines how Amazon ECS launches Amazon ECS Managed Instances.
    #[serde(
        rename = "instanceLaunchTemplate",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub instance_launch_template: Option<InstanceLaunchTemplate>,
    /// Determines whether tags from the capacity provider are automatically applied to Amazon ECS Managed Instances.
    #[serde(
        rename = "propagateTags",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub propagate_tags: Option<String>,
    /// Defines how Amazon ECS Managed Instances optimizes the infrastastructure in your capacity provider.
    #[serde(
        rename = "infrastructureOptimization",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub infrastructure_optimization: Option<InfrastructureOptimization>,
    /// The auto repair configuration for the Amazon ECS Managed Instances capacity provider.
    #[serde(
        rename = "autoRepairConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub auto_repair_configuration: Option<AutoRepairConfiguration>,
}

impl ManagedInstancesProvider {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("propagateTags", PROPAGATE_MI_TAGS_VALUES)];
}

impl WireShape for ManagedInstancesProvider {
    const SHAPE_NAME: &'static str = "ManagedInstancesProvider";
    const REQUIRED: &'static [&'static str] = ManagedInstancesProvider::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ManagedInstancesProvider::ENUM_MEMBERS;
}

/// The storage configuration for Amazon ECS Managed Instances.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ManagedInstancesStorageConfiguration {
    /// The size of the data volume.
    #[serde(
        rename = "storageSizeGiB",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub storage_size_gi_b: Option<i32>,
}

impl ManagedInstancesStorageConfiguration {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for ManagedInstancesStorageConfiguration {
    const SHAPE_NAME: &'static str = "ManagedInstancesStorageConfiguration";
    const REQUIRED: &'static [&'static str] = ManagedInstancesStorageConfiguration::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ManagedInstancesStorageConfiguration::ENUM_MEMBERS;
}

/// The listeners associated with the Express service's Application Load Balancer.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ManagedListener {
    /// The Amazon Resource Name (ARN) of the load balancer listener.
    #[serde(rename = "arn", default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    /// Required. The status of the load balancer listener.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Informaion about why the load balancer listener is in the current status.
    #[serde(
        rename = "statusReason",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub status_reason: Option<String>,
    /// Required. The Unix timestamp for when this listener was most recently updated.
    #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<Timestamp>,
}

impl ManagedListener {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["status", "updatedAt"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("status", MANAGED_RESOURCE_STATUS_VALUES)];
}

impl WireShape for ManagedListener {
    const SHAPE_NAME: &'static str = "ManagedListener";
    const REQUIRED: &'static [&'static str] = ManagedListener::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ManagedListener::ENUM_MEMBERS;
}

/// The listener rule associated with the Express service's Application Load Balancer.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ManagedListenerRule {
    /// The Amazon Resource Name (ARN) of the load balancer listener rule.
    #[serde(rename = "arn", default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    /// Required. The status of the load balancer listener rule.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Information about why the load balancer listener rule is in the current status.
    #[serde(
        rename = "statusReason",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub status_reason: Option<String>,
    /// Required. The Unix timestamp for when this listener rule was most recently updated.
    #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<Timestamp>,
}

impl ManagedListenerRule {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["status", "updatedAt"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("status", MANAGED_RESOURCE_STATUS_VALUES)];
}

impl WireShape for ManagedListenerRule {
    const SHAPE_NAME: &'static str = "ManagedListenerRule";
    const REQUIRED: &'static [&'static str] = ManagedListenerRule::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ManagedListenerRule::ENUM_MEMBERS;
}

/// The Application Load Balancer associated with the Express service.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ManagedLoadBalancer {
    /// The Amazon Resource Name (ARN) of the load balancer.
    #[serde(rename = "arn", default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    /// Required. The status of the load balancer.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Information about why the load balancer is in the current status.
    #[serde(
        rename = "statusReason",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub status_reason: Option<String>,
    /// Required. The Unix timestamp for when this load balancer was most recently updated.
    #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<Timestamp>,
    /// Required. The scheme of the load balancer.
    #[serde(rename = "scheme", default, skip_serializing_if = "Option::is_none")]
    pub scheme: Option<String>,
    /// The IDs of the subnets associated with the load balancer.
    #[serde(rename = "subnetIds", default, skip_serializing_if = "Option::is_none")]
    pub subnet_ids: Option<Vec<String>>,
    /// The IDs of the security groups associated with the load balancer.
    #[serde(
        rename = "securityGroupIds",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub security_group_ids: Option<Vec<String>>,
}

impl ManagedLoadBalancer {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["status", "updatedAt", "scheme"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("status", MANAGED_RESOURCE_STATUS_VALUES)];
}

impl WireShape for ManagedLoadBalancer {
    const SHAPE_NAME: &'static str = "ManagedLoadBalancer";
    const REQUIRED: &'static [&'static str] = ManagedLoadBalancer::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ManagedLoadBalancer::ENUM_MEMBERS;
}

/// The Cloudwatch Log Group created by Amazon ECS for an Express service.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ManagedLogGroup {
    /// The Amazon Resource Name (ARN) of the Cloudwatch Log Group associated with the Express service.
    #[serde(rename = "arn", default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    /// Required. The status of the Cloudwatch LogGroup.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Information about why the Cloudwatch LogGroup is in the current status.
    #[serde(
        rename = "statusReason",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub status_reason: Option<String>,
    /// Required. The Unix timestamp for when the Cloudwatch LogGroup was last updated
    #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<Timestamp>,
    /// Required. The name of the Cloudwatch Log Group associated with the Express service.
    #[serde(
        rename = "logGroupName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub log_group_name: Option<String>,
}

impl ManagedLogGroup {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["status", "updatedAt", "logGroupName"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("status", MANAGED_RESOURCE_STATUS_VALUES)];
}

impl WireShape for ManagedLogGroup {
    const SHAPE_NAME: &'static str = "ManagedLogGroup";
    const REQUIRED: &'static [&'static str] = ManagedLogGroup::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ManagedLogGroup::ENUM_MEMBERS;
}

/// The CloudWatch metric alarm associated with the Express service's scaling policy.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ManagedMetricAlarm {
    /// The Amazon Resource Name (ARN) of the CloudWatch metric alarm.
    #[serde(rename = "arn", default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    /// Required. The status of the CloudWatch metric alarm.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Information about why the CloudWatch metric alarm is in the current status.
    #[serde(
        rename = "statusReason",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub status_reason: Option<String>,
    /// Required. The Unix timestamp for when the CloudWatch metric alarm was last updated.
    #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<Timestamp>,
}

impl ManagedMetricAlarm {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["status", "updatedAt"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("status", MANAGED_RESOURCE_STATUS_VALUES)];
}

impl WireShape for ManagedMetricAlarm {
    const SHAPE_NAME: &'static str = "ManagedMetricAlarm";
    const REQUIRED: &'static [&'static str] = ManagedMetricAlarm::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ManagedMetricAlarm::ENUM_MEMBERS;
}

/// Represents a scalable target.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ManagedScalableTarget {
    /// The ARN of the scalable target.
    #[serde(rename = "arn", default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    /// Required. The status of the scalable target.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Information about why the scalable target is in the current status.
    #[serde(
        rename = "statusReason",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub status_reason: Option<String>,
    /// Required. The Unix timestamp for when the target was most recently updated.
    #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<Timestamp>,
    /// Required. The minimum value to scale to in response to a scale-in activity.
    #[serde(
        rename = "minCapacity",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub min_capacity: Option<i32>,
    /// Required. The maximum value to scale to in response to a scale-out activity.
    #[serde(
        rename = "maxCapacity",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub max_capacity: Option<i32>,
}

impl ManagedScalableTarget {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] =
        &["status", "updatedAt", "minCapacity", "maxCapacity"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("status", MANAGED_RESOURCE_STATUS_VALUES)];
}

impl WireShape for ManagedScalableTarget {
    const SHAPE_NAME: &'static str = "ManagedScalableTarget";
    const REQUIRED: &'static [&'static str] = ManagedScalableTarget::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ManagedScalableTarget::ENUM_MEMBERS;
}

/// The managed scaling settings for the Auto Scaling group capacity provider.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ManagedScaling {
    /// Determines whether to use managed scaling for the capacity provider.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The target capacity utilization as a percentage for the capacity provider.
    #[serde(
        rename = "targetCapacity",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub target_capacity: Option<i32>,
    /// The minimum number of Amazon EC2 instances that Amazon ECS will scale out at one time.
    #[serde(
        rename = "minimumScalingStepSize",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub minimum_scaling_step_size: Option<i32>,
    /// The maximum number of Amazon EC2 instances that Amazon ECS will scale out at one time.
    #[serde(
        rename = "maximumScalingStepSize",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub maximum_scaling_step_size: Option<i32>,
    /// The period of time, in seconds, after a newly launched Amazon EC2 instance can contribute to CloudWatch metrics for Auto Scaling group.
    #[serde(
        rename = "instanceWarmupPeriod",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub instance_warmup_period: Option<i32>,
}

impl ManagedScaling {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("status", MANAGED_SCALING_STATUS_VALUES)];
}

impl WireShape for ManagedScaling {
    const SHAPE_NAME: &'static str = "ManagedScaling";
    const REQUIRED: &'static [&'static str] = ManagedScaling::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ManagedScaling::ENUM_MEMBERS;
}

/// A security group associated with the Express service.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ManagedSecurityGroup {
    /// The ARN of the security group.
    #[serde(rename = "arn", default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    /// Required. The status of the security group.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Information about why the security group is in the current status.
    #[serde(
        rename = "statusReason",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub status_reason: Option<String>,
    /// Required. The Unix timestamp for when the security group was last updated.
    #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<Timestamp>,
}

impl ManagedSecurityGroup {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["status", "updatedAt"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("status", MANAGED_RESOURCE_STATUS_VALUES)];
}

impl WireShape for ManagedSecurityGroup {
    const SHAPE_NAME: &'static str = "ManagedSecurityGroup";
    const REQUIRED: &'static [&'static str] = ManagedSecurityGroup::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ManagedSecurityGroup::ENUM_MEMBERS;
}

/// The managed storage configuration for the cluster.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ManagedStorageConfiguration {
    /// Specify a Key Management Service key ID to encrypt Amazon ECS managed storage.
    #[serde(rename = "kmsKeyId", default, skip_serializing_if = "Option::is_none")]
    pub kms_key_id: Option<String>,
    /// Specify the Key Management Service key ID for Fargate ephemeral storage.
    #[serde(
        rename = "fargateEphemeralStorageKmsKeyId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub fargate_ephemeral_storage_kms_key_id: Option<String>,
}

impl ManagedStorageConfiguration {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for ManagedStorageConfiguration {
    const SHAPE_NAME: &'static str = "ManagedStorageConfiguration";
    const REQUIRED: &'static [&'static str] = ManagedStorageConfiguration::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ManagedStorageConfiguration::ENUM_MEMBERS;
}

/// The target group associated with the Express service's Application Load Balancer.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ManagedTargetGroup {
    /// The Amazon Resource Name (ARN) of the target group.
    #[serde(rename = "arn", default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    /// Required. The status of the target group.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Information about why the target group is in the current status.
    #[serde(
        rename = "statusReason",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub status_reason: Option<String>,
    /// Required. The Unix timestamp for when the target group was last updated.
    #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<Timestamp>,
    /// Required. The destination for health checks on the targets.
    #[serde(
        rename = "healthCheckPath",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub health_check_path: Option<String>,
    /// Required. The port the load balancer uses when performing health checks on targets.
    #[serde(
        rename = "healthCheckPort",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub health_check_port: Option<i32>,
    /// Required. The port on which the targets receive traffic.
    #[serde(rename = "port", default, skip_serializing_if = "Option::is_none")]
    pub port: Option<i32>,
}

impl ManagedTargetGroup {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[
        "status",
        "updatedAt",
        "healthCheckPath",
        "healthCheckPort",
        "port",
    ];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("status", MANAGED_RESOURCE_STATUS_VALUES)];
}

impl WireShape for ManagedTargetGroup {
    const SHAPE_NAME: &'static str = "ManagedTargetGroup";
    const REQUIRED: &'static [&'static str] = ManagedTargetGroup::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ManagedTargetGroup::ENUM_MEMBERS;
}

/// The minimum and maximum amount of memory per vCPU in gibibytes (GiB).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct MemoryGiBPerVCpuRequest {
    /// The minimum amount of memory per vCPU in GiB.
    #[serde(rename = "min", default, skip_serializing_if = "Option::is_none")]
    pub min: Option<f64>,
    /// The maximum amount of memory per vCPU in GiB.
    #[serde(rename = "max", default, skip_serializing_if = "Option::is_none")]
    pub max: Option<f64>,
}

impl MemoryGiBPerVCpuRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for MemoryGiBPerVCpuRequest {
    const SHAPE_NAME: &'static str = "MemoryGiBPerVCpuRequest";
    const REQUIRED: &'static [&'static str] = MemoryGiBPerVCpuRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        MemoryGiBPerVCpuRequest::ENUM_MEMBERS;
}

/// The minimum and maximum amount of memory in mebibytes (MiB) for instance type selection.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct MemoryMiBRequest {
    /// Required. The minimum amount of memory in MiB.
    #[serde(rename = "min", default, skip_serializing_if = "Option::is_none")]
    pub min: Option<i32>,
    /// The maximum amount of memory in MiB.
    #[serde(rename = "max", default, skip_serializing_if = "Option::is_none")]
    pub max: Option<i32>,
}

impl MemoryMiBRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["min"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for MemoryMiBRequest {
    const SHAPE_NAME: &'static str = "MemoryMiBRequest";
    const REQUIRED: &'static [&'static str] = MemoryMiBRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        MemoryMiBRequest::ENUM_MEMBERS;
}

/// The configuration for a specific set of metrics to collect for a service.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct MetricConfiguration {
    /// Required. The list of metric names to configure.
    #[serde(
        rename = "metricNames",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub metric_names: Option<Vec<String>>,
    /// Required. The resolution, in seconds, at which to collect the metrics.
    #[serde(
        rename = "resolutionSeconds",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub resolution_seconds: Option<i32>,
}

impl MetricConfiguration {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["metricNames", "resolutionSeconds"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for MetricConfiguration {
    const SHAPE_NAME: &'static str = "MetricConfiguration";
    const REQUIRED: &'static [&'static str] = MetricConfiguration::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        MetricConfiguration::ENUM_MEMBERS;
}

/// Error shape. Amazon ECS can't determine the current version of the Amazon ECS container agent on the container instance and doesn't have enough information to...
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct MissingVersionException {
    /// Message that describes the cause of the exception.
    #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

impl MissingVersionException {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for MissingVersionException {
    const SHAPE_NAME: &'static str = "MissingVersionException";
    const REQUIRED: &'static [&'static str] = MissingVersionException::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        MissingVersionException::ENUM_MEMBERS;
}

/// The optional monitoring configuration for a service, which defines the resolution for the service-level `CPUUtilization` and `MemoryUtilization`...
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct MonitoringConfiguration {
    /// The list of metric configurations for the service monitoring.
    #[serde(
        rename = "metricConfigurations",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub metric_configurations: Option<Vec<MetricConfiguration>>,
}

impl MonitoringConfiguration {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for MonitoringConfiguration {
    const SHAPE_NAME: &'static str = "MonitoringConfiguration";
    const REQUIRED: &'static [&'static str] = MonitoringConfiguration::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        MonitoringConfiguration::ENUM_MEMBERS;
}

/// The details for a volume mount point that's used in a container definition.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct MountPoint {
    /// The name of the volume to mount.
    #[serde(
        rename = "sourceVolume",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub source_volume: Option<String>,
    /// The path on the container to mount the host volume at.
    #[serde(
        rename = "containerPath",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub container_path: Option<String>,
    /// If this value is `true`, the container has read-only access to the volume.
    #[serde(rename = "readOnly", default, skip_serializing_if = "Option::is_none")]
    pub read_only: Option<bool>,
}

impl MountPoint {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for MountPoint {
    const SHAPE_NAME: &'static str = "MountPoint";
    const REQUIRED: &'static [&'static str] = MountPoint::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        MountPoint::ENUM_MEMBERS;
}

/// Error shape. The specified namespace wasn't found.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct NamespaceNotFoundException {
    /// Message that describes the cause of the exception.
    #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

impl NamespaceNotFoundException {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for NamespaceNotFoundException {
    const SHAPE_NAME: &'static str = "NamespaceNotFoundException";
    const REQUIRED: &'static [&'static str] = NamespaceNotFoundException::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        NamespaceNotFoundException::ENUM_MEMBERS;
}

/// The minimum and maximum network bandwidth in gigabits per second (Gbps) for instance type selection.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct NetworkBandwidthGbpsRequest {
    /// The minimum network bandwidth in Gbps.
    #[serde(rename = "min", default, skip_serializing_if = "Option::is_none")]
    pub min: Option<f64>,
    /// The maximum network bandwidth in Gbps.
    #[serde(rename = "max", default, skip_serializing_if = "Option::is_none")]
    pub max: Option<f64>,
}

impl NetworkBandwidthGbpsRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for NetworkBandwidthGbpsRequest {
    const SHAPE_NAME: &'static str = "NetworkBandwidthGbpsRequest";
    const REQUIRED: &'static [&'static str] = NetworkBandwidthGbpsRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        NetworkBandwidthGbpsRequest::ENUM_MEMBERS;
}

/// Details on the network bindings between a container and its host container instance.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct NetworkBinding {
    /// The IP address that the container is bound to on the container instance.
    #[serde(rename = "bindIP", default, skip_serializing_if = "Option::is_none")]
    pub bind_ip: Option<String>,
    /// The port number on the container that's used with the network binding.
    #[serde(
        rename = "containerPort",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub container_port: Option<i32>,
    /// The port number on the host that's used with the network binding.
    #[serde(rename = "hostPort", default, skip_serializing_if = "Option::is_none")]
    pub host_port: Option<i32>,
    /// The protocol used for the network binding.
    #[serde(rename = "protocol", default, skip_serializing_if = "Option::is_none")]
    pub protocol: Option<String>,
    /// The port number range on the container that's bound to the dynamically mapped host port range.
    #[serde(
        rename = "containerPortRange",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub container_port_range: Option<String>,
    /// The port number range on the host that's used with the network binding.
    #[serde(
        rename = "hostPortRange",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub host_port_range: Option<String>,
}

impl NetworkBinding {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("protocol", TRANSPORT_PROTOCOL_VALUES)];
}

impl WireShape for NetworkBinding {
    const SHAPE_NAME: &'static str = "NetworkBinding";
    const REQUIRED: &'static [&'static str] = NetworkBinding::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        NetworkBinding::ENUM_MEMBERS;
}

/// The network configuration for a task or service.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct NetworkConfiguration {
    /// The VPC subnets and security groups that are associated with a task.
    #[serde(
        rename = "awsvpcConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub awsvpc_configuration: Option<AwsVpcConfiguration>,
}

impl NetworkConfiguration {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for NetworkConfiguration {
    const SHAPE_NAME: &'static str = "NetworkConfiguration";
    const REQUIRED: &'static [&'static str] = NetworkConfiguration::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        NetworkConfiguration::ENUM_MEMBERS;
}

/// An object representing the elastic network interface for tasks that use the `awsvpc` network mode.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct NetworkInterface {
    /// The attachment ID for the network interface.
    #[serde(
        rename = "attachmentId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub attachment_id: Option<String>,
    /// The private IPv4 address for the network interface.
    #[serde(
        rename = "privateIpv4Address",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub private_ipv4_address: Option<String>,
    /// The private IPv6 address for the network interface.
    #[serde(
        rename = "ipv6Address",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub ipv6_address: Option<String>,
}

impl NetworkInterface {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for NetworkInterface {
    const SHAPE_NAME: &'static str = "NetworkInterface";
    const REQUIRED: &'static [&'static str] = NetworkInterface::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        NetworkInterface::ENUM_MEMBERS;
}

/// The minimum and maximum number of network interfaces for instance type selection.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct NetworkInterfaceCountRequest {
    /// The minimum number of network interfaces.
    #[serde(rename = "min", default, skip_serializing_if = "Option::is_none")]
    pub min: Option<i32>,
    /// The maximum number of network interfaces.
    #[serde(rename = "max", default, skip_serializing_if = "Option::is_none")]
    pub max: Option<i32>,
}

impl NetworkInterfaceCountRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for NetworkInterfaceCountRequest {
    const SHAPE_NAME: &'static str = "NetworkInterfaceCountRequest";
    const REQUIRED: &'static [&'static str] = NetworkInterfaceCountRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        NetworkInterfaceCountRequest::ENUM_MEMBERS;
}

/// Error shape. There's no update available for this Amazon ECS container agent.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct NoUpdateAvailableException {
    /// Message that describes the cause of the exception.
    #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

impl NoUpdateAvailableException {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for NoUpdateAvailableException {
    const SHAPE_NAME: &'static str = "NoUpdateAvailableException";
    const REQUIRED: &'static [&'static str] = NoUpdateAvailableException::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        NoUpdateAvailableException::ENUM_MEMBERS;
}

/// The GPU memory and compute limits for a container that shares a GPU by using NVIDIA Multi-Process Service (MPS).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct NvidiaMpsAllocation {
    /// Required. The amount of GPU memory, in MiB, to allocate to the container.
    #[serde(rename = "memory", default, skip_serializing_if = "Option::is_none")]
    pub memory: Option<i32>,
    /// The maximum percentage of the GPU's compute capacity that the container can use.
    #[serde(
        rename = "maxComputePercent",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub max_compute_percent: Option<i32>,
}

impl NvidiaMpsAllocation {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["memory"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for NvidiaMpsAllocation {
    const SHAPE_NAME: &'static str = "NvidiaMpsAllocation";
    const REQUIRED: &'static [&'static str] = NvidiaMpsAllocation::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        NvidiaMpsAllocation::ENUM_MEMBERS;
}

/// An object representing a constraint on task placement.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PlacementConstraint {
    /// The type of constraint.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// A cluster query language expression to apply to the constraint.
    #[serde(
        rename = "expression",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub expression: Option<String>,
}

impl PlacementConstraint {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("type", PLACEMENT_CONSTRAINT_TYPE_VALUES)];
}

impl WireShape for PlacementConstraint {
    const SHAPE_NAME: &'static str = "PlacementConstraint";
    const REQUIRED: &'static [&'static str] = PlacementConstraint::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        PlacementConstraint::ENUM_MEMBERS;
}

/// The task placement strategy for a task or service.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PlacementStrategy {
    /// The type of placement strategy.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// The field to apply the placement strategy against.
    #[serde(rename = "field", default, skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
}

impl PlacementStrategy {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("type", PLACEMENT_STRATEGY_TYPE_VALUES)];
}

impl WireShape for PlacementStrategy {
    const SHAPE_NAME: &'static str = "PlacementStrategy";
    const REQUIRED: &'static [&'static str] = PlacementStrategy::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        PlacementStrategy::ENUM_MEMBERS;
}

/// The devices that are available on the container instance.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PlatformDevice {
    /// Required. The ID for the GPU or Neuron device on the container instance.
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Required. The type of device that's available on the container instance.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
}

impl PlatformDevice {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["id", "type"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("type", PLATFORM_DEVICE_TYPE_VALUES)];
}

impl WireShape for PlatformDevice {
    const SHAPE_NAME: &'static str = "PlatformDevice";
    const REQUIRED: &'static [&'static str] = PlatformDevice::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        PlatformDevice::ENUM_MEMBERS;
}

/// Error shape. The specified platform version doesn't satisfy the required capabilities of the task definition.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PlatformTaskDefinitionIncompatibilityException {
    /// Message that describes the cause of the exception.
    #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

impl PlatformTaskDefinitionIncompatibilityException {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for PlatformTaskDefinitionIncompatibilityException {
    const SHAPE_NAME: &'static str = "PlatformTaskDefinitionIncompatibilityException";
    const REQUIRED: &'static [&'static str] =
        PlatformTaskDefinitionIncompatibilityException::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        PlatformTaskDefinitionIncompatibilityException::ENUM_MEMBERS;
}

/// Error shape. The specified platform version doesn't exist.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PlatformUnknownException {
    /// Message that describes the cause of the exception.
    #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

impl PlatformUnknownException {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for PlatformUnknownException {
    const SHAPE_NAME: &'static str = "PlatformUnknownException";
    const REQUIRED: &'static [&'static str] = PlatformUnknownException::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        PlatformUnknownException::ENUM_MEMBERS;
}

/// Port mappings allow containers to access ports on the host container instance to send or receive traffic.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PortMapping {
    /// The port number on the container that's bound to the user-specified or automatically assigned host port.
    #[serde(
        rename = "containerPort",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub container_port: Option<i32>,
    /// The port number on the container instance to reserve for your container.
    #[serde(rename = "hostPort", default, skip_serializing_if = "Option::is_none")]
    pub host_port: Option<i32>,
    /// The protocol that's used for the port mapping.
    #[serde(rename = "protocol", default, skip_serializing_if = "Option::is_none")]
    pub protocol: Option<String>,
    /// The name that's used for the port mapping.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The application protocol that's used for the port mapping.
    #[serde(
        rename = "appProtocol",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub app_protocol: Option<String>,
    /// The port number range on the container that's bound to the dynamically mapped host port range.
    #[serde(
        rename = "containerPortRange",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub container_port_range: Option<String>,
}

impl PortMapping {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[
        ("protocol", TRANSPORT_PROTOCOL_VALUES),
        ("appProtocol", APPLICATION_PROTOCOL_VALUES),
    ];
}

impl WireShape for PortMapping {
    const SHAPE_NAME: &'static str = "PortMapping";
    const REQUIRED: &'static [&'static str] = PortMapping::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        PortMapping::ENUM_MEMBERS;
}

/// An object representing the protection status details for a task.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ProtectedTask {
    /// The task ARN.
    #[serde(rename = "taskArn", default, skip_serializing_if = "Option::is_none")]
    pub task_arn: Option<String>,
    /// The protection status of the task.
    #[serde(
        rename = "protectionEnabled",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub protection_enabled: Option<bool>,
    /// The epoch time when protection for the task will expire.
    #[serde(
        rename = "expirationDate",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub expiration_date: Option<Timestamp>,
}

impl ProtectedTask {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for ProtectedTask {
    const SHAPE_NAME: &'static str = "ProtectedTask";
    const REQUIRED: &'static [&'static str] = ProtectedTask::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ProtectedTask::ENUM_MEMBERS;
}

/// The configuration details for the App Mesh proxy.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ProxyConfiguration {
    /// The proxy type.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Required. The name of the container that will serve as the App Mesh proxy.
    #[serde(
        rename = "containerName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub container_name: Option<String>,
    /// The set of network configuration parameters to provide the Container Network Interface (CNI) plugin, specified as key-value pairs.
    #[serde(
        rename = "properties",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub properties: Option<Vec<KeyValuePair>>,
}

impl ProxyConfiguration {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["containerName"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("type", PROXY_CONFIGURATION_TYPE_VALUES)];
}

impl WireShape for ProxyConfiguration {
    const SHAPE_NAME: &'static str = "ProxyConfiguration";
    const REQUIRED: &'static [&'static str] = ProxyConfiguration::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ProxyConfiguration::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PutAccountSettingDefaultRequest {
    /// Required. The resource name for which to modify the account setting.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Required. The account setting value for the specified principal ARN.
    #[serde(rename = "value", default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

impl PutAccountSettingDefaultRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["name", "value"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("name", SETTING_NAME_VALUES)];
}

impl WireShape for PutAccountSettingDefaultRequest {
    const SHAPE_NAME: &'static str = "PutAccountSettingDefaultRequest";
    const REQUIRED: &'static [&'static str] = PutAccountSettingDefaultRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        PutAccountSettingDefaultRequest::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PutAccountSettingDefaultResponse {
    /// The current setting for a resource.
    #[serde(rename = "setting", default, skip_serializing_if = "Option::is_none")]
    pub setting: Option<Setting>,
}

impl PutAccountSettingDefaultResponse {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for PutAccountSettingDefaultResponse {
    const SHAPE_NAME: &'static str = "PutAccountSettingDefaultResponse";
    const REQUIRED: &'static [&'static str] = PutAccountSettingDefaultResponse::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        PutAccountSettingDefaultResponse::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PutAccountSettingRequest {
    /// Required. The Amazon ECS account setting name to modify.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Required. The account setting value for the specified principal ARN.
    #[serde(rename = "value", default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// The ARN of the principal, which can be a user, role, or the root user.
    #[serde(
        rename = "principalArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub principal_arn: Option<String>,
}

impl PutAccountSettingRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["name", "value"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("name", SETTING_NAME_VALUES)];
}

impl WireShape for PutAccountSettingRequest {
    const SHAPE_NAME: &'static str = "PutAccountSettingRequest";
    const REQUIRED: &'static [&'static str] = PutAccountSettingRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        PutAccountSettingRequest::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PutAccountSettingResponse {
    /// The current account setting for a resource.
    #[serde(rename = "setting", default, skip_serializing_if = "Option::is_none")]
    pub setting: Option<Setting>,
}

impl PutAccountSettingResponse {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for PutAccountSettingResponse {
    const SHAPE_NAME: &'static str = "PutAccountSettingResponse";
    const REQUIRED: &'static [&'static str] = PutAccountSettingResponse::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        PutAccountSettingResponse::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PutAttributesRequest {
    /// The short name or full Amazon Resource Name (ARN) of the cluster that contains the resource to apply attributes.
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    /// Required. The attributes to apply to your resource.
    #[serde(
        rename = "attributes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub attributes: Option<Vec<Attribute>>,
}

impl PutAttributesRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["attributes"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for PutAttributesRequest {
    const SHAPE_NAME: &'static str = "PutAttributesRequest";
    const REQUIRED: &'static [&'static str] = PutAttributesRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        PutAttributesRequest::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PutAttributesResponse {
    /// The attributes applied to your resource.
    #[serde(
        rename = "attributes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub attributes: Option<Vec<Attribute>>,
}

impl PutAttributesResponse {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for PutAttributesResponse {
    const SHAPE_NAME: &'static str = "PutAttributesResponse";
    const REQUIRED: &'static [&'static str] = PutAttributesResponse::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        PutAttributesResponse::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PutClusterCapacityProvidersRequest {
    /// Required. The short name or full Amazon Resource Name (ARN) of the cluster to modify the capacity provider settings for.
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    /// Required. The name of one or more capacity providers to associate with the cluster.
    #[serde(
        rename = "capacityProviders",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub capacity_providers: Option<Vec<String>>,
    /// Required. The capacity provider strategy to use by default for the cluster.
    #[serde(
        rename = "defaultCapacityProviderStrategy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub default_capacity_provider_strategy: Option<Vec<CapacityProviderStrategyItem>>,
}

impl PutClusterCapacityProvidersRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[
        "cluster",
        "capacityProviders",
        "defaultCapacityProviderStrategy",
    ];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for PutClusterCapacityProvidersRequest {
    const SHAPE_NAME: &'static str = "PutClusterCapacityProvidersRequest";
    const REQUIRED: &'static [&'static str] = PutClusterCapacityProvidersRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        PutClusterCapacityProvidersRequest::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PutClusterCapacityProvidersResponse {
    /// Details about the cluster.
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<Cluster>,
}

impl PutClusterCapacityProvidersResponse {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for PutClusterCapacityProvidersResponse {
    const SHAPE_NAME: &'static str = "PutClusterCapacityProvidersResponse";
    const REQUIRED: &'static [&'static str] = PutClusterCapacityProvidersResponse::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        PutClusterCapacityProvidersResponse::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RegisterContainerInstanceRequest {
    /// The short name or full Amazon Resource Name (ARN) of the cluster to register your container instance with.
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    /// The instance identity document for the EC2 instance to register.
    #[serde(
        rename = "instanceIdentityDocument",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub instance_identity_document: Option<String>,
    /// The instance identity document signature for the EC2 instance to register.
    #[serde(
        rename = "instanceIdentityDocumentSignature",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub instance_identity_document_signature: Option<String>,
    /// The resources available on the instance.
    #[serde(
        rename = "totalResources",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub total_resources: Option<Vec<Resource>>,
    /// The version information for the Amazon ECS container agent and Docker daemon that runs on the container instance.
    #[serde(
        rename = "versionInfo",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub version_info: Option<VersionInfo>,
    /// The ARN of the container instance (if it was previously registered).
    #[serde(
        rename = "containerInstanceArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub container_instance_arn: Option<String>,
    /// The container instance attributes that this container instance supports.
    #[serde(
        rename = "attributes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub attributes: Option<Vec<Attribute>>,
    /// The devices that are available on the container instance.
    #[serde(
        rename = "platformDevices",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub platform_devices: Option<Vec<PlatformDevice>>,
    /// The metadata that you apply to the container instance to help you categorize and organize them.
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
}

impl RegisterContainerInstanceRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for RegisterContainerInstanceRequest {
    const SHAPE_NAME: &'static str = "RegisterContainerInstanceRequest";
    const REQUIRED: &'static [&'static str] = RegisterContainerInstanceRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        RegisterContainerInstanceRequest::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RegisterContainerInstanceResponse {
    /// The container instance that was registered.
    #[serde(
        rename = "containerInstance",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub container_instance: Option<ContainerInstance>,
}

impl RegisterContainerInstanceResponse {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for RegisterContainerInstanceResponse {
    const SHAPE_NAME: &'static str = "RegisterContainerInstanceResponse";
    const REQUIRED: &'static [&'static str] = RegisterContainerInstanceResponse::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        RegisterContainerInstanceResponse::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RegisterDaemonTaskDefinitionRequest {
    /// Required. You must specify a `family` for a daemon task definition.
    #[serde(rename = "family", default, skip_serializing_if = "Option::is_none")]
    pub family: Option<String>,
    /// The short name or full Amazon Resource Name (ARN) of the IAM role that containers in this daemon task can assume.
    #[serde(
        rename = "taskRoleArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub task_role_arn: Option<String>,
    /// The Amazon Resource Name (ARN) of the task execution role that grants the Amazon ECS container agent permission to make Amazon Web Services API calls...
    #[serde(
        rename = "executionRoleArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub execution_role_arn: Option<String>,
    /// Required. A list of container definitions in JSON format that describe the containers that make up your daemon task.
    #[serde(
        rename = "containerDefinitions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub container_definitions: Option<Vec<DaemonContainerDefinition>>,
    /// The number of CPU units used by the daemon task.
    #[serde(rename = "cpu", default, skip_serializing_if = "Option::is_none")]
    pub cpu: Option<String>,
    /// The amount of memory (in MiB) used by the daemon task.
    #[serde(rename = "memory", default, skip_serializing_if = "Option::is_none")]
    pub memory: Option<String>,
    /// A list of volume definitions in JSON format that containers in your daemon task can use.
    #[serde(rename = "volumes", default, skip_serializing_if = "Option::is_none")]
    pub volumes: Option<Vec<DaemonVolume>>,
    /// The metadata that you apply to the daemon task definition to help you categorize and organize them.
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    /// The PID namespace mode for the daemon.
    #[serde(rename = "pidMode", default, skip_serializing_if = "Option::is_none")]
    pub pid_mode: Option<String>,
    /// The IPC namespace mode for the daemon.
    #[serde(rename = "ipcMode", default, skip_serializing_if = "Option::is_none")]
    pub ipc_mode: Option<String>,
}

impl RegisterDaemonTaskDefinitionRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["family", "containerDefinitions"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[
        ("pidMode", DAEMON_PID_MODE_VALUES),
        ("ipcMode", DAEMON_IPC_MODE_VALUES),
    ];
}

impl WireShape for RegisterDaemonTaskDefinitionRequest {
    const SHAPE_NAME: &'static str = "RegisterDaemonTaskDefinitionRequest";
    const REQUIRED: &'static [&'static str] = RegisterDaemonTaskDefinitionRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        RegisterDaemonTaskDefinitionRequest::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RegisterDaemonTaskDefinitionResponse {
    /// The full Amazon Resource Name (ARN) of the registered daemon task definition.
    #[serde(
        rename = "daemonTaskDefinitionArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub daemon_task_definition_arn: Option<String>,
}

impl RegisterDaemonTaskDefinitionResponse {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for RegisterDaemonTaskDefinitionResponse {
    const SHAPE_NAME: &'static str = "RegisterDaemonTaskDefinitionResponse";
    const REQUIRED: &'static [&'static str] = RegisterDaemonTaskDefinitionResponse::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        RegisterDaemonTaskDefinitionResponse::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RegisterTaskDefinitionRequest {
    /// Required. You must specify a `family` for a task definition.
    #[serde(rename = "family", default, skip_serializing_if = "Option::is_none")]
    pub family: Option<String>,
    /// The short name or full Amazon Resource Name (ARN) of the IAM role that containers in this task can assume.
    #[serde(
        rename = "taskRoleArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub task_role_arn: Option<String>,
    /// The Amazon Resource Name (ARN) of the task execution role that grants the Amazon ECS container agent permission to make Amazon Web Services API calls...
    #[serde(
        rename = "executionRoleArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub execution_role_arn: Option<String>,
    /// The Docker networking mode to use for the containers in the task.
    #[serde(
        rename = "networkMode",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub network_mode: Option<String>,
    /// Required. A list of container definitions in JSON format that describe the different containers that make up your task.
    #[serde(
        rename = "containerDefinitions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub container_definitions: Option<Vec<ContainerDefinition>>,
    /// A list of volume definitions in JSON format that containers in your task might use.
    #[serde(rename = "volumes", default, skip_serializing_if = "Option::is_none")]
    pub volumes: Option<Vec<Volume>>,
    /// An array of placement constraint objects to use for the task.
    #[serde(
        rename = "placementConstraints",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub placement_constraints: Option<Vec<TaskDefinitionPlacementConstraint>>,
    /// The task launch type that Amazon ECS validates the task definition against.
    #[serde(
        rename = "requiresCompatibilities",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub requires_compatibilities: Option<Vec<String>>,
    /// The number of CPU units used by the task.
    #[serde(rename = "cpu", default, skip_serializing_if = "Option::is_none")]
    pub cpu: Option<String>,
    /// The amount of memory (in MiB) used by the task.
    #[serde(rename = "memory", default, skip_serializing_if = "Option::is_none")]
    pub memory: Option<String>,
    /// The metadata that you apply to the task definition to help you categorize and organize them.
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    /// The process namespace to use for the containers in the task.
    #[serde(rename = "pidMode", default, skip_serializing_if = "Option::is_none")]
    pub pid_mode: Option<String>,
    /// The IPC resource namespace to use for the containers in the task.
    #[serde(rename = "ipcMode", default, skip_serializing_if = "Option::is_none")]
    pub ipc_mode: Option<String>,
    /// The configuration details for the App Mesh proxy.
    #[serde(
        rename = "proxyConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub proxy_configuration: Option<ProxyConfiguration>,
    /// Deprecated. The Elastic Inference accelerators to use for the containers in the task.
    #[serde(
        rename = "inferenceAccelerators",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub inference_accelerators: Option<Vec<InferenceAccelerator>>,
    /// The amount of ephemeral storage to allocate for the task.
    #[serde(
        rename = "ephemeralStorage",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub ephemeral_storage: Option<EphemeralStorage>,
    /// The operating system that your tasks definitions run on.
    #[serde(
        rename = "runtimePlatform",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub runtime_platform: Option<RuntimePlatform>,
    /// Enables fault injection when you register your task definition and allows for fault injection requests to be accepted from the task's containers.
    #[serde(
        rename = "enableFaultInjection",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_fault_injection: Option<bool>,
    /// The trusted execution configuration for tasks that use this task definition, including the isolation mode and, if configured, an attestation policy.
    #[serde(
        rename = "trustedExecutionConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub trusted_execution_configuration: Option<TrustedExecutionConfiguration>,
}

impl RegisterTaskDefinitionRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["family", "containerDefinitions"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[
        ("networkMode", NETWORK_MODE_VALUES),
        ("requiresCompatibilities", COMPATIBILITY_VALUES),
        ("pidMode", PID_MODE_VALUES),
        ("ipcMode", IPC_MODE_VALUES),
    ];
}

impl WireShape for RegisterTaskDefinitionRequest {
    const SHAPE_NAME: &'static str = "RegisterTaskDefinitionRequest";
    const REQUIRED: &'static [&'static str] = RegisterTaskDefinitionRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        RegisterTaskDefinitionRequest::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RegisterTaskDefinitionResponse {
    /// The full description of the registered task definition.
    #[serde(
        rename = "taskDefinition",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub task_definition: Option<TaskDefinition>,
    /// The list of tags associated with the task definition.
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
}

impl RegisterTaskDefinitionResponse {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for RegisterTaskDefinitionResponse {
    const SHAPE_NAME: &'static str = "RegisterTaskDefinitionResponse";
    const REQUIRED: &'static [&'static str] = RegisterTaskDefinitionResponse::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        RegisterTaskDefinitionResponse::ENUM_MEMBERS;
}

/// The repository credentials for private registry authentication.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RepositoryCredentials {
    /// Required. The Amazon Resource Name (ARN) of the secret containing the private repository credentials.
    #[serde(
        rename = "credentialsParameter",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub credentials_parameter: Option<String>,
}

impl RepositoryCredentials {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["credentialsParameter"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for RepositoryCredentials {
    const SHAPE_NAME: &'static str = "RepositoryCredentials";
    const REQUIRED: &'static [&'static str] = RepositoryCredentials::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        RepositoryCredentials::ENUM_MEMBERS;
}

/// The resolved configuration for a service revision, which contains the actual resources your service revision uses, such as which target groups serve...
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ResolvedConfiguration {
    /// The resolved load balancer configuration for the service revision.
    #[serde(
        rename = "loadBalancers",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub load_balancers: Option<Vec<ServiceRevisionLoadBalancer>>,
    /// The resolved VPC Lattice configuration for the service revision.
    #[serde(
        rename = "vpcLatticeConfigurations",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub vpc_lattice_configurations: Option<Vec<ServiceRevisionVpcLatticeConfiguration>>,
}

impl ResolvedConfiguration {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for ResolvedConfiguration {
    const SHAPE_NAME: &'static str = "ResolvedConfiguration";
    const REQUIRED: &'static [&'static str] = ResolvedConfiguration::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ResolvedConfiguration::ENUM_MEMBERS;
}

/// Describes the resources available for a container instance.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Resource {
    /// The name of the resource, such as `CPU`, `MEMORY`, `PORTS`, `PORTS_UDP`, or a user-defined resource.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The type of the resource.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// When the `doubleValue` type is set, the value of the resource must be a double precision floating-point type.
    #[serde(
        rename = "doubleValue",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub double_value: Option<f64>,
    /// When the `longValue` type is set, the value of the resource must be an extended precision floating-point type.
    #[serde(rename = "longValue", default, skip_serializing_if = "Option::is_none")]
    pub long_value: Option<i64>,
    /// When the `integerValue` type is set, the value of the resource must be an integer.
    #[serde(
        rename = "integerValue",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub integer_value: Option<i32>,
    /// When the `stringSetValue` type is set, the value of the resource must be a string type.
    #[serde(
        rename = "stringSetValue",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub string_set_value: Option<Vec<String>>,
}

impl Resource {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for Resource {
    const SHAPE_NAME: &'static str = "Resource";
    const REQUIRED: &'static [&'static str] = Resource::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = Resource::ENUM_MEMBERS;
}

/// Error shape. The specified resource is in-use and can't be removed.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ResourceInUseException {
    /// Message that describes the cause of the exception.
    #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

impl ResourceInUseException {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for ResourceInUseException {
    const SHAPE_NAME: &'static str = "ResourceInUseException";
    const REQUIRED: &'static [&'static str] = ResourceInUseException::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ResourceInUseException::ENUM_MEMBERS;
}

/// Error shape. The specified resource wasn't found.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ResourceNotFoundException {
    /// Message that describes the cause of the exception.
    #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

impl ResourceNotFoundException {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for ResourceNotFoundException {
    const SHAPE_NAME: &'static str = "ResourceNotFoundException";
    const REQUIRED: &'static [&'static str] = ResourceNotFoundException::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ResourceNotFoundException::ENUM_MEMBERS;
}

/// The type and amount of a resource to assign to a container.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ResourceRequirement {
    /// The value for the specified resource type.
    #[serde(rename = "value", default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// Required. The type of resource to assign to a container.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// The strategy that the container uses to share a GPU with other containers.
    #[serde(
        rename = "sharingStrategy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub sharing_strategy: Option<SharingStrategy>,
}

impl ResourceRequirement {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["type"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("type", RESOURCE_TYPE_VALUES)];
}

impl WireShape for ResourceRequirement {
    const SHAPE_NAME: &'static str = "ResourceRequirement";
    const REQUIRED: &'static [&'static str] = ResourceRequirement::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ResourceRequirement::ENUM_MEMBERS;
}

/// Information about the service deployment rollback.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Rollback {
    /// The reason the rollback happened.
    #[serde(rename = "reason", default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// Time time that the rollback started.
    #[serde(rename = "startedAt", default, skip_serializing_if = "Option::is_none")]
    pub started_at: Option<Timestamp>,
    /// The ARN of the service revision deployed as part of the rollback.
    #[serde(
        rename = "serviceRevisionArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_revision_arn: Option<String>,
}

impl Rollback {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for Rollback {
    const SHAPE_NAME: &'static str = "Rollback";
    const REQUIRED: &'static [&'static str] = Rollback::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = Rollback::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RunTaskRequest {
    /// The capacity provider strategy to use for the task.
    #[serde(
        rename = "capacityProviderStrategy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub capacity_provider_strategy: Option<Vec<CapacityProviderStrategyItem>>,
    /// The short name or full Amazon Resource Name (ARN) of the cluster to run your task on.
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    /// The number of instantiations of the specified task to place on your cluster.
    #[serde(rename = "count", default, skip_serializing_if = "Option::is_none")]
    pub count: Option<i32>,
    /// Specifies whether to use Amazon ECS managed tags for the task.
    #[serde(
        rename = "enableECSManagedTags",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_ecs_managed_tags: Option<bool>,
    /// Determines whether to use the execute command functionality for the containers in this task.
    #[serde(
        rename = "enableExecuteCommand",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_execute_command: Option<bool>,
    /// The name of the task group to associate with the task.
    #[serde(rename = "group", default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    /// The infrastructure to run your standalone task on.
    #[serde(
        rename = "launchType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub launch_type: Option<String>,
    /// The network configuration for the task.
    #[serde(
        rename = "networkConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub network_configuration: Option<NetworkConfiguration>,
    /// A list of container overrides in JSON format that specify the name of a container in the specified task definition and the overrides it should...
    #[serde(rename = "overrides", default, skip_serializing_if = "Option::is_none")]
    pub overrides: Option<TaskOverride>,
    /// An array of placement constraint objects to use for the task.
    #[serde(
        rename = "placementConstraints",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub placement_constraints: Option<Vec<PlacementConstraint>>,
    /// The placement strategy objects to use for the task.
    #[serde(
        rename = "placementStrategy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub placement_strategy: Option<Vec<PlacementStrategy>>,
    /// The platform version the task uses.
    #[serde(
        rename = "platformVersion",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub platform_version: Option<String>,
    /// Specifies whether to propagate the tags from the task definition to the task.
    #[serde(
        rename = "propagateTags",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub propagate_tags: Option<String>,
    /// This parameter is only used by Amazon ECS.
    #[serde(
        rename = "referenceId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub reference_id: Option<String>,
    /// An optional tag specified when a task is started.
    #[serde(rename = "startedBy", default, skip_serializing_if = "Option::is_none")]
    pub started_by: Option<String>,
    /// The metadata that you apply to the task to help you categorize and organize them.
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    /// Required. The `family` and `revision` (`family:revision`) or full ARN of the task definition to run.
    #[serde(
        rename = "taskDefinition",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub task_definition: Option<String>,
    /// An identifier that you provide to ensure the idempotency of the request.
    #[serde(
        rename = "clientToken",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub client_token: Option<String>,
    /// The details of the volume that was `configuredAtLaunch`.
    #[serde(
        rename = "volumeConfigurations",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub volume_configurations: Option<Vec<TaskVolumeConfiguration>>,
}

impl RunTaskRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["taskDefinition"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[
        ("launchType", LAUNCH_TYPE_VALUES),
        ("propagateTags", PROPAGATE_TAGS_VALUES),
    ];
}

impl WireShape for RunTaskRequest {
    const SHAPE_NAME: &'static str = "RunTaskRequest";
    const REQUIRED: &'static [&'static str] = RunTaskRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        RunTaskRequest::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RunTaskResponse {
    /// A full description of the tasks that were run.
    #[serde(rename = "tasks", default, skip_serializing_if = "Option::is_none")]
    pub tasks: Option<Vec<Task>>,
    /// Any failures associated with the call.
    #[serde(rename = "failures", default, skip_serializing_if = "Option::is_none")]
    pub failures: Option<Vec<Failure>>,
}

impl RunTaskResponse {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for RunTaskResponse {
    const SHAPE_NAME: &'static str = "RunTaskResponse";
    const REQUIRED: &'static [&'static str] = RunTaskResponse::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        RunTaskResponse::ENUM_MEMBERS;
}

/// Information about the platform for the Amazon ECS service or task.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RuntimePlatform {
    /// The CPU architecture.
    #[serde(
        rename = "cpuArchitecture",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cpu_architecture: Option<String>,
    /// The operating system.
    #[serde(
        rename = "operatingSystemFamily",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub operating_system_family: Option<String>,
}

impl RuntimePlatform {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[
        ("cpuArchitecture", CPU_ARCHITECTURE_VALUES),
        ("operatingSystemFamily", OS_FAMILY_VALUES),
    ];
}

impl WireShape for RuntimePlatform {
    const SHAPE_NAME: &'static str = "RuntimePlatform";
    const REQUIRED: &'static [&'static str] = RuntimePlatform::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        RuntimePlatform::ENUM_MEMBERS;
}

/// The runtime platform that Amazon ECS applies to a service revision.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RuntimePlatformOverride {
    /// The CPU architecture that tasks in this service revision run on.
    #[serde(
        rename = "cpuArchitecture",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cpu_architecture: Option<String>,
}

impl RuntimePlatformOverride {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for RuntimePlatformOverride {
    const SHAPE_NAME: &'static str = "RuntimePlatformOverride";
    const REQUIRED: &'static [&'static str] = RuntimePlatformOverride::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        RuntimePlatformOverride::ENUM_MEMBERS;
}

/// This parameter is specified when you're using an Amazon S3 Files file system for task storage.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct S3FilesVolumeConfiguration {
    /// Required. The full ARN of the S3 Files file system to mount.
    #[serde(
        rename = "fileSystemArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub file_system_arn: Option<String>,
    /// The directory within the Amazon S3 Files file system to mount as the root directory.
    #[serde(
        rename = "rootDirectory",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub root_directory: Option<String>,
    /// The port to use for sending encrypted data between the ECS host and the S3 Files file system.
    #[serde(
        rename = "transitEncryptionPort",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub transit_encryption_port: Option<i32>,
    /// The full ARN of the S3 Files access point to use.
    #[serde(
        rename = "accessPointArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub access_point_arn: Option<String>,
}

impl S3FilesVolumeConfiguration {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["fileSystemArn"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for S3FilesVolumeConfiguration {
    const SHAPE_NAME: &'static str = "S3FilesVolumeConfiguration";
    const REQUIRED: &'static [&'static str] = S3FilesVolumeConfiguration::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        S3FilesVolumeConfiguration::ENUM_MEMBERS;
}

/// A floating-point percentage of the desired number of tasks to place and keep running in the task set.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Scale {
    /// The value, specified as a percent total of a service's `desiredCount`, to scale the task set.
    #[serde(rename = "value", default, skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
    /// The unit of measure for the scale value.
    #[serde(rename = "unit", default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
}

impl Scale {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("unit", SCALE_UNIT_VALUES)];
}

impl WireShape for Scale {
    const SHAPE_NAME: &'static str = "Scale";
    const REQUIRED: &'static [&'static str] = Scale::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = Scale::ENUM_MEMBERS;
}

/// An object representing the secret to expose to your container.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Secret {
    /// Required. The name of the secret.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Required. The secret to expose to the container.
    #[serde(rename = "valueFrom", default, skip_serializing_if = "Option::is_none")]
    pub value_from: Option<String>,
}

impl Secret {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["name", "valueFrom"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for Secret {
    const SHAPE_NAME: &'static str = "Secret";
    const REQUIRED: &'static [&'static str] = Secret::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = Secret::ENUM_MEMBERS;
}

/// Error shape. These errors are usually caused by a server issue.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ServerException {
    /// Message that describes the cause of the exception.
    #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

impl ServerException {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for ServerException {
    const SHAPE_NAME: &'static str = "ServerException";
    const REQUIRED: &'static [&'static str] = ServerException::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ServerException::ENUM_MEMBERS;
}

/// Details on a service within a cluster.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Service {
    /// The ARN that identifies the service.
    #[serde(
        rename = "serviceArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_arn: Option<String>,
    /// The name of your service.
    #[serde(
        rename = "serviceName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_name: Option<String>,
    /// The Amazon Resource Name (ARN) of the cluster that hosts the service.
    #[serde(
        rename = "clusterArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cluster_arn: Option<String>,
    /// A list of Elastic Load Balancing load balancer objects.
    #[serde(
        rename = "loadBalancers",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub load_balancers: Option<Vec<LoadBalancer>>,
    /// The details for the service discovery registries to assign to this service.
    #[serde(
        rename = "serviceRegistries",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_registries: Option<Vec<ServiceRegistry>>,
    /// The status of the service.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The desired number of instantiations of the task definition to keep running on the service.
    #[serde(
        rename = "desiredCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub desired_count: Option<i32>,
    /// The number of tasks in the cluster that are in the `RUNNING` state.
    #[serde(
        rename = "runningCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub running_count: Option<i32>,
    /// The number of tasks in the cluster that are in the `PENDING` state.
    #[serde(
        rename = "pendingCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub pending_count: Option<i32>,
    /// The launch type the service is using.
    #[serde(
        rename = "launchType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub launch_type: Option<String>,
    /// The capacity provider strategy the service uses.
    #[serde(
        rename = "capacityProviderStrategy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub capacity_provider_strategy: Option<Vec<CapacityProviderStrategyItem>>,
    /// The platform version to run your service on.
    #[serde(
        rename = "platformVersion",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub platform_version: Option<String>,
    /// The operating system that your tasks in the service run on.
    #[serde(
        rename = "platformFamily",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub platform_family: Option<String>,
    /// The task definition to use for tasks in the service.
    #[serde(
        rename = "taskDefinition",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub task_definition: Option<String>,
    /// Optional deployment parameters that control how many tasks run during the deployment and the ordering of stopping and starting tasks.
    #[serde(
        rename = "deploymentConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub deployment_configuration: Option<DeploymentConfiguration>,
    /// Information about a set of Amazon ECS tasks in either an CodeDeploy or an `EXTERNAL` deployment.
    #[serde(rename = "taskSets", default, skip_serializing_if = "Option::is_none")]
    pub task_sets: Option<Vec<TaskSet>>,
    /// The current state of deployments for the service.
    #[serde(
        rename = "deployments",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub deployments: Option<Vec<Deployment>>,
    /// The ARN of the IAM role that's associated with the service.
    #[serde(rename = "roleArn", default, skip_serializing_if = "Option::is_none")]
    pub role_arn: Option<String>,
    /// The event stream for your service.
    #[serde(rename = "events", default, skip_serializing_if = "Option::is_none")]
    pub events: Option<Vec<ServiceEvent>>,
    /// The Unix timestamp for the time when the service was created.
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<Timestamp>,
    /// The ARN of the current service deployment.
    #[serde(
        rename = "currentServiceDeployment",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub current_service_deployment: Option<String>,
    /// The list of the service revisions.
    #[serde(
        rename = "currentServiceRevisions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub current_service_revisions: Option<Vec<ServiceCurrentRevisionSummary>>,
    /// The placement constraints for the tasks in the service.
    #[serde(
        rename = "placementConstraints",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub placement_constraints: Option<Vec<PlacementConstraint>>,
    /// The placement strategy that determines how tasks for the service are placed.
    #[serde(
        rename = "placementStrategy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub placement_strategy: Option<Vec<PlacementStrategy>>,
    /// The VPC subnet and security group configuration for tasks that receive their own elastic network interface by using the `awsvpc` networking mode.
    #[serde(
        rename = "networkConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub network_configuration: Option<NetworkConfiguration>,
    /// The period of time, in seconds, that the Amazon ECS service scheduler ignores unhealthy Elastic Load Balancing, VPC Lattice, and container health...
    #[serde(
        rename = "healthCheckGracePeriodSeconds",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub health_check_grace_period_seconds: Option<i32>,
    /// The scheduling strategy to use for the service.
    #[serde(
        rename = "schedulingStrategy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub scheduling_strategy: Option<String>,
    /// The deployment controller type the service is using.
    #[serde(
        rename = "deploymentController",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub deployment_controller: Option<DeploymentController>,
    /// The metadata that you apply to the service to help you categorize and organize them.
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    /// The principal that created the service.
    #[serde(rename = "createdBy", default, skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
    /// Determines whether to use Amazon ECS managed tags for the tasks in the service.
    #[serde(
        rename = "enableECSManagedTags",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_ecs_managed_tags: Option<bool>,
    /// Determines whether to propagate the tags from the task definition or the service to the task.
    #[serde(
        rename = "propagateTags",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub propagate_tags: Option<String>,
    /// Determines whether the execute command functionality is turned on for the service.
    #[serde(
        rename = "enableExecuteCommand",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_execute_command: Option<bool>,
    /// Indicates whether to use Availability Zone rebalancing for the service.
    #[serde(
        rename = "availabilityZoneRebalancing",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub availability_zone_rebalancing: Option<String>,
    /// Identifies whether an ECS Service is an Express Service managed by ECS, or managed by the customer.
    #[serde(
        rename = "resourceManagementType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub resource_management_type: Option<String>,
}

impl Service {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[
        ("launchType", LAUNCH_TYPE_VALUES),
        ("schedulingStrategy", SCHEDULING_STRATEGY_VALUES),
        ("propagateTags", PROPAGATE_TAGS_VALUES),
        (
            "availabilityZoneRebalancing",
            AVAILABILITY_ZONE_REBALANCING_VALUES,
        ),
        ("resourceManagementType", RESOURCE_MANAGEMENT_TYPE_VALUES),
    ];
}

impl WireShape for Service {
    const SHAPE_NAME: &'static str = "Service";
    const REQUIRED: &'static [&'static str] = Service::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = Service::ENUM_MEMBERS;
}

/// Configuration for Service Connect access logging.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ServiceConnectAccessLogConfiguration {
    /// Required. The format for Service Connect access log output.
    #[serde(rename = "format", default, skip_serializing_if = "Option::is_none")]
    pub format: Option<String>,
    /// Specifies whether to include query parameters in Service Connect access logs.
    #[serde(
        rename = "includeQueryParameters",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub include_query_parameters: Option<String>,
}

impl ServiceConnectAccessLogConfiguration {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["format"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[
        ("format", SERVICE_CONNECT_ACCESS_LOGGING_FORMAT_VALUES),
        (
            "includeQueryParameters",
            SERVICE_CONNECT_INCLUDE_QUERY_PARAMETERS_VALUES,
        ),
    ];
}

impl WireShape for ServiceConnectAccessLogConfiguration {
    const SHAPE_NAME: &'static str = "ServiceConnectAccessLogConfiguration";
    const REQUIRED: &'static [&'static str] = ServiceConnectAccessLogConfiguration::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ServiceConnectAccessLogConfiguration::ENUM_MEMBERS;
}

/// Each alias ("endpoint") is a fully-qualified name and port number that other tasks ("clients") can use to connect to this service.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ServiceConnectClientAlias {
    /// Required. The listening port number for the Service Connect proxy.
    #[serde(rename = "port", default, skip_serializing_if = "Option::is_none")]
    pub port: Option<i32>,
    /// The `dnsName` is the name that you use in the applications of client tasks to connect to this service.
    #[serde(rename = "dnsName", default, skip_serializing_if = "Option::is_none")]
    pub dns_name: Option<String>,
    /// The configuration for test traffic routing rules used during blue/green deployments with Amazon ECS Service Connect.
    #[serde(
        rename = "testTrafficRules",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub test_traffic_rules: Option<ServiceConnectTestTrafficRules>,
}

impl ServiceConnectClientAlias {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["port"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for ServiceConnectClientAlias {
    const SHAPE_NAME: &'static str = "ServiceConnectClientAlias";
    const REQUIRED: &'static [&'static str] = ServiceConnectClientAlias::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ServiceConnectClientAlias::ENUM_MEMBERS;
}

/// The Service Connect configuration of your Amazon ECS service.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ServiceConnectConfiguration {
    /// Required. Specifies whether to use Service Connect with this service.
    #[serde(rename = "enabled", default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// The namespace name or full Amazon Resource Name (ARN) of the Cloud Map namespace for use with Service Connect.
    #[serde(rename = "namespace", default, skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
    /// The list of Service Connect service objects.
    #[serde(rename = "services", default, skip_serializing_if = "Option::is_none")]
    pub services: Option<Vec<ServiceConnectService>>,
    #[serde(
        rename = "logConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub log_configuration: Option<LogConfiguration>,
    /// The configuration for Service Connect access logging.
    #[serde(
        rename = "accessLogConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub access_log_configuration: Option<ServiceConnectAccessLogConfiguration>,
    /// The settings for the Service Connect proxy container that Amazon ECS adds to each task in this service.
    #[serde(
        rename = "containerConfigurations",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub container_configurations: Option<Vec<ServiceConnectContainerConfiguration>>,
}

impl ServiceConnectConfiguration {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["enabled"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for ServiceConnectConfiguration {
    const SHAPE_NAME: &'static str = "ServiceConnectConfiguration";
    const REQUIRED: &'static [&'static str] = ServiceConnectConfiguration::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ServiceConnectConfiguration::ENUM_MEMBERS;
}

/// Union: set exactly one member. Contains a configuration setting for the Service Connect proxy container, such as the log level.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ServiceConnectContainerConfiguration {
    /// The log level of the Service Connect proxy container.
    #[serde(rename = "logLevel", default, skip_serializing_if = "Option::is_none")]
    pub log_level: Option<String>,
}

impl ServiceConnectContainerConfiguration {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("logLevel", SERVICE_CONNECT_CONTAINER_LOG_LEVEL_VALUES)];
}

impl WireShape for ServiceConnectContainerConfiguration {
    const SHAPE_NAME: &'static str = "ServiceConnectContainerConfiguration";
    const REQUIRED: &'static [&'static str] = ServiceConnectContainerConfiguration::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ServiceConnectContainerConfiguration::ENUM_MEMBERS;
}

/// The Service Connect service object configuration.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ServiceConnectService {
    /// Required. The `portName` must match the name of one of the `portMappings` from all the containers in the task definition of this Amazon ECS service.
    #[serde(rename = "portName", default, skip_serializing_if = "Option::is_none")]
    pub port_name: Option<String>,
    /// The `discoveryName` is the name of the new Cloud Map service that Amazon ECS creates for this Amazon ECS service.
    #[serde(
        rename = "discoveryName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub discovery_name: Option<String>,
    /// The list of client aliases for this Service Connect service.
    #[serde(
        rename = "clientAliases",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub client_aliases: Option<Vec<ServiceConnectClientAlias>>,
    /// The port number for the Service Connect proxy to listen on.
    #[serde(
        rename = "ingressPortOverride",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub ingress_port_override: Option<i32>,
    /// A reference to an object that represents the configured timeouts for Service Connect.
    #[serde(rename = "timeout", default, skip_serializing_if = "Option::is_none")]
    pub timeout: Option<TimeoutConfiguration>,
    /// A reference to an object that represents a Transport Layer Security (TLS) configuration.
    #[serde(rename = "tls", default, skip_serializing_if = "Option::is_none")]
    pub tls: Option<ServiceConnectTlsConfiguration>,
}

impl ServiceConnectService {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["portName"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for ServiceConnectService {
    const SHAPE_NAME: &'static str = "ServiceConnectService";
    const REQUIRED: &'static [&'static str] = ServiceConnectService::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ServiceConnectService::ENUM_MEMBERS;
}

/// The Service Connect resource.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ServiceConnectServiceResource {
    /// The discovery name of this Service Connect resource.
    #[serde(
        rename = "discoveryName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub discovery_name: Option<String>,
    /// The Amazon Resource Name (ARN) for the service in Cloud Map that matches the discovery name for this Service Connect resource.
    #[serde(
        rename = "discoveryArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub discovery_arn: Option<String>,
}

impl ServiceConnectServiceResource {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for ServiceConnectServiceResource {
    const SHAPE_NAME: &'static str = "ServiceConnectServiceResource";
    const REQUIRED: &'static [&'static str] = ServiceConnectServiceResource::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ServiceConnectServiceResource::ENUM_MEMBERS;
}

/// The header matching rules for test traffic routing in Amazon ECS blue/green deployments.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ServiceConnectTestTrafficHeaderMatchRules {
    /// Required. The exact value that the HTTP header must match for the test traffic routing rule to apply.
    #[serde(rename = "exact", default, skip_serializing_if = "Option::is_none")]
    pub exact: Option<String>,
}

impl ServiceConnectTestTrafficHeaderMatchRules {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["exact"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for ServiceConnectTestTrafficHeaderMatchRules {
    const SHAPE_NAME: &'static str = "ServiceConnectTestTrafficHeaderMatchRules";
    const REQUIRED: &'static [&'static str] = ServiceConnectTestTrafficHeaderMatchRules::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ServiceConnectTestTrafficHeaderMatchRules::ENUM_MEMBERS;
}

/// The HTTP header rules used to identify and route test traffic during Amazon ECS blue/green deployments.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ServiceConnectTestTrafficHeaderRules {
    /// Required. The name of the HTTP header to examine for test traffic routing.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The header value matching configuration that determines how the HTTP header value is evaluated for test traffic routing decisions.
    #[serde(rename = "value", default, skip_serializing_if = "Option::is_none")]
    pub value: Option<ServiceConnectTestTrafficHeaderMatchRules>,
}

impl ServiceConnectTestTrafficHeaderRules {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["name"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for ServiceConnectTestTrafficHeaderRules {
    const SHAPE_NAME: &'static str = "ServiceConnectTestTrafficHeaderRules";
    const REQUIRED: &'static [&'static str] = ServiceConnectTestTrafficHeaderRules::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ServiceConnectTestTrafficHeaderRules::ENUM_MEMBERS;
}

/// The test traffic routing configuration for Amazon ECS blue/green deployments.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ServiceConnectTestTrafficRules {
    /// Required. The HTTP header-based routing rules that determine which requests should be routed to the new service version during blue/green deployment testing.
    #[serde(rename = "header", default, skip_serializing_if = "Option::is_none")]
    pub header: Option<ServiceConnectTestTrafficHeaderRules>,
}

impl ServiceConnectTestTrafficRules {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["header"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for ServiceConnectTestTrafficRules {
    const SHAPE_NAME: &'static str = "ServiceConnectTestTrafficRules";
    const REQUIRED: &'static [&'static str] = ServiceConnectTestTrafficRules::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ServiceConnectTestTrafficRules::ENUM_MEMBERS;
}

/// The certificate root authority that secures your service.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ServiceConnectTlsCertificateAuthority {
    /// The ARN of the Amazon Web Services Private Certificate Authority certificate.
    #[serde(
        rename = "awsPcaAuthorityArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub aws_pca_authority_arn: Option<String>,
}

impl ServiceConnectTlsCertificateAuthority {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for ServiceConnectTlsCertificateAuthority {
    const SHAPE_NAME: &'static str = "ServiceConnectTlsCertificateAuthority";
    const REQUIRED: &'static [&'static str] = ServiceConnectTlsCertificateAuthority::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ServiceConnectTlsCertificateAuthority::ENUM_MEMBERS;
}

/// The key that encrypts and decrypts your resources for Service Connect TLS.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ServiceConnectTlsConfiguration {
    /// Required. The signer certificate authority.
    #[serde(
        rename = "issuerCertificateAuthority",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub issuer_certificate_authority: Option<ServiceConnectTlsCertificateAuthority>,
    /// The Amazon Web Services Key Management Service key.
    #[serde(rename = "kmsKey", default, skip_serializing_if = "Option::is_none")]
    pub kms_key: Option<String>,
    /// The Amazon Resource Name (ARN) of the IAM role that's associated with the Service Connect TLS.
    #[serde(rename = "roleArn", default, skip_serializing_if = "Option::is_none")]
    pub role_arn: Option<String>,
}

impl ServiceConnectTlsConfiguration {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["issuerCertificateAuthority"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for ServiceConnectTlsConfiguration {
    const SHAPE_NAME: &'static str = "ServiceConnectTlsConfiguration";
    const REQUIRED: &'static [&'static str] = ServiceConnectTlsConfiguration::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ServiceConnectTlsConfiguration::ENUM_MEMBERS;
}

/// The summary of the current service revision configuration
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ServiceCurrentRevisionSummary {
    /// The ARN of the current service revision.
    #[serde(rename = "arn", default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    /// The number of requested tasks in the current service revision
    #[serde(
        rename = "requestedTaskCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub requested_task_count: Option<i32>,
    /// The number of running tasks of the current service revision
    #[serde(
        rename = "runningTaskCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub running_task_count: Option<i32>,
    /// The number of pending tasks in the current service revision
    #[serde(
        rename = "pendingTaskCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub pending_task_count: Option<i32>,
}

impl ServiceCurrentRevisionSummary {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for ServiceCurrentRevisionSummary {
    const SHAPE_NAME: &'static str = "ServiceCurrentRevisionSummary";
    const REQUIRED: &'static [&'static str] = ServiceCurrentRevisionSummary::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ServiceCurrentRevisionSummary::ENUM_MEMBERS;
}

/// Information about the service deployment.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ServiceDeployment {
    /// The ARN of the service deployment.
    #[serde(
        rename = "serviceDeploymentArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_deployment_arn: Option<String>,
    /// The ARN of the service for this service deployment.
    #[serde(
        rename = "serviceArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_arn: Option<String>,
    /// The ARN of the cluster that hosts the service.
    #[serde(
        rename = "clusterArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cluster_arn: Option<String>,
    /// The time the service deployment was created.
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<Timestamp>,
    /// The time the service deployment statred.
    #[serde(rename = "startedAt", default, skip_serializing_if = "Option::is_none")]
    pub started_at: Option<Timestamp>,
    /// The time the service deployment finished.
    #[serde(
        rename = "finishedAt",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub finished_at: Option<Timestamp>,
    /// The time the service deployment stopped.
    #[serde(rename = "stoppedAt", default, skip_serializing_if = "Option::is_none")]
    pub stopped_at: Option<Timestamp>,
    /// The time that the service deployment was last updated.
    #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<Timestamp>,
    /// The currently deployed workload configuration.
    #[serde(
        rename = "sourceServiceRevisions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub source_service_revisions: Option<Vec<ServiceRevisionSummary>>,
    /// The workload configuration being deployed.
    #[serde(
        rename = "targetServiceRevision",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub target_service_revision: Option<ServiceRevisionSummary>,
    /// The service deployment state.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Information about why the service deployment is in the current status.
    #[serde(
        rename = "statusReason",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub status_reason: Option<String>,
    /// The current lifecycle stage of the deployment.
    #[serde(
        rename = "lifecycleStage",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub lifecycle_stage: Option<String>,
    /// The details of the lifecycle hooks for the current service deployment.
    #[serde(
        rename = "lifecycleHookDetails",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub lifecycle_hook_details: Option<Vec<DeploymentLifecycleHookDetail>>,
    #[serde(
        rename = "deploymentConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub deployment_configuration: Option<DeploymentConfiguration>,
    /// The rollback options the service deployment uses when the deployment fails.
    #[serde(rename = "rollback", default, skip_serializing_if = "Option::is_none")]
    pub rollback: Option<Rollback>,
    /// The circuit breaker configuration that determines a service deployment failed.
    #[serde(
        rename = "deploymentCircuitBreaker",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub deployment_circuit_breaker: Option<ServiceDeploymentCircuitBreaker>,
    /// The CloudWatch alarms that determine when a service deployment fails.
    #[serde(rename = "alarms", default, skip_serializing_if = "Option::is_none")]
    pub alarms: Option<ServiceDeploymentAlarms>,
}

impl ServiceDeployment {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[
        ("status", SERVICE_DEPLOYMENT_STATUS_VALUES),
        ("lifecycleStage", SERVICE_DEPLOYMENT_LIFECYCLE_STAGE_VALUES),
    ];
}

impl WireShape for ServiceDeployment {
    const SHAPE_NAME: &'static str = "ServiceDeployment";
    const REQUIRED: &'static [&'static str] = ServiceDeployment::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ServiceDeployment::ENUM_MEMBERS;
}

/// The CloudWatch alarms used to determine a service deployment failed.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ServiceDeploymentAlarms {
    /// The status of the alarms check.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The name of the CloudWatch alarms that determine when a service deployment failed.
    #[serde(
        rename = "alarmNames",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub alarm_names: Option<Vec<String>>,
    /// One or more CloudWatch alarm names that have been triggered during the service deployment.
    #[serde(
        rename = "triggeredAlarmNames",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub triggered_alarm_names: Option<Vec<String>>,
}

impl ServiceDeploymentAlarms {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("status", SERVICE_DEPLOYMENT_ROLLBACK_MONITORS_STATUS_VALUES)];
}

impl WireShape for ServiceDeploymentAlarms {
    const SHAPE_NAME: &'static str = "ServiceDeploymentAlarms";
    const REQUIRED: &'static [&'static str] = ServiceDeploymentAlarms::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ServiceDeploymentAlarms::ENUM_MEMBERS;
}

/// The service deployment properties that are retured when you call `ListServiceDeployments`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ServiceDeploymentBrief {
    /// The ARN of the service deployment.
    #[serde(
        rename = "serviceDeploymentArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_deployment_arn: Option<String>,
    /// The ARN of the service for this service deployment.
    #[serde(
        rename = "serviceArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_arn: Option<String>,
    /// The ARN of the cluster that hosts the service.
    #[serde(
        rename = "clusterArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cluster_arn: Option<String>,
    /// The time that the service deployment statred.
    #[serde(rename = "startedAt", default, skip_serializing_if = "Option::is_none")]
    pub started_at: Option<Timestamp>,
    /// The time that the service deployment was created.
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<Timestamp>,
    /// The time that the service deployment completed.
    #[serde(
        rename = "finishedAt",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub finished_at: Option<Timestamp>,
    /// The ARN of the service revision being deplyed.
    #[serde(
        rename = "targetServiceRevisionArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub target_service_revision_arn: Option<String>,
    /// The status of the service deployment
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Information about why the service deployment is in the current status.
    #[serde(
        rename = "statusReason",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub status_reason: Option<String>,
}

impl ServiceDeploymentBrief {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("status", SERVICE_DEPLOYMENT_STATUS_VALUES)];
}

impl WireShape for ServiceDeploymentBrief {
    const SHAPE_NAME: &'static str = "ServiceDeploymentBrief";
    const REQUIRED: &'static [&'static str] = ServiceDeploymentBrief::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ServiceDeploymentBrief::ENUM_MEMBERS;
}

/// Information about the circuit breaker used to determine when a service deployment has failed.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ServiceDeploymentCircuitBreaker {
    /// The circuit breaker status.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The number of times the circuit breaker detected a service deploymeny failure.
    #[serde(
        rename = "failureCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub failure_count: Option<i32>,
    /// The threshhold which determines that the service deployment failed.
    #[serde(rename = "threshold", default, skip_serializing_if = "Option::is_none")]
    pub threshold: Option<i32>,
}

impl ServiceDeploymentCircuitBreaker {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("status", SERVICE_DEPLOYMENT_ROLLBACK_MONITORS_STATUS_VALUES)];
}

impl WireShape for ServiceDeploymentCircuitBreaker {
    const SHAPE_NAME: &'static str = "ServiceDeploymentCircuitBreaker";
    const REQUIRED: &'static [&'static str] = ServiceDeploymentCircuitBreaker::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ServiceDeploymentCircuitBreaker::ENUM_MEMBERS;
}

/// Error shape. The service deploy ARN that you specified in the `ContinueServiceDeployment` doesn't exist.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ServiceDeploymentNotFoundException {
    /// Message that describes the cause of the exception.
    #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

impl ServiceDeploymentNotFoundException {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for ServiceDeploymentNotFoundException {
    const SHAPE_NAME: &'static str = "ServiceDeploymentNotFoundException";
    const REQUIRED: &'static [&'static str] = ServiceDeploymentNotFoundException::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ServiceDeploymentNotFoundException::ENUM_MEMBERS;
}

/// The details for an event that's associated with a service.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ServiceEvent {
    /// The ID string for the event.
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The Unix timestamp for the time when the event was triggered.
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<Timestamp>,
    /// The event message.
    #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

impl ServiceEvent {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for ServiceEvent {
    const SHAPE_NAME: &'static str = "ServiceEvent";
    const REQUIRED: &'static [&'static str] = ServiceEvent::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ServiceEvent::ENUM_MEMBERS;
}

/// The configuration for the Amazon EBS volume that Amazon ECS creates and manages on your behalf.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ServiceManagedEBSVolumeConfiguration {
    /// Indicates whether the volume should be encrypted.
    #[serde(rename = "encrypted", default, skip_serializing_if = "Option::is_none")]
    pub encrypted: Option<bool>,
    /// The Amazon Resource Name (ARN) identifier of the Amazon Web Services Key Management Service key to use for Amazon EBS encryption.
    #[serde(rename = "kmsKeyId", default, skip_serializing_if = "Option::is_none")]
    pub kms_key_id: Option<String>,
    /// The volume type.
    #[serde(
        rename = "volumeType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub volume_type: Option<String>,
    /// The size of the volume in GiB.
    #[serde(rename = "sizeInGiB", default, skip_serializing_if = "Option::is_none")]
    pub size_in_gi_b: Option<i32>,
    /// The snapshot that Amazon ECS uses to create volumes for attachment to tasks maintained by the service.
    #[serde(
        rename = "snapshotId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub snapshot_id: Option<String>,
    /// The rate, in MiB/s, at which data is fetched from a snapshot of an existing EBS volume to create new volumes for attachment to the tasks maintained...
    #[serde(
        rename = "volumeInitializationRate",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub volume_initialization_rate: Option<i32>,
    /// The number of I/O operations per second (IOPS).
    #[serde(rename = "iops", default, skip_serializing_if = "Option::is_none")]
    pub iops: Option<i32>,
    /// The throughput to provision for a volume, in MiB/s, with a maximum of 1,000 MiB/s.
    #[serde(
        rename = "throughput",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub throughput: Option<i32>,
    /// The tags to apply to the volume.
    #[serde(
        rename = "tagSpecifications",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub tag_specifications: Option<Vec<EBSTagSpecification>>,
    /// Required. The ARN of the IAM role to associate with this volume.
    #[serde(rename = "roleArn", default, skip_serializing_if = "Option::is_none")]
    pub role_arn: Option<String>,
    /// The filesystem type for the volume.
    #[serde(
        rename = "filesystemType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub filesystem_type: Option<String>,
}

impl ServiceManagedEBSVolumeConfiguration {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["roleArn"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("filesystemType", TASK_FILESYSTEM_TYPE_VALUES)];
}

impl WireShape for ServiceManagedEBSVolumeConfiguration {
    const SHAPE_NAME: &'static str = "ServiceManagedEBSVolumeConfiguration";
    const REQUIRED: &'static [&'static str] = ServiceManagedEBSVolumeConfiguration::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ServiceManagedEBSVolumeConfiguration::ENUM_MEMBERS;
}

/// Error shape. The specified service isn't active.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ServiceNotActiveException {
    /// Message that describes the cause of the exception.
    #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

impl ServiceNotActiveException {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for ServiceNotActiveException {
    const SHAPE_NAME: &'static str = "ServiceNotActiveException";
    const REQUIRED: &'static [&'static str] = ServiceNotActiveException::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ServiceNotActiveException::ENUM_MEMBERS;
}

/// Error shape. The specified service wasn't found.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ServiceNotFoundException {
    /// Message that describes the cause of the exception.
    #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

impl ServiceNotFoundException {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for ServiceNotFoundException {
    const SHAPE_NAME: &'static str = "ServiceNotFoundException";
    const REQUIRED: &'static [&'static str] = ServiceNotFoundException::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ServiceNotFoundException::ENUM_MEMBERS;
}

/// The details for the service registry.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ServiceRegistry {
    /// The Amazon Resource Name (ARN) of the service registry.
    #[serde(
        rename = "registryArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub registry_arn: Option<String>,
    /// The port value used if your service discovery service specified an SRV record.
    #[serde(rename = "port", default, skip_serializing_if = "Option::is_none")]
    pub port: Option<i32>,
    /// The container name value to be used for your service discovery service.
    #[serde(
        rename = "containerName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub container_name: Option<String>,
    /// The port value to be used for your service discovery service.
    #[serde(
        rename = "containerPort",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub container_port: Option<i32>,
}

impl ServiceRegistry {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for ServiceRegistry {
    const SHAPE_NAME: &'static str = "ServiceRegistry";
    const REQUIRED: &'static [&'static str] = ServiceRegistry::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ServiceRegistry::ENUM_MEMBERS;
}

/// Information about the service revision.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ServiceRevision {
    /// The ARN of the service revision.
    #[serde(
        rename = "serviceRevisionArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_revision_arn: Option<String>,
    /// The ARN of the service for the service revision.
    #[serde(
        rename = "serviceArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_arn: Option<String>,
    /// The ARN of the cluster that hosts the service.
    #[serde(
        rename = "clusterArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cluster_arn: Option<String>,
    /// The task definition the service revision uses.
    #[serde(
        rename = "taskDefinition",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub task_definition: Option<String>,
    /// The capacity provider strategy the service revision uses.
    #[serde(
        rename = "capacityProviderStrategy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub capacity_provider_strategy: Option<Vec<CapacityProviderStrategyItem>>,
    /// The launch type the service revision uses.
    #[serde(
        rename = "launchType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub launch_type: Option<String>,
    /// For the Fargate launch type, the platform version the service revision uses.
    #[serde(
        rename = "platformVersion",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub platform_version: Option<String>,
    /// The platform family the service revision uses.
    #[serde(
        rename = "platformFamily",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub platform_family: Option<String>,
    /// The load balancers the service revision uses.
    #[serde(
        rename = "loadBalancers",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub load_balancers: Option<Vec<LoadBalancer>>,
    /// The service registries (for Service Discovery) the service revision uses.
    #[serde(
        rename = "serviceRegistries",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_registries: Option<Vec<ServiceRegistry>>,
    #[serde(
        rename = "networkConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub network_configuration: Option<NetworkConfiguration>,
    /// The container images the service revision uses.
    #[serde(
        rename = "containerImages",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub container_images: Option<Vec<ContainerImage>>,
    /// Indicates whether Runtime Monitoring is turned on.
    #[serde(
        rename = "guardDutyEnabled",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub guard_duty_enabled: Option<bool>,
    #[serde(
        rename = "serviceConnectConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_connect_configuration: Option<ServiceConnectConfiguration>,
    /// The volumes that are configured at deployment that the service revision uses.
    #[serde(
        rename = "volumeConfigurations",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub volume_configurations: Option<Vec<ServiceVolumeConfiguration>>,
    #[serde(
        rename = "fargateEphemeralStorage",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub fargate_ephemeral_storage: Option<DeploymentEphemeralStorage>,
    /// The time that the service revision was created.
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<Timestamp>,
    /// The VPC Lattice configuration for the service revision.
    #[serde(
        rename = "vpcLatticeConfigurations",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub vpc_lattice_configurations: Option<Vec<VpcLatticeConfiguration>>,
    /// The resolved configuration for the service revision which contains the actual resources your service revision uses, such as which target groups serve...
    #[serde(
        rename = "resolvedConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub resolved_configuration: Option<ResolvedConfiguration>,
    /// The resources created and managed by Amazon ECS when you create an Express service for Amazon ECS.
    #[serde(
        rename = "ecsManagedResources",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub ecs_managed_resources: Option<ECSManagedResources>,
    /// The effective runtime overrides that Amazon ECS applies to this service revision.
    #[serde(rename = "overrides", default, skip_serializing_if = "Option::is_none")]
    pub overrides: Option<ServiceRevisionOverrides>,
    /// The gateway connectors that are associated with the service revision.
    #[serde(
        rename = "gatewayConnectors",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub gateway_connectors: Option<Vec<GatewayConnector>>,
    /// The optional monitoring configuration for the service, which defines the resolution for the service-level `CPUUtilization` and `MemoryUtilization`...
    #[serde(
        rename = "monitoring",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub monitoring: Option<MonitoringConfiguration>,
}

impl ServiceRevision {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("launchType", LAUNCH_TYPE_VALUES)];
}

impl WireShape for ServiceRevision {
    const SHAPE_NAME: &'static str = "ServiceRevision";
    const REQUIRED: &'static [&'static str] = ServiceRevision::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ServiceRevision::ENUM_MEMBERS;
}

/// The resolved load balancer configuration for a service revision.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ServiceRevisionLoadBalancer {
    /// The Amazon Resource Name (ARN) of the target group associated with the service revision.
    #[serde(
        rename = "targetGroupArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub target_group_arn: Option<String>,
    /// The Amazon Resource Name (ARN) of the production listener rule or listener that directs traffic to the target group associated with the service...
    #[serde(
        rename = "productionListenerRule",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub production_listener_rule: Option<String>,
}

impl ServiceRevisionLoadBalancer {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for ServiceRevisionLoadBalancer {
    const SHAPE_NAME: &'static str = "ServiceRevisionLoadBalancer";
    const REQUIRED: &'static [&'static str] = ServiceRevisionLoadBalancer::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ServiceRevisionLoadBalancer::ENUM_MEMBERS;
}

/// Contains the runtime overrides that Amazon ECS automatically applies to a service revision when the effective runtime configuration differs from the...
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ServiceRevisionOverrides {
    /// The runtime platform override that Amazon ECS automatically applies to the service revision.
    #[serde(
        rename = "runtimePlatform",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub runtime_platform: Option<RuntimePlatformOverride>,
}

impl ServiceRevisionOverrides {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for ServiceRevisionOverrides {
    const SHAPE_NAME: &'static str = "ServiceRevisionOverrides";
    const REQUIRED: &'static [&'static str] = ServiceRevisionOverrides::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ServiceRevisionOverrides::ENUM_MEMBERS;
}

/// The information about the number of requested, pending, and running tasks for a service revision.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ServiceRevisionSummary {
    /// The ARN of the service revision.
    #[serde(rename = "arn", default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    /// The number of requested tasks for the service revision.
    #[serde(
        rename = "requestedTaskCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub requested_task_count: Option<i32>,
    /// The number of running tasks for the service revision.
    #[serde(
        rename = "runningTaskCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub running_task_count: Option<i32>,
    /// The number of pending tasks for the service revision.
    #[serde(
        rename = "pendingTaskCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub pending_task_count: Option<i32>,
    /// The percentage of test traffic that is directed to this service revision.
    #[serde(
        rename = "requestedTestTrafficWeight",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub requested_test_traffic_weight: Option<f64>,
    /// The percentage of production traffic that is directed to this service revision.
    #[serde(
        rename = "requestedProductionTrafficWeight",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub requested_production_traffic_weight: Option<f64>,
}

impl ServiceRevisionSummary {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for ServiceRevisionSummary {
    const SHAPE_NAME: &'static str = "ServiceRevisionSummary";
    const REQUIRED: &'static [&'static str] = ServiceRevisionSummary::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ServiceRevisionSummary::ENUM_MEMBERS;
}

/// The resolved VPC Lattice configuration for a service revision.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ServiceRevisionVpcLatticeConfiguration {
    /// The Amazon Resource Name (ARN) of the target group associated with the service revision.
    #[serde(
        rename = "targetGroupArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub target_group_arn: Option<String>,
    /// The Amazon Resource Name (ARN) of the production listener rule or listener that directs traffic to the target group associated with the service...
    #[serde(
        rename = "productionListenerRule",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub production_listener_rule: Option<String>,
}

impl ServiceRevisionVpcLatticeConfiguration {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for ServiceRevisionVpcLatticeConfiguration {
    const SHAPE_NAME: &'static str = "ServiceRevisionVpcLatticeConfiguration";
    const REQUIRED: &'static [&'static str] = ServiceRevisionVpcLatticeConfiguration::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ServiceRevisionVpcLatticeConfiguration::ENUM_MEMBERS;
}

/// The configuration for a volume specified in the task definition as a volume that is configured at launch time.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ServiceVolumeConfiguration {
    /// Required. The name of the volume.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The configuration for the Amazon EBS volume that Amazon ECS creates and manages on your behalf.
    #[serde(
        rename = "managedEBSVolume",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub managed_ebs_volume: Option<ServiceManagedEBSVolumeConfiguration>,
}

impl ServiceVolumeConfiguration {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["name"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for ServiceVolumeConfiguration {
    const SHAPE_NAME: &'static str = "ServiceVolumeConfiguration";
    const REQUIRED: &'static [&'static str] = ServiceVolumeConfiguration::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ServiceVolumeConfiguration::ENUM_MEMBERS;
}

/// The details for the execute command session.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Session {
    /// The ID of the execute command session.
    #[serde(rename = "sessionId", default, skip_serializing_if = "Option::is_none")]
    pub session_id: Option<String>,
    /// A URL to the managed agent on the container that the SSM Session Manager client uses to send commands and receive output from the container.
    #[serde(rename = "streamUrl", default, skip_serializing_if = "Option::is_none")]
    pub stream_url: Option<String>,
    /// An encrypted token value containing session and caller information.
    #[serde(
        rename = "tokenValue",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub token_value: Option<String>,
}

impl Session {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for Session {
    const SHAPE_NAME: &'static str = "Session";
    const REQUIRED: &'static [&'static str] = Session::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = Session::ENUM_MEMBERS;
}

/// The current account setting for a resource.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Setting {
    /// The Amazon ECS resource name.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Determines whether the account setting is on or off for the specified resource.
    #[serde(rename = "value", default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// The ARN of the principal.
    #[serde(
        rename = "principalArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub principal_arn: Option<String>,
    /// Indicates whether Amazon Web Services manages the account setting, or if the user manages it.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
}

impl Setting {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("name", SETTING_NAME_VALUES), ("type", SETTING_TYPE_VALUES)];
}

impl WireShape for Setting {
    const SHAPE_NAME: &'static str = "Setting";
    const REQUIRED: &'static [&'static str] = Setting::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = Setting::ENUM_MEMBERS;
}

/// Union: set exactly one member. The strategy that a container uses to share a GPU with other containers.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SharingStrategy {
    /// Shares a GPU between containers by using NVIDIA Multi-Process Service (MPS).
    #[serde(rename = "nvidiaMps", default, skip_serializing_if = "Option::is_none")]
    pub nvidia_mps: Option<NvidiaMpsAllocation>,
}

impl SharingStrategy {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for SharingStrategy {
    const SHAPE_NAME: &'static str = "SharingStrategy";
    const REQUIRED: &'static [&'static str] = SharingStrategy::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        SharingStrategy::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct StartTaskRequest {
    /// The short name or full Amazon Resource Name (ARN) of the cluster where to start your task.
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    /// Required. The container instance IDs or full ARN entries for the container instances where you would like to place your task.
    #[serde(
        rename = "containerInstances",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub container_instances: Option<Vec<String>>,
    /// Specifies whether to use Amazon ECS managed tags for the task.
    #[serde(
        rename = "enableECSManagedTags",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_ecs_managed_tags: Option<bool>,
    /// Whether or not the execute command functionality is turned on for the task.
    #[serde(
        rename = "enableExecuteCommand",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_execute_command: Option<bool>,
    /// The name of the task group to associate with the task.
    #[serde(rename = "group", default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    /// The VPC subnet and security group configuration for tasks that receive their own elastic network interface by using the `awsvpc` networking mode.
    #[serde(
        rename = "networkConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub network_configuration: Option<NetworkConfiguration>,
    /// A list of container overrides in JSON format that specify the name of a container in the specified task definition and the overrides it receives.
    #[serde(rename = "overrides", default, skip_serializing_if = "Option::is_none")]
    pub overrides: Option<TaskOverride>,
    /// Specifies whether to propagate the tags from the task definition or the service to the task.
    #[serde(
        rename = "propagateTags",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub propagate_tags: Option<String>,
    /// This parameter is only used by Amazon ECS.
    #[serde(
        rename = "referenceId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub reference_id: Option<String>,
    /// An optional tag specified when a task is started.
    #[serde(rename = "startedBy", default, skip_serializing_if = "Option::is_none")]
    pub started_by: Option<String>,
    /// The metadata that you apply to the task to help you categorize and organize them.
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    /// Required. The `family` and `revision` (`family:revision`) or full ARN of the task definition to start.
    #[serde(
        rename = "taskDefinition",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub task_definition: Option<String>,
    /// The details of the volume that was `configuredAtLaunch`.
    #[serde(
        rename = "volumeConfigurations",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub volume_configurations: Option<Vec<TaskVolumeConfiguration>>,
}

impl StartTaskRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["containerInstances", "taskDefinition"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("propagateTags", PROPAGATE_TAGS_VALUES)];
}

impl WireShape for StartTaskRequest {
    const SHAPE_NAME: &'static str = "StartTaskRequest";
    const REQUIRED: &'static [&'static str] = StartTaskRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        StartTaskRequest::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct StartTaskResponse {
    /// A full description of the tasks that were started.
    #[serde(rename = "tasks", default, skip_serializing_if = "Option::is_none")]
    pub tasks: Option<Vec<Task>>,
    /// Any failures associated with the call.
    #[serde(rename = "failures", default, skip_serializing_if = "Option::is_none")]
    pub failures: Option<Vec<Failure>>,
}

impl StartTaskResponse {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for StartTaskResponse {
    const SHAPE_NAME: &'static str = "StartTaskResponse";
    const REQUIRED: &'static [&'static str] = StartTaskResponse::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        StartTaskResponse::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct StopServiceDeploymentRequest {
    /// Required. The ARN of the service deployment that you want to stop.
    #[serde(
        rename = "serviceDeploymentArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_deployment_arn: Option<String>,
    /// How you want Amazon ECS to stop the service.
    #[serde(rename = "stopType", default, skip_serializing_if = "Option::is_none")]
    pub stop_type: Option<String>,
}

impl StopServiceDeploymentRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["serviceDeploymentArn"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("stopType", STOP_SERVICE_DEPLOYMENT_STOP_TYPE_VALUES)];
}

impl WireShape for StopServiceDeploymentRequest {
    const SHAPE_NAME: &'static str = "StopServiceDeploymentRequest";
    const REQUIRED: &'static [&'static str] = StopServiceDeploymentRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        StopServiceDeploymentRequest::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct StopServiceDeploymentResponse {
    /// The ARN of the stopped service deployment.
    #[serde(
        rename = "serviceDeploymentArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_deployment_arn: Option<String>,
}

impl StopServiceDeploymentResponse {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for StopServiceDeploymentResponse {
    const SHAPE_NAME: &'static str = "StopServiceDeploymentResponse";
    const REQUIRED: &'static [&'static str] = StopServiceDeploymentResponse::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        StopServiceDeploymentResponse::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct StopTaskRequest {
    /// The short name or full Amazon Resource Name (ARN) of the cluster that hosts the task to stop.
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    /// Required. Thefull Amazon Resource Name (ARN) of the task.
    #[serde(rename = "task", default, skip_serializing_if = "Option::is_none")]
    pub task: Option<String>,
    /// An optional message specified when a task is stopped.
    #[serde(rename = "reason", default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

impl StopTaskRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["task"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for StopTaskRequest {
    const SHAPE_NAME: &'static str = "StopTaskRequest";
    const REQUIRED: &'static [&'static str] = StopTaskRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        StopTaskRequest::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct StopTaskResponse {
    /// The task that was stopped.
    #[serde(rename = "task", default, skip_serializing_if = "Option::is_none")]
    pub task: Option<Task>,
}

impl StopTaskResponse {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for StopTaskResponse {
    const SHAPE_NAME: &'static str = "StopTaskResponse";
    const REQUIRED: &'static [&'static str] = StopTaskResponse::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        StopTaskResponse::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SubmitAttachmentStateChangesRequest {
    /// The short name or full ARN of the cluster that hosts the container instance the attachment belongs to.
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    /// Required. Any attachments associated with the state change request.
    #[serde(
        rename = "attachments",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub attachments: Option<Vec<AttachmentStateChange>>,
}

impl SubmitAttachmentStateChangesRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["attachments"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for SubmitAttachmentStateChangesRequest {
    const SHAPE_NAME: &'static str = "SubmitAttachmentStateChangesRequest";
    const REQUIRED: &'static [&'static str] = SubmitAttachmentStateChangesRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        SubmitAttachmentStateChangesRequest::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SubmitAttachmentStateChangesResponse {
    /// Acknowledgement of the state change.
    #[serde(
        rename = "acknowledgment",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub acknowledgment: Option<String>,
}

impl SubmitAttachmentStateChangesResponse {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for SubmitAttachmentStateChangesResponse {
    const SHAPE_NAME: &'static str = "SubmitAttachmentStateChangesResponse";
    const REQUIRED: &'static [&'static str] = SubmitAttachmentStateChangesResponse::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        SubmitAttachmentStateChangesResponse::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SubmitContainerStateChangeRequest {
    /// The short name or full ARN of the cluster that hosts the container.
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    /// The task ID or full Amazon Resource Name (ARN) of the task that hosts the container.
    #[serde(rename = "task", default, skip_serializing_if = "Option::is_none")]
    pub task: Option<String>,
    /// The name of the container.
    #[serde(
        rename = "containerName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub container_name: Option<String>,
    /// The ID of the Docker container.
    #[serde(rename = "runtimeId", default, skip_serializing_if = "Option::is_none")]
    pub runtime_id: Option<String>,
    /// The status of the state change request.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The exit code that's returned for the state change request.
    #[serde(rename = "exitCode", default, skip_serializing_if = "Option::is_none")]
    pub exit_code: Option<i32>,
    /// The reason for the state change request.
    #[serde(rename = "reason", default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// The network bindings of the container.
    #[serde(
        rename = "networkBindings",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub network_bindings: Option<Vec<NetworkBinding>>,
}

impl SubmitContainerStateChangeRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for SubmitContainerStateChangeRequest {
    const SHAPE_NAME: &'static str = "SubmitContainerStateChangeRequest";
    const REQUIRED: &'static [&'static str] = SubmitContainerStateChangeRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        SubmitContainerStateChangeRequest::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SubmitContainerStateChangeResponse {
    /// Acknowledgement of the state change.
    #[serde(
        rename = "acknowledgment",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub acknowledgment: Option<String>,
}

impl SubmitContainerStateChangeResponse {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for SubmitContainerStateChangeResponse {
    const SHAPE_NAME: &'static str = "SubmitContainerStateChangeResponse";
    const REQUIRED: &'static [&'static str] = SubmitContainerStateChangeResponse::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        SubmitContainerStateChangeResponse::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SubmitTaskStateChangeRequest {
    /// The short name or full Amazon Resource Name (ARN) of the cluster that hosts the task.
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    /// The task ID or full ARN of the task in the state change request.
    #[serde(rename = "task", default, skip_serializing_if = "Option::is_none")]
    pub task: Option<String>,
    /// The status of the state change request.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The reason for the state change request.
    #[serde(rename = "reason", default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// Any containers that's associated with the state change request.
    #[serde(
        rename = "containers",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub containers: Option<Vec<ContainerStateChange>>,
    /// Any attachments associated with the state change request.
    #[serde(
        rename = "attachments",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub attachments: Option<Vec<AttachmentStateChange>>,
    /// The details for the managed agent that's associated with the task.
    #[serde(
        rename = "managedAgents",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub managed_agents: Option<Vec<ManagedAgentStateChange>>,
    /// The Unix timestamp for the time when the container image pull started.
    #[serde(
        rename = "pullStartedAt",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub pull_started_at: Option<Timestamp>,
    /// The Unix timestamp for the time when the container image pull completed.
    #[serde(
        rename = "pullStoppedAt",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub pull_stopped_at: Option<Timestamp>,
    /// The Unix timestamp for the time when the task execution stopped.
    #[serde(
        rename = "executionStoppedAt",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub execution_stopped_at: Option<Timestamp>,
}

impl SubmitTaskStateChangeRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for SubmitTaskStateChangeRequest {
    const SHAPE_NAME: &'static str = "SubmitTaskStateChangeRequest";
    const REQUIRED: &'static [&'static str] = SubmitTaskStateChangeRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        SubmitTaskStateChangeRequest::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SubmitTaskStateChangeResponse {
    /// Acknowledgement of the state change.
    #[serde(
        rename = "acknowledgment",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub acknowledgment: Option<String>,
}

impl SubmitTaskStateChangeResponse {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for SubmitTaskStateChangeResponse {
    const SHAPE_NAME: &'static str = "SubmitTaskStateChangeResponse";
    const REQUIRED: &'static [&'static str] = SubmitTaskStateChangeResponse::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        SubmitTaskStateChangeResponse::ENUM_MEMBERS;
}

/// A list of namespaced kernel parameters to set in the container.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SystemControl {
    /// The namespaced kernel parameter to set a `value` for.
    #[serde(rename = "namespace", default, skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
    /// The namespaced kernel parameter to set a `value` for.
    #[serde(rename = "value", default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

impl SystemControl {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for SystemControl {
    const SHAPE_NAME: &'static str = "SystemControl";
    const REQUIRED: &'static [&'static str] = SystemControl::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        SystemControl::ENUM_MEMBERS;
}

/// The metadata that you apply to a resource to help you categorize and organize them.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Tag {
    /// One part of a key-value pair that make up a tag.
    #[serde(rename = "key", default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// The optional part of a key-value pair that make up a tag.
    #[serde(rename = "value", default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

impl Tag {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for Tag {
    const SHAPE_NAME: &'static str = "Tag";
    const REQUIRED: &'static [&'static str] = Tag::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = Tag::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TagResourceRequest {
    /// Required. The Amazon Resource Name (ARN) of the resource to add tags to.
    #[serde(
        rename = "resourceArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub resource_arn: Option<String>,
    /// Required. The tags to add to the resource.
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
}

impl TagResourceRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["resourceArn", "tags"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for TagResourceRequest {
    const SHAPE_NAME: &'static str = "TagResourceRequest";
    const REQUIRED: &'static [&'static str] = TagResourceRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        TagResourceRequest::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TagResourceResponse {}

impl TagResourceResponse {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for TagResourceResponse {
    const SHAPE_NAME: &'static str = "TagResourceResponse";
    const REQUIRED: &'static [&'static str] = TagResourceResponse::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        TagResourceResponse::ENUM_MEMBERS;
}

/// Error shape. The execute command cannot run.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TargetNotConnectedException {
    /// Message that describes the cause of the exception.
    #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

impl TargetNotConnectedException {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for TargetNotConnectedException {
    const SHAPE_NAME: &'static str = "TargetNotConnectedException";
    const REQUIRED: &'static [&'static str] = TargetNotConnectedException::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        TargetNotConnectedException::ENUM_MEMBERS;
}

/// Error shape. The specified target wasn't found.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TargetNotFoundException {
    /// Message that describes the cause of the exception.
    #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

impl TargetNotFoundException {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for TargetNotFoundException {
    const SHAPE_NAME: &'static str = "TargetNotFoundException";
    const REQUIRED: &'static [&'static str] = TargetNotFoundException::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        TargetNotFoundException::ENUM_MEMBERS;
}

/// Details on a task in a cluster.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Task {
    /// The Elastic Network Adapter that's associated with the task if the task uses the `awsvpc` network mode.
    #[serde(
        rename = "attachments",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub attachments: Option<Vec<Attachment>>,
    /// The attributes of the task
    #[serde(
        rename = "attributes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub attributes: Option<Vec<Attribute>>,
    /// The Availability Zone for the task.
    #[serde(
        rename = "availabilityZone",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub availability_zone: Option<String>,
    /// The capacity provider that's associated with the task.
    #[serde(
        rename = "capacityProviderName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub capacity_provider_name: Option<String>,
    /// The ARN of the cluster that hosts the task.
    #[serde(
        rename = "clusterArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cluster_arn: Option<String>,
    /// The connectivity status of a task.
    #[serde(
        rename = "connectivity",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub connectivity: Option<String>,
    /// The Unix timestamp for the time when the task last went into `CONNECTED` status.
    #[serde(
        rename = "connectivityAt",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub connectivity_at: Option<Timestamp>,
    /// The ARN of the container instances that host the task.
    #[serde(
        rename = "containerInstanceArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub container_instance_arn: Option<String>,
    /// The containers that's associated with the task.
    #[serde(
        rename = "containers",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub containers: Option<Vec<Container>>,
    /// The number of CPU units used by the task as expressed in a task definition.
    #[serde(rename = "cpu", default, skip_serializing_if = "Option::is_none")]
    pub cpu: Option<String>,
    /// The Unix timestamp for the time when the task was created.
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<Timestamp>,
    /// The desired status of the task.
    #[serde(
        rename = "desiredStatus",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub desired_status: Option<String>,
    /// Determines whether execute command functionality is turned on for this task.
    #[serde(
        rename = "enableExecuteCommand",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_execute_command: Option<bool>,
    /// The Unix timestamp for the time when the task execution stopped.
    #[serde(
        rename = "executionStoppedAt",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub execution_stopped_at: Option<Timestamp>,
    /// The name of the task group that's associated with the task.
    #[serde(rename = "group", default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    /// The health status for the task.
    #[serde(
        rename = "healthStatus",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub health_status: Option<String>,
    /// Deprecated. The Elastic Inference accelerator that's associated with the task.
    #[serde(
        rename = "inferenceAccelerators",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub inference_accelerators: Option<Vec<InferenceAccelerator>>,
    /// The last known status for the task.
    #[serde(
        rename = "lastStatus",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub last_status: Option<String>,
    /// The infrastructure where your task runs on.
    #[serde(
        rename = "launchType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub launch_type: Option<String>,
    /// The amount of memory (in MiB) that the task uses as expressed in a task definition.
    #[serde(rename = "memory", default, skip_serializing_if = "Option::is_none")]
    pub memory: Option<String>,
    /// One or more container overrides.
    #[serde(rename = "overrides", default, skip_serializing_if = "Option::is_none")]
    pub overrides: Option<TaskOverride>,
    /// The platform version where your task runs on.
    #[serde(
        rename = "platformVersion",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub platform_version: Option<String>,
    /// The operating system that your tasks are running on.
    #[serde(
        rename = "platformFamily",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub platform_family: Option<String>,
    /// The Unix timestamp for the time when the container image pull began.
    #[serde(
        rename = "pullStartedAt",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub pull_started_at: Option<Timestamp>,
    /// The Unix timestamp for the time when the container image pull completed.
    #[serde(
        rename = "pullStoppedAt",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub pull_stopped_at: Option<Timestamp>,
    /// The Unix timestamp for the time when the task started.
    #[serde(rename = "startedAt", default, skip_serializing_if = "Option::is_none")]
    pub started_at: Option<Timestamp>,
    /// The tag specified when a task is started.
    #[serde(rename = "startedBy", default, skip_serializing_if = "Option::is_none")]
    pub started_by: Option<String>,
    /// The stop code indicating why a task was stopped.
    #[serde(rename = "stopCode", default, skip_serializing_if = "Option::is_none")]
    pub stop_code: Option<String>,
    /// The Unix timestamp for the time when the task was stopped.
    #[serde(rename = "stoppedAt", default, skip_serializing_if = "Option::is_none")]
    pub stopped_at: Option<Timestamp>,
    /// The reason that the task was stopped.
    #[serde(
        rename = "stoppedReason",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub stopped_reason: Option<String>,
    /// The Unix timestamp for the time when the task stops.
    #[serde(
        rename = "stoppingAt",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub stopping_at: Option<Timestamp>,
    /// The metadata that you apply to the task to help you categorize and organize the task.
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    /// The Amazon Resource Name (ARN) of the task.
    #[serde(rename = "taskArn", default, skip_serializing_if = "Option::is_none")]
    pub task_arn: Option<String>,
    /// The ARN of the task definition that creates the task.
    #[serde(
        rename = "taskDefinitionArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub task_definition_arn: Option<String>,
    /// The version counter for the task.
    #[serde(rename = "version", default, skip_serializing_if = "Option::is_none")]
    pub version: Option<i64>,
    /// The ephemeral storage settings for the task.
    #[serde(
        rename = "ephemeralStorage",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub ephemeral_storage: Option<EphemeralStorage>,
    /// The Fargate ephemeral storage settings for the task.
    #[serde(
        rename = "fargateEphemeralStorage",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub fargate_ephemeral_storage: Option<TaskEphemeralStorage>,
    /// A summary of the trusted execution configuration for the task, including the isolation mode.
    #[serde(
        rename = "trustedExecutionSummary",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub trusted_execution_summary: Option<TrustedExecutionSummary>,
}

impl Task {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[
        ("connectivity", CONNECTIVITY_VALUES),
        ("healthStatus", HEALTH_STATUS_VALUES),
        ("launchType", LAUNCH_TYPE_VALUES),
        ("stopCode", TASK_STOP_CODE_VALUES),
    ];
}

impl WireShape for Task {
    const SHAPE_NAME: &'static str = "Task";
    const REQUIRED: &'static [&'static str] = Task::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = Task::ENUM_MEMBERS;
}

/// The details of a task definition which describes the container and volume definitions of an Amazon Elastic Container Service task.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TaskDefinition {
    /// The full Amazon Resource Name (ARN) of the task definition.
    #[serde(
        rename = "taskDefinitionArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub task_definition_arn: Option<String>,
    /// A list of container definitions in JSON format that describe the different containers that make up your task.
    #[serde(
        rename = "containerDefinitions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub container_definitions: Option<Vec<ContainerDefinition>>,
    /// The name of a family that this task definition is registered to.
    #[serde(rename = "family", default, skip_serializing_if = "Option::is_none")]
    pub family: Option<String>,
    /// The short name or full Amazon Resource Name (ARN) of the Identity and Access Management role that grants containers in the task permission to call...
    #[serde(
        rename = "taskRoleArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub task_role_arn: Option<String>,
    /// The Amazon Resource Name (ARN) of the task execution role that grants the Amazon ECS container agent permission to make Amazon Web Services API calls...
    #[serde(
        rename = "executionRoleArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub execution_role_arn: Option<String>,
    /// The Docker networking mode to use for the containers in the task.
    #[serde(
        rename = "networkMode",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub network_mode: Option<String>,
    /// The revision of the task in a particular family.
    #[serde(rename = "revision", default, skip_serializing_if = "Option::is_none")]
    pub revision: Option<i32>,
    /// The list of data volume definitions for the task.
    #[serde(rename = "volumes", default, skip_serializing_if = "Option::is_none")]
    pub volumes: Option<Vec<Volume>>,
    /// The status of the task definition.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The container instance attributes required by your task.
    #[serde(
        rename = "requiresAttributes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub requires_attributes: Option<Vec<Attribute>>,
    /// An array of placement constraint objects to use for tasks.
    #[serde(
        rename = "placementConstraints",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub placement_constraints: Option<Vec<TaskDefinitionPlacementConstraint>>,
    /// Amazon ECS validates the task definition parameters with those supported by the launch type.
    #[serde(
        rename = "compatibilities",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub compatibilities: Option<Vec<String>>,
    /// The operating system that your task definitions are running on.
    #[serde(
        rename = "runtimePlatform",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub runtime_platform: Option<RuntimePlatform>,
    /// The task launch types the task definition was validated against.
    #[serde(
        rename = "requiresCompatibilities",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub requires_compatibilities: Option<Vec<String>>,
    /// The number of `cpu` units used by the task.
    #[serde(rename = "cpu", default, skip_serializing_if = "Option::is_none")]
    pub cpu: Option<String>,
    /// The amount (in MiB) of memory used by the task.
    #[serde(rename = "memory", default, skip_serializing_if = "Option::is_none")]
    pub memory: Option<String>,
    /// Deprecated. The Elastic Inference accelerator that's associated with the task.
    #[serde(
        rename = "inferenceAccelerators",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub inference_accelerators: Option<Vec<InferenceAccelerator>>,
    /// The process namespace to use for the containers in the task.
    #[serde(rename = "pidMode", default, skip_serializing_if = "Option::is_none")]
    pub pid_mode: Option<String>,
    /// The IPC resource namespace to use for the containers in the task.
    #[serde(rename = "ipcMode", default, skip_serializing_if = "Option::is_none")]
    pub ipc_mode: Option<String>,
    /// The configuration details for the App Mesh proxy.
    #[serde(
        rename = "proxyConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub proxy_configuration: Option<ProxyConfiguration>,
    /// The Unix timestamp for the time when the task definition was registered.
    #[serde(
        rename = "registeredAt",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub registered_at: Option<Timestamp>,
    /// The Unix timestamp for the time when the task definition was deregistered.
    #[serde(
        rename = "deregisteredAt",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub deregistered_at: Option<Timestamp>,
    /// The Unix timestamp for the time when the task definition delete was requested.
    #[serde(
        rename = "deleteRequestedAt",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub delete_requested_at: Option<Timestamp>,
    /// The principal that registered the task definition.
    #[serde(
        rename = "registeredBy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub registered_by: Option<String>,
    /// The ephemeral storage settings to use for tasks run with the task definition.
    #[serde(
        rename = "ephemeralStorage",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub ephemeral_storage: Option<EphemeralStorage>,
    /// Enables fault injection and allows for fault injection requests to be accepted from the task's containers.
    #[serde(
        rename = "enableFaultInjection",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_fault_injection: Option<bool>,
    /// The trusted execution configuration for tasks that use this task definition, including the isolation mode and, if configured, an attestation policy.
    #[serde(
        rename = "trustedExecutionConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub trusted_execution_configuration: Option<TrustedExecutionConfiguration>,
}

impl TaskDefinition {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[
        ("networkMode", NETWORK_MODE_VALUES),
        ("status", TASK_DEFINITION_STATUS_VALUES),
        ("compatibilities", COMPATIBILITY_VALUES),
        ("requiresCompatibilities", COMPATIBILITY_VALUES),
        ("pidMode", PID_MODE_VALUES),
        ("ipcMode", IPC_MODE_VALUES),
    ];
}

impl WireShape for TaskDefinition {
    const SHAPE_NAME: &'static str = "TaskDefinition";
    const REQUIRED: &'static [&'static str] = TaskDefinition::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        TaskDefinition::ENUM_MEMBERS;
}

/// The constraint on task placement in the task definition.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TaskDefinitionPlacementConstraint {
    /// The type of constraint.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// A cluster query language expression to apply to the constraint.
    #[serde(
        rename = "expression",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub expression: Option<String>,
}

impl TaskDefinitionPlacementConstraint {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("type", TASK_DEFINITION_PLACEMENT_CONSTRAINT_TYPE_VALUES)];
}

impl WireShape for TaskDefinitionPlacementConstraint {
    const SHAPE_NAME: &'static str = "TaskDefinitionPlacementConstraint";
    const REQUIRED: &'static [&'static str] = TaskDefinitionPlacementConstraint::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        TaskDefinitionPlacementConstraint::ENUM_MEMBERS;
}

/// The amount of ephemeral storage to allocate for the task.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TaskEphemeralStorage {
    /// The total amount, in GiB, of the ephemeral storage to set for the task.
    #[serde(rename = "sizeInGiB", default, skip_serializing_if = "Option::is_none")]
    pub size_in_gi_b: Option<i32>,
    /// Specify an Key Management Service key ID to encrypt the ephemeral storage for the task.
    #[serde(rename = "kmsKeyId", default, skip_serializing_if = "Option::is_none")]
    pub kms_key_id: Option<String>,
}

impl TaskEphemeralStorage {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for TaskEphemeralStorage {
    const SHAPE_NAME: &'static str = "TaskEphemeralStorage";
    const REQUIRED: &'static [&'static str] = TaskEphemeralStorage::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        TaskEphemeralStorage::ENUM_MEMBERS;
}

/// The configuration for the Amazon EBS volume that Amazon ECS creates and manages on your behalf.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TaskManagedEBSVolumeConfiguration {
    /// Indicates whether the volume should be encrypted.
    #[serde(rename = "encrypted", default, skip_serializing_if = "Option::is_none")]
    pub encrypted: Option<bool>,
    /// The Amazon Resource Name (ARN) identifier of the Amazon Web Services Key Management Service key to use for Amazon EBS encryption.
    #[serde(rename = "kmsKeyId", default, skip_serializing_if = "Option::is_none")]
    pub kms_key_id: Option<String>,
    /// The volume type.
    #[serde(
        rename = "volumeType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub volume_type: Option<String>,
    /// The size of the volume in GiB.
    #[serde(rename = "sizeInGiB", default, skip_serializing_if = "Option::is_none")]
    pub size_in_gi_b: Option<i32>,
    /// The snapshot that Amazon ECS uses to create the volume.
    #[serde(
        rename = "snapshotId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub snapshot_id: Option<String>,
    /// The rate, in MiB/s, at which data is fetched from a snapshot of an existing Amazon EBS volume to create a new volume for attachment to the task.
    #[serde(
        rename = "volumeInitializationRate",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub volume_initialization_rate: Option<i32>,
    /// The number of I/O operations per second (IOPS).
    #[serde(rename = "iops", default, skip_serializing_if = "Option::is_none")]
    pub iops: Option<i32>,
    /// The throughput to provision for a volume, in MiB/s, with a maximum of 1,000 MiB/s.
    #[serde(
        rename = "throughput",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub throughput: Option<i32>,
    /// The tags to apply to the volume.
    #[serde(
        rename = "tagSpecifications",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub tag_specifications: Option<Vec<EBSTagSpecification>>,
    /// Required. The ARN of the IAM role to associate with this volume.
    #[serde(rename = "roleArn", default, skip_serializing_if = "Option::is_none")]
    pub role_arn: Option<String>,
    /// The termination policy for the volume when the task exits.
    #[serde(
        rename = "terminationPolicy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub termination_policy: Option<TaskManagedEBSVolumeTerminationPolicy>,
    /// The Linux filesystem type for the volume.
    #[serde(
        rename = "filesystemType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub filesystem_type: Option<String>,
}

impl TaskManagedEBSVolumeConfiguration {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["roleArn"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("filesystemType", TASK_FILESYSTEM_TYPE_VALUES)];
}

impl WireShape for TaskManagedEBSVolumeConfiguration {
    const SHAPE_NAME: &'static str = "TaskManagedEBSVolumeConfiguration";
    const REQUIRED: &'static [&'static str] = TaskManagedEBSVolumeConfiguration::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        TaskManagedEBSVolumeConfiguration::ENUM_MEMBERS;
}

/// The termination policy for the Amazon EBS volume when the task exits.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TaskManagedEBSVolumeTerminationPolicy {
    /// Required. Indicates whether the volume should be deleted on when the task stops.
    #[serde(
        rename = "deleteOnTermination",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub delete_on_termination: Option<bool>,
}

impl TaskManagedEBSVolumeTerminationPolicy {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["deleteOnTermination"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for TaskManagedEBSVolumeTerminationPolicy {
    const SHAPE_NAME: &'static str = "TaskManagedEBSVolumeTerminationPolicy";
    const REQUIRED: &'static [&'static str] = TaskManagedEBSVolumeTerminationPolicy::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        TaskManagedEBSVolumeTerminationPolicy::ENUM_MEMBERS;
}

/// The overrides that are associated with a task.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TaskOverride {
    /// One or more container overrides that are sent to a task.
    #[serde(
        rename = "containerOverrides",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub container_overrides: Option<Vec<ContainerOverride>>,
    /// The CPU override for the task.
    #[serde(rename = "cpu", default, skip_serializing_if = "Option::is_none")]
    pub cpu: Option<String>,
    /// Deprecated. The Elastic Inference accelerator override for the task.
    #[serde(
        rename = "inferenceAcceleratorOverrides",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub inference_accelerator_overrides: Option<Vec<InferenceAcceleratorOverride>>,
    /// The Amazon Resource Name (ARN) of the task execution role override for the task.
    #[serde(
        rename = "executionRoleArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub execution_role_arn: Option<String>,
    /// The memory override for the task.
    #[serde(rename = "memory", default, skip_serializing_if = "Option::is_none")]
    pub memory: Option<String>,
    /// The Amazon Resource Name (ARN) of the role that containers in this task can assume.
    #[serde(
        rename = "taskRoleArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub task_role_arn: Option<String>,
    /// The ephemeral storage setting override for the task.
    #[serde(
        rename = "ephemeralStorage",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub ephemeral_storage: Option<EphemeralStorage>,
}

impl TaskOverride {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for TaskOverride {
    const SHAPE_NAME: &'static str = "TaskOverride";
    const REQUIRED: &'static [&'static str] = TaskOverride::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        TaskOverride::ENUM_MEMBERS;
}

/// Information about a set of Amazon ECS tasks in either an CodeDeploy or an `EXTERNAL` deployment.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TaskSet {
    /// The ID of the task set.
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The Amazon Resource Name (ARN) of the task set.
    #[serde(
        rename = "taskSetArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub task_set_arn: Option<String>,
    /// The Amazon Resource Name (ARN) of the service the task set exists in.
    #[serde(
        rename = "serviceArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_arn: Option<String>,
    /// The Amazon Resource Name (ARN) of the cluster that the service that hosts the task set exists in.
    #[serde(
        rename = "clusterArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cluster_arn: Option<String>,
    /// The tag specified when a task set is started.
    #[serde(rename = "startedBy", default, skip_serializing_if = "Option::is_none")]
    pub started_by: Option<String>,
    /// The external ID associated with the task set.
    #[serde(
        rename = "externalId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub external_id: Option<String>,
    /// The status of the task set.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The task definition that the task set is using.
    #[serde(
        rename = "taskDefinition",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub task_definition: Option<String>,
    /// The computed desired count for the task set.
    #[serde(
        rename = "computedDesiredCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub computed_desired_count: Option<i32>,
    /// The number of tasks in the task set that are in the `PENDING` status during a deployment.
    #[serde(
        rename = "pendingCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub pending_count: Option<i32>,
    /// The number of tasks in the task set that are in the `RUNNING` status during a deployment.
    #[serde(
        rename = "runningCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub running_count: Option<i32>,
    /// The Unix timestamp for the time when the task set was created.
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<Timestamp>,
    /// The Unix timestamp for the time when the task set was last updated.
    #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<Timestamp>,
    /// The launch type the tasks in the task set are using.
    #[serde(
        rename = "launchType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub launch_type: Option<String>,
    /// The capacity provider strategy that are associated with the task set.
    #[serde(
        rename = "capacityProviderStrategy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub capacity_provider_strategy: Option<Vec<CapacityProviderStrategyItem>>,
    /// The Fargate platform version where the tasks in the task set are running.
    #[serde(
        rename = "platformVersion",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub platform_version: Option<String>,
    /// The operating system that your tasks in the set are running on.
    #[serde(
        rename = "platformFamily",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub platform_family: Option<String>,
    /// The network configuration for the task set.
    #[serde(
        rename = "networkConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub network_configuration: Option<NetworkConfiguration>,
    /// Details on a load balancer that are used with a task set.
    #[serde(
        rename = "loadBalancers",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub load_balancers: Option<Vec<LoadBalancer>>,
    /// The details for the service discovery registries to assign to this task set.
    #[serde(
        rename = "serviceRegistries",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_registries: Option<Vec<ServiceRegistry>>,
    /// A floating-point percentage of your desired number of tasks to place and keep running in the task set.
    #[serde(rename = "scale", default, skip_serializing_if = "Option::is_none")]
    pub scale: Option<Scale>,
    /// The stability status.
    #[serde(
        rename = "stabilityStatus",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub stability_status: Option<String>,
    /// The Unix timestamp for the time when the task set stability status was retrieved.
    #[serde(
        rename = "stabilityStatusAt",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub stability_status_at: Option<Timestamp>,
    /// The metadata that you apply to the task set to help you categorize and organize them.
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    /// The Fargate ephemeral storage settings for the task set.
    #[serde(
        rename = "fargateEphemeralStorage",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub fargate_ephemeral_storage: Option<DeploymentEphemeralStorage>,
}

impl TaskSet {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[
        ("launchType", LAUNCH_TYPE_VALUES),
        ("stabilityStatus", STABILITY_STATUS_VALUES),
    ];
}

impl WireShape for TaskSet {
    const SHAPE_NAME: &'static str = "TaskSet";
    const REQUIRED: &'static [&'static str] = TaskSet::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = TaskSet::ENUM_MEMBERS;
}

/// Error shape. The specified task set wasn't found.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TaskSetNotFoundException {
    /// Message that describes the cause of the exception.
    #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

impl TaskSetNotFoundException {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for TaskSetNotFoundException {
    const SHAPE_NAME: &'static str = "TaskSetNotFoundException";
    const REQUIRED: &'static [&'static str] = TaskSetNotFoundException::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        TaskSetNotFoundException::ENUM_MEMBERS;
}

/// Configuration settings for the task volume that was `configuredAtLaunch` that weren't set during `RegisterTaskDef`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TaskVolumeConfiguration {
    /// Required. The name of the volume.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The configuration for the Amazon EBS volume that Amazon ECS creates and manages on your behalf.
    #[serde(
        rename = "managedEBSVolume",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub managed_ebs_volume: Option<TaskManagedEBSVolumeConfiguration>,
}

impl TaskVolumeConfiguration {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["name"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for TaskVolumeConfiguration {
    const SHAPE_NAME: &'static str = "TaskVolumeConfiguration";
    const REQUIRED: &'static [&'static str] = TaskVolumeConfiguration::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        TaskVolumeConfiguration::ENUM_MEMBERS;
}

/// Defines the failure threshold that the deployment circuit breaker uses to monitor a deployment.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ThresholdConfiguration {
    /// Required. Determines how Amazon ECS uses `value` to calculate the failure threshold.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Required. Specifies the integer that Amazon ECS uses to calculate the failure threshold.
    #[serde(rename = "value", default, skip_serializing_if = "Option::is_none")]
    pub value: Option<i32>,
}

impl ThresholdConfiguration {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["type", "value"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("type", THRESHOLD_TYPE_VALUES)];
}

impl WireShape for ThresholdConfiguration {
    const SHAPE_NAME: &'static str = "ThresholdConfiguration";
    const REQUIRED: &'static [&'static str] = ThresholdConfiguration::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        ThresholdConfiguration::ENUM_MEMBERS;
}

/// An object that represents the timeout configurations for Service Connect.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TimeoutConfiguration {
    /// The amount of time in seconds a connection will stay active while idle.
    #[serde(
        rename = "idleTimeoutSeconds",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub idle_timeout_seconds: Option<i32>,
    /// The amount of time waiting for the upstream to respond with a complete response per request.
    #[serde(
        rename = "perRequestTimeoutSeconds",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub per_request_timeout_seconds: Option<i32>,
}

impl TimeoutConfiguration {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for TimeoutConfiguration {
    const SHAPE_NAME: &'static str = "TimeoutConfiguration";
    const REQUIRED: &'static [&'static str] = TimeoutConfiguration::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        TimeoutConfiguration::ENUM_MEMBERS;
}

/// The container path, mount options, and size of the tmpfs mount.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Tmpfs {
    /// Required. The absolute file path where the tmpfs volume is to be mounted.
    #[serde(
        rename = "containerPath",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub container_path: Option<String>,
    /// Required. The maximum size (in MiB) of the tmpfs volume.
    #[serde(rename = "size", default, skip_serializing_if = "Option::is_none")]
    pub size: Option<i32>,
    /// The list of tmpfs volume mount options.
    #[serde(
        rename = "mountOptions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub mount_options: Option<Vec<String>>,
}

impl Tmpfs {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["containerPath", "size"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for Tmpfs {
    const SHAPE_NAME: &'static str = "Tmpfs";
    const REQUIRED: &'static [&'static str] = Tmpfs::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = Tmpfs::ENUM_MEMBERS;
}

/// The minimum and maximum total local storage in gigabytes (GB) for instance types with local storage.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TotalLocalStorageGBRequest {
    /// The minimum total local storage in GB.
    #[serde(rename = "min", default, skip_serializing_if = "Option::is_none")]
    pub min: Option<f64>,
    /// The maximum total local storage in GB.
    #[serde(rename = "max", default, skip_serializing_if = "Option::is_none")]
    pub max: Option<f64>,
}

impl TotalLocalStorageGBRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for TotalLocalStorageGBRequest {
    const SHAPE_NAME: &'static str = "TotalLocalStorageGBRequest";
    const REQUIRED: &'static [&'static str] = TotalLocalStorageGBRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        TotalLocalStorageGBRequest::ENUM_MEMBERS;
}

/// The trusted execution configuration for a task.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TrustedExecutionConfiguration {
    /// Required. The isolation mode for tasks that use this task definition.
    #[serde(
        rename = "isolationMode",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub isolation_mode: Option<String>,
    /// The base64-encoded attestation policy envelope for the task.
    #[serde(
        rename = "attestationPolicy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub attestation_policy: Option<String>,
}

impl TrustedExecutionConfiguration {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["isolationMode"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("isolationMode", ISOLATION_MODE_VALUES)];
}

impl WireShape for TrustedExecutionConfiguration {
    const SHAPE_NAME: &'static str = "TrustedExecutionConfiguration";
    const REQUIRED: &'static [&'static str] = TrustedExecutionConfiguration::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        TrustedExecutionConfiguration::ENUM_MEMBERS;
}

/// A summary of the trusted execution configuration for a task.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TrustedExecutionSummary {
    /// Required. The isolation mode that the task runs in.
    #[serde(
        rename = "isolationMode",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub isolation_mode: Option<String>,
    /// The status of the attestation policy for the task.
    #[serde(
        rename = "attestationPolicyStatus",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub attestation_policy_status: Option<String>,
}

impl TrustedExecutionSummary {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["isolationMode"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[
        ("isolationMode", ISOLATION_MODE_VALUES),
        ("attestationPolicyStatus", ATTESTATION_POLICY_STATUS_VALUES),
    ];
}

impl WireShape for TrustedExecutionSummary {
    const SHAPE_NAME: &'static str = "TrustedExecutionSummary";
    const REQUIRED: &'static [&'static str] = TrustedExecutionSummary::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        TrustedExecutionSummary::ENUM_MEMBERS;
}

/// The `ulimit` settings to pass to the container.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Ulimit {
    /// Required. The `type` of the `ulimit`.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Required. The soft limit for the `ulimit` type.
    #[serde(rename = "softLimit", default, skip_serializing_if = "Option::is_none")]
    pub soft_limit: Option<i32>,
    /// Required. The hard limit for the `ulimit` type.
    #[serde(rename = "hardLimit", default, skip_serializing_if = "Option::is_none")]
    pub hard_limit: Option<i32>,
}

impl Ulimit {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["name", "softLimit", "hardLimit"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("name", ULIMIT_NAME_VALUES)];
}

impl WireShape for Ulimit {
    const SHAPE_NAME: &'static str = "Ulimit";
    const REQUIRED: &'static [&'static str] = Ulimit::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = Ulimit::ENUM_MEMBERS;
}

/// Error shape. The specified task isn't supported in this Region.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UnsupportedFeatureException {
    /// Message that describes the cause of the exception.
    #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

impl UnsupportedFeatureException {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for UnsupportedFeatureException {
    const SHAPE_NAME: &'static str = "UnsupportedFeatureException";
    const REQUIRED: &'static [&'static str] = UnsupportedFeatureException::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        UnsupportedFeatureException::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UntagResourceRequest {
    /// Required. The Amazon Resource Name (ARN) of the resource to delete tags from.
    #[serde(
        rename = "resourceArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub resource_arn: Option<String>,
    /// Required. The keys of the tags to be removed.
    #[serde(rename = "tagKeys", default, skip_serializing_if = "Option::is_none")]
    pub tag_keys: Option<Vec<String>>,
}

impl UntagResourceRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["resourceArn", "tagKeys"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for UntagResourceRequest {
    const SHAPE_NAME: &'static str = "UntagResourceRequest";
    const REQUIRED: &'static [&'static str] = UntagResourceRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        UntagResourceRequest::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UntagResourceResponse {}

impl UntagResourceResponse {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for UntagResourceResponse {
    const SHAPE_NAME: &'static str = "UntagResourceResponse";
    const REQUIRED: &'static [&'static str] = UntagResourceResponse::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        UntagResourceResponse::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateCapacityProviderRequest {
    /// Required. The name of the capacity provider to update.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The name of the cluster that contains the capacity provider to update.
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    /// An object that represent the parameters to update for the Auto Scaling group capacity provider.
    #[serde(
        rename = "autoScalingGroupProvider",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub auto_scaling_group_provider: Option<AutoScalingGroupProviderUpdate>,
    /// The updated configuration for the Amazon ECS Managed Instances provider.
    #[serde(
        rename = "managedInstancesProvider",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub managed_instances_provider: Option<UpdateManagedInstancesProviderConfiguration>,
}

impl UpdateCapacityProviderRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["name"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for UpdateCapacityProviderRequest {
    const SHAPE_NAME: &'static str = "UpdateCapacityProviderRequest";
    const REQUIRED: &'static [&'static str] = UpdateCapacityProviderRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        UpdateCapacityProviderRequest::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateCapacityProviderResponse {
    /// Details about the capacity provider.
    #[serde(
        rename = "capacityProvider",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub capacity_provider: Option<CapacityProvider>,
}

impl UpdateCapacityProviderResponse {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for UpdateCapacityProviderResponse {
    const SHAPE_NAME: &'static str = "UpdateCapacityProviderResponse";
    const REQUIRED: &'static [&'static str] = UpdateCapacityProviderResponse::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        UpdateCapacityProviderResponse::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateClusterRequest {
    /// Required. The name of the cluster to modify the settings for.
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    /// The cluster settings for your cluster.
    #[serde(rename = "settings", default, skip_serializing_if = "Option::is_none")]
    pub settings: Option<Vec<ClusterSetting>>,
    /// The execute command configuration for the cluster.
    #[serde(
        rename = "configuration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub configuration: Option<ClusterConfiguration>,
    /// Use this parameter to set a default Service Connect namespace.
    #[serde(
        rename = "serviceConnectDefaults",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_connect_defaults: Option<ClusterServiceConnectDefaultsRequest>,
}

impl UpdateClusterRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["cluster"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for UpdateClusterRequest {
    const SHAPE_NAME: &'static str = "UpdateClusterRequest";
    const REQUIRED: &'static [&'static str] = UpdateClusterRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        UpdateClusterRequest::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateClusterResponse {
    /// Details about the cluster.
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<Cluster>,
}

impl UpdateClusterResponse {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for UpdateClusterResponse {
    const SHAPE_NAME: &'static str = "UpdateClusterResponse";
    const REQUIRED: &'static [&'static str] = UpdateClusterResponse::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        UpdateClusterResponse::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateClusterSettingsRequest {
    /// Required. The name of the cluster to modify the settings for.
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    /// Required. The setting to use by default for a cluster.
    #[serde(rename = "settings", default, skip_serializing_if = "Option::is_none")]
    pub settings: Option<Vec<ClusterSetting>>,
}

impl UpdateClusterSettingsRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["cluster", "settings"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for UpdateClusterSettingsRequest {
    const SHAPE_NAME: &'static str = "UpdateClusterSettingsRequest";
    const REQUIRED: &'static [&'static str] = UpdateClusterSettingsRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        UpdateClusterSettingsRequest::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateClusterSettingsResponse {
    /// Details about the cluster
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<Cluster>,
}

impl UpdateClusterSettingsResponse {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for UpdateClusterSettingsResponse {
    const SHAPE_NAME: &'static str = "UpdateClusterSettingsResponse";
    const REQUIRED: &'static [&'static str] = UpdateClusterSettingsResponse::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        UpdateClusterSettingsResponse::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateContainerAgentRequest {
    /// The short name or full Amazon Resource Name (ARN) of the cluster that your container instance is running on.
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    /// Required. The container instance ID or full ARN entries for the container instance where you would like to update the Amazon ECS container agent.
    #[serde(
        rename = "containerInstance",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub container_instance: Option<String>,
}

impl UpdateContainerAgentRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["containerInstance"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for UpdateContainerAgentRequest {
    const SHAPE_NAME: &'static str = "UpdateContainerAgentRequest";
    const REQUIRED: &'static [&'static str] = UpdateContainerAgentRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        UpdateContainerAgentRequest::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateContainerAgentResponse {
    /// The container instance that the container agent was updated for.
    #[serde(
        rename = "containerInstance",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub container_instance: Option<ContainerInstance>,
}

impl UpdateContainerAgentResponse {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for UpdateContainerAgentResponse {
    const SHAPE_NAME: &'static str = "UpdateContainerAgentResponse";
    const REQUIRED: &'static [&'static str] = UpdateContainerAgentResponse::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        UpdateContainerAgentResponse::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateContainerInstancesStateRequest {
    /// The short name or full Amazon Resource Name (ARN) of the cluster that hosts the container instance to update.
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    /// Required. A list of up to 10 container instance IDs or full ARN entries.
    #[serde(
        rename = "containerInstances",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub container_instances: Option<Vec<String>>,
    /// Required. The container instance state to update the container instance with.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
}

impl UpdateContainerInstancesStateRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["containerInstances", "status"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("status", CONTAINER_INSTANCE_STATUS_VALUES)];
}

impl WireShape for UpdateContainerInstancesStateRequest {
    const SHAPE_NAME: &'static str = "UpdateContainerInstancesStateRequest";
    const REQUIRED: &'static [&'static str] = UpdateContainerInstancesStateRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        UpdateContainerInstancesStateRequest::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateContainerInstancesStateResponse {
    /// The list of container instances.
    #[serde(
        rename = "containerInstances",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub container_instances: Option<Vec<ContainerInstance>>,
    /// Any failures associated with the call.
    #[serde(rename = "failures", default, skip_serializing_if = "Option::is_none")]
    pub failures: Option<Vec<Failure>>,
}

impl UpdateContainerInstancesStateResponse {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for UpdateContainerInstancesStateResponse {
    const SHAPE_NAME: &'static str = "UpdateContainerInstancesStateResponse";
    const REQUIRED: &'static [&'static str] = UpdateContainerInstancesStateResponse::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        UpdateContainerInstancesStateResponse::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateDaemonRequest {
    /// Required. The Amazon Resource Name (ARN) of the daemon to update.
    #[serde(rename = "daemonArn", default, skip_serializing_if = "Option::is_none")]
    pub daemon_arn: Option<String>,
    /// Required. The Amazon Resource Name (ARN) of the daemon task definition to use for the updated daemon.
    #[serde(
        rename = "daemonTaskDefinitionArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub daemon_task_definition_arn: Option<String>,
    /// Required. The Amazon Resource Names (ARNs) of the capacity providers to associate with the daemon.
    #[serde(
        rename = "capacityProviderArns",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub capacity_provider_arns: Option<Vec<String>>,
    /// Optional deployment parameters that control how the daemon rolls out updates, including the drain percentage, alarm-based rollback, and bake time.
    #[serde(
        rename = "deploymentConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub deployment_configuration: Option<DaemonDeploymentConfiguration>,
    /// Specifies whether to propagate the tags from the daemon to the daemon tasks.
    #[serde(
        rename = "propagateTags",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub propagate_tags: Option<String>,
    /// Specifies whether to turn on Amazon ECS managed tags for the tasks in the daemon.
    #[serde(
        rename = "enableECSManagedTags",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_ecs_managed_tags: Option<bool>,
    /// If `true`, the execute command functionality is turned on for all tasks in the daemon.
    #[serde(
        rename = "enableExecuteCommand",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_execute_command: Option<bool>,
    /// If the `critical` parameter of a daemon is `true`, and the daemon task fails, stops, or becomes unhealthy, Amazon ECS drains the container instance...
    #[serde(rename = "critical", default, skip_serializing_if = "Option::is_none")]
    pub critical: Option<bool>,
}

impl UpdateDaemonRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[
        "daemonArn",
        "daemonTaskDefinitionArn",
        "capacityProviderArns",
    ];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("propagateTags", DAEMON_PROPAGATE_TAGS_VALUES)];
}

impl WireShape for UpdateDaemonRequest {
    const SHAPE_NAME: &'static str = "UpdateDaemonRequest";
    const REQUIRED: &'static [&'static str] = UpdateDaemonRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        UpdateDaemonRequest::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateDaemonResponse {
    /// The Amazon Resource Name (ARN) of the daemon.
    #[serde(rename = "daemonArn", default, skip_serializing_if = "Option::is_none")]
    pub daemon_arn: Option<String>,
    /// The status of the daemon.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The Unix timestamp for the time when the daemon was created.
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<Timestamp>,
    /// The Unix timestamp for the time when the daemon was last updated.
    #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<Timestamp>,
    /// The Amazon Resource Name (ARN) of the daemon deployment that was triggered by the update.
    #[serde(
        rename = "deploymentArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub deployment_arn: Option<String>,
}

impl UpdateDaemonResponse {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("status", DAEMON_STATUS_VALUES)];
}

impl WireShape for UpdateDaemonResponse {
    const SHAPE_NAME: &'static str = "UpdateDaemonResponse";
    const REQUIRED: &'static [&'static str] = UpdateDaemonResponse::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        UpdateDaemonResponse::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateExpressGatewayServiceRequest {
    /// Required. The Amazon Resource Name (ARN) of the Express service to update.
    #[serde(
        rename = "serviceArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_arn: Option<String>,
    /// The Amazon Resource Name (ARN) of the task execution role for the Express service.
    #[serde(
        rename = "executionRoleArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub execution_role_arn: Option<String>,
    /// The path on the container for Application Load Balancer health checks.
    #[serde(
        rename = "healthCheckPath",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub health_check_path: Option<String>,
    /// The primary container configuration for the Express service.
    #[serde(
        rename = "primaryContainer",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub primary_container: Option<ExpressGatewayContainer>,
    /// The Amazon Resource Name (ARN) of the IAM role for containers in this task.
    #[serde(
        rename = "taskRoleArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub task_role_arn: Option<String>,
    /// The network configuration for the Express service tasks.
    #[serde(
        rename = "networkConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub network_configuration: Option<ExpressGatewayServiceNetworkConfiguration>,
    /// The number of CPU units used by the task.
    #[serde(rename = "cpu", default, skip_serializing_if = "Option::is_none")]
    pub cpu: Option<String>,
    /// The amount of memory (in MiB) used by the task.
    #[serde(rename = "memory", default, skip_serializing_if = "Option::is_none")]
    pub memory: Option<String>,
    /// The CPU architecture that the task runs on.
    #[serde(
        rename = "cpuArchitecture",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cpu_architecture: Option<String>,
    /// The auto-scaling configuration for the Express service.
    #[serde(
        rename = "scalingTarget",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub scaling_target: Option<ExpressGatewayScalingTarget>,
    /// The Amazon Resource Name (ARN) of a task definition to use to update the Express Gateway service.
    #[serde(
        rename = "taskDefinitionArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub task_definition_arn: Option<String>,
}

impl UpdateExpressGatewayServiceRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["serviceArn"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("cpuArchitecture", EXPRESS_CPU_ARCHITECTURE_VALUES)];
}

impl WireShape for UpdateExpressGatewayServiceRequest {
    const SHAPE_NAME: &'static str = "UpdateExpressGatewayServiceRequest";
    const REQUIRED: &'static [&'static str] = UpdateExpressGatewayServiceRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        UpdateExpressGatewayServiceRequest::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateExpressGatewayServiceResponse {
    /// The full description of your express gateway service following the update call.
    #[serde(rename = "service", default, skip_serializing_if = "Option::is_none")]
    pub service: Option<UpdatedExpressGatewayService>,
}

impl UpdateExpressGatewayServiceResponse {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for UpdateExpressGatewayServiceResponse {
    const SHAPE_NAME: &'static str = "UpdateExpressGatewayServiceResponse";
    const REQUIRED: &'static [&'static str] = UpdateExpressGatewayServiceResponse::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        UpdateExpressGatewayServiceResponse::ENUM_MEMBERS;
}

/// The mutable configuration fields for a gateway that uses shared Application Load Balancers.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateGatewayAlbConfiguration {
    /// The mutable network configuration for the load balancers that the gateway manages.
    #[serde(
        rename = "networkConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub network_configuration: Option<UpdateGatewayNetworkConfiguration>,
    /// The maximum number of Application Load Balancers that the gateway manages.
    #[serde(
        rename = "maxAlbCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub max_alb_count: Option<i32>,
    /// The Amazon Resource Name (ARN) of the WAF web ACL to associate with the load balancers that the gateway manages.
    #[serde(rename = "webACLArn", default, skip_serializing_if = "Option::is_none")]
    pub web_acl_arn: Option<String>,
    /// The access log configuration for the load balancers that the gateway manages.
    #[serde(
        rename = "accessLogs",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub access_logs: Option<GatewayElbAccessLogConfiguration>,
    /// The desync mitigation mode for the load balancers that the gateway manages.
    #[serde(
        rename = "httpDesync",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub http_desync: Option<String>,
    /// The rules that route test traffic for progressive deployments.
    #[serde(
        rename = "testTrafficRules",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub test_traffic_rules: Option<GatewayAlbTestTrafficRules>,
}

impl UpdateGatewayAlbConfiguration {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("httpDesync", GATEWAY_ALB_DESYNC_MITIGATION_MODE_VALUES)];
}

impl WireShape for UpdateGatewayAlbConfiguration {
    const SHAPE_NAME: &'static str = "UpdateGatewayAlbConfiguration";
    const REQUIRED: &'static [&'static str] = UpdateGatewayAlbConfiguration::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        UpdateGatewayAlbConfiguration::ENUM_MEMBERS;
}

/// Union: set exactly one member. The type-specific configuration to change on a gateway.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateGatewayConfiguration {
    /// The mutable configuration for a host-based, shared Application Load Balancer gateway.
    #[serde(
        rename = "hostSharedAlb",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub host_shared_alb: Option<UpdateGatewayAlbConfiguration>,
}

impl UpdateGatewayConfiguration {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for UpdateGatewayConfiguration {
    const SHAPE_NAME: &'static str = "UpdateGatewayConfiguration";
    const REQUIRED: &'static [&'static str] = UpdateGatewayConfiguration::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        UpdateGatewayConfiguration::ENUM_MEMBERS;
}

/// The mutable network configuration for the load balancers that a gateway manages.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateGatewayNetworkConfiguration {
    /// The ID of a security group that you provide to control inbound traffic to the load balancers that the gateway manages.
    #[serde(
        rename = "inboundSecurityGroup",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub inbound_security_group: Option<String>,
}

impl UpdateGatewayNetworkConfiguration {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for UpdateGatewayNetworkConfiguration {
    const SHAPE_NAME: &'static str = "UpdateGatewayNetworkConfiguration";
    const REQUIRED: &'static [&'static str] = UpdateGatewayNetworkConfiguration::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        UpdateGatewayNetworkConfiguration::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateGatewayRequest {
    /// Required. The name or Amazon Resource Name (ARN) of the gateway to update.
    #[serde(rename = "gateway", default, skip_serializing_if = "Option::is_none")]
    pub gateway: Option<String>,
    /// The Amazon Resource Name (ARN) of the IAM role that the gateway assumes to manage infrastructure on your behalf.
    #[serde(
        rename = "infrastructureRoleArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub infrastructure_role_arn: Option<String>,
    /// Specifies whether to enable deletion protection for the gateway.
    #[serde(
        rename = "deletionProtection",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub deletion_protection: Option<bool>,
    /// The updated type-specific configuration for the gateway.
    #[serde(
        rename = "configuration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub configuration: Option<UpdateGatewayConfiguration>,
    /// Specifies whether to propagate the tags from the gateway to the infrastructure that the gateway manages.
    #[serde(
        rename = "propagateTags",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub propagate_tags: Option<String>,
}

impl UpdateGatewayRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["gateway"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("propagateTags", PROPAGATE_GATEWAY_TAGS_VALUES)];
}

impl WireShape for UpdateGatewayRequest {
    const SHAPE_NAME: &'static str = "UpdateGatewayRequest";
    const REQUIRED: &'static [&'static str] = UpdateGatewayRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        UpdateGatewayRequest::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateGatewayResponse {
    /// The Amazon Resource Name (ARN) of the gateway.
    #[serde(
        rename = "gatewayArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub gateway_arn: Option<String>,
    /// The name of the gateway.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The status of the gateway.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
}

impl UpdateGatewayResponse {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("status", GATEWAY_STATUS_VALUES)];
}

impl WireShape for UpdateGatewayResponse {
    const SHAPE_NAME: &'static str = "UpdateGatewayResponse";
    const REQUIRED: &'static [&'static str] = UpdateGatewayResponse::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        UpdateGatewayResponse::ENUM_MEMBERS;
}

/// Error shape. There's already a current Amazon ECS container agent update in progress on the container instance that's specified.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateInProgressException {
    /// Message that describes the cause of the exception.
    #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

impl UpdateInProgressException {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for UpdateInProgressException {
    const SHAPE_NAME: &'static str = "UpdateInProgressException";
    const REQUIRED: &'static [&'static str] = UpdateInProgressException::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        UpdateInProgressException::ENUM_MEMBERS;
}

/// The updated configuration for a Amazon ECS Managed Instances provider.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateManagedInstancesProviderConfiguration {
    /// Required. The updated Amazon Resource Name (ARN) of the infrastructure role.
    #[serde(
        rename = "infrastructureRoleArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub infrastructure_role_arn: Option<String>,
    /// Required. The updated launch template configuration.
    #[serde(
        rename = "instanceLaunchTemplate",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub instance_launch_template: Option<InstanceLaunchTemplateUpdate>,
    /// The updated tag propagation setting.
    #[serde(
        rename = "propagateTags",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub propagate_tags: Option<String>,
    /// The updated infrastructure optimization configuration.
    #[serde(
        rename = "infrastructureOptimization",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub infrastructure_optimization: Option<InfrastructureOptimization>,
    /// The updated auto repair configuration for the Amazon ECS Managed Instances capacity provider.
    #[serde(
        rename = "autoRepairConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub auto_repair_configuration: Option<AutoRepairConfiguration>,
}

impl UpdateManagedInstancesProviderConfiguration {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] =
        &["infrastructureRoleArn", "instanceLaunchTemplate"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        &[("propagateTags", PROPAGATE_MI_TAGS_VALUES)];
}

impl WireShape for UpdateManagedInstancesProviderConfiguration {
    const SHAPE_NAME: &'static str = "UpdateManagedInstancesProviderConfiguration";
    const REQUIRED: &'static [&'static str] = UpdateManagedInstancesProviderConfiguration::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        UpdateManagedInstancesProviderConfiguration::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateServicePrimaryTaskSetRequest {
    /// Required. The short name or full Amazon Resource Name (ARN) of the cluster that hosts the service that the task set exists in.
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    /// Required. The short name or full Amazon Resource Name (ARN) of the service that the task set exists in.
    #[serde(rename = "service", default, skip_serializing_if = "Option::is_none")]
    pub service: Option<String>,
    /// Required. The short name or full Amazon Resource Name (ARN) of the task set to set as the primary task set in the deployment.
    #[serde(
        rename = "primaryTaskSet",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub primary_task_set: Option<String>,
}

impl UpdateServicePrimaryTaskSetRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["cluster", "service", "primaryTaskSet"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for UpdateServicePrimaryTaskSetRequest {
    const SHAPE_NAME: &'static str = "UpdateServicePrimaryTaskSetRequest";
    const REQUIRED: &'static [&'static str] = UpdateServicePrimaryTaskSetRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        UpdateServicePrimaryTaskSetRequest::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateServicePrimaryTaskSetResponse {
    /// The details about the task set.
    #[serde(rename = "taskSet", default, skip_serializing_if = "Option::is_none")]
    pub task_set: Option<TaskSet>,
}

impl UpdateServicePrimaryTaskSetResponse {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for UpdateServicePrimaryTaskSetResponse {
    const SHAPE_NAME: &'static str = "UpdateServicePrimaryTaskSetResponse";
    const REQUIRED: &'static [&'static str] = UpdateServicePrimaryTaskSetResponse::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        UpdateServicePrimaryTaskSetResponse::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateServiceRequest {
    /// The short name or full Amazon Resource Name (ARN) of the cluster that your service runs on.
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    /// Required. The name of the service to update.
    #[serde(rename = "service", default, skip_serializing_if = "Option::is_none")]
    pub service: Option<String>,
    /// The number of instantiations of the task to place and keep running in your service.
    #[serde(
        rename = "desiredCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub desired_count: Option<i32>,
    /// The `family` and `revision` (`family:revision`) or full ARN of the task definition to run in your service.
    #[serde(
        rename = "taskDefinition",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub task_definition: Option<String>,
    /// The details of a capacity provider strategy.
    #[serde(
        rename = "capacityProviderStrategy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub capacity_provider_strategy: Option<Vec<CapacityProviderStrategyItem>>,
    /// Optional deployment parameters that control how many tasks run during the deployment and the ordering of stopping and starting tasks.
    #[serde(
        rename = "deploymentConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub deployment_configuration: Option<DeploymentConfiguration>,
    /// Indicates whether to use Availability Zone rebalancing for the service.
    #[serde(
        rename = "availabilityZoneRebalancing",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub availability_zone_rebalancing: Option<String>,
    /// An object representing the network configuration for the service.
    #[serde(
        rename = "networkConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub network_configuration: Option<NetworkConfiguration>,
    /// An array of task placement constraint objects to update the service to use.
    #[serde(
        rename = "placementConstraints",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub placement_constraints: Option<Vec<PlacementConstraint>>,
    /// The task placement strategy objects to update the service to use.
    #[serde(
        rename = "placementStrategy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub placement_strategy: Option<Vec<PlacementStrategy>>,
    /// The platform version that your tasks in the service run on.
    #[serde(
        rename = "platformVersion",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub platform_version: Option<String>,
    /// Determines whether to force a new deployment of the service.
    #[serde(
        rename = "forceNewDeployment",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub force_new_deployment: Option<bool>,
    /// The period of time, in seconds, that the Amazon ECS service scheduler ignores unhealthy Elastic Load Balancing, VPC Lattice, and container health...
    #[serde(
        rename = "healthCheckGracePeriodSeconds",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub health_check_grace_period_seconds: Option<i32>,
    #[serde(
        rename = "deploymentController",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub deployment_controller: Option<DeploymentController>,
    /// If `true`, this enables execute command functionality on all task containers.
    #[serde(
        rename = "enableExecuteCommand",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_execute_command: Option<bool>,
    /// Determines whether to turn on Amazon ECS managed tags for the tasks in the service.
    #[serde(
        rename = "enableECSManagedTags",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_ecs_managed_tags: Option<bool>,
    /// You must have a service-linked role when you update this property
    #[serde(
        rename = "loadBalancers",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub load_balancers: Option<Vec<LoadBalancer>>,
    /// Determines whether to propagate the tags from the task definition or the service to the task.
    #[serde(
        rename = "propagateTags",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub propagate_tags: Option<String>,
    /// You must have a service-linked role when you update this property.
    #[serde(
        rename = "serviceRegistries",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_registries: Option<Vec<ServiceRegistry>>,
    /// The configuration for this service to discover and connect to services, and be discovered by, and connected from, other services within a namespace.
    #[serde(
        rename = "serviceConnectConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_connect_configuration: Option<ServiceConnectConfiguration>,
    /// The details of the volume that was `configuredAtLaunch`.
    #[serde(
        rename = "volumeConfigurations",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub volume_configurations: Option<Vec<ServiceVolumeConfiguration>>,
    /// An object representing the VPC Lattice configuration for the service being updated.
    #[serde(
        rename = "vpcLatticeConfigurations",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub vpc_lattice_configurations: Option<Vec<VpcLatticeConfiguration>>,
    /// The updated set of gateway connectors that connect the service to a gateway ingress path.
    #[serde(
        rename = "gatewayConnectors",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub gateway_connectors: Option<Vec<GatewayConnector>>,
    /// The optional monitoring configuration for the service, which defines the resolution for the service-level `CPUUtilization` and `MemoryUtilization`...
    #[serde(
        rename = "monitoring",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub monitoring: Option<MonitoringConfiguration>,
}

impl UpdateServiceRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["service"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[
        (
            "availabilityZoneRebalancing",
            AVAILABILITY_ZONE_REBALANCING_VALUES,
        ),
        ("propagateTags", PROPAGATE_TAGS_VALUES),
    ];
}

impl WireShape for UpdateServiceRequest {
    const SHAPE_NAME: &'static str = "UpdateServiceRequest";
    const REQUIRED: &'static [&'static str] = UpdateServiceRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        UpdateServiceRequest::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateServiceResponse {
    /// The full description of your service following the update call.
    #[serde(rename = "service", default, skip_serializing_if = "Option::is_none")]
    pub service: Option<Service>,
}

impl UpdateServiceResponse {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for UpdateServiceResponse {
    const SHAPE_NAME: &'static str = "UpdateServiceResponse";
    const REQUIRED: &'static [&'static str] = UpdateServiceResponse::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        UpdateServiceResponse::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateTaskProtectionRequest {
    /// Required. The short name or full Amazon Resource Name (ARN) of the cluster that hosts the service that the task sets exist in.
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    /// Required. A list of up to 10 task IDs or full ARN entries.
    #[serde(rename = "tasks", default, skip_serializing_if = "Option::is_none")]
    pub tasks: Option<Vec<String>>,
    /// Required. Specify `true` to mark a task for protection and `false` to unset protection, making it eligible for termination.
    #[serde(
        rename = "protectionEnabled",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub protection_enabled: Option<bool>,
    /// If you set `protectionEnabled` to `true`, you can specify the duration for task protection in minutes.
    #[serde(
        rename = "expiresInMinutes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub expires_in_minutes: Option<i32>,
}

impl UpdateTaskProtectionRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["cluster", "tasks", "protectionEnabled"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for UpdateTaskProtectionRequest {
    const SHAPE_NAME: &'static str = "UpdateTaskProtectionRequest";
    const REQUIRED: &'static [&'static str] = UpdateTaskProtectionRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        UpdateTaskProtectionRequest::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateTaskProtectionResponse {
    /// A list of tasks with the following information.
    #[serde(
        rename = "protectedTasks",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub protected_tasks: Option<Vec<ProtectedTask>>,
    /// Any failures associated with the call.
    #[serde(rename = "failures", default, skip_serializing_if = "Option::is_none")]
    pub failures: Option<Vec<Failure>>,
}

impl UpdateTaskProtectionResponse {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for UpdateTaskProtectionResponse {
    const SHAPE_NAME: &'static str = "UpdateTaskProtectionResponse";
    const REQUIRED: &'static [&'static str] = UpdateTaskProtectionResponse::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        UpdateTaskProtectionResponse::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateTaskSetRequest {
    /// Required. The short name or full Amazon Resource Name (ARN) of the cluster that hosts the service that the task set is found in.
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    /// Required. The short name or full Amazon Resource Name (ARN) of the service that the task set is found in.
    #[serde(rename = "service", default, skip_serializing_if = "Option::is_none")]
    pub service: Option<String>,
    /// Required. The short name or full Amazon Resource Name (ARN) of the task set to update.
    #[serde(rename = "taskSet", default, skip_serializing_if = "Option::is_none")]
    pub task_set: Option<String>,
    /// Required. A floating-point percentage of the desired number of tasks to place and keep running in the task set.
    #[serde(rename = "scale", default, skip_serializing_if = "Option::is_none")]
    pub scale: Option<Scale>,
}

impl UpdateTaskSetRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["cluster", "service", "taskSet", "scale"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for UpdateTaskSetRequest {
    const SHAPE_NAME: &'static str = "UpdateTaskSetRequest";
    const REQUIRED: &'static [&'static str] = UpdateTaskSetRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        UpdateTaskSetRequest::ENUM_MEMBERS;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateTaskSetResponse {
    /// Details about the task set.
    #[serde(rename = "taskSet", default, skip_serializing_if = "Option::is_none")]
    pub task_set: Option<TaskSet>,
}

impl UpdateTaskSetResponse {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for UpdateTaskSetResponse {
    const SHAPE_NAME: &'static str = "UpdateTaskSetResponse";
    const REQUIRED: &'static [&'static str] = UpdateTaskSetResponse::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        UpdateTaskSetResponse::ENUM_MEMBERS;
}

/// An object that describes an Express service to be updated.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdatedExpressGatewayService {
    /// The ARN of the Express service that is being updated.
    #[serde(
        rename = "serviceArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_arn: Option<String>,
    /// The cluster associated with the Express service that is being updated.
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    /// The name of the Express service that is being updated.
    #[serde(
        rename = "serviceName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_name: Option<String>,
    /// The status of the Express service that is being updated.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ExpressGatewayServiceStatus>,
    /// The configuration to which the current Express service is being updated to.
    #[serde(
        rename = "targetConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub target_configuration: Option<ExpressGatewayServiceConfiguration>,
    /// The Unix timestamp for when the Express service that is being updated was created.
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<Timestamp>,
    /// The Unix timestamp for when the Express service that is being updated was most recently updated.
    #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<Timestamp>,
}

impl UpdatedExpressGatewayService {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for UpdatedExpressGatewayService {
    const SHAPE_NAME: &'static str = "UpdatedExpressGatewayService";
    const REQUIRED: &'static [&'static str] = UpdatedExpressGatewayService::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        UpdatedExpressGatewayService::ENUM_MEMBERS;
}

/// The minimum and maximum number of vCPUs for instance type selection.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct VCpuCountRangeRequest {
    /// Required. The minimum number of vCPUs.
    #[serde(rename = "min", default, skip_serializing_if = "Option::is_none")]
    pub min: Option<i32>,
    /// The maximum number of vCPUs.
    #[serde(rename = "max", default, skip_serializing_if = "Option::is_none")]
    pub max: Option<i32>,
}

impl VCpuCountRangeRequest {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["min"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for VCpuCountRangeRequest {
    const SHAPE_NAME: &'static str = "VCpuCountRangeRequest";
    const REQUIRED: &'static [&'static str] = VCpuCountRangeRequest::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        VCpuCountRangeRequest::ENUM_MEMBERS;
}

/// The Docker and Amazon ECS container agent version information about a container instance.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct VersionInfo {
    /// The version number of the Amazon ECS container agent.
    #[serde(
        rename = "agentVersion",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub agent_version: Option<String>,
    /// The Git commit hash for the Amazon ECS container agent build on the amazon-ecs-agent GitHub repository.
    #[serde(rename = "agentHash", default, skip_serializing_if = "Option::is_none")]
    pub agent_hash: Option<String>,
    /// The Docker version that's running on the container instance.
    #[serde(
        rename = "dockerVersion",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub docker_version: Option<String>,
}

impl VersionInfo {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for VersionInfo {
    const SHAPE_NAME: &'static str = "VersionInfo";
    const REQUIRED: &'static [&'static str] = VersionInfo::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        VersionInfo::ENUM_MEMBERS;
}

/// The data volume configuration for tasks launched using this task definition.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Volume {
    /// The name of the volume.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// This parameter is specified when you use bind mount host volumes.
    #[serde(rename = "host", default, skip_serializing_if = "Option::is_none")]
    pub host: Option<HostVolumeProperties>,
    /// This parameter is specified when you use Docker volumes.
    #[serde(
        rename = "dockerVolumeConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub docker_volume_configuration: Option<DockerVolumeConfiguration>,
    /// This parameter is specified when you use an Amazon Elastic File System file system for task storage.
    #[serde(
        rename = "efsVolumeConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub efs_volume_configuration: Option<EFSVolumeConfiguration>,
    /// This parameter is specified when you use an Amazon S3 Files file system for task storage.
    #[serde(
        rename = "s3filesVolumeConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub s3files_volume_configuration: Option<S3FilesVolumeConfiguration>,
    /// This parameter is specified when you use Amazon FSx for Windows File Server file system for task storage.
    #[serde(
        rename = "fsxWindowsFileServerVolumeConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub fsx_windows_file_server_volume_configuration:
        Option<FSxWindowsFileServerVolumeConfiguration>,
    /// Indicates whether the volume should be configured at launch time.
    #[serde(
        rename = "configuredAtLaunch",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub configured_at_launch: Option<bool>,
}

impl Volume {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for Volume {
    const SHAPE_NAME: &'static str = "Volume";
    const REQUIRED: &'static [&'static str] = Volume::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = Volume::ENUM_MEMBERS;
}

/// Details on a data volume from another container in the same task definition.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct VolumeFrom {
    /// The name of another container within the same task definition to mount volumes from.
    #[serde(
        rename = "sourceContainer",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub source_container: Option<String>,
    /// If this value is `true`, the container has read-only access to the volume.
    #[serde(rename = "readOnly", default, skip_serializing_if = "Option::is_none")]
    pub read_only: Option<bool>,
}

impl VolumeFrom {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for VolumeFrom {
    const SHAPE_NAME: &'static str = "VolumeFrom";
    const REQUIRED: &'static [&'static str] = VolumeFrom::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        VolumeFrom::ENUM_MEMBERS;
}

/// The advanced settings for VPC Lattice used in blue/green deployments.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct VpcLatticeAdvancedConfiguration {
    /// The Amazon Resource Name (ARN) of the alternate target group associated with the VPC Lattice Configuration for Amazon ECS blue/green deployments.
    #[serde(
        rename = "alternateTargetGroupArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub alternate_target_group_arn: Option<String>,
    /// The Amazon Resource Name (ARN) that identifies the production listener rule or listener for routing production traffic.
    #[serde(
        rename = "productionListenerRule",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub production_listener_rule: Option<String>,
    /// The Amazon Resource Name (ARN) that identifies the test listener rule or listener for routing test traffic.
    #[serde(
        rename = "testListenerRule",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub test_listener_rule: Option<String>,
}

impl VpcLatticeAdvancedConfiguration {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for VpcLatticeAdvancedConfiguration {
    const SHAPE_NAME: &'static str = "VpcLatticeAdvancedConfiguration";
    const REQUIRED: &'static [&'static str] = VpcLatticeAdvancedConfiguration::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        VpcLatticeAdvancedConfiguration::ENUM_MEMBERS;
}

/// The VPC Lattice configuration for your service that holds the information for the target group(s) Amazon ECS tasks will be registered to.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct VpcLatticeConfiguration {
    /// Required. The ARN of the IAM role to associate with this VPC Lattice configuration.
    #[serde(rename = "roleArn", default, skip_serializing_if = "Option::is_none")]
    pub role_arn: Option<String>,
    /// Required. The full Amazon Resource Name (ARN) of the target group or groups associated with the VPC Lattice configuration that the Amazon ECS tasks will be...
    #[serde(
        rename = "targetGroupArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub target_group_arn: Option<String>,
    /// Required. The name of the port mapping to register in the VPC Lattice target group.
    #[serde(rename = "portName", default, skip_serializing_if = "Option::is_none")]
    pub port_name: Option<String>,
    #[serde(
        rename = "advancedConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub advanced_configuration: Option<VpcLatticeAdvancedConfiguration>,
}

impl VpcLatticeConfiguration {
    /// Wire names of the members the model marks as required.
    pub const REQUIRED: &'static [&'static str] = &["roleArn", "targetGroupArn", "portName"];
    /// Members holding an enum string (or a list of them), with their allowed values.
    pub const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] = &[];
}

impl WireShape for VpcLatticeConfiguration {
    const SHAPE_NAME: &'static str = "VpcLatticeConfiguration";
    const REQUIRED: &'static [&'static str] = VpcLatticeConfiguration::REQUIRED;
    const ENUM_MEMBERS: &'static [(&'static str, &'static [&'static str])] =
        VpcLatticeConfiguration::ENUM_MEMBERS;
}

/// Free-form JSON document.
pub type HookDetails = Value;
