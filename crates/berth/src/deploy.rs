//! `berth deploy`: starts a rollout with UpdateService and follows it until the service is
//! stable, the deployment fails (or is rolled back), or a timeout passes.
//!
//! The decisions are pure and unit-tested here: which deployment the command follows, whether
//! a DescribeServices answer means "stable", "failed", "rolled back" or "still going"
//! ([`decide`]), how one deployment is rendered ([`deployment_line`]), which service events are
//! new ([`EventLog`]) and which exit code each outcome maps to ([`Outcome::exit_code`]). The
//! I/O around them is a poll loop over the agent's signed ECS client (`berth_agent::ecs_client`)
//! and a small live display: on a terminal it redraws the deployment lines in place, otherwise
//! it prints a line per change. This module never talks to the store or to Docker: only the ECS
//! API, like any other client.

use anyhow::{anyhow, Context, Result};
use berth_agent::ecs_client::{ApiError, EcsClient};
use berth_agent::signer::{Endpoint, Signer};
use berth_agent::Credentials;
use berth_wire::ecs as wire;
use clap::Args;
use std::collections::HashSet;
use std::io::{IsTerminal, Write};
use std::time::{Duration, Instant};

/// The rollout reached a steady state.
pub const EXIT_STABLE: i32 = 0;
/// The command could not do its job: bad arguments, credentials, an API error, a missing service.
pub const EXIT_ERROR: i32 = 1;
/// The deployment failed (circuit breaker), was rolled back, or was replaced by another one.
pub const EXIT_FAILED: i32 = 2;
/// `--timeout` passed before the rollout finished.
pub const EXIT_TIMEOUT: i32 = 3;

/// ECS's own `services-stable` waiter gives up after 40 polls of 15 s (10 minutes).
const DEFAULT_TIMEOUT_SECS: u64 = 600;
/// How often the service is described. ECS throttles DescribeServices at about 20 per second
/// per account, so a client polling once a second is well within its budget.
const DEFAULT_POLL_INTERVAL_MS: u64 = 1000;
/// Attempts per API call; the loop itself keeps polling through transient errors until the
/// timeout, so one call need not retry for long.
const API_ATTEMPTS: u32 = 2;

/// Flags of `berth deploy`.
#[derive(Debug, Clone, Args)]
pub struct DeployArgs {
    /// The cluster that hosts the service (name or ARN).
    #[arg(long, default_value = "default")]
    pub cluster: String,
    /// The service to update (name or ARN).
    #[arg(long)]
    pub service: String,
    /// The task definition to roll out: FAMILY, FAMILY:REVISION or an ARN.
    #[arg(long)]
    pub task_definition: Option<String>,
    /// The new desired count.
    #[arg(long)]
    pub desired_count: Option<i32>,
    /// Start a new deployment even when nothing changed (re-pull images, replace tasks).
    #[arg(long)]
    pub force_new_deployment: bool,
    /// Seconds to wait for a steady state before giving up (exit 3).
    #[arg(long, default_value_t = DEFAULT_TIMEOUT_SECS)]
    pub timeout: u64,
    /// The ECS endpoint, e.g. http://127.0.0.1:7600 (else AWS_ENDPOINT_URL_ECS, AWS_ENDPOINT_URL).
    #[arg(long)]
    pub endpoint: Option<String>,
    /// Region to sign requests for (else AWS_REGION, AWS_DEFAULT_REGION, us-east-1).
    #[arg(long)]
    pub region: Option<String>,
    /// Milliseconds between two DescribeServices calls.
    #[arg(long, default_value_t = DEFAULT_POLL_INTERVAL_MS)]
    pub poll_interval_ms: u64,
}

// ------------------------------------------------------------------------------------------
// Pure decisions

/// Where a followed rollout stands after one DescribeServices answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Still rolling out (or scaling): poll again.
    InProgress,
    /// One deployment left (the followed one), COMPLETED, every desired task running.
    Stable,
    /// The followed deployment failed and nothing replaced it.
    Failed { reason: String },
    /// The followed deployment failed and the circuit breaker rolled back to `to`.
    RolledBack { reason: String, to: String },
    /// Another deployment (someone else's UpdateService) took over before this one finished.
    Superseded { by: String },
    /// The service is no longer ACTIVE (deleted) or no longer exists.
    Gone { status: String },
}

