"""Reads for the Edit menu's Undo: who is at the desk (its role and person), and whose booking
or record an action was about, so its text can name them ("Undo Book Ana Souza")."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select

from kronos_core.roles import Role
from kronos_core.schema import appointment, client
from kronos_desktop.store.local_schema import replica


@dataclass(frozen=True)
class AtDesk:
    """The role the desk acts with (what its mutations are authorised under) and the staff
    member at it (None: nobody identified)."""

    role: Role | None
    staff_id: uuid.UUID | None


def at_desk(conn: Connection) -> AtDesk:
    """On the driver: every read of a list asks it (the Clients search at each keystroke), and
    SQLAlchemy's statement cost more than the one-row read (an id as stored: 32 hex digits)."""
    dbapi: Any = conn.connection.driver_connection
    row = dbapi.execute(f"SELECT desk_role, staff_id FROM {replica.name} WHERE id = 1").fetchone()
    if row is None:
        return AtDesk(None, None)
    try:
        role = Role(row[0])
    except ValueError:
        role = None
    return AtDesk(role, _uuid(row[1]))


def _uuid(value: Any) -> uuid.UUID | None:
    try:
        return uuid.UUID(str(value)) if value is not None else None
    except ValueError:
        return None


def client_named(conn: Connection, args: Mapping[str, Any]) -> str | None:
    """The client a change's arguments are about: its ``client_id``, or its booking's client."""
    client_id = _uuid(args.get("client_id"))
    appointment_id = _uuid(args.get("appointment_id"))
    if client_id is None and appointment_id is not None:
        client_id = conn.execute(select(appointment.c.client_id).where(appointment.c.id == appointment_id)).scalar()
    if client_id is None:
        return None
    name: str | None = conn.execute(select(client.c.full_name).where(client.c.id == client_id)).scalar()
    return name
