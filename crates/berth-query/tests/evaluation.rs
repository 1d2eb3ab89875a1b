//! Black-box evaluation tests: the developer guide's example expressions, and one table per
//! field, against a fake container instance.

use berth_query::{parse, QueryTarget};
use std::collections::BTreeMap;

#[derive(Default)]
struct Instance {
    attributes: BTreeMap<&'static str, Option<&'static str>>,
    ec2_instance_id: Option<&'static str>,
    agent_connected: bool,
    agent_version: Option<&'static str>,
    registered_at: f64,
    running_tasks_count: i64,
    groups: Vec<&'static str>,
}

impl QueryTarget for Instance {
    fn attribute(&self, name: &str) -> Option<Option<&str>> {
        self.attributes.get(name).copied()
    }
    fn ec2_instance_id(&self) -> Option<&str> {
        self.ec2_instance_id
    }
    fn agent_connected(&self) -> bool {
        self.agent_connected
    }
    fn agent_version(&self) -> Option<&str> {
        self.agent_version
    }
    fn registered_at(&self) -> f64 {
        self.registered_at
    }
    fn running_tasks_count(&self) -> i64 {
        self.running_tasks_count
    }
    fn any_task_group(&self, predicate: &mut dyn FnMut(&str) -> bool) -> bool {
        self.groups.iter().any(|group| predicate(group))
    }
}

/// A g2 instance in us-east-1a, registered 2018-01-01, running one production task.
fn g2_in_1a() -> Instance {
    Instance {
        attributes: BTreeMap::from([
            ("ecs.instance-type", Some("g2.2xlarge")),
            ("ecs.availability-zone", Some("us-east-1a")),
            ("ecs.capability.task-eni", None),
            ("weight", Some("10")),
        ]),
        ec2_instance_id: Some("i-abcd1234"),
        agent_connected: true,
        agent_version: Some("1.14.4"),
        registered_at: 1_514_764_800.0,
        running_tasks_count: 1,
        groups: vec!["service:production"],
    }
}

/// A t2 instance in us-east-1d with a disconnected agent and no tasks.
fn t2_in_1d() -> Instance {
    Instance {
        attributes: BTreeMap::from([
            ("ecs.instance-type", Some("t2.small")),
            ("ecs.availability-zone", Some("us-east-1d")),
            ("weight", Some("9")),
        ]),
        ec2_instance_id: Some("i-wxyx7890"),
        agent_connected: false,
        agent_version: Some("1.20.0"),
        registered_at: 1_528_000_000.0,
        running_tasks_count: 0,
        groups: vec!["database"],
    }
}

/// Each row: expression, expected for `g2_in_1a`, expected for `t2_in_1d`.
fn check(rows: &[(&str, bool, bool)]) {
    let (g2, t2) = (g2_in_1a(), t2_in_1d());
    let mut mismatches = Vec::new();
    for (text, on_g2, on_t2) in rows {
        match parse(text) {
            Ok(expr) => {
                let got = (expr.eval(&g2), expr.eval(&t2));
                if got != (*on_g2, *on_t2) {
                    mismatches.push(format!("{text}: got {got:?}"));
                }
            }
            Err(error) => mismatches.push(format!("{text}: {error}")),
        }
    }
    assert!(mismatches.is_empty(), "{mismatches:#?}");
}

#[test]
fn developer_guide_examples() {
    check(&[
        ("attribute:ecs.instance-type == t2.small", false, true),
        (
            "attribute:ecs.availability-zone in [us-east-1a, us-east-1b]",
            true,
            false,
        ),
        (
            "attribute:ecs.instance-type =~ g2.* and attribute:ecs.availability-zone != us-east-1d",
            true,
            false,
        ),
        ("task:group == service:production", true, false),
        ("not(task:group == database)", true, false),
        ("runningTasksCount == 1", true, false),
        ("agentVersion < 1.14.5", true, false),
        ("registeredAt < 2018-02-13", true, false),
        ("ec2InstanceId in ['i-abcd1234', 'i-wxyx7890']", true, true),
    ]);
}

#[test]
fn agent_fields() {
    check(&[
        ("agentConnected == true", true, false),
        ("agentConnected equals FALSE", false, true),
        ("agentConnected != true", false, true),
        ("agentConnected in [true, false]", true, true),
        ("agentConnected !in [true]", false, true),
        ("agentConnected =~ t.*", true, false),
        ("agentVersion == 1.14.4", true, false),
        ("agentVersion >= 1.14.4", true, true),
        ("agentVersion > 1.14.4", false, true),
        ("agentVersion <= 1.9", false, false),
        ("agentVersion != 1.20", true, false),
    ]);
}

#[test]
fn instance_fields() {
    check(&[
        ("ec2InstanceId == i-abcd1234", true, false),
        ("ec2InstanceId =~ i-abcd.*", true, false),
        ("ec2InstanceId !~ i-abcd.*", false, true),
        ("ec2InstanceId not_in [i-abcd1234]", false, true),
        ("registeredAt >= 2018-01-01", true, true),
        ("registeredAt > 2018-01-01T00:00:00Z", false, true),
        ("registeredAt == 1514764800", true, false),
        ("registeredAt < 2018-06-03T04:26:40+00:00", true, false),
        ("registeredAt <= 2018-06-03T04:26:40+00:00", true, true),
        ("runningTasksCount > 0", true, false),
        ("runningTasksCount <= 0", false, true),
        ("runningTasksCount != 0", true, false),
    ]);
}

#[test]
fn attributes() {
    check(&[
        ("attribute:ecs.capability.task-eni exists", true, false),
        ("attribute:ecs.capability.task-eni !exists", false, true),
        // Present without a value: only existence holds.
        ("attribute:ecs.capability.task-eni == ''", false, false),
        ("attribute:ecs.capability.task-eni =~ .*", false, false),
        // Absent: positive comparisons fail, negated ones hold.
        ("attribute:missing == x", false, false),
        ("attribute:missing != x", true, true),
        ("attribute:missing !in [x]", true, true),
        ("attribute:missing !~ x", true, true),
        ("attribute:missing > 0", false, false),
        // Numbers compare as numbers, text as text.
        ("attribute:weight > 9", true, false),
        ("attribute:weight >= 9.0", true, true),
        ("attribute:ecs.instance-type > m", false, true),
        ("attribute:ecs.instance-type < m", true, false),
        // Patterns match the whole value.
        ("attribute:ecs.instance-type =~ g2", false, false),
        ("attribute:ecs.instance-type =~ '(g2|t2)\\..*'", true, true),
        ("attribute:ecs.instance-type =~ '(?i)G2.*'", true, false),
    ]);
}

#[test]
fn task_groups_and_logic() {
    check(&[
        ("task:group exists", true, true),
        ("task:group in [database, cache]", false, true),
        ("task:group =~ service:.*", true, false),
        ("task:group !~ service:.*", false, true),
        ("task:group != database", true, false),
        ("task:group == database || agentConnected == true", true, true),
        ("task:group == database && agentConnected == true", false, false),
        ("!(task:group == database) and not agentConnected == false", true, false),
        (
            "(runningTasksCount == 0 or attribute:weight > 9) and attribute:ecs.availability-zone exists",
            true,
            true,
        ),
    ]);
}
