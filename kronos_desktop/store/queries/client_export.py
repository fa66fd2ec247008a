"""Everything the studio holds on a client, as JSON-able sections (LGPD art. 18: access).

An export answers a data subject's request: the client's record and the records merged into it,
their bookings, projects, sales (with their lines and tips), deposits (with their ledger), gift
vouchers (with the money that bought them and their redemptions) and payments, and the audit
trail's events about them. Each section is a function of the read
connection and the client's :class:`Family` (the client and every record merged into it);
:data:`SECTIONS` lists them, one line each, so a later issue adds its documents with one line.

Values are as stored, JSON-encoded (ids and instants as text, instants in UTC, money in
centavos); a member of staff a row names (who booked, the artist, who took a payment) is given
by name beside the id, so the file reads without the studio's database.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Table, and_, or_, select

from kronos_core.retention import DEFAULT_RETENTION_YEARS, RETAINED, RETENTION_SETTING, kept_until
from kronos_core.rows import encode_value
from kronos_core.schema import (
    appointment,
    audit_event,
    client,
    consent_form,
    deposit,
    deposit_entry,
    payment,
    project,
    sale,
    sale_line,
    sale_tip,
    session_record,
    staff,
    station,
    studio,
    voucher,
)
from kronos_desktop.store.queries.desk import here

# Columns naming a member of staff: the export gives the name beside the id ("artist_name").
_STAFF_COLUMNS = (
    "created_by",
    "changed_by",
    "artist_id",
    "taken_by",
    "staff_id",
    "principal_id",
    "resolved_by",
    "witness_id",
    "sold_by",
)


@dataclass(frozen=True)
class Family:
    """The client asked for (``client_id``) and every record merged into it (``ids``, the
    client first), with the studio's staff and stations by id, for the names."""

    client_id: uuid.UUID
    ids: tuple[uuid.UUID, ...]
    staff_names: Mapping[uuid.UUID, str]
    station_names: Mapping[uuid.UUID, str]


def kept_record(conn: Connection, client_id: uuid.UUID) -> uuid.UUID:
    """The record that holds ``client_id``'s data now: itself, or the end of its chain of merges
    (one person: exporting a merged record exports the record it went to, and all merged into it)."""
    seen = [client_id]
    while True:
        into = conn.execute(select(client.c.merged_into).where(client.c.id == seen[-1])).scalar()
        if into is None or into in seen:
            return seen[-1]
        seen.append(into)


def family(conn: Connection, client_id: uuid.UUID) -> Family:
    """``client_id`` and the records merged into it, however many merges ago (a chain)."""
    ids = [client_id]
    frontier = [client_id]
    while frontier:
        merged = [
            r
            for r in conn.execute(select(client.c.id).where(client.c.merged_into.in_(frontier))).scalars()
            if r not in ids
        ]
        ids += merged
        frontier = merged
    names = {r.id: r.display_name for r in conn.execute(select(staff.c.id, staff.c.display_name))}
    stations = {r.id: r.name for r in conn.execute(select(station.c.id, station.c.name))}
    return Family(client_id, tuple(ids), names, stations)


def readable(table: Table, row: Mapping[str, Any], fam: Family) -> dict[str, Any]:
    """Every column of ``row``, JSON-encoded, with the names of the staff and station it names."""
    out: dict[str, Any] = {}
    for column in table.columns:
        value = row[column.name]
        out[column.name] = encode_value(column.type, value)
        if column.name in _STAFF_COLUMNS and value is not None:
            out[f"{column.name.removesuffix('_id')}_name"] = fam.staff_names.get(value)
        if column.name == "station_id" and value is not None:
            out["station_name"] = fam.station_names.get(value)
    return out


def _rows(conn: Connection, table: Table, *conditions: Any) -> list[dict[str, Any]]:
    query = select(table).where(*conditions).order_by(table.c.created_at, table.c.id)
    return [dict(r) for r in conn.execute(query).mappings()]


def _client(conn: Connection, fam: Family) -> dict[str, Any]:
    rows = {r["id"]: r for r in _rows(conn, client, client.c.id.in_(fam.ids))}
    kept = rows.get(fam.client_id)
    return {
        "client": readable(client, kept, fam) if kept is not None else None,
        "merged_records": [readable(client, rows[i], fam) for i in fam.ids[1:] if i in rows],
    }


def _appointments(conn: Connection, fam: Family) -> list[dict[str, Any]]:
    titles = dict(conn.execute(select(project.c.id, project.c.title).where(project.c.client_id.in_(fam.ids))).all())
    found = []
    for row in _rows(conn, appointment, appointment.c.client_id.in_(fam.ids)):
        item = readable(appointment, row, fam)
        if row["project_id"] is not None:
            item["project_title"] = titles.get(row["project_id"])
        found.append(item)
    return found


def _projects(conn: Connection, fam: Family) -> list[dict[str, Any]]:
    return [readable(project, r, fam) for r in _rows(conn, project, project.c.client_id.in_(fam.ids))]


