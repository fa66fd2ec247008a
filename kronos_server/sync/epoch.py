"""A new history for every studio, after the database was restored from a backup.

The server's history has an ``epoch`` (DESIGN.md, "Sync protocol"): a restore, or a fail-over
that lost commits, must change it, or desks would take the restored (older) clock for the one
they know and skip what was lost. After restoring, and before serving again, run
``kronos-server new-epoch --all`` as the owner role: every studio gets a new random epoch; each
desk's next push or pull sees it, reloads, and pushes again what the server no longer has.

The owner role is bound by row-level security too (FORCEd), so this lifts the force on
``studio_clock`` inside its own transaction, for the one UPDATE, and puts it back before it
commits (DDL is transactional: no other transaction ever sees it lifted).
"""

from __future__ import annotations

from sqlalchemy import Connection, text


def new_epochs(conn: Connection) -> int:
    """Give every studio a new epoch, in the caller's transaction (as the tables' owner or a
    superuser); returns how many studios."""
    conn.execute(text("ALTER TABLE studio_clock NO FORCE ROW LEVEL SECURITY"))
    changed = conn.execute(text("UPDATE studio_clock SET epoch = gen_random_uuid()")).rowcount
    conn.execute(text("ALTER TABLE studio_clock FORCE ROW LEVEL SECURITY"))
    return int(changed)
