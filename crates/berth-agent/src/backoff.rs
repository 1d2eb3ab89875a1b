//! Exponential backoff with "full jitter": the delay before retry *n* is uniform in
//! `[min, min(max, min·2ⁿ)]`, so that many agents reconnecting at once spread out.
//!
//! Pure: the random source is passed in, so tests pin it. It must not sleep.

use std::time::Duration;

use rand::Rng;

/// The delay schedule of one retry loop.
#[derive(Debug, Clone)]
pub struct Backoff {
    min: Duration,
    max: Duration,
    attempt: u32,
}

impl Backoff {
    pub fn new(min: Duration, max: Duration) -> Backoff {
        Backoff {
            min,
            max: max.max(min),
            attempt: 0,
        }
    }

    /// The ceiling of the next delay, before jitter.
    pub fn ceiling(&self) -> Duration {
        let factor = 1u32.checked_shl(self.attempt.min(20)).unwrap_or(u32::MAX);
        self.min.saturating_mul(factor).min(self.max)
    }

    /// The next delay, jittered with `rng`, and moves the schedule on.
    pub fn next_delay(&mut self, rng: &mut impl Rng) -> Duration {
        let ceiling = self.ceiling();
        self.attempt = self.attempt.saturating_add(1);
        let low = self.min.as_millis() as u64;
        let high = ceiling.as_millis() as u64;
        if high <= low {
            return ceiling;
        }
        Duration::from_millis(rng.gen_range(low..=high))
    }

    /// Back to the shortest delay (after a success).
    pub fn reset(&mut self) {
        self.attempt = 0;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use rand::SeedableRng;

    #[test]
    fn ceilings_double_up_to_the_maximum() {
        let mut b = Backoff::new(Duration::from_millis(100), Duration::from_secs(5));
        let mut rng = rand::rngs::StdRng::seed_from_u64(1);
        let ceilings: Vec<u128> = (0..9)
            .map(|_| {
                let c = b.ceiling().as_millis();
                b.next_delay(&mut rng);
                c
            })
            .collect();
        assert_eq!(ceilings, [100, 200, 400, 800, 1600, 3200, 5000, 5000, 5000]);
        b.reset();
        assert_eq!(b.ceiling(), Duration::from_millis(100));
    }

    proptest! {
        #[test]
        fn delays_stay_within_bounds(seed: u64, steps in 0usize..80) {
            let (min, max) = (Duration::from_millis(100), Duration::from_secs(5));
            let mut b = Backoff::new(min, max);
            let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
            for _ in 0..steps {
                let d = b.next_delay(&mut rng);
                prop_assert!(d >= min && d <= max);
            }
        }
    }
}
