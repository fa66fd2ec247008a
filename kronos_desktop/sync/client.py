"""The sync protocol, desk side, as plain synchronous steps: push, pull, sync.

This is ``tests/sync_model/model.py``'s ``Desk`` on a real SQLite file and a real transport.
The engine (:mod:`kronos_desktop.sync.engine`) runs these steps on its own thread; tests call
them directly. Writes go through ``run_write`` (the engine passes "run it on the writer thread
and wait"); network calls happen on the calling thread.
"""

from __future__ import annotations

import datetime as dt
import enum
import logging
import uuid
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, TypeVar

from kronos_core.instants import utcnow
from kronos_core.roles import Role
from kronos_core.sync_messages import MAX_RESULTS_ASKED, ResultsResponse
from kronos_desktop.sync.local import LocalSync, PullApplied, PullResult, PushRecorded
from kronos_desktop.sync.transport import DeviceConflict, Transport
from kronos_desktop.sync.wire import PullAnswer, PushAnswer, push_body

log = logging.getLogger(__name__)

T = TypeVar("T")
RunWrite = Callable[[Callable[[], T]], T]

BATCH_SIZE = 50  # the server runs each mutation in a savepoint and holds at most ~50 per transaction
PAGE_LIMIT = 500


class PushStep(enum.Enum):
    NOTHING = "nothing"  # nothing left to push
    PROGRESS = "progress"
    NO_PROGRESS = "no_progress"  # a gap: stop pushing and pull
    RENUMBERED = "renumbered"  # 409: new device id
    RESET = "reset"  # the answer came from another server epoch


class PullStep(enum.Enum):
    APPLIED = "applied"
    INTERRUPTED = "interrupted"  # stopped before the last page (kept aside, resumable)
    RENUMBERED = "renumbered"
    RESET = "reset"
    STALE = "stale"


@dataclass(frozen=True)
class Progress:
    """What the sync is doing: ``phase`` is "push", "download" or "apply"; ``total`` may be
    unknown (None) while downloading."""

    phase: str
    done: int
    total: int | None = None
    full_download: bool = False


ProgressFn = Callable[[Progress], None]


def _direct(fn: Callable[[], T]) -> T:
    return fn()


