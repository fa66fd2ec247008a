"""``appointment.edit``: change what a booking is (kind, notes, project, client), not when.

Moving a booking in time or to another column is ``appointment.reschedule``; its status,
``appointment.set_status`` and ``appointment.cancel``. An edit changes only the fields given,
merged against the values the desk saw (kronos_core/mutations/seen.py: a field changed on another
desk meanwhile is kept and becomes a ``field_overwrite`` conflict). When the kind or the client
changes, the booking is checked again as a new one would be: a blocked client is refused
(``client_blocked``), a client below the studio's minimum age only for a consultation
(``under_min_age``), and its project must stay an open project of its client
(``project_other_client``, ``project_not_open``). A time-off block stays a block: only its notes
(its reason) change (``block_not_a_booking``).
"""

from __future__ import annotations

import uuid
from typing import Any, Literal

from pydantic import Field, model_validator

from kronos_core.mutations.appointments import check_artist_scope, check_client_age
from kronos_core.mutations.base import ApplyContext, InvalidArguments, MutationArgs, mutation
from kronos_core.mutations.fields import LongText
from kronos_core.mutations.projects import check_project
from kronos_core.mutations.seen import check_seen, split_seen, write_merge
from kronos_core.roles import EVERYONE
from kronos_core.schema import appointment, client

BookingKind = Literal["consultation", "session", "touch_up", "walk_in"]
EDITABLE = ("kind", "notes", "project_id", "client_id")


class AppointmentEdit(MutationArgs):
    appointment_id: uuid.UUID
    kind: BookingKind | None = None
    notes: LongText | None = None  # given as "" or None: the notes cleared
    project_id: uuid.UUID | None = None
    clear_project: bool = False  # the booking leaves its project
    client_id: uuid.UUID | None = None
    # The values the desk saw for each changed field (kind, notes, project_id, client_id),
    # JSON-encoded as in rows.encode_value.
    seen: dict[str, Any] = Field(default_factory=dict)

    def changes(self) -> dict[str, Any]:
        """The columns this edit writes, with their new values."""
        given = self.model_fields_set
        values: dict[str, Any] = {}
        if "kind" in given and self.kind is not None:
            values["kind"] = self.kind
        if "notes" in given:
            values["notes"] = self.notes or None
        if self.clear_project:
            values["project_id"] = None
        elif self.project_id is not None:
            values["project_id"] = self.project_id
        if self.client_id is not None:
            values["client_id"] = self.client_id
        return values

    @model_validator(mode="after")
    def _valid(self) -> AppointmentEdit:
        if self.clear_project and self.project_id is not None:
            raise ValueError("a project given and cleared at once")
        check_seen(set(self.changes()), self.seen)
        return self


@mutation("appointment.edit", AppointmentEdit, roles=EVERYONE)
def edit(ctx: ApplyContext, args: AppointmentEdit) -> None:
    """Change a booking's kind, notes, project or client without moving it (see the module)."""
    current = ctx.require(appointment, args.appointment_id, "appointment")
    check_artist_scope(ctx, current["artist_id"])
    values = args.changes()
    if not values:
        raise InvalidArguments("nothing to change", code="nothing_to_change")
    if current["kind"] == "block" and set(values) - {"notes"}:
        raise InvalidArguments("a time-off block stays a block: only its reason changes", code="block_not_a_booking")
    kind = values.get("kind", current["kind"])
    client_id = values.get("client_id", current["client_id"])
    if {"kind", "client_id"} & values.keys():
        who = ctx.require(client, client_id, "client")
        if who["blocked"]:
            raise InvalidArguments(
                f"{who['full_name']} is blocked from booking", code="client_blocked", params={"name": who["full_name"]}
            )
        check_client_age(ctx, who, kind, current["starts_at"])
    project_id = values.get("project_id", current["project_id"])
    if project_id is not None and {"project_id", "client_id"} & values.keys():
        check_project(ctx, project_id, client_id=client_id, kind=kind)
    write_merge(ctx, appointment, args.appointment_id, split_seen(appointment, current, values, args.seen))
