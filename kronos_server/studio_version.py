"""The studio's version counter: every write of synced rows on the server is a mutation with a version.

Versions are handed out per studio in commit order (DESIGN.md, "Sync protocol / Server side").
A transaction that writes synced rows first locks its studio's clock row::

    UPDATE studio_clock SET version = version WHERE studio_id = :sid RETURNING version

(at READ COMMITTED: a second writer of the same studio waits here until the first commits, then
reads the committed version), numbers its mutations from there, runs each in a SAVEPOINT, and
writes the clock once at the end. Writers of different studios never wait for each other.

Studio creation: ``studio_clock.studio_id`` references ``studio.id`` with a DEFERRABLE INITIALLY
DEFERRED foreign key, so :func:`create_studio` inserts the clock row first (version 0; nobody
else can see it), then runs ``studio.setup`` under it like any other mutation; the foreign key
is checked at commit, when the studio row exists.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, TextClause, text
from sqlalchemy.exc import DataError, IntegrityError

from kronos_core.ids import uuid7
from kronos_core.instants import require_aware, utcnow
from kronos_core.mutations import REGISTRY, Actor, ApplyContext, MutationArgs, MutationError, run
from kronos_core.mutations.studio import StudioSetup
from kronos_core.roles import Role
from kronos_server import metrics
from kronos_server.db import Database, current_studio

# PostgreSQL's subtransaction cache holds 64 per backend; beyond it every transaction slows down.
MAX_SAVEPOINTS = 50

_LOCK_CLOCK = text(
    "UPDATE studio_clock SET version = version WHERE studio_id = :sid "
    "RETURNING version, epoch, nullif(current_setting('kronos.studio_id', true), '') AS scoped_to"
)
# Moves the clock and queues a notice for the desks' event streams (kronos_server.sync.events):
# NOTIFY is transactional, so listeners hear it when (and only if) the transaction commits.
VERSION_CHANNEL = "kronos_version"
_MOVE_CLOCK = (
    "moved AS (UPDATE studio_clock SET version = :v WHERE studio_id = :sid AND version < :v "
    "RETURNING studio_id, version)"
)
_NOTIFY_MOVED = f"SELECT pg_notify('{VERSION_CHANNEL}', studio_id::text || ':' || version::text) FROM moved"


def write_version_statement(**writes: str) -> TextClause:
    """The clock write (parameters ``:sid``, ``:v``) with other writes of the transaction's end
    as data-modifying CTEs (``name=SQL``, with their own parameters): one round trip. All of
    them run, whatever the clock does."""
    ctes = ", ".join([*(f"{name} AS ({sql})" for name, sql in writes.items()), _MOVE_CLOCK])
    return text(f"WITH {ctes} {_NOTIFY_MOVED}")


_WRITE_CLOCK = write_version_statement()


class VersionNotFound(LookupError):
    """No clock row visible for the studio: an unknown studio, or a transaction scoped elsewhere."""


class ConstraintViolation(MutationError):
    """The database refused what a mutation wrote: a constraint (unique, foreign key, check,
    exclusion) or a value it cannot store (a NUL character, too long, out of range)."""

    code = "constraint_violation"

    def __init__(self, message: str, *, sqlstate: str | None = None, constraint: str | None = None) -> None:
        super().__init__(message)
        self.sqlstate = sqlstate
        self.constraint = constraint


@dataclass(frozen=True)
class AppliedResult:
    """A mutation the server applied: its version, and which rows of which tables it wrote."""

    version: int
    changed: Mapping[str, frozenset[uuid.UUID]]
    mutation_uuid: uuid.UUID = field(default_factory=uuid7)
    args: MutationArgs | None = None


@dataclass(frozen=True)
class BatchItem:
    """One mutation of a batch. ``mutation_uuid`` is the desk's (a fresh UUIDv7 for server changes)."""

    name: str
    args: Mapping[str, Any] | MutationArgs
    mutation_uuid: uuid.UUID = field(default_factory=uuid7)


