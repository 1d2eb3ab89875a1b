"""The services side of the black-box harness: a real `berth server`, one or more real
`berth agent` processes on this host's Docker, and the Docker CLI as the source of truth.

Reused by the `test_services_*.py` modules and by `bench_services.py`. Like berth_harness.py it
only uses the binary's command line, its data directories and the ECS wire API; what Docker
really runs is read with `docker ps`, never from berth.

- `Agent`: one `berth agent` process (start waits for its registered, connected instance; stop,
  kill -9, restart on the same data dir, `log_tail()`).
- `ServiceEnv`: one server + one uniquely named cluster + its agents, with helpers to register
  task definitions and create services; `cleanup()` deletes every service it created, stops the
  agents and removes every container labelled with the cluster (the name is unique per test, so
  this never touches another test's containers).
- Docker helpers: `running_task_containers()` (task ARN → container ids, by the
  `com.berth.task-arn` label), `docker()`.
- ECS helpers: `service()`, `live_tasks()`, `wait_service_stable()`, `task_definition_variant()`.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from pathlib import Path
from typing import Any, Iterable, Optional

from botocore.exceptions import ClientError

from berth_harness import (
    SHUTDOWN_TIMEOUT_SECS,
    BerthServer,
    _die_with_parent,
    unique_name,
    wait_until,
)

# From spawn to a registered instance whose session is up (a debug build on a loaded machine).
AGENT_STARTUP_TIMEOUT_SECS = 30.0
# Deadline of one Docker CLI call.
DOCKER_TIMEOUT_SECS = 60.0
# How long cleanup waits for a deleted service's tasks to stop before removing containers.
CLEANUP_WAIT_SECS = 10.0

TASK_ARN_LABEL = "com.berth.task-arn"
CLUSTER_LABEL = "com.berth.cluster"
HEALTH_CHECK = ["CMD", "/berth-testapp", "check", "http://127.0.0.1:8080/health"]


# --------------------------------------------------------------------------------------------
# Docker


def docker(*args: str, check: bool = True, timeout: float = DOCKER_TIMEOUT_SECS) -> str:
    done = subprocess.run(
        ["docker", *args],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    if check and done.returncode != 0:
        raise AssertionError(f"docker {' '.join(args)} exited {done.returncode}: {done.stderr.strip()}")
    return done.stdout.strip()


def running_task_containers(cluster: str) -> dict[str, list[str]]:
    """Running containers of `cluster`'s tasks: task ARN (label `com.berth.task-arn`) → ids."""
    out = docker(
        "ps",
        "--no-trunc",
        "--filter",
        f"label={CLUSTER_LABEL}={cluster}",
        "--filter",
        "status=running",
        "--format",
        '{{.ID}}\t{{.Label "' + TASK_ARN_LABEL + '"}}',
    )
    found: dict[str, list[str]] = {}
    for line in out.splitlines():
        cid, _, arn = line.partition("\t")
        if cid and arn:
            found.setdefault(arn, []).append(cid)
    return found


def container_env(container: str) -> dict[str, str]:
    env = json.loads(docker("inspect", "--format", "{{json .Config.Env}}", container)) or []
    return dict(item.split("=", 1) for item in env if "=" in item)


def remove_cluster_containers(cluster: str) -> None:
    ids = docker("ps", "-aq", "--no-trunc", "--filter", f"label={CLUSTER_LABEL}={cluster}", check=False)
    ids = [i for i in ids.splitlines() if i]
    if ids:
        docker("rm", "-f", "-v", *ids, check=False)


# --------------------------------------------------------------------------------------------
# The agent process


