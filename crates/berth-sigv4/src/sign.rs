//! Client-side signing for berth's own callers (the agent signing its requests to the control
//! plane): computes the `Authorization`, `X-Amz-Date` and `X-Amz-Security-Token` headers of the
//! SigV4 header form, using the same canonical forms as verification.
//!
//! Pure: the caller passes the time and adds the returned headers to its request; this module
//! sends nothing and keeps no state.

use crate::amz_time::format_amz_date;
use crate::canonical::{
    canonical_query, canonical_request, canonical_uri, credential_scope, sha256_hex, signature_hex,
    signing_key, string_to_sign, CanonicalInput, ALGORITHM,
};
use crate::RequestParts;

/// Headers never signed: they are computed by signing itself (`authorization`, and the date and
/// token this function adds), or proxies may rewrite them in transit (the set the AWS SDKs skip).
const UNSIGNED_HEADERS: &[&str] = &[
    "authorization",
    "user-agent",
    "x-amzn-trace-id",
    "transfer-encoding",
    "x-amz-date",
    "x-amz-security-token",
];

/// Who signs, for which scope, and when.
#[derive(Clone, Copy)]
pub struct SigningParams<'a> {
    /// The access key id.
    pub access_key_id: &'a str,
    /// The secret access key.
    pub secret_access_key: &'a str,
    /// The session token of temporary credentials; sent as `x-amz-security-token` and signed.
    pub session_token: Option<&'a str>,
    /// Region of the credential scope, e.g. `us-east-1`.
    pub region: &'a str,
    /// Service (signing name) of the credential scope, e.g. `ecs`.
    pub service: &'a str,
    /// The signing time in seconds since the Unix epoch.
    pub now_epoch_secs: i64,
}

impl std::fmt::Debug for SigningParams<'_> {
    // Secrets never reach logs through `{:?}`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SigningParams")
            .field("access_key_id", &self.access_key_id)
            .field("region", &self.region)
            .field("service", &self.service)
            .field("now_epoch_secs", &self.now_epoch_secs)
            .finish_non_exhaustive()
    }
}

/// The headers to add to a request so that it verifies.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignatureHeaders {
    /// Value of `Authorization`.
    pub authorization: String,
    /// Value of `X-Amz-Date`.
    pub x_amz_date: String,
    /// Value of `X-Amz-Security-Token`, when signing with temporary credentials.
    pub x_amz_security_token: Option<String>,
}

impl SignatureHeaders {
    /// The headers as lower-case `(name, value)` pairs, ready to append to a request.
    pub fn to_headers(&self) -> Vec<(String, String)> {
        let mut headers = vec![
            ("authorization".to_owned(), self.authorization.clone()),
            ("x-amz-date".to_owned(), self.x_amz_date.clone()),
        ];
        if let Some(token) = &self.x_amz_security_token {
            headers.push(("x-amz-security-token".to_owned(), token.clone()));
        }
        headers
    }
}

/// Why a request could not be signed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SignError {
    /// SigV4 requires `host` to be signed, so it must be among the request's headers.
    #[error("the request has no 'host' header to sign")]
    MissingHost,
    /// `X-Amz-Date` has a four-digit year.
    #[error("signing time {0} is outside the years 0000-9999")]
    TimeOutOfRange(i64),
    /// The access key id would not survive the `Credential=` syntax.
    #[error("access key id {0:?} is empty or contains '/', ',', '=' or whitespace")]
    InvalidAccessKeyId(String),
    /// The region would be rejected by the verifier.
    #[error("region {0:?} is not a valid region name")]
    InvalidRegion(String),
    /// The service would be rejected by the verifier.
    #[error("service {0:?} is not a valid signing name")]
    InvalidService(String),
}

