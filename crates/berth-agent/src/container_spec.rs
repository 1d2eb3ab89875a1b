//! The runtime spec (`berth_docker::ContainerSpec`) of one task container, and of an `awsvpc`
//! task's pause container, from a [`TaskPlan`] and what the agent knows at create time.
//!
//! Pure: files named by `environmentFiles` are read by the caller and passed in, ids of sibling
//! containers come from the task state. The mapping follows the ECS agent: CPU units become CPU
//! shares (minimum 2), `memory` is the hard limit and `memoryReservation` the soft one, a
//! `hostPort` of 0 or none is a dynamic port in bridge mode, `awsvpc` containers join the pause
//! container's namespace (which then carries the hostname, DNS and `/etc/hosts` settings Docker
//! refuses on a joined container). It must not call the runtime.

use std::collections::BTreeMap;
use std::time::Duration;

use berth_docker::{
    BindMount, ContainerSpec, DeviceMapping, ExtraHost, HealthCheck, HealthCheckTest, LogConfig,
    NetworkMode as DockerNetworkMode, PortBinding, Protocol, TmpfsMount, Ulimit, VolumeMount,
    VolumesFrom,
};
use berth_lifecycle::NetworkMode;
use berth_wire::ecs as wire;

use crate::task_plan::{ContainerPlan, TaskPlan, PAUSE_CONTAINER_NAME};

/// Docker's smallest CPU share value; the ECS agent maps `cpu: 0` (or none) to it.
const MIN_CPU_SHARES: u64 = 2;

/// ECS's health check defaults (seconds, attempts), for a `healthCheck` that omits them.
const HEALTH_INTERVAL_SECS: u64 = 30;
const HEALTH_TIMEOUT_SECS: u64 = 5;
const HEALTH_RETRIES: u32 = 3;

/// What the agent knows when it creates a container, beyond the plan.
#[derive(Debug, Clone, Default)]
pub struct CreateContext {
    /// The cluster name, for labels.
    pub cluster: String,
    /// `http://<addr>:<port>` of the metadata endpoint as this container can reach it.
    pub metadata_base: Option<String>,
    /// This container's metadata token.
    pub metadata_token: String,
    /// The Docker id (or name) of the pause container, for `awsvpc` tasks.
    pub pause_container: Option<String>,
    /// Docker ids of the task's other containers, by container name (for `links` and
    /// `volumesFrom`).
    pub sibling_ids: BTreeMap<String, String>,
    /// Variables read from the container's `environmentFiles`, in file order.
    pub environment_files: Vec<(String, String)>,
    /// `AWS_EXECUTION_ENV` value (`AWS_ECS_EC2`, `AWS_ECS_FARGATE`, `AWS_ECS_EXTERNAL`).
    pub execution_env: String,
}

/// Why a container's spec cannot be built (reported as `CannotCreateContainerError`).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SpecError {
    #[error("container {container}: mountPoints names volume {volume}, which is not defined in the task definition")]
    UnknownVolume { container: String, volume: String },
    #[error(
        "container {container}: volume {volume} uses a volume type berth does not support ({kind})"
    )]
    UnsupportedVolume {
        container: String,
        volume: String,
        kind: &'static str,
    },
    #[error("container {container}: {field} names container {target}, which has not been created")]
    MissingSibling {
        container: String,
        field: &'static str,
        target: String,
    },
    #[error("container {container} has no image")]
    NoImage { container: String },
    #[error("awsvpc task has no pause container to join")]
    NoPauseContainer,
}

/// Parses one `environmentFiles` document: `KEY=VALUE` lines; blank lines and `#` comments are
/// skipped, as the ECS agent does (no quoting, no `export`).
pub fn parse_environment_file(text: &str) -> Vec<(String, String)> {
    text.lines()
        .map(str::trim_start)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .filter_map(|line| {
            let (key, value) = line.split_once('=')?;
            let key = key.trim();
            (!key.is_empty()).then(|| (key.to_owned(), value.to_owned()))
        })
        .collect()
}

