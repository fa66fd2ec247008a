"""The client search index's upkeep from Python (kronos_desktop/store/client_search_index.py):
its triggers as the migrations made them, paused and refilled in one transaction, and optimized
so that an erased client's words leave the file."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from kronos_core.ids import uuid7
from kronos_desktop.store import LocalStore, client_search_index
from kronos_desktop.store.engine import raw_execute
from kronos_desktop.store.queries.client_search import search_clients


@pytest.fixture
def store(tmp_path: Path) -> Iterator[LocalStore]:
    opened = LocalStore.open(tmp_path / "data")
    yield opened
    opened.close()


def _setup(store: LocalStore) -> uuid.UUID:
    studio_id = store.ensure_identity().studio_id
    store.apply("studio.setup", {"studio_id": studio_id, "name": "Teste", "owner_staff_id": uuid7(),
                                 "owner_name": "Dona"})  # fmt: skip
    return studio_id


def _client(store: LocalStore, name: str, **fields: object) -> uuid.UUID:
    client_id = uuid7()
    store.apply("client.create", {"client_id": client_id, "full_name": name, **fields})
    return client_id


def _index(store: LocalStore) -> list[tuple[object, ...]]:
    with store.engine.connect() as conn:
        found = []
        for table in client_search_index.INDEX_TABLES:
            found += [tuple(r) for r in conn.exec_driver_sql(f"SELECT rowid, * FROM {table} ORDER BY rowid")]
    return found


def test_the_triggers_are_the_ones_the_migrations_made(store: LocalStore) -> None:
    with store.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
        made: dict[str, str] = {str(row[0]): str(row[1]) for row in rows}
    ours = {re.match(r"CREATE TRIGGER (\w+)", s).group(1): s for s in client_search_index.trigger_statements()}  # type: ignore[union-attr]
    assert set(ours) == set(client_search_index.TRIGGERS)
    for name, statement in ours.items():
        assert " ".join(made[name].split()) == " ".join(statement.split()), name


def test_rows_written_while_paused_are_indexed_at_the_end_of_the_same_transaction(store: LocalStore) -> None:
    studio_id = _setup(store)
    kept = _client(store, "Rosa Antiga", phone="+5511987650001")
    renamed = _client(store, "Nome Velho")
    with store.engine.connect() as conn:
        before = conn.exec_driver_sql("SELECT * FROM client WHERE id = ?", (renamed.hex,)).mappings().one()
    columns = ", ".join(before.keys())
    marks = ", ".join("?" for _ in before)
    added = uuid7()
    with store.engine.begin() as conn, client_search_index.paused(conn):
        conn.exec_driver_sql("UPDATE client SET full_name = 'Nome Novo' WHERE id = ?", (renamed.hex,))
        row = {**before, "id": added.hex, "full_name": "Íris Baixada", "phone": "+55 21 99876-0002"}
        conn.exec_driver_sql(f"INSERT INTO client ({columns}) VALUES ({marks})", tuple(row.values()))
        assert search_clients(conn, studio_id, "iris") == [], "not yet: the triggers are off"
    with store.engine.connect() as conn:
        assert search_clients(conn, studio_id, "iris") == [added]
        assert search_clients(conn, studio_id, "998760") == [added]
        assert search_clients(conn, studio_id, "nome novo") == [renamed]
        assert search_clients(conn, studio_id, "velho") == []
        assert search_clients(conn, studio_id, "rosa") == [kept]
    refilled = _index(store)
    with store.engine.begin() as conn:  # the triggers are back: the same index as a refill
        client_search_index.refill(conn)
    assert _index(store) == refilled
    later = _client(store, "Depois Daqui")
    with store.engine.connect() as conn:
        assert search_clients(conn, studio_id, "depois") == [later], "the triggers work again"


def test_a_failure_while_paused_leaves_the_triggers_as_they_were(store: LocalStore) -> None:
    studio_id = _setup(store)
    with pytest.raises(RuntimeError), store.engine.begin() as conn, client_search_index.paused(conn):
        raise RuntimeError("the download broke off")
    added = _client(store, "Depois Da Falha")
    with store.engine.connect() as conn:
        assert search_clients(conn, studio_id, "falha") == [added]


def test_optimize_takes_an_erased_clients_words_out_of_the_file(store: LocalStore) -> None:
    """With secure_delete on, the client row scrubbed and the index optimized, the erased name
    is nowhere in the database file's bytes (after a checkpoint), nor in the index; without the
    optimize it is still in the index's old segment."""
    studio_id = _setup(store)
    for n in range(50):
        _client(store, f"Outra Pessoa {n}")
    # Written straight to the table: the outbox's copy of a client.create is the erase's to scrub
    # (issue 13; kronos_core's erase mutation), not the index's.
    template = _client(store, "Modelo")
    with store.engine.begin() as conn:
        row = dict(conn.exec_driver_sql("SELECT * FROM client WHERE id = ?", (template.hex,)).mappings().one())
        erased = uuid7()
        row.update(id=erased.hex, full_name="Xiquexique Zuleika", email="zuleika.xq@example.com",
                   phone="+5511987650777")  # fmt: skip
        marks = ", ".join("?" for _ in row)
        conn.exec_driver_sql(f"INSERT INTO client ({', '.join(row)}) VALUES ({marks})", tuple(row.values()))
    for n in range(50):
        _client(store, f"Mais Gente {n}")
    secrets = [b"xiquexique", b"Xiquexique", b"zuleika", b"Zuleika", b"87650777"]

    def found_in_file() -> set[bytes]:
        with store.engine.connect() as other:
            raw_execute(other, "PRAGMA wal_checkpoint(TRUNCATE)")
        data = store.path.read_bytes() + Path(f"{store.path}-wal").read_bytes()
        return {s for s in secrets if s in data}

    with store.engine.connect() as conn:
        raw_execute(conn, "PRAGMA secure_delete = ON")  # per connection, before BEGIN
        with conn.begin():  # what the erase leaves of the row (H1's mutation does it the same way)
            conn.exec_driver_sql(
                "UPDATE client SET full_name = '-', email = NULL, phone = NULL, erased_at = 1 WHERE id = ?",
                (erased.hex,),
            )
        with conn.begin():
            assert search_clients(conn, studio_id, "zuleika") == []
        assert search_clients(conn, studio_id, "modelo") == [template]
        assert found_in_file(), "the index's segments still hold the words: why optimize is needed"
        with conn.begin():
            client_search_index.optimize(conn)
        assert found_in_file() == set()
        with conn.begin():
            assert len(search_clients(conn, studio_id, "outra", limit=200)) == 50, "the others are still found"


