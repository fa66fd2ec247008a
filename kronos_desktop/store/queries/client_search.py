"""Finding clients as people type, in the FTS5 index the database keeps (migration 0008).

Any text is safe: it is cut into words of letters and digits (punctuation, quotes, ``*``,
``-``, ``:``, parentheses are ignored; NEAR, AND, OR and NOT are words like any other), and
each word goes to FTS5 quoted, as a prefix. Digits typed without letters ("11 98765",
"529.982.247-25") are joined and found anywhere in a phone or document (the trigram index);
a run of 3 or more digits among letters is found there or as the start of a word of the name
or e-mail. The clients whose words are the typed words exactly come first, then the others;
within each, the most recently added to the desk first. Deleted clients are not in the index,
and the studio is kept beside each row: a search never reads the client table.
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


_DIGITS = "rowid IN (SELECT rowid FROM client_search_digits WHERE client_search_digits MATCH ?)"


def _plan(words: list[str], *, exact: bool) -> tuple[list[str], list[Any]] | None:
    """The conditions on ``client_search`` and their parameters; None: nothing to look for."""
    has_letters = any(not w.isdigit() for w in words)
    if not has_letters:
        if exact:
            return None
        digits = "".join(words)
        if len(digits) >= 3:
            return [_DIGITS], [f'"{digits}"']
    conditions: list[str] = []
    params: list[Any] = []
    name_words = [w for w in words if not (w.isdigit() and len(w) >= 3)]
    if name_words:
        conditions.append("client_search MATCH ?")
        params.append(_exact(name_words) if exact else _prefix(name_words))
    for digits in (w for w in words if w.isdigit() and len(w) >= 3):
        conditions.append(f"({_DIGITS} OR rowid IN (SELECT rowid FROM client_search WHERE client_search MATCH ?))")
        params += [f'"{digits}"', f'"{digits}"*']
    return conditions, params


def _ids(dbapi: sqlite3.Connection, conditions: list[str], params: list[Any], studio_hex: str, limit: int) -> list[str]:
    sql = f"SELECT id FROM client_search WHERE {' AND '.join(conditions)} AND studio_id = ? ORDER BY rowid DESC LIMIT ?"
    try:
        return [row[0] for row in dbapi.execute(sql, (*params, studio_hex, limit))]
    except sqlite3.OperationalError as exc:  # an FTS5 query it could not read: nothing found
        if "fts5" not in str(exc):
            raise
        return []


def search_clients(conn: Connection, studio_id: uuid.UUID, text: str, *, limit: int = 50) -> list[uuid.UUID]:
    """The ids of the studio's clients matching ``text``: those whose words are the typed words
    exactly first, then the others; each group the most recently added to the desk first (the
    index's keys are in the order rows arrived); at most ``limit``. Never raises for what was
    typed.

    An empty text (or only spaces) gives the most recently added clients; a text with no
    letter or digit gives none.
    """
    dbapi: Any = conn.connection.driver_connection
    assert dbapi is not None
    if not text.strip():
        return [uuid.UUID(i) for i in _ids(dbapi, ["1"], [], studio_id.hex, limit)]
    words = words_of(text)
    if not words:
        return []
    found: list[str] = []
    for exact in (True, False):
        plan = _plan(words, exact=exact)
        if plan is not None:
            found += _ids(dbapi, *plan, studio_id.hex, limit)
    return [uuid.UUID(i) for i in list(dict.fromkeys(found))[:limit]]
