//! Service handler tests against a `MemoryStore` and a `ManualClock`; the fixtures are shared
//! with the service controller's tests.

pub(crate) mod fixtures;
mod handlers;
mod history;
