//! Property tests: safety invariants of `apply` and `next_actions` on random inputs, and
//! `validate`'s cycle detection against a brute-force search.

mod common;

use std::collections::BTreeMap;

use berth_lifecycle::{
    apply, next_actions, validate, Action, Condition, ContainerSpec, ContainerState,
    DependencyError, DependencyKind, DesiredStatus, Event, NetworkAttachment, NetworkKnownStatus,
    NetworkMode, TaskState,
};
use berth_model::{HealthStatus, StopCode, TaskStatus};
use common::{stop_task, Behavior, Sim, World};
use proptest::prelude::*;

const NAMES: [&str; 4] = ["a", "b", "c", "d"];

// ---------------------------------------------------------------------------------------------
// Random events straight into `apply`.

fn name() -> impl Strategy<Value = String> {
    // "zz" is not part of the task: such events must be rejected without effect.
    prop::sample::select(vec!["a", "b", "c", "zz"]).prop_map(str::to_owned)
}

fn health() -> impl Strategy<Value = HealthStatus> {
    prop::sample::select(HealthStatus::ALL.to_vec())
}

fn event() -> impl Strategy<Value = Event> {
    let at = (0u32..100).prop_map(f64::from);
    prop_oneof![
        (name(), at.clone()).prop_map(|(container, at)| Event::PullStarted { container, at }),
        (name(), at.clone()).prop_map(|(container, at)| Event::Pulled { container, at }),
        name().prop_map(|container| Event::PullFailed {
            container,
            error: "e".into()
        }),
        name().prop_map(|container| Event::Created {
            container,
            runtime_id: "id".into()
        }),
        name().prop_map(|container| Event::CreateFailed {
            container,
            error: "e".into()
        }),
        (name(), at.clone()).prop_map(|(container, at)| Event::Started { container, at }),
        name().prop_map(|container| Event::StartFailed {
            container,
            error: "e".into()
        }),
        (name(), prop::option::of(-1i32..3), at.clone()).prop_map(|(container, exit_code, at)| {
            Event::Exited {
                container,
                exit_code,
                at,
            }
        }),
        (name(), health()).prop_map(|(container, status)| Event::Health { container, status }),
        (prop::sample::select(StopCode::ALL.to_vec()), at.clone()).prop_map(|(stop_code, at)| {
            Event::DesiredStopped {
                stop_code,
                reason: "r".into(),
                at,
            }
        }),
        at.clone().prop_map(|at| Event::NetworkProvisioned {
            attachment: NetworkAttachment {
                private_ipv4_address: "10.0.0.9".into(),
                pause_runtime_id: None,
            },
            at
        }),
        Just(Event::NetworkProvisionFailed { error: "e".into() }),
        at.clone().prop_map(|at| Event::NetworkDeprovisioned { at }),
        (prop::sample::select(TaskStatus::ALL.to_vec()), at)
            .prop_map(|(status, at)| Event::TaskStatusChanged { status, at }),
    ]
}

/// Everything about a state that must only move forward.
fn assert_forward(before: &TaskState, after: &TaskState) {
    assert!(after.desired >= before.desired);
    assert!(after.known >= before.known);
    assert!(after.network.known >= before.network.known);
    if before.stop_code.is_some() {
        assert_eq!(after.stop_code, before.stop_code);
        assert_eq!(after.stopped_reason, before.stopped_reason);
    }
    for (name, b) in &before.containers {
        let a = &after.containers[name];
        assert!(a.known >= b.known, "{name}: {:?} -> {:?}", b.known, a.known);
        assert!(a.desired >= b.desired);
        if b.started_at.is_some() {
            assert_eq!(a.started_at, b.started_at);
        }
        if b.reason.is_some() {
            assert_eq!(a.reason, b.reason);
        }
        if b.known == berth_lifecycle::ContainerKnownStatus::Stopped {
            assert_eq!(a.exit_code, b.exit_code);
        }
    }
}