/// The runtime spec of the task container `container`.
pub fn container_spec(
    plan: &TaskPlan,
    container: &ContainerPlan,
    ctx: &CreateContext,
) -> Result<ContainerSpec, SpecError> {
    let c = &container.definition;
    let name = &container.name;
    let image = c
        .image
        .clone()
        .filter(|i| !i.is_empty())
        .ok_or_else(|| SpecError::NoImage {
            container: name.clone(),
        })?;
    let mut spec = ContainerSpec::new(container.docker_name.clone(), image);
    spec.command = c.command.clone();
    spec.entrypoint = c.entry_point.clone();
    spec.env = environment(c, ctx);
    spec.working_dir = c.working_directory.clone();
    spec.user = c.user.clone();
    spec.labels = c.docker_labels.clone().unwrap_or_default();
    // berth's own labels win over user labels of the same name: the agent relies on them.
    spec.labels.extend(plan.labels(&ctx.cluster, name));
    spec.cpu_shares = Some(
        c.cpu
            .and_then(|v| u64::try_from(v).ok())
            .unwrap_or(0)
            .max(MIN_CPU_SHARES),
    );
    let mib = |v: Option<i32>| v.and_then(|v| u64::try_from(v).ok()).filter(|v| *v > 0);
    spec.memory_limit_mib = mib(c.memory);
    spec.memory_reservation_mib = mib(c.memory_reservation);
    if spec.memory_limit_mib.is_none() {
        // A container without its own hard limit is bounded by the task's memory (ECS puts the
        // task's containers in one cgroup with that limit; berth has no task cgroup).
        spec.memory_limit_mib = plan.task_memory.and_then(|m| u64::try_from(m).ok());
    }
    if let (Some(limit), Some(soft)) = (spec.memory_limit_mib, spec.memory_reservation_mib) {
        // Docker rejects a reservation above the limit.
        spec.memory_reservation_mib = Some(soft.min(limit));
    }
    spec.stop_timeout = c
        .stop_timeout
        .and_then(|s| u64::try_from(s).ok())
        .map(Duration::from_secs);
    spec.readonly_rootfs = c.readonly_root_filesystem.unwrap_or(false);
    spec.privileged = c.privileged.unwrap_or(false);
    spec.interactive = c.interactive.unwrap_or(false);
    spec.pseudo_terminal = c.pseudo_terminal.unwrap_or(false);
    spec.ulimits = c
        .ulimits
        .as_deref()
        .unwrap_or_default()
        .iter()
        .filter_map(|u| {
            Some(Ulimit {
                name: u.name.clone()?,
                soft: i64::from(u.soft_limit?),
                hard: i64::from(u.hard_limit?),
            })
        })
        .collect();
    if let Some(linux) = &c.linux_parameters {
        apply_linux_parameters(&mut spec, linux);
    }
    spec.sysctls = c
        .system_controls
        .as_deref()
        .unwrap_or_default()
        .iter()
        .filter_map(|s| Some((s.namespace.clone()?, s.value.clone()?)))
        .collect();
    spec.security_options = c.docker_security_options.clone().unwrap_or_default();
    spec.log_config = match &c.log_configuration {
        Some(log) => LogConfig {
            driver: log.log_driver.clone().unwrap_or_else(|| "json-file".into()),
            options: log.options.clone().unwrap_or_default(),
        },
        None => LogConfig::default(),
    };
    spec.health_check = c.health_check.as_ref().and_then(health_check);
    mounts(&mut spec, plan, container, ctx)?;
    spec.volumes_from = c
        .volumes_from
        .as_deref()
        .unwrap_or_default()
        .iter()
        .filter_map(|v| Some((v.source_container.clone()?, v.read_only.unwrap_or(false))))
        .map(|(source, read_only)| {
            Ok(VolumesFrom {
                container: sibling(ctx, name, "volumesFrom", &source)?,
                read_only,
            })
        })
        .collect::<Result<_, SpecError>>()?;
    if let Some(pid) = namespace_mode(plan.pid_mode.as_deref(), ctx) {
        spec.pid_mode = Some(pid);
    }
    if let Some(ipc) = namespace_mode(plan.ipc_mode.as_deref(), ctx) {
        spec.ipc_mode = Some(ipc);
    }
    networking(&mut spec, plan, container, ctx)?;
    Ok(spec)
}

