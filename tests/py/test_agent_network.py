"""Network modes on a real Docker host: bridge, host (host ports reserved on the instance, a
second task wanting the same port fails placement with RESOURCE:PORTS), none, awsvpc (the task
has its own address, reported in attachments and containers[].networkInterfaces; its
containers share one network namespace and reach each other on localhost) and a FARGATE task
definition run unchanged with launchType FARGATE (the agent offers FARGATE capacity).

Traffic from the test process only goes to 127.0.0.1; anything inside a task's namespace is
checked with `docker exec` in that namespace.
"""

from __future__ import annotations

import json
import subprocess

import pytest

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
    wait_until,
)
from berth_harness import free_port, resource

env = agent_env_fixture("network", agent_args=["--fargate"])
_cleanup = task_cleanup_fixture()

AWSVPC = {"awsvpcConfiguration": {"subnets": ["subnet-12345678"], "assignPublicIp": "DISABLED"}}


def exec_get(container_id: str, port: int, path: str) -> tuple[int, str]:
    """GET 127.0.0.1:`port``path` from inside the container (its network namespace) with
    busybox nc (the image's busybox wget crashes): (HTTP status, body), (0, "") if no answer."""
    done = subprocess.run(
        ["docker", "exec", "-i", container_id, "nc", "-w", "5", "127.0.0.1", str(port)],
        input=f"GET {path} HTTP/1.0\r\nHost: localhost\r\n\r\n".encode(),
        capture_output=True,
        timeout=30,
    )
    out = done.stdout.decode("utf-8", "replace")
    head, _, body = out.partition("\r\n\r\n")
    if not head.startswith("HTTP/1."):
        return 0, out + done.stderr.decode("utf-8", "replace")
    return int(head.split()[1]), body


def test_bridge_mode_is_docker_bridge_with_published_ports(env):
    task = env.run_and_wait(
        [app(portMappings=[{"containerPort": 8080, "hostPort": 0}])], networkMode="bridge"
    )
    doc = inspect(container_of(task, "app")["runtimeId"])
    assert doc["HostConfig"]["NetworkMode"] in ("bridge", "default")
    assert "bridge" in doc["NetworkSettings"]["Networks"]
    port = container_of(task, "app")["networkBindings"][0]["hostPort"]
    status, body = http_get(f"http://127.0.0.1:{port}/health")
    assert status == 200, body


def test_host_mode_reserves_the_host_port(env):
    port = free_port()
    containers = [
        app(
            environment=env_list(PORT=str(port), BIND_ADDR="127.0.0.1"),
            portMappings=[{"containerPort": port, "hostPort": port}],
        )
    ]
    task = env.run_and_wait(containers, networkMode="host")
    doc = inspect(container_of(task, "app")["runtimeId"])
    assert doc["HostConfig"]["NetworkMode"] == "host"
    bindings = container_of(task, "app")["networkBindings"]
    assert any(b["hostPort"] == port and b["containerPort"] == port for b in bindings), bindings
    status, body = wait_until(
        lambda: (lambda r: r if r[0] == 200 else None)(http_get(f"http://127.0.0.1:{port}/health")),
        timeout=5,
        message="host-mode app answers on 127.0.0.1",
    )
    assert status == 200, body
    remaining = env.instance()["remainingResources"]
    assert str(port) in resource(remaining, "PORTS"), remaining

    # The same port again: placement refuses it (the instance has no such port left).
    response = env.run_task(task["taskDefinitionArn"], expect_failures=True)
    assert not response["tasks"], response["tasks"]
    reasons = [f.get("reason") for f in response["failures"]]
    assert "RESOURCE:PORTS" in reasons, response["failures"]

    env.ecs.stop_task(cluster=env.cluster, task=task["taskArn"])
    env.wait(task["taskArn"], "STOPPED", timeout=15)
    wait_until(
        lambda: str(port) not in resource(env.instance()["remainingResources"], "PORTS"),
        timeout=5,
        message="host port released",
    )


def test_none_mode_has_no_network(env):
    task = env.run_and_wait([app()], networkMode="none")
    doc = inspect(container_of(task, "app")["runtimeId"])
    assert doc["HostConfig"]["NetworkMode"] == "none"
    assert set(doc["NetworkSettings"]["Networks"]) <= {"none"}, doc["NetworkSettings"]["Networks"]
    assert not doc["NetworkSettings"].get("IPAddress")
    assert container_of(task, "app")["networkBindings"] == []
    # The app is up inside its empty namespace.
    code, body = exec_get(doc["Id"], 8080, "/health")
    assert (code, body.strip()) == (200, "healthy")


