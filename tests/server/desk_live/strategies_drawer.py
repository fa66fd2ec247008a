"""Issue 16's mutations for the stateful sync test: a drawer's day opened, cash in and out, a
close with its count (sometimes off, with a note; sometimes a count that is not one), a manager's
reopen; gift vouchers sold from a few codes (two desks pick the same: ``voucher_code_taken`` on
the server); stock received, adjusted and counted on the desk's products.

The View (tests/server/desk_live/strategies.py) holds no drawers, days nor vouchers: their ids
are drawn from small pools derived from the studio's id (ids are unique across studios, so a fixed
pool would collide between examples), like SALE_NUMBERS: two desks offline open the same drawer's
day (the server refuses the second: ``session_already_open``), a movement or a close names a day
that may not exist on that desk (refused on the desk: nothing recorded) or was closed elsewhere
(``session_closed`` on the server)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import strategies as st

from kronos_core.drawer import DENOMINATIONS
from kronos_core.ids import derived_id
from tests.server.desk_live.strategies import T0, Strategy, View, _id, _pick

DAYS = (T0.date().isoformat(), (T0.date() + dt.timedelta(days=1)).isoformat())
AT = T0.isoformat()
CODES = ("K7QX-M4P9", "ABCD-EFGH", "2345-6789")  # few, so two desks sell the same one
REASONS = ("troco do banco", "depósito", "pagamento do fornecedor")


def _drawer_ids(v: View) -> list[str]:
    return [str(derived_id(v.studio_id, f"drawer:{k}")) for k in range(2)]


def _session_ids(v: View) -> list[str]:
    """The days' ids: one per drawer and date, so a day opened on two desks is one row."""
    return [str(derived_id(v.studio_id, f"cash_session:{k}:{day}")) for k in range(2) for day in DAYS]


def cash_drawer_save(v: View) -> st.SearchStrategy[dict[str, Any]]:
    def make(drawer_id: str, name: str, active: bool) -> dict[str, Any]:
        return {"drawer_id": drawer_id, "name": name, "active": active}

    return st.builds(make, _pick(_drawer_ids(v)), st.sampled_from(("Caixa", "Caixa 2", "Gaveta")), st.booleans())


def cash_session_open(v: View) -> st.SearchStrategy[dict[str, Any]]:
    def make(k: int, day: int, opening_float: int) -> dict[str, Any]:
        drawer_id = derived_id(v.studio_id, f"drawer:{k}")
        session_id = derived_id(v.studio_id, f"cash_session:{k}:{DAYS[day]}")
        return {"session_id": str(session_id), "drawer_id": str(drawer_id), "business_date": DAYS[day],
                "opening_float": opening_float, "opened_at": AT}  # fmt: skip

    return st.builds(make, st.integers(0, 1), st.integers(0, 1), st.sampled_from((0, 10_000, 20_000)))


def cash_move(v: View) -> st.SearchStrategy[dict[str, Any]]:
    def make(movement_id: str, session_id: str, kind: str, amount: int, reason: str) -> dict[str, Any]:
        return {"movement_id": movement_id, "session_id": session_id, "kind": kind, "amount": amount,
                "reason": reason, "moved_at": AT}  # fmt: skip

    return st.builds(
        make, _id(), _pick(_session_ids(v)), st.sampled_from(("in", "out")), st.integers(1, 50_000),
        st.sampled_from(REASONS),
    )  # fmt: skip


def cash_session_close(v: View) -> st.SearchStrategy[dict[str, Any]]:
    def make(count_id: str, session_id: str, grid: dict[int, int], off: int, bad: bool) -> dict[str, Any]:
        counted = sum(value * n for value, n in grid.items())
        args: dict[str, Any] = {"count_id": count_id, "session_id": session_id,
                                "grid": {str(value): n for value, n in grid.items()}, "expected": counted + off,
                                "counted_at": AT, "payment_ids": [], "totals": {"cash": counted + off}}  # fmt: skip
        if off:
            args["note"] = "troco errado"
        if bad:  # a count that is not one: refused on the desk
            args["grid"]["300"] = 1
        return args

    grids = st.dictionaries(st.sampled_from(DENOMINATIONS), st.integers(0, 20), max_size=4)
    return st.builds(
        make, _id(), _pick(_session_ids(v)), grids, st.sampled_from((0, 0, -500, 250)),
        st.sampled_from((False, False, False, True)),
    )  # fmt: skip


def cash_session_count_shown(v: View) -> st.SearchStrategy[dict[str, Any]]:
    def make(count_id: str, session_id: str, grid: dict[int, int], off: int) -> dict[str, Any]:
        counted = sum(value * n for value, n in grid.items())
        return {"session_id": session_id, "count_id": count_id, "counted": counted,
                "grid": {str(value): n for value, n in grid.items()}, "expected": counted + off,
                "counted_at": AT}  # fmt: skip

    grids = st.dictionaries(st.sampled_from(DENOMINATIONS), st.integers(0, 20), max_size=4)
    return st.builds(make, _id(), _pick(_session_ids(v)), grids, st.sampled_from((0, -1000, 500)))


def cash_session_reopen(v: View) -> st.SearchStrategy[dict[str, Any]]:
    def make(session_id: str) -> dict[str, Any]:
        return {"session_id": session_id, "reason": "faltou lançar um pagamento", "reopened_at": AT}

    return st.builds(make, _pick(_session_ids(v)))


def voucher_sell(v: View) -> st.SearchStrategy[dict[str, Any]]:
    def make(voucher_id: str, code: str, amount: int, client: Any) -> dict[str, Any]:
        args: dict[str, Any] = {"voucher_id": voucher_id, "code": code, "amount": amount, "sold_on": DAYS[0],
                                "recipient_name": "Caio"}  # fmt: skip
        if client is not None:
            args["client_id"] = str(client["id"])
        return args

    clients = [None, *v.clients]
    return st.builds(make, _id(), st.sampled_from(CODES), st.integers(1, 50_000), _pick(clients))


def stock_move(v: View) -> st.SearchStrategy[dict[str, Any]] | None:
    products: list[dict[str, Any]] = list(v.products)
    if not products:
        return None

    def make(movement_id: str, which: dict[str, Any], kind: str, quantity: int) -> dict[str, Any]:
        moved = abs(quantity) if kind == "received" else quantity
        args: dict[str, Any] = {"movement_id": movement_id, "product_id": str(which["id"]), "kind": kind,
                                "quantity": moved, "moved_at": AT}  # fmt: skip
        if kind != "received":
            args["reason"] = "contagem" if kind == "counted" else "avaria"
        return args

    quantities = st.integers(-5, 24).filter(bool)
    return st.builds(make, _id(), _pick(products), st.sampled_from(("received", "received", "adjusted", "counted")),
                     quantities)  # fmt: skip


DRAWER_STRATEGIES: dict[str, Strategy] = {
    "cash_drawer.save": cash_drawer_save,
    "cash_session.open": cash_session_open,
    "cash.move": cash_move,
    "cash_session.count_shown": cash_session_count_shown,
    "cash_session.close": cash_session_close,
    "cash_session.reopen": cash_session_reopen,
    "voucher.sell": voucher_sell,
    "stock.move": stock_move,
}
