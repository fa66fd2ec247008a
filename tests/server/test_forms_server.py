"""Issue 14's forms on the server (in process; real PostgreSQL migrated to head, the app role with
RLS in force): a pushed consent_form.sign applied and pulled back whole, an edit of a signed form
pushed straight to the server refused with a clear code, the append-only trigger catching a raw
UPDATE whoever runs it, and one studio's forms invisible to another's."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, pool, text
from sqlalchemy.exc import DBAPIError

from kronos_core.forms import Template, content_sha256
from kronos_core.ids import derived_id, uuid7
from kronos_core.rows import decode_row
from kronos_core.schema import consent_form, form_template
from kronos_server.db import Database
from tests.core.role_cases import SIGNATURE, template_args
from tests.server.conftest import CentralDb, MadeStudio
from tests.server.sync.conftest import T0, Desk, MakeDesk, book, client_create
from tests.server.sync.conftest import make_desk as make_desk  # the fixture, for this module
from tests.server.sync.test_push_pull import pull_all, push, rows

MakeStudio = Callable[..., MadeStudio]


def sign(desk: Desk, client_id: uuid.UUID, template_id: str, **over: Any) -> dict[str, Any]:
    args: dict[str, Any] = {
        "form_id": str(uuid7()),
        "client_id": str(client_id),
        "template_id": template_id,
        "answers": {"allergy": {"value": True, "details": "látex"}},
        "signature": SIGNATURE,
        "witness_id": str(desk.staff_id),
        "signed_at": T0.isoformat(),
        "health_seen": {"allergies": None},
    }
    return {**args, **over}


def a_signed_form(client: TestClient, desk: Desk) -> tuple[uuid.UUID, dict[str, Any], dict[str, Any]]:
    """A client, a booking, the questionnaire and a form signed for the booking, pushed."""
    ana, booking, template = uuid7(), uuid7(), template_args()
    args = sign(desk, ana, template["template_id"], appointment_id=str(booking))
    answer = push(
        client,
        desk,
        [
            desk.mutation("client.create", client_create(client_id=ana)),
            desk.mutation("appointment.book", book(desk.staff_id, ana, appointment_id=booking)),
            desk.mutation("form_template.publish", template),
            desk.mutation("consent_form.sign", args),
        ],
    )
    assert [r["status"] for r in answer["results"]] == ["applied"] * 4
    return ana, template, args


def test_a_pushed_signature_is_applied_and_pulled_back_whole(
    client: TestClient, make_studio: MakeStudio, make_desk: MakeDesk
) -> None:
    studio = make_studio()
    desk, other = make_desk(studio), make_desk(studio)
    ana, template, args = a_signed_form(client, desk)
    pages = pull_all(client, other)
    form = decode_row(consent_form, rows(pages, "consent_form")[args["form_id"]])
    assert form["answers"] == args["answers"]
    assert form["signature"] == SIGNATURE
    assert form["appointment_id"] == uuid.UUID(args["appointment_id"])
    assert form["alerts"] == [["allergies", "Alergia: látex"]]
    published = Template.from_row(decode_row(form_template, rows(pages, "form_template")[template["template_id"]]))
    assert form["content_sha256"] == content_sha256(form, published), "the server hashed what the desk would"
    # The alert reached the client's record: another desk sees it after a pull.
    assert rows(pages, "client")[str(ana)]["allergies"] == "Alergia: látex"


def test_an_edit_of_a_signed_form_sent_to_the_server_is_refused(
    client: TestClient, app_db: Database, make_studio: MakeStudio, make_desk: MakeDesk
) -> None:
    studio = make_studio()
    desk, other = make_desk(studio), make_desk(studio)
    _, _, args = a_signed_form(client, desk)
    # Another desk "edits" the form: the same form id with other answers and no image-use refusal.
    edit = other.mutation("consent_form.sign", {**args, "answers": {"allergy": {"value": False}}, "image_use": True})
    (result,) = push(client, other, [edit])["results"]
    assert result["status"] == "rejected"
    conflict = rows(pull_all(client, desk), "sync_conflict")[str(derived_id(uuid.UUID(edit["uuid"]), "rejected"))]
    assert conflict["theirs"]["code"] == "append_only"
    assert conflict["theirs"]["params"] == {"what": "consent_form"}
    with app_db.tenant(studio.studio_id) as conn:
        stored = conn.execute(
            text("SELECT answers, image_use FROM consent_form WHERE id = :id"), {"id": args["form_id"]}
        ).one()
    assert (stored.answers, stored.image_use) == (args["answers"], False)


def test_a_raw_update_of_a_signed_form_is_refused_by_the_database(
    client: TestClient, central_db: CentralDb, app_db: Database, make_studio: MakeStudio, make_desk: MakeDesk
) -> None:
    studio = make_studio()
    _, _, args = a_signed_form(client, make_desk(studio))
    # The app role may only insert into it (kronos_server.dbroles: append-only tables are insert-only).
    with pytest.raises(DBAPIError, match="permission denied"), app_db.tenant(studio.studio_id) as conn:
        conn.execute(text("UPDATE consent_form SET image_use = true WHERE id = :id"), {"id": args["form_id"]})
    # Not even the owner of the tables (RLS does not bind it; the trigger does).
    admin = create_engine(central_db.admin_url, poolclass=pool.NullPool)
    try:
        for sql in (
            "UPDATE consent_form SET image_use = true WHERE id = :id",
            "DELETE FROM consent_form WHERE id = :id",
        ):
            with pytest.raises(DBAPIError, match="append_only"), admin.begin() as conn:
                conn.execute(text(sql), {"id": args["form_id"]})
        with admin.connect() as conn:
            assert (
                conn.execute(
                    text("SELECT image_use FROM consent_form WHERE id = :id"), {"id": args["form_id"]}
                ).scalar_one()
                is False
            )
    finally:
        admin.dispose()


def test_one_studios_forms_are_invisible_to_another(
    client: TestClient, app_db: Database, make_studio: MakeStudio, make_desk: MakeDesk
) -> None:
    a, b = make_studio(), make_studio()
    _, _, args = a_signed_form(client, make_desk(a))
    with app_db.tenant(b.studio_id) as conn:
        for table in ("consent_form", "form_template", "session_record", "material"):
            assert conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one() == 0
        # Nor can B write a row into A's studio.
    with pytest.raises(DBAPIError), app_db.tenant(b.studio_id) as conn:
        conn.execute(
            text(
                "INSERT INTO material (id, studio_id, created_at, changed_at, kind, name) "
                "VALUES (:id, :sid, now(), now(), 'ink', 'Preto')"
            ),
            {"id": uuid7(), "sid": a.studio_id},
        )
    with app_db.tenant(a.studio_id) as conn:
        assert conn.execute(text("SELECT count(*) FROM consent_form")).scalar_one() == 1
    # B's desk pulls none of A's forms, and cannot amend one.
    desk_b = make_desk(b)
    assert "consent_form" not in {c["table"] for p in pull_all(client, desk_b) for c in p["changes"]}
    bruno = uuid7()
    (_, result) = push(
        client,
        desk_b,
        [
            desk_b.mutation("client.create", client_create(client_id=bruno)),
            desk_b.mutation("consent_form.sign", sign(desk_b, bruno, args["template_id"], amends_id=args["form_id"])),
        ],
    )["results"]
    assert result["status"] == "rejected"
