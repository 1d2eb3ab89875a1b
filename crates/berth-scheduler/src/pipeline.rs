//! The placement pipeline: candidates, feasibility (each rejection records why), ranking by the
//! request's strategies, and a seeded choice among ties; one task at a time.
//!
//! Shape after Nomad's scheduler. Every ACTIVE instance is a candidate. Feasibility runs the
//! stages in the order ECS reports them and stops at the first failure:
//! agent connected (`AGENT`) → required attributes (`ATTRIBUTE`) → constraints in the order given
//! (`memberOf`, `distinctInstance`) → CPU, memory, ports (`RESOURCE:*`).
//! Static stages run once per instance per request; after a task lands, only the chosen
//! instance changed, so only it is re-checked (`distinctInstance`, `memberOf` expressions that
//! read `task:group`, resources). Strategies compare lexicographically, first rule primary; a
//! `random` rule (and the end of the list) hands over to a uniform, seeded choice among the
//! instances still tied. This module is pure: same instances, request and seed, same outcome.

use crate::fxhash::FxHashMap;
use crate::index::{ClusterIndex, IndexedInstance, MISSING, NO_VALUE};
use crate::instance::InstanceView;
use crate::outcome::{Placement, PlacementFailure, PlacementOutcome, RejectReason};
use crate::spec::{
    BinpackField, Constraint, PlacementRequest, SpreadField, Strategy, MAX_STRATEGIES,
};
use berth_query::Expr;
use std::cmp::Ordering;

/// Places `request.count` tasks on `instances`, one at a time, never over-committing.
///
/// Once a task cannot be placed, the rest cannot either (nothing changed in between), so the
/// outcome lists every candidate's reason for that first unplaced task and counts the rest as
/// unplaced. To place several requests against the same cluster, build a [`ClusterIndex`] once
/// and use [`ClusterIndex::place`] and [`ClusterIndex::apply`]: this function builds one per
/// call.
pub fn place(instances: &[InstanceView], request: &PlacementRequest) -> PlacementOutcome {
    ClusterIndex::new(instances).place(request)
}

/// Every attribute name the request reads (required attributes, `memberOf` expressions, spread
/// fields), as the very strings the request holds; may repeat a name.
pub(crate) fn attribute_names(request: &PlacementRequest) -> Vec<&str> {
    let mut names: Vec<&str> = request
        .required_attributes
        .iter()
        .map(String::as_str)
        .collect();
    for constraint in &request.constraints {
        if let Constraint::MemberOf(expr) = constraint {
            names.extend(expr.referenced_attributes());
        }
    }
    for strategy in &request.strategies {
        if let Strategy::Spread(SpreadField::Attribute(name)) = strategy {
            names.push(name);
        }
    }
    names
}

/// Runs the pipeline; the index already holds a column for every name in
/// [`attribute_names`].
pub(crate) fn run(index: &ClusterIndex<'_>, request: &PlacementRequest) -> PlacementOutcome {
    let mut run = Run::new(index, request);
    let mut rng = SplitMix64(request.seed);
    let mut outcome = PlacementOutcome {
        no_container_instances: run.candidates.is_empty(),
        ..PlacementOutcome::default()
    };
    let views = index.views();
    for task_index in 0..request.count {
        let Some(position) = run.select(&mut rng) else {
            outcome.unplaced = request.count - task_index;
            outcome.failures = run.failures();
            break;
        };
        let candidate = run.feasible[position] as usize;
        let instance_index = run.candidates[candidate].instance as usize;
        outcome.placements.push(Placement {
            instance_arn: views[instance_index].arn.clone(),
            instance_index,
            task_index,
        });
        run.commit(position);
    }
    outcome
}

/// Per-request state of one ACTIVE instance.
struct Candidate {
    /// Index into the instance slice.
    instance: u32,
    /// CPU units remaining, after this request's placements.
    cpu: i64,
    /// MiB remaining, after this request's placements.
    memory: i64,
    /// Tasks of the request's group, including this request's placements.
    group_count: u32,
    /// The first stage the instance failed, if it has.
    rejected: Option<RejectReason>,
}

