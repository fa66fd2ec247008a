"""Before the needle (kronos_core.forms_gate, ops.agenda.set_status) on a real desk file:
checking in or starting a session with no signed form warns under the studio's ``warn`` policy
(nothing written until the person confirms) and is refused under ``block``; a signed form for
the booking, or one the client signed that day with no booking picked, lets it through."""

from __future__ import annotations

import datetime as dt
import uuid
import zoneinfo
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kronos_core import forms_gate
from kronos_core.forms_gate import FormNotSigned, UnsignedFormWarning
from kronos_core.schema import appointment
from kronos_desktop.ops.agenda import set_status
from kronos_desktop.store import LocalStore
from kronos_desktop.store.local_schema import outbox
from tests.store.form_rows import add_client, book, studio_and_owner, write_form, write_template

SP = zoneinfo.ZoneInfo("America/Sao_Paulo")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[LocalStore]:
    s = LocalStore.open(tmp_path / "data")
    state = s.ensure_identity()
    owner = uuid.uuid4()
    s.apply(
        "studio.setup",
        {"studio_id": str(state.studio_id), "name": "Estúdio", "owner_staff_id": str(owner), "owner_name": "Marina"},
    )
    s.set_desk_staff(owner)
    yield s
    s.close()


def _today_at(hour: int) -> dt.datetime:
    return dt.datetime.combine(dt.datetime.now(SP).date(), dt.time(hour), tzinfo=SP).astimezone(dt.UTC)


def _status(store: LocalStore, appointment_id: uuid.UUID) -> str:
    with store.read_engine.connect() as conn:
        return str(conn.execute(select(appointment.c.status).where(appointment.c.id == appointment_id)).scalar_one())


def _outbox_size(store: LocalStore) -> int:
    with store.read_engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(outbox)).scalar_one())


def _policy(store: LocalStore, policy: str) -> None:
    store.apply("studio.update", {"unsigned_form_policy": policy, "seen": {"unsigned_form_policy": "warn"}})


@pytest.mark.parametrize(
    ("kind", "status", "has_form", "policy", "expected"),
    [
        ("session", "checked_in", False, "warn", "warn"),
        ("touch_up", "in_progress", False, "warn", "warn"),
        ("walk_in", "checked_in", False, "block", "block"),
        ("session", "in_progress", False, "block", "block"),
        ("session", "checked_in", True, "block", "ok"),
        ("consultation", "checked_in", False, "block", "ok"),  # no needle at a consultation
        ("session", "confirmed", False, "block", "ok"),
        ("session", "completed", False, "block", "ok"),
    ],
)
def test_the_rule(kind: str, status: str, has_form: bool, policy: str, expected: str) -> None:
    assert forms_gate.outcome(kind=kind, new_status=status, has_form=has_form, policy=policy) == expected


def test_under_warn_the_desk_asks_first_and_checks_in_once_confirmed(store: LocalStore) -> None:
    _, owner = studio_and_owner(store)
    session = book(store, add_client(store), owner, _today_at(15))
    written = _outbox_size(store)

    with pytest.raises(UnsignedFormWarning) as caught:
        set_status(session, "checked_in", warn_unsigned=True).write(store)
    assert caught.value.code == "form_not_signed_warning"
    assert _status(store, session) == "booked"
    assert _outbox_size(store) == written, "nothing written before the person answers"

    set_status(session, "checked_in").write(store)  # they said "check in anyway"
    assert _status(store, session) == "checked_in"


def test_under_block_a_session_without_a_form_is_not_checked_in_nor_started(store: LocalStore) -> None:
    _, owner = studio_and_owner(store)
    _policy(store, "block")
    session = book(store, add_client(store), owner, _today_at(15))
    written = _outbox_size(store)
    for status in ("checked_in", "in_progress"):
        with pytest.raises(FormNotSigned) as caught:
            set_status(session, status).write(store)
        assert caught.value.code == "form_not_signed"
        assert "signed consent form" in caught.value.message
    assert _status(store, session) == "booked"
    assert _outbox_size(store) == written

    consultation = book(store, add_client(store, "Caio"), owner, _today_at(17), kind="consultation")
    set_status(consultation, "checked_in").write(store)
    assert _status(store, consultation) == "checked_in"


def test_a_form_signed_for_the_booking_lets_it_through_under_block(store: LocalStore) -> None:
    _, owner = studio_and_owner(store)
    _policy(store, "block")
    ana = add_client(store)
    session = book(store, ana, owner, _today_at(15))
    write_form(store, write_template(store, 1), ana, appointment_id=session, signed_at=_today_at(14))
    with store.read_engine.connect() as conn:
        assert forms_gate.check(conn, session, "checked_in") == "ok"
    set_status(session, "checked_in", warn_unsigned=True).write(store)
    set_status(session, "in_progress", warn_unsigned=True).write(store)
    assert _status(store, session) == "in_progress"


def test_a_form_signed_that_day_with_no_booking_counts_but_not_an_older_one(store: LocalStore) -> None:
    _, owner = studio_and_owner(store)
    _policy(store, "block")
    v1 = write_template(store, 1)
    ana, bia = add_client(store, "Ana"), add_client(store, "Bia")
    today = book(store, ana, owner, _today_at(15))
    write_form(store, v1, ana, signed_at=_today_at(9))
    bias = book(store, bia, owner, _today_at(17))
    write_form(store, v1, bia, signed_at=_today_at(9) - dt.timedelta(days=40))  # last visit's
    set_status(today, "checked_in").write(store)
    assert _status(store, today) == "checked_in"
    with pytest.raises(FormNotSigned):
        set_status(bias, "checked_in").write(store)
    assert _status(store, bias) == "booked"
