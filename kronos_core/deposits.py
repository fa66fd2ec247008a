"""A studio's deposit (sinal) policy, as tattoo studios write it (issue 15): pure, no Qt, no DB.

- A held deposit expires ``expiry_months`` calendar months after the last day it was booked
  (:func:`expiry`; the day clamped to the month's end: booked last on 31 August with 6 months,
  it expires on 28/29 February); it is still good on its expiry day and expired from the day
  after; it never expires while it holds a session still to come.
- A client ``no_show_late_minutes`` or more late counts as a no-show; the deposit is forfeited
  then when ``forfeit_on_no_show``.
- A cancellation later than ``late_cancel_hours`` before the start is late (the same rule as
  ``appointment.cancel``'s ``late_cancellation``): the receptionist confirms the forfeit.
- A deposit survives ``reschedules`` reschedules; the next one forfeits it.
- A project's deposit is applied at its first or its last session (``applied_at``).
- A forfeited deposit is kept by the studio, the artist, or split (the artist's part
  ``forfeit_artist_bps`` of it, half up to the centavo; the studio the rest).

The words shown to the client and stored on the deposit (:func:`policy_text`) are plain strings
per language, not Qt translations, like :mod:`kronos_core.form_defaults`: the stored text is the
one the client read, whatever language the desk shows later.
"""

from __future__ import annotations

import calendar
import datetime as dt
import zoneinfo
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Final, Literal

from kronos_core.money import format_money as _format_money
from kronos_core.ticket import BPS, percent_of

LANGUAGES: Final = ("pt_BR", "en")

AppliedAt = Literal["first", "last"]
Keeper = Literal["studio", "artist", "split"]


@dataclass(frozen=True)
class DepositPolicy:
    expiry_months: int
    forfeit_on_no_show: bool
    no_show_late_minutes: int
    late_cancel_hours: int
    reschedules: int
    applied_at: AppliedAt
    keeper: Keeper
    forfeit_artist_bps: int
    own_text: str | None = None  # the studio's own words (``deposit_policy_text``), when it wrote them


def policy_of(studio_row: Mapping[str, Any]) -> DepositPolicy:
    """The policy from a ``studio`` row's columns."""
    own = studio_row.get("deposit_policy_text")
    applied_at = studio_row["deposit_applies_to"]
    keeper = studio_row["forfeit_keeper"]
    if applied_at not in ("first", "last"):
        raise ValueError(f"unknown deposit_applies_to: {applied_at!r}")
    if keeper not in ("studio", "artist", "split"):
        raise ValueError(f"unknown forfeit_keeper: {keeper!r}")
    return DepositPolicy(
        expiry_months=int(studio_row["deposit_expiry_months"]),
        forfeit_on_no_show=bool(studio_row["forfeit_on_no_show"]),
        no_show_late_minutes=int(studio_row["no_show_late_minutes"]),
        late_cancel_hours=int(studio_row["late_cancel_hours"]),
        reschedules=int(studio_row["deposit_reschedules"]),
        applied_at=applied_at,
        keeper=keeper,
        forfeit_artist_bps=int(studio_row["forfeit_artist_bps"]),
        own_text=own.strip() if isinstance(own, str) and own.strip() else None,
    )


