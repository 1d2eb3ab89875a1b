"""The black-box harness: start the real `berth` binary, talk to it with boto3, the AWS CLI and
raw signed HTTP, and wait for things with bounded polling.

Everything here is reusable by later suites (agent, services with real Docker): fixtures in
conftest.py are thin wrappers around these classes and functions. Nothing here knows berth's
internals; it only uses the binary's command line, its credentials file and the ECS wire API.
"""

from __future__ import annotations

import ctypes
import datetime as _dt
import http.client
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import uuid
from unittest import mock
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, Optional, TypeVar

import boto3
import botocore.auth
import botocore.awsrequest
import botocore.config
import botocore.credentials
import pytest
from botocore.exceptions import ClientError

REPO_ROOT = Path(__file__).resolve().parents[2]
ECS_TARGET_PREFIX = "AmazonEC2ContainerServiceV20141113"
ACCOUNT = "000000000000"
DEFAULT_REGION = "us-east-1"

# How long a server may take to answer /healthz after it is spawned (a debug build opening a
# fresh SQLite store starts in well under a second; the slack is for a loaded CI machine).
STARTUP_TIMEOUT_SECS = 30.0
# How long a graceful stop (SIGTERM) may take before the server is killed.
SHUTDOWN_TIMEOUT_SECS = 10.0
# Per-request socket timeout for every client: no call may hang a test.
REQUEST_TIMEOUT_SECS = 20.0
# How long one AWS CLI invocation may take (python start-up dominates).
CLI_TIMEOUT_SECS = 60.0


def stop_process(proc: Optional[subprocess.Popen]) -> Optional[int]:
    """SIGTERM, then SIGKILL if the process lingers. Returns its exit code (None: no process)."""
    if proc is None:
        return None
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=SHUTDOWN_TIMEOUT_SECS)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=SHUTDOWN_TIMEOUT_SECS)
    return proc.returncode


def kill_process(proc: Optional[subprocess.Popen]) -> None:
    """`kill -9` and reap: the process gets no chance to shut down."""
    if proc is None:
        return
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=SHUTDOWN_TIMEOUT_SECS)


T = TypeVar("T")


# --------------------------------------------------------------------------------------------
# Polling and names


def wait_until(
    predicate: Callable[[], T],
    timeout: float = 10.0,
    interval: float = 0.05,
    message: str = "condition",
) -> T:
    """Polls `predicate` until it returns a truthy value and returns that value.

    Bounded: raises AssertionError after `timeout` seconds, showing the last value (or the last
    exception) the predicate produced. The interval grows to at most 0.5 s so that long waits
    do not hammer the server.
    """
    deadline = time.monotonic() + timeout
    last: Any = None
    last_error: Optional[BaseException] = None
    delay = interval
    while True:
        try:
            last = predicate()
            last_error = None
            if last:
                return last
        except AssertionError as error:  # a predicate may assert; keep polling
            last_error = error
        if time.monotonic() >= deadline:
            detail = f"last error: {last_error!r}" if last_error else f"last value: {last!r}"
            raise AssertionError(f"timed out after {timeout}s waiting for {message}; {detail}")
        time.sleep(delay)
        delay = min(delay * 1.5, 0.5)


def unique_name(prefix: str = "t", max_len: int = 255) -> str:
    """A name valid for clusters, families and services: letters, digits, '-' and '_'."""
    clean = "".join(c if c.isalnum() or c in "-_" else "-" for c in prefix)
    return f"{clean}-{uuid.uuid4().hex[:10]}"[:max_len]


