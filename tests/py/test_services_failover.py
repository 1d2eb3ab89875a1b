"""Services through failures on real Docker: an instance set to DRAINING hands its tasks to
another instance; a control plane killed with `kill -9` in the middle of a rollout converges
after a restart without duplicate or orphaned tasks; an agent that disconnects briefly keeps its
tasks, and one that stays away past the lost-task window has them replaced elsewhere (and stops
the old containers when it comes back).

The module's server counts tasks without health checks as healthy after 1 s
(`--task-settle-secs 1`; ECS: 40 s) and treats an agent gone for 10 s as lost
(`--lost-task-after-secs 10`; berth's default is 60 s).
"""

from __future__ import annotations

import time

import pytest

from berth_harness import BerthServer, wait_until
from service_harness import (
    ServiceEnv,
    container_env,
    live_tasks,
    running_arns,
    short_events,
    wait_service_stable,
)

LOST_AFTER_SECS = 10


@pytest.fixture(scope="module")
def svc_server(berth_bin, tmp_path_factory):
    base = tmp_path_factory.mktemp("svc-failover")
    srv = BerthServer(
        berth_bin,
        base / "data",
        extra_args=["--task-settle-secs", "1", "--lost-task-after-secs", str(LOST_AFTER_SECS)],
    )
    srv.start()
    try:
        yield srv
    finally:
        srv.stop()


@pytest.fixture
def env(berth_bin, svc_server, tmp_path):
    world = ServiceEnv(berth_bin, svc_server, tmp_path, prefix="fail")
    try:
        yield world
    finally:
        world.cleanup()


def tasks_by_instance(env: ServiceEnv, name: str) -> dict[str, set[str]]:
    """RUNNING tasks of the service by container instance ARN."""
    found: dict[str, set[str]] = {}
    for task in live_tasks(env.ecs, env.cluster, name):
        if task["lastStatus"] == "RUNNING":
            found.setdefault(task["containerInstanceArn"], set()).add(task["taskArn"])
    return found


def connected(env: ServiceEnv, instance_arn: str) -> bool:
    found = env.ecs.describe_container_instances(cluster=env.cluster, containerInstances=[instance_arn])
    return found["containerInstances"][0]["agentConnected"]


def test_draining_instance_moves_tasks_to_the_other_instance(env: ServiceEnv):
    a = env.add_agent()
    td = env.register(env.cluster + "-web")
    env.create_service("web", td, 2)
    wait_service_stable(env.ecs, env.cluster, "web", timeout=20)
    before = tasks_by_instance(env, "web")
    assert set(before) == {a.instance_arn}
    b = env.add_agent()

    env.ecs.update_container_instances_state(cluster=env.cluster, containerInstances=[a.instance_arn], status="DRAINING")

    def moved():
        placed = tasks_by_instance(env, "web")
        if set(placed) == {b.instance_arn} and len(placed[b.instance_arn]) == 2:
            return placed
        return None

    placed = wait_until(moved, timeout=30, interval=0.3, message=f"tasks moved to instance B\n{env.diagnostics()}")
    assert not (placed[b.instance_arn] & before[a.instance_arn])
    wait_until(
        lambda: set(env.containers()) == placed[b.instance_arn],
        timeout=15,
        message="only the tasks on B have running containers",
    )
    # The agent reports STOPPED shortly after Docker says the container is gone.
    old = wait_until(
        lambda: (lambda ts: ts if {t["lastStatus"] for t in ts} == {"STOPPED"} else None)(
            env.ecs.describe_tasks(cluster=env.cluster, tasks=sorted(before[a.instance_arn]))["tasks"]
        ),
        timeout=10,
        message="the drained tasks reported STOPPED",
    )
    assert {t.get("stoppedReason") for t in old} == {"Container instance is being drained"}, old
    drained = env.ecs.describe_container_instances(cluster=env.cluster, containerInstances=[a.instance_arn])
    assert drained["containerInstances"][0]["runningTasksCount"] == 0
    wait_service_stable(env.ecs, env.cluster, "web", timeout=20)


