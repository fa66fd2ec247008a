"""A merge on one desk and an edit of the merged client on another, both offline, against the real
server and PostgreSQL: whichever reaches the server first, every desk ends with the same rows, the
edit on the kept record (or, where the merge chose another value, in the conflicts inbox as a
field_overwrite), the other record a tombstone pointing at the kept one, and its open booking moved."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from kronos_core.mutations.client_merge import MERGE_FIELDS
from tests.desk_sync.conftest import booking, new_client
from tests.server.desk_live.conftest import LiveDesk, LiveStudio

pytestmark = pytest.mark.postgres

PHONE_KEPT, PHONE_OTHER, PHONE_EDITED = "+5511987650001", "+5511912340002", "+5511955556666"


def seen(d: LiveDesk, client_id: uuid.UUID, fields: Any) -> dict[str, Any]:
    """The values desk ``d`` shows of a client's ``fields`` (JSON, as a mutation's seen values)."""
    row = d.rows()[("client", client_id)]
    return {name: row[name] for name in fields}


def two_records(live_studio: LiveStudio) -> tuple[LiveDesk, LiveDesk, uuid.UUID, uuid.UUID, uuid.UUID]:
    a, b = live_studio.desk("a"), live_studio.desk("b")
    keep = a.apply("client.create", new_client("Ana Souza", phone=PHONE_KEPT, allergies="Látex")).args.client_id
    other = a.apply("client.create", new_client("Aninha Souza", phone=PHONE_OTHER)).args.client_id
    booked = a.apply("appointment.book", booking(live_studio.owner_id, other, 3)).args.appointment_id
    live_studio.settle()
    return a, b, keep, other, booked


def merge(a: LiveDesk, keep: uuid.UUID, other: uuid.UUID, choices: dict[str, Any]) -> None:
    a.apply(
        "client.merge",
        {
            "keep_id": str(keep),
            "merged_id": str(other),
            "choices": choices,
            "seen_keep": seen(a, keep, choices),
            "seen_merged": seen(a, other, MERGE_FIELDS),
        },
    )


def sync_in_order(first: LiveDesk, second: LiveDesk) -> None:
    for d in (first, second):
        d.net.offline = False
        d.steps.sync()


@pytest.mark.parametrize("merge_first", [True, False], ids=["merge-first", "edit-first"])
def test_an_edit_of_the_merged_client_lands_on_the_kept_record(live_studio: LiveStudio, merge_first: bool) -> None:
    a, b, keep, other, booked = two_records(live_studio)
    a.net.offline = b.net.offline = True
    merge(a, keep, other, {"phone": PHONE_OTHER})  # the other record's phone is the one in use
    edit = {"phone": PHONE_EDITED, "medical_alerts": "Diabetes"}
    b.apply("client.update", {"client_id": str(other), "changes": edit, "seen": seen(b, other, edit)})
    sync_in_order(*((a, b) if merge_first else (b, a)))
    live_studio.settle()
    live_studio.assert_converged()
    rows = live_studio.server_rows()
    kept = rows[("client", keep)]
    assert (kept["phone"], kept["medical_alerts"], kept["allergies"]) == (PHONE_EDITED, "Diabetes", "Látex")
    assert rows[("client", other)]["merged_into"] == str(keep)
    assert rows[("appointment", booked)]["client_id"] == str(keep)
    assert [r for (t, _), r in rows.items() if t == "sync_conflict"] == []


@pytest.mark.parametrize("merge_first", [True, False], ids=["merge-first", "edit-first"])
def test_an_edit_of_a_value_the_merge_did_not_keep_goes_to_the_inbox(
    live_studio: LiveStudio, merge_first: bool
) -> None:
    a, b, keep, other, _booked = two_records(live_studio)
    a.net.offline = b.net.offline = True
    merge(a, keep, other, {})  # the kept record's phone stays
    edit = {"phone": PHONE_EDITED}
    b.apply("client.update", {"client_id": str(other), "changes": edit, "seen": seen(b, other, edit)})
    sync_in_order(*((a, b) if merge_first else (b, a)))
    live_studio.settle()
    live_studio.assert_converged()
    rows = live_studio.server_rows()
    assert rows[("client", keep)]["phone"] == PHONE_KEPT
    (conflict,) = [r for (t, _), r in rows.items() if t == "sync_conflict"]
    assert (conflict["kind"], conflict["table_name"], conflict["row_ids"]) == ("field_overwrite", "client", [str(keep)])
    assert (conflict["mine"], conflict["theirs"]) == ({"phone": PHONE_EDITED}, {"phone": PHONE_KEPT})
    # Keeping the edit from the inbox writes it on the kept record, on every desk.
    b.apply(
        "conflict.resolve",
        {"conflict_id": conflict["id"], "resolution": "keep_mine", "resolved_at": "2026-03-10T15:00:00+00:00"},
    )
    live_studio.settle()
    live_studio.assert_converged()
    assert live_studio.server_rows()[("client", keep)]["phone"] == PHONE_EDITED


def test_two_desks_merging_the_same_records_both_ways_converge(live_studio: LiveStudio) -> None:
    a, b, keep, other, booked = two_records(live_studio)
    a.net.offline = b.net.offline = True
    merge(a, keep, other, {})
    merge(b, other, keep, {})  # the other desk kept the other record
    live_studio.settle()
    live_studio.assert_converged()
    rows = live_studio.server_rows()
    tombstones = [cid for cid in (keep, other) if rows[("client", cid)]["merged_into"] is not None]
    assert len(tombstones) == 1, "one record kept, the other pointing at it"
    (refused,) = [r for (t, _), r in rows.items() if t == "sync_conflict"]
    assert refused["kind"] == "rejected"
    assert refused["mutation_name"] == "client.merge"
    kept = ({keep, other} - set(tombstones)).pop()
    assert rows[("appointment", booked)]["client_id"] == str(kept)


@pytest.mark.parametrize("page", [500, 1], ids=["pages", "one-change-pages"])
def test_a_pending_edit_rebased_on_a_pulled_merge_shows_on_the_kept_record(live_studio: LiveStudio, page: int) -> None:
    a, b, keep, other, _booked = two_records(live_studio)
    b.net.offline = True
    edit = {"medical_alerts": "Diabetes"}
    b.apply("client.update", {"client_id": str(other), "changes": edit, "seen": seen(b, other, edit)})
    merge(a, keep, other, {"phone": PHONE_OTHER})
    a.steps.sync()
    b.net.offline = False
    b.steps.pull(limit=page)  # the merge arrives under the pending edit, which is applied again on top
    assert b.local.counts().pending == 1  # the edit, still to push
    rows = b.rows()
    assert rows[("client", other)]["merged_into"] == str(keep)
    assert rows[("client", keep)]["medical_alerts"] == "Diabetes"  # shown where it will land
    live_studio.settle()
    live_studio.assert_converged()
    assert live_studio.server_rows()[("client", keep)]["medical_alerts"] == "Diabetes"
