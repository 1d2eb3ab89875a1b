//! The effects of a task's actions on the container runtime: pull, create, start, stop, set up
//! and tear down an `awsvpc` namespace (pause container), clean up; each returns an [`Outcome`]
//! (lifecycle events plus what Docker told) for the actor to record.
//!
//! Effects never touch the task state: they run concurrently with the actor (one per container
//! and one for the network at a time) and report back. Every runtime call is bounded: the Docker
//! runtime has its own deadlines, and the calls that can legitimately take long (pull, stop) get
//! an outer one here too, so a wedged daemon cannot hold an action in flight forever.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Duration;

use berth_docker::{
    ContainerId, ContainerInfo, ContainerRuntime, ContainerState, ErrorKind, RemoveOptions,
    RuntimeError,
};
use berth_lifecycle::{timeouts, Event, NetworkAttachment};

use crate::clock;
use crate::config::PullBehavior;
use crate::container_spec::{container_spec, parse_environment_file, pause_spec, CreateContext};
use crate::task_plan::{labels, TaskPlan};
use crate::task_record::Binding;

/// What the actor must wait on before retrying an effect that failed in a way the lifecycle has
/// no event for (a stop or a removal the daemon refused): a failed effect is re-issued by the
/// next step, and this keeps that from spinning.
const RETRY_PAUSE: Duration = Duration::from_secs(2);

/// What an effect learnt about a container, besides lifecycle events.
#[derive(Debug, Clone, PartialEq)]
pub enum Learned {
    Image {
        container: String,
        digest: Option<String>,
        image_id: Option<String>,
    },
    Inspected {
        container: String,
        bindings: Vec<Binding>,
        networks: BTreeMap<String, String>,
        oom_killed: bool,
        image_id: String,
    },
    CreatedAt {
        container: String,
        at: f64,
    },
    /// Every container and the record of the task are gone (cleanup done).
    CleanedUp,
}

/// The result of one effect.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Outcome {
    pub events: Vec<Event>,
    pub learned: Vec<Learned>,
}

impl Outcome {
    fn event(event: Event) -> Outcome {
        Outcome {
            events: vec![event],
            learned: Vec::new(),
        }
    }
}

/// Where effects run and with what settings (shared by every actor).
#[derive(Clone)]
pub struct EffectEnv {
    pub runtime: Arc<dyn ContainerRuntime>,
    pub cluster: String,
    pub pull_behavior: PullBehavior,
    pub pause_image: String,
    pub awsvpc_network: String,
}

/// The message of a runtime error without its `ErrorName: ` prefix when that is the name the
/// lifecycle will put back (`PullFailed` → `CannotPullContainerError: ...`).
pub fn reason(error: &RuntimeError, expected_name: &str) -> String {
    let text = error.to_string();
    match text.strip_prefix(expected_name) {
        Some(rest) => rest.trim_start_matches(':').trim_start().to_owned(),
        None => text,
    }
}

async fn bounded<T>(
    secs: u32,
    what: &str,
    future: impl std::future::Future<Output = Result<T, RuntimeError>>,
) -> Result<T, String> {
    match tokio::time::timeout(Duration::from_secs(u64::from(secs)), future).await {
        Ok(result) => result.map_err(|e| e.to_string()),
        Err(_) => Err(format!(
            "DockerTimeoutError: could not {what}; timed out after waiting {secs}s"
        )),
    }
}

/// Pull (or find) the container's image according to the pull behaviour.
pub async fn pull(env: &EffectEnv, container: &str, image: &str) -> Outcome {
    let present = env.runtime.image_present(image).await.unwrap_or(false);
    let at = clock::now();
    let pulled = |digest: Option<String>, image_id: Option<String>| Outcome {
        events: vec![Event::Pulled {
            container: container.to_owned(),
            at,
        }],
        learned: vec![Learned::Image {
            container: container.to_owned(),
            digest,
            image_id,
        }],
    };
    if present
        && matches!(
            env.pull_behavior,
            PullBehavior::PreferCached | PullBehavior::Once
        )
    {
        return pulled(None, None);
    }
    let result = tokio::time::timeout(
        Duration::from_secs(u64::from(timeouts::PULL_TOTAL_TIMEOUT_SECS)),
        env.runtime.pull_image(image, None),
    )
    .await;
    match result {
        Ok(Ok(info)) => pulled(info.digest, Some(info.id)),
        Ok(Err(_)) | Err(_) if present && env.pull_behavior == PullBehavior::Default => {
            // ECS's `default` behaviour: a failed pull falls back to the cached image.
            tracing::warn!(image, "pull failed; using the cached image");
            pulled(None, None)
        }
        Ok(Err(error)) => Outcome::event(Event::PullFailed {
            container: container.to_owned(),
            error: reason(&error, "CannotPullContainerError"),
        }),
        Err(_) => Outcome::event(Event::PullFailed {
            container: container.to_owned(),
            error: format!(
                "timed out after {}s pulling {image}",
                timeouts::PULL_TOTAL_TIMEOUT_SECS
            ),
        }),
    }
}

