"""The AWS CLI (v1) against berth: `aws ecs ...` subprocesses with the server's credentials
file, asserting on the parsed JSON output."""

from __future__ import annotations

import json

import pytest

from berth_harness import ACCOUNT, CliError, register_instance


def test_create_and_describe_cluster(server, unique):
    name = unique("cli")
    created = server.cli("ecs", "create-cluster", "--cluster-name", name)
    assert created["cluster"]["clusterArn"] == f"arn:aws:ecs:us-east-1:{ACCOUNT}:cluster/{name}"
    described = server.cli("ecs", "describe-clusters", "--clusters", name)
    assert [c["status"] for c in described["clusters"]] == ["ACTIVE"]
    listed = server.cli("ecs", "list-clusters")  # the CLI follows nextToken itself
    assert created["cluster"]["clusterArn"] in listed["clusterArns"]


def test_cli_errors_exit_nonzero_with_the_code(server, unique):
    with pytest.raises(CliError) as caught:
        server.cli("ecs", "delete-cluster", "--cluster", unique("nope"))
    assert caught.value.returncode != 0
    assert "ClusterNotFoundException" in caught.value.stderr


def test_register_task_definition_from_cli_input_json(server, unique, tmp_path):
    family = unique("clitd")
    document = {
        "family": family,
        "containerDefinitions": [
            {
                "name": "web",
                "image": "berth-test:latest",
                "memory": 128,
                "essential": True,
                "portMappings": [{"containerPort": 80, "hostPort": 8080}],
                "environment": [{"name": "A", "value": "1"}],
            }
        ],
        "cpu": "1 vCPU",
        "memory": "1GB",
    }
    path = tmp_path / "td.json"
    path.write_text(json.dumps(document))
    registered = server.cli("ecs", "register-task-definition", "--cli-input-json", f"file://{path}")
    td = registered["taskDefinition"]
    assert td["family"] == family and td["revision"] == 1
    assert (td["cpu"], td["memory"]) == ("1024", "1024")
    assert td["containerDefinitions"][0]["portMappings"][0]["hostPort"] == 8080
    described = server.cli("ecs", "describe-task-definition", "--task-definition", f"{family}:1")
    assert described["taskDefinition"]["containerDefinitions"] == td["containerDefinitions"]


def test_run_describe_stop_and_wait(server, ecs, cluster, unique, tmp_path):
    register_instance(ecs, cluster)
    family = unique("clirun")
    path = tmp_path / "td.json"
    path.write_text(
        json.dumps(
            {
                "family": family,
                "containerDefinitions": [
                    {"name": "app", "image": "berth-test:latest", "memory": 64}
                ],
            }
        )
    )
    server.cli("ecs", "register-task-definition", "--cli-input-json", f"file://{path}")

    ran = server.cli(
        "ecs", "run-task", "--cluster", cluster, "--task-definition", family, "--count", "2",
        "--started-by", "cli",
    )
    arns = [t["taskArn"] for t in ran["tasks"]]
    assert len(arns) == 2 and ran["failures"] == []

    described = server.cli("ecs", "describe-tasks", "--cluster", cluster, "--tasks", *arns)
    assert sorted(t["taskArn"] for t in described["tasks"]) == sorted(arns)
    assert all(t["startedBy"] == "cli" for t in described["tasks"])

    listed = server.cli("ecs", "list-tasks", "--cluster", cluster, "--family", family)
    assert sorted(listed["taskArns"]) == sorted(arns)

    for arn in arns:
        stopped = server.cli("ecs", "stop-task", "--cluster", cluster, "--task", arn, "--reason", "cli stop")
        assert stopped["task"]["desiredStatus"] == "STOPPED"
    # The waiter polls every 6 s; agent-less tasks are STOPPED right away, so the first poll
    # succeeds. A non-zero exit (255) would mean the waiter gave up.
    server.cli("ecs", "wait", "tasks-stopped", "--cluster", cluster, "--tasks", *arns, parse=False)
    final = server.cli("ecs", "describe-tasks", "--cluster", cluster, "--tasks", *arns)
    assert {t["lastStatus"] for t in final["tasks"]} == {"STOPPED"}


def test_cli_region_scoping(server, unique):
    name = unique("cliregion")
    server.cli("ecs", "create-cluster", "--cluster-name", name, region="eu-west-1")
    east = server.cli("ecs", "describe-clusters", "--clusters", name, region="us-east-1")
    assert east["clusters"] == []
    west = server.cli("ecs", "describe-clusters", "--clusters", name, region="eu-west-1")
    assert west["clusters"][0]["clusterArn"].startswith("arn:aws:ecs:eu-west-1:")
