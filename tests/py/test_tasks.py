"""Tasks on API-registered (agent-less) instances: RunTask placement and reservations,
StartTask, StopTask, DescribeTasks, ListTasks, and the tasks_stopped waiter."""

from __future__ import annotations

import collections
import uuid

import pytest

from berth_harness import (
    ACCOUNT,
    container_def,
    describe_cluster,
    describe_instance,
    describe_task,
    expect_error,
    register_instance,
    register_task_definition,
    resource,
    wait_until,
)

INVALID = ("ClientException", "InvalidParameterException")


@pytest.fixture(scope="module")
def raw_ecs(server):
    return server.client(validate=False)


@pytest.fixture
def family(ecs, unique) -> str:
    """A task definition needing 256 CPU units and 512 MiB."""
    name = unique("f")
    register_task_definition(ecs, name, [container_def("app", cpu=256, memory=512)])
    return name


def list_all_tasks(ecs, cluster: str, **kwargs) -> list[str]:
    arns = []
    for page in ecs.get_paginator("list_tasks").paginate(
        cluster=cluster, PaginationConfig={"PageSize": 2}, **kwargs
    ):
        arns.extend(page["taskArns"])
    return arns


def wait_stopped(ecs, cluster: str, arn: str) -> dict:
    return wait_until(
        lambda: (t := describe_task(ecs, cluster, arn))["lastStatus"] == "STOPPED" and t,
        timeout=10,
        message=f"task {arn} to reach STOPPED",
    )


# --------------------------------------------------------------------------------------------
# RunTask


def test_run_task_returns_a_pending_task_on_an_instance(ecs, cluster, family):
    instance = register_instance(ecs, cluster)
    response = ecs.run_task(cluster=cluster, taskDefinition=family, startedBy="me", group="g1")
    assert response["failures"] == []
    [task] = response["tasks"]
    prefix = f"arn:aws:ecs:us-east-1:{ACCOUNT}:task/{cluster}/"
    assert task["taskArn"].startswith(prefix)
    assert task["clusterArn"] == f"arn:aws:ecs:us-east-1:{ACCOUNT}:cluster/{cluster}"
    assert task["taskDefinitionArn"].endswith(f":task-definition/{family}:1")
    assert task["containerInstanceArn"] == instance["containerInstanceArn"]
    assert task["lastStatus"] == "PENDING"
    assert task["desiredStatus"] == "RUNNING"
    assert task["launchType"] == "EC2"
    assert task["startedBy"] == "me"
    assert task["group"] == "g1"
    assert task.get("createdAt") is not None
    [container] = task["containers"]
    assert container["name"] == "app"
    assert container["lastStatus"] == "PENDING"
    assert container["taskArn"] == task["taskArn"]


def test_run_task_default_group_is_the_family(ecs, cluster, family):
    register_instance(ecs, cluster)
    task = ecs.run_task(cluster=cluster, taskDefinition=family)["tasks"][0]
    assert task["group"] == f"family:{family}"


def test_run_task_count_one_to_ten(raw_ecs, cluster, unique):
    register_instance(raw_ecs, cluster, cpu=10240, memory=10240)
    small = unique("small")
    register_task_definition(raw_ecs, small, [container_def(memory=16)])
    tasks = raw_ecs.run_task(cluster=cluster, taskDefinition=small, count=10)["tasks"]
    assert len(tasks) == 10
    assert len({t["taskArn"] for t in tasks}) == 10
    for bad in (0, 11):
        error = expect_error(
            "InvalidParameterException", raw_ecs.run_task, cluster=cluster, taskDefinition=small, count=bad
        )
        assert "count" in error.response["Error"]["Message"]


def test_run_task_reserves_resources(ecs, cluster, unique):
    arn = register_instance(ecs, cluster, cpu=1024, memory=2048)["containerInstanceArn"]
    name = unique("f")
    register_task_definition(
        ecs, name, [container_def(cpu=256, memory=512, portMappings=[{"containerPort": 80, "hostPort": 9000}])]
    )
    ecs.run_task(cluster=cluster, taskDefinition=name)
    instance = describe_instance(ecs, cluster, arn)
    remaining = instance["remainingResources"]
    assert resource(remaining, "CPU") == 768
    assert resource(remaining, "MEMORY") == 1536
    assert "9000" in resource(remaining, "PORTS")
    assert instance["pendingTasksCount"] == 1