/// Reads the container's `environmentFiles` (local paths).
fn read_environment_files(
    plan: &TaskPlan,
    container: &str,
) -> Result<Vec<(String, String)>, String> {
    let Some(c) = plan.container(container) else {
        return Ok(Vec::new());
    };
    let mut out = Vec::new();
    for file in c
        .definition
        .environment_files
        .as_deref()
        .unwrap_or_default()
    {
        let Some(path) = file.value.as_deref() else {
            continue;
        };
        let text = std::fs::read_to_string(path)
            .map_err(|e| format!("cannot read environment file {path}: {e}"))?;
        out.extend(parse_environment_file(&text));
    }
    Ok(out)
}

/// The existing container named `name`, if it is this task's (`container` in it).
async fn adopt_by_name(
    env: &EffectEnv,
    plan: &TaskPlan,
    docker_name: &str,
    container: &str,
) -> Option<ContainerInfo> {
    let info = env
        .runtime
        .inspect_container(&ContainerId::new(docker_name))
        .await
        .ok()
        .flatten()?;
    let ours = info.labels.get(labels::TASK_ARN) == Some(&plan.task_arn)
        && info.labels.get(labels::CONTAINER_NAME).map(String::as_str) == Some(container);
    ours.then_some(info)
}

/// Create the container (adopting one this task already created under the same name).
pub async fn create(
    env: &EffectEnv,
    plan: &TaskPlan,
    container: &str,
    mut ctx: CreateContext,
) -> Outcome {
    let failed = |error: String| {
        Outcome::event(Event::CreateFailed {
            container: container.to_owned(),
            error,
        })
    };
    let Some(c) = plan.container(container) else {
        return failed(format!("container {container} is not in the task"));
    };
    ctx.environment_files = match read_environment_files(plan, container) {
        Ok(vars) => vars,
        Err(e) => return failed(e),
    };
    let spec = match container_spec(plan, c, &ctx) {
        Ok(spec) => spec,
        Err(e) => return failed(e.to_string()),
    };
    let result = bounded(
        timeouts::DOCKER_CREATE_CALL_TIMEOUT_SECS,
        "create container",
        env.runtime.create_container(&spec),
    )
    .await;
    let id = match result {
        Ok(id) => id.to_string(),
        Err(error) => match adopt_by_name(env, plan, &c.docker_name, container).await {
            // A create that succeeded before the agent crashed (or timed out late).
            Some(info) => info.id.to_string(),
            None => {
                let text = error
                    .strip_prefix("CannotCreateContainerError: ")
                    .unwrap_or(&error)
                    .to_owned();
                return failed(text);
            }
        },
    };
    Outcome {
        events: vec![Event::Created {
            container: container.to_owned(),
            runtime_id: id,
        }],
        learned: vec![Learned::CreatedAt {
            container: container.to_owned(),
            at: clock::now(),
        }],
    }
}

/// The bindings and addresses of an inspected container.
pub fn inspected(container: &str, info: &ContainerInfo) -> Learned {
    Learned::Inspected {
        container: container.to_owned(),
        bindings: info
            .port_bindings
            .iter()
            .map(|p| Binding {
                bind_ip: p.host_ip.clone(),
                container_port: p.container_port,
                host_port: p.host_port,
                protocol: p.protocol.as_str().to_owned(),
            })
            .collect(),
        networks: info
            .networks
            .iter()
            .filter(|(_, n)| !n.ip_address.is_empty())
            .map(|(name, n)| (name.clone(), n.ip_address.clone()))
            .collect(),
        oom_killed: info.oom_killed,
        image_id: info.image_id.clone(),
    }
}

