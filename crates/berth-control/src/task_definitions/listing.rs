//! ListTaskDefinitions and ListTaskDefinitionFamilies.
//!
//! ECS orders task definitions by family name, then numerically by revision (DESC reverses
//! both), which is not the store's key order (`web-a/` sorts before `web/`). So a listing reads
//! the matching records, sorts them in memory and pages by position: the `nextToken` is the
//! (opaque, base64) sort key of the last item returned, and the next page starts strictly after
//! it, so a token stays valid while records come and go. Tombstones are never listed. Families
//! are listed the same way, keyed by name.

use super::{is_tombstone, ACTIVE};
use crate::db::Versioned;
use crate::error::{EcsError, EcsResult};
use crate::records::TaskDefinitionRecord;
use crate::{keys, pagination, validate as shared, ControlPlane};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use berth_model::Scope;
use berth_wire::ecs as wire;
use std::collections::BTreeMap;

fn invalid_token() -> EcsError {
    EcsError::invalid("The nextToken is not valid for this request.")
}

fn encode_token(text: &str) -> String {
    URL_SAFE_NO_PAD.encode(text)
}

fn decode_token(token: &str) -> EcsResult<String> {
    let bytes = URL_SAFE_NO_PAD
        .decode(token.trim())
        .map_err(|_| invalid_token())?;
    String::from_utf8(bytes).map_err(|_| invalid_token())
}

/// A revision's place in a listing: (family, revision).
type Position = (String, i32);

/// Tokens carry the sort order, so that a token from an ASC listing is refused by a DESC one.
fn position_token(descending: bool, (family, revision): &Position) -> String {
    let order = if descending { 'D' } else { 'A' };
    encode_token(&format!("{order}|{family}|{revision}"))
}

fn parse_position_token(descending: bool, token: &str) -> EcsResult<Position> {
    let text = decode_token(token)?;
    let mut parts = text.splitn(3, '|');
    let (Some(order), Some(family), Some(revision)) = (parts.next(), parts.next(), parts.next())
    else {
        return Err(invalid_token());
    };
    if order != if descending { "D" } else { "A" } {
        return Err(invalid_token());
    }
    let revision = revision.parse().map_err(|_| invalid_token())?;
    Ok((family.to_string(), revision))
}

/// One page of `items` (already in listing order) after `after`, and the next token.
fn page_after<T: Clone>(
    items: &[T],
    limit: usize,
    is_after: impl Fn(&T) -> bool,
    token_of: impl Fn(&T) -> String,
) -> (Vec<T>, Option<String>) {
    let start = items.iter().position(is_after).unwrap_or(items.len());
    let page: Vec<T> = items[start..].iter().take(limit).cloned().collect();
    let next = (start + page.len() < items.len())
        .then(|| page.last().map(&token_of))
        .flatten();
    (page, next)
}