@dataclass(frozen=True)
class BatchOutcome:
    """What became of one item: ``result`` when applied, else the ``error`` that refused it."""

    item: BatchItem
    result: AppliedResult | None = None
    error: MutationError | None = None

    @property
    def applied(self) -> bool:
        return self.result is not None


def lock_version(conn: Connection, studio_id: uuid.UUID) -> int:
    """Lock the studio's clock row for the rest of the transaction; returns its current version.

    Must be the first write of the transaction (see the module's docstring)."""
    return lock_version_epoch(conn, studio_id)[0]


def lock_version_epoch(conn: Connection, studio_id: uuid.UUID) -> tuple[int, uuid.UUID]:
    """:func:`lock_version`, also reading the epoch (the same statement): (version, epoch)."""
    row = conn.execute(_LOCK_CLOCK, {"sid": studio_id}).first()
    if row is None:
        scoped = current_studio(conn)
        if scoped != studio_id:
            raise VersionNotFound(f"this transaction is scoped to studio {scoped}, not {studio_id}")
        raise VersionNotFound(f"studio {studio_id} has no clock (no such studio)")
    if row.scoped_to != str(studio_id):
        raise VersionNotFound(f"this transaction is scoped to studio {row.scoped_to}, not {studio_id}")
    return int(row.version), row.epoch


def write_version(
    conn: Connection, studio_id: uuid.UUID, version: int, *, statement: TextClause = _WRITE_CLOCK, **params: Any
) -> None:
    """Move the (locked) clock forward to ``version``; a ``kronos_version`` notice
    (``<studio_id>:<version>``) goes out when the transaction commits. ``statement`` (from
    :func:`write_version_statement`) also runs other writes, with ``params``."""
    conn.execute(statement, {**params, "sid": studio_id, "v": version})


def read_version(conn: Connection, studio_id: uuid.UUID) -> tuple[uuid.UUID, int]:
    """The studio's (epoch, version), without locking."""
    row = conn.execute(
        text("SELECT epoch, version FROM studio_clock WHERE studio_id = :sid"), {"sid": studio_id}
    ).first()
    if row is None:
        raise VersionNotFound(f"studio {studio_id} has no clock (or the transaction is scoped elsewhere)")
    return row.epoch, int(row.version)


def metric_name(name: str) -> str:
    """A mutation's name as a metric label: only registered names (the label set stays bounded)."""
    return name if name in REGISTRY else "<unknown>"


def _apply_one(conn: Connection, actor: Actor, item: BatchItem, *, version: int, now: dt.datetime) -> AppliedResult:
    """Run one mutation in a savepoint at ``version``; the savepoint is rolled back if it fails."""
    ctx = ApplyContext(conn, actor, item.mutation_uuid, item.name, now, version=version)
    try:
        with conn.begin_nested():
            parsed = run(ctx, item.args)
    except (IntegrityError, DataError) as exc:
        diag = getattr(exc.orig, "diag", None)
        constraint = getattr(diag, "constraint_name", None)
        sqlstate = getattr(exc.orig, "sqlstate", None)
        raise ConstraintViolation(
            f"{item.name}: the database refused the change ({constraint or sqlstate or 'constraint'})",
            sqlstate=sqlstate,
            constraint=constraint,
        ) from exc
    return AppliedResult(
        version=version,
        changed={table: frozenset(ids) for table, ids in ctx.changed.items()},
        mutation_uuid=item.mutation_uuid,
        args=parsed,
    )


