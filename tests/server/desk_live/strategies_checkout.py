"""The checkout's mutations for the stateful sync test (issue 15), drawn from what a desk shows:
tickets with service and product lines, discounts (amounts and percents), a ticket discount,
tips, a card fee, fiscal fields and the client's deposits applied; payments by every method with
their card, PIX and cash fields; refunds (some above what the payment still holds, as an offline
desk may make them); voids; products; deposits taken, forfeited, refunded, moved, rescheduled.

Like tests/server/desk_live/strategies.py, every choice among rows is drawn as an index in a fixed
range (``_pick``) so a replay stays a replay. The sale numbers drawn here are few, so two desks
pick the same one (the server's ``renumbered`` conflict); the machine's ``checkout`` rule closes
tickets as the desk does, with the desk's own prefix and counter.
"""

from __future__ import annotations

import collections
import datetime as dt
import uuid
from typing import Any

from hypothesis import strategies as st
from sqlalchemy import select

from kronos_core import ticket
from kronos_core.mutations import MutationError
from kronos_core.schema import deposit, payment, product
from kronos_core.schema_base import CARD_BRANDS, DEPOSIT_FORFEIT_REASONS
from kronos_desktop.store import LocalStore
from kronos_desktop.store.sale_numbers import take_number
from kronos_desktop.store.store import Applied
from tests.server.desk_live.strategies import SALE_NUMBERS, T0, Strategy, View, _id, _pick

DAY = T0.date().isoformat()
AT = T0.isoformat()
REASONS = ("cliente desistiu", "cobrança em dobro", "erro de digitação")


def checkout_rows(store: LocalStore) -> dict[str, list[dict[str, Any]]]:
    """The desk's products, deposits and payments, in the order they were made."""
    with store.read_engine.connect() as conn:

        def rows(table: Any) -> list[dict[str, Any]]:
            query = select(table).where(table.c.deleted.is_(False)).order_by(table.c.created_at, table.c.id)
            return [dict(r) for r in conn.execute(query).mappings()]

        return {"products": rows(product), "deposits": rows(deposit), "payments": rows(payment)}


def _extra(v: View, key: str) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = getattr(v, key)
    return list(rows)


