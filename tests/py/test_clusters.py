"""Clusters: CreateCluster, DescribeClusters, ListClusters, DeleteCluster, UpdateCluster,
UpdateClusterSettings, and the live counts a cluster reports."""

from __future__ import annotations

from berth_harness import (
    ACCOUNT,
    container_def,
    describe_cluster,
    expect_error,
    register_instance,
    register_task_definition,
    wait_until,
)


def cluster_arn(name: str, region: str = "us-east-1") -> str:
    return f"arn:aws:ecs:{region}:{ACCOUNT}:cluster/{name}"


def test_create_cluster_returns_an_active_cluster_with_zero_counts(ecs, unique):
    name = unique("c")
    cluster = ecs.create_cluster(clusterName=name)["cluster"]
    assert cluster["clusterName"] == name
    assert cluster["clusterArn"] == cluster_arn(name)
    assert cluster["status"] == "ACTIVE"
    assert cluster["registeredContainerInstancesCount"] == 0
    assert cluster["runningTasksCount"] == 0
    assert cluster["pendingTasksCount"] == 0
    assert cluster["activeServicesCount"] == 0


def test_create_cluster_is_idempotent_on_an_existing_cluster(ecs, unique):
    name = unique("c")
    first = ecs.create_cluster(clusterName=name, tags=[{"key": "team", "value": "a"}])["cluster"]
    second = ecs.create_cluster(clusterName=name)["cluster"]
    assert second["clusterArn"] == first["clusterArn"]
    assert second["status"] == "ACTIVE"
    # Still one cluster of that name.
    arns = [a for a in _all_cluster_arns(ecs) if a == first["clusterArn"]]
    assert arns == [first["clusterArn"]]


def test_create_cluster_with_tags_and_settings_is_described_with_them(ecs, unique):
    name = unique("c")
    tags = [{"key": "team", "value": "platform"}, {"key": "env", "value": "test"}]
    settings = [{"name": "containerInsights", "value": "enabled"}]
    created = ecs.create_cluster(clusterName=name, tags=tags, settings=settings)["cluster"]
    assert created["settings"] == settings

    described = describe_cluster(ecs, name, include=["TAGS", "SETTINGS", "STATISTICS"])
    assert sorted(described["tags"], key=lambda t: t["key"]) == sorted(tags, key=lambda t: t["key"])
    assert described["settings"] == settings
    statistics = {s["name"]: s["value"] for s in described["statistics"]}
    for counter in (
        "runningEC2TasksCount",
        "runningFargateTasksCount",
        "pendingEC2TasksCount",
        "pendingFargateTasksCount",
        "activeServicesCount",
    ):
        assert statistics.get(counter) == "0", (counter, statistics)


def test_describe_clusters_without_include_has_no_tags(ecs, unique):
    name = unique("c")
    ecs.create_cluster(clusterName=name, tags=[{"key": "k", "value": "v"}])
    described = describe_cluster(ecs, name)
    assert not described.get("tags")
    assert not described.get("statistics")


def test_describe_clusters_by_arn_and_name_and_unknown(ecs, unique):
    name = unique("c")
    missing = unique("missing")
    ecs.create_cluster(clusterName=name)
    response = ecs.describe_clusters(clusters=[name, cluster_arn(name), missing])
    assert [c["clusterName"] for c in response["clusters"]] == [name, name]
    assert response["failures"] == [{"arn": cluster_arn(missing), "reason": "MISSING"}]


def test_describe_clusters_with_a_bad_include_value_names_the_field(ecs, unique):
    # botocore does not validate enum values client-side, so the server sees "BOGUS".
    error = expect_error(
        "InvalidParameterException",
        ecs.describe_clusters,
        clusters=[unique("c")],
        include=["BOGUS"],
    )
    assert "include" in error.response["Error"]["Message"]


