//! End-to-end RunTask throughput and latency: the real berth binary, driven through
//! `aws-sdk-ecs` by concurrent clients, every task persisted before its call returns.
//!
//! Set-up: one cluster, `BENCH_INSTANCES` hollow container instances registered through the API
//! (large resources, spread over three zones), one small task definition. Then `BENCH_CLIENTS`
//! clients (each with its own connection pool) call RunTask with `count = BENCH_COUNT` until
//! `BENCH_CALLS` calls were made or `BENCH_SECONDS` passed. A warm-up of one call per client is
//! not measured. Afterwards the server is killed with SIGKILL, restarted on the same data
//! directory, and the tasks are counted through ListTasks: the figure is *persisted* tasks.
//!
//! Run it against a release server (the issue's goal: >= 2,000 tasks/s, p99 <= 50 ms):
//!
//! ```text
//! CARGO_TARGET_DIR=/work/target cargo build --release -p berth
//! BERTH_BIN=/work/target/release/berth CARGO_TARGET_DIR=/work/target-e2e \
//!     cargo bench -p berth-e2e --bench runtask
//! ```
//!
//! The client runs on the same machine: its CPU time is reported next to the server's so the two
//! can be told apart.

use anyhow::{bail, Context, Result};
use aws_sdk_ecs::types::ContainerDefinition;
use aws_sdk_ecs::Client;
use berth_e2e::{register_hollow_instance, BerthServer, ServerOptions};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

const CLUSTER: &str = "bench";
const FAMILY: &str = "bench-task";
const ZONES: [&str; 3] = ["us-east-1a", "us-east-1b", "us-east-1c"];
/// Per-instance resources: room for far more tasks than one run places.
const INSTANCE_CPU: i32 = 1 << 20;
const INSTANCE_MEMORY: i32 = 1 << 22;
/// How many registrations run at once during set-up.
const SETUP_CONCURRENCY: usize = 8;

#[derive(Debug, Clone)]
struct Settings {
    instances: usize,
    clients: usize,
    calls: u64,
    seconds: u64,
    count: i32,
}

impl Settings {
    fn from_env() -> Result<Settings> {
        fn var<T: std::str::FromStr>(name: &str, default: T) -> Result<T> {
            match std::env::var(name) {
                Ok(text) => text
                    .parse()
                    .ok()
                    .with_context(|| format!("{name}={text} is not a valid number")),
                Err(_) => Ok(default),
            }
        }
        let settings = Settings {
            instances: var("BENCH_INSTANCES", 100)?,
            clients: var("BENCH_CLIENTS", 16)?,
            calls: var("BENCH_CALLS", 500)?,
            seconds: var("BENCH_SECONDS", 30)?,
            count: var("BENCH_COUNT", 10)?,
        };
        if settings.clients == 0 || settings.instances == 0 || !(1..=10).contains(&settings.count) {
            bail!("BENCH_CLIENTS and BENCH_INSTANCES must be > 0, BENCH_COUNT in 1..=10");
        }
        Ok(settings)
    }
}

/// What one measured call produced.
#[derive(Debug, Clone, Copy)]
struct Sample {
    /// When the call returned, to show how latency moves as the cluster fills up.
    finished: Instant,
    latency: Duration,
    tasks: u32,
    failures: u32,
    error: bool,
}

#[tokio::main]
async fn main() -> Result<()> {
    // `cargo bench` passes `--bench`; a filter argument could be given too. Neither matters here.
    let settings = Settings::from_env()?;
    let bin = berth_e2e::berth_bin()?;
    println!("berth binary: {}", bin.display());
    println!(
        "settings: {} instances, {} clients, RunTask count={}, up to {} calls or {} s",
        settings.instances, settings.clients, settings.count, settings.calls, settings.seconds
    );
    // Per-request logging would measure the terminal, not berth.
    let mut server = BerthServer::start_with(ServerOptions {
        env: vec![("BERTH_LOG".into(), "warn".into())],
        ..ServerOptions::default()
    })
    .await?;
    let ecs = server.client();

    let setup = Instant::now();
    set_up(&ecs, &settings).await?;
    println!(
        "set-up: cluster, {} instances and a task definition in {:.2?}",
        settings.instances,
        setup.elapsed()
    );

    // Warm-up: one call per client, so connection set-up and first-touch costs are not measured.
    // A client per worker: its own connection pool, as separate callers would have.
    let clients: Vec<Client> = (0..settings.clients).map(|_| server.client()).collect();
    let warm = drive(&clients, &settings, settings.clients as u64, 60).await?;
    let warm_tasks: u64 = warm.iter().map(|s| u64::from(s.tasks)).sum();

    let server_cpu_before = process_cpu(server.pid());
    let client_cpu_before = own_cpu();
    let started = Instant::now();
    let samples = drive(&clients, &settings, settings.calls, settings.seconds).await?;
    let wall = started.elapsed();
    let server_cpu = process_cpu(server.pid())
        .zip(server_cpu_before)
        .map(|(a, b)| a - b);
    let client_cpu = own_cpu().zip(client_cpu_before).map(|(a, b)| a - b);

    let placed: u64 = samples.iter().map(|s| u64::from(s.tasks)).sum();
    let expected = placed + warm_tasks;

    // Persistence check: SIGKILL, restart on the same store, count through the API.
    server.kill_and_restart().await?;
    let persisted = count_tasks(&server.client()).await?;

    report(
        &settings, &samples, wall, placed, expected, persisted, server_cpu, client_cpu,
    );
    if persisted != expected {
        bail!("{persisted} tasks persisted, {expected} acknowledged");
    }
    Ok(())
}

