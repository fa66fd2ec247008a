"""``POST /v1/sync/push``: a desk's mutations applied under the studio's clock, exactly once.

One READ COMMITTED transaction (the caller's tenant transaction) per request:

1. lock the studio's clock (the first write: concurrent pushes of a studio wait here, so
   versions are handed out in commit order), and read the epoch;
2. register the device id as a replica of the token's desk (one of another desk or studio: 409);
3. look up, *after* the lock, the device's mapped sequence numbers and the batch's known UUIDs;
4. decide 409 for the whole request before applying anything: a ``(device_id, seq)`` already
   mapped to another UUID (the desk's file was restored or copied; it takes a new device id);
5. per mutation, in order (tests/sync_model/model.py is the executable specification):
   a known UUID answers its stored result and records the ``(device_id, seq)`` mapping; a pair
   already mapped to the same UUID is skipped; a gap in the sequence stops the batch; anything
   else takes the next version and runs in a savepoint: ``applied``, ``conflict`` (it wrote
   ``sync_conflict`` rows) or ``rejected`` (it could not apply: the savepoint is rolled back and a
   ``rejected`` conflict row carrying its name and arguments is written under its version);
6. store results and mappings (never the arguments), write the clock once (its NOTIFY goes out
   at commit).

A transient database failure (serialization, deadlock, lost connection) propagates: the
transaction rolls back and the app answers 503; the desk sends the same batch again.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import psycopg
from sqlalchemy import Connection, Table, bindparam, func, insert, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.exc import DataError, DBAPIError, IntegrityError, OperationalError

from kronos_core.ids import derived_id
from kronos_core.instants import utcnow
from kronos_core.mutations import REGISTRY, Actor, ApplyContext, MutationError, run
from kronos_core.mutations.appointments import find_clashes
from kronos_core.roles import Role
from kronos_core.schema import appointment, staff, sync_conflict
from kronos_core.sync_messages import PushMutation, PushRequest, PushResponse, PushResult, Status
from kronos_server import metrics
from kronos_server.auth.deps import Principal
from kronos_server.clock import lock_clock, read_clock, write_clock
from kronos_server.db import Database
from kronos_server.tables import device_seq, mutation_result, replica

log = logging.getLogger("kronos_server.sync.push")

DETAIL_MAX = 2000


class DeviceTaken(Exception):
    """The device id is a replica of another desk (or of another studio)."""


class SequenceReused(Exception):
    """A ``(device_id, seq)`` already mapped to another UUID: the desk's file was restored or copied."""

    def __init__(self, seq: int) -> None:
        super().__init__(f"sequence number {seq} of this device already belongs to another mutation")
        self.seq = seq


@dataclass(frozen=True)
class Stored:
    status: Status
    version: int
    conflict_id: uuid.UUID | None


@dataclass
class _Batch:
    """What the push writes besides the mutations' own rows: results and mappings."""

    results: list[dict[str, Any]] = field(default_factory=list)
    seqs: list[dict[str, Any]] = field(default_factory=list)


# -- the device -------------------------------------------------------------------------------
def register_device(conn: Connection, principal: Principal, device_id: uuid.UUID, now: dt.datetime) -> None:
    """Make ``device_id`` a replica of the token's desk, or check that it is one."""
    owner = conn.execute(select(replica.c.desk_id).where(replica.c.id == device_id)).first()
    if owner is not None:
        if owner.desk_id != principal.desk_id:
            raise DeviceTaken(f"device {device_id} belongs to another desk")
        return
    stmt = (
        pg_insert(replica)
        .values(id=device_id, studio_id=principal.studio_id, desk_id=principal.desk_id, created_at=now)
        .on_conflict_do_nothing(index_elements=["id"])
        .returning(replica.c.id)
    )
    if conn.execute(stmt).first() is None:  # it exists, invisible here: another studio's
        raise DeviceTaken(f"device {device_id} belongs to another desk")