/// Whether `text` could begin a family name (anything else matches no family).
fn is_family_prefix(text: &str) -> bool {
    text.bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

impl ControlPlane {
    pub async fn list_task_definitions(
        &self,
        scope: &Scope,
        request: wire::ListTaskDefinitionsRequest,
    ) -> EcsResult<wire::ListTaskDefinitionsResponse> {
        let limit = pagination::page_size(request.max_results, pagination::DEFAULT_MAX_RESULTS)?;
        let status = request.status.as_deref().unwrap_or(ACTIVE);
        shared::one_of("status", status, wire::TASK_DEFINITION_STATUS_VALUES)?;
        let sort = request.sort.as_deref().unwrap_or("ASC");
        shared::one_of("sort", sort, wire::SORT_ORDER_VALUES)?;
        let descending = sort == "DESC";
        let after = match request.next_token.as_deref() {
            Some(token) if !token.is_empty() => Some(parse_position_token(descending, token)?),
            _ => None,
        };
        // ECS's `familyPrefix` here is a full family name, despite its name.
        let prefix = match request.family_prefix.as_deref() {
            Some(family) if !family.is_empty() => {
                if shared::name("familyPrefix", family).is_err() {
                    return Ok(wire::ListTaskDefinitionsResponse {
                        task_definition_arns: Some(Vec::new()),
                        next_token: None,
                    });
                }
                keys::task_definition_family(scope, family)
            }
            _ => keys::task_definitions(scope),
        };
        let records: Vec<Versioned<TaskDefinitionRecord>> = self.list_all(&prefix).await?;
        let mut items: Vec<(Position, String)> = records
            .into_iter()
            .filter(|found| found.record.definition.status.as_deref() == Some(status))
            .filter_map(|found| {
                let definition = found.record.definition;
                Some((
                    (definition.family?, definition.revision?),
                    definition.task_definition_arn?,
                ))
            })
            .collect();
        items.sort();
        if descending {
            items.reverse();
        }
        let (page, next_token) = page_after(
            &items,
            limit,
            |(position, _)| match &after {
                None => true,
                Some(after) if descending => position < after,
                Some(after) => position > after,
            },
            |(position, _)| position_token(descending, position),
        );
        Ok(wire::ListTaskDefinitionsResponse {
            task_definition_arns: Some(page.into_iter().map(|(_, arn)| arn).collect()),
            next_token,
        })
    }

    pub async fn list_task_definition_families(
        &self,
        scope: &Scope,
        request: wire::ListTaskDefinitionFamiliesRequest,
    ) -> EcsResult<wire::ListTaskDefinitionFamiliesResponse> {
        let limit = pagination::page_size(request.max_results, pagination::DEFAULT_MAX_RESULTS)?;
        // ECS lists ACTIVE and INACTIVE families by default.
        let status = request.status.as_deref().unwrap_or("ALL");
        shared::one_of("status", status, wire::TASK_DEFINITION_FAMILY_STATUS_VALUES)?;
        let after = match request.next_token.as_deref() {
            Some(token) if !token.is_empty() => Some(decode_token(token)?),
            _ => None,
        };
        let family_prefix = request.family_prefix.unwrap_or_default();
        if !is_family_prefix(&family_prefix) {
            return Ok(wire::ListTaskDefinitionFamiliesResponse {
                families: Some(Vec::new()),
                next_token: None,
            });
        }
        let prefix = format!("{}{family_prefix}", keys::task_definitions(scope));
        let records: Vec<Versioned<TaskDefinitionRecord>> = self.list_all(&prefix).await?;
        // Family → whether any revision is ACTIVE. A family whose revisions were all deleted
        // (only a tombstone left) is not listed, as in ECS.
        let mut families: BTreeMap<String, bool> = BTreeMap::new();
        for found in records.iter().filter(|f| !is_tombstone(&f.record)) {
            let definition = &found.record.definition;
            let Some(family) = definition.family.clone() else {
                continue;
            };
            let active = definition.status.as_deref() == Some(ACTIVE);
            *families.entry(family).or_insert(false) |= active;
        }
        let names: Vec<String> = families
            .into_iter()
            .filter(|(_, active)| match status {
                "ACTIVE" => *active,
                "INACTIVE" => !*active,
                _ => true,
            })
            .map(|(family, _)| family)
            .collect();
        let (page, next_token) = page_after(
            &names,
            limit,
            |family| after.as_ref().is_none_or(|after| family > after),
            |family| encode_token(family),
        );
        Ok(wire::ListTaskDefinitionFamiliesResponse {
            families: Some(page),
            next_token,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn position_tokens_round_trip_and_bind_the_order() {
        let position = ("web".to_string(), 12);
        let token = position_token(false, &position);
        assert_eq!(parse_position_token(false, &token).ok(), Some(position));
        assert!(parse_position_token(true, &token).is_err());
        assert!(parse_position_token(false, "!!").is_err());
        assert!(parse_position_token(false, &encode_token("A|web")).is_err());
        assert!(parse_position_token(false, &encode_token("A|web|x")).is_err());
    }

    #[test]
    fn pages_after_a_position() {
        let items: Vec<i32> = (1..=5).collect();
        let (page, next) = page_after(&items, 2, |_| true, |i| i.to_string());
        assert_eq!((page, next.as_deref()), (vec![1, 2], Some("2")));
        let (page, next) = page_after(&items, 2, |&i| i > 4, |i| i.to_string());
        assert_eq!((page, next), (vec![5], None));
        let (page, next) = page_after(&items, 5, |_| true, |i| i.to_string());
        assert_eq!((page, next), (items.clone(), None));
        let (page, next) = page_after(&items, 2, |&i| i > 9, |i| i.to_string());
        assert_eq!((page, next), (Vec::new(), None));
    }
}