def test_task_level_cpu_and_memory_are_what_is_reserved(ecs, cluster, unique):
    arn = register_instance(ecs, cluster, cpu=2048, memory=4096)["containerInstanceArn"]
    name = unique("f")
    register_task_definition(ecs, name, [container_def(memory=128)], cpu="512", memory="1GB")
    task = ecs.run_task(cluster=cluster, taskDefinition=name)["tasks"][0]
    assert (task["cpu"], task["memory"]) == ("512", "1024")
    remaining = describe_instance(ecs, cluster, arn)["remainingResources"]
    assert resource(remaining, "CPU") == 1536
    assert resource(remaining, "MEMORY") == 3072


def test_run_task_memory_does_not_fit(ecs, cluster, unique):
    arn = register_instance(ecs, cluster, cpu=2048, memory=1024)["containerInstanceArn"]
    name = unique("big")
    register_task_definition(ecs, name, [container_def(memory=2048)])
    response = ecs.run_task(cluster=cluster, taskDefinition=name)
    assert response["tasks"] == []
    assert response["failures"] == [{"arn": arn, "reason": "RESOURCE:MEMORY"}]


def test_run_task_cpu_does_not_fit(ecs, cluster, unique):
    arn = register_instance(ecs, cluster, cpu=512, memory=4096)["containerInstanceArn"]
    name = unique("cpu")
    register_task_definition(ecs, name, [container_def(cpu=1024, memory=128)])
    response = ecs.run_task(cluster=cluster, taskDefinition=name)
    assert response["tasks"] == []
    assert response["failures"] == [{"arn": arn, "reason": "RESOURCE:CPU"}]


def test_run_task_host_port_conflicts(ecs, cluster, unique):
    arn = register_instance(ecs, cluster, ports=[22])["containerInstanceArn"]
    web = unique("web")
    register_task_definition(
        ecs, web, [container_def(memory=64, portMappings=[{"containerPort": 80, "hostPort": 8080}])]
    )
    response = ecs.run_task(cluster=cluster, taskDefinition=web, count=2)
    assert len(response["tasks"]) == 1
    assert {"arn": arn, "reason": "RESOURCE:PORTS"} in response["failures"]
    # The instance's own reserved ports are not available either.
    ssh = unique("ssh")
    register_task_definition(
        ecs, ssh, [container_def(memory=64, portMappings=[{"containerPort": 22, "hostPort": 22}])]
    )
    response = ecs.run_task(cluster=cluster, taskDefinition=ssh)
    assert response["tasks"] == []
    assert response["failures"] == [{"arn": arn, "reason": "RESOURCE:PORTS"}]


def test_run_task_on_an_empty_cluster(ecs, cluster, family):
    error = expect_error(
        "InvalidParameterException", ecs.run_task, cluster=cluster, taskDefinition=family
    )
    assert error.response["Error"]["Message"] == "No Container Instances were found in your cluster."


def test_run_task_unknown_cluster_and_task_definition(ecs, cluster, family, unique):
    register_instance(ecs, cluster)
    expect_error("ClusterNotFoundException", ecs.run_task, cluster=unique("nope"), taskDefinition=family)
    expect_error(INVALID, ecs.run_task, cluster=cluster, taskDefinition=unique("nope"))
    expect_error(INVALID, ecs.run_task, cluster=cluster, taskDefinition=f"{family}:99")


def test_run_task_refuses_an_inactive_revision(ecs, cluster, family):
    register_instance(ecs, cluster)
    ecs.deregister_task_definition(taskDefinition=f"{family}:1")
    expect_error(INVALID, ecs.run_task, cluster=cluster, taskDefinition=f"{family}:1")


