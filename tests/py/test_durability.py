"""Durability: state acknowledged to a client survives `kill -9` of the server, and a restart on
the same data directory carries on from it (revisions continue, tasks keep their reservations).
Each test has its own server."""

from __future__ import annotations

from berth_harness import (
    container_def,
    describe_cluster,
    describe_instance,
    describe_task,
    register_instance,
    register_task_definition,
    resource,
)


def test_state_survives_kill_9(make_server):
    srv = make_server()
    ecs = srv.client()
    ecs.create_cluster(clusterName="durable", tags=[{"key": "k", "value": "v"}])
    ecs.create_cluster(clusterName="doomed")
    ecs.delete_cluster(cluster="doomed")
    family = "durable-app"
    register_task_definition(ecs, family, [container_def(cpu=256, memory=512)])
    register_task_definition(ecs, family, [container_def(cpu=256, memory=512, image="berth-test:v2")])
    instance = register_instance(ecs, "durable", cpu=1024, memory=2048)["containerInstanceArn"]
    running = ecs.run_task(cluster="durable", taskDefinition=family)["tasks"][0]["taskArn"]
    stopped = ecs.run_task(cluster="durable", taskDefinition=f"{family}:1")["tasks"][0]["taskArn"]
    ecs.stop_task(cluster="durable", task=stopped, reason="before the crash")
    credentials_before = srv.credentials()

    srv.restart(hard=True)  # SIGKILL: no graceful shutdown, no flush

    ecs = srv.client()
    assert srv.credentials() == credentials_before, "the credentials file must be reused"
    cluster = describe_cluster(ecs, "durable", include=["TAGS"])
    assert cluster["status"] == "ACTIVE"
    assert cluster["tags"] == [{"key": "k", "value": "v"}]
    assert cluster["registeredContainerInstancesCount"] == 1
    assert cluster["pendingTasksCount"] + cluster["runningTasksCount"] == 1
    assert ecs.describe_clusters(clusters=["doomed"])["clusters"][0]["status"] == "INACTIVE"

    latest = ecs.describe_task_definition(taskDefinition=family)["taskDefinition"]
    assert latest["revision"] == 2
    assert latest["containerDefinitions"][0]["image"] == "berth-test:v2"
    assert register_task_definition(ecs, family)["revision"] == 3

    task = describe_task(ecs, "durable", running)
    assert task["desiredStatus"] == "RUNNING"
    assert task["containerInstanceArn"] == instance
    gone = describe_task(ecs, "durable", stopped)
    assert gone["desiredStatus"] == "STOPPED"
    assert gone["stoppedReason"] == "before the crash"

    # Reservations survived: the running task still holds its share of the instance.
    remaining = describe_instance(ecs, "durable", instance)["remainingResources"]
    assert resource(remaining, "CPU") == 1024 - 256
    assert resource(remaining, "MEMORY") == 2048 - 512

    # And the server keeps working on top of the recovered state.
    more = ecs.run_task(cluster="durable", taskDefinition=family)["tasks"]
    assert len(more) == 1


def test_graceful_stop_exits_zero_and_restarts(make_server):
    srv = make_server()
    ecs = srv.client()
    ecs.create_cluster(clusterName="graceful")
    assert srv.stop() == 0, srv.log_tail()
    srv.start()
    assert describe_cluster(srv.client(), "graceful")["status"] == "ACTIVE"


def test_many_writes_then_kill_9_lose_nothing_acknowledged(make_server):
    srv = make_server()
    ecs = srv.client()
    names = [f"burst-{i}" for i in range(30)]
    for name in names:
        ecs.create_cluster(clusterName=name)
    srv.restart(hard=True)
    ecs = srv.client()
    described = ecs.describe_clusters(clusters=names)
    assert described["failures"] == []
    assert [c["clusterName"] for c in described["clusters"]] == names
