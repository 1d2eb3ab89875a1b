//! [`DockerRuntime`]: the [`ContainerRuntime`] on the Docker Engine API, through bollard.
//!
//! Every call is wrapped in a deadline from [`Timeouts`]; only `wait_container` and the events
//! stream wait by nature. The API version is negotiated at connect time, because bollard speaks
//! a newer API than Debian's engine (1.41). This module owns the calls; the translation of specs
//! and responses lives in `create` and `convert`, the error mapping in `errors`.

mod convert;
mod create;
mod errors;

use std::collections::{BTreeMap, HashMap};
use std::time::{Duration, Instant};

use async_trait::async_trait;
use bollard::auth::DockerCredentials;
use bollard::models::NetworkCreateRequest;
use bollard::query_parameters::{
    CreateContainerOptions, CreateImageOptions, EventsOptions, InspectContainerOptions,
    InspectNetworkOptions, ListContainersOptions, LogsOptions, RemoveContainerOptions,
    StatsOptions, StopContainerOptions, WaitContainerOptions,
};
use bollard::Docker;
use futures::StreamExt;
use time::OffsetDateTime;

use crate::error::{ErrorKind, Operation, RuntimeError};
use crate::runtime::{
    ContainerId, ContainerInfo, ContainerRuntime, ContainerSpec, ContainerStats, ContainerSummary,
    EventFilter, EventStream, HostInfo, ImageInfo, LabelFilter, NetworkId, NetworkInfo,
    RegistryAuth, RemoveOptions,
};
use crate::timeouts::{self, Timeouts};
use errors::{deadline, map_error, map_pull_error, pull_timeout, status_of};

/// The Docker Engine implementation of [`ContainerRuntime`].
#[derive(Debug, Clone)]
pub struct DockerRuntime {
    docker: Docker,
    timeouts: Timeouts,
}

impl DockerRuntime {
    /// Connects to the daemon named by `DOCKER_HOST` (the local socket when unset) and
    /// negotiates the API version.
    pub async fn connect() -> Result<DockerRuntime, RuntimeError> {
        let docker =
            Docker::connect_with_defaults().map_err(|error| map_error(Operation::Ping, error))?;
        DockerRuntime::negotiate(docker).await
    }

    /// Connects to `host` (`unix:///var/run/docker.sock`, `tcp://127.0.0.1:2375`...) and
    /// negotiates the API version.
    pub async fn connect_to(host: &str) -> Result<DockerRuntime, RuntimeError> {
        let docker =
            Docker::connect_with_host(host).map_err(|error| map_error(Operation::Ping, error))?;
        DockerRuntime::negotiate(docker).await
    }

    async fn negotiate(docker: Docker) -> Result<DockerRuntime, RuntimeError> {
        let docker = docker.with_timeout(timeouts::CLIENT_REQUEST);
        let docker = deadline(Operation::Ping, timeouts::PING, docker.negotiate_version()).await?;
        Ok(DockerRuntime {
            docker,
            timeouts: Timeouts::default(),
        })
    }

    /// The same runtime with other deadlines (tests shorten them).
    pub fn with_timeouts(mut self, timeouts: Timeouts) -> DockerRuntime {
        self.timeouts = timeouts;
        self
    }

    /// The deadlines in force.
    pub fn timeouts(&self) -> &Timeouts {
        &self.timeouts
    }

    /// The negotiated API version, e.g. `1.41`.
    pub fn api_version(&self) -> String {
        let version = self.docker.client_version();
        format!("{}.{}", version.major_version, version.minor_version)
    }

    async fn inspect_image(&self, image: &str) -> Result<Option<ImageInfo>, RuntimeError> {
        let result = deadline(
            Operation::InspectImage,
            self.timeouts.inspect_image,
            self.docker.inspect_image(image),
        )
        .await;
        let inspect = match result {
            Ok(inspect) => inspect,
            Err(error) if error.kind() == ErrorKind::NotFound => return Ok(None),
            Err(error) => return Err(error),
        };
        let (repository, _) = create::pull_parameters(image);
        let digests = inspect.repo_digests.unwrap_or_default();
        let digest = digests
            .iter()
            .find(|digest| digest.starts_with(&format!("{repository}@")))
            .or(digests.first())
            .cloned();
        Ok(Some(ImageInfo {
            id: inspect.id.unwrap_or_default(),
            digest,
        }))
    }
}

