//! The agent's one reading of the wall clock, and conversions between the clock's forms
//! (epoch seconds as `f64` for the lifecycle, `OffsetDateTime` from the runtime).
//!
//! Everything that decides takes the time as a parameter; only the actor loops and the session
//! call [`now`]. This module must not sleep or schedule.

use std::time::{SystemTime, UNIX_EPOCH};

use time::OffsetDateTime;

/// Seconds since the Unix epoch, with sub-second precision.
pub fn now() -> f64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs_f64())
        .unwrap_or(0.0)
}

/// Epoch seconds of a runtime timestamp.
pub fn seconds(at: OffsetDateTime) -> f64 {
    at.unix_timestamp_nanos() as f64 / 1e9
}

/// RFC 3339 text of epoch seconds (the metadata endpoint's timestamps), `None` if out of range.
pub fn rfc3339(at: f64) -> Option<String> {
    let nanos = (at * 1e9) as i128;
    OffsetDateTime::from_unix_timestamp_nanos(nanos)
        .ok()?
        .format(&time::format_description::well_known::Rfc3339)
        .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conversions() {
        let at = OffsetDateTime::from_unix_timestamp(1_767_225_600).unwrap();
        assert_eq!(seconds(at), 1_767_225_600.0);
        assert_eq!(rfc3339(1_767_225_600.5).unwrap(), "2026-01-01T00:00:00.5Z");
        assert!(now() > 1_700_000_000.0);
    }
}