fn belongs(event: &Event, awsvpc: bool) -> bool {
    match event {
        Event::PullStarted { container, .. }
        | Event::Pulled { container, .. }
        | Event::PullFailed { container, .. }
        | Event::Created { container, .. }
        | Event::CreateFailed { container, .. }
        | Event::Started { container, .. }
        | Event::StartFailed { container, .. }
        | Event::Exited { container, .. }
        | Event::Health { container, .. } => container != "zz",
        Event::NetworkProvisioned { .. }
        | Event::NetworkProvisionFailed { .. }
        | Event::NetworkDeprovisioned { .. } => awsvpc,
        Event::DesiredStopped { .. } | Event::TaskStatusChanged { .. } => true,
    }
}

proptest! {
    #[test]
    fn statuses_never_go_backwards(
        awsvpc in any::<bool>(),
        events in prop::collection::vec(event(), 0..60),
    ) {
        let spec: Vec<_> = ["a", "b", "c"].iter().map(|n| ContainerSpec::new(*n)).collect();
        let mode = if awsvpc { NetworkMode::Awsvpc } else { NetworkMode::Bridge };
        let mut task = TaskState::new(&spec, mode);
        for event in &events {
            let result = apply(&task, event);
            // Only events foreign to the task are rejected.
            prop_assert_eq!(result.is_ok(), belongs(event, awsvpc), "{:?}", event);
            if let Ok(next) = result {
                assert_forward(&task, &next);
                task = next;
            }
            // Even on states no real agent would produce, a stopping task starts nothing.
            if task.desired == DesiredStatus::Stopped {
                for action in next_actions(&task, &spec, 50.0) {
                    prop_assert!(
                        !matches!(action, Action::Start { .. } | Action::Create { .. } | Action::Pull { .. }),
                        "{action:?} while desired STOPPED"
                    );
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Random tasks in a random world, driven by the simulated agent.

/// A random acyclic, valid spec: container i may depend only on containers declared before it
/// (then the declaration order is optionally reversed so order and topology differ).
fn spec() -> impl Strategy<Value = Vec<ContainerSpec>> {
    let container = (
        any::<bool>(),
        prop::collection::vec((0usize..4, 0usize..6), 0..3),
        prop::option::of(2u32..30),
        prop::option::of(5u32..40),
    );
    (prop::collection::vec(container, 1..=4), any::<bool>()).prop_map(|(raw, reverse)| {
        let mut specs: Vec<ContainerSpec> = Vec::new();
        for (i, (essential, deps, stop_timeout, start_timeout)) in raw.into_iter().enumerate() {
            let mut spec = ContainerSpec::new(NAMES[i]);
            spec.essential = essential;
            spec.stop_timeout_secs = stop_timeout;
            spec.start_timeout_secs = start_timeout;
            for (target, kind) in deps {
                if i == 0 {
                    break;
                }
                let target = NAMES[target % i].to_owned();
                match kind {
                    0 => spec.depends_on.push((target, Condition::Start)),
                    1 => spec.depends_on.push((target, Condition::Complete)),
                    2 => spec.depends_on.push((target, Condition::Success)),
                    3 => spec.depends_on.push((target, Condition::Healthy)),
                    4 => spec.links.push(format!("{target}:alias")),
                    _ => spec.volumes_from.push(target),
                }
            }
            specs.push(spec);
        }
        // Make the conditions legal: exit conditions need a non-essential target, HEALTHY a
        // health check.
        let targets: Vec<(String, Condition)> =
            specs.iter().flat_map(|s| s.depends_on.clone()).collect();
        for (target, condition) in targets {
            if let Some(t) = specs.iter_mut().find(|s| s.name == target) {
                if condition.needs_exit() {
                    t.essential = false;
                }
                if condition == Condition::Healthy {
                    t.has_health_check = true;
                }
            }
        }
        if reverse {
            specs.reverse();
        }
        specs
    })
}

fn behavior() -> impl Strategy<Value = Behavior> {
    let error = || prop::option::weighted(0.08, Just("boom".to_owned()));
    (
        error(),
        error(),
        error(),
        prop::option::of((1u32..30, 0i32..3)),
        prop::option::of((1u32..30, health())),
        any::<bool>(),
    )
        .prop_map(
            |(pull_error, create_error, start_error, exits, health, ignores_sigterm)| Behavior {
                pull_error,
                create_error,
                start_error,
                exits_after: exits.map(|(after, code)| (f64::from(after), code)),
                health_after: health.map(|(after, status)| (f64::from(after), status)),
                ignores_sigterm,
            },
        )
}

fn scenario() -> impl Strategy<Value = (Vec<ContainerSpec>, NetworkMode, World)> {
    (
        spec(),
        any::<bool>(),
        prop::collection::vec(behavior(), 4),
        0u32..100,
        prop::collection::vec(0u32..4, 1..8),
        prop::option::weighted(0.1, Just("no interface".to_owned())),
    )
        .prop_map(
            |(spec, awsvpc, behaviors, stop_at, delays, network_error)| {
                let mode = if awsvpc {
                    NetworkMode::Awsvpc
                } else {
                    NetworkMode::Bridge
                };
                let world = World {
                    behaviors: NAMES
                        .iter()
                        .zip(behaviors)
                        .map(|(n, b)| (n.to_string(), b))
                        .collect(),
                    // Every run ends with a StopTask at the latest, so every run must reach STOPPED.
                    external: vec![stop_task(f64::from(stop_at))],
                    network_error,
                    delays: delays.into_iter().map(f64::from).collect(),
                };
                (spec, mode, world)
            },
        )
}

/// The dependency condition, stated independently of the crate's gate.
fn holds(kind: DependencyKind, dep: &ContainerState) -> bool {
    use berth_lifecycle::ContainerKnownStatus as K;
    let started = dep.started_at.is_some();
    match kind {
        DependencyKind::DependsOn(Condition::Start) | DependencyKind::VolumesFrom => started,
        DependencyKind::Link => dep.known == K::Running,
        DependencyKind::DependsOn(Condition::Complete) => started && dep.known == K::Stopped,
        DependencyKind::DependsOn(Condition::Success) => {
            started && dep.known == K::Stopped && dep.exit_code == Some(0)
        }
        DependencyKind::DependsOn(Condition::Healthy) => {
            dep.known == K::Running && dep.health == HealthStatus::Healthy
        }
    }
}

fn dependents<'a>(spec: &'a [ContainerSpec], of: &'a str) -> impl Iterator<Item = &'a str> {
    spec.iter()
        .filter(move |c| c.dependencies().any(|d| d.container == of))
        .map(|c| c.name.as_str())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn the_agent_loop_is_safe_and_always_reaches_stopped(
        (spec, mode, world) in scenario()
    ) {
        prop_assert!(validate(&spec).is_ok(), "generator made an invalid spec: {:?}", validate(&spec));
        let mut sim = Sim::new(spec.clone(), mode, world);
        sim.run(true);
        let trace = sim.report();

        let mut stopping_seen = false;
        for step in &sim.steps {
            let state = &step.state;
            stopping_seen |= state.desired == DesiredStatus::Stopped;
            for action in &step.actions {
                match action {
                    Action::Create { container } => {
                        let c = spec.iter().find(|c| &c.name == container).unwrap();
                        for dep in c.dependencies() {
                            prop_assert!(
                                holds(dep.kind, state.container(dep.container)),
                                "t={} create {container} before {:?} on {} holds\n{trace}",
                                step.now, dep.kind, dep.container
                            );
                        }
                    }
                    Action::Start { container } => {
                        // Start only follows a Create, whose conditions were checked above.
                        prop_assert_eq!(
                            state.container(container).known,
                            berth_lifecycle::ContainerKnownStatus::Created
                        );
                    }
                    Action::Stop { container, .. } => {
                        for dependent in dependents(&spec, container) {
                            prop_assert!(
                                state.container(dependent).is_terminal(),
                                "t={} stop {container} before its dependent {dependent}\n{trace}",
                                step.now
                            );
                        }
                    }
                    Action::ReportTaskStatus(status) => prop_assert!(*status > state.known),
                    _ => {}
                }
                if stopping_seen {
                    prop_assert!(
                        !matches!(action, Action::Start { .. } | Action::Create { .. } | Action::Pull { .. }),
                        "t={} {action:?} after desired STOPPED\n{trace}", step.now
                    );
                }
            }
        }

        let end = &sim.task;
        prop_assert_eq!(end.known, TaskStatus::Stopped, "did not reach STOPPED\n{}", trace);
        prop_assert!(end.stop_code.is_some());
        prop_assert!(end.containers.values().all(ContainerState::is_terminal), "{}", trace);
        if mode == NetworkMode::Awsvpc {
            prop_assert_eq!(end.network.known, NetworkKnownStatus::Deprovisioned);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// `validate` finds exactly the cyclic graphs.

/// Brute force: a graph is acyclic exactly when some permutation of its nodes puts every
/// dependency before its dependent.
fn acyclic_by_permutations(n: usize, edges: &[(usize, usize)]) -> bool {
    fn permute(
        order: &mut Vec<usize>,
        used: &mut Vec<bool>,
        n: usize,
        ok: &dyn Fn(&[usize]) -> bool,
    ) -> bool {
        if order.len() == n {
            return ok(order);
        }
        for v in 0..n {
            if !used[v] {
                used[v] = true;
                order.push(v);
                let found = permute(order, used, n, ok);
                order.pop();
                used[v] = false;
                if found {
                    return true;
                }
            }
        }
        false
    }
    let ok = |order: &[usize]| {
        let position = |v: usize| order.iter().position(|&x| x == v).unwrap_or(usize::MAX);
        edges
            .iter()
            .all(|&(from, to)| position(to) < position(from))
    };
    permute(&mut Vec::new(), &mut vec![false; n], n, &ok)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn validate_detects_every_cycle(
        n in 1usize..=5,
        matrix in prop::collection::vec(0u8..8, 25),
    ) {
        // matrix[i * 5 + j]: 0..=2 is an edge i -> j of kind START / link / volumesFrom.
        let mut specs: Vec<ContainerSpec> =
            (0..n).map(|i| ContainerSpec::new(format!("c{i}"))).collect();
        let mut edges = Vec::new();
        for i in 0..n {
            for j in 0..n {
                let kind = matrix[i * 5 + j];
                if i == j || kind > 2 {
                    continue;
                }
                edges.push((i, j));
                let target = format!("c{j}");
                match kind {
                    0 => specs[i].depends_on.push((target, Condition::Start)),
                    1 => specs[i].links.push(target),
                    _ => specs[i].volumes_from.push(target),
                }
            }
        }
        let acyclic = acyclic_by_permutations(n, &edges);
        match validate(&specs) {
            Ok(()) => prop_assert!(acyclic, "validate missed a cycle in {edges:?}"),
            Err(DependencyError::Cycle { containers }) => {
                prop_assert!(!acyclic, "validate reported a cycle in acyclic {edges:?}");
                // The reported cycle must be real: each container depends on the next.
                let index: BTreeMap<&str, usize> =
                    specs.iter().enumerate().map(|(i, s)| (s.name.as_str(), i)).collect();
                let nodes: Vec<usize> = containers.iter().map(|c| index[c.as_str()]).collect();
                for k in 0..nodes.len() {
                    let edge = (nodes[k], nodes[(k + 1) % nodes.len()]);
                    prop_assert!(edges.contains(&edge), "{containers:?} uses missing edge {edge:?}");
                }
            }
            Err(other) => prop_assert!(false, "unexpected error {other}"),
        }
    }
}
