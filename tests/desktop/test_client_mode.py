"""Client mode (issue 14): a client fills in the questionnaire full screen, signs with a pen, the
witness confirms with their PIN and the signed form is in the desk's file; Esc and closing do
not leave without a staff PIN; the idle lock is held off meanwhile; a minor's form without the
guardian's signature is refused with every answer kept and nothing saved."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QInputDevice, QPointingDevice, QTabletEvent
from PySide6.QtWidgets import QApplication

from kronos_core.demo import DemoStudio
from kronos_core.forms import Answers
from kronos_core.ids import uuid7
from kronos_desktop.app import Desk
from kronos_desktop.ui.clients import client_mode
from kronos_desktop.ui.clients.client_mode import ClientModeWindow, open_client_mode
from kronos_desktop.ui.clients.signature_pad import SignaturePad
from kronos_desktop.ui.main_window import MainWindow
from tests.desktop.lock_helpers import give_pin, sql
from tests.desktop.reads import settle
from tests.desktop.test_accessibility import unnamed

PIN = "2468"
QUESTIONS = [
    {"id": "allergy", "kind": "yes_no", "text": "Do you have any allergy?", "required": True,
     "details": "Which?", "alert_on": ["yes"], "alert": "Allergy", "alert_field": "allergies"},
    {"id": "diabetes", "kind": "yes_no", "text": "Do you have diabetes?", "required": True,
     "alert_on": ["yes"], "alert": "Diabetes", "alert_field": "medical_alerts"},
    {"id": "notes", "kind": "text", "text": "Anything else?"},
]  # fmt: skip
ANSWERS: Answers = {
    "allergy": {"value": True, "details": "latex"},
    "diabetes": {"value": False, "details": ""},
    "notes": {"value": "First tattoo", "details": ""},
}


@pytest.fixture
def language() -> str:
    return "en"


@pytest.fixture
def ready(qtbot: Any, window: MainWindow, desk: Desk, demo: DemoStudio, monkeypatch: pytest.MonkeyPatch) -> Desk:
    """The receptionist has a PIN; the studio published its questionnaire in English."""
    monkeypatch.setattr(client_mode, "CLOSE_AFTER_MS", 20)
    give_pin(desk, demo.owner_id, demo.receptionist_id, PIN)
    args = {
        "template_id": str(uuid7()), "number": 1, "language": "en", "title": "Consent and health",
        "questions": QUESTIONS, "consent_text": "I consent to the tattoo.", "image_use_text": "Photos may be posted.",
    }  # fmt: skip
    applied = desk.writer.submit(desk.store.apply, "form_template.publish", args, staff_id=demo.owner_id).result()
    desk.hub.notify(applied.changed)
    settle(qtbot, desk.ctx)
    return desk


def a_client(desk: Desk, *, minor: bool) -> uuid.UUID:
    today = desk.ctx.today()
    years = 17 if minor else 19  # born after 17 years ago: a minor; before 19 years ago: of age
    cut = (today - dt.timedelta(days=365 * years)).isoformat()
    query = (
        "SELECT id FROM client WHERE merged_into IS NULL AND erased_at IS NULL AND deleted = 0 AND birth_date "
        + ("> ? AND guardian_name IS NOT NULL" if minor else "< ? AND guardian_name IS NULL")
        + " ORDER BY full_name LIMIT 1"
    )
    rows = sql(desk.store.path, query, cut)
    assert rows, "the demo has such a client"
    value = rows[0][0]
    return uuid.UUID(bytes=value) if isinstance(value, bytes) else uuid.UUID(str(value))


def opened(qtbot: Any, desk: Desk, client_id: uuid.UUID) -> ClientModeWindow:
    win = open_client_mode(desk.ctx, client_id)
    qtbot.waitUntil(lambda: win.questions is not None, timeout=5000)
    return win


def pen_signature(pad: SignaturePad, strokes: int = 2) -> None:
    """A scripted pen: press, 20 moves, release, for each stroke."""
    device = QPointingDevice(
        "pen", 7, QInputDevice.DeviceType.Stylus, QPointingDevice.PointerType.Pen,
        QInputDevice.Capability.Position | QInputDevice.Capability.Pressure, 1, 3,
    )  # fmt: skip
    for s in range(strokes):
        for i, kind in enumerate(
            [QEvent.Type.TabletPress] + [QEvent.Type.TabletMove] * 20 + [QEvent.Type.TabletRelease]
        ):
            at = QPointF(30 + s * 150 + i * 5, 60 + (i % 5) * 6)
            event = QTabletEvent(
                kind, device, at, pad.mapToGlobal(at), 0.7, 0, 0, 0.0, 0.0, 0.0, Qt.KeyboardModifier.NoModifier,
                Qt.MouseButton.LeftButton, Qt.MouseButton.LeftButton,
            )  # fmt: skip
            QApplication.sendEvent(pad, event)


def witness(qtbot: Any, win: ClientModeWindow, staff_id: uuid.UUID, pin: str) -> None:
    check = win.staff_check
    assert win.pages.currentWidget() is check
    tile = check.picker.tile(staff_id)
    assert tile is not None
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    for digit in pin:
        qtbot.mouseClick(check.pad.digit_buttons[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(check.pad.ok_button, Qt.MouseButton.LeftButton)


def holding(window: MainWindow) -> bool:
    return window.desk_lock.held


def gone(win: ClientModeWindow) -> bool:
    return not shiboken6.isValid(win) or not win.isVisible()


def forms_of(desk: Desk, client_id: uuid.UUID) -> list[tuple[Any, ...]]:
    return sql(desk.store.path, "SELECT id, witness_id, minor FROM consent_form WHERE client_id = ?", client_id.hex)


def test_fill_sign_with_a_pen_and_the_witness_pin_saves_the_form(
    qtbot: Any, ready: Desk, window: MainWindow, demo: DemoStudio
) -> None:
    client_id = a_client(ready, minor=False)
    win = opened(qtbot, ready, client_id)
    assert win.isFullScreen()
    assert holding(window)  # the idle lock waits while the client has the screen
    assert win.questions is not None
    assert win.consent is not None
    qtbot.mouseClick(win.next_button, Qt.MouseButton.LeftButton)  # nothing answered yet
    assert win.pages.currentWidget() is win.questions
    assert win.message.text().startswith("2 required question")  # the plural: kronos_en.ts
    win.questions.set_answers(ANSWERS)
    qtbot.mouseClick(win.next_button, Qt.MouseButton.LeftButton)
    assert win.pages.currentWidget() is win.consent
    assert "Allergy: latex" in win.consent.alerts_label.text()  # the alert answer is marked
    qtbot.mouseClick(win.sign_button, Qt.MouseButton.LeftButton)  # not signed yet
    assert "signature is missing" in win.message.text()
    assert win.pages.currentWidget() is win.consent
    pen_signature(win.consent.client_signature.pad)
    assert win.consent.client_signature.pad.stroke_count() == 2
    win.consent.image_use.setChecked(True)
    qtbot.mouseClick(win.sign_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(win.signed, timeout=10000) as signed:
        witness(qtbot, win, demo.receptionist_id, PIN)
    form_id = signed.args[0]
    row = sql(ready.store.path, "SELECT witness_id, image_use, signature FROM consent_form WHERE id = ?", form_id.hex)
    assert len(row) == 1
    assert uuid.UUID(str(row[0][0])) == demo.receptionist_id
    assert row[0][1] == 1
    assert "Signed" in win.result.text()
    allergies = sql(ready.store.path, "SELECT allergies FROM client WHERE id = ?", client_id.hex)[0][0]
    assert "Allergy: latex" in allergies  # the alert joined the client's record
    qtbot.waitUntil(lambda: gone(win), timeout=5000)  # it closes, showing the result first
    assert not holding(window)

    # An amendment starts from what was signed and is a new form pointing at it.
    win = open_client_mode(ready.ctx, client_id, amends_id=form_id)
    qtbot.waitUntil(lambda: win.questions is not None, timeout=5000)
    assert win.questions is not None
    assert win.consent is not None
    assert win.questions.answers() == ANSWERS
    assert win.consent.image_use.isChecked()
    win.questions.rows["diabetes"].set_answer({"value": True, "details": ""})
    win.show_consent()
    pen_signature(win.consent.client_signature.pad, strokes=1)
    qtbot.mouseClick(win.sign_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(win.signed, timeout=10000) as amended:
        witness(qtbot, win, demo.receptionist_id, PIN)
    row = sql(ready.store.path, "SELECT amends_id FROM consent_form WHERE id = ?", amended.args[0].hex)
    assert uuid.UUID(str(row[0][0])) == form_id
    assert len(forms_of(ready, client_id)) == 2
    qtbot.waitUntil(lambda: gone(win), timeout=5000)


def test_esc_and_close_do_not_leave_without_a_staff_pin(
    qtbot: Any, ready: Desk, window: MainWindow, demo: DemoStudio
) -> None:
    win = opened(qtbot, ready, a_client(ready, minor=False))
    lock = window.desk_lock
    assert lock.held
    lock.set_idle_minutes(1)
    lock.use_clock(lambda: 1_000_000.0)
    lock.touch()
    lock.use_clock(lambda: 1_000_000.0 + 3600)  # an hour idle: still not locked, the client has it
    assert not lock.check_idle()
    assert not lock.locked
    qtbot.keyClick(win, Qt.Key.Key_Escape)
    assert win.isVisible()
    assert not win.close()  # refused: the PIN pad asks for a staff member
    assert win.isVisible()
    assert win.pages.currentWidget() is win.staff_check
    witness(qtbot, win, demo.receptionist_id, "1357")  # a wrong PIN
    qtbot.waitUntil(lambda: "Wrong PIN" in win.staff_check.pad.message.text(), timeout=5000)
    assert win.isVisible()
    with qtbot.waitSignal(win.left, timeout=5000):
        for digit in PIN:
            qtbot.mouseClick(win.staff_check.pad.digit_buttons[digit], Qt.MouseButton.LeftButton)
        qtbot.mouseClick(win.staff_check.pad.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: gone(win), timeout=5000)
    assert not lock.held


def test_a_minor_without_the_guardians_signature_is_refused_keeping_the_answers(
    qtbot: Any, ready: Desk, window: MainWindow
) -> None:
    client_id = a_client(ready, minor=True)
    win = opened(qtbot, ready, client_id)
    assert win.questions is not None
    assert win.consent is not None
    assert win.consent.guardian_box is not None  # the guardian's section shows for a minor
    win.questions.set_answers(ANSWERS)
    qtbot.mouseClick(win.next_button, Qt.MouseButton.LeftButton)
    pen_signature(win.consent.client_signature.pad)
    win.consent.client_id_fields.number.setText("12.345.678-9")
    qtbot.mouseClick(win.sign_button, Qt.MouseButton.LeftButton)
    assert "guardian's signature is missing" in win.message.text()
    pen_signature(win.consent.client_signature.pad, strokes=1)  # not what was asked: still said
    assert "guardian's signature is missing" in win.message.text()
    win.consent.client_signature.pad.undo()
    assert win.pages.currentWidget() is win.consent  # still the form: no PIN asked
    assert win.questions.answers() == ANSWERS
    assert win.consent.client_signature.pad.stroke_count() == 2
    assert forms_of(ready, client_id) == []
    assert win.consent.guardian_signature is not None
    pen_signature(win.consent.guardian_signature.pad, strokes=1)
    assert win.consent.guardian_id_fields is not None
    win.consent.guardian_id_fields.number.setText("")
    qtbot.mouseClick(win.sign_button, Qt.MouseButton.LeftButton)
    assert "documents" in win.message.text()  # the guardian's document is needed too
    assert forms_of(ready, client_id) == []
    win.leave()


def test_a_refusal_of_the_mutation_keeps_every_answer_and_saves_nothing(
    qtbot: Any, ready: Desk, window: MainWindow, demo: DemoStudio
) -> None:
    """The client is erased at another desk while they fill in the form: signing is refused by the
    mutation, the form says so and keeps what was filled in."""
    client_id = a_client(ready, minor=False)
    win = opened(qtbot, ready, client_id)
    assert win.questions is not None
    assert win.consent is not None
    win.questions.set_answers(ANSWERS)
    qtbot.mouseClick(win.next_button, Qt.MouseButton.LeftButton)
    pen_signature(win.consent.client_signature.pad)
    erase = {"client_id": str(client_id), "erased_at": dt.datetime.now(dt.UTC).isoformat()}
    ready.writer.submit(ready.store.apply, "client.erase", erase, staff_id=demo.owner_id).result()
    qtbot.mouseClick(win.sign_button, Qt.MouseButton.LeftButton)
    failed: list[object] = []
    ready.ctx.runner.op_failed.connect(lambda _op, exc: failed.append(exc))
    witness(qtbot, win, demo.receptionist_id, PIN)
    qtbot.waitUntil(lambda: bool(failed), timeout=10000)
    assert win.message.text().startswith("Not signed:")
    assert win.pages.currentWidget() is win.consent
    assert win.questions.answers() == ANSWERS
    assert win.consent.client_signature.pad.stroke_count() == 2
    assert forms_of(ready, client_id) == []
    win.leave()


@pytest.mark.parametrize("size", [(1024, 600), (1280, 720), (1080, 1920)])
def test_it_fits_small_screens_and_a_turned_monitor(qtbot: Any, ready: Desk, size: tuple[int, int]) -> None:
    """Every step keeps its buttons on screen; what does not fit scrolls."""
    win = open_client_mode(ready.ctx, a_client(ready, minor=True), full_screen=False)
    qtbot.waitUntil(lambda: win.questions is not None, timeout=5000)
    win.resize(*size)
    assert win.questions is not None
    assert win.consent is not None
    win.questions.set_answers(ANSWERS)
    for step, button in ((win.show_questions, win.next_button), (win.show_consent, win.sign_button)):
        step()
        QApplication.processEvents()
        assert win.size().width() <= size[0]
        assert win.size().height() <= size[1]
        assert button.isVisible()
        bottom_right = button.mapTo(win, button.rect().bottomRight())
        assert win.rect().contains(bottom_right), (size, bottom_right)
        assert button.height() >= 48  # a finger's target
    assert unnamed(win) == []  # every button, field and pad named for a screen reader
    win.sign()  # unsigned: the form says so, on screen
    assert win.message.isVisible()
    win.consent.verticalScrollBar().setValue(0)
    if size[1] < 1000:
        assert win.consent.verticalScrollBar().maximum() > 0  # the consent page scrolls there
    win.leave()


def plain_answers(win: ClientModeWindow) -> Answers:
    """An answer to every question, none raising an alert ("No" to each yes/no)."""
    assert win.questions is not None
    values = {"yes_no": False, "text": "-", "date": "2001-02-03"}
    return {
        q.id: {"value": q.choices[0] if q.kind == "choice" else values[q.kind], "details": ""}
        for q in win.questions.template.questions
    }


def test_the_shipped_questionnaire_is_signed_before_any_is_published(
    qtbot: Any, window: MainWindow, desk: Desk, demo: DemoStudio
) -> None:
    """A studio's first form: the app's own questionnaire, published as version 1 as it is signed
    (witnessed by the receptionist)."""
    give_pin(desk, demo.owner_id, demo.receptionist_id, PIN)
    client_id = a_client(desk, minor=False)
    win = opened(qtbot, desk, client_id)
    assert win.data is not None
    assert win.data.template.id is None  # the default, shipped with the app
    assert win.questions is not None
    assert win.consent is not None
    win.questions.set_answers(plain_answers(win))
    qtbot.mouseClick(win.next_button, Qt.MouseButton.LeftButton)
    assert win.pages.currentWidget() is win.consent
    pen_signature(win.consent.client_signature.pad)
    qtbot.mouseClick(win.sign_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(win.signed, timeout=10000) as signed:
        witness(qtbot, win, demo.receptionist_id, PIN)
    rows = sql(
        desk.store.path,
        "SELECT t.number, t.language FROM consent_form f JOIN form_template t ON t.id = f.template_id WHERE f.id = ?",
        signed.args[0].hex,
    )
    assert rows == [(1, "en")]
    qtbot.waitUntil(lambda: gone(win), timeout=5000)


def test_from_the_booking_s_menu_the_form_is_signed_for_that_booking(
    qtbot: Any, ready: Desk, window: MainWindow, demo: DemoStudio
) -> None:
    """Consent form… on a booking opens client mode for its client; the form signed there points
    at the booking, so its check-in asks nothing (kronos_core.forms_gate)."""
    from kronos_desktop.ui.agenda.session_flow import SessionFlow
    from tests.desktop.test_consent_badge import today_rows
    from tests.desktop.test_unsigned_checkin import waiting_session

    cut = (ready.ctx.today() - dt.timedelta(days=365 * 19)).isoformat()
    adults = {
        uuid.UUID(str(r[0]))
        for r in sql(ready.store.path, "SELECT id FROM client WHERE birth_date < ? OR birth_date IS NULL", cut)
    }
    row = waiting_session(ready, keep=lambda r: r.client_id in adults)  # a new client's is an adult's
    window.show_section("agenda")
    flow = window.agenda.commands.flow
    assert isinstance(flow, SessionFlow)
    flow.act(row.id, "form")
    qtbot.waitUntil(lambda: flow.client_mode is not None and flow.client_mode.questions is not None, timeout=5000)
    win = flow.client_mode
    assert win is not None
    assert win.questions is not None
    assert (win.client_id, win.appointment_id) == (row.client_id, row.id)
    win.questions.set_answers(ANSWERS)
    win.show_consent()
    assert win.consent is not None
    pen_signature(win.consent.client_signature.pad)
    qtbot.mouseClick(win.sign_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(win.signed, timeout=10000) as signed:
        witness(qtbot, win, demo.receptionist_id, PIN)
    found = sql(ready.store.path, "SELECT appointment_id FROM consent_form WHERE id = ?", signed.args[0].hex)
    assert uuid.UUID(str(found[0][0])) == row.id
    qtbot.waitUntil(lambda: gone(win), timeout=5000)
    settle(qtbot, ready.ctx)
    assert next(r for r in today_rows(ready) if r.id == row.id).consent_signed