def test_control_plane_kill_9_mid_rollout_converges(berth_bin, make_server, tmp_path):
    server = make_server("cp", extra_args=["--task-settle-secs", "2"])
    env = ServiceEnv(berth_bin, server, tmp_path, prefix="cpkill")
    try:
        env.add_agent()
        v1 = env.register(env.cluster + "-web", image="berth-test:v1")
        v2 = env.register(env.cluster + "-web", image="berth-test:v2")
        env.create_service("web", v1, 4)
        wait_service_stable(env.ecs, env.cluster, "web", timeout=30)
        updated = env.ecs.update_service(cluster=env.cluster, service="web", taskDefinition=v2)["service"]
        new_id = next(d["id"] for d in updated["deployments"] if d["status"] == "PRIMARY")

        def v2_running():
            tasks = live_tasks(env.ecs, env.cluster, "web")
            return any(t["startedBy"] == new_id and t["lastStatus"] == "RUNNING" for t in tasks)

        wait_until(v2_running, timeout=20, interval=0.1, message="a v2 task RUNNING")
        assert len(env.service("web")["deployments"]) == 2, "kill must land mid-rollout"
        server.kill()
        time.sleep(0.5)
        server.restart()
        env.ecs = server.client("ecs")

        svc = wait_service_stable(env.ecs, env.cluster, "web", timeout=60)
        assert svc["deployments"][0]["id"] == new_id
        assert svc["taskDefinition"].endswith("task-definition/" + v2)
        live = live_tasks(env.ecs, env.cluster, "web")
        assert len(live) == 4, [(t["taskArn"], t["lastStatus"]) for t in live]
        assert {t["startedBy"] for t in live} == {new_id}
        arns = {t["taskArn"] for t in live}

        def no_orphans():
            containers = env.containers()
            return containers if set(containers) == arns and all(len(c) == 1 for c in containers.values()) else None

        containers = wait_until(no_orphans, timeout=20, message=f"one container per live task\n{env.diagnostics()}")
        assert {container_env(ids[0]).get("BERTH_TEST_VARIANT") for ids in containers.values()} == {"v2"}
        # Nothing the interrupted pass started was lost or doubled: every v2 task ever started
        # is either live or was stopped by the scheduler on purpose.
        all_arns = []
        for status in ("RUNNING", "STOPPED"):
            all_arns += env.ecs.list_tasks(cluster=env.cluster, serviceName="web", desiredStatus=status)["taskArns"]
        described = env.ecs.describe_tasks(cluster=env.cluster, tasks=all_arns)["tasks"] if all_arns else []
        extra_v2 = [t for t in described if t["startedBy"] == new_id and t["taskArn"] not in arns]
        assert not extra_v2, [(t["taskArn"], t["lastStatus"], t.get("stoppedReason")) for t in extra_v2]
    finally:
        env.cleanup()


def test_agent_disconnect_keeps_tasks_then_replaces_them_when_lost(env: ServiceEnv):
    a = env.add_agent()
    td = env.register(env.cluster + "-web")
    env.create_service("web", td, 2)
    wait_service_stable(env.ecs, env.cluster, "web", timeout=20)
    original = running_arns(env.ecs, env.cluster, "web")
    b = env.add_agent()

    # A short absence: the tasks stay RUNNING and nothing is started elsewhere.
    arn_a = a.instance_arn
    a.kill()
    wait_until(lambda: not connected(env, a.instance_arn), timeout=15, message="agent A disconnected")
    assert set(env.containers()) == original, "containers keep running without their agent"
    a.start(env.ecs)
    assert a.instance_arn == arn_a, "the agent re-joins as the same container instance"
    assert running_arns(env.ecs, env.cluster, "web") == original
    started = [m for m in short_events(env.service("web")) if "has started" in m]
    assert len(started) == 1, started

    # A long absence: past the lost-task window, the tasks are replaced on B.
    a.kill()
    gone_at = time.monotonic()
    wait_until(lambda: not connected(env, a.instance_arn), timeout=15, message="agent A disconnected again")

    def replaced():
        placed = tasks_by_instance(env, "web")
        return placed if set(placed) == {b.instance_arn} and len(placed[b.instance_arn]) == 2 else None

    placed = wait_until(
        replaced,
        timeout=LOST_AFTER_SECS + 25,
        interval=0.3,
        message=f"tasks replaced on B after the lost-task window\n{env.diagnostics()}",
    )
    assert time.monotonic() - gone_at >= LOST_AFTER_SECS - 1, "replaced before the lost-task window"
    lost = env.ecs.describe_tasks(cluster=env.cluster, tasks=sorted(original))["tasks"]
    assert {t["desiredStatus"] for t in lost} == {"STOPPED"}, [(t["lastStatus"], t["desiredStatus"]) for t in lost]

    # A comes back: it learns its tasks are stopped and stops their containers (no orphans).
    a.start(env.ecs)
    wait_until(
        lambda: set(env.containers()) == placed[b.instance_arn],
        timeout=30,
        interval=0.3,
        message=f"agent A stopped the containers of its lost tasks\n{env.diagnostics()}",
    )
    wait_until(
        lambda: {t["lastStatus"] for t in env.ecs.describe_tasks(cluster=env.cluster, tasks=sorted(original))["tasks"]}
        == {"STOPPED"},
        timeout=15,
        message="lost tasks reported STOPPED",
    )
    wait_service_stable(env.ecs, env.cluster, "web", timeout=20)
