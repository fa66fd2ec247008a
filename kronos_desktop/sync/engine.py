"""The sync engine: the protocol's steps on a thread of their own, woken by the server's events,
a timer and local changes, retrying with jittered exponential backoff.

Offline, the backoff grows long (minutes) so that a studio's desks do not hammer a server that is
down; but a desk must not sit for minutes once the server is back. So, while offline, the engine
also asks the server a cheap question every few seconds (``probe()``: ``GET /healthz``, no token,
no database), jittered, independently of the backoff; the first answer wakes a full sync at once,
and the event stream reconnects with it.

Plain Python, no Qt (the adapter turns its events into signals). Network work runs on the
engine's thread (and the event stream on another); every SQLite write is submitted to the
desk's one writer thread. Nothing here ever blocks the caller: :meth:`SyncEngine.state` is a
snapshot, :meth:`SyncEngine.wake` sets a flag.
"""

from __future__ import annotations

import dataclasses
import logging
import random
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TypeVar

from kronos_core.roles import Role
from kronos_desktop.store.store import LocalStore
from kronos_desktop.store.writer import Writer
from kronos_desktop.sync import desk_names
from kronos_desktop.sync.events import MANAGER_NEEDED_CODES as MANAGER_NEEDED_CODES
from kronos_desktop.sync.events import EngineEvent as EngineEvent
from kronos_desktop.sync.events import Phase as Phase
from kronos_desktop.sync.events import RowsChanged as RowsChanged
from kronos_desktop.sync.events import StateChanged as StateChanged
from kronos_desktop.sync.events import SyncState as SyncState
from kronos_desktop.sync.http import Offline, Refused, SignInNeeded, SyncProblem, SyncTransport, UpdateNeeded
from kronos_desktop.sync.local import Counts, LocalSync, PullResult
from kronos_desktop.sync.steps import BATCH_SIZE, PAGE_LIMIT, Progress, SyncSteps

log = logging.getLogger(__name__)

T = TypeVar("T")
EventSource = Callable[[threading.Event], Iterator[str]]

Listener = Callable[[EngineEvent], None]


PROBE_INTERVAL = 3.0  # seconds between probes while offline, jittered to [0.5, 1.5] times this
# A probe answered but the sync it woke still failed (the process is up, its database is not):
# probe ten times less often, so that such a server gets a sync a desk every ~30 s, not every 3 s.
PROBE_AFTER_FALSE_START = 10.0


@dataclass
class Backoff:
    """Jittered exponential backoff: ``base * 2**(n-1)`` seconds capped at ``cap``, times a
    random factor in [0.5, 1] so that desks that failed together do not retry together."""

    base: float = 2.0
    cap: float = 300.0
    rng: random.Random = dataclasses.field(default_factory=random.Random)

    def delay(self, failures: int) -> float:
        if failures <= 0:
            return 0.0
        return min(self.cap, self.base * 2 ** min(failures - 1, 30)) * self.rng.uniform(0.5, 1.0)


