"""`berth up`: the control plane and a local agent in one process. The agent joins cluster
`default` and offers the EC2, FARGATE and EXTERNAL launch types, so a task definition written
for any of them runs unchanged on this host's Docker.
"""

from __future__ import annotations

import pytest

from agent_harness import (
    TEST_IMAGE,
    app,
    container_of,
    ensure_test_image,
    inspect,
    remove_task_containers,
    wait_task,
)
from berth_harness import BerthServer, unique_name, wait_until

AWSVPC = {"awsvpcConfiguration": {"subnets": ["subnet-12345678"]}}


@pytest.fixture(scope="module")
def up(berth_bin, tmp_path_factory):
    ensure_test_image()
    server = BerthServer(berth_bin, tmp_path_factory.mktemp("up") / "data", command="up")
    server.start()
    ecs = server.client("ecs")
    started: list[str] = []
    try:
        yield server, ecs, started
    finally:
        for arn in started:
            try:
                ecs.stop_task(cluster="default", task=arn)
            except Exception:  # noqa: BLE001 - cleanup reaches every task
                pass
        server.stop()
        for arn in started:
            remove_task_containers(arn)


def _local_instance(ecs) -> dict:
    arns = ecs.list_container_instances(cluster="default")["containerInstanceArns"]
    if not arns:
        return {}
    described = ecs.describe_container_instances(cluster="default", containerInstances=arns)
    connected = [i for i in described["containerInstances"] if i.get("agentConnected")]
    return connected[0] if connected else {}


def test_up_registers_a_connected_local_instance_in_default(up):
    _, ecs, _ = up
    instance = wait_until(lambda: _local_instance(ecs), timeout=30, message="local agent registered")
    assert instance["status"] == "ACTIVE"
    names = {a["name"] for a in instance["attributes"]}
    assert "ecs.capability.fargate" in names, sorted(names)


@pytest.mark.parametrize(
    "launch_type,definition_kwargs,run_kwargs",
    [
        ("EC2", {}, {}),
        (
            "FARGATE",
            {"requiresCompatibilities": ["FARGATE"], "networkMode": "awsvpc", "cpu": "256", "memory": "512"},
            {"networkConfiguration": AWSVPC},
        ),
        ("EXTERNAL", {"requiresCompatibilities": ["EXTERNAL"]}, {}),
    ],
)
def test_up_runs_each_launch_type_unchanged(up, launch_type, definition_kwargs, run_kwargs):
    _, ecs, started = up
    wait_until(lambda: _local_instance(ecs), timeout=30, message="local agent registered")
    container = app("web")
    if "memory" in definition_kwargs:
        container.pop("memory")
    family = unique_name(f"up-{launch_type.lower()}")
    ecs.register_task_definition(family=family, containerDefinitions=[container], **definition_kwargs)
    response = ecs.run_task(cluster="default", taskDefinition=family, launchType=launch_type, **run_kwargs)
    started.extend(t["taskArn"] for t in response["tasks"])
    assert not response["failures"], response["failures"]
    task = wait_task(ecs, "default", response["tasks"][0]["taskArn"], "RUNNING", timeout=30)
    assert task["launchType"] == launch_type
    doc = inspect(container_of(task, "web")["runtimeId"])
    assert doc["State"]["Running"]
    assert doc["Config"]["Image"] == TEST_IMAGE
    variables = dict(item.split("=", 1) for item in doc["Config"]["Env"])
    assert variables["AWS_EXECUTION_ENV"] == f"AWS_ECS_{launch_type}"
