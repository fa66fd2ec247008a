"""The demo's changes, applied through the mutations' ``apply`` as a person at a desk would.

Every row of the demo studio is written by a mutation (``kronos_core.mutations.run``: its
arguments parsed, the actor's role checked, its rules applied), so demo data can never break a
rule the app enforces. A demo studio never connects to a server: there is no outbox, and no
device. Ids (of rows and of mutations) are UUIDv7-shaped, the time of the change then random
bits drawn from the seed, so the same seed gives the same rows.

Batched: every mutation runs in the caller's one transaction, on one connection, sharing one
:class:`~kronos_core.mutations.base.RowCache` (a booking's artist and the studio's settings are
read once, the booking a status move follows is not read back); the cache is emptied between
days (:meth:`Applier.forget`), so a large studio's memory stays a day's rows.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Select, Table, bindparam
from sqlalchemy.engine.interfaces import Dialect

from kronos_core.demo.compiled import Compiled
from kronos_core.instants import require_aware
from kronos_core.mutations.base import (
    Actor,
    ApplyContext,
    MutationArgs,
    NotFound,
    RowCache,
    UndoRecord,
    insert_statement,
    run,
)
from kronos_core.roles import Role
from kronos_core.schema import SYNCED_TABLES, appointment


class IdMaker:
    """UUIDv7 ids whose random bits come from a seeded generator."""

    def __init__(self, seed: int, studio_id: uuid.UUID) -> None:
        self._rng = random.Random(f"kronos-demo-ids:{seed}:{studio_id}")

    def new(self, at: dt.datetime) -> uuid.UUID:
        ms = int(require_aware(at).timestamp() * 1000) & ((1 << 48) - 1)
        rand = self._rng.getrandbits(74)
        value = ms << 80 | 0x7 << 76 | (rand >> 62) << 64 | 0b10 << 62 | (rand & ((1 << 62) - 1))
        return uuid.UUID(int=value)


@dataclass(frozen=True)
class Act:
    """One change of the demo, as a desk would send it: the mutation's id, name and arguments,
    who made it (staff member and role), when, and the studio day of the agenda it belongs to
    (None: setting up the studio, its staff and its clients)."""

    mutation_uuid: uuid.UUID
    name: str
    args: MutationArgs
    staff_id: uuid.UUID
    role: Role
    at: dt.datetime
    day: dt.date | None


class DemoBrokeARule(RuntimeError):
    """A demo change that a desk would have turned into a conflict: a bug of the generator."""


# The tables whose new rows a later demo change of the same day reads (a booking's status moves,
# a sale's payments, the team a booking names): kept in the batch's cache as inserted. Others
# (clients: 100,000 in the large studio, read when booked; lines, payments, the audit trail) are
# not.
READ_AGAIN = frozenset({"studio", "staff", "station", "appointment", "sale"})


class _Statements:
    """The batch's statements compiled once for its SQLite connection (kronos_core/demo/compiled.py)."""

    def __init__(self, dialect: Dialect) -> None:
        self._dialect = dialect
        self._selects: dict[Select[Any], Compiled] = {}
        self._inserts: dict[tuple[str, tuple[str, ...]], Compiled] = {}
        self._updates: dict[tuple[str, tuple[str, ...]], Compiled] = {}

    def select(self, query: Select[Any]) -> Compiled:
        found = self._selects.get(query)
        if found is None:
            found = self._selects[query] = Compiled(query, self._dialect)
        return found

    def insert(self, table: Table, keys: tuple[str, ...]) -> Compiled:
        """The mutations' insert (``ON CONFLICT (id) DO NOTHING``), returning the row as stored
        when the batch reads it again (READ_AGAIN), else nothing (the row count says)."""
        found = self._inserts.get((table.name, keys))
        if found is None:
            returning = "row" if table.name in READ_AGAIN else "nothing"
            statement = insert_statement(table, self._dialect.name, returning)
            found = self._inserts[(table.name, keys)] = Compiled(statement, self._dialect, keys)
        return found

    def update(self, table: Table, keys: tuple[str, ...]) -> Compiled:
        found = self._updates.get((table.name, keys))
        if found is None:
            statement = (
                table.update()
                .where(table.c.id == bindparam("row_id"), table.c.studio_id == bindparam("studio_id"))
                .values({k: bindparam(f"v_{k}") for k in keys})
            )
            found = self._updates[(table.name, keys)] = Compiled(statement, self._dialect)
        return found


