//! The harness of the Docker integration tests: the test image (built once per process by
//! `scripts/build-test-image.sh`), a connected runtime, unique names, and a guard that removes
//! every container, network and volume a test made, also when the test fails.
//!
//! Tests are skipped (with a message) only when the docker CLI is not installed; a daemon that
//! is installed but broken fails them.

#![allow(dead_code)]

use std::io::{ErrorKind, Read, Write};
use std::net::TcpStream;
use std::process::Command;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};

use berth_docker::{ContainerId, ContainerInfo, ContainerRuntime, DockerRuntime};

/// The label every container of these tests carries, so leftovers can be found by hand.
pub const TEST_LABEL: &str = "berth.test";

/// Whether docker is installed; prints why the test is skipped when it is not.
pub fn docker_present(test: &str) -> bool {
    match Command::new("docker").arg("--version").output() {
        Err(error) if error.kind() == ErrorKind::NotFound => {
            println!("skipping {test}: the docker CLI is not installed");
            false
        }
        _ => true,
    }
}

/// The test image, built once per test process (the script serialises across processes and is
/// quick when the image is up to date).
pub fn image() -> &'static str {
    static IMAGE: OnceLock<String> = OnceLock::new();
    IMAGE.get_or_init(|| {
        let script = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../scripts/build-test-image.sh"
        );
        let output = Command::new("bash")
            .arg(script)
            .output()
            .expect("run build-test-image.sh");
        assert!(
            output.status.success(),
            "build-test-image.sh failed:\n{}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8_lossy(&output.stdout).trim().to_string()
    })
}

/// A runtime connected to the local daemon.
pub async fn runtime() -> DockerRuntime {
    DockerRuntime::connect().await.expect("connect to Docker")
}

/// A name no other test (or test process) uses.
pub fn unique(purpose: &str) -> String {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    format!(
        "berth-docker-it-{purpose}-{}-{}-{nanos}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::SeqCst)
    )
}

/// Runs the docker CLI and returns its trimmed stdout (empty on failure).
pub fn docker_cli(args: &[&str]) -> String {
    let output = Command::new("docker")
        .args(args)
        .output()
        .unwrap_or_else(|error| panic!("docker {args:?}: {error}"));
    String::from_utf8_lossy(&output.stdout).trim().to_string()
}

/// Removes, on drop, every container, network and volume registered with it. Register a name
/// before creating the object, so a half-failed creation is cleaned up too.
#[derive(Default)]
pub struct Cleanup {
    containers: Mutex<Vec<String>>,
    networks: Mutex<Vec<String>>,
    volumes: Mutex<Vec<String>>,
}

impl Cleanup {
    pub fn new() -> Cleanup {
        Cleanup::default()
    }

    pub fn container(&self, name: &str) -> String {
        lock(&self.containers).push(name.to_string());
        name.to_string()
    }

    pub fn network(&self, name: &str) -> String {
        lock(&self.networks).push(name.to_string());
        name.to_string()
    }

    pub fn volume(&self, name: &str) -> String {
        lock(&self.volumes).push(name.to_string());
        name.to_string()
    }
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

impl Drop for Cleanup {
    fn drop(&mut self) {
        let quiet = |args: &[&str]| {
            let _ = Command::new("docker").args(args).output();
        };
        let containers = lock(&self.containers).clone();
        if !containers.is_empty() {
            let mut args = vec!["rm", "-f", "-v"];
            args.extend(containers.iter().map(String::as_str));
            quiet(&args);
        }
        for network in lock(&self.networks).iter() {
            quiet(&["network", "rm", network]);
        }
        let volumes = lock(&self.volumes).clone();
        if !volumes.is_empty() {
            let mut args = vec!["volume", "rm", "-f"];
            args.extend(volumes.iter().map(String::as_str));
            quiet(&args);
        }
    }
}

/// Polls `inspect_container` until `done` holds, for at most `limit`.
pub async fn inspect_until(
    runtime: &DockerRuntime,
    id: &ContainerId,
    limit: Duration,
    done: impl Fn(&ContainerInfo) -> bool,
) -> ContainerInfo {
    let deadline = Instant::now() + limit;
    loop {
        let info = runtime
            .inspect_container(id)
            .await
            .expect("inspect")
            .expect("container exists");
        if done(&info) || Instant::now() >= deadline {
            return info;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// A plain HTTP/1.0 GET; `None` until something answers.
pub fn http_get(address: &str, path: &str) -> Option<(u16, String)> {
    let mut stream = TcpStream::connect(address).ok()?;
    stream.set_read_timeout(Some(Duration::from_secs(2))).ok()?;
    write!(stream, "GET {path} HTTP/1.0\r\nHost: test\r\n\r\n").ok()?;
    let mut response = String::new();
    stream.read_to_string(&mut response).ok()?;
    let status = response.split_whitespace().nth(1)?.parse().ok()?;
    let body = response
        .split_once("\r\n\r\n")
        .map(|(_, body)| body.to_string())
        .unwrap_or_default();
    Some((status, body))
}

/// Retries [`http_get`] for at most `limit` (the server needs a moment to listen).
pub async fn http_get_within(address: &str, path: &str, limit: Duration) -> Option<(u16, String)> {
    let deadline = Instant::now() + limit;
    loop {
        let address = address.to_string();
        let path_owned = path.to_string();
        let answer = tokio::task::spawn_blocking(move || http_get(&address, &path_owned))
            .await
            .ok()
            .flatten();
        if answer.is_some() || Instant::now() >= deadline {
            return answer;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// The median of some durations.
pub fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples.get(samples.len() / 2).copied().unwrap_or_default()
}
