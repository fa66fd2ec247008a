"""Finding clients as people type, in the FTS5 index the database keeps (migrations 0008, 0009).

Any text is safe: it is cut into words of letters and digits (punctuation, quotes, ``*``,
``-``, ``:``, parentheses are ignored; NEAR, AND, OR and NOT are words like any other), and
each word goes to FTS5 quoted, as a prefix. Digits typed without letters ("11 98765",
"529.982.247-25") are joined and found anywhere in a phone or document (the trigram index);
a run of 3 or more digits among letters is found there or as the start of a word of the name,
e-mail or Instagram handle ("@ana.tattoo" is the words "ana" and "tattoo").

The order (the Clients list's and the booking dialog's): the clients whose words are the typed
words exactly come first, then the others; within each, the most recently added to the desk
first (the index's keys are ``client.rowid``, in the order rows arrived). It pages by key
(:func:`search_clients`' ``after``), so the 50th page costs about what the first does, and
:func:`count_found` counts the same clients. Deleted, merged and erased clients are not in the
index. A desk's file holds one studio, so the index is searched without reading each match's
stored row for its studio (a count of "ma" over 100,000 clients: 65 ms with it, 6 without).
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
import uuid
from typing import Any

from sqlalchemy import Connection

# Letters and digits (no underscore): what unicode61 keeps of a word, and what a person means.
_WORD = re.compile(r"[^\W_]+")
# More words than anyone types: the rest are left out (each is one more FTS5 term).
MAX_WORDS = 12
# Longer words than any name or number has: FTS5 would find nothing anyway.
MAX_WORD = 64
# More digits than a phone or a document has (document_number holds 32): found nowhere.
MAX_NUMBER = 32

# "+rowid": a filter, never the way in (SQLite would drive by it and then refuse the MATCH:
# "unable to use function MATCH in the requested context").
_DIGITS = "+rowid IN (SELECT rowid FROM client_search_digits WHERE client_search_digits MATCH ?)"
# The clients of a studio and those an artist sees (kronos_desktop.store.queries.clients.
# artists_clients, in SQL; tests hold the two to the same clients), by the index's key.
_STUDIO = "+rowid IN (SELECT rowid FROM client WHERE studio_id = ?)"
_ARTISTS = (
    "+rowid IN (SELECT c.rowid FROM appointment AS a JOIN client AS c ON c.id = a.client_id "
    "WHERE a.artist_id = ? AND a.deleted = 0 UNION SELECT rowid FROM client WHERE created_by = ?)"
)
WORDS_TABLE, DIGITS_TABLE = "client_search", "client_search_digits"

Plan = tuple[list[str], list[Any]]
# A ranked group: the index table searched, and the conditions on it.
Group = tuple[str, list[str], list[Any]]


def _words(text: str) -> list[str]:
    return [w[:MAX_WORD] for w in _WORD.findall(unicodedata.normalize("NFC", text))]


def words_of(text: str) -> list[str]:
    """The words of ``text`` that the search uses, in order (no duplicates)."""
    return list(dict.fromkeys(_words(text)))[:MAX_WORDS]


def _prefix(words: list[str]) -> str:
    return " ".join(f'"{w}"*' for w in words)


def _exact(words: list[str]) -> str:
    return " ".join(f'"{w}"' for w in words)


def _plan(words: list[str], *, exact: bool, digits: str = "") -> Plan | None:
    """The conditions on ``client_search`` and their parameters; None: nothing to look for.
    ``digits``: all the digits typed, when there is no letter (a number typed in pieces)."""
    has_letters = any(not w.isdigit() for w in words)
    if not has_letters:
        if exact:
            return None
        if 3 <= len(digits) <= MAX_NUMBER:
            return [f"{DIGITS_TABLE} MATCH ?"], [f'"{digits}"']  # on the digits' table
    conditions: list[str] = []
    params: list[Any] = []
    name_words = [w for w in words if not (w.isdigit() and len(w) >= 3)]
    if name_words:
        conditions.append("client_search MATCH ?")
        params.append(_exact(name_words) if exact else _prefix(name_words))
    for digits in (w for w in words if w.isdigit() and len(w) >= 3):
        conditions.append(f"({_DIGITS} OR +rowid IN (SELECT rowid FROM client_search WHERE client_search MATCH ?))")
        params += [f'"{digits}"', f'"{digits}"*']
    return conditions, params


def _run(dbapi: sqlite3.Connection, sql: str, params: list[Any]) -> list[Any]:
    try:
        return dbapi.execute(sql, params).fetchall()
    except sqlite3.OperationalError as exc:  # an FTS5 query it could not read: nothing found
        if "fts5" not in str(exc):
            raise
        return []


def _dbapi(conn: Connection) -> sqlite3.Connection:
    dbapi: Any = conn.connection.driver_connection
    assert dbapi is not None
    return dbapi


def _scope(dbapi: sqlite3.Connection, studio_id: uuid.UUID, artist_id: uuid.UUID | None) -> Plan | None:
    """The conditions for the studio's clients (an artist's own alone, ``artist_id``); None: the
    file holds none of them. A desk's file holds one studio (every client's studio, a foreign
    key): then the index is not filtered by it, which would read every match's stored row."""
    studios = [row[0] for row in dbapi.execute("SELECT id FROM studio LIMIT 2")]
    if studios == [studio_id.hex] or not studios:
        conditions, params = [], []
    elif studio_id.hex not in studios:
        return None
    else:
        conditions, params = [_STUDIO], [studio_id.hex]
    if artist_id is not None:
        conditions, params = [*conditions, _ARTISTS], [*params, artist_id.hex, artist_id.hex]
    return conditions, params


