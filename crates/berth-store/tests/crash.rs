//! Crash safety: a child process commits two-key transactions from several concurrent writers
//! (so group commit batches them) and prints each acknowledged one; the parent kills it with
//! SIGKILL at a random point, reopens the store, and checks that every acknowledged write is
//! there and that no transaction is half-applied. Repeated a bounded number of times, in both
//! durability modes.
//!
//! The child is this same test binary re-executed with `crash_child` selected and an
//! environment variable naming the store directory; without that variable `crash_child` does
//! nothing.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use berth_store::{Compare, Durability, Op, SqliteOptions, SqliteStore, Store, Txn, TxnOutcome};
use rand::{Rng, SeedableRng};

const DIR_ENV: &str = "BERTH_STORE_CRASH_CHILD_DIR";
const START_ENV: &str = "BERTH_STORE_CRASH_CHILD_START";
const DURABILITY_ENV: &str = "BERTH_STORE_CRASH_CHILD_NORMAL";
const WRITERS: u64 = 4;
/// Upper bound on what one child commits if nobody kills it.
const CHILD_MAX_TXNS_PER_WRITER: u64 = 20_000;
const ROUNDS: u64 = 10;
const ROUND_DEADLINE: Duration = Duration::from_secs(60);

fn options(normal: bool) -> SqliteOptions {
    SqliteOptions {
        durability: if normal {
            Durability::ProcessCrash
        } else {
            Durability::PowerLoss
        },
        ..Default::default()
    }
}

/// The child: commits until killed. Does nothing unless re-executed by the parent.
#[test]
fn crash_child() {
    let Ok(dir) = std::env::var(DIR_ENV) else {
        return;
    };
    let start: u64 = std::env::var(START_ENV).unwrap().parse().unwrap();
    let normal = std::env::var(DURABILITY_ENV).is_ok();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async move {
        let store = SqliteStore::open_with(&dir, options(normal)).unwrap();
        let writers: Vec<_> = (0..WRITERS)
            .map(|w| {
                let store = store.clone();
                tokio::spawn(async move {
                    for i in 0..CHILD_MAX_TXNS_PER_WRITER {
                        let n = start + i * WRITERS + w;
                        let txn = Txn::new()
                            .when(Compare::NotExists {
                                key: format!("crash/{n:012}/a"),
                            })
                            .then(Op::put(format!("crash/{n:012}/a"), n.to_string()))
                            .then(Op::put(format!("crash/{n:012}/b"), n.to_string()));
                        if let TxnOutcome::Committed { revision } = store.txn(txn).await.unwrap() {
                            // One write call per line, so a line is either whole or absent.
                            let line = format!("ACK {n} {revision}\n");
                            let mut stdout = std::io::stdout().lock();
                            stdout.write_all(line.as_bytes()).unwrap();
                            stdout.flush().unwrap();
                        }
                    }
                })
            })
            .collect();
        for writer in writers {
            writer.await.unwrap();
        }
    });
}

/// Parses a complete `ACK n revision` line.
fn parse_ack(line: &str) -> Option<(u64, u64)> {
    let rest = line.strip_suffix('\n')?.strip_prefix("ACK ")?;
    let (n, revision) = rest.split_once(' ')?;
    Some((n.parse().ok()?, revision.parse().ok()?))
}

