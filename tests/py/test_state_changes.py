"""The agent-facing operations, driven directly with boto3: SubmitTaskStateChange and
SubmitContainerStateChange move an API-placed task to RUNNING and then STOPPED, resubmission is
idempotent, and the cluster and instance counts follow."""

from __future__ import annotations

import datetime as dt

import pytest
from botocore.exceptions import ClientError

from berth_harness import (
    container_def,
    describe_cluster,
    describe_instance,
    describe_task,
    expect_error,
    register_instance,
    register_task_definition,
    resource,
)


@pytest.fixture
def placed(ecs, cluster, unique):
    """A PENDING task with one essential container `app` and a sidecar, on a fresh instance."""
    instance = register_instance(ecs, cluster, cpu=1024, memory=2048)["containerInstanceArn"]
    family = unique("f")
    register_task_definition(
        ecs,
        family,
        [
            container_def("app", cpu=256, memory=512, portMappings=[{"containerPort": 80, "hostPort": 8080}]),
            container_def("side", memory=64, essential=False),
        ],
    )
    task = ecs.run_task(cluster=cluster, taskDefinition=family)["tasks"][0]
    return {"cluster": cluster, "instance": instance, "task": task["taskArn"]}


def now():
    return dt.datetime.now(dt.timezone.utc)


def report_running(ecs, p):
    return ecs.submit_task_state_change(
        cluster=p["cluster"],
        task=p["task"],
        status="RUNNING",
        containers=[
            {
                "containerName": "app",
                "runtimeId": "docker-app-1",
                "status": "RUNNING",
                "networkBindings": [
                    {"bindIP": "0.0.0.0", "containerPort": 80, "hostPort": 8080, "protocol": "tcp"}
                ],
            },
            {"containerName": "side", "runtimeId": "docker-side-1", "status": "RUNNING"},
        ],
        pullStartedAt=now(),
        pullStoppedAt=now(),
    )


def test_task_moves_to_running_and_counts_follow(ecs, placed):
    p = placed
    version_before = describe_task(ecs, p["cluster"], p["task"])["version"]
    response = report_running(ecs, p)
    assert "acknowledgment" in response

    task = describe_task(ecs, p["cluster"], p["task"])
    assert task["lastStatus"] == "RUNNING"
    assert task["desiredStatus"] == "RUNNING"
    assert task.get("startedAt") is not None
    assert task.get("pullStartedAt") is not None
    containers = {c["name"]: c for c in task["containers"]}
    assert containers["app"]["lastStatus"] == "RUNNING"
    assert containers["app"]["runtimeId"] == "docker-app-1"
    assert containers["app"]["networkBindings"][0]["hostPort"] == 8080
    assert containers["side"]["lastStatus"] == "RUNNING"
    # ECS bumps a task's version on every change that emits an event.
    assert task["version"] > version_before

    cluster = describe_cluster(ecs, p["cluster"])
    assert (cluster["runningTasksCount"], cluster["pendingTasksCount"]) == (1, 0)
    instance = describe_instance(ecs, p["cluster"], p["instance"])
    assert (instance["runningTasksCount"], instance["pendingTasksCount"]) == (1, 0)

    ecs.get_waiter("tasks_running").wait(
        cluster=p["cluster"], tasks=[p["task"]], WaiterConfig={"Delay": 1, "MaxAttempts": 5}
    )


def test_resubmitting_running_is_idempotent(ecs, placed):
    p = placed
    report_running(ecs, p)
    first = describe_task(ecs, p["cluster"], p["task"])
    report_running(ecs, p)
    second = describe_task(ecs, p["cluster"], p["task"])
    assert second["lastStatus"] == "RUNNING"
    assert second["startedAt"] == first["startedAt"]
    assert describe_cluster(ecs, p["cluster"])["runningTasksCount"] == 1
    instance = describe_instance(ecs, p["cluster"], p["instance"])
    assert instance["runningTasksCount"] == 1
    # Reservations are taken once, not once per report.
    assert resource(instance["remainingResources"], "MEMORY") == 2048 - 512 - 64


