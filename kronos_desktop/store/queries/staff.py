"""The staff's reads: the members of the studio as the staff page lists them (each with the
commission rule in force today) and a member's commission rules, newest first. Plain Python."""

from __future__ import annotations

import datetime as dt
import uuid
import zoneinfo
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, select

from kronos_core.hours import DayException, HoursProblem, Week, parse_exceptions, parse_week
from kronos_core.roles import ROLE_RANK, Role
from kronos_core.schema import commission_rule, staff, studio
from kronos_desktop.store.queries import desk as desk_q
from kronos_desktop.store.queries.common import zone_or_default


@dataclass(frozen=True)
class CommissionRow:
    id: uuid.UUID
    staff_id: uuid.UUID
    rate_bps: int
    tip_share_bps: int
    effective_from: dt.date


@dataclass(frozen=True)
class StaffRow:
    id: uuid.UUID
    display_name: str
    role: str
    color: str
    active: bool
    has_pin: bool
    guest_from: dt.date | None
    guest_to: dt.date | None
    working_hours: dict[str, Any] | None  # the JSON kept (None: the studio's opening hours)
    hours_exceptions: list[dict[str, Any]]  # the JSON kept
    commission: CommissionRow | None  # the rule in force today (None: none yet)

    @property
    def is_guest(self) -> bool:
        return self.guest_from is not None and self.guest_to is not None

    def week(self) -> Week | None:
        """The member's own week (None: the studio's hours, or a kept week that cannot be read)."""
        if self.working_hours is None:
            return None
        try:
            return parse_week(self.working_hours)
        except HoursProblem:
            return None

    def exceptions(self) -> tuple[DayException, ...]:
        try:
            return parse_exceptions(self.hours_exceptions)
        except HoursProblem:
            return ()

    def rank(self) -> int:
        try:
            return ROLE_RANK[Role(self.role)]
        except ValueError:
            return -1


@dataclass(frozen=True)
class StaffRead:
    studio_id: uuid.UUID | None
    today: dt.date
    rows: list[StaffRow]
    server_url: str | None  # None: a standalone desk
    opening: Week  # the studio's opening hours (what "same as the studio" means)
    zone: zoneinfo.ZoneInfo = field(default_factory=lambda: zone_or_default(None))  # the studio's


def _rules(conn: Connection, studio_id: uuid.UUID, staff_id: uuid.UUID | None = None) -> list[CommissionRow]:
    c = commission_rule.c
    query = select(c.id, c.staff_id, c.rate_bps, c.tip_share_bps, c.effective_from).where(
        c.studio_id == studio_id, c.deleted.is_(False)
    )
    if staff_id is not None:
        query = query.where(c.staff_id == staff_id)
    rows = conn.execute(query.order_by(c.staff_id, c.effective_from.desc(), c.created_at.desc(), c.id.desc()))
    return [CommissionRow(r.id, r.staff_id, r.rate_bps, r.tip_share_bps, r.effective_from) for r in rows]


def in_force(rules: list[CommissionRow], day: dt.date) -> CommissionRow | None:
    """The rule in force on ``day`` among one member's rules (newest first): the latest that
    started on or before it."""
    return next((r for r in rules if r.effective_from <= day), None)


def staff_list(conn: Connection) -> StaffRead:
    """Every member of the desk's studio (active first, then by role and name)."""
    here = desk_q.here(conn)
    studio_id = here.studio_id
    today = here.today()
    server_url = here.desk.server_url if here.desk is not None else None
    if studio_id is None:
        return StaffRead(None, today, [], server_url, parse_week(None))
    by_member: dict[uuid.UUID, list[CommissionRow]] = {}
    for rule in _rules(conn, studio_id):
        by_member.setdefault(rule.staff_id, []).append(rule)
    rows = members(conn, studio_id, lambda staff_id: in_force(by_member.get(staff_id, []), today))
    return StaffRead(studio_id, today, rows, server_url, opening_and_state(conn, studio_id)[0], here.zone)


def members(
    conn: Connection,
    studio_id: uuid.UUID,
    commission: Callable[[uuid.UUID], CommissionRow | None] = lambda _staff_id: None,
) -> list[StaffRow]:
    """The studio's staff (active first, then by role and name); ``commission`` gives each the
    rule in force (by default none: the agenda's columns need no money)."""
    s = staff.c
    rows = conn.execute(
        select(
            s.id, s.display_name, s.role, s.color, s.active, s.pin_hash, s.guest_from, s.guest_to,
            s.working_hours, s.hours_exceptions,
        ).where(s.studio_id == studio_id, s.deleted.is_(False))
    ).all()  # fmt: skip
    found = [
        StaffRow(
            id=r.id,
            display_name=r.display_name,
            role=r.role,
            color=r.color,
            active=bool(r.active),
            has_pin=r.pin_hash is not None,
            guest_from=r.guest_from,
            guest_to=r.guest_to,
            working_hours=r.working_hours,
            hours_exceptions=list(r.hours_exceptions or []),
            commission=commission(r.id),
        )
        for r in rows
    ]
    found.sort(key=lambda m: (not m.active, -m.rank(), m.display_name.casefold()))
    return found


def opening_and_state(conn: Connection, studio_id: uuid.UUID) -> tuple[Week, str | None]:
    """The studio's opening week (the default where none is kept or it cannot be read) and its
    state (UF, for the public holidays), in one read."""
    row = conn.execute(select(studio.c.opening_hours, studio.c.state).where(studio.c.id == studio_id)).first()
    if row is None:
        return parse_week(None), None
    try:
        return parse_week(row.opening_hours), row.state
    except HoursProblem:
        return parse_week(None), row.state


def commission_history(conn: Connection, staff_id: uuid.UUID) -> list[CommissionRow]:
    """A member's commission rules, the newest start first (a ledger: none is ever edited)."""
    here = desk_q.here(conn)
    if here.studio_id is None:
        return []
    return _rules(conn, here.studio_id, staff_id)
