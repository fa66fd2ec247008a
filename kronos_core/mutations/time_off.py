"""An artist's time off: a series row expanded into one block a day (kronos_core/time_off.py).

- ``time_off.add`` writes the series and one appointment row of kind ``block`` for each of its
  days (status booked, no client, ``notes`` = the reason, ``series_id`` set, id
  :func:`kronos_core.time_off.block_id`). Each block goes through the clash check of a booking:
  one that clashes is stored flagged ``in_conflict`` with a ``double_booking`` conflict (the
  server never refuses; the desk refuses what it can see before it asks). Refusals: the codes of
  :func:`kronos_core.time_off.check_series`, ``artist_inactive``, ``artist_own_calendar``.
- ``time_off.exclude_day`` takes one day out (the series' ``excluded_days`` gains it, that day's
  block is deleted; a day not of the series: ``time_off_not_a_day``); ``time_off.restore_day``
  puts it back (its block again, through the clash check).
- ``time_off.remove`` deletes the series and its blocks; ``time_off.restore`` brings back a
  removed series and the blocks of its days (through the clash check).

Rows are soft-deleted (tombstones sync), so a day or a series put back is the same row.
"""

from __future__ import annotations

import datetime as dt
import functools
import uuid
from typing import Annotated, Any

from pydantic import Field, StrictInt
from sqlalchemy import Select, bindparam, select

from kronos_core.mutations.appointments import (
    check_artist_scope,
    check_bookable_artist,
    find_clashes,
    record_double_booking,
    studio_zone,
)
from kronos_core.mutations.base import ApplyContext, InvalidArguments, MutationArgs, mutation
from kronos_core.mutations.fields import ShortText
from kronos_core.roles import EVERYONE
from kronos_core.schema import ACTIVE_APPOINTMENT_STATUSES, appointment, time_off_series
from kronos_core.time_off import block_id, block_span, check_series, series_days

Weekday = Annotated[StrictInt, Field(ge=0, le=6)]
StartMinute = Annotated[StrictInt, Field(ge=0, le=1439)]
EndMinute = Annotated[StrictInt, Field(ge=1, le=1440)]


class TimeOffAdd(MutationArgs):
    series_id: uuid.UUID
    artist_id: uuid.UUID
    reason: ShortText = ""
    first_day: dt.date
    last_day: dt.date
    weekdays: list[Weekday]  # Monday = 0; a one-off day: its own weekday
    start_minute: StartMinute  # wall-clock minutes of the day in the studio's time zone
    end_minute: EndMinute  # 1440: the midnight ending the day
    excluded_days: list[dt.date] = Field(default_factory=list)


def _place_block(ctx: ApplyContext, series: dict[str, Any], day: dt.date) -> None:
    """Write (or bring back) the series' block on ``day``, flagged if it clashes."""
    row_id = block_id(series["id"], day)
    existing = ctx.get(appointment, row_id, include_deleted=True)
    if existing is not None and not existing["deleted"]:
        return
    if existing is None:
        zone, _ = studio_zone(ctx)
        starts_at, ends_at = block_span(day, series["start_minute"], series["end_minute"], zone)
        placed: dict[str, Any] = {
            "artist_id": series["artist_id"],
            "station_id": None,
            "starts_at": starts_at,
            "ends_at": ends_at,
        }
        active = True
    else:
        placed = {key: existing[key] for key in ("artist_id", "station_id", "starts_at", "ends_at")}
        active = existing["status"] in ACTIVE_APPOINTMENT_STATUSES
    clashes = find_clashes(ctx, **placed, exclude_id=row_id) if active else []
    if existing is None:
        values = {
            "id": row_id,
            **placed,
            "client_id": None,
            "kind": "block",
            "status": "booked",
            "notes": series["reason"] or None,
            "series_id": series["id"],
            "in_conflict": bool(clashes),
        }
        ctx.insert(appointment, values)
    else:
        ctx.update(appointment, row_id, {"deleted": False, "in_conflict": bool(clashes)})
    if clashes:
        record_double_booking(ctx, row_id, placed, clashes)


