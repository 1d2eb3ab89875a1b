//! berth-testapp: a small, controllable HTTP application that berth's Docker integration tests
//! run as a container (image `berth-test`, built by `scripts/build-test-image.sh`).
//!
//! It owns nothing of berth itself and must not depend on any berth crate: it plays the part of
//! a user's workload. Behaviour is chosen by flags and environment variables (see
//! [`config::USAGE`]): an HTTP server with health, environment, fetch and metadata endpoints,
//! and one-shot subcommands (`check`, `exit`, `sleep`) for health checks and `dependsOn` tests.
//! Deliberately std-only apart from `libc` (for signals), so that the release build of the
//! image on a fresh machine stays quick.

pub mod client;
pub mod config;
pub mod http;
pub mod json;
pub mod process;
pub mod server;

/// Exit code for a usage error (the conventional one for bad arguments).
pub const EXIT_USAGE: u8 = 2;
/// Exit code when `WRITE_FILE` cannot be written, e.g. on a read-only root file system.
pub const EXIT_WRITE_FAILED: u8 = 3;
/// Exit code when the server cannot listen (port taken, bad bind address).
pub const EXIT_LISTEN_FAILED: u8 = 4;
/// Exit code of `check` when the URL did not answer 200.
pub const EXIT_CHECK_FAILED: u8 = 1;
