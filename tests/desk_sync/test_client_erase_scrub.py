"""The desk's side of an erase (kronos_desktop/store/erase.py), on real SQLite files against the
in-process fake of the wire protocol: the desk's own copies lose the client's values and nothing
else, and what is scrubbed still syncs and converges."""

from __future__ import annotations

import logging
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from kronos_core.instants import utcnow
from kronos_desktop import logs
from kronos_desktop.store.backup import BACKUP_FOLDER, backup_copy
from kronos_desktop.store.erase import ErasedListener, after_erase, erased_among
from kronos_desktop.sync.engine import RowsChanged
from tests.desk_sync.conftest import Desk, Studio, booking, new_client

ZULEIKA = {
    "phone": "(11) 97531-8642",
    "email": "zuleika.wpqx@example.org",
    "allergies": "xilocaína",
    "notes": "tatuagem de lótus kq7",
}
WORDS = ("zuleika", "wpqx", "975318642", "xiloca", "kq7", "pendente zq")


def found(data: bytes) -> list[str]:
    return [w for w in WORDS if w.encode() in data.lower()]


def file_bytes(d: Desk) -> bytes:
    path = d.store.path
    return b"".join(p.read_bytes() for p in (path, Path(f"{path}-wal")) if p.exists())


def erase(d: Desk, client_id: str) -> None:
    applied = d.apply("client.erase", {"client_id": client_id, "erased_at": utcnow().isoformat()})
    after_erase(d.store.engine, d.store.path, applied.changed["client"], log_dir=d.folder / "no-logs")


def test_pending_changes_are_scrubbed_and_still_converge(studio: Studio) -> None:
    a = studio.desk("a")
    a.transport.offline = True
    zuleika = new_client("Zuleika Wpqx", **ZULEIKA)
    a.apply("client.create", zuleika)
    a.apply(
        "appointment.book", {**booking(studio.owner_id, zuleika["client_id"], 2), "notes": "Zuleika Wpqx chega cedo"}
    )
    a.apply("client.update", {"client_id": zuleika["client_id"], "changes": {"notes": "pendente zq"}})
    # Another client's pending record shares a free text with her: it is not hers, it stays.
    bruno = new_client("Bruno Dias", allergies="xilocaína")
    a.apply("client.create", bruno)
    erase(a, zuleika["client_id"])
    assert found(file_bytes(a)) == ["xiloca"]  # Bruno's allergy alone
    studio.settle()
    studio.assert_converged()
    rows = studio.server.rows()
    assert rows[("client", uuid.UUID(bruno["client_id"]))]["allergies"] == "xilocaína"
    assert rows[("client", uuid.UUID(zuleika["client_id"]))]["full_name"] == "—"
    assert found(file_bytes(a)) == ["xiloca"]


def test_a_pulled_erase_is_scrubbed_by_the_listener(studio: Studio) -> None:
    a, b = studio.desk("a"), studio.desk("b")
    listener = ErasedListener(b.store.engine, b.store.path, submit=lambda fn, *args, **kw: fn(*args, **kw))
    b.steps.on_applied = lambda result: listener(RowsChanged(result.changed))
    zuleika = new_client("Zuleika Wpqx", **ZULEIKA)
    a.apply("client.create", zuleika)
    studio.settle()
    b.apply("client.update", {"client_id": zuleika["client_id"], "changes": {"notes": "pendente zq Zuleika"}})
    studio.settle()
    assert found(file_bytes(b))
    a.apply("client.erase", {"client_id": zuleika["client_id"], "erased_at": utcnow().isoformat()})
    studio.settle()
    studio.assert_converged()
    b.store.engine.dispose()
    assert found(file_bytes(b)) == []


def test_backups_are_scrubbed_and_one_that_cannot_be_is_deleted(studio: Studio) -> None:
    a = studio.desk("a")
    zuleika = new_client("Zuleika Wpqx", **ZULEIKA)
    a.apply("client.create", zuleika)
    a.apply("client.create", new_client("Bruno Dias", phone="(11) 91234-0000"))
    copy = backup_copy(a.store.path, "before")
    broken = a.store.path.parent / BACKUP_FOLDER / "kronos-broken.db"
    broken.write_bytes(b"not a database, but Zuleika Wpqx")
    assert found(copy.read_bytes())
    erase(a, zuleika["client_id"])
    assert not broken.exists()
    assert found(copy.read_bytes()) == []
    with sqlite3.connect(copy) as db:  # still a database, Bruno in it
        assert db.execute("SELECT phone FROM client WHERE full_name = 'Bruno Dias'").fetchone() == ("+5511912340000",)
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)


