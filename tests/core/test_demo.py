"""The demo studio generator, on a real SQLite file (and once on a real PostgreSQL)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import re
import uuid
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa
from sqlalchemy import URL, Connection, Engine, func, select

from kronos_core.demo import DemoSize, DemoStudio, business_hours, generate_demo, read_demo
from kronos_core.demo.generate import DEMO_HOUR
from kronos_core.demo.lunch import SPAN, WEEKDAYS
from kronos_core.demo.size import STATE
from kronos_core.holidays_br import public_holidays
from kronos_core.people import BOOKABLE_BELOW_MIN_AGE, below_min_age, cpf_is_valid
from kronos_core.schema import (
    APPOINTMENT_KINDS,
    APPOINTMENT_STATUSES,
    PAYMENT_METHODS,
    SYNCED_TABLES,
    appointment,
    client,
    commission_rule,
    metadata,
    payment,
    project,
    sale,
    sale_line,
    staff,
    station,
    studio,
    time_off_series,
)
from kronos_core.time_off import block_id, series_days
from tests import pg
from tests.core.dbs import sqlite_engine

TODAY = dt.date(2025, 3, 12)  # a Wednesday
SP = ZoneInfo("America/Sao_Paulo")
NOW = dt.datetime.combine(TODAY, DEMO_HOUR, tzinfo=SP).astimezone(dt.UTC)
LIVE = ("booked", "confirmed", "checked_in", "in_progress")


def build(path: Path, size: DemoSize, *, today: dt.date = TODAY, seed: int = 7) -> tuple[Engine, DemoStudio]:
    engine = sqlite_engine(path)
    with engine.begin() as conn:
        metadata.create_all(conn)
    with engine.begin() as conn:
        demo = generate_demo(conn, size=size, today=today, seed=seed)
    return engine, demo


@pytest.fixture(scope="module")
def standard(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Engine, DemoStudio]]:
    engine, demo = build(tmp_path_factory.mktemp("demo") / "desk.sqlite", DemoSize.standard())
    yield engine, demo
    engine.dispose()


@pytest.fixture
def conn(standard: tuple[Engine, DemoStudio]) -> Iterator[Connection]:
    with standard[0].connect() as connection:
        yield connection


def scalar(conn: Connection, query: sa.Select[tuple[int]]) -> int:
    return int(conn.execute(query).scalar_one())


def local(instant: dt.datetime) -> dt.datetime:
    return instant.astimezone(SP)


def test_counts_staff_and_settings(conn: Connection, standard: tuple[Engine, DemoStudio]) -> None:
    demo = standard[1]
    assert demo.created
    assert scalar(conn, select(func.count()).select_from(client)) == 2_000 == demo.counts["client"]
    assert len(demo.artist_ids) == 4
    assert len(demo.station_ids) == 3
    roles = dict(conn.execute(select(staff.c.role, func.count()).group_by(staff.c.role)).all())
    assert roles == {"owner": 1, "manager": 1, "receptionist": 1, "artist": 4}
    colors = conn.execute(select(staff.c.color).where(staff.c.role == "artist")).scalars().all()
    assert len(set(colors)) == 4
    assert all(re.fullmatch(r"#[0-9a-f]{6}", c) for c in colors)
    names = conn.execute(select(station.c.name).order_by(station.c.name)).scalars().all()
    assert names == ["Maca 1", "Maca 2", "Maca 3"]
    row = conn.execute(select(studio)).mappings().one()
    assert (row["timezone"], row["currency"], row["locale"]) == ("America/Sao_Paulo", "BRL", "pt_BR")
    assert row["pix_key"]
    assert row["merchant_name"]
    assert row["merchant_city"]
    for table in SYNCED_TABLES:
        assert scalar(conn, select(func.count()).select_from(table)) == demo.counts[table.name], table.name


def test_commission_rules(conn: Connection) -> None:
    rules = conn.execute(select(commission_rule.c.staff_id, commission_rule.c.rate_bps)).all()
    assert all(4_000 <= rate <= 6_000 for _, rate in rules)
    per_artist: dict[uuid.UUID, int] = {}
    for staff_id, _ in rules:
        per_artist[staff_id] = per_artist.get(staff_id, 0) + 1
    assert sorted(per_artist.values()) == [1, 1, 1, 2]  # one artist's rate changed mid-period


def test_every_kind_and_status(conn: Connection) -> None:
    kinds = set(conn.execute(select(appointment.c.kind).distinct()).scalars())
    statuses = set(conn.execute(select(appointment.c.status).distinct()).scalars())
    assert kinds == set(APPOINTMENT_KINDS)
    assert statuses == set(APPOINTMENT_STATUSES)
    a = appointment.c
    assert scalar(conn, select(func.count()).where((a.kind == "block") != a.client_id.is_(None))) == 0
    assert scalar(conn, select(func.count()).where(a.in_conflict.is_(True))) == 0
    cancelled = conn.execute(
        select(a.cancellation_reason, a.cancelled_at, a.created_at, a.starts_at).where(a.status == "cancelled")
    ).all()
    assert cancelled
    assert all(reason and created <= at for reason, at, created, _ in cancelled)


def test_statuses_follow_the_clock(conn: Connection) -> None:
    a = appointment.c
    rows = conn.execute(select(a.status, a.starts_at, a.ends_at, a.kind)).all()
    for status, starts, ends, kind in rows:
        if status in ("completed", "no_show"):
            assert ends <= NOW
        elif status == "in_progress":
            assert starts <= NOW < ends
        elif status in ("booked", "confirmed", "checked_in") and kind != "block":
            assert starts > NOW
        if kind == "walk_in":
            assert starts <= NOW


def test_every_payment_method(conn: Connection) -> None:
    p = payment.c
    assert set(conn.execute(select(p.method).distinct()).scalars()) == set(PAYMENT_METHODS)
    assert scalar(conn, select(func.count()).where(p.tip > 0)) > 0
    split = select(p.sale_id).group_by(p.sale_id).having(func.count() > 1)
    assert scalar(conn, select(func.count()).select_from(split.subquery())) > 0


def test_clients_content(conn: Connection) -> None:
    c = client.c
    minor_born_after = TODAY.replace(year=TODAY.year - 18)
    assert scalar(conn, select(func.count()).where(c.birth_date > minor_born_after)) > 10
    alerts = conn.execute(select(c.allergies, c.medical_alerts)).all()
    texts = " | ".join(f"{x} {y}" for x, y in alerts)
    for alert in ("látex", "Hemofilia", "anticoagulante", "Diabetes tipo 1"):
        assert alert in texts
    assert scalar(conn, select(func.count()).where(c.blocked.is_(True))) > 0
    assert scalar(conn, select(func.count()).where(c.preferred_name.is_not(None))) > 0
    duplicated = select(c.phone).where(c.phone.is_not(None)).group_by(c.phone).having(func.count() > 1)
    assert scalar(conn, select(func.count()).select_from(duplicated.subquery())) >= 10
    rows = conn.execute(select(c.full_name, c.phone, c.email, c.document_type, c.document_number, c.tags)).all()
    assert any(any(ch in name for ch in "ãçéíóúâêô") for name, *_ in rows)
    for _, phone, email, doc_type, doc, tags in rows:
        assert phone is None or re.fullmatch(r"\+55\d{10,11}", phone)
        assert email is None or re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z.]+", email)
        assert (doc_type is None) == (doc is None)
        assert doc is None or cpf_is_valid(doc)
        assert isinstance(tags, list)
    assert sum(1 for r in rows if r[2]) > 1_000


def test_no_client_is_booked_below_the_studios_minimum_age(conn: Connection) -> None:
    """The demo keeps the rule appointment.book enforces: below the studio's min_client_age (on
    the appointment's day, in the studio's zone) a client has consultations only; minors are
    still booked (for consultations), and clients who came of age during the demo's months too."""
    min_age = scalar(conn, select(studio.c.min_client_age))
    a, c = appointment.c, client.c
    rows = conn.execute(
        select(a.kind, a.starts_at, c.birth_date)
        .join(client, client.c.id == a.client_id)
        .where(c.birth_date.is_not(None))
    ).all()
    under = [
        (kind, local(starts).date(), born)
        for kind, starts, born in rows
        if below_min_age(born, local(starts).date(), min_age) is not None
    ]
    assert under, "minors come for consultations"
    assert {kind for kind, _, _ in under} <= BOOKABLE_BELOW_MIN_AGE, [u for u in under if u[0] != "consultation"][:5]


