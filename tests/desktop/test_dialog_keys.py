"""Enter and Esc in every dialog of the desk, pressed the way a person does.

In each dialog something is typed; then, for every widget the Tab key reaches (Cancel and Quit
included), Enter is pressed there: the dialog does its main action or nothing, and is never
cancelled, and nothing typed is lost. Esc with something typed asks "Descartar o que foi
digitado?" (No keeps the dialog and the text, Yes closes it); Esc with nothing typed closes."""

from __future__ import annotations

import datetime as dt
import importlib
import inspect
import re
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QInputDialog, QMessageBox, QPushButton, QWidget
from sqlalchemy import select

from kronos_core.demo import DemoStudio
from kronos_core.roles import Role
from kronos_core.schema import appointment
from kronos_core.schema import client as client_table
from kronos_desktop.app import Desk
from kronos_desktop.store.queries.client_export import client_export
from kronos_desktop.store.queries.desk_lock import Member
from kronos_desktop.store.queries.duplicates import Duplicate
from kronos_desktop.store.queries.staff import staff_list
from kronos_desktop.ui.agenda.booking_dialog import BookingDialog
from kronos_desktop.ui.agenda.cancel_dialog import CancelDialog
from kronos_desktop.ui.agenda.find_slot_dialog import FindSlotDialog
from kronos_desktop.ui.agenda.goto_dialog import GoToDateDialog
from kronos_desktop.ui.agenda.ics_dialog import IcsExportDialog
from kronos_desktop.ui.agenda.print_dialog import PrintDayDialog
from kronos_desktop.ui.agenda.session_record_dialog import SessionRecordDialog
from kronos_desktop.ui.agenda.time_off_dialog import TimeOffDialog
from kronos_desktop.ui.checkout.drawer_dialogs import DrawerDialog
from kronos_desktop.ui.checkout.pix_screen import PixScreen
from kronos_desktop.ui.checkout.refund_dialog import SaleDialog
from kronos_desktop.ui.clients.client_dialog import NewClientDialog
from kronos_desktop.ui.clients.duplicate_prompt import DuplicatePrompt
from kronos_desktop.ui.clients.erase_dialog import EraseDialog
from kronos_desktop.ui.clients.merge_dialog import MergeDialog
from kronos_desktop.ui.common.dialog_keys import KeyedDialog, KeyedInputDialog
from kronos_desktop.ui.lock.change_pin_dialog import ChangePinDialog
from kronos_desktop.ui.lock.set_pin_dialog import PinDialog, SetPinDialog
from kronos_desktop.ui.main_window import MainWindow
from kronos_desktop.ui.settings.commission_dialog import CommissionDialog
from kronos_desktop.ui.settings.form_question_dialog import QuestionDialog
from kronos_desktop.ui.settings.material_dialog import MaterialDialog
from kronos_desktop.ui.settings.reset_pin_dialog import ResetPinDialog
from kronos_desktop.ui.settings.staff_dialog import StaffDialog
from kronos_desktop.ui.shortcuts_dialog import ShortcutsDialog
from kronos_desktop.ui.sync.connection_dialog import ConnectionDialog
from kronos_desktop.ui.sync.connection_menu import ConnectionMenu
from kronos_desktop.ui.sync.inbox import ConflictsDialog, ConflictsView, MoveDialog
from kronos_desktop.ui.welcome import FirstRunDraft, WelcomeWizard
from tests.desktop import dialog_keys_checkout as checkout
from tests.desktop.dialog_keys_checkout import Case
from tests.desktop.dialog_keys_checkout import wait_for as _wait_for
from tests.desktop.reads import settle


def _type_client(d: QDialog) -> None:
    assert isinstance(d, NewClientDialog)
    QTest.keyClicks(d.full_name, "Ana Teclado")
    QTest.keyClicks(d.phone, "12")  # too short: saving stops at the message, the dialog stays
    QTest.keyClicks(d.notes, "fechamento de braco")


def _type_pin(field: str) -> Callable[[QDialog], None]:
    """Two digits in a PIN field: too short, so saving stops at the message."""
    return lambda d: QTest.keyClicks(getattr(d, field), "12")


def _type_reversed_guest(d: QDialog) -> None:
    """A guest whose last day is before the first: saving stops at the message."""
    assert isinstance(d, StaffDialog)
    QTest.keyClicks(d.name, "Ana Teclado")
    d.guest.setChecked(True)
    d.guest_to.setDate(d.guest_from.date().addDays(-3))
    d.name.setFocus()


