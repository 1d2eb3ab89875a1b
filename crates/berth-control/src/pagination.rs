//! `nextToken`/`maxResults` for every List operation: tokens are the last key returned.
//!
//! Because the store orders keys and pages with "strictly after this key", a listing visits every
//! record that exists throughout the paging exactly once, whatever is written meanwhile. The token
//! is opaque to clients (base64 of the key suffix) and bound to the listing's prefix, so a token
//! from one listing cannot read outside another.

use crate::db::Versioned;
use crate::error::{EcsError, EcsResult};
use crate::records::Record;
use crate::ControlPlane;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;

/// ECS's default and largest page size for List operations.
pub const DEFAULT_MAX_RESULTS: i32 = 100;

/// Records read per store round-trip while filtering.
const SCAN_BATCH: usize = 256;

/// Checks `maxResults` (1..=`max`) and returns the page size.
pub fn page_size(max_results: Option<i32>, max: i32) -> EcsResult<usize> {
    match max_results {
        None => Ok(max as usize),
        Some(n) if (1..=max).contains(&n) => Ok(n as usize),
        Some(n) => Err(EcsError::invalid(format!(
            "maxResults must be between 1 and {max}; got {n}."
        ))),
    }
}

fn encode_token(prefix: &str, key: &str) -> String {
    URL_SAFE_NO_PAD.encode(key.strip_prefix(prefix).unwrap_or(key))
}

fn decode_token(prefix: &str, token: &str) -> EcsResult<String> {
    let invalid = || EcsError::invalid("The nextToken is not valid for this request.");
    let bytes = URL_SAFE_NO_PAD
        .decode(token.trim())
        .map_err(|_| invalid())?;
    let suffix = String::from_utf8(bytes).map_err(|_| invalid())?;
    Ok(format!("{prefix}{suffix}"))
}

/// One page of the records under `prefix` that pass `keep`, and the token for the next page.
pub async fn page<T: Record>(
    cp: &ControlPlane,
    prefix: &str,
    next_token: Option<&str>,
    limit: usize,
    mut keep: impl FnMut(&T) -> bool,
) -> EcsResult<(Vec<Versioned<T>>, Option<String>)> {
    let mut cursor = match next_token {
        Some(token) if !token.is_empty() => Some(decode_token(prefix, token)?),
        _ => None,
    };
    let mut out = Vec::new();
    loop {
        let batch: Vec<Versioned<T>> = cp.list_page(prefix, cursor.as_deref(), SCAN_BATCH).await?;
        let exhausted = batch.len() < SCAN_BATCH;
        for item in batch {
            cursor = Some(item.key.clone());
            if keep(&item.record) {
                out.push(item);
                if out.len() == limit {
                    // Only hand out a token if something may follow.
                    let none_left = cp
                        .store
                        .range(prefix, cursor.as_deref(), 1)
                        .await?
                        .items
                        .is_empty();
                    let more = !none_left;
                    let token = more.then(|| encode_token(prefix, cursor.as_deref().unwrap_or("")));
                    return Ok((out, token));
                }
            }
        }
        if exhausted {
            return Ok((out, None));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_round_trip_and_are_bound_to_the_prefix() {
        let token = encode_token("s/r/a/clusters/", "s/r/a/clusters/web");
        assert_eq!(
            decode_token("s/r/a/clusters/", &token).ok(),
            Some("s/r/a/clusters/web".to_string())
        );
        assert!(decode_token("s/r/a/clusters/", "not base64 !").is_err());
    }

    #[test]
    fn page_size_bounds() {
        assert_eq!(page_size(None, 100).ok(), Some(100));
        assert_eq!(page_size(Some(5), 100).ok(), Some(5));
        assert!(page_size(Some(0), 100).is_err());
        assert!(page_size(Some(101), 100).is_err());
    }
}
