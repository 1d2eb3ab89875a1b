//! Table tests: whole task lifecycles driven through the simulated agent, snapshotted as traces
//! (`t=<seconds> <action>` lines, indented lines for recorded outcomes) plus the final state.
//! Regenerate the snapshots with `UPDATE_EXPECT=1 cargo test -p berth-lifecycle`.

mod common;

use berth_lifecycle::{Condition, ContainerSpec, NetworkMode};
use berth_model::HealthStatus;
use common::{stop_task, Behavior, Sim, World};
use expect_test::{expect, Expect};

fn check(spec: Vec<ContainerSpec>, mode: NetworkMode, world: World, expect: Expect) {
    let mut sim = Sim::new(spec, mode, world);
    sim.run(true);
    expect.assert_eq(&sim.report());
}

fn c(name: &str) -> ContainerSpec {
    ContainerSpec::new(name)
}

fn nonessential(name: &str) -> ContainerSpec {
    ContainerSpec {
        essential: false,
        ..c(name)
    }
}

fn depends(mut spec: ContainerSpec, on: &str, condition: Condition) -> ContainerSpec {
    spec.depends_on.push((on.into(), condition));
    spec
}

fn world(behaviors: &[(&str, Behavior)]) -> World {
    World {
        behaviors: behaviors
            .iter()
            .map(|(n, b)| (n.to_string(), b.clone()))
            .collect(),
        ..World::default()
    }
}

fn exits(after: f64, code: i32) -> Behavior {
    Behavior {
        exits_after: Some((after, code)),
        ..Behavior::default()
    }
}

fn health(after: f64, status: HealthStatus) -> Behavior {
    Behavior {
        health_after: Some((after, status)),
        ..Behavior::default()
    }
}

