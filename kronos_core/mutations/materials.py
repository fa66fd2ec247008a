"""The studio's inks and materials, and the session's traceability record (issue 14).

- ``material.add`` / ``material.update``: the studio's list (owners and managers), each with its
  lot, ANVISA registration and dates; an update merges field by field against the values the
  desk saw (kronos_core/mutations/seen.py). Refused (``material_invalid``, ``params["problem"]``):
  an empty name, a lot that expires before it was made.
- ``session_record.add``: what the artist used and saw in a session, an append-only row of its
  own (never inside the signed form; a correction is a new row pointing at the one it
  corrects). Each product is copied as it was (from the list or typed), so a later edit of the
  list never changes a record. Refused: an expired lot on the session's date
  (``material_expired``), an ink with no registration (``ink_unregistered``), no body location
  (``session_record_location_missing``); rules in kronos_core/traceability.py. An artist records
  only their own sessions.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, model_validator

from kronos_core.mutations.base import ApplyContext, InvalidArguments, MutationArgs, NotAllowed, mutation
from kronos_core.mutations.forms import refuse_rewrite, studio_date
from kronos_core.mutations.seen import check_seen, merge_seen
from kronos_core.roles import EVERYONE, MANAGEMENT, Role
from kronos_core.schema import appointment, material, session_record
from kronos_core.traceability import dates_in_order, expired_products, unregistered_inks

MaterialKind = Literal["ink", "needle", "disposable", "other"]


class MaterialFields(MutationArgs):
    kind: MaterialKind | None = None
    name: str | None = Field(default=None, max_length=120)
    manufacturer: str | None = Field(default=None, max_length=120)
    anvisa_registration: str | None = Field(default=None, max_length=40)
    colour: str | None = Field(default=None, max_length=60)
    lot: str | None = Field(default=None, max_length=60)
    manufactured_on: dt.date | None = None
    expires_on: dt.date | None = None
    opened_on: dt.date | None = None


class MaterialAdd(MaterialFields):
    material_id: uuid.UUID
    kind: MaterialKind
    name: str = Field(max_length=120)


def _invalid(problem: str) -> InvalidArguments:
    return InvalidArguments(f"material: {problem}", code="material_invalid", params={"problem": problem})


def _tidy(values: dict[str, Any]) -> dict[str, Any]:
    """Text fields stripped; blank optional text is None; an empty name or reversed dates refused."""
    tidied = dict(values)
    for key in ("manufacturer", "anvisa_registration", "colour", "lot"):
        if key in tidied and isinstance(tidied[key], str):
            tidied[key] = tidied[key].strip() or None
    if "name" in tidied:
        name = (tidied["name"] or "").strip()
        if not name:
            raise _invalid("empty_name")
        tidied["name"] = name
    return tidied


def _check_dates(row: dict[str, Any]) -> None:
    if not dates_in_order(row.get("manufactured_on"), row.get("expires_on")):
        raise _invalid("expires_before_manufactured")


@mutation("material.add", MaterialAdd, roles=MANAGEMENT)
def add_material(ctx: ApplyContext, args: MaterialAdd) -> None:
    """Add an ink or material (with its lot) to the studio's list."""
    values = _tidy(args.model_dump(exclude={"material_id"}))
    _check_dates(values)
    ctx.insert(material, {"id": args.material_id, **values, "active": True})


class MaterialChanges(MaterialFields):
    active: bool | None = None


class MaterialUpdate(MutationArgs):
    material_id: uuid.UUID
    changes: MaterialChanges
    # The values the desk saw for each changed field, JSON-encoded as in rows.encode_value.
    seen: dict[str, Any] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _seen_matches_changes(self) -> MaterialUpdate:
        changed = set(self.changes.model_fields_set)
        if not changed:
            raise ValueError("nothing to change")
        for required in ("kind", "name", "active"):
            if required in changed and getattr(self.changes, required) is None:
                raise ValueError(f"{required} cannot be empty")
        check_seen(changed, self.seen)
        return self


@mutation("material.update", MaterialUpdate, roles=MANAGEMENT)
def update_material(ctx: ApplyContext, args: MaterialUpdate) -> None:
    """Change an ink or material of the list (``active`` False takes it off the list offered)."""
    current = ctx.require(material, args.material_id, "material")
    wanted = _tidy(args.changes.model_dump(exclude_unset=True))
    _check_dates({**current, **wanted})
    merge_seen(ctx, material, args.material_id, wanted, args.seen, current=current)


