"""The views' window on the database file: a read-only engine and the client search index.

Reads go through their own engine: every connection starts a *deferred* ``BEGIN`` (a read
snapshot under WAL, never a write lock) and sets ``query_only``. The store's engine starts
every transaction with ``BEGIN IMMEDIATE``, which is right for the writer thread but would make
the UI thread queue behind writes. Each feature's queries live in a module of their own
(``agenda``, ``clients``, ``checkout``, ``desk``); this class only holds the connection and the
index, so a view that has a :class:`Reader` has no way to write.

The views never read on the GUI thread: :meth:`Reader.submit` runs a read (a function of a
read-only :class:`~sqlalchemy.Connection`) on the reader's one thread and returns its future;
``kronos_desktop.ui.common.reads`` brings the answer back to the GUI thread, tagged with the
request. The client search index is only ever read and updated on that thread (or the one
that prepares it): :meth:`Reader.clients_changed` only notes which clients changed.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import uuid
import zoneinfo
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from sqlalchemy import Connection

from kronos_core.instants import utcnow
from kronos_desktop.store.engine import create_read_engine
from kronos_desktop.store.queries import agenda as agenda_q
from kronos_desktop.store.queries import checkout as checkout_q
from kronos_desktop.store.queries import clients as clients_q
from kronos_desktop.store.queries import desk as desk_q
from kronos_desktop.store.queries.agenda import AgendaRow
from kronos_desktop.store.queries.checkout import DaySummary, SaleRow
from kronos_desktop.store.queries.client_index import ClientIndex
from kronos_desktop.store.queries.clients import ClientRow
from kronos_desktop.store.queries.desk import DeskState, StaffInfo, StudioInfo

log = logging.getLogger(__name__)

T = TypeVar("T")


class Reader:
    """The views' window on the database file; never writes."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.engine = create_read_engine(path)
        self._client_index: ClientIndex | None = None
        self._index_lock = threading.Lock()
        self._index_thread: threading.Thread | None = None
        self._index_generation = 0
        self._changed: set[uuid.UUID] | None = set()  # clients changed since the index was read (None: many)
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
        thread = self._index_thread
        if thread is not None:
            thread.join()
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
            with self.connect() as conn:
                index = ClientIndex.build(conn, studio_id)
        except Exception:  # the next search builds it on the spot
            log.warning("building the client search index failed", exc_info=True)
        with self._index_lock:
            if index is not None and generation == self._index_generation:
                self._client_index = index
            self._index_thread = None

    def clients_changed(self, ids: set[uuid.UUID] | None = None) -> None:
        """Clients were added or changed (``ids``; None: any, or many): the search index follows
        when it is next searched (on the reads thread; nothing is read here)."""
        with self._index_lock:
            self._index_generation += 1  # an index being built now is already out of date
            if self._client_index is None:
                return
            if ids is None or self._changed is None or len(self._changed) + len(ids) > 1000:
                self._client_index = None  # rebuilt when next searched
                self._changed = set()
                return
            self._changed |= ids

    def _index(self, conn: Connection, studio_id: uuid.UUID) -> ClientIndex:
        thread = self._index_thread
        if thread is not None:
            thread.join()
        with self._index_lock:
            index = self._client_index
            changed, self._changed = self._changed, set()
        if index is None or index.studio_id != studio_id:
            index = ClientIndex.build(conn, studio_id)
        elif changed:
            index.update(conn, changed)
        with self._index_lock:
            self._client_index = index
        return index

    def client_count(
        self, conn: Connection, studio_id: uuid.UUID, text: str = "", *, artist_id: uuid.UUID | None = None
    ) -> int:
        """How many clients (match ``text``; ``artist_id``: of that artist's alone)."""
        if text.strip():
            keys = self._index(conn, studio_id).search(text)
            return len(keys if artist_id is None else clients_q.only_artists(conn, keys, artist_id))
        if artist_id is not None:
            return clients_q.count_of_artist(conn, studio_id, artist_id)
        return clients_q.count_all(conn, studio_id)

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
        """One page of clients in name order; ``after`` is the (name, id) of the last row shown;
        ``artist_id``: that artist's clients alone."""
        index = self._index(conn, studio_id) if text.strip() else None
        return clients_q.page(conn, studio_id, index, text, after=after, limit=limit, artist_id=artist_id)

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
