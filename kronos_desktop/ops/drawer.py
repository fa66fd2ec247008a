"""Ops of the cash drawer and the day's close (issue 16): open the day with a float, cash in
(suprimento) and out (sangria), close with a count, a manager's reopen, and the drawer itself.

The rules are the mutations' (kronos_core/mutations/drawer.py) and kronos_core.drawer's; these
gather what the desk knows inside the write's own transaction (the desk's drawer, what it holds,
the payments a close counts) so nothing read can be stale by the time it is written. Instants
are the desk's clock when the write runs.

- :func:`open_day`: a desk of a studio with no drawer yet gets one first, "Caixa", the studio's
  (no device: every desk's cash), in the same transaction (:func:`ensure_drawer`); setting up a
  drawer is for owners and managers, so a receptionist's first opening is refused
  ``drawer_missing`` (nothing written).
- :func:`cash_move`: a cash out above what the drawer holds (its expected cash now) is refused
  with ``cash_out_over_drawer`` (``params["held"]``: centavos) unless ``confirmed_by`` names an
  active owner or manager of the studio (the person who confirmed it with their PIN).
- :func:`show_count`: the count the close dialog is about to show against the expected amount,
  recorded first (``cash_session.count_shown``: the close is blind, so a peek leaves a trace).
- :func:`close_day`: ``expected``, the payments counted and the day's totals are the desk's
  figures at that moment (:mod:`kronos_desktop.store.queries.drawer`).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from typing import Any

from PySide6.QtWidgets import QWidget
from sqlalchemy import Connection, select

from kronos_core.ids import uuid7
from kronos_core.mutations import MutationError
from kronos_core.schema import staff
from kronos_desktop.ops.checkout import Mutations, merged
from kronos_desktop.ops.runner import MutationOp
from kronos_desktop.store import Applied, LocalStore
from kronos_desktop.store.queries import drawer as q

DEFAULT_DRAWER_NAME = "Caixa"  # the studio's data, as the issue names it (not a UI word)
CONFIRMERS = ("owner", "manager")


def _where(store: LocalStore, conn: Connection) -> tuple[uuid.UUID, uuid.UUID]:
    state = store.identity(conn)
    if state is None:
        raise RuntimeError("the desk has no replica identity yet")
    return state.studio_id, state.device_id


def ensure_drawer(conn: Connection, studio_id: uuid.UUID, device_id: uuid.UUID) -> tuple[uuid.UUID, Mutations]:
    """This desk's drawer, and the mutation that creates the studio's "Caixa" when there is none."""
    found = q.drawer_here(conn, studio_id, device_id)
    if found is not None:
        return found.id, []
    drawer_id = uuid7()
    save = {"drawer_id": drawer_id, "name": DEFAULT_DRAWER_NAME, "device_id": None, "active": True}
    return drawer_id, [("cash_drawer.save", save)]


def save_drawer(
    drawer_id: uuid.UUID,
    name: str,
    *,
    device_id: uuid.UUID | None = None,
    active: bool = True,
    staff_id: uuid.UUID | None = None,
    parent: QWidget | None = None,
) -> MutationOp:
    """Add or change a drawer (owners and managers): ``device_id`` a desk's own, None the studio's."""
    args = {"drawer_id": drawer_id, "name": name.strip(), "device_id": device_id, "active": active}
    return MutationOp("cash_drawer.save", args, parent=parent, staff_id=staff_id)


def open_day(
    business_date: dt.date,
    opening_float: int,
    *,
    session_id: uuid.UUID | None = None,
    staff_id: uuid.UUID | None = None,
    parent: QWidget | None = None,
) -> MutationOp:
    """Open this desk's drawer for ``business_date`` with ``opening_float`` (centavos) in it; the
    :class:`Applied` is the ``cash_session.open``'s (``args.session_id``). Refused
    ``session_already_open`` when the drawer's day is open already (on another desk, say)."""
    new_id = session_id or uuid7()

    def write(store: LocalStore) -> Applied:
        at = store.now()
        first: Mutations = []

        def build(conn: Connection) -> Mutations:
            nonlocal first
            studio_id, device_id = _where(store, conn)
            drawer_id, first = ensure_drawer(conn, studio_id, device_id)
            opening = {
                "session_id": new_id,
                "drawer_id": drawer_id,
                "business_date": business_date,
                "opening_float": opening_float,
                "opened_at": at,
            }
            return [*first, ("cash_session.open", opening)]

        try:
            done = store.apply_many(build, staff_id=staff_id)
        except MutationError as exc:
            if first and exc.code == "role_not_allowed":  # the drawer is set up by management
                raise MutationError(
                    "This studio has no cash drawer yet: an owner or a manager opens its first day.",
                    code="drawer_missing",
                ) from exc
            raise
        return merged([done[-1], *done[:-1]])

    return MutationOp("cash_session.open", parent=parent, staff_id=staff_id, write=write)


def _confirmer_may(conn: Connection, studio_id: uuid.UUID, confirmed_by: uuid.UUID) -> bool:
    s = staff.c
    role = conn.execute(
        select(s.role).where(s.id == confirmed_by, s.studio_id == studio_id, s.active.is_(True), s.deleted.is_(False))
    ).scalar()
    return role in CONFIRMERS


def held_now(conn: Connection, studio_id: uuid.UUID, device_id: uuid.UUID | None, day: dt.date) -> int | None:
    """What this desk's drawer holds now on ``day`` (its expected cash), None when the day is not open."""
    found = q.drawer_day(conn, studio_id, device_id, day)
    if found.session is None or found.figures is None:
        return None
    return found.figures.expected


