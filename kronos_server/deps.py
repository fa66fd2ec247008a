"""FastAPI dependencies shared by every router: the settings, the database, the request id."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from kronos_server.db import Database
from kronos_server.settings import Settings


def app_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def app_database(request: Request) -> Database:
    db: Database = request.app.state.db
    return db


def request_id(request: Request) -> str:
    value: str = getattr(request.state, "request_id", "")
    return value


SettingsDep = Annotated[Settings, Depends(app_settings)]
DatabaseDep = Annotated[Database, Depends(app_database)]
RequestIdDep = Annotated[str, Depends(request_id)]
