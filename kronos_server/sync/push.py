"""``POST /v1/sync/push``: a desk's mutations applied under the studio's clock, exactly once.

One READ COMMITTED transaction (the caller's tenant transaction) per request:

1. lock the studio's clock (the first write: concurrent pushes of a studio wait here, so
   versions are handed out in commit order), and read the epoch;
2. look up, *after* the lock and in one statement, the device's desk, its mapped sequence
   numbers and the batch's known UUIDs;
3. register the device id as a replica of the token's desk (one of another desk or studio: 409),
   with its receipt prefix (:func:`give_prefix`: the one it claims if free, else the studio's
   next; answered as ``sale_prefix``);
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

One mutation is applied by kronos_server/sync/apply.py; who it is by and what it may do is
kronos_server/sync/attribution.py; its inserts and reads run on the driver (sync/driver.py).

A transient database failure (serialization, deadlock, lost connection) propagates: the
transaction rolls back and the app answers 503; the desk sends the same batch again.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, bindparam, select, text
from sqlalchemy.dialects.postgresql import insert as pg_insert

from kronos_core import sale_prefixes
from kronos_core.instants import utcnow
from kronos_core.mutations.base import RowCache
from kronos_core.sync_messages import PushMutation, PushRequest, PushResponse, PushResult, Status
from kronos_server import metrics
from kronos_server.auth.deps import Principal, principal_in
from kronos_server.auth.takeover import revoke_departed, take_over_replica
from kronos_server.auth.tokens import AccessClaims
from kronos_server.db import Database
from kronos_server.studio_version import lock_version_epoch, metric_name, write_version, write_version_statement
from kronos_server.sync.apply import NeedsSavepoints, apply_pushed
from kronos_server.sync.attribution import actor_for, attributable_staff, review_departed_author
from kronos_server.sync.clash_index import ClashIndex
from kronos_server.sync.driver import DeferredInsertFailed, DeferredInserts
from kronos_server.tables import replica


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
    conn: Connection,
    principal: Principal,
    device_id: uuid.UUID,
    now: dt.datetime,
    owner: uuid.UUID | None,
    *,
    prefix: str | None = None,
    claimed: str | None = None,
) -> str:
    """Make ``device_id`` a replica of the token's desk, or check that it is one; ``owner`` is
    the desk it belongs to as looked up in this transaction (None: none visible), ``prefix`` its
    receipt prefix. Answers the replica's prefix, given now if it has none (``claimed``: the
    one the file already prints with). The caller holds the studio's clock lock (prefixes are
    handed out one registration at a time)."""
    if owner is not None:
        # A replica of a retired desk (revoked, or its enroller left) is taken over by the
        # studio's desk signed in on that file now: it keeps its sequence numbers (and prefix).
        if owner != principal.desk_id and not take_over_replica(conn, device_id, owner, principal.desk_id):
            raise DeviceTaken(f"device {device_id} belongs to another desk")
        return prefix or give_prefix(conn, principal.studio_id, device_id, claimed)
    stmt = (
        pg_insert(replica)
        .values(id=device_id, studio_id=principal.studio_id, desk_id=principal.desk_id, created_at=now)
        .on_conflict_do_nothing(index_elements=["id"])
        .returning(replica.c.id)
    )
    if conn.execute(stmt).first() is None:  # it exists, invisible here: another studio's
        raise DeviceTaken(f"device {device_id} belongs to another desk")
    return give_prefix(conn, principal.studio_id, device_id, claimed)


def give_prefix(conn: Connection, studio_id: uuid.UUID, device_id: uuid.UUID, claimed: str | None) -> str:
    """Give the replica ``device_id`` its receipt prefix: ``claimed`` when no replica of the
    studio holds it, else the first of B, C, … none holds (kronos_core/sale_prefixes.py)."""
    taken = conn.execute(
        select(replica.c.sale_prefix).where(replica.c.studio_id == studio_id, replica.c.sale_prefix.is_not(None))
    ).scalars()
    prefix = sale_prefixes.next_free(taken, claimed)
    conn.execute(replica.update().where(replica.c.id == device_id).values(sale_prefix=prefix))
    return prefix


def device_owner(conn: Connection, device_id: uuid.UUID) -> uuid.UUID | None:
    """The desk the device id is a replica of (None: unknown in this studio)."""
    return device_of(conn, device_id)[0]


def device_of(conn: Connection, device_id: uuid.UUID) -> tuple[uuid.UUID | None, str | None]:
    """The desk the device id is a replica of and its receipt prefix (None: unknown, none yet)."""
    row = conn.execute(_DEVICE_OWNER, {"device": device_id}).first()
    return (None, None) if row is None else (row.desk_id, row.sale_prefix)


def register_at_pull(conn: Connection, principal: Principal, device_id: uuid.UUID, now: dt.datetime) -> str:
    """A pull of a device id the studio has no prefix for (a new desk's first download, a
    replica registered before prefixes): registered now, under the clock lock, so the desk knows
    its receipt prefix before it closes a ticket. Answers the prefix."""
    lock_version_epoch(conn, principal.studio_id)
    owner, prefix = device_of(conn, device_id)
    return register_device(conn, principal, device_id, now, owner, prefix=prefix)


def register_at_sign_in(
    conn: Connection, principal: Principal, device_id: uuid.UUID, now: dt.datetime, claimed: str | None
) -> str | None:
    """A sign-in (an enrolment) on the database file whose replica id is ``device_id``: the
    replica is registered now with the new desk (or, already the desk's after a takeover, keeps
    its prefix), so the desk stores its receipt prefix before it prints (issue 15). ``claimed``:
    the letters the file already prints with. None when the replica is another desk's, still in
    use (a copied file: its push is answered 409 and it takes a new device id); raises
    :class:`DeviceTaken` for another studio's."""
    lock_version_epoch(conn, principal.studio_id)
    owner, prefix = device_of(conn, device_id)
    if owner is not None and owner != principal.desk_id:
        return None
    return register_device(conn, principal, device_id, now, owner, prefix=prefix, claimed=claimed)