def _overlaps(conn: Connection, column: str) -> int:
    statuses = ", ".join(f"'{s}'" for s in (*LIVE, "completed"))
    query = f"""
        SELECT count(*) FROM appointment x JOIN appointment y
          ON x.{column} = y.{column} AND x.id < y.id AND x.starts_at < y.ends_at AND y.starts_at < x.ends_at
        WHERE x.status IN ({statuses}) AND y.status IN ({statuses})
    """
    return int(conn.exec_driver_sql(query).scalar_one())


def test_no_overlapping_bookings_per_artist_or_station(conn: Connection) -> None:
    assert _overlaps(conn, "artist_id") == 0
    assert _overlaps(conn, "station_id") == 0


def test_bookings_within_business_hours(conn: Connection) -> None:
    for starts, ends in conn.execute(select(appointment.c.starts_at, appointment.c.ends_at)).all():
        start, end = local(starts), local(ends)
        hours = business_hours(start.date(), today=TODAY)
        assert hours is not None
        assert start.date() == end.date()
        assert hours[0] <= start.hour * 60 + start.minute
        assert end.hour * 60 + end.minute <= hours[1]


def test_sale_money_adds_up(conn: Connection) -> None:
    lines: dict[uuid.UUID, list[tuple[int, int, int, int]]] = {}
    for sale_id, total, artist, studio_share, discount in conn.execute(
        select(
            sale_line.c.sale_id,
            sale_line.c.total,
            sale_line.c.artist_share,
            sale_line.c.studio_share,
            sale_line.c.discount,
        )
    ):
        lines.setdefault(sale_id, []).append((total, artist, studio_share, discount))
    paid: dict[uuid.UUID, int] = {}
    for sale_id, amount in conn.execute(select(payment.c.sale_id, payment.c.amount)):
        paid[sale_id] = paid.get(sale_id, 0) + amount
    sales = conn.execute(
        select(sale.c.id, sale.c.total, sale.c.discount_total, sale.c.subtotal, sale.c.number, sale.c.status)
    ).all()
    assert {s.status for s in sales} == {"closed"}
    assert len({s.number for s in sales}) == len(sales)
    assert any(s.discount_total > 0 for s in sales)
    for s in sales:
        assert re.fullmatch(r"D1-\d{6}", s.number)
        assert s.total == sum(t for t, *_ in lines[s.id]) == s.subtotal - s.discount_total
        assert s.discount_total == sum(d for *_, d in lines[s.id])
        assert all(a + st == t for t, a, st, _ in lines[s.id])
        assert paid[s.id] == s.total


