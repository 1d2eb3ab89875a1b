"""Rolling updates on real Docker: a health-gated v1 → v2 rollout under minimumHealthyPercent 100
/ maximumPercent 200 ends with one deployment and the boto3 `services_stable` waiter succeeds;
a revision that crashes trips the circuit breaker, which fails the deployment and rolls back;
`berth deploy` exits 0 for a rollout that completes, 2 for one that fails and 3 on timeout.

The module's server counts tasks without health checks as healthy after 5 s
(`--task-settle-secs 5`; ECS: 40 s): longer than the crashing revision lives (1 s), so that its
tasks count as failures rather than as settled, yet short enough for quick rollouts. Tasks with a container health check count as healthy
only once DescribeTasks reports HEALTHY, which needs the agent to report Docker's health.
"""

from __future__ import annotations

import pytest

from berth_harness import BerthServer, wait_until
from service_harness import (
    ServiceEnv,
    container_env,
    live_tasks,
    running_arns,
    short_events,
    wait_service_stable,
    deploy_cli,
)

SETTLE_SECS = 5
CRASH = {"EXIT_AFTER_SECS": "1", "EXIT_CODE": "1"}
BREAKER = {
    "deploymentCircuitBreaker": {"enable": True, "rollback": True},
    "minimumHealthyPercent": 100,
    "maximumPercent": 200,
}


@pytest.fixture(scope="module")
def svc_server(berth_bin, tmp_path_factory):
    base = tmp_path_factory.mktemp("svc-rollout")
    srv = BerthServer(berth_bin, base / "data", extra_args=["--task-settle-secs", str(SETTLE_SECS)])
    srv.start()
    try:
        yield srv
    finally:
        srv.stop()


@pytest.fixture
def env(berth_bin, svc_server, tmp_path):
    world = ServiceEnv(berth_bin, svc_server, tmp_path, prefix="roll")
    world.add_agent()
    try:
        yield world
    finally:
        world.cleanup()


def variants(env: ServiceEnv) -> dict[str, str]:
    """Running containers of the cluster: task ARN → BERTH_TEST_VARIANT of its container."""
    return {arn: container_env(ids[0]).get("BERTH_TEST_VARIANT", "?") for arn, ids in env.containers().items()}


def test_health_gated_rolling_update_completes_with_one_deployment(env: ServiceEnv):
    v1 = env.register(env.cluster + "-web", image="berth-test:v1", health=True)
    v2 = env.register(env.cluster + "-web", image="berth-test:v2", health=True)
    env.create_service(
        "web", v1, 3, deploymentConfiguration={"minimumHealthyPercent": 100, "maximumPercent": 200}
    )
    wait_until(
        lambda: len(running_arns(env.ecs, env.cluster, "web")) == 3,
        timeout=20,
        message=f"3 v1 tasks RUNNING\n{env.diagnostics()}",
    )

    def healthy_v1():
        tasks = live_tasks(env.ecs, env.cluster, "web")
        return len(tasks) == 3 and all(t.get("healthStatus") == "HEALTHY" for t in tasks)

    # Docker's first health check runs `interval` (5 s, ECS's minimum) after start.
    wait_until(
        healthy_v1,
        timeout=25,
        interval=0.3,
        message="DescribeTasks reports healthStatus HEALTHY for 3 health-checked tasks "
        f"(Docker says healthy; does the agent report TaskHealth?)\n{env.diagnostics()}",
    )
    wait_service_stable(env.ecs, env.cluster, "web", timeout=15)
    old = running_arns(env.ecs, env.cluster, "web")

    updated = env.ecs.update_service(cluster=env.cluster, service="web", taskDefinition=v2)["service"]
    assert len(updated["deployments"]) == 2
    # While it rolls, RUNNING + PENDING never exceeds 200 % and healthy never drops below 100 %.
    worst_total = 0
    worst_healthy = 3

    def done():
        nonlocal worst_total, worst_healthy
        tasks = live_tasks(env.ecs, env.cluster, "web")
        worst_total = max(worst_total, len([t for t in tasks if t["lastStatus"] != "STOPPED"]))
        healthy = len([t for t in tasks if t["lastStatus"] == "RUNNING" and t.get("healthStatus") == "HEALTHY"])
        worst_healthy = min(worst_healthy, healthy)
        svc = env.service("web")
        return svc if len(svc["deployments"]) == 1 and svc["deployments"][0]["rolloutState"] == "COMPLETED" else None

    svc = wait_until(done, timeout=60, interval=0.3, message=f"the v2 rollout completed\n{env.diagnostics()}")
    # The boto3 waiter sees the same thing.
    env.ecs.get_waiter("services_stable").wait(
        cluster=env.cluster, services=["web"], WaiterConfig={"Delay": 1, "MaxAttempts": 30}
    )
    assert svc["taskDefinition"].endswith("task-definition/" + v2)
    assert svc["deployments"][0]["taskDefinition"] == svc["taskDefinition"]
    assert worst_total <= 6, f"{worst_total} tasks live at once (maximumPercent 200 of 3)"
    assert worst_healthy >= 3, f"only {worst_healthy} healthy tasks at one point (minimumHealthyPercent 100)"
    now = running_arns(env.ecs, env.cluster, "web")
    assert len(now) == 3 and not (now & old)
    wait_until(lambda: set(variants(env)) == now, timeout=15, message="old containers stopped")
    assert set(variants(env).values()) == {"v2"}
    messages = short_events(svc)
    assert any("deployment completed" in m for m in messages), messages


