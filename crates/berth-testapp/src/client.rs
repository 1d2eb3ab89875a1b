//! A tiny blocking HTTP/1.1 client over `std::net`, used by `check`, `/fetch` and
//! `/metadata` (all GETs), and by tests (which also POST to `/exit` and `/unhealthy`).
//!
//! It speaks plain `http://` only (no TLS, no redirects, no keep-alive) and always sends
//! `Connection: close`, so a response ends when the peer closes. URL and response parsing are
//! pure functions; only [`get`] touches the network.

use std::fmt;
use std::io::{Read, Write};
use std::net::{TcpStream, ToSocketAddrs};
use std::time::Duration;

use crate::http::find;

/// The largest response body accepted; metadata documents are a few kilobytes.
pub const MAX_RESPONSE_BYTES: u64 = 16 * 1024 * 1024;

/// A parsed `http://` URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Url {
    /// Host name or address; an IPv6 address keeps no brackets.
    pub host: String,
    pub port: u16,
    /// Path and query, starting with `/`.
    pub path: String,
}

/// A response as received.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HttpResponse {
    pub status: u16,
    /// Header names lower-cased.
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl HttpResponse {
    /// The body as text, with invalid UTF-8 replaced.
    pub fn body_text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

/// Why a GET failed.
#[derive(Debug)]
pub enum ClientError {
    /// The URL is not `http://host[:port][/path]`.
    BadUrl(String),
    /// The host did not resolve.
    Resolve {
        host: String,
        source: std::io::Error,
    },
    /// Connecting, sending or receiving failed (including timeouts).
    Io {
        address: String,
        source: std::io::Error,
    },
    /// The peer's answer is not an HTTP/1.x response.
    BadResponse(String),
}

impl fmt::Display for ClientError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ClientError::BadUrl(url) => write!(f, "not an http:// URL: {url:?}"),
            ClientError::Resolve { host, source } => write!(f, "cannot resolve {host}: {source}"),
            ClientError::Io { address, source } => write!(f, "{address}: {source}"),
            ClientError::BadResponse(why) => write!(f, "bad HTTP response: {why}"),
        }
    }
}

impl std::error::Error for ClientError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ClientError::Resolve { source, .. } | ClientError::Io { source, .. } => Some(source),
            ClientError::BadUrl(_) | ClientError::BadResponse(_) => None,
        }
    }
}

/// Parses `http://host[:port][/path]`; the port defaults to 80.
pub fn parse_url(url: &str) -> Result<Url, ClientError> {
    let bad = || ClientError::BadUrl(url.to_string());
    let rest = url.strip_prefix("http://").ok_or_else(bad)?;
    let (authority, path) = match rest.find(['/', '?']) {
        Some(index) if rest.as_bytes()[index] == b'/' => {
            (&rest[..index], rest[index..].to_string())
        }
        Some(index) => (&rest[..index], format!("/{}", &rest[index..])),
        None => (rest, "/".to_string()),
    };
    if authority.contains('@') {
        return Err(bad());
    }
    let (host, port) = if let Some(bracketed) = authority.strip_prefix('[') {
        let (host, after) = bracketed.split_once(']').ok_or_else(bad)?;
        match after {
            "" => (host, None),
            _ => (host, Some(after.strip_prefix(':').ok_or_else(bad)?)),
        }
    } else {
        match authority.split_once(':') {
            Some((host, port)) => (host, Some(port)),
            None => (authority, None),
        }
    };
    if host.is_empty() {
        return Err(bad());
    }
    let port = match port {
        Some(port) => port.parse().map_err(|_| bad())?,
        None => 80,
    };
    Ok(Url {
        host: host.to_string(),
        port,
        path,
    })
}

/// The bodiless request [`request`] sends.
pub fn request_bytes(method: &str, url: &Url) -> Vec<u8> {
    let host = if url.host.contains(':') {
        format!("[{}]", url.host)
    } else {
        url.host.clone()
    };
    // A POST without a body still declares its length, as servers may insist on it.
    let length = if method == "GET" {
        ""
    } else {
        "content-length: 0\r\n"
    };
    format!(
        "{method} {} HTTP/1.1\r\nhost: {}:{}\r\nuser-agent: berth-testapp\r\naccept: */*\r\n{length}connection: close\r\n\r\n",
        url.path, host, url.port
    )
    .into_bytes()
}