def test_shares_use_the_rule_in_force(conn: Connection) -> None:
    rules: dict[uuid.UUID, list[tuple[dt.date, int]]] = {}
    for staff_id, since, rate in conn.execute(
        select(commission_rule.c.staff_id, commission_rule.c.effective_from, commission_rule.c.rate_bps)
    ):
        rules.setdefault(staff_id, []).append((since, rate))
    query = select(sale_line.c.artist_id, sale_line.c.commission_bps, sale_line.c.kind, sale.c.business_date).join(
        sale, sale.c.id == sale_line.c.sale_id
    )
    kinds = set()
    for artist_id, bps, kind, on in conn.execute(query):
        kinds.add(kind)
        if artist_id is None:
            assert (bps, kind) == (None, "product")
            continue
        expected = max((since, rate) for since, rate in rules[artist_id] if since <= on)[1]
        assert bps == expected
    assert kinds == {"service", "product"}


def test_money_dates_are_local(conn: Connection) -> None:
    for on, received in conn.execute(select(payment.c.business_date, payment.c.received_at)):
        assert local(received).date() == on
    for on, closed in conn.execute(select(sale.c.business_date, sale.c.closed_at)):
        assert local(closed).date() == on
        assert closed <= NOW
    completed = select(appointment.c.id).where(appointment.c.status == "completed")
    assert scalar(conn, select(func.count()).where(sale.c.appointment_id.not_in(completed))) == 0


