#!/usr/bin/env python3
"""Benchmarks of berth's container agent on this host's Docker (a script, not a test).

Run from the repository root, against a release build:

    CARGO_TARGET_DIR=/work/target cargo build --release -p berth
    scripts/build-test-image.sh
    python3 tests/py/bench_agent.py --bin /work/target/release/berth [--runs 30] [--burst 50] \
        [--json results.json] [--check]

It starts one `berth server` and one `berth agent` (own cluster, temporary data dirs) and
measures:

1. Idle RSS of the agent: VmRSS from /proc/<agent pid>/status after it registered and sat idle
   for `--idle-secs` (before any task ran; the RSS after the runs is printed too).
2. RunTask → RUNNING latency of a one-container task of `berth-test:latest` (a local image,
   no pull), `--runs` sequential runs: from just before the RunTask call until DescribeTasks
   (polled every 10 ms) first reports RUNNING. Each run is interleaved with a bare
   `docker run -d` of the same image with the same memory limit (returns once the container
   started), measured the same way, and the ratio of the medians is reported.
3. Burst: `--burst` tasks started at once (RunTask calls of count 10, issued concurrently), time
   until every one of them is RUNNING; for scale, the same number of bare `docker run -d`, 10
   at a time.

Goals (issue 3): median RunTask → RUNNING ≤ 1.0 s and ≤ 1.5 × docker run; idle RSS ≤ 15 MiB.
`--check` exits 1 when a goal is missed. Every task is stopped and its containers removed.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from agent_harness import (  # noqa: E402
    TEST_IMAGE,
    AgentEnv,
    app,
    docker,
    ensure_test_image,
    remove_containers,
    remove_task_containers,
)

POLL_SECS = 0.01
RUNNING_TIMEOUT_SECS = 60.0
GOAL_MEDIAN_SECS = 1.0
GOAL_RATIO = 1.5
GOAL_RSS_MIB = 15.0


def percentile(values: list[float], fraction: float) -> float:
    """Nearest-rank percentile (p99 of 30 samples is the largest one)."""
    ordered = sorted(values)
    rank = max(1, min(len(ordered), int(round(fraction * len(ordered) + 0.5))))
    return ordered[rank - 1]


def wait_all_running(env: AgentEnv, arns: list[str], timeout: float = RUNNING_TIMEOUT_SECS) -> float:
    """Polls DescribeTasks until every task is RUNNING; returns the monotonic time it was seen.
    Raises if a task stops or the timeout passes."""
    pending = set(arns)
    deadline = time.monotonic() + timeout
    while pending:
        batch = sorted(pending)[:100]
        described = env.ecs.describe_tasks(cluster=env.cluster, tasks=batch)["tasks"]
        now = time.monotonic()
        for task in described:
            if task["lastStatus"] == "RUNNING":
                pending.discard(task["taskArn"])
            elif task["lastStatus"] == "STOPPED":
                raise RuntimeError(f"task stopped: {task.get('stopCode')} {task.get('stoppedReason')}")
        if not pending:
            return now
        if now > deadline:
            raise RuntimeError(f"{len(pending)} tasks not RUNNING after {timeout}s")
        time.sleep(POLL_SECS)
    return time.monotonic()


def stop_and_remove(env: AgentEnv, arns: list[str]) -> None:
    for arn in arns:
        try:
            env.ecs.stop_task(cluster=env.cluster, task=arn)
        except Exception:  # noqa: BLE001 - best effort, containers are removed below anyway
            pass
    for arn in arns:
        remove_task_containers(arn)


def measure_idle_rss(env: AgentEnv, idle_secs: float) -> float:
    time.sleep(idle_secs)
    return env.agent.rss_kib() / 1024.0


def measure_latency(env: AgentEnv, runs: int) -> tuple[list[float], list[float]]:
    family = env.register([app("app", memory=64)])
    berth, bare = [], []
    # One warm-up of each, not counted (first container of a fresh daemon session is slower).
    for counted in [False] + [True] * runs:
        started = time.monotonic()
        task = env.run_task(family, track=False)
        seen = wait_all_running(env, [task["taskArn"]])
        if counted:
            berth.append(seen - started)
        stop_and_remove(env, [task["taskArn"]])

        started = time.monotonic()
        cid = docker("run", "-d", "--memory", "64m", "--label", "bench.bare=1", TEST_IMAGE)
        if counted:
            bare.append(time.monotonic() - started)
        remove_containers([cid])
    return berth, bare


def measure_burst(env: AgentEnv, total: int) -> float:
    family = env.register([app("app", memory=32)])
    counts = [10] * (total // 10) + ([total % 10] if total % 10 else [])
    arns: list[str] = []
    started = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(max_workers=len(counts)) as pool:
        clients = [env.server.client("ecs") for _ in counts]
        futures = [
            pool.submit(client.run_task, cluster=env.cluster, taskDefinition=family, count=count)
            for client, count in zip(clients, counts)
        ]
        for future in futures:
            response = future.result()
            if response["failures"]:
                raise RuntimeError(f"RunTask failures: {response['failures']}")
            arns.extend(t["taskArn"] for t in response["tasks"])
    try:
        seen = wait_all_running(env, arns, timeout=180)
        return seen - started
    finally:
        stop_and_remove(env, arns)


def measure_bare_burst(total: int) -> float:
    """The same burst with bare `docker run -d`, 10 at a time (the baseline for the burst)."""
    started = time.monotonic()
    ids: list[str] = []
    try:
        with concurrent.futures.ThreadPoolExecutor(max_workers=10) as pool:
            futures = [
                pool.submit(docker, "run", "-d", "--memory", "32m", "--label", "bench.bare=1", TEST_IMAGE)
                for _ in range(total)
            ]
            ids = [future.result() for future in futures]
        return time.monotonic() - started
    finally:
        remove_containers(ids)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bin", default=os.environ.get("BERTH_BIN", "/work/target/release/berth"))
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--burst", type=int, default=50)
    parser.add_argument("--idle-secs", type=float, default=5.0)
    parser.add_argument("--json", help="write the figures to this file")
    parser.add_argument("--check", action="store_true", help="exit 1 when a goal is missed")
    args = parser.parse_args()

    ensure_test_image()
    results: dict = {"binary": args.bin, "runs": args.runs, "burst": args.burst}
    with tempfile.TemporaryDirectory(prefix="berth-bench-") as base:
        env = AgentEnv(Path(args.bin), Path(base), prefix="bench", cleanup_wait_secs=1)
        try:
            env.start()
            rss = measure_idle_rss(env, args.idle_secs)
            results["agent_idle_rss_mib"] = round(rss, 2)
            print(f"agent idle RSS: {rss:.1f} MiB (pid {env.agent.pid})", flush=True)

            berth, bare = measure_latency(env, args.runs)
            med_b, med_d = statistics.median(berth), statistics.median(bare)
            results["runtask_to_running_s"] = {
                "median": round(med_b, 4),
                "p99": round(percentile(berth, 0.99), 4),
                "min": round(min(berth), 4),
                "max": round(max(berth), 4),
            }
            results["docker_run_d_s"] = {
                "median": round(med_d, 4),
                "p99": round(percentile(bare, 0.99), 4),
                "min": round(min(bare), 4),
                "max": round(max(bare), 4),
            }
            results["ratio_median"] = round(med_b / med_d, 3)
            print(
                f"RunTask→RUNNING: median {med_b * 1000:.0f} ms, p99 {percentile(berth, 0.99) * 1000:.0f} ms "
                f"(n={len(berth)}); docker run -d: median {med_d * 1000:.0f} ms, "
                f"p99 {percentile(bare, 0.99) * 1000:.0f} ms; ratio {med_b / med_d:.2f}",
                flush=True,
            )

            burst = measure_burst(env, args.burst)
            results["burst_all_running_s"] = round(burst, 3)
            bare_burst = measure_bare_burst(args.burst)
            results["burst_docker_run_d_s"] = round(bare_burst, 3)
            print(
                f"burst: {args.burst} tasks RUNNING after {burst:.2f} s "
                f"({args.burst} x docker run -d, 10 at a time: {bare_burst:.2f} s)",
                flush=True,
            )

            time.sleep(args.idle_secs)
            results["agent_rss_after_runs_mib"] = round(env.agent.rss_kib() / 1024.0, 2)
            print(f"agent RSS after the runs: {results['agent_rss_after_runs_mib']:.1f} MiB")
        finally:
            env.close()
            remove_containers(docker("ps", "-aq", "--filter", "label=bench.bare=1").split())

    goals = {
        "median_le_1s": results["runtask_to_running_s"]["median"] <= GOAL_MEDIAN_SECS,
        "ratio_le_1.5": results["ratio_median"] <= GOAL_RATIO,
        "idle_rss_le_15MiB": results["agent_idle_rss_mib"] <= GOAL_RSS_MIB,
    }
    results["goals"] = goals
    print("goals: " + ", ".join(f"{k}={'met' if v else 'MISSED'}" for k, v in goals.items()))
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2) + "\n")
    return 0 if (all(goals.values()) or not args.check) else 1


if __name__ == "__main__":
    sys.exit(main())
