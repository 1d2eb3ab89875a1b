//! Black-box tests of the placement pipeline: one table per strategy, constraint and failure
//! reason, then property tests of the safety invariants on random clusters.

use berth_model::Resources;
use berth_scheduler::{
    apply, place, BinpackField, ClusterIndex, Constraint, InstanceStatus, InstanceView,
    PlacementOutcome, PlacementRequest, RejectReason, SpreadField, Strategy,
};
use proptest::prelude::{any, prop, prop_assert, prop_assert_eq, prop_assert_ne, proptest};
use proptest::strategy::Strategy as _;
use std::collections::{BTreeMap, BTreeSet};

const GROUP: &str = "service:web";

fn instance(id: &str, zone: &str, cpu: i64, memory: i64) -> InstanceView {
    InstanceView {
        arn: format!("arn:aws:ecs:us-east-1:123456789012:container-instance/prod/{id}"),
        ec2_instance_id: Some(format!("i-{id}")),
        status: InstanceStatus::Active,
        agent_connected: true,
        agent_version: Some("1.80.0".into()),
        attributes: BTreeMap::from([
            ("ecs.availability-zone".into(), Some(zone.into())),
            ("ecs.instance-type".into(), Some("t3.large".into())),
            ("ecs.os-type".into(), Some("linux".into())),
        ]),
        registered_at: 1_700_000_000.0,
        remaining: Resources {
            cpu,
            memory,
            ..Resources::default()
        },
        running_tasks_count: 0,
        task_groups: BTreeMap::new(),
    }
}

fn with_group(mut view: InstanceView, count: u32) -> InstanceView {
    view.task_groups.insert(GROUP.into(), count);
    view
}

fn request(
    count: u32,
    strategies: Vec<Strategy>,
    constraints: Vec<Constraint>,
) -> PlacementRequest {
    PlacementRequest {
        count,
        group: GROUP.into(),
        task: Resources {
            cpu: 256,
            memory: 512,
            ..Resources::default()
        },
        required_attributes: Vec::new(),
        constraints,
        strategies,
        seed: 42,
    }
}

/// The instance ids (last ARN segment) of the placements, in task order.
fn placed(outcome: &PlacementOutcome) -> Vec<&str> {
    outcome
        .placements
        .iter()
        .map(|p| p.instance_arn.rsplit('/').next().unwrap_or_default())
        .collect()
}

/// `id=REASON` for each failure, in order.
fn failures(outcome: &PlacementOutcome) -> Vec<String> {
    outcome
        .failures
        .iter()
        .map(|f| {
            let id = f.instance_arn.rsplit('/').next().unwrap_or_default();
            format!("{id}={}", f.reason)
        })
        .collect()
}

fn member_of(text: &str) -> Constraint {
    Constraint::MemberOf(berth_query::parse(text).unwrap())
}

const BINPACK_MEMORY: Strategy = Strategy::Binpack(BinpackField::Memory);

fn spread_zone() -> Strategy {
    Strategy::Spread(SpreadField::Attribute("ecs.availability-zone".into()))
}

#[test]
fn binpack_prefers_the_least_remaining_resource() {
    let cluster = [
        instance("a", "z1", 4096, 2048),
        instance("b", "z1", 3072, 1024),
        instance("c", "z1", 512, 4096),
    ];
    let outcome = place(&cluster, &request(3, vec![BINPACK_MEMORY], vec![]));
    assert_eq!(placed(&outcome), ["b", "b", "a"]);

    let cpu = Strategy::Binpack(BinpackField::Cpu);
    let outcome = place(&cluster, &request(3, vec![cpu], vec![]));
    assert_eq!(placed(&outcome), ["c", "c", "b"]);
}

#[test]
fn spread_balances_the_group_across_zones_counting_existing_tasks() {
    let cluster = [
        with_group(instance("a1", "z1", 8192, 8192), 2),
        instance("a2", "z1", 8192, 8192),
        instance("b1", "z2", 8192, 8192),
        instance("b2", "z2", 8192, 8192),
        instance("c1", "z3", 8192, 8192),
    ];
    let outcome = place(&cluster, &request(4, vec![spread_zone()], vec![]));
    let mut per_zone = BTreeMap::new();
    for id in placed(&outcome) {
        *per_zone.entry(&id[..1]).or_insert(0) += 1;
    }
    assert_eq!(per_zone, BTreeMap::from([("b", 2), ("c", 2)]));
}

