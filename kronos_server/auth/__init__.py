"""Sign-in for desks: OAuth 2.0 for native apps (RFC 8252), JWT access tokens, desks and staff.

``routers`` lists the FastAPI routers this package serves; the app factory includes them.
"""

from __future__ import annotations

from fastapi import APIRouter

routers: list[APIRouter] = []
