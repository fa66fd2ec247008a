"""Likely duplicates on the desk: the clients the rule (kronos_core/duplicates.py) says may be a
candidate's other record, and the clients who may be a duplicate of one with a health alert.

Cheap on 100,000 clients: nothing here reads the client table whole.

- the same phone: ``ix_client_phone`` (studio, phone; phones are stored in E.164);
- the same e-mail: ``ix_client_email`` (e-mails are stored in lower case), then compared whole;
- the same document: ``ix_client_document`` (a CPF is stored as its 11 digits), then compared whole;
- a similar name: the search index (:func:`~kronos_desktop.store.queries.client_search.search_clients`)
  on the name's first word with each of its surnames, and on all its words, then the rule.

Only active clients count: not deleted, not merged into another (``merged_into``), not erased
(``erased_at``); the search index holds no other. Off SQLite (no index) the same keys are compared
with plain SQL.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Connection, and_, func, or_, select, text

from kronos_core.duplicates import Person, Reason, digits, email_key, likely_duplicates, name_words
from kronos_core.schema import appointment, client
from kronos_desktop.store.queries.client_search import search_clients
from kronos_desktop.store.queries.common import health_text

NAME_SEARCH_LIMIT = 60  # clients read per name search (exact words first, then the latest added)
SHOWN = 8  # likely duplicates a prompt lists
DONE = ("completed", "in_progress", "checked_in")  # a visit that happened


@dataclass(frozen=True)
class Duplicate:
    """A likely duplicate, as the prompt shows it."""

    id: uuid.UUID
    full_name: str
    preferred_name: str | None
    phone: str | None
    email: str | None
    birth_date: dt.date | None
    last_visit: dt.datetime | None  # the start of their latest visit that happened
    reasons: list[Reason]
    health_alert: str | None = None


def in_studio(studio_id: uuid.UUID) -> ColumnElement[bool]:
    """The studio's rows, without the studio's index: beside a list of ids or rowids, SQLite would
    otherwise walk the studio's whole index (``ix_client_phone`` starts with the studio) rather
    than look each id up (SQLite's ``+column``)."""
    return func.coalesce(client.c.studio_id, None) == studio_id


def active() -> ColumnElement[bool]:
    """A client who can be a duplicate: not deleted, merged into another or erased."""
    c = client.c
    return and_(c.deleted.is_(False), c.merged_into.is_(None), c.erased_at.is_(None))


def has_health_alert() -> ColumnElement[bool]:
    c = client.c
    return or_(*(func.trim(func.coalesce(col, "")) != "" for col in (c.allergies, c.medical_alerts, c.medication)))


ACTIVE = active()  # made once: a new expression each read costs its compilation
HAS_HEALTH_ALERT = has_health_alert()


def _dbapi(conn: Connection) -> sqlite3.Connection | None:
    if conn.dialect.name != "sqlite":
        return None
    raw: Any = conn.connection.driver_connection
    return raw if isinstance(raw, sqlite3.Connection) else None


def _phrase(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _by_keys(
    conn: Connection,
    studio_id: uuid.UUID,
    phones: set[str],
    emails: set[str],
    documents: set[str],
    *,
    typed: bool = False,
) -> list[ColumnElement[bool]]:
    """Conditions (one read each: SQLite uses one index a read) for the active clients who may
    share one of these phones, e-mails or documents (the caller compares the values whole), by
    ``ix_client_phone``, ``ix_client_email`` and ``ix_client_document`` (desk revision 0009)."""
    c = client.c
    found: list[ColumnElement[bool]] = []
    for values, col in ((phones, c.phone), (emails, c.email), (documents, c.document_number)):
        if values:
            found.append(and_(c.studio_id == studio_id, col.in_(sorted(values)), ACTIVE))
    # A document other than a CPF is stored as it was typed ("12.345.678-9"): the one just typed
    # (``typed``: a new client's) is also looked for by its digits in the search's digits index
    # (client_search_digits.document). Not for many stored ones at once (the calendar's health
    # twins): a trigram match of each costs more than the whole day's read.
    runs = " OR ".join(f'document : "{d}"' for d in sorted(documents) if typed and len(d) >= 3 and d.isdigit())
    if runs:
        found.append(and_(c.studio_id == studio_id, text(_DOCUMENT_DIGITS).bindparams(runs=runs), ACTIVE))
    return found


_DOCUMENT_DIGITS = "client.rowid IN (SELECT rowid FROM client_search_digits WHERE client_search_digits MATCH :runs)"


_COLUMNS = (
    client.c.id, client.c.full_name, client.c.preferred_name, client.c.phone, client.c.email,
    client.c.document_number, client.c.birth_date, client.c.allergies, client.c.medical_alerts, client.c.medication,
)  # fmt: skip


def _person(row: Any) -> Person:
    return Person(row.full_name, row.id, row.phone, row.email, row.document_number, row.birth_date)


def _name_ids(conn: Connection, studio_id: uuid.UUID, full_name: str) -> set[uuid.UUID]:
    """The clients whose name holds the name's first word and one of its surnames (or all its
    words), whole words of the search index (a similar name shares them: the rule's condition);
    the latest added first, :data:`NAME_SEARCH_LIMIT` a search."""
    words = name_words(full_name)
    dbapi = _dbapi(conn)
    if not words:
        return set()
    if dbapi is None:  # no index: the search's own way
        return set(search_clients(conn, studio_id, " ".join(words), limit=NAME_SEARCH_LIMIT))
    groups = [words] + [(words[0], surname) for surname in words[1:]]
    found: set[uuid.UUID] = set()
    for group in dict.fromkeys(groups):
        expression = "full_name : (" + " ".join(_phrase(w) for w in group) + ")"
        try:
            rows = dbapi.execute(
                "SELECT id, studio_id FROM client_search WHERE client_search MATCH ? ORDER BY rowid DESC LIMIT ?",
                (expression, NAME_SEARCH_LIMIT),
            ).fetchall()
        except sqlite3.OperationalError as exc:
            if "fts5" not in str(exc) and "syntax" not in str(exc):
                raise
            continue
        found.update(uuid.UUID(row_id) for row_id, studio in rows if studio == studio_id.hex)
    return found


def _visible_to(conn: Connection, ids: list[uuid.UUID], artist_id: uuid.UUID) -> set[uuid.UUID]:
    """Of ``ids``, the clients an artist sees: booked with them, or registered by them."""
    if not ids:
        return set()
    a, c = appointment.c, client.c
    booked = select(a.id).where(a.client_id == c.id, a.artist_id == artist_id, a.deleted.is_(False)).exists()
    query = select(c.id).where(c.id.in_(ids), or_(c.created_by == artist_id, booked))
    return set(conn.execute(query).scalars())


def _last_visits(conn: Connection, ids: list[uuid.UUID]) -> dict[uuid.UUID, dt.datetime]:
    if not ids:
        return {}
    a = appointment.c
    query = (
        select(a.client_id, func.max(a.starts_at))
        .where(a.client_id.in_(ids), a.deleted.is_(False), a.status.in_(DONE))
        .group_by(a.client_id)
    )
    found: dict[uuid.UUID, dt.datetime] = {}
    for client_id, last in conn.execute(query):
        if last is not None:
            found[client_id] = last
    return found


def find_duplicates(
    conn: Connection,
    studio_id: uuid.UUID,
    candidate: Person,
    *,
    artist_id: uuid.UUID | None = None,
    limit: int = SHOWN,
    namesakes: bool = True,
) -> list[Duplicate]:
    """The likely duplicates of ``candidate`` (a client about to be created, or one being edited:
    its own ``id`` is left out) among the studio's active clients, best first (the rule's order),
    at most ``limit``. ``artist_id``: among that artist's clients only (the records an artist sees).
    ``namesakes`` (the prompt's default): a first name and surname alike count, when nothing
    the two records hold says otherwise (kronos_core/duplicates.py)."""
    c = client.c
    conditions = _by_keys(
        conn, studio_id,
        {candidate.phone} if candidate.phone else set(),
        {email_key(candidate.email)} if candidate.email else set(),
        {digits(candidate.document)} if digits(candidate.document) else set(),
        typed=True,
    )  # fmt: skip
    rows: dict[uuid.UUID, Any] = {}
    for condition in conditions:
        rows.update((r.id, r) for r in conn.execute(select(*_COLUMNS).where(condition)))
    by_name = _name_ids(conn, studio_id, candidate.full_name) - set(rows)
    if by_name:
        query = select(*_COLUMNS).where(c.id.in_(sorted(by_name)), in_studio(studio_id), ACTIVE)
        rows.update((r.id, r) for r in conn.execute(query))
    if candidate.id is not None:
        rows.pop(candidate.id, None)
    if artist_id is not None:
        seen = _visible_to(conn, list(rows), artist_id)
        rows = {k: v for k, v in rows.items() if k in seen}
    matches = likely_duplicates(candidate, (_person(r) for r in rows.values()), namesakes=namesakes)[:limit]
    ids = [m.person.id for m in matches if m.person.id is not None]
    visits = _last_visits(conn, ids)
    found = []
    for match in matches:
        row = rows[match.person.id or uuid.UUID(int=0)]  # every row read has its id
        found.append(
            Duplicate(
                row.id, row.full_name, row.preferred_name, row.phone, row.email, row.birth_date,
                visits.get(row.id), match.reasons, health_text(row.allergies, row.medical_alerts, row.medication),
            )
        )  # fmt: skip
    return found


def health_twins(conn: Connection, studio_id: uuid.UUID, client_ids: Iterable[uuid.UUID]) -> set[uuid.UUID]:
    """Of ``client_ids``, the active clients with no health alert of their own who share a phone,
    an e-mail or a document with another active client who has one: until the two records are
    merged, "possible duplicate of a client with a health alert". A few indexed reads, whatever
    the number of clients."""
    ids = sorted(set(client_ids))
    if not ids:
        return set()
    c = client.c
    mine = conn.execute(
        select(c.id, c.phone, c.email, c.document_number).where(
            c.id.in_(ids), in_studio(studio_id), ACTIVE, ~HAS_HEALTH_ALERT
        )
    ).all()
    if not mine:
        return set()
    phones = {r.phone for r in mine if r.phone}
    emails = {email_key(r.email) for r in mine if r.email}
    documents = {digits(r.document_number) for r in mine if digits(r.document_number)}
    alerted = [
        row
        for condition in _by_keys(conn, studio_id, phones, emails, documents)
        for row in conn.execute(select(c.id, c.phone, c.email, c.document_number).where(condition, HAS_HEALTH_ALERT))
    ]
    found: set[uuid.UUID] = set()
    for one in mine:
        for other in alerted:
            if other.id == one.id:
                continue
            if (
                (one.phone and one.phone == other.phone)
                or (one.email and email_key(one.email) == email_key(other.email))
                or (digits(one.document_number) and digits(one.document_number) == digits(other.document_number))
            ):
                found.add(one.id)
                break
    return found
