//! The container-definition → runtime-spec mapping, one table row per field the agent maps,
//! plus the pause container, environment files and task-scoped volumes.

use super::*;
use crate::testkit;

type Edit = fn(&mut wire::TaskDefinition);
type Check = fn(&Result<ContainerSpec, SpecError>);

fn app(def: &mut wire::TaskDefinition) -> &mut wire::ContainerDefinition {
    &mut def.container_definitions.as_mut().unwrap()[0]
}

fn kv(name: &str, value: &str) -> wire::KeyValuePair {
    wire::KeyValuePair {
        name: Some(name.into()),
        value: Some(value.into()),
    }
}

fn ok(result: &Result<ContainerSpec, SpecError>) -> &ContainerSpec {
    result.as_ref().expect("spec builds")
}

fn context() -> CreateContext {
    CreateContext {
        cluster: "default".into(),
        metadata_base: Some("http://172.17.0.1:51679".into()),
        metadata_token: "tok".into(),
        pause_container: Some("pauseid".into()),
        sibling_ids: BTreeMap::from([
            ("db".to_owned(), "dbid".to_owned()),
            ("data".to_owned(), "dataid".to_owned()),
        ]),
        environment_files: vec![
            ("FROM_FILE".into(), "1".into()),
            ("A".into(), "file".into()),
        ],
        execution_env: "AWS_ECS_EC2".into(),
    }
}

