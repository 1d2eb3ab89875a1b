"""The agent side of the black-box harness: a real `berth agent` process next to a real
`berth server`, the Docker CLI as the source of truth, and per-test cleanup of every container
a test's tasks created.

Reused by the `test_agent_*.py` modules and by `bench_agent.py`. Like berth_harness.py it only
uses the binary's command line, its data directories and the ECS wire API; what Docker really
did is read with `docker inspect`, never from berth.

- `BerthAgent`: start (waits until the instance is registered and its session is up), stop
  (SIGTERM), kill (`kill -9`), restart on the same data dir, `pid`, `log_tail()`.
- `AgentEnv`: one server + one cluster + one agent, with `run_task()` that records every task so
  that `cleanup()` can stop it and remove its containers (label `com.berth.task-arn`).
- Docker helpers: `docker()`, `inspect()`, `task_containers()`, `remove_task_containers()`.
- ECS waits: `wait_task()` (fails fast, with the stop reason, when a task stops early).
"""

from __future__ import annotations

import json
import os
import subprocess
import time
from pathlib import Path
from typing import Any, Callable, Iterable, Optional

from botocore.exceptions import ClientError

from berth_harness import (
    kill_process,
    stop_process,
    BerthServer,
    _die_with_parent,
    unique_name,
    wait_until,
)

# How long `berth agent` may take from spawn to a registered instance with a live session (the
# pause image is imported on first start; that is a `docker import` of ~2 MB).
AGENT_STARTUP_TIMEOUT_SECS = 30.0
# Deadline of one Docker CLI call.
DOCKER_TIMEOUT_SECS = 60.0
# The image every agent test runs; built by scripts/build-test-image.sh, never pulled.
TEST_IMAGE = "berth-test:latest"

TASK_ARN_LABEL = "com.berth.task-arn"
CLUSTER_LABEL = "com.berth.cluster"


# --------------------------------------------------------------------------------------------
# Docker


def docker(*args: str, check: bool = True, timeout: float = DOCKER_TIMEOUT_SECS) -> str:
    """Runs the docker CLI and returns its stdout (stripped). Raises on a non-zero exit when
    `check`."""
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


def inspect(container: str) -> dict:
    """`docker inspect` of one container (id or name)."""
    return json.loads(docker("inspect", "--type", "container", container))[0]


def try_inspect(container: str) -> Optional[dict]:
    out = docker("inspect", "--type", "container", container, check=False)
    if not out:
        return None
    parsed = json.loads(out)
    return parsed[0] if parsed else None


def containers_with_label(label: str, value: str) -> list[str]:
    """Ids of every container (running or not) whose label `label` equals `value`."""
    out = docker("ps", "-aq", "--no-trunc", "--filter", f"label={label}={value}")
    return [line for line in out.splitlines() if line]


def task_containers(task_arn: str) -> dict[str, dict]:
    """The task's containers as Docker knows them, by `com.berth.container-name` label (the
    awsvpc pause container included), each a `docker inspect` document."""
    found = {}
    for cid in containers_with_label(TASK_ARN_LABEL, task_arn):
        doc = try_inspect(cid)
        if doc:
            name = doc["Config"]["Labels"].get("com.berth.container-name", cid)
            found[name] = doc
    return found


def remove_containers(ids: Iterable[str]) -> None:
    ids = list(ids)
    if ids:
        docker("rm", "-f", "-v", *ids, check=False)


def volumes_with_label(label: str, value: str) -> list[str]:
    out = docker("volume", "ls", "-q", "--filter", f"label={label}={value}")
    return [line for line in out.splitlines() if line]


def remove_task_containers(task_arn: str) -> None:
    """Removes the task's containers and the named volumes berth created for it."""
    remove_containers(containers_with_label(TASK_ARN_LABEL, task_arn))
    volumes = volumes_with_label(TASK_ARN_LABEL, task_arn)
    if volumes:
        docker("volume", "rm", "-f", *volumes, check=False)


def docker_time(value: str) -> float:
    """Docker's RFC 3339 nanosecond timestamp as epoch seconds (microsecond precision)."""
    import datetime as _dt

    text = value.rstrip("Z")
    if "." in text:
        head, frac = text.split(".", 1)
        text = f"{head}.{frac[:6]}"
    else:
        text = f"{text}.0"
    return _dt.datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%f").replace(tzinfo=_dt.timezone.utc).timestamp()


def image_present(image: str = TEST_IMAGE) -> bool:
    return bool(docker("image", "inspect", "--format", "{{.Id}}", image, check=False))


