"""How many of the desk's changes wait for the server, and how many conflicts wait for a person:
what the status bar shows, for a desk with a server or without one (which never loads the
engine or its transport, kronos_desktop/sync/events.py)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, Integer, func, select

from kronos_core.schema import sync_conflict
from kronos_desktop.store.local_schema import outbox
from kronos_desktop.sync.state import read_status


@dataclass(frozen=True)
class Counts:
    pending: int  # mutations not yet acknowledged by a pull
    unsent: int  # of those, not yet confirmed by a push answer
    predicted: int  # pending mutations the desk expects to conflict
    conflicts: int  # open conflict rows from the server, to review


def read_counts(read_engine: Engine) -> Counts:
    """The counts, read on the desk's read engine (raises before the desk has a replica)."""
    o = outbox.c
    with read_engine.connect() as conn:
        state = read_status(conn)
        pushed = state.pushed_upto if state is not None else 0
        pending, unsent, predicted = conn.execute(
            select(
                func.count(),
                func.coalesce(func.sum((o.seq > pushed).cast(Integer)), 0),
                func.coalesce(func.sum(o.likely_conflict.cast(Integer)), 0),
            ).where(o.status == "pending")
        ).one()
        c = sync_conflict.c
        conflicts = conn.execute(
            select(func.count()).where(c.status == "open", c.deleted.is_(False), c.version > 0)
        ).scalar_one()
    return Counts(int(pending), int(unsent), int(predicted), int(conflicts))