def test_member_of_constraint(ecs, cluster, family):
    register_instance(ecs, cluster, az="us-east-1a")
    b = register_instance(ecs, cluster, az="us-east-1b")["containerInstanceArn"]
    tasks = ecs.run_task(
        cluster=cluster,
        taskDefinition=family,
        count=3,
        placementConstraints=[
            {"type": "memberOf", "expression": "attribute:ecs.availability-zone == us-east-1b"}
        ],
    )["tasks"]
    assert [t["containerInstanceArn"] for t in tasks] == [b, b, b]

    nowhere = ecs.run_task(
        cluster=cluster,
        taskDefinition=family,
        placementConstraints=[
            {"type": "memberOf", "expression": "attribute:ecs.availability-zone == eu-west-1a"}
        ],
    )
    assert nowhere["tasks"] == []
    assert nowhere["failures"]


def test_member_of_with_a_bad_expression(ecs, cluster, family):
    register_instance(ecs, cluster)
    expect_error(
        "InvalidParameterException",
        ecs.run_task,
        cluster=cluster,
        taskDefinition=family,
        placementConstraints=[{"type": "memberOf", "expression": "attribute:x =="}],
    )


def test_spread_by_instance_id(ecs, cluster, family):
    a = register_instance(ecs, cluster)["containerInstanceArn"]
    b = register_instance(ecs, cluster)["containerInstanceArn"]
    tasks = ecs.run_task(
        cluster=cluster,
        taskDefinition=family,
        count=4,
        placementStrategy=[{"type": "spread", "field": "instanceId"}],
    )["tasks"]
    assert collections.Counter(t["containerInstanceArn"] for t in tasks) == {a: 2, b: 2}


def test_spread_by_availability_zone(ecs, cluster, family):
    a1 = register_instance(ecs, cluster, az="us-east-1a")["containerInstanceArn"]
    a2 = register_instance(ecs, cluster, az="us-east-1a")["containerInstanceArn"]
    b = register_instance(ecs, cluster, az="us-east-1b")["containerInstanceArn"]
    tasks = ecs.run_task(
        cluster=cluster,
        taskDefinition=family,
        count=4,
        placementStrategy=[{"type": "spread", "field": "attribute:ecs.availability-zone"}],
    )["tasks"]
    placed = collections.Counter(t["containerInstanceArn"] for t in tasks)
    assert placed[b] == 2
    assert placed[a1] + placed[a2] == 2


def test_binpack_on_memory(ecs, cluster, family):
    roomy = register_instance(ecs, cluster, memory=8192)["containerInstanceArn"]
    tight = register_instance(ecs, cluster, memory=2048)["containerInstanceArn"]
    tasks = ecs.run_task(
        cluster=cluster,
        taskDefinition=family,
        count=4,
        placementStrategy=[{"type": "binpack", "field": "memory"}],
    )["tasks"]
    # 4 x 512 MiB fill the tight instance exactly; binpack uses it before the roomy one.
    assert [t["containerInstanceArn"] for t in tasks] == [tight] * 4
    more = ecs.run_task(
        cluster=cluster,
        taskDefinition=family,
        placementStrategy=[{"type": "binpack", "field": "memory"}],
    )["tasks"]
    assert [t["containerInstanceArn"] for t in more] == [roomy]


def test_distinct_instance(ecs, cluster, family):
    register_instance(ecs, cluster)
    register_instance(ecs, cluster)
    response = ecs.run_task(
        cluster=cluster,
        taskDefinition=family,
        count=3,
        placementConstraints=[{"type": "distinctInstance"}],
    )
    placed = [t["containerInstanceArn"] for t in response["tasks"]]
    assert len(placed) == 2
    assert len(set(placed)) == 2
    assert response["failures"], "the third task cannot be placed"


def test_client_token_makes_run_task_idempotent(ecs, cluster, family):
    register_instance(ecs, cluster)
    token = uuid.uuid4().hex
    first = ecs.run_task(cluster=cluster, taskDefinition=family, count=2, clientToken=token)
    second = ecs.run_task(cluster=cluster, taskDefinition=family, count=2, clientToken=token)
    assert sorted(t["taskArn"] for t in first["tasks"]) == sorted(t["taskArn"] for t in second["tasks"])
    assert len(list_all_tasks(ecs, cluster)) == 2
    third = ecs.run_task(cluster=cluster, taskDefinition=family, clientToken=uuid.uuid4().hex)
    assert third["tasks"][0]["taskArn"] not in {t["taskArn"] for t in first["tasks"]}


