//! The agent's configuration ([`AgentConfig`]), its defaults (each with the ECS setting it
//! mirrors), and resolving AWS credentials from the environment or a shared credentials file.
//!
//! The binary builds an [`AgentConfig`] from flags and the environment; this module only holds
//! the values and reads credentials when asked. It must not start anything or talk to the
//! network.

use std::net::IpAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Memory (MiB) the agent keeps back from what it registers, for the host, Docker and the
/// agent itself. ECS's `ECS_RESERVED_MEMORY` defaults to 0, but a berth host usually also runs
/// the control plane, so berth holds back 256 MiB by default.
pub const DEFAULT_RESERVED_MEMORY_MIB: i64 = 256;

/// How long a STOPPED task's containers are kept before removal: ECS's
/// `ECS_ENGINE_TASK_CLEANUP_WAIT_DURATION` default (3 h), long enough to read logs and exit codes.
pub const DEFAULT_TASK_CLEANUP_WAIT: Duration = Duration::from_secs(3 * 60 * 60);

/// SIGTERM-to-SIGKILL grace for containers without `stopTimeout`: ECS's
/// `ECS_CONTAINER_STOP_TIMEOUT` default (30 s).
pub const DEFAULT_STOP_TIMEOUT_SECS: u32 = berth_lifecycle::timeouts::DEFAULT_STOP_TIMEOUT_SECS;

/// The instance type berth reports when none is configured (hosts outside EC2 have none).
pub const DEFAULT_INSTANCE_TYPE: &str = "berth.host";

/// Name of the image that holds an `awsvpc` task's network namespace. It is built locally from
/// a static busybox because no registry is reachable from a berth host in general.
pub const DEFAULT_PAUSE_IMAGE: &str = "berth-pause:1";

/// Name of the Docker bridge network berth creates for `awsvpc` tasks.
pub const DEFAULT_AWSVPC_NETWORK: &str = "berth-awsvpc";

/// Where the pause image's busybox comes from (Debian's `busybox-static`).
pub const DEFAULT_BUSYBOX_PATH: &str = "/bin/busybox";

/// When the agent pulls an image (ECS's `ECS_IMAGE_PULL_BEHAVIOR`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PullBehavior {
    /// Pull every time; if the pull fails and the image is cached, use the cached image
    /// (ECS's `default`).
    Default,
    /// Pull every time; a failed pull fails the task (ECS's `always`).
    Always,
    /// Pull only when the image is not on the host (ECS's `once`).
    Once,
    /// Use the cached image when present, else pull (ECS's `prefer-cached`). berth's default:
    /// berth hosts often have no registry at all and run locally built images.
    #[default]
    PreferCached,
}

impl PullBehavior {
    /// Parses ECS's setting value (`default`, `always`, `once`, `prefer-cached`).
    pub fn parse(text: &str) -> Option<PullBehavior> {
        match text {
            "default" => Some(PullBehavior::Default),
            "always" => Some(PullBehavior::Always),
            "once" => Some(PullBehavior::Once),
            "prefer-cached" => Some(PullBehavior::PreferCached),
            _ => None,
        }
    }
}

/// The access key the agent signs its requests with.
#[derive(Clone, PartialEq, Eq)]
pub struct Credentials {
    pub access_key_id: String,
    pub secret_access_key: String,
    pub session_token: Option<String>,
}

impl std::fmt::Debug for Credentials {
    // Secrets never reach logs through `{:?}`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Credentials")
            .field("access_key_id", &self.access_key_id)
            .finish_non_exhaustive()
    }
}

/// Why credentials could not be resolved.
#[derive(Debug, thiserror::Error)]
pub enum CredentialsError {
    #[error("no credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or put a [{profile}] profile in {path}")]
    NotFound { profile: String, path: String },
    #[error("cannot read the shared credentials file {path}: {source}")]
    Read {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("profile [{profile}] in {path} lacks {field}")]
    Incomplete {
        profile: String,
        path: String,
        field: &'static str,
    },
}

