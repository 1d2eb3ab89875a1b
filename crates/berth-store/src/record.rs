//! The storage encoding of records: a JSON envelope `{"kind":..,"v":N,"data":..}` that makes
//! every persisted value self-describing and versioned, so its shape can change and old values
//! migrate forward on read.
//!
//! This is the third kind of type in berth (next to wire and domain types): callers own their
//! record structs and their migrations; this module only wraps, checks and steps versions. A
//! value written by a newer build (a version above the reader's) is an explicit error, never a
//! best-effort parse. Pure: no I/O.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use thiserror::Error;

/// Why a record could not be encoded or decoded.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum RecordError {
    /// The bytes are not an envelope, or the data does not fit the record type.
    #[error("record {kind} v{version} does not decode: {message}")]
    Malformed {
        /// The kind expected (or found, once the envelope parsed).
        kind: String,
        /// The version being decoded (0 if the envelope itself did not parse).
        version: u32,
        /// What went wrong, with the JSON path where known.
        message: String,
    },
    /// The value could not be serialized.
    #[error("record {kind} does not encode: {message}")]
    Unencodable {
        /// The record kind.
        kind: String,
        /// The serializer's message.
        message: String,
    },
    /// The envelope holds a different kind of record.
    #[error("expected a {expected} record, found {found}")]
    WrongKind {
        /// The kind asked for.
        expected: String,
        /// The kind stored.
        found: String,
    },
    /// The record was written by a newer build; this one cannot read it.
    #[error("record {kind} v{found} is newer than this build knows (v{known})")]
    TooNew {
        /// The record kind.
        kind: String,
        /// The stored version.
        found: u32,
        /// The newest version this build knows.
        known: u32,
    },
    /// The record is older than the reader's version and no migration covers it.
    #[error("record {kind} v{found} cannot be migrated to v{known}")]
    NoMigration {
        /// The record kind.
        kind: String,
        /// The stored version.
        found: u32,
        /// The version wanted.
        known: u32,
    },
}

#[derive(Serialize)]
struct EnvelopeRef<'a, T> {
    kind: &'a str,
    v: u32,
    data: &'a T,
}

/// A parsed envelope whose data has not been interpreted yet.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Envelope {
    /// The record kind, e.g. `"Task"`.
    pub kind: String,
    /// The version of `data`'s shape.
    #[serde(rename = "v")]
    pub version: u32,
    /// The record itself.
    pub data: serde_json::Value,
}

/// Wraps `value` in an envelope of `kind` at `version` and serializes it.
pub fn encode<T: Serialize>(kind: &str, version: u32, value: &T) -> Result<Vec<u8>, RecordError> {
    serde_json::to_vec(&EnvelopeRef {
        kind,
        v: version,
        data: value,
    })
    .map_err(|e| RecordError::Unencodable {
        kind: kind.to_owned(),
        message: e.to_string(),
    })
}

/// Parses the envelope without interpreting its data.
pub fn decode_envelope(bytes: &[u8]) -> Result<Envelope, RecordError> {
    serde_json::from_slice(bytes).map_err(|e| RecordError::Malformed {
        kind: String::new(),
        version: 0,
        message: format!("not a record envelope: {e}"),
    })
}

/// Decodes a record of `kind` whose current version is `version`: the stored version must equal
/// it exactly (newer: [`RecordError::TooNew`]; older: [`RecordError::NoMigration`] — use
/// [`Record`] to migrate).
pub fn decode<T: DeserializeOwned>(
    bytes: &[u8],
    kind: &str,
    version: u32,
) -> Result<T, RecordError> {
    let envelope = checked_envelope(bytes, kind, version)?;
    if envelope.version < version {
        return Err(RecordError::NoMigration {
            kind: kind.to_owned(),
            found: envelope.version,
            known: version,
        });
    }
    data_as(envelope.data, kind, version)
}

fn checked_envelope(bytes: &[u8], kind: &str, known: u32) -> Result<Envelope, RecordError> {
    let envelope = decode_envelope(bytes)?;
    if envelope.kind != kind {
        return Err(RecordError::WrongKind {
            expected: kind.to_owned(),
            found: envelope.kind,
        });
    }
    if envelope.version > known {
        return Err(RecordError::TooNew {
            kind: kind.to_owned(),
            found: envelope.version,
            known,
        });
    }
    Ok(envelope)
}

fn data_as<T: DeserializeOwned>(
    data: serde_json::Value,
    kind: &str,
    version: u32,
) -> Result<T, RecordError> {
    serde_path_to_error::deserialize(data).map_err(|e| RecordError::Malformed {
        kind: kind.to_owned(),
        version,
        message: e.to_string(),
    })
}

/// A persisted record type with a kind, a current version, and migrations from older versions.
pub trait Record: Serialize + DeserializeOwned {
    /// The envelope kind, e.g. `"Task"`.
    const KIND: &'static str;
    /// The version this build writes.
    const VERSION: u32;

