"""Services on real Docker: CreateService places real containers, scaling adds and removes them,
a force delete stops them, a killed container is replaced, and `berth up` runs services on its
own `default` cluster.

Each test gets its own cluster and agent (service_harness.ServiceEnv) on the module's server,
which counts a task without health checks as healthy after 1 s (`--task-settle-secs 1`; ECS
waits 40 s) so that rollouts complete quickly. Docker (`docker ps` by the `com.berth.task-arn`
label) is the source of truth for what runs; DescribeTasks must agree with it.
"""

from __future__ import annotations

import time

import pytest

from berth_harness import BerthServer, wait_until
from service_harness import (
    ServiceEnv,
    docker,
    live_tasks,
    running_arns,
    running_task_containers,
    short_events,
    wait_service_stable,
)


@pytest.fixture(scope="module")
def svc_server(berth_bin, tmp_path_factory):
    base = tmp_path_factory.mktemp("svc-basic")
    srv = BerthServer(berth_bin, base / "data", extra_args=["--task-settle-secs", "1"])
    srv.start()
    try:
        yield srv
    finally:
        srv.stop()


@pytest.fixture
def env(berth_bin, svc_server, tmp_path):
    world = ServiceEnv(berth_bin, svc_server, tmp_path, prefix="basic")
    world.add_agent()
    try:
        yield world
    finally:
        world.cleanup()


def agree(env: ServiceEnv, name: str, count: int) -> set[str]:
    """Waits until exactly `count` RUNNING tasks of the service have exactly one running
    container each and no other container of the cluster runs; returns the task ARNs."""

    def check():
        arns = running_arns(env.ecs, env.cluster, name)
        containers = env.containers()
        if len(arns) == count and set(containers) == arns and all(len(c) == 1 for c in containers.values()):
            return arns
        return None

    return wait_until(check, timeout=20, interval=0.2, message=f"{count} running tasks with containers\n{env.diagnostics()}")


def test_create_service_runs_desired_containers(env: ServiceEnv):
    td = env.register(env.cluster + "-web")
    env.create_service("web", td, 3)
    arns = agree(env, "web", 3)
    svc = wait_service_stable(env.ecs, env.cluster, "web", timeout=20)
    assert svc["runningCount"] == 3 and svc["pendingCount"] == 0
    assert svc["deployments"][0]["runningCount"] == 3
    tasks = live_tasks(env.ecs, env.cluster, "web")
    assert {t["taskArn"] for t in tasks} == arns
    for task in tasks:
        assert task["group"] == "service:web"
        assert task["startedBy"] == svc["deployments"][0]["id"]
        assert task["containers"][0]["lastStatus"] == "RUNNING"
        # The container berth reports is the one Docker runs.
        cid = running_task_containers(env.cluster)[task["taskArn"]][0]
        assert task["containers"][0]["runtimeId"] == cid
    messages = short_events(svc)
    assert any("has started 3 tasks" in m for m in messages), messages
    assert any("has reached a steady state" in m for m in messages), messages


def test_scale_up_and_down(env: ServiceEnv):
    td = env.register(env.cluster + "-web")
    env.create_service("web", td, 2)
    first = agree(env, "web", 2)
    wait_service_stable(env.ecs, env.cluster, "web", timeout=20)

    env.ecs.update_service(cluster=env.cluster, service="web", desiredCount=5)
    grown = agree(env, "web", 5)
    assert first <= grown, "scaling out must keep the running tasks"
    svc = wait_service_stable(env.ecs, env.cluster, "web", timeout=20)
    assert len(svc["deployments"]) == 1, "a desired-count change is not a new deployment"

    env.ecs.update_service(cluster=env.cluster, service="web", desiredCount=1)
    shrunk = agree(env, "web", 1)
    assert shrunk <= grown
    svc = wait_service_stable(env.ecs, env.cluster, "web", timeout=20)
    assert svc["runningCount"] == 1
    stopped = env.ecs.describe_tasks(cluster=env.cluster, tasks=sorted(grown - shrunk))["tasks"]
    assert {t["lastStatus"] for t in stopped} == {"STOPPED"}, [(t["taskArn"], t["lastStatus"]) for t in stopped]
    for task in stopped:
        assert "Scaling activity initiated by" in task.get("stoppedReason", ""), task.get("stoppedReason")
        assert task["stopCode"] == "ServiceSchedulerInitiated"


