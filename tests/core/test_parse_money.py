"""Amounts typed as people type them (issue 15, "Bad input"): the issue's table in pt_BR and its
English mirror, and no text ever raising anything but ValueError."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kronos_core.money import MoneyError, format_money, parse_money

# (typed, pt_BR reads it as, English reads it as); None: refused.
TABLE: list[tuple[str, int | None, int | None]] = [
    ("1.234,56", 123_456, None),
    ("1234,56", 123_456, 123_456),
    ("1234.56", 123_456, 123_456),
    ("12,5", 1_250, 1_250),
    ("12.50", 1_250, 1_250),
    ("12.5", 1_250, 1_250),
    ("12,50", 1_250, 1_250),
    ("1.234", 123_400, None),
    ("1,234", None, 123_400),
    ("1,234.56", None, 123_456),
    ("R$ 90", 9_000, 9_000),
    ("R$90", 9_000, 9_000),
    ("R$\u00a01.234,56", 123_456, None),
    ("  7  ", 700, 700),
    ("0,01", 1, 1),
    ("1.234.567,89", 123_456_789, None),
    ("1,234,567.89", None, 123_456_789),
    ("12,3,4", None, None),
    ("1.23.4", None, None),
    ("-5", None, None),
    ("abc", None, None),
    ("", None, None),
    ("R$", None, None),
    ("12,345", None, 1_234_500),
    ("12.345", 1_234_500, None),
    ("1.2345", None, None),
    ("1e3", None, None),
    ("12,", None, None),
    ("0.123", None, None),
    ("1 234", None, None),
    ("\u0661\u0662", None, None),  # Arabic-Indic digits: not what a Brazilian keyboard types
]


@pytest.mark.parametrize(("text", "pt", "en"), TABLE)
@pytest.mark.parametrize("locale", ["pt_BR", "en"])
def test_the_issues_table_in_both_languages(text: str, pt: int | None, en: int | None, locale: str) -> None:
    expected = pt if locale == "pt_BR" else en
    if expected is None:
        with pytest.raises(ValueError, match="amount"):
            parse_money(text, locale)
    else:
        assert parse_money(text, locale) == expected


@pytest.mark.parametrize("text", ["-5", "-0,01", "R$ -90", "\u22125", "  -1.234,56"])
def test_a_negative_amount_is_refused_with_a_clear_message(text: str) -> None:
    with pytest.raises(MoneyError, match="cannot be negative") as caught:
        parse_money(text, "pt_BR")
    assert caught.value.code == "negative"


def test_the_refusals_say_what_is_wrong() -> None:
    codes = {}
    for text in ("", "abc", "99999999999999"):
        with pytest.raises(MoneyError) as caught:
            parse_money(text, "pt_BR")
        codes[text] = caught.value.code
    assert codes == {"": "empty", "abc": "not_amount", "99999999999999": "too_large"}


@given(text=st.text(), locale=st.sampled_from(["pt_BR", "en", "pt-BR", "xx"]))
def test_any_text_is_an_amount_or_a_value_error(text: str, locale: str) -> None:
    try:
        value = parse_money(text, locale)
    except ValueError:
        return
    assert type(value) is int
    assert value >= 0


@given(
    text=st.text(alphabet="0123456789.,R$ -\u00a0", max_size=16),
    locale=st.sampled_from(["pt_BR", "en"]),
)
def test_typed_looking_text_is_an_amount_or_a_value_error(text: str, locale: str) -> None:
    try:
        value = parse_money(text, locale)
    except ValueError:
        return
    assert type(value) is int
    assert value >= 0


@given(amount=st.integers(min_value=0, max_value=10**13), locale=st.sampled_from(["pt_BR", "en"]))
def test_what_the_desk_shows_reads_back(amount: int, locale: str) -> None:
    assert parse_money(format_money(amount, locale), locale) == amount
