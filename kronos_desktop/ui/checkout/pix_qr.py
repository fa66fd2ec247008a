"""The PIX code's QR as an image (segno makes the matrix; Qt draws it): error correction level M
(what banks' apps read at the counter, and not larger than it needs), the quiet zone of four
modules the QR standard asks for, black on white, each module a whole number of pixels so the
edges stay sharp, centred on a square of the size asked for."""

from __future__ import annotations

from typing import Final

import segno
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter

QUIET_ZONE: Final = 4  # modules of white around the symbol
ERROR_LEVEL: Final = "m"
LIGHT: Final = b"\xff"
SHADES: Final = bytes.maketrans(b"\x00\x01", b"\xff\x00")  # segno's light/dark → white/black grey levels


def qr_matrix(payload: str) -> tuple[bytearray, ...]:
    """The QR's modules (1 dark, 0 light), without the quiet zone."""
    qr = segno.make_qr(payload, error=ERROR_LEVEL, boost_error=False)
    return qr.matrix


def qr_image(payload: str, size: int) -> QImage:
    """The QR of ``payload`` on a white ``size`` × ``size`` square (never smaller than one pixel
    per module, quiet zone included): modules of ``size // modules`` pixels, centred."""
    return matrix_image(qr_matrix(payload), size)


def matrix_image(matrix: tuple[bytearray, ...], size: int) -> QImage:
    """:func:`qr_image` of a matrix already made (the screen draws it again when resized)."""
    modules = len(matrix) + 2 * QUIET_ZONE
    stride = (modules + 3) // 4 * 4  # a QImage's lines start on 32-bit boundaries
    blank = LIGHT * stride
    edge = LIGHT * QUIET_ZONE
    pad = LIGHT * (stride - modules + QUIET_ZONE)
    lines = [blank] * QUIET_ZONE
    lines += [edge + row.translate(SHADES) + pad for row in matrix]
    lines += [blank] * QUIET_ZONE
    data = b"".join(lines)  # alive while the small image is read
    small = QImage(data, modules, modules, stride, QImage.Format.Format_Grayscale8)
    scale = max(1, size // modules)
    side = max(size, modules)
    big = small.scaled(modules * scale, modules * scale, mode=Qt.TransformationMode.FastTransformation)
    image = QImage(side, side, QImage.Format.Format_Grayscale8)
    image.fill(QColor("white"))
    painter = QPainter(image)
    offset = (side - modules * scale) // 2
    painter.drawImage(offset, offset, big)
    painter.end()
    return image