def _raise_rate(d: QDialog) -> None:
    assert isinstance(d, CommissionDialog)
    d.rate.setFocus()
    QTest.keyClick(d.rate, Qt.Key.Key_Up)


def _welcome_fill(d: QDialog) -> None:
    """The studio's page of the first run, its name typed: Enter goes on to the next page
    (tests/desktop/test_welcome.py drives the whole wizard)."""
    assert isinstance(d, WelcomeWizard)
    d.settle_ms = 0
    d.go(d.studio)
    QTest.keyClicks(d.studio.name, "Estudio Teclado")


def _type_booking(d: QDialog) -> None:
    """A client searched for that is not there, and notes: saving stops at "find the client"."""
    assert isinstance(d, BookingDialog)
    _wait_for(lambda: d.setup is not None)
    QTest.keyClicks(d.finder.search, "Zzz Teclado")
    QTest.keyClicks(d.form.notes, "fechamento de braco")
    d.finder.search.setFocus()


def _type_reason(d: QDialog) -> None:
    assert isinstance(d, CancelDialog)
    _wait_for(d.confirm_button.isEnabled)
    QTest.keyClicks(d.reason, "Doente")


def _choose(widget: QWidget, key: Qt.Key = Qt.Key.Key_Down) -> None:
    """A list or a date field stepped with the arrow keys, as a person does."""
    widget.setFocus()
    QTest.keyClick(widget, key)


def _print_fill(d: QDialog) -> None:
    assert isinstance(d, PrintDayDialog)
    _wait_for(d.pdf_button.isEnabled)  # the artists are read
    _choose(d.artist)
    _choose(d.date_edit, Qt.Key.Key_Up)


def _ics_fill(d: QDialog) -> None:
    assert isinstance(d, IcsExportDialog)
    _wait_for(d.export_button.isEnabled)
    _choose(d.range)  # the next 90 days


def _slot_fill(d: QDialog) -> None:
    """A longer session: the slots are searched again; Enter then books the first one."""
    assert isinstance(d, FindSlotDialog)
    _wait_for(d.book_button.isEnabled)
    _choose(d.length)
    _wait_for(d.book_button.isEnabled)


def _time_off_fill(d: QDialog) -> None:
    """A reason, and an end before the start: saving stops at the message, the dialog stays."""
    assert isinstance(d, TimeOffDialog)
    _wait_for(lambda: d.form.ready)
    QTest.keyClicks(d.form.reason, "Convencao de tatuagem")
    _choose(d.form.end)
    _choose(d.form.end)  # 13:00 → 11:00, before 12:00
    assert d.form.plan() is None
    d.form.reason.setFocus()


def _type_lot_alone(d: QDialog) -> None:
    """A lot with no name: saving stops at "Give the material a name."."""
    assert isinstance(d, MaterialDialog)
    QTest.keyClicks(d.texts["lot"], "L-7788")


def _type_needles_alone(d: QDialog) -> None:
    """Needle lots with no body location: saving stops at "Say where on the body"."""
    assert isinstance(d, SessionRecordDialog)
    _wait_for(d.save_button.isEnabled)  # the booking and the materials are read
    QTest.keyClicks(d.needles, "AG-5521")


def _type_choice_alone(d: QDialog) -> None:
    """A choice question with one choice: saving stops at "at least two choices"."""
    assert isinstance(d, QuestionDialog)
    d.kind.setCurrentIndex(d.kind.findData("choice"))
    QTest.keyClicks(d.text, "Qual a cor preferida?")
    QTest.keyClicks(d.choices, "Preto")
    d.text.setFocus()


