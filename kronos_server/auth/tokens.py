"""Access tokens (JWT, HS256 pinned) and opaque secrets (authorization codes, refresh tokens).

Access tokens are signed with a key derived from the server secret (HMAC-SHA256 with a
purpose label), so the same secret never signs two kinds of thing. Verification pins the
algorithm (``HS256`` only: no ``none``, no switch to a public-key algorithm), requires every
claim, checks ``exp``, ``aud`` and ``iss`` with a small leeway, and the header's ``typ``
(``at+jwt``, RFC 9068) so that no other signed object of ours passes as an access token.

Opaque secrets are ``<kind>.<studio hex>.<random>``: the studio part is not secret (it lets
the server open the studio's row-level-security scope before looking the secret up), and
only the SHA-256 of the whole string is stored.

A rotated refresh token's child is not random but derived (:func:`child_refresh`): the HMAC of
the parent token under a key derived from the server secret. The server can therefore answer
the same child again when the parent is presented twice (a lost answer) without ever storing a
token in clear: deriving it takes the parent token itself, which only its holder has, and the
server secret, which the database does not hold.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import secrets
import uuid
from dataclasses import dataclass
from typing import Any, Final

import jwt

from kronos_core.roles import Role

ALGORITHM: Final = "HS256"
ACCESS_TOKEN_TYP: Final = "at+jwt"
LEEWAY_S: Final = 30
MAX_TOKEN_CHARS: Final = 4096
REQUIRED_CLAIMS: Final = ("iss", "aud", "sub", "exp", "iat", "jti", "studio", "desk", "role")

CODE_KIND: Final = "kc1"
REFRESH_KIND: Final = "kr1"


class InvalidToken(Exception):
    """A token that is malformed, forged, expired or meant for someone else."""


def derive_key(secret: bytes, purpose: str) -> bytes:
    """A 32-byte key for one purpose, derived from the server secret."""
    if len(secret) < 32:
        raise ValueError("the server secret must have at least 32 bytes")
    return hmac.new(secret, f"kronos/{purpose}/v1".encode(), hashlib.sha256).digest()


@dataclass(frozen=True)
class AccessClaims:
    staff_id: uuid.UUID
    studio_id: uuid.UUID
    desk_id: uuid.UUID
    role: Role
    jti: str
    issued_at: dt.datetime
    expires_at: dt.datetime


class AccessTokens:
    def __init__(self, secret: bytes, *, issuer: str, audience: str, ttl_s: int) -> None:
        self._key = derive_key(secret, "access-token")
        self.issuer = issuer
        self.audience = audience
        self.ttl_s = ttl_s
        self._jwt = jwt.PyJWT({"enforce_minimum_key_length": True})

    def issue(
        self,
        *,
        staff_id: uuid.UUID,
        studio_id: uuid.UUID,
        desk_id: uuid.UUID,
        role: Role,
        now: dt.datetime,
    ) -> str:
        iat = int(now.timestamp())
        claims: dict[str, Any] = {
            "iss": self.issuer,
            "aud": self.audience,
            "sub": str(staff_id),
            "studio": str(studio_id),
            "desk": str(desk_id),
            "role": role.value,
            "iat": iat,
            "exp": iat + self.ttl_s,
            "jti": secrets.token_urlsafe(16),
        }
        return self._jwt.encode(claims, self._key, algorithm=ALGORITHM, headers={"typ": ACCESS_TOKEN_TYP})

    def verify(self, token: str) -> AccessClaims:
        if not token or len(token) > MAX_TOKEN_CHARS:
            raise InvalidToken("malformed token")
        try:
            header = jwt.get_unverified_header(token)
            if header.get("alg") != ALGORITHM or header.get("typ") != ACCESS_TOKEN_TYP:
                raise InvalidToken("not an access token of this server")
            claims = self._jwt.decode(
                token,
                self._key,
                algorithms=[ALGORITHM],
                audience=self.audience,
                issuer=self.issuer,
                leeway=LEEWAY_S,
                options={"require": list(REQUIRED_CLAIMS)},
            )
        except jwt.PyJWTError as exc:
            raise InvalidToken(str(exc)) from exc
        try:
            exp, iat = int(claims["exp"]), int(claims["iat"])
            return AccessClaims(
                staff_id=uuid.UUID(str(claims["sub"])),
                studio_id=uuid.UUID(str(claims["studio"])),
                desk_id=uuid.UUID(str(claims["desk"])),
                role=Role(str(claims["role"])),
                jti=str(claims["jti"]),
                issued_at=dt.datetime.fromtimestamp(iat, dt.UTC),
                expires_at=dt.datetime.fromtimestamp(exp, dt.UTC),
            )
        except (ValueError, TypeError, OverflowError) as exc:
            raise InvalidToken("malformed claims") from exc


def sha256_hex(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()


def new_opaque(kind: str, studio_id: uuid.UUID) -> str:
    """A fresh secret of ``kind`` for ``studio_id``: 256 random bits."""
    return f"{kind}.{studio_id.hex}.{secrets.token_urlsafe(32)}"


CHILD_REFRESH_PURPOSE: Final = "refresh-token-child"


def child_refresh(key: bytes, parent: str) -> str:
    """The child of the refresh token ``parent`` (same studio), derived with ``key``
    (``derive_key(secret, CHILD_REFRESH_PURPOSE)``): always the same for the same parent."""
    studio_id = opaque_studio(REFRESH_KIND, parent)
    if studio_id is None:
        raise ValueError("not a refresh token")
    mac = hmac.new(key, parent.encode(), hashlib.sha256).digest()
    return f"{REFRESH_KIND}.{studio_id.hex}.{base64.urlsafe_b64encode(mac).rstrip(b'=').decode()}"


def opaque_studio(kind: str, value: str) -> uuid.UUID | None:
    """The studio named by an opaque secret of ``kind``, or None if it is not one."""
    if len(value) > 200:
        return None
    parts = value.split(".")
    if len(parts) != 3 or parts[0] != kind or len(parts[1]) != 32 or not (30 <= len(parts[2]) <= 100):
        return None
    try:
        return uuid.UUID(hex=parts[1])
    except ValueError:
        return None
