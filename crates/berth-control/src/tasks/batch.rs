//! What a batch of placement requests on one cluster decides: every request placed in arrival
//! order against one reading of the cluster's instances, each seeing the reservations of the
//! requests before it.
//!
//! RunTask requests in a row that want the same launch type share one
//! `berth_scheduler::ClusterIndex` (the scheduler's flat layout of the cluster), and each
//! outcome is applied to it before the next request is placed; a StartTask request places on
//! its named instances one by one, as StartTask always has. Every placement is also applied to
//! working copies of the instance records (through `transition::occupy`, the same step the
//! commit replays), and each new task is built from the record it lands on. Pure but for the
//! random task ids: no store, no clock (`now` is a parameter). This module must not commit
//! anything; `placer.rs` does.

use super::launch::{check_compatibility, instance_launch_type, new_task, Launch, NewTaskIds};
use super::transition::occupy;
use crate::error::{EcsError, EcsResult};
use crate::instance_wire::instance_view;
use crate::records::{ContainerInstanceRecord, TaskRecord};
use berth_model::{ResourceKind, Scope};
use berth_scheduler::{
    ClusterIndex, InstanceStatus, InstanceView, PlacementOutcome, PlacementRequest,
    NO_CONTAINER_INSTANCES,
};
use berth_wire::ecs as wire;
use std::collections::HashMap;

/// A clientToken claimed by a RunTask: its key and what identifies the request.
#[derive(Debug, Clone)]
pub(super) struct TokenClaim {
    pub key: String,
    pub fingerprint: String,
}

/// One validated placement request, as the caller queues it.
#[derive(Debug)]
pub(super) enum Work {
    Run {
        launch: Launch,
        /// The launch type the candidates must serve.
        launch_type: String,
        seed: u64,
        token: Option<TokenClaim>,
    },
    Start {
        launch: Launch,
        /// The instance ids named, in the order given.
        wanted: Vec<String>,
        seed: u64,
    },
}

impl Work {
    pub fn token(&self) -> Option<&TokenClaim> {
        match self {
            Work::Run { token, .. } => token.as_ref(),
            Work::Start { .. } => None,
        }
    }
}

/// What one request decided: new tasks with the index of the instance each goes to (into the
/// instance list the batch was planned on), and the failures to report.
#[derive(Debug, Default)]
pub(super) struct Plan {
    pub placements: Vec<(usize, TaskRecord)>,
    pub failures: Vec<wire::Failure>,
    /// The scheduler's outcome (RunTask only), for the service scheduler's events.
    pub outcome: Option<PlacementOutcome>,
}

/// The scheduler's request for `count` tasks of `launch`.
pub(super) fn placement_request(
    launch: &Launch,
    count: u32,
    with_strategies: bool,
    seed: u64,
) -> PlacementRequest {
    PlacementRequest {
        count,
        group: launch.group.clone(),
        task: launch.requirements.resources(),
        required_attributes: launch.requirements.required_attributes.clone(),
        constraints: launch.constraints.clone(),
        strategies: if with_strategies {
            launch.strategies.clone()
        } else {
            Vec::new()
        },
        seed,
    }
}

/// Whether an instance serves `launch_type` (an instance that lists none serves EC2).
fn serves(instance: &ContainerInstanceRecord, launch_type: &str) -> bool {
    let types = &instance.launch_types;
    types.iter().any(|t| t == launch_type) || (types.is_empty() && launch_type == "EC2")
}

fn view_of(instance: &ContainerInstanceRecord) -> InstanceView {
    instance_view(instance, instance.task_groups.clone())
}

/// Plans `works` in order against `working`, copies of the cluster's registered instance
/// records (with complete task-group counts) that each placement is applied to. One result
/// per request; an error fails that request alone.
pub(super) fn plan_batch(
    scope: &Scope,
    mut working: Vec<ContainerInstanceRecord>,
    works: &[&Work],
    now: f64,
) -> Vec<EcsResult<Plan>> {
    let mut plans = Vec::with_capacity(works.len());
    let mut at = 0;
    while at < works.len() {
        let launch_type = match works[at] {
            Work::Start {
                launch,
                wanted,
                seed,
            } => {
                plans.push(plan_start(scope, &mut working, launch, wanted, *seed, now));
                at += 1;
                continue;
            }
            Work::Run { launch_type, .. } => launch_type,
        };
        // The RunTasks in a row that want this launch type share one index.
        let end = at
            + works[at..]
                .iter()
                .take_while(|w| matches!(w, Work::Run { launch_type: t, .. } if t == launch_type))
                .count();
        let candidates: Vec<usize> = (0..working.len())
            .filter(|&i| serves(&working[i], launch_type))
            .collect();
        let views: Vec<InstanceView> = candidates.iter().map(|&i| view_of(&working[i])).collect();
        let any_active = views.iter().any(|v| v.status == InstanceStatus::Active);
        let mut index = ClusterIndex::new(&views);
        for work in &works[at..end] {
            let Work::Run { launch, seed, .. } = work else {
                continue;
            };
            if !any_active {
                plans.push(Err(EcsError::invalid(NO_CONTAINER_INSTANCES)));
                continue;
            }
            plans.push(plan_run(
                scope,
                &mut working,
                &candidates,
                &mut index,
                launch,
                *seed,
                now,
            ));
        }
        at = end;
    }
    plans
}

