"""Fixtures of the desk sign-in tests: the desk's plain-Python session against the real server
(``live_server`` of tests/server/conftest.py, a real uvicorn over a real PostgreSQL), a real
desk database, a temporary HOME, and a browser played by httpx (``browser.FakeBrowser``).

- argon2id is cheap here (the auth package's test switch), as in tests/server/auth.
- ``short_ttl_server``: a second uvicorn on the same database whose access tokens live 2 s.
- ``home``: HOME, the XDG folders and the desk's data, log and config folders in a temporary
  folder; ``scan_for`` then proves that no token was written to any file under them.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import uvicorn

from kronos_desktop.auth.desk_link import DeskLink
from kronos_desktop.auth.model import TokenSet
from kronos_desktop.auth.oauth import OAuth
from kronos_desktop.auth.session import DeskSession
from kronos_desktop.store import LocalStore
from kronos_server.app import create_app
from kronos_server.settings import Settings
from tests.server.conftest import CentralDb

CHEAP_ENV = {
    "KRONOS_AUTH_ARGON2_TIME_COST": "1",
    "KRONOS_AUTH_ARGON2_MEMORY_KIB": "64",
    "KRONOS_AUTH_ARGON2_PARALLELISM": "1",
    "KRONOS_AUTH_ALLOW_WEAK_HASHING": "true",
    "KRONOS_AUTH_SLOW_BASE_S": "0",
    "KRONOS_AUTH_SLOW_MAX_S": "0",
    "KRONOS_AUTH_IP_SLOW_AFTER": "1000",
    "KRONOS_AUTH_IP_LOCK_AFTER": "2000",
}


@pytest.fixture(autouse=True, scope="module")
def _cheap_auth_environment() -> Iterator[None]:
    saved = {key: os.environ.get(key) for key in CHEAP_ENV}
    os.environ.update(CHEAP_ENV)
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


@contextmanager
def serve(settings: Settings) -> Iterator[str]:
    """``create_app(settings)`` on a real uvicorn on 127.0.0.1 (a thread); yields its base URL,
    which is also its public URL (the OAuth issuer)."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    base_url = f"http://127.0.0.1:{sock.getsockname()[1]}"
    app = create_app(settings.model_copy(update={"public_url": base_url}))
    config = uvicorn.Config(app, log_config=None, access_log=False, lifespan="on", timeout_graceful_shutdown=2)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name="short-ttl-server", daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the server did not start")
        time.sleep(0.02)
    try:
        yield base_url
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


SHORT_TTL_S = 2


@pytest.fixture(scope="module")
def short_ttl_server(central_db: CentralDb, _cheap_auth_environment: None) -> Iterator[str]:
    with serve(central_db.settings.model_copy(update={"access_token_ttl_s": SHORT_TTL_S})) as url:
        yield url


# -- a desk ------------------------------------------------------------------------------------
@dataclass
class Home:
    root: Path
    home: Path
    data: Path

    def files(self) -> list[Path]:
        return [p for p in self.root.rglob("*") if p.is_file() and not p.is_symlink()]


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Home:
    """A temporary HOME holding everything the desk could write: data, logs, settings, cache."""
    root = tmp_path / "root"
    found = Home(root=root, home=root / "home", data=root / "home" / "kronos-data")
    found.home.mkdir(parents=True)
    monkeypatch.setenv("HOME", str(found.home))
    for name, sub in (
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_CACHE_HOME", ".cache"),
        ("XDG_STATE_HOME", ".local/state"),
        ("KRONOS_LOG_DIR", "logs"),
        ("KRONOS_CONFIG_DIR", "config"),
        ("KRONOS_CACHE_DIR", "cache"),
    ):
        monkeypatch.setenv(name, str(found.home / sub))
    monkeypatch.setenv("KRONOS_DATA_DIR", str(found.data))
    return found


def scan_for(secrets: list[str], *roots: Path) -> list[str]:
    """Every file under ``roots`` holding one of ``secrets`` (as UTF-8 or UTF-16 bytes)."""
    needles = {s for s in secrets if s}
    patterns = [n.encode() for n in needles] + [n.encode("utf-16-le") for n in needles]
    found: list[str] = []
    for root in roots:
        for path in (p for p in root.rglob("*") if p.is_file() and not p.is_symlink()):
            content = path.read_bytes()
            if any(pattern in content for pattern in patterns):
                found.append(str(path))
    return found


@pytest.fixture
def store(home: Home) -> Iterator[LocalStore]:
    opened = LocalStore.open(home.data)
    yield opened
    opened.close()


class RecordingClient(OAuth):
    """The real client, remembering every token it received (for the file scans)."""

    seen: list[str]

    def __init__(self, *args: Any, seen: list[str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.seen = seen

    def _remember(self, tokens: TokenSet) -> TokenSet:
        self.seen.extend([tokens.access_token, tokens.refresh_token])
        return tokens

    def exchange(self, code: str, redirect_uri: str, verifier: str) -> TokenSet:
        return self._remember(super().exchange(code, redirect_uri, verifier))

    def refresh(self, refresh_token: str) -> TokenSet:
        return self._remember(super().refresh(refresh_token))


@dataclass
class Desks:
    """Makes desk sessions on the test's store; every token any of them received is in ``seen``."""

    store: LocalStore
    seen: list[str] = field(default_factory=list)
    sessions: list[DeskSession] = field(default_factory=list)

    def session(self, **kwargs: Any) -> DeskSession:
        from kronos_desktop.auth.session import boottime

        kwargs.setdefault("oauth_factory", lambda url: RecordingClient(url, seen=self.seen, clock=boottime))
        made = DeskSession(DeskLink(self.store), **kwargs)
        self.sessions.append(made)
        return made


@pytest.fixture
def desks(store: LocalStore) -> Iterator[Desks]:
    made = Desks(store)
    yield made
    for session in made.sessions:
        session.close()


def wait_until(condition: Callable[[], object], timeout: float = 10.0, what: str = "condition") -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.02)
