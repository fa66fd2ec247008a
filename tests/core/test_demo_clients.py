"""The demo's clients as issue 13 needs them: the duplicates it plants (known, and found by the
rule), and the record's fields filled as a studio's would be."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, Engine, select

from kronos_core.demo import DemoSize, generate_demo
from kronos_core.demo.people import planted_pairs
from kronos_core.duplicates import Person, Reason, reasons
from kronos_core.schema import client, metadata
from tests.core.dbs import sqlite_engine

TODAY = dt.date(2025, 3, 12)
SIZE = DemoSize(clients=3_000, past_days=7, future_days=3)


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    engine = sqlite_engine(tmp_path_factory.mktemp("demo") / "desk.sqlite")
    with engine.begin() as conn:
        metadata.create_all(conn)
    with engine.begin() as conn:
        generate_demo(conn, size=SIZE, today=TODAY, seed=7)
    yield engine
    engine.dispose()


@pytest.fixture
def conn(engine: Engine) -> Iterator[Connection]:
    with engine.connect() as connection:
        yield connection


def _clients(conn: Connection) -> list[dict[str, Any]]:
    query = select(client).order_by(client.c.created_at, client.c.id)
    return [dict(r._mapping) for r in conn.execute(query)]


def _person(row: dict[str, Any]) -> Person:
    return Person(
        str(row["full_name"]), row["id"], row["phone"], row["email"], row["document_number"], row["birth_date"]
    )


def test_every_planted_duplicate_is_the_same_phone_and_the_rule_flags_it(conn: Connection) -> None:
    rows = _clients(conn)
    planted = planted_pairs(SIZE.clients, seed=7, today=TODAY)
    assert 20 < len(planted) < 100  # about 1.5%
    for original, duplicate in planted:
        one, two = rows[original], rows[duplicate]
        assert one["phone"] == two["phone"] is not None
        assert Reason.SAME_PHONE in reasons(_person(one), _person(two))
        assert not any((two["allergies"], two["medical_alerts"], two["medication"]))  # typed in a hurry


def test_the_record_fields_are_filled_as_a_studio_would(conn: Connection) -> None:
    rows = _clients(conn)

    def share(test: Callable[[dict[str, Any]], object]) -> float:
        return sum(1 for r in rows if test(r)) / len(rows)

    assert 0.3 < share(lambda r: r["instagram"]) < 0.5
    assert 0.7 < share(lambda r: r["whatsapp"]) < 0.95
    assert 0.5 < share(lambda r: r["referral_source"]) < 0.8
    assert 0.01 < share(lambda r: r["medication"]) < 0.1
    minors = [r for r in rows if "menor" in r["tags"]]
    assert minors
    assert all(r["guardian_name"] and r["guardian_relationship"] and r["guardian_phone"] for r in minors)
    assert all(r["guardian_name"] is None for r in rows if "menor" not in r["tags"])
    blocked = [r for r in rows if r["blocked"]]
    assert all(r["blocked_reason"] for r in blocked)
    for r in rows:
        health = bool(r["allergies"] or r["medical_alerts"] or r["medication"])
        assert r["health_data_consent"] is health  # asked for exactly when there is health data
    handles = [r["instagram"] for r in rows if r["instagram"]]
    assert len(handles) == len(set(handles))


def test_the_same_seed_gives_the_same_record_fields(tmp_path: Path, conn: Connection) -> None:
    again = sqlite_engine(tmp_path / "again.sqlite")
    with again.begin() as other:
        metadata.create_all(other)
        generate_demo(other, size=SIZE, today=TODAY, seed=7)
    with again.connect() as other:
        assert _clients(other) == _clients(conn)
    again.dispose()
