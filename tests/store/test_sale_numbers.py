"""Receipt numbers on a real desk file: the prefix and the counter, kept across a restart, and a
new prefix before a restored or copied file numbers again (issue 15, "Close and receipt")."""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import uuid
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from kronos_core import sale_prefixes
from kronos_core.ids import uuid7
from kronos_core.roles import Role
from kronos_core.schema import SYNCED_TABLES, payment, sale
from kronos_desktop.store import LocalStore
from kronos_desktop.store.backup import backup_copy, restore_backup
from kronos_desktop.store.local_schema import outbox
from kronos_desktop.store.sale_numbers import current_prefix, format_number, prefix_claim, take_number
from kronos_desktop.sync.local import LocalSync, connect_desk

DAY = dt.date(2026, 3, 10)
CLOSED_AT = dt.datetime(2026, 3, 10, 18, 0, tzinfo=dt.UTC)


def close_ticket(store: LocalStore, price: int = 25_000) -> str:
    """A ticket closed as the checkout closes it: the number taken in the transaction that
    records the sale and its payment."""
    sale_id = uuid7()
    taken: list[str] = []

    def build(conn: Any) -> list[tuple[str, dict[str, Any]]]:
        number = take_number(conn)
        taken.append(number)
        return [
            (
                "sale.record",
                {
                    "sale_id": sale_id,
                    "number": number,
                    "business_date": DAY.isoformat(),
                    "closed_at": CLOSED_AT.isoformat(),
                    "lines": [{"line_id": uuid7(), "description": "Sessão", "unit_price": price}],
                },
            ),
            (
                "payment.record",
                {
                    "payment_id": uuid7(),
                    "sale_id": sale_id,
                    "method": "cash",
                    "amount": price,
                    "business_date": DAY.isoformat(),
                    "received_at": CLOSED_AT.isoformat(),
                },
            ),
        ]

    store.apply_many(build)
    return taken[0]


def counts(store: LocalStore) -> dict[str, int]:
    with store.read_engine.connect() as conn:
        found = {t.name: int(conn.execute(select(func.count()).select_from(t)).scalar_one()) for t in SYNCED_TABLES}
        found["outbox"] = int(conn.execute(select(func.count()).select_from(outbox)).scalar_one())
    return found


def numbers(store: LocalStore) -> list[str]:
    with store.read_engine.connect() as conn:
        return sorted(str(n) for (n,) in conn.execute(select(sale.c.number)))


def prefix(store: LocalStore) -> str:
    with store.read_engine.connect() as conn:
        return current_prefix(conn)


def test_a_standalone_desk_numbers_a_000001_a_000002(store: LocalStore) -> None:
    assert [close_ticket(store) for _ in range(3)] == ["A-000001", "A-000002", "A-000003"]
    assert numbers(store) == ["A-000001", "A-000002", "A-000003"]
    with store.read_engine.connect() as conn:
        assert prefix_claim(conn) == "A", "a standalone desk claims its A when it joins a server"


def test_the_format_grows_past_six_digits() -> None:
    assert format_number("B", 7) == "B-000007"
    assert format_number("AA", 1_234_567) == "AA-1234567"


def test_a_refused_close_gives_its_number_back(store: LocalStore) -> None:
    assert close_ticket(store) == "A-000001"

    def refused(conn: Any) -> list[tuple[str, dict[str, Any]]]:
        take_number(conn)
        raise RuntimeError("the close failed after taking a number")

    with contextlib.suppress(RuntimeError):
        store.apply_many(refused)
    assert close_ticket(store) == "A-000002", "a close that did not commit printed nothing"


def test_a_restart_keeps_counting(tmp_path: Path, store: LocalStore) -> None:
    close_ticket(store)
    close_ticket(store)
    folder = store.path.parent
    store.close()
    again = LocalStore.open(folder)
    try:
        assert close_ticket(again) == "A-000003"
    finally:
        again.close()


def test_a_restored_standalone_desk_takes_the_next_letter_before_numbering(store: LocalStore) -> None:
    close_ticket(store)
    close_ticket(store)
    copy = backup_copy(store.path, "nightly")
    before = counts(store)
    device_before = store.identity().device_id  # type: ignore[union-attr]
    close_ticket(store)  # A-000003, printed after the copy was taken
    folder = store.path.parent
    store.close()

    restored = restore_backup(folder, copy)
    try:
        assert counts(restored) == before, "the restore brings back every row of the copy, no more, no less"
        assert numbers(restored) == ["A-000001", "A-000002"]
        assert restored.identity().device_id != device_before, "a restored file takes a new device id"  # type: ignore[union-attr]
        assert prefix(restored) == "B"
        assert close_ticket(restored) == "B-000003", "never A-000003 again: that one was printed"
        assert counts(restored)["sale"] == before["sale"] + 1
    finally:
        restored.close()


def test_restoring_the_same_old_copy_twice_never_reuses_a_letter(store: LocalStore) -> None:
    close_ticket(store)
    copy = backup_copy(store.path, "old")
    folder = store.path.parent
    store.close()
    first = restore_backup(folder, copy)
    assert close_ticket(first) == "B-000002"
    first.close()
    second = restore_backup(folder, copy)  # the file it replaces printed with B: C now
    try:
        assert prefix(second) == "C"
        assert close_ticket(second) == "C-000002"
    finally:
        second.close()


def test_a_restored_desk_of_a_server_prints_provisionally_until_the_server_gives_one(tmp_path: Path) -> None:
    studio_id = uuid.uuid4()
    store = LocalStore.open(tmp_path / "desk")
    connect_desk(store, "https://kronos.example", studio_id=studio_id, role=Role.OWNER)
    owner = {"studio_id": str(studio_id), "name": "Estúdio", "owner_staff_id": str(uuid.uuid4()), "owner_name": "Rita"}
    store.apply("studio.setup", owner)  # (the server's rows, as a first download brings them)
    with store.read_engine.connect() as conn:
        assert sale_prefixes.is_provisional(current_prefix(conn)), "a new desk of a server has no letter yet"
        assert prefix_claim(conn) is None, "and claims none"
    copy = backup_copy(store.path, "nightly")
    first = prefix(store)
    folder = store.path.parent
    store.close()
    restored = restore_backup(folder, copy)
    try:
        again = prefix(restored)
        assert sale_prefixes.is_provisional(again)
        assert again != first, "a fresh provisional prefix: never the one the original file printed with"
        assert re.fullmatch(r"0[0-9A-F]{7}-000001", close_ticket(restored))
    finally:
        restored.close()


def test_a_copied_file_takes_a_new_prefix_when_its_copy_is_found_out(store: LocalStore) -> None:
    """A 409 (the server found the device id or its sequence numbers used by another file): the
    file takes a new device id, and a new receipt prefix before it numbers again."""
    close_ticket(store)
    LocalSync(store).take_new_identity()
    p = prefix(store)
    assert sale_prefixes.is_provisional(p)
    assert close_ticket(store) == f"{p}-000002"
    with store.read_engine.connect() as conn:
        assert int(conn.execute(select(func.count()).select_from(payment)).scalar_one()) == 2