class _DemoContext(ApplyContext):
    """The batch's context. On SQLite its reads, inserts and a booking's updates run compiled
    once (``fast``); an update keeps the row it wrote in the batch's cache, so the next status
    move of the same booking is not read back (nothing else writes these rows meanwhile: no
    trigger or default changes a demo row on update)."""

    fast: _Statements | None = None

    def _note(self, table: Table, row_id: uuid.UUID, before: dict[str, Any] | None) -> None:
        """As ApplyContext's, without encoding the row's before-image: a demo change is never
        taken back (no outbox, no rebase); ``before`` is kept only as created (None) or not."""
        self.changed.setdefault(table.name, set()).add(row_id)
        key = (table.name, row_id)
        if key not in self._seen_for_undo:
            self._seen_for_undo.add(key)
            self.undo.append(UndoRecord(table.name, row_id, None if before is None else {}))

    def select_rows(self, query: Select[Any], params: Mapping[str, Any]) -> list[dict[str, Any]]:
        if self.fast is None:
            return super().select_rows(query, params)
        return self.fast.select(query).rows(self.tx, params)

    def _insert_row(self, table: Table, row: dict[str, Any]) -> bool:
        if self.fast is None or self.rows is None:
            return super()._insert_row(table, row)
        statement = self.fast.insert(table, tuple(row))
        if table.name not in READ_AGAIN:
            cursor = statement.execute(self.tx, row)
            cursor.close()
            return cursor.rowcount > 0
        written = statement.rows(self.tx, row)
        if written:
            self.rows.put(table, written[0])
        return bool(written)

    def update(self, table: Table, row_id: uuid.UUID, values: Mapping[str, Any]) -> dict[str, Any]:
        if self.fast is None or self.rows is None or table is not appointment:
            before = super().update(table, row_id, values)
        else:  # the framework's update (ApplyContext.update), its statement compiled once
            found = self.get(table, row_id, include_deleted=True)
            if found is None:
                raise NotFound(f"{table.name} {row_id} does not exist in this studio", params={"what": table.name})
            before = found
            self._note(table, row_id, before)
            written = {**values, **self._stamp()}
            params = {f"v_{k}": v for k, v in written.items()}
            params.update(row_id=row_id, studio_id=self.actor.studio_id)
            self.fast.update(table, tuple(written)).execute(self.tx, params).close()
        if self.rows is not None:
            self.rows.put(table, {**before, **values, **self._stamp()})
        return before


class Applier:
    """Runs the demo's mutations in ``conn``'s transaction, counting the rows each table gained.

    ``record``, if given, receives every :class:`Act` applied (a test replays them on a server);
    ``day`` is the agenda day the acts being applied belong to (None before the agenda)."""

    def __init__(
        self,
        conn: Connection,
        studio_id: uuid.UUID,
        ids: IdMaker,
        *,
        record: Callable[[Act], None] | None = None,
    ) -> None:
        self._conn = conn
        self._studio_id = studio_id
        self._ids = ids
        self._record = record
        self._rows = RowCache()
        self._fast = _Statements(conn.dialect) if conn.dialect.name == "sqlite" else None
        self.day: dt.date | None = None
        self.counts: dict[str, int] = {t.name: 0 for t in SYNCED_TABLES}

    def new_id(self, at: dt.datetime) -> uuid.UUID:
        """An id for a row created at ``at``, to put in a mutation's arguments."""
        return self._ids.new(at)

    def act(self, name: str, args: MutationArgs, *, by: uuid.UUID, role: Role, at: dt.datetime) -> None:
        """Apply mutation ``name`` with ``args`` as staff ``by`` (acting with ``role``) at ``at``.

        A refusal (MutationError) propagates: the demo asked for something the app would refuse.
        A change that would record a conflict raises :class:`DemoBrokeARule`."""
        mutation_uuid = self._ids.new(at)
        actor = Actor(studio_id=self._studio_id, role=role, staff_id=by)
        ctx = _DemoContext(self._conn, actor, mutation_uuid, name, at, rows=self._rows)
        ctx.fast = self._fast
        run(ctx, args)
        if "sync_conflict" in ctx.changed:
            raise DemoBrokeARule(f"{name} at {at.isoformat()} made a conflict: {args!r}")
        for change in ctx.undo:
            if change.before is None:
                self.counts[change.table] += 1
        if self._record is not None:
            self._record(Act(mutation_uuid, name, args, by, role, at, self.day))

    def forget(self) -> None:
        """Empty the batch's row cache (between days: what a day read is not needed again)."""
        self._rows.clear()
