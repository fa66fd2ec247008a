"""The .ics an artist's phone imports (kronos_core/ics.py): it parses with the icalendar library,
one event per booking, times in UTC, the client only by initials, time off without a reason."""

from __future__ import annotations

import datetime as dt
import uuid
import zoneinfo

import pytest
from hypothesis import given
from hypothesis import strategies as st
from icalendar import Calendar

from kronos_core.ics import PhoneBooking, bookings_to_ics, initials
from kronos_core.instants import NaiveDatetimeError

SP = zoneinfo.ZoneInfo("America/Sao_Paulo")
WORDS = {"session": "Sessão", "consultation": "Consulta", "block": "Folga"}


def at(hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, 12, 3, hour, minute, tzinfo=SP)


def events(data: bytes) -> list[object]:
    return list(Calendar.from_ical(data).walk("VEVENT"))


def test_each_booking_is_one_event_in_utc_with_its_kind_and_the_clients_initials() -> None:
    session = PhoneBooking(uuid.uuid4(), at(10), at(13), "session", "confirmed", "A.S.")
    off = PhoneBooking(uuid.uuid4(), at(13), at(14), "block", "booked")
    called_off = PhoneBooking(uuid.uuid4(), at(15), at(16), "consultation", "cancelled", "J.P.")
    stamp = dt.datetime(2026, 12, 1, 12, tzinfo=dt.UTC)
    data = bookings_to_ics(
        [session, off, called_off], calendar_name="Lia", product_id="-//KRONOS//EN", kind_words=WORDS, stamp=stamp
    )
    assert b"\r\n" in data
    calendar = Calendar.from_ical(data)
    assert str(calendar["X-WR-CALNAME"]) == "Lia"
    found = events(data)
    assert [str(e["UID"]) for e in found] == [f"{b.id}@kronos" for b in (session, off, called_off)]  # type: ignore[index]
    first = found[0]
    assert str(first["SUMMARY"]) == "Sessão · A.S."  # type: ignore[index]
    start, end = first["DTSTART"].dt, first["DTEND"].dt  # type: ignore[index]
    assert start == at(10)
    assert end == at(13)
    assert start.utcoffset() == dt.timedelta(0)
    assert b"DTSTART:20261203T130000Z" in data  # 10:00 in São Paulo, written in UTC
    assert first["DTSTAMP"].dt == stamp  # type: ignore[index]
    assert str(found[1]["SUMMARY"]) == "Folga"  # type: ignore[index]
    assert [str(e["STATUS"]) for e in found] == ["CONFIRMED", "TENTATIVE", "CANCELLED"]  # type: ignore[index]


def test_a_naive_time_is_refused() -> None:
    naive = PhoneBooking(uuid.uuid4(), at(10).replace(tzinfo=None), at(11), "session", "booked")
    with pytest.raises(NaiveDatetimeError):
        bookings_to_ics([naive], calendar_name="x", product_id="-//KRONOS//EN")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Ana Paula de Souza", "A.S."),
        ("joão da silva", "J.S."),
        ("Cher", "C."),
        ("", ""),
        (None, ""),
        ("  Dr. Émile   Zola ", "D.Z."),
    ],
)
def test_initials_of_first_and_last_names(name: str | None, expected: str) -> None:
    assert initials(name) == expected


@given(st.text(min_size=1, max_size=60))
def test_initials_never_carry_more_than_two_letters_of_a_name(name: str) -> None:
    found = initials(name)
    assert len(found.replace(".", "")) <= 2
    data = bookings_to_ics(
        [PhoneBooking(uuid.uuid4(), at(9), at(10), "session", "booked", found)],
        calendar_name="x",
        product_id="-//KRONOS//EN",
    )
    assert len(events(data)) == 1


def test_a_letter_whose_capital_is_two_stays_one() -> None:
    assert initials("ßara ßilva") == "ß.ß."


bookings = st.lists(
    st.builds(
        lambda minutes, length, offset, kind, status: PhoneBooking(
            uuid.uuid4(),
            dt.datetime(2026, 1, 1, tzinfo=dt.timezone(dt.timedelta(hours=offset))) + dt.timedelta(minutes=minutes),
            dt.datetime(2026, 1, 1, tzinfo=dt.timezone(dt.timedelta(hours=offset)))
            + dt.timedelta(minutes=minutes + length),
            kind,
            status,
            "A.B.",
        ),
        st.integers(0, 60 * 24 * 365),
        st.integers(15, 16 * 60),
        st.integers(-12, 14),
        st.sampled_from(["consultation", "session", "touch_up", "walk_in", "block"]),
        st.sampled_from(["booked", "confirmed", "checked_in", "in_progress", "completed", "cancelled", "no_show"]),
    ),
    max_size=20,
)


@given(bookings)
def test_any_bookings_come_back_as_the_same_instants_in_utc(given_bookings: list[PhoneBooking]) -> None:
    data = bookings_to_ics(given_bookings, calendar_name="x", product_id="-//KRONOS//EN", kind_words=WORDS)
    found = Calendar.from_ical(data).events
    assert len(found) == len(given_bookings)
    for event, booking in zip(found, given_bookings, strict=True):
        start, end = event.start, event.end
        assert isinstance(start, dt.datetime)
        assert isinstance(end, dt.datetime)
        assert start.utcoffset() == dt.timedelta(0)
        assert (start, end) == (booking.starts_at, booking.ends_at)
        assert str(event["UID"]) == f"{booking.id}@kronos"
