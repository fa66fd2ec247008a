"""A signed form on paper: rendered from its ``consent_form`` row and the template version it was
signed with (kronos_desktop/store/queries/form_documents.py), alike on any desk, as a PDF and
printed from the same painting (kronos_desktop/ui/clients/paper.py).

It shows the studio, the form's title and version, the client (name, birth date and age at
signing, the ID checked), every question with its answer and details (an answer raising a health
alert marked), the consent, the image-use authorisation given or not, the client's signature (an
image), for a minor the guardian (name, relationship, ID) and their signature, the witness, when
it was signed (in the studio's time zone, named as people read it: "Brasília time, UTC−03:00"),
the form's id, the form it amends, and the SHA-256 of the form's canonical content
(kronos_core.forms.content_sha256), which any desk can recompute from the rows to show the form
is as signed.
"""

from __future__ import annotations

import datetime as dt
import os
import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QPagedPaintDevice
from sqlalchemy import Connection

from kronos_core.forms import Question, raises_alert
from kronos_desktop.store.queries.client_export import ClientExport
from kronos_desktop.store.queries.form_documents import SignedForm, signed_form
from kronos_desktop.ui.clients import paper
from kronos_desktop.ui.clients.paper import Paper, css_px, esc, h2, para, paragraphs, rows_table
from kronos_desktop.ui.clients.signature_image import signature_image
from kronos_desktop.ui.common import fmt

translate = QCoreApplication.translate

SIGNATURE_WIDTH_MM = 78
SIGNATURE_PIXELS = 1000  # the image's own width: sharp on paper at 300 dpi


def answer_text(question: Question, answer: dict[str, Any] | None) -> str:
    """An answer as printed: Yes / No, a date in the locale's words, the text or choice given."""
    value = None if answer is None else answer.get("value")
    if value is None or (isinstance(value, str) and not value.strip()):
        return translate("FormPdf", "Not answered")
    if question.kind == "yes_no":
        return translate("FormPdf", "Yes") if value is True else translate("FormPdf", "No")
    if question.kind == "date" and isinstance(value, str):
        try:
            return fmt.date_text(dt.date.fromisoformat(value))
        except ValueError:
            return value
    return str(value)


# Brazil's zones on Brasília time (UTC−03:00 all year since 2019): named as people say it.
BRASILIA_ZONES = frozenset(
    {
        "America/Sao_Paulo", "America/Bahia", "America/Fortaleza", "America/Recife", "America/Belem",
        "America/Maceio", "America/Araguaina", "America/Santarem", "Brazil/East",
    }
)  # fmt: skip


def offset_text(local: dt.datetime) -> str:
    """The UTC offset of an aware local time as people write it: "UTC−03:00" (a true minus)."""
    offset = local.utcoffset() or dt.timedelta(0)
    minutes = round(offset.total_seconds() / 60)
    sign = "−" if minutes < 0 else "+"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{rest:02d}"


def zone_text(zone_name: str, local: dt.datetime) -> str:
    """The studio's time zone as a person reads it at ``local``: "Brasília time, UTC−03:00"
    for Brazil's usual zone, else the UTC offset (never a raw id such as America/Sao_Paulo)."""
    offset = offset_text(local)
    if zone_name in BRASILIA_ZONES and offset == "UTC−03:00":
        return translate("FormPdf", "Brasília time, {offset}").format(offset=offset)
    return offset


def signed_at_text(signed: SignedForm) -> str:
    at: dt.datetime = signed.form["signed_at"]
    local = at.astimezone(signed.zone)
    return translate("FormPdf", "{date} at {time} ({zone})").format(
        date=fmt.date_text(local.date()), time=fmt.time_text(at, signed.zone), zone=zone_text(signed.zone.key, local)
    )


def document_text(kind: str | None, number: str | None) -> str:
    return fmt.document_text(kind, number) or translate("FormPdf", "Not recorded")


