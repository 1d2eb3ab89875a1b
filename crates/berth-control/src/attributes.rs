//! Attribute operations: PutAttributes, DeleteAttributes, ListAttributes.
//!
//! The only ECS target type is `container-instance`: attributes live in the instance record's
//! attribute map, next to the built-in `ecs.*` ones the registration set (which ListAttributes
//! lists too, and which do not count against the limit of custom attributes). One request's
//! changes commit together or not at all. This module must not change anything but attributes
//! (and the instance `version` that every change bumps).

use crate::db::{Commit, Versioned, MAX_CONFLICT_RETRIES};
use crate::error::{EcsError, EcsResult};
use crate::instance_wire::{
    checked_attribute, custom_attribute_count, resolve_instance, InstanceRef, MAX_CUSTOM_ATTRIBUTES,
};
use crate::records::{ClusterRecord, ContainerInstanceRecord};
use crate::{db, keys, pagination, validate, ControlPlane};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use berth_model::Scope;
use berth_wire::ecs as wire;
use std::collections::BTreeMap;

/// ECS's limit on attributes per PutAttributes/DeleteAttributes call.
const MAX_ATTRIBUTES_PER_CALL: usize = 10;
/// The one target type ECS has.
const CONTAINER_INSTANCE_TARGET: &str = "container-instance";

/// One attribute of a Put/Delete request, validated and resolved to its target instance id.
struct TargetedAttribute {
    instance_id: String,
    name: String,
    value: Option<String>,
}

/// Validates the request's attributes without reading anything.
fn checked_request(attributes: Option<&[wire::Attribute]>) -> EcsResult<&[wire::Attribute]> {
    let attributes = attributes.unwrap_or_default();
    if attributes.is_empty() {
        return Err(EcsError::invalid("attributes must not be empty."));
    }
    validate::at_most("attributes", attributes, MAX_ATTRIBUTES_PER_CALL)?;
    for (index, attribute) in attributes.iter().enumerate() {
        checked_attribute(attribute)?;
        if let Some(target_type) = attribute.target_type.as_deref() {
            validate::one_of("targetType", target_type, wire::TARGET_TYPE_VALUES)?;
        }
        let target_id = attribute.target_id.as_deref().unwrap_or("");
        if target_id.is_empty() {
            return Err(EcsError::invalid(format!(
                "attributes[{index}].targetId is required."
            )));
        }
        if !target_id.starts_with("arn:") && attribute.target_type.is_none() {
            return Err(EcsError::invalid(format!(
                "attributes[{index}].targetType is required when targetId '{target_id}' is a \
                 short ID rather than a full ARN."
            )));
        }
    }
    Ok(attributes)
}

fn target_not_found(given: &str, cluster: &str) -> EcsError {
    EcsError::TargetNotFound(format!(
        "Could not find the target '{given}' in cluster '{cluster}': no registered container \
         instance has that ID or ARN."
    ))
}

/// The token of a ListAttributes page: the (instance id, attribute name) it ended at.
fn encode_token(position: &(String, String)) -> String {
    let json = serde_json::to_vec(&[&position.0, &position.1]).unwrap_or_default();
    URL_SAFE_NO_PAD.encode(json)
}

fn decode_token(token: &str) -> EcsResult<(String, String)> {
    let invalid = || EcsError::invalid("The nextToken is not valid for this request.");
    let bytes = URL_SAFE_NO_PAD
        .decode(token.trim())
        .map_err(|_| invalid())?;
    let [id, name]: [String; 2] = serde_json::from_slice(&bytes).map_err(|_| invalid())?;
    Ok((id, name))
}

impl ControlPlane {
    /// Resolves every attribute's target and loads each target once. Unknown or deregistered
    /// targets are `TargetNotFoundException`.
    async fn attribute_targets(
        &self,
        scope: &Scope,
        cluster: &ClusterRecord,
        attributes: &[wire::Attribute],
    ) -> EcsResult<(
        Vec<TargetedAttribute>,
        BTreeMap<String, Versioned<ContainerInstanceRecord>>,
    )> {
        let mut targeted = Vec::new();
        let mut targets: BTreeMap<String, Versioned<ContainerInstanceRecord>> = BTreeMap::new();
        for attribute in attributes {
            let given = attribute.target_id.as_deref().unwrap_or("");
            let InstanceRef::Id(id) = resolve_instance(scope, &cluster.name, "targetId", given)?
            else {
                return Err(target_not_found(given, &cluster.name));
            };
            if !targets.contains_key(&id) {
                match self
                    .load::<ContainerInstanceRecord>(&keys::instance(scope, &cluster.name, &id))
                    .await?
                {
                    Some(found) if found.record.status != "INACTIVE" => {
                        targets.insert(id.clone(), found);
                    }
                    _ => return Err(target_not_found(given, &cluster.name)),
                }
            }
            let (name, value) = checked_attribute(attribute)?;
            targeted.push(TargetedAttribute {
                instance_id: id,
                name,
                value,
            });
        }
        Ok((targeted, targets))
    }

