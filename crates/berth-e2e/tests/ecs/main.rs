//! Black-box tests of berth's ECS API through the official `aws-sdk-ecs` Rust SDK.
//!
//! One test binary (the SDK is slow to link) with a module per operation family. Every test
//! starts its own `berth server`, so tests run in parallel and share nothing. The SDK parses error
//! codes from `X-Amzn-ErrorType` / `__type` and is strict about response shapes, so a typed error
//! variant or a parsed timestamp here is evidence that the wire format is right, not only the
//! behaviour. Assertions follow documented ECS behaviour; a failure is a berth bug unless the
//! comment next to the assertion says otherwise.

mod auth;
mod clusters;
mod container_instances;
mod placement;
mod restart;
mod tags;
mod task_definitions;
mod tasks;

use aws_sdk_ecs::primitives::DateTime;
use aws_sdk_ecs::Client;
use berth_e2e::BerthServer;
use std::time::{Duration, SystemTime};

/// Starts a server and returns it with a us-east-1 client. Keep the server alive for the test.
pub async fn start() -> (BerthServer, Client) {
    let server = BerthServer::start()
        .await
        .unwrap_or_else(|e| panic!("cannot start berth: {e:#}"));
    let client = server.client();
    (server, client)
}

/// Asserts that an SDK timestamp parsed and lies within a minute of now.
#[track_caller]
pub fn assert_recent(what: &str, time: Option<&DateTime>) {
    let time = time.unwrap_or_else(|| panic!("{what} is missing"));
    let time = SystemTime::try_from(*time).unwrap_or_else(|e| panic!("{what}: {e}"));
    let now = SystemTime::now();
    let skew = match now.duration_since(time) {
        Ok(d) => d,
        Err(e) => e.duration(),
    };
    assert!(
        skew < Duration::from_secs(60),
        "{what} = {time:?} is {skew:?} away from now"
    );
}

/// The ARN prefix berth uses for the bootstrap account in us-east-1.
pub fn arn(resource: &str) -> String {
    format!(
        "arn:aws:ecs:{}:{}:{resource}",
        berth_e2e::DEFAULT_REGION,
        berth_e2e::DEFAULT_ACCOUNT
    )
}
