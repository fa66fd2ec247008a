"""The clients' reads: the list in name order, or a search's clients in its ranked order.

Merged and erased clients are never listed (a merged one is read through the record it points
at; an erased one keeps its id alone); the search index leaves them out too
(:mod:`kronos_desktop.store.queries.client_search`).
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, CompoundSelect, Connection, Uuid, and_, func, literal, select, tuple_

from kronos_core.people import ADULT_AGE, age_on
from kronos_core.schema import appointment, client
from kronos_desktop.store.queries import client_search
from kronos_desktop.store.queries.common import health_text

# Listed: not deleted, not merged into another record, not erased.
LISTED = "deleted = 0 AND merged_into IS NULL AND erased_at IS NULL"


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
            f"SELECT count(*) FROM client WHERE +studio_id = ? AND {LISTED}", (studio_id.hex,)
        ).scalar_one()
    )


def artists_clients(artist_id: uuid.UUID) -> CompoundSelect[Any]:
    """The clients an artist has (or had) a booking with, or registered themselves: whose
    records an artist sees (DESIGN.md, "Auth": an artist, their clients' records)."""
    a, c = appointment.c, client.c
    booked = select(a.client_id).where(a.artist_id == artist_id, a.deleted.is_(False), a.client_id.is_not(None))
    return booked.union(select(c.id).where(c.created_by == artist_id))


def listed() -> ColumnElement[bool]:
    """A client the lists show: not deleted, merged or erased."""
    c = client.c
    return and_(c.deleted.is_(False), c.merged_into.is_(None), c.erased_at.is_(None))


def count_of_artist(conn: Connection, studio_id: uuid.UUID, artist_id: uuid.UUID) -> int:
    c = client.c
    query = select(func.count()).where(c.studio_id == studio_id, listed(), c.id.in_(artists_clients(artist_id)))
    return int(conn.execute(query).scalar_one())


def count(conn: Connection, studio_id: uuid.UUID, text: str = "", *, artist_id: uuid.UUID | None = None) -> int:
    """How many clients the list shows for ``text`` (``artist_id``: of that artist's alone)."""
    if text.strip():
        return client_search.count_found(conn, studio_id, text, artist_id=artist_id)
    if artist_id is not None:
        return count_of_artist(conn, studio_id, artist_id)
    return count_all(conn, studio_id)


def page(
    conn: Connection,
    studio_id: uuid.UUID,
    text: str = "",
    *,
    after: tuple[str, uuid.UUID] | None = None,
    limit: int = 200,
    artist_id: uuid.UUID | None = None,
) -> list[ClientRow]:
    """One page of the list; ``after`` is the (name, id) of the last row shown before.

    Without a search, the clients in name order, keyset paging on the (studio, name) index:
    the 500th page costs what the first does. With one, the clients found in the search's
    order (:func:`client_search.search_clients`: exact words first, then the most recently
    added), paged by the last one's id. ``artist_id``: that artist's clients alone.
    """
    c = client.c
    if text.strip():
        found = client_search.search_clients(
            conn, studio_id, text, limit=limit, after=None if after is None else after[1], artist_id=artist_id
        )
        return _found_rows(conn, found)
    where = and_(c.studio_id == studio_id, listed())
    if artist_id is not None:
        where = and_(where, c.id.in_(artists_clients(artist_id)))
    if after is not None:
        where = and_(where, tuple_(c.full_name, c.id) > tuple_(literal(after[0]), literal(after[1], Uuid)))
    return _rows(conn, where, limit)


_FOUND = (
    "SELECT id, full_name, preferred_name, phone, email, document_type, document_number, birth_date, allergies, "
    f"medical_alerts, blocked FROM client WHERE {LISTED} AND id IN "
)


def _found_rows(conn: Connection, found: list[uuid.UUID]) -> list[ClientRow]:
    """The rows of the clients ``found``, in that order. By primary key only (with the studio in
    the condition SQLite walks its index instead), on the driver: a page is read at every
    keystroke, and SQLAlchemy's binding of 200 ids cost more than the read (as stored: a UUID
    as 32 hex digits, a date as ISO text)."""
    if not found:
        return []
    dbapi: Any = conn.connection.driver_connection
    marks = ", ".join("?" for _ in found)
    rows = {
        r[0]: ClientRow(
            id=uuid.UUID(hex=r[0]),
            full_name=r[1],
            preferred_name=r[2],
            phone=r[3],
            email=r[4],
            document_type=r[5],
            document_number=r[6],
            birth_date=None if r[7] is None else dt.date.fromisoformat(r[7]),
            health_alert=health_text(r[8], r[9]),
            blocked=bool(r[10]),
        )
        for r in dbapi.execute(_FOUND + f"({marks})", [i.hex for i in found])
    }
    return [rows[i.hex] for i in found if i.hex in rows]


def _rows(conn: Connection, where: ColumnElement[bool], limit: int) -> list[ClientRow]:
    c = client.c
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