/// One row per container-definition field the agent maps: (what, edit the definition, check
/// the spec of its first container `app`).
fn cases() -> Vec<(&'static str, Edit, Check)> {
    vec![
        (
            "defaults",
            |_| {},
            |r| {
                let s = ok(r);
                assert_eq!(s.image, testkit::IMAGE);
                assert!(s.name.starts_with("ecs-fam-1-app-"));
                assert_eq!(s.cpu_shares, Some(2));
                assert_eq!((s.memory_limit_mib, s.memory_reservation_mib), (None, None));
                assert_eq!(s.network_mode, DockerNetworkMode::Bridge);
                assert_eq!(s.log_config, LogConfig::default());
                assert_eq!(s.labels["com.berth.managed"], "true");
                assert_eq!(s.labels["com.berth.cluster"], "default");
                assert_eq!(s.labels["com.berth.task-arn"], testkit::TASK_ARN);
                assert_eq!(s.labels["com.berth.container-name"], "app");
                assert_eq!(
                    s.env["ECS_CONTAINER_METADATA_URI_V4"],
                    "http://172.17.0.1:51679/v4/tok"
                );
                assert_eq!(
                    s.env["ECS_CONTAINER_METADATA_URI"],
                    "http://172.17.0.1:51679/v3/tok"
                );
                assert_eq!(s.env["AWS_EXECUTION_ENV"], "AWS_ECS_EC2");
            },
        ),
        (
            "command, entryPoint, workingDirectory, user",
            |d| {
                let c = app(d);
                c.command = Some(vec!["serve".into(), "--port=80".into()]);
                c.entry_point = Some(vec!["/berth-testapp".into()]);
                c.working_directory = Some("/srv".into());
                c.user = Some("nobody:nogroup".into());
            },
            |r| {
                let s = ok(r);
                assert_eq!(s.command.as_deref().unwrap(), ["serve", "--port=80"]);
                assert_eq!(s.entrypoint.as_deref().unwrap(), ["/berth-testapp"]);
                assert_eq!(s.working_dir.as_deref(), Some("/srv"));
                assert_eq!(s.user.as_deref(), Some("nobody:nogroup"));
            },
        ),
        (
            "environment over environmentFiles",
            |d| {
                app(d).environment = Some(vec![kv("A", "env"), kv("B", "2")]);
            },
            |r| {
                let s = ok(r);
                assert_eq!(s.env["A"], "env");
                assert_eq!(s.env["B"], "2");
                assert_eq!(s.env["FROM_FILE"], "1");
            },
        ),
        (
            "cpu, memory, memoryReservation",
            |d| {
                let c = app(d);
                c.cpu = Some(256);
                c.memory = Some(128);
                c.memory_reservation = Some(64);
            },
            |r| {
                let s = ok(r);
                assert_eq!(s.cpu_shares, Some(256));
                assert_eq!(
                    (s.memory_limit_mib, s.memory_reservation_mib),
                    (Some(128), Some(64))
                );
            },
        ),
        (
            "task-level memory bounds a container without its own",
            |d| {
                d.memory = Some("512".into());
                app(d).memory_reservation = Some(1024);
            },
            |r| {
                let s = ok(r);
                assert_eq!(s.memory_limit_mib, Some(512));
                assert_eq!(s.memory_reservation_mib, Some(512));
            },
        ),
        (
            "portMappings: fixed, dynamic (0 or absent), udp",
            |d| {
                app(d).port_mappings = Some(vec![
                    wire::PortMapping {
                        container_port: Some(80),
                        host_port: Some(8080),
                        ..Default::default()
                    },
                    wire::PortMapping {
                        container_port: Some(81),
                        host_port: Some(0),
                        ..Default::default()
                    },
                    wire::PortMapping {
                        container_port: Some(53),
                        protocol: Some("udp".into()),
                        ..Default::default()
                    },
                ]);
            },
            |r| {
                let ports: Vec<_> = ok(r)
                    .port_bindings
                    .iter()
                    .map(|p| (p.container_port, p.host_port, p.protocol))
                    .collect();
                assert_eq!(
                    ports,
                    [
                        (80, Some(8080), Protocol::Tcp),
                        (81, None, Protocol::Tcp),
                        (53, None, Protocol::Udp)
                    ]
                );
            },
        ),
        (
            "healthCheck with ECS defaults",
            |d| {
                app(d).health_check = Some(wire::HealthCheck {
                    command: Some(vec!["CMD-SHELL".into(), "exit 0".into()]),
                    interval: Some(5),
                    ..Default::default()
                });
            },
            |r| {
                let h = ok(r).health_check.clone().unwrap();
                assert_eq!(h.test, HealthCheckTest::CmdShell("exit 0".into()));
                assert_eq!(
                    (h.interval, h.timeout, h.retries, h.start_period),
                    (
                        Duration::from_secs(5),
                        Duration::from_secs(5),
                        3,
                        Duration::ZERO
                    )
                );
            },
        ),
        (
            "stopTimeout, readonlyRootFilesystem, privileged, interactive, pseudoTerminal",
            |d| {
                let c = app(d);
                c.stop_timeout = Some(7);
                c.readonly_root_filesystem = Some(true);
                c.privileged = Some(true);
                c.interactive = Some(true);
                c.pseudo_terminal = Some(true);
            },
            |r| {
                let s = ok(r);
                assert_eq!(s.stop_timeout, Some(Duration::from_secs(7)));
                assert!(s.readonly_rootfs && s.privileged && s.interactive && s.pseudo_terminal);
            },
        ),
        (
            "links (name and alias), hostname, extraHosts, dns",
            |d| {
                let c = app(d);
                c.links = Some(vec!["db".into(), "db:database".into()]);
                c.hostname = Some("web".into());
                c.extra_hosts = Some(vec![wire::HostEntry {
                    hostname: Some("h".into()),
                    ip_address: Some("10.0.0.1".into()),
                }]);
                c.dns_servers = Some(vec!["10.0.0.2".into()]);
                c.dns_search_domains = Some(vec!["example.com".into()]);
            },
            |r| {
                let s = ok(r);
                assert_eq!(s.links, ["dbid:db", "dbid:database"]);
                assert_eq!(s.hostname.as_deref(), Some("web"));
                assert_eq!(
                    s.extra_hosts,
                    [ExtraHost {
                        hostname: "h".into(),
                        ip_address: "10.0.0.1".into()
                    }]
                );
                assert_eq!((s.dns_servers.len(), s.dns_search.len()), (1, 1));
            },
        ),
        (
            "links to a container not yet created fail",
            |d| {
                app(d).links = Some(vec!["nope".into()]);
            },
            |r| assert!(matches!(r, Err(SpecError::MissingSibling { .. }))),
        ),
        (
            "ulimits, dockerLabels (berth labels win), sysctls, security options",
            |d| {
                let c = app(d);
                c.ulimits = Some(vec![wire::Ulimit {
                    name: Some("nofile".into()),
                    soft_limit: Some(1024),
                    hard_limit: Some(2048),
                }]);
                c.docker_labels = Some(BTreeMap::from([
                    ("team".to_owned(), "a".to_owned()),
                    ("com.berth.managed".to_owned(), "no".to_owned()),
                ]));
                c.system_controls = Some(vec![wire::SystemControl {
                    namespace: Some("net.core.somaxconn".into()),
                    value: Some("1024".into()),
                }]);
                c.docker_security_options = Some(vec!["no-new-privileges".into()]);
            },
            |r| {
                let s = ok(r);
                assert_eq!(
                    s.ulimits,
                    [Ulimit {
                        name: "nofile".into(),
                        soft: 1024,
                        hard: 2048
                    }]
                );
                assert_eq!(s.labels["team"], "a");
                assert_eq!(s.labels["com.berth.managed"], "true");
                assert_eq!(s.sysctls["net.core.somaxconn"], "1024");
                assert_eq!(s.security_options, ["no-new-privileges"]);
            },
        ),
        (
            "linuxParameters",
            |d| {
                app(d).linux_parameters = Some(wire::LinuxParameters {
                    init_process_enabled: Some(true),
                    capabilities: Some(wire::KernelCapabilities {
                        add: Some(vec!["NET_ADMIN".into()]),
                        drop: Some(vec!["MKNOD".into()]),
                    }),
                    tmpfs: Some(vec![wire::Tmpfs {
                        container_path: Some("/scratch".into()),
                        size: Some(64),
                        mount_options: Some(vec!["noexec".into()]),
                    }]),
                    shared_memory_size: Some(128),
                    devices: Some(vec![wire::Device {
                        host_path: Some("/dev/null".into()),
                        container_path: None,
                        permissions: Some(vec!["read".into(), "write".into()]),
                    }]),
                    max_swap: Some(0),
                    swappiness: Some(10),
                });
            },
            |r| {
                let s = ok(r);
                assert!(s.init);
                assert_eq!(
                    (s.cap_add.as_slice(), s.cap_drop.as_slice()),
                    (&["NET_ADMIN".to_owned()][..], &["MKNOD".to_owned()][..])
                );
                assert_eq!(
                    s.tmpfs,
                    [TmpfsMount {
                        container_path: "/scratch".into(),
                        size_mib: 64,
                        mount_options: vec!["noexec".into()]
                    }]
                );
                assert_eq!(s.shm_size_mib, Some(128));
                assert_eq!(s.devices[0].permissions, "rw");
                assert_eq!((s.max_swap_mib, s.swappiness), (Some(0), Some(10)));
            },
        ),
        (
            "mountPoints: host path, task and shared docker volumes, plain volume; volumesFrom",
            |d| {
                d.volumes = Some(vec![
                    wire::Volume {
                        name: Some("host".into()),
                        host: Some(wire::HostVolumeProperties {
                            source_path: Some("/srv/data".into()),
                        }),
                        ..Default::default()
                    },
                    wire::Volume {
                        name: Some("task".into()),
                        docker_volume_configuration: Some(wire::DockerVolumeConfiguration {
                            scope: Some("task".into()),
                            driver: Some("local".into()),
                            ..Default::default()
                        }),
                        ..Default::default()
                    },
                    wire::Volume {
                        name: Some("shared".into()),
                        docker_volume_configuration: Some(wire::DockerVolumeConfiguration {
                            scope: Some("shared".into()),
                            ..Default::default()
                        }),
                        ..Default::default()
                    },
                    wire::Volume {
                        name: Some("scratch".into()),
                        ..Default::default()
                    },
                ]);
                let mount = |v: &str, p: &str, ro| wire::MountPoint {
                    source_volume: Some(v.into()),
                    container_path: Some(p.into()),
                    read_only: Some(ro),
                };
                let c = app(d);
                c.mount_points = Some(vec![
                    mount("host", "/data", true),
                    mount("task", "/t", false),
                    mount("shared", "/s", false),
                    mount("scratch", "/x", false),
                ]);
                c.volumes_from = Some(vec![wire::VolumeFrom {
                    source_container: Some("data".into()),
                    read_only: Some(true),
                }]);
            },
            |r| {
                let s = ok(r);
                assert_eq!(
                    s.binds,
                    [BindMount {
                        host_path: "/srv/data".into(),
                        container_path: "/data".into(),
                        read_only: true
                    }]
                );
                let names: Vec<_> = s
                    .volumes
                    .iter()
                    .map(|v| (v.name.as_str(), v.container_path.as_str()))
                    .collect();
                assert_eq!(
                    names,
                    [
                        ("berth-0123abcd-task", "/t"),
                        ("shared", "/s"),
                        ("berth-0123abcd-scratch", "/x")
                    ]
                );
                assert_eq!(s.volumes[0].driver.as_deref(), Some("local"));
                assert_eq!(
                    s.volumes_from,
                    [VolumesFrom {
                        container: "dataid".into(),
                        read_only: true
                    }]
                );
            },
        ),
        (
            "unknown and unsupported volumes fail",
            |d| {
                d.volumes = Some(vec![wire::Volume {
                    name: Some("efs".into()),
                    efs_volume_configuration: Some(Default::default()),
                    ..Default::default()
                }]);
                app(d).mount_points = Some(vec![wire::MountPoint {
                    source_volume: Some("efs".into()),
                    container_path: Some("/e".into()),
                    read_only: None,
                }]);
            },
            |r| assert!(matches!(r, Err(SpecError::UnsupportedVolume { .. }))),
        ),
        (
            "logConfiguration",
            |d| {
                app(d).log_configuration = Some(wire::LogConfiguration {
                    log_driver: Some("json-file".into()),
                    options: Some(BTreeMap::from([("max-size".to_owned(), "10m".to_owned())])),
                    secret_options: None,
                });
            },
            |r| assert_eq!(ok(r).log_config.options["max-size"], "10m"),
        ),
        (
            "network mode host: no ports, no hostname",
            |d| {
                d.network_mode = Some("host".into());
                let c = app(d);
                c.hostname = Some("x".into());
                c.port_mappings = Some(vec![wire::PortMapping {
                    container_port: Some(80),
                    ..Default::default()
                }]);
            },
            |r| {
                let s = ok(r);
                assert_eq!(s.network_mode, DockerNetworkMode::Host);
                assert!(s.port_bindings.is_empty() && s.hostname.is_none());
            },
        ),
        (
            "network mode none",
            |d| {
                d.network_mode = Some("none".into());
            },
            |r| assert_eq!(ok(r).network_mode, DockerNetworkMode::None),
        ),
        (
            "awsvpc joins the pause container; namespace settings stay on the pause",
            |d| {
                d.network_mode = Some("awsvpc".into());
                d.pid_mode = Some("task".into());
                let c = app(d);
                c.hostname = Some("x".into());
                c.port_mappings = Some(vec![wire::PortMapping {
                    container_port: Some(80),
                    ..Default::default()
                }]);
                c.extra_hosts = Some(vec![wire::HostEntry {
                    hostname: Some("h".into()),
                    ip_address: Some("10.0.0.1".into()),
                }]);
            },
            |r| {
                let s = ok(r);
                assert_eq!(
                    s.network_mode,
                    DockerNetworkMode::Container("pauseid".into())
                );
                assert!(
                    s.port_bindings.is_empty() && s.hostname.is_none() && s.extra_hosts.is_empty()
                );
                assert_eq!(s.pid_mode.as_deref(), Some("container:pauseid"));
            },
        ),
        (
            "no image",
            |d| app(d).image = None,
            |r| assert!(matches!(r, Err(SpecError::NoImage { .. }))),
        ),
    ]
}