/// Builds the task `launch` puts on `working[target]` and takes its place there.
fn take_place(
    scope: &Scope,
    working: &mut [ContainerInstanceRecord],
    target: usize,
    launch: &Launch,
    now: f64,
) -> EcsResult<TaskRecord> {
    let Some(instance) = working.get_mut(target) else {
        return Err(EcsError::Server(
            "placement chose an unknown instance".into(),
        ));
    };
    // The scheduler decided on these very records; a misfit here is a bug, never an
    // over-commit.
    if instance
        .remaining
        .fits(&launch.requirements.resources())
        .is_err()
    {
        return Err(EcsError::Server(
            "placement exceeded an instance's remaining resources".into(),
        ));
    }
    let containers = launch
        .definition
        .container_definitions
        .as_ref()
        .map_or(0, Vec::len);
    let task = new_task(
        scope,
        launch,
        instance,
        &NewTaskIds::random(containers),
        now,
    );
    occupy(instance, &task);
    Ok(task)
}

fn plan_run(
    scope: &Scope,
    working: &mut [ContainerInstanceRecord],
    candidates: &[usize],
    index: &mut ClusterIndex<'_>,
    launch: &Launch,
    seed: u64,
    now: f64,
) -> EcsResult<Plan> {
    let placement = placement_request(launch, launch.count, true, seed);
    let outcome = index.place(&placement);
    index.apply(&placement, &outcome);
    tracing::info!(
        cluster = %launch.cluster_name,
        group = %launch.group,
        seed,
        placed = outcome.placements.len(),
        unplaced = outcome.unplaced,
        "RunTask placement"
    );
    let mut plan = Plan {
        placements: Vec::with_capacity(outcome.placements.len()),
        failures: outcome
            .failures
            .iter()
            .map(|f| wire::Failure {
                arn: Some(f.instance_arn.clone()),
                reason: Some(f.reason.as_str().to_string()),
                detail: None,
            })
            .collect(),
        outcome: None,
    };
    for placement in &outcome.placements {
        let target = candidates
            .get(placement.instance_index)
            .copied()
            .unwrap_or(usize::MAX);
        let task = take_place(scope, working, target, launch, now)?;
        plan.placements.push((target, task));
    }
    plan.outcome = Some(outcome);
    Ok(plan)
}

/// StartTask: one task on each named instance that can take it (in the order given, so an
/// instance named twice must fit two), with no strategies; a failure per instance that cannot,
/// with the scheduler's reason, its status, or MISSING.
fn plan_start(
    scope: &Scope,
    working: &mut [ContainerInstanceRecord],
    launch: &Launch,
    wanted: &[String],
    seed: u64,
    now: f64,
) -> EcsResult<Plan> {
    let targets: Vec<Option<usize>> = wanted
        .iter()
        .map(|id| working.iter().position(|i| &i.id == id))
        .collect();
    // Checked before anything is placed, so that a refused request leaves no trace on the
    // working records the rest of the batch is planned on.
    for &index in targets.iter().flatten() {
        check_compatibility(&launch.definition, &instance_launch_type(&working[index]))?;
    }
    let placement = placement_request(launch, 1, false, seed);
    let mut plan = Plan::default();
    let mut views: HashMap<usize, InstanceView> = HashMap::new();
    for (id, target) in wanted.iter().zip(targets) {
        let Some(index) = target else {
            plan.failures.push(wire::Failure {
                arn: Some(
                    scope
                        .arn(
                            ResourceKind::ContainerInstance,
                            &format!("{}/{id}", launch.cluster_name),
                        )
                        .to_string(),
                ),
                reason: Some("MISSING".into()),
                detail: None,
            });
            continue;
        };
        let view = views
            .entry(index)
            .or_insert_with(|| view_of(&working[index]));
        let outcome = berth_scheduler::place(std::slice::from_ref(view), &placement);
        if outcome.placements.is_empty() {
            let reason = match outcome.failures.first() {
                Some(failure) => failure.reason.as_str().to_string(),
                None => view.status.as_str().to_string(),
            };
            plan.failures.push(wire::Failure {
                arn: Some(view.arn.clone()),
                reason: Some(reason),
                detail: None,
            });
            continue;
        }
        berth_scheduler::apply(std::slice::from_mut(view), &placement, &outcome);
        let task = take_place(scope, working, index, launch, now)?;
        plan.placements.push((index, task));
    }
    Ok(plan)
}