@pytest.fixture
def log_dir(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "logs"
    logs.setup_logging(folder)
    yield folder
    logs.shutdown_logging()


def test_the_logs_lose_her_words_and_keep_the_rest(studio: Studio, log_dir: Path) -> None:
    a = studio.desk("a")
    zuleika = new_client("Zuleika Wpqx", **ZULEIKA)
    a.apply("client.create", zuleika)
    rotated = log_dir / f"{logs.LOG_FILENAME}.1"
    rotated.write_text("older: phone 11975318642 typed\n", encoding="utf-8")
    logging.getLogger("kronos_desktop.test").warning("typed: Zuleika Wpqx, then Bruno Dias")
    applied = a.apply("client.erase", {"client_id": zuleika["client_id"], "erased_at": utcnow().isoformat()})
    after_erase(a.store.engine, a.store.path, applied.changed["client"], log_dir=log_dir)
    logging.getLogger("kronos_desktop.test").warning("after the scrub")
    text = (log_dir / logs.LOG_FILENAME).read_text(encoding="utf-8")
    assert "typed: —, then Bruno Dias" in text
    assert "after the scrub" in text
    assert rotated.read_text(encoding="utf-8") == "older: phone — typed\n"


def test_the_search_index_keeps_no_old_words(studio: Studio) -> None:
    a = studio.desk("a")
    zuleika = new_client("Zuleika Wpqx", **ZULEIKA)
    a.apply("client.create", zuleika)
    for n in range(30):  # rows enough that the index has segments of its own
        a.apply("client.create", new_client(f"Cliente {n:02d} Souza", phone=f"(11) 9{n:02d}00-0000"))
    erase(a, zuleika["client_id"])
    with a.store.read_engine.connect() as conn:
        hits = conn.exec_driver_sql("SELECT count(*) FROM client_search WHERE client_search MATCH 'zuleika'").scalar()
    assert hits == 0
    a.store.engine.dispose()
    assert found(file_bytes(a)) == []


def test_a_download_naming_every_client_finds_the_erased_ones(studio: Studio) -> None:
    """A first download's change list names every client: more ids than one SQLite statement takes."""
    a = studio.desk("a")
    zuleika = new_client("Zuleika Wpqx", **ZULEIKA)
    a.apply("client.create", zuleika)
    a.apply("client.erase", {"client_id": zuleika["client_id"], "erased_at": utcnow().isoformat()})
    many = [uuid.uuid4() for _ in range(40_000)] + [uuid.UUID(zuleika["client_id"])]
    with a.store.engine.begin() as conn:
        assert erased_among(conn, many) == [uuid.UUID(zuleika["client_id"])]


def test_a_reader_holding_the_wal_for_a_moment_does_not_leave_her_words_in_it(studio: Studio) -> None:
    """The reads thread may hold a snapshot while an erase commits: the checkpoint waits for it
    (tries again) instead of leaving the WAL, with her old pages, behind."""
    import threading

    a = studio.desk("a")
    zuleika = new_client("Zuleika Wpqx", **ZULEIKA)
    a.apply("client.create", zuleika)
    applied = a.apply("client.erase", {"client_id": zuleika["client_id"], "erased_at": utcnow().isoformat()})
    reader = sqlite3.connect(a.store.path, check_same_thread=False)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM client").fetchone()  # a snapshot from before the erase's pages
    timer = threading.Timer(0.3, reader.rollback)
    timer.start()
    try:
        report = after_erase(a.store.engine, a.store.path, applied.changed["client"], log_dir=a.folder / "no-logs")
    finally:
        timer.join()
        reader.close()
    assert not report.checkpoint_busy
    wal = Path(f"{a.store.path}-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    assert found(file_bytes(a)) == []
