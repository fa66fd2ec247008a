"""User actions as small ops that run a mutation on the writer thread (Anki's aqt.operations).

A view builds a :class:`MutationOp`, chains ``.success(...)`` / ``.failure(...)`` and hands it
to :meth:`OpRunner.run`. The mutation runs on the one writer thread; its outcome comes back to
the GUI thread through a queued Qt signal, so no widget is ever touched from the writer. On
success the hub's ``rows_changed`` tells every view which rows changed (before the op's own
success handler runs, so it sees the refreshed views); on failure the op's failure handler
runs, or the default one: the mutation's readable message in a dialog, or, for anything
unexpected, the "something went wrong" dialog with the details in the log.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Mapping
from concurrent.futures import Future
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from kronos_core.mutations import MutationError
from kronos_desktop.hub import Hub
from kronos_desktop.store import Applied, LocalStore
from kronos_desktop.store.writer import Writer

if TYPE_CHECKING:
    from kronos_core.mutations import MutationArgs

log = logging.getLogger(__name__)

WriteFn = Callable[[LocalStore], Applied]
Changed = dict[str, set[uuid.UUID]]


class MutationOp:
    """One user action: a mutation (or a short function of the store that applies one)."""

    def __init__(
        self,
        name: str,
        args: Mapping[str, Any] | MutationArgs | None = None,
        *,
        parent: QWidget | None = None,
        staff_id: uuid.UUID | None = None,
        write: WriteFn | None = None,
    ) -> None:
        if write is None and args is None:
            raise ValueError("a mutation op needs arguments or a write function")
        self.name = name
        self.args = args
        self.parent = parent
        self.staff_id = staff_id
        self._write = write
        self._on_success: Callable[[Applied], None] | None = None
        self._on_failure: Callable[[BaseException], None] | None = None

    def success(self, fn: Callable[[Applied], None]) -> MutationOp:
        self._on_success = fn
        return self

    def failure(self, fn: Callable[[BaseException], None]) -> MutationOp:
        """Replace the default error dialog (the handler decides what the person sees)."""
        self._on_failure = fn
        return self

    def write(self, store: LocalStore) -> Applied:
        """Runs on the writer thread."""
        if self._write is not None:
            return self._write(store)
        assert self.args is not None
        return store.apply(self.name, self.args, staff_id=self.staff_id)


class OpRunner(QObject):
    """Runs ops on the writer thread and brings their outcome back to the GUI thread."""

    _finished = Signal(object, object)  # (MutationOp, Future[Applied])
    op_failed = Signal(object, object)  # (MutationOp, exception): for the log and for tests
    op_succeeded = Signal(object, object)  # (MutationOp, Applied)

    def __init__(
        self,
        store: LocalStore,
        writer: Writer,
        hub: Hub,
        *,
        show_failure: Callable[[QWidget | None, BaseException], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.writer = writer
        self.hub = hub
        self._show_failure = show_failure
        self._running: set[MutationOp] = set()
        # Queued even when the future is already done: the outcome is always handled from the
        # event loop, never inside run().
        self._finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)

    def run(self, op: MutationOp) -> Future[Applied]:
        self._running.add(op)
        log.info("op %s submitted", op.name)
        future = self.writer.submit(op.write, self.store)
        future.add_done_callback(lambda f: self._finished.emit(op, f))
        return future

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def _on_finished(self, op: MutationOp, future: Future[Applied]) -> None:
        self._running.discard(op)
        exc = future.exception()
        if exc is None:
            applied = future.result()
            log.info(
                "op %s applied (seq %s): %s", op.name, applied.seq, {t: len(i) for t, i in applied.changed.items()}
            )
            # Views refresh first, so a success handler (select the new row) sees the new state.
            self.hub.notify(applied.changed)
            if op._on_success is not None:
                op._on_success(applied)
            self.op_succeeded.emit(op, applied)
            return
        if isinstance(exc, MutationError):
            # The code alone: a refusal's message may name the client (a log outlives an erase).
            log.warning("op %s refused: %s", op.name, exc.code)
        else:
            log.error("op %s failed unexpectedly", op.name, exc_info=(type(exc), exc, exc.__traceback__))
        self.op_failed.emit(op, exc)
        if op._on_failure is not None:
            op._on_failure(exc)
        else:
            self._show_failure(op.parent, exc)
