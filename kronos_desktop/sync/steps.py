"""The sync protocol, desk side, as plain synchronous steps: push, pull, sync.

This is ``tests/sync_model/model.py``'s ``Desk`` on a real SQLite file and a real transport.
The engine (:mod:`kronos_desktop.sync.engine`) runs these steps on its own thread; tests call
them directly. Writes go through ``run_write`` (the engine passes "run it on the writer thread
and wait"); network calls happen on the calling thread.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import enum
import gc
import itertools
import logging
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

from kronos_core.instants import utcnow
from kronos_core.roles import Role
from kronos_core.sync_messages import MAX_RESULTS_ASKED, ResultsResponse
from kronos_desktop.sync.fetch_ahead import PagesAhead
from kronos_desktop.sync.http import DeviceConflict, Offline, SyncTransport
from kronos_desktop.sync.local import FetchedPage, LocalSync, PullApplied, PullResult, PushRecorded
from kronos_desktop.sync.wire import PushAnswer, push_body

log = logging.getLogger(__name__)

T = TypeVar("T")
RunWrite = Callable[[Callable[[], T]], T]

BATCH_SIZE = 50  # the server runs each mutation in a savepoint and holds at most ~50 per transaction
PAGE_LIMIT = 5000
APPLY_AT_ONCE = 2  # pages already fetched written in one transaction (a commit rewrites the pages it touched;
# two pages of PAGE_LIMIT keep a local change made meanwhile waiting a fraction of a second)


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


@contextlib.contextmanager
def cycle_collector_paused(pause: bool) -> Iterator[None]:
    """Python's cyclic garbage collector paused (``pause``) for the duration; reference counting
    frees everything as usual. A collector paused by someone else stays paused."""
    was_enabled = gc.isenabled()
    if pause:
        gc.disable()
    try:
        yield
    finally:
        if pause and was_enabled:
            gc.enable()


def _from_elsewhere(page: FetchedPage, epoch: uuid.UUID | None) -> bool:
    """A reset, or a page of another server history than the desk's."""
    return page.answer.reset or (epoch is not None and page.answer.position.epoch != epoch)


def _merged(before: PullResult, after: PullResult) -> PullResult:
    """What two parts of one pull did: ``after``'s outcome (applied if either applied rows).
    ``before``'s changed rows are added to in place (a download's grow page by page)."""
    if before.outcome is not PullApplied.APPLIED:
        return after
    changed = before.changed
    for table, ids in after.changed.items():
        changed.setdefault(table, set()).update(ids)
    outcome = PullApplied.APPLIED if after.outcome in (PullApplied.NOTHING, PullApplied.KEPT_ASIDE) else after.outcome
    acked = before.acked + after.acked
    return PullResult(outcome, changed, acked, after.reapplied, after.predicted, before.rows + after.rows)


