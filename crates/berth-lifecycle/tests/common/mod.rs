//! A deterministic simulated agent and Docker for driving the lifecycle in tests.
//!
//! The simulator plays the actor described in the crate docs: it records decisions as events
//! at once, starts each effect unless the same container (or the namespace) already has one in
//! flight, and completes effects after a delay according to a scripted [`Behavior`] per
//! container. It keeps every step (state, time, actions) so tests can check invariants after
//! the fact. Every loop is bounded.

#![allow(dead_code)]

use std::collections::BTreeMap;

use berth_lifecycle::{
    apply, next_actions, Action, ContainerSpec, Event, NetworkAttachment, NetworkMode, TaskState,
};
use berth_model::{HealthStatus, StopCode, TaskStatus};

/// How one simulated container behaves.
#[derive(Debug, Clone, Default)]
pub struct Behavior {
    pub pull_error: Option<String>,
    pub create_error: Option<String>,
    pub start_error: Option<String>,
    /// Exit on its own this many seconds after starting, with this code.
    pub exits_after: Option<(f64, i32)>,
    /// Report this health this many seconds after starting.
    pub health_after: Option<(f64, HealthStatus)>,
    /// Ignore SIGTERM: only the SIGKILL at the end of the stop timeout ends it (code 137).
    pub ignores_sigterm: bool,
}

/// The whole simulated world of one task.
#[derive(Debug, Clone, Default)]
pub struct World {
    pub behaviors: BTreeMap<String, Behavior>,
    /// Events from outside (StopTask), at given times.
    pub external: Vec<(f64, Event)>,
    pub network_error: Option<String>,
    /// Delays (seconds) used in turn for completing effects; empty means 1 s (2 s for pulls).
    pub delays: Vec<f64>,
}

/// One call of `next_actions` as the simulator saw it.
#[derive(Debug, Clone)]
pub struct Step {
    pub now: f64,
    pub state: TaskState,
    pub actions: Vec<Action>,
}

#[derive(Debug)]
pub struct Sim {
    pub spec: Vec<ContainerSpec>,
    pub task: TaskState,
    pub now: f64,
    pub world: World,
    /// Scheduled events: (time, sequence, key of the in-flight effect it completes, event).
    pending: Vec<(f64, u64, Option<String>, Event)>,
    in_flight: BTreeMap<String, ()>,
    seq: u64,
    delay_index: usize,
    pub trace: Vec<String>,
    pub steps: Vec<Step>,
    pub cleaned_up: bool,
}

const NETWORK_KEY: &str = "<network>";
const MAX_ITERATIONS: usize = 2_000;
const TICK_SECS: f64 = 5.0;
const HORIZON_SECS: f64 = 1_000.0;

impl Sim {
    pub fn new(spec: Vec<ContainerSpec>, mode: NetworkMode, world: World) -> Sim {
        let task = TaskState::new(&spec, mode);
        let mut sim = Sim {
            spec,
            task,
            now: 0.0,
            world,
            pending: Vec::new(),
            in_flight: BTreeMap::new(),
            seq: 0,
            delay_index: 0,
            trace: Vec::new(),
            steps: Vec::new(),
            cleaned_up: false,
        };
        for (at, event) in sim.world.external.clone() {
            sim.schedule(at, None, event);
        }
        sim
    }

    fn behavior(&self, container: &str) -> Behavior {
        self.world
            .behaviors
            .get(container)
            .cloned()
            .unwrap_or_default()
    }

    fn delay(&mut self, default: f64) -> f64 {
        if self.world.delays.is_empty() {
            return default;
        }
        let d = self.world.delays[self.delay_index % self.world.delays.len()];
        self.delay_index += 1;
        d
    }

    fn schedule(&mut self, at: f64, key: Option<String>, event: Event) {
        self.seq += 1;
        self.pending.push((at, self.seq, key, event));
    }

    fn log(&mut self, text: String) {
        self.trace.push(format!("t={:<4} {text}", self.now));
    }

    fn record(&mut self, event: Event) {
        match apply(&self.task, &event) {
            Ok(next) => {
                // Decisions are already logged as the action that caused them.
                let decision = matches!(
                    event,
                    Event::TaskStatusChanged { .. }
                        | Event::PullStarted { .. }
                        | Event::DesiredStopped { .. }
                ) && !self.world.external.iter().any(|(_, e)| e == &event);
                if next != self.task && !decision {
                    self.log(format!("  {}", describe_event(&event)));
                }
                self.task = next;
            }
            Err(error) => self.log(format!("  rejected {}: {error}", describe_event(&event))),
        }
    }