def test_circuit_breaker_fails_the_deployment_and_rolls_back(env: ServiceEnv):
    good = env.register(env.cluster + "-web")
    bad = env.register(env.cluster + "-web", environment=CRASH)
    first = env.create_service("web", good, 2, deploymentConfiguration=BREAKER)
    stable_id = first["deployments"][0]["id"]
    wait_service_stable(env.ecs, env.cluster, "web", timeout=20)

    updated = env.ecs.update_service(cluster=env.cluster, service="web", taskDefinition=bad)["service"]
    failing_id = next(d["id"] for d in updated["deployments"] if d["status"] == "PRIMARY")

    # The FAILED deployment stays in deployments[] only until its (crashed) tasks are gone,
    # which can be well under a second after the rollback; sample it closely, and rely on the
    # events and the service deployment history, which stay.
    seen_failed: list[dict] = []

    def rolled_back():
        svc = env.service("web")
        seen_failed.extend(d for d in svc["deployments"] if d["id"] == failing_id and d.get("rolloutState") == "FAILED")
        messages = short_events(svc)
        return svc if any(f"rolling back to deployment {stable_id}" in m for m in messages) else None

    svc = wait_until(rolled_back, timeout=60, interval=0.05, message=f"the rollback event\n{env.diagnostics()}")
    messages = short_events(svc)
    assert any(f"(deployment {failing_id}) deployment failed" in m for m in messages), messages
    primary = next(d for d in svc["deployments"] if d["status"] == "PRIMARY")
    assert primary["id"] not in (failing_id, stable_id), "the rollback is a new PRIMARY deployment"
    assert primary["taskDefinition"].endswith("task-definition/" + good), primary["taskDefinition"]
    for failed in seen_failed:
        assert "circuit breaker" in failed.get("rolloutStateReason", ""), failed

    # The history keeps the failed deployment: rolled back, for the circuit breaker, 3 failures.
    listed = env.ecs.list_service_deployments(cluster=env.cluster, service="web")["serviceDeployments"]
    arns = [d["serviceDeploymentArn"] for d in listed]
    history = env.ecs.describe_service_deployments(serviceDeploymentArns=arns)["serviceDeployments"]
    undone = [d for d in history if d["status"].startswith("ROLLBACK_")]
    assert len(undone) == 1, [(d["status"], d.get("statusReason")) for d in history]
    assert "circuit breaker" in undone[0].get("statusReason", ""), undone[0]
    assert undone[0]["deploymentCircuitBreaker"]["failureCount"] >= 3, undone[0]["deploymentCircuitBreaker"]

    # The rollback completes: one deployment, the good revision, its containers only.
    svc = wait_service_stable(env.ecs, env.cluster, "web", timeout=40)
    assert svc["taskDefinition"].endswith("task-definition/" + good)
    arns = running_arns(env.ecs, env.cluster, "web")
    wait_until(lambda: set(env.containers()) == arns, timeout=15, message="only the rolled-back tasks run")
    for task in live_tasks(env.ecs, env.cluster, "web"):
        assert task["taskDefinitionArn"].endswith("task-definition/" + good)


