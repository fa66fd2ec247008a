"""The sync routes: push, pull and the event stream (DESIGN.md, "Sync protocol (v1)")."""

from __future__ import annotations

import contextlib
import logging
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated, Any, Final

from fastapi import APIRouter, FastAPI, Query, Request
from fastapi.responses import Response, StreamingResponse
from starlette.concurrency import run_in_threadpool

from kronos_core.instants import utcnow
from kronos_core.sync_messages import (
    DEFAULT_PULL_LIMIT,
    MAX_PULL_LIMIT,
    MAX_SCHEMA_VERSION,
    MIN_SCHEMA_VERSION,
    PullResponse,
    PushRequest,
    PushResponse,
    ResultsRequest,
    ResultsResponse,
)
from kronos_server.auth.deps import (
    CurrentClaims,
    CurrentPrincipal,
    Principal,
    load_principal,
    principal_in,
    touch_last_seen,
)
from kronos_server.db import Database
from kronos_server.deps import DatabaseDep
from kronos_server.problems import ProblemError, problem_type
from kronos_server.studio_version import read_version
from kronos_server.sync import events
from kronos_server.sync.pull import read_page, snapshot
from kronos_server.sync.push import DeviceTaken, SequenceReused, device_of, push_in_transaction, register_at_pull
from kronos_server.sync.results import stored_results

log = logging.getLogger("kronos_server.sync")


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    """One LISTEN connection per process for the event streams."""
    hub = events.VersionHub(app.state.settings.database_url)
    app.state.sync_hub = hub
    await hub.start()
    try:
        yield
    finally:
        await hub.stop()
        app.state.sync_hub = None


router = APIRouter(prefix="/v1/sync", tags=["sync"], lifespan=lifespan)

_PROBLEM: Final[dict[str, Any]] = {"content": {"application/problem+json": {}}}
_AUTH: dict[int | str, dict[str, Any]] = {
    401: {**_PROBLEM, "description": "No valid access token (or its desk was revoked)."},
    422: {**_PROBLEM, "description": "The request cannot be read (its shape, or more than 50 mutations)."},
    503: {**_PROBLEM, "description": "The database is not available; nothing was changed. Send it again."},
}
_DEVICE_409: dict[int | str, dict[str, Any]] = {
    409: {
        **_PROBLEM,
        "description": "The device id belongs to another desk, or one of its sequence numbers already belongs "
        "to another mutation (the desk's file was restored or copied): take a new device id and renumber. "
        "Nothing was applied.",
    }
}


def _device_problem(exc: Exception) -> ProblemError:
    slug = "sequence-reused" if isinstance(exc, SequenceReused) else "device-taken"
    return ProblemError(409, "Conflict", str(exc), problem_type(slug))


@router.post(
    "/push",
    response_model=PushResponse,
    responses={
        **_AUTH,
        **_DEVICE_409,
        426: {**_PROBLEM, "description": "This desk's schema_version is outside the server's window: update it."},
    },
)
def push_mutations(body: PushRequest, claims: CurrentClaims, db: DatabaseDep) -> PushResponse:
    """Apply the desk's mutations in order, each exactly once; answer each one's result."""
    if not MIN_SCHEMA_VERSION <= body.schema_version <= MAX_SCHEMA_VERSION:
        raise ProblemError(
            426,
            "Upgrade Required",
            f"this server accepts schema versions {MIN_SCHEMA_VERSION} to {MAX_SCHEMA_VERSION}, "
            f"the desk sent {body.schema_version}; nothing was applied",
            problem_type("schema-version"),
            extra={"min_schema_version": MIN_SCHEMA_VERSION, "max_schema_version": MAX_SCHEMA_VERSION},
        )
    try:
        return push_in_transaction(db, claims, body)
    except (DeviceTaken, SequenceReused) as exc:
        raise _device_problem(exc) from exc


@router.post("/results", response_model=ResultsResponse, responses=_AUTH)
def mutation_results(body: ResultsRequest, principal: CurrentPrincipal, db: DatabaseDep) -> ResultsResponse:
    """The stored results of the studio's mutations named by UUID (at most 500); a UUID the
    studio does not know is left out. Applies nothing."""
    with db.tenant(principal.studio_id) as conn:
        return ResultsResponse(results=stored_results(conn, principal.studio_id, body.uuids))


