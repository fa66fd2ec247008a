"""Liveness and readiness.

- ``/healthz``: the process answers (no database): restart it when this fails.
- ``/readyz``: the database answers *and* it is at the migrations' head; 503 otherwise, with
  a problem document saying which. Load balancers send traffic only to ready processes.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from sqlalchemy.exc import SQLAlchemyError

from kronos_server import metrics
from kronos_server.db import Database
from kronos_server.deps import DatabaseDep
from kronos_server.migrate import current_revision, head_revision
from kronos_server.problems import problem, problem_type

log = logging.getLogger("kronos_server.health")
router = APIRouter(tags=["health"])


@router.get("/healthz", summary="Liveness: the process answers")
async def healthz() -> dict[str, str]:
    return {"status": "ok"}


def check_ready(db: Database) -> tuple[bool, dict[str, Any]]:
    """(ready, details): the database answers and its revision is the migrations' head."""
    head = head_revision()
    try:
        with db.unscoped() as conn:
            current = current_revision(conn)
    except SQLAlchemyError as exc:
        log.warning("readiness: database unreachable: %s", type(exc).__name__)
        return False, {"database": "unreachable", "head": head}
    if current != head:
        return False, {"database": "ok", "migration": current, "head": head}
    return True, {"database": "ok", "migration": current, "head": head}


@router.get(
    "/readyz",
    summary="Readiness: the database answers and is migrated to head",
    responses={503: {"description": "Not ready (problem document)"}},
)
async def readyz(db: DatabaseDep) -> JSONResponse:
    ready, details = await asyncio.to_thread(check_ready, db)
    metrics.set_db_ready(ready)
    if ready:
        return JSONResponse({"status": "ready", **details})
    if details["database"] != "ok":
        detail = "The database does not answer."
    else:
        detail = f"The database is at migration {details['migration']!r}, not {details['head']!r}: run migrate."
    return problem(
        503,
        "Not Ready",
        detail,
        problem_type("not-ready"),
        headers={"Retry-After": "5"},
        extra={"checks": details},
    )
