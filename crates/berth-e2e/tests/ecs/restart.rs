//! Durability: everything an API call acknowledged survives `kill -9` and a restart on the same
//! data directory (berth answers only after its store has committed).

use crate::start;
use aws_sdk_ecs::types::TaskDefinitionStatus;
use berth_e2e::register_hollow_instance;

#[tokio::test]
async fn acknowledged_writes_survive_kill_9() {
    let (mut server, ecs) = start().await;
    ecs.create_cluster()
        .cluster_name("durable")
        .send()
        .await
        .expect("create");
    crate::task_definitions::register(&ecs, "durable", 128).await;
    let instance = register_hollow_instance(&ecs, "durable", "i-dur", "us-east-1a", 1024, 1024)
        .await
        .expect("register instance");
    let run = ecs
        .run_task()
        .cluster("durable")
        .task_definition("durable")
        .count(2)
        .send()
        .await
        .expect("run");
    assert_eq!(run.tasks().len(), 2, "{run:?}");
    let credentials = server.credentials().clone();

    server.kill_and_restart().await.expect("restart");
    assert_eq!(
        server.credentials().secret_access_key(),
        credentials.secret_access_key(),
        "the credentials file is reused, not regenerated"
    );
    let ecs = server.client();
    let clusters = ecs
        .describe_clusters()
        .clusters("durable")
        .send()
        .await
        .expect("describe cluster");
    let cluster = clusters.clusters().first().expect("cluster survived");
    assert_eq!(cluster.status(), Some("ACTIVE"));
    assert_eq!(cluster.registered_container_instances_count(), 1);
    let definition = ecs
        .describe_task_definition()
        .task_definition("durable:1")
        .send()
        .await
        .expect("definition survived");
    assert_eq!(
        definition.task_definition().and_then(|d| d.status()),
        Some(&TaskDefinitionStatus::Active)
    );
    let instances = ecs
        .list_container_instances()
        .cluster("durable")
        .send()
        .await
        .expect("list instances");
    assert_eq!(instances.container_instance_arns(), [instance]);
    let tasks = ecs
        .list_tasks()
        .cluster("durable")
        .send()
        .await
        .expect("list tasks");
    assert_eq!(tasks.task_arns().len(), 2, "{tasks:?}");
}
