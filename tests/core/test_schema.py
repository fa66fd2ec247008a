"""The shared schema builds on both databases, and its constraints are the final word on both."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import pytest
from sqlalchemy import Connection, Engine, Table, inspect
from sqlalchemy.exc import IntegrityError

from kronos_core.ids import uuid7
from kronos_core.instants import Instant
from kronos_core.schema import (
    SYNC_COLUMNS,
    SYNCED_TABLES,
    TABLES_BY_NAME,
    appointment,
    client,
    commission_rule,
    metadata,
    payment,
    sale,
    sale_line,
    staff,
    studio,
    sync_conflict,
)

UTC = dt.UTC
NOW = dt.datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


def test_every_synced_table_has_the_sync_columns() -> None:
    for table in SYNCED_TABLES:
        assert set(SYNC_COLUMNS) <= set(table.columns.keys()), table.name
        assert [c.name for c in table.primary_key.columns] == ["id"], table.name
        assert not table.c.studio_id.nullable, table.name
        assert not table.c.version.nullable, table.name
        assert isinstance(table.c.created_at.type, Instant), table.name
        assert isinstance(table.c.changed_at.type, Instant), table.name


def test_synced_tables_are_listed_parents_first() -> None:
    assert set(SYNCED_TABLES) <= set(metadata.tables.values())
    seen: set[str] = set()
    for table in SYNCED_TABLES:
        for fk in table.foreign_keys:
            parent = fk.column.table.name
            assert parent in {table.name, *seen}, f"{table.name} is listed before its parent {parent}"
        seen.add(table.name)
    assert {t.name: t for t in SYNCED_TABLES} == TABLES_BY_NAME


def test_every_instant_column_uses_the_core_type() -> None:
    for table in SYNCED_TABLES:
        for column in table.columns:
            if column.name.endswith("_at"):
                assert isinstance(column.type, Instant), f"{table.name}.{column.name}"


def test_create_all_builds_every_table(core_engine: Engine) -> None:
    inspector = inspect(core_engine)
    names = set(inspector.get_table_names())
    for table in SYNCED_TABLES:
        assert table.name in names
        columns = {c["name"] for c in inspector.get_columns(table.name)}
        assert set(SYNC_COLUMNS) <= columns, table.name
        assert columns == set(table.columns.keys()), table.name


# -- check constraints ------------------------------------------------------------------------------
def _sync(studio_id: uuid.UUID, **values: Any) -> dict[str, Any]:
    return {
        "id": uuid7(),
        "studio_id": studio_id,
        "version": 0,
        "deleted": False,
        "created_at": NOW,
        "changed_at": NOW,
        **values,
    }


class Rows:
    """Raw rows of one studio, written straight to the tables (to test the database's rules)."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.studio_id = uuid7()
        self.insert(studio, {"id": self.studio_id, "name": "Estúdio"})
        self.artist_id = self.insert(staff, {"display_name": "Rafa", "role": "artist"})
        self.client_id = self.insert(client, {"full_name": "Ana"})
        self.sale_id = self.insert(sale, {"number": f"A-{uuid7().hex[-6:]}", "business_date": dt.date(2026, 3, 10)})

    def insert(self, table: Table, values: dict[str, Any]) -> uuid.UUID:
        row = _sync(self.studio_id, **values)
        if table is studio:
            row["id"] = row["studio_id"] = values["id"]
        self.conn.execute(table.insert().values(row))
        return uuid.UUID(str(row["id"]))

    def line(self, **overrides: Any) -> dict[str, Any]:
        values = {
            "sale_id": self.sale_id,
            "position": 1,
            "kind": "service",
            "description": "Fechamento",
            "artist_id": self.artist_id,
            "quantity": 2,
            "unit_price": 50_000,
            "discount": 10_000,
            "total": 90_000,
            "artist_share": 45_000,
            "studio_share": 45_000,
        }
        return {**values, **overrides}

    def booking(self, **overrides: Any) -> dict[str, Any]:
        values = {
            "client_id": self.client_id,
            "artist_id": self.artist_id,
            "starts_at": NOW,
            "ends_at": NOW + dt.timedelta(hours=2),
            "kind": "session",
            "status": "booked",
        }
        return {**values, **overrides}


def _refused(engine: Engine, table: Table, make: Any) -> None:
    """The row ``make(rows)`` is refused by the database; a good row beside it is accepted."""
    with engine.begin() as conn:
        rows = Rows(conn)
        values = make(rows)
        savepoint = conn.begin_nested()
        with pytest.raises(IntegrityError):
            rows.insert(table, values)
        savepoint.rollback()


def test_valid_rows_are_accepted(core_engine: Engine) -> None:
    with core_engine.begin() as conn:
        rows = Rows(conn)
        rows.insert(sale_line, rows.line())
        rows.insert(appointment, rows.booking())
        rows.insert(appointment, rows.booking(kind="block", client_id=None))
        rows.insert(
            payment,
            {
                "sale_id": rows.sale_id,
                "method": "pix",
                "amount": 90_000,
                "business_date": dt.date(2026, 3, 10),
                "received_at": NOW,
            },
        )
        rows.insert(
            commission_rule, {"staff_id": rows.artist_id, "rate_bps": 5_000, "effective_from": dt.date(2026, 1, 1)}
        )
        rows.insert(sync_conflict, {"kind": "rejected", "row_ids": [], "mine": {"name": "x"}})


@pytest.mark.parametrize(
    ("table", "make"),
    [
        pytest.param(appointment, lambda r: r.booking(ends_at=NOW - dt.timedelta(minutes=1)), id="ends-before-start"),
        pytest.param(appointment, lambda r: r.booking(ends_at=NOW), id="zero-length"),
        pytest.param(appointment, lambda r: r.booking(client_id=None), id="session-without-client"),
        pytest.param(appointment, lambda r: r.booking(kind="party"), id="unknown-kind"),
        pytest.param(appointment, lambda r: r.booking(status="maybe"), id="unknown-status"),
        pytest.param(sale_line, lambda r: r.line(artist_share=45_001), id="shares-do-not-add-up"),
        pytest.param(
            sale_line,
            lambda r: r.line(total=100_000, artist_share=50_000, studio_share=50_000),
            id="total-ignores-discount",
        ),
        pytest.param(
            sale_line,
            lambda r: r.line(quantity=0, total=-10_000, artist_share=0, studio_share=-10_000),
            id="zero-quantity",
        ),
        pytest.param(
            sale_line,
            lambda r: r.line(discount=-1, total=100_001, artist_share=1, studio_share=100_000),
            id="negative-discount",
        ),
        pytest.param(sale_line, lambda r: r.line(kind="gift"), id="unknown-line-kind"),
        pytest.param(
            payment,
            lambda r: {
                "sale_id": r.sale_id,
                "method": "pix",
                "amount": -100,
                "business_date": dt.date(2026, 3, 10),
                "received_at": NOW,
            },
            id="refund-without-original",
        ),
        pytest.param(
            payment,
            lambda r: {
                "sale_id": r.sale_id,
                "method": "cheque",
                "amount": 100,
                "business_date": dt.date(2026, 3, 10),
                "received_at": NOW,
            },
            id="unknown-method",
        ),
        pytest.param(
            payment,
            lambda r: {
                "sale_id": r.sale_id,
                "method": "cash",
                "amount": 100,
                "tip": -1,
                "business_date": dt.date(2026, 3, 10),
                "received_at": NOW,
            },
            id="negative-tip",
        ),
        pytest.param(
            commission_rule,
            lambda r: {"staff_id": r.artist_id, "rate_bps": 10_001, "effective_from": dt.date(2026, 1, 1)},
            id="rate-above-100%",
        ),
        pytest.param(staff, lambda r: {"display_name": "X", "role": "boss"}, id="unknown-role"),
        pytest.param(sync_conflict, lambda r: {"kind": "oops", "row_ids": []}, id="unknown-conflict-kind"),
        pytest.param(
            sale,
            lambda r: {"number": "X-1", "business_date": dt.date(2026, 3, 10), "status": "paid"},
            id="unknown-sale-status",
        ),
        pytest.param(appointment, lambda r: r.booking(artist_id=uuid7()), id="unknown-artist-fk"),
        pytest.param(sale_line, lambda r: r.line(sale_id=uuid7()), id="unknown-sale-fk"),
    ],
)
def test_constraints_refuse_bad_rows(core_engine: Engine, table: Table, make: Any) -> None:
    _refused(core_engine, table, make)


def test_sale_numbers_are_unique_per_studio(core_engine: Engine) -> None:
    with core_engine.begin() as conn:
        rows = Rows(conn)
        rows.insert(sale, {"number": "D1-0001", "business_date": dt.date(2026, 3, 10)})
        other = Rows(conn)  # another studio may use the same number
        other.insert(sale, {"number": "D1-0001", "business_date": dt.date(2026, 3, 10)})
        savepoint = conn.begin_nested()
        with pytest.raises(IntegrityError):
            rows.insert(sale, {"number": "D1-0001", "business_date": dt.date(2026, 3, 11)})
        savepoint.rollback()
