//! Every interval, deadline and retry bound the agent itself decides with, each with its reason
//! (the Docker call deadlines live in `berth-docker`, the lifecycle's in `berth-lifecycle`).
//!
//! Numbers only: this module must not read configuration.

use std::time::Duration;

/// First reconnect delay of the control-plane session: short, so that a restarted control
/// plane sees its agents back within a fraction of a second.
pub const SESSION_BACKOFF_MIN: Duration = Duration::from_millis(100);

/// Longest reconnect delay: bounded, so that an agent notices a returning control plane within
/// seconds; the agent retries forever (ECS's ACS session also never gives up).
pub const SESSION_BACKOFF_MAX: Duration = Duration::from_secs(5);

/// Deadline for the WebSocket handshake (TCP connect + upgrade).
pub const SESSION_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// Heartbeat interval used until the control plane's `Hello` says otherwise.
pub const DEFAULT_HEARTBEAT_INTERVAL: Duration = Duration::from_secs(10);

/// A session that received nothing (not even a ping) for this many heartbeat intervals is
/// considered dead and reconnected; a half-open TCP connection otherwise hangs forever.
pub const SESSION_SILENCE_INTERVALS: u32 = 6;

/// Deadline for one ECS API request (connect, send, read the whole response).
pub const API_REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

/// First and longest delay between retries of an ECS API call that failed with a 5xx or a
/// connection error (throttling included).
pub const API_BACKOFF_MIN: Duration = Duration::from_millis(100);
pub const API_BACKOFF_MAX: Duration = Duration::from_secs(5);

/// Attempts of one ECS API call before its caller sees the error (a state-change report is
/// then re-queued by its reporter, which retries forever; registration retries forever too).
pub const API_MAX_ATTEMPTS: u32 = 5;

/// Longest delay between retries of a task's state-change report: reports must eventually get
/// through, but a control plane that comes back should hear from its agents quickly.
pub const REPORT_BACKOFF_MAX: Duration = Duration::from_secs(10);

/// How often every managed container is listed and compared with what the actors believe: the
/// safety net for a missed Docker event (ECS's agent re-inspects on a similar slow cadence).
pub const RECONCILE_INTERVAL: Duration = Duration::from_secs(30);

/// First and longest delay before re-subscribing to the runtime's event stream after it broke.
pub const EVENTS_BACKOFF_MIN: Duration = Duration::from_millis(200);
pub const EVENTS_BACKOFF_MAX: Duration = Duration::from_secs(5);

/// How often an actor with nothing in flight re-runs the step function anyway: start timeouts
/// of dependencies and the cleanup wait are only noticed by calling it with a later `now`.
pub const ACTOR_TICK: Duration = Duration::from_secs(1);

/// Depth of each actor's inbox; senders wait when it is full (natural back-pressure).
pub const ACTOR_INBOX: usize = 64;

/// Extra seconds the agent waits on a Docker stop call beyond the container's stop timeout.
pub const STOP_CALL_GRACE_SECS: u32 = berth_lifecycle::timeouts::DOCKER_STOP_CALL_GRACE_SECS;

/// Deadline for the metadata endpoint's Docker stats call: one sample takes ~1 s in Docker.
pub const METADATA_STATS_TIMEOUT: Duration = Duration::from_secs(5);

const _: () = assert!(SESSION_BACKOFF_MIN.as_millis() < SESSION_BACKOFF_MAX.as_millis());
const _: () = assert!(API_BACKOFF_MIN.as_millis() < API_BACKOFF_MAX.as_millis());
const _: () = assert!(EVENTS_BACKOFF_MIN.as_millis() < EVENTS_BACKOFF_MAX.as_millis());
