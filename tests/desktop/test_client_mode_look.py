"""Client mode under the desk's own look (kronos_desktop.app.apply_look: 10pt text, small
buttons, thin scroll bars): still a tablet's size, and at 1024x600 every signature and the
witness's PIN pad seen whole."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication, QWidget

from kronos_core.demo import DemoStudio
from kronos_desktop.app import Desk, apply_look
from kronos_desktop.ui.clients.client_mode import open_client_mode
from kronos_desktop.ui.clients.client_mode_parts import PAD_MIN_H
from tests.desktop.test_client_mode import ANSWERS, a_client, pen_signature
from tests.desktop.test_client_mode import language as language  # the fixtures: an English desk,
from tests.desktop.test_client_mode import ready as ready  # a PIN and a published questionnaire


def inside(part: QWidget, view: QWidget) -> bool:
    """``part`` seen whole within ``view`` (both shown)."""
    top_left = part.mapTo(view, QPoint(0, 0))
    return part.isVisible() and view.rect().contains(QRect(top_left, part.size()))


@pytest.mark.parametrize("size", [(1024, 600), (1280, 720)])
def test_under_the_desk_s_look_it_is_large_and_every_signature_is_seen_whole(
    qtbot: Any, ready: Desk, demo: DemoStudio, size: tuple[int, int]
) -> None:
    """With the desk's own style sheet (10pt text, small buttons): the questions, the ID row and
    the Yes/No buttons are a tablet's size; the title keeps one line; at 1024x600, with a refusal
    said, each signature scrolled to shows its caption, its pad and Undo/Clear at once; the
    guardian's signature takes the refusal away; the witness's PIN pad fits, with a finger's
    scroll bar."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_look(app)
    win = open_client_mode(ready.ctx, a_client(ready, minor=True), full_screen=False)
    try:
        qtbot.waitUntil(lambda: win.questions is not None, timeout=5000)
        win.resize(*size)
        QApplication.processEvents()
        questions, consent = win.questions, win.consent
        assert questions is not None
        assert consent is not None
        row = questions.rows["allergy"]
        assert QFontInfo(row.text_label.font()).pixelSize() >= 20
        assert row.yes is not None
        assert row.no is not None
        qtbot.mouseClick(row.yes, Qt.MouseButton.LeftButton)
        assert row.details is not None
        assert row.details.isVisible()
        for button in (row.yes, row.no):
            assert button.height() >= 48  # a finger's target
        assert row.details.height() >= 44
        assert QFontInfo(row.details.font()).pixelSize() >= 20
        assert win.title.height() < 2 * win.title.fontMetrics().height()  # one line
        questions.set_answers(ANSWERS)
        win.show_consent()
        QApplication.processEvents()
        ids = consent.client_id_fields
        for field in (ids.label, ids.kind, ids.number):
            assert QFontInfo(field.font()).pixelSize() >= 20, field.objectName()
        assert ids.kind.height() >= 44
        win.sign()  # nothing signed: refused, the message takes room from the page
        QApplication.processEvents()
        assert win.message.isVisible()
        view = consent.viewport()
        for box in consent.signature_boxes():
            consent.ensureWidgetVisible(box)
            QApplication.processEvents()
            for part in (box.caption, box.pad, box.undo_button, box.clear_button):
                assert inside(part, view), (box.objectName(), part.objectName())
            assert box.pad.height() >= PAD_MIN_H
            assert box.undo_button.height() >= 48
        pen_signature(consent.client_signature.pad)
        consent.client_id_fields.number.setText("12.345.678-9")
        win.sign()
        assert "guardian's signature is missing" in win.message.text()
        assert consent.guardian_signature is not None
        pen_signature(consent.guardian_signature.pad, strokes=1)
        assert not win.message.isVisible()  # what was refused is done: the refusal goes
        win.sign()
        check = win.staff_check
        assert win.pages.currentWidget() is check
        tile = check.picker.tile(demo.receptionist_id)
        assert tile is not None
        qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
        QApplication.processEvents()
        pin_view = check.pad_page.viewport()
        for key in (check.pad.ok_button, check.pad.digit_buttons["0"], check.pad.back_button):
            assert inside(key, pin_view), key.objectName()  # no scrolling needed to reach them
        assert inside(check.back_button, win)
        assert check.pad_page.verticalScrollBar().sizeHint().width() >= 28
    finally:
        win.leave()
        app.setStyleSheet("")  # the other tests run without the look
