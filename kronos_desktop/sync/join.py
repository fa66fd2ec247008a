"""Whether a desk can reach a server without losing a row of its own.

A desk's rows reach a server only as the mutations that wrote them, from its outbox. A desk that
joins a server's studio (or downloads one from no cursor: a first download, a reset) empties its
synced tables and fills them with the server's rows, then applies its pending mutations again
from their arguments. A row survives that only if the server has it already, or a pending
mutation creates it. A row that neither holds (the demo studio, written by ``--demo`` with no
outbox; rows of another server's studio) would vanish: :func:`stranded_rows` counts them, and
:func:`check_join` and :func:`check_download` refuse, before anything is changed, with :class:`RowsWouldBeLost`.

Plain reads on a connection the caller gives (any thread).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping

from sqlalchemy import Connection, func, select

from kronos_core.schema import SYNCED_TABLES, studio
from kronos_desktop.store.local_schema import outbox
from kronos_desktop.sync.state import read_status


class RowsWouldBeLost(RuntimeError):
    """This desk holds rows that no push can bring to the server: joining (or a download from no
    cursor) would lose them. ``counts``: how many, per table; ``demo``: the desk holds the demo
    studio."""

    def __init__(self, counts: Mapping[str, int], *, demo: bool) -> None:
        self.counts = dict(counts)
        self.demo = demo
        total = sum(self.counts.values())
        what = "the demo studio, whose records were never recorded as changes" if demo else "its records"
        detail = ", ".join(f"{table} {n}" for table, n in sorted(self.counts.items()))
        super().__init__(
            f"this desk holds {what}: {total} row(s) ({detail}) could never reach a server, and joining one "
            "would lose them; nothing was changed"
        )

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def _created_by_pending(conn: Connection) -> set[tuple[str, str]]:
    """The rows the pending mutations create (each mutation's take-back record says "none
    before"): a download from no cursor brings them back by applying the mutations again."""
    created: set[tuple[str, str]] = set()
    for (undo,) in conn.execute(select(outbox.c.undo).where(outbox.c.status == "pending")):
        for record in undo or ():
            if record.get("before") is None:
                created.add((str(record["table"]), str(record["id"])))
    return created


def stranded_rows(conn: Connection, *, joining: bool) -> dict[str, int]:
    """The desk's rows, per table, that a download from no cursor would lose: those no pending
    mutation creates and, unless ``joining`` another studio, not from the server either
    (``version`` 0). Tables with none are left out; so is the studio's own row, which the
    server's replaces (a joining desk's settings are the studio's from then on)."""
    created = _created_by_pending(conn)
    counts: dict[str, int] = {}
    for table in SYNCED_TABLES:
        if table is studio:
            continue  # the studio's own row: the server's replaces it (joining) or is it already
        query = select(table.c.id)
        if not joining:
            query = query.where(table.c.version == 0)
        if not created:
            n = int(conn.execute(select(func.count()).select_from(query.subquery())).scalar_one())
        else:
            n = sum(1 for (row_id,) in conn.execute(query) if (table.name, str(row_id)) not in created)
        if n:
            counts[table.name] = n
    return counts


def is_demo(studio_id: uuid.UUID) -> bool:
    from kronos_core.demo import DEMO_STUDIO_ID  # the generator's package: loaded only when asked

    return studio_id == DEMO_STUDIO_ID


def _refusal(conn: Connection, studio_id: uuid.UUID, *, joining: bool) -> RowsWouldBeLost | None:
    counts = stranded_rows(conn, joining=joining)
    return RowsWouldBeLost(counts, demo=is_demo(studio_id)) if counts else None


def join_problem(conn: Connection, server_studio: uuid.UUID | None = None) -> RowsWouldBeLost | None:
    """Why this desk cannot join the server's studio ``server_studio`` (None: not known yet,
    asked as for another studio, which a standalone desk's always is), or None if joining loses
    nothing. A desk with no replica has nothing to lose; one that has synced never empties its
    tables to join (it cannot join another studio at all)."""
    state = read_status(conn)
    if state is None:
        return None
    if server_studio is not None and server_studio == state.studio_id:
        return download_problem(conn)
    if state.cursor is not None:
        return None
    return _refusal(conn, state.studio_id, joining=True)


def download_problem(conn: Connection) -> RowsWouldBeLost | None:
    """Why a download from no cursor (which empties the synced tables) would lose a row of this
    desk, or None."""
    state = read_status(conn)
    if state is None or state.cursor is not None:
        return None
    return _refusal(conn, state.studio_id, joining=False)


def check_join(conn: Connection, server_studio: uuid.UUID | None = None) -> None:
    """Raise :class:`RowsWouldBeLost` if joining the server's studio would lose a row."""
    found = join_problem(conn, server_studio)
    if found is not None:
        raise found


def check_download(conn: Connection) -> None:
    """Raise :class:`RowsWouldBeLost` if a download from no cursor would lose a row."""
    found = download_problem(conn)
    if found is not None:
        raise found