    /// Applies `edit` to the targets of a Put/Delete request and commits the changed ones.
    async fn edit_attributes(
        &self,
        scope: &Scope,
        cluster: Option<&str>,
        attributes: &[wire::Attribute],
        edit: impl Fn(&mut BTreeMap<String, Option<String>>, &TargetedAttribute),
    ) -> EcsResult<()> {
        for _ in 0..MAX_CONFLICT_RETRIES {
            let cluster = self.active_cluster(scope, cluster).await?;
            let (targeted, mut targets) = self
                .attribute_targets(scope, &cluster.record, attributes)
                .await?;
            let before: BTreeMap<String, BTreeMap<String, Option<String>>> = targets
                .iter()
                .map(|(id, t)| (id.clone(), t.record.attributes.clone()))
                .collect();
            for attribute in &targeted {
                if let Some(target) = targets.get_mut(&attribute.instance_id) {
                    edit(&mut target.record.attributes, attribute);
                }
            }
            let mut commit = Commit::new();
            for (id, target) in &mut targets {
                if before.get(id) == Some(&target.record.attributes) {
                    continue;
                }
                let custom = custom_attribute_count(&target.record.attributes);
                if custom > MAX_CUSTOM_ATTRIBUTES {
                    return Err(EcsError::AttributeLimitExceeded(format!(
                        "Container instance {} would have {custom} custom attributes; the \
                         limit is {MAX_CUSTOM_ATTRIBUTES} per resource. Remove some with \
                         DeleteAttributes first.",
                        target.record.arn
                    )));
                }
                target.record.version += 1;
                commit.update(target)?;
            }
            if commit.is_empty() {
                return Ok(());
            }
            commit.require_unchanged(&cluster.key, cluster.mod_revision);
            if self.try_commit(commit).await? {
                return Ok(());
            }
        }
        Err(db::too_much_contention())
    }

    pub async fn put_attributes(
        &self,
        scope: &Scope,
        request: wire::PutAttributesRequest,
    ) -> EcsResult<wire::PutAttributesResponse> {
        let attributes = checked_request(request.attributes.as_deref())?;
        self.edit_attributes(
            scope,
            request.cluster.as_deref(),
            attributes,
            |map, attribute| {
                map.insert(attribute.name.clone(), attribute.value.clone());
            },
        )
        .await?;
        Ok(wire::PutAttributesResponse {
            attributes: Some(attributes.to_vec()),
        })
    }

    /// DeleteAttributes. A value in the request is ignored (ECS asks callers not to send one),
    /// and deleting an attribute the target does not have is not an error.
    pub async fn delete_attributes(
        &self,
        scope: &Scope,
        request: wire::DeleteAttributesRequest,
    ) -> EcsResult<wire::DeleteAttributesResponse> {
        let attributes = checked_request(request.attributes.as_deref())?;
        self.edit_attributes(
            scope,
            request.cluster.as_deref(),
            attributes,
            |map, attribute| {
                map.remove(&attribute.name);
            },
        )
        .await?;
        Ok(wire::DeleteAttributesResponse {
            attributes: Some(attributes.to_vec()),
        })
    }

