//! The SigV4 canonical forms: canonical URI, query string and headers, the canonical request, the
//! string to sign, the derived signing key and the signature.
//!
//! Pure functions over strings and bytes, shared by verification and signing so that both sides
//! compute exactly the same thing. Nothing here decides whether a request is acceptable; that is
//! `verify`'s job.

use std::borrow::Cow;

use hmac::{Hmac, Mac};
use percent_encoding::{percent_decode_str, utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use sha2::{Digest, Sha256};

/// The only algorithm SigV4 (as opposed to SigV4a) defines.
pub(crate) const ALGORITHM: &str = "AWS4-HMAC-SHA256";
/// The last element of every credential scope.
pub(crate) const TERMINATOR: &str = "aws4_request";
/// Payload hash placeholder a presigned URL may use instead of the body hash.
pub(crate) const UNSIGNED_PAYLOAD: &str = "UNSIGNED-PAYLOAD";
/// Header names whose values are secrets and are redacted in diagnostics.
const SENSITIVE_HEADERS: &[&str] = &["x-amz-security-token", "authorization", "cookie"];
/// Query parameter whose value is a secret and is redacted in diagnostics.
pub(crate) const SECURITY_TOKEN_PARAM: &str = "X-Amz-Security-Token";
/// Query parameter that carries a presigned signature (never part of the canonical query).
pub(crate) const SIGNATURE_PARAM: &str = "X-Amz-Signature";
const REDACTED: &str = "<redacted>";

/// RFC 3986 unreserved characters stay literal; every other byte is `%XX` (upper-case hex).
const UNRESERVED: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');
/// As [`UNRESERVED`], but `/` separates path segments and stays literal.
const PATH_SEGMENTS: &AsciiSet = &UNRESERVED.remove(b'/');

type HmacSha256 = Hmac<Sha256>;

/// Lower-case hex SHA-256 of `data`.
pub(crate) fn sha256_hex(data: &[u8]) -> String {
    hex::encode(Sha256::digest(data))
}

fn hmac(key: &[u8], data: &[u8]) -> [u8; 32] {
    // HMAC is defined for keys of every length, so this constructor cannot fail.
    let mut mac = HmacSha256::new_from_slice(key).expect("HMAC accepts keys of any length");
    mac.update(data);
    mac.finalize().into_bytes().into()
}

/// Whether `service` uses S3's path rules (single encoding, no normalisation).
fn is_s3(service: &str) -> bool {
    service == "s3"
}

/// The canonical URI of a raw (already percent-encoded) request path.
///
/// Non-S3 services: remove dot segments and empty segments, keep a trailing slash, then
/// percent-encode the result again ("double encoding": `%20` becomes `%2520`), exactly as
/// botocore and the Rust/Java/Go SDKs do. S3: the path as sent.
pub(crate) fn canonical_uri(raw_path: &str, service: &str) -> String {
    if raw_path.is_empty() {
        return "/".to_owned();
    }
    if is_s3(service) {
        return raw_path.to_owned();
    }
    let normalized = normalize_path(raw_path);
    utf8_percent_encode(&normalized, PATH_SEGMENTS).to_string()
}

/// RFC 3986 dot-segment removal plus the AWS rule that empty segments (`//`) collapse.
fn normalize_path(path: &str) -> Cow<'_, str> {
    let rooted: Cow<'_, str> = if path.starts_with('/') {
        Cow::Borrowed(path)
    } else {
        Cow::Owned(format!("/{path}"))
    };
    if !rooted.contains('.') && !rooted.contains("//") {
        return rooted;
    }
    let mut segments: Vec<&str> = Vec::new();
    for segment in rooted.split('/') {
        match segment {
            "" | "." => {}
            ".." => {
                segments.pop();
            }
            other => segments.push(other),
        }
    }
    let mut out = String::with_capacity(rooted.len());
    for segment in &segments {
        out.push('/');
        out.push_str(segment);
    }
    let trailing = ["/", "/.", "/./", "/..", "/../"]
        .iter()
        .any(|end| rooted.ends_with(end));
    if out.is_empty() || trailing {
        out.push('/');
    }
    Cow::Owned(out)
}

