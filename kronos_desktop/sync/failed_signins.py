"""A member's recent failed sign-ins, as the server keeps them (``GET /v1/staff/{id}/failed-sign-ins``,
owners and managers: kronos_server/auth/failed_signins.py). Only the server sees wrong passwords,
so a standalone desk has none to show. Plain Python, no Qt: it waits on the network, so it runs
off the GUI thread (the staff page's fetcher)."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ValidationError

from kronos_desktop.sync.problems import Offline

if TYPE_CHECKING:
    from kronos_desktop.sync.http import HttpTransport


class _Attempt(BaseModel):
    at: dt.datetime
    address: str
    from_enrolled_desk: bool = False
    desk_id: uuid.UUID | None = None
    desk_name: str | None = None


class _Answer(BaseModel):
    staff_id: uuid.UUID
    locked_until: dt.datetime | None = None
    attempts: list[_Attempt]


@dataclass(frozen=True)
class FailedSignIn:
    at: dt.datetime  # aware UTC
    address: str
    from_enrolled_desk: bool
    desk_name: str | None  # one of this studio's desks, by name


@dataclass(frozen=True)
class FailedSignIns:
    staff_id: uuid.UUID
    locked_until: dt.datetime | None  # sign-ins from unknown devices refused until then
    attempts: tuple[FailedSignIn, ...]  # newest first


def _utc(instant: dt.datetime) -> dt.datetime:
    return instant.astimezone(dt.UTC) if instant.tzinfo is not None else instant.replace(tzinfo=dt.UTC)


def parse(answer: dict[str, Any]) -> FailedSignIns:
    """The server's answer (raises :class:`Offline` for one that cannot be read)."""
    try:
        read = _Answer.model_validate(answer)
    except ValidationError as exc:
        raise Offline(f"failed sign-ins: unreadable answer: {exc.error_count()} problem(s)") from exc
    return FailedSignIns(
        staff_id=read.staff_id,
        locked_until=_utc(read.locked_until) if read.locked_until is not None else None,
        attempts=tuple(
            FailedSignIn(_utc(a.at), a.address, a.from_enrolled_desk, a.desk_name)
            for a in sorted(read.attempts, key=lambda a: a.at, reverse=True)
        ),
    )


def fetch(transport: HttpTransport, staff_id: uuid.UUID) -> FailedSignIns:
    """Ask the server through the desk's transport (its token; one refresh on a 401). Raises the
    transport's :class:`~kronos_desktop.sync.http.SyncProblem` kinds (``Refused`` with status 403
    when the desk's role may not see them)."""
    answer: dict[str, Any] = transport.failed_sign_ins(staff_id)
    return parse(answer)