@pytest.fixture(scope="module")
def awsvpc_task(env):
    """One awsvpc task of two containers (web on 8080, side on 8081), shared by the awsvpc
    tests and stopped after them; yields (task described with both containers RUNNING, Docker
    documents by container name)."""
    containers = [
        app("web", portMappings=[{"containerPort": 8080}]),
        app("side", environment=env_list(PORT="8081"), portMappings=[{"containerPort": 8081}]),
    ]
    td = env.register(containers, networkMode="awsvpc")
    arn = env.run_task(td, track=False, networkConfiguration=AWSVPC)["taskArn"]
    try:
        task = env.wait(
            arn,
            "RUNNING",
            predicate=lambda t: all(c["lastStatus"] == "RUNNING" for c in t["containers"]),
        )
        yield task, task_containers(arn)
    finally:
        env.cleanup_tasks([arn])


def _pause(docs: dict) -> dict:
    pause = [d for n, d in docs.items() if n not in ("web", "side")]
    assert len(pause) == 1, f"expected one pause container, got {sorted(docs)}"
    return pause[0]


def test_awsvpc_containers_share_the_pause_namespace_and_localhost(awsvpc_task):
    task, docs = awsvpc_task
    pause_doc = _pause(docs)
    assert pause_doc["State"]["Running"]
    for name in ("web", "side"):
        assert docs[name]["HostConfig"]["NetworkMode"] == f"container:{pause_doc['Id']}", docs[name][
            "HostConfig"
        ]["NetworkMode"]
    # web reaches side on localhost (one namespace), through the test app's /fetch.
    code, body = exec_get(docs["web"]["Id"], 8080, "/fetch?url=http://127.0.0.1:8081/health")
    assert code == 200, body
    fetched = json.loads(body)
    assert fetched["status"] == 200 and fetched["body"].strip() == "healthy", fetched


def _eni_address(task: dict) -> str:
    attachments = [a for a in task.get("attachments", []) if a.get("type") == "ElasticNetworkInterface"]
    assert attachments, f"no ENI attachment: {task.get('attachments')}"
    details = {d["name"]: d["value"] for d in attachments[0].get("details", [])}
    assert attachments[0].get("status") == "ATTACHED", attachments[0]
    assert details.get("privateIPv4Address"), details
    return details["privateIPv4Address"]


def test_awsvpc_task_address_is_reported_in_attachments_and_network_interfaces(env, awsvpc_task):
    task, docs = awsvpc_task
    pause_doc = _pause(docs)
    pause_ips = {n["IPAddress"] for n in pause_doc["NetworkSettings"]["Networks"].values() if n["IPAddress"]}
    assert pause_ips, pause_doc["NetworkSettings"]["Networks"]
    # The agent learns the address once the pause container runs; give the report a moment.
    task = wait_until(
        lambda: (lambda t: t if any(
            d.get("name") == "privateIPv4Address"
            for a in t.get("attachments", [])
            for d in a.get("details", [])
        ) else None)(env.describe(task["taskArn"])),
        timeout=5,
        message="privateIPv4Address in the task's ENI attachment",
    )
    address = _eni_address(task)
    assert address in pause_ips, (address, pause_ips)
    for name in ("web", "side"):
        interfaces = container_of(task, name).get("networkInterfaces") or []
        assert interfaces and interfaces[0].get("privateIpv4Address") == address, (name, interfaces)


def test_awsvpc_stop_tears_down_the_namespace(env):
    td = env.register([app("web")], networkMode="awsvpc")
    arn = env.run_task(td, networkConfiguration=AWSVPC)["taskArn"]
    env.wait(arn, "RUNNING")
    pause_doc = _pause(task_containers(arn))
    env.ecs.stop_task(cluster=env.cluster, task=arn)
    stopped = env.wait(arn, "STOPPED", timeout=30)
    assert stopped["stopCode"] == "UserInitiated"
    assert container_of(stopped, "web")["exitCode"] == 0
    wait_until(
        lambda: not docker("ps", "-q", "--filter", f"id={pause_doc['Id']}"),
        timeout=10,
        message="pause container stopped",
    )


def test_fargate_task_definition_runs_unchanged_with_launch_type_fargate(env):
    containers = [app("web", portMappings=[{"containerPort": 8080}], memory=None)]
    containers[0].pop("memory")
    task = env.run_and_wait(
        containers,
        requiresCompatibilities=["FARGATE"],
        networkMode="awsvpc",
        cpu="256",
        memory="512",
        launchType="FARGATE",
        networkConfiguration=AWSVPC,
    )
    assert task["launchType"] == "FARGATE"
    doc = inspect(container_of(task, "web")["runtimeId"])
    variables = dict(item.split("=", 1) for item in doc["Config"]["Env"])
    assert variables.get("AWS_EXECUTION_ENV") == "AWS_ECS_FARGATE"
    # The task's memory bounds a container that sets none.
    assert doc["HostConfig"]["Memory"] == 512 * 1024 * 1024
    code, body = exec_get(doc["Id"], 8080, "/health")
    assert (code, body.strip()) == (200, "healthy")
