"""The signed, short-lived state of a sign-in between the browser's requests.

The login form carries a *transaction* (what the desk asked for: client, redirect URI, PKCE
challenge, state), signed with a key of its own derived from the server secret, and bound to
the browser by a random cookie whose hash it holds: a form posted from another site, or by
another browser, does not match. After the password, a guest artist who works in several
studios gets a *login* ticket (the user id, bound to the same transaction) while choosing the
studio, so the password is asked once.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets
import uuid
from dataclasses import dataclass
from typing import Any, Final

import jwt

from kronos_server.auth.tokens import derive_key

ALGORITHM: Final = "HS256"
TX_TTL_S: Final = 15 * 60
LOGIN_TTL_S: Final = 5 * 60
_TX_TYP: Final = "kronos-authz-tx+jwt"
_LOGIN_TYP: Final = "kronos-login+jwt"


class BadTransaction(Exception):
    """A transaction or login ticket that is forged, expired, or from another browser."""


@dataclass(frozen=True)
class AuthorizeRequest:
    client_id: str
    redirect_uri: str
    code_challenge: str
    state: str | None
    desk_name: str


@dataclass(frozen=True)
class Transaction:
    request: AuthorizeRequest
    tx_id: str


def binding_hash(cookie_value: str) -> str:
    return hashlib.sha256(cookie_value.encode()).hexdigest()


def new_binding() -> str:
    return secrets.token_urlsafe(24)


class TransactionSigner:
    def __init__(self, secret: bytes, *, issuer: str) -> None:
        self._key = derive_key(secret, "authorize-transaction")
        self._issuer = issuer
        self._jwt = jwt.PyJWT({"enforce_minimum_key_length": True})

    def _encode(self, typ: str, claims: dict[str, Any], ttl_s: int, now: dt.datetime) -> str:
        iat = int(now.timestamp())
        body = {**claims, "iss": self._issuer, "aud": typ, "iat": iat, "exp": iat + ttl_s}
        return self._jwt.encode(body, self._key, algorithm=ALGORITHM, headers={"typ": typ})

    def _decode(self, typ: str, token: str) -> dict[str, Any]:
        if not token or len(token) > 8192:
            raise BadTransaction("missing or oversized")
        try:
            if jwt.get_unverified_header(token).get("typ") != typ:
                raise BadTransaction("wrong kind of token")
            claims: dict[str, Any] = self._jwt.decode(
                token,
                self._key,
                algorithms=[ALGORITHM],
                audience=typ,
                issuer=self._issuer,
                options={"require": ["exp", "iat", "iss", "aud"]},
            )
        except jwt.PyJWTError as exc:
            raise BadTransaction(str(exc)) from exc
        return claims

    def sign_transaction(self, request: AuthorizeRequest, binding: str, now: dt.datetime) -> tuple[str, str]:
        """The signed transaction and its id."""
        tx_id = secrets.token_urlsafe(16)
        claims = {
            "tx": tx_id,
            "cid": request.client_id,
            "ru": request.redirect_uri,
            "cc": request.code_challenge,
            "st": request.state,
            "dn": request.desk_name,
            "bn": binding_hash(binding),
        }
        return self._encode(_TX_TYP, claims, TX_TTL_S, now), tx_id

    def read_transaction(self, token: str, binding: str | None) -> Transaction:
        claims = self._decode(_TX_TYP, token)
        if not binding or not hmac.compare_digest(str(claims.get("bn", "")), binding_hash(binding)):
            raise BadTransaction("the transaction belongs to another browser")
        try:
            state = claims["st"]
            return Transaction(
                AuthorizeRequest(
                    client_id=str(claims["cid"]),
                    redirect_uri=str(claims["ru"]),
                    code_challenge=str(claims["cc"]),
                    state=None if state is None else str(state),
                    desk_name=str(claims["dn"]),
                ),
                tx_id=str(claims["tx"]),
            )
        except KeyError as exc:
            raise BadTransaction("incomplete transaction") from exc

    def sign_login(self, user_id: uuid.UUID, tx_id: str, now: dt.datetime) -> str:
        return self._encode(_LOGIN_TYP, {"uid": str(user_id), "tx": tx_id}, LOGIN_TTL_S, now)

    def read_login(self, token: str, tx_id: str) -> uuid.UUID:
        claims = self._decode(_LOGIN_TYP, token)
        if not hmac.compare_digest(str(claims.get("tx", "")), tx_id):
            raise BadTransaction("the login ticket belongs to another sign-in")
        try:
            return uuid.UUID(str(claims["uid"]))
        except (KeyError, ValueError) as exc:
            raise BadTransaction("malformed login ticket") from exc
