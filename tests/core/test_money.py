"""Money is integer centavos, formatted and parsed for people in pt-BR and English."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kronos_core.money import MoneyError, format_money, parse_money

NBSP = "\u00a0"


@pytest.mark.parametrize(
    ("amount", "locale", "text"),
    [
        (123_456, "pt_BR", f"R${NBSP}1.234,56"),
        (123_456, "en", "R$1,234.56"),
        (-123_456, "pt_BR", f"-R${NBSP}1.234,56"),
        (-123_456, "en", "-R$1,234.56"),
        (0, "pt_BR", f"R${NBSP}0,00"),
        (5, "pt_BR", f"R${NBSP}0,05"),
        (-5, "en", "-R$0.05"),
        (100_000_000, "pt_BR", f"R${NBSP}1.000.000,00"),
        (99, "en", "R$0.99"),
        (123_456, "pt-BR", f"R${NBSP}1.234,56"),
    ],
)
def test_format_money(amount: int, locale: str, text: str) -> None:
    assert format_money(amount, locale) == text


def test_format_money_other_currencies() -> None:
    assert format_money(123_456, "en", "USD") == "US$1,234.56"
    assert format_money(123_456, "pt_BR", "EUR") == f"€{NBSP}1.234,56"


@pytest.mark.parametrize("amount", [12.5, 1.0, True, "100", None])
def test_format_money_refuses_anything_but_integer_centavos(amount: object) -> None:
    with pytest.raises(TypeError, match="integer centavos"):
        format_money(amount)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "locale", "amount"),
    [
        ("1.234,56", "pt_BR", 123_456),
        ("R$ 50", "pt_BR", 5_000),
        ("12,5", "pt_BR", 1_250),
        ("  7  ", "pt_BR", 700),
        ("1,234.56", "en", 123_456),
        ("R$1,234.56", "en", 123_456),
        (".5", "en", 50),
    ],
)
def test_parse_money(text: str, locale: str, amount: int) -> None:
    assert parse_money(text, locale) == amount


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("", "pt_BR"),
        ("R$", "pt_BR"),
        ("abc", "en"),
        ("1,234", "pt_BR"),
        ("1,2,3", "pt_BR"),
        ("1.5.5", "en"),
        ("12.345", "en"),
        ("1e3", "en"),
    ],
)
def test_parse_money_refuses_what_is_not_an_amount(text: str, locale: str) -> None:
    with pytest.raises(ValueError, match="amount"):
        parse_money(text, locale)


@pytest.mark.parametrize(("text", "locale"), [("-0,01", "pt_BR"), ("-5", "en"), (f"-R${NBSP}1.234,56", "pt_BR")])
def test_a_typed_amount_is_never_negative(text: str, locale: str) -> None:
    """A refund or a discount is its own action: what a person types is never below zero."""
    with pytest.raises(MoneyError, match="cannot be negative") as caught:
        parse_money(text, locale)
    assert caught.value.code == "negative"


@given(amount=st.integers(min_value=0, max_value=10**13), locale=st.sampled_from(["pt_BR", "en"]))
def test_parse_reads_back_what_format_wrote(amount: int, locale: str) -> None:
    assert parse_money(format_money(amount, locale), locale) == amount


@given(amount=st.integers(min_value=0, max_value=10**13), currency=st.sampled_from(["BRL", "USD", "EUR"]))
def test_parse_reads_back_every_known_currency(amount: int, currency: str) -> None:
    for locale in ("pt_BR", "en"):
        assert parse_money(format_money(amount, locale, currency), locale) == amount