/// The lifecycle events an inspection implies for a container the agent believes is at least
/// created: started, exited (with its code), health.
pub fn events_from_inspect(container: &str, info: &ContainerInfo) -> Vec<Event> {
    let mut events = Vec::new();
    let name = || container.to_owned();
    if let Some(started) = info
        .started_at
        .filter(|_| info.state != ContainerState::Created)
    {
        events.push(Event::Started {
            container: name(),
            at: clock::seconds(started),
        });
    }
    if let Some(health) = &info.health {
        events.push(Event::Health {
            container: name(),
            status: crate::runtime_events::health_status(health.status),
        });
    }
    if info.state.is_terminal() {
        events.push(Event::Exited {
            container: name(),
            exit_code: info.exit_code.and_then(|c| i32::try_from(c).ok()),
            at: info.finished_at.map_or_else(clock::now, clock::seconds),
        });
    }
    events
}

/// Start the container, then inspect it for its ports (and a process that already exited).
pub async fn start(env: &EffectEnv, container: &str, id: &str) -> Outcome {
    let cid = ContainerId::new(id);
    let result = bounded(
        timeouts::DOCKER_START_CALL_TIMEOUT_SECS,
        "start container",
        env.runtime.start_container(&cid),
    )
    .await;
    if let Err(error) = result {
        return Outcome::event(Event::StartFailed {
            container: container.to_owned(),
            error: error
                .strip_prefix("CannotStartContainerError: ")
                .unwrap_or(&error)
                .to_owned(),
        });
    }
    let now = clock::now();
    match env.runtime.inspect_container(&cid).await {
        Ok(Some(info)) => {
            let mut events = events_from_inspect(container, &info);
            if events.is_empty() || !matches!(events[0], Event::Started { .. }) {
                events.insert(
                    0,
                    Event::Started {
                        container: container.to_owned(),
                        at: now,
                    },
                );
            }
            Outcome {
                events,
                learned: vec![inspected(container, &info)],
            }
        }
        _ => Outcome::event(Event::Started {
            container: container.to_owned(),
            at: now,
        }),
    }
}

/// SIGTERM, then SIGKILL after `timeout_secs`; then record how the container ended.
pub async fn stop(env: &EffectEnv, container: &str, id: &str, timeout_secs: u32) -> Outcome {
    let cid = ContainerId::new(id);
    let deadline = timeout_secs.saturating_add(timeouts::DOCKER_STOP_CALL_GRACE_SECS);
    let result = tokio::time::timeout(
        Duration::from_secs(u64::from(deadline)),
        env.runtime
            .stop_container(&cid, Duration::from_secs(u64::from(timeout_secs))),
    )
    .await;
    let gone = |at| {
        Outcome::event(Event::Exited {
            container: container.to_owned(),
            exit_code: None,
            at,
        })
    };
    match result {
        Ok(Ok(())) => {}
        Ok(Err(error)) if error.kind() == ErrorKind::NotFound => return gone(clock::now()),
        Ok(Err(error)) => {
            tracing::warn!(%error, container, "stop failed; will retry");
            tokio::time::sleep(RETRY_PAUSE).await;
            return Outcome::default();
        }
        Err(_) => {
            tracing::warn!(container, "stop timed out; will retry");
            return Outcome::default();
        }
    }
    match env.runtime.inspect_container(&cid).await {
        Ok(None) => gone(clock::now()),
        Ok(Some(info)) if info.state == ContainerState::Created => gone(clock::now()),
        Ok(Some(info)) => {
            let mut outcome = Outcome {
                events: events_from_inspect(container, &info),
                learned: vec![inspected(container, &info)],
            };
            if !info.state.is_terminal() {
                // Docker said stopped but inspect disagrees (restarting?): try again later.
                outcome.events.clear();
            }
            outcome
        }
        Err(error) => {
            tracing::warn!(%error, container, "inspect after stop failed; will retry");
            tokio::time::sleep(RETRY_PAUSE).await;
            Outcome::default()
        }
    }
}

/// Create berth's awsvpc network if it does not exist yet.
pub async fn ensure_network(env: &EffectEnv) -> Result<(), String> {
    let id = berth_docker::NetworkId::new(env.awsvpc_network.clone());
    if env
        .runtime
        .inspect_network(&id)
        .await
        .map_err(|e| e.to_string())?
        .is_some()
    {
        return Ok(());
    }
    let labels = BTreeMap::from([(labels::MANAGED.to_owned(), "true".to_owned())]);
    match env
        .runtime
        .create_network(&env.awsvpc_network, &labels)
        .await
    {
        Ok(_) => Ok(()),
        // Created concurrently by another task's actor.
        Err(e) if e.kind() == ErrorKind::Conflict => Ok(()),
        Err(e) => Err(e.to_string()),
    }
}

