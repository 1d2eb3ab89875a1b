//! The validation table: request JSON → accepted, or the error code and a message substring.

use super::*;
use serde_json::{json, Value};

/// `base` with the keys of `extra` set (a `null` removes the key).
fn merged(mut base: Value, extra: Value) -> Value {
    if let (Some(base), Some(extra)) = (base.as_object_mut(), extra.as_object()) {
        for (key, value) in extra {
            if value.is_null() {
                base.remove(key);
            } else {
                base.insert(key.clone(), value.clone());
            }
        }
    }
    base
}

/// A container `name` with an image and 128 MiB, plus `extra`.
fn container(name: &str, extra: Value) -> Value {
    merged(
        json!({"name": name, "image": "busybox", "memory": 128}),
        extra,
    )
}

fn app(extra: Value) -> Value {
    container("app", extra)
}

/// A request for family `web` with `containers`, plus task-level `extra`.
fn td(containers: Value, extra: Value) -> Value {
    merged(
        json!({"family": "web", "containerDefinitions": containers}),
        extra,
    )
}

fn fargate(containers: Value, extra: Value) -> Value {
    td(
        containers,
        merged(
            json!({"requiresCompatibilities": ["FARGATE"], "networkMode": "awsvpc",
                   "cpu": "256", "memory": "512"}),
            extra,
        ),
    )
}

fn run(value: &Value) -> EcsResult<Checked> {
    let request: wire::RegisterTaskDefinitionRequest =
        serde_json::from_value(value.clone()).expect("the test request has the wire shape");
    check(&request)
}

const CLIENT: &str = "ClientException";
const INVALID: &str = "InvalidParameterException";

