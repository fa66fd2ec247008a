"""The day report on paper (issue 16): the figures of
:func:`kronos_desktop.store.queries.day_report.day_report` as HTML laid out by QTextDocument and
painted page after page as the client's paged documents are (ui/clients/paper.py: A4 portrait, a
header, "page n of m"). A role that may not see the shares gets no "By artist" (the read has no
rows). One rendering: the PDF (QPdfWriter), the print (QPrinter) and the preview (a QImage) paint
the same document with the same code. Words: ``translate("DayReport", …)``; money, dates: fmt.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Sequence
from pathlib import Path
from typing import cast

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QImage, QPagedPaintDevice, QPainter, QPdfWriter, QTextCursor, QTransform

from kronos_desktop.store.queries.day_report import DayReport
from kronos_desktop.store.queries.drawer import CloseRow
from kronos_desktop.ui.agenda.day_sheet import MARGIN_MM, RESOLUTION_DPI
from kronos_desktop.ui.clients import paper
from kronos_desktop.ui.clients.paper import Paper, css_px, esc, para
from kronos_desktop.ui.common import fmt

translate = QCoreApplication.translate

A4_MM = (210.0, 297.0)
CELL = " style='font-size: 9pt'"  # a table's text: a day's report fits its page
KEEP_MM = 22  # the room a heading needs below it: itself and a few rows
KEEP = f"/*keep{KEEP_MM}*/"  # a heading kept with what follows (replaced before Qt reads the HTML)
DRAWER_KEEP_MM = 60  # the drawer's heading, its status and the figures beside the count: never cut
_KEPT = re.compile(r"/\*keep(\d+)\*/")


def title_of(report: DayReport) -> str:
    return translate("DayReport", "Day report · {date}").format(date=fmt.date_text(report.day))


# -- pieces of the body ----------------------------------------------------------------------------
def _money(report: DayReport, amount: int) -> str:
    return fmt.money_text(amount, report.currency)


def _moneys(report: DayReport, *amounts: int) -> list[str]:
    return [_money(report, a) for a in amounts]


def _time(report: DayReport, instant: object) -> str:
    return fmt.time_text(instant, report.zone) if isinstance(instant, dt.datetime) else ""


def _table(heads: list[str], rows: list[list[str]], *, right_from: int, total: list[str] | None = None,
           after: Sequence[list[str]] = ()) -> str:  # fmt: skip
    """A table with a header row; columns from ``right_from`` on are figures, right-aligned."""

    def cells(values: list[str], tag: str, *, bold: bool = False) -> str:
        aligns = [(" align='right'" if i >= right_from else "") + CELL for i in range(len(values))]
        inner = [f"<b>{esc(v)}</b>" if bold else esc(v) for v in values]
        return "<tr>" + "".join(f"<{tag}{a}>{v}</{tag}>" for a, v in zip(aligns, inner, strict=True)) + "</tr>"

    body = [f"<thead>{cells(heads, 'th')}</thead>"] + [cells(r, "td") for r in rows]  # a header on every page
    if total is not None:
        body.append(cells(total, "td", bold=True))
    body += [cells(r, "td") for r in after]  # rows below the total, not in it
    return f"<table width='100%' cellspacing='0' class='grid'>{''.join(body)}</table>"


def _pairs(rows: list[tuple[str, str]], *, bold_last: bool = False) -> str:
    out = []
    for i, (label, value) in enumerate(rows):
        strong = bold_last and i == len(rows) - 1
        v = f"<b>{esc(value)}</b>" if strong else esc(value)
        out.append(f"<tr><td{CELL}>{esc(label)}</td><td align='right'{CELL}>{v}</td></tr>")
    return f"<table width='100%' cellspacing='0'>{''.join(out)}</table>"


def h2(text: str, *, keep: int | None = KEEP_MM) -> str:
    """A section's heading, smaller than the paper's; ``keep``: the millimetres of what follows it
    that must be on its page (a page break goes before it otherwise: :func:`paper_of`), None:
    anywhere."""
    css = f"font-size: 11pt; font-weight: bold; margin-top: {css_px(3)}px; margin-bottom: {css_px(0.8)}px"
    marker = f"/*keep{keep}*/" if keep else ""
    return f"<h2 style='{marker}{css}'>{esc(text)}</h2>"


def _side_by_side(left: str, right: str, *, gap_above: bool = True) -> str:
    """Two blocks in two columns (a gap between them): a day's report fits its page."""
    cell = "<td width='48%' style='padding: 0px'>{}</td>"
    gap = "<td width='4%' style='padding: 0px'></td>"
    row = f"<tr>{cell.format(left)}{gap}{cell.format(right)}</tr>"
    above = f"<h3 style='{KEEP}font-size: 4pt; margin: 0px'>&nbsp;</h3>" if gap_above else ""
    return f"{above}<table width='100%' cellspacing='0'>{row}</table>"


