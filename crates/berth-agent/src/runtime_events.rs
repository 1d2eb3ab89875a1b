//! Runtime events to task actors: subscribes to the runtime's event stream for berth-managed
//! containers (re-subscribing with backoff whenever it breaks, and asking every actor to
//! re-inspect after a gap, since events may have been missed), routes each event to the actor
//! owning the container id, and on a slow interval asks every actor to re-inspect anyway.
//!
//! It never interprets an event beyond routing it; the actor decides what it means.

use std::sync::Arc;

use berth_docker::{ContainerHealth, ContainerRuntime, EventFilter, LabelFilter};
use berth_model::HealthStatus;
use futures::StreamExt;
use tokio_util::sync::CancellationToken;

use crate::actor::ActorMessage;
use crate::backoff::Backoff;
use crate::constants::{EVENTS_BACKOFF_MAX, EVENTS_BACKOFF_MIN, RECONCILE_INTERVAL};
use crate::registry::Registry;
use crate::task_plan::labels;

/// ECS's health status for a Docker one (`starting` is not yet known).
pub fn health_status(health: ContainerHealth) -> HealthStatus {
    match health {
        ContainerHealth::Starting => HealthStatus::Unknown,
        ContainerHealth::Healthy => HealthStatus::Healthy,
        ContainerHealth::Unhealthy => HealthStatus::Unhealthy,
    }
}

/// Asks every actor to re-inspect its containers.
pub async fn reconcile_all(registry: &Registry) {
    for (_, handle) in registry.actors() {
        // A full inbox already has work that will re-run the step function.
        let _ = handle.inbox.try_send(ActorMessage::Reconcile);
    }
}

/// Routes events until `shutdown`.
pub async fn route_events(
    runtime: Arc<dyn ContainerRuntime>,
    registry: Arc<Registry>,
    shutdown: CancellationToken,
) {
    let filter = EventFilter {
        since: None,
        labels: vec![LabelFilter::Equals(labels::MANAGED.into(), "true".into())],
    };
    let mut backoff = Backoff::new(EVENTS_BACKOFF_MIN, EVENTS_BACKOFF_MAX);
    let mut first = true;
    loop {
        let subscribed = tokio::select! {
            result = runtime.events(&filter) => result,
            () = shutdown.cancelled() => return,
        };
        match subscribed {
            Ok(mut stream) => {
                if !first {
                    // Whatever happened while the stream was down is only visible by looking.
                    reconcile_all(&registry).await;
                }
                first = false;
                loop {
                    let next = tokio::select! {
                        next = stream.next() => next,
                        () = shutdown.cancelled() => return,
                    };
                    match next {
                        Some(Ok(event)) => {
                            backoff.reset();
                            let Some(task) =
                                registry.task_of_container(event.container_id.as_str())
                            else {
                                continue;
                            };
                            if let Some(handle) = registry.actor(&task) {
                                // Back-pressure: a busy actor slows the router, never drops.
                                let _ = handle.inbox.send(ActorMessage::Runtime(event)).await;
                            }
                        }
                        Some(Err(error)) => {
                            tracing::warn!(%error, "runtime event stream failed");
                            break;
                        }
                        None => break,
                    }
                }
            }
            Err(error) => tracing::warn!(%error, "cannot subscribe to runtime events"),
        }
        let delay = backoff.next_delay(&mut rand::thread_rng());
        tokio::select! {
            () = tokio::time::sleep(delay) => {}
            () = shutdown.cancelled() => return,
        }
    }
}

/// The safety net: every [`RECONCILE_INTERVAL`], every actor re-inspects its containers.
pub async fn periodic_reconcile(registry: Arc<Registry>, shutdown: CancellationToken) {
    let mut interval = tokio::time::interval(RECONCILE_INTERVAL);
    interval.tick().await;
    loop {
        tokio::select! {
            _ = interval.tick() => reconcile_all(&registry).await,
            () = shutdown.cancelled() => return,
        }
    }
}
