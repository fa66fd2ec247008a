"""Desks on real SQLite files, syncing with the in-process fake of the wire protocol."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from kronos_core.ids import uuid7
from kronos_core.roles import Role
from kronos_core.rows import encode_row
from kronos_core.schema import SYNCED_TABLES
from kronos_desktop.store import LocalStore
from kronos_desktop.store.local_schema import outbox
from kronos_desktop.sync.local import LocalSync, connect_desk
from kronos_desktop.sync.steps import SyncSteps
from tests.desk_sync.fake_server import FakeServer, FakeTransport, copy_sqlite

DAY = dt.datetime(2026, 12, 7, 12, 0, tzinfo=dt.UTC)


def synced_rows(store: LocalStore) -> dict[tuple[str, uuid.UUID], dict[str, Any]]:
    found: dict[tuple[str, uuid.UUID], dict[str, Any]] = {}
    with store.read_engine.connect() as conn:
        for table in SYNCED_TABLES:
            for row in conn.execute(select(table)).mappings():
                found[(table.name, row["id"])] = encode_row(table, row)
    return found


def outbox_rows(store: LocalStore) -> list[dict[str, Any]]:
    with store.read_engine.connect() as conn:
        return [dict(r) for r in conn.execute(select(outbox).order_by(outbox.c.pos)).mappings()]


@dataclass
class Desk:
    name: str
    folder: Path
    server: FakeServer
    studio_id: uuid.UUID
    staff_id: uuid.UUID
    store: LocalStore = field(init=False)
    local: LocalSync = field(init=False)
    transport: FakeTransport = field(init=False)
    steps: SyncSteps = field(init=False)

    def __post_init__(self) -> None:
        self.transport = FakeTransport(self.server)
        self.open()

    def open(self) -> None:
        self.store = LocalStore.open(self.folder)
        self.local = LocalSync(self.store)
        self.steps = SyncSteps(self.local, self.transport)

    def close(self) -> None:
        self.store.close()

    def apply(self, name: str, args: dict[str, Any]) -> Any:
        return self.store.apply(name, args)

    def rows(self) -> dict[tuple[str, uuid.UUID], dict[str, Any]]:
        return synced_rows(self.store)

    def outbox(self) -> list[dict[str, Any]]:
        return outbox_rows(self.store)

    def row(self, table: str, row_id: uuid.UUID) -> dict[str, Any] | None:
        return self.rows().get((table, row_id))

    def snapshot(self, target: Path) -> Path:
        """A copy of the desk's file, as a backup tool would take it."""
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
class Studio:
    """A studio on the fake server, and a factory of desks joined to it."""

    folder: Path
    server: FakeServer
    studio_id: uuid.UUID
    owner_id: uuid.UUID
    desks: list[Desk] = field(default_factory=list)

    def desk(self, name: str, *, folder: Path | None = None) -> Desk:
        d = Desk(name, folder or self.folder / name, self.server, self.studio_id, self.owner_id)
        if folder is None:
            connect_desk(d.store, "http://fake", studio_id=self.studio_id, role=Role.OWNER, staff_id=self.owner_id)
            d.steps.pull()  # a desk joining a studio downloads it first
        self.desks.append(d)
        return d

    def copy_desk(self, source: Desk, name: str) -> Desk:
        """``source``'s file copied to a second PC."""
        folder = self.folder / name
        source.snapshot(folder)
        return self.desk(name, folder=folder)

    def settle(self, rounds: int = 6) -> None:
        """Every desk syncs until all agree with the server."""
        for _ in range(rounds):
            for d in self.desks:
                d.transport.offline = False
                d.transport.cut_pages_after = None
                d.steps.sync()
            if all(self.quiet(d) for d in self.desks):
                return
        raise AssertionError("the desks did not settle")

    def quiet(self, d: Desk) -> bool:
        status = d.local.status()
        assert status is not None
        return (
            d.local.counts().pending == 0
            and status.cursor is not None
            and status.cursor.epoch == self.server.epoch
            and status.cursor.version == self.server.clock
        )

    def assert_converged(self) -> None:
        server_rows = self.server.rows()
        for d in self.desks:
            assert d.rows() == server_rows, f"{d.name} differs from the server"
            for rec in d.outbox():
                assert rec["uuid"] in self.server.results, f"{rec['name']} from {d.name} was lost"
                assert rec["status"] == "acked"
                assert rec["result"] in ("applied", "conflict", "rejected"), rec
        assert all(n == 1 for n in self.server.applied_count.values()), "a mutation took effect twice"


@pytest.fixture
def studio(tmp_path: Path) -> Iterator[Studio]:
    studio_id, owner_id = uuid7(), uuid7()
    server = FakeServer(tmp_path / "server", studio_id)
    server.server_mutation(
        "studio.setup",
        {"studio_id": str(studio_id), "name": "Estúdio Agulha", "owner_staff_id": str(owner_id), "owner_name": "Rita"},
        staff_id=owner_id,
    )
    made = Studio(tmp_path, server, studio_id, owner_id)
    yield made
    for d in made.desks:
        d.close()
    server.close()


# -- arguments ---------------------------------------------------------------------------------
def new_client(name: str = "Bruna Oliveira", **extra: Any) -> dict[str, Any]:
    return {"client_id": str(uuid7()), "full_name": name, **extra}


def booking(artist: uuid.UUID, client_id: str | uuid.UUID, hour: int, *, hours: int = 2) -> dict[str, Any]:
    start = DAY + dt.timedelta(hours=hour)
    return {
        "appointment_id": str(uuid7()),
        "client_id": str(client_id),
        "artist_id": str(artist),
        "starts_at": start.isoformat(),
        "ends_at": (start + dt.timedelta(hours=hours)).isoformat(),
    }


def payment(amount: int) -> dict[str, Any]:
    return {
        "payment_id": str(uuid7()),
        "method": "pix",
        "amount": amount,
        "business_date": DAY.date().isoformat(),
        "received_at": DAY.isoformat(),
    }
