"""Service benchmarks on real Docker: one `berth server` and one `berth agent` on this host.

    CARGO_TARGET_DIR=/work/target cargo build --release -p berth
    scripts/build-test-image.sh          # berth-test:v1 / :v2, if missing
    BERTH_BIN=/work/target/release/berth python3 tests/py/bench_services.py [--tasks 20] [--kills 10]

Three measurements, each against its goal:
  1. CreateService desiredCount=N (20) → N tasks RUNNING in DescribeTasks, N containers running
     in Docker (goal ≤ 3 s), next to the floor: N concurrent `docker run -d` measured just before.
  2. `docker kill` of a service container → a replacement task RUNNING, median over K (10) kills
     (goal ≤ 1 s). Each kill waits for the service to be stable again first.
Figures 1 and 2 use the control plane's `startedAt` stamp of the RUNNING report (the bench's own
polling latency is shown beside them as "observed by polling").
  3. Rolling update of N tasks (minimumHealthyPercent 100, maximumPercent 200, container health
     check every 5 s, ECS's minimum interval; the goal was written for 1 s, which ECS's
     validation rejects) → the new deployment COMPLETED and alone (goal ≤ 15 s).

For each, the phases come from the tasks' own timestamps (createdAt, pullStartedAt,
pullStoppedAt, startedAt, stoppingAt, stoppedAt: all stamped by the control plane), so the
report shows where the time goes. Logs stay in the printed work directory (`--keep`).
Everything is bounded: each phase has a timeout, and the services, agent, server and
containers are removed at the end.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from berth_harness import BerthServer, wait_until  # noqa: E402
from service_harness import (  # noqa: E402
    ServiceEnv,
    docker,
    live_tasks,
    running_arns,
    service,
)

POLL = 0.02


def epoch(value) -> float:
    if isinstance(value, _dt.datetime):
        return value.timestamp()
    return float(value)


def phases(tasks: list[dict], since: float) -> dict[str, float]:
    """Latest of each task timestamp, relative to `since` (seconds)."""
    out: dict[str, float] = {}
    for field in ("createdAt", "pullStartedAt", "pullStoppedAt", "startedAt"):
        stamps = [epoch(t[field]) for t in tasks if t.get(field)]
        if stamps:
            out[f"first {field}"] = min(stamps) - since
            out[f"last {field}"] = max(stamps) - since
    return out


def show(title: str, figure: float, goal: float, extra: dict[str, float]) -> bool:
    ok = figure <= goal
    print(f"\n== {title}: {figure:.2f} s (goal ≤ {goal:g} s) {'MET' if ok else 'MISSED'}")
    for name, value in extra.items():
        print(f"   {name:<28} {value:7.3f} s")
    return ok


def docker_baseline(count: int) -> float:
    """`docker run -d` of `count` test containers at once (the Docker floor for bench 1)."""
    import subprocess

    label = f"berth-bench-baseline={os.getpid()}"
    started = time.time()
    procs = [
        subprocess.Popen(
            ["docker", "run", "-d", "--label", label, "-m", "64m", "berth-test:v1"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for _ in range(count)
    ]
    for proc in procs:
        proc.wait(timeout=120)
    took = time.time() - started
    ids = docker("ps", "-aq", "--filter", f"label={label}").split()
    if ids:
        docker("rm", "-f", *ids, check=False)
    return took


def docker_time(value: str) -> float:
    text = value.rstrip("Z")
    head, _, frac = text.partition(".")
    stamp = _dt.datetime.strptime(head, "%Y-%m-%dT%H:%M:%S").replace(tzinfo=_dt.timezone.utc).timestamp()
    return stamp + float("0." + (frac or "0"))


def docker_phases(containers: list[str], since: float) -> dict[str, float]:
    """When Docker created and started the containers (from `docker inspect`), relative to
    `since`: what the agent asked of Docker, and how long Docker took."""
    import json

    if not containers:
        return {}
    docs = json.loads(docker("inspect", *containers))
    created = [docker_time(d["Created"]) - since for d in docs]
    running = [docker_time(d["State"]["StartedAt"]) - since for d in docs]
    return {
        "docker: first Created": min(created),
        "docker: last Created": max(created),
        "docker: first StartedAt": min(running),
        "docker: last StartedAt": max(running),
    }


def bench_create(env: ServiceEnv, count: int) -> bool:
    baseline = docker_baseline(count)
    td = env.register(env.cluster + "-create")
    started = time.time()
    env.create_service("create", td, count)

    def all_running():
        return len(running_arns(env.ecs, env.cluster, "create")) == count and len(env.containers()) == count

    wait_until(all_running, timeout=120, interval=POLL, message=f"{count} RUNNING")
    observed = time.time() - started
    tasks = live_tasks(env.ecs, env.cluster, "create")
    # The figure is the control plane's own stamp of the last RUNNING report; polling (ListTasks,
    # DescribeTasks and `docker ps` per round) only adds its own latency on top.
    took = max(epoch(t["startedAt"]) for t in tasks) - started
    extra = {"observed by polling": observed}
    extra.update(phases(tasks, started))
    extra.update(docker_phases([c[0] for c in env.containers().values()], started))
    extra[f"baseline: {count}× docker run -d"] = baseline
    ok = show(f"1. CreateService desiredCount={count} → all RUNNING", took, 3.0, extra)
    env.ecs.delete_service(cluster=env.cluster, service="create", force=True)
    wait_until(lambda: not env.containers(), timeout=120, interval=0.2, message="create service drained")
    return ok


def bench_kill(env: ServiceEnv, kills: int) -> bool:
    td = env.register(env.cluster + "-kill")
    env.create_service("kill", td, 2)
    wait_until(lambda: len(running_arns(env.ecs, env.cluster, "kill")) == 2, timeout=60, message="2 RUNNING")
    samples: list[float] = []
    observed: list[float] = []
    detect: list[float] = []
    created: list[float] = []
    for _ in range(kills):
        # Settled: two RUNNING tasks, each with its container.
        wait_until(
            lambda: len(running_arns(env.ecs, env.cluster, "kill")) == 2 and len(env.containers()) == 2,
            timeout=60,
            interval=0.05,
            message="service back to 2",
        )
        before = running_arns(env.ecs, env.cluster, "kill")
        victim = sorted(before)[0]
        cid = env.containers()[victim][0]
        killed = time.time()
        docker("kill", cid)

        def replacement():
            arns = running_arns(env.ecs, env.cluster, "kill")
            fresh = arns - before
            return fresh if fresh else None

        fresh = wait_until(replacement, timeout=60, interval=POLL, message="replacement RUNNING")
        observed.append(time.time() - killed)
        dead = env.ecs.describe_tasks(cluster=env.cluster, tasks=[victim])["tasks"][0]
        new = env.ecs.describe_tasks(cluster=env.cluster, tasks=sorted(fresh))["tasks"][0]
        samples.append(epoch(new["startedAt"]) - killed)
        if dead.get("stoppedAt"):
            detect.append(epoch(dead["stoppedAt"]) - killed)
        created.append(epoch(new["createdAt"]) - killed)
        time.sleep(0.5)
    median = statistics.median(samples)
    extra = {
        "min": min(samples),
        "max": max(samples),
        "median observed by polling": statistics.median(observed),
        "median kill → old STOPPED": statistics.median(detect) if detect else float("nan"),
        "median kill → new createdAt": statistics.median(created),
    }
    ok = show(f"2. docker kill → replacement RUNNING (median of {kills})", median, 1.0, extra)
    print("   samples: " + " ".join(f"{s:.2f}" for s in samples))
    env.ecs.delete_service(cluster=env.cluster, service="kill", force=True)
    wait_until(lambda: not env.containers(), timeout=60, interval=0.2, message="kill service drained")
    return ok


def bench_rollout(env: ServiceEnv, count: int) -> bool:
    v1 = env.register(env.cluster + "-roll", image="berth-test:v1", health=True)
    v2 = env.register(env.cluster + "-roll", image="berth-test:v2", health=True)
    env.create_service(
        "roll", v1, count, deploymentConfiguration={"minimumHealthyPercent": 100, "maximumPercent": 200}
    )

    def stable():
        svc = service(env.ecs, env.cluster, "roll")
        return len(svc["deployments"]) == 1 and svc["deployments"][0].get("rolloutState") == "COMPLETED" and svc["runningCount"] == count

    wait_until(stable, timeout=120, interval=0.2, message="v1 stable")
    old = running_arns(env.ecs, env.cluster, "roll")
    started = time.time()
    env.ecs.update_service(cluster=env.cluster, service="roll", taskDefinition=v2)
    first_healthy = None
    all_new_running = None
    while True:
        svc = service(env.ecs, env.cluster, "roll")
        now = time.time()
        if first_healthy is None or all_new_running is None:
            tasks = [t for t in live_tasks(env.ecs, env.cluster, "roll") if t["taskArn"] not in old]
            if all_new_running is None and len([t for t in tasks if t["lastStatus"] == "RUNNING"]) >= count:
                all_new_running = now - started
            if first_healthy is None and any(t.get("healthStatus") == "HEALTHY" for t in tasks):
                first_healthy = now - started
        if len(svc["deployments"]) == 1 and svc["deployments"][0].get("rolloutState") == "COMPLETED":
            break
        if now - started > 180:
            raise AssertionError(f"rollout not completed after 180 s: {svc['deployments']}")
        time.sleep(0.1)
    took = time.time() - started
    extra = {
        "all new tasks RUNNING": all_new_running or float("nan"),
        "first new task HEALTHY": first_healthy or float("nan"),
    }
    new_tasks = [t for t in live_tasks(env.ecs, env.cluster, "roll") if t["taskArn"] not in old]
    extra.update(phases(new_tasks, started))
    stopped = env.ecs.describe_tasks(cluster=env.cluster, tasks=sorted(old)[:100])["tasks"]
    stops = [epoch(t["stoppingAt"]) for t in stopped if t.get("stoppingAt")]
    if stops:
        extra["first old stoppingAt"] = min(stops) - started
        extra["last old stoppingAt"] = max(stops) - started
    ok = show(f"3. rolling update of {count} (100/200, health every 5 s) → COMPLETED", took, 15.0, extra)
    env.ecs.delete_service(cluster=env.cluster, service="roll", force=True)
    wait_until(lambda: not env.containers(), timeout=120, interval=0.2, message="roll service drained")
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bin", default=os.environ.get("BERTH_BIN", "/work/target/release/berth"))
    parser.add_argument("--tasks", type=int, default=20)
    parser.add_argument("--kills", type=int, default=10)
    parser.add_argument("--only", choices=["create", "kill", "rollout"], action="append")
    parser.add_argument("--keep", action="store_true", help="keep the work directory with the logs")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-services-"))
    print(f"berth: {args.bin}\nwork dir (logs): {work}")
    server = BerthServer(Path(args.bin), work / "data", extra_args=["--task-settle-secs", "1"])
    server.start()
    env = ServiceEnv(Path(args.bin), server, work, prefix="bench")
    results = {}
    try:
        env.add_agent()
        wanted = args.only or ["create", "kill", "rollout"]
        if "create" in wanted:
            results["create"] = bench_create(env, args.tasks)
        if "kill" in wanted:
            results["kill"] = bench_kill(env, args.kills)
        if "rollout" in wanted:
            results["rollout"] = bench_rollout(env, args.tasks)
    finally:
        env.cleanup()
        server.stop()
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    print("\n" + " ".join(f"{k}={'MET' if v else 'MISSED'}" for k, v in results.items()))
    return 0 if all(results.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
