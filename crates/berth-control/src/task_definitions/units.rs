//! Task-level `cpu` and `memory` strings: parsing the forms ECS accepts and printing the canonical
//! form it stores.
//!
//! ECS accepts CPU units (`"1024"`) or vCPUs (`"1 vCPU"`, `"0.5 vcpu"`) for `cpu`, and MiB
//! (`"2048"`) or GB (`"1GB"`, `"1 GB"`) for `memory`, and returns both as plain integers (CPU
//! units, MiB). Fractions are exact decimals: `"0.25 vCPU"` is 256 units, while `"0.3 vCPU"`
//! (307.2 units) is rejected rather than rounded. This module is pure and knows nothing of the
//! wire shapes or of error codes; callers turn [`UnitError`] into the ECS error they need.

/// CPU units in one vCPU, and MiB in one GB, as ECS counts them.
pub const UNITS_PER_VCPU: i64 = 1024;
pub const MIB_PER_GB: i64 = 1024;

/// ECS's bounds on a task-level `cpu` for EC2 and external tasks: 0.125 to 192 vCPUs (the model
/// documents 128..=196608 CPU units).
pub const MIN_TASK_CPU: i64 = 128;
pub const MAX_TASK_CPU: i64 = 196_608;

/// The smallest task-level `memory` berth accepts: Docker 20.10+ will not start a container with
/// less than 6 MiB, so a task with less could never run.
pub const MIN_TASK_MEMORY: i64 = 6;