@pytest.fixture
def cases(window: MainWindow, desk: Desk, demo: DemoStudio, tmp_path: Path) -> dict[str, Case]:
    menu = ConnectionMenu(window, desk.session, desk.ctx.language, desk.store.pending_count)
    start = dt.datetime(2026, 12, 3, 17, 0, tzinfo=dt.UTC)
    desk.ctx.who.set(demo.owner_id, Role.OWNER, "Marina Albuquerque")  # who may change the staff
    with desk.store.read_engine.connect() as conn:
        staff_read = staff_list(conn)
    artist_row = next(r for r in staff_read.rows if r.id == demo.artist_ids[0])
    artist = Member(artist_row.id, artist_row.display_name, Role.ARTIST, artist_row.color, has_pin=True)

    def move_later(d: QDialog) -> None:
        assert isinstance(d, MoveDialog)
        d.start_edit.setFocus()
        QTest.keyClick(d.start_edit, Qt.Key.Key_Up)

    with desk.store.read_engine.connect() as conn:
        booking_id = conn.execute(
            select(appointment.c.id).where(appointment.c.status == "booked", appointment.c.starts_at > start).limit(1)
        ).scalar_one()

    with desk.store.read_engine.connect() as conn:
        some_client = conn.execute(select(client_table.c.id).limit(1)).scalar_one()
        to_erase = client_export(conn, some_client)
    assert to_erase is not None

    def search_nobody(d: QDialog) -> None:
        assert isinstance(d, MergeDialog)
        _wait_for(desk.ctx.reads.idle)  # the record it was opened from is read
        QTest.keyClicks(d.search, "Zzz Teclado")  # nobody found: Merge stays off
        _wait_for(lambda: not d._timer.isActive() and desk.ctx.reads.idle())  # and the search is answered
        d.search.setFocus()

    return checkout.checkout_cases(window, desk, demo, tmp_path) | {
        "already registered": Case(
            lambda: DuplicatePrompt(
                desk.ctx, [Duplicate(uuid.uuid4(), "Ana Souza", None, "+5511987654321", None, None, None, [])], window
            ),
            lambda d: None,
            lambda d: [],
        ),
        "merge clients": Case(
            lambda: MergeDialog(desk.ctx, some_client, parent=window),
            search_nobody,
            lambda d: [d.search.text()],  # type: ignore[attr-defined]
        ),
        "material": Case(
            lambda: MaterialDialog(desk.ctx, None, window),
            _type_lot_alone,
            lambda d: [d.texts["lot"].text()],  # type: ignore[attr-defined]
        ),
        "session record": Case(
            lambda: SessionRecordDialog(desk.ctx, booking_id, window),
            _type_needles_alone,
            lambda d: [d.needles.text()],  # type: ignore[attr-defined]
        ),
        "question": Case(
            lambda: QuestionDialog(None, window),
            _type_choice_alone,
            lambda d: [d.text.toPlainText().strip(), d.choices.toPlainText().strip()],  # type: ignore[attr-defined]
        ),
        "erase client": Case(
            lambda: EraseDialog(to_erase, window),
            lambda d: QTest.keyClicks(d.confirm, "Nome errado"),  # type: ignore[attr-defined]
            lambda d: [d.confirm.text()],  # type: ignore[attr-defined]
        ),
        "booking": Case(
            lambda: BookingDialog(desk.ctx, window, artist_id=demo.artist_ids[0], starts_at=start),
            _type_booking,
            lambda d: [d.finder.search.text(), d.form.notes.toPlainText().strip()],  # type: ignore[attr-defined]
        ),
        "cancel booking": Case(
            lambda: CancelDialog(desk.ctx, booking_id, window),
            _type_reason,
            lambda d: [d.reason.text()],  # type: ignore[attr-defined]
        ),
        "new client": Case(
            lambda: NewClientDialog(desk.ctx, window),
            _type_client,
            lambda d: [d.full_name.text(), d.phone.text(), d.notes.toPlainText().strip()],  # type: ignore[attr-defined]
        ),
        "first screen": Case(
            # A draft of its own each time (a draft left by the last would resume at its page).
            lambda: WelcomeWizard(desk.ctx, window, draft=FirstRunDraft(tmp_path / f"first-run-{uuid.uuid4()}.json")),
            _welcome_fill,
            lambda d: [d.studio.name.text()],  # type: ignore[attr-defined]
        ),
        "connection": Case(
            menu.open,
            # An address the sign-in refuses at once (no server needed): the dialog stays.
            lambda d: QTest.keyClicks(d.address, "http://kronos.example.com"),  # type: ignore[attr-defined]
            lambda d: [d.address.text()],  # type: ignore[attr-defined]
        ),
        "move booking": Case(
            lambda: MoveDialog(start, desk.ctx.zone(), window, which="Ana · 14:00"),
            move_later,
            lambda d: [d.start_edit.dateTime().toString()],  # type: ignore[attr-defined]
        ),
        "staff member": Case(
            lambda: StaffDialog(desk.ctx, staff_read, None, window),
            _type_reversed_guest,
            lambda d: [d.name.text(), d.guest_to.date().toString()],  # type: ignore[attr-defined]
        ),
        "commission": Case(
            lambda: CommissionDialog(desk.ctx, artist_row, staff_read.today, window),
            _raise_rate,
            lambda d: [str(d.rate.value())],  # type: ignore[attr-defined]
        ),
        "set PIN": Case(
            lambda: SetPinDialog(desk.ctx, artist, window),
            _type_pin("new_pin"),
            lambda d: [d.new_pin.text()],  # type: ignore[attr-defined]
        ),
        "change PIN": Case(
            lambda: ChangePinDialog(desk.ctx, artist, window),
            _type_pin("current"),
            lambda d: [d.current.text()],  # type: ignore[attr-defined]
        ),
        "reset PIN": Case(
            lambda: ResetPinDialog(desk.ctx, artist, window),
            _type_pin("new_pin"),
            lambda d: [d.new_pin.text()],  # type: ignore[attr-defined]
        ),
        "go to date": Case(
            lambda: GoToDateDialog(start.date(), window),
            lambda d: _choose(d.date_edit, Qt.Key.Key_Up),  # type: ignore[attr-defined]
            lambda d: [d.date_edit.date().toString()],  # type: ignore[attr-defined]
        ),
        "print the day": Case(
            lambda: PrintDayDialog(desk.ctx, start.date(), None, window),
            _print_fill,
            lambda d: [d.date_edit.date().toString(), d.artist.currentText()],  # type: ignore[attr-defined]
            opens=QFileDialog,
        ),
        "export to a phone": Case(
            lambda: IcsExportDialog(desk.ctx, demo.artist_ids[0], window),
            _ics_fill,
            lambda d: [d.artist.currentText(), d.range.currentText()],  # type: ignore[attr-defined]
            opens=QFileDialog,
        ),
        "find a slot": Case(
            lambda: FindSlotDialog(desk.ctx, window),
            _slot_fill,
            lambda d: [d.length.currentText()],  # type: ignore[attr-defined]
        ),
        "time off": Case(
            lambda: TimeOffDialog(desk.ctx, demo.artist_ids[0], start.date(), window),
            _time_off_fill,
            lambda d: [d.form.reason.text(), d.form.end.time().toString()],  # type: ignore[attr-defined]
        ),
        "conflicts": Case(lambda: ConflictsDialog(desk.ctx, window), lambda d: None, lambda d: []),
        "shortcuts": Case(lambda: ShortcutsDialog(window), lambda d: None, lambda d: []),
    }


