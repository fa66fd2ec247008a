"""Answering a modal window the way a person does: when it opens, read it, click a button."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox, QPushButton


def answer_box(seen: list[dict[str, str]], button: str) -> None:
    """When the next modal window opens: note its words in ``seen``, then click ``button`` (an
    objectName), or close it when ``button`` is "reject"."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(20, answer)
            return
        words = {"name": box.objectName()}
        if isinstance(box, QMessageBox):
            words.update(text=box.text(), more=box.informativeText())
        which = box.findChild(QLabel, "moveWhich")
        if which is not None:
            words["which"] = which.text()
        seen.append(words)
        if isinstance(box, QDialog) and button == "reject":
            box.reject()
            return
        found = box.findChild(QPushButton, button)
        assert found is not None, button
        found.click()

    QTimer.singleShot(0, answer)
