//! Task definition operations: RegisterTaskDefinition, DescribeTaskDefinition,
//! DeregisterTaskDefinition, DeleteTaskDefinitions (the list operations are in `listing`), and
//! the lookups other operations use ([`ControlPlane::resolve_task_definition`],
//! [`task_requirements`]).
//!
//! Each revision is one record under `keys::task_definition(scope, family, revision)`. A new
//! revision is the family's highest revision plus one, claimed with a "key must not exist"
//! compare, so concurrent registrations of a family get distinct revisions (the loser retries).
//! Revisions are never reused: deleting a revision removes its record, except that the family's
//! highest revision is replaced by a *tombstone* (a record whose status is [`TOMBSTONE`], holding
//! only family, revision and ARN) until a later registration supersedes it. Every reader here
//! treats a tombstone as absent; other modules must go through these lookups rather than read
//! task definition keys themselves.
//!
//! ECS keeps a deleted revision in DELETE_IN_PROGRESS until no task or service uses it. berth
//! does not track that use yet, so a deleted revision disappears at once (the response still
//! reports DELETE_IN_PROGRESS, as ECS does).

mod document;
mod fargate;
mod listing;
pub(crate) mod requirements;
mod units;
mod validate;

pub(crate) use requirements::{task_requirements_with_overrides, TaskRequirements};

use crate::db::{Commit, Versioned, MAX_CONFLICT_RETRIES};
use crate::error::{EcsError, EcsResult};
use crate::records::TaskDefinitionRecord;
use crate::{db, keys, validate as shared, ControlPlane};
use berth_model::{Arn, ResourceKind, Scope};
use berth_wire::ecs as wire;
use berth_wire::Timestamp;

/// Revision statuses as ECS names them.
pub const ACTIVE: &str = "ACTIVE";
pub const INACTIVE: &str = "INACTIVE";
pub const DELETE_IN_PROGRESS: &str = "DELETE_IN_PROGRESS";
/// berth's internal status of a tombstone (never shown to clients).
pub const TOMBSTONE: &str = "DELETED";
/// ECS's limit on revisions per DeleteTaskDefinitions call.
const MAX_DELETE_TASK_DEFINITIONS: usize = 10;

/// What a `taskDefinition` parameter names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum TaskDefinitionRef {
    /// A bare family: its latest ACTIVE revision.
    Family(String),
    /// `family:revision` or a full ARN.
    Revision(String, i32),
}

/// Parses `family`, `family:revision` or a task definition ARN of `scope`.
pub(crate) fn parse_reference(scope: &Scope, text: &str) -> EcsResult<TaskDefinitionRef> {
    let invalid = |rule: &str| {
        EcsError::invalid(format!(
            "taskDefinition '{text}' is invalid: {rule}. Use family, family:revision or a \
             task definition ARN."
        ))
    };
    let path = if text.starts_with("arn:") {
        Arn::resolve(scope, ResourceKind::TaskDefinition, text)
            .map_err(|e| EcsError::invalid(format!("taskDefinition: {e}")))?
            .path
    } else {
        text.to_string()
    };
    let (family, revision) = match path.rsplit_once(':') {
        Some((family, revision)) => (family, Some(revision)),
        None => (path.as_str(), None),
    };
    if shared::name("family", family).is_err() {
        return Err(invalid(
            "the family must be 1 to 255 letters, numbers, underscores, and hyphens",
        ));
    }
    match revision {
        None => Ok(TaskDefinitionRef::Family(family.to_string())),
        Some(revision) => match revision.parse::<i32>() {
            Ok(number) if number >= 1 && revision.bytes().all(|b| b.is_ascii_digit()) => {
                Ok(TaskDefinitionRef::Revision(family.to_string(), number))
            }
            _ => Err(invalid("the revision must be a positive integer")),
        },
    }
}

/// The ARN of a revision.
pub(crate) fn task_definition_arn(scope: &Scope, family: &str, revision: i32) -> String {
    scope
        .arn(
            ResourceKind::TaskDefinition,
            &format!("{family}:{revision}"),
        )
        .to_string()
}

pub(crate) fn is_tombstone(record: &TaskDefinitionRecord) -> bool {
    record.definition.status.as_deref() == Some(TOMBSTONE)
}