#[async_trait]
impl ContainerRuntime for DockerRuntime {
    async fn ping(&self) -> Result<(), RuntimeError> {
        deadline(Operation::Ping, self.timeouts.ping, self.docker.ping()).await?;
        Ok(())
    }

    async fn info(&self) -> Result<HostInfo, RuntimeError> {
        let info = deadline(Operation::Info, self.timeouts.info, self.docker.info()).await?;
        Ok(convert::host_info(info, self.api_version()))
    }

    async fn image_present(&self, image: &str) -> Result<bool, RuntimeError> {
        Ok(self.inspect_image(image).await?.is_some())
    }

    async fn pull_image(
        &self,
        image: &str,
        auth: Option<&RegistryAuth>,
    ) -> Result<ImageInfo, RuntimeError> {
        let (from_image, tag) = create::pull_parameters(image);
        let options = CreateImageOptions {
            from_image: Some(from_image),
            tag,
            ..CreateImageOptions::default()
        };
        let credentials = auth.map(|auth| DockerCredentials {
            username: Some(auth.username.clone()),
            password: Some(auth.password.clone()),
            serveraddress: Some(
                auth.server
                    .clone()
                    .unwrap_or_else(|| registry_host(image).to_string()),
            ),
            ..DockerCredentials::default()
        });
        let mut progress = self.docker.create_image(Some(options), None, credentials);
        let started = Instant::now();
        // The pull is bounded twice: no progress message for `pull_inactivity` means it is
        // stuck, and the whole pull may not exceed `pull_total`.
        loop {
            let remaining = self.timeouts.pull_total.saturating_sub(started.elapsed());
            let wait = remaining.min(self.timeouts.pull_inactivity);
            match tokio::time::timeout(wait, progress.next()).await {
                Ok(None) => break,
                Ok(Some(Ok(_message))) => {}
                Ok(Some(Err(error))) => return Err(map_pull_error(image, error)),
                Err(_) if wait < self.timeouts.pull_inactivity => {
                    return Err(pull_timeout(image, false, self.timeouts.pull_total))
                }
                Err(_) => return Err(pull_timeout(image, true, wait)),
            }
        }
        self.inspect_image(image)
            .await?
            .ok_or_else(|| RuntimeError::ImagePull {
                image: image.to_string(),
                failure: crate::PullFailure::Other,
                message: format!("the pull of {image} finished but the image is not present"),
            })
    }

    async fn create_container(&self, spec: &ContainerSpec) -> Result<ContainerId, RuntimeError> {
        let options = CreateContainerOptions {
            name: Some(spec.name.clone()),
            platform: String::new(),
        };
        let body = create::create_body(spec);
        let response = deadline(
            Operation::CreateContainer,
            self.timeouts.create,
            self.docker.create_container(Some(options), body),
        )
        .await?;
        for warning in &response.warnings {
            tracing::warn!(container = %spec.name, %warning, "docker create warning");
        }
        Ok(ContainerId::new(response.id))
    }

    async fn start_container(&self, id: &ContainerId) -> Result<(), RuntimeError> {
        // Docker answers 304 for a running container, which bollard passes as success.
        deadline(
            Operation::StartContainer,
            self.timeouts.start,
            self.docker.start_container(id.as_str(), None),
        )
        .await
    }

    async fn stop_container(
        &self,
        id: &ContainerId,
        timeout: Duration,
    ) -> Result<(), RuntimeError> {
        let options = StopContainerOptions {
            t: Some(i32::try_from(create::whole_seconds(timeout)).unwrap_or(i32::MAX)),
            signal: None,
        };
        // A stopped container answers 304, which bollard passes as success.
        deadline(
            Operation::StopContainer,
            self.timeouts.stop_deadline(timeout),
            self.docker.stop_container(id.as_str(), Some(options)),
        )
        .await
    }

    async fn remove_container(
        &self,
        id: &ContainerId,
        options: RemoveOptions,
    ) -> Result<(), RuntimeError> {
        let query = RemoveContainerOptions {
            v: options.remove_volumes,
            force: options.force,
            link: false,
        };
        let result = deadline(
            Operation::RemoveContainer,
            self.timeouts.remove,
            self.docker.remove_container(id.as_str(), Some(query)),
        )
        .await;
        match result {
            Err(error) if error.kind() == ErrorKind::NotFound => Ok(()),
            other => other,
        }
    }

