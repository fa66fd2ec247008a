"""Issue 16 against the real server and PostgreSQL, with real desks (SQLite files, the real sync
steps; tests/server/desk_live): a gift voucher spent on two desks offline beyond its balance is
stored on both and ends as a ``voucher_overdrawn`` review in the studio's conflicts (the inbox),
the voucher reading overdrawn everywhere; a product sold on two desks offline ends at the same
level on both; a sangria made offline on a day another desk closed meanwhile is refused by the
server and waits in the inbox."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from kronos_core import vouchers
from kronos_core.ids import uuid7
from kronos_core.instants import utcnow
from kronos_desktop.store.queries.stock import stock_levels
from kronos_desktop.store.queries.vouchers import voucher_by_code
from kronos_desktop.sync.inbox import load_inbox
from tests.server.desk_live.conftest import LiveDesk, LiveStudio
from tests.server.desk_live.conftest import live_auth as live_auth  # the fixtures, for this module
from tests.server.desk_live.conftest import live_studio as live_studio

pytestmark = pytest.mark.postgres

DAY = "2026-05-04"


def now() -> str:
    return utcnow().isoformat()


def voucher_state(live_studio: LiveStudio, d: LiveDesk, code: str) -> tuple[int, bool]:
    """The voucher's balance and whether it is overdrawn, as the desk's vouchers list reads it."""
    with d.store.read_engine.connect() as conn:
        state = voucher_by_code(conn, live_studio.studio_id, code)
    assert state is not None
    return state.balance, state.overdrawn


def redeem(d: LiveDesk, voucher_id: uuid.UUID, amount: int) -> uuid.UUID:
    payment_id = uuid7()
    d.apply("payment.record", {"payment_id": str(payment_id), "method": "voucher", "voucher_id": str(voucher_id),
                               "amount": amount, "business_date": DAY, "received_at": now()})  # fmt: skip
    return payment_id


def test_a_voucher_spent_on_two_offline_desks_beyond_its_balance_is_kept_and_flagged(
    live_studio: LiveStudio,
) -> None:
    a, b = live_studio.desk("a"), live_studio.desk("b")
    voucher_id, code = uuid7(), vouchers.new_code()
    a.apply("voucher.sell", {"voucher_id": str(voucher_id), "code": code, "amount": 10_000, "sold_on": DAY,
                             "recipient_name": "Caio"})  # fmt: skip
    bought = {"payment_id": str(uuid7()), "method": "pix", "amount": 10_000, "for_voucher_id": str(voucher_id),
              "business_date": DAY, "received_at": now()}  # fmt: skip
    a.apply("payment.record", bought)
    live_studio.settle()
    assert voucher_state(live_studio, b, code) == (10_000, False)

    a.net.offline = b.net.offline = True
    first = redeem(a, voucher_id, 8_000)
    second = redeem(b, voucher_id, 5_000)  # each desk sees enough on the voucher
    assert (voucher_state(live_studio, a, code), voucher_state(live_studio, b, code)) == (
        (2_000, False),
        (5_000, False),
    )
    assert load_inbox(b.store.read_engine) == []

    a.net.offline = False
    a.steps.sync()
    b.net.offline = False
    b.steps.sync()
    live_studio.settle()
    live_studio.assert_converged()

    results = live_studio.server_results()
    assert [results[r["uuid"]] for r in b.outbox() if r["name"] == "payment.record"] == ["applied"]  # never refused
    server = live_studio.server_rows()
    assert server[("payment", first)]["voucher_id"] == str(voucher_id)
    assert server[("payment", second)]["voucher_id"] == str(voucher_id)
    for d in (a, b):
        assert voucher_state(live_studio, d, code) == (-3_000, True)
        (item,) = load_inbox(d.store.read_engine)
        assert (item.kind, item.status, item.mutation_name) == ("needs_review", "open", "payment.record")
        assert item.theirs == {"code": "voucher_overdrawn", "params": {
            "amount": "5000", "method": "voucher", "code": code, "balance": "-3000"}}  # fmt: skip
        assert item.row_ids == [second]

    # A manager gives the overdrawing payment back (to the voucher): it reads 2 000 left everywhere.
    refund = {"payment_id": str(uuid7()), "refund_of": str(second), "amount": 5_000,
              "reason": "Vale usado em dois balcões", "business_date": DAY, "received_at": now()}  # fmt: skip
    a.apply("payment.refund", refund)
    live_studio.settle()
    live_studio.assert_converged()
    assert (voucher_state(live_studio, a, code), voucher_state(live_studio, b, code)) == ((2_000, False),) * 2


def sell_products(d: LiveDesk, product_id: uuid.UUID, quantity: int) -> None:
    sale_id = uuid7()
    d.apply("sale.record", {
        "sale_id": str(sale_id), "number": f"T-{sale_id.hex[-8:]}", "business_date": DAY, "closed_at": now(),
        "lines": [{"line_id": str(uuid7()), "kind": "product", "product_id": str(product_id), "description": "Pomada",
                   "quantity": quantity, "unit_price": 4_500}],
    })  # fmt: skip


def level(live_studio: LiveStudio, d: LiveDesk, product_id: uuid.UUID) -> int:
    """The product's stock as the desk's product list reads it."""
    with d.store.read_engine.connect() as conn:
        return stock_levels(conn, live_studio.studio_id).get(product_id, 0)


def test_a_product_sold_on_two_offline_desks_ends_at_one_level_on_both(live_studio: LiveStudio) -> None:
    a, b = live_studio.desk("a"), live_studio.desk("b")
    balm = uuid7()
    a.apply("product.save", {"product_id": str(balm), "name": "Pomada cicatrizante", "price": 4_500})
    a.apply("stock.move", {"movement_id": str(uuid7()), "product_id": str(balm), "kind": "received", "quantity": 10,
                           "moved_at": now()})  # fmt: skip
    live_studio.settle()
    assert level(live_studio, b, balm) == 10

    a.net.offline = b.net.offline = True
    sell_products(a, balm, 3)
    sell_products(b, balm, 4)
    sell_products(b, balm, 1)
    assert (level(live_studio, a, balm), level(live_studio, b, balm)) == (7, 5)

    live_studio.settle()
    live_studio.assert_converged()
    assert (level(live_studio, a, balm), level(live_studio, b, balm)) == (2, 2)
    assert load_inbox(a.store.read_engine) == []


def test_a_sangria_made_offline_on_a_day_closed_elsewhere_waits_in_the_inbox(live_studio: LiveStudio) -> None:
    a, b = live_studio.desk("a"), live_studio.desk("b")
    drawer_id, session_id = uuid7(), uuid7()
    a.apply("cash_drawer.save", {"drawer_id": str(drawer_id), "name": "Caixa"})
    a.apply("cash_session.open", {"session_id": str(session_id), "drawer_id": str(drawer_id), "business_date": DAY,
                                  "opening_float": 20_000, "opened_at": now()})  # fmt: skip
    live_studio.settle()

    a.net.offline = b.net.offline = True
    a.apply("cash_session.close", {"count_id": str(uuid7()), "session_id": str(session_id), "grid": {"10000": 2},
                                   "expected": 20_000, "counted_at": now()})  # fmt: skip
    moved: dict[str, Any] = {"movement_id": str(uuid7()), "session_id": str(session_id), "kind": "out",
                             "amount": 5_000, "reason": "Depósito no banco", "moved_at": now()}  # fmt: skip
    b.apply("cash.move", moved)
    live_studio.settle()

    server = live_studio.server_rows()
    assert server[("cash_session", session_id)]["status"] == "closed"
    assert ("cash_movement", uuid.UUID(moved["movement_id"])) not in server
    assert ("cash_movement", uuid.UUID(moved["movement_id"])) not in b.rows()  # taken back on the desk too
    (item,) = load_inbox(b.store.read_engine)
    assert (item.kind, item.mutation_name) == ("rejected", "cash.move")
    assert item.theirs["code"] == "session_closed"
