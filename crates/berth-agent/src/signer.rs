//! Signs the agent's requests to the control plane (ECS API calls and the WebSocket upgrade)
//! with SigV4 for service `ecs`, and parses the configured endpoint once.
//!
//! A thin adapter over `berth_sigv4::sign` that adds the wall clock; it must not send anything.

use std::time::{SystemTime, UNIX_EPOCH};

use berth_sigv4::{sign, RequestParts, SignError, SigningParams};

use crate::config::Credentials;

/// The control plane's address, parsed from the configured endpoint URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Endpoint {
    /// `host:port` as it goes into the `host` header (and is signed).
    pub authority: String,
    /// `http://host:port` without a trailing slash.
    pub base: String,
}

/// Why the endpoint URL is unusable.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("endpoint {url:?} is not usable: {why}")]
pub struct EndpointError {
    pub url: String,
    pub why: &'static str,
}

impl Endpoint {
    /// Parses `http://host[:port][/]`. Only plain HTTP: the control plane and its agents talk
    /// over a trusted network or loopback, and requests are signed.
    pub fn parse(url: &str) -> Result<Endpoint, EndpointError> {
        let error = |why| EndpointError {
            url: url.to_owned(),
            why,
        };
        let uri: http::Uri = url.parse().map_err(|_| error("not a URL"))?;
        if uri.scheme_str() != Some("http") {
            return Err(error("only http:// endpoints are supported"));
        }
        if !matches!(uri.path(), "" | "/") || uri.query().is_some() {
            return Err(error("it must not have a path or query"));
        }
        let authority = uri
            .authority()
            .ok_or_else(|| error("it has no host"))?
            .as_str()
            .to_owned();
        if authority.contains('@') {
            return Err(error("it must not carry user information"));
        }
        Ok(Endpoint {
            base: format!("http://{authority}"),
            authority,
        })
    }

    /// The WebSocket URL for `path_and_query` (which starts with `/`).
    pub fn ws_url(&self, path_and_query: &str) -> String {
        format!("ws://{}{}", self.authority, path_and_query)
    }
}

/// Signs requests with one set of credentials for one region.
#[derive(Debug, Clone)]
pub struct Signer {
    credentials: Credentials,
    region: String,
}

impl Signer {
    pub fn new(credentials: Credentials, region: impl Into<String>) -> Signer {
        Signer {
            credentials,
            region: region.into(),
        }
    }

    /// The headers to add to a request made of `method`, `path`, `query`, `headers` (which must
    /// include `host`) and `body`, signed now.
    pub fn sign(
        &self,
        method: &str,
        path: &str,
        query: &str,
        headers: &[(String, String)],
        body: &[u8],
    ) -> Result<Vec<(String, String)>, SignError> {
        let now = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_secs() as i64)
            .unwrap_or(0);
        self.sign_at(method, path, query, headers, body, now)
    }

    /// [`Signer::sign`] at a given time (tests).
    pub fn sign_at(
        &self,
        method: &str,
        path: &str,
        query: &str,
        headers: &[(String, String)],
        body: &[u8],
        now_epoch_secs: i64,
    ) -> Result<Vec<(String, String)>, SignError> {
        let parts = RequestParts {
            method,
            path,
            query,
            headers,
            body,
        };
        let signed = sign(
            &parts,
            &SigningParams {
                access_key_id: &self.credentials.access_key_id,
                secret_access_key: &self.credentials.secret_access_key,
                session_token: self.credentials.session_token.as_deref(),
                region: &self.region,
                service: berth_wire::ecs::SIGNING_NAME,
                now_epoch_secs,
            },
        )?;
        Ok(signed.to_headers())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    #[test]
    fn endpoints() {
        let e = Endpoint::parse("http://127.0.0.1:8080/").unwrap();
        assert_eq!(e.authority, "127.0.0.1:8080");
        assert_eq!(e.base, "http://127.0.0.1:8080");
        assert_eq!(e.ws_url("/a?b=c"), "ws://127.0.0.1:8080/a?b=c");
        for bad in [
            "https://x",
            "http://x/path",
            "nope",
            "http://u@x",
            "http://x/?q=1",
        ] {
            assert!(Endpoint::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn signed_requests_verify() {
        let signer = Signer::new(
            Credentials {
                access_key_id: "AKID".into(),
                secret_access_key: "secret".into(),
                session_token: Some("tok".into()),
            },
            "us-east-1",
        );
        let mut headers = vec![("host".to_owned(), "127.0.0.1:1".to_owned())];
        let query = "cluster=default&containerInstance=abc";
        let now = 1_704_067_200;
        let added = signer
            .sign_at("GET", "/agent/v1/connect", query, &headers, b"", now)
            .unwrap();
        headers.extend(added);
        let mut store = HashMap::new();
        store.insert(
            "AKID".to_owned(),
            berth_sigv4::Credential {
                secret_access_key: "secret".into(),
                session_token: Some("tok".into()),
                principal: "agent".into(),
            },
        );
        let parts = RequestParts {
            method: "GET",
            path: "/agent/v1/connect",
            query,
            headers: &headers,
            body: b"",
        };
        let who = berth_sigv4::verify(&parts, now, &store, &berth_sigv4::Policy::default());
        assert_eq!(who.unwrap().service, "ecs");
    }
}
