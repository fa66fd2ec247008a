"""The day report's PDF (kronos_desktop/ui/checkout/day_report_render.py), read back with pypdf, in
English and in Portuguese. A day of the demo studio gets what a busy counter sees: a cash sale
with change, a service paid by card with a tip and partly refunded, a deposit taken and forfeited,
another applied to a session, a gift voucher sold and one redeemed, a suprimento and a sangria,
a close whose count is R$ 2,00 short (with its note), and a payment from another desk that
arrives after it. Every figure printed — per method, per artist, deposits, vouchers, refunds,
cash movements, the count and its difference, the late payment — is checked against sums
computed here with plain SQL over the rows."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrinter

from kronos_core.demo import DemoStudio
from kronos_core.ids import uuid7
from kronos_core.ticket import DraftLine, DraftPayment, DraftTip, TicketDraft, totals
from kronos_core.vouchers import new_code
from kronos_desktop.ops import checkout as checkout_ops
from kronos_desktop.ops import deposits as deposit_ops
from kronos_desktop.ops import drawer as ops
from kronos_desktop.store import LocalStore
from kronos_desktop.store.queries.day_report import day_report
from kronos_desktop.ui.checkout.day_report_render import print_day_report, write_day_report_pdf
from kronos_desktop.ui.common import fmt
from tests.desktop.test_drawer_reads import (
    cash_sale,
    expected_by_hand,
    grid_for,
    late_offline_payment,
    open_or_offered,
    sql,
    today,
)

translate = QCoreApplication.translate
MONEY = r"(-?R\$ ?[\d.,]+)"


@pytest.fixture(params=["en", "pt_BR"])
def language(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def store(demo_dir: Path, translated: str) -> Iterator[LocalStore]:
    opened = LocalStore.open(demo_dir)
    yield opened
    opened.close()


def a_client(store: LocalStore, n: int) -> uuid.UUID:
    return uuid.UUID(hex=str(sql(store, "SELECT id FROM client ORDER BY id LIMIT 1 OFFSET :n", n=n)[0][0]))


def take_deposit(store: LocalStore, client_id: uuid.UUID, day: dt.date, amount: int) -> uuid.UUID:
    deposit_id = uuid7()
    args = {"deposit_id": deposit_id, "client_id": client_id, "amount": amount, "acknowledged": True,
            "policy_text": "O sinal vale por 6 meses.", "business_date": day}  # fmt: skip
    deposit_ops.take_deposit(args, DraftPayment(uuid7(), "pix", amount, pix_e2e_id="E0000000020261204abc")).write(store)
    return deposit_id


def service(artist: uuid.UUID, price: int, client_id: uuid.UUID | None = None, **kw: Any) -> TicketDraft:
    line = DraftLine(uuid7(), "service", "Fine line antebraço", artist, None, 1, price)
    return TicketDraft(ticket_id=uuid7(), client_id=client_id, appointment_id=None, lines=[line], **kw)


def busy_day(store: LocalStore, demo: DemoStudio) -> tuple[dt.date, uuid.UUID]:
    """The counter's day (the module docstring); the late payment's id."""
    day, rafa, julia = today(store), demo.artist_ids[0], demo.artist_ids[1]
    cash_sale(store, day)
    card = service(rafa, 60_000, tips=[DraftTip(uuid7(), rafa, 3_000)])
    card_id = uuid7()
    card.payments = [DraftPayment(card_id, "credit", 60_000, 3_000, "visa", 2, "654321", 2_094)]
    checkout_ops.close_ticket(card, business_date=day).write(store)
    checkout_ops.refund_payment(
        card_id, 10_000, reason="Retoque não feito", business_date=day, staff_id=demo.owner_id
    ).write(store)
    kept = take_deposit(store, a_client(store, 1), day, 10_000)
    deposit_ops.forfeit_deposit(kept, "reschedules", business_date=day).write(store)
    client = a_client(store, 2)
    applied = take_deposit(store, client, day, 15_000)
    session = service(julia, 50_000, client, deposit_ids=[applied])
    session.payments = [DraftPayment(uuid7(), "debit", totals(session, {applied: 15_000}).due, 0, "elo", 1, "777")]
    checkout_ops.close_ticket(session, business_date=day).write(store)

    voucher_id, retail = uuid7(), uuid7()

    def voucher_day(_conn: Any) -> list[tuple[str, dict[str, Any]]]:
        sell = {"voucher_id": voucher_id, "code": new_code(), "amount": 20_000, "sold_on": day,
                "buyer_name": "Paula Reis"}  # fmt: skip
        bought = {"payment_id": uuid7(), "method": "pix", "amount": 20_000, "for_voucher_id": voucher_id,
                  "business_date": day, "received_at": store.now()}  # fmt: skip
        sale = {"sale_id": retail, "number": "V-000001", "business_date": day, "closed_at": store.now(),
                "lines": [{"line_id": uuid7(), "kind": "product", "description": "Pomada", "quantity": 2,
                           "unit_price": 3_500}]}  # fmt: skip
        spent = {"payment_id": uuid7(), "sale_id": retail, "method": "voucher", "voucher_id": voucher_id,
                 "amount": 7_000, "business_date": day, "received_at": store.now()}  # fmt: skip
        return [("voucher.sell", sell), ("payment.record", bought), ("sale.record", sale), ("payment.record", spent)]

    store.apply_many(voucher_day)
    session_id = open_or_offered(store, day, demo.manager_id)
    ops.cash_in(session_id, 10_000, "Troco trazido do banco", business_date=day).write(store)
    ops.cash_out(session_id, 5_000, "Sangria para o cofre", business_date=day).write(store)
    short = expected_by_hand(store, day) - 200
    ops.close_day(day, grid_for(short), note="Faltaram R$ 2,00 no troco").write(store)
    late = late_offline_payment(store, demo, day, store.now() - dt.timedelta(hours=1))
    return day, late


def pdf_text(path: Path) -> str:
    """The PDF's text, each run of blanks (a no-break space too) one space."""
    reader = PdfReader(str(path))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def money(amount: int) -> str:
    return " ".join(fmt.money_text(amount).split())


