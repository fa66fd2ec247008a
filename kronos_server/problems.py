"""Problem documents (RFC 9457, ``application/problem+json``): the body of every error answer.

Raise :class:`ProblemError` anywhere in a request (a route, a dependency, a middleware's
``receive``); the app's exception handlers turn it, FastAPI's validation errors, Starlette's
``HTTPException`` and any unexpected exception into a problem document. A traceback never
leaves the server.
"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

from fastapi import HTTPException
from fastapi.responses import JSONResponse

PROBLEM_MEDIA_TYPE = "application/problem+json"
PROBLEM_TYPE_BASE = "https://kronos.tattoo/problems/"


def problem_type(slug: str) -> str:
    """A stable problem type URI for a KRONOS-specific problem (``about:blank`` otherwise)."""
    return PROBLEM_TYPE_BASE + slug


def status_title(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


def problem_body(
    status: int,
    title: str | None = None,
    detail: str | None = None,
    *,
    type_: str = "about:blank",
    instance: str | None = None,
    extra: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    body: dict[str, Any] = {"type": type_, "title": title or status_title(status), "status": status}
    if detail:
        body["detail"] = detail
    if instance:
        body["instance"] = instance
    for key, value in (extra or {}).items():
        if key not in body:
            body[key] = value
    return body


def problem(
    status: int,
    title: str | None = None,
    detail: str | None = None,
    type_: str = "about:blank",
    *,
    instance: str | None = None,
    headers: Mapping[str, str] | None = None,
    extra: Mapping[str, Any] | None = None,
) -> JSONResponse:
    """A problem-document response."""
    return JSONResponse(
        problem_body(status, title, detail, type_=type_, instance=instance, extra=extra),
        status_code=status,
        headers=dict(headers or {}),
        media_type=PROBLEM_MEDIA_TYPE,
    )


class ProblemError(HTTPException):
    """An HTTP error answered as a problem document.

    ``extra`` adds members to the document (e.g. ``{"errors": [...]}``); ``headers`` go on the
    response (e.g. ``WWW-Authenticate`` for a 401, ``Retry-After`` for a 429 or 503).
    """

    def __init__(
        self,
        status: int,
        title: str | None = None,
        detail: str | None = None,
        type_: str = "about:blank",
        *,
        headers: Mapping[str, str] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(status_code=status, detail=detail, headers=dict(headers) if headers else None)
        self.title = title or status_title(status)
        self.type_ = type_
        self.extra: dict[str, Any] = dict(extra or {})

    def to_response(self, *, instance: str | None = None) -> JSONResponse:
        return problem(
            self.status_code,
            self.title,
            self.detail,
            self.type_,
            instance=instance,
            headers=self.headers,
            extra=self.extra,
        )
