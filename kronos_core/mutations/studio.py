"""Setting up the studio, its staff, commission rules and stations."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from typing import ClassVar, Literal

from pydantic import Field, StrictInt, field_validator
from sqlalchemy import func, select

from kronos_core.mutations.audit import audit_changes
from kronos_core.mutations.base import (
    ApplyContext,
    InvalidArguments,
    MutationArgs,
    NotAllowed,
    StaleTarget,
    mutation,
)
from kronos_core.mutations.fields import (
    Bps,
    Color,
    DayExceptions,
    Name,
    ShortText,
    StateCode,
    TimeZoneName,
    WeekHours,
)
from kronos_core.mutations.seen import Merge, SeenUpdate, merge_seen, split_seen, write_merge
from kronos_core.pix_keys import PixKeyKind, PixKeyProblem, normalize_pix_key
from kronos_core.roles import GRANTABLE, MANAGEMENT, OWNER_ONLY, Role
from kronos_core.rows import encode_value
from kronos_core.schema import commission_rule, staff, station, studio

RoleName = Literal["owner", "manager", "receptionist", "artist"]


class StudioSetup(MutationArgs):
    studio_id: uuid.UUID
    name: Name
    timezone: TimeZoneName = "America/Sao_Paulo"
    currency: Literal["BRL", "USD", "EUR"] = "BRL"
    locale: Literal["pt_BR", "en"] = "pt_BR"
    owner_staff_id: uuid.UUID
    owner_name: Name
    owner_color: Color = "#6a1b9a"


@mutation("studio.setup", StudioSetup, roles=OWNER_ONLY)
def setup_studio(ctx: ApplyContext, args: StudioSetup) -> None:
    """Create the studio and its owner: the first mutation of every studio."""
    if args.studio_id != ctx.actor.studio_id:
        raise InvalidArguments("a studio is set up by a desk of that studio", code="studio_of_another_desk")
    ctx.insert(
        studio,
        {
            "id": args.studio_id,
            "name": args.name,
            "timezone": args.timezone,
            "currency": args.currency,
            "locale": args.locale,
        },
    )
    ctx.insert(
        staff,
        {
            "id": args.owner_staff_id,
            "display_name": args.owner_name,
            "role": "owner",
            "color": args.owner_color,
            "active": True,
        },
    )
    # The trail's first row. (A standalone desk joining a server sends this mutation as its owner's
    # staff.add, whose audit row has the same id: it replaces this one, nothing is added.)
    ctx.audit("studio.setup", studio, args.studio_id, detail={"name": args.name, "owner": args.owner_name})


class StudioUpdate(SeenUpdate):
    name: Name | None = None
    timezone: TimeZoneName | None = None
    pix_key: ShortText | None = None
    merchant_name: str | None = Field(default=None, max_length=25)
    merchant_city: str | None = Field(default=None, max_length=15)
    min_client_age: int | None = Field(default=None, ge=0, le=120)
    late_cancel_hours: int | None = Field(default=None, ge=0, le=24 * 30)
    deposit_expiry_months: int | None = Field(default=None, ge=1, le=120)
    forfeit_on_no_show: bool | None = None
    receipt_footer: str | None = Field(default=None, max_length=2000)
    # Issue 11's settings (kronos_core.hours, kronos_core.pix_keys, kronos_core.brazil).
    state: StateCode | None = None
    opening_hours: WeekHours | None = None  # None: the default week (kronos_core.hours)
    age_of_majority: int | None = Field(default=None, ge=0, le=120)
    pix_key_kind: PixKeyKind | None = None
    forfeit_keeper: Literal["studio", "artist", "split"] | None = None
    commission_base: Literal["gross", "net"] | None = None
    cleaning_buffer_minutes: int | None = Field(default=None, ge=0, le=240)
    retention_years: int | None = Field(default=None, ge=1, le=100)
    idle_lock_minutes: int | None = Field(default=None, ge=0, le=240)
    # Issue 14: checking in or starting a session with no signed form warns, or blocks.
    unsigned_form_policy: Literal["warn", "block"] | None = None
    # Issue 15: the deposit policy (kronos_core.deposits) and the card machines.
    no_show_late_minutes: StrictInt | None = Field(default=None, ge=0, le=240)
    deposit_reschedules: StrictInt | None = Field(default=None, ge=0, le=10)
    deposit_applies_to: Literal["first", "last"] | None = None
    forfeit_artist_bps: StrictInt | None = Field(default=None, ge=0, le=10_000)
    deposit_policy_text: str | None = Field(default=None, max_length=4000)  # blank: None (written from the policy)
    card_instalments_max: StrictInt | None = Field(default=None, ge=1, le=24)
    card_fee_debit_bps: StrictInt | None = Field(default=None, ge=0, le=2000)
    card_fee_credit_bps: StrictInt | None = Field(default=None, ge=0, le=2000)

    @field_validator("name", "timezone", "min_client_age", "age_of_majority", "late_cancel_hours",
                     "deposit_expiry_months", "forfeit_on_no_show", "forfeit_keeper", "commission_base",
                     "cleaning_buffer_minutes", "retention_years", "idle_lock_minutes",
                     "unsigned_form_policy", "no_show_late_minutes", "deposit_reschedules", "deposit_applies_to",
                     "forfeit_artist_bps", "card_instalments_max", "card_fee_debit_bps",
                     "card_fee_credit_bps")  # fmt: skip
    @classmethod
    def _required(cls, value: object) -> object:
        if value is None:
            raise ValueError("this setting cannot be empty")
        return value

    @field_validator("deposit_policy_text")
    @classmethod
    def _blank_is_none(cls, value: str | None) -> str | None:
        return value.strip() or None if value is not None else None


def _check_pix_key(changes: dict[str, object], current: Mapping[str, object]) -> None:
    """The PIX key and its kind, as they would stand after the change, agree
    (kronos_core.pix_keys): the key is written in its normal form. (Arguments only grow: a key
    sent with no kind, by a desk from before the kinds, is kept as typed.)"""
    if "pix_key" not in changes and "pix_key_kind" not in changes:
        return
    kind = changes.get("pix_key_kind", current["pix_key_kind"])
    key = changes.get("pix_key", current["pix_key"])
    if key is None or str(key).strip() == "":
        changes["pix_key"] = None
        return
    if kind is None:
        return  # a key of no stated kind (as desks before the kinds send it): kept as typed
    try:
        normal = normalize_pix_key(str(kind), str(key))
    except PixKeyProblem as exc:
        raise InvalidArguments(str(exc), code=exc.code, params={"kind": str(kind)}) from None
    if "pix_key" in changes:
        changes["pix_key"] = normal
    elif normal != key:
        raise InvalidArguments(
            "the PIX key is not of the kind chosen", code="pix_key_shape", params={"kind": str(kind)}
        )


_PIX_PAIR = ("pix_key", "pix_key_kind")


def _keep_pix_pair(current: Mapping[str, object], merge: Merge) -> None:
    """A PIX key and its kind apply together or not at all: when one of them was changed
    elsewhere meanwhile, the other (changed here too) joins it in the conflict instead of
    applying alone (a kind of one desk over the key of another)."""
    if not any(name in merge.mine for name in _PIX_PAIR):
        return
    for name in _PIX_PAIR:
        if name in merge.apply:
            merge.mine[name] = encode_value(studio.c[name].type, merge.apply.pop(name))
            merge.theirs[name] = encode_value(studio.c[name].type, current[name])


@mutation("studio.update", StudioUpdate, roles=MANAGEMENT)
def update_studio(ctx: ApplyContext, args: StudioUpdate) -> None:
    """Change the studio's settings (only the fields given), merged against the values the desk
    saw (kronos_core/mutations/seen.py: a setting changed elsewhere meanwhile keeps its value and
    becomes a ``field_overwrite`` conflict; a PIX key and its kind together)."""
    current = ctx.require(studio, ctx.actor.studio_id, "studio")
    changes = args.changes()
    if not changes:
        raise InvalidArguments("nothing to change", code="nothing_to_change")
    _check_pix_key(changes, current)
    merge = split_seen(studio, current, changes, args.seen)
    _keep_pix_pair(current, merge)
    write_merge(ctx, studio, ctx.actor.studio_id, merge)
    if merge.apply:
        ctx.audit("studio.update", studio, ctx.actor.studio_id, detail=audit_changes(studio, current, merge.apply))


def _check_grant(ctx: ApplyContext, role: str) -> None:
    if Role(role) not in GRANTABLE[ctx.actor.role]:
        raise NotAllowed(
            f"a {ctx.actor.role.value} cannot give the role {role!r}",
            code="role_cannot_give",
            params={"role": ctx.actor.role.value, "given": str(role)},
        )


class StaffAdd(MutationArgs):
    staff_id: uuid.UUID
    display_name: Name
    role: RoleName
    color: Color = "#888888"
    user_id: uuid.UUID | None = None
    working_hours: WeekHours | None = None  # None: the studio's opening hours
    hours_exceptions: DayExceptions = Field(default_factory=list)
    guest_from: dt.date | None = None
    guest_to: dt.date | None = None


def _check_guest_dates(guest_from: object, guest_to: object) -> None:
    """A guest artist's dates: both or neither, and the last not before the first."""
    if (guest_from is None) != (guest_to is None):
        raise InvalidArguments("a guest works from one date to another: give both", code="guest_dates_both")
    if isinstance(guest_from, dt.date) and isinstance(guest_to, dt.date) and guest_to < guest_from:
        raise InvalidArguments(
            "a guest's last day is before their first",
            code="guest_dates_reversed",
            params={"from": guest_from.isoformat(), "to": guest_to.isoformat()},
        )