#[test]
fn container_definitions_map_to_runtime_specs() {
    for (what, edit, check) in cases() {
        let mut def = testkit::definition(&["app", "db", "data"], "bridge");
        edit(&mut def);
        let (_, plan) = testkit::plan_of(def);
        let result = container_spec(&plan, &plan.containers[0], &context());
        eprintln!("case: {what}");
        check(&result);
    }
}

#[test]
fn pause_containers_carry_the_namespace_settings() {
    let mut def = testkit::definition(&["app"], "awsvpc");
    let c = app(&mut def);
    c.hostname = Some("web".into());
    c.dns_servers = Some(vec!["10.0.0.2".into()]);
    c.port_mappings = Some(vec![wire::PortMapping {
        container_port: Some(80),
        ..Default::default()
    }]);
    let (_, plan) = testkit::plan_of(def);
    let spec = pause_spec(&plan, "default", "berth-pause:1", "berth-awsvpc");
    assert_eq!(
        spec.network_mode,
        DockerNetworkMode::Network("berth-awsvpc".into())
    );
    assert_eq!(spec.hostname.as_deref(), Some("web"));
    assert_eq!(spec.dns_servers, ["10.0.0.2"]);
    assert!(spec.port_bindings.is_empty());
    assert!(spec.init);
    assert_eq!(
        spec.labels["com.berth.container-name"],
        PAUSE_CONTAINER_NAME
    );
    assert!(spec.name.contains("internalecspause"));
}

