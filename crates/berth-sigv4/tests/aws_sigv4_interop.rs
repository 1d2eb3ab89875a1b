//! Interoperability with the real AWS signer: requests signed by the `aws-sigv4` crate (the signer
//! inside `aws-sdk-ecs`) must verify, presigned URLs included, and berth's own `sign` must produce
//! byte-for-byte the `Authorization` header `aws-sigv4` produces for the same inputs.

use std::collections::HashMap;
use std::time::{Duration, SystemTime};

use aws_credential_types::Credentials;
use aws_sigv4::http_request::{
    sign as aws_sign, PercentEncodingMode, SignableBody, SignableRequest, SignatureLocation,
    SigningSettings, UriPathNormalizationMode,
};
use aws_sigv4::sign::v4;
use aws_smithy_runtime_api::client::identity::Identity;
use berth_sigv4::{
    sign, verify, AuthError, Credential, InvalidSignature, Policy, RequestParts, SigningParams,
    UnrecognizedClient, Verified,
};

/// 2024-01-01T00:00:00Z.
const T0: i64 = 1_704_067_200;
const KEY: &str = "AKIDEXAMPLE";
const TEMP_KEY: &str = "ASIATEMPEXAMPLE";
const SECRET: &str = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
const TOKEN: &str = "IQoJb3JpZ2luX2VjEXAMPLE/TOKEN+with=odd&chars";
const ECS_BODY: &[u8] = br#"{"cluster":"default","taskDefinition":"web:1","count":1}"#;

fn store() -> HashMap<String, Credential> {
    let mut store = HashMap::new();
    store.insert(
        KEY.to_owned(),
        Credential {
            secret_access_key: SECRET.to_owned(),
            session_token: None,
            principal: "alice".to_owned(),
        },
    );
    store.insert(
        TEMP_KEY.to_owned(),
        Credential {
            secret_access_key: SECRET.to_owned(),
            session_token: Some(TOKEN.to_owned()),
            principal: "role-session".to_owned(),
        },
    );
    store
}

/// One request on the wire: method, raw path, raw query, headers (with `host`), body.
#[derive(Debug, Clone)]
struct Wire {
    method: String,
    path: String,
    query: String,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Wire {
    fn parts(&self) -> RequestParts<'_> {
        RequestParts {
            method: &self.method,
            path: &self.path,
            query: &self.query,
            headers: &self.headers,
            body: &self.body,
        }
    }

    fn verify_at(&self, now: i64) -> Result<Verified, AuthError> {
        verify(&self.parts(), now, &store(), &Policy::default())
    }
}

struct AwsSigning<'a> {
    method: &'a str,
    uri: &'a str,
    headers: &'a [(&'a str, &'a str)],
    body: &'a [u8],
    key: &'a str,
    token: Option<&'a str>,
    region: &'a str,
    service: &'a str,
    settings: SigningSettings,
    unsigned_payload: bool,
}

impl<'a> AwsSigning<'a> {
    fn ecs(uri: &'a str, headers: &'a [(&'a str, &'a str)], body: &'a [u8]) -> Self {
        AwsSigning {
            method: "POST",
            uri,
            headers,
            body,
            key: KEY,
            token: None,
            region: "us-east-1",
            service: "ecs",
            settings: SigningSettings::default(),
            unsigned_payload: false,
        }
    }

