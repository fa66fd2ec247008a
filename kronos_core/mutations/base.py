"""The mutation framework: a named change with pydantic arguments and one ``apply``.

A mutation is defined once here and applied by both sides: the desk to SQLite (together with
its outbox record), the server to PostgreSQL (with the actor's role checked). ``apply`` is
deterministic given the database and the arguments: ids and any time a rule depends on are
arguments, made on the desk. Every write goes through :class:`ApplyContext`, which stamps
the sync columns, keeps every row to the actor's studio, records what each row was before
(so the desk can take the change back) and which rows changed (so views can refresh).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import uuid
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, ValidationError
from sqlalchemy import Connection, Insert, Select, Table, bindparam, select

from kronos_core.erasure import refused_arguments
from kronos_core.ids import derived_id
from kronos_core.mutations.actor import Actor as Actor  # here too, where the framework always had it
from kronos_core.mutations.errors import (  # here too, where the framework always had them
    InvalidArguments as InvalidArguments,
)
from kronos_core.mutations.errors import (
    MutationError as MutationError,
)
from kronos_core.mutations.errors import (
    NotAllowed as NotAllowed,
)
from kronos_core.mutations.errors import (
    NotFound as NotFound,
)
from kronos_core.mutations.errors import (
    StaleTarget as StaleTarget,
)
from kronos_core.mutations.errors import (
    UnknownMutation as UnknownMutation,
)
from kronos_core.roles import Role
from kronos_core.rows import encode_row
from kronos_core.schema import APPEND_ONLY_TABLES, TABLES_BY_NAME, audit_event, sync_conflict


class MutationArgs(BaseModel):
    """Base of every mutation's arguments: unknown fields are refused, values are frozen.

    Each model's validator is built on its first use (``defer_build``), not when its module is
    imported: the desk's start imports some seventy of them and applies none (bench app.start_s)."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


A = TypeVar("A", bound=MutationArgs)


def refuse_append_only(table: Table) -> None:
    """Refuse (code ``append_only``) to change a row of a table that is only ever added to
    (kronos_core.schema.APPEND_ONLY_TABLES: a payment, the audit trail)."""
    if table.name in APPEND_ONLY_TABLES:
        raise NotAllowed(
            f"a {table.name} row is never changed nor deleted once written",
            code="append_only",
            params={"what": table.name},
        )


@dataclass
class UndoRecord:
    """A row as it was before a mutation touched it (``before`` None: the mutation created it)."""

    table: str
    id: uuid.UUID
    before: dict[str, Any] | None


class RowCache:
    """The rows one transaction has read or written through the ApplyContexts of a batch of
    mutations (a push): a booking's artist is read once per batch, and a client the mutation
    before created is not read back.

    It holds while every write of synced rows in the transaction goes through ApplyContext (the
    rule of this module) and none is undone: a mutation's writes are rolled back through
    :meth:`ApplyContext.savepoint`, which clears it (the rows it holds may be what was undone).
    """

    def __init__(self) -> None:
        self._rows: dict[tuple[str, uuid.UUID], dict[str, Any]] = {}

    def get(self, table: Table, row_id: uuid.UUID) -> dict[str, Any] | None:
        """A copy of the row (shallow: JSON values are shared; rows read are not to be changed)."""
        row = self._rows.get((table.name, row_id))
        return None if row is None else dict(row)

    def put(self, table: Table, row: Mapping[Any, Any]) -> dict[str, Any]:
        """Keep a copy of ``row`` (as read or written); returns another."""
        kept = {str(k): v for k, v in row.items()}
        self._rows[(table.name, kept["id"])] = kept
        return dict(kept)

    def forget(self, table: Table, row_id: uuid.UUID) -> None:
        self._rows.pop((table.name, row_id), None)

    def clear(self) -> None:
        self._rows.clear()


