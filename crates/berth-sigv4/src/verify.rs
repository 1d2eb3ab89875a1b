//! Server-side verification: from a request view, the current time and a credential store to a
//! [`Verified`] identity or the [`AuthError`] AWS would have answered.
//!
//! Checks run in the order AWS's front end applies them (observed on real services), so that the
//! first error a client sees is the one AWS would report: shape of the auth parameters, date
//! format, clock window, `host` signed, algorithm, credential shape, credential scope, access
//! key, payload hash, signature, and last the session token. Signatures and tokens are compared
//! in constant time. This module does not read a clock or perform I/O.

use subtle::ConstantTimeEq;

use crate::amz_time::describe;
use crate::auth_params::{extract, Claim};
use crate::canonical::{
    canonical_query, canonical_request, canonical_uri, credential_scope, sha256_hex,
    signature_hex, signing_key, string_to_sign, CanonicalInput, ALGORITHM, TERMINATOR,
    UNSIGNED_PAYLOAD,
};
use crate::error::{AuthError, IncompleteSignature, InvalidSignature, ScopeProblem, UnrecognizedClient};
use crate::{Credential, CredentialStore, Policy, RequestParts, SignatureLocation, Verified};

/// The five elements of `X-Amz-Credential` / `Credential=`.
struct Scope<'c> {
    access_key_id: &'c str,
    date: &'c str,
    region: &'c str,
    service: &'c str,
    terminator: &'c str,
}

/// Verifies the SigV4 signature of `req` at time `now_epoch_secs`.
pub fn verify(
    req: &RequestParts<'_>,
    now_epoch_secs: i64,
    creds: &dyn CredentialStore,
    policy: &Policy,
) -> Result<Verified, AuthError> {
    let claim = extract(req)?;
    check_time_window(&claim, now_epoch_secs, policy)?;
    if !claim
        .signed_headers
        .split(';')
        .any(|name| name.eq_ignore_ascii_case("host"))
    {
        return Err(InvalidSignature::HostNotSigned.into());
    }
    if claim.algorithm != ALGORITHM {
        return Err(IncompleteSignature::UnsupportedAlgorithm {
            algorithm: claim.algorithm.clone(),
        }
        .into());
    }
    let scope = parse_credential(&claim.credential)?;
    check_scope(&scope, &claim)?;
    let credential = creds
        .lookup(scope.access_key_id)
        .ok_or(UnrecognizedClient::UnknownAccessKey)?;
    let payload_hashes = payload_hashes(&claim, req.body)?;

    let presigned = claim.location == SignatureLocation::Query;
    let uri = canonical_uri(req.path, scope.service);
    let query = canonical_query(req.query, presigned, false);
    let key = signing_key(
        &credential.secret_access_key,
        scope.date,
        scope.region,
        scope.service,
    );
    let credential_scope = credential_scope(scope.date, scope.region, scope.service);
    let mut matched = None;
    for payload_hash in &payload_hashes {
        let input = CanonicalInput {
            method: req.method,
            canonical_uri: &uri,
            canonical_query: &query,
            headers: req.headers,
            signed_headers: &claim.signed_headers,
            payload_hash,
        };
        let creq = canonical_request(&input, false);
        let sts = string_to_sign(&claim.amz_date, &credential_scope, &creq);
        let expected = signature_hex(&key, &sts);
        if bool::from(expected.as_bytes().ct_eq(claim.signature.as_bytes())) {
            matched = Some(payload_hash.as_str());
            break;
        }
    }
    let Some(payload_hash) = matched else {
        return Err(mismatch(req, &claim, &uri, &credential_scope, &payload_hashes));
    };
    check_session_token(&credential, claim.session_token.as_deref())?;

    Ok(Verified {
        access_key_id: scope.access_key_id.to_owned(),
        principal: credential.principal,
        region: scope.region.to_owned(),
        service: scope.service.to_owned(),
        signed_at: claim.signed_at,
        location: claim.location,
        payload_signed: payload_hash != UNSIGNED_PAYLOAD,
    })
}

/// "5 min." for whole minutes, "90 sec." otherwise (AWS prints whole minutes).
fn describe_window(secs: i64) -> String {
    if secs % 60 == 0 {
        format!("{} min.", secs / 60)
    } else {
        format!("{secs} sec.")
    }
}