    /// Signs with `aws-sigv4` and returns the request as an HTTP client would send it.
    fn sign(self) -> Wire {
        let identity: Identity = Credentials::new(
            self.key,
            SECRET,
            self.token.map(str::to_owned),
            None,
            "interop-test",
        )
        .into();
        let params = v4::SigningParams::builder()
            .identity(&identity)
            .region(self.region)
            .name(self.service)
            .time(SystemTime::UNIX_EPOCH + Duration::from_secs(T0 as u64))
            .settings(self.settings)
            .build()
            .expect("signing params")
            .into();
        let body = if self.unsigned_payload {
            SignableBody::UnsignedPayload
        } else {
            SignableBody::Bytes(self.body)
        };
        let signable =
            SignableRequest::new(self.method, self.uri, self.headers.iter().copied(), body)
                .expect("signable request");
        let (instructions, _signature) = aws_sign(signable, &params).expect("signs").into_parts();

        let mut request = http::Request::builder().method(self.method).uri(self.uri);
        for (name, value) in self.headers {
            request = request.header(*name, *value);
        }
        let mut request = request.body(()).expect("http request");
        instructions.apply_to_request_http1x(&mut request);

        let uri = request.uri().clone();
        let mut headers: Vec<(String, String)> = Vec::new();
        if !request.headers().contains_key(http::header::HOST) {
            // What an HTTP client sends (and what the server reads) for this URI.
            let authority = uri.authority().expect("absolute uri").as_str();
            headers.push(("host".to_owned(), authority.to_owned()));
        }
        for (name, value) in request.headers() {
            headers.push((
                name.as_str().to_owned(),
                value.to_str().expect("ascii header").to_owned(),
            ));
        }
        Wire {
            method: self.method.to_owned(),
            path: uri.path().to_owned(),
            query: uri.query().unwrap_or_default().to_owned(),
            headers,
            body: self.body.to_vec(),
        }
    }
}

const ECS_HEADERS: &[(&str, &str)] = &[
    ("content-type", "application/x-amz-json-1.1"),
    ("x-amz-target", "AmazonEC2ContainerServiceV20141113.RunTask"),
    ("user-agent", "aws-sdk-rust/1.3 os/linux lang/rust"),
];

#[test]
fn ecs_json_request_without_session_token() {
    let wire = AwsSigning::ecs("http://localhost:8080/", ECS_HEADERS, ECS_BODY).sign();
    let verified = wire.verify_at(T0 + 2).expect("verifies");
    assert_eq!(verified.access_key_id, KEY);
    assert_eq!(verified.principal, "alice");
    assert_eq!(verified.region, "us-east-1");
    assert_eq!(verified.service, "ecs");
    assert_eq!(verified.signed_at, T0);
    assert!(verified.payload_signed);
}

#[test]
fn ecs_json_request_with_session_token() {
    let wire = AwsSigning {
        key: TEMP_KEY,
        token: Some(TOKEN),
        region: "eu-west-3",
        ..AwsSigning::ecs(
            "https://ecs.eu-west-3.amazonaws.com/",
            ECS_HEADERS,
            ECS_BODY,
        )
    }
    .sign();
    let verified = wire.verify_at(T0).expect("verifies");
    assert_eq!(verified.principal, "role-session");
    assert_eq!(verified.region, "eu-west-3");

    // The same signature presented for a permanent key (no token expected) is refused.
    let mut no_token_cred = store();
    if let Some(c) = no_token_cred.get_mut(TEMP_KEY) {
        c.session_token = None;
    }
    assert_eq!(
        verify(&wire.parts(), T0, &no_token_cred, &Policy::default()),
        Err(UnrecognizedClient::SessionTokenUnexpected.into())
    );
}

#[test]
fn tampering_after_aws_signing_is_detected() {
    let wire = AwsSigning::ecs("http://localhost:8080/", ECS_HEADERS, ECS_BODY).sign();
    let mut body = wire.clone();
    body.body = br#"{"cluster":"default","taskDefinition":"web:2","count":1}"#.to_vec();
    let mut target = wire.clone();
    for (name, value) in &mut target.headers {
        if name == "x-amz-target" {
            *value = "AmazonEC2ContainerServiceV20141113.DeleteCluster".to_owned();
        }
    }
    let mut wrong_secret = store();
    if let Some(c) = wrong_secret.get_mut(KEY) {
        c.secret_access_key = "not-the-secret".to_owned();
    }
    for (name, result) in [
        ("body", body.verify_at(T0)),
        ("x-amz-target", target.verify_at(T0)),
        (
            "secret",
            verify(&wire.parts(), T0, &wrong_secret, &Policy::default()),
        ),
    ] {
        assert!(
            matches!(
                result,
                Err(AuthError::InvalidSignature(
                    InvalidSignature::Mismatch { .. }
                ))
            ),
            "{name}: {result:?}"
        );
    }
}

