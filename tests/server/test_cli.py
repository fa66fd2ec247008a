"""``kronos-server`` as an operator runs it: real subprocesses against a real PostgreSQL."""

from __future__ import annotations

import io
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy import URL, create_engine, pool, text

from kronos_server import cli, migrate
from kronos_server.db import Database
from kronos_server.migrate import current_revision, head_revision
from tests import pg
from tests.server.conftest import APP_PASSWORD, APP_ROLE, TEST_SECRET_KEY, CentralDb

CLI = str(Path(sys.executable).with_name("kronos-server"))
PASSWORD = "a long enough password"
CLI_ROLE = "kronos_app_cli_test"


# The subprocesses share a bytecode cache outside the repository (CI sets PYTHONDONTWRITEBYTECODE,
# and compiling every module afresh in each process costs seconds).
PYCACHE = Path(tempfile.gettempdir()) / f"kronos-test-pycache-{os.getuid()}"


def _env(app_url: str, admin_url: str | None = None, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("KRONOS_", "PROMETHEUS_"))}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(
        PYTHONPYCACHEPREFIX=str(PYCACHE),
        KRONOS_DATABASE_URL=app_url,
        KRONOS_APP_ROLE=APP_ROLE,
        KRONOS_SECRET_KEY=TEST_SECRET_KEY,
        KRONOS_ENV="development",
        # cheap argon2id for tests (refused outside development)
        KRONOS_AUTH_ARGON2_TIME_COST="1",
        KRONOS_AUTH_ARGON2_MEMORY_KIB="64",
        KRONOS_AUTH_ARGON2_PARALLELISM="1",
        KRONOS_AUTH_ALLOW_WEAK_HASHING="true",
    )
    if admin_url:
        env["KRONOS_ADMIN_DATABASE_URL"] = admin_url
    env.update(extra)
    return env


def run(args: list[str], env: dict[str, str], cwd: Path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [CLI, *args], env=env, cwd=cwd, input=stdin, capture_output=True, text=True, timeout=60, check=False
    )


def in_process(args: list[str], env: dict[str, str], stdin: str = "") -> tuple[int, str, str]:
    """``kronos-server ARGS`` run in this process (cheap), with ``env`` as its environment."""
    saved_env = dict(os.environ)
    saved_streams = sys.stdin, sys.stdout, sys.stderr
    out, err = io.StringIO(), io.StringIO()
    os.environ.clear()
    os.environ.update(env)
    sys.stdin, sys.stdout, sys.stderr = io.StringIO(stdin), out, err
    try:
        code = cli.main(args)
    except SystemExit as exc:
        code = int(exc.code or 0)
    finally:
        sys.stdin, sys.stdout, sys.stderr = saved_streams
        os.environ.clear()
        os.environ.update(saved_env)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def env(central_db: CentralDb) -> dict[str, str]:
    return _env(central_db.app_url, central_db.admin_url)


def test_migrate_an_empty_database(pg_database: URL, pg_admin_url: URL, tmp_path: Path) -> None:
    pg.ensure_login_role(pg_admin_url, APP_ROLE, APP_PASSWORD)
    admin_url = pg_database.render_as_string(hide_password=False)
    app_url = pg.login_url(pg_database, APP_ROLE, APP_PASSWORD).render_as_string(hide_password=False)
    env = _env(app_url, admin_url)
    done = run(["migrate"], env, tmp_path)
    assert done.returncode == 0, done.stderr
    migrate.upgrade(admin_url, app_role=APP_ROLE)  # again: nothing to do, grants re-applied
    db = Database(app_url)  # the app role reads the revision: it was granted
    with db.unscoped() as conn:
        assert current_revision(conn) == head_revision()
    db.dispose()


def test_create_studio_and_users(env: dict[str, str], central_db: CentralDb, tmp_path: Path) -> None:
    email = f"ana-{uuid.uuid4().hex[:8]}@Example.com"
    done = run(
        ["create-studio", "--name", "Tinta Forte", "--owner-email", email, "--owner-name", "Ana", "--password-stdin"],
        env,
        tmp_path,
        stdin=PASSWORD + "\n",
    )
    assert done.returncode == 0, done.stderr
    made = json.loads(done.stdout)
    studio_id = uuid.UUID(made["studio_id"])
    assert made["version"] == 1
    assert made["email"] == email.lower()

    bia = f"bia-{uuid.uuid4().hex[:8]}@example.com"
    args = ["create-user", "--studio", str(studio_id), "--email", bia, "--name", "Bia", "--role", "receptionist"]
    done = run([*args, "--password-stdin"], env, tmp_path, stdin=PASSWORD + "\n")
    assert done.returncode == 0, done.stderr
    member = json.loads(done.stdout)
    assert (member["role"], member["version"], member["user_created"]) == ("receptionist", 2, True)

    code, _, err = in_process([*args, "--password-stdin"], env, stdin=PASSWORD + "\n")
    assert code == 1
    assert "already a member" in err

    db = Database(central_db.app_url)
    with db.tenant(studio_id) as conn:
        staff = conn.execute(text("SELECT display_name, role, version, user_id FROM staff ORDER BY version")).all()
        assert [(s.display_name, s.role, s.version) for s in staff] == [("Ana", "owner", 1), ("Bia", "receptionist", 2)]
        assert staff[0].user_id == uuid.UUID(made["user_id"])
        assert conn.execute(text("SELECT version FROM studio_clock")).scalar() == 2
    db.dispose()
    admin = central_db.admin_database()  # the app role cannot read password hashes
    with admin.unscoped() as conn:
        hashes = conn.execute(text("SELECT password_hash FROM app_user WHERE email IN (:a, :b)"),
                              {"a": email.lower(), "b": bia}).scalars().all()  # fmt: skip
        assert len(hashes) == 2
        assert all(h.startswith("$argon2id$") for h in hashes)
    admin.dispose()