#[test]
fn spread_then_binpack_packs_within_the_emptiest_zone() {
    let cluster = [
        with_group(instance("a1", "z1", 8192, 1024), 1),
        instance("b1", "z2", 8192, 4096),
        instance("b2", "z2", 8192, 2048),
        instance("b3", "z2", 8192, 3072),
    ];
    let outcome = place(
        &cluster,
        &request(1, vec![spread_zone(), BINPACK_MEMORY], vec![]),
    );
    assert_eq!(placed(&outcome), ["b2"]);
}

#[test]
fn instances_without_the_spread_attribute_form_their_own_bucket() {
    let mut bare = instance("x", "z1", 8192, 8192);
    bare.attributes.remove("ecs.availability-zone");
    let cluster = [with_group(instance("a", "z1", 8192, 8192), 1), bare];
    let outcome = place(&cluster, &request(1, vec![spread_zone()], vec![]));
    assert_eq!(placed(&outcome), ["x"]);
}

#[test]
fn spread_over_instances_evens_out_task_counts() {
    let cluster = [
        with_group(instance("a", "z1", 8192, 8192), 3),
        instance("b", "z1", 8192, 8192),
        instance("c", "z1", 8192, 8192),
    ];
    let spread = Strategy::Spread(SpreadField::Instance);
    let outcome = place(&cluster, &request(6, vec![spread], vec![]));
    let ids = placed(&outcome);
    assert_eq!(ids.iter().filter(|id| **id == "b").count(), 3);
    assert_eq!(ids.iter().filter(|id| **id == "c").count(), 3);
}

#[test]
fn random_is_seeded_and_the_default() {
    let cluster: Vec<_> = (0..8)
        .map(|i| instance(&format!("i{i}"), "z1", 8192, 8192))
        .collect();
    for strategies in [vec![], vec![Strategy::Random, BINPACK_MEMORY]] {
        let mut chosen = BTreeSet::new();
        for seed in 0..64 {
            let request = PlacementRequest {
                seed,
                ..request(1, strategies.clone(), vec![])
            };
            let first = place(&cluster, &request);
            assert_eq!(first, place(&cluster, &request), "same seed, same outcome");
            chosen.insert(first.placements[0].instance_index);
        }
        assert!(
            chosen.len() >= 6,
            "seeds should reach most instances: {chosen:?}"
        );
    }
}

#[test]
fn distinct_instance_counts_existing_and_earlier_placements() {
    let cluster = [
        with_group(instance("a", "z1", 8192, 8192), 1),
        instance("b", "z1", 8192, 8192),
        instance("c", "z1", 8192, 8192),
    ];
    let outcome = place(
        &cluster,
        &request(3, vec![], vec![Constraint::DistinctInstance]),
    );
    let mut ids = placed(&outcome);
    ids.sort_unstable();
    assert_eq!(ids, ["b", "c"]);
    assert_eq!(outcome.unplaced, 1);
    assert_eq!(
        failures(&outcome),
        [
            "a=DistinctInstance placement constraint unsatisfied.",
            "b=DistinctInstance placement constraint unsatisfied.",
            "c=DistinctInstance placement constraint unsatisfied.",
        ]
    );
}

#[test]
fn member_of_filters_candidates_and_sees_tasks_placed_earlier() {
    let mut small = instance("s", "z1", 8192, 8192);
    small
        .attributes
        .insert("ecs.instance-type".into(), Some("t2.small".into()));
    let cluster = [small, instance("l", "z1", 8192, 8192)];
    let outcome = place(
        &cluster,
        &request(
            2,
            vec![],
            vec![member_of("attribute:ecs.instance-type =~ t2.*")],
        ),
    );
    assert_eq!(placed(&outcome), ["s", "s"]);

    // Anti-affinity with the request's own group behaves like distinctInstance.
    let anti = member_of("not(task:group == service:web)");
    let outcome = place(&cluster, &request(3, vec![], vec![anti]));
    assert_eq!(outcome.placements.len(), 2);
    assert_eq!(
        failures(&outcome),
        [
            "s=MemberOf placement constraint unsatisfied.",
            "l=MemberOf placement constraint unsatisfied.",
        ]
    );
}

