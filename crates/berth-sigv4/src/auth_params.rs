//! Finds and parses the SigV4 authentication parameters of a request: the `Authorization` header
//! form or the presigned query-string form, plus the request time, session token and declared
//! payload hash.
//!
//! This module only extracts and checks *shape* (presence, duplicates, date and expiry formats);
//! it never looks up credentials, checks the clock or compares signatures (see `verify`).

use crate::amz_time::{format_amz_date, parse_amz_date, parse_http_date};
use crate::canonical::{decode_query, header_values, SECURITY_TOKEN_PARAM, SIGNATURE_PARAM};
use crate::error::{AuthError, IncompleteSignature};
use crate::{RequestParts, SignatureLocation, MAX_PRESIGNED_EXPIRES_SECS};

const ALGORITHM_PARAM: &str = "X-Amz-Algorithm";
const CREDENTIAL_PARAM: &str = "X-Amz-Credential";
const SIGNED_HEADERS_PARAM: &str = "X-Amz-SignedHeaders";
const DATE_PARAM: &str = "X-Amz-Date";
const EXPIRES_PARAM: &str = "X-Amz-Expires";
const CONTENT_SHA256_PARAM: &str = "X-Amz-Content-Sha256";

/// What the client claims: everything needed to recompute and compare its signature.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Claim {
    pub location: SignatureLocation,
    pub algorithm: String,
    pub credential: String,
    pub signed_headers: String,
    pub signature: String,
    /// The request time exactly as it enters the string to sign (`YYYYMMDD'T'HHMMSS'Z'`).
    pub amz_date: String,
    /// The same instant in Unix seconds.
    pub signed_at: i64,
    /// `X-Amz-Expires` of a presigned URL.
    pub expires_secs: Option<i64>,
    pub session_token: Option<String>,
    /// A payload hash the client declared (`x-amz-content-sha256` / `X-Amz-Content-Sha256`).
    pub content_sha256: Option<String>,
}

/// Returns the single value of a header, `Ok(None)` if absent, or an error if repeated.
fn single_header<'h>(
    headers: &'h [(String, String)],
    name: &str,
    display_name: &str,
) -> Result<Option<&'h str>, IncompleteSignature> {
    let mut values = header_values(headers, name);
    let first = values.next();
    if values.next().is_some() {
        return Err(IncompleteSignature::DuplicateParameter {
            name: display_name.to_owned(),
        });
    }
    Ok(first)
}

/// Extracts the claim from whichever SigV4 form the request uses.
pub(crate) fn extract(req: &RequestParts<'_>) -> Result<Claim, AuthError> {
    let authorization = single_header(req.headers, "authorization", "Authorization")?
        // Like AWS, an Authorization header of another scheme (Basic, Bearer, SigV2) is simply
        // not a SigV4 token.
        .filter(|value| value.trim_start().starts_with("AWS4-"));
    let query = decode_query(req.query);
    let presigned = query.iter().any(|(key, _)| {
        key == ALGORITHM_PARAM || key == CREDENTIAL_PARAM || key == SIGNATURE_PARAM
    });
    match (authorization, presigned) {
        (Some(_), true) => Err(IncompleteSignature::ConflictingAuthentication.into()),
        (Some(value), false) => Ok(from_header(req, value)?),
        (None, true) => Ok(from_query(req, &query)?),
        (None, false) => Err(AuthError::MissingAuthenticationToken),
    }
}

fn from_header(req: &RequestParts<'_>, authorization: &str) -> Result<Claim, IncompleteSignature> {
    let trimmed = authorization.trim();
    let (algorithm, rest) = trimmed.split_once(' ').unwrap_or((trimmed, ""));
    let mut credential = None;
    let mut signed_headers = None;
    let mut signature = None;
    for pair in rest.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let Some((key, value)) = pair.split_once('=') else {
            return Err(IncompleteSignature::MalformedPair {
                pair: pair.to_owned(),
                authorization: authorization.to_owned(),
            });
        };
        let slot = match key.trim() {
            "Credential" => &mut credential,
            "SignedHeaders" => &mut signed_headers,
            "Signature" => &mut signature,
            // Unknown components are ignored, as AWS does.
            _ => continue,
        };
        if slot.replace(value.trim().to_owned()).is_some() {
            return Err(IncompleteSignature::DuplicateParameter {
                name: key.trim().to_owned(),
            });
        }
    }

    let x_amz_date = single_header(req.headers, "x-amz-date", "X-Amz-Date")?;
    let date = single_header(req.headers, "date", "Date")?;
    let mut missing = Vec::new();
    if credential.as_deref().is_none_or(str::is_empty) {
        missing.push("Credential");
    }
    // An empty SignedHeaders is well-formed here; the missing `host` is reported later.
    if signed_headers.is_none() {
        missing.push("SignedHeaders");
    }
    if signature.as_deref().is_none_or(str::is_empty) {
        missing.push("Signature");
    }
    let missing_date = x_amz_date.is_none() && date.is_none();
    let (Some(credential), Some(signed_headers), Some(signature), false) = (
        credential,
        signed_headers,
        signature,
        !missing.is_empty() || missing_date,
    ) else {
        return Err(IncompleteSignature::MissingComponents {
            missing,
            missing_date,
            authorization: authorization.to_owned(),
        });
    };

    let (amz_date, signed_at) = match (x_amz_date, date) {
        (Some(value), _) => {
            let signed_at = parse_amz_date(value).ok_or_else(|| malformed_date(value))?;
            (value.to_owned(), signed_at)
        }
        (None, Some(value)) => {
            // Some clients put the ISO form in `Date`; HTTP clients put IMF-fixdate there.
            let signed_at = parse_http_date(value)
                .or_else(|| parse_amz_date(value))
                .ok_or_else(|| malformed_date(value))?;
            let amz_date = format_amz_date(signed_at).ok_or_else(|| malformed_date(value))?;
            (amz_date, signed_at)
        }
        (None, None) => unreachable_date(authorization)?,
    };

    Ok(Claim {
        location: SignatureLocation::Header,
        algorithm: algorithm.to_owned(),
        credential,
        signed_headers,
        signature,
        amz_date,
        signed_at,
        expires_secs: None,
        session_token: single_header(req.headers, "x-amz-security-token", "X-Amz-Security-Token")?
            .map(str::to_owned),
        content_sha256: joined_header(req.headers, "x-amz-content-sha256"),
    })
}

