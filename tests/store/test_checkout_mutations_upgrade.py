"""Revision 0012 of the desk's file (issue 15): a populated desk at 0011 is upgraded the way the
app opens it. Every row is kept, the sales and payments written before read as they did (no ticket
discount, tip split, card fee or deposit), a standalone desk still numbering "D1" takes the prefix
"A" while a desk that syncs keeps its own, and the upgraded file closes a ticket applying a
deposit, whose ledger and tip no raw SQL can change."""

from __future__ import annotations

import datetime as dt
import sqlite3
import uuid
from pathlib import Path

import pytest
from alembic import command

from kronos_core.demo import DemoSize
from kronos_core.ids import uuid7
from kronos_core.instants import to_micros
from kronos_desktop.store import LocalStore
from kronos_desktop.store.engine import create_sqlite_engine, foreign_keys_deferred
from kronos_desktop.store.migrate import alembic_config
from kronos_desktop.store.paths import DB_FILENAME
from tests.old_demo import write_old_demo

T0 = dt.datetime(2026, 12, 3, 14, 0, tzinfo=dt.UTC)


def desk_at_0011(tmp_path: Path, server_url: str | None) -> Path:
    data = tmp_path / ("synced" if server_url else "standalone")
    data.mkdir()
    engine = create_sqlite_engine(data / DB_FILENAME)
    cfg = alembic_config()
    with engine.connect() as conn, foreign_keys_deferred(conn):
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0011")
    engine.dispose()
    demo = write_old_demo(data / DB_FILENAME, DemoSize(clients=120), tmp_path)
    db = sqlite3.connect(data / DB_FILENAME)
    db.execute(
        "INSERT INTO replica (id, studio_id, device_id, desk_role, server_url, sale_counter, created_at) "
        "VALUES (1, ?, ?, 'owner', ?, 41, ?)",
        (demo.studio_id.hex, uuid7().hex, server_url, to_micros(T0)),
    )
    if server_url:
        db.execute("UPDATE replica SET sale_prefix = 'D7'")
    db.commit()
    db.close()
    return data


def counts(path: Path, tables: tuple[str, ...]) -> dict[str, int]:
    db = sqlite3.connect(path)
    try:
        return {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
    finally:
        db.close()


KEPT = ("studio", "staff", "client", "appointment", "sale", "sale_line", "payment", "audit_event", "outbox")


@pytest.mark.parametrize(("server_url", "prefix"), [(None, "A"), ("https://kronos.example", "D7")])
def test_the_upgrade_keeps_every_row_and_the_prefix_rule(tmp_path: Path, server_url: str | None, prefix: str) -> None:
    data = desk_at_0011(tmp_path, server_url)
    path = data / DB_FILENAME
    before = counts(path, KEPT)
    assert before["sale"] > 0
    assert before["payment"] > 0
    db = sqlite3.connect(path)
    old_sales = db.execute("SELECT id, total, subtotal, discount_total FROM sale ORDER BY id").fetchall()
    db.close()

    LocalStore.open(data).close()

    assert counts(path, KEPT) == before
    db = sqlite3.connect(path)
    try:
        assert db.execute("SELECT id, total, subtotal, discount_total FROM sale ORDER BY id").fetchall() == old_sales
        untouched = (
            "SELECT count(*) FROM sale WHERE ticket_discount <> 0 OR deposit_applied <> 0 OR tip_total <> 0 "
            "OR card_fee_total <> 0 OR status = 'void'"
        )
        assert db.execute(untouched).fetchone()[0] == 0
        assert (
            db.execute("SELECT count(*) FROM payment WHERE card_fee <> 0 OR deposit_id IS NOT NULL").fetchone()[0] == 0
        )
        assert db.execute("SELECT card_instalments_max, deposit_applies_to FROM studio").fetchone() == (12, "last")
        assert db.execute("SELECT sale_prefix, sale_counter FROM replica").fetchone() == (prefix, 41)
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        db.close()


def test_the_upgraded_desk_closes_a_ticket_applying_a_deposit(tmp_path: Path) -> None:
    data = desk_at_0011(tmp_path, None)
    store = LocalStore.open(data)
    try:
        db = sqlite3.connect(data / DB_FILENAME)
        client_hex, artist_hex = db.execute(
            "SELECT client_id, artist_id FROM appointment WHERE client_id IS NOT NULL LIMIT 1"
        ).fetchone()
        db.close()
        client_id, artist_id = (str(uuid.UUID(h)) for h in (client_hex, artist_hex))
        held, sale_id, tip_id = uuid7(), uuid7(), uuid7()
        store.apply("deposit.take", {"deposit_id": str(held), "client_id": client_id, "amount": 15_000,
                                     "policy_text": "Sinal abatido na última sessão.", "acknowledged": True,
                                     "business_date": "2026-12-03", "taken_at": T0.isoformat()})  # fmt: skip
        store.apply("sale.record", {"sale_id": str(sale_id), "number": "A-000042", "client_id": client_id,
                                    "business_date": "2026-12-03", "closed_at": T0.isoformat(),
                                    "deposit_ids": [str(held)],
                                    "tips": [{"tip_id": str(tip_id), "artist_id": artist_id, "amount": 2_000}],
                                    "lines": [{"line_id": str(uuid7()), "description": "Sessão",
                                               "unit_price": 60_000, "artist_id": artist_id}]})  # fmt: skip
    finally:
        store.close()
    db = sqlite3.connect(data / DB_FILENAME)
    try:
        assert db.execute(
            "SELECT total, deposit_applied, tip_total FROM sale WHERE id = ?", (sale_id.hex,)
        ).fetchone() == (
            60_000,
            15_000,
            2_000,
        )
        assert db.execute("SELECT status FROM deposit WHERE id = ?", (held.hex,)).fetchone() == ("applied",)
        for sql in (
            "UPDATE sale_tip SET artist_share = 0, studio_share = amount",
            "DELETE FROM deposit_entry",
        ):
            with pytest.raises(sqlite3.Error):
                db.execute(sql)
            db.rollback()
        assert db.execute("SELECT count(*) FROM deposit_entry").fetchone() == (2,)
    finally:
        db.close()
