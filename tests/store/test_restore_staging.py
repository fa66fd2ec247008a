"""Restoring a chosen copy (kronos_desktop/store/restore_staging.py) on real files: staged while
the desk has its file open and writing (the open file never swapped), put in place at the next
start with every table of the copy and the replaced file kept aside whole, a new device id and
receipt prefix, the copy's pending changes still pending; a copy that is not a KRONOS database,
is damaged, of a newer schema or of another studio is refused and nothing is replaced; clients
erased since the copy was made are erased again."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import stat
import uuid
from pathlib import Path

import pytest

from kronos_core.ids import uuid7
from kronos_core.instants import utcnow
from kronos_desktop.store import LocalStore
from kronos_desktop.store.backup_erasures import apply_to_copies, erased_clients, holding
from kronos_desktop.store.erase import after_erase
from kronos_desktop.store.migrate import APPLICATION_ID
from kronos_desktop.store.paths import DB_FILENAME
from kronos_desktop.store.restore_staging import MARKER, STAGED, CopyRefused, apply_staged, stage, staged
from kronos_desktop.store.scheduled_backups import take_copy

NOW = dt.datetime(2026, 12, 4, 23, 30, tzinfo=dt.UTC)
ZULEIKA = "Zuleika Wpqx"


def table_counts(path: Path) -> dict[str, int]:
    """Every table of the file and its rows."""
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        names = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {n: db.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}
    finally:
        db.close()


def one(path: Path, sql: str, *args: object) -> object:
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        row = db.execute(sql, args).fetchone()
        return None if row is None else row[0]
    finally:
        db.close()


def add_client(store: LocalStore, name: str, **extra: object) -> uuid.UUID:
    client_id = uuid7()
    store.apply("client.create", {"client_id": str(client_id), "full_name": name, **extra})
    return client_id


def erase(store: LocalStore, client_id: uuid.UUID) -> None:
    applied = store.apply("client.erase", {"client_id": str(client_id), "erased_at": utcnow().isoformat()})
    after_erase(store.engine, store.path, applied.changed["client"], log_dir=store.path.parent / "no-logs")


def copy_of(store: LocalStore, folder: Path, at: dt.datetime = NOW) -> Path:
    folder.mkdir(exist_ok=True)
    result = take_copy(store.path, folder, at)
    assert result.path is not None, result
    return result.path


def test_a_restore_staged_while_the_desk_writes_is_put_in_place_at_the_next_start(store: LocalStore) -> None:
    data = store.path.parent
    for n in range(5):
        add_client(store, f"Cliente {n} Antes")
    copy = copy_of(store, data.parent / "pendrive")
    of_copy = table_counts(copy)
    device = store.identity().device_id  # type: ignore[union-attr]
    add_client(store, "Depois da Cópia")

    stage(data, copy)  # the desk still open, and writing after
    add_client(store, "Ainda Aberto")
    assert staged(data) is not None
    assert one(store.path, "SELECT count(*) FROM client") == 7, "the open file was never swapped"
    store.close()
    of_old = table_counts(data / DB_FILENAME)

    done = apply_staged(data, now=NOW)
    assert done is not None
    assert done.copy_name == copy.name
    assert done.kept_aside == data / "replaced" / "20261204T233000Z"
    assert table_counts(data / DB_FILENAME) == of_copy, "every table of the restored file: the copy's rows"
    assert table_counts(done.kept_aside / DB_FILENAME) == of_old, "every table of the file kept aside: as it was"
    assert sorted(p.name for p in done.kept_aside.iterdir()) == [DB_FILENAME], "one self-contained file"
    assert not (data / STAGED).exists()
    assert not (data / MARKER).exists()
    if os.name == "posix":
        assert stat.S_IMODE(done.kept_aside.stat().st_mode) == 0o700
        assert stat.S_IMODE((done.kept_aside / DB_FILENAME).stat().st_mode) == 0o600
        assert stat.S_IMODE((data / DB_FILENAME).stat().st_mode) == 0o600

    again = LocalStore.open(data)
    try:
        state = again.identity()
        assert state is not None
        assert state.device_id != device, "a new device id: never mistaken for the old desk"
        with again.read_engine.connect() as conn:
            rows = conn.exec_driver_sql("SELECT status, device_id, seq FROM outbox ORDER BY seq").all()
            prefix = conn.exec_driver_sql("SELECT sale_prefix FROM replica").scalar()
        assert rows, "the copy's changes not yet on a server"
        assert len(rows) == of_copy["outbox"]
        assert {r[0] for r in rows} == {"pending"}, "still pending: the next sync pushes them"
        assert {uuid.UUID(str(r[1])) for r in rows} == {state.device_id}
        assert [r[2] for r in rows] == list(range(1, len(rows) + 1))
        assert prefix == "B", "a new receipt prefix: no printed number repeats"
    finally:
        again.close()
    assert apply_staged(data) is None, "applied once"


def test_nothing_staged_starts_as_ever(tmp_path: Path) -> None:
    assert apply_staged(tmp_path) is None
    (tmp_path / STAGED).write_bytes(b"half a copy")  # a staging cut short: no marker
    assert apply_staged(tmp_path) is None
    assert not (tmp_path / STAGED).exists()


def _too_new(path: Path) -> None:
    db = sqlite3.connect(path)
    db.execute("UPDATE alembic_version SET version_num = '9999'")
    db.commit()
    db.close()


def _damaged(path: Path) -> None:
    size = path.stat().st_size
    with path.open("r+b") as fh:  # the pages after the first: the header still says SQLite
        fh.seek(4096)
        fh.write(os.urandom(size - 4096))


def _foreign(path: Path) -> None:
    path.unlink()
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
    db.commit()
    db.close()


def _not_sqlite(path: Path) -> None:
    path.write_bytes(b"a photo of a tattoo, not a database" * 50)


def _other_studio(path: Path) -> None:
    db = sqlite3.connect(path)
    db.execute("UPDATE replica SET studio_id = ?", (uuid.uuid4().hex,))
    db.commit()
    db.close()


@pytest.mark.parametrize(
    ("spoil", "code"),
    [
        (_not_sqlite, "not_sqlite"),
        (_foreign, "not_kronos"),
        (_damaged, "damaged"),
        (_too_new, "too_new"),
        (_other_studio, "other_studio"),
    ],
)
def test_a_copy_that_cannot_be_restored_is_refused_and_nothing_is_replaced(
    store: LocalStore, spoil: object, code: str
) -> None:
    data = store.path.parent
    for n in range(40):
        add_client(store, f"Cliente {n} Nome Comprido o Bastante", notes="x" * 200)
    copy = copy_of(store, data.parent / "pendrive")
    spoil(copy)  # type: ignore[operator]
    before = table_counts(store.path)
    with pytest.raises(CopyRefused) as refused:
        stage(data, copy)
    assert refused.value.code == code
    assert staged(data) is None
    assert not (data / STAGED).exists()
    assert not (data / f"{STAGED}.partial").exists()
    assert table_counts(store.path) == before
    if code == "too_new":
        assert one(copy, "PRAGMA application_id") == APPLICATION_ID, "a KRONOS file, of a newer KRONOS"


def test_a_staged_copy_spoilt_before_the_start_is_refused_then(store: LocalStore) -> None:
    data = store.path.parent
    add_client(store, "Cliente Um")
    copy = copy_of(store, data.parent / "pendrive")
    stage(data, copy)
    store.close()
    before = table_counts(data / DB_FILENAME)
    _too_new(data / STAGED)
    with pytest.raises(CopyRefused):
        apply_staged(data)
    assert table_counts(data / DB_FILENAME) == before
    assert not (data / STAGED).exists()
    assert not (data / "replaced").exists()


def test_an_erasure_after_a_copy_reaches_every_copy_and_survives_a_restore(store: LocalStore) -> None:
    data = store.path.parent
    zuleika = add_client(store, ZULEIKA, phone="(11) 97531-8642", notes="lótus kq7 no braço")
    bruno = add_client(store, "Bruno Dias", phone="(11) 91234-0000")
    folder = data.parent / "pendrive"
    daily = copy_of(store, folder, NOW - dt.timedelta(days=1))
    weekly = copy_of(store, folder, NOW - dt.timedelta(days=9))
    old = copy_of(store, data.parent / "drawer")  # a copy the sweep does not see (kept in a drawer)
    assert ZULEIKA.encode() in daily.read_bytes()

    erase(store, zuleika)
    erased = erased_clients(store.path)
    assert list(erased) == [zuleika]
    sweep = apply_to_copies(erased, [daily, weekly])
    assert sorted(sweep.scrubbed) == sorted([daily, weekly])
    for copy in (daily, weekly):
        assert holding(copy, [zuleika]) == []
        assert b"Wpqx" not in copy.read_bytes()
        assert b"97531" not in copy.read_bytes()
        assert one(copy, "SELECT full_name FROM client WHERE id = ?", bruno.hex) == "Bruno Dias", "the others stay"
    assert apply_to_copies(erased, [daily, weekly]).scrubbed == [], "a copy already scrubbed is left alone"

    assert holding(old, [zuleika]) == [zuleika]
    stage(data, old)
    store.close()
    done = apply_staged(data, now=NOW)
    assert done is not None
    assert done.erased_again == 1
    restored = data / DB_FILENAME
    assert one(restored, "SELECT full_name FROM client WHERE id = ?", zuleika.hex) == "—"
    assert one(restored, "SELECT erased_at FROM client WHERE id = ?", zuleika.hex) is not None
    assert one(restored, "SELECT phone FROM client WHERE id = ?", bruno.hex) == "+5511912340000"
    wal = Path(f"{restored}-wal")
    held = restored.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
    assert b"Wpqx" not in held
    assert b"97531" not in held
    assert one(restored, "SELECT count(*) FROM outbox WHERE name = 'client.erase' AND status = 'pending'") == 1, (
        "erased again as a change of this desk: the server hears of it too"
    )
