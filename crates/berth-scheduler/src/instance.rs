//! The scheduler's view of a container instance: exactly what placement reads, nothing more.
//!
//! The control plane converts its container instance records into [`InstanceView`]s; this
//! module owns that shape and its [`QueryTarget`] reading, so that `memberOf` constraints and
//! `ListContainerInstances --filter` evaluate the same way. It must not know how records are
//! stored or how the view was assembled.

use berth_model::Resources;
use berth_query::QueryTarget;
use std::collections::BTreeMap;

/// The lifecycle status of a container instance (ECS `ContainerInstance.status`).
///
/// Only `Active` instances are placement candidates: `Draining` ones accept no new tasks, and the
/// others are not (or no longer) part of the cluster's capacity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum InstanceStatus {
    Registering,
    RegistrationFailed,
    Active,
    Draining,
    Deregistering,
    Inactive,
}

impl InstanceStatus {
    /// The ECS wire string.
    pub fn as_str(self) -> &'static str {
        match self {
            InstanceStatus::Registering => "REGISTERING",
            InstanceStatus::RegistrationFailed => "REGISTRATION_FAILED",
            InstanceStatus::Active => "ACTIVE",
            InstanceStatus::Draining => "DRAINING",
            InstanceStatus::Deregistering => "DEREGISTERING",
            InstanceStatus::Inactive => "INACTIVE",
        }
    }

    /// Parses the ECS wire string (exact, as ECS is).
    pub fn parse(text: &str) -> Option<InstanceStatus> {
        [
            InstanceStatus::Registering,
            InstanceStatus::RegistrationFailed,
            InstanceStatus::Active,
            InstanceStatus::Draining,
            InstanceStatus::Deregistering,
            InstanceStatus::Inactive,
        ]
        .into_iter()
        .find(|status| status.as_str() == text)
    }
}

/// One container instance as the scheduler sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct InstanceView {
    /// The container instance ARN, echoed in placements and failures.
    pub arn: String,
    pub ec2_instance_id: Option<String>,
    pub status: InstanceStatus,
    pub agent_connected: bool,
    pub agent_version: Option<String>,
    /// Attributes by name, `None` for attributes without a value. Includes the platform ones
    /// (`ecs.availability-zone`, `ecs.instance-type`, `ecs.os-type`, `ecs.cpu-architecture`).
    pub attributes: BTreeMap<String, Option<String>>,
    /// When the instance registered, in seconds since the Unix epoch.
    pub registered_at: f64,
    /// What is left to reserve: CPU units and MiB, and the host ports already taken.
    pub remaining: Resources,
    /// Tasks in the RUNNING state (the query language's `runningTasksCount`).
    pub running_tasks_count: i64,
    /// Live tasks (desired status other than STOPPED) per task group on this instance.
    pub task_groups: BTreeMap<String, u32>,
}

/// Up to this many attributes, [`InstanceView::attribute_value`] scans instead of searching.
const LINEAR_LOOKUP_MAX: usize = 32;

impl InstanceView {
    /// Tasks of `group` on this instance.
    pub fn group_count(&self, group: &str) -> u32 {
        self.task_groups.get(group).copied().unwrap_or(0)
    }

    /// The attribute `name`: `None` when absent, `Some(None)` when present without a value.
    ///
    /// Placement looks attributes up for every instance of the cluster on every request, and
    /// profiling showed half of that time in the string comparisons of `BTreeMap::get`, whose
    /// keys share long prefixes (`ecs.`...). For the usual dozen attributes a scan that
    /// compares lengths first does about one full comparison per lookup instead of several.
    pub fn attribute_value(&self, name: &str) -> Option<Option<&str>> {
        let found = if self.attributes.len() <= LINEAR_LOOKUP_MAX {
            self.attributes
                .iter()
                .find(|(key, _)| key.len() == name.len() && key.as_str() == name)
                .map(|(_, value)| value)
        } else {
            self.attributes.get(name)
        };
        found.map(Option::as_deref)
    }
}

impl QueryTarget for InstanceView {
    fn attribute(&self, name: &str) -> Option<Option<&str>> {
        self.attribute_value(name)
    }

    fn ec2_instance_id(&self) -> Option<&str> {
        self.ec2_instance_id.as_deref()
    }

    fn agent_connected(&self) -> bool {
        self.agent_connected
    }

    fn agent_version(&self) -> Option<&str> {
        self.agent_version.as_deref()
    }

    fn registered_at(&self) -> f64 {
        self.registered_at
    }

    fn running_tasks_count(&self) -> i64 {
        self.running_tasks_count
    }

    fn has_task_group(&self, group: &str) -> bool {
        self.group_count(group) > 0
    }

    fn any_task_group(&self, predicate: &mut dyn FnMut(&str) -> bool) -> bool {
        self.task_groups
            .iter()
            .any(|(group, count)| *count > 0 && predicate(group))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn view() -> InstanceView {
        InstanceView {
            arn: "arn:aws:ecs:us-east-1:1:container-instance/c/abc".into(),
            ec2_instance_id: None,
            status: InstanceStatus::Active,
            agent_connected: true,
            agent_version: None,
            attributes: BTreeMap::from([
                ("ecs.os-type".into(), Some("linux".into())),
                ("flag".into(), None),
            ]),
            registered_at: 0.0,
            remaining: Resources::default(),
            running_tasks_count: 0,
            task_groups: BTreeMap::from([("web".into(), 1), ("gone".into(), 0)]),
        }
    }

    #[test]
    fn statuses_round_trip_their_wire_names() {
        for text in ["ACTIVE", "DRAINING", "REGISTRATION_FAILED", "INACTIVE"] {
            assert_eq!(
                InstanceStatus::parse(text).map(InstanceStatus::as_str),
                Some(text)
            );
        }
        assert_eq!(InstanceStatus::parse("active"), None);
    }

    #[test]
    fn query_reads_attributes_and_live_groups() {
        let view = view();
        let check = |text: &str| berth_query::parse(text).map(|expr| expr.eval(&view));
        assert_eq!(check("attribute:ecs.os-type == linux"), Ok(true));
        assert_eq!(check("attribute:flag exists"), Ok(true));
        assert_eq!(check("task:group == web"), Ok(true));
        assert_eq!(check("task:group == gone"), Ok(false));
        assert_eq!(check("task:group =~ g.*"), Ok(false));
        // Callers holding a trait object (e.g. a ListContainerInstances filter) work too.
        let target: &dyn QueryTarget = &view;
        assert!(berth_query::parse("attribute:flag exists")
            .unwrap()
            .eval(target));
    }
}