def title_of(signed: SignedForm) -> str:
    return translate("FormPdf", "{title} · version {number}").format(
        title=signed.template.title, number=signed.template.number
    )


def _row(label: str, value: str) -> str:
    return f"<tr><td width='32%' class='muted'>{esc(label)}</td><td>{value}</td></tr>"


def _client(signed: SignedForm) -> str:
    form = signed.form
    birth = translate("FormPdf", "Not recorded")
    if signed.birth_date is not None:
        birth = translate("FormPdf", "{date} ({age} years old when signing)").format(
            date=fmt.date_text(signed.birth_date), age=signed.age_at_signing
        )
    rows = [
        _row(translate("FormPdf", "Name"), esc(signed.client_name)),
        _row(translate("FormPdf", "Birth date"), esc(birth)),
        _row(
            translate("FormPdf", "ID checked"),
            esc(document_text(form["client_document_type"], form["client_document_number"])),
        ),
    ]
    if form["minor"]:
        rows.append(
            _row(
                translate("FormPdf", "Minor"),
                "<b>" + esc(translate("FormPdf", "Below the age of majority when signing")) + "</b>",
            )
        )
    return h2(translate("FormPdf", "Client")) + rows_table(rows)


def _answers(signed: SignedForm) -> str:
    answers = signed.form["answers"] or {}
    head = "".join(
        f"<th>{esc(t)}</th>"
        for t in (translate("FormPdf", "Question"), translate("FormPdf", "Answer"), translate("FormPdf", "Details"))
    )
    rows = []
    for question in signed.template.questions:
        answer = answers.get(question.id)
        value = esc(answer_text(question, answer))
        if raises_alert(question, answer):
            alert = esc(translate("FormPdf", "HEALTH ALERT"))
            value = f"<span class='alert'>{alert}</span> {value}"
        details = esc(str((answer or {}).get("details") or ""))
        rows.append(f"<tr><td width='50%'>{esc(question.text)}</td><td width='18%'>{value}</td><td>{details}</td></tr>")
    table = f"<table width='100%' border='0.5' cellspacing='0'><tr>{head}</tr>{''.join(rows)}</table>"
    return h2(translate("FormPdf", "Health questionnaire")) + table


def _signature(name: str, label: str, size: tuple[int, int]) -> str:
    """A signature's cell: its image over a line and who signed."""
    image = f"<img src='{name}' width='{size[0]}' height='{size[1]}'/>"
    return f"<td width='50%'>{image}<br/><span class='muted'>{esc(label)}</span></td>"


def has_guardian(form: dict[str, Any]) -> bool:
    return bool(form["minor"] or form.get("guardian_name") or form.get("guardian_signature"))


def body(signed: SignedForm, size: tuple[int, int]) -> str:
    """The form's HTML (``size``: a signature's on the page, in device pixels)."""
    form, template = signed.form, signed.template
    parts = [
        f"<h1>{esc(template.title)}</h1>",
        para(
            translate("FormPdf", "Form version {number}").format(number=template.number)
            + " · "
            + translate("FormPdf", "Signed on {when}").format(when=signed_at_text(signed)),
            "muted",
        ),
    ]
    if form.get("amends_id") is not None:
        parts.append(para(translate("FormPdf", "Amends form {id}").format(id=form["amends_id"]), bold=True))
    parts += [_client(signed), _answers(signed)]
    parts.append(h2(translate("FormPdf", "Consent")) + paragraphs(template.consent_text))
    given = (
        translate("FormPdf", "Authorised by the client.")
        if form["image_use"]
        else translate("FormPdf", "Not authorised by the client.")
    )
    parts.append(h2(translate("FormPdf", "Use of images (portfolio and social media)")))
    parts.append(paragraphs(template.image_use_text) + para(given, bold=True))
    parts.append(h2(translate("FormPdf", "Signatures")))
    cells = [
        _signature(
            "sig:client", translate("FormPdf", "Client's signature ({name})").format(name=signed.client_name), size
        )
    ]
    if has_guardian(form):
        guardian = esc(form.get("guardian_name") or translate("FormPdf", "Not recorded"))
        if form.get("guardian_relationship"):
            guardian += f" ({esc(form['guardian_relationship'])})"
        doc = document_text(form.get("guardian_document_type"), form.get("guardian_document_number"))
        parts.append(
            rows_table(
                [
                    _row(translate("FormPdf", "Guardian"), guardian),
                    _row(translate("FormPdf", "Guardian ID checked"), esc(doc)),
                ]
            )
        )
        cells.append(_signature("sig:guardian", translate("FormPdf", "Guardian's signature"), size))
    parts.append(f"<table width='100%' cellspacing='0'><tr>{''.join(cells)}</tr></table>")
    parts.append(
        rows_table(
            [
                _row(translate("FormPdf", "Witness (staff)"), esc(signed.witness_name)),
                _row(translate("FormPdf", "Signed at"), esc(signed_at_text(signed))),
                _row(translate("FormPdf", "Form"), esc(form["id"])),
            ]
        )
    )
    parts.append(para(f"SHA-256: {form['content_sha256']}", "mono"))
    return "".join(parts)


