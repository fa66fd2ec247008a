"""A client's LGPD export (issue 13) with issue 14's documents: the signed forms and session
records as sections of their own, each signed form's PDF beside them (the same rendering as the
record's Open PDF, its printed hash the row's), and the retention list counting them."""

from __future__ import annotations

import io
import json
import uuid
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from kronos_core.demo import DemoStudio
from kronos_core.roles import Role
from kronos_core.schema import appointment
from kronos_desktop.app import Desk
from kronos_desktop.ops.client_export import export_client
from kronos_desktop.ui.clients.form_pdf import export_documents
from kronos_desktop.ui.clients.privacy_words import readme
from tests.desktop import form_rows


@pytest.fixture
def language() -> str:
    return "en"


def _completed(desk: Desk) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID]:
    with desk.store.read_engine.connect() as conn:
        row = conn.execute(
            select(appointment.c.id, appointment.c.client_id, appointment.c.artist_id)
            .where(appointment.c.status == "completed", appointment.c.kind == "session")
            .order_by(appointment.c.starts_at.desc())
            .limit(1)
        ).one()
    return row[0], row[1], row[2]


def test_the_export_holds_each_signed_forms_pdf_and_the_session_records(  # type: ignore[no-untyped-def]
    qtbot, desk: Desk, demo: DemoStudio, tmp_path: Path
) -> None:
    appointment_id, client_id, artist_id = _completed(desk)
    template = form_rows.add_template(desk.store, demo.owner_id)
    first = form_rows.sign(desk.store, template, client_id, demo.receptionist_id, appointment_id=appointment_id)
    amended = form_rows.sign(desk.store, template, client_id, demo.receptionist_id, amends_id=first["id"])
    form_rows.add_session_record(desk.store, appointment_id, artist_id)
    desk.store.set_member(demo.owner_id)
    desk.ctx.who.set(demo.owner_id, Role.OWNER, "Owner")
    target = tmp_path / "export.zip"

    with qtbot.waitSignal(desk.ctx.runner.op_succeeded, timeout=20_000):
        desk.ctx.runner.run(export_client(client_id, target, readme, documents=export_documents))

    with zipfile.ZipFile(target) as archive:
        names = archive.namelist()
        pdfs = {n: archive.read(n) for n in names if n.startswith("forms/") and n.endswith(".pdf")}
        forms = json.loads(archive.read("consent_forms.json"))
        records = json.loads(archive.read("session_records.json"))
        retention = json.loads(archive.read("retention.json"))
    assert len(pdfs) == 2
    hashes = set()
    for data in pdfs.values():
        text = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages).split())
        hashes.add(next(w for w in text.split("SHA-256: ")[1:]).split()[0])
    assert hashes == {first["content_sha256"], amended["content_sha256"]}
    assert {f["id"] for f in forms} == {str(first["id"]), str(amended["id"])}
    assert all(f["witness_name"] for f in forms)  # the witness by name beside the id
    assert [r["body_location"] for r in records] == ["Left forearm"]
    kept = {k["table"]: k["rows"] for k in retention["kept_after_an_erase"]}
    assert kept["consent_form"] == 2
    assert kept["session_record"] == 1


def test_without_documents_the_export_is_as_before(qtbot, desk: Desk, demo: DemoStudio, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _appointment_id, client_id, _artist_id = _completed(desk)
    template = form_rows.add_template(desk.store, demo.owner_id)
    form_rows.sign(desk.store, template, client_id, demo.receptionist_id)
    desk.store.set_member(demo.owner_id)
    desk.ctx.who.set(demo.owner_id, Role.OWNER, "Owner")
    target = tmp_path / "plain.zip"
    with qtbot.waitSignal(desk.ctx.runner.op_succeeded, timeout=20_000):
        desk.ctx.runner.run(export_client(client_id, target, readme))
    with zipfile.ZipFile(target) as archive:
        names = archive.namelist()
    assert "consent_forms.json" in names
    assert not [n for n in names if n.endswith(".pdf")]