def printed_row(text_: str, label: str, cells: int) -> list[str]:
    """The ``cells`` values printed right after ``label`` in a row of the report."""
    found = re.search(re.escape(label) + (r" " + MONEY) * cells, text_)
    assert found is not None, f"{label!r} is not followed by {cells} amounts in: {text_}"
    return list(found.groups())


def test_the_day_report_pdf_prints_the_days_sums(  # type: ignore[no-untyped-def]
    qapp, store: LocalStore, demo: DemoStudio, language: str, tmp_path: Path
) -> None:
    day, late_id = busy_day(store, demo)
    state = store.identity()
    assert state is not None
    with store.read_engine.connect() as conn:
        report = day_report(conn, state.studio_id, day, device_id=state.device_id, now=store.now())
    path = tmp_path / f"day-{language}.pdf"
    pages = write_day_report_pdf(report, path)
    printed = pdf_text(path)
    # The print is the same painting: a printer writing to a file gets the same pages and words.
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert print_day_report(report, printer) == pages == len(PdfReader(str(path)).pages)
    del printer
    assert pdf_text(tmp_path / "printed.pdf") == printed
    d = {"day": day.isoformat(), "late": late_id.hex}
    on_day = "business_date = :day AND deleted = 0"

    # By method, the late payment left out: payments, amount, tips, refunds, net.
    for method, count, amount, tips, refunds in sql(
        store,
        "SELECT method, sum(refund_of IS NULL), sum(CASE WHEN refund_of IS NULL THEN amount ELSE 0 END), "
        "sum(CASE WHEN refund_of IS NULL THEN tip ELSE 0 END), "
        "sum(CASE WHEN refund_of IS NULL THEN 0 ELSE -amount END) "
        f"FROM payment WHERE {on_day} AND id != :late GROUP BY method",
        **d,
    ):
        label = f"{fmt.method_label(method)} {fmt.count_text(count)}"
        assert printed_row(printed, label, 4) == [money(amount), money(tips), money(refunds),
                                                  money(amount + tips - refunds)]  # fmt: skip
    # By artist: services, their commission, the studio's share, their tips (closed sales of the day).
    for name, services, share, studio_share, tips in sql(
        store,
        "SELECT st.display_name, sum(l.total), sum(l.artist_share), sum(l.studio_share), "
        "coalesce((SELECT sum(t.amount) FROM sale_tip t JOIN sale s2 ON s2.id = t.sale_id WHERE t.artist_id = st.id "
        "AND s2.business_date = :day AND s2.status = 'closed' AND s2.deleted = 0 AND t.deleted = 0), 0) "
        "FROM sale_line l JOIN sale s ON s.id = l.sale_id JOIN staff st ON st.id = l.artist_id "
        "WHERE s.business_date = :day AND s.status = 'closed' AND s.deleted = 0 AND l.deleted = 0 "
        "GROUP BY st.id",
        **d,
    ):
        assert printed_row(printed, name, 4) == [money(services), money(share), money(studio_share), money(tips)]
    # Deposits: taken (money of the day for deposits), applied to the day's sales, forfeited.
    ((taken_n, taken),) = sql(store, "SELECT count(*), coalesce(sum(amount), 0) FROM payment WHERE "
                              f"{on_day} AND deposit_id IS NOT NULL AND sale_id IS NULL AND refund_of IS NULL",
                              **d)  # fmt: skip
    ((applied_n, applied),) = sql(store, "SELECT (SELECT count(*) FROM deposit WHERE status = 'applied' AND sale_id IN "
                                  f"(SELECT id FROM sale WHERE {on_day} AND status = 'closed')), "
                                  f"coalesce(sum(deposit_applied), 0) FROM sale WHERE {on_day} AND status = 'closed'",
                                  **d)  # fmt: skip
    ((lost_n, lost),) = sql(store, "SELECT count(*), coalesce(sum(amount), 0) FROM deposit_entry "
                            f"WHERE {on_day} AND kind = 'forfeited'", **d)  # fmt: skip
    assert (taken_n, applied_n, lost_n) >= (2, 1, 1)
    for label, n, amount in (("Deposits taken", taken_n, taken), ("Deposits applied", applied_n, applied),
                             ("Deposits forfeited", lost_n, lost)):  # fmt: skip
        shown = translate("DayReport", "{label} ({count})").format(
            label=translate("DayReport", label), count=fmt.count_text(n)
        )
        assert printed_row(printed, shown, 1) == [money(amount)]
    # Vouchers sold on the day, and redeemed.
    ((sold_n, sold),) = sql(
        store, "SELECT count(*), sum(amount) FROM voucher WHERE sold_on = :day AND deleted = 0", **d
    )
    ((spent_n, spent),) = sql(store, f"SELECT count(*), sum(amount + tip) FROM payment WHERE {on_day} "
                              "AND method = 'voucher' AND refund_of IS NULL", **d)  # fmt: skip
    for label, n, amount in (("Vouchers sold", sold_n, sold), ("Vouchers redeemed", spent_n, spent)):
        shown = translate("DayReport", "{label} ({count})").format(
            label=translate("DayReport", label), count=fmt.count_text(n)
        )
        assert printed_row(printed, shown, 1) == [money(int(amount))]
    # Refunds: each with its reason and amount, and their total.
    refunds = sql(store, f"SELECT reason, -amount FROM payment WHERE {on_day} AND refund_of IS NOT NULL", **d)
    for reason, amount in refunds:
        assert printed_row(printed, f"{reason} Marina Albuquerque", 1) == [money(amount)]
    # The drawer: its movements, the count, expected and the difference (from the close's row).
    for reason, kind, amount in sql(
        store,
        "SELECT m.reason, m.kind, m.amount FROM cash_movement m JOIN cash_session s ON s.id = m.session_id "
        "WHERE s.business_date = :day AND m.deleted = 0",
        **d,
    ):
        assert re.search(re.escape(reason) + r" .*?" + re.escape(money(amount if kind == "in" else -amount)), printed)
    ((counted, expected, difference, note),) = sql(
        store,
        "SELECT c.counted, c.expected, c.difference, c.note FROM cash_count c JOIN cash_session s "
        "ON s.id = c.session_id WHERE s.business_date = :day ORDER BY c.counted_at DESC LIMIT 1",
        **d,
    )
    assert difference == counted - expected == -200
    assert printed_row(printed, translate("DayReport", "Counted"), 1) == [money(counted)]
    assert printed_row(printed, translate("DayReport", "Expected"), 1) == [money(expected)]
    assert printed_row(printed, translate("DayReport", "Difference"), 1) == [money(difference)]
    assert note in printed
    # The late payment: its desk, its method and its amount, apart from the figures.
    assert translate("DayReport", "Late payments") in printed
    late_row = f"Balcão 2 {fmt.method_label('cash')} B-000007"
    assert printed_row(printed, late_row, 1) == [money(4_500)]
