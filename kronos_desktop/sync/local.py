"""The desk's side of the sync in its SQLite file: :class:`LocalSync`, status and counts, the
outbox's batches and push answers, the identity (a new device id, joining a studio, a reset),
the stored results, and the pull's pages kept aside and applied.

Every method that writes runs in one transaction and must be called on the writer thread (the
engine submits them there). Reads use the store's read engine and may run anywhere.

Applying a pull lives apart: :mod:`kronos_desktop.sync.rebase` (pages kept aside, applied
under the pending mutations) and :mod:`kronos_desktop.sync.first_download` (pages applied as
they come); the records they share in :mod:`kronos_desktop.sync.state` and
:mod:`kronos_desktop.sync.pages`, re-exported here where callers expect them.
"""

from __future__ import annotations

import datetime as dt
import enum
import logging
import uuid
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Connection, delete, select, update

from kronos_core.ids import uuid7
from kronos_core.instants import utcnow
from kronos_core.roles import Role
from kronos_core.schema import SYNCED_TABLES
from kronos_core.schema import studio as studio_table
from kronos_core.sync_messages import StoredResult
from kronos_desktop.store import desk_identity, sale_numbers
from kronos_desktop.store.backup import backup_copy
from kronos_desktop.store.engine import foreign_keys_deferred, sync_writes
from kronos_desktop.store.local_schema import outbox, pull_page, replica
from kronos_desktop.store.store import LocalStore
from kronos_desktop.sync import first_download, join, rebase
from kronos_desktop.sync.bulk import StudioMismatch
from kronos_desktop.sync.counts import Counts, read_counts
from kronos_desktop.sync.pages import (
    Changed,
    FetchedPage,
    PullApplied,
    PullResult,
    StoredPages,
    keep_aside,
    stored_pages,
)
from kronos_desktop.sync.state import ACKED_KEPT, OutboxEntry, SyncStatus, outbox_entries, read_status, require_status
from kronos_desktop.sync.wire import PushAnswer, PushItem

__all__ = [
    "ACKED_KEPT",
    "Changed",
    "Counts",
    "FetchedPage",
    "LocalSync",
    "OutboxEntry",
    "PullApplied",
    "PullResult",
    "PushRecorded",
    "StoredPages",
    "StudioMismatch",
    "SyncStatus",
    "connect_desk",
]

log = logging.getLogger(__name__)


class PushRecorded(enum.Enum):
    PROGRESS = "progress"  # the batch moved pushed_upto on
    NO_PROGRESS = "no_progress"  # answered without progress (a gap): stop pushing, pull
    RESET = "reset"  # the answer came from another epoch: the desk was reset
    STALE = "stale"  # the desk's identity changed while the batch was out: answer ignored


