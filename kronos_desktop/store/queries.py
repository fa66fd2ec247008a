"""Read-only queries the views use. Plain Python (no Qt), so they are tested without a screen.

Reads go through their own engine: every connection starts a *deferred* ``BEGIN`` (a read
snapshot under WAL, never a write lock) and sets ``query_only``. The store's engine starts
every transaction with ``BEGIN IMMEDIATE``, which is right for the writer thread but would make
the UI thread queue behind writes.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
import unicodedata
import uuid
import zoneinfo
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, and_, create_engine, event, func, or_, select
from sqlalchemy.sql.elements import ColumnElement

from kronos_core.instants import utcnow
from kronos_core.schema import appointment, client, payment, sale, staff, station, studio
from kronos_desktop.store.engine import BUSY_TIMEOUT_MS
from kronos_desktop.store.local_schema import outbox, replica

DEFAULT_TIMEZONE = "America/Sao_Paulo"
ADULT_AGE = 18


def fold(text: str | None) -> str:
    """Lower case without accents: "João" and "joao" match."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    dbapi_connection.isolation_level = None
    dbapi_connection.create_function("kronos_fold", 1, fold, deterministic=True)
    cur = dbapi_connection.cursor()
    cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA query_only = ON")
    cur.close()


def _on_begin(conn: Connection) -> None:
    conn.exec_driver_sql("BEGIN")  # deferred: a snapshot, no lock on the writer


def create_read_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


# -- results -------------------------------------------------------------------------------
@dataclass(frozen=True)
class DeskState:
    studio_id: uuid.UUID
    device_id: uuid.UUID
    staff_id: uuid.UUID | None
    server_url: str | None
    clock_offset_us: int
    pending: int


@dataclass(frozen=True)
class StudioInfo:
    id: uuid.UUID
    name: str
    timezone: str
    currency: str
    locale: str

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        return zone_or_default(self.timezone)


@dataclass(frozen=True)
class StaffInfo:
    id: uuid.UUID
    name: str
    role: str
    color: str


@dataclass(frozen=True)
class AgendaRow:
    id: uuid.UUID
    starts_at: dt.datetime
    ends_at: dt.datetime
    kind: str
    status: str
    in_conflict: bool
    notes: str | None
    artist_name: str
    artist_color: str
    client_id: uuid.UUID | None
    client_name: str | None  # the name the client is called by (preferred name first)
    client_full_name: str | None
    station_name: str | None
    health_alert: str | None  # allergies and medical alerts, when there are any


@dataclass(frozen=True)
class ClientRow:
    id: uuid.UUID
    full_name: str
    preferred_name: str | None
    phone: str | None
    email: str | None
    document_type: str | None
    document_number: str | None
    birth_date: dt.date | None
    health_alert: str | None
    blocked: bool

    def age(self, today: dt.date) -> int | None:
        if self.birth_date is None:
            return None
        b = self.birth_date
        return today.year - b.year - ((today.month, today.day) < (b.month, b.day))

    def is_minor(self, today: dt.date) -> bool:
        age = self.age(today)
        return age is not None and age < ADULT_AGE


@dataclass(frozen=True)
class SaleRow:
    id: uuid.UUID
    number: str
    status: str
    total: int
    closed_at: dt.datetime | None
    client_name: str | None
    payments: dict[str, int] = field(default_factory=dict)  # method -> amount received


@dataclass(frozen=True)
class DaySummary:
    sales_count: int
    sales_total: int
    received_total: int
    tips: int
    by_method: dict[str, int]


def zone_or_default(name: str | None) -> zoneinfo.ZoneInfo:
    try:
        return zoneinfo.ZoneInfo(name or DEFAULT_TIMEZONE)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return zoneinfo.ZoneInfo(DEFAULT_TIMEZONE)


def day_bounds(day: dt.date, zone: zoneinfo.ZoneInfo) -> tuple[dt.datetime, dt.datetime]:
    """The instants where ``day`` starts and ends in the studio's time zone."""
    start = dt.datetime.combine(day, dt.time(0), tzinfo=zone)
    end = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(0), tzinfo=zone)
    return start.astimezone(dt.UTC), end.astimezone(dt.UTC)