#[test]
fn every_rule_reports_its_error() {
    let eleven: Vec<Value> = (0..11)
        .map(|i| container(&format!("c{i}"), json!({})))
        .collect();
    let big_env: Vec<Value> = (0..70)
        .map(|i| json!({"name": format!("V{i}"), "value": "x".repeat(1000)}))
        .collect();
    let cases: Vec<(&str, Value, &str, &str)> = vec![
        ("family rule", td(json!([app(json!({}))]), json!({"family": "we b"})), CLIENT, "Family 'we b' is invalid"),
        ("family empty", td(json!([app(json!({}))]), json!({"family": ""})), CLIENT, "Family name should not be null"),
        ("no containers", td(json!([]), json!({})), CLIENT, "at least one container"),
        ("too many containers", td(json!(eleven), json!({})), CLIENT, "Too many containers"),
        ("network mode enum", td(json!([app(json!({}))]), json!({"networkMode": "nat"})), INVALID, "networkMode 'nat'"),
        ("compatibility enum", td(json!([app(json!({}))]), json!({"requiresCompatibilities": ["MOON"]})), INVALID, "requiresCompatibilities"),
        ("pid mode enum", td(json!([app(json!({}))]), json!({"pidMode": "shared"})), INVALID, "pidMode"),
        ("ipc mode enum", td(json!([app(json!({}))]), json!({"ipcMode": "shared"})), INVALID, "ipcMode"),
        ("container name missing", td(json!([app(json!({"name": null}))]), json!({})), CLIENT, "Container.name should not be null or empty."),
        ("container name rule", td(json!([app(json!({"name": "a b"}))]), json!({})), CLIENT, "Container name 'a b' is invalid"),
        ("container name unique", td(json!([app(json!({})), app(json!({}))]), json!({})), CLIENT, "Duplicate container name 'app'"),
        ("image missing", td(json!([app(json!({"image": null}))]), json!({})), CLIENT, "Container.image should not be null or empty (container 'app')"),
        ("image blank", td(json!([app(json!({"image": " "}))]), json!({})), CLIENT, "Container.image"),
        ("memory needed", td(json!([app(json!({"memory": null}))]), json!({})), CLIENT, "Invalid setting for container 'app'. At least one of 'memory' or 'memoryReservation' must be specified."),
        ("memory minimum", td(json!([app(json!({"memory": 4}))]), json!({})), CLIENT, "Invalid 'memory' setting for container 'app': the value must be at least 6 MiB"),
        ("reservation minimum", td(json!([app(json!({"memory": null, "memoryReservation": 5}))]), json!({})), CLIENT, "Invalid 'memoryReservation' setting for container 'app'"),
        ("memory below reservation", td(json!([app(json!({"memory": 128, "memoryReservation": 256}))]), json!({})), CLIENT, "'memory' (128 MiB) must be greater than 'memoryReservation' (256 MiB)"),
        ("container memory above task", td(json!([app(json!({"memory": 1024}))]), json!({"memory": "512"})), CLIENT, "The 'memory' setting for container 'app' is greater than for the task."),
        ("container reservation above task", td(json!([app(json!({"memory": null, "memoryReservation": 1024}))]), json!({"memory": "512"})), CLIENT, "The 'memoryReservation' setting for container 'app' is greater than for the task."),
        ("container cpu above task", td(json!([app(json!({"cpu": 512}))]), json!({"cpu": "256"})), CLIENT, "The 'cpu' setting for container 'app' is greater than for the task."),
        ("container cpu negative", td(json!([app(json!({"cpu": -1}))]), json!({})), CLIENT, "Invalid 'cpu' setting for container 'app'"),
        ("memory sum", td(json!([container("a", json!({"memory": 300})), container("b", json!({"memory": 300}))]), json!({"memory": "512"})), CLIENT, "total memory reserved by the containers (600 MiB"),
        ("reservations count in the sum", td(json!([container("a", json!({"memory": 500, "memoryReservation": 100})), container("b", json!({"memory": 500, "memoryReservation": 450}))]), json!({"memory": "512"})), CLIENT, "(550 MiB"),
        ("cpu sum", td(json!([container("a", json!({"cpu": 300})), container("b", json!({"cpu": 300}))]), json!({"cpu": "512"})), CLIENT, "total 'cpu' of the containers (600)"),
        ("task cpu text", td(json!([app(json!({}))]), json!({"cpu": "lots"})), CLIENT, "Invalid 'cpu' setting for task"),
        ("task cpu range", td(json!([app(json!({}))]), json!({"cpu": "64"})), CLIENT, "Invalid 'cpu' setting for task"),
        ("task cpu fraction", td(json!([app(json!({}))]), json!({"cpu": "0.3 vCPU"})), CLIENT, "not a whole number"),
        ("task memory text", td(json!([app(json!({}))]), json!({"memory": "1 TB"})), CLIENT, "Invalid 'memory' setting for task"),
        ("fargate network mode", td(json!([app(json!({}))]), json!({"requiresCompatibilities": ["FARGATE"], "cpu": "256", "memory": "512"})), CLIENT, "Fargate only supports network mode \u{2018}awsvpc\u{2019}."),
        ("fargate cpu", fargate(json!([app(json!({}))]), json!({"cpu": null})), CLIENT, "Fargate requires that 'cpu' be defined at the task level."),
        ("fargate memory", fargate(json!([app(json!({}))]), json!({"memory": null})), CLIENT, "Fargate requires that 'memory' be defined at the task level."),
        ("fargate pair", fargate(json!([app(json!({}))]), json!({"memory": "4096"})), CLIENT, "No Fargate configuration exists for given values: 256 CPU, 4096 memory. See the Amazon ECS documentation for the valid values."),
        ("fargate pair with EC2 too", fargate(json!([app(json!({}))]), json!({"requiresCompatibilities": ["EC2", "FARGATE"], "cpu": "1 vCPU", "memory": "1GB"})), CLIENT, "1024 CPU, 1024 memory"),
        ("fargate privileged", fargate(json!([app(json!({"privileged": true}))]), json!({})), CLIENT, "Privileged containers are not supported by the Fargate launch type (container 'app')"),
        ("fargate ipc mode", fargate(json!([app(json!({}))]), json!({"ipcMode": "task"})), CLIENT, "do not support ipcMode"),
        ("fargate pid host", fargate(json!([app(json!({}))]), json!({"pidMode": "host"})), CLIENT, "pidMode"),
        ("fargate log driver", fargate(json!([app(json!({"logConfiguration": {"logDriver": "json-file"}}))]), json!({})), CLIENT, "Log driver json-file is not supported"),
        ("fargate host volume", fargate(json!([app(json!({}))]), json!({"volumes": [{"name": "data", "host": {"sourcePath": "/srv"}}]})), CLIENT, "Host volumes with a sourcePath"),
        ("external awsvpc", td(json!([app(json!({}))]), json!({"requiresCompatibilities": ["EXTERNAL"], "networkMode": "awsvpc"})), CLIENT, "EXTERNAL"),
        ("container port zero", td(json!([app(json!({"portMappings": [{"containerPort": 0}]}))]), json!({})), CLIENT, "containerPort must be between 1 and 65535; got 0"),
        ("container port high", td(json!([app(json!({"portMappings": [{"containerPort": 70000}]}))]), json!({})), CLIENT, "containerPort must be between 1 and 65535"),
        ("host port high", td(json!([app(json!({"portMappings": [{"containerPort": 80, "hostPort": 70000}]}))]), json!({})), CLIENT, "hostPort must be between 0 and 65535"),
        ("protocol enum", td(json!([app(json!({"portMappings": [{"containerPort": 80, "protocol": "sctp"}]}))]), json!({})), INVALID, "containerDefinitions[app].portMappings.protocol 'sctp'"),
        ("app protocol enum", td(json!([app(json!({"portMappings": [{"containerPort": 80, "appProtocol": "ftp"}]}))]), json!({})), INVALID, "appProtocol"),
        ("ports with none", td(json!([app(json!({"portMappings": [{"containerPort": 80}]}))]), json!({"networkMode": "none"})), CLIENT, "not supported when networkMode=none"),
        ("awsvpc ports match", td(json!([app(json!({"portMappings": [{"containerPort": 80, "hostPort": 8080}]}))]), json!({"networkMode": "awsvpc"})), CLIENT, "When networkMode=awsvpc, the host ports and container ports in port mappings must match"),
        ("host ports match", td(json!([app(json!({"portMappings": [{"containerPort": 80, "hostPort": 8080}]}))]), json!({"networkMode": "host"})), CLIENT, "When networkMode=host"),
        ("fargate ports match", fargate(json!([app(json!({"portMappings": [{"containerPort": 80, "hostPort": 81}]}))]), json!({})), CLIENT, "must match"),
        ("bridge host port twice", td(json!([container("a", json!({"portMappings": [{"containerPort": 80, "hostPort": 8080}]})), container("b", json!({"portMappings": [{"containerPort": 81, "hostPort": 8080}]}))]), json!({})), CLIENT, "host port 8080/tcp is mapped more than once"),
        ("awsvpc container port twice", td(json!([container("a", json!({"portMappings": [{"containerPort": 80}]})), container("b", json!({"portMappings": [{"containerPort": 80}]}))]), json!({"networkMode": "awsvpc"})), CLIENT, "host port 80/tcp is mapped more than once"),
        ("port needed", td(json!([app(json!({"portMappings": [{"hostPort": 80}]}))]), json!({})), CLIENT, "needs a containerPort or a containerPortRange"),
        ("port and range", td(json!([app(json!({"portMappings": [{"containerPort": 80, "containerPortRange": "80-90"}]}))]), json!({})), CLIENT, "not both"),
        ("range order", td(json!([app(json!({"portMappings": [{"containerPortRange": "9000-8000"}]}))]), json!({})), CLIENT, "containerPortRange '9000-8000'"),
        ("range with host port", td(json!([app(json!({"portMappings": [{"containerPortRange": "8000-8010", "hostPort": 8000}]}))]), json!({})), CLIENT, "hostPort must not be specified"),
        ("range in host mode", td(json!([app(json!({"portMappings": [{"containerPortRange": "8000-8010"}]}))]), json!({"networkMode": "host"})), CLIENT, "requires networkMode bridge or awsvpc"),
        ("links need bridge", td(json!([container("db", json!({})), app(json!({"links": ["db"]}))]), json!({"networkMode": "awsvpc"})), CLIENT, "links are only supported when networkMode=bridge"),
        ("link target exists", td(json!([app(json!({"links": ["db:database"]}))]), json!({})), CLIENT, "links names container db, which is not defined"),
        ("link format", td(json!([container("db", json!({})), app(json!({"links": ["db:al ias"]}))]), json!({})), CLIENT, "'db:al ias' must be"),
        ("hostname with awsvpc", td(json!([app(json!({"hostname": "h"}))]), json!({"networkMode": "awsvpc"})), CLIENT, "hostname is not supported on container when networkMode=awsvpc"),
        ("one essential", td(json!([app(json!({"essential": false}))]), json!({})), CLIENT, "at least one essential container"),
        ("depends on unknown", td(json!([app(json!({"dependsOn": [{"containerName": "ghost", "condition": "START"}]}))]), json!({})), CLIENT, "dependsOn names container ghost"),
        ("depends on itself", td(json!([app(json!({"dependsOn": [{"containerName": "app", "condition": "START"}]}))]), json!({})), CLIENT, "cannot depend on itself"),
        ("depends on cycle", td(json!([container("a", json!({"dependsOn": [{"containerName": "b", "condition": "START"}]})), container("b", json!({"dependsOn": [{"containerName": "a", "condition": "START"}]}))]), json!({})), CLIENT, "dependency cycle"),
        ("depends on condition enum", td(json!([container("init", json!({"essential": false})), app(json!({"dependsOn": [{"containerName": "init", "condition": "DONE"}]}))]), json!({})), INVALID, "dependsOn.condition 'DONE'"),
        ("depends on needs condition", td(json!([container("init", json!({"essential": false})), app(json!({"dependsOn": [{"containerName": "init"}]}))]), json!({})), CLIENT, "containerName and condition are both required"),
        ("complete needs non-essential", td(json!([container("init", json!({})), app(json!({"dependsOn": [{"containerName": "init", "condition": "COMPLETE"}]}))]), json!({})), CLIENT, "non-essential"),
        ("healthy needs a health check", td(json!([container("db", json!({})), app(json!({"dependsOn": [{"containerName": "db", "condition": "HEALTHY"}]}))]), json!({})), CLIENT, "to define a healthCheck"),
        ("volume name needed", td(json!([app(json!({}))]), json!({"volumes": [{"host": {}}]})), CLIENT, "every volume must have a name"),
        ("volume name rule", td(json!([app(json!({}))]), json!({"volumes": [{"name": "a b"}]})), CLIENT, "volume name 'a b' is invalid"),
        ("volume names unique", td(json!([app(json!({}))]), json!({"volumes": [{"name": "data"}, {"name": "data"}]})), CLIENT, "volume name 'data' is used more than once"),
        ("mount point volume", td(json!([app(json!({"mountPoints": [{"sourceVolume": "data", "containerPath": "/d"}]}))]), json!({})), CLIENT, "sourceVolume 'data' is not a volume declared"),
        ("mount point path", td(json!([app(json!({"mountPoints": [{"sourceVolume": "data"}]}))]), json!({"volumes": [{"name": "data"}]})), CLIENT, "containerPath must be specified"),
        ("volumes from unknown", td(json!([app(json!({"volumesFrom": [{"sourceContainer": "ghost"}]}))]), json!({})), CLIENT, "volumesFrom names container ghost"),
        ("volumes from empty", td(json!([app(json!({"volumesFrom": [{}]}))]), json!({})), CLIENT, "sourceContainer must be specified"),
        ("health command prefix", td(json!([app(json!({"healthCheck": {"command": ["curl", "x"]}}))]), json!({})), CLIENT, "Invalid 'healthCheck' setting for container 'app': command must start with CMD or CMD-SHELL"),
        ("health command alone", td(json!([app(json!({"healthCheck": {"command": ["CMD-SHELL"]}}))]), json!({})), CLIENT, "command must start with CMD"),
        ("health command missing", td(json!([app(json!({"healthCheck": {"interval": 10}}))]), json!({})), CLIENT, "command must start with CMD"),
        ("health interval", td(json!([app(json!({"healthCheck": {"command": ["CMD", "true"], "interval": 4}}))]), json!({})), CLIENT, "interval must be between 5 and 300 seconds; got 4"),
        ("health timeout", td(json!([app(json!({"healthCheck": {"command": ["CMD", "true"], "timeout": 61}}))]), json!({})), CLIENT, "timeout must be between 2 and 60 seconds"),
        ("health retries low", td(json!([app(json!({"healthCheck": {"command": ["CMD", "true"], "retries": 0}}))]), json!({})), CLIENT, "retries must be between 1 and 10"),
        ("health retries high", td(json!([app(json!({"healthCheck": {"command": ["CMD", "true"], "retries": 11}}))]), json!({})), CLIENT, "retries must be between 1 and 10"),
        ("health start period", td(json!([app(json!({"healthCheck": {"command": ["CMD", "true"], "startPeriod": 301}}))]), json!({})), CLIENT, "startPeriod must be between 0 and 300"),
        ("stop timeout", td(json!([app(json!({"stopTimeout": -1}))]), json!({})), CLIENT, "Invalid 'stopTimeout' setting for container 'app'"),
        ("ulimit enum", td(json!([app(json!({"ulimits": [{"name": "files", "softLimit": 1, "hardLimit": 1}]}))]), json!({})), INVALID, "ulimits.name 'files'"),
        ("log driver enum", td(json!([app(json!({"logConfiguration": {"logDriver": "stdout"}}))]), json!({})), INVALID, "logConfiguration.logDriver 'stdout'"),
        ("log driver required", td(json!([app(json!({"logConfiguration": {}}))]), json!({})), INVALID, "logConfiguration.logDriver ''"),
        ("environment file enum", td(json!([app(json!({"environmentFiles": [{"type": "http", "value": "x"}]}))]), json!({})), INVALID, "environmentFiles.type"),
        ("version consistency enum", td(json!([app(json!({"versionConsistency": "sometimes"}))]), json!({})), INVALID, "versionConsistency"),
        ("device permission enum", td(json!([app(json!({"linuxParameters": {"devices": [{"hostPath": "/dev/x", "permissions": ["exec"]}]}}))]), json!({})), INVALID, "permissions 'exec'"),
        ("docker volume scope enum", td(json!([app(json!({}))]), json!({"volumes": [{"name": "v", "dockerVolumeConfiguration": {"scope": "global"}}]})), INVALID, "scope 'global'"),
        ("runtime platform enum", td(json!([app(json!({}))]), json!({"runtimePlatform": {"cpuArchitecture": "MIPS"}})), INVALID, "cpuArchitecture"),
        ("tag prefix", td(json!([app(json!({}))]), json!({"tags": [{"key": "aws:x", "value": "1"}]})), INVALID, "aws:"),
        ("placement type", td(json!([app(json!({}))]), json!({"placementConstraints": [{"type": "distinctInstance"}]})), INVALID, "placementConstraints.type"),
        ("placement expression", td(json!([app(json!({}))]), json!({"placementConstraints": [{"type": "memberOf", "expression": "attribute:x =="}]})), INVALID, "expression 'attribute:x ==' is invalid"),
        ("placement count", td(json!([app(json!({}))]), json!({"placementConstraints": vec![json!({"type": "memberOf", "expression": "attribute:a == b"}); 11]})), INVALID, "at most 10"),
        ("size cap", td(json!([app(json!({"environment": big_env}))]), json!({})), CLIENT, "64 KiB"),
    ];
    for (name, value, code, needle) in cases {
        match run(&value) {
            Ok(_) => panic!("{name}: accepted {value}"),
            Err(error) => {
                assert_eq!(error.code(), code, "{name}: {error}");
                assert!(
                    error.to_string().contains(needle),
                    "{name}: message {error:?} lacks {needle:?}"
                );
            }
        }
    }
}

