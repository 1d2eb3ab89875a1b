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
    canonical_query, canonical_request, canonical_uri, credential_scope, sha256_hex, signature_hex,
    signing_key, string_to_sign, CanonicalInput, ALGORITHM, UNSIGNED_PAYLOAD,
};
use crate::error::{AuthError, IncompleteSignature, InvalidSignature, UnrecognizedClient};
use crate::scope::{check_scope, parse_credential};
use crate::{Credential, CredentialStore, Policy, RequestParts, SignatureLocation, Verified};

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
        return Err(mismatch(
            req,
            &claim,
            &uri,
            &credential_scope,
            &payload_hashes,
        ));
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

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;
    use crate::amz_time::format_amz_date;
    use crate::error::ScopeProblem;
    use crate::{sign, SigningParams};

    /// 2024-01-01T00:00:00Z.
    const T0: i64 = 1_704_067_200;
    const SECRET: &str = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    const TOKEN: &str = "FwoGZXIvYXdzEXAMPLETOKEN";
    const BODY: &[u8] = br#"{"cluster":"default"}"#;

    fn store() -> HashMap<String, Credential> {
        let mut store = HashMap::new();
        store.insert(
            "AKIDEXAMPLE".to_owned(),
            Credential {
                secret_access_key: SECRET.to_owned(),
                session_token: None,
                principal: "arn:aws:iam::000000000000:user/alice".to_owned(),
            },
        );
        store.insert(
            "ASIATEMP".to_owned(),
            Credential {
                secret_access_key: SECRET.to_owned(),
                session_token: Some(TOKEN.to_owned()),
                principal: "arn:aws:sts::000000000000:assumed-role/r/s".to_owned(),
            },
        );
        store
    }

    fn base_headers() -> Vec<(String, String)> {
        [
            ("Host", "localhost:8080"),
            ("Content-Type", "application/x-amz-json-1.1"),
            (
                "X-Amz-Target",
                "AmazonEC2ContainerServiceV20141113.ListClusters",
            ),
            ("User-Agent", "test/1.0"),
        ]
        .iter()
        .map(|(n, v)| ((*n).to_owned(), (*v).to_owned()))
        .collect()
    }

    fn params(key: &'static str, token: Option<&'static str>) -> SigningParams<'static> {
        SigningParams {
            access_key_id: key,
            secret_access_key: SECRET,
            session_token: token,
            region: "us-east-1",
            service: "ecs",
            now_epoch_secs: T0,
        }
    }

    /// A request as a client would send it: base headers plus the signature headers.
    struct Signed {
        headers: Vec<(String, String)>,
        body: Vec<u8>,
        path: String,
        query: String,
    }

    impl Signed {
        fn new(p: SigningParams<'_>) -> Self {
            Self::with(p, "/", "", base_headers(), BODY)
        }

        fn with(
            p: SigningParams<'_>,
            path: &str,
            query: &str,
            mut headers: Vec<(String, String)>,
            body: &[u8],
        ) -> Self {
            let req = RequestParts {
                method: "POST",
                path,
                query,
                headers: &headers,
                body,
            };
            let extra = sign(&req, &p).expect("signs").to_headers();
            headers.extend(extra);
            Signed {
                headers,
                body: body.to_vec(),
                path: path.to_owned(),
                query: query.to_owned(),
            }
        }

        fn verify_at(&self, now: i64) -> Result<Verified, AuthError> {
            let req = RequestParts {
                method: "POST",
                path: &self.path,
                query: &self.query,
                headers: &self.headers,
                body: &self.body,
            };
            verify(&req, now, &store(), &Policy::default())
        }

        fn set(&mut self, name: &str, value: &str) -> &mut Self {
            self.headers.retain(|(n, _)| !n.eq_ignore_ascii_case(name));
            self.headers.push((name.to_owned(), value.to_owned()));
            self
        }

        fn remove(&mut self, name: &str) -> &mut Self {
            self.headers.retain(|(n, _)| !n.eq_ignore_ascii_case(name));
            self
        }

        fn authorization(&self) -> String {
            header_values(&self.headers, "authorization")
                .next()
                .unwrap_or_default()
                .to_owned()
        }

        fn edit_authorization(&mut self, from: &str, to: &str) -> &mut Self {
            let edited = self.authorization().replace(from, to);
            self.set("authorization", &edited)
        }
    }

    use crate::canonical::header_values;

    #[test]
    fn a_signed_request_verifies() {
        let verified = Signed::new(params("AKIDEXAMPLE", None))
            .verify_at(T0)
            .expect("verifies");
        assert_eq!(
            verified,
            Verified {
                access_key_id: "AKIDEXAMPLE".to_owned(),
                principal: "arn:aws:iam::000000000000:user/alice".to_owned(),
                region: "us-east-1".to_owned(),
                service: "ecs".to_owned(),
                signed_at: T0,
                location: SignatureLocation::Header,
                payload_signed: true,
            }
        );
        let temp = Signed::new(params("ASIATEMP", Some(TOKEN)))
            .verify_at(T0)
            .expect("verifies with token");
        assert_eq!(temp.access_key_id, "ASIATEMP");
    }

    fn incomplete(reason: IncompleteSignature) -> Result<(), AuthError> {
        Err(reason.into())
    }

    fn invalid(reason: InvalidSignature) -> Result<(), AuthError> {
        Err(reason.into())
    }

    fn unrecognized(reason: UnrecognizedClient) -> Result<(), AuthError> {
        Err(reason.into())
    }

    /// Every rejection, one row each: how to break a valid request, and the error expected.
    #[test]
    fn every_error() {
        type Mutate = fn(&mut Signed);
        let ok = || Ok(());
        let table: Vec<(&str, Mutate, Result<(), AuthError>)> = vec![
            ("untouched", |_| {}, ok()),
            (
                "no authorization header",
                |s| {
                    s.remove("authorization");
                },
                Err(AuthError::MissingAuthenticationToken),
            ),
            (
                "missing Credential",
                |s| {
                    let a = s.authorization();
                    let (_, rest) = a.split_once(", ").unwrap_or_default();
                    s.set("authorization", &format!("AWS4-HMAC-SHA256 {rest}"));
                },
                incomplete(IncompleteSignature::MissingComponents {
                    missing: vec!["Credential"],
                    missing_date: false,
                    authorization: String::new(),
                }),
            ),
            (
                "missing SignedHeaders",
                |s| {
                    s.edit_authorization("SignedHeaders=", "Signed=");
                },
                incomplete(IncompleteSignature::MissingComponents {
                    missing: vec!["SignedHeaders"],
                    missing_date: false,
                    authorization: String::new(),
                }),
            ),
            (
                "missing Signature",
                |s| {
                    s.edit_authorization("Signature=", "Sig=");
                },
                incomplete(IncompleteSignature::MissingComponents {
                    missing: vec!["Signature"],
                    missing_date: false,
                    authorization: String::new(),
                }),
            ),
            (
                "missing date",
                |s| {
                    s.remove("x-amz-date");
                },
                incomplete(IncompleteSignature::MissingComponents {
                    missing: vec![],
                    missing_date: true,
                    authorization: String::new(),
                }),
            ),
            (
                "bad date format",
                |s| {
                    s.set("X-Amz-Date", "2024-01-01T00:00:00Z");
                },
                incomplete(IncompleteSignature::MalformedDate {
                    value: "2024-01-01T00:00:00Z".to_owned(),
                }),
            ),
            (
                "unsupported algorithm",
                |s| {
                    s.edit_authorization("AWS4-HMAC-SHA256", "AWS4-HMAC-SHA512");
                },
                incomplete(IncompleteSignature::UnsupportedAlgorithm {
                    algorithm: "AWS4-HMAC-SHA512".to_owned(),
                }),
            ),
            (
                "credential with four elements",
                |s| {
                    s.edit_authorization("/us-east-1/ecs/", "/us-east-1/");
                },
                incomplete(IncompleteSignature::MalformedCredential {
                    credential: "AKIDEXAMPLE/20240101/us-east-1/aws4_request".to_owned(),
                }),
            ),
            (
                "unsigned host",
                |s| {
                    s.edit_authorization(
                        "SignedHeaders=content-type;host;",
                        "SignedHeaders=content-type;",
                    );
                },
                invalid(InvalidSignature::HostNotSigned),
            ),
            (
                "scope date is not the request day",
                |s| {
                    s.edit_authorization("/20240101/", "/20231231/");
                },
                invalid(InvalidSignature::BadScope(vec![ScopeProblem::Date {
                    scope: "20231231".to_owned(),
                    request_day: "20240101".to_owned(),
                    request_time: "20240101T000000Z".to_owned(),
                }])),
            ),
            (
                "bad terminator and region",
                |s| {
                    s.edit_authorization("/us-east-1/ecs/aws4_request", "/US/ecs/aws5_request");
                },
                invalid(InvalidSignature::BadScope(vec![
                    ScopeProblem::Region("US".to_owned()),
                    ScopeProblem::Terminator("aws5_request".to_owned()),
                ])),
            ),
            (
                "unknown access key",
                |s| {
                    s.edit_authorization("Credential=AKIDEXAMPLE/", "Credential=AKIDUNKNOWN/");
                },
                unrecognized(UnrecognizedClient::UnknownAccessKey),
            ),
            (
                "tampered body",
                |s| {
                    s.body = br#"{"cluster":"other"}"#.to_vec();
                },
                invalid(mismatch_marker()),
            ),
            (
                "tampered signed header",
                |s| {
                    s.set(
                        "X-Amz-Target",
                        "AmazonEC2ContainerServiceV20141113.DeleteCluster",
                    );
                },
                invalid(mismatch_marker()),
            ),
            (
                "tampered path",
                |s| {
                    s.path = "/other".to_owned();
                },
                invalid(mismatch_marker()),
            ),
            (
                "added query parameter",
                |s| {
                    s.query = "a=1".to_owned();
                },
                invalid(mismatch_marker()),
            ),
            (
                "tampered signature",
                |s| {
                    let a = s.authorization();
                    let flipped = if a.ends_with('0') { "1" } else { "0" };
                    let a = format!("{}{flipped}", &a[..a.len() - 1]);
                    s.set("authorization", &a);
                },
                invalid(mismatch_marker()),
            ),
            (
                "unsigned header changed",
                |s| {
                    s.set("User-Agent", "something else");
                    s.set("X-Forwarded-For", "10.0.0.1");
                },
                ok(),
            ),
            (
                "header case and extra spaces",
                |s| {
                    s.set("content-type", "  application/x-amz-json-1.1  ");
                },
                ok(),
            ),
            (
                "content sha256 that matches the body",
                |s| {
                    s.set("x-amz-content-sha256", &sha256_hex(BODY));
                },
                ok(),
            ),
            (
                "content sha256 that does not match",
                |s| {
                    s.set("x-amz-content-sha256", &sha256_hex(b"other"));
                },
                invalid(InvalidSignature::ContentSha256Mismatch),
            ),
            (
                "UNSIGNED-PAYLOAD in the header form",
                |s| {
                    s.set("x-amz-content-sha256", "UNSIGNED-PAYLOAD");
                },
                invalid(InvalidSignature::ContentSha256Mismatch),
            ),
            (
                "session token the credential does not know",
                |s| {
                    s.set("x-amz-security-token", TOKEN);
                },
                // The token header is not signed here, so the signature still matches and the
                // token check is what rejects the request.
                unrecognized(UnrecognizedClient::SessionTokenUnexpected),
            ),
        ];
        for (name, mutate, want) in table {
            let mut signed = Signed::new(params("AKIDEXAMPLE", None));
            mutate(&mut signed);
            let got = signed.verify_at(T0).map(|_| ());
            assert_eq!(normalize(got), normalize(want), "{name}");
        }
    }

    fn mismatch_marker() -> InvalidSignature {
        InvalidSignature::Mismatch {
            canonical_request: String::new(),
            string_to_sign: String::new(),
        }
    }

    /// Blanks the diagnostic payloads that the table does not spell out.
    fn normalize(result: Result<(), AuthError>) -> Result<(), AuthError> {
        result.map_err(|err| match err {
            AuthError::InvalidSignature(InvalidSignature::Mismatch { .. }) => {
                mismatch_marker().into()
            }
            AuthError::IncompleteSignature(IncompleteSignature::MissingComponents {
                missing,
                missing_date,
                ..
            }) => IncompleteSignature::MissingComponents {
                missing,
                missing_date,
                authorization: String::new(),
            }
            .into(),
            other => other,
        })
    }

    #[test]
    fn session_tokens() {
        let temp = || Signed::new(params("ASIATEMP", Some(TOKEN)));
        assert!(temp().verify_at(T0).is_ok());
        // Signed without the token the credential requires.
        let missing = Signed::new(params("ASIATEMP", None));
        assert_eq!(
            missing.verify_at(T0),
            Err(UnrecognizedClient::SessionTokenMissing.into())
        );
        // Signed with a different token: the signature is right, the token is not.
        let wrong = Signed::new(params("ASIATEMP", Some("another-token")));
        assert_eq!(
            wrong.verify_at(T0),
            Err(UnrecognizedClient::SessionTokenMismatch.into())
        );
        // The token is signed, so swapping it after signing breaks the signature.
        let mut swapped = temp();
        swapped.set("x-amz-security-token", "another-token");
        assert!(matches!(
            swapped.verify_at(T0),
            Err(AuthError::InvalidSignature(
                InvalidSignature::Mismatch { .. }
            ))
        ));
        // A mismatch diagnostic never contains the token.
        match swapped.verify_at(T0) {
            Err(AuthError::InvalidSignature(InvalidSignature::Mismatch {
                canonical_request,
                ..
            })) => {
                assert!(canonical_request.contains("x-amz-security-token:<redacted>"));
                assert!(!canonical_request.contains("another-token"));
            }
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn clock_skew_window() {
        let signed = Signed::new(params("AKIDEXAMPLE", None));
        for offset in [-300, -299, 0, 299, 300] {
            assert!(
                signed.verify_at(T0 + offset).is_ok(),
                "now = signed {offset:+}"
            );
        }
        assert_eq!(
            signed.verify_at(T0 + 301),
            Err(InvalidSignature::Expired {
                signed_at: "20240101T000000Z".to_owned(),
                earliest: "20240101T000001Z".to_owned(),
                now: "20240101T000501Z".to_owned(),
                window: "5 min.".to_owned(),
            }
            .into())
        );
        assert_eq!(
            signed.verify_at(T0 - 301).map_err(|e| e.to_string()),
            Err(
                "Signature not yet current: 20240101T000000Z is still later than \
                 20231231T235959Z (20231231T235459Z + 5 min.)"
                    .to_owned()
            )
        );
        let lenient = Policy { max_skew_secs: 900 };
        let req = RequestParts {
            method: "POST",
            path: "/",
            query: "",
            headers: &signed.headers,
            body: BODY,
        };
        assert!(verify(&req, T0 + 899, &store(), &lenient).is_ok());
        assert!(verify(&req, i64::MAX, &store(), &lenient).is_err());
        assert!(verify(&req, i64::MIN, &store(), &lenient).is_err());
    }

    /// A client that signs with the HTTP `Date` header instead of `X-Amz-Date`.
    #[test]
    fn date_header_signing() {
        use crate::canonical::*;
        let mut headers = base_headers();
        headers.push((
            "Date".to_owned(),
            "Mon, 01 Jan 2024 00:00:00 GMT".to_owned(),
        ));
        let signed_headers = "content-type;date;host;x-amz-target";
        let query = canonical_query("", false, false);
        let payload = sha256_hex(BODY);
        let creq = canonical_request(
            &CanonicalInput {
                method: "POST",
                canonical_uri: "/",
                canonical_query: &query,
                headers: &headers,
                signed_headers,
                payload_hash: &payload,
            },
            false,
        );
        let amz_date = format_amz_date(T0).unwrap_or_default();
        let scope = credential_scope("20240101", "us-east-1", "ecs");
        let sts = string_to_sign(&amz_date, &scope, &creq);
        let sig = signature_hex(&signing_key(SECRET, "20240101", "us-east-1", "ecs"), &sts);
        headers.push((
            "Authorization".to_owned(),
            format!(
                "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/{scope}, SignedHeaders={signed_headers}, Signature={sig}"
            ),
        ));
        let req = RequestParts {
            method: "POST",
            path: "/",
            query: "",
            headers: &headers,
            body: BODY,
        };
        let verified = verify(&req, T0 + 10, &store(), &Policy::default()).expect("verifies");
        assert_eq!(verified.signed_at, T0);
    }
}
