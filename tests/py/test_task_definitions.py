"""Task definitions: RegisterTaskDefinition (revisions, full echo, validation, unit
normalisation), DescribeTaskDefinition, ListTaskDefinitions, ListTaskDefinitionFamilies,
DeregisterTaskDefinition, DeleteTaskDefinitions."""

from __future__ import annotations

import pytest

from berth_harness import (
    ACCOUNT,
    assert_subset,
    container_def,
    expect_error,
    register_task_definition,
)

# ECS reports task definition validation failures as ClientException (a few as
# InvalidParameterException); either is a client error that names the problem.
INVALID = ("ClientException", "InvalidParameterException")


def td_arn(family: str, revision: int) -> str:
    return f"arn:aws:ecs:us-east-1:{ACCOUNT}:task-definition/{family}:{revision}"


@pytest.fixture(scope="module")
def raw_ecs(server):
    """A client without botocore's client-side validation, to reach the server's own."""
    return server.client(validate=False)


FULL_CONTAINER = {
    "name": "web",
    "image": "berth-test:v1",
    "cpu": 128,
    "memory": 256,
    "memoryReservation": 128,
    "portMappings": [{"containerPort": 80, "hostPort": 8080, "protocol": "tcp", "name": "http"}],
    "essential": True,
    "entryPoint": ["/bin/sh", "-c"],
    "command": ["echo hello && sleep 1"],
    "environment": [{"name": "GREETING", "value": "hello"}, {"name": "EMPTY", "value": ""}],
    "mountPoints": [{"sourceVolume": "data", "containerPath": "/data", "readOnly": False}],
    "volumesFrom": [{"sourceContainer": "sidecar", "readOnly": True}],
    "linuxParameters": {
        "initProcessEnabled": True,
        "capabilities": {"add": ["NET_ADMIN"], "drop": ["MKNOD"]},
    },
    "dependsOn": [{"containerName": "sidecar", "condition": "START"}],
    "startTimeout": 30,
    "stopTimeout": 20,
    "hostname": "web",
    "user": "1000:1000",
    "workingDirectory": "/app",
    "disableNetworking": False,
    "privileged": False,
    "readonlyRootFilesystem": True,
    "dnsServers": ["10.0.0.2"],
    "dnsSearchDomains": ["example.internal"],
    "extraHosts": [{"hostname": "db.local", "ipAddress": "10.0.0.3"}],
    "dockerSecurityOptions": ["no-new-privileges"],
    "interactive": False,
    "pseudoTerminal": False,
    "dockerLabels": {"com.example.team": "platform"},
    "ulimits": [{"name": "nofile", "softLimit": 1024, "hardLimit": 4096}],
    "logConfiguration": {"logDriver": "json-file", "options": {"max-size": "10m"}},
    "healthCheck": {
        "command": ["CMD-SHELL", "true"],
        "interval": 10,
        "timeout": 5,
        "retries": 3,
        "startPeriod": 2,
    },
    "systemControls": [{"namespace": "net.core.somaxconn", "value": "1024"}],
}
SIDECAR = {"name": "sidecar", "image": "berth-test:latest", "memory": 64, "essential": False}


def test_revisions_count_up_per_family(ecs, unique):
    family, other = unique("f"), unique("g")
    revisions = [register_task_definition(ecs, family)["revision"] for _ in range(3)]
    assert revisions == [1, 2, 3]
    assert register_task_definition(ecs, other)["revision"] == 1
    latest = ecs.describe_task_definition(taskDefinition=family)["taskDefinition"]
    assert latest["revision"] == 3
    assert latest["taskDefinitionArn"] == td_arn(family, 3)


def test_register_echoes_every_container_and_task_field(ecs, unique):
    family = unique("full")
    request = dict(
        family=family,
        taskRoleArn=f"arn:aws:iam::{ACCOUNT}:role/task",
        executionRoleArn=f"arn:aws:iam::{ACCOUNT}:role/exec",
        networkMode="bridge",
        containerDefinitions=[FULL_CONTAINER, SIDECAR],
        volumes=[{"name": "data", "host": {"sourcePath": "/tmp/berth-data"}}],
        placementConstraints=[{"type": "memberOf", "expression": "attribute:ecs.instance-type =~ t2.*"}],
        requiresCompatibilities=["EC2"],
        cpu="512",
        memory="1024",
        pidMode="task",
        ipcMode="task",
    )
    td = ecs.register_task_definition(**request)["taskDefinition"]
    assert td["family"] == family
    assert td["revision"] == 1
    assert td["status"] == "ACTIVE"
    assert td["taskDefinitionArn"] == td_arn(family, 1)
    assert "EC2" in td["compatibilities"]
    assert td["registeredAt"] is not None
    for field in ("taskRoleArn", "executionRoleArn", "networkMode", "volumes",
                  "placementConstraints", "requiresCompatibilities", "cpu", "memory",
                  "pidMode", "ipcMode"):
        assert_subset(request[field], td[field], f"$.{field}")
    by_name = {c["name"]: c for c in td["containerDefinitions"]}
    assert_subset(FULL_CONTAINER, by_name["web"], "$.web")
    assert_subset(SIDECAR, by_name["sidecar"], "$.sidecar")

    # DescribeTaskDefinition returns the same document.
    described = ecs.describe_task_definition(taskDefinition=td_arn(family, 1))["taskDefinition"]
    assert described["containerDefinitions"] == td["containerDefinitions"]
    assert described["volumes"] == td["volumes"]


