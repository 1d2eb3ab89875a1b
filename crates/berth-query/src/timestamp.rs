//! Reading the `registeredAt` argument: the date formats the developer guide lists, plus epoch
//! seconds, into seconds since the Unix epoch (UTC).
//!
//! Accepted: `2018-06-18`, `2018-06-18T22:28:28`, `2018-06-18T22:28:28Z`,
//! `2018-06-18T22:28:28+00:00` (any `+HH:MM`/`-HH:MM` offset, fractional seconds allowed), and
//! `1529360908` or `1529360908.5`. A date without a time is midnight UTC; a time without an
//! offset is UTC. This module knows nothing of "now": it has no clock.

/// Reads a `registeredAt` argument; `None` when it is in none of the accepted formats.
pub fn parse_timestamp(text: &str) -> Option<f64> {
    if !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
        let seconds: f64 = text.parse().ok()?;
        return seconds.is_finite().then_some(seconds);
    }
    let bytes = text.as_bytes();
    let year = digits(bytes, 0, 4)?;
    expect(bytes, 4, b'-')?;
    let month = digits(bytes, 5, 2)?;
    expect(bytes, 7, b'-')?;
    let day = digits(bytes, 8, 2)?;
    if !(1..=12).contains(&month) || day < 1 || day > days_in_month(year, month) {
        return None;
    }
    let mut seconds = days_from_civil(year, month, day) as f64 * 86_400.0;
    if bytes.len() == 10 {
        return Some(seconds);
    }
    if bytes[10] != b'T' && bytes[10] != b't' && bytes[10] != b' ' {
        return None;
    }
    let hour = digits(bytes, 11, 2)?;
    expect(bytes, 13, b':')?;
    let minute = digits(bytes, 14, 2)?;
    expect(bytes, 16, b':')?;
    let second = digits(bytes, 17, 2)?;
    // 60 admits a leap second as written; it lands on the next minute like most parsers do.
    if hour > 23 || minute > 59 || second > 60 {
        return None;
    }
    seconds += (hour * 3600 + minute * 60 + second) as f64;
    let mut at = 19;
    if bytes.get(at) == Some(&b'.') {
        let start = at + 1;
        at = start;
        while bytes.get(at).is_some_and(u8::is_ascii_digit) {
            at += 1;
        }
        if at == start {
            return None;
        }
        let fraction: f64 = text.get(start - 1..at)?.parse().ok()?;
        seconds += fraction;
    }
    match bytes.get(at) {
        None => Some(seconds),
        Some(b'Z' | b'z') if at + 1 == bytes.len() => Some(seconds),
        Some(&sign @ (b'+' | b'-')) => {
            let offset_hours = digits(bytes, at + 1, 2)?;
            let minutes_at = if bytes.get(at + 3) == Some(&b':') {
                at + 4
            } else {
                at + 3
            };
            let offset_minutes = digits(bytes, minutes_at, 2)?;
            if minutes_at + 2 != bytes.len() || offset_hours > 23 || offset_minutes > 59 {
                return None;
            }
            let offset = (offset_hours * 3600 + offset_minutes * 60) as f64;
            // Local time = UTC + offset, so UTC = local - offset.
            Some(if sign == b'+' {
                seconds - offset
            } else {
                seconds + offset
            })
        }
        Some(_) => None,
    }
}

fn digits(bytes: &[u8], at: usize, count: usize) -> Option<i64> {
    let slice = bytes.get(at..at + count)?;
    slice.iter().try_fold(0i64, |acc, b| {
        b.is_ascii_digit().then(|| acc * 10 + i64::from(b - b'0'))
    })
}

fn expect(bytes: &[u8], at: usize, byte: u8) -> Option<()> {
    (bytes.get(at) == Some(&byte)).then_some(())
}

fn is_leap(year: i64) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i64, month: i64) -> i64 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let month_index = (month + 9) % 12;
    let day_of_year = (153 * month_index + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn documented_formats() {
        let cases: &[(&str, Option<f64>)] = &[
            ("2018-06-18T22:28:28+00:00", Some(1_529_360_908.0)),
            ("2018-06-18T22:28:28Z", Some(1_529_360_908.0)),
            ("2018-06-18T22:28:28", Some(1_529_360_908.0)),
            ("2018-06-18", Some(1_529_280_000.0)),
            ("2018-06-18T23:28:28+01:00", Some(1_529_360_908.0)),
            ("2018-06-18T21:28:28-0100", Some(1_529_360_908.0)),
            ("2018-06-18T22:28:28.25Z", Some(1_529_360_908.25)),
            ("1970-01-01", Some(0.0)),
            ("2000-02-29", Some(951_782_400.0)),
            ("1529360908", Some(1_529_360_908.0)),
            ("1529360908.5", Some(1_529_360_908.5)),
            ("2018-02-30", None),
            ("2019-02-29", None),
            ("2018-13-01", None),
            ("2018-06-18T24:00:00", None),
            ("2018-06-18T22:28", None),
            ("2018-06-18T22:28:28+0", None),
            ("2018-06-18T22:28:28Zjunk", None),
            ("2018/06/18", None),
            ("yesterday", None),
            ("", None),
            (".", None),
        ];
        for (text, expected) in cases {
            assert_eq!(parse_timestamp(text), *expected, "{text}");
        }
    }
}
