//! Registering the host as a container instance: the stable instance identity (persisted in the
//! data directory), the `RegisterContainerInstance` request (resources, identity document,
//! attributes, version info), and the registration loop that persists the ARN it gets.
//!
//! The request is built by a pure function from the configuration, the host facts and the
//! identity; the loop around it retries transient failures forever (an agent without a
//! registration can do nothing) and gives up only on a client error.

use berth_docker::HostInfo;
use berth_wire::ecs as wire;
use serde::{Deserialize, Serialize};

use crate::config::AgentConfig;
use crate::ecs_client::{ApiError, EcsClient};
use crate::persist::{DataDir, PersistError};

/// The file that holds the identity and the registration.
pub const INSTANCE_FILE: &str = "instance.json";

/// Format version of [`InstanceRecord`].
const INSTANCE_RECORD_VERSION: u32 = 1;

/// Every Docker remote API version the ECS agent advertises up to 1.41 (berth requires a daemon
/// speaking at least 1.41, Debian bookworm's). Task definitions require the version that
/// introduced the parameter they use (`docker-remote-api.1.18` for labels, `.1.24` for health
/// checks...), so advertising the whole range matches them all.
const DOCKER_API_VERSIONS: &[&str] = &[
    "1.17", "1.18", "1.19", "1.20", "1.21", "1.22", "1.23", "1.24", "1.25", "1.26", "1.27", "1.28",
    "1.29", "1.30", "1.31", "1.32", "1.33", "1.34", "1.35", "1.36", "1.37", "1.38", "1.39", "1.40",
    "1.41",
];

/// Logging drivers the Docker daemon ships with; definitions using them require
/// `com.amazonaws.ecs.capability.logging-driver.<name>`.
const LOGGING_DRIVERS: &[&str] = &[
    "json-file",
    "local",
    "syslog",
    "journald",
    "gelf",
    "fluentd",
    "none",
];

/// Capabilities berth's agent implements (the names the control plane's task-definition
/// registration puts in `requiresAttributes`, plus those ECS agents commonly report).
const CAPABILITIES: &[&str] = &[
    "com.amazonaws.ecs.capability.privileged-container",
    "com.amazonaws.ecs.capability.task-iam-role",
    "com.amazonaws.ecs.capability.task-iam-role-network-host",
    "ecs.capability.task-eni",
    "ecs.capability.container-health-check",
    "ecs.capability.container-ordering",
    "ecs.capability.docker-plugin.local",
    "ecs.capability.env-files.s3",
    "ecs.capability.full-sync",
    "ecs.capability.pid-ipc-namespace-sharing",
    "ecs.capability.task-cpu-mem-limit",
    "ecs.capability.increased-task-cpu-limit",
    "ecs.capability.logging-driver.awsfirelens",
];

/// What the agent keeps about itself across restarts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InstanceRecord {
    pub version: u32,
    /// The stable EC2-style instance id (`i-` + 17 hex digits), chosen once.
    pub instance_id: String,
    /// The cluster the ARN belongs to; a different cluster means a fresh registration.
    pub cluster: Option<String>,
    pub container_instance_arn: Option<String>,
    /// The metadata endpoint's port, reused after a restart so that the URIs in running
    /// containers' environments stay valid.
    #[serde(default)]
    pub metadata_port: Option<u16>,
}

impl InstanceRecord {
    /// Loads the record, or makes a new identity (not yet registered) with `random_hex`.
    pub fn load_or_new(
        data: &DataDir,
        random_hex: impl FnOnce() -> String,
    ) -> Result<InstanceRecord, PersistError> {
        let path = data.file(INSTANCE_FILE);
        if let Some(record) = data.read_json::<InstanceRecord>(&path)? {
            if record.version == INSTANCE_RECORD_VERSION {
                return Ok(record);
            }
            return Err(PersistError::Corrupt {
                path: path.display().to_string(),
                message: format!("unknown record version {}", record.version),
            });
        }
        let record = InstanceRecord {
            version: INSTANCE_RECORD_VERSION,
            instance_id: format!("i-{}", random_hex()),
            cluster: None,
            container_instance_arn: None,
            metadata_port: None,
        };
        data.write_json(&path, &record)?;
        Ok(record)
    }

    pub fn save(&self, data: &DataDir) -> Result<(), PersistError> {
        data.write_json(&data.file(INSTANCE_FILE), self)
    }
}

/// 17 random hex digits (EC2 instance ids have 17).
pub fn random_instance_hex() -> String {
    use rand::Rng;
    let mut rng = rand::thread_rng();
    (0..17)
        .map(|_| char::from_digit(rng.gen_range(0..16), 16).unwrap_or('0'))
        .collect()
}

/// The ECS name of the host's CPU architecture (`x86_64`, `arm64`).
pub fn cpu_architecture(arch: &str) -> &'static str {
    match arch {
        "aarch64" | "arm64" => "arm64",
        _ => "x86_64",
    }
}