def test_overrides_are_echoed(ecs, cluster, family):
    register_instance(ecs, cluster)
    overrides = {
        "containerOverrides": [
            {"name": "app", "command": ["echo", "hi"], "environment": [{"name": "X", "value": "1"}]}
        ]
    }
    task = ecs.run_task(cluster=cluster, taskDefinition=family, overrides=overrides)["tasks"][0]
    assert task["overrides"]["containerOverrides"][0]["command"] == ["echo", "hi"]
    described = describe_task(ecs, cluster, task["taskArn"])
    assert described["overrides"]["containerOverrides"][0]["environment"] == [{"name": "X", "value": "1"}]


# --------------------------------------------------------------------------------------------
# StartTask


def test_start_task_on_chosen_instances(ecs, cluster, family):
    register_instance(ecs, cluster)
    b = register_instance(ecs, cluster)["containerInstanceArn"]
    response = ecs.start_task(
        cluster=cluster, taskDefinition=family, containerInstances=[b], startedBy="starter"
    )
    [task] = response["tasks"]
    assert task["containerInstanceArn"] == b
    assert task["startedBy"] == "starter"
    assert task["lastStatus"] == "PENDING"


def test_start_task_that_does_not_fit(ecs, cluster, unique):
    b = register_instance(ecs, cluster, memory=256)["containerInstanceArn"]
    name = unique("big")
    register_task_definition(ecs, name, [container_def(memory=512)])
    response = ecs.start_task(cluster=cluster, taskDefinition=name, containerInstances=[b])
    assert response["tasks"] == []
    assert response["failures"] == [{"arn": b, "reason": "RESOURCE:MEMORY"}]


def test_start_task_on_an_unknown_instance(ecs, cluster, family):
    register_instance(ecs, cluster)
    response_or_error = None
    try:
        response_or_error = ecs.start_task(
            cluster=cluster,
            taskDefinition=family,
            containerInstances=["ffffffffffffffffffffffffffffffff"],
        )
    except ecs.exceptions.InvalidParameterException:
        return
    assert response_or_error["tasks"] == []
    assert [f["reason"] for f in response_or_error["failures"]] == ["MISSING"]


# --------------------------------------------------------------------------------------------
# StopTask


def test_stop_task_reaches_stopped_and_releases_resources(ecs, cluster, family):
    arn = register_instance(ecs, cluster, cpu=1024, memory=2048)["containerInstanceArn"]
    task = ecs.run_task(cluster=cluster, taskDefinition=family)["tasks"][0]
    stopped = ecs.stop_task(cluster=cluster, task=task["taskArn"], reason="no longer needed")["task"]
    assert stopped["desiredStatus"] == "STOPPED"
    assert stopped["stoppedReason"] == "no longer needed"

    final = wait_stopped(ecs, cluster, task["taskArn"])
    assert final["stopCode"] == "UserInitiated"
    assert final.get("stoppedAt") is not None
    assert all(c["lastStatus"] == "STOPPED" for c in final["containers"])
    instance = describe_instance(ecs, cluster, arn)
    assert resource(instance["remainingResources"], "CPU") == 1024
    assert resource(instance["remainingResources"], "MEMORY") == 2048
    assert instance["pendingTasksCount"] == 0 and instance["runningTasksCount"] == 0
    # Stopping again is harmless.
    again = ecs.stop_task(cluster=cluster, task=task["taskArn"])["task"]
    assert again["lastStatus"] == "STOPPED"
    instance = describe_instance(ecs, cluster, arn)
    assert resource(instance["remainingResources"], "MEMORY") == 2048


