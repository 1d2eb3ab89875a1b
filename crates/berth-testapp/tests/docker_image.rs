//! Black-box tests of the test image: build it with `scripts/build-test-image.sh` and run real
//! containers through the `docker` CLI.
//!
//! The image is built from this test's own (debug) `berth-testapp` binary into the repository
//! `berth-test-selftest`, so running these tests neither needs a release build nor replaces the
//! `berth-test` images other crates' tests use. Every container has a unique name and a guard
//! that removes it on drop, also when a test fails, so the tests can run in parallel. They are
//! skipped (with a message) only when the `docker` CLI is not installed.

use std::io::ErrorKind;
use std::process::{Command, Output};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::OnceLock;
use std::thread;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use berth_testapp::client;

const IMAGE_REPO: &str = "berth-test-selftest";

/// Whether the docker CLI exists; prints why a test is skipped when it does not.
fn docker_present(test: &str) -> bool {
    match Command::new("docker").arg("--version").output() {
        Err(error) if error.kind() == ErrorKind::NotFound => {
            println!("skipping {test}: the docker CLI is not installed");
            false
        }
        _ => true,
    }
}

fn docker(args: &[&str]) -> Output {
    Command::new("docker")
        .args(args)
        .output()
        .unwrap_or_else(|error| panic!("docker {args:?}: {error}"))
}

/// Runs docker and returns its trimmed stdout, failing the test on a non-zero exit.
fn docker_ok(args: &[&str]) -> String {
    let output = docker(args);
    assert!(
        output.status.success(),
        "docker {args:?} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).trim().to_string()
}

/// Builds the image once per test process (the script itself serialises across processes).
fn image() -> &'static str {
    static IMAGE: OnceLock<String> = OnceLock::new();
    IMAGE.get_or_init(|| {
        let script = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../scripts/build-test-image.sh"
        );
        let output = Command::new("bash")
            .arg(script)
            .env("BERTH_TESTAPP_BIN", env!("CARGO_BIN_EXE_berth-testapp"))
            .env("BERTH_TEST_IMAGE_REPO", IMAGE_REPO)
            .output()
            .expect("run build-test-image.sh");
        assert!(
            output.status.success(),
            "build-test-image.sh failed:\n{}",
            String::from_utf8_lossy(&output.stderr)
        );
        let image = String::from_utf8_lossy(&output.stdout).trim().to_string();
        assert_eq!(image, format!("{IMAGE_REPO}:latest"));
        image
    })
}

fn unique_name(purpose: &str) -> String {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    format!(
        "berth-testapp-it-{purpose}-{}-{}-{nanos}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::SeqCst)
    )
}

/// A container that is force-removed when dropped.
struct Container {
    name: String,
}

impl Container {
    /// `docker run -d --name <unique> <options...> <image> <command...>`.
    fn run(purpose: &str, options: &[&str], image: &str, command: &[&str]) -> Container {
        // The guard exists before the container does, so even a half-failed run is removed.
        let container = Container {
            name: unique_name(purpose),
        };
        let mut args = vec!["run", "-d", "--name", &container.name];
        args.extend_from_slice(options);
        args.push(image);
        args.extend_from_slice(command);
        docker_ok(&args);
        container
    }

    /// The published address of container port 8080, as `127.0.0.1:<port>`.
    fn address(&self) -> String {
        let ports = docker_ok(&["port", &self.name, "8080/tcp"]);
        ports
            .lines()
            .find(|line| line.starts_with("127.0.0.1:"))
            .unwrap_or_else(|| panic!("no 127.0.0.1 port in {ports:?}"))
            .to_string()
    }

    fn inspect(&self, format: &str) -> String {
        docker_ok(&["inspect", "--format", format, &self.name])
    }

    fn exec(&self, command: &[&str]) -> Output {
        let mut args = vec!["exec", self.name.as_str()];
        args.extend_from_slice(command);
        docker(&args)
    }

