"""Health checks and container ordering on a real Docker host.

- A container health check is Docker's (`docker inspect` State.Health); the container's
  healthStatus in DescribeTasks follows it, and the task's healthStatus aggregates its essential
  containers (HEALTHY when all are, UNHEALTHY when any is).
- `dependsOn` START / COMPLETE / SUCCESS / HEALTHY: the dependent's Docker StartedAt comes after
  the dependency started / exited / exited 0 / first passed its check.

Health checks run every 5 s (ECS's smallest interval), so these tests take a few seconds each.
"""

from __future__ import annotations

import time

from agent_harness import (
    agent_env_fixture,
    app,
    container_of,
    docker_time,
    inspect,
    task_cleanup_fixture,
    task_containers,
    wait_until,
)

env = agent_env_fixture("health")
_cleanup = task_cleanup_fixture()

# ECS's smallest interval; Docker runs the first probe one interval after the start.
INTERVAL = 5
PASSING = {
    "command": ["CMD", "/berth-testapp", "check", "http://127.0.0.1:8080/health"],
    "interval": INTERVAL,
    "timeout": 2,
    "retries": 1,
    "startPeriod": 0,
}
FAILING = dict(PASSING, command=["CMD-SHELL", "exit 1"])


def _docker_health(docker_id: str) -> str:
    health = inspect(docker_id)["State"].get("Health") or {}
    return health.get("Status", "")


def _wait_docker_health(docker_id: str, status: str) -> None:
    wait_until(
        lambda: _docker_health(docker_id) == status,
        timeout=INTERVAL * 3,
        message=f"docker health {status}",
    )


def test_passing_check_makes_the_container_and_the_task_healthy(env):
    task = env.run_and_wait([app(healthCheck=PASSING)])
    arn = task["taskArn"]
    container = container_of(task, "app")
    assert container.get("healthStatus", "UNKNOWN") == "UNKNOWN"
    docker_id = container["runtimeId"]
    config = inspect(docker_id)["Config"]["Healthcheck"]
    assert config["Test"] == PASSING["command"]
    assert config["Interval"] == INTERVAL * 1_000_000_000
    assert config["Retries"] == 1

    _wait_docker_health(docker_id, "healthy")
    # Docker says healthy: berth must say so too, for the container and then for the task.
    described = wait_until(
        lambda: (lambda t: t if container_of(t, "app").get("healthStatus") == "HEALTHY" else None)(
            env.describe(arn)
        ),
        timeout=5,
        message="container healthStatus HEALTHY in DescribeTasks (Docker reports healthy)",
    )
    described = wait_until(
        lambda: (lambda t: t if t.get("healthStatus") == "HEALTHY" else None)(env.describe(arn)),
        timeout=5,
        message="task healthStatus HEALTHY in DescribeTasks",
    )
    assert described["lastStatus"] == "RUNNING"


def test_failing_check_makes_the_container_and_the_task_unhealthy(env):
    task = env.run_and_wait([app("good", healthCheck=PASSING), app("bad", healthCheck=FAILING)])
    arn = task["taskArn"]
    _wait_docker_health(container_of(task, "bad")["runtimeId"], "unhealthy")
    _wait_docker_health(container_of(task, "good")["runtimeId"], "healthy")
    described = wait_until(
        lambda: (lambda t: t if container_of(t, "bad").get("healthStatus") == "UNHEALTHY" else None)(
            env.describe(arn)
        ),
        timeout=5,
        message="container healthStatus UNHEALTHY in DescribeTasks (Docker reports unhealthy)",
    )
    assert container_of(described, "good").get("healthStatus") == "HEALTHY", described["containers"]
    described = wait_until(
        lambda: (lambda t: t if t.get("healthStatus") == "UNHEALTHY" else None)(env.describe(arn)),
        timeout=5,
        message="task healthStatus UNHEALTHY in DescribeTasks",
    )
    # A standalone task is not stopped for being unhealthy (only services replace such tasks).
    assert described["lastStatus"] == "RUNNING"


def _first_pass(doc: dict) -> float:
    """When the container's health check first passed (Docker keeps the last few probes)."""
    log = (doc["State"].get("Health") or {}).get("Log") or []
    passes = [docker_time(entry["End"]) for entry in log if entry.get("ExitCode") == 0]
    assert passes, f"no passing probe in {log}"
    return min(passes)


def test_depends_on_conditions_order_the_containers(env):
    containers = [
        app("init", essential=False, command=["sleep", "1"]),
        app("job", essential=False, command=["exit", "3"]),
        app("db", environment=[{"name": "PORT", "value": "8080"}], healthCheck=PASSING),
        app(
            "web",
            environment=[{"name": "PORT", "value": "8080"}],
            dependsOn=[
                {"containerName": "init", "condition": "SUCCESS"},
                {"containerName": "job", "condition": "COMPLETE"},
                {"containerName": "db", "condition": "HEALTHY"},
            ],
        ),
        app("sidecar", dependsOn=[{"containerName": "web", "condition": "START"}]),
    ]
    started = time.monotonic()
    task = env.run_task(env.register(containers))
    arn = task["taskArn"]
    described = env.wait(
        arn,
        "RUNNING",
        timeout=INTERVAL * 4,
        predicate=lambda t: container_of(t, "sidecar")["lastStatus"] == "RUNNING",
    )
    # web waited at least for db's first probe, one interval after db started.
    assert time.monotonic() - started >= INTERVAL - 0.5
    assert container_of(described, "init")["exitCode"] == 0
    assert container_of(described, "job")["exitCode"] == 3
    docs = task_containers(arn)
    start = {name: docker_time(doc["State"]["StartedAt"]) for name, doc in docs.items()}
    finish = {name: docker_time(doc["State"]["FinishedAt"]) for name, doc in docs.items() if not doc["State"]["Running"]}
    assert start["web"] >= finish["init"], "web started before init succeeded"
    assert start["web"] >= finish["job"], "web started before job completed"
    assert start["web"] >= _first_pass(docs["db"]), "web started before db was healthy"
    assert start["sidecar"] >= start["web"], "sidecar started before web"
    # Containers with no dependencies start at once, side by side.
    assert abs(start["db"] - start["init"]) < 3.0


def test_depends_on_a_container_that_exits_at_once(env):
    # A dependency that exits within milliseconds of its start may be seen by the agent only
    # as exited; it still ran, so COMPLETE and SUCCESS are satisfied. Five tasks at once make
    # the race with Docker's events likely to show.
    containers = [
        app("quick-fail", essential=False, command=["exit", "3"]),
        app("quick-ok", essential=False, command=["exit", "0"]),
        app(
            "web",
            dependsOn=[
                {"containerName": "quick-fail", "condition": "COMPLETE"},
                {"containerName": "quick-ok", "condition": "SUCCESS"},
            ],
        ),
    ]
    response = env.run_task(env.register(containers), expect_failures=True, count=5)
    assert not response["failures"], response["failures"]
    outcomes = []
    for task in response["tasks"]:
        try:
            described = env.wait(task["taskArn"], "RUNNING", timeout=20)
            outcomes.append(
                (container_of(described, "quick-fail").get("exitCode"), container_of(described, "quick-ok").get("exitCode"))
            )
        except RuntimeError as error:
            outcomes.append(str(error))
    assert outcomes == [(3, 0)] * 5, outcomes
