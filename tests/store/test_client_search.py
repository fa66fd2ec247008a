"""Finding clients as people type: the FTS5 index the database keeps (migration 0008)."""

from __future__ import annotations

import re
import sqlite3
import unicodedata
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
from kronos_desktop.store.queries import Reader
from kronos_desktop.store.queries.client_search import count_found, search_clients, words_of
from kronos_desktop.store.queries.clients import ClientRow
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
        after = _counts(path)
        assert {t: n for t, n in after.items() if t in before} == before
        assert all(after[t] == 0 for t in after.keys() - before.keys()), "tables made since 0007 start empty"
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


# -- issue 13's guarantees, under hypothesis ------------------------------------------------------
ACCENTED = ["José Conceição", "Ângela Müller", "Íris Nóbrega", "Çécile Ñúñez", "Lúcia Gonçalves", "Zoë Brontë"]


def _bare(text: str) -> str:
    """``text`` as someone types it without accents (and in any case)."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


@pytest.fixture(scope="module")
def accented(desk: Desk) -> dict[str, uuid.UUID]:
    return {name: desk.client(name) for name in ACCENTED}


@given(name=st.sampled_from(ACCENTED), cut=st.integers(1, 12), upper=st.booleans(), strip=st.booleans())
def test_accents_and_case_never_matter(
    desk: Desk, accented: dict[str, uuid.UUID], name: str, cut: int, upper: bool, strip: bool
) -> None:
    """Any word's start, with or without its accents, in any case, finds the client."""
    typed = " ".join(word[:cut] for word in name.split())
    typed = _bare(typed) if strip else typed
    typed = typed.upper() if upper else typed.lower()
    assert accented[name] in desk.find(typed, limit=200), typed


PHONES = [f"+55 11 9{n:04d}-{(n * 7919) % 10_000:04d}" for n in range(4_321, 4_341)]


@pytest.fixture(scope="module")
def phoned(desk: Desk) -> dict[str, uuid.UUID]:
    return {phone: desk.client(f"Fone {n}", phone=phone) for n, phone in enumerate(PHONES)}


@given(
    phone=st.sampled_from(PHONES),
    start=st.integers(0, 12),
    length=st.integers(3, 13),
    seps=st.lists(st.sampled_from(["", "", " ", "-", ".", "(", ")", " - ", "/"]), min_size=13, max_size=13),
)
def test_digits_anywhere_in_a_phone_however_typed(
    desk: Desk, phoned: dict[str, uuid.UUID], phone: str, start: int, length: int, seps: list[str]
) -> None:
    """Any 3 or more digits in a row of the number, typed with any spaces and punctuation between
    them, find the client ("11 98765", "1198765", "4321" find "+55 11 98765-4321")."""
    digits = re.sub(r"\D", "", phone)[start : start + length]
    if len(digits) < 3:
        return
    typed = "".join(d + s for d, s in zip(digits, seps, strict=False)).strip()
    assert phoned[phone] in desk.find(typed, limit=200), typed


def test_the_issues_own_examples(desk: Desk, people: dict[str, uuid.UUID]) -> None:
    for typed in ("11 98765", "1198765", "4321", "jose", "conceicao", 'jose"', "jo*"):
        assert desk.find(typed), typed
    assert people["joao"] in desk.find("conceicao")
    assert people["jose"] in desk.find("jose")
    assert desk.find('jose"') == desk.find("jose")
    assert desk.find("jo*") == desk.find("jo")


@given(st.text(min_size=100, max_size=3_000))
def test_very_long_and_strange_text_is_safe(desk: Desk, people: dict[str, uuid.UUID], typed: str) -> None:
    desk.find(typed)  # never raises, however long
    desk.find("😀 " + typed + ' NEAR("a" "b", 2) AND OR NOT * : ( ) "')


def test_hostile_strings_give_results_or_none(desk: Desk, people: dict[str, uuid.UUID]) -> None:
    for typed in ('NEAR(jose conceicao, 3)', "jose AND conceicao", "jose OR maria", "NOT jose", "jo* OR *",
                  "full_name:jose", "{full_name}: jose", "^jose", "jose + maria", "😀", "🧑‍🎨 jose", "ｊｏｓｅ",
                  "x" * 10_000, "1" * 5_000, "\u0301", "'; DROP TABLE client; --", "\\", "%", "_"):  # fmt: skip
        found = desk.find(typed)
        assert set(found) <= set(desk.find("", limit=10_000)), typed
    assert desk.find("jose OR maria") == [], "OR is a word: no one is called that"


def test_the_instagram_handle_is_searched(desk: Desk) -> None:
    ana = desk.client("Ana Ribeiro", instagram="ana.tattoo")
    for typed in ("@ana.tattoo", "ana.tattoo", "ana tattoo", "tattoo", "@tatt", "ana.tat"):
        assert ana in desk.find(typed, limit=200), typed
    assert ana not in desk.find("@ana.tattoos"), "a longer handle is another one"


