"""Projects: a client's multi-session tattoo, whose sessions are bookings pointing at it.

``project.create`` opens one; ``project.update`` renames it, changes its healing interval (the
days find-a-slot waits after its last session before offering the next), finishes or cancels it,
merged against the values the desk saw (kronos_core/mutations/seen.py). An artist creates and
changes only projects of their own calendar (``artist_own_calendar``), as they book only there.

A booking joins a project through ``appointment.book`` or ``appointment.edit``, which ask
:func:`check_project`: the project must be the same client's (``project_other_client``) and open
(``project_not_open``), and a time-off block belongs to none (``project_not_for_block``).
"""

from __future__ import annotations

import uuid
from typing import Annotated, Any, ClassVar, Literal

from pydantic import AfterValidator, Field, StrictInt

from kronos_core.mutations.base import ApplyContext, InvalidArguments, MutationArgs, NotAllowed, mutation
from kronos_core.mutations.fields import LongText
from kronos_core.mutations.seen import SeenUpdate, merge_seen
from kronos_core.roles import EVERYONE, Role
from kronos_core.schema import client, project, staff

ProjectStatus = Literal["open", "finished", "cancelled"]
DEFAULT_HEALING_DAYS = 21


def _title(value: str) -> str:
    value = " ".join(value.split())
    if not value:
        raise ValueError("must not be empty")
    return value


Title = Annotated[str, Field(max_length=120), AfterValidator(_title)]
HealingDays = Annotated[StrictInt, Field(ge=0, le=365)]


def _check_own(ctx: ApplyContext, artist_id: uuid.UUID | None) -> None:
    """An artist acts only on projects of their own calendar."""
    if ctx.actor.role is Role.ARTIST and artist_id != ctx.actor.staff_id:
        raise NotAllowed("an artist changes only projects of their own calendar", code="artist_own_calendar")


class ProjectCreate(MutationArgs):
    project_id: uuid.UUID
    client_id: uuid.UUID
    artist_id: uuid.UUID | None = None
    title: Title
    healing_days: HealingDays = DEFAULT_HEALING_DAYS
    notes: LongText | None = None


@mutation("project.create", ProjectCreate, roles=EVERYONE)
def create_project(ctx: ApplyContext, args: ProjectCreate) -> None:
    """Open a multi-session project for a client (an artist: for their own calendar)."""
    _check_own(ctx, args.artist_id)
    ctx.require(client, args.client_id, "client")
    if args.artist_id is not None:
        ctx.require(staff, args.artist_id, "artist")
    ctx.insert(
        project,
        {
            "id": args.project_id,
            "client_id": args.client_id,
            "artist_id": args.artist_id,
            "title": args.title,
            "healing_days": args.healing_days,
            "status": "open",
            "notes": args.notes or None,
        },
    )


class ProjectUpdate(SeenUpdate):
    row_key: ClassVar[str | None] = "project_id"
    project_id: uuid.UUID
    title: Title | None = None
    healing_days: HealingDays | None = None
    status: ProjectStatus | None = None
    notes: LongText | None = None  # "" or None: no notes


@mutation("project.update", ProjectUpdate, roles=EVERYONE)
def update_project(ctx: ApplyContext, args: ProjectUpdate) -> None:
    """Rename a project, change its healing interval or notes, finish or cancel it (or open it
    again), merged against the values the desk saw."""
    current = ctx.require(project, args.project_id, "project")
    _check_own(ctx, current["artist_id"])
    values = args.changes()
    for name in ("title", "healing_days", "status"):
        if name in values and values[name] is None:
            raise InvalidArguments(f"{name}: a value is needed", code="invalid_arguments", params={"problems": name})
    if "notes" in values:
        values["notes"] = values["notes"] or None
    merge_seen(ctx, project, args.project_id, values, args.seen, current=current)


def check_project(ctx: ApplyContext, project_id: uuid.UUID, *, client_id: uuid.UUID | None, kind: str) -> None:
    """Refuse a booking's project unless it is an open project of the booking's client."""
    if kind == "block":
        raise InvalidArguments("a time-off block belongs to no project", code="project_not_for_block")
    row: dict[str, Any] = ctx.require(project, project_id, "project")
    if row["client_id"] != client_id:
        raise InvalidArguments(
            f"the project {row['title']!r} is another client's",
            code="project_other_client",
            params={"title": row["title"]},
        )
    if row["status"] != "open":
        raise InvalidArguments(
            f"the project {row['title']!r} is {row['status']}",
            code="project_not_open",
            params={"title": row["title"], "status": row["status"]},
        )
