"""Driving the sign-in as the desk and its system browser do, over HTTP (httpx or a TestClient)."""

from __future__ import annotations

import html
import re
import secrets
from dataclasses import dataclass
from typing import Any, Protocol
from urllib.parse import parse_qs, urlsplit

from kronos_server.auth import pkce

CLIENT_ID = "kronos-desktop"
_HIDDEN = re.compile(r'<input type="hidden" name="(\w+)" value="([^"]*)">')
_RADIO = re.compile(r'<input type="radio" name="staff_id" value="([^"]+)"')


class HttpClient(Protocol):
    def get(self, url: str, **kwargs: Any) -> Any: ...
    def post(self, url: str, **kwargs: Any) -> Any: ...


def redirect_uri(port: int = 51234, path: str = "/callback", host: str = "127.0.0.1") -> str:
    return f"http://{host}:{port}{path}"


@dataclass
class Attempt:
    """One sign-in in progress: the desk's secrets and the browser's page."""

    verifier: str
    state: str
    redirect_uri: str
    page: Any  # the response of the last page

    def hidden(self) -> dict[str, str]:
        return {name: html.unescape(value) for name, value in _HIDDEN.findall(self.page.text)}

    def studio_choices(self) -> list[str]:
        return _RADIO.findall(self.page.text)


def start(client: HttpClient, *, uri: str | None = None, lang: str | None = None, **extra: str) -> Attempt:
    verifier = secrets.token_urlsafe(48)
    state = secrets.token_urlsafe(12)
    uri = uri or redirect_uri()
    params = {
        "response_type": "code",
        "client_id": CLIENT_ID,
        "redirect_uri": uri,
        "code_challenge": pkce.challenge_for(verifier),
        "code_challenge_method": "S256",
        "state": state,
        **({"lang": lang} if lang else {}),
        **extra,
    }
    page = client.get("/oauth/authorize", params=params)
    return Attempt(verifier, state, uri, page)


def submit(client: HttpClient, attempt: Attempt, email: str, password: str, desk_name: str = "Balcão 1") -> Any:
    form = attempt.hidden()
    form.update({"email": email, "password": password, "desk_name": desk_name})
    response = client.post("/oauth/authorize", data=form, follow_redirects=False)
    attempt.page = response
    return response


def choose(client: HttpClient, attempt: Attempt, staff_id: str) -> Any:
    form = attempt.hidden()
    form["staff_id"] = staff_id
    response = client.post("/oauth/authorize", data=form, follow_redirects=False)
    attempt.page = response
    return response


def code_from(response: Any, attempt: Attempt) -> str:
    assert response.status_code == 302, (response.status_code, response.text[:500])
    location = response.headers["location"]
    parts = urlsplit(location)
    assert f"{parts.scheme}://{parts.netloc}{parts.path}" == attempt.redirect_uri
    query = parse_qs(parts.query)
    assert query["state"] == [attempt.state]
    return query["code"][0]


def exchange(
    client: HttpClient, attempt: Attempt, code: str, *, verifier: str | None = None, uri: str | None = None
) -> Any:
    return client.post(
        "/oauth/token",
        data={
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": uri or attempt.redirect_uri,
            "code_verifier": verifier or attempt.verifier,
            "client_id": CLIENT_ID,
        },
    )


def refresh(client: HttpClient, token: str) -> Any:
    return client.post(
        "/oauth/token", data={"grant_type": "refresh_token", "refresh_token": token, "client_id": CLIENT_ID}
    )


def sign_in(
    client: HttpClient, email: str, password: str, *, desk_name: str = "Balcão 1", choose_staff: str | None = None
) -> dict[str, Any]:
    """The whole flow; returns the token response's JSON."""
    attempt = start(client)
    assert attempt.page.status_code == 200, attempt.page.text[:500]
    response = submit(client, attempt, email, password, desk_name)
    if choose_staff is not None:
        assert response.status_code == 200, response.text[:500]
        response = choose(client, attempt, choose_staff)
    code = code_from(response, attempt)
    token = exchange(client, attempt, code)
    assert token.status_code == 200, token.text
    body: dict[str, Any] = token.json()
    return body


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}