#[test]
fn every_failure_reason_in_pipeline_order() {
    let mut disconnected = instance("agent", "z1", 8192, 8192);
    disconnected.agent_connected = false;
    let mut lacking = instance("attribute", "z1", 0, 0);
    lacking.attributes.remove("ecs.os-type");
    let mut windows = instance("member", "z1", 0, 0);
    windows
        .attributes
        .insert("ecs.os-type".into(), Some("windows".into()));
    let mut busy = instance("ports", "z1", 8192, 8192);
    busy.remaining.ports_tcp.insert(80);
    let mut draining = instance("draining", "z1", 8192, 8192);
    draining.status = InstanceStatus::Draining;
    let cluster = [
        disconnected,
        lacking,
        windows,
        with_group(instance("distinct", "z1", 8192, 8192), 1),
        instance("cpu", "z1", 255, 8192),
        instance("memory", "z1", 8192, 511),
        busy,
        draining,
    ];
    let mut request = request(
        1,
        vec![],
        vec![
            member_of("attribute:ecs.os-type == linux"),
            Constraint::DistinctInstance,
        ],
    );
    request.required_attributes = vec!["ecs.os-type".into()];
    request.task.ports_tcp.insert(80);
    let outcome = place(&cluster, &request);
    assert!(outcome.placements.is_empty());
    assert_eq!(outcome.unplaced, 1);
    assert_eq!(
        failures(&outcome),
        [
            "agent=AGENT",
            "attribute=ATTRIBUTE",
            "member=MemberOf placement constraint unsatisfied.",
            "distinct=DistinctInstance placement constraint unsatisfied.",
            "cpu=RESOURCE:CPU",
            "memory=RESOURCE:MEMORY",
            "ports=RESOURCE:PORTS",
        ]
    );
    let closest = outcome.closest_match().unwrap();
    assert_eq!(
        (closest.instance_id(), closest.reason),
        ("ports", RejectReason::Ports)
    );
}

#[test]
fn a_port_is_placed_once_per_instance() {
    let cluster = [
        instance("a", "z1", 8192, 8192),
        instance("b", "z1", 8192, 8192),
    ];
    let mut request = request(3, vec![], vec![]);
    request.task.ports_udp.insert(53);
    let outcome = place(&cluster, &request);
    let mut ids = placed(&outcome);
    ids.sort_unstable();
    assert_eq!(ids, ["a", "b"]);
    assert_eq!(failures(&outcome), ["a=RESOURCE:PORTS", "b=RESOURCE:PORTS"]);
    assert_eq!(outcome.unplaced, 1);
}

#[test]
fn resources_run_out_mid_request() {
    let cluster = [instance("a", "z1", 1024, 1200)];
    let outcome = place(&cluster, &request(4, vec![], vec![]));
    assert_eq!(placed(&outcome), ["a", "a"]);
    assert_eq!(outcome.unplaced, 2);
    assert_eq!(failures(&outcome), ["a=RESOURCE:MEMORY"]);
    assert_eq!(
        outcome.service_event_message("web").unwrap(),
        "service web was unable to place a task because no container instance met all of its \
         requirements. The closest matching container-instance a has insufficient memory \
         available. For more information, see the Troubleshooting section of the Amazon ECS \
         Developer Guide."
    );
}

#[test]
fn no_container_instances_is_distinguishable() {
    let mut draining = instance("d", "z1", 8192, 8192);
    draining.status = InstanceStatus::Draining;
    for cluster in [vec![], vec![draining]] {
        let outcome = place(&cluster, &request(2, vec![], vec![]));
        assert!(outcome.no_container_instances);
        assert_eq!(outcome.unplaced, 2);
        assert!(outcome.failures.is_empty());
    }
    let outcome = place(&[instance("a", "z1", 0, 0)], &request(1, vec![], vec![]));
    assert!(!outcome.no_container_instances);
}

