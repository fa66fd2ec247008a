"""Who may run each mutation, as a table written out by hand (DESIGN.md, "Auth"; issue 11, "Roles
on the desk"), and one valid set of arguments for each, for the role tests on the desk
(tests/core/test_role_matrix.py), the server (tests/server/sync/test_role_matrix_server.py) and
the desk's actions (tests/desktop/test_role_actions.py).

The table is the rule a person reads: owners everything; managers everything but ownership
(setting a studio up); receptionists bookings, clients, consent, checkout, deposits and payments,
not refunds, voids, commission rules, settings, stations or staff; artists their own calendar
(the booking mutations check it is theirs), their clients' records and their own PIN. Payments
are never refused (money received is stored, and reviewed when something is off). A mutation
added to the registry without a row here fails the tests until someone decides who may run it.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from kronos_core.ids import uuid7
from kronos_core.pins import hash_pin
from kronos_core.roles import Role
from kronos_core.vouchers import new_code

# Who may run each mutation: O owner, M manager, R receptionist, A artist ("-": refused).
TABLE: dict[str, str] = {
    #                           O M R A
    "studio.setup":            "O - - -",  # ownership
    "studio.update":           "O M - -",  # the studio's settings
    "staff.add":               "O M - -",  # staff (which roles a manager may give: GRANTABLE)
    "staff.update":            "O M - -",
    "staff.set_pin":           "O M R A",  # one's own PIN; whose else: PIN_SETTABLE
    "commission.set":          "O M - -",  # commission rules
    "station.add":             "O M - -",  # the studio's stations are settings
    "station.update":          "O M - -",
    "client.create":           "O M R A",  # an artist: their clients' records
    "client.update":           "O M R A",
    "client.merge":            "O M - -",  # merging client records: owners and managers
    "client.erase":            "O M - -",  # LGPD erasure: owners and managers
    "client.export_recorded":  "O M - -",  # LGPD export: owners and managers
    "appointment.book":        "O M R A",  # an artist: on their own calendar only (checked by the mutation)
    "appointment.reschedule":  "O M R A",
    "appointment.cancel":      "O M R A",
    "appointment.set_status":  "O M R A",
    "appointment.edit":        "O M R A",  # an artist: their own calendar's bookings
    "project.create":          "O M R A",  # an artist: projects of their own calendar
    "project.update":          "O M R A",
    "time_off.add":            "O M R A",  # an artist: their own time off
    "time_off.exclude_day":    "O M R A",
    "time_off.restore_day":    "O M R A",
    "time_off.remove":         "O M R A",
    "time_off.restore":        "O M R A",
    "sale.record":             "O M R -",  # checkout: not an artist
    "payment.record":          "O M R A",  # never refused: the money is stored
    "conflict.resolve":        "O M R -",  # the studio's conflicts: not an artist's to dismiss
    "form_template.publish":   "O M R A",  # its words: owners and managers; others the shipped one, unchanged
    "consent_form.sign":       "O M R A",  # everyone witnesses (an artist: for their own bookings)
    "material.add":            "O M - -",  # the studio's inks and materials: owners and managers
    "material.update":         "O M - -",
    "session_record.add":      "O M R A",  # an artist: their own sessions (checked by the mutation)
    "product.save":            "O M - -",  # the studio's product list: owners and managers
    "sale.void":               "O M - -",  # voiding a closed ticket: owners and managers
    "payment.refund":          "O M R A",  # never refused: another role's refund is stored, flagged needs_review
    "deposit.take":            "O M R -",  # deposits at the counter: not an artist
    "deposit.forfeit":         "O M R -",
    "deposit.refund":          "O M - -",  # money given back: owners and managers
    "deposit.transfer":        "O M R -",
    "deposit.rescheduled":     "O M R -",
    "cash_drawer.save":        "O M - -",  # the studio's drawers are settings
    "cash_session.open":       "O M R A",  # whoever is at the counter opens, moves and closes the day
    "cash.move":               "O M R A",
    "cash_session.count_shown": "O M R A",  # as the close: a count shown against the expected amount
    "cash_session.close":      "O M R A",
    "cash_session.reopen":     "O M - -",  # a closed day reopened: owners and managers
    "voucher.sell":            "O M R A",  # a gift voucher sold at the counter
    "stock.move":              "O M R -",  # received; adjusted/counted: O M only (the mutation checks)
}  # fmt: skip

LETTERS = {"O": Role.OWNER, "M": Role.MANAGER, "R": Role.RECEPTIONIST, "A": Role.ARTIST}
EXPECTED: dict[str, frozenset[Role]] = {
    name: frozenset(LETTERS[letter] for letter in row.split() if letter != "-") for name, row in TABLE.items()
}

# Mutations that happen once per studio: the one valid argument set has already been used when
# the studio exists, so an allowed role's try is refused for that (not for its role).
ONCE_PER_STUDIO: dict[str, str] = {"studio.setup": "duplicate_id"}

BASE = dt.datetime(2026, 5, 4, 13, 0, tzinfo=dt.UTC)  # a Monday, 10:00 in São Paulo
DAY = "2026-05-04"


@functools.cache
def pin_hash() -> str:
    """One PIN hash at the minimum cost, made once (argon2id is slow on purpose)."""
    return hash_pin("2468")


# Runs a mutation as the studio's owner (a prerequisite of a case); returns the id of the
# conflict it wrote, if any.
AsOwner = Callable[[str, dict[str, Any]], uuid.UUID | None]


@dataclass
class Cast:
    """A tiny studio: its owner and one member of each other role."""

    studio_id: uuid.UUID
    owner: uuid.UUID
    manager: uuid.UUID
    receptionist: uuid.UUID
    artist: uuid.UUID
    _slots: itertools.count[int] = field(default_factory=itertools.count)

    def member(self, role: Role) -> uuid.UUID:
        found = {Role.OWNER: self.owner, Role.MANAGER: self.manager, Role.RECEPTIONIST: self.receptionist}
        return found.get(role, self.artist)

    def slot(self) -> tuple[str, str]:
        """A two-hour span on the artist's calendar no other case uses (no clash, no conflict)."""
        start = BASE + dt.timedelta(hours=3 * next(self._slots))
        return start.isoformat(), (start + dt.timedelta(hours=2)).isoformat()


