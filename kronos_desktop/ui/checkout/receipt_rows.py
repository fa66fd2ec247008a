"""What a receipt says, row by row, from a closed (or void) sale (store/queries/checkout.py
``sale_detail``), before any paper is chosen: receipt_render.py paints these rows on A4 or on an
80 mm roll alike.

In order: the studio's name (never the PIX merchant city: a bank's field, folded to capitals
without accents, "SAO PAULO"; the studio has no address of its own yet), "VOID" with who and
why for a void sale, the receipt's number, when it closed (the studio's zone), who rang it up,
the client (the fiscal name, CPF or CNPJ and address when captured; the service description),
each line (description and total; artist, quantity × unit price; its own discount with its
reason), the subtotal (of the lines' totals), the ticket's discount with its reason, the total,
deposits applied, tips per artist, what the client paid, each payment (method, brand,
instalments "3x", NSU, PIX end-to-end id, cash received and change), the change, refunds (a
reprint after one shows it), the studio's footer and "Not a fiscal document" always. Money is
``kronos_core.money.format_money`` in the desk's language.
"""

from __future__ import annotations

import re
import zoneinfo
from dataclasses import dataclass
from typing import Literal

from PySide6.QtCore import QCoreApplication

from kronos_core.money import format_money
from kronos_desktop import i18n
from kronos_desktop.store.queries.checkout import DetailLine, DetailPayment, SaleDetail
from kronos_desktop.ui.checkout.payment_rows import BRAND_NAMES
from kronos_desktop.ui.clients.form_pdf import zone_text
from kronos_desktop.ui.common import fmt

translate = QCoreApplication.translate

Style = Literal[
    "studio",
    "center",
    "number",
    "void",
    "text",
    "muted",
    "pair",
    "detail",
    "code",
    "total",
    "heading",
    "rule",
    "notice",
]


MINUS = "\u2212"
NBSP = "\u00a0"
# A number and its unit ("20 g", "15 cm", "1 m") and "2 × R$ 50,00" stay on one line: on the roll
# "… 20" ended a line and "g" began the next.
UNIT_AFTER = re.compile(r"(?<=\d) (?=(?:g|kg|mg|ml|l|L|cm|mm|m|un|und|pç|pc|pcs|oz)\b)")
TIMES_BEFORE = re.compile(r"(?<=\d) (?=×)")
TIMES_AFTER = re.compile(r"(?<=×) (?=\d|R\$)")


def keep_together(text: str) -> str:
    """``text`` with no-break spaces where a line must not be cut."""
    for where in (UNIT_AFTER, TIMES_BEFORE, TIMES_AFTER):
        text = where.sub(NBSP, text)
    return text


@dataclass(frozen=True)
class Row:
    """One row of a receipt: ``left`` text (wrapped) and, for pairs, a ``right`` amount."""

    style: Style
    left: str = ""
    right: str = ""


def document_text(number: str | None) -> str:
    """A CPF (11 digits) or CNPJ (14) as people write it, with its name; anything else as typed."""
    if not number:
        return ""
    digits = re.sub(r"\D", "", number)
    if len(digits) == 11:
        return f"CPF {digits[:3]}.{digits[3:6]}.{digits[6:9]}-{digits[9:]}"
    if len(digits) == 14:
        return f"CNPJ {digits[:2]}.{digits[2:5]}.{digits[5:8]}/{digits[8:12]}-{digits[12:]}"
    return number.strip()


class Words:
    """Money and dates as this receipt prints them (the desk's language, the studio's zone)."""

    def __init__(self, detail: SaleDetail, language: str | None = None) -> None:
        self.detail = detail
        self.language = language or i18n.current_language()
        self.zone = zoneinfo.ZoneInfo(detail.zone_name)

    def money(self, amount: int) -> str:
        return format_money(amount, self.language, self.detail.currency)

    def minus(self, amount: int) -> str:
        """``amount`` taken off, with the minus sign as the ticket page writes it ("−R$ 80,00")."""
        if amount <= 0:
            return self.money(-amount)
        return MINUS + self.money(amount)


def header_rows(w: Words) -> list[Row]:
    d = w.detail
    rows = [Row("studio", d.studio_name)]
    if d.status == "void":
        rows.append(Row("void", translate("Receipt", "VOID")))
        why = translate("Receipt", "Sale cancelled")
        if d.voided_at is not None:
            local = d.voided_at.astimezone(w.zone)
            why = translate("Receipt", "Cancelled on {date} at {time}").format(
                date=fmt.date_text(local.date()), time=fmt.time_text(d.voided_at, w.zone)
            )
        if d.voided_by:
            why += " · " + translate("Receipt", "by {name}").format(name=d.voided_by)
        if d.void_reason:
            why += " · " + d.void_reason
        rows.append(Row("center", why))
    rows.append(Row("number", translate("Receipt", "Receipt no. {number}").format(number=d.number)))
    if d.closed_at is not None:
        local = d.closed_at.astimezone(w.zone)
        rows.append(
            Row(
                "center",
                translate("Receipt", "{date} at {time} ({zone})").format(
                    date=fmt.date_text(local.date()),
                    time=fmt.time_text(d.closed_at, w.zone),
                    zone=zone_text(w.zone.key, local),
                ),
            )
        )
    if d.made_by:
        rows.append(Row("center", translate("Receipt", "Served by {name}").format(name=d.made_by)))
    return rows