def test_describe_by_family_revision_and_arn_and_tags(ecs, unique):
    family = unique("f")
    register_task_definition(ecs, family, tags=[{"key": "owner", "value": "me"}])
    register_task_definition(ecs, family, [container_def(image="berth-test:v2")])
    by_family = ecs.describe_task_definition(taskDefinition=family)["taskDefinition"]
    by_rev = ecs.describe_task_definition(taskDefinition=f"{family}:1")["taskDefinition"]
    by_arn = ecs.describe_task_definition(taskDefinition=td_arn(family, 2))["taskDefinition"]
    assert by_family["revision"] == 2
    assert by_rev["revision"] == 1
    assert by_arn["revision"] == 2
    assert by_arn["containerDefinitions"][0]["image"] == "berth-test:v2"

    with_tags = ecs.describe_task_definition(taskDefinition=f"{family}:1", include=["TAGS"])
    assert with_tags["tags"] == [{"key": "owner", "value": "me"}]
    without = ecs.describe_task_definition(taskDefinition=f"{family}:1")
    assert not without.get("tags")


def test_describe_unknown_task_definition(ecs, unique):
    family = unique("nope")
    expect_error(INVALID, ecs.describe_task_definition, taskDefinition=family)
    register_task_definition(ecs, family)
    expect_error(INVALID, ecs.describe_task_definition, taskDefinition=f"{family}:7")


def test_cpu_and_memory_units_are_normalised(ecs, unique):
    family = unique("units")
    td = register_task_definition(ecs, family, cpu="1 vCPU", memory="2GB")
    assert (td["cpu"], td["memory"]) == ("1024", "2048")
    td = register_task_definition(ecs, family, cpu="0.5 vcpu", memory="1 GB")
    assert (td["cpu"], td["memory"]) == ("512", "1024")


def test_fargate_task_definition_with_a_valid_pair(ecs, unique):
    td = register_task_definition(
        ecs,
        unique("fg"),
        [{"name": "app", "image": "berth-test:latest"}],
        requiresCompatibilities=["FARGATE"],
        networkMode="awsvpc",
        cpu="256",
        memory="512",
    )
    assert "FARGATE" in td["compatibilities"]
    assert (td["cpu"], td["memory"]) == ("256", "512")


def test_awsvpc_host_port_defaults_to_the_container_port(ecs, unique):
    td = register_task_definition(
        ecs,
        unique("vpc"),
        [container_def(portMappings=[{"containerPort": 8080}])],
        networkMode="awsvpc",
    )
    mapping = td["containerDefinitions"][0]["portMappings"][0]
    assert mapping["containerPort"] == 8080
    assert mapping["hostPort"] == 8080
    assert mapping["protocol"] == "tcp"


def _invalid(raw_ecs, unique, containers, *words, **kwargs):
    """Registers something invalid; asserts a client error whose message names every word."""
    error = expect_error(
        INVALID,
        raw_ecs.register_task_definition,
        family=unique("bad"),
        containerDefinitions=containers,
        **kwargs,
    )
    message = error.response["Error"]["Message"]
    for word in words:
        assert word.lower() in message.lower(), f"{word!r} not in {message!r}"
    return message


def test_validation_missing_image(raw_ecs, unique):
    _invalid(raw_ecs, unique, [{"name": "app", "memory": 128}], "image")


def test_validation_missing_name(raw_ecs, unique):
    _invalid(raw_ecs, unique, [{"image": "berth-test:latest", "memory": 128}], "name")


def test_validation_duplicate_container_names(raw_ecs, unique):
    _invalid(raw_ecs, unique, [container_def("a"), container_def("a")], "a")


def test_validation_more_than_ten_containers(raw_ecs, unique):
    containers = [container_def(f"c{i}") for i in range(11)]
    _invalid(raw_ecs, unique, containers, "container")
    # Ten is fine.
    td = raw_ecs.register_task_definition(
        family=unique("ten"), containerDefinitions=containers[:10]
    )["taskDefinition"]
    assert len(td["containerDefinitions"]) == 10


