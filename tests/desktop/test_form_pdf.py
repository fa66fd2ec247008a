"""A signed form on paper (issue 14): its PDF, read back with pypdf, holds the client, every answer
(an alert marked), the consent text, the image-use authorisation, an image of each signature (the
guardian's too for a minor), the witness, and the SHA-256 printed equals the row's and one
recomputed from the rows by kronos_core.forms; printing paints the same pages."""

from __future__ import annotations

import datetime as dt
import io
import re
import unicodedata
import uuid
import zoneinfo
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPrintSupport import QPrinter
from sqlalchemy import select

from kronos_core.demo import DemoStudio
from kronos_core.forms import content_sha256
from kronos_core.schema import client, staff
from kronos_desktop.app import Desk
from kronos_desktop.store.queries.form_documents import SignedForm, signed_form
from kronos_desktop.ui.clients import form_pdf
from kronos_desktop.ui.clients.signature_image import paint_signature, signature_image
from kronos_desktop.ui.common.fmt import date_text
from tests.desktop import form_rows


@pytest.fixture
def language() -> str:
    return "en"


def _text(data: bytes) -> tuple[PdfReader, str]:
    reader = PdfReader(io.BytesIO(data))
    text = " ".join(page.extract_text() for page in reader.pages)
    return reader, " ".join(unicodedata.normalize("NFKC", text).split())


def _images(reader: PdfReader) -> int:
    return sum(len(list(page.images.keys())) for page in reader.pages)


def _adult(desk: Desk) -> uuid.UUID:
    with desk.store.read_engine.connect() as conn:
        found: uuid.UUID = conn.execute(
            select(client.c.id).where(client.c.birth_date < "2000-01-01", client.c.merged_into.is_(None)).limit(1)
        ).scalar_one()
    return found


def _read(desk: Desk, form_id: uuid.UUID) -> SignedForm:
    with desk.store.read_engine.connect() as conn:
        signed = signed_form(conn, form_id)
    assert signed is not None
    return signed


def _witness_name(desk: Desk, staff_id: uuid.UUID) -> str:
    with desk.store.read_engine.connect() as conn:
        return str(conn.execute(select(staff.c.display_name).where(staff.c.id == staff_id)).scalar_one())


def test_an_adults_form_holds_the_answers_the_consent_a_signature_and_its_hash(desk: Desk, demo: DemoStudio) -> None:
    template = form_rows.add_template(desk.store, demo.owner_id)
    form = form_rows.sign(desk.store, template, _adult(desk), demo.receptionist_id)
    signed = _read(desk, form["id"])
    reader, text = _text(form_pdf.form_pdf(signed))

    assert signed.client_name in text
    assert "Consent and health questionnaire" in text
    assert "version 1" in text
    for question in form_rows.QUESTIONS:
        assert " ".join(question.text.split()) in text
    assert "HEALTH ALERT Yes" in text
    assert "latex gloves" in text
    assert "Oily" in text, text
    assert "Faints at the sight of needles" in text, text
    assert date_text(dt.date(2026, 5, 17)) in text, text
    for paragraph in form_rows.CONSENT.split("\n\n"):
        assert paragraph in text
    assert form_rows.IMAGE_USE in text
    assert "Authorised by the client." in text
    assert "RG 12.345.678-9" in text  # the ID checked
    assert _witness_name(desk, demo.receptionist_id) in text
    assert str(form["id"]) in text
    assert _images(reader) == 1  # the client's signature, as an image
    assert "Guardian" not in text
    assert "(Brasília time, UTC−03:00)" in text  # the studio's zone as people read it
    assert "America/Sao_Paulo" not in text

    printed = re.findall(r"SHA-256: ([0-9a-f]{64})", text)
    assert printed
    assert set(printed) == {form["content_sha256"]}
    assert content_sha256(signed.form, signed.template) == form["content_sha256"]


def test_a_minors_form_shows_the_guardian_and_both_signatures(desk: Desk, demo: DemoStudio) -> None:
    template = form_rows.add_template(desk.store, demo.owner_id)
    minor = form_rows.minor_client(desk.store)
    form = form_rows.sign(desk.store, template, minor, demo.receptionist_id, guardian=True, image_use=False)
    assert form["minor"] is True
    reader, text = _text(form_pdf.form_pdf(_read(desk, form["id"])))

    assert "Below the age of majority when signing" in text
    assert "Marta Guardiã (mother)" in text
    assert "CPF 529.982.247-25" in text
    assert "Guardian's signature" in text
    assert _images(reader) == 2  # the client's and the guardian's
    assert "Not authorised by the client." in text
    assert f"SHA-256: {form['content_sha256']}" in text


