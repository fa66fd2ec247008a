"""The agenda's range read (a week, a month's grid): the same rows as the day reads, one read for
the range; a client's first visit marked; a change made on this desk and not yet synced marked."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Connection, select

from kronos_core.demo import DemoStudio
from kronos_core.schema import appointment
from kronos_desktop.store import LocalStore
from kronos_desktop.store.queries import agenda as agenda_q
from kronos_desktop.store.queries import desk as desk_q
from kronos_desktop.store.queries.agenda import INACTIVE, AgendaRow


@pytest.fixture
def store(demo_dir: Path) -> Iterator[LocalStore]:
    opened = LocalStore.open(demo_dir)
    yield opened
    opened.close()


def _week(conn: Connection, **asker: object) -> tuple[desk_q.Here, dt.date, list[AgendaRow]]:
    here = desk_q.here(conn)
    assert here.studio_id is not None
    monday = here.today() - dt.timedelta(days=here.today().weekday())
    rows = agenda_q.agenda_range(conn, here.studio_id, monday, 7, here.zone, **asker)  # type: ignore[arg-type]
    return here, monday, rows


def test_a_week_holds_exactly_the_rows_of_its_seven_days(store: LocalStore) -> None:
    with store.read_engine.connect() as conn:
        here, monday, week = _week(conn)
        assert here.studio_id is not None
        days: list[AgendaRow] = []
        for n in range(7):
            days += agenda_q.agenda(conn, here.studio_id, monday + dt.timedelta(days=n), here.zone)
    assert len(week) > 20, "the demo's week is booked"
    assert {r.id for r in week} == {r.id for r in days}
    assert [r.starts_at for r in week] == sorted(r.starts_at for r in week)


def test_a_first_visit_is_a_clients_first_booking_that_was_kept(store: LocalStore) -> None:
    with store.read_engine.connect() as conn:
        _here, _monday, rows = _week(conn)
        for row in rows:
            if row.client_id is None or row.kind == "block" or row.status in INACTIVE:
                assert not row.first_visit
                continue
            a = appointment.c
            before = conn.execute(
                select(a.id).where(
                    a.client_id == row.client_id, a.deleted.is_(False), a.kind != "block",
                    a.status.not_in(INACTIVE), a.starts_at < row.starts_at,
                )
            ).first()  # fmt: skip
            assert row.first_visit == (before is None), row
    assert any(r.first_visit for r in rows), "the demo's week has a newcomer"
    assert any(not r.first_visit and r.client_id for r in rows), "and clients who came before"


def test_an_artist_never_learns_whether_a_colleagues_client_is_new(store: LocalStore, demo: DemoStudio) -> None:
    with store.read_engine.connect() as conn:
        _, _, everything = _week(conn)
        artist = demo.artist_ids[0]
        _, _, seen = _week(conn, viewer_id=artist, sees_all=False)
    full = {r.id: r for r in everything}
    assert {r.id for r in seen} == set(full)
    for row in seen:
        if row.artist_id == artist:
            assert row.first_visit == full[row.id].first_visit
        else:
            assert row.busy
            assert not row.first_visit
            assert row.client_id is None


def test_a_change_not_yet_synced_is_marked_until_it_is_on_a_desk_with_a_server(store: LocalStore) -> None:
    with store.read_engine.connect() as conn:
        _, _, rows = _week(conn)
    assert not any(r.pending for r in rows), "the demo came with nothing waiting"
    target = next(r for r in rows if r.status == "booked" and r.kind != "block")
    store.apply("appointment.set_status", {"appointment_id": str(target.id), "status": "confirmed"})
    with store.read_engine.connect() as conn:
        _, _, rows = _week(conn)
    assert not any(r.pending for r in rows), "a standalone desk has no server to wait for: no mark"
    with store.engine.begin() as conn:  # the desk joined a server: its changes wait to reach it
        conn.exec_driver_sql("UPDATE replica SET server_url = 'https://kronos.example' WHERE id = 1")
    with store.read_engine.connect() as conn:
        _, _, rows = _week(conn)
        assert {r.id for r in rows if r.pending} == {target.id}
        assert agenda_q.pending_appointments(conn) == {target.id}
    with store.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE outbox SET status = 'acked'")  # as the sync does once the server took it
    with store.read_engine.connect() as conn:
        _, _, rows = _week(conn)
    assert not any(r.pending for r in rows)