/// Signs `req` in the header form. Signed are every header of `req` except `authorization`,
/// `user-agent`, `x-amzn-trace-id` and `transfer-encoding` (the ones the AWS SDKs leave unsigned),
/// plus the added `x-amz-date` and (if any) `x-amz-security-token`. Existing `authorization`,
/// `x-amz-date` and `x-amz-security-token` headers in `req` are ignored: the caller must replace
/// them with the returned ones.
pub fn sign(
    req: &RequestParts<'_>,
    params: &SigningParams<'_>,
) -> Result<SignatureHeaders, SignError> {
    let key_id = params.access_key_id;
    if key_id.is_empty()
        || key_id
            .chars()
            .any(|c| matches!(c, '/' | ',' | '=') || c.is_whitespace())
    {
        return Err(SignError::InvalidAccessKeyId(key_id.to_owned()));
    }
    if !crate::scope::is_valid_region(params.region) {
        return Err(SignError::InvalidRegion(params.region.to_owned()));
    }
    if !crate::scope::is_valid_service(params.service) {
        return Err(SignError::InvalidService(params.service.to_owned()));
    }
    let amz_date = format_amz_date(params.now_epoch_secs)
        .ok_or(SignError::TimeOutOfRange(params.now_epoch_secs))?;
    let date = &amz_date[..8];

    let mut headers: Vec<(String, String)> = req
        .headers
        .iter()
        .filter(|(name, _)| {
            !UNSIGNED_HEADERS
                .iter()
                .any(|u| u.eq_ignore_ascii_case(name))
        })
        .map(|(name, value)| (name.to_ascii_lowercase(), value.clone()))
        .collect();
    if !headers.iter().any(|(name, _)| name == "host") {
        return Err(SignError::MissingHost);
    }
    headers.push(("x-amz-date".to_owned(), amz_date.clone()));
    if let Some(token) = params.session_token {
        headers.push(("x-amz-security-token".to_owned(), token.to_owned()));
    }
    let mut names: Vec<&str> = headers.iter().map(|(name, _)| name.as_str()).collect();
    names.sort_unstable();
    names.dedup();
    let signed_headers = names.join(";");

    let uri = canonical_uri(req.path, params.service);
    let query = canonical_query(req.query, false, false);
    let payload_hash = sha256_hex(req.body);
    let input = CanonicalInput {
        method: req.method,
        canonical_uri: &uri,
        canonical_query: &query,
        headers: &headers,
        signed_headers: &signed_headers,
        payload_hash: &payload_hash,
    };
    let creq = canonical_request(&input, false);
    let scope = credential_scope(date, params.region, params.service);
    let sts = string_to_sign(&amz_date, &scope, &creq);
    let key = signing_key(
        params.secret_access_key,
        date,
        params.region,
        params.service,
    );
    let signature = signature_hex(&key, &sts);

    Ok(SignatureHeaders {
        authorization: format!(
            "{ALGORITHM} Credential={key_id}/{scope}, SignedHeaders={signed_headers}, Signature={signature}"
        ),
        x_amz_date: amz_date,
        x_amz_security_token: params.session_token.map(str::to_owned),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn params() -> SigningParams<'static> {
        SigningParams {
            access_key_id: "AKIDEXAMPLE",
            secret_access_key: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
            session_token: None,
            region: "us-east-1",
            service: "iam",
            now_epoch_secs: 1_440_938_160, // 20150830T123600Z
        }
    }

    /// The AWS General Reference worked example (IAM ListUsers), signed end to end.
    #[test]
    fn reproduces_the_aws_documentation_example() {
        let headers = vec![
            (
                "Content-Type".to_owned(),
                "application/x-www-form-urlencoded; charset=utf-8".to_owned(),
            ),
            ("Host".to_owned(), "iam.amazonaws.com".to_owned()),
        ];
        let req = RequestParts {
            method: "GET",
            path: "/",
            query: "Action=ListUsers&Version=2010-05-08",
            headers: &headers,
            body: b"",
        };
        let signed = sign(&req, &params()).expect("signs");
        assert_eq!(signed.x_amz_date, "20150830T123600Z");
        assert_eq!(
            signed.authorization,
            "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request, \
             SignedHeaders=content-type;host;x-amz-date, \
             Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7"
        );
        assert_eq!(signed.to_headers().len(), 2);
    }

    #[test]
    fn rejects_unsignable_inputs() {
        let no_host = vec![("content-type".to_owned(), "x".to_owned())];
        let with_host = vec![("host".to_owned(), "h".to_owned())];
        let req = |headers| RequestParts {
            method: "GET",
            path: "/",
            query: "",
            headers,
            body: b"",
        };
        assert_eq!(sign(&req(&no_host), &params()), Err(SignError::MissingHost));
        let cases: &[(SigningParams<'static>, SignError)] = &[
            (
                SigningParams {
                    access_key_id: "a/b",
                    ..params()
                },
                SignError::InvalidAccessKeyId("a/b".into()),
            ),
            (
                SigningParams {
                    region: "US EAST",
                    ..params()
                },
                SignError::InvalidRegion("US EAST".into()),
            ),
            (
                SigningParams {
                    service: "",
                    ..params()
                },
                SignError::InvalidService(String::new()),
            ),
            (
                SigningParams {
                    now_epoch_secs: i64::MAX,
                    ..params()
                },
                SignError::TimeOutOfRange(i64::MAX),
            ),
        ];
        for (p, want) in cases {
            assert_eq!(sign(&req(&with_host), p).as_ref(), Err(want));
        }
    }
}
