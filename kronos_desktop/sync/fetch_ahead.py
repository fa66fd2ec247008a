"""A pull's pages fetched ahead on a thread of their own while the desk writes the ones before.

The server reads and encodes the next page (and the desk's thread decodes it, and converts its
rows when they are to be written as they come) while the desk writes this one: on a first
download of a big studio both sides and both cores stay busy.
At most ``depth`` pages wait; what the fetch raises (offline, 409) comes out in its turn, after
the pages fetched before it. A pull only reads, so a page fetched ahead and not needed is
simply dropped.
"""

from __future__ import annotations

import datetime as dt
import queue
import threading
from collections.abc import Callable
from typing import Any

from kronos_desktop.sync.local import FetchedPage

Fetch = Callable[[str | None], tuple[dict[str, Any], dt.datetime]]  # a page's body, when it arrived
DEPTH = 8


class PagesAhead:
    """Fetches pages from ``cursor`` on, each from the one before's cursor, until a page has no
    more, ``max_pages`` were fetched, a fetch fails or :meth:`close` is called."""

    def __init__(
        self,
        fetch: Fetch,
        cursor: str | None,
        *,
        max_pages: int | None = None,
        depth: int = DEPTH,
        prepare: Callable[[FetchedPage], FetchedPage] | None = None,
    ) -> None:
        self._fetch = fetch
        # Work done on the fetching thread too (the page's rows converted for writing), while
        # the pulling thread writes the pages before; None stops it.
        self.prepare = prepare
        self._cursor = cursor
        self._max_pages = max_pages
        self._ready: queue.Queue[FetchedPage | BaseException] = queue.Queue(maxsize=depth)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="kronos-pull", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        cursor, fetched = self._cursor, 0
        while not self._stop.is_set() and (self._max_pages is None or fetched < self._max_pages):
            item: FetchedPage | BaseException
            try:
                item = FetchedPage.of(cursor, *self._fetch(cursor))
                prepare = self.prepare
                if prepare is not None:
                    item = prepare(item)
            except BaseException as exc:  # handed over in its turn, raised on the pulling thread
                item = exc
            fetched += 1
            while not self._stop.is_set():
                try:
                    self._ready.put(item, timeout=0.1)
                    break
                except queue.Full:
                    continue
            if isinstance(item, BaseException) or not item.answer.has_more or item.answer.reset:
                return
            cursor = item.answer.cursor

    def take(self, most: int) -> list[FetchedPage]:
        """The next page (waiting for it) and up to ``most - 1`` more already fetched; raises
        what the fetch raised once the pages before it are taken."""
        first = self._ready.get()
        if isinstance(first, BaseException):
            raise first
        pages = [first]
        while len(pages) < most:
            with self._ready.mutex:  # peek: a failure stays for the next take
                waiting = self._ready.queue[0] if self._ready.queue else None
            if waiting is None or isinstance(waiting, BaseException):
                break
            self._ready.get_nowait()  # only this thread takes: it is ``waiting``
            pages.append(waiting)
        return pages

    def close(self) -> None:
        """Stop fetching (a request in flight ends on its own; its page is dropped)."""
        self._stop.set()
