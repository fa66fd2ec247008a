"""A signature's strokes (kronos_core.forms: ``{"w", "h", "strokes"}``) drawn as people saw them
on the pad: smooth lines through the points, scaled into a rectangle with the pad's proportions.

One drawing for every place a signature shows (the signed form's PDF, its print, the screen): on
any QPainter with :func:`paint_signature`, or into a QImage with :func:`signature_image` (a PDF
holds it as an image of its own). Works on any thread (QImage and QPainter only).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen

from kronos_core.forms import PAD_H, PAD_W, Signature

INK = QColor("#10213f")  # a blue-black pen
PEN_SHARE = 0.009  # the line's width: this share of the drawing's height, at least one pixel


def _points(stroke: Sequence[Any]) -> list[QPointF]:
    found = []
    for point in stroke:
        try:
            found.append(QPointF(float(point[0]), float(point[1])))
        except (TypeError, ValueError, IndexError):
            continue  # a damaged point is left out, never the whole signature
    return found


def stroke_path(points: Sequence[QPointF]) -> QPainterPath:
    """A smooth path through ``points``: quadratic curves from midpoint to midpoint with each
    point as the control (the line passes near every point, no corners at the samples)."""
    path = QPainterPath()
    if not points:
        return path
    path.moveTo(points[0])
    if len(points) == 1:
        path.lineTo(points[0])
        return path
    if len(points) == 2:
        path.lineTo(points[1])
        return path
    for here, after in itertools.pairwise(points[1:]):
        middle = QPointF((here.x() + after.x()) / 2, (here.y() + after.y()) / 2)
        path.quadTo(here, middle)
    path.lineTo(points[-1])
    return path


def fitted(box: QRectF, width: float, height: float) -> QRectF:
    """The largest rectangle of ``width``:``height`` centred in ``box``."""
    if width <= 0 or height <= 0:
        return QRectF(box)
    scale = min(box.width() / width, box.height() / height)
    w, h = width * scale, height * scale
    return QRectF(box.x() + (box.width() - w) / 2, box.y() + (box.height() - h) / 2, w, h)


def paint_signature(painter: QPainter, box: QRectF, signature: Signature | None, colour: QColor = INK) -> None:
    """Draw ``signature`` in ``box`` (scaled with the pad's proportions, centred); nothing for
    none. The painter's state is left as it was."""
    if not signature:
        return
    pad_w = float(signature.get("w") or PAD_W)
    pad_h = float(signature.get("h") or PAD_H)
    target = fitted(box, pad_w, pad_h)
    scale = target.width() / pad_w
    pen = QPen(colour)
    pen.setWidthF(max(1.0, target.height() * PEN_SHARE * 2))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.save()
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for stroke in signature.get("strokes") or ():
            points = [QPointF(target.x() + p.x() * scale, target.y() + p.y() * scale) for p in _points(stroke)]
            if len(points) == 1:  # a dot: a tap of the pen
                painter.drawPoint(points[0])
            elif points:
                painter.drawPath(stroke_path(points))
    finally:
        painter.restore()


def signature_image(
    signature: Signature | None, width: int = 900, *, background: QColor | None = None, colour: QColor = INK
) -> QImage:
    """``signature`` drawn into a new image ``width`` pixels wide with the pad's proportions;
    ``background`` None: transparent (ARGB), else filled with it (RGB, e.g. white for paper)."""
    pad_w = float((signature or {}).get("w") or PAD_W)
    pad_h = float((signature or {}).get("h") or PAD_H)
    height = max(1, round(width * pad_h / pad_w))
    if background is None:
        image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
    else:
        image = QImage(width, height, QImage.Format.Format_RGB32)
        image.fill(background)
    painter = QPainter(image)
    try:
        paint_signature(painter, QRectF(0, 0, width, height), signature, colour)
    finally:
        painter.end()
    return image
