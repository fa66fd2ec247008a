"""The demo studio itself: settings, staff (owner, manager, receptionist, artists), commission
rules and stations, set up through the mutations an owner runs."""

from __future__ import annotations

import colorsys
import datetime as dt
import random
import uuid
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from kronos_core.demo.applier import Applier
from kronos_core.demo.size import STATE
from kronos_core.demo.words import ARTIST_PALETTE, FEMALE_NAMES, MALE_NAMES, SURNAMES
from kronos_core.hours import Week
from kronos_core.mutations.base import MutationArgs
from kronos_core.mutations.staff_pin import StaffSetPin
from kronos_core.mutations.studio import CommissionSet, RoleName, StaffAdd, StationAdd, StudioSetup, StudioUpdate
from kronos_core.pins import hash_pin
from kronos_core.roles import Role

STUDIO_NAME = "Estúdio Agulha de Ouro"
TIMEZONE = "America/Sao_Paulo"
MIN_CLIENT_AGE = 18  # below it, a client is booked only for a consultation (the mutations' rule)
DEMO_PIN = "1234"  # every demo member's desk PIN (README)
# Monday to Saturday 10:00 to 20:00, Sunday closed.
OPENING_HOURS = Week.of({day: [("10:00", "20:00")] for day in ("mon", "tue", "wed", "thu", "fri", "sat")})
FIRST_ARTISTS = ("Rafa Monteiro", "Júlia Tanaka", "Caio Ferraz", "Bruna Assunção")
RATES_BPS = (5000, 4500, 6000, 4000, 5500)
CARD_FEE_BPS = {"debit": 199, "credit": 349}  # the card machine's rates (studio.update)
CARD_INSTALMENTS_MAX = 12


@dataclass(frozen=True)
class Artist:
    staff_id: uuid.UUID
    name: str
    hourly_price: int  # centavos per hour of session (the share is the commission rule's: sale.record)


@dataclass(frozen=True)
class Team:
    studio_id: uuid.UUID
    tz: ZoneInfo
    owner_id: uuid.UUID
    manager_id: uuid.UUID | None
    receptionist_id: uuid.UUID
    artists: tuple[Artist, ...]
    station_ids: tuple[uuid.UUID, ...]


def _colors(count: int) -> list[str]:
    colors = list(ARTIST_PALETTE[:count])
    hue = 0.11
    while len(colors) < count:
        hue = (hue + 0.618033988749895) % 1.0
        r, g, b = colorsys.hsv_to_rgb(hue, 0.65, 0.55 + 0.3 * ((len(colors) * 7) % 3) / 2)
        color = f"#{int(r * 255):02x}{int(g * 255):02x}{int(b * 255):02x}"
        if color not in colors:
            colors.append(color)
    return colors


def _artist_names(count: int, rng: random.Random) -> list[str]:
    names = list(FIRST_ARTISTS[:count])
    while len(names) < count:
        name = f"{rng.choice(FEMALE_NAMES + MALE_NAMES)} {rng.choice(SURNAMES)}"
        if name not in names:
            names.append(name)
    return names


