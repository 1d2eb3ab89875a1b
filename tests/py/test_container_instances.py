"""Container instances registered through the API (no agent): RegisterContainerInstance,
DescribeContainerInstances, ListContainerInstances (cluster query language filters, status),
UpdateContainerInstancesState, DeregisterContainerInstance."""

from __future__ import annotations

import json

import pytest

from berth_harness import (
    ACCOUNT,
    container_def,
    describe_cluster,
    describe_instance,
    expect_error,
    register_instance,
    register_task_definition,
    resource,
    total_resources,
)


def attributes_of(instance: dict) -> dict:
    return {a["name"]: a.get("value") for a in instance.get("attributes", [])}


def list_instances(ecs, cluster: str, **kwargs) -> list[str]:
    arns = []
    for page in ecs.get_paginator("list_container_instances").paginate(
        cluster=cluster, PaginationConfig={"PageSize": 2}, **kwargs
    ):
        arns.extend(page["containerInstanceArns"])
    return arns


def test_register_reports_resources_identity_and_attributes(ecs, cluster):
    instance = ecs.register_container_instance(
        cluster=cluster,
        instanceIdentityDocument=json.dumps(
            {
                "instanceId": "i-0123456789abcdef0",
                "availabilityZone": "us-east-1c",
                "instanceType": "m5.large",
                "region": "us-east-1",
            }
        ),
        totalResources=total_resources(cpu=2048, memory=3900, ports=[22, 2375]),
        versionInfo={"agentVersion": "1.80.0", "dockerVersion": "24.0.0"},
        attributes=[{"name": "stack", "value": "prod"}, {"name": "gpu-less"}],
    )["containerInstance"]

    arn = instance["containerInstanceArn"]
    prefix = f"arn:aws:ecs:us-east-1:{ACCOUNT}:container-instance/{cluster}/"
    assert arn.startswith(prefix) and len(arn) > len(prefix)
    assert instance["ec2InstanceId"] == "i-0123456789abcdef0"
    assert instance["status"] == "ACTIVE"
    assert instance["agentConnected"] is True  # an API-registered instance counts as connected
    assert instance["runningTasksCount"] == 0
    assert instance["pendingTasksCount"] == 0
    assert instance["versionInfo"]["agentVersion"] == "1.80.0"
    assert instance.get("registeredAt") is not None
    assert isinstance(instance.get("version"), int)
    registered = instance["registeredResources"]
    assert resource(registered, "CPU") == 2048
    assert resource(registered, "MEMORY") == 3900
    assert resource(registered, "PORTS") == ["22", "2375"]
    remaining = instance["remainingResources"]
    assert resource(remaining, "CPU") == 2048
    assert resource(remaining, "MEMORY") == 3900
    attrs = attributes_of(instance)
    assert attrs["ecs.availability-zone"] == "us-east-1c"
    assert attrs["ecs.instance-type"] == "m5.large"
    assert attrs["stack"] == "prod"
    assert "gpu-less" in attrs

    described = describe_instance(ecs, cluster, arn)
    assert described["containerInstanceArn"] == arn
    assert attributes_of(described) == attrs
    assert describe_cluster(ecs, cluster)["registeredContainerInstancesCount"] == 1


def test_register_on_unknown_cluster(ecs, unique):
    expect_error(
        "ClusterNotFoundException",
        ecs.register_container_instance,
        cluster=unique("nope"),
        totalResources=total_resources(),
    )


def test_register_rejects_a_malformed_identity_document(ecs, cluster):
    error = expect_error(
        ("InvalidParameterException", "ClientException"),
        ecs.register_container_instance,
        cluster=cluster,
        instanceIdentityDocument="{not json",
        totalResources=total_resources(),
    )
    assert "instanceIdentityDocument" in error.response["Error"]["Message"]


def test_describe_by_id_arn_and_unknown(ecs, cluster):
    a = register_instance(ecs, cluster)["containerInstanceArn"]
    b = register_instance(ecs, cluster)["containerInstanceArn"]
    unknown = "0123456789abcdef0123456789abcdef"
    response = ecs.describe_container_instances(
        cluster=cluster, containerInstances=[a.rsplit("/", 1)[1], b, unknown]
    )
    assert sorted(i["containerInstanceArn"] for i in response["containerInstances"]) == sorted([a, b])
    assert len(response["failures"]) == 1
    failure = response["failures"][0]
    assert failure["reason"] == "MISSING"
    assert failure["arn"].endswith(unknown)


