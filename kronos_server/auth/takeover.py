"""Desks that outlive their enroller: revoked when the enroller leaves, taken over by another.

A desk acts at most with its enroller's role, so when the enroller is deactivated the desk is
cut off at once (kronos_server.auth.deps) and, for good, revoked with every refresh token of
theirs (:func:`revoke_departed`): reactivating the person restores their login, never these.

The desk's database file keeps working offline, with its outbox. When another owner or manager
signs in on it, the sign-in enrols a *new* desk (a desk row is one enrolment: who, when, with
which role; the old one stays in the desk list, revoked, for the record). The file keeps its
replica id (``device_id``) and its sequence numbers, and its first push (or pull) attaches the
replica to the new desk (:func:`take_over_replica`), so its pending changes are pushed once and
continue the numbering, with no 409. A replica is taken over only from a desk that can no longer
sync by itself (revoked, or its enroller inactive) and only within the studio (row-level
security hides every other studio's replicas): a file copied from a desk still in use still
answers 409 and takes a new replica id, as before.

Attribution is not authority: each pushed change keeps the author the desk recorded (``staff_id``,
a member of this studio even if deactivated since), while what it may do comes from the new
desk's role.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from typing import Any

from pydantic import ValidationError
from sqlalchemy import Connection, and_, select, update

from kronos_core.mutations.studio import StaffUpdate
from kronos_core.schema import staff
from kronos_server.auth.grants import revoke_member
from kronos_server.tables import app_user, desk, replica


def departed_member(name: str, args: Mapping[str, Any]) -> uuid.UUID | None:
    """The member a mutation deactivates (``staff.update`` with ``active: false``), if any."""
    if name != "staff.update":
        return None
    try:
        parsed = StaffUpdate.model_validate(args)
    except ValidationError:
        return None
    return parsed.staff_id if parsed.active is False else None


def revoke_departed(
    conn: Connection, name: str, args: Mapping[str, Any], now: dt.datetime, *, revoked_by: uuid.UUID | None
) -> int:
    """After an applied mutation (or one applied in part, with a conflict): if it deactivated a
    member, revoke their desks and tokens. A deactivation that did not apply (the member was
    reactivated elsewhere meanwhile: a ``field_overwrite``, kronos_core/mutations/seen.py)
    revokes nothing."""
    member = departed_member(name, args)
    if member is None or conn.execute(select(staff.c.active).where(staff.c.id == member)).scalar() is not False:
        return 0
    return revoke_member(conn, member, now, revoked_by=revoked_by)


def desk_retired(conn: Connection, desk_id: uuid.UUID) -> bool:
    """The desk can no longer sync by itself: revoked, or its enroller is no longer active (or
    their login is disabled). False for a desk this studio cannot see."""
    row = conn.execute(
        select(desk.c.revoked_at, staff.c.active, staff.c.deleted, app_user.c.disabled)
        .select_from(
            desk.outerjoin(
                staff, and_(staff.c.id == desk.c.enrolled_by, staff.c.studio_id == desk.c.studio_id)
            ).outerjoin(app_user, app_user.c.id == staff.c.user_id)
        )
        .where(desk.c.id == desk_id)
    ).first()
    if row is None:
        return False
    return row.revoked_at is not None or row.active is not True or bool(row.deleted) or bool(row.disabled)


def may_take_over(conn: Connection, owner: uuid.UUID, new_desk: uuid.UUID) -> bool:
    """Whether a replica of desk ``owner`` may be attached to ``new_desk`` (both of this studio)."""
    return owner != new_desk and desk_retired(conn, owner)


def take_over_replica(conn: Connection, device_id: uuid.UUID, owner: uuid.UUID, new_desk: uuid.UUID) -> bool:
    """Attach the replica ``device_id`` of the retired desk ``owner`` to ``new_desk`` (the
    caller's, in the caller's studio); False when it may not (the owner is still in use)."""
    if not may_take_over(conn, owner, new_desk):
        return False
    moved = conn.execute(
        update(replica)
        .where(replica.c.id == device_id, replica.c.desk_id == owner)
        .values(desk_id=new_desk)
        .returning(replica.c.id)
    ).first()
    if moved is not None:
        return True
    # Moved meanwhile (a concurrent push of the same file): fine if it is now ours.
    now_owner = conn.execute(select(replica.c.desk_id).where(replica.c.id == device_id)).scalar()
    return bool(now_owner == new_desk)


def adopt_at_sign_in(conn: Connection, device_id: uuid.UUID, new_desk: uuid.UUID) -> tuple[uuid.UUID, str] | None:
    """A sign-in on a database file whose replica id is ``device_id``: if it is a replica of
    another desk of this studio, attach it to ``new_desk`` when that desk is retired (so even a
    pull before any push keeps the replica id), and answer who enrolled that desk (id, name): the
    file's unsent changes recorded with no author were theirs. None for an unknown replica."""
    row = conn.execute(
        select(replica.c.desk_id, desk.c.enrolled_by, staff.c.display_name)
        .select_from(
            replica.join(desk, desk.c.id == replica.c.desk_id).join(
                staff, and_(staff.c.id == desk.c.enrolled_by, staff.c.studio_id == desk.c.studio_id)
            )
        )
        .where(replica.c.id == device_id)
    ).first()
    if row is None or row.desk_id == new_desk:
        return None
    take_over_replica(conn, device_id, row.desk_id, new_desk)
    return row.enrolled_by, row.display_name