#[test]
fn valid_definitions_pass() {
    let cases: Vec<(&str, Value)> = vec![
        ("minimal", td(json!([app(json!({}))]), json!({}))),
        (
            "task memory covers containers",
            td(
                json!([app(json!({"memory": null}))]),
                json!({"memory": "512"}),
            ),
        ),
        (
            "reservation only",
            td(
                json!([app(json!({"memory": null, "memoryReservation": 64}))]),
                json!({}),
            ),
        ),
        (
            "memory equal to reservation",
            td(json!([app(json!({"memoryReservation": 128}))]), json!({})),
        ),
        (
            "fargate",
            fargate(
                json!([app(
                    json!({"memory": null, "portMappings": [{"containerPort": 80}]})
                )]),
                json!({}),
            ),
        ),
        (
            "fargate units",
            fargate(
                json!([app(json!({}))]),
                json!({"cpu": "0.25 vCPU", "memory": "0.5 GB"}),
            ),
        ),
        (
            "fargate largest",
            fargate(
                json!([app(json!({}))]),
                json!({"cpu": "16 vCPU", "memory": "120GB"}),
            ),
        ),
        (
            "same port, two protocols",
            td(
                json!([app(
                    json!({"portMappings": [{"containerPort": 53, "hostPort": 53}, {"containerPort": 53, "hostPort": 53, "protocol": "udp"}]})
                )]),
                json!({}),
            ),
        ),
        (
            "dynamic ports repeat",
            td(
                json!([
                    container("a", json!({"portMappings": [{"containerPort": 80}]})),
                    container(
                        "b",
                        json!({"portMappings": [{"containerPort": 80, "hostPort": 0}]})
                    )
                ]),
                json!({}),
            ),
        ),
        (
            "awsvpc host port equal",
            td(
                json!([app(
                    json!({"portMappings": [{"containerPort": 80, "hostPort": 80}]})
                )]),
                json!({"networkMode": "awsvpc"}),
            ),
        ),
        (
            "bridge port range",
            td(
                json!([app(
                    json!({"portMappings": [{"containerPortRange": "8000-8010"}]})
                )]),
                json!({}),
            ),
        ),
        (
            "links in bridge",
            td(
                json!([
                    container("db", json!({})),
                    app(json!({"links": ["db:database"]}))
                ]),
                json!({"networkMode": "bridge"}),
            ),
        ),
        (
            "ordered start",
            td(
                json!([
                    container("init", json!({"essential": false})),
                    container(
                        "db",
                        json!({"healthCheck": {"command": ["CMD-SHELL", "true"]}})
                    ),
                    app(
                        json!({"dependsOn": [{"containerName": "init", "condition": "SUCCESS"}, {"containerName": "db", "condition": "HEALTHY"}], "volumesFrom": [{"sourceContainer": "db"}]})
                    )
                ]),
                json!({}),
            ),
        ),
        (
            "volumes",
            td(
                json!([app(
                    json!({"mountPoints": [{"sourceVolume": "data", "containerPath": "/d"}]})
                )]),
                json!({"volumes": [{"name": "data", "host": {"sourcePath": "/srv"}}]}),
            ),
        ),
        (
            "placement",
            td(
                json!([app(json!({}))]),
                json!({"placementConstraints": [{"type": "memberOf", "expression": "attribute:ecs.os-type == linux"}]}),
            ),
        ),
        (
            "external",
            td(
                json!([app(json!({}))]),
                json!({"requiresCompatibilities": ["EXTERNAL", "EC2"]}),
            ),
        ),
        (
            "ten containers",
            td(
                json!((0..10)
                    .map(|i| container(&format!("c{i}"), json!({})))
                    .collect::<Vec<_>>()),
                json!({}),
            ),
        ),
    ];
    for (name, value) in cases {
        if let Err(error) = run(&value) {
            panic!("{name}: rejected with {error:?}");
        }
    }
}