def ensure_test_image() -> str:
    """Builds berth-test:latest/v1/v2 with scripts/build-test-image.sh when it is missing."""
    if image_present(TEST_IMAGE) and image_present("berth-test:v2"):
        return TEST_IMAGE
    script = Path(__file__).resolve().parents[2] / "scripts" / "build-test-image.sh"
    done = subprocess.run([str(script)], capture_output=True, text=True, timeout=1800)
    if done.returncode != 0:
        raise RuntimeError(f"build-test-image.sh failed:\n{done.stderr[-3000:]}")
    return done.stdout.strip() or TEST_IMAGE


# --------------------------------------------------------------------------------------------
# The agent process


class BerthAgent:
    """One `berth agent` process for `server`'s cluster `cluster`, with its own data dir.

    Credentials come from the server's generated credentials file (AWS_SHARED_CREDENTIALS_FILE).
    Output goes to `<data_dir>-agent-N.log`.
    """

    def __init__(
        self,
        binary: Path,
        server: BerthServer,
        cluster: str,
        data_dir: Path,
        extra_args: Iterable[str] = (),
        cleanup_wait_secs: Optional[int] = 5,
        env: Optional[dict] = None,
    ):
        self.binary = Path(binary)
        self.server = server
        self.cluster = cluster
        self.data_dir = Path(data_dir)
        self.extra_args = list(extra_args)
        self.cleanup_wait_secs = cleanup_wait_secs
        self.extra_env = dict(env or {})
        self.process: Optional[subprocess.Popen] = None
        self.log_path: Optional[Path] = None
        self._starts = 0

    @property
    def pid(self) -> int:
        assert self.process is not None, "agent not running"
        return self.process.pid

    @property
    def instance_arn(self) -> Optional[str]:
        """The container instance ARN the agent persisted (None before its first registration)."""
        path = self.data_dir / "instance.json"
        try:
            return json.loads(path.read_text()).get("container_instance_arn")
        except (OSError, ValueError):
            return None

    def args(self) -> list[str]:
        args = [
            str(self.binary),
            "agent",
            "--endpoint",
            self.server.endpoint,
            "--cluster",
            self.cluster,
            "--data-dir",
            str(self.data_dir),
        ]
        if self.cleanup_wait_secs is not None:
            args += ["--task-cleanup-wait-secs", str(self.cleanup_wait_secs)]
        return args + self.extra_args

    def spawn(self) -> None:
        """Starts the process without waiting for it to register."""
        assert self.process is None or self.process.poll() is not None, "already running"
        self._starts += 1
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.log_path = self.data_dir.parent / f"{self.data_dir.name}-agent-{self._starts}.log"
        env = {
            k: v
            for k, v in os.environ.items()
            if not k.startswith("BERTH_") and not k.startswith("AWS_")
        }
        env["AWS_SHARED_CREDENTIALS_FILE"] = str(self.server.credentials_file)
        env.setdefault("BERTH_LOG", "info")
        env.update(self.extra_env)
        log = open(self.log_path, "wb")
        try:
            self.process = subprocess.Popen(
                self.args(),
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                env=env,
                preexec_fn=_die_with_parent,
            )
        finally:
            log.close()

    def start(self, ecs=None, timeout: float = AGENT_STARTUP_TIMEOUT_SECS) -> "BerthAgent":
        """Spawns the agent and waits until its instance is registered and connected."""
        self.spawn()
        self.wait_connected(ecs or self.server.client("ecs"), timeout=timeout)
        return self

    def wait_connected(self, ecs, connected: bool = True, timeout: float = AGENT_STARTUP_TIMEOUT_SECS) -> dict:
        """Waits until DescribeContainerInstances reports agentConnected == `connected`."""

        def check():
            if connected:
                assert self.is_running(), f"berth agent exited early:\n{self.log_tail()}"
            arn = self.instance_arn
            if not arn:
                return None
            described = ecs.describe_container_instances(cluster=self.cluster, containerInstances=[arn])
            instances = described.get("containerInstances") or []
            if instances and instances[0].get("agentConnected") is connected:
                return instances[0]
            return None

        return wait_until(check, timeout=timeout, message=f"agentConnected={connected}")

    def stop(self) -> Optional[int]:
        """SIGTERM, then SIGKILL if it lingers. Returns the exit code."""
        proc, self.process = self.process, None
        return stop_process(proc)

    def kill(self) -> None:
        """`kill -9`: the agent gets no chance to stop anything."""
        proc, self.process = self.process, None
        kill_process(proc)

    def is_running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def rss_kib(self) -> int:
        """VmRSS of the agent process, in KiB."""
        for line in Path(f"/proc/{self.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
        raise AssertionError("no VmRSS in /proc status")

    def log_tail(self, lines: int = 40) -> str:
        if not self.log_path or not self.log_path.exists():
            return "(no log)"
        text = self.log_path.read_text(errors="replace").splitlines()
        return "\n".join(text[-lines:])


# --------------------------------------------------------------------------------------------
# ECS waits


def describe(ecs, cluster: str, task_arn: str) -> dict:
    response = ecs.describe_tasks(cluster=cluster, tasks=[task_arn])
    assert not response["failures"], response["failures"]
    return response["tasks"][0]


def wait_task(
    ecs,
    cluster: str,
    task_arn: str,
    status: str = "RUNNING",
    timeout: float = 20.0,
    predicate: Optional[Callable[[dict], bool]] = None,
) -> dict:
    """Waits until the task's lastStatus is `status` (and `predicate(task)` holds) and returns
    the described task. Waiting for RUNNING fails at once if the task stopped instead."""

    def check():
        task = describe(ecs, cluster, task_arn)
        if status != "STOPPED" and task["lastStatus"] == "STOPPED":
            raise RuntimeError(
                f"task stopped while waiting for {status}: stopCode={task.get('stopCode')} "
                f"stoppedReason={task.get('stoppedReason')!r} containers="
                f"{[(c['name'], c.get('exitCode'), c.get('reason')) for c in task.get('containers', [])]}"
            )
        if task["lastStatus"] == status and (predicate is None or predicate(task)):
            return task
        return None

    return wait_until(check, timeout=timeout, message=f"task {task_arn.rsplit('/', 1)[-1]} {status}")


def container_of(task: dict, name: str) -> dict:
    for container in task.get("containers", []):
        if container["name"] == name:
            return container
    raise AssertionError(f"no container {name} in {[c['name'] for c in task.get('containers', [])]}")


# --------------------------------------------------------------------------------------------
# One server + one cluster + one agent


class AgentEnv:
    """A `berth server`, a fresh cluster on it and a `berth agent` joined to that cluster.

    `run_task()` records every task it starts; `cleanup_tasks()` stops them through the API and
    removes their containers with the Docker CLI (whatever the agent did), so every test can
    end with it. `close()` also removes anything still labelled with the cluster.
    """

    def __init__(
        self,
        binary: Path,
        base: Path,
        prefix: str = "agent",
        agent_args: Iterable[str] = (),
        cleanup_wait_secs: Optional[int] = 5,
    ):
        self.binary = Path(binary)
        self.base = Path(base)
        self.server = BerthServer(self.binary, self.base / "data")
        self.cluster = unique_name(prefix)
        self.agent_args = list(agent_args)
        self.cleanup_wait_secs = cleanup_wait_secs
        self.agent: Optional[BerthAgent] = None
        self.ecs = None
        self.task_arns: list[str] = []
        self.families: list[str] = []

    def start(self) -> "AgentEnv":
        self.server.start()
        self.ecs = self.server.client("ecs")
        self.ecs.create_cluster(clusterName=self.cluster)
        self.agent = self.new_agent(self.cluster, "agent", self.agent_args)
        self.agent.start(self.ecs)
        return self

    def new_agent(self, cluster: str, name: str, extra_args: Iterable[str] = ()) -> BerthAgent:
        return BerthAgent(
            self.binary,
            self.server,
            cluster,
            self.base / name,
            extra_args=extra_args,
            cleanup_wait_secs=self.cleanup_wait_secs,
        )

    # -- task definitions and tasks ---------------------------------------------------------

    def register(self, containers: list, family: Optional[str] = None, **kwargs: Any) -> str:
        """Registers a task definition; returns `family:revision`."""
        family = family or unique_name("fam")
        td = self.ecs.register_task_definition(family=family, containerDefinitions=containers, **kwargs)
        definition = td["taskDefinition"]
        return f"{definition['family']}:{definition['revision']}"

    def run_task(
        self,
        task_definition: str,
        cluster: Optional[str] = None,
        expect_failures: bool = False,
        track: bool = True,
        **kwargs: Any,
    ) -> dict:
        """RunTask; records the tasks for `cleanup_tasks()` unless `track` is false (a module
        fixture that cleans up itself). Returns the whole response when `expect_failures`,
        else asserts there were none and returns the first task."""
        response = self.ecs.run_task(cluster=cluster or self.cluster, taskDefinition=task_definition, **kwargs)
        if track:
            self.task_arns.extend(task["taskArn"] for task in response.get("tasks", []))
        if expect_failures:
            return response
        assert not response["failures"], response["failures"]
        assert response["tasks"], response
        return response["tasks"][0]

    def run_and_wait(self, containers: list, status: str = "RUNNING", timeout: float = 20.0, **kwargs: Any) -> dict:
        td_kwargs = {k: kwargs.pop(k) for k in list(kwargs) if k in _TASK_DEFINITION_KEYS}
        task = self.run_task(self.register(containers, **td_kwargs), **kwargs)
        return wait_task(self.ecs, self.cluster, task["taskArn"], status, timeout=timeout)

    def describe(self, task_arn: str, cluster: Optional[str] = None) -> dict:
        return describe(self.ecs, cluster or self.cluster, task_arn)

    def wait(self, task_arn: str, status: str = "RUNNING", timeout: float = 20.0, **kwargs: Any) -> dict:
        cluster = kwargs.pop("cluster", None) or self.cluster
        return wait_task(self.ecs, cluster, task_arn, status, timeout=timeout, **kwargs)

    def instance(self, agent: Optional[BerthAgent] = None) -> dict:
        agent = agent or self.agent
        response = self.ecs.describe_container_instances(cluster=agent.cluster, containerInstances=[agent.instance_arn])
        assert not response["failures"], response["failures"]
        return response["containerInstances"][0]

    # -- cleanup ----------------------------------------------------------------------------

    def cleanup_tasks(self, arns: Optional[list[str]] = None) -> None:
        """Stops the given tasks, else every recorded one (best effort), and removes their
        containers."""
        if arns is None:
            arns, self.task_arns = self.task_arns, []
        for arn in arns:
            cluster = arn.split("/")[-2]
            try:
                self.ecs.stop_task(cluster=cluster, task=arn, reason="test cleanup")
            except (ClientError, Exception):  # noqa: BLE001 - cleanup reaches every task
                pass
        for arn in arns:
            remove_task_containers(arn)

    def close(self) -> None:
        try:
            self.cleanup_tasks()
        finally:
            if self.agent is not None:
                self.agent.stop()
            self.server.stop()
            remove_containers(containers_with_label(CLUSTER_LABEL, self.cluster))
            volumes = volumes_with_label(CLUSTER_LABEL, self.cluster)
            if volumes:
                docker("volume", "rm", "-f", *volumes, check=False)


_TASK_DEFINITION_KEYS = {
    "family",
    "networkMode",
    "volumes",
    "requiresCompatibilities",
    "cpu",
    "memory",
    "pidMode",
    "ipcMode",
    "placementConstraints",
}


def app(name: str = "app", **overrides: Any) -> dict:
    """A container definition of the test image: 64 MiB hard limit, essential."""
    definition = {"name": name, "image": TEST_IMAGE, "memory": 64, "essential": True}
    definition.update(overrides)
    return definition


def env_list(**variables: str) -> list:
    return [{"name": k, "value": v} for k, v in variables.items()]


def http_get(url: str, timeout: float = 5.0) -> tuple[int, str]:
    """GET `url` from the test process; (status, body)."""
    import urllib.error
    import urllib.request

    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8", "replace")


def elapsed_since(start: float) -> float:
    return time.monotonic() - start


# --------------------------------------------------------------------------------------------
# Fixtures


def agent_env_fixture(prefix: str, agent_args: Iterable[str] = (), cleanup_wait_secs: Optional[int] = 5):
    """A module-scoped pytest fixture yielding a started `AgentEnv`; assign it to a name in
    the test module (`env = agent_env_fixture("lifecycle")`). Pair it with
    `task_cleanup_fixture()` so that each test's tasks are stopped and removed after it."""
    import pytest

    @pytest.fixture(scope="module")
    def fixture(berth_bin: Path, tmp_path_factory: "pytest.TempPathFactory"):
        ensure_test_image()
        env = AgentEnv(
            berth_bin,
            tmp_path_factory.mktemp(prefix),
            prefix=prefix,
            agent_args=agent_args,
            cleanup_wait_secs=cleanup_wait_secs,
        )
        try:
            env.start()
            yield env
        finally:
            env.close()

    return fixture


def task_cleanup_fixture():
    """An autouse fixture: after each test, stop the tasks it started through `env` and remove
    their containers, whatever the outcome."""
    import pytest

    @pytest.fixture(autouse=True)
    def fixture(env: AgentEnv):
        yield
        env.cleanup_tasks()

    return fixture
