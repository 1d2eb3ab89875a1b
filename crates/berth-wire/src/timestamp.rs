//! `Timestamp`: the wire form of the model's `timestamp` type.
//!
//! The AWS JSON protocol sends timestamps as epoch seconds in a JSON number, with a fraction when
//! there are sub-second digits (`1587000000.123`). We serialize that way, and deserialize leniently
//! from an integer, a float, or a string holding either a number or an RFC 3339 / ISO 8601 date,
//! because hand-written clients send all of these. This module only converts representations: it
//! reads no clock, so "now" is always passed in by the caller.

use std::fmt;

use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};
use time::format_description::well_known::{Iso8601, Rfc3339};
use time::{OffsetDateTime, PrimitiveDateTime};

const NANOS_PER_SECOND: i128 = 1_000_000_000;
const NANOS_PER_MILLI: i128 = 1_000_000;
const NANOS_PER_MICRO: i128 = 1_000;

/// An instant with nanosecond precision, limited to the years -9999..=9999 (the `time` crate's
/// range), so that it always converts to an `OffsetDateTime`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp {
    unix_nanos: i128,
}

/// Why a value could not become a `Timestamp`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TimestampError {
    /// The instant lies outside the years -9999..=9999.
    #[error("timestamp is out of range")]
    OutOfRange,
    /// The number is NaN or infinite.
    #[error("timestamp is not a finite number")]
    NotFinite,
    /// The string is neither a number nor an RFC 3339 / ISO 8601 date-time.
    #[error("timestamp {0:?} is neither epoch seconds nor an ISO 8601 date-time")]
    Unparseable(String),
}

impl Timestamp {
    /// The Unix epoch, 1970-01-01T00:00:00Z.
    pub const UNIX_EPOCH: Timestamp = Timestamp { unix_nanos: 0 };

    /// From nanoseconds since the Unix epoch.
    pub fn from_unix_nanos(unix_nanos: i128) -> Result<Self, TimestampError> {
        OffsetDateTime::from_unix_timestamp_nanos(unix_nanos)
            .map(|_| Timestamp { unix_nanos })
            .map_err(|_| TimestampError::OutOfRange)
    }

    /// From milliseconds since the Unix epoch (the precision ECS itself reports).
    pub fn from_unix_millis(unix_millis: i64) -> Result<Self, TimestampError> {
        Self::from_unix_nanos(i128::from(unix_millis) * NANOS_PER_MILLI)
    }

    /// From whole seconds since the Unix epoch.
    pub fn from_unix_seconds(unix_seconds: i64) -> Result<Self, TimestampError> {
        Self::from_unix_nanos(i128::from(unix_seconds) * NANOS_PER_SECOND)
    }

    /// From fractional seconds since the Unix epoch, rounded to the nearest microsecond.
    ///
    /// Why microseconds: a float like `1587000000.123` is really `1587000000.12299990654`, and
    /// near the present an `f64` cannot resolve better than ~0.24 µs anyway. Rounding to whole
    /// microseconds recovers the decimal the client meant (every client sends at most
    /// microseconds), and serializing it gives back the very same float. (This holds until 2^33 s,
    /// the year 2242; later instants are limited by the float's own precision.)
    pub fn from_unix_seconds_f64(unix_seconds: f64) -> Result<Self, TimestampError> {
        if !unix_seconds.is_finite() {
            return Err(TimestampError::NotFinite);
        }
        let whole = unix_seconds.floor();
        // Anything outside ±1e13 s is far outside the supported years; checking first keeps the
        // casts below exact.
        if whole.abs() > 1e13 {
            return Err(TimestampError::OutOfRange);
        }
        // `whole` is integral and small enough to be exact in an i64.
        #[allow(clippy::cast_possible_truncation)]
        let secs = whole as i64;
        // Exact: both are close floats (Sterbenz), and the result lies in [0, 1).
        let fraction = unix_seconds - whole;
        // In 0..=1_000_000; a fraction that rounds up to a whole second carries over correctly.
        #[allow(clippy::cast_possible_truncation)]
        let micros = (fraction * 1e6).round() as i128;
        Self::from_unix_nanos(i128::from(secs) * NANOS_PER_SECOND + micros * NANOS_PER_MICRO)
    }

    /// From an `OffsetDateTime` (always in range).
    #[must_use]
    pub fn from_offset_date_time(at: OffsetDateTime) -> Self {
        Timestamp {
            unix_nanos: at.unix_timestamp_nanos(),
        }
    }

