"""A held deposit's expiry as the desk reads it (kronos_desktop/store/queries/deposit_holds.py
through checkout_deposits.py), on a real desk file with a controlled clock: six months (the
studio's policy) after the later of the day it was taken and the end of the last session it or its
project holds; never while one is still to come; a cancelled session books nothing; an expired one
is listed but not offered to a ticket, and the studio forfeits it as "expired"."""

from __future__ import annotations

import datetime as dt
import uuid
import zoneinfo
from collections.abc import Iterator
from pathlib import Path

import pytest

from kronos_core.ids import uuid7
from kronos_core.ticket import DraftPayment
from kronos_desktop.ops import deposits as deposit_ops
from kronos_desktop.store import LocalStore
from kronos_desktop.store.queries import checkout as q
from tests.desktop.checkout_rows import AT, DAY, Counter, open_counter

SP = zoneinfo.ZoneInfo("America/Sao_Paulo")


def noon(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(12), tzinfo=SP).astimezone(dt.UTC)


@pytest.fixture
def counter(tmp_path: Path) -> Iterator[tuple[LocalStore, Counter]]:
    store, c = open_counter(tmp_path / "data")
    yield store, c
    store.close()


def take(store: LocalStore, c: Counter, **where: object) -> uuid.UUID:
    deposit_id = uuid7()
    args = {
        "deposit_id": deposit_id, "client_id": c.client_id, "amount": 10_000, "policy_text": "Sinal.",
        "acknowledged": True, "business_date": DAY, "taken_at": AT, **where,
    }  # fmt: skip
    deposit_ops.take_deposit(args, DraftPayment(uuid7(), "pix", 10_000)).write(store)
    return deposit_id


def book(store: LocalStore, c: Counter, day: dt.date, project_id: uuid.UUID | None = None) -> uuid.UUID:
    appointment_id = uuid7()
    starts = dt.datetime.combine(day, dt.time(14), tzinfo=SP).astimezone(dt.UTC)
    store.apply(
        "appointment.book",
        {"appointment_id": appointment_id, "client_id": c.client_id, "artist_id": c.artist_id, "kind": "session",
         "starts_at": starts, "ends_at": starts + dt.timedelta(hours=4), "project_id": project_id},
    )  # fmt: skip
    return appointment_id


def held(store: LocalStore, c: Counter, deposit_id: uuid.UUID, now: dt.datetime) -> q.DepositRow:
    with store.read_engine.connect() as conn:
        return next(d for d in q.held_deposits(conn, c.client_id, now=now) if d.id == deposit_id)


def test_unbooked_it_expires_six_months_after_it_was_taken(counter: tuple[LocalStore, Counter]) -> None:
    store, c = counter
    loose = take(store, c)
    last_day = held(store, c, loose, noon(dt.date(2027, 6, 4)))
    assert (last_day.expiry, last_day.expired, last_day.offered) == (dt.date(2027, 6, 4), False, True)
    day_after = held(store, c, loose, noon(dt.date(2027, 6, 5)))
    assert (day_after.expired, day_after.offered, day_after.booked_ahead) == (True, False, False)
    with store.read_engine.connect() as conn:  # the record lists it all the same, as held
        listed = {d.id: d for d in q.client_deposits(conn, c.client_id, now=noon(dt.date(2027, 6, 5)))}
    assert (listed[loose].status, listed[loose].expired) == ("held", True)


def test_a_projects_sessions_keep_its_deposit_and_the_last_one_starts_the_months(
    counter: tuple[LocalStore, Counter],
) -> None:
    store, c = counter
    project_id = uuid7()
    store.apply("project.create", {"project_id": project_id, "client_id": c.client_id, "title": "Costas"})
    first = book(store, c, dt.date(2027, 1, 10), project_id)
    last = book(store, c, dt.date(2027, 3, 31), project_id)
    for_project = take(store, c, project_id=project_id)
    for_session = take(store, c, appointment_id=first)  # a session of the project: the project's count
    for deposit_id in (for_project, for_session):
        ahead = held(store, c, deposit_id, noon(dt.date(2027, 2, 1)))
        assert (ahead.expiry, ahead.booked_ahead, ahead.offered) == (None, True, True)
        after = held(store, c, deposit_id, noon(dt.date(2027, 9, 30)))
        assert (after.expiry, after.expired) == (dt.date(2027, 9, 30), False)  # 31 March + 6 months
        assert held(store, c, deposit_id, noon(dt.date(2027, 10, 1))).expired

    store.apply("appointment.cancel", {"appointment_id": last, "cancelled_at": AT})
    store.apply("appointment.cancel", {"appointment_id": first, "cancelled_at": AT})
    cancelled = held(store, c, for_project, noon(dt.date(2027, 2, 1)))
    assert cancelled.expiry == dt.date(2027, 6, 4)  # a cancelled session never booked it
    assert not cancelled.booked_ahead


def test_its_own_booking_alone_counts_without_a_project(counter: tuple[LocalStore, Counter]) -> None:
    store, c = counter
    later = book(store, c, dt.date(2027, 5, 20))
    book(store, c, dt.date(2027, 8, 1))  # the client's, but not what the deposit holds
    deposit_id = take(store, c, appointment_id=later)
    assert held(store, c, deposit_id, noon(dt.date(2027, 5, 1))).booked_ahead
    row = held(store, c, deposit_id, noon(dt.date(2027, 6, 1)))
    assert (row.expiry, row.booked_ahead) == (dt.date(2027, 11, 20), False)


def test_an_expired_deposit_is_forfeited_as_expired(counter: tuple[LocalStore, Counter]) -> None:
    store, c = counter
    loose = take(store, c)
    deposit_ops.forfeit_deposit(loose, "expired", business_date=dt.date(2027, 6, 5)).write(store)
    with store.read_engine.connect() as conn:
        row = next(d for d in q.client_deposits(conn, c.client_id) if d.id == loose)
        still_held = q.held_deposits(conn, c.client_id)
    assert (row.status, row.forfeit_reason, row.expired) == ("forfeited", "expired", False)
    assert still_held == []
