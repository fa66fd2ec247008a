"""Booking, rescheduling and cancelling appointments, with the double-booking check.

The check is the same query on SQLite and PostgreSQL. A clashing booking is still stored,
flagged ``in_conflict``, with a ``double_booking`` conflict row: the booking committed first
keeps the slot, and a person decides about the other.
"""

from __future__ import annotations

import datetime as dt
import functools
import uuid
import zoneinfo
from typing import Any, Literal

from pydantic import AwareDatetime, Field, model_validator
from sqlalchemy import Select, String, and_, bindparam, literal, select

from kronos_core import transitions  # the module, not its names: it imports the mutation framework
from kronos_core.mutations.base import ApplyContext, InvalidArguments, MutationArgs, NotAllowed, StaleTarget, mutation
from kronos_core.mutations.fields import LongText
from kronos_core.mutations.projects import check_project
from kronos_core.people import BOOKABLE_BELOW_MIN_AGE, below_min_age
from kronos_core.roles import EVERYONE, Role
from kronos_core.schema import (
    ACTIVE_APPOINTMENT_STATUSES,
    APPOINTMENT_MAX_HOURS,
    appointment,
    client,
    staff,
    station,
    studio,
)

Kind = Literal["consultation", "session", "touch_up", "walk_in", "block"]
# No booking lasts longer (_check_span, and the database's ck_appointment_max_length on both
# sides); the clash check relies on it to read a bounded range of starts_at, so lowering it needs
# the existing longer bookings dealt with first (and a migration of the CHECK).
MAX_LENGTH = dt.timedelta(hours=APPOINTMENT_MAX_HOURS)


def _check_span(starts_at: dt.datetime, ends_at: dt.datetime) -> None:
    if ends_at <= starts_at:
        raise ValueError("an appointment must end after it starts")
    if ends_at - starts_at > MAX_LENGTH:
        raise ValueError("an appointment cannot last more than 16 hours")


def find_clashes(
    ctx: ApplyContext,
    *,
    artist_id: uuid.UUID,
    station_id: uuid.UUID | None,
    starts_at: dt.datetime,
    ends_at: dt.datetime,
    exclude_id: uuid.UUID,
) -> list[dict[str, Any]]:
    """Active bookings of the same artist or station that overlap the span."""
    params = {
        "studio_id": ctx.actor.studio_id,
        "exclude_id": exclude_id,
        "starts_at": starts_at,
        "ends_at": ends_at,
        # No booking lasts more than MAX_LENGTH (every one is placed through _check_span), so
        # one that overlaps starts after this: the index on starts_at is read in a bounded range.
        "earliest": starts_at - MAX_LENGTH,
        "artist_id": artist_id,
        "station_id": station_id,
    }
    return ctx.select_rows(_clash_query(station_id is not None), params)


@functools.cache
def _clash_query(with_station: bool) -> Select[Any]:
    """The clash check, built once (with and without a station): every booking runs it."""
    a = appointment.c
    who = a.artist_id == bindparam("artist_id")
    if with_station:
        who = who | (a.station_id == bindparam("station_id"))
    return (
        select(a.id, a.artist_id, a.station_id, a.starts_at, a.ends_at)
        .where(
            a.studio_id == bindparam("studio_id"),
            a.id != bindparam("exclude_id"),
            a.deleted.is_(False),
            a.in_conflict.is_(False),
            a.status.in_([literal(s, String) for s in ACTIVE_APPOINTMENT_STATUSES]),
            and_(a.starts_at < bindparam("ends_at"), a.ends_at > bindparam("starts_at")),
            a.starts_at > bindparam("earliest"),
            who,
        )
        .order_by(a.starts_at)
    )


def _clashes(ctx: ApplyContext, appointment_id: uuid.UUID, placed: dict[str, Any]) -> list[dict[str, Any]]:
    """The active bookings a booking placed as ``placed`` would clash with.

    Asked *before* the booking is written, so that it is written once, already flagged
    ``in_conflict`` when it clashes: on PostgreSQL an unflagged clashing row would trip the
    exclusion constraint (the backstop) at once and the booking would be refused, not kept.
    """
    return find_clashes(
        ctx,
        artist_id=placed["artist_id"],
        station_id=placed["station_id"],
        starts_at=placed["starts_at"],
        ends_at=placed["ends_at"],
        exclude_id=appointment_id,
    )


BOOKED_MEANWHILE = "the artist or station is already booked at that time"


def record_double_booking(
    ctx: ApplyContext,
    appointment_id: uuid.UUID,
    placed: dict[str, Any],
    clashes: list[dict[str, Any]],
    *,
    detail: str = BOOKED_MEANWHILE,
) -> uuid.UUID:
    """The ``double_booking`` conflict of a flagged booking, the one shape every place that finds
    a clash writes (a booking or move here, a resolution that leaves one clashing, the server's
    exclusion backstop): ``row_ids`` the booking then the bookings it clashes with; ``mine`` the
    booking's id and span (``placed``: its ``starts_at`` and ``ends_at``); ``theirs`` the same of
    each clashing booking, all in UTC."""
    return ctx.conflict(
        "double_booking",
        table=appointment,
        row_ids=[appointment_id, *(c["id"] for c in clashes)],
        mine=_span(appointment_id, placed),
        theirs=[_span(c["id"], c) for c in clashes],
        detail=detail,
    )


