"""The desk's local store: one SQLite file holding the studio's rows, the outbox and the
replica's sync state.

Every change is a mutation of kronos_core applied in the same ``BEGIN IMMEDIATE``
transaction that appends it to the outbox, with the replica's next sequence number and what
each touched row was before (to take it back when the sync rebases). Both are written, or
neither.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from uuid import UUID

from sqlalchemy import Connection, Engine, func, select

from kronos_core.ids import uuid7
from kronos_core.instants import utcnow
from kronos_core.mutations import load_all as load_mutations  # before any: all at once, one thread at a time
from kronos_core.mutations.attribution import attributed_actor
from kronos_core.roles import Role
from kronos_desktop.store import desk_identity, migrate
from kronos_desktop.store.attribution import member_now
from kronos_desktop.store.engine import DriverStatement, create_read_engine, create_sqlite_engine
from kronos_desktop.store.local_schema import outbox, replica
from kronos_desktop.store.paths import DB_FILENAME, prepare_data_dir

if TYPE_CHECKING:
    from kronos_core.mutations.base import ApplyContext, MutationArgs

log = logging.getLogger(__name__)

_READ_REPLICA = select(replica).where(replica.c.id == 1)
# Every local change runs these two (bench: sync.local_write_us): compiled once, run on the
# driver's connection. The first takes the next sequence number and reads what the mutation
# needs, in one statement.
_NEXT_SEQ = desk_identity.NEXT_SEQ
_OUTBOX_KEYS = ("seq", "uuid", "name", "args", "undo", "staff_id", "created_at", "status", "device_id")
# ``args`` comes serialised by pydantic (its JSON mode: what the push sends).
_APPEND_OUTBOX = DriverStatement(outbox.insert(), _OUTBOX_KEYS, raw=("args",))


@dataclass(frozen=True)
class DeskIdentity:
    studio_id: UUID
    device_id: UUID
    desk_role: Role
    staff_id: UUID | None
    last_seq: int
    server_url: str | None
    clock_offset_us: int


@dataclass
class Applied:
    """What one mutation did on the desk."""

    uuid: UUID
    seq: int
    name: str
    args: MutationArgs
    changed: dict[str, set[UUID]] = field(default_factory=dict)


class LocalStore:
    """The open database file of a desk. Writes go through :meth:`apply` on the writer thread."""

    def __init__(self, engine: Engine, path: Path) -> None:
        self.engine = engine  # writes (BEGIN IMMEDIATE): the writer thread only
        self.read_engine = create_read_engine(path)  # reads from any thread, never waiting
        self.path = path
        self._member: UUID | None = None

    # -- opening ---------------------------------------------------------------------------
    @classmethod
    def open(cls, data_dir: Path, *, script_location: Path | None = None) -> LocalStore:
        """Open (creating if needed) the database in ``data_dir`` and migrate it.

        Raises a StoreError subclass with a message for people on any problem; a file that is
        not SQLite, is damaged, or is from a newer version is never written to.
        """
        prepare_data_dir(data_dir)
        path = data_dir / DB_FILENAME
        migrate.check_file(path, script_location=script_location)
        new_file = not path.exists()
        engine = create_sqlite_engine(path)
        try:
            migrate.upgrade(engine, path, script_location=script_location)
        except Exception:
            engine.dispose()
            raise
        if new_file and os.name == "posix":
            os.chmod(path, 0o600)
        return cls(engine, path)

    def close(self) -> None:
        self.engine.dispose()
        self.read_engine.dispose()

    # -- the replica -----------------------------------------------------------------------
    def identity(self, conn: Connection | None = None) -> DeskIdentity | None:
        if conn is None:
            with self.read_engine.connect() as c:
                return self.identity(c)
        row = conn.execute(_READ_REPLICA).mappings().first()
        if row is None:
            return None
        return DeskIdentity(
            studio_id=row["studio_id"],
            device_id=row["device_id"],
            desk_role=Role(row["desk_role"]),
            staff_id=row["staff_id"],
            last_seq=row["last_seq"],
            server_url=row["server_url"],
            clock_offset_us=row["clock_offset_us"],
        )

    def ensure_identity(self, studio_id: UUID | None = None, role: Role = Role.OWNER) -> DeskIdentity:
        """The replica's identity; a new standalone desk gets a fresh studio and device id."""
        with self.engine.begin() as conn:
            current = self.identity(conn)
            if current is not None:
                return current
            desk_identity.create(conn, studio_id=studio_id or uuid7(), device_id=uuid7(), role=role.value)
            state = self.identity(conn)
        assert state is not None
        return state

    @property
    def member(self) -> UUID | None:
        """The staff member identified at the desk by PIN (None: nobody, or the desk's own)."""
        return self._member

    def set_member(self, staff_id: UUID | None) -> None:
        """Who is at the desk now (the lock screen's PIN switch): :meth:`apply` records each
        change as theirs and authorises it under the desk's role narrowed to theirs
        (kronos_core.mutations.attribution). In memory: a desk starts with nobody identified."""
        self._member = staff_id

    def set_desk_staff(self, staff_id: UUID | None) -> None:
        with self.engine.begin() as conn:
            desk_identity.set_staff(conn, staff_id)

    def now(self) -> dt.datetime:
        """This PC's clock corrected by its offset to the last server time it saw."""
        state = self.identity()
        offset = state.clock_offset_us if state is not None else 0
        return utcnow() + dt.timedelta(microseconds=offset)

    # -- writing ---------------------------------------------------------------------------
    def apply(
        self,
        name: str,
        args: Mapping[str, Any] | MutationArgs,
        *,
        staff_id: UUID | None = None,
    ) -> Applied:
        """Apply a mutation and append it to the outbox, in one transaction.

        Raises kronos_core.mutations.MutationError (nothing written) if it cannot apply.
        """
        with self.engine.begin() as conn:
            return self._apply_in(conn, name, args, staff_id)

    def apply_many(
        self,
        build: Callable[[Connection], Sequence[tuple[str, Mapping[str, Any] | MutationArgs]]],
        *,
        staff_id: UUID | None = None,
    ) -> list[Applied]:
        """Apply several mutations in ONE transaction: ``build`` runs first inside it (it may read,
        and write the desk's own tables: take a receipt number, delete a draft) and returns the
        mutations, in order; each is applied and appended to the outbox as :meth:`apply` does
        (its own sequence number, uuid and undo records). All of it is written, or nothing: a
        mutation refused (kronos_core.mutations.MutationError) or anything ``build`` raises
        rolls the whole transaction back."""
        with self.engine.begin() as conn:
            return [self._apply_in(conn, name, args, staff_id) for name, args in build(conn)]

    def _apply_in(
        self, conn: Connection, name: str, args: Mapping[str, Any] | MutationArgs, staff_id: UUID | None
    ) -> Applied:
        """One mutation and its outbox entry, inside the caller's write transaction."""
        # The next sequence number first: if the mutation is refused, the rollback undoes it.
        state = _NEXT_SEQ.returning_one(conn)
        if state is None:
            raise RuntimeError("the desk has no replica identity yet (call ensure_identity first)")
        studio_id, device_id, desk_role, desk_staff_id, last_seq, clock_offset_us = state
        author = staff_id or self._member or desk_staff_id
        actor = attributed_actor(
            studio_id=studio_id,
            device_id=device_id,
            principal_staff_id=desk_staff_id,
            principal_role=Role(desk_role),
            author=author,
            member=member_now(conn, author),
        )
        mutation_uuid = uuid7()
        now = utcnow() + dt.timedelta(microseconds=clock_offset_us)
        # The mutations load on the first change, not with the store (kronos_core/mutations).
        load_mutations()
        from kronos_core.mutations.base import run
        from kronos_desktop.store.desk_apply import DeskApplyContext

        ctx = DeskApplyContext(conn, actor, mutation_uuid, name, now)
        parsed = run(ctx, args)
        seq = int(last_seq)
        self._append_outbox(conn, ctx, parsed, seq)
        return Applied(mutation_uuid, seq, name, parsed, ctx.changed)

    def _append_outbox(self, conn: Connection, ctx: ApplyContext, args: MutationArgs, seq: int) -> None:
        _APPEND_OUTBOX.execute(
            conn,
            {
                "seq": seq,
                "uuid": ctx.mutation_uuid,
                "name": ctx.mutation_name,
                "args": args.model_dump_json(exclude_unset=True),
                "undo": [{"table": u.table, "id": str(u.id), "before": u.before} for u in ctx.undo],
                "staff_id": ctx.actor.staff_id,
                "created_at": ctx.now,
                "status": "pending",
                "device_id": ctx.actor.device_id,
            },
        )

    # -- reading ---------------------------------------------------------------------------
    def pending_count(self) -> int:
        with self.read_engine.connect() as conn:
            return int(conn.execute(select(func.count()).where(outbox.c.status == "pending")).scalar_one())