class SyncSteps:
    def __init__(
        self,
        local: LocalSync,
        transport: SyncTransport,
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
        claim = self.local.sale_prefix()[1]
        try:
            body = self.transport.push(push_body(device_id, items, claim))
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
        """Pull from the cursor until ``has_more`` is false. Pages are kept aside (so an
        interrupted pull continues where it stopped), then applied all together with the rebase,
        in one transaction. A download into a desk that never completed one (a new desk, or
        after a reset) with nothing pending applies its pages as they come instead, the cursor
        saved with their rows; a change recorded meanwhile sends the rest the kept-aside way.
        The next pages are fetched while the desk writes (:mod:`kronos_desktop.sync.fetch_ahead`)."""
        status = self.local.status()
        if status is None:
            raise RuntimeError("the desk has no replica identity yet")
        stored = self.local.stored_pages()
        cursor = stored.next_cursor if stored.count else (str(status.cursor) if status.cursor else None)
        full = status.cursor is None
        as_they_come = not stored.count and (full or status.last_sync_at is None)
        page_limit = limit or self.page_limit
        downloaded = PullResult(PullApplied.NOTHING)  # what the pages applied as they came did
        rows, taken = stored.rows, 0

        def fetch(at: str | None) -> tuple[dict[str, Any], dt.datetime]:
            body = self.transport.pull(status.device_id, at, page_limit)
            if body.get("since", at) != at:
                # Another request's answer (a proxy's mix-up): taking it could skip a page.
                raise Offline(f"the server's answer is for cursor {body.get('since')!r}, not {at!r}")
            return body, utcnow()

        def prepare(page: FetchedPage) -> FetchedPage:
            return page.prepare(status.studio_id)

        # A download applied as it comes makes no reference cycles, but its hundreds of thousands
        # of short-lived objects would make the cyclic collector walk everything alive, over and over.
        with cycle_collector_paused(as_they_come):
            ahead = None
            if not stored.complete:
                ahead = PagesAhead(fetch, cursor, max_pages=max_pages, prepare=prepare if as_they_come else None)
            try:
                while ahead is not None:
                    if max_pages is not None and taken >= max_pages:
                        return self._finish(downloaded, PullStep.INTERRUPTED)
                    try:
                        pages = ahead.take(
                            APPLY_AT_ONCE if max_pages is None else min(APPLY_AT_ONCE, max_pages - taken)
                        )
                    except DeviceConflict:
                        log.warning("409 on pull: this device id belongs to another desk")
                        self.run_write(self.local.take_new_identity)
                        return self._finish(downloaded, PullStep.RENUMBERED)
                    taken += len(pages)
                    ours = list(itertools.takewhile(lambda p: not _from_elsewhere(p, status.epoch), pages))
                    self._adopt_prefix(status.device_id, ours)
                    if ours and as_they_come:
                        applied: PullResult = self.run_write(lambda ps=ours: self.local.apply_pages(ps))  # type: ignore[misc]
                        if applied.outcome in (PullApplied.RENUMBERED, PullApplied.STALE):
                            return self._finish(_merged(downloaded, applied))
                        as_they_come = applied.outcome is PullApplied.APPLIED
                        if not as_they_come:
                            ahead.prepare = None  # kept aside from now on: written as they are
                        downloaded = _merged(downloaded, applied)
                    elif ours:
                        self.run_write(lambda ps=ours: self.local.save_pages(ps))  # type: ignore[misc]
                    rows += sum(len(p.changes) for p in ours)
                    if progress is not None and ours:
                        progress(Progress("download", rows, None, full))
                    if len(ours) < len(pages):
                        epoch = pages[len(ours)].answer.position.epoch
                        log.warning("pull answered from epoch %s: the desk resets", epoch)
                        self.run_write(lambda e=epoch: self.local.reset(e))  # type: ignore[misc]
                        return self._finish(downloaded, PullStep.RESET)
                    if not pages[-1].answer.has_more:
                        break
            except BaseException:
                self._finish(downloaded)  # what was applied shows, whatever stopped the rest
                raise
            finally:
                if ahead is not None:
                    ahead.close()
        if as_they_come:
            return self._finish(downloaded)

        def report(applied: int) -> None:
            if progress is not None:
                progress(Progress("apply", applied, rows, full))

        result: PullResult = self.run_write(lambda: self.local.apply_pull(report))
        return self._finish(_merged(downloaded, result))

    def _adopt_prefix(self, device_id: uuid.UUID, pages: list[FetchedPage]) -> None:
        """The receipt prefix a pull answer gives this device id, kept when the desk holds another
        (a new desk's first download: it prints with it from its first ticket)."""
        given = next((p.answer.sale_prefix for p in reversed(pages) if p.answer.sale_prefix), None)
        if given is not None and self.local.sale_prefix()[0] != given:
            self.run_write(lambda: self.local.adopt_sale_prefix(device_id, given))

    def _finish(self, result: PullResult, step: PullStep | None = None) -> PullStep:
        """Tell ``on_applied`` what a pull changed (pages applied as they came, too, when a
        later page stopped it); the step it ends with (``step``, or the one its outcome means)."""
        if result.outcome is PullApplied.APPLIED:
            self.last_pull = result
        if self.on_applied is not None and (result.outcome is PullApplied.APPLIED or result.changed):
            self.on_applied(result)
        if step is not None:
            return step
        return {
            PullApplied.APPLIED: PullStep.APPLIED,
            PullApplied.NOTHING: PullStep.APPLIED,
            PullApplied.RENUMBERED: PullStep.RENUMBERED,
            PullApplied.STALE: PullStep.STALE,
            PullApplied.KEPT_ASIDE: PullStep.INTERRUPTED,
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
