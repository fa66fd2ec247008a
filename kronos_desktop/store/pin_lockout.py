"""Wrong PINs at this desk: five in a row lock that member here for a while.

The count lives in the desk's own table ``pin_lockout`` (never synced: a lock is this desk's, and
it survives a restart because it is in the file). Five wrong tries in a row lock the member for
five minutes; each further wrong try after that locks again, for twice as long, up to an hour.
The right PIN clears it. Every function takes ``now`` (aware UTC), so tests control the clock;
the writes run on the store's writer thread (:func:`record_failure` and :func:`clear` take a
:class:`LocalStore`, for ``writer.submit``).
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from sqlalchemy import Connection, delete, select
from sqlalchemy.dialects.sqlite import insert

from kronos_desktop.store.local_schema import pin_lockout

if TYPE_CHECKING:
    from kronos_desktop.store.store import LocalStore

TRIES: Final = 5  # wrong tries in a row before the first lock
FIRST_LOCK: Final = dt.timedelta(minutes=5)
LONGEST_LOCK: Final = dt.timedelta(hours=1)


@dataclass(frozen=True)
class Lockout:
    """A member's wrong tries in a row at this desk, and until when they are locked out."""

    failures: int = 0
    locked_until: dt.datetime | None = None

    def locked(self, now: dt.datetime) -> bool:
        return self.locked_until is not None and now < self.locked_until

    def remaining(self, now: dt.datetime) -> dt.timedelta:
        """How long the lock still lasts (zero when not locked)."""
        if self.locked_until is None or now >= self.locked_until:
            return dt.timedelta(0)
        return self.locked_until - now

    def tries_left(self) -> int:
        """Wrong tries left before the next lock (after a first lock, each wrong try locks)."""
        return max(TRIES - self.failures, 1)


NO_LOCKOUT: Final = Lockout()


def lock_length(failures: int) -> dt.timedelta | None:
    """How long ``failures`` wrong tries in a row lock a member for (None: not yet)."""
    if failures < TRIES:
        return None
    return min(FIRST_LOCK * (2 ** (failures - TRIES)), LONGEST_LOCK)


def lockout_of(conn: Connection, staff_id: uuid.UUID) -> Lockout:
    row = conn.execute(
        select(pin_lockout.c.failures, pin_lockout.c.locked_until).where(pin_lockout.c.staff_id == staff_id)
    ).first()
    return NO_LOCKOUT if row is None else Lockout(int(row.failures), row.locked_until)


def lockouts(conn: Connection) -> dict[uuid.UUID, Lockout]:
    """Every member with wrong tries counted at this desk."""
    rows = conn.execute(select(pin_lockout.c.staff_id, pin_lockout.c.failures, pin_lockout.c.locked_until))
    return {row.staff_id: Lockout(int(row.failures), row.locked_until) for row in rows}


def note_failure(conn: Connection, staff_id: uuid.UUID, now: dt.datetime) -> Lockout:
    """One more wrong try (inside the caller's transaction); the lockout it leaves. A try while
    locked is not counted (the pad refuses it before the PIN is checked)."""
    current = lockout_of(conn, staff_id)
    if current.locked(now):
        return current
    failures = current.failures + 1
    length = lock_length(failures)
    locked_until = now + length if length is not None else None
    values = {"failures": failures, "locked_until": locked_until, "last_failure_at": now}
    conn.execute(
        insert(pin_lockout)
        .values(staff_id=staff_id, **values)
        .on_conflict_do_update(index_elements=[pin_lockout.c.staff_id], set_=values)
    )
    return Lockout(failures, locked_until)


def note_success(conn: Connection, staff_id: uuid.UUID) -> None:
    """The right PIN: the count starts again."""
    conn.execute(delete(pin_lockout).where(pin_lockout.c.staff_id == staff_id))


# -- on the writer thread -----------------------------------------------------------------------
def record_failure(store: LocalStore, staff_id: uuid.UUID, now: dt.datetime) -> Lockout:
    with store.engine.begin() as conn:
        return note_failure(conn, staff_id, now)


def clear(store: LocalStore, staff_id: uuid.UUID) -> None:
    with store.engine.begin() as conn:
        note_success(conn, staff_id)