    /// Runs until the task is cleaned up, or STOPPED with nothing left to happen, or the
    /// horizon; `stop_at_stopped` ends the run as soon as STOPPED is recorded.
    pub fn run(&mut self, stop_at_stopped: bool) {
        for _ in 0..MAX_ITERATIONS {
            let actions = next_actions(&self.task, &self.spec, self.now);
            self.steps.push(Step {
                now: self.now,
                state: self.task.clone(),
                actions: actions.clone(),
            });
            let mut decided = false;
            for action in actions {
                decided |= self.perform(action);
                if self.cleaned_up {
                    return;
                }
            }
            if stop_at_stopped && self.task.known == TaskStatus::Stopped {
                return;
            }
            if decided {
                continue;
            }
            if !self.advance() {
                return;
            }
        }
        self.log("iteration bound reached".into());
    }

    /// Moves time to the next scheduled event (applying every event due then), or by a tick
    /// when nothing is scheduled. Returns false when the run is over.
    fn advance(&mut self) -> bool {
        let next_at = self
            .pending
            .iter()
            .map(|p| p.0)
            .fold(f64::INFINITY, f64::min);
        if next_at.is_finite() {
            self.now = self.now.max(next_at);
        } else if self.task.known == TaskStatus::Stopped {
            // Jump straight to the cleanup time rather than ticking through three hours.
            let cleanup = self.task.stopped_at.unwrap_or(self.now)
                + f64::from(berth_lifecycle::timeouts::TASK_CLEANUP_WAIT_SECS);
            if self.now >= cleanup {
                return false;
            }
            self.now = cleanup;
            return true;
        } else if self.now + TICK_SECS > HORIZON_SECS {
            self.log("horizon reached".into());
            return false;
        } else {
            self.now += TICK_SECS;
            return true;
        }
        self.pending
            .sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        let due: Vec<_> = self
            .pending
            .iter()
            .filter(|p| p.0 <= self.now)
            .cloned()
            .collect();
        self.pending.retain(|p| p.0 > self.now);
        for (_, _, key, event) in due {
            if let Some(key) = key {
                self.in_flight.remove(&key);
            }
            self.on_outcome(&event);
            self.record(event);
        }
        true
    }

    /// Schedules what a container's process does once it has started.
    fn on_outcome(&mut self, event: &Event) {
        if let Event::Started { container, at } = event {
            let behavior = self.behavior(container);
            if let Some((after, code)) = behavior.exits_after {
                let exited = Event::Exited {
                    container: container.clone(),
                    exit_code: Some(code),
                    at: at + after,
                };
                self.schedule(at + after, None, exited);
            }
            if let Some((after, status)) = behavior.health_after {
                let health = Event::Health {
                    container: container.clone(),
                    status,
                };
                self.schedule(at + after, None, health);
            }
        }
    }

    /// Performs one action; returns true when it was a decision recorded at once.
    fn perform(&mut self, action: Action) -> bool {
        let now = self.now;
        match action {
            Action::ReportTaskStatus(TaskStatus::Stopped) | Action::DeprovisionNetwork
                if self.container_action_in_flight() =>
            {
                // Actor contract: a late create must still be seen (and stopped) first.
                false
            }
            Action::ReportTaskStatus(status) => {
                self.log(format!("report {status}"));
                self.record(Event::TaskStatusChanged { status, at: now });
                true
            }
            Action::MarkTaskStopping { stop_code, reason } => {
                self.log(format!("mark stopping {stop_code}: {reason}"));
                self.record(Event::DesiredStopped {
                    stop_code,
                    reason,
                    at: now,
                });
                true
            }
            Action::Cleanup => {
                self.log("cleanup".into());
                self.cleaned_up = true;
                false
            }
            effect => {
                let key = effect_key(&effect);
                if self.in_flight.contains_key(&key) {
                    return false;
                }
                self.in_flight.insert(key.clone(), ());
                self.log(describe_action(&effect));
                self.start_effect(effect, key);
                false
            }
        }
    }

    fn container_action_in_flight(&self) -> bool {
        self.in_flight.keys().any(|k| k != NETWORK_KEY)
    }