def _span(appointment_id: uuid.UUID, row: dict[str, Any]) -> dict[str, str]:
    """A booking's id and span, the instants in UTC (as stored, whatever offset the desk sent)."""
    return {"id": str(appointment_id), "starts_at": _utc(row["starts_at"]), "ends_at": _utc(row["ends_at"])}


def _utc(instant: dt.datetime) -> str:
    return instant.astimezone(dt.UTC).isoformat()


def _record_clash(
    ctx: ApplyContext, appointment_id: uuid.UUID, placed: dict[str, Any], clashes: list[dict[str, Any]]
) -> None:
    """After a clashing booking is written (flagged): the conflict a person resolves."""
    if clashes:
        record_double_booking(ctx, appointment_id, placed, clashes)


def studio_zone(ctx: ApplyContext) -> tuple[zoneinfo.ZoneInfo, dict[str, Any] | None]:
    """The studio's time zone (São Paulo's if it names none this machine knows) and its row."""
    row = ctx.get(studio, ctx.actor.studio_id)
    try:
        zone = zoneinfo.ZoneInfo(row["timezone"] if row is not None else "America/Sao_Paulo")
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        zone = zoneinfo.ZoneInfo("America/Sao_Paulo")
    return zone, row


def _studio_day(ctx: ApplyContext, instant: dt.datetime) -> tuple[dt.date, dict[str, Any] | None]:
    """The studio's row and the day ``instant`` falls on in the studio's time zone."""
    zone, row = studio_zone(ctx)
    return instant.astimezone(zone).date(), row


def check_client_age(ctx: ApplyContext, who: dict[str, Any], kind: str, starts_at: dt.datetime) -> None:
    """Refuse (``under_min_age``) a booking other than a consultation for a client younger than
    the studio's ``min_client_age`` on the appointment's day: the day its start falls on in the
    studio's time zone (a client turning 18 on Friday can be booked for a session from Friday,
    whatever the desk's or server's clock says). A client without a birth date is not held back:
    the studio's records do not say they are under age (kronos_core/people.py, below_min_age)."""
    if kind in BOOKABLE_BELOW_MIN_AGE or who["birth_date"] is None:
        return
    day, row = _studio_day(ctx, starts_at)
    min_age: int = row["min_client_age"] if row is not None else 18
    age = below_min_age(who["birth_date"], day, min_age)
    if age is not None:
        raise InvalidArguments(
            f"{who['full_name']} is {age} on {day.isoformat()}: below {min_age}, only a consultation can be booked",
            code="under_min_age",
            params={"name": who["full_name"], "age": str(age), "min_age": str(min_age)},
        )


def check_artist_scope(ctx: ApplyContext, artist_id: uuid.UUID) -> None:
    if ctx.actor.role is Role.ARTIST and ctx.actor.staff_id != artist_id:
        raise NotAllowed("an artist books only on their own calendar", code="artist_own_calendar")


def check_bookable_artist(ctx: ApplyContext, artist_id: uuid.UUID) -> None:
    """``artist_id`` may be booked (or blocked) by the actor: the actor's own calendar if an
    artist (``artist_own_calendar``), a staff member who is still active (``artist_inactive``)."""
    check_artist_scope(ctx, artist_id)
    artist = ctx.require(staff, artist_id, "artist")
    if not artist["active"]:
        raise InvalidArguments(
            f"{artist['display_name']} is no longer active",
            code="artist_inactive",
            params={"name": artist["display_name"]},
        )


class AppointmentBook(MutationArgs):
    appointment_id: uuid.UUID
    client_id: uuid.UUID | None = None
    artist_id: uuid.UUID
    station_id: uuid.UUID | None = None
    starts_at: AwareDatetime
    ends_at: AwareDatetime
    kind: Kind = "session"
    notes: LongText | None = None
    # A session of a multi-session project: an open project of the same client (check_project).
    project_id: uuid.UUID | None = None

    @model_validator(mode="after")
    def _valid(self) -> AppointmentBook:
        _check_span(self.starts_at, self.ends_at)
        if self.kind != "block" and self.client_id is None:
            raise ValueError("a booking needs a client (only a time-off block has none)")
        return self