impl Credentials {
    /// Resolves credentials the way the AWS SDKs do, in order: `AWS_ACCESS_KEY_ID` +
    /// `AWS_SECRET_ACCESS_KEY` (+ `AWS_SESSION_TOKEN`); else the profile `AWS_PROFILE` (default
    /// `default`) of the shared credentials file (`AWS_SHARED_CREDENTIALS_FILE`, default
    /// `~/.aws/credentials`). `env` is the lookup (the process environment in the binary).
    pub fn resolve(env: &dyn Fn(&str) -> Option<String>) -> Result<Credentials, CredentialsError> {
        let get = |name: &str| env(name).filter(|v| !v.is_empty());
        if let (Some(access_key_id), Some(secret_access_key)) =
            (get("AWS_ACCESS_KEY_ID"), get("AWS_SECRET_ACCESS_KEY"))
        {
            return Ok(Credentials {
                access_key_id,
                secret_access_key,
                session_token: get("AWS_SESSION_TOKEN"),
            });
        }
        let profile = get("AWS_PROFILE").unwrap_or_else(|| "default".to_owned());
        let path = match get("AWS_SHARED_CREDENTIALS_FILE") {
            Some(path) => PathBuf::from(path),
            None => PathBuf::from(get("HOME").unwrap_or_default()).join(".aws/credentials"),
        };
        let shown = path.display().to_string();
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(CredentialsError::NotFound {
                    profile,
                    path: shown,
                })
            }
            Err(source) => {
                return Err(CredentialsError::Read {
                    path: shown,
                    source,
                })
            }
        };
        Credentials::from_shared_file(&text, &profile, &path)
    }

    /// Reads one profile of a shared credentials file (INI: `[name]`, `key = value`, `#`/`;`
    /// comments).
    pub fn from_shared_file(
        text: &str,
        profile: &str,
        path: &Path,
    ) -> Result<Credentials, CredentialsError> {
        let mut in_profile = false;
        let mut found = false;
        let (mut key, mut secret, mut token) = (None, None, None);
        for line in text.lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') || line.starts_with(';') {
                continue;
            }
            if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                in_profile = name.trim() == profile;
                found |= in_profile;
                continue;
            }
            if !in_profile {
                continue;
            }
            if let Some((name, value)) = line.split_once('=') {
                let value = Some(value.trim().to_owned()).filter(|v| !v.is_empty());
                match name.trim() {
                    "aws_access_key_id" => key = value,
                    "aws_secret_access_key" => secret = value,
                    "aws_session_token" => token = value,
                    _ => {}
                }
            }
        }
        let shown = path.display().to_string();
        if !found {
            return Err(CredentialsError::NotFound {
                profile: profile.to_owned(),
                path: shown,
            });
        }
        let incomplete = |field| CredentialsError::Incomplete {
            profile: profile.to_owned(),
            path: shown.clone(),
            field,
        };
        Ok(Credentials {
            access_key_id: key.ok_or_else(|| incomplete("aws_access_key_id"))?,
            secret_access_key: secret.ok_or_else(|| incomplete("aws_secret_access_key"))?,
            session_token: token,
        })
    }
}

/// Everything the agent needs to know to run.
#[derive(Debug, Clone)]
pub struct AgentConfig {
    /// The control plane's base URL, `http://host:port` (ECS API on `POST /`, the agent
    /// WebSocket on `berth_protocol::CONNECT_PATH`).
    pub endpoint: String,
    /// The cluster to join (name or ARN).
    pub cluster: String,
    /// Where the agent keeps its identity, registration and task states.
    pub data_dir: PathBuf,
    pub credentials: Credentials,
    /// The region to sign for and report in the identity document.
    pub region: String,
    /// Extra attributes to register (name, optional value).
    pub attributes: Vec<(String, Option<String>)>,
    /// `None`: `<region>a`, like the first zone of an AWS region.
    pub availability_zone: Option<String>,
    pub instance_type: String,
    /// CPU units to register instead of `cores × 1024`.
    pub cpu_units: Option<i64>,
    /// Memory MiB to register instead of `host MiB − reserved`.
    pub memory_mib: Option<i64>,
    /// MiB kept back from the host's memory (see [`DEFAULT_RESERVED_MEMORY_MIB`]).
    pub reserved_memory_mib: i64,
    /// Serve the `FARGATE` launch type too (EC2 is always offered).
    pub fargate: bool,
    /// Serve the `EXTERNAL` launch type too.
    pub external: bool,
    /// Stop timeout for containers without `stopTimeout`.
    pub default_stop_timeout_secs: u32,
    /// How long a STOPPED task's containers are kept before removal.
    pub task_cleanup_wait: Duration,
    pub pull_behavior: PullBehavior,
    /// Port of the task metadata endpoint; 0 picks a free one at start.
    pub metadata_port: u16,
    /// Addresses the metadata endpoint binds in addition to `127.0.0.1`. `None`: the gateways
    /// of Docker's `bridge` network and of the awsvpc network, found at start.
    pub metadata_bind: Option<Vec<IpAddr>>,
    pub pause_image: String,
    pub awsvpc_network: String,
    pub busybox_path: PathBuf,
    /// Reported as `versionInfo.agentVersion`.
    pub agent_version: String,
}

