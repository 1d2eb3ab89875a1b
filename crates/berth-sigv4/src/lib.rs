//! AWS Signature Version 4 for berth: verify what real AWS clients sign, and sign berth's own requests.
//!
//! This crate is pure: no I/O, no clock, no async, no HTTP types. The caller (the API crate) turns an
//! HTTP request into a [`RequestParts`] view, passes the current time and a [`CredentialStore`], and
//! gets back either a [`Verified`] identity (access key, principal, and the region and service of the
//! credential scope) or an [`AuthError`] whose variants are the AWS error codes. It deliberately knows
//! nothing about ECS operations, status-code rendering beyond [`AuthError::http_status`], or where
//! credentials are stored.
//!
//! Both SigV4 forms are supported: the `Authorization: AWS4-HMAC-SHA256 ...` header and the presigned
//! query string (`X-Amz-Algorithm`, `X-Amz-Credential`, ...). The canonical request follows the
//! non-S3 rules the AWS SDKs, botocore and the AWS CLI use (normalised, double-encoded path);
//! requests scoped to the `s3` service get S3's single-encoded, unnormalised path.
//!
//! The caller must pass the path and query exactly as received (still percent-encoded), every
//! header including `host` (for HTTP/2, the `:authority`), and the whole body. Query parameters
//! are decoded as `application/x-www-form-urlencoded` (`+` is a space); anything that later reads
//! the query must decode it the same way.
//!
//! ```
//! use std::collections::HashMap;
//! use berth_sigv4::{sign, verify, Credential, Policy, RequestParts, SigningParams};
//!
//! let mut creds = HashMap::new();
//! creds.insert("AKIDEXAMPLE".to_owned(), Credential {
//!     secret_access_key: "secret".to_owned(),
//!     session_token: None,
//!     principal: "agent-1".to_owned(),
//! });
//! let now = 1_704_067_200; // 2024-01-01T00:00:00Z, from the caller's clock
//! let mut headers = vec![("host".to_owned(), "localhost:8080".to_owned())];
//! let body = br#"{"cluster":"default"}"#;
//! let unsigned = RequestParts { method: "POST", path: "/", query: "", headers: &headers, body };
//! let signed = sign(&unsigned, &SigningParams {
//!     access_key_id: "AKIDEXAMPLE",
//!     secret_access_key: "secret",
//!     session_token: None,
//!     region: "us-east-1",
//!     service: "ecs",
//!     now_epoch_secs: now,
//! })?;
//! headers.extend(signed.to_headers());
//! let req = RequestParts { method: "POST", path: "/", query: "", headers: &headers, body };
//! let who = verify(&req, now + 1, &creds, &Policy::default())?;
//! assert_eq!((who.principal.as_str(), who.region.as_str()), ("agent-1", "us-east-1"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod amz_time;
mod auth_params;
mod canonical;
mod error;
mod scope;
mod sign;
mod verify;

use std::collections::{BTreeMap, HashMap};
use std::fmt;

pub use error::{
    AuthError, IncompleteSignature, InvalidSignature, ScopeProblem, UnrecognizedClient,
};
pub use sign::{sign, SignError, SignatureHeaders, SigningParams};
pub use verify::verify;

/// Default tolerated clock difference between client and server, in both directions.
///
/// AWS rejects a header-signed request whose `X-Amz-Date` is more than 5 minutes away from its own
/// clock (`Signature expired` / `Signature not yet current`); berth mirrors that.
pub const DEFAULT_MAX_SKEW_SECS: i64 = 300;

/// Longest lifetime a presigned URL may declare in `X-Amz-Expires`: 7 days, as AWS, because the
/// derived signing key is only meant to be valid that long.
pub const MAX_PRESIGNED_EXPIRES_SECS: i64 = 604_800;

/// An HTTP-free view of a request as it arrived on the wire.
#[derive(Debug, Clone, Copy)]
pub struct RequestParts<'a> {
    /// The HTTP method, e.g. `POST`.
    pub method: &'a str,
    /// The raw path as received (still percent-encoded), e.g. `/` or `/a%20b`.
    pub path: &'a str,
    /// The raw query string without the leading `?` (empty if there is none).
    pub query: &'a str,
    /// Every header in arrival order, names in any case. Repeated headers appear repeatedly.
    /// The caller must include `host` (for HTTP/2, the `:authority`).
    pub headers: &'a [(String, String)],
    /// The complete request body.
    pub body: &'a [u8],
}

/// What the credential store knows about one access key.
#[derive(Clone, PartialEq, Eq)]
pub struct Credential {
    /// The secret the client signs with.
    pub secret_access_key: String,
    /// For temporary credentials: the token the client must present in `x-amz-security-token`.
    pub session_token: Option<String>,
    /// Who this key belongs to (an ARN or any name the caller uses for authorisation).
    pub principal: String,
}

impl fmt::Debug for Credential {
    // Secrets never reach logs through `{:?}`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Credential")
            .field("secret_access_key", &"<redacted>")
            .field(
                "session_token",
                &self.session_token.as_ref().map(|_| "<redacted>"),
            )
            .field("principal", &self.principal)
            .finish()
    }
}

/// Where verification finds the secret for an access key id.
pub trait CredentialStore {
    /// Returns the credential for `access_key_id`, or `None` if the key is unknown.
    fn lookup(&self, access_key_id: &str) -> Option<Credential>;
}

impl CredentialStore for HashMap<String, Credential> {
    fn lookup(&self, access_key_id: &str) -> Option<Credential> {
        self.get(access_key_id).cloned()
    }
}

impl CredentialStore for BTreeMap<String, Credential> {
    fn lookup(&self, access_key_id: &str) -> Option<Credential> {
        self.get(access_key_id).cloned()
    }
}

/// Knobs of verification.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Policy {
    /// How far (in seconds, either direction) the signing time may be from `now`.
    pub max_skew_secs: i64,
}

impl Default for Policy {
    fn default() -> Self {
        Policy {
            max_skew_secs: DEFAULT_MAX_SKEW_SECS,
        }
    }
}

/// Which SigV4 form a verified request used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignatureLocation {
    /// `Authorization: AWS4-HMAC-SHA256 ...` header.
    Header,
    /// Presigned URL (`X-Amz-Signature` in the query string).
    Query,
}

/// The identity established by a valid signature.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verified {
    /// The access key id from the credential scope.
    pub access_key_id: String,
    /// The principal the credential store returned for that key.
    pub principal: String,
    /// The region of the credential scope; berth scopes all state by it.
    pub region: String,
    /// The service (signing name) of the credential scope, e.g. `ecs`.
    pub service: String,
    /// When the client signed, in seconds since the Unix epoch.
    pub signed_at: i64,
    /// Header or presigned query string.
    pub location: SignatureLocation,
    /// False only for a presigned request signed with `UNSIGNED-PAYLOAD`: its body is not
    /// covered by the signature and must not be trusted beyond what the URL itself authorises.
    pub payload_signed: bool,
}
