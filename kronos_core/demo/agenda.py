"""The demo calendar, day by day: bookings from the day plans, then the day's sales.

Each booking is made by ``appointment.book`` (time off by the artist, the rest by the
receptionist), then moved to how it turned out by ``appointment.set_status`` or
``appointment.cancel`` (kronos_core/demo/lifecycle.py); every status is the demo's present's:
what ended before it is done, what has not started is booked or confirmed. Some upcoming
sessions hold a deposit, taken when they were booked (kronos_core/demo/products.py).
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from dataclasses import dataclass

from kronos_core.demo.applier import Applier
from kronos_core.demo.checkout import SaleSpec, Till, VoucherSource, product_lines, service_line
from kronos_core.demo.lifecycle import cancellation, moves
from kronos_core.demo.lunch import Lunch
from kronos_core.demo.people import BLOCKED, HEALTH_ALERT, Clients
from kronos_core.demo.products import Product, take_deposit
from kronos_core.demo.projects import Projects
from kronos_core.demo.schedule import DayContext, Slot, plan_day
from kronos_core.demo.size import Plan
from kronos_core.demo.team import MIN_CLIENT_AGE, Team
from kronos_core.demo.words import APPOINTMENT_NOTES, BLOCK_NOTES, CANCEL_REASONS, PLACEMENTS, STYLES
from kronos_core.instants import UTC
from kronos_core.mutations.appointment_status import AppointmentSetStatus
from kronos_core.mutations.appointments import AppointmentBook, AppointmentCancel
from kronos_core.people import BOOKABLE_BELOW_MIN_AGE, below_min_age
from kronos_core.roles import Role

_MINUTE = dt.timedelta(minutes=1)
_LEADS = (1, 2, 3, 5, 7, 10, 14, 21, 30, 45)
_WAITED_FOR = ("booked", "confirmed", "checked_in")  # the statuses a held deposit's booking may have
DEPOSIT_SHARE = 0.4  # of the upcoming sessions, those that hold a deposit


@dataclass
class _Day:
    ctx: DayContext
    midnight: dt.datetime  # local
    now: dt.datetime  # the demo's present, UTC

    def at(self, minutes: int) -> dt.datetime:
        return (self.midnight + dt.timedelta(minutes=minutes)).astimezone(UTC)


class Agenda:
    """Books appointments, and records a sale for each finished paid booking, one day at a time."""

    def __init__(
        self,
        applier: Applier,
        team: Team,
        clients: Clients,
        rng: random.Random,
        now: dt.datetime,
        *,
        products: tuple[Product, ...],
        policy_text: str,
        vouchers: VoucherSource | None = None,
    ) -> None:
        self._applier = applier
        self._team = team
        self._clients = clients
        self._rng = rng
        self._now = now
        self._products = tuple(p for p in products if p.active)
        self._policy_text = policy_text
        self._alert_today = False  # today's first client booking is one with a health alert
        self._till = Till(applier, team, rng, vouchers=vouchers)  # a voucher handed over: spent
        self._projects = Projects(applier, team, rng)

    def write(self, plan: Plan) -> None:
        tz = self._team.tz
        local_now = self._now.astimezone(tz)
        now_minutes = local_now.hour * 60 + local_now.minute
        carry = 0
        last_day = plan.days[-1].day if plan.days else plan.today
        lunch = Lunch.plan(len(self._team.artists), plan.start, plan.today, last_day)
        for day_plan in plan.days:
            ahead = (day_plan.day - plan.today).days
            open_, close = day_plan.hours
            now = 24 * 60 * 2 if ahead < 0 else -24 * 60 if ahead > 0 else now_minutes
            forced = _forced(now, open_, close, len(self._team.artists)) if ahead == 0 else {}
            breaks = lunch.breaks(day_plan.day, forced)
            ctx = DayContext(open_, close, now, ahead, forced, breaks)
            quota = day_plan.quota + carry
            slots = plan_day(
                self._rng, ctx, quota=quota, artists=len(self._team.artists), stations=len(self._team.station_ids)
            )
            lunch.planned(day_plan.day, slots, breaks)
            carry = quota - len(slots)
            day = _Day(ctx, dt.datetime.combine(day_plan.day, dt.time(), tzinfo=tz), self._now)
            self._applier.day = day_plan.day
            sales = [s for s in (self._booking(day, slot) for slot in slots) if s is not None]
            if ahead <= 0:
                sales.extend(self._counter_sales(day))
            self._till.write_day(sales)
            self._applier.forget()
        self._applier.day = None
        lunch.write(self._applier, self._team)  # last: planned around, it clashes with nothing

    def _client(self, kind: str, day: dt.date) -> uuid.UUID:
        """A client for a booking of ``kind`` on ``day``, as appointment.book allows it: old
        enough that day (the studio's min_client_age) unless it is a consultation, and not
        blocked."""
        ids, rng = self._clients.ids, self._rng
        index = 0
        for _ in range(40):
            index = int(len(ids) * rng.random() ** 1.5)
            if self._may_book(index, kind, day):
                return ids[index]
        for offset in range(len(ids)):  # rare: the first client from there that fits
            candidate = (index + offset) % len(ids)
            if self._may_book(candidate, kind, day):
                return ids[candidate]
        raise ValueError(f"no demo client may be booked for a {kind} on {day}")

    def _with_alert(self, drawn: uuid.UUID, kind: str, day: dt.date) -> uuid.UUID:
        """The first client from ``drawn`` on with a health alert who may be booked (``drawn`` when
        none may). No draw of the agenda's generator: the rest of the demo is as without it."""
        ids, flags = self._clients.ids, self._clients.flags
        start = ids.index(drawn)
        for offset in range(len(ids)):
            candidate = (start + offset) % len(ids)
            if flags[candidate] & HEALTH_ALERT and self._may_book(candidate, kind, day):
                return ids[candidate]
        return drawn

    def _may_book(self, index: int, kind: str, day: dt.date) -> bool:
        if self._clients.flags[index] & BLOCKED:
            return False
        return kind in BOOKABLE_BELOW_MIN_AGE or below_min_age(self._clients.births[index], day, MIN_CLIENT_AGE) is None

    def _booking(self, day: _Day, slot: Slot) -> SaleSpec | None:
        rng, team = self._rng, self._team
        artist = team.artists[slot.artist]
        starts, ends = day.at(slot.start), day.at(slot.end)
        style, placement = rng.choice(STYLES), rng.choice(PLACEMENTS)
        if slot.kind == "block":
            client_id, by = None, artist.staff_id
            created = starts - dt.timedelta(days=rng.randint(1, 20))
            notes: str | None = "Folga" if slot.end - slot.start >= 8 * 60 else rng.choice(BLOCK_NOTES)
        else:
            client_id, by = self._client(slot.kind, day.midnight.date()), team.receptionist_id
            if day.ctx.days_ahead == 0 and not self._alert_today:
                # The day the demo opens on shows the health alerts (the day, the artist's
                # My day, the ticket): its first client booking is a client with one.
                client_id = self._with_alert(client_id, slot.kind, day.midnight.date())
                self._alert_today = True
            if slot.kind == "walk_in":
                created = starts - 10 * _MINUTE
            else:
                created = starts - dt.timedelta(days=rng.choice(_LEADS), minutes=rng.randrange(600))
            notes = _notes(rng, slot.kind, style, placement)
        created = min(created, day.now - 5 * _MINUTE)
        project_id, last = None, False
        if slot.kind == "session" and client_id is not None:
            title = f"{style} — {placement}"
            client_id, project_id, last = self._projects.session(slot.artist, client_id, title, created, starts)
        appointment_id = self._applier.new_id(created)
        book = AppointmentBook(
            appointment_id=appointment_id,
            client_id=client_id,
            artist_id=artist.staff_id,
            station_id=None if slot.station is None else team.station_ids[slot.station],
            starts_at=starts,
            ends_at=ends,
            kind=slot.kind,  # type: ignore[arg-type]
            notes=notes,
            project_id=project_id,
        )
        role = Role.ARTIST if slot.kind == "block" else Role.RECEPTIONIST
        self._applier.act("appointment.book", book, by=by, role=role, at=created)
        self._lifecycle(appointment_id, slot.status, created, starts, ends, day.now)
        if client_id is not None and slot.kind == "session" and slot.status in _WAITED_FOR and starts > day.now:
            self._deposit(client_id, project_id, appointment_id, created, day.now)
        if last and project_id is not None and slot.status == "completed":
            self._projects.finish(project_id, min(ends + 30 * _MINUTE, day.now))
        paid = slot.kind in ("session", "walk_in") or (slot.kind == "touch_up" and rng.random() < 0.3)
        if slot.status != "completed" or not paid:
            return None
        closed = min(ends + dt.timedelta(minutes=rng.randint(5, 25)), day.now)
        on = closed.astimezone(team.tz).date()
        spec = SaleSpec(min(ends, closed), closed, on, client_id, appointment_id)
        spec.lines.append(
            service_line(
                rng, artist=artist, kind=slot.kind, minutes=slot.end - slot.start, style=style, placement=placement
            )
        )
        if rng.random() < 0.35:
            spec.lines.extend(product_lines(rng, self._products, rng.choice((1, 1, 2))))
        return spec

    def _deposit(
        self,
        client_id: uuid.UUID,
        project_id: uuid.UUID | None,
        appointment_id: uuid.UUID,
        booked: dt.datetime,
        now: dt.datetime,
    ) -> None:
        """Some upcoming sessions hold a deposit, paid minutes after they were booked on an
        earlier day (none is taken today: at the demo's present the counter may not be open)."""
        tz = self._team.tz
        at = booked + dt.timedelta(minutes=self._rng.randint(2, 20))
        if at.astimezone(tz).date() >= now.astimezone(tz).date() or self._rng.random() >= DEPOSIT_SHARE:
            return
        take_deposit(
            self._applier,
            self._rng,
            client_id=client_id,
            project_id=project_id,
            appointment_id=appointment_id,
            policy_text=self._policy_text,
            by=self._team.receptionist_id,
            at=at,
            business_date=at.astimezone(tz).date(),
        )

    def _lifecycle(
        self,
        appointment_id: uuid.UUID,
        status: str,
        created: dt.datetime,
        starts: dt.datetime,
        ends: dt.datetime,
        now: dt.datetime,
    ) -> None:
        """Take a booking made at ``created`` to ``status``, by the receptionist, each move at
        its time (a cancellation with its reason)."""
        rng, by = self._rng, self._team.receptionist_id
        if status == "cancelled":
            when = cancellation(rng, created=created, starts=starts, now=now)
            cancel = AppointmentCancel(
                appointment_id=appointment_id, reason=rng.choice(CANCEL_REASONS), cancelled_at=when
            )
            self._applier.act("appointment.cancel", cancel, by=by, role=Role.RECEPTIONIST, at=when)
            return
        for step, when in moves(rng, status, created=created, starts=starts, ends=ends, now=now):
            move = AppointmentSetStatus(appointment_id=appointment_id, status=step)  # type: ignore[arg-type]
            self._applier.act("appointment.set_status", move, by=by, role=Role.RECEPTIONIST, at=when)

    def _counter_sales(self, day: _Day) -> list[SaleSpec]:
        """Aftercare bought at the counter without a booking (about one a day per dozen artists)."""
        rng, ctx = self._rng, day.ctx
        last = min(ctx.close, ctx.now)
        expected = len(self._team.artists) / 12
        count = int(expected) + (rng.random() < expected % 1)
        specs = []
        for _ in range(count if last > ctx.open else 0):
            closed = day.at(rng.randrange(ctx.open, last))
            on = closed.astimezone(self._team.tz).date()
            client_id = self._client("consultation", on) if rng.random() < 0.5 else None
            spec = SaleSpec(closed - 2 * _MINUTE, closed, on, client_id, None)
            spec.lines.extend(product_lines(rng, self._products, rng.choice((1, 1, 2))))
            specs.append(spec)
        return specs


def _notes(rng: random.Random, kind: str, style: str, placement: str) -> str | None:
    if kind == "session" and rng.random() < 0.6:
        extra = f" {rng.choice(APPOINTMENT_NOTES)}" if rng.random() < 0.25 else ""
        return f"{style} — {placement}.{extra}"
    if kind == "consultation" and rng.random() < 0.5:
        return f"Orçamento: {style.lower()} no(a) {placement}."
    if kind == "touch_up":
        return f"Retoque de {placement}."
    return None


def _forced(now: int, open_: int, close: int, artists: int) -> dict[int, tuple[int, str, int, str]]:
    """Today, whatever the seed: one session in progress, one client checked in for the next, and
    (once the studio has been open for over an hour) a walk-in done and paid at opening."""
    forced: dict[int, tuple[int, str, int, str]] = {}
    if artists > 2 and now >= open_ + 75:
        forced[2] = (open_, "walk_in", 60, "completed")
    session_start = (now - 60) // 15 * 15
    if session_start >= open_ and session_start + 180 <= close:
        forced[0] = (session_start, "session", 180, "in_progress")
    next_start = -(-(now + 30) // 15) * 15
    if artists > 1 and next_start + 30 <= close and now >= open_:
        forced[1] = (next_start, "consultation", 30, "checked_in")
    return forced