# -- Dates and times ---------------------------------------------------------------------------
def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` plus ``months`` calendar months, the day clamped to the month's last."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def expires_on(taken_on: dt.date, policy: DepositPolicy) -> dt.date:
    """The last day a deposit taken on ``taken_on`` is good for if nothing books it: the day
    written on it when it is taken (``deposit.expires_on``; :func:`expiry` moves it later)."""
    return add_months(taken_on, policy.expiry_months)


def expired(deposit_expires_on: dt.date | None, today: dt.date) -> bool:
    """Whether a deposit is expired on ``today`` (None: it never expires)."""
    return deposit_expires_on is not None and today > deposit_expires_on


def _aware(*instants: dt.datetime) -> None:
    for instant in instants:
        if instant.tzinfo is None or instant.utcoffset() is None:
            raise ValueError("instants must be timezone-aware")


# -- Expiry after N months unbooked ----------------------------------------------------------------
UNBOOKED: Final = frozenset({"cancelled", "no_show"})  # a session in these never booked the deposit


@dataclass(frozen=True)
class HeldSession:
    """A session (appointment) a deposit holds, as far as its expiry cares: when it ends and its
    status (kronos_core.schema_base.APPOINTMENT_STATUSES)."""

    ends_at: dt.datetime  # aware
    status: str

    @property
    def books(self) -> bool:
        """Whether it keeps the deposit booked: any status but cancelled and no-show (a completed
        session booked it until it ended)."""
        return self.status not in UNBOOKED


def booked_through(taken_on: dt.date, sessions: Iterable[HeldSession], zone: zoneinfo.ZoneInfo) -> dt.date:
    """The last day the deposit was booked: the later of the day it was taken and the day (in the
    studio's ``zone``) the last session it holds that :attr:`HeldSession.books` ends."""
    last = taken_on
    for session in sessions:
        _aware(session.ends_at)
        if session.books:
            last = max(last, session.ends_at.astimezone(zone).date())
    return last


def expiry(
    taken_on: dt.date,
    recorded: dt.date | None,
    sessions: Iterable[HeldSession],
    policy: DepositPolicy,
    zone: zoneinfo.ZoneInfo,
    now: dt.datetime,
) -> dt.date | None:
    """The last day a held deposit is good for at ``now``, or None while it does not expire.

    What a deposit *holds* (read by kronos_core/deposit_holds.py, for the desk and for
    ``deposit.forfeit``): the appointment it was taken or moved for (``deposit.appointment_id``)
    and every appointment of its project, that is ``deposit.project_id``, or when it has none the
    project of its appointment (``appointment.project_id``); blocks and deleted rows are no
    sessions. A deposit for no booking nor project holds none.

    - A session it holds that books it (not cancelled, not a no-show) ending after ``now``: the
      deposit is booked and does not expire (None).
    - Otherwise it expires ``policy.expiry_months`` calendar months (:func:`add_months`) after
      :func:`booked_through`, in the studio's ``zone``, and never before ``recorded``: the day
      written on it when it was taken (``deposit.expires_on``, from the policy the client read).
      ``recorded`` None: it never expires. The ``expired`` forfeit applies this same rule.
    """
    held = list(sessions)
    _aware(now, *(session.ends_at for session in held))
    if recorded is None or any(session.books and session.ends_at > now for session in held):
        return None
    return max(recorded, add_months(booked_through(taken_on, held, zone), policy.expiry_months))


def expired_at(
    taken_on: dt.date,
    recorded: dt.date | None,
    sessions: Iterable[HeldSession],
    policy: DepositPolicy,
    zone: zoneinfo.ZoneInfo,
    now: dt.datetime,
) -> bool:
    """Whether the held deposit has expired at ``now`` (the day after its :func:`expiry`, today
    being ``now``'s day in the studio's ``zone``)."""
    last_day = expiry(taken_on, recorded, sessions, policy, zone, now)
    return expired(last_day, now.astimezone(zone).date())


def counts_as_no_show(policy: DepositPolicy, starts_at: dt.datetime, now: dt.datetime) -> bool:
    """Whether a client not there at ``now`` is a no-show: ``no_show_late_minutes`` or more late."""
    _aware(starts_at, now)
    return now - starts_at >= dt.timedelta(minutes=policy.no_show_late_minutes)


def late_cancellation(policy: DepositPolicy, starts_at: dt.datetime, cancelled_at: dt.datetime) -> bool:
    """Whether cancelling at ``cancelled_at`` is within ``late_cancel_hours`` of the start."""
    _aware(starts_at, cancelled_at)
    return cancelled_at > starts_at - dt.timedelta(hours=policy.late_cancel_hours)


def survives_reschedule(policy: DepositPolicy, reschedules_so_far: int) -> bool:
    """Whether the deposit survives one more reschedule (False: this reschedule forfeits it)."""
    return reschedules_so_far + 1 <= policy.reschedules


def forfeit_shares(policy: DepositPolicy, amount: int) -> tuple[int, int]:
    """(artist, studio) parts of a forfeited deposit; they add up to ``amount``."""
    if policy.keeper == "studio":
        return 0, amount
    if policy.keeper == "artist":
        return amount, 0
    if not 0 <= policy.forfeit_artist_bps <= BPS:
        raise ValueError("the artist's part of a forfeit is between 0 and 100%")
    artist = percent_of(amount, policy.forfeit_artist_bps)
    return artist, amount - artist


def applies_now(policy: DepositPolicy, *, first_session: bool, last_session: bool) -> bool:
    """Whether a project's deposit is applied at this session's ticket (a project of one session
    is both its first and its last)."""
    return first_session if policy.applied_at == "first" else last_session


# -- The words the client reads ------------------------------------------------------------------
def _plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _pt(policy: DepositPolicy, amount: str | None) -> str:
    p = policy
    parts = [
        (f"O sinal de {amount} " if amount else "O sinal ")
        + "garante o seu horário e é descontado do valor da tatuagem "
        + ("na primeira sessão." if p.applied_at == "first" else "na última sessão."),
        "Ele não vence enquanto houver sessão marcada; sem sessão marcada, vale por "
        f"{_plural(p.expiry_months, 'mês', 'meses')} a partir do pagamento ou da última sessão "
        "(o que for mais tarde) e depois disso é perdido.",
    ]
    if p.forfeit_on_no_show:
        parts.append(
            "Se você não comparecer, ou chegar com "
            f"{_plural(p.no_show_late_minutes, 'minuto', 'minutos')} ou mais de atraso, o sinal é perdido."
        )
    parts.append(
        f"Cancelar com menos de {_plural(p.late_cancel_hours, 'hora', 'horas')} de antecedência "
        "também faz perder o sinal."
    )
    if p.reschedules == 0:
        parts.append("Remarcar o horário faz perder o sinal.")
    else:
        times = "uma vez" if p.reschedules == 1 else "duas vezes" if p.reschedules == 2 else f"{p.reschedules} vezes"
        parts.append(f"Você pode remarcar {times} sem perder o sinal; a remarcação seguinte faz perdê-lo.")
    keeper = {
        "studio": "fica com o estúdio",
        "artist": "fica com o(a) tatuador(a)",
        "split": "é dividido entre o(a) tatuador(a) e o estúdio",
    }[p.keeper]
    parts.append(f"O sinal perdido não é devolvido: {keeper}.")
    return " ".join(parts)


def _en(policy: DepositPolicy, amount: str | None) -> str:
    p = policy
    parts = [
        (f"The deposit of {amount} " if amount else "The deposit ")
        + "holds your booking and comes off the price of your tattoo "
        + ("at the first session." if p.applied_at == "first" else "at the last session."),
        "It does not expire while a session is booked; with none booked, it is valid for "
        f"{_plural(p.expiry_months, 'month', 'months')} from the day you pay it or from your last "
        "session, whichever is later, and is lost after that.",
    ]
    if p.forfeit_on_no_show:
        parts.append(
            "If you do not come, or come "
            f"{_plural(p.no_show_late_minutes, 'minute', 'minutes')} late or more, the deposit is lost."
        )
    parts.append(
        f"Cancelling less than {_plural(p.late_cancel_hours, 'hour', 'hours')} before your booking "
        "also loses the deposit."
    )
    if p.reschedules == 0:
        parts.append("Rescheduling loses the deposit.")
    else:
        times = "once" if p.reschedules == 1 else "twice" if p.reschedules == 2 else f"{p.reschedules} times"
        parts.append(f"You may reschedule {times} and keep the deposit; the next reschedule loses it.")
    keeper = {
        "studio": "the studio keeps it",
        "artist": "your artist keeps it",
        "split": "your artist and the studio share it",
    }[p.keeper]
    parts.append(f"A lost deposit is not refunded: {keeper}.")
    return " ".join(parts)


def policy_text(
    policy: DepositPolicy,
    language: str,
    format_money: Callable[[int, str], str] = _format_money,
    *,
    amount: int | None = None,
) -> str:
    """The policy as a short paragraph the client reads, in ``language`` (``pt_BR`` or ``en``;
    any other falls back to Portuguese); the studio's own words win when it wrote them.
    ``amount``, when given, is named (formatted by ``format_money(amount, language)``)."""
    if policy.own_text:
        return policy.own_text
    english = language.replace("-", "_").lower().startswith("en")
    money = None if amount is None else format_money(amount, "en" if english else "pt_BR")
    return _en(policy, money) if english else _pt(policy, money)