def test_validation_no_memory_anywhere_on_ec2(raw_ecs, unique):
    _invalid(raw_ecs, unique, [{"name": "app", "image": "berth-test:latest"}], "memory")


def test_validation_memory_reservation_above_memory(raw_ecs, unique):
    _invalid(
        raw_ecs, unique, [container_def(memory=128, memoryReservation=256)], "memoryReservation"
    )


def test_validation_memory_too_low(raw_ecs, unique):
    _invalid(raw_ecs, unique, [container_def(memory=4)], "memory")


def test_validation_container_memory_above_task_memory(raw_ecs, unique):
    _invalid(raw_ecs, unique, [container_def(memory=1024)], "memory", memory="512")


def test_validation_fargate_cpu_memory_pair(raw_ecs, unique):
    _invalid(
        raw_ecs,
        unique,
        [{"name": "app", "image": "berth-test:latest"}],
        requiresCompatibilities=["FARGATE"],
        networkMode="awsvpc",
        cpu="256",
        memory="4096",
    )


def test_validation_fargate_requires_awsvpc(raw_ecs, unique):
    _invalid(
        raw_ecs,
        unique,
        [{"name": "app", "image": "berth-test:latest"}],
        "awsvpc",
        requiresCompatibilities=["FARGATE"],
        networkMode="bridge",
        cpu="256",
        memory="512",
    )


def test_validation_awsvpc_host_port_must_match(raw_ecs, unique):
    _invalid(
        raw_ecs,
        unique,
        [container_def(portMappings=[{"containerPort": 80, "hostPort": 8080}])],
        "port",
        networkMode="awsvpc",
    )


def test_validation_depends_on_unknown_container(raw_ecs, unique):
    _invalid(
        raw_ecs,
        unique,
        [container_def("app", dependsOn=[{"containerName": "ghost", "condition": "START"}])],
        "ghost",
    )


def test_validation_depends_on_cycle(raw_ecs, unique):
    _invalid(
        raw_ecs,
        unique,
        [
            container_def("a", dependsOn=[{"containerName": "b", "condition": "START"}]),
            container_def("b", dependsOn=[{"containerName": "a", "condition": "START"}]),
        ],
        "depend",
    )


def test_validation_no_essential_container(raw_ecs, unique):
    _invalid(
        raw_ecs,
        unique,
        [container_def("a", essential=False), container_def("b", essential=False)],
        "essential",
    )


def test_validation_bad_family_name(raw_ecs):
    error = expect_error(
        INVALID,
        raw_ecs.register_task_definition,
        family="bad family!",
        containerDefinitions=[container_def()],
    )
    assert "family" in error.response["Error"]["Message"]


def test_validation_invalid_network_mode_names_the_field(raw_ecs, unique):
    error = expect_error(
        INVALID,
        raw_ecs.register_task_definition,
        family=unique("f"),
        networkMode="carrier-pigeon",
        containerDefinitions=[container_def()],
    )
    assert "networkMode" in error.response["Error"]["Message"]


def test_list_task_definitions_filters_sorts_and_pages(ecs, unique):
    family = unique("list")
    near = family + "x"  # shares the prefix but is another family
    for _ in range(3):
        register_task_definition(ecs, family)
    register_task_definition(ecs, near)

    # familyPrefix is the full family name for ListTaskDefinitions.
    asc = ecs.list_task_definitions(familyPrefix=family)["taskDefinitionArns"]
    assert asc == [td_arn(family, r) for r in (1, 2, 3)]
    desc = ecs.list_task_definitions(familyPrefix=family, sort="DESC")["taskDefinitionArns"]
    assert desc == [td_arn(family, r) for r in (3, 2, 1)]

    pages = []
    token = None
    for _ in range(10):
        kwargs = {"familyPrefix": family, "maxResults": 1}
        if token:
            kwargs["nextToken"] = token
        page = ecs.list_task_definitions(**kwargs)
        pages.append(page["taskDefinitionArns"])
        token = page.get("nextToken")
        if not token:
            break
    assert [a for p in pages for a in p] == asc
    assert all(len(p) <= 1 for p in pages)

    paginated = [
        arn
        for page in ecs.get_paginator("list_task_definitions").paginate(
            familyPrefix=family, sort="DESC", PaginationConfig={"PageSize": 2}
        )
        for arn in page["taskDefinitionArns"]
    ]
    assert paginated == desc


