//! HTTP/1.1 message handling for the test server: parsing a request head, splitting the query,
//! and rendering a response.
//!
//! Pure byte-and-string work: it never reads a socket. The server reads bytes until
//! [`parse_request_head`] has a whole head; this module decides nothing about routes.

use std::fmt;

/// The largest request head the server accepts; test clients send a few hundred bytes.
pub const MAX_HEAD_BYTES: usize = 16 * 1024;

/// A parsed request head.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    pub method: String,
    /// The decoded path, without the query.
    pub path: String,
    /// Decoded query parameters in their order.
    pub query: Vec<(String, String)>,
    /// Header names lower-cased, values trimmed.
    pub headers: Vec<(String, String)>,
}

impl Request {
    /// The first value of a query parameter.
    pub fn query_param(&self, name: &str) -> Option<&str> {
        self.query
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.as_str())
    }

    /// The first value of a header (name compared case-insensitively).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(key, _)| key.eq_ignore_ascii_case(name))
            .map(|(_, value)| value.as_str())
    }

    /// The declared body length; the server reads and discards that many bytes.
    pub fn content_length(&self) -> Result<usize, ParseError> {
        match self.header("content-length") {
            None => Ok(0),
            Some(value) => value
                .parse()
                .map_err(|_| ParseError::BadHeader(format!("content-length: {value}"))),
        }
    }
}

/// Why a request head was rejected (the server answers 400).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParseError {
    /// The head grew past [`MAX_HEAD_BYTES`] without ending.
    TooLarge,
    /// The head is not UTF-8.
    NotUtf8,
    /// The request line is not `METHOD TARGET HTTP/1.x`.
    BadRequestLine(String),
    /// A header line has no colon or a bad value.
    BadHeader(String),
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ParseError::TooLarge => write!(f, "request head larger than {MAX_HEAD_BYTES} bytes"),
            ParseError::NotUtf8 => write!(f, "request head is not UTF-8"),
            ParseError::BadRequestLine(line) => write!(f, "bad request line {line:?}"),
            ParseError::BadHeader(line) => write!(f, "bad header {line:?}"),
        }
    }
}

impl std::error::Error for ParseError {}

/// Parses a request head from the bytes read so far.
///
/// Returns `Ok(None)` while the head is incomplete, or the request and the number of bytes the
/// head took (the body, if any, starts there).
pub fn parse_request_head(buffer: &[u8]) -> Result<Option<(Request, usize)>, ParseError> {
    let Some(end) = find(buffer, b"\r\n\r\n") else {
        if buffer.len() > MAX_HEAD_BYTES {
            return Err(ParseError::TooLarge);
        }
        return Ok(None);
    };
    if end > MAX_HEAD_BYTES {
        return Err(ParseError::TooLarge);
    }
    let head = std::str::from_utf8(&buffer[..end]).map_err(|_| ParseError::NotUtf8)?;
    let mut lines = head.split("\r\n");
    let request_line = lines.next().unwrap_or_default();
    let mut parts = request_line.split(' ');
    let (Some(method), Some(target), Some(version), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(ParseError::BadRequestLine(request_line.to_string()));
    };
    if method.is_empty() || target.is_empty() || !version.starts_with("HTTP/1.") {
        return Err(ParseError::BadRequestLine(request_line.to_string()));
    }
    let mut headers = Vec::new();
    for line in lines {
        let Some((name, value)) = line.split_once(':') else {
            return Err(ParseError::BadHeader(line.to_string()));
        };
        if name.is_empty() || name.contains(' ') {
            return Err(ParseError::BadHeader(line.to_string()));
        }
        headers.push((name.to_ascii_lowercase(), value.trim().to_string()));
    }
    let (path, query) = split_target(target);
    Ok(Some((
        Request {
            method: method.to_string(),
            path,
            query,
            headers,
        },
        end + 4,
    )))
}