def paper_of(signed: SignedForm) -> Paper:
    """The form as a :class:`Paper` (its signatures drawn on white, as on paper)."""
    width = css_px(SIGNATURE_WIDTH_MM)
    white = QColor("white")
    images = {"sig:client": signature_image(signed.form["signature"], SIGNATURE_PIXELS, background=white)}
    if has_guardian(signed.form):
        images["sig:guardian"] = signature_image(
            signed.form.get("guardian_signature"), SIGNATURE_PIXELS, background=white
        )
    first = images["sig:client"]
    height = round(width * first.height() / first.width())
    html = body(signed, (width, height))
    footer = translate("FormPdf", "Form {id} · SHA-256: {sha}").format(
        id=signed.form["id"], sha=signed.form["content_sha256"]
    )
    return Paper(title=title_of(signed), studio_name=signed.studio_name, body=html, footer=footer, images=images)


def render(device: QPagedPaintDevice, signed: SignedForm) -> int:
    """Paint the form on ``device`` (a PDF writer or a printer set up with
    :func:`kronos_desktop.ui.agenda.day_sheet.a4_portrait`); the number of pages."""
    return paper.render(device, paper_of(signed))


def print_form(printer: QPagedPaintDevice, signed: SignedForm) -> int:
    """Print the form on ``printer`` (set to A4 here): the same painting as the PDF."""
    paper.a4_portrait(printer)
    return render(printer, signed)


def form_pdf(signed: SignedForm) -> bytes:
    """The form's PDF, as a file's bytes."""
    return paper.pdf_bytes(paper_of(signed))


def file_name(signed: SignedForm) -> str:
    """A file name for the form's PDF: the day signed and the form's id."""
    return f"form-{signed.signed_on.isoformat()}-{signed.form['id']}.pdf"  # uuid7: its start is the time


def save_pdf(path: Path, signed: SignedForm) -> None:
    """Write the form's PDF to ``path`` (OSError: it cannot be written)."""
    if not path.parent.is_dir() or not os.access(path.parent, os.W_OK):
        raise OSError(f"cannot write in {path.parent}")
    path.write_bytes(form_pdf(signed))


def export_documents(conn: Connection, export: ClientExport) -> dict[str, bytes]:
    """The PDF of each signed form in ``export`` (``forms/<file>.pdf``), for the client's export
    (kronos_desktop/ops/client_export.py: ``documents``); runs on the writer thread."""
    found: dict[str, bytes] = {}
    for item in export.sections.get("consent_forms", []):
        signed = signed_form(conn, uuid.UUID(str(item["id"])))
        if signed is not None:
            found[f"forms/{file_name(signed)}"] = form_pdf(signed)
    return found
