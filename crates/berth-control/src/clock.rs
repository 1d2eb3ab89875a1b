//! The clock the control plane reads, passed in so that tests can drive time.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

/// A source of "now" in epoch seconds (fractional, as ECS timestamps are).
pub trait Clock: Send + Sync + 'static {
    fn now(&self) -> f64;
}

/// The wall clock.
#[derive(Debug, Default, Clone, Copy)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> f64 {
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_millis() as f64 / 1000.0)
            .unwrap_or(0.0)
    }
}

/// A clock that only moves when told to (tests).
#[derive(Debug, Default)]
pub struct ManualClock {
    millis: AtomicU64,
}

impl ManualClock {
    pub fn new(epoch_secs: f64) -> Self {
        ManualClock {
            millis: AtomicU64::new((epoch_secs * 1000.0) as u64),
        }
    }

    pub fn advance(&self, secs: f64) {
        self.millis
            .fetch_add((secs * 1000.0) as u64, Ordering::SeqCst);
    }
}

impl Clock for ManualClock {
    fn now(&self) -> f64 {
        self.millis.load(Ordering::SeqCst) as f64 / 1000.0
    }
}
