"""The signature pad (issue 14): strokes from a mouse, a tablet's pen and a finger are kept point
by point; at 200 events a second for two seconds no point is dropped; undo takes back a stroke,
clear all; the signature is in the PAD_W x PAD_H box whatever the pad's size on screen."""

from __future__ import annotations

import time
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import (
    QEventPoint,
    QGuiApplication,
    QInputDevice,
    QMouseEvent,
    QPointingDevice,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from kronos_core.forms import PAD_H, PAD_W, signature_is_empty
from kronos_desktop.ui.clients.signature_pad import SignaturePad

RATE = 200  # events a second
SECONDS = 2
N = RATE * SECONDS

PEN = QPointingDevice(
    "test pen", 4711, QInputDevice.DeviceType.Stylus, QPointingDevice.PointerType.Pen,
    QInputDevice.Capability.Position | QInputDevice.Capability.Pressure, 1, 3,
)  # fmt: skip


@pytest.fixture
def pad(qtbot: Any, qapp: QApplication) -> SignaturePad:
    widget = SignaturePad()
    qtbot.addWidget(widget)
    widget.resize(508, 183)  # the box: 500 x 175 at (4, 4), half the pad's units
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def at(i: int) -> QPointF:
    """A wavy path across the pad, one point per event."""
    return QPointF(10 + (i * 1.2) % 480, 40 + (i * 7) % 120)


def mouse(pad: SignaturePad, kind: QEvent.Type, pos: QPointF, stamp: int) -> None:
    button = Qt.MouseButton.LeftButton if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton
    buttons = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseButtonRelease else Qt.MouseButton.LeftButton
    event = QMouseEvent(kind, pos, pad.mapToGlobal(pos), button, buttons, Qt.KeyboardModifier.NoModifier)
    event.setTimestamp(stamp)
    QApplication.sendEvent(pad, event)


def pen(pad: SignaturePad, kind: QEvent.Type, pos: QPointF, stamp: int, pressure: float = 0.6) -> None:
    event = QTabletEvent(
        kind, PEN, pos, pad.mapToGlobal(pos), pressure, 0, 0, 0.0, 0.0, 0.0, Qt.KeyboardModifier.NoModifier,
        Qt.MouseButton.LeftButton, Qt.MouseButton.LeftButton,
    )  # fmt: skip
    event.setTimestamp(stamp)
    QApplication.sendEvent(pad, event)


def finger(
    pad: SignaturePad, kind: QEvent.Type, points: list[tuple[int, QEventPoint.State, QPointF]], stamp: int
) -> None:
    device = QTest.createTouchDevice()
    touch = [QEventPoint(pid, state, pos, pad.mapToGlobal(pos)) for pid, state, pos in points]
    event = QTouchEvent(kind, device, Qt.KeyboardModifier.NoModifier, touch)
    event.setTimestamp(stamp)
    QApplication.sendEvent(pad, event)


def test_a_mouse_stroke_keeps_each_events_point(pad: SignaturePad) -> None:
    changes: list[None] = []
    pad.changed.connect(lambda: changes.append(None))
    assert pad.is_empty()
    mouse(pad, QEvent.Type.MouseButtonPress, QPointF(54, 54), 1)
    for i in range(10):
        mouse(pad, QEvent.Type.MouseMove, QPointF(60 + i * 10, 54), 2 + i)
    mouse(pad, QEvent.Type.MouseButtonRelease, QPointF(160, 54), 20)
    mouse(pad, QEvent.Type.MouseMove, QPointF(200, 100), 21)  # no button down: not drawn
    assert pad.stroke_count() == 1
    assert pad.point_count() == 12
    strokes = pad.signature()["strokes"]
    assert strokes[0][0] == [100, 100]  # (54 - 4) / 0.5
    assert strokes[0][-1] == [312, 100]
    assert not pad.is_empty()
    assert len(changes) == 12


def test_200_pen_events_a_second_for_two_seconds_drop_no_point(qtbot: Any, pad: SignaturePad) -> None:
    """Paced in real time (the pad paints as it goes), each event stamped, events processed
    between them: every point is in the stroke, in order."""
    compress = Qt.ApplicationAttribute.AA_CompressHighFrequencyEvents
    QGuiApplication.setAttribute(compress, True)  # the application's default on most platforms
    start = time.perf_counter()
    pen(pad, QEvent.Type.TabletPress, at(0), 0, 0.2)
    assert not QGuiApplication.testAttribute(compress)  # while drawing, every event is its own
    for i in range(1, N - 1):
        pen(pad, QEvent.Type.TabletMove, at(i), i * 1000 // RATE, 0.2 + (i % 10) / 15)
        QApplication.processEvents()
        wait = start + i / RATE - time.perf_counter()
        if wait > 0:
            time.sleep(wait)
    pen(pad, QEvent.Type.TabletRelease, at(N - 1), (N - 1) * 1000 // RATE, 0.3)
    assert time.perf_counter() - start >= SECONDS - 0.05
    assert QGuiApplication.testAttribute(compress)  # as it was, once the pen is up
    assert pad.stroke_count() == 1
    assert pad.point_count() == N
    stroke = pad.signature()["strokes"][0]
    expected = [pad.to_pad(at(i)) for i in range(N)]
    assert stroke == [[round(x), round(y)] for x, y in expected]


def test_200_mouse_and_touch_events_a_second_drop_no_point(pad: SignaturePad) -> None:
    mouse(pad, QEvent.Type.MouseButtonPress, at(0), 0)
    for i in range(1, N - 1):
        mouse(pad, QEvent.Type.MouseMove, at(i), i * 5)
        QApplication.processEvents()
    mouse(pad, QEvent.Type.MouseButtonRelease, at(N - 1), N * 5)
    state = QEventPoint.State
    finger(pad, QEvent.Type.TouchBegin, [(1, state.Pressed, at(0))], 10_000)
    for i in range(1, N - 1):
        finger(pad, QEvent.Type.TouchUpdate, [(1, state.Updated, at(i))], 10_000 + i * 5)
        QApplication.processEvents()
    finger(pad, QEvent.Type.TouchEnd, [(1, state.Released, at(N - 1))], 10_000 + N * 5)
    assert pad.stroke_count() == 2
    assert [len(s) for s in pad.signature()["strokes"]] == [N, N]


def test_a_second_finger_does_not_draw(pad: SignaturePad) -> None:
    state = QEventPoint.State
    finger(pad, QEvent.Type.TouchBegin, [(1, state.Pressed, QPointF(20, 20))], 1)
    finger(
        pad, QEvent.Type.TouchUpdate, [(1, state.Updated, QPointF(30, 20)), (2, state.Pressed, QPointF(300, 150))], 2
    )
    finger(
        pad, QEvent.Type.TouchUpdate, [(1, state.Updated, QPointF(40, 20)), (2, state.Updated, QPointF(310, 150))], 3
    )
    finger(pad, QEvent.Type.TouchEnd, [(1, state.Released, QPointF(50, 20)), (2, state.Released, QPointF(320, 150))], 4)
    assert pad.stroke_count() == 1
    assert [p[0] for p in pad.signature()["strokes"][0]] == [32, 52, 72, 92]


def test_touch_through_the_window_system(qtbot: Any, pad: SignaturePad) -> None:
    """A finger as the platform delivers it (QTest's touch sequence)."""
    device = QTest.createTouchDevice()
    QTest.touchEvent(pad, device).press(0, QPoint(104, 54), pad).commit()
    for i in range(1, 20):
        QTest.touchEvent(pad, device).move(0, QPoint(104 + i * 10, 54), pad).commit()
    QTest.touchEvent(pad, device).release(0, QPoint(304, 54), pad).commit()
    QApplication.processEvents()
    assert pad.stroke_count() == 1
    assert pad.point_count() == 21
    assert pad.signature()["strokes"][0][0] == [200, 100]


def test_undo_takes_back_the_last_stroke_and_clear_all(qtbot: Any, pad: SignaturePad) -> None:
    for s in range(3):
        pen(pad, QEvent.Type.TabletPress, QPointF(20 + s * 100, 50), s * 10)
        pen(pad, QEvent.Type.TabletMove, QPointF(40 + s * 100, 60), s * 10 + 1)
        pen(pad, QEvent.Type.TabletRelease, QPointF(60 + s * 100, 50), s * 10 + 2)
    assert pad.stroke_count() == 3
    first_two = pad.signature()["strokes"][:2]
    with qtbot.waitSignal(pad.changed):
        pad.undo()
    assert pad.signature()["strokes"] == first_two
    pad.setFocus()
    QTest.keyClick(pad, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert pad.stroke_count() == 1
    with qtbot.waitSignal(pad.changed):
        pad.clear()
    assert pad.is_empty()
    assert signature_is_empty(pad.signature())
    pad.undo()  # nothing left: nothing happens
    assert pad.stroke_count() == 0


def test_the_signature_is_in_the_pads_box_whatever_its_size(qtbot: Any, pad: SignaturePad) -> None:
    def draw(points: list[QPointF]) -> list[list[list[int]]]:
        pad.clear()
        mouse(pad, QEvent.Type.MouseButtonPress, points[0], 1)
        for p in points[1:-1]:
            mouse(pad, QEvent.Type.MouseMove, p, 2)
        mouse(pad, QEvent.Type.MouseButtonRelease, points[-1], 3)
        return list(pad.signature()["strokes"])

    # corners of the box, and beyond it (kept on its edge)
    small = draw([QPointF(4, 4), QPointF(254, 91.5), QPointF(504, 179), QPointF(700, -50)])
    assert small == [[[0, 0], [500, 175], [PAD_W, PAD_H], [PAD_W, 0]]]
    pad.resize(1008, 358)  # twice as large: the same signature for the same places in it
    QApplication.processEvents()
    large = draw([QPointF(4, 4), QPointF(504, 179), QPointF(1004, 354), QPointF(1400, -100)])
    assert large == small
    signature = pad.signature()
    assert (signature["w"], signature["h"]) == (PAD_W, PAD_H)
    assert all(isinstance(v, int) for stroke in signature["strokes"] for point in stroke for v in point)
    pad.set_signature({"w": 500, "h": 175, "strokes": [[[250, 87]]]})  # a stored one, from another box
    assert pad.signature()["strokes"] == [[[500, 174]]]


def test_pressure_thickens_and_the_pad_is_named(pad: SignaturePad) -> None:
    from kronos_desktop.ui.clients.signature_pad import _width

    assert _width(1.0, 0.5) > _width(0.5, 0.5) > _width(0.1, 0.5)
    assert pad.objectName() == "signaturePad"
    assert pad.accessibleName()
    assert pad.testAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
    image = pad.grab().toImage()  # the baseline is drawn
    assert image.pixelColor(254, int(4 + 175 * 0.78)).lightness() < 230
