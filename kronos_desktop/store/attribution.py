"""The member a desk's change is recorded as made by, as its database has them now: what
kronos_core.mutations.attribution needs to narrow the desk's role to theirs."""

from __future__ import annotations

import uuid

from sqlalchemy import Connection, select

from kronos_core.mutations.attribution import Member
from kronos_core.roles import Role
from kronos_core.schema import staff


def member_now(conn: Connection, staff_id: uuid.UUID | None) -> Member | None:
    """The staff row's role and whether it is active (None: no such member here)."""
    if staff_id is None:
        return None
    row = conn.execute(
        select(staff.c.role, staff.c.active).where(staff.c.id == staff_id, staff.c.deleted.is_(False))
    ).first()
    if row is None:
        return None
    try:
        return Member(Role(row.role), bool(row.active))
    except ValueError:
        return None