#[test]
fn kill_9_loses_no_acknowledged_write() {
    let dir = tempfile::tempdir().unwrap();
    let seed: u64 = std::env::var("BERTH_STORE_CRASH_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(1, |d| d.as_nanos() as u64)
        });
    eprintln!("crash test seed: {seed} (set BERTH_STORE_CRASH_SEED to replay)");
    let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
    let mut acked: BTreeMap<u64, u64> = BTreeMap::new();
    let runtime = tokio::runtime::Runtime::new().unwrap();

    for round in 0..ROUNDS {
        let normal = round % 2 == 1;
        let mut command = Command::new(std::env::current_exe().unwrap());
        command
            .args(["crash_child", "--exact", "--nocapture", "--test-threads=1"])
            .env(DIR_ENV, dir.path())
            .env(START_ENV, (round * 10_000_000).to_string())
            .stdout(Stdio::piped())
            .stderr(Stdio::null());
        if normal {
            command.env(DURABILITY_ENV, "1");
        }
        let mut child = command.spawn().unwrap();
        let stdout = child.stdout.take().unwrap();
        let (lines, received) = mpsc::channel();
        let reader = std::thread::spawn(move || {
            let mut stdout = BufReader::new(stdout);
            let mut line = String::new();
            while stdout.read_line(&mut line).is_ok_and(|read| read > 0) {
                if let Some(ack) = parse_ack(&line) {
                    if lines.send(ack).is_err() {
                        break;
                    }
                }
                line.clear();
            }
        });

        // Kill after a random number of acknowledgements, then a random extra delay so the
        // kill lands at arbitrary points of a batch (executing, fsyncing, answering).
        let kill_after = rng.gen_range(1..300);
        let deadline = Instant::now() + ROUND_DEADLINE;
        let mut seen = 0;
        while seen < kill_after {
            let left = deadline.saturating_duration_since(Instant::now());
            match received.recv_timeout(left) {
                Ok((n, revision)) => {
                    acked.insert(n, revision);
                    seen += 1;
                }
                Err(error) => panic!("round {round}: child stalled after {seen} acks: {error}"),
            }
        }
        std::thread::sleep(Duration::from_micros(rng.gen_range(0..3000)));
        child.kill().unwrap();
        child.wait().unwrap();
        // Lines already in the pipe when the child died were acknowledged too.
        reader.join().unwrap();
        acked.extend(received.try_iter());

        runtime.block_on(verify(dir.path(), &acked, round, normal));
    }
}

async fn verify(dir: &std::path::Path, acked: &BTreeMap<u64, u64>, round: u64, normal: bool) {
    let store = SqliteStore::open_with(dir, options(normal)).unwrap();
    let mut pairs: BTreeMap<u64, Vec<(String, Vec<u8>, u64)>> = BTreeMap::new();
    let mut after: Option<String> = None;
    loop {
        let page = store.range("crash/", after.as_deref(), 1000).await.unwrap();
        for kv in &page.items {
            let n: u64 = kv.key.split('/').nth(1).unwrap().parse().unwrap();
            pairs
                .entry(n)
                .or_default()
                .push((kv.key.clone(), kv.value.clone(), kv.mod_revision));
        }
        after = page.items.last().map(|kv| kv.key.clone());
        if !page.more {
            break;
        }
    }
    for (n, keys) in &pairs {
        let names: Vec<&str> = keys
            .iter()
            .map(|(k, _, _)| k.rsplit('/').next().unwrap())
            .collect();
        assert_eq!(
            names,
            ["a", "b"],
            "round {round}: txn {n} is half-applied: {keys:?}"
        );
        assert_eq!(
            keys[0].2, keys[1].2,
            "round {round}: txn {n} keys differ in revision"
        );
        for (_, value, _) in keys {
            assert_eq!(value, n.to_string().as_bytes());
        }
    }
    for (n, revision) in acked {
        let keys = pairs.get(n).unwrap_or_else(|| {
            panic!("round {round}: acknowledged txn {n} (revision {revision}) is lost")
        });
        assert_eq!(
            keys[0].2, *revision,
            "round {round}: txn {n} has the wrong revision"
        );
    }
    let max_acked = acked.values().copied().max().unwrap_or(0);
    let current = store.current_revision().await.unwrap();
    assert!(
        current >= max_acked,
        "round {round}: revision {current} < acknowledged {max_acked}"
    );
    // Each committed txn has its own revision: as many revisions as pairs.
    assert_eq!(
        current,
        pairs.len() as u64,
        "round {round}: revisions and txns disagree"
    );
    eprintln!(
        "round {round} ({}): {} acknowledged, {} committed, revision {current}",
        if normal { "NORMAL" } else { "FULL" },
        acked.len(),
        pairs.len()
    );
}
