//! berth's wire types: the exact JSON shapes of the AWS APIs berth speaks, generated from the
//! botocore models, plus the few hand-written types they use.
//!
//! Every structure member is `Option<T>` with its exact wire name, so a request round-trips without
//! losing fields berth does not implement yet; enum members stay `String` so that unknown values
//! reach the handler, which answers with an error naming the field. This crate owns serialization
//! only: it must not validate, default, or interpret values (that is the API crate's job, using
//! the `REQUIRED` and `ENUM_MEMBERS` metadata exposed here), and it knows nothing of domain types,
//! storage or HTTP.
//!
//! `ecs` is generated; do not edit it by hand. Regenerate from the repository root with
//!
//! ```text
//! python3 tools/wire-codegen/gen.py ../shared/reference/aws-models/ecs-2014-11-13.service-2.json crates/berth-wire/src/ecs.rs
//! ```
//!
//! and check that it is up to date by adding `--check`.

pub mod ecs;
pub mod shape;
pub mod timestamp;

pub use shape::{find_operation, one_of, Operation, WireShape};
pub use timestamp::{Timestamp, TimestampError};