/// Parses a whole response (the connection has closed), decoding a chunked body.
pub fn parse_response(bytes: &[u8]) -> Result<HttpResponse, ClientError> {
    let bad = |why: &str| ClientError::BadResponse(why.to_string());
    let end = find(bytes, b"\r\n\r\n").ok_or_else(|| bad("no end of head"))?;
    let head = std::str::from_utf8(&bytes[..end]).map_err(|_| bad("head is not UTF-8"))?;
    let mut lines = head.split("\r\n");
    let status_line = lines.next().unwrap_or_default();
    let mut parts = status_line.splitn(3, ' ');
    let version = parts.next().unwrap_or_default();
    if !version.starts_with("HTTP/1.") {
        return Err(bad(&format!("status line {status_line:?}")));
    }
    let status: u16 = parts
        .next()
        .and_then(|code| code.parse().ok())
        .ok_or_else(|| bad(&format!("status line {status_line:?}")))?;
    let mut headers = Vec::new();
    for line in lines {
        let (name, value) = line
            .split_once(':')
            .ok_or_else(|| bad(&format!("header {line:?}")))?;
        headers.push((name.trim().to_ascii_lowercase(), value.trim().to_string()));
    }
    let header = |name: &str| {
        headers
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.as_str())
    };
    let raw_body = &bytes[end + 4..];
    let chunked = header("transfer-encoding")
        .is_some_and(|value| value.to_ascii_lowercase().contains("chunked"));
    let body = if chunked {
        decode_chunked(raw_body)?
    } else if let Some(length) = header("content-length") {
        let length: usize = length
            .parse()
            .map_err(|_| bad(&format!("content-length {length:?}")))?;
        raw_body
            .get(..length)
            .ok_or_else(|| bad("body shorter than content-length"))?
            .to_vec()
    } else {
        raw_body.to_vec()
    };
    Ok(HttpResponse {
        status,
        headers,
        body,
    })
}

/// Decodes a `Transfer-Encoding: chunked` body (trailers are ignored).
fn decode_chunked(mut raw: &[u8]) -> Result<Vec<u8>, ClientError> {
    let bad = |why: &str| ClientError::BadResponse(format!("chunked body: {why}"));
    let mut body = Vec::new();
    loop {
        let line_end = find(raw, b"\r\n").ok_or_else(|| bad("no chunk size line"))?;
        let size_line = std::str::from_utf8(&raw[..line_end]).map_err(|_| bad("size not text"))?;
        let size_hex = size_line.split(';').next().unwrap_or_default().trim();
        let size = usize::from_str_radix(size_hex, 16).map_err(|_| bad("size not hex"))?;
        raw = &raw[line_end + 2..];
        if size == 0 {
            return Ok(body);
        }
        let chunk = raw.get(..size).ok_or_else(|| bad("truncated chunk"))?;
        body.extend_from_slice(chunk);
        raw = raw.get(size + 2..).ok_or_else(|| bad("truncated chunk"))?;
    }
}

/// GETs `url`, waiting at most `timeout` to connect and at most `timeout` for each read.
pub fn get(url: &str, timeout: Duration) -> Result<HttpResponse, ClientError> {
    request("GET", url, timeout)
}

