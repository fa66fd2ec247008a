"""The desk's file refuses to change a payment or an audit row, except in the sync's own writes.

Revision 0005 of migrations/local adds ``audit_event`` and, on every table of
``kronos_core.schema.APPEND_ONLY_TABLES``, triggers refusing UPDATE and DELETE unless
``kronos_sync_write()`` answers 1 (kronos_desktop.store.engine: only inside ``sync_writes`` on
that connection). Tried here with raw SQL, as a bug or another tool would: through the desk's
engine, through a plain sqlite3 connection, after a sync write ended (also by an error), and on
another connection while one is in a sync write. The upgrade to 0005 of a desk file holding
rows keeps every row of every table and leaves a backup first.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import Connection, Engine, select
from sqlalchemy.exc import DBAPIError

from kronos_core.ids import uuid7
from kronos_core.pins import hash_pin
from kronos_core.schema import (
    APPEND_ONLY_TABLES,
    appointment,
    audit_event,
    client,
    payment,
    sale,
    sale_line,
    staff,
    studio,
    sync_conflict,
)
from kronos_desktop.store import LocalStore
from kronos_desktop.store.engine import create_sqlite_engine, foreign_keys_deferred, sync_writes
from kronos_desktop.store.local_schema import DESK_METADATA, outbox, replica
from kronos_desktop.store.migrate import LOCAL_HEAD, alembic_config
from kronos_desktop.store.paths import DB_FILENAME
from tests.core import role_cases

T0 = dt.datetime(2027, 3, 10, 13, 0, tzinfo=dt.UTC)


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[LocalStore]:
    """A standalone desk with a payment taken and a PIN reset (an audit row)."""
    store = LocalStore.open(tmp_path / "data")
    state = store.ensure_identity()
    owner, artist = uuid7(), uuid7()
    store.apply("studio.setup", {"studio_id": str(state.studio_id), "name": "Estúdio Agulha",
                                 "owner_staff_id": str(owner), "owner_name": "Rita"}, staff_id=owner)  # fmt: skip
    store.apply("staff.add", {"staff_id": str(artist), "display_name": "Rafa", "role": "artist"}, staff_id=owner)
    store.apply("staff.set_pin", {"staff_id": str(artist), "pin_hash": hash_pin("2468")}, staff_id=owner)
    store.apply("payment.record", {"payment_id": str(uuid7()), "method": "cash", "amount": 20_000,
                                   "business_date": "2027-03-10", "received_at": T0.isoformat()})  # fmt: skip
    # Issue 14: a questionnaire's version, a signed form, a session's record.
    ana, booking, template = uuid7(), uuid7(), role_cases.template_args()
    store.apply("client.create", {"client_id": str(ana), "full_name": "Ana Souza"}, staff_id=owner)
    store.apply("appointment.book", {"appointment_id": str(booking), "client_id": str(ana),
                                     "artist_id": str(artist), "starts_at": T0.isoformat(),
                                     "ends_at": (T0 + dt.timedelta(hours=2)).isoformat()}, staff_id=owner)  # fmt: skip
    store.apply("form_template.publish", template, staff_id=owner)
    store.apply("consent_form.sign", {"form_id": str(uuid7()), "client_id": str(ana), "appointment_id": str(booking),
                                      "template_id": template["template_id"], "signature": role_cases.SIGNATURE,
                                      "answers": {"allergy": {"value": False, "details": ""}},
                                      "witness_id": str(owner), "signed_at": T0.isoformat()},
                staff_id=owner)  # fmt: skip
    store.apply("session_record.add", {"record_id": str(uuid7()), "appointment_id": str(booking),
                                       "body_location": "Antebraço", "recorded_at": T0.isoformat()},
                staff_id=owner)  # fmt: skip
    # Issue 15: a deposit applied at checkout (its ledger) and a tip (its split).
    held = uuid7()
    store.apply("deposit.take", {"deposit_id": str(held), "client_id": str(ana), "amount": 5_000,
                                 "policy_text": "O sinal vale por 6 meses.", "acknowledged": True,
                                 "business_date": "2027-03-10", "taken_at": T0.isoformat()},
                staff_id=owner)  # fmt: skip
    store.apply("sale.record", {"sale_id": str(uuid7()), "number": "A-000001", "client_id": str(ana),
                                "business_date": "2027-03-10", "closed_at": T0.isoformat(), "deposit_ids": [str(held)],
                                "lines": [{"line_id": str(uuid7()), "description": "Sessão", "unit_price": 40_000,
                                           "artist_id": str(artist)}],
                                "tips": [{"tip_id": str(uuid7()), "artist_id": str(artist), "amount": 2_000}]},
                staff_id=owner)  # fmt: skip
    # Issue 16: the drawer's day with a suprimento and its close; a product's stock received.
    drawer, day, cream = uuid7(), uuid7(), uuid7()
    store.apply("cash_drawer.save", {"drawer_id": str(drawer), "name": "Caixa"}, staff_id=owner)
    opened = {"session_id": str(day), "drawer_id": str(drawer), "business_date": "2027-03-10",
              "opening_float": 20_000, "opened_at": T0.isoformat()}  # fmt: skip
    store.apply("cash_session.open", opened, staff_id=owner)
    store.apply("cash.move", {"movement_id": str(uuid7()), "session_id": str(day), "kind": "in", "amount": 5_000,
                              "reason": "Troco do banco", "moved_at": T0.isoformat()}, staff_id=owner)  # fmt: skip
    store.apply("cash_session.close", {"count_id": str(uuid7()), "session_id": str(day), "expected": 45_000,
                                       "grid": {"20000": 2, "5000": 1}, "counted_at": T0.isoformat()},
                staff_id=owner)  # fmt: skip
    store.apply("product.save", {"product_id": str(cream), "name": "Pomada", "price": 3_990}, staff_id=owner)
    store.apply("stock.move", {"movement_id": str(uuid7()), "product_id": str(cream), "kind": "received",
                               "quantity": 12, "moved_at": T0.isoformat()}, staff_id=owner)  # fmt: skip
    yield store
    store.close()


def one_id(engine: Engine, table: str) -> str:
    with engine.connect() as conn:
        return str(conn.exec_driver_sql(f"SELECT id FROM {table} LIMIT 1").scalar_one())


def snapshot(engine: Engine) -> dict[str, list[tuple[Any, ...]]]:
    with engine.connect() as conn:
        return {
            t: [tuple(r) for r in conn.exec_driver_sql(f"SELECT * FROM {t} ORDER BY id")] for t in APPEND_ONLY_TABLES
        }


STATEMENTS = {
    "payment": ("UPDATE payment SET amount = 1 WHERE id = ?", "DELETE FROM payment WHERE id = ?"),
    "audit_event": ("UPDATE audit_event SET action = 'nothing' WHERE id = ?", "DELETE FROM audit_event WHERE id = ?"),
    "form_template": ("UPDATE form_template SET consent_text = '' WHERE id = ?",
                      "DELETE FROM form_template WHERE id = ?"),
    "consent_form": ("UPDATE consent_form SET image_use = 1 WHERE id = ?", "DELETE FROM consent_form WHERE id = ?"),
    "session_record": ("UPDATE session_record SET body_location = 'x' WHERE id = ?",
                       "DELETE FROM session_record WHERE id = ?"),
    "deposit_entry": ("UPDATE deposit_entry SET amount = 1 WHERE id = ?", "DELETE FROM deposit_entry WHERE id = ?"),
    "sale_tip": ("UPDATE sale_tip SET artist_share = 0, studio_share = amount WHERE id = ?",
                 "DELETE FROM sale_tip WHERE id = ?"),
    "cash_movement": ("UPDATE cash_movement SET amount = 1 WHERE id = ?", "DELETE FROM cash_movement WHERE id = ?"),
    "cash_count": ("UPDATE cash_count SET note = 'recontado' WHERE id = ?", "DELETE FROM cash_count WHERE id = ?"),
    "stock_movement": ("UPDATE stock_movement SET quantity = 99 WHERE id = ?",
                       "DELETE FROM stock_movement WHERE id = ?"),
}  # fmt: skip


def raw(conn: Connection, sql: str, row_id: str) -> int:
    return conn.exec_driver_sql(sql, (row_id,)).rowcount


def test_a_new_desk_file_has_the_triggers_of_every_append_only_table(desk: LocalStore) -> None:
    with desk.engine.connect() as conn:
        found = {
            (r[0], r[1])
            for r in conn.exec_driver_sql("SELECT tbl_name, name FROM sqlite_master WHERE type = 'trigger'")
        }
    for table in APPEND_ONLY_TABLES:
        assert (table, f"append_only_{table}_update") in found
        assert (table, f"append_only_{table}_delete") in found


@pytest.mark.parametrize("table", sorted(APPEND_ONLY_TABLES))
def test_raw_sql_through_the_desks_engine_is_refused(desk: LocalStore, table: str) -> None:
    before = snapshot(desk.engine)
    assert before[table], "the desk holds such a row"
    row_id = one_id(desk.engine, table)
    for sql in STATEMENTS[table]:
        with pytest.raises(DBAPIError, match="append_only"), desk.engine.begin() as conn:
            raw(conn, sql, row_id)
    assert snapshot(desk.engine) == before


@pytest.mark.parametrize("table", sorted(APPEND_ONLY_TABLES))
def test_raw_sql_from_another_program_is_refused(desk: LocalStore, table: str) -> None:
    """A plain sqlite3 connection has no ``kronos_sync_write()``: it cannot change them at all."""
    before = snapshot(desk.engine)
    row_id = one_id(desk.engine, table)
    conn = sqlite3.connect(desk.path)
    try:
        for sql in STATEMENTS[table]:
            with pytest.raises(sqlite3.Error):
                conn.execute(sql, (row_id,))
            conn.rollback()
    finally:
        conn.close()
    assert snapshot(desk.engine) == before


def test_the_sync_writes_them_and_the_flag_ends_with_its_block(desk: LocalStore) -> None:
    payment_id = one_id(desk.engine, "payment")
    with desk.engine.connect() as conn:
        with conn.begin(), sync_writes(conn):
            assert raw(conn, "UPDATE payment SET tip = 500 WHERE id = ?", payment_id) == 1
        with pytest.raises(DBAPIError, match="append_only"), conn.begin():
            raw(conn, "UPDATE payment SET tip = 0 WHERE id = ?", payment_id)
        # An error inside the block clears the flag too.
        with pytest.raises(RuntimeError), conn.begin(), sync_writes(conn):
            raise RuntimeError("a page could not be written")
        with pytest.raises(DBAPIError, match="append_only"), conn.begin():
            raw(conn, "DELETE FROM payment WHERE id = ?", payment_id)
    with desk.engine.connect() as conn:
        assert conn.execute(select(payment.c.tip)).scalar_one() == 500


def test_a_sync_write_on_one_connection_lets_nothing_through_on_another(desk: LocalStore) -> None:
    payment_id = one_id(desk.engine, "payment")
    with desk.engine.connect() as syncing, desk.engine.connect() as other, sync_writes(syncing):
        assert syncing.connection.driver_connection is not other.connection.driver_connection
        with pytest.raises(DBAPIError, match="append_only"), other.begin():
            raw(other, "DELETE FROM payment WHERE id = ?", payment_id)
    assert one_id(desk.engine, "payment") == payment_id


# -- the upgrade to 0005 -------------------------------------------------------------------------
def every_table(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        names = [t for md in DESK_METADATA for t in md.tables if t in present]
        return {name: conn.execute(f"SELECT count(*) FROM {name}").fetchone()[0] for name in names}
    finally:
        conn.close()


def _sync(studio_id: uuid.UUID, **values: Any) -> dict[str, Any]:
    return {"id": uuid7(), "studio_id": studio_id, "version": 3, "deleted": False, "created_at": T0,
            "changed_at": T0, **values}  # fmt: skip


@pytest.fixture
def desk_at_0004(tmp_path: Path) -> Path:
    """A syncing desk's folder at revision 0004: a studio with a booking, a sale paid twice, a
    conflict, a pending mutation."""
    data = tmp_path / "data"
    data.mkdir()
    path = data / DB_FILENAME
    engine = create_sqlite_engine(path)
    cfg = alembic_config()
    with engine.connect() as conn, foreign_keys_deferred(conn):
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0004")
    sid = uuid7()
    with engine.begin() as conn:
        conn.execute(replica.insert().values(id=1, studio_id=sid, device_id=uuid7(), desk_role="owner",
                                             cursor="e:9", created_at=T0))  # fmt: skip
        conn.execute(studio.insert().values(_sync(sid, id=sid, name="Estúdio Agulha")))
        artist = _sync(sid, display_name="Rafa", role="artist")
        conn.execute(staff.insert().values(artist))
        ana = _sync(sid, full_name="Ana Souza")
        conn.execute(client.insert().values(ana))
        booked = _sync(sid, client_id=ana["id"], artist_id=artist["id"], starts_at=T0,
                       ends_at=T0 + dt.timedelta(hours=2), kind="session")  # fmt: skip
        conn.execute(appointment.insert().values(booked))
        ticket = _sync(sid, number="D1-1", client_id=ana["id"], status="closed", subtotal=30_000, total=30_000,
                       business_date=T0.date())  # fmt: skip
        conn.execute(sale.insert().values(ticket))
        conn.execute(sale_line.insert().values(_sync(sid, sale_id=ticket["id"], position=1, kind="service",
                                                     description="Fechamento", quantity=1, unit_price=30_000,
                                                     total=30_000, studio_share=30_000)))  # fmt: skip
        for amount in (10_000, 20_000):
            conn.execute(payment.insert().values(_sync(sid, sale_id=ticket["id"], method="pix", amount=amount,
                                                       business_date=T0.date(), received_at=T0)))  # fmt: skip
        conn.execute(sync_conflict.insert().values(_sync(sid, kind="double_booking", row_ids=[str(booked["id"])])))
        conn.execute(outbox.insert().values(seq=1, uuid=uuid7(), name="client.update", args={}, undo=[],
                                            created_at=T0, status="pending"))  # fmt: skip
    engine.dispose()
    return data


def test_the_upgrade_to_0005_keeps_every_row_after_a_backup(desk_at_0004: Path) -> None:
    path = desk_at_0004 / DB_FILENAME
    before = every_table(path)
    assert "audit_event" not in before
    assert before["payment"] == 2
    assert before["outbox"] == 1
    assert all(before[t] >= 1 for t in ("studio", "staff", "client", "appointment", "sale", "sale_line",
                                        "sync_conflict", "replica"))  # fmt: skip

    LocalStore.open(desk_at_0004).close()

    after = every_table(path)
    added_later = ("audit_event", "pin_lockout", "project", "time_off_series", "form_template", "consent_form",
                   "material", "session_record", "product", "deposit", "deposit_entry", "sale_tip",
                   "ticket_draft", "cash_drawer", "cash_session", "cash_movement", "cash_count", "voucher",
                   "stock_movement")  # fmt: skip
    assert after == {**before, **dict.fromkeys(added_later, 0)}
    (backup,) = (desk_at_0004 / "backups").glob("*.db")
    assert "rev0004" in backup.name
    assert every_table(backup) == before, "the copy is the file as it was before the upgrade"
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == LOCAL_HEAD
        assert conn.execute("SELECT cursor FROM replica").fetchone()[0] == "e:9", "no reload from the server"
        with pytest.raises(sqlite3.Error):
            conn.execute("DELETE FROM payment")
    finally:
        conn.close()
    # Through the desk: the payments stay, and the audit table takes rows.
    store = LocalStore.open(desk_at_0004)
    try:
        with pytest.raises(DBAPIError, match="append_only"), store.engine.begin() as c:
            c.exec_driver_sql("UPDATE payment SET amount = 0")
        with store.engine.connect() as c:
            assert sorted(c.execute(select(payment.c.amount)).scalars()) == [10_000, 20_000]
            assert c.execute(select(audit_event.c.id)).first() is None
    finally:
        store.close()
