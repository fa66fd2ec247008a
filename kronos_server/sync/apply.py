"""One pushed mutation applied at its version: in a savepoint (or, on the fast path, without),
a refusal becoming a storable ``rejected`` conflict, and a booking the exclusion constraint
refused kept, flagged, with a ``double_booking`` conflict (kronos_server/sync/push.py runs the
batch)."""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from dataclasses import dataclass, field
from typing import Any

import psycopg
from sqlalchemy import Connection, Table, select
from sqlalchemy.exc import DataError, DBAPIError, IntegrityError, OperationalError

from kronos_core.ids import derived_id
from kronos_core.mutations import Actor, ApplyContext, MutationError, run
from kronos_core.mutations.appointments import BOOKED_MEANWHILE, find_clashes, record_double_booking
from kronos_core.mutations.base import RowCache
from kronos_core.mutations.conflicts import outcome as conflict_outcome
from kronos_core.schema import appointment, sync_conflict
from kronos_core.storable import escape_text, escape_unstorable, find_unstorable
from kronos_core.sync_messages import PushMutation, Status
from kronos_server.sync.attribution import NAME_MAX
from kronos_server.sync.clash_index import ClashIndex
from kronos_server.sync.driver import DeferredInserts, ServerApplyContext

log = logging.getLogger("kronos_server.sync.push")

DETAIL_MAX = 2000
ARGS_TEXT_MAX = 100_000


@dataclass
class _BackstopContext(ApplyContext):
    """A re-run after the exclusion constraint refused a booking the check let through: every
    appointment it writes is flagged ``in_conflict`` (so the constraint lets it in)."""

    flagged: list[uuid.UUID] = field(default_factory=list)

    def insert(self, table: Table, values: Any) -> uuid.UUID:
        if table is appointment:
            values = {**values, "in_conflict": True}
            self.flagged.append(values["id"])
        return super().insert(table, values)

    def update(self, table: Table, row_id: uuid.UUID, values: Any) -> dict[str, Any]:
        if table is appointment:
            values = {**values, "in_conflict": True}
            self.flagged.append(row_id)
        return super().update(table, row_id, values)


def _first_conflict(ctx: ApplyContext) -> uuid.UUID | None:
    for record in ctx.undo:
        if record.table == sync_conflict.name and record.before is None:
            return record.id
    return None


def _is_exclusion(exc: IntegrityError) -> bool:
    return isinstance(exc.orig, psycopg.errors.ExclusionViolation)


def _constraint_reason(name: str, exc: DBAPIError) -> str:
    diag = getattr(exc.orig, "diag", None)
    constraint = getattr(diag, "constraint_name", None)
    sqlstate = getattr(exc.orig, "sqlstate", None)
    # A value refused before it reached the server (NUL in text or JSON) has neither: its words.
    said = constraint or sqlstate or str(exc.orig).split("\n", 1)[0][:200] or "constraint"
    return f"{escape_text(name)[:NAME_MAX]}: the database refused the change ({said})"


def _rerun_as_double_booking(
    conn: Connection,
    actor: Actor,
    m: PushMutation,
    version: int,
    now: dt.datetime,
    constraint: str,
    rows: RowCache | None = None,
) -> uuid.UUID | None:
    """Apply ``m`` again with its bookings flagged ``in_conflict``, and record the clash."""
    ctx = _BackstopContext(conn, actor, m.uuid, m.name, now, version=version, rows=rows)
    with ctx.savepoint():
        run(ctx, m.args)
        recorded = {
            uuid.UUID(i)
            for row in conn.execute(
                select(sync_conflict.c.row_ids).where(
                    sync_conflict.c.studio_id == actor.studio_id,
                    sync_conflict.c.mutation_uuid == m.uuid,
                    sync_conflict.c.kind == "double_booking",
                )
            )
            for i in row.row_ids[:1]
        }
        for appointment_id in dict.fromkeys(ctx.flagged):
            if appointment_id in recorded:
                continue
            row = ctx.get(appointment, appointment_id, include_deleted=True)
            if row is None:
                continue
            clashes = find_clashes(
                ctx,
                artist_id=row["artist_id"],
                station_id=row["station_id"],
                starts_at=row["starts_at"],
                ends_at=row["ends_at"],
                exclude_id=appointment_id,
            )
            record_double_booking(
                ctx, appointment_id, row, clashes, detail=f"{BOOKED_MEANWHILE} (found by {constraint})"
            )
    return _first_conflict(ctx)


class NeedsSavepoints(Exception):
    """A mutation failed in a batch run without savepoints: roll the whole transaction back and
    run the batch again, each mutation in a savepoint."""


