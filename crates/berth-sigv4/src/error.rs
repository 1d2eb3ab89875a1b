//! The authentication errors of SigV4, one top-level variant per AWS error code.
//!
//! Each top-level variant of [`AuthError`] maps to exactly one AWS error code ([`AuthError::code`])
//! and status ([`AuthError::http_status`]); the inner reason enums say *why*, and their `Display`
//! reproduces the wording AWS services (the "coral" front end of ECS, DynamoDB, ...) return, as
//! recorded from real responses. This module renders no HTTP and decides nothing.

use std::fmt;

/// Why a request failed authentication. `Display` gives the AWS-style message.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AuthError {
    /// No SigV4 authentication at all (no `AWS4-` Authorization header, no presigned query).
    #[error("Missing Authentication Token")]
    MissingAuthenticationToken,
    /// The Authorization header or presigned query is malformed or lacks a component.
    #[error("{0}")]
    IncompleteSignature(IncompleteSignature),
    /// The signature is well-formed but wrong, expired, not yet valid, or badly scoped.
    #[error("{0}")]
    InvalidSignature(InvalidSignature),
    /// The access key is unknown, or the session token is missing, unexpected or wrong.
    #[error("The security token included in the request is invalid.")]
    UnrecognizedClient(UnrecognizedClient),
}

impl AuthError {
    /// The AWS error code, as rendered in `__type` of a JSON error body.
    pub fn code(&self) -> &'static str {
        match self {
            AuthError::MissingAuthenticationToken => "MissingAuthenticationTokenException",
            AuthError::IncompleteSignature(_) => "IncompleteSignatureException",
            AuthError::InvalidSignature(_) => "InvalidSignatureException",
            AuthError::UnrecognizedClient(_) => "UnrecognizedClientException",
        }
    }

    /// The HTTP status AWS answers with: 403 for a missing token, 400 for everything else.
    pub fn http_status(&self) -> u16 {
        match self {
            AuthError::MissingAuthenticationToken => 403,
            AuthError::IncompleteSignature(_)
            | AuthError::InvalidSignature(_)
            | AuthError::UnrecognizedClient(_) => 400,
        }
    }
}

impl From<IncompleteSignature> for AuthError {
    fn from(reason: IncompleteSignature) -> Self {
        AuthError::IncompleteSignature(reason)
    }
}

impl From<InvalidSignature> for AuthError {
    fn from(reason: InvalidSignature) -> Self {
        AuthError::InvalidSignature(reason)
    }
}

impl From<UnrecognizedClient> for AuthError {
    fn from(reason: UnrecognizedClient) -> Self {
        AuthError::UnrecognizedClient(reason)
    }
}

/// Reasons for `IncompleteSignatureException`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IncompleteSignature {
    /// The Authorization header lacks `Credential`, `SignedHeaders` or `Signature` (names listed in
    /// that order), and/or the request has neither `X-Amz-Date` nor `Date`.
    MissingComponents {
        /// Missing parameter names, e.g. `["Credential", "Signature"]`.
        missing: Vec<&'static str>,
        /// True when neither `X-Amz-Date` nor `Date` is present.
        missing_date: bool,
        /// The Authorization header as received (AWS echoes it).
        authorization: String,
    },
    /// A presigned query string lacks required `X-Amz-*` parameters (names listed).
    MissingQueryParameters {
        /// Missing parameter names, e.g. `["X-Amz-Credential"]`.
        missing: Vec<&'static str>,
    },
    /// A component of the Authorization header has no `=`.
    MalformedPair {
        /// The offending component.
        pair: String,
        /// The Authorization header as received.
        authorization: String,
    },
    /// An auth parameter appears more than once.
    DuplicateParameter {
        /// Its name.
        name: String,
    },
    /// Both an Authorization header and presigned query parameters were sent.
    ConflictingAuthentication,
    /// The algorithm is not `AWS4-HMAC-SHA256`.
    UnsupportedAlgorithm {
        /// The algorithm named by the client.
        algorithm: String,
    },
    /// The Credential is not `keyid/date/region/service/aws4_request`.
    MalformedCredential {
        /// The Credential as received.
        credential: String,
    },
    /// `X-Amz-Date` (or `Date`) is not a valid date in the expected format.
    MalformedDate {
        /// The value as received.
        value: String,
    },
    /// `X-Amz-Expires` is not a number of seconds in `1..=604800`.
    MalformedExpires {
        /// The value as received.
        value: String,
    },
}

