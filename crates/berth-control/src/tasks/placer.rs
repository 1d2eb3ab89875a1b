//! The per-cluster placement worker, after Nomad's single plan applier: every RunTask, StartTask
//! and service placement on a cluster is queued to one worker, which places whole batches and
//! commits them.
//!
//! A caller validates its request first (a request that fails validation is never queued),
//! queues it and waits for its own answer. The worker is a task spawned when a cluster's queue
//! gets work and none is running; it ends when the queue is empty. Each round it drains the
//! queue (up to [`MAX_BATCH`] requests): it resolves their clientTokens (a token already
//! recorded answers as a replay; two requests with the same token are never in one round),
//! reads the cluster's instances once (or keeps what it committed last round, when the store
//! has not moved since), plans every request in arrival order (`batch.rs`), and
//! commits the plans in arrival order in as few transactions as `MAX_TXN_OPS` allows. Each
//! transaction writes every instance it touches once, with its final resources, counts and
//! version, compared against the revision it was read at (or the previous transaction of the
//! round committed), so another control plane writing concurrently turns into a conflict: the
//! requests of that transaction and every later one are re-read and re-placed in the next round,
//! up to `MAX_CONFLICT_RETRIES` times. A caller is answered only once its transaction is
//! durable; a request that commits nothing is answered after the transactions before it.
//! Callers that give up waiting do not disturb the worker. This module must not validate
//! requests or build wire shapes.

use super::batch::{plan_batch, Plan, Work};
use crate::clock::Clock;
use crate::db::{self, Commit, Versioned, MAX_CONFLICT_RETRIES};
use crate::error::{EcsError, EcsResult};
use crate::instances::placement_instances;
use crate::keys;
use crate::records::{ClientTokenRecord, ContainerInstanceRecord, TaskRecord};
use crate::tasks::transition::occupy;
use berth_model::Scope;
use berth_scheduler::PlacementOutcome;
use berth_store::{Store, MAX_TXN_OPS};
use berth_wire::ecs as wire;
use std::collections::{BTreeSet, HashMap, HashSet, VecDeque};
use std::sync::{Arc, Mutex, MutexGuard};
use tokio::sync::oneshot;

/// Most requests planned and committed in one round: enough to absorb every concurrent caller
/// of a busy cluster, few enough that the last of them does not wait long behind the others.
pub(super) const MAX_BATCH: usize = 64;

/// What a queued request gets back.
#[derive(Debug)]
pub(super) enum Answer {
    /// Its tasks are committed (possibly none) with these failures.
    Placed {
        tasks: Vec<TaskRecord>,
        failures: Vec<wire::Failure>,
        outcome: Option<PlacementOutcome>,
    },
    /// Its clientToken was already recorded: the caller answers from the record.
    Replay(ClientTokenRecord),
}

/// What the worker needs from the control plane, owned, so that it outlives any caller.
#[derive(Clone)]
pub(super) struct PlacerContext {
    pub store: Arc<dyn Store>,
    pub clock: Arc<dyn Clock>,
    pub client_token_retention_secs: f64,
}

struct Job {
    work: Work,
    /// Rounds that ended in a conflict for this request.
    conflicts: usize,
    reply: oneshot::Sender<EcsResult<Answer>>,
}

impl Job {
    fn answer(self, result: EcsResult<Answer>) {
        // A caller that stopped waiting no longer needs its answer.
        let _ = self.reply.send(result);
    }
}

#[derive(Default)]
struct Queue {
    jobs: VecDeque<Job>,
    running: bool,
    /// What the last round left the instances as, for the next round.
    cache: Option<InstanceCache>,
}

/// The cluster's instances as this worker last committed them, and the store revision they
/// are the state of. While the store is still at that revision nobody else has written
/// anything since, so the next round can skip reading and decoding every instance again.
struct InstanceCache {
    revision: u64,
    instances: Vec<Versioned<ContainerInstanceRecord>>,
}

