"""Closing tickets through ``sale.record`` on SQLite and PostgreSQL (issue 15): random tickets (lines,
line and ticket discounts as amounts or percents, products, tips, card fees, gross or net
commissions, deposits) are stored so that everything reconciles: the lines add up to the sale, each
line's shares to its total, each tip's split to the tip, the payments to what was due, and each
deposit is applied exactly once."""

from __future__ import annotations

import datetime as dt
import itertools
import uuid
from dataclasses import dataclass
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kronos_core.ids import uuid7
from kronos_core.mutations import InvalidArguments
from kronos_core.roles import Role
from kronos_core.schema import deposit, deposit_entry, payment, product, sale, sale_line, sale_tip, sync_conflict
from kronos_core.ticket import BPS, percent_of, ticket_discount_of
from tests.core.harness import Desk, at

DAY = "2026-03-10"
CLOSED = at(10, 18)
POLICY = "O sinal é abatido na última sessão."
# Each artist: (rate, tip share) in force on DAY; a newer rule from April must not be used.
RULES = ((4_000, BPS), (5_000, 9_000), (3_333, 5_000))


@dataclass
class Studio:
    desk: Desk
    artists: list[uuid.UUID]
    rules: dict[uuid.UUID, tuple[int, int]]
    products: list[uuid.UUID]
    client_id: uuid.UUID


def a_studio(desk: Desk) -> Studio:
    artists, rules = [], {}
    for rate, tip_share in RULES:
        artist = desk.add_staff("artist")
        for rule, frm in (((rate, tip_share), "2026-01-01"), ((9_999, 0), "2026-04-01")):
            desk.run("commission.set", {"rule_id": str(uuid7()), "staff_id": str(artist), "rate_bps": rule[0],
                                        "tip_share_bps": rule[1], "effective_from": frm})  # fmt: skip
        artists.append(artist)
        rules[artist] = (rate, tip_share)
    products = []
    for name, price in (("Pomada", 4_500), ("Camiseta", 8_990)):
        product_id = uuid7()
        desk.run("product.save", {"product_id": str(product_id), "name": name, "price": price})
        products.append(product_id)
    return Studio(desk, artists, rules, products, desk.add_client("Ana Souza"))


def take_deposit(desk: Desk, client_id: uuid.UUID, amount: int) -> uuid.UUID:
    deposit_id = uuid7()
    desk.run("deposit.take", {"deposit_id": str(deposit_id), "client_id": str(client_id), "amount": amount,
                              "policy_text": POLICY, "acknowledged": True, "business_date": "2026-03-01",
                              "taken_at": at(1, 14).isoformat()}, role=Role.RECEPTIONIST)  # fmt: skip
    return deposit_id


def one_line(
    number: str, client_id: uuid.UUID | None, *, price: int = 30_000, artist_id: str | None = None, **over: Any
) -> dict[str, Any]:
    """A one-line ticket's ``sale.record`` arguments."""
    line = {"line_id": str(uuid7()), "description": "Sessão", "unit_price": price, "artist_id": artist_id}
    args = {"sale_id": str(uuid7()), "number": number, "client_id": str(client_id) if client_id else None,
            "business_date": DAY, "closed_at": CLOSED.isoformat(), "lines": [line]}  # fmt: skip
    return args | over