/// A strategy rule reduced to "a number per candidate; smaller is better".
enum Ranker {
    /// Spread over an attribute: the number of the group's tasks in the candidate's bucket.
    /// An instance without the attribute, or with it but without a value, falls in a bucket
    /// of its own kind.
    SpreadBuckets {
        /// Bucket of each candidate.
        bucket: Vec<u32>,
        /// Tasks of the group per bucket, over every candidate (feasible or not).
        counts: Vec<u64>,
    },
    /// Spread over instances: the number of the group's tasks on the candidate.
    SpreadInstance,
    /// Binpack: what remains of the resource.
    Binpack(BinpackField),
}

/// Cached results of a `memberOf` expression that reads only attributes: its answer is a
/// function of the instance's values for those (at most four) attributes, and a large cluster
/// has few distinct combinations, so each is evaluated once per request.
struct Memo<'i> {
    columns: Vec<&'i [u32]>,
    results: FxHashMap<u128, bool>,
}

/// The most attributes a memoised expression may read: their value ids pack into a `u128`.
const MEMO_MAX_ATTRIBUTES: usize = 4;

impl<'i> Memo<'i> {
    fn for_expression(index: &'i ClusterIndex<'_>, expr: &Expr) -> Option<Memo<'i>> {
        let names = expr.referenced_attributes();
        if !expr.reads_only_attributes() || names.len() > MEMO_MAX_ATTRIBUTES {
            return None;
        }
        let columns = names
            .into_iter()
            .map(|name| index.column(name))
            .collect::<Option<Vec<_>>>()?;
        Some(Memo {
            columns,
            results: FxHashMap::default(),
        })
    }

    fn key(&self, instance: usize) -> u128 {
        self.columns.iter().fold(0u128, |key, column| {
            (key << 32) | u128::from(column.get(instance).copied().unwrap_or(MISSING))
        })
    }
}

struct Run<'i, 'a> {
    index: &'i ClusterIndex<'a>,
    request: &'i PlacementRequest,
    /// The request's attribute columns, by the name strings the request holds.
    columns: Vec<(&'i str, &'i [u32])>,
    /// Columns of the required attributes.
    required: Vec<&'i [u32]>,
    candidates: Vec<Candidate>,
    /// Indices into `candidates` of those not rejected; order is arbitrary but deterministic.
    feasible: Vec<u32>,
    rankers: Vec<Ranker>,
    /// Per constraint: whether it must be re-checked after a placement.
    dynamic: Vec<bool>,
    task_has_ports: bool,
}

impl<'i, 'a> Run<'i, 'a> {
    fn new(index: &'i ClusterIndex<'a>, request: &'i PlacementRequest) -> Run<'i, 'a> {
        let column = |name: &'i str| (name, index.column(name).unwrap_or(&[]));
        let columns: Vec<_> = attribute_names(request).into_iter().map(column).collect();
        let required = request
            .required_attributes
            .iter()
            .map(|name| column(name).1)
            .collect();
        let dynamic = request
            .constraints
            .iter()
            .map(|constraint| match constraint {
                Constraint::DistinctInstance => true,
                Constraint::MemberOf(expr) => expr.references_task_group(),
            })
            .collect();
        let instances = index.views().len();
        let mut run = Run {
            index,
            request,
            columns,
            required,
            candidates: Vec::with_capacity(instances),
            feasible: Vec::with_capacity(instances),
            rankers: Vec::new(),
            dynamic,
            task_has_ports: !request.task.ports_tcp.is_empty()
                || !request.task.ports_udp.is_empty(),
        };
        let mut memos: Vec<Option<Memo<'i>>> = request
            .constraints
            .iter()
            .map(|constraint| match constraint {
                Constraint::MemberOf(expr) => Memo::for_expression(index, expr),
                Constraint::DistinctInstance => None,
            })
            .collect();
        let group_counts = index.group_counts(&request.group);
        for (instance, &group_count) in group_counts.iter().enumerate() {
            if !index.is_active(instance) {
                continue;
            }
            let Ok(slot) = u32::try_from(instance) else {
                break;
            };
            let rejected = run.first_failure(instance, group_count, &mut memos);
            if rejected.is_none() {
                run.feasible.push(run.candidates.len() as u32);
            }
            run.candidates.push(Candidate {
                instance: slot,
                cpu: index.cpu[instance],
                memory: index.memory[instance],
                group_count,
                rejected,
            });
        }
        run.rankers = run.build_rankers();
        run
    }

