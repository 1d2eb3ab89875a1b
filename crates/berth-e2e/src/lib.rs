//! The black-box harness: starts the real `berth` binary on a free loopback port with a temporary
//! data directory, waits for `GET /healthz`, and hands out `aws-sdk-ecs` clients configured
//! against it with the credentials berth wrote into `DATA_DIR/credentials`.
//!
//! This crate exists so that the heavy `aws-sdk-ecs` dependency stays out of every other crate.
//! The harness knows only what a user knows: the command line, the health endpoint and the
//! credentials file. It must not link any berth crate or peek into the store.
//!
//! The binary is found through `BERTH_BIN`, else `<workspace>/target/debug/berth`; build it first
//! with `cargo build -p berth`. A typical run, with the SDK in a target dir of its own:
//!
//! ```text
//! cargo build -p berth
//! CARGO_TARGET_DIR=target-e2e BERTH_BIN=$PWD/target/debug/berth cargo test -p berth-e2e
//! ```
//!
//! The RunTask benchmark (`benches/runtask.rs`) documents its own command.

use anyhow::{anyhow, bail, Context, Result};
use aws_config::profile::ProfileFileCredentialsProvider;
use aws_credential_types::provider::ProvideCredentials;
use aws_credential_types::Credentials;
use aws_sdk_ecs::config::retry::RetryConfig;
use aws_sdk_ecs::config::timeout::TimeoutConfig;
use aws_sdk_ecs::config::{BehaviorVersion, Region};
use aws_sdk_ecs::types::{Resource, VersionInfo};
use aws_sdk_ecs::Client;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// The region every client uses unless a test asks for another.
pub const DEFAULT_REGION: &str = "us-east-1";

/// The account berth puts in ARNs for the bootstrap credentials (its `--account-id` default).
pub const DEFAULT_ACCOUNT: &str = "000000000000";

/// How long a freshly spawned server has to answer `/healthz`: a debug build opening a new SQLite
/// store takes well under a second, but parallel tests on two cores can starve it.
const STARTUP_TIMEOUT: Duration = Duration::from_secs(30);

/// Pause between health probes while the server starts.
const HEALTH_POLL_INTERVAL: Duration = Duration::from_millis(20);

/// How many times a start is retried when the chosen port was taken between probing and binding.
const START_ATTEMPTS: u32 = 3;

/// Upper bound on any single SDK call, so a hung server fails a test instead of hanging it.
const OPERATION_TIMEOUT: Duration = Duration::from_secs(30);

/// How much of the server log a failure message quotes.
const LOG_TAIL_BYTES: usize = 4000;

/// A running `berth server`, killed (SIGKILL) when dropped, including when a test panics (its
/// log tail is then printed to stderr).
///
/// The child also gets `PR_SET_PDEATHSIG`, so it dies if the test process is killed outright.
/// Linux ties that signal to the *thread* that spawned the child: create the server on the thread
/// that owns it for its whole life (a `#[tokio::test]` body or a `main`), not on a helper thread.
pub struct BerthServer {
    child: Child,
    endpoint: String,
    credentials: Credentials,
    /// Removed (with the store in it) after `Drop::drop` has killed and reaped the child.
    dir: tempfile::TempDir,
    bin: PathBuf,
    options: ServerOptions,
}

/// Extra settings for [`BerthServer::start_with`].
#[derive(Debug, Clone, Default)]
pub struct ServerOptions {
    /// Extra command-line arguments after `server --listen .. --data-dir ..`.
    pub args: Vec<String>,
    /// Extra environment variables for the child (for example `BERTH_LOG=warn`).
    pub env: Vec<(String, String)>,
}

impl BerthServer {
    /// Starts `berth server` with default options.
    pub async fn start() -> Result<BerthServer> {
        Self::start_with(ServerOptions::default()).await
    }

    /// Starts `berth server` with extra arguments and environment.
    pub async fn start_with(options: ServerOptions) -> Result<BerthServer> {
        let bin = berth_bin()?;
        let dir = tempfile::Builder::new()
            .prefix("berth-e2e-")
            .tempdir()
            .context("creating a temporary directory")?;
        let (child, endpoint) = spawn_healthy(&bin, dir.path(), &options).await?;
        let mut server = BerthServer {
            child,
            endpoint,
            credentials: Credentials::new("", "", None, None, "berth-e2e"),
            dir,
            bin,
            options,
        };
        server.credentials = load_credentials(&server.data_dir().join("credentials")).await?;
        Ok(server)
    }