@st.composite
def tickets(draw: st.DrawFn, studio: Studio) -> dict[str, Any]:
    """``sale.record``'s arguments for a random ticket, as the desk sends them."""
    lines = []
    for _ in range(draw(st.integers(1, 5))):
        is_product = draw(st.booleans())
        quantity = draw(st.integers(1, 4))
        unit_price = draw(st.integers(0, 200_000))
        gross = quantity * unit_price
        line: dict[str, Any] = {"line_id": str(uuid7()), "quantity": quantity, "unit_price": unit_price}
        if is_product:
            line |= {
                "kind": "product",
                "description": "Pomada",
                "product_id": str(draw(st.sampled_from(studio.products))),
            }
        else:
            artist = draw(st.none() | st.sampled_from(studio.artists))
            line |= {"kind": "service", "description": "Sessão", "artist_id": str(artist) if artist else None}
        how = draw(st.sampled_from(["none", "amount", "percent"]))
        if how == "amount":
            line |= {"discount": draw(st.integers(0, gross)), "discount_reason": "Cliente antiga"}
        elif how == "percent":
            bps = draw(st.integers(0, BPS))
            line |= {"discount": percent_of(gross, bps), "discount_bps": bps, "discount_reason": "Promoção"}
        lines.append(line)
    nets = sum(ln["quantity"] * ln["unit_price"] - ln.get("discount", 0) for ln in lines)
    how = draw(st.sampled_from(["none", "amount", "percent"]))
    ticket_discount = 0
    if how == "amount":
        ticket_discount = ticket_discount_of(nets, draw(st.integers(0, nets)), None)
    elif how == "percent":
        ticket_discount = ticket_discount_of(nets, 0, draw(st.integers(0, BPS)))
    tips = [
        {"tip_id": str(uuid7()), "artist_id": str(a), "amount": draw(st.integers(1, 20_000))}
        for a in draw(st.lists(st.sampled_from(studio.artists), max_size=3))
    ]
    return {
        "sale_id": str(uuid7()), "number": f"A-{uuid7().hex[-10:]}", "client_id": str(studio.client_id),
        "business_date": DAY, "closed_at": CLOSED.isoformat(), "lines": lines, "ticket_discount": ticket_discount,
        "ticket_discount_reason": "Fechou o braço" if ticket_discount else None, "tips": tips,
        "card_fee_total": draw(st.integers(0, 5_000)), "fiscal_document": "123.456.789-09",
    }  # fmt: skip


def pay(desk: Desk, sale_id: str, due: int, tips: int, parts: list[int]) -> None:
    """The payments that cover ``due`` (split at ``parts``) and the tips, as the desk records them."""
    cuts = sorted({p for p in parts if 0 < p < due} | {0, due})
    amounts = [b - a for a, b in itertools.pairwise(cuts)] or [0]
    methods = ["cash", "credit", "pix", "debit", "transfer"]
    for i, amount in enumerate(amounts):
        tip = tips if i == 0 else 0
        if amount or tip:
            desk.run("payment.record", {"payment_id": str(uuid7()), "sale_id": sale_id, "method": methods[i % 5],
                                        "amount": amount, "tip": tip, "business_date": DAY,
                                        "received_at": CLOSED.isoformat()}, role=Role.RECEPTIONIST)  # fmt: skip