    /// Parses epoch seconds (`"1587000000.5"`), an RFC 3339 date-time, or an ISO 8601 date-time
    /// without an offset (taken as UTC).
    pub fn parse(s: &str) -> Result<Self, TimestampError> {
        let trimmed = s.trim();
        if let Ok(seconds) = trimmed.parse::<i64>() {
            return Self::from_unix_seconds(seconds);
        }
        if let Ok(seconds) = trimmed.parse::<f64>() {
            return Self::from_unix_seconds_f64(seconds);
        }
        if let Ok(at) = OffsetDateTime::parse(trimmed, &Rfc3339) {
            return Ok(Self::from_offset_date_time(at));
        }
        if let Ok(at) = OffsetDateTime::parse(trimmed, &Iso8601::DEFAULT) {
            return Ok(Self::from_offset_date_time(at));
        }
        if let Ok(at) = PrimitiveDateTime::parse(trimmed, &Iso8601::DEFAULT) {
            return Ok(Self::from_offset_date_time(at.assume_utc()));
        }
        Err(TimestampError::Unparseable(s.to_owned()))
    }

    /// Nanoseconds since the Unix epoch.
    #[must_use]
    pub fn unix_nanos(self) -> i128 {
        self.unix_nanos
    }

    /// Milliseconds since the Unix epoch, rounded toward negative infinity.
    #[must_use]
    pub fn unix_millis(self) -> i64 {
        // In range by construction: ±9999 years is about ±3.2e14 ms.
        #[allow(clippy::cast_possible_truncation)]
        let millis = self.unix_nanos.div_euclid(NANOS_PER_MILLI) as i64;
        millis
    }

    /// Seconds since the Unix epoch as the wire's JSON number.
    #[must_use]
    pub fn unix_seconds_f64(self) -> f64 {
        let (secs, nanos) = self.split();
        // Adding the two parts rounds once, to the float nearest the exact decimal.
        #[allow(clippy::cast_precision_loss)]
        let value = secs as f64 + f64::from(nanos) / 1e9;
        value
    }

    /// The same instant as an `OffsetDateTime` in UTC.
    #[must_use]
    pub fn to_offset_date_time(self) -> OffsetDateTime {
        // In range by construction; the epoch fallback is unreachable but avoids a panic path.
        OffsetDateTime::from_unix_timestamp_nanos(self.unix_nanos)
            .unwrap_or(OffsetDateTime::UNIX_EPOCH)
    }

    /// Whole seconds (toward negative infinity) and the nanoseconds past them.
    fn split(self) -> (i64, u32) {
        // Both casts are in range by construction (seconds within ±3.2e11, nanos below 1e9).
        #[allow(clippy::cast_possible_truncation)]
        let secs = self.unix_nanos.div_euclid(NANOS_PER_SECOND) as i64;
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let nanos = self.unix_nanos.rem_euclid(NANOS_PER_SECOND) as u32;
        (secs, nanos)
    }
}

impl From<OffsetDateTime> for Timestamp {
    fn from(at: OffsetDateTime) -> Self {
        Self::from_offset_date_time(at)
    }
}

impl From<Timestamp> for OffsetDateTime {
    fn from(at: Timestamp) -> Self {
        at.to_offset_date_time()
    }
}

impl fmt::Display for Timestamp {
    /// RFC 3339, for logs and messages; the wire form is the number (see `Serialize`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.to_offset_date_time().format(&Rfc3339) {
            Ok(text) => f.write_str(&text),
            // RFC 3339 cannot express years before 0: fall back to epoch seconds.
            Err(_) => write!(f, "{}", self.unix_seconds_f64()),
        }
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let (secs, nanos) = self.split();
        if nanos == 0 {
            // Whole seconds go out as a JSON integer, as AWS sends them.
            serializer.serialize_i64(secs)
        } else {
            serializer.serialize_f64(self.unix_seconds_f64())
        }
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(TimestampVisitor)
    }
}

struct TimestampVisitor;