# -- the list's order, pages and count --------------------------------------------------------------
@pytest.fixture(scope="module")
def reader(desk: Desk) -> Iterator[Reader]:
    opened = Reader(desk.store.path)
    yield opened
    opened.close()


@pytest.fixture(scope="module")
def crowd(desk: Desk) -> list[uuid.UUID]:
    first = ["Ana", "Anabela", "Bruno", "Bruna", "Caio"]
    last = ["Souza", "Souto", "Lima", "Limeira"]
    return [desk.client(f"{f} {l} {n}") for n in range(4) for f in first for l in last]  # noqa: E741


@given(
    text=st.sampled_from(["ana", "ana sou", "bru", "bruna", "lim", "lima", "souza", "a", "c", "", "zzz", "4", "ana 2"]),
    size=st.integers(1, 17),
)
def test_pages_follow_each_other_and_the_count_agrees(
    desk: Desk, reader: Reader, crowd: list[uuid.UUID], text: str, size: int
) -> None:
    """Page after page (each after the last row of the one before) gives the whole answer once,
    in the search's order, and the count says how many there are."""
    with reader.connect() as conn:
        whole = reader.client_page(conn, desk.studio_id, text, limit=10_000)
        paged: list[ClientRow] = []
        while True:
            after = (paged[-1].full_name, paged[-1].id) if paged else None
            page = reader.client_page(conn, desk.studio_id, text, after=after, limit=size)
            paged += page
            if len(page) < size:
                break
        assert [r.id for r in paged] == [r.id for r in whole]
        assert reader.client_count(conn, desk.studio_id, text) == len(whole)
    if not text.strip():
        assert [r.full_name for r in whole] == sorted(r.full_name for r in whole), "no search: in name order"


def test_exact_words_first_then_the_most_recent(desk: Desk, reader: Reader, crowd: list[uuid.UUID]) -> None:
    with reader.connect() as conn:
        names = [r.full_name for r in reader.client_page(conn, desk.studio_id, "ana", limit=10_000)]
    exact = [n for n in names if n.split()[0] == "Ana" or "ana" in n.lower().split()]
    assert names[: len(exact)] == exact, "the clients called Ana before Anabela"
    assert names[0] == "Ana Limeira 3", "the most recently added Ana first"
    assert names[len(exact)] == "Anabela Limeira 3"


def test_merged_and_erased_clients_are_never_listed_nor_found(tmp_path: Path) -> None:
    store = LocalStore.open(tmp_path / "data")
    opened = Reader(store.path)
    try:
        desk = Desk(store)
        kept, merged, erased = desk.client("Tereza Kept"), desk.client("Tereza Merged"), desk.client("Tereza Gone")
        with store.engine.begin() as conn:  # what the merge and the erase mutations leave
            conn.exec_driver_sql("UPDATE client SET merged_into = ? WHERE id = ?", (kept.hex, merged.hex))
            conn.exec_driver_sql("UPDATE client SET erased_at = 1 WHERE id = ?", (erased.hex,))
        assert desk.find("tereza") == [kept]
        with opened.connect() as conn:
            for text in ("", "tereza", "merged", "gone"):
                listed = [r.id for r in opened.client_page(conn, desk.studio_id, text)]
                assert listed == ([kept] if text in ("", "tereza") else []), text
                assert opened.client_count(conn, desk.studio_id, text) == len(listed), text
        with store.engine.begin() as conn:  # a merge undone (taken back): found again
            conn.exec_driver_sql("UPDATE client SET merged_into = NULL WHERE id = ?", (merged.hex,))
        assert set(desk.find("tereza")) == {kept, merged}
    finally:
        opened.close()
        store.close()


def test_a_file_with_two_studios_keeps_each_ones_clients_apart(tmp_path: Path) -> None:
    store = LocalStore.open(tmp_path / "data")
    try:
        desk = Desk(store)
        ours = desk.client("Helena Daqui", phone="+5511987651234")
        other_studio, theirs = uuid7(), uuid7()
        with store.engine.begin() as conn:  # another studio's rows, as a copied file might hold
            copies = [("studio", desk.studio_id, {"id": other_studio.hex}),
                      ("client", ours, {"id": theirs.hex, "studio_id": other_studio.hex})]  # fmt: skip
            for table, row_id, changes in copies:
                row = dict(conn.exec_driver_sql(f"SELECT * FROM {table} WHERE id = ?", (row_id.hex,)).mappings().one())
                row.update(changes)
                marks = ", ".join("?" for _ in row)
                conn.exec_driver_sql(f"INSERT INTO {table} ({', '.join(row)}) VALUES ({marks})", tuple(row.values()))
        with store.engine.connect() as conn:
            for text in ("helena", "1234", "", "helena 987"):
                assert search_clients(conn, desk.studio_id, text) == [ours], text
                assert search_clients(conn, other_studio, text) == [theirs], text
                assert count_found(conn, desk.studio_id, text) == 1, text
            assert search_clients(conn, uuid7(), "helena") == []
    finally:
        store.close()