# -- tickets -------------------------------------------------------------------------------------
def _line(v: View) -> st.SearchStrategy[dict[str, Any]]:
    products = [p for p in _extra(v, "products") if p["active"]]
    artists = [None, *(s["id"] for s in v.staff)]

    def make(kind: int, qty: int, price: int, disc: int, bps: int, which: Any, artist: Any) -> dict[str, Any]:
        line: dict[str, Any] = {"line_id": str(uuid.uuid4()), "quantity": qty, "unit_price": price}
        if kind and which is not None:
            item = which
            line.update(kind="product", product_id=str(item["id"]), description=item["name"], unit_price=item["price"])
        else:
            line.update(kind="service", description="Sessão")
            if artist is not None:
                line["artist_id"] = str(artist)
        gross = qty * int(line["unit_price"])
        if disc == 1:  # an amount
            line.update(discount=gross // 10, discount_reason="cliente fiel")
        elif disc == 2:  # a percent
            line.update(discount=ticket.percent_of(gross, bps), discount_bps=bps, discount_reason="promoção")
        return line

    return st.builds(
        make,
        st.integers(0, 1),
        st.integers(1, 3),
        st.integers(0, 200_000),
        st.integers(0, 2),
        st.integers(0, 10_000),
        _pick([*products, None]),
        _pick(artists),
    )


def sale_record(v: View) -> st.SearchStrategy[dict[str, Any]]:
    held = [d for d in _extra(v, "deposits") if d["status"] == "held"]
    artists = [s["id"] for s in v.staff]
    clients = [None, *(c["id"] for c in v.clients)]

    def make(
        sale_id: str, number: str, lines: list[dict[str, Any]], cut: int, tip: int, fee: int, client: Any,
        apply_deposit: Any, artist: Any, fiscal: bool,
    ) -> dict[str, Any]:  # fmt: skip
        net = sum(int(ln["quantity"]) * int(ln["unit_price"]) - int(ln.get("discount", 0)) for ln in lines)
        args: dict[str, Any] = {
            "sale_id": sale_id,
            "number": number,
            "business_date": DAY,
            "closed_at": AT,
            "lines": lines,
            "ticket_discount": net * cut // 100,
            "card_fee_total": fee,
        }
        if cut:
            args["ticket_discount_reason"] = "desconto da casa"
        if tip and artist is not None:
            args["tips"] = [{"tip_id": str(uuid.uuid4()), "artist_id": str(artist), "amount": tip}]
        if apply_deposit is not None:  # a held deposit (maybe another client's: stored, flagged)
            args["deposit_ids"] = [str(apply_deposit["id"])]
            args["client_id"] = str(apply_deposit["client_id"])
        elif client is not None:
            args["client_id"] = str(client)
        if fiscal:
            args.update(fiscal_document="12345678909", fiscal_name="Ana Souza", service_description="Tatuagem")
        return args

    return st.builds(
        make,
        _id(),
        st.sampled_from(SALE_NUMBERS),
        st.lists(_line(v), min_size=1, max_size=3),
        st.sampled_from((0, 0, 10, 50)),
        st.sampled_from((0, 0, 2_000)),
        st.sampled_from((0, 0, 350)),
        _pick(clients),
        _pick([None, None, *held]),
        _pick([None, *artists]),
        st.booleans(),
    )


def payment_record(v: View) -> st.SearchStrategy[dict[str, Any]]:
    sales = [None, *(s["id"] for s in v.sales)]
    deposits = [None, *(d["id"] for d in _extra(v, "deposits"))]

    def make(
        payment_id: str, amount: int, tip: int, method: str, sale_id: Any, deposit_id: Any, brand: str, parts: int,
        extra: int,
    ) -> dict[str, Any]:  # fmt: skip
        args: dict[str, Any] = {
            "payment_id": payment_id,
            "method": method,
            "amount": amount,
            "tip": tip,
            "business_date": DAY,
            "received_at": AT,
        }
        if method in ("credit", "debit"):
            args.update(card_brand=brand, auth_code=f"NSU{amount % 100_000:05d}", card_fee=amount * 3 // 100)
            args["instalments"] = parts if method == "credit" else 1
        elif method == "pix" and extra:
            args["pix_e2e_id"] = f"E1234567820261207{amount:012d}"[:32]
        elif method == "cash":
            args["cash_tendered"] = amount + tip + extra
        if sale_id is not None:
            args["sale_id"] = str(sale_id)
        elif deposit_id is not None:
            args["deposit_id"] = str(deposit_id)
        return args

    return st.builds(
        make,
        _id(),
        st.integers(1, 500_000),
        st.sampled_from((0, 0, 1_500)),
        st.sampled_from(("cash", "pix", "credit", "debit", "transfer")),
        _pick(sales),
        _pick(deposits),
        st.sampled_from(CARD_BRANDS),
        st.integers(1, 12),
        st.sampled_from((0, 0, 5_000)),
    )


def payment_refund(v: View) -> st.SearchStrategy[dict[str, Any]] | None:
    taken = [p for p in _extra(v, "payments") if p["refund_of"] is None]
    if not taken:
        return None

    def make(refund_id: str, which: dict[str, Any], share: int, reason: str) -> dict[str, Any]:
        took = int(which["amount"]) + int(which["tip"])
        return {
            "payment_id": refund_id,
            "refund_of": str(which["id"]),
            "amount": max(1, took * share // 100),  # up to 150%: an offline desk may give back too much
            "reason": reason,
            "business_date": DAY,
            "received_at": AT,
        }

    return st.builds(make, _id(), _pick(taken), st.sampled_from((10, 50, 100, 150)), st.sampled_from(REASONS))


def sale_void(v: View) -> st.SearchStrategy[dict[str, Any]] | None:
    if not v.sales:
        return None
    sales = list(v.sales)
    return st.builds(
        lambda s, reason: {"sale_id": str(s["id"]), "reason": reason, "voided_at": AT},
        _pick(sales),
        st.sampled_from(REASONS),
    )


def product_save(v: View) -> st.SearchStrategy[dict[str, Any]]:
    existing = [None, *_extra(v, "products")]

    def make(new_id: str, which: Any, name: str, price: int, active: bool) -> dict[str, Any]:
        pid = new_id if which is None else str(which["id"])
        return {"product_id": pid, "name": name, "sku": f"SKU-{price % 1000}", "price": price, "active": active}

    names = st.sampled_from(("Pomada cicatrizante", "Sabonete neutro", "Filme protetor"))
    return st.builds(make, _id(), _pick(existing), names, st.integers(0, 20_000), st.booleans())


# -- deposits ------------------------------------------------------------------------------------
def deposit_take(v: View) -> st.SearchStrategy[dict[str, Any]] | None:
    if not v.clients:
        return None
    clients, bookings = list(v.clients), [None, *v.appointments]

    def make(deposit_id: str, who: dict[str, Any], booking: Any, amount: int, months: int) -> dict[str, Any]:
        args: dict[str, Any] = {
            "deposit_id": deposit_id,
            "client_id": str(who["id"]),
            "amount": amount,
            "policy_text": "O sinal vale por 3 meses e é perdido em caso de falta.",
            "acknowledged": True,
            "business_date": DAY,
            "taken_at": AT,
        }
        if booking is not None:
            args["appointment_id"] = str(booking["id"])
            args["client_id"] = str(booking["client_id"])
        if months:
            args["expires_on"] = (T0.date() + dt.timedelta(days=90)).isoformat()
        return args

    return st.builds(make, _id(), _pick(clients), _pick(bookings), st.integers(1, 100_000), st.integers(0, 1))


def _deposit_step(v: View, build: Any, *strategies: st.SearchStrategy[Any]) -> st.SearchStrategy[dict[str, Any]] | None:
    deposits = _extra(v, "deposits")
    if not deposits:
        return None
    # Mostly held ones (the others are refused on the desk: nothing recorded).
    held = [d for d in deposits if d["status"] == "held"] or deposits
    return st.builds(build, _pick([*held, *held, *deposits]), *strategies)


def deposit_forfeit(v: View) -> st.SearchStrategy[dict[str, Any]] | None:
    def make(d: dict[str, Any], reason: str) -> dict[str, Any]:
        return {"deposit_id": str(d["id"]), "reason": reason, "business_date": DAY, "at": AT}

    return _deposit_step(v, make, st.sampled_from(DEPOSIT_FORFEIT_REASONS))


def deposit_refund(v: View) -> st.SearchStrategy[dict[str, Any]] | None:
    def make(d: dict[str, Any], note: str) -> dict[str, Any]:
        return {"deposit_id": str(d["id"]), "note": note, "business_date": DAY, "at": AT}

    return _deposit_step(v, make, st.sampled_from(REASONS))


def deposit_transfer(v: View) -> st.SearchStrategy[dict[str, Any]] | None:
    projects = [None, *(p["id"] for p in v.projects)]

    def make(d: dict[str, Any], new_id: str, project: Any) -> dict[str, Any]:
        args: dict[str, Any] = {"deposit_id": str(d["id"]), "new_deposit_id": new_id, "business_date": DAY, "at": AT}
        if project is not None:
            args["project_id"] = str(project)
        return args

    return _deposit_step(v, make, _id(), _pick(projects))


def deposit_rescheduled(v: View) -> st.SearchStrategy[dict[str, Any]] | None:
    def make(d: dict[str, Any]) -> dict[str, Any]:
        return {"deposit_id": str(d["id"]), "business_date": DAY, "at": AT}

    return _deposit_step(v, make)


CHECKOUT_STRATEGIES: dict[str, Strategy] = {
    "sale.record": sale_record,
    "payment.record": payment_record,
    "payment.refund": payment_refund,
    "sale.void": sale_void,
    "product.save": product_save,
    "deposit.take": deposit_take,
    "deposit.forfeit": deposit_forfeit,
    "deposit.refund": deposit_refund,
    "deposit.transfer": deposit_transfer,
    "deposit.rescheduled": deposit_rescheduled,
}


# -- the machine's checkout rule and its checks ----------------------------------------------------
def checkout_close(store: LocalStore, view: View, data: st.DataObject) -> tuple[str, list[Applied]] | None:
    """Close a drawn ticket as the desk's close op does: the number from the desk's prefix and
    counter, ``sale.record`` and a split payment in one transaction. None: refused on the desk."""
    args = dict(data.draw(sale_record(view), label="checkout"))
    net = sum(int(ln["quantity"]) * int(ln["unit_price"]) - int(ln.get("discount", 0)) for ln in args["lines"])
    due = net - int(args["ticket_discount"]) + sum(int(t["amount"]) for t in args.get("tips", []))
    methods = data.draw(st.lists(st.sampled_from(("cash", "pix", "credit")), min_size=1, max_size=2), label="split")
    parts = [p for p in ticket.spread(due, [1] * len(methods)) if p > 0]
    pays = [
        {
            "payment_id": str(uuid.uuid4()),
            "sale_id": args["sale_id"],
            "method": method,
            "amount": amount,
            "business_date": DAY,
            "received_at": AT,
            **({"card_brand": "visa", "instalments": 2, "auth_code": "123456"} if method == "credit" else {}),
        }
        for method, amount in zip(methods, parts, strict=False)
    ]
    taken: list[str] = []

    def build(conn: Any) -> list[tuple[str, dict[str, Any]]]:
        taken.append(take_number(conn))
        return [("sale.record", {**args, "number": taken[0]}), *(("payment.record", p) for p in pays)]

    try:
        applied = store.apply_many(build)
    except MutationError:
        return None
    return taken[0], applied


def checkout_findings(
    rows: dict[tuple[str, uuid.UUID], dict[str, Any]],
    alive: dict[uuid.UUID, tuple[str, dict[str, Any]]],
    closed: dict[uuid.UUID, str],
    *,
    restored_or_copied: bool,
) -> list[str]:
    """The checkout's properties on the server's rows once every desk is quiet (asserted); what
    was seen, for the run's statistics."""
    seen: list[str] = []
    sales = {i: r for (t, i), r in rows.items() if t == "sale"}
    numbers = collections.Counter(r["number"] for r in sales.values())
    assert not [n for n, k in numbers.items() if k > 1], "two sales share a number"
    conflicts = [r for (t, _), r in rows.items() if t == "sync_conflict"]
    renumbered = {str(i) for c in conflicts if c["kind"] == "renumbered" for i in c["row_ids"][:1]}
    for name, args in alive.values():
        if name != "sale.record":
            continue
        sale_id = uuid.UUID(str(args["sale_id"]))
        stored = sales.get(sale_id)
        assert stored is not None, f"sale {args['number']} was lost"
        if stored["number"] != args["number"]:
            assert str(sale_id) in renumbered, f"sale {args['number']} became {stored['number']} without a conflict"
            seen.append("checkout: sale renumbered, with its conflict")
            if sale_id in closed:
                assert restored_or_copied, f"the desk's own number {closed[sale_id]} was renumbered"
                seen.append("checkout: a desk-numbered sale renumbered (a file restored or copied)")
        elif sale_id in closed:
            seen.append("checkout: desk-numbered sale kept its number")
    payments = {i: r for (t, i), r in rows.items() if t == "payment"}
    exceeds = {
        str(i)
        for c in conflicts
        if c["kind"] == "needs_review" and (c["theirs"] or {}).get("code") == "refund_exceeds"
        for i in c["row_ids"][:1]
    }
    for pid, p in payments.items():
        if p["refund_of"] is not None:
            continue
        refunds = [r for r in payments.values() if r["refund_of"] == str(pid) and r["id"] != r["refund_of"]]
        given = -sum(int(r["amount"]) for r in refunds)
        if given > int(p["amount"]) + int(p["tip"]):
            assert any(str(r["id"]) in exceeds for r in refunds), "refunds above the payment without a review"
            seen.append("checkout: refunds above a payment, flagged for review")
        elif refunds:
            seen.append("checkout: payment refunded within what it took")
    return seen


def cashier_act(store: LocalStore, view: View, data: st.DataObject) -> tuple[str, list[Applied]] | None:
    """What else the Caixa does in one transaction, as its ops batch it: a deposit taken with its
    money (``deposit.take`` + ``payment.record``), a payment refunded, a ticket voided with a
    refund of what each of its payments still holds. None: nothing to do it on, or refused."""
    kind = data.draw(st.sampled_from(("refund", "deposit", "void")), label="cashier")
    batch: list[tuple[str, dict[str, Any]]] = []
    if kind == "deposit":
        taking = deposit_take(view)
        if taking is None:
            return None
        args = data.draw(taking, label="deposit.take")
        money = {"payment_id": str(uuid.uuid4()), "deposit_id": args["deposit_id"], "method": "pix",
                 "amount": args["amount"], "business_date": DAY, "received_at": AT}  # fmt: skip
        batch = [("deposit.take", args), ("payment.record", money)]
    elif kind == "refund":
        refunding = payment_refund(view)
        if refunding is None:
            return None
        batch = [("payment.refund", data.draw(refunding, label="payment.refund"))]
    else:
        voiding = sale_void(view)
        if voiding is None:
            return None
        args = data.draw(voiding, label="sale.void")
        batch = [("sale.void", args)]
        taken = [p for p in view.payments if str(p["sale_id"]) == args["sale_id"] and p["refund_of"] is None]
        for p in taken:
            given = -sum(int(r["amount"]) for r in view.payments if r["refund_of"] == p["id"] and r["id"] != p["id"])
            left = ticket.refundable(int(p["amount"]) + int(p["tip"]), -given)
            if left > 0:
                back = {"payment_id": str(uuid.uuid4()), "refund_of": str(p["id"]), "amount": left,
                        "reason": args["reason"], "business_date": DAY, "received_at": AT}  # fmt: skip
                batch.append(("payment.refund", back))
    try:
        return kind, store.apply_many(lambda conn: batch)
    except MutationError:
        return None