    /// Waits (bounded) until the container has exited and returns its exit code.
    fn wait_exit(&self, within: Duration) -> i64 {
        let deadline = Instant::now() + within;
        loop {
            if self.inspect("{{.State.Status}}") == "exited" {
                return self.inspect("{{.State.ExitCode}}").parse().unwrap();
            }
            assert!(
                Instant::now() < deadline,
                "{} did not exit within {within:?}",
                self.name
            );
            thread::sleep(Duration::from_millis(100));
        }
    }

    /// Waits (bounded) until `GET /` answers through the published port.
    fn wait_ready(&self) -> String {
        let address = self.address();
        for _ in 0..100 {
            if client::get(&format!("http://{address}/"), Duration::from_secs(1)).is_ok() {
                return address;
            }
            thread::sleep(Duration::from_millis(100));
        }
        panic!("{} never answered on {address}", self.name);
    }

    /// Times `docker stop -t <timeout>`.
    fn stop(&self, timeout_secs: u32) -> Duration {
        let started = Instant::now();
        docker_ok(&["stop", "-t", &timeout_secs.to_string(), &self.name]);
        started.elapsed()
    }
}

impl Drop for Container {
    fn drop(&mut self) {
        let _ = Command::new("docker")
            .args(["rm", "-f", "-v", &self.name])
            .output();
    }
}

fn get(url: &str) -> (u16, String) {
    let response =
        client::get(url, Duration::from_secs(10)).unwrap_or_else(|e| panic!("{url}: {e}"));
    (response.status, response.body_text())
}

fn post(url: &str) -> (u16, String) {
    let response = client::request("POST", url, Duration::from_secs(10))
        .unwrap_or_else(|e| panic!("{url}: {e}"));
    (response.status, response.body_text())
}

fn json(body: &str) -> serde_json::Value {
    serde_json::from_str(body).unwrap_or_else(|e| panic!("not JSON ({e}): {body}"))
}

const PUBLISH: &str = "127.0.0.1::8080";

#[test]
fn serves_http_and_shell_health_checks() {
    if !docker_present("serves_http_and_shell_health_checks") {
        return;
    }
    let app = Container::run(
        "serve",
        &["-p", PUBLISH, "--hostname", "web-1", "-e", "FOO=bar baz"],
        image(),
        &[],
    );
    let address = app.wait_ready();
    assert_eq!(
        get(&format!("http://{address}/")),
        (200, "ok web-1\n".into())
    );
    assert_eq!(
        get(&format!("http://{address}/health")),
        (200, "healthy\n".into())
    );
    let (status, body) = get(&format!("http://{address}/env"));
    assert_eq!(status, 200);
    let env = json(&body);
    assert_eq!(env["FOO"], "bar baz");
    assert_eq!(env["BERTH_TEST_VARIANT"], "v1");

    // What an ECS `CMD-SHELL` health check runs: busybox sh and wget inside the container.
    let shell = app.exec(&["sh", "-c", "wget -qO- http://127.0.0.1:8080/health"]);
    assert!(shell.status.success(), "{shell:?}");
    assert_eq!(String::from_utf8_lossy(&shell.stdout), "healthy\n");
    // And the `CMD` form with the app's own checker.
    let check = app.exec(&["/berth-testapp", "check", "http://127.0.0.1:8080/health"]);
    assert!(check.status.success(), "{check:?}");
    let refused = app.exec(&[
        "/berth-testapp",
        "check",
        "--timeout-ms",
        "500",
        "http://127.0.0.1:9/",
    ]);
    assert_eq!(refused.status.code(), Some(1), "{refused:?}");

    assert_eq!(post(&format!("http://{address}/unhealthy")).0, 200);
    let failing = app.exec(&["/berth-testapp", "check", "http://127.0.0.1:8080/health"]);
    assert_eq!(failing.status.code(), Some(1), "{failing:?}");
}