def _status(report: DayReport) -> str:
    s = report.session
    drawer = report.drawer.drawer
    name = drawer.name if drawer is not None else translate("DayReport", "No cash drawer")
    if s is None:
        state = translate("DayReport", "The drawer's day was not opened.")
    elif s.status == "closed":
        state = translate("DayReport", "Closed at {time} by {name}.").format(
            time=_time(report, s.closed_at), name=s.closed_by_name or "—"
        )
    else:
        state = translate("DayReport", "Open since {time} ({name}).").format(
            time=_time(report, s.opened_at), name=s.opened_by_name or "—"
        )
    text = f"{name} · {state}"
    if s is not None and s.reopen_reason:
        text += " " + translate("DayReport", "Reopened at {time} by {name}: {reason}").format(
            time=_time(report, s.reopened_at), name=s.reopened_by_name or "—", reason=s.reopen_reason
        )
    return para(text, "muted")


def _methods(report: DayReport) -> str:
    head = h2(translate("DayReport", "Payments by method"))
    if not report.by_method:
        return head + para(translate("DayReport", "No payments on this day."), "muted")
    heads = [translate("DayReport", "Method"), translate("DayReport", "Payments"), translate("DayReport", "Amount"),
             translate("DayReport", "Tips"), translate("DayReport", "Refunds"),
             translate("DayReport", "Net")]  # fmt: skip
    m = report.money_methods
    rows = [[fmt.method_label(x.method), fmt.count_text(x.count), *_moneys(report, x.amount, x.tips, x.refunds, x.net)]
            for x in report.by_method]  # fmt: skip
    vouchers = [r for r, x in zip(rows, report.by_method, strict=True) if x.method == "voucher"]
    rows = [r for r in rows if r not in vouchers]
    sums = sum(x.amount for x in m), sum(x.tips for x in m), report.refunded, report.net
    total = [translate("DayReport", "Total"), fmt.count_text(sum(x.count for x in m)), *_moneys(report, *sums)]
    sales = translate("DayReport", "Sales closed: {count} · {total}").format(
        count=fmt.count_text(report.sales_count), total=_money(report, report.sales_total)
    )
    if report.voided_count:
        sales += " · " + translate("DayReport", "Voided: {count}").format(count=fmt.count_text(report.voided_count))
    out = head + _table(heads, rows, right_from=1, total=total, after=vouchers)
    if vouchers:
        out += para(
            translate("DayReport", "Gift vouchers redeemed are not money: their money came in when they were sold."),
            "muted",
        )
    return out + para(sales, "muted")


def _artists(report: DayReport) -> str:
    if not report.by_artist and report.sales_count:  # read for a role not seeing shares: left out
        return ""
    head = h2(translate("DayReport", "By artist"))
    if not report.by_artist:
        return head + para(translate("DayReport", "No services on this day."), "muted")
    heads = [translate("DayReport", "Artist"), translate("DayReport", "Services"),
             translate("DayReport", "Commission"), translate("DayReport", "Studio"),
             translate("DayReport", "Tips")]  # fmt: skip
    a = report.by_artist
    rows = [[x.name, *_moneys(report, x.services, x.commission, x.studio_share, x.tips)] for x in a]
    sums = (sum(x.services for x in a), sum(x.commission for x in a), sum(x.studio_share for x in a),
            sum(x.tips for x in a))  # fmt: skip
    total = [translate("DayReport", "Total"), *_moneys(report, *sums)]
    return head + _table(heads, rows, right_from=1, total=total)


