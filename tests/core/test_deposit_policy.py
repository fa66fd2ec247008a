"""The studio's deposit policy worked with a controlled clock (issue 15): expiry, no-show, late
cancellation, reschedules, the session it is applied at, who keeps a forfeit, the client's text."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kronos_core.deposits import (
    DepositPolicy,
    applies_now,
    counts_as_no_show,
    expired,
    expires_on,
    forfeit_shares,
    late_cancellation,
    policy_of,
    policy_text,
    survives_reschedule,
)

UTC = dt.UTC
STUDIO_DEFAULTS = {
    "deposit_expiry_months": 6,
    "forfeit_on_no_show": True,
    "no_show_late_minutes": 30,
    "late_cancel_hours": 48,
    "deposit_reschedules": 1,
    "deposit_applies_to": "last",
    "forfeit_keeper": "studio",
    "forfeit_artist_bps": 5_000,
    "deposit_policy_text": None,
}
POLICY = policy_of(STUDIO_DEFAULTS)
START = dt.datetime(2026, 3, 14, 17, 0, tzinfo=UTC)  # 14:00 in São Paulo


def policy(**changes: object) -> DepositPolicy:
    return policy_of({**STUDIO_DEFAULTS, **changes})


def test_the_policy_is_read_from_the_studios_settings() -> None:
    assert DepositPolicy(6, True, 30, 48, 1, "last", "studio", 5_000, None) == POLICY
    assert policy(deposit_policy_text="  Sinal não reembolsável.  ").own_text == "Sinal não reembolsável."
    assert policy(deposit_policy_text="   ").own_text is None


@pytest.mark.parametrize(
    ("taken", "months", "expires"),
    [
        (dt.date(2026, 1, 15), 6, dt.date(2026, 7, 15)),
        (dt.date(2026, 8, 31), 6, dt.date(2027, 2, 28)),  # clamped to February's end
        (dt.date(2027, 8, 31), 6, dt.date(2028, 2, 29)),  # a leap year
        (dt.date(2026, 1, 31), 1, dt.date(2026, 2, 28)),
        (dt.date(2026, 3, 31), 1, dt.date(2026, 4, 30)),
        (dt.date(2026, 11, 30), 3, dt.date(2027, 2, 28)),
        (dt.date(2026, 12, 10), 12, dt.date(2027, 12, 10)),
        (dt.date(2026, 5, 20), 120, dt.date(2036, 5, 20)),
    ],
)
def test_a_deposit_expires_n_months_after_the_day_it_was_taken(taken: dt.date, months: int, expires: dt.date) -> None:
    last_day = expires_on(taken, policy(deposit_expiry_months=months))
    assert last_day == expires
    assert not expired(last_day, last_day)  # still good on its last day
    assert expired(last_day, last_day + dt.timedelta(days=1))
    assert not expired(None, dt.date(2100, 1, 1))


@given(taken=st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2090, 12, 31)), months=st.integers(1, 120))
def test_expiry_is_never_early_and_never_a_month_late(taken: dt.date, months: int) -> None:
    expires = expires_on(taken, policy(deposit_expiry_months=months))
    assert (expires.year - taken.year) * 12 + expires.month - taken.month == months
    assert expires.day == taken.day or (expires.day < taken.day and (expires + dt.timedelta(days=1)).day == 1)


@pytest.mark.parametrize(("late", "no_show"), [(0, False), (29, False), (30, True), (95, True)])
def test_n_minutes_late_is_a_no_show(late: int, no_show: bool) -> None:
    assert counts_as_no_show(POLICY, START, START + dt.timedelta(minutes=late)) is no_show
    assert counts_as_no_show(POLICY, START, START - dt.timedelta(hours=1)) is False


def test_a_naive_clock_is_refused() -> None:
    with pytest.raises(ValueError, match="aware"):
        counts_as_no_show(POLICY, START.replace(tzinfo=None), START)


@pytest.mark.parametrize(
    ("before_start", "late"),
    [
        (dt.timedelta(days=3), False),
        (dt.timedelta(hours=48), False),  # exactly 48 hours before: in time (appointment.cancel agrees)
        (dt.timedelta(hours=47, minutes=59), True),
        (dt.timedelta(hours=2), True),
        (dt.timedelta(hours=-1), True),
    ],
)
def test_a_cancellation_within_n_hours_is_late(before_start: dt.timedelta, late: bool) -> None:
    assert late_cancellation(POLICY, START, START - before_start) is late


def test_in_sao_paulo_hours_are_hours() -> None:
    sp = dt.timezone(dt.timedelta(hours=-3))
    assert late_cancellation(POLICY, START, dt.datetime(2026, 3, 12, 14, 1, tzinfo=sp)) is True
    assert late_cancellation(POLICY, START, dt.datetime(2026, 3, 12, 13, 59, tzinfo=sp)) is False


@pytest.mark.parametrize(
    ("allowed", "so_far", "survives"), [(1, 0, True), (1, 1, False), (0, 0, False), (3, 2, True), (3, 3, False)]
)
def test_a_deposit_survives_its_reschedules(allowed: int, so_far: int, survives: bool) -> None:
    assert survives_reschedule(policy(deposit_reschedules=allowed), so_far) is survives


@pytest.mark.parametrize(
    ("applied_at", "first", "last", "applies"),
    [
        ("last", True, False, False),
        ("last", False, True, True),
        ("first", True, False, True),
        ("first", False, True, False),
        ("first", True, True, True),  # a project of one session
        ("last", True, True, True),
        ("last", False, False, False),
    ],
)
def test_applied_at_the_first_or_the_last_session(applied_at: str, first: bool, last: bool, applies: bool) -> None:
    assert applies_now(policy(deposit_applies_to=applied_at), first_session=first, last_session=last) is applies


@pytest.mark.parametrize(
    ("keeper", "bps", "amount", "shares"),
    [
        ("studio", 5_000, 20_000, (0, 20_000)),
        ("artist", 5_000, 20_000, (20_000, 0)),
        ("split", 5_000, 20_001, (10_001, 10_000)),  # half up to the artist
        ("split", 3_333, 10_000, (3_333, 6_667)),
        ("split", 0, 10_000, (0, 10_000)),
    ],
)
def test_who_keeps_a_forfeited_deposit(keeper: str, bps: int, amount: int, shares: tuple[int, int]) -> None:
    assert forfeit_shares(policy(forfeit_keeper=keeper, forfeit_artist_bps=bps), amount) == shares


@given(amount=st.integers(0, 10**9), bps=st.integers(0, 10_000), keeper=st.sampled_from(["studio", "artist", "split"]))
def test_forfeit_shares_always_add_up(amount: int, bps: int, keeper: str) -> None:
    artist, studio = forfeit_shares(policy(forfeit_keeper=keeper, forfeit_artist_bps=bps), amount)
    assert artist + studio == amount
    assert min(artist, studio) >= 0


def test_the_client_reads_the_policy_in_portuguese() -> None:
    text = policy_text(policy(forfeit_keeper="split"), "pt_BR", amount=20_000)
    for words in (
        "R$\u00a0200,00",
        "6 meses",
        "30 minutos ou mais de atraso",
        "menos de 48 horas",
        "remarcar uma vez",
        "na última sessão",
        "dividido entre o(a) tatuador(a) e o estúdio",
    ):
        assert words in text
    assert len(text) < 700


def test_the_client_reads_the_policy_in_english() -> None:
    text = policy_text(policy(deposit_applies_to="first", deposit_reschedules=0, forfeit_keeper="artist"), "en")
    for words in (
        "6 months",
        "30 minutes late",
        "less than 48 hours",
        "Rescheduling loses",
        "first session",
        "your artist keeps it",
    ):
        assert words in text
    assert "R$" not in text


def test_the_text_follows_the_policy() -> None:
    kind = policy_text(policy(forfeit_on_no_show=False, deposit_expiry_months=1, late_cancel_hours=1), "pt_BR")
    assert "1 mês" in kind
    assert "1 hora " in kind
    assert "atraso" not in kind
    assert "fica com o estúdio" in kind
    assert "3 times" in policy_text(policy(deposit_reschedules=3), "en")


def test_the_studios_own_words_win() -> None:
    own = policy(deposit_policy_text="Sinal de 30% não reembolsável.")
    assert policy_text(own, "pt_BR") == policy_text(own, "en") == "Sinal de 30% não reembolsável."
