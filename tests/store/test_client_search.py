"""Finding clients as people type: the FTS5 index the database keeps (migration 0008)."""

from __future__ import annotations

import re
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from kronos_core.demo import DemoSize
from kronos_core.ids import uuid7
from kronos_core.rows import encode_row
from kronos_core.schema import SYNCED_TABLES, client
from kronos_desktop.store import LocalStore
from kronos_desktop.store.engine import create_sqlite_engine, foreign_keys_deferred
from kronos_desktop.store.migrate import alembic_config
from kronos_desktop.store.paths import DB_FILENAME
from kronos_desktop.store.queries.client_search import search_clients, words_of
from kronos_desktop.sync.bulk import prepare, write
from tests.old_demo import write_old_demo


class Desk:
    def __init__(self, store: LocalStore) -> None:
        self.store = store
        self.studio_id = store.ensure_identity().studio_id
        store.apply("studio.setup", {"studio_id": self.studio_id, "name": "Teste", "owner_staff_id": uuid7(),
                                     "owner_name": "Dona"})  # fmt: skip

    def client(self, name: str, **fields: object) -> uuid.UUID:
        client_id = uuid7()
        self.store.apply("client.create", {"client_id": client_id, "full_name": name, **fields})
        return client_id

    def find(self, text: str, limit: int = 50) -> list[uuid.UUID]:
        with self.store.engine.connect() as conn:
            return search_clients(conn, self.studio_id, text, limit=limit)


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    store = LocalStore.open(tmp_path_factory.mktemp("search") / "data")
    yield Desk(store)
    store.close()


@pytest.fixture(scope="module")
def people(desk: Desk) -> dict[str, uuid.UUID]:
    return {
        "joao": desk.client(
            "João Conceição",
            phone="+5511987654321",
            document_type="cpf",
            document_number="52998224725",
            allergies="Níquel",
        ),
        "maria": desk.client("Maria Silva", preferred_name="Mari", email="Mari@Example.com"),
        "jose": desk.client("José Alves", phone="+55 21 3333-4444"),
        "joseane": desk.client("Joseane Prado", email="jo.prado@mail.com"),
    }


def test_what_todays_search_finds_the_new_one_finds(desk: Desk, people: dict[str, uuid.UUID]) -> None:
    """The cases of tests/desktop/test_queries.py (ClientIndex), one by one."""
    for typed in ("joao", "JOÃO", "conceicao", "joão conc", "98765-4321", "(11) 98765", "529.982.247-25", "52998"):
        assert desk.find(typed) == [people["joao"]], typed
    assert desk.find("mari@") == [people["maria"]]
    assert desk.find("mari") == [people["maria"]]
    assert desk.find("100%") == []
    assert desk.find("_") == []
    assert desk.find("silva") == [people["maria"]]


def test_accents_case_prefixes_and_digits_anywhere(desk: Desk, people: dict[str, uuid.UUID]) -> None:
    assert set(desk.find("jose")) == {people["jose"], people["joseane"]}
    assert desk.find("jose")[0] == people["jose"], "the exact word comes before a longer one"
    assert desk.find("JOSÉ alv") == [people["jose"]]
    assert desk.find("CONCEIÇÃO") == [people["joao"]]
    for typed in ("11 98765", "1198765", "4321", "+55 (11) 98765-4321", "3333 4444", "247-25"):
        assert desk.find(typed) == [people["joao"] if typed != "3333 4444" else people["jose"]], typed
    assert desk.find("prado mail") == [people["joseane"]], "words of the e-mail too"
    assert desk.find("12") == [], "two digits are a word of a name, not a phone"


def test_a_stray_character_does_not_kill_a_valid_search(desk: Desk, people: dict[str, uuid.UUID]) -> None:
    jose = desk.find("jose")
    for typed in ('jose"', "jose*", '"jose', "jose:", "(jose)", "-jose", "jose NOT", "jose AND"):
        assert desk.find(typed) == jose or typed.endswith(("NOT", "AND")), typed
    assert desk.find("jo*") == desk.find("jo")
    assert set(desk.find("jo*")) == {people["joao"], people["jose"], people["joseane"]}
    for typed in ("NEAR(", "AND", "OR OR", "NOT", '"', "*", "-", ":", "()", "^", "{}", "\x00", "   "):
        desk.find(typed)  # never raises


def test_the_limit_and_an_empty_text(desk: Desk, people: dict[str, uuid.UUID]) -> None:
    assert len(desk.find("jo", limit=2)) == 2
    assert set(desk.find("")) >= set(people.values())