def free_port() -> int:
    """A TCP port on 127.0.0.1 that is free right now (the caller retries on a race)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def berth_binary() -> Path:
    """`BERTH_BIN`, else target/debug/berth under the repository root."""
    given = os.environ.get("BERTH_BIN")
    path = Path(given) if given else REPO_ROOT / "target" / "debug" / "berth"
    if not path.is_file():
        raise RuntimeError(
            f"berth binary not found at {path}: build it with `cargo build -p berth` "
            "or set BERTH_BIN"
        )
    return path


def _die_with_parent() -> None:
    """Runs in the child before exec: SIGKILL it if the test process dies (no stray servers)."""
    try:
        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        PR_SET_PDEATHSIG = 1
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except OSError:
        pass


# --------------------------------------------------------------------------------------------
# Errors


def error_code(error: ClientError) -> str:
    return error.response.get("Error", {}).get("Code", "")


def error_message(error: ClientError) -> str:
    return error.response.get("Error", {}).get("Message", "")


def expect_error(code: str | Iterable[str], call: Callable[..., Any], *args: Any, **kwargs: Any) -> ClientError:
    """Calls `call` and asserts it raises a ClientError with `code` (or one of `code`)."""
    codes = {code} if isinstance(code, str) else set(code)
    with pytest.raises(ClientError) as caught:
        result = call(*args, **kwargs)
        # pytest.raises fails on its own if nothing was raised; show what came back instead.
        raise AssertionError(f"expected {sorted(codes)}, got a response: {result!r}")
    got = error_code(caught.value)
    assert got in codes, f"expected {sorted(codes)}, got {got}: {error_message(caught.value)}"
    return caught.value


class CliError(Exception):
    def __init__(self, args: list[str], returncode: int, stdout: str, stderr: str):
        super().__init__(f"aws {' '.join(args)} exited {returncode}: {stderr.strip()}")
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr


# --------------------------------------------------------------------------------------------
# Raw HTTP


class RawResponse:
    def __init__(self, status: int, headers: Mapping[str, str], body: bytes):
        self.status = status
        self.headers = {k.lower(): v for k, v in headers.items()}
        self.body = body

    def json(self) -> Any:
        return json.loads(self.body.decode("utf-8"))

    @property
    def error_type(self) -> str:
        try:
            value = self.json().get("__type", "")
        except (ValueError, AttributeError):
            return ""
        # AWS JSON errors may carry a namespace prefix ("ns#Code"); clients drop it.
        return value.rsplit("#", 1)[-1]

    def __repr__(self) -> str:
        return f"RawResponse({self.status}, {self.body[:300]!r})"


def amz_date(when: Optional[_dt.datetime] = None) -> str:
    when = when or _dt.datetime.now(_dt.timezone.utc)
    return when.strftime("%Y%m%dT%H%M%SZ")


# --------------------------------------------------------------------------------------------
# The server


class BerthServer:
    """One `berth server` process on 127.0.0.1 with its own data directory.

    `start()` picks a free port, spawns the binary (which dies with the test process), and waits
    for `GET /healthz`; the port pick is retried if another process grabbed it first. Output goes
    to `<data_dir>/../server-N.log`, shown in assertion messages by `log_tail()`.
    """

    def __init__(
        self,
        binary: Path,
        data_dir: Path,
        extra_args: Iterable[str] = (),
        env: Optional[Mapping[str, str]] = None,
        command: str = "server",
    ):
        self.binary = Path(binary)
        self.data_dir = Path(data_dir)
        self.extra_args = list(extra_args)
        self.extra_env = dict(env or {})
        self.command = command
        self.process: Optional[subprocess.Popen] = None
        self.port: Optional[int] = None
        self.log_path: Optional[Path] = None
        self._starts = 0

    # -- lifecycle --------------------------------------------------------------------------

    @property
    def endpoint(self) -> str:
        assert self.port is not None, "server not started"
        return f"http://127.0.0.1:{self.port}"

    @property
    def credentials_file(self) -> Path:
        return self.data_dir / "credentials"

    def start(self, port: Optional[int] = None) -> "BerthServer":
        """Starts the server; a given `port` is reused (restarts keep the endpoint)."""
        assert self.process is None, "already running"
        self.data_dir.mkdir(parents=True, exist_ok=True)
        attempts = 1 if port else 3
        last_failure = ""
        for _ in range(attempts):
            chosen = port or free_port()
            if self._spawn(chosen):
                return self
            last_failure = self.log_tail()
            self._reap()
        raise RuntimeError(f"berth server did not start:\n{last_failure}")

    def _spawn(self, port: int) -> bool:
        self._starts += 1
        self.port = port
        self.log_path = self.data_dir.parent / f"{self.data_dir.name}-server-{self._starts}.log"
        env = {k: v for k, v in os.environ.items() if not k.startswith("BERTH_")}
        env.setdefault("BERTH_LOG", "info")
        env.update(self.extra_env)
        args = [
            str(self.binary),
            self.command,
            "--listen",
            f"127.0.0.1:{port}",
            "--data-dir",
            str(self.data_dir),
            *self.extra_args,
        ]
        log = open(self.log_path, "wb")
        try:
            self.process = subprocess.Popen(
                args,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                env=env,
                preexec_fn=_die_with_parent,
            )
        finally:
            log.close()
        deadline = time.monotonic() + STARTUP_TIMEOUT_SECS
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                return False
            if self._healthy():
                return True
            time.sleep(0.05)
        return False

    def _healthy(self) -> bool:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=1.0)
            try:
                conn.request("GET", "/healthz")
                return conn.getresponse().status == 200
            finally:
                conn.close()
        except OSError:
            return False

    def _reap(self) -> None:
        if self.process is None:
            return
        if self.process.poll() is None:
            self.process.kill()
        try:
            self.process.wait(timeout=SHUTDOWN_TIMEOUT_SECS)
        except subprocess.TimeoutExpired:
            pass
        self.process = None

    def stop(self) -> Optional[int]:
        """Graceful stop (SIGTERM), then SIGKILL if it lingers. Returns the exit code."""
        proc, self.process = self.process, None
        return stop_process(proc)

    def kill(self) -> None:
        """`kill -9`: no chance to flush or shut down."""
        proc, self.process = self.process, None
        kill_process(proc)

    def restart(self, hard: bool = False) -> "BerthServer":
        """Stops (SIGKILL when `hard`) and starts again on the same data dir and port."""
        port = self.port
        self.kill() if hard else self.stop()
        try:
            return self.start(port=port)
        except RuntimeError:
            # The old port can be taken in between; a new one is fine for every caller.
            return self.start()

    def is_running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def log_tail(self, lines: int = 40) -> str:
        if not self.log_path or not self.log_path.exists():
            return "(no log)"
        text = self.log_path.read_text(errors="replace").splitlines()
        return "\n".join(text[-lines:])

    # -- credentials and clients -----------------------------------------------------------

    def credentials(self) -> tuple[str, str]:
        """(access key id, secret) from the `[default]` profile of the generated file."""
        key = secret = None
        in_default = False
        for line in self.credentials_file.read_text().splitlines():
            line = line.strip()
            if line.startswith("["):
                in_default = line == "[default]"
                continue
            if in_default and "=" in line:
                name, value = (part.strip() for part in line.split("=", 1))
                if name == "aws_access_key_id":
                    key = value
                elif name == "aws_secret_access_key":
                    secret = value
        assert key and secret, f"no [default] keys in {self.credentials_file}"
        return key, secret

    def client(
        self,
        service: str = "ecs",
        region: str = DEFAULT_REGION,
        access_key: Optional[str] = None,
        secret_key: Optional[str] = None,
        validate: bool = True,
        **config: Any,
    ):
        """A boto3 client for this server. `validate=False` turns off botocore's client-side
        parameter validation so that the server's own validation can be tested."""
        key, secret = self.credentials()
        cfg = botocore.config.Config(
            retries={"max_attempts": 1, "mode": "standard"},
            connect_timeout=5,
            read_timeout=REQUEST_TIMEOUT_SECS,
            parameter_validation=validate,
            **config,
        )
        return _shared_session().client(
            service,
            region_name=region,
            endpoint_url=self.endpoint,
            aws_access_key_id=access_key or key,
            aws_secret_access_key=secret_key or secret,
            config=cfg,
        )

    def cli_env(self, region: str = DEFAULT_REGION) -> dict[str, str]:
        """Environment for the AWS CLI: this server's credentials file and nothing ambient."""
        env = {
            k: v
            for k, v in os.environ.items()
            if not k.startswith("AWS_") and not k.startswith("BERTH_")
        }
        env.update(
            AWS_SHARED_CREDENTIALS_FILE=str(self.credentials_file),
            AWS_CONFIG_FILE=os.devnull,
            AWS_DEFAULT_REGION=region,
            AWS_MAX_ATTEMPTS="1",
            AWS_RETRY_MODE="standard",
            AWS_PAGER="",
        )
        return env

    def cli(self, *args: str, region: str = DEFAULT_REGION, parse: bool = True) -> Any:
        """Runs `aws <args> --endpoint-url <server> --output json` and returns the parsed output.
        Raises CliError on a non-zero exit."""
        aws = aws_cli_path()
        argv = [aws, *args, "--endpoint-url", self.endpoint, "--output", "json"]
        done = subprocess.run(
            argv,
            env=self.cli_env(region),
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=CLI_TIMEOUT_SECS,
        )
        if done.returncode != 0:
            raise CliError(list(args), done.returncode, done.stdout, done.stderr)
        if not parse:
            return done.stdout
        return json.loads(done.stdout) if done.stdout.strip() else None

    # -- raw HTTP ---------------------------------------------------------------------------

    def raw(
        self,
        operation: Optional[str],
        body: bytes | str | Any = b"{}",
        *,
        region: str = DEFAULT_REGION,
        sign: bool = True,
        access_key: Optional[str] = None,
        secret_key: Optional[str] = None,
        timestamp: Optional[_dt.datetime] = None,
        headers: Optional[Mapping[str, str]] = None,
        target: Optional[str] = None,
    ) -> RawResponse:
        """POSTs one ECS request with full control over the bytes, the signature and the clock.

        `body` may be bytes, a str (sent as UTF-8) or any JSON value (encoded). The request is
        SigV4-signed by botocore's own signer unless `sign` is false; `timestamp` signs as of
        that time (to test skew).
        """
        if isinstance(body, str):
            payload = body.encode("utf-8")
        elif isinstance(body, (bytes, bytearray)):
            payload = bytes(body)
        else:
            payload = json.dumps(body).encode("utf-8")
        all_headers = {
            "Content-Type": "application/x-amz-json-1.1",
            "X-Amz-Target": target if target is not None else f"{ECS_TARGET_PREFIX}.{operation}",
        }
        all_headers.update(headers or {})
        if sign:
            key, secret = self.credentials()
            creds = botocore.credentials.Credentials(access_key or key, secret_key or secret)
            request = botocore.awsrequest.AWSRequest(
                method="POST", url=self.endpoint + "/", data=payload, headers=all_headers
            )
            signer = botocore.auth.SigV4Auth(creds, "ecs", region)
            if timestamp is not None:
                _sign_at(signer, request, timestamp)
            else:
                signer.add_auth(request)
            all_headers = dict(request.headers.items())
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=REQUEST_TIMEOUT_SECS)
        try:
            conn.request("POST", "/", body=payload, headers=all_headers)
            response = conn.getresponse()
            return RawResponse(response.status, dict(response.getheaders()), response.read())
        finally:
            conn.close()


