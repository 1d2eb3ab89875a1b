//! Tag operations: TagResource, UntagResource, ListTagsForResource, for every taggable resource
//! berth has: clusters, task definitions, container instances and tasks.
//!
//! A resource ARN is turned into its record key by one `match` over the ARN's kind; each arm
//! names the record type, its key and where its tags live, and one generic routine does the
//! read-modify-commit. Adding a kind (services) is one more arm. Resources inside a cluster
//! answer for their cluster first, as ECS does (an INACTIVE cluster's resources cannot be
//! tagged or listed). This module must not change anything but tags.

use crate::db::{Commit, MAX_CONFLICT_RETRIES};
use crate::error::{EcsError, EcsResult};
use crate::records::{
    ClusterRecord, ContainerInstanceRecord, Record, ServiceRecord, Tags, TaskDefinitionRecord,
    TaskRecord,
};
use crate::{db, keys, validate, ControlPlane};
use berth_model::{Arn, ResourceKind, Scope};
use berth_wire::ecs as wire;

/// What to do with a resource's tags.
#[derive(Debug, Clone, PartialEq, Eq)]
enum TagEdit {
    List,
    Add(Tags),
    Remove(Vec<String>),
}

/// Where a resource's tags live: its record key and the cluster that must be ACTIVE.
struct Located {
    key: String,
    cluster: Option<String>,
}

/// Parses `resourceArn` and checks it belongs to the caller's region and account.
fn resource_arn(scope: &Scope, given: Option<&str>) -> EcsResult<Arn> {
    let given = given
        .filter(|g| !g.is_empty())
        .ok_or_else(|| EcsError::invalid("resourceArn is required."))?;
    let arn = Arn::parse(given)
        .map_err(|e| EcsError::invalid(format!("resourceArn is invalid: {e}.")))?;
    if arn.region != scope.region || arn.account != scope.account {
        return Err(EcsError::invalid(format!(
            "resourceArn '{given}' is invalid: it belongs to another region or account."
        )));
    }
    Ok(arn)
}

/// `CLUSTER/NAME` of a cluster-scoped ARN; the old short form without the cluster cannot be
/// tagged, as ECS documents for services.
fn cluster_path(arn: &Arn) -> EcsResult<(String, String)> {
    let invalid = || {
        EcsError::invalid(format!(
            "resourceArn '{arn}' is invalid: {} ARNs must have the long format \
             {}/CLUSTER/ID to be tagged.",
            arn.kind.segment(),
            arn.kind.segment()
        ))
    };
    let (cluster, rest) = arn.path.split_once('/').ok_or_else(invalid)?;
    if rest.is_empty() || rest.contains('/') {
        return Err(invalid());
    }
    validate::name("resourceArn cluster", cluster)?;
    Ok((cluster.to_string(), rest.to_string()))
}

/// `family:revision` of a task definition ARN.
fn task_definition_path(arn: &Arn) -> EcsResult<(String, i32)> {
    let invalid = || {
        EcsError::invalid(format!(
            "resourceArn '{arn}' is invalid: a task definition ARN ends in family:revision."
        ))
    };
    let (family, revision) = arn.path.rsplit_once(':').ok_or_else(invalid)?;
    let revision: i32 = revision.parse().map_err(|_| invalid())?;
    if revision < 1 {
        return Err(invalid());
    }
    validate::name("resourceArn family", family)?;
    Ok((family.to_string(), revision))
}

/// Validates UntagResource's keys: the same key rules as tagging, `aws:` reserved.
fn tag_keys(keys: &[String]) -> EcsResult<Vec<String>> {
    for key in keys {
        if key.is_empty() || key.chars().count() > 128 {
            return Err(EcsError::invalid(format!(
                "Tag key '{key}' is invalid: keys must be 1 to 128 characters."
            )));
        }
        if key.to_ascii_lowercase().starts_with("aws:") {
            return Err(EcsError::invalid(format!(
                "Tag key '{key}' is invalid: the aws: prefix is reserved for AWS use."
            )));
        }
    }
    Ok(keys.to_vec())
}

fn not_found(arn: &Arn) -> EcsError {
    EcsError::ResourceNotFound(format!("The specified resource wasn't found: {arn}."))
}

impl ControlPlane {
    pub async fn tag_resource(
        &self,
        scope: &Scope,
        request: wire::TagResourceRequest,
    ) -> EcsResult<wire::TagResourceResponse> {
        let arn = resource_arn(scope, request.resource_arn.as_deref())?;
        let tags = validate::tags(request.tags.as_deref().unwrap_or_default())?;
        self.resource_tags(scope, &arn, &TagEdit::Add(tags)).await?;
        Ok(wire::TagResourceResponse {})
    }