/// Sends a bodiless `method` request to `url`, with [`get`]'s timeouts.
pub fn request(method: &str, url: &str, timeout: Duration) -> Result<HttpResponse, ClientError> {
    let url = parse_url(url)?;
    let address = format!("{}:{}", url.host, url.port);
    let io = |source| ClientError::Io {
        address: address.clone(),
        source,
    };
    let candidates: Vec<_> = (url.host.as_str(), url.port)
        .to_socket_addrs()
        .map_err(|source| ClientError::Resolve {
            host: url.host.clone(),
            source,
        })?
        .collect();
    let mut last_error = None;
    let mut stream = None;
    for candidate in candidates {
        match TcpStream::connect_timeout(&candidate, timeout) {
            Ok(connected) => {
                stream = Some(connected);
                break;
            }
            Err(error) => last_error = Some(error),
        }
    }
    let Some(mut stream) = stream else {
        return Err(io(last_error.unwrap_or_else(|| {
            std::io::Error::new(std::io::ErrorKind::NotFound, "no addresses")
        })));
    };
    stream.set_read_timeout(Some(timeout)).map_err(io)?;
    stream.set_write_timeout(Some(timeout)).map_err(io)?;
    stream.write_all(&request_bytes(method, &url)).map_err(io)?;
    let mut received = Vec::new();
    stream
        .take(MAX_RESPONSE_BYTES)
        .read_to_end(&mut received)
        .map_err(io)?;
    parse_response(&received)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_parse() {
        let cases: &[(&str, &str, u16, &str)] = &[
            ("http://127.0.0.1:8080/health", "127.0.0.1", 8080, "/health"),
            ("http://example", "example", 80, "/"),
            ("http://example/", "example", 80, "/"),
            ("http://a:1?x=1", "a", 1, "/?x=1"),
            ("http://a/p?x=1&y=2", "a", 80, "/p?x=1&y=2"),
            ("http://[::1]:9/v4", "::1", 9, "/v4"),
            ("http://[fd00::1]/", "fd00::1", 80, "/"),
            (
                "http://169.254.170.2/v4/abc",
                "169.254.170.2",
                80,
                "/v4/abc",
            ),
        ];
        for (input, host, port, path) in cases {
            let url = parse_url(input).unwrap();
            assert_eq!(
                (url.host.as_str(), url.port, url.path.as_str()),
                (*host, *port, *path),
                "{input}"
            );
        }
        for bad in [
            "https://a/",
            "a:80",
            "http://",
            "http://:80/",
            "http://a:x/",
            "http://a:70000/",
            "http://u@a/",
            "http://[::1/",
            "http://[::1]x/",
        ] {
            assert!(parse_url(bad).is_err(), "{bad} should not parse");
        }
    }

    #[test]
    fn requests_name_the_host_and_close() {
        let url = parse_url("http://[::1]:9/x?y").unwrap();
        let request = String::from_utf8(request_bytes("GET", &url)).unwrap();
        assert!(request.starts_with("GET /x?y HTTP/1.1\r\nhost: [::1]:9\r\n"));
        assert!(request.contains("connection: close\r\n"));
        assert!(!request.contains("content-length"));
        assert!(request.ends_with("\r\n\r\n"));
        let post = String::from_utf8(request_bytes("POST", &url)).unwrap();
        assert!(post.starts_with("POST /x?y HTTP/1.1\r\n"));
        assert!(post.contains("content-length: 0\r\n"));
    }

    #[test]
    fn responses_parse() {
        let plain = parse_response(b"HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nabcdef").unwrap();
        assert_eq!((plain.status, plain.body.as_slice()), (200, &b"abc"[..]));
        assert_eq!(plain.headers, vec![("content-length".into(), "3".into())]);

        let until_close = parse_response(b"HTTP/1.0 404 Not Found\r\n\r\nnope").unwrap();
        assert_eq!(
            (until_close.status, until_close.body_text()),
            (404, "nope".into())
        );

        let no_reason = parse_response(b"HTTP/1.1 503\r\n\r\n").unwrap();
        assert_eq!(no_reason.status, 503);

        let chunked = parse_response(
            b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nWiki\r\n5;ext=1\r\npedia\r\n0\r\n\r\n",
        )
        .unwrap();
        assert_eq!(chunked.body_text(), "Wikipedia");
    }

    #[test]
    fn malformed_responses_are_errors() {
        let cases: &[&[u8]] = &[
            b"",
            b"HTTP/1.1 200 OK\r\n",
            b"SSH-2.0-OpenSSH\r\n\r\n",
            b"HTTP/1.1 abc OK\r\n\r\n",
            b"HTTP/1.1 200 OK\r\nno colon\r\n\r\n",
            b"HTTP/1.1 200 OK\r\ncontent-length: 10\r\n\r\nshort",
            b"HTTP/1.1 200 OK\r\ncontent-length: x\r\n\r\n",
            b"HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\nzz\r\n",
            b"HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n9\r\nabc",
        ];
        for raw in cases {
            assert!(
                parse_response(raw).is_err(),
                "{:?} should not parse",
                String::from_utf8_lossy(raw)
            );
        }
    }

    #[test]
    fn connection_refused_is_an_io_error() {
        // Bind then drop a listener so that the port is (almost certainly) closed.
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let error = get(&format!("http://127.0.0.1:{port}/"), Duration::from_secs(2)).unwrap_err();
        assert!(matches!(error, ClientError::Io { .. }), "{error}");
    }
}