def _client(cast: Cast, owner: AsOwner) -> str:
    client_id = str(uuid7())
    owner("client.create", {"client_id": client_id, "full_name": "Ana Souza"})
    return client_id


def _booking(cast: Cast, owner: AsOwner) -> str:
    """A booking on the artist's calendar, made by the owner."""
    appointment_id, (starts_at, ends_at) = str(uuid7()), cast.slot()
    client_id = _CLIENT_OF[appointment_id] = _client(cast, owner)
    owner(
        "appointment.book",
        {
            "appointment_id": appointment_id,
            "client_id": client_id,
            "artist_id": str(cast.artist),
            "starts_at": starts_at,
            "ends_at": ends_at,
        },
    )
    return appointment_id


def _booking_client(appointment_id: str) -> str:
    return _CLIENT_OF[appointment_id]


def _staff(cast: Cast, owner: AsOwner) -> str:
    staff_id = str(uuid7())
    owner("staff.add", {"staff_id": staff_id, "display_name": "Duda Reis", "role": "artist"})
    return staff_id


def _station(cast: Cast, owner: AsOwner) -> str:
    station_id = str(uuid7())
    owner("station.add", {"station_id": station_id, "name": "Maca 2"})
    return station_id


def _review(cast: Cast, owner: AsOwner) -> str:
    """An open conflict: a payment against a sale the studio does not have (kept, to review)."""
    conflict_id = owner(
        "payment.record",
        {"payment_id": str(uuid7()), "sale_id": str(uuid7()), "method": "cash", "amount": 500,
         "business_date": DAY, "received_at": BASE.isoformat()},
    )  # fmt: skip
    assert conflict_id is not None, "a payment against a missing sale leaves a conflict to review"
    return str(conflict_id)


def _day(cast: Cast) -> dt.date:
    """A day of time off no other case uses."""
    return dt.date(2026, 7, 1) + dt.timedelta(days=next(cast._slots))


def _time_off_args(cast: Cast, days: int = 1) -> dict[str, Any]:
    first = _day(cast)
    for _ in range(days - 1):
        _day(cast)
    last = first + dt.timedelta(days=days - 1)
    weekdays = sorted({(first + dt.timedelta(days=i)).weekday() for i in range(days)})
    return {
        "series_id": str(uuid7()), "artist_id": str(cast.artist), "reason": "Almoço", "first_day": first.isoformat(),
        "last_day": last.isoformat(), "weekdays": weekdays, "start_minute": 720, "end_minute": 780,
    }  # fmt: skip


def _series(cast: Cast, owner: AsOwner, *then: tuple[str, dict[str, Any]]) -> dict[str, str]:
    """A two-day series of the artist's (made by the owner, then ``then`` run on it): its id and first day."""
    args = _time_off_args(cast, 2)
    owner("time_off.add", args)
    which = {"series_id": args["series_id"], "day": args["first_day"]}
    for name, extra in then:
        owner(name, {**which, **extra} if name.endswith("_day") else {"series_id": args["series_id"]})
    return which


