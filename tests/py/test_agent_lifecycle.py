"""A task's life on a real Docker host, driven through boto3 and checked with `docker inspect`:
RunTask → PENDING → RUNNING with the timestamps ECS sets, the runtime id, StopTask →
STOPPED (UserInitiated) with the stop timestamps, reservations released, containers removed
after the cleanup wait; an essential container's exit stops the task (EssentialContainerExited)
while a non-essential one's does not; stop timeouts (SIGKILL after stopTimeout when SIGTERM is
ignored); an image that cannot be pulled (TaskFailedToStart / CannotPullContainerError); and
the task metadata endpoint v4 as the container itself sees it.

One `berth server` and one `berth agent` (own cluster) per module; every test removes the
containers of its tasks.
"""

from __future__ import annotations

import json
import time

from agent_harness import (
    agent_env_fixture,
    app,
    container_of,
    docker,
    env_list,
    http_get,
    inspect,
    task_cleanup_fixture,
    task_containers,
    try_inspect,
    wait_until,
)
from berth_harness import resource

CLEANUP_WAIT_SECS = 3

env = agent_env_fixture("lifecycle", cleanup_wait_secs=CLEANUP_WAIT_SECS)
_cleanup = task_cleanup_fixture()


def _remaining(env) -> tuple[int, int]:
    remaining = env.instance()["remainingResources"]
    return resource(remaining, "CPU"), resource(remaining, "MEMORY")


def test_run_task_reaches_running_with_the_ecs_timestamps_and_the_docker_id(env):
    before = _remaining(env)
    td = env.register([app(cpu=128, memory=96)])
    started = time.monotonic()
    task = env.run_task(td)
    arn = task["taskArn"]
    assert task["lastStatus"] in ("PROVISIONING", "PENDING"), task["lastStatus"]
    assert task["desiredStatus"] == "RUNNING"

    seen = [task["lastStatus"]]
    docker_running_after = None
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        described = env.describe(arn)
        if described["lastStatus"] != seen[-1]:
            seen.append(described["lastStatus"])
        if docker_running_after is None:
            containers = task_containers(arn)
            if "app" in containers and containers["app"]["State"]["Running"]:
                docker_running_after = time.monotonic() - started
        if described["lastStatus"] == "RUNNING" and docker_running_after is not None:
            break
        time.sleep(0.05)
    assert seen[-1] == "RUNNING", f"statuses seen: {seen}"
    assert set(seen) <= {"PROVISIONING", "PENDING", "ACTIVATING", "RUNNING"}, seen
    assert docker_running_after is not None and docker_running_after < 3.0, docker_running_after

    running = env.describe(arn)
    for field in ("pullStartedAt", "pullStoppedAt", "startedAt", "connectivityAt", "createdAt"):
        assert running.get(field), f"{field} not set: {running}"
    assert running["pullStartedAt"] <= running["pullStoppedAt"] <= running["startedAt"]
    assert running["connectivity"] == "CONNECTED"
    container = container_of(running, "app")
    docker_doc = task_containers(arn)["app"]
    assert container["runtimeId"] == docker_doc["Id"]
    assert container["lastStatus"] == "RUNNING"
    assert docker_doc["State"]["Running"]
    assert docker_doc["Config"]["Labels"]["com.berth.task-arn"] == arn
    # The reservation is on the instance while the task runs.
    assert _remaining(env) == (before[0] - 128, before[1] - 96)

    stop_started = time.monotonic()
    env.ecs.stop_task(cluster=env.cluster, task=arn, reason="done with it")
    stopped = env.wait(arn, "STOPPED", timeout=15)
    assert time.monotonic() - stop_started < 5.0
    assert stopped["stopCode"] == "UserInitiated", stopped
    assert stopped["stoppedReason"] == "done with it"
    assert stopped["desiredStatus"] == "STOPPED"
    for field in ("stoppingAt", "executionStoppedAt", "stoppedAt"):
        assert stopped.get(field), f"{field} not set: {stopped}"
    assert stopped["startedAt"] <= stopped["stoppingAt"] <= stopped["stoppedAt"]
    container = container_of(stopped, "app")
    assert container["lastStatus"] == "STOPPED"
    assert container["exitCode"] == 0  # the test app exits 0 on SIGTERM
    doc = try_inspect(docker_doc["Id"])
    assert doc is None or not doc["State"]["Running"], "container still running after STOPPED"
    # Resources are released once the task is STOPPED.
    wait_until(lambda: _remaining(env) == before, timeout=5, message="resources released")
    # ...and the container is removed after --task-cleanup-wait-secs.
    wait_until(
        lambda: try_inspect(docker_doc["Id"]) is None,
        timeout=CLEANUP_WAIT_SECS + 10,
        message="container removed after the cleanup wait",
    )


def test_task_scoped_docker_volume_is_removed_with_the_task(env):
    task = env.run_and_wait(
        [app(mountPoints=[{"sourceVolume": "scratch", "containerPath": "/scratch"}])],
        volumes=[{"name": "scratch", "dockerVolumeConfiguration": {"scope": "task", "driver": "local"}}],
    )
    arn = task["taskArn"]
    mounts = inspect(container_of(task, "app")["runtimeId"])["Mounts"]
    volume = next(m["Name"] for m in mounts if m["Destination"] == "/scratch")
    env.ecs.stop_task(cluster=env.cluster, task=arn)
    env.wait(arn, "STOPPED", timeout=15)
    wait_until(lambda: task_containers(arn) == {}, timeout=CLEANUP_WAIT_SECS + 10, message="containers removed")
    # ECS removes a task-scoped Docker volume with the task's containers.
    wait_until(
        lambda: not docker("volume", "ls", "-q", "--filter", f"name=^{volume}$"),
        timeout=5,
        message=f"task-scoped volume {volume} removed after the cleanup wait",
    )