/// Splits a raw query string into decoded `(key, value)` pairs in arrival order.
///
/// Follows `application/x-www-form-urlencoded`, like the AWS SDKs' signers: empty pieces are
/// skipped, `+` means space, invalid `%` escapes stay literal, invalid UTF-8 becomes U+FFFD.
/// The API crate must decode query parameters the same way, or a client could sign one value
/// and have berth act on another.
pub(crate) fn decode_query(raw_query: &str) -> Vec<(String, String)> {
    raw_query
        .split('&')
        .filter(|piece| !piece.is_empty())
        .map(|piece| {
            let (key, value) = piece.split_once('=').unwrap_or((piece, ""));
            (decode_component(key), decode_component(value))
        })
        .collect()
}

fn decode_component(raw: &str) -> String {
    let spaced = raw.replace('+', " ");
    percent_decode_str(&spaced).decode_utf8_lossy().into_owned()
}

fn encode_component(value: &str) -> String {
    utf8_percent_encode(value, UNRESERVED).to_string()
}

/// The canonical query string: every parameter (except `X-Amz-Signature` when `presigned`)
/// re-encoded with the unreserved set, sorted by encoded key then encoded value.
pub(crate) fn canonical_query(raw_query: &str, presigned: bool, redact: bool) -> String {
    let mut pairs: Vec<(String, String)> = decode_query(raw_query)
        .into_iter()
        .filter(|(key, _)| !(presigned && key == SIGNATURE_PARAM))
        .map(|(key, value)| {
            let value = if redact && key == SECURITY_TOKEN_PARAM {
                REDACTED.to_owned()
            } else {
                encode_component(&value)
            };
            (encode_component(&key), value)
        })
        .collect();
    pairs.sort();
    let mut out = String::new();
    for (i, (key, value)) in pairs.iter().enumerate() {
        if i > 0 {
            out.push('&');
        }
        out.push_str(key);
        out.push('=');
        out.push_str(value);
    }
    out
}

/// Trims leading and trailing spaces and collapses runs of spaces into one (SigV4 `Trimall`).
/// Only the space character is affected, as in the AWS SDK signers.
pub(crate) fn canonical_header_value(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut previous_space = false;
    for c in value.trim_matches(' ').chars() {
        if c == ' ' {
            if !previous_space {
                out.push(' ');
            }
            previous_space = true;
        } else {
            out.push(c);
            previous_space = false;
        }
    }
    out
}

/// All values of header `name` (case-insensitive) in arrival order.
pub(crate) fn header_values<'h, 'n>(
    headers: &'h [(String, String)],
    name: &'n str,
) -> impl Iterator<Item = &'h str> + use<'h, 'n> {
    headers
        .iter()
        .filter(move |(n, _)| n.eq_ignore_ascii_case(name))
        .map(|(_, v)| v.as_str())
}

/// Everything a canonical request is made of.
pub(crate) struct CanonicalInput<'a> {
    pub method: &'a str,
    pub canonical_uri: &'a str,
    pub canonical_query: &'a str,
    pub headers: &'a [(String, String)],
    /// The `;`-separated signed header names exactly as the client listed them.
    pub signed_headers: &'a str,
    pub payload_hash: &'a str,
}