@dataclass
class ApplyContext:
    """What ``apply`` writes through. ``version`` is 0 on the desk (not yet on the server);
    ``rows`` is shared by the contexts of a batch applied in one transaction (see RowCache)."""

    tx: Connection
    actor: Actor
    mutation_uuid: uuid.UUID
    mutation_name: str
    now: dt.datetime
    version: int = 0
    rows: RowCache | None = None
    changed: dict[str, set[uuid.UUID]] = field(default_factory=dict)
    undo: list[UndoRecord] = field(default_factory=list)
    _seen_for_undo: set[tuple[str, uuid.UUID]] = field(default_factory=set)
    _derived_count: int = 0
    _audit_count: int = 0

    @contextlib.contextmanager
    def savepoint(self) -> Iterator[None]:
        """A savepoint around writes through this context: whatever raises inside rolls it back,
        and clears the batch's rows (RowCache), which may hold rows as they were before the
        rollback undid them. Every rollback of a batch's writes goes through here."""
        try:
            with self.tx.begin_nested():
                yield
        except BaseException:
            if self.rows is not None:
                self.rows.clear()
            raise

    # -- reading -------------------------------------------------------------------------
    def get(self, table: Table, row_id: uuid.UUID, *, include_deleted: bool = False) -> dict[str, Any] | None:
        """The studio's row with this id, or None."""
        if self.rows is None:
            params = {"row_id": row_id, "studio_id": self.actor.studio_id}
            rows = self.select_rows(_get_statement(table, include_deleted), params)
            return rows[0] if rows else None
        found = self.rows.get(table, row_id)
        if found is None or found["studio_id"] != self.actor.studio_id:
            params = {"row_id": row_id, "studio_id": self.actor.studio_id}
            rows = self.select_rows(_get_statement(table, True), params)
            if not rows:
                return None
            found = self.rows.put(table, rows[0])
        return found if include_deleted or not found["deleted"] else None

    def select_rows(self, query: Select[Any], params: Mapping[str, Any]) -> list[dict[str, Any]]:
        """The rows of a read built once (its parameters bound by name), as dicts. (The server
        runs it closer to the driver.)"""
        return [dict(r) for r in self.tx.execute(query, params).mappings()]

    def require(self, table: Table, row_id: uuid.UUID, what: str) -> dict[str, Any]:
        row = self.get(table, row_id)
        if row is None:
            raise NotFound(f"{what} {row_id} does not exist in this studio", params={"what": what})
        return row

    def derived_id(self, purpose: str) -> uuid.UUID:
        return derived_id(self.mutation_uuid, purpose)

    # -- writing -------------------------------------------------------------------------
    def _stamp(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "changed_at": self.now,
            "changed_by": self.actor.staff_id,
            "origin_device": self.actor.device_id,
        }

    def _note(self, table: Table, row_id: uuid.UUID, before: dict[str, Any] | None) -> None:
        self.changed.setdefault(table.name, set()).add(row_id)
        key = (table.name, row_id)
        if key not in self._seen_for_undo:
            self._seen_for_undo.add(key)
            self.undo.append(UndoRecord(table.name, row_id, encode_row(table, before) if before else None))

    def insert(self, table: Table, values: Mapping[str, Any]) -> uuid.UUID:
        """Insert a new row; an id that exists already (in any studio) is refused (``duplicate_id``).

        One statement: ``INSERT ... ON CONFLICT (id) DO NOTHING RETURNING id`` writes (and
        returns) nothing when the id is taken, by a row of any studio (one invisible under
        row-level security too). Any other constraint still raises."""
        row_id: uuid.UUID = values["id"]
        if table is sync_conflict and _refused_for_erased(values):
            # A change refused because its client was erased keeps no personal field (issue 13).
            values = {**values, "mine": refused_arguments(values.get("mine"))}
        row = {**values, **self._stamp(), "studio_id": self.actor.studio_id, "created_at": self.now}
        row["created_by"] = self.actor.staff_id
        row.setdefault("deleted", False)
        if table.name == "studio":
            row["studio_id"] = row_id
        if not self._insert_row(table, row):
            raise InvalidArguments(
                f"{table.name} {row_id} already exists", code="duplicate_id", params={"what": table.name}
            )
        self._note(table, row_id, None)
        return row_id

    def _insert_row(self, table: Table, row: dict[str, Any]) -> bool:
        """Write ``row`` unless its id is taken; False if it is. (A desk runs it closer to the driver.)"""
        if self.rows is None:
            return self.tx.execute(insert_statement(table, self.tx.dialect.name), row).first() is not None
        written = self.tx.execute(insert_statement(table, self.tx.dialect.name, "row"), row).mappings().first()
        if written is not None:
            self.rows.put(table, written)  # as stored, server defaults included
        return written is not None

    def update(self, table: Table, row_id: uuid.UUID, values: Mapping[str, Any]) -> dict[str, Any]:
        """Write ``values`` to the studio's row; returns the row as it was before. A row of an
        append-only table is refused (``append_only``), before anything is read or written."""
        refuse_append_only(table)
        before = self.get(table, row_id, include_deleted=True)
        if before is None:
            raise NotFound(f"{table.name} {row_id} does not exist in this studio", params={"what": table.name})
        self._note(table, row_id, before)
        if self.rows is not None:
            self.rows.forget(table, row_id)
        self.tx.execute(
            table.update()
            .where(table.c.id == row_id, table.c.studio_id == self.actor.studio_id)
            .values({**values, **self._stamp()})
        )
        return before

    def soft_delete(self, table: Table, row_id: uuid.UUID) -> None:
        self.update(table, row_id, {"deleted": True})

    def audit(
        self, action: str, table: Table | None, row_id: uuid.UUID | None, *, detail: Mapping[str, Any] | None = None
    ) -> uuid.UUID:
        """Add an ``audit_event`` row (synced, append-only): ``action`` done to ``table``'s row
        ``row_id`` by the actor (its staff member and, when a PIN attributed the change to
        someone else, the desk's principal), at which desk, when (this mutation's time, UTC),
        with a short JSON ``detail``. Its id derives from the mutation, so the desk's row and the
        server's are one row."""
        self._audit_count += 1
        return self.insert(
            audit_event,
            {
                "id": self.derived_id(f"audit:{self._audit_count}"),
                "action": action,
                "detail": dict(detail) if detail is not None else None,
                "table_name": table.name if table is not None else None,
                "row_id": row_id,
                "staff_id": self.actor.staff_id,
                "principal_id": self.actor.principal_staff_id if self.actor.attributed else None,
                "device_id": self.actor.device_id,
                "mutation_uuid": self.mutation_uuid,
                "occurred_at": self.now,
            },
        )

    def conflict(
        self,
        kind: str,
        *,
        table: Table | None,
        row_ids: list[uuid.UUID],
        mine: Any = None,
        theirs: Any = None,
        detail: str | None = None,
    ) -> uuid.UUID:
        """Record a conflict for a person to resolve; its id derives from the mutation."""
        self._derived_count += 1
        conflict_id = self.derived_id(f"conflict:{self._derived_count}")
        self.insert(
            sync_conflict,
            {
                "id": conflict_id,
                "kind": kind,
                "status": "open",
                "mutation_uuid": self.mutation_uuid,
                "mutation_name": self.mutation_name,
                "table_name": table.name if table is not None else None,
                "row_ids": [str(r) for r in row_ids],
                "mine": mine,
                "theirs": theirs,
                "detail": detail,
            },
        )
        return conflict_id


