//! Real pulls through [`DockerRuntime::pull_image`] from a private registry started on
//! 127.0.0.1 (Debian's `docker-registry`, with its own config on a free port): the pull streams
//! to completion and reports the image id and repository digest, credentials are passed
//! through, and a missing tag is a classified `NotFound` pull failure.
//!
//! Skipped with a message when docker or `docker-registry` is not installed
//! (`apt-get install docker-registry`); Docker allows plain HTTP to 127.0.0.0/8 registries.

mod support;

use std::net::{TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use berth_docker::{ContainerRuntime, ErrorKind, PullFailure, RegistryAuth};
use support::{docker_cli, docker_present, image, runtime, unique};

/// A registry process, killed on drop, and the image tags to untag on drop.
struct Registry {
    child: Child,
    address: String,
    tags: Vec<String>,
    _dir: tempfile::TempDir,
}

impl Registry {
    fn start() -> Option<Registry> {
        if Command::new("docker-registry")
            .arg("--version")
            .output()
            .is_err()
        {
            println!(
                "skipping: docker-registry is not installed (apt-get install docker-registry)"
            );
            return None;
        }
        let dir = tempfile::tempdir().expect("tempdir");
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|listener| listener.local_addr())
            .expect("a free port")
            .port();
        let address = format!("127.0.0.1:{port}");
        let config = dir.path().join("config.yml");
        std::fs::write(
            &config,
            format!(
                "version: 0.1\nlog:\n  level: error\nstorage:\n  filesystem:\n    rootdirectory: {}\nhttp:\n  addr: {address}\n",
                dir.path().join("data").display()
            ),
        )
        .expect("write config");
        let child = Command::new("docker-registry")
            .arg("serve")
            .arg(&config)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start docker-registry");
        let registry = Registry {
            child,
            address,
            tags: Vec::new(),
            _dir: dir,
        };
        let deadline = Instant::now() + Duration::from_secs(10);
        while TcpStream::connect(&registry.address).is_err() {
            assert!(
                Instant::now() < deadline,
                "docker-registry did not listen on {}",
                registry.address
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        Some(registry)
    }

    /// Pushes the test image as `<registry>/<repository>:<tag>` and removes the local tag, so
    /// the next pull has to ask the registry.
    fn push_test_image(&mut self, repository: &str, tag: &str) -> String {
        let reference = format!("{}/{repository}:{tag}", self.address);
        self.tags.push(reference.clone());
        docker_cli(&["tag", image(), &reference]);
        let push = Command::new("docker")
            .args(["push", &reference])
            .output()
            .expect("docker push");
        assert!(
            push.status.success(),
            "docker push: {}",
            String::from_utf8_lossy(&push.stderr)
        );
        docker_cli(&["rmi", &reference]);
        reference
    }
}

impl Drop for Registry {
    fn drop(&mut self) {
        for tag in &self.tags {
            let _ = Command::new("docker").args(["rmi", tag]).output();
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[tokio::test]
async fn pulls_from_a_local_registry_report_id_and_digest() {
    if !docker_present("pulls_from_a_local_registry_report_id_and_digest") {
        return;
    }
    let Some(mut registry) = Registry::start() else {
        return;
    };
    let runtime = runtime().await;
    let repository = "berth-docker-it/app";
    let tag = unique("tag");
    let reference = registry.push_test_image(repository, &tag);
    assert!(!runtime
        .image_present(&reference)
        .await
        .expect("image_present"));

    let started = Instant::now();
    let pulled = runtime.pull_image(&reference, None).await.expect("pull");
    println!("pull of {reference} took {:?}", started.elapsed());
    assert!(runtime
        .image_present(&reference)
        .await
        .expect("image_present"));
    let local_id = docker_cli(&["image", "inspect", "--format", "{{.Id}}", image()]);
    assert_eq!(pulled.id, local_id);
    let digest = pulled.digest.expect("a registry digest");
    assert!(
        digest.starts_with(&format!("{}/{repository}@sha256:", registry.address)),
        "{digest}"
    );

    // Credentials are sent along; this registry has no auth and ignores them.
    let auth = RegistryAuth {
        username: "user".into(),
        password: "secret".into(),
        server: None,
    };
    runtime
        .pull_image(&reference, Some(&auth))
        .await
        .expect("pull with credentials");

    let missing = format!("{}/{repository}:no-such-tag", registry.address);
    let error = runtime
        .pull_image(&missing, None)
        .await
        .expect_err("no such tag");
    assert_eq!(
        error.kind(),
        ErrorKind::ImagePull(PullFailure::NotFound),
        "{error}"
    );
    assert!(
        error.to_string().starts_with("CannotPullContainerError: "),
        "{error}"
    );
    registry.tags.push(missing);
}
