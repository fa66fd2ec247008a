"""The server's answer of desk names, as pydantic reads it (kronos_desktop/sync/desk_names.py
imports it when an answer comes: the desk's start loads no pydantic model)."""

from __future__ import annotations

import uuid

from pydantic import BaseModel


class Desk(BaseModel):
    id: uuid.UUID
    name: str
    device_ids: list[uuid.UUID] = []


class Answer(BaseModel):
    desks: list[Desk]
