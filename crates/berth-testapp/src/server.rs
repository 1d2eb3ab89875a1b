//! The test HTTP server: routing, health state, and the accept loop (one thread per
//! connection, every response closes its connection).
//!
//! Routing and the health rule are pure functions ([`route`], [`is_healthy`]); only
//! [`Server::run`] and the route execution touch sockets, files and the network. Exiting the
//! process goes through [`ServerState::exit`] so that tests can run a server in-process.

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::net::{Shutdown, SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::thread;
use std::time::{Duration, Instant};

use crate::client;
use crate::http::{parse_request_head, Request, Response};
use crate::json::{self, Value};

/// How long a connection may take to send its request; a stuck client must not pin a thread.
pub const REQUEST_READ_TIMEOUT: Duration = Duration::from_secs(10);
/// The largest request body read (and discarded); the API takes its input from the query.
pub const MAX_BODY_BYTES: usize = 1024 * 1024;
/// How long `/fetch` and `/metadata` wait by default; ECS health checks allow 5 s too.
pub const DEFAULT_FETCH_TIMEOUT: Duration = Duration::from_secs(5);
/// The variable the ECS agent sets to the task metadata endpoint (version 4).
pub const METADATA_VARIABLE: &str = "ECS_CONTAINER_METADATA_URI_V4";

/// What a request asks for, decided without any I/O.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// `GET /`: `ok <hostname>`.
    Root,
    /// `GET /health`: 200 while healthy, else 503.
    Health,
    /// `GET /env`: the process environment as a JSON object.
    Env,
    /// `GET /fetch?url=...[&timeout_ms=N]`: GET another address, report status and body.
    Fetch { url: String, timeout: Duration },
    /// `GET /metadata`: GET `$ECS_CONTAINER_METADATA_URI_V4` and `.../task`.
    Metadata,
    /// `POST /exit?code=N`: answer, then exit with N.
    Exit { code: i32 },
    /// `POST /unhealthy`: `/health` fails from now on.
    MarkUnhealthy,
    /// `POST /healthy`: undo `/unhealthy` (time-based rules still apply).
    MarkHealthy,
    /// `GET /file?path=/p`: the file's content (to see what another container wrote).
    ReadFile { path: String },
    /// `POST /file?path=/p&content=c`: write a file (to probe read-only and bind mounts).
    WriteFile { path: String, content: String },
    /// A response decided by routing alone (400, 404, 405).
    Reject(Response),
}

/// Maps a request to a [`Route`].
pub fn route(request: &Request) -> Route {
    let method = request.method.as_str();
    let (allowed, route) = match request.path.as_str() {
        "/" => ("GET", Route::Root),
        "/health" => ("GET", Route::Health),
        "/env" => ("GET", Route::Env),
        "/metadata" => ("GET", Route::Metadata),
        "/unhealthy" => ("POST", Route::MarkUnhealthy),
        "/healthy" => ("POST", Route::MarkHealthy),
        "/fetch" => ("GET", fetch_route(request)),
        "/exit" => ("POST", exit_route(request)),
        "/file" if method == "POST" => ("POST", write_file_route(request)),
        "/file" => ("GET", read_file_route(request)),
        other => (
            method,
            Route::Reject(Response::text(404, format!("no route {other}"))),
        ),
    };
    // HEAD is not supported: test clients only GET and POST.
    if method != allowed {
        return Route::Reject(Response::text(
            405,
            format!("{} {} is not allowed; use {allowed}", method, request.path),
        ));
    }
    route
}

fn bad_request(message: String) -> Route {
    Route::Reject(Response::text(400, message))
}

fn fetch_route(request: &Request) -> Route {
    let Some(url) = request.query_param("url") else {
        return bad_request("missing url parameter".into());
    };
    let timeout = match request.query_param("timeout_ms") {
        None => DEFAULT_FETCH_TIMEOUT,
        Some(ms) => match ms.parse() {
            Ok(ms) => Duration::from_millis(ms),
            Err(_) => return bad_request(format!("bad timeout_ms {ms:?}")),
        },
    };
    Route::Fetch {
        url: url.to_string(),
        timeout,
    }
}

fn exit_route(request: &Request) -> Route {
    match request.query_param("code").unwrap_or("0").parse::<u8>() {
        Ok(code) => Route::Exit {
            code: i32::from(code),
        },
        Err(_) => bad_request("code must be 0-255".into()),
    }
}

