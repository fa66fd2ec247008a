"""The sync engine as Qt signals: a thin adapter, so the engine itself stays plain Python.

The engine calls its listeners on its own thread; the adapter hands each event to the GUI
thread through a queued signal, then re-emits it: ``state_changed`` (a :class:`SyncState`) for
the status bar, and the rows a pull changed through the hub's application-wide
``rows_changed``, so each view refreshes what it shows. A successful local change wakes the
engine. A desk with no server has no engine: the adapter reports it as standalone; a desk
signed out of its server has none either (nothing to send with), and reports that someone must
sign in again, with the changes waiting.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal

from kronos_desktop.hub import Hub
from kronos_desktop.store.store import LocalStore
from kronos_desktop.sync.counts import read_counts
from kronos_desktop.sync.events import EngineEvent, Phase, RowsChanged, StateChanged, SyncState

if TYPE_CHECKING:  # a desk with no server never loads the engine (nor httpx): app.Desk.start_sync does
    from kronos_desktop.ops.runner import OpRunner
    from kronos_desktop.sync.engine import SyncEngine

log = logging.getLogger(__name__)


class SyncAdapter(QObject):
    state_changed = Signal(object)  # SyncState
    _event = Signal(object)  # EngineEvent, from the engine's thread

    def __init__(
        self,
        store: LocalStore,
        hub: Hub,
        *,
        engine: SyncEngine | None = None,
        runner: OpRunner | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.hub = hub
        self.engine = engine
        self._signed_out = False  # no engine because the desk was signed out (not standalone)
        self._state = self._standalone() if engine is None else engine.state()
        self._event.connect(self._on_event, Qt.ConnectionType.QueuedConnection)
        if engine is not None:
            engine.subscribe(self._event.emit)
        if runner is not None:
            runner.op_succeeded.connect(self._on_local_change)
        hub.rows_changed.connect(self._on_standalone_change)

    def attach(self, engine: SyncEngine, *, start: bool = True) -> None:
        """Connect a desk that was standalone (or signed out) to its engine."""
        if self.engine is not None:
            self.engine.stop()
        self.engine = engine
        self._signed_out = False
        engine.subscribe(self._event.emit)
        self._state = engine.state()
        self.state_changed.emit(self._state)
        if start:
            engine.start()

    def detach(self, *, signed_out: bool = False) -> None:
        """The engine stops, the outbox stays: back to standalone, or (``signed_out``) waiting
        for someone to sign in again — a later :meth:`attach` starts a fresh engine, for
        whichever server the new sign-in names."""
        if self.engine is not None:
            self.engine.stop()
        self.engine = None
        self._signed_out = signed_out
        self._state = self._standalone()
        self.state_changed.emit(self._state)

    @property
    def connected(self) -> bool:
        return self.engine is not None

    def state(self) -> SyncState:
        return self._state

    def start(self) -> None:
        if self.engine is not None:
            self.engine.start()

    def stop(self) -> None:
        if self.engine is not None:
            self.engine.stop()

    def sync_now(self) -> None:
        if self.engine is not None:
            self.engine.sync_now()

    # -- events --------------------------------------------------------------------------
    def _on_event(self, event: EngineEvent) -> None:
        if self.engine is None:
            return  # an event from an engine already detached
        if isinstance(event, RowsChanged):
            self.hub.notify(event.changed)
        elif isinstance(event, StateChanged):
            self._state = event.state
            self.state_changed.emit(event.state)

    def _on_local_change(self, _op: object = None, applied: object = None) -> None:
        if getattr(applied, "seq", None) == 0:
            return  # a desk-only write (an open ticket's draft): nothing to push
        if self.engine is not None:
            self.engine.wake("local change")

    def _on_standalone_change(self, _changed: object) -> None:
        if self.engine is not None:
            return
        self._state = self._standalone()
        self.state_changed.emit(self._state)

    def _standalone(self) -> SyncState:
        try:
            counts = read_counts(self.store.read_engine)
        except Exception:  # no replica yet (first run): nothing waits
            log.debug("no counts yet", exc_info=True)
            return SyncState(Phase.STANDALONE)
        phase = Phase.NEEDS_SIGN_IN if self._signed_out else Phase.STANDALONE
        return SyncState(phase, pending=counts.pending, conflicts=counts.conflicts)