#[test]
fn sigterm_stops_the_app_promptly_with_status_0() {
    if !docker_present("sigterm_stops_the_app_promptly_with_status_0") {
        return;
    }
    // No --init: the app is PID 1 and must handle SIGTERM itself.
    let app = Container::run("sigterm", &["-p", PUBLISH], image(), &[]);
    app.wait_ready();
    let took = app.stop(5);
    println!("docker stop of a SIGTERM-handling app took {took:?}");
    assert!(took < Duration::from_millis(2500), "stop took {took:?}");
    assert_eq!(app.inspect("{{.State.ExitCode}}"), "0");
}

#[test]
fn ignored_sigterm_waits_for_the_kill() {
    if !docker_present("ignored_sigterm_waits_for_the_kill") {
        return;
    }
    let app = Container::run(
        "ignore-sigterm",
        &["-p", PUBLISH, "--init", "-e", "IGNORE_SIGTERM=1"],
        image(),
        &[],
    );
    app.wait_ready();
    let took = app.stop(2);
    println!("docker stop -t 2 of a SIGTERM-ignoring app took {took:?}");
    assert!(took >= Duration::from_secs(2), "stop took only {took:?}");
    assert_eq!(app.inspect("{{.State.ExitCode}}"), "137");
}

#[test]
fn exits_with_the_requested_code() {
    if !docker_present("exits_with_the_requested_code") {
        return;
    }
    let timed = Container::run(
        "exit-after",
        &["-e", "EXIT_AFTER_SECS=0.5", "-e", "EXIT_CODE=7"],
        image(),
        &[],
    );
    let asked = Container::run("exit-endpoint", &["-p", PUBLISH], image(), &[]);
    let subcommand = Container::run("exit-subcommand", &[], image(), &["exit", "4"]);
    let shell = Container::run(
        "exit-shell",
        &["--entrypoint", "/bin/sh"],
        image(),
        &["-c", "exit 9"],
    );
    let address = asked.wait_ready();
    assert_eq!(
        post(&format!("http://{address}/exit?code=5")),
        (200, "exiting 5\n".into())
    );

    let within = Duration::from_secs(30);
    assert_eq!(timed.wait_exit(within), 7);
    assert_eq!(asked.wait_exit(within), 5);
    assert_eq!(subcommand.wait_exit(within), 4);
    assert_eq!(shell.wait_exit(within), 9);
}

#[test]
fn docker_health_check_follows_the_app() {
    if !docker_present("docker_health_check_follows_the_app") {
        return;
    }
    let app = Container::run(
        "healthcheck",
        &[
            "-p",
            PUBLISH,
            "-e",
            "HEALTHY_AFTER_SECS=1",
            "--health-cmd",
            "wget -qO- http://127.0.0.1:8080/health || exit 1",
            "--health-interval",
            "1s",
            "--health-timeout",
            "2s",
            "--health-retries",
            "1",
        ],
        image(),
        &[],
    );
    let address = app.wait_ready();
    let health = |want: &str| {
        for _ in 0..300 {
            if app.inspect("{{.State.Health.Status}}") == want {
                return;
            }
            thread::sleep(Duration::from_millis(100));
        }
        panic!("health never became {want}");
    };
    health("healthy");
    assert_eq!(post(&format!("http://{address}/unhealthy")).0, 200);
    health("unhealthy");
}

#[test]
fn users_files_and_read_only_roots() {
    if !docker_present("users_files_and_read_only_roots") {
        return;
    }
    let nobody = Container::run(
        "nobody",
        &[
            "-p",
            PUBLISH,
            "--user",
            "nobody",
            "-e",
            "WRITE_FILE=/tmp/probe:written as nobody",
        ],
        image(),
        &[],
    );
    let read_only = Container::run(
        "read-only",
        &["--read-only", "-e", "WRITE_FILE=/probe:x"],
        image(),
        &[],
    );
    let address = nobody.wait_ready();
    assert_eq!(
        get(&format!("http://{address}/file?path=/tmp/probe")),
        (200, "written as nobody".into())
    );
    let id = nobody.exec(&["id", "-u"]);
    assert_eq!(String::from_utf8_lossy(&id.stdout).trim(), "65534");
    // nobody cannot write to the root directory.
    assert_eq!(
        post(&format!("http://{address}/file?path=/denied&content=x")).0,
        500
    );

    // EXIT_WRITE_FAILED.
    assert_eq!(read_only.wait_exit(Duration::from_secs(30)), 3);
}

