"""The signature pad: a client (or their guardian) signs with the mouse, a tablet's pen or a
finger; the strokes are kept as vectors (:data:`kronos_core.forms.Signature`), never as an image.

Every input event's point is kept: a stroke is one press to its release, each move a point
(nothing coalesced away; while a stroke is drawn the application's compression of high-frequency
events is off, so a fast pen keeps its every point). A pen's pressure thickens its line. The
strokes are drawn smooth: quadratic curves through the midpoints of the points.

Points are held in the pad's own box, :data:`PAD_W` x :data:`PAD_H` (the widget keeps that
shape, centred, whatever its size), so the signature does not depend on the screen it was drawn
on. A baseline and an "x" show where to sign.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QHideEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from kronos_core.forms import PAD_H, PAD_W, Signature

INK = QColor("#14143c")
GUIDE = QColor("#9a8fb0")
PEN_WIDTH = 6.0  # in pad units (a 1000-wide box): about 3 px on a 500-px pad
DEFAULT_PRESSURE = 0.5  # the mouse and a finger: no pressure, the middle width
MARGIN = 4  # pixels round the box

_COMPRESS = Qt.ApplicationAttribute.AA_CompressHighFrequencyEvents


@dataclass
class _Stroke:
    points: list[tuple[float, float, float]] = field(default_factory=list)  # (x, y, pressure), pad units


class SignaturePad(QWidget):
    """Draw a signature; :meth:`signature` gives it as strokes in a PAD_W x PAD_H box.

    ``changed`` on every stroke begun, point added, undo and clear (a form enables "Sign")."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, object_name: str = "signaturePad") -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setAccessibleName(self.tr("Signature pad: sign with the mouse, a pen or a finger"))
        self.setAccessibleDescription(self.tr("Ctrl+Z undoes the last stroke"))
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumSize(300, 105)
        self._strokes: list[_Stroke] = []
        self._drawing: str | None = None  # "mouse" | "tablet" | "touch" while a stroke is drawn
        self._touch_id = -1
        self._compress_was: bool | None = None
        self.hint = self.tr("Sign above the line")

    # -- what was drawn -------------------------------------------------------------------------
    def is_empty(self) -> bool:
        return not any(s.points for s in self._strokes)

    def stroke_count(self) -> int:
        return len(self._strokes)

    def point_count(self) -> int:
        return sum(len(s.points) for s in self._strokes)

    def signature(self) -> Signature:
        """The strokes as integer points in a PAD_W x PAD_H box (kronos_core.forms)."""
        strokes = [
            [[_clamp(round(x), PAD_W), _clamp(round(y), PAD_H)] for x, y, _p in stroke.points]
            for stroke in self._strokes
            if stroke.points
        ]
        return {"w": PAD_W, "h": PAD_H, "strokes": strokes}

    def set_signature(self, signature: Signature | None) -> None:
        """Show ``signature`` (a stored one; scaled from its own box)."""
        self._end_stroke()
        self._strokes = []
        if signature:
            w = float(signature.get("w") or PAD_W)
            h = float(signature.get("h") or PAD_H)
            for stroke in signature.get("strokes", ()):
                points = [(float(p[0]) * PAD_W / w, float(p[1]) * PAD_H / h, DEFAULT_PRESSURE) for p in stroke]
                if points:
                    self._strokes.append(_Stroke(points))
        self.update()
        self.changed.emit()

    def clear(self) -> None:
        self._end_stroke()
        if self._strokes:
            self._strokes = []
            self.update()
            self.changed.emit()

    def undo(self) -> None:
        """Take back the last stroke."""
        self._end_stroke()
        if self._strokes:
            self._strokes.pop()
            self.update()
            self.changed.emit()

    # -- the box --------------------------------------------------------------------------------
    def box(self) -> QRectF:
        """Where the PAD_W x PAD_H box is drawn: as large as fits, centred."""
        room_w = max(self.width() - 2 * MARGIN, 1)
        room_h = max(self.height() - 2 * MARGIN, 1)
        scale = min(room_w / PAD_W, room_h / PAD_H)
        w, h = PAD_W * scale, PAD_H * scale
        return QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h)

    def to_pad(self, pos: QPointF) -> tuple[float, float]:
        box = self.box()
        x = (pos.x() - box.x()) * PAD_W / box.width()
        y = (pos.y() - box.y()) * PAD_H / box.height()
        return min(max(x, 0.0), float(PAD_W)), min(max(y, 0.0), float(PAD_H))

    def from_pad(self, x: float, y: float) -> QPointF:
        box = self.box()
        return QPointF(box.x() + x * box.width() / PAD_W, box.y() + y * box.height() / PAD_H)

    def sizeHint(self) -> QSize:
        return QSize(PAD_W // 2 + 2 * MARGIN, PAD_H // 2 + 2 * MARGIN)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return int((width - 2 * MARGIN) * PAD_H / PAD_W) + 2 * MARGIN

    # -- strokes --------------------------------------------------------------------------------
    def _begin(self, source: str, pos: QPointF, pressure: float) -> None:
        self._end_stroke()
        self._drawing = source
        app = QGuiApplication.instance()
        if app is not None:  # every point of a fast stroke, not the latest of a batch
            self._compress_was = QGuiApplication.testAttribute(_COMPRESS)
            QGuiApplication.setAttribute(_COMPRESS, False)
        self._strokes.append(_Stroke())
        self._add(pos, pressure)

    def _add(self, pos: QPointF, pressure: float) -> None:
        if not self._strokes:
            return
        x, y = self.to_pad(pos)
        self._strokes[-1].points.append((x, y, pressure))
        self.update()
        self.changed.emit()

    def _end(self, source: str, pos: QPointF, pressure: float) -> None:
        if self._drawing != source:
            return
        self._add(pos, pressure)
        self._end_stroke()

    def _end_stroke(self) -> None:
        self._drawing = None
        self._touch_id = -1
        if self._compress_was is not None:
            QGuiApplication.setAttribute(_COMPRESS, self._compress_was)
            self._compress_was = None

    # -- the mouse --------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._drawing is None:
            self._begin("mouse", event.position(), DEFAULT_PRESSURE)
            event.accept()
        else:
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drawing == "mouse" and event.buttons() & Qt.MouseButton.LeftButton:
            self._add(event.position(), DEFAULT_PRESSURE)
            event.accept()
        else:
            super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._drawing == "mouse" and event.button() == Qt.MouseButton.LeftButton:
            self._end("mouse", event.position(), DEFAULT_PRESSURE)
            event.accept()
        else:
            super().mouseReleaseEvent(event)

    # -- the pen ----------------------------------------------------------------------------------
    def tabletEvent(self, event: QTabletEvent) -> None:
        kind = event.type()
        pressure = float(event.pressure()) if event.pressure() > 0 else DEFAULT_PRESSURE
        if kind == QEvent.Type.TabletPress:
            self._begin("tablet", event.position(), pressure)
        elif kind == QEvent.Type.TabletMove:
            if self._drawing == "tablet":
                self._add(event.position(), pressure)
        elif kind == QEvent.Type.TabletRelease:
            self._end("tablet", event.position(), pressure)
        event.accept()  # no mouse events made up from the pen: its points are kept once

    # -- a finger ---------------------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd, QEvent.Type.TouchCancel):
            assert isinstance(event, QTouchEvent)
            self.touchEvent(event)
            return True
        return super().event(event)

    def touchEvent(self, event: QTouchEvent) -> None:
        """One finger signs (the first down); the others are ignored."""
        kind = event.type()
        if kind == QEvent.Type.TouchCancel:
            self._end_stroke()
            event.accept()
            return
        for point in event.points():
            state = point.state()
            pos = self.mapFromGlobal(point.globalPosition())  # set on a scripted event too
            if self._drawing != "touch" and state == point.State.Pressed:
                self._begin("touch", pos, _touch_pressure(point.pressure()))
                self._touch_id = point.id()
            elif self._drawing == "touch" and point.id() == self._touch_id:
                if state == point.State.Released:
                    self._end("touch", pos, _touch_pressure(point.pressure()))
                elif state == point.State.Updated:
                    self._add(pos, _touch_pressure(point.pressure()))
        event.accept()

    def hideEvent(self, event: QHideEvent) -> None:
        self._end_stroke()  # a stroke cut short ends here (and the application's compression is back)
        super().hideEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Z and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.undo()
        else:
            super().keyPressEvent(event)

    # -- drawing ----------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        box = self.box()
        painter.fillRect(self.rect(), QColor("#ffffff"))
        painter.setPen(QPen(QColor("#d8d0e6"), 1))
        painter.drawRect(box.adjusted(0.5, 0.5, -0.5, -0.5))
        scale = box.width() / PAD_W
        base_y = box.y() + box.height() * 0.78
        painter.setPen(QPen(GUIDE, max(1.5, 2 * scale * 2)))
        painter.drawLine(
            QPointF(box.x() + box.width() * 0.06, base_y), QPointF(box.right() - box.width() * 0.04, base_y)
        )
        font = QFont(self.font())
        font.setPixelSize(max(int(box.height() * 0.16), 10))
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(QPointF(box.x() + box.width() * 0.02, base_y - box.height() * 0.03), "x")
        if self.is_empty() and self._drawing is None:
            hint = QFont(self.font())
            hint.setPixelSize(max(int(box.height() * 0.09), 9))
            painter.setFont(hint)
            under = QRectF(box.x(), base_y + 2, box.width(), box.bottom() - base_y - 2)
            painter.drawText(under, Qt.AlignmentFlag.AlignCenter, self.hint)
        for stroke in self._strokes:
            self._paint_stroke(painter, stroke, scale)
        painter.end()

    def _paint_stroke(self, painter: QPainter, stroke: _Stroke, scale: float) -> None:
        """Quadratic curves through the midpoints; each piece as wide as its pressure says."""
        points = [(self.from_pad(x, y), p) for x, y, p in stroke.points]
        if not points:
            return
        pen = QPen(INK)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        if len(points) == 1:
            pen.setWidthF(_width(points[0][1], scale))
            painter.setPen(pen)
            painter.drawPoint(points[0][0])
            return
        start = points[0][0]
        for i in range(1, len(points) - 1):  # from a midpoint to the next, bent by the point between
            here, pressure = points[i]
            end = _mid(here, points[i + 1][0])
            path = QPainterPath(start)
            path.quadTo(here, end)
            pen.setWidthF(_width(pressure, scale))
            painter.setPen(pen)
            painter.drawPath(path)
            start = end
        last, pressure = points[-1]
        pen.setWidthF(_width(pressure, scale))
        painter.setPen(pen)
        painter.drawLine(start, last)


def _mid(a: QPointF, b: QPointF) -> QPointF:
    return QPointF((a.x() + b.x()) / 2, (a.y() + b.y()) / 2)


def _width(pressure: float, scale: float) -> float:
    """A light touch draws thin, a firm one about twice the middle width."""
    return max(PEN_WIDTH * scale * (0.4 + 1.2 * min(max(pressure, 0.0), 1.0)), 1.0)


def _touch_pressure(pressure: float) -> float:
    return pressure if 0 < pressure < 1 else DEFAULT_PRESSURE  # most screens say 1 (or 0): no pressure


def _clamp(value: int, top: int) -> int:
    return min(max(int(value), 0), top)
