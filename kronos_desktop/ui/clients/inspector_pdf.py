"""A client's file as health inspectors (vigilância sanitária) ask for it: identification, each
procedure with its date, body location, artist and the products used (name, manufacturer, ANVISA
registration, colour, lot, expiry), adverse reactions, needle and disposable lots and the
autoclave cycle; the signed consents (date, version, SHA-256), and for a minor the guardian's
authorisation. Read by kronos_desktop/store/queries/form_documents.py:inspector_file, painted
as the signed form is (kronos_desktop/ui/clients/paper.py): PDF and print alike.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPagedPaintDevice

from kronos_desktop.store.queries.form_documents import FormSummary, InspectorFile, Procedure
from kronos_desktop.ui.clients import paper
from kronos_desktop.ui.clients.paper import Paper, esc
from kronos_desktop.ui.common import fmt

translate = QCoreApplication.translate


def tr(text: str) -> str:
    return translate("InspectorPdf", text)


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
    birth = _day(c["birth_date"]) if c["birth_date"] else tr("Not recorded")
    rows = [
        _row(tr("Name"), c["full_name"]),
        _row(tr("Birth date"), birth),
        _row(tr("Document"), fmt.document_text(c["document_type"], c["document_number"]) or tr("Not recorded")),
        _row(tr("Phone"), fmt.phone_text(c["phone"]) or "—"),
        _row(tr("Address"), c["address"] or "—"),
    ]
    if file.minor_now:
        rows.append(_row(tr("Minor"), tr("Below the age of majority today")))
    if c["guardian_name"]:
        guardian = c["guardian_name"] + (f" ({c['guardian_relationship']})" if c["guardian_relationship"] else "")
        rows.append(_row(tr("Guardian"), guardian))
    return f"<h2>{esc(tr('Identification'))}</h2><table width='100%' cellspacing='0'>{''.join(rows)}</table>"


def _products(products: list[dict[str, Any]]) -> str:
    if not products:
        return f"<p class='muted'>{esc(tr('No products recorded.'))}</p>"
    titles = (tr("Product"), tr("Manufacturer"), tr("ANVISA reg."), tr("Colour"), tr("Lot"), tr("Expiry"))
    head = "".join(f"<th>{esc(t)}</th>" for t in titles)
    rows = "".join(
        "<tr>"
        + "".join(
            f"<td>{esc(v)}</td>"
            for v in (
                p.get("name") or "",
                p.get("manufacturer") or "",
                p.get("anvisa_registration") or "—",
                p.get("colour") or "",
                p.get("lot") or "",
                _day(p.get("expires_on")),
            )
        )
        + "</tr>"
        for p in products
    )
    return f"<table width='100%' border='0.5' cellspacing='0'><tr>{head}</tr>{rows}</table>"


def _procedure(proc: Procedure, file: InspectorFile) -> str:
    when = proc.starts_at.astimezone(file.zone)
    heading = tr("{date} at {time} · {kind} · Artist: {artist}").format(
        date=fmt.date_text(when.date()),
        time=fmt.time_text(proc.starts_at, file.zone),
        kind=fmt.kind_label(proc.kind),
        artist=proc.artist_name or "—",
    )
    parts = [f"<h3>{esc(heading)}</h3>"]
    if not proc.records:
        parts.append(f"<p class='alert'>{esc(tr('No session record written for this procedure.'))}</p>")
    for record in proc.records:
        lots = ", ".join(record.get("needle_lots") or []) or "—"
        disposables = ", ".join(record.get("disposable_lots") or []) or "—"
        rows = [
            _row(tr("Body location"), record.get("body_location") or "—"),
            _row(tr("Adverse reactions"), record.get("adverse_reactions") or tr("None recorded")),
            _row(tr("Needle lots"), lots),
            _row(tr("Disposable lots"), disposables),
            _row(tr("Autoclave cycle"), record.get("autoclave_cycle") or "—"),
        ]
        if record.get("corrects_id") is not None:
            rows.append(_row(tr("Correction"), tr("Corrects an earlier record of this session")))
        parts.append(f"<table width='100%' cellspacing='0'>{''.join(rows)}</table>")
        parts.append(_products(list(record.get("products") or [])))
    return "".join(parts)


def _forms(file: InspectorFile) -> str:
    if not file.forms:
        return f"<h2>{esc(tr('Signed consents'))}</h2><p class='alert'>{esc(tr('No signed consent form.'))}</p>"
    titles = (tr("Signed on"), tr("Form"), tr("Witness"))
    head = "".join(f"<th>{esc(t)}</th>" for t in titles)
    rows = []
    for form in sorted(file.forms, key=lambda f: f.signed_at):
        title = tr("{title}, version {number}").format(title=form.title, number=form.template_number)
        if form.amends_id is not None:
            title += " · " + tr("amends form {id}").format(id=str(form.amends_id)[:8])
        if form.amended_by is not None:
            title += " · " + tr("amended later")
        rows.append(
            f"<tr><td>{esc(fmt.date_text(form.signed_at.astimezone(file.zone).date()))}</td><td>{esc(title)}</td>"
            f"<td>{esc(form.witness_name)}</td></tr>"
            f"<tr><td colspan='3' class='mono hash'>SHA-256: {esc(form.content_sha256)}</td></tr>"
        )
    table = f"<table width='100%' border='0.5' cellspacing='0'><tr>{head}</tr>{''.join(rows)}</table>"
    return f"<h2>{esc(tr('Signed consents'))}</h2>{table}{_guardians(file.forms, file)}"


def _guardians(forms: list[FormSummary], file: InspectorFile) -> str:
    minors = [f for f in sorted(forms, key=lambda f: f.signed_at) if f.minor]
    if not minors:
        return ""
    lines = []
    for form in minors:
        who = form.guardian_name or tr("Not recorded")
        if form.guardian_relationship:
            who += f" ({form.guardian_relationship})"
        document = fmt.document_text(form.guardian_document_type, form.guardian_document_number) or tr("Not recorded")
        lines.append(
            tr("{date}: authorised and signed by the guardian {guardian}, ID {document}.").format(
                date=fmt.date_text(form.signed_at.astimezone(file.zone).date()), guardian=who, document=document
            )
        )
    return f"<h2>{esc(tr('Guardian authorisation (minor)'))}</h2>" + "".join(f"<p>{esc(line)}</p>" for line in lines)


def title_of(file: InspectorFile) -> str:
    return tr("Client file · {name}").format(name=file.client["full_name"])


def paper_of(file: InspectorFile) -> Paper:
    printed = file.printed_at.astimezone(file.zone)
    parts = [
        f"<h1>{esc(title_of(file))}</h1>",
        f"<p class='muted'>{esc(tr('Printed on {date} at {time}').format(date=fmt.date_text(printed.date()), time=fmt.time_text(file.printed_at, file.zone)))}</p>",  # noqa: E501
        _identification(file),
        f"<h2>{esc(tr('Procedures'))}</h2>",
    ]
    if not file.procedures:
        parts.append(f"<p class='muted'>{esc(tr('No procedure yet.'))}</p>")
    parts += [_procedure(p, file) for p in file.procedures]
    parts.append(_forms(file))
    footer = tr("{studio} · client file of {name}").format(studio=file.studio_name, name=file.client["full_name"])
    return Paper(title=title_of(file), studio_name=file.studio_name, body="".join(parts), footer=footer)


def render(device: QPagedPaintDevice, file: InspectorFile) -> int:
    return paper.render(device, paper_of(file))


def print_file(printer: QPagedPaintDevice, file: InspectorFile) -> int:
    """Print the file on ``printer`` (set to A4 here): the same painting as the PDF."""
    paper.a4_portrait(printer)
    return render(printer, file)


def inspector_pdf(file: InspectorFile) -> bytes:
    return paper.pdf_bytes(paper_of(file))