def test_default_cluster(make_server):
    # A dedicated server: the "default" cluster is shared state otherwise.
    srv = make_server()
    ecs = srv.client()
    response = ecs.describe_clusters()
    assert response["clusters"] == []
    assert response["failures"] == [{"arn": cluster_arn("default"), "reason": "MISSING"}]

    created = ecs.create_cluster()["cluster"]
    assert created["clusterName"] == "default"
    described = ecs.describe_clusters()["clusters"]
    assert [c["clusterArn"] for c in described] == [cluster_arn("default")]
    # Operations that take an optional cluster use the default one.
    assert ecs.list_container_instances()["containerInstanceArns"] == []
    assert ecs.list_tasks()["taskArns"] == []


def _all_cluster_arns(ecs) -> list[str]:
    arns: list[str] = []
    for page in ecs.get_paginator("list_clusters").paginate(PaginationConfig={"PageSize": 50}):
        arns.extend(page["clusterArns"])
    return arns


def test_list_clusters_pages_with_max_results_and_next_token(ecs, unique):
    names = [unique("page") for _ in range(5)]
    for name in names:
        ecs.create_cluster(clusterName=name)
    wanted = {cluster_arn(n) for n in names}

    seen: list[str] = []
    token = None
    for _ in range(1000):  # bounded: far more pages than clusters any module creates
        kwargs = {"maxResults": 2}
        if token:
            kwargs["nextToken"] = token
        page = ecs.list_clusters(**kwargs)
        assert len(page["clusterArns"]) <= 2
        seen.extend(page["clusterArns"])
        token = page.get("nextToken")
        if not token:
            break
    assert token is None, "pagination did not end"
    assert len(seen) == len(set(seen)), "a cluster was listed twice"
    assert wanted <= set(seen)


def test_list_clusters_paginator(ecs, unique):
    names = [unique("pag") for _ in range(3)]
    for name in names:
        ecs.create_cluster(clusterName=name)
    pages = list(ecs.get_paginator("list_clusters").paginate(PaginationConfig={"PageSize": 1}))
    assert all(len(p["clusterArns"]) <= 1 for p in pages)
    listed = [a for p in pages for a in p["clusterArns"]]
    assert {cluster_arn(n) for n in names} <= set(listed)
    assert len(listed) == len(set(listed))


def test_list_clusters_rejects_an_out_of_range_max_results(ecs):
    expect_error("InvalidParameterException", ecs.list_clusters, maxResults=101)


def test_list_clusters_rejects_a_garbage_next_token(ecs):
    expect_error("InvalidParameterException", ecs.list_clusters, nextToken="not-a-token")


def test_delete_cluster_makes_it_inactive_and_unlisted(ecs, unique):
    name = unique("c")
    ecs.create_cluster(clusterName=name)
    deleted = ecs.delete_cluster(cluster=name)["cluster"]
    assert deleted["status"] == "INACTIVE"
    assert deleted["clusterArn"] == cluster_arn(name)

    described = ecs.describe_clusters(clusters=[name])
    assert [c["status"] for c in described["clusters"]] == ["INACTIVE"]
    assert cluster_arn(name) not in _all_cluster_arns(ecs)
    # An inactive cluster refuses work.
    expect_error("ClusterNotFoundException", ecs.list_container_instances, cluster=name)
    # And creating it again reactivates it.
    again = ecs.create_cluster(clusterName=name)["cluster"]
    assert again["status"] == "ACTIVE"


def test_delete_unknown_cluster(ecs, unique):
    expect_error("ClusterNotFoundException", ecs.delete_cluster, cluster=unique("nope"))


def test_delete_cluster_refuses_while_instances_are_registered(ecs, cluster):
    instance = register_instance(ecs, cluster)
    expect_error(
        "ClusterContainsContainerInstancesException", ecs.delete_cluster, cluster=cluster
    )
    ecs.deregister_container_instance(
        cluster=cluster, containerInstance=instance["containerInstanceArn"]
    )
    assert ecs.delete_cluster(cluster=cluster)["cluster"]["status"] == "INACTIVE"


