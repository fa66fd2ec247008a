"""The merge's reads: both records side by side, what would move, the record a merged client
went to, and the other record found by a search.

A merged record keeps its closed rows (sales, payments, signed forms): they are read through
its ``merged_into``, which :func:`kept_client_id` follows to the record that holds the client's
data now (merges chain when two desks merge offline). :func:`merged_ids` gives the other way
round: every record whose rows are the kept record's too.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, and_, func, or_, select

from kronos_core.mutations.client_merge import CLOSED_APPOINTMENT, MAX_CHAIN, MERGE_FIELDS
from kronos_core.schema import appointment, client, project
from kronos_desktop.store.queries.client_search import search_clients


@dataclass(frozen=True)
class MergeSide:
    """One record as the merge dialog shows it: its fields, and the open rows that move with it."""

    id: uuid.UUID
    values: dict[str, Any]  # MERGE_FIELDS → the value stored
    created_at: dt.datetime
    merged_into: uuid.UUID | None
    erased: bool
    open_appointments: int
    open_projects: int

    @property
    def full_name(self) -> str:
        return str(self.values["full_name"])


@dataclass(frozen=True)
class Candidate:
    """A record the search offers as the other one."""

    id: uuid.UUID
    full_name: str
    phone: str | None
    birth_date: dt.date | None


def kept_client_id(conn: Connection, client_id: uuid.UUID) -> uuid.UUID:
    """The record that holds ``client_id``'s data now: itself, or the one it was merged into,
    following a chain of merges (a cycle, which the merge refuses, stops where it turns)."""
    visited = {client_id}
    current = client_id
    for _ in range(MAX_CHAIN):
        went = conn.execute(select(client.c.merged_into).where(client.c.id == current)).scalar_one_or_none()
        if went is None or went in visited:
            return current
        visited.add(went)
        current = went
    return current


def merged_ids(conn: Connection, client_id: uuid.UUID) -> set[uuid.UUID]:
    """``client_id`` and every record merged into it, directly or through a chain: whose closed
    rows (sales, payments, forms) are the kept record's history too."""
    found = {client_id}
    frontier = {client_id}
    while frontier:
        below = set(conn.execute(select(client.c.id).where(client.c.merged_into.in_(frontier))).scalars())
        frontier = below - found
        found |= frontier
    return found


def _open_projects(client_id: uuid.UUID) -> Any:
    """The projects that move with ``client_id``: open ones, and those of its open bookings."""
    a, p = appointment.c, project.c
    of_open_bookings = select(a.project_id).where(
        a.client_id == client_id, a.deleted.is_(False), a.status.not_in(CLOSED_APPOINTMENT), a.project_id.is_not(None)
    )
    return select(func.count()).where(
        p.client_id == client_id, p.deleted.is_(False), or_(p.status == "open", p.id.in_(of_open_bookings))
    )


def merge_side(conn: Connection, studio_id: uuid.UUID, client_id: uuid.UUID) -> MergeSide | None:
    """A record of the studio as the merge dialog shows it, or None (not there, or deleted)."""
    c, a = client.c, appointment.c
    row = (
        conn.execute(
            select(*(c[name] for name in MERGE_FIELDS), c.id, c.created_at, c.merged_into, c.erased_at).where(
                c.id == client_id, c.studio_id == studio_id, c.deleted.is_(False)
            )
        )
        .mappings()
        .first()
    )
    if row is None:
        return None
    booked = select(func.count()).where(
        and_(a.client_id == client_id, a.deleted.is_(False), a.status.not_in(CLOSED_APPOINTMENT))
    )
    return MergeSide(
        id=row["id"],
        values={name: row[name] for name in MERGE_FIELDS},
        created_at=row["created_at"],
        merged_into=row["merged_into"],
        erased=row["erased_at"] is not None,
        open_appointments=int(conn.execute(booked).scalar_one()),
        open_projects=int(conn.execute(_open_projects(client_id)).scalar_one()),
    )


def candidates(
    conn: Connection, studio_id: uuid.UUID, text: str, *, exclude: uuid.UUID, limit: int = 8
) -> list[Candidate]:
    """The records a search for the other one finds (the search index leaves merged and erased
    records out), best first, without ``exclude`` (the record the merge starts from)."""
    if not text.strip():
        return []
    ids = [i for i in search_clients(conn, studio_id, text, limit=limit + 1) if i != exclude][:limit]
    if not ids:
        return []
    c = client.c
    query = select(c.id, c.full_name, c.phone, c.birth_date).where(
        c.id.in_(ids), c.merged_into.is_(None), c.erased_at.is_(None), c.deleted.is_(False)
    )
    rows = {r.id: r for r in conn.execute(query)}
    return [Candidate(i, rows[i].full_name, rows[i].phone, rows[i].birth_date) for i in ids if i in rows]