async fn set_up(ecs: &Client, settings: &Settings) -> Result<()> {
    ecs.create_cluster()
        .cluster_name(CLUSTER)
        .send()
        .await
        .context("create_cluster")?;
    let next = Arc::new(AtomicU64::new(0));
    let mut workers = Vec::new();
    for _ in 0..SETUP_CONCURRENCY {
        let ecs = ecs.clone();
        let next = next.clone();
        let total = settings.instances as u64;
        workers.push(tokio::spawn(async move {
            loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                if i >= total {
                    return Ok::<_, anyhow::Error>(());
                }
                let zone = ZONES[(i % ZONES.len() as u64) as usize];
                register_hollow_instance(
                    &ecs,
                    CLUSTER,
                    &format!("i-bench{i:06}"),
                    zone,
                    INSTANCE_CPU,
                    INSTANCE_MEMORY,
                )
                .await?;
            }
        }));
    }
    for worker in workers {
        worker.await.context("registration worker panicked")??;
    }
    ecs.register_task_definition()
        .family(FAMILY)
        .container_definitions(
            ContainerDefinition::builder()
                .name("app")
                .image("public.ecr.aws/docker/library/busybox:latest")
                .cpu(16)
                .memory(32)
                .essential(true)
                .command("sleep")
                .command("3600")
                .build(),
        )
        .send()
        .await
        .context("register_task_definition")?;
    Ok(())
}

/// Runs RunTask from every client until `calls` calls were started or `seconds`
/// passed, and returns one sample per finished call.
async fn drive(
    clients: &[Client],
    settings: &Settings,
    calls: u64,
    seconds: u64,
) -> Result<Vec<Sample>> {
    let next = Arc::new(AtomicU64::new(0));
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let mut workers = Vec::new();
    for ecs in clients {
        let ecs = ecs.clone();
        let next = next.clone();
        let count = settings.count;
        workers.push(tokio::spawn(async move {
            let mut samples = Vec::new();
            while next.fetch_add(1, Ordering::Relaxed) < calls && Instant::now() < deadline {
                let start = Instant::now();
                let result = ecs
                    .run_task()
                    .cluster(CLUSTER)
                    .task_definition(FAMILY)
                    .count(count)
                    .send()
                    .await;
                let latency = start.elapsed();
                let finished = Instant::now();
                samples.push(match result {
                    Ok(out) => Sample {
                        finished,
                        latency,
                        tasks: out.tasks().len() as u32,
                        failures: out.failures().len() as u32,
                        error: false,
                    },
                    Err(error) => {
                        eprintln!(
                            "RunTask failed: {}",
                            aws_sdk_ecs::error::DisplayErrorContext(&error)
                        );
                        Sample {
                            finished,
                            latency,
                            tasks: 0,
                            failures: 0,
                            error: true,
                        }
                    }
                });
            }
            samples
        }));
    }
    let mut samples = Vec::new();
    for worker in workers {
        samples.extend(worker.await.context("client worker panicked")?);
    }
    Ok(samples)
}

async fn count_tasks(ecs: &Client) -> Result<u64> {
    let arns: Vec<String> = ecs
        .list_tasks()
        .cluster(CLUSTER)
        .max_results(100)
        .into_paginator()
        .items()
        .send()
        .collect::<Result<_, _>>()
        .await
        .context("list_tasks after restart")?;
    Ok(arns.len() as u64)
}

