"""Fixtures of the sync tests, on top of tests/server/conftest.py (real PostgreSQL, app role).

- ``make_desk(studio, staff_id=..., role=...)``: an enrolled desk (a ``desk`` row, as the sign-in
  makes it) and an access token for it signed with the app's key, so each test skips the
  browser flow (tested in tests/server/auth) but not the bearer check against the database.
- ``Desk``: what a test needs to speak the protocol as that desk (headers, a device id, its
  next sequence numbers), and small builders of mutations.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import uuid
from collections.abc import Callable
from typing import Any

import pytest

from kronos_core.ids import uuid7
from kronos_core.instants import utcnow
from kronos_core.roles import Role
from kronos_core.sync_messages import SCHEMA_VERSION
from kronos_server.auth.state import build_auth_state
from kronos_server.db import Database
from kronos_server.tables import desk as desk_table
from tests.server.conftest import CentralDb, MadeStudio

T0 = dt.datetime(2026, 5, 4, 13, 0, tzinfo=dt.UTC)


@dataclasses.dataclass
class Desk:
    studio_id: uuid.UUID
    desk_id: uuid.UUID
    staff_id: uuid.UUID
    token: str
    device_id: uuid.UUID = dataclasses.field(default_factory=uuid7)
    _seq: itertools.count[int] = dataclasses.field(default_factory=lambda: itertools.count(1))

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}

    def mutation(self, name: str, args: dict[str, Any], *, seq: int | None = None, **extra: Any) -> dict[str, Any]:
        """A pushed mutation with the next sequence number (or ``seq``) and a fresh UUID."""
        return {
            "id": seq if seq is not None else next(self._seq),
            "uuid": str(uuid7()),
            "name": name,
            "args": args,
            **extra,
        }

    def body(self, mutations: list[dict[str, Any]], **extra: Any) -> dict[str, Any]:
        return {"device_id": str(self.device_id), "schema_version": SCHEMA_VERSION, "mutations": mutations, **extra}

    def new_device(self) -> None:
        self.device_id = uuid7()
        self._seq = itertools.count(1)


MakeDesk = Callable[..., Desk]


@pytest.fixture
def make_desk(central_db: CentralDb, app_db: Database) -> MakeDesk:
    auth = build_auth_state(central_db.settings)

    def make(studio: MadeStudio, *, staff_id: uuid.UUID | None = None, role: Role = Role.OWNER) -> Desk:
        staff = staff_id or studio.owner_staff_id
        desk_id = uuid7()
        with app_db.tenant(studio.studio_id) as conn:
            conn.execute(
                desk_table.insert().values(
                    id=desk_id,
                    studio_id=studio.studio_id,
                    name="Balcão",
                    role=role.value,
                    enrolled_by=staff,
                    enrolled_at=utcnow(),
                )
            )
        token = auth.access_tokens.issue(
            staff_id=staff, studio_id=studio.studio_id, desk_id=desk_id, role=role, now=utcnow()
        )
        return Desk(studio.studio_id, desk_id, staff, token)

    return make


def client_create(name: str = "Ana Souza", client_id: uuid.UUID | None = None) -> dict[str, Any]:
    return {"client_id": str(client_id or uuid7()), "full_name": name}


def book(
    artist_id: uuid.UUID,
    client_id: uuid.UUID,
    *,
    start: dt.datetime = T0,
    hours: int = 2,
    appointment_id: uuid.UUID | None = None,
) -> dict[str, Any]:
    return {
        "appointment_id": str(appointment_id or uuid7()),
        "client_id": str(client_id),
        "artist_id": str(artist_id),
        "starts_at": start.isoformat(),
        "ends_at": (start + dt.timedelta(hours=hours)).isoformat(),
        "kind": "session",
    }
