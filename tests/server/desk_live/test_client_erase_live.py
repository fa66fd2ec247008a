"""After an erase, none of the erased values is found anywhere (issue 13): not in either desk's
database file (its raw bytes, the WAL included), its ``backups/``, its logs, nor in the server's
tables, outside the rows the retention list names (checked by searching for them).

Two desks on real SQLite files sync with the real server and PostgreSQL. Zuleika's record is made
with distinctive values; she is booked (notes naming her), a change of her e-mail on one desk
loses to the other's (a ``field_overwrite`` conflict holding both), a backup of the file is taken,
a log line quotes her name, and a change of her notes waits, offline, on the other desk. Desk A
erases her (the op: the mutation, then the desk's own copies); both desks sync; desk B's waiting
change is refused (``client_erased``) keeping its name and code but none of its fields. Then
every byte is searched.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from kronos_core.ids import derived_id, uuid7
from kronos_core.instants import utcnow
from kronos_core.retention import RETAINED_TABLES
from kronos_desktop import logs
from kronos_desktop.ops.clients import erase_client
from kronos_desktop.store.backup import BACKUP_FOLDER, backup_copy
from kronos_desktop.store.erase import ErasedListener
from kronos_desktop.sync.engine import RowsChanged
from tests.desk_sync.conftest import booking, new_client, payment
from tests.server.conftest import CentralDb
from tests.server.desk_live.conftest import LiveDesk, LiveStudio

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
    "notes": "tatuagem de lótus kq7",
    "instagram": "@Zuleika.Ink",
    "guardian_name": "Odete Vrmq",
    "guardian_document": "846.205.317-07",
    "guardian_phone": "+55 21 99876-5432",
    "health_data_consent": True,
}
# What must not be found, as it may be stored: lower case (the search index lowers words),
# ASCII (JSON escapes accents), digits by their last nine (the index compresses a word's start).
SEARCHED = (
    "zuleika",
    "wpqx",
    "975318642",
    "916402803",
    "620531707",
    "998765432",
    "xiquexique",
    "xiloca",
    "hemofilia qzv",
    "qwertomicina",
    "kq7",
    "vrmq",
    "zw.velho",
    "pendente zq",
)


@pytest.fixture
def log_dir(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "logs"
    logs.setup_logging(folder)
    yield folder
    logs.shutdown_logging()


def found_in(data: bytes) -> list[str]:
    lowered = data.lower()
    return [word for word in SEARCHED if word.encode() in lowered]


def desk_files(d: LiveDesk) -> dict[str, bytes]:
    """The bytes of the desk's file, its WAL, and every copy in ``backups/``."""
    path = d.store.path
    files = {p.name: p.read_bytes() for p in (path, Path(f"{path}-wal")) if p.exists()}
    backups = path.parent / BACKUP_FOLDER
    if backups.is_dir():
        files.update({f"backups/{p.name}": p.read_bytes() for p in sorted(backups.iterdir()) if p.is_file()})
    return files


def server_text(central_db: CentralDb, studio_id: uuid.UUID) -> dict[str, list[str]]:
    """Every row of every table on the server, as text (``row::text``), by table."""
    db = central_db.admin_database()
    try:
        with db.engine.connect() as conn:
            tables = conn.execute(
                text("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")
            ).scalars()
            return {t: list(conn.execute(text(f'SELECT t::text FROM "{t}" t')).scalars()) for t in tables}
    finally:
        db.dispose()


