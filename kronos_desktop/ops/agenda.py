"""Ops on the agenda: book, move, resize, edit, cancel, a status move, a new project.

Each returns a :class:`MutationOp` the view hands to ``ctx.runner``; the runner records it for
Undo (ops/undo.py) like any other, and the inverse mutations (kronos_core/mutations/inverses.py)
undo a booking (cancelled), a move (back), a cancellation and a status move (the status before).
The arguments are checked by the mutations' own models; the dialogs check the fields first, so a
person sees what is wrong where it is. The models are imported where an op is made, not with this
module: the desk's start loads no mutation (kronos_core/mutations/__init__.py).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from typing import Any

from PySide6.QtWidgets import QWidget

from kronos_core import forms_gate
from kronos_core.mutations import load_all as load_mutations  # before any: all at once, one thread at a time
from kronos_core.rows import encode_value
from kronos_core.schema import appointment
from kronos_desktop.ops.runner import MutationOp
from kronos_desktop.store import Applied, LocalStore


def book(
    appointment_id: uuid.UUID,
    *,
    client_id: uuid.UUID,
    artist_id: uuid.UUID,
    starts_at: dt.datetime,
    ends_at: dt.datetime,
    kind: str = "session",
    station_id: uuid.UUID | None = None,
    notes: str | None = None,
    project_id: uuid.UUID | None = None,
    parent: QWidget | None = None,
) -> MutationOp:
    """Book a client with an artist (and a station) for a span."""
    load_mutations()
    from kronos_core.mutations.appointments import AppointmentBook

    args = AppointmentBook(
        appointment_id=appointment_id,
        client_id=client_id,
        artist_id=artist_id,
        station_id=station_id,
        starts_at=starts_at,
        ends_at=ends_at,
        kind=kind,  # type: ignore[arg-type]  # one of KINDS, checked by the model
        notes=notes or None,
        project_id=project_id,
    )
    return MutationOp("appointment.book", args, parent=parent)


def move(
    appointment_id: uuid.UUID,
    *,
    starts_at: dt.datetime,
    ends_at: dt.datetime,
    artist_id: uuid.UUID | None = None,
    station_id: uuid.UUID | None = None,
    clear_station: bool = False,
    parent: QWidget | None = None,
) -> MutationOp:
    """Move a booking in time, to another artist's or station's column (a drag, the dialog)."""
    load_mutations()
    from kronos_core.mutations.appointments import AppointmentReschedule

    args = AppointmentReschedule(
        appointment_id=appointment_id,
        starts_at=starts_at,
        ends_at=ends_at,
        artist_id=artist_id,
        station_id=station_id,
        clear_station=clear_station,
    )
    return MutationOp("appointment.reschedule", args, parent=parent)


def resize(
    appointment_id: uuid.UUID, *, starts_at: dt.datetime, ends_at: dt.datetime, parent: QWidget | None = None
) -> MutationOp:
    """Change a booking's length (its edge dragged): a reschedule that keeps artist and station."""
    return move(appointment_id, starts_at=starts_at, ends_at=ends_at, parent=parent)


def edit(
    appointment_id: uuid.UUID,
    *,
    kind: str | None = None,
    notes: str | None = None,
    project_id: uuid.UUID | None = None,
    clear_project: bool = False,
    client_id: uuid.UUID | None = None,
    seen: Mapping[str, Any] | None = None,
    parent: QWidget | None = None,
) -> MutationOp:
    """Change what a booking is (kind, notes, project, client), not when: ``appointment.edit``.
    ``notes`` "" clears them, None leaves them. ``seen``: the values the desk showed for the
    fields changed (``kind``, ``notes``, ``project_id``, ``client_id``), so a change made
    elsewhere meanwhile becomes a conflict rather than being overwritten."""
    raw: dict[str, Any] = {"appointment_id": appointment_id}
    if kind is not None:
        raw["kind"] = kind
    if notes is not None:
        raw["notes"] = notes
    if project_id is not None:
        raw["project_id"] = project_id
    if clear_project:
        raw["clear_project"] = True
    if client_id is not None:
        raw["client_id"] = client_id
    changed = set(raw) - {"appointment_id", "clear_project"} | ({"project_id"} if clear_project else set())
    raw["seen"] = {
        name: encode_value(appointment.c[name].type, value) for name, value in (seen or {}).items() if name in changed
    }
    load_mutations()
    from kronos_core.mutations.appointment_edit import AppointmentEdit

    return MutationOp("appointment.edit", AppointmentEdit.model_validate(raw), parent=parent)


def cancel(
    appointment_id: uuid.UUID, reason: str, *, cancelled_at: dt.datetime, parent: QWidget | None = None
) -> MutationOp:
    """Cancel a booking with why (``cancelled_at``: the desk's corrected clock, for the late rule)."""
    load_mutations()
    from kronos_core.mutations.appointments import AppointmentCancel

    args = AppointmentCancel(appointment_id=appointment_id, reason=reason.strip(), cancelled_at=cancelled_at)
    return MutationOp("appointment.cancel", args, parent=parent)


def set_status(
    appointment_id: uuid.UUID, status: str, *, warn_unsigned: bool = False, parent: QWidget | None = None
) -> MutationOp:
    """Confirm, check in, start, complete or mark a no-show.

    Before the needle (kronos_core.forms_gate): checking in or starting a session, touch-up or
    walk-in with no signed form is refused with ``form_not_signed`` when the studio's policy is
    ``block``. Under ``warn``, with ``warn_unsigned`` the op stops first with an
    ``UnsignedFormWarning`` (``form_not_signed_warning``, nothing written): the view asks the
    person and runs the op again without ``warn_unsigned`` on their yes."""
    load_mutations()
    from kronos_core.mutations.appointment_status import AppointmentSetStatus

    args = AppointmentSetStatus.model_validate({"appointment_id": appointment_id, "status": status})
    if status not in forms_gate.GATED_STATUSES:
        return MutationOp("appointment.set_status", args, parent=parent)

    def write(store: LocalStore) -> Applied:
        with store.read_engine.connect() as conn:
            forms_gate.enforce(conn, appointment_id, status, confirmed=not warn_unsigned)
        return store.apply("appointment.set_status", args)

    return MutationOp("appointment.set_status", args, parent=parent, write=write)


def create_project(
    project_id: uuid.UUID,
    *,
    client_id: uuid.UUID,
    title: str,
    artist_id: uuid.UUID | None = None,
    healing_days: int | None = None,
    notes: str | None = None,
    parent: QWidget | None = None,
) -> MutationOp:
    """A multi-session project of a client (its sessions booked with its id; ``healing_days``
    by default the project's default interval)."""
    load_mutations()
    from kronos_core.mutations.projects import DEFAULT_HEALING_DAYS, ProjectCreate

    args = ProjectCreate(
        project_id=project_id,
        client_id=client_id,
        artist_id=artist_id,
        title=title.strip(),
        healing_days=DEFAULT_HEALING_DAYS if healing_days is None else healing_days,
        notes=notes or None,
    )
    return MutationOp("project.create", args, parent=parent)
