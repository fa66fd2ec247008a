"""The client search index: every client's folded name and digits in name order, in memory."""

from __future__ import annotations

import bisect
import re
import uuid

from sqlalchemy import Connection

from kronos_desktop.store.queries.common import digits_of, fold


class ClientIndex:
    """Every client's name, preferred name and e-mail folded (no accents, lower case), with the
    digits of their phone and document, in name order.

    SQLite 3.40 cannot compare without accents, and calling Python for each of 100,000 rows
    costs a second per search; this index answers one in a few milliseconds. It is built on the
    first search, and changed clients are put in their place (``Reader.clients_changed``).
    """

    # The folding that SQLite can do (joining, dropping punctuation) it does; Python folds the
    # accents of all rows at once, as one string.
    _SELECT = (
        "SELECT full_name, id, full_name || ' ' || coalesce(preferred_name, '') || ' ' || coalesce(email, ''), "
        "replace(replace(replace(replace(coalesce(phone, '') || ' ' || coalesce(document_number, ''), "
        "'+', ''), '.', ''), '-', ''), '/', ''), deleted FROM client "
    )

    def __init__(self, studio_id: uuid.UUID) -> None:
        self.studio_id = studio_id
        # (full name, id hex) in name order, and beside each its folded text and digits.
        self._keys: list[tuple[str, str]] = []
        self._texts: list[tuple[str, str]] = []
        self._last: tuple[str, list[tuple[str, str]]] | None = None

    @staticmethod
    def _fold_all(texts: list[str]) -> list[str]:
        joined = fold("\x00".join(texts)).split("\x00")  # one call for 100,000 names
        return joined if len(joined) == len(texts) else [fold(t) for t in texts]

    @classmethod
    def build(cls, conn: Connection, studio_id: uuid.UUID) -> ClientIndex:
        index = cls(studio_id)
        dbapi = conn.connection.driver_connection
        assert dbapi is not None
        rows = dbapi.execute(
            cls._SELECT + "WHERE +studio_id = ? AND deleted = 0 ORDER BY full_name, id", (studio_id.hex,)
        ).fetchall()
        index._keys = [(name, str(row_id)) for name, row_id, *_ in rows]
        index._texts = list(zip(cls._fold_all([r[2] for r in rows]), [r[3] for r in rows], strict=True))
        return index

    def update(self, conn: Connection, ids: set[uuid.UUID]) -> None:
        """Put the given clients (new, renamed, deleted) in their place."""
        wanted = {i.hex for i in ids}
        keep = [n for n, key in enumerate(self._keys) if key[1] not in wanted]
        if len(keep) != len(self._keys):
            self._keys = [self._keys[n] for n in keep]
            self._texts = [self._texts[n] for n in keep]
        dbapi = conn.connection.driver_connection
        assert dbapi is not None
        marks = ", ".join("?" for _ in wanted)
        rows = dbapi.execute(
            self._SELECT + f"WHERE +studio_id = ? AND id IN ({marks})", (self.studio_id.hex, *wanted)
        ).fetchall()
        for name, row_id, text, digits, deleted in rows:
            if deleted:
                continue
            key = (name, str(row_id))
            at = bisect.bisect_left(self._keys, key)
            self._keys.insert(at, key)
            self._texts.insert(at, (fold(text), digits))
        self._last = None

    def __len__(self) -> int:
        return len(self._keys)

    def search(self, text: str) -> list[tuple[str, str]]:
        """The (full name, id hex) of the clients matching ``text``, in name order.

        Only digits and punctuation: a phone or document number, however it is written.
        Otherwise every word must appear in the name, the preferred name or the e-mail.
        """
        if self._last is not None and self._last[0] == text:
            return self._last[1]
        digits = digits_of(text)
        if len(digits) >= 3 and not any(ch.isalpha() for ch in text):
            found = [key for key, (_, numbers) in zip(self._keys, self._texts, strict=True) if digits in numbers]
        else:
            # Words of letters and digits: a stray quote, `*`, `-` or `(` is not part of a name
            # (`jose"` finds what `jose` finds; `jo*` is a prefix, as every word already is).
            words = re.findall(r"\w+", fold(text))
            found = [key for key, (words_in, _) in zip(self._keys, self._texts, strict=True)
                     if all(w in words_in for w in words)]  # fmt: skip
        self._last = (text, found)
        return found
