//! The container dependency graph: admission checks ([`validate`]), the start gate
//! ([`can_start`]), the stop gate ([`can_stop`]) and the orders they imply.
//!
//! Edges come from `dependsOn` (with a [`Condition`]) and, implicitly, from `links` and
//! `volumesFrom`: a container starts after the containers it depends on and stops before them.
//! The control plane calls [`validate`] when a task definition is registered, so its messages
//! name the container and the rule; the agent calls the gates at every step, so they take the
//! clock as a parameter. This module decides nothing about effects and must not mutate state.

use std::collections::{BTreeMap, BTreeSet};

use berth_model::HealthStatus;

use crate::spec::{Condition, ContainerSpec, DependencyKind};
use crate::state::ContainerState;
use crate::status::ContainerKnownStatus;

/// Whether a container may move on now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decision {
    /// Every dependency allows it.
    Ready,
    /// Some dependency may still allow it later; the reason says which and why.
    Wait(String),
    /// It can never happen (the task must stop); the reason is fit for `stoppedReason`.
    Never(String),
}

/// A rule of container dependencies that a task definition breaks.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DependencyError {
    #[error("container name {container} is used by more than one container in the task definition; names must be unique")]
    DuplicateName { container: String },
    #[error("container {container}: {field} names container {dependency}, which is not defined in the task definition")]
    UnknownContainer {
        container: String,
        field: &'static str,
        dependency: String,
    },
    #[error("container {container}: {field} names the container itself; a container cannot depend on itself")]
    SelfDependency {
        container: String,
        field: &'static str,
    },
    #[error("container {container}: dependsOn {dependency} with condition {condition} requires {dependency} to be non-essential, because the task stops when an essential container exits")]
    EssentialCompletionDependency {
        container: String,
        dependency: String,
        condition: Condition,
    },
    #[error("container {container}: dependsOn {dependency} with condition HEALTHY requires {dependency} to define a healthCheck")]
    HealthyWithoutHealthCheck {
        container: String,
        dependency: String,
    },
    #[error("containers {} form a dependency cycle (dependsOn, links and volumesFrom must not loop back)", cycle_text(.containers))]
    Cycle { containers: Vec<String> },
}

/// `a -> b -> a`: each container depends on the next, and the last on the first.
fn cycle_text(containers: &[String]) -> String {
    let mut text = containers.join(" -> ");
    if let Some(first) = containers.first() {
        text.push_str(" -> ");
        text.push_str(first);
    }
    text
}

/// Checks a task definition's containers against every dependency rule, reporting the first
/// broken rule in declaration order (names first, then per-container rules, then cycles).
pub fn validate(containers: &[ContainerSpec]) -> Result<(), DependencyError> {
    let mut by_name: BTreeMap<&str, &ContainerSpec> = BTreeMap::new();
    for spec in containers {
        if by_name.insert(spec.name.as_str(), spec).is_some() {
            return Err(DependencyError::DuplicateName {
                container: spec.name.clone(),
            });
        }
    }
    for spec in containers {
        for dep in spec.dependencies() {
            let field = dep.kind.field();
            if dep.container == spec.name {
                return Err(DependencyError::SelfDependency {
                    container: spec.name.clone(),
                    field,
                });
            }
            let Some(target) = by_name.get(dep.container) else {
                return Err(DependencyError::UnknownContainer {
                    container: spec.name.clone(),
                    field,
                    dependency: dep.container.to_owned(),
                });
            };
            match dep.kind {
                DependencyKind::DependsOn(condition)
                    if condition.needs_exit() && target.essential =>
                {
                    return Err(DependencyError::EssentialCompletionDependency {
                        container: spec.name.clone(),
                        dependency: target.name.clone(),
                        condition,
                    });
                }
                DependencyKind::DependsOn(Condition::Healthy) if !target.has_health_check => {
                    return Err(DependencyError::HealthyWithoutHealthCheck {
                        container: spec.name.clone(),
                        dependency: target.name.clone(),
                    });
                }
                _ => {}
            }
        }
    }
    match find_cycle(containers) {
        Some(cycle) => Err(DependencyError::Cycle { containers: cycle }),
        None => Ok(()),
    }
}