class LocalSync:
    """The sync state and operations of one desk's database file."""

    def __init__(self, store: LocalStore) -> None:
        self.store = store

    # -- reading -------------------------------------------------------------------------
    def status(self, conn: Connection | None = None) -> SyncStatus | None:
        if conn is None:
            with self.store.read_engine.connect() as c:
                return self.status(c)
        return read_status(conn)

    def _require_status(self, conn: Connection) -> SyncStatus:
        return require_status(conn)

    def counts(self) -> Counts:
        return read_counts(self.store.read_engine)

    def next_batch(self, limit: int = 50) -> tuple[uuid.UUID, list[PushItem]]:
        """The next pending mutations to push (after ``pushed_upto``), in sequence order."""
        with self.store.read_engine.connect() as conn:
            state = self._require_status(conn)
            o = outbox.c
            rows = conn.execute(
                select(o.pos, o.seq, o.uuid, o.name, o.args, o.staff_id)
                .where(o.status == "pending", o.seq > state.pushed_upto)
                .order_by(o.seq)
                .limit(limit)
            ).all()
        return state.device_id, [PushItem(r.pos, int(r.seq), r.uuid, r.name, r.args, r.staff_id) for r in rows]

    def sale_prefix(self) -> tuple[str, str | None]:
        """The receipt prefix the desk prints with, and the one it claims at registration."""
        with self.store.read_engine.connect() as conn:
            return sale_numbers.current_prefix(conn), sale_numbers.prefix_claim(conn)

    def adopt_sale_prefix(self, device_id: uuid.UUID, prefix: str) -> bool:
        """The server's receipt prefix for the replica ``device_id`` (a pull answer's)."""
        with self.store.engine.begin() as conn:
            return desk_identity.adopt_sale_prefix(conn, device_id, prefix)

    def outbox_entries(self, conn: Connection, *, status: str = "pending") -> list[OutboxEntry]:
        return outbox_entries(conn, status=status)

    def stored_pages(self) -> StoredPages:
        """How far a pull kept aside got."""
        with self.store.read_engine.connect() as conn:
            return stored_pages(conn)

    # -- identity ------------------------------------------------------------------------
    def take_new_identity(self, conn: Connection | None = None) -> uuid.UUID:
        """A new device id; the pending mutations renumbered 1, 2, 3, ... under it (UUIDs
        kept); nothing counts as pushed; a pull in progress is dropped (its acks were for the
        old id)."""
        if conn is None:
            with self.store.engine.begin() as c:
                return self.take_new_identity(c)
        device = uuid7()
        pending = conn.execute(select(outbox.c.pos).where(outbox.c.status == "pending").order_by(outbox.c.pos)).all()
        for seq, (pos,) in enumerate(pending, start=1):
            conn.execute(update(outbox).where(outbox.c.pos == pos).values(seq=seq, device_id=device))
        desk_identity.take_device_id(conn, device, len(pending))
        conn.execute(delete(pull_page))
        log.warning("new device id %s: %d pending mutation(s) renumbered", device, len(pending))
        return device

    def join_studio(self, studio_id: uuid.UUID, role: Role) -> bool:
        """A standalone desk joins the server's studio ``studio_id`` (its sign-in enrolled it
        there): its records become that studio's, so that its whole history, pushed from day
        one, lands in it. False if it already belongs to that studio.

        The desk's own ``studio.setup`` cannot apply there (the studio exists): it becomes the
        ``staff.add`` of the desk's owner, whom its bookings and attributions name. Its rows are
        re-keyed to the studio in one transaction (foreign keys checked before the commit) and
        show until the first download replaces them with the server's.

        Nothing may be lost by it: a desk holding rows that no push can bring (the demo studio,
        written with no outbox) is refused with :class:`~kronos_desktop.sync.join.RowsWouldBeLost`
        before anything changes; otherwise the file is first copied to ``backups/``."""
        with self.store.read_engine.connect() as conn:
            state = self._require_status(conn)
            if state.studio_id == studio_id:
                return False
            if state.cursor is not None:
                raise ValueError(f"this desk already syncs studio {state.studio_id}; it cannot join {studio_id}")
            join.check_join(conn, studio_id)
        copy = backup_copy(self.store.path, "before-join")
        log.warning("joining the server's studio %s: this desk's file was copied to %s", studio_id, copy)
        with self.store.engine.connect() as conn, foreign_keys_deferred(conn):
            state = self._require_status(conn)
            if state.studio_id == studio_id:
                return False
            old = state.studio_id
            for entry in self.outbox_entries(conn):
                if entry.name == "studio.setup" and str(entry.args.get("studio_id")) == str(old):
                    owner = {
                        "staff_id": entry.args["owner_staff_id"],
                        "display_name": entry.args["owner_name"],
                        "role": "owner" if role is Role.OWNER else "manager",
                        "color": entry.args.get("owner_color", "#6a1b9a"),
                    }
                    conn.execute(update(outbox).where(outbox.c.pos == entry.pos).values(name="staff.add", args=owner))
            with sync_writes(conn):  # payments and audit rows are re-keyed too
                for table in SYNCED_TABLES:
                    if table is not studio_table:
                        conn.execute(update(table).where(table.c.studio_id == old).values(studio_id=studio_id))
                conn.execute(
                    update(studio_table).where(studio_table.c.id == old).values(id=studio_id, studio_id=studio_id)
                )
            desk_identity.join_studio(conn, studio_id, role)
        log.warning("this desk's records joined the server's studio %s (they were studio %s)", studio_id, old)
        return True

    def reset(self, epoch: uuid.UUID, conn: Connection | None = None) -> None:
        """The server's history changed epoch (restored, failed over): every mutation it may
        have lost (acknowledged within 30 days, and the pending ones) is pending again under a
        new device id, and the next pull downloads everything from no cursor."""
        if conn is None:
            with self.store.engine.begin() as c:
                self.reset(epoch, c)
            return
        now = self._now(conn)
        o = outbox.c
        again = conn.execute(
            update(outbox)
            .where(o.status == "acked", o.acked_at >= now - ACKED_KEPT)
            .values(status="pending", acked_at=None)
        ).rowcount
        desk_identity.restart_history(conn, epoch)
        self.take_new_identity(conn)
        log.warning("server epoch %s: reset, %d acknowledged mutation(s) to push again", epoch, again)

    # -- push ----------------------------------------------------------------------------
    def record_push(self, device_id: uuid.UUID, items: list[PushItem], answer: PushAnswer) -> PushRecorded:
        """Keep a push answer: each mutation's result, and how far the server has them."""
        with self.store.engine.begin() as conn:
            state = self._require_status(conn)
            if state.device_id != device_id:
                return PushRecorded.STALE
            if answer.epoch is not None and state.epoch is not None and answer.epoch != state.epoch:
                self.reset(answer.epoch, conn)
                return PushRecorded.RESET
            sent = {item.uuid for item in items}
            for result in answer.results:
                if result.uuid not in sent:
                    continue
                conn.execute(
                    update(outbox)
                    .where(outbox.c.uuid == result.uuid)
                    .values(result=result.status, result_version=result.version, conflict_id=result.conflict_id)
                )
            # Only what this batch carried counts as sent: the server's last id can also cover
            # sequence numbers another file used under the same device id.
            upto = max(state.pushed_upto, min(answer.last_mutation_id, items[-1].seq))
            learnt = answer.epoch if state.epoch is None and answer.epoch is not None else None
            desk_identity.record_push(conn, upto, learnt)
            if answer.sale_prefix is not None:  # the replica's receipt prefix, given at its registration
                desk_identity.adopt_sale_prefix(conn, device_id, answer.sale_prefix)
        return PushRecorded.PROGRESS if upto > state.pushed_upto else PushRecorded.NO_PROGRESS

    def missing_results(self) -> list[uuid.UUID]:
        """Acknowledged mutations whose push answer this file never received (a copy restored,
        or a file copied to another PC, pulled before pushing): their UUIDs, oldest first."""
        o = outbox.c
        with self.store.read_engine.connect() as conn:
            rows = conn.execute(select(o.uuid).where(o.status == "acked", o.result.is_(None)).order_by(o.pos))
            return [r.uuid for r in rows]

    def record_stored_results(self, results: Sequence[StoredResult]) -> int:
        """Keep the stored results the server answered for mutations already acknowledged."""
        kept = 0
        with self.store.engine.begin() as conn:
            for result in results:
                kept += conn.execute(
                    update(outbox)
                    .where(outbox.c.uuid == result.uuid, outbox.c.result.is_(None))
                    .values(result=result.status, result_version=result.version, conflict_id=result.conflict_id)
                ).rowcount
        return kept

    # -- pull ----------------------------------------------------------------------------
    def save_page(self, cursor_from: str | None, body: dict[str, Any], fetched_at: dt.datetime) -> int:
        with self.store.engine.begin() as conn:
            return keep_aside(conn, FetchedPage.of(cursor_from, body, fetched_at))

    def save_pages(self, pages: Sequence[FetchedPage]) -> None:
        """Keep pages aside, in one transaction."""
        with self.store.engine.begin() as conn:
            for page in pages:
                keep_aside(conn, page)

    def apply_pages(self, pages: Sequence[FetchedPage]) -> PullResult:
        """Apply pages of a download as they come, in one transaction, the cursor moving with
        them; kept aside instead if a mutation is pending or pages already are
        (:func:`kronos_desktop.sync.first_download.apply_pages`)."""
        with self.store.engine.connect() as conn:
            return first_download.apply_pages(conn, pages, now=self._now, renumber=self.take_new_identity)

    def clear_pages(self) -> None:
        with self.store.engine.begin() as conn:
            conn.execute(delete(pull_page))

    def apply_pull(self, progress: Callable[[int], None] | None = None) -> PullResult:
        """Apply the pages kept aside and rebase the pending mutations on them (one transaction:
        :func:`kronos_desktop.sync.rebase.apply_pull`)."""
        with self.store.engine.connect() as conn, foreign_keys_deferred(conn):
            join.check_download(conn)  # a download from no cursor empties the tables: lose nothing
            return rebase.apply_pull(conn, progress, now=self._now, renumber=self.take_new_identity)

    def _now(self, conn: Connection) -> dt.datetime:
        offset = conn.execute(select(replica.c.clock_offset_us).where(replica.c.id == 1)).scalar() or 0
        return utcnow() + dt.timedelta(microseconds=int(offset))


def connect_desk(
    store: LocalStore,
    server_url: str,
    *,
    studio_id: uuid.UUID,
    role: Role,
    staff_id: uuid.UUID | None = None,
    desk_id: uuid.UUID | None = None,
    desk_name: str | None = None,
    studio_name: str | None = None,
) -> SyncStatus:
    """Point the desk at a server (a new desk joining a studio, or a standalone desk connecting).

    A new file takes the studio's id; a standalone desk keeps its own (its history, pushed from
    day one, creates the studio on the server). Must run on the writer thread."""
    state = store.ensure_identity(studio_id=studio_id, role=role)
    if state.studio_id != studio_id:
        raise ValueError(f"this desk holds studio {state.studio_id}, not {studio_id}")
    with store.engine.begin() as conn:
        desk_identity.connect_server(
            conn, server_url, role, staff_id=staff_id, desk_id=desk_id, desk_name=desk_name, studio_name=studio_name
        )
    status = LocalSync(store).status()
    assert status is not None
    return status
