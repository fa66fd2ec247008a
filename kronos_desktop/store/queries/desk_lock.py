"""Reads for the desk's lock screen: who may step up to the desk (the studio's active staff, with
their colour, whether they have a PIN and whether this desk has locked them out), and the PIN
check itself (the synced hash read here, argon2id verified here: offline too).

Run on the reader thread (``ctx.reads``), never the GUI thread: a PIN check takes about 40 ms.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field

from sqlalchemy import Connection, or_, select

from kronos_core.pins import pin_matches
from kronos_core.roles import ROLE_RANK, Role
from kronos_core.schema import staff, studio
from kronos_desktop.store.pin_lockout import NO_LOCKOUT, Lockout, lockout_of, lockouts
from kronos_desktop.store.queries import desk as desk_q
from kronos_desktop.store.queries.undo import at_desk

DEFAULT_IDLE_MINUTES = 5


@dataclass(frozen=True)
class Member:
    """A staff member as the picker shows them."""

    id: uuid.UUID
    name: str
    role: Role
    color: str
    has_pin: bool = False
    lockout: Lockout = field(default=NO_LOCKOUT, compare=False)

    @property
    def initials(self) -> str:
        return initials(self.name)


@dataclass(frozen=True)
class Desk:
    """What the lock screen needs: the studio's name, the desk's own role and member (the
    enrolment's), the idle lock's minutes (0: never) and the people who may step up."""

    studio_name: str
    desk_role: Role | None
    desk_staff_id: uuid.UUID | None
    idle_minutes: int
    members: tuple[Member, ...]

    def member(self, staff_id: uuid.UUID | None) -> Member | None:
        return next((m for m in self.members if m.id == staff_id), None)

    @property
    def any_pin(self) -> bool:
        return any(m.has_pin for m in self.members)


def initials(name: str) -> str:
    """Up to two letters: the first of the first and of the last word ("Rafa Monteiro" → "RM")."""
    words = [w for w in name.split() if w[:1].isalnum()]
    if not words:
        return "?"
    if len(words) == 1:
        return words[0][:2].upper()
    return (words[0][0] + words[-1][0]).upper()


def _role(value: object) -> Role | None:
    try:
        return Role(str(value))
    except ValueError:
        return None


def members(conn: Connection, studio_id: uuid.UUID, today: dt.date | None = None) -> tuple[Member, ...]:
    """The studio's active staff (owners first, then managers, receptionists, artists; by name);
    with ``today``, a guest artist only between their from/to dates."""
    s = staff.c
    query = select(s.id, s.display_name, s.role, s.color, s.pin_hash.is_not(None).label("has_pin")).where(
        s.studio_id == studio_id, s.active.is_(True), s.deleted.is_(False)
    )
    if today is not None:
        query = query.where(
            or_(s.guest_from.is_(None), s.guest_from <= today), or_(s.guest_to.is_(None), s.guest_to >= today)
        )
    rows = conn.execute(query).all()
    locked = lockouts(conn)
    found = [
        Member(
            row.id, row.display_name, role, row.color or "#888888", bool(row.has_pin), locked.get(row.id, NO_LOCKOUT)
        )
        for row in rows
        if (role := _role(row.role)) is not None
    ]
    found.sort(key=lambda m: (-ROLE_RANK[m.role], m.name.casefold()))
    return tuple(found)


def desk(conn: Connection) -> Desk:
    """The lock screen's read: the studio (as desk.here reads it: today by the desk's clock),
    the idle minutes, and who may step up."""
    here = desk_q.here(conn)
    if here.desk is None or here.studio is None:
        return Desk("", None, None, DEFAULT_IDLE_MINUTES, ())
    idle = conn.execute(select(studio.c.idle_lock_minutes).where(studio.c.id == here.studio.id)).scalar()
    own = at_desk(conn)
    return Desk(
        studio_name=here.studio.name,
        desk_role=own.role,
        desk_staff_id=own.staff_id,
        idle_minutes=max(int(idle if idle is not None else DEFAULT_IDLE_MINUTES), 0),
        members=members(conn, here.studio.id, here.today()),
    )


def check_pin(conn: Connection, staff_id: uuid.UUID, pin: str) -> bool:
    """Whether ``pin`` is the PIN of the active member ``staff_id`` (its synced hash, verified
    here with argon2id; a member without a PIN, or inactive, never matches)."""
    pin_hash = conn.execute(
        select(staff.c.pin_hash).where(staff.c.id == staff_id, staff.c.active.is_(True), staff.c.deleted.is_(False))
    ).scalar()
    return pin_matches(pin_hash, pin)


@dataclass(frozen=True)
class PinAnswer:
    """A PIN check: whether it matched, and the member's lockout when it was checked (a locked
    member's PIN is not checked at all)."""

    matched: bool
    lockout: Lockout


def try_pin(conn: Connection, staff_id: uuid.UUID, pin: str, now: dt.datetime) -> PinAnswer:
    """The lockout first (a locked member's PIN is not checked), then the PIN."""
    lockout = lockout_of(conn, staff_id)
    if lockout.locked(now):
        return PinAnswer(False, lockout)
    return PinAnswer(check_pin(conn, staff_id, pin), lockout)