#[test]
fn environment_files_parse_like_the_ecs_agent() {
    let vars = parse_environment_file("# comment\nA=1\n\n  B = two words\nC=x=y\nnovalue\n=bad\n");
    assert_eq!(
        vars,
        [
            ("A".to_owned(), "1".to_owned()),
            ("B".to_owned(), " two words".to_owned()),
            ("C".to_owned(), "x=y".to_owned()),
        ]
    );
}

#[test]
fn task_scoped_volumes_are_the_ones_removed_with_the_task() {
    let mut def = testkit::definition(&["app"], "bridge");
    let volume = |name: &str, host: Option<&str>, scope: Option<&str>| wire::Volume {
        name: Some(name.into()),
        host: host.map(|p| wire::HostVolumeProperties {
            source_path: Some(p.into()),
        }),
        docker_volume_configuration: scope.map(|s| wire::DockerVolumeConfiguration {
            scope: Some(s.into()),
            ..Default::default()
        }),
        ..Default::default()
    };
    def.volumes = Some(vec![
        volume("bind", Some("/srv"), None),
        volume("plain", None, None),
        volume("task", None, Some("task")),
        volume("shared", None, Some("shared")),
    ]);
    let (_, plan) = testkit::plan_of(def);
    assert_eq!(
        task_scoped_volumes(&plan),
        ["berth-0123abcd-plain", "berth-0123abcd-task"]
    );
}
