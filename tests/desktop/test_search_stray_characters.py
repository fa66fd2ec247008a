"""A stray character never kills a valid search (issue 13, what a new user tripped on): `jose"`
finds what `jose` finds, `jo*` is a prefix, and punctuation between words is ignored."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kronos_core.demo import DEMO_STUDIO_ID
from kronos_desktop.store import LocalStore
from kronos_desktop.store.queries.client_index import ClientIndex


@pytest.fixture(scope="module")
def index(demo_template: tuple[Path, object]) -> ClientIndex:
    store = LocalStore.open(demo_template[0])
    try:
        with store.read_engine.connect() as conn:
            return ClientIndex.build(conn, DEMO_STUDIO_ID)
    finally:
        store.close()


@pytest.mark.parametrize("typed", ['jose"', "jose*", "(jose)", "jose:", "'jose'", "-jose", "jose,"])
def test_punctuation_around_a_word_finds_what_the_word_finds(index: ClientIndex, typed: str) -> None:
    plain = index.search("jose")
    assert plain, "the demo has clients called José"
    assert index.search(typed) == plain


def test_a_trailing_star_is_a_prefix(index: ClientIndex) -> None:
    assert index.search("jo*") == index.search("jo")
    assert set(index.search("jose")) <= set(index.search("jo*"))


@given(text=st.text(max_size=12))
def test_any_characters_give_results_or_none_never_an_error(index: ClientIndex, text: str) -> None:
    found = index.search(text)
    assert set(found) <= set(index.search("")), "only real clients, whatever was typed"
