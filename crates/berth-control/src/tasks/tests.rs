//! Handler tests for tasks against a `MemoryStore` and a `ManualClock`: placement and its
//! failures, concurrency, clientTokens, stops and agent reports, purge, listing, and the
//! instances' task-group counts and batched placement.

mod fixtures;
mod groups;
mod lifecycle;
mod listing;
mod placement;