/// Builds the canonical request. With `redact`, sensitive header values are replaced (for
/// diagnostics only; a redacted canonical request never verifies).
pub(crate) fn canonical_request(input: &CanonicalInput<'_>, redact: bool) -> String {
    let mut out = String::with_capacity(256);
    out.push_str(input.method);
    out.push('\n');
    out.push_str(input.canonical_uri);
    out.push('\n');
    out.push_str(input.canonical_query);
    out.push('\n');
    for name in input.signed_headers.split(';') {
        out.push_str(name);
        out.push(':');
        let sensitive = SENSITIVE_HEADERS
            .iter()
            .any(|s| s.eq_ignore_ascii_case(name));
        for (i, value) in header_values(input.headers, name).enumerate() {
            if i > 0 {
                out.push(',');
            }
            if redact && sensitive {
                out.push_str(REDACTED);
            } else {
                out.push_str(&canonical_header_value(value));
            }
        }
        out.push('\n');
    }
    out.push('\n');
    out.push_str(input.signed_headers);
    out.push('\n');
    out.push_str(input.payload_hash);
    out
}

/// `date/region/service/aws4_request`.
pub(crate) fn credential_scope(date: &str, region: &str, service: &str) -> String {
    format!("{date}/{region}/{service}/{TERMINATOR}")
}

/// The string to sign: algorithm, request time, scope, hash of the canonical request.
pub(crate) fn string_to_sign(amz_date: &str, scope: &str, canonical_request: &str) -> String {
    format!(
        "{ALGORITHM}\n{amz_date}\n{scope}\n{}",
        sha256_hex(canonical_request.as_bytes())
    )
}

/// The derived signing key `HMAC(HMAC(HMAC(HMAC("AWS4"+secret, date), region), service), "aws4_request")`.
pub(crate) fn signing_key(secret: &str, date: &str, region: &str, service: &str) -> [u8; 32] {
    let k_secret = format!("AWS4{secret}");
    let k_date = hmac(k_secret.as_bytes(), date.as_bytes());
    let k_region = hmac(&k_date, region.as_bytes());
    let k_service = hmac(&k_region, service.as_bytes());
    hmac(&k_service, TERMINATOR.as_bytes())
}

