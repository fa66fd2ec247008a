"""The server's outermost middleware (pure ASGI): request id, body limit, CORS refusal,
access log, metrics, and the last word on unexpected errors.

- ``X-Request-ID``: taken from the request when it is a short, plain token, else made; echoed on
  the response and carried by every log line of the request.
- Body size: a ``Content-Length`` above the limit is answered 413 at once; a body that grows
  past it while being read raises a :class:`ProblemError` (413) from ``receive``, which FastAPI
  passes on instead of calling it a parse error.
- CORS stays closed: no ``Access-Control-*`` header is ever sent, and a preflight is refused (403).
- An exception no handler took is logged with its traceback and answered 500 as a problem
  document carrying the request id, never the traceback.
"""

from __future__ import annotations

import logging
import re
import time
import uuid
from typing import Any

from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from kronos_server import metrics
from kronos_server.logs import request_id_var
from kronos_server.problems import ProblemError, problem, problem_type

log = logging.getLogger("kronos_server.errors")
access_log = logging.getLogger("kronos.access")

_REQUEST_ID = re.compile(r"^[A-Za-z0-9._:\-]{1,128}$")
_METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})
_SECURITY_HEADERS = (
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
)


def route_template(scope: Scope) -> str:
    route: Any = scope.get("route")
    path = getattr(route, "path_format", None) or getattr(route, "path", None)
    return path if isinstance(path, str) else metrics.UNMATCHED_ROUTE


class KronosMiddleware:
    def __init__(self, app: ASGIApp, *, max_body_bytes: int) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        headers = Headers(scope=scope)
        incoming = headers.get("x-request-id")
        request_id = incoming if incoming and _REQUEST_ID.match(incoming) else uuid.uuid4().hex
        scope.setdefault("state", {})["request_id"] = request_id
        token = request_id_var.set(request_id)
        method = scope["method"] if scope["method"] in _METHODS else "OTHER"
        started_at = time.perf_counter()
        status = 500
        response_started = False

        async def send_wrapper(message: Message) -> None:
            nonlocal status, response_started
            if message["type"] == "http.response.start":
                response_started = True
                status = int(message["status"])
                out = MutableHeaders(scope=message)
                out["X-Request-ID"] = request_id
                for name, value in _SECURITY_HEADERS:
                    if name.decode() not in out:
                        out.raw.append((name, value))
            await send(message)

        received = 0
        limit = self.max_body_bytes

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise _too_large(limit)
            return message

        metrics.HTTP_IN_PROGRESS.inc()
        try:
            early = _early_refusal(scope, headers, limit)
            if early is not None:
                await early.to_response()(scope, receive, send_wrapper)
            else:
                await self.app(scope, limited_receive, send_wrapper)
        except Exception:
            log.exception("unhandled error while answering %s %s", scope["method"], scope.get("path"))
            if not response_started:
                response = problem(
                    500,
                    detail="Something went wrong on the server; the request id identifies it in the logs.",
                    type_=problem_type("internal-error"),
                    extra={"request_id": request_id},
                )
                await response(scope, receive, send_wrapper)
        finally:
            elapsed = time.perf_counter() - started_at
            metrics.HTTP_IN_PROGRESS.dec()
            route = route_template(scope)
            metrics.record_request(method, route, status, elapsed)
            access_log.info(
                "%s %s %s",
                scope["method"],
                scope.get("path"),
                status,
                extra={
                    "request_id": request_id,
                    "method": scope["method"],
                    "path": scope.get("path"),
                    "route": route,
                    "status": status,
                    "duration_ms": round(elapsed * 1000, 3),
                    "client": (scope.get("client") or ("", 0))[0],
                },
            )
            request_id_var.reset(token)


def _too_large(limit: int) -> ProblemError:
    return ProblemError(
        413,
        "Content Too Large",
        f"The request body is larger than the limit of {limit} bytes.",
        problem_type("body-too-large"),
    )


def _early_refusal(scope: Scope, headers: Headers, limit: int) -> ProblemError | None:
    """A problem to answer before the app runs: a CORS preflight, or a body known to be too large."""
    if scope["method"] == "OPTIONS" and "origin" in headers and "access-control-request-method" in headers:
        return ProblemError(
            403,
            "Cross-Origin Request Refused",
            "This server does not serve cross-origin requests.",
            problem_type("cors-refused"),
        )
    length = headers.get("content-length")
    if length is not None:
        if not length.isdigit():
            return ProblemError(400, detail="The Content-Length header is not a number.")
        if int(length) > limit:
            return _too_large(limit)
    return None