_DEVICE_OWNER = select(replica.c.desk_id, replica.c.sale_prefix).where(replica.c.id == bindparam("device"))


# -- the push --------------------------------------------------------------------------------
# Everything the push needs to know before applying, after the clock lock, in one round trip:
# the device's desk, its highest mapped sequence number, the batch's mapped numbers and the
# batch's UUIDs already known to the studio.
# (The owner's row carries the replica's receipt prefix in its ``status`` column.)
_LOOKUP = text(
    "SELECT 'owner' AS kind, CAST(NULL AS bigint) AS seq, desk_id AS uuid, CAST(NULL AS bigint) AS version, "
    "CAST(sale_prefix AS text) AS status, CAST(NULL AS uuid) AS conflict_id FROM replica WHERE id = :device "
    "UNION ALL SELECT 'last', max(seq), NULL, NULL, NULL, NULL FROM device_seq WHERE device_id = :device "
    "UNION ALL SELECT 'seq', seq, uuid, version, NULL, NULL FROM device_seq "
    "WHERE device_id = :device AND seq = ANY(CAST(:seqs AS bigint[])) "
    "UNION ALL SELECT 'uuid', NULL, uuid, version, status, conflict_id FROM mutation_result "
    "WHERE studio_id = :sid AND uuid = ANY(CAST(:uuids AS uuid[]))"
)


@dataclass
class _Known:
    """What the lookup found: the device's desk and receipt prefix, the highest sequence number
    mapped for it, the batch's mapped numbers (seq -> (uuid, version)) and its UUIDs' stored results."""

    owner: uuid.UUID | None = None
    prefix: str | None = None
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
            known.owner, known.prefix = row_uuid, status
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
_FINISH = write_version_statement(
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
    start, epoch = lock_version_epoch(conn, studio_id)
    mutations = request.mutations
    looked_up = _lookup(conn, studio_id, device_id, mutations)
    sale_prefix = register_device(
        conn, principal, device_id, now, looked_up.owner, prefix=looked_up.prefix, claimed=request.sale_prefix
    )
    mapped, known, upto = looked_up.mapped, looked_up.results, looked_up.last_seq
    check_sequences(request, mapped)
    accepted = attributable_staff(conn, principal, (m.staff_id for m in mutations if m.staff_id is not None))

    version = start
    rows = RowCache()  # shared by the batch's mutations: each row read once
    deferred = None if savepoints else DeferredInserts(conn)  # the fast path's inserts, sent together
    clashes = None if savepoints else ClashIndex.read(conn, studio_id, mutations)  # its clash checks, read once
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
                conn, actor, m, version, now, savepoints=savepoints, rows=rows, deferred=deferred, clashes=clashes
            )
            if status != "rejected" and member is not None and not member.active:
                departed = review_departed_author(conn, actor, m, version, now, rows, deferred)
                conflict_id = conflict_id or departed
            if status != "rejected":  # a conflict too: a staff.update applied in part
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
            write_version(conn, studio_id, version, statement=_FINISH, now=now, device=device_id, **batch.params())
    except DeferredInsertFailed as exc:  # the fast path only: run the batch again with savepoints
        raise NeedsSavepoints(str(exc)) from exc
    finally:
        if deferred is not None:
            deferred.close()
    return Pushed(PushResponse(epoch=epoch, last_mutation_id=upto, results=results, sale_prefix=sale_prefix), outcomes)


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