/// The placement queues of this process, one per cluster.
#[derive(Default)]
pub(crate) struct Placer {
    queues: Mutex<HashMap<String, Arc<Mutex<Queue>>>>,
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    // Critical sections only move jobs between collections and cannot panic halfway.
    match mutex.lock() {
        Ok(guard) => guard,
        Err(poisoned) => poisoned.into_inner(),
    }
}

impl Placer {
    /// Queues a validated request for `cluster` and waits for its answer.
    pub(super) async fn submit(
        &self,
        context: &PlacerContext,
        scope: &Scope,
        cluster: &str,
        work: Work,
    ) -> EcsResult<Answer> {
        let (reply, answer) = oneshot::channel();
        let queue = lock(&self.queues)
            .entry(keys::cluster(scope, cluster))
            .or_default()
            .clone();
        let start = {
            let mut state = lock(&queue);
            state.jobs.push_back(Job {
                work,
                conflicts: 0,
                reply,
            });
            !std::mem::replace(&mut state.running, true)
        };
        if start {
            tokio::spawn(work_queue(
                context.clone(),
                scope.clone(),
                cluster.to_string(),
                queue,
            ));
        }
        answer.await.unwrap_or_else(|_| {
            Err(EcsError::Server(
                "The placement worker stopped before answering; retry the request.".into(),
            ))
        })
    }
}

/// Clears a queue's `running` mark if its worker ends abnormally (a panic), failing the
/// requests still queued rather than leaving them waiting for a worker that is gone.
struct WorkerGuard {
    queue: Arc<Mutex<Queue>>,
    armed: bool,
}

impl Drop for WorkerGuard {
    fn drop(&mut self) {
        if self.armed {
            let mut state = lock(&self.queue);
            state.running = false;
            state.jobs.clear();
            state.cache = None;
        }
    }
}

async fn work_queue(
    context: PlacerContext,
    scope: Scope,
    cluster: String,
    queue: Arc<Mutex<Queue>>,
) {
    let mut guard = WorkerGuard {
        queue: queue.clone(),
        armed: true,
    };
    loop {
        let (batch, mut cache) = {
            let mut state = lock(&queue);
            if state.jobs.is_empty() {
                state.running = false;
                guard.armed = false;
                return;
            }
            let take = state.jobs.len().min(MAX_BATCH);
            let batch: Vec<Job> = state.jobs.drain(..take).collect();
            (batch, state.cache.take())
        };
        let (again, _) = run_round(&context, &scope, &cluster, batch, &mut cache).await;
        let mut state = lock(&queue);
        state.cache = cache;
        for job in again.into_iter().rev() {
            state.jobs.push_front(job);
        }
    }
}

/// A request of this round with the clientToken write it makes if it places anything.
struct Entry {
    job: Job,
    token: Option<TokenWrite>,
}

struct TokenWrite {
    key: String,
    /// The revision of an expired record being replaced (0: none).
    mod_revision: u64,
    fingerprint: String,
}

/// What a round did, for its log line (and tests).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct RoundStats {
    /// The instances were the previous round's, not read again.
    pub reused: bool,
    pub transactions: usize,
}