/// Set up the task's namespace: berth's awsvpc network, the pause container, its address.
pub async fn provision_network(env: &EffectEnv, plan: &TaskPlan) -> Outcome {
    match provision(env, plan).await {
        Ok((ip, id)) => Outcome::event(Event::NetworkProvisioned {
            attachment: NetworkAttachment {
                private_ipv4_address: ip,
                pause_runtime_id: Some(id),
            },
            at: clock::now(),
        }),
        Err(error) => Outcome::event(Event::NetworkProvisionFailed { error }),
    }
}

async fn provision(env: &EffectEnv, plan: &TaskPlan) -> Result<(String, String), String> {
    ensure_network(env).await?;
    if !env
        .runtime
        .image_present(&env.pause_image)
        .await
        .map_err(|e| e.to_string())?
    {
        return Err(format!(
            "the pause image {} is not present on the host",
            env.pause_image
        ));
    }
    let spec = pause_spec(plan, &env.cluster, &env.pause_image, &env.awsvpc_network);
    let id = match env.runtime.create_container(&spec).await {
        Ok(id) => id,
        Err(error) => {
            match adopt_by_name(
                env,
                plan,
                &plan.pause_docker_name,
                crate::task_plan::PAUSE_CONTAINER_NAME,
            )
            .await
            {
                Some(info) => info.id,
                None => return Err(error.to_string()),
            }
        }
    };
    env.runtime
        .start_container(&id)
        .await
        .map_err(|e| e.to_string())?;
    let info = env
        .runtime
        .inspect_container(&id)
        .await
        .map_err(|e| e.to_string())?
        .ok_or_else(|| "the pause container vanished after it started".to_owned())?;
    let ip = info
        .networks
        .get(&env.awsvpc_network)
        .map(|n| n.ip_address.clone())
        .filter(|ip| !ip.is_empty())
        .ok_or_else(|| {
            format!(
                "the pause container has no address on {}",
                env.awsvpc_network
            )
        })?;
    Ok((ip, id.to_string()))
}

/// Stop the pause container (it is removed with the task's containers at cleanup).
pub async fn deprovision_network(env: &EffectEnv, plan: &TaskPlan, pause: Option<&str>) -> Outcome {
    let id = ContainerId::new(pause.unwrap_or(&plan.pause_docker_name));
    match env
        .runtime
        .stop_container(&id, Duration::from_secs(1))
        .await
    {
        Ok(()) => {}
        Err(e) if e.kind() == ErrorKind::NotFound => {}
        Err(error) => {
            tracing::warn!(%error, "stopping the pause container failed; will retry");
            tokio::time::sleep(RETRY_PAUSE).await;
            return Outcome::default();
        }
    }
    Outcome::event(Event::NetworkDeprovisioned { at: clock::now() })
}

/// Remove every container of the task (and its pause container), then its task-scoped volumes.
pub async fn cleanup(env: &EffectEnv, plan: &TaskPlan, ids: Vec<String>) -> Outcome {
    let mut targets: Vec<String> = ids;
    targets.push(plan.pause_docker_name.clone());
    let options = RemoveOptions {
        remove_volumes: true,
        force: true,
    };
    for target in targets {
        if let Err(error) = env
            .runtime
            .remove_container(&ContainerId::new(target.clone()), options)
            .await
        {
            if error.kind() != ErrorKind::NotFound {
                tracing::warn!(%error, container = target, "cleanup failed; will retry");
                tokio::time::sleep(RETRY_PAUSE).await;
                return Outcome::default();
            }
        }
    }
    let volumes = crate::container_spec::task_scoped_volumes(plan);
    if let Err(error) = crate::docker_cli::remove_volumes(&volumes).await {
        // A volume still in use elsewhere (or a daemon hiccup) must not keep the task forever.
        tracing::warn!(%error, ?volumes, "cannot remove task-scoped volumes");
    }
    Outcome {
        events: Vec::new(),
        learned: vec![Learned::CleanedUp],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use berth_docker::{Operation, PullFailure};

    #[test]
    fn reasons_drop_the_prefix_the_lifecycle_adds_back() {
        let pull = RuntimeError::ImagePull {
            image: "x".into(),
            failure: PullFailure::NotFound,
            message: "manifest unknown".into(),
        };
        assert_eq!(
            reason(&pull, "CannotPullContainerError"),
            "manifest unknown"
        );
        let timeout = RuntimeError::timeout(Operation::PullImage, Duration::from_secs(60));
        assert!(reason(&timeout, "CannotPullContainerError").starts_with("DockerTimeoutError"));
    }
}