/// The variables of the container: `environmentFiles` first, `environment` over them (ECS's
/// precedence), then the agent's own.
fn environment(c: &wire::ContainerDefinition, ctx: &CreateContext) -> BTreeMap<String, String> {
    let mut env: BTreeMap<String, String> = ctx.environment_files.iter().cloned().collect();
    for pair in c.environment.as_deref().unwrap_or_default() {
        if let Some(name) = pair.name.clone().filter(|n| !n.is_empty()) {
            env.insert(name, pair.value.clone().unwrap_or_default());
        }
    }
    if let Some(base) = &ctx.metadata_base {
        let v4 = format!("{base}/v4/{}", ctx.metadata_token);
        let v3 = format!("{base}/v3/{}", ctx.metadata_token);
        env.insert("ECS_CONTAINER_METADATA_URI_V4".into(), v4);
        env.insert("ECS_CONTAINER_METADATA_URI".into(), v3);
    }
    if !ctx.execution_env.is_empty() {
        env.insert("AWS_EXECUTION_ENV".into(), ctx.execution_env.clone());
    }
    env
}

fn apply_linux_parameters(spec: &mut ContainerSpec, linux: &wire::LinuxParameters) {
    spec.init = linux.init_process_enabled.unwrap_or(false);
    if let Some(caps) = &linux.capabilities {
        spec.cap_add = caps.add.clone().unwrap_or_default();
        spec.cap_drop = caps.drop.clone().unwrap_or_default();
    }
    spec.shm_size_mib = linux
        .shared_memory_size
        .and_then(|v| u64::try_from(v).ok())
        .filter(|v| *v > 0);
    spec.tmpfs = linux
        .tmpfs
        .as_deref()
        .unwrap_or_default()
        .iter()
        .filter_map(|t| {
            Some(TmpfsMount {
                container_path: t.container_path.clone()?,
                size_mib: u64::try_from(t.size?).ok()?,
                mount_options: t.mount_options.clone().unwrap_or_default(),
            })
        })
        .collect();
    spec.devices = linux
        .devices
        .as_deref()
        .unwrap_or_default()
        .iter()
        .filter_map(|d| {
            let permissions: String = d
                .permissions
                .as_deref()
                .unwrap_or_default()
                .iter()
                .filter_map(|p| match p.as_str() {
                    "read" => Some('r'),
                    "write" => Some('w'),
                    "mknod" => Some('m'),
                    _ => None,
                })
                .collect();
            Some(DeviceMapping {
                host_path: d.host_path.clone()?,
                container_path: d.container_path.clone(),
                permissions,
            })
        })
        .collect();
    spec.max_swap_mib = linux.max_swap.and_then(|v| u64::try_from(v).ok());
    spec.swappiness = linux.swappiness.and_then(|v| u8::try_from(v).ok());
}

/// ECS `healthCheck` → Docker health check, with ECS's defaults for omitted values.
fn health_check(h: &wire::HealthCheck) -> Option<HealthCheck> {
    let test = HealthCheckTest::from_docker_form(h.command.as_deref()?)?;
    let secs = |v: Option<i32>, default: u64| {
        Duration::from_secs(v.and_then(|v| u64::try_from(v).ok()).unwrap_or(default))
    };
    Some(HealthCheck {
        test,
        interval: secs(h.interval, HEALTH_INTERVAL_SECS),
        timeout: secs(h.timeout, HEALTH_TIMEOUT_SECS),
        retries: h
            .retries
            .and_then(|v| u32::try_from(v).ok())
            .unwrap_or(HEALTH_RETRIES),
        start_period: secs(h.start_period, 0),
    })
}

/// The Docker volume name of a task-scoped volume: unique per task so that two tasks of the
/// same definition never share data.
pub fn task_volume_name(plan: &TaskPlan, volume: &str) -> String {
    format!("berth-{}-{}", plan.task_id(), volume)
}

