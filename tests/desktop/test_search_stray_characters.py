"""A stray character never kills a valid search (issue 13, what a new user tripped on): `jose"`
finds what `jose` finds, `jo*` is a prefix, and punctuation between words is ignored; on the
standard demo's 2,000 clients, through the FTS5 index (was the in-memory index's test)."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kronos_core.demo import DEMO_STUDIO_ID, DemoStudio
from kronos_desktop.store import LocalStore
from kronos_desktop.store.queries.client_search import count_found, search_clients
from kronos_desktop.store.queries.clients import artists_clients

Find = Callable[[str], list[uuid.UUID]]
EVERY = 10_000  # more than the demo's clients: a search's whole answer


@pytest.fixture(scope="module")
def find(demo_template: tuple[Path, object]) -> Iterator[Find]:
    store = LocalStore.open(demo_template[0])
    try:
        with store.read_engine.connect() as conn:

            def found(text: str) -> list[uuid.UUID]:
                ids = search_clients(conn, DEMO_STUDIO_ID, text, limit=EVERY)
                assert count_found(conn, DEMO_STUDIO_ID, text) == len(ids), "the count says what the list shows"
                return ids

            yield found
    finally:
        store.close()


@pytest.mark.parametrize("typed", ['jose"', "jose*", "(jose)", "jose:", "'jose'", "-jose", "jose,"])
def test_punctuation_around_a_word_finds_what_the_word_finds(find: Find, typed: str) -> None:
    plain = find("jose")
    assert plain, "the demo has clients called José"
    assert find(typed) == plain


def test_a_trailing_star_is_a_prefix(find: Find) -> None:
    assert find("jo*") == find("jo")
    assert set(find("jose")) <= set(find("jo*"))


@given(text=st.text(max_size=12))
def test_any_characters_give_results_or_none_never_an_error(find: Find, text: str) -> None:
    found = find(text)
    assert set(found) <= set(find("")), "only real clients, whatever was typed"


@pytest.fixture(scope="module")
def theirs(demo_template: tuple[Path, DemoStudio]) -> Iterator[tuple[uuid.UUID, set[uuid.UUID], Callable[..., Any]]]:
    """An artist of the demo, the clients they see (clients.artists_clients), and a search."""
    artist = demo_template[1].artist_ids[0]
    store = LocalStore.open(demo_template[0])
    try:
        with store.read_engine.connect() as conn:
            seen = set(conn.execute(artists_clients(artist)).scalars())

            def found(text: str, artist_id: uuid.UUID | None) -> tuple[list[uuid.UUID], int]:
                ids = search_clients(conn, DEMO_STUDIO_ID, text, limit=EVERY, artist_id=artist_id)
                return ids, count_found(conn, DEMO_STUDIO_ID, text, artist_id=artist_id)

            yield artist, seen, found
    finally:
        store.close()


@pytest.mark.parametrize("typed", ["", "a", "jo", "silva", "maria", "11 9", "987", "ana 9", "ana 987", "silva 11"])
def test_an_artist_finds_their_own_clients_alone(
    theirs: tuple[uuid.UUID, set[uuid.UUID], Callable[..., Any]], typed: str
) -> None:
    artist, seen, found = theirs
    everyone, _ = found(typed, None)
    mine, counted = found(typed, artist)
    assert mine == [i for i in everyone if i in seen], "the same order, the artist's clients alone"
    assert counted == len(mine)
    assert 0 < len(seen) < 2_000