fn status_of(record: &TaskDefinitionRecord) -> &str {
    record.definition.status.as_deref().unwrap_or(ACTIVE)
}

fn timestamp(now: f64) -> EcsResult<Timestamp> {
    Timestamp::from_unix_seconds_f64(now)
        .map_err(|e| EcsError::Server(format!("the clock gave an unusable time: {e}")))
}

fn does_not_exist() -> EcsError {
    EcsError::client("The specified task definition does not exist.")
}

impl ControlPlane {
    pub async fn register_task_definition(
        &self,
        scope: &Scope,
        request: wire::RegisterTaskDefinitionRequest,
    ) -> EcsResult<wire::RegisterTaskDefinitionResponse> {
        let checked = validate::check(&request)?;
        let document = document::build(&request, &checked);
        let family = checked.family.as_str();
        for _ in 0..MAX_CONFLICT_RETRIES {
            let head = self.family_head(scope, family).await?;
            let revision = match &head {
                None => 1,
                Some(head) => head
                    .record
                    .definition
                    .revision
                    .unwrap_or(0)
                    .checked_add(1)
                    .ok_or_else(|| {
                        EcsError::LimitExceeded(format!(
                            "Family '{family}' has no revision numbers left."
                        ))
                    })?,
            };
            let mut definition = document.clone();
            definition.task_definition_arn = Some(task_definition_arn(scope, family, revision));
            definition.revision = Some(revision);
            definition.status = Some(ACTIVE.to_string());
            definition.registered_at = Some(timestamp(self.now())?);
            definition.registered_by = Some(format!("arn:aws:iam::{}:root", scope.account));
            let record = TaskDefinitionRecord {
                definition,
                tags: checked.tags.clone(),
            };
            let mut commit = Commit::new();
            // Mod revision 0: the key must not exist, so a revision is claimed exactly once.
            commit.put(&keys::task_definition(scope, family, revision), 0, &record)?;
            if let Some(head) = head.filter(|h| is_tombstone(&h.record)) {
                // The new revision now carries the family's high-water mark.
                commit.delete(&head.key, head.mod_revision);
            }
            if self.try_commit(commit).await? {
                return Ok(wire::RegisterTaskDefinitionResponse {
                    tags: Some(shared::wire_tags(&record.tags)),
                    task_definition: Some(record.definition),
                });
            }
        }
        Err(db::too_much_contention())
    }

    pub async fn describe_task_definition(
        &self,
        scope: &Scope,
        request: wire::DescribeTaskDefinitionRequest,
    ) -> EcsResult<wire::DescribeTaskDefinitionResponse> {
        let text = request
            .task_definition
            .ok_or_else(|| EcsError::invalid("taskDefinition is required."))?;
        let include = request.include.unwrap_or_default();
        for item in &include {
            shared::one_of("include", item, wire::TASK_DEFINITION_FIELD_VALUES)?;
        }
        let found = self
            .find_task_definition(scope, &text)
            .await?
            .ok_or_else(|| EcsError::client("Unable to describe task definition."))?;
        let tags = include
            .iter()
            .any(|i| i == "TAGS")
            .then(|| shared::wire_tags(&found.record.tags));
        Ok(wire::DescribeTaskDefinitionResponse {
            task_definition: Some(found.record.definition),
            tags,
        })
    }

    pub async fn deregister_task_definition(
        &self,
        scope: &Scope,
        request: wire::DeregisterTaskDefinitionRequest,
    ) -> EcsResult<wire::DeregisterTaskDefinitionResponse> {
        let text = request
            .task_definition
            .ok_or_else(|| EcsError::invalid("taskDefinition is required."))?;
        let (family, revision) = required_revision(scope, &text)?;
        let key = keys::task_definition(scope, &family, revision);
        for _ in 0..MAX_CONFLICT_RETRIES {
            let mut found = self
                .load::<TaskDefinitionRecord>(&key)
                .await?
                .filter(|f| !is_tombstone(&f.record))
                .ok_or_else(does_not_exist)?;
            // Deregistering an INACTIVE revision again changes nothing and succeeds.
            if status_of(&found.record) != ACTIVE {
                return Ok(wire::DeregisterTaskDefinitionResponse {
                    task_definition: Some(found.record.definition),
                });
            }
            found.record.definition.status = Some(INACTIVE.to_string());
            found.record.definition.deregistered_at = Some(timestamp(self.now())?);
            let mut commit = Commit::new();
            commit.update(&found)?;
            if self.try_commit(commit).await? {
                return Ok(wire::DeregisterTaskDefinitionResponse {
                    task_definition: Some(found.record.definition),
                });
            }
        }
        Err(db::too_much_contention())
    }

