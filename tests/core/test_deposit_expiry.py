"""A held deposit's expiry after N months unbooked (kronos_core.deposits.expiry), with a
controlled clock: N calendar months after the later of the day it was taken and the end of the
last session it holds that booked it (cancelled and no-show sessions never did), in the studio's
time zone; never while a session it holds is still to come; never before the day written on it
when it was taken."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kronos_core.deposits import (
    DepositPolicy,
    HeldSession,
    add_months,
    booked_through,
    expired,
    expired_at,
    expires_on,
    expiry,
    policy_of,
)
from kronos_core.schema_base import APPOINTMENT_STATUSES

UTC = dt.UTC
SP = zoneinfo.ZoneInfo("America/Sao_Paulo")
POLICY = policy_of(
    {
        "deposit_expiry_months": 6,
        "forfeit_on_no_show": True,
        "no_show_late_minutes": 30,
        "late_cancel_hours": 48,
        "deposit_reschedules": 1,
        "deposit_applies_to": "last",
        "forfeit_keeper": "studio",
        "forfeit_artist_bps": 5_000,
    }
)
TAKEN = dt.date(2026, 3, 10)
RECORDED = expires_on(TAKEN, POLICY)  # 2026-09-10


def at(day: dt.date, hour: int = 12) -> dt.datetime:
    """Noon (or ``hour``) in São Paulo on ``day``, as the UTC instant the database keeps."""
    return dt.datetime.combine(day, dt.time(hour), tzinfo=SP).astimezone(UTC)


def session(day: dt.date, status: str = "completed", hour: int = 18) -> HeldSession:
    return HeldSession(at(day, hour), status)


LOW = dt.datetime(2024, 1, 1)  # noqa: DTZ001  (hypothesis bounds are naive; the zone is UTC)
HIGH = dt.datetime(2030, 12, 31)  # noqa: DTZ001
instants = st.datetimes(min_value=LOW, max_value=HIGH, timezones=st.just(UTC))
sessions = st.lists(st.builds(HeldSession, instants, st.sampled_from(APPOINTMENT_STATUSES)), max_size=6)
days = st.dates(min_value=dt.date(2024, 1, 1), max_value=dt.date(2030, 12, 31))
months = st.integers(min_value=1, max_value=120)


def policy(n: int) -> DepositPolicy:
    return replace(POLICY, expiry_months=n)


# -- examples a receptionist would check by hand ------------------------------------------------------
def test_a_deposit_never_booked_expires_six_months_after_it_was_taken() -> None:
    assert expiry(TAKEN, RECORDED, [], POLICY, SP, at(dt.date(2026, 9, 10))) == dt.date(2026, 9, 10)
    assert not expired_at(TAKEN, RECORDED, [], POLICY, SP, at(dt.date(2026, 9, 10), 23))  # good all its last day
    assert expired_at(TAKEN, RECORDED, [], POLICY, SP, at(dt.date(2026, 9, 11), 0))  # lost from the next


def test_the_months_count_from_the_last_session_not_from_the_payment() -> None:
    held = [session(dt.date(2026, 5, 2)), session(dt.date(2026, 8, 31))]
    assert expiry(TAKEN, RECORDED, held, POLICY, SP, at(dt.date(2026, 12, 1))) == dt.date(2027, 2, 28)
    assert not expired_at(TAKEN, RECORDED, held, POLICY, SP, at(dt.date(2027, 2, 28)))
    assert expired_at(TAKEN, RECORDED, held, POLICY, SP, at(dt.date(2027, 3, 1)))


def test_a_session_to_come_keeps_it_from_expiring_however_old_it_is() -> None:
    now = at(dt.date(2029, 1, 1))
    held = [session(dt.date(2029, 1, 20), "booked")]
    assert expiry(TAKEN, RECORDED, held, POLICY, SP, now) is None
    assert not expired_at(TAKEN, RECORDED, held, POLICY, SP, now)


def test_a_session_under_way_keeps_it_booked_until_it_ends() -> None:
    started = HeldSession(at(dt.date(2027, 1, 5), 20), "in_progress")
    assert expiry(TAKEN, RECORDED, [started], POLICY, SP, at(dt.date(2027, 1, 5), 19)) is None
    after = at(dt.date(2027, 1, 5), 21)
    assert expiry(TAKEN, RECORDED, [started], POLICY, SP, after) == dt.date(2027, 7, 5)


def test_cancelled_and_no_show_sessions_never_booked_it() -> None:
    held = [session(dt.date(2026, 8, 1), "cancelled"), session(dt.date(2026, 8, 20), "no_show")]
    assert expiry(TAKEN, RECORDED, held, POLICY, SP, at(dt.date(2026, 10, 1))) == RECORDED
    assert expired_at(TAKEN, RECORDED, held, POLICY, SP, at(dt.date(2026, 10, 1)))
    later = [session(dt.date(2027, 1, 20), "cancelled")]  # a cancelled session to come books nothing
    assert expired_at(TAKEN, RECORDED, later, POLICY, SP, at(dt.date(2026, 10, 1)))


def test_the_last_day_booked_is_the_studios_day_not_utcs() -> None:
    # Ends at 22:30 in São Paulo on 31 August: 01:30 UTC on 1 September.
    late = HeldSession(dt.datetime(2026, 9, 1, 1, 30, tzinfo=UTC), "completed")
    assert booked_through(TAKEN, [late], SP) == dt.date(2026, 8, 31)
    assert expiry(TAKEN, RECORDED, [late], POLICY, SP, at(dt.date(2026, 12, 1))) == dt.date(2027, 2, 28)
    # "today" is the studio's day too: 00:30 UTC on 1 March is still 28 February in São Paulo.
    assert not expired_at(TAKEN, RECORDED, [late], POLICY, SP, dt.datetime(2027, 3, 1, 0, 30, tzinfo=UTC))
    assert expired_at(TAKEN, RECORDED, [late], POLICY, SP, dt.datetime(2027, 3, 1, 3, 0, tzinfo=UTC))


def test_never_before_the_day_written_on_it_when_taken() -> None:
    # The studio shortened its policy to 2 months after the client read "6 months".
    assert expiry(TAKEN, RECORDED, [], policy(2), SP, at(dt.date(2026, 6, 1))) == RECORDED


def test_a_deposit_with_no_expiry_written_never_expires() -> None:
    assert expiry(TAKEN, None, [], POLICY, SP, at(dt.date(2040, 1, 1))) is None
    assert not expired_at(TAKEN, None, [], POLICY, SP, at(dt.date(2040, 1, 1)))


def test_naive_instants_are_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        expiry(TAKEN, RECORDED, [], POLICY, SP, dt.datetime(2026, 6, 1))  # noqa: DTZ001  (the point)
    naive = HeldSession(dt.datetime(2026, 6, 1), "booked")  # noqa: DTZ001  (the point)
    with pytest.raises(ValueError, match="timezone-aware"):
        expiry(TAKEN, RECORDED, [naive], POLICY, SP, at(TAKEN))


# -- properties ------------------------------------------------------------------------------------
@given(taken=days, n=months, held=sessions, now=instants)
def test_a_session_booking_it_after_now_means_it_does_not_expire(
    taken: dt.date, n: int, held: list[HeldSession], now: dt.datetime
) -> None:
    to_come = any(s.books and s.ends_at > now for s in held)
    last = expiry(taken, expires_on(taken, policy(n)), held, policy(n), SP, now)
    assert (last is None) == to_come


@given(taken=days, n=months, held=sessions, now=instants)
def test_it_is_n_calendar_months_after_the_last_day_booked(
    taken: dt.date, n: int, held: list[HeldSession], now: dt.datetime
) -> None:
    last = expiry(taken, expires_on(taken, policy(n)), held, policy(n), SP, now)
    if last is None:
        return
    ends = [s.ends_at.astimezone(SP).date() for s in held if s.status not in ("cancelled", "no_show")]
    assert last == add_months(max([taken, *ends]), n)
    assert last >= add_months(taken, n)  # booking only ever moves it later


@given(taken=days, n=months, held=sessions, now=instants, extra=instants)
def test_cancelled_or_no_show_sessions_change_nothing(
    taken: dt.date, n: int, held: list[HeldSession], now: dt.datetime, extra: dt.datetime
) -> None:
    recorded = expires_on(taken, policy(n))
    before = expiry(taken, recorded, held, policy(n), SP, now)
    for status in ("cancelled", "no_show"):
        assert expiry(taken, recorded, [*held, HeldSession(extra, status)], policy(n), SP, now) == before


@given(taken=days, n=months, held=sessions, now=instants, extra=instants)
def test_a_past_session_never_brings_the_expiry_earlier(
    taken: dt.date, n: int, held: list[HeldSession], now: dt.datetime, extra: dt.datetime
) -> None:
    recorded = expires_on(taken, policy(n))
    before = expiry(taken, recorded, held, policy(n), SP, now)
    after = expiry(taken, recorded, [*held, HeldSession(min(extra, now), "completed")], policy(n), SP, now)
    assert before is None or (after is not None and after >= before)


@given(taken=days, n=months, held=sessions, now=instants, recorded=days)
def test_never_earlier_than_the_day_recorded(
    taken: dt.date, n: int, held: list[HeldSession], now: dt.datetime, recorded: dt.date
) -> None:
    last = expiry(taken, recorded, held, policy(n), SP, now)
    assert last is None or last >= recorded


@given(taken=days, n=months, held=sessions, now=instants)
def test_expired_is_the_day_after_the_expiry_in_the_studios_zone(
    taken: dt.date, n: int, held: list[HeldSession], now: dt.datetime
) -> None:
    recorded = expires_on(taken, policy(n))
    last = expiry(taken, recorded, held, policy(n), SP, now)
    today = now.astimezone(SP).date()
    assert expired_at(taken, recorded, held, policy(n), SP, now) == (last is not None and today > last)
    assert expired_at(taken, recorded, held, policy(n), SP, now) == expired(last, today)


@given(taken=days, n=months, now=instants)
def test_never_booked_it_is_the_day_written_when_taken(taken: dt.date, n: int, now: dt.datetime) -> None:
    assert expiry(taken, expires_on(taken, policy(n)), [], policy(n), SP, now) == expires_on(taken, policy(n))