def test_remaining_resources_drop_with_a_task_and_registered_do_not(ecs, cluster, unique):
    instance = register_instance(ecs, cluster, cpu=1024, memory=2048)
    family = unique("f")
    register_task_definition(
        ecs, family, [container_def(cpu=256, memory=512, portMappings=[{"containerPort": 80, "hostPort": 8081}])]
    )
    ecs.run_task(cluster=cluster, taskDefinition=family)
    described = describe_instance(ecs, cluster, instance["containerInstanceArn"])
    assert resource(described["registeredResources"], "CPU") == 1024
    assert resource(described["registeredResources"], "MEMORY") == 2048
    assert resource(described["remainingResources"], "CPU") == 768
    assert resource(described["remainingResources"], "MEMORY") == 1536
    assert "8081" in resource(described["remainingResources"], "PORTS")
    assert described["pendingTasksCount"] == 1


def test_list_with_query_language_filters(ecs, cluster):
    a = register_instance(ecs, cluster, az="us-east-1a", instance_type="t2.micro")
    b = register_instance(ecs, cluster, az="us-east-1b", instance_type="t2.large")
    c = register_instance(
        ecs, cluster, az="us-east-1a", instance_type="m5.large",
        attributes=[{"name": "stack", "value": "prod"}],
    )
    arn = {k: v["containerInstanceArn"] for k, v in {"a": a, "b": b, "c": c}.items()}

    def listed(expr):
        return sorted(list_instances(ecs, cluster, filter=expr))

    assert listed("attribute:ecs.availability-zone == us-east-1a") == sorted([arn["a"], arn["c"]])
    assert listed("attribute:ecs.instance-type =~ t2.*") == sorted([arn["a"], arn["b"]])
    assert listed("attribute:ecs.availability-zone in [us-east-1b]") == [arn["b"]]
    assert listed("attribute:stack exists") == [arn["c"]]
    assert listed(
        "attribute:ecs.availability-zone == us-east-1a and attribute:ecs.instance-type =~ t2.*"
    ) == [arn["a"]]
    assert listed("attribute:ecs.availability-zone != us-east-1a") == [arn["b"]]
    assert sorted(list_instances(ecs, cluster)) == sorted(arn.values())


@pytest.mark.parametrize(
    "bad",
    ["attribute:ecs.availability-zone ==", "attribute:x == a and", "(attribute:x == a", "nonsense ~~ 3"],
)
def test_list_with_a_bad_filter_is_invalid(ecs, cluster, bad):
    error = expect_error(
        "InvalidParameterException", ecs.list_container_instances, cluster=cluster, filter=bad
    )
    assert "filter" in error.response["Error"]["Message"]


def test_drain_and_reactivate(ecs, cluster):
    registered = register_instance(ecs, cluster)
    a = registered["containerInstanceArn"]
    b = register_instance(ecs, cluster)["containerInstanceArn"]
    response = ecs.update_container_instances_state(
        cluster=cluster, containerInstances=[a], status="DRAINING"
    )
    assert [i["status"] for i in response["containerInstances"]] == ["DRAINING"]
    assert response["containerInstances"][0]["version"] > registered["version"]
    assert response["failures"] == []
    assert list_instances(ecs, cluster, status="DRAINING") == [a]
    assert list_instances(ecs, cluster, status="ACTIVE") == [b]
    # A draining instance still counts as registered.
    assert describe_cluster(ecs, cluster)["registeredContainerInstancesCount"] == 2

    ecs.update_container_instances_state(cluster=cluster, containerInstances=[a], status="ACTIVE")
    assert describe_instance(ecs, cluster, a)["status"] == "ACTIVE"
    assert sorted(list_instances(ecs, cluster, status="ACTIVE")) == sorted([a, b])


def test_draining_instances_get_no_new_tasks(ecs, cluster, unique):
    a = register_instance(ecs, cluster)["containerInstanceArn"]
    b = register_instance(ecs, cluster)["containerInstanceArn"]
    ecs.update_container_instances_state(cluster=cluster, containerInstances=[a], status="DRAINING")
    family = unique("f")
    register_task_definition(ecs, family)
    tasks = ecs.run_task(cluster=cluster, taskDefinition=family, count=4)["tasks"]
    assert {t["containerInstanceArn"] for t in tasks} == {b}


