"""What the auth routes share per app: configuration, the password hasher and the token signers.

Built on first use from ``app.state.settings`` and the ``KRONOS_AUTH_*`` environment; tests may
set ``app.state.auth_config`` (an :class:`AuthConfig`) before the first request to lower the
argon2id cost. Weak hashing is refused in production whatever the configuration says.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request

from kronos_server.auth.config import AuthConfig
from kronos_server.auth.passwords import Hasher
from kronos_server.auth.tokens import AccessTokens
from kronos_server.auth.transactions import TransactionSigner
from kronos_server.settings import Settings

_build_lock = threading.Lock()


@dataclass(frozen=True)
class AuthState:
    settings: Settings
    config: AuthConfig
    hasher: Hasher
    access_tokens: AccessTokens
    signer: TransactionSigner


def build_auth_state(settings: Settings, config: AuthConfig | None = None) -> AuthState:
    config = config or AuthConfig()
    if config.allow_weak_hashing and not settings.is_development:
        raise RuntimeError("KRONOS_AUTH_ALLOW_WEAK_HASHING is for tests; it is refused outside development")
    secret = settings.secret_key.get_secret_value().encode()
    return AuthState(
        settings=settings,
        config=config,
        hasher=Hasher(config),
        access_tokens=AccessTokens(
            secret, issuer=settings.issuer, audience=settings.jwt_audience, ttl_s=settings.access_token_ttl_s
        ),
        signer=TransactionSigner(secret, issuer=settings.issuer),
    )


async def auth_state(request: Request) -> AuthState:
    """The app's auth state (async: a plain lookup, kept off the thread pool)."""
    state = getattr(request.app.state, "kronos_auth", None)
    if state is None:
        with _build_lock:
            state = getattr(request.app.state, "kronos_auth", None)
            if state is None:
                settings: Settings = request.app.state.settings
                config: AuthConfig | None = getattr(request.app.state, "auth_config", None)
                state = build_auth_state(settings, config)
                request.app.state.kronos_auth = state
    assert isinstance(state, AuthState)
    return state


AuthStateDep = Annotated[AuthState, Depends(auth_state)]
