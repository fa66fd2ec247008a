"""Read-only queries the views use. Plain Python (no Qt), so they are tested without a screen.

Reads go through their own engine: every connection starts a *deferred* ``BEGIN`` (a read
snapshot under WAL, never a write lock) and sets ``query_only``. The store's engine starts
every transaction with ``BEGIN IMMEDIATE``, which is right for the writer thread but would make
the UI thread queue behind writes.
"""

from __future__ import annotations

import bisect
import datetime as dt
import logging
import re
import threading
import unicodedata
import uuid
import zoneinfo
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, Uuid, and_, func, literal, select, tuple_

from kronos_core.instants import utcnow
from kronos_core.people import ADULT_AGE, age_on
from kronos_core.schema import appointment, client, payment, sale, staff, station, studio
from kronos_desktop.store.engine import create_read_engine
from kronos_desktop.store.local_schema import outbox, replica

log = logging.getLogger(__name__)

DEFAULT_TIMEZONE = "America/Sao_Paulo"


_COMBINING_MARKS = re.compile("[\u0300-\u036f]+")


def fold(text: str | None) -> str:
    """Lower case without accents: "João" and "joao" match (other letters are kept)."""
    if not text:
        return ""
    if text.isascii():
        return text.casefold()
    return _COMBINING_MARKS.sub("", unicodedata.normalize("NFKD", text)).casefold()


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
        return None if self.birth_date is None else age_on(self.birth_date, today)

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


class ClientIndex:
    """Every client's name, preferred name and e-mail folded (no accents, lower case), with the
    digits of their phone and document, in name order.

    SQLite 3.40 cannot compare without accents, and calling Python for each of 100,000 rows
    costs a second per search; this index answers one in a few milliseconds. It is built on the
    first search, and changed clients are put in their place (``Reader.clients_changed``).
    """

    # The folding that SQLite can do (joining, dropping punctuation) it does; Python folds the
    # accents of all rows at once, as one string.
    _SELECT = (
        "SELECT full_name, id, full_name || ' ' || coalesce(preferred_name, '') || ' ' || coalesce(email, ''), "
        "replace(replace(replace(replace(coalesce(phone, '') || ' ' || coalesce(document_number, ''), "
        "'+', ''), '.', ''), '-', ''), '/', ''), deleted FROM client "
    )

    def __init__(self, studio_id: uuid.UUID) -> None:
        self.studio_id = studio_id
        # (full name, id hex) in name order, and beside each its folded text and digits.
        self._keys: list[tuple[str, str]] = []
        self._texts: list[tuple[str, str]] = []
        self._last: tuple[str, list[tuple[str, str]]] | None = None

    @staticmethod
    def _fold_all(texts: list[str]) -> list[str]:
        joined = fold("\x00".join(texts)).split("\x00")  # one call for 100,000 names
        return joined if len(joined) == len(texts) else [fold(t) for t in texts]

    @classmethod
    def build(cls, conn: Connection, studio_id: uuid.UUID) -> ClientIndex:
        index = cls(studio_id)
        dbapi = conn.connection.driver_connection
        assert dbapi is not None
        rows = dbapi.execute(
            cls._SELECT + "WHERE +studio_id = ? AND deleted = 0 ORDER BY full_name, id", (studio_id.hex,)
        ).fetchall()
        index._keys = [(name, str(row_id)) for name, row_id, *_ in rows]
        index._texts = list(zip(cls._fold_all([r[2] for r in rows]), [r[3] for r in rows], strict=True))
        return index

    def update(self, conn: Connection, ids: set[uuid.UUID]) -> None:
        """Put the given clients (new, renamed, deleted) in their place."""
        wanted = {i.hex for i in ids}
        keep = [n for n, key in enumerate(self._keys) if key[1] not in wanted]
        if len(keep) != len(self._keys):
            self._keys = [self._keys[n] for n in keep]
            self._texts = [self._texts[n] for n in keep]
        dbapi = conn.connection.driver_connection
        assert dbapi is not None
        marks = ", ".join("?" for _ in wanted)
        rows = dbapi.execute(
            self._SELECT + f"WHERE +studio_id = ? AND id IN ({marks})", (self.studio_id.hex, *wanted)
        ).fetchall()
        for name, row_id, text, digits, deleted in rows:
            if deleted:
                continue
            key = (name, str(row_id))
            at = bisect.bisect_left(self._keys, key)
            self._keys.insert(at, key)
            self._texts.insert(at, (fold(text), digits))
        self._last = None

    def __len__(self) -> int:
        return len(self._keys)

    def search(self, text: str) -> list[tuple[str, str]]:
        """The (full name, id hex) of the clients matching ``text``, in name order.

        Only digits and punctuation: a phone or document number, however it is written.
        Otherwise every word must appear in the name, the preferred name or the e-mail.
        """
        if self._last is not None and self._last[0] == text:
            return self._last[1]
        digits = _digits(text)
        if len(digits) >= 3 and not any(ch.isalpha() for ch in text):
            found = [key for key, (_, numbers) in zip(self._keys, self._texts, strict=True) if digits in numbers]
        else:
            words = fold(text).split()
            found = [key for key, (words_in, _) in zip(self._keys, self._texts, strict=True)
                     if all(w in words_in for w in words)]  # fmt: skip
        self._last = (text, found)
        return found


