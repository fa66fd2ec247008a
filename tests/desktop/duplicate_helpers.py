"""Answering the "already registered?" prompt (ui/clients/duplicate_prompt.py) as a person does."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QPushButton, QTreeWidget

from kronos_desktop.ui.clients.duplicate_prompt import DuplicatePrompt


def answer_duplicates(button: str, seen: list[list[str]]) -> None:
    """When the prompt opens: note each row's words (client, phone, last visit, why) in ``seen``,
    then click ``button`` (``duplicateOpen``, ``duplicateCreate``, ``duplicateCancel``)."""

    def look() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, DuplicatePrompt):
            QTimer.singleShot(20, look)
            return
        table = box.findChild(QTreeWidget, "duplicateList")
        assert table is not None
        for n in range(table.topLevelItemCount()):
            item = table.topLevelItem(n)
            assert item is not None
            seen.append([item.text(c) for c in range(table.columnCount())])
        found = box.findChild(QPushButton, button)
        assert found is not None, button
        found.click()

    QTimer.singleShot(0, look)