@mutation("time_off.add", TimeOffAdd, roles=EVERYONE)
def add(ctx: ApplyContext, args: TimeOffAdd) -> None:
    """Block an artist's time: once, over several days, or weekly up to a year (see the module)."""
    check_bookable_artist(ctx, args.artist_id)
    days = check_series(
        args.first_day, args.last_day, args.weekdays, args.start_minute, args.end_minute, args.excluded_days
    )
    weekdays = sorted(set(args.weekdays))
    excluded = sorted({d for d in args.excluded_days if args.first_day <= d <= args.last_day})
    values: dict[str, Any] = {
        "id": args.series_id,
        "artist_id": args.artist_id,
        "reason": args.reason.strip(),
        "first_day": args.first_day,
        "last_day": args.last_day,
        "weekdays": weekdays,
        "start_minute": args.start_minute,
        "end_minute": args.end_minute,
        "excluded_days": [d.isoformat() for d in excluded],
    }
    ctx.insert(time_off_series, values)
    for day in days:
        _place_block(ctx, values, day)


class TimeOffDay(MutationArgs):
    series_id: uuid.UUID
    day: dt.date


def _series(ctx: ApplyContext, series_id: uuid.UUID, *, include_deleted: bool = False) -> dict[str, Any]:
    row = ctx.get(time_off_series, series_id, include_deleted=include_deleted)
    if row is None:
        return ctx.require(time_off_series, series_id, "time off")  # raises not_found
    check_artist_scope(ctx, row["artist_id"])
    return row


def _excluded(series: dict[str, Any]) -> list[dt.date]:
    return [dt.date.fromisoformat(d) for d in series["excluded_days"]]


@mutation("time_off.exclude_day", TimeOffDay, roles=EVERYONE)
def exclude_day(ctx: ApplyContext, args: TimeOffDay) -> None:
    """Take one day out of a series: its block goes, the series remembers the day."""
    series = _series(ctx, args.series_id)
    if args.day not in series_days(series["first_day"], series["last_day"], series["weekdays"]):
        raise InvalidArguments(
            f"{args.day} is not a day of this time off", code="time_off_not_a_day", params={"day": args.day.isoformat()}
        )
    excluded = _excluded(series)
    if args.day in excluded:
        return  # already out: nothing changes
    ctx.update(time_off_series, args.series_id, {"excluded_days": sorted(d.isoformat() for d in {*excluded, args.day})})
    row_id = block_id(args.series_id, args.day)
    if ctx.get(appointment, row_id) is not None:
        ctx.soft_delete(appointment, row_id)


@mutation("time_off.restore_day", TimeOffDay, roles=EVERYONE)
def restore_day(ctx: ApplyContext, args: TimeOffDay) -> None:
    """Put a day taken out back into its series (the undo of ``time_off.exclude_day``)."""
    series = _series(ctx, args.series_id)
    excluded = _excluded(series)
    if args.day not in excluded:
        return  # not out: nothing changes
    kept = sorted(d.isoformat() for d in excluded if d != args.day)
    ctx.update(time_off_series, args.series_id, {"excluded_days": kept})
    _place_block(ctx, series, args.day)


class TimeOffSeries(MutationArgs):
    series_id: uuid.UUID


@functools.cache
def _blocks_query() -> Select[Any]:
    a = appointment.c
    return select(a.id).where(
        a.studio_id == bindparam("studio_id"), a.series_id == bindparam("series_id"), a.deleted.is_(False)
    )


@mutation("time_off.remove", TimeOffSeries, roles=EVERYONE)
def remove(ctx: ApplyContext, args: TimeOffSeries) -> None:
    """Delete a series and every block of it (the undo of ``time_off.add``)."""
    _series(ctx, args.series_id)
    params = {"studio_id": ctx.actor.studio_id, "series_id": args.series_id}
    for row in ctx.select_rows(_blocks_query(), params):
        ctx.soft_delete(appointment, row["id"])
    ctx.soft_delete(time_off_series, args.series_id)


@mutation("time_off.restore", TimeOffSeries, roles=EVERYONE)
def restore(ctx: ApplyContext, args: TimeOffSeries) -> None:
    """Bring back a removed series and its days' blocks (the undo of ``time_off.remove``)."""
    series = _series(ctx, args.series_id, include_deleted=True)
    if not series["deleted"]:
        return  # not removed: nothing changes
    ctx.update(time_off_series, args.series_id, {"deleted": False})
    for day in series_days(series["first_day"], series["last_day"], series["weekdays"], _excluded(series)):
        _place_block(ctx, series, day)
