"""A client's privacy rights at the desk (issue 13, "Privacy rights (LGPD)"): an owner or a manager
exports everything the studio holds on a client to a zip a person can read (the records merged
into it included, with what the law keeps after an erase and until when), and erases a client
after typing their name; a receptionist or an artist is told why neither is theirs."""

from __future__ import annotations

import datetime as dt
import json
import uuid
import zipfile
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QWidget
from sqlalchemy import func, select

from kronos_core.demo import DemoStudio
from kronos_core.roles import Role
from kronos_core.schema import appointment, audit_event, client, payment, sale
from kronos_desktop.app import Desk
from kronos_desktop.ops import MutationOp
from kronos_desktop.ui.clients import privacy
from tests.desktop.conftest import Shown
from tests.desktop.reads import settle


@pytest.fixture
def language() -> str:
    return "en"


def _as(desk: Desk, staff_id: uuid.UUID, role: Role, name: str) -> None:
    desk.store.set_member(staff_id)
    desk.ctx.who.set(staff_id, role, name)


def _run(qtbot, desk: Desk, op: MutationOp) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(desk.ctx.runner.op_succeeded, timeout=10_000):
        desk.ctx.runner.run(op)


def _clients_with_sales(desk: Desk, how_many: int) -> list[uuid.UUID]:
    """Demo clients who bought something and paid for it (their payments are in the export)."""
    with desk.store.read_engine.connect() as conn:
        query = (
            select(sale.c.client_id)
            .select_from(sale.join(payment, payment.c.sale_id == sale.c.id))
            .where(sale.c.client_id.is_not(None))
            .group_by(sale.c.client_id)
            .order_by(func.count().desc(), sale.c.client_id)
            .limit(how_many)
        )
        found = list(conn.execute(query).scalars())
    assert len(found) == how_many, "the demo has clients who paid"
    return found


def _count(desk: Desk, table: Any, *where: Any) -> int:
    with desk.store.read_engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(table).where(*where)).scalar_one())


def _name(desk: Desk, client_id: uuid.UUID) -> str:
    with desk.store.read_engine.connect() as conn:
        return str(conn.execute(select(client.c.full_name).where(client.c.id == client_id)).scalar_one())


def _save_to(monkeypatch: pytest.MonkeyPatch, path: Path | None, asked: list[str]) -> None:
    def fake(_parent: QWidget, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        asked.append(suggested)
        return ("" if path is None else str(path)), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))


def test_an_owner_exports_a_client_with_a_merged_record_to_a_zip_a_person_can_read(  # type: ignore[no-untyped-def]
    qtbot, desk: Desk, demo: DemoStudio, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, shown: Shown
) -> None:
    _as(desk, demo.owner_id, Role.OWNER, "Marina Albuquerque")
    kept, other = _clients_with_sales(desk, 2)
    kept_name, other_name = _name(desk, kept), _name(desk, other)
    _run(qtbot, desk, MutationOp("client.merge", {"keep_id": kept, "merged_id": other}))
    parent = QWidget()
    qtbot.addWidget(parent)
    asked: list[str] = []
    target = tmp_path / "export"  # no ".zip": the desk adds it
    _save_to(monkeypatch, target, asked)

    with qtbot.waitSignal(desk.ctx.runner.op_succeeded, timeout=10_000):
        privacy.export_client(parent, desk.ctx, kept)

    today = desk.ctx.today().isoformat()
    assert Path(asked[0]).name.startswith("cliente-")
    assert Path(asked[0]).name.endswith(f"-{today}.zip")
    written = tmp_path / "export.zip"
    assert [name for name, _text, _more in shown] == ["clientExported"]
    assert str(written) in shown[0][1]
    with zipfile.ZipFile(written) as archive:
        names = set(archive.namelist())
        files = {n: json.loads(archive.read(n)) for n in names if n.endswith(".json")}
        readme = archive.read("README.txt").decode("utf-8")
    assert {"client.json", "appointments.json", "projects.json", "sales.json", "payments.json"} <= names
    assert {"audit.json", "retention.json", "README.txt"} <= names
    assert not (tmp_path / "export.zip.part").exists()

    record = files["client.json"]
    assert record["client"]["full_name"] == kept_name
    assert record["client"]["id"] == str(kept)
    assert [r["full_name"] for r in record["merged_records"]] == [other_name]
    assert record["merged_records"][0]["merged_into"] == str(kept)
    # Every column of the record, readable: a person finds their phone, consents, health alerts.
    assert {"phone", "email", "allergies", "medical_alerts", "data_processing_consent", "health_data_consent"} <= set(
        record["client"]
    )
    # The merged record's closed sales and payments stayed with it, and are in the export too.
    sold_to = {s["client_id"] for s in files["sales.json"]}
    assert sold_to == {str(kept), str(other)}
    assert all(s["lines"] and "description" in s["lines"][0] for s in files["sales.json"])
    sale_ids = {s["id"] for s in files["sales.json"]}
    assert files["payments.json"]
    assert {p["sale_id"] for p in files["payments.json"]} <= sale_ids
    assert all(isinstance(p["amount"], int) for p in files["payments.json"])
    bookings = files["appointments.json"]
    assert len(bookings) == _count(desk, appointment, appointment.c.client_id.in_([kept, other]))
    assert all(b["artist_name"] for b in bookings), "the artist by name, not an id alone"
    assert "client.merge" in {e["action"] for e in files["audit.json"]}
    retention = files["retention.json"]
    assert retention["retention_years"] == 5
    kept_rows = {k["table"]: k for k in retention["kept_after_an_erase"]}
    assert {"sale", "payment"} <= set(kept_rows)
    newest_sale = max(dt.date.fromisoformat(s["business_date"]) for s in files["sales.json"])
    assert kept_rows["sale"]["kept_until"] == newest_sale.replace(year=newest_sale.year + 5).isoformat()
    assert "sales.json" in readme
    assert "5 years" in readme

    # The export is in the trail: who, which client, how many rows of each file; no value of theirs.
    with desk.store.read_engine.connect() as conn:
        (event,) = conn.execute(select(audit_event).where(audit_event.c.action == "client.export")).mappings()
    assert (event["row_id"], event["staff_id"]) == (kept, demo.owner_id)
    assert event["detail"]["sections"]["sales"] == len(files["sales.json"])
    assert kept_name not in json.dumps(event["detail"])