def _sign_at(signer: botocore.auth.SigV4Auth, request: botocore.awsrequest.AWSRequest, when: _dt.datetime) -> None:
    """Signs `request` as if the clock read `when` (`add_auth` reads the time through
    `botocore.auth.get_current_datetime`, a naive UTC datetime)."""
    naive_utc = when.astimezone(_dt.timezone.utc).replace(tzinfo=None)
    with mock.patch("botocore.auth.get_current_datetime", return_value=naive_utc):
        signer.add_auth(request)


_SESSION: Optional[boto3.session.Session] = None


def _shared_session() -> boto3.session.Session:
    """One boto3 session per process: its loader caches the ECS model, so making a client is
    cheap. Clients get their credentials, region and endpoint explicitly, never from it."""
    global _SESSION
    if _SESSION is None:
        _SESSION = boto3.session.Session()
    return _SESSION


def aws_cli_path() -> str:
    """The `aws` next to this interpreter (the project's venv), else the one on PATH."""
    beside = Path(sys.executable).with_name("aws")
    if beside.exists():
        return str(beside)
    found = shutil.which("aws")
    if not found:
        pytest.skip("the AWS CLI (awscli) is not installed")
    return found


# --------------------------------------------------------------------------------------------
# ECS helpers used across modules


def container_def(name: str = "app", **overrides: Any) -> dict:
    """A minimal valid container definition (EC2 launch type, bridge networking)."""
    definition = {"name": name, "image": "berth-test:latest", "memory": 128, "essential": True}
    definition.update(overrides)
    return definition


