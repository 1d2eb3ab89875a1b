//! The credential scope of a SigV4 signature (`keyid/date/region/service/aws4_request`): its
//! parsing and the rules a scope must satisfy.
//!
//! Pure string checks; the access key is looked up and the signature compared elsewhere
//! (`verify`). Region and service names are restricted here because berth keys state by region.

use crate::auth_params::Claim;
use crate::canonical::TERMINATOR;
use crate::error::{IncompleteSignature, InvalidSignature, ScopeProblem};

/// The five elements of `X-Amz-Credential` / `Credential=`.
pub(crate) struct Scope<'c> {
    pub access_key_id: &'c str,
    pub date: &'c str,
    pub region: &'c str,
    pub service: &'c str,
    pub terminator: &'c str,
}

pub(crate) fn parse_credential(credential: &str) -> Result<Scope<'_>, IncompleteSignature> {
    // AWS ignores trailing slashes after the terminator.
    let parts: Vec<&str> = credential.trim_end_matches('/').split('/').collect();
    match parts.as_slice() {
        [access_key_id, date, region, service, terminator] => Ok(Scope {
            access_key_id,
            date,
            region,
            service,
            terminator,
        }),
        _ => Err(IncompleteSignature::MalformedCredential {
            credential: credential.to_owned(),
        }),
    }
}

/// Regions name state in berth, so only AWS-shaped names are accepted (`us-east-1`, `local`).
pub(crate) fn is_valid_region(region: &str) -> bool {
    !region.is_empty()
        && region.len() <= 64
        && region
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

pub(crate) fn is_valid_service(service: &str) -> bool {
    !service.is_empty()
        && service.len() <= 64
        && service.bytes().all(|b| {
            b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'-' | b'_' | b'.')
        })
}

pub(crate) fn check_scope(scope: &Scope<'_>, claim: &Claim) -> Result<(), InvalidSignature> {
    let mut problems = Vec::new();
    if !is_valid_region(scope.region) {
        problems.push(ScopeProblem::Region(scope.region.to_owned()));
    }
    if !is_valid_service(scope.service) {
        problems.push(ScopeProblem::Service(scope.service.to_owned()));
    }
    if scope.terminator != TERMINATOR {
        problems.push(ScopeProblem::Terminator(scope.terminator.to_owned()));
    }
    // `amz_date` is a validated 16-character ISO basic time, so its first 8 bytes are the day.
    let request_day = claim.amz_date.get(..8).unwrap_or_default();
    if scope.date != request_day {
        problems.push(ScopeProblem::Date {
            scope: scope.date.to_owned(),
            request_day: request_day.to_owned(),
            request_time: claim.amz_date.clone(),
        });
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(InvalidSignature::BadScope(problems))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credentials_split_into_five_elements() {
        let scope = parse_credential("AKID/20240101/us-east-1/ecs/aws4_request/").expect("parses");
        assert_eq!(
            (
                scope.access_key_id,
                scope.date,
                scope.region,
                scope.service,
                scope.terminator
            ),
            ("AKID", "20240101", "us-east-1", "ecs", "aws4_request")
        );
        for bad in [
            "",
            "AKID",
            "AKID/20240101/us-east-1/aws4_request",
            "a/b/c/d/e/f",
        ] {
            assert_eq!(
                parse_credential(bad).err(),
                Some(IncompleteSignature::MalformedCredential {
                    credential: bad.to_owned()
                }),
                "{bad:?}"
            );
        }
    }

    #[test]
    fn region_and_service_names() {
        for good in ["us-east-1", "local", "eu-west-3", "cn-north-1"] {
            assert!(is_valid_region(good), "{good}");
        }
        for bad in ["", "US-EAST-1", "us east", "us/east", "é", &"a".repeat(65)] {
            assert!(!is_valid_region(bad), "{bad}");
        }
        for good in ["ecs", "execute-api", "s3", "sts", "a_b.c"] {
            assert!(is_valid_service(good), "{good}");
        }
        for bad in ["", "ECS", "e cs", "e/cs"] {
            assert!(!is_valid_service(bad), "{bad}");
        }
    }
}