/// The absent-date case is reported with the missing components above; this keeps the match
/// exhaustive without a panic.
fn unreachable_date(authorization: &str) -> Result<(String, i64), IncompleteSignature> {
    Err(IncompleteSignature::MissingComponents {
        missing: Vec::new(),
        missing_date: true,
        authorization: authorization.to_owned(),
    })
}

fn malformed_date(value: &str) -> IncompleteSignature {
    IncompleteSignature::MalformedDate {
        value: value.to_owned(),
    }
}

/// Repeated values are joined as in the canonical form, so a repeated hash never matches.
fn joined_header(headers: &[(String, String)], name: &str) -> Option<String> {
    let values: Vec<&str> = header_values(headers, name).collect();
    (!values.is_empty()).then(|| values.join(","))
}

fn from_query(
    req: &RequestParts<'_>,
    query: &[(String, String)],
) -> Result<Claim, IncompleteSignature> {
    let single = |name: &str| -> Result<Option<String>, IncompleteSignature> {
        let mut values = query.iter().filter(|(key, _)| key == name);
        let first = values.next().map(|(_, value)| value.clone());
        if values.next().is_some() {
            return Err(IncompleteSignature::DuplicateParameter {
                name: name.to_owned(),
            });
        }
        Ok(first)
    };
    let algorithm = single(ALGORITHM_PARAM)?;
    let credential = single(CREDENTIAL_PARAM)?;
    let signature = single(SIGNATURE_PARAM)?;
    let signed_headers = single(SIGNED_HEADERS_PARAM)?;
    let date = single(DATE_PARAM)?;
    let expires = single(EXPIRES_PARAM)?;
    let token = single(SECURITY_TOKEN_PARAM)?;
    let content_sha256 = single(CONTENT_SHA256_PARAM)?;

    let (
        Some(algorithm),
        Some(credential),
        Some(signature),
        Some(signed_headers),
        Some(date),
        Some(expires),
    ) = (
        algorithm.clone(),
        credential.clone(),
        signature.clone(),
        signed_headers.clone(),
        date.clone(),
        expires.clone(),
    )
    else {
        let missing = [
            (ALGORITHM_PARAM, algorithm.is_none()),
            (CREDENTIAL_PARAM, credential.is_none()),
            (SIGNATURE_PARAM, signature.is_none()),
            (SIGNED_HEADERS_PARAM, signed_headers.is_none()),
            (DATE_PARAM, date.is_none()),
            (EXPIRES_PARAM, expires.is_none()),
        ]
        .into_iter()
        .filter_map(|(name, absent)| absent.then_some(name))
        .collect();
        return Err(IncompleteSignature::MissingQueryParameters { missing });
    };

    let signed_at = parse_amz_date(&date).ok_or_else(|| malformed_date(&date))?;
    let expires_secs = expires
        .parse::<i64>()
        .ok()
        .filter(|secs| (1..=MAX_PRESIGNED_EXPIRES_SECS).contains(secs))
        .ok_or_else(|| IncompleteSignature::MalformedExpires {
            value: expires.clone(),
        })?;

    let session_token = match token {
        Some(token) => Some(token),
        None => single_header(req.headers, "x-amz-security-token", "X-Amz-Security-Token")?
            .map(str::to_owned),
    };
    Ok(Claim {
        location: SignatureLocation::Query,
        algorithm,
        credential,
        signed_headers,
        signature,
        amz_date: date,
        signed_at,
        expires_secs: Some(expires_secs),
        session_token,
        content_sha256: content_sha256
            .or_else(|| joined_header(req.headers, "x-amz-content-sha256")),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts<'a>(headers: &'a [(String, String)], query: &'a str) -> RequestParts<'a> {
        RequestParts {
            method: "POST",
            path: "/",
            query,
            headers,
            body: b"",
        }
    }

    fn headers(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(n, v)| ((*n).to_owned(), (*v).to_owned()))
            .collect()
    }

    const AUTH: &str = "AWS4-HMAC-SHA256 Credential=AKID/20240101/us-east-1/ecs/aws4_request, \
                        SignedHeaders=host;x-amz-date, Signature=abc";

    #[test]
    fn header_form_parses() {
        let h = headers(&[
            ("Authorization", AUTH),
            ("X-Amz-Date", "20240101T000000Z"),
            ("X-Amz-Security-Token", "tok"),
        ]);
        let claim = extract(&parts(&h, "")).expect("parses");
        assert_eq!(claim.location, SignatureLocation::Header);
        assert_eq!(claim.algorithm, "AWS4-HMAC-SHA256");
        assert_eq!(claim.credential, "AKID/20240101/us-east-1/ecs/aws4_request");
        assert_eq!(claim.signed_headers, "host;x-amz-date");
        assert_eq!(claim.signature, "abc");
        assert_eq!(claim.signed_at, 1_704_067_200);
        assert_eq!(claim.session_token.as_deref(), Some("tok"));
    }

    #[test]
    fn date_header_is_the_fallback() {
        let h = headers(&[
            ("authorization", AUTH),
            ("date", "Mon, 01 Jan 2024 00:00:05 GMT"),
        ]);
        let claim = extract(&parts(&h, "")).expect("parses");
        assert_eq!(claim.amz_date, "20240101T000005Z");
    }

    #[test]
    fn non_sigv4_schemes_are_missing_tokens() {
        for value in ["Bearer abc", "Basic dXNlcjpwYXNz", "AWS AKID:sig", ""] {
            let h = headers(&[("Authorization", value)]);
            assert_eq!(
                extract(&parts(&h, "")),
                Err(AuthError::MissingAuthenticationToken),
                "{value:?}"
            );
        }
        assert_eq!(
            extract(&parts(&[], "Action=List")),
            Err(AuthError::MissingAuthenticationToken)
        );
    }

    #[test]
    fn malformed_header_forms() {
        let check = |h: Vec<(String, String)>, want: IncompleteSignature| {
            assert_eq!(extract(&parts(&h, "")), Err(AuthError::from(want)));
        };
        let bare = "AWS4-HMAC-SHA256 SignedHeaders=host";
        check(
            headers(&[("Authorization", bare)]),
            IncompleteSignature::MissingComponents {
                missing: vec!["Credential", "Signature"],
                missing_date: true,
                authorization: bare.to_owned(),
            },
        );
        let no_eq = "AWS4-HMAC-SHA256 Credential, SignedHeaders=host, Signature=abc";
        check(
            headers(&[("Authorization", no_eq), ("X-Amz-Date", "20240101T000000Z")]),
            IncompleteSignature::MalformedPair {
                pair: "Credential".to_owned(),
                authorization: no_eq.to_owned(),
            },
        );
        let twice = "AWS4-HMAC-SHA256 Credential=a, Credential=b, SignedHeaders=host, Signature=c";
        check(
            headers(&[("Authorization", twice), ("X-Amz-Date", "20240101T000000Z")]),
            IncompleteSignature::DuplicateParameter {
                name: "Credential".to_owned(),
            },
        );
        check(
            headers(&[("Authorization", AUTH), ("X-Amz-Date", "2024-01-01")]),
            IncompleteSignature::MalformedDate {
                value: "2024-01-01".to_owned(),
            },
        );
        check(
            headers(&[("Authorization", AUTH), ("Authorization", AUTH)]),
            IncompleteSignature::DuplicateParameter {
                name: "Authorization".to_owned(),
            },
        );
    }

    #[test]
    fn query_form_parses_and_reports_missing_parameters() {
        let q = "X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKID%2F20240101%2Fus-east-1%2Fecs%2Faws4_request\
                 &X-Amz-Date=20240101T000000Z&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Signature=abc";
        let claim = extract(&parts(&[], q)).expect("parses");
        assert_eq!(claim.location, SignatureLocation::Query);
        assert_eq!(claim.credential, "AKID/20240101/us-east-1/ecs/aws4_request");
        assert_eq!(claim.expires_secs, Some(900));

        assert_eq!(
            extract(&parts(
                &[],
                "X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=20240101T000000Z"
            )),
            Err(IncompleteSignature::MissingQueryParameters {
                missing: vec![
                    "X-Amz-Credential",
                    "X-Amz-Signature",
                    "X-Amz-SignedHeaders",
                    "X-Amz-Expires"
                ],
            }
            .into())
        );
        for expires in ["0", "-1", "604801", "ten"] {
            let q = q.replace("X-Amz-Expires=900", &format!("X-Amz-Expires={expires}"));
            assert_eq!(
                extract(&parts(&[], &q)),
                Err(IncompleteSignature::MalformedExpires {
                    value: expires.to_owned()
                }
                .into())
            );
        }
        let h = headers(&[("Authorization", AUTH)]);
        assert_eq!(
            extract(&parts(&h, q)),
            Err(IncompleteSignature::ConflictingAuthentication.into())
        );
    }
}
