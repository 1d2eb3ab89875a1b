"""Attributes (PutAttributes, DeleteAttributes, ListAttributes) and tags (TagResource,
UntagResource, ListTagsForResource) on clusters, task definitions, instances and tasks."""

from __future__ import annotations

from berth_harness import (
    ACCOUNT,
    describe_instance,
    expect_error,
    register_instance,
    register_task_definition,
)

CI = "container-instance"


def attribute_names(instance: dict) -> set[str]:
    return {a["name"] for a in instance.get("attributes", [])}


def test_put_list_delete_attributes(ecs, cluster):
    a = register_instance(ecs, cluster)["containerInstanceArn"]
    b = register_instance(ecs, cluster)["containerInstanceArn"]
    put = ecs.put_attributes(
        cluster=cluster,
        attributes=[
            {"name": "stack", "value": "prod", "targetType": CI, "targetId": a},
            {"name": "stack", "value": "dev", "targetType": CI, "targetId": b},
            {"name": "flag", "targetType": CI, "targetId": a},
        ],
    )["attributes"]
    assert len(put) == 3
    assert {"stack", "flag"} <= attribute_names(describe_instance(ecs, cluster, a))

    listed = ecs.list_attributes(cluster=cluster, targetType=CI, attributeName="stack")[
        "attributes"
    ]
    assert sorted((x["targetId"], x["value"]) for x in listed) == sorted([(a, "prod"), (b, "dev")])
    by_value = ecs.list_attributes(
        cluster=cluster, targetType=CI, attributeName="stack", attributeValue="dev"
    )["attributes"]
    assert [x["targetId"] for x in by_value] == [b]

    # The query language sees custom attributes.
    filtered = ecs.list_container_instances(cluster=cluster, filter="attribute:stack == prod")
    assert filtered["containerInstanceArns"] == [a]

    # A short id works as targetId, too (with targetType, which ECS requires for short ids).
    deleted = ecs.delete_attributes(
        cluster=cluster,
        attributes=[{"name": "stack", "targetType": CI, "targetId": a.rsplit("/", 1)[1]}],
    )["attributes"]
    assert [d["name"] for d in deleted] == ["stack"]
    assert "stack" not in attribute_names(describe_instance(ecs, cluster, a))
    remaining = ecs.list_attributes(cluster=cluster, targetType=CI, attributeName="stack")
    assert [x["targetId"] for x in remaining["attributes"]] == [b]


def test_put_attribute_overwrites_the_value(ecs, cluster):
    a = register_instance(ecs, cluster)["containerInstanceArn"]
    for value in ("one", "two"):
        ecs.put_attributes(
            cluster=cluster,
            attributes=[{"name": "v", "value": value, "targetType": CI, "targetId": a}],
        )
    listed = ecs.list_attributes(cluster=cluster, targetType=CI, attributeName="v")["attributes"]
    assert [x["value"] for x in listed] == ["two"]


def test_attribute_limit_per_resource(ecs, cluster):
    a = register_instance(ecs, cluster)["containerInstanceArn"]
    ten = [
        {"name": f"custom{i}", "value": "x", "targetType": CI, "targetId": a} for i in range(10)
    ]
    ecs.put_attributes(cluster=cluster, attributes=ten)
    expect_error(
        "AttributeLimitExceededException",
        ecs.put_attributes,
        cluster=cluster,
        attributes=[{"name": "custom10", "value": "x", "targetType": CI, "targetId": a}],
    )
    # Overwriting an existing one is not a new attribute.
    ecs.put_attributes(
        cluster=cluster,
        attributes=[{"name": "custom3", "value": "y", "targetType": CI, "targetId": a}],
    )


def test_short_target_id_needs_a_target_type(ecs, cluster):
    a = register_instance(ecs, cluster)["containerInstanceArn"]
    error = expect_error(
        "InvalidParameterException",
        ecs.put_attributes,
        cluster=cluster,
        attributes=[{"name": "x", "value": "y", "targetId": a.rsplit("/", 1)[1]}],
    )
    assert "targetType" in error.response["Error"]["Message"]
    # With the full ARN the type is implied.
    ecs.put_attributes(cluster=cluster, attributes=[{"name": "x", "value": "y", "targetId": a}])


def test_attribute_on_unknown_target(ecs, cluster):
    expect_error(
        "TargetNotFoundException",
        ecs.put_attributes,
        cluster=cluster,
        attributes=[
            {"name": "x", "value": "y", "targetType": CI, "targetId": "ffffffffffffffffffffffffffffffff"}
        ],
    )


def test_attribute_validation(ecs, cluster):
    a = register_instance(ecs, cluster)["containerInstanceArn"]
    error = expect_error(
        "InvalidParameterException",
        ecs.put_attributes,
        cluster=cluster,
        attributes=[{"name": "bad name!", "value": "v", "targetType": CI, "targetId": a}],
    )
    assert "bad name!" in error.response["Error"]["Message"]
    expect_error(
        "InvalidParameterException",
        ecs.put_attributes,
        cluster=cluster,
        attributes=[{"name": "ok", "value": " leading-space", "targetType": CI, "targetId": a}],
    )
    # attributeValue without attributeName is meaningless.
    expect_error(
        "InvalidParameterException",
        ecs.list_attributes,
        cluster=cluster,
        targetType=CI,
        attributeValue="x",
    )