#[test]
fn containers_reach_each_other_through_fetch() {
    if !docker_present("containers_reach_each_other_through_fetch") {
        return;
    }
    let target = Container::run("fetch-target", &["--hostname", "target-1"], image(), &[]);
    let client_app = Container::run("fetch-client", &["-p", PUBLISH], image(), &[]);
    let address = client_app.wait_ready();
    let ip = target.inspect("{{.NetworkSettings.IPAddress}}");
    assert!(!ip.is_empty(), "the target has no bridge address");
    let url = format!("http://{address}/fetch?url=http://{ip}:8080/");
    // The target may still be starting: retry (bounded) until it answers.
    let mut last = (0, String::new());
    for _ in 0..50 {
        last = get(&url);
        if last.0 == 200 {
            break;
        }
        thread::sleep(Duration::from_millis(100));
    }
    assert_eq!(last.0, 200, "{}", last.1);
    let fetched = json(&last.1);
    assert_eq!(fetched["status"], 200);
    assert_eq!(fetched["body"], "ok target-1\n");

    // Without the metadata variable, /metadata says so.
    let (status, body) = get(&format!("http://{address}/metadata"));
    assert_eq!(status, 404, "{body}");
}

#[test]
fn logs_numbered_lines_and_the_environment() {
    if !docker_present("logs_numbered_lines_and_the_environment") {
        return;
    }
    let app = Container::run(
        "logs",
        &[
            "-e",
            "LOG_LINES=3",
            "-e",
            "LOG_STREAM=both",
            "-e",
            "PRINT_ENV=1",
            "-e",
            "MARKER=m1",
        ],
        image(),
        &[],
    );
    let mut output = None;
    for _ in 0..100 {
        let logs = docker(&["logs", &app.name]);
        let stdout = String::from_utf8_lossy(&logs.stdout).to_string();
        let stderr = String::from_utf8_lossy(&logs.stderr).to_string();
        if stdout.contains("stdout line 3") && stderr.contains("stderr line 3") {
            output = Some((stdout, stderr));
            break;
        }
        thread::sleep(Duration::from_millis(100));
    }
    let (stdout, stderr) = output.expect("three numbered lines on each stream");
    assert!(stdout.contains("MARKER=m1\n"), "{stdout}");
    assert!(
        stdout.contains("stdout line 1\nstdout line 2\nstdout line 3\n"),
        "{stdout}"
    );
    assert!(
        stderr.contains("stderr line 1\nstderr line 2\nstderr line 3\n"),
        "{stderr}"
    );
}

#[test]
fn variant_images_differ_only_in_their_environment() {
    if !docker_present("variant_images_differ_only_in_their_environment") {
        return;
    }
    let latest = image();
    let config = |tag: &str| {
        docker_ok(&[
            "image",
            "inspect",
            "--format",
            "{{json .Config.Env}} {{json .Config.Entrypoint}} {{json .RootFS.Layers}}",
            tag,
        ])
    };
    let v1 = config(latest);
    let v2 = config(&format!("{IMAGE_REPO}:v2"));
    assert!(v1.contains("BERTH_TEST_VARIANT=v1"), "{v1}");
    assert!(v2.contains("BERTH_TEST_VARIANT=v2"), "{v2}");
    assert_eq!(
        v1.replace("=v1", "=v2"),
        v2,
        "same entrypoint and same layer"
    );
    assert_eq!(
        docker_ok(&["image", "inspect", "--format", "{{.Id}}", latest]),
        docker_ok(&[
            "image",
            "inspect",
            "--format",
            "{{.Id}}",
            &format!("{IMAGE_REPO}:v1")
        ])
    );
}