/// Splits a request target into a decoded path and decoded query pairs. An absolute-form
/// target (`http://host/path`, as proxies send) is reduced to its path.
pub fn split_target(target: &str) -> (String, Vec<(String, String)>) {
    // Only a target that does not start with `/` can be absolute-form; a query may well
    // contain `://` (as `/fetch?url=http://...` does).
    let absolute = if target.starts_with('/') {
        None
    } else {
        target.split_once("://")
    };
    let target = match absolute {
        Some((_, rest)) => match rest.find('/') {
            Some(slash) => &rest[slash..],
            None => "/",
        },
        None => target,
    };
    let (path, query) = target.split_once('?').unwrap_or((target, ""));
    let pairs = query
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            (percent_decode(key, true), percent_decode(value, true))
        })
        .collect();
    (percent_decode(path, false), pairs)
}

/// Decodes `%XX` escapes (and `+` as a space in query components). A malformed escape is kept
/// literally rather than rejected: the test server should be forgiving.
pub fn percent_decode(input: &str, plus_is_space: bool) -> String {
    let bytes = input.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while index < bytes.len() {
        match bytes[index] {
            b'%' if index + 2 < bytes.len() => {
                match (hex_value(bytes[index + 1]), hex_value(bytes[index + 2])) {
                    (Some(high), Some(low)) => {
                        out.push(high << 4 | low);
                        index += 3;
                        continue;
                    }
                    _ => out.push(b'%'),
                }
            }
            b'+' if plus_is_space => out.push(b' '),
            byte => out.push(byte),
        }
        index += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex_value(byte: u8) -> Option<u8> {
    match byte {
        b'0'..=b'9' => Some(byte - b'0'),
        b'a'..=b'f' => Some(byte - b'a' + 10),
        b'A'..=b'F' => Some(byte - b'A' + 10),
        _ => None,
    }
}

/// The first index of `needle` in `haystack`.
pub fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|window| window == needle)
}

/// A response the server sends; every response closes the connection.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Response {
    pub status: u16,
    pub content_type: &'static str,
    pub body: Vec<u8>,
}

impl Response {
    /// A `text/plain` response; a newline is appended so that `curl` and `wget` output ends
    /// cleanly.
    pub fn text(status: u16, body: impl Into<String>) -> Response {
        let mut body = body.into();
        body.push('\n');
        Response {
            status,
            content_type: "text/plain; charset=utf-8",
            body: body.into_bytes(),
        }
    }

    /// An `application/json` response.
    pub fn json(status: u16, body: String) -> Response {
        Response {
            status,
            content_type: "application/json",
            body: body.into_bytes(),
        }
    }

    /// The bytes on the wire: status line, headers, body.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = format!(
            "HTTP/1.1 {} {}\r\ncontent-type: {}\r\ncontent-length: {}\r\nconnection: close\r\n\r\n",
            self.status,
            reason(self.status),
            self.content_type,
            self.body.len()
        )
        .into_bytes();
        out.extend_from_slice(&self.body);
        out
    }
}