class Reader:
    """The views' window on the database file; never writes."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.engine = create_read_engine(path)
        self._client_index: ClientIndex | None = None
        self._index_lock = threading.Lock()
        self._index_thread: threading.Thread | None = None
        self._index_generation = 0

    def close(self) -> None:
        thread = self._index_thread
        if thread is not None:
            thread.join()
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
    def prepare_client_search(self, studio_id: uuid.UUID) -> None:
        """Build the search index on a thread of its own, so the first search does not wait."""
        with self._index_lock:
            if self._client_index is not None or self._index_thread is not None:
                return
            generation = self._index_generation
            thread = threading.Thread(
                target=self._build_index, args=(studio_id, generation), name="kronos-client-index", daemon=True
            )
            self._index_thread = thread
        thread.start()

    def _build_index(self, studio_id: uuid.UUID, generation: int) -> None:
        index: ClientIndex | None = None
        try:
            with self._conn() as conn:
                index = ClientIndex.build(conn, studio_id)
        except Exception:  # the next search builds it on the spot
            log.warning("building the client search index failed", exc_info=True)
        with self._index_lock:
            if index is not None and generation == self._index_generation:
                self._client_index = index
            self._index_thread = None

    def clients_changed(self, ids: set[uuid.UUID] | None = None) -> None:
        """Clients were added or changed (``ids``; None: any, or many): the search index follows."""
        with self._index_lock:
            self._index_generation += 1  # an index being built now is already out of date
            index = self._client_index
            if index is None:
                return
            if ids is None or len(ids) > 1000:
                self._client_index = None  # rebuilt when next searched
                return
        with self._conn() as conn:
            index.update(conn, ids)

    def _index(self, studio_id: uuid.UUID) -> ClientIndex:
        thread = self._index_thread
        if thread is not None:
            thread.join()
        index = self._client_index
        if index is None or index.studio_id != studio_id:
            with self._conn() as conn:
                index = ClientIndex.build(conn, studio_id)
            with self._index_lock:
                self._client_index = index
        return index

    def count_clients(self, studio_id: uuid.UUID, text: str = "") -> int:
        if text.strip():
            return len(self._index(studio_id).search(text))
        with self._conn() as conn:
            # "+studio_id": a plain scan of the table beats walking an index to every row.
            return int(
                conn.exec_driver_sql(
                    "SELECT count(*) FROM client WHERE +studio_id = ? AND deleted = 0", (studio_id.hex,)
                ).scalar_one()
            )

    def clients(
        self,
        studio_id: uuid.UUID,
        text: str = "",
        *,
        after: tuple[str, uuid.UUID] | None = None,
        limit: int = 200,
    ) -> list[ClientRow]:
        """One page of clients in name order; ``after`` is the (name, id) of the last row shown.

        Without a search, keyset paging on the (studio, name) index: the 500th page costs what
        the first does. With one, the folded search index gives the matching rows in order.
        """
        c = client.c
        if text.strip():
            keys = self._index(studio_id).search(text)
            start = bisect.bisect_right(keys, (after[0], after[1].hex)) if after is not None else 0
            page = keys[start : start + limit]
            if not page:
                return []
            # By primary key only: with the studio in the condition SQLite walks its index instead.
            where = and_(c.deleted.is_(False), c.id.in_([uuid.UUID(hex=k[1]) for k in page]))
        else:
            where = and_(c.studio_id == studio_id, c.deleted.is_(False))
            if after is not None:
                where = and_(where, tuple_(c.full_name, c.id) > tuple_(literal(after[0]), literal(after[1], Uuid)))
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
