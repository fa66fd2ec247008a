"""The prefix sequence the server hands out (kronos_core/sale_prefixes.py): A is only claimed,
the others come B, C, … Z, AA, … never twice in a studio; provisional prefixes are never one of them."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kronos_core import sale_prefixes as sp


def test_the_sequence_reads_like_spreadsheet_columns() -> None:
    assert [sp.letters(i) for i in (0, 1, 25, 26, 27, 51, 52, 701, 702)] == [
        "A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA",
    ]  # fmt: skip


@given(st.integers(0, 26**5))
def test_a_prefix_and_its_place_in_the_sequence_round_trip(n: int) -> None:
    prefix = sp.letters(n)
    assert sp.index_of(prefix) == n
    assert sp.is_letters(prefix)
    assert not sp.is_provisional(prefix)


def test_a_standalone_desk_keeps_its_claim_and_the_others_get_the_next_free_letter() -> None:
    assert sp.next_free([], "A") == "A", "the desk that brings its studio keeps A"
    assert sp.next_free([]) == "B", "A is never handed out unclaimed"
    assert sp.next_free(["A", "B", None]) == "C"
    assert sp.next_free(["A", "B"], "A") == "C", "a claim already held gets the next free one"
    assert sp.next_free(["B", "D"], "0ABCDEF1") == "C", "a provisional prefix claims nothing"


@given(st.lists(st.integers(0, 60), max_size=20), st.one_of(st.none(), st.integers(0, 60)))
def test_a_given_prefix_is_never_one_the_studio_holds(held: list[int], claim: int | None) -> None:
    taken = [sp.letters(i) for i in held]
    given_prefix = sp.next_free(taken, None if claim is None else sp.letters(claim))
    assert given_prefix not in taken
    assert sp.is_letters(given_prefix)


def test_provisional_prefixes_start_with_a_digit_and_differ() -> None:
    drawn = {sp.provisional() for _ in range(200)}
    assert len(drawn) == 200
    assert all(sp.is_provisional(p) and len(p) == sp.MAX_LENGTH and not sp.is_letters(p) for p in drawn)


def test_a_restored_standalone_desk_takes_the_letter_after_every_one_used() -> None:
    assert sp.next_after({"A"}) == "B"
    assert sp.next_after({"A", "C", "0ABCDEF1", ""}) == "D"
    assert sp.prefix_of("AB-000012") == "AB"
    assert sp.prefix_of("D1-1") == "D1"
