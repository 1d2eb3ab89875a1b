//! The deployment window arithmetic of ECS rolling updates, and the circuit breaker's threshold.
//!
//! `maximumPercent` bounds RUNNING + PENDING tasks and rounds down; `minimumHealthyPercent`
//! bounds healthy RUNNING tasks and rounds up (ECS `DeploymentConfiguration`).

/// ECS's default `maximumPercent` for REPLICA services.
pub const DEFAULT_MAXIMUM_PERCENT: u32 = 200;
/// ECS's default `minimumHealthyPercent` for REPLICA services.
pub const DEFAULT_MINIMUM_HEALTHY_PERCENT: u32 = 100;
/// The circuit breaker never trips below this many failed tasks (ServiceDeploymentCircuitBreaker).
pub const CIRCUIT_BREAKER_MIN_THRESHOLD: u32 = 3;
/// ... nor needs more than this many.
pub const CIRCUIT_BREAKER_MAX_THRESHOLD: u32 = 200;

/// Upper limit on RUNNING + PENDING tasks: ⌊desired × maximumPercent / 100⌋.
pub fn max_tasks(desired: u32, maximum_percent: u32) -> u32 {
    ((u64::from(desired) * u64::from(maximum_percent)) / 100).min(u64::from(u32::MAX)) as u32
}

/// Lower limit on healthy RUNNING tasks: ⌈desired × minimumHealthyPercent / 100⌉.
pub fn min_healthy_tasks(desired: u32, minimum_healthy_percent: u32) -> u32 {
    (u64::from(desired) * u64::from(minimum_healthy_percent))
        .div_ceil(100)
        .min(u64::from(u32::MAX)) as u32
}

/// Failed tasks that trip the circuit breaker: ⌈0.5 × desired⌉, at least 3, at most 200.
pub fn circuit_breaker_threshold(desired: u32) -> u32 {
    desired
        .div_ceil(2)
        .clamp(CIRCUIT_BREAKER_MIN_THRESHOLD, CIRCUIT_BREAKER_MAX_THRESHOLD)
}

/// Delay before the next start attempt after `consecutive_failures` failed starts: ECS throttles
/// tasks that keep failing to start, doubling from a short base to a cap.
pub fn restart_backoff_secs(consecutive_failures: u32) -> f64 {
    const BASE_SECS: f64 = 1.0;
    const CAP_SECS: f64 = 300.0;
    if consecutive_failures == 0 {
        return 0.0;
    }
    let exponent = (consecutive_failures - 1).min(16);
    (BASE_SECS * f64::from(1u32 << exponent)).min(CAP_SECS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn window_table() {
        // (desired, min%, max%) → (min healthy, max tasks), from the ECS documentation's examples.
        for (desired, min, max, want_min, want_max) in [
            (4, 50, 200, 2, 8),
            (4, 100, 200, 4, 8),
            (4, 0, 100, 0, 4),
            (1, 100, 200, 1, 2),
            (3, 50, 150, 2, 4), // ⌈1.5⌉ = 2, ⌊4.5⌋ = 4
            (5, 33, 133, 2, 6), // ⌈1.65⌉ = 2, ⌊6.65⌋ = 6
            (0, 100, 200, 0, 0),
            (20, 100, 200, 20, 40),
        ] {
            assert_eq!(min_healthy_tasks(desired, min), want_min, "{desired} {min}");
            assert_eq!(max_tasks(desired, max), want_max, "{desired} {max}");
        }
    }

    #[test]
    fn circuit_breaker_threshold_table() {
        for (desired, want) in [
            (0, 3),
            (1, 3),
            (5, 3),
            (6, 3),
            (7, 4),
            (20, 10),
            (1000, 200),
        ] {
            assert_eq!(circuit_breaker_threshold(desired), want, "{desired}");
        }
    }

    #[test]
    fn backoff_doubles_to_a_cap() {
        assert_eq!(restart_backoff_secs(0), 0.0);
        assert_eq!(restart_backoff_secs(1), 1.0);
        assert_eq!(restart_backoff_secs(4), 8.0);
        assert_eq!(restart_backoff_secs(40), 300.0);
    }
}
