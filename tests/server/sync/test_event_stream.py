"""The event stream's text and the hub's fan-out, without a server (asyncio, no database)."""

from __future__ import annotations

import asyncio
import uuid

from kronos_server.sync import events


async def _collect(sub: events.Subscription, n: int, *, allowed: bool = True, **kwargs: float) -> list[str]:
    chunks: list[str] = []

    async def still_allowed() -> bool:
        return allowed

    async for chunk in events.stream(sub, still_allowed=still_allowed, **kwargs):
        chunks.append(chunk)
        if len(chunks) >= n:
            break
    return chunks


def test_a_stream_sends_retry_the_current_version_then_heartbeats() -> None:
    hub = events.VersionHub("postgresql+psycopg://u@127.0.0.1/db")
    studio = uuid.uuid4()

    async def main() -> list[str]:
        sub = hub.subscribe(studio)
        sub.offer(7)
        return await _collect(sub, 4, heartbeat_s=0.01)

    chunks = asyncio.run(main())
    assert chunks[0] == f"retry: {events.RETRY_MS}\n\n"
    assert chunks[1] == 'event: version\ndata: {"version": 7}\n\n'
    assert chunks[2:] == [": keep-alive\n\n"] * 2


def test_versions_only_grow_and_go_only_to_their_studio() -> None:
    hub = events.VersionHub("postgresql+psycopg://u@127.0.0.1/db")
    mine, other = uuid.uuid4(), uuid.uuid4()

    async def main() -> tuple[list[str], int]:
        sub = hub.subscribe(mine)
        elsewhere = hub.subscribe(other)
        sub.offer(3)
        task = asyncio.create_task(_collect(sub, 4, heartbeat_s=5))
        await asyncio.sleep(0.01)
        hub.dispatch(f"{mine}:9")
        hub.dispatch(f"{mine}:8")  # late: dropped
        hub.dispatch("garbage")  # ignored
        hub.dispatch(f"{other}:100")
        await asyncio.sleep(0.01)
        hub.dispatch(f"{mine}:10")
        chunks = await asyncio.wait_for(task, 2)
        hub.unsubscribe(sub)
        hub.unsubscribe(elsewhere)
        return chunks, elsewhere.version

    chunks, other_version = asyncio.run(main())
    assert [c for c in chunks if c.startswith("event:")] == [
        'event: version\ndata: {"version": 3}\n\n',
        'event: version\ndata: {"version": 9}\n\n',
        'event: version\ndata: {"version": 10}\n\n',
    ]
    assert other_version == 100
    assert not hub._subscribers


def test_a_stream_ends_when_its_desk_is_no_longer_allowed_or_its_time_is_up() -> None:
    async def main() -> tuple[list[str], list[str]]:
        sub = events.Subscription(uuid.uuid4())
        sub.offer(1)
        revoked = await _collect(sub, 100, heartbeat_s=0.01, recheck_s=0.0, allowed=False)
        expired = await _collect(events.Subscription(uuid.uuid4()), 100, heartbeat_s=0.01, lifetime_s=0.05)
        return revoked, expired

    revoked, expired = asyncio.run(main())
    assert revoked == [f"retry: {events.RETRY_MS}\n\n", 'event: version\ndata: {"version": 1}\n\n']
    assert expired[0].startswith("retry:")
    assert 1 <= len(expired) < 100


def test_connection_arguments_come_from_the_app_url() -> None:
    kwargs = events.connect_kwargs("postgresql+psycopg://app:s3cret@db.local:6543/kronos?sslmode=require")
    assert kwargs == {
        "host": "db.local",
        "port": 6543,
        "user": "app",
        "password": "s3cret",
        "dbname": "kronos",
        "sslmode": "require",
        "application_name": "kronos-server-events",
        "connect_timeout": 5,
    }