    pub async fn delete_task_definitions(
        &self,
        scope: &Scope,
        request: wire::DeleteTaskDefinitionsRequest,
    ) -> EcsResult<wire::DeleteTaskDefinitionsResponse> {
        let texts = request.task_definitions.unwrap_or_default();
        if texts.is_empty() {
            return Err(EcsError::invalid(
                "taskDefinitions must contain at least one task definition.",
            ));
        }
        shared::at_most("taskDefinitions", &texts, MAX_DELETE_TASK_DEFINITIONS)?;
        // Every identifier is checked before anything changes.
        let targets = texts
            .iter()
            .map(|text| required_revision(scope, text))
            .collect::<EcsResult<Vec<_>>>()?;
        let mut deleted = Vec::new();
        let mut failures = Vec::new();
        for (family, revision) in targets {
            match self.delete_revision(scope, &family, revision).await? {
                Ok(definition) => deleted.push(definition),
                Err(failure) => failures.push(failure),
            }
        }
        Ok(wire::DeleteTaskDefinitionsResponse {
            task_definitions: Some(deleted),
            failures: Some(failures),
        })
    }

    /// Deletes one INACTIVE revision; the inner `Err` is the failure to report for it.
    async fn delete_revision(
        &self,
        scope: &Scope,
        family: &str,
        revision: i32,
    ) -> EcsResult<Result<wire::TaskDefinition, wire::Failure>> {
        let arn = task_definition_arn(scope, family, revision);
        let key = keys::task_definition(scope, family, revision);
        let prefix = keys::task_definition_family(scope, family);
        for _ in 0..MAX_CONFLICT_RETRIES {
            let Some(found) = self
                .load::<TaskDefinitionRecord>(&key)
                .await?
                .filter(|f| !is_tombstone(&f.record))
            else {
                return Ok(Err(wire::Failure {
                    arn: Some(arn),
                    reason: Some("MISSING".to_string()),
                    detail: Some("The specified task definition does not exist.".to_string()),
                }));
            };
            if status_of(&found.record) == ACTIVE {
                return Ok(Err(wire::Failure {
                    arn: Some(arn),
                    reason: Some(
                        "The specified task definition is still in ACTIVE status. Please \
                         deregister the target and try again."
                            .to_string(),
                    ),
                    detail: None,
                }));
            }
            let now = timestamp(self.now())?;
            let mut commit = Commit::new();
            // Only the highest revision must stay behind (as a tombstone) to keep its number
            // from being handed out again; a revision below it can go entirely. The highest
            // revision only ever grows, so a later key seen now still exists at commit.
            let later = self.store.range(&prefix, Some(&key), 1).await?;
            if later.items.is_empty() {
                let tombstone = TaskDefinitionRecord {
                    definition: wire::TaskDefinition {
                        family: Some(family.to_string()),
                        revision: Some(revision),
                        task_definition_arn: Some(arn.clone()),
                        status: Some(TOMBSTONE.to_string()),
                        delete_requested_at: Some(now),
                        ..Default::default()
                    },
                    tags: Default::default(),
                };
                commit.put(&key, found.mod_revision, &tombstone)?;
            } else {
                commit.delete(&key, found.mod_revision);
            }
            if self.try_commit(commit).await? {
                let mut definition = found.record.definition;
                definition.status = Some(DELETE_IN_PROGRESS.to_string());
                definition.delete_requested_at = Some(now);
                return Ok(Ok(definition));
            }
        }
        Err(db::too_much_contention())
    }

