"""Reads off the GUI thread (Anki's ``QueryOp``): a view asks, the answer comes back as a signal.

A view asks for a read — a function of a read-only :class:`~sqlalchemy.Connection` (a day, a
week, a search, the inbox) — under a key of its own (``"day"``, ``"search"``)::

    ctx.reads.ask(self, "day", lambda conn: agenda_q.agenda(conn, ...), self.show_day)

The read runs on the reader's one thread against its own SQLite connection
(:meth:`Reader.submit`), never on the GUI thread. Its answer comes back to the GUI thread
through a queued signal, tagged with the request: when the same view has asked again under the
same key since (the person moved to another day, typed on), the older answer is dropped, so
the view only ever shows what was last asked. An answer for a view that is gone is dropped
too. A view has at most one read of a key on the reader thread: what it asks meanwhile waits
beside it, the newest replacing the older (a burst of sync events, fast typing), and starts
when the running one is answered. A read that fails reaches the app's one error path
(:func:`errors.show_failure`: logged, and the "something went wrong" dialog), unless the asker
passes its own ``failed``.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QWidget
from sqlalchemy import Connection

from kronos_desktop.store.queries import Reader
from kronos_desktop.ui.common import errors

log = logging.getLogger(__name__)

T = TypeVar("T")


@dataclass(eq=False)
class Request:
    """One read a view asked for; ``serial`` tells it from the same view's later ones."""

    owner: QObject
    key: str
    serial: int
    done: Callable[[Any], None]
    failed: Callable[[BaseException], None] | None = None
    read: Callable[[Connection], Any] | None = field(default=None, repr=False)
    future: Future[Any] | None = field(default=None, repr=False)


class Reads(QObject):
    """The views' reads on the reader thread, their answers back on the GUI thread."""

    _answered = Signal(object)  # Request (its future is done), emitted on the reads thread
    answered = Signal(object)  # Request, after its answer was shown (for tests)
    dropped = Signal(object)  # Request whose answer came too late (a newer one was asked)

    def __init__(self, reader: Reader, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.reader = reader
        self._serials = itertools.count(1)
        self._latest: dict[tuple[int, str], int] = {}  # (id of the asker, key) -> its last serial
        self._waiting: set[Request] = set()
        self._running: dict[tuple[int, str], Request] = {}  # submitted to the reader, not answered yet
        self._held: dict[tuple[int, str], Request] = {}  # asked while one of the same key was running
        self._closed = False
        self._answered.connect(self._on_answered, Qt.ConnectionType.QueuedConnection)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.close)  # quitting: no answer reaches a closing window

    def ask(
        self,
        owner: QObject,
        key: str,
        read: Callable[[Connection], T],
        done: Callable[[T], None],
        *,
        failed: Callable[[BaseException], None] | None = None,
    ) -> Request | None:
        """Run ``read`` on the reader thread; ``done(answer)`` runs on the GUI thread unless the
        same ``owner`` asks again under ``key`` first. None when the desk is closing."""
        if self._closed:
            return None
        request = Request(owner, key, next(self._serials), done, failed, read)
        slot = (id(owner), key)
        self._latest[slot] = request.serial
        if slot in self._running:  # it waits for the running one; a newer ask replaces it
            replaced = self._held.pop(slot, None)
            if replaced is not None:
                self._waiting.discard(replaced)
            self._held[slot] = request
            self._waiting.add(request)
            return request
        return request if self._submit(request) else None

    def _submit(self, request: Request) -> bool:
        assert request.read is not None
        try:
            request.future = self.reader.submit(request.read)
        except RuntimeError:  # the reader is closed: the desk is quitting
            return False
        self._running[(id(request.owner), request.key)] = request
        self._waiting.add(request)
        request.future.add_done_callback(lambda _f: self._emit(request))
        return True

    def forget(self, owner: QObject, key: str) -> None:
        """Drop the answer of any read ``owner`` asked under ``key`` and is still waiting for."""
        self._latest[(id(owner), key)] = next(self._serials)
        held = self._held.pop((id(owner), key), None)
        if held is not None:
            self._waiting.discard(held)

    def idle(self) -> bool:
        """No read waiting for its answer to be shown."""
        return not self._waiting

    def close(self) -> None:
        """Answers still to come are dropped (the reader's close waits for the running read)."""
        self._closed = True
        self._waiting.clear()
        self._held.clear()

    def _emit(self, request: Request) -> None:
        with contextlib.suppress(RuntimeError):  # this object is gone: the app has quit
            self._answered.emit(request)

    def _current(self, request: Request) -> bool:
        return self._latest.get((id(request.owner), request.key)) == request.serial

    def _on_answered(self, request: Request) -> None:
        self._waiting.discard(request)
        slot = (id(request.owner), request.key)
        if self._running.get(slot) is request:
            del self._running[slot]
            held = self._held.pop(slot, None)
            if held is not None and not self._closed and not self._submit(held):
                self._waiting.discard(held)
        if self._closed or not shiboken6.isValid(request.owner):
            return
        if not self._current(request):
            log.debug("read %s of %s dropped: a newer one was asked", request.key, type(request.owner).__name__)
            self.dropped.emit(request)
            return
        future = request.future
        assert future is not None
        if future.cancelled():
            return
        exc = future.exception()
        if exc is not None:
            log.error("read %s failed", request.key, exc_info=(type(exc), exc, exc.__traceback__))
            if request.failed is not None:
                request.failed(exc)
            else:
                parent = request.owner if isinstance(request.owner, QWidget) else None
                errors.show_failure(parent, exc)
            return
        request.done(future.result())
        self.answered.emit(request)