fn read_file_route(request: &Request) -> Route {
    match request.query_param("path") {
        Some(path) if path.starts_with('/') => Route::ReadFile {
            path: path.to_string(),
        },
        _ => bad_request("path must be absolute".into()),
    }
}

fn write_file_route(request: &Request) -> Route {
    match request.query_param("path") {
        Some(path) if path.starts_with('/') => Route::WriteFile {
            path: path.to_string(),
            content: request
                .query_param("content")
                .unwrap_or_default()
                .to_string(),
        },
        _ => bad_request("path must be absolute".into()),
    }
}

/// The health rule: failing before `healthy_after`, failing from `unhealthy_after` on, and
/// failing once marked unhealthy.
pub fn is_healthy(
    healthy_after: Option<Duration>,
    unhealthy_after: Option<Duration>,
    elapsed: Duration,
    marked_unhealthy: bool,
) -> bool {
    let warmed_up = healthy_after.is_none_or(|after| elapsed >= after);
    let expired = unhealthy_after.is_some_and(|after| elapsed >= after);
    warmed_up && !expired && !marked_unhealthy
}

/// What the server needs to answer requests.
pub struct ServerState {
    pub started: Instant,
    pub healthy_after: Option<Duration>,
    pub unhealthy_after: Option<Duration>,
    pub marked_unhealthy: AtomicBool,
    pub hostname: String,
    /// The environment, for `/env` and the metadata endpoint.
    pub environment: BTreeMap<String, String>,
    /// Ends the process; a test substitutes a recorder.
    pub exit: Box<dyn Fn(i32) + Send + Sync>,
}

impl ServerState {
    fn healthy(&self) -> bool {
        is_healthy(
            self.healthy_after,
            self.unhealthy_after,
            self.started.elapsed(),
            self.marked_unhealthy.load(Ordering::SeqCst),
        )
    }
}

/// A bound server.
pub struct Server {
    listener: TcpListener,
    state: Arc<ServerState>,
}

impl Server {
    /// Binds `address:port`.
    pub fn bind(address: &str, port: u16, state: ServerState) -> std::io::Result<Server> {
        let listener = TcpListener::bind((address, port))?;
        Ok(Server {
            listener,
            state: Arc::new(state),
        })
    }

    /// The bound address (to learn the port after binding port 0).
    pub fn local_addr(&self) -> std::io::Result<SocketAddr> {
        self.listener.local_addr()
    }

    /// Accepts connections forever, one thread each.
    pub fn run(self) {
        for stream in self.listener.incoming() {
            match stream {
                Ok(stream) => {
                    let state = Arc::clone(&self.state);
                    thread::spawn(move || handle_connection(stream, &state));
                }
                Err(error) => {
                    // Out of file descriptors or similar: back off instead of spinning.
                    eprintln!("berth-testapp: accept failed: {error}");
                    thread::sleep(Duration::from_millis(50));
                }
            }
        }
    }
}

fn handle_connection(mut stream: TcpStream, state: &ServerState) {
    let _ = stream.set_read_timeout(Some(REQUEST_READ_TIMEOUT));
    let (response, exit_code) = match read_request(&mut stream) {
        Ok(Some(request)) => execute(route(&request), state),
        Ok(None) => return,
        Err(response) => (response, None),
    };
    let _ = stream.write_all(&response.to_bytes());
    let _ = stream.flush();
    let _ = stream.shutdown(Shutdown::Write);
    if let Some(code) = exit_code {
        println!("berth-testapp: exiting with code {code} as asked");
        (state.exit)(code);
    }
}

/// Reads a request head and discards its body. `Ok(None)` means the peer went away.
fn read_request(stream: &mut TcpStream) -> Result<Option<Request>, Response> {
    let mut buffer = Vec::new();
    let mut chunk = [0u8; 4096];
    let (request, head_len) = loop {
        match parse_request_head(&buffer) {
            Ok(Some(parsed)) => break parsed,
            Ok(None) => {}
            Err(error) => return Err(Response::text(400, error.to_string())),
        }
        match stream.read(&mut chunk) {
            Ok(0) | Err(_) => return Ok(None),
            Ok(n) => buffer.extend_from_slice(&chunk[..n]),
        }
    };
    let length = request
        .content_length()
        .map_err(|error| Response::text(400, error.to_string()))?;
    if length > MAX_BODY_BYTES {
        return Err(Response::text(400, "body too large"));
    }
    // Drain the body so that closing the socket does not reset the connection before the
    // client has read the response.
    let mut remaining = length.saturating_sub(buffer.len() - head_len);
    while remaining > 0 {
        match stream.read(&mut chunk) {
            Ok(0) | Err(_) => break,
            Ok(n) => remaining = remaining.saturating_sub(n),
        }
    }
    Ok(Some(request))
}

