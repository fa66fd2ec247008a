"""A client's file as health inspectors (vigilância sanitária) ask for it: identification, each
procedure with its date, body location, artist and the products used (name, manufacturer, ANVISA
registration, colour, lot, manufacture and expiry dates, the bottle's opening), each session
record numbered with when and by whom it was written (and the number a correction replaces),
adverse reactions, needle and disposable lots and the autoclave cycle; the signed consents (date,
version, SHA-256), and for a minor the guardian's authorisation. Read by
kronos_desktop/store/queries/form_documents.py:inspector_file, painted as the signed form is
(kronos_desktop/ui/clients/paper.py): PDF and print alike.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPagedPaintDevice

from kronos_desktop.store.queries.form_documents import FormSummary, InspectorFile, Procedure
from kronos_desktop.ui.clients import paper
from kronos_desktop.ui.clients.paper import Paper, esc, h2, para, rows_table
from kronos_desktop.ui.common import fmt

translate = QCoreApplication.translate


def _day(value: Any) -> str:
    if isinstance(value, dt.date):
        return fmt.date_text(value)
    if isinstance(value, str) and value:
        try:
            return fmt.date_text(dt.date.fromisoformat(value))
        except ValueError:
            return value
    return "—"


def _row(label: str, value: str) -> str:
    return f"<tr><td width='30%' class='muted'>{esc(label)}</td><td>{esc(value)}</td></tr>"


def _identification(file: InspectorFile) -> str:
    c = file.client
    birth = _day(c["birth_date"]) if c["birth_date"] else translate("InspectorPdf", "Not recorded")
    rows = [
        _row(translate("InspectorPdf", "Name"), c["full_name"]),
        _row(translate("InspectorPdf", "Birth date"), birth),
        _row(
            translate("InspectorPdf", "Document"),
            fmt.document_text(c["document_type"], c["document_number"]) or translate("InspectorPdf", "Not recorded"),
        ),
        _row(translate("InspectorPdf", "Phone"), fmt.phone_text(c["phone"]) or "—"),
        _row(translate("InspectorPdf", "Address"), c["address"] or "—"),
    ]
    if file.minor_now:
        rows.append(
            _row(translate("InspectorPdf", "Minor"), translate("InspectorPdf", "Below the age of majority today"))
        )
    if c["guardian_name"]:
        guardian = c["guardian_name"] + (f" ({c['guardian_relationship']})" if c["guardian_relationship"] else "")
        rows.append(_row(translate("InspectorPdf", "Guardian"), guardian))
    return h2(translate("InspectorPdf", "Identification")) + rows_table(rows)


def _products(products: list[dict[str, Any]]) -> str:
    """The products used, a row each, in smaller type so the eight columns the inspector asks
    for (name, manufacturer, ANVISA registration, colour, lot, manufactured, expiry, opened) fit
    A4 without breaking a date."""
    if not products:
        return para(translate("InspectorPdf", "No products recorded."), "muted")
    titles = (
        translate("InspectorPdf", "Product"),
        translate("InspectorPdf", "Manufacturer"),
        translate("InspectorPdf", "ANVISA reg."),
        translate("InspectorPdf", "Colour"),
        translate("InspectorPdf", "Lot"),
        translate("InspectorPdf", "Manufactured"),
        translate("InspectorPdf", "Expiry"),
        translate("InspectorPdf", "Bottle opened"),
    )
    head = "".join(f"<th class='small'>{esc(t)}</th>" for t in titles)
    rows = "".join(
        "<tr>"
        + "".join(
            f"<td class='{css}'>{esc(v)}</td>"
            for v, css in (
                (p.get("name") or "", "small"),
                (p.get("manufacturer") or "", "small"),
                (p.get("anvisa_registration") or "—", "small"),
                (p.get("colour") or "", "small"),
                (p.get("lot") or "", "small"),
                (_day(p.get("manufactured_on")), "small date"),
                (_day(p.get("expires_on")), "small date"),
                (_day(p.get("opened_on")), "small date"),
            )
        )
        + "</tr>"
        for p in products
    )
    return f"<table width='100%' border='0.5' cellspacing='0'><tr>{head}</tr>{rows}</table>"


def _record_heading(record: dict[str, Any], file: InspectorFile) -> str:
    """ "Record #2 · written on 04/12/2026 at 15:10 by Rafa Monteiro · corrects #1": two records
    of one session never read as one printed twice."""
    at: dt.datetime = record["recorded_at"]
    text = translate("InspectorPdf", "Record #{number} · written on {date} at {time} by {name}").format(
        number=record["number"],
        date=fmt.date_text(at.astimezone(file.zone).date()),
        time=fmt.time_text(at, file.zone),
        name=record.get("recorded_by_name") or translate("InspectorPdf", "(not recorded)"),
    )
    if record.get("corrects_id") is not None:
        corrected = record.get("corrects_number")
        text += " · " + (
            translate("InspectorPdf", "corrects #{number}").format(number=corrected)
            if corrected is not None
            else translate("InspectorPdf", "Corrects an earlier record of this session")
        )
    return f"<p class='record'><b>{esc(text)}</b></p>"


def _procedure(proc: Procedure, file: InspectorFile) -> str:
    when = proc.starts_at.astimezone(file.zone)
    heading = translate("InspectorPdf", "{date} at {time} · {kind} · Artist: {artist}").format(
        date=fmt.date_text(when.date()),
        time=fmt.time_text(proc.starts_at, file.zone),
        kind=fmt.kind_label(proc.kind),
        artist=proc.artist_name or "—",
    )
    parts = [f"<h3>{esc(heading)}</h3>"]
    if not proc.records:
        parts.append(para(translate("InspectorPdf", "No session record written for this procedure."), "alert"))
    for record in proc.records:
        lots = ", ".join(record.get("needle_lots") or []) or "—"
        disposables = ", ".join(record.get("disposable_lots") or []) or "—"
        rows = [
            _row(translate("InspectorPdf", "Body location"), record.get("body_location") or "—"),
            _row(
                translate("InspectorPdf", "Adverse reactions"),
                record.get("adverse_reactions") or translate("InspectorPdf", "None recorded"),
            ),
            _row(translate("InspectorPdf", "Needle lots"), lots),
            _row(translate("InspectorPdf", "Disposable lots"), disposables),
            _row(translate("InspectorPdf", "Autoclave cycle"), record.get("autoclave_cycle") or "—"),
        ]
        parts.append(_record_heading(record, file))
        parts.append(rows_table(rows))
        parts.append(_products(list(record.get("products") or [])))
    return "".join(parts)


def _forms(file: InspectorFile) -> str:
    if not file.forms:
        return h2(translate("InspectorPdf", "Signed consents")) + para(
            translate("InspectorPdf", "No signed consent form."), "alert"
        )
    titles = (
        translate("InspectorPdf", "Signed on"),
        translate("InspectorPdf", "Form"),
        translate("InspectorPdf", "Witness"),
    )
    head = "".join(f"<th>{esc(t)}</th>" for t in titles)
    rows = []
    for form in sorted(file.forms, key=lambda f: f.signed_at):
        title = translate("InspectorPdf", "{title}, version {number}").format(
            title=form.title, number=form.template_number
        )
        if form.amends_id is not None:
            title += " · " + translate("InspectorPdf", "amends form {id}").format(id=str(form.amends_id)[:8])
        if form.amended_by is not None:
            title += " · " + translate("InspectorPdf", "amended later")
        rows.append(
            f"<tr><td>{esc(fmt.date_text(form.signed_at.astimezone(file.zone).date()))}</td><td>{esc(title)}</td>"
            f"<td>{esc(form.witness_name)}</td></tr>"
            f"<tr><td colspan='3' class='mono hash'>SHA-256: {esc(form.content_sha256)}</td></tr>"
        )
    table = f"<table width='100%' border='0.5' cellspacing='0'><tr>{head}</tr>{''.join(rows)}</table>"
    return h2(translate("InspectorPdf", "Signed consents")) + table + _guardians(file.forms, file)


def _guardians(forms: list[FormSummary], file: InspectorFile) -> str:
    minors = [f for f in sorted(forms, key=lambda f: f.signed_at) if f.minor]
    if not minors:
        return ""
    lines = []
    for form in minors:
        who = form.guardian_name or translate("InspectorPdf", "Not recorded")
        if form.guardian_relationship:
            who += f" ({form.guardian_relationship})"
        document = fmt.document_text(form.guardian_document_type, form.guardian_document_number) or translate(
            "InspectorPdf", "Not recorded"
        )
        lines.append(
            translate(
                "InspectorPdf", "{date}: authorised and signed by the guardian {guardian}, ID {document}."
            ).format(date=fmt.date_text(form.signed_at.astimezone(file.zone).date()), guardian=who, document=document)
        )
    return h2(translate("InspectorPdf", "Guardian authorisation (minor)")) + "".join(para(line) for line in lines)


def title_of(file: InspectorFile) -> str:
    return translate("InspectorPdf", "Client file · {name}").format(name=file.client["full_name"])


def paper_of(file: InspectorFile) -> Paper:
    printed = file.printed_at.astimezone(file.zone)
    parts = [
        f"<h1>{esc(title_of(file))}</h1>",
        para(
            translate("InspectorPdf", "Printed on {date} at {time}").format(
                date=fmt.date_text(printed.date()), time=fmt.time_text(file.printed_at, file.zone)
            ),
            "muted",
        ),
        _identification(file),
        h2(translate("InspectorPdf", "Procedures")),
    ]
    if not file.procedures:
        parts.append(para(translate("InspectorPdf", "No procedure yet."), "muted"))
    parts += [_procedure(p, file) for p in file.procedures]
    parts.append(_forms(file))
    footer = translate("InspectorPdf", "{studio} · client file of {name}").format(
        studio=file.studio_name, name=file.client["full_name"]
    )
    return Paper(title=title_of(file), studio_name=file.studio_name, body="".join(parts), footer=footer)


def render(device: QPagedPaintDevice, file: InspectorFile) -> int:
    return paper.render(device, paper_of(file))


def print_file(printer: QPagedPaintDevice, file: InspectorFile) -> int:
    """Print the file on ``printer`` (set to A4 here): the same painting as the PDF."""
    paper.a4_portrait(printer)
    return render(printer, file)


def inspector_pdf(file: InspectorFile) -> bytes:
    return paper.pdf_bytes(paper_of(file))