    /// ListAttributes: one entry per attribute per registered instance of the cluster, ordered
    /// by instance id then attribute name, optionally filtered by name (and value).
    pub async fn list_attributes(
        &self,
        scope: &Scope,
        request: wire::ListAttributesRequest,
    ) -> EcsResult<wire::ListAttributesResponse> {
        let target_type = request
            .target_type
            .as_deref()
            .ok_or_else(|| EcsError::invalid("targetType is required."))?;
        validate::one_of("targetType", target_type, wire::TARGET_TYPE_VALUES)?;
        if request.attribute_value.is_some() && request.attribute_name.is_none() {
            return Err(EcsError::invalid(
                "attributeValue can only be used together with attributeName.",
            ));
        }
        let limit = pagination::page_size(request.max_results, pagination::DEFAULT_MAX_RESULTS)?;
        let after = match request.next_token.as_deref() {
            Some(token) if !token.is_empty() => Some(decode_token(token)?),
            _ => None,
        };
        let cluster = self
            .active_cluster(scope, request.cluster.as_deref())
            .await?;
        let instances: Vec<Versioned<ContainerInstanceRecord>> = self
            .list_all(&keys::instances(scope, &cluster.record.name))
            .await?;
        let mut entries: Vec<((String, String), wire::Attribute)> = Vec::new();
        for instance in instances.iter().filter(|i| i.record.status != "INACTIVE") {
            for (name, value) in &instance.record.attributes {
                if request.attribute_name.as_ref().is_some_and(|n| n != name)
                    || request
                        .attribute_value
                        .as_ref()
                        .is_some_and(|v| value.as_ref() != Some(v))
                {
                    continue;
                }
                entries.push((
                    (instance.record.id.clone(), name.clone()),
                    wire::Attribute {
                        name: Some(name.clone()),
                        value: value.clone(),
                        target_type: Some(CONTAINER_INSTANCE_TARGET.into()),
                        target_id: Some(instance.record.arn.clone()),
                    },
                ));
            }
        }
        entries.sort_by(|a, b| a.0.cmp(&b.0));
        let mut rest = entries
            .into_iter()
            .filter(|(position, _)| after.as_ref().is_none_or(|after| position > after))
            .peekable();
        let mut page = Vec::new();
        let mut last = None;
        while page.len() < limit {
            let Some((position, attribute)) = rest.next() else {
                break;
            };
            page.push(attribute);
            last = Some(position);
        }
        let next_token = match (rest.peek(), last) {
            (Some(_), Some(last)) => Some(encode_token(&last)),
            _ => None,
        };
        Ok(wire::ListAttributesResponse {
            attributes: Some(page),
            next_token,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::instances::testkit::*;

    fn targeted(name: &str, value: Option<&str>, target: &str) -> wire::Attribute {
        wire::Attribute {
            target_type: Some(CONTAINER_INSTANCE_TARGET.into()),
            target_id: Some(target.into()),
            ..attribute(name, value)
        }
    }

    async fn put(cp: &ControlPlane, attributes: Vec<wire::Attribute>) -> EcsResult<()> {
        cp.put_attributes(
            &scope(),
            wire::PutAttributesRequest {
                cluster: Some("prod".into()),
                attributes: Some(attributes),
            },
        )
        .await
        .map(|_| ())
    }

    async fn list(
        cp: &ControlPlane,
        name: Option<&str>,
        value: Option<&str>,
    ) -> EcsResult<Vec<(String, Option<String>)>> {
        let response = cp
            .list_attributes(
                &scope(),
                wire::ListAttributesRequest {
                    cluster: Some("prod".into()),
                    target_type: Some(CONTAINER_INSTANCE_TARGET.into()),
                    attribute_name: name.map(str::to_string),
                    attribute_value: value.map(str::to_string),
                    ..Default::default()
                },
            )
            .await?;
        Ok(response
            .attributes
            .unwrap_or_default()
            .into_iter()
            .map(|a| (a.name.unwrap_or_default(), a.value))
            .collect())
    }

    #[tokio::test]
    async fn put_creates_replaces_and_bumps_the_version() {
        let cp = with_cluster("prod").await;
        let instance = register(&cp, "prod").await;
        let id = id_of(&instance);
        let arn = instance.container_instance_arn.clone().unwrap_or_default();
        let response = cp
            .put_attributes(
                &scope(),
                wire::PutAttributesRequest {
                    cluster: Some("prod".into()),
                    attributes: Some(vec![
                        targeted("stack", Some("blue"), &id),
                        // A full ARN needs no targetType.
                        wire::Attribute {
                            target_id: Some(arn.clone()),
                            ..attribute("gpu", None)
                        },
                    ]),
                },
            )
            .await
            .expect("puts");
        assert_eq!(response.attributes.map(|a| a.len()), Some(2));
        let record = load_instance(&cp, "prod", &id).await.record;
        assert_eq!(
            record.attributes.get("stack"),
            Some(&Some("blue".to_string()))
        );
        assert_eq!(record.attributes.get("gpu"), Some(&None));
        assert_eq!(record.version, 2);
        put(&cp, vec![targeted("stack", Some("green"), &arn)])
            .await
            .expect("replaces");
        let record = load_instance(&cp, "prod", &id).await.record;
        assert_eq!(
            record.attributes.get("stack"),
            Some(&Some("green".to_string()))
        );
        assert_eq!(record.version, 3);
        // Putting the same value again changes nothing.
        put(&cp, vec![targeted("stack", Some("green"), &id)])
            .await
            .expect("no-op");
        assert_eq!(load_instance(&cp, "prod", &id).await.record.version, 3);
    }

    #[tokio::test]
    async fn put_enforces_the_custom_attribute_limit_atomically() {
        let cp = with_cluster("prod").await;
        let id = id_of(&register(&cp, "prod").await);
        let ten: Vec<_> = (0..10)
            .map(|i| targeted(&format!("custom{i}"), Some("x"), &id))
            .collect();
        put(&cp, ten).await.expect("ten custom attributes fit");
        // Built-in names do not count.
        put(&cp, vec![targeted("ecs.capability.extra", None, &id)])
            .await
            .expect("built-ins do not count");
        let before = load_instance(&cp, "prod", &id).await;
        let err = put(&cp, vec![targeted("custom10", Some("x"), &id)])
            .await
            .expect_err("eleventh");
        assert_eq!(err.code(), "AttributeLimitExceededException");
        let after = load_instance(&cp, "prod", &id).await;
        assert_eq!(after.mod_revision, before.mod_revision, "nothing changed");
    }

    #[tokio::test]
    async fn put_errors() {
        let cp = with_cluster("prod").await;
        let id = id_of(&register(&cp, "prod").await);
        let gone = id_of(&register(&cp, "prod").await);
        cp.deregister_container_instance(
            &scope(),
            wire::DeregisterContainerInstanceRequest {
                cluster: Some("prod".into()),
                container_instance: Some(gone.clone()),
                force: None,
            },
        )
        .await
        .expect("deregisters");
        let eleven: Vec<_> = (0..11)
            .map(|i| targeted(&format!("a{i}"), None, &id))
            .collect();
        let cases: Vec<(&str, Vec<wire::Attribute>, &str)> = vec![
            ("empty", vec![], "InvalidParameterException"),
            ("too many", eleven, "InvalidParameterException"),
            (
                "bad name",
                vec![targeted("a b", None, &id)],
                "InvalidParameterException",
            ),
            (
                "bad value",
                vec![targeted("a", Some(" x"), &id)],
                "InvalidParameterException",
            ),
            (
                "no target",
                vec![attribute("a", None)],
                "InvalidParameterException",
            ),
            (
                "short id without type",
                vec![wire::Attribute {
                    target_id: Some(id.clone()),
                    ..attribute("a", None)
                }],
                "InvalidParameterException",
            ),
            (
                "bad target type",
                vec![wire::Attribute {
                    target_type: Some("task".into()),
                    ..targeted("a", None, &id)
                }],
                "InvalidParameterException",
            ),
            (
                "unknown target",
                vec![targeted("a", None, "feed")],
                "TargetNotFoundException",
            ),
            (
                "deregistered target",
                vec![targeted("a", None, &gone)],
                "TargetNotFoundException",
            ),
            (
                "other cluster",
                vec![targeted(
                    "a",
                    None,
                    &format!("arn:aws:ecs:us-east-1:123456789012:container-instance/x/{id}"),
                )],
                "TargetNotFoundException",
            ),
        ];
        for (what, attributes, expected) in cases {
            assert_eq!(code(put(&cp, attributes).await), expected, "{what}");
        }
        // A failing attribute in a batch leaves the valid one unapplied.
        let result = put(
            &cp,
            vec![targeted("ok", None, &id), targeted("b", None, "feed")],
        )
        .await;
        assert_eq!(code(result), "TargetNotFoundException");
        assert!(!load_instance(&cp, "prod", &id)
            .await
            .record
            .attributes
            .contains_key("ok"));
        let result = cp
            .put_attributes(
                &scope(),
                wire::PutAttributesRequest {
                    cluster: Some("nope".into()),
                    attributes: Some(vec![targeted("a", None, &id)]),
                },
            )
            .await;
        assert_eq!(code(result), "ClusterNotFoundException");
    }

    #[tokio::test]
    async fn delete_removes_and_tolerates_absent_names() {
        let cp = with_cluster("prod").await;
        let id = id_of(&register(&cp, "prod").await);
        put(&cp, vec![targeted("stack", Some("blue"), &id)])
            .await
            .expect("puts");
        let response = cp
            .delete_attributes(
                &scope(),
                wire::DeleteAttributesRequest {
                    cluster: Some("prod".into()),
                    attributes: Some(vec![
                        targeted("stack", None, &id),
                        targeted("never-set", None, &id),
                    ]),
                },
            )
            .await
            .expect("deletes");
        assert_eq!(response.attributes.map(|a| a.len()), Some(2));
        let record = load_instance(&cp, "prod", &id).await.record;
        assert!(!record.attributes.contains_key("stack"));
        assert_eq!(record.version, 3);
        let result = cp
            .delete_attributes(
                &scope(),
                wire::DeleteAttributesRequest {
                    cluster: Some("prod".into()),
                    attributes: Some(vec![targeted("stack", None, "feed")]),
                },
            )
            .await;
        assert_eq!(code(result), "TargetNotFoundException");
    }

    #[tokio::test]
    async fn list_includes_built_ins_filters_and_pages() {
        let cp = with_cluster("prod").await;
        let a = register(&cp, "prod").await;
        let b = register(&cp, "prod").await;
        put(&cp, vec![targeted("stack", Some("blue"), &id_of(&a))])
            .await
            .expect("puts");
        put(&cp, vec![targeted("stack", Some("green"), &id_of(&b))])
            .await
            .expect("puts");
        let all = list(&cp, None, None).await.expect("lists");
        // Five built-ins each, plus one custom attribute each.
        assert_eq!(all.len(), 12);
        assert!(all
            .iter()
            .any(|(n, v)| n == "ecs.os-type" && v.as_deref() == Some("linux")));
        assert_eq!(list(&cp, Some("stack"), None).await.map(|l| l.len()), Ok(2));
        assert_eq!(
            list(&cp, Some("stack"), Some("green")).await,
            Ok(vec![("stack".to_string(), Some("green".to_string()))])
        );
        let response = cp
            .list_attributes(
                &scope(),
                wire::ListAttributesRequest {
                    cluster: Some("prod".into()),
                    target_type: Some(CONTAINER_INSTANCE_TARGET.into()),
                    attribute_name: Some("stack".into()),
                    attribute_value: Some("green".into()),
                    ..Default::default()
                },
            )
            .await
            .expect("lists");
        let entry = &response.attributes.unwrap_or_default()[0];
        assert_eq!(entry.target_type.as_deref(), Some("container-instance"));
        assert_eq!(entry.target_id, b.container_instance_arn);

        let mut seen = Vec::new();
        let mut token = None;
        for _ in 0..20 {
            let page = cp
                .list_attributes(
                    &scope(),
                    wire::ListAttributesRequest {
                        cluster: Some("prod".into()),
                        target_type: Some(CONTAINER_INSTANCE_TARGET.into()),
                        max_results: Some(5),
                        next_token: token.clone(),
                        ..Default::default()
                    },
                )
                .await
                .expect("pages");
            let attributes = page.attributes.unwrap_or_default();
            assert!(attributes.len() <= 5);
            seen.extend(
                attributes
                    .into_iter()
                    .map(|a| (a.name.unwrap_or_default(), a.value)),
            );
            token = page.next_token;
            if token.is_none() {
                break;
            }
        }
        assert_eq!(seen, all);
    }

    #[tokio::test]
    async fn list_errors() {
        let cp = with_cluster("prod").await;
        let request = |f: fn(&mut wire::ListAttributesRequest)| {
            let mut request = wire::ListAttributesRequest {
                cluster: Some("prod".into()),
                target_type: Some(CONTAINER_INSTANCE_TARGET.into()),
                ..Default::default()
            };
            f(&mut request);
            request
        };
        for (what, request, expected) in [
            (
                "no target type",
                request(|r| r.target_type = None),
                "InvalidParameterException",
            ),
            (
                "bad target type",
                request(|r| r.target_type = Some("task".into())),
                "InvalidParameterException",
            ),
            (
                "value without name",
                request(|r| r.attribute_value = Some("x".into())),
                "InvalidParameterException",
            ),
            (
                "bad page size",
                request(|r| r.max_results = Some(0)),
                "InvalidParameterException",
            ),
            (
                "bad token",
                request(|r| r.next_token = Some("!!".into())),
                "InvalidParameterException",
            ),
            (
                "unknown cluster",
                request(|r| r.cluster = Some("nope".into())),
                "ClusterNotFoundException",
            ),
        ] {
            assert_eq!(
                code(cp.list_attributes(&scope(), request).await),
                expected,
                "{what}"
            );
        }
    }

    #[test]
    fn tokens_round_trip() {
        let position = ("abc".to_string(), "a/b\\c".to_string());
        assert_eq!(decode_token(&encode_token(&position)), Ok(position));
        assert!(decode_token("e30").is_err());
    }
}