def test_delete_force_stops_containers_and_service_becomes_inactive(env: ServiceEnv):
    td = env.register(env.cluster + "-web")
    env.create_service("web", td, 2)
    arns = agree(env, "web", 2)
    deleted = env.ecs.delete_service(cluster=env.cluster, service="web", force=True)["service"]
    assert deleted["status"] == "DRAINING"
    assert deleted["desiredCount"] == 0
    wait_until(
        lambda: not env.containers(),
        timeout=20,
        interval=0.2,
        message=f"containers of the deleted service stopped\n{env.diagnostics()}",
    )
    wait_until(
        lambda: env.service("web")["status"] == "INACTIVE",
        timeout=20,
        interval=0.2,
        message="service INACTIVE",
    )
    tasks = env.ecs.describe_tasks(cluster=env.cluster, tasks=sorted(arns))["tasks"]
    assert {t["lastStatus"] for t in tasks} == {"STOPPED"}
    assert env.ecs.list_services(cluster=env.cluster)["serviceArns"] == []


def test_killed_container_is_replaced(env: ServiceEnv):
    td = env.register(env.cluster + "-web")
    env.create_service("web", td, 2)
    before = agree(env, "web", 2)
    wait_service_stable(env.ecs, env.cluster, "web", timeout=20)
    victim = sorted(before)[0]
    cid = env.containers()[victim][0]
    killed_at = time.monotonic()
    docker("kill", cid)

    def replaced():
        arns = running_arns(env.ecs, env.cluster, "web")
        fresh = arns - before
        containers = env.containers()
        if len(arns) == 2 and victim not in arns and fresh and set(containers) == arns:
            return fresh
        return None

    fresh = wait_until(replaced, timeout=15, interval=0.1, message=f"a replacement task\n{env.diagnostics()}")
    took = time.monotonic() - killed_at
    assert took < 10, f"replacement took {took:.1f}s"
    dead = env.ecs.describe_tasks(cluster=env.cluster, tasks=[victim])["tasks"][0]
    assert dead["lastStatus"] == "STOPPED"
    assert dead["stopCode"] == "EssentialContainerExited", dead.get("stopCode")
    assert dead["containers"][0].get("exitCode") == 137, dead["containers"][0]
    assert len(fresh) == 1
    svc = wait_service_stable(env.ecs, env.cluster, "web", timeout=20)
    assert len(svc["deployments"]) == 1


def test_berth_up_runs_services_on_its_default_cluster(berth_bin, tmp_path):
    """`berth up`: the control plane and a local agent in one process, cluster `default`."""
    up = BerthServer(berth_bin, tmp_path / "up", extra_args=["--task-settle-secs", "1"], command="up")
    up.start()
    ecs = up.client("ecs")
    created: set[str] = set()
    try:
        wait_until(
            lambda: any(i["agentConnected"] for i in ecs.describe_container_instances(
                cluster="default",
                containerInstances=ecs.list_container_instances(cluster="default")["containerInstanceArns"] or ["none"],
            )["containerInstances"]),
            timeout=30,
            message="the local agent connected",
        )
        family = f"up-{tmp_path.name}"[:60]
        td = ecs.register_task_definition(
            family=family,
            containerDefinitions=[{"name": "app", "image": "berth-test:v1", "memory": 64, "essential": True}],
        )["taskDefinition"]
        ecs.create_service(cluster="default", serviceName="web", taskDefinition=f"{family}:{td['revision']}", desiredCount=2)

        def both_running():
            arns = running_arns(ecs, "default", "web")
            created.update(arns)
            docker_arns = {a for a in running_task_containers("default") if a in arns}
            return arns if len(arns) == 2 and docker_arns == arns else None

        wait_until(both_running, timeout=20, interval=0.2, message=f"2 tasks on berth up\n{up.log_tail()}")
        wait_service_stable(ecs, "default", "web", timeout=20)
        ecs.delete_service(cluster="default", service="web", force=True)
        wait_until(
            lambda: not (set(running_task_containers("default")) & created),
            timeout=20,
            interval=0.2,
            message="berth up stopped the deleted service's containers",
        )
    finally:
        up.stop()
        # `default` is shared with any other `berth up` on this host: remove only our tasks.
        for arn in created:
            ids = docker("ps", "-aq", "--filter", f"label=com.berth.task-arn={arn}", check=False).split()
            if ids:
                docker("rm", "-f", *ids, check=False)


def test_force_delete_stops_tasks_that_have_not_settled_yet(berth_bin, make_server, tmp_path):
    server = make_server("settle40")  # ECS's 40 s settle period (the default)
    env = ServiceEnv(berth_bin, server, tmp_path, prefix="unsettled")
    try:
        env.add_agent()
        td = env.register(env.cluster + "-web")
        env.create_service("web", td, 2)
        agree(env, "web", 2)
        env.ecs.delete_service(cluster=env.cluster, service="web", force=True)
        wait_until(
            lambda: not env.containers(),
            timeout=10,
            interval=0.2,
            message=f"containers of the deleted service stopped\n{env.diagnostics()}",
        )
    finally:
        env.cleanup()
