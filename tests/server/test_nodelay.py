"""Keep-alive answers are not held back by Nagle's algorithm under ``serve --workers N``.

The pitfall, on this stack: asyncio turns ``TCP_NODELAY`` on for an accepted connection only when
the listening socket says ``IPPROTO_TCP``, and uvicorn's own listener for several workers says 0
(uvicorn issue #3149), so each keep-alive response waited ~40 ms for the client's delayed ACK.
"""

from __future__ import annotations

import asyncio
import socket

import uvicorn

from kronos_server.nodelay import as_tcp, tcp_listeners


def _listener(proto: int = 0) -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, proto)
    sock.bind(("127.0.0.1", 0))
    return sock


def nodelay_of_accepted(listener: socket.socket) -> int:
    """TCP_NODELAY of the connection an asyncio server accepts on ``listener``."""
    seen: list[int] = []

    async def main() -> None:
        async def handle(_reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            seen.append(writer.get_extra_info("socket").getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
            writer.close()

        server = await asyncio.start_server(handle, sock=listener)
        port = listener.getsockname()[1]
        async with server:
            _reader, writer = await asyncio.open_connection("127.0.0.1", port)
            while not seen:
                await asyncio.sleep(0.01)
            writer.close()

    asyncio.run(main())
    return seen[0]


def test_asyncio_leaves_nagle_on_behind_a_listener_without_its_protocol() -> None:
    assert nodelay_of_accepted(_listener(proto=0)) == 0  # the pitfall, reproduced
    assert nodelay_of_accepted(as_tcp(_listener(proto=0))) != 0  # the same descriptor, rebuilt


def test_the_listener_uvicorn_binds_for_workers_says_tcp_while_serving() -> None:
    config = uvicorn.Config("kronos_server.app:create_app", host="127.0.0.1", port=0, workers=2)
    with tcp_listeners():
        sock = config.bind_socket()
    try:
        assert sock.proto == socket.IPPROTO_TCP
        assert sock.get_inheritable(), "the workers still receive it"
        assert nodelay_of_accepted(sock) != 0
    finally:
        sock.close()


def test_uvicorn_still_needs_the_workaround() -> None:
    """When this fails, uvicorn binds its listener with IPPROTO_TCP itself: delete
    kronos_server/nodelay.py and its use in ``serve``."""
    sock = uvicorn.Config("kronos_server.app:create_app", host="127.0.0.1", port=0, workers=2).bind_socket()
    try:
        assert sock.proto == 0
    finally:
        sock.close()
