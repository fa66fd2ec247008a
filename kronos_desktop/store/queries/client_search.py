"""Finding clients as people type, in the FTS5 index the database keeps (migration 0008).

Any text is safe: it is cut into words of letters and digits (punctuation, quotes, ``*``,
``-``, ``:``, parentheses are ignored; NEAR, AND, OR and NOT are words like any other), and
each word goes to FTS5 quoted, as a prefix. Digits typed without letters ("11 98765",
"529.982.247-25") are joined and found anywhere in a phone or document (the trigram index);
a run of 3 or more digits among letters is found there or as the start of a word of the name
or e-mail. The clients whose words are the typed words exactly come first, then the most
recently changed.
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


def words_of(text: str) -> list[str]:
    """The words of ``text`` that the search uses, in order (no duplicates)."""
    found = _WORD.findall(unicodedata.normalize("NFC", text))
    return list(dict.fromkeys(found))[:MAX_WORDS]


def _prefix(words: list[str]) -> str:
    return " ".join(f'"{w}"*' for w in words)


def _exact(words: list[str]) -> str:
    return " ".join(f'"{w}"' for w in words)


def _plan(text: str) -> tuple[list[str], list[Any]] | None:
    """The conditions on ``fts.rowid`` (the index key) and their parameters; None: nothing to find."""
    words = words_of(text)
    if not words:
        return None
    has_letters = any(not w.isdigit() for w in words)
    conditions: list[str] = []
    params: list[Any] = []
    if not has_letters:
        digits = "".join(words)
        if len(digits) >= 3:
            conditions.append("rowid IN (SELECT rowid FROM client_search_digits WHERE client_search_digits MATCH ?)")
            params.append(f'"{digits}"')
            return conditions, params
    name_words = [w for w in words if not (w.isdigit() and len(w) >= 3)]
    if name_words:
        conditions.append("rowid IN (SELECT rowid FROM client_search WHERE client_search MATCH ?)")
        params.append(_prefix(name_words))
    for digits in (w for w in words if w.isdigit() and len(w) >= 3):
        conditions.append(
            "(rowid IN (SELECT rowid FROM client_search_digits WHERE client_search_digits MATCH ?) "
            "OR rowid IN (SELECT rowid FROM client_search WHERE client_search MATCH ?))"
        )
        params += [f'"{digits}"', f'"{digits}"*']
    return conditions, params


def search_clients(conn: Connection, studio_id: uuid.UUID, text: str, *, limit: int = 50) -> list[uuid.UUID]:
    """The ids of the studio's clients matching ``text``: exact words first, then the most
    recently changed; at most ``limit``. Never raises for what was typed.

    An empty text (or only spaces) gives the most recently changed clients; a text with no
    letter or digit gives none.
    """
    dbapi = conn.connection.driver_connection
    assert dbapi is not None
    if not text.strip():
        rows = dbapi.execute(
            "SELECT id FROM client WHERE studio_id = ? AND deleted = 0 ORDER BY changed_at DESC, id LIMIT ?",
            (studio_id.hex, limit),
        ).fetchall()
        return [uuid.UUID(row[0]) for row in rows]
    plan = _plan(text)
    if plan is None:
        return []
    conditions, params = plan
    words = [w for w in words_of(text) if not w.isdigit()]
    order = "c.changed_at DESC, c.id"
    exact_params: list[Any] = []
    if words:
        order = "s.rowid IN (SELECT rowid FROM client_search WHERE client_search MATCH ?) DESC, " + order
        exact_params = [_exact(words)]
    sql = (
        f"SELECT c.id FROM (SELECT rowid, id FROM client_search WHERE {' AND '.join(conditions)}) AS s "
        "JOIN client AS c ON c.id = s.id "
        "WHERE c.studio_id = ? AND c.deleted = 0 "
        f"ORDER BY {order} LIMIT ?"
    )
    try:
        rows = dbapi.execute(sql, (*params, studio_id.hex, *exact_params, limit)).fetchall()
    except sqlite3.OperationalError as exc:  # an FTS5 query it could not read: nothing found
        if "fts5" not in str(exc):
            raise
        return []
    return [uuid.UUID(row[0]) for row in rows]
