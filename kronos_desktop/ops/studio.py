"""Ops that set up the desk's studio."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtWidgets import QWidget
from sqlalchemy import Connection, select

from kronos_core.ids import uuid7
from kronos_core.mutations import NotAllowed, StaleTarget
from kronos_core.pins import PIN_PATTERN, hash_pin, pin_matches
from kronos_core.roles import Role
from kronos_core.schema import staff, studio
from kronos_desktop.ops.runner import MutationOp
from kronos_desktop.store import Applied, LocalStore, desk_identity


def setup_studio(studio_name: str, owner_name: str, *, language: str, parent: QWidget | None = None) -> MutationOp:
    """A standalone desk becomes a complete studio: its replica identity, the studio and its
    owner (who is then the person at the desk)."""
    owner_id = uuid7()

    def write(store: LocalStore) -> Applied:
        state = store.ensure_identity()
        applied = store.apply(
            "studio.setup",
            {
                "studio_id": state.studio_id,
                "name": studio_name,
                "owner_staff_id": owner_id,
                "owner_name": owner_name,
                "locale": language if language in ("pt_BR", "en") else "pt_BR",
            },
            staff_id=owner_id,
        )
        store.set_desk_staff(owner_id)
        applied.changed.setdefault("replica", set()).add(state.studio_id)
        return applied

    return MutationOp("studio.setup", parent=parent, write=write)


@dataclass(frozen=True)
class NewStudio:
    """Everything the first run asks for a new studio (kronos_desktop/ui/welcome), checked there."""

    name: str
    owner_name: str
    owner_pin: str
    timezone: str = "America/Sao_Paulo"
    state: str | None = None
    opening_hours: Mapping[str, Any] | None = None  # kronos_core.hours' JSON week; None: the default
    artists: Sequence[tuple[str, str]] = ()  # (name, calendar colour)
    stations: Sequence[str] = ()
    pix: Mapping[str, str] = field(default_factory=dict)  # pix_key_kind, pix_key, merchant_name, merchant_city
    language: str = "pt_BR"


def first_run(new: NewStudio, *, parent: QWidget | None = None) -> MutationOp:
    """A standalone desk becomes a complete studio in ONE transaction: its replica identity,
    the studio and its owner (``studio.setup``, the owner then at the desk), the owner's PIN
    (only its hash), the artists, the stations, then the studio's settings (time zone, state,
    opening hours, PIX key). All of it is written, or nothing: a refusal or any failure in the
    middle rolls everything back, identity included. A desk that already holds a studio (a
    second click on Create) or that joins a server is refused and keeps what it has."""
    if PIN_PATTERN.fullmatch(new.owner_pin) is None:
        raise ValueError("a PIN is 4 to 6 digits")
    owner_id = uuid7()
    made: dict[str, uuid.UUID] = {}

    def build(store: LocalStore, conn: Connection, pin_hash: str) -> list[tuple[str, Mapping[str, Any]]]:
        state = store.identity(conn)
        if state is None:
            desk_identity.create(conn, studio_id=uuid7(), device_id=uuid7(), role=Role.OWNER.value)
            state = store.identity(conn)
            assert state is not None
        elif state.server_url:
            raise NotAllowed("this desk joins a studio's server: it sets up no studio of its own", code="not_allowed")
        from kronos_core.demo import DEMO_STUDIO_ID  # here only: the demo's code is not light

        if state.studio_id == DEMO_STUDIO_ID:  # a demo stopped half-way (its identity, no studio)
            raise NotAllowed("this data folder was being filled with the demo studio", code="demo_folder")
        if conn.execute(select(studio.c.id).where(studio.c.id == state.studio_id)).first() is not None:
            raise StaleTarget("this desk already holds its studio", code="studio_exists")
        made["studio"] = state.studio_id
        desk_identity.set_staff(conn, owner_id)  # the owner sits at the desk (same transaction)
        settings: dict[str, Any] = {"opening_hours": new.opening_hours} if new.opening_hours is not None else {}
        if new.state:
            settings["state"] = new.state
        settings.update({name: value for name, value in new.pix.items() if value})
        mutations: list[tuple[str, Mapping[str, Any]]] = [
            (
                "studio.setup",
                {
                    "studio_id": state.studio_id,
                    "name": new.name,
                    "timezone": new.timezone,
                    "owner_staff_id": owner_id,
                    "owner_name": new.owner_name,
                    "locale": new.language if new.language in ("pt_BR", "en") else "pt_BR",
                },
            ),
            ("staff.set_pin", {"staff_id": owner_id, "pin_hash": pin_hash}),
        ]
        mutations += [
            ("staff.add", {"staff_id": uuid7(), "display_name": name, "role": "artist", "color": color})
            for name, color in new.artists
        ]
        mutations += [("station.add", {"station_id": uuid7(), "name": name}) for name in new.stations]
        if settings:
            # Seen: the new studio's empty settings. Pushed to a server's studio after this desk
            # joins one, a setting already set there becomes a conflict, never silently replaced.
            mutations.append(("studio.update", {**settings, "seen": dict.fromkeys(settings)}))
        return mutations

    def write(store: LocalStore) -> Applied:
        pin_hash = hash_pin(new.owner_pin)  # argon2id on the writer thread, before the transaction
        done = store.apply_many(lambda conn: build(store, conn, pin_hash), staff_id=owner_id)
        changed: dict[str, set[uuid.UUID]] = {"replica": {made["studio"]}}
        for applied in done:
            for table, ids in applied.changed.items():
                changed.setdefault(table, set()).update(ids)
        first = done[0]
        return Applied(first.uuid, first.seq, "studio.first_run", first.args, changed)

    return MutationOp("studio.first_run", parent=parent, write=write)


def set_pin(
    staff_id: uuid.UUID,
    pin: str | None,
    *,
    acting_staff_id: uuid.UUID | None = None,
    old_pin: str | None = None,
    parent: QWidget | None = None,
) -> MutationOp:
    """Set (``pin`` None: clear) a member's desk PIN. It is hashed here (argon2id at
    kronos_core.pins.MIN_COST); only the hash is stored and synced. A member changing their own
    PIN (``acting_staff_id``: the one identified at the desk) types their old one first, when
    they have one: the server cannot check it, and applies the change only if the desk's role
    may set that member's PIN (else a manager approves it in the conflicts inbox)."""
    if pin is not None and PIN_PATTERN.fullmatch(pin) is None:
        raise ValueError("a PIN is 4 to 6 digits")

    def write(store: LocalStore) -> Applied:
        if acting_staff_id is not None and acting_staff_id == staff_id:
            with store.read_engine.connect() as conn:
                current = conn.execute(select(staff.c.pin_hash).where(staff.c.id == staff_id)).scalar()
            if current is not None and (old_pin is None or not pin_matches(current, old_pin)):
                raise NotAllowed("the old PIN typed does not match", code="pin_old_mismatch")
        pin_hash = hash_pin(pin) if pin is not None else None
        return store.apply("staff.set_pin", {"staff_id": staff_id, "pin_hash": pin_hash}, staff_id=acting_staff_id)

    return MutationOp("staff.set_pin", parent=parent, write=write)