/// Carries out a route; returns the response and, for `/exit`, the code to exit with after
/// the response is sent.
fn execute(route: Route, state: &ServerState) -> (Response, Option<i32>) {
    let response = match route {
        Route::Root => Response::text(200, format!("ok {}", state.hostname)),
        Route::Health if state.healthy() => Response::text(200, "healthy"),
        Route::Health => Response::text(503, "unhealthy"),
        Route::Env => Response::json(
            200,
            json::object(
                state
                    .environment
                    .iter()
                    .map(|(key, value)| (key.as_str(), Value::String(value.clone()))),
            ),
        ),
        Route::Fetch { url, timeout } => fetch(&url, timeout),
        Route::Metadata => metadata(state),
        Route::Exit { code } => {
            return (Response::text(200, format!("exiting {code}")), Some(code))
        }
        Route::MarkUnhealthy => {
            state.marked_unhealthy.store(true, Ordering::SeqCst);
            Response::text(200, "unhealthy")
        }
        Route::MarkHealthy => {
            state.marked_unhealthy.store(false, Ordering::SeqCst);
            Response::text(200, "healthy")
        }
        Route::ReadFile { path } => match std::fs::read(&path) {
            Ok(content) => Response {
                status: 200,
                content_type: "application/octet-stream",
                body: content,
            },
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
                Response::text(404, format!("{path}: {error}"))
            }
            Err(error) => Response::text(500, format!("{path}: {error}")),
        },
        Route::WriteFile { path, content } => match std::fs::write(&path, content) {
            Ok(()) => Response::text(200, format!("wrote {path}")),
            Err(error) => Response::text(500, format!("{path}: {error}")),
        },
        Route::Reject(response) => response,
    };
    (response, None)
}

/// `{"url":..,"status":N,"body":".."}` on an answer (whatever its status), or
/// `{"url":..,"error":".."}` with 502 when there was none.
fn fetched_json(url: &str, result: &Result<client::HttpResponse, client::ClientError>) -> String {
    match result {
        Ok(response) => json::object([
            ("url", Value::String(url.to_string())),
            ("status", Value::Number(i64::from(response.status))),
            ("body", Value::String(response.body_text())),
        ]),
        Err(error) => json::object([
            ("url", Value::String(url.to_string())),
            ("error", Value::String(error.to_string())),
        ]),
    }
}

fn fetch(url: &str, timeout: Duration) -> Response {
    let result = client::get(url, timeout);
    let status = if result.is_ok() { 200 } else { 502 };
    Response::json(status, fetched_json(url, &result))
}