def _counted(label: str, count: int) -> str:
    return translate("DayReport", "{label} ({count})").format(label=label, count=fmt.count_text(count))


def _deposits_vouchers(report: DayReport) -> str:
    d, v = report.deposits, report.vouchers
    deposits = _pairs([
        (_counted(translate("DayReport", "Deposits taken"), d.taken_count), _money(report, d.taken)),
        (_counted(translate("DayReport", "Deposits applied"), d.applied_count), _money(report, d.applied)),
        (_counted(translate("DayReport", "Deposits forfeited"), d.forfeited_count), _money(report, d.forfeited)),
    ])  # fmt: skip
    vouchers = _pairs([
        (_counted(translate("DayReport", "Vouchers sold"), v.sold_count), _money(report, v.sold)),
        (_counted(translate("DayReport", "Vouchers redeemed"), v.redeemed_count), _money(report, v.redeemed)),
    ])  # fmt: skip
    return _side_by_side(
        h2(translate("DayReport", "Deposits"), keep=None) + deposits,
        h2(translate("DayReport", "Gift vouchers"), keep=None) + vouchers,
    )


def _refunds(report: DayReport) -> str:
    head = h2(translate("DayReport", "Refunds"))
    if not report.refunds:
        return head + para(translate("DayReport", "No refunds on this day."), "muted")
    heads = [translate("DayReport", "Time"), translate("DayReport", "Method"), translate("DayReport", "Sale"),
             translate("DayReport", "Reason"), translate("DayReport", "By"),
             translate("DayReport", "Amount")]  # fmt: skip
    rows = [[_time(report, r.at), fmt.method_label(r.method), r.sale_number or translate("DayReport", "Deposit"),
             r.reason, r.by_name or "—", _money(report, r.amount)] for r in report.refunds]  # fmt: skip
    total = ["", "", "", "", translate("DayReport", "Total"), _money(report, sum(r.amount for r in report.refunds))]
    return head + _table(heads, rows, right_from=5, total=total)


def _drawer(report: DayReport) -> str:
    head = h2(translate("DayReport", "Cash drawer"), keep=DRAWER_KEEP_MM)
    c = report.cash
    if c is None:
        return head + _status(report) + _count(report)
    figures = [
        (translate("DayReport", "Opening float"), _money(report, c.opening_float)),
        (translate("DayReport", "Cash received"), _money(report, c.cash_taken)),
        (translate("DayReport", "Change given"), _money(report, -c.change)),
        (translate("DayReport", "Cash refunds"), _money(report, -c.cash_refunded)),
        (translate("DayReport", "Cash in (suprimento)"), _money(report, c.cash_in)),
        (translate("DayReport", "Cash out (sangria)"), _money(report, -c.cash_out)),
        (translate("DayReport", "Expected in the drawer"), _money(report, c.expected)),
    ]
    out = head + _status(report) + _side_by_side(_pairs(figures, bold_last=True), _count(report), gap_above=False)
    close = report.count
    if close is not None:
        out += _grid(report, close)
    if report.movements:
        heads = [translate("DayReport", "Time"), translate("DayReport", "Movement"), translate("DayReport", "Reason"),
                 translate("DayReport", "By"), translate("DayReport", "Amount")]  # fmt: skip
        kinds = {"in": translate("DayReport", "Cash in"), "out": translate("DayReport", "Cash out")}
        rows = [[_time(report, m.at), kinds.get(m.kind, m.kind), m.reason, m.by_name or "—",
                 _money(report, m.amount if m.kind == "in" else -m.amount)] for m in report.movements]  # fmt: skip
        out += h2(translate("DayReport", "Cash movements")) + _table(heads, rows, right_from=4)
    return out