    async fn inspect_container(
        &self,
        id: &ContainerId,
    ) -> Result<Option<ContainerInfo>, RuntimeError> {
        let result = deadline(
            Operation::InspectContainer,
            self.timeouts.inspect,
            self.docker
                .inspect_container(id.as_str(), None::<InspectContainerOptions>),
        )
        .await;
        match result {
            Ok(response) => Ok(Some(convert::container_info(response))),
            Err(error) if error.kind() == ErrorKind::NotFound => Ok(None),
            Err(error) => Err(error),
        }
    }

    async fn list_containers(
        &self,
        labels: &[LabelFilter],
    ) -> Result<Vec<ContainerSummary>, RuntimeError> {
        let mut filters = HashMap::new();
        if !labels.is_empty() {
            filters.insert(
                "label".to_string(),
                labels.iter().map(LabelFilter::docker_form).collect(),
            );
        }
        let options = ListContainersOptions {
            all: true,
            filters: Some(filters),
            ..ListContainersOptions::default()
        };
        let containers = deadline(
            Operation::ListContainers,
            self.timeouts.list,
            self.docker.list_containers(Some(options)),
        )
        .await?;
        Ok(containers
            .into_iter()
            .map(convert::container_summary)
            .collect())
    }

    async fn wait_container(&self, id: &ContainerId) -> Result<i64, RuntimeError> {
        let options = WaitContainerOptions {
            condition: "not-running".to_string(),
        };
        let mut responses = self.docker.wait_container(id.as_str(), Some(options));
        match responses.next().await {
            Some(Ok(response)) => Ok(response.status_code),
            // bollard turns a non-zero exit code into an error; it is a result here.
            Some(Err(bollard::errors::Error::DockerContainerWaitError { error, code }))
                if error.is_empty() =>
            {
                Ok(code)
            }
            Some(Err(error)) => Err(map_error(Operation::WaitContainer, error)),
            None => Err(RuntimeError::Other {
                operation: Operation::WaitContainer,
                message: format!("the wait for {id} ended without an exit code"),
            }),
        }
    }

    async fn events(&self, filter: &EventFilter) -> Result<EventStream, RuntimeError> {
        // The stream is lazy: bollard sends the request on first poll. Fail fast if the daemon
        // is gone, and replay from now so events between this call and the first poll are kept.
        deadline(
            Operation::Events,
            self.timeouts.events_connect,
            self.docker.ping(),
        )
        .await?;
        let since = filter.since.unwrap_or_else(OffsetDateTime::now_utc);
        let mut filters = HashMap::from([("type".to_string(), vec!["container".to_string()])]);
        if !filter.labels.is_empty() {
            filters.insert(
                "label".to_string(),
                filter.labels.iter().map(LabelFilter::docker_form).collect(),
            );
        }
        let options = EventsOptions {
            since: Some(convert::events_since(since)),
            until: None,
            filters: Some(filters),
        };
        let messages = self.docker.events(Some(options));
        // Docker never ends an events stream without `until`: an end means the daemon went away,
        // and is reported as an error; after the first error the stream ends.
        let events = futures::stream::unfold(Some(messages), |state| async move {
            let mut messages = state?;
            loop {
                match messages.next().await {
                    Some(Ok(message)) => {
                        if let Some(event) = convert::runtime_event(message) {
                            return Some((Ok(event), Some(messages)));
                        }
                    }
                    Some(Err(error)) => {
                        return Some((Err(map_error(Operation::Events, error)), None))
                    }
                    None => {
                        let error = RuntimeError::Unavailable {
                            operation: Operation::Events,
                            message: "the Docker events stream ended".to_string(),
                        };
                        return Some((Err(error), None));
                    }
                }
            }
        });
        Ok(events.boxed())
    }

