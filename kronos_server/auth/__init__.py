"""Sign-in for desks: OAuth 2.0 for native apps (RFC 8252), JWT access tokens, desks and staff.

``routers`` lists the FastAPI routers this package serves; the app factory includes them.
"""

from __future__ import annotations

from fastapi import APIRouter

from kronos_server.auth.failed_signins import router as failed_signins_router
from kronos_server.auth.known_desk import router as known_desk_router
from kronos_server.auth.oauth import router as oauth_router
from kronos_server.auth.studio_admin import router as studio_router
from kronos_server.auth.token_endpoints import router as token_router

routers: list[APIRouter] = [oauth_router, token_router, known_desk_router, studio_router, failed_signins_router]
