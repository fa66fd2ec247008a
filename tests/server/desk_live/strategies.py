"""One strategy per mutation of the registry, drawing its arguments from what a desk shows.

Arguments come from the desk's current rows (existing clients, staff, bookings, open
conflicts), not from the pydantic models blindly, or nearly every step would be refused
(DESIGN.md, pitfalls). A mutation added to the registry later is covered by adding its
strategy here; ``test_every_mutation_has_a_strategy`` fails until it is.

Times sit on a small grid (two days, whole hours), so bookings made on different desks clash.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from hypothesis import strategies as st
from sqlalchemy import select

from kronos_core.ids import uuid7
from kronos_core.mutations.conflicts import RESOLUTIONS
from kronos_core.rows import encode_value
from kronos_core.schema import (
    ACTIVE_APPOINTMENT_STATUSES,
    appointment,
    client,
    consent_form,
    deposit,
    form_template,
    material,
    payment,
    product,
    project,
    sale,
    staff,
    station,
    sync_conflict,
    time_off_series,
)
from kronos_core.time_off import series_days
from kronos_desktop.store import LocalStore

T0 = dt.datetime(2026, 12, 7, 12, 0, tzinfo=dt.UTC)  # "now" on every desk: clocks decide nothing
PIN_HASH = "$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHQ$aGFzaGhhc2hoYXNo"
NAMES = ("Ana Souza", "Bruno Lima", "Carla Dias", "Davi Rocha", "Érica Nunes")
PHONES = ("+5511911111111", "+5511922222222", "+5521933333333")
NOTES = ("prefere manhã", "alergia a látex", "", "retoque em 30 dias")
SALE_NUMBERS = ("D1-1", "D1-2", "D1-3")  # few, so two desks pick the same one (strategies_checkout.py)


@dataclass(frozen=True)
class View:
    """What one desk shows (its SQLite rows), enough to build arguments."""

    studio_id: uuid.UUID
    owner_id: uuid.UUID
    staff: list[dict[str, Any]]
    stations: list[dict[str, Any]]
    clients: list[dict[str, Any]]
    appointments: list[dict[str, Any]]
    sales: list[dict[str, Any]]
    conflicts: list[dict[str, Any]]
    projects: list[dict[str, Any]] = field(default_factory=list)
    series: list[dict[str, Any]] = field(default_factory=list)  # time off
    removed_series: list[dict[str, Any]] = field(default_factory=list)
    templates: list[dict[str, Any]] = field(default_factory=list)  # issue 14
    forms: list[dict[str, Any]] = field(default_factory=list)
    materials: list[dict[str, Any]] = field(default_factory=list)
    products: list[dict[str, Any]] = field(default_factory=list)  # issue 15 (strategies_checkout.py)
    deposits: list[dict[str, Any]] = field(default_factory=list)
    payments: list[dict[str, Any]] = field(default_factory=list)

    @property
    def active_staff(self) -> list[dict[str, Any]]:
        return [s for s in self.staff if s["active"]]


def read_view(store: LocalStore, studio_id: uuid.UUID, owner_id: uuid.UUID) -> View:
    with store.read_engine.connect() as conn:

        def rows(table: Any, *where: Any, deleted: bool = False) -> list[dict[str, Any]]:
            # In the order they were made (ids are random: replays of a run must see the same order).
            query = select(table).where(table.c.deleted.is_(deleted), *where).order_by(table.c.created_at, table.c.id)
            return [dict(r) for r in conn.execute(query).mappings()]

        return View(
            studio_id=studio_id,
            owner_id=owner_id,
            staff=rows(staff),
            stations=rows(station),
            clients=rows(client),
            appointments=rows(appointment),
            sales=rows(sale),
            conflicts=rows(sync_conflict, sync_conflict.c.status == "open", sync_conflict.c.version > 0),
            projects=rows(project),
            series=rows(time_off_series),
            removed_series=rows(time_off_series, deleted=True),
            templates=rows(form_template),
            forms=rows(consent_form),
            materials=rows(material),
            products=rows(product),
            deposits=rows(deposit),
            payments=rows(payment),
        )


T = TypeVar("T")


def _pick(items: Sequence[T]) -> st.SearchStrategy[T]:
    """One of ``items`` (which come from the desk's rows). Drawn as an index in a fixed range,
    so that the shape of what hypothesis draws never depends on how many rows there are: a
    replay that finds a different number of rows stays a replay (no FlakyStrategyDefinition)."""
    chosen = list(items)
    return st.integers(0, 255).map(lambda i: chosen[i % len(chosen)])


def _id() -> st.SearchStrategy[str]:
    return st.builds(lambda: str(uuid7()))


def _span() -> st.SearchStrategy[tuple[str, str]]:
    def make(day: int, hour: int, hours: int) -> tuple[str, str]:
        start = T0 + dt.timedelta(days=day, hours=hour)
        return start.isoformat(), (start + dt.timedelta(hours=hours)).isoformat()

    return st.builds(make, st.integers(0, 1), st.integers(0, 3), st.integers(1, 3))


Strategy = Callable[[View], st.SearchStrategy[dict[str, Any]] | None]


def studio_setup(v: View) -> st.SearchStrategy[dict[str, Any]]:
    # The studio exists: a desk that tries to set it up again is refused on the spot.
    return st.just({"studio_id": str(v.studio_id), "name": "Outro", "owner_staff_id": str(uuid7()), "owner_name": "X"})


def studio_update(v: View) -> st.SearchStrategy[dict[str, Any]]:
    return st.one_of(
        st.fixed_dictionaries({"name": st.sampled_from(("Estúdio Agulha", "Tinta Viva"))}),
        st.fixed_dictionaries({"late_cancel_hours": st.integers(0, 72)}),
    )


def staff_add(v: View) -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries(
        {
            "staff_id": _id(),
            "display_name": st.sampled_from(NAMES),
            "role": st.sampled_from(("artist", "artist", "receptionist", "manager")),
        }
    )


def _not_owner(v: View) -> list[dict[str, Any]]:
    return [s for s in v.staff if s["id"] != v.owner_id]


def staff_update(v: View) -> st.SearchStrategy[dict[str, Any]] | None:
    others = _not_owner(v)
    if not others:
        return None
    return _pick(others).flatmap(
        lambda s: st.one_of(
            st.just({"staff_id": str(s["id"]), "active": not s["active"]}),
            st.just({"staff_id": str(s["id"]), "display_name": s["display_name"] + " Jr"}),
        )
    )


def staff_set_pin(v: View) -> st.SearchStrategy[dict[str, Any]]:
    return _pick(v.staff).map(lambda s: {"staff_id": str(s["id"]), "pin_hash": PIN_HASH})


def commission_set(v: View) -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries(
        {
            "rule_id": _id(),
            "staff_id": _pick([str(s["id"]) for s in v.staff]),
            "rate_bps": st.integers(0, 10_000),
            "effective_from": st.just(T0.date().isoformat()),
        }
    )


def station_add(v: View) -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries({"station_id": _id(), "name": st.sampled_from(("Maca 1", "Maca 2"))})


def station_update(v: View) -> st.SearchStrategy[dict[str, Any]] | None:
    if not v.stations:
        return None
    return _pick(v.stations).map(lambda s: {"station_id": str(s["id"]), "active": not s["active"]})


def client_create(v: View) -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries(
        {"client_id": _id(), "full_name": st.sampled_from(NAMES)},
        optional={"phone": st.sampled_from(PHONES)},
    )


def client_merge(v: View) -> st.SearchStrategy[dict[str, Any]] | None:
    """Two records (or one with itself: refused, merge_same_client), nothing chosen from the other."""
    if not v.clients:
        return None
    return st.tuples(_pick(v.clients), _pick(v.clients)).map(
        lambda pair: {"keep_id": str(pair[0]["id"]), "merged_id": str(pair[1]["id"])}
    )


def client_erase(v: View) -> st.SearchStrategy[dict[str, Any]] | None:
    if not v.clients:
        return None
    return _pick(v.clients).map(lambda c: {"client_id": str(c["id"]), "erased_at": T0.isoformat()})


def client_export_recorded(v: View) -> st.SearchStrategy[dict[str, Any]] | None:
    if not v.clients:
        return None
    return _pick(v.clients).map(lambda c: {"client_id": str(c["id"]), "sections": {"client": 1}})


def client_update(v: View) -> st.SearchStrategy[dict[str, Any]] | None:
    if not v.clients:
        return None

    def change(c: dict[str, Any], fields: dict[str, Any]) -> dict[str, Any]:
        seen = {name: encode_value(client.c[name].type, c[name]) for name in fields}
        return {"client_id": str(c["id"]), "changes": fields, "seen": seen}

    fields = st.one_of(
        st.fixed_dictionaries({"phone": st.sampled_from(PHONES)}),
        st.fixed_dictionaries({"notes": st.sampled_from(NOTES)}),
        st.fixed_dictionaries({"full_name": st.sampled_from(NAMES), "notes": st.sampled_from(NOTES)}),
    )
    return st.builds(change, _pick(v.clients), fields)


def appointment_book(v: View) -> st.SearchStrategy[dict[str, Any]] | None:
    if not v.clients or not v.active_staff:
        return None

    def make(
        client_id: Any, artist: Any, station_id: Any, span: tuple[str, str], appointment_id: str
    ) -> dict[str, Any]:
        args = {
            "appointment_id": appointment_id,
            "client_id": str(client_id),
            "artist_id": str(artist),
            "starts_at": span[0],
            "ends_at": span[1],
        }
        if station_id is not None:
            args["station_id"] = str(station_id)
        return args

    stations = [None, *(s["id"] for s in v.stations if s["active"])]
    return st.builds(
        make,
        _pick([c["id"] for c in v.clients]),
        _pick([s["id"] for s in v.active_staff]),
        _pick(stations),
        _span(),
        _id(),
    )


def _active_bookings(v: View) -> list[dict[str, Any]]:
    return [a for a in v.appointments if a["status"] in ACTIVE_APPOINTMENT_STATUSES]


def appointment_reschedule(v: View) -> st.SearchStrategy[dict[str, Any]] | None:
    active = _active_bookings(v)
    if not active:
        return None
    return st.builds(
        lambda a, span: {"appointment_id": str(a["id"]), "starts_at": span[0], "ends_at": span[1]},
        _pick(active),
        _span(),
    )


def appointment_cancel(v: View) -> st.SearchStrategy[dict[str, Any]] | None:
    if not v.appointments:
        return None
    return _pick(v.appointments).map(
        lambda a: {"appointment_id": str(a["id"]), "reason": "desistiu", "cancelled_at": T0.isoformat()}
    )


def appointment_set_status(v: View) -> st.SearchStrategy[dict[str, Any]] | None:
    if not v.appointments:
        return None
    statuses = st.sampled_from(["booked", "confirmed", "checked_in", "in_progress", "completed", "no_show"])
    return st.tuples(_pick(v.appointments), statuses).map(lambda p: {"appointment_id": str(p[0]["id"]), "status": p[1]})


def conflict_resolve(v: View) -> st.SearchStrategy[dict[str, Any]] | None:
    if not v.conflicts:
        return None
    conflicts, artists = list(v.conflicts), [str(s["id"]) for s in v.active_staff]

    def make(which: int, resolution: int, row: int, span: tuple[str, str], artist: int) -> dict[str, Any]:
        # Every value is drawn whatever the conflict turns out to be: a fixed shape (see _pick).
        conflict = conflicts[which % len(conflicts)]
        row_ids = [str(r) for r in conflict["row_ids"]]
        offered = [
            r
            for r in RESOLUTIONS.get(conflict["kind"], ("dismiss",))
            if (r not in ("cancel", "move", "reassign") or row_ids) and (r != "reassign" or artists)
        ]
        chosen = offered[resolution % len(offered)]
        args: dict[str, Any] = {"conflict_id": str(conflict["id"]), "resolved_at": T0.isoformat(), "resolution": chosen}
        if chosen == "cancel":
            args["appointment_id"] = row_ids[row % len(row_ids)]
        elif chosen == "move":
            args.update(appointment_id=row_ids[0], starts_at=span[0], ends_at=span[1])
        elif chosen == "reassign":
            args.update(appointment_id=row_ids[0], artist_id=artists[artist % len(artists)])
        return args

    index = st.integers(0, 255)
    return st.builds(make, index, index, index, _span(), index)


def appointment_edit(v: View) -> st.SearchStrategy[dict[str, Any]] | None:
    bookings = [a for a in v.appointments if a["kind"] != "block"]
    if not bookings:
        return None
    projects = [p for p in v.projects if p["status"] == "open"]

    def make(a: dict[str, Any], what: int, kind: str, notes: str, p: int, c: int) -> dict[str, Any]:
        args: dict[str, Any] = {"appointment_id": str(a["id"])}
        if what == 0:
            args.update(kind=kind, seen={"kind": a["kind"]})
        elif what == 1:
            args.update(notes=notes, seen={"notes": a["notes"]})
        elif what == 2:
            own = [x for x in projects if x["client_id"] == a["client_id"]]  # (another client's: refused)
            chosen = (own or projects)[p % len(own or projects)] if projects else None
            if chosen is None:
                args["clear_project"] = True
            else:
                args["project_id"] = str(chosen["id"])
        elif v.clients:
            args["client_id"] = str(v.clients[c % len(v.clients)]["id"])
        else:
            args["notes"] = notes
        return args

    index = st.integers(0, 255)
    kinds = st.sampled_from(("consultation", "session", "touch_up", "walk_in"))
    return st.builds(make, _pick(bookings), st.integers(0, 3), kinds, st.sampled_from(NOTES), index, index)


def project_create(v: View) -> st.SearchStrategy[dict[str, Any]] | None:
    if not v.clients:
        return None

    def make(project_id: str, c: Any, artist: Any, title: str, days: int) -> dict[str, Any]:
        args = {"project_id": project_id, "client_id": str(c), "title": title, "healing_days": days}
        if artist is not None:
            args["artist_id"] = str(artist)
        return args

    return st.builds(
        make,
        _id(),
        _pick([c["id"] for c in v.clients]),
        _pick([None, *(s["id"] for s in v.active_staff)]),
        st.sampled_from(("Braço fechado", "Costas", "Perna")),
        st.sampled_from((14, 21, 30)),
    )


def project_update(v: View) -> st.SearchStrategy[dict[str, Any]] | None:
    if not v.projects:
        return None

    def make(p: dict[str, Any], what: int, status: str, days: int) -> dict[str, Any]:
        if what == 0:
            return {"project_id": str(p["id"]), "status": status, "seen": {"status": p["status"]}}
        return {"project_id": str(p["id"]), "healing_days": days, "seen": {"healing_days": p["healing_days"]}}

    statuses = st.sampled_from(("open", "finished", "cancelled"))
    return st.builds(make, _pick(v.projects), st.integers(0, 1), statuses, st.sampled_from((0, 21, 45)))


def time_off_add(v: View) -> st.SearchStrategy[dict[str, Any]] | None:
    if not v.active_staff:
        return None

    def make(series_id: str, artist: Any, first: int, days: int, hour: int, hours: int) -> dict[str, Any]:
        first_day = T0.date() + dt.timedelta(days=first)
        start = (9 + hour) * 60  # the bookings' hours in São Paulo (T0 is 09:00 there)
        return {
            "series_id": series_id, "artist_id": str(artist), "reason": "Almoço",
            "first_day": first_day.isoformat(), "last_day": (first_day + dt.timedelta(days=days)).isoformat(),
            "weekdays": list(range(7)), "start_minute": start, "end_minute": start + 60 * hours,
        }  # fmt: skip

    return st.builds(
        make,
        _id(),
        _pick([s["id"] for s in v.active_staff]),
        st.integers(0, 1),
        st.integers(0, 1),
        st.integers(0, 3),
        st.integers(1, 2),
    )


def _series_day(v: View, excluded: bool) -> st.SearchStrategy[dict[str, Any]] | None:
    pairs = [
        (s["id"], day)
        for s in v.series
        for day in series_days(s["first_day"], s["last_day"], s["weekdays"])
        if (day.isoformat() in s["excluded_days"]) is excluded
    ]
    if not pairs:
        return None
    return _pick(pairs).map(lambda p: {"series_id": str(p[0]), "day": p[1].isoformat()})


def time_off_exclude_day(v: View) -> st.SearchStrategy[dict[str, Any]] | None:
    return _series_day(v, excluded=False)


def time_off_restore_day(v: View) -> st.SearchStrategy[dict[str, Any]] | None:
    return _series_day(v, excluded=True)


def time_off_remove(v: View) -> st.SearchStrategy[dict[str, Any]] | None:
    return _pick(v.series).map(lambda s: {"series_id": str(s["id"])}) if v.series else None


def time_off_restore(v: View) -> st.SearchStrategy[dict[str, Any]] | None:
    return _pick(v.removed_series).map(lambda s: {"series_id": str(s["id"])}) if v.removed_series else None


# -- issue 14: forms and traceability ---------------------------------------------------------------
SIGNATURE = {"w": 1000, "h": 350, "strokes": [[[10, 20], [30, 40], [50, 45]]]}
QUESTIONS = [
    {"id": "allergy", "kind": "yes_no", "text": "Alergia?", "required": True, "details": "Qual?",
     "alert_on": ["yes"], "alert": "Alergia", "alert_field": "allergies"},
    {"id": "meds", "kind": "text", "text": "Medicamentos", "alert_on": [], "alert_field": "medication"},
]  # fmt: skip


def form_template_publish(v: View) -> st.SearchStrategy[dict[str, Any]]:
    number = 1 + max((t["number"] for t in v.templates), default=0)
    return st.builds(
        lambda template_id, title: {
            "template_id": template_id, "number": number, "language": "pt_BR", "title": title,
            "questions": QUESTIONS, "consent_text": "Declaro...", "image_use_text": "Autorizo...",
        },
        _id(),
        st.sampled_from(("Anamnese", "Ficha")),
    )  # fmt: skip


def consent_form_sign(v: View) -> st.SearchStrategy[dict[str, Any]] | None:
    if not v.templates or not v.clients:
        return None

    def make(form_id: str, t: dict[str, Any], c: dict[str, Any], allergic: bool, details: str, amend: int) -> Any:
        amended = [f for f in v.forms if f["client_id"] == c["id"]]
        return {
            "form_id": form_id, "client_id": str(c["id"]), "template_id": str(t["id"]),
            "answers": {"allergy": {"value": allergic, "details": details}}, "signature": SIGNATURE,
            "witness_id": str(v.owner_id), "signed_at": T0.isoformat(),
            "amends_id": str(amended[amend % len(amended)]["id"]) if amended and amend else None,
            "health_seen": {"allergies": c["allergies"]},
        }  # fmt: skip

    return st.builds(
        make,
        _id(),
        _pick(v.templates),
        _pick(v.clients),
        st.booleans(),
        st.sampled_from(("látex", "níquel", "")),
        st.integers(0, 3),
    )


def material_add(v: View) -> st.SearchStrategy[dict[str, Any]]:
    return st.builds(
        lambda material_id, name, lot: {
            "material_id": material_id, "kind": "ink", "name": name, "anvisa_registration": "80000000001",
            "lot": lot, "expires_on": "2028-01-31",
        },
        _id(),
        st.sampled_from(("Preto Tribal", "Vermelho")),
        st.sampled_from(("L1", "L2")),
    )  # fmt: skip


def material_update(v: View) -> st.SearchStrategy[dict[str, Any]] | None:
    if not v.materials:
        return None
    return st.builds(
        lambda m, lot: {"material_id": str(m["id"]), "changes": {"lot": lot}, "seen": {"lot": m["lot"]}},
        _pick(v.materials),
        st.sampled_from(("L1", "L3")),
    )


def session_record_add(v: View) -> st.SearchStrategy[dict[str, Any]] | None:
    bookings = [a for a in v.appointments if a["kind"] != "block"]
    if not bookings:
        return None

    def make(record_id: str, a: dict[str, Any], expired: bool) -> dict[str, Any]:
        product = {"kind": "ink", "name": "Preto Tribal", "anvisa_registration": "80000000001", "lot": "L1",
                   "expires_on": "2020-01-01" if expired else "2028-01-31"}  # fmt: skip
        return {
            "record_id": record_id, "appointment_id": str(a["id"]), "body_location": "Antebraço",
            "products": [product], "needle_lots": ["N1"], "recorded_at": T0.isoformat(),
        }  # fmt: skip

    return st.builds(make, _id(), _pick(bookings), st.booleans())


STRATEGIES: dict[str, Strategy] = {
    "studio.setup": studio_setup,
    "studio.update": studio_update,
    "staff.add": staff_add,
    "staff.update": staff_update,
    "staff.set_pin": staff_set_pin,
    "commission.set": commission_set,
    "station.add": station_add,
    "station.update": station_update,
    "client.create": client_create,
    "client.update": client_update,
    "client.merge": client_merge,
    "client.erase": client_erase,
    "client.export_recorded": client_export_recorded,
    "appointment.book": appointment_book,
    "appointment.reschedule": appointment_reschedule,
    "appointment.cancel": appointment_cancel,
    "appointment.set_status": appointment_set_status,
    "conflict.resolve": conflict_resolve,
    "appointment.edit": appointment_edit,
    "project.create": project_create,
    "project.update": project_update,
    "time_off.add": time_off_add,
    "time_off.exclude_day": time_off_exclude_day,
    "time_off.restore_day": time_off_restore_day,
    "time_off.remove": time_off_remove,
    "time_off.restore": time_off_restore,
    "form_template.publish": form_template_publish,
    "consent_form.sign": consent_form_sign,
    "material.add": material_add,
    "material.update": material_update,
    "session_record.add": session_record_add,
}
