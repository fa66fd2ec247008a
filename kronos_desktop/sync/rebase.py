"""The rebase: pulled pages kept aside applied under the desk's pending mutations.

:func:`apply_pull` is DESIGN.md's "Desk side" in one transaction with foreign keys off (set
before BEGIN, checked before COMMIT): take the pending mutations back newest first, apply the
pulled rows (each only if its version is not older than the desk's), acknowledge what the last
page acknowledges, apply the rest again writing each one's take-back record afresh, save the
cursor. A pull from no cursor (a first download, or after a reset) empties the synced tables
instead of taking mutations back: the server's state replaces whatever the desk had, and the
pending mutations are applied on top.

Also the pieces both ways of applying a pull use (this one and
:mod:`kronos_desktop.sync.first_download`): where the cursor moves, whether another file
answers to this device id, writing a page's rows. The desk's clock and its renumbering come
from :class:`kronos_desktop.sync.local.LocalSync`.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, Table, delete, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError

import kronos_core.mutations  # noqa: F401  (registers every mutation)
from kronos_core.instants import require_aware
from kronos_core.mutations.attribution import attributed_actor
from kronos_core.mutations.base import ApplyContext, MutationError, run
from kronos_core.mutations.conflicts import outcome as conflict_outcome
from kronos_core.rows import decode_row
from kronos_core.schema import SYNCED_TABLES, TABLES_BY_NAME
from kronos_desktop.store import desk_identity
from kronos_desktop.store.attribution import member_now
from kronos_desktop.store.engine import sync_writes
from kronos_desktop.store.local_schema import outbox, pull_page
from kronos_desktop.sync.bulk import prepare, write
from kronos_desktop.sync.pages import Changed, FetchedPage, PullApplied, PullResult, merge, note
from kronos_desktop.sync.state import ACKED_KEPT, OutboxEntry, SyncStatus, outbox_entries, require_status
from kronos_desktop.sync.wire import Cursor, PullAnswer

log = logging.getLogger(__name__)

Clock = Callable[[Connection], dt.datetime]  # the desk's clock, corrected by the server's offset
Renumber = Callable[[Connection], object]  # take a new device id (LocalSync.take_new_identity)


def apply_pull(
    conn: Connection, progress: Callable[[int], None] | None, *, now: Clock, renumber: Renumber
) -> PullResult:
    """Apply the pages kept aside and rebase the pending mutations on them (``conn`` in a
    transaction with foreign keys deferred)."""
    state = require_status(conn)
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
    if last.has_more or not continues(state, state.cursor, pages[0].cursor_from, target):
        log.error("pulled pages from %s do not continue from the cursor %s: dropped", pages[0].cursor_from, current)
        conn.execute(delete(pull_page))
        return PullResult(PullApplied.STALE)
    if another_file_answers(conn, state, last):
        renumber(conn)
        return PullResult(PullApplied.RENUMBERED)

    changed: Changed = {}
    pending = outbox_entries(conn)
    # 1. Take the pending mutations back, newest first (or empty the tables on a full download).
    if current is None:
        empty_synced_tables(conn, changed)
    else:
        for entry in reversed(pending):
            for record in reversed(entry.undo):
                _restore(conn, record, changed)
    # 2. The pulled rows, each only if it is not older than the desk's.
    rows = 0
    for n, cursor_from, fetched_at in pages:
        kept = last_page if n == pages[-1].n else page(n, cursor_from, fetched_at)
        rows += apply_changes(conn, kept, changed, str(state.studio_id))
        if progress is not None:
            progress(rows)
    # 3. What the last page acknowledges is done; 4. the rest is applied again.
    at = now(conn)
    acked = [e for e in pending if e.seq <= last.last_mutation_id]
    for entry in acked:
        conn.execute(update(outbox).where(outbox.c.pos == entry.pos).values(status="acked", acked_at=at))
    rest = [e for e in pending if e.seq > last.last_mutation_id]
    predicted = 0
    for entry in rest:
        predicted += _reapply(conn, state, entry, changed)
    # 5. The cursor, the epoch, the clock offset; pages and old acknowledgements dropped.
    desk_identity.record_pull(conn, **position(last_page), last_sync_at=at)
    conn.execute(delete(pull_page))
    conn.execute(delete(outbox).where(outbox.c.status == "acked", outbox.c.acked_at < at - ACKED_KEPT))
    return PullResult(PullApplied.APPLIED, changed, len(acked), len(rest), predicted, rows)


# -- shared with the first download ------------------------------------------------------
def position(last: FetchedPage) -> dict[str, Any]:
    """The replica's cursor, epoch and clock offset after applying up to ``last``."""
    target = last.answer.position
    values: dict[str, Any] = {"cursor": str(target), "epoch": target.epoch}
    if last.answer.server_time is not None:
        offset = require_aware(last.answer.server_time) - require_aware(last.received_at)
        values["clock_offset_us"] = int(offset / dt.timedelta(microseconds=1))
    return values