def _grid(report: DayReport, close: CloseRow) -> str:
    """The notes and coins counted, three to a row: "R$ 100,00 × 4 = R$ 400,00"."""
    item = translate("DayReport", "{value} × {quantity} = {total}")
    items = [item.format(value=_money(report, value), quantity=fmt.count_text(qty), total=_money(report, value * qty))
             for value, qty in sorted(close.grid.items(), reverse=True) if qty]  # fmt: skip
    if not items:
        return ""
    rows = ["".join(f"<td width='33%'>{esc(i)}</td>" for i in items[n : n + 3]) for n in range(0, len(items), 3)]
    body = "".join(f"<tr>{r}</tr>" for r in rows)
    css = f"font-size: 9pt; font-weight: normal; color: {paper.MUTED.name()}; margin-top: {css_px(1.5)}px"
    title = translate("DayReport", "Notes and coins counted")
    heading = f"<h3 style='{KEEP}{css}'>{esc(title)}</h3>"
    return heading + f"<table width='100%' cellspacing='0' class='small'>{body}</table>"


def _count(report: DayReport) -> str:
    close = report.count
    if close is None:
        return para(translate("DayReport", "The drawer was not closed on this day."), "muted")
    figures = [
        (translate("DayReport", "Counted"), _money(report, close.counted)),
        (translate("DayReport", "Expected"), _money(report, close.expected)),
        (translate("DayReport", "Difference"), _money(report, close.difference)),
    ]
    out = _pairs(figures, bold_last=True)
    if close.note:  # in the figures' size
        out += f"<p{CELL}>" + esc(translate("DayReport", "Note: {note}").format(note=close.note)) + "</p>"
    if len(report.drawer.closes) > 1:
        earlier = translate("DayReport", "Closed {count} times on this day; this is the last count.")
        out += para(earlier.format(count=fmt.count_text(len(report.drawer.closes))), "muted")
    return out


def _late(report: DayReport) -> str:
    if not report.late:
        return ""
    heads = [translate("DayReport", "Received"), translate("DayReport", "Desk"), translate("DayReport", "Method"),
             translate("DayReport", "Sale"), translate("DayReport", "Amount")]  # fmt: skip
    rows = []
    for p in report.late:
        here = translate("DayReport", "This desk") if p.this_desk else translate("DayReport", "Another desk")
        desk = p.desk_name or here
        rows.append([_time(report, p.received_at), desk, fmt.method_label(p.method), p.sale_number or "—",
                     _money(report, p.amount + p.tip)])  # fmt: skip
    total = ["", "", "", translate("DayReport", "Total"), _money(report, report.late_total)]
    note = translate("DayReport", "These payments arrived after the drawer's close: they are not in the figures above.")
    out = h2(translate("DayReport", "Late payments")) + para(note, "alert")
    return out + _table(heads, rows, right_from=4, total=total)


def body_html(report: DayReport) -> str:
    """The report's HTML body (the studio and the title are the page's header)."""
    parts = [
        f"<h1>{esc(title_of(report))}</h1>",
        para(fmt.date_text(report.day, long=True), "muted"),
        _methods(report),
        _late(report),
        _artists(report),
        _deposits_vouchers(report),
        _refunds(report),
        _drawer(report),
    ]
    return "".join(parts)


def _with_breaks(html: str, breaks: set[int]) -> str:
    """``html`` with a page break before the kept headings numbered in ``breaks`` (from 0)."""
    parts = _KEPT.split(html)  # text, mm, text, mm, ..., text
    out = [parts[0]]
    for n, text in enumerate(parts[2::2]):
        out.append(("page-break-before: always; " if n in breaks else "") + text)
    return "".join(out)


def _printable() -> QImage:
    """An image of A4's printable area at the PDF's resolution (the same layout as on paper)."""
    per_mm = RESOLUTION_DPI / 25.4
    image = QImage(round((A4_MM[0] - 2 * MARGIN_MM) * per_mm), round((A4_MM[1] - 2 * MARGIN_MM) * per_mm),
                   QImage.Format.Format_RGB32)  # fmt: skip
    image.setDotsPerMeterX(round(RESOLUTION_DPI / 0.0254))
    image.setDotsPerMeterY(round(RESOLUTION_DPI / 0.0254))
    return image