OPENED: list[QDialog] = []


@pytest.fixture(autouse=True)
def _closed_at_the_end() -> Iterator[None]:
    """Dialogs left open by a failed check are closed without their question."""
    yield
    for tries in ANSWERERS:  # no answerer outlives its test (it would answer the next one's boxes)
        tries[0] = 0
    ANSWERERS.clear()
    while OPENED:
        dialog = OPENED.pop()
        if shiboken6.isValid(dialog) and dialog.isVisible():
            dialog.done(QDialog.DialogCode.Accepted)


def _open(qtbot, case: Case) -> QDialog:  # type: ignore[no-untyped-def]
    dialog = case.make()
    OPENED.append(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)
    return dialog


def _close(qtbot, dialog: QDialog) -> None:  # type: ignore[no-untyped-def]
    bridge = getattr(dialog, "bridge", None)
    if dialog.isVisible():
        dialog.done(QDialog.DialogCode.Accepted)  # closes without a question
    if bridge is not None:
        qtbot.waitUntil(lambda: not bridge.signing_in, timeout=5000)
    QApplication.processEvents()


def _focus(dialog: QDialog) -> QWidget:
    # Once a question closes, the offscreen platform gives the window back without its focus.
    app_focus: QWidget | None = QApplication.focusWidget()
    own_focus: QWidget | None = dialog.focusWidget()
    widget = app_focus if app_focus is not None else own_focus if own_focus is not None else dialog
    assert widget is dialog or dialog.isAncestorOf(widget), widget
    return widget


def _name(widget: QWidget) -> str:
    if widget.objectName():
        return widget.objectName()
    return widget.text() if isinstance(widget, QPushButton) else type(widget).__name__


