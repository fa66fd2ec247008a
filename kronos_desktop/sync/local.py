"""The desk's side of the sync in its SQLite file: outbox, identity, pulled pages and the rebase.

Every method that writes runs in one transaction and must be called on the writer thread (the
engine submits them there). Reads use the store's read engine and may run anywhere.

The rebase (:meth:`LocalSync.apply_pull`) is DESIGN.md's "Desk side" in one transaction with
foreign keys off (set before BEGIN, checked before COMMIT): take the pending mutations back
newest first, apply the pulled rows (each only if its version is not older than the desk's),
acknowledge what the last page acknowledges, apply the rest again writing each one's take-back
record afresh, save the cursor. A pull from no cursor (a first download, or after a reset)
empties the synced tables instead of taking mutations back: the server's state replaces
whatever the desk had, and the pending mutations are applied on top.

A download into a desk that never completed one, with nothing pending, skips keeping pages
aside (:meth:`LocalSync.apply_pages`): each transaction writes the pages fetched so far and
moves the cursor with them, so an interrupted download goes on from there; foreign keys are
checked with the last page.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import logging
import sqlite3
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any
from uuid import UUID  # a field named `uuid` shadows the module inside some classes

from sqlalchemy import Connection, Integer, Table, delete, func, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError

import kronos_core.mutations  # noqa: F401  (registers every mutation)
from kronos_core.ids import uuid7
from kronos_core.instants import require_aware, utcnow
from kronos_core.mutations.base import Actor, ApplyContext, MutationError, run
from kronos_core.roles import Role
from kronos_core.rows import decode_row
from kronos_core.schema import SYNCED_TABLES, TABLES_BY_NAME, sync_conflict
from kronos_core.schema import studio as studio_table
from kronos_core.sync_messages import StoredResult
from kronos_desktop.store.engine import foreign_keys_deferred, raw_execute
from kronos_desktop.store.local_schema import outbox, pull_page, replica
from kronos_desktop.store.store import LocalStore
from kronos_desktop.sync.bulk import Prepared, prepare, write
from kronos_desktop.sync.bulk import StudioMismatch as StudioMismatch  # where callers expect it
from kronos_desktop.sync.wire import Cursor, PullAnswer, PushAnswer, PushItem

log = logging.getLogger(__name__)

ACKED_KEPT = dt.timedelta(days=30)  # acknowledged mutations kept to push again after a reset
Changed = dict[str, set[uuid.UUID]]


@dataclass(frozen=True)
class SyncStatus:
    """The replica's sync state, as stored."""

    studio_id: uuid.UUID
    device_id: uuid.UUID
    desk_role: Role
    staff_id: uuid.UUID | None
    last_seq: int
    server_url: str | None
    cursor: Cursor | None
    epoch: uuid.UUID | None
    pushed_upto: int
    last_sync_at: dt.datetime | None
    clock_offset_us: int


@dataclass(frozen=True)
class Counts:
    pending: int  # mutations not yet acknowledged by a pull
    unsent: int  # of those, not yet confirmed by a push answer
    predicted: int  # pending mutations the desk expects to conflict
    conflicts: int  # open conflict rows from the server, to review


class PushRecorded(enum.Enum):
    PROGRESS = "progress"  # the batch moved pushed_upto on
    NO_PROGRESS = "no_progress"  # answered without progress (a gap): stop pushing, pull
    RESET = "reset"  # the answer came from another epoch: the desk was reset
    STALE = "stale"  # the desk's identity changed while the batch was out: answer ignored


class PullApplied(enum.Enum):
    APPLIED = "applied"
    RENUMBERED = "renumbered"  # another file answers to this device id: new id, acks not applied
    STALE = "stale"  # pages that do not continue from the cursor: dropped
    NOTHING = "nothing"
    KEPT_ASIDE = "kept_aside"  # mutations are pending: the pages wait for the end of the pull


