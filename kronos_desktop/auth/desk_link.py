"""The desk's connection as kept in its replica row: server, studio, desk, who enrolled it.

Writes go through ``run_write`` — in the app, the one writer thread (``Writer.submit(...)
.result()``), so SQLite never sees a second writer; tests may run them directly. Reads use the
store's read engine from any thread.

Joining a studio is the sync's business: when the server's studio is not the desk's own
(a standalone desk connecting), only the connection is recorded here; the replica keeps its
studio id and role until the sync engine reconciles them.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy import Connection as SqlConnection
from sqlalchemy import select

from kronos_core import sale_prefixes
from kronos_core.ids import uuid7
from kronos_desktop.auth.model import Connection, TokenSet
from kronos_desktop.store import LocalStore, desk_identity, sale_numbers
from kronos_desktop.store.local_schema import outbox, replica

log = logging.getLogger(__name__)

T = TypeVar("T")
RunWrite = Callable[[Callable[[], Any]], Any]

_FIELDS = (
    replica.c.studio_id,
    replica.c.server_url,
    replica.c.desk_id,
    replica.c.desk_name,
    replica.c.studio_name,
    replica.c.enrolled_by,
    replica.c.account,
    replica.c.desk_role,
    replica.c.clock_offset_us,
)


def _direct(fn: Callable[[], Any]) -> Any:
    return fn()


class DeskLink:
    def __init__(
        self,
        store: LocalStore,
        run_write: RunWrite = _direct,
        on_change: Callable[[], None] | None = None,
    ) -> None:
        self.store = store
        self._run_write = run_write
        self._on_change = on_change

    # -- reading -----------------------------------------------------------------------------
    def _row(self, conn: SqlConnection) -> Any:
        return conn.execute(select(*_FIELDS).where(replica.c.id == 1)).first()

    def load(self) -> tuple[Connection | None, uuid.UUID | None]:
        """(the connection, or None for a standalone desk; the desk's own studio id, if any)."""
        with self.store.read_engine.connect() as conn:
            row = self._row(conn)
        if row is None:
            return None, None
        if not row.server_url:
            return None, row.studio_id
        connection = Connection(
            server_url=row.server_url,
            desk_id=row.desk_id,
            desk_name=row.desk_name,
            studio_name=row.studio_name,
            enrolled_by=row.enrolled_by,
            account=row.account,
            local_studio_id=row.studio_id,
        )
        return connection, row.studio_id

    def device_id(self) -> uuid.UUID | None:
        """The replica id of this database file (None before it has one)."""
        with self.store.read_engine.connect() as conn:
            found = conn.execute(select(replica.c.device_id).where(replica.c.id == 1)).scalar()
        return found if isinstance(found, uuid.UUID) else None

    def sign_in_replica(self) -> tuple[uuid.UUID, str | None]:
        """What a sign-in sends with its code: the file's replica id (a new one for a file with no
        replica row yet, which :meth:`save_sign_in` creates under it) and the receipt prefix it
        prints with when it is letters (None: provisional, or no row)."""
        with self.store.read_engine.connect() as conn:
            found = conn.execute(select(replica.c.device_id).where(replica.c.id == 1)).scalar()
            claim = sale_numbers.prefix_claim(conn) if found is not None else None
        return (found if isinstance(found, uuid.UUID) else uuid7()), claim

    def clock_offset_us(self) -> int:
        with self.store.read_engine.connect() as conn:
            row = self._row(conn)
        return int(row.clock_offset_us) if row is not None else 0

    # -- writing -----------------------------------------------------------------------------
    def _write(self, fn: Callable[[SqlConnection], T]) -> T:
        def in_transaction() -> T:
            with self.store.engine.begin() as conn:
                return fn(conn)

        result: T = self._run_write(in_transaction)
        if self._on_change is not None:
            self._on_change()
        return result

    def save_sign_in(
        self, server_url: str, tokens: TokenSet, *, account: str | None, clock_offset_us: int | None
    ) -> Connection:
        """Record a new enrolment; a desk with no replica yet joins the server's studio."""

        def write(conn: SqlConnection) -> Connection:
            row = self._row(conn)
            values: dict[str, Any] = {
                "server_url": server_url,
                "desk_id": tokens.desk_id,
                "desk_name": tokens.desk_name,
                "studio_name": tokens.studio_name,
                "enrolled_by": tokens.staff_name,
                "account": account,
            }
            if clock_offset_us is not None:
                values["clock_offset_us"] = clock_offset_us
            given = tokens.sale_prefix if sale_prefixes.is_letters(tokens.sale_prefix) else None
            if row is None:
                local_studio = tokens.studio_id
                if given is not None:  # registered at the sign-in: never a provisional number
                    values["sale_prefix"] = given
                device_id = tokens.device_id or uuid7()
                desk_identity.create(conn, studio_id=local_studio, device_id=device_id, role=tokens.role, **values)
            else:
                local_studio = row.studio_id
                if local_studio == tokens.studio_id:
                    values["desk_role"] = tokens.role  # the desk acts at most with its enroller's role
                    if tokens.replica_enrolled_by is not None:
                        # Another sign-in on this file (its enroller left, say): the unsent changes
                        # recorded with no author were its previous enroller's, and keep saying so.
                        conn.execute(
                            outbox.update()
                            .where(outbox.c.status == "pending", outbox.c.staff_id.is_(None))
                            .values(staff_id=tokens.replica_enrolled_by)
                        )
                else:
                    log.info("the server's studio is not this desk's own: the sync will reconcile them")
                desk_identity.save_enrolment(conn, values)
                if (
                    given is not None
                    and tokens.device_id is not None
                    and desk_identity.adopt_sale_prefix(conn, tokens.device_id, given)
                ):
                    log.info("the server registered this desk's receipts under the prefix %s", given)
            return Connection(
                server_url=server_url,
                desk_id=tokens.desk_id,
                desk_name=tokens.desk_name,
                studio_name=tokens.studio_name,
                enrolled_by=tokens.staff_name,
                account=account,
                local_studio_id=local_studio,
                server_studio_id=tokens.studio_id,
                role=tokens.role,
            )

        return self._write(write)

    def update_from_tokens(self, tokens: TokenSet, clock_offset_us: int | None) -> bool:
        """Names the server reports on a refresh (a desk renamed elsewhere...), the clock offset
        when it moved by more than two seconds. True if anything was written."""
        with self.store.read_engine.connect() as conn:
            row = self._row(conn)
        if row is None or row.desk_id != tokens.desk_id:
            return False
        values: dict[str, Any] = {}
        for column, value in (
            ("desk_name", tokens.desk_name),
            ("studio_name", tokens.studio_name),
            ("enrolled_by", tokens.staff_name),
        ):
            if getattr(row, column) != value:
                values[column] = value
        if row.studio_id == tokens.studio_id and row.desk_role != tokens.role:
            values["desk_role"] = tokens.role
        # ``Date`` has whole seconds: a smaller move is noise (the sync keeps a finer offset).
        if clock_offset_us is not None and abs(clock_offset_us - int(row.clock_offset_us)) > 2_000_000:
            values["clock_offset_us"] = clock_offset_us
        if not values:
            return False
        desk_id = tokens.desk_id
        self._write(lambda conn: desk_identity.refresh_enrolment(conn, desk_id, values))
        return True

    def set_desk_name(self, name: str) -> None:
        self._write(lambda conn: desk_identity.rename_desk(conn, name))

    def clear_enrolment(self) -> None:
        """After signing out: the desk is no longer enrolled. The server's address and studio
        stay (to sign in again, and for the sync's state); the outbox is untouched."""
        self._write(desk_identity.clear_enrolment)