fn check_time_window(claim: &Claim, now: i64, policy: &Policy) -> Result<(), InvalidSignature> {
    let skew = policy.max_skew_secs.max(0);
    // i128 so that no `now` (the caller's clock) can overflow the subtraction.
    let age = i128::from(now) - i128::from(claim.signed_at);
    // A presigned URL is valid for `X-Amz-Expires` after signing; a header signature for the skew.
    let max_age = claim.expires_secs.unwrap_or(skew);
    if age > i128::from(max_age) {
        return Err(InvalidSignature::Expired {
            signed_at: claim.amz_date.clone(),
            earliest: describe(now.saturating_sub(max_age)),
            now: describe(now),
            window: describe_window(max_age),
        });
    }
    if -age > i128::from(skew) {
        return Err(InvalidSignature::NotYetCurrent {
            signed_at: claim.amz_date.clone(),
            latest: describe(now.saturating_add(skew)),
            now: describe(now),
            window: describe_window(skew),
        });
    }
    Ok(())
}

fn parse_credential(credential: &str) -> Result<Scope<'_>, IncompleteSignature> {
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

fn check_scope(scope: &Scope<'_>, claim: &Claim) -> Result<(), InvalidSignature> {
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

/// The payload hashes the client may have signed with, most likely first.
///
/// Header form: always the hash of the body (ECS clients send no `x-amz-content-sha256`; if one is
/// sent it must be that hash). Presigned form: the body hash (botocore, STS-style presigning) or
/// `UNSIGNED-PAYLOAD` (S3-style presigning), or exactly what the client declared.
fn payload_hashes(claim: &Claim, body: &[u8]) -> Result<Vec<String>, InvalidSignature> {
    let body_hash = sha256_hex(body);
    let presigned = claim.location == SignatureLocation::Query;
    match claim.content_sha256.as_deref() {
        Some(declared) if declared == body_hash => Ok(vec![body_hash]),
        Some(UNSIGNED_PAYLOAD) if presigned => Ok(vec![UNSIGNED_PAYLOAD.to_owned()]),
        Some(_) => Err(InvalidSignature::ContentSha256Mismatch),
        None if presigned => Ok(vec![body_hash, UNSIGNED_PAYLOAD.to_owned()]),
        None => Ok(vec![body_hash]),
    }
}

/// Builds the mismatch error with the (redacted) canonical request of the first candidate.
fn mismatch(
    req: &RequestParts<'_>,
    claim: &Claim,
    uri: &str,
    credential_scope: &str,
    payload_hashes: &[String],
) -> AuthError {
    let presigned = claim.location == SignatureLocation::Query;
    let plain_query = canonical_query(req.query, presigned, false);
    let input = CanonicalInput {
        method: req.method,
        canonical_uri: uri,
        canonical_query: &plain_query,
        headers: req.headers,
        signed_headers: &claim.signed_headers,
        payload_hash: payload_hashes.first().map_or("", String::as_str),
    };
    // The string to sign holds only a hash of the real canonical request, so it is shown as
    // computed; the canonical request itself is shown with session tokens redacted.
    let string_to_sign = string_to_sign(
        &claim.amz_date,
        credential_scope,
        &canonical_request(&input, false),
    );
    let query = canonical_query(req.query, presigned, true);
    let redacted = CanonicalInput {
        canonical_query: &query,
        ..input
    };
    InvalidSignature::Mismatch {
        canonical_request: canonical_request(&redacted, true),
        string_to_sign,
    }
    .into()
}

fn check_session_token(
    credential: &Credential,
    presented: Option<&str>,
) -> Result<(), UnrecognizedClient> {
    match (credential.session_token.as_deref(), presented) {
        (None, None) => Ok(()),
        (Some(_), None) => Err(UnrecognizedClient::SessionTokenMissing),
        (None, Some(_)) => Err(UnrecognizedClient::SessionTokenUnexpected),
        (Some(expected), Some(presented)) => {
            if bool::from(expected.as_bytes().ct_eq(presented.as_bytes())) {
                Ok(())
            } else {
                Err(UnrecognizedClient::SessionTokenMismatch)
            }
        }
    }
}