def register_task_definition(ecs, family: str, containers: Optional[list] = None, **kwargs: Any) -> dict:
    """Registers a task definition and returns the `taskDefinition` of the response."""
    response = ecs.register_task_definition(
        family=family, containerDefinitions=containers or [container_def()], **kwargs
    )
    return response["taskDefinition"]


def identity_document(
    instance_id: Optional[str] = None,
    az: str = "us-east-1a",
    instance_type: str = "t2.micro",
    region: str = DEFAULT_REGION,
) -> str:
    return json.dumps(
        {
            "instanceId": instance_id or f"i-{uuid.uuid4().hex[:17]}",
            "availabilityZone": az,
            "instanceType": instance_type,
            "region": region,
            "accountId": ACCOUNT,
            "imageId": "ami-12345678",
            "privateIp": "10.0.0.1",
        }
    )


def total_resources(cpu: int = 2048, memory: int = 4096, ports: Iterable[int] = (), udp_ports: Iterable[int] = ()) -> list:
    return [
        {"name": "CPU", "type": "INTEGER", "integerValue": cpu},
        {"name": "MEMORY", "type": "INTEGER", "integerValue": memory},
        {"name": "PORTS", "type": "STRINGSET", "stringSetValue": [str(p) for p in ports]},
        {"name": "PORTS_UDP", "type": "STRINGSET", "stringSetValue": [str(p) for p in udp_ports]},
    ]


