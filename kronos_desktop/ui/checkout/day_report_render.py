"""The day report on paper (issue 16): the figures of
:func:`kronos_desktop.store.queries.day_report.day_report` as HTML laid out by QTextDocument and
painted page after page as the client's paged documents are (ui/clients/paper.py: A4 portrait, a
header, "page n of m"). A role that may not see the shares gets no "By artist" (the read has no
rows). One rendering: the PDF (QPdfWriter), the print (QPrinter) and the preview (a QImage) paint
the same document with the same code. The close is blind: ``blind`` (day_report_drawer.blind_for:
the drawer's day open, a reader not owner or manager) leaves out what the drawer should hold and
the lines adding up to it. Words: ``translate("DayReport", …)``; money, dates: fmt.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import cast

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QImage, QPagedPaintDevice, QPainter, QPdfWriter, QTextCursor, QTransform

from kronos_desktop.store.queries.day_report import DayReport
from kronos_desktop.ui.agenda.day_sheet import MARGIN_MM, RESOLUTION_DPI
from kronos_desktop.ui.checkout.day_report_drawer import drawer_section
from kronos_desktop.ui.checkout.day_report_parts import h2, money, moneys, pairs, side_by_side, table, time_of
from kronos_desktop.ui.clients import paper
from kronos_desktop.ui.clients.paper import Paper, esc, para
from kronos_desktop.ui.common import fmt

translate = QCoreApplication.translate

A4_MM = (210.0, 297.0)
_KEPT = re.compile(r"/\*keep(\d+)\*/")


def title_of(report: DayReport) -> str:
    return translate("DayReport", "Day report · {date}").format(date=fmt.date_text(report.day))


def _methods(report: DayReport) -> str:
    head = h2(translate("DayReport", "Payments by method"))
    if not report.by_method:
        return head + para(translate("DayReport", "No payments on this day."), "muted")
    heads = [translate("DayReport", "Method"), translate("DayReport", "Payments"), translate("DayReport", "Amount"),
             translate("DayReport", "Tips"), translate("DayReport", "Refunds"),
             translate("DayReport", "Net")]  # fmt: skip
    m = report.money_methods
    rows = [[fmt.method_label(x.method), fmt.count_text(x.count), *moneys(report, x.amount, x.tips, x.refunds, x.net)]
            for x in report.by_method]  # fmt: skip
    vouchers = [r for r, x in zip(rows, report.by_method, strict=True) if x.method == "voucher"]
    rows = [r for r in rows if r not in vouchers]
    sums = sum(x.amount for x in m), sum(x.tips for x in m), report.refunded, report.net
    total = [translate("DayReport", "Total"), fmt.count_text(sum(x.count for x in m)), *moneys(report, *sums)]
    sales = translate("DayReport", "Sales closed: {count} · {total}").format(
        count=fmt.count_text(report.sales_count), total=money(report, report.sales_total)
    )
    if report.voided_count:
        sales += " · " + translate("DayReport", "Voided: {count}").format(count=fmt.count_text(report.voided_count))
    out = head + table(heads, rows, right_from=1, total=total, after=vouchers)
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
    rows = [[x.name, *moneys(report, x.services, x.commission, x.studio_share, x.tips)] for x in a]
    sums = (sum(x.services for x in a), sum(x.commission for x in a), sum(x.studio_share for x in a),
            sum(x.tips for x in a))  # fmt: skip
    total = [translate("DayReport", "Total"), *moneys(report, *sums)]
    return head + table(heads, rows, right_from=1, total=total)


def _counted(label: str, count: int) -> str:
    return translate("DayReport", "{label} ({count})").format(label=label, count=fmt.count_text(count))


def _deposits_vouchers(report: DayReport) -> str:
    d, v = report.deposits, report.vouchers
    deposits = pairs([
        (_counted(translate("DayReport", "Deposits taken"), d.taken_count), money(report, d.taken)),
        (_counted(translate("DayReport", "Deposits applied"), d.applied_count), money(report, d.applied)),
        (_counted(translate("DayReport", "Deposits forfeited"), d.forfeited_count), money(report, d.forfeited)),
    ])  # fmt: skip
    vouchers = pairs([
        (_counted(translate("DayReport", "Vouchers sold"), v.sold_count), money(report, v.sold)),
        (_counted(translate("DayReport", "Vouchers redeemed"), v.redeemed_count), money(report, v.redeemed)),
    ])  # fmt: skip
    return side_by_side(
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
    rows = [[time_of(report, r.at), fmt.method_label(r.method), r.sale_number or translate("DayReport", "Deposit"),
             r.reason, r.by_name or "—", money(report, r.amount)] for r in report.refunds]  # fmt: skip
    total = ["", "", "", "", translate("DayReport", "Total"), money(report, sum(r.amount for r in report.refunds))]
    return head + table(heads, rows, right_from=5, total=total)


def _late(report: DayReport) -> str:
    if not report.late:
        return ""
    heads = [translate("DayReport", "Received"), translate("DayReport", "Desk"), translate("DayReport", "Method"),
             translate("DayReport", "Sale"), translate("DayReport", "Amount")]  # fmt: skip
    rows = []
    for p in report.late:
        here = translate("DayReport", "This desk") if p.this_desk else translate("DayReport", "Another desk")
        desk = p.desk_name or here
        rows.append([time_of(report, p.received_at), desk, fmt.method_label(p.method), p.sale_number or "—",
                     money(report, p.amount + p.tip)])  # fmt: skip
    total = ["", "", "", translate("DayReport", "Total"), money(report, report.late_total)]
    note = translate("DayReport", "These payments arrived after the drawer's close: they are not in the figures above.")
    out = h2(translate("DayReport", "Late payments")) + para(note, "alert")
    return out + table(heads, rows, right_from=4, total=total)


def body_html(report: DayReport, *, blind: bool = False) -> str:
    """The report's HTML body (the studio and the title are the page's header); ``blind``: the
    drawer's expected amount left out (day_report_drawer.blind_for)."""
    parts = [
        f"<h1>{esc(title_of(report))}</h1>",
        para(fmt.date_text(report.day, long=True), "muted"),
        _methods(report),
        _late(report),
        _artists(report),
        _deposits_vouchers(report),
        _refunds(report),
        drawer_section(report, blind),
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


def paper_of(report: DayReport, *, blind: bool = False) -> Paper:
    footer = translate("DayReport", "{studio} · day report of {date}").format(
        studio=report.studio_name, date=fmt.date_text(report.day)
    )
    if report.made_at is not None:
        footer += " · " + translate("DayReport", "printed at {time}").format(time=time_of(report, report.made_at))
    html, breaks = body_html(report, blind=blind), set[int]()
    keeps = [int(mm) for mm in _KEPT.findall(html)]
    probe = _printable()
    while True:  # each break moves what follows: one at a time, at most one per heading
        laid = Paper(title_of(report), report.studio_name, _with_breaks(html, breaks), footer)
        stranded = _stranded(paper.Layout(laid, cast(QPagedPaintDevice, probe)), keeps, breaks)
        if stranded is None:
            return laid
        breaks.add(stranded)


# -- devices ---------------------------------------------------------------------------------------
def render(device: QPagedPaintDevice, report: DayReport, *, blind: bool = False) -> int:
    """Paint the report on ``device`` (set up for A4); the number of pages."""
    return paper.render(device, paper_of(report, blind=blind))


def write_day_report_pdf(report: DayReport, path: Path, *, blind: bool = False) -> int:
    """Write the report's PDF (A4) at ``path``; its pages (OSError: it cannot be written there)."""
    if not path.parent.is_dir() or not os.access(path.parent, os.W_OK):
        raise OSError(f"cannot write in {path.parent}")
    writer = QPdfWriter(str(path))
    writer.setTitle(title_of(report))
    writer.setCreator("KRONOS")
    paper.a4_portrait(writer)
    pages = render(writer, report, blind=blind)
    del writer  # the file is finished when the writer goes
    return pages


def day_report_pdf_bytes(report: DayReport, *, blind: bool = False) -> bytes:
    """The report as a PDF file's bytes (A4)."""
    return paper.pdf_bytes(paper_of(report, blind=blind))


def print_day_report(report: DayReport, printer: QPagedPaintDevice, *, blind: bool = False) -> int:
    """Print the report on ``printer`` (a QPrinter, set to A4 here): the PDF's painting; its pages."""
    paper.a4_portrait(printer)
    return render(printer, report, blind=blind)


def render_page_image(
    report: DayReport, page: int | None = 0, dpi: int = 110, *, blind: bool = False
) -> tuple[QImage, int]:
    """Page ``page`` (from 0; None: all, one under the other) as A4 at ``dpi`` with the paper's margins,
    laid out and painted at the PDF's resolution (its lines and breaks), then scaled; and the pages."""
    per_mm = RESOLUTION_DPI / 25.4
    margin = round(MARGIN_MM * per_mm)
    width, height = round(A4_MM[0] * per_mm), round(A4_MM[1] * per_mm)
    layout = paper.Layout(paper_of(report, blind=blind), cast(QPagedPaintDevice, _printable()))
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