    fn start_effect(&mut self, effect: Action, key: String) {
        let now = self.now;
        let outcome = match effect {
            Action::ProvisionNetwork => {
                let at = now + self.delay(1.0);
                let event = match self.world.network_error.clone() {
                    Some(error) => Event::NetworkProvisionFailed { error },
                    None => Event::NetworkProvisioned {
                        attachment: NetworkAttachment {
                            private_ipv4_address: "10.0.0.2".into(),
                            pause_runtime_id: Some("pause".into()),
                        },
                        at,
                    },
                };
                (at, event)
            }
            Action::DeprovisionNetwork => {
                let at = now + self.delay(1.0);
                (at, Event::NetworkDeprovisioned { at })
            }
            Action::Pull { container } => {
                self.record(Event::PullStarted {
                    container: container.clone(),
                    at: now,
                });
                let at = now + self.delay(2.0);
                let event = match self.behavior(&container).pull_error {
                    Some(error) => Event::PullFailed { container, error },
                    None => Event::Pulled { container, at },
                };
                (at, event)
            }
            Action::Create { container } => {
                let at = now + self.delay(1.0);
                let event = match self.behavior(&container).create_error {
                    Some(error) => Event::CreateFailed { container, error },
                    None => Event::Created {
                        runtime_id: format!("{container}-id"),
                        container,
                    },
                };
                (at, event)
            }
            Action::Start { container } => {
                let at = now + self.delay(1.0);
                let event = match self.behavior(&container).start_error {
                    Some(error) => Event::StartFailed { container, error },
                    None => Event::Started { container, at },
                };
                (at, event)
            }
            Action::Stop {
                container,
                timeout_secs,
            } => {
                let running = self.task.container(&container).has_started();
                let (at, exit_code) = if !running {
                    (now + self.delay(1.0), None)
                } else if self.behavior(&container).ignores_sigterm {
                    (now + f64::from(timeout_secs), Some(137))
                } else {
                    (now + self.delay(1.0), Some(0))
                };
                (
                    at,
                    Event::Exited {
                        container,
                        exit_code,
                        at,
                    },
                )
            }
            other => unreachable!("not an effect: {other:?}"),
        };
        self.schedule(outcome.0, Some(key), outcome.1);
    }

    /// The final state, one line per item, for snapshots.
    pub fn summary(&self) -> String {
        let t = &self.task;
        let mut out = format!(
            "task {} desired={:?} stop_code={} reason={:?}\n",
            t.known,
            t.desired,
            t.stop_code.map(|c| c.as_str()).unwrap_or("-"),
            t.stopped_reason.as_deref().unwrap_or("-"),
        );
        for (name, c) in &t.containers {
            out.push_str(&format!(
                "  {name}: {:?} exit={:?} started={:?} reason={:?}\n",
                c.known, c.exit_code, c.started_at, c.reason
            ));
        }
        out
    }

    /// Trace and summary together.
    pub fn report(&self) -> String {
        let mut out = self.trace.join("\n");
        out.push_str("\n---\n");
        out.push_str(&self.summary());
        out
    }
}

fn effect_key(action: &Action) -> String {
    match action {
        Action::Pull { container }
        | Action::Create { container }
        | Action::Start { container }
        | Action::Stop { container, .. } => container.clone(),
        _ => NETWORK_KEY.into(),
    }
}

fn describe_action(action: &Action) -> String {
    match action {
        Action::Pull { container } => format!("pull {container}"),
        Action::Create { container } => format!("create {container}"),
        Action::Start { container } => format!("start {container}"),
        Action::Stop {
            container,
            timeout_secs,
        } => format!("stop {container} (timeout {timeout_secs}s)"),
        Action::ProvisionNetwork => "provision network".into(),
        Action::DeprovisionNetwork => "deprovision network".into(),
        other => format!("{other:?}"),
    }
}

pub fn describe_event(event: &Event) -> String {
    match event {
        Event::PullStarted { container, .. } => format!("pull started {container}"),
        Event::Pulled { container, .. } => format!("pulled {container}"),
        Event::PullFailed { container, error } => format!("pull failed {container}: {error}"),
        Event::Created { container, .. } => format!("created {container}"),
        Event::CreateFailed { container, error } => format!("create failed {container}: {error}"),
        Event::Started { container, .. } => format!("started {container}"),
        Event::StartFailed { container, error } => format!("start failed {container}: {error}"),
        Event::Exited {
            container,
            exit_code,
            ..
        } => format!("exited {container} code={exit_code:?}"),
        Event::Health { container, status } => format!("health {container} {status}"),
        Event::DesiredStopped {
            stop_code, reason, ..
        } => format!("desired STOPPED ({stop_code}: {reason})"),
        Event::NetworkProvisioned { attachment, .. } => {
            format!("network provisioned {}", attachment.private_ipv4_address)
        }
        Event::NetworkProvisionFailed { error } => format!("network failed: {error}"),
        Event::NetworkDeprovisioned { .. } => "network deprovisioned".into(),
        Event::TaskStatusChanged { status, .. } => format!("status {status}"),
    }
}

/// StopTask from a user at `at`.
pub fn stop_task(at: f64) -> (f64, Event) {
    (
        at,
        Event::DesiredStopped {
            stop_code: StopCode::UserInitiated,
            reason: "Task stopped by user".into(),
            at,
        },
    )
}