#[test]
fn query_strings_with_reserved_characters() {
    for uri in [
        "http://localhost:8080/?Action=ListClusters&Version=2014-11-13",
        "http://localhost:8080/?b=2&a=1&a=0",
        "http://localhost:8080/?path=a%2Fb%2Fc&space=a%20b&plus=1%2B1&tilde=~&star=%2A",
        "http://localhost:8080/?literal+plus=x+y&empty=&flag",
        "http://localhost:8080/?unicode=%C3%A9%E2%9C%93&eq=a%3Db&amp=a%26b",
        "http://localhost:8080/?X-Amz-Meta=1&x-amz-meta=2&Z=3&_=4",
    ] {
        let wire = AwsSigning {
            method: "GET",
            ..AwsSigning::ecs(uri, &[], b"")
        }
        .sign();
        assert!(
            wire.verify_at(T0).is_ok(),
            "{uri}: {:?}",
            wire.verify_at(T0)
        );
    }
}

#[test]
fn paths_with_spaces_unicode_and_dot_segments() {
    for uri in [
        "http://localhost:8080",
        "http://localhost:8080/a%20b/c",
        "http://localhost:8080/%E2%9C%93/%C3%A9t%C3%A9/",
        "http://localhost:8080/a//b/./c/../d",
        "http://localhost:8080/colon:at@plus+semi;",
        "http://localhost:8080/percent%2525/%2F",
    ] {
        let wire = AwsSigning {
            method: "GET",
            ..AwsSigning::ecs(uri, &[("x-custom", "  a   b  ")], b"")
        }
        .sign();
        assert!(
            wire.verify_at(T0).is_ok(),
            "{uri}: {:?}",
            wire.verify_at(T0)
        );
    }
}

#[test]
fn s3_single_encoding() {
    let mut settings = SigningSettings::default();
    settings.percent_encoding_mode = PercentEncodingMode::Single;
    settings.uri_path_normalization_mode = UriPathNormalizationMode::Disabled;
    let wire = AwsSigning {
        method: "GET",
        service: "s3",
        settings,
        ..AwsSigning::ecs("http://localhost:8080/bucket/a%20b//c", &[], b"")
    }
    .sign();
    let verified = wire.verify_at(T0).expect("verifies");
    assert_eq!(verified.service, "s3");
}

fn presign_settings(expires: u64) -> SigningSettings {
    let mut settings = SigningSettings::default();
    settings.signature_location = SignatureLocation::QueryParams;
    settings.expires_in = Some(Duration::from_secs(expires));
    settings
}

