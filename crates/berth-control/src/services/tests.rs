//! Handler tests for services.