/// The Docker names of the task's task-scoped volumes (removed with the task's containers, as
/// ECS does): `dockerVolumeConfiguration` volumes of scope `task` (the default) and plain
/// volumes without a host path.
pub fn task_scoped_volumes(plan: &TaskPlan) -> Vec<String> {
    plan.volumes
        .iter()
        .filter(|v| {
            v.host
                .as_ref()
                .and_then(|h| h.source_path.as_ref())
                .is_none()
        })
        .filter(|v| {
            v.efs_volume_configuration.is_none() && v.s3files_volume_configuration.is_none()
        })
        .filter(|v| {
            v.docker_volume_configuration
                .as_ref()
                .and_then(|c| c.scope.as_deref())
                != Some("shared")
        })
        .filter_map(|v| v.name.as_deref())
        .map(|name| task_volume_name(plan, name))
        .collect()
}

/// `mountPoints` against the task's `volumes`: a host `sourcePath` is a bind mount; a
/// `dockerVolumeConfiguration` is a named volume (task scope: per-task name; shared: the volume
/// name itself); a volume with neither is a task-scoped named volume, ECS's "Docker volume"
/// that the task's containers share.
fn mounts(
    spec: &mut ContainerSpec,
    plan: &TaskPlan,
    container: &ContainerPlan,
    ctx: &CreateContext,
) -> Result<(), SpecError> {
    for mount in container
        .definition
        .mount_points
        .as_deref()
        .unwrap_or_default()
    {
        let (Some(source), Some(path)) = (&mount.source_volume, &mount.container_path) else {
            continue;
        };
        let read_only = mount.read_only.unwrap_or(false);
        let volume = plan
            .volumes
            .iter()
            .find(|v| v.name.as_deref() == Some(source.as_str()))
            .ok_or_else(|| SpecError::UnknownVolume {
                container: container.name.clone(),
                volume: source.clone(),
            })?;
        let unsupported = |kind| SpecError::UnsupportedVolume {
            container: container.name.clone(),
            volume: source.clone(),
            kind,
        };
        if volume.efs_volume_configuration.is_some() {
            return Err(unsupported("efsVolumeConfiguration"));
        }
        if volume.s3files_volume_configuration.is_some() {
            return Err(unsupported("s3filesVolumeConfiguration"));
        }
        if let Some(host_path) = volume.host.as_ref().and_then(|h| h.source_path.clone()) {
            spec.binds.push(BindMount {
                host_path,
                container_path: path.clone(),
                read_only,
            });
            continue;
        }
        let mut labels = plan.labels(&ctx.cluster, &container.name);
        labels.retain(|k, _| k.starts_with("com.berth."));
        let named = match &volume.docker_volume_configuration {
            Some(config) => {
                let shared = config.scope.as_deref() == Some("shared");
                if let Some(user) = &config.labels {
                    labels.extend(user.clone());
                }
                VolumeMount {
                    name: if shared {
                        source.clone()
                    } else {
                        task_volume_name(plan, source)
                    },
                    container_path: path.clone(),
                    read_only,
                    driver: config.driver.clone(),
                    driver_options: config.driver_opts.clone().unwrap_or_default(),
                    labels,
                }
            }
            None => VolumeMount {
                name: task_volume_name(plan, source),
                container_path: path.clone(),
                read_only,
                driver: None,
                driver_options: BTreeMap::new(),
                labels,
            },
        };
        spec.volumes.push(named);
    }
    Ok(())
}

fn sibling(
    ctx: &CreateContext,
    container: &str,
    field: &'static str,
    target: &str,
) -> Result<String, SpecError> {
    ctx.sibling_ids
        .get(target)
        .cloned()
        .ok_or_else(|| SpecError::MissingSibling {
            container: container.to_owned(),
            field,
            target: target.to_owned(),
        })
}

/// `pidMode`/`ipcMode`: `host` as is; `task` shares the pause container's namespace (awsvpc
/// only: other modes have no container that outlives the task's own, a known gap).
fn namespace_mode(mode: Option<&str>, ctx: &CreateContext) -> Option<String> {
    match mode {
        Some("host") => Some("host".into()),
        Some("task") => ctx
            .pause_container
            .as_ref()
            .map(|pause| format!("container:{pause}")),
        _ => None,
    }
}