def _refused_for_erased(values: Mapping[str, Any]) -> bool:
    theirs = values.get("theirs")
    return values.get("kind") == "rejected" and isinstance(theirs, Mapping) and theirs.get("code") == "client_erased"


# Statements built once per table (building and keying a statement costs more than running it
# on a fast database; a push applies thousands of mutations).
@functools.cache
def _get_statement(table: Table, include_deleted: bool) -> Select[Any]:
    query = select(table).where(table.c.id == bindparam("row_id"), table.c.studio_id == bindparam("studio_id"))
    return query if include_deleted else query.where(table.c.deleted.is_(False))


@functools.cache
def insert_statement(table: Table, dialect_name: str, returning: Literal["id", "row", "nothing"] = "id") -> Insert:
    """``INSERT ... ON CONFLICT (id) DO NOTHING`` in the dialect's spelling (both speak it),
    returning the id, the whole row as stored, or nothing (the caller reads the row count)."""
    stmt: Insert
    # The dialect imported here, not with the module: PostgreSQL's loads its drivers' modules too
    # (some 40 ms the desk's start does not pay).
    if dialect_name == "postgresql":
        from sqlalchemy.dialects import postgresql

        stmt = postgresql.insert(table).on_conflict_do_nothing(index_elements=[table.c.id])
    elif dialect_name == "sqlite":
        from sqlalchemy.dialects import sqlite

        stmt = sqlite.insert(table).on_conflict_do_nothing(index_elements=[table.c.id])
    else:
        raise RuntimeError(f"no insert for the {dialect_name} dialect")
    if returning == "id":
        return stmt.returning(table.c.id)
    return stmt.returning(*table.columns) if returning == "row" else stmt