#[test]
fn apply_records_placements_for_the_next_request() {
    let mut cluster = vec![
        instance("a", "z1", 1024, 1024),
        instance("b", "z1", 1024, 1024),
    ];
    let first = request(2, vec![BINPACK_MEMORY], vec![]);
    let outcome = place(&cluster, &first);
    apply(&mut cluster, &first, &outcome);
    let index = outcome.placements[0].instance_index;
    assert_eq!(cluster[index].remaining.memory, 0);
    assert_eq!(cluster[index].group_count(GROUP), 2);
    let second = place(
        &cluster,
        &request(1, vec![], vec![Constraint::DistinctInstance]),
    );
    assert_eq!(second.placements[0].instance_index, 1 - index);
}

// ---------------------------------------------------------------------------------------------
// Properties.

const ZONES: [&str; 3] = ["z1", "z2", "z3"];
const PORTS: [u16; 3] = [80, 443, 8080];

fn arb_instance(index: usize) -> impl proptest::strategy::Strategy<Value = InstanceView> {
    (
        0i64..4096,
        0i64..8192,
        prop::option::weighted(0.9, 0usize..3),
        prop::sample::select(vec![
            InstanceStatus::Active,
            InstanceStatus::Active,
            InstanceStatus::Active,
            InstanceStatus::Draining,
        ]),
        prop::bool::weighted(0.9),
        prop::collection::btree_set(prop::sample::select(PORTS.to_vec()), 0..2),
        0u32..3,
    )
        .prop_map(
            move |(cpu, memory, zone, status, connected, ports, tasks)| {
                let mut view = instance(&format!("i{index}"), "z1", cpu, memory);
                match zone {
                    Some(zone) => {
                        view.attributes
                            .insert("ecs.availability-zone".into(), Some(ZONES[zone].into()));
                    }
                    None => {
                        view.attributes.remove("ecs.availability-zone");
                    }
                }
                view.status = status;
                view.agent_connected = connected;
                view.remaining.ports_tcp = ports;
                view.task_groups.insert(GROUP.into(), tasks);
                view
            },
        )
}

fn arb_cluster() -> impl proptest::strategy::Strategy<Value = Vec<InstanceView>> {
    (0usize..12).prop_flat_map(|n| (0..n).map(arb_instance).collect::<Vec<_>>())
}

fn arb_request() -> impl proptest::strategy::Strategy<Value = PlacementRequest> {
    let strategy = prop::sample::select(vec![
        Strategy::Binpack(BinpackField::Cpu),
        Strategy::Binpack(BinpackField::Memory),
        spread_zone(),
        Strategy::Spread(SpreadField::Instance),
        Strategy::Random,
    ]);
    (
        0u32..20,
        0i64..1024,
        0i64..2048,
        prop::collection::btree_set(prop::sample::select(PORTS.to_vec()), 0..2),
        any::<bool>(),
        any::<bool>(),
        prop::collection::vec(strategy, 0..4),
        any::<u64>(),
    )
        .prop_map(
            |(count, cpu, memory, ports, distinct, zoned, strategies, seed)| {
                let mut constraints = Vec::new();
                if distinct {
                    constraints.push(Constraint::DistinctInstance);
                }
                if zoned {
                    constraints.push(member_of("attribute:ecs.availability-zone != z3"));
                }
                PlacementRequest {
                    count,
                    group: GROUP.into(),
                    task: Resources {
                        cpu,
                        memory,
                        ports_tcp: ports,
                        ports_udp: BTreeSet::new(),
                    },
                    required_attributes: vec!["ecs.os-type".into()],
                    constraints,
                    strategies,
                    seed,
                }
            },
        )
}

fn zone_of(view: &InstanceView) -> Option<&str> {
    view.attributes
        .get("ecs.availability-zone")
        .and_then(|v| v.as_deref())
}