def _project(cast: Cast, owner: AsOwner) -> str:
    project_id = str(uuid7())
    owner(
        "project.create",
        {
            "project_id": project_id,
            "client_id": _client(cast, owner),
            "artist_id": str(cast.artist),
            "title": "Fechamento",
        },
    )
    return project_id


SIGNATURE = {"w": 1000, "h": 350, "strokes": [[[100, 200], [180, 150], [260, 220]]]}


def template_args(template_id: str | None = None, number: int = 1) -> dict[str, Any]:
    """A one-question questionnaire's publish arguments."""
    return {
        "template_id": template_id or str(uuid7()), "number": number, "language": "pt_BR", "title": "Anamnese",
        "questions": [{"id": "allergy", "kind": "yes_no", "text": "Alergia?", "required": True,
                       "alert_on": ["yes"], "alert": "Alergia", "alert_field": "allergies"}],
        "consent_text": "Declaro que as informações são verdadeiras.", "image_use_text": "Autorizo o uso de imagem.",
    }  # fmt: skip


def shipped_template_args(number: int = 1) -> dict[str, Any]:
    """The publish arguments of the questionnaire shipped with the app, unchanged (any role)."""
    from kronos_core.form_defaults import default_template

    shipped = default_template("pt_BR")
    return {
        "template_id": str(uuid7()), "number": number, "language": shipped.language, "title": shipped.title,
        "questions": [q.to_json() for q in shipped.questions], "consent_text": shipped.consent_text,
        "image_use_text": shipped.image_use_text,
    }  # fmt: skip


def _template(cast: Cast, owner: AsOwner) -> str:
    args = template_args()
    owner("form_template.publish", args)
    return str(args["template_id"])


def _sign_args(cast: Cast, me: uuid.UUID, owner: AsOwner) -> dict[str, Any]:
    """A form for a booking on the artist's calendar, witnessed by ``me``."""
    booking = _booking(cast, owner)
    return {
        "form_id": str(uuid7()), "client_id": _booking_client(booking), "appointment_id": booking,
        "template_id": _template(cast, owner), "answers": {"allergy": {"value": False, "details": ""}},
        "signature": SIGNATURE, "witness_id": str(me), "signed_at": BASE.isoformat(),
    }  # fmt: skip


_CLIENT_OF: dict[str, str] = {}


def _material(cast: Cast, owner: AsOwner) -> str:
    material_id = str(uuid7())
    owner("material.add", {"material_id": material_id, "kind": "ink", "name": "Preto Tribal",
                           "anvisa_registration": "80000000001", "lot": "L1"})  # fmt: skip
    return material_id


def _deposit_args(client_id: str, **extra: Any) -> dict[str, Any]:
    return {
        "deposit_id": str(uuid7()), "client_id": client_id, "amount": 30000, "acknowledged": True,
        "policy_text": "O sinal vale por 6 meses.", "business_date": DAY, "taken_at": BASE.isoformat(), **extra,
    }  # fmt: skip


def _deposit(cast: Cast, owner: AsOwner, client_id: str | None = None) -> str:
    """A held deposit of a client (a new one unless given), taken by the owner, expiring today."""
    args = _deposit_args(client_id or _client(cast, owner), expires_on=DAY)
    owner("deposit.take", args)
    return str(args["deposit_id"])


def _transfer_args(cast: Cast, me: uuid.UUID, owner: AsOwner) -> dict[str, Any]:
    """A held deposit and another project of the same client to move it to."""
    client_id, project_id = _client(cast, owner), str(uuid7())
    owner("project.create", {"project_id": project_id, "client_id": client_id, "title": "Costas"})
    return {
        "deposit_id": _deposit(cast, owner, client_id), "new_deposit_id": str(uuid7()), "project_id": project_id,
        "business_date": DAY, "at": BASE.isoformat(),
    }  # fmt: skip


def _sale(cast: Cast, owner: AsOwner) -> str:
    """A closed ticket of the owner's."""
    args = ARGUMENTS["sale.record"](cast, cast.owner, owner)
    owner("sale.record", args)
    return str(args["sale_id"])


def _paid(cast: Cast, owner: AsOwner) -> str:
    """A payment the owner took."""
    args = ARGUMENTS["payment.record"](cast, cast.owner, owner)
    owner("payment.record", args)
    return str(args["payment_id"])


def _drawer(cast: Cast, owner: AsOwner) -> str:
    drawer_id = str(uuid7())
    owner("cash_drawer.save", {"drawer_id": drawer_id, "name": "Caixa"})
    return drawer_id