def _stranded(layout: paper.Layout, keeps: list[int], breaks: set[int]) -> int | None:
    """The first kept heading left at a page's foot with less room under it than it keeps."""
    doc, n = layout.doc, -1
    block = doc.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() in (2, 3) and QTextCursor(block).currentTable() is None:
            n += 1
            top = doc.documentLayout().blockBoundingRect(block).top()
            on_page = top - (top // layout.room) * layout.room
            if n not in breaks and on_page > 0 and on_page + layout.mm(keeps[n]) > layout.room:
                return n
        block = block.next()
    return None


def paper_of(report: DayReport) -> Paper:
    footer = translate("DayReport", "{studio} · day report of {date}").format(
        studio=report.studio_name, date=fmt.date_text(report.day)
    )
    if report.made_at is not None:
        footer += " · " + translate("DayReport", "printed at {time}").format(time=_time(report, report.made_at))
    html, breaks = body_html(report), set[int]()
    keeps = [int(mm) for mm in _KEPT.findall(html)]
    probe = _printable()
    while True:  # each break moves what follows: one at a time, at most one per heading
        laid = Paper(title_of(report), report.studio_name, _with_breaks(html, breaks), footer)
        stranded = _stranded(paper.Layout(laid, cast(QPagedPaintDevice, probe)), keeps, breaks)
        if stranded is None:
            return laid
        breaks.add(stranded)


# -- devices ---------------------------------------------------------------------------------------
def render(device: QPagedPaintDevice, report: DayReport) -> int:
    """Paint the report on ``device`` (set up for A4); the number of pages."""
    return paper.render(device, paper_of(report))


def write_day_report_pdf(report: DayReport, path: Path) -> int:
    """Write the report's PDF (A4) at ``path``; its pages (OSError: it cannot be written there)."""
    if not path.parent.is_dir() or not os.access(path.parent, os.W_OK):
        raise OSError(f"cannot write in {path.parent}")
    writer = QPdfWriter(str(path))
    writer.setTitle(title_of(report))
    writer.setCreator("KRONOS")
    paper.a4_portrait(writer)
    pages = render(writer, report)
    del writer  # the file is finished when the writer goes
    return pages


def day_report_pdf_bytes(report: DayReport) -> bytes:
    """The report as a PDF file's bytes (A4)."""
    return paper.pdf_bytes(paper_of(report))


def print_day_report(report: DayReport, printer: QPagedPaintDevice) -> int:
    """Print the report on ``printer`` (a QPrinter, set to A4 here): the PDF's painting; its pages."""
    paper.a4_portrait(printer)
    return render(printer, report)


def render_page_image(report: DayReport, page: int | None = 0, dpi: int = 110) -> tuple[QImage, int]:
    """Page ``page`` (from 0; None: all, one under the other) as A4 at ``dpi`` with the paper's margins,
    laid out and painted at the PDF's resolution (its lines and breaks), then scaled; and the pages."""
    per_mm = RESOLUTION_DPI / 25.4
    margin = round(MARGIN_MM * per_mm)
    width, height = round(A4_MM[0] * per_mm), round(A4_MM[1] * per_mm)
    layout = paper.Layout(paper_of(report), cast(QPagedPaintDevice, _printable()))
    shown = range(layout.pages) if page is None else [min(max(page, 0), layout.pages - 1)]
    out = QImage(width, height * len(shown), QImage.Format.Format_RGB32)
    out.setDotsPerMeterX(round(RESOLUTION_DPI / 0.0254))  # the fonts' size as on paper
    out.setDotsPerMeterY(round(RESOLUTION_DPI / 0.0254))
    out.fill(QColor("white"))
    painter = QPainter(out)
    try:
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        for n, number in enumerate(shown):
            painter.setTransform(QTransform.fromTranslate(margin, margin + n * height))
            painter.fillRect(-margin, -margin - 6, width, 12 if n else 0, QColor("#c8c8c8"))  # between two sheets
            layout.paint_page(painter, number)
    finally:
        painter.end()
    scale = dpi / RESOLUTION_DPI
    image = out.scaled(
        round(width * scale), round(out.height() * scale), mode=Qt.TransformationMode.SmoothTransformation
    )
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    return image, layout.pages