impl fmt::Display for IncompleteSignature {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            IncompleteSignature::MissingComponents {
                missing,
                missing_date,
                authorization,
            } => {
                for name in missing {
                    write!(f, "Authorization header requires '{name}' parameter. ")?;
                }
                if *missing_date {
                    write!(
                        f,
                        "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. "
                    )?;
                }
                write!(f, "Authorization={authorization}")
            }
            IncompleteSignature::MissingQueryParameters { missing } => {
                for name in missing {
                    write!(f, "AWS query-string parameters must include '{name}'. ")?;
                }
                write!(f, "Re-examine the query-string parameters.")
            }
            IncompleteSignature::MalformedPair {
                pair,
                authorization,
            } => write!(
                f,
                "'{pair}' not a valid key=value pair (missing equal-sign) in Authorization header: '{authorization}'."
            ),
            IncompleteSignature::DuplicateParameter { name } => {
                write!(f, "Only one '{name}' parameter is allowed.")
            }
            IncompleteSignature::ConflictingAuthentication => write!(
                f,
                "Only one auth mechanism allowed; only the X-Amz-Algorithm query parameter or the Authorization header should be specified."
            ),
            IncompleteSignature::UnsupportedAlgorithm { algorithm } => write!(
                f,
                "Unsupported AWS 'algorithm': '{algorithm}' (only AWS4-HMAC-SHA256 for now)."
            ),
            IncompleteSignature::MalformedCredential { credential } => write!(
                f,
                "Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, got '{credential}'"
            ),
            IncompleteSignature::MalformedDate { value } => write!(
                f,
                "Date must be in ISO-8601 'basic format'. Got '{value}'. See http://en.wikipedia.org/wiki/ISO_8601"
            ),
            IncompleteSignature::MalformedExpires { value } => match value.parse::<i64>() {
                Err(_) => write!(f, "X-Amz-Expires should be a number, got '{value}'."),
                Ok(n) if n <= 0 => write!(f, "X-Amz-Expires must be positive, got '{value}'."),
                Ok(_) => write!(
                    f,
                    "X-Amz-Expires must be less than a week (in seconds); that is, the given X-Amz-Expires must be less than 604800 seconds"
                ),
            },
        }
    }
}

/// One thing wrong with a credential scope (`date/region/service/aws4_request`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ScopeProblem {
    /// The region is empty or has characters other than ASCII letters, digits and `-`.
    Region(String),
    /// The service is empty or has characters other than ASCII letters, digits, `-`, `_`, `.`.
    Service(String),
    /// The terminator is not `aws4_request`.
    Terminator(String),
    /// The scope date is not the day of the request time.
    Date {
        /// The date in the credential scope.
        scope: String,
        /// `YYYYMMDD` of the request time.
        request_day: String,
        /// The request time as received (or derived from `Date`).
        request_time: String,
    },
}

impl fmt::Display for ScopeProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ScopeProblem::Region(region) => write!(
                f,
                "Credential should be scoped to a valid region, not '{region}'."
            ),
            ScopeProblem::Service(service) => write!(
                f,
                "Credential should be scoped to a valid service, not '{service}'."
            ),
            ScopeProblem::Terminator(term) => write!(
                f,
                "Credential should be scoped with a valid terminator: 'aws4_request', not '{term}'."
            ),
            ScopeProblem::Date {
                scope,
                request_day,
                request_time,
            } => write!(
                f,
                "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '{scope}' != '{request_day}', from '{request_time}'."
            ),
        }
    }
}

/// Reasons for `InvalidSignatureException`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InvalidSignature {
    /// The signature does not match. The fields carry what the server computed (session tokens
    /// redacted) so the caller can log them at debug level; they are not part of the message.
    Mismatch {
        /// The canonical request the server computed.
        canonical_request: String,
        /// The string to sign the server computed.
        string_to_sign: String,
    },
    /// The signing time is further in the past than allowed (skew, or `X-Amz-Expires`).
    Expired {
        /// The signing time.
        signed_at: String,
        /// The earliest signing time still accepted.
        earliest: String,
        /// The server's current time.
        now: String,
        /// The window, e.g. `5 min.`.
        window: String,
    },
    /// The signing time is further in the future than the skew allows.
    NotYetCurrent {
        /// The signing time.
        signed_at: String,
        /// The latest signing time still accepted.
        latest: String,
        /// The server's current time.
        now: String,
        /// The window, e.g. `5 min.`.
        window: String,
    },
    /// `host` is not among the signed headers.
    HostNotSigned,
    /// The credential scope is invalid; every problem found is listed.
    BadScope(Vec<ScopeProblem>),
    /// `x-amz-content-sha256` was sent but is not the hash of the body.
    ContentSha256Mismatch,
}

