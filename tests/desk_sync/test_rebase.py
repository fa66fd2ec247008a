"""The desk side of the sync on real SQLite files: push, pull, the rebase, acknowledgements.

Against the in-process fake of the wire protocol (tests/desk_sync/fake_server.py); the same steps
run against the real server and PostgreSQL in tests/server/desk_live/.
"""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import func, select

from kronos_desktop.store.local_schema import pull_page
from kronos_desktop.sync.steps import PullStep, PushStep
from tests.desk_sync.conftest import Studio, booking, new_client, payment


def test_a_change_on_one_desk_reaches_another(studio: Studio) -> None:
    a, b = studio.desk("a"), studio.desk("b")
    made = a.apply("client.create", new_client("Bruna Oliveira"))
    assert a.steps.push() is PushStep.NOTHING  # all sent; the loop ends on "nothing left"
    assert b.steps.pull() is PullStep.APPLIED
    cid = uuid.UUID(made.args.client_id.hex)
    row = b.row("client", cid)
    assert row is not None
    assert row["full_name"] == "Bruna Oliveira"
    assert row["version"] > 0
    studio.settle()
    studio.assert_converged()


def test_push_records_results_and_pull_acknowledges(studio: Studio) -> None:
    a = studio.desk("a")
    a.steps.pull()
    a.apply("client.create", new_client())
    a.apply("client.create", new_client("Caio"))
    a.steps.push()
    recs = a.outbox()
    assert [r["result"] for r in recs] == ["applied", "applied"]
    assert all(r["status"] == "pending" for r in recs), "only a pull acknowledges"
    assert a.local.status().pushed_upto == 2  # type: ignore[union-attr]
    a.steps.pull()
    assert all(r["status"] == "acked" and r["acked_at"] is not None for r in a.outbox())
    studio.assert_converged()


def test_pending_changes_stay_on_top_of_what_is_pulled(studio: Studio) -> None:
    """Property 5: the desk shows the server's state as of its cursor plus its own pending
    mutations, in order; take-back records are rewritten against the new state."""
    a, b = studio.desk("a"), studio.desk("b")
    cid = a.apply("client.create", new_client("Bruna", phone="+5511911111111")).args.client_id
    studio.settle()
    # b changes the e-mail and syncs; a changes the notes without syncing.
    b.apply("client.update", {"client_id": str(cid), "changes": {"email": "b@x.com"}, "seen": {"email": None}})
    b.steps.sync()
    a.apply("client.update", {"client_id": str(cid), "changes": {"notes": "tímida"}, "seen": {"notes": None}})
    assert a.steps.pull() is PullStep.APPLIED
    row = a.row("client", cid)
    assert row is not None
    assert (row["email"], row["notes"]) == ("b@x.com", "tímida")
    assert row["version"] == 0, "a pending change shows, not yet on the server"
    (pending,) = [r for r in a.outbox() if r["status"] == "pending"]
    assert pending["undo"][0]["before"]["email"] == "b@x.com", "the take-back record is against the new state"
    assert pending["undo"][0]["before"]["notes"] is None
    studio.settle()
    studio.assert_converged()
    assert a.row("client", cid)["notes"] == "tímida"  # type: ignore[index]


def test_a_pending_mutation_that_no_longer_applies_is_flagged_and_not_shown(studio: Studio) -> None:
    a, b = studio.desk("a"), studio.desk("b")
    cid = a.apply("client.create", new_client()).args.client_id
    appt = a.apply("appointment.book", booking(studio.owner_id, cid, 1)).args.appointment_id
    studio.settle()
    b.apply(
        "appointment.cancel",
        {"appointment_id": str(appt), "reason": "desistiu", "cancelled_at": "2026-12-01T10:00:00+00:00"},
    )
    b.steps.sync()
    moved = booking(studio.owner_id, cid, 5)
    a.apply(
        "appointment.reschedule",
        {"appointment_id": str(appt), "starts_at": moved["starts_at"], "ends_at": moved["ends_at"]},
    )
    a.steps.pull()
    row = a.row("appointment", appt)
    assert row is not None
    assert row["status"] == "cancelled"
    assert row["starts_at"] != moved["starts_at"], "its effect is not shown"
    (pending,) = [r for r in a.outbox() if r["status"] == "pending"]
    assert pending["likely_conflict"] is True
    assert pending["undo"] == []
    assert a.local.counts().predicted == 1
    studio.settle()
    studio.assert_converged()
    # The server refused it: a conflict row every desk sees, carrying what the desk meant.
    conflicts = [r for (t, _), r in a.rows().items() if t == "sync_conflict"]
    assert [c["kind"] for c in conflicts] == ["rejected"]
    assert conflicts[0]["mine"]["name"] == "appointment.reschedule"