/// Why a `cpu` or `memory` string was rejected.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum UnitError {
    #[error("'{0}' is not a number of {1}")]
    NotANumber(String, &'static str),
    #[error("'{0}' is not a whole number of {1}")]
    NotWhole(String, &'static str),
    #[error("{value} is outside the supported range {min}..={max}")]
    OutOfRange { value: i64, min: i64, max: i64 },
}

/// Parses a task-level `cpu` into CPU units, checking ECS's range.
pub fn parse_task_cpu(text: &str) -> Result<i64, UnitError> {
    let trimmed = text.trim();
    let lower = trimmed.to_ascii_lowercase();
    let units = match lower.strip_suffix("vcpu") {
        Some(number) => scaled(number.trim(), UNITS_PER_VCPU, text, "CPU units")?,
        None => whole(trimmed, text, "CPU units")?,
    };
    in_range(units, MIN_TASK_CPU, MAX_TASK_CPU)
}

/// Parses a task-level `memory` into MiB.
pub fn parse_task_memory(text: &str) -> Result<i64, UnitError> {
    let trimmed = text.trim();
    let lower = trimmed.to_ascii_lowercase();
    let mib = match lower.strip_suffix("gb") {
        Some(number) => scaled(number.trim(), MIB_PER_GB, text, "MiB")?,
        None => whole(trimmed, text, "MiB")?,
    };
    in_range(mib, MIN_TASK_MEMORY, i64::from(i32::MAX))
}

fn in_range(value: i64, min: i64, max: i64) -> Result<i64, UnitError> {
    if (min..=max).contains(&value) {
        Ok(value)
    } else {
        Err(UnitError::OutOfRange { value, min, max })
    }
}

/// A plain non-negative integer (digits only; no sign, no exponent).
fn whole(number: &str, original: &str, unit: &'static str) -> Result<i64, UnitError> {
    if number.is_empty() || !number.bytes().all(|b| b.is_ascii_digit()) {
        return Err(UnitError::NotANumber(original.to_string(), unit));
    }
    number
        .parse::<i64>()
        .map_err(|_| UnitError::NotANumber(original.to_string(), unit))
}

/// A non-negative decimal (`2`, `0.5`, `.25`) times `scale`, which must come out whole.
/// Integer arithmetic keeps `0.1 GB`-style inputs exact instead of trusting a float.
fn scaled(number: &str, scale: i64, original: &str, unit: &'static str) -> Result<i64, UnitError> {
    let not_a_number = || UnitError::NotANumber(original.to_string(), unit);
    let (int_part, frac_part) = match number.split_once('.') {
        Some((int_part, frac_part)) => (int_part, frac_part),
        None => (number, ""),
    };
    let digits_ok = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    // Nine fraction digits is far beyond any meaningful precision and keeps the maths in range.
    if (int_part.is_empty() && frac_part.is_empty())
        || !digits_ok(int_part)
        || !digits_ok(frac_part)
        || frac_part.len() > 9
        || int_part.len() > 12
    {
        return Err(not_a_number());
    }
    let int_value: i128 = if int_part.is_empty() {
        0
    } else {
        int_part.parse().map_err(|_| not_a_number())?
    };
    let frac_value: i128 = if frac_part.is_empty() {
        0
    } else {
        frac_part.parse().map_err(|_| not_a_number())?
    };
    let denominator: i128 = 10i128.pow(frac_part.len() as u32);
    let numerator = (int_value * denominator + frac_value) * i128::from(scale);
    if numerator % denominator != 0 {
        return Err(UnitError::NotWhole(original.to_string(), unit));
    }
    i64::try_from(numerator / denominator).map_err(|_| not_a_number())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cpu_forms() {
        for (text, units) in [
            ("1024", 1024),
            (" 256 ", 256),
            ("1 vCPU", 1024),
            ("1 vcpu", 1024),
            ("1vcpu", 1024),
            ("0.5 vcpu", 512),
            (".25 vCPU", 256),
            ("0.125 VCPU", 128),
            ("2 vCPU", 2048),
            ("16 vCPU", 16384),
            ("196608", 196_608),
        ] {
            assert_eq!(parse_task_cpu(text), Ok(units), "{text}");
        }
    }

    #[test]
    fn cpu_rejections() {
        for text in [
            "",
            "abc",
            "-1024",
            "1e3",
            "1.5",
            "vcpu",
            "1 GB",
            "1..5 vcpu",
            "0x10",
        ] {
            assert!(
                matches!(parse_task_cpu(text), Err(UnitError::NotANumber(..))),
                "{text}: {:?}",
                parse_task_cpu(text)
            );
        }
        assert!(matches!(
            parse_task_cpu("0.3 vcpu"),
            Err(UnitError::NotWhole(..))
        ));
        for text in ["64", "0", "196609", "200 vcpu"] {
            assert!(
                matches!(parse_task_cpu(text), Err(UnitError::OutOfRange { .. })),
                "{text}"
            );
        }
    }

    #[test]
    fn every_whole_number_and_vcpu_count_round_trips() {
        for units in MIN_TASK_CPU..=MAX_TASK_CPU {
            assert_eq!(parse_task_cpu(&units.to_string()), Ok(units));
        }
        for vcpus in 1..=192i64 {
            assert_eq!(parse_task_cpu(&format!("{vcpus} vCPU")), Ok(vcpus * 1024));
        }
        for gb in 1..=120i64 {
            assert_eq!(parse_task_memory(&format!("{gb}GB")), Ok(gb * 1024));
            assert_eq!(parse_task_memory(&(gb * 1024).to_string()), Ok(gb * 1024));
        }
    }

    #[test]
    fn memory_forms() {
        for (text, mib) in [
            ("2048", 2048),
            ("1GB", 1024),
            ("1 GB", 1024),
            ("1gb", 1024),
            ("0.5 GB", 512),
            ("30 GB", 30720),
            ("120GB", 122_880),
            ("6", 6),
        ] {
            assert_eq!(parse_task_memory(text), Ok(mib), "{text}");
        }
    }

    #[test]
    fn memory_rejections() {
        for text in ["", "1 TB", "GB", "-5", "1.5", "1 MiB"] {
            assert!(
                matches!(parse_task_memory(text), Err(UnitError::NotANumber(..))),
                "{text}: {:?}",
                parse_task_memory(text)
            );
        }
        assert!(matches!(
            parse_task_memory("0.0001 GB"),
            Err(UnitError::NotWhole(..))
        ));
        assert!(matches!(
            parse_task_memory("5"),
            Err(UnitError::OutOfRange { .. })
        ));
        assert!(matches!(
            parse_task_memory("99999999999"),
            Err(UnitError::OutOfRange { .. })
        ));
    }
}
