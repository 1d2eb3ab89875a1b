"""The agent process dying, restarting and losing its session, on a real Docker host.

- `kill -9` of `berth agent` leaves the task's containers running; the agent restarted on the
  same data dir re-adopts them (same Docker id, still RUNNING, StopTask still works) and the
  task metadata endpoint still answers the adopted container.
- A container killed with `docker kill` while the agent was down is reported STOPPED (exit
  code 137, EssentialContainerExited) after the restart.
- A stopped agent (SIGTERM) shows agentConnected=false once the disconnect window (5 s)
  passed; a StopTask issued meanwhile is carried out when it reconnects.
- Containers berth did not create are never touched, whatever the agent goes through.

Each test gets its own cluster and agent on the module's server (the agent is killed and
restarted); a bystander container without berth's labels watches every test.
"""

from __future__ import annotations

import json
import time

import pytest

from agent_harness import (
    AgentEnv,
    BerthAgent,
    TEST_IMAGE,
    agent_env_fixture,
    app,
    container_of,
    docker,
    http_get,
    inspect,
    remove_containers,
    containers_with_label,
    task_cleanup_fixture,
    task_containers,
    try_inspect,
    unique_name,
    wait_until,
)

# ECS marks an instance disconnected when its agent has been silent this long (berth's default).
DISCONNECT_WINDOW_SECS = 5

env = agent_env_fixture("restart", cleanup_wait_secs=2)
_cleanup = task_cleanup_fixture()


class Own:
    """A cluster and an agent of the test's own (killed and restarted at will)."""

    def __init__(self, env: AgentEnv, agent: BerthAgent):
        self.env = env
        self.agent = agent
        self.cluster = agent.cluster

    def run(self, containers: list, **kwargs) -> dict:
        td = self.env.register(containers)
        task = self.env.run_task(td, cluster=self.cluster, **kwargs)
        return self.env.wait(task["taskArn"], "RUNNING", cluster=self.cluster)

    def describe(self, arn: str) -> dict:
        return self.env.describe(arn, cluster=self.cluster)

    def wait(self, arn: str, status: str = "RUNNING", **kwargs) -> dict:
        return self.env.wait(arn, status, cluster=self.cluster, **kwargs)


@pytest.fixture
def own(env, unique):
    cluster = unique("own")
    env.ecs.create_cluster(clusterName=cluster)
    agent = env.new_agent(cluster, f"agent-{cluster}")
    agent.start(env.ecs)
    try:
        yield Own(env, agent)
    finally:
        env.cleanup_tasks()
        agent.stop()
        remove_containers(containers_with_label("com.berth.cluster", cluster))


@pytest.fixture(scope="module")
def bystander():
    """A container started with plain `docker run` (no berth labels, plus one that only looks
    like berth's: a task-arn label without `com.berth.managed=true`)."""
    marker = unique_name("bystander")
    ids = [
        docker("run", "-d", "--label", f"test.bystander={marker}", TEST_IMAGE),
        docker(
            "run",
            "-d",
            "--label",
            f"test.bystander={marker}",
            "--label",
            "com.berth.task-arn=arn:aws:ecs:us-east-1:000000000000:task/nobody/0123456789abcdef",
            "--label",
            "com.berth.managed=false",
            TEST_IMAGE,
        ),
    ]
    started = {cid: inspect(cid)["State"]["StartedAt"] for cid in ids}
    try:
        yield started
    finally:
        remove_containers(ids)


@pytest.fixture(autouse=True)
def _bystanders_survive(bystander):
    yield
    for cid, started_at in bystander.items():
        doc = try_inspect(cid)
        assert doc is not None, f"bystander {cid[:12]} was removed"
        assert doc["State"]["Running"], f"bystander {cid[:12]} was stopped: {doc['State']}"
        assert doc["State"]["StartedAt"] == started_at, f"bystander {cid[:12]} was restarted"