def _chain(qtbot, case: Case) -> list[tuple[int, str]]:  # type: ignore[no-untyped-def]
    """The widgets Tab reaches, in order, from where the focus is once something is typed, each
    with the number of Tab presses that reach it (Tab first walks a date's day, month, year…)."""
    dialog = _open(qtbot, case)
    case.fill(dialog)
    seen: list[tuple[int, str]] = []
    for presses in range(60):
        widget = _focus(dialog)
        name = _name(widget)
        if seen and name == seen[0][1] and seen[-1][1] != name:
            break  # round again
        if not seen or seen[-1][1] != name:
            seen.append((presses, name))
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    _close(qtbot, dialog)
    return seen


def _close_what_opens(dialog: QDialog, seen: list[str]) -> Callable[[], None]:
    """Until the function returned is called: a window opening over ``dialog`` (the file dialog
    of "Save as PDF…") is noted in ``seen`` and closed, as Esc in it would."""
    watching = [True]

    def look() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QDialog) and box is not dialog and box.isVisible():
            seen.append(type(box).__name__)
            box.reject()
        if watching[0]:
            QTimer.singleShot(20, look)

    QTimer.singleShot(0, look)
    return lambda: watching.__setitem__(0, False)


ANSWERERS: list[list[int]] = []  # the tries left of each answerer still waiting for its question


def _answer_discard(button: str, seen: list[str]) -> None:
    """When the question opens: note its words, then click ``button``."""

    tries = [250]  # about five seconds; stopped at the test's end (a question that never opened)
    ANSWERERS.append(tries)

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            tries[0] -= 1
            if tries[0] > 0:
                QTimer.singleShot(20, answer)
            return
        seen.append(box.text())
        found = box.findChild(QPushButton, button)
        assert found is not None, button
        found.click()

    QTimer.singleShot(0, answer)


# The button that cancels or closes each dialog: Tab reaches it, and Enter there must not press it.
CLOSING = {
    "booking": "bookingCancel",
    "cancel booking": "cancelKeep",
    "go to date": "goToDateCancel",
    "print the day": "printDayClose",
    "export to a phone": "icsClose",
    "find a slot": "findSlotClose",
    "time off": "timeOffClose",
    "new client": "cancelClientButton",
    "first screen": "welcomeQuit",
    "connection": "connectionClose",
    "move booking": "Cancelar",
    "conflicts": "Fechar",
    "shortcuts": "shortcutsClose",
    "staff member": "cancelStaffButton",
    "commission": "cancelCommissionButton",
    "set PIN": "pinDialogCancel",
    "change PIN": "pinDialogCancel",
    "reset PIN": "pinDialogCancel",
    "merge clients": "mergeCancel",
    "erase client": "eraseCancel",
    "already registered": "duplicateCancel",
    "material": "cancelMaterialButton",
    "session record": "cancelSessionRecord",
    "question": "questionCancelButton",
} | checkout.CLOSING
NAMES = [
    "booking", "cancel booking", "go to date", "print the day", "export to a phone", "find a slot",
    "time off", "new client", "first screen", "connection", "move booking", "conflicts", "shortcuts",
    "staff member", "commission", "set PIN", "change PIN", "reset PIN", "merge clients", "erase client",
    "already registered", "material", "session record", "question", *checkout.CLOSING,
]  # fmt: skip


@pytest.mark.parametrize("name", NAMES)
def test_enter_anywhere_never_cancels_nor_loses_what_was_typed(qtbot, cases: dict[str, Case], name: str) -> None:  # type: ignore[no-untyped-def]
    case = cases[name]
    chain = _chain(qtbot, case)
    assert CLOSING[name] in [where for _, where in chain], chain  # Tab reaches Cancel (or Close)
    for steps, where in chain:
        dialog = _open(qtbot, case)
        case.fill(dialog)
        typed = case.kept(dialog)
        for _ in range(steps):
            qtbot.keyClick(_focus(dialog), Qt.Key.Key_Tab)
        assert _name(_focus(dialog)) == where
        opened: list[str] = []
        stop = _close_what_opens(dialog, opened) if case.opens is not None else lambda: None
        qtbot.keyClick(_focus(dialog), Qt.Key.Key_Return)
        qtbot.wait(50)
        stop()
        if case.opens is not None:  # Enter did the main action: its window opened (and was closed)
            assert opened == [case.opens.__name__], (name, where)
        # Enter did the main action (the dialog accepted), or left the dialog as it was.
        assert dialog.result() != QDialog.DialogCode.Rejected or dialog.isVisible(), (name, where)
        if dialog.isVisible():
            assert case.kept(dialog) == typed, (name, where)
        else:
            assert dialog.result() == QDialog.DialogCode.Accepted, (name, where)
        _close(qtbot, dialog)