def test_double_booking_made_offline_on_two_desks(studio: Studio) -> None:
    a, b = studio.desk("a"), studio.desk("b")
    cid = a.apply("client.create", new_client()).args.client_id
    studio.settle()
    first = a.apply("appointment.book", booking(studio.owner_id, cid, 3)).args.appointment_id
    second = b.apply("appointment.book", booking(studio.owner_id, cid, 4)).args.appointment_id
    a.steps.sync()
    b.steps.sync()
    studio.settle()
    studio.assert_converged()
    rows = a.rows()
    assert rows[("appointment", first)]["in_conflict"] is False, "the booking committed first keeps the slot"
    assert rows[("appointment", second)]["in_conflict"] is True
    kinds = [r["kind"] for (t, _), r in rows.items() if t == "sync_conflict"]
    assert kinds == ["double_booking"]
    (rec,) = [r for r in b.outbox() if r["name"] == "appointment.book"]
    assert rec["result"] == "conflict"
    assert rec["conflict_id"] is not None


def test_pages_are_kept_aside_until_the_last_one(studio: Studio) -> None:
    a, b = studio.desk("a"), studio.desk("b")
    b.steps.pull()
    ids = [a.apply("client.create", new_client(f"Cliente {n}")).args.client_id for n in range(5)]
    a.steps.sync()
    before = b.rows()
    cursor = b.local.status().cursor  # type: ignore[union-attr]
    assert b.steps.pull(limit=1, max_pages=2) is PullStep.INTERRUPTED
    assert b.rows() == before, "nothing applied before the last page"
    assert b.local.status().cursor == cursor  # type: ignore[union-attr]
    stored = b.local.stored_pages()
    assert (stored.count, stored.complete) == (2, False)
    # The desk is closed and opened again: the pull goes on from the pages kept.
    b.close()
    b.open()
    pulls = studio.server.pulls
    assert b.steps.pull(limit=1) is PullStep.APPLIED
    assert studio.server.pulls - pulls == 3, "continued where it stopped"
    assert all(("client", i) in b.rows() for i in ids)
    with b.store.read_engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(pull_page)).scalar_one() == 0
    studio.assert_converged()


def test_a_connection_cut_mid_pull_resumes(studio: Studio) -> None:
    a, b = studio.desk("a"), studio.desk("b")
    for n in range(4):
        a.apply("client.create", new_client(f"C{n}"))
    a.steps.sync()
    b.transport.pages_served, b.transport.cut_pages_after = 0, 2
    with pytest.raises(Exception, match="dropped"):
        b.steps.pull(limit=1)
    assert b.local.stored_pages().count == 2
    b.transport.cut_pages_after = None
    assert b.steps.pull(limit=1) is PullStep.APPLIED
    studio.settle()
    studio.assert_converged()


def test_a_crash_while_applying_pages_leaves_them_to_apply_again(studio: Studio) -> None:
    a, b = studio.desk("a"), studio.desk("b")
    for n in range(3):
        a.apply("client.create", new_client(f"C{n}"))
    a.steps.sync()
    b.apply("payment.record", payment(5000))
    before = b.rows()

    def crash(progress: object) -> None:
        if getattr(progress, "phase", "") == "apply":
            raise KeyboardInterrupt("killed mid page-apply")

    with pytest.raises(KeyboardInterrupt):
        b.steps.pull(limit=1, progress=crash)
    assert b.rows() == before, "the apply is one transaction"
    assert b.local.stored_pages().complete
    assert b.steps.pull(limit=1) is PullStep.APPLIED
    studio.settle()
    studio.assert_converged()


def test_acknowledgement_counts_only_versions_pulled(studio: Studio) -> None:
    """A mutation pushed after the pull's snapshot is not acknowledged by it."""
    a = studio.desk("a")
    a.steps.pull()
    a.apply("client.create", new_client())
    a.steps.push()
    a.apply("client.create", new_client("Depois"))
    a.steps.pull()
    statuses = [r["status"] for r in a.outbox()]
    assert statuses == ["acked", "pending"]
    studio.settle()
    studio.assert_converged()


def test_payments_are_never_lost_or_doubled(studio: Studio) -> None:
    a, b = studio.desk("a"), studio.desk("b")
    amounts = [1000, 2500, 99]
    for amount in amounts:
        a.apply("payment.record", payment(amount))
    b.apply("payment.record", payment(7))
    a.transport.lose_push_answers = 1
    with pytest.raises(Exception, match="dropped"):
        a.steps.push()
    a.transport.push_copies = 3
    studio.settle()
    studio.assert_converged()
    paid = sorted(r["amount"] for (t, _), r in studio.server.rows().items() if t == "payment")
    assert paid == sorted([*amounts, 7])
