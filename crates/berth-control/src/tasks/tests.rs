//! Handler tests for tasks against a `MemoryStore` and a `ManualClock`: placement and its
//! failures, concurrency, clientTokens, stops and agent reports, purge, and listing.

mod fixtures;
mod lifecycle;
mod listing;
mod placement;