    pub async fn untag_resource(
        &self,
        scope: &Scope,
        request: wire::UntagResourceRequest,
    ) -> EcsResult<wire::UntagResourceResponse> {
        let arn = resource_arn(scope, request.resource_arn.as_deref())?;
        let keys = tag_keys(request.tag_keys.as_deref().unwrap_or_default())?;
        self.resource_tags(scope, &arn, &TagEdit::Remove(keys))
            .await?;
        Ok(wire::UntagResourceResponse {})
    }

    pub async fn list_tags_for_resource(
        &self,
        scope: &Scope,
        request: wire::ListTagsForResourceRequest,
    ) -> EcsResult<wire::ListTagsForResourceResponse> {
        let arn = resource_arn(scope, request.resource_arn.as_deref())?;
        let tags = self.resource_tags(scope, &arn, &TagEdit::List).await?;
        Ok(wire::ListTagsForResourceResponse {
            tags: Some(validate::wire_tags(&tags)),
        })
    }

    /// The one place that knows which record each taggable kind is.
    async fn resource_tags(&self, scope: &Scope, arn: &Arn, edit: &TagEdit) -> EcsResult<Tags> {
        match arn.kind {
            ResourceKind::Cluster => {
                let located = Located {
                    key: keys::cluster(scope, &arn.path),
                    cluster: Some(arn.path.clone()),
                };
                self.edit_tags::<ClusterRecord>(scope, arn, located, |r| &mut r.tags, edit)
                    .await
            }
            ResourceKind::TaskDefinition => {
                let (family, revision) = task_definition_path(arn)?;
                let located = Located {
                    key: keys::task_definition(scope, &family, revision),
                    cluster: None,
                };
                self.edit_tags::<TaskDefinitionRecord>(scope, arn, located, |r| &mut r.tags, edit)
                    .await
            }
            ResourceKind::ContainerInstance => {
                let (cluster, id) = cluster_path(arn)?;
                let located = Located {
                    key: keys::instance(scope, &cluster, &id),
                    cluster: Some(cluster),
                };
                self.edit_tags::<ContainerInstanceRecord>(
                    scope,
                    arn,
                    located,
                    |r| &mut r.tags,
                    edit,
                )
                .await
            }
            ResourceKind::Task => {
                let (cluster, id) = cluster_path(arn)?;
                let located = Located {
                    key: keys::task(scope, &cluster, &id),
                    cluster: Some(cluster),
                };
                self.edit_tags::<TaskRecord>(scope, arn, located, |r| &mut r.tags, edit)
                    .await
            }
            ResourceKind::Service => {
                let (cluster, name) = cluster_path(arn)?;
                let located = Located {
                    key: keys::service(scope, &cluster, &name),
                    cluster: Some(cluster),
                };
                self.edit_tags::<ServiceRecord>(scope, arn, located, |r| &mut r.tags, edit)
                    .await
            }
            other => Err(EcsError::invalid(format!(
                "resourceArn '{arn}' is invalid: berth cannot tag {} resources.",
                other.segment()
            ))),
        }
    }

    /// The cluster a tagged resource lives in, which must be ACTIVE.
    async fn cluster_for_tags(&self, scope: &Scope, name: &str) -> EcsResult<(String, u64)> {
        let key = keys::cluster(scope, name);
        match self.load::<ClusterRecord>(&key).await? {
            Some(found) if found.record.status == "ACTIVE" => Ok((found.key, found.mod_revision)),
            Some(_) => Err(EcsError::invalid(
                "The specified cluster is inactive. Specify an active cluster and try again.",
            )),
            None => Err(EcsError::cluster_not_found()),
        }
    }