@mutation("appointment.book", AppointmentBook, roles=EVERYONE)
def book(ctx: ApplyContext, args: AppointmentBook) -> None:
    """Book a session, consultation, touch-up, walk-in, or block time off (a client below the
    studio's minimum age only for a consultation: check_client_age)."""
    check_bookable_artist(ctx, args.artist_id)
    if args.client_id is not None:
        who = ctx.require(client, args.client_id, "client")
        if who["blocked"]:
            raise InvalidArguments(
                f"{who['full_name']} is blocked from booking", code="client_blocked", params={"name": who["full_name"]}
            )
        check_client_age(ctx, who, args.kind, args.starts_at)
    if args.station_id is not None:
        ctx.require(station, args.station_id, "station")
    if args.project_id is not None:
        check_project(ctx, args.project_id, client_id=args.client_id, kind=args.kind)
    transitions.require_move("appointment", None, "booked")
    values: dict[str, Any] = {
        "id": args.appointment_id,
        "client_id": args.client_id,
        "artist_id": args.artist_id,
        "station_id": args.station_id,
        "starts_at": args.starts_at,
        "ends_at": args.ends_at,
        "kind": args.kind,
        "status": "booked",
        "notes": args.notes,
        "project_id": args.project_id,
    }
    clashes = _clashes(ctx, args.appointment_id, values)
    values["in_conflict"] = bool(clashes)
    ctx.insert(appointment, values)
    _record_clash(ctx, args.appointment_id, values, clashes)


class AppointmentReschedule(MutationArgs):
    appointment_id: uuid.UUID
    starts_at: AwareDatetime
    ends_at: AwareDatetime
    artist_id: uuid.UUID | None = None
    station_id: uuid.UUID | None = None
    clear_station: bool = False

    @model_validator(mode="after")
    def _valid(self) -> AppointmentReschedule:
        _check_span(self.starts_at, self.ends_at)
        return self


@mutation("appointment.reschedule", AppointmentReschedule, roles=EVERYONE)
def reschedule(ctx: ApplyContext, args: AppointmentReschedule) -> None:
    """Move an appointment in time, and optionally to another artist or station (not to a day
    when its client is below the studio's minimum age, unless it is a consultation)."""
    current = ctx.require(appointment, args.appointment_id, "appointment")
    check_artist_scope(ctx, current["artist_id"])
    if current["status"] not in ACTIVE_APPOINTMENT_STATUSES:
        raise StaleTarget(
            f"a {current['status']} appointment cannot be rescheduled",
            code="cannot_reschedule",
            params={"status": current["status"]},
        )
    if current["client_id"] is not None:
        who = ctx.get(client, current["client_id"], include_deleted=True)
        if who is not None:
            check_client_age(ctx, who, current["kind"], args.starts_at)
    artist_id = args.artist_id or current["artist_id"]
    if args.artist_id is not None:
        check_artist_scope(ctx, args.artist_id)
        ctx.require(staff, args.artist_id, "artist")
    station_id = None if args.clear_station else (args.station_id or current["station_id"])
    if args.station_id is not None:
        ctx.require(station, args.station_id, "station")
    values: dict[str, Any] = {
        "starts_at": args.starts_at,
        "ends_at": args.ends_at,
        "artist_id": artist_id,
        "station_id": station_id,
    }
    clashes = _clashes(ctx, args.appointment_id, values)
    values["in_conflict"] = bool(clashes)
    ctx.update(appointment, args.appointment_id, values)
    _record_clash(ctx, args.appointment_id, values, clashes)


class AppointmentCancel(MutationArgs):
    appointment_id: uuid.UUID
    reason: str = Field(default="", max_length=500)
    cancelled_at: AwareDatetime  # the desk's corrected clock: late-cancellation rules depend on it


def is_late_cancellation(ctx: ApplyContext, current: dict[str, Any], cancelled_at: dt.datetime) -> bool:
    """Whether cancelling ``current`` at ``cancelled_at`` is late: after its start less the
    studio's ``late_cancel_hours`` (what happens to a deposit then comes with the checkout). A
    time-off block is never a late cancellation."""
    if current["kind"] == "block":
        return False
    row = ctx.get(studio, ctx.actor.studio_id)
    hours: int = row["late_cancel_hours"] if row is not None else 48
    late: bool = cancelled_at > current["starts_at"] - dt.timedelta(hours=hours)
    return late


@mutation("appointment.cancel", AppointmentCancel, roles=EVERYONE)
def cancel(ctx: ApplyContext, args: AppointmentCancel) -> None:
    """Cancel an appointment, keeping it (and why) in the history, and whether it came later than
    the studio's ``late_cancel_hours`` before its start (``late_cancellation``)."""
    current = ctx.require(appointment, args.appointment_id, "appointment")
    check_artist_scope(ctx, current["artist_id"])
    if current["status"] == "cancelled":
        return  # already cancelled: nothing changes
    transitions.require_move("appointment", current["status"], "cancelled")
    late = is_late_cancellation(ctx, current, args.cancelled_at)
    ctx.update(
        appointment,
        args.appointment_id,
        {
            "status": "cancelled",
            "cancellation_reason": args.reason or None,
            "cancelled_at": args.cancelled_at,
            "late_cancellation": late,
        },
    )
    detail = {"from": current["status"], "to": "cancelled", "reason": args.reason[:80], "late": late}
    ctx.audit("appointment.cancel", appointment, args.appointment_id, detail=detail)