def register_instance(
    ecs,
    cluster: str,
    cpu: int = 2048,
    memory: int = 4096,
    ports: Iterable[int] = (),
    az: str = "us-east-1a",
    instance_type: str = "t2.micro",
    attributes: Optional[list] = None,
    instance_id: Optional[str] = None,
    **kwargs: Any,
) -> dict:
    """Registers an agent-less container instance through the API; returns `containerInstance`."""
    response = ecs.register_container_instance(
        cluster=cluster,
        instanceIdentityDocument=identity_document(instance_id, az, instance_type),
        instanceIdentityDocumentSignature="",
        totalResources=total_resources(cpu, memory, ports),
        attributes=attributes or [],
        **kwargs,
    )
    return response["containerInstance"]


def resource(resources: list, name: str) -> Any:
    """The value of resource `name` in a registered/remaining resources list."""
    for item in resources:
        if item["name"] == name:
            if item.get("type") == "STRINGSET":
                return sorted(item.get("stringSetValue") or [])
            for field in ("integerValue", "longValue", "doubleValue"):
                if field in item and item[field] is not None:
                    return item[field]
            return None
    raise AssertionError(f"no resource {name} in {resources!r}")


def describe_instance(ecs, cluster: str, arn: str) -> dict:
    response = ecs.describe_container_instances(cluster=cluster, containerInstances=[arn])
    assert not response["failures"], response["failures"]
    return response["containerInstances"][0]


def describe_task(ecs, cluster: str, arn: str, **kwargs: Any) -> dict:
    response = ecs.describe_tasks(cluster=cluster, tasks=[arn], **kwargs)
    assert not response["failures"], response["failures"]
    return response["tasks"][0]


def describe_cluster(ecs, cluster: str, include: Iterable[str] = ()) -> dict:
    response = ecs.describe_clusters(clusters=[cluster], include=list(include))
    assert not response["failures"], response["failures"]
    return response["clusters"][0]


def assert_subset(expected: Any, actual: Any, path: str = "$") -> None:
    """Every key/value in `expected` appears in `actual` (dicts recursively, lists item by item)."""
    if isinstance(expected, dict):
        assert isinstance(actual, dict), f"{path}: expected an object, got {actual!r}"
        for key, value in expected.items():
            assert key in actual, f"{path}.{key} missing from {sorted(actual)}"
            assert_subset(value, actual[key], f"{path}.{key}")
    elif isinstance(expected, list):
        assert isinstance(actual, list), f"{path}: expected a list, got {actual!r}"
        assert len(expected) == len(actual), f"{path}: expected {len(expected)} items, got {actual!r}"
        for index, (want, got) in enumerate(zip(expected, actual)):
            assert_subset(want, got, f"{path}[{index}]")
    else:
        assert expected == actual, f"{path}: expected {expected!r}, got {actual!r}"