def device_owner(conn: Connection, device_id: uuid.UUID) -> uuid.UUID | None:
    """The desk the device id is a replica of (None: unknown in this studio)."""
    row = conn.execute(select(replica.c.desk_id).where(replica.c.id == device_id)).first()
    return None if row is None else row.desk_id


# -- attribution -----------------------------------------------------------------------------
def attributable_staff(conn: Connection, principal: Principal, staff_ids: Iterable[uuid.UUID]) -> set[uuid.UUID]:
    """The PIN-identified staff the server accepts: active members of the studio. A desk acting
    as an artist attributes only to its own staff member: the PIN authorises nothing, and an
    artist's rules depend on who is acting (their own calendar)."""
    wanted = {s for s in staff_ids if s != principal.staff_id}
    if not wanted or principal.role is Role.ARTIST:
        return set()
    rows = conn.execute(
        select(staff.c.id).where(
            staff.c.studio_id == principal.studio_id,
            staff.c.id.in_(wanted),
            staff.c.active.is_(True),
            staff.c.deleted.is_(False),
        )
    )
    return {r.id for r in rows}


# -- applying one mutation -------------------------------------------------------------------
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
    return f"{name}: the database refused the change ({constraint or sqlstate or 'constraint'})"


def _rerun_as_double_booking(
    conn: Connection, actor: Actor, m: PushMutation, version: int, now: dt.datetime, constraint: str
) -> uuid.UUID | None:
    """Apply ``m`` again with its bookings flagged ``in_conflict``, and record the clash."""
    ctx = _BackstopContext(conn, actor, m.uuid, m.name, now, version=version)
    with conn.begin_nested():
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
            ctx.conflict(
                "double_booking",
                table=appointment,
                row_ids=[appointment_id, *(c["id"] for c in clashes)],
                mine={
                    "id": str(appointment_id),
                    "starts_at": row["starts_at"].isoformat(),
                    "ends_at": row["ends_at"].isoformat(),
                },
                theirs=[
                    {"id": str(c["id"]), "starts_at": c["starts_at"].isoformat(), "ends_at": c["ends_at"].isoformat()}
                    for c in clashes
                ],
                detail=f"the artist or station is already booked at that time (found by {constraint})",
            )
    return _first_conflict(ctx)


class NeedsSavepoints(Exception):
    """A mutation failed in a batch run without savepoints: roll the whole transaction back and
    run the batch again, each mutation in a savepoint."""


def apply_pushed(
    conn: Connection, actor: Actor, m: PushMutation, version: int, now: dt.datetime, *, savepoints: bool = True
) -> tuple[Status, uuid.UUID | None]:
    """Run one pushed mutation at ``version`` in a savepoint; a refusal becomes a ``rejected``
    conflict row under the same version. Transient database failures propagate.

    Without ``savepoints`` (the fast path: two round trips fewer per mutation, and no
    subtransaction at all) any failure raises :class:`NeedsSavepoints` instead."""
    ctx = ApplyContext(conn, actor, m.uuid, m.name, now, version=version)
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
        conflict_id = _first_conflict(ctx)
        return ("conflict" if conflict_id is not None else "applied"), conflict_id
    reason: str
    try:
        with conn.begin_nested():
            run(ctx, m.args)
    except MutationError as exc:
        reason = exc.message
    except IntegrityError as exc:
        reason = _constraint_reason(m.name, exc)
        if _is_exclusion(exc):
            # The double-booking check let a clash through (the exclusion constraint is the
            # backstop): keep the booking, flagged, with a double_booking conflict.
            try:
                conflict_id = _rerun_as_double_booking(conn, actor, m, version, now, reason)
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
        conflict_id = _first_conflict(ctx)
        return ("conflict" if conflict_id is not None else "applied"), conflict_id
    return "rejected", write_rejected(conn, actor, m, version, now, reason)


