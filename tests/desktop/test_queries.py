"""The views' read-only queries on a real SQLite file (no Qt)."""

from __future__ import annotations

import datetime as dt
import uuid
import zoneinfo
from collections.abc import Iterator
from pathlib import Path

import pytest

from kronos_core.ids import uuid7
from kronos_desktop.store import LocalStore
from kronos_desktop.store.queries import Reader
from kronos_desktop.store.queries.common import fold

SAO_PAULO = zoneinfo.ZoneInfo("America/Sao_Paulo")


class Studio:
    def __init__(self, store: LocalStore) -> None:
        self.store = store
        self.studio_id = store.ensure_identity().studio_id
        self.owner = uuid7()
        store.apply("studio.setup", {"studio_id": self.studio_id, "name": "Teste", "owner_staff_id": self.owner,
                                     "owner_name": "Dona"})  # fmt: skip

    def client(self, name: str, **fields: object) -> uuid.UUID:
        client_id = uuid7()
        self.store.apply("client.create", {"client_id": client_id, "full_name": name, **fields})
        return client_id


@pytest.fixture
def studio(tmp_path: Path) -> Iterator[Studio]:
    store = LocalStore.open(tmp_path / "data")
    yield Studio(store)
    store.close()


@pytest.fixture
def reader(studio: Studio) -> Iterator[Reader]:
    opened = Reader(studio.store.path)
    yield opened
    opened.close()


def test_the_agenda_day_is_the_studios_day(studio: Studio, reader: Reader) -> None:
    """23:00 in São Paulo is 02:00 UTC the next day: it belongs to the São Paulo day."""
    client = studio.client("Noturna")
    day = dt.date(2026, 3, 10)
    starts = dt.datetime.combine(day, dt.time(23, 0), tzinfo=SAO_PAULO)
    studio.store.apply("appointment.book", {
        "appointment_id": uuid7(), "client_id": client, "artist_id": studio.owner, "kind": "consultation",
        "starts_at": starts.isoformat(), "ends_at": (starts + dt.timedelta(minutes=45)).isoformat(),
    })  # fmt: skip
    on_day = reader.agenda(studio.studio_id, day, SAO_PAULO)
    assert [r.client_name for r in on_day] == ["Noturna"]
    assert reader.agenda(studio.studio_id, day + dt.timedelta(days=1), SAO_PAULO) == []
    assert on_day[0].starts_at.astimezone(SAO_PAULO).hour == 23


def test_client_search_ignores_accents_case_and_punctuation(studio: Studio, reader: Reader) -> None:
    joao = studio.client("João Conceição", phone="+5511987654321", document_type="cpf",
                         document_number="52998224725", allergies="Níquel")  # fmt: skip
    studio.client("Maria Silva", preferred_name="Mari", email="Mari@Example.com")
    sid = studio.studio_id
    for typed in ("joao", "JOÃO", "conceicao", "joão conc", "98765-4321", "(11) 98765", "529.982.247-25", "52998"):
        assert [c.id for c in reader.clients(sid, typed)] == [joao], typed
    assert [c.full_name for c in reader.clients(sid, "mari@")] == ["Maria Silva"]
    assert [c.full_name for c in reader.clients(sid, "mari")] == ["Maria Silva"]
    assert reader.clients(sid, "100%") == []
    assert reader.clients(sid, "_") == []
    assert reader.count_clients(sid) == 2
    assert reader.count_clients(sid, "silva") == 1
    assert reader.clients(sid, "joao")[0].health_alert == "Níquel"
    assert fold("Ação É") == "acao e"


def test_sales_and_the_day_summary(studio: Studio, reader: Reader) -> None:
    client = studio.client("Pagante")
    day = dt.date(2026, 3, 10)
    closed_at = dt.datetime.combine(day, dt.time(15), tzinfo=SAO_PAULO).isoformat()
    sales = []
    for number, price in (("D1-000001", 50_000), ("D1-000002", 12_050)):
        sale_id = uuid7()
        studio.store.apply("sale.record", {
            "sale_id": sale_id, "number": number, "client_id": client if price > 20_000 else None,
            "business_date": day.isoformat(), "closed_at": closed_at,
            "lines": [{"line_id": uuid7(), "description": "Sessão", "unit_price": price}],
        })  # fmt: skip
        sales.append(sale_id)
    for sale_id, method, amount, tip in ((sales[0], "pix", 30_000, 0), (sales[0], "credit", 20_000, 1_000),
                                         (sales[1], "cash", 12_050, 0)):  # fmt: skip
        studio.store.apply("payment.record", {
            "payment_id": uuid7(), "sale_id": sale_id, "method": method, "amount": amount, "tip": tip,
            "business_date": day.isoformat(), "received_at": closed_at,
        })  # fmt: skip
    rows = reader.sales(studio.studio_id, day)
    assert [(r.number, r.total, r.client_name) for r in rows] == [("D1-000001", 50_000, "Pagante"),
                                                                  ("D1-000002", 12_050, None)]  # fmt: skip
    assert rows[0].payments == {"pix": 30_000, "credit": 21_000}  # what each method took, its tip included
    summary = reader.day_summary(studio.studio_id, day)
    assert (summary.sales_count, summary.sales_total, summary.received_total, summary.tips) == (
        2,
        62_050,
        62_050,
        1_000,
    )
    assert summary.by_method == {"pix": 30_000, "credit": 20_000, "cash": 12_050}
    assert reader.sales(studio.studio_id, day + dt.timedelta(days=1)) == []


def test_reading_never_waits_for_the_writer(studio: Studio, reader: Reader) -> None:
    """A read while a write transaction is open answers at once from its snapshot."""
    studio.client("Antes")
    with studio.store.engine.begin() as conn:  # BEGIN IMMEDIATE: holds the write lock
        conn.exec_driver_sql("UPDATE client SET full_name = 'Durante'")
        started = dt.datetime.now(dt.UTC)
        assert [c.full_name for c in reader.clients(studio.studio_id)] == ["Antes"]
        assert dt.datetime.now(dt.UTC) - started < dt.timedelta(seconds=2)
    assert [c.full_name for c in reader.clients(studio.studio_id)] == ["Durante"]


def test_the_search_follows_changes_at_once_in_its_ranked_order(studio: Studio, reader: Reader) -> None:
    """The list's search reads the index the database keeps: a change shows without telling the
    reader; exact words come first, then the most recently added; pages follow each other."""
    for n in range(30):
        studio.client(f"Cliente {n:02d} Ávila")
    assert reader.count_clients(studio.studio_id, "avila") == 30
    added = studio.client("Ávila Nova")
    assert reader.count_clients(studio.studio_id, "avila") == 31, "no one needs to tell the reader"
    assert [c.full_name for c in reader.clients(studio.studio_id, "avila", limit=2)] == [
        "Ávila Nova",
        "Cliente 29 Ávila",
    ], "the most recently added first"
    studio.store.apply("client.update", {"client_id": added, "changes": {"full_name": "Zé Nova"}})
    assert [c.full_name for c in reader.clients(studio.studio_id, "nova")] == ["Zé Nova"]
    assert reader.count_clients(studio.studio_id, "avila") == 30
    avilar = studio.client("Avilar Costa")
    assert reader.clients(studio.studio_id, "avila")[-1].id == avilar, "a longer word after the exact ones"
    keys = reader.clients(studio.studio_id, "avila")
    after = reader.clients(studio.studio_id, "avila", after=(keys[9].full_name, keys[9].id), limit=5)
    assert [c.full_name for c in after] == [f"Cliente {n:02d} Ávila" for n in range(19, 14, -1)]
