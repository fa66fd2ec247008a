"""The PIX QR as the desk draws it, read back by an independent decoder (zxing-cpp) the way a
bank's app reads it from the screen: the code it carries is the BR Code, field by field, with a
valid CRC, also for a studio whose name and city are accented and longer than the code allows."""

from __future__ import annotations

import binascii

import numpy as np
import pytest
import zxingcpp
from numpy.typing import NDArray
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from kronos_core.brcode import parse_payload, pix_payload
from kronos_desktop.ui.checkout.pix_qr import QUIET_ZONE, qr_image, qr_matrix

pytestmark = pytest.mark.gui


def pixels(image: QImage) -> NDArray[np.uint8]:
    """The image's grey levels, one byte a pixel (what a camera would hand a decoder)."""
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    rows = np.frombuffer(grey.constBits(), np.uint8).reshape(grey.height(), grey.bytesPerLine())
    return rows[:, : grey.width()].copy()


def decode(image: QImage) -> zxingcpp.Barcode:
    found = zxingcpp.read_barcodes(pixels(image), formats=zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode))
    assert len(found) == 1
    return found[0]


def fields(code: bytes) -> dict[str, bytes]:
    out = {}
    while code:
        size = int(code[2:4])
        out[code[:2].decode()] = code[4 : 4 + size]
        code = code[4 + size :]
    return out


def test_an_accented_over_long_studio_reads_back_from_the_qr(qapp: QApplication) -> None:
    payload = pix_payload(
        key="financeiro@agulhadeouro.com.br",
        merchant_name="Estúdio de Tatuagem Agulha de Ouro & Piercing Ltda.",
        merchant_city="São José do Rio Preto",
        amount=1_234_56,
        reference="A-000123",
    )
    read = decode(qr_image(payload, 420))
    assert read.valid
    assert read.text == payload
    assert read.ec_level == "M"
    raw = read.text.encode("utf-8")
    top = fields(raw)
    assert top["59"] == b"ESTUDIO DE TATUAGEM AGULH"  # 25, accents folded
    assert top["60"] == b"SAO JOSE DO RIO"  # 15
    assert fields(top["26"]) == {"00": b"br.gov.bcb.pix", "01": b"financeiro@agulhadeouro.com.br"}
    assert top["54"] == b"1234.56"
    assert fields(top["62"]) == {"05": b"A000123"}
    assert top["63"].decode() == f"{binascii.crc_hqx(raw[:-4], 0xFFFF):04X}"
    assert parse_payload(read.text)["amount"] == 1_234_56


@pytest.mark.parametrize("size", [200, 361, 480, 900])
def test_the_image_is_the_size_asked_with_whole_modules_and_a_quiet_zone(qapp: QApplication, size: int) -> None:
    payload = pix_payload(key="+5511987654321", merchant_name="Ana", merchant_city="Rio", amount=None, reference=None)
    image = qr_image(payload, size)
    assert (image.width(), image.height()) == (size, size)
    grey = pixels(image)
    modules = len(qr_matrix(payload)) + 2 * QUIET_ZONE
    scale = size // modules
    offset = (size - modules * scale) // 2
    dark = np.argwhere(grey < 128)
    # The symbol starts after the white margin and the quiet zone: nothing dark before it.
    assert dark.min() == offset + QUIET_ZONE * scale
    assert dark.max() == offset + (modules - QUIET_ZONE) * scale - 1
    assert set(np.unique(grey).tolist()) == {0, 255}  # sharp: black and white only
    assert decode(image).text == payload


def test_a_size_smaller_than_the_symbol_still_gives_every_module(qapp: QApplication) -> None:
    payload = pix_payload(key="a@b.com", merchant_name="Ana", merchant_city="Rio", amount=500, reference="x")
    modules = len(qr_matrix(payload)) + 2 * QUIET_ZONE
    image = qr_image(payload, 10)
    assert image.width() == modules
    assert decode(image.scaled(modules * 4, modules * 4)).text == payload
