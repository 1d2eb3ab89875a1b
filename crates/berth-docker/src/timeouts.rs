//! Every deadline the runtime puts on a Docker call, in one place, each with its reason.
//!
//! The values mirror the Amazon ECS agent's defaults where it has one (`agent/dockerclient`
//! timeouts and the `ECS_CONTAINER_*_TIMEOUT` / `ECS_IMAGE_PULL_*` settings). A hung daemon must
//! turn into a `DockerTimeoutError` that the agent can report, never into a task stuck forever.
//! This module holds data only; the Docker implementation applies it with `tokio::time::timeout`.

use std::time::Duration;

/// A pull that has produced no progress message for this long is stuck; ECS's
/// `ECS_IMAGE_PULL_INACTIVITY_TIMEOUT` defaults to 1 minute (Docker sometimes stalls mid-pull).
pub const PULL_INACTIVITY: Duration = Duration::from_secs(60);
/// The most a whole pull may take, however steadily it progresses; ECS's `ECS_IMAGE_PULL_TIMEOUT`
/// defaults to 2 hours so that multi-gigabyte images on slow links still arrive.
pub const PULL_TOTAL: Duration = Duration::from_secs(2 * 60 * 60);
/// Image inspection is a local metadata read; ECS bounds similar reads by 30 s.
pub const INSPECT_IMAGE: Duration = Duration::from_secs(30);
/// Container creation can be slow while the daemon sets up layers and volumes; ECS's
/// `ECS_CONTAINER_CREATE_TIMEOUT` defaults to 4 minutes.
pub const CREATE: Duration = Duration::from_secs(4 * 60);
/// Start includes network set-up and the runtime's process start; ECS's
/// `ECS_CONTAINER_START_TIMEOUT` defaults to 3 minutes on Linux.
pub const START: Duration = Duration::from_secs(3 * 60);
/// Added to a container's own stop timeout (SIGTERM to SIGKILL) for the daemon to kill and reap
/// it; the ECS agent adds its `StopContainerTimeout` of 30 s the same way.
pub const STOP_GRACE: Duration = Duration::from_secs(30);
/// The stop timeout used when a container spec gives none: ECS's `ECS_CONTAINER_STOP_TIMEOUT`
/// defaults to 30 s.
pub const DEFAULT_STOP_TIMEOUT: Duration = Duration::from_secs(30);
/// Removal deletes the writable layer and maybe volumes, which is slow on busy disks; ECS's
/// `RemoveContainerTimeout` is 5 minutes.
pub const REMOVE: Duration = Duration::from_secs(5 * 60);
/// Inspect is the agent's most frequent call; ECS's `InspectContainerTimeout` is 30 s.
pub const INSPECT: Duration = Duration::from_secs(30);
/// Listing happens at agent start-up with every container on the host; ECS allows 10 minutes,
/// but a daemon that cannot list within 1 minute is better reported than waited for.
pub const LIST: Duration = Duration::from_secs(60);
/// Fetching a bounded tail of logs for diagnostics; generous because json-file logs are read
/// from disk, but short enough not to hold up a task's stop.
pub const LOGS: Duration = Duration::from_secs(60);
/// A one-shot stats read waits ~1 s for the daemon's second CPU sample; ECS keeps stats calls
/// below its 20 s publishing interval (`StatsInactivityTimeout` 18 s).
pub const STATS: Duration = Duration::from_secs(18);
/// Ping, version and info answer from memory; ECS's `InfoTimeout`/`VersionTimeout` are 10 s.
pub const PING: Duration = Duration::from_secs(10);
/// Info (host CPU and memory for registration); ECS's `InfoTimeout` is 10 s.
pub const INFO: Duration = Duration::from_secs(10);
/// Network create/remove rewrite iptables and bridges, which is slow on busy hosts; like ECS's
/// volume calls, allow minutes rather than seconds.
pub const NETWORK: Duration = Duration::from_secs(2 * 60);
/// Network inspection is a metadata read, like container inspection.
pub const INSPECT_NETWORK: Duration = Duration::from_secs(30);
/// Opening the events stream (until the daemon answers the request); the stream itself has no
/// deadline because events are sparse by nature.
pub const EVENTS_CONNECT: Duration = Duration::from_secs(30);
/// bollard's own per-request deadline. bollard bounds only the wait for response headers, and a
/// stop answers only once the container is dead; so this is set above every deadline in this
/// module and ours always fire first.
pub const CLIENT_REQUEST: Duration = Duration::from_secs(3 * 60 * 60);

/// The deadlines a runtime instance applies; [`Timeouts::default`] holds the constants above.
/// Tests shorten them to exercise the timeout paths.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timeouts {
    pub pull_inactivity: Duration,
    pub pull_total: Duration,
    pub inspect_image: Duration,
    pub create: Duration,
    pub start: Duration,
    pub stop_grace: Duration,
    pub default_stop_timeout: Duration,
    pub remove: Duration,
    pub inspect: Duration,
    pub list: Duration,
    pub logs: Duration,
    pub stats: Duration,
    pub ping: Duration,
    pub info: Duration,
    pub network: Duration,
    pub inspect_network: Duration,
    pub events_connect: Duration,
}

impl Timeouts {
    /// The deadline of a stop call that asks the daemon to wait `stop_timeout` between SIGTERM
    /// and SIGKILL: the stop timeout plus the grace for killing and reaping.
    pub fn stop_deadline(&self, stop_timeout: Duration) -> Duration {
        stop_timeout.saturating_add(self.stop_grace)
    }

    /// Every deadline set to `duration`, for tests of the timeout paths.
    pub fn uniform(duration: Duration) -> Timeouts {
        Timeouts {
            pull_inactivity: duration,
            pull_total: duration,
            inspect_image: duration,
            create: duration,
            start: duration,
            stop_grace: duration,
            default_stop_timeout: duration,
            remove: duration,
            inspect: duration,
            list: duration,
            logs: duration,
            stats: duration,
            ping: duration,
            info: duration,
            network: duration,
            inspect_network: duration,
            events_connect: duration,
        }
    }
}

impl Default for Timeouts {
    fn default() -> Timeouts {
        Timeouts {
            pull_inactivity: PULL_INACTIVITY,
            pull_total: PULL_TOTAL,
            inspect_image: INSPECT_IMAGE,
            create: CREATE,
            start: START,
            stop_grace: STOP_GRACE,
            default_stop_timeout: DEFAULT_STOP_TIMEOUT,
            remove: REMOVE,
            inspect: INSPECT,
            list: LIST,
            logs: LOGS,
            stats: STATS,
            ping: PING,
            info: INFO,
            network: NETWORK,
            inspect_network: INSPECT_NETWORK,
            events_connect: EVENTS_CONNECT,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_client_deadline_is_above_every_operation_deadline() {
        let t = Timeouts::default();
        let longest_stop = t.stop_deadline(Duration::from_secs(120));
        for deadline in [
            t.pull_total,
            t.create,
            t.start,
            longest_stop,
            t.remove,
            t.list,
            t.network,
        ] {
            assert!(deadline < CLIENT_REQUEST, "{deadline:?}");
        }
    }

    #[test]
    fn stop_deadline_adds_the_grace() {
        let t = Timeouts::default();
        assert_eq!(
            t.stop_deadline(Duration::from_secs(10)),
            Duration::from_secs(40)
        );
        assert_eq!(t.stop_deadline(Duration::MAX), Duration::MAX);
    }
}