    fn target(&self, instance: usize, group_count: u32) -> IndexedInstance<'_, 'a> {
        IndexedInstance {
            index: self.index,
            instance,
            columns: &self.columns,
            group: &self.request.group,
            group_count,
        }
    }

    /// Every stage, for an instance seen for the first time in this request.
    fn first_failure(
        &self,
        instance: usize,
        group_count: u32,
        memos: &mut [Option<Memo<'_>>],
    ) -> Option<RejectReason> {
        if !self.index.is_connected(instance) {
            return Some(RejectReason::Agent);
        }
        if self
            .required
            .iter()
            .any(|column| column.get(instance) == Some(&MISSING))
        {
            return Some(RejectReason::Attribute);
        }
        let target = self.target(instance, group_count);
        for (constraint, memo) in self.request.constraints.iter().zip(memos.iter_mut()) {
            let reason = match (constraint, memo) {
                (Constraint::MemberOf(expr), Some(memo)) => {
                    let key = memo.key(instance);
                    let member = *memo
                        .results
                        .entry(key)
                        .or_insert_with(|| expr.eval(&target));
                    (!member).then_some(RejectReason::MemberOf)
                }
                _ => constraint_failure(constraint, &target),
            };
            if reason.is_some() {
                return reason;
            }
        }
        let task = &self.request.task;
        if task.cpu > self.index.cpu[instance] {
            Some(RejectReason::Cpu)
        } else if task.memory > self.index.memory[instance] {
            Some(RejectReason::Memory)
        } else if self.task_has_ports && !self.index.ports_free(instance, task) {
            Some(RejectReason::Ports)
        } else {
            None
        }
    }

    /// The stages a placement on this candidate can change, right after one.
    fn failure_after_placement(&self, candidate: &Candidate) -> Option<RejectReason> {
        let target = self.target(candidate.instance as usize, candidate.group_count);
        for (constraint, dynamic) in self.request.constraints.iter().zip(&self.dynamic) {
            if *dynamic {
                if let Some(reason) = constraint_failure(constraint, &target) {
                    return Some(reason);
                }
            }
        }
        let task = &self.request.task;
        if task.cpu > candidate.cpu {
            Some(RejectReason::Cpu)
        } else if task.memory > candidate.memory {
            Some(RejectReason::Memory)
        } else if self.task_has_ports {
            // The task just placed holds the very ports the next one would need.
            Some(RejectReason::Ports)
        } else {
            None
        }
    }

    fn build_rankers(&self) -> Vec<Ranker> {
        let mut rankers = Vec::new();
        // The wire constructors enforce the limit; a request built by hand gets the first rules.
        for strategy in self.request.strategies.iter().take(MAX_STRATEGIES) {
            let ranker = match strategy {
                // Everything after a random rule would only break ties among random choices.
                Strategy::Random => break,
                Strategy::Binpack(field) => Ranker::Binpack(*field),
                Strategy::Spread(SpreadField::Instance) => Ranker::SpreadInstance,
                Strategy::Spread(SpreadField::Attribute(name)) => self.buckets(name),
            };
            rankers.push(ranker);
        }
        rankers
    }

    fn buckets(&self, name: &str) -> Ranker {
        let column = self.index.column(name).unwrap_or(&[]);
        // Value id → bucket; the two sentinels take the last two slots.
        let values = self.index.value_count();
        let mut bucket_of = vec![u32::MAX; values + 2];
        let mut bucket = Vec::with_capacity(self.candidates.len());
        let mut counts: Vec<u64> = Vec::new();
        for candidate in &self.candidates {
            let slot = match column.get(candidate.instance as usize).copied() {
                None | Some(MISSING) => values,
                Some(NO_VALUE) => values + 1,
                Some(id) => (id as usize).min(values),
            };
            if bucket_of[slot] == u32::MAX {
                bucket_of[slot] = counts.len() as u32;
                counts.push(0);
            }
            let id = bucket_of[slot];
            counts[id as usize] += u64::from(candidate.group_count);
            bucket.push(id);
        }
        Ranker::SpreadBuckets { bucket, counts }
    }

    fn key(&self, ranker: &Ranker, candidate: usize) -> i64 {
        match ranker {
            Ranker::SpreadBuckets { bucket, counts } => {
                counts[bucket[candidate] as usize].min(i64::MAX as u64) as i64
            }
            Ranker::SpreadInstance => i64::from(self.candidates[candidate].group_count),
            Ranker::Binpack(BinpackField::Cpu) => self.candidates[candidate].cpu,
            Ranker::Binpack(BinpackField::Memory) => self.candidates[candidate].memory,
        }
    }

    /// How `candidate` ranks against the best keys so far, rule by rule, stopping at the first
    /// rule that tells them apart.
    fn compare(&self, candidate: usize, best_keys: &[i64]) -> Ordering {
        for (ranker, best_key) in self.rankers.iter().zip(best_keys) {
            let ordering = self.key(ranker, candidate).cmp(best_key);
            if ordering != Ordering::Equal {
                return ordering;
            }
        }
        Ordering::Equal
    }

    /// The position in `feasible` of the best candidate: smallest keys lexicographically, then
    /// uniformly at random among ties (reservoir sampling, so one pass and no allocation).
    fn select(&self, rng: &mut SplitMix64) -> Option<usize> {
        let mut best: Option<usize> = None;
        let mut best_keys = [0i64; MAX_STRATEGIES];
        let mut ties = 0u64;
        for (position, &candidate) in self.feasible.iter().enumerate() {
            let candidate = candidate as usize;
            let ordering = match best {
                None => Ordering::Less,
                Some(_) => self.compare(candidate, &best_keys),
            };
            match ordering {
                Ordering::Less => {
                    best = Some(position);
                    ties = 1;
                    for (ranker, slot) in self.rankers.iter().zip(best_keys.iter_mut()) {
                        *slot = self.key(ranker, candidate);
                    }
                }
                Ordering::Equal => {
                    ties += 1;
                    if rng.below(ties) == 0 {
                        best = Some(position);
                    }
                }
                Ordering::Greater => {}
            }
        }
        best
    }

    /// Records a task on the candidate at `position` in `feasible`, and drops the candidate from
    /// `feasible` if it can take no further task of this request.
    fn commit(&mut self, position: usize) {
        let index = self.feasible[position] as usize;
        let task = &self.request.task;
        let candidate = &mut self.candidates[index];
        candidate.cpu = candidate.cpu.saturating_sub(task.cpu);
        candidate.memory = candidate.memory.saturating_sub(task.memory);
        candidate.group_count = candidate.group_count.saturating_add(1);
        for ranker in &mut self.rankers {
            if let Ranker::SpreadBuckets { bucket, counts } = ranker {
                counts[bucket[index] as usize] += 1;
            }
        }
        let rejected = self.failure_after_placement(&self.candidates[index]);
        if rejected.is_some() {
            self.candidates[index].rejected = rejected;
            self.feasible.swap_remove(position);
        }
    }

    /// Every candidate's reason, in input order; called once no candidate is feasible.
    fn failures(&self) -> Vec<PlacementFailure> {
        self.candidates
            .iter()
            .filter_map(|candidate| {
                candidate.rejected.map(|reason| PlacementFailure {
                    instance_arn: self.index.views()[candidate.instance as usize].arn.clone(),
                    reason,
                })
            })
            .collect()
    }
}

fn constraint_failure(
    constraint: &Constraint,
    target: &IndexedInstance<'_, '_>,
) -> Option<RejectReason> {
    match constraint {
        Constraint::MemberOf(expr) if !expr.eval(target) => Some(RejectReason::MemberOf),
        Constraint::DistinctInstance if target.group_count > 0 => {
            Some(RejectReason::DistinctInstance)
        }
        _ => None,
    }
}

/// SplitMix64: tiny, fast, and fixed here so a seed replays identically whatever version of a
/// random-number crate the workspace resolves.
struct SplitMix64(u64);

impl SplitMix64 {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..bound` (`bound > 0`), by multiply-shift; the bias is below 2^-32 for
    /// any bound a cluster can have.
    fn below(&mut self, bound: u64) -> u64 {
        ((u128::from(self.next()) * u128::from(bound)) >> 64) as u64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn random_choices_are_in_range_and_roughly_uniform() {
        let mut rng = SplitMix64(7);
        let mut histogram = [0u32; 4];
        for _ in 0..4000 {
            histogram[rng.below(4) as usize] += 1;
        }
        assert!(
            histogram.iter().all(|n| (800..1200).contains(n)),
            "{histogram:?}"
        );
        assert_eq!(SplitMix64(1).next(), SplitMix64(1).next());
    }
}