/// The reason phrase for the statuses this server uses.
fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        400 => "Bad Request",
        404 => "Not Found",
        405 => "Method Not Allowed",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        _ => "Unknown",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Expected query pairs in a table test.
    type Query = &'static [(&'static str, &'static str)];

    fn head(raw: &str) -> Result<Option<(Request, usize)>, ParseError> {
        parse_request_head(raw.as_bytes())
    }

    #[test]
    fn parses_a_complete_head() {
        let raw = "GET /fetch?url=http%3A%2F%2F10.0.0.2%3A8080%2F&x=a+b HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc";
        let (request, consumed) = head(raw).unwrap().unwrap();
        assert_eq!(consumed, raw.len() - 3);
        assert_eq!(request.method, "GET");
        assert_eq!(request.path, "/fetch");
        assert_eq!(request.query_param("url"), Some("http://10.0.0.2:8080/"));
        assert_eq!(request.query_param("x"), Some("a b"));
        assert_eq!(request.query_param("missing"), None);
        assert_eq!(request.header("HOST"), Some("x"));
        assert_eq!(request.content_length(), Ok(3));
    }

    #[test]
    fn incomplete_heads_ask_for_more() {
        for raw in ["", "GET / HTTP/1.1", "GET / HTTP/1.1\r\nHost: x\r\n"] {
            assert_eq!(head(raw), Ok(None), "{raw:?}");
        }
    }

    #[test]
    fn rejects_malformed_heads() {
        let cases: &[(&str, &str)] = &[
            ("GET /\r\n\r\n", "bad request line"),
            ("GET / HTTP/2\r\n\r\n", "bad request line"),
            ("GET  / HTTP/1.1\r\n\r\n", "bad request line"),
            ("GET / HTTP/1.1 extra\r\n\r\n", "bad request line"),
            ("GET / HTTP/1.1\r\nno-colon\r\n\r\n", "bad header"),
            ("GET / HTTP/1.1\r\nbad name: x\r\n\r\n", "bad header"),
        ];
        for (raw, expected) in cases {
            let error = head(raw).unwrap_err().to_string();
            assert!(error.contains(expected), "{raw:?}: {error}");
        }
        let bad_length = head("POST / HTTP/1.1\r\ncontent-length: many\r\n\r\n")
            .unwrap()
            .unwrap()
            .0;
        assert!(bad_length.content_length().is_err());
        assert_eq!(
            parse_request_head(b"GET /\xff HTTP/1.1\r\n\r\n"),
            Err(ParseError::NotUtf8)
        );
    }

    #[test]
    fn rejects_oversized_heads() {
        let endless = vec![b'a'; MAX_HEAD_BYTES + 1];
        assert_eq!(parse_request_head(&endless), Err(ParseError::TooLarge));
        let mut long = b"GET / HTTP/1.1\r\nx: ".to_vec();
        long.extend(vec![b'a'; MAX_HEAD_BYTES]);
        long.extend_from_slice(b"\r\n\r\n");
        assert_eq!(parse_request_head(&long), Err(ParseError::TooLarge));
    }

    #[test]
    fn targets_split_into_path_and_query() {
        let cases: &[(&str, &str, Query)] = &[
            ("/", "/", &[]),
            ("/health", "/health", &[]),
            ("/exit?code=3", "/exit", &[("code", "3")]),
            ("/a%20b?k", "/a b", &[("k", "")]),
            (
                "/x?a=1&&b=2&a=3",
                "/x",
                &[("a", "1"), ("b", "2"), ("a", "3")],
            ),
            ("http://host:1/p?q=1", "/p", &[("q", "1")]),
            ("http://host:1", "/", &[]),
            ("/f?u=http://h:1/p", "/f", &[("u", "http://h:1/p")]),
            ("/p+q?k=%zz%4", "/p+q", &[("k", "%zz%4")]),
        ];
        for (target, path, query) in cases {
            let (got_path, got_query) = split_target(target);
            let expected: Vec<(String, String)> = query
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect();
            assert_eq!(
                (&got_path.as_str(), &got_query),
                (path, &expected),
                "{target}"
            );
        }
    }

    #[test]
    fn percent_decoding() {
        let cases: &[(&str, bool, &str)] = &[
            ("a%2Fb", false, "a/b"),
            ("a%2fb", false, "a/b"),
            ("a+b", true, "a b"),
            ("a+b", false, "a+b"),
            ("100%", false, "100%"),
            ("%4", false, "%4"),
            ("%g1", false, "%g1"),
            ("%e2%9c%93", false, "\u{2713}"),
        ];
        for (input, plus, expected) in cases {
            assert_eq!(percent_decode(input, *plus), *expected, "{input}");
        }
    }

    #[test]
    fn responses_render_with_length_and_close() {
        let bytes = Response::text(503, "unhealthy").to_bytes();
        let text = String::from_utf8(bytes).unwrap();
        assert_eq!(
            text,
            "HTTP/1.1 503 Service Unavailable\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: 10\r\nconnection: close\r\n\r\nunhealthy\n"
        );
        let json = Response::json(200, "{}".into());
        assert_eq!(json.content_type, "application/json");
        assert!(String::from_utf8(json.to_bytes())
            .unwrap()
            .ends_with("\r\n\r\n{}"));
    }
}
