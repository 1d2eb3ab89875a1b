//! ARNs and the scope (region + account) that owns every resource.
//!
//! ECS accepts either a short name/id or a full ARN almost everywhere; [`Arn::resolve`] turns
//! either into the canonical ARN for a scope. Parsing never panics on user input.

use std::fmt;

/// The partition berth reports in every ARN.
pub const PARTITION: &str = "aws";
/// The service segment of every ECS ARN.
pub const SERVICE: &str = "ecs";

/// Region and account: the tenancy boundary. The same cluster name in two regions is two clusters.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Scope {
    pub region: String,
    pub account: String,
}

impl Scope {
    pub fn new(region: impl Into<String>, account: impl Into<String>) -> Self {
        Scope {
            region: region.into(),
            account: account.into(),
        }
    }

    /// The canonical ARN of a resource of `kind` with the given path in this scope.
    pub fn arn(&self, kind: ResourceKind, path: &str) -> Arn {
        Arn {
            region: self.region.clone(),
            account: self.account.clone(),
            kind,
            path: path.to_string(),
        }
    }
}

/// The resource types of ECS ARNs, named by their ARN segment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ResourceKind {
    Cluster,
    TaskDefinition,
    Task,
    ContainerInstance,
    Service,
    Container,
    CapacityProvider,
    TaskSet,
    ServiceDeployment,
    ServiceRevision,
}

impl ResourceKind {
    /// The segment that follows `:` in the ARN, e.g. `cluster` or `task-definition`.
    pub fn segment(self) -> &'static str {
        match self {
            ResourceKind::Cluster => "cluster",
            ResourceKind::TaskDefinition => "task-definition",
            ResourceKind::Task => "task",
            ResourceKind::ContainerInstance => "container-instance",
            ResourceKind::Service => "service",
            ResourceKind::Container => "container",
            ResourceKind::CapacityProvider => "capacity-provider",
            ResourceKind::TaskSet => "task-set",
            ResourceKind::ServiceDeployment => "service-deployment",
            ResourceKind::ServiceRevision => "service-revision",
        }
    }

    fn from_segment(segment: &str) -> Option<Self> {
        Some(match segment {
            "cluster" => ResourceKind::Cluster,
            "task-definition" => ResourceKind::TaskDefinition,
            "task" => ResourceKind::Task,
            "container-instance" => ResourceKind::ContainerInstance,
            "service" => ResourceKind::Service,
            "container" => ResourceKind::Container,
            "capacity-provider" => ResourceKind::CapacityProvider,
            "task-set" => ResourceKind::TaskSet,
            "service-deployment" => ResourceKind::ServiceDeployment,
            "service-revision" => ResourceKind::ServiceRevision,
            _ => return None,
        })
    }
}

/// A parsed ECS ARN: `arn:aws:ecs:REGION:ACCOUNT:KIND/PATH`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Arn {
    pub region: String,
    pub account: String,
    pub kind: ResourceKind,
    /// Everything after `KIND/`, e.g. `my-cluster`, `family:3`, `cluster/taskid`.
    pub path: String,
}

/// Why a string is not a usable ARN.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ArnError {
    #[error("'{0}' is not a valid ARN")]
    Malformed(String),
    #[error("ARN '{arn}' is a {found} ARN, expected a {expected} ARN")]
    WrongKind {
        arn: String,
        found: &'static str,
        expected: &'static str,
    },
    #[error("ARN '{0}' belongs to another region or account")]
    OtherScope(String),
}

impl Arn {
    /// Parses a full ARN. Returns `None` for anything that does not start with `arn:`.
    pub fn parse(text: &str) -> Result<Arn, ArnError> {
        let malformed = || ArnError::Malformed(text.to_string());
        let mut parts = text.splitn(6, ':');
        let (Some("arn"), Some(_partition), Some(SERVICE), Some(region), Some(account), Some(rest)) = (
            parts.next(),
            parts.next(),
            parts.next(),
            parts.next(),
            parts.next(),
            parts.next(),
        ) else {
            return Err(malformed());
        };
        let (segment, path) = rest.split_once('/').ok_or_else(malformed)?;
        let kind = ResourceKind::from_segment(segment).ok_or_else(malformed)?;
        if region.is_empty() || account.is_empty() || path.is_empty() {
            return Err(malformed());
        }
        Ok(Arn {
            region: region.to_string(),
            account: account.to_string(),
            kind,
            path: path.to_string(),
        })
    }

    /// Accepts a short name or a full ARN of `kind` and returns the canonical ARN in `scope`.
    /// A full ARN of another kind, region or account is an error.
    pub fn resolve(scope: &Scope, kind: ResourceKind, name_or_arn: &str) -> Result<Arn, ArnError> {
        if name_or_arn.starts_with("arn:") {
            let arn = Arn::parse(name_or_arn)?;
            if arn.kind != kind {
                return Err(ArnError::WrongKind {
                    arn: name_or_arn.to_string(),
                    found: arn.kind.segment(),
                    expected: kind.segment(),
                });
            }
            if arn.region != scope.region || arn.account != scope.account {
                return Err(ArnError::OtherScope(name_or_arn.to_string()));
            }
            Ok(arn)
        } else {
            Ok(scope.arn(kind, name_or_arn))
        }
    }

    /// The last `/`-separated segment of the path: a task id, an instance id, a cluster name.
    pub fn last_segment(&self) -> &str {
        self.path.rsplit('/').next().unwrap_or(&self.path)
    }
}

impl fmt::Display for Arn {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "arn:{PARTITION}:{SERVICE}:{}:{}:{}/{}",
            self.region,
            self.account,
            self.kind.segment(),
            self.path
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scope() -> Scope {
        Scope::new("us-east-1", "000000000000")
    }

    #[test]
    fn round_trips_every_kind() {
        for (kind, path) in [
            (ResourceKind::Cluster, "default"),
            (ResourceKind::TaskDefinition, "web:3"),
            (ResourceKind::Task, "default/0123abcd"),
            (ResourceKind::ContainerInstance, "default/abcd"),
            (ResourceKind::Service, "default/web"),
        ] {
            let arn = scope().arn(kind, path);
            assert_eq!(Arn::parse(&arn.to_string()), Ok(arn));
        }
    }

    #[test]
    fn resolves_names_and_arns() {
        let arn = Arn::resolve(&scope(), ResourceKind::Cluster, "prod").expect("name resolves");
        assert_eq!(
            arn.to_string(),
            "arn:aws:ecs:us-east-1:000000000000:cluster/prod"
        );
        let again =
            Arn::resolve(&scope(), ResourceKind::Cluster, &arn.to_string()).expect("arn resolves");
        assert_eq!(again, arn);
    }

    #[test]
    fn rejects_wrong_kind_scope_and_garbage() {
        let task = "arn:aws:ecs:us-east-1:000000000000:task/default/abc";
        assert!(matches!(
            Arn::resolve(&scope(), ResourceKind::Cluster, task),
            Err(ArnError::WrongKind { .. })
        ));
        let other = "arn:aws:ecs:eu-west-1:000000000000:cluster/prod";
        assert!(matches!(
            Arn::resolve(&scope(), ResourceKind::Cluster, other),
            Err(ArnError::OtherScope(_))
        ));
        for bad in [
            "arn:",
            "arn:aws:s3:::bucket",
            "arn:aws:ecs:r:a:nokind",
            "arn:aws:ecs:r:a:cluster/",
        ] {
            assert!(Arn::parse(bad).is_err(), "{bad}");
        }
    }
}