impl fmt::Display for InvalidSignature {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InvalidSignature::Mismatch { .. } => write!(
                f,
                "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details."
            ),
            InvalidSignature::Expired {
                signed_at,
                earliest,
                now,
                window,
            } => write!(
                f,
                "Signature expired: {signed_at} is now earlier than {earliest} ({now} - {window})"
            ),
            InvalidSignature::NotYetCurrent {
                signed_at,
                latest,
                now,
                window,
            } => write!(
                f,
                "Signature not yet current: {signed_at} is still later than {latest} ({now} + {window})"
            ),
            InvalidSignature::HostNotSigned => write!(
                f,
                "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization."
            ),
            InvalidSignature::BadScope(problems) => {
                let mut first = true;
                for problem in problems {
                    if !first {
                        f.write_str(" ")?;
                    }
                    first = false;
                    write!(f, "{problem}")?;
                }
                Ok(())
            }
            InvalidSignature::ContentSha256Mismatch => write!(
                f,
                "The provided 'x-amz-content-sha256' header does not match what was computed."
            ),
        }
    }
}

/// Reasons for `UnrecognizedClientException`; AWS gives all of them the same message, so the
/// client cannot tell an unknown key from a wrong token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnrecognizedClient {
    /// The credential store does not know the access key id.
    UnknownAccessKey,
    /// The credential is temporary but the request carries no session token.
    SessionTokenMissing,
    /// The request carries a session token but the credential has none.
    SessionTokenUnexpected,
    /// The session token differs from the credential's.
    SessionTokenMismatch,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(err: AuthError, code: &str, status: u16, message: &str) {
        assert_eq!(err.code(), code);
        assert_eq!(err.http_status(), status);
        assert_eq!(err.to_string(), message);
    }

    #[test]
    fn codes_statuses_and_messages() {
        check(
            AuthError::MissingAuthenticationToken,
            "MissingAuthenticationTokenException",
            403,
            "Missing Authentication Token",
        );
        check(
            IncompleteSignature::MissingComponents {
                missing: vec!["Credential", "Signature"],
                missing_date: true,
                authorization: "AWS4-HMAC-SHA256 SignedHeaders=host".into(),
            }
            .into(),
            "IncompleteSignatureException",
            400,
            "Authorization header requires 'Credential' parameter. Authorization header requires \
             'Signature' parameter. Authorization header requires existence of either a 'X-Amz-Date' \
             or a 'Date' header. Authorization=AWS4-HMAC-SHA256 SignedHeaders=host",
        );
        check(
            IncompleteSignature::MissingQueryParameters {
                missing: vec!["X-Amz-Credential", "X-Amz-Date"],
            }
            .into(),
            "IncompleteSignatureException",
            400,
            "AWS query-string parameters must include 'X-Amz-Credential'. AWS query-string \
             parameters must include 'X-Amz-Date'. Re-examine the query-string parameters.",
        );
        check(
            IncompleteSignature::MalformedDate {
                value: "201".into(),
            }
            .into(),
            "IncompleteSignatureException",
            400,
            "Date must be in ISO-8601 'basic format'. Got '201'. See http://en.wikipedia.org/wiki/ISO_8601",
        );
        check(
            InvalidSignature::Expired {
                signed_at: "20130301T000000Z".into(),
                earliest: "20130609T094515Z".into(),
                now: "20130609T095015Z".into(),
                window: "5 min.".into(),
            }
            .into(),
            "InvalidSignatureException",
            400,
            "Signature expired: 20130301T000000Z is now earlier than 20130609T094515Z \
             (20130609T095015Z - 5 min.)",
        );
        check(
            InvalidSignature::BadScope(vec![
                ScopeProblem::Region("c".into()),
                ScopeProblem::Terminator("e".into()),
                ScopeProblem::Date {
                    scope: "b".into(),
                    request_day: "20130609".into(),
                    request_time: "20130609T095204Z".into(),
                },
            ])
            .into(),
            "InvalidSignatureException",
            400,
            "Credential should be scoped to a valid region, not 'c'. Credential should be scoped \
             with a valid terminator: 'aws4_request', not 'e'. Date in Credential scope does not \
             match YYYYMMDD from ISO-8601 version of date from HTTP: 'b' != '20130609', from \
             '20130609T095204Z'.",
        );
        for reason in [
            UnrecognizedClient::UnknownAccessKey,
            UnrecognizedClient::SessionTokenMissing,
            UnrecognizedClient::SessionTokenUnexpected,
            UnrecognizedClient::SessionTokenMismatch,
        ] {
            check(
                reason.into(),
                "UnrecognizedClientException",
                400,
                "The security token included in the request is invalid.",
            );
        }
    }

    #[test]
    fn expires_messages_depend_on_the_value() {
        let msg = |v: &str| IncompleteSignature::MalformedExpires { value: v.into() }.to_string();
        assert_eq!(msg("abc"), "X-Amz-Expires should be a number, got 'abc'.");
        assert_eq!(msg("0"), "X-Amz-Expires must be positive, got '0'.");
        assert!(msg("604801").contains("must be less than a week"));
    }
}