def test_create_user_mistakes_are_one_line_errors(env: dict[str, str]) -> None:
    base = ["create-user", "--email", "x@example.com", "--name", "X", "--role", "artist", "--password-stdin"]
    code, _, err = in_process([*base, "--studio", "not-a-uuid"], env, stdin=PASSWORD + "\n")
    assert (code, "not a studio id" in err) == (1, True)
    code, _, err = in_process([*base, "--studio", str(uuid.uuid4())], env, stdin=PASSWORD + "\n")
    assert (code, "no such studio" in err) == (1, True)
    code, _, err = in_process(
        ["create-studio", "--name", "S", "--owner-email", "new@example.com", "--owner-name", "N"], env, stdin=""
    )
    assert (code, "password is needed" in err) == (1, True)
    code, _, err = in_process(
        ["create-studio", "--name", "S", "--owner-email", "new@example.com", "--owner-name", "N", "--password-stdin"],
        env,
        stdin="short\n",
    )
    assert (code, "at least 10 characters" in err) == (1, True)


def test_setup_role_creates_an_ordinary_role_idempotently(env: dict[str, str], central_db: CentralDb) -> None:
    code, out, err = in_process(["setup-role", "--role", CLI_ROLE, "--dry-run"], env)
    assert code == 0, err
    assert "NOBYPASSRLS" in out
    assert "GRANT SELECT, INSERT, UPDATE ON TABLE" in out
    for _ in range(2):
        code, out, err = in_process(["setup-role", "--role", CLI_ROLE, "--password-stdin"], env, stdin="role-pass\n")
        assert code == 0, err
        assert "role-pass" not in out
    engine = create_engine(central_db.admin_url, poolclass=pool.NullPool)
    with engine.connect() as conn:
        role = conn.execute(
            text("SELECT rolcanlogin, rolsuper, rolbypassrls, rolcreaterole FROM pg_roles WHERE rolname = :r"),
            {"r": CLI_ROLE},
        ).one()
        assert tuple(role) == (True, False, False, False)
        assert conn.execute(text("SELECT has_table_privilege(:r, 'staff', 'UPDATE')"), {"r": CLI_ROLE}).scalar()
        assert not conn.execute(text("SELECT has_table_privilege(:r, 'staff', 'DELETE')"), {"r": CLI_ROLE}).scalar()
    engine.dispose()


def test_serve_refuses_a_default_secret_in_production(env: dict[str, str], tmp_path: Path) -> None:
    env = {**env, "KRONOS_ENV": "production"}
    env.pop("KRONOS_SECRET_KEY")
    done = run(["serve", "--port", "1"], env, tmp_path)
    assert done.returncode == 2
    assert "refusing to start" in done.stderr
    assert "KRONOS_SECRET_KEY" in done.stderr
    assert "Traceback" not in done.stderr


def test_serve_refuses_a_short_secret_in_production(env: dict[str, str]) -> None:
    code, _, err = in_process(
        ["serve", "--port", "1"], {**env, "KRONOS_ENV": "production", "KRONOS_SECRET_KEY": "short"}
    )
    assert code == 2
    assert "too short" in err


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def served(env: dict[str, str], tmp_path: Path) -> Iterator[tuple[str, subprocess.Popen[str]]]:
    port = _free_port()
    process = subprocess.Popen(
        [CLI, "serve", "--host", "127.0.0.1", "--port", str(port), "--workers", "2"],
        env=env, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(base + "/readyz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                raise AssertionError(f"the server did not come up: {process.communicate(timeout=5)[1]}")
            time.sleep(0.1)
        yield base, process
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


@pytest.mark.slow
def test_serve_with_workers_aggregates_metrics_and_logs_json(served: tuple[str, subprocess.Popen[str]]) -> None:
    base, process = served
    with httpx.Client(base_url=base, timeout=5) as http:
        for i in range(20):
            assert http.get("/healthz", headers={"X-Request-ID": f"multi-{i}"}).status_code == 200
        metrics = http.get("/metrics").text
    total = sum(
        float(line.rsplit(" ", 1)[1])
        for line in metrics.splitlines()
        if line.startswith("kronos_http_requests_total{") and 'route="/healthz"' in line
    )
    assert total >= 20  # every worker's requests, whichever worker answered /metrics
    assert "kronos_http_request_duration_seconds_bucket" in metrics
    process.send_signal(signal.SIGTERM)
    _, stderr = process.communicate(timeout=20)
    lines = [json.loads(line) for line in stderr.splitlines() if line.startswith("{")]
    assert lines, stderr
    assert any(line.get("logger") == "uvicorn.error" for line in lines)