impl Visitor<'_> for TimestampVisitor {
    type Value = Timestamp;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("epoch seconds as a number, or an ISO 8601 date-time string")
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Timestamp, E> {
        Timestamp::from_unix_seconds(v).map_err(E::custom)
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Timestamp, E> {
        let secs = i64::try_from(v).map_err(|_| E::custom(TimestampError::OutOfRange))?;
        self.visit_i64(secs)
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Timestamp, E> {
        Timestamp::from_unix_seconds_f64(v).map_err(E::custom)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Timestamp, E> {
        Timestamp::parse(v).map_err(E::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use serde_json::json;

    fn from_json(v: serde_json::Value) -> Result<Timestamp, String> {
        serde_json::from_value(v).map_err(|e| e.to_string())
    }

    #[test]
    fn deserializes_numbers_and_strings() {
        let nanos = |s: i128, n: i128| Ok(s * NANOS_PER_SECOND + n);
        let cases: Vec<(serde_json::Value, Result<i128, ()>)> = vec![
            (json!(1_587_000_000), nanos(1_587_000_000, 0)),
            (json!(0), nanos(0, 0)),
            (json!(-1), nanos(-1, 0)),
            (json!(1_587_000_000.5), nanos(1_587_000_000, 500_000_000)),
            (json!(1_587_000_000.123), nanos(1_587_000_000, 123_000_000)),
            (json!(-0.25), nanos(-1, 750_000_000)),
            (json!("1587000000"), nanos(1_587_000_000, 0)),
            (json!("1587000000.25"), nanos(1_587_000_000, 250_000_000)),
            (json!("2020-04-16T01:20:00Z"), nanos(1_587_000_000, 0)),
            (
                json!("2020-04-16T03:20:00.5+02:00"),
                nanos(1_587_000_000, 500_000_000),
            ),
            (json!("2020-04-16T01:20:00"), nanos(1_587_000_000, 0)),
            (json!("yesterday"), Err(())),
            (json!(""), Err(())),
            (json!(1e300), Err(())),
            (json!(u64::MAX), Err(())),
            (json!(true), Err(())),
        ];
        for (input, expected) in cases {
            let got = from_json(input.clone()).map(Timestamp::unix_nanos);
            assert_eq!(got.map_err(|_| ()), expected, "{input}");
        }
    }

    #[test]
    fn serializes_whole_seconds_as_integers_and_fractions_as_floats() {
        let whole = Timestamp::from_unix_seconds(1_587_000_000).unwrap();
        assert_eq!(serde_json::to_string(&whole).unwrap(), "1587000000");
        let millis = Timestamp::from_unix_millis(1_587_000_000_123).unwrap();
        assert_eq!(serde_json::to_string(&millis).unwrap(), "1587000000.123");
        let negative = Timestamp::from_unix_millis(-250).unwrap();
        assert_eq!(serde_json::to_string(&negative).unwrap(), "-0.25");
    }

    #[test]
    fn conversions_agree() {
        let at = Timestamp::parse("2020-04-16T01:20:00.123Z").unwrap();
        assert_eq!(at.unix_millis(), 1_587_000_000_123);
        assert_eq!(at.to_string(), "2020-04-16T01:20:00.123Z");
        assert_eq!(Timestamp::from(OffsetDateTime::from(at)), at);
        assert_eq!(Timestamp::from_unix_millis(-1).unwrap().unix_millis(), -1);
        assert_eq!(
            Timestamp::from_unix_seconds(i64::MAX),
            Err(TimestampError::OutOfRange)
        );
        assert_eq!(
            Timestamp::from_unix_seconds_f64(f64::NAN),
            Err(TimestampError::NotFinite)
        );
    }

    // An f64 resolves a microsecond only below 2^33 s (the year 2242); the exactness properties
    // hold up to there, beyond it the float's own precision (~tens of µs) is the limit.
    const EXACT_SECS: i64 = 8_500_000_000;

    proptest! {
        // A client's float with up to microsecond digits comes back as the same float, and reads
        // as exactly the decimal it was written as.
        #[test]
        fn decimal_seconds_round_trip(secs in -EXACT_SECS..EXACT_SECS, micros in 0i64..1_000_000) {
            let text = format!("{secs}.{micros:06}");
            let float: f64 = text.parse().unwrap();
            let at: Timestamp = serde_json::from_str(&text).unwrap();
            // "-1.25" is -(1 + 0.25): the fraction carries the sign of the whole number.
            let magnitude = i128::from(secs.abs()) * NANOS_PER_SECOND + i128::from(micros) * NANOS_PER_MICRO;
            let expected = if secs < 0 { -magnitude } else { magnitude };
            prop_assert_eq!(at.unix_nanos(), expected);
            prop_assert_eq!(at.unix_seconds_f64(), float);
            let back: Timestamp = serde_json::from_str(&serde_json::to_string(&at).unwrap()).unwrap();
            prop_assert_eq!(back, at);
        }

        // Any float is within half a microsecond (or half an ulp, far in the future) of what it
        // reads as, and the second round trip is exact.
        #[test]
        fn any_float_is_stable_after_one_round_trip(secs in -6.2e10f64..2.5e11) {
            let at = Timestamp::from_unix_seconds_f64(secs).unwrap();
            let ulp = secs.abs() * f64::EPSILON;
            prop_assert!((at.unix_seconds_f64() - secs).abs() <= 0.5e-6 + ulp);
            let again = Timestamp::from_unix_seconds_f64(at.unix_seconds_f64()).unwrap();
            prop_assert_eq!(again, at);
        }

        // Millisecond instants (what berth itself produces) survive the wire exactly.
        #[test]
        fn millis_round_trip(millis in -EXACT_SECS * 1000..EXACT_SECS * 1000) {
            let at = Timestamp::from_unix_millis(millis).unwrap();
            let back: Timestamp = serde_json::from_str(&serde_json::to_string(&at).unwrap()).unwrap();
            prop_assert_eq!(back, at);
        }
    }
}