@mutation("staff.add", StaffAdd, roles=MANAGEMENT)
def add_staff(ctx: ApplyContext, args: StaffAdd) -> None:
    """Add a member of staff with a role (a guest artist with their dates)."""
    _check_grant(ctx, args.role)
    _check_guest_dates(args.guest_from, args.guest_to)
    ctx.insert(
        staff,
        {
            "id": args.staff_id,
            "display_name": args.display_name,
            "role": args.role,
            "color": args.color,
            "user_id": args.user_id,
            "active": True,
            "working_hours": args.working_hours,
            "hours_exceptions": args.hours_exceptions,
            "guest_from": args.guest_from,
            "guest_to": args.guest_to,
        },
    )
    ctx.audit("staff.add", staff, args.staff_id, detail={"name": args.display_name, "role": args.role})


class StaffUpdate(SeenUpdate):
    row_key: ClassVar[str | None] = "staff_id"
    staff_id: uuid.UUID
    display_name: Name | None = None
    role: RoleName | None = None
    color: Color | None = None
    active: bool | None = None
    working_hours: WeekHours | None = None  # set to None: back to the studio's opening hours
    hours_exceptions: DayExceptions | None = None
    guest_from: dt.date | None = None
    guest_to: dt.date | None = None


@mutation("staff.update", StaffUpdate, roles=MANAGEMENT)
def update_staff(ctx: ApplyContext, args: StaffUpdate) -> None:
    """Rename, recolour, change the role of, or deactivate a member of staff, merged against the
    values the desk saw (kronos_core/mutations/seen.py). The rights are judged on the change asked
    for; the last-owner rule on what applies."""
    current = ctx.require(staff, args.staff_id, "staff member")
    values = args.changes()
    if not values:
        raise InvalidArguments("nothing to change", code="nothing_to_change")
    if current["role"] == "owner" and ctx.actor.role is not Role.OWNER:
        raise NotAllowed("only an owner can change an owner", code="owner_changes_owner")
    if "role" in values:
        _check_grant(ctx, values["role"])
    if values.get("hours_exceptions", []) is None:
        raise InvalidArguments("hours_exceptions: a list (empty: no days that differ)")
    if {"guest_from", "guest_to"} & values.keys():
        _check_guest_dates(values.get("guest_from", current["guest_from"]), values.get("guest_to", current["guest_to"]))
    merge = split_seen(staff, current, values, args.seen)
    _keep_an_active_owner(ctx, current, merge.apply)
    write_merge(ctx, staff, args.staff_id, merge)
    if merge.apply:
        ctx.audit("staff.update", staff, args.staff_id, detail=audit_changes(staff, current, merge.apply))


