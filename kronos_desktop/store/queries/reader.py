"""The views' window on the database file: a read-only engine and the reads thread.

Reads go through their own engine: every connection starts a *deferred* ``BEGIN`` (a read
snapshot under WAL, never a write lock) and sets ``query_only``. The store's engine starts
every transaction with ``BEGIN IMMEDIATE``, which is right for the writer thread but would make
the UI thread queue behind writes. Each feature's queries live in a module of their own
(``agenda``, ``clients``, ``checkout``, ``desk``); this class only holds the connection and the
index, so a view that has a :class:`Reader` has no way to write.

The views never read on the GUI thread: :meth:`Reader.submit` runs a read (a function of a
read-only :class:`~sqlalchemy.Connection`) on the reader's one thread and returns its future;
``kronos_desktop.ui.common.reads`` brings the answer back to the GUI thread, tagged with the
request. The client search reads the FTS5 index that the database keeps in the same
transaction as every change (:mod:`kronos_desktop.store.queries.client_search`): nothing is
held in memory, and nothing needs telling when clients change.
"""

from __future__ import annotations

import datetime as dt
import uuid
import zoneinfo
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from sqlalchemy import Connection

from kronos_core.instants import utcnow
from kronos_desktop.store.engine import create_read_engine
from kronos_desktop.store.queries import agenda as agenda_q
from kronos_desktop.store.queries import checkout as checkout_q
from kronos_desktop.store.queries import clients as clients_q
from kronos_desktop.store.queries import desk as desk_q
from kronos_desktop.store.queries import forms as forms_q
from kronos_desktop.store.queries.agenda import AgendaRow
from kronos_desktop.store.queries.checkout import DaySummary, SaleRow
from kronos_desktop.store.queries.clients import ClientRow
from kronos_desktop.store.queries.desk import DeskState, StaffInfo, StudioInfo
from kronos_desktop.store.queries.forms import FormDetail, FormRow, MaterialRow, SessionRecordRow

if TYPE_CHECKING:
    from kronos_core.forms import Template

T = TypeVar("T")


class Reader:
    """The views' window on the database file; never writes."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.engine = create_read_engine(path)
        # The reads thread: one worker, so reads run one after the other on their own connection.
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kronos-reads")

    def submit(self, read: Callable[[Connection], T]) -> Future[T]:
        """Run ``read`` on the reads thread, with a read-only connection (one snapshot)."""

        def run() -> T:
            with self.connect() as conn:
                return read(conn)

        return self._executor.submit(run)

    def close(self) -> None:
        """Waits for the read running now; reads still queued are dropped."""
        self._executor.shutdown(wait=True, cancel_futures=True)
        self.engine.dispose()

    @contextmanager
    def connect(self) -> Iterator[Connection]:
        """A read-only connection (a snapshot for as long as it is held)."""
        with self.engine.connect() as conn:
            yield conn

    # -- desk and studio -----------------------------------------------------------------
    def desk(self) -> DeskState | None:
        with self.connect() as conn:
            return desk_q.desk(conn)

    def studio(self, studio_id: uuid.UUID) -> StudioInfo | None:
        with self.connect() as conn:
            return desk_q.studio_info(conn, studio_id)

    def staff_member(self, staff_id: uuid.UUID) -> StaffInfo | None:
        with self.connect() as conn:
            return desk_q.staff_member(conn, staff_id)

    def now(self, desk: DeskState | None = None) -> dt.datetime:
        """This PC's clock corrected by the desk's offset to the server's."""
        return desk.now() if desk is not None else utcnow()

    def today(self, zone: zoneinfo.ZoneInfo, desk: DeskState | None = None) -> dt.date:
        """Today in the studio's time zone (not the PC's)."""
        return self.now(desk).astimezone(zone).date()

    # -- agenda --------------------------------------------------------------------------
    def agenda(self, studio_id: uuid.UUID, day: dt.date, zone: zoneinfo.ZoneInfo) -> list[AgendaRow]:
        with self.connect() as conn:
            return agenda_q.agenda(conn, studio_id, day, zone)

    # -- clients -------------------------------------------------------------------------
    def prepare_client_search(self, studio_id: uuid.UUID) -> None:
        """Nothing to prepare: the search index is in the database file. (Kept for the views
        that still call it.)"""

    def client_count(
        self, conn: Connection, studio_id: uuid.UUID, text: str = "", *, artist_id: uuid.UUID | None = None
    ) -> int:
        """How many clients (match ``text``; ``artist_id``: of that artist's alone)."""
        return clients_q.count(conn, studio_id, text, artist_id=artist_id)

    def client_page(
        self,
        conn: Connection,
        studio_id: uuid.UUID,
        text: str = "",
        *,
        after: tuple[str, uuid.UUID] | None = None,
        limit: int = 200,
        artist_id: uuid.UUID | None = None,
    ) -> list[ClientRow]:
        """One page of clients: in name order without a search, else in the search's order
        (exact words first, then the most recently added); ``after`` is the (name, id) of the
        last row shown; ``artist_id``: that artist's clients alone."""
        return clients_q.page(conn, studio_id, text, after=after, limit=limit, artist_id=artist_id)

    def count_clients(self, studio_id: uuid.UUID, text: str = "") -> int:
        with self.connect() as conn:
            return self.client_count(conn, studio_id, text)

    def clients(
        self,
        studio_id: uuid.UUID,
        text: str = "",
        *,
        after: tuple[str, uuid.UUID] | None = None,
        limit: int = 200,
    ) -> list[ClientRow]:
        with self.connect() as conn:
            return self.client_page(conn, studio_id, text, after=after, limit=limit)

    # -- checkout ------------------------------------------------------------------------
    def sales(self, studio_id: uuid.UUID, day: dt.date) -> list[SaleRow]:
        with self.connect() as conn:
            return checkout_q.sales(conn, studio_id, day)

    def day_summary(self, studio_id: uuid.UUID, day: dt.date) -> DaySummary:
        with self.connect() as conn:
            return checkout_q.day_summary(conn, studio_id, day)

    # -- forms (issue 14; the reads are kronos_desktop/store/queries/forms.py) -------------
    def current_template(self, studio_id: uuid.UUID, language: str) -> Template:
        with self.connect() as conn:
            return forms_q.current_template(conn, studio_id, language)

    def client_forms(self, client_id: uuid.UUID) -> list[FormRow]:
        with self.connect() as conn:
            return forms_q.client_forms(conn, client_id)

    def form_detail(self, form_id: uuid.UUID) -> FormDetail | None:
        with self.connect() as conn:
            return forms_q.form_detail(conn, form_id)

    def has_signed_form(self, appointment_id: uuid.UUID) -> bool:
        with self.connect() as conn:
            return forms_q.has_signed_form(conn, appointment_id)

    def materials(self, studio_id: uuid.UUID, *, active_only: bool = True) -> list[MaterialRow]:
        with self.connect() as conn:
            return forms_q.materials(conn, studio_id, active_only=active_only)

    def session_records(self, appointment_id: uuid.UUID) -> list[SessionRecordRow]:
        with self.connect() as conn:
            return forms_q.session_records(conn, appointment_id)