    /// Rewrites `data` stored at `from` (below [`Record::VERSION`]) into the shape of version
    /// `from + 1`. Called repeatedly until the data reaches the current version. The default
    /// knows no older versions.
    fn migrate(from: u32, data: serde_json::Value) -> Result<serde_json::Value, RecordError> {
        let _ = data;
        Err(RecordError::NoMigration {
            kind: Self::KIND.to_owned(),
            found: from,
            known: Self::VERSION,
        })
    }

    /// Encodes the record at its current version.
    fn encode(&self) -> Result<Vec<u8>, RecordError> {
        encode(Self::KIND, Self::VERSION, self)
    }

    /// Decodes a stored record, migrating it forward from an older version if needed.
    fn decode(bytes: &[u8]) -> Result<Self, RecordError> {
        let envelope = checked_envelope(bytes, Self::KIND, Self::VERSION)?;
        let mut data = envelope.data;
        for from in envelope.version..Self::VERSION {
            data = Self::migrate(from, data)?;
        }
        data_as(data, Self::KIND, Self::VERSION)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct Widget {
        name: String,
        size: u32,
    }

    impl Record for Widget {
        const KIND: &'static str = "Widget";
        const VERSION: u32 = 3;

        fn migrate(
            from: u32,
            mut data: serde_json::Value,
        ) -> Result<serde_json::Value, RecordError> {
            match from {
                // v1 called the name "title".
                1 => {
                    if let Some(object) = data.as_object_mut() {
                        if let Some(title) = object.remove("title") {
                            object.insert("name".into(), title);
                        }
                    }
                    Ok(data)
                }
                // v2 had no size.
                2 => {
                    if let Some(object) = data.as_object_mut() {
                        object.entry("size").or_insert(json!(1));
                    }
                    Ok(data)
                }
                _ => Err(RecordError::NoMigration {
                    kind: Self::KIND.into(),
                    found: from,
                    known: Self::VERSION,
                }),
            }
        }
    }

    fn widget() -> Widget {
        Widget {
            name: "w".into(),
            size: 1,
        }
    }

    #[test]
    fn round_trips_and_has_the_envelope_shape() {
        let bytes = widget().encode().unwrap();
        let value: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
        assert_eq!(
            value,
            json!({"kind": "Widget", "v": 3, "data": {"name": "w", "size": 1}})
        );
        assert_eq!(Widget::decode(&bytes).unwrap(), widget());
        assert_eq!(decode::<Widget>(&bytes, "Widget", 3).unwrap(), widget());
    }

    #[test]
    fn decode_table() {
        let v = |value: serde_json::Value| serde_json::to_vec(&value).unwrap();
        let cases: Vec<(&str, Vec<u8>, Result<Widget, &str>)> = vec![
            (
                "current",
                v(json!({"kind":"Widget","v":3,"data":{"name":"w","size":1}})),
                Ok(widget()),
            ),
            (
                "from v1",
                v(json!({"kind":"Widget","v":1,"data":{"title":"w"}})),
                Ok(widget()),
            ),
            (
                "from v2",
                v(json!({"kind":"Widget","v":2,"data":{"name":"w"}})),
                Ok(widget()),
            ),
            (
                "from v0",
                v(json!({"kind":"Widget","v":0,"data":{}})),
                Err("NoMigration"),
            ),
            (
                "too new",
                v(json!({"kind":"Widget","v":4,"data":{}})),
                Err("TooNew"),
            ),
            (
                "wrong kind",
                v(json!({"kind":"Gadget","v":3,"data":{}})),
                Err("WrongKind"),
            ),
            (
                "bad data",
                v(json!({"kind":"Widget","v":3,"data":{"name":5,"size":1}})),
                Err("Malformed"),
            ),
            ("not json", b"\xff\x00garbage".to_vec(), Err("Malformed")),
            ("no envelope", v(json!({"name":"w"})), Err("Malformed")),
        ];
        for (name, bytes, want) in cases {
            let got = Widget::decode(&bytes);
            match (got, want) {
                (Ok(got), Ok(want)) => assert_eq!(got, want, "{name}"),
                (Err(error), Err(variant)) => {
                    assert!(
                        format!("{error:?}").starts_with(variant),
                        "{name}: {error:?}"
                    )
                }
                (got, want) => panic!("{name}: got {got:?}, want {want:?}"),
            }
        }
    }

    #[test]
    fn plain_decode_refuses_old_versions() {
        let bytes = encode("Widget", 2, &json!({"name": "w"})).unwrap();
        assert!(matches!(
            decode::<Widget>(&bytes, "Widget", 3),
            Err(RecordError::NoMigration {
                found: 2,
                known: 3,
                ..
            })
        ));
    }

    #[test]
    fn malformed_data_names_the_path() {
        let bytes = encode("Widget", 3, &json!({"name": "w", "size": "big"})).unwrap();
        let error = Widget::decode(&bytes).unwrap_err();
        assert!(error.to_string().contains("size"), "{error}");
    }

    proptest::proptest! {
        #[test]
        fn decode_never_panics(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..64)) {
            let _ = Widget::decode(&bytes);
        }
    }
}