# -- the session's record -------------------------------------------------------------------------
class Product(BaseModel):
    """A product used in a session, as it was then."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    material_id: str | None = Field(default=None, max_length=32)  # the list's row (hex), if chosen from it
    kind: MaterialKind
    name: str = Field(max_length=120)
    manufacturer: str | None = Field(default=None, max_length=120)
    anvisa_registration: str | None = Field(default=None, max_length=40)
    colour: str | None = Field(default=None, max_length=60)
    lot: str | None = Field(default=None, max_length=60)
    manufactured_on: dt.date | None = None
    expires_on: dt.date | None = None
    opened_on: dt.date | None = None

    def stored(self) -> dict[str, Any]:
        """As the row keeps it (dates ISO, blank text None)."""
        out: dict[str, Any] = {}
        for key, value in self.model_dump().items():
            if isinstance(value, dt.date):
                value = value.isoformat()
            elif isinstance(value, str):
                value = value.strip() or None
            out[key] = value
        if out["material_id"] is not None:
            out["material_id"] = uuid.UUID(out["material_id"]).hex
        return out


Lot = str


class SessionRecordAdd(MutationArgs):
    record_id: uuid.UUID
    appointment_id: uuid.UUID
    body_location: str = Field(max_length=200)
    adverse_reactions: str | None = Field(default=None, max_length=10_000)
    products: list[Product] = Field(default_factory=list, max_length=200)
    needle_lots: list[Lot] = Field(default_factory=list, max_length=100)
    disposable_lots: list[Lot] = Field(default_factory=list, max_length=100)
    autoclave_cycle: str | None = Field(default=None, max_length=60)
    recorded_at: AwareDatetime
    corrects_id: uuid.UUID | None = None


def _lots(lots: list[str]) -> list[str]:
    return [lot.strip()[:60] for lot in lots if lot.strip()]


@mutation("session_record.add", SessionRecordAdd, roles=EVERYONE)
def add_session_record(ctx: ApplyContext, args: SessionRecordAdd) -> None:
    """Record what was used and seen in a session (see the module)."""
    refuse_rewrite(ctx, session_record, args.record_id)
    booking = ctx.require(appointment, args.appointment_id, "appointment")
    if ctx.actor.role is Role.ARTIST and booking["artist_id"] != ctx.actor.staff_id:
        raise NotAllowed("an artist records only their own sessions", code="artist_own_calendar")
    location = args.body_location.strip()
    if not location:
        raise InvalidArguments("a session record needs the body location", code="session_record_location_missing")
    products = [p.stored() for p in args.products]
    for product in unregistered_inks(products):
        raise InvalidArguments(
            f"ink {product['name']} has no ANVISA registration",
            code="ink_unregistered",
            params={"name": str(product["name"])},
        )
    session_day = studio_date(ctx, booking["starts_at"])
    for product in expired_products(products, session_day):
        raise InvalidArguments(
            f"{product['name']} lot {product['lot']} expired on {product['expires_on']}",
            code="material_expired",
            params={
                "name": str(product["name"]),
                "lot": str(product["lot"] or ""),
                "expires_on": str(product["expires_on"]),
            },
        )
    if args.corrects_id is not None:
        corrected = ctx.get(session_record, args.corrects_id)
        if corrected is None or corrected["appointment_id"] != args.appointment_id:
            raise InvalidArguments(
                "a session record corrects only a record of the same session", code="session_record_corrects_other"
            )
    reactions = (args.adverse_reactions or "").strip() or None
    ctx.insert(
        session_record,
        {
            "id": args.record_id,
            "appointment_id": args.appointment_id,
            "client_id": booking["client_id"],
            "artist_id": booking["artist_id"],
            "body_location": location,
            "adverse_reactions": reactions,
            "products": products,
            "needle_lots": _lots(args.needle_lots),
            "disposable_lots": _lots(args.disposable_lots),
            "autoclave_cycle": (args.autoclave_cycle or "").strip() or None,
            "recorded_at": args.recorded_at,
            "corrects_id": args.corrects_id,
        },
    )
