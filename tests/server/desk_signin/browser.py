"""The system browser of a sign-in, played by httpx: the one boundary these tests fake.

``FakeBrowser`` is given to the desk as its browser opener. Like a person at a real browser it
loads the server's login page, fills in the form, submits it, and follows the redirect to the
desk's loopback listener — in its own thread, as a real browser runs beside the app.
"""

from __future__ import annotations

import html
import re
import threading
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

import httpx

_HIDDEN = re.compile(r'<input type="hidden" name="(\w+)" value="([^"]*)">')
_FORM_ACTION = re.compile(r'<form method="post" action="([^"]+)"')


@dataclass
class FakeBrowser:
    email: str
    password: str
    desk_name: str = "Balcão 1"
    # "login": sign in; "nothing": the person closes the window; "wrong_state": the callback is
    # tampered with; "deny": the callback carries an OAuth error.
    behaviour: str = "login"
    opened: list[str] = field(default_factory=list)
    pages: list[str] = field(default_factory=list)  # what the browser showed at the end
    errors: list[BaseException] = field(default_factory=list)
    _threads: list[threading.Thread] = field(default_factory=list)

    def __call__(self, url: str) -> bool:
        self.opened.append(url)
        if self.behaviour == "nothing":
            return True
        thread = threading.Thread(target=self._run, args=(url,), name="fake-browser", daemon=True)
        self._threads.append(thread)
        thread.start()
        return True

    def join(self, timeout: float = 10) -> None:
        for thread in self._threads:
            thread.join(timeout)

    def _run(self, url: str) -> None:
        try:
            self._browse(url)
        except BaseException as exc:
            self.errors.append(exc)

    def _browse(self, url: str) -> None:
        with httpx.Client(timeout=10) as http:
            if self.behaviour == "deny":
                redirect_uri = dict(parse_qsl(urlsplit(url).query))["redirect_uri"]
                state = dict(parse_qsl(urlsplit(url).query))["state"]
                page = http.get(redirect_uri, params={"error": "access_denied", "state": state})
                self.pages.append(page.text)
                return
            page = http.get(url)
            assert page.status_code == 200, page.text[:300]
            form = {name: html.unescape(value) for name, value in _HIDDEN.findall(page.text)}
            form.update({"email": self.email, "password": self.password, "desk_name": self.desk_name})
            action = _FORM_ACTION.search(page.text)
            assert action is not None
            answer = http.post(urljoin(url, html.unescape(action.group(1))), data=form)
            assert answer.status_code == 302, answer.text[:300]
            location = answer.headers["location"]
            if self.behaviour == "wrong_state":
                parts = urlsplit(location)
                query = dict(parse_qsl(parts.query))
                query["state"] = "not-the-state-the-desk-sent"
                location = urlunsplit(parts._replace(query=urlencode(query)))
            back = http.get(location)
            self.pages.append(back.text)