class Agent:
    """One `berth agent` for `server`'s cluster, with its own data dir and log file."""

    def __init__(self, binary: Path, server: BerthServer, cluster: str, data_dir: Path, extra_args: Iterable[str] = ()):
        self.binary = Path(binary)
        self.server = server
        self.cluster = cluster
        self.data_dir = Path(data_dir)
        self.extra_args = list(extra_args)
        self.process: Optional[subprocess.Popen] = None
        self.log_path: Optional[Path] = None
        self.instance_arn: Optional[str] = None
        self._starts = 0

    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("AWS_", "BERTH_"))}
        env.update(
            AWS_SHARED_CREDENTIALS_FILE=str(self.server.credentials_file),
            AWS_REGION="us-east-1",
            BERTH_LOG=os.environ.get("BERTH_AGENT_LOG", "info"),
        )
        return env

    def start(self, ecs=None) -> "Agent":
        """Spawns the agent; with `ecs`, waits until its instance is registered and connected."""
        assert self.process is None, "already running"
        self._starts += 1
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.log_path = self.data_dir.parent / f"{self.data_dir.name}-agent-{self._starts}.log"
        args = [
            str(self.binary),
            "agent",
            "--endpoint",
            self.server.endpoint,
            "--cluster",
            self.cluster,
            "--data-dir",
            str(self.data_dir),
            "--task-cleanup-wait-secs",
            "5",
            *self.extra_args,
        ]
        with open(self.log_path, "wb") as log:
            self.process = subprocess.Popen(
                args,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                env=self.env(),
                preexec_fn=_die_with_parent,
            )
        if ecs is not None:
            self.wait_connected(ecs)
        return self

    def _persisted_arn(self) -> Optional[str]:
        try:
            return json.loads((self.data_dir / "instance.json").read_text()).get("container_instance_arn")
        except (OSError, ValueError):
            return None

    def wait_connected(self, ecs, timeout: float = AGENT_STARTUP_TIMEOUT_SECS) -> str:
        def connected():
            assert self.process is not None and self.process.poll() is None, (
                f"agent exited {self.process.returncode if self.process else '?'}:\n{self.log_tail()}"
            )
            arn = self._persisted_arn()
            if not arn:
                return None
            found = ecs.describe_container_instances(cluster=self.cluster, containerInstances=[arn])
            items = found["containerInstances"]
            return arn if items and items[0]["agentConnected"] else None

        self.instance_arn = wait_until(connected, timeout=timeout, message=f"agent connected\n{self.log_tail()}")
        return self.instance_arn

    def stop(self) -> None:
        if self.process is None:
            return
        proc = self.process
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=SHUTDOWN_TIMEOUT_SECS)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=SHUTDOWN_TIMEOUT_SECS)
        self.process = None

    def kill(self) -> None:
        """`kill -9`: containers keep running, the session just drops."""
        if self.process is None:
            return
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=SHUTDOWN_TIMEOUT_SECS)
        self.process = None

    def log_tail(self, lines: int = 30) -> str:
        if not self.log_path or not self.log_path.exists():
            return "(no agent log)"
        return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])


# --------------------------------------------------------------------------------------------
# ECS helpers


def service(ecs, cluster: str, name: str) -> dict:
    found = ecs.describe_services(cluster=cluster, services=[name])
    assert not found["failures"], found["failures"]
    return found["services"][0]


def live_tasks(ecs, cluster: str, service_name: Optional[str] = None) -> list[dict]:
    """Tasks whose desired status is RUNNING (PENDING or RUNNING), described."""
    kwargs: dict[str, Any] = {"cluster": cluster, "desiredStatus": "RUNNING"}
    if service_name:
        kwargs["serviceName"] = service_name
    arns: list[str] = []
    for page in ecs.get_paginator("list_tasks").paginate(**kwargs):
        arns += page["taskArns"]
    tasks: list[dict] = []
    for start in range(0, len(arns), 100):
        tasks += ecs.describe_tasks(cluster=cluster, tasks=arns[start : start + 100])["tasks"]
    return tasks


def running_arns(ecs, cluster: str, service_name: Optional[str] = None) -> set[str]:
    return {t["taskArn"] for t in live_tasks(ecs, cluster, service_name) if t["lastStatus"] == "RUNNING"}


def is_stable(svc: dict) -> bool:
    """What the `services-stable` waiter checks, plus a COMPLETED rollout and no PENDING task."""
    deployments = svc["deployments"]
    return (
        svc["status"] == "ACTIVE"
        and len(deployments) == 1
        and deployments[0].get("rolloutState", "COMPLETED") == "COMPLETED"
        and svc["runningCount"] == svc["desiredCount"]
        and svc["pendingCount"] == 0
    )


def wait_service_stable(ecs, cluster: str, name: str, timeout: float = 30.0) -> dict:
    return wait_until(
        lambda: (lambda s: s if is_stable(s) else None)(service(ecs, cluster, name)),
        timeout=timeout,
        interval=0.2,
        message=f"service {name} stable",
    )


