//! The controller's work queue of service keys, with kube-rs's contract: a key waits in the
//! queue at most once however often it is added; a key handed to a worker is not handed out
//! again until that worker calls [`WorkQueue::done`], and an add meanwhile re-queues it then
//! (so a change that arrives mid-reconcile is never lost and never reconciled concurrently).
//! Delayed adds ([`WorkQueue::add_after`]) keep only the earliest timer per key.
//!
//! It knows nothing of services: keys are opaque strings. It must not reconcile anything.

use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;
use tokio::sync::Notify;
use tokio::time::Instant;

#[derive(Debug, Default)]
struct State {
    queue: VecDeque<String>,
    queued: HashSet<String>,
    running: HashSet<String>,
    /// Added while running: queued again when done.
    again: HashSet<String>,
    /// The earliest pending timer per key.
    timers: HashMap<String, Instant>,
    closed: bool,
}

/// A deduplicating queue that never hands out one key to two workers at once.
#[derive(Debug, Default)]
pub struct WorkQueue {
    state: Mutex<State>,
    ready: Notify,
}

impl WorkQueue {
    pub fn new() -> Arc<WorkQueue> {
        Arc::new(WorkQueue::default())
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        match self.state.lock() {
            Ok(guard) => guard,
            Err(poisoned) => poisoned.into_inner(),
        }
    }

    /// Queues `key` unless it is queued already; a key being reconciled is queued again when
    /// its worker is done.
    pub fn add(&self, key: &str) {
        let mut state = self.lock();
        if state.closed {
            return;
        }
        if state.running.contains(key) {
            state.again.insert(key.to_string());
            return;
        }
        if state.queued.insert(key.to_string()) {
            state.queue.push_back(key.to_string());
            drop(state);
            self.ready.notify_one();
        }
    }

    /// Queues `key` after `delay`, unless an earlier timer for it is already pending.
    pub fn add_after(self: &Arc<Self>, key: &str, delay: Duration) {
        let due = Instant::now() + delay;
        {
            let mut state = self.lock();
            if state.closed {
                return;
            }
            match state.timers.get(key) {
                Some(pending) if *pending <= due => return,
                _ => {
                    state.timers.insert(key.to_string(), due);
                }
            }
        }
        let queue = Arc::clone(self);
        let key = key.to_string();
        tokio::spawn(async move {
            tokio::time::sleep_until(due).await;
            let fire = {
                let mut state = queue.lock();
                if state.timers.get(&key) == Some(&due) {
                    state.timers.remove(&key);
                    true
                } else {
                    false
                }
            };
            if fire {
                queue.add(&key);
            }
        });
    }

    /// The next key to reconcile, marked running; `None` once the queue is closed.
    pub async fn next(&self) -> Option<String> {
        loop {
            let notified = self.ready.notified();
            tokio::pin!(notified);
            notified.as_mut().enable();
            {
                let mut state = self.lock();
                if state.closed {
                    return None;
                }
                if let Some(key) = state.queue.pop_front() {
                    state.queued.remove(&key);
                    state.running.insert(key.clone());
                    let more = !state.queue.is_empty();
                    drop(state);
                    if more {
                        // Let another idle worker pick up the rest.
                        self.ready.notify_one();
                    }
                    return Some(key);
                }
            }
            notified.await;
        }
    }

    /// The worker is done with `key`; re-queues it if it was added meanwhile.
    pub fn done(&self, key: &str) {
        let mut state = self.lock();
        state.running.remove(key);
        if state.again.remove(key) && !state.closed && state.queued.insert(key.to_string()) {
            state.queue.push_back(key.to_string());
            drop(state);
            self.ready.notify_one();
        }
    }

    /// Stops handing out keys: waiting workers get `None`.
    pub fn close(&self) {
        self.lock().closed = true;
        self.ready.notify_waiters();
    }

    /// Keys waiting to be handed out.
    pub fn len(&self) -> usize {
        self.lock().queue.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    #[tokio::test]
    async fn adds_deduplicate_and_running_keys_requeue_once_done() {
        let queue = WorkQueue::new();
        queue.add("a");
        queue.add("a");
        queue.add("b");
        assert_eq!(queue.len(), 2);
        let first = queue.next().await.unwrap();
        assert_eq!(first, "a");
        queue.add("a");
        queue.add("a");
        assert_eq!(queue.len(), 1, "a is running: it waits, once, for done");
        assert_eq!(queue.next().await.unwrap(), "b");
        queue.done("a");
        assert_eq!(queue.next().await.unwrap(), "a");
        queue.done("a");
        queue.done("b");
        assert!(queue.is_empty());
    }

    #[tokio::test]
    async fn timers_keep_the_earliest() {
        let queue = WorkQueue::new();
        queue.add_after("a", Duration::from_millis(30));
        queue.add_after("a", Duration::from_millis(60));
        queue.add_after("a", Duration::from_millis(3));
        tokio::time::sleep(Duration::from_millis(15)).await;
        assert_eq!(queue.len(), 1);
        assert_eq!(queue.next().await.unwrap(), "a");
        queue.done("a");
        tokio::time::sleep(Duration::from_millis(60)).await;
        assert!(queue.is_empty(), "the later timers were superseded");
    }

    /// Many workers, keys added from everywhere: no key is ever held by two workers at once,
    /// and every add is followed by at least one reconcile.
    #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
    async fn a_key_is_never_reconciled_concurrently() {
        let queue = WorkQueue::new();
        let in_flight: Arc<Vec<AtomicUsize>> =
            Arc::new((0..3).map(|_| AtomicUsize::new(0)).collect());
        let runs = Arc::new(AtomicUsize::new(0));
        let overlap = Arc::new(AtomicUsize::new(0));
        let mut workers = Vec::new();
        for _ in 0..4 {
            let (queue, in_flight, runs, overlap) = (
                queue.clone(),
                in_flight.clone(),
                runs.clone(),
                overlap.clone(),
            );
            workers.push(tokio::spawn(async move {
                while let Some(key) = queue.next().await {
                    let slot: usize = key.parse().unwrap();
                    if in_flight[slot].fetch_add(1, Ordering::SeqCst) != 0 {
                        overlap.fetch_add(1, Ordering::SeqCst);
                    }
                    tokio::time::sleep(Duration::from_micros(200)).await;
                    in_flight[slot].fetch_sub(1, Ordering::SeqCst);
                    runs.fetch_add(1, Ordering::SeqCst);
                    queue.done(&key);
                }
            }));
        }
        for round in 0..300 {
            queue.add(&(round % 3).to_string());
            if round % 7 == 0 {
                tokio::task::yield_now().await;
            }
        }
        for _ in 0..1000 {
            if queue.is_empty() && in_flight.iter().all(|n| n.load(Ordering::SeqCst) == 0) {
                break;
            }
            tokio::time::sleep(Duration::from_millis(1)).await;
        }
        queue.close();
        for worker in workers {
            worker.await.unwrap();
        }
        assert_eq!(overlap.load(Ordering::SeqCst), 0);
        assert!(runs.load(Ordering::SeqCst) >= 3);
    }
}