# Nothing typed in them, only chosen (a day, a list's item), or only searched (the merge dialog asks
# once a field was chosen: tests/desktop/test_merge_dialog.py): Esc closes them at once.
NOTHING_TYPED = (
    "go to date", "print the day", "export to a phone", "find a slot", "conflicts", "shortcuts", "merge clients",
    "already registered", *checkout.NOTHING_TYPED,
)  # fmt: skip


# Esc asks its own question there: "Leave the setup for now?" (what was typed is kept for the next
# start): tests/desktop/test_welcome.py.
OWN_QUESTION = ("first screen",)


@pytest.mark.parametrize("name", [n for n in NAMES if n not in NOTHING_TYPED and n not in OWN_QUESTION])
def test_esc_with_something_typed_asks_first(qtbot, cases: dict[str, Case], name: str) -> None:  # type: ignore[no-untyped-def]
    case = cases[name]
    dialog = _open(qtbot, case)
    case.fill(dialog)
    typed = case.kept(dialog)

    seen: list[str] = []
    _answer_discard("discardNo", seen)
    qtbot.keyClick(_focus(dialog), Qt.Key.Key_Escape)
    assert seen == ["Descartar o que foi digitado?"]
    assert dialog.isVisible()
    assert case.kept(dialog) == typed

    _answer_discard("discardYes", seen)
    qtbot.keyClick(_focus(dialog), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)
    assert seen[1:] == ["Descartar o que foi digitado?"]
    assert dialog.result() == QDialog.DialogCode.Rejected
    _close(qtbot, dialog)


@pytest.mark.parametrize("name", NAMES)
def test_esc_with_nothing_typed_closes_at_once(qtbot, cases: dict[str, Case], name: str) -> None:  # type: ignore[no-untyped-def]
    dialog = _open(qtbot, cases[name])
    shown: list[str] = []
    _answer_discard("discardNo", shown)  # would keep the dialog open, were a question asked
    qtbot.keyClick(_focus(dialog), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)
    assert shown == []
    assert dialog.result() == QDialog.DialogCode.Rejected
    _close(qtbot, dialog)


@pytest.mark.parametrize("language", ["en"])
def test_the_question_in_english(qtbot, cases: dict[str, Case], language: str) -> None:  # type: ignore[no-untyped-def]
    dialog = _open(qtbot, cases["new client"])
    cases["new client"].fill(dialog)
    seen: list[str] = []
    _answer_discard("discardNo", seen)
    qtbot.keyClick(_focus(dialog), Qt.Key.Key_Escape)
    assert seen == ["Discard what you typed?"]
    assert dialog.isVisible()
    _close(qtbot, dialog)


def _press_when_open(qtbot, keys: list[Qt.Key], seen: list[str]) -> None:  # type: ignore[no-untyped-def]
    """When a modal window opens, press ``keys`` in it, each where the focus then is."""

    def press() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(20, press)
            return
        seen.append(box.objectName())
        for key in keys:
            focused: QWidget | None = box.focusWidget()
            qtbot.keyClick(focused if focused is not None else box, key)

    QTimer.singleShot(0, press)


def test_choosing_another_artist_enter_on_cancel_still_chooses(qtbot, window: MainWindow, desk: Desk) -> None:  # type: ignore[no-untyped-def]
    view = ConflictsView(desk.ctx, window)
    qtbot.addWidget(view)
    settle(qtbot, desk.ctx)  # the inbox's read brings the artists
    seen: list[str] = []
    # The artist list, then Tab to OK, Tab to Cancel, Enter: the artist shown is chosen.
    _press_when_open(qtbot, [Qt.Key.Key_Tab, Qt.Key.Key_Tab, Qt.Key.Key_Return], seen)
    chosen = view.choose_artist(SimpleNamespace(row_ids=[], bookings={}))  # type: ignore[arg-type]
    assert seen == ["chooseArtistDialog"]
    assert chosen is not None
    assert not [w for w in window.findChildren(QInputDialog) if w.isVisible()]


