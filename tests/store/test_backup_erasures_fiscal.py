"""A copy made before an erase, once the sweep after the erase scrubbed it (issue 17,
kronos_desktop/store/backup_erasures.py), on real files: the client's record in it is erased and
their other words are gone, but their sale keeps the fiscal data its receipt captured for the
NFS-e (issue 15; kept verbatim by kronos_core/retention.py), in the sale's row and in the
``sale.record`` still in the copy's outbox, so a restore of that copy brings it back whole."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import uuid
from pathlib import Path

from kronos_core.ids import uuid7
from kronos_core.instants import utcnow
from kronos_core.retention import VERBATIM
from kronos_core.schema import TABLES_BY_NAME
from kronos_desktop.store import LocalStore
from kronos_desktop.store.backup_erasures import apply_to_copies, erased_clients, holding
from kronos_desktop.store.erase import after_erase
from kronos_desktop.store.scheduled_backups import take_copy

NOW = dt.datetime(2026, 12, 4, 23, 30, tzinfo=dt.UTC)
NAME = "Quitéria Vrznak"
CPF = "73916402803"
ADDRESS = "Rua Xiquexique 77, Pinheiros, São Paulo"
SERVICE = "Tatuagem fineline no antebraço"
FISCAL = {"fiscal_document": CPF, "fiscal_name": NAME, "fiscal_address": ADDRESS, "service_description": SERVICE}


def _row(path: Path, sql: str, *args: object) -> dict[str, object]:
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    db.row_factory = sqlite3.Row
    try:
        found = db.execute(sql, args).fetchone()
        assert found is not None, sql
        return dict(found)
    finally:
        db.close()


def test_a_copy_swept_after_the_erase_keeps_the_sales_fiscal_data(store: LocalStore) -> None:
    data = store.path.parent
    client_id = uuid7()
    store.apply(
        "client.create",
        {"client_id": str(client_id), "full_name": NAME, "phone": "(11) 97531-8642", "document_type": "cpf",
         "document_number": CPF, "address": ADDRESS, "notes": "lótus kq7 no braço"},
    )  # fmt: skip
    sale_id = uuid7()
    line = {"line_id": str(uuid7()), "description": "Sessão fineline", "unit_price": 90_000}
    store.apply(
        "sale.record",
        {"sale_id": str(sale_id), "number": "A-1", "client_id": str(client_id), "business_date": "2026-12-04",
         "closed_at": NOW.isoformat(), "lines": [line], **FISCAL},
    )  # fmt: skip
    (data.parent / "pendrive").mkdir()
    made = take_copy(store.path, data.parent / "pendrive", NOW)
    assert made.path is not None, made
    copy = made.path

    applied = store.apply("client.erase", {"client_id": str(client_id), "erased_at": utcnow().isoformat()})
    after_erase(store.engine, store.path, applied.changed["client"], log_dir=data / "no-logs")
    sweep = apply_to_copies(erased_clients(store.path), [copy])

    assert sweep.scrubbed == [copy]
    assert holding(copy, [client_id]) == []
    erased = _row(copy, "SELECT * FROM client WHERE id = ?", client_id.hex)
    assert erased["full_name"] == "—"
    assert [erased[k] for k in ("phone", "document_number", "address", "notes")] == [None] * 4
    held = copy.read_bytes()
    assert b"97531" not in held, "her phone is gone"
    assert b"kq7" not in held, "her notes are gone"

    kept = _row(copy, "SELECT * FROM sale WHERE id = ?", sale_id.hex)
    assert {k: kept[k] for k in FISCAL} == FISCAL
    assert (kept["number"], kept["total"]) == ("A-1", 90_000)
    recorded = _row(copy, "SELECT args FROM outbox WHERE name = 'sale.record'")
    args = json.loads(str(recorded["args"]))
    assert {k: args[k] for k in FISCAL} == FISCAL, "still sent with its fiscal data when the copy is restored"
    assert uuid.UUID(args["client_id"]) == client_id


def test_what_is_kept_verbatim_names_real_columns() -> None:
    """The retention list's verbatim columns (what the scrub leaves alone) are columns of their
    table: a renamed column would otherwise be scrubbed again without a word."""
    assert VERBATIM["sale"] == set(FISCAL)
    for table, columns in VERBATIM.items():
        assert columns <= set(TABLES_BY_NAME[table].c.keys()), table