    async fn container_logs(
        &self,
        id: &ContainerId,
        tail: Option<usize>,
    ) -> Result<String, RuntimeError> {
        let options = LogsOptions {
            stdout: true,
            stderr: true,
            follow: false,
            tail: tail.map_or_else(|| "all".to_string(), |n| n.to_string()),
            ..LogsOptions::default()
        };
        let collect = async {
            let mut output = String::new();
            let mut chunks = self.docker.logs(id.as_str(), Some(options));
            while let Some(chunk) = chunks.next().await {
                output.push_str(&String::from_utf8_lossy(&chunk?.into_bytes()));
            }
            Ok(output)
        };
        deadline(Operation::ContainerLogs, self.timeouts.logs, collect).await
    }

    async fn stats_once(&self, id: &ContainerId) -> Result<ContainerStats, RuntimeError> {
        let options = StatsOptions {
            stream: false,
            one_shot: false,
        };
        let sample = async {
            self.docker
                .stats(id.as_str(), Some(options))
                .next()
                .await
                .transpose()
        };
        match deadline(Operation::Stats, self.timeouts.stats, sample).await? {
            Some(stats) => Ok(convert::container_stats(stats)),
            None => Err(RuntimeError::Other {
                operation: Operation::Stats,
                message: format!("Docker sent no stats for {id}"),
            }),
        }
    }

    async fn create_network(
        &self,
        name: &str,
        labels: &BTreeMap<String, String>,
    ) -> Result<NetworkId, RuntimeError> {
        // API 1.41 allows duplicate network names unless asked not to, and bollard's model has
        // no `CheckDuplicate`; so refuse a taken name here.
        if let Some(existing) = self.inspect_network(&NetworkId::new(name)).await? {
            if existing.name == name {
                return Err(RuntimeError::Conflict {
                    operation: Operation::CreateNetwork,
                    message: format!("network with name {name} already exists"),
                });
            }
        }
        let request = NetworkCreateRequest {
            name: name.to_string(),
            driver: Some("bridge".to_string()),
            labels: Some(labels.iter().map(|(k, v)| (k.clone(), v.clone())).collect()),
            ..NetworkCreateRequest::default()
        };
        let response = deadline(
            Operation::CreateNetwork,
            self.timeouts.network,
            self.docker.create_network(request),
        )
        .await?;
        Ok(NetworkId::new(response.id))
    }

    async fn remove_network(&self, id: &NetworkId) -> Result<(), RuntimeError> {
        let result = deadline(
            Operation::RemoveNetwork,
            self.timeouts.network,
            self.docker.remove_network(id.as_str()),
        )
        .await;
        match result {
            Err(error) if error.kind() == ErrorKind::NotFound => Ok(()),
            other => other,
        }
    }

    async fn inspect_network(&self, id: &NetworkId) -> Result<Option<NetworkInfo>, RuntimeError> {
        let call = self
            .docker
            .inspect_network(id.as_str(), None::<InspectNetworkOptions>);
        let result = tokio::time::timeout(self.timeouts.inspect_network, call).await;
        match result {
            Err(_) => Err(RuntimeError::timeout(
                Operation::InspectNetwork,
                self.timeouts.inspect_network,
            )),
            Ok(Ok(network)) => Ok(Some(convert::network_info(network))),
            Ok(Err(error)) if status_of(&error) == Some(404) => Ok(None),
            Ok(Err(error)) => Err(map_error(Operation::InspectNetwork, error)),
        }
    }
}

/// The registry host of an image reference, for credentials without an explicit server: the
/// first path component when it looks like a host (has a dot or a port, or is `localhost`),
/// else Docker Hub.
fn registry_host(image: &str) -> &str {
    const DOCKER_HUB: &str = "https://index.docker.io/v1/";
    match image.split_once('/') {
        Some((first, _)) if first.contains('.') || first.contains(':') || first == "localhost" => {
            first
        }
        _ => DOCKER_HUB,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registry_hosts_come_from_the_reference() {
        let cases = [
            ("busybox", "https://index.docker.io/v1/"),
            ("library/busybox:1", "https://index.docker.io/v1/"),
            ("127.0.0.1:5000/app:1", "127.0.0.1:5000"),
            ("localhost/app", "localhost"),
            (
                "123456789012.dkr.ecr.us-east-1.amazonaws.com/app",
                "123456789012.dkr.ecr.us-east-1.amazonaws.com",
            ),
        ];
        for (image, host) in cases {
            assert_eq!(registry_host(image), host, "{image}");
        }
    }
}