def test_delete_cluster_refuses_while_tasks_are_live(ecs, cluster, unique):
    instance = register_instance(ecs, cluster)
    family = unique("f")
    register_task_definition(ecs, family)
    task = ecs.run_task(cluster=cluster, taskDefinition=family)["tasks"][0]
    # Force-deregistering orphans the task: it is still live, the instance is gone.
    ecs.deregister_container_instance(
        cluster=cluster, containerInstance=instance["containerInstanceArn"], force=True
    )
    expect_error("ClusterContainsTasksException", ecs.delete_cluster, cluster=cluster)
    ecs.stop_task(cluster=cluster, task=task["taskArn"])
    # Stopping the orphan is allowed; once it is STOPPED the cluster can go.
    def deleted():
        try:
            return ecs.delete_cluster(cluster=cluster)["cluster"]["status"] == "INACTIVE"
        except ecs.exceptions.ClusterContainsTasksException:
            return False

    wait_until(deleted, timeout=10, message="cluster deletable after the task stopped")


def test_update_cluster_settings_and_configuration(ecs, cluster):
    updated = ecs.update_cluster_settings(
        cluster=cluster, settings=[{"name": "containerInsights", "value": "enabled"}]
    )["cluster"]
    assert updated["settings"] == [{"name": "containerInsights", "value": "enabled"}]

    configuration = {"executeCommandConfiguration": {"logging": "DEFAULT"}}
    updated = ecs.update_cluster(
        cluster=cluster,
        configuration=configuration,
        settings=[{"name": "containerInsights", "value": "disabled"}],
    )["cluster"]
    assert updated["configuration"] == configuration
    assert updated["settings"] == [{"name": "containerInsights", "value": "disabled"}]
    described = describe_cluster(ecs, cluster, include=["SETTINGS"])
    assert described["settings"] == [{"name": "containerInsights", "value": "disabled"}]
    assert described["configuration"] == configuration


def test_update_cluster_settings_rejects_bad_values(ecs, cluster, unique):
    error = expect_error(
        "InvalidParameterException",
        ecs.update_cluster_settings,
        cluster=cluster,
        settings=[{"name": "containerInsights", "value": "sometimes"}],
    )
    assert "value" in error.response["Error"]["Message"]
    expect_error(
        "ClusterNotFoundException",
        ecs.update_cluster_settings,
        cluster=unique("nope"),
        settings=[{"name": "containerInsights", "value": "enabled"}],
    )


def test_create_cluster_rejects_invalid_names(server):
    ecs = server.client(validate=False)
    for bad in ("has space", "a" * 256, "dots.are.bad"):
        error = expect_error("InvalidParameterException", ecs.create_cluster, clusterName=bad)
        assert "clusterName" in error.response["Error"]["Message"] or "name" in error.response[
            "Error"
        ]["Message"].lower()


def test_counts_follow_instances_and_tasks(ecs, cluster, unique):
    family = unique("f")
    register_task_definition(ecs, family, [container_def(memory=64)])
    register_instance(ecs, cluster)
    register_instance(ecs, cluster)
    assert describe_cluster(ecs, cluster)["registeredContainerInstancesCount"] == 2

    tasks = ecs.run_task(cluster=cluster, taskDefinition=family, count=3)["tasks"]
    assert len(tasks) == 3
    described = describe_cluster(ecs, cluster, include=["STATISTICS"])
    # Agent-less tasks stay PENDING until an agent (or SubmitTaskStateChange) moves them.
    assert described["pendingTasksCount"] == 3
    assert described["runningTasksCount"] == 0
    statistics = {s["name"]: s["value"] for s in described["statistics"]}
    assert statistics["pendingEC2TasksCount"] == "3"

    ecs.stop_task(cluster=cluster, task=tasks[0]["taskArn"])
    wait_until(
        lambda: describe_cluster(ecs, cluster)["pendingTasksCount"] == 2,
        message="pendingTasksCount to drop after StopTask",
    )


def test_describe_clusters_limit(ecs, unique):
    names = [unique("c") for _ in range(101)]
    error = expect_error("InvalidParameterException", ecs.describe_clusters, clusters=names)
    assert "clusters" in error.response["Error"]["Message"]
