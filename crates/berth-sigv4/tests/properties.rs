//! Properties of the public API on random inputs: `verify` never panics, whatever arrives on the
//! wire; whatever berth's `sign` signs, `verify` accepts; and one flipped body bit is always caught.

use std::collections::HashMap;

use berth_sigv4::{sign, verify, Credential, Policy, RequestParts, SigningParams};
use percent_encoding::{utf8_percent_encode, NON_ALPHANUMERIC};
use proptest::prelude::*;

/// 2024-01-01T00:00:00Z.
const T0: i64 = 1_704_067_200;
const SECRET: &str = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";

fn store() -> HashMap<String, Credential> {
    let mut store = HashMap::new();
    store.insert(
        "AKIDEXAMPLE".to_owned(),
        Credential {
            secret_access_key: SECRET.to_owned(),
            session_token: Some("token".to_owned()),
            principal: "alice".to_owned(),
        },
    );
    store
}

/// Header lists biased towards the names and shapes the verifier parses.
fn arbitrary_headers() -> impl Strategy<Value = Vec<(String, String)>> {
    let name = prop_oneof![
        Just("authorization".to_owned()),
        Just("Authorization".to_owned()),
        Just("x-amz-date".to_owned()),
        Just("date".to_owned()),
        Just("host".to_owned()),
        Just("x-amz-security-token".to_owned()),
        Just("x-amz-content-sha256".to_owned()),
        "[a-zA-Z-]{1,12}",
    ];
    let value = prop_oneof![
        "\\PC{0,60}",
        "AWS4-HMAC-SHA256 \\PC{0,80}",
        "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/\\PC{0,30}, SignedHeaders=\\PC{0,20}, Signature=\\PC{0,10}",
        "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/2024010[0-9]/us-east-1/ecs/aws4_request, SignedHeaders=host;x-amz-date, Signature=[0-9a-f]{64}",
        "2024010[0-9]T0000[0-9]{2}Z",
        "[A-Z][a-z]{2}, 0[0-9] Jan 2024 00:00:00 GMT",
    ];
    proptest::collection::vec((name, value), 0..8)
}

fn arbitrary_query() -> impl Strategy<Value = String> {
    prop_oneof![
        "\\PC{0,60}",
        "X-Amz-Algorithm=\\PC{0,20}&X-Amz-Credential=\\PC{0,40}&X-Amz-Date=\\PC{0,16}&X-Amz-Expires=\\PC{0,6}&X-Amz-SignedHeaders=\\PC{0,10}&X-Amz-Signature=\\PC{0,10}",
        "X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20240101%2Fus-east-1%2Fecs%2Faws4_request&X-Amz-Date=20240101T0000[0-9]{2}Z&X-Amz-Expires=[0-9]{1,7}&X-Amz-SignedHeaders=host&X-Amz-Signature=[0-9a-f]{64}",
    ]
}

fn encode(s: &str) -> String {
    utf8_percent_encode(s, NON_ALPHANUMERIC).to_string()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn verify_never_panics(
        method in "[A-Z]{0,7}",
        headers in arbitrary_headers(),
        body in proptest::collection::vec(any::<u8>(), 0..64),
        path in "\\PC{0,20}",
        query in arbitrary_query(),
        now in prop_oneof![Just(T0), any::<i64>()],
        skew in prop_oneof![Just(300i64), any::<i64>()],
    ) {
        let req = RequestParts { method: &method, path: &path, query: &query, headers: &headers, body: &body };
        let _ = verify(&req, now, &store(), &Policy { max_skew_secs: skew });
    }

    #[test]
    fn sign_then_verify_round_trips(
        method in prop_oneof![Just("GET"), Just("POST"), Just("PUT")],
        segments in proptest::collection::vec("[a-zA-Z0-9 ._~%é✓+-]{0,8}", 0..4),
        query in proptest::collection::vec(("[a-zA-Z0-9 =/+é-]{0,6}", "[a-zA-Z0-9 &/+é-]{0,6}"), 0..4),
        extra in proptest::collection::vec(("x-[a-z]{1,8}", "[ -~]{0,20}"), 0..3),
        body in proptest::collection::vec(any::<u8>(), 1..64),
        flip in any::<usize>(),
        age in -300i64..=300,
    ) {
        let path: String = segments.iter().map(|s| format!("/{}", encode(s))).collect();
        let query: Vec<String> = query.iter().map(|(k, v)| format!("{}={}", encode(k), encode(v))).collect();
        let query = query.join("&");
        let mut headers = vec![
            ("Host".to_owned(), "localhost:8080".to_owned()),
            ("Content-Type".to_owned(), "application/x-amz-json-1.1".to_owned()),
        ];
        headers.extend(extra);
        let params = SigningParams {
            access_key_id: "AKIDEXAMPLE",
            secret_access_key: SECRET,
            session_token: Some("token"),
            region: "us-east-1",
            service: "ecs",
            now_epoch_secs: T0,
        };
        let unsigned = RequestParts { method, path: &path, query: &query, headers: &headers, body: &body };
        let signature = sign(&unsigned, &params).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let mut sent = headers.clone();
        sent.extend(signature.to_headers());
        let req = RequestParts { headers: &sent, ..unsigned };
        let verified = verify(&req, T0 + age, &store(), &Policy::default());
        prop_assert!(verified.is_ok(), "{:?}", verified);

        let mut tampered = body.clone();
        let i = flip % tampered.len();
        tampered[i] ^= 1 << (flip % 8);
        let req = RequestParts { body: &tampered, ..req };
        prop_assert!(verify(&req, T0, &store(), &Policy::default()).is_err());
    }
}
