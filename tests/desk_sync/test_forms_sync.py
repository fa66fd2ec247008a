"""Issue 14 across desks, with the real server on loopback and PostgreSQL: a form signed on desk
A with a health-alert answer reaches desk B after a sync, with the alert on the client's record
there (a change of the record itself, not a copy of the form), the form whole with the same
hash, and the questionnaire version it was signed with.

The desks are real SQLite files with the real sync engine (tests/server/desk_live's fixtures,
imported here)."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from kronos_core.forms import content_sha256
from kronos_core.ids import uuid7
from kronos_core.instants import utcnow
from kronos_desktop.ops import forms as ops
from kronos_desktop.store import LocalStore
from kronos_desktop.store.queries import forms as q
from kronos_desktop.store.queries.client_record import read_record
from kronos_desktop.store.queries.viewer import Viewer
from kronos_desktop.sync.inbox import load_inbox
from tests.server.conftest import app_db, central_db, live_server  # noqa: F401  (fixtures)
from tests.server.desk_live.conftest import LiveDesk, LiveStudio, live_auth, live_studio  # noqa: F401
from tests.store.form_rows import QUESTIONS, SIGNATURE

pytestmark = pytest.mark.postgres


@pytest.fixture
def studio(request: pytest.FixtureRequest) -> LiveStudio:
    """tests/server/desk_live's studio on the live server (its fixtures imported above)."""
    found: LiveStudio = request.getfixturevalue("live_studio")
    return found


def _health(store: LocalStore, client_id: uuid.UUID) -> dict[str, str]:
    with store.read_engine.connect() as conn:
        record = read_record(conn, client_id, Viewer.everyone())
    assert record is not None
    return dict(record.health_alerts)


def _publish(desk: LiveDesk) -> uuid.UUID:
    template_id = uuid7()
    ops.publish_template(
        template_id,
        language="pt_BR",
        title="Anamnese",
        questions=QUESTIONS,
        consent_text="Declaro que as informações são verdadeiras.",
        image_use_text="Autorizo o uso de imagem.",
    ).write(desk.store)
    return template_id


def _sign(desk: LiveDesk, template_id: uuid.UUID, client_id: uuid.UUID, witness: uuid.UUID, allergy: str) -> uuid.UUID:
    form_id = uuid7()
    ops.sign_form(
        form_id,
        client_id=client_id,
        template_id=template_id,
        answers={"allergy": {"value": True, "details": allergy}},
        signature=SIGNATURE,
        witness_id=witness,
        signed_at=utcnow() - dt.timedelta(seconds=1),
        image_use=True,
    ).write(desk.store)
    return form_id


def test_a_health_alert_signed_on_one_desk_reaches_the_clients_record_on_another(studio: LiveStudio) -> None:
    a, b = studio.desk("a"), studio.desk("b")
    client_id = uuid7()
    a.apply("client.create", {"client_id": str(client_id), "full_name": "Ana Souza", "allergies": "Penicilina"})
    studio.settle()
    assert _health(b.store, client_id) == {"allergies": "Penicilina"}

    template_id = _publish(a)
    form_id = _sign(a, template_id, client_id, studio.owner_id, "látex")
    assert _health(a.store, client_id)["allergies"] == "Penicilina\nAllergy: látex"
    studio.settle()
    studio.assert_converged()

    assert _health(b.store, client_id) == {"allergies": "Penicilina\nAllergy: látex"}
    with b.store.read_engine.connect() as conn:
        (row,) = q.client_forms(conn, client_id)
        detail = q.form_detail(conn, form_id)
    assert (row.id, row.template_number, row.alerts) == (form_id, 1, [["allergies", "Allergy: látex"]])
    assert detail is not None
    assert detail.form["content_sha256"] == content_sha256(detail.form, detail.template), "the same bytes on B"
    assert detail.form["signature"] == SIGNATURE


def test_an_alert_signed_offline_meets_a_record_edited_elsewhere_and_nothing_is_lost(studio: LiveStudio) -> None:
    a, b = studio.desk("a"), studio.desk("b")
    client_id = uuid7()
    a.apply("client.create", {"client_id": str(client_id), "full_name": "Bia Lima"})
    template_id = _publish(a)
    studio.settle()

    a.net.offline = b.net.offline = True
    _sign(a, template_id, client_id, studio.owner_id, "níquel")
    b.apply(
        "client.update",
        {"client_id": str(client_id), "changes": {"medical_alerts": "Diabetes"}, "seen": {"medical_alerts": None}},
    )
    studio.settle()
    studio.assert_converged()

    for desk in (a, b):
        assert _health(desk.store, client_id) == {"allergies": "Allergy: níquel", "medical_alerts": "Diabetes"}


def test_the_same_field_edited_elsewhere_keeps_the_signed_alert_and_asks_about_the_edit(
    studio: LiveStudio,
) -> None:
    a, b = studio.desk("a"), studio.desk("b")
    client_id = uuid7()
    a.apply("client.create", {"client_id": str(client_id), "full_name": "Caio Reis"})
    template_id = _publish(a)
    studio.settle()

    a.net.offline = b.net.offline = True
    _sign(a, template_id, client_id, studio.owner_id, "látex")
    b.apply(
        "client.update",
        {"client_id": str(client_id), "changes": {"allergies": "Dipirona"}, "seen": {"allergies": None}},
    )
    studio.settle()  # A reaches the server first
    studio.assert_converged()

    for desk in (a, b):
        assert _health(desk.store, client_id) == {"allergies": "Allergy: látex"}
        kinds = [item.kind for item in load_inbox(desk.store.read_engine)]
        assert kinds == ["field_overwrite"], "B's edit waits in the inbox, with both values"