class SyncClient:
    def __init__(
        self,
        local: LocalSync,
        transport: Transport,
        *,
        run_write: RunWrite[Any] | None = None,
        batch_size: int = BATCH_SIZE,
        page_limit: int = PAGE_LIMIT,
    ) -> None:
        self.local = local
        self.transport = transport
        self.run_write: RunWrite[Any] = run_write or _direct
        self.batch_size = batch_size
        self.page_limit = page_limit
        self.last_pull: PullResult | None = None
        # Called (on the calling thread) after each applied pull, with the rows it changed.
        self.on_applied: Callable[[PullResult], None] | None = None
        # The server's studio and the desk's role there, when known (a signed-in session): a
        # standalone desk joins that studio before its first push.
        self.server_studio: Callable[[], tuple[uuid.UUID, Role] | None] | None = None

    # -- push ----------------------------------------------------------------------------
    def push_once(self, batch_size: int | None = None) -> PushStep:
        """Send the next batch of pending mutations after ``pushed_upto``."""
        device_id, items = self.local.next_batch(batch_size or self.batch_size)
        if not items:
            return PushStep.NOTHING
        try:
            body = self.transport.push(push_body(device_id, items))
        except DeviceConflict:
            log.warning("409 on push: this file's sequence numbers belong to another file")
            self.run_write(self.local.take_new_identity)
            return PushStep.RENUMBERED
        answer = PushAnswer.model_validate(body)
        recorded = self.run_write(lambda: self.local.record_push(device_id, items, answer))
        return {
            PushRecorded.PROGRESS: PushStep.PROGRESS,
            PushRecorded.NO_PROGRESS: PushStep.NO_PROGRESS,
            PushRecorded.RESET: PushStep.RESET,
            PushRecorded.STALE: PushStep.RENUMBERED,
        }[recorded]

    def push(self, progress: ProgressFn | None = None, *, batch_size: int | None = None) -> PushStep:
        """Push batch after batch until everything is sent, a gap, a 409 or a reset. Progress
        counts what is not yet acknowledged, so a push that resumes shows how far it got."""
        counts = self.local.counts()
        total, reported = counts.pending, False
        while True:
            if progress is not None and counts.unsent:
                progress(Progress("push", total - counts.unsent, total))
                reported = True
            step = self.push_once(batch_size)
            if step is not PushStep.PROGRESS:
                if progress is not None and reported and step is PushStep.NOTHING:
                    progress(Progress("push", total, total))
                return step
            counts = self.local.counts()

    # -- pull ----------------------------------------------------------------------------
    def pull(
        self,
        limit: int | None = None,
        *,
        max_pages: int | None = None,
        progress: ProgressFn | None = None,
    ) -> PullStep:
        """Pull from the cursor until ``has_more`` is false (pages kept aside, so an interrupted
        pull continues where it stopped), then apply them all and rebase, in one transaction."""
        status = self.local.status()
        if status is None:
            raise RuntimeError("the desk has no replica identity yet")
        stored = self.local.stored_pages()
        cursor = stored.next_cursor if stored.count else (str(status.cursor) if status.cursor else None)
        full = status.cursor is None
        rows, fetched = stored.rows, 0
        complete = stored.complete
        page_limit = limit or self.page_limit

        def fetch(at: str | None) -> tuple[dict[str, Any], dt.datetime]:
            body = self.transport.pull(status.device_id, at, page_limit)
            return body, utcnow()

        # The next page is requested while this one is kept aside (the server's time and the
        # desk's overlap); a page fetched ahead and not needed is dropped (a pull reads only).
        pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kronos-pull")
        ahead: Future[tuple[dict[str, Any], dt.datetime]] | None = None
        try:
            while not complete:
                if max_pages is not None and fetched >= max_pages:
                    return PullStep.INTERRUPTED
                future, ahead = ahead or pool.submit(fetch, cursor), None
                try:
                    body, received_at = future.result()
                except DeviceConflict:
                    log.warning("409 on pull: this device id belongs to another desk")
                    self.run_write(self.local.take_new_identity)
                    return PullStep.RENUMBERED
                answer = PullAnswer.model_validate(body)
                epoch = answer.position.epoch
                if answer.reset or (status.epoch is not None and epoch != status.epoch):
                    log.warning("pull answered from epoch %s (reset=%s): the desk resets", epoch, answer.reset)
                    self.run_write(lambda e=epoch: self.local.reset(e))  # type: ignore[misc]
                    return PullStep.RESET
                if answer.has_more and (max_pages is None or fetched + 1 < max_pages):
                    ahead = pool.submit(fetch, answer.cursor)
                self.run_write(lambda c=cursor, b=body, t=received_at: self.local.save_page(c, b, t))  # type: ignore[misc]
                fetched += 1
                rows += len(answer.changes)
                cursor = answer.cursor
                complete = not answer.has_more
                if progress is not None:
                    progress(Progress("download", rows, None, full))
        finally:
            pool.shutdown(wait=False, cancel_futures=True)

        def report(applied: int) -> None:
            if progress is not None:
                progress(Progress("apply", applied, rows, full))

        result: PullResult = self.run_write(lambda: self.local.apply_pull(report))
        self.last_pull = result
        if self.on_applied is not None and result.outcome is PullApplied.APPLIED:
            self.on_applied(result)
        return {
            PullApplied.APPLIED: PullStep.APPLIED,
            PullApplied.NOTHING: PullStep.APPLIED,
            PullApplied.RENUMBERED: PullStep.RENUMBERED,
            PullApplied.STALE: PullStep.STALE,
        }[result.outcome]

    def fetch_missing_results(self) -> int:
        """Ask the server for the results of acknowledged mutations whose push answer this file
        never received (a copy restored, or a file copied to another PC), by UUID alone: their
        old device id may belong to another desk by now. Applies nothing."""
        missing = self.local.missing_results()
        fetched = 0
        for start in range(0, len(missing), MAX_RESULTS_ASKED):
            answer = ResultsResponse.model_validate(self.transport.results(missing[start : start + MAX_RESULTS_ASKED]))
            if answer.results:
                fetched += self.run_write(lambda a=answer: self.local.record_stored_results(a.results))  # type: ignore[misc]
        return fetched

    # -- both ----------------------------------------------------------------------------
    def sync(self, progress: ProgressFn | None = None, *, rounds: int = 10) -> list[PullResult]:
        """Push before pull, again after a renumbering or a reset, until nothing is left to
        send (or ``rounds`` is spent: the engine comes back on its timer). Returns what each
        applied pull did (its changed rows, for the views)."""
        applied: list[PullResult] = []
        target = self.server_studio() if self.server_studio is not None else None
        if target is not None:
            self.run_write(lambda: self.local.join_studio(*target))
        for _ in range(rounds):
            pushed = self.push(progress)
            if pushed in (PushStep.RENUMBERED, PushStep.RESET):
                continue
            pulled = self.pull(progress=progress)
            if pulled is PullStep.APPLIED and self.last_pull is not None:
                applied.append(self.last_pull)
                self.fetch_missing_results()
                if self.local.counts().unsent == 0:
                    return applied
        return applied
