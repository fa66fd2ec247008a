"""``POST /v1/sync/push``: a desk's mutations applied under the studio's clock, exactly once.

One READ COMMITTED transaction (the caller's tenant transaction) per request:

1. lock the studio's clock (the first write: concurrent pushes of a studio wait here, so
   versions are handed out in commit order), and read the epoch;
2. look up, *after* the lock and in one statement, the device's desk, its mapped sequence
   numbers and the batch's known UUIDs;
3. register the device id as a replica of the token's desk (one of another desk or studio: 409);
4. decide 409 for the whole request before applying anything: a ``(device_id, seq)`` already
   mapped to another UUID (the desk's file was restored or copied; it takes a new device id);
5. per mutation, in order (tests/sync_model/model.py is the executable specification):
   a pair already mapped to the same UUID (a replay) answers its stored result; then a gap in the
   sequence stops the batch (before the next rule: ``last_mutation_id`` never moves over a number
   neither applied nor answered); a known UUID answers its stored result and records the
   ``(device_id, seq)`` mapping; anything else takes the next version and runs: ``applied``,
   ``conflict`` (it wrote ``sync_conflict`` rows) or ``rejected`` (it could not apply: its
   savepoint is rolled back and a ``rejected`` conflict row carrying its name and arguments, made
   storable, is written under its version: one odd item never refuses its batch). The batch runs
   first without savepoints (the usual case: all apply); if one fails, the whole transaction is
   rolled back and the batch runs again with a savepoint per mutation (push_in_transaction).
   The batch's mutations share the rows they read and wrote (RowCache), cleared by the
   savepoint that rolls one back (ApplyContext.savepoint);
6. store results and mappings (never the arguments) and write the clock once, in one statement
   (its NOTIFY goes out at commit).

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
from sqlalchemy import Connection, Table, select, text
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.exc import DataError, DBAPIError, IntegrityError, OperationalError

from kronos_core.ids import derived_id
from kronos_core.instants import utcnow
from kronos_core.mutations import Actor, ApplyContext, MutationError, run
from kronos_core.mutations.appointments import find_clashes
from kronos_core.mutations.base import RowCache
from kronos_core.mutations.conflicts import outcome as conflict_outcome
from kronos_core.roles import Role
from kronos_core.schema import appointment, staff, sync_conflict
from kronos_core.storable import escape_text, escape_unstorable, find_unstorable
from kronos_core.sync_messages import PushMutation, PushRequest, PushResponse, PushResult, Status
from kronos_server import metrics
from kronos_server.auth.deps import Principal, principal_in
from kronos_server.auth.roles import lower_role
from kronos_server.auth.takeover import revoke_departed, take_over_replica
from kronos_server.auth.tokens import AccessClaims
from kronos_server.clock import lock_clock_epoch, metric_name, write_clock, write_clock_statement
from kronos_server.db import Database
from kronos_server.sync.driver import DeferredInsertFailed, DeferredInserts, ServerApplyContext
from kronos_server.tables import replica

log = logging.getLogger("kronos_server.sync.push")

DETAIL_MAX = 2000
NAME_MAX = 64  # sync_conflict.mutation_name
ARGS_TEXT_MAX = 100_000


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
    """What the push writes besides the mutations' own rows: results and mappings, column by
    column (the parameters of the push's last statement, ``_FINISH``)."""

    r_uuid: list[uuid.UUID] = field(default_factory=list)
    r_status: list[str] = field(default_factory=list)
    r_version: list[int] = field(default_factory=list)
    r_conflict: list[uuid.UUID | None] = field(default_factory=list)
    s_seq: list[int] = field(default_factory=list)
    s_uuid: list[uuid.UUID] = field(default_factory=list)
    s_version: list[int] = field(default_factory=list)

    def add_result(self, mutation_uuid: uuid.UUID, status: str, version: int, conflict_id: uuid.UUID | None) -> None:
        self.r_uuid.append(mutation_uuid)
        self.r_status.append(status)
        self.r_version.append(version)
        self.r_conflict.append(conflict_id)

    def add_seq(self, seq: int, mutation_uuid: uuid.UUID, version: int) -> None:
        self.s_seq.append(seq)
        self.s_uuid.append(mutation_uuid)
        self.s_version.append(version)

    def params(self) -> dict[str, list[Any]]:
        return dict(vars(self))


# -- the device -------------------------------------------------------------------------------
def register_device(
    conn: Connection, principal: Principal, device_id: uuid.UUID, now: dt.datetime, owner: uuid.UUID | None
) -> None:
    """Make ``device_id`` a replica of the token's desk, or check that it is one; ``owner`` is
    the desk it belongs to as looked up in this transaction (None: none visible)."""
    if owner is not None:
        # A replica of a retired desk (revoked, or its enroller left) is taken over by the
        # studio's desk signed in on that file now: it keeps its sequence numbers.
        if owner != principal.desk_id and not take_over_replica(conn, device_id, owner, principal.desk_id):
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
    """The Actor of one pushed mutation: authorised on the token's principal (its staff member
    and role), recorded as made by ``author`` when the server accepted them (``member``). An
    active member narrows the role to theirs (a PIN never widens what the desk may do); a member
    deactivated since does not narrow it to nothing: their change runs under the desk's role,
    and :func:`review_departed_author` leaves it for review."""
    role = principal.role
    if member is None or author is None:
        author = principal.staff_id
    elif member.active:
        role = lower_role(principal.role, member.role)
    return Actor(
        studio_id=principal.studio_id,
        role=role,
        staff_id=author,
        device_id=device_id,
        desk_staff_id=principal.staff_id,
        desk_role=principal.role,
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
    conn: Connection,
    actor: Actor,
    m: PushMutation,
    version: int,
    now: dt.datetime,
    *,
    savepoints: bool = True,
    rows: RowCache | None = None,
    deferred: DeferredInserts | None = None,
) -> tuple[Status, uuid.UUID | None]:
    """Run one pushed mutation at ``version`` in a savepoint; a refusal becomes a ``rejected``
    conflict row under the same version. Transient database failures propagate. ``rows``: the
    batch's rows read and written so far (RowCache), cleared when a mutation is rolled back.

    Without ``savepoints`` (the fast path: two round trips fewer per mutation, and no
    subtransaction at all) any failure raises :class:`NeedsSavepoints` instead; its inserts may
    wait in ``deferred`` (kronos_server/sync/driver.py)."""
    ctx = ServerApplyContext(conn, actor, m.uuid, m.name, now, version=version, rows=rows, deferred=deferred)
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


# -- the push --------------------------------------------------------------------------------
# Everything the push needs to know before applying, after the clock lock, in one round trip:
# the device's desk, its highest mapped sequence number, the batch's mapped numbers and the
# batch's UUIDs already known to the studio.
_LOOKUP = text(
    "SELECT 'owner' AS kind, CAST(NULL AS bigint) AS seq, desk_id AS uuid, CAST(NULL AS bigint) AS version, "
    "CAST(NULL AS text) AS status, CAST(NULL AS uuid) AS conflict_id FROM replica WHERE id = :device "
    "UNION ALL SELECT 'last', max(seq), NULL, NULL, NULL, NULL FROM device_seq WHERE device_id = :device "
    "UNION ALL SELECT 'seq', seq, uuid, version, NULL, NULL FROM device_seq "
    "WHERE device_id = :device AND seq = ANY(CAST(:seqs AS bigint[])) "
    "UNION ALL SELECT 'uuid', NULL, uuid, version, status, conflict_id FROM mutation_result "
    "WHERE studio_id = :sid AND uuid = ANY(CAST(:uuids AS uuid[]))"
)


@dataclass
class _Known:
    """What the lookup found: the device's desk, the highest sequence number mapped for it, the
    batch's mapped numbers (seq -> (uuid, version)) and its UUIDs' stored results."""

    owner: uuid.UUID | None = None
    last_seq: int = 0
    mapped: dict[int, tuple[uuid.UUID, int]] = field(default_factory=dict)
    results: dict[uuid.UUID, Stored] = field(default_factory=dict)


def _lookup(conn: Connection, studio_id: uuid.UUID, device_id: uuid.UUID, mutations: Sequence[PushMutation]) -> _Known:
    params = {
        "device": device_id,
        "sid": studio_id,
        "seqs": sorted({m.id for m in mutations}),
        "uuids": list({m.uuid for m in mutations}),
    }
    known = _Known()
    for kind, seq, row_uuid, version, status, conflict_id in conn.execute(_LOOKUP, params):
        if kind == "owner":
            known.owner = row_uuid
        elif kind == "last":
            known.last_seq = int(seq or 0)
        elif kind == "seq":
            known.mapped[int(seq)] = (row_uuid, int(version))
        else:
            known.results[row_uuid] = Stored(status, int(version), conflict_id)
    return known


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


# The end of a push, one round trip: the results and mappings (one multi-row insert each) and
# the clock with its notice.
_FINISH = write_clock_statement(
    results="INSERT INTO mutation_result (studio_id, uuid, status, version, conflict_id, applied_at) "
    "SELECT :sid, r.uuid, r.status, r.version, r.conflict_id, :now FROM unnest("
    "CAST(:r_uuid AS uuid[]), CAST(:r_status AS text[]), CAST(:r_version AS bigint[]), CAST(:r_conflict AS uuid[])"
    ") AS r(uuid, status, version, conflict_id)",
    seqs="INSERT INTO device_seq (device_id, seq, uuid, studio_id, version) "
    "SELECT :device, s.seq, s.uuid, :sid, s.version FROM unnest("
    "CAST(:s_seq AS bigint[]), CAST(:s_uuid AS uuid[]), CAST(:s_version AS bigint[])"
    ") AS s(seq, uuid, version)",
)


@dataclass(frozen=True)
class Pushed:
    response: PushResponse
    outcomes: list[tuple[str, str]]  # (mutation name, outcome) for the metrics, once committed

    def record_metrics(self) -> None:
        for name, outcome in self.outcomes:
            metrics.record_mutation(metric_name(name), outcome)


def push(
    conn: Connection, principal: Principal, request: PushRequest, *, now: dt.datetime, savepoints: bool = True
) -> Pushed:
    """Apply a push in the caller's tenant transaction (see the module's docstring).

    Without ``savepoints``, a mutation that fails raises :class:`NeedsSavepoints`: the caller
    rolls back and pushes again with them (:func:`push_in_transaction` does)."""
    studio_id, device_id = principal.studio_id, request.device_id
    start, epoch = lock_clock_epoch(conn, studio_id)
    mutations = request.mutations
    looked_up = _lookup(conn, studio_id, device_id, mutations)
    register_device(conn, principal, device_id, now, looked_up.owner)
    mapped, known, upto = looked_up.mapped, looked_up.results, looked_up.last_seq
    check_sequences(request, mapped)
    accepted = attributable_staff(conn, principal, (m.staff_id for m in mutations if m.staff_id is not None))

    version = start
    rows = RowCache()  # shared by the batch's mutations: each row read once
    deferred = None if savepoints else DeferredInserts(conn)  # the fast path's inserts, sent together
    batch = _Batch()
    results: list[PushResult] = []
    outcomes: list[tuple[str, str]] = []

    def map_seq(m: PushMutation, at: int) -> None:
        mapped[m.id] = (m.uuid, at)
        batch.add_seq(m.id, m.uuid, at)

    def answer_stored(m: PushMutation, stored: Stored) -> None:
        answer = PushResult(
            id=m.id, uuid=m.uuid, status=stored.status, version=stored.version, conflict_id=stored.conflict_id
        )
        results.append(answer)
        outcomes.append((m.name, "duplicate"))

    try:
        for m in mutations:
            stored = known.get(m.uuid)
            if m.id in mapped:  # already mapped to this UUID (another UUID was a 409 above): a replay
                if stored is not None:
                    answer_stored(m, stored)
                continue
            if m.id != upto + 1:
                # A gap stops the batch, before anything else: a known UUID too, or last_mutation_id
                # would move over a number never applied nor answered (and the desk drop it).
                break
            if stored is not None:  # exactly once: answer the stored result, record the mapping
                map_seq(m, stored.version)
                upto = m.id
                answer_stored(m, stored)
                continue
            version += 1
            member = accepted.get(m.staff_id) if m.staff_id is not None else None
            actor = actor_for(principal, device_id, m.staff_id, member)
            status, conflict_id = apply_pushed(
                conn, actor, m, version, now, savepoints=savepoints, rows=rows, deferred=deferred
            )
            if status != "rejected" and member is not None and not member.active:
                departed = review_departed_author(conn, actor, m, version, now, rows, deferred)
                conflict_id = conflict_id or departed
            if status == "applied":
                revoke_departed(conn, m.name, m.args, now, revoked_by=actor.staff_id)  # their desks stop
            known[m.uuid] = Stored(status, version, conflict_id)
            batch.add_result(m.uuid, status, version, conflict_id)
            map_seq(m, version)
            upto = m.id
            results.append(PushResult(id=m.id, uuid=m.uuid, status=status, version=version, conflict_id=conflict_id))
            outcomes.append((m.name, status))

        if deferred is not None:
            deferred.flush()
        if batch.r_uuid or batch.s_seq or version != start:
            write_clock(conn, studio_id, version, statement=_FINISH, now=now, device=device_id, **batch.params())
    except DeferredInsertFailed as exc:  # the fast path only: run the batch again with savepoints
        raise NeedsSavepoints(str(exc)) from exc
    finally:
        if deferred is not None:
            deferred.close()
    return Pushed(PushResponse(epoch=epoch, last_mutation_id=upto, results=results), outcomes)


def push_in_transaction(db: Database, claims: AccessClaims, request: PushRequest) -> PushResponse:
    """The push in its own tenant transaction, the caller checked against the database in it
    first: without savepoints (the usual case: every mutation applies), then, if one failed,
    again from the start with one per mutation."""
    now = utcnow()
    try:
        with db.tenant(claims.studio_id) as conn:
            pushed = push(conn, principal_in(conn, claims), request, now=now, savepoints=False)
    except NeedsSavepoints:
        with db.tenant(claims.studio_id) as conn:
            pushed = push(conn, principal_in(conn, claims), request, now=now, savepoints=True)
    pushed.record_metrics()
    return pushed.response
