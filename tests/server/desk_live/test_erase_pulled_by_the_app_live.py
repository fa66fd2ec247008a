"""A desk opened as the app scrubs an erase it pulls from another desk (issue 13, privacy rights).

Desk B is opened the way the app opens it (``Desk``, syncing through ``Desk.start_sync``: the
engine, its writer thread, the server's event stream) on a real SQLite file, against the real
server and PostgreSQL. Zuleika, made on desk A with distinctive values, is known to desk B: her
row, its search index, a change of her notes made on B (kept in B's outbox), a copy of B's file in
its ``backups/`` and a line of B's log quoting her name. Desk A erases her and pushes. Once B has
pulled the erase and its writer has run what the pull queued, none of her values is found in B's
database file (raw bytes, the WAL included), its ``backups/`` or its logs: the app's own wiring
(``start_sync`` subscribes ``ErasedListener``) did it, nothing attached by the test.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kronos_core.instants import utcnow
from kronos_core.schema import client
from kronos_desktop import i18n, logs
from kronos_desktop.app import Desk
from kronos_desktop.store import LocalStore
from kronos_desktop.store.backup import BACKUP_FOLDER, backup_copy
from kronos_desktop.sync.engine import Phase, SyncEngine
from tests.desk_sync.conftest import new_client
from tests.server.desk_live.conftest import LiveStudio

pytestmark = pytest.mark.postgres

ZULEIKA: dict[str, Any] = {
    "preferred_name": "Zuzu Wpqx",
    "birth_date": "1991-07-23",
    "phone": "(11) 97531-8642",
    "email": "zuleika.wpqx@example.org",
    "document_type": "cpf",
    "document_number": "739.164.028-03",
    "address": "Rua Xiquexique 77, Pinheiros",
    "allergies": "xilocaína e látex",
    "medical_alerts": "hemofilia qzv",
    "medication": "qwertomicina 5mg",
    "instagram": "@Zuleika.Ink",
    "health_data_consent": True,
}
# What must not be found, as it may be stored: lower case (the search index lowers words),
# ASCII (JSON escapes accents), digits by their last nine (the index compresses a word's start).
SEARCHED = (
    "zuleika",
    "wpqx",
    "975318642",
    "916402803",
    "xiquexique",
    "xiloca",
    "hemofilia qzv",
    "qwertomicina",
    "lotus kq7",
)
WAIT_MS = 30_000


@pytest.fixture
def english(qapp: QApplication) -> Iterator[str]:
    yield i18n.install(qapp, "en")
    i18n.install(qapp, "pt_BR")


@pytest.fixture
def log_dir(tmp_path: Path) -> Iterator[Path]:
    """Desk B's log folder (the app's rotating log file; the process has one log)."""
    folder = tmp_path / "b-logs"
    logs.setup_logging(folder)
    yield folder
    logs.shutdown_logging()


def found_in(data: bytes) -> list[str]:
    lowered = data.lower()
    return [word for word in SEARCHED if word.encode() in lowered]


def desk_files(db_path: Path, log_dir: Path) -> dict[str, bytes]:
    """The bytes of the desk's file, its WAL, every copy in ``backups/`` and every log file."""
    files = {p.name: p.read_bytes() for p in (db_path, Path(f"{db_path}-wal")) if p.exists()}
    backups = db_path.parent / BACKUP_FOLDER
    files.update({f"backups/{p.name}": p.read_bytes() for p in sorted(backups.iterdir()) if p.is_file()})
    files.update({f"logs/{p.name}": p.read_bytes() for p in sorted(log_dir.iterdir()) if p.is_file()})
    return files


def erased_at(desk: Desk, client_id: uuid.UUID) -> Any:
    """Her row's ``erased_at`` as desk B's views read it (the read engine)."""
    with desk.reader.connect() as conn:
        return conn.execute(select(client.c.erased_at).where(client.c.id == client_id)).scalar_one()


def test_a_desk_opened_as_the_app_scrubs_an_erase_it_pulls(
    qtbot: QtBot, live_studio: LiveStudio, log_dir: Path, english: str
) -> None:
    a, b = live_studio.desk("a"), live_studio.desk("b")
    zuleika = uuid.UUID(a.apply("client.create", new_client("Zuleika Wpqx", **ZULEIKA)).args.client_id.hex)
    other = uuid.UUID(a.apply("client.create", new_client("Bruno Dias", phone="(11) 91234-0000")).args.client_id.hex)
    live_studio.settle()
    # Desk B changes her notes (its outbox keeps the change and the row as it was), takes a
    # copy of its file, and its log quotes her name.
    b.apply("client.update", {"client_id": str(zuleika), "changes": {"notes": "tatuagem de lótus kq7"}})
    live_studio.settle()
    backup_copy(b.store.path, "before-an-upgrade")
    logging.getLogger("kronos_desktop.test").warning("a message quoting what was typed: Zuleika Wpqx")
    b.close()

    # Desk B as a person uses it: its file, syncing with the server through its enrolment.
    desk = Desk(LocalStore.open(b.folder), english)
    try:
        desk.start_sync(b.http.session, live_studio.base_url)
        engine = desk.sync.engine
        assert isinstance(engine, SyncEngine)
        qtbot.waitUntil(lambda: engine.state().phase is Phase.SYNCED, timeout=WAIT_MS)
        before = desk_files(desk.store.path, log_dir)
        # Everywhere searched holds her now: what follows proves the scrub, not the search.
        assert all(found_in(data) for name, data in before.items() if name.startswith(("backups/", "logs/")))
        assert found_in(before[desk.store.path.name] + before.get(f"{desk.store.path.name}-wal", b""))

        # Desk A erases her (the mutation alone: A's own copies are not this test's) and pushes.
        a.apply("client.erase", {"client_id": str(zuleika), "erased_at": utcnow().isoformat()})
        a.steps.sync()
        desk.sync.sync_now()  # the server's event says so too; either wakes B's engine
        # B has pulled it and that sync has ended (its listeners were told on the way)...
        qtbot.waitUntil(
            lambda: erased_at(desk, zuleika) is not None and engine.state().phase is Phase.SYNCED, timeout=WAIT_MS
        )
        # ...and B's writer has run what the pull queued there (one thread, in order).
        desk.writer.submit(lambda: None).result(timeout=WAIT_MS / 1000)

        after = desk_files(desk.store.path, log_dir)
        assert any(name.startswith("backups/") for name in after)  # kept, scrubbed
        leaks = {name: found for name, data in after.items() if (found := found_in(data))}
        assert leaks == {}, "desk B still holds her values"
        with desk.reader.connect() as conn:
            phone = conn.execute(select(client.c.phone).where(client.c.id == other)).scalar_one()
        assert phone == "+5511912340000"  # Bruno is untouched
    finally:
        desk.close()