@given(st.text(max_size=40))
def test_any_text_is_safe_and_finds_no_more_than_its_words(
    desk: Desk, people: dict[str, uuid.UUID], typed: str
) -> None:
    found = desk.find(typed)
    assert set(found) <= set(people.values())
    if typed.strip() and words_of(typed):
        assert set(found) <= set(desk.find(" ".join(words_of(typed))))


@given(st.lists(st.sampled_from(['"', "*", "-", ":", "(", ")", "NEAR", "AND", "OR", "NOT", "^", "+", " ", "jo", "se",
                                 "11", "987"]), max_size=12))  # fmt: skip
def test_fts_syntax_never_raises(desk: Desk, people: dict[str, uuid.UUID], parts: list[str]) -> None:
    typed = "".join(parts)
    found = desk.find(typed)
    if words_of(typed):
        assert set(found) <= set(desk.find(" ".join(words_of(typed))))


def _pulled(desk: Desk, template: dict[str, Any], **changes: Any) -> None:
    row = {**template, **changes}
    change = {"table": "client", "id": row["id"], "version": row["version"], "deleted": row["deleted"], "row": row}
    with desk.store.engine.begin() as conn:
        write(conn, prepare([change], str(desk.studio_id)))


def test_written_pulled_and_deleted_rows_show_at_once(tmp_path: Path) -> None:
    store = LocalStore.open(tmp_path / "data")
    try:
        desk = Desk(store)
        renamed = desk.client("Ana Beatriz")
        assert desk.find("ana") == [renamed]
        store.apply("client.update", {"client_id": renamed, "changes": {"full_name": "Bárbara Lima"}})
        assert desk.find("ana") == []
        assert desk.find("barbara") == [renamed]
        with store.engine.connect() as conn:
            found = conn.execute(select(client).where(client.c.id == renamed)).mappings().one()
            template = encode_row(client, dict(found))
        pulled = uuid7()
        _pulled(desk, template, id=str(pulled), full_name="Çécile Pulled", phone="+55 11 91234-5678", version=9)
        assert desk.find("cecile") == [pulled]
        assert desk.find("912345") == [pulled]
        _pulled(desk, template, id=str(pulled), full_name="Cecília Renamed", phone=None, version=10)
        assert desk.find("cecile") == []
        assert desk.find("912345") == []
        assert desk.find("cecilia") == [pulled]
        _pulled(desk, template, id=str(pulled), full_name="Cecília Renamed", version=11, deleted=True)
        assert desk.find("cecilia") == [], "a deleted client is never found"
        with store.engine.begin() as conn:
            conn.exec_driver_sql("DELETE FROM client WHERE id = ?", (renamed.hex,))
        assert desk.find("barbara") == []
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM client_search").scalar_one() == 0
            assert conn.exec_driver_sql("SELECT count(*) FROM client_search_digits").scalar_one() == 0
    finally:
        store.close()


def _counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        present = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        return {t.name: conn.execute(f"SELECT count(*) FROM {t.name}").fetchone()[0]
                for t in SYNCED_TABLES if t.name in present}  # fmt: skip
    finally:
        conn.close()


def test_upgrading_a_populated_desk_keeps_every_row_and_fills_the_index(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    path = data / DB_FILENAME
    engine = create_sqlite_engine(path)
    cfg = alembic_config()
    with engine.connect() as conn, foreign_keys_deferred(conn):
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0007")
    engine.dispose()
    write_old_demo(path, DemoSize(clients=200), tmp_path)
    before = _counts(path)
    assert before["client"] == 200
    store = LocalStore.open(data)
    try:
        assert _counts(path) == before
        backups = list((data / "backups").glob("*.db"))
        assert len(backups) == 1, "the file is copied before the upgrade"
        assert _counts(backups[0]) == before
        with store.engine.connect() as conn:
            studio_id = uuid.UUID(conn.exec_driver_sql("SELECT studio_id FROM client LIMIT 1").scalar_one())
            live = conn.exec_driver_sql("SELECT id, full_name, phone FROM client WHERE deleted = 0").fetchall()
            assert conn.exec_driver_sql("SELECT count(*) FROM client_search").scalar_one() == len(live)
            for row_id, name, phone in live[:20]:
                assert uuid.UUID(row_id) in search_clients(conn, studio_id, name, limit=200), name
                if phone and len(re.sub(r"\D", "", phone)) >= 7:
                    assert uuid.UUID(row_id) in search_clients(conn, studio_id, phone[-7:], limit=200), phone
    finally:
        store.close()
