"""Desks (real SQLite files, the real engine) against the real server and PostgreSQL.

On top of tests/server/conftest.py (``central_db``, ``app_db``, ``live_server``): a desk is
enrolled as the sign-in enrols it (a ``desk`` row) and gets access tokens signed with the live
server's key and issuer, so these tests skip the browser flow (tested in tests/server/auth) but
not the bearer check against the database.
"""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from kronos_core.ids import uuid7
from kronos_core.instants import utcnow
from kronos_core.roles import Role
from kronos_core.rows import encode_row
from kronos_core.schema import SYNCED_TABLES
from kronos_desktop.store import LocalStore
from kronos_desktop.sync.http import HttpTransport, Offline, SyncTransport
from kronos_desktop.sync.local import LocalSync, connect_desk
from kronos_desktop.sync.steps import SyncSteps
from kronos_server.accounts import create_studio_with_owner
from kronos_server.auth.state import AuthState, build_auth_state
from kronos_server.db import Database
from kronos_server.tables import desk as desk_table
from kronos_server.tables import mutation_result
from tests.desk_sync.conftest import outbox_rows, synced_rows
from tests.desk_sync.fake_server import copy_sqlite
from tests.server.conftest import CHEAP_HASH, CentralDb, unique_email

Rows = dict[tuple[str, uuid.UUID], dict[str, Any]]


class Tokens:
    """A desk's session: fresh access tokens for its enrolment (``on_unauthorized`` issues anew)."""

    def __init__(self, auth: AuthState, studio_id: uuid.UUID, desk_id: uuid.UUID, staff_id: uuid.UUID) -> None:
        self.auth = auth
        self.ids = (studio_id, desk_id, staff_id)
        self.refreshed = 0
        self._token = self._issue()

    def _issue(self) -> str:
        studio_id, desk_id, staff_id = self.ids
        return self.auth.access_tokens.issue(
            staff_id=staff_id, studio_id=studio_id, desk_id=desk_id, role=Role.OWNER, now=utcnow()
        )

    def get_token(self) -> str:
        return self._token

    def on_unauthorized(self) -> None:
        self.refreshed += 1
        self._token = self._issue()


class Relay:
    """A transport that hands every request to another: fault injectors override what they break."""

    def __init__(self, inner: SyncTransport) -> None:
        self.inner = inner

    def push(self, body: dict[str, Any]) -> dict[str, Any]:
        return self.inner.push(body)

    def pull(self, device_id: uuid.UUID, cursor: str | None, limit: int) -> dict[str, Any]:
        return self.inner.pull(device_id, cursor, limit)

    def results(self, uuids: list[uuid.UUID]) -> dict[str, Any]:
        return self.inner.results(uuids)

    def desk_names(self) -> dict[str, Any]:
        return self.inner.desk_names()  # type: ignore[attr-defined, no-any-return]


class Switch(Relay):
    """The network between a desk and the server: it can be cut."""

    def __init__(self, inner: SyncTransport) -> None:
        super().__init__(inner)
        self.offline = False

    def push(self, body: dict[str, Any]) -> dict[str, Any]:
        if self.offline:
            raise Offline("the network is down")
        return self.inner.push(body)

    def pull(self, device_id: uuid.UUID, cursor: str | None, limit: int) -> dict[str, Any]:
        if self.offline:
            raise Offline("the network is down")
        return self.inner.pull(device_id, cursor, limit)

    def results(self, uuids: list[uuid.UUID]) -> dict[str, Any]:
        if self.offline:
            raise Offline("the network is down")
        return self.inner.results(uuids)


@dataclass
class LiveDesk:
    name: str
    folder: Path
    http: HttpTransport
    store: LocalStore = field(init=False)
    local: LocalSync = field(init=False)
    net: Switch = field(init=False)
    steps: SyncSteps = field(init=False)

    def __post_init__(self) -> None:
        self.net = Switch(self.http)
        self.open()

    def open(self) -> None:
        self.store = LocalStore.open(self.folder)
        self.local = LocalSync(self.store)
        self.steps = SyncSteps(self.local, self.net)

    def close(self) -> None:
        self.store.close()

    def apply(self, name: str, args: dict[str, Any]) -> Any:
        return self.store.apply(name, args)

    def rows(self) -> Rows:
        return synced_rows(self.store)

    def outbox(self) -> list[dict[str, Any]]:
        return outbox_rows(self.store)

    def snapshot(self, target: Path) -> Path:
        target.mkdir(parents=True, exist_ok=True)
        copy_sqlite(self.store.path, target / self.store.path.name)
        return target

    def restore_from(self, snapshot: Path) -> None:
        self.close()
        for suffix in ("-wal", "-shm"):
            Path(f"{self.store.path}{suffix}").unlink(missing_ok=True)
        copy_sqlite(snapshot / self.store.path.name, self.store.path)
        self.open()