def test_today_has_bookings_and_sales(conn: Connection) -> None:
    start = dt.datetime.combine(TODAY, dt.time(), tzinfo=SP)
    a = appointment.c
    today = a.starts_at.between(start, start + dt.timedelta(days=1))
    statuses = set(conn.execute(select(a.status).where(today)).scalars())
    assert {"completed", "in_progress", "checked_in"} <= statuses
    assert statuses & {"booked", "confirmed"}
    assert scalar(conn, select(func.count()).where(sale.c.business_date == TODAY)) > 0
    assert scalar(conn, select(func.count()).where(payment.c.business_date == TODAY)) > 0
    future = set(conn.execute(select(a.status).where(a.starts_at > start + dt.timedelta(days=1))).scalars())
    assert future <= {"booked", "confirmed", "cancelled"}


def test_sync_columns(conn: Connection, standard: tuple[Engine, DemoStudio]) -> None:
    for table in SYNCED_TABLES:
        c = table.c
        assert scalar(conn, select(func.count()).where((c.version != 0) | c.deleted.is_(True))) == 0
        assert scalar(conn, select(func.count()).where(c.studio_id != standard[1].studio_id)) == 0
        assert scalar(conn, select(func.count()).where(c.changed_by.is_(None))) == 0
        for created, changed in conn.execute(select(c.created_at, c.changed_at)):
            assert created.tzinfo is not None
            assert created <= changed <= NOW


def test_foreign_keys_hold(conn: Connection) -> None:
    assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []


def test_idempotent(standard: tuple[Engine, DemoStudio]) -> None:
    engine, first = standard
    before = dump(engine)
    with engine.begin() as conn:
        again = generate_demo(conn, today=TODAY + dt.timedelta(days=3), seed=99)
    assert dump(engine) == before
    assert not again.created
    assert dict(again.counts) == dict(first.counts)
    assert (again.owner_id, again.receptionist_id, again.manager_id) == (
        first.owner_id,
        first.receptionist_id,
        first.manager_id,
    )
    assert again.artist_ids == first.artist_ids
    assert again.station_ids == first.station_ids


def dump(engine: Engine) -> dict[str, list[tuple[object, ...]]]:
    with engine.connect() as conn:
        return {t.name: [tuple(r) for r in conn.execute(select(t).order_by(t.c.id))] for t in SYNCED_TABLES}


def test_deterministic_for_a_seed(tmp_path: Path) -> None:
    one, _ = build(tmp_path / "one.sqlite", DemoSize.small())
    two, _ = build(tmp_path / "two.sqlite", DemoSize.small())
    other, _ = build(tmp_path / "other.sqlite", DemoSize.small(), seed=8)
    assert dump(one) == dump(two)
    assert dump(one)["client"] != dump(other)["client"]


def test_sunday_today_still_has_data(tmp_path: Path) -> None:
    sunday = dt.date(2025, 3, 16)
    engine, demo = build(tmp_path / "sunday.sqlite", DemoSize(clients=50, past_days=3, future_days=2), today=sunday)
    with engine.connect() as conn:
        assert scalar(conn, select(func.count()).where(sale.c.business_date == sunday)) > 0
        assert read_demo(conn) == dataclasses.replace(demo, created=False)


def test_large_size_plans_exactly() -> None:
    from kronos_core.demo.size import resolve

    plan = resolve(DemoSize.large(), TODAY)
    assert sum(d.quota for d in plan.days) == 200_000
    assert (plan.artists, plan.stations) == (6, 3)
    assert DemoSize.large().clients == 100_000
    # what six artists on three stations fill in a day (kronos_core/demo/schedule.py): no day asks more
    assert max(d.quota for d in plan.days) <= 31


