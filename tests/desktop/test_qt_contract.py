"""Contract with the Qt binding: what this app relies on from PySide6.

PySide6 6.12.0 drops one reference to ``None`` on every ``QCoreApplication.processEvents()``
call; after a few thousand calls (pytest-qt's waits, a progress dialog's loop) the
interpreter aborts with "Fatal Python error: none_dealloc". pyproject.toml keeps PySide6
below 6.12 until this test passes on a newer release.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication


def test_process_events_keeps_references_to_none(qapp: QApplication) -> None:
    QCoreApplication.processEvents()
    before = sys.getrefcount(None)
    for _ in range(200):
        QCoreApplication.processEvents()
    assert sys.getrefcount(None) >= before - 20  # allow unrelated churn, not one per call