def test_container_exit_then_task_stopped(ecs, placed):
    p = placed
    report_running(ecs, p)
    ecs.submit_container_state_change(
        cluster=p["cluster"],
        task=p["task"],
        containerName="app",
        runtimeId="docker-app-1",
        status="STOPPED",
        exitCode=0,
        reason="done",
    )
    task = describe_task(ecs, p["cluster"], p["task"])
    app = {c["name"]: c for c in task["containers"]}["app"]
    assert app["lastStatus"] == "STOPPED"
    assert app["exitCode"] == 0

    ecs.submit_task_state_change(
        cluster=p["cluster"],
        task=p["task"],
        status="STOPPED",
        reason="Essential container in task exited",
        containers=[
            {"containerName": "app", "status": "STOPPED", "exitCode": 0},
            {"containerName": "side", "status": "STOPPED", "exitCode": 137},
        ],
        executionStoppedAt=now(),
    )
    task = describe_task(ecs, p["cluster"], p["task"])
    assert task["lastStatus"] == "STOPPED"
    assert task["desiredStatus"] == "STOPPED"
    assert task.get("stoppedAt") is not None
    assert task.get("executionStoppedAt") is not None
    assert task["stopCode"] == "EssentialContainerExited"
    containers = {c["name"]: c for c in task["containers"]}
    assert containers["side"]["exitCode"] == 137

    cluster = describe_cluster(ecs, p["cluster"])
    assert (cluster["runningTasksCount"], cluster["pendingTasksCount"]) == (0, 0)
    instance = describe_instance(ecs, p["cluster"], p["instance"])
    assert (instance["runningTasksCount"], instance["pendingTasksCount"]) == (0, 0)
    assert resource(instance["remainingResources"], "MEMORY") == 2048
    assert resource(instance["remainingResources"], "CPU") == 1024
    assert "8080" not in resource(instance["remainingResources"], "PORTS")

    # Resubmitting STOPPED changes nothing and releases nothing twice.
    ecs.submit_task_state_change(cluster=p["cluster"], task=p["task"], status="STOPPED")
    instance = describe_instance(ecs, p["cluster"], p["instance"])
    assert resource(instance["remainingResources"], "MEMORY") == 2048
    assert ecs.list_tasks(cluster=p["cluster"], desiredStatus="STOPPED")["taskArns"] == [p["task"]]


def test_statuses_never_go_backwards(ecs, placed):
    p = placed
    report_running(ecs, p)
    ecs.submit_task_state_change(cluster=p["cluster"], task=p["task"], status="STOPPED")
    try:
        report_running(ecs, p)
    except ClientError:
        pass  # refusing the stale report is as good as ignoring it
    assert describe_task(ecs, p["cluster"], p["task"])["lastStatus"] == "STOPPED"
    assert describe_cluster(ecs, p["cluster"])["runningTasksCount"] == 0


def test_stop_task_on_a_running_task_is_acknowledged_by_the_agent_report(ecs, placed):
    p = placed
    report_running(ecs, p)
    ecs.stop_task(cluster=p["cluster"], task=p["task"], reason="bye")
    task = describe_task(ecs, p["cluster"], p["task"])
    assert task["desiredStatus"] == "STOPPED"
    # The instance has no agent connected through the agent protocol: berth completes the
    # stop itself, or the (simulated) agent reports it; either way it ends STOPPED.
    ecs.submit_task_state_change(cluster=p["cluster"], task=p["task"], status="STOPPED")
    task = describe_task(ecs, p["cluster"], p["task"])
    assert task["lastStatus"] == "STOPPED"
    assert task["stopCode"] == "UserInitiated"
    assert task["stoppedReason"] == "bye"


def test_state_change_for_unknown_task(ecs, cluster):
    expect_error(
        ("InvalidParameterException", "ClientException"),
        ecs.submit_task_state_change,
        cluster=cluster,
        task="ffffffffffffffffffffffffffffffff",
        status="RUNNING",
    )
    expect_error(
        ("InvalidParameterException", "ClientException"),
        ecs.submit_container_state_change,
        cluster=cluster,
        task="ffffffffffffffffffffffffffffffff",
        containerName="app",
        status="RUNNING",
    )


def test_container_state_change_for_unknown_container(ecs, placed):
    p = placed
    expect_error(
        ("InvalidParameterException", "ClientException"),
        ecs.submit_container_state_change,
        cluster=p["cluster"],
        task=p["task"],
        containerName="ghost",
        status="RUNNING",
    )
