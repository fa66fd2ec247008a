"""Demo clients: Brazilian names, phones, e-mails, CPFs, health alerts, minors and duplicates.

About 1.5% of the clients are a second record of an earlier one (``_duplicate``: the same phone,
the name typed differently, less filled in, no health alert of their own): ``Clients.planted``
says which, and :func:`planted_pairs` works it out again without a database (the bench's
``clients.duplicate_false_pairs`` counts the pairs the duplicate rule flags beyond these).

The record's fields of issue 13 (WhatsApp, Instagram, how they found the studio, medication,
health-data consent, a block's reason, a minor's guardian) are drawn from a generator of their
own, seeded from the clients' one without drawing from it: names, phones and duplicates stay
those of earlier demos of the same seed.
"""

from __future__ import annotations

import datetime as dt
import random
import unicodedata
import uuid
from dataclasses import dataclass, field
from typing import Any

from kronos_core.demo import words as w
from kronos_core.demo.applier import Applier
from kronos_core.mutations.clients import ClientCreate
from kronos_core.people import cpf_with_check_digits
from kronos_core.roles import Role

BLOCKED = 2
HEALTH_ALERT = 4  # allergies or a medical alert on the record
MINOR_SHARE = 0.03
DUPLICATE_SHARE = 0.015
FORGET_EVERY = 5_000  # clients registered between two emptyings of the batch's row cache
_PARTICLES = {
    "Silva": "da Silva",
    "Santos": "dos Santos",
    "Souza": "de Souza",
    "Conceição": "da Conceição",
    "Costa": "da Costa",
    "Assunção": "da Assunção",
}


@dataclass
class Clients:
    """What the agenda needs to know of the clients: ids, flags (BLOCKED, HEALTH_ALERT) and birth dates."""

    ids: list[uuid.UUID] = field(default_factory=list)
    flags: bytearray = field(default_factory=bytearray)
    births: list[dt.date | None] = field(default_factory=list)
    # (the original's index, the duplicate's index) in ``ids``: one person registered twice.
    planted: list[tuple[int, int]] = field(default_factory=list)