def apply_batch(
    conn: Connection, actor: Actor, items: Sequence[BatchItem], *, now: dt.datetime | None = None
) -> list[BatchOutcome]:
    """Apply ``items`` in order under the studio's clock, in the caller's tenant transaction.

    Each applied mutation takes the next version (consecutive, no gaps); a refused one
    (:class:`MutationError`, constraint violations included) is rolled back to its savepoint,
    takes no version and is reported in its outcome. The clock is written once, at the end.
    At most :data:`MAX_SAVEPOINTS` items per transaction.
    """
    if len(items) > MAX_SAVEPOINTS:
        raise ValueError(f"at most {MAX_SAVEPOINTS} mutations per transaction, got {len(items)}")
    stamp = require_aware(now) if now is not None else utcnow()
    start = lock_version(conn, actor.studio_id)
    version = start
    outcomes: list[BatchOutcome] = []
    for item in items:
        try:
            result = _apply_one(conn, actor, item, version=version + 1, now=stamp)
        except MutationError as exc:
            metrics.record_mutation(metric_name(item.name), exc.code)
            outcomes.append(BatchOutcome(item, error=exc))
            continue
        version += 1
        metrics.record_mutation(metric_name(item.name), "applied")
        outcomes.append(BatchOutcome(item, result=result))
    if version != start:
        write_version(conn, actor.studio_id, version)
    return outcomes


def apply_mutation(
    conn: Connection,
    actor: Actor,
    name: str,
    args: Mapping[str, Any] | MutationArgs,
    *,
    now: dt.datetime | None = None,
    mutation_uuid: uuid.UUID | None = None,
) -> AppliedResult:
    """Apply one mutation under the studio's clock (the server's own changes: CLI, staff pages).

    Raises the :class:`MutationError` that refused it (the savepoint is rolled back and the
    transaction stays usable; the clock does not move).
    """
    item = BatchItem(name, args, mutation_uuid or uuid7())
    (outcome,) = apply_batch(conn, actor, [item], now=now)
    if outcome.error is not None:
        raise outcome.error
    assert outcome.result is not None
    return outcome.result


def insert_version_row(conn: Connection, studio_id: uuid.UUID, *, epoch: uuid.UUID | None = None) -> uuid.UUID:
    """The clock row of a new studio (version 0); returns its epoch."""
    epoch = epoch or uuid.uuid4()
    conn.execute(
        text("INSERT INTO studio_clock (studio_id, version, epoch) VALUES (:sid, 0, :epoch)"),
        {"sid": studio_id, "epoch": epoch},
    )
    return epoch


@dataclass(frozen=True)
class CreatedStudio:
    studio_id: uuid.UUID
    owner_staff_id: uuid.UUID
    epoch: uuid.UUID
    version: int


def create_studio(
    db: Database,
    *,
    name: str,
    owner_name: str,
    owner_user_id: uuid.UUID | None = None,
    studio_id: uuid.UUID | None = None,
    owner_staff_id: uuid.UUID | None = None,
    timezone: str = "America/Sao_Paulo",
    currency: str = "BRL",
    locale: str = "pt_BR",
    now: dt.datetime | None = None,
    conn: Connection | None = None,
) -> CreatedStudio:
    """Create a studio and its owner (``studio.setup``, version 1), linking the owner to a user.

    Runs in its own tenant transaction, or in ``conn`` when given (already scoped to ``studio_id``).
    """
    studio_id = studio_id or uuid7()
    owner_staff_id = owner_staff_id or uuid7()
    args = StudioSetup.model_validate(
        {
            "studio_id": studio_id,
            "name": name,
            "timezone": timezone,
            "currency": currency,
            "locale": locale,
            "owner_staff_id": owner_staff_id,
            "owner_name": owner_name,
        }
    )
    actor = Actor(studio_id=studio_id, role=Role.OWNER, staff_id=owner_staff_id)

    def _create(tx: Connection) -> CreatedStudio:
        epoch = insert_version_row(tx, studio_id)
        result = apply_mutation(tx, actor, "studio.setup", args, now=now)
        if owner_user_id is not None:
            # The owner's login: part of the same version (the row was written by this mutation).
            tx.execute(
                text("UPDATE staff SET user_id = :uid WHERE id = :id AND studio_id = :sid"),
                {"uid": owner_user_id, "id": owner_staff_id, "sid": studio_id},
            )
        return CreatedStudio(studio_id, owner_staff_id, epoch, result.version)

    if conn is not None:
        return _create(conn)
    with db.tenant(studio_id) as tx:
        return _create(tx)
