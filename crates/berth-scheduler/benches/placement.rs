//! Placement throughput on a large cluster: 10,000 instances across 3 availability zones, a
//! `memberOf` constraint, `spread(attribute:ecs.availability-zone)` then `binpack(memory)`.
//!
//! Plain `std::time` (no criterion): run with `cargo bench -p berth-scheduler`. A "placement
//! decision" is one task placed. Prints decisions per second of wall time and of CPU time (the
//! machine may be shared), and median/p99 latency per request.

use berth_model::Resources;
use berth_scheduler::{
    place, BinpackField, ClusterIndex, Constraint, InstanceStatus, InstanceView, PlacementRequest,
    SpreadField, Strategy,
};
use std::collections::BTreeMap;
use std::hint::black_box;
use std::time::{Duration, Instant};

const INSTANCES: usize = 10_000;
const ZONES: [&str; 3] = ["us-east-1a", "us-east-1b", "us-east-1c"];
const TYPES: [&str; 4] = ["t3.large", "m5.xlarge", "c5.2xlarge", "t2.medium"];
const SERVICES: usize = 200;

fn cluster() -> Vec<InstanceView> {
    (0..INSTANCES)
        .map(|i| {
            let text = |s: &str| Some(s.to_owned());
            let attributes = BTreeMap::from([
                ("ecs.availability-zone".to_owned(), text(ZONES[i % 3])),
                ("ecs.instance-type".to_owned(), text(TYPES[i % 4])),
                ("ecs.os-type".to_owned(), text("linux")),
                ("ecs.cpu-architecture".to_owned(), text("x86_64")),
                ("ecs.ami-id".to_owned(), text("ami-0123456789abcdef0")),
                ("ecs.vpc-id".to_owned(), text("vpc-0123456789abcdef0")),
                (
                    "ecs.subnet-id".to_owned(),
                    Some(format!("subnet-{}", i % 3)),
                ),
                ("ecs.capability.task-eni".to_owned(), None),
                (
                    "com.amazonaws.ecs.capability.docker-remote-api.1.19".to_owned(),
                    None,
                ),
            ]);
            // A few tasks of a few services already run on every instance.
            let task_groups = (0..3)
                .map(|k| (format!("service:s{}", (i + k * 37) % SERVICES), 1))
                .collect();
            InstanceView {
                arn: format!("arn:aws:ecs:us-east-1:123456789012:container-instance/prod/{i:032x}"),
                ec2_instance_id: Some(format!("i-{i:017x}")),
                status: if i % 100 == 0 {
                    InstanceStatus::Draining
                } else {
                    InstanceStatus::Active
                },
                agent_connected: i % 250 != 1,
                agent_version: Some("1.80.0".into()),
                attributes,
                registered_at: 1_700_000_000.0 + i as f64,
                remaining: Resources {
                    cpu: 8192 - 768,
                    memory: 32_768 - 3 * 512 - (i % 7) as i64 * 256,
                    ..Resources::default()
                },
                running_tasks_count: 3,
                task_groups,
            }
        })
        .collect()
}

fn request(service: usize, count: u32, seed: u64) -> PlacementRequest {
    let expression =
        "attribute:ecs.os-type == linux and attribute:ecs.instance-type =~ (t3|m5)\\..*";
    PlacementRequest {
        count,
        group: format!("service:s{service}"),
        task: Resources {
            cpu: 256,
            memory: 512,
            ..Resources::default()
        },
        required_attributes: vec!["com.amazonaws.ecs.capability.docker-remote-api.1.19".into()],
        constraints: vec![Constraint::MemberOf(
            berth_query::parse(expression).expect("benchmark expression parses"),
        )],
        strategies: vec![
            Strategy::Spread(SpreadField::Attribute("ecs.availability-zone".into())),
            Strategy::Binpack(BinpackField::Memory),
        ],
        seed,
    }
}

/// CPU time this thread has used, in seconds, from `/proc/thread-self/stat` (utime + stime, in
/// clock ticks of 1/100 s on Linux). Wall time on a shared machine includes waiting for a core;
/// CPU time does not, so decisions per CPU second is the steadier figure.
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/thread-self/stat").ok()?;
    // Fields after the parenthesised command name; utime and stime are fields 14 and 15.
    let after = stat.rsplit_once(')')?.1;
    let fields: Vec<&str> = after.split_whitespace().collect();
    let utime: f64 = fields.get(11)?.parse().ok()?;
    let stime: f64 = fields.get(12)?.parse().ok()?;
    Some((utime + stime) / 100.0)
}

/// How a scenario reaches the scheduler.
#[derive(Clone, Copy)]
enum Mode {
    /// One `ClusterIndex` for the whole series, placements applied to it between requests, as a
    /// control plane placing many services in one pass would.
    Index,
    /// `place()` on the raw views for every request: builds an index each time.
    OneShot,
}

fn run(cluster: &[InstanceView], mode: Mode, count: u32, requests: usize) {
    let mut latencies = Vec::with_capacity(requests);
    let mut decisions = 0u64;
    let mut total = Duration::ZERO;
    let cpu_started = cpu_seconds();
    let built = Instant::now();
    let mut index = ClusterIndex::new(cluster);
    let build = built.elapsed();
    for r in 0..requests {
        let request = request(r % SERVICES, count, r as u64);
        let started = Instant::now();
        let outcome = match mode {
            Mode::Index => black_box(index.place(black_box(&request))),
            Mode::OneShot => black_box(place(black_box(cluster), black_box(&request))),
        };
        let elapsed = started.elapsed();
        total += elapsed;
        latencies.push(elapsed);
        decisions += outcome.placements.len() as u64;
        assert_eq!(
            outcome.unplaced, 0,
            "the cluster should not fill up in this benchmark"
        );
        if let Mode::Index = mode {
            index.apply(&request, &outcome);
        }
    }
    let cpu = cpu_started
        .zip(cpu_seconds())
        .map(|(start, end)| end - start);
    latencies.sort_unstable();
    let median = latencies[latencies.len() / 2];
    let p99 = latencies[latencies.len() * 99 / 100];
    let per_cpu_second = match cpu {
        Some(seconds) if seconds > 0.0 => format!("{:>7.0}", decisions as f64 / seconds),
        _ => "n/a".into(),
    };
    let label = match mode {
        Mode::Index => format!("index (built in {:.1} ms)", build.as_secs_f64() * 1e3),
        Mode::OneShot => "one-shot place()".to_owned(),
    };
    println!(
        "{label:<26} count={count:>3} x{requests:>4}: {:>7.0} decisions/s wall, {per_cpu_second} per CPU s; \
         median {:>6.3} ms, p99 {:>6.3} ms per request",
        decisions as f64 / total.as_secs_f64(),
        median.as_secs_f64() * 1e3,
        p99.as_secs_f64() * 1e3,
    );
}

fn main() {
    let cluster = cluster();
    // `cargo test --benches` (an unoptimised build) runs this too; keep that a smoke test.
    if cfg!(debug_assertions) || std::env::args().any(|arg| arg == "--test") {
        run(&cluster, Mode::Index, 5, 2);
        run(&cluster, Mode::OneShot, 5, 2);
        return;
    }
    println!(
        "placement: {INSTANCES} instances, 3 zones, memberOf + spread(zone) + binpack(memory)"
    );
    for (count, requests) in [(1, 2000), (10, 1000), (50, 200), (200, 50)] {
        run(&cluster, Mode::Index, count, requests);
    }
    for (count, requests) in [(1, 100), (10, 100)] {
        run(&cluster, Mode::OneShot, count, requests);
    }
}