impl Outcome {
    /// The exit code of the command when the loop ends with this outcome; `None` while it goes on.
    pub fn exit_code(&self) -> Option<i32> {
        match self {
            Outcome::InProgress => None,
            Outcome::Stable => Some(EXIT_STABLE),
            Outcome::Failed { .. } | Outcome::RolledBack { .. } | Outcome::Superseded { .. } => {
                Some(EXIT_FAILED)
            }
            Outcome::Gone { .. } => Some(EXIT_ERROR),
        }
    }

    /// One sentence for the user.
    pub fn describe(&self, service: &str, deployment: &str) -> String {
        match self {
            Outcome::InProgress => format!("deployment {deployment} is in progress"),
            Outcome::Stable => {
                format!("service {service} is stable: deployment {deployment} completed")
            }
            Outcome::Failed { reason } => format!("deployment {deployment} failed: {reason}"),
            Outcome::RolledBack { reason, to } => {
                format!("deployment {deployment} failed and was rolled back to {to}: {reason}")
            }
            Outcome::Superseded { by } => {
                format!(
                    "deployment {deployment} was replaced by deployment {by} before it finished"
                )
            }
            Outcome::Gone { status } => format!("service {service} is {status}"),
        }
    }
}

fn primary(service: &wire::Service) -> Option<&wire::Deployment> {
    service
        .deployments
        .iter()
        .flatten()
        .find(|d| d.status.as_deref() == Some("PRIMARY"))
}

/// The deployment `berth deploy` follows: the PRIMARY one of the UpdateService answer (a new
/// deployment when the task definition changed or one was forced, else the current one).
pub fn followed_deployment(service: &wire::Service) -> Option<String> {
    primary(service).and_then(|d| d.id.clone())
}

/// Decides where the rollout of deployment `target` stands, from a described service.
///
/// Stable means what the `services-stable` waiter checks (one deployment, runningCount equal to
/// desiredCount) and, for the followed deployment, `rolloutState` COMPLETED when the server
/// reports one, and no PENDING task left.
pub fn decide(service: &wire::Service, target: &str) -> Outcome {
    let status = service.status.as_deref().unwrap_or("MISSING");
    if status != "ACTIVE" {
        return Outcome::Gone {
            status: status.to_string(),
        };
    }
    let deployments = service.deployments.as_deref().unwrap_or_default();
    let followed = deployments.iter().find(|d| d.id.as_deref() == Some(target));
    let current = primary(service);
    let current_id = current.and_then(|d| d.id.clone()).unwrap_or_default();
    let Some(followed) = followed else {
        // A failed deployment whose tasks are all gone leaves `deployments[]` soon after the
        // circuit breaker rolled back (ECS too), possibly between two polls: its failure event
        // stays in `events[]`.
        let failed_event = format!("(deployment {target}) deployment failed");
        let failure = service
            .events
            .iter()
            .flatten()
            .filter_map(|e| e.message.as_deref())
            .find(|m| m.contains(&failed_event));
        return match failure {
            Some(message) => Outcome::RolledBack {
                reason: message.to_string(),
                to: current_id,
            },
            None => Outcome::Superseded { by: current_id },
        };
    };
    let is_primary = followed.status.as_deref() == Some("PRIMARY");
    let reason = || {
        followed
            .rollout_state_reason
            .clone()
            .unwrap_or_else(|| "no reason given".to_string())
    };
    match followed.rollout_state.as_deref() {
        Some("FAILED") if is_primary => return Outcome::Failed { reason: reason() },
        Some("FAILED") => {
            return Outcome::RolledBack {
                reason: reason(),
                to: current_id,
            }
        }
        _ => {}
    }
    if !is_primary {
        return Outcome::Superseded { by: current_id };
    }
    let completed = matches!(followed.rollout_state.as_deref(), None | Some("COMPLETED"));
    let desired = service.desired_count.unwrap_or(0);
    let stable = completed
        && deployments.len() == 1
        && service.running_count.unwrap_or(0) == desired
        && service.pending_count.unwrap_or(0) == 0
        && followed.running_count.unwrap_or(0) == followed.desired_count.unwrap_or(0);
    if stable {
        Outcome::Stable
    } else {
        Outcome::InProgress
    }
}

/// `arn:...:task-definition/web:3` → `web:3`; anything else as it is.
fn short_task_definition(arn: &str) -> &str {
    arn.rsplit_once(":task-definition/")
        .map(|(_, rest)| rest)
        .unwrap_or(arn)
}