impl AgentConfig {
    /// A configuration with every default; the binary overrides what its flags set.
    pub fn new(
        endpoint: impl Into<String>,
        cluster: impl Into<String>,
        data_dir: impl Into<PathBuf>,
        credentials: Credentials,
        region: impl Into<String>,
    ) -> AgentConfig {
        AgentConfig {
            endpoint: endpoint.into(),
            cluster: cluster.into(),
            data_dir: data_dir.into(),
            credentials,
            region: region.into(),
            attributes: Vec::new(),
            availability_zone: None,
            instance_type: DEFAULT_INSTANCE_TYPE.to_owned(),
            cpu_units: None,
            memory_mib: None,
            reserved_memory_mib: DEFAULT_RESERVED_MEMORY_MIB,
            fargate: false,
            external: false,
            default_stop_timeout_secs: DEFAULT_STOP_TIMEOUT_SECS,
            task_cleanup_wait: DEFAULT_TASK_CLEANUP_WAIT,
            pull_behavior: PullBehavior::default(),
            metadata_port: 0,
            metadata_bind: None,
            pause_image: DEFAULT_PAUSE_IMAGE.to_owned(),
            awsvpc_network: DEFAULT_AWSVPC_NETWORK.to_owned(),
            busybox_path: PathBuf::from(DEFAULT_BUSYBOX_PATH),
            agent_version: env!("CARGO_PKG_VERSION").to_owned(),
        }
    }

    /// The availability zone to report.
    pub fn availability_zone(&self) -> String {
        self.availability_zone
            .clone()
            .unwrap_or_else(|| format!("{}a", self.region))
    }

    /// The launch types this agent serves, in ECS's order.
    pub fn launch_types(&self) -> Vec<&'static str> {
        let mut types = vec!["EC2"];
        if self.fargate {
            types.push("FARGATE");
        }
        if self.external {
            types.push("EXTERNAL");
        }
        types
    }

    /// The cluster's short name (the part after `cluster/` of an ARN).
    pub fn cluster_name(&self) -> String {
        short_cluster(&self.cluster)
    }
}

/// A cluster's short name from its name or ARN (the part after `:cluster/`).
pub fn short_cluster(cluster: &str) -> String {
    match cluster.rsplit_once(":cluster/") {
        Some((_, name)) => name.to_owned(),
        None => cluster.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn env(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let map: HashMap<String, String> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        move |name| map.get(name).cloned()
    }

    #[test]
    fn environment_credentials_win() {
        let creds = Credentials::resolve(&env(&[
            ("AWS_ACCESS_KEY_ID", "AK"),
            ("AWS_SECRET_ACCESS_KEY", "SK"),
            ("AWS_SESSION_TOKEN", "TOK"),
        ]))
        .unwrap();
        assert_eq!(creds.access_key_id, "AK");
        assert_eq!(creds.session_token.as_deref(), Some("TOK"));
        assert!(!format!("{creds:?}").contains("SK"));
    }

    #[test]
    fn shared_file_profiles() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("credentials");
        std::fs::write(
            &path,
            "# comment\n[default]\naws_access_key_id = AK1\naws_secret_access_key=SK1\n\n\
             [other]\naws_access_key_id=AK2\naws_secret_access_key = SK2\naws_session_token = T2\n\
             [broken]\naws_access_key_id=AK3\n",
        )
        .unwrap();
        let file = path.to_str().unwrap();
        let default = Credentials::resolve(&env(&[("AWS_SHARED_CREDENTIALS_FILE", file)])).unwrap();
        assert_eq!(
            (default.access_key_id.as_str(), default.session_token),
            ("AK1", None)
        );
        let other = Credentials::resolve(&env(&[
            ("AWS_SHARED_CREDENTIALS_FILE", file),
            ("AWS_PROFILE", "other"),
        ]))
        .unwrap();
        assert_eq!(other.secret_access_key, "SK2");
        assert_eq!(other.session_token.as_deref(), Some("T2"));
        for (profile, expected) in [("broken", "lacks"), ("missing", "no credentials")] {
            let err = Credentials::resolve(&env(&[
                ("AWS_SHARED_CREDENTIALS_FILE", file),
                ("AWS_PROFILE", profile),
            ]))
            .unwrap_err();
            assert!(err.to_string().contains(expected), "{err}");
        }
        let none = Credentials::resolve(&env(&[("HOME", "/nonexistent")])).unwrap_err();
        assert!(matches!(none, CredentialsError::NotFound { .. }));
    }

    #[test]
    fn launch_types_and_names() {
        let creds = Credentials {
            access_key_id: "a".into(),
            secret_access_key: "b".into(),
            session_token: None,
        };
        let mut config = AgentConfig::new(
            "http://127.0.0.1:1",
            "arn:aws:ecs:us-east-1:123:cluster/web",
            "/tmp/x",
            creds,
            "us-east-1",
        );
        assert_eq!(config.launch_types(), ["EC2"]);
        config.fargate = true;
        config.external = true;
        assert_eq!(config.launch_types(), ["EC2", "FARGATE", "EXTERNAL"]);
        assert_eq!(config.cluster_name(), "web");
        assert_eq!(config.availability_zone(), "us-east-1a");
        assert_eq!(PullBehavior::parse("once"), Some(PullBehavior::Once));
        assert_eq!(PullBehavior::parse("never"), None);
    }
}
