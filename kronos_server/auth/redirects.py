"""Clients and their redirect URIs, with loopback matching per RFC 8252 §7.3.

A native app listens on a loopback port the OS hands out at each sign-in, so a registered
loopback URI matches on scheme, host (``127.0.0.1`` literally; no name lookup, no ``localhost``)
and path, with any port. Everything else must match exactly. The URI is parsed strictly
first: no user info, fragment, backslash, whitespace or control character gets through, since
those are where parsers disagree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final
from urllib.parse import urlsplit

LOOPBACK_HOST: Final = "127.0.0.1"
MAX_REDIRECT_URI_CHARS: Final = 512
_LOOPBACK_NETLOC = re.compile(r"^127\.0\.0\.1(?::([0-9]{1,5}))?$")
_SAFE = re.compile(r"^[\x21-\x7e]+$")  # printable ASCII, no space


@dataclass(frozen=True)
class Client:
    client_id: str
    name: str
    redirect_uris: tuple[str, ...]


# The desk app is the only client: a public client (no secret), signing in through the system browser.
DESKTOP_CLIENT: Final = Client(
    client_id="kronos-desktop",
    name="KRONOS desk",
    redirect_uris=("http://127.0.0.1/callback",),
)
CLIENTS: Final[dict[str, Client]] = {DESKTOP_CLIENT.client_id: DESKTOP_CLIENT}


def get_client(client_id: str | None) -> Client | None:
    return CLIENTS.get(client_id) if client_id else None


def _loopback_port(netloc: str) -> int | None:
    """The port of a ``127.0.0.1[:port]`` netloc (0 when absent), or None if it is not one."""
    match = _LOOPBACK_NETLOC.fullmatch(netloc)
    if match is None:
        return None
    if match.group(1) is None:
        return 0
    port = int(match.group(1))
    return port if 1 <= port <= 65535 else None


def matches(registered: str, candidate: str) -> bool:
    """Whether ``candidate`` (from a request) is allowed by the ``registered`` redirect URI."""
    if not candidate or len(candidate) > MAX_REDIRECT_URI_CHARS or not _SAFE.fullmatch(candidate):
        return False
    if "\\" in candidate or "#" in candidate:
        return False
    reg = urlsplit(registered)
    if reg.scheme == "http" and _loopback_port(reg.netloc) is not None:
        cand = urlsplit(candidate)
        return (
            cand.scheme == "http"
            and _loopback_port(cand.netloc) is not None
            and cand.path == reg.path
            and cand.query == reg.query
        )
    return candidate == registered


def allowed_redirect(client: Client, candidate: str | None) -> bool:
    return candidate is not None and any(matches(uri, candidate) for uri in client.redirect_uris)