def continues(state: SyncStatus, cursor: Cursor | None, cursor_from: str | None, target: Cursor) -> bool:
    """Whether pages asked from ``cursor_from`` and reaching ``target`` carry on from ``cursor``
    (the replica's, or where the pages before left it): asked from there, in the replica's epoch
    once it has one, and never backwards."""
    if cursor_from != (str(cursor) if cursor is not None else None):
        return False
    if cursor is not None and state.epoch is not None and target.epoch != state.epoch:
        return False
    return not (cursor is not None and cursor.epoch == target.epoch and target < cursor)


def another_file_answers(conn: Connection, state: SyncStatus, answer: PullAnswer) -> bool:
    """Another file answers to this device id (this one was restored from a copy, or copied
    to a second PC) when the server holds sequence numbers this desk never used, or another
    UUID under the last one."""
    if not answer.last_mutation_id:
        return False
    o = outbox.c
    held = conn.execute(select(o.uuid).where(o.device_id == state.device_id, o.seq == answer.last_mutation_id)).scalar()
    return answer.last_mutation_id > state.last_seq or held != answer.last_mutation_uuid


def empty_synced_tables(conn: Connection, changed: Changed) -> None:
    with sync_writes(conn):  # append-only rows too (kronos_desktop.store.engine)
        for table in reversed(SYNCED_TABLES):
            for (row_id,) in conn.execute(select(table.c.id)):
                note(changed, table.name, row_id)
            conn.execute(delete(table))


def apply_changes(conn: Connection, page: FetchedPage, changed: Changed, studio_id: str) -> int:
    """Write a page's rows (prepared on the fetching thread, or now)."""
    prepared = page.prepared if page.prepared is not None and page.prepared.studio_id == studio_id else None
    if prepared is None:
        prepared = prepare(page.changes, studio_id)
    with sync_writes(conn):  # a pulled row may replace an append-only one the desk holds
        write(conn, prepared)
    merge(changed, prepared.changed)
    return prepared.count


# -- the pieces of the rebase --------------------------------------------------------------
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


def _restore(conn: Connection, record: dict[str, Any], changed: Changed) -> None:
    table = TABLES_BY_NAME[record["table"]]
    row_id = uuid.UUID(record["id"])
    before = record.get("before")
    with sync_writes(conn):  # taking back a pending payment deletes it until it is applied again
        if before is None:
            conn.execute(delete(table).where(table.c.id == row_id))
        else:
            _upsert(conn, table, [decode_row(table, before)], if_newer=False)
    note(changed, table.name, row_id)


def _reapply(conn: Connection, state: SyncStatus, entry: OutboxEntry, changed: Changed) -> int:
    """Apply a pending mutation again on the new state; 1 if it is now expected to conflict."""
    author = entry.staff_id or state.staff_id
    actor = attributed_actor(
        studio_id=state.studio_id,
        device_id=state.device_id,
        principal_staff_id=state.staff_id,
        principal_role=state.desk_role,
        author=author,
        member=member_now(conn, author),
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
        likely = conflict_outcome(ctx)[0] == "conflict"  # a needs_review alone: it will apply
        merge(changed, ctx.changed)
    conn.execute(update(outbox).where(outbox.c.pos == entry.pos).values(undo=undo, likely_conflict=likely))
    return int(likely)