#[test]
fn single_container_runs_and_exits() {
    check(
        vec![c("app")],
        NetworkMode::Bridge,
        world(&[("app", exits(5.0, 0))]),
        expect![[r#"
            t=0    report PENDING
            t=0    pull app
            t=2      pulled app
            t=2    create app
            t=3      created app
            t=3    start app
            t=4      started app
            t=4    report RUNNING
            t=9      exited app code=Some(0)
            t=9    mark stopping EssentialContainerExited: Essential container in task exited
            t=9    report STOPPED
            ---
            task STOPPED desired=Stopped stop_code=EssentialContainerExited reason="Essential container in task exited"
              app: Stopped exit=Some(0) started=Some(4.0) reason=None
        "#]],
    );
}

#[test]
fn stopped_task_is_cleaned_up_after_the_wait() {
    let mut sim = Sim::new(
        vec![c("app")],
        NetworkMode::Host,
        world(&[("app", exits(1.0, 0))]),
    );
    sim.run(false);
    assert!(sim.cleaned_up);
    expect![[r#"
        t=5    report STOPPED
        t=10805 cleanup"#]]
    .assert_eq(&sim.trace[sim.trace.len() - 2..].join("\n"));
}

#[test]
fn essential_exit_stops_the_others_in_reverse_dependency_order() {
    let app = depends(c("app"), "db", Condition::Start);
    let mut proxy = c("proxy");
    proxy.links.push("app:backend".into());
    check(
        vec![c("db"), app, proxy, c("worker")],
        NetworkMode::Bridge,
        world(&[("worker", exits(10.0, 2))]),
        expect![[r#"
            t=0    report PENDING
            t=0    pull db
            t=0    pull app
            t=0    pull proxy
            t=0    pull worker
            t=2      pulled db
            t=2      pulled app
            t=2      pulled proxy
            t=2      pulled worker
            t=2    create db
            t=2    create worker
            t=3      created db
            t=3      created worker
            t=3    start db
            t=3    start worker
            t=4      started db
            t=4      started worker
            t=4    report ACTIVATING
            t=4    create app
            t=5      created app
            t=5    start app
            t=6      started app
            t=6    create proxy
            t=7      created proxy
            t=7    start proxy
            t=8      started proxy
            t=8    report RUNNING
            t=14     exited worker code=Some(2)
            t=14   mark stopping EssentialContainerExited: Essential container in task exited
            t=14   report STOPPING
            t=14   stop proxy (timeout 30s)
            t=15     exited proxy code=Some(0)
            t=15   stop app (timeout 30s)
            t=16     exited app code=Some(0)
            t=16   stop db (timeout 30s)
            t=17     exited db code=Some(0)
            t=17   report STOPPED
            ---
            task STOPPED desired=Stopped stop_code=EssentialContainerExited reason="Essential container in task exited"
              app: Stopped exit=Some(0) started=Some(6.0) reason=None
              db: Stopped exit=Some(0) started=Some(4.0) reason=None
              proxy: Stopped exit=Some(0) started=Some(8.0) reason=None
              worker: Stopped exit=Some(2) started=Some(4.0) reason=None
        "#]],
    );
}

#[test]
fn start_waits_for_the_dependency_to_start() {
    check(
        vec![depends(c("app"), "db", Condition::Start), c("db")],
        NetworkMode::Bridge,
        World {
            external: vec![stop_task(20.0)],
            ..World::default()
        },
        expect![[r#"
            t=0    report PENDING
            t=0    pull app
            t=0    pull db
            t=2      pulled app
            t=2      pulled db
            t=2    create db
            t=3      created db
            t=3    start db
            t=4      started db
            t=4    report ACTIVATING
            t=4    create app
            t=5      created app
            t=5    start app
            t=6      started app
            t=6    report RUNNING
            t=20     desired STOPPED (UserInitiated: Task stopped by user)
            t=20   report DEACTIVATING
            t=20   stop app (timeout 30s)
            t=21     exited app code=Some(0)
            t=21   report STOPPING
            t=21   stop db (timeout 30s)
            t=22     exited db code=Some(0)
            t=22   report STOPPED
            ---
            task STOPPED desired=Stopped stop_code=UserInitiated reason="Task stopped by user"
              app: Stopped exit=Some(0) started=Some(6.0) reason=None
              db: Stopped exit=Some(0) started=Some(4.0) reason=None
        "#]],
    );
}

#[test]
fn complete_waits_for_the_dependency_to_exit_with_any_code() {
    check(
        vec![
            depends(c("app"), "init", Condition::Complete),
            nonessential("init"),
        ],
        NetworkMode::Bridge,
        world(&[("init", exits(3.0, 3)), ("app", exits(5.0, 0))]),
        expect![[r#"
            t=0    report PENDING
            t=0    pull app
            t=0    pull init
            t=2      pulled app
            t=2      pulled init
            t=2    create init
            t=3      created init
            t=3    start init
            t=4      started init
            t=4    report ACTIVATING
            t=7      exited init code=Some(3)
            t=7    create app
            t=8      created app
            t=8    start app
            t=9      started app
            t=9    report RUNNING
            t=14     exited app code=Some(0)
            t=14   mark stopping EssentialContainerExited: Essential container in task exited
            t=14   report STOPPED
            ---
            task STOPPED desired=Stopped stop_code=EssentialContainerExited reason="Essential container in task exited"
              app: Stopped exit=Some(0) started=Some(9.0) reason=None
              init: Stopped exit=Some(3) started=Some(4.0) reason=None
        "#]],
    );
}

#[test]
fn success_runs_the_dependent_after_exit_code_zero() {
    check(
        vec![
            depends(c("app"), "migrate", Condition::Success),
            nonessential("migrate"),
        ],
        NetworkMode::Bridge,
        world(&[("migrate", exits(3.0, 0)), ("app", exits(5.0, 0))]),
        expect![[r#"
            t=0    report PENDING
            t=0    pull app
            t=0    pull migrate
            t=2      pulled app
            t=2      pulled migrate
            t=2    create migrate
            t=3      created migrate
            t=3    start migrate
            t=4      started migrate
            t=4    report ACTIVATING
            t=7      exited migrate code=Some(0)
            t=7    create app
            t=8      created app
            t=8    start app
            t=9      started app
            t=9    report RUNNING
            t=14     exited app code=Some(0)
            t=14   mark stopping EssentialContainerExited: Essential container in task exited
            t=14   report STOPPED
            ---
            task STOPPED desired=Stopped stop_code=EssentialContainerExited reason="Essential container in task exited"
              app: Stopped exit=Some(0) started=Some(9.0) reason=None
              migrate: Stopped exit=Some(0) started=Some(4.0) reason=None
        "#]],
    );
}

#[test]
fn success_dependency_failing_stops_the_task() {
    check(
        vec![
            depends(c("app"), "migrate", Condition::Success),
            nonessential("migrate"),
        ],
        NetworkMode::Bridge,
        world(&[("migrate", exits(3.0, 1))]),
        expect![[r#"
            t=0    report PENDING
            t=0    pull app
            t=0    pull migrate
            t=2      pulled app
            t=2      pulled migrate
            t=2    create migrate
            t=3      created migrate
            t=3    start migrate
            t=4      started migrate
            t=4    report ACTIVATING
            t=7      exited migrate code=Some(1)
            t=7    mark stopping TaskFailedToStart: container app cannot start: its dependency migrate exited with code 1, but condition SUCCESS requires exit code 0
            t=7    report STOPPED
            ---
            task STOPPED desired=Stopped stop_code=TaskFailedToStart reason="container app cannot start: its dependency migrate exited with code 1, but condition SUCCESS requires exit code 0"
              app: Pulled exit=None started=None reason=None
              migrate: Stopped exit=Some(1) started=Some(4.0) reason=None
        "#]],
    );
}

#[test]
fn healthy_waits_for_the_health_check() {
    let mut db = c("db");
    db.has_health_check = true;
    check(
        vec![depends(c("app"), "db", Condition::Healthy), db],
        NetworkMode::Bridge,
        World {
            external: vec![stop_task(30.0)],
            ..world(&[("db", health(7.0, HealthStatus::Healthy))])
        },
        expect![[r#"
            t=0    report PENDING
            t=0    pull app
            t=0    pull db
            t=2      pulled app
            t=2      pulled db
            t=2    create db
            t=3      created db
            t=3    start db
            t=4      started db
            t=4    report ACTIVATING
            t=11     health db HEALTHY
            t=11   create app
            t=12     created app
            t=12   start app
            t=13     started app
            t=13   report RUNNING
            t=30     desired STOPPED (UserInitiated: Task stopped by user)
            t=30   report DEACTIVATING
            t=30   stop app (timeout 30s)
            t=31     exited app code=Some(0)
            t=31   report STOPPING
            t=31   stop db (timeout 30s)
            t=32     exited db code=Some(0)
            t=32   report STOPPED
            ---
            task STOPPED desired=Stopped stop_code=UserInitiated reason="Task stopped by user"
              app: Stopped exit=Some(0) started=Some(13.0) reason=None
              db: Stopped exit=Some(0) started=Some(4.0) reason=None
        "#]],
    );
}

#[test]
fn never_healthy_dependency_times_out_and_stops_the_task() {
    let mut db = c("db");
    db.has_health_check = true;
    db.start_timeout_secs = Some(20);
    check(
        vec![depends(c("app"), "db", Condition::Healthy), db],
        NetworkMode::Bridge,
        world(&[("db", health(7.0, HealthStatus::Unhealthy))]),
        expect![[r#"
            t=0    report PENDING
            t=0    pull app
            t=0    pull db
            t=2      pulled app
            t=2      pulled db
            t=2    create db
            t=3      created db
            t=3    start db
            t=4      started db
            t=4    report ACTIVATING
            t=11     health db UNHEALTHY
            t=26   mark stopping TaskFailedToStart: container app cannot start: its dependency db did not reach HEALTHY within its startTimeout of 20 s
            t=26   report STOPPING
            t=26   stop db (timeout 30s)
            t=27     exited db code=Some(0)
            t=27   report STOPPED
            ---
            task STOPPED desired=Stopped stop_code=TaskFailedToStart reason="container app cannot start: its dependency db did not reach HEALTHY within its startTimeout of 20 s"
              app: Pulled exit=None started=None reason=None
              db: Stopped exit=Some(0) started=Some(4.0) reason=None
        "#]],
    );
}

#[test]
fn links_and_volumes_from_order_the_start_and_reverse_the_stop() {
    let mut web = c("web");
    web.links.push("db:database".into());
    web.volumes_from.push("data".into());
    check(
        vec![web, c("db"), nonessential("data")],
        NetworkMode::Bridge,
        World {
            external: vec![stop_task(15.0)],
            ..World::default()
        },
        expect![[r#"
            t=0    report PENDING
            t=0    pull web
            t=0    pull db
            t=0    pull data
            t=2      pulled web
            t=2      pulled db
            t=2      pulled data
            t=2    create db
            t=2    create data
            t=3      created db
            t=3      created data
            t=3    start db
            t=3    start data
            t=4      started db
            t=4      started data
            t=4    report ACTIVATING
            t=4    create web
            t=5      created web
            t=5    start web
            t=6      started web
            t=6    report RUNNING
            t=15     desired STOPPED (UserInitiated: Task stopped by user)
            t=15   report DEACTIVATING
            t=15   stop web (timeout 30s)
            t=16     exited web code=Some(0)
            t=16   report STOPPING
            t=16   stop db (timeout 30s)
            t=16   stop data (timeout 30s)
            t=17     exited db code=Some(0)
            t=17     exited data code=Some(0)
            t=17   report STOPPED
            ---
            task STOPPED desired=Stopped stop_code=UserInitiated reason="Task stopped by user"
              data: Stopped exit=Some(0) started=Some(4.0) reason=None
              db: Stopped exit=Some(0) started=Some(4.0) reason=None
              web: Stopped exit=Some(0) started=Some(6.0) reason=None
        "#]],
    );
}

#[test]
fn pull_failure_stops_the_task_before_anything_runs() {
    check(
        vec![c("app"), c("side")],
        NetworkMode::Bridge,
        world(&[(
            "app",
            Behavior {
                pull_error: Some("manifest for app:latest not found".into()),
                ..Behavior::default()
            },
        )]),
        expect![[r#"
            t=0    report PENDING
            t=0    pull app
            t=0    pull side
            t=2      pull failed app: manifest for app:latest not found
            t=2      pulled side
            t=2    mark stopping TaskFailedToStart: CannotPullContainerError: manifest for app:latest not found
            t=2    report STOPPED
            ---
            task STOPPED desired=Stopped stop_code=TaskFailedToStart reason="CannotPullContainerError: manifest for app:latest not found"
              app: None exit=None started=None reason=Some("CannotPullContainerError: manifest for app:latest not found")
              side: Pulled exit=None started=None reason=None
        "#]],
    );
}

#[test]
fn start_failure_stops_the_task_with_the_reason() {
    check(
        vec![c("app")],
        NetworkMode::Bridge,
        world(&[(
            "app",
            Behavior {
                start_error: Some("exec: \"/bin/nope\": no such file".into()),
                ..Behavior::default()
            },
        )]),
        expect![[r#"
            t=0    report PENDING
            t=0    pull app
            t=2      pulled app
            t=2    create app
            t=3      created app
            t=3    start app
            t=4      start failed app: exec: "/bin/nope": no such file
            t=4    mark stopping TaskFailedToStart: CannotStartContainerError: exec: "/bin/nope": no such file
            t=4    report STOPPING
            t=4    stop app (timeout 30s)
            t=5      exited app code=None
            t=5    report STOPPED
            ---
            task STOPPED desired=Stopped stop_code=TaskFailedToStart reason="CannotStartContainerError: exec: \"/bin/nope\": no such file"
              app: Stopped exit=None started=None reason=Some("CannotStartContainerError: exec: \"/bin/nope\": no such file")
        "#]],
    );
}

#[test]
fn stop_task_waits_for_the_stop_timeout_of_a_container_ignoring_sigterm() {
    let mut app = c("app");
    app.stop_timeout_secs = Some(15);
    check(
        vec![app, c("side")],
        NetworkMode::Bridge,
        World {
            external: vec![stop_task(10.0)],
            ..world(&[(
                "app",
                Behavior {
                    ignores_sigterm: true,
                    ..Behavior::default()
                },
            )])
        },
        expect![[r#"
            t=0    report PENDING
            t=0    pull app
            t=0    pull side
            t=2      pulled app
            t=2      pulled side
            t=2    create app
            t=2    create side
            t=3      created app
            t=3      created side
            t=3    start app
            t=3    start side
            t=4      started app
            t=4      started side
            t=4    report RUNNING
            t=10     desired STOPPED (UserInitiated: Task stopped by user)
            t=10   report DEACTIVATING
            t=10   stop app (timeout 15s)
            t=10   stop side (timeout 30s)
            t=11     exited side code=Some(0)
            t=11   report STOPPING
            t=25     exited app code=Some(137)
            t=25   report STOPPED
            ---
            task STOPPED desired=Stopped stop_code=UserInitiated reason="Task stopped by user"
              app: Stopped exit=Some(137) started=Some(4.0) reason=None
              side: Stopped exit=Some(0) started=Some(4.0) reason=None
        "#]],
    );
}

#[test]
fn non_essential_exit_does_not_stop_the_task() {
    check(
        vec![c("app"), nonessential("job")],
        NetworkMode::Bridge,
        World {
            external: vec![stop_task(30.0)],
            ..world(&[("job", exits(4.0, 1))])
        },
        expect![[r#"
            t=0    report PENDING
            t=0    pull app
            t=0    pull job
            t=2      pulled app
            t=2      pulled job
            t=2    create app
            t=2    create job
            t=3      created app
            t=3      created job
            t=3    start app
            t=3    start job
            t=4      started app
            t=4      started job
            t=4    report RUNNING
            t=8      exited job code=Some(1)
            t=30     desired STOPPED (UserInitiated: Task stopped by user)
            t=30   report DEACTIVATING
            t=30   stop app (timeout 30s)
            t=31     exited app code=Some(0)
            t=31   report STOPPED
            ---
            task STOPPED desired=Stopped stop_code=UserInitiated reason="Task stopped by user"
              app: Stopped exit=Some(0) started=Some(4.0) reason=None
              job: Stopped exit=Some(1) started=Some(4.0) reason=None
        "#]],
    );
}

#[test]
fn awsvpc_provisions_before_creating_and_deprovisions_after_stopping() {
    check(
        vec![c("app")],
        NetworkMode::Awsvpc,
        world(&[("app", exits(10.0, 0))]),
        expect![[r#"
            t=0    provision network
            t=0    pull app
            t=1      network provisioned 10.0.0.2
            t=1    report PENDING
            t=2      pulled app
            t=2    create app
            t=3      created app
            t=3    start app
            t=4      started app
            t=4    report RUNNING
            t=14     exited app code=Some(0)
            t=14   mark stopping EssentialContainerExited: Essential container in task exited
            t=14   report DEPROVISIONING
            t=14   deprovision network
            t=15     network deprovisioned
            t=15   report STOPPED
            ---
            task STOPPED desired=Stopped stop_code=EssentialContainerExited reason="Essential container in task exited"
              app: Stopped exit=Some(0) started=Some(4.0) reason=None
        "#]],
    );
}

#[test]
fn awsvpc_provisioning_failure_stops_the_task_and_still_tears_down() {
    check(
        vec![c("app")],
        NetworkMode::Awsvpc,
        World {
            network_error: Some("failed to attach interface".into()),
            ..World::default()
        },
        expect![[r#"
            t=0    provision network
            t=0    pull app
            t=1      network failed: failed to attach interface
            t=1    mark stopping TaskFailedToStart: ResourceInitializationError: failed to attach interface
            t=1    report DEPROVISIONING
            t=2      pulled app
            t=2    deprovision network
            t=3      network deprovisioned
            t=3    report STOPPED
            ---
            task STOPPED desired=Stopped stop_code=TaskFailedToStart reason="ResourceInitializationError: failed to attach interface"
              app: Pulled exit=None started=None reason=None
        "#]],
    );
}