def _sale_ids(conn: Connection, fam: Family) -> list[uuid.UUID]:
    return list(conn.execute(select(sale.c.id).where(sale.c.client_id.in_(fam.ids))).scalars())


def _children(
    conn: Connection, table: Table, parent: Any, ids: list[uuid.UUID], fam: Family
) -> dict[uuid.UUID, list[dict[str, Any]]]:
    """The rows of ``table`` whose ``parent`` column is one of ``ids``, readable, by that id."""
    found: dict[uuid.UUID, list[dict[str, Any]]] = {}
    for row in _rows(conn, table, parent.in_(ids)):
        found.setdefault(row[parent.name], []).append(readable(table, row, fam))
    return found


def _sales(conn: Connection, fam: Family) -> list[dict[str, Any]]:
    """The client's sales, each with its lines and its tips (issue 15)."""
    sales = _rows(conn, sale, sale.c.client_id.in_(fam.ids))
    ids = [s["id"] for s in sales]
    lines = _children(conn, sale_line, sale_line.c.sale_id, ids, fam)
    tips = _children(conn, sale_tip, sale_tip.c.sale_id, ids, fam)
    return [
        {
            **readable(sale, s, fam),
            "lines": sorted(lines.get(s["id"], []), key=lambda li: li["position"]),
            "tips": tips.get(s["id"], []),
        }
        for s in sales
    ]


def _deposit_ids(conn: Connection, fam: Family) -> list[uuid.UUID]:
    return list(conn.execute(select(deposit.c.id).where(deposit.c.client_id.in_(fam.ids))).scalars())


def _deposits(conn: Connection, fam: Family) -> list[dict[str, Any]]:
    """The client's deposits (sinal, issue 15), each with its ledger, oldest entry first."""
    deposits = _rows(conn, deposit, deposit.c.client_id.in_(fam.ids))
    entries = _children(conn, deposit_entry, deposit_entry.c.deposit_id, [d["id"] for d in deposits], fam)
    return [{**readable(deposit, d, fam), "entries": entries.get(d["id"], [])} for d in deposits]


def _voucher_ids(conn: Connection, fam: Family) -> list[uuid.UUID]:
    return list(conn.execute(select(voucher.c.id).where(voucher.c.client_id.in_(fam.ids))).scalars())


def _vouchers(conn: Connection, fam: Family) -> list[dict[str, Any]]:
    """The gift vouchers the client bought (issue 16), each with the payments that bought it
    (``paid_with``) and those that spent it (``redeemed``: the voucher's own, whoever's sale)."""
    vouchers = _rows(conn, voucher, voucher.c.client_id.in_(fam.ids))
    ids = [v["id"] for v in vouchers]
    bought = _children(conn, payment, payment.c.for_voucher_id, ids, fam)
    spent = _children(conn, payment, payment.c.voucher_id, ids, fam)
    return [
        {**readable(voucher, v, fam), "paid_with": bought.get(v["id"], []), "redeemed": spent.get(v["id"], [])}
        for v in vouchers
    ]


def _payments(conn: Connection, fam: Family) -> list[dict[str, Any]]:
    """The money of the client's sales, deposits and gift vouchers, refunds included."""
    paid = or_(
        payment.c.sale_id.in_(_sale_ids(conn, fam)),
        payment.c.deposit_id.in_(_deposit_ids(conn, fam)),
        payment.c.for_voucher_id.in_(_voucher_ids(conn, fam)),
    )
    return [readable(payment, r, fam) for r in _rows(conn, payment, paid)]


def _consent_forms(conn: Connection, fam: Family) -> list[dict[str, Any]]:
    """The signed forms (each also goes out as its PDF: kronos_desktop/ops/client_export.py)."""
    return [readable(consent_form, r, fam) for r in _rows(conn, consent_form, consent_form.c.client_id.in_(fam.ids))]


def _session_records(conn: Connection, fam: Family) -> list[dict[str, Any]]:
    rows = _rows(conn, session_record, session_record.c.client_id.in_(fam.ids))
    return [readable(session_record, r, fam) for r in rows]


def about_client(conn: Connection, ids: Iterable[uuid.UUID]) -> Any:
    """The condition on ``audit_event`` of the events about these clients: the client rows
    themselves (created, changed, merged, exported, erased) and their bookings, projects, sales
    deposits and gift vouchers."""
    ids = list(ids)
    rows: list[uuid.UUID] = list(ids)
    for table in (appointment, project, sale, deposit, voucher):
        rows += conn.execute(select(table.c.id).where(table.c.client_id.in_(ids))).scalars()
    return or_(
        audit_event.c.row_id.in_(rows),
        # A merge is recorded on the kept record; the merged one is named in its detail.
        and_(
            audit_event.c.action == "client.merge",  # first: the JSON is read for merges alone
            audit_event.c.detail["merged_id"].as_string().in_([str(i) for i in ids]),
        ),
    )


def _audit(conn: Connection, fam: Family) -> list[dict[str, Any]]:
    return [readable(audit_event, r, fam) for r in _rows(conn, audit_event, about_client(conn, fam.ids))]