ApplyFn = Callable[[ApplyContext, Any], None]


@dataclass(frozen=True)
class MutationSpec(Generic[A]):
    name: str
    args_model: type[A]
    roles: frozenset[Role]
    apply: Callable[[ApplyContext, A], None]
    # Payments and cash movements are stored whatever the state or role: a conflict row says
    # what is off instead (DESIGN.md, "Refusal loses nothing").
    never_refused: bool = False
    doc: str = ""

    def allows(self, role: Role | None) -> bool:
        """Whether a desk acting with ``role`` may run it (payments: any role)."""
        return self.never_refused or role in self.roles

    def parse(self, raw: Mapping[str, Any] | A) -> A:
        if isinstance(raw, self.args_model):
            return raw
        try:
            return self.args_model.model_validate(raw)
        except ValidationError as exc:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in err['loc']) or '(arguments)'}: {err['msg']}" for err in exc.errors()
            )
            raise InvalidArguments(f"{self.name}: {problems}", params={"problems": problems}) from exc


REGISTRY: dict[str, MutationSpec[Any]] = {}


def mutation(
    name: str, args_model: type[A], *, roles: frozenset[Role], never_refused: bool = False
) -> Callable[[Callable[[ApplyContext, A], None]], Callable[[ApplyContext, A], None]]:
    """Register ``apply`` as the mutation ``name``."""

    def register(fn: Callable[[ApplyContext, A], None]) -> Callable[[ApplyContext, A], None]:
        if name in REGISTRY:
            raise RuntimeError(f"mutation {name} registered twice")
        REGISTRY[name] = MutationSpec(name, args_model, roles, fn, never_refused, (fn.__doc__ or "").strip())
        return fn

    return register


def registry() -> dict[str, MutationSpec[Any]]:
    """Every mutation, by name: :data:`REGISTRY` once every module that registers one is
    imported (the package imports them on first use: kronos_core/mutations/__init__.py)."""
    from kronos_core.mutations import load_all

    load_all()
    return REGISTRY


def get_spec(name: str) -> MutationSpec[Any]:
    try:
        return REGISTRY[name]
    except KeyError:
        pass
    try:
        return registry()[name]  # a name not yet registered: every module loaded, then asked again
    except KeyError:
        raise UnknownMutation(f"unknown mutation {name!r}", params={"name": name}) from None


def check_role(spec: MutationSpec[Any], actor: Actor) -> None:
    if not spec.allows(actor.role):
        raise NotAllowed(
            f"the role {actor.role.value!r} may not run {spec.name}",
            code="role_not_allowed",
            params={"role": actor.role.value, "mutation": spec.name},
        )


def run(ctx: ApplyContext, args: Mapping[str, Any] | MutationArgs) -> MutationArgs:
    """Parse, authorise and apply one mutation inside the caller's transaction."""
    spec = get_spec(ctx.mutation_name)
    parsed: MutationArgs = spec.parse(args)
    check_role(spec, ctx.actor)
    spec.apply(ctx, parsed)
    return parsed


def table_named(name: str) -> Table:
    return TABLES_BY_NAME[name]