    /// The revision a `taskDefinition` parameter names, whatever its status (a bare family
    /// names its latest ACTIVE revision). `None` when there is no such revision.
    pub(crate) async fn find_task_definition(
        &self,
        scope: &Scope,
        text: &str,
    ) -> EcsResult<Option<Versioned<TaskDefinitionRecord>>> {
        match parse_reference(scope, text)? {
            TaskDefinitionRef::Family(family) => self.latest_active(scope, &family).await,
            TaskDefinitionRef::Revision(family, revision) => Ok(self
                .load::<TaskDefinitionRecord>(&keys::task_definition(scope, &family, revision))
                .await?
                .filter(|found| !is_tombstone(&found.record))),
        }
    }

    /// The revision a RunTask/StartTask/CreateService `taskDefinition` names, which must be
    /// ACTIVE: a bare family resolves to its latest ACTIVE revision, and an explicit revision
    /// that was deregistered is refused. ECS documents that an INACTIVE revision cannot start new
    /// tasks or services (its 10-minute grace window after deregistration is not modelled), and
    /// answers `ClientException` "TaskDefinition is inactive" / "TaskDefinition not found.".
    pub(crate) async fn resolve_task_definition(
        &self,
        scope: &Scope,
        text: &str,
    ) -> EcsResult<Versioned<TaskDefinitionRecord>> {
        match self.find_task_definition(scope, text).await? {
            None => Err(EcsError::client("TaskDefinition not found.")),
            Some(found) if status_of(&found.record) != ACTIVE => {
                Err(EcsError::client("TaskDefinition is inactive"))
            }
            Some(found) => Ok(found),
        }
    }

    /// The record with the family's highest revision number (possibly a tombstone).
    async fn family_head(
        &self,
        scope: &Scope,
        family: &str,
    ) -> EcsResult<Option<Versioned<TaskDefinitionRecord>>> {
        let tail = self.family_tail(scope, family).await?;
        Ok(tail.into_iter().last())
    }

    /// The family's records from revision `count` up, where `count` is how many records the
    /// family has: revisions are distinct positive numbers, so the highest is at least `count`
    /// and this tail is short (only as long as the number of deleted revisions below it)
    /// instead of the whole family.
    async fn family_tail(
        &self,
        scope: &Scope,
        family: &str,
    ) -> EcsResult<Vec<Versioned<TaskDefinitionRecord>>> {
        let prefix = keys::task_definition_family(scope, family);
        let count = self.store.count(&prefix).await?;
        if count == 0 {
            return Ok(Vec::new());
        }
        let below = i32::try_from(count - 1).unwrap_or(i32::MAX);
        let start_after = keys::task_definition(scope, family, below);
        let tail = self.list_page(&prefix, Some(&start_after), 0).await?;
        if tail.is_empty() {
            // Only possible if records vanished between the two reads; read the whole family.
            return self.list_all(&prefix).await;
        }
        Ok(tail)
    }

    /// The family's latest ACTIVE revision.
    async fn latest_active(
        &self,
        scope: &Scope,
        family: &str,
    ) -> EcsResult<Option<Versioned<TaskDefinitionRecord>>> {
        let is_active = |found: &Versioned<TaskDefinitionRecord>| {
            found.record.definition.status.as_deref() == Some(ACTIVE)
        };
        // Usually the newest revision is ACTIVE and sits in the short tail.
        let tail = self.family_tail(scope, family).await?;
        if let Some(found) = tail.into_iter().rev().find(is_active) {
            return Ok(Some(found));
        }
        let all: Vec<Versioned<TaskDefinitionRecord>> = self
            .list_all(&keys::task_definition_family(scope, family))
            .await?;
        Ok(all.into_iter().rev().find(is_active))
    }
}

/// `family:revision` or an ARN with a revision, as Deregister and Delete require.
fn required_revision(scope: &Scope, text: &str) -> EcsResult<(String, i32)> {
    match parse_reference(scope, text)? {
        TaskDefinitionRef::Revision(family, revision) => Ok((family, revision)),
        TaskDefinitionRef::Family(_) => Err(EcsError::client(format!(
            "Invalid task definition '{text}': you must specify a revision (family:revision or \
             the full ARN)."
        ))),
    }
}

#[cfg(test)]
mod tests;
