"""``generate_demo``: the whole demo studio in the caller's transaction, once, through the
mutations (kronos_core/demo/applier.py)."""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections.abc import Callable
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, select

from kronos_core.demo.agenda import Agenda
from kronos_core.demo.applier import Act, Applier, IdMaker
from kronos_core.demo.drawer import DrawerDays, write_drawer
from kronos_core.demo.people import add_years, write_clients
from kronos_core.demo.products import Stock, write_products
from kronos_core.demo.size import DemoSize, resolve
from kronos_core.demo.studio_read import DEMO_STUDIO_ID, DemoStudio, read_demo
from kronos_core.demo.team import TIMEZONE, write_team
from kronos_core.demo.vouchers import Vouchers
from kronos_core.deposits import policy_of, policy_text
from kronos_core.instants import UTC, require_aware, utcnow
from kronos_core.schema import studio

STANDARD = DemoSize()
DEMO_HOUR = dt.time(15, 0)  # the demo's "now" on a ``today`` given without a ``now``


def _clock(today: dt.date | None, now: dt.datetime | None) -> tuple[dt.date, dt.datetime]:
    tz = ZoneInfo(TIMEZONE)
    if now is not None:
        now = require_aware(now)
        local_day = now.astimezone(tz).date()
        if today is not None and today != local_day:
            raise ValueError(f"now ({now.isoformat()}) is not on today ({today.isoformat()}) in {TIMEZONE}")
        return local_day, now
    if today is None:
        today = utcnow().astimezone(tz).date()
    return today, dt.datetime.combine(today, DEMO_HOUR, tzinfo=tz).astimezone(UTC)


def generate_demo(
    conn: Connection,
    *,
    size: DemoSize = STANDARD,
    today: dt.date | None = None,
    seed: int = 7,
    studio_id: uuid.UUID = DEMO_STUDIO_ID,
    now: dt.datetime | None = None,
    record: Callable[[Act], None] | None = None,
    owner_id: uuid.UUID | None = None,
) -> DemoStudio:
    """Write the demo studio "Estúdio Agulha de Ouro" into ``conn``'s database, unless it is there.

    Every row is written by a mutation, as a person at a desk would (no outbox: a demo studio
    never syncs). Runs in the caller's transaction and commits nothing. The same seed, size and
    present give the same rows (ids included). The demo's present is ``now`` if given (the app
    gives its clock's: what a person sees is this moment's), else 15:00 São Paulo time on
    ``today`` (default: today in São Paulo), the same whatever the hour tests run at. Every
    status follows it: bookings that ended before it are done (mostly completed and paid, some
    cancelled or no-shows), one under way is in progress, once the studio is open the next
    client may be checked in, later ones are booked or confirmed, and time off stays booked;
    sales are closed only when their time has passed. If the studio already exists, nothing is
    written and what is there is read back. ``record`` receives every change applied (an
    :class:`~kronos_core.demo.applier.Act`); ``owner_id`` is the owner's staff id (default: from
    the seed).
    """
    existing = read_demo(conn, studio_id)
    if existing is not None:
        return existing
    today, now = _clock(today, now)
    plan = resolve(size, today)
    tz = ZoneInfo(TIMEZONE)
    applier = Applier(conn, studio_id, IdMaker(seed, studio_id), record=record)
    period_start = dt.datetime.combine(plan.start, dt.time(9), tzinfo=tz).astimezone(UTC)
    founded = dt.datetime.combine(add_years(plan.start, -4), dt.time(9), tzinfo=tz).astimezone(UTC)
    rate_change = dt.datetime.combine(plan.start + dt.timedelta(days=size.past_days // 2), dt.time(9), tzinfo=tz)
    team = write_team(
        applier,
        studio_id=studio_id,
        artists=plan.artists,
        stations=plan.stations,
        manager=size.manager,
        founded=founded,
        rate_change=rate_change.astimezone(UTC),
        rng=random.Random(f"{seed}:team"),
        owner_id=owner_id,
    )
    clients = write_clients(
        applier,
        count=size.clients,
        today=today,
        first=founded + dt.timedelta(days=1),
        last=period_start - dt.timedelta(days=60),
        by=team.receptionist_id,
        rng=random.Random(f"{seed}:clients"),
    )
    products = write_products(applier, by=team.owner_id, at=founded + dt.timedelta(hours=3))
    stock = Stock(applier, team)
    stock.opening(products, founded + dt.timedelta(hours=4))
    drawer_id = write_drawer(applier, by=team.owner_id, at=founded + dt.timedelta(hours=5))
    settings = conn.execute(select(studio).where(studio.c.id == studio_id)).mappings().one()
    words = policy_text(policy_of(dict(settings)), "pt_BR")
    applier.forget()
    # Issue 16: gift vouchers sold over the past months (spent on later tickets), then the
    # agenda, then what follows from its sales: deliveries of stock and the drawer's days.
    vouchers = Vouchers(today)
    open_days = [d.day for d in plan.days]
    vouchers.sell(applier, team, random.Random(f"{seed}:vouchers"), days=open_days, client_ids=clients.ids)
    applier.forget()
    agenda = Agenda(
        applier,
        team,
        clients,
        random.Random(f"{seed}:agenda"),
        now,
        products=products,
        policy_text=words,
        vouchers=vouchers,
    )
    agenda.write(plan)
    stock.write(conn, products, now=now)
    DrawerDays(applier, team, random.Random(f"{seed}:drawer"), drawer_id).write(conn, plan.days, today=today, now=now)
    applier.day = None
    applier.forget()
    return DemoStudio(
        studio_id,
        team.owner_id,
        team.manager_id,
        team.receptionist_id,
        tuple(a.staff_id for a in team.artists),
        team.station_ids,
        dict(applier.counts),
        created=True,
    )
