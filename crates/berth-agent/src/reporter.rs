//! Delivering one task's state changes to the control plane: an ordered queue per task, sent
//! one at a time with backoff until acknowledged, consecutive reports of the same task status
//! merged into the newest (each body carries the task's whole state, so nothing is lost), and
//! every acknowledgement handed back to the task's actor, which persists it.
//!
//! The reporter never reads or changes task state; it sends what the actor queued. A report the
//! control plane refuses for good (a 4xx: it no longer knows the task) is dropped and counted as
//! delivered, so that a forgotten task can still be cleaned up.

use std::collections::VecDeque;
use std::sync::Arc;

use berth_model::TaskStatus;
use futures::future::BoxFuture;
use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;

use crate::backoff::Backoff;
use crate::constants::{API_BACKOFF_MIN, REPORT_BACKOFF_MAX};
use crate::ecs_client::{ApiError, EcsClient};
use crate::task_record::ReportView;

/// Where reports go: the control plane's `SubmitTaskStateChange` (or a recorder in tests).
pub trait StateReporter: Send + Sync + 'static {
    fn submit(&self, body: serde_json::Value) -> BoxFuture<'static, Result<(), ApiError>>;
}

impl StateReporter for EcsClient {
    fn submit(&self, body: serde_json::Value) -> BoxFuture<'static, Result<(), ApiError>> {
        let client = self.clone();
        Box::pin(async move {
            let bytes = serde_json::to_vec(&body).unwrap_or_default();
            client
                .call_raw("SubmitTaskStateChange", bytes.into())
                .await
                .map(|_| ())
        })
    }
}

/// One queued report.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    pub view: ReportView,
    pub body: serde_json::Value,
}

impl Report {
    fn status(&self) -> Option<TaskStatus> {
        self.view.task_status
    }
}

/// Merges neighbours with the same task status, keeping the newest: the control plane sees
/// every task status in order, and only the latest container detail within one status.
pub fn coalesce(queue: &mut VecDeque<Report>) {
    let mut merged: VecDeque<Report> = VecDeque::with_capacity(queue.len());
    for report in queue.drain(..) {
        match merged.back_mut() {
            Some(last) if last.status() == report.status() => *last = report,
            _ => merged.push_back(report),
        }
    }
    *queue = merged;
}

/// Runs one task's reporter until its queue closes or the agent shuts down. `delivered` is
/// called with each acknowledged view, in order.
pub async fn run(
    sink: Arc<dyn StateReporter>,
    mut queue: mpsc::UnboundedReceiver<Report>,
    delivered: impl Fn(ReportView) -> BoxFuture<'static, ()>,
    shutdown: CancellationToken,
) {
    let mut pending: VecDeque<Report> = VecDeque::new();
    let mut backoff = Backoff::new(API_BACKOFF_MIN, REPORT_BACKOFF_MAX);
    loop {
        if pending.is_empty() {
            tokio::select! {
                report = queue.recv() => match report {
                    Some(report) => pending.push_back(report),
                    None => return,
                },
                () = shutdown.cancelled() => return,
            }
        }
        while let Ok(report) = queue.try_recv() {
            pending.push_back(report);
        }
        coalesce(&mut pending);
        let Some(report) = pending.front().cloned() else {
            continue;
        };
        let result = tokio::select! {
            result = sink.submit(report.body.clone()) => result,
            () = shutdown.cancelled() => return,
        };
        match result {
            Ok(()) => {
                backoff.reset();
                pending.pop_front();
                delivered(report.view).await;
            }
            Err(error) if !error.is_retriable() => {
                tracing::warn!(%error, "the control plane refused a task state report; dropping it");
                pending.pop_front();
                delivered(report.view).await;
            }
            Err(error) => {
                let delay = backoff.next_delay(&mut rand::thread_rng());
                tracing::debug!(%error, ?delay, "task state report failed; retrying");
                tokio::select! {
                    () = tokio::time::sleep(delay) => {}
                    () = shutdown.cancelled() => return,
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report(status: TaskStatus, marker: u32) -> Report {
        Report {
            view: ReportView {
                task_status: Some(status),
                ..ReportView::default()
            },
            body: serde_json::json!({ "marker": marker }),
        }
    }

    #[test]
    fn coalescing_keeps_every_status_and_the_newest_detail() {
        let mut queue: VecDeque<Report> = [
            report(TaskStatus::Pending, 1),
            report(TaskStatus::Pending, 2),
            report(TaskStatus::Running, 3),
            report(TaskStatus::Running, 4),
            report(TaskStatus::Stopped, 5),
        ]
        .into();
        coalesce(&mut queue);
        let markers: Vec<u64> = queue
            .iter()
            .map(|r| r.body["marker"].as_u64().unwrap())
            .collect();
        assert_eq!(markers, [2, 4, 5]);
    }

    /// Fails the first `failures` submissions with a retriable error, then records bodies.
    struct Flaky {
        failures: std::sync::Mutex<u32>,
        seen: std::sync::Mutex<Vec<serde_json::Value>>,
        refuse: bool,
    }

    impl StateReporter for Flaky {
        fn submit(&self, body: serde_json::Value) -> BoxFuture<'static, Result<(), ApiError>> {
            let mut failures = self.failures.lock().unwrap();
            let result = if *failures > 0 {
                *failures -= 1;
                Err(ApiError::Transport {
                    operation: "SubmitTaskStateChange".into(),
                    message: "refused".into(),
                })
            } else if self.refuse {
                Err(ApiError::Service {
                    operation: "SubmitTaskStateChange".into(),
                    status: 400,
                    code: "InvalidParameterException".into(),
                    message: "unknown task".into(),
                })
            } else {
                self.seen.lock().unwrap().push(body);
                Ok(())
            };
            Box::pin(async move { result })
        }
    }

    async fn deliver(failures: u32, refuse: bool) -> (Vec<serde_json::Value>, Vec<ReportView>) {
        let sink = Arc::new(Flaky {
            failures: std::sync::Mutex::new(failures),
            seen: std::sync::Mutex::new(Vec::new()),
            refuse,
        });
        let (tx, rx) = mpsc::unbounded_channel();
        tx.send(report(TaskStatus::Pending, 1)).unwrap();
        tx.send(report(TaskStatus::Running, 2)).unwrap();
        drop(tx);
        let acked = Arc::new(std::sync::Mutex::new(Vec::new()));
        let record = acked.clone();
        let task = run(
            sink.clone(),
            rx,
            move |view| {
                record.lock().unwrap().push(view);
                Box::pin(async {})
            },
            CancellationToken::new(),
        );
        tokio::time::timeout(std::time::Duration::from_secs(10), task)
            .await
            .unwrap();
        let seen = sink.seen.lock().unwrap().clone();
        let acked = acked.lock().unwrap().clone();
        (seen, acked)
    }

    #[tokio::test]
    async fn reports_are_retried_in_order_until_acknowledged() {
        let (seen, acked) = deliver(2, false).await;
        assert_eq!(
            seen,
            [
                serde_json::json!({"marker": 1}),
                serde_json::json!({"marker": 2})
            ]
        );
        assert_eq!(acked.len(), 2);
        assert_eq!(acked[1].task_status, Some(TaskStatus::Running));
    }

    #[tokio::test]
    async fn refused_reports_count_as_delivered() {
        let (seen, acked) = deliver(0, true).await;
        assert!(seen.is_empty());
        assert_eq!(acked.len(), 2);
    }
}
