//! Time formats of SigV4: `X-Amz-Date` (ISO 8601 basic, `20240101T000000Z`), the scope date
//! (`20240101`) and the HTTP `Date` header (IMF-fixdate), converted to and from Unix seconds.
//!
//! Pure calendar arithmetic on the proleptic Gregorian calendar, UTC only; no clock is read here.
//! Formatting is limited to years 0000-9999 because the wire formats have four-digit years.

const SECS_PER_DAY: i64 = 86_400;

/// Days since 1970-01-01 of a civil date (Howard Hinnant's `days_from_civil`).
fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Civil date of a day count since 1970-01-01 (Howard Hinnant's `civil_from_days`).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    // `day` is 1..=31 and `month` 1..=12 by construction.
    (year, month as u32, day as u32)
}

fn is_leap(year: i64) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i64, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Unix seconds of a validated civil date and time, or `None` if any field is out of range.
fn to_epoch(year: i64, month: u32, day: u32, hour: u32, min: u32, sec: u32) -> Option<i64> {
    if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
        return None;
    }
    if hour > 23 || min > 59 || sec > 59 {
        return None;
    }
    Some(
        days_from_civil(year, month, day) * SECS_PER_DAY
            + i64::from(hour) * 3600
            + i64::from(min) * 60
            + i64::from(sec),
    )
}

/// Parses exactly `n` ASCII digits.
fn digits(s: &str, n: usize) -> Option<u32> {
    if s.len() != n || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// Parses `YYYYMMDD'T'HHMMSS'Z'` into Unix seconds.
pub(crate) fn parse_amz_date(s: &str) -> Option<i64> {
    let b = s.as_bytes();
    if b.len() != 16 || b[8] != b'T' || b[15] != b'Z' {
        return None;
    }
    let year = digits(s.get(0..4)?, 4)?;
    let month = digits(s.get(4..6)?, 2)?;
    let day = digits(s.get(6..8)?, 2)?;
    let hour = digits(s.get(9..11)?, 2)?;
    let min = digits(s.get(11..13)?, 2)?;
    let sec = digits(s.get(13..15)?, 2)?;
    to_epoch(i64::from(year), month, day, hour, min, sec)
}

/// Parses an HTTP `Date` header in IMF-fixdate form (`Sun, 06 Nov 1994 08:49:37 GMT`).
///
/// The weekday is not cross-checked against the date: it carries no information the signature
/// does not already cover.
pub(crate) fn parse_http_date(s: &str) -> Option<i64> {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let (_weekday, rest) = s.split_once(", ")?;
    let mut parts = rest.split(' ');
    let day = digits(parts.next()?, 2)?;
    let month_name = parts.next()?;
    let month = MONTHS.iter().position(|m| *m == month_name)? as u32 + 1;
    let year = digits(parts.next()?, 4)?;
    let time = parts.next()?;
    if parts.next()? != "GMT" || parts.next().is_some() {
        return None;
    }
    let mut hms = time.split(':');
    let hour = digits(hms.next()?, 2)?;
    let min = digits(hms.next()?, 2)?;
    let sec = digits(hms.next()?, 2)?;
    if hms.next().is_some() {
        return None;
    }
    to_epoch(i64::from(year), month, day, hour, min, sec)
}

/// Formats Unix seconds as `YYYYMMDD'T'HHMMSS'Z'`, or `None` outside years 0000-9999.
pub(crate) fn format_amz_date(epoch: i64) -> Option<String> {
    let days = epoch.div_euclid(SECS_PER_DAY);
    let secs = epoch.rem_euclid(SECS_PER_DAY);
    let (year, month, day) = civil_from_days(days);
    if !(0..=9999).contains(&year) {
        return None;
    }
    Some(format!(
        "{year:04}{month:02}{day:02}T{:02}{:02}{:02}Z",
        secs / 3600,
        secs % 3600 / 60,
        secs % 60
    ))
}

/// Formats a time for an error message: the AWS form when representable, raw seconds otherwise.
pub(crate) fn describe(epoch: i64) -> String {
    format_amz_date(epoch).unwrap_or_else(|| format!("{epoch}s"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn known_instants_round_trip() {
        let table: &[(&str, i64)] = &[
            ("19700101T000000Z", 0),
            ("20000229T235959Z", 951_868_799),
            ("20240101T000000Z", 1_704_067_200),
            ("20150830T123600Z", 1_440_938_160),
            ("99991231T235959Z", 253_402_300_799),
            ("00000101T000000Z", -62_167_219_200),
        ];
        for (text, epoch) in table {
            assert_eq!(parse_amz_date(text), Some(*epoch), "{text}");
            assert_eq!(format_amz_date(*epoch).as_deref(), Some(*text), "{epoch}");
        }
    }

    #[test]
    fn malformed_amz_dates_are_rejected() {
        for text in [
            "",
            "20240101",
            "20240101T000000",
            "20240101T000000z",
            "2024-01-01T00:00:00Z",
            "20241301T000000Z",
            "20240230T000000Z",
            "20230229T000000Z",
            "20240101T240000Z",
            "20240101T006000Z",
            "20240101T000060Z",
            "2024010１T00000Z",
            "+0240101T000000Z",
        ] {
            assert_eq!(parse_amz_date(text), None, "{text:?}");
        }
    }

    #[test]
    fn http_dates_parse() {
        assert_eq!(
            parse_http_date("Sun, 06 Nov 1994 08:49:37 GMT"),
            Some(784_111_777)
        );
        assert_eq!(
            parse_http_date("Mon, 01 Jan 2024 00:00:00 GMT"),
            Some(1_704_067_200)
        );
        for text in [
            "Sun, 06 Nov 1994 08:49:37 UTC",
            "Sunday, 06-Nov-94 08:49:37 GMT",
            "Sun Nov  6 08:49:37 1994",
            "Sun, 6 Nov 1994 08:49:37 GMT",
            "Sun, 06 Foo 1994 08:49:37 GMT",
            "Sun, 06 Nov 1994 08:49:37 GMT extra",
        ] {
            assert_eq!(parse_http_date(text), None, "{text:?}");
        }
    }

    #[test]
    fn out_of_range_years_do_not_format() {
        assert_eq!(format_amz_date(i64::MAX / 2), None);
        assert_eq!(format_amz_date(-62_167_219_201), None);
        assert_eq!(describe(i64::MIN), format!("{}s", i64::MIN));
    }

    proptest! {
        #[test]
        fn format_then_parse_is_identity(epoch in -62_167_219_200i64..=253_402_300_799) {
            let text = format_amz_date(epoch).expect("in range");
            prop_assert_eq!(parse_amz_date(&text), Some(epoch));
        }

        #[test]
        fn parsers_never_panic(s in "\\PC{0,40}") {
            let _ = parse_amz_date(&s);
            let _ = parse_http_date(&s);
        }

        #[test]
        fn describe_never_panics(epoch in any::<i64>()) {
            let _ = describe(epoch);
        }
    }
}
