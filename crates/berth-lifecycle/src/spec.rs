//! The lifecycle's view of a task definition: one [`ContainerSpec`] per container, the
//! `dependsOn` [`Condition`]s and the task's [`NetworkMode`].
//!
//! These are input types owned by this crate, deliberately smaller than a task definition: only
//! what ordering, stopping and failure decisions need. Converting from the ECS wire shape
//! (`containerDefinitions[].dependsOn`, `links`, `volumesFrom[].sourceContainer`, `healthCheck`)
//! is the caller's job; this module must not know the wire format.

use serde::{Deserialize, Serialize};

use crate::timeouts::DEFAULT_STOP_TIMEOUT_SECS;

/// A `dependsOn` condition, with ECS semantics.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Condition {
    /// The dependency has been started (it may have exited since).
    Start,
    /// The dependency ran and exited, with any exit code. The dependency must be non-essential.
    Complete,
    /// The dependency ran and exited with code 0. The dependency must be non-essential.
    Success,
    /// The dependency's Docker health check reported HEALTHY. Requires a `healthCheck`. Checked
    /// only while the dependent starts up, as ECS does.
    Healthy,
}

impl Condition {
    /// Every condition, in declaration order.
    pub const ALL: &'static [Condition] = &[
        Condition::Start,
        Condition::Complete,
        Condition::Success,
        Condition::Healthy,
    ];

    /// The ECS wire string.
    pub fn as_str(self) -> &'static str {
        match self {
            Condition::Start => "START",
            Condition::Complete => "COMPLETE",
            Condition::Success => "SUCCESS",
            Condition::Healthy => "HEALTHY",
        }
    }

    /// Parses the ECS wire string (exact, case-sensitive as ECS is).
    pub fn parse(text: &str) -> Option<Condition> {
        Condition::ALL.iter().copied().find(|c| c.as_str() == text)
    }

    /// Whether this condition needs the dependency to have exited (and so to be non-essential).
    pub fn needs_exit(self) -> bool {
        matches!(self, Condition::Complete | Condition::Success)
    }
}

impl std::fmt::Display for Condition {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One container of a task, as far as the lifecycle is concerned.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContainerSpec {
    /// The container's name, unique within the task.
    pub name: String,
    /// Whether the task stops when this container stops.
    pub essential: bool,
    /// `dependsOn`: (container name, condition).
    pub depends_on: Vec<(String, Condition)>,
    /// `links`: `"name"` or `"name:alias"`. The linked container must be running when this one
    /// starts (Docker refuses to link to a stopped container).
    pub links: Vec<String>,
    /// `volumesFrom[].sourceContainer`: containers whose volumes this one mounts; they must have
    /// started first.
    pub volumes_from: Vec<String>,
    /// Whether the container has a `healthCheck` (a HEALTHY dependency on it needs one).
    pub has_health_check: bool,
    /// `stopTimeout`: seconds between SIGTERM and SIGKILL; `None` means
    /// [`DEFAULT_STOP_TIMEOUT_SECS`]. An agent configured with another default fills this in.
    pub stop_timeout_secs: Option<u32>,
    /// `startTimeout`: how long dependents wait for this container to reach a COMPLETE, SUCCESS
    /// or HEALTHY condition, counted from when it started. `None` means they wait indefinitely.
    pub start_timeout_secs: Option<u32>,
}

impl ContainerSpec {
    /// An essential container with no dependencies and default timeouts.
    pub fn new(name: impl Into<String>) -> ContainerSpec {
        ContainerSpec {
            name: name.into(),
            essential: true,
            depends_on: Vec::new(),
            links: Vec::new(),
            volumes_from: Vec::new(),
            has_health_check: false,
            stop_timeout_secs: None,
            start_timeout_secs: None,
        }
    }

    /// The stop timeout to give Docker for this container.
    pub fn effective_stop_timeout_secs(&self) -> u32 {
        self.stop_timeout_secs.unwrap_or(DEFAULT_STOP_TIMEOUT_SECS)
    }

    /// Every container this one must start after, with the kind of ordering, in declaration
    /// order: `dependsOn` first, then `links`, then `volumesFrom`.
    pub fn dependencies(&self) -> impl Iterator<Item = Dependency<'_>> {
        let conditions = self.depends_on.iter().map(|(name, condition)| Dependency {
            container: name.as_str(),
            kind: DependencyKind::DependsOn(*condition),
        });
        let links = self.links.iter().map(|link| Dependency {
            container: link_target(link),
            kind: DependencyKind::Link,
        });
        let volumes = self.volumes_from.iter().map(|name| Dependency {
            container: name.as_str(),
            kind: DependencyKind::VolumesFrom,
        });
        conditions.chain(links).chain(volumes)
    }
}

/// The container a `links` entry names: the part before the optional `:alias`.
pub fn link_target(link: &str) -> &str {
    match link.split_once(':') {
        Some((name, _alias)) => name,
        None => link,
    }
}

/// One ordering edge from a container to a container it must start after.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dependency<'a> {
    /// The container depended on.
    pub container: &'a str,
    /// Why, and what it must reach.
    pub kind: DependencyKind,
}

/// Where an ordering edge comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DependencyKind {
    /// An explicit `dependsOn` entry.
    DependsOn(Condition),
    /// An implicit edge from `links`.
    Link,
    /// An implicit edge from `volumesFrom`.
    VolumesFrom,
}

impl DependencyKind {
    /// The task-definition field the edge comes from, for error messages.
    pub fn field(self) -> &'static str {
        match self {
            DependencyKind::DependsOn(_) => "dependsOn",
            DependencyKind::Link => "links",
            DependencyKind::VolumesFrom => "volumesFrom",
        }
    }
}

/// The task's `networkMode`. Only `awsvpc` needs a network namespace of its own (set up by a
/// pause container before any application container is created, torn down after all stopped).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum NetworkMode {
    Bridge,
    Host,
    Awsvpc,
    None,
}

impl NetworkMode {
    /// Whether the task needs its own network namespace (provision/deprovision steps).
    pub fn needs_namespace(self) -> bool {
        matches!(self, NetworkMode::Awsvpc)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conditions_round_trip_their_wire_names() {
        for condition in Condition::ALL {
            assert_eq!(Condition::parse(condition.as_str()), Some(*condition));
        }
        assert_eq!(Condition::parse("start"), None);
    }

    #[test]
    fn links_name_the_container_before_the_alias() {
        assert_eq!(link_target("db"), "db");
        assert_eq!(link_target("db:database"), "db");
    }

    #[test]
    fn dependencies_list_depends_on_then_links_then_volumes() {
        let mut spec = ContainerSpec::new("app");
        spec.depends_on.push(("init".into(), Condition::Success));
        spec.links.push("db:database".into());
        spec.volumes_from.push("data".into());
        let deps: Vec<_> = spec
            .dependencies()
            .map(|d| (d.container, d.kind.field()))
            .collect();
        assert_eq!(
            deps,
            [
                ("init", "dependsOn"),
                ("db", "links"),
                ("data", "volumesFrom")
            ]
        );
        assert_eq!(
            spec.effective_stop_timeout_secs(),
            DEFAULT_STOP_TIMEOUT_SECS
        );
    }
}