def test_update_state_rejects_bad_status_and_reports_unknown(ecs, cluster):
    a = register_instance(ecs, cluster)["containerInstanceArn"]
    expect_error(
        "InvalidParameterException",
        ecs.update_container_instances_state,
        cluster=cluster,
        containerInstances=[a],
        status="INACTIVE",
    )
    response = ecs.update_container_instances_state(
        cluster=cluster,
        containerInstances=[a, "ffffffffffffffffffffffffffffffff"],
        status="DRAINING",
    )
    assert [i["containerInstanceArn"] for i in response["containerInstances"]] == [a]
    assert [f["reason"] for f in response["failures"]] == ["MISSING"]


def test_deregister_refuses_with_tasks_unless_forced(ecs, cluster, unique):
    arn = register_instance(ecs, cluster)["containerInstanceArn"]
    family = unique("f")
    register_task_definition(ecs, family)
    ecs.run_task(cluster=cluster, taskDefinition=family)
    expect_error(
        "InvalidParameterException",
        ecs.deregister_container_instance,
        cluster=cluster,
        containerInstance=arn,
    )
    gone = ecs.deregister_container_instance(cluster=cluster, containerInstance=arn, force=True)
    assert gone["containerInstance"]["status"] == "INACTIVE"
    assert list_instances(ecs, cluster) == []
    assert describe_cluster(ecs, cluster)["registeredContainerInstancesCount"] == 0
    # Deregistered instances stay describable as INACTIVE for a while, as in ECS.
    described = ecs.describe_container_instances(cluster=cluster, containerInstances=[arn])
    assert [i["status"] for i in described["containerInstances"]] == ["INACTIVE"]


def test_deregister_without_tasks_and_unknown(ecs, cluster):
    arn = register_instance(ecs, cluster)["containerInstanceArn"]
    assert (
        ecs.deregister_container_instance(cluster=cluster, containerInstance=arn)[
            "containerInstance"
        ]["status"]
        == "INACTIVE"
    )
    expect_error(
        "InvalidParameterException",
        ecs.deregister_container_instance,
        cluster=cluster,
        containerInstance=arn,
    )


def test_list_instances_paging(ecs, cluster):
    arns = {register_instance(ecs, cluster)["containerInstanceArn"] for _ in range(5)}
    first = ecs.list_container_instances(cluster=cluster, maxResults=2)
    assert len(first["containerInstanceArns"]) == 2
    assert first.get("nextToken")
    assert set(list_instances(ecs, cluster)) == arns


def test_list_and_describe_on_unknown_cluster(ecs, unique):
    expect_error("ClusterNotFoundException", ecs.list_container_instances, cluster=unique("nope"))
    expect_error(
        "ClusterNotFoundException",
        ecs.describe_container_instances,
        cluster=unique("nope"),
        containerInstances=["ffffffffffffffffffffffffffffffff"],
    )


def test_list_with_an_invalid_status(server, cluster):
    ecs = server.client(validate=False)
    error = expect_error(
        "InvalidParameterException", ecs.list_container_instances, cluster=cluster, status="SLEEPING"
    )
    assert "status" in error.response["Error"]["Message"]


def test_reregistration_keeps_the_arn_and_the_tasks(ecs, cluster, unique):
    instance = register_instance(ecs, cluster)
    arn = instance["containerInstanceArn"]
    family = unique("f")
    register_task_definition(ecs, family, [container_def(memory=256)])
    ecs.run_task(cluster=cluster, taskDefinition=family)
    again = ecs.register_container_instance(
        cluster=cluster,
        containerInstanceArn=arn,
        instanceIdentityDocument=json.dumps(
            {"instanceId": instance["ec2InstanceId"], "availabilityZone": "us-east-1a", "instanceType": "t2.micro"}
        ),
        totalResources=total_resources(),
    )["containerInstance"]
    assert again["containerInstanceArn"] == arn
    assert list_instances(ecs, cluster) == [arn]
    described = describe_instance(ecs, cluster, arn)
    assert described["pendingTasksCount"] == 1
    assert resource(described["remainingResources"], "MEMORY") == 4096 - 256