def test_random_tickets_close_into_rows_that_reconcile(desk: Desk) -> None:
    studio = a_studio(desk)
    base = {"base": "gross"}

    @given(
        args=tickets(studio),
        net=st.booleans(),
        with_deposit=st.booleans(),
        parts=st.lists(st.integers(0, 10**6), max_size=3),
    )
    def close(args: dict[str, Any], net: bool, with_deposit: bool, parts: list[int]) -> None:
        wanted = "net" if net else "gross"
        if base["base"] != wanted:
            desk.run("studio.update", {"commission_base": wanted})
            base["base"] = wanted
        nets = sum(ln["quantity"] * ln["unit_price"] - ln.get("discount", 0) for ln in args["lines"])
        total = nets - args["ticket_discount"]
        deposit_ids = [take_deposit(desk, studio.client_id, total // 2)] if with_deposit and total >= 2 else []
        desk.run("sale.record", {**args, "deposit_ids": [str(d) for d in deposit_ids]}, role=Role.RECEPTIONIST)
        sale_id = uuid.UUID(args["sale_id"])
        stored = desk.one(sale, sale_id)
        lines = sorted(desk.rows(sale_line, sale_id=sale_id), key=lambda r: r["position"])
        tips = desk.rows(sale_tip, sale_id=sale_id)

        # The lines add up to the sale; nothing typed is lost.
        assert stored["status"] == "closed"
        assert stored["total"] == total == sum(ln["total"] for ln in lines)
        assert stored["subtotal"] - stored["discount_total"] == stored["total"]
        assert stored["subtotal"] == sum(ln["quantity"] * ln["unit_price"] for ln in args["lines"])
        assert stored["ticket_discount"] == args["ticket_discount"] == sum(ln["ticket_discount_share"] for ln in lines)
        assert stored["card_fee_total"] == args["card_fee_total"] == sum(ln["fee_share"] for ln in lines)
        assert stored["fiscal_document"] == "12345678909"
        assert stored["device_id"] == desk.device_id
        for ln, typed in zip(lines, args["lines"], strict=True):
            assert ln["discount"] == typed.get("discount", 0) + ln["ticket_discount_share"]
            assert ln["discount_bps"] == typed.get("discount_bps")
            assert ln["product_id"] == (uuid.UUID(typed["product_id"]) if typed.get("product_id") else None)
            # The shares add up to the line, by the rule in force on the day, on the base the studio says.
            assert ln["artist_share"] + ln["studio_share"] == ln["total"]
            rule = studio.rules.get(ln["artist_id"]) if ln["artist_id"] else None
            if rule is None:
                assert (ln["artist_share"], ln["commission_bps"]) == (0, None)
            else:
                commission_base = ln["total"] if wanted == "gross" else max(0, ln["total"] - ln["fee_share"])
                assert ln["commission_bps"] == rule[0]
                assert ln["artist_share"] == (commission_base * rule[0] + 5_000) // BPS
        # Each tip split by its artist's tip share; the sale's tip total is theirs.
        assert stored["tip_total"] == sum(t["amount"] for t in args["tips"]) == sum(t["amount"] for t in tips)
        for tip in tips:
            share = studio.rules[tip["artist_id"]][1]
            assert tip["artist_share"] + tip["studio_share"] == tip["amount"]
            assert (tip["tip_share_bps"], tip["artist_share"]) == (share, (tip["amount"] * share + 5_000) // BPS)
        # The deposit applied once: the sale counts it, the deposit says where, one ledger entry.
        assert stored["deposit_applied"] == sum(desk.one(deposit, d)["amount"] for d in deposit_ids)
        for deposit_id in deposit_ids:
            assert (desk.one(deposit, deposit_id)["status"], desk.one(deposit, deposit_id)["sale_id"]) == (
                "applied",
                sale_id,
            )
            applied = [e for e in desk.rows(deposit_entry, deposit_id=deposit_id) if e["kind"] == "applied"]
            assert [(e["amount"], e["sale_id"]) for e in applied] == [
                (desk.one(deposit, deposit_id)["amount"], sale_id)
            ]
        # Paid as the desk pays: what was due and the tips, no more, no less.
        due = stored["total"] - stored["deposit_applied"]
        pay(desk, args["sale_id"], due, stored["tip_total"], parts)
        paid = desk.rows(payment, sale_id=sale_id)
        assert sum(p["amount"] for p in paid) == due
        assert sum(p["tip"] for p in paid) == stored["tip_total"]

    close()


def test_a_deposit_is_applied_once_and_a_second_ticket_is_stored_for_review(desk: Desk) -> None:
    studio = a_studio(desk)
    deposit_id = take_deposit(desk, studio.client_id, 20_000)
    first, second = (
        one_line(n, studio.client_id, price=100_000, artist_id=str(studio.artists[0]), deposit_ids=[str(deposit_id)])
        for n in ("A-000001", "B-000001")
    )
    desk.run("sale.record", first, role=Role.RECEPTIONIST)
    # Another desk, offline, applied the same deposit to its own ticket: it arrives second.
    ctx = desk.run("sale.record", second, role=Role.RECEPTIONIST)
    assert desk.one(sale, uuid.UUID(first["sale_id"]))["deposit_applied"] == 20_000
    stored = desk.one(sale, uuid.UUID(second["sale_id"]))
    assert (stored["status"], stored["total"], stored["deposit_applied"]) == ("closed", 100_000, 0)
    (conflict,) = [desk.one(sync_conflict, c) for c in ctx.changed["sync_conflict"]]
    assert (conflict["kind"], conflict["theirs"]["code"]) == ("needs_review", "deposit_not_held")
    assert conflict["theirs"]["params"] == {"number": "B-000001", "status": "applied"}
    assert desk.one(deposit, deposit_id)["sale_id"] == uuid.UUID(first["sale_id"])
    assert sorted(e["kind"] for e in desk.rows(deposit_entry, deposit_id=deposit_id)) == ["applied", "taken"]


def test_another_client_s_deposit_is_not_applied(desk: Desk) -> None:
    studio = a_studio(desk)
    bruno = desk.add_client("Bruno Dias")
    deposit_id = take_deposit(desk, bruno, 5_000)
    args = one_line("A-000009", studio.client_id, deposit_ids=[str(deposit_id)])
    ctx = desk.run("sale.record", args, role=Role.RECEPTIONIST)
    assert desk.one(sale, uuid.UUID(args["sale_id"]))["deposit_applied"] == 0
    assert desk.one(deposit, deposit_id)["status"] == "held"
    (conflict,) = [desk.one(sync_conflict, c) for c in ctx.changed["sync_conflict"]]
    assert conflict["theirs"]["code"] == "deposit_other_client"


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"ticket_discount": 30_001}, "discount_above_total"),
        ({"deposit_ids": "big"}, "deposit_above_total"),
    ],
)
def test_a_ticket_that_does_not_add_up_is_refused_with_nothing_written(
    desk: Desk, change: dict[str, Any], code: str
) -> None:
    studio = a_studio(desk)
    if change.get("deposit_ids") == "big":
        change = {"deposit_ids": [str(take_deposit(desk, studio.client_id, 30_001))]}
    args = one_line("A-000010", studio.client_id, **change)
    with pytest.raises(InvalidArguments) as refused:
        desk.run("sale.record", args, role=Role.RECEPTIONIST)
    assert refused.value.code == code
    assert desk.rows(sale, id=uuid.UUID(args["sale_id"])) == []
    assert all(d["status"] == "held" for d in desk.rows(deposit))