/// One round: tokens, one read of the instances (or the last round's, when nothing else has
/// written since), plans, commits. Returns the requests to run again next round (conflicts,
/// and requests whose clientToken another request of this round holds), in their order.
async fn run_round(
    context: &PlacerContext,
    scope: &Scope,
    cluster: &str,
    batch: Vec<Job>,
    cache: &mut Option<InstanceCache>,
) -> (Vec<Job>, RoundStats) {
    let store = context.store.as_ref();
    let now = context.clock.now();
    let started = std::time::Instant::now();
    let requests = batch.len();
    let mut deferred = Vec::new();
    let mut entries = Vec::with_capacity(batch.len());
    let mut claimed = HashSet::new();
    for job in batch {
        let Some(claim) = job.work.token().cloned() else {
            entries.push(Entry { job, token: None });
            continue;
        };
        if !claimed.insert(claim.key.clone()) {
            // The same token twice: the second must see what the first recorded.
            deferred.push(job);
            continue;
        }
        match db::load_from::<ClientTokenRecord>(store, &claim.key).await {
            Err(error) => job.answer(Err(error)),
            Ok(Some(found))
                if found.record.created_at + context.client_token_retention_secs > now =>
            {
                job.answer(Ok(Answer::Replay(found.record)));
            }
            Ok(expired) => entries.push(Entry {
                job,
                token: Some(TokenWrite {
                    key: claim.key,
                    mod_revision: expired.map_or(0, |e| e.mod_revision),
                    fingerprint: claim.fingerprint,
                }),
            }),
        }
    }
    if entries.is_empty() {
        return (deferred, RoundStats::default());
    }
    let cached = match cache.take() {
        Some(cached) if store.current_revision().await.ok() == Some(cached.revision) => {
            Some((cached.instances, Some(cached.revision)))
        }
        _ => None,
    };
    let reused = cached.is_some();
    let (instances, known_at) = match cached {
        Some(cached) => cached,
        None => match placement_instances(store, scope, cluster).await {
            Ok(read) => read,
            Err(error) => {
                for entry in entries {
                    entry.job.answer(Err(error.clone()));
                }
                return (deferred, RoundStats::default());
            }
        },
    };
    let read = started.elapsed();
    let records: Vec<ContainerInstanceRecord> =
        instances.iter().map(|i| i.record.clone()).collect();
    let works: Vec<&Work> = entries.iter().map(|e| &e.job.work).collect();
    let plans = plan_batch(scope, records, &works, now);
    let mut planned = Vec::with_capacity(entries.len());
    for (entry, plan) in entries.into_iter().zip(plans) {
        match plan {
            Ok(plan) => planned.push((entry, plan)),
            // Refusals depend on nothing earlier requests reserve: answer them now.
            Err(error) => entry.job.answer(Err(error)),
        }
    }
    let planned_at = started.elapsed();
    let (mut again, transactions, kept) =
        commit_round(store, scope, instances, known_at, planned, now).await;
    *cache = kept;
    tracing::debug!(
        cluster,
        requests,
        reused,
        transactions,
        read_ms = read.as_secs_f64() * 1e3,
        plan_ms = (planned_at - read).as_secs_f64() * 1e3,
        total_ms = started.elapsed().as_secs_f64() * 1e3,
        "placement round"
    );
    again.extend(deferred);
    (
        again,
        RoundStats {
            reused,
            transactions,
        },
    )
}

/// How many writes (each with its compare) a plan adds to a transaction that already writes
/// the instances in `touched`: its tasks, its clientToken when it places anything, and the
/// instances it is the first to touch.
fn cost(has_token: bool, plan: &Plan, touched: &BTreeSet<usize>) -> usize {
    let instances: BTreeSet<usize> = plan
        .placements
        .iter()
        .map(|(i, _)| *i)
        .filter(|i| !touched.contains(i))
        .collect();
    let token = usize::from(has_token && !plan.placements.is_empty());
    plan.placements.len() + token + instances.len()
}

/// Splits planned requests (whether each has a clientToken, and its plan), in order, into runs
/// that each fit one transaction; returns the length of each run.
fn transaction_sizes<'a>(plans: impl IntoIterator<Item = (bool, &'a Plan)>) -> Vec<usize> {
    let mut sizes = Vec::new();
    let (mut count, mut ops) = (0, 0);
    let mut touched = BTreeSet::new();
    for (has_token, plan) in plans {
        if count > 0 && ops + cost(has_token, plan, &touched) > MAX_TXN_OPS {
            sizes.push(count);
            (count, ops) = (0, 0);
            touched.clear();
        }
        ops += cost(has_token, plan, &touched);
        touched.extend(plan.placements.iter().map(|(i, _)| *i));
        count += 1;
    }
    if count > 0 {
        sizes.push(count);
    }
    sizes
}