@dataclass
class PullResult:
    outcome: PullApplied
    changed: Changed = field(default_factory=dict)
    acked: int = 0
    reapplied: int = 0
    predicted: int = 0
    rows: int = 0


@dataclass(frozen=True)
class StoredPages:
    """A pull in progress, kept aside: how far it got."""

    count: int
    rows: int
    next_cursor: str | None  # where to continue (None: start from the replica's cursor)
    complete: bool  # the last page kept has has_more false: ready to apply


@dataclass(frozen=True)
class FetchedPage:
    """A page of a pull as it came: the cursor it was asked from, its body as decoded, its
    envelope read (its changes stay plain dicts in the body: a first download holds 100,000s,
    and :mod:`kronos_desktop.sync.bulk` checks each as it writes it) and when it arrived."""

    cursor_from: str | None
    body: dict[str, Any]
    answer: PullAnswer  # the envelope (no changes)
    received_at: dt.datetime
    prepared: Prepared | None = None  # its changes checked and converted ahead (bulk.prepare)

    @classmethod
    def of(cls, cursor_from: str | None, body: dict[str, Any], received_at: dt.datetime) -> FetchedPage:
        changes = body.get("changes", [])
        if not isinstance(changes, list):
            raise ValueError("a pulled page's changes are not a list")
        answer = PullAnswer.model_validate({k: v for k, v in body.items() if k != "changes"})
        return cls(cursor_from, body, answer, received_at)

    @property
    def changes(self) -> list[dict[str, Any]]:
        changes: list[dict[str, Any]] = self.body.get("changes", [])
        return changes

    def prepare(self, studio_id: uuid.UUID) -> FetchedPage:
        """This page with its changes checked and converted for the desk of ``studio_id``."""
        return dataclasses.replace(self, prepared=prepare(self.changes, str(studio_id)))


@dataclass(frozen=True)
class OutboxEntry:
    pos: int
    seq: int
    uuid: UUID
    name: str
    args: dict[str, Any]
    undo: list[dict[str, Any]]
    staff_id: UUID | None
    created_at: dt.datetime
    device_id: UUID | None


def _note(changed: Changed, table: str, row_id: uuid.UUID) -> None:
    changed.setdefault(table, set()).add(row_id)


def _merge(into: Changed, more: Changed) -> None:
    for table, ids in more.items():
        into.setdefault(table, set()).update(ids)