/// Lower-case hex signature of `string_to_sign`.
pub(crate) fn signature_hex(key: &[u8; 32], string_to_sign: &str) -> String {
    hex::encode(hmac(key, string_to_sign.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn canonical_uris() {
        let table: &[(&str, &str, &str)] = &[
            ("", "ecs", "/"),
            ("/", "ecs", "/"),
            ("/a/b", "ecs", "/a/b"),
            ("/a%20b/c", "ecs", "/a%2520b/c"),
            ("/%E2%9C%93", "ecs", "/%25E2%259C%2593"),
            ("/a//b/", "ecs", "/a/b/"),
            ("/a/./b/../c", "ecs", "/a/c"),
            ("/a/..", "ecs", "/"),
            ("/..", "ecs", "/"),
            ("/a/b/.", "ecs", "/a/b/"),
            ("/-_.~", "ecs", "/-_.~"),
            ("/a:b@c", "ecs", "/a%3Ab%40c"),
            ("relative", "ecs", "/relative"),
            ("/a%20b//c", "s3", "/a%20b//c"),
            ("", "s3", "/"),
        ];
        for (raw, service, want) in table {
            assert_eq!(canonical_uri(raw, service), *want, "{raw:?} ({service})");
        }
    }

    #[test]
    fn canonical_queries() {
        let table: &[(&str, bool, &str)] = &[
            ("", false, ""),
            ("b=2&a=1", false, "a=1&b=2"),
            ("a=2&a=1", false, "a=1&a=2"),
            ("flag", false, "flag="),
            ("a=b%2Fc&a%20b=x+y", false, "a=b%2Fc&a%20b=x%20y"),
            ("k=%7e%2a", false, "k=~%2A"),
            ("k=é", false, "k=%C3%A9"),
            ("a=1&&b=2&", false, "a=1&b=2"),
            ("X-Amz-Signature=abc&X-Amz-Date=1", true, "X-Amz-Date=1"),
            ("X-Amz-Signature=abc", false, "X-Amz-Signature=abc"),
            ("Z=1&a=1&_=1", false, "Z=1&_=1&a=1"),
            ("k=%zz", false, "k=%25zz"),
        ];
        for (raw, presigned, want) in table {
            assert_eq!(canonical_query(raw, *presigned, false), *want, "{raw:?}");
        }
        assert_eq!(
            canonical_query("X-Amz-Security-Token=s3cr3t&a=1", true, true),
            "X-Amz-Security-Token=<redacted>&a=1"
        );
    }

    #[test]
    fn header_values_are_trimmed_and_collapsed() {
        assert_eq!(canonical_header_value("  a   b  c "), "a b c");
        assert_eq!(canonical_header_value("a\tb"), "a\tb");
        assert_eq!(canonical_header_value(""), "");
    }

    #[test]
    fn repeated_headers_join_with_commas() {
        let headers = vec![
            ("Host".to_owned(), "example.com".to_owned()),
            ("X-Multi".to_owned(), " one ".to_owned()),
            ("x-multi".to_owned(), "two  three".to_owned()),
            ("x-amz-security-token".to_owned(), "secret".to_owned()),
        ];
        let input = CanonicalInput {
            method: "GET",
            canonical_uri: "/",
            canonical_query: "",
            headers: &headers,
            signed_headers: "host;x-amz-security-token;x-multi",
            payload_hash: UNSIGNED_PAYLOAD,
        };
        assert_eq!(
            canonical_request(&input, false),
            "GET\n/\n\nhost:example.com\nx-amz-security-token:secret\nx-multi:one,two three\n\n\
             host;x-amz-security-token;x-multi\nUNSIGNED-PAYLOAD"
        );
        assert!(canonical_request(&input, true).contains("x-amz-security-token:<redacted>\n"));
    }

    /// The worked example of the AWS General Reference ("Examples of the complete Signature
    /// Version 4 signing process", IAM ListUsers, 2015-08-30).
    #[test]
    fn aws_documentation_example() {
        let headers = vec![
            (
                "Content-Type".to_owned(),
                "application/x-www-form-urlencoded; charset=utf-8".to_owned(),
            ),
            ("Host".to_owned(), "iam.amazonaws.com".to_owned()),
            ("X-Amz-Date".to_owned(), "20150830T123600Z".to_owned()),
        ];
        let query = canonical_query("Action=ListUsers&Version=2010-05-08", false, false);
        let input = CanonicalInput {
            method: "GET",
            canonical_uri: &canonical_uri("/", "iam"),
            canonical_query: &query,
            headers: &headers,
            signed_headers: "content-type;host;x-amz-date",
            payload_hash: &sha256_hex(b""),
        };
        let creq = canonical_request(&input, false);
        assert_eq!(
            sha256_hex(creq.as_bytes()),
            "f536975d06c0309214f805bb90ccff089219ecd68b2577efef23edd43b7e1a59"
        );
        let scope = credential_scope("20150830", "us-east-1", "iam");
        let sts = string_to_sign("20150830T123600Z", &scope, &creq);
        let key = signing_key(
            "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
            "20150830",
            "us-east-1",
            "iam",
        );
        assert_eq!(
            signature_hex(&key, &sts),
            "5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7"
        );
    }

    proptest! {
        #[test]
        fn canonical_forms_never_panic(path in "\\PC{0,40}", query in "\\PC{0,40}") {
            let _ = canonical_uri(&path, "ecs");
            let _ = canonical_uri(&path, "s3");
            let _ = canonical_query(&query, true, true);
        }

        #[test]
        fn canonical_query_is_order_independent(
            pairs in proptest::collection::vec(("[a-zA-Z0-9 %+=~-]{0,6}", "[a-zA-Z0-9 %+~-]{0,6}"), 0..6)
        ) {
            let forward: Vec<String> = pairs.iter().map(|(k, v)| format!("{k}={v}")).collect();
            let mut backward = forward.clone();
            backward.reverse();
            prop_assert_eq!(
                canonical_query(&forward.join("&"), false, false),
                canonical_query(&backward.join("&"), false, false)
            );
        }
    }
}