def test_an_amendment_names_the_form_it_amends(desk: Desk, demo: DemoStudio) -> None:
    template = form_rows.add_template(desk.store, demo.owner_id)
    person = _adult(desk)
    first = form_rows.sign(desk.store, template, person, demo.receptionist_id)
    second = form_rows.sign(desk.store, template, person, demo.receptionist_id, amends_id=first["id"])
    _reader, text = _text(form_pdf.form_pdf(_read(desk, second["id"])))
    assert f"Amends form {first['id']}" in text
    assert _read(desk, first["id"]).amended_by == second["id"]


def test_a_long_questionnaire_runs_onto_more_pages_with_the_hash_on_each(desk: Desk, demo: DemoStudio) -> None:
    template = form_rows.add_template(desk.store, demo.owner_id)
    long_notes = {**form_rows.ANSWERS, "notes": {"value": "Tattoo history. " * 400, "details": ""}}
    form = form_rows.sign(desk.store, template, _adult(desk), demo.receptionist_id, answers=long_notes)
    reader, text = _text(form_pdf.form_pdf(_read(desk, form["id"])))
    assert len(reader.pages) >= 2
    for page in reader.pages:
        assert form["content_sha256"] in " ".join(page.extract_text().split())
    assert f"Page {len(reader.pages)} of {len(reader.pages)}" in text


def test_the_print_is_painted_like_the_pdf(desk: Desk, demo: DemoStudio, tmp_path: Path) -> None:
    template = form_rows.add_template(desk.store, demo.owner_id)
    form = form_rows.sign(desk.store, template, form_rows.minor_client(desk.store), demo.receptionist_id, guardian=True)
    signed = _read(desk, form["id"])
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    pages = form_pdf.print_form(printer, signed)
    printed_reader, printed = _text((tmp_path / "printed.pdf").read_bytes())
    pdf_reader, pdf = _text(form_pdf.form_pdf(signed))
    assert pages == len(printed_reader.pages) == len(pdf_reader.pages)
    assert printed == pdf
    assert _images(printed_reader) == 2


def test_a_signature_is_drawn_in_ink_on_white_and_on_any_painter(qapp: Any) -> None:
    drawn = form_rows.signature()
    image = signature_image(drawn, 500, background=QColor("white"))
    assert image.width() == 500
    assert image.height() == 175
    inked = sum(1 for x in range(0, 500, 2) for y in range(0, 175, 2) if QColor(image.pixel(x, y)).lightness() < 128)
    assert inked > 100  # strokes, not a blank box
    clear = signature_image(drawn, 500)
    assert clear.hasAlphaChannel()
    assert QColor.fromRgba(clear.pixel(0, 0)).alpha() == 0
    empty = signature_image({"w": 1000, "h": 350, "strokes": []}, 200, background=QColor("white"))
    assert all(QColor(empty.pixel(x, 40)).lightness() == 255 for x in range(200))
    canvas = QImage(300, 300, QImage.Format.Format_RGB32)
    canvas.fill(QColor("white"))
    painter = QPainter(canvas)
    paint_signature(painter, QRectF(0, 100, 300, 105), drawn)
    painter.end()
    assert all(QColor(canvas.pixel(x, 20)).lightness() == 255 for x in range(300))  # only in its box


def test_the_signing_time_names_the_zone_as_people_read_it(translated: str) -> None:
    """Brasília time by its name; any other zone by its offset on that day (summer time too),
    never by a raw id. In the module's language (English), whatever a test before installed."""
    at = dt.datetime(2026, 7, 1, 15, 30, tzinfo=dt.UTC)
    sao_paulo = at.astimezone(zoneinfo.ZoneInfo("America/Sao_Paulo"))
    assert form_pdf.zone_text("America/Sao_Paulo", sao_paulo) == "Brasília time, UTC−03:00"
    manaus = at.astimezone(zoneinfo.ZoneInfo("America/Manaus"))
    assert form_pdf.zone_text("America/Manaus", manaus) == "UTC−04:00"
    lisbon = at.astimezone(zoneinfo.ZoneInfo("Europe/Lisbon"))
    assert form_pdf.zone_text("Europe/Lisbon", lisbon) == "UTC+01:00"
    kolkata = at.astimezone(zoneinfo.ZoneInfo("Asia/Kolkata"))
    assert form_pdf.zone_text("Asia/Kolkata", kolkata) == "UTC+05:30"


@pytest.mark.parametrize("language", ["pt_BR"])
def test_the_zone_in_portuguese(translated: str, language: str) -> None:
    at = dt.datetime(2026, 7, 1, 15, 30, tzinfo=zoneinfo.ZoneInfo("America/Sao_Paulo"))
    assert form_pdf.zone_text("America/Sao_Paulo", at) == "horário de Brasília, UTC−03:00"