class LocalSync:
    """The sync state and operations of one desk's database file."""

    def __init__(self, store: LocalStore) -> None:
        self.store = store

    # -- reading -------------------------------------------------------------------------
    def status(self, conn: Connection | None = None) -> SyncStatus | None:
        if conn is None:
            with self.store.read_engine.connect() as c:
                return self.status(c)
        row = conn.execute(select(replica).where(replica.c.id == 1)).mappings().first()
        if row is None:
            return None
        return SyncStatus(
            studio_id=row["studio_id"],
            device_id=row["device_id"],
            desk_role=Role(row["desk_role"]),
            staff_id=row["staff_id"],
            last_seq=int(row["last_seq"]),
            server_url=row["server_url"],
            cursor=Cursor.parse(row["cursor"]) if row["cursor"] else None,
            epoch=row["epoch"],
            pushed_upto=int(row["pushed_upto"]),
            last_sync_at=row["last_sync_at"],
            clock_offset_us=int(row["clock_offset_us"]),
        )

    def _require_status(self, conn: Connection) -> SyncStatus:
        state = self.status(conn)
        if state is None:
            raise RuntimeError("the desk has no replica identity yet")
        return state

    def counts(self) -> Counts:
        o = outbox.c
        with self.store.read_engine.connect() as conn:
            state = self.status(conn)
            pushed = state.pushed_upto if state is not None else 0
            pending, unsent, predicted = conn.execute(
                select(
                    func.count(),
                    func.coalesce(func.sum((o.seq > pushed).cast(Integer)), 0),
                    func.coalesce(func.sum(o.likely_conflict.cast(Integer)), 0),
                ).where(o.status == "pending")
            ).one()
            c = sync_conflict.c
            conflicts = conn.execute(
                select(func.count()).where(c.status == "open", c.deleted.is_(False), c.version > 0)
            ).scalar_one()
        return Counts(int(pending), int(unsent), int(predicted), int(conflicts))

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

    def outbox_entries(self, conn: Connection, *, status: str = "pending") -> list[OutboxEntry]:
        o = outbox.c
        rows = conn.execute(select(outbox).where(o.status == status).order_by(o.pos)).mappings().all()
        return [
            OutboxEntry(
                pos=r["pos"],
                seq=int(r["seq"]),
                uuid=r["uuid"],
                name=r["name"],
                args=r["args"],
                undo=r["undo"],
                staff_id=r["staff_id"],
                created_at=r["created_at"],
                device_id=r["device_id"],
            )
            for r in rows
        ]

    def stored_pages(self) -> StoredPages:
        """How far a pull kept aside got (read by SQLite's JSON functions: the pages can hold a
        whole studio, and only their counts and the last envelope are needed)."""
        body = pull_page.c.body
        with self.store.read_engine.connect() as conn:
            count, rows = conn.execute(
                select(func.count(), func.coalesce(func.sum(func.json_array_length(body, "$.changes")), 0))
            ).one()
            if not count:
                return StoredPages(0, 0, None, False)
            cursor, has_more = conn.execute(
                select(func.json_extract(body, "$.cursor"), func.json_extract(body, "$.has_more"))
                .order_by(pull_page.c.n.desc())
                .limit(1)
            ).one()
        return StoredPages(count=int(count), rows=int(rows), next_cursor=str(cursor), complete=not has_more)

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
        conn.execute(
            update(replica).where(replica.c.id == 1).values(device_id=device, last_seq=len(pending), pushed_upto=0)
        )
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
        show until the first download replaces them with the server's."""
        with self.store.engine.connect() as conn, foreign_keys_deferred(conn):
            state = self._require_status(conn)
            if state.studio_id == studio_id:
                return False
            if state.cursor is not None:
                raise ValueError(f"this desk already syncs studio {state.studio_id}; it cannot join {studio_id}")
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
            for table in SYNCED_TABLES:
                if table is not studio_table:
                    conn.execute(update(table).where(table.c.studio_id == old).values(studio_id=studio_id))
            conn.execute(update(studio_table).where(studio_table.c.id == old).values(id=studio_id, studio_id=studio_id))
            conn.execute(update(replica).where(replica.c.id == 1).values(studio_id=studio_id, desk_role=role.value))
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
        conn.execute(update(replica).where(replica.c.id == 1).values(cursor=None, epoch=epoch))
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
            values: dict[str, Any] = {"pushed_upto": upto}
            if state.epoch is None and answer.epoch is not None:
                values["epoch"] = answer.epoch
            conn.execute(update(replica).where(replica.c.id == 1).values(**values))
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
            return self._keep_aside(conn, FetchedPage.of(cursor_from, body, fetched_at))

    def save_pages(self, pages: Sequence[FetchedPage]) -> None:
        """Keep pages aside, in one transaction."""
        with self.store.engine.begin() as conn:
            for page in pages:
                self._keep_aside(conn, page)

    @staticmethod
    def _keep_aside(conn: Connection, page: FetchedPage) -> int:
        n = int(conn.execute(select(func.coalesce(func.max(pull_page.c.n), 0))).scalar_one()) + 1
        conn.execute(
            pull_page.insert().values(n=n, cursor_from=page.cursor_from, body=page.body, fetched_at=page.received_at)
        )
        return n

    def apply_pages(self, pages: Sequence[FetchedPage]) -> PullResult:
        """Apply pages of a download as they come, in one transaction, the cursor moving with
        them (DESIGN.md: with nothing pending, pages may be applied as they come; an interrupted
        download goes on from the cursor). If a mutation is pending by now, or pages are
        already kept aside, these are kept aside too (``KEPT_ASIDE``): the pull ends the
        kept-aside way, because a page can acknowledge a mutation whose rows a later one
        rewrites.

        Foreign keys are off while the rows are written and checked when the last page (no
        ``has_more``) is applied: rows come in version order, and one may name a row that a
        later page brings. Until that last page the commit does not wait for the disk
        (``synchronous = NORMAL``; WAL stays consistent): a power cut can only take back pages
        together with their cursor, to be downloaded again, and the next full commit (the last
        page, any local change) makes them durable too."""
        with self.store.engine.connect() as conn:
            raw_execute(conn, "PRAGMA foreign_keys = OFF")  # before BEGIN, as SQLite requires
            ((synchronous,),) = raw_execute(conn, "PRAGMA synchronous")
            if pages[-1].answer.has_more:
                raw_execute(conn, "PRAGMA synchronous = NORMAL")
            try:
                with conn.begin():
                    return self._apply_pages(conn, pages)
            finally:
                raw_execute(conn, "PRAGMA foreign_keys = ON")
                raw_execute(conn, f"PRAGMA synchronous = {int(synchronous)}")

    def _apply_pages(self, conn: Connection, pages: Sequence[FetchedPage]) -> PullResult:
        state = self._require_status(conn)
        waiting = conn.execute(select(outbox.c.pos).where(outbox.c.status == "pending").limit(1)).first()
        if waiting is not None or conn.execute(select(pull_page.c.n).limit(1)).first() is not None:
            for page in pages:
                self._keep_aside(conn, page)
            return PullResult(PullApplied.KEPT_ASIDE)
        cursor = state.cursor
        for page in pages:
            target = page.answer.position
            if (
                page.cursor_from != (str(cursor) if cursor is not None else None)
                or (state.epoch is not None and target.epoch != state.epoch and cursor is not None)
                or (cursor is not None and cursor.epoch == target.epoch and target < cursor)
            ):
                log.error(
                    "a pulled page from %s does not continue from the cursor %s: dropped", page.cursor_from, cursor
                )
                return PullResult(PullApplied.STALE)
            if self._another_file_answers(conn, state, page.answer):
                self.take_new_identity(conn)
                return PullResult(PullApplied.RENUMBERED)
            cursor = target
        changed: Changed = {}
        if state.cursor is None:
            self._empty_synced_tables(conn, changed)
        rows = sum(self._apply_changes(conn, page, changed, str(state.studio_id)) for page in pages)
        last = pages[-1]
        values = self._position(last)
        if not last.answer.has_more:
            now = self._now(conn)
            values["last_sync_at"] = now
            conn.execute(delete(outbox).where(outbox.c.status == "acked", outbox.c.acked_at < now - ACKED_KEPT))
            broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise sqlite3.IntegrityError(f"foreign key check failed: {broken[:5]}")
        conn.execute(update(replica).where(replica.c.id == 1).values(**values))
        return PullResult(PullApplied.APPLIED, changed, rows=rows)

    @staticmethod
    def _position(last: FetchedPage) -> dict[str, Any]:
        """The replica's cursor, epoch and clock offset after applying up to ``last``."""
        target = last.answer.position
        values: dict[str, Any] = {"cursor": str(target), "epoch": target.epoch}
        if last.answer.server_time is not None:
            offset = require_aware(last.answer.server_time) - require_aware(last.received_at)
            values["clock_offset_us"] = int(offset / dt.timedelta(microseconds=1))
        return values

    def _another_file_answers(self, conn: Connection, state: SyncStatus, answer: PullAnswer) -> bool:
        """Another file answers to this device id (this one was restored from a copy, or copied
        to a second PC) when the server holds sequence numbers this desk never used, or another
        UUID under the last one."""
        if not answer.last_mutation_id:
            return False
        o = outbox.c
        held = conn.execute(
            select(o.uuid).where(o.device_id == state.device_id, o.seq == answer.last_mutation_id)
        ).scalar()
        return answer.last_mutation_id > state.last_seq or held != answer.last_mutation_uuid

    @staticmethod
    def _empty_synced_tables(conn: Connection, changed: Changed) -> None:
        for table in reversed(SYNCED_TABLES):
            for (row_id,) in conn.execute(select(table.c.id)):
                _note(changed, table.name, row_id)
            conn.execute(delete(table))

    def clear_pages(self) -> None:
        with self.store.engine.begin() as conn:
            conn.execute(delete(pull_page))

    def apply_pull(self, progress: Callable[[int], None] | None = None) -> PullResult:
        """Apply the pages kept aside and rebase the pending mutations on them (one transaction)."""
        with self.store.engine.connect() as conn, foreign_keys_deferred(conn):
            return self._apply_pull(conn, progress)

    def _apply_pull(self, conn: Connection, progress: Callable[[int], None] | None) -> PullResult:
        state = self._require_status(conn)
        p = pull_page.c
        pages = conn.execute(select(p.n, p.cursor_from, p.fetched_at).order_by(p.n)).all()
        if not pages:
            return PullResult(PullApplied.NOTHING)

        def page(n: int, cursor_from: str | None, fetched_at: dt.datetime) -> FetchedPage:
            return FetchedPage.of(cursor_from, conn.execute(select(p.body).where(p.n == n)).scalar_one(), fetched_at)

        last_page = page(*pages[-1])
        last = last_page.answer
        target = last.position
        current = str(state.cursor) if state.cursor is not None else None
        stale = (
            last.has_more
            or pages[0].cursor_from != current
            or (state.epoch is not None and target.epoch != state.epoch and state.cursor is not None)
            or (state.cursor is not None and state.cursor.epoch == target.epoch and target < state.cursor)
        )
        if stale:
            log.error("pulled pages from %s do not continue from the cursor %s: dropped", pages[0].cursor_from, current)
            conn.execute(delete(pull_page))
            return PullResult(PullApplied.STALE)
        if self._another_file_answers(conn, state, last):
            self.take_new_identity(conn)
            return PullResult(PullApplied.RENUMBERED)

        changed: Changed = {}
        pending = self.outbox_entries(conn)
        # 1. Take the pending mutations back, newest first (or empty the tables on a full download).
        if current is None:
            self._empty_synced_tables(conn, changed)
        else:
            for entry in reversed(pending):
                for record in reversed(entry.undo):
                    self._restore(conn, record, changed)
        # 2. The pulled rows, each only if it is not older than the desk's.
        rows = 0
        for n, cursor_from, fetched_at in pages:
            kept = last_page if n == pages[-1].n else page(n, cursor_from, fetched_at)
            rows += self._apply_changes(conn, kept, changed, str(state.studio_id))
            if progress is not None:
                progress(rows)
        # 3. What the last page acknowledges is done; 4. the rest is applied again.
        now = self._now(conn)
        acked = [e for e in pending if e.seq <= last.last_mutation_id]
        for entry in acked:
            conn.execute(update(outbox).where(outbox.c.pos == entry.pos).values(status="acked", acked_at=now))
        rest = [e for e in pending if e.seq > last.last_mutation_id]
        predicted = 0
        for entry in rest:
            predicted += self._reapply(conn, state, entry, changed)
        # 5. The cursor, the epoch, the clock offset; pages and old acknowledgements dropped.
        values = {**self._position(last_page), "last_sync_at": now}
        conn.execute(update(replica).where(replica.c.id == 1).values(**values))
        conn.execute(delete(pull_page))
        conn.execute(delete(outbox).where(outbox.c.status == "acked", outbox.c.acked_at < now - ACKED_KEPT))
        return PullResult(PullApplied.APPLIED, changed, len(acked), len(rest), predicted, rows)

    # -- the pieces of the rebase --------------------------------------------------------
    @staticmethod
    def _upsert(conn: Connection, table: Table, rows: list[dict[str, Any]], *, if_newer: bool) -> None:
        if not rows:
            return
        stmt = sqlite_insert(table)
        columns = [c.name for c in table.columns if c.name != "id"]
        stmt = stmt.on_conflict_do_update(
            index_elements=[table.c.id],
            set_={name: stmt.excluded[name] for name in columns},
            where=(table.c.version <= stmt.excluded.version) if if_newer else None,
        )
        conn.execute(stmt, rows)

    def _restore(self, conn: Connection, record: dict[str, Any], changed: Changed) -> None:
        table = TABLES_BY_NAME[record["table"]]
        row_id = uuid.UUID(record["id"])
        before = record.get("before")
        if before is None:
            conn.execute(delete(table).where(table.c.id == row_id))
        else:
            self._upsert(conn, table, [decode_row(table, before)], if_newer=False)
        _note(changed, table.name, row_id)

    @staticmethod
    def _apply_changes(conn: Connection, page: FetchedPage, changed: Changed, studio_id: str) -> int:
        """Write a page's rows (prepared on the fetching thread, or now)."""
        prepared = page.prepared if page.prepared is not None and page.prepared.studio_id == studio_id else None
        if prepared is None:
            prepared = prepare(page.changes, studio_id)
        write(conn, prepared)
        _merge(changed, prepared.changed)
        return prepared.count

    def _reapply(self, conn: Connection, state: SyncStatus, entry: OutboxEntry, changed: Changed) -> int:
        """Apply a pending mutation again on the new state; 1 if it is now expected to conflict."""
        actor = Actor(
            studio_id=state.studio_id,
            role=state.desk_role,
            staff_id=entry.staff_id or state.staff_id,
            device_id=state.device_id,
        )
        ctx = ApplyContext(conn, actor, entry.uuid, entry.name, require_aware(entry.created_at))
        try:
            with conn.begin_nested():
                run(ctx, entry.args)
        except (MutationError, IntegrityError) as exc:
            # It no longer applies cleanly: it stays pending (the server decides), its effect is
            # not shown, and the desk expects a conflict.
            log.info("pending %s (seq %d) no longer applies: %s", entry.name, entry.seq, exc)
            undo: list[dict[str, Any]] = []
            likely = True
        else:
            undo = [{"table": u.table, "id": str(u.id), "before": u.before} for u in ctx.undo]
            likely = sync_conflict.name in ctx.changed
            _merge(changed, ctx.changed)
        conn.execute(update(outbox).where(outbox.c.pos == entry.pos).values(undo=undo, likely_conflict=likely))
        return int(likely)

    def _now(self, conn: Connection) -> dt.datetime:
        offset = conn.execute(select(replica.c.clock_offset_us).where(replica.c.id == 1)).scalar() or 0
        return utcnow() + dt.timedelta(microseconds=int(offset))


def connect_replica(
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
    state = store.ensure_replica(studio_id=studio_id, role=role)
    if state.studio_id != studio_id:
        raise ValueError(f"this desk holds studio {state.studio_id}, not {studio_id}")
    values: dict[str, Any] = {"server_url": server_url, "desk_role": role.value}
    for name, value in (("staff_id", staff_id), ("desk_id", desk_id), ("desk_name", desk_name)):
        if value is not None:
            values[name] = value
    if studio_name is not None:
        values["studio_name"] = studio_name
    with store.engine.begin() as conn:
        conn.execute(update(replica).where(replica.c.id == 1).values(**values))
    status = LocalSync(store).status()
    assert status is not None
    return status