def client_rows(w: Words) -> list[Row]:
    d = w.detail
    name = d.fiscal_name or d.client_name
    rows: list[Row] = []
    if name:
        rows.append(Row("text", translate("Receipt", "Client: {name}").format(name=name)))
    if d.fiscal_document:
        rows.append(Row("muted", document_text(d.fiscal_document)))
    if d.fiscal_address:
        rows.append(Row("muted", d.fiscal_address))
    if d.service_description:
        rows.append(Row("muted", translate("Receipt", "Service: {text}").format(text=d.service_description)))
    return [Row("rule"), *rows] if rows else []


def line_rows(w: Words, line: DetailLine) -> list[Row]:
    rows = [Row("pair", line.description, w.money(line.gross - line.own_discount))]
    what = translate("Receipt", "{quantity} × {price}").format(quantity=line.quantity, price=w.money(line.unit_price))
    if line.artist_name:
        what = f"{line.artist_name} · {what}"
    rows.append(Row("detail", what))
    if line.own_discount:
        label = translate("Receipt", "Discount")
        if line.discount_bps is not None:
            label += f" {line.discount_bps / 100:g}%"
        if line.discount_reason:
            label += f" · {line.discount_reason}"
        rows.append(Row("detail", label, w.minus(line.own_discount)))
    return rows


def totals_rows(w: Words) -> list[Row]:
    d = w.detail
    # the lines' totals (their own discounts shown under each) add up to the subtotal
    rows = [Row("rule"), Row("pair", translate("Receipt", "Subtotal"), w.money(d.subtotal - d.line_discounts))]
    if d.ticket_discount:
        label = translate("Receipt", "Ticket discount")
        if d.ticket_discount_reason:
            label += f" · {d.ticket_discount_reason}"
        rows.append(Row("pair", label, w.minus(d.ticket_discount)))
    rows.append(Row("total", translate("Receipt", "Total"), w.money(d.total)))
    for deposit in d.deposits:
        label = translate("Receipt", "Deposit paid on {date}").format(date=fmt.date_text(deposit.taken_on))
        rows.append(Row("pair", label, w.minus(deposit.amount)))
    if d.deposit_applied and not d.deposits:  # a deposit no longer on this desk: its sum still prints
        rows.append(Row("pair", translate("Receipt", "Deposits applied"), w.minus(d.deposit_applied)))
    for artist, amount in d.tips_by_artist().items():
        rows.append(Row("pair", translate("Receipt", "Tip · {artist}").format(artist=artist), w.money(amount)))
    paid = sum(p.amount + p.tip for p in d.payments)
    rows.append(Row("total", translate("Receipt", "Total paid"), w.money(paid)))
    return rows


def payment_label(p: DetailPayment) -> str:
    parts = [fmt.method_label(p.method)]
    if p.card_brand:
        parts.append(BRAND_NAMES.get(p.card_brand, p.card_brand))
    if p.method == "credit" and p.instalments:
        parts.append(translate("Receipt", "{n}x").format(n=p.instalments))
    if p.auth_code:
        parts.append(translate("Receipt", "NSU {code}").format(code=p.auth_code))
    if p.voucher_code:
        parts.append(p.voucher_code)
    return " · ".join(parts)


def payment_rows(w: Words) -> list[Row]:
    d = w.detail
    if not d.payments:
        return []
    rows = [Row("rule"), Row("heading", translate("Receipt", "Payments"))]
    for p in d.payments:
        rows.append(Row("pair", payment_label(p), w.money(p.amount + p.tip)))
        if p.tip:
            rows.append(Row("detail", translate("Receipt", "Tip included: {amount}").format(amount=w.money(p.tip))))
        if p.pix_e2e_id:
            rows.append(Row("code", translate("Receipt", "End-to-end id {id}").format(id=p.pix_e2e_id)))
        if p.method == "cash" and p.cash_tendered is not None:
            rows.append(Row("detail", translate("Receipt", "Received"), w.money(p.cash_tendered)))
    if d.change:
        rows.append(Row("total", translate("Receipt", "Change"), w.money(d.change)))
    return rows


def refund_rows(w: Words) -> list[Row]:
    d = w.detail
    refunds = [(p, r) for p in d.payments for r in p.refunds]
    if not refunds:
        return []
    rows = [Row("rule"), Row("heading", translate("Receipt", "Refunds"))]
    for p, r in refunds:
        label = translate("Receipt", "{method} refunded on {date}").format(
            method=fmt.method_label(p.method), date=fmt.date_text(r.business_date)
        )
        rows.append(Row("pair", label, w.minus(r.amount)))
        why = [r.reason] if r.reason else []
        if r.by_name:
            why.append(translate("Receipt", "by {name}").format(name=r.by_name))
        if why:
            rows.append(Row("detail", " · ".join(why)))
    rows.append(Row("total", translate("Receipt", "Refunded"), w.minus(d.refunded)))
    return rows


def footer_rows(w: Words) -> list[Row]:
    rows = [Row("rule")]
    if w.detail.receipt_footer:
        rows.append(Row("center", w.detail.receipt_footer))
    rows.append(Row("notice", translate("Receipt", "Not a fiscal document")))
    return rows


def receipt_rows(detail: SaleDetail, language: str | None = None) -> list[Row]:
    """Every row of ``detail``'s receipt, top to bottom."""
    w = Words(detail, language)
    rows = header_rows(w) + client_rows(w) + [Row("rule")]
    for line in detail.lines:
        rows += line_rows(w, line)
    rows += totals_rows(w) + payment_rows(w) + refund_rows(w) + footer_rows(w)
    return [r if r.style == "code" else Row(r.style, keep_together(r.left), r.right) for r in rows]


def title(detail: SaleDetail) -> str:
    """The receipt's title (the PDF's and the file's)."""
    return translate("Receipt", "Receipt no. {number}").format(number=detail.number)