def test_after_an_erase_nothing_of_the_client_is_found_anywhere(
    live_studio: LiveStudio, central_db: CentralDb, log_dir: Path
) -> None:
    a, b = live_studio.desk("a"), live_studio.desk("b")
    listener = ErasedListener(b.store.engine, b.store.path, submit=lambda fn, *args, **kw: fn(*args, **kw))
    b.steps.on_applied = lambda result: listener(RowsChanged(result.changed))

    zuleika = uuid.UUID(a.apply("client.create", new_client("Zuleika Wpqx", **ZULEIKA)).args.client_id.hex)
    other = a.apply("client.create", new_client("Bruno Dias", phone="(11) 91234-0000")).args.client_id
    appointment = booking(live_studio.owner_id, zuleika, 3)
    a.apply("appointment.book", {**appointment, "notes": "Zuleika Wpqx traz a referência"})
    sale_id = uuid7()
    line = {"line_id": str(uuid7()), "description": "Sessão", "unit_price": 90_000}
    a.apply(
        "sale.record",
        {"sale_id": str(sale_id), "number": "A-1", "client_id": str(zuleika), "business_date": "2026-12-07",
         "closed_at": utcnow().isoformat(), "lines": [line]},
    )  # fmt: skip
    live_studio.settle()

    # The same field changed on both desks: desk B's value is kept in a conflict.
    seen = {"email": "zuleika.wpqx@example.org"}
    b.net.offline = True
    b.apply("client.update", {"client_id": str(zuleika), "changes": {"email": "zw.velho@example.org"}, "seen": seen})
    a.apply("client.update", {"client_id": str(zuleika), "changes": {"email": "zw.novo@example.org"}, "seen": seen})
    a.steps.sync()
    b.net.offline = False
    b.steps.sync()
    live_studio.settle()
    assert any("zw.velho" in str(r.get("mine")) for (t, _), r in b.rows().items() if t == "sync_conflict")

    backup_copy(a.store.path, "before-erase")
    logging.getLogger("kronos_desktop.test").warning("a message quoting what was typed: Zuleika Wpqx")
    # A change waits on desk B, offline, while desk A erases her.
    b.net.offline = True
    pending = b.apply(
        "client.update", {"client_id": str(zuleika), "changes": {"notes": "pendente zq: Zuleika Wpqx volta"}}
    )
    assert all(found_in(data) for name, data in desk_files(a).items() if name.startswith("backups/"))

    op = erase_client(zuleika, utcnow())
    op.write(a.store)
    paid = a.apply("payment.record", {**payment(90_000), "sale_id": str(sale_id)})
    a.steps.sync()
    b.net.offline = False
    b.steps.sync()
    live_studio.settle()

    # Both desks and the server hold her row erased; Bruno is untouched.
    for d in (a, b):
        row = d.rows().get(("client", zuleika))
        assert row is not None
        assert (row["full_name"], row["phone"], row["erased_at"] is not None) == ("—", None, True)
        assert d.rows()[("client", other)]["phone"] == "+5511912340000"
    # Desk B's change was refused: its name and code are kept, not what it carried.
    refused = live_studio.server_rows()[("sync_conflict", derived_id(pending.uuid, "rejected"))]
    assert refused["mine"] == {"name": "client.update", "args": {"client_id": str(zuleika)}, "erased": True}
    assert refused["theirs"]["code"] == "client_erased"

    # Searched for, byte by byte.
    for d in (a, b):
        d.store.engine.dispose()  # nothing cached: what is on disk is what is searched
        for name, data in desk_files(d).items():
            assert found_in(data) == [], f"desk {d.name}: {name}"
    for path in sorted(log_dir.iterdir()):
        assert found_in(path.read_bytes()) == [], f"log {path.name}"
    rows = server_text(central_db, live_studio.studio_id)
    for table, texts in rows.items():
        for row_text in texts:
            assert found_in(row_text.encode()) == [], f"server {table}: {row_text[:200]}"
    # What the law keeps is still there, pointing at her id (none of it holds her values:
    # searched above): her sale, a payment taken after the erase, the audit trail.
    assert {"sale", "payment", "audit_event"} <= RETAINED_TABLES
    server = live_studio.server_rows()
    assert server[("sale", sale_id)]["client_id"] == str(zuleika)
    assert server[("payment", paid.args.payment_id)]["sale_id"] == str(sale_id)
    assert any(str(zuleika) in r and "client.erase" in r for r in rows["audit_event"])
