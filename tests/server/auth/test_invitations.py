"""Adding a person by e-mail records an invitation: the manager's answer does not tell whether the
e-mail has a login elsewhere, and the person joins only by accepting it on the server's page
after signing in (declining changes nothing)."""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, pool, text

from kronos_core.roles import Role
from tests.server.auth import flow
from tests.server.auth.flow import bearer, sign_in
from tests.server.conftest import CentralDb, MadeMember, MadeStudio, unique_email

_FORM = re.compile(r'<form method="post" action="/invitations/answer".*?</form>', re.S)
_HIDDEN = re.compile(r'<input type="hidden" name="(\w+)" value="([^"]*)">')


def invitations_page(client: TestClient, email: str, password: str) -> Any:
    """The invitee signs in on the server's invitations page."""
    return client.post("/invitations", data={"email": email, "password": password, "lang": "en"})


def pending(page: Any) -> list[tuple[str, dict[str, str]]]:
    """(the invitation's sentence, its form's hidden fields) for each invitation shown."""
    found = []
    for form in _FORM.findall(page.text):
        sentence = html.unescape(re.search(r"<p>(.*?)</p>", form, re.S).group(1))  # type: ignore[union-attr]
        found.append((sentence, dict(_HIDDEN.findall(form))))
    return found


def answer_invitation(client: TestClient, email: str, password: str, answer: str, studio_name: str) -> Any:
    """Sign in on the page and accept or decline the invitation from ``studio_name``."""
    page = invitations_page(client, email, password)
    assert page.status_code == 200, page.text
    ((_, fields),) = [(s, f) for s, f in pending(page) if s.startswith(studio_name)]
    return client.post("/invitations/answer", data={**fields, "answer": answer})


def _staff_emails(client: TestClient, headers: dict[str, str]) -> set[str]:
    return {s["email"] for s in client.get("/v1/staff", headers=headers).json() if s["email"]}


@pytest.fixture
def owner(client: TestClient, make_studio: Callable[..., MadeStudio]) -> tuple[MadeStudio, dict[str, str]]:
    studio = make_studio("Tinta Forte", owner_name="Ana")
    return studio, bearer(sign_in(client, studio.email, studio.password)["access_token"])


def test_the_managers_answer_is_the_same_whether_or_not_the_email_exists(
    client: TestClient, make_studio: Callable[..., MadeStudio], owner: tuple[MadeStudio, dict[str, str]]
) -> None:
    _, headers = owner
    elsewhere = make_studio("Outro Estúdio")  # a login of another studio
    bodies = {
        "existing login": {"email": elsewhere.email, "initial_password": "an attempt to take over"},
        "new e-mail": {"email": unique_email("new"), "initial_password": "uma senha comprida"},
        "existing, no password": {"email": make_studio("Terceiro").email},
        "new, no password": {"email": unique_email("nopw")},
    }
    answers = {}
    for case, body in bodies.items():
        response = client.post("/v1/staff", json={**body, "display_name": "Guest", "role": "artist"}, headers=headers)
        answers[case] = (response.status_code, tuple(sorted(response.json())), response.json()["status"])
        assert response.json()["email"] == body["email"]
    assert len(set(answers.values())) == 1, answers
    keys = ("color", "created_at", "display_name", "email", "id", "role", "status")
    assert answers["new e-mail"] == (201, keys, "invited")
    # Nobody was attached: the staff list holds only the owner.
    assert _staff_emails(client, headers) == {owner[0].email}


def test_the_invitee_sees_the_invitation_after_signing_in_and_accepting_attaches_them(
    client: TestClient, make_studio: Callable[..., MadeStudio], owner: tuple[MadeStudio, dict[str, str]]
) -> None:
    _, headers = owner
    guest = make_studio("Outro Estúdio")
    invited = client.post(
        "/v1/staff",
        json={"email": guest.email, "display_name": "Guest", "role": "artist", "initial_password": "a takeover try"},
        headers=headers,
    )
    assert invited.status_code == 201
    # Their password is unchanged: the manager's one does not open the page.
    assert invitations_page(client, guest.email, "a takeover try").status_code == 400
    page = invitations_page(client, guest.email, guest.password)
    ((sentence, _),) = pending(page)
    assert sentence == "Tinta Forte invited you to its staff as artist (Guest), sent by Ana."
    done = answer_invitation(client, guest.email, guest.password, "accept", "Tinta Forte")
    assert done.status_code == 200
    assert "You are now on the staff of Tinta Forte" in html.unescape(done.text)
    assert guest.email in _staff_emails(client, headers)
    staff = {s["email"]: s for s in client.get("/v1/staff", headers=headers).json()}
    assert (staff[guest.email]["role"], staff[guest.email]["display_name"]) == ("artist", "Guest")
    # Nothing is left to answer, and the desk sign-in now offers both studios.
    assert pending(invitations_page(client, guest.email, guest.password)) == []
    attempt = flow.start(client)
    flow.submit(client, attempt, guest.email, guest.password)
    assert len(attempt.studio_choices()) == 2