def write_rejected(
    conn: Connection, actor: Actor, m: PushMutation, version: int, now: dt.datetime, reason: str
) -> uuid.UUID:
    """The ``rejected`` conflict of a mutation that could not apply: its name and arguments, so a
    person sees what the desk meant (DESIGN.md, "Refusal loses nothing")."""
    ctx = ApplyContext(conn, actor, m.uuid, m.name, now, version=version)
    conflict_id = derived_id(m.uuid, "rejected")
    values: dict[str, Any] = {
        "id": conflict_id,
        "kind": "rejected",
        "status": "open",
        "mutation_uuid": m.uuid,
        "mutation_name": m.name,
        "table_name": None,
        "row_ids": [],
        "mine": {"name": m.name, "args": m.args},
        "theirs": None,
        "detail": reason[:DETAIL_MAX],
    }
    try:
        with conn.begin_nested():
            ctx.insert(sync_conflict, values)
        return conflict_id
    except (MutationError, IntegrityError, DataError) as exc:
        # The id is taken by a row this studio cannot see (the same UUID pushed to another
        # studio), or the arguments cannot be stored as they are: keep them as text instead.
        log.warning("%s %s: rejected conflict stored the second way: %s", m.name, m.uuid, exc)
    conflict_id = derived_id(m.uuid, f"rejected:{actor.studio_id}")
    values["id"] = conflict_id
    values["mine"] = {"name": m.name, "args_text": repr(m.args).replace("\x00", "\\x00")[:100_000]}
    with conn.begin_nested():
        ApplyContext(conn, actor, m.uuid, m.name, now, version=version).insert(sync_conflict, values)
    return conflict_id


# -- the push --------------------------------------------------------------------------------
def _metric_name(name: str) -> str:
    return name if name in REGISTRY else "<unknown>"


def _mapped(conn: Connection, device_id: uuid.UUID, seqs: Sequence[int]) -> dict[int, tuple[uuid.UUID, int]]:
    if not seqs:
        return {}
    rows = conn.execute(
        select(device_seq.c.seq, device_seq.c.uuid, device_seq.c.version).where(
            device_seq.c.device_id == device_id, device_seq.c.seq.in_(sorted(set(seqs)))
        )
    )
    return {int(r.seq): (r.uuid, int(r.version)) for r in rows}


def _known(conn: Connection, studio_id: uuid.UUID, uuids: Sequence[uuid.UUID]) -> dict[uuid.UUID, Stored]:
    if not uuids:
        return {}
    mr = mutation_result.c
    rows = conn.execute(
        select(mr.uuid, mr.status, mr.version, mr.conflict_id).where(mr.studio_id == studio_id, mr.uuid.in_(set(uuids)))
    )
    return {r.uuid: Stored(r.status, int(r.version), r.conflict_id) for r in rows}


def last_seq(conn: Connection, device_id: uuid.UUID) -> int:
    value = conn.execute(select(func.max(device_seq.c.seq)).where(device_seq.c.device_id == device_id)).scalar()
    return int(value or 0)


def check_sequences(request: PushRequest, mapped: dict[int, tuple[uuid.UUID, int]]) -> None:
    """409 before anything is applied: a sequence number already mapped to another UUID (or
    claimed by two UUIDs in this very request)."""
    claimed: dict[int, uuid.UUID] = {}
    for m in request.mutations:
        known = mapped.get(m.id)
        if known is not None and known[0] != m.uuid:
            raise SequenceReused(m.id)
        if claimed.setdefault(m.id, m.uuid) != m.uuid:
            raise SequenceReused(m.id)


_INSERT_RESULT = insert(mutation_result).values(
    studio_id=bindparam("studio_id"),
    uuid=bindparam("uuid"),
    status=bindparam("status"),
    version=bindparam("version"),
    conflict_id=bindparam("conflict_id"),
    applied_at=bindparam("applied_at"),
)
_INSERT_SEQ = insert(device_seq).values(
    device_id=bindparam("device_id"),
    seq=bindparam("seq"),
    uuid=bindparam("uuid"),
    studio_id=bindparam("studio_id"),
    version=bindparam("version"),
)