def test_list_attributes_pages(ecs, cluster):
    arns = [register_instance(ecs, cluster)["containerInstanceArn"] for _ in range(3)]
    ecs.put_attributes(
        cluster=cluster,
        attributes=[{"name": "p", "value": "1", "targetType": CI, "targetId": x} for x in arns],
    )
    first = ecs.list_attributes(cluster=cluster, targetType=CI, attributeName="p", maxResults=2)
    assert len(first["attributes"]) == 2 and first.get("nextToken")
    second = ecs.list_attributes(
        cluster=cluster, targetType=CI, attributeName="p", maxResults=2, nextToken=first["nextToken"]
    )
    assert len(second["attributes"]) == 1
    assert {x["targetId"] for x in first["attributes"] + second["attributes"]} == set(arns)


# --------------------------------------------------------------------------------------------
# Tags


def tags_of(ecs, arn: str) -> dict:
    return {t["key"]: t["value"] for t in ecs.list_tags_for_resource(resourceArn=arn)["tags"]}


def _tag_untag(ecs, arn: str, initial: dict) -> None:
    assert tags_of(ecs, arn) == initial
    ecs.tag_resource(resourceArn=arn, tags=[{"key": "a", "value": "1"}, {"key": "b", "value": "2"}])
    assert tags_of(ecs, arn) == {**initial, "a": "1", "b": "2"}
    ecs.tag_resource(resourceArn=arn, tags=[{"key": "a", "value": "changed"}])
    assert tags_of(ecs, arn)["a"] == "changed"
    ecs.untag_resource(resourceArn=arn, tagKeys=["a", "not-there"])
    assert tags_of(ecs, arn) == {**initial, "b": "2"}


def test_tags_on_a_cluster(ecs, unique):
    name = unique("c")
    arn = ecs.create_cluster(clusterName=name, tags=[{"key": "k", "value": "v"}])["cluster"][
        "clusterArn"
    ]
    _tag_untag(ecs, arn, {"k": "v"})
    described = ecs.describe_clusters(clusters=[name], include=["TAGS"])["clusters"][0]
    assert {t["key"]: t["value"] for t in described["tags"]} == {"k": "v", "b": "2"}


def test_tags_on_a_task_definition(ecs, unique):
    td = register_task_definition(ecs, unique("f"), tags=[{"key": "k", "value": "v"}])
    _tag_untag(ecs, td["taskDefinitionArn"], {"k": "v"})


def test_tags_on_a_container_instance(ecs, cluster):
    arn = register_instance(ecs, cluster, tags=[{"key": "k", "value": "v"}])["containerInstanceArn"]
    _tag_untag(ecs, arn, {"k": "v"})
    described = ecs.describe_container_instances(
        cluster=cluster, containerInstances=[arn], include=["TAGS"]
    )["containerInstances"][0]
    assert {t["key"]: t["value"] for t in described["tags"]} == {"k": "v", "b": "2"}


def test_tags_on_a_task(ecs, cluster, unique):
    register_instance(ecs, cluster)
    family = unique("f")
    register_task_definition(ecs, family)
    task = ecs.run_task(
        cluster=cluster, taskDefinition=family, tags=[{"key": "k", "value": "v"}]
    )["tasks"][0]
    _tag_untag(ecs, task["taskArn"], {"k": "v"})
    described = ecs.describe_tasks(cluster=cluster, tasks=[task["taskArn"]], include=["TAGS"])
    assert {t["key"]: t["value"] for t in described["tasks"][0]["tags"]} == {"k": "v", "b": "2"}


def test_tags_on_unknown_resources(ecs, unique):
    missing_cluster = f"arn:aws:ecs:us-east-1:{ACCOUNT}:cluster/{unique('nope')}"
    expect_error(
        ("ResourceNotFoundException", "ClusterNotFoundException", "InvalidParameterException"),
        ecs.tag_resource,
        resourceArn=missing_cluster,
        tags=[{"key": "a", "value": "b"}],
    )
    expect_error(
        ("ResourceNotFoundException", "ClusterNotFoundException", "InvalidParameterException"),
        ecs.list_tags_for_resource,
        resourceArn=missing_cluster,
    )
    missing_td = f"arn:aws:ecs:us-east-1:{ACCOUNT}:task-definition/{unique('nope')}:1"
    expect_error(
        ("ResourceNotFoundException", "ClientException", "InvalidParameterException"),
        ecs.tag_resource,
        resourceArn=missing_td,
        tags=[{"key": "a", "value": "b"}],
    )
    expect_error("InvalidParameterException", ecs.list_tags_for_resource, resourceArn="not-an-arn")


def test_tag_validation(ecs, unique):
    arn = ecs.create_cluster(clusterName=unique("c"))["cluster"]["clusterArn"]
    error = expect_error(
        "InvalidParameterException",
        ecs.tag_resource,
        resourceArn=arn,
        tags=[{"key": "aws:reserved", "value": "x"}],
    )
    assert "aws:" in error.response["Error"]["Message"]
    too_many = [{"key": f"k{i}", "value": "v"} for i in range(51)]
    expect_error(
        ("InvalidParameterException", "LimitExceededException"),
        ecs.tag_resource,
        resourceArn=arn,
        tags=too_many,
    )
    assert tags_of(ecs, arn) == {}