Section = Callable[[Connection, Family], Any]

# The export's sections: a file ``<name>.json`` each, in this order. A later issue's documents
# are one more line here (and a line in the retention list, kronos_core.retention, for what an
# erase leaves of them).
SECTIONS: dict[str, Section] = {
    "client": _client,
    "appointments": _appointments,
    "projects": _projects,
    "sales": _sales,
    "deposits": _deposits,
    "vouchers": _vouchers,
    "payments": _payments,
    "consent_forms": _consent_forms,
    "session_records": _session_records,
    "audit": _audit,
}


@dataclass(frozen=True)
class KeptRows:
    """One line of the retention list (kronos_core.retention), for this client: a table whose rows
    an erase leaves, what they are and why (in English, the law's words), how many of the client's
    rows it holds, and until when an erase on ``from_day`` keeps them (None: no row to keep)."""

    table: str
    what: str
    why: str
    rows: int
    until: dt.date | None

    def as_json(self) -> dict[str, Any]:
        until = None if self.until is None else self.until.isoformat()
        return {"table": self.table, "what": self.what, "why": self.why, "rows": self.rows, "kept_until": until}


# How many of the client's rows of a retained table the export's sections hold.
_KEPT_ROWS: dict[str, Callable[[Mapping[str, Any]], int]] = {
    "sale": lambda s: len(s.get("sales", [])),
    "sale_line": lambda s: sum(len(sold["lines"]) for sold in s.get("sales", [])),
    "payment": lambda s: len(s.get("payments", [])),
    "audit_event": lambda s: len(s.get("audit", [])),
    "consent_form": lambda s: len(s.get("consent_forms", [])),
    "session_record": lambda s: len(s.get("session_records", [])),
    "sale_tip": lambda s: sum(len(sold["tips"]) for sold in s.get("sales", [])),
    "deposit": lambda s: len(s.get("deposits", [])),
    "deposit_entry": lambda s: sum(len(held["entries"]) for held in s.get("deposits", [])),
    "voucher": lambda s: len(s.get("vouchers", [])),
}


def kept(sections: Mapping[str, Any], years: int, erased_at: dt.datetime) -> list[KeptRows]:
    """What an erase at ``erased_at`` leaves of this client, by law, and until when; the tables
    a later issue has not added yet are left out."""
    until = kept_until(erased_at, years)
    found = []
    for item in RETAINED:
        if not item.exists:
            continue
        counted = _KEPT_ROWS.get(item.table)
        rows = counted(sections) if counted is not None else 0
        found.append(KeptRows(item.table, item.what, item.why, rows, until if rows else None))
    return found


@dataclass(frozen=True)
class ClientExport:
    """What an export holds: the client's name (for the file's name), each section's data and
    how many rows it holds (recorded in the trail), and what an erase would leave by law
    (``kept``, for the studio's retention period of ``years``, counted from ``erased_on``: the
    day it was erased, or today; also the ``retention`` section)."""

    client_id: uuid.UUID
    full_name: str
    erased: bool
    sections: dict[str, Any]
    kept: list[KeptRows]
    years: int
    erased_on: dt.date

    def counts(self) -> dict[str, int]:
        """Rows per section: a list's length; the client section, the records it holds."""
        counted: dict[str, int] = {}
        for name, data in self.sections.items():
            if isinstance(data, list):
                counted[name] = len(data)
            elif name == "client" and isinstance(data, Mapping):
                counted[name] = int(data["client"] is not None) + len(data["merged_records"])
        return counted


def client_export(conn: Connection, client_id: uuid.UUID) -> ClientExport | None:
    """Everything the studio holds on ``client_id`` (None: no such client); for a record merged
    into another, on the record kept (:func:`kept_record`)."""
    exists = conn.execute(select(client.c.id).where(client.c.id == client_id)).scalar()
    if exists is None:
        return None
    client_id = kept_record(conn, client_id)
    row = conn.execute(
        select(client.c.full_name, client.c.erased_at, client.c.studio_id).where(client.c.id == client_id)
    ).first()
    if row is None:
        return None
    fam = family(conn, client_id)
    sections = {name: section(conn, fam) for name, section in SECTIONS.items()}
    setting = select(RETENTION_SETTING).where(studio.c.id == row.studio_id)
    years = int(conn.execute(setting).scalar() or DEFAULT_RETENTION_YEARS)
    desk = here(conn)
    erased_at = row.erased_at if row.erased_at is not None else desk.now()
    keeps = kept(sections, years, erased_at.astimezone(desk.zone))
    erased_on = erased_at.astimezone(desk.zone).date()
    sections["retention"] = {
        "retention_years": years,
        "erased_on" if row.erased_at is not None else "if_erased_on": erased_on.isoformat(),
        "kept_after_an_erase": [k.as_json() for k in keeps],
    }
    erased = row.erased_at is not None
    return ClientExport(client_id, row.full_name, erased, sections, keeps, years, erased_on)