def short_events(svc: dict) -> list[str]:
    return [e["message"] for e in svc.get("events", [])]


# --------------------------------------------------------------------------------------------
# One test's world


class ServiceEnv:
    """A server, a unique cluster and its agents; everything is undone by `cleanup()`."""

    def __init__(self, binary: Path, server: BerthServer, base_dir: Path, prefix: str = "svc"):
        self.binary = Path(binary)
        self.server = server
        self.base_dir = Path(base_dir)
        self.ecs = server.client("ecs")
        self.cluster = unique_name(prefix)[:60]
        self.ecs.create_cluster(clusterName=self.cluster)
        self.agents: list[Agent] = []
        self.services: list[str] = []

    def add_agent(self, *extra_args: str, wait: bool = True) -> Agent:
        agent = Agent(
            self.binary,
            self.server,
            self.cluster,
            self.base_dir / f"{self.cluster}-agent{len(self.agents)}",
            extra_args,
        )
        self.agents.append(agent)
        agent.start(self.ecs if wait else None)
        return agent

    def register(
        self,
        family: str,
        image: str = "berth-test:v1",
        health: bool = False,
        environment: Optional[dict[str, str]] = None,
        memory: int = 64,
        stop_timeout: int = 2,
    ) -> str:
        """Registers an EC2/bridge task definition running the test app; returns family:revision."""
        container: dict[str, Any] = {
            "name": "app",
            "image": image,
            "memory": memory,
            "essential": True,
            # The test app exits on SIGTERM at once; the short stop timeout bounds a stuck stop.
            "stopTimeout": stop_timeout,
        }
        if health:
            container["healthCheck"] = {"command": HEALTH_CHECK, "interval": 5, "timeout": 2, "retries": 2, "startPeriod": 0}
        if environment:
            container["environment"] = [{"name": k, "value": v} for k, v in environment.items()]
        td = self.ecs.register_task_definition(family=family, containerDefinitions=[container])["taskDefinition"]
        return f"{td['family']}:{td['revision']}"

    def create_service(self, name: str, task_definition: str, desired: int, **kwargs: Any) -> dict:
        self.services.append(name)
        kwargs.setdefault("launchType", "EC2")
        return self.ecs.create_service(
            cluster=self.cluster, serviceName=name, taskDefinition=task_definition, desiredCount=desired, **kwargs
        )["service"]

    def service(self, name: str) -> dict:
        return service(self.ecs, self.cluster, name)

    def containers(self) -> dict[str, list[str]]:
        return running_task_containers(self.cluster)

    def diagnostics(self) -> str:
        parts = [f"--- server log\n{self.server.log_tail(40)}"]
        for index, agent in enumerate(self.agents):
            parts.append(f"--- agent {index} log\n{agent.log_tail(20)}")
        return "\n".join(parts)

    def cleanup(self) -> None:
        """Deletes the services, stops the agents, removes every container of the cluster."""
        ecs = self.ecs
        if self.server.is_running():
            for name in self.services:
                try:
                    ecs.delete_service(cluster=self.cluster, service=name, force=True)
                except ClientError:
                    pass
            deadline = time.monotonic() + CLEANUP_WAIT_SECS
            while time.monotonic() < deadline:
                try:
                    if not running_task_containers(self.cluster):
                        break
                except AssertionError:
                    break
                time.sleep(0.3)
        for agent in self.agents:
            try:
                agent.stop()
            except Exception:  # noqa: BLE001 - teardown must reach every agent
                agent.kill()
        remove_cluster_containers(self.cluster)


def deploy_cli(binary: Path, server: BerthServer, *args: str, timeout: float = 120.0) -> subprocess.CompletedProcess:
    """Runs `berth deploy` against `server` with its credentials from the environment."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AWS_", "BERTH_"))}
    env.update(
        AWS_SHARED_CREDENTIALS_FILE=str(server.credentials_file),
        AWS_ENDPOINT_URL_ECS=server.endpoint,
        AWS_REGION="us-east-1",
        NO_COLOR="1",
    )
    return subprocess.run(
        [str(binary), "deploy", *args],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