/// Fetches the container and task metadata documents. The bodies are embedded as JSON
/// strings (this crate does not parse JSON); 200 only if both answered 200.
fn metadata(state: &ServerState) -> Response {
    let Some(base) = state.environment.get(METADATA_VARIABLE) else {
        return Response::text(404, format!("{METADATA_VARIABLE} is not set"));
    };
    let base = base.trim_end_matches('/');
    let container_url = base.to_string();
    let task_url = format!("{base}/task");
    let container = client::get(&container_url, DEFAULT_FETCH_TIMEOUT);
    let task = client::get(&task_url, DEFAULT_FETCH_TIMEOUT);
    let all_ok = [&container, &task]
        .iter()
        .all(|result| matches!(result, Ok(response) if response.status == 200));
    Response::json(
        if all_ok { 200 } else { 502 },
        json::object([
            (
                "container",
                Value::Raw(fetched_json(&container_url, &container)),
            ),
            ("task", Value::Raw(fetched_json(&task_url, &task))),
        ]),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::http::split_target;
    use std::sync::Mutex;

    /// (healthy after s, unhealthy after s, elapsed s, marked unhealthy, expected healthy).
    type HealthCase = (Option<u64>, Option<u64>, u64, bool, bool);

    fn request(method: &str, target: &str) -> Request {
        let (path, query) = split_target(target);
        Request {
            method: method.into(),
            path,
            query,
            headers: vec![],
        }
    }

    fn status_of(route: &Route) -> Option<u16> {
        match route {
            Route::Reject(response) => Some(response.status),
            _ => None,
        }
    }

    #[test]
    fn routes() {
        let cases: &[(&str, &str, Route)] = &[
            ("GET", "/", Route::Root),
            ("GET", "/health", Route::Health),
            ("GET", "/env", Route::Env),
            ("GET", "/metadata", Route::Metadata),
            ("POST", "/unhealthy", Route::MarkUnhealthy),
            ("POST", "/healthy", Route::MarkHealthy),
            ("POST", "/exit?code=3", Route::Exit { code: 3 }),
            ("POST", "/exit", Route::Exit { code: 0 }),
            (
                "GET",
                "/fetch?url=http://10.0.0.2:8080/health",
                Route::Fetch {
                    url: "http://10.0.0.2:8080/health".into(),
                    timeout: DEFAULT_FETCH_TIMEOUT,
                },
            ),
            (
                "GET",
                "/fetch?url=http%3A%2F%2Fa%2Fb%3Fc%3Dd&timeout_ms=20",
                Route::Fetch {
                    url: "http://a/b?c=d".into(),
                    timeout: Duration::from_millis(20),
                },
            ),
            (
                "GET",
                "/file?path=/data/x",
                Route::ReadFile {
                    path: "/data/x".into(),
                },
            ),
            (
                "POST",
                "/file?path=/data/x&content=hi+there",
                Route::WriteFile {
                    path: "/data/x".into(),
                    content: "hi there".into(),
                },
            ),
        ];
        for (method, target, expected) in cases {
            assert_eq!(
                &route(&request(method, target)),
                expected,
                "{method} {target}"
            );
        }
    }

    #[test]
    fn rejected_routes() {
        let cases: &[(&str, &str, u16)] = &[
            ("GET", "/nope", 404),
            ("POST", "/nope", 404),
            ("POST", "/", 405),
            ("GET", "/exit?code=1", 405),
            ("GET", "/unhealthy", 405),
            ("DELETE", "/file?path=/x", 405),
            ("POST", "/exit?code=256", 400),
            ("POST", "/exit?code=-1", 400),
            ("GET", "/fetch", 400),
            ("GET", "/fetch?url=http://a/&timeout_ms=soon", 400),
            ("GET", "/file", 400),
            ("GET", "/file?path=relative", 400),
            ("POST", "/file?content=x", 400),
        ];
        for (method, target, status) in cases {
            assert_eq!(
                status_of(&route(&request(method, target))),
                Some(*status),
                "{method} {target}"
            );
        }
    }

    #[test]
    fn health_rule() {
        let s = Duration::from_secs;
        let cases: &[HealthCase] = &[
            (None, None, 0, false, true),
            (None, None, 0, true, false),
            (Some(5), None, 4, false, false),
            (Some(5), None, 5, false, true),
            (None, Some(5), 4, false, true),
            (None, Some(5), 5, false, false),
            (Some(2), Some(5), 3, false, true),
            (Some(2), Some(5), 3, true, false),
            (Some(2), Some(5), 1, false, false),
        ];
        for &(after, until, elapsed, marked, expected) in cases {
            assert_eq!(
                is_healthy(after.map(s), until.map(s), s(elapsed), marked),
                expected,
                "{after:?} {until:?} {elapsed} {marked}"
            );
        }
    }

    /// Runs a real server on 127.0.0.1 in this process; `/exit` is recorded, not obeyed.
    fn start(environment: &[(&str, &str)]) -> (String, Arc<Mutex<Vec<i32>>>) {
        let exits = Arc::new(Mutex::new(Vec::new()));
        let recorder = Arc::clone(&exits);
        let state = ServerState {
            started: Instant::now(),
            healthy_after: None,
            unhealthy_after: None,
            marked_unhealthy: AtomicBool::new(false),
            hostname: "testhost".into(),
            environment: environment
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
            exit: Box::new(move |code| recorder.lock().unwrap().push(code)),
        };
        let server = Server::bind("127.0.0.1", 0, state).unwrap();
        let base = format!("http://{}", server.local_addr().unwrap());
        thread::spawn(move || server.run());
        (base, exits)
    }

    fn get(url: &str) -> (u16, String) {
        let response = client::get(url, Duration::from_secs(5)).unwrap();
        (response.status, response.body_text())
    }

    /// POSTs with a small body, through a raw socket (the client only GETs).
    fn post(base: &str, target: &str) -> (u16, String) {
        let address = base.trim_start_matches("http://");
        let mut stream = TcpStream::connect(address).unwrap();
        let request = format!("POST {target} HTTP/1.1\r\nhost: x\r\ncontent-length: 2\r\n\r\n{{}}");
        stream.write_all(request.as_bytes()).unwrap();
        let mut received = Vec::new();
        stream.read_to_end(&mut received).unwrap();
        let response = client::parse_response(&received).unwrap();
        (response.status, response.body_text())
    }

    #[test]
    fn serves_over_a_real_socket() {
        let (upstream, _) = start(&[]);
        let (base, exits) = start(&[("FOO", "bar \"baz\""), (METADATA_VARIABLE, &upstream)]);
        assert_eq!(get(&format!("{base}/")), (200, "ok testhost\n".into()));
        assert_eq!(get(&format!("{base}/health")), (200, "healthy\n".into()));

        let (status, body) = get(&format!("{base}/env"));
        assert_eq!(status, 200);
        let env: serde_json::Value = serde_json::from_str(&body).unwrap();
        assert_eq!(env["FOO"], "bar \"baz\"");

        let (status, body) = get(&format!("{base}/fetch?url={upstream}/health"));
        assert_eq!(status, 200);
        let fetched: serde_json::Value = serde_json::from_str(&body).unwrap();
        assert_eq!(
            (fetched["status"].as_u64(), fetched["body"].as_str()),
            (Some(200), Some("healthy\n"))
        );

        // The upstream has no /task route, so the metadata answer is a 502 that shows both.
        let (status, body) = get(&format!("{base}/metadata"));
        assert_eq!(status, 502, "{body}");
        let metadata: serde_json::Value = serde_json::from_str(&body).unwrap();
        assert_eq!(metadata["container"]["status"], 200);
        assert_eq!(metadata["task"]["status"], 404);

        assert_eq!(post(&base, "/unhealthy"), (200, "unhealthy\n".into()));
        assert_eq!(get(&format!("{base}/health")), (503, "unhealthy\n".into()));
        assert_eq!(post(&base, "/healthy").0, 200);
        assert_eq!(get(&format!("{base}/health")).0, 200);

        assert_eq!(post(&base, "/exit?code=7"), (200, "exiting 7\n".into()));
        // The exit follows the response, so wait (bounded) for the recorder to see it.
        for _ in 0..500 {
            if !exits.lock().unwrap().is_empty() {
                break;
            }
            thread::sleep(Duration::from_millis(10));
        }
        assert_eq!(*exits.lock().unwrap(), vec![7]);

        let (status, _) = get(&format!("{base}/nope"));
        assert_eq!(status, 404);
    }

    #[test]
    fn fetch_failures_are_502_with_the_error() {
        let (base, _) = start(&[]);
        let closed = TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap();
        let (status, body) = get(&format!(
            "{base}/fetch?url=http://{closed}/&timeout_ms=2000"
        ));
        assert_eq!(status, 502);
        let fetched: serde_json::Value = serde_json::from_str(&body).unwrap();
        assert!(fetched["error"].as_str().is_some(), "{body}");

        let (status, body) = get(&format!("{base}/metadata"));
        assert_eq!(status, 404);
        assert!(body.contains(METADATA_VARIABLE));
    }

    #[test]
    fn files_are_written_and_read_back() {
        let (base, _) = start(&[]);
        let dir = std::env::temp_dir().join(format!("berth-testapp-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("probe");
        let path = path.to_str().unwrap();
        assert_eq!(
            post(&base, &format!("/file?path={path}&content=hello")).0,
            200
        );
        assert_eq!(
            get(&format!("{base}/file?path={path}")),
            (200, "hello".into())
        );
        assert_eq!(get(&format!("{base}/file?path={path}.missing")).0, 404);
        assert_eq!(
            post(&base, &format!("/file?path={path}/under-a-file&content=x")).0,
            500
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn malformed_requests_get_400() {
        let (base, _) = start(&[]);
        let mut stream = TcpStream::connect(base.trim_start_matches("http://")).unwrap();
        stream.write_all(b"NONSENSE\r\n\r\n").unwrap();
        let mut received = Vec::new();
        stream.read_to_end(&mut received).unwrap();
        assert_eq!(client::parse_response(&received).unwrap().status, 400);
    }
}