def apply_pushed(
    conn: Connection,
    actor: Actor,
    m: PushMutation,
    version: int,
    now: dt.datetime,
    *,
    savepoints: bool = True,
    rows: RowCache | None = None,
    deferred: DeferredInserts | None = None,
    clashes: ClashIndex | None = None,
) -> tuple[Status, uuid.UUID | None]:
    """Run one pushed mutation at ``version`` in a savepoint; a refusal becomes a ``rejected``
    conflict row under the same version. Transient database failures propagate. ``rows``: the
    batch's rows read and written so far (RowCache), cleared when a mutation is rolled back.

    Without ``savepoints`` (the fast path: two round trips fewer per mutation, and no
    subtransaction at all) any failure raises :class:`NeedsSavepoints` instead; its inserts may
    wait in ``deferred`` (kronos_server/sync/driver.py)."""
    ctx = ServerApplyContext(
        conn, actor, m.uuid, m.name, now, version=version, rows=rows, deferred=deferred, clashes=clashes
    )
    if not savepoints:
        try:
            run(ctx, m.args)
        except OperationalError:
            raise
        except DBAPIError as exc:
            if exc.connection_invalidated:
                raise
            raise NeedsSavepoints(m.uuid) from exc
        except Exception as exc:
            raise NeedsSavepoints(m.uuid) from exc
        return conflict_outcome(ctx)  # a needs_review conflict alone: "applied", with its id
    reason: str
    refusal: dict[str, Any] | None = None
    try:
        with ctx.savepoint():  # rolled back on failure, and the batch's rows with it
            run(ctx, m.args)
    except MutationError as exc:
        reason = exc.message
        refusal = {"code": exc.code, "params": exc.params}
    except IntegrityError as exc:
        reason = _constraint_reason(m.name, exc)
        if _is_exclusion(exc):
            # The double-booking check let a clash through (the exclusion constraint is the
            # backstop): keep the booking, flagged, with a double_booking conflict.
            try:
                conflict_id = _rerun_as_double_booking(conn, actor, m, version, now, reason, rows)
            except (MutationError, IntegrityError, DataError) as again:
                log.warning("%s %s: the re-run after an exclusion violation failed too: %s", m.name, m.uuid, again)
            else:
                return "conflict", conflict_id
    except DataError as exc:
        reason = _constraint_reason(m.name, exc)
    except OperationalError:
        raise
    except DBAPIError as exc:
        if exc.connection_invalidated:
            raise
        log.exception("%s %s: database error", m.name, m.uuid)
        reason = f"{m.name}: the database could not apply it"
    except Exception as exc:  # a bug in a mutation must not stop the desk's queue forever
        log.exception("%s %s: unexpected error", m.name, m.uuid)
        reason = f"{m.name}: the server could not apply it ({type(exc).__name__})"
    else:
        return conflict_outcome(ctx)  # a needs_review conflict alone: "applied", with its id
    return "rejected", write_rejected(conn, actor, m, version, now, reason, refusal, rows)


def write_rejected(
    conn: Connection,
    actor: Actor,
    m: PushMutation,
    version: int,
    now: dt.datetime,
    reason: str,
    refusal: dict[str, Any] | None = None,
    rows: RowCache | None = None,
) -> uuid.UUID:
    """The ``rejected`` conflict of a mutation that could not apply: its name and arguments, so a
    person sees what the desk meant (DESIGN.md, "Refusal loses nothing"); the server's side
    (``theirs``) is the refusal's code and params, which each desk says in its own language
    (``detail`` keeps the English reason).

    Everything in it is storable, whatever the desk sent: NUL and lone surrogates in the name,
    the reason or the params are written as escapes, and arguments holding them (in a key or a
    value) are kept as text (``args_text``), escaped too. A refusal is refused on its own, never
    with the batch (an item that could not be recorded would stop the desk's queue forever)."""
    name = escape_text(m.name)
    conflict_id = derived_id(m.uuid, "rejected")
    mine: dict[str, Any] = {"name": name, "args": m.args}
    if find_unstorable(m.args) is not None:
        mine = {"name": name, "args_text": _args_text(m.args)}
    values: dict[str, Any] = {
        "id": conflict_id,
        "kind": "rejected",
        "status": "open",
        "mutation_uuid": m.uuid,
        "mutation_name": name[:NAME_MAX],
        "table_name": None,
        "row_ids": [],
        "mine": mine,
        "theirs": escape_unstorable(refusal),
        "detail": escape_text(reason)[:DETAIL_MAX],
    }
    ctx = ApplyContext(conn, actor, m.uuid, m.name, now, version=version, rows=rows)
    try:
        with ctx.savepoint():
            ctx.insert(sync_conflict, values)
        return conflict_id
    except (MutationError, IntegrityError, DataError) as exc:
        # The id is taken by a row this studio cannot see (the same UUID pushed to another
        # studio), or the arguments cannot be stored as they are: keep them as text instead.
        log.warning("%s %s: rejected conflict stored the second way: %s", name, m.uuid, exc)
    conflict_id = derived_id(m.uuid, f"rejected:{actor.studio_id}")
    values["id"] = conflict_id
    values["mine"] = {"name": name, "args_text": _args_text(m.args)}
    ctx = ApplyContext(conn, actor, m.uuid, m.name, now, version=version, rows=rows)
    with ctx.savepoint():
        ctx.insert(sync_conflict, values)
    return conflict_id


def _args_text(args: Any) -> str:
    """The arguments as storable text (``repr`` writes NUL and lone surrogates as escapes)."""
    return escape_text(repr(args))[:ARGS_TEXT_MAX]