@dataclass(frozen=True)
class Pushed:
    response: PushResponse
    outcomes: list[tuple[str, str]]  # (mutation name, outcome) for the metrics, once committed

    def record_metrics(self) -> None:
        for name, outcome in self.outcomes:
            metrics.record_mutation(_metric_name(name), outcome)


def push(
    conn: Connection, principal: Principal, request: PushRequest, *, now: dt.datetime, savepoints: bool = True
) -> Pushed:
    """Apply a push in the caller's tenant transaction (see the module's docstring).

    Without ``savepoints``, a mutation that fails raises :class:`NeedsSavepoints`: the caller
    rolls back and pushes again with them (:func:`push_in_transaction` does)."""
    studio_id, device_id = principal.studio_id, request.device_id
    start = lock_clock(conn, studio_id)
    epoch, _ = read_clock(conn, studio_id)
    register_device(conn, principal, device_id, now)
    mutations = request.mutations
    mapped = _mapped(conn, device_id, [m.id for m in mutations])
    check_sequences(request, mapped)
    known = _known(conn, studio_id, [m.uuid for m in mutations])
    upto = last_seq(conn, device_id)
    accepted = attributable_staff(conn, principal, (m.staff_id for m in mutations if m.staff_id is not None))

    version = start
    batch = _Batch()
    results: list[PushResult] = []
    outcomes: list[tuple[str, str]] = []

    def map_seq(m: PushMutation, at: int) -> None:
        mapped[m.id] = (m.uuid, at)
        batch.seqs.append({"device_id": device_id, "seq": m.id, "uuid": m.uuid, "studio_id": studio_id, "version": at})

    for m in mutations:
        stored = known.get(m.uuid)
        if stored is not None:  # exactly once: answer the stored result, record the mapping
            if m.id not in mapped:
                map_seq(m, stored.version)
                upto = max(upto, m.id)
            results.append(
                PushResult(
                    id=m.id, uuid=m.uuid, status=stored.status, version=stored.version, conflict_id=stored.conflict_id
                )
            )
            outcomes.append((m.name, "duplicate"))
            continue
        if m.id in mapped:
            continue  # already mapped to this UUID (another UUID was a 409 above)
        if m.id != upto + 1:
            break  # a gap stops the batch
        version += 1
        staff_id = m.staff_id if m.staff_id in accepted else principal.staff_id
        actor = Actor(studio_id=studio_id, role=principal.role, staff_id=staff_id, device_id=device_id)
        status, conflict_id = apply_pushed(conn, actor, m, version, now, savepoints=savepoints)
        known[m.uuid] = Stored(status, version, conflict_id)
        batch.results.append(
            {
                "studio_id": studio_id,
                "uuid": m.uuid,
                "status": status,
                "version": version,
                "conflict_id": conflict_id,
                "applied_at": now,
            }
        )
        map_seq(m, version)
        upto = m.id
        results.append(PushResult(id=m.id, uuid=m.uuid, status=status, version=version, conflict_id=conflict_id))
        outcomes.append((m.name, status))

    if batch.results:
        conn.execute(_INSERT_RESULT, batch.results)
    if batch.seqs:
        conn.execute(_INSERT_SEQ, batch.seqs)
    if version != start:
        write_clock(conn, studio_id, version)
    return Pushed(PushResponse(epoch=epoch, last_mutation_id=upto, results=results), outcomes)


def push_in_transaction(db: Database, principal: Principal, request: PushRequest) -> PushResponse:
    """The push in its own tenant transaction: first without savepoints (the usual case: every
    mutation applies), then, if one failed, again from the start with one per mutation."""
    now = utcnow()
    try:
        with db.tenant(principal.studio_id) as conn:
            pushed = push(conn, principal, request, now=now, savepoints=False)
    except NeedsSavepoints:
        with db.tenant(principal.studio_id) as conn:
            pushed = push(conn, principal, request, now=now, savepoints=True)
    pushed.record_metrics()
    return pushed.response
