"""A payment against a sale the studio does not have, taken on a desk that syncs: while it waits
the desk does not expect a conflict for it (it will be stored: only a note to review comes of
it), the push answers ``applied`` with the note's id, and the inbox then holds the note from the
server, whose one resolution is to mark it reviewed."""

from __future__ import annotations

import uuid

from kronos_core.ids import uuid7
from kronos_desktop.sync.inbox import load_inbox
from tests.desk_sync.conftest import Studio, new_client, payment


def test_a_payment_against_a_missing_sale_is_expected_to_apply_and_does(studio: Studio) -> None:
    a, b = studio.desk("a"), studio.desk("b")
    paid = {**payment(15_000), "sale_id": str(uuid7())}  # a sale neither desk nor the server has
    a.apply("payment.record", paid)
    b.apply("client.create", new_client())
    b.steps.sync()

    a.steps.pull()  # the rebase applies the pending payment again on the server's state
    (pending,) = a.outbox()
    assert pending["status"] == "pending"
    assert pending["likely_conflict"] is False
    assert a.local.counts().predicted == 0  # the status bar does not warn of a conflict for it
    (predicted,) = load_inbox(a.store.read_engine)  # the desk's own note, shown as a prediction
    assert (predicted.kind, predicted.predicted, predicted.resolutions) == ("needs_review", True, ())

    a.steps.sync()
    (sent,) = a.outbox()
    assert sent["result"] == "applied"
    assert sent["conflict_id"] is not None
    (note,) = load_inbox(a.store.read_engine)
    assert note.id == sent["conflict_id"]
    assert (note.kind, note.predicted, note.resolutions) == ("needs_review", False, ("dismiss",))
    assert a.row("payment", uuid.UUID(paid["payment_id"])) is not None
    studio.settle()
    studio.assert_converged()