    /// Kills the server with SIGKILL (no graceful shutdown, like a crash) and starts it again on
    /// the same data directory, on a new port. Clients made before the restart point at the old
    /// port: make new ones.
    pub async fn kill_and_restart(&mut self) -> Result<()> {
        self.child.kill().context("killing berth")?;
        self.child.wait().context("reaping berth")?;
        let (child, endpoint) = spawn_healthy(&self.bin, self.dir.path(), &self.options).await?;
        self.child = child;
        self.endpoint = endpoint;
        self.credentials = load_credentials(&self.data_dir().join("credentials")).await?;
        Ok(())
    }

    /// `http://127.0.0.1:PORT`.
    pub fn endpoint(&self) -> &str {
        &self.endpoint
    }

    /// The server's data directory.
    pub fn data_dir(&self) -> PathBuf {
        self.dir.path().join("data")
    }

    /// The bootstrap credentials read from `DATA_DIR/credentials`.
    pub fn credentials(&self) -> &Credentials {
        &self.credentials
    }

    /// A client for [`DEFAULT_REGION`] with the bootstrap credentials.
    pub fn client(&self) -> Client {
        self.client_in_region(DEFAULT_REGION)
    }

    /// A client for `region` with the bootstrap credentials.
    pub fn client_in_region(&self, region: &str) -> Client {
        client(&self.endpoint, region, self.credentials.clone())
    }

    /// A client signing with the given keys (to test rejected signatures).
    pub fn client_with_keys(&self, access_key_id: &str, secret_access_key: &str) -> Client {
        let credentials = Credentials::new(
            access_key_id,
            secret_access_key,
            None,
            None,
            "berth-e2e-custom",
        );
        client(&self.endpoint, DEFAULT_REGION, credentials)
    }

    /// The last few kilobytes of the server's stdout and stderr, for failure messages.
    pub fn log_tail(&self) -> String {
        log_tail(&self.dir.path().join("berth.log"))
    }

    /// The server's process id (for profiling it).
    pub fn pid(&self) -> u32 {
        self.child.id()
    }
}

