"""A client's file for a health inspection (issue 14), read back with pypdf: who the client is,
each procedure with its date, artist, body location, the products used with manufacturer, ANVISA
registration, colour, lot and expiry, adverse reactions, needle and disposable lots and the
autoclave cycle (a corrected record replaced by its correction), the signed consents with their
hashes, and for a minor the guardian's authorisation."""

from __future__ import annotations

import datetime as dt
import io
import unicodedata
import uuid
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from sqlalchemy import select

from kronos_core.demo import DemoStudio
from kronos_core.schema import appointment, staff
from kronos_desktop.app import Desk
from kronos_desktop.store.queries.form_documents import InspectorFile, inspector_file
from kronos_desktop.ui.clients import inspector_pdf
from kronos_desktop.ui.common.fmt import date_text, time_text
from tests.desktop import form_rows


@pytest.fixture
def language() -> str:
    return "en"


def _text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    text = " ".join(page.extract_text() for page in reader.pages)
    return " ".join(unicodedata.normalize("NFKC", text).split())


def _completed(desk: Desk) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID, str]:
    """A completed session of a demo client: its id, the client, the artist and their name."""
    with desk.store.read_engine.connect() as conn:
        row = conn.execute(
            select(appointment.c.id, appointment.c.client_id, appointment.c.artist_id, staff.c.display_name)
            .join(staff, staff.c.id == appointment.c.artist_id)
            .where(appointment.c.status == "completed", appointment.c.kind == "session")
            .order_by(appointment.c.starts_at.desc())
            .limit(1)
        ).one()
    return row[0], row[1], row[2], row[3]


def _name(desk: Desk, staff_id: uuid.UUID) -> str:
    with desk.store.read_engine.connect() as conn:
        return str(conn.execute(select(staff.c.display_name).where(staff.c.id == staff_id)).scalar_one())


def _file(desk: Desk, client_id: uuid.UUID) -> InspectorFile:
    with desk.store.read_engine.connect() as conn:
        found = inspector_file(conn, client_id)
    assert found is not None
    return found


def test_the_file_lists_each_procedure_with_products_lots_and_the_signed_consents(desk: Desk, demo: DemoStudio) -> None:
    appointment_id, client_id, artist_id, artist = _completed(desk)
    template = form_rows.add_template(desk.store, demo.owner_id)
    form = form_rows.sign(desk.store, template, client_id, demo.receptionist_id, appointment_id=appointment_id)
    early = dt.datetime(2026, 6, 1, 18, 5, tzinfo=dt.UTC)
    first = form_rows.add_session_record(
        desk.store, appointment_id, artist_id, body_location="Right calf", recorded_at=early.isoformat()
    )
    form_rows.add_session_record(
        desk.store,
        appointment_id,
        artist_id,
        body_location="Left forearm, inner side",
        adverse_reactions="Mild redness after two hours",
        corrects_id=str(first),
        recorded_at=(early + dt.timedelta(minutes=20)).isoformat(),
    )
    form_rows.add_session_record(
        desk.store,
        appointment_id,
        demo.receptionist_id,
        body_location="Left forearm, inner side",
        recorded_at=(early + dt.timedelta(minutes=45)).isoformat(),
    )
    file = _file(desk, client_id)
    text = _text(inspector_pdf.inspector_pdf(file))

    assert file.client["full_name"] in text
    assert f"Artist: {artist}" in text
    assert "Left forearm, inner side" in text
    assert "Right calf" not in text  # the record corrected stands replaced by its correction
    # Two records of one session never read as one printed twice: each says which, when and who.
    zone = file.zone
    recorded = [
        (2, early + dt.timedelta(minutes=20), artist, " · corrects #1"),
        (3, early + dt.timedelta(minutes=45), _name(desk, demo.receptionist_id), ""),
    ]
    for number, at, who, corrects in recorded:
        day, hour = date_text(at.astimezone(zone).date()), time_text(at, zone)
        heading = " ".join(
            unicodedata.normalize("NFKC", f"Record #{number} · written on {day} at {hour} by {who}{corrects}").split()
        )
        assert heading in text, text
    assert "Record #1" not in text
    assert "Mild redness after two hours" in text
    for value in ("Dynamic Black", "Dynamic Color", "80123450001", "Black", "DB-2291", "NDL-7781", "GLV-5512"):
        assert value in text
    assert date_text(dt.date(2099, 1, 10)) in text  # the ink's expiry
    for title in ("Manufactured", "Expiry", "Bottle opened"):
        assert title in text
    ink_row = (
        f"DB-2291 {date_text(dt.date(2026, 1, 10))} {date_text(dt.date(2099, 1, 10))} {date_text(dt.date(2026, 6, 1))}"
    )
    assert ink_row in text  # lot, manufactured, expiry, opened: each date whole, on one line
    assert "AC-0456" in text
    assert form["content_sha256"] in text
    assert "Consent and health questionnaire, version 1" in text
    assert "Guardian authorisation" not in text


def test_a_procedure_without_a_session_record_says_so(desk: Desk) -> None:
    _appointment_id, client_id, _artist_id, _artist = _completed(desk)
    text = _text(inspector_pdf.inspector_pdf(_file(desk, client_id)))
    assert "No session record written for this procedure." in text
    assert "No signed consent form." in text


def test_a_minors_file_shows_the_guardians_authorisation(desk: Desk, demo: DemoStudio, tmp_path: Path) -> None:
    template = form_rows.add_template(desk.store, demo.owner_id)
    minor = form_rows.minor_client(desk.store)
    form_rows.sign(desk.store, template, minor, demo.receptionist_id, guardian=True)
    file = _file(desk, minor)
    assert file.minor_now
    text = _text(inspector_pdf.inspector_pdf(file))
    assert "Below the age of majority today" in text
    assert "Guardian authorisation (minor)" in text
    assert "authorised and signed by the guardian Marta Guardiã (mother), ID CPF 529.982.247-25" in text
    assert "No procedure yet." in text

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "file.pdf"))
    assert inspector_pdf.print_file(printer, file) >= 1
    assert _text((tmp_path / "file.pdf").read_bytes()) == text  # printed from the same painting
