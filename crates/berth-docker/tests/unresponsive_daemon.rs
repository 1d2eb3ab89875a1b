//! [`DockerRuntime`] against a scripted fake daemon on a Unix socket: a daemon that never
//! answers turns every call into a `DockerTimeoutError` within the configured deadline, and an
//! events stream whose daemon goes away ends with an `Unavailable` error instead of hanging.
//! No real Docker is involved, so these always run.

use std::time::{Duration, Instant};

use berth_docker::{
    ContainerId, ContainerRuntime, DockerRuntime, ErrorKind, EventFilter, EventKind, Timeouts,
};
use futures::StreamExt;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{UnixListener, UnixStream};

const EVENT: &str = r#"{"Type":"container","Action":"die","Actor":{"ID":"abc","Attributes":{"exitCode":"3","name":"web"}},"time":1700000000,"timeNano":1700000000000000000}"#;

/// Serves one request per connection: `/version` and `/_ping` answer, `/events` sends one event
/// and then closes the connection (the daemon "goes away"), everything else never answers.
async fn serve(listener: UnixListener) {
    loop {
        let Ok((stream, _)) = listener.accept().await else {
            return;
        };
        tokio::spawn(answer(stream));
    }
}

async fn answer(mut stream: UnixStream) {
    let mut request = Vec::new();
    let mut buffer = [0u8; 1024];
    while !request.windows(4).any(|w| w == b"\r\n\r\n") {
        match stream.read(&mut buffer).await {
            Ok(0) | Err(_) => return,
            Ok(n) => request.extend_from_slice(&buffer[..n]),
        }
        if request.len() > 64 * 1024 {
            return;
        }
    }
    let head = String::from_utf8_lossy(&request);
    let path = head
        .split_whitespace()
        .nth(1)
        .unwrap_or_default()
        .to_string();
    let reply = |body: &str| {
        format!(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        )
    };
    if path.contains("/version") {
        let body = r#"{"Version":"20.10.24","ApiVersion":"1.41","MinAPIVersion":"1.12"}"#;
        let _ = stream.write_all(reply(body).as_bytes()).await;
    } else if path.contains("/_ping") {
        let _ = stream.write_all(reply("OK").as_bytes()).await;
    } else if path.contains("/events") {
        let chunk = format!("{EVENT}\n");
        let response = format!(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n{:x}\r\n{chunk}\r\n",
            chunk.len()
        );
        let _ = stream.write_all(response.as_bytes()).await;
        tokio::time::sleep(Duration::from_millis(200)).await;
        // Dropping the connection mid-stream, as a daemon that dies does.
    } else {
        // A hung daemon: hold the connection and never answer (bounded, so nothing outlives
        // the test by long).
        tokio::time::sleep(Duration::from_secs(30)).await;
    }
}

async fn fake_daemon() -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().expect("tempdir");
    let socket = dir.path().join("docker.sock");
    let listener = UnixListener::bind(&socket).expect("bind");
    tokio::spawn(serve(listener));
    (dir, format!("unix://{}", socket.display()))
}

#[tokio::test]
async fn a_hung_daemon_turns_calls_into_timeouts() {
    let (_dir, host) = fake_daemon().await;
    let runtime = DockerRuntime::connect_to(&host)
        .await
        .expect("connect and negotiate")
        .with_timeouts(Timeouts::uniform(Duration::from_millis(300)));
    assert_eq!(runtime.api_version(), "1.41");
    let id = ContainerId::new("abc");

    let started = Instant::now();
    let error = runtime.inspect_container(&id).await.expect_err("hangs");
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(error.kind(), ErrorKind::Timeout);
    assert_eq!(
        error.to_string(),
        "DockerTimeoutError: could not inspect container; timed out after waiting 0.3s"
    );
    assert!(error.is_retriable());

    let error = runtime.start_container(&id).await.expect_err("hangs");
    assert_eq!(error.kind(), ErrorKind::Timeout);
    // The stop deadline is the stop timeout plus the grace (0.3 s here).
    let started = Instant::now();
    let error = runtime
        .stop_container(&id, Duration::from_millis(200))
        .await
        .expect_err("hangs");
    assert_eq!(error.kind(), ErrorKind::Timeout);
    let took = started.elapsed();
    assert!(
        took >= Duration::from_millis(500) && took < Duration::from_secs(3),
        "{took:?}"
    );

    let error = runtime.pull_image("app:1", None).await.expect_err("hangs");
    assert_eq!(
        error.kind(),
        ErrorKind::ImagePull(berth_docker::PullFailure::Timeout),
        "{error}"
    );
    assert!(
        error
            .to_string()
            .starts_with("CannotPullContainerError: pull of app:1 "),
        "{error}"
    );
}

#[tokio::test]
async fn an_events_stream_ends_with_an_error_when_the_daemon_goes_away() {
    let (_dir, host) = fake_daemon().await;
    let runtime = DockerRuntime::connect_to(&host).await.expect("connect");
    let mut events = runtime
        .events(&EventFilter::default())
        .await
        .expect("events");
    let first = tokio::time::timeout(Duration::from_secs(5), events.next())
        .await
        .expect("an item")
        .expect("not the end")
        .expect("an event");
    assert_eq!(first.kind, EventKind::Die { exit_code: 3 });
    assert_eq!(first.container_id.as_str(), "abc");

    let end = tokio::time::timeout(Duration::from_secs(5), events.next())
        .await
        .expect("the stream does not hang")
        .expect("an error item before the end")
        .expect_err("an error");
    assert_eq!(end.kind(), ErrorKind::Unavailable, "{end}");
    let after = tokio::time::timeout(Duration::from_secs(5), events.next())
        .await
        .expect("the stream does not hang");
    assert!(after.is_none(), "the stream ends after its error");
}

#[tokio::test]
async fn a_missing_socket_is_unavailable() {
    let dir = tempfile::tempdir().expect("tempdir");
    let host = format!("unix://{}", dir.path().join("absent.sock").display());
    let error = DockerRuntime::connect_to(&host)
        .await
        .expect_err("no daemon");
    assert_eq!(error.kind(), ErrorKind::Unavailable, "{error}");
}