proptest! {
    #[test]
    fn placements_are_safe(cluster in arb_cluster(), request in arb_request()) {
        let outcome = place(&cluster, &request);
        prop_assert_eq!(outcome.placements.len() as u32 + outcome.unplaced, request.count);

        let mut per_instance = vec![0i64; cluster.len()];
        for placement in &outcome.placements {
            let view = &cluster[placement.instance_index];
            prop_assert_eq!(&placement.instance_arn, &view.arn);
            prop_assert_eq!(view.status, InstanceStatus::Active);
            prop_assert!(view.agent_connected);
            per_instance[placement.instance_index] += 1;
        }
        for (view, count) in cluster.iter().zip(&per_instance) {
            // Never over-commit CPU or memory, never place a port twice or on a taken port.
            prop_assert!(count * request.task.cpu <= view.remaining.cpu);
            prop_assert!(count * request.task.memory <= view.remaining.memory);
            if !request.task.ports_tcp.is_empty() && *count > 0 {
                prop_assert_eq!(*count, 1);
                prop_assert!(request.task.ports_tcp.is_disjoint(&view.remaining.ports_tcp));
            }
            if request.constraints.contains(&Constraint::DistinctInstance) && *count > 0 {
                prop_assert_eq!(*count, 1);
                prop_assert_eq!(view.group_count(GROUP), 0);
            }
            let zoned = request.constraints.iter().any(|c| matches!(c, Constraint::MemberOf(_)));
            if zoned && *count > 0 {
                prop_assert_ne!(zone_of(view), Some("z3"));
            }
        }

        // Every candidate rejected for the first unplaced task has a reason, exactly once.
        let active: Vec<&str> = cluster
            .iter()
            .filter(|view| view.status == InstanceStatus::Active)
            .map(|view| view.arn.as_str())
            .collect();
        if outcome.unplaced > 0 {
            let reported: Vec<&str> =
                outcome.failures.iter().map(|f| f.instance_arn.as_str()).collect();
            prop_assert_eq!(reported, active.clone());
            prop_assert_eq!(outcome.no_container_instances, active.is_empty());
        } else {
            prop_assert!(outcome.failures.is_empty());
        }
    }

    #[test]
    fn an_index_with_applied_placements_matches_updated_views(
        cluster in arb_cluster(),
        first in arb_request(),
        second in arb_request(),
        anti_affinity in any::<bool>(),
    ) {
        let mut second = second;
        if anti_affinity {
            second.constraints.push(member_of("not(task:group == service:web)"));
        }
        let mut index = ClusterIndex::new(&cluster);
        let first_outcome = index.place(&first);
        index.apply(&first, &first_outcome);
        let through_index = index.place(&second);

        let mut updated = cluster.clone();
        apply(&mut updated, &first, &first_outcome);
        prop_assert_eq!(through_index, place(&updated, &second));
    }

    #[test]
    fn placement_is_deterministic(cluster in arb_cluster(), request in arb_request()) {
        prop_assert_eq!(place(&cluster, &request), place(&cluster, &request));
    }

    #[test]
    fn spread_never_unbalances_more_than_necessary(
        existing in prop::collection::vec((0usize..3, 0u32..4), 1..10),
        count in 0u32..30,
        seed in any::<u64>(),
    ) {
        // Ample resources and no constraints: every zone stays feasible, so greedy spread can
        // always pick a least-loaded zone.
        let cluster: Vec<_> = existing
            .iter()
            .enumerate()
            .map(|(i, (zone, tasks))| {
                with_group(instance(&format!("i{i}"), ZONES[*zone], 1 << 40, 1 << 40), *tasks)
            })
            .collect();
        let spread = |cluster: &[InstanceView]| {
            let mut per_zone = BTreeMap::new();
            for view in cluster {
                *per_zone.entry(zone_of(view)).or_insert(0i64) += i64::from(view.group_count(GROUP));
            }
            let max = per_zone.values().max().copied().unwrap_or(0);
            let min = per_zone.values().min().copied().unwrap_or(0);
            max - min
        };
        let before = spread(&cluster);
        let request = PlacementRequest { seed, ..request(count, vec![spread_zone()], vec![]) };
        let outcome = place(&cluster, &request);
        prop_assert_eq!(outcome.unplaced, 0);
        let mut after = cluster.clone();
        apply(&mut after, &request, &outcome);
        prop_assert!(spread(&after) <= before.max(1), "before {} after {}", before, spread(&after));
    }
}
