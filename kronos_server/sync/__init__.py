"""Sync (DESIGN.md, "Sync protocol (v1)"): push, pull and the event stream.

``routers`` lists the FastAPI routers this package serves; the app factory includes them (the
router's lifespan starts the process's one LISTEN connection for the event streams).
"""

from __future__ import annotations

from fastapi import APIRouter

from kronos_server.sync.routes import router

routers: list[APIRouter] = [router]