def test_list_task_definitions_by_status(ecs, unique):
    family = unique("st")
    register_task_definition(ecs, family)
    register_task_definition(ecs, family)
    ecs.deregister_task_definition(taskDefinition=f"{family}:1")
    active = ecs.list_task_definitions(familyPrefix=family)["taskDefinitionArns"]
    inactive = ecs.list_task_definitions(familyPrefix=family, status="INACTIVE")[
        "taskDefinitionArns"
    ]
    assert active == [td_arn(family, 2)]
    assert inactive == [td_arn(family, 1)]


def test_list_task_definition_families(ecs, unique):
    prefix = unique("fam")
    live, dead = prefix + "-live", prefix + "-dead"
    register_task_definition(ecs, live)
    register_task_definition(ecs, dead)
    ecs.deregister_task_definition(taskDefinition=f"{dead}:1")

    def families(**kwargs):
        out = []
        for page in ecs.get_paginator("list_task_definition_families").paginate(
            familyPrefix=prefix, PaginationConfig={"PageSize": 1}, **kwargs
        ):
            out.extend(page["families"])
        return out

    assert sorted(families()) == sorted([live, dead])  # default: ACTIVE and INACTIVE
    assert sorted(families(status="ALL")) == sorted([live, dead])
    assert families(status="ACTIVE") == [live]
    assert families(status="INACTIVE") == [dead]


def test_deregister_keeps_it_describable_and_revisions_continue(ecs, unique):
    family = unique("dereg")
    register_task_definition(ecs, family)
    register_task_definition(ecs, family)
    td = ecs.deregister_task_definition(taskDefinition=f"{family}:2")["taskDefinition"]
    assert td["status"] == "INACTIVE"
    assert td["revision"] == 2
    assert td.get("deregisteredAt") is not None

    described = ecs.describe_task_definition(taskDefinition=f"{family}:2")["taskDefinition"]
    assert described["status"] == "INACTIVE"
    # The family alone now means the latest ACTIVE revision.
    assert ecs.describe_task_definition(taskDefinition=family)["taskDefinition"]["revision"] == 1
    # Revision numbers are never reused.
    assert register_task_definition(ecs, family)["revision"] == 3


def test_deregister_needs_a_revision_and_a_known_task_definition(ecs, unique):
    family = unique("dr")
    register_task_definition(ecs, family)
    expect_error(INVALID, ecs.deregister_task_definition, taskDefinition=family)
    expect_error(INVALID, ecs.deregister_task_definition, taskDefinition=f"{family}:9")
    expect_error(INVALID, ecs.deregister_task_definition, taskDefinition=f"{unique('x')}:1")


def test_delete_task_definitions(ecs, unique):
    family = unique("del")
    register_task_definition(ecs, family)
    register_task_definition(ecs, family)
    ecs.deregister_task_definition(taskDefinition=f"{family}:1")

    response = ecs.delete_task_definitions(
        taskDefinitions=[f"{family}:1", td_arn(family, 2)]
    )
    deleted = response["taskDefinitions"]
    assert [(d["taskDefinitionArn"], d["status"]) for d in deleted] == [
        (td_arn(family, 1), "DELETE_IN_PROGRESS")
    ]
    # Revision 2 is still ACTIVE: it must be deregistered first.
    assert [f["arn"] for f in response["failures"]] == [td_arn(family, 2)]
    assert response["failures"][0].get("reason")

    inactive = ecs.list_task_definitions(familyPrefix=family, status="INACTIVE")
    assert inactive["taskDefinitionArns"] == []
    # Revision numbers are not reused after a delete either.
    assert register_task_definition(ecs, family)["revision"] == 3


def test_delete_task_definitions_limits(raw_ecs, unique):
    expect_error(INVALID, raw_ecs.delete_task_definitions, taskDefinitions=[])
    many = [f"{unique('f')}:1" for _ in range(11)]
    expect_error(INVALID, raw_ecs.delete_task_definitions, taskDefinitions=many)


def test_requires_attributes_follow_the_features_used(ecs, unique):
    td = register_task_definition(
        ecs,
        unique("req"),
        [
            container_def(
                "app",
                healthCheck={"command": ["CMD-SHELL", "true"]},
                logConfiguration={"logDriver": "json-file"},
                dependsOn=[{"containerName": "side", "condition": "START"}],
            ),
            container_def("side", essential=False),
        ],
    )
    required = {a["name"] for a in td.get("requiresAttributes", [])}
    assert "ecs.capability.container-health-check" in required
    assert "com.amazonaws.ecs.capability.logging-driver.json-file" in required
    assert "ecs.capability.container-ordering" in required

    plain = register_task_definition(ecs, unique("plain"))
    plain_required = {a["name"] for a in plain.get("requiresAttributes", [])}
    assert "ecs.capability.container-health-check" not in plain_required