/// One cycle of the graph (container → its dependencies), if any, as the containers along it.
/// Depth-first in declaration order, so the answer is deterministic.
fn find_cycle(containers: &[ContainerSpec]) -> Option<Vec<String>> {
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        Unvisited,
        OnPath,
        Done,
    }
    let index: BTreeMap<&str, usize> = containers
        .iter()
        .enumerate()
        .map(|(i, c)| (c.name.as_str(), i))
        .collect();
    let edges: Vec<Vec<usize>> = containers
        .iter()
        .map(|c| {
            c.dependencies()
                .filter_map(|d| index.get(d.container).copied())
                .collect()
        })
        .collect();
    let mut marks = vec![Mark::Unvisited; containers.len()];
    for root in 0..containers.len() {
        if marks[root] != Mark::Unvisited {
            continue;
        }
        // An explicit stack of (node, next edge to try) keeps deep graphs off the call stack.
        let mut path: Vec<(usize, usize)> = vec![(root, 0)];
        marks[root] = Mark::OnPath;
        while let Some(&mut (node, ref mut next_edge)) = path.last_mut() {
            if let Some(&to) = edges[node].get(*next_edge) {
                *next_edge += 1;
                match marks[to] {
                    Mark::Unvisited => {
                        marks[to] = Mark::OnPath;
                        path.push((to, 0));
                    }
                    Mark::OnPath => {
                        let start = path.iter().position(|&(n, _)| n == to).unwrap_or(0);
                        return Some(
                            path[start..]
                                .iter()
                                .map(|&(n, _)| containers[n].name.clone())
                                .collect(),
                        );
                    }
                    Mark::Done => {}
                }
            } else {
                marks[node] = Mark::Done;
                path.pop();
            }
        }
    }
    None
}

/// A start order: every container after all it depends on, ties in declaration order.
pub fn start_order(containers: &[ContainerSpec]) -> Result<Vec<String>, DependencyError> {
    validate(containers)?;
    let mut placed: BTreeSet<&str> = BTreeSet::new();
    let mut order = Vec::with_capacity(containers.len());
    // Validation guarantees progress on every round, so at most n rounds.
    for _ in 0..containers.len() {
        for spec in containers {
            if !placed.contains(spec.name.as_str())
                && spec.dependencies().all(|d| placed.contains(d.container))
            {
                placed.insert(spec.name.as_str());
                order.push(spec.name.clone());
            }
        }
    }
    Ok(order)
}

/// The stop order: the reverse of [`start_order`], dependents before their dependencies.
pub fn stop_order(containers: &[ContainerSpec]) -> Result<Vec<String>, DependencyError> {
    let mut order = start_order(containers)?;
    order.reverse();
    Ok(order)
}

/// Whether `container` may be created and started now, given every container's state.
///
/// Per edge: START and `volumesFrom` need the dependency to have started; `links` need it to be
/// running (Docker refuses to link to a stopped container); COMPLETE needs it to have run and
/// exited; SUCCESS the same with exit code 0; HEALTHY needs it running and HEALTHY. A dependency
/// that can no longer get there (it failed, exited, or exceeded its `startTimeout` while waiting
/// for COMPLETE, SUCCESS or HEALTHY) makes the answer [`Decision::Never`].
pub fn can_start(
    containers: &[ContainerSpec],
    container: &str,
    states: &BTreeMap<String, ContainerState>,
    now: f64,
) -> Decision {
    let Some(spec) = containers.iter().find(|c| c.name == container) else {
        return Decision::Never(format!(
            "container {container} is not defined in the task definition"
        ));
    };
    let mut waits = Vec::new();
    for dep in spec.dependencies() {
        let Some(target) = containers.iter().find(|c| c.name == dep.container) else {
            return Decision::Never(format!(
                "container {container} cannot start: {} names container {}, which is not defined",
                dep.kind.field(),
                dep.container
            ));
        };
        if target.name == container {
            return Decision::Never(format!(
                "container {container} cannot start: it depends on itself"
            ));
        }
        let state = states
            .get(dep.container)
            .unwrap_or(&ContainerState::PENDING);
        match edge_decision(container, target, dep.kind, state, now) {
            Decision::Ready => {}
            Decision::Wait(reason) => waits.push(reason),
            never @ Decision::Never(_) => return never,
        }
    }
    if waits.is_empty() {
        Decision::Ready
    } else {
        Decision::Wait(waits.join("; "))
    }
}

