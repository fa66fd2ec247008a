"""What undoes each mutation: its inverse, another mutation, or a declaration that it is final.

An undo is never a restore of rows: it is a mutation like any other, run through the same
rules, so it can itself be refused (the booking has moved on and its status can no longer go
back) or become a conflict (a client's field changed elsewhere since). Each inverse is a
function of the mutation's arguments, the rows as they were before it (the desk's take-back
records, :class:`kronos_core.mutations.base.UndoRecord`, JSON-encoded as in
``kronos_core.rows``) and the desk's clock, returning the inverse's name and arguments:

- ``appointment.book`` → ``appointment.cancel`` (the booking stays in the history, cancelled);
- ``appointment.reschedule`` → ``appointment.reschedule`` back to the time, artist and station
  it had;
- ``appointment.cancel`` → ``appointment.set_status`` back to the status it had (the status
  table allows a cancelled booking back to the open status it had); ``appointment.set_status`` →
  ``appointment.set_status`` back (or ``appointment.cancel`` again, for an un-cancel);
- ``appointment.edit`` → ``appointment.edit`` back to the kind, notes, project and client it had,
  seen as the values this edit wrote;
- ``project.create`` → ``project.update`` to ``cancelled`` (there is no removing a project);
- ``time_off.add`` ↔ ``time_off.remove`` (and ``time_off.remove`` → ``time_off.restore``);
  ``time_off.exclude_day`` ↔ ``time_off.restore_day``;
- ``material.add`` → ``material.update`` taking it off the list (``active`` false);
- ``client.update``, ``studio.update``, ``staff.update``, ``station.update``, ``project.update``,
  ``material.update`` →
  the same update
  back to the values before, *seen* as the values this change wrote: a field changed
  elsewhere since is kept and becomes a ``field_overwrite`` conflict, never silently
  overwritten.

The rest are final (:data:`FINAL`, with why): money taken, a closed sale, a conflict's
resolution, a PIN, a new studio, member, station, client or commission (none has a mutation
that removes it), and issue 14's append-only rows: a questionnaire's version, a signed form, a
session's record (an amendment or a correction is a new row). Every registered mutation is in one of the two tables
(tests/core/test_inverses.py lists the registry).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from kronos_core.mutations.base import MutationArgs, get_spec
from kronos_core.people import cpf_is_valid, normalise_cpf
from kronos_core.rows import encode_value
from kronos_core.schema import TABLES_BY_NAME


class NoInverse(Exception):
    """This change cannot be undone: ``code`` ``final`` (declared so), ``unchanged`` (it
    changed nothing), or ``not_recorded`` (the rows before it are not known)."""

    def __init__(self, name: str, code: str) -> None:
        super().__init__(f"{name} cannot be undone ({code})")
        self.name = name
        self.code = code


@dataclass(frozen=True)
class Inverse:
    """The mutation that undoes a change, with its arguments (JSON-safe, parsed when run)."""

    name: str
    args: dict[str, Any]


class Before:
    """The rows a mutation touched, as they were before it (``None``: it created the row)."""

    def __init__(self, records: Sequence[Mapping[str, Any]]) -> None:
        self._rows: dict[tuple[str, str], dict[str, Any] | None] = {}
        for record in records:
            self._rows[(str(record["table"]), str(record["id"]))] = record["before"]

    def row(self, name: str, table: str, row_id: uuid.UUID | str) -> dict[str, Any]:
        """The row before; a row the mutation did not change, or created, has no inverse."""
        key = (table, str(row_id))
        if key not in self._rows:
            raise NoInverse(name, "unchanged")
        before = self._rows[key]
        if before is None:
            raise NoInverse(name, "not_recorded")
        return before

    def only(self, name: str, table: str) -> dict[str, Any]:
        """The one row of ``table`` the mutation changed (the studio's own row)."""
        ids = [row_id for (t, row_id) in self._rows if t == table]
        if len(ids) != 1:
            raise NoInverse(name, "unchanged")
        return self.row(name, table, ids[0])


InverseFn = Callable[[Any, Before, dt.datetime], Inverse]
INVERSES: dict[str, InverseFn] = {}
FINAL: dict[str, str] = {
    "payment.record": "money received is never taken back here: a refund is its own change",
    "sale.record": "a closed ticket is corrected by voiding it, never reopened",
    "conflict.resolve": "a person's decision on a conflict; resolve again if it was wrong",
    "staff.set_pin": "a PIN is never put back to an old one",
    "studio.setup": "the studio's first change",
    "staff.add": "a member of staff is deactivated, not removed",
    "station.add": "a station is retired, not removed",
    "client.create": "there is no mutation that removes a client",
    "commission.set": "a commission rule is replaced by a newer one, not removed",
    "client.merge": "two records made one are not split again: a person edits the kept record",
    "client.erase": "erased personal data is gone on every desk: nothing holds it to put back",
    "client.export_recorded": "an export is a read already handed over: the trail keeps that it happened",
    "form_template.publish": "a questionnaire's version is kept for the forms signed with it: publish another",
    "consent_form.sign": "a signed form is never changed nor taken back: an amendment is a new form",
    "session_record.add": "a session's record is kept as written: a correction is a new record",
}


def inverse_of(name: str) -> Callable[[InverseFn], InverseFn]:
    """Declare ``fn`` the inverse of the mutation ``name``."""

    def register(fn: InverseFn) -> InverseFn:
        if name in INVERSES or name in FINAL:
            raise RuntimeError(f"the inverse of {name} declared twice")
        INVERSES[name] = fn
        return fn

    return register


def invertible(name: str) -> bool:
    return name in INVERSES


def invert(name: str, args: Mapping[str, Any] | MutationArgs, before: Before, now: dt.datetime) -> Inverse:
    """The mutation that undoes ``name`` applied with ``args``; :class:`NoInverse` if none."""
    fn = INVERSES.get(name)
    if fn is None:
        raise NoInverse(name, "final")
    return fn(get_spec(name).parse(args), before, now)


# -- appointments -------------------------------------------------------------------------------
@inverse_of("appointment.book")
def _unbook(args: Any, before: Before, now: dt.datetime) -> Inverse:
    return Inverse("appointment.cancel", {"appointment_id": str(args.appointment_id), "cancelled_at": now.isoformat()})


@inverse_of("appointment.reschedule")
def _move_back(args: Any, before: Before, now: dt.datetime) -> Inverse:
    was = before.row("appointment.reschedule", "appointment", args.appointment_id)
    back: dict[str, Any] = {
        "appointment_id": str(args.appointment_id),
        "starts_at": was["starts_at"],
        "ends_at": was["ends_at"],
        "artist_id": was["artist_id"],
    }
    if was["station_id"] is None:
        back["clear_station"] = True
    else:
        back["station_id"] = was["station_id"]
    return Inverse("appointment.reschedule", back)


@inverse_of("appointment.cancel")
def _uncancel(args: Any, before: Before, now: dt.datetime) -> Inverse:
    was = before.row("appointment.cancel", "appointment", args.appointment_id)
    if was["status"] == "cancelled":
        raise NoInverse("appointment.cancel", "unchanged")
    return Inverse("appointment.set_status", {"appointment_id": str(args.appointment_id), "status": was["status"]})


@inverse_of("appointment.set_status")
def _status_back(args: Any, before: Before, now: dt.datetime) -> Inverse:
    was = before.row("appointment.set_status", "appointment", args.appointment_id)
    if was["status"] == "cancelled":  # an un-cancel: cancelled again, as it was
        again = {"appointment_id": str(args.appointment_id), "cancelled_at": was["cancelled_at"] or now.isoformat()}
        if was.get("cancellation_reason"):
            again["reason"] = was["cancellation_reason"]
        return Inverse("appointment.cancel", again)
    return Inverse("appointment.set_status", {"appointment_id": str(args.appointment_id), "status": was["status"]})


@inverse_of("appointment.edit")
def _edit_back(args: Any, before: Before, now: dt.datetime) -> Inverse:
    was = before.row("appointment.edit", "appointment", args.appointment_id)
    written = args.changes()
    changes, seen = update_back("appointment.edit", "appointment", was, written)
    back: dict[str, Any] = {"appointment_id": str(args.appointment_id), "seen": seen}
    for name, value in changes.items():
        if name == "project_id" and value is None:
            back["clear_project"] = True
        else:
            back[name] = value
    return Inverse("appointment.edit", back)


# -- projects and time off ----------------------------------------------------------------------
@inverse_of("project.create")
def _project_cancelled(args: Any, before: Before, now: dt.datetime) -> Inverse:
    return Inverse(
        "project.update", {"project_id": str(args.project_id), "status": "cancelled", "seen": {"status": "open"}}
    )


def _series_inverse(name: str) -> InverseFn:
    def back(args: Any, before: Before, now: dt.datetime) -> Inverse:
        return Inverse(name, {"series_id": str(args.series_id)})

    return back


def _day_inverse(name: str) -> InverseFn:
    def back(args: Any, before: Before, now: dt.datetime) -> Inverse:
        return Inverse(name, {"series_id": str(args.series_id), "day": args.day.isoformat()})

    return back


inverse_of("time_off.add")(_series_inverse("time_off.remove"))
inverse_of("time_off.remove")(_series_inverse("time_off.restore"))
inverse_of("time_off.restore")(_series_inverse("time_off.remove"))
inverse_of("time_off.exclude_day")(_day_inverse("time_off.restore_day"))
inverse_of("time_off.restore_day")(_day_inverse("time_off.exclude_day"))


# -- updates merged against seen values ---------------------------------------------------------
def update_back(
    name: str, table: str, was: Mapping[str, Any], written: Mapping[str, Any]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The changes that put ``written``'s fields back as they ``was``, and the values seen: the
    ones this change wrote (JSON), so a field changed since becomes a conflict."""
    columns = TABLES_BY_NAME[table].c
    changes = {field: was[field] for field in written}
    seen = {field: encode_value(columns[field].type, value) for field, value in written.items()}
    return changes, seen


@inverse_of("client.update")
def _client_back(args: Any, before: Before, now: dt.datetime) -> Inverse:
    was = before.row("client.update", "client", args.client_id)
    written = args.changes.model_dump(exclude_unset=True)
    kind = written.get("document_type", was.get("document_type"))
    number = written.get("document_number")
    if number is not None and (kind or "").lower() == "cpf" and cpf_is_valid(number):
        written["document_number"] = normalise_cpf(number)  # as the update stored it
    changes, seen = update_back("client.update", "client", was, written)
    return Inverse("client.update", {"client_id": str(args.client_id), "changes": changes, "seen": seen})


def _seen_update_back(name: str, table: str, key: str | None) -> InverseFn:
    def back(args: Any, before: Before, now: dt.datetime) -> Inverse:
        was = before.row(name, table, getattr(args, key)) if key else before.only(name, table)
        changes, seen = update_back(name, table, was, args.changes())
        return Inverse(name, {**({key: str(getattr(args, key))} if key else {}), **changes, "seen": seen})

    return back


inverse_of("studio.update")(_seen_update_back("studio.update", "studio", None))
inverse_of("staff.update")(_seen_update_back("staff.update", "staff", "staff_id"))
inverse_of("station.update")(_seen_update_back("station.update", "station", "station_id"))
inverse_of("project.update")(_seen_update_back("project.update", "project", "project_id"))


# -- the studio's inks and materials (issue 14) -------------------------------------------------
@inverse_of("material.add")
def _material_off_the_list(args: Any, before: Before, now: dt.datetime) -> Inverse:
    return Inverse(
        "material.update",
        {"material_id": str(args.material_id), "changes": {"active": False}, "seen": {"active": True}},
    )


@inverse_of("material.update")
def _material_back(args: Any, before: Before, now: dt.datetime) -> Inverse:
    was = before.row("material.update", "material", args.material_id)
    changes, seen = update_back("material.update", "material", was, args.changes.model_dump(exclude_unset=True))
    return Inverse("material.update", {"material_id": str(args.material_id), "changes": changes, "seen": seen})