#[allow(clippy::too_many_arguments)] // One call site; a struct would only rename the list.
fn report(
    settings: &Settings,
    samples: &[Sample],
    wall: Duration,
    placed: u64,
    expected: u64,
    persisted: u64,
    server_cpu: Option<Duration>,
    client_cpu: Option<Duration>,
) {
    let mut latencies: Vec<Duration> = samples.iter().map(|s| s.latency).collect();
    latencies.sort();
    let percentile = |p: f64| -> Duration {
        if latencies.is_empty() {
            return Duration::ZERO;
        }
        let rank = ((p / 100.0) * latencies.len() as f64).ceil() as usize;
        latencies[rank.clamp(1, latencies.len()) - 1]
    };
    let errors = samples.iter().filter(|s| s.error).count();
    let failures: u64 = samples.iter().map(|s| u64::from(s.failures)).sum();
    let secs = wall.as_secs_f64();
    let tasks_per_sec = placed as f64 / secs;
    let calls_per_sec = samples.len() as f64 / secs;
    let p99 = percentile(99.0);
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!();
    println!("== RunTask end to end ==");
    println!(
        "calls: {} in {secs:.2} s ({calls_per_sec:.0} calls/s), {} clients, count={}",
        samples.len(),
        settings.clients,
        settings.count
    );
    println!("tasks placed: {placed} ({tasks_per_sec:.0} tasks/s)");
    println!("placement failures: {failures}; call errors: {errors}");
    println!(
        "latency per call: p50 {:.1} ms, p90 {:.1} ms, p99 {:.1} ms, max {:.1} ms",
        ms(percentile(50.0)),
        ms(percentile(90.0)),
        ms(p99),
        ms(latencies.last().copied().unwrap_or_default())
    );
    println!(
        "persisted after kill -9 and restart: {persisted} of {expected} acknowledged (incl. warm-up)"
    );
    if let (Some(server), Some(client)) = (server_cpu, client_cpu) {
        println!(
            "CPU during the run: server {:.2} s ({:.0}% of one core, {:.0} us per task), client {:.2} s",
            server.as_secs_f64(),
            100.0 * server.as_secs_f64() / secs,
            1e6 * server.as_secs_f64() / placed.max(1) as f64,
            client.as_secs_f64()
        );
    }
    print_phases(samples, ms);
    let throughput_ok = tasks_per_sec >= 2000.0;
    let latency_ok = p99 <= Duration::from_millis(50);
    println!(
        "goal (>= 2000 tasks/s, p99 <= 50 ms): throughput {}, p99 {}",
        if throughput_ok { "MET" } else { "MISSED" },
        if latency_ok { "MET" } else { "MISSED" }
    );
}

/// Splits the run into fifths by completion order and prints each fifth's throughput and median
/// latency: a per-call cost that grows with the number of tasks already in the cluster shows up
/// as falling throughput and rising latency from one fifth to the next.
fn print_phases(samples: &[Sample], ms: impl Fn(Duration) -> f64) {
    const PHASES: usize = 5;
    let mut ordered: Vec<Sample> = samples.to_vec();
    ordered.sort_by_key(|s| s.finished);
    if ordered.len() < PHASES * 2 {
        return;
    }
    let Some(first) = ordered.first().map(|s| s.finished - s.latency) else {
        return;
    };
    let chunk = ordered.len().div_ceil(PHASES);
    let mut before = 0u64;
    let mut start = first;
    println!("by fifth of the run (tasks already placed before it -> tasks/s, p50):");
    for phase in ordered.chunks(chunk) {
        let tasks: u64 = phase.iter().map(|s| u64::from(s.tasks)).sum();
        let end = phase.last().map_or(start, |s| s.finished);
        let mut latencies: Vec<Duration> = phase.iter().map(|s| s.latency).collect();
        latencies.sort();
        let secs = (end - start).as_secs_f64().max(1e-9);
        println!(
            "  after {before:>6} tasks: {:>7.0} tasks/s, p50 {:>7.1} ms",
            tasks as f64 / secs,
            ms(latencies[latencies.len() / 2])
        );
        before += tasks;
        start = end;
    }
}

/// User + system CPU time of a process, from `/proc/PID/stat` (Linux).
fn process_cpu(pid: u32) -> Option<Duration> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // Fields after the parenthesised command name; utime and stime are fields 14 and 15.
    let rest = &stat[stat.rfind(')')? + 2..];
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let utime: u64 = fields.get(11)?.parse().ok()?;
    let stime: u64 = fields.get(12)?.parse().ok()?;
    // SAFETY: sysconf has no preconditions.
    let ticks = unsafe { libc::sysconf(libc::_SC_CLK_TCK) };
    if ticks <= 0 {
        return None;
    }
    Some(Duration::from_secs_f64(
        (utime + stime) as f64 / ticks as f64,
    ))
}

fn own_cpu() -> Option<Duration> {
    process_cpu(std::process::id())
}