/// The decision for one edge from `dependent` to `target` (in state `state`).
fn edge_decision(
    dependent: &str,
    target: &ContainerSpec,
    kind: DependencyKind,
    state: &ContainerState,
    now: f64,
) -> Decision {
    use ContainerKnownStatus as K;
    let name = &target.name;
    let exited = state.known == K::Stopped && state.has_started();
    let never_ran = || {
        Decision::Never(format!(
            "container {dependent} cannot start: its dependency {name} ({}) stopped without ever running{}",
            kind_text(kind),
            state.failure().map(|f| format!(" ({f})")).unwrap_or_default()
        ))
    };
    match kind {
        DependencyKind::DependsOn(Condition::Start) | DependencyKind::VolumesFrom => {
            if state.has_started() {
                Decision::Ready
            } else if state.is_terminal() {
                never_ran()
            } else {
                Decision::Wait(format!("waiting for {name} to start ({})", kind_text(kind)))
            }
        }
        DependencyKind::Link => match state.known {
            K::Running => Decision::Ready,
            _ if exited => Decision::Never(format!(
                "container {dependent} cannot start: linked container {name} is no longer running"
            )),
            _ if state.is_terminal() => never_ran(),
            _ => Decision::Wait(format!("waiting for linked container {name} to start")),
        },
        DependencyKind::DependsOn(Condition::Complete) => {
            if exited {
                Decision::Ready
            } else if state.is_terminal() {
                never_ran()
            } else {
                waiting(dependent, target, Condition::Complete, state, now, "to exit (COMPLETE)")
            }
        }
        DependencyKind::DependsOn(Condition::Success) => match (exited, state.exit_code) {
            (true, Some(0)) => Decision::Ready,
            (true, code) => Decision::Never(format!(
                "container {dependent} cannot start: its dependency {name} exited with {}, but condition SUCCESS requires exit code 0",
                code.map(|c| format!("code {c}")).unwrap_or_else(|| "no exit code".into())
            )),
            (false, _) if state.is_terminal() => never_ran(),
            (false, _) => waiting(dependent, target, Condition::Success, state, now, "to exit with code 0 (SUCCESS)"),
        },
        DependencyKind::DependsOn(Condition::Healthy) => {
            if state.known == K::Running && state.health == HealthStatus::Healthy {
                Decision::Ready
            } else if exited {
                Decision::Never(format!(
                    "container {dependent} cannot start: its dependency {name} exited before reporting HEALTHY"
                ))
            } else if state.is_terminal() {
                never_ran()
            } else {
                let wanted = format!("to become HEALTHY (now {})", state.health);
                waiting(dependent, target, Condition::Healthy, state, now, &wanted)
            }
        }
    }
}

/// A wait on COMPLETE, SUCCESS or HEALTHY, which gives up once the dependency has been running
/// for longer than its `startTimeout` (ECS semantics: the timeout belongs to the dependency and
/// counts from its start).
fn waiting(
    dependent: &str,
    target: &ContainerSpec,
    condition: Condition,
    state: &ContainerState,
    now: f64,
    what: &str,
) -> Decision {
    let name = &target.name;
    match (state.started_at, target.start_timeout_secs) {
        (Some(started), Some(limit)) if now >= started + f64::from(limit) => {
            Decision::Never(format!(
                "container {dependent} cannot start: its dependency {name} did not reach {condition} within its startTimeout of {limit} s"
            ))
        }
        _ => Decision::Wait(format!("waiting for {name} {what}")),
    }
}

fn kind_text(kind: DependencyKind) -> String {
    match kind {
        DependencyKind::DependsOn(condition) => format!("dependsOn {condition}"),
        other => other.field().to_owned(),
    }
}

