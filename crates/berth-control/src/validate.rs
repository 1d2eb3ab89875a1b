//! Validators shared by many operations: names, tags, enum members, list lengths.
//!
//! Each returns an `InvalidParameterException` (or `ClientException` where ECS uses it) whose
//! message names the field and the rule. They are pure.

use crate::error::{EcsError, EcsResult};
use crate::records::Tags;
use berth_wire::ecs as wire;

/// ECS's rule for cluster, family, service and container names: 1–255 letters, digits, `-`, `_`.
pub fn name(field: &str, value: &str) -> EcsResult<()> {
    let ok = !value.is_empty()
        && value.len() <= 255
        && value
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    if ok {
        Ok(())
    } else {
        Err(EcsError::invalid(format!(
            "{field} '{value}' is invalid: up to 255 letters (uppercase and lowercase), numbers, \
             underscores, and hyphens are allowed."
        )))
    }
}

/// Checks that `value` is one of `allowed` for `field`.
pub fn one_of(field: &str, value: &str, allowed: &[&str]) -> EcsResult<()> {
    if allowed.contains(&value) {
        Ok(())
    } else {
        Err(EcsError::invalid(format!(
            "{field} '{value}' is invalid; valid values are: {}.",
            allowed.join(", ")
        )))
    }
}

/// Checks a list's length against ECS's limit for it.
pub fn at_most<T>(field: &str, items: &[T], max: usize) -> EcsResult<()> {
    if items.len() > max {
        Err(EcsError::invalid(format!(
            "{field} must contain at most {max} items; got {}.",
            items.len()
        )))
    } else {
        Ok(())
    }
}

/// ECS's tag limits: 50 per resource, keys 1–128 characters, values up to 256, and the `aws:`
/// prefix reserved.
pub const MAX_TAGS: usize = 50;

/// Validates wire tags and turns them into a map (a later duplicate key wins, as in ECS).
pub fn tags(list: &[wire::Tag]) -> EcsResult<Tags> {
    let mut out = Tags::new();
    for tag in list {
        let key = tag.key.as_deref().unwrap_or("");
        let value = tag.value.as_deref().unwrap_or("");
        if key.is_empty() || key.chars().count() > 128 {
            return Err(EcsError::invalid(format!(
                "Tag key '{key}' is invalid: keys must be 1 to 128 characters."
            )));
        }
        if value.chars().count() > 256 {
            return Err(EcsError::invalid(format!(
                "Tag value for key '{key}' is invalid: values must be at most 256 characters."
            )));
        }
        if key.to_ascii_lowercase().starts_with("aws:") {
            return Err(EcsError::invalid(format!(
                "Tag key '{key}' is invalid: the aws: prefix is reserved for AWS use."
            )));
        }
        out.insert(key.to_string(), value.to_string());
    }
    if out.len() > MAX_TAGS {
        return Err(EcsError::invalid(format!(
            "tags must contain at most {MAX_TAGS} tags; got {}.",
            out.len()
        )));
    }
    Ok(out)
}

/// Merges validated tags into existing ones, keeping the per-resource limit.
pub fn merge_tags(existing: &Tags, added: &Tags) -> EcsResult<Tags> {
    let mut merged = existing.clone();
    merged.extend(added.iter().map(|(k, v)| (k.clone(), v.clone())));
    if merged.len() > MAX_TAGS {
        return Err(EcsError::invalid(format!(
            "A resource can have at most {MAX_TAGS} tags; this request would leave {}.",
            merged.len()
        )));
    }
    Ok(merged)
}

/// Tags back on the wire.
pub fn wire_tags(tags: &Tags) -> Vec<wire::Tag> {
    tags.iter()
        .map(|(key, value)| wire::Tag {
            key: Some(key.clone()),
            value: Some(value.clone()),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        for ok in ["a", "default", "web-app_2", &"x".repeat(255)] {
            assert!(name("clusterName", ok).is_ok(), "{ok}");
        }
        for bad in ["", "a b", "a/b", "ü", &"x".repeat(256)] {
            let err = name("clusterName", bad).expect_err(bad);
            assert!(err.to_string().contains("clusterName"));
        }
    }

    #[test]
    fn tag_rules() {
        let tag = |k: &str, v: &str| wire::Tag {
            key: Some(k.into()),
            value: Some(v.into()),
        };
        assert!(tags(&[tag("team", "a")]).is_ok());
        assert!(tags(&[tag("", "a")]).is_err());
        assert!(tags(&[tag("aws:x", "a")]).is_err());
        assert!(tags(&[tag(&"k".repeat(129), "a")]).is_err());
        assert!(tags(&[tag("k", &"v".repeat(257))]).is_err());
        let many: Vec<_> = (0..51).map(|i| tag(&format!("k{i}"), "v")).collect();
        assert!(tags(&many).is_err());
    }
}