@dataclass
class LiveStudio:
    """A studio on the real server, and desks enrolled in it."""

    folder: Path
    base_url: str
    db: Database
    auth: AuthState
    studio_id: uuid.UUID
    owner_id: uuid.UUID
    desks: list[LiveDesk] = field(default_factory=list)
    transports: list[HttpTransport] = field(default_factory=list)

    def enrol(self) -> Tokens:
        desk_id = uuid7()
        with self.db.tenant(self.studio_id) as conn:
            conn.execute(
                desk_table.insert().values(
                    id=desk_id,
                    studio_id=self.studio_id,
                    name=f"Balcão {secrets.token_hex(2)}",
                    role=Role.OWNER.value,
                    enrolled_by=self.owner_id,
                    enrolled_at=utcnow(),
                )
            )
        return Tokens(self.auth, self.studio_id, desk_id, self.owner_id)

    def desk(self, name: str, *, folder: Path | None = None, tokens: Tokens | None = None) -> LiveDesk:
        http = HttpTransport(self.base_url, tokens or self.enrol(), timeout=30)
        self.transports.append(http)
        d = LiveDesk(name, folder or self.folder / name, http)
        if folder is None:
            connect_desk(d.store, self.base_url, studio_id=self.studio_id, role=Role.OWNER, staff_id=self.owner_id)
            d.steps.pull()  # a desk joining a studio downloads it first
        self.desks.append(d)
        return d

    def copy_desk(self, source: LiveDesk, name: str) -> LiveDesk:
        """``source``'s file copied to a second PC (the same enrolment: its session's tokens)."""
        folder = self.folder / name
        source.snapshot(folder)
        return self.desk(name, folder=folder, tokens=source.http.session)  # type: ignore[arg-type]

    # -- the server's side --------------------------------------------------------------------
    def server_rows(self) -> Rows:
        found: Rows = {}
        with self.db.tenant(self.studio_id) as conn:
            for table in SYNCED_TABLES:
                for row in conn.execute(select(table).where(table.c.studio_id == self.studio_id)).mappings():
                    found[(table.name, row["id"])] = encode_row(table, row)
        return found

    def server_clock(self) -> tuple[uuid.UUID, int]:
        with self.db.tenant(self.studio_id) as conn:
            row = conn.execute(
                text("SELECT epoch, version FROM studio_clock WHERE studio_id = :s"), {"s": self.studio_id}
            ).one()
        return row.epoch, int(row.version)

    def server_results(self) -> dict[uuid.UUID, str]:
        with self.db.tenant(self.studio_id) as conn:
            rows = conn.execute(select(mutation_result.c.uuid, mutation_result.c.status)).all()
        return {r.uuid: r.status for r in rows}

    # -- settling -----------------------------------------------------------------------------
    def quiet(self, d: LiveDesk) -> bool:
        status = d.local.status()
        assert status is not None
        epoch, version = self.server_clock()
        return (
            d.local.counts().pending == 0
            and status.cursor is not None
            and (status.cursor.epoch, status.cursor.version) == (epoch, version)
        )

    def settle(self, rounds: int = 8) -> None:
        for _ in range(rounds):
            for d in self.desks:
                d.net.offline = False
                d.steps.sync()
            if all(self.quiet(d) for d in self.desks):
                return
        raise AssertionError("the desks did not settle")

    def assert_converged(self) -> None:
        server = self.server_rows()
        results = self.server_results()
        for d in self.desks:
            assert d.rows() == server, f"{d.name} differs from the server"
            for rec in d.outbox():
                assert rec["uuid"] in results, f"{rec['name']} from {d.name} was lost"
                assert rec["status"] == "acked", rec
                assert rec["result"] == results[rec["uuid"]], rec

    def close(self) -> None:
        for d in self.desks:
            d.close()
        for t in self.transports:
            t.close()


def new_studio(db: Database) -> tuple[uuid.UUID, uuid.UUID]:
    made = create_studio_with_owner(
        db,
        name=f"Estúdio {secrets.token_hex(3)}",
        owner_email=unique_email("owner"),
        owner_name="Rita",
        password="correct horse battery staple",
        hasher=CHEAP_HASH,
    )
    return made.studio_id, made.owner_staff_id


@pytest.fixture(scope="module")
def live_auth(central_db: CentralDb, live_server: str) -> AuthState:
    """Token signers with the live server's key and issuer."""
    return build_auth_state(central_db.settings.model_copy(update={"public_url": live_server}))


@pytest.fixture
def live_studio(tmp_path: Path, app_db: Database, live_server: str, live_auth: AuthState) -> Iterator[LiveStudio]:
    studio_id, owner_id = new_studio(app_db)
    made = LiveStudio(tmp_path, live_server, app_db, live_auth, studio_id, owner_id)
    yield made
    made.close()
