//! What the runtime tells a task's actor: Docker events about its containers, and
//! re-inspections (on start, after an event-stream gap, and periodically) that adopt containers
//! created before a crash and turn exits missed while the agent was down into `Exited` events.
//!
//! Part of the actor (it records through the actor's own `record`); it must not start effects.

use berth_docker::{ContainerId, EventKind, RuntimeEvent};
use berth_lifecycle::{ContainerKnownStatus, DesiredStatus, Event, NetworkKnownStatus};

use super::{Actor, Key};
use crate::clock;
use crate::effects::{self, Outcome};
use crate::runtime_events::health_status;
use crate::task_plan::PAUSE_CONTAINER_NAME;

impl Actor {
    /// The task container (or `None` for the pause container or a stranger) of a runtime id.
    pub(super) fn container_of(&self, id: &str) -> Option<String> {
        self.record
            .state
            .containers
            .iter()
            .find(|(_, c)| c.runtime_id.as_deref() == Some(id))
            .map(|(name, _)| name.clone())
    }

    pub(super) fn on_runtime(&mut self, event: RuntimeEvent) {
        let Some(container) = self.container_of(event.container_id.as_str()) else {
            return;
        };
        let at = clock::seconds(event.at);
        match event.kind {
            // The start effect's own result (with the ports Docker bound) is on its way; taking
            // the event first would report RUNNING without network bindings.
            EventKind::Start if self.in_flight.contains(&Key::Container(container.clone())) => {}
            EventKind::Start => self.record(Event::Started { container, at }),
            EventKind::Die { exit_code } => {
                // Docker only reports `die` for a container that started. When the exit wins the
                // race against the start effect's own result (a container that exits at once),
                // record the start first: a COMPLETE/SUCCESS dependency must see that it ran.
                let known = self
                    .record
                    .state
                    .containers
                    .get(&container)
                    .map(|c| c.known);
                if known == Some(ContainerKnownStatus::Created) {
                    self.record(Event::Started {
                        container: container.clone(),
                        at,
                    });
                }
                self.record(Event::Exited {
                    container,
                    exit_code: i32::try_from(exit_code).ok(),
                    at,
                })
            }
            EventKind::Oom => {
                if let Some(extra) = self.record.containers.get_mut(&container) {
                    if !extra.oom_killed {
                        extra.oom_killed = true;
                        self.persist();
                    }
                }
            }
            EventKind::HealthStatus(health) => self.record(Event::Health {
                container,
                status: health_status(health),
            }),
            EventKind::Destroy => {
                let known = self
                    .record
                    .state
                    .containers
                    .get(&container)
                    .map(|c| c.known);
                if matches!(
                    known,
                    Some(ContainerKnownStatus::Created | ContainerKnownStatus::Running)
                ) {
                    self.record(Event::Exited {
                        container,
                        exit_code: None,
                        at,
                    });
                }
            }
            EventKind::Create => {}
        }
    }

    /// Compares the record with the runtime: containers created before a crash are adopted
    /// (`initial` only), running and exited ones are brought up to date (an exit missed while
    /// the agent was down becomes an `Exited` with its real code), vanished ones are exited.
    pub(super) async fn reconcile(&mut self, initial: bool) {
        let runtime = self.shared.effects.runtime.clone();
        let names: Vec<String> = self.record.state.containers.keys().cloned().collect();
        for name in names {
            if self.in_flight.contains(&Key::Container(name.clone())) {
                continue;
            }
            let Some(state) = self.record.state.containers.get(&name).cloned() else {
                continue;
            };
            let info = match (&state.runtime_id, state.known) {
                (_, ContainerKnownStatus::Stopped) => continue,
                (Some(id), _) => match runtime
                    .inspect_container(&ContainerId::new(id.clone()))
                    .await
                {
                    Ok(info) => info,
                    Err(error) => {
                        tracing::warn!(%error, container = name, "cannot inspect; will retry");
                        continue;
                    }
                },
                (None, _) if initial => {
                    let Some(plan) = self.plan.container(&name) else {
                        continue;
                    };
                    match runtime
                        .inspect_container(&ContainerId::new(plan.docker_name.clone()))
                        .await
                    {
                        Ok(Some(info))
                            if info.labels.get(crate::task_plan::labels::TASK_ARN)
                                == Some(&self.plan.task_arn) =>
                        {
                            self.record(Event::Created {
                                container: name.clone(),
                                runtime_id: info.id.to_string(),
                            });
                            Some(info)
                        }
                        _ => continue,
                    }
                }
                (None, _) => continue,
            };
            match info {
                Some(info) => {
                    self.on_outcome(Outcome {
                        events: effects::events_from_inspect(&name, &info),
                        learned: vec![effects::inspected(&name, &info)],
                    });
                }
                None => self.record(Event::Exited {
                    container: name,
                    exit_code: None,
                    at: clock::now(),
                }),
            }
        }
        if initial {
            self.adopt_pause().await;
        }
    }

    /// A pause container started before a crash, whose address was never recorded.
    async fn adopt_pause(&mut self) {
        let network = &self.record.state.network;
        if !network.mode.needs_namespace()
            || network.known != NetworkKnownStatus::None
            || self.record.state.desired != DesiredStatus::Running
        {
            return;
        }
        let runtime = self.shared.effects.runtime.clone();
        let Ok(Some(info)) = runtime
            .inspect_container(&ContainerId::new(self.plan.pause_docker_name.clone()))
            .await
        else {
            return;
        };
        let ours = info
            .labels
            .get(crate::task_plan::labels::CONTAINER_NAME)
            .map(String::as_str)
            == Some(PAUSE_CONTAINER_NAME);
        let ip = info
            .networks
            .get(&self.shared.effects.awsvpc_network)
            .map(|n| n.ip_address.clone())
            .filter(|ip| !ip.is_empty());
        if let (true, Some(ip), berth_docker::ContainerState::Running) = (ours, ip, info.state) {
            self.record(Event::NetworkProvisioned {
                attachment: berth_lifecycle::NetworkAttachment {
                    private_ipv4_address: ip,
                    pause_runtime_id: Some(info.id.to_string()),
                },
                at: clock::now(),
            });
        }
    }
}