@router.get("/pull", response_model=PullResponse, responses={**_AUTH, **_DEVICE_409})
def pull_changes(
    claims: CurrentClaims,
    db: DatabaseDep,
    device_id: Annotated[uuid.UUID, Query(description="the desk's replica id")],
    cursor: Annotated[
        str | None,
        Query(
            # No length limit: an over-long cursor is unreadable like any other and answered
            # `reset: true` (a 422 would leave the desk stuck on an error it cannot fix).
            description="`epoch:version` from the last page; omitted on a first pull. One from another epoch, "
            "above the server's clock or unreadable (of any length) is answered `reset: true`.",
        ),
    ] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_PULL_LIMIT)] = DEFAULT_PULL_LIMIT,
) -> Response:
    """The studio's changes after ``cursor`` in version order, one snapshot per page."""
    with snapshot(db, claims.studio_id) as conn:
        principal = principal_in(conn, claims, touch=False)  # checked in the page's own snapshot
        owner, sale_prefix = device_of(conn, device_id)
        if owner is not None and owner != principal.desk_id:
            raise _device_problem(DeviceTaken(f"device {device_id} belongs to another desk"))
        page = read_page(conn, principal.studio_id, device_id, cursor, limit)
    if sale_prefix is None:  # a new device id (or one from before prefixes): registered now, once
        # (Another studio's device id is not registered here: the pull answers without a prefix,
        # as a read; its first push is refused with 409.)
        with contextlib.suppress(DeviceTaken), db.tenant(claims.studio_id) as conn:
            sale_prefix = register_at_pull(conn, principal, device_id, utcnow())
    if sale_prefix is not None:
        page.envelope["sale_prefix"] = sale_prefix
    if principal.seen_due:  # the snapshot is read-only: the desk's last_seen_at in a transaction of its own
        with db.tenant(claims.studio_id) as conn:
            touch_last_seen(conn, principal.desk_id)
    return Response(page.body(), media_type="application/json")


@router.get(
    "/events",
    response_class=StreamingResponse,
    responses={
        **{k: v for k, v in _AUTH.items() if k != 422},
        200: {"content": {"text/event-stream": {}}, "description": "`version` events, heartbeats."},
    },
)
async def version_events(request: Request, principal: CurrentPrincipal, db: DatabaseDep) -> StreamingResponse:
    """Server-sent events: ``event: version`` with ``{"version": N}`` whenever the studio's clock moves."""
    hub: events.VersionHub | None = getattr(request.app.state, "sync_hub", None)
    if hub is None:
        raise ProblemError(503, detail="the event stream is not running", headers={"Retry-After": "5"})
    sub = hub.subscribe(principal.studio_id)  # before reading the clock: nothing falls in between
    try:
        current = await run_in_threadpool(_clock_of, db, principal.studio_id)
    except BaseException:
        hub.unsubscribe(sub)
        raise
    sub.offer(current)

    async def still_allowed() -> bool:
        return await run_in_threadpool(_still_allowed, db, principal)

    state = request.app.state

    async def body() -> AsyncIterator[str]:
        try:
            async for chunk in events.stream(
                sub,
                still_allowed=still_allowed,
                heartbeat_s=getattr(state, "sync_events_heartbeat_s", events.HEARTBEAT_S),
                lifetime_s=getattr(state, "sync_events_lifetime_s", events.LIFETIME_S),
            ):
                yield chunk
        finally:
            hub.unsubscribe(sub)

    return StreamingResponse(
        body(),
        media_type="text/event-stream",
        headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
    )


def _clock_of(db: Database, studio_id: uuid.UUID) -> int:
    with db.tenant(studio_id) as conn:
        return read_version(conn, studio_id)[1]


def _still_allowed(db: Database, principal: Principal) -> bool:
    try:
        with db.tenant(principal.studio_id) as conn:
            load_principal(conn, principal.studio_id, principal.desk_id, principal.staff_id)
    except ProblemError:
        return False
    return True
