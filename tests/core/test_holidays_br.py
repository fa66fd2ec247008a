"""The public holidays a studio closes on (kronos_core.holidays_br): the national ones everywhere,
a state's own only in that state, named in the person's language."""

from __future__ import annotations

import datetime as dt

from kronos_core.holidays_br import holiday_on, public_holidays

CHRISTMAS = dt.date(2026, 12, 25)
SP_REVOLUTION = dt.date(2026, 7, 9)  # Revolução Constitucionalista: São Paulo's
SAINT_GEORGE = dt.date(2026, 4, 23)  # Dia de São Jorge: Rio de Janeiro's


def test_christmas_is_a_holiday_in_every_state_and_without_one() -> None:
    for state in ("SP", "RJ", "MG", None):
        assert holiday_on(state, CHRISTMAS) == "Natal"
        assert holiday_on(state, CHRISTMAS, "en") == "Christmas Day"


def test_the_ninth_of_july_closes_only_sao_paulo() -> None:
    assert holiday_on("SP", SP_REVOLUTION) == "Revolução Constitucionalista"
    assert holiday_on("sp", SP_REVOLUTION, "en_US") == "Constitutionalist Revolution"
    assert holiday_on("RJ", SP_REVOLUTION) is None
    assert holiday_on(None, SP_REVOLUTION) is None


def test_saint_georges_day_closes_only_rio_de_janeiro() -> None:
    assert holiday_on("RJ", SAINT_GEORGE) == "São Jorge"
    assert holiday_on("SP", SAINT_GEORGE) is None
    assert holiday_on(None, SAINT_GEORGE) is None


def test_without_a_state_or_with_an_unknown_one_only_the_national_holidays() -> None:
    year = (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    national = public_holidays(None, *year)
    assert public_holidays("XX", *year) == national
    assert public_holidays("", *year) == national
    assert SP_REVOLUTION not in national
    assert SAINT_GEORGE not in national
    assert set(national) < set(public_holidays("SP", *year))
    assert public_holidays("SP", *year).keys() - national.keys() == {SP_REVOLUTION}


def test_a_range_across_new_year_holds_both_years_and_nothing_outside_it() -> None:
    days = public_holidays("SP", dt.date(2026, 12, 24), dt.date(2027, 1, 2), "en")
    assert days == {CHRISTMAS: "Christmas Day", dt.date(2027, 1, 1): "Universal Fraternization Day"}
    assert public_holidays("SP", dt.date(2026, 12, 26), dt.date(2026, 12, 24)) == {}


def test_another_language_reads_the_portuguese_names() -> None:
    assert holiday_on("SP", CHRISTMAS, "de") == "Natal"
