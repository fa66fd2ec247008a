"""The Caixa's day figures on a real desk file (kronos_desktop/store/queries/checkout_day.py): a day
with two deposits, a ticket split across a card and cash with a tip and a deposit applied, a PIX
ticket for another artist partly refunded, and a ticket voided (its card refunded, its deposit
back with the client). Every figure to the centavo, as the owner sees it and as each artist does."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from kronos_core.ids import uuid7
from kronos_core.ticket import DraftLine, DraftPayment, DraftTip
from kronos_desktop.ops import checkout as ops
from kronos_desktop.ops import deposits as deposit_ops
from kronos_desktop.store import LocalStore
from kronos_desktop.store.queries import checkout as q
from kronos_desktop.store.queries.checkout_day import ArtistDay, CaixaDay, MethodTotal
from tests.desktop.checkout_rows import AT, DAY, Counter, card_and_cash, open_counter, ticket_for


@dataclass(frozen=True)
class Day:
    store: LocalStore
    c: Counter
    bia: uuid.UUID
    first: uuid.UUID  # Rafa's session with the cream: card and cash, a tip, a deposit applied
    second: uuid.UUID  # Bia's flash by PIX with a tip, R$ 50 refunded
    voided: uuid.UUID  # Rafa's retouch by debit with a deposit, voided
    returned: uuid.UUID  # that deposit, held again


def deposit(store: LocalStore, c: Counter, amount: int, method: str, **more: Any) -> uuid.UUID:
    deposit_id = uuid7()
    args = {
        "deposit_id": deposit_id, "client_id": c.client_id, "amount": amount, "policy_text": "Sinal.",
        "acknowledged": True, "business_date": DAY, "taken_at": AT, **more,
    }  # fmt: skip
    deposit_ops.take_deposit(args, DraftPayment(uuid7(), method, amount)).write(store)  # type: ignore[arg-type]
    return deposit_id


def closed(store: LocalStore, draft: Any) -> uuid.UUID:
    applied = ops.close_ticket(draft, business_date=DAY, closed_at=AT).write(store)
    return uuid.UUID(str(applied.args.model_dump()["sale_id"]))


def a_day(folder: Path) -> Day:
    """The day the module docstring tells, closed on a new desk file in ``folder``."""
    store, c = open_counter(folder)
    bia = uuid7()
    store.apply("staff.add", {"staff_id": bia, "display_name": "Bia Nunes", "role": "artist"})
    store.apply(
        "commission.set",
        {"rule_id": uuid7(), "staff_id": bia, "rate_bps": 4000, "tip_share_bps": 10_000, "effective_from": DAY},
    )
    rafas = deposit(store, c, 10_000, "pix", artist_id=c.artist_id)
    studios = deposit(store, c, 5_000, "cash")
    # R$ 810 (Rafa's session R$ 720 less R$ 8,78 of the ticket's R$ 10; the creams R$ 98,78), R$ 100
    # of it the deposit: R$ 400 and the R$ 20 tip on a Visa, R$ 310 in cash.
    first = ticket_for(c, deposit_ids=[rafas])
    first.payments = card_and_cash(71_000, 2_000)
    first_id = closed(store, first)
    second = ticket_for(c, appointment_id=None, ticket_discount_amount=0, tips=[DraftTip(uuid7(), bia, 1_000)])
    second.lines = [DraftLine(uuid7(), "service", "Flash", bia, None, 1, 30_000)]
    second.payments = [DraftPayment(uuid7(), "pix", 30_000, tip=1_000)]
    second_id = closed(store, second)
    (pix,) = second.payments
    ops.refund_payment(pix.payment_id, 5_000, reason="Retoque não feito", business_date=DAY).write(store)
    third = ticket_for(c, appointment_id=None, ticket_discount_amount=0, tips=[], deposit_ids=[studios])
    third.lines = [DraftLine(uuid7(), "service", "Retoque", c.artist_id, None, 1, 20_000)]
    third.payments = [DraftPayment(uuid7(), "debit", 15_000, 0, "elo")]
    voided = closed(store, third)
    ops.void_sale(voided, "Cliente errado", business_date=DAY).write(store)
    return Day(store, c, bia, first_id, second_id, voided, studios)


@pytest.fixture
def day(tmp_path: Path) -> Iterator[Day]:
    made = a_day(tmp_path / "data")
    yield made
    made.store.close()


def figures(d: Day, **who: Any) -> CaixaDay:
    with d.store.read_engine.connect() as conn:
        return q.day_figures(conn, d.c.studio_id, DAY, **who)


def numbers(d: Day) -> dict[uuid.UUID, str]:
    with d.store.read_engine.connect() as conn:
        return {s: q.sale_detail(conn, s).number for s in (d.first, d.second, d.voided)}  # type: ignore[union-attr]


def test_the_owner_sees_every_figure_of_the_day(day: Day) -> None:
    f = figures(day)
    assert f.by_method == [
        MethodTotal("cash", 31_000 + 5_000, 0),  # the first ticket's cash and the studio's deposit
        MethodTotal("credit", 42_000, 0),  # R$ 400 and the R$ 20 tip
        MethodTotal("debit", 15_000, 15_000),  # the voided ticket's, given back
        MethodTotal("pix", 10_000 + 31_000, 5_000),  # Rafa's deposit, Bia's flash and tip; R$ 50 back
    ]
    assert [m.net for m in f.by_method] == [36_000, 42_000, 0, 36_000]
    assert (f.received, f.refunded, f.net) == (134_000, 20_000, 114_000)
    number = numbers(day)
    assert [(r.method, r.amount, r.reason, r.sale_number, r.by) for r in f.refunds] == [
        ("pix", 5_000, "Retoque não feito", number[day.second], "Marina Costa"),
        ("debit", 15_000, "Cliente errado", number[day.voided], "Marina Costa"),
    ]
    assert f.tips == 3_000
    assert (f.deposits_taken, f.deposits_taken_count, f.deposits_applied) == (15_000, 2, 10_000)
    assert (f.sales_count, f.sales_total, f.voided_count) == (2, 81_000 + 30_000, 1)
    assert f.artists == [
        ArtistDay(day.bia, "Bia Nunes", 30_000, 12_000, 18_000, 1_000, 1_000),
        ArtistDay(day.c.artist_id, "Rafa Lima", 71_122, 35_561, 35_561, 2_000, 1_600),  # the void's left out
    ]
    assert figures(day, artists=False).artists == []
    with day.store.read_engine.connect() as conn:  # the void gave the client their R$ 50 back
        assert [(h.id, h.amount) for h in q.held_deposits(conn, day.c.client_id)] == [(day.returned, 5_000)]


def test_an_artist_sees_only_their_own(day: Day) -> None:
    rafa = figures(day, viewer_id=day.c.artist_id, sees_all=False)
    assert rafa.by_method == [
        MethodTotal("cash", 31_000, 0),  # not the studio's deposit
        MethodTotal("credit", 42_000, 0),
        MethodTotal("debit", 15_000, 15_000),
        MethodTotal("pix", 10_000, 0),  # their deposit; not Bia's flash
    ]
    assert [(r.method, r.amount) for r in rafa.refunds] == [("debit", 15_000)]
    assert (rafa.tips, rafa.deposits_taken, rafa.deposits_taken_count, rafa.deposits_applied) == (
        2_000,
        10_000,
        1,
        10_000,
    )
    assert (rafa.sales_count, rafa.sales_total, rafa.voided_count) == (1, 81_000, 1)
    assert [(a.artist_name, a.services, a.artist_share, a.tips_share) for a in rafa.artists] == [
        ("Rafa Lima", 71_122, 35_561, 1_600)
    ]
    bia = figures(day, viewer_id=day.bia, sees_all=False)
    assert bia.by_method == [MethodTotal("pix", 31_000, 5_000)]
    assert [(r.amount, r.reason) for r in bia.refunds] == [(5_000, "Retoque não feito")]
    assert (bia.tips, bia.deposits_taken, bia.deposits_applied) == (1_000, 0, 0)
    assert (bia.sales_count, bia.sales_total, bia.voided_count) == (1, 30_000, 0)
    assert [a.artist_id for a in bia.artists] == [day.bia]


def test_a_day_without_sales_has_nothing_to_show(day: Day) -> None:
    with day.store.read_engine.connect() as conn:
        empty = q.day_figures(conn, day.c.studio_id, DAY.replace(day=DAY.day + 1))
    assert (empty.by_method, empty.refunds, empty.artists) == ([], [], [])
    assert (empty.received, empty.tips, empty.sales_count, empty.voided_count, empty.deposits_taken) == (0, 0, 0, 0, 0)