#[test]
fn checked_values_are_parsed() {
    let checked = run(&td(
        json!([app(json!({}))]),
        json!({"cpu": "1 vcpu", "memory": "2 GB", "tags": [{"key": "team", "value": "a"}]}),
    ))
    .expect("valid");
    assert_eq!(checked.family, "web");
    assert_eq!(checked.task_cpu, Some(1024));
    assert_eq!(checked.task_memory, Some(2048));
    assert_eq!(checked.tags.get("team").map(String::as_str), Some("a"));
}

#[test]
fn container_specs_carry_the_dependency_edges() {
    let request: wire::RegisterTaskDefinitionRequest = serde_json::from_value(td(
        json!([
            container("init", json!({"essential": false, "stopTimeout": 5})),
            app(
                json!({"dependsOn": [{"containerName": "init", "condition": "SUCCESS"}],
                       "links": ["init"], "volumesFrom": [{"sourceContainer": "init"}],
                       "healthCheck": {"command": ["CMD", "true"]}, "startTimeout": 9})
            )
        ]),
        json!({}),
    ))
    .expect("shape");
    let specs = container_specs(request.container_definitions.as_deref().unwrap_or_default());
    assert!(!specs[0].essential);
    assert_eq!(specs[0].stop_timeout_secs, Some(5));
    assert_eq!(
        specs[1].depends_on,
        vec![("init".to_string(), Condition::Success)]
    );
    assert_eq!(specs[1].links, vec!["init".to_string()]);
    assert_eq!(specs[1].volumes_from, vec!["init".to_string()]);
    assert!(specs[1].has_health_check);
    assert_eq!(specs[1].start_timeout_secs, Some(9));
}

#[test]
fn port_ranges() {
    assert_eq!(parse_port_range("8000-8010"), Some((8000, 8010)));
    assert_eq!(parse_port_range("1-65535"), Some((1, 65535)));
    for bad in ["", "80", "80-80", "90-80", "0-10", "1-65536", "a-b", "-5"] {
        assert_eq!(parse_port_range(bad), None, "{bad}");
    }
}
