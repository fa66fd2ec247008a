"""Receipt numbers across desks, end to end (the real server over HTTP on loopback, PostgreSQL,
real desk files): the standalone desk that brings its studio keeps "A", a desk enrolled later
gets its own prefix from the server on its first download, both close tickets offline and every
number is distinct after the sync (no ``renumbered`` conflict), every payment stored once; a
desk taken over keeps its prefix; a copied file takes a new one before it numbers again."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import Counter
from typing import Any

import pytest
from sqlalchemy import select, update

from kronos_core.ids import uuid7
from kronos_core.roles import Role
from kronos_desktop.store import LocalStore
from kronos_desktop.store.local_schema import replica as local_replica
from kronos_desktop.store.sale_numbers import current_prefix, take_number
from kronos_desktop.sync.http import HttpTransport
from kronos_desktop.sync.steps import SyncSteps
from kronos_server.tables import desk as desk_table
from kronos_server.tables import replica
from tests.server.desk_live.conftest import LiveDesk, LiveStudio, Switch

pytestmark = pytest.mark.postgres

DAY = dt.date(2026, 5, 4)
AT = dt.datetime(2026, 5, 4, 15, 0, tzinfo=dt.UTC)


def close_ticket(store: LocalStore, price: int = 30_000) -> tuple[str, uuid.UUID]:
    """A ticket closed as the checkout closes it: the number, the sale and its two payments (a
    split: PIX and cash) in one transaction. Returns the number and the sale id."""
    sale_id = uuid7()
    taken: list[str] = []

    def build(conn: Any) -> list[tuple[str, dict[str, Any]]]:
        taken.append(take_number(conn))
        line = {"line_id": str(uuid7()), "description": "Sessão", "unit_price": price}
        sale = {"sale_id": str(sale_id), "number": taken[0], "business_date": DAY.isoformat(),
                "closed_at": AT.isoformat(), "lines": [line]}  # fmt: skip
        pays = [
            {
                "payment_id": str(uuid7()),
                "sale_id": str(sale_id),
                "method": method,
                "amount": amount,
                "business_date": DAY.isoformat(),
                "received_at": AT.isoformat(),
            }
            for method, amount in (("pix", price - 10_000), ("cash", 10_000))
        ]
        return [("sale.record", sale), *[("payment.record", p) for p in pays]]

    store.apply_many(build)
    return taken[0], sale_id


def prefix_of(store: LocalStore) -> str:
    with store.read_engine.connect() as conn:
        return current_prefix(conn)


def server_prefix(studio: LiveStudio, store: LocalStore) -> str | None:
    identity = store.identity()
    assert identity is not None
    with studio.db.tenant(studio.studio_id) as conn:
        found: str | None = conn.execute(
            select(replica.c.sale_prefix).where(replica.c.id == identity.device_id)
        ).scalar()
    return found


def standalone_desk(studio: LiveStudio) -> LiveDesk:
    """A desk set up on its own, which sells two tickets, then brings its studio to the server."""
    store = LocalStore.open(studio.folder / "solo")
    state = store.ensure_identity()
    owner = uuid.uuid4()
    store.apply(
        "studio.setup",
        {"studio_id": str(state.studio_id), "name": "Solo", "owner_staff_id": str(owner), "owner_name": "Lia"},
        staff_id=owner,
    )
    assert [close_ticket(store)[0] for _ in range(2)] == ["A-000001", "A-000002"]
    with store.engine.begin() as conn:  # the sign-in records the connection only
        conn.execute(update(local_replica).values(server_url=studio.base_url))
    store.close()
    solo = studio.desk("solo", folder=studio.folder / "solo")
    solo.steps.server_studio = lambda: (studio.studio_id, Role.OWNER)
    return solo


def assert_numbers_final(studio: LiveStudio, closed: list[str], payments: int) -> None:
    server = studio.server_rows()
    numbers = [r["number"] for (t, _), r in server.items() if t == "sale"]
    assert sorted(numbers) == sorted(closed), "every sale kept the number printed on its receipt"
    assert len(set(numbers)) == len(numbers)
    kinds = Counter(r["kind"] for (t, _), r in server.items() if t == "sync_conflict")
    assert kinds["renumbered"] == 0, kinds
    assert kinds["rejected"] == 0, kinds
    stored = [r for (t, _), r in server.items() if t == "payment"]
    assert len(stored) == payments, "every payment stored once"
    per_sale = Counter(r["sale_id"] for r in stored)
    assert set(per_sale.values()) == {2}, "each ticket's two payments, never doubled"


def test_two_desks_selling_offline_print_distinct_final_numbers(live_studio: LiveStudio) -> None:
    solo = standalone_desk(live_studio)
    solo.steps.sync()
    assert prefix_of(solo.store) == "A", "the standalone desk keeps A"
    assert server_prefix(live_studio, solo.store) == "A", "and its replica is registered with it"

    second = live_studio.desk("second")  # enrols and downloads the studio
    assert prefix_of(second.store) == "B", "the first download gives a newly enrolled desk its own prefix"
    assert server_prefix(live_studio, second.store) == "B"

    closed = ["A-000001", "A-000002"]
    solo.net.offline = second.net.offline = True
    for _ in range(3):
        closed.append(close_ticket(solo.store)[0])
        closed.append(close_ticket(second.store)[0])
    assert closed[2:] == ["A-000003", "B-000001", "A-000004", "B-000002", "A-000005", "B-000003"]
    live_studio.settle()
    live_studio.assert_converged()
    assert_numbers_final(live_studio, closed, payments=2 * len(closed))

    # A desk taken over (its enrolment revoked; another manager's enrolment signs in on the
    # same file) keeps its replica, so its prefix.
    with live_studio.db.tenant(live_studio.studio_id) as conn:
        old_desk = conn.execute(select(replica.c.desk_id).where(replica.c.sale_prefix == "B")).scalar_one()
        conn.execute(update(desk_table).where(desk_table.c.id == old_desk).values(revoked_at=AT))
    second.http = HttpTransport(live_studio.base_url, live_studio.enrol(), timeout=30)
    live_studio.transports.append(second.http)
    second.net = Switch(second.http)
    second.steps = SyncSteps(second.local, second.net)
    second.net.offline = True
    closed.append(close_ticket(second.store)[0])
    assert closed[-1] == "B-000004"
    live_studio.settle()
    assert server_prefix(live_studio, second.store) == "B"
    assert prefix_of(second.store) == "B"
    assert_numbers_final(live_studio, closed, payments=2 * len(closed))


def test_a_copied_file_takes_a_new_prefix_before_it_numbers_again(live_studio: LiveStudio) -> None:
    first = live_studio.desk("first")
    assert prefix_of(first.store) == "B"
    closed = [close_ticket(first.store)[0]]
    live_studio.settle()
    copy = live_studio.copy_desk(first, "copy")  # the same file on a second PC
    assert prefix_of(copy.store) == "B"
    closed.append(close_ticket(first.store)[0])  # the original goes on (B-000002)
    # The next sync finds the copy out (its device id's history is not the one it holds): a new
    # device id, registered by the server with a prefix of its own, before the copy numbers again.
    live_studio.settle()
    assert copy.store.identity().device_id != first.store.identity().device_id  # type: ignore[union-attr]
    assert prefix_of(copy.store) == "C", "the server gave the copy's new device id its own prefix"
    assert prefix_of(first.store) == "B", "the original keeps its own"
    closed.append(close_ticket(copy.store)[0])
    closed.append(close_ticket(first.store)[0])
    assert closed == ["B-000001", "B-000002", "C-000002", "B-000003"]
    live_studio.settle()
    live_studio.assert_converged()
    assert_numbers_final(live_studio, closed, payments=2 * len(closed))
    with live_studio.db.tenant(live_studio.studio_id) as conn:
        held = conn.execute(select(replica.c.sale_prefix).where(replica.c.studio_id == live_studio.studio_id))
        prefixes = sorted(p for (p,) in held if p)
    assert prefixes == ["B", "C"]
