"""A download's pages applied as they come, without keeping them aside.

A download into a desk that never completed one, with nothing pending, skips keeping pages
aside (:func:`apply_pages`): each transaction writes the pages fetched so far and moves the
cursor with them, so an interrupted download goes on from there; foreign keys are checked with
the last page. With anything pending, the pull ends the kept-aside way
(:mod:`kronos_desktop.sync.rebase`).

A download from no cursor empties the synced tables first. That once emptied a desk on the demo
studio (2,000 clients, written with no outbox) that had joined a server: nothing of it was
pushed, and the download replaced it all. It is refused now, before anything is written, while
the desk holds a row that neither the server has nor a pending mutation creates
(:mod:`kronos_desktop.sync.join`).
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Sequence

from sqlalchemy import Connection, delete, select

from kronos_desktop.store import client_search_index, desk_identity
from kronos_desktop.store.engine import raw_execute
from kronos_desktop.store.local_schema import outbox, pull_page
from kronos_desktop.sync import join
from kronos_desktop.sync.pages import Changed, FetchedPage, PullApplied, PullResult, keep_aside
from kronos_desktop.sync.rebase import (
    Clock,
    Renumber,
    another_file_answers,
    apply_changes,
    continues,
    empty_synced_tables,
    position,
)
from kronos_desktop.sync.state import ACKED_KEPT, require_status

log = logging.getLogger(__name__)


def apply_pages(conn: Connection, pages: Sequence[FetchedPage], *, now: Clock, renumber: Renumber) -> PullResult:
    """Apply pages of a download as they come, in one transaction on ``conn`` (not in one
    yet), the cursor moving with them (DESIGN.md: with nothing pending, pages may be applied as
    they come; an interrupted download goes on from the cursor). If a mutation is pending by
    now, or pages are already kept aside, these are kept aside too (``KEPT_ASIDE``): the pull
    ends the kept-aside way, because a page can acknowledge a mutation whose rows a later one
    rewrites.

    Foreign keys are off while the rows are written and checked when the last page (no
    ``has_more``) is applied: rows come in version order, and one may name a row that a
    later page brings. Until that last page the commit does not wait for the disk
    (``synchronous = NORMAL``; WAL stays consistent): a power cut can only take back pages
    together with their cursor, to be downloaded again, and the next full commit (the last
    page, any local change) makes them durable too."""
    raw_execute(conn, "PRAGMA foreign_keys = OFF")  # before BEGIN, as SQLite requires
    ((synchronous,),) = raw_execute(conn, "PRAGMA synchronous")
    if pages[-1].answer.has_more:
        raw_execute(conn, "PRAGMA synchronous = NORMAL")
    try:
        with conn.begin():
            return _apply_pages(conn, pages, now, renumber)
    finally:
        raw_execute(conn, "PRAGMA foreign_keys = ON")
        raw_execute(conn, f"PRAGMA synchronous = {int(synchronous)}")


def _apply_pages(conn: Connection, pages: Sequence[FetchedPage], now: Clock, renumber: Renumber) -> PullResult:
    state = require_status(conn)
    waiting = conn.execute(select(outbox.c.pos).where(outbox.c.status == "pending").limit(1)).first()
    if waiting is not None or conn.execute(select(pull_page.c.n).limit(1)).first() is not None:
        for page in pages:
            keep_aside(conn, page)
        return PullResult(PullApplied.KEPT_ASIDE)
    cursor = state.cursor
    for page in pages:
        target = page.answer.position
        if not continues(state, cursor, page.cursor_from, target):
            log.error("a pulled page from %s does not continue from the cursor %s: dropped", page.cursor_from, cursor)
            return PullResult(PullApplied.STALE)
        if another_file_answers(conn, state, page.answer):
            renumber(conn)
            return PullResult(PullApplied.RENUMBERED)
        cursor = target
    changed: Changed = {}
    if state.cursor is None:
        join.check_download(conn)  # rows no push brings (the demo's) would vanish: refuse
        empty_synced_tables(conn, changed)
    # The search index is written once for the pages' clients, not by a trigger a row (a first
    # download of 100,000 clients: bench clients.index_download).
    with client_search_index.written_in_bulk(conn) as clients:
        rows = sum(apply_changes(conn, page, changed, str(state.studio_id)) for page in pages)
        clients.update(changed.get("client", set()))
    last = pages[-1]
    values = position(last)
    if not last.answer.has_more:
        at = now(conn)
        values["last_sync_at"] = at
        conn.execute(delete(outbox).where(outbox.c.status == "acked", outbox.c.acked_at < at - ACKED_KEPT))
        broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        if broken:
            raise sqlite3.IntegrityError(f"foreign key check failed: {broken[:5]}")
    desk_identity.record_pull(conn, **values)
    return PullResult(PullApplied.APPLIED, changed, rows=rows)
