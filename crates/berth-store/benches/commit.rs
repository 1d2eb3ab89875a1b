//! Commit throughput and latency of the SQLite store: single-put transactions from 1, 8 and 64
//! concurrent writers, in both durability modes, against a fresh store in a temporary
//! directory (set `TMPDIR` to measure another disk). Plain std timing, no harness.
//!
//! Run: `cargo bench -p berth-store --bench commit` (`BERTH_BENCH_SECS` sets seconds per run,
//! default 3). Wall-clock numbers vary a lot between machines and runs; compare the ratios
//! within one run (e.g. how group commit scales with writers).

use std::sync::Arc;
use std::time::{Duration, Instant};

use berth_store::{Durability, Op, SqliteOptions, SqliteStore, Store, Txn};

struct Run {
    durability: Durability,
    writers: usize,
    txns: usize,
    elapsed: Duration,
    latencies: Vec<Duration>,
    batches: u64,
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index.min(sorted.len() - 1)]
}

async fn run(durability: Durability, writers: usize, seconds: f64) -> Run {
    let dir = tempfile::tempdir().expect("temp dir");
    let options = SqliteOptions {
        durability,
        ..Default::default()
    };
    let store = Arc::new(SqliteStore::open_with(dir.path(), options).expect("open store"));
    let value = vec![b'x'; 200];
    let start = Instant::now();
    let deadline = start + Duration::from_secs_f64(seconds);
    let tasks: Vec<_> = (0..writers)
        .map(|w| {
            let store = Arc::clone(&store);
            let value = value.clone();
            tokio::spawn(async move {
                let mut latencies = Vec::new();
                let mut i = 0u64;
                while Instant::now() < deadline {
                    let txn = Txn::new().then(Op::put(format!("bench/{w}/{i}"), value.clone()));
                    let began = Instant::now();
                    store.txn(txn).await.expect("commit");
                    latencies.push(began.elapsed());
                    i += 1;
                }
                latencies
            })
        })
        .collect();
    let mut latencies = Vec::new();
    for task in tasks {
        latencies.extend(task.await.expect("writer task"));
    }
    let elapsed = start.elapsed();
    latencies.sort_unstable();
    Run {
        durability,
        writers,
        txns: latencies.len(),
        elapsed,
        latencies,
        batches: store.writer_stats().batches,
    }
}

fn main() {
    let seconds: f64 = std::env::var("BERTH_BENCH_SECS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(3.0);
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    println!(
        "{:<9} {:>7} {:>9} {:>10} {:>10} {:>10} {:>10}",
        "sync", "writers", "txns", "txns/s", "p50 ms", "p99 ms", "txns/batch"
    );
    for durability in [Durability::PowerLoss, Durability::ProcessCrash] {
        for writers in [1, 8, 64] {
            let r = runtime.block_on(run(durability, writers, seconds));
            let name = match r.durability {
                Durability::PowerLoss => "FULL",
                Durability::ProcessCrash => "NORMAL",
            };
            println!(
                "{:<9} {:>7} {:>9} {:>10.0} {:>10.3} {:>10.3} {:>10.1}",
                name,
                r.writers,
                r.txns,
                r.txns as f64 / r.elapsed.as_secs_f64(),
                percentile(&r.latencies, 0.50).as_secs_f64() * 1e3,
                percentile(&r.latencies, 0.99).as_secs_f64() * 1e3,
                r.txns as f64 / r.batches.max(1) as f64,
            );
        }
    }
}
