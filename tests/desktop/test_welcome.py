"""The first run (issue 17): the welcome wizard driven end to end like a person does, on a real
data folder; left mid-way and started again (a new desk and window on the same folder), it
resumes at the page reached with what was typed; Create writes the whole studio in one op, or
nothing at all; the draft never holds the PIN and is gone once the studio exists.

Set ``KRONOS_SCREENSHOT_DIR`` to keep a picture of each page."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QPushButton, QWidget
from sqlalchemy import select

from kronos_core.pins import pin_matches
from kronos_core.schema import staff
from kronos_desktop.app import Desk, open_window
from kronos_desktop.store import LocalStore
from kronos_desktop.ui.main_window import MainWindow
from kronos_desktop.ui.welcome import WelcomeWizard
from kronos_desktop.ui.welcome.draft import DRAFT_FILENAME
from kronos_desktop.ui.welcome.team_pages import StationsPage
from tests.desktop.reads import settle

PIN = "4821"
CPF = "529.982.247-25"


def shot(widget: QWidget, name: str) -> None:
    folder = os.environ.get("KRONOS_SCREENSHOT_DIR")
    if folder:
        QApplication.processEvents()
        widget.grab().save(str(Path(folder) / f"welcome-{name}.png"))


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return tmp_path / "data"


def start(qtbot, data: Path, language: str = "pt_BR") -> tuple[Desk, MainWindow, WelcomeWizard]:  # type: ignore[no-untyped-def]
    """KRONOS started on ``data``: the desk, its window and the welcome over it."""
    desk = Desk(LocalStore.open(data), language)
    window = open_window(desk, None)
    qtbot.addWidget(window)
    wizard = window.setup_dialog  # type: ignore[attr-defined]
    assert isinstance(wizard, WelcomeWizard)
    qtbot.waitExposed(wizard)
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow, timeout=5000)
    wizard.settle_ms = 0  # a test's clicks come faster than a person's double click
    return desk, window, wizard


@pytest.fixture
def desks() -> Iterator[list[Desk]]:
    opened: list[Desk] = []
    yield opened
    for desk in opened:
        desk.close()


def on(wizard: WelcomeWizard, page: QWidget) -> bool:
    return wizard.page is page


def enter(qtbot, wizard: WelcomeWizard) -> None:  # type: ignore[no-untyped-def]
    """Enter where the focus is, as a person presses it."""
    focus = QApplication.focusWidget()
    qtbot.keyClick(focus if focus is not None and wizard.isAncestorOf(focus) else wizard, Qt.Key.Key_Return)


def typed_in(qtbot, field: QLineEdit, text: str) -> None:  # type: ignore[no-untyped-def]
    """Typed key by key (QTest aborts on letters past ASCII: those are pasted, as by an input method)."""
    field.setFocus()
    ascii_part = text.encode("ascii", "ignore").decode()
    if ascii_part == text:
        qtbot.keyClicks(field, text)
    else:
        field.insert(text)
        field.textEdited.emit(field.text())


def rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_the_first_run_left_mid_way_resumes_and_creates_the_whole_studio(  # type: ignore[no-untyped-def]
    qtbot, data: Path, desks: list[Desk], translated: str
) -> None:
    desk, window, wizard = start(qtbot, data)
    desks.append(desk)
    assert on(wizard, wizard.choice)
    assert wizard.choice.create_choice.isChecked()
    shot(wizard, "choice")
    enter(qtbot, wizard)  # Create a studio (the default) → the studio's page
    assert on(wizard, wizard.studio)
    assert QApplication.focusWidget() is wizard.studio.name
    enter(qtbot, wizard)  # nothing typed: it stays, and says what is missing
    assert on(wizard, wizard.studio)
    assert wizard.error.isVisible()
    typed_in(qtbot, wizard.studio.name, "Estúdio Tinta Viva")
    assert wizard.studio.zone() == "America/Sao_Paulo"  # the default
    zone = wizard.studio.timezone.lineEdit()
    assert zone is not None
    zone.setText("manaus")  # a search, not a zone yet (typed, the list would offer "America/Manaus")
    enter(qtbot, wizard)
    assert on(wizard, wizard.studio)
    assert wizard.error.isVisible()
    zone.setText("america/manaus")
    wizard.studio.state.setCurrentIndex(wizard.studio.state.findData("AM"))
    shot(wizard, "studio")
    enter(qtbot, wizard)
    assert on(wizard, wizard.hours), wizard.error.text()
    saturday = wizard.hours.hours.findChild(QWidget, "welcomeHoursSatOpen")
    assert saturday is not None
    qtbot.mouseClick(saturday, Qt.MouseButton.LeftButton, pos=QPoint(6, saturday.height() // 2))  # closed on Saturdays
    shot(wizard, "hours")
    enter(qtbot, wizard)
    assert on(wizard, wizard.owner)
    typed_in(qtbot, wizard.owner.name, "Renata Lopes")
    typed_in(qtbot, wizard.owner.pin, PIN)
    enter(qtbot, wizard)  # a hurried Enter in the first PIN field: asked to type it again
    assert on(wizard, wizard.owner)
    assert QApplication.focusWidget() is wizard.owner.again
    qtbot.keyClicks(wizard.owner.again, PIN)
    shot(wizard, "owner")
    enter(qtbot, wizard)
    assert on(wizard, wizard.artists)
    typed_in(qtbot, wizard.artists.rows[0].name, "Bia Traço")
    qtbot.mouseClick(wizard.artists.add_button, Qt.MouseButton.LeftButton)
    assert QApplication.focusWidget() is wizard.artists.rows[1].name
    typed_in(qtbot, wizard.artists.rows[1].name, "Caio Sombra")
    blue = wizard.artists.rows[1].color.swatches["#1e88e5"]  # type: ignore[union-attr]
    qtbot.mouseClick(blue, Qt.MouseButton.LeftButton)
    shot(wizard, "artists")
    enter(qtbot, wizard)  # Enter in an artist's name: Next, not a new row
    assert on(wizard, wizard.stations)
    shot(wizard, "stations")

    # Left here: the draft holds every page but the PIN, and only the user may read it.
    draft_path = data / DRAFT_FILENAME
    saved = json.loads(draft_path.read_text(encoding="utf-8"))
    assert saved["page"] == "stations"
    assert saved["studio_name"] == "Estúdio Tinta Viva"
    assert PIN not in draft_path.read_text(encoding="utf-8")
    if os.name == "posix":
        assert stat.S_IMODE(draft_path.stat().st_mode) == 0o600
    answered: list[str] = []
    answer_when_asked(qtbot, "welcomeLeaveYes", answered)
    qtbot.keyClick(QApplication.focusWidget() or wizard, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert len(answered) == 1, "leaving asked first"
    assert desk.store.identity() is None, "nothing of the studio written yet"
    desk.close()
    desks.remove(desk)

    # Started again on the same folder: the same page, the same values; the PIN asked again.
    desk, window, wizard = start(qtbot, data)
    desks.append(desk)
    assert on(wizard, wizard.stations)
    assert wizard.studio.name.text() == "Estúdio Tinta Viva"
    assert wizard.studio.zone() == "America/Manaus"
    assert wizard.studio.state.currentData() == "AM"
    assert wizard.hours.hours.week().json()["sat"] == []  # type: ignore[union-attr]
    assert wizard.owner.name.text() == "Renata Lopes"
    assert wizard.owner.pin.text() == ""
    assert wizard.artists.artists() == [("Bia Traço", "#e53935"), ("Caio Sombra", "#1e88e5")]
    assert wizard.stations.names() == [StationsPage.default_name()]
    wizard.stations.rows[0].name.setText("Maca da janela")
    qtbot.mouseClick(wizard.stations.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(wizard.stations.rows[1].name, "Maca do fundo")
    enter(qtbot, wizard)
    assert on(wizard, wizard.pix)
    assert wizard.pix.merchant_name.text() == "Estúdio Tinta Viva"  # the studio's name, offered
    wizard.pix.kind.setCurrentIndex(wizard.pix.kind.findData("cpf"))
    typed_in(qtbot, wizard.pix.pix_key, "123")
    enter(qtbot, wizard)  # not a CPF: said at the field
    assert on(wizard, wizard.pix)
    assert wizard.error.isVisible()
    wizard.pix.pix_key.setText(CPF)
    typed_in(qtbot, wizard.pix.merchant_city, "Manaus")
    shot(wizard, "pix")
    enter(qtbot, wizard)
    assert on(wizard, wizard.summary)
    shot(wizard, "summary")
    assert "Bia Traço" in wizard.summary.values["artists"].text()
    # Create: the PIN was not kept, so the owner's page asks for it first.
    qtbot.mouseClick(wizard.create_button, Qt.MouseButton.LeftButton)
    assert on(wizard, wizard.owner)
    assert wizard.error.text() == wizard.owner.resumed.text()  # "type yours again"
    assert desk.store.identity() is None
    typed_in(qtbot, wizard.owner.pin, PIN)
    typed_in(qtbot, wizard.owner.again, PIN)
    for _ in range(4):  # owner → artists → stations → PIX → summary
        enter(qtbot, wizard)
    assert on(wizard, wizard.summary)
    with qtbot.waitSignal(wizard.created, timeout=10000):
        enter(qtbot, wizard)  # on the summary, Enter creates
    qtbot.waitUntil(lambda: not wizard.isVisible())
    settle(qtbot, desk.ctx)

    assert not draft_path.exists(), "the draft is gone with the studio made"
    assert window.windowTitle() == "KRONOS — Estúdio Tinta Viva"
    path = desk.store.path
    [(name, tz, state, hours, key, kind, merchant, city)] = rows(
        path,
        "SELECT name, timezone, state, opening_hours, pix_key, pix_key_kind, merchant_name, merchant_city FROM studio",
    )
    assert (name, tz, state, kind, key, merchant, city) == (
        "Estúdio Tinta Viva", "America/Manaus", "AM", "cpf", "52998224725", "Estúdio Tinta Viva", "Manaus"
    )  # fmt: skip
    assert json.loads(str(hours))["sat"] == []
    assert json.loads(str(hours))["mon"] == [["10:00", "19:00"]]
    members = {
        n: (role, color, pin)
        for n, role, color, pin in rows(path, "SELECT display_name, role, color, pin_hash FROM staff")
    }
    assert {n: m[:2] for n, m in members.items()} == {
        "Renata Lopes": ("owner", "#6a1b9a"), "Bia Traço": ("artist", "#e53935"), "Caio Sombra": ("artist", "#1e88e5")
    }  # fmt: skip
    owner_hash = members["Renata Lopes"][2]
    assert isinstance(owner_hash, str)
    assert pin_matches(owner_hash, PIN)
    assert not pin_matches(owner_hash, "0000")
    assert sorted(str(r[0]) for r in rows(path, "SELECT name FROM station")) == ["Maca da janela", "Maca do fundo"]
    state_row = desk.store.identity()
    assert state_row is not None
    with desk.store.read_engine.connect() as conn:
        at_desk = conn.execute(select(staff.c.display_name).where(staff.c.id == state_row.staff_id)).scalar()
    assert at_desk == "Renata Lopes", "the owner sits at the desk"
    assert window.status.staff_label.text() == "No balcão: Renata Lopes (Proprietário(a))"
    names = [r[0] for r in rows(path, "SELECT name FROM outbox ORDER BY seq")]
    assert names == ["studio.setup", "staff.set_pin", "staff.add", "staff.add", "station.add", "station.add",
                     "studio.update"]  # fmt: skip
    assert not desk.needs_setup()


def answer_when_asked(qtbot, button: str, seen: list[str]) -> None:  # type: ignore[no-untyped-def]
    """When a question box opens: note its words and click ``button``."""
    from PySide6.QtCore import QTimer

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen.append(box.text())
        found = box.findChild(QPushButton, button)
        assert found is not None, button
        found.click()

    QTimer.singleShot(0, answer)


@pytest.mark.parametrize("language", ["en"])
def test_every_page_fits_a_1024_by_600_screen_and_reads_in_english(  # type: ignore[no-untyped-def]
    qtbot, data: Path, desks: list[Desk], translated: str
) -> None:
    desk, _window, wizard = start(qtbot, data, translated)
    desks.append(desk)
    wizard.artists.add_row("Caio")
    wizard.stations.add_row("Maca 2")
    room_w, room_h = 1024 - 24, 600 - 48  # the screen, less a taskbar and the window's title
    hint = wizard.minimumSizeHint()
    assert hint.width() <= room_w
    assert hint.height() <= room_h
    wizard.resize(min(760, room_w), min(540, room_h))
    for page in wizard.pages:
        wizard.go(page, save=False)
        QApplication.processEvents()
        needed = page.minimumSizeHint()
        assert needed.width() <= wizard.stack.width(), page.key
        assert needed.height() <= wizard.stack.height(), page.key
    wizard.studio.set_zone("America/Belem")  # a zone of one state offers it
    assert wizard.studio.state.currentData() == "PA"
    wizard.studio.set_zone("America/Sao_Paulo")  # São Paulo's zone spans many: the choice stays
    assert wizard.studio.state.currentData() == "PA"
    assert wizard.title.text() == "Ready to create the studio"
    assert wizard.create_button.text() == "Create the studio"
    assert wizard.summary.values["hours"].text() == "Monday to Saturday: 10:00–19:00<br>Sunday: closed"
