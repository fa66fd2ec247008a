"""The PIX screen's code and QR: ``checkout.pix_qr_p95_ms``, p95 over 200 charges (each a new
amount and reference, as tickets are) of the BR Code made (kronos_core.brcode.pix_payload: the
name and city folded, the CRC) and its QR drawn as the screen draws it on a 1280×720 desk
(kronos_desktop.ui.checkout.pix_qr.qr_image, 620 px: segno's matrix, level M, whole-pixel
modules); baseline, in the same run: the payload string alone. Goal: under 50 ms. The p50 is
printed beside it (``checkout.pix_qr_p50_ms``)."""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Sequence
from pathlib import Path

from bench.harness import Figure, benchmark

RUNS = 200
WARMUP = 5
SIDE = 620  # the QR's side on a 1280×720 screen (tests/desktop/test_pix_screen.py looks at 1024×600)
KEY = "financeiro@agulhadeouro.com.br"
NAME = "Estúdio Agulha de Ouro Tatuagens"  # over 25 and accented: folded and cut every time
CITY = "São José dos Campos"


def p95(samples: Sequence[float]) -> float:
    return statistics.quantiles(samples, n=20, method="inclusive")[-1]


def _payload(i: int) -> str:
    from kronos_core.brcode import pix_payload

    return pix_payload(key=KEY, merchant_name=NAME, merchant_city=CITY, amount=15_000 + 137 * i, reference=f"A-{i:06d}")


@benchmark("checkout.pix_qr_p95_ms", "checkout.pix_qr_p50_ms")
def pix_qr(tmp: Path) -> list[Figure]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from kronos_desktop.app import create_application
    from kronos_desktop.ui.checkout.pix_qr import qr_image

    create_application("kronos-bench")  # QImage and QPainter want the GUI application
    payloads: list[float] = []
    whole: list[float] = []
    for i in range(WARMUP + RUNS):
        start = time.perf_counter()
        _payload(i)
        alone = (time.perf_counter() - start) * 1000
        start = time.perf_counter()
        image = qr_image(_payload(i), SIDE)
        took = (time.perf_counter() - start) * 1000
        if image.width() != SIDE:
            raise RuntimeError(f"the QR is {image.width()} px wide, not {SIDE}")
        if i >= WARMUP:
            payloads.append(alone)
            whole.append(took)
    return [
        Figure("checkout.pix_qr_p95_ms", p95(whole), "ms", p95(payloads)),
        Figure("checkout.pix_qr_p50_ms", statistics.median(whole), "ms", statistics.median(payloads)),
    ]