class SyncEngine:
    def __init__(
        self,
        store: LocalStore,
        writer: Writer,
        transport: SyncTransport,
        *,
        events: EventSource | None = None,
        poll_interval: float = 60.0,
        backoff: Backoff | None = None,
        batch_size: int = BATCH_SIZE,
        page_limit: int = PAGE_LIMIT,
        clock: Callable[[], float] = time.monotonic,
        server_studio: Callable[[], tuple[uuid.UUID, Role] | None] | None = None,
        names_interval: float = 3600.0,
        names_retry: float = 300.0,
        probe_interval: float = PROBE_INTERVAL,
    ) -> None:
        self.store = store
        self.writer = writer
        self.local = LocalSync(store)
        self.steps = SyncSteps(
            self.local, transport, run_write=self._on_writer, batch_size=batch_size, page_limit=page_limit
        )
        self.steps.on_applied = self._applied
        self.steps.server_studio = server_studio
        self.transport = transport
        self.events_source = events
        self.poll_interval = poll_interval
        self.backoff = backoff or Backoff()
        self.clock = clock
        self._listeners: list[Listener] = []
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._forced = False
        self._stop = threading.Event()
        self._failures = 0
        self._next_at = 0.0  # monotonic time of the next attempt (0: at once)
        # Offline: when to ask whether the server answers again (None: not probing).
        self.probe_interval = probe_interval
        self._probe_at: float | None = None
        self._probe_woke = False  # this sync was woken by a probe's answer
        self._rng = random.Random()
        self._events_retry = threading.Event()  # the event stream: reconnect now
        self._thread: threading.Thread | None = None
        self._events_thread: threading.Thread | None = None
        self._state = SyncState(Phase.IDLE)
        self.cycles = 0
        # The studio's desk names (for the conflicts inbox): asked after a good sync, at the
        # first one, every ``names_interval`` seconds, at once when an open conflict comes from a
        # replica not asked about yet, and again for one still unnamed at most every ``names_retry``.
        self.names_interval = names_interval
        self.names_retry = names_retry
        self._names_due = 0.0
        self._names_retry_at = 0.0
        self._names_asked: set[uuid.UUID] = set()  # unnamed replicas the last question was about
        self._refresh(Phase.IDLE)

    # -- for the UI (any thread; never blocks) -------------------------------------------
    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def state(self) -> SyncState:
        with self._lock:
            return self._state

    def wake(self, reason: str = "local change") -> None:
        """Something changed (a local change, a server event): sync soon. During a backoff a
        local change waits for the retry timer (it is kept safely either way)."""
        log.debug("sync woken: %s", reason)
        self._wake.set()

    def sync_now(self) -> None:
        """Sync at once, even during a backoff (the person asked, or the server spoke)."""
        self._forced = True
        self._wake.set()

    def start(self) -> None:
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._run, name="kronos-sync", daemon=True)
        self._thread.start()
        if self.events_source is not None:
            self._events_thread = threading.Thread(target=self._run_events, name="kronos-sync-events", daemon=True)
            self._events_thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        """Stop the threads (a request in flight is abandoned: it is safe to send again)."""
        self._stop.set()
        self._wake.set()
        self._events_retry.set()
        close = getattr(self.transport, "close", None)
        for thread in (self._thread, self._events_thread):
            if thread is not None and thread is not threading.current_thread():
                thread.join(timeout if close is None else min(timeout, 1.0))
        if close is not None:
            close()  # ends a blocked event stream or request
        for thread in (self._thread, self._events_thread):
            if thread is not None and thread is not threading.current_thread():
                thread.join(timeout)
        self._refresh(Phase.STOPPED)

    # -- the loop ------------------------------------------------------------------------
    def _run(self) -> None:
        while not self._stop.is_set():
            due = self._next_at if self._probe_at is None else min(self._next_at, self._probe_at)
            wait = None if due == float("inf") else max(0.0, due - self.clock())
            woken = self._wake.wait(wait)
            if self._stop.is_set():
                break
            if woken:
                self._wake.clear()
                forced, self._forced = self._forced, False
                if (self._failures or self._next_at == float("inf")) and not forced and self.clock() < self._next_at:
                    self._refresh(self._state.phase)  # the count of waiting changes moved
                    continue
            elif self.clock() < self._next_at and not self._answers_again():
                continue
            self.run_once()

    def _answers_again(self) -> bool:
        """Probe time (offline, before the backoff's retry): whether the server answers now. If
        not, the next probe is planned; if so, the event stream reconnects too."""
        probe = getattr(self.transport, "probe", None)
        if self._probe_at is None or self.clock() < self._probe_at or not callable(probe):
            return False
        try:
            answered = bool(probe())
        except Exception:
            log.debug("probe failed", exc_info=True)
            answered = False
        if not answered:
            self._probe_at = self.clock() + self._probe_delay()
            return False
        log.info("the server answers again: syncing now")
        self._probe_at = None
        self._probe_woke = True
        self._events_retry.set()
        return True

    def _probe_delay(self) -> float:
        return self.probe_interval * self._rng.uniform(0.5, 1.5)

    def run_once(self) -> SyncState:
        """One sync: push before pull, until nothing is left to send. On the engine's thread
        (or a test's)."""
        self.cycles += 1
        self._refresh(Phase.SYNCING)
        phase, detail = Phase.SYNCED, None
        try:
            self.steps.sync(progress=self._progress)
        except SignInNeeded as exc:
            cut_off = getattr(exc, "code", None) in MANAGER_NEEDED_CODES
            phase, detail = (Phase.NEEDS_MANAGER if cut_off else Phase.NEEDS_SIGN_IN), str(exc)
        except UpdateNeeded as exc:
            phase, detail = Phase.NEEDS_UPDATE, str(exc)
        except Offline as exc:
            phase, detail = Phase.OFFLINE, str(exc)
        except (Refused, SyncProblem) as exc:
            phase, detail = Phase.ERROR, str(exc)
        except RuntimeError as exc:
            if self._stop.is_set():  # the writer is shutting down with the app
                return self._refresh(Phase.STOPPED)
            log.exception("sync failed")
            phase, detail = Phase.ERROR, f"{type(exc).__name__}: {exc}"
        except Exception as exc:
            log.exception("sync failed")
            phase, detail = Phase.ERROR, f"{type(exc).__name__}: {exc}"
        now = self.clock()
        self._probe_at = None
        false_start, self._probe_woke = self._probe_woke, False
        if phase is Phase.OFFLINE and callable(getattr(self.transport, "probe", None)):
            self._probe_at = now + self._probe_delay() * (PROBE_AFTER_FALSE_START if false_start else 1.0)
        if phase is Phase.SYNCED:
            if self._failures:
                self._events_retry.set()  # back from a failure: the event stream too
            self._failures = 0
            self._next_at = now + self.poll_interval
            self._fetch_desk_names(now)
        elif phase is Phase.NEEDS_UPDATE:
            self._next_at = float("inf")  # nothing will change until this desk is updated
        else:
            self._failures += 1
            self._next_at = now + self.backoff.delay(self._failures)
            log.info("sync %s (%s); retry in %.1f s", phase.value, detail, self._next_at - now)
        return self._refresh(phase, detail=detail)

    def _fetch_desk_names(self, now: float) -> None:
        """Keep the studio's desk names fresh; a failure here never changes the sync's state."""
        try:
            unnamed = desk_names.unnamed_origins(self.store)
            new = bool(unnamed - self._names_asked)
            if now < self._names_due and not new and (now < self._names_retry_at or not unnamed):
                return
            self._names_retry_at = now + self.names_retry
            self._names_asked = unnamed
            answer = desk_names.fetch(self.transport)
            if answer is None:
                self._names_due = float("inf")  # this transport cannot ask
                return
            changed = self._on_writer(lambda: desk_names.save(self.store, answer))
            self._names_due = now + self.names_interval
        except Exception as exc:
            if self._stop.is_set():
                return
            log.info("desk names not fetched: %s", exc)
            self._names_due = now + self.names_retry
            return
        if changed:
            self._emit(RowsChanged({"desk_name": changed}))

    def _on_writer(self, fn: Callable[[], T]) -> T:
        if self.writer.on_writer_thread():
            return fn()
        return self.writer.submit(fn).result()

    def _applied(self, result: PullResult) -> None:
        if result.changed:
            self._emit(RowsChanged(result.changed))

    def _progress(self, progress: Progress) -> None:
        with self._lock:
            self._state = dataclasses.replace(self._state, progress=progress)
            state = self._state
        self._emit(StateChanged(state))

    def _refresh(self, phase: Phase, *, detail: str | None = None) -> SyncState:
        try:
            counts = self.local.counts()
            status = self.local.status()
        except Exception:  # the file is closing: keep the last counts
            log.debug("sync counts unavailable", exc_info=True)
            counts, status = None, None
        with self._lock:
            old = self._state
            c = counts or Counts(old.pending, old.pending, old.predicted, old.conflicts)
            retry: float | None = None
            if self._failures and self._next_at != float("inf"):
                retry = max(0.0, self._next_at - self.clock())
            self._state = SyncState(
                phase=phase,
                pending=c.pending,
                predicted=c.predicted,
                conflicts=c.conflicts,
                last_sync_at=status.last_sync_at if status is not None else old.last_sync_at,
                progress=None,
                detail=detail,
                retry_in_s=retry,
            )
            state = self._state
        if state != old:
            self._emit(StateChanged(state))
        return state

    def _emit(self, event: EngineEvent) -> None:
        for listener in list(self._listeners):
            try:
                listener(event)
            except Exception:
                log.exception("sync listener failed")

    # -- the server's events -------------------------------------------------------------
    def _run_events(self) -> None:
        assert self.events_source is not None
        failures = 0
        while not self._stop.is_set():
            self._events_retry.clear()  # set from here on: a probe or a sync found the server back
            try:
                for name in self.events_source(self._stop):
                    if name == "open":  # (re)connected: catch up on what was missed
                        failures = 0
                        self.sync_now()
                    elif name == "version":
                        self.sync_now()
            except UpdateNeeded:
                return
            except Exception as exc:
                if self._stop.is_set():
                    return
                failures += 1
                log.info("event stream: %s", exc)
            else:
                failures = max(failures, 1)  # the stream ended: reconnect, not in a tight loop
            self._events_retry.wait(self.backoff.delay(failures))


def standalone_state(store: LocalStore) -> SyncState:
    """The state of a desk with no server: everything it records waits for one."""
    counts = LocalSync(store).counts()
    return SyncState(Phase.STANDALONE, pending=counts.pending, conflicts=counts.conflicts)