/// Why the rest of a round is not committed.
enum Halt {
    /// A compare failed: re-read and re-place.
    Conflict,
    /// The store failed; whether the transaction applied is unknown.
    Failed(EcsError),
}

/// Commits the planned requests transaction by transaction, answering each request once its
/// transaction is durable. `known_at` is the store revision `instances` are the state of, if
/// any. Returns the requests to place again, how many transactions committed, and the
/// instances as committed for the next round when no other write came between this round's
/// (each of its transactions then took the very next revision).
async fn commit_round(
    store: &dyn Store,
    scope: &Scope,
    mut instances: Vec<Versioned<ContainerInstanceRecord>>,
    mut known_at: Option<u64>,
    planned: Vec<(Entry, Plan)>,
    now: f64,
) -> (Vec<Job>, usize, Option<InstanceCache>) {
    let mut committed = 0;
    let sizes = transaction_sizes(
        planned
            .iter()
            .map(|(entry, plan)| (entry.token.is_some(), plan)),
    );
    let mut planned = planned.into_iter();
    let mut halt: Option<Halt> = None;
    let mut again = Vec::new();
    for size in sizes {
        let group: Vec<(Entry, Plan)> = planned.by_ref().take(size).collect();
        if let Some(halt) = &halt {
            settle_halted(halt, group, &mut again);
            continue;
        }
        let result = match transaction(scope, &mut instances, &group, now) {
            Ok((commit, _)) if commit.is_empty() => Ok(Some(0)),
            Ok((commit, touched)) => match db::commit_to(store, commit).await {
                Ok(Some(revision)) => {
                    for index in touched {
                        instances[index].mod_revision = revision;
                    }
                    committed += 1;
                    known_at = known_at.filter(|at| at + 1 == revision).map(|_| revision);
                    Ok(Some(revision))
                }
                other => other,
            },
            Err(error) => Err(error),
        };
        match result {
            Ok(Some(_)) => {
                for (entry, plan) in group {
                    entry.job.answer(Ok(Answer::Placed {
                        tasks: plan.placements.into_iter().map(|(_, t)| t).collect(),
                        failures: plan.failures,
                        outcome: plan.outcome,
                    }));
                }
            }
            Ok(None) => {
                let stop = Halt::Conflict;
                settle_halted(&stop, group, &mut again);
                halt = Some(stop);
            }
            Err(error) => {
                let stop = Halt::Failed(error);
                settle_halted(&stop, group, &mut again);
                halt = Some(stop);
            }
        }
    }
    // After a halt the working state includes writes that did not happen.
    let kept = match (halt, known_at) {
        (None, Some(revision)) => Some(InstanceCache {
            revision,
            instances,
        }),
        _ => None,
    };
    (again, committed, kept)
}

/// Answers or re-queues the requests of a transaction that will not commit this round.
fn settle_halted(halt: &Halt, group: Vec<(Entry, Plan)>, again: &mut Vec<Job>) {
    for (entry, _) in group {
        let mut job = entry.job;
        match halt {
            Halt::Failed(error) => job.answer(Err(error.clone())),
            Halt::Conflict => {
                job.conflicts += 1;
                if job.conflicts >= MAX_CONFLICT_RETRIES {
                    job.answer(Err(db::too_much_contention()));
                } else {
                    again.push(job);
                }
            }
        }
    }
}