/// The attributes the agent registers: identity, OS and architecture, Docker API versions,
/// logging drivers, capabilities, launch types, then the user's (which win).
pub fn attributes(config: &AgentConfig, host: &HostInfo) -> Vec<wire::Attribute> {
    let mut list: Vec<(String, Option<String>)> = vec![
        (
            "ecs.availability-zone".into(),
            Some(config.availability_zone()),
        ),
        (
            "ecs.instance-type".into(),
            Some(config.instance_type.clone()),
        ),
        ("ecs.os-type".into(), Some("linux".into())),
        ("ecs.os-family".into(), Some("LINUX".into())),
        (
            "ecs.cpu-architecture".into(),
            Some(cpu_architecture(&host.arch).into()),
        ),
    ];
    for version in DOCKER_API_VERSIONS {
        list.push((
            format!("com.amazonaws.ecs.capability.docker-remote-api.{version}"),
            None,
        ));
    }
    for driver in LOGGING_DRIVERS {
        list.push((
            format!("com.amazonaws.ecs.capability.logging-driver.{driver}"),
            None,
        ));
    }
    for capability in CAPABILITIES {
        list.push(((*capability).to_owned(), None));
    }
    if config.fargate {
        list.push(("ecs.capability.fargate".into(), None));
    }
    if config.external {
        list.push(("ecs.capability.external".into(), None));
    }
    for (name, value) in &config.attributes {
        list.retain(|(n, _)| n != name);
        list.push((name.clone(), value.clone()));
    }
    list.into_iter()
        .map(|(name, value)| wire::Attribute {
            name: Some(name),
            value,
            ..Default::default()
        })
        .collect()
}

fn integer(name: &str, value: i64) -> wire::Resource {
    wire::Resource {
        name: Some(name.into()),
        r#type: Some("INTEGER".into()),
        integer_value: Some(i32::try_from(value.max(0)).unwrap_or(i32::MAX)),
        ..Default::default()
    }
}

/// CPU units and memory MiB to register: the overrides, else `cores × 1024` and
/// `host MiB − reserved`.
pub fn total_resources(config: &AgentConfig, host: &HostInfo) -> (i64, i64) {
    let cpu = config
        .cpu_units
        .unwrap_or_else(|| i64::from(host.ncpu) * 1024);
    let host_mib = i64::try_from(host.mem_total_bytes / (1024 * 1024)).unwrap_or(i64::MAX);
    let memory = config
        .memory_mib
        .unwrap_or_else(|| host_mib.saturating_sub(config.reserved_memory_mib).max(0));
    (cpu, memory)
}

/// The `RegisterContainerInstance` request for this host (re-registration when the record has
/// an ARN for the same cluster).
pub fn register_request(
    config: &AgentConfig,
    host: &HostInfo,
    record: &InstanceRecord,
) -> wire::RegisterContainerInstanceRequest {
    let (cpu, memory) = total_resources(config, host);
    let document = serde_json::json!({
        "instanceId": record.instance_id,
        "availabilityZone": config.availability_zone(),
        "instanceType": config.instance_type,
        "region": config.region,
        "architecture": cpu_architecture(&host.arch),
    });
    let ports = |name: &str| wire::Resource {
        name: Some(name.into()),
        r#type: Some("STRINGSET".into()),
        string_set_value: Some(Vec::new()),
        ..Default::default()
    };
    let same_cluster = record.cluster.as_deref() == Some(config.cluster.as_str());
    wire::RegisterContainerInstanceRequest {
        cluster: Some(config.cluster.clone()),
        instance_identity_document: Some(document.to_string()),
        total_resources: Some(vec![
            integer("CPU", cpu),
            integer("MEMORY", memory),
            ports("PORTS"),
            ports("PORTS_UDP"),
        ]),
        version_info: Some(wire::VersionInfo {
            agent_version: Some(config.agent_version.clone()),
            agent_hash: None,
            docker_version: Some(format!("DockerVersion: {}", host.docker_version)),
        }),
        container_instance_arn: record
            .container_instance_arn
            .clone()
            .filter(|_| same_cluster),
        attributes: Some(attributes(config, host)),
        ..Default::default()
    }
}