def test_stop_task_by_short_id(ecs, cluster, family):
    register_instance(ecs, cluster)
    task = ecs.run_task(cluster=cluster, taskDefinition=family)["tasks"][0]
    short = task["taskArn"].rsplit("/", 1)[1]
    assert ecs.stop_task(cluster=cluster, task=short)["task"]["taskArn"] == task["taskArn"]


def test_stop_unknown_task(ecs, cluster):
    expect_error(
        "InvalidParameterException", ecs.stop_task, cluster=cluster, task=uuid.uuid4().hex
    )


def test_tasks_stopped_waiter(ecs, cluster, family):
    register_instance(ecs, cluster)
    arns = [t["taskArn"] for t in ecs.run_task(cluster=cluster, taskDefinition=family, count=2)["tasks"]]
    for arn in arns:
        ecs.stop_task(cluster=cluster, task=arn)
    ecs.get_waiter("tasks_stopped").wait(
        cluster=cluster, tasks=arns, WaiterConfig={"Delay": 1, "MaxAttempts": 10}
    )


def test_freed_capacity_is_reusable(ecs, cluster, unique):
    register_instance(ecs, cluster, memory=1024)
    name = unique("f")
    register_task_definition(ecs, name, [container_def(memory=1024)])
    first = ecs.run_task(cluster=cluster, taskDefinition=name)["tasks"][0]
    assert ecs.run_task(cluster=cluster, taskDefinition=name)["tasks"] == []
    ecs.stop_task(cluster=cluster, task=first["taskArn"])
    wait_stopped(ecs, cluster, first["taskArn"])
    assert len(ecs.run_task(cluster=cluster, taskDefinition=name)["tasks"]) == 1


# --------------------------------------------------------------------------------------------
# DescribeTasks / ListTasks


def test_describe_tasks_by_id_arn_and_unknown(ecs, cluster, family):
    register_instance(ecs, cluster)
    a, b = (t["taskArn"] for t in ecs.run_task(cluster=cluster, taskDefinition=family, count=2)["tasks"])
    unknown = uuid.uuid4().hex
    response = ecs.describe_tasks(cluster=cluster, tasks=[a, b.rsplit("/", 1)[1], unknown])
    assert sorted(t["taskArn"] for t in response["tasks"]) == sorted([a, b])
    assert len(response["failures"]) == 1
    assert response["failures"][0]["reason"] == "MISSING"
    assert response["failures"][0]["arn"].endswith(unknown)


def test_describe_tasks_limits(raw_ecs, cluster):
    expect_error("InvalidParameterException", raw_ecs.describe_tasks, cluster=cluster, tasks=[])
    too_many = [uuid.uuid4().hex for _ in range(101)]
    expect_error("InvalidParameterException", raw_ecs.describe_tasks, cluster=cluster, tasks=too_many)


def test_list_tasks_filters(ecs, cluster, unique):
    a = register_instance(ecs, cluster)["containerInstanceArn"]
    b = register_instance(ecs, cluster)["containerInstanceArn"]
    f1, f2 = unique("f1"), unique("f2")
    register_task_definition(ecs, f1, [container_def(memory=64)])
    register_task_definition(ecs, f2, [container_def(memory=64)])
    t1 = ecs.start_task(cluster=cluster, taskDefinition=f1, containerInstances=[a], startedBy="alice")["tasks"][0]["taskArn"]
    t2 = ecs.start_task(cluster=cluster, taskDefinition=f2, containerInstances=[b], startedBy="bob")["tasks"][0]["taskArn"]
    t3 = ecs.start_task(cluster=cluster, taskDefinition=f1, containerInstances=[b], startedBy="bob")["tasks"][0]["taskArn"]

    assert sorted(list_all_tasks(ecs, cluster)) == sorted([t1, t2, t3])
    assert sorted(list_all_tasks(ecs, cluster, family=f1)) == sorted([t1, t3])
    assert sorted(list_all_tasks(ecs, cluster, startedBy="bob")) == sorted([t2, t3])
    assert list_all_tasks(ecs, cluster, containerInstance=a) == [t1]
    assert sorted(list_all_tasks(ecs, cluster, containerInstance=b.rsplit("/", 1)[1])) == sorted([t2, t3])
    assert list_all_tasks(ecs, cluster, desiredStatus="STOPPED") == []

    ecs.stop_task(cluster=cluster, task=t2)
    assert list_all_tasks(ecs, cluster, desiredStatus="STOPPED") == [t2]
    assert sorted(list_all_tasks(ecs, cluster, desiredStatus="RUNNING")) == sorted([t1, t3])
    assert sorted(list_all_tasks(ecs, cluster)) == sorted([t1, t3])


