"""The local change's statements run on the sqlite3 connection (DriverStatement) store and read
exactly what SQLAlchemy Core stores and reads, inside the same transaction."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from sqlalchemy import Column, Integer, MetaData, String, Table, func, select, update
from sqlalchemy.exc import IntegrityError

from kronos_core.mutations import InvalidArguments
from kronos_core.schema import client
from kronos_desktop.store import LocalStore
from kronos_desktop.store.engine import DriverStatement, raw_execute
from kronos_desktop.store.local_schema import outbox, replica

AT = dt.datetime(2026, 3, 10, 12, 30, 15, 123456, tzinfo=dt.timezone(dt.timedelta(hours=-3)))
UNDO = [{"table": "client", "id": str(uuid.uuid4()), "before": None}]
KEYS = ("seq", "uuid", "name", "args", "undo", "staff_id", "created_at", "status", "device_id", "likely_conflict")


def _values(seq: int, **overrides: object) -> dict[str, object]:
    return {
        "seq": seq,
        "uuid": uuid.uuid4(),
        "name": "client.create",
        "args": {"full_name": "Ana Souza", "tags": ["vip"], "nothing": None},
        "undo": UNDO,
        "staff_id": None,
        "created_at": AT,
        "status": "pending",
        "device_id": uuid.uuid4(),
        "likely_conflict": True,
        **overrides,
    }


def _stored(store: LocalStore, seq: int) -> tuple[object, ...]:
    with store.engine.connect() as conn:
        (row,) = raw_execute(
            conn,
            f"SELECT seq, typeof(uuid), name, args, undo, staff_id, created_at, typeof(created_at), status, "
            f"typeof(device_id), length(device_id), likely_conflict FROM outbox WHERE seq = {seq}",
        )
    return row


def test_values_are_stored_as_core_stores_them(store: LocalStore) -> None:
    statement = DriverStatement(outbox.insert(), KEYS)
    with store.engine.begin() as conn:
        conn.execute(outbox.insert(), _values(1001))
        statement.execute(conn, _values(1002))
    by_core, by_driver = _stored(store, 1001), _stored(store, 1002)
    assert by_driver[1:] == by_core[1:]
    assert by_driver[6] == int(AT.timestamp() * 1_000_000)  # integer UTC microseconds
    with store.engine.connect() as conn:
        row = conn.execute(select(outbox).where(outbox.c.seq == 1002)).mappings().one()
    assert row["created_at"] == AT
    assert row["args"] == {"full_name": "Ana Souza", "tags": ["vip"], "nothing": None}
    assert row["likely_conflict"] is True


def test_returning_is_read_as_core_reads_it(store: LocalStore) -> None:
    columns = (replica.c.studio_id, replica.c.device_id, replica.c.staff_id, replica.c.last_seq, replica.c.created_at)
    bump = DriverStatement(
        update(replica).where(replica.c.id == 1).values(last_seq=replica.c.last_seq + 1).returning(*columns)
    )
    with store.engine.begin() as conn:
        before = conn.execute(select(*columns).where(replica.c.id == 1)).one()
        got = bump.returning_one(conn)
    assert got == (*before[:3], before[3] + 1, before[4])
    assert isinstance(got[0], uuid.UUID)
    assert got[2] is None
    assert got[4].tzinfo is not None


def test_nothing_returned_is_none(store: LocalStore) -> None:
    missing = DriverStatement(update(replica).where(replica.c.id == 2).values(last_seq=0).returning(replica.c.id))
    with store.engine.begin() as conn:
        assert missing.returning_one(conn) is None


def test_driver_errors_come_out_as_sqlalchemys_and_roll_back_with_the_transaction(store: LocalStore) -> None:
    statement = DriverStatement(outbox.insert(), KEYS)
    taken = uuid.uuid4()
    with store.engine.connect() as conn, conn.begin():
        statement.execute(conn, _values(1001, uuid=taken))
        with pytest.raises(IntegrityError):
            statement.execute(conn, _values(1002, uuid=taken))  # outbox.uuid is unique
        conn.rollback()
    with store.engine.connect() as conn:
        assert conn.execute(select(func.count()).where(outbox.c.seq >= 1001)).scalar_one() == 0


def test_columns_with_python_defaults_are_refused() -> None:
    table = Table("t", MetaData(), Column("id", Integer, primary_key=True), Column("x", String, default="d"))
    with pytest.raises(ValueError, match="Python default"):
        DriverStatement(table.insert(), ("id",))


def test_a_taken_row_id_writes_nothing_on_the_desk(store: LocalStore) -> None:
    args = {"client_id": str(uuid.uuid4()), "full_name": "Ana Souza"}
    store.apply("client.create", args)
    last_seq = store.identity().last_seq  # type: ignore[union-attr]
    with store.engine.connect() as conn:
        pending = conn.execute(select(func.count()).select_from(outbox)).scalar_one()
    with pytest.raises(InvalidArguments, match="already exists") as caught:
        store.apply("client.create", {**args, "full_name": "Outra Pessoa"})
    assert caught.value.code == "duplicate_id"
    assert store.identity().last_seq == last_seq  # type: ignore[union-attr]
    with store.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(outbox)).scalar_one() == pending
        name = conn.execute(select(client.c.full_name).where(client.c.id == uuid.UUID(args["client_id"]))).scalar()
    assert name == "Ana Souza"