def test_berth_deploy_exits_zero_when_the_rollout_completes(env: ServiceEnv, berth_bin, svc_server):
    v1 = env.register(env.cluster + "-web", image="berth-test:v1")
    v2 = env.register(env.cluster + "-web", image="berth-test:v2")
    env.create_service("web", v1, 2)
    wait_service_stable(env.ecs, env.cluster, "web", timeout=20)
    done = deploy_cli(
        berth_bin, svc_server, "--cluster", env.cluster, "--service", "web",
        "--task-definition", v2, "--timeout", "60", "--poll-interval-ms", "300",
    )
    out = done.stdout + done.stderr
    assert done.returncode == 0, out
    assert "following deployment ecs-svc/" in done.stdout
    assert "PRIMARY" in done.stdout and "IN_PROGRESS" in done.stdout, out
    assert "deployment completed" in done.stdout, out  # the service event, as it appeared
    assert "is stable" in done.stdout, out
    assert "\x1b[" not in done.stdout, "no colour when stdout is not a terminal"
    svc = env.service("web")
    assert len(svc["deployments"]) == 1 and svc["taskDefinition"].endswith("task-definition/" + v2)
    # Stable means the old tasks have stopped, not merely been asked to.
    assert set(variants(env).values()) == {"v2"}, variants(env)


def test_berth_deploy_exits_non_zero_with_the_reason_when_the_rollout_fails(env: ServiceEnv, berth_bin, svc_server):
    good = env.register(env.cluster + "-web")
    bad = env.register(env.cluster + "-web", environment=CRASH)
    env.create_service("web", good, 2, deploymentConfiguration=BREAKER)
    wait_service_stable(env.ecs, env.cluster, "web", timeout=20)
    done = deploy_cli(
        berth_bin, svc_server, "--cluster", env.cluster, "--service", "web",
        "--task-definition", bad, "--timeout", "90", "--poll-interval-ms", "300",
    )
    out = done.stdout + done.stderr
    assert done.returncode == 2, out
    assert "rolled back" in done.stderr, out
    assert "circuit breaker" in done.stderr, out
    assert "deployment failed" in done.stdout, out  # the service event


def test_berth_deploy_times_out_and_reports_unknown_services(env: ServiceEnv, berth_bin, svc_server):
    small = env.register(env.cluster + "-web")
    # More memory than the host has: the new deployment can never place a task.
    huge = env.register(env.cluster + "-web", memory=10_000_000)
    env.create_service("web", small, 1)
    wait_service_stable(env.ecs, env.cluster, "web", timeout=20)
    done = deploy_cli(
        berth_bin, svc_server, "--cluster", env.cluster, "--service", "web",
        "--task-definition", huge, "--timeout", "3", "--poll-interval-ms", "300",
    )
    assert done.returncode == 3, done.stdout + done.stderr
    assert "timed out" in done.stderr
    assert "unable to place a task" in done.stdout, done.stdout

    missing = deploy_cli(berth_bin, svc_server, "--cluster", env.cluster, "--service", "nope", "--timeout", "5")
    assert missing.returncode == 1, missing.stdout + missing.stderr
    assert "ServiceNotFoundException" in missing.stderr or "ServiceNotActiveException" in missing.stderr, missing.stderr


def test_stable_only_once_old_tasks_have_stopped(env: ServiceEnv):
    # Old tasks that take 4 s to stop (they ignore SIGTERM) make the window wide.
    slow = env.register(env.cluster + "-web", environment={"IGNORE_SIGTERM": "1"}, stop_timeout=4)
    v2 = env.register(env.cluster + "-web", image="berth-test:v2")
    env.create_service("web", slow, 2)
    wait_service_stable(env.ecs, env.cluster, "web", timeout=20)
    old = running_arns(env.ecs, env.cluster, "web")
    env.ecs.update_service(cluster=env.cluster, service="web", taskDefinition=v2)
    # Wait for the rollout to make progress, then for what DescribeServices calls stable.
    wait_until(lambda: len(env.service("web")["deployments"]) == 2, timeout=5, message="two deployments")
    wait_service_stable(env.ecs, env.cluster, "web", timeout=40)
    tasks = env.ecs.describe_tasks(cluster=env.cluster, tasks=sorted(old))["tasks"]
    assert {t["lastStatus"] for t in tasks} == {"STOPPED"}, [(t["lastStatus"], t["desiredStatus"]) for t in tasks]
    assert not (set(env.containers()) & old), "old containers still run once the service is stable"