def _cash_day(cast: Cast, owner: AsOwner, *, closed: bool = False) -> str:
    """A drawer's open day (its own drawer: one day per drawer and date), closed when asked."""
    session_id = str(uuid7())
    owner("cash_session.open", {"session_id": session_id, "drawer_id": _drawer(cast, owner), "business_date": DAY,
                                "opening_float": 10000, "opened_at": BASE.isoformat()})  # fmt: skip
    if closed:
        owner("cash_session.close", _close_args(session_id))
    return session_id


def _close_args(session_id: str) -> dict[str, Any]:
    return {"count_id": str(uuid7()), "session_id": session_id, "grid": {"5000": 2}, "expected": 10000,
            "counted_at": BASE.isoformat()}  # fmt: skip


def _product(cast: Cast, owner: AsOwner) -> str:
    product_id = str(uuid7())
    owner("product.save", {"product_id": product_id, "name": "Pomada cicatrizante", "price": 4500})
    return product_id


# Args = (the cast, who acts, the owner's hand for what must exist first) → the arguments.
Args = Callable[[Cast, uuid.UUID, AsOwner], dict[str, Any]]

ARGUMENTS: dict[str, Args] = {
    "studio.setup": lambda c, me, o: {
        "studio_id": str(c.studio_id), "name": "Estúdio Dois", "owner_staff_id": str(uuid7()), "owner_name": "Outra",
    },
    "studio.update": lambda c, me, o: {"receipt_footer": "Volte sempre!"},
    "staff.add": lambda c, me, o: {"staff_id": str(uuid7()), "display_name": "Caio Lima", "role": "artist"},
    "staff.update": lambda c, me, o: {"staff_id": _staff(c, o), "display_name": "Duda R."},
    "staff.set_pin": lambda c, me, o: {"staff_id": str(me), "pin_hash": pin_hash()},
    "commission.set": lambda c, me, o: {
        "rule_id": str(uuid7()), "staff_id": str(c.artist), "rate_bps": 5000, "effective_from": DAY,
    },
    "station.add": lambda c, me, o: {"station_id": str(uuid7()), "name": "Maca 3"},
    "station.update": lambda c, me, o: {"station_id": _station(c, o), "name": "Maca 2 (janela)"},
    "client.create": lambda c, me, o: {"client_id": str(uuid7()), "full_name": "Bruno Dias"},
    "client.update": lambda c, me, o: {"client_id": _client(c, o), "changes": {"notes": "Prefere tarde"}},
    "client.merge": lambda c, me, o: {"keep_id": _client(c, o), "merged_id": _client(c, o)},
    "client.erase": lambda c, me, o: {"client_id": _client(c, o), "erased_at": BASE.isoformat()},
    "client.export_recorded": lambda c, me, o: {"client_id": _client(c, o)},
    "appointment.book": lambda c, me, o: dict(
        zip(("starts_at", "ends_at"), c.slot(), strict=True),
        appointment_id=str(uuid7()), client_id=_client(c, o), artist_id=str(c.artist), kind="session",
    ),
    "appointment.reschedule": lambda c, me, o: dict(
        zip(("starts_at", "ends_at"), c.slot(), strict=True), appointment_id=_booking(c, o)
    ),
    "appointment.cancel": lambda c, me, o: {
        "appointment_id": _booking(c, o), "reason": "Cliente pediu", "cancelled_at": BASE.isoformat(),
    },
    "appointment.set_status": lambda c, me, o: {"appointment_id": _booking(c, o), "status": "confirmed"},
    "appointment.edit": lambda c, me, o: {"appointment_id": _booking(c, o), "notes": "Trazer a referência"},
    "project.create": lambda c, me, o: {
        "project_id": str(uuid7()), "client_id": _client(c, o), "artist_id": str(c.artist), "title": "Braço fechado",
    },
    "project.update": lambda c, me, o: {"project_id": _project(c, o), "healing_days": 28},
    "time_off.add": lambda c, me, o: _time_off_args(c),
    "time_off.exclude_day": lambda c, me, o: _series(c, o),
    "time_off.restore_day": lambda c, me, o: _series(c, o, ("time_off.exclude_day", {})),
    "time_off.remove": lambda c, me, o: {"series_id": _series(c, o)["series_id"]},
    "time_off.restore": lambda c, me, o: {"series_id": _series(c, o, ("time_off.remove", {}))["series_id"]},
    "sale.record": lambda c, me, o: {
        "sale_id": str(uuid7()), "number": f"T-{uuid7().hex[-8:]}", "business_date": DAY,
        "closed_at": BASE.isoformat(),
        "lines": [{"line_id": str(uuid7()), "description": "Sessão", "artist_id": str(c.artist), "unit_price": 50000}],
    },
    "payment.record": lambda c, me, o: {
        "payment_id": str(uuid7()), "method": "pix", "amount": 20000, "business_date": DAY,
        "received_at": BASE.isoformat(),
    },
    "conflict.resolve": lambda c, me, o: {
        "conflict_id": _review(c, o), "resolution": "dismiss", "resolved_at": BASE.isoformat(),
    },
    "form_template.publish": lambda c, me, o: shipped_template_args(),
    "consent_form.sign": _sign_args,
    "material.add": lambda c, me, o: {
        "material_id": str(uuid7()), "kind": "needle", "name": "Agulha 3RL", "lot": "N-2026-05",
    },
    "material.update": lambda c, me, o: {"material_id": _material(c, o), "changes": {"lot": "L2"}},
    "session_record.add": lambda c, me, o: {
        "record_id": str(uuid7()), "appointment_id": _booking(c, o), "body_location": "Antebraço esquerdo",
        "products": [{"material_id": None, "kind": "ink", "name": "Preto Tribal", "anvisa_registration": "8000",
                      "lot": "L1", "expires_on": "2027-01-01"}],
        "needle_lots": ["N-1"], "recorded_at": BASE.isoformat(),
    },
    "product.save": lambda c, me, o: {"product_id": str(uuid7()), "name": "Pomada cicatrizante", "sku": "POM-30",
                                      "price": 4500},
    "sale.void": lambda c, me, o: {"sale_id": _sale(c, o), "reason": "Cobrado em dobro",
                                   "voided_at": BASE.isoformat()},
    "payment.refund": lambda c, me, o: {
        "payment_id": str(uuid7()), "refund_of": _paid(c, o), "amount": 5000, "reason": "Cliente desistiu",
        "business_date": DAY, "received_at": BASE.isoformat(),
    },
    "deposit.take": lambda c, me, o: _deposit_args(_client(c, o)),
    "deposit.forfeit": lambda c, me, o: {
        "deposit_id": _deposit(c, o), "reason": "expired", "business_date": "2026-11-05",  # the policy's 6 months on
        "at": (BASE + dt.timedelta(days=185)).isoformat(),
    },
    "deposit.refund": lambda c, me, o: {"deposit_id": _deposit(c, o), "business_date": DAY, "at": BASE.isoformat()},
    "deposit.transfer": _transfer_args,
    "deposit.rescheduled": lambda c, me, o: {
        "deposit_id": _deposit(c, o), "business_date": DAY, "at": BASE.isoformat(),
    },
    "cash_drawer.save": lambda c, me, o: {"drawer_id": str(uuid7()), "name": "Caixa 2"},
    "cash_session.open": lambda c, me, o: {
        "session_id": str(uuid7()), "drawer_id": _drawer(c, o), "business_date": DAY, "opening_float": 20000,
        "opened_at": BASE.isoformat(),
    },
    "cash.move": lambda c, me, o: {
        "movement_id": str(uuid7()), "session_id": _cash_day(c, o), "kind": "out", "amount": 5000,
        "reason": "Depósito no banco", "moved_at": BASE.isoformat(),
    },
    "cash_session.count_shown": lambda c, me, o: {
        "session_id": _cash_day(c, o), "count_id": str(uuid7()), "counted": 10000, "grid": {"5000": 2},
        "expected": 11000, "counted_at": BASE.isoformat(),
    },
    "cash_session.close": lambda c, me, o: _close_args(_cash_day(c, o)),
    "cash_session.reopen": lambda c, me, o: {
        "session_id": _cash_day(c, o, closed=True), "reason": "Faltou lançar um PIX", "reopened_at": BASE.isoformat(),
    },
    "voucher.sell": lambda c, me, o: {
        "voucher_id": str(uuid7()), "code": new_code(), "amount": 20000, "sold_on": DAY,
    },
    "stock.move": lambda c, me, o: {
        "movement_id": str(uuid7()), "product_id": _product(c, o), "kind": "received", "quantity": 12,
        "moved_at": BASE.isoformat(),
    },
}  # fmt: skip


def arguments(name: str, cast: Cast, me: uuid.UUID, owner: AsOwner) -> dict[str, Any]:
    """Valid arguments of ``name`` for ``me`` to run (whatever they need made first by ``owner``)."""
    return ARGUMENTS[name](cast, me, owner)


def allowed(name: str, role: Role) -> bool:
    """The table's answer (KeyError: a mutation nobody has decided about yet)."""
    return role in EXPECTED[name]
