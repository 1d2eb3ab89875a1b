"""Container definition fields as Docker really applies them: one task with three containers
carrying (almost) every field berth maps, started once per module and checked field by field
with `docker inspect` and from inside the containers (the test app's /env, /file, /fetch).

- `main`: entryPoint, command (overridden by RunTask), environment (overridden) over
  environmentFiles, workingDirectory, cpu/memory/memoryReservation, a dynamic host port,
  hostname, readonlyRootFilesystem, ulimits, dockerLabels, initProcessEnabled, extraHosts, a
  host bind volume, a task-scoped Docker volume, json-file logging with options, a link.
- `peer`: the link target (reached by its alias from `main`), user 65534.
- `reader`: volumesFrom `main` (read-only) with its own dynamic port.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from agent_harness import (
    agent_env_fixture,
    app,
    container_of,
    env_list,
    http_get,
    inspect,
    remove_task_containers,
    task_cleanup_fixture,
    docker,
)

env = agent_env_fixture("fields")
_cleanup = task_cleanup_fixture()


class Started:
    """The module's task: the described task, Docker's view of each container, the host dir."""

    def __init__(self, task: dict, docs: dict, host_dir: Path):
        self.task = task
        self.docs = docs
        self.host_dir = host_dir

    def port(self, name: str) -> int:
        bindings = container_of(self.task, name)["networkBindings"]
        assert bindings, f"{name} has no networkBindings"
        return bindings[0]["hostPort"]

    def get(self, name: str, path: str) -> tuple[int, str]:
        return http_get(f"http://127.0.0.1:{self.port(name)}{path}", timeout=10)


@pytest.fixture(scope="module")
def started(env, tmp_path_factory):
    host_dir = tmp_path_factory.mktemp("bind")
    os.chmod(host_dir, 0o777)
    (host_dir / "seed.txt").write_text("from the host")
    env_file = tmp_path_factory.mktemp("envfiles") / "app.env"
    env_file.write_text("# a comment\nFROM_FILE=file-value\nOVERRIDDEN=from-file\n\nSHARED=file\n")

    main = app(
        "main",
        entryPoint=["/berth-testapp"],
        command=["serve", "--port", "8081"],
        environment=env_list(PORT_HINT="x", SHARED="definition", OVERRIDDEN="definition"),
        environmentFiles=[{"value": str(env_file), "type": "s3"}],
        workingDirectory="/tmp",
        cpu=256,
        memory=128,
        memoryReservation=64,
        portMappings=[{"containerPort": 8082, "hostPort": 0, "protocol": "tcp"}],
        hostname="berth-fields",
        readonlyRootFilesystem=True,
        ulimits=[{"name": "nofile", "softLimit": 1024, "hardLimit": 2048}],
        dockerLabels={"team": "qa", "com.example.tier": "backend"},
        linuxParameters={"initProcessEnabled": True},
        extraHosts=[{"hostname": "db.internal", "ipAddress": "10.1.2.3"}],
        mountPoints=[
            {"sourceVolume": "hostvol", "containerPath": "/data"},
            {"sourceVolume": "scratch", "containerPath": "/scratch"},
        ],
        logConfiguration={"logDriver": "json-file", "options": {"max-size": "1m", "max-file": "2"}},
        links=["peer:peeralias"],
    )
    peer = app("peer", user="65534", essential=False)
    reader = app(
        "reader",
        essential=False,
        volumesFrom=[{"sourceContainer": "main", "readOnly": True}],
        portMappings=[{"containerPort": 8080, "hostPort": 0}],
    )
    td = env.register(
        [main, peer, reader],
        volumes=[
            {"name": "hostvol", "host": {"sourcePath": str(host_dir)}},
            {"name": "scratch", "dockerVolumeConfiguration": {"scope": "task", "driver": "local"}},
        ],
    )
    task = env.run_task(
        td,
        track=False,
        overrides={
            "containerOverrides": [
                {
                    "name": "main",
                    "command": ["serve", "--port", "8082"],
                    "environment": env_list(OVERRIDDEN="override", EXTRA="added"),
                }
            ]
        },
    )
    arn = task["taskArn"]
    try:
        # berth reports the task RUNNING once its essential containers run (the non-essential
        # `reader` starts after `main`): wait for all three.
        running = env.wait(
            arn,
            "RUNNING",
            timeout=30,
            predicate=lambda t: all(c["lastStatus"] == "RUNNING" for c in t["containers"]),
        )
        docs = {c["name"]: inspect(c["runtimeId"]) for c in running["containers"]}
        yield Started(running, docs, host_dir)
    finally:
        env.cleanup_tasks([arn])
        remove_task_containers(arn)


def test_entry_point_and_overridden_command(started):
    config = started.docs["main"]["Config"]
    assert config["Entrypoint"] == ["/berth-testapp"]
    assert config["Cmd"] == ["serve", "--port", "8082"]
    status, body = started.get("main", "/")
    assert status == 200, body


def test_environment_files_then_definition_then_override(started):
    status, body = started.get("main", "/env")
    assert status == 200, body
    variables = json.loads(body)
    assert variables["FROM_FILE"] == "file-value"
    assert variables["SHARED"] == "definition"  # environment wins over environmentFiles
    assert variables["OVERRIDDEN"] == "override"  # RunTask override wins over both
    assert variables["EXTRA"] == "added"
    assert variables["PORT_HINT"] == "x"
    assert variables["AWS_EXECUTION_ENV"] == "AWS_ECS_EC2"
    assert variables["ECS_CONTAINER_METADATA_URI_V4"].startswith("http://")


def test_working_directory_and_user(started):
    assert started.docs["main"]["Config"]["WorkingDir"] == "/tmp"
    assert started.docs["peer"]["Config"]["User"] == "65534"
    pid = started.docs["peer"]["State"]["Pid"]
    status_text = Path(f"/proc/{pid}/status").read_text()
    uid_line = next(line for line in status_text.splitlines() if line.startswith("Uid:"))
    assert uid_line.split()[1] == "65534", uid_line


def test_cpu_shares_memory_limit_and_reservation(started):
    host = started.docs["main"]["HostConfig"]
    assert host["CpuShares"] == 256
    assert host["Memory"] == 128 * 1024 * 1024
    assert host["MemoryReservation"] == 64 * 1024 * 1024
    # No cpu given: Docker's minimum share, as the ECS agent does.
    assert started.docs["peer"]["HostConfig"]["CpuShares"] == 2
    assert started.docs["peer"]["HostConfig"]["Memory"] == 64 * 1024 * 1024


def test_dynamic_host_port_is_reported_and_reachable(started):
    bindings = container_of(started.task, "main")["networkBindings"]
    assert bindings, started.task
    binding = bindings[0]
    assert binding["containerPort"] == 8082
    assert binding["protocol"] == "tcp"
    assert binding["hostPort"] > 0
    docker_ports = started.docs["main"]["NetworkSettings"]["Ports"]["8082/tcp"]
    assert str(binding["hostPort"]) in {p["HostPort"] for p in docker_ports}
    status, body = started.get("main", "/health")
    assert status == 200, body


def test_link_alias_resolves_to_the_peer(started):
    assert any("peeralias" in link for link in started.docs["main"]["HostConfig"]["Links"] or []), started.docs[
        "main"
    ]["HostConfig"]["Links"]
    status, body = started.get("main", "/fetch?url=http://peeralias:8080/health")
    assert status == 200, body
    assert json.loads(body)["status"] == 200


def test_hostname_extra_hosts_and_readonly_root(started):
    assert started.docs["main"]["Config"]["Hostname"] == "berth-fields"
    status, body = started.get("main", "/")
    assert body.strip() == "ok berth-fields"
    assert "db.internal:10.1.2.3" in (started.docs["main"]["HostConfig"]["ExtraHosts"] or [])
    status, hosts = started.get("main", "/file?path=/etc/hosts")
    assert status == 200 and "db.internal" in hosts and "10.1.2.3" in hosts, hosts
    assert started.docs["main"]["HostConfig"]["ReadonlyRootfs"] is True
    status, body = http_get(
        f"http://127.0.0.1:{started.port('main')}/file?path=/etc/hosts"
    )  # reading works...
    assert status == 200
    status, body = _post(started, "main", "/file?path=/newfile&content=x")
    assert status == 500 and "Read-only" in body, (status, body)  # ...writing the root does not


def test_privileged_is_off_by_default(started):
    for name, doc in started.docs.items():
        assert doc["HostConfig"]["Privileged"] is False, name


def test_ulimits_labels_init_and_logging(started):
    host = started.docs["main"]["HostConfig"]
    assert {"Name": "nofile", "Soft": 1024, "Hard": 2048} in (host["Ulimits"] or []), host["Ulimits"]
    labels = started.docs["main"]["Config"]["Labels"]
    assert labels["team"] == "qa"
    assert labels["com.example.tier"] == "backend"
    assert labels["com.berth.task-arn"] == started.task["taskArn"]
    assert labels["com.berth.container-name"] == "main"
    assert host["Init"] is True
    assert host["LogConfig"]["Type"] == "json-file"
    assert host["LogConfig"]["Config"] == {"max-size": "1m", "max-file": "2"}
    logs = docker("logs", started.docs["main"]["Id"])  # json-file keeps output for `docker logs`
    assert logs is not None


def _post(started: Started, name: str, path: str) -> tuple[int, str]:
    import urllib.error
    import urllib.request

    request = urllib.request.Request(f"http://127.0.0.1:{started.port(name)}{path}", data=b"", method="POST")
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def test_host_bind_volume_is_shared_with_the_host(started):
    mounts = {m["Destination"]: m for m in started.docs["main"]["Mounts"]}
    assert mounts["/data"]["Type"] == "bind"
    assert mounts["/data"]["Source"] == str(started.host_dir)
    status, body = started.get("main", "/file?path=/data/seed.txt")
    assert (status, body) == (200, "from the host")
    status, body = _post(started, "main", "/file?path=/data/written.txt&content=from-the-container")
    assert status == 200, body
    assert (started.host_dir / "written.txt").read_text() == "from-the-container"


def test_docker_volume_and_volumes_from(started):
    mounts = {m["Destination"]: m for m in started.docs["main"]["Mounts"]}
    assert mounts["/scratch"]["Type"] == "volume"
    volume = mounts["/scratch"]["Name"]
    status, body = _post(started, "main", "/file?path=/scratch/shared.txt&content=through-a-volume")
    assert status == 200, body
    # `reader` mounts main's volumes read-only.
    reader_mounts = {m["Destination"]: m for m in started.docs["reader"]["Mounts"]}
    assert reader_mounts["/scratch"]["Name"] == volume
    assert reader_mounts["/scratch"]["RW"] is False
    assert reader_mounts["/data"]["RW"] is False
    status, body = started.get("reader", "/file?path=/scratch/shared.txt")
    assert (status, body) == (200, "through-a-volume")
    status, body = started.get("reader", "/file?path=/data/seed.txt")
    assert (status, body) == (200, "from the host")
    status, body = _post(started, "reader", "/file?path=/scratch/nope.txt&content=x")
    assert status == 500, body
