"""PKCE (RFC 7636), S256 only: ``plain`` would hand the verifier to whoever sees the request."""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
from typing import Final

METHOD: Final = "S256"
_VERIFIER = re.compile(r"^[A-Za-z0-9\-._~]{43,128}$")
_CHALLENGE = re.compile(r"^[A-Za-z0-9\-_]{43}$")  # base64url of a SHA-256, unpadded


def challenge_for(verifier: str) -> str:
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def valid_challenge(challenge: str) -> bool:
    return bool(_CHALLENGE.fullmatch(challenge))


def verify(verifier: str, challenge: str) -> bool:
    """Whether ``verifier`` (from the token request) matches the stored S256 ``challenge``."""
    if not _VERIFIER.fullmatch(verifier) or not valid_challenge(challenge):
        return False
    return hmac.compare_digest(challenge_for(verifier), challenge)
