"""The counts shown at a drawer's close and not kept (issue 16, the blind close): each time the
close dialog showed a count against the expected amount, the desk recorded it first
(``cash_session.count_shown``: an ``audit_event`` of the day's session, kronos_core/mutations/
drawer.py). A count is kept when a close of the day took its id (``cash_count.id`` is the
``count_id`` it was recorded with); every other one was shown and then cancelled or counted again,
and the day report lists it.

Plain SQLAlchemy, no Qt."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select

from kronos_core.schema import audit_event, cash_count, staff

ACTION = "cash_session.count_shown"


@dataclass(frozen=True)
class ShownCount:
    """A count shown against the expected amount that no close kept."""

    at: dt.datetime  # when it was counted (the desk's clock), UTC
    counted: int
    expected: int  # the figure shown against it
    by_name: str | None  # who counted (None: not known here)


def _instant(value: Any, fallback: dt.datetime) -> dt.datetime:
    try:
        parsed = dt.datetime.fromisoformat(str(value))
    except ValueError:
        return fallback
    return parsed.astimezone(dt.UTC) if parsed.tzinfo is not None else fallback


def _int(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0


def counts_not_kept(conn: Connection, studio_id: uuid.UUID, session_ids: Collection[uuid.UUID]) -> list[ShownCount]:
    """The counts shown on the days ``session_ids`` that none of their closes kept, oldest first."""
    if not session_ids:
        return []
    ids = list(session_ids)
    e = audit_event.c
    rows = conn.execute(
        select(e.detail, e.occurred_at, staff.c.display_name)
        .select_from(audit_event.outerjoin(staff, staff.c.id == e.staff_id))
        .where(
            e.row_id.in_(ids),
            e.studio_id == studio_id,
            e.action == ACTION,
            e.table_name == "cash_session",
            e.deleted.is_(False),
        )
        .order_by(e.occurred_at, e.id)
    ).all()
    if not rows:
        return []
    c = cash_count.c
    kept = {str(i) for i in conn.execute(select(c.id).where(c.session_id.in_(ids), c.studio_id == studio_id)).scalars()}
    found: list[ShownCount] = []
    for r in rows:
        detail = dict(r.detail or {})
        if str(detail.get("count_id")) in kept:
            continue
        at = _instant(detail.get("counted_at"), r.occurred_at)
        found.append(ShownCount(at, _int(detail.get("counted")), _int(detail.get("expected")), r.display_name))
    return sorted(found, key=lambda s: s.at)