/// ANSI colours, used only on a terminal without `NO_COLOR`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paint {
    Plain,
    Ansi,
}

impl Paint {
    fn paint(self, text: &str, code: &str) -> String {
        match self {
            Paint::Plain => text.to_string(),
            Paint::Ansi => format!("\x1b[{code}m{text}\x1b[0m"),
        }
    }

    /// `state` padded to `width`, coloured by its meaning (the padding stays inside the colour
    /// so that columns line up with and without colour).
    fn rollout(self, state: &str, width: usize) -> String {
        let code = match state {
            "COMPLETED" => "32",
            "FAILED" => "31",
            _ => "33",
        };
        self.paint(&format!("{state:<width$}"), code)
    }

    fn dim(self, text: &str) -> String {
        self.paint(text, "2")
    }
}

/// One deployment as a line: marker for the followed one, id, status, rolloutState, task
/// definition and counts.
pub fn deployment_line(deployment: &wire::Deployment, target: &str, paint: Paint) -> String {
    let id = deployment.id.as_deref().unwrap_or("?");
    let marker = if id == target { '>' } else { ' ' };
    let status = deployment.status.as_deref().unwrap_or("?");
    let rollout = deployment.rollout_state.as_deref().unwrap_or("-");
    let task_definition =
        short_task_definition(deployment.task_definition.as_deref().unwrap_or(""));
    format!(
        "{marker} {id:<28} {status:<8} {rollout} {task_definition}  desired {} pending {} running {} failed {}",
        deployment.desired_count.unwrap_or(0),
        deployment.pending_count.unwrap_or(0),
        deployment.running_count.unwrap_or(0),
        deployment.failed_tasks.unwrap_or(0),
        rollout = paint.rollout(rollout, 11),
    )
}

/// Every deployment of the service, PRIMARY first (the server's order otherwise).
pub fn deployment_lines(service: &wire::Service, target: &str, paint: Paint) -> Vec<String> {
    let mut deployments: Vec<&wire::Deployment> = service.deployments.iter().flatten().collect();
    deployments.sort_by_key(|d| d.status.as_deref() != Some("PRIMARY"));
    deployments
        .into_iter()
        .map(|d| deployment_line(d, target, paint))
        .collect()
}

/// Remembers which service events were already shown.
#[derive(Debug, Default)]
pub struct EventLog {
    seen: HashSet<String>,
}

impl EventLog {
    /// Marks every event of `service` as seen (the history before the rollout started).
    pub fn mark_seen(&mut self, service: &wire::Service) {
        for event in service.events.iter().flatten() {
            if let Some(id) = &event.id {
                self.seen.insert(id.clone());
            }
        }
    }

    /// The events not shown yet, oldest first (ECS lists them newest first), now marked seen.
    pub fn take_new<'a>(&mut self, service: &'a wire::Service) -> Vec<&'a wire::ServiceEvent> {
        let mut fresh: Vec<&wire::ServiceEvent> = service
            .events
            .iter()
            .flatten()
            .filter(|e| e.id.as_ref().is_some_and(|id| self.seen.insert(id.clone())))
            .collect();
        fresh.reverse();
        fresh
    }
}

/// `02:47:53 (service web) has started 3 tasks: ...` (UTC time of day).
pub fn event_line(event: &wire::ServiceEvent, paint: Paint) -> String {
    let at = event
        .created_at
        .map(|t| {
            let t = t.to_offset_date_time();
            format!("{:02}:{:02}:{:02}", t.hour(), t.minute(), t.second())
        })
        .unwrap_or_else(|| "--:--:--".to_string());
    format!(
        "{} {}",
        paint.dim(&at),
        event.message.as_deref().unwrap_or("")
    )
}

// ------------------------------------------------------------------------------------------
// I/O: client, display, loop

/// The endpoint: the flag, else `AWS_ENDPOINT_URL_ECS`, else `AWS_ENDPOINT_URL`.
fn resolve_endpoint(flag: Option<&str>, env: &dyn Fn(&str) -> Option<String>) -> Option<String> {
    flag.map(str::to_owned)
        .or_else(|| env("AWS_ENDPOINT_URL_ECS"))
        .or_else(|| env("AWS_ENDPOINT_URL"))
        .filter(|v| !v.is_empty())
}