def test_cancelling_a_booking_enter_keeps_it(qtbot, window: MainWindow, desk: Desk) -> None:  # type: ignore[no-untyped-def]
    view = ConflictsView(desk.ctx, window)
    qtbot.addWidget(view)
    seen: list[str] = []
    _press_when_open(qtbot, [Qt.Key.Key_Return], seen)
    assert view.confirm_cancel("Ana · 14:00") is False
    assert seen == ["cancelBookingConfirm"]


def test_signing_out_enter_keeps_the_desk_signed_in(qtbot, window: MainWindow, desk: Desk) -> None:  # type: ignore[no-untyped-def]
    menu = ConnectionMenu(window, desk.session, desk.ctx.language, desk.store.pending_count)
    dialog = menu.open()
    OPENED.append(dialog)
    outcomes: list[object] = []
    menu.bridge.sign_out_finished.connect(outcomes.append)
    menu.bridge.sign_out_failed.connect(outcomes.append)
    seen: list[str] = []
    _press_when_open(qtbot, [Qt.Key.Key_Return], seen)
    dialog.confirm_sign_out()
    qtbot.wait(500)
    assert seen == ["signOutConfirm"]
    assert outcomes == []  # Enter answered "Cancel": nothing was signed out
    assert dialog.sign_out_button.isEnabled()


def test_a_pix_screen_without_a_key_has_no_main_action(qtbot, window: MainWindow, desk: Desk) -> None:  # type: ignore[no-untyped-def]
    """No PIX key in the studio's settings: only Cancel, which Enter does not press; Esc closes."""
    dialog = PixScreen(
        desk.ctx, amount=12_345, reference="A-000001", key=None, merchant_name="AGULHA DE OURO TATTOO",
        merchant_city="SAO PAULO", parent=window,
    )  # fmt: skip
    OPENED.append(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.primary_button() is None
    assert not dialog.arrived_button.isVisible()
    assert dialog.message.isVisible()  # why there is no code, and where the key is set
    assert dialog.e2e is None
    dialog.cancel_button.setFocus()
    qtbot.keyClick(dialog.cancel_button, Qt.Key.Key_Return)
    qtbot.wait(50)
    assert dialog.isVisible()
    qtbot.keyClick(dialog.cancel_button, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_every_dialog_of_the_desk_is_keyed_and_tested_here() -> None:
    """A new dialog cannot skip the rules: each QDialog subclass of the desk inherits the keyed
    base and is one of the cases above; Qt's static input dialogs (whose Cancel takes Enter) are
    not used."""
    root = Path(importlib.import_module("kronos_desktop").__path__[0])
    found: set[type] = set()
    static: list[str] = []
    for path in sorted(root.rglob("*.py")):  # ui/ has no __init__.py: pkgutil would skip it
        parts = path.relative_to(root).with_suffix("").parts
        name = ".".join(("kronos_desktop", *(parts[:-1] if parts[-1] == "__init__" else parts)))
        if re.search(r"QInputDialog\.get", path.read_text(encoding="utf-8")):
            static.append(name)
        for value in vars(importlib.import_module(name)).values():
            if inspect.isclass(value) and issubclass(value, QDialog) and value.__module__ == name:
                found.add(value)
    # PinDialog: the base of the three PIN dialogs, each tested; SaleDialog: of refund and void.
    assert found - {KeyedDialog, KeyedInputDialog, PinDialog, SaleDialog, DrawerDialog} == set(TESTED)
    assert all(issubclass(kind, KeyedDialog) for kind in TESTED)
    assert static == []


# Each dialog class, and its case above.
TESTED = {
    DuplicatePrompt: "already registered",
    BookingDialog: "booking",
    CancelDialog: "cancel booking",
    GoToDateDialog: "go to date",
    PrintDayDialog: "print the day",
    IcsExportDialog: "export to a phone",
    FindSlotDialog: "find a slot",
    TimeOffDialog: "time off",
    NewClientDialog: "new client",
    WelcomeWizard: "first screen",
    ConnectionDialog: "connection",
    MoveDialog: "move booking",
    ConflictsDialog: "conflicts",
    ShortcutsDialog: "shortcuts",
    StaffDialog: "staff member",
    CommissionDialog: "commission",
    SetPinDialog: "set PIN",
    ChangePinDialog: "change PIN",
    ResetPinDialog: "reset PIN",
    MergeDialog: "merge clients",
    EraseDialog: "erase client",
    MaterialDialog: "material",
    SessionRecordDialog: "session record",
    QuestionDialog: "question",
} | checkout.TESTED
assert sorted(TESTED.values()) == sorted(NAMES)