#[test]
fn presigned_urls() {
    // Body-hash presigning (botocore / STS style), without and with a session token.
    for (key, token) in [(KEY, None), (TEMP_KEY, Some(TOKEN))] {
        let wire = AwsSigning {
            method: "GET",
            key,
            token,
            settings: presign_settings(900),
            ..AwsSigning::ecs(
                "http://localhost:8080/?Action=ListClusters&x=a%20b",
                &[],
                b"",
            )
        }
        .sign();
        assert!(
            wire.query.contains("X-Amz-Signature="),
            "presigned: {}",
            wire.query
        );
        let verified = wire.verify_at(T0 + 899).expect("verifies");
        assert_eq!(verified.location, berth_sigv4::SignatureLocation::Query);
        assert!(verified.payload_signed);
        assert_eq!(
            wire.verify_at(T0 + 901).map_err(|e| e.to_string()),
            Err(
                "Signature expired: 20240101T000000Z is now earlier than 20240101T000001Z \
                 (20240101T001501Z - 15 min.)"
                    .to_owned()
            )
        );
        assert!(matches!(
            wire.verify_at(T0 - 301),
            Err(AuthError::InvalidSignature(
                InvalidSignature::NotYetCurrent { .. }
            ))
        ));
    }

    // S3-style presigning with UNSIGNED-PAYLOAD: accepted, flagged as an unsigned body.
    let wire = AwsSigning {
        method: "PUT",
        settings: presign_settings(60),
        unsigned_payload: true,
        ..AwsSigning::ecs("http://localhost:8080/upload", &[], b"anything")
    }
    .sign();
    let verified = wire.verify_at(T0 + 30).expect("verifies");
    assert!(!verified.payload_signed);

    // Tampering with a signed query parameter breaks a presigned URL.
    let mut wire = AwsSigning {
        method: "GET",
        settings: presign_settings(900),
        ..AwsSigning::ecs("http://localhost:8080/?Action=ListClusters", &[], b"")
    }
    .sign();
    wire.query = wire.query.replace("ListClusters", "DeleteCluster");
    assert!(matches!(
        wire.verify_at(T0),
        Err(AuthError::InvalidSignature(
            InvalidSignature::Mismatch { .. }
        ))
    ));
}

/// berth's signer and aws-sigv4 produce identical headers for identical inputs.
#[test]
fn berth_sign_matches_aws_sigv4() {
    /// Method, URI, headers, body, session token.
    type Case<'a> = (
        &'a str,
        &'a str,
        &'a [(&'a str, &'a str)],
        &'a [u8],
        Option<&'a str>,
    );
    let cases: &[Case<'_>] = &[
        (
            "POST",
            "http://localhost:8080/",
            ECS_HEADERS,
            ECS_BODY,
            None,
        ),
        (
            "POST",
            "http://localhost:8080/",
            ECS_HEADERS,
            ECS_BODY,
            Some(TOKEN),
        ),
        (
            "GET",
            "http://127.0.0.1:9000/v1/agents/a%20b?b=2&a=1&x=%2F",
            &[("Accept", "application/json"), ("X-Multi", " a   b ")],
            b"",
            None,
        ),
    ];
    for (method, uri, headers, body, token) in cases {
        let key = if token.is_some() { TEMP_KEY } else { KEY };
        let wire = AwsSigning {
            method,
            key,
            token: *token,
            ..AwsSigning::ecs(uri, headers, body)
        }
        .sign();
        let aws_header = |name: &str| {
            wire.headers
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, v)| v.clone())
        };

        // berth signs the request as it stood before aws-sigv4 added its headers.
        let unsigned: Vec<(String, String)> = wire
            .headers
            .iter()
            .filter(|(n, _)| {
                !matches!(
                    n.as_str(),
                    "authorization" | "x-amz-date" | "x-amz-security-token"
                )
            })
            .cloned()
            .collect();
        let req = RequestParts {
            method,
            path: &wire.path,
            query: &wire.query,
            headers: &unsigned,
            body,
        };
        let ours = sign(
            &req,
            &SigningParams {
                access_key_id: key,
                secret_access_key: SECRET,
                session_token: *token,
                region: "us-east-1",
                service: "ecs",
                now_epoch_secs: T0,
            },
        )
        .expect("berth signs");
        assert_eq!(
            Some(ours.authorization.clone()),
            aws_header("authorization"),
            "{uri}"
        );
        assert_eq!(
            Some(ours.x_amz_date.clone()),
            aws_header("x-amz-date"),
            "{uri}"
        );
        assert_eq!(
            ours.x_amz_security_token,
            aws_header("x-amz-security-token")
        );

        // And berth's verifier accepts berth's signature.
        let mut ours_wire = unsigned.clone();
        ours_wire.extend(ours.to_headers());
        let req = RequestParts {
            headers: &ours_wire,
            ..req
        };
        assert!(
            verify(&req, T0, &store(), &Policy::default()).is_ok(),
            "{uri}"
        );
    }
}
