//! Requests signed by botocore (boto3 / the AWS CLI's signer), recorded in
//! `fixtures/botocore_signed.json` by `fixtures/botocore_signed.py` with the clock pinned to
//! 2024-01-01T00:00:00Z: ECS JSON calls with and without a session token, a query-protocol POST,
//! STS-style presigned URLs (body hash) and an S3 presigned URL (UNSIGNED-PAYLOAD, S3 path rules).

use std::collections::HashMap;

use berth_sigv4::{verify, AuthError, Credential, InvalidSignature, Policy, RequestParts};
use serde_json::Value;

const T0: i64 = 1_704_067_200;
const SECRET: &str = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
const TOKEN: &str = "IQoJb3JpZ2luX2VjEXAMPLE/TOKEN+with=odd&chars";

struct Case {
    name: String,
    method: String,
    path: String,
    query: String,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

fn cases() -> Vec<Case> {
    let text = include_str!("fixtures/botocore_signed.json");
    let doc: Value = serde_json::from_str(text).expect("fixture is JSON");
    let str_of = |v: &Value, k: &str| v[k].as_str().expect("string field").to_owned();
    doc["cases"]
        .as_array()
        .expect("cases")
        .iter()
        .map(|c| Case {
            name: str_of(c, "name"),
            method: str_of(c, "method"),
            path: str_of(c, "path"),
            query: str_of(c, "query"),
            headers: c["headers"]
                .as_array()
                .expect("headers")
                .iter()
                .map(|h| {
                    (
                        h[0].as_str().expect("name").to_owned(),
                        h[1].as_str().expect("value").to_owned(),
                    )
                })
                .collect(),
            body: hex::decode(str_of(c, "body_hex")).expect("hex body"),
        })
        .collect()
}

fn store() -> HashMap<String, Credential> {
    let mut store = HashMap::new();
    store.insert(
        "AKIDEXAMPLE".to_owned(),
        Credential {
            secret_access_key: SECRET.to_owned(),
            session_token: None,
            principal: "alice".to_owned(),
        },
    );
    store.insert(
        "ASIATEMPEXAMPLE".to_owned(),
        Credential {
            secret_access_key: SECRET.to_owned(),
            session_token: Some(TOKEN.to_owned()),
            principal: "role-session".to_owned(),
        },
    );
    store
}

#[test]
fn every_botocore_request_verifies() {
    let cases = cases();
    assert_eq!(cases.len(), 6);
    for case in &cases {
        let req = RequestParts {
            method: &case.method,
            path: &case.path,
            query: &case.query,
            headers: &case.headers,
            body: &case.body,
        };
        let verified = verify(&req, T0 + 60, &store(), &Policy::default());
        let verified = verified.unwrap_or_else(|e| panic!("{}: {e:?}", case.name));
        let expected_service = case.name.split(' ').next().unwrap_or_default();
        assert_eq!(verified.service, expected_service, "{}", case.name);
        assert_eq!(verified.signed_at, T0);
        assert_eq!(
            verified.payload_signed,
            !case.name.starts_with("s3"),
            "{}",
            case.name
        );

        // The same request with one body byte or one path byte changed is refused.
        let mut body = case.body.clone();
        body.push(b' ');
        let tampered = RequestParts { body: &body, ..req };
        let result = verify(&tampered, T0 + 60, &store(), &Policy::default());
        if case.name.starts_with("s3") {
            // Presigned with UNSIGNED-PAYLOAD: the body is not covered (and flagged as such).
            assert!(result.is_ok(), "{}", case.name);
        } else {
            assert!(
                matches!(
                    result,
                    Err(AuthError::InvalidSignature(
                        InvalidSignature::Mismatch { .. }
                    ))
                ),
                "{}: {result:?}",
                case.name
            );
        }
        let path = format!("{}x", case.path);
        let tampered = RequestParts { path: &path, ..req };
        assert!(
            verify(&tampered, T0 + 60, &store(), &Policy::default()).is_err(),
            "{}",
            case.name
        );
    }
}