def test_list_tasks_by_service_name_excludes_standalone_tasks(ecs, cluster, family, unique):
    register_instance(ecs, cluster)
    ecs.run_task(cluster=cluster, taskDefinition=family)
    try:
        listed = ecs.list_tasks(cluster=cluster, serviceName=unique("svc"))
    except ecs.exceptions.ServiceNotFoundException:
        return
    assert listed["taskArns"] == []


def test_list_tasks_pages(ecs, cluster, unique):
    register_instance(ecs, cluster)
    name = unique("f")
    register_task_definition(ecs, name, [container_def(memory=16)])
    arns = {t["taskArn"] for t in ecs.run_task(cluster=cluster, taskDefinition=name, count=5)["tasks"]}
    first = ecs.list_tasks(cluster=cluster, maxResults=2)
    assert len(first["taskArns"]) == 2 and first.get("nextToken")
    assert set(list_all_tasks(ecs, cluster)) == arns


def test_list_tasks_unknown_cluster(ecs, unique):
    expect_error("ClusterNotFoundException", ecs.list_tasks, cluster=unique("nope"))


def test_cluster_counts_follow_run_and_stop(ecs, cluster, family):
    register_instance(ecs, cluster)
    tasks = ecs.run_task(cluster=cluster, taskDefinition=family, count=2)["tasks"]
    assert describe_cluster(ecs, cluster)["pendingTasksCount"] == 2
    for task in tasks:
        ecs.stop_task(cluster=cluster, task=task["taskArn"])
    wait_until(
        lambda: describe_cluster(ecs, cluster)["pendingTasksCount"] == 0,
        message="pending count to reach 0",
    )
    assert describe_cluster(ecs, cluster)["runningTasksCount"] == 0


# --------------------------------------------------------------------------------------------
# Capacity and concurrency invariants


def test_partial_placement_when_capacity_runs_out(ecs, cluster, family):
    arn = register_instance(ecs, cluster, cpu=4096, memory=1024)["containerInstanceArn"]
    response = ecs.run_task(cluster=cluster, taskDefinition=family, count=3)
    assert len(response["tasks"]) == 2  # 2 x 512 MiB fill 1024 MiB
    assert {"arn": arn, "reason": "RESOURCE:MEMORY"} in response["failures"]
    remaining = describe_instance(ecs, cluster, arn)["remainingResources"]
    assert resource(remaining, "MEMORY") == 0


def test_concurrent_run_task_never_overcommits(server, cluster, unique):
    import concurrent.futures

    ecs = server.client()
    arn = register_instance(ecs, cluster, cpu=8192, memory=1024)["containerInstanceArn"]
    name = unique("f")
    register_task_definition(ecs, name, [container_def(memory=128)])
    clients = [server.client() for _ in range(4)]

    def run(i: int) -> int:
        return len(clients[i % 4].run_task(cluster=cluster, taskDefinition=name, count=2)["tasks"])

    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
        placed = sum(pool.map(run, range(8)))
    assert placed == 8  # 1024 MiB / 128 MiB: exactly 8 fit, 16 were asked for
    instance = describe_instance(ecs, cluster, arn)
    assert resource(instance["remainingResources"], "MEMORY") == 0
    assert instance["pendingTasksCount"] == 8
    assert len(list_all_tasks(ecs, cluster)) == 8