    /// Reads a record's tags and applies `edit`, committing only if they changed.
    async fn edit_tags<T: Record>(
        &self,
        scope: &Scope,
        arn: &Arn,
        located: Located,
        tags_of: fn(&mut T) -> &mut Tags,
        edit: &TagEdit,
    ) -> EcsResult<Tags> {
        for _ in 0..MAX_CONFLICT_RETRIES {
            let cluster = match &located.cluster {
                Some(name) => Some(self.cluster_for_tags(scope, name).await?),
                None => None,
            };
            let Some(mut found) = self.load::<T>(&located.key).await? else {
                return Err(not_found(arn));
            };
            let tags = tags_of(&mut found.record);
            let updated = match edit {
                TagEdit::List => return Ok(tags.clone()),
                TagEdit::Add(added) => validate::merge_tags(tags, added)?,
                TagEdit::Remove(removed) => {
                    let mut kept = tags.clone();
                    for key in removed {
                        kept.remove(key);
                    }
                    kept
                }
            };
            if updated == *tags {
                return Ok(updated);
            }
            *tags = updated.clone();
            let mut commit = Commit::new();
            commit.update(&found)?;
            if let Some((key, revision)) = cluster.filter(|(key, _)| *key != located.key) {
                commit.require_unchanged(&key, revision);
            }
            if self.try_commit(commit).await? {
                return Ok(updated);
            }
        }
        Err(db::too_much_contention())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::Versioned;
    use crate::instances::testkit::*;
    use berth_model::TaskStatus;

    fn tag(key: &str, value: &str) -> wire::Tag {
        wire::Tag {
            key: Some(key.into()),
            value: Some(value.into()),
        }
    }

    async fn tag_it(cp: &ControlPlane, arn: &str, tags: Vec<wire::Tag>) -> EcsResult<()> {
        cp.tag_resource(
            &scope(),
            wire::TagResourceRequest {
                resource_arn: Some(arn.into()),
                tags: Some(tags),
            },
        )
        .await
        .map(|_| ())
    }

    async fn untag_it(cp: &ControlPlane, arn: &str, keys: &[&str]) -> EcsResult<()> {
        cp.untag_resource(
            &scope(),
            wire::UntagResourceRequest {
                resource_arn: Some(arn.into()),
                tag_keys: Some(keys.iter().map(|k| k.to_string()).collect()),
            },
        )
        .await
        .map(|_| ())
    }

    async fn tags_of(cp: &ControlPlane, arn: &str) -> EcsResult<Vec<(String, String)>> {
        let response = cp
            .list_tags_for_resource(
                &scope(),
                wire::ListTagsForResourceRequest {
                    resource_arn: Some(arn.into()),
                },
            )
            .await?;
        Ok(response
            .tags
            .unwrap_or_default()
            .into_iter()
            .map(|t| (t.key.unwrap_or_default(), t.value.unwrap_or_default()))
            .collect())
    }

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    /// Writes a task definition record directly (its handlers live elsewhere).
    async fn put_task_definition(cp: &ControlPlane, family: &str, revision: i32) -> String {
        let arn = scope()
            .arn(
                ResourceKind::TaskDefinition,
                &format!("{family}:{revision}"),
            )
            .to_string();
        let record = TaskDefinitionRecord {
            definition: wire::TaskDefinition {
                task_definition_arn: Some(arn.clone()),
                family: Some(family.into()),
                revision: Some(revision),
                status: Some("ACTIVE".into()),
                ..Default::default()
            },
            tags: Tags::new(),
        };
        let mut commit = Commit::new();
        commit
            .put(
                &keys::task_definition(&scope(), family, revision),
                0,
                &record,
            )
            .expect("encodes");
        assert!(cp.try_commit(commit).await.expect("commits"));
        arn
    }

    #[tokio::test]
    async fn every_taggable_kind_tags_untags_and_lists() {
        let cp = with_cluster("prod").await;
        let cluster_arn = "arn:aws:ecs:us-east-1:123456789012:cluster/prod".to_string();
        let instance = register(&cp, "prod").await;
        let instance_arn = instance.container_instance_arn.clone().unwrap_or_default();
        let task = put_task(&cp, "prod", "t1", None, "family:web", TaskStatus::Running).await;
        let definition_arn = put_task_definition(&cp, "web", 3).await;
        for arn in [&cluster_arn, &instance_arn, &task.arn, &definition_arn] {
            assert_eq!(tags_of(&cp, arn).await, Ok(vec![]), "{arn}");
            tag_it(&cp, arn, vec![tag("team", "core"), tag("env", "dev")])
                .await
                .expect("tags");
            tag_it(&cp, arn, vec![tag("env", "prod")])
                .await
                .expect("retags");
            assert_eq!(
                tags_of(&cp, arn).await,
                Ok(pairs(&[("env", "prod"), ("team", "core")])),
                "{arn}"
            );
            untag_it(&cp, arn, &["team", "absent"])
                .await
                .expect("untags");
            assert_eq!(
                tags_of(&cp, arn).await,
                Ok(pairs(&[("env", "prod")])),
                "{arn}"
            );
        }
        // The tags land in the records the describe operations read.
        let record = load_instance(&cp, "prod", &id_of(&instance)).await.record;
        assert_eq!(record.tags.get("env").map(String::as_str), Some("prod"));
        let stored: Versioned<TaskRecord> = cp
            .load(&keys::task(&scope(), "prod", "t1"))
            .await
            .expect("reads")
            .expect("exists");
        assert_eq!(stored.record.tags.len(), 1);
    }

    #[tokio::test]
    async fn tag_limits_and_key_rules() {
        let cp = with_cluster("prod").await;
        let arn = "arn:aws:ecs:us-east-1:123456789012:cluster/prod";
        let fifty: Vec<_> = (0..50).map(|i| tag(&format!("k{i}"), "v")).collect();
        tag_it(&cp, arn, fifty).await.expect("fifty fit");
        assert_eq!(
            code(tag_it(&cp, arn, vec![tag("one-more", "v")]).await),
            "InvalidParameterException"
        );
        // Replacing an existing key stays within the limit.
        tag_it(&cp, arn, vec![tag("k1", "w")])
            .await
            .expect("replaces");
        for (what, tags) in [
            ("reserved prefix", vec![tag("AWS:x", "v")]),
            ("empty key", vec![tag("", "v")]),
            ("long value", vec![tag("k", &"v".repeat(257))]),
        ] {
            assert_eq!(
                code(tag_it(&cp, arn, tags).await),
                "InvalidParameterException",
                "{what}"
            );
        }
        for (what, keys) in [
            ("reserved prefix", &["aws:x"][..]),
            ("empty key", &[""][..]),
        ] {
            assert_eq!(
                code(untag_it(&cp, arn, keys).await),
                "InvalidParameterException",
                "{what}"
            );
        }
        assert_eq!(tags_of(&cp, arn).await.map(|t| t.len()), Ok(50));
    }

    #[tokio::test]
    async fn unknown_and_invalid_resources() {
        let cp = with_cluster("prod").await;
        create_cluster(&cp, "old").await;
        cp.delete_cluster(
            &scope(),
            wire::DeleteClusterRequest {
                cluster: Some("old".into()),
            },
        )
        .await
        .expect("deletes");
        let cases = [
            (
                "unknown cluster",
                "arn:aws:ecs:us-east-1:123456789012:cluster/nope",
                "ClusterNotFoundException",
            ),
            (
                "inactive cluster",
                "arn:aws:ecs:us-east-1:123456789012:cluster/old",
                "InvalidParameterException",
            ),
            (
                "task in inactive cluster",
                "arn:aws:ecs:us-east-1:123456789012:task/old/abc",
                "InvalidParameterException",
            ),
            (
                "unknown task",
                "arn:aws:ecs:us-east-1:123456789012:task/prod/abc",
                "ResourceNotFoundException",
            ),
            (
                "unknown instance",
                "arn:aws:ecs:us-east-1:123456789012:container-instance/prod/abc",
                "ResourceNotFoundException",
            ),
            (
                "unknown task definition",
                "arn:aws:ecs:us-east-1:123456789012:task-definition/web:9",
                "ResourceNotFoundException",
            ),
            (
                "task definition without revision",
                "arn:aws:ecs:us-east-1:123456789012:task-definition/web",
                "InvalidParameterException",
            ),
            (
                "short task ARN",
                "arn:aws:ecs:us-east-1:123456789012:task/abc",
                "InvalidParameterException",
            ),
            (
                "other region",
                "arn:aws:ecs:eu-west-1:123456789012:cluster/prod",
                "InvalidParameterException",
            ),
            (
                "other account",
                "arn:aws:ecs:us-east-1:999999999999:cluster/prod",
                "InvalidParameterException",
            ),
            ("not an ARN", "prod", "InvalidParameterException"),
            (
                "other service",
                "arn:aws:s3:::bucket",
                "InvalidParameterException",
            ),
            (
                "untaggable kind",
                "arn:aws:ecs:us-east-1:123456789012:container/prod/abc/web",
                "InvalidParameterException",
            ),
        ];
        for (what, arn, expected) in cases {
            assert_eq!(code(tags_of(&cp, arn).await), expected, "list: {what}");
            assert_eq!(
                code(tag_it(&cp, arn, vec![tag("k", "v")]).await),
                expected,
                "tag: {what}"
            );
            assert_eq!(
                code(untag_it(&cp, arn, &["k"]).await),
                expected,
                "untag: {what}"
            );
        }
        let missing = cp
            .list_tags_for_resource(&scope(), wire::ListTagsForResourceRequest::default())
            .await;
        assert_eq!(code(missing), "InvalidParameterException");
    }

    #[test]
    fn arn_paths() {
        let s = Scope::new("us-east-1", "123456789012");
        let arn = |path: &str, kind| s.arn(kind, path);
        assert_eq!(
            cluster_path(&arn("prod/abc", ResourceKind::Task)).ok(),
            Some(("prod".into(), "abc".into()))
        );
        for bad in ["abc", "prod/", "prod/a/b", "bad name/abc"] {
            assert!(
                cluster_path(&arn(bad, ResourceKind::Task)).is_err(),
                "{bad}"
            );
        }
        assert_eq!(
            task_definition_path(&arn("web:12", ResourceKind::TaskDefinition)).ok(),
            Some(("web".into(), 12))
        );
        for bad in ["web", "web:0", "web:x", ":1"] {
            assert!(
                task_definition_path(&arn(bad, ResourceKind::TaskDefinition)).is_err(),
                "{bad}"
            );
        }
    }
}