def write_team(
    applier: Applier,
    *,
    studio_id: uuid.UUID,
    artists: int,
    stations: int,
    manager: bool,
    founded: dt.datetime,
    rate_change: dt.datetime,
    rng: random.Random,
    owner_id: uuid.UUID | None = None,
) -> Team:
    """Set the studio up as its owner would: ``studio.setup``, its settings (``studio.update``),
    staff (``staff.add``), stations (``station.add``) and commission rules (``commission.set``).

    ``founded`` is when the studio was set up (every first rule is effective from that date);
    at ``rate_change`` the second artist's commission goes up five points. ``owner_id``: the
    owner's staff id (default: drawn from the seed).
    """
    tz = ZoneInfo(TIMEZONE)
    at = founded
    owner_id = owner_id or applier.new_id(at)

    def as_owner(name: str, args: MutationArgs, when: dt.datetime) -> None:
        applier.act(name, args, by=owner_id, role=Role.OWNER, at=when)

    as_owner(
        "studio.setup",
        StudioSetup(
            studio_id=studio_id,
            name=STUDIO_NAME,
            timezone=TIMEZONE,
            currency="BRL",
            locale="pt_BR",
            owner_staff_id=owner_id,
            owner_name="Marina Albuquerque",
            owner_color="#6a1b9a",
        ),
        at,
    )
    at += dt.timedelta(minutes=2)
    as_owner(
        "studio.update",
        StudioUpdate(
            pix_key="financeiro@agulhadeouro.com.br",
            merchant_name="AGULHA DE OURO TATTOO",
            merchant_city="SAO PAULO",
            min_client_age=MIN_CLIENT_AGE,
            deposit_expiry_months=6,
            forfeit_on_no_show=True,
            late_cancel_hours=48,
            state=STATE,
            opening_hours=OPENING_HOURS.json(),
            age_of_majority=18,
            pix_key_kind="email",
            cleaning_buffer_minutes=15,
            card_fee_debit_bps=CARD_FEE_BPS["debit"],
            card_fee_credit_bps=CARD_FEE_BPS["credit"],
            card_instalments_max=CARD_INSTALMENTS_MAX,
            receipt_footer="Obrigado pela preferência! Lave a tatuagem com sabonete neutro e evite sol e "
            "piscina por 15 dias. Dúvidas: (11) 98765-4321 · @agulhadeouro",
        ),
        at,
    )

    def add_staff(name: str, role: RoleName, color: str) -> uuid.UUID:
        nonlocal at
        at += dt.timedelta(minutes=5)
        staff_id = applier.new_id(at)
        as_owner("staff.add", StaffAdd(staff_id=staff_id, display_name=name, role=role, color=color), at)
        set_demo_pin(staff_id)
        return staff_id

    def set_demo_pin(staff_id: uuid.UUID) -> None:
        pin_hash = hash_pin(DEMO_PIN, salt=rng.randbytes(16))
        as_owner("staff.set_pin", StaffSetPin(staff_id=staff_id, pin_hash=pin_hash), at + dt.timedelta(seconds=30))

    set_demo_pin(owner_id)

    manager_id = add_staff("Thiago Bastos", "manager", "#455a64") if manager else None
    receptionist_id = add_staff("Larissa Menezes", "receptionist", "#00897b")
    names = _artist_names(artists, rng)
    colors = _colors(artists)
    artist_ids = [add_staff(name, "artist", color) for name, color in zip(names, colors, strict=True)]
    station_ids = []
    for number in range(1, stations + 1):
        at += dt.timedelta(minutes=1)
        station_id = applier.new_id(at)
        as_owner("station.add", StationAdd(station_id=station_id, name=f"Maca {number}"), at)
        station_ids.append(station_id)

    team_artists = []
    for i, (artist_id, name) in enumerate(zip(artist_ids, names, strict=True)):
        rate = RATES_BPS[i % len(RATES_BPS)]
        rules = [(at, founded.astimezone(tz).date(), rate)]
        if i == 1:
            rules.append((rate_change - dt.timedelta(days=1), rate_change.astimezone(tz).date(), rate + 500))
        for created, effective_from, rate_bps in rules:
            rule = CommissionSet(
                rule_id=applier.new_id(created),
                staff_id=artist_id,
                rate_bps=rate_bps,
                tip_share_bps=9_000 if i == 3 else 10_000,
                effective_from=effective_from,
            )
            as_owner("commission.set", rule, created)
        hourly = 25_000 + 5_000 * (i % 5)
        team_artists.append(Artist(artist_id, name, hourly))
    return Team(studio_id, tz, owner_id, manager_id, receptionist_id, tuple(team_artists), tuple(station_ids))
