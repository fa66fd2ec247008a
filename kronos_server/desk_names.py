"""``GET /v1/desks/names``: which desk is which, for the conflicts inbox of every desk.

A conflict row names the replica (``origin_device``) whose change it was; only the server knows
which enrolled desk each replica belongs to and what the desk is called ("Recepção"). Any staff
member's desk may read the names (a receptionist's inbox names the other desk too); nothing else
of the desks (roles, enroller, when seen, revocation) is in the answer: that stays with
``GET /v1/desks``, for owners and managers. Revoked desks are listed: their past changes still
need a name. The route runs in the caller's studio (a tenant transaction under row-level
security), like every other.
"""

from __future__ import annotations

import uuid
from typing import Final

from fastapi import APIRouter
from pydantic import BaseModel, Field
from sqlalchemy import select

from kronos_server.auth.deps import CurrentPrincipal
from kronos_server.auth.studio_admin import AUTH_RESPONSES
from kronos_server.deps import DatabaseDep
from kronos_server.tables import desk, replica

DESK_NAMES_PATH: Final = "/v1/desks/names"

router = APIRouter(tags=["studio"])


class DeskName(BaseModel):
    id: uuid.UUID = Field(description="the enrolled desk")
    name: str = Field(description="its name, as enrolled or renamed (e.g. “Recepção”)")
    device_ids: list[uuid.UUID] = Field(
        description="its replica ids (database files) the server has seen: a conflict's `origin_device` is one"
    )


class DeskNames(BaseModel):
    desks: list[DeskName]


@router.get(
    DESK_NAMES_PATH,
    response_model=DeskNames,
    responses={401: AUTH_RESPONSES[401]},
)
def desk_names(principal: CurrentPrincipal, db: DatabaseDep) -> DeskNames:
    """The names of the studio's desks (revoked ones included) and their replica ids, for any
    staff member: how a desk names the other desks in its conflicts inbox."""
    query = (
        select(desk.c.id, desk.c.name, replica.c.id.label("device_id"))
        .select_from(desk.outerjoin(replica, replica.c.desk_id == desk.c.id))
        .where(desk.c.studio_id == principal.studio_id)
        .order_by(desk.c.enrolled_at, desk.c.id, replica.c.created_at, replica.c.id)
    )
    found: dict[uuid.UUID, DeskName] = {}
    with db.tenant(principal.studio_id) as conn:
        for row in conn.execute(query):
            entry = found.setdefault(row.id, DeskName(id=row.id, name=row.name, device_ids=[]))
            if row.device_id is not None:
                entry.device_ids.append(row.device_id)
    return DeskNames(desks=list(found.values()))