def test_postgresql_gets_the_same_demo(pg_database: URL, tmp_path: Path) -> None:
    size = DemoSize(clients=150, past_days=14, future_days=7)
    engine = pg.engine_for(pg_database, connect_args={"options": "-c timezone=America/Sao_Paulo"})
    try:
        with engine.begin() as conn:
            metadata.create_all(conn)
            demo = generate_demo(conn, size=size, today=TODAY)
        with engine.begin() as conn:
            assert generate_demo(conn, size=size, today=TODAY).counts == demo.counts
            assert _overlaps(conn, "artist_id") == 0
            assert _overlaps(conn, "station_id") == 0
        lite, lite_demo = build(tmp_path / "same.sqlite", size)
        assert lite_demo == demo
        assert dump(engine) == dump(lite)
    finally:
        engine.dispose()


# -- the Agenda (issue 12): projects, a weekly lunch, no booking on a public holiday --------------


def test_projects_have_their_sessions(conn: Connection) -> None:
    projects = {r.id: r for r in conn.execute(select(project))}
    assert len(projects) >= 5
    sessions: dict[uuid.UUID, list[dict[str, Any]]] = defaultdict(list)
    a = appointment.c
    for row in conn.execute(select(appointment).where(a.project_id.is_not(None)).order_by(a.starts_at)).mappings():
        sessions[row["project_id"]].append(dict(row))
    assert set(sessions) == set(projects)
    several = [p for p, rows in sessions.items() if len(rows) >= 2]
    assert len(several) >= 3, "a few projects of several sessions"
    for project_id, rows in sessions.items():
        assert {r["client_id"] for r in rows} == {projects[project_id].client_id}
        assert {r["kind"] for r in rows} == {"session"}
        assert {r["artist_id"] for r in rows} == {projects[project_id].artist_id}
        for before, after in itertools.pairwise(rows):
            assert after["starts_at"] - before["starts_at"] >= dt.timedelta(days=21), "a healing interval apart"
    assert "finished" in {p.status for p in projects.values()}


def test_one_artist_has_a_weekly_lunch(conn: Connection) -> None:
    (series,) = conn.execute(select(time_off_series)).mappings()
    assert (series["reason"], series["weekdays"], series["start_minute"], series["end_minute"]) == (
        "Almoço", list(WEEKDAYS), *SPAN,
    )  # fmt: skip
    a = appointment.c
    blocks = conn.execute(select(appointment).where(a.series_id == series["id"])).mappings().all()
    excluded = [dt.date.fromisoformat(d) for d in series["excluded_days"]]
    days = series_days(series["first_day"], series["last_day"], series["weekdays"], excluded)
    assert len(blocks) == len(days) > 50
    assert {b["id"] for b in blocks} == {block_id(series["id"], d) for d in days}
    for b in blocks:
        assert (b["kind"], b["artist_id"], b["in_conflict"], b["status"]) == (
            "block",
            series["artist_id"],
            False,
            "booked",
        )
        assert (local(b["starts_at"]).hour, local(b["ends_at"]).hour) == (13, 14)
    assert TODAY - dt.timedelta(days=200) < series["first_day"] <= TODAY <= series["last_day"]


def test_no_booking_on_a_public_holiday(conn: Connection) -> None:
    starts = conn.execute(select(appointment.c.starts_at)).scalars().all()
    days = {s.astimezone(SP).date() for s in starts}
    first, last = min(days), max(days)
    holidays = set(public_holidays(STATE, first, last)) - {TODAY}
    assert holidays, "the demo's six months hold holidays"
    assert not days & holidays


def test_the_plan_skips_holidays_but_today() -> None:
    from kronos_core.demo.size import resolve

    christmas = dt.date(2025, 12, 25)
    plan = resolve(DemoSize(clients=10, past_days=10, future_days=10), christmas)
    open_days = {d.day for d in plan.days}
    assert christmas in open_days  # today stays open
    plan = resolve(DemoSize(clients=10, past_days=10, future_days=10), dt.date(2025, 12, 20))
    assert christmas not in {d.day for d in plan.days}
    assert dt.date(2025, 12, 24) in {d.day for d in plan.days}