def plain(text: str) -> str:
    """Text without accents: ``João Conceição`` → ``Joao Conceicao``."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


@dataclass(frozen=True)
class _Person:
    given: tuple[str, ...]
    surnames: tuple[str, ...]

    @property
    def full_name(self) -> str:
        return " ".join(self.given + self.surnames)


class _Maker:
    def __init__(self, rng: random.Random, today: dt.date) -> None:
        self.rng = rng
        self.today = today
        self.phones: set[str] = set()
        self.emails: set[str] = set()
        self.cpfs: set[str] = set()

    def person(self) -> _Person:
        rng = self.rng
        female = rng.random() < 0.55
        first = rng.choice(w.FEMALE_NAMES if female else w.MALE_NAMES)
        given: tuple[str, ...] = (first,)
        if rng.random() < 0.2:
            second = rng.choice(w.FEMALE_SECOND if female else w.MALE_SECOND)
            if second != first:
                given = (second, first) if second in ("Maria", "João") else (first, second)
        count = rng.choices((1, 2, 3), (30, 60, 10))[0]
        surnames = tuple(rng.sample(w.SURNAMES, count))
        if rng.random() < 0.3:
            surnames = tuple(_PARTICLES.get(s, s) for s in surnames)
        return _Person(given, surnames)

    def phone(self) -> str:
        rng = self.rng
        while True:
            ddd = rng.choices(w.AREA_CODES, w.AREA_WEIGHTS)[0]
            if rng.random() < 0.05:
                number = f"+55{ddd}{rng.choice('2345')}{rng.randrange(10**7):07d}"
            else:
                number = f"+55{ddd}9{rng.randrange(6 * 10**7, 10**8)}"
            if number not in self.phones:
                self.phones.add(number)
                return number

    def email(self, person: _Person) -> str:
        rng = self.rng
        first = plain(person.given[0]).lower()
        last = plain(person.surnames[-1].split()[-1]).lower()
        local = rng.choice((f"{first}.{last}", f"{first}{last}", f"{first}_{last}", f"{first[0]}{last}"))
        if rng.random() < 0.4:
            local += str(rng.randrange(1, 100))
        domain = rng.choice(w.EMAIL_DOMAINS)
        address = f"{local}@{domain}"
        while address in self.emails:
            address = f"{local}{rng.randrange(100, 10_000)}@{domain}"
        self.emails.add(address)
        return address

    def cpf(self) -> str:
        rng = self.rng
        while True:
            region = "8" if rng.random() < 0.7 else str(rng.randrange(10))
            number = cpf_with_check_digits(f"{rng.randrange(10**8):08d}{region}")
            if number not in self.cpfs and number != number[0] * 11:
                self.cpfs.add(number)
                return number

    def birth_date(self, minor: bool, registered: dt.date) -> dt.date:
        """An age today (a minor's: 14 to 17); for a client registered so long ago (the large
        demo's 22 years) that it would make them born after, that age at their registration."""
        rng = self.rng
        age = rng.randint(14, 17) if minor else min(75, int(rng.triangular(18, 66, 26)))
        days = dt.timedelta(days=rng.randrange(365))
        born = add_years(self.today, -age) - days
        return born if born < add_years(registered, -14) else add_years(registered, -age) - days

    def address(self) -> str:
        rng = self.rng
        complement = f" — {rng.choice(w.COMPLEMENTS)}" if rng.random() < 0.5 else ""
        cep = f"0{rng.randrange(1000, 5999)}-{rng.randrange(1000):03d}"
        return (
            f"{rng.choice(w.STREETS)}, {rng.randrange(12, 3500)}{complement}, {rng.choice(w.NEIGHBOURHOODS)}, "
            f"São Paulo - SP, {cep}"
        )


def _preferred(person: _Person, rng: random.Random) -> str | None:
    if rng.random() >= 0.3:
        return None
    for name in person.given:
        if name in w.NICKNAMES:
            return w.NICKNAMES[name]
    return None


def _variant(person: _Person, rng: random.Random) -> str:
    """The same person as a hurried receptionist typed them again."""
    choices = ["accents", "lower", "short_surname", "initial", "nickname"]
    name = person.full_name
    for how in rng.sample(choices, 2):
        if how == "accents":
            candidate = plain(name)
        elif how == "lower":
            candidate = name.lower()
        elif how == "short_surname" and len(person.surnames) > 1:
            candidate = " ".join(person.given + person.surnames[:-1])
        elif how == "initial" and len(person.given) > 1:
            candidate = " ".join((person.given[0], f"{person.given[1][0]}.", *person.surnames))
        elif how == "nickname" and person.given[0] in w.NICKNAMES:
            candidate = " ".join((w.NICKNAMES[person.given[0]], *person.surnames))
        else:
            continue
        if candidate != name:
            return candidate
    return plain(name).upper() if plain(name) == name else plain(name)


def _tags(rng: random.Random, minor: bool) -> list[str]:
    tags = rng.sample(w.TAGS, rng.choices((0, 1, 2), (55, 35, 10))[0])
    return [*tags, "menor"] if minor else tags


def write_clients(
    applier: Applier,
    *,
    count: int,
    today: dt.date,
    first: dt.datetime,
    last: dt.datetime,
    by: uuid.UUID,
    rng: random.Random,
) -> Clients:
    """Register ``count`` clients (``client.create``, by the receptionist ``by``) between ``first``
    and ``last`` (in index order)."""
    maker = _Maker(rng, today)
    more = random.Random(repr(rng.getstate()[1][:8]))  # issue 13's fields: not from ``rng``'s stream
    extra = _Extra(more)
    out = Clients()
    recent: list[tuple[_Person, dict[str, object], int]] = []  # originals a later duplicate may copy
    span = last - first
    for i in range(count):
        at = first + span * ((i + rng.random()) / count)
        if recent and rng.random() < DUPLICATE_SHARE:
            person, original, original_index = rng.choice(recent)
            values = _duplicate(person, original, rng)
            values.update(extra.of_duplicate(original))
            out.planted.append((original_index, i))
        else:
            person = maker.person()
            values = _client(person, maker, rng, at.date())
            values.update(extra.of_client(person, values))
            if values["phone"] is not None:
                recent.append((person, values, i))
            if len(recent) > 500:
                recent.pop(0)
        birth = values["birth_date"]
        client_id = applier.new_id(at)
        applier.act(
            "client.create",
            ClientCreate.model_validate({"client_id": client_id, **values}),
            by=by,
            role=Role.RECEPTIONIST,
            at=at,
        )
        if i % FORGET_EVERY == FORGET_EVERY - 1:
            applier.forget()
        out.ids.append(client_id)
        alert = HEALTH_ALERT if values.get("allergies") or values.get("medical_alerts") else 0
        out.flags.append((BLOCKED if values["blocked"] else 0) | alert)
        out.births.append(birth if isinstance(birth, dt.date) else None)
    return out


def _client(person: _Person, maker: _Maker, rng: random.Random, registered: dt.date) -> dict[str, object]:
    minor = rng.random() < MINOR_SHARE
    blocked = not minor and rng.random() < 0.006
    notes: str | None = None
    guardian: dict[str, object] = {}
    if minor:
        guardian_name = f"{rng.choice(w.FEMALE_NAMES + w.MALE_NAMES)} {person.surnames[-1]}"
        kinds = w.WOMEN_RELATIONSHIPS if guardian_name.split()[0] in w.FEMALE_NAMES else w.MEN_RELATIONSHIPS
        guardian = {"guardian_name": guardian_name, "guardian_relationship": rng.choice(kinds)}
    elif blocked:
        guardian = {"blocked_reason": rng.choice(w.BLOCK_REASONS)}
    elif rng.random() < 0.1:
        notes = rng.choice(w.CLIENT_NOTES)
    has_cpf = rng.random() < 0.88
    allergies = "; ".join(rng.sample(w.ALLERGIES, rng.choice((1, 1, 1, 2)))) if rng.random() < 0.07 else None
    consent = rng.random() < 0.97
    return {
        "full_name": person.full_name,
        "preferred_name": _preferred(person, rng),
        "birth_date": maker.birth_date(minor, registered) if minor or rng.random() < 0.94 else None,
        "phone": maker.phone() if rng.random() < 0.98 else None,
        "email": maker.email(person) if rng.random() < 0.7 else None,
        "document_type": "cpf" if has_cpf else None,
        "document_number": maker.cpf() if has_cpf else None,
        "address": maker.address() if rng.random() < 0.45 else None,
        "allergies": allergies,
        "medical_alerts": rng.choice(w.MEDICAL_ALERTS) if rng.random() < 0.06 else None,
        "notes": notes,
        "tags": _tags(rng, minor),
        "marketing_consent": consent and rng.random() < 0.55,
        "data_processing_consent": consent,
        "blocked": blocked,
        **guardian,
    }


def _duplicate(person: _Person, original: dict[str, object], rng: random.Random) -> dict[str, object]:
    """A second record of an existing client: same phone, the name typed differently, less filled in."""
    values = dict.fromkeys(original)
    values.update(
        full_name=_variant(person, rng),
        birth_date=original["birth_date"] if rng.random() < 0.5 else None,
        phone=original["phone"],
        email=original["email"] if rng.random() < 0.5 else None,
        tags=[],
        marketing_consent=False,
        data_processing_consent=True,
        blocked=False,
    )
    if rng.random() < 0.4 and original["document_number"] is not None:
        values.update(document_type="cpf", document_number=original["document_number"])
    return values


class _Extra:
    """The record's fields of issue 13, from their own generator (see the module)."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.handles: set[str] = set()

    def of_client(self, person: _Person, values: dict[str, object]) -> dict[str, object]:
        rng = self.rng
        phone = values["phone"]
        mobile = isinstance(phone, str) and len(phone) == 14 and phone[5] == "9"
        medical = values["medical_alerts"]
        medication: str | None = None
        if isinstance(medical, str) and "varfarina" in medical:
            medication = "Varfarina 5 mg"
        elif rng.random() < 0.04:
            medication = rng.choice(w.MEDICATIONS)
        health = bool(values["allergies"] or medical or medication)
        extra: dict[str, object] = {
            "whatsapp": mobile and rng.random() < 0.92,
            "instagram": self.handle(person) if rng.random() < 0.4 else None,
            "referral_source": rng.choices(w.REFERRAL_SOURCES, w.REFERRAL_WEIGHTS)[0] if rng.random() < 0.7 else None,
            "medication": medication,
            "health_data_consent": health,
        }
        if values.get("guardian_name"):
            extra["guardian_document"] = cpf_with_check_digits(f"{rng.randrange(10**8):08d}{rng.randrange(10)}")
            ddd = str(phone)[3:5] if isinstance(phone, str) and phone.startswith("+55") else "11"
            extra["guardian_phone"] = f"+55{ddd}9{rng.randrange(6 * 10**7, 10**8)}"
        return extra

    def of_duplicate(self, original: dict[str, object]) -> dict[str, object]:
        """A hurried second record: WhatsApp as the first one said, nothing else of issue 13."""
        return {"whatsapp": bool(original.get("whatsapp")) and self.rng.random() < 0.8, "health_data_consent": False}

    def handle(self, person: _Person) -> str:
        rng = self.rng
        first = plain(person.given[0]).lower()
        last = plain(person.surnames[-1].split()[-1]).lower()
        base = rng.choice(
            (f"{first}.{last}", f"{first}{last}", f"{first}_{last}", f"{first}.tattoo", f"{first}{last[:3]}")
        )
        handle = base[:24]
        while handle in self.handles:
            handle = f"{base[:24]}{rng.randrange(1, 1000)}"
        self.handles.add(handle)
        return handle


class _DryRun:
    """An applier that writes nothing: :func:`planted_pairs` replays the clients' generator."""

    def new_id(self, at: dt.datetime) -> uuid.UUID:
        return uuid.UUID(int=0)

    def act(self, *args: object, **kwargs: object) -> None:
        return None

    def forget(self) -> None:
        return None


def planted_pairs(count: int, *, seed: int = 7, today: dt.date | None = None) -> list[tuple[int, int]]:
    """The duplicates ``generate_demo(seed=seed)`` plants among ``count`` clients, as (original,
    duplicate) indexes in the order the clients were registered (their rowids' order on a desk),
    worked out again without a database. ``today`` changes birth dates, never which are planted."""
    today = today or dt.date(2025, 3, 12)
    first = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)
    dry: Any = _DryRun()
    found = write_clients(
        dry, count=count, today=today, first=first, last=first + dt.timedelta(days=1000),
        by=uuid.UUID(int=0), rng=random.Random(f"{seed}:clients"),
    )  # fmt: skip
    return found.planted