def cash_move(
    session_id: uuid.UUID,
    kind: str,
    amount: int,
    reason: str,
    *,
    business_date: dt.date,
    confirmed_by: uuid.UUID | None = None,
    movement_id: uuid.UUID | None = None,
    staff_id: uuid.UUID | None = None,
    parent: QWidget | None = None,
) -> MutationOp:
    """Put cash in (``kind`` "in", suprimento) or take it out ("out", sangria) of the day's drawer,
    with a reason. A cash out above what the drawer holds needs ``confirmed_by`` (the module)."""
    args: dict[str, Any] = {
        "movement_id": movement_id or uuid7(),
        "session_id": session_id,
        "kind": kind,
        "amount": amount,
        "reason": reason.strip(),
        "confirmed_by": confirmed_by,
    }

    def write(store: LocalStore) -> Applied:
        at = store.now()

        def build(conn: Connection) -> Mutations:
            if kind == "out" and amount > 0:
                studio_id, device_id = _where(store, conn)
                held = held_now(conn, studio_id, device_id, business_date)
                confirmed = confirmed_by is not None and _confirmer_may(conn, studio_id, confirmed_by)
                if held is not None and amount > held and not confirmed:
                    raise MutationError(
                        "A cash out above what the drawer holds needs an owner's or a manager's confirmation.",
                        code="cash_out_over_drawer",
                        params={"held": str(held)},
                    )
            return [("cash.move", {**args, "moved_at": at})]

        return store.apply_many(build, staff_id=staff_id)[0]

    return MutationOp("cash.move", parent=parent, staff_id=staff_id, write=write)


def cash_in(session_id: uuid.UUID, amount: int, reason: str, **kw: Any) -> MutationOp:
    """Suprimento: cash put into the drawer (see :func:`cash_move`)."""
    return cash_move(session_id, "in", amount, reason, **kw)


def cash_out(session_id: uuid.UUID, amount: int, reason: str, **kw: Any) -> MutationOp:
    """Sangria: cash taken out of the drawer (see :func:`cash_move`)."""
    return cash_move(session_id, "out", amount, reason, **kw)


def show_count(
    session_id: uuid.UUID,
    grid: Mapping[int, int],
    expected: int,
    *,
    count_id: uuid.UUID,
    staff_id: uuid.UUID | None = None,
    parent: QWidget | None = None,
) -> MutationOp:
    """Record that the count ``grid`` is shown against ``expected`` (the desk's figure, centavos) on
    the day ``session_id``, before the desk shows it; ``count_id``: the id :func:`close_day` takes
    if this count is kept (the day report tells the counts not kept by it). The time is the desk's
    clock when the write runs. Refused as the mutation refuses (``count_negative``, …)."""
    stored = {str(value): int(quantity) for value, quantity in grid.items()}
    counted = sum(int(value) * int(quantity) for value, quantity in grid.items())

    def write(store: LocalStore) -> Applied:
        args = {"session_id": session_id, "count_id": count_id, "counted": counted, "grid": stored,
                "expected": expected, "counted_at": store.now()}  # fmt: skip
        return store.apply("cash_session.count_shown", args, staff_id=staff_id)

    return MutationOp("cash_session.count_shown", parent=parent, staff_id=staff_id, write=write)


def close_day(
    business_date: dt.date,
    grid: Mapping[int, int],
    *,
    note: str | None = None,
    count_id: uuid.UUID | None = None,
    staff_id: uuid.UUID | None = None,
    parent: QWidget | None = None,
) -> MutationOp:
    """Close this desk's drawer's day with the count ``grid`` (centavos of a note or coin -> how
    many). The expected cash, the payments counted (every one of the day this desk holds, any
    method: what its totals add up; its drawer's cash among them makes its figures) and the day's
    totals are read inside the write's transaction. Refused (nothing written) ``session_unknown``
    when the day was not opened here, and as the mutation refuses (``note_required`` when the
    count differs and no note says why, ``count_negative``, ``session_closed``, …)."""
    new_id = count_id or uuid7()
    text = (note or "").strip() or None

    def write(store: LocalStore) -> Applied:
        at = store.now()

        def build(conn: Connection) -> Mutations:
            studio_id, device_id = _where(store, conn)
            day = q.drawer_day(conn, studio_id, device_id, business_date)
            if day.session is None or day.figures is None:
                raise MutationError("the drawer's day was not opened", code="session_unknown")
            close = {
                "count_id": new_id,
                "session_id": day.session.id,
                "grid": {str(k): int(v) for k, v in grid.items()},
                "expected": day.figures.expected,
                "note": text,
                "counted_at": at,
                "payment_ids": q.day_payment_ids(conn, studio_id, business_date),
                "totals": q.day_totals(conn, studio_id, business_date),
            }
            return [("cash_session.close", close)]

        return store.apply_many(build, staff_id=staff_id)[0]

    return MutationOp("cash_session.close", parent=parent, staff_id=staff_id, write=write)


def reopen_day(
    session_id: uuid.UUID, reason: str, *, staff_id: uuid.UUID | None = None, parent: QWidget | None = None
) -> MutationOp:
    """A manager reopens a closed day, with a reason (the audit trail keeps it)."""

    def write(store: LocalStore) -> Applied:
        args = {"session_id": session_id, "reason": reason.strip(), "reopened_at": store.now()}
        return store.apply("cash_session.reopen", args, staff_id=staff_id)

    return MutationOp("cash_session.reopen", parent=parent, staff_id=staff_id, write=write)