/// The region: the flag, else `AWS_REGION`, else `AWS_DEFAULT_REGION`, else us-east-1.
fn resolve_region(flag: Option<&str>, env: &dyn Fn(&str) -> Option<String>) -> String {
    flag.map(str::to_owned)
        .or_else(|| env("AWS_REGION").filter(|v| !v.is_empty()))
        .or_else(|| env("AWS_DEFAULT_REGION").filter(|v| !v.is_empty()))
        .unwrap_or_else(|| "us-east-1".to_string())
}

/// What is on screen: on a terminal, the deployment block is redrawn in place below the events
/// printed so far; otherwise each change of the block is printed as new lines.
struct Display {
    tty: bool,
    paint: Paint,
    drawn: usize,
    last_block: Vec<String>,
}

impl Display {
    fn new() -> Display {
        let tty = std::io::stdout().is_terminal();
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        Display {
            tty,
            paint: if tty && !no_color {
                Paint::Ansi
            } else {
                Paint::Plain
            },
            drawn: 0,
            last_block: Vec::new(),
        }
    }

    fn show(&mut self, events: &[String], block: &[String], status: &str) {
        let mut out = std::io::stdout().lock();
        if self.tty {
            if self.drawn > 0 {
                // Back to the start of the block and clear it: events go above the new block.
                let _ = write!(out, "\x1b[{}F\x1b[J", self.drawn);
            }
            for line in events {
                let _ = writeln!(out, "{line}");
            }
            // The block is redrawn by moving up one row per line, so none of its lines may wrap:
            // autowrap is off while it is drawn (a narrow terminal cuts the lines instead).
            let _ = write!(out, "\x1b[?7l");
            for line in block {
                let _ = writeln!(out, "{line}");
            }
            let _ = writeln!(out, "{}", self.paint.dim(status));
            let _ = write!(out, "\x1b[?7h");
            self.drawn = block.len() + 1;
        } else {
            for line in events {
                let _ = writeln!(out, "{line}");
            }
            if block != self.last_block.as_slice() {
                for line in block {
                    let _ = writeln!(out, "{line}");
                }
            }
        }
        self.last_block = block.to_vec();
        let _ = out.flush();
    }
}

/// `berth deploy`: returns the process exit code (errors are printed here).
pub async fn main(args: DeployArgs) -> i32 {
    match run(&args).await {
        Ok(code) => code,
        Err(error) => {
            eprintln!("berth deploy: {error:#}");
            EXIT_ERROR
        }
    }
}

async fn describe(client: &EcsClient, args: &DeployArgs) -> Result<wire::Service, ApiError> {
    let response: wire::DescribeServicesResponse = client
        .call(
            "DescribeServices",
            &wire::DescribeServicesRequest {
                cluster: Some(args.cluster.clone()),
                services: Some(vec![args.service.clone()]),
                include: None,
            },
        )
        .await?;
    // A missing service comes back as a failure, not an error: report it as such.
    Ok(response
        .services
        .and_then(|s| s.into_iter().next())
        .unwrap_or_default())
}