def _plans(text: str) -> tuple[Plan | None, Plan] | None:
    """The exact and the prefix match of ``text`` (no exact one for digits alone); None:
    nothing is found."""
    words = words_of(text)
    digits = "".join(w for w in _words(text) if w.isdigit())  # "55119 4 334 4": every 4
    prefix = _plan(words, exact=False, digits=digits) if words else None
    if prefix is None:
        return None
    return _plan(words, exact=True), prefix


def _groups(text: str) -> list[Group]:
    """The ranked groups, best first: none for a text that finds nothing, one without a
    condition for an empty text (the whole studio)."""
    if not text.strip():
        return [(WORDS_TABLE, [], [])]
    plans = _plans(text)
    if plans is None:
        return []
    exact, prefix = plans
    if exact is None:
        return [(_table(prefix), *prefix)]
    # The second group leaves out the first's clients (every exact match is a prefix match).
    # The two differ in the words' match alone (their first condition), so only it is excluded:
    # SQLite cannot nest a MATCH under an OR in a NOT IN.
    not_exact = "rowid NOT IN (SELECT rowid FROM client_search WHERE client_search MATCH ?)"
    return [(WORDS_TABLE, *exact), (WORDS_TABLE, [*prefix[0], not_exact], [*prefix[1], exact[1][0]])]


def _table(plan: Plan) -> str:
    return DIGITS_TABLE if plan[0] and plan[0][0].startswith(DIGITS_TABLE) else WORDS_TABLE


def _where(conditions: list[str]) -> str:
    return f" WHERE {' AND '.join(conditions)}" if conditions else ""


def search_clients(
    conn: Connection,
    studio_id: uuid.UUID,
    text: str,
    *,
    limit: int = 50,
    after: uuid.UUID | None = None,
    artist_id: uuid.UUID | None = None,
) -> list[uuid.UUID]:
    """The ids of the studio's clients matching ``text``: those whose words are the typed words
    exactly first, then the others; each group the most recently added to the desk first; at
    most ``limit``, after the client ``after`` (the last one of the page shown before; a client
    no longer found ends the list). ``artist_id``: among that artist's clients alone. Never
    raises for what was typed.

    An empty text (or only spaces) gives the most recently added clients; a text with no
    letter or digit gives none.
    """
    groups = _groups(text)
    dbapi = _dbapi(conn)
    scope = _scope(dbapi, studio_id, artist_id)
    if scope is None or not groups:
        return []
    start, below = 0, None
    if after is not None:
        key = dbapi.execute("SELECT rowid FROM client WHERE id = ?", (after.hex,)).fetchone()
        start = next((n for n, group in enumerate(groups) if key and _holds(dbapi, group, key[0])), -1)
        if start < 0:
            return []
        below = key[0]
    keys: list[int] = []
    ids: dict[int, str] = {}
    exact_keys: list[int] | None = None  # every exact match, when the first group gave them all
    for n, (table, conditions, params) in enumerate(groups[start:]):
        if len(keys) >= limit:
            break
        if start + n == 1 and exact_keys is not None:
            # The exact group came back short of its limit: it holds every exact match, so the
            # prefix group leaves those keys out by value instead of matching them again.
            conditions, params = conditions[:-1], params[:-1]
            if exact_keys:
                conditions = [*conditions, f"rowid NOT IN ({', '.join('?' for _ in exact_keys)})"]
                params = [*params, *exact_keys]
        where, values = [*conditions, *scope[0]], [*params, *scope[1]]
        if n == 0 and below is not None:
            where.append("rowid < ?")
            values.append(below)
        # The ids as the index holds them (not the client table's rowids: see migration 0008),
        # read with the keys where the table has them.
        columns = "rowid, id" if table == WORDS_TABLE else "rowid, NULL"
        sql = f"SELECT {columns} FROM {table}{_where(where)} ORDER BY rowid DESC LIMIT ?"
        wanted = limit - len(keys)
        found = _run(dbapi, sql, [*values, wanted])
        for key, row_id in found:
            keys.append(key)
            if row_id is not None:
                ids[key] = row_id
        if start + n == 0 and len(groups) > 1 and below is None and len(found) < wanted:
            exact_keys = [key for key, _ in found]
    missing = [k for k in keys if k not in ids]
    if missing:
        marks = ", ".join("?" for _ in missing)
        ids.update(dbapi.execute(f"SELECT rowid, id FROM client_search WHERE rowid IN ({marks})", missing).fetchall())
    return [uuid.UUID(ids[k]) for k in keys if k in ids]


def _holds(dbapi: sqlite3.Connection, group: Group, rowid: int) -> bool:
    table, conditions, params = group
    sql = f"SELECT 1 FROM {table}{_where([*conditions, 'rowid = ?'])}"
    return bool(_run(dbapi, sql, [*params, rowid]))


def count_found(conn: Connection, studio_id: uuid.UUID, text: str, *, artist_id: uuid.UUID | None = None) -> int:
    """How many clients :func:`search_clients` finds for ``text`` without a limit (the prefix
    match: every exact match is one)."""
    dbapi = _dbapi(conn)
    scope = _scope(dbapi, studio_id, artist_id)
    groups = _groups(text)
    if scope is None or not groups:
        return 0
    table, conditions, params = groups[-1]
    if len(groups) > 1:  # the prefix match, without leaving out the exact one
        conditions, params = conditions[:-1], params[:-1]
    sql = f"SELECT count(*) FROM {table}{_where([*conditions, *scope[0]])}"
    rows = _run(dbapi, sql, [*params, *scope[1]])
    return int(rows[0][0]) if rows else 0
