"""Fixtures for berth's black-box suites: the real binary, driven by boto3 and the AWS CLI.

- `berth_bin`: the binary (`BERTH_BIN`, else target/debug/berth).
- `server`: one `berth server` per test module (tests use unique names, so they can share it
  and run in parallel under pytest-xdist); `ecs` is a boto3 ECS client for it.
- `make_server`: a factory for dedicated servers (restart/durability tests); every server it
  makes is stopped at teardown, even when the test fails.
- `unique`: unique, valid resource names; `cluster`: a fresh ACTIVE cluster on `server`.
- `wait_until` (from berth_harness): bounded polling.

The heavy lifting is in berth_harness.py so that other suites can import it directly.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Callable

import pytest

from berth_harness import BerthServer, berth_binary, unique_name, wait_until  # noqa: F401


@pytest.fixture(scope="session")
def berth_bin() -> Path:
    try:
        return berth_binary()
    except RuntimeError as error:
        pytest.exit(str(error), returncode=2)


def _start(binary: Path, data_dir: Path, **kwargs) -> BerthServer:
    server = BerthServer(binary, data_dir, **kwargs)
    server.start()
    return server


@pytest.fixture(scope="module")
def server(berth_bin: Path, tmp_path_factory: pytest.TempPathFactory):
    """One berth server for the whole module, stopped at the end of it."""
    base = tmp_path_factory.mktemp("berth")
    srv = _start(berth_bin, base / "data")
    try:
        yield srv
    finally:
        srv.stop()


@pytest.fixture(scope="module")
def ecs(server: BerthServer):
    """A boto3 ECS client (us-east-1) for the module's server."""
    return server.client("ecs")


@pytest.fixture
def make_server(berth_bin: Path, tmp_path: Path):
    """Factory for dedicated servers: `make_server(**BerthServer kwargs)`. All are stopped (or
    killed) at teardown whatever the outcome of the test."""
    started: list[BerthServer] = []

    def make(name: str = "data", **kwargs) -> BerthServer:
        srv = BerthServer(berth_bin, tmp_path / f"{name}-{len(started)}", **kwargs)
        started.append(srv)
        srv.start()
        return srv

    try:
        yield make
    finally:
        for srv in started:
            try:
                srv.stop()
            except Exception:  # noqa: BLE001 - teardown must reach every server
                srv.kill()


@pytest.fixture
def unique(request: pytest.FixtureRequest) -> Callable[[str], str]:
    """`unique("prefix")` → a name no other test uses (prefix + test name + random suffix)."""
    test = re.sub(r"[^A-Za-z0-9]+", "-", request.node.name).strip("-")[:40]

    def make(prefix: str = "t") -> str:
        return unique_name(f"{prefix}-{test}")

    return make


@pytest.fixture
def cluster(ecs, unique) -> str:
    """A fresh ACTIVE cluster on the module's server; returns its name."""
    name = unique("c")
    ecs.create_cluster(clusterName=name)
    return name