async fn run(args: &DeployArgs) -> Result<i32> {
    let env = |name: &str| std::env::var(name).ok();
    let endpoint = resolve_endpoint(args.endpoint.as_deref(), &env).ok_or_else(|| {
        anyhow!("no endpoint: pass --endpoint or set AWS_ENDPOINT_URL_ECS / AWS_ENDPOINT_URL")
    })?;
    let region = resolve_region(args.region.as_deref(), &env);
    let credentials = Credentials::resolve(&env).context("resolving credentials")?;
    let endpoint = Endpoint::parse(&endpoint)?;
    let client =
        EcsClient::new(endpoint, Signer::new(credentials, region)).with_max_attempts(API_ATTEMPTS);

    let started = Instant::now();
    let request = wire::UpdateServiceRequest {
        cluster: Some(args.cluster.clone()),
        service: Some(args.service.clone()),
        task_definition: args.task_definition.clone(),
        desired_count: args.desired_count,
        force_new_deployment: args.force_new_deployment.then_some(true),
        ..Default::default()
    };
    let updated: wire::UpdateServiceResponse = client.call("UpdateService", &request).await?;
    let service = updated
        .service
        .ok_or_else(|| anyhow!("UpdateService returned no service"))?;
    let target = followed_deployment(&service)
        .ok_or_else(|| anyhow!("service {} has no PRIMARY deployment", args.service))?;
    let mut events = EventLog::default();
    events.mark_seen(&service);
    let mut display = Display::new();
    println!(
        "berth deploy: following deployment {target} of service {} in cluster {}",
        args.service, args.cluster
    );

    let timeout = Duration::from_secs(args.timeout);
    let interval = Duration::from_millis(args.poll_interval_ms.max(50));
    let mut last_error: Option<String> = None;
    loop {
        let elapsed = started.elapsed();
        match describe(&client, args).await {
            Ok(service) => {
                last_error = None;
                let fresh: Vec<String> = events
                    .take_new(&service)
                    .into_iter()
                    .map(|e| event_line(e, display.paint))
                    .collect();
                let block = deployment_lines(&service, &target, display.paint);
                let outcome = decide(&service, &target);
                let status = format!(
                    "{} running {}/{} desired, {:.0}s elapsed",
                    args.service,
                    service.running_count.unwrap_or(0),
                    service.desired_count.unwrap_or(0),
                    elapsed.as_secs_f64()
                );
                display.show(&fresh, &block, &status);
                if let Some(code) = outcome.exit_code() {
                    let sentence = outcome.describe(&args.service, &target);
                    if code == EXIT_STABLE {
                        println!(
                            "berth deploy: {sentence} ({:.1}s)",
                            started.elapsed().as_secs_f64()
                        );
                    } else {
                        eprintln!("berth deploy: {sentence}");
                    }
                    return Ok(code);
                }
            }
            Err(error) if error.is_retriable() => {
                // A control plane restart or a throttle: keep polling until the timeout.
                let text = error.to_string();
                if last_error.as_deref() != Some(text.as_str()) {
                    eprintln!("berth deploy: {text} (still waiting)");
                }
                last_error = Some(text);
            }
            Err(error) => return Err(error.into()),
        }
        if started.elapsed() + interval > timeout {
            eprintln!(
                "berth deploy: timed out after {}s waiting for deployment {target} of service {} to reach a steady state",
                args.timeout, args.service
            );
            return Ok(EXIT_TIMEOUT);
        }
        tokio::time::sleep(interval).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn deployment(
        id: &str,
        status: &str,
        rollout: Option<&str>,
        counts: (i32, i32, i32),
    ) -> wire::Deployment {
        wire::Deployment {
            id: Some(id.into()),
            status: Some(status.into()),
            rollout_state: rollout.map(Into::into),
            rollout_state_reason: rollout.map(|r| format!("reason {r}")),
            task_definition: Some("arn:aws:ecs:us-east-1:1:task-definition/web:2".into()),
            desired_count: Some(counts.0),
            pending_count: Some(counts.1),
            running_count: Some(counts.2),
            failed_tasks: Some(0),
            ..Default::default()
        }
    }

    fn service(
        status: &str,
        desired: i32,
        running: i32,
        deployments: Vec<wire::Deployment>,
    ) -> wire::Service {
        wire::Service {
            status: Some(status.into()),
            desired_count: Some(desired),
            running_count: Some(running),
            pending_count: Some(0),
            deployments: Some(deployments),
            ..Default::default()
        }
    }

    #[test]
    fn decisions() {
        let d = deployment;
        let failed_reason = || "reason FAILED".to_string();
        let cases: Vec<(&str, wire::Service, Outcome)> = vec![
            (
                "new deployment starting beside the old one",
                service(
                    "ACTIVE",
                    3,
                    3,
                    vec![
                        d("new", "PRIMARY", Some("IN_PROGRESS"), (3, 1, 0)),
                        d("old", "ACTIVE", Some("COMPLETED"), (3, 0, 3)),
                    ],
                ),
                Outcome::InProgress,
            ),
            (
                "completed but the old deployment is still listed",
                service(
                    "ACTIVE",
                    3,
                    3,
                    vec![
                        d("new", "PRIMARY", Some("COMPLETED"), (3, 0, 3)),
                        d("old", "ACTIVE", Some("COMPLETED"), (3, 0, 1)),
                    ],
                ),
                Outcome::InProgress,
            ),
            (
                "one deployment, completed, all running",
                service(
                    "ACTIVE",
                    3,
                    3,
                    vec![d("new", "PRIMARY", Some("COMPLETED"), (3, 0, 3))],
                ),
                Outcome::Stable,
            ),
            (
                "a scale-out of a completed deployment is not stable until it runs",
                service(
                    "ACTIVE",
                    5,
                    3,
                    vec![d("new", "PRIMARY", Some("COMPLETED"), (5, 2, 3))],
                ),
                Outcome::InProgress,
            ),
            (
                "without rolloutState, counts decide",
                service("ACTIVE", 2, 2, vec![d("new", "PRIMARY", None, (2, 0, 2))]),
                Outcome::Stable,
            ),
            (
                "in progress with every task running is not yet stable",
                service(
                    "ACTIVE",
                    2,
                    2,
                    vec![d("new", "PRIMARY", Some("IN_PROGRESS"), (2, 0, 2))],
                ),
                Outcome::InProgress,
            ),
            (
                "failed without rollback",
                service(
                    "ACTIVE",
                    2,
                    0,
                    vec![
                        d("new", "PRIMARY", Some("FAILED"), (2, 0, 0)),
                        d("old", "ACTIVE", Some("COMPLETED"), (2, 0, 2)),
                    ],
                ),
                Outcome::Failed {
                    reason: failed_reason(),
                },
            ),
            (
                "failed and rolled back",
                service(
                    "ACTIVE",
                    2,
                    2,
                    vec![
                        d("rollback", "PRIMARY", Some("IN_PROGRESS"), (2, 0, 2)),
                        d("new", "ACTIVE", Some("FAILED"), (2, 0, 0)),
                    ],
                ),
                Outcome::RolledBack {
                    reason: failed_reason(),
                    to: "rollback".into(),
                },
            ),
            (
                "another update took over",
                service(
                    "ACTIVE",
                    2,
                    2,
                    vec![
                        d("other", "PRIMARY", Some("IN_PROGRESS"), (2, 0, 0)),
                        d("new", "ACTIVE", Some("IN_PROGRESS"), (2, 0, 2)),
                    ],
                ),
                Outcome::Superseded { by: "other".into() },
            ),
            (
                "the followed deployment is gone",
                service(
                    "ACTIVE",
                    2,
                    2,
                    vec![d("other", "PRIMARY", Some("COMPLETED"), (2, 0, 2))],
                ),
                Outcome::Superseded { by: "other".into() },
            ),
            (
                "failed, rolled back and already dropped from deployments[]",
                wire::Service {
                    events: Some(vec![
                        wire::ServiceEvent {
                            id: Some("2".into()),
                            message: Some("(service web) rolling back to deployment old.".into()),
                            ..Default::default()
                        },
                        wire::ServiceEvent {
                            id: Some("1".into()),
                            message: Some(
                                "(service web) (deployment new) deployment failed: tasks failed to start."
                                    .into(),
                            ),
                            ..Default::default()
                        },
                    ]),
                    ..service(
                        "ACTIVE",
                        2,
                        1,
                        vec![d("rollback", "PRIMARY", Some("IN_PROGRESS"), (2, 1, 1))],
                    )
                },
                Outcome::RolledBack {
                    reason: "(service web) (deployment new) deployment failed: tasks failed to start."
                        .into(),
                    to: "rollback".into(),
                },
            ),
            (
                "deleted meanwhile",
                service(
                    "DRAINING",
                    0,
                    2,
                    vec![d("new", "PRIMARY", Some("IN_PROGRESS"), (0, 0, 2))],
                ),
                Outcome::Gone {
                    status: "DRAINING".into(),
                },
            ),
            (
                "missing (DescribeServices failure)",
                wire::Service::default(),
                Outcome::Gone {
                    status: "MISSING".into(),
                },
            ),
        ];
        for (name, svc, want) in cases {
            assert_eq!(decide(&svc, "new"), want, "{name}");
        }
    }

    #[test]
    fn exit_codes() {
        let cases = [
            (Outcome::InProgress, None),
            (Outcome::Stable, Some(0)),
            (
                Outcome::Failed {
                    reason: String::new(),
                },
                Some(2),
            ),
            (
                Outcome::RolledBack {
                    reason: String::new(),
                    to: String::new(),
                },
                Some(2),
            ),
            (Outcome::Superseded { by: String::new() }, Some(2)),
            (
                Outcome::Gone {
                    status: String::new(),
                },
                Some(1),
            ),
        ];
        for (outcome, code) in cases {
            assert_eq!(outcome.exit_code(), code, "{outcome:?}");
        }
    }

    #[test]
    fn outcome_sentences_carry_the_reason() {
        let text = Outcome::RolledBack {
            reason: "ECS deployment circuit breaker: tasks failed to start.".into(),
            to: "ecs-svc/2".into(),
        }
        .describe("web", "ecs-svc/1");
        assert_eq!(
            text,
            "deployment ecs-svc/1 failed and was rolled back to ecs-svc/2: \
             ECS deployment circuit breaker: tasks failed to start."
        );
    }

    #[test]
    fn followed_deployment_is_the_primary() {
        let svc = service(
            "ACTIVE",
            2,
            2,
            vec![
                deployment("old", "ACTIVE", Some("COMPLETED"), (2, 0, 2)),
                deployment("new", "PRIMARY", Some("IN_PROGRESS"), (2, 0, 0)),
            ],
        );
        assert_eq!(followed_deployment(&svc).as_deref(), Some("new"));
        assert_eq!(followed_deployment(&wire::Service::default()), None);
    }

    #[test]
    fn rendering() {
        let svc = service(
            "ACTIVE",
            3,
            4,
            vec![
                deployment("ecs-svc/1", "ACTIVE", Some("COMPLETED"), (3, 0, 3)),
                deployment("ecs-svc/2", "PRIMARY", Some("IN_PROGRESS"), (3, 1, 1)),
            ],
        );
        let lines = deployment_lines(&svc, "ecs-svc/2", Paint::Plain);
        assert_eq!(
            lines,
            vec![
                "> ecs-svc/2                    PRIMARY  IN_PROGRESS web:2  desired 3 pending 1 running 1 failed 0",
                "  ecs-svc/1                    ACTIVE   COMPLETED   web:2  desired 3 pending 0 running 3 failed 0",
            ]
        );
        let coloured = deployment_lines(&svc, "ecs-svc/2", Paint::Ansi);
        assert!(
            coloured[0].contains("\x1b[33mIN_PROGRESS\x1b[0m"),
            "{coloured:?}"
        );
        assert!(
            coloured[1].contains("\x1b[32mCOMPLETED  \x1b[0m"),
            "{coloured:?}"
        );
        assert_eq!(short_task_definition("web:7"), "web:7");
    }

    #[test]
    fn events_are_new_once_and_oldest_first() {
        let event = |id: &str, secs: i64, message: &str| wire::ServiceEvent {
            id: Some(id.into()),
            created_at: Some(berth_wire::Timestamp::from_unix_seconds(secs).unwrap()),
            message: Some(message.into()),
        };
        let mut svc = wire::Service {
            events: Some(vec![event("a", 10, "old")]),
            ..Default::default()
        };
        let mut log = EventLog::default();
        log.mark_seen(&svc);
        assert!(log.take_new(&svc).is_empty());
        // ECS lists events newest first.
        svc.events = Some(vec![
            event("c", 3723, "second"),
            event("b", 3722, "first"),
            event("a", 10, "old"),
        ]);
        let fresh: Vec<String> = log
            .take_new(&svc)
            .into_iter()
            .map(|e| event_line(e, Paint::Plain))
            .collect();
        assert_eq!(fresh, vec!["01:02:02 first", "01:02:03 second"]);
        assert!(log.take_new(&svc).is_empty());
    }

    #[test]
    fn endpoint_and_region_sources() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                pairs
                    .iter()
                    .find(|(k, _)| *k == name)
                    .map(|(_, v)| v.to_string())
            }
        };
        let both = env(&[
            ("AWS_ENDPOINT_URL_ECS", "http://ecs"),
            ("AWS_ENDPOINT_URL", "http://all"),
            ("AWS_DEFAULT_REGION", "eu-west-1"),
        ]);
        assert_eq!(
            resolve_endpoint(Some("http://flag"), &both).as_deref(),
            Some("http://flag")
        );
        assert_eq!(resolve_endpoint(None, &both).as_deref(), Some("http://ecs"));
        let general = env(&[("AWS_ENDPOINT_URL", "http://all"), ("AWS_REGION", "")]);
        assert_eq!(
            resolve_endpoint(None, &general).as_deref(),
            Some("http://all")
        );
        assert_eq!(resolve_endpoint(None, &env(&[])), None);
        assert_eq!(resolve_region(None, &both), "eu-west-1");
        assert_eq!(resolve_region(Some("ap-south-1"), &both), "ap-south-1");
        assert_eq!(resolve_region(None, &general), "us-east-1");
    }
}