def test_placement_strategy_and_constraint_validation(raw_ecs, cluster, family):
    register_instance(raw_ecs, cluster)
    expect_error(
        "InvalidParameterException",
        raw_ecs.run_task,
        cluster=cluster,
        taskDefinition=family,
        placementStrategy=[{"type": "scatter", "field": "memory"}],
    )
    expect_error(
        "InvalidParameterException",
        raw_ecs.run_task,
        cluster=cluster,
        taskDefinition=family,
        placementStrategy=[{"type": "binpack", "field": "instanceId"}],
    )
    expect_error(
        "InvalidParameterException",
        raw_ecs.run_task,
        cluster=cluster,
        taskDefinition=family,
        placementConstraints=[{"type": "memberOf"}],
    )


def test_random_strategy_places(ecs, cluster, family):
    a = register_instance(ecs, cluster)["containerInstanceArn"]
    b = register_instance(ecs, cluster)["containerInstanceArn"]
    tasks = ecs.run_task(
        cluster=cluster, taskDefinition=family, count=4, placementStrategy=[{"type": "random"}]
    )["tasks"]
    assert len(tasks) == 4
    assert {t["containerInstanceArn"] for t in tasks} <= {a, b}


def test_list_tasks_by_launch_type(ecs, cluster, family):
    register_instance(ecs, cluster)
    arn = ecs.run_task(cluster=cluster, taskDefinition=family)["tasks"][0]["taskArn"]
    assert list_all_tasks(ecs, cluster, launchType="EC2") == [arn]
    assert list_all_tasks(ecs, cluster, launchType="FARGATE") == []


def test_required_attributes_gate_placement(ecs, cluster, unique):
    bare = register_instance(ecs, cluster)["containerInstanceArn"]
    name = unique("hc")
    td = register_task_definition(
        ecs, name, [container_def(memory=64, healthCheck={"command": ["CMD-SHELL", "true"]})]
    )
    required = [{"name": a["name"]} for a in td["requiresAttributes"]]
    assert {"name": "ecs.capability.container-health-check"} in required
    response = ecs.run_task(cluster=cluster, taskDefinition=name)
    assert response["tasks"] == []
    assert response["failures"] == [{"arn": bare, "reason": "ATTRIBUTE"}]

    # Missing just one of them is still a miss.
    almost = [a for a in required if a["name"] != "ecs.capability.container-health-check"]
    partial = register_instance(ecs, cluster, attributes=almost)["containerInstanceArn"]
    response = ecs.run_task(cluster=cluster, taskDefinition=name)
    assert response["tasks"] == []
    assert {"arn": partial, "reason": "ATTRIBUTE"} in response["failures"]

    capable = register_instance(ecs, cluster, attributes=required)["containerInstanceArn"]
    tasks = ecs.run_task(cluster=cluster, taskDefinition=name)["tasks"]
    assert [t["containerInstanceArn"] for t in tasks] == [capable]


def test_run_task_by_task_definition_arn(ecs, cluster, family):
    register_instance(ecs, cluster)
    arn = ecs.describe_task_definition(taskDefinition=family)["taskDefinition"]["taskDefinitionArn"]
    task = ecs.run_task(cluster=cluster, taskDefinition=arn)["tasks"][0]
    assert task["taskDefinitionArn"] == arn


def test_awsvpc_tasks_need_a_network_configuration_and_reserve_no_host_ports(ecs, cluster, unique):
    name = unique("vpc")
    td = register_task_definition(
        ecs, name, [container_def(memory=64, portMappings=[{"containerPort": 80}])], networkMode="awsvpc"
    )
    required = [{"name": a["name"]} for a in td.get("requiresAttributes", [])]
    arn = register_instance(ecs, cluster, attributes=required)["containerInstanceArn"]
    error = expect_error("InvalidParameterException", ecs.run_task, cluster=cluster, taskDefinition=name)
    assert "Network Configuration" in error.response["Error"]["Message"]

    response = ecs.run_task(
        cluster=cluster,
        taskDefinition=name,
        count=2,
        networkConfiguration={"awsvpcConfiguration": {"subnets": ["subnet-12345678"]}},
    )
    # Each task has its own network namespace: the same container port twice on one host.
    assert [t["containerInstanceArn"] for t in response["tasks"]] == [arn, arn]
    assert "80" not in resource(describe_instance(ecs, cluster, arn)["remainingResources"], "PORTS")
