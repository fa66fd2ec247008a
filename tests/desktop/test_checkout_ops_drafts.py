"""Open tickets are drafts on their desk (kronos_desktop/ops/checkout.py): saved through the
writer thread with no mutation and no outbox entry, listed on the Caixa page, still there when
the desk opens again, one per booking, gone when discarded."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kronos_core.mutations import MutationError
from kronos_core.ticket import DraftPayment
from kronos_desktop.hub import Hub
from kronos_desktop.ops import checkout as ops
from kronos_desktop.ops.runner import OpRunner
from kronos_desktop.ops.undo import UndoStack
from kronos_desktop.store import Applied, LocalStore
from kronos_desktop.store.local_schema import outbox, ticket_draft
from kronos_desktop.store.queries import checkout as q
from kronos_desktop.store.writer import Writer
from tests.desktop.checkout_rows import Counter, count, open_counter, ticket_for


@pytest.fixture
def counter(tmp_path: Path) -> Iterator[tuple[LocalStore, Counter]]:
    store, c = open_counter(tmp_path / "data")
    yield store, c
    store.close()


def test_a_saved_ticket_survives_reopening_the_desk_and_never_enters_the_outbox(
    tmp_path: Path, counter: tuple[LocalStore, Counter]
) -> None:
    store, c = counter
    draft = ticket_for(c)
    pending = count(store, outbox)
    applied = ops.save_draft(draft).write(store)
    assert applied.changed == {"ticket_draft": {draft.ticket_id}}
    draft.payments = [DraftPayment(uuid.uuid4(), "pix", 30_000, pix_e2e_id="E1234")]
    ops.save_draft(draft).write(store)  # saved again: the same ticket, its payment kept
    assert count(store, outbox) == pending  # a draft never leaves the desk
    store.close()

    again = LocalStore.open(tmp_path / "data")
    try:
        with again.read_engine.connect() as conn:
            back = q.draft(conn, draft.ticket_id)
            listed = q.drafts(conn)
            by_booking = q.draft_for_appointment(conn, c.appointment_id)
        assert back == draft
        assert by_booking == draft
        (summary,) = listed
        assert (summary.ticket_id, summary.client_name, summary.lines) == (draft.ticket_id, "Ana Souza", 2)
        assert summary.total == 81_000  # R$ 900 - R$ 80 (10 % of the session) - R$ 10 off the ticket
        assert summary.paid == 30_000
        assert summary.artist_names == ("Rafa Lima",)
        assert summary.staff_id == c.owner_id  # opened by the owner at the desk
    finally:
        again.close()


def test_a_booking_has_one_open_ticket(counter: tuple[LocalStore, Counter]) -> None:
    store, c = counter
    ops.save_draft(ticket_for(c)).write(store)
    with pytest.raises(MutationError) as refused:
        ops.save_draft(ticket_for(c)).write(store)  # another ticket for the same booking
    assert refused.value.code == "ticket_already_open"
    assert count(store, ticket_draft) == 1
    ops.save_draft(ticket_for(c, appointment_id=None)).write(store)  # retail alone: no booking
    assert count(store, ticket_draft) == 2


def test_a_discarded_ticket_is_gone(counter: tuple[LocalStore, Counter]) -> None:
    store, c = counter
    draft = ticket_for(c)
    ops.save_draft(draft).write(store)
    ops.discard_draft(draft.ticket_id).write(store)
    with store.read_engine.connect() as conn:
        assert q.draft(conn, draft.ticket_id) is None
        assert q.drafts(conn) == []


def test_drafts_are_written_on_the_writer_thread_and_the_views_are_told(
    qtbot: QtBot, counter: tuple[LocalStore, Counter], caplog: pytest.LogCaptureFixture
) -> None:
    store, c = counter
    writer, hub = Writer(), Hub()
    failures: list[BaseException] = []
    runner = OpRunner(store, writer, hub, show_failure=lambda _w, exc: failures.append(exc))
    told: list[dict[str, set[uuid.UUID]]] = []
    hub.rows_changed.connect(told.append)
    draft = ticket_for(c)
    threads: list[bool] = []
    op = ops.save_draft(draft)
    inner = op.write

    def spy(s: LocalStore) -> Applied:
        threads.append(writer.on_writer_thread())
        return inner(s)

    op.write = spy  # type: ignore[method-assign,assignment]
    done: list[object] = []
    undo = UndoStack(runner, lambda: c.owner_id)
    try:
        with qtbot.waitSignal(runner.op_succeeded, timeout=5_000):
            runner.run(op.success(done.append))
    finally:
        writer.shutdown()
    assert threads == [True]
    qtbot.wait(100)
    assert undo.last() is None  # Ctrl+Z never "undoes" a draft being kept
    assert not undo.busy
    assert "not in the outbox" not in caplog.text  # nor looks for it in the outbox (a warning each save)
    assert told == [{"ticket_draft": {draft.ticket_id}}]
    assert failures == []
    assert len(done) == 1