def _health(allergies: str | None, medical: str | None) -> str | None:
    parts = [p.strip() for p in (allergies, medical) if p and p.strip()]
    return "\n".join(parts) or None


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class Reader:
    """The views' window on the database file; never writes."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.engine = create_read_engine(path)

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def _conn(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            yield conn

    # -- desk and studio -----------------------------------------------------------------
    def desk(self) -> DeskState | None:
        with self._conn() as conn:
            row = conn.execute(select(replica).where(replica.c.id == 1)).mappings().first()
            if row is None:
                return None
            pending = conn.execute(select(func.count()).where(outbox.c.status == "pending")).scalar_one()
        return DeskState(
            studio_id=row["studio_id"],
            device_id=row["device_id"],
            staff_id=row["staff_id"],
            server_url=row["server_url"],
            clock_offset_us=int(row["clock_offset_us"]),
            pending=int(pending),
        )

    def studio(self, studio_id: uuid.UUID) -> StudioInfo | None:
        s = studio.c
        with self._conn() as conn:
            row = conn.execute(
                select(s.id, s.name, s.timezone, s.currency, s.locale).where(s.id == studio_id, s.deleted.is_(False))
            ).first()
        if row is None:
            return None
        return StudioInfo(row.id, row.name, row.timezone, row.currency, row.locale)

    def staff_member(self, staff_id: uuid.UUID) -> StaffInfo | None:
        s = staff.c
        with self._conn() as conn:
            row = conn.execute(select(s.id, s.display_name, s.role, s.color).where(s.id == staff_id)).first()
        return None if row is None else StaffInfo(row.id, row.display_name, row.role, row.color)

    def now(self, desk: DeskState | None = None) -> dt.datetime:
        """This PC's clock corrected by the desk's offset to the server's."""
        offset = desk.clock_offset_us if desk is not None else 0
        return utcnow() + dt.timedelta(microseconds=offset)

    def today(self, zone: zoneinfo.ZoneInfo, desk: DeskState | None = None) -> dt.date:
        """Today in the studio's time zone (not the PC's)."""
        return self.now(desk).astimezone(zone).date()

    # -- agenda --------------------------------------------------------------------------
    def agenda(self, studio_id: uuid.UUID, day: dt.date, zone: zoneinfo.ZoneInfo) -> list[AgendaRow]:
        """Every appointment that overlaps ``day`` in the studio's time zone, in time order."""
        start, end = day_bounds(day, zone)
        a, s, c, st = appointment.c, staff.c, client.c, station.c
        query = (
            select(
                a.id, a.starts_at, a.ends_at, a.kind, a.status, a.in_conflict, a.notes, a.client_id,
                s.display_name.label("artist_name"), s.color.label("artist_color"),
                c.full_name, c.preferred_name, c.allergies, c.medical_alerts,
                st.name.label("station_name"),
            )
            .select_from(
                appointment.join(staff, s.id == a.artist_id)
                .outerjoin(client, c.id == a.client_id)
                .outerjoin(station, st.id == a.station_id)
            )
            .where(a.studio_id == studio_id, a.deleted.is_(False), a.starts_at < end, a.ends_at > start)
            .order_by(a.starts_at, s.display_name, a.id)
        )  # fmt: skip
        with self._conn() as conn:
            rows = conn.execute(query).all()
        return [
            AgendaRow(
                id=r.id,
                starts_at=r.starts_at,
                ends_at=r.ends_at,
                kind=r.kind,
                status=r.status,
                in_conflict=bool(r.in_conflict),
                notes=r.notes,
                artist_name=r.artist_name,
                artist_color=r.artist_color,
                client_id=r.client_id,
                client_name=(r.preferred_name or r.full_name) if r.full_name else None,
                client_full_name=r.full_name,
                station_name=r.station_name,
                health_alert=_health(r.allergies, r.medical_alerts),
            )
            for r in rows
        ]

    # -- clients -------------------------------------------------------------------------
    def _client_filter(self, studio_id: uuid.UUID, text: str) -> ColumnElement[bool]:
        c = client.c
        base = and_(c.studio_id == studio_id, c.deleted.is_(False))
        words = fold(text).split()
        if not words:
            return base
        digits = _digits(text)
        if len(digits) >= 3 and not any(ch.isalpha() for ch in text):
            # A phone or document number, however it is punctuated: "(11) 98765-4321".
            digit_pattern = f"%{digits}%"
            clean_doc = func.replace(func.replace(func.replace(c.document_number, ".", ""), "-", ""), "/", "")
            return and_(base, or_(c.phone.like(digit_pattern), clean_doc.like(digit_pattern)))
        conditions = []
        for word in words:  # every word in the name, preferred name or e-mail
            pattern = f"%{_escape_like(word)}%"
            conditions.append(
                or_(
                    func.kronos_fold(c.full_name).like(pattern, escape="\\"),
                    func.kronos_fold(c.preferred_name).like(pattern, escape="\\"),
                    func.lower(c.email).like(pattern, escape="\\"),
                )
            )
        return and_(base, *conditions)

    def count_clients(self, studio_id: uuid.UUID, text: str = "") -> int:
        with self._conn() as conn:
            query = select(func.count()).select_from(client).where(self._client_filter(studio_id, text))
            return int(conn.execute(query).scalar_one())

    def clients(
        self,
        studio_id: uuid.UUID,
        text: str = "",
        *,
        after: tuple[str, uuid.UUID] | None = None,
        limit: int = 200,
    ) -> list[ClientRow]:
        """One page of clients in name order; ``after`` is the (name, id) of the last row shown.

        Keyset paging on the (studio, name) index: the 500th page costs what the first does.
        """
        c = client.c
        where = self._client_filter(studio_id, text)
        if after is not None:
            name, last_id = after
            where = and_(where, or_(c.full_name > name, and_(c.full_name == name, c.id > last_id)))
        query = (
            select(
                c.id, c.full_name, c.preferred_name, c.phone, c.email, c.document_type, c.document_number,
                c.birth_date, c.allergies, c.medical_alerts, c.blocked,
            )
            .where(where)
            .order_by(c.full_name, c.id)
            .limit(limit)
        )  # fmt: skip
        with self._conn() as conn:
            rows = conn.execute(query).all()
        return [
            ClientRow(
                id=r.id,
                full_name=r.full_name,
                preferred_name=r.preferred_name,
                phone=r.phone,
                email=r.email,
                document_type=r.document_type,
                document_number=r.document_number,
                birth_date=r.birth_date,
                health_alert=_health(r.allergies, r.medical_alerts),
                blocked=bool(r.blocked),
            )
            for r in rows
        ]

    # -- checkout ------------------------------------------------------------------------
    def sales(self, studio_id: uuid.UUID, day: dt.date) -> list[SaleRow]:
        """The sales of a business day (the studio's date), with what was paid by each method."""
        sa, c, p = sale.c, client.c, payment.c
        with self._conn() as conn:
            rows = conn.execute(
                select(
                    sa.id, sa.number, sa.status, sa.total, sa.closed_at,
                    c.full_name, c.preferred_name,
                )
                .select_from(sale.outerjoin(client, c.id == sa.client_id))
                .where(sa.studio_id == studio_id, sa.deleted.is_(False), sa.business_date == day)
                .order_by(sa.closed_at, sa.number)
            ).all()  # fmt: skip
            paid: dict[uuid.UUID, dict[str, int]] = {}
            if rows:
                sale_ids = [r.id for r in rows]
                for chunk_start in range(0, len(sale_ids), 500):
                    chunk = sale_ids[chunk_start : chunk_start + 500]
                    for sale_id, method, amount in conn.execute(
                        select(p.sale_id, p.method, func.sum(p.amount))
                        .where(p.sale_id.in_(chunk), p.deleted.is_(False))
                        .group_by(p.sale_id, p.method)
                    ):
                        paid.setdefault(sale_id, {})[method] = int(amount)
        return [
            SaleRow(
                id=r.id,
                number=r.number,
                status=r.status,
                total=int(r.total),
                closed_at=r.closed_at,
                client_name=(r.preferred_name or r.full_name) if r.full_name else None,
                payments=paid.get(r.id, {}),
            )
            for r in rows
        ]

    def day_summary(self, studio_id: uuid.UUID, day: dt.date) -> DaySummary:
        """The day at the counter: closed sales and what was received, by method."""
        sa, p = sale.c, payment.c
        with self._conn() as conn:
            count, total = conn.execute(
                select(func.count(), func.coalesce(func.sum(sa.total), 0)).where(
                    sa.studio_id == studio_id, sa.deleted.is_(False), sa.business_date == day, sa.status == "closed"
                )
            ).one()
            by_method: dict[str, int] = {}
            tips = 0
            for method, amount, tip in conn.execute(
                select(p.method, func.sum(p.amount), func.sum(p.tip))
                .where(p.studio_id == studio_id, p.deleted.is_(False), p.business_date == day)
                .group_by(p.method)
            ):
                by_method[method] = int(amount)
                tips += int(tip or 0)
        return DaySummary(
            sales_count=int(count),
            sales_total=int(total),
            received_total=sum(by_method.values()),
            tips=tips,
            by_method=by_method,
        )