impl Drop for BerthServer {
    fn drop(&mut self) {
        // A failing test shows the server's side of the story (the test harness captures this
        // and prints it with the failure).
        if std::thread::panicking() {
            eprintln!("---- berth log (tail) ----\n{}", self.log_tail());
        }
        // Errors mean the child is already gone; nothing else is left to clean up.
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

enum StartError {
    PortRace(anyhow::Error),
    Fatal(anyhow::Error),
}

impl From<anyhow::Error> for StartError {
    fn from(error: anyhow::Error) -> Self {
        StartError::Fatal(error)
    }
}

/// Spawns berth in `dir` and waits for it to be healthy, retrying on a lost port race.
async fn spawn_healthy(bin: &Path, dir: &Path, options: &ServerOptions) -> Result<(Child, String)> {
    let mut last_error = None;
    for _ in 0..START_ATTEMPTS {
        match spawn_once(bin, dir, options).await {
            Ok(started) => return Ok(started),
            // Another process may have bound the probed port before berth did; try another.
            Err(StartError::PortRace(error)) => last_error = Some(error),
            Err(StartError::Fatal(error)) => return Err(error),
        }
    }
    Err(last_error.unwrap_or_else(|| anyhow!("berth did not start")))
}

async fn spawn_once(
    bin: &Path,
    dir: &Path,
    options: &ServerOptions,
) -> Result<(Child, String), StartError> {
    let data_dir = dir.join("data");
    let log_path = dir.join("berth.log");
    let port = free_port()?;
    let listen = format!("127.0.0.1:{port}");
    // Appending keeps the log of a previous run (before a restart) for diagnostics.
    let log = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(&log_path)
        .context("opening the server log")?;
    let log_err = log.try_clone().context("duplicating the log handle")?;
    let mut command = Command::new(bin);
    command
        .arg("server")
        .arg("--listen")
        .arg(&listen)
        .arg("--data-dir")
        .arg(&data_dir)
        .args(&options.args)
        // Credentials must come from the generated file, never from the caller's shell.
        .env_remove("BERTH_ACCESS_KEY_ID")
        .env_remove("BERTH_SECRET_ACCESS_KEY")
        .env_remove("BERTH_LISTEN")
        .env_remove("BERTH_DATA_DIR")
        .envs(options.env.iter().map(|(k, v)| (k, v)))
        .stdin(Stdio::null())
        .stdout(Stdio::from(log))
        .stderr(Stdio::from(log_err));
    die_with_parent(&mut command);
    let mut child = command
        .spawn()
        .with_context(|| format!("spawning {}", bin.display()))?;
    let deadline = Instant::now() + STARTUP_TIMEOUT;
    loop {
        let exited = match child.try_wait() {
            Ok(status) => status,
            Err(error) => {
                let _ = child.kill();
                return Err(StartError::Fatal(anyhow!("polling the child: {error}")));
            }
        };
        if let Some(status) = exited {
            let log = log_tail(&log_path);
            let error = anyhow!("berth exited during start-up ({status}); log:\n{log}");
            return Err(if log.contains("in use") {
                StartError::PortRace(error)
            } else {
                StartError::Fatal(error)
            });
        }
        if healthz(&listen).await {
            return Ok((child, format!("http://{listen}")));
        }
        if Instant::now() >= deadline {
            let _ = child.kill();
            let _ = child.wait();
            return Err(StartError::Fatal(anyhow!(
                "berth did not answer GET /healthz on {listen} within {STARTUP_TIMEOUT:?}; log:\n{}",
                log_tail(&log_path)
            )));
        }
        tokio::time::sleep(HEALTH_POLL_INTERVAL).await;
    }
}

fn log_tail(path: &Path) -> String {
    let text = std::fs::read(path).unwrap_or_default();
    let start = text.len().saturating_sub(LOG_TAIL_BYTES);
    String::from_utf8_lossy(&text[start..]).into_owned()
}

/// The berth binary: `BERTH_BIN`, else `<workspace>/target/debug/berth`.
pub fn berth_bin() -> Result<PathBuf> {
    if let Some(bin) = std::env::var_os("BERTH_BIN").filter(|v| !v.is_empty()) {
        let bin = PathBuf::from(bin);
        if !bin.is_file() {
            bail!("BERTH_BIN={} does not exist", bin.display());
        }
        return Ok(bin);
    }
    let bin = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/debug/berth");
    if !bin.is_file() {
        bail!(
            "the berth binary is missing at {}: build it first with `cargo build -p berth` \
             (with the default target dir), or point BERTH_BIN at a built binary, e.g. \
             `CARGO_TARGET_DIR=/work/target cargo build -p berth && BERTH_BIN=/work/target/debug/berth cargo test -p berth-e2e`",
            bin.display()
        );
    }
    Ok(bin)
}

/// An aws-sdk-ecs client against `endpoint`: static credentials, no retries (a retry would hide
/// a server error from the test), and a bounded operation time.
pub fn client(endpoint: &str, region: &str, credentials: Credentials) -> Client {
    let config = aws_sdk_ecs::Config::builder()
        .behavior_version(BehaviorVersion::latest())
        .region(Region::new(region.to_owned()))
        .endpoint_url(endpoint)
        .credentials_provider(credentials)
        .retry_config(RetryConfig::disabled())
        .timeout_config(
            TimeoutConfig::builder()
                .operation_timeout(OPERATION_TIMEOUT)
                .build(),
        )
        .build();
    Client::from_conf(config)
}

/// Reads the `[default]` profile of a shared-credentials file with the SDK's own profile parser,
/// so a file the real SDKs cannot read fails here too.
pub async fn load_credentials(path: &Path) -> Result<Credentials> {
    #[allow(deprecated)] // The aliases are the only path to EnvConfigFiles without aws-runtime.
    let files = aws_config::profile::profile_file::ProfileFiles::builder()
        .with_file(
            aws_config::profile::profile_file::ProfileFileKind::Credentials,
            path,
        )
        .build();
    let provider = ProfileFileCredentialsProvider::builder()
        .profile_files(files)
        .profile_name("default")
        .build();
    provider
        .provide_credentials()
        .await
        .with_context(|| format!("reading credentials from {}", path.display()))
}

/// An EC2 instance identity document as the ECS agent sends it at registration (berth reads the
/// instance id, availability zone, instance type and region from it).
pub fn identity_document(
    instance_id: &str,
    availability_zone: &str,
    instance_type: &str,
) -> String {
    let region = availability_zone.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    format!(
        r#"{{"instanceId":"{instance_id}","availabilityZone":"{availability_zone}","instanceType":"{instance_type}","region":"{region}","accountId":"{DEFAULT_ACCOUNT}","imageId":"ami-0e2e","architecture":"x86_64","privateIp":"10.0.0.1"}}"#
    )
}

/// The resources an agent reports: CPU units, memory in MiB, and the ports it reserves.
pub fn total_resources(cpu: i32, memory: i32) -> Vec<Resource> {
    vec![
        Resource::builder()
            .name("CPU")
            .r#type("INTEGER")
            .integer_value(cpu)
            .build(),
        Resource::builder()
            .name("MEMORY")
            .r#type("INTEGER")
            .integer_value(memory)
            .build(),
        Resource::builder()
            .name("PORTS")
            .r#type("STRINGSET")
            .string_set_value("22")
            .string_set_value("2375")
            .string_set_value("2376")
            .string_set_value("51678")
            .string_set_value("51679")
            .build(),
        Resource::builder()
            .name("PORTS_UDP")
            .r#type("STRINGSET")
            .build(),
    ]
}

/// Registers a hollow container instance (no agent behind it) the way the ECS agent does, and
/// returns its ARN.
pub async fn register_hollow_instance(
    ecs: &Client,
    cluster: &str,
    instance_id: &str,
    availability_zone: &str,
    cpu: i32,
    memory: i32,
) -> Result<String> {
    let out = ecs
        .register_container_instance()
        .cluster(cluster)
        .instance_identity_document(identity_document(
            instance_id,
            availability_zone,
            "m5.4xlarge",
        ))
        .instance_identity_document_signature("e2e-unsigned")
        .set_total_resources(Some(total_resources(cpu, memory)))
        .version_info(
            VersionInfo::builder()
                .agent_version("1.89.0")
                .agent_hash("e2e")
                .docker_version("DockerVersion: 25.0.0")
                .build(),
        )
        .send()
        .await
        .with_context(|| format!("registering {instance_id} in {cluster}"))?;
    out.container_instance()
        .and_then(|i| i.container_instance_arn())
        .map(str::to_owned)
        .context("RegisterContainerInstance returned no containerInstanceArn")
}

/// A name unique within this process and across runs (test names and parallel tests stay apart).
pub fn unique_name(prefix: &str) -> String {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    format!("{prefix}-{}-{n}-{nanos:x}", std::process::id())
}

/// Asks the kernel for a free loopback port. It is released before berth binds it, so a start
/// can race with another process; [`BerthServer::start_with`] retries on that.
fn free_port() -> Result<u16> {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").context("probing for a free port")?;
    Ok(listener.local_addr()?.port())
}

/// `true` when `GET /healthz` answers 200. A hand-written HTTP/1.1 request keeps an HTTP client
/// crate out of the harness.
async fn healthz(addr: &str) -> bool {
    let probe = async {
        let mut stream = tokio::net::TcpStream::connect(addr).await.ok()?;
        let request = format!("GET /healthz HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n");
        stream.write_all(request.as_bytes()).await.ok()?;
        let mut response = Vec::new();
        stream.read_to_end(&mut response).await.ok()?;
        Some(response.starts_with(b"HTTP/1.1 200"))
    };
    tokio::time::timeout(Duration::from_secs(2), probe)
        .await
        .ok()
        .flatten()
        .unwrap_or(false)
}

/// Makes the child receive SIGKILL when the spawning thread exits, so an interrupted test run
/// leaves no servers behind on a shared machine.
fn die_with_parent(command: &mut Command) {
    use std::os::unix::process::CommandExt;
    // SAFETY: the closure runs between fork and exec and only calls prctl, which is
    // async-signal-safe and touches no memory of the parent.
    unsafe {
        command.pre_exec(|| {
            if libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL) == -1 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unique_names_differ() {
        let a = unique_name("c");
        let b = unique_name("c");
        assert_ne!(a, b);
        assert!(a.starts_with("c-"));
        // Cluster names allow letters, digits, hyphens and underscores only.
        assert!(a
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'));
    }

    #[tokio::test]
    async fn credentials_file_is_read_with_the_sdk_parser() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("credentials");
        std::fs::write(
            &path,
            "[default]\naws_access_key_id = AKID\naws_secret_access_key = s3cr3t/+x\n",
        )
        .unwrap();
        let credentials = load_credentials(&path).await.unwrap();
        assert_eq!(credentials.access_key_id(), "AKID");
        assert_eq!(credentials.secret_access_key(), "s3cr3t/+x");
    }
}