def _keep_an_active_owner(ctx: ApplyContext, current: dict[str, object], values: dict[str, object]) -> None:
    """Refuse a change that leaves the studio with no active owner (``last_owner``): an active
    owner demoted or deactivated while no other active owner remains. On the server the studio's
    clock serialises its changes, so two owners cannot each remove the other at once."""
    if current["role"] != Role.OWNER.value or not current["active"]:
        return
    role = values.get("role") or current["role"]
    active = values.get("active")
    if role == Role.OWNER.value and active is not False:
        return
    others = ctx.tx.execute(
        select(func.count())
        .select_from(staff)
        .where(
            staff.c.studio_id == ctx.actor.studio_id,
            staff.c.id != current["id"],
            staff.c.role == Role.OWNER.value,
            staff.c.active.is_(True),
            staff.c.deleted.is_(False),
        )
    ).scalar_one()
    if not others:
        raise StaleTarget(
            "the studio's last active owner cannot be demoted or deactivated",
            code="last_owner",
            params={"name": str(current["display_name"])},
        )


class CommissionSet(MutationArgs):
    rule_id: uuid.UUID
    staff_id: uuid.UUID
    rate_bps: Bps
    tip_share_bps: Bps = 10_000
    effective_from: dt.date


@mutation("commission.set", CommissionSet, roles=MANAGEMENT)
def set_commission(ctx: ApplyContext, args: CommissionSet) -> None:
    """An artist's commission from a date on (earlier sales keep the rule they closed with)."""
    ctx.require(staff, args.staff_id, "staff member")
    ctx.insert(
        commission_rule,
        {
            "id": args.rule_id,
            "staff_id": args.staff_id,
            "rate_bps": args.rate_bps,
            "tip_share_bps": args.tip_share_bps,
            "effective_from": args.effective_from,
        },
    )
    detail = {"staff_id": str(args.staff_id), "rate_bps": args.rate_bps, "tip_share_bps": args.tip_share_bps}
    ctx.audit(
        "commission.set", commission_rule, args.rule_id, detail={**detail, "from": args.effective_from.isoformat()}
    )


class StationAdd(MutationArgs):
    station_id: uuid.UUID
    name: Name


@mutation("station.add", StationAdd, roles=MANAGEMENT)
def add_station(ctx: ApplyContext, args: StationAdd) -> None:
    """Add a chair or bed (maca)."""
    ctx.insert(station, {"id": args.station_id, "name": args.name, "active": True})
    ctx.audit("station.add", station, args.station_id, detail={"name": args.name})


class StationUpdate(SeenUpdate):
    row_key: ClassVar[str | None] = "station_id"
    station_id: uuid.UUID
    name: Name | None = None
    active: bool | None = None


@mutation("station.update", StationUpdate, roles=MANAGEMENT)
def update_station(ctx: ApplyContext, args: StationUpdate) -> None:
    """Rename or retire a station, merged against the values the desk saw
    (kronos_core/mutations/seen.py)."""
    current = ctx.require(station, args.station_id, "station")
    applied = merge_seen(ctx, station, args.station_id, args.changes(), args.seen, current=current)
    if applied:
        ctx.audit("station.update", station, args.station_id, detail=audit_changes(station, current, applied))
