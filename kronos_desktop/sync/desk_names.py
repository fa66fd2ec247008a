"""Which desk is which: the names of the studio's desks, by replica id, kept in the desk's file.

A conflict row says which replica (``origin_device``) made the change; only the server knows
which enrolled desk that replica belongs to and what people call it ("Recepção"). The sync
engine asks ``GET /v1/desks/names`` now and then (after a good sync: at the first one of a run,
then every hour, and at once when an open conflict comes from a replica it has not asked about
yet; a replica the answer still does not name is asked about again at most every few minutes) and
keeps the answer in the local ``desk_name`` table, so the conflicts inbox names desks offline.
Not synced: the table is replaced whole at each answer. Plain Python, no Qt.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from typing import Any

from sqlalchemy import Connection, delete, select

from kronos_core.instants import utcnow
from kronos_core.schema import sync_conflict
from kronos_desktop.store.local_schema import desk_name, outbox, replica
from kronos_desktop.store.store import LocalStore

log = logging.getLogger(__name__)

NAME_MAX = 120


def fetch(transport: object) -> dict[str, Any] | None:
    """The server's answer (raises the transport's :class:`SyncProblem` kinds), or None when the
    transport cannot ask (a test fake without ``desk_names()``)."""
    ask = getattr(transport, "desk_names", None)
    if not callable(ask):
        return None
    answer: dict[str, Any] = ask()
    return answer


def parse(answer: dict[str, Any]) -> dict[uuid.UUID, tuple[uuid.UUID, str]] | None:
    """``{device id: (desk id, name)}``, or None for an answer that cannot be read."""
    from pydantic import ValidationError

    from kronos_desktop.sync.desk_names_answer import Answer  # pydantic: with a sync, not at start

    try:
        desks = Answer.model_validate(answer).desks
    except ValidationError as exc:
        log.warning("desk names: unreadable answer: %s", exc)
        return None
    return {device: (d.id, d.name[:NAME_MAX]) for d in desks for device in d.device_ids}


def save(store: LocalStore, answer: dict[str, Any], now: dt.datetime | None = None) -> set[uuid.UUID]:
    """Replace the kept names with the answer's (on the writer thread); returns the replica
    ids whose name changed (empty: nothing to refresh)."""
    names = parse(answer)
    if names is None:
        return set()  # the names kept stay
    stamp = now or utcnow()
    with store.engine.begin() as conn:
        old = {r.device_id: (r.desk_id, r.name) for r in conn.execute(select(desk_name))}
        if old == names:
            return set()
        conn.execute(delete(desk_name))
        if names:
            conn.execute(
                desk_name.insert(),
                [{"device_id": d, "desk_id": i, "name": n, "fetched_at": stamp} for d, (i, n) in names.items()],
            )
    return {d for d in old.keys() | names.keys() if old.get(d) != names.get(d)}


def known(conn: Connection) -> dict[uuid.UUID, str]:
    """``{replica id: desk name}`` as last fetched."""
    return {r.device_id: r.name for r in conn.execute(select(desk_name.c.device_id, desk_name.c.name))}


def own_devices(conn: Connection) -> set[uuid.UUID]:
    """This file's replica ids: the current one and those its outbox was numbered under."""
    devices = {r[0] for r in conn.execute(select(replica.c.device_id)) if r[0] is not None}
    devices |= {r[0] for r in conn.execute(select(outbox.c.device_id).distinct()) if r[0] is not None}
    return devices


def unnamed_origins(store: LocalStore) -> set[uuid.UUID]:
    """The other replicas, not named yet, that open conflicts come from."""
    sc = sync_conflict.c
    with store.read_engine.connect() as conn:
        origins = {
            r[0]
            for r in conn.execute(
                select(sc.origin_device).where(sc.status == "open", sc.deleted.is_(False), sc.version > 0).distinct()
            )
            if r[0] is not None
        }
        if not origins:
            return set()
        return origins - own_devices(conn) - known(conn).keys()
