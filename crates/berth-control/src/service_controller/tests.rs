//! Service controller tests: a control plane over a `MemoryStore` and a `ManualClock`, with
//! instances registered through the API and a fake agent reporting through
//! SubmitTaskStateChange. Every check reads what DescribeServices and DescribeTasks return.

mod daemon;
mod replica;
mod rollout;

use crate::services::tests::fixtures::*;
use berth_wire::ecs as wire;

/// The primary deployment as DescribeServices shows it.
fn primary(service: &wire::Service) -> wire::Deployment {
    service
        .deployments
        .clone()
        .unwrap_or_default()
        .into_iter()
        .find(|d| d.status.as_deref() == Some("PRIMARY"))
        .expect("a primary deployment")
}

/// Reconciles, lets the fake agent act and time pass until the primary deployment of `name`
/// has completed; panics after a bounded number of rounds.
async fn settle(h: &Harness, name: &str) -> wire::Service {
    for _ in 0..20 {
        h.reconcile().await;
        let service = h.describe(name).await;
        if primary(&service).rollout_state.as_deref() == Some("COMPLETED") {
            return service;
        }
        h.agent_step(name, |_| false).await;
        h.clock.advance(SETTLE);
    }
    panic!("{name} did not reach a steady state");
}

/// The service's counts agree with DescribeTasks.
async fn assert_counts_agree(h: &Harness, name: &str) {
    let service = h.describe(name).await;
    let tasks = counts(&h.tasks(name).await);
    assert_eq!(
        (service.running_count, service.pending_count),
        (Some(tasks.running as i32), Some(tasks.pending as i32)),
        "service counts vs DescribeTasks"
    );
    let deployments = service.deployments.unwrap_or_default();
    let running: i32 = deployments.iter().filter_map(|d| d.running_count).sum();
    let pending: i32 = deployments.iter().filter_map(|d| d.pending_count).sum();
    assert!(running <= tasks.running as i32 && pending <= tasks.pending as i32);
}
