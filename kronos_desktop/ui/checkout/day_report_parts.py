"""The day report's pieces of HTML (ui/checkout/day_report_render.py and its cash drawer's
section, day_report_drawer.py): money and times as the report writes them, a table, label and
value pairs, a section's heading kept with what follows it, two blocks side by side."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from kronos_desktop.store.queries.day_report import DayReport
from kronos_desktop.ui.clients.paper import css_px, esc
from kronos_desktop.ui.common import fmt

CELL = " style='font-size: 9pt'"  # a table's text: a day's report fits its page
KEEP_MM = 22  # the room a heading needs below it: itself and a few rows
KEEP = f"/*keep{KEEP_MM}*/"  # a heading kept with what follows (replaced before Qt reads the HTML)


def money(report: DayReport, amount: int) -> str:
    return fmt.money_text(amount, report.currency)


def moneys(report: DayReport, *amounts: int) -> list[str]:
    return [money(report, a) for a in amounts]


def time_of(report: DayReport, instant: object) -> str:
    return fmt.time_text(instant, report.zone) if isinstance(instant, dt.datetime) else ""


def table(heads: list[str], rows: list[list[str]], *, right_from: int, total: list[str] | None = None,
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


def pairs(rows: list[tuple[str, str]], *, bold_last: bool = False) -> str:
    out = []
    for i, (label, value) in enumerate(rows):
        strong = bold_last and i == len(rows) - 1
        v = f"<b>{esc(value)}</b>" if strong else esc(value)
        out.append(f"<tr><td{CELL}>{esc(label)}</td><td align='right'{CELL}>{v}</td></tr>")
    return f"<table width='100%' cellspacing='0'>{''.join(out)}</table>"


def h2(text: str, *, keep: int | None = KEEP_MM) -> str:
    """A section's heading, smaller than the paper's; ``keep``: the millimetres of what follows it
    that must be on its page (a page break goes before it otherwise: day_report_render.paper_of), None:
    anywhere."""
    css = f"font-size: 11pt; font-weight: bold; margin-top: {css_px(3)}px; margin-bottom: {css_px(0.8)}px"
    marker = f"/*keep{keep}*/" if keep else ""
    return f"<h2 style='{marker}{css}'>{esc(text)}</h2>"


def side_by_side(left: str, right: str, *, gap_above: bool = True) -> str:
    """Two blocks in two columns (a gap between them): a day's report fits its page."""
    cell = "<td width='48%' style='padding: 0px'>{}</td>"
    gap = "<td width='4%' style='padding: 0px'></td>"
    row = f"<tr>{cell.format(left)}{gap}{cell.format(right)}</tr>"
    above = f"<h3 style='{KEEP}font-size: 4pt; margin: 0px'>&nbsp;</h3>" if gap_above else ""
    return f"{above}<table width='100%' cellspacing='0'>{row}</table>"
