//! A minimal JSON writer for the few documents the test server returns (`/env`, `/fetch`,
//! `/metadata`).
//!
//! It only writes strings, numbers and flat objects; it never parses. Keeping it here instead of
//! depending on serde keeps the release build of the test image quick.

/// A JSON value this writer can render.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    String(String),
    Number(i64),
    /// Already-rendered JSON, embedded as is (used to nest objects built by this module).
    Raw(String),
}

/// Renders `s` as a JSON string literal with the escapes RFC 8259 requires.
pub fn string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if u32::from(c) < 0x20 => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Renders an object with the members in the given order.
pub fn object<'a>(members: impl IntoIterator<Item = (&'a str, Value)>) -> String {
    let rendered: Vec<String> = members
        .into_iter()
        .map(|(key, value)| {
            let value = match value {
                Value::String(s) => string(&s),
                Value::Number(n) => n.to_string(),
                Value::Raw(raw) => raw,
            };
            format!("{}:{}", string(key), value)
        })
        .collect();
    format!("{{{}}}", rendered.join(","))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_are_escaped() {
        let cases: &[(&str, &str)] = &[
            ("plain", r#""plain""#),
            ("a\"b\\c", r#""a\"b\\c""#),
            ("l1\nl2\r\t", r#""l1\nl2\r\t""#),
            ("\u{1}\u{1f}", r#""\u0001\u001f""#),
            ("ünï\u{2713}", "\"ünï\u{2713}\""),
        ];
        for (input, expected) in cases {
            assert_eq!(string(input), *expected, "{input:?}");
            let parsed: String = serde_json::from_str(&string(input)).unwrap();
            assert_eq!(parsed, *input);
        }
    }

    #[test]
    fn objects_round_trip_through_a_real_parser() {
        let inner = object([("k", Value::String("v".into()))]);
        let rendered = object([
            ("status", Value::Number(200)),
            ("body", Value::String("ok \"x\"\n".into())),
            ("nested", Value::Raw(inner)),
        ]);
        assert_eq!(
            rendered,
            r#"{"status":200,"body":"ok \"x\"\n","nested":{"k":"v"}}"#
        );
        let parsed: serde_json::Value = serde_json::from_str(&rendered).unwrap();
        assert_eq!(parsed["nested"]["k"], "v");
        assert_eq!(object([]), "{}");
    }
}