def test_kill_9_leaves_the_task_running_and_the_restarted_agent_readopts_it(own):
    task = own.run([app()])
    arn = task["taskArn"]
    docker_id = container_of(task, "app")["runtimeId"]
    started_at = inspect(docker_id)["State"]["StartedAt"]
    instance_arn = own.agent.instance_arn

    own.agent.kill()
    time.sleep(1.0)
    assert inspect(docker_id)["State"]["Running"], "container stopped with its agent"

    own.agent.start(own.env.ecs)
    assert own.agent.instance_arn == instance_arn, "the restarted agent registered a new instance"
    time.sleep(1.5)  # let the re-adopted actor settle and report
    described = own.describe(arn)
    assert described["lastStatus"] == "RUNNING", described
    assert container_of(described, "app")["runtimeId"] == docker_id
    doc = inspect(docker_id)
    assert doc["State"]["Running"] and doc["State"]["StartedAt"] == started_at, "container was restarted"
    assert list(task_containers(arn)) == ["app"], "a second container was created for the task"

    # The adopted task is under control: StopTask stops the very same container.
    own.env.ecs.stop_task(cluster=own.cluster, task=arn)
    stopped = own.wait(arn, "STOPPED", timeout=15)
    assert container_of(stopped, "app")["exitCode"] == 0
    after = try_inspect(docker_id)
    assert after is None or not after["State"]["Running"]


def test_metadata_endpoint_answers_adopted_containers_after_a_restart(own):
    task = own.run([app(portMappings=[{"containerPort": 8080, "hostPort": 0}])])
    port = container_of(task, "app")["networkBindings"][0]["hostPort"]
    status, body = http_get(f"http://127.0.0.1:{port}/metadata", timeout=10)
    assert status == 200, body
    own.agent.kill()
    own.agent.start(own.env.ecs)
    time.sleep(1.0)
    status, body = http_get(f"http://127.0.0.1:{port}/metadata", timeout=10)
    assert status == 200, f"metadata endpoint unreachable for an adopted container: {body}"
    assert json.loads(json.loads(body)["task"]["body"])["TaskARN"] == task["taskArn"]


def test_container_killed_while_the_agent_was_down_is_reported_stopped(own):
    task = own.run([app()])
    arn = task["taskArn"]
    docker_id = container_of(task, "app")["runtimeId"]
    own.agent.kill()
    docker("kill", docker_id)
    assert own.describe(arn)["lastStatus"] == "RUNNING"  # nobody told the control plane yet
    own.agent.start(own.env.ecs)
    stopped = own.wait(arn, "STOPPED", timeout=15)
    assert stopped["stopCode"] == "EssentialContainerExited", stopped
    assert container_of(stopped, "app")["exitCode"] == 137
    assert container_of(stopped, "app")["runtimeId"] == docker_id


def test_disconnected_agent_is_marked_and_a_stop_issued_meanwhile_applies_on_reconnect(own):
    task = own.run([app()])
    arn = task["taskArn"]
    docker_id = container_of(task, "app")["runtimeId"]

    stopped_at = time.monotonic()
    own.agent.stop()  # SIGTERM: the agent leaves, its tasks keep running
    instance = own.agent.wait_connected(own.env.ecs, connected=False, timeout=DISCONNECT_WINDOW_SECS + 10)
    assert instance["agentConnected"] is False
    assert time.monotonic() - stopped_at < DISCONNECT_WINDOW_SECS + 5
    assert inspect(docker_id)["State"]["Running"], "the agent's shutdown stopped a task container"

    own.env.ecs.stop_task(cluster=own.cluster, task=arn, reason="while disconnected")
    pending = own.describe(arn)
    assert pending["desiredStatus"] == "STOPPED"
    assert pending["lastStatus"] != "STOPPED", "STOPPED reported with no agent to stop it"
    time.sleep(1.0)
    assert inspect(docker_id)["State"]["Running"]

    own.agent.start(own.env.ecs)  # waits for agentConnected=true
    stopped = own.wait(arn, "STOPPED", timeout=15)
    assert stopped["stopCode"] == "UserInitiated"
    assert stopped["stoppedReason"] == "while disconnected"
    doc = try_inspect(docker_id)
    assert doc is None or not doc["State"]["Running"]


def test_containers_not_created_by_berth_survive_everything(own, bystander):
    # A task runs and stops, the agent is killed and restarted, stopped gracefully and started
    # again, and the stopped task's containers are cleaned up; the bystanders stay untouched
    # (checked after the test by `_bystanders_survive`).
    task = own.run([app()])
    arn = task["taskArn"]
    own.agent.kill()
    own.agent.start(own.env.ecs)
    own.env.ecs.stop_task(cluster=own.cluster, task=arn)
    own.wait(arn, "STOPPED", timeout=15)
    own.agent.stop()
    own.agent.start(own.env.ecs)
    wait_until(lambda: task_containers(arn) == {}, timeout=15, message="stopped task cleaned up")
