"""The one thread that writes the desk's database.

Ops, the sync's rebase and scheduled jobs all submit their writes here, so SQLite never sees
two writers from this process and the UI thread never holds a write transaction.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
T = TypeVar("T")


class Writer:
    def __init__(self, name: str = "kronos-writer") -> None:
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)
        self._thread_ident: int | None = None
        self._pool.submit(self._remember_thread).result()

    def _remember_thread(self) -> None:
        self._thread_ident = threading.get_ident()

    def submit(self, fn: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> Future[T]:
        return self._pool.submit(fn, *args, **kwargs)

    def on_writer_thread(self) -> bool:
        return threading.get_ident() == self._thread_ident

    def shutdown(self, wait: bool = True) -> None:
        """Finish what was submitted (a paid ticket is never dropped at quit), then stop."""
        self._pool.shutdown(wait=wait, cancel_futures=False)
