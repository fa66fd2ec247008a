"""``GET /v1/sync/events``: server-sent events telling a studio's desks to pull now.

Every write of a studio's clock queues ``pg_notify('kronos_version', '<studio_id>:<version>')``
in its transaction (:func:`kronos_server.studio_version.write_version`), delivered at commit to every
listener on the database, whichever server process made the change. Each server process holds
ONE listening connection (:class:`VersionHub`, an asyncio task started by the router's lifespan,
reconnecting with backoff if the database drops) and fans each notice out to that process's
subscribers of that studio. After a (re)connection it reads the clock of every studio it has
subscribers for, so a notice lost while it was away still reaches them.

A stream sends ``retry:``, then ``event: version`` / ``data: {"version": N}`` at once (the clock
when it opened) and whenever the clock moves, a comment line as a heartbeat every ~15 s, and
ends after a while (the desk reconnects; the principal is checked again then) or as soon as its
desk is revoked. Versions only grow on a stream: notices that arrive late or twice are dropped.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
import uuid
from collections import defaultdict
from collections.abc import AsyncIterator
from typing import Any

import psycopg
from sqlalchemy import make_url

from kronos_server.studio_version import VERSION_CHANNEL

log = logging.getLogger("kronos_server.sync.events")

HEARTBEAT_S = 15.0
LIFETIME_S = 600.0  # a stream ends after this; the desk reconnects (and is checked again)
RECHECK_S = 60.0  # the desk and its staff member are checked against the database this often
RETRY_MS = 3000
LIVENESS_S = 30.0  # with no notice for this long, the listener checks its connection
BACKOFF_S = (0.5, 1.0, 2.0, 5.0, 10.0)


def connect_kwargs(database_url: str, *, application_name: str = "kronos-server-events") -> dict[str, Any]:
    """psycopg connection arguments from the app's SQLAlchemy URL."""
    url = make_url(database_url)
    kwargs: dict[str, Any] = {
        "host": url.host or "127.0.0.1",
        "port": url.port or 5432,
        "user": url.username,
        "password": url.password,
        "dbname": url.database,
        "application_name": application_name,
        "connect_timeout": 5,
    }
    kwargs.update({k: v for k, v in url.query.items() if isinstance(v, str)})
    return {k: v for k, v in kwargs.items() if v is not None}


class Subscription:
    """One stream's view of its studio's clock: the highest version offered, and a wake-up."""

    def __init__(self, studio_id: uuid.UUID) -> None:
        self.studio_id = studio_id
        self.version = -1
        self._changed = asyncio.Event()

    def offer(self, version: int) -> None:
        if version > self.version:
            self.version = version
            self._changed.set()

    async def wait(self, timeout: float) -> bool:
        """True when the version moved (since the last wait), False after ``timeout``."""
        try:
            await asyncio.wait_for(self._changed.wait(), timeout)
        except TimeoutError:
            return False
        self._changed.clear()
        return True


class VersionHub:
    """One LISTEN connection per process, fanning ``kronos_version`` notices out to subscribers."""

    def __init__(self, database_url: str) -> None:
        self._connect = connect_kwargs(database_url)
        self._subscribers: dict[uuid.UUID, set[Subscription]] = defaultdict(set)
        self._task: asyncio.Task[None] | None = None
        self.listening = asyncio.Event()
        self.connections = 0  # how many times it connected (tests, logs)

    # -- subscribers ----------------------------------------------------------------------
    def subscribe(self, studio_id: uuid.UUID) -> Subscription:
        sub = Subscription(studio_id)
        self._subscribers[studio_id].add(sub)
        return sub

    def unsubscribe(self, sub: Subscription) -> None:
        subs = self._subscribers.get(sub.studio_id)
        if subs is not None:
            subs.discard(sub)
            if not subs:
                del self._subscribers[sub.studio_id]

    def publish(self, studio_id: uuid.UUID, version: int) -> None:
        for sub in list(self._subscribers.get(studio_id, ())):
            sub.offer(version)

    def dispatch(self, payload: str) -> None:
        studio, sep, version = payload.partition(":")
        try:
            if not sep:
                raise ValueError(payload)
            self.publish(uuid.UUID(studio), int(version))
        except ValueError:
            log.warning("ignoring a malformed %s notice: %r", VERSION_CHANNEL, payload[:200])

    # -- the listening connection ---------------------------------------------------------
    async def start(self) -> None:
        if self._task is None:
            self._task = asyncio.create_task(self._run(), name="kronos-version-listener")

    async def stop(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self.listening.clear()

    async def _run(self) -> None:
        failures = 0
        while True:
            try:
                await self._listen()
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # psycopg.Error, OSError...: reconnect
                self.listening.clear()
                delay = BACKOFF_S[min(failures, len(BACKOFF_S) - 1)]
                failures += 1
                log.warning("version listener lost its connection (%s); reconnecting in %.1fs", exc, delay)
                await asyncio.sleep(delay)
            else:  # pragma: no cover - _listen only returns by raising
                failures = 0

    async def _listen(self) -> None:
        conn = await psycopg.AsyncConnection.connect(autocommit=True, **self._connect)
        async with conn:
            await conn.execute(f"LISTEN {VERSION_CHANNEL}")
            self.connections += 1
            self.listening.set()
            await self._catch_up(conn)
            while True:
                async for notice in conn.notifies(timeout=LIVENESS_S):
                    self.dispatch(notice.payload)
                await conn.execute("SELECT 1")  # raises if the connection is gone

    async def _catch_up(self, conn: psycopg.AsyncConnection[Any]) -> None:
        """Offer every subscribed studio's current clock (notices may have been missed)."""
        for studio_id in list(self._subscribers):
            async with conn.transaction():
                await conn.execute("select set_config('kronos.studio_id', %s, true)", [str(studio_id)])
                cur = await conn.execute("SELECT version FROM studio_clock WHERE studio_id = %s", [studio_id])
                row = await cur.fetchone()
            if row is not None:
                self.publish(studio_id, int(row[0]))


def version_event(version: int) -> str:
    return f"event: version\ndata: {json.dumps({'version': version})}\n\n"


async def stream(
    sub: Subscription,
    *,
    still_allowed: Any,
    heartbeat_s: float = HEARTBEAT_S,
    lifetime_s: float = LIFETIME_S,
    recheck_s: float = RECHECK_S,
) -> AsyncIterator[str]:
    """The text of one event stream. ``still_allowed`` is an async callable: False ends it."""
    started = checked = time.monotonic()
    sent = -1
    yield f"retry: {RETRY_MS}\n\n"
    while True:
        if sub.version > sent:
            sent = sub.version
            yield version_event(sent)
        now = time.monotonic()
        if now - started >= lifetime_s:
            return
        if now - checked >= recheck_s:
            checked = now
            if not await still_allowed():
                return
        timeout = min(heartbeat_s, max(0.0, lifetime_s - (now - started)))
        if not await sub.wait(timeout) and sub.version <= sent:
            yield ": keep-alive\n\n"