def test_declining_attaches_nobody(
    client: TestClient, make_studio: Callable[..., MadeStudio], owner: tuple[MadeStudio, dict[str, str]]
) -> None:
    _, headers = owner
    guest = make_studio("Outro Estúdio")
    client.post("/v1/staff", json={"email": guest.email, "display_name": "G", "role": "manager"}, headers=headers)
    done = answer_invitation(client, guest.email, guest.password, "decline", "Tinta Forte")
    assert done.status_code == 200
    assert "Invitation from Tinta Forte declined." in html.unescape(done.text)
    assert guest.email not in _staff_emails(client, headers)
    assert pending(invitations_page(client, guest.email, guest.password)) == []
    # The same answer form again changes nothing either.
    attempt = flow.start(client)
    flow.submit(client, attempt, guest.email, guest.password)
    assert attempt.studio_choices() == []  # one studio only: the code goes straight to the desk


def test_a_new_person_signs_in_with_the_initial_password_and_accepts(
    client: TestClient, owner: tuple[MadeStudio, dict[str, str]]
) -> None:
    studio, headers = owner
    email = unique_email("bia")
    client.post(
        "/v1/staff",
        json={"email": email, "display_name": "Bia", "role": "manager", "initial_password": "uma senha comprida"},
        headers=headers,
    )
    # Before answering, the desk's sign-in page says the login has no studio and where to answer.
    attempt = flow.start(client)
    refused = flow.submit(client, attempt, email, "uma senha comprida")
    assert refused.status_code == 403
    assert "/invitations" in refused.text
    assert answer_invitation(client, email, "uma senha comprida", "accept", "Tinta Forte").status_code == 200
    desk = sign_in(client, email, "uma senha comprida")
    assert desk["studio"]["id"] == str(studio.studio_id)


def test_only_the_invited_login_answers_and_a_forged_token_does_nothing(
    client: TestClient,
    central_db: CentralDb,
    make_studio: Callable[..., MadeStudio],
    owner: tuple[MadeStudio, dict[str, str]],
) -> None:
    _, headers = owner
    guest, stranger = make_studio("Outro"), make_studio("Estranho")
    client.post("/v1/staff", json={"email": guest.email, "display_name": "G", "role": "artist"}, headers=headers)
    ((_, fields),) = pending(invitations_page(client, guest.email, guest.password))
    # The stranger sees nothing, and their own token does not answer the guest's invitation.
    stranger_page = invitations_page(client, stranger.email, stranger.password)
    assert pending(stranger_page) == []
    (stranger_token,) = re.findall(r'name="token" value="([^"]*)"', stranger_page.text) or [""]
    forged = {**fields, "token": stranger_token or fields["token"][:-2] + "00", "answer": "accept"}
    assert client.post("/invitations/answer", data=forged).status_code in (401, 409)
    assert client.post("/invitations/answer", data={**fields, "token": "x", "answer": "accept"}).status_code == 401
    assert guest.email not in _staff_emails(client, headers)
    engine = create_engine(central_db.admin_url, poolclass=pool.NullPool)
    with engine.connect() as conn:
        answered = conn.execute(text("SELECT answer FROM staff_invitation WHERE email = :e"), {"e": guest.email})
        assert answered.scalars().all() == [None]
    engine.dispose()


def test_a_manager_cannot_invite_an_owner(
    client: TestClient, make_member: Callable[..., MadeMember], owner: tuple[MadeStudio, dict[str, str]]
) -> None:
    studio, _ = owner
    manager = make_member(studio.studio_id, Role.MANAGER)
    headers = bearer(sign_in(client, manager.email, manager.password)["access_token"])
    body = {"email": unique_email(), "display_name": "X", "role": "owner", "initial_password": "long enough pw"}
    assert client.post("/v1/staff", json=body, headers=headers).status_code == 403
    again = client.post("/v1/staff", json={**body, "role": "artist"}, headers=headers)
    assert again.status_code == 201
    assert client.post("/v1/staff", json={**body, "role": "artist"}, headers=headers).status_code == 409


def test_managers_list_and_cancel_their_studio_s_invitations_only(
    client: TestClient, make_studio: Callable[..., MadeStudio], owner: tuple[MadeStudio, dict[str, str]]
) -> None:
    _, headers = owner
    guest = make_studio("Outro")
    other_headers = bearer(sign_in(client, guest.email, guest.password)["access_token"])
    made = client.post("/v1/staff", json={"email": guest.email, "display_name": "G", "role": "artist"}, headers=headers)
    invitation_id = made.json()["id"]
    listed = client.get("/v1/invitations", headers=headers).json()
    assert [(i["id"], i["email"], i["status"]) for i in listed] == [(invitation_id, guest.email, "invited")]
    # Another studio neither sees it nor cancels it.
    assert client.get("/v1/invitations", headers=other_headers).json() == []
    assert client.delete(f"/v1/invitations/{invitation_id}", headers=other_headers).status_code == 404
    assert len(pending(invitations_page(client, guest.email, guest.password))) == 1
    # Cancelled by its studio, the person no longer sees it, and it is no longer listed.
    assert client.delete(f"/v1/invitations/{invitation_id}", headers=headers).status_code == 204
    assert pending(invitations_page(client, guest.email, guest.password)) == []
    assert client.get("/v1/invitations", headers=headers).json() == []
    assert client.delete(f"/v1/invitations/{invitation_id}", headers=headers).status_code == 404
    # And it may be sent again.
    again = client.post(
        "/v1/staff", json={"email": guest.email, "display_name": "G", "role": "artist"}, headers=headers
    )
    assert again.status_code == 201