fn port_bindings(c: &wire::ContainerDefinition) -> Vec<PortBinding> {
    c.port_mappings
        .as_deref()
        .unwrap_or_default()
        .iter()
        .filter_map(|m| {
            let container_port = u16::try_from(m.container_port?).ok()?;
            let protocol = m
                .protocol
                .as_deref()
                .and_then(Protocol::parse)
                .unwrap_or(Protocol::Tcp);
            let host_port = m
                .host_port
                .and_then(|p| u16::try_from(p).ok())
                .filter(|p| *p > 0);
            Some(PortBinding {
                container_port,
                protocol,
                host_port,
                host_ip: None,
            })
        })
        .collect()
}

fn networking(
    spec: &mut ContainerSpec,
    plan: &TaskPlan,
    container: &ContainerPlan,
    ctx: &CreateContext,
) -> Result<(), SpecError> {
    let c = &container.definition;
    let mode = if c.disable_networking == Some(true) {
        NetworkMode::None
    } else {
        plan.network_mode
    };
    match mode {
        NetworkMode::Awsvpc => {
            let pause = ctx
                .pause_container
                .clone()
                .ok_or(SpecError::NoPauseContainer)?;
            // Ports, hostname, DNS and extra hosts belong to the namespace's owner.
            spec.network_mode = DockerNetworkMode::Container(pause);
            return Ok(());
        }
        NetworkMode::Host => spec.network_mode = DockerNetworkMode::Host,
        NetworkMode::None => spec.network_mode = DockerNetworkMode::None,
        NetworkMode::Bridge => {
            spec.network_mode = DockerNetworkMode::Bridge;
            spec.port_bindings = port_bindings(c);
            spec.links = c
                .links
                .as_deref()
                .unwrap_or_default()
                .iter()
                .map(|link| {
                    let (target, alias) = link.split_once(':').unwrap_or((link, link));
                    let id = sibling(ctx, &container.name, "links", target)?;
                    Ok(format!("{id}:{alias}"))
                })
                .collect::<Result<_, SpecError>>()?;
        }
    }
    if mode != NetworkMode::Host {
        spec.hostname = c.hostname.clone();
    }
    spec.extra_hosts = extra_hosts(c);
    spec.dns_servers = c.dns_servers.clone().unwrap_or_default();
    spec.dns_search = c.dns_search_domains.clone().unwrap_or_default();
    Ok(())
}

fn extra_hosts(c: &wire::ContainerDefinition) -> Vec<ExtraHost> {
    c.extra_hosts
        .as_deref()
        .unwrap_or_default()
        .iter()
        .filter_map(|h| {
            Some(ExtraHost {
                hostname: h.hostname.clone()?,
                ip_address: h.ip_address.clone()?,
            })
        })
        .collect()
}

/// The pause container of an `awsvpc` task: on berth's awsvpc network, with the task's hostname,
/// DNS settings and extra hosts (Docker refuses them on containers that join its namespace).
/// It publishes no ports: an awsvpc task is reached on its own address, and the control plane
/// reserves no host ports for it.
pub fn pause_spec(plan: &TaskPlan, cluster: &str, image: &str, network: &str) -> ContainerSpec {
    let mut spec = ContainerSpec::new(plan.pause_docker_name.clone(), image);
    spec.labels = plan.labels(cluster, PAUSE_CONTAINER_NAME);
    spec.network_mode = DockerNetworkMode::Network(network.to_owned());
    spec.cpu_shares = Some(MIN_CPU_SHARES);
    // The pause process does nothing; a small limit keeps a leak from hurting the host.
    spec.memory_limit_mib = Some(16);
    // docker-init as PID 1 makes SIGTERM end the sleep at once.
    spec.init = true;
    for c in &plan.containers {
        let d = &c.definition;
        spec.extra_hosts.extend(extra_hosts(d));
        spec.dns_servers
            .extend(d.dns_servers.clone().unwrap_or_default());
        spec.dns_search
            .extend(d.dns_search_domains.clone().unwrap_or_default());
        if spec.hostname.is_none() {
            spec.hostname = d.hostname.clone();
        }
    }
    spec
}

#[cfg(test)]
#[path = "container_spec_tests.rs"]
mod tests;
