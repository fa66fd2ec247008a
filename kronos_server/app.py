"""The FastAPI application of the central server.

``create_app()`` builds it from :class:`Settings` (``get_settings()`` when none is given):
``app.state.settings``, ``app.state.db`` (the app role's :class:`Database`), the middleware of
:mod:`kronos_server.middleware`, problem documents for every error, ``/healthz``, ``/readyz``,
``/metrics``, every router of :mod:`kronos_server.auth` and :mod:`kronos_server.sync`, and
``/v1/desks/names`` (:mod:`kronos_server.desk_names`). CORS stays closed: there is no CORS
middleware, so no ``Access-Control-*`` header is ever sent.

For uvicorn with several workers: ``uvicorn kronos_server.app:create_app --factory``.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from sqlalchemy.exc import DataError, DBAPIError, IntegrityError, OperationalError
from starlette.exceptions import HTTPException as StarletteHTTPException

import kronos_server.auth
import kronos_server.sync
from kronos_server import desk_names, health, metrics
from kronos_server.auth import invitations
from kronos_server.db import Database
from kronos_server.middleware import KronosMiddleware
from kronos_server.problems import ProblemError, problem, problem_type
from kronos_server.settings import Settings, get_settings

log = logging.getLogger("kronos_server.app")


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    db = Database.from_settings(settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        log.info("kronos-server starting", extra={"env": settings.env, "public_url": settings.public_url})
        try:
            yield
        finally:
            db.dispose()
            metrics.mark_process_dead()

    app = FastAPI(
        title="KRONOS central server",
        version="1",
        lifespan=lifespan,
        docs_url="/docs" if settings.is_development else None,
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    app.state.settings = settings
    app.state.db = db

    _install_exception_handlers(app)
    app.add_middleware(KronosMiddleware, max_body_bytes=settings.max_body_bytes)

    app.include_router(health.router)
    app.add_api_route("/metrics", metrics_endpoint, methods=["GET"], include_in_schema=False)
    for router in (*kronos_server.auth.routers, desk_names.router, *kronos_server.sync.routers):
        app.include_router(router)
    app.include_router(invitations.router)  # the invitee's page (HTML), outside the /v1 API
    app.include_router(invitations.api_router)
    return app


def metrics_endpoint(request: Request) -> Response:
    settings: Settings = request.app.state.settings
    if settings.metrics_token is not None:
        expected = f"Bearer {settings.metrics_token.get_secret_value()}".encode()
        given = request.headers.get("authorization", "").encode()
        if not secrets.compare_digest(given, expected):
            raise ProblemError(401, detail="/metrics needs the metrics token.", headers={"WWW-Authenticate": "Bearer"})
    body, content_type = metrics.exposition()
    return Response(body, media_type=content_type)


# -- problem documents ------------------------------------------------------------------------
def _instance(request: Request) -> str:
    return request.url.path


def _validation_errors(errors: Sequence[Any]) -> list[dict[str, Any]]:
    """FastAPI's errors without the offending input (it may be a password) or its context."""
    cleaned: list[dict[str, Any]] = []
    for err in errors:
        item: dict[str, Any] = err if isinstance(err, dict) else {"msg": str(err)}
        cleaned.append(
            {
                "loc": [str(part) for part in item.get("loc", ())],
                "msg": str(item.get("msg", "")),
                "type": str(item.get("type", "")),
            }
        )
    return cleaned


async def _on_validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = _validation_errors(exc.errors())
    if any(err["type"] == "json_invalid" for err in errors):
        return problem(
            400,
            "Malformed JSON",
            "The request body is not valid JSON.",
            problem_type("malformed-json"),
            instance=_instance(request),
            extra={"errors": errors},
        )
    return problem(
        422,
        "Invalid Request",
        "The request does not have the expected shape; see errors.",
        problem_type("invalid-request"),
        instance=_instance(request),
        extra={"errors": errors},
    )


async def _on_http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    if isinstance(exc, ProblemError):
        return exc.to_response(instance=_instance(request))
    if exc.status_code in (204, 304):
        return Response(status_code=exc.status_code, headers=exc.headers)
    detail: str | None = exc.detail or None
    return problem(exc.status_code, detail=detail, instance=_instance(request), headers=exc.headers)


async def _on_database_unavailable(request: Request, exc: Exception) -> JSONResponse:
    """A transient database failure (connection lost, serialization failure, deadlock): 503."""
    log.warning("database unavailable: %s", type(exc).__name__, exc_info=exc)
    return problem(
        503,
        "Service Unavailable",
        "The database is not available right now; nothing was changed. Try again shortly.",
        problem_type("database-unavailable"),
        instance=_instance(request),
        headers={"Retry-After": "5"},
    )


async def _on_data_error(request: Request, exc: Exception) -> JSONResponse:
    """A value the database cannot store (a NUL byte, too long, out of range): bad input, 422.

    A backstop: routes validate their input first; this keeps what slips through from a 500."""
    log.warning("database refused a value: %s", exc.__cause__ or exc)
    return problem(
        422,
        "Unstorable Value",
        "A value in the request cannot be stored (e.g. a NUL character, or too long).",
        problem_type("unstorable-value"),
        instance=_instance(request),
    )


async def _on_integrity_error(request: Request, exc: Exception) -> JSONResponse:
    """A constraint refused the change (a duplicate, an unknown reference): 409, as a backstop."""
    log.warning("database constraint refused a change: %s", exc.__cause__ or exc)
    return problem(
        409,
        "Conflict",
        "The change conflicts with data already stored (a duplicate or an unknown reference).",
        problem_type("constraint-conflict"),
        instance=_instance(request),
    )


def _install_exception_handlers(app: FastAPI) -> None:
    app.add_exception_handler(RequestValidationError, _on_validation_error)
    app.add_exception_handler(StarletteHTTPException, _on_http_error)
    app.add_exception_handler(OperationalError, _on_database_unavailable)
    app.add_exception_handler(DataError, _on_data_error)
    app.add_exception_handler(IntegrityError, _on_integrity_error)

    async def _on_dbapi_error(request: Request, exc: Exception) -> Response:
        # A DBAPIError that is not transient is a bug: the middleware answers 500 and logs it.
        if isinstance(exc, DBAPIError) and exc.connection_invalidated:
            return await _on_database_unavailable(request, exc)
        raise exc

    app.add_exception_handler(DBAPIError, _on_dbapi_error)