def test_rows_written_in_bulk_are_indexed_as_the_triggers_would(store: LocalStore) -> None:
    """A first download's pages: new rows, changed ones (named), a tombstone; the index after the
    block is the one a full refill makes, and the triggers are back."""
    studio_id = _setup(store)
    renamed, gone, kept = _client(store, "Antigo Nome"), _client(store, "Vai Sumir"), _client(store, "Fica Igual")
    with store.engine.connect() as conn:
        template = dict(conn.exec_driver_sql("SELECT * FROM client WHERE id = ?", (kept.hex,)).mappings().one())
    added = [uuid7() for _ in range(30)]
    with store.engine.begin() as conn, client_search_index.written_in_bulk(conn) as changed:
        for n, new_id in enumerate(added):
            row = {**template, "id": new_id.hex, "full_name": f"Novo {n} Baixado", "phone": f"+55119876{n:05d}"}
            marks = ", ".join("?" for _ in row)
            conn.exec_driver_sql(f"INSERT INTO client ({', '.join(row)}) VALUES ({marks})", tuple(row.values()))
        conn.exec_driver_sql("UPDATE client SET full_name = 'Nome Novo' WHERE id = ?", (renamed.hex,))
        conn.exec_driver_sql("UPDATE client SET deleted = 1 WHERE id = ?", (gone.hex,))
        changed.update({renamed, gone, added[3]})  # a new row named too: indexed once
    bulk = _index(store)
    with store.engine.begin() as conn:
        client_search_index.refill(conn)
    assert _index(store) == bulk
    with store.engine.connect() as conn:
        assert search_clients(conn, studio_id, "baixado", limit=100) == added[::-1]
        assert search_clients(conn, studio_id, "antigo") == []
        assert search_clients(conn, studio_id, "nome novo") == [renamed]
        assert search_clients(conn, studio_id, "sumir") == []
        assert search_clients(conn, studio_id, "fica") == [kept]
    later = _client(store, "Depois Do Lote")
    with store.engine.connect() as conn:
        assert search_clients(conn, studio_id, "lote") == [later], "the triggers work again"
