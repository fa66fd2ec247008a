"""Who a pushed change is by, and what it may do: the token's principal authorises (its staff
member and role); the PIN-identified member a desk names is recorded as the author and can only
narrow that role (DESIGN.md, "Auth"; issue 9)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Connection, select

from kronos_core.ids import derived_id
from kronos_core.mutations import Actor
from kronos_core.mutations.attribution import Member, attributed_actor
from kronos_core.mutations.base import RowCache
from kronos_core.roles import Role
from kronos_core.schema import staff, sync_conflict
from kronos_core.storable import escape_text
from kronos_core.sync_messages import PushMutation
from kronos_server.auth.deps import Principal
from kronos_server.sync.driver import DeferredInserts, ServerApplyContext

NAME_MAX = 64  # sync_conflict.mutation_name


@dataclass(frozen=True)
class Attributed:
    """A PIN-identified member the server accepts as a pushed change's author: their role now,
    and whether they are still active."""

    role: Role
    active: bool


def attributable_staff(
    conn: Connection, principal: Principal, staff_ids: Iterable[uuid.UUID]
) -> dict[uuid.UUID, Attributed]:
    """The PIN-identified staff the server accepts: members of the studio, deactivated ones
    included (a change recorded before its author left keeps its author). Attribution only: the
    token's principal authorises, and the member can only narrow its role (:func:`actor_for`). A
    desk acting as an artist attributes only to its own staff member: an artist's rules depend
    on who is acting (their own calendar)."""
    wanted = {s for s in staff_ids if s != principal.staff_id}
    if not wanted or principal.role is Role.ARTIST:
        return {}
    rows = conn.execute(
        select(staff.c.id, staff.c.role, staff.c.active).where(
            staff.c.studio_id == principal.studio_id,
            staff.c.id.in_(wanted),
            staff.c.deleted.is_(False),
        )
    )
    return {r.id: Attributed(Role(r.role), bool(r.active)) for r in rows}


def actor_for(principal: Principal, device_id: uuid.UUID, author: uuid.UUID | None, member: Attributed | None) -> Actor:
    """The Actor of one pushed mutation (kronos_core.mutations.attribution): authorised on the
    token's principal (its staff member and role), recorded as made by ``author`` when the server
    accepted them (``member``). An active member narrows the role to theirs (a PIN never widens
    what the desk may do); a member deactivated since does not narrow it to nothing: their change
    runs under the desk's role, and :func:`review_departed_author` leaves it for review."""
    return attributed_actor(
        studio_id=principal.studio_id,
        device_id=device_id,
        principal_staff_id=principal.staff_id,
        principal_role=principal.role,
        author=author,
        member=None if member is None else Member(member.role, member.active),
    )


def review_departed_author(
    conn: Connection,
    actor: Actor,
    m: PushMutation,
    version: int,
    now: dt.datetime,
    rows: RowCache | None,
    deferred: DeferredInserts | None,
) -> uuid.UUID:
    """A ``needs_review`` conflict beside a change that applied under the desk's role although
    its author is no longer active: a manager sees what a member who left did at the desk."""
    conflict_id = derived_id(m.uuid, "author_inactive")
    ctx = ServerApplyContext(conn, actor, m.uuid, m.name, now, version=version, rows=rows, deferred=deferred)
    ctx.insert(
        sync_conflict,
        {
            "id": conflict_id,
            "kind": "needs_review",
            "status": "open",
            "mutation_uuid": m.uuid,
            "mutation_name": escape_text(m.name)[:NAME_MAX],
            "table_name": None,
            "row_ids": [],
            "mine": None,
            "theirs": {"code": "author_inactive", "params": {"staff_id": str(actor.staff_id)}},
            "detail": "made at the desk by a member deactivated since; applied under the desk's role",
        },
    )
    return conflict_id