/// Whether `container` may be stopped now: only once every container that depends on it (by any
/// edge) is terminal, so dependents stop before their dependencies. Never [`Decision::Never`].
pub fn can_stop(
    containers: &[ContainerSpec],
    container: &str,
    states: &BTreeMap<String, ContainerState>,
) -> Decision {
    let waiting_for: Vec<&str> = containers
        .iter()
        .filter(|c| c.name != container && c.dependencies().any(|d| d.container == container))
        .filter(|c| {
            !states
                .get(&c.name)
                .unwrap_or(&ContainerState::PENDING)
                .is_terminal()
        })
        .map(|c| c.name.as_str())
        .collect();
    if waiting_for.is_empty() {
        Decision::Ready
    } else {
        Decision::Wait(format!(
            "waiting for dependents {} to stop before stopping {container}",
            waiting_for.join(", ")
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::{expect, Expect};

    fn c(name: &str) -> ContainerSpec {
        ContainerSpec::new(name)
    }

    fn dep(mut spec: ContainerSpec, on: &str, condition: Condition) -> ContainerSpec {
        spec.depends_on.push((on.into(), condition));
        spec
    }

    fn nonessential(mut spec: ContainerSpec) -> ContainerSpec {
        spec.essential = false;
        spec
    }

    fn check_validate(containers: &[ContainerSpec], expect: Expect) {
        let actual = match validate(containers) {
            Ok(()) => format!("ok, start order {:?}", start_order(containers).unwrap()),
            Err(e) => e.to_string(),
        };
        expect.assert_eq(&actual);
    }

    #[test]
    fn validate_accepts_a_well_formed_graph_and_orders_it() {
        let mut web = dep(c("web"), "init", Condition::Success);
        web.links.push("db:database".into());
        web.volumes_from.push("data".into());
        check_validate(
            &[
                web,
                nonessential(c("init")),
                c("db"),
                nonessential(c("data")),
            ],
            expect![[r#"ok, start order ["init", "db", "data", "web"]"#]],
        );
    }

    #[test]
    fn validate_names_the_container_and_the_rule() {
        check_validate(
            &[c("a"), c("a")],
            expect!["container name a is used by more than one container in the task definition; names must be unique"],
        );
        check_validate(
            &[dep(c("web"), "ghost", Condition::Start)],
            expect!["container web: dependsOn names container ghost, which is not defined in the task definition"],
        );
        let mut linked = c("web");
        linked.links.push("ghost:alias".into());
        check_validate(
            &[linked],
            expect!["container web: links names container ghost, which is not defined in the task definition"],
        );
        let mut own = c("web");
        own.volumes_from.push("web".into());
        check_validate(
            &[own],
            expect!["container web: volumesFrom names the container itself; a container cannot depend on itself"],
        );
        check_validate(
            &[dep(c("web"), "init", Condition::Complete), c("init")],
            expect!["container web: dependsOn init with condition COMPLETE requires init to be non-essential, because the task stops when an essential container exits"],
        );
        check_validate(
            &[dep(c("web"), "db", Condition::Healthy), c("db")],
            expect!["container web: dependsOn db with condition HEALTHY requires db to define a healthCheck"],
        );
        let mut b = c("b");
        b.links.push("c".into());
        let mut cc = c("c");
        cc.volumes_from.push("a".into());
        check_validate(
            &[dep(c("a"), "b", Condition::Start), b, cc, c("d")],
            expect!["containers a -> b -> c -> a form a dependency cycle (dependsOn, links and volumesFrom must not loop back)"],
        );
    }

    fn states(entries: &[(&str, ContainerState)]) -> BTreeMap<String, ContainerState> {
        entries
            .iter()
            .map(|(n, s)| (n.to_string(), s.clone()))
            .collect()
    }

    fn running(at: f64, health: HealthStatus) -> ContainerState {
        ContainerState {
            known: ContainerKnownStatus::Running,
            started_at: Some(at),
            health,
            ..ContainerState::PENDING
        }
    }

    fn exited(code: Option<i32>) -> ContainerState {
        ContainerState {
            known: ContainerKnownStatus::Stopped,
            desired: crate::DesiredStatus::Stopped,
            started_at: Some(1.0),
            finished_at: Some(2.0),
            exit_code: code,
            ..ContainerState::PENDING
        }
    }

    #[test]
    fn can_start_follows_each_condition() {
        let mut init = nonessential(c("init"));
        init.has_health_check = true;
        init.start_timeout_secs = Some(10);
        let spec_for = |condition| [dep(c("app"), "init", condition), init.clone()];
        let failed = ContainerState {
            desired: crate::DesiredStatus::Stopped,
            reason: Some("CannotPullContainerError: nope".into()),
            ..ContainerState::PENDING
        };
        let cases = [
            (Condition::Start, ContainerState::PENDING, 0.0),
            (Condition::Start, running(1.0, HealthStatus::Unknown), 2.0),
            (Condition::Start, exited(Some(3)), 5.0),
            (Condition::Start, failed.clone(), 5.0),
            (
                Condition::Complete,
                running(1.0, HealthStatus::Unknown),
                2.0,
            ),
            (Condition::Complete, exited(Some(3)), 5.0),
            (Condition::Success, exited(Some(0)), 5.0),
            (Condition::Success, exited(Some(3)), 5.0),
            (
                Condition::Success,
                running(1.0, HealthStatus::Unknown),
                11.0,
            ),
            (
                Condition::Healthy,
                running(1.0, HealthStatus::Unhealthy),
                5.0,
            ),
            (Condition::Healthy, running(1.0, HealthStatus::Healthy), 5.0),
            (
                Condition::Healthy,
                running(1.0, HealthStatus::Unknown),
                11.0,
            ),
            (Condition::Healthy, exited(Some(0)), 5.0),
        ];
        let actual: String = cases
            .iter()
            .map(|(condition, state, now)| {
                let decision = can_start(
                    &spec_for(*condition),
                    "app",
                    &states(&[("init", state.clone())]),
                    *now,
                );
                let known = format!("{:?}", state.known);
                format!(
                    "{:<8} {known:<8} t={now:<4} {decision:?}\n",
                    condition.to_string()
                )
            })
            .collect();
        expect![[r#"
            START    None     t=0    Wait("waiting for init to start (dependsOn START)")
            START    Running  t=2    Ready
            START    Stopped  t=5    Ready
            START    None     t=5    Never("container app cannot start: its dependency init (dependsOn START) stopped without ever running (CannotPullContainerError: nope)")
            COMPLETE Running  t=2    Wait("waiting for init to exit (COMPLETE)")
            COMPLETE Stopped  t=5    Ready
            SUCCESS  Stopped  t=5    Ready
            SUCCESS  Stopped  t=5    Never("container app cannot start: its dependency init exited with code 3, but condition SUCCESS requires exit code 0")
            SUCCESS  Running  t=11   Never("container app cannot start: its dependency init did not reach SUCCESS within its startTimeout of 10 s")
            HEALTHY  Running  t=5    Wait("waiting for init to become HEALTHY (now UNHEALTHY)")
            HEALTHY  Running  t=5    Ready
            HEALTHY  Running  t=11   Never("container app cannot start: its dependency init did not reach HEALTHY within its startTimeout of 10 s")
            HEALTHY  Stopped  t=5    Never("container app cannot start: its dependency init exited before reporting HEALTHY")
        "#]]
        .assert_eq(&actual);
    }

    #[test]
    fn links_need_the_target_running_and_stops_wait_for_dependents() {
        let mut web = c("web");
        web.links.push("db:database".into());
        let spec = [web, c("db")];
        let up = states(&[("db", running(1.0, HealthStatus::Unknown))]);
        assert_eq!(can_start(&spec, "web", &up, 2.0), Decision::Ready);
        let gone = states(&[("db", exited(Some(0)))]);
        assert!(matches!(
            can_start(&spec, "web", &gone, 2.0),
            Decision::Never(_)
        ));

        let both = states(&[
            ("db", running(1.0, HealthStatus::Unknown)),
            ("web", running(1.0, HealthStatus::Unknown)),
        ]);
        assert_eq!(
            can_stop(&spec, "db", &both),
            Decision::Wait("waiting for dependents web to stop before stopping db".into())
        );
        assert_eq!(can_stop(&spec, "web", &both), Decision::Ready);
        assert_eq!(stop_order(&spec).unwrap(), ["web", "db"]);
    }
}
