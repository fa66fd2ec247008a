"""The one thread that writes the desk's database.

Ops, the sync's rebase and scheduled jobs all submit their writes here, so SQLite never sees
two writers from this process and the UI thread never holds a write transaction.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
T = TypeVar("T")

log = logging.getLogger(__name__)


class Writer:
    def __init__(self, name: str = "kronos-writer") -> None:
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)
        self._thread_ident: int | None = None
        self._closed = False
        self._pool.submit(self._remember_thread).result()

    def _remember_thread(self) -> None:
        self._thread_ident = threading.get_ident()

    def submit(self, fn: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> Future[T]:
        """Run ``fn`` on the writer thread. Once the desk is closing, nothing new runs: the future
        comes back cancelled (a read's answer or a timer reaching the window after the shutdown,
        a wrong PIN's count say: its ``result()`` raises CancelledError, an Exception)."""
        if self._closed:
            log.info("the writer has stopped: %s not run", getattr(fn, "__qualname__", fn))
            future: Future[T] = Future()
            future.cancel()
            future.set_running_or_notify_cancel()
            return future
        return self._pool.submit(fn, *args, **kwargs)

    @property
    def closed(self) -> bool:
        """True once the desk is shutting down: nothing new is taken."""
        return self._closed

    def on_writer_thread(self) -> bool:
        return threading.get_ident() == self._thread_ident

    def shutdown(self, wait: bool = True) -> None:
        """Finish what was submitted (a paid ticket is never dropped at quit), then stop."""
        self._closed = True
        self._pool.shutdown(wait=wait, cancel_futures=False)
