"""uvicorn's HTTP/1.1 protocol (h11) with the limits a server facing the internet needs.

uvicorn by itself waits forever for a request's headers or a paused body (one connection each,
a few thousand of them and no one else gets in: "slowloris"), and answers headers over its size
limit with a bare 400. This protocol, used by ``kronos-server serve``:

- closes a connection whose request headers are not complete ``header_timeout_s`` after the
  connection opened or its previous request ended (a total, not reset by each trickled byte);
- closes a connection whose request body pauses longer than ``body_timeout_s`` while the app is
  waiting for it (not while the app itself is busy and has paused reading);
- answers headers larger than ``max_header_bytes`` with ``431 Request Header Fields Too Large``.

The limits come from the settings (``KRONOS_HEADER_TIMEOUT_S``, ``KRONOS_BODY_TIMEOUT_S``,
``KRONOS_MAX_HEADER_BYTES``); a proxy in front applies its own (deploy/README.md).
"""

from __future__ import annotations

import asyncio
from typing import Any

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

from kronos_server.settings import get_settings


def _header_bytes(request: h11.Request) -> int:
    """About the size of the request line and headers as sent."""
    size = len(request.method) + len(request.target) + 12
    return size + sum(len(name) + len(value) + 4 for name, value in request.headers.raw_items())


class LimitedH11Protocol(H11Protocol):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        settings = get_settings()
        self.header_timeout_s = settings.header_timeout_s
        self.body_timeout_s = settings.body_timeout_s
        self.max_header_bytes = settings.max_header_bytes
        self._read_timer: asyncio.TimerHandle | None = None
        self._error_status = 400
        receive = self.conn.next_event

        def next_event() -> Any:
            try:
                event = receive()
            except h11.RemoteProtocolError as exc:
                self._error_status = exc.error_status_hint
                raise
            if isinstance(event, h11.Request):
                self._stop_read_timer()  # the headers are in: the body has its own timer
                # h11 checks its limit only on headers still incomplete; a read that brought
                # them whole (and over the limit) at once is measured here.
                if _header_bytes(event) > self.max_header_bytes:
                    self._error_status = 431
                    raise h11.RemoteProtocolError("request headers too large", error_status_hint=431)
            return event

        self.conn.next_event = next_event  # type: ignore[method-assign]

    # -- timers -------------------------------------------------------------------------------
    def _stop_read_timer(self) -> None:
        if self._read_timer is not None:
            self._read_timer.cancel()
            self._read_timer = None

    def _arm_header_timer(self) -> None:
        self._stop_read_timer()
        self._read_timer = self.loop.call_later(self.header_timeout_s, self._on_header_timeout)

    def _on_header_timeout(self) -> None:
        self._read_timer = None
        if self.conn.their_state is h11.IDLE and not self.transport.is_closing():
            self.transport.close()

    def _arm_body_timer(self) -> None:
        self._stop_read_timer()
        self._read_timer = self.loop.call_later(self.body_timeout_s, self._on_body_timeout)

    def _on_body_timeout(self) -> None:
        self._read_timer = None
        if self.transport.is_closing() or self.conn.their_state is not h11.SEND_BODY:
            return
        if self.flow.read_paused:  # the app is slow, not the client: wait on
            self._arm_body_timer()
            return
        self.transport.close()

    # -- protocol -----------------------------------------------------------------------------
    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm_header_timer()

    def data_received(self, data: bytes) -> None:
        if self.conn.their_state is h11.IDLE and self._read_timer is None:
            self._arm_header_timer()  # the first byte of a kept-alive connection's next request
        super().data_received(data)
        if self.conn.their_state is h11.SEND_BODY:
            self._arm_body_timer()
        elif self.conn.their_state is not h11.IDLE:
            self._stop_read_timer()

    def connection_lost(self, exc: Exception | None) -> None:
        self._stop_read_timer()
        super().connection_lost(exc)

    def send_400_response(self, msg: str) -> None:
        if self._error_status != 431:
            super().send_400_response(msg)
            return
        body = b"Request header fields too large."
        headers = [(b"content-type", b"text/plain; charset=utf-8"), (b"connection", b"close")]
        self.transport.write(self.conn.send(h11.Response(status_code=431, headers=headers)) or b"")
        self.transport.write(self.conn.send(h11.Data(data=body)) or b"")
        self.transport.write(self.conn.send(h11.EndOfMessage()) or b"")
        self.transport.close()
