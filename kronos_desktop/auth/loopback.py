"""The loopback redirect of a native app's sign-in (RFC 8252 §7.3): a tiny HTTP server on
``127.0.0.1``, on a port the OS picks at each sign-in, waiting for the browser to come back
with ``?code=...&state=...``.

It answers the browser with a short page in Portuguese and English ("you can close this tab"),
never logs the request line (it holds the code), and checks ``state`` before anything else.
"""

from __future__ import annotations

import hmac
import logging
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Final
from urllib.parse import parse_qs, urlsplit

from kronos_desktop.auth.errors import AuthError, ErrorKind

log = logging.getLogger(__name__)

HOST: Final = "127.0.0.1"
CALLBACK_PATH: Final = "/callback"

_STYLE = (
    "body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;background:#f6f5f8;color:#1f1b24;"
    "display:flex;min-height:90vh;align-items:center;justify-content:center;margin:0}"
    "main{background:#fff;border:1px solid #e2dde8;border-radius:10px;padding:28px 36px;max-width:520px}"
    "h1{font-size:1.3em;margin:0 0 .6em}p{margin:.4em 0;line-height:1.45}.en{color:#6b6575}"
    ".mark{font-size:2em;color:#4a148c}"
)


def _page(title: str, pt: str, en: str, mark: str) -> bytes:
    return (
        '<!doctype html><html lang="pt-BR"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width"><title>{title}</title><style>{_STYLE}</style></head>'
        f'<body><main><div class="mark" aria-hidden="true">{mark}</div><h1>{title}</h1>'
        f'<p>{pt}</p><p class="en" lang="en">{en}</p></main></body></html>'
    ).encode()


DONE_PAGE: Final = _page(
    "KRONOS",
    "Pronto! Este computador está conectado. Você já pode fechar esta aba e voltar ao KRONOS.",
    "Done! This computer is connected. You can close this tab and go back to KRONOS.",
    "&#10003;",
)
FAILED_PAGE: Final = _page(
    "KRONOS",
    "A conexão não foi concluída. Feche esta aba e veja a mensagem no KRONOS.",
    "The connection was not completed. Close this tab and see the message in KRONOS.",
    "!",
)
STALE_PAGE: Final = _page(
    "KRONOS",
    "Esta página de conexão não vale mais. Feche esta aba e volte ao KRONOS.",
    "This sign-in page is no longer valid. Close this tab and go back to KRONOS.",
    "!",
)
_HEADERS: Final = {
    "Content-Type": "text/html; charset=utf-8",
    "Cache-Control": "no-store",
    "Referrer-Policy": "no-referrer",
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'",
    "X-Content-Type-Options": "nosniff",
}


@dataclass(frozen=True, repr=False)
class Callback:
    """What the browser brought back: a code, or an error (``repr`` never shows the code)."""

    code: str | None
    issuer: str | None
    error: AuthError | None

    def __repr__(self) -> str:
        return f"Callback(code={'…' if self.code else None}, issuer={self.issuer!r}, error={self.error!r})"


class LoopbackListener:
    """Listens on ``127.0.0.1:<random port>`` for the one callback of one sign-in."""

    def __init__(self, expected_state: str, notify: threading.Event) -> None:
        self._expected_state = expected_state
        self._notify = notify
        self._lock = threading.Lock()
        self.result: Callback | None = None
        self._server = ThreadingHTTPServer((HOST, 0), self._handler_class())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, name="kronos-signin-listener", daemon=True)

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    @property
    def redirect_uri(self) -> str:
        return f"http://{HOST}:{self.port}{CALLBACK_PATH}"

    def start(self) -> None:
        self._thread.start()

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    # -- the callback ----------------------------------------------------------------------
    def _receive(self, query: str) -> bytes:
        params = {key: values[0] for key, values in parse_qs(query, keep_blank_values=True).items()}
        with self._lock:
            if self.result is not None:
                return STALE_PAGE
            state = params.get("state", "")
            if not hmac.compare_digest(state.encode(), self._expected_state.encode()):
                result = Callback(
                    None, None, AuthError(ErrorKind.STATE_MISMATCH, "the callback's state is not this sign-in's")
                )
            elif "error" in params:
                detail = params["error"] + (f": {params['error_description']}" if "error_description" in params else "")
                result = Callback(None, params.get("iss"), AuthError(ErrorKind.DENIED, detail[:500]))
            elif params.get("code"):
                result = Callback(params["code"], params.get("iss"), None)
            else:
                result = Callback(None, None, AuthError(ErrorKind.PROTOCOL, "the callback has neither code nor error"))
            self.result = result
        return DONE_PAGE if result.error is None else FAILED_PAGE

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        listener = self

        class Handler(BaseHTTPRequestHandler):
            server_version = "KRONOS-desk"
            sys_version = ""
            timeout = 10

            def do_GET(self) -> None:
                parts = urlsplit(self.path)
                if parts.path != CALLBACK_PATH:
                    self._answer(404, b"")
                    return
                body = listener._receive(parts.query)
                self._answer(200, body)
                listener._notify.set()

            def _answer(self, status: int, body: bytes) -> None:
                self.send_response(status)
                for key, value in _HEADERS.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Connection", "close")
                self.end_headers()
                self.wfile.write(body)
                self.wfile.flush()
                self.close_connection = True

            def log_message(self, format: str, *args: object) -> None:
                pass  # the request line holds the authorization code: never logged

        return Handler
