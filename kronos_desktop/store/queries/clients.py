"""The clients' reads: a page of clients in name order, searched through the client index."""

from __future__ import annotations

import bisect
import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import CompoundSelect, Connection, Uuid, and_, func, literal, select, tuple_

from kronos_core.people import ADULT_AGE, age_on
from kronos_core.schema import appointment, client
from kronos_desktop.store.queries.client_index import ClientIndex
from kronos_desktop.store.queries.common import health_text


@dataclass(frozen=True)
class ClientRow:
    id: uuid.UUID
    full_name: str
    preferred_name: str | None
    phone: str | None
    email: str | None
    document_type: str | None
    document_number: str | None
    birth_date: dt.date | None
    health_alert: str | None
    blocked: bool

    def age(self, today: dt.date) -> int | None:
        return None if self.birth_date is None else age_on(self.birth_date, today)

    def is_minor(self, today: dt.date) -> bool:
        age = self.age(today)
        return age is not None and age < ADULT_AGE


def count_all(conn: Connection, studio_id: uuid.UUID) -> int:
    # "+studio_id": a plain scan of the table beats walking an index to every row.
    return int(
        conn.exec_driver_sql(
            "SELECT count(*) FROM client WHERE +studio_id = ? AND deleted = 0", (studio_id.hex,)
        ).scalar_one()
    )


def artists_clients(artist_id: uuid.UUID) -> CompoundSelect[Any]:
    """The clients an artist has (or had) a booking with, or registered themselves: whose
    records an artist sees (DESIGN.md, "Auth": an artist, their clients' records)."""
    a, c = appointment.c, client.c
    booked = select(a.client_id).where(a.artist_id == artist_id, a.deleted.is_(False), a.client_id.is_not(None))
    return booked.union(select(c.id).where(c.created_by == artist_id))


def count_of_artist(conn: Connection, studio_id: uuid.UUID, artist_id: uuid.UUID) -> int:
    c = client.c
    query = select(func.count()).where(
        c.studio_id == studio_id, c.deleted.is_(False), c.id.in_(artists_clients(artist_id))
    )
    return int(conn.execute(query).scalar_one())


def only_artists(conn: Connection, keys: list[tuple[str, str]], artist_id: uuid.UUID) -> list[tuple[str, str]]:
    """The search index's keys (name, id hex) of the artist's clients alone."""
    theirs = {row_id.hex for row_id in conn.execute(artists_clients(artist_id)).scalars()}
    return [k for k in keys if k[1] in theirs]


def page(
    conn: Connection,
    studio_id: uuid.UUID,
    index: ClientIndex | None,
    text: str,
    *,
    after: tuple[str, uuid.UUID] | None,
    limit: int,
    artist_id: uuid.UUID | None = None,
) -> list[ClientRow]:
    """One page of clients in name order; ``after`` is the (name, id) of the last row shown.

    Without a search (``index`` None), keyset paging on the (studio, name) index: the 500th
    page costs what the first does. With one, the folded search index gives the matching rows
    in order. ``artist_id``: that artist's clients alone (an artist at the desk).
    """
    c = client.c
    if index is not None:
        keys = index.search(text)
        if artist_id is not None:
            keys = only_artists(conn, keys, artist_id)
        start = bisect.bisect_right(keys, (after[0], after[1].hex)) if after is not None else 0
        found = keys[start : start + limit]
        if not found:
            return []
        # By primary key only: with the studio in the condition SQLite walks its index instead.
        where = and_(c.deleted.is_(False), c.id.in_([uuid.UUID(hex=k[1]) for k in found]))
    else:
        where = and_(c.studio_id == studio_id, c.deleted.is_(False))
        if artist_id is not None:
            where = and_(where, c.id.in_(artists_clients(artist_id)))
        if after is not None:
            where = and_(where, tuple_(c.full_name, c.id) > tuple_(literal(after[0]), literal(after[1], Uuid)))
    query = (
        select(
            c.id, c.full_name, c.preferred_name, c.phone, c.email, c.document_type, c.document_number,
            c.birth_date, c.allergies, c.medical_alerts, c.blocked,
        )
        .where(where)
        .order_by(c.full_name, c.id)
        .limit(limit)
    )  # fmt: skip
    return [
        ClientRow(
            id=r.id,
            full_name=r.full_name,
            preferred_name=r.preferred_name,
            phone=r.phone,
            email=r.email,
            document_type=r.document_type,
            document_number=r.document_number,
            birth_date=r.birth_date,
            health_alert=health_text(r.allergies, r.medical_alerts),
            blocked=bool(r.blocked),
        )
        for r in conn.execute(query).all()
    ]