def test_essential_container_exit_stops_the_task_with_each_exit_code(env):
    task = env.run_and_wait(
        [
            app("main", environment=env_list(EXIT_AFTER_SECS="2", EXIT_CODE="3")),
            app("side", essential=False),
        ]
    )
    arn = task["taskArn"]
    stopped = env.wait(arn, "STOPPED", timeout=20)
    assert stopped["stopCode"] == "EssentialContainerExited", stopped
    # ECS's own wording; the container is identified by its exit code, not by the reason.
    assert stopped.get("stoppedReason") == "Essential container in task exited", stopped
    assert container_of(stopped, "main")["exitCode"] == 3
    assert container_of(stopped, "side")["exitCode"] == 0
    assert container_of(stopped, "side")["lastStatus"] == "STOPPED"
    docs = task_containers(arn)
    if "side" in docs:  # not yet removed by the cleanup wait
        assert not docs["side"]["State"]["Running"]
        assert docs["side"]["State"]["ExitCode"] == 0
    if "main" in docs:
        assert docs["main"]["State"]["ExitCode"] == 3


def test_non_essential_container_exit_keeps_the_task_running(env):
    task = env.run_and_wait(
        [
            app("main"),
            app("helper", essential=False, command=["exit", "5"]),
        ]
    )
    arn = task["taskArn"]
    described = env.wait(
        arn,
        "RUNNING",
        predicate=lambda t: container_of(t, "helper")["lastStatus"] == "STOPPED",
        timeout=15,
    )
    assert container_of(described, "helper")["exitCode"] == 5
    time.sleep(1.5)
    described = env.describe(arn)
    assert described["lastStatus"] == "RUNNING", described
    assert described["desiredStatus"] == "RUNNING"
    assert container_of(described, "main")["lastStatus"] == "RUNNING"
    docs = task_containers(arn)
    assert docs["main"]["State"]["Running"]
    assert docs["helper"]["State"]["ExitCode"] == 5


def _stop_and_time(env, arn: str) -> tuple[float, dict]:
    started = time.monotonic()
    env.ecs.stop_task(cluster=env.cluster, task=arn)
    stopped = env.wait(arn, "STOPPED", timeout=30)
    return time.monotonic() - started, stopped


def test_stop_timeout_kills_a_container_that_ignores_sigterm(env):
    task = env.run_and_wait(
        [
            app(
                environment=env_list(IGNORE_SIGTERM="1"),
                linuxParameters={"initProcessEnabled": True},
                stopTimeout=2,
            )
        ]
    )
    arn = task["taskArn"]
    docker_id = container_of(task, "app")["runtimeId"]
    assert inspect(docker_id)["HostConfig"]["Init"] is True
    took, stopped = _stop_and_time(env, arn)
    assert 1.8 <= took < 6.0, f"stop took {took:.2f}s with stopTimeout 2"
    assert container_of(stopped, "app")["exitCode"] == 137
    doc = try_inspect(docker_id)
    if doc:
        assert doc["State"]["ExitCode"] == 137


def test_stop_of_a_cooperative_container_is_fast_and_clean(env):
    task = env.run_and_wait([app(stopTimeout=30)])
    took, stopped = _stop_and_time(env, task["taskArn"])
    # Far below the 30 s stop timeout: SIGTERM was delivered and the exit noticed at once.
    assert took < 3.0, f"stop took {took:.2f}s for a container that exits on SIGTERM"
    assert container_of(stopped, "app")["exitCode"] == 0
    assert stopped["stopCode"] == "UserInitiated"


def test_image_that_cannot_be_pulled_fails_the_task_to_start(env):
    td = env.register([app(image="127.0.0.1:9/none:latest")])
    task = env.run_task(td)
    stopped = env.wait(task["taskArn"], "STOPPED", timeout=60)
    assert stopped["stopCode"] == "TaskFailedToStart", stopped
    assert (stopped.get("stoppedReason") or "").startswith("CannotPullContainerError"), stopped.get(
        "stoppedReason"
    )
    container = container_of(stopped, "app")
    assert container["lastStatus"] == "STOPPED"
    assert "runtimeId" not in container or not container["runtimeId"]
    assert task_containers(task["taskArn"]) == {}


def test_task_metadata_endpoint_v4_as_the_container_sees_it(env):
    task = env.run_and_wait([app(portMappings=[{"containerPort": 8080, "hostPort": 0}])])
    arn = task["taskArn"]
    container = container_of(task, "app")
    port = container["networkBindings"][0]["hostPort"]
    status, body = http_get(f"http://127.0.0.1:{port}/metadata", timeout=10)
    assert status == 200, body
    documents = json.loads(body)
    assert documents["container"]["status"] == 200, documents["container"]
    assert documents["task"]["status"] == 200, documents["task"]
    own = json.loads(documents["container"]["body"])
    whole = json.loads(documents["task"]["body"])

    assert own["DockerId"] == container["runtimeId"]
    assert own["Name"] == "app"
    assert own["Image"] == "berth-test:latest"
    assert own.get("Labels", {}).get("com.amazonaws.ecs.task-arn") == arn

    assert whole["TaskARN"] == arn
    assert whole["Cluster"] in (env.cluster, task["clusterArn"])
    assert whole["DesiredStatus"] == "RUNNING"
    assert whole["KnownStatus"] == "RUNNING"
    assert whole["Family"] == task["taskDefinitionArn"].rsplit("/", 1)[-1].split(":")[0]
    names = {c["Name"]: c for c in whole["Containers"]}
    assert set(names) == {"app"}, names
    assert names["app"]["DockerId"] == container["runtimeId"]