/// The transaction of a run of planned requests: their tasks, clientTokens, and each touched
/// instance once with its state after all of them (applied to `instances`, which then holds
/// what the transaction writes). Returns the commit and the touched instance indexes.
fn transaction(
    scope: &Scope,
    instances: &mut [Versioned<ContainerInstanceRecord>],
    group: &[(Entry, Plan)],
    now: f64,
) -> EcsResult<(Commit, BTreeSet<usize>)> {
    let mut commit = Commit::new();
    let mut touched = BTreeSet::new();
    for (entry, plan) in group {
        let mut mine = BTreeSet::new();
        for (index, task) in &plan.placements {
            let Some(instance) = instances.get_mut(*index) else {
                return Err(EcsError::Server(
                    "placement chose an unknown instance".into(),
                ));
            };
            // ECS's version moves once per request that changes the instance.
            if mine.insert(*index) {
                instance.record.version += 1;
            }
            occupy(&mut instance.record, task);
            commit.put(&keys::task(scope, &task.cluster, &task.id), 0, task)?;
        }
        touched.extend(mine);
        if let (Some(token), false) = (&entry.token, plan.placements.is_empty()) {
            let record = ClientTokenRecord {
                request_fingerprint: token.fingerprint.clone(),
                task_arns: plan.placements.iter().map(|(_, t)| t.arn.clone()).collect(),
                failures: plan.failures.clone(),
                created_at: now,
            };
            commit.put(&token.key, token.mod_revision, &record)?;
        }
    }
    for &index in &touched {
        commit.update(&instances[index])?;
    }
    debug_assert!(commit.len() <= MAX_TXN_OPS);
    Ok((commit, touched))
}

/// What became of a request in one round run by [`round_for_test`].
#[cfg(test)]
#[derive(Debug)]
pub(super) enum RoundResult {
    Answered(EcsResult<Answer>),
    /// Queued again for the next round.
    Again,
}

/// What a worker carries from one round to the next, for [`round_for_test`].
#[cfg(test)]
#[derive(Default)]
pub(super) struct TestCache(Option<InstanceCache>);

/// Runs one round over `works` exactly as the worker would, without a queue, so that tests can
/// see how a given batch is planned and committed.
#[cfg(test)]
pub(super) async fn round_for_test(
    context: &PlacerContext,
    scope: &Scope,
    cluster: &str,
    works: Vec<Work>,
    cache: &mut TestCache,
) -> (Vec<RoundResult>, RoundStats) {
    let mut receivers = Vec::new();
    let mut jobs = Vec::new();
    for work in works {
        let (reply, receiver) = oneshot::channel();
        jobs.push(Job {
            work,
            conflicts: 0,
            reply,
        });
        receivers.push(receiver);
    }
    // Dropping the jobs to run again closes their channels.
    let (again, stats) = run_round(context, scope, cluster, jobs, &mut cache.0).await;
    drop(again);
    let results = receivers
        .into_iter()
        .map(|mut receiver| match receiver.try_recv() {
            Ok(result) => RoundResult::Answered(result),
            Err(_) => RoundResult::Again,
        })
        .collect();
    (results, stats)
}

#[cfg(test)]
impl Placer {
    /// How many clusters have had placement work queued in this process.
    pub(super) fn queue_count(&self) -> usize {
        lock(&self.queues).len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tasks::transition::tests::task;
    use berth_model::TaskStatus;

    fn plan(instances: &[usize]) -> Plan {
        Plan {
            placements: instances
                .iter()
                .map(|&i| (i, task(TaskStatus::Pending, TaskStatus::Running)))
                .collect(),
            ..Plan::default()
        }
    }

    fn sizes(plans: &[Plan], token: bool) -> Vec<usize> {
        transaction_sizes(plans.iter().map(|p| (token, p)))
    }

    #[test]
    fn transactions_stay_within_the_store_limit() {
        // Ten tasks on ten new instances plus a token: 21 writes each; six fit in 128.
        let many: Vec<Plan> = (0..16)
            .map(|n| plan(&(n * 10..n * 10 + 10).collect::<Vec<_>>()))
            .collect();
        assert_eq!(sizes(&many, true), vec![6, 6, 4]);
        // Instances the transaction already writes cost nothing more: 11, then 10 each.
        let same: Vec<Plan> = (0..13).map(|_| plan(&[0; 10])).collect();
        assert_eq!(sizes(&same, false), vec![12, 1]);
        // A request that places nothing writes nothing (its token is not recorded either).
        let empty: Vec<Plan> = (0..3).map(|_| plan(&[])).collect();
        assert_eq!(sizes(&empty, true), vec![3]);
        assert!(sizes(&[], true).is_empty());
    }
}
