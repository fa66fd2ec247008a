"""The day report's cash drawer section (ui/checkout/day_report_render.py): the drawer's state, the
figures that make what it should hold, the count (counted, expected, difference, its note, the
notes and coins), the counts shown against the expected amount and not kept, and the day's cash
movements.

The close is blind (issue 16: the receptionist does not see the expected amount until the count is
entered). :func:`blind_for`: while the drawer's day is open (never closed, or reopened), anyone but
an owner or a manager reads the section ``blind``: the float and the cash in and out they made,
then "Expected in the drawer: shown after the count", never the expected amount nor the cash
taken, change and refunds that add up to it, nor an earlier count of a reopened day, nor the
counts shown and not kept (:func:`not_kept_lines`: owners and managers read them always, everyone
once the day is closed; a peek at the expected amount is visible, never silent)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kronos_core.drawer import CashFigures
from kronos_core.roles import Role
from kronos_desktop.store.queries.day_report import DayReport
from kronos_desktop.store.queries.drawer import CloseRow
from kronos_desktop.ui.checkout.day_report_parts import CELL, KEEP, h2, money, pairs, side_by_side, table, time_of
from kronos_desktop.ui.clients import paper
from kronos_desktop.ui.clients.paper import css_px, esc, para
from kronos_desktop.ui.common import fmt

translate = QCoreApplication.translate

DRAWER_KEEP_MM = 60  # the drawer's heading, its status and the figures beside the count: never cut


def blind_for(report: DayReport, role: Role | None) -> bool:
    """Whether ``role`` reads the report blind: the drawer's day is open (not counted yet, or
    reopened) and they are not an owner or a manager (who reconcile); None (locked): blind."""
    open_day = report.session is not None and report.session.status != "closed"
    return open_day and role not in (Role.OWNER, Role.MANAGER)


def _status(report: DayReport) -> str:
    s = report.session
    drawer = report.drawer.drawer
    name = drawer.name if drawer is not None else translate("DayReport", "No cash drawer")
    if s is None:
        state = translate("DayReport", "The drawer's day was not opened.")
    elif s.status == "closed":
        state = translate("DayReport", "Closed at {time} by {name}.").format(
            time=time_of(report, s.closed_at), name=s.closed_by_name or "—"
        )
    else:
        state = translate("DayReport", "Open since {time} ({name}).").format(
            time=time_of(report, s.opened_at), name=s.opened_by_name or "—"
        )
    text = f"{name} · {state}"
    if s is not None and s.reopen_reason:
        text += " " + translate("DayReport", "Reopened at {time} by {name}: {reason}").format(
            time=time_of(report, s.reopened_at), name=s.reopened_by_name or "—", reason=s.reopen_reason
        )
    return para(text, "muted")


def _figures(report: DayReport, c: CashFigures, blind: bool) -> str:
    """What makes the expected amount, line by line, and the amount; ``blind``: the float and the
    cash in and out only (what the receptionist did), and the amount is for after the count."""
    float_ = (translate("DayReport", "Opening float"), money(report, c.opening_float))
    moved_in = (translate("DayReport", "Cash in (suprimento)"), money(report, c.cash_in))
    moved_out = (translate("DayReport", "Cash out (sangria)"), money(report, -c.cash_out))
    if blind:
        later = translate("DayReport", "Expected in the drawer: shown after the count")
        return pairs([float_, moved_in, moved_out]) + f"<p{CELL}><b>{esc(later)}</b></p>"
    return pairs([
        float_,
        (translate("DayReport", "Cash received"), money(report, c.cash_taken)),
        (translate("DayReport", "Change given"), money(report, -c.change)),
        (translate("DayReport", "Cash refunds"), money(report, -c.cash_refunded)),
        moved_in,
        moved_out,
        (translate("DayReport", "Expected in the drawer"), money(report, c.expected)),
    ], bold_last=True)  # fmt: skip


def drawer_section(report: DayReport, blind: bool) -> str:
    """The section; ``blind`` (:func:`blind_for`): nothing of what the drawer should hold."""
    head = h2(translate("DayReport", "Cash drawer"), keep=DRAWER_KEEP_MM)
    c = report.cash
    count = _count(report, blind) + ("" if blind else not_kept_lines(report))
    if c is None:
        return head + _status(report) + count
    out = head + _status(report) + side_by_side(_figures(report, c, blind), count, gap_above=False)
    close = report.count
    if close is not None and not blind:
        out += _grid(report, close)
    if report.movements:
        heads = [translate("DayReport", "Time"), translate("DayReport", "Movement"), translate("DayReport", "Reason"),
                 translate("DayReport", "By"), translate("DayReport", "Amount")]  # fmt: skip
        kinds = {"in": translate("DayReport", "Cash in"), "out": translate("DayReport", "Cash out")}
        rows = [[time_of(report, m.at), kinds.get(m.kind, m.kind), m.reason, m.by_name or "—",
                 money(report, m.amount if m.kind == "in" else -m.amount)] for m in report.movements]  # fmt: skip
        out += h2(translate("DayReport", "Cash movements")) + table(heads, rows, right_from=4)
    return out


def not_kept_lines(report: DayReport) -> str:
    """One line per count shown against the expected amount that no close kept (cancelled, or
    counted again): "Counted R$ 90,00 at 18:40 by Larissa Menezes: not kept"."""
    if not report.not_kept:
        return ""
    line = translate("DayReport", "Counted {amount} at {time} by {name}: not kept")
    texts = [
        line.format(amount=money(report, s.counted), time=time_of(report, s.at), name=s.by_name or "—")
        for s in report.not_kept
    ]
    return "".join(f"<p{CELL}>{esc(text)}</p>" for text in texts)


def _grid(report: DayReport, close: CloseRow) -> str:
    """The notes and coins counted, three to a row: "R$ 100,00 × 4 = R$ 400,00"."""
    item = translate("DayReport", "{value} × {quantity} = {total}")
    items = [item.format(value=money(report, value), quantity=fmt.count_text(qty), total=money(report, value * qty))
             for value, qty in sorted(close.grid.items(), reverse=True) if qty]  # fmt: skip
    if not items:
        return ""
    rows = ["".join(f"<td width='33%'>{esc(i)}</td>" for i in items[n : n + 3]) for n in range(0, len(items), 3)]
    body = "".join(f"<tr>{r}</tr>" for r in rows)
    css = f"font-size: 9pt; font-weight: normal; color: {paper.MUTED.name()}; margin-top: {css_px(1.5)}px"
    title = translate("DayReport", "Notes and coins counted")
    heading = f"<h3 style='{KEEP}{css}'>{esc(title)}</h3>"
    return heading + f"<table width='100%' cellspacing='0' class='small'>{body}</table>"


def _count(report: DayReport, blind: bool = False) -> str:
    close = report.count
    if close is None:
        return para(translate("DayReport", "The drawer was not closed on this day."), "muted")
    if blind:  # reopened: the earlier count and the new expected amount differ by the cash since
        return para(translate("DayReport", "The day was reopened: its count is shown after the new count."), "muted")
    figures = [
        (translate("DayReport", "Counted"), money(report, close.counted)),
        (translate("DayReport", "Expected"), money(report, close.expected)),
        (translate("DayReport", "Difference"), money(report, close.difference)),
    ]
    out = pairs(figures, bold_last=True)
    if close.note:  # in the figures' size
        out += f"<p{CELL}>" + esc(translate("DayReport", "Note: {note}").format(note=close.note)) + "</p>"
    if len(report.drawer.closes) > 1:
        earlier = translate("DayReport", "Closed {count} times on this day; this is the last count.")
        out += para(earlier.format(count=fmt.count_text(len(report.drawer.closes))), "muted")
    return out