@pytest.mark.parametrize(
    ("role", "who"), [(Role.RECEPTIONIST, "receptionist_id"), (Role.ARTIST, "artist")], ids=["receptionist", "artist"]
)
def test_a_receptionist_or_an_artist_is_told_why_and_nothing_is_written(  # type: ignore[no-untyped-def]
    qtbot, desk: Desk, demo: DemoStudio, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, shown: Shown, role, who
) -> None:
    staff_id = demo.artist_ids[0] if who == "artist" else demo.receptionist_id
    _as(desk, staff_id, role, "Someone")
    (client_id,) = _clients_with_sales(desk, 1)
    asked: list[str] = []
    out = tmp_path / "out"
    out.mkdir()
    _save_to(monkeypatch, out / "x.zip", asked)
    parent = QWidget()
    qtbot.addWidget(parent)
    assert not privacy.may_handle_privacy(role)

    privacy.export_client(parent, desk.ctx, client_id)
    privacy.erase_client(parent, desk.ctx, client_id)
    settle(qtbot, desk.ctx)

    assert [name for name, _t, _m in shown] == ["privacyRefused", "privacyRefused"]
    assert "owner or a manager" in shown[0][1]
    assert asked == []
    assert list(out.iterdir()) == []
    assert _count(desk, audit_event, audit_event.c.action.in_(["client.export", "client.erase"])) == 0


def test_a_folder_that_cannot_be_written_says_so_and_records_no_export(  # type: ignore[no-untyped-def]
    qtbot, desk: Desk, demo: DemoStudio, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, shown: Shown
) -> None:
    assert demo.manager_id is not None
    _as(desk, demo.manager_id, Role.MANAGER, "Thiago Bastos")
    (client_id,) = _clients_with_sales(desk, 1)
    _save_to(monkeypatch, tmp_path / "no such folder" / "c.zip", [])
    parent = QWidget()
    qtbot.addWidget(parent)

    with qtbot.waitSignal(desk.ctx.runner.op_failed, timeout=10_000):
        privacy.export_client(parent, desk.ctx, client_id)
    qtbot.waitUntil(lambda: bool(shown))

    assert [name for name, _t, _m in shown] == ["clientExportFailed"]
    assert "choose another folder" in shown[0][1]
    assert _count(desk, audit_event, audit_event.c.action == "client.export") == 0


def test_choosing_no_file_exports_nothing(  # type: ignore[no-untyped-def]
    qtbot, desk: Desk, demo: DemoStudio, monkeypatch: pytest.MonkeyPatch, shown: Shown
) -> None:
    _as(desk, demo.owner_id, Role.OWNER, "Marina Albuquerque")
    (client_id,) = _clients_with_sales(desk, 1)
    asked: list[str] = []
    _save_to(monkeypatch, None, asked)
    parent = QWidget()
    qtbot.addWidget(parent)
    privacy.export_client(parent, desk.ctx, client_id)
    settle(qtbot, desk.ctx)
    qtbot.waitUntil(lambda: bool(asked))
    assert shown == []
    assert _count(desk, audit_event, audit_event.c.action == "client.export") == 0
    assert not desk.ctx.runner.busy

