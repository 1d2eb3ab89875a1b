//! berth's HTTP edge: the only crate that knows HTTP, header names, status codes and the AWS wire
//! protocols.
//!
//! One generic server ([`server`]) does the cross-cutting work once — request id, body cap,
//! SigV4 verification, error rendering — and routes each request to an [`AwsService`]: JSON
//! protocols by their `X-Amz-Target` prefix, query protocols by their SigV4 signing name. Adding
//! an AWS API is a new service module, not a new server. Services turn bytes into typed wire
//! requests and call the control plane; they never touch the store.

mod agent_ws;
pub mod auth;
pub mod ecs;
pub mod error;
pub mod server;

pub use auth::{CredentialSet, StaticCredential};
pub use error::ApiError;
pub use server::{router, router_with_agents, AwsService, RequestContext, ServerConfig};