/// Why registration failed for good.
#[derive(Debug, thiserror::Error)]
pub enum RegistrationError {
    #[error("the control plane refused the registration: {0}")]
    Refused(ApiError),
    #[error("the control plane's answer has no containerInstanceArn")]
    NoArn,
    #[error(transparent)]
    Persist(#[from] PersistError),
}

/// Registers (or re-registers) and persists the ARN. Transient failures are retried by the
/// client; a client error is final (bad cluster, bad credentials).
pub async fn register(
    client: &EcsClient,
    data: &DataDir,
    config: &AgentConfig,
    host: &HostInfo,
    record: &mut InstanceRecord,
) -> Result<String, RegistrationError> {
    let request = register_request(config, host, record);
    let response: wire::RegisterContainerInstanceResponse =
        match client.call("RegisterContainerInstance", &request).await {
            Ok(response) => response,
            // A saved ARN the control plane no longer knows (deregistered, or a wiped store): ECS's
            // agent starts over with a fresh registration rather than failing forever.
            Err(ApiError::Service { status, .. })
                if status < 500 && request.container_instance_arn.is_some() =>
            {
                tracing::warn!("re-registration refused; registering as a new container instance");
                let mut fresh = request.clone();
                fresh.container_instance_arn = None;
                client
                    .call("RegisterContainerInstance", &fresh)
                    .await
                    .map_err(RegistrationError::Refused)?
            }
            Err(error) => return Err(RegistrationError::Refused(error)),
        };
    let arn = response
        .container_instance
        .and_then(|i| i.container_instance_arn)
        .ok_or(RegistrationError::NoArn)?;
    record.container_instance_arn = Some(arn.clone());
    record.cluster = Some(config.cluster.clone());
    record.save(data)?;
    Ok(arn)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Credentials;

    pub(crate) fn host() -> HostInfo {
        HostInfo {
            ncpu: 2,
            mem_total_bytes: 4096 * 1024 * 1024,
            os: "Debian".into(),
            os_type: "linux".into(),
            arch: "x86_64".into(),
            kernel_version: "6.1".into(),
            docker_version: "20.10.24".into(),
            api_version: "1.41".into(),
        }
    }

    fn config() -> AgentConfig {
        AgentConfig::new(
            "http://127.0.0.1:1",
            "default",
            "/tmp/unused",
            Credentials {
                access_key_id: "a".into(),
                secret_access_key: "b".into(),
                session_token: None,
            },
            "us-east-1",
        )
    }

    #[test]
    fn identity_is_stable_across_loads() {
        let dir = tempfile::tempdir().unwrap();
        let data = DataDir::open(dir.path()).unwrap();
        let first = InstanceRecord::load_or_new(&data, random_instance_hex).unwrap();
        assert_eq!(first.instance_id.len(), 19);
        assert!(first.instance_id.starts_with("i-"));
        let again = InstanceRecord::load_or_new(&data, || "other".into()).unwrap();
        assert_eq!(again, first);
    }

    #[test]
    fn requests_carry_resources_identity_and_attributes() {
        let mut config = config();
        config.attributes = vec![
            ("stack".into(), Some("prod".into())),
            ("ecs.instance-type".into(), Some("custom".into())),
        ];
        config.fargate = true;
        let record = InstanceRecord {
            version: 1,
            instance_id: "i-0123456789abcdef0".into(),
            cluster: Some("default".into()),
            container_instance_arn: Some("arn:ci".into()),
            metadata_port: None,
        };
        let request = register_request(&config, &host(), &record);
        let resources = request.total_resources.unwrap();
        assert_eq!(resources[0].integer_value, Some(2048));
        assert_eq!(resources[1].integer_value, Some(4096 - 256));
        assert_eq!(request.container_instance_arn.as_deref(), Some("arn:ci"));
        let doc: serde_json::Value =
            serde_json::from_str(&request.instance_identity_document.unwrap()).unwrap();
        assert_eq!(doc["instanceId"], "i-0123456789abcdef0");
        assert_eq!(doc["availabilityZone"], "us-east-1a");
        let attributes = request.attributes.unwrap();
        let value = |name: &str| {
            attributes
                .iter()
                .find(|a| a.name.as_deref() == Some(name))
                .map(|a| a.value.clone())
        };
        assert_eq!(value("ecs.instance-type"), Some(Some("custom".into())));
        assert_eq!(value("stack"), Some(Some("prod".into())));
        assert_eq!(value("ecs.cpu-architecture"), Some(Some("x86_64".into())));
        for required in [
            "ecs.capability.task-eni",
            "ecs.capability.container-health-check",
            "ecs.capability.container-ordering",
            "com.amazonaws.ecs.capability.docker-remote-api.1.18",
            "com.amazonaws.ecs.capability.docker-remote-api.1.25",
            "com.amazonaws.ecs.capability.logging-driver.json-file",
            "com.amazonaws.ecs.capability.privileged-container",
            "com.amazonaws.ecs.capability.task-iam-role",
            "ecs.capability.fargate",
        ] {
            assert_eq!(value(required), Some(None), "{required}");
        }
        // Another cluster: a fresh registration.
        let mut other = config.clone();
        other.cluster = "other".into();
        assert_eq!(
            register_request(&other, &host(), &record).container_instance_arn,
            None
        );
        // Overrides win over host facts.
        let mut sized = config;
        sized.cpu_units = Some(512);
        sized.memory_mib = Some(1000);
        assert_eq!(total_resources(&sized, &host()), (512, 1000));
    }
}
