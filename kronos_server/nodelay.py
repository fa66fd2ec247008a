"""Keep-alive requests answered at once under ``serve --workers N``.

uvicorn binds the listening socket itself when it runs several workers, and creates it with the
protocol left at 0 (uvicorn issue #3149). Accepted connections inherit that protocol number, and
asyncio turns ``TCP_NODELAY`` on only for sockets that say ``IPPROTO_TCP``: Nagle's algorithm
then holds each response until the client's delayed ACK, about 40 ms per keep-alive request on
Linux — a desk's pushes and pulls all pay it. With one worker uvicorn lets asyncio make the
listener, which is right.

:func:`tcp_listeners` wraps ``uvicorn.Config.bind_socket`` so that a TCP listener it makes says
``IPPROTO_TCP`` (the same file descriptor, only the socket object is rebuilt). Remove it once
uvicorn passes the protocol itself (``tests/server/test_nodelay.py`` says when).
"""

from __future__ import annotations

import functools
import socket
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import uvicorn

TCP_FAMILIES = (socket.AF_INET, socket.AF_INET6)


def as_tcp(sock: socket.socket) -> socket.socket:
    """``sock`` (a TCP listener) as a socket object that says ``IPPROTO_TCP``."""
    if sock.family not in TCP_FAMILIES or sock.type != socket.SOCK_STREAM or sock.proto == socket.IPPROTO_TCP:
        return sock
    family, kind = sock.family, sock.type
    return socket.socket(family, kind, socket.IPPROTO_TCP, fileno=sock.detach())


@contextmanager
def tcp_listeners() -> Iterator[None]:
    """While inside, the listeners uvicorn binds for its workers say ``IPPROTO_TCP``."""
    original: Callable[[Any], socket.socket] = uvicorn.Config.bind_socket

    @functools.wraps(original)
    def bind_socket(self: Any) -> socket.socket:
        return as_tcp(original(self))

    uvicorn.Config.bind_socket = bind_socket  # type: ignore[method-assign]
    try:
        yield
    finally:
        uvicorn.Config.bind_socket = original  # type: ignore[method-assign, assignment]
