"""NUL (and a lone surrogate) in a JSON column is refused like NUL in text, on both databases.

A client's tags of ``["a\\u0000"]`` used to be stored (the JSON encoder escapes the NUL) and
came back to every desk in its pulls; now the statement fails with ``DataError``, as text with
a NUL does on PostgreSQL, and nothing is written.
"""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy.exc import DataError

from kronos_core.ids import uuid7
from kronos_core.mutations import ApplyContext
from kronos_core.schema import client, sync_conflict
from kronos_core.storable import escape_unstorable, find_unstorable
from tests.core.harness import Desk


@pytest.mark.parametrize("tag", ["a\x00", "\x00", "lone \ud800"], ids=["nul", "only-nul", "surrogate"])
def test_a_tag_with_nul_is_refused_and_nothing_is_stored(desk: Desk, tag: str) -> None:
    before = desk.rows(client)
    with pytest.raises(DataError, match="NUL or a lone surrogate"):
        desk.add_client("Ana Souza", tags=["ok", tag])
    assert desk.rows(client) == before


def _conflict(desk: Desk, mine: Any) -> None:
    with desk.engine.begin() as tx:
        ctx = ApplyContext(tx, desk.actor(), uuid7(), "test.conflict", desk.now)
        ctx.conflict("rejected", table=None, row_ids=[], mine=mine)


@pytest.mark.parametrize(
    "mine",
    [{"args": {"\x00": 1}}, {"args": {"notes": ["x", {"deep": "y\x00"}]}}, {"k\udc80": "v"}],
    ids=["nul-key", "nested-nul-value", "surrogate-key"],
)
def test_nul_anywhere_in_a_json_value_keys_included_is_refused(desk: Desk, mine: Any) -> None:
    with pytest.raises(DataError):
        _conflict(desk, mine)
    assert desk.rows(sync_conflict) == []


def test_storable_text_goes_in_and_comes_back_as_it_was(desk: Desk) -> None:
    tags = ["tatuagem fina", "ação", "emoji 🐉", "a backslash \\u0000 is text", ""]
    client_id = desk.add_client("Ana Souza", tags=tags)
    assert desk.one(client, client_id)["tags"] == tags
    mine = {"args": {"nota": "ok", "lista": [1, 2.5, None, True]}}
    _conflict(desk, mine)
    assert [row["mine"] for row in desk.rows(sync_conflict)] == [mine]


def test_escaping_makes_any_value_storable() -> None:
    value = {"\x00": ["a\x00b", {"k\ud800": "\udfff"}], "ok": "é"}
    escaped = escape_unstorable(value)
    assert escaped == {"\\x00": ["a\\x00b", {"k\\ud800": "\\udfff"}], "ok": "é"}
    assert find_unstorable(value) == "\x00"
    assert find_unstorable(escaped) is None