def test_a_percent_that_does_not_match_its_amount_is_refused(desk: Desk) -> None:
    line = {"line_id": str(uuid7()), "description": "Sessão", "unit_price": 10_000, "discount": 999,
            "discount_bps": 1_000}  # fmt: skip
    args = {"sale_id": str(uuid7()), "number": "A-1", "business_date": DAY, "closed_at": CLOSED.isoformat(),
            "lines": [line]}  # fmt: skip
    with pytest.raises(InvalidArguments, match="percent"):
        desk.run("sale.record", args)


def test_products_are_saved_and_changed_by_managers(desk: Desk) -> None:
    product_id = uuid7()
    desk.run("product.save", {"product_id": str(product_id), "name": "  Pomada   30 g ", "sku": " ", "price": 4_500})
    row = desk.one(product, product_id)
    assert (row["name"], row["sku"], row["price"], row["active"]) == ("Pomada 30 g", None, 4_500, True)
    manager = desk.add_staff("manager")
    desk.run("product.save", {"product_id": str(product_id), "name": "Pomada 30 g", "sku": "POM-30", "price": 4_900,
                              "active": False}, **desk.as_staff(manager))  # fmt: skip
    row = desk.one(product, product_id)
    assert (row["sku"], row["price"], row["active"], row["changed_by"]) == ("POM-30", 4_900, False, manager)
    assert len(desk.rows(product)) == 1
    with pytest.raises(InvalidArguments):
        desk.run("product.save", {"product_id": str(uuid7()), "name": "  ", "price": 100})


def test_the_day_s_rule_is_used_even_when_a_newer_one_exists(desk: Desk) -> None:
    studio = a_studio(desk)
    args = one_line("A-2", None, business_date="2026-04-02", price=10_000, artist_id=str(studio.artists[0]))
    desk.run("sale.record", args)
    (line,) = desk.rows(sale_line, sale_id=uuid.UUID(args["sale_id"]))
    assert (line["commission_bps"], line["artist_share"]) == (9_999, 9_999)
    assert dt.date.fromisoformat(args["business_date"]) >= dt.date(2026, 4, 1)
